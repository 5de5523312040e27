<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="es">
<context>
    <name />
    <message>
        <location filename="../../app/ui/wall_view.py" line="35" />
        <source>Información</source>
        <translation>Information</translation>
    </message>
    <message>
        <location filename="../../app/ui/wall_view.py" line="35" />
        <source>Experiencia</source>
        <translation>Experience</translation>
    </message>
    <message>
        <location filename="../../app/ui/wall_view.py" line="36" />
        <source>Pregunta</source>
        <translation>Question</translation>
    </message>
    <message>
        <location filename="../../app/ui/review_view.py" line="23" />
        <source>Mensaje en un foro o grupo</source>
        <translation>Message in a forum or group</translation>
    </message>
    <message>
        <location filename="../../app/ui/review_view.py" line="23" />
        <source>Publicación del muro</source>
        <translation>Wall post</translation>
    </message>
    <message>
        <location filename="../../app/ui/review_view.py" line="24" />
        <source>Comentario en el muro</source>
        <translation>Comment on the wall</translation>
    </message>
    <message>
        <location filename="../../app/ui/review_view.py" line="25" />
        <source>Propuesta en un debate</source>
        <translation>Proposal in a debate</translation>
    </message>
    <message>
        <location filename="../../app/ui/review_view.py" line="26" />
        <source>Argumento en un debate</source>
        <translation>Argument in a debate</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory_view.py" line="31" />
        <source>Director(a) de IE</source>
        <translation>School principal</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory_view.py" line="32" />
        <source>Subdirector(a) de IE</source>
        <translation>Deputy school principal</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory_view.py" line="33" />
        <source>Docente</source>
        <translation>Teacher</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory_view.py" line="34" />
        <source>Especialista de UGEL</source>
        <translation>UGEL specialist</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory_view.py" line="35" />
        <source>Especialista de DRE</source>
        <translation>DRE specialist</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory_view.py" line="36" />
        <source>Formador(a)</source>
        <translation>Facilitator</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory_view.py" line="37" />
        <source>Otro cargo</source>
        <translation>Other position</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory_view.py" line="41" />
        <source>Prefiero no decirlo</source>
        <translation>Prefer not to say</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory_view.py" line="41" />
        <source>Mujer</source>
        <translation>Woman</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory_view.py" line="41" />
        <source>Hombre</source>
        <translation>Man</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory_view.py" line="42" />
        <source>Otro</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory_view.py" line="46" />
        <source>UGEL o institución</source>
        <translation>UGEL or institution</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory_view.py" line="46" />
        <source>Presentación</source>
        <translation>Introduction</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory_view.py" line="47" />
        <source>Teléfono</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory_view.py" line="47" />
        <source>Correo electrónico</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory_view.py" line="48" />
        <source>Género</source>
        <translation>Gender</translation>
    </message>
</context>
<context>
    <name>CourseView</name>
    <message>
        <location filename="../../app/ui/course_view.py" line="140" />
        <source>Avisos del curso</source>
        <translation>Course announcements</translation>
    </message>
    <message>
        <location filename="../../app/ui/course_view.py" line="141" />
        <source>Publicar un aviso</source>
        <translation>Post an announcement</translation>
    </message>
    <message>
        <location filename="../../app/ui/course_view.py" line="157" />
        <source>Nuevo aviso para el curso</source>
        <translation>New announcement for the course</translation>
    </message>
    <message>
        <location filename="../../app/ui/course_view.py" line="158" />
        <source>Por ejemplo: Cambio de fecha de la tarea 2</source>
        <translation>For example: New due date for assignment 2</translation>
    </message>
    <message>
        <location filename="../../app/ui/course_view.py" line="159" />
        <source>Publicar aviso</source>
        <translation>Post announcement</translation>
    </message>
    <message>
        <location filename="../../app/ui/course_view.py" line="160" />
        <source>Puede escribir sin conexión: el aviso llegará a los participantes después de la próxima sincronización.</source>
        <translation>You can write offline: the announcement will reach participants after the next sync.</translation>
    </message>
    <message>
        <location filename="../../app/ui/course_view.py" line="179" />
        <location filename="../../app/ui/course_view.py" line="435" />
        <source>Marcar como completada</source>
        <translation>Mark as completed</translation>
    </message>
    <message>
        <location filename="../../app/ui/course_view.py" line="202" />
        <location filename="../../app/ui/course_view.py" line="546" />
        <source>Entregar</source>
        <translation>Hand in</translation>
    </message>
    <message>
        <location filename="../../app/ui/course_view.py" line="208" />
        <source>Adjuntar archivo…</source>
        <translation>Attach a file…</translation>
    </message>
    <message>
        <location filename="../../app/ui/course_view.py" line="241" />
        <source>Calificación (por ejemplo: A, 16, Logrado)</source>
        <translation>Grade (for example: A, 16, Achieved)</translation>
    </message>
    <message>
        <location filename="../../app/ui/course_view.py" line="243" />
        <location filename="../../app/ui/course_view.py" line="726" />
        <source>Devolver con comentarios</source>
        <translation>Return with comments</translation>
    </message>
    <message>
        <location filename="../../app/ui/course_view.py" line="246" />
        <source>Corregir comentarios</source>
        <translation>Correct feedback</translation>
    </message>
    <message>
        <location filename="../../app/ui/course_view.py" line="253" />
        <location filename="../../app/ui/course_view.py" line="785" />
        <source>Sí, devolver</source>
        <translation>Yes, return it</translation>
    </message>
    <message>
        <location filename="../../app/ui/course_view.py" line="256" />
        <source>Seguir editando</source>
        <translation>Keep editing</translation>
    </message>
    <message>
        <location filename="../../app/ui/course_view.py" line="297" />
        <source>Curso</source>
        <translation>Course</translation>
    </message>
    <message>
        <location filename="../../app/ui/course_view.py" line="299" />
        <source>Todavía no hay un curso en este equipo. Si ya está inscrito, sincronice para recibirlo; si no, consulte a su formador o formadora.</source>
        <translation>There is no course on this computer yet. If you are enrolled, sync to receive it; if not, ask your facilitator.</translation>
    </message>
    <message>
        <location filename="../../app/ui/course_view.py" line="333" />
        <source>Tarea: %1</source>
        <translation>Assignment: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/course_view.py" line="336" />
        <source>(%n por revisar)</source>
        <translation>
            <numerusform>(%n to review)</numerusform><numerusform>(%n to review)</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/ui/course_view.py" line="392" />
        <source>%1 de %2 lecciones completadas</source>
        <translation>%1 of %2 lessons completed</translation>
    </message>
    <message>
        <location filename="../../app/ui/course_view.py" line="398" />
        <source>Aún no hay avisos.</source>
        <translation>No announcements yet.</translation>
    </message>
    <message>
        <location filename="../../app/ui/course_view.py" line="402" />
        <source>Pendiente de envío</source>
        <translation>Waiting to be sent</translation>
    </message>
    <message>
        <location filename="../../app/ui/course_view.py" line="410" />
        <source>Completada</source>
        <translation>Completed</translation>
    </message>
    <message>
        <location filename="../../app/ui/course_view.py" line="410" />
        <source>Leída</source>
        <translation>Read</translation>
    </message>
    <message>
        <location filename="../../app/ui/course_view.py" line="411" />
        <source>Sin leer</source>
        <translation>Not read</translation>
    </message>
    <message>
        <location filename="../../app/ui/course_view.py" line="414" />
        <source>(en cola para enviar)</source>
        <translation>(queued to send)</translation>
    </message>
    <message>
        <location filename="../../app/ui/course_view.py" line="415" />
        <source>(entregada)</source>
        <translation>(handed in)</translation>
    </message>
    <message>
        <location filename="../../app/ui/course_view.py" line="416" />
        <source>(devuelta con comentarios)</source>
        <translation>(returned with comments)</translation>
    </message>
    <message>
        <location filename="../../app/ui/course_view.py" line="417" />
        <source>(no aceptada)</source>
        <translation>(not accepted)</translation>
    </message>
    <message>
        <location filename="../../app/ui/course_view.py" line="434" />
        <source>Lección completada</source>
        <translation>Lesson completed</translation>
    </message>
    <message>
        <location filename="../../app/ui/course_view.py" line="454" />
        <source>dañado en el servidor: no se pudo recibir; pida que lo adjunten de nuevo</source>
        <translation>damaged on the server: it could not be received; ask for it to be attached again</translation>
    </message>
    <message>
        <location filename="../../app/ui/course_view.py" line="574" />
        <source>Entregue pronto: la fecha límite es %1.</source>
        <translation>Hand it in soon: the deadline is %1.</translation>
    </message>
    <message>
        <location filename="../../app/ui/course_view.py" line="579" />
        <source>Fecha límite: %1.</source>
        <translation>Deadline: %1.</translation>
    </message>
    <message>
        <location filename="../../app/ui/course_view.py" line="717" />
        <source>No llegó al participante</source>
        <translation>Did not reach the participant</translation>
    </message>
    <message>
        <location filename="../../app/ui/course_view.py" line="732" />
        <source>Ya devolvió esta entrega. Si hace falta, puede corregir sus comentarios.</source>
        <translation>You already returned this submission. If needed, you can correct your feedback.</translation>
    </message>
    <message>
        <location filename="../../app/ui/course_view.py" line="750" />
        <source>Enviar corrección</source>
        <translation>Send correction</translation>
    </message>
    <message>
        <location filename="../../app/ui/course_view.py" line="751" />
        <source>El participante verá la nueva versión, marcada como corregida.</source>
        <translation>The participant will see the new version, marked as corrected.</translation>
    </message>
    <message>
        <location filename="../../app/ui/course_view.py" line="775" />
        <source>¿Enviar la corrección a %1? Verá la nueva versión en lugar de la anterior, marcada como corregida.</source>
        <translation>Send the correction to %1? They will see the new version instead of the previous one, marked as corrected.</translation>
    </message>
    <message>
        <location filename="../../app/ui/course_view.py" line="778" />
        <source>¿Devolver la entrega de %1 con estos comentarios y la calificación %2? Después solo podrá enviar una corrección.</source>
        <translation>Return %1's submission with this feedback and the grade %2? Afterwards you can only send a correction.</translation>
    </message>
    <message>
        <location filename="../../app/ui/course_view.py" line="781" />
        <source>¿Devolver la entrega de %1 con estos comentarios, sin calificación? Después solo podrá enviar una corrección.</source>
        <translation>Return %1's submission with this feedback, without a grade? Afterwards you can only send a correction.</translation>
    </message>
    <message>
        <location filename="../../app/ui/course_view.py" line="784" />
        <source>Sí, enviar la corrección</source>
        <translation>Yes, send the correction</translation>
    </message>
    <message>
        <location filename="../../app/ui/course_view.py" line="790" />
        <source>Sus comentarios para %1: qué logró, qué puede mejorar.</source>
        <translation>Your comments for %1: what they achieved, what they can improve.</translation>
    </message>
    <message>
        <location filename="../../app/ui/course_view.py" line="792" />
        <source>Sus comentarios: qué logró, qué puede mejorar.</source>
        <translation>Your comments: what was achieved, what can be improved.</translation>
    </message>
    <message>
        <location filename="../../app/ui/course_view.py" line="553" />
        <source>Calificación: %1</source>
        <translation>Grade: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/course_view.py" line="199" />
        <source>Escriba aquí su trabajo. Se guarda automáticamente mientras escribe, aunque se apague la computadora.</source>
        <translation>Write your work here. It is saved automatically as you type, even if the computer shuts down.</translation>
    </message>
    <message>
        <location filename="../../app/ui/course_view.py" line="529" />
        <source>Lo que entregó</source>
        <translation>What you handed in</translation>
    </message>
    <message>
        <location filename="../../app/ui/course_view.py" line="545" />
        <source>Entregar de nuevo</source>
        <translation>Hand in again</translation>
    </message>
    <message>
        <location filename="../../app/ui/course_view.py" line="567" />
        <source>Sin fecha límite.</source>
        <translation>No due date.</translation>
    </message>
    <message>
        <location filename="../../app/ui/course_view.py" line="569" />
        <source>La fecha límite ya pasó (%1).</source>
        <translation>The deadline has passed (%1).</translation>
    </message>
    <message>
        <location filename="../../app/ui/course_view.py" line="592" />
        <source>Entregada (%1). El servidor la recibió; espere los comentarios.</source>
        <translation>Handed in (%1). The server received it; wait for the comments.</translation>
    </message>
    <message>
        <location filename="../../app/ui/course_view.py" line="597" />
        <source>Devuelta con comentarios. Esta tarea ya fue calificada: %1.</source>
        <translation>Returned with feedback. This assignment has been graded: %1.</translation>
    </message>
    <message>
        <location filename="../../app/ui/course_view.py" line="599" />
        <source>Devuelta con comentarios.</source>
        <translation>Returned with feedback.</translation>
    </message>
    <message>
        <location filename="../../app/ui/course_view.py" line="601" />
        <source>Los comentarios fueron corregidos (%1).</source>
        <translation>The feedback was corrected (%1).</translation>
    </message>
    <message>
        <location filename="../../app/ui/course_view.py" line="705" />
        <source>Entregada: %1</source>
        <translation>Handed in: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/course_view.py" line="571" />
        <source>El curso todavía acepta entregas tardías.</source>
        <translation>The course still accepts late work.</translation>
    </message>
    <message>
        <location filename="../../app/ui/course_view.py" line="459" />
        <source>llegará al sincronizar</source>
        <translation>arrives at the next sync</translation>
    </message>
    <message>
        <location filename="../../app/ui/course_view.py" line="462" />
        <source>quitar</source>
        <translation>remove</translation>
    </message>
    <message>
        <location filename="../../app/ui/course_view.py" line="464" />
        <source>Archivos:</source>
        <translation>Files:</translation>
    </message>
    <message>
        <location filename="../../app/ui/course_view.py" line="485" />
        <source>El archivo «%1» llegará con la próxima sincronización.</source>
        <translation>The file “%1” will arrive with the next sync.</translation>
    </message>
    <message>
        <location filename="../../app/ui/course_view.py" line="523" />
        <location filename="../../app/ui/course_view.py" line="714" />
        <source>Comentarios de %1</source>
        <translation>Feedback from %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/course_view.py" line="524" />
        <source>su formador o formadora</source>
        <translation>your facilitator</translation>
    </message>
    <message>
        <location filename="../../app/ui/course_view.py" line="526" />
        <source>Instrucciones</source>
        <translation>Instructions</translation>
    </message>
    <message>
        <location filename="../../app/ui/course_view.py" line="557" />
        <source>corregida</source>
        <translation>corrected</translation>
    </message>
    <message>
        <location filename="../../app/ui/course_view.py" line="572" />
        <source>El curso ya no acepta entregas para esta tarea.</source>
        <translation>The course no longer accepts work for this assignment.</translation>
    </message>
    <message>
        <location filename="../../app/ui/course_view.py" line="588" />
        <source>Aún no ha entregado. Su borrador se guarda en este equipo.</source>
        <translation>Not handed in yet. Your draft is kept on this computer.</translation>
    </message>
    <message>
        <location filename="../../app/ui/course_view.py" line="590" />
        <source>En cola: se enviará en la próxima sincronización.</source>
        <translation>Queued: it will be sent at the next sync.</translation>
    </message>
    <message>
        <location filename="../../app/ui/course_view.py" line="594" />
        <source>Entregada.</source>
        <translation>Handed in.</translation>
    </message>
    <message>
        <location filename="../../app/ui/course_view.py" line="604" />
        <source>No fue aceptada: %1 Su texto se conserva abajo.</source>
        <translation>Not accepted: %1 Your text is kept below.</translation>
    </message>
    <message>
        <location filename="../../app/ui/course_view.py" line="614" />
        <source>Puede adjuntar fotos, documentos o audio (hasta el límite del curso).</source>
        <translation>You can attach photos, documents or audio (up to the course's limit).</translation>
    </message>
    <message>
        <location filename="../../app/ui/course_view.py" line="617" />
        <source>Adjuntar un archivo</source>
        <translation>Attach a file</translation>
    </message>
    <message>
        <location filename="../../app/ui/course_view.py" line="625" />
        <source>Guardando una copia del archivo…</source>
        <translation>Saving a copy of the file…</translation>
    </message>
    <message>
        <location filename="../../app/ui/course_view.py" line="669" />
        <source>Por revisar</source>
        <translation>To review</translation>
    </message>
    <message>
        <location filename="../../app/ui/course_view.py" line="670" />
        <source>Devuelta</source>
        <translation>Returned</translation>
    </message>
    <message>
        <location filename="../../app/ui/course_view.py" line="679" />
        <source>Todavía no hay entregas de esta tarea en este equipo.</source>
        <translation>No work handed in for this assignment on this computer yet.</translation>
    </message>
    <message>
        <location filename="../../app/ui/course_view.py" line="559" />
        <source>pendiente de envío</source>
        <translation>waiting to be sent</translation>
    </message>
    <message>
        <location filename="../../app/ui/course_view.py" line="712" />
        <source>Sus comentarios</source>
        <translation>Your comments</translation>
    </message>
</context>
<context>
    <name>DebatesView</name>
    <message>
        <location filename="../../app/ui/debates_view.py" line="104" />
        <source>Debates</source>
        <translation>Debates</translation>
    </message>
    <message>
        <location filename="../../app/ui/debates_view.py" line="105" />
        <source>Propuestas de la red</source>
        <translation>The network's proposals</translation>
    </message>
    <message>
        <location filename="../../app/ui/debates_view.py" line="107" />
        <source>Debates de la red</source>
        <translation>The network's debates</translation>
    </message>
    <message>
        <location filename="../../app/ui/debates_view.py" line="112" />
        <source>Nuevo debate…</source>
        <translation>New debate…</translation>
    </message>
    <message>
        <location filename="../../app/ui/debates_view.py" line="128" />
        <source>Exportar PDF…</source>
        <translation>Export PDF…</translation>
    </message>
    <message>
        <location filename="../../app/ui/debates_view.py" line="136" />
        <location filename="../../app/ui/debates_view.py" line="399" />
        <location filename="../../app/ui/debates_view.py" line="457" />
        <source>Respaldar</source>
        <translation>Endorse</translation>
    </message>
    <message>
        <location filename="../../app/ui/debates_view.py" line="141" />
        <source>Nueva propuesta</source>
        <translation>New proposal</translation>
    </message>
    <message>
        <location filename="../../app/ui/debates_view.py" line="142" />
        <source>Argumento a favor</source>
        <translation>Argument for</translation>
    </message>
    <message>
        <location filename="../../app/ui/debates_view.py" line="143" />
        <source>Argumento en contra</source>
        <translation>Argument against</translation>
    </message>
    <message>
        <location filename="../../app/ui/debates_view.py" line="146" />
        <source>Título de su propuesta</source>
        <translation>Title of your proposal</translation>
    </message>
    <message>
        <location filename="../../app/ui/debates_view.py" line="150" />
        <source>Escriba aquí. Se guarda mientras escribe y se enviará al sincronizar.</source>
        <translation>Write here. It is saved as you type and will be sent at the next sync.</translation>
    </message>
    <message>
        <location filename="../../app/ui/debates_view.py" line="153" />
        <source>Publicar</source>
        <translation>Post</translation>
    </message>
    <message>
        <location filename="../../app/ui/debates_view.py" line="191" />
        <source>Título de la propuesta de la red</source>
        <translation>Title of the network's proposal</translation>
    </message>
    <message>
        <location filename="../../app/ui/debates_view.py" line="194" />
        <source>Síntesis del debate: qué se propuso, en qué hubo acuerdo</source>
        <translation>Synthesis of the debate: what was proposed, what was agreed</translation>
    </message>
    <message>
        <location filename="../../app/ui/debates_view.py" line="198" />
        <source>La propuesta que la red presenta a las autoridades</source>
        <translation>The proposal the network puts to the authorities</translation>
    </message>
    <message>
        <location filename="../../app/ui/debates_view.py" line="201" />
        <source>Publicar la propuesta de la red</source>
        <translation>Publish the network's proposal</translation>
    </message>
    <message>
        <location filename="../../app/ui/debates_view.py" line="247" />
        <source>Publicada el %1</source>
        <translation>Published on %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/debates_view.py" line="251" />
        <source>Abierto hasta el %1</source>
        <translation>Open until %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/debates_view.py" line="255" />
        <source>Cerrado · propuesta publicada</source>
        <translation>Closed · proposal published</translation>
    </message>
    <message>
        <location filename="../../app/ui/debates_view.py" line="256" />
        <source>Cerrado el %1</source>
        <translation>Closed on %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/debates_view.py" line="258" />
        <location filename="../../app/ui/debates_view.py" line="389" />
        <source>Pendiente: se enviará al sincronizar.</source>
        <translation>Pending: it will be sent at the next sync.</translation>
    </message>
    <message>
        <location filename="../../app/ui/debates_view.py" line="312" />
        <source>Aún no hay debates. Llegarán con la próxima sincronización.</source>
        <translation>No debates yet. They will arrive with the next sync.</translation>
    </message>
    <message>
        <location filename="../../app/ui/debates_view.py" line="321" />
        <source>Abierto del %1 al %2</source>
        <translation>Open from %1 to %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/debates_view.py" line="322" />
        <source>Estuvo abierto del %1 al %2</source>
        <translation>Was open from %1 to %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/debates_view.py" line="334" />
        <source>El debate cerró. La síntesis y la propuesta de la red se publicarán aquí.</source>
        <translation>The debate has closed. The synthesis and the network's proposal will be published here.</translation>
    </message>
    <message>
        <location filename="../../app/ui/debates_view.py" line="338" />
        <source>Todavía no hay propuestas. Puede escribir la primera.</source>
        <translation>No proposals yet. You can write the first one.</translation>
    </message>
    <message>
        <location filename="../../app/ui/debates_view.py" line="367" />
        <source>Edugestores propone</source>
        <translation>Edugestores proposes</translation>
    </message>
    <message>
        <location filename="../../app/ui/debates_view.py" line="368" />
        <source>Síntesis del debate</source>
        <translation>Synthesis of the debate</translation>
    </message>
    <message>
        <location filename="../../app/ui/debates_view.py" line="369" />
        <source>Copiar texto</source>
        <translation>Copy text</translation>
    </message>
    <message>
        <location filename="../../app/ui/debates_view.py" line="369" />
        <source>Descartar</source>
        <translation>Discard</translation>
    </message>
    <message>
        <location filename="../../app/ui/debates_view.py" line="370" />
        <source>Argumentar a favor</source>
        <translation>Argue for</translation>
    </message>
    <message>
        <location filename="../../app/ui/debates_view.py" line="371" />
        <source>Argumentar en contra</source>
        <translation>Argue against</translation>
    </message>
    <message>
        <location filename="../../app/ui/debates_view.py" line="376" />
        <source>El debate ya cerró el %1; su texto sigue guardado aquí para que lo copie.</source>
        <translation>The debate closed on %1; your text is still kept here so that you can copy it.</translation>
    </message>
    <message>
        <location filename="../../app/ui/debates_view.py" line="383" />
        <source>%1 · propuesta de %2</source>
        <translation>%1 · proposed by %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/debates_view.py" line="384" />
        <location filename="../../app/ui/debates_view.py" line="416" />
        <source>usted</source>
        <translation>you</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/debates_view.py" line="385" />
        <source>%n respaldos</source>
        <translation>
            <numerusform>%</numerusform><numerusform>n</numerusform><numerusform> </numerusform><numerusform>e</numerusform><numerusform>n</numerusform><numerusform>d</numerusform><numerusform>o</numerusform><numerusform>r</numerusform><numerusform>s</numerusform><numerusform>e</numerusform><numerusform>m</numerusform><numerusform>e</numerusform><numerusform>n</numerusform><numerusform>t</numerusform><numerusform>s</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/ui/debates_view.py" line="399" />
        <location filename="../../app/ui/debates_view.py" line="456" />
        <source>Retirar respaldo</source>
        <translation>Withdraw endorsement</translation>
    </message>
    <message>
        <location filename="../../app/ui/debates_view.py" line="408" />
        <source>Su respaldo se enviará al sincronizar.</source>
        <translation>Your endorsement will be sent at the next sync.</translation>
    </message>
    <message>
        <location filename="../../app/ui/debates_view.py" line="409" />
        <source>El retiro de su respaldo se enviará al sincronizar.</source>
        <translation>The withdrawal of your endorsement will be sent at the next sync.</translation>
    </message>
    <message>
        <location filename="../../app/ui/debates_view.py" line="412" />
        <source>Su respaldo no se registró: el debate ya había cerrado.</source>
        <translation>Your endorsement was not recorded: the debate had already closed.</translation>
    </message>
    <message>
        <location filename="../../app/ui/debates_view.py" line="417" />
        <source>A favor</source>
        <translation>For</translation>
    </message>
    <message>
        <location filename="../../app/ui/debates_view.py" line="417" />
        <source>En contra</source>
        <translation>Against</translation>
    </message>
    <message>
        <location filename="../../app/ui/debates_view.py" line="428" />
        <source>pendiente</source>
        <translation>pending</translation>
    </message>
    <message>
        <location filename="../../app/ui/debates_view.py" line="468" />
        <source>No se pudo respaldar</source>
        <translation>Could not endorse</translation>
    </message>
    <message>
        <location filename="../../app/ui/debates_view.py" line="470" />
        <location filename="../../app/ui/debates_view.py" line="569" />
        <source>Listo. Se enviará al sincronizar.</source>
        <translation>Done. It will be sent at the next sync.</translation>
    </message>
    <message>
        <location filename="../../app/ui/debates_view.py" line="494" />
        <source>Texto copiado.</source>
        <translation>Text copied.</translation>
    </message>
    <message>
        <location filename="../../app/ui/debates_view.py" line="561" />
        <location filename="../../app/ui/debates_view.py" line="626" />
        <source>No se pudo publicar</source>
        <translation>Could not be published</translation>
    </message>
    <message>
        <location filename="../../app/ui/debates_view.py" line="610" />
        <location filename="../../app/ui/debates_view.py" line="628" />
        <source>La propuesta de la red se publicará al sincronizar.</source>
        <translation>The network's proposal will be published at the next sync.</translation>
    </message>
    <message>
        <location filename="../../app/ui/debates_view.py" line="639" />
        <source>propuesta</source>
        <translation>proposal</translation>
    </message>
    <message>
        <location filename="../../app/ui/debates_view.py" line="640" />
        <source>Guardar la propuesta</source>
        <translation>Save the proposal</translation>
    </message>
    <message>
        <location filename="../../app/ui/debates_view.py" line="641" />
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../app/ui/debates_view.py" line="648" />
        <source>No se pudo guardar</source>
        <translation>Could not save</translation>
    </message>
    <message>
        <location filename="../../app/ui/debates_view.py" line="649" />
        <source>No se pudo guardar el PDF en ese lugar. Elija otra carpeta, por ejemplo Documentos.</source>
        <translation>The PDF could not be saved there. Choose another folder, for example Documents.</translation>
    </message>
    <message>
        <location filename="../../app/ui/debates_view.py" line="652" />
        <source>PDF guardado: %1</source>
        <translation>PDF saved: %1</translation>
    </message>
</context>
<context>
    <name>DirectoryView</name>
    <message>
        <location filename="../../app/ui/directory_view.py" line="202" />
        <source>Directorio de miembros</source>
        <translation>Member directory</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory_view.py" line="204" />
        <source>Mi perfil…</source>
        <translation>My profile…</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory_view.py" line="208" />
        <source>Buscar por nombre</source>
        <translation>Search by name</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory_view.py" line="274" />
        <source>Todas las regiones</source>
        <translation>All regions</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory_view.py" line="276" />
        <source>Todos los cargos</source>
        <translation>All positions</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/directory_view.py" line="291" />
        <location filename="../../app/ui/directory_view.py" line="298" />
        <source>%n miembros</source>
        <translation>
            <numerusform>%n member</numerusform><numerusform>%n members</numerusform></translation>
    </message>
</context>
<context>
    <name>EnrolDialog</name>
    <message>
        <location filename="../../app/ui/enrolment.py" line="27" />
        <source>Escribir de nuevo el código de inscripción</source>
        <translation>Type the enrolment code again</translation>
    </message>
    <message>
        <location filename="../../app/ui/enrolment.py" line="28" />
        <source>Empezar sin internet</source>
        <translation>Start without the internet</translation>
    </message>
    <message>
        <location filename="../../app/ui/enrolment.py" line="31" />
        <source>Escriba el usuario y el código de inscripción que le dio su formador o formadora en papel. Podrá leer el curso y escribir sus tareas y mensajes sin internet; cuando entregue sus envíos en la memoria USB, el servidor confirmará su cuenta.</source>
        <translation>Type the username and the enrolment code your facilitator gave you on paper. You can read the course and write your assignments and messages without the internet; when you hand in your work on the USB drive, the server will confirm your account.</translation>
    </message>
    <message>
        <location filename="../../app/ui/enrolment.py" line="35" />
        <source>por ejemplo: rosa.quispe</source>
        <translation>for example: rosa.quispe</translation>
    </message>
    <message>
        <location filename="../../app/ui/enrolment.py" line="44" />
        <source>Usuario</source>
        <translation>Username</translation>
    </message>
    <message>
        <location filename="../../app/ui/enrolment.py" line="45" />
        <source>Código de inscripción</source>
        <translation>Enrolment code</translation>
    </message>
    <message>
        <location filename="../../app/ui/enrolment.py" line="46" />
        <source>Contraseña</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../app/ui/enrolment.py" line="47" />
        <source>Repita la contraseña</source>
        <translation>Repeat the password</translation>
    </message>
    <message>
        <location filename="../../app/ui/enrolment.py" line="49" />
        <source>Use la contraseña de su cuenta, la misma del papel: con ella se abre Minka en esta computadora y, más adelante, ingresará por internet.</source>
        <translation>Use your account's password, the one on the paper: it opens Minka on this computer and, later, you will sign in with it over the internet.</translation>
    </message>
    <message>
        <location filename="../../app/ui/enrolment.py" line="53" />
        <source>Empezar</source>
        <translation>Start</translation>
    </message>
</context>
<context>
    <name>Fechas</name>
    <message>
        <location filename="../../app/ui/timefmt.py" line="31" />
        <source>hoy, %1</source>
        <translation>today, %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/timefmt.py" line="33" />
        <source>ayer, %1</source>
        <translation>yesterday, %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/timefmt.py" line="35" />
        <source>mañana, %1</source>
        <translation>tomorrow, %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/timefmt.py" line="37" />
        <location filename="../../app/ui/debate_pdf.py" line="24" />
        <source>d 'de' MMMM 'de' yyyy</source>
        <translation>MMMM d, yyyy</translation>
    </message>
    <message>
        <location filename="../../app/ui/timefmt.py" line="43" />
        <location filename="../../app/ui/debate_pdf.py" line="25" />
        <source>%1 (hora del Perú)</source>
        <translation>%1 (Peru time)</translation>
    </message>
</context>
<context>
    <name>ForumsView</name>
    <message>
        <location filename="../../app/ui/forums_view.py" line="269" />
        <source>Foros</source>
        <translation>Forums</translation>
    </message>
    <message>
        <location filename="../../app/ui/forums_view.py" line="269" />
        <source>Grupos</source>
        <translation>Groups</translation>
    </message>
    <message>
        <location filename="../../app/ui/forums_view.py" line="281" />
        <source>Miembros…</source>
        <translation>Members…</translation>
    </message>
    <message>
        <location filename="../../app/ui/forums_view.py" line="293" />
        <source>Temas</source>
        <translation>Threads</translation>
    </message>
    <message>
        <location filename="../../app/ui/forums_view.py" line="295" />
        <source>Nuevo tema</source>
        <translation>New thread</translation>
    </message>
    <message>
        <location filename="../../app/ui/forums_view.py" line="306" />
        <source>Documentos del grupo</source>
        <translation>Group documents</translation>
    </message>
    <message>
        <location filename="../../app/ui/forums_view.py" line="314" />
        <source>Doble clic para abrir un documento.</source>
        <translation>Double-click to open a document.</translation>
    </message>
    <message>
        <location filename="../../app/ui/forums_view.py" line="315" />
        <source>Compartir documento…</source>
        <translation>Share a document…</translation>
    </message>
    <message>
        <location filename="../../app/ui/forums_view.py" line="318" />
        <source>Proponer al repositorio…</source>
        <translation>Propose to the repository…</translation>
    </message>
    <message>
        <location filename="../../app/ui/forums_view.py" line="320" />
        <source>Proponga el documento elegido, producto final del grupo, para el repositorio de la red. Un formador o formadora lo revisará.</source>
        <translation>Propose the chosen document, the group's finished product, for the network's repository. A facilitator will review it.</translation>
    </message>
    <message>
        <location filename="../../app/ui/forums_view.py" line="343" />
        <location filename="../../app/ui/forums_view.py" line="497" />
        <source>Escriba su respuesta. Se guarda mientras escribe y se enviará al sincronizar.</source>
        <translation>Write your reply. It is saved as you type and sent at the next sync.</translation>
    </message>
    <message>
        <location filename="../../app/ui/forums_view.py" line="347" />
        <source>Publicar respuesta</source>
        <translation>Post reply</translation>
    </message>
    <message>
        <location filename="../../app/ui/forums_view.py" line="350" />
        <source>Responder al tema</source>
        <translation>Reply to the thread</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/forums_view.py" line="392" />
        <source>%n temas</source>
        <translation>
            <numerusform>%n thread</numerusform><numerusform>%n threads</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/ui/forums_view.py" line="406" />
        <source>Todavía no pertenece a ningún grupo. Cuando un formador o formadora le añada a uno, llegará con su historia en la próxima sincronización.</source>
        <translation>You do not belong to any group yet. When a facilitator adds you to one, it will arrive with its history at the next sync.</translation>
    </message>
    <message>
        <location filename="../../app/ui/forums_view.py" line="409" />
        <source>Todavía no hay foros en este equipo. Sincronice para recibirlos.</source>
        <translation>There are no forums on this computer yet. Sync to receive them.</translation>
    </message>
    <message>
        <location filename="../../app/ui/forums_view.py" line="429" />
        <source>pendiente de envío</source>
        <translation>waiting to be sent</translation>
    </message>
    <message>
        <location filename="../../app/ui/forums_view.py" line="431" />
        <source>no aceptado por el servidor</source>
        <translation>not accepted by the server</translation>
    </message>
    <message>
        <location filename="../../app/ui/forums_view.py" line="437" />
        <source>Todavía no hay documentos.</source>
        <translation>No documents yet.</translation>
    </message>
    <message>
        <location filename="../../app/ui/forums_view.py" line="441" />
        <source>(saldrá al sincronizar)</source>
        <translation>(leaves at the next sync)</translation>
    </message>
    <message>
        <location filename="../../app/ui/forums_view.py" line="443" />
        <source>(entrará al sincronizar)</source>
        <translation>(joins at the next sync)</translation>
    </message>
    <message>
        <location filename="../../app/ui/forums_view.py" line="445" />
        <source>(cambio no aceptado: %1)</source>
        <translation>(change not accepted: %1)</translation>
    </message>
    <message>
        <location filename="../../app/ui/forums_view.py" line="449" />
        <source>Miembros: %1</source>
        <translation>Members: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/forums_view.py" line="499" />
        <source>Elija un tema de la lista para responder.</source>
        <translation>Choose a thread from the list to reply.</translation>
    </message>
    <message>
        <location filename="../../app/ui/forums_view.py" line="500" />
        <source>Este tema está cerrado: ya no recibe respuestas.</source>
        <translation>This thread is closed: it no longer takes replies.</translation>
    </message>
    <message>
        <location filename="../../app/ui/forums_view.py" line="503" />
        <source>Elija un tema de la lista para leerlo y responder.</source>
        <translation>Choose a thread from the list to read it and reply.</translation>
    </message>
    <message>
        <location filename="../../app/ui/forums_view.py" line="521" />
        <source>Abriendo el tema…</source>
        <translation>Opening the thread…</translation>
    </message>
    <message>
        <location filename="../../app/ui/forums_view.py" line="558" />
        <source>Este tema está cerrado: se puede leer, pero ya no recibe respuestas.</source>
        <translation>This thread is closed: you can read it, but it takes no more replies.</translation>
    </message>
    <message>
        <location filename="../../app/ui/forums_view.py" line="569" />
        <source>en respuesta a %1</source>
        <translation>in reply to %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/forums_view.py" line="575" />
        <source>Pendiente de envío: se publicará en la próxima sincronización.</source>
        <translation>Waiting to be sent: it will be published at the next sync.</translation>
    </message>
    <message>
        <location filename="../../app/ui/forums_view.py" line="578" />
        <source>No se pudo publicar: %1</source>
        <translation>Could not be published: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/forums_view.py" line="580" />
        <source>Copiar el texto</source>
        <translation>Copy the text</translation>
    </message>
    <message>
        <location filename="../../app/ui/forums_view.py" line="584" />
        <source>Responder a este mensaje</source>
        <translation>Reply to this message</translation>
    </message>
    <message>
        <location filename="../../app/ui/forums_view.py" line="618" />
        <source>Texto copiado. Puede pegarlo en una nueva respuesta o en otro tema.</source>
        <translation>Text copied. You can paste it into a new reply or another thread.</translation>
    </message>
    <message>
        <location filename="../../app/ui/forums_view.py" line="628" />
        <source>Respondiendo a %1</source>
        <translation>Replying to %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/forums_view.py" line="631" />
        <source>Su respuesta al tema</source>
        <translation>Your reply to the thread</translation>
    </message>
    <message>
        <location filename="../../app/ui/forums_view.py" line="650" />
        <source>No se pudo publicar</source>
        <translation>Could not be published</translation>
    </message>
    <message>
        <location filename="../../app/ui/forums_view.py" line="717" />
        <source>No se pudo cambiar</source>
        <translation>Could not change</translation>
    </message>
    <message>
        <location filename="../../app/ui/forums_view.py" line="742" />
        <source>No se pudo abrir el documento</source>
        <translation>Could not open the document</translation>
    </message>
    <message>
        <location filename="../../app/ui/forums_view.py" line="759" />
        <source>Todavía no se puede proponer</source>
        <translation>It cannot be proposed yet</translation>
    </message>
    <message>
        <location filename="../../app/ui/forums_view.py" line="780" />
        <source>Compartir documento</source>
        <translation>Share a document</translation>
    </message>
    <message>
        <location filename="../../app/ui/forums_view.py" line="794" />
        <location filename="../../app/ui/forums_view.py" line="797" />
        <source>No se pudo compartir</source>
        <translation>Could not share</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../../app/ui/pages.py" line="40" />
        <source>Edugestores reporta</source>
        <translation>Edugestores news</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages.py" line="42" />
        <source>Novedades desde su última sincronización</source>
        <translation>New since your last sync</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages.py" line="45" />
        <source>Edugestores destacados</source>
        <translation>Featured Edugestores</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages.py" line="48" />
        <source>Conversaciones recientes</source>
        <translation>Recent conversations</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages.py" line="117" />
        <source>Edugestores propone: propuestas de la red</source>
        <translation>Edugestores proposes: the network's proposals</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages.py" line="125" />
        <source>Buenos días, %1</source>
        <translation>Good morning, %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages.py" line="126" />
        <source>Buenas tardes, %1</source>
        <translation>Good afternoon, %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages.py" line="127" />
        <source>Buenas noches, %1</source>
        <translation>Good evening, %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/pages.py" line="132" />
        <source>Tiene %n escritos esperando para enviarse. Se enviarán automáticamente cuando haya conexión.</source>
        <translation>
            <numerusform>You have %n item waiting to be sent. It will be sent automatically when you are online.</numerusform><numerusform>You have %n items waiting to be sent. They will be sent automatically when you are online.</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages.py" line="135" />
        <source>Todo lo que escribió ya está enviado.</source>
        <translation>Everything you wrote has been sent.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages.py" line="137" />
        <source>Última sincronización: %1.</source>
        <translation>Last sync: %1.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages.py" line="140" />
        <source>Aún no ha sincronizado en este equipo.</source>
        <translation>You have not synced on this computer yet.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages.py" line="146" />
        <source>Todavía no hay conversaciones en este equipo. Cuando sincronice, aquí verá lo último de los foros.</source>
        <translation>There are no conversations on this computer yet. After you sync, the latest from the forums will appear here.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages.py" line="164" />
        <source>Su formador o formadora</source>
        <translation>Your facilitator</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages.py" line="165" />
        <source>%1 corrigió los comentarios de su %2</source>
        <translation>%1 corrected the feedback on your %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages.py" line="166" />
        <source>%1 devolvió su %2 con comentarios</source>
        <translation>%1 returned your %2 with feedback</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages.py" line="176" />
        <source>Nueva lección</source>
        <translation>New lesson</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages.py" line="176" />
        <source>Comentarios a su tarea</source>
        <translation>Feedback on your assignment</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages.py" line="177" />
        <source>Respuesta a su tema</source>
        <translation>Reply to your thread</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages.py" line="178" />
        <source>Comentario a su publicación</source>
        <translation>Comment on your post</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages.py" line="179" />
        <source>Nuevo documento</source>
        <translation>New document</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages.py" line="179" />
        <source>Noticia</source>
        <translation>News</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages.py" line="180" />
        <source>En su grupo</source>
        <translation>In your group</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages.py" line="180" />
        <source>Documento de su grupo</source>
        <translation>Your group's document</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages.py" line="181" />
        <source>En el muro</source>
        <translation>On the wall</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages.py" line="181" />
        <source>Debate por cerrar</source>
        <translation>Debate closing soon</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages.py" line="182" />
        <source>Encuesta por responder</source>
        <translation>Survey to answer</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages.py" line="183" />
        <source>Novedad</source>
        <translation>New</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages.py" line="203" />
        <source>Nada nuevo desde su última sincronización.</source>
        <translation>Nothing new since your last sync.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/ui/main_window.py" line="74" />
        <source>Minka — %1</source>
        <translation>Minka — %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="81" />
        <source>Inicio</source>
        <translation>Home</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="81" />
        <source>Curso</source>
        <translation>Course</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="81" />
        <source>Repositorio</source>
        <translation>Repository</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="82" />
        <source>Foros</source>
        <translation>Forums</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="82" />
        <source>Grupos</source>
        <translation>Groups</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="82" />
        <source>Debates</source>
        <translation>Debates</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="83" />
        <source>Muro</source>
        <translation>Wall</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="83" />
        <source>Directorio</source>
        <translation>Directory</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="83" />
        <source>Encuestas</source>
        <translation>Surveys</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="84" />
        <source>Estadísticas</source>
        <translation>Statistics</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="84" />
        <location filename="../../app/ui/main_window.py" line="467" />
        <source>Revisar</source>
        <translation>Review</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="94" />
        <source>Abriendo…</source>
        <translation>Opening…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="121" />
        <location filename="../../app/ui/main_window.py" line="313" />
        <location filename="../../app/ui/main_window.py" line="616" />
        <source>Sincronizar ahora</source>
        <translation>Sync now</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="157" />
        <source>Minka</source>
        <translation>Minka</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="158" />
        <source>No se pudieron abrir sus datos en esta computadora. Cierre otras ventanas de Minka y vuelva a abrirlo; si el problema sigue, pida ayuda a su formador o formadora.</source>
        <translation>Your data on this computer could not be opened. Close other Minka windows and open it again; if the problem continues, ask your facilitator for help.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="312" />
        <source>&amp;Minka</source>
        <translation>&amp;Minka</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="325" />
        <source>Historial de sincronización…</source>
        <translation>Sync history…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="328" />
        <source>Importar desde USB…</source>
        <translation>Import from USB…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="331" />
        <source>Llevar mis envíos en USB…</source>
        <translation>Carry my submissions on USB…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="334" />
        <source>Entregar envíos de colegas…</source>
        <translation>Deliver colleagues' submissions…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="342" />
        <source>Preparar paquetes de regreso…</source>
        <translation>Prepare return packs…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="348" />
        <source>Escribir de nuevo el código de inscripción…</source>
        <translation>Type the enrolment code again…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="353" />
        <source>Recibir paquete de regreso…</source>
        <translation>Receive a return pack…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="356" />
        <location filename="../../app/ui/main_window.py" line="840" />
        <source>Idioma</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="364" />
        <source>Cambiar de persona…</source>
        <translation>Switch person…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="367" />
        <source>Salir</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="466" />
        <source>Revisar (%1)</source>
        <translation>Review (%1)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="472" />
        <source>Última sincronización: %1</source>
        <translation>Last sync: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="473" />
        <source>Aún no ha sincronizado</source>
        <translation>Not synced yet</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/main_window.py" line="476" />
        <source>%n escritos pendientes de envío</source>
        <translation>
            <numerusform>%n item waiting to be sent</numerusform><numerusform>%n items waiting to be sent</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="478" />
        <source>Su avance en el curso se enviará al sincronizar</source>
        <translation>Your course progress will be sent at the next sync</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="481" />
        <source>Nada pendiente de envío</source>
        <translation>Nothing waiting to be sent</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="484" />
        <source>La fecha u hora de esta computadora no coincide con la del servidor. Minka usa la hora del servidor para ordenar los mensajes, pero conviene corregirla.</source>
        <translation>This computer's date or time does not match the server's. Minka orders messages by the server's time, but it is worth correcting.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="488" />
        <source>revise la hora del equipo</source>
        <translation>check this computer's clock</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="507" />
        <source>La zona horaria de esta computadora (%1) no es la del Perú (UTC−05:00). Las fechas límite se muestran en hora del Perú; si está en el Perú, conviene corregir la zona horaria de la computadora.</source>
        <translation>This computer's time zone (%1) is not Peru's (UTC−05:00). Deadlines are shown in Peru time; if you are in Peru, it is worth correcting the computer's time zone.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="513" />
        <source>Sincronizando…</source>
        <translation>Syncing…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="521" />
        <source>Conexión inestable, reintentando…</source>
        <translation>Unstable connection, trying again…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="529" />
        <source>Archivo %1: %2 de %3</source>
        <translation>File %1: %2 of %3</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="540" />
        <source>%1 enviados · %2 recibidos</source>
        <translation>%1 sent · %2 received</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="553" />
        <location filename="../../app/ui/main_window.py" line="619" />
        <source>Conectado</source>
        <translation>Connected</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="557" />
        <source>Sincronización completa: %1 enviados, %2 recibidos (%3).</source>
        <translation>Sync complete: %1 sent, %2 received (%3).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/main_window.py" line="561" />
        <source>%n escritos no se pudieron publicar; verá el motivo junto a cada uno.</source>
        <translation>
            <numerusform>%n item could not be published; you will see why next to it.</numerusform><numerusform>%n items could not be published; you will see why next to each one.</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="564" />
        <source>No se pudo recibir «%1»: el archivo está dañado en el servidor. Lo demás se sincronizó; pida a quien lo envió que lo adjunte de nuevo.</source>
        <translation>“%1” could not be received: the file is damaged on the server. Everything else was synced; ask whoever sent it to attach it again.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="569" />
        <source>Paquetes de regreso listos para: %1 (menú «Preparar paquetes de regreso…»).</source>
        <translation>Return packs ready for: %1 (menu “Prepare return packs…”).</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="573" />
        <source>Se entregaron los envíos de: %1.</source>
        <translation>Delivered the submissions of: %1.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="587" />
        <location filename="../../app/ui/main_window.py" line="620" />
        <source>Sin conexión</source>
        <translation>Offline</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="588" />
        <source>No se pudo sincronizar</source>
        <translation>Could not sync</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="603" />
        <source>Esta sincronización no se completó: no se pudo llegar al servidor. Lo que escribió sigue guardado en este equipo.</source>
        <translation>This sync did not complete: the server could not be reached. What you wrote is still saved on this computer.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="606" />
        <source>Pulse «Sincronizar ahora» cuando tenga conexión.</source>
        <translation>Press “Sync now” when you are online.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/main_window.py" line="608" />
        <source>Minka lo intentará de nuevo automáticamente en %n segundos.</source>
        <translation>
            <numerusform>Minka will try again automatically in %n second.</numerusform><numerusform>Minka will try again automatically in %n seconds.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/main_window.py" line="610" />
        <source>Minka lo intentará de nuevo automáticamente en %n minutos.</source>
        <translation>
            <numerusform>Minka will try again automatically in %n minute.</numerusform><numerusform>Minka will try again automatically in %n minutes.</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="634" />
        <source>Vuelva a ingresar</source>
        <translation>Please sign in again</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="622" />
        <source>Puede seguir leyendo y escribiendo. Minka enviará todo cuando vuelva la conexión.</source>
        <translation>You can keep reading and writing. Minka will send everything when the connection returns.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="317" />
        <source>Sincronizar automáticamente cuando haya conexión</source>
        <translation>Sync automatically when online</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="321" />
        <source>Desactívelo si usa datos del celular y prefiere sincronizar únicamente cuando usted lo pida.</source>
        <translation>Turn it off if you use mobile data and prefer to sync only when you ask.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/main_window.py" line="546" />
        <source>Para hacer espacio en el disco se quitaron de este equipo %n documentos descargados que no estaban marcados «Guardar siempre en este equipo». Puede descargarlos de nuevo cuando tenga conexión.</source>
        <translation>
            <numerusform>To make room on the disk, %n downloaded document not marked “Always keep on this computer” was removed from this computer. You can download it again when you are online.</numerusform><numerusform>To make room on the disk, %n downloaded documents not marked “Always keep on this computer” were removed from this computer. You can download them again when you are online.</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="576" />
        <source>El servidor no aceptó %1: %2</source>
        <translation>The server did not accept %1: %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="671" />
        <source>¿Dónde guardar sus envíos?</source>
        <translation>Where should your submissions be saved?</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="675" />
        <source>Guardando sus envíos en la memoria USB…</source>
        <translation>Saving your submissions to the USB drive…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="682" />
        <source>Sus envíos quedaron en «%1». Entregue ese archivo a su formador o formadora.</source>
        <translation>Your submissions were saved in “%1”. Hand that file to your facilitator.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="692" />
        <source>No se pudo guardar en la memoria USB. Revise que esté conectada y tenga espacio, y vuelva a intentarlo.</source>
        <translation>Could not save to the USB drive. Check that it is plugged in and has space, and try again.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="707" />
        <source>Envíos de colegas</source>
        <translation>Colleagues' submissions</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="708" />
        <source>Envíos de Minka (*.zip)</source>
        <translation>Minka submissions (*.zip)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="728" />
        <source>Se entregarán en la próxima sincronización: envíos de %1.</source>
        <translation>They will be delivered at the next sync: submissions of %1.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="731" />
        <source>No son archivos de envíos de Minka: %1.</source>
        <translation>These are not Minka submission files: %1.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="747" />
        <source>¿Dónde guardar los paquetes de regreso?</source>
        <translation>Where should the return packs be saved?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/main_window.py" line="757" />
        <source>%n paquetes de regreso quedaron en la memoria USB. Entregue a cada colega el suyo: solo su computadora puede abrirlo.</source>
        <translation>
            <numerusform>%n return pack is on the USB drive. Give each colleague their own: only their computer can open it.</numerusform><numerusform>%n return packs are on the USB drive. Give each colleague their own: only their computer can open it.</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="770" />
        <source>Paquete de regreso</source>
        <translation>Return pack</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="771" />
        <source>Paquetes de regreso de Minka (Minka-regreso-*.zip)</source>
        <translation>Minka return packs (Minka-regreso-*.zip)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="775" />
        <source>Recibiendo el paquete de regreso…</source>
        <translation>Receiving the return pack…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="784" />
        <source>Este paquete de regreso ya se había recibido: no cambió nada.</source>
        <translation>This return pack had already been received: nothing changed.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/main_window.py" line="786" />
        <source>Paquete de regreso recibido: %n envíos llegaron al servidor.</source>
        <translation>
            <numerusform>Return pack received: %n item of your work reached the server.</numerusform><numerusform>Return pack received: %n items of your work reached the server.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/main_window.py" line="789" />
        <source>%n no se aceptaron; verá el motivo junto a cada uno.</source>
        <translation>
            <numerusform>%n was not accepted; you will see why beside it.</numerusform><numerusform>%n were not accepted; you will see why beside each.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/main_window.py" line="792" />
        <source>Trajo %n novedades (comentarios, notas, respuestas).</source>
        <translation>
            <numerusform>It brought %n new item (comments, grades, replies).</numerusform><numerusform>It brought %n new items (comments, grades, replies).</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="806" />
        <source>Código guardado. Vuelva a llevar sus envíos en USB: el próximo archivo lleva el código nuevo.</source>
        <translation>Code saved. Take your work on the USB drive again: the next file carries the new code.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="815" />
        <source>No se pudo leer el paquete de regreso. Revise que la memoria USB esté conectada y vuelva a intentarlo.</source>
        <translation>The return pack could not be read. Check that the USB drive is plugged in and try again.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="841" />
        <source>El cambio de idioma se aplicará la próxima vez que abra Minka.</source>
        <translation>The new language will apply the next time you open Minka.</translation>
    </message>
</context>
<context>
    <name>MemberCardView</name>
    <message>
        <location filename="../../app/ui/directory_view.py" line="135" />
        <location filename="../../app/ui/directory_view.py" line="190" />
        <source>Solo se muestra lo que este miembro eligió compartir con la red.</source>
        <translation>Only what this member chose to share with the network is shown.</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory_view.py" line="136" />
        <source>Editar mi perfil…</source>
        <translation>Edit my profile…</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory_view.py" line="138" />
        <source>Elija un miembro de la lista para ver su perfil.</source>
        <translation>Choose a member in the list to see their profile.</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory_view.py" line="170" />
        <source>Formador(a) de la red</source>
        <translation>Network facilitator</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory_view.py" line="171" />
        <source>Administración de la red</source>
        <translation>Network administration</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory_view.py" line="178" />
        <source>Teléfono: %1</source>
        <translation>Phone: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory_view.py" line="180" />
        <source>Correo: %1</source>
        <translation>E-mail: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory_view.py" line="182" />
        <source>Género: %1</source>
        <translation>Gender: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory_view.py" line="187" />
        <source>Así ven su perfil los demás miembros, según lo que usted eligió compartir.</source>
        <translation>This is how other members see your profile, given what you chose to share.</translation>
    </message>
</context>
<context>
    <name>MembersDialog</name>
    <message>
        <location filename="../../app/ui/forums_view.py" line="204" />
        <source>Miembros de «%1»</source>
        <translation>Members of “%1”</translation>
    </message>
    <message>
        <location filename="../../app/ui/forums_view.py" line="207" />
        <source>Buscar por nombre</source>
        <translation>Search by name</translation>
    </message>
    <message>
        <location filename="../../app/ui/forums_view.py" line="219" />
        <source>Los cambios se enviarán en la próxima sincronización. Quien entra recibe la historia del grupo; quien sale deja de recibirla y se borra de sus equipos.</source>
        <translation>The changes are sent at the next sync. Whoever joins receives the group's history; whoever leaves stops receiving it, and it is deleted from their computers.</translation>
    </message>
    <message>
        <location filename="../../app/ui/forums_view.py" line="222" />
        <source>Guardar</source>
        <translation>Save</translation>
    </message>
</context>
<context>
    <name>MembersModel</name>
    <message>
        <location filename="../../app/ui/directory_view.py" line="61" />
        <source>Nombre</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory_view.py" line="61" />
        <source>Cargo</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory_view.py" line="61" />
        <source>Región</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory_view.py" line="62" />
        <source>UGEL o institución</source>
        <translation>UGEL or institution</translation>
    </message>
</context>
<context>
    <name>Mensajes</name>
    <message>
        <location filename="../../app/ui/messages.py" line="11" />
        <source>No se pudo llegar al servidor. Revise su conexión a internet; Minka volverá a intentarlo automáticamente cuando haya señal.</source>
        <translation>The server could not be reached. Check your internet connection; Minka will try again automatically when there is a signal.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="13" />
        <source>La conexión es muy lenta y el servidor no respondió a tiempo. Minka volverá a intentarlo; nada de lo escrito se pierde.</source>
        <translation>The connection is very slow and the server did not answer in time. Minka will try again; nothing you wrote is lost.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="15" />
        <source>El servidor tuvo un problema pasajero. Minka volverá a intentarlo en unos minutos.</source>
        <translation>The server had a passing problem. Minka will try again in a few minutes.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="17" />
        <source>La red respondió con una página que no es de Minka (puede ser la página de ingreso de la cabina o del wifi). Abra el navegador, acepte las condiciones de la red y vuelva a sincronizar.</source>
        <translation>The network answered with a page that is not Minka's (perhaps the sign-in page of the internet point or the wifi). Open the browser, accept the network's terms and sync again.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="20" />
        <source>No se pudo comprobar que el servidor es el de Minka porque la fecha u hora de esta computadora no es la correcta. Corrija la fecha y la hora (en la esquina de la pantalla) y vuelva a sincronizar; sus escritos pendientes se conservan.</source>
        <translation>Minka could not check that the server is Minka's because this computer's date or time is wrong. Correct the date and time (in the corner of the screen) and sync again; your pending writing is kept.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="25" />
        <source>No se pudo comprobar que quien responde es el servidor de Minka. Si está en una cabina o un wifi público, abra el navegador y acepte las condiciones de la red; si no, revise la dirección del servidor.</source>
        <translation>Minka could not check that the server answering is Minka's. If you are at an internet café or on public wifi, open the browser and accept the network's terms; otherwise, check the server address.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="29" />
        <source>Este equipo ya no tiene permiso para sincronizar con su cuenta. Vuelva a ingresar con su usuario y contraseña; sus escritos pendientes se conservan.</source>
        <translation>This computer may no longer sync with your account. Sign in again with your username and password; your pending writing is kept.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="32" />
        <source>Este equipo pasó mucho tiempo sin conectarse y, por seguridad, debe ingresar de nuevo con su usuario y contraseña. Sus escritos pendientes se conservan y se enviarán después.</source>
        <translation>This computer went a long time without connecting and, for security, you must sign in again with your username and password. Your pending writing is kept and will be sent afterwards.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="36" />
        <source>Su cuenta está desactivada. Si cree que es un error, converse con quien administra Minka en su UGEL o DRE. Sus escritos pendientes se conservan en este equipo.</source>
        <translation>Your account is disabled. If you think this is a mistake, talk to whoever runs Minka at your UGEL or DRE. Your pending writing is kept on this computer.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="40" />
        <source>Demasiados intentos. Vuelva a intentarlo en unos minutos.</source>
        <translation>Too many attempts. Please try again in a few minutes.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="42" />
        <source>El servidor no aceptó la solicitud. Puede que Minka necesite actualizarse; avise a su formador o formadora.</source>
        <translation>The server did not accept the request. Minka may need an update; let your facilitator know.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="44" />
        <source>El servidor respondió de forma inesperada. Avise a su formador o formadora; sus escritos pendientes se conservan.</source>
        <translation>The server answered unexpectedly. Let your facilitator know; your pending writing is kept.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="46" />
        <source>Sincronización detenida.</source>
        <translation>Sync stopped.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="47" />
        <source>El disco de esta computadora está lleno y Minka no pudo guardar lo que llegó. Lo que usted escribió está a salvo. Libere espacio (por ejemplo, borrando descargas que ya no use) y vuelva a sincronizar.</source>
        <translation>This computer's disk is full and Minka could not store what arrived. What you wrote is safe. Free some space (for example, delete downloads you no longer use) and sync again.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="51" />
        <source>Un archivo llegó dañado dos veces seguidas. Minka lo volverá a pedir en la próxima sincronización.</source>
        <translation>A file arrived damaged twice in a row. Minka will ask for it again at the next sync.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="54" />
        <source>Un archivo ya no está disponible en el servidor.</source>
        <translation>A file is no longer on the server.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="56" />
        <source>Un archivo es más grande de lo que el servidor acepta.</source>
        <translation>A file is larger than the server accepts.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="58" />
        <source>Un archivo adjunto cambió mientras se enviaba; Minka lo enviará de nuevo.</source>
        <translation>An attached file changed while it was being sent; Minka will send it again.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="61" />
        <source>Ocurrió un error inesperado en Minka. Sus escritos se conservan. Si se repite, avise a su formador o formadora.</source>
        <translation>Something unexpected went wrong in Minka. Your writing is kept. If it happens again, let your facilitator know.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="64" />
        <source>El usuario o la contraseña no son correctos. Revíselos e inténtelo otra vez.</source>
        <translation>The username or password is not right. Check them and try again.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="66" />
        <source>Escriba la dirección del servidor.</source>
        <translation>Write the server address.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="67" />
        <source>La dirección del servidor debe empezar con http:// o https://.</source>
        <translation>The server address must start with http:// or https://.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="68" />
        <source>Escriba su usuario.</source>
        <translation>Write your username.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="69" />
        <source>Escriba su contraseña.</source>
        <translation>Type your password.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="70" />
        <source>Este perfil pertenece a otra persona. Para ingresar con otra cuenta, abra Minka con otro perfil.</source>
        <translation>This profile belongs to someone else. To sign in with another account, open Minka with another profile.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="72" />
        <source>Primero ingrese con su usuario y contraseña.</source>
        <translation>First sign in with your username and password.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="74" />
        <source>Escriba un título para el tema.</source>
        <translation>Write a title for the thread.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="75" />
        <source>El mensaje está vacío. Escriba algo antes de publicar.</source>
        <translation>The message is empty. Write something before posting.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="76" />
        <location filename="../../app/ui/messages.py" line="244" />
        <source>El título es muy largo (máximo 200 caracteres).</source>
        <translation>The title is too long (200 characters at most).</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="77" />
        <source>El mensaje es muy largo (máximo 20 000 caracteres). Puede dividirlo en dos mensajes.</source>
        <translation>The message is too long (20,000 characters at most). You can split it in two.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="80" />
        <source>El foro ya no existe en el servidor.</source>
        <translation>The forum no longer exists on the server.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="81" />
        <source>El tema ya no existe en el servidor.</source>
        <translation>The thread no longer exists on the server.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="82" />
        <source>El tema fue cerrado y ya no recibe respuestas.</source>
        <translation>The thread was closed and takes no more replies.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="83" />
        <source>El mensaje al que respondía ya no está en el tema.</source>
        <translation>The message you replied to is no longer in the thread.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="84" />
        <source>El servidor ya tenía un escrito con el mismo identificador.</source>
        <translation>The server already had an item with the same identifier.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="85" />
        <source>No tiene permiso para publicar aquí.</source>
        <translation>You may not post here.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="87" />
        <source>Ya no pertenece a este grupo, o el grupo ya no existe.</source>
        <translation>You no longer belong to this group, or the group no longer exists.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="89" />
        <location filename="../../app/ui/messages.py" line="183" />
        <source>Esa persona ya no tiene cuenta en la red.</source>
        <translation>That person no longer has an account in the network.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="92" />
        <source>Su perfil se cambió en otro equipo antes de que llegara este cambio; el servidor conserva aquel.</source>
        <translation>Your profile was changed on another computer before this change arrived; the server keeps that one.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="95" />
        <source>El servidor no acepta ese cargo o esa región; elija uno de la lista.</source>
        <translation>The server does not accept that position or region; choose one from the list.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="98" />
        <source>Elija su cargo de la lista.</source>
        <translation>Choose your position from the list.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="100" />
        <source>Elija su región de la lista.</source>
        <translation>Choose your region from the list.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="102" />
        <source>El correo electrónico no parece válido (por ejemplo: nombre@ugel.gob.pe).</source>
        <translation>The e-mail address does not look valid (for example: name@ugel.gob.pe).</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="105" />
        <source>El teléfono solo puede tener números, espacios, guiones, paréntesis y el signo +.</source>
        <translation>The phone number may only have digits, spaces, hyphens, brackets and the + sign.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="108" />
        <source>La presentación es muy larga (máximo 600 caracteres).</source>
        <translation>The introduction is too long (600 characters at most).</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="110" />
        <source>El nombre de la UGEL o institución es muy largo (máximo 200 caracteres).</source>
        <translation>The name of the UGEL or institution is too long (200 characters at most).</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="113" />
        <source>El servidor no reconoce este tipo de escrito. Puede que necesite una versión más nueva de Minka.</source>
        <translation>The server does not recognise this kind of entry. You may need a newer version of Minka.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="117" />
        <source>El debate ya no está en el servidor.</source>
        <translation>The debate is no longer on the server.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="119" />
        <source>El debate ya cerró; su texto sigue guardado aquí para que lo copie.</source>
        <translation>The debate has closed; your text is still kept here so that you can copy it.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="122" />
        <source>Las fechas del debate no son válidas: debe cerrar después de abrir.</source>
        <translation>The debate's dates are not valid: it must close after it opens.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="124" />
        <location filename="../../app/ui/messages.py" line="160" />
        <source>Elija un día de cierre que todavía no haya pasado.</source>
        <translation>Choose a closing day that has not passed yet.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="126" />
        <source>Escriba la pregunta del debate.</source>
        <translation>Write the question of the debate.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="128" />
        <source>La pregunta es muy larga (máximo 200 caracteres).</source>
        <translation>The question is too long (200 characters at most).</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="130" />
        <source>La descripción es muy larga (máximo 5000 caracteres).</source>
        <translation>The description is too long (5,000 characters at most).</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="132" />
        <source>El debate todavía está abierto en el servidor: la propuesta de la red se publica cuando cierra. Su texto sigue guardado aquí.</source>
        <translation>The debate is still open on the server: the network's proposal is published once it closes. Your text is still kept here.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="135" />
        <source>Solo los formadores, las formadoras y los administradores publican la propuesta de un debate.</source>
        <translation>Only facilitators and administrators publish a debate's proposal.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="138" />
        <source>Escriba la síntesis del debate antes de publicar.</source>
        <translation>Write the synthesis of the debate before publishing.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="140" />
        <source>La síntesis es muy larga (máximo 20 000 caracteres).</source>
        <translation>The synthesis is too long (20,000 characters at most).</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="142" />
        <source>El debate todavía no está abierto; su texto sigue guardado aquí para que lo copie.</source>
        <translation>The debate is not open yet; your text is still kept here so that you can copy it.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="146" />
        <source>La encuesta ya no está en el servidor.</source>
        <translation>The survey is no longer on the server.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="148" />
        <source>La encuesta ya había cerrado cuando llegó su respuesta, así que no se contó. Su elección sigue a la vista aquí.</source>
        <translation>The survey had already closed when your answer arrived, so it was not counted. Your choice is still shown here.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="151" />
        <source>La encuesta no es válida: revise que las opciones sean distintas y que la fecha de cierre sea correcta.</source>
        <translation>The survey is not valid: check that the options differ and that the closing date is right.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="154" />
        <source>La respuesta no corresponde a las opciones de la encuesta.</source>
        <translation>The answer does not match the survey's options.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="156" />
        <source>Elija una opción antes de enviar su respuesta.</source>
        <translation>Choose an option before sending your answer.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="158" />
        <source>En esta encuesta se elige una sola opción.</source>
        <translation>This survey takes a single option.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="162" />
        <source>Escriba al menos dos opciones, una en cada línea.</source>
        <translation>Write at least two options, one per line.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="164" />
        <source>Una encuesta tiene como máximo 12 opciones.</source>
        <translation>A survey has at most 12 options.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="166" />
        <source>Dos opciones dicen lo mismo; cada opción debe ser distinta.</source>
        <translation>Two options say the same; each option must be different.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="168" />
        <source>Escriba la pregunta de la encuesta.</source>
        <translation>Write the survey's question.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="170" />
        <source>La pregunta y cada opción deben tener como máximo 200 caracteres.</source>
        <translation>The question and each option must be at most 200 characters long.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="172" />
        <source>Solo los formadores, las formadoras y los administradores hacen encuestas a la red.</source>
        <translation>Only facilitators and administrators ask the network surveys.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="176" />
        <source>La publicación es muy larga para el muro (máximo 3000 caracteres). Para un texto largo, abra un tema en los foros.</source>
        <translation>The post is too long for the wall (3000 characters at most). For a long text, start a thread in the forums.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="179" />
        <source>La publicación ya no está en el muro.</source>
        <translation>The post is no longer on the wall.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="181" />
        <source>La foto de una noticia debe ser una imagen JPG, PNG, GIF o WebP.</source>
        <translation>A news photo must be a JPG, PNG, GIF or WebP image.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="186" />
        <source>El curso ya no está disponible para usted.</source>
        <translation>The course is no longer available to you.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="188" />
        <source>La lección ya no está en el curso.</source>
        <translation>The lesson is no longer in the course.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="190" />
        <source>La tarea ya no está en el curso.</source>
        <translation>The assignment is no longer in the course.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="192" />
        <source>La entrega ya no está en el servidor.</source>
        <translation>The submission is no longer on the server.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="194" />
        <source>La fecha límite ya había pasado cuando llegó al servidor, y el curso no acepta entregas tardías. Copie su texto y converse con su formador o formadora.</source>
        <translation>The due date had passed when it reached the server, and the course does not accept late work. Copy your text and talk with your facilitator.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="198" />
        <source>Esta tarea ya fue calificada; no se puede entregar otra vez.</source>
        <translation>This assignment has been graded; it cannot be handed in again.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="200" />
        <source>La entrega está vacía. Escriba su trabajo o adjunte un archivo.</source>
        <translation>The submission is empty. Write your work or attach a file.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="202" />
        <source>Los archivos adjuntos superan el tamaño que permite el curso.</source>
        <translation>The attached files are larger than the course allows.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="204" />
        <source>Ya usó todo el espacio para archivos que el servidor da a cada cuenta, y este archivo no cupo. Su texto se conserva aquí: quite el archivo o envíe uno más pequeño, o converse con su formador o formadora.</source>
        <translation>You have used all the file space the server gives each account, and this file did not fit. Your text is kept here: remove the file or send a smaller one, or talk to your facilitator.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="209" />
        <source>Falta subir un archivo adjunto; Minka lo intentará otra vez.</source>
        <translation>An attached file has not been uploaded yet; Minka will try again.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="211" />
        <source>El trabajo es muy largo (máximo 100 000 caracteres).</source>
        <translation>The work is too long (100,000 characters at most).</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="213" />
        <source>No se encontró ese archivo. ¿Está en una memoria USB que se retiró?</source>
        <translation>That file was not found. Is it on a USB drive that was removed?</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="215" />
        <source>Minka no acepta ese tipo de archivo. Guarde su trabajo como PDF, documento de texto, hoja de cálculo, imagen o audio.</source>
        <translation>Minka does not accept that type of file. Save your work as a PDF, text document, spreadsheet, image or audio.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="218" />
        <source>Minka no abre este archivo porque no es un documento, una imagen, un audio ni un video: podría ser un programa que dañe la computadora.</source>
        <translation>Minka does not open this file because it is not a document, an image, an audio or a video file: it could be a program that harms the computer.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="221" />
        <source>Un archivo adjunto no coincide con el que se subió al servidor. Quítelo, adjúntelo de nuevo y vuelva a enviar; su texto se conserva.</source>
        <translation>An attached file does not match the one uploaded to the server. Remove it, attach it again and send again; your text is kept.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="224" />
        <source>Un archivo llegó dañado desde el servidor. Minka lo dejó de lado y sincronizó todo lo demás.</source>
        <translation>A file arrived damaged from the server. Minka set it aside and synced everything else.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="227" />
        <source>El archivo está vacío.</source>
        <translation>The file is empty.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="229" />
        <source>El archivo es demasiado grande para este curso. Pruebe con una foto más pequeña o un PDF comprimido.</source>
        <translation>The file is too large for this course. Try a smaller photo or a compressed PDF.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="232" />
        <source>Esta entrega ya fue devuelta con comentarios. Para cambiarlos, use «Corregir comentarios»; su texto se conserva aquí para copiarlo.</source>
        <translation>This submission was already returned with feedback. To change it, use “Correct feedback”; your text is kept here so you can copy it.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="235" />
        <source>Otra corrección de estos comentarios llegó antes al servidor, y es la que ve el participante. Su texto se conserva aquí: revise la versión actual y corríjala de nuevo si hace falta.</source>
        <translation>Another correction of this feedback reached the server first, and it is the one the participant sees. Your text is kept here: check the current version and correct it again if needed.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="239" />
        <source>Escriba sus comentarios antes de devolver la entrega.</source>
        <translation>Write your comments before returning the work.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="242" />
        <source>Escriba el título del documento.</source>
        <translation>Write the document's title.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="246" />
        <source>Elija de qué tipo es el documento.</source>
        <translation>Choose what kind of document it is.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="248" />
        <source>El año debe estar entre 1900 y 2100, o quedar «sin año».</source>
        <translation>The year must be between 1900 and 2100, or left as “no year”.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="250" />
        <source>Revise los autores: hasta 20 nombres, separados por punto y coma, de no más de 200 caracteres cada uno.</source>
        <translation>Check the authors: up to 20 names, separated by semicolons, of at most 200 characters each.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="253" />
        <source>Revise los temas: hasta 12, separados por punto y coma, de no más de 200 caracteres cada uno.</source>
        <translation>Check the themes: up to 12, separated by semicolons, of at most 200 characters each.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="256" />
        <source>El resumen es muy largo (máximo 5000 caracteres).</source>
        <translation>The summary is too long (5,000 characters at most).</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="258" />
        <source>Elija el idioma del documento.</source>
        <translation>Choose the document's language.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="261" />
        <source>La moderación ocultó esta publicación, así que ya no se puede editar. Si cree que es un error, converse con su formador o formadora.</source>
        <translation>The moderators hid this post, so it can no longer be edited. If you think this is a mistake, talk to your facilitator.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="265" />
        <source>Esa publicación ya no está disponible.</source>
        <translation>That post is no longer available.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="267" />
        <source>La publicación cambió desde otro equipo mientras usted editaba; su versión se conserva aquí para que decida.</source>
        <translation>The post changed from another computer while you were editing; your version is kept here for you to decide.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="270" />
        <source>Escriba el motivo: su autor o autora lo leerá.</source>
        <translation>Write the reason: its author will read it.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="272" />
        <source>El texto es muy largo para este lugar. Acórtelo y vuelva a intentarlo; su versión se conserva aquí.</source>
        <translation>The text is too long for this place. Shorten it and try again; your version is kept here.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="275" />
        <source>El comentario es muy largo (máximo 2000 caracteres).</source>
        <translation>The comment is too long (2000 characters at most).</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="277" />
        <source>Ese documento ya no está en el grupo, o usted ya no pertenece a él.</source>
        <translation>That document is no longer in the group, or you no longer belong to it.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="279" />
        <source>Este documento aún no llegó al servidor. Sincronice primero y luego propóngalo al repositorio.</source>
        <translation>This document has not reached the server yet. Sync first, then propose it to the repository.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="282" />
        <source>La región, la fuente y la licencia admiten hasta 200 caracteres.</source>
        <translation>The region, source and licence take up to 200 characters.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="284" />
        <source>Revise los datos del documento.</source>
        <translation>Check the document's details.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="286" />
        <source>Escriba el motivo: quien propuso el documento lo leerá.</source>
        <translation>Write the reason: the person who proposed the document will read it.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="288" />
        <source>El motivo es muy largo (máximo 1000 caracteres).</source>
        <translation>The reason is too long (1,000 characters at most).</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="290" />
        <source>Solo los formadores, las formadoras y los administradores pueden revisar propuestas.</source>
        <translation>Only facilitators and administrators can review proposals.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="293" />
        <source>El documento ya no está en el repositorio.</source>
        <translation>The document is no longer in the repository.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="295" />
        <source>Este documento no tiene archivo para descargar.</source>
        <translation>This document has no file to download.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="297" />
        <source>Este documento ya se está descargando.</source>
        <translation>This document is already downloading.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="299" />
        <source>La propuesta ya no está en el servidor.</source>
        <translation>The proposal is no longer on the server.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="301" />
        <source>Otra persona ya decidió sobre esta propuesta.</source>
        <translation>Someone else has already decided on this proposal.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="304" />
        <source>Al paquete le faltan partes: quizá no se copió completo. Cópielo otra vez desde la memoria USB original. No se importó nada.</source>
        <translation>Parts of the pack are missing: perhaps it was not copied completely. Copy it again from the original USB drive. Nothing was imported.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="307" />
        <source>No se pudo leer el paquete de la memoria USB. Revise que esté bien conectada y vuelva a intentarlo. No se importó nada.</source>
        <translation>The pack could not be read from the USB drive. Check that it is plugged in properly and try again. Nothing was imported.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="310" />
        <source>El paquete está dañado o fue modificado: su contenido no coincide con lo que firmó su red. Pida una copia nueva a quien se lo dio. No se importó nada.</source>
        <translation>The pack is damaged or was modified: its content does not match what your network signed. Ask whoever gave it to you for a new copy. Nothing was imported.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="314" />
        <source>Este paquete no está firmado por su red de Minka, o fue modificado después de firmarse. Por seguridad no se importó nada.</source>
        <translation>This pack is not signed by your Minka network, or it was modified after it was signed. For safety, nothing was imported.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="317" />
        <source>Este paquete es de otra red de Minka, no de la suya. No se importó nada.</source>
        <translation>This pack belongs to another Minka network, not yours. Nothing was imported.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="320" />
        <source>Este paquete fue preparado por una versión más nueva de Minka. Actualice Minka en esta computadora para importarlo. No se importó nada.</source>
        <translation>This pack was prepared by a newer version of Minka. Update Minka on this computer to import it. Nothing was imported.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="324" />
        <source>Minka aún no conoce la firma de su red, así que no puede comprobar el paquete. Ingrese una vez con su cuenta cuando tenga conexión, o use el Minka de la memoria USB de su formador o formadora.</source>
        <translation>Minka does not know your network's signature yet, so it cannot check the pack. Sign in once with your account when you are online, or use the Minka on your facilitator's USB drive.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="328" />
        <source>No tiene envíos pendientes: todo lo que escribió ya llegó al servidor.</source>
        <translation>You have nothing waiting to be sent: everything you wrote has reached the server.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="331" />
        <source>Esta computadora aún no tiene su firma para llevar envíos en USB. Ingrese de nuevo con su cuenta una vez que tenga conexión.</source>
        <translation>This computer does not have your signature for carrying submissions on USB yet. Sign in again with your account once you are online.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="334" />
        <source>Falta en esta computadora un archivo adjunto a sus envíos. Adjúntelo de nuevo y vuelva a intentarlo.</source>
        <translation>A file attached to your submissions is missing on this computer. Attach it again and try again.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="338" />
        <source>Ese código no es válido: tiene 12 letras y números en tres grupos, como K7MX-4PQR-9WHT (sin 0, O, 1, I ni L). Revise el papel que le dio su formador o formadora.</source>
        <translation>That code is not valid: it has 12 letters and digits in three groups, like K7MX-4PQR-9WHT (no 0, O, 1, I or L). Check the paper your facilitator gave you.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="342" />
        <source>Primero importe el paquete de su formador o formadora con «Importar desde USB…»: así Minka sabe a qué red pertenece su cuenta.</source>
        <translation>First import your facilitator's pack with “Import from USB…”: that way Minka knows which network your account belongs to.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="345" />
        <source>Las dos contraseñas no son iguales. Escríbalas de nuevo.</source>
        <translation>The two passwords are not the same. Type them again.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="347" />
        <source>Para sincronizar por primera vez, ingrese con su usuario y contraseña. Lo que escribió sin internet se conserva y se envía.</source>
        <translation>To sync for the first time, sign in with your username and password. What you wrote without the internet is kept and sent.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="351" />
        <source>el archivo fue cambiado o no es de una computadora conocida.</source>
        <translation>the file was changed or is not from a known computer.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="353" />
        <source>el archivo fue cambiado después de prepararse, o no lo firmó la computadora que dice.</source>
        <translation>the file was changed after it was prepared, or it was not signed by the computer it names.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="356" />
        <source>el servidor no conoce la computadora que lo preparó.</source>
        <translation>the server does not know the computer that prepared it.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="358" />
        <source>la computadora que lo preparó ya no tiene permiso de su cuenta.</source>
        <translation>the computer that prepared it no longer has its account's permission.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="360" />
        <source>los envíos dicen ser de otra cuenta que la de su computadora.</source>
        <translation>the work claims to be from another account than its computer's.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="362" />
        <source>el archivo está dañado o incompleto.</source>
        <translation>the file is damaged or incomplete.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="364" />
        <source>el código de inscripción que se escribió en esa computadora no es el correcto. Pida un código nuevo a su formador o formadora.</source>
        <translation>the enrolment code typed on that computer is not the right one. Ask your facilitator for a new code.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="367" />
        <source>el código de inscripción ya venció. Pida un código nuevo a su formador o formadora.</source>
        <translation>the enrolment code has expired. Ask your facilitator for a new code.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="370" />
        <source>ese código de inscripción ya se usó en otra computadora. Cada código sirve una sola vez; pida uno nuevo a su formador o formadora.</source>
        <translation>that enrolment code was already used on another computer. Each code works only once; ask your facilitator for a new one.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="373" />
        <source>esa cuenta no tiene código de inscripción. Pida uno a su formador o formadora.</source>
        <translation>that account has no enrolment code. Ask your facilitator for one.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="376" />
        <source>no hay en la red una cuenta con ese usuario para inscribir esa computadora. Revise el usuario con su formador o formadora.</source>
        <translation>the network has no account with that username to enrol that computer. Check the username with your facilitator.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="380" />
        <source>Aún no hay paquetes de regreso. Llegan al sincronizar, después de entregar los envíos de sus colegas.</source>
        <translation>There are no return packs yet. They arrive when you sync, after delivering your colleagues' work.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="383" />
        <source>Este paquete de regreso está dañado o incompleto. Pida a su formador o formadora que lo copie de nuevo. No se cambió nada.</source>
        <translation>This return pack is damaged or incomplete. Ask your facilitator to copy it again. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="386" />
        <source>Este paquete de regreso fue preparado por una versión más nueva de Minka. Actualice Minka para recibirlo. No se cambió nada.</source>
        <translation>This return pack was prepared by a newer version of Minka. Update Minka to receive it. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="389" />
        <source>Este paquete de regreso es de otra red de Minka. No se cambió nada.</source>
        <translation>This return pack belongs to another Minka network. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="391" />
        <source>Este paquete de regreso no está firmado por su red, o fue modificado. Por seguridad no se cambió nada.</source>
        <translation>This return pack is not signed by your network, or it was modified. For safety, nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="394" />
        <source>Este paquete de regreso es para la computadora de otra persona: solo esa computadora puede abrirlo. Busque en la memoria USB el que lleva su usuario en el nombre.</source>
        <translation>This return pack is for another person's computer: only that computer can open it. Look on the USB drive for the one with your username in its name.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="398" />
        <source>Minka aún no conoce la firma de su red, así que no puede comprobar este paquete. Importe primero el paquete del curso.</source>
        <translation>Minka does not know your network's signature yet, so it cannot check this pack. Import the course pack first.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="401" />
        <source>No hay espacio suficiente en esta computadora para el paquete. Libere espacio y vuelva a intentarlo. No se importó nada.</source>
        <translation>There is not enough space on this computer for the pack. Free some space and try again. Nothing was imported.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="405" />
        <source>No se pudo completar la operación (código: %1).</source>
        <translation>The operation could not be completed (code: %1).</translation>
    </message>
</context>
<context>
    <name>NewDebateDialog</name>
    <message>
        <location filename="../../app/ui/debates_view.py" line="50" />
        <source>Nuevo debate</source>
        <translation>New debate</translation>
    </message>
    <message>
        <location filename="../../app/ui/debates_view.py" line="53" />
        <source>Por ejemplo: ¿Cómo acompañamos a los directores nuevos?</source>
        <translation>For example: How do we support new school directors?</translation>
    </message>
    <message>
        <location filename="../../app/ui/debates_view.py" line="56" />
        <source>Qué se debate y por qué ahora</source>
        <translation>What is debated and why now</translation>
    </message>
    <message>
        <location filename="../../app/ui/debates_view.py" line="63" />
        <source>Pregunta</source>
        <translation>Question</translation>
    </message>
    <message>
        <location filename="../../app/ui/debates_view.py" line="64" />
        <source>Descripción</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../app/ui/debates_view.py" line="65" />
        <source>Cierra el (23:59, hora del Perú)</source>
        <translation>Closes on (23:59, Peru time)</translation>
    </message>
    <message>
        <location filename="../../app/ui/debates_view.py" line="66" />
        <source>Abrir el debate</source>
        <translation>Open the debate</translation>
    </message>
    <message>
        <location filename="../../app/ui/debates_view.py" line="71" />
        <source>Toda la red lo verá después de la próxima sincronización.</source>
        <translation>The whole network will see it after the next sync.</translation>
    </message>
</context>
<context>
    <name>NewSurveyDialog</name>
    <message>
        <location filename="../../app/ui/surveys_view.py" line="61" />
        <source>Nueva encuesta</source>
        <translation>New survey</translation>
    </message>
    <message>
        <location filename="../../app/ui/surveys_view.py" line="64" />
        <source>Por ejemplo: ¿Qué es lo que nos une?</source>
        <translation>For example: What brings us together?</translation>
    </message>
    <message>
        <location filename="../../app/ui/surveys_view.py" line="66" />
        <source>Para qué es la encuesta (opcional)</source>
        <translation>What the survey is for (optional)</translation>
    </message>
    <message>
        <location filename="../../app/ui/surveys_view.py" line="70" />
        <source>Una opción en cada línea (de 2 a 12)</source>
        <translation>One option per line (2 to 12)</translation>
    </message>
    <message>
        <location filename="../../app/ui/surveys_view.py" line="71" />
        <source>Se puede marcar más de una opción</source>
        <translation>More than one option may be chosen</translation>
    </message>
    <message>
        <location filename="../../app/ui/surveys_view.py" line="78" />
        <source>Pregunta</source>
        <translation>Question</translation>
    </message>
    <message>
        <location filename="../../app/ui/surveys_view.py" line="79" />
        <source>Descripción</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../app/ui/surveys_view.py" line="80" />
        <source>Opciones</source>
        <translation>Options</translation>
    </message>
    <message>
        <location filename="../../app/ui/surveys_view.py" line="82" />
        <source>Cierra el (23:59, hora del Perú)</source>
        <translation>Closes on (23:59, Peru time)</translation>
    </message>
    <message>
        <location filename="../../app/ui/surveys_view.py" line="83" />
        <source>Enviar la encuesta</source>
        <translation>Send the survey</translation>
    </message>
    <message>
        <location filename="../../app/ui/surveys_view.py" line="88" />
        <source>Toda la red la verá después de la próxima sincronización.</source>
        <translation>The whole network will see it after the next sync.</translation>
    </message>
</context>
<context>
    <name>NewThreadDialog</name>
    <message>
        <location filename="../../app/ui/forums_view.py" line="158" />
        <source>Nuevo tema en «%1»</source>
        <translation>New thread in “%1”</translation>
    </message>
    <message>
        <location filename="../../app/ui/forums_view.py" line="161" />
        <source>Por ejemplo: ¿Cómo organizaron su primera tertulia dialógica?</source>
        <translation>For example: How did you organise your first dialogic literary gathering?</translation>
    </message>
    <message>
        <location filename="../../app/ui/forums_view.py" line="165" />
        <source>Escriba aquí su mensaje. Puede usar **negrita**, listas con guiones y enlaces.</source>
        <translation>Write your message here. You can use **bold**, lists with dashes, and links.</translation>
    </message>
    <message>
        <location filename="../../app/ui/forums_view.py" line="167" />
        <source>Puede escribir sin conexión: el tema se enviará en la próxima sincronización.</source>
        <translation>You can write offline: the thread will be sent at the next sync.</translation>
    </message>
    <message>
        <location filename="../../app/ui/forums_view.py" line="172" />
        <source>Título</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../app/ui/forums_view.py" line="173" />
        <source>Mensaje</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../app/ui/forums_view.py" line="174" />
        <source>Publicar tema</source>
        <translation>Post thread</translation>
    </message>
</context>
<context>
    <name>NewsDialog</name>
    <message>
        <location filename="../../app/ui/wall_view.py" line="219" />
        <source>Publicar una noticia</source>
        <translation>Publish news</translation>
    </message>
    <message>
        <location filename="../../app/ui/wall_view.py" line="224" />
        <source>Sin foto</source>
        <translation>No photo</translation>
    </message>
    <message>
        <location filename="../../app/ui/wall_view.py" line="225" />
        <source>Elegir foto…</source>
        <translation>Choose a photo…</translation>
    </message>
    <message>
        <location filename="../../app/ui/wall_view.py" line="231" />
        <source>Título</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../app/ui/wall_view.py" line="232" />
        <source>Texto</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../../app/ui/wall_view.py" line="233" />
        <source>Foto</source>
        <translation>Photo</translation>
    </message>
    <message>
        <location filename="../../app/ui/wall_view.py" line="236" />
        <source>Publicar noticia</source>
        <translation>Publish news</translation>
    </message>
    <message>
        <location filename="../../app/ui/wall_view.py" line="241" />
        <source>Se publicará para toda la red en la próxima sincronización.</source>
        <translation>It will be published for the whole network at the next sync.</translation>
    </message>
    <message>
        <location filename="../../app/ui/wall_view.py" line="247" />
        <source>Elegir foto</source>
        <translation>Choose a photo</translation>
    </message>
    <message>
        <location filename="../../app/ui/wall_view.py" line="248" />
        <source>Imágenes (*.jpg *.jpeg *.png *.gif *.webp)</source>
        <translation>Images (*.jpg *.jpeg *.png *.gif *.webp)</translation>
    </message>
</context>
<context>
    <name>PackImportDialog</name>
    <message>
        <location filename="../../app/ui/pack_import.py" line="37" />
        <source>Importar desde USB</source>
        <translation>Import from USB</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_import.py" line="40" />
        <source>Un paquete de contenidos trae el curso y el catálogo en una memoria USB, sin usar internet. Conecte la memoria y elija el paquete.</source>
        <translation>A content pack brings the course and the catalogue on a USB drive, without the internet. Plug in the drive and choose the pack.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_import.py" line="45" />
        <location filename="../../app/ui/pack_import.py" line="83" />
        <source>Buscando paquetes en las memorias USB…</source>
        <translation>Looking for packs on the USB drives…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_import.py" line="46" />
        <source>Buscar de nuevo</source>
        <translation>Search again</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_import.py" line="48" />
        <source>Elegir carpeta…</source>
        <translation>Choose folder…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_import.py" line="64" />
        <source>Importar</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_import.py" line="101" />
        <source>No se encontró ningún paquete en las memorias USB conectadas. Conecte la memoria y pulse «Buscar de nuevo», o elija la carpeta del paquete.</source>
        <translation>No pack was found on the connected USB drives. Plug in the drive and press “Search again”, or choose the pack's folder.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_import.py" line="110" />
        <source>Carpeta del paquete</source>
        <translation>Pack folder</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_import.py" line="119" />
        <source>En esa carpeta no hay ningún paquete de Minka (falta el archivo minka-pack.json).</source>
        <translation>That folder holds no Minka pack (the file minka-pack.json is missing).</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_import.py" line="142" />
        <source>Preparado el %1.</source>
        <translation>Prepared on %1.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_import.py" line="144" />
        <source>• El curso «%1»</source>
        <translation>• The course “%1”</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_import.py" line="146" />
        <source>• El catálogo del repositorio de documentos</source>
        <translation>• The catalogue of the document repository</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_import.py" line="147" />
        <source>los archivos de las lecciones</source>
        <translation>the lessons' files</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_import.py" line="148" />
        <source>los archivos de las lecciones y de los documentos</source>
        <translation>the files of the lessons and the documents</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_import.py" line="149" />
        <source>ningún archivo (solo los textos)</source>
        <translation>no files (the texts only)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_import.py" line="150" />
        <source>• Con %1</source>
        <translation>• With %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/pack_import.py" line="151" />
        <source>Tamaño: %1, %n archivos.</source>
        <translation>
            <numerusform>Size: %1, %n file.</numerusform><numerusform>Size: %1, %n files.</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_import.py" line="212" />
        <source>Listo: el paquete se importó (%1 registros, %2 archivos nuevos). Ya puede leerlo sin conexión; la próxima sincronización traerá solo lo que falte.</source>
        <translation>Done: the pack was imported (%1 records, %2 new files). You can read it offline now; the next sync will bring only what is missing.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_import.py" line="216" />
        <source>Cerrar</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_import.py" line="224" />
        <source>Importación cancelada. No se importó nada.</source>
        <translation>Import cancelled. Nothing was imported.</translation>
    </message>
</context>
<context>
    <name>PersonChooser</name>
    <message>
        <location filename="../../app/ui/people.py" line="25" />
        <source>Minka</source>
        <translation>Minka</translation>
    </message>
    <message>
        <location filename="../../app/ui/people.py" line="27" />
        <source>¿Quién usa Minka ahora?</source>
        <translation>Who is using Minka now?</translation>
    </message>
    <message>
        <location filename="../../app/ui/people.py" line="28" />
        <source>En esta computadora usan Minka varias personas. Elija su nombre; le pediremos su contraseña para abrir sus datos.</source>
        <translation>Several people use Minka on this computer. Choose your name; we will ask for your password to open your data.</translation>
    </message>
    <message>
        <location filename="../../app/ui/people.py" line="39" />
        <source>Abrir</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../app/ui/people.py" line="40" />
        <source>Agregar a otra persona…</source>
        <translation>Add another person…</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <location filename="../../app/ui/directory_view.py" line="329" />
        <source>Mi perfil</source>
        <translation>My profile</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory_view.py" line="334" />
        <location filename="../../app/ui/directory_view.py" line="338" />
        <source>Sin indicar</source>
        <translation>Not given</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory_view.py" line="347" />
        <source>Por ejemplo: UGEL Canchis, IE N.° 50123</source>
        <translation>For example: UGEL Canchis, IE N.° 50123</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory_view.py" line="351" />
        <source>Unas líneas para sus colegas: qué hace, qué le interesa compartir.</source>
        <translation>A few lines for your colleagues: what you do, what you would like to share.</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory_view.py" line="363" />
        <source>Cargo</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory_view.py" line="364" />
        <source>Región</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory_view.py" line="365" />
        <source>UGEL o institución</source>
        <translation>UGEL or institution</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory_view.py" line="366" />
        <source>Presentación</source>
        <translation>Introduction</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory_view.py" line="367" />
        <source>Teléfono</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory_view.py" line="368" />
        <source>Correo electrónico</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory_view.py" line="369" />
        <source>Género</source>
        <translation>Gender</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory_view.py" line="373" />
        <source>Qué ven los demás miembros</source>
        <translation>What other members see</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory_view.py" line="375" />
        <source>Su nombre, cargo y región los ven todos los miembros. Marque qué más quiere mostrar: lo que no marque solo lo tienen sus equipos y el servidor, que lo cuenta en las estadísticas de la red sin mostrarlo a nadie.</source>
        <translation>Every member sees your name, position and region. Tick what else you want to show: what you leave unticked stays on your computers and the server, which counts it in the network's statistics without showing it to anyone.</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory_view.py" line="391" />
        <source>Guardar</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory_view.py" line="392" />
        <source>Descartar mi cambio</source>
        <translation>Discard my change</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory_view.py" line="409" />
        <source>Pendiente de envío: su perfil se actualizará en la red en la próxima sincronización.</source>
        <translation>Waiting to be sent: your profile will be updated in the network at the next sync.</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory_view.py" line="412" />
        <source>No se guardó en la red: %1 Sus cambios se conservan aquí: revíselos y guarde de nuevo, o descártelos.</source>
        <translation>Not saved in the network: %1 Your changes are kept here: review them and save again, or discard them.</translation>
    </message>
</context>
<context>
    <name>ProposeDialog</name>
    <message>
        <location filename="../../app/ui/repository_view.py" line="203" />
        <source>Proponer un documento</source>
        <translation>Propose a document</translation>
    </message>
    <message>
        <location filename="../../app/ui/repository_view.py" line="206" />
        <source>Comparta con la red una guía, una investigación o una experiencia de su institución. Un formador o formadora revisará su propuesta antes de publicarla en el repositorio. Puede hacerlo sin conexión: la propuesta se enviará en la próxima sincronización.

Solo el archivo y el título son obligatorios.</source>
        <translation>Share a guide, a study or an experience from your institution with the network. A facilitator will review your proposal before publishing it in the repository. You can do this offline: the proposal will be sent at the next sync.

Only the file and the title are required.</translation>
    </message>
    <message>
        <location filename="../../app/ui/repository_view.py" line="214" />
        <source>Proponga al repositorio de la red este producto de su grupo. Un formador o formadora lo revisará antes de publicarlo, y verá que viene del grupo. Puede hacerlo sin conexión: la propuesta se enviará en la próxima sincronización.</source>
        <translation>Propose this product of your group to the network's repository. A facilitator will review it before publishing it, and will see that it comes from the group. You can do it offline: the proposal will be sent at the next sync.</translation>
    </message>
    <message>
        <location filename="../../app/ui/repository_view.py" line="221" />
        <source>Ningún archivo elegido</source>
        <translation>No file chosen</translation>
    </message>
    <message>
        <location filename="../../app/ui/repository_view.py" line="222" />
        <source>Elegir archivo…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <location filename="../../app/ui/repository_view.py" line="229" />
        <source>Por ejemplo: Tertulias pedagógicas en la red de Pitumarca</source>
        <translation>For example: Pedagogical gatherings in the Pitumarca network</translation>
    </message>
    <message>
        <location filename="../../app/ui/repository_view.py" line="232" />
        <source>Separe los nombres con punto y coma (;)</source>
        <translation>Separate the names with semicolons (;)</translation>
    </message>
    <message>
        <location filename="../../app/ui/repository_view.py" line="238" />
        <source>Sin año</source>
        <translation>No year</translation>
    </message>
    <message>
        <location filename="../../app/ui/repository_view.py" line="241" />
        <source>Por ejemplo: tertulias; participación de las familias</source>
        <translation>For example: gatherings; family participation</translation>
    </message>
    <message>
        <location filename="../../app/ui/repository_view.py" line="249" />
        <source>De qué trata, para quién es útil.</source>
        <translation>What it is about, who it is useful for.</translation>
    </message>
    <message>
        <location filename="../../app/ui/repository_view.py" line="253" />
        <source>Institución o publicación de origen</source>
        <translation>Institution or publication it comes from</translation>
    </message>
    <message>
        <location filename="../../app/ui/repository_view.py" line="256" />
        <source>Por ejemplo: CC BY 4.0, o «con permiso de la UGEL»</source>
        <translation>For example: CC BY 4.0, or “with the UGEL's permission”</translation>
    </message>
    <message>
        <location filename="../../app/ui/repository_view.py" line="264" />
        <source>Archivo</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../app/ui/repository_view.py" line="265" />
        <source>Título</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../app/ui/repository_view.py" line="266" />
        <source>Autores</source>
        <translation>Authors</translation>
    </message>
    <message>
        <location filename="../../app/ui/repository_view.py" line="267" />
        <source>Tipo</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../app/ui/repository_view.py" line="268" />
        <source>Año</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../app/ui/repository_view.py" line="269" />
        <source>Temas</source>
        <translation>Threads</translation>
    </message>
    <message>
        <location filename="../../app/ui/repository_view.py" line="270" />
        <source>Región</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../../app/ui/repository_view.py" line="271" />
        <source>Idioma</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../app/ui/repository_view.py" line="272" />
        <source>Resumen</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location filename="../../app/ui/repository_view.py" line="273" />
        <source>Fuente</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../app/ui/repository_view.py" line="274" />
        <source>Licencia</source>
        <translation>Licence</translation>
    </message>
    <message>
        <location filename="../../app/ui/repository_view.py" line="277" />
        <source>Enviar propuesta</source>
        <translation>Send proposal</translation>
    </message>
    <message>
        <location filename="../../app/ui/repository_view.py" line="287" />
        <source>Elegir el documento</source>
        <translation>Choose the document</translation>
    </message>
    <message>
        <location filename="../../app/ui/repository_view.py" line="305" />
        <source>Elija el archivo del documento.</source>
        <translation>Choose the document's file.</translation>
    </message>
</context>
<context>
    <name>PropuestaPDF</name>
    <message>
        <location filename="../../app/ui/debate_pdf.py" line="41" />
        <source>Debate abierto del %1 al %2.</source>
        <translation>Debate open from %1 to %2.</translation>
    </message>
    <message>
        <location filename="../../app/ui/debate_pdf.py" line="42" />
        <source>Propuestas presentadas: %1. Respaldos recibidos: %2.</source>
        <translation>Proposals put forward: %1. Endorsements received: %2.</translation>
    </message>
    <message>
        <location filename="../../app/ui/debate_pdf.py" line="46" />
        <source>Edugestores propone</source>
        <translation>Edugestores proposes</translation>
    </message>
    <message>
        <location filename="../../app/ui/debate_pdf.py" line="48" />
        <source>La pregunta del debate</source>
        <translation>The question of the debate</translation>
    </message>
    <message>
        <location filename="../../app/ui/debate_pdf.py" line="54" />
        <source>Síntesis</source>
        <translation>Synthesis</translation>
    </message>
    <message>
        <location filename="../../app/ui/debate_pdf.py" line="56" />
        <source>Propuesta de la red</source>
        <translation>The network's proposal</translation>
    </message>
    <message>
        <location filename="../../app/ui/debate_pdf.py" line="60" />
        <source>Publicada el %1</source>
        <translation>Published on %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/debate_pdf.py" line="67" />
        <source>Propuestas de los miembros</source>
        <translation>Members' proposals</translation>
    </message>
    <message>
        <location filename="../../app/ui/debate_pdf.py" line="69" />
        <source>%1 — %2 (respaldos: %3)</source>
        <translation>%1 — %2 (endorsements: %3)</translation>
    </message>
</context>
<context>
    <name>Repositorio</name>
    <message>
        <location filename="../../app/ui/repository_view.py" line="46" />
        <source>Guía</source>
        <translation>Guide</translation>
    </message>
    <message>
        <location filename="../../app/ui/repository_view.py" line="47" />
        <source>Investigación</source>
        <translation>Research</translation>
    </message>
    <message>
        <location filename="../../app/ui/repository_view.py" line="48" />
        <source>Informe</source>
        <translation>Report</translation>
    </message>
    <message>
        <location filename="../../app/ui/repository_view.py" line="49" />
        <source>Norma</source>
        <translation>Regulation</translation>
    </message>
    <message>
        <location filename="../../app/ui/repository_view.py" line="50" />
        <source>Sistematización</source>
        <translation>Systematised practice</translation>
    </message>
    <message>
        <location filename="../../app/ui/repository_view.py" line="51" />
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <location filename="../../app/ui/repository_view.py" line="52" />
        <source>Artículo</source>
        <translation>Article</translation>
    </message>
    <message>
        <location filename="../../app/ui/repository_view.py" line="53" />
        <source>Libro</source>
        <translation>Book</translation>
    </message>
    <message>
        <location filename="../../app/ui/repository_view.py" line="54" />
        <source>Presentación</source>
        <translation>Introduction</translation>
    </message>
    <message>
        <location filename="../../app/ui/repository_view.py" line="55" />
        <source>Otro</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../app/ui/repository_view.py" line="61" />
        <source>Castellano</source>
        <translation>Spanish</translation>
    </message>
    <message>
        <location filename="../../app/ui/repository_view.py" line="62" />
        <source>Quechua</source>
        <translation>Quechua</translation>
    </message>
    <message>
        <location filename="../../app/ui/repository_view.py" line="63" />
        <source>Aimara</source>
        <translation>Aymara</translation>
    </message>
    <message>
        <location filename="../../app/ui/repository_view.py" line="64" />
        <source>Inglés</source>
        <translation>English</translation>
    </message>
    <message>
        <location filename="../../app/ui/repository_view.py" line="70" />
        <source>El disco de esta computadora está lleno y el documento no cabe. Minka borró la parte descargada; nada más se perdió. Libere espacio (por ejemplo, quitando documentos que ya no use) y vuelva a descargarlo.</source>
        <translation>This computer's disk is full and the document does not fit. Minka deleted the part that had arrived; nothing else was lost. Free some space (for example, by removing documents you no longer use) and download it again.</translation>
    </message>
    <message>
        <location filename="../../app/ui/repository_view.py" line="76" />
        <source>El servidor ya no tiene este archivo.</source>
        <translation>The server no longer has this file.</translation>
    </message>
    <message>
        <location filename="../../app/ui/repository_view.py" line="78" />
        <source>Sin conexión: la descarga continuará donde quedó cuando vuelva la señal. Pulse «Descargar» para intentarlo otra vez.</source>
        <translation>No connection: the download will go on from where it stopped when the signal returns. Press “Download” to try again.</translation>
    </message>
    <message>
        <location filename="../../app/ui/repository_view.py" line="172" />
        <source>Descargado en este equipo</source>
        <translation>Downloaded to this computer</translation>
    </message>
</context>
<context>
    <name>RepositoryView</name>
    <message>
        <location filename="../../app/ui/repository_view.py" line="360" />
        <source>Repositorio</source>
        <translation>Repository</translation>
    </message>
    <message>
        <location filename="../../app/ui/repository_view.py" line="363" />
        <source>Proponer un documento</source>
        <translation>Propose a document</translation>
    </message>
    <message>
        <location filename="../../app/ui/repository_view.py" line="374" />
        <source>Buscar</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../app/ui/repository_view.py" line="375" />
        <source>Mis propuestas</source>
        <translation>My proposals</translation>
    </message>
    <message>
        <location filename="../../app/ui/repository_view.py" line="466" />
        <location filename="../../app/ui/repository_view.py" line="755" />
        <source>Guardar siempre en este equipo</source>
        <translation>Always keep on this computer</translation>
    </message>
    <message>
        <location filename="../../app/ui/repository_view.py" line="468" />
        <source>Minka lo descarga si hace falta y no lo borra cuando necesite espacio para otras descargas.</source>
        <translation>Minka downloads it if needed and does not delete it when it needs room for other downloads.</translation>
    </message>
    <message>
        <location filename="../../app/ui/repository_view.py" line="575" />
        <location filename="../../app/ui/repository_view.py" line="968" />
        <source>Propuestas por revisar</source>
        <translation>Proposals to review</translation>
    </message>
    <message>
        <location filename="../../app/ui/repository_view.py" line="401" />
        <source>Buscar por título, autor, tema o palabras del documento…</source>
        <translation>Search by title, author, theme or words in the document…</translation>
    </message>
    <message>
        <location filename="../../app/ui/repository_view.py" line="410" />
        <source>cualquiera</source>
        <translation>any</translation>
    </message>
    <message>
        <location filename="../../app/ui/repository_view.py" line="414" />
        <source>Quitar filtros</source>
        <translation>Clear filters</translation>
    </message>
    <message>
        <location filename="../../app/ui/repository_view.py" line="421" />
        <source>Años:</source>
        <translation>Years:</translation>
    </message>
    <message>
        <location filename="../../app/ui/repository_view.py" line="456" />
        <location filename="../../app/ui/repository_view.py" line="749" />
        <source>Descargar</source>
        <translation>Download</translation>
    </message>
    <message>
        <location filename="../../app/ui/repository_view.py" line="459" />
        <source>Cancelar</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../app/ui/repository_view.py" line="461" />
        <source>Abrir</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../app/ui/repository_view.py" line="471" />
        <source>Quitar de este equipo</source>
        <translation>Remove from this computer</translation>
    </message>
    <message>
        <location filename="../../app/ui/repository_view.py" line="518" />
        <source>Abrir el archivo</source>
        <translation>Open the file</translation>
    </message>
    <message>
        <location filename="../../app/ui/repository_view.py" line="522" />
        <source>Si no la acepta, explique el motivo a quien la propuso (por ejemplo: el archivo no se puede abrir, o el documento ya está en el repositorio).</source>
        <translation>If you do not accept it, explain why to the person who proposed it (for example: the file cannot be opened, or the document is already in the repository).</translation>
    </message>
    <message>
        <location filename="../../app/ui/repository_view.py" line="525" />
        <source>Publicar en el repositorio</source>
        <translation>Publish in the repository</translation>
    </message>
    <message>
        <location filename="../../app/ui/repository_view.py" line="528" />
        <source>No aceptar</source>
        <translation>Do not accept</translation>
    </message>
    <message>
        <location filename="../../app/ui/repository_view.py" line="586" />
        <source>Todos los tipos</source>
        <translation>All types</translation>
    </message>
    <message>
        <location filename="../../app/ui/repository_view.py" line="589" />
        <source>Todos los temas</source>
        <translation>All themes</translation>
    </message>
    <message>
        <location filename="../../app/ui/repository_view.py" line="592" />
        <source>Todas las regiones</source>
        <translation>All regions</translation>
    </message>
    <message>
        <location filename="../../app/ui/repository_view.py" line="660" />
        <source>Ningún documento coincide. Pruebe con otras palabras o quite filtros.</source>
        <translation>No document matches. Try other words or clear the filters.</translation>
    </message>
    <message>
        <location filename="../../app/ui/repository_view.py" line="663" />
        <source>El repositorio aún no tiene documentos en este equipo. Sincronice para recibirlos.</source>
        <translation>The repository has no documents on this computer yet. Sync to receive them.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/repository_view.py" line="666" />
        <source>%n documentos</source>
        <translation>
            <numerusform>%n document</numerusform><numerusform>%n documents</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/ui/repository_view.py" line="681" />
        <source>Elija un documento de la lista para ver su ficha.</source>
        <translation>Choose a document from the list to see its details.</translation>
    </message>
    <message>
        <location filename="../../app/ui/repository_view.py" line="700" />
        <location filename="../../app/ui/repository_view.py" line="990" />
        <source>Autores</source>
        <translation>Authors</translation>
    </message>
    <message>
        <location filename="../../app/ui/repository_view.py" line="701" />
        <location filename="../../app/ui/repository_view.py" line="991" />
        <source>Tipo</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../app/ui/repository_view.py" line="702" />
        <location filename="../../app/ui/repository_view.py" line="992" />
        <source>Año</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../app/ui/repository_view.py" line="703" />
        <location filename="../../app/ui/repository_view.py" line="993" />
        <source>Temas</source>
        <translation>Threads</translation>
    </message>
    <message>
        <location filename="../../app/ui/repository_view.py" line="704" />
        <location filename="../../app/ui/repository_view.py" line="994" />
        <source>Región</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../../app/ui/repository_view.py" line="705" />
        <location filename="../../app/ui/repository_view.py" line="995" />
        <source>Idioma</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../app/ui/repository_view.py" line="706" />
        <location filename="../../app/ui/repository_view.py" line="996" />
        <source>Fuente</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../app/ui/repository_view.py" line="707" />
        <location filename="../../app/ui/repository_view.py" line="997" />
        <source>Licencia</source>
        <translation>Licence</translation>
    </message>
    <message>
        <location filename="../../app/ui/repository_view.py" line="708" />
        <source>Código</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../app/ui/repository_view.py" line="710" />
        <location filename="../../app/ui/repository_view.py" line="998" />
        <source>Archivo</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../app/ui/repository_view.py" line="712" />
        <source>Origen</source>
        <translation>Origin</translation>
    </message>
    <message>
        <location filename="../../app/ui/repository_view.py" line="712" />
        <source>Propuesto por un miembro de la red</source>
        <translation>Proposed by a member of the network</translation>
    </message>
    <message>
        <location filename="../../app/ui/repository_view.py" line="728" />
        <source>Este documento solo tiene ficha; no tiene archivo.</source>
        <translation>This document has a catalogue entry only; it has no file.</translation>
    </message>
    <message>
        <location filename="../../app/ui/repository_view.py" line="737" />
        <source>Descargando… %1 %</source>
        <translation>Downloading… %1%</translation>
    </message>
    <message>
        <location filename="../../app/ui/repository_view.py" line="742" />
        <source>Sin descargar</source>
        <translation>Not downloaded</translation>
    </message>
    <message>
        <location filename="../../app/ui/repository_view.py" line="743" />
        <source>Descárguelo para leerlo sin conexión.</source>
        <translation>Download it to read it offline.</translation>
    </message>
    <message>
        <location filename="../../app/ui/repository_view.py" line="748" />
        <source>Continuar la descarga</source>
        <translation>Continue the download</translation>
    </message>
    <message>
        <location filename="../../app/ui/repository_view.py" line="674" />
        <source>Documentos descargados en este equipo: %1</source>
        <translation>Documents downloaded to this computer: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/repository_view.py" line="730" />
        <source>Guardado siempre en este equipo: no se borra para hacer espacio.</source>
        <translation>Always kept on this computer: it is not deleted to make room.</translation>
    </message>
    <message>
        <location filename="../../app/ui/repository_view.py" line="732" />
        <source>Descargado en este equipo: puede leerlo sin conexión. Si falta espacio para otra descarga, Minka podría borrarlo.</source>
        <translation>Downloaded to this computer: you can read it offline. If another download needs room, Minka may delete it.</translation>
    </message>
    <message>
        <location filename="../../app/ui/repository_view.py" line="738" />
        <source>Descarga sin terminar (%1 %): continuará automáticamente.</source>
        <translation>Unfinished download (%1 %): it will continue automatically.</translation>
    </message>
    <message>
        <location filename="../../app/ui/repository_view.py" line="754" />
        <source>Guardado siempre en este equipo</source>
        <translation>Always kept on this computer</translation>
    </message>
    <message>
        <location filename="../../app/ui/repository_view.py" line="880" />
        <source>El archivo se conserva porque otra parte de Minka lo usa todavía.</source>
        <translation>The file is kept because another part of Minka still uses it.</translation>
    </message>
    <message>
        <location filename="../../app/ui/repository_view.py" line="905" />
        <source>Pendiente de envío: se enviará en la próxima sincronización.</source>
        <translation>Waiting to be sent: it will go at the next sync.</translation>
    </message>
    <message>
        <location filename="../../app/ui/repository_view.py" line="908" />
        <source>Usted decidió publicarla; se enviará en la próxima sincronización.</source>
        <translation>You decided to publish it; it will be sent at the next sync.</translation>
    </message>
    <message>
        <location filename="../../app/ui/repository_view.py" line="910" />
        <source>Usted decidió no aceptarla; se enviará en la próxima sincronización.</source>
        <translation>You decided not to accept it; it will be sent at the next sync.</translation>
    </message>
    <message>
        <location filename="../../app/ui/repository_view.py" line="914" />
        <source>No se pudo enviar: %1 Su ficha y su archivo se conservan en este equipo.</source>
        <translation>Could not be sent: %1 Its details and its file are kept on this computer.</translation>
    </message>
    <message>
        <location filename="../../app/ui/repository_view.py" line="918" />
        <source>Publicada en el repositorio.</source>
        <translation>Published in the repository.</translation>
    </message>
    <message>
        <location filename="../../app/ui/repository_view.py" line="920" />
        <source>No aceptada: %1</source>
        <translation>Not accepted: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/repository_view.py" line="921" />
        <source>Pendiente de revisión por un formador o formadora.</source>
        <translation>Waiting for a facilitator's review.</translation>
    </message>
    <message>
        <location filename="../../app/ui/repository_view.py" line="931" />
        <source>Todavía no ha propuesto documentos. Use «Proponer un documento» para compartir uno con la red.</source>
        <translation>You have not proposed any documents yet. Use “Propose a document” to share one with the network.</translation>
    </message>
    <message>
        <location filename="../../app/ui/repository_view.py" line="954" />
        <source>Por revisar</source>
        <translation>To review</translation>
    </message>
    <message>
        <location filename="../../app/ui/repository_view.py" line="956" />
        <source>Producto del grupo «%1»</source>
        <translation>Product of the group “%1”</translation>
    </message>
    <message>
        <location filename="../../app/ui/repository_view.py" line="967" />
        <source>Propuestas por revisar (%1)</source>
        <translation>Proposals to review (%1)</translation>
    </message>
    <message>
        <location filename="../../app/ui/repository_view.py" line="971" />
        <source>No hay propuestas esperando su revisión.</source>
        <translation>No proposals are waiting for your review.</translation>
    </message>
    <message>
        <location filename="../../app/ui/repository_view.py" line="988" />
        <source>Propuesto por</source>
        <translation>Proposed by</translation>
    </message>
    <message>
        <location filename="../../app/ui/repository_view.py" line="989" />
        <source>Grupo</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../../app/ui/repository_view.py" line="1011" />
        <source>Su decisión no se registró: %1</source>
        <translation>Your decision was not recorded: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/repository_view.py" line="1036" />
        <source>Decisión guardada: se enviará en la próxima sincronización.</source>
        <translation>Decision saved: it will be sent at the next sync.</translation>
    </message>
    <message>
        <location filename="../../app/ui/repository_view.py" line="1044" />
        <source>Trayendo el archivo…</source>
        <translation>Fetching the file…</translation>
    </message>
</context>
<context>
    <name>ReviewView</name>
    <message>
        <location filename="../../app/ui/review_view.py" line="40" />
        <source>Revisar</source>
        <translation>Review</translation>
    </message>
    <message>
        <location filename="../../app/ui/review_view.py" line="43" />
        <source>Ver las propuestas de documentos</source>
        <translation>See the document proposals</translation>
    </message>
    <message>
        <location filename="../../app/ui/review_view.py" line="55" />
        <source>Publicaciones reportadas</source>
        <translation>Reported posts</translation>
    </message>
    <message>
        <location filename="../../app/ui/review_view.py" line="66" />
        <source>Reportes</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location filename="../../app/ui/review_view.py" line="80" />
        <source>Por ejemplo: contiene datos personales.</source>
        <translation>For example: it contains personal data.</translation>
    </message>
    <message>
        <location filename="../../app/ui/review_view.py" line="84" />
        <source>Ocultar</source>
        <translation>Hide</translation>
    </message>
    <message>
        <location filename="../../app/ui/review_view.py" line="87" />
        <source>Descartar reportes</source>
        <translation>Dismiss reports</translation>
    </message>
    <message>
        <location filename="../../app/ui/review_view.py" line="88" />
        <source>La publicación sigue visible para todos.</source>
        <translation>The post stays visible to everyone.</translation>
    </message>
    <message>
        <location filename="../../app/ui/review_view.py" line="98" />
        <source>Si la oculta, escriba el motivo: lo leerá quien la escribió.</source>
        <translation>If you hide it, write the reason: whoever wrote it will read it.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/review_view.py" line="129" />
        <source>%n reportes</source>
        <translation>
            <numerusform>%n report</numerusform><numerusform>%n reports</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/ui/review_view.py" line="138" />
        <source>Propuestas de documentos por revisar: %1</source>
        <translation>Document proposals to review: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/review_view.py" line="150" />
        <source>No hay reportes por revisar</source>
        <translation>No reports to review</translation>
    </message>
    <message>
        <location filename="../../app/ui/review_view.py" line="152" />
        <source>Cuando alguien de la red reporte una publicación, llegará aquí en la próxima sincronización.</source>
        <translation>When someone in the network reports a post, it will arrive here at the next sync.</translation>
    </message>
    <message>
        <location filename="../../app/ui/review_view.py" line="158" />
        <source>Escrito por %1</source>
        <translation>Written by %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/review_view.py" line="159" />
        <source>ya oculta</source>
        <translation>already hidden</translation>
    </message>
    <message>
        <location filename="../../app/ui/review_view.py" line="166" />
        <source>(sin motivo)</source>
        <translation>(no reason given)</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../app/ui/signin.py" line="26" />
        <source>Ingresar a Minka</source>
        <translation>Sign in to Minka</translation>
    </message>
    <message>
        <location filename="../../app/ui/signin.py" line="28" />
        <source>Ingrese una sola vez con la cuenta que le dio su formador o formadora. Después, Minka abrirá sin pedirle nada, aunque no tenga internet.</source>
        <translation>Sign in once with the account your facilitator gave you. After that, Minka opens without asking, even without internet.</translation>
    </message>
    <message>
        <location filename="../../app/ui/signin.py" line="35" />
        <source>por ejemplo: rosa.quispe</source>
        <translation>for example: rosa.quispe</translation>
    </message>
    <message>
        <location filename="../../app/ui/signin.py" line="39" />
        <source>Servidor</source>
        <translation>Server</translation>
    </message>
    <message>
        <location filename="../../app/ui/signin.py" line="40" />
        <source>Usuario</source>
        <translation>Username</translation>
    </message>
    <message>
        <location filename="../../app/ui/signin.py" line="41" />
        <source>Contraseña</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../app/ui/signin.py" line="43" />
        <source>Esta dirección no usa conexión segura (https): su contraseña y lo que escriba viajarían sin protección por la red. Úsela solo si su formador o formadora se lo indicó.</source>
        <translation>This address does not use a secure connection (https): your password and what you write would travel unprotected over the network. Use it only if your facilitator told you to.</translation>
    </message>
    <message>
        <location filename="../../app/ui/signin.py" line="55" />
        <source>Ingresar</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <location filename="../../app/ui/signin.py" line="66" />
        <source>Importar desde USB…</source>
        <translation>Import from USB…</translation>
    </message>
    <message>
        <location filename="../../app/ui/signin.py" line="75" />
        <source>Empezar sin internet…</source>
        <translation>Start without the internet…</translation>
    </message>
    <message>
        <location filename="../../app/ui/signin.py" line="107" />
        <source>El paquete ya está en esta computadora (%1 registros). Al ingresar, Minka traerá solo lo que el paquete no tiene.</source>
        <translation>The pack is now on this computer (%1 records). When you sign in, Minka will bring only what the pack does not have.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/signin.py" line="142" />
        <source>Demasiados intentos. Vuelva a intentarlo en %n minutos.</source>
        <translation>
            <numerusform>Too many attempts. Please try again in %n minute.</numerusform><numerusform>Too many attempts. Please try again in %n minutes.</numerusform></translation>
    </message>
</context>
<context>
    <name>StatsView</name>
    <message>
        <location filename="../../app/ui/stats_view.py" line="27" />
        <source>Mujeres</source>
        <translation>Women</translation>
    </message>
    <message>
        <location filename="../../app/ui/stats_view.py" line="28" />
        <source>Hombres</source>
        <translation>Men</translation>
    </message>
    <message>
        <location filename="../../app/ui/stats_view.py" line="29" />
        <location filename="../../app/ui/stats_view.py" line="65" />
        <location filename="../../app/ui/stats_view.py" line="131" />
        <source>Sin dato</source>
        <translation>Not given</translation>
    </message>
    <message>
        <location filename="../../app/ui/stats_view.py" line="54" />
        <source>Miembros activos mes a mes</source>
        <translation>Active members month by month</translation>
    </message>
    <message>
        <location filename="../../app/ui/stats_view.py" line="55" />
        <location filename="../../app/ui/stats_view.py" line="125" />
        <source>Miembros activos</source>
        <translation>Active members</translation>
    </message>
    <message>
        <location filename="../../app/ui/stats_view.py" line="57" />
        <source>Activos en los 90 días hasta el fin de cada mes.</source>
        <translation>Active in the 90 days up to the end of each month.</translation>
    </message>
    <message>
        <location filename="../../app/ui/stats_view.py" line="59" />
        <source>Meta: %1</source>
        <translation>Goal: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/stats_view.py" line="66" />
        <source>%1 (%2 %)</source>
        <translation>%1 (%2 %)</translation>
    </message>
    <message>
        <location filename="../../app/ui/stats_view.py" line="70" />
        <source>Todavía no hay miembros activos.</source>
        <translation>No active members yet.</translation>
    </message>
    <message>
        <location filename="../../app/ui/stats_view.py" line="73" />
        <source>Publicaciones y descargas por mes</source>
        <translation>Posts and downloads per month</translation>
    </message>
    <message>
        <location filename="../../app/ui/stats_view.py" line="74" />
        <source>Publicaciones</source>
        <translation>Posts</translation>
    </message>
    <message>
        <location filename="../../app/ui/stats_view.py" line="76" />
        <source>Descargas de documentos</source>
        <translation>Document downloads</translation>
    </message>
    <message>
        <location filename="../../app/ui/stats_view.py" line="78" />
        <source>Publicaciones en los foros y en el muro; descargas de documentos del repositorio.</source>
        <translation>Posts in the forums and on the wall; downloads of the repository's documents.</translation>
    </message>
    <message>
        <location filename="../../app/ui/stats_view.py" line="81" />
        <source>Documentos nuevos en el repositorio</source>
        <translation>New documents in the repository</translation>
    </message>
    <message>
        <location filename="../../app/ui/stats_view.py" line="82" />
        <source>Documentos nuevos</source>
        <translation>New documents</translation>
    </message>
    <message>
        <location filename="../../app/ui/stats_view.py" line="85" />
        <source>Miembros activos por región</source>
        <translation>Active members by region</translation>
    </message>
    <message>
        <location filename="../../app/ui/stats_view.py" line="87" />
        <source>Miembros activos por cargo</source>
        <translation>Active members by position</translation>
    </message>
    <message>
        <location filename="../../app/ui/stats_view.py" line="89" />
        <source>Miembros activos por género</source>
        <translation>Active members by gender</translation>
    </message>
    <message>
        <location filename="../../app/ui/stats_view.py" line="98" />
        <source>Las estadísticas llegan con la próxima sincronización.</source>
        <translation>The statistics arrive with the next sync.</translation>
    </message>
    <message>
        <location filename="../../app/ui/stats_view.py" line="100" />
        <source>%1 miembros activos de %2 (activos: sincronizaron o escribieron en los últimos %3 días).</source>
        <translation>%1 active members of %2 (active: synced or wrote in the last %3 days).</translation>
    </message>
    <message>
        <location filename="../../app/ui/stats_view.py" line="106" />
        <source>Meta de la red: %1.</source>
        <translation>The network's goal: %1.</translation>
    </message>
    <message>
        <location filename="../../app/ui/stats_view.py" line="112" />
        <source>Datos calculados: %1.</source>
        <translation>Data computed: %1.</translation>
    </message>
    <message>
        <location filename="../../app/ui/stats_view.py" line="120" />
        <source>Sección</source>
        <translation>Section</translation>
    </message>
    <message>
        <location filename="../../app/ui/stats_view.py" line="121" />
        <source>Dato</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../app/ui/stats_view.py" line="122" />
        <source>Valor</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../../app/ui/stats_view.py" line="123" />
        <source>Resumen</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location filename="../../app/ui/stats_view.py" line="124" />
        <source>Miembros</source>
        <translation>Members</translation>
    </message>
    <message>
        <location filename="../../app/ui/stats_view.py" line="126" />
        <source>Meta de miembros activos</source>
        <translation>Goal of active members</translation>
    </message>
    <message>
        <location filename="../../app/ui/stats_view.py" line="127" />
        <source>Calculado el</source>
        <translation>Computed at</translation>
    </message>
    <message>
        <location filename="../../app/ui/stats_view.py" line="128" />
        <source>Activos por región</source>
        <translation>Active by region</translation>
    </message>
    <message>
        <location filename="../../app/ui/stats_view.py" line="129" />
        <source>Activos por cargo</source>
        <translation>Active by position</translation>
    </message>
    <message>
        <location filename="../../app/ui/stats_view.py" line="130" />
        <source>Activos por género</source>
        <translation>Active by gender</translation>
    </message>
    <message>
        <location filename="../../app/ui/stats_view.py" line="132" />
        <source>Activos por mes</source>
        <translation>Active per month</translation>
    </message>
    <message>
        <location filename="../../app/ui/stats_view.py" line="133" />
        <source>Publicaciones por mes</source>
        <translation>Posts per month</translation>
    </message>
    <message>
        <location filename="../../app/ui/stats_view.py" line="134" />
        <source>Descargas por mes</source>
        <translation>Downloads per month</translation>
    </message>
    <message>
        <location filename="../../app/ui/stats_view.py" line="135" />
        <source>Documentos nuevos por mes</source>
        <translation>New documents per month</translation>
    </message>
    <message>
        <location filename="../../app/ui/stats_view.py" line="153" />
        <source>Estadísticas de la red</source>
        <translation>The network's statistics</translation>
    </message>
    <message>
        <location filename="../../app/ui/stats_view.py" line="155" />
        <source>Guardar imagen (PNG)…</source>
        <translation>Save image (PNG)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/stats_view.py" line="157" />
        <source>Guardar datos (CSV)…</source>
        <translation>Save data (CSV)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/stats_view.py" line="206" />
        <source>estadisticas-de-la-red</source>
        <translation>network-statistics</translation>
    </message>
    <message>
        <location filename="../../app/ui/stats_view.py" line="216" />
        <source>Estadísticas de la red Minka</source>
        <translation>Statistics of the Minka network</translation>
    </message>
    <message>
        <location filename="../../app/ui/stats_view.py" line="221" />
        <source>Guardar las estadísticas como imagen</source>
        <translation>Save the statistics as an image</translation>
    </message>
    <message>
        <location filename="../../app/ui/stats_view.py" line="222" />
        <source>Imagen PNG (*.png)</source>
        <translation>PNG image (*.png)</translation>
    </message>
    <message>
        <location filename="../../app/ui/stats_view.py" line="235" />
        <source>Guardar los datos de las estadísticas</source>
        <translation>Save the statistics' data</translation>
    </message>
    <message>
        <location filename="../../app/ui/stats_view.py" line="236" />
        <source>Datos CSV (*.csv)</source>
        <translation>CSV data (*.csv)</translation>
    </message>
    <message>
        <location filename="../../app/ui/stats_view.py" line="250" />
        <source>Guardado: %1</source>
        <translation>Saved: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/stats_view.py" line="254" />
        <source>No se pudo guardar</source>
        <translation>Could not save</translation>
    </message>
    <message>
        <location filename="../../app/ui/stats_view.py" line="255" />
        <source>No se pudo guardar el archivo en ese lugar. Elija otra carpeta, por ejemplo Documentos, y revise que haya espacio libre.</source>
        <translation>The file could not be saved there. Choose another folder, for example Documents, and check that there is free space.</translation>
    </message>
</context>
<context>
    <name>SurveysView</name>
    <message>
        <location filename="../../app/ui/surveys_view.py" line="33" />
        <source>%1 % (%2)</source>
        <translation>%1 % (%2)</translation>
    </message>
    <message>
        <location filename="../../app/ui/surveys_view.py" line="42" />
        <source>Cada persona pudo marcar varias opciones: los porcentajes suman más de 100.</source>
        <translation>Each person could choose several options: the percentages add up to more than 100.</translation>
    </message>
    <message>
        <location filename="../../app/ui/surveys_view.py" line="46" />
        <source>Su elección está en otro color.</source>
        <translation>Your choice is in another colour.</translation>
    </message>
    <message>
        <location filename="../../app/ui/surveys_view.py" line="48" />
        <source>Resultados</source>
        <translation>Results</translation>
    </message>
    <message>
        <location filename="../../app/ui/surveys_view.py" line="49" />
        <source>Todavía nadie respondió.</source>
        <translation>Nobody has answered yet.</translation>
    </message>
    <message>
        <location filename="../../app/ui/surveys_view.py" line="120" />
        <source>Encuestas de la red</source>
        <translation>The network's surveys</translation>
    </message>
    <message>
        <location filename="../../app/ui/surveys_view.py" line="122" />
        <source>Nueva encuesta…</source>
        <translation>New survey…</translation>
    </message>
    <message>
        <location filename="../../app/ui/surveys_view.py" line="146" />
        <location filename="../../app/ui/surveys_view.py" line="271" />
        <source>Enviar respuesta</source>
        <translation>Send answer</translation>
    </message>
    <message>
        <location filename="../../app/ui/surveys_view.py" line="153" />
        <source>Verá los resultados cuando responda o cuando la encuesta cierre.</source>
        <translation>You will see the results when you answer or when the survey closes.</translation>
    </message>
    <message>
        <location filename="../../app/ui/surveys_view.py" line="157" />
        <source>Todavía no hay encuestas. Cuando la red haga una, aparecerá aquí después de sincronizar.</source>
        <translation>No surveys yet. When the network asks one, it will appear here after a sync.</translation>
    </message>
    <message>
        <location filename="../../app/ui/surveys_view.py" line="201" />
        <source>Abierta hasta el %1</source>
        <translation>Open until %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/surveys_view.py" line="203" />
        <source>Cerrada el %1</source>
        <translation>Closed on %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/surveys_view.py" line="205" />
        <source>Pendiente: se enviará al sincronizar.</source>
        <translation>Pending: it will be sent at the next sync.</translation>
    </message>
    <message>
        <location filename="../../app/ui/surveys_view.py" line="209" />
        <source>Su respuesta no se contó</source>
        <translation>Your answer was not counted</translation>
    </message>
    <message>
        <location filename="../../app/ui/surveys_view.py" line="211" />
        <source>Ya respondió</source>
        <translation>Answered</translation>
    </message>
    <message>
        <location filename="../../app/ui/surveys_view.py" line="213" />
        <source>Falta su respuesta</source>
        <translation>Waiting for your answer</translation>
    </message>
    <message>
        <location filename="../../app/ui/surveys_view.py" line="258" />
        <source>Puede marcar varias opciones.</source>
        <translation>You may choose several options.</translation>
    </message>
    <message>
        <location filename="../../app/ui/surveys_view.py" line="259" />
        <source>Marque una opción.</source>
        <translation>Choose one option.</translation>
    </message>
    <message>
        <location filename="../../app/ui/surveys_view.py" line="261" />
        <source>Abierta hasta el %1. %2 Puede cambiar su respuesta hasta entonces.</source>
        <translation>Open until %1. %2 You can change your answer until then.</translation>
    </message>
    <message>
        <location filename="../../app/ui/surveys_view.py" line="266" />
        <source>Cerró el %1.</source>
        <translation>Closed on %1.</translation>
    </message>
    <message>
        <location filename="../../app/ui/surveys_view.py" line="270" />
        <source>Cambiar respuesta</source>
        <translation>Change answer</translation>
    </message>
    <message>
        <location filename="../../app/ui/surveys_view.py" line="274" />
        <source>Su respuesta se enviará al sincronizar; se contará entonces.</source>
        <translation>Your answer will be sent at the next sync and counted then.</translation>
    </message>
    <message>
        <location filename="../../app/ui/surveys_view.py" line="277" />
        <source>Su respuesta está registrada.</source>
        <translation>Your answer is recorded.</translation>
    </message>
    <message>
        <location filename="../../app/ui/surveys_view.py" line="283" />
        <source>Todavía no respondió.</source>
        <translation>You have not answered yet.</translation>
    </message>
    <message>
        <location filename="../../app/ui/surveys_view.py" line="284" />
        <source>No respondió esta encuesta.</source>
        <translation>You did not answer this survey.</translation>
    </message>
    <message>
        <location filename="../../app/ui/surveys_view.py" line="333" />
        <source>No se pudo guardar la respuesta</source>
        <translation>The answer could not be saved</translation>
    </message>
</context>
<context>
    <name>SyncHistoryDialog</name>
    <message>
        <location filename="../../app/ui/history.py" line="38" />
        <source>Historial de sincronización</source>
        <translation>Sync history</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="40" />
        <source>Cada vez que Minka intentó sincronizar: qué envió, qué recibió y, si no pudo, por qué. Si algo no funciona, exporte un diagnóstico y envíeselo a su formador o formadora.</source>
        <translation>Every time Minka tried to sync: what it sent, what it received and, if it could not, why. If something does not work, export a diagnostic and send it to your facilitator.</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="45" />
        <source>Cuándo</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="45" />
        <source>Resultado</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="46" />
        <source>Enviados</source>
        <translation>Sent</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="46" />
        <source>Recibidos</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="47" />
        <source>Datos usados</source>
        <translation>Data used</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="54" />
        <source>Exportar diagnóstico…</source>
        <translation>Export diagnostic…</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="74" />
        <source>Sin terminar (en curso, o Minka se cerró antes de acabar)</source>
        <translation>Not finished (running, or Minka closed before the end)</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="76" />
        <source>Completa</source>
        <translation>Complete</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/history.py" line="78" />
        <source>%n escritos no aceptados</source>
        <translation>
            <numerusform>%n item not accepted</numerusform><numerusform>%n items not accepted</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="80" />
        <source>Incompleta: %1</source>
        <translation>Not finished: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="95" />
        <source>Guardar diagnóstico</source>
        <translation>Save diagnostic</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="96" />
        <source>Archivo ZIP (*.zip)</source>
        <translation>ZIP file (*.zip)</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="108" />
        <source>Diagnóstico guardado en %1. No contiene su contraseña ni sus escritos.</source>
        <translation>Diagnostic saved to %1. It contains neither your password nor your writing.</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="114" />
        <source>No se pudo guardar el diagnóstico en ese lugar. Pruebe con otra carpeta o una memoria USB con espacio libre.</source>
        <translation>The diagnostic could not be saved there. Try another folder or a USB drive with free space.</translation>
    </message>
</context>
<context>
    <name>ThreadDelegate</name>
    <message numerus="yes">
        <location filename="../../app/ui/forums_view.py" line="133" />
        <source>%n respuestas</source>
        <translation>
            <numerusform>%n reply</numerusform><numerusform>%n replies</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/ui/forums_view.py" line="135" />
        <source>Pendiente de envío</source>
        <translation>Waiting to be sent</translation>
    </message>
    <message>
        <location filename="../../app/ui/forums_view.py" line="137" />
        <source>No se pudo publicar</source>
        <translation>Could not be published</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../app/ui/people.py" line="70" />
        <source>Minka</source>
        <translation>Minka</translation>
    </message>
    <message>
        <location filename="../../app/ui/people.py" line="73" />
        <source>Contraseña de %1</source>
        <translation>Password of %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/people.py" line="75" />
        <source>Es la misma contraseña con la que ingresa a Minka. Funciona también sin internet.</source>
        <translation>It is the same password you sign in to Minka with. It works without internet too.</translation>
    </message>
    <message>
        <location filename="../../app/ui/people.py" line="81" />
        <source>Abrir</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../app/ui/people.py" line="95" />
        <source>Escriba su contraseña.</source>
        <translation>Type your password.</translation>
    </message>
    <message>
        <location filename="../../app/ui/people.py" line="107" />
        <source>No se pudo comprobar la contraseña en este equipo. Cierre Minka, vuelva a abrirlo e inténtelo de nuevo.</source>
        <translation>The password could not be checked on this computer. Close Minka, open it again and try once more.</translation>
    </message>
    <message>
        <location filename="../../app/ui/people.py" line="116" />
        <source>La contraseña no es correcta. Inténtelo de nuevo.</source>
        <translation>The password is not correct. Please try again.</translation>
    </message>
</context>
<context>
    <name>WallDelegate</name>
    <message numerus="yes">
        <location filename="../../app/ui/wall_view.py" line="199" />
        <source>%n comentarios</source>
        <translation>
            <numerusform>%n comment</numerusform><numerusform>%n comments</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/ui/wall_view.py" line="201" />
        <source>Pendiente de envío</source>
        <translation>Waiting to be sent</translation>
    </message>
    <message>
        <location filename="../../app/ui/wall_view.py" line="203" />
        <source>No se pudo publicar</source>
        <translation>Could not be published</translation>
    </message>
</context>
<context>
    <name>WallView</name>
    <message>
        <location filename="../../app/ui/wall_view.py" line="288" />
        <source>Muro</source>
        <translation>Wall</translation>
    </message>
    <message>
        <location filename="../../app/ui/wall_view.py" line="290" />
        <source>Publicar noticia…</source>
        <translation>Publish news…</translation>
    </message>
    <message>
        <location filename="../../app/ui/wall_view.py" line="298" />
        <source>Comparta una información, una experiencia o una pregunta con la red.</source>
        <translation>Share some information, an experience or a question with the network.</translation>
    </message>
    <message>
        <location filename="../../app/ui/wall_view.py" line="300" />
        <source>Adjuntar foto o documento…</source>
        <translation>Attach a photo or document…</translation>
    </message>
    <message>
        <location filename="../../app/ui/wall_view.py" line="303" />
        <source>Publicar</source>
        <translation>Post</translation>
    </message>
    <message>
        <location filename="../../app/ui/wall_view.py" line="349" />
        <source>Abrir archivo</source>
        <translation>Open file</translation>
    </message>
    <message>
        <location filename="../../app/ui/wall_view.py" line="351" />
        <source>Comentarios</source>
        <translation>Comments</translation>
    </message>
    <message>
        <location filename="../../app/ui/wall_view.py" line="370" />
        <source>Escriba un comentario. Se enviará al sincronizar.</source>
        <translation>Write a comment. It will be sent when you sync.</translation>
    </message>
    <message>
        <location filename="../../app/ui/wall_view.py" line="373" />
        <source>Comentar</source>
        <translation>Comment</translation>
    </message>
    <message>
        <location filename="../../app/ui/wall_view.py" line="426" />
        <source>Muro de la red</source>
        <translation>The network's wall</translation>
    </message>
    <message>
        <location filename="../../app/ui/wall_view.py" line="430" />
        <source>Elija una publicación para leerla completa y comentar.</source>
        <translation>Choose a post to read all of it and comment.</translation>
    </message>
    <message>
        <location filename="../../app/ui/wall_view.py" line="432" />
        <source>Todavía no hay publicaciones en este equipo. Escriba la primera, o sincronice para recibir las de la red.</source>
        <translation>There are no posts on this computer yet. Write the first one, or sync to receive the network's.</translation>
    </message>
    <message>
        <location filename="../../app/ui/wall_view.py" line="476" />
        <source>(pendiente de envío)</source>
        <translation>(waiting to be sent)</translation>
    </message>
    <message>
        <location filename="../../app/ui/wall_view.py" line="478" />
        <source>(no se publicó: %1 Su texto se conserva aquí para copiarlo.)</source>
        <translation>(not published: %1 Your text is kept here so you can copy it.)</translation>
    </message>
    <message>
        <location filename="../../app/ui/wall_view.py" line="482" />
        <source>Sin comentarios todavía.</source>
        <translation>No comments yet.</translation>
    </message>
    <message>
        <location filename="../../app/ui/wall_view.py" line="501" />
        <source>Edugestores reporta</source>
        <translation>Edugestores news</translation>
    </message>
    <message>
        <location filename="../../app/ui/wall_view.py" line="514" />
        <source>Pendiente de envío: se publicará en la próxima sincronización.</source>
        <translation>Waiting to be sent: it will be published at the next sync.</translation>
    </message>
    <message>
        <location filename="../../app/ui/wall_view.py" line="517" />
        <source>No se publicó: %1 Su texto se conserva aquí para copiarlo.</source>
        <translation>Not published: %1 Your text is kept here so you can copy it.</translation>
    </message>
    <message>
        <location filename="../../app/ui/wall_view.py" line="529" />
        <source>Ver foto</source>
        <translation>View photo</translation>
    </message>
    <message>
        <location filename="../../app/ui/wall_view.py" line="530" />
        <source>Abrir «%1»</source>
        <translation>Open “%1”</translation>
    </message>
    <message>
        <location filename="../../app/ui/wall_view.py" line="540" />
        <source>Adjuntar foto o documento</source>
        <translation>Attach a photo or document</translation>
    </message>
    <message>
        <location filename="../../app/ui/wall_view.py" line="545" />
        <source>Adjunto: %1</source>
        <translation>Attached: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/wall_view.py" line="582" />
        <source>No se pudo comentar</source>
        <translation>Could not comment</translation>
    </message>
    <message>
        <location filename="../../app/ui/wall_view.py" line="605" />
        <location filename="../../app/ui/wall_view.py" line="612" />
        <source>No se pudo abrir</source>
        <translation>Could not open</translation>
    </message>
</context>
<context>
    <name>WritingActions</name>
    <message>
        <location filename="../../app/ui/moderation.py" line="92" />
        <source>Esta publicación fue ocultada por la moderación de la red.</source>
        <translation>This post was hidden by the network's moderators.</translation>
    </message>
    <message>
        <location filename="../../app/ui/moderation.py" line="101" />
        <source>La moderación ocultó su publicación. Motivo: «%1». Usted la sigue viendo, pero el resto de la red ya no ve su texto.</source>
        <translation>The moderators hid your post. Reason: “%1”. You still see it, but the rest of the network no longer sees its text.</translation>
    </message>
    <message>
        <location filename="../../app/ui/moderation.py" line="104" />
        <source>Oculta por la moderación. Motivo: «%1». Solo su autor o autora y la moderación ven el texto.</source>
        <translation>Hidden by the moderators. Reason: “%1”. Only its author and the moderators see the text.</translation>
    </message>
    <message>
        <location filename="../../app/ui/moderation.py" line="107" />
        <source>sin motivo indicado</source>
        <translation>no reason given</translation>
    </message>
    <message>
        <location filename="../../app/ui/moderation.py" line="110" />
        <source>Edición pendiente de envío: se guardará en la próxima sincronización.</source>
        <translation>Edit waiting to be sent: it will be saved at the next sync.</translation>
    </message>
    <message>
        <location filename="../../app/ui/moderation.py" line="122" />
        <source>Su edición no se aplicó: mientras usted editaba sin conexión, esta publicación cambió desde otro equipo. Arriba está la versión que quedó en la red; la suya se guardó aquí:</source>
        <translation>Your edit was not applied: while you were editing offline, this post changed from another computer. Above is the version the network kept; yours was saved here:</translation>
    </message>
    <message>
        <location filename="../../app/ui/moderation.py" line="126" />
        <source>Su edición no se guardó: %1 Su texto se conserva aquí:</source>
        <translation>Your edit was not saved: %1 Your text is kept here:</translation>
    </message>
    <message>
        <location filename="../../app/ui/moderation.py" line="129" />
        <source>Copiar mi versión</source>
        <translation>Copy my version</translation>
    </message>
    <message>
        <location filename="../../app/ui/moderation.py" line="132" />
        <source>Usar mi versión…</source>
        <translation>Use my version…</translation>
    </message>
    <message>
        <location filename="../../app/ui/moderation.py" line="134" />
        <source>Descartar mi versión</source>
        <translation>Discard my version</translation>
    </message>
    <message>
        <location filename="../../app/ui/moderation.py" line="143" />
        <source>editado %1</source>
        <translation>edited %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/moderation.py" line="153" />
        <source>Editar</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location filename="../../app/ui/moderation.py" line="156" />
        <source>Reportado</source>
        <translation>Reported</translation>
    </message>
    <message>
        <location filename="../../app/ui/moderation.py" line="157" />
        <location filename="../../app/ui/moderation.py" line="236" />
        <source>Reportar</source>
        <translation>Report</translation>
    </message>
    <message>
        <location filename="../../app/ui/moderation.py" line="161" />
        <source>Volver a mostrar</source>
        <translation>Show again</translation>
    </message>
    <message>
        <location filename="../../app/ui/moderation.py" line="162" />
        <location filename="../../app/ui/moderation.py" line="247" />
        <source>Ocultar</source>
        <translation>Hide</translation>
    </message>
    <message>
        <location filename="../../app/ui/moderation.py" line="202" />
        <source>No se pudo completar</source>
        <translation>It could not be done</translation>
    </message>
    <message>
        <location filename="../../app/ui/moderation.py" line="222" />
        <source>Editar su publicación</source>
        <translation>Edit your post</translation>
    </message>
    <message>
        <location filename="../../app/ui/moderation.py" line="223" />
        <source>Puede editar sin conexión: el cambio se enviará en la próxima sincronización. Si mientras tanto la publicación cambia desde otro equipo, se conservará la versión de la red y la suya quedará guardada aquí para que decida.</source>
        <translation>You can edit offline: the change will be sent at the next sync. If meanwhile the post changes from another computer, the network's version is kept and yours is saved here for you to decide.</translation>
    </message>
    <message>
        <location filename="../../app/ui/moderation.py" line="227" />
        <source>Guardar cambios</source>
        <translation>Save changes</translation>
    </message>
    <message>
        <location filename="../../app/ui/moderation.py" line="232" />
        <source>Reportar a la moderación</source>
        <translation>Report to the moderators</translation>
    </message>
    <message>
        <location filename="../../app/ui/moderation.py" line="233" />
        <source>La moderación de la red revisará esta publicación. Solo quienes moderan sabrán que usted la reportó. Puede decir por qué (no es obligatorio).</source>
        <translation>The network's moderators will review this post. Only the moderators will know that you reported it. You may say why (optional).</translation>
    </message>
    <message>
        <location filename="../../app/ui/moderation.py" line="236" />
        <source>Por ejemplo: tiene datos personales de una estudiante.</source>
        <translation>For example: it has a student's personal data.</translation>
    </message>
    <message>
        <location filename="../../app/ui/moderation.py" line="243" />
        <source>Ocultar la publicación</source>
        <translation>Hide the post</translation>
    </message>
    <message>
        <location filename="../../app/ui/moderation.py" line="244" />
        <source>El resto de la red dejará de ver su texto en la próxima sincronización de cada equipo. Su autor o autora lo seguirá viendo, con el motivo que escriba aquí.</source>
        <translation>The rest of the network will stop seeing its text at each computer's next sync. Its author will still see it, with the reason you write here.</translation>
    </message>
    <message>
        <location filename="../../app/ui/moderation.py" line="247" />
        <source>Por ejemplo: contiene datos personales.</source>
        <translation>For example: it contains personal data.</translation>
    </message>
</context>
</TS>