<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="es" sourcelanguage="es">
<context>
    <name />
    <message>
        <location filename="../../app/ui/wall_view.py" line="35" />
        <source>Información</source>
        <translation>Información</translation>
    </message>
    <message>
        <location filename="../../app/ui/wall_view.py" line="35" />
        <source>Experiencia</source>
        <translation>Experiencia</translation>
    </message>
    <message>
        <location filename="../../app/ui/wall_view.py" line="36" />
        <source>Pregunta</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <location filename="../../app/ui/review_view.py" line="23" />
        <source>Mensaje en un foro o grupo</source>
        <translation>Mensaje en un foro o grupo</translation>
    </message>
    <message>
        <location filename="../../app/ui/review_view.py" line="23" />
        <source>Publicación del muro</source>
        <translation>Publicación del muro</translation>
    </message>
    <message>
        <location filename="../../app/ui/review_view.py" line="24" />
        <source>Comentario en el muro</source>
        <translation>Comentario en el muro</translation>
    </message>
    <message>
        <location filename="../../app/ui/review_view.py" line="25" />
        <source>Propuesta en un debate</source>
        <translation>Propuesta en un debate</translation>
    </message>
    <message>
        <location filename="../../app/ui/review_view.py" line="26" />
        <source>Argumento en un debate</source>
        <translation>Argumento en un debate</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory_view.py" line="31" />
        <source>Director(a) de IE</source>
        <translation>Director(a) de IE</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory_view.py" line="32" />
        <source>Subdirector(a) de IE</source>
        <translation>Subdirector(a) de IE</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory_view.py" line="33" />
        <source>Docente</source>
        <translation>Docente</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory_view.py" line="34" />
        <source>Especialista de UGEL</source>
        <translation>Especialista de UGEL</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory_view.py" line="35" />
        <source>Especialista de DRE</source>
        <translation>Especialista de DRE</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory_view.py" line="36" />
        <source>Formador(a)</source>
        <translation>Formador(a)</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory_view.py" line="37" />
        <source>Otro cargo</source>
        <translation>Otro cargo</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory_view.py" line="41" />
        <source>Prefiero no decirlo</source>
        <translation>Prefiero no decirlo</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory_view.py" line="41" />
        <source>Mujer</source>
        <translation>Mujer</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory_view.py" line="41" />
        <source>Hombre</source>
        <translation>Hombre</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory_view.py" line="42" />
        <source>Otro</source>
        <translation>Otro</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory_view.py" line="46" />
        <source>UGEL o institución</source>
        <translation>UGEL o institución</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory_view.py" line="46" />
        <source>Presentación</source>
        <translation>Presentación</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory_view.py" line="47" />
        <source>Teléfono</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory_view.py" line="47" />
        <source>Correo electrónico</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory_view.py" line="48" />
        <source>Género</source>
        <translation>Género</translation>
    </message>
</context>
<context>
    <name>CourseView</name>
    <message>
        <location filename="../../app/ui/course_view.py" line="140" />
        <source>Avisos del curso</source>
        <translation>Avisos del curso</translation>
    </message>
    <message>
        <location filename="../../app/ui/course_view.py" line="141" />
        <source>Publicar un aviso</source>
        <translation>Publicar un aviso</translation>
    </message>
    <message>
        <location filename="../../app/ui/course_view.py" line="157" />
        <source>Nuevo aviso para el curso</source>
        <translation>Nuevo aviso para el curso</translation>
    </message>
    <message>
        <location filename="../../app/ui/course_view.py" line="158" />
        <source>Por ejemplo: Cambio de fecha de la tarea 2</source>
        <translation>Por ejemplo: Cambio de fecha de la tarea 2</translation>
    </message>
    <message>
        <location filename="../../app/ui/course_view.py" line="159" />
        <source>Publicar aviso</source>
        <translation>Publicar aviso</translation>
    </message>
    <message>
        <location filename="../../app/ui/course_view.py" line="160" />
        <source>Puede escribir sin conexión: el aviso llegará a los participantes después de la próxima sincronización.</source>
        <translation>Puede escribir sin conexión: el aviso llegará a los participantes después de la próxima sincronización.</translation>
    </message>
    <message>
        <location filename="../../app/ui/course_view.py" line="179" />
        <location filename="../../app/ui/course_view.py" line="435" />
        <source>Marcar como completada</source>
        <translation>Marcar como completada</translation>
    </message>
    <message>
        <location filename="../../app/ui/course_view.py" line="202" />
        <location filename="../../app/ui/course_view.py" line="546" />
        <source>Entregar</source>
        <translation>Entregar</translation>
    </message>
    <message>
        <location filename="../../app/ui/course_view.py" line="208" />
        <source>Adjuntar archivo…</source>
        <translation>Adjuntar archivo…</translation>
    </message>
    <message>
        <location filename="../../app/ui/course_view.py" line="241" />
        <source>Calificación (por ejemplo: A, 16, Logrado)</source>
        <translation>Calificación (por ejemplo: A, 16, Logrado)</translation>
    </message>
    <message>
        <location filename="../../app/ui/course_view.py" line="243" />
        <location filename="../../app/ui/course_view.py" line="726" />
        <source>Devolver con comentarios</source>
        <translation>Devolver con comentarios</translation>
    </message>
    <message>
        <location filename="../../app/ui/course_view.py" line="246" />
        <source>Corregir comentarios</source>
        <translation>Corregir comentarios</translation>
    </message>
    <message>
        <location filename="../../app/ui/course_view.py" line="253" />
        <location filename="../../app/ui/course_view.py" line="785" />
        <source>Sí, devolver</source>
        <translation>Sí, devolver</translation>
    </message>
    <message>
        <location filename="../../app/ui/course_view.py" line="256" />
        <source>Seguir editando</source>
        <translation>Seguir editando</translation>
    </message>
    <message>
        <location filename="../../app/ui/course_view.py" line="297" />
        <source>Curso</source>
        <translation>Curso</translation>
    </message>
    <message>
        <location filename="../../app/ui/course_view.py" line="299" />
        <source>Todavía no hay un curso en este equipo. Si ya está inscrito, sincronice para recibirlo; si no, consulte a su formador o formadora.</source>
        <translation>Todavía no hay un curso en este equipo. Si ya está inscrito, sincronice para recibirlo; si no, consulte a su formador o formadora.</translation>
    </message>
    <message>
        <location filename="../../app/ui/course_view.py" line="333" />
        <source>Tarea: %1</source>
        <translation>Tarea: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/course_view.py" line="336" />
        <source>(%n por revisar)</source>
        <translation>
            <numerusform>(%n por revisar)</numerusform><numerusform>(%n por revisar)</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/ui/course_view.py" line="392" />
        <source>%1 de %2 lecciones completadas</source>
        <translation>%1 de %2 lecciones completadas</translation>
    </message>
    <message>
        <location filename="../../app/ui/course_view.py" line="398" />
        <source>Aún no hay avisos.</source>
        <translation>Aún no hay avisos.</translation>
    </message>
    <message>
        <location filename="../../app/ui/course_view.py" line="402" />
        <source>Pendiente de envío</source>
        <translation>Pendiente de envío</translation>
    </message>
    <message>
        <location filename="../../app/ui/course_view.py" line="410" />
        <source>Completada</source>
        <translation>Completada</translation>
    </message>
    <message>
        <location filename="../../app/ui/course_view.py" line="410" />
        <source>Leída</source>
        <translation>Leída</translation>
    </message>
    <message>
        <location filename="../../app/ui/course_view.py" line="411" />
        <source>Sin leer</source>
        <translation>Sin leer</translation>
    </message>
    <message>
        <location filename="../../app/ui/course_view.py" line="414" />
        <source>(en cola para enviar)</source>
        <translation>(en cola para enviar)</translation>
    </message>
    <message>
        <location filename="../../app/ui/course_view.py" line="415" />
        <source>(entregada)</source>
        <translation>(entregada)</translation>
    </message>
    <message>
        <location filename="../../app/ui/course_view.py" line="416" />
        <source>(devuelta con comentarios)</source>
        <translation>(devuelta con comentarios)</translation>
    </message>
    <message>
        <location filename="../../app/ui/course_view.py" line="417" />
        <source>(no aceptada)</source>
        <translation>(no aceptada)</translation>
    </message>
    <message>
        <location filename="../../app/ui/course_view.py" line="434" />
        <source>Lección completada</source>
        <translation>Lección completada</translation>
    </message>
    <message>
        <location filename="../../app/ui/course_view.py" line="454" />
        <source>dañado en el servidor: no se pudo recibir; pida que lo adjunten de nuevo</source>
        <translation>dañado en el servidor: no se pudo recibir; pida que lo adjunten de nuevo</translation>
    </message>
    <message>
        <location filename="../../app/ui/course_view.py" line="574" />
        <source>Entregue pronto: la fecha límite es %1.</source>
        <translation>Entregue pronto: la fecha límite es %1.</translation>
    </message>
    <message>
        <location filename="../../app/ui/course_view.py" line="579" />
        <source>Fecha límite: %1.</source>
        <translation>Fecha límite: %1.</translation>
    </message>
    <message>
        <location filename="../../app/ui/course_view.py" line="717" />
        <source>No llegó al participante</source>
        <translation>No llegó al participante</translation>
    </message>
    <message>
        <location filename="../../app/ui/course_view.py" line="732" />
        <source>Ya devolvió esta entrega. Si hace falta, puede corregir sus comentarios.</source>
        <translation>Ya devolvió esta entrega. Si hace falta, puede corregir sus comentarios.</translation>
    </message>
    <message>
        <location filename="../../app/ui/course_view.py" line="750" />
        <source>Enviar corrección</source>
        <translation>Enviar corrección</translation>
    </message>
    <message>
        <location filename="../../app/ui/course_view.py" line="751" />
        <source>El participante verá la nueva versión, marcada como corregida.</source>
        <translation>El participante verá la nueva versión, marcada como corregida.</translation>
    </message>
    <message>
        <location filename="../../app/ui/course_view.py" line="775" />
        <source>¿Enviar la corrección a %1? Verá la nueva versión en lugar de la anterior, marcada como corregida.</source>
        <translation>¿Enviar la corrección a %1? Verá la nueva versión en lugar de la anterior, marcada como corregida.</translation>
    </message>
    <message>
        <location filename="../../app/ui/course_view.py" line="778" />
        <source>¿Devolver la entrega de %1 con estos comentarios y la calificación %2? Después solo podrá enviar una corrección.</source>
        <translation>¿Devolver la entrega de %1 con estos comentarios y la calificación %2? Después solo podrá enviar una corrección.</translation>
    </message>
    <message>
        <location filename="../../app/ui/course_view.py" line="781" />
        <source>¿Devolver la entrega de %1 con estos comentarios, sin calificación? Después solo podrá enviar una corrección.</source>
        <translation>¿Devolver la entrega de %1 con estos comentarios, sin calificación? Después solo podrá enviar una corrección.</translation>
    </message>
    <message>
        <location filename="../../app/ui/course_view.py" line="784" />
        <source>Sí, enviar la corrección</source>
        <translation>Sí, enviar la corrección</translation>
    </message>
    <message>
        <location filename="../../app/ui/course_view.py" line="790" />
        <source>Sus comentarios para %1: qué logró, qué puede mejorar.</source>
        <translation>Sus comentarios para %1: qué logró, qué puede mejorar.</translation>
    </message>
    <message>
        <location filename="../../app/ui/course_view.py" line="792" />
        <source>Sus comentarios: qué logró, qué puede mejorar.</source>
        <translation>Sus comentarios: qué logró, qué puede mejorar.</translation>
    </message>
    <message>
        <location filename="../../app/ui/course_view.py" line="553" />
        <source>Calificación: %1</source>
        <translation>Calificación: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/course_view.py" line="199" />
        <source>Escriba aquí su trabajo. Se guarda automáticamente mientras escribe, aunque se apague la computadora.</source>
        <translation>Escriba aquí su trabajo. Se guarda automáticamente mientras escribe, aunque se apague la computadora.</translation>
    </message>
    <message>
        <location filename="../../app/ui/course_view.py" line="529" />
        <source>Lo que entregó</source>
        <translation>Lo que entregó</translation>
    </message>
    <message>
        <location filename="../../app/ui/course_view.py" line="545" />
        <source>Entregar de nuevo</source>
        <translation>Entregar de nuevo</translation>
    </message>
    <message>
        <location filename="../../app/ui/course_view.py" line="567" />
        <source>Sin fecha límite.</source>
        <translation>Sin fecha límite.</translation>
    </message>
    <message>
        <location filename="../../app/ui/course_view.py" line="569" />
        <source>La fecha límite ya pasó (%1).</source>
        <translation>La fecha límite ya pasó (%1).</translation>
    </message>
    <message>
        <location filename="../../app/ui/course_view.py" line="592" />
        <source>Entregada (%1). El servidor la recibió; espere los comentarios.</source>
        <translation>Entregada (%1). El servidor la recibió; espere los comentarios.</translation>
    </message>
    <message>
        <location filename="../../app/ui/course_view.py" line="597" />
        <source>Devuelta con comentarios. Esta tarea ya fue calificada: %1.</source>
        <translation>Devuelta con comentarios. Esta tarea ya fue calificada: %1.</translation>
    </message>
    <message>
        <location filename="../../app/ui/course_view.py" line="599" />
        <source>Devuelta con comentarios.</source>
        <translation>Devuelta con comentarios.</translation>
    </message>
    <message>
        <location filename="../../app/ui/course_view.py" line="601" />
        <source>Los comentarios fueron corregidos (%1).</source>
        <translation>Los comentarios fueron corregidos (%1).</translation>
    </message>
    <message>
        <location filename="../../app/ui/course_view.py" line="705" />
        <source>Entregada: %1</source>
        <translation>Entregada: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/course_view.py" line="571" />
        <source>El curso todavía acepta entregas tardías.</source>
        <translation>El curso todavía acepta entregas tardías.</translation>
    </message>
    <message>
        <location filename="../../app/ui/course_view.py" line="459" />
        <source>llegará al sincronizar</source>
        <translation>llegará al sincronizar</translation>
    </message>
    <message>
        <location filename="../../app/ui/course_view.py" line="462" />
        <source>quitar</source>
        <translation>quitar</translation>
    </message>
    <message>
        <location filename="../../app/ui/course_view.py" line="464" />
        <source>Archivos:</source>
        <translation>Archivos:</translation>
    </message>
    <message>
        <location filename="../../app/ui/course_view.py" line="485" />
        <source>El archivo «%1» llegará con la próxima sincronización.</source>
        <translation>El archivo «%1» llegará con la próxima sincronización.</translation>
    </message>
    <message>
        <location filename="../../app/ui/course_view.py" line="523" />
        <location filename="../../app/ui/course_view.py" line="714" />
        <source>Comentarios de %1</source>
        <translation>Comentarios de %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/course_view.py" line="524" />
        <source>su formador o formadora</source>
        <translation>su formador o formadora</translation>
    </message>
    <message>
        <location filename="../../app/ui/course_view.py" line="526" />
        <source>Instrucciones</source>
        <translation>Instrucciones</translation>
    </message>
    <message>
        <location filename="../../app/ui/course_view.py" line="557" />
        <source>corregida</source>
        <translation>corregida</translation>
    </message>
    <message>
        <location filename="../../app/ui/course_view.py" line="572" />
        <source>El curso ya no acepta entregas para esta tarea.</source>
        <translation>El curso ya no acepta entregas para esta tarea.</translation>
    </message>
    <message>
        <location filename="../../app/ui/course_view.py" line="588" />
        <source>Aún no ha entregado. Su borrador se guarda en este equipo.</source>
        <translation>Aún no ha entregado. Su borrador se guarda en este equipo.</translation>
    </message>
    <message>
        <location filename="../../app/ui/course_view.py" line="590" />
        <source>En cola: se enviará en la próxima sincronización.</source>
        <translation>En cola: se enviará en la próxima sincronización.</translation>
    </message>
    <message>
        <location filename="../../app/ui/course_view.py" line="594" />
        <source>Entregada.</source>
        <translation>Entregada.</translation>
    </message>
    <message>
        <location filename="../../app/ui/course_view.py" line="604" />
        <source>No fue aceptada: %1 Su texto se conserva abajo.</source>
        <translation>No fue aceptada: %1 Su texto se conserva abajo.</translation>
    </message>
    <message>
        <location filename="../../app/ui/course_view.py" line="614" />
        <source>Puede adjuntar fotos, documentos o audio (hasta el límite del curso).</source>
        <translation>Puede adjuntar fotos, documentos o audio (hasta el límite del curso).</translation>
    </message>
    <message>
        <location filename="../../app/ui/course_view.py" line="617" />
        <source>Adjuntar un archivo</source>
        <translation>Adjuntar un archivo</translation>
    </message>
    <message>
        <location filename="../../app/ui/course_view.py" line="625" />
        <source>Guardando una copia del archivo…</source>
        <translation>Guardando una copia del archivo…</translation>
    </message>
    <message>
        <location filename="../../app/ui/course_view.py" line="669" />
        <source>Por revisar</source>
        <translation>Por revisar</translation>
    </message>
    <message>
        <location filename="../../app/ui/course_view.py" line="670" />
        <source>Devuelta</source>
        <translation>Devuelta</translation>
    </message>
    <message>
        <location filename="../../app/ui/course_view.py" line="679" />
        <source>Todavía no hay entregas de esta tarea en este equipo.</source>
        <translation>Todavía no hay entregas de esta tarea en este equipo.</translation>
    </message>
    <message>
        <location filename="../../app/ui/course_view.py" line="559" />
        <source>pendiente de envío</source>
        <translation>pendiente de envío</translation>
    </message>
    <message>
        <location filename="../../app/ui/course_view.py" line="712" />
        <source>Sus comentarios</source>
        <translation>Sus comentarios</translation>
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
        <translation>Propuestas de la red</translation>
    </message>
    <message>
        <location filename="../../app/ui/debates_view.py" line="107" />
        <source>Debates de la red</source>
        <translation>Debates de la red</translation>
    </message>
    <message>
        <location filename="../../app/ui/debates_view.py" line="112" />
        <source>Nuevo debate…</source>
        <translation>Nuevo debate…</translation>
    </message>
    <message>
        <location filename="../../app/ui/debates_view.py" line="128" />
        <source>Exportar PDF…</source>
        <translation>Exportar PDF…</translation>
    </message>
    <message>
        <location filename="../../app/ui/debates_view.py" line="136" />
        <location filename="../../app/ui/debates_view.py" line="399" />
        <location filename="../../app/ui/debates_view.py" line="457" />
        <source>Respaldar</source>
        <translation>Respaldar</translation>
    </message>
    <message>
        <location filename="../../app/ui/debates_view.py" line="141" />
        <source>Nueva propuesta</source>
        <translation>Nueva propuesta</translation>
    </message>
    <message>
        <location filename="../../app/ui/debates_view.py" line="142" />
        <source>Argumento a favor</source>
        <translation>Argumento a favor</translation>
    </message>
    <message>
        <location filename="../../app/ui/debates_view.py" line="143" />
        <source>Argumento en contra</source>
        <translation>Argumento en contra</translation>
    </message>
    <message>
        <location filename="../../app/ui/debates_view.py" line="146" />
        <source>Título de su propuesta</source>
        <translation>Título de su propuesta</translation>
    </message>
    <message>
        <location filename="../../app/ui/debates_view.py" line="150" />
        <source>Escriba aquí. Se guarda mientras escribe y se enviará al sincronizar.</source>
        <translation>Escriba aquí. Se guarda mientras escribe y se enviará al sincronizar.</translation>
    </message>
    <message>
        <location filename="../../app/ui/debates_view.py" line="153" />
        <source>Publicar</source>
        <translation>Publicar</translation>
    </message>
    <message>
        <location filename="../../app/ui/debates_view.py" line="191" />
        <source>Título de la propuesta de la red</source>
        <translation>Título de la propuesta de la red</translation>
    </message>
    <message>
        <location filename="../../app/ui/debates_view.py" line="194" />
        <source>Síntesis del debate: qué se propuso, en qué hubo acuerdo</source>
        <translation>Síntesis del debate: qué se propuso, en qué hubo acuerdo</translation>
    </message>
    <message>
        <location filename="../../app/ui/debates_view.py" line="198" />
        <source>La propuesta que la red presenta a las autoridades</source>
        <translation>La propuesta que la red presenta a las autoridades</translation>
    </message>
    <message>
        <location filename="../../app/ui/debates_view.py" line="201" />
        <source>Publicar la propuesta de la red</source>
        <translation>Publicar la propuesta de la red</translation>
    </message>
    <message>
        <location filename="../../app/ui/debates_view.py" line="247" />
        <source>Publicada el %1</source>
        <translation>Publicada el %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/debates_view.py" line="251" />
        <source>Abierto hasta el %1</source>
        <translation>Abierto hasta el %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/debates_view.py" line="255" />
        <source>Cerrado · propuesta publicada</source>
        <translation>Cerrado · propuesta publicada</translation>
    </message>
    <message>
        <location filename="../../app/ui/debates_view.py" line="256" />
        <source>Cerrado el %1</source>
        <translation>Cerrado el %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/debates_view.py" line="258" />
        <location filename="../../app/ui/debates_view.py" line="389" />
        <source>Pendiente: se enviará al sincronizar.</source>
        <translation>Pendiente: se enviará al sincronizar.</translation>
    </message>
    <message>
        <location filename="../../app/ui/debates_view.py" line="312" />
        <source>Aún no hay debates. Llegarán con la próxima sincronización.</source>
        <translation>Aún no hay debates. Llegarán con la próxima sincronización.</translation>
    </message>
    <message>
        <location filename="../../app/ui/debates_view.py" line="321" />
        <source>Abierto del %1 al %2</source>
        <translation>Abierto del %1 al %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/debates_view.py" line="322" />
        <source>Estuvo abierto del %1 al %2</source>
        <translation>Estuvo abierto del %1 al %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/debates_view.py" line="334" />
        <source>El debate cerró. La síntesis y la propuesta de la red se publicarán aquí.</source>
        <translation>El debate cerró. La síntesis y la propuesta de la red se publicarán aquí.</translation>
    </message>
    <message>
        <location filename="../../app/ui/debates_view.py" line="338" />
        <source>Todavía no hay propuestas. Puede escribir la primera.</source>
        <translation>Todavía no hay propuestas. Puede escribir la primera.</translation>
    </message>
    <message>
        <location filename="../../app/ui/debates_view.py" line="367" />
        <source>Edugestores propone</source>
        <translation>Edugestores propone</translation>
    </message>
    <message>
        <location filename="../../app/ui/debates_view.py" line="368" />
        <source>Síntesis del debate</source>
        <translation>Síntesis del debate</translation>
    </message>
    <message>
        <location filename="../../app/ui/debates_view.py" line="369" />
        <source>Copiar texto</source>
        <translation>Copiar texto</translation>
    </message>
    <message>
        <location filename="../../app/ui/debates_view.py" line="369" />
        <source>Descartar</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <location filename="../../app/ui/debates_view.py" line="370" />
        <source>Argumentar a favor</source>
        <translation>Argumentar a favor</translation>
    </message>
    <message>
        <location filename="../../app/ui/debates_view.py" line="371" />
        <source>Argumentar en contra</source>
        <translation>Argumentar en contra</translation>
    </message>
    <message>
        <location filename="../../app/ui/debates_view.py" line="376" />
        <source>El debate ya cerró el %1; su texto sigue guardado aquí para que lo copie.</source>
        <translation>El debate ya cerró el %1; su texto sigue guardado aquí para que lo copie.</translation>
    </message>
    <message>
        <location filename="../../app/ui/debates_view.py" line="383" />
        <source>%1 · propuesta de %2</source>
        <translation>%1 · propuesta de %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/debates_view.py" line="384" />
        <location filename="../../app/ui/debates_view.py" line="416" />
        <source>usted</source>
        <translation>usted</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/debates_view.py" line="385" />
        <source>%n respaldos</source>
        <translation>
            <numerusform>%n respaldo</numerusform><numerusform>%n respaldos</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/ui/debates_view.py" line="399" />
        <location filename="../../app/ui/debates_view.py" line="456" />
        <source>Retirar respaldo</source>
        <translation>Retirar respaldo</translation>
    </message>
    <message>
        <location filename="../../app/ui/debates_view.py" line="408" />
        <source>Su respaldo se enviará al sincronizar.</source>
        <translation>Su respaldo se enviará al sincronizar.</translation>
    </message>
    <message>
        <location filename="../../app/ui/debates_view.py" line="409" />
        <source>El retiro de su respaldo se enviará al sincronizar.</source>
        <translation>El retiro de su respaldo se enviará al sincronizar.</translation>
    </message>
    <message>
        <location filename="../../app/ui/debates_view.py" line="412" />
        <source>Su respaldo no se registró: el debate ya había cerrado.</source>
        <translation>Su respaldo no se registró: el debate ya había cerrado.</translation>
    </message>
    <message>
        <location filename="../../app/ui/debates_view.py" line="417" />
        <source>A favor</source>
        <translation>A favor</translation>
    </message>
    <message>
        <location filename="../../app/ui/debates_view.py" line="417" />
        <source>En contra</source>
        <translation>En contra</translation>
    </message>
    <message>
        <location filename="../../app/ui/debates_view.py" line="428" />
        <source>pendiente</source>
        <translation>pendiente</translation>
    </message>
    <message>
        <location filename="../../app/ui/debates_view.py" line="468" />
        <source>No se pudo respaldar</source>
        <translation>No se pudo respaldar</translation>
    </message>
    <message>
        <location filename="../../app/ui/debates_view.py" line="470" />
        <location filename="../../app/ui/debates_view.py" line="569" />
        <source>Listo. Se enviará al sincronizar.</source>
        <translation>Listo. Se enviará al sincronizar.</translation>
    </message>
    <message>
        <location filename="../../app/ui/debates_view.py" line="494" />
        <source>Texto copiado.</source>
        <translation>Texto copiado.</translation>
    </message>
    <message>
        <location filename="../../app/ui/debates_view.py" line="561" />
        <location filename="../../app/ui/debates_view.py" line="626" />
        <source>No se pudo publicar</source>
        <translation>No se pudo publicar</translation>
    </message>
    <message>
        <location filename="../../app/ui/debates_view.py" line="610" />
        <location filename="../../app/ui/debates_view.py" line="628" />
        <source>La propuesta de la red se publicará al sincronizar.</source>
        <translation>La propuesta de la red se publicará al sincronizar.</translation>
    </message>
    <message>
        <location filename="../../app/ui/debates_view.py" line="639" />
        <source>propuesta</source>
        <translation>propuesta</translation>
    </message>
    <message>
        <location filename="../../app/ui/debates_view.py" line="640" />
        <source>Guardar la propuesta</source>
        <translation>Guardar la propuesta</translation>
    </message>
    <message>
        <location filename="../../app/ui/debates_view.py" line="641" />
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../app/ui/debates_view.py" line="648" />
        <source>No se pudo guardar</source>
        <translation>No se pudo guardar</translation>
    </message>
    <message>
        <location filename="../../app/ui/debates_view.py" line="649" />
        <source>No se pudo guardar el PDF en ese lugar. Elija otra carpeta, por ejemplo Documentos.</source>
        <translation>No se pudo guardar el PDF en ese lugar. Elija otra carpeta, por ejemplo Documentos.</translation>
    </message>
    <message>
        <location filename="../../app/ui/debates_view.py" line="652" />
        <source>PDF guardado: %1</source>
        <translation>PDF guardado: %1</translation>
    </message>
</context>
<context>
    <name>DirectoryView</name>
    <message>
        <location filename="../../app/ui/directory_view.py" line="202" />
        <source>Directorio de miembros</source>
        <translation>Directorio de miembros</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory_view.py" line="204" />
        <source>Mi perfil…</source>
        <translation>Mi perfil…</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory_view.py" line="208" />
        <source>Buscar por nombre</source>
        <translation>Buscar por nombre</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory_view.py" line="274" />
        <source>Todas las regiones</source>
        <translation>Todas las regiones</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory_view.py" line="276" />
        <source>Todos los cargos</source>
        <translation>Todos los cargos</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/directory_view.py" line="291" />
        <location filename="../../app/ui/directory_view.py" line="298" />
        <source>%n miembros</source>
        <translation>
            <numerusform>%n miembro</numerusform><numerusform>%n miembros</numerusform></translation>
    </message>
</context>
<context>
    <name>EnrolDialog</name>
    <message>
        <location filename="../../app/ui/enrolment.py" line="27" />
        <source>Escribir de nuevo el código de inscripción</source>
        <translation>Escribir de nuevo el código de inscripción</translation>
    </message>
    <message>
        <location filename="../../app/ui/enrolment.py" line="28" />
        <source>Empezar sin internet</source>
        <translation>Empezar sin internet</translation>
    </message>
    <message>
        <location filename="../../app/ui/enrolment.py" line="31" />
        <source>Escriba el usuario y el código de inscripción que le dio su formador o formadora en papel. Podrá leer el curso y escribir sus tareas y mensajes sin internet; cuando entregue sus envíos en la memoria USB, el servidor confirmará su cuenta.</source>
        <translation>Escriba el usuario y el código de inscripción que le dio su formador o formadora en papel. Podrá leer el curso y escribir sus tareas y mensajes sin internet; cuando entregue sus envíos en la memoria USB, el servidor confirmará su cuenta.</translation>
    </message>
    <message>
        <location filename="../../app/ui/enrolment.py" line="35" />
        <source>por ejemplo: rosa.quispe</source>
        <translation>por ejemplo: rosa.quispe</translation>
    </message>
    <message>
        <location filename="../../app/ui/enrolment.py" line="44" />
        <source>Usuario</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <location filename="../../app/ui/enrolment.py" line="45" />
        <source>Código de inscripción</source>
        <translation>Código de inscripción</translation>
    </message>
    <message>
        <location filename="../../app/ui/enrolment.py" line="46" />
        <source>Contraseña</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <location filename="../../app/ui/enrolment.py" line="47" />
        <source>Repita la contraseña</source>
        <translation>Repita la contraseña</translation>
    </message>
    <message>
        <location filename="../../app/ui/enrolment.py" line="49" />
        <source>Use la contraseña de su cuenta, la misma del papel: con ella se abre Minka en esta computadora y, más adelante, ingresará por internet.</source>
        <translation>Use la contraseña de su cuenta, la misma del papel: con ella se abre Minka en esta computadora y, más adelante, ingresará por internet.</translation>
    </message>
    <message>
        <location filename="../../app/ui/enrolment.py" line="53" />
        <source>Empezar</source>
        <translation>Empezar</translation>
    </message>
</context>
<context>
    <name>Fechas</name>
    <message>
        <location filename="../../app/ui/timefmt.py" line="31" />
        <source>hoy, %1</source>
        <translation>hoy, %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/timefmt.py" line="33" />
        <source>ayer, %1</source>
        <translation>ayer, %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/timefmt.py" line="35" />
        <source>mañana, %1</source>
        <translation>mañana, %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/timefmt.py" line="37" />
        <location filename="../../app/ui/debate_pdf.py" line="24" />
        <source>d 'de' MMMM 'de' yyyy</source>
        <translation>d 'de' MMMM 'de' yyyy</translation>
    </message>
    <message>
        <location filename="../../app/ui/timefmt.py" line="43" />
        <location filename="../../app/ui/debate_pdf.py" line="25" />
        <source>%1 (hora del Perú)</source>
        <translation>%1 (hora del Perú)</translation>
    </message>
</context>
<context>
    <name>ForumsView</name>
    <message>
        <location filename="../../app/ui/forums_view.py" line="269" />
        <source>Foros</source>
        <translation>Foros</translation>
    </message>
    <message>
        <location filename="../../app/ui/forums_view.py" line="269" />
        <source>Grupos</source>
        <translation>Grupos</translation>
    </message>
    <message>
        <location filename="../../app/ui/forums_view.py" line="281" />
        <source>Miembros…</source>
        <translation>Miembros…</translation>
    </message>
    <message>
        <location filename="../../app/ui/forums_view.py" line="293" />
        <source>Temas</source>
        <translation>Temas</translation>
    </message>
    <message>
        <location filename="../../app/ui/forums_view.py" line="295" />
        <source>Nuevo tema</source>
        <translation>Nuevo tema</translation>
    </message>
    <message>
        <location filename="../../app/ui/forums_view.py" line="306" />
        <source>Documentos del grupo</source>
        <translation>Documentos del grupo</translation>
    </message>
    <message>
        <location filename="../../app/ui/forums_view.py" line="314" />
        <source>Doble clic para abrir un documento.</source>
        <translation>Doble clic para abrir un documento.</translation>
    </message>
    <message>
        <location filename="../../app/ui/forums_view.py" line="315" />
        <source>Compartir documento…</source>
        <translation>Compartir documento…</translation>
    </message>
    <message>
        <location filename="../../app/ui/forums_view.py" line="318" />
        <source>Proponer al repositorio…</source>
        <translation>Proponer al repositorio…</translation>
    </message>
    <message>
        <location filename="../../app/ui/forums_view.py" line="320" />
        <source>Proponga el documento elegido, producto final del grupo, para el repositorio de la red. Un formador o formadora lo revisará.</source>
        <translation>Proponga el documento elegido, producto final del grupo, para el repositorio de la red. Un formador o formadora lo revisará.</translation>
    </message>
    <message>
        <location filename="../../app/ui/forums_view.py" line="343" />
        <location filename="../../app/ui/forums_view.py" line="497" />
        <source>Escriba su respuesta. Se guarda mientras escribe y se enviará al sincronizar.</source>
        <translation>Escriba su respuesta. Se guarda mientras escribe y se enviará al sincronizar.</translation>
    </message>
    <message>
        <location filename="../../app/ui/forums_view.py" line="347" />
        <source>Publicar respuesta</source>
        <translation>Publicar respuesta</translation>
    </message>
    <message>
        <location filename="../../app/ui/forums_view.py" line="350" />
        <source>Responder al tema</source>
        <translation>Responder al tema</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/forums_view.py" line="392" />
        <source>%n temas</source>
        <translation>
            <numerusform>%n tema</numerusform><numerusform>%n temas</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/ui/forums_view.py" line="406" />
        <source>Todavía no pertenece a ningún grupo. Cuando un formador o formadora le añada a uno, llegará con su historia en la próxima sincronización.</source>
        <translation>Todavía no pertenece a ningún grupo. Cuando un formador o formadora le añada a uno, llegará con su historia en la próxima sincronización.</translation>
    </message>
    <message>
        <location filename="../../app/ui/forums_view.py" line="409" />
        <source>Todavía no hay foros en este equipo. Sincronice para recibirlos.</source>
        <translation>Todavía no hay foros en este equipo. Sincronice para recibirlos.</translation>
    </message>
    <message>
        <location filename="../../app/ui/forums_view.py" line="429" />
        <source>pendiente de envío</source>
        <translation>pendiente de envío</translation>
    </message>
    <message>
        <location filename="../../app/ui/forums_view.py" line="431" />
        <source>no aceptado por el servidor</source>
        <translation>no aceptado por el servidor</translation>
    </message>
    <message>
        <location filename="../../app/ui/forums_view.py" line="437" />
        <source>Todavía no hay documentos.</source>
        <translation>Todavía no hay documentos.</translation>
    </message>
    <message>
        <location filename="../../app/ui/forums_view.py" line="441" />
        <source>(saldrá al sincronizar)</source>
        <translation>(saldrá al sincronizar)</translation>
    </message>
    <message>
        <location filename="../../app/ui/forums_view.py" line="443" />
        <source>(entrará al sincronizar)</source>
        <translation>(entrará al sincronizar)</translation>
    </message>
    <message>
        <location filename="../../app/ui/forums_view.py" line="445" />
        <source>(cambio no aceptado: %1)</source>
        <translation>(cambio no aceptado: %1)</translation>
    </message>
    <message>
        <location filename="../../app/ui/forums_view.py" line="449" />
        <source>Miembros: %1</source>
        <translation>Miembros: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/forums_view.py" line="499" />
        <source>Elija un tema de la lista para responder.</source>
        <translation>Elija un tema de la lista para responder.</translation>
    </message>
    <message>
        <location filename="../../app/ui/forums_view.py" line="500" />
        <source>Este tema está cerrado: ya no recibe respuestas.</source>
        <translation>Este tema está cerrado: ya no recibe respuestas.</translation>
    </message>
    <message>
        <location filename="../../app/ui/forums_view.py" line="503" />
        <source>Elija un tema de la lista para leerlo y responder.</source>
        <translation>Elija un tema de la lista para leerlo y responder.</translation>
    </message>
    <message>
        <location filename="../../app/ui/forums_view.py" line="521" />
        <source>Abriendo el tema…</source>
        <translation>Abriendo el tema…</translation>
    </message>
    <message>
        <location filename="../../app/ui/forums_view.py" line="558" />
        <source>Este tema está cerrado: se puede leer, pero ya no recibe respuestas.</source>
        <translation>Este tema está cerrado: se puede leer, pero ya no recibe respuestas.</translation>
    </message>
    <message>
        <location filename="../../app/ui/forums_view.py" line="569" />
        <source>en respuesta a %1</source>
        <translation>en respuesta a %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/forums_view.py" line="575" />
        <source>Pendiente de envío: se publicará en la próxima sincronización.</source>
        <translation>Pendiente de envío: se publicará en la próxima sincronización.</translation>
    </message>
    <message>
        <location filename="../../app/ui/forums_view.py" line="578" />
        <source>No se pudo publicar: %1</source>
        <translation>No se pudo publicar: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/forums_view.py" line="580" />
        <source>Copiar el texto</source>
        <translation>Copiar el texto</translation>
    </message>
    <message>
        <location filename="../../app/ui/forums_view.py" line="584" />
        <source>Responder a este mensaje</source>
        <translation>Responder a este mensaje</translation>
    </message>
    <message>
        <location filename="../../app/ui/forums_view.py" line="618" />
        <source>Texto copiado. Puede pegarlo en una nueva respuesta o en otro tema.</source>
        <translation>Texto copiado. Puede pegarlo en una nueva respuesta o en otro tema.</translation>
    </message>
    <message>
        <location filename="../../app/ui/forums_view.py" line="628" />
        <source>Respondiendo a %1</source>
        <translation>Respondiendo a %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/forums_view.py" line="631" />
        <source>Su respuesta al tema</source>
        <translation>Su respuesta al tema</translation>
    </message>
    <message>
        <location filename="../../app/ui/forums_view.py" line="650" />
        <source>No se pudo publicar</source>
        <translation>No se pudo publicar</translation>
    </message>
    <message>
        <location filename="../../app/ui/forums_view.py" line="717" />
        <source>No se pudo cambiar</source>
        <translation>No se pudo cambiar</translation>
    </message>
    <message>
        <location filename="../../app/ui/forums_view.py" line="742" />
        <source>No se pudo abrir el documento</source>
        <translation>No se pudo abrir el documento</translation>
    </message>
    <message>
        <location filename="../../app/ui/forums_view.py" line="759" />
        <source>Todavía no se puede proponer</source>
        <translation>Todavía no se puede proponer</translation>
    </message>
    <message>
        <location filename="../../app/ui/forums_view.py" line="780" />
        <source>Compartir documento</source>
        <translation>Compartir documento</translation>
    </message>
    <message>
        <location filename="../../app/ui/forums_view.py" line="794" />
        <location filename="../../app/ui/forums_view.py" line="797" />
        <source>No se pudo compartir</source>
        <translation>No se pudo compartir</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../../app/ui/pages.py" line="40" />
        <source>Edugestores reporta</source>
        <translation>Edugestores reporta</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages.py" line="42" />
        <source>Novedades desde su última sincronización</source>
        <translation>Novedades desde su última sincronización</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages.py" line="45" />
        <source>Edugestores destacados</source>
        <translation>Edugestores destacados</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages.py" line="48" />
        <source>Conversaciones recientes</source>
        <translation>Conversaciones recientes</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages.py" line="117" />
        <source>Edugestores propone: propuestas de la red</source>
        <translation>Edugestores propone: propuestas de la red</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages.py" line="125" />
        <source>Buenos días, %1</source>
        <translation>Buenos días, %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages.py" line="126" />
        <source>Buenas tardes, %1</source>
        <translation>Buenas tardes, %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages.py" line="127" />
        <source>Buenas noches, %1</source>
        <translation>Buenas noches, %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/pages.py" line="132" />
        <source>Tiene %n escritos esperando para enviarse. Se enviarán automáticamente cuando haya conexión.</source>
        <translation>
            <numerusform>Tiene %n escrito esperando para enviarse. Se enviará automáticamente cuando haya conexión.</numerusform><numerusform>Tiene %n escritos esperando para enviarse. Se enviarán automáticamente cuando haya conexión.</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages.py" line="135" />
        <source>Todo lo que escribió ya está enviado.</source>
        <translation>Todo lo que escribió ya está enviado.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages.py" line="137" />
        <source>Última sincronización: %1.</source>
        <translation>Última sincronización: %1.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages.py" line="140" />
        <source>Aún no ha sincronizado en este equipo.</source>
        <translation>Aún no ha sincronizado en este equipo.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages.py" line="146" />
        <source>Todavía no hay conversaciones en este equipo. Cuando sincronice, aquí verá lo último de los foros.</source>
        <translation>Todavía no hay conversaciones en este equipo. Cuando sincronice, aquí verá lo último de los foros.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages.py" line="164" />
        <source>Su formador o formadora</source>
        <translation>Su formador o formadora</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages.py" line="165" />
        <source>%1 corrigió los comentarios de su %2</source>
        <translation>%1 corrigió los comentarios de su %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages.py" line="166" />
        <source>%1 devolvió su %2 con comentarios</source>
        <translation>%1 devolvió su %2 con comentarios</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages.py" line="176" />
        <source>Nueva lección</source>
        <translation>Nueva lección</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages.py" line="176" />
        <source>Comentarios a su tarea</source>
        <translation>Comentarios a su tarea</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages.py" line="177" />
        <source>Respuesta a su tema</source>
        <translation>Respuesta a su tema</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages.py" line="178" />
        <source>Comentario a su publicación</source>
        <translation>Comentario a su publicación</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages.py" line="179" />
        <source>Nuevo documento</source>
        <translation>Nuevo documento</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages.py" line="179" />
        <source>Noticia</source>
        <translation>Noticia</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages.py" line="180" />
        <source>En su grupo</source>
        <translation>En su grupo</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages.py" line="180" />
        <source>Documento de su grupo</source>
        <translation>Documento de su grupo</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages.py" line="181" />
        <source>En el muro</source>
        <translation>En el muro</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages.py" line="181" />
        <source>Debate por cerrar</source>
        <translation>Debate por cerrar</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages.py" line="182" />
        <source>Encuesta por responder</source>
        <translation>Encuesta por responder</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages.py" line="183" />
        <source>Novedad</source>
        <translation>Novedad</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages.py" line="203" />
        <source>Nada nuevo desde su última sincronización.</source>
        <translation>Nada nuevo desde su última sincronización.</translation>
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
        <translation>Inicio</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="81" />
        <source>Curso</source>
        <translation>Curso</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="81" />
        <source>Repositorio</source>
        <translation>Repositorio</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="82" />
        <source>Foros</source>
        <translation>Foros</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="82" />
        <source>Grupos</source>
        <translation>Grupos</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="82" />
        <source>Debates</source>
        <translation>Debates</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="83" />
        <source>Muro</source>
        <translation>Muro</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="83" />
        <source>Directorio</source>
        <translation>Directorio</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="83" />
        <source>Encuestas</source>
        <translation>Encuestas</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="84" />
        <source>Estadísticas</source>
        <translation>Estadísticas</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="84" />
        <location filename="../../app/ui/main_window.py" line="467" />
        <source>Revisar</source>
        <translation>Revisar</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="94" />
        <source>Abriendo…</source>
        <translation>Abriendo…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="121" />
        <location filename="../../app/ui/main_window.py" line="313" />
        <location filename="../../app/ui/main_window.py" line="616" />
        <source>Sincronizar ahora</source>
        <translation>Sincronizar ahora</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="157" />
        <source>Minka</source>
        <translation>Minka</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="158" />
        <source>No se pudieron abrir sus datos en esta computadora. Cierre otras ventanas de Minka y vuelva a abrirlo; si el problema sigue, pida ayuda a su formador o formadora.</source>
        <translation>No se pudieron abrir sus datos en esta computadora. Cierre otras ventanas de Minka y vuelva a abrirlo; si el problema sigue, pida ayuda a su formador o formadora.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="312" />
        <source>&amp;Minka</source>
        <translation>&amp;Minka</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="325" />
        <source>Historial de sincronización…</source>
        <translation>Historial de sincronización…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="328" />
        <source>Importar desde USB…</source>
        <translation>Importar desde USB…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="331" />
        <source>Llevar mis envíos en USB…</source>
        <translation>Llevar mis envíos en USB…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="334" />
        <source>Entregar envíos de colegas…</source>
        <translation>Entregar envíos de colegas…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="342" />
        <source>Preparar paquetes de regreso…</source>
        <translation>Preparar paquetes de regreso…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="348" />
        <source>Escribir de nuevo el código de inscripción…</source>
        <translation>Escribir de nuevo el código de inscripción…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="353" />
        <source>Recibir paquete de regreso…</source>
        <translation>Recibir paquete de regreso…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="356" />
        <location filename="../../app/ui/main_window.py" line="840" />
        <source>Idioma</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="364" />
        <source>Cambiar de persona…</source>
        <translation>Cambiar de persona…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="367" />
        <source>Salir</source>
        <translation>Salir</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="466" />
        <source>Revisar (%1)</source>
        <translation>Revisar (%1)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="472" />
        <source>Última sincronización: %1</source>
        <translation>Última sincronización: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="473" />
        <source>Aún no ha sincronizado</source>
        <translation>Aún no ha sincronizado</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/main_window.py" line="476" />
        <source>%n escritos pendientes de envío</source>
        <translation>
            <numerusform>%n escrito pendiente de envío</numerusform><numerusform>%n escritos pendientes de envío</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="478" />
        <source>Su avance en el curso se enviará al sincronizar</source>
        <translation>Su avance en el curso se enviará al sincronizar</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="481" />
        <source>Nada pendiente de envío</source>
        <translation>Nada pendiente de envío</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="484" />
        <source>La fecha u hora de esta computadora no coincide con la del servidor. Minka usa la hora del servidor para ordenar los mensajes, pero conviene corregirla.</source>
        <translation>La fecha u hora de esta computadora no coincide con la del servidor. Minka usa la hora del servidor para ordenar los mensajes, pero conviene corregirla.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="488" />
        <source>revise la hora del equipo</source>
        <translation>revise la hora del equipo</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="507" />
        <source>La zona horaria de esta computadora (%1) no es la del Perú (UTC−05:00). Las fechas límite se muestran en hora del Perú; si está en el Perú, conviene corregir la zona horaria de la computadora.</source>
        <translation>La zona horaria de esta computadora (%1) no es la del Perú (UTC−05:00). Las fechas límite se muestran en hora del Perú; si está en el Perú, conviene corregir la zona horaria de la computadora.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="513" />
        <source>Sincronizando…</source>
        <translation>Sincronizando…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="521" />
        <source>Conexión inestable, reintentando…</source>
        <translation>Conexión inestable, reintentando…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="529" />
        <source>Archivo %1: %2 de %3</source>
        <translation>Archivo %1: %2 de %3</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="540" />
        <source>%1 enviados · %2 recibidos</source>
        <translation>%1 enviados · %2 recibidos</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="553" />
        <location filename="../../app/ui/main_window.py" line="619" />
        <source>Conectado</source>
        <translation>Conectado</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="557" />
        <source>Sincronización completa: %1 enviados, %2 recibidos (%3).</source>
        <translation>Sincronización completa: %1 enviados, %2 recibidos (%3).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/main_window.py" line="561" />
        <source>%n escritos no se pudieron publicar; verá el motivo junto a cada uno.</source>
        <translation>
            <numerusform>%n escrito no se pudo publicar; verá el motivo junto a él.</numerusform><numerusform>%n escritos no se pudieron publicar; verá el motivo junto a cada uno.</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="564" />
        <source>No se pudo recibir «%1»: el archivo está dañado en el servidor. Lo demás se sincronizó; pida a quien lo envió que lo adjunte de nuevo.</source>
        <translation>No se pudo recibir «%1»: el archivo está dañado en el servidor. Lo demás se sincronizó; pida a quien lo envió que lo adjunte de nuevo.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="569" />
        <source>Paquetes de regreso listos para: %1 (menú «Preparar paquetes de regreso…»).</source>
        <translation>Paquetes de regreso listos para: %1 (menú «Preparar paquetes de regreso…»).</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="573" />
        <source>Se entregaron los envíos de: %1.</source>
        <translation>Se entregaron los envíos de: %1.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="587" />
        <location filename="../../app/ui/main_window.py" line="620" />
        <source>Sin conexión</source>
        <translation>Sin conexión</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="588" />
        <source>No se pudo sincronizar</source>
        <translation>No se pudo sincronizar</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="603" />
        <source>Esta sincronización no se completó: no se pudo llegar al servidor. Lo que escribió sigue guardado en este equipo.</source>
        <translation>Esta sincronización no se completó: no se pudo llegar al servidor. Lo que escribió sigue guardado en este equipo.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="606" />
        <source>Pulse «Sincronizar ahora» cuando tenga conexión.</source>
        <translation>Pulse «Sincronizar ahora» cuando tenga conexión.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/main_window.py" line="608" />
        <source>Minka lo intentará de nuevo automáticamente en %n segundos.</source>
        <translation>
            <numerusform>Minka lo intentará de nuevo automáticamente en %n segundo.</numerusform><numerusform>Minka lo intentará de nuevo automáticamente en %n segundos.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/main_window.py" line="610" />
        <source>Minka lo intentará de nuevo automáticamente en %n minutos.</source>
        <translation>
            <numerusform>Minka lo intentará de nuevo automáticamente en %n minuto.</numerusform><numerusform>Minka lo intentará de nuevo automáticamente en %n minutos.</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="634" />
        <source>Vuelva a ingresar</source>
        <translation>Vuelva a ingresar</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="622" />
        <source>Puede seguir leyendo y escribiendo. Minka enviará todo cuando vuelva la conexión.</source>
        <translation>Puede seguir leyendo y escribiendo. Minka enviará todo cuando vuelva la conexión.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="317" />
        <source>Sincronizar automáticamente cuando haya conexión</source>
        <translation>Sincronizar automáticamente cuando haya conexión</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="321" />
        <source>Desactívelo si usa datos del celular y prefiere sincronizar únicamente cuando usted lo pida.</source>
        <translation>Desactívelo si usa datos del celular y prefiere sincronizar únicamente cuando usted lo pida.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/main_window.py" line="546" />
        <source>Para hacer espacio en el disco se quitaron de este equipo %n documentos descargados que no estaban marcados «Guardar siempre en este equipo». Puede descargarlos de nuevo cuando tenga conexión.</source>
        <translation>
            <numerusform>Para hacer espacio en el disco se quitó de este equipo %n documento descargado que no estaba marcado «Guardar siempre en este equipo». Puede descargarlo de nuevo cuando tenga conexión.</numerusform><numerusform>Para hacer espacio en el disco se quitaron de este equipo %n documentos descargados que no estaban marcados «Guardar siempre en este equipo». Puede descargarlos de nuevo cuando tenga conexión.</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="576" />
        <source>El servidor no aceptó %1: %2</source>
        <translation>El servidor no aceptó %1: %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="671" />
        <source>¿Dónde guardar sus envíos?</source>
        <translation>¿Dónde guardar sus envíos?</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="675" />
        <source>Guardando sus envíos en la memoria USB…</source>
        <translation>Guardando sus envíos en la memoria USB…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="682" />
        <source>Sus envíos quedaron en «%1». Entregue ese archivo a su formador o formadora.</source>
        <translation>Sus envíos quedaron en «%1». Entregue ese archivo a su formador o formadora.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="692" />
        <source>No se pudo guardar en la memoria USB. Revise que esté conectada y tenga espacio, y vuelva a intentarlo.</source>
        <translation>No se pudo guardar en la memoria USB. Revise que esté conectada y tenga espacio, y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="707" />
        <source>Envíos de colegas</source>
        <translation>Envíos de colegas</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="708" />
        <source>Envíos de Minka (*.zip)</source>
        <translation>Envíos de Minka (*.zip)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="728" />
        <source>Se entregarán en la próxima sincronización: envíos de %1.</source>
        <translation>Se entregarán en la próxima sincronización: envíos de %1.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="731" />
        <source>No son archivos de envíos de Minka: %1.</source>
        <translation>No son archivos de envíos de Minka: %1.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="747" />
        <source>¿Dónde guardar los paquetes de regreso?</source>
        <translation>¿Dónde guardar los paquetes de regreso?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/main_window.py" line="757" />
        <source>%n paquetes de regreso quedaron en la memoria USB. Entregue a cada colega el suyo: solo su computadora puede abrirlo.</source>
        <translation>
            <numerusform>%n paquete de regreso quedó en la memoria USB. Entregue a cada colega el suyo: solo su computadora puede abrirlo.</numerusform><numerusform>%n paquetes de regreso quedaron en la memoria USB. Entregue a cada colega el suyo: solo su computadora puede abrirlo.</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="770" />
        <source>Paquete de regreso</source>
        <translation>Paquete de regreso</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="771" />
        <source>Paquetes de regreso de Minka (Minka-regreso-*.zip)</source>
        <translation>Paquetes de regreso de Minka (Minka-regreso-*.zip)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="775" />
        <source>Recibiendo el paquete de regreso…</source>
        <translation>Recibiendo el paquete de regreso…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="784" />
        <source>Este paquete de regreso ya se había recibido: no cambió nada.</source>
        <translation>Este paquete de regreso ya se había recibido: no cambió nada.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/main_window.py" line="786" />
        <source>Paquete de regreso recibido: %n envíos llegaron al servidor.</source>
        <translation>
            <numerusform>Paquete de regreso recibido: %n envío llegó al servidor.</numerusform><numerusform>Paquete de regreso recibido: %n envíos llegaron al servidor.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/main_window.py" line="789" />
        <source>%n no se aceptaron; verá el motivo junto a cada uno.</source>
        <translation>
            <numerusform>%n no se aceptó; verá el motivo junto a él.</numerusform><numerusform>%n no se aceptaron; verá el motivo junto a cada uno.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/main_window.py" line="792" />
        <source>Trajo %n novedades (comentarios, notas, respuestas).</source>
        <translation>
            <numerusform>Trajo %n novedad (comentarios, notas, respuestas).</numerusform><numerusform>Trajo %n novedades (comentarios, notas, respuestas).</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="806" />
        <source>Código guardado. Vuelva a llevar sus envíos en USB: el próximo archivo lleva el código nuevo.</source>
        <translation>Código guardado. Vuelva a llevar sus envíos en USB: el próximo archivo lleva el código nuevo.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="815" />
        <source>No se pudo leer el paquete de regreso. Revise que la memoria USB esté conectada y vuelva a intentarlo.</source>
        <translation>No se pudo leer el paquete de regreso. Revise que la memoria USB esté conectada y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="841" />
        <source>El cambio de idioma se aplicará la próxima vez que abra Minka.</source>
        <translation>El cambio de idioma se aplicará la próxima vez que abra Minka.</translation>
    </message>
</context>
<context>
    <name>MemberCardView</name>
    <message>
        <location filename="../../app/ui/directory_view.py" line="135" />
        <location filename="../../app/ui/directory_view.py" line="190" />
        <source>Solo se muestra lo que este miembro eligió compartir con la red.</source>
        <translation>Solo se muestra lo que este miembro eligió compartir con la red.</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory_view.py" line="136" />
        <source>Editar mi perfil…</source>
        <translation>Editar mi perfil…</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory_view.py" line="138" />
        <source>Elija un miembro de la lista para ver su perfil.</source>
        <translation>Elija un miembro de la lista para ver su perfil.</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory_view.py" line="170" />
        <source>Formador(a) de la red</source>
        <translation>Formador(a) de la red</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory_view.py" line="171" />
        <source>Administración de la red</source>
        <translation>Administración de la red</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory_view.py" line="178" />
        <source>Teléfono: %1</source>
        <translation>Teléfono: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory_view.py" line="180" />
        <source>Correo: %1</source>
        <translation>Correo: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory_view.py" line="182" />
        <source>Género: %1</source>
        <translation>Género: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory_view.py" line="187" />
        <source>Así ven su perfil los demás miembros, según lo que usted eligió compartir.</source>
        <translation>Así ven su perfil los demás miembros, según lo que usted eligió compartir.</translation>
    </message>
</context>
<context>
    <name>MembersDialog</name>
    <message>
        <location filename="../../app/ui/forums_view.py" line="204" />
        <source>Miembros de «%1»</source>
        <translation>Miembros de «%1»</translation>
    </message>
    <message>
        <location filename="../../app/ui/forums_view.py" line="207" />
        <source>Buscar por nombre</source>
        <translation>Buscar por nombre</translation>
    </message>
    <message>
        <location filename="../../app/ui/forums_view.py" line="219" />
        <source>Los cambios se enviarán en la próxima sincronización. Quien entra recibe la historia del grupo; quien sale deja de recibirla y se borra de sus equipos.</source>
        <translation>Los cambios se enviarán en la próxima sincronización. Quien entra recibe la historia del grupo; quien sale deja de recibirla y se borra de sus equipos.</translation>
    </message>
    <message>
        <location filename="../../app/ui/forums_view.py" line="222" />
        <source>Guardar</source>
        <translation>Guardar</translation>
    </message>
</context>
<context>
    <name>MembersModel</name>
    <message>
        <location filename="../../app/ui/directory_view.py" line="61" />
        <source>Nombre</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory_view.py" line="61" />
        <source>Cargo</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory_view.py" line="61" />
        <source>Región</source>
        <translation>Región</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory_view.py" line="62" />
        <source>UGEL o institución</source>
        <translation>UGEL o institución</translation>
    </message>
</context>
<context>
    <name>Mensajes</name>
    <message>
        <location filename="../../app/ui/messages.py" line="11" />
        <source>No se pudo llegar al servidor. Revise su conexión a internet; Minka volverá a intentarlo automáticamente cuando haya señal.</source>
        <translation>No se pudo llegar al servidor. Revise su conexión a internet; Minka volverá a intentarlo automáticamente cuando haya señal.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="13" />
        <source>La conexión es muy lenta y el servidor no respondió a tiempo. Minka volverá a intentarlo; nada de lo escrito se pierde.</source>
        <translation>La conexión es muy lenta y el servidor no respondió a tiempo. Minka volverá a intentarlo; nada de lo escrito se pierde.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="15" />
        <source>El servidor tuvo un problema pasajero. Minka volverá a intentarlo en unos minutos.</source>
        <translation>El servidor tuvo un problema pasajero. Minka volverá a intentarlo en unos minutos.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="17" />
        <source>La red respondió con una página que no es de Minka (puede ser la página de ingreso de la cabina o del wifi). Abra el navegador, acepte las condiciones de la red y vuelva a sincronizar.</source>
        <translation>La red respondió con una página que no es de Minka (puede ser la página de ingreso de la cabina o del wifi). Abra el navegador, acepte las condiciones de la red y vuelva a sincronizar.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="20" />
        <source>No se pudo comprobar que el servidor es el de Minka porque la fecha u hora de esta computadora no es la correcta. Corrija la fecha y la hora (en la esquina de la pantalla) y vuelva a sincronizar; sus escritos pendientes se conservan.</source>
        <translation>No se pudo comprobar que el servidor es el de Minka porque la fecha u hora de esta computadora no es la correcta. Corrija la fecha y la hora (en la esquina de la pantalla) y vuelva a sincronizar; sus escritos pendientes se conservan.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="25" />
        <source>No se pudo comprobar que quien responde es el servidor de Minka. Si está en una cabina o un wifi público, abra el navegador y acepte las condiciones de la red; si no, revise la dirección del servidor.</source>
        <translation>No se pudo comprobar que quien responde es el servidor de Minka. Si está en una cabina o un wifi público, abra el navegador y acepte las condiciones de la red; si no, revise la dirección del servidor.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="29" />
        <source>Este equipo ya no tiene permiso para sincronizar con su cuenta. Vuelva a ingresar con su usuario y contraseña; sus escritos pendientes se conservan.</source>
        <translation>Este equipo ya no tiene permiso para sincronizar con su cuenta. Vuelva a ingresar con su usuario y contraseña; sus escritos pendientes se conservan.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="32" />
        <source>Este equipo pasó mucho tiempo sin conectarse y, por seguridad, debe ingresar de nuevo con su usuario y contraseña. Sus escritos pendientes se conservan y se enviarán después.</source>
        <translation>Este equipo pasó mucho tiempo sin conectarse y, por seguridad, debe ingresar de nuevo con su usuario y contraseña. Sus escritos pendientes se conservan y se enviarán después.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="36" />
        <source>Su cuenta está desactivada. Si cree que es un error, converse con quien administra Minka en su UGEL o DRE. Sus escritos pendientes se conservan en este equipo.</source>
        <translation>Su cuenta está desactivada. Si cree que es un error, converse con quien administra Minka en su UGEL o DRE. Sus escritos pendientes se conservan en este equipo.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="40" />
        <source>Demasiados intentos. Vuelva a intentarlo en unos minutos.</source>
        <translation>Demasiados intentos. Vuelva a intentarlo en unos minutos.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="42" />
        <source>El servidor no aceptó la solicitud. Puede que Minka necesite actualizarse; avise a su formador o formadora.</source>
        <translation>El servidor no aceptó la solicitud. Puede que Minka necesite actualizarse; avise a su formador o formadora.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="44" />
        <source>El servidor respondió de forma inesperada. Avise a su formador o formadora; sus escritos pendientes se conservan.</source>
        <translation>El servidor respondió de forma inesperada. Avise a su formador o formadora; sus escritos pendientes se conservan.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="46" />
        <source>Sincronización detenida.</source>
        <translation>Sincronización detenida.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="47" />
        <source>El disco de esta computadora está lleno y Minka no pudo guardar lo que llegó. Lo que usted escribió está a salvo. Libere espacio (por ejemplo, borrando descargas que ya no use) y vuelva a sincronizar.</source>
        <translation>El disco de esta computadora está lleno y Minka no pudo guardar lo que llegó. Lo que usted escribió está a salvo. Libere espacio (por ejemplo, borrando descargas que ya no use) y vuelva a sincronizar.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="51" />
        <source>Un archivo llegó dañado dos veces seguidas. Minka lo volverá a pedir en la próxima sincronización.</source>
        <translation>Un archivo llegó dañado dos veces seguidas. Minka lo volverá a pedir en la próxima sincronización.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="54" />
        <source>Un archivo ya no está disponible en el servidor.</source>
        <translation>Un archivo ya no está disponible en el servidor.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="56" />
        <source>Un archivo es más grande de lo que el servidor acepta.</source>
        <translation>Un archivo es más grande de lo que el servidor acepta.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="58" />
        <source>Un archivo adjunto cambió mientras se enviaba; Minka lo enviará de nuevo.</source>
        <translation>Un archivo adjunto cambió mientras se enviaba; Minka lo enviará de nuevo.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="61" />
        <source>Ocurrió un error inesperado en Minka. Sus escritos se conservan. Si se repite, avise a su formador o formadora.</source>
        <translation>Ocurrió un error inesperado en Minka. Sus escritos se conservan. Si se repite, avise a su formador o formadora.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="64" />
        <source>El usuario o la contraseña no son correctos. Revíselos e inténtelo otra vez.</source>
        <translation>El usuario o la contraseña no son correctos. Revíselos e inténtelo otra vez.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="66" />
        <source>Escriba la dirección del servidor.</source>
        <translation>Escriba la dirección del servidor.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="67" />
        <source>La dirección del servidor debe empezar con http:// o https://.</source>
        <translation>La dirección del servidor debe empezar con http:// o https://.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="68" />
        <source>Escriba su usuario.</source>
        <translation>Escriba su usuario.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="69" />
        <source>Escriba su contraseña.</source>
        <translation>Escriba su contraseña.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="70" />
        <source>Este perfil pertenece a otra persona. Para ingresar con otra cuenta, abra Minka con otro perfil.</source>
        <translation>Este perfil pertenece a otra persona. Para ingresar con otra cuenta, abra Minka con otro perfil.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="72" />
        <source>Primero ingrese con su usuario y contraseña.</source>
        <translation>Primero ingrese con su usuario y contraseña.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="74" />
        <source>Escriba un título para el tema.</source>
        <translation>Escriba un título para el tema.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="75" />
        <source>El mensaje está vacío. Escriba algo antes de publicar.</source>
        <translation>El mensaje está vacío. Escriba algo antes de publicar.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="76" />
        <location filename="../../app/ui/messages.py" line="244" />
        <source>El título es muy largo (máximo 200 caracteres).</source>
        <translation>El título es muy largo (máximo 200 caracteres).</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="77" />
        <source>El mensaje es muy largo (máximo 20 000 caracteres). Puede dividirlo en dos mensajes.</source>
        <translation>El mensaje es muy largo (máximo 20 000 caracteres). Puede dividirlo en dos mensajes.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="80" />
        <source>El foro ya no existe en el servidor.</source>
        <translation>El foro ya no existe en el servidor.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="81" />
        <source>El tema ya no existe en el servidor.</source>
        <translation>El tema ya no existe en el servidor.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="82" />
        <source>El tema fue cerrado y ya no recibe respuestas.</source>
        <translation>El tema fue cerrado y ya no recibe respuestas.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="83" />
        <source>El mensaje al que respondía ya no está en el tema.</source>
        <translation>El mensaje al que respondía ya no está en el tema.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="84" />
        <source>El servidor ya tenía un escrito con el mismo identificador.</source>
        <translation>El servidor ya tenía un escrito con el mismo identificador.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="85" />
        <source>No tiene permiso para publicar aquí.</source>
        <translation>No tiene permiso para publicar aquí.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="87" />
        <source>Ya no pertenece a este grupo, o el grupo ya no existe.</source>
        <translation>Ya no pertenece a este grupo, o el grupo ya no existe.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="89" />
        <location filename="../../app/ui/messages.py" line="183" />
        <source>Esa persona ya no tiene cuenta en la red.</source>
        <translation>Esa persona ya no tiene cuenta en la red.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="92" />
        <source>Su perfil se cambió en otro equipo antes de que llegara este cambio; el servidor conserva aquel.</source>
        <translation>Su perfil se cambió en otro equipo antes de que llegara este cambio; el servidor conserva aquel.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="95" />
        <source>El servidor no acepta ese cargo o esa región; elija uno de la lista.</source>
        <translation>El servidor no acepta ese cargo o esa región; elija uno de la lista.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="98" />
        <source>Elija su cargo de la lista.</source>
        <translation>Elija su cargo de la lista.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="100" />
        <source>Elija su región de la lista.</source>
        <translation>Elija su región de la lista.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="102" />
        <source>El correo electrónico no parece válido (por ejemplo: nombre@ugel.gob.pe).</source>
        <translation>El correo electrónico no parece válido (por ejemplo: nombre@ugel.gob.pe).</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="105" />
        <source>El teléfono solo puede tener números, espacios, guiones, paréntesis y el signo +.</source>
        <translation>El teléfono solo puede tener números, espacios, guiones, paréntesis y el signo +.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="108" />
        <source>La presentación es muy larga (máximo 600 caracteres).</source>
        <translation>La presentación es muy larga (máximo 600 caracteres).</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="110" />
        <source>El nombre de la UGEL o institución es muy largo (máximo 200 caracteres).</source>
        <translation>El nombre de la UGEL o institución es muy largo (máximo 200 caracteres).</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="113" />
        <source>El servidor no reconoce este tipo de escrito. Puede que necesite una versión más nueva de Minka.</source>
        <translation>El servidor no reconoce este tipo de escrito. Puede que necesite una versión más nueva de Minka.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="117" />
        <source>El debate ya no está en el servidor.</source>
        <translation>El debate ya no está en el servidor.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="119" />
        <source>El debate ya cerró; su texto sigue guardado aquí para que lo copie.</source>
        <translation>El debate ya cerró; su texto sigue guardado aquí para que lo copie.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="122" />
        <source>Las fechas del debate no son válidas: debe cerrar después de abrir.</source>
        <translation>Las fechas del debate no son válidas: debe cerrar después de abrir.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="124" />
        <location filename="../../app/ui/messages.py" line="160" />
        <source>Elija un día de cierre que todavía no haya pasado.</source>
        <translation>Elija un día de cierre que todavía no haya pasado.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="126" />
        <source>Escriba la pregunta del debate.</source>
        <translation>Escriba la pregunta del debate.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="128" />
        <source>La pregunta es muy larga (máximo 200 caracteres).</source>
        <translation>La pregunta es muy larga (máximo 200 caracteres).</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="130" />
        <source>La descripción es muy larga (máximo 5000 caracteres).</source>
        <translation>La descripción es muy larga (máximo 5000 caracteres).</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="132" />
        <source>El debate todavía está abierto en el servidor: la propuesta de la red se publica cuando cierra. Su texto sigue guardado aquí.</source>
        <translation>El debate todavía está abierto en el servidor: la propuesta de la red se publica cuando cierra. Su texto sigue guardado aquí.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="135" />
        <source>Solo los formadores, las formadoras y los administradores publican la propuesta de un debate.</source>
        <translation>Solo los formadores, las formadoras y los administradores publican la propuesta de un debate.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="138" />
        <source>Escriba la síntesis del debate antes de publicar.</source>
        <translation>Escriba la síntesis del debate antes de publicar.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="140" />
        <source>La síntesis es muy larga (máximo 20 000 caracteres).</source>
        <translation>La síntesis es muy larga (máximo 20 000 caracteres).</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="142" />
        <source>El debate todavía no está abierto; su texto sigue guardado aquí para que lo copie.</source>
        <translation>El debate todavía no está abierto; su texto sigue guardado aquí para que lo copie.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="146" />
        <source>La encuesta ya no está en el servidor.</source>
        <translation>La encuesta ya no está en el servidor.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="148" />
        <source>La encuesta ya había cerrado cuando llegó su respuesta, así que no se contó. Su elección sigue a la vista aquí.</source>
        <translation>La encuesta ya había cerrado cuando llegó su respuesta, así que no se contó. Su elección sigue a la vista aquí.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="151" />
        <source>La encuesta no es válida: revise que las opciones sean distintas y que la fecha de cierre sea correcta.</source>
        <translation>La encuesta no es válida: revise que las opciones sean distintas y que la fecha de cierre sea correcta.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="154" />
        <source>La respuesta no corresponde a las opciones de la encuesta.</source>
        <translation>La respuesta no corresponde a las opciones de la encuesta.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="156" />
        <source>Elija una opción antes de enviar su respuesta.</source>
        <translation>Elija una opción antes de enviar su respuesta.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="158" />
        <source>En esta encuesta se elige una sola opción.</source>
        <translation>En esta encuesta se elige una sola opción.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="162" />
        <source>Escriba al menos dos opciones, una en cada línea.</source>
        <translation>Escriba al menos dos opciones, una en cada línea.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="164" />
        <source>Una encuesta tiene como máximo 12 opciones.</source>
        <translation>Una encuesta tiene como máximo 12 opciones.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="166" />
        <source>Dos opciones dicen lo mismo; cada opción debe ser distinta.</source>
        <translation>Dos opciones dicen lo mismo; cada opción debe ser distinta.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="168" />
        <source>Escriba la pregunta de la encuesta.</source>
        <translation>Escriba la pregunta de la encuesta.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="170" />
        <source>La pregunta y cada opción deben tener como máximo 200 caracteres.</source>
        <translation>La pregunta y cada opción deben tener como máximo 200 caracteres.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="172" />
        <source>Solo los formadores, las formadoras y los administradores hacen encuestas a la red.</source>
        <translation>Solo los formadores, las formadoras y los administradores hacen encuestas a la red.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="176" />
        <source>La publicación es muy larga para el muro (máximo 3000 caracteres). Para un texto largo, abra un tema en los foros.</source>
        <translation>La publicación es muy larga para el muro (máximo 3000 caracteres). Para un texto largo, abra un tema en los foros.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="179" />
        <source>La publicación ya no está en el muro.</source>
        <translation>La publicación ya no está en el muro.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="181" />
        <source>La foto de una noticia debe ser una imagen JPG, PNG, GIF o WebP.</source>
        <translation>La foto de una noticia debe ser una imagen JPG, PNG, GIF o WebP.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="186" />
        <source>El curso ya no está disponible para usted.</source>
        <translation>El curso ya no está disponible para usted.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="188" />
        <source>La lección ya no está en el curso.</source>
        <translation>La lección ya no está en el curso.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="190" />
        <source>La tarea ya no está en el curso.</source>
        <translation>La tarea ya no está en el curso.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="192" />
        <source>La entrega ya no está en el servidor.</source>
        <translation>La entrega ya no está en el servidor.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="194" />
        <source>La fecha límite ya había pasado cuando llegó al servidor, y el curso no acepta entregas tardías. Copie su texto y converse con su formador o formadora.</source>
        <translation>La fecha límite ya había pasado cuando llegó al servidor, y el curso no acepta entregas tardías. Copie su texto y converse con su formador o formadora.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="198" />
        <source>Esta tarea ya fue calificada; no se puede entregar otra vez.</source>
        <translation>Esta tarea ya fue calificada; no se puede entregar otra vez.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="200" />
        <source>La entrega está vacía. Escriba su trabajo o adjunte un archivo.</source>
        <translation>La entrega está vacía. Escriba su trabajo o adjunte un archivo.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="202" />
        <source>Los archivos adjuntos superan el tamaño que permite el curso.</source>
        <translation>Los archivos adjuntos superan el tamaño que permite el curso.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="204" />
        <source>Ya usó todo el espacio para archivos que el servidor da a cada cuenta, y este archivo no cupo. Su texto se conserva aquí: quite el archivo o envíe uno más pequeño, o converse con su formador o formadora.</source>
        <translation>Ya usó todo el espacio para archivos que el servidor da a cada cuenta, y este archivo no cupo. Su texto se conserva aquí: quite el archivo o envíe uno más pequeño, o converse con su formador o formadora.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="209" />
        <source>Falta subir un archivo adjunto; Minka lo intentará otra vez.</source>
        <translation>Falta subir un archivo adjunto; Minka lo intentará otra vez.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="211" />
        <source>El trabajo es muy largo (máximo 100 000 caracteres).</source>
        <translation>El trabajo es muy largo (máximo 100 000 caracteres).</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="213" />
        <source>No se encontró ese archivo. ¿Está en una memoria USB que se retiró?</source>
        <translation>No se encontró ese archivo. ¿Está en una memoria USB que se retiró?</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="215" />
        <source>Minka no acepta ese tipo de archivo. Guarde su trabajo como PDF, documento de texto, hoja de cálculo, imagen o audio.</source>
        <translation>Minka no acepta ese tipo de archivo. Guarde su trabajo como PDF, documento de texto, hoja de cálculo, imagen o audio.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="218" />
        <source>Minka no abre este archivo porque no es un documento, una imagen, un audio ni un video: podría ser un programa que dañe la computadora.</source>
        <translation>Minka no abre este archivo porque no es un documento, una imagen, un audio ni un video: podría ser un programa que dañe la computadora.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="221" />
        <source>Un archivo adjunto no coincide con el que se subió al servidor. Quítelo, adjúntelo de nuevo y vuelva a enviar; su texto se conserva.</source>
        <translation>Un archivo adjunto no coincide con el que se subió al servidor. Quítelo, adjúntelo de nuevo y vuelva a enviar; su texto se conserva.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="224" />
        <source>Un archivo llegó dañado desde el servidor. Minka lo dejó de lado y sincronizó todo lo demás.</source>
        <translation>Un archivo llegó dañado desde el servidor. Minka lo dejó de lado y sincronizó todo lo demás.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="227" />
        <source>El archivo está vacío.</source>
        <translation>El archivo está vacío.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="229" />
        <source>El archivo es demasiado grande para este curso. Pruebe con una foto más pequeña o un PDF comprimido.</source>
        <translation>El archivo es demasiado grande para este curso. Pruebe con una foto más pequeña o un PDF comprimido.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="232" />
        <source>Esta entrega ya fue devuelta con comentarios. Para cambiarlos, use «Corregir comentarios»; su texto se conserva aquí para copiarlo.</source>
        <translation>Esta entrega ya fue devuelta con comentarios. Para cambiarlos, use «Corregir comentarios»; su texto se conserva aquí para copiarlo.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="235" />
        <source>Otra corrección de estos comentarios llegó antes al servidor, y es la que ve el participante. Su texto se conserva aquí: revise la versión actual y corríjala de nuevo si hace falta.</source>
        <translation>Otra corrección de estos comentarios llegó antes al servidor, y es la que ve el participante. Su texto se conserva aquí: revise la versión actual y corríjala de nuevo si hace falta.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="239" />
        <source>Escriba sus comentarios antes de devolver la entrega.</source>
        <translation>Escriba sus comentarios antes de devolver la entrega.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="242" />
        <source>Escriba el título del documento.</source>
        <translation>Escriba el título del documento.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="246" />
        <source>Elija de qué tipo es el documento.</source>
        <translation>Elija de qué tipo es el documento.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="248" />
        <source>El año debe estar entre 1900 y 2100, o quedar «sin año».</source>
        <translation>El año debe estar entre 1900 y 2100, o quedar «sin año».</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="250" />
        <source>Revise los autores: hasta 20 nombres, separados por punto y coma, de no más de 200 caracteres cada uno.</source>
        <translation>Revise los autores: hasta 20 nombres, separados por punto y coma, de no más de 200 caracteres cada uno.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="253" />
        <source>Revise los temas: hasta 12, separados por punto y coma, de no más de 200 caracteres cada uno.</source>
        <translation>Revise los temas: hasta 12, separados por punto y coma, de no más de 200 caracteres cada uno.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="256" />
        <source>El resumen es muy largo (máximo 5000 caracteres).</source>
        <translation>El resumen es muy largo (máximo 5000 caracteres).</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="258" />
        <source>Elija el idioma del documento.</source>
        <translation>Elija el idioma del documento.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="261" />
        <source>La moderación ocultó esta publicación, así que ya no se puede editar. Si cree que es un error, converse con su formador o formadora.</source>
        <translation>La moderación ocultó esta publicación, así que ya no se puede editar. Si cree que es un error, converse con su formador o formadora.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="265" />
        <source>Esa publicación ya no está disponible.</source>
        <translation>Esa publicación ya no está disponible.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="267" />
        <source>La publicación cambió desde otro equipo mientras usted editaba; su versión se conserva aquí para que decida.</source>
        <translation>La publicación cambió desde otro equipo mientras usted editaba; su versión se conserva aquí para que decida.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="270" />
        <source>Escriba el motivo: su autor o autora lo leerá.</source>
        <translation>Escriba el motivo: su autor o autora lo leerá.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="272" />
        <source>El texto es muy largo para este lugar. Acórtelo y vuelva a intentarlo; su versión se conserva aquí.</source>
        <translation>El texto es muy largo para este lugar. Acórtelo y vuelva a intentarlo; su versión se conserva aquí.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="275" />
        <source>El comentario es muy largo (máximo 2000 caracteres).</source>
        <translation>El comentario es muy largo (máximo 2000 caracteres).</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="277" />
        <source>Ese documento ya no está en el grupo, o usted ya no pertenece a él.</source>
        <translation>Ese documento ya no está en el grupo, o usted ya no pertenece a él.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="279" />
        <source>Este documento aún no llegó al servidor. Sincronice primero y luego propóngalo al repositorio.</source>
        <translation>Este documento aún no llegó al servidor. Sincronice primero y luego propóngalo al repositorio.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="282" />
        <source>La región, la fuente y la licencia admiten hasta 200 caracteres.</source>
        <translation>La región, la fuente y la licencia admiten hasta 200 caracteres.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="284" />
        <source>Revise los datos del documento.</source>
        <translation>Revise los datos del documento.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="286" />
        <source>Escriba el motivo: quien propuso el documento lo leerá.</source>
        <translation>Escriba el motivo: quien propuso el documento lo leerá.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="288" />
        <source>El motivo es muy largo (máximo 1000 caracteres).</source>
        <translation>El motivo es muy largo (máximo 1000 caracteres).</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="290" />
        <source>Solo los formadores, las formadoras y los administradores pueden revisar propuestas.</source>
        <translation>Solo los formadores, las formadoras y los administradores pueden revisar propuestas.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="293" />
        <source>El documento ya no está en el repositorio.</source>
        <translation>El documento ya no está en el repositorio.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="295" />
        <source>Este documento no tiene archivo para descargar.</source>
        <translation>Este documento no tiene archivo para descargar.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="297" />
        <source>Este documento ya se está descargando.</source>
        <translation>Este documento ya se está descargando.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="299" />
        <source>La propuesta ya no está en el servidor.</source>
        <translation>La propuesta ya no está en el servidor.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="301" />
        <source>Otra persona ya decidió sobre esta propuesta.</source>
        <translation>Otra persona ya decidió sobre esta propuesta.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="304" />
        <source>Al paquete le faltan partes: quizá no se copió completo. Cópielo otra vez desde la memoria USB original. No se importó nada.</source>
        <translation>Al paquete le faltan partes: quizá no se copió completo. Cópielo otra vez desde la memoria USB original. No se importó nada.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="307" />
        <source>No se pudo leer el paquete de la memoria USB. Revise que esté bien conectada y vuelva a intentarlo. No se importó nada.</source>
        <translation>No se pudo leer el paquete de la memoria USB. Revise que esté bien conectada y vuelva a intentarlo. No se importó nada.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="310" />
        <source>El paquete está dañado o fue modificado: su contenido no coincide con lo que firmó su red. Pida una copia nueva a quien se lo dio. No se importó nada.</source>
        <translation>El paquete está dañado o fue modificado: su contenido no coincide con lo que firmó su red. Pida una copia nueva a quien se lo dio. No se importó nada.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="314" />
        <source>Este paquete no está firmado por su red de Minka, o fue modificado después de firmarse. Por seguridad no se importó nada.</source>
        <translation>Este paquete no está firmado por su red de Minka, o fue modificado después de firmarse. Por seguridad no se importó nada.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="317" />
        <source>Este paquete es de otra red de Minka, no de la suya. No se importó nada.</source>
        <translation>Este paquete es de otra red de Minka, no de la suya. No se importó nada.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="320" />
        <source>Este paquete fue preparado por una versión más nueva de Minka. Actualice Minka en esta computadora para importarlo. No se importó nada.</source>
        <translation>Este paquete fue preparado por una versión más nueva de Minka. Actualice Minka en esta computadora para importarlo. No se importó nada.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="324" />
        <source>Minka aún no conoce la firma de su red, así que no puede comprobar el paquete. Ingrese una vez con su cuenta cuando tenga conexión, o use el Minka de la memoria USB de su formador o formadora.</source>
        <translation>Minka aún no conoce la firma de su red, así que no puede comprobar el paquete. Ingrese una vez con su cuenta cuando tenga conexión, o use el Minka de la memoria USB de su formador o formadora.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="328" />
        <source>No tiene envíos pendientes: todo lo que escribió ya llegó al servidor.</source>
        <translation>No tiene envíos pendientes: todo lo que escribió ya llegó al servidor.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="331" />
        <source>Esta computadora aún no tiene su firma para llevar envíos en USB. Ingrese de nuevo con su cuenta una vez que tenga conexión.</source>
        <translation>Esta computadora aún no tiene su firma para llevar envíos en USB. Ingrese de nuevo con su cuenta una vez que tenga conexión.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="334" />
        <source>Falta en esta computadora un archivo adjunto a sus envíos. Adjúntelo de nuevo y vuelva a intentarlo.</source>
        <translation>Falta en esta computadora un archivo adjunto a sus envíos. Adjúntelo de nuevo y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="338" />
        <source>Ese código no es válido: tiene 12 letras y números en tres grupos, como K7MX-4PQR-9WHT (sin 0, O, 1, I ni L). Revise el papel que le dio su formador o formadora.</source>
        <translation>Ese código no es válido: tiene 12 letras y números en tres grupos, como K7MX-4PQR-9WHT (sin 0, O, 1, I ni L). Revise el papel que le dio su formador o formadora.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="342" />
        <source>Primero importe el paquete de su formador o formadora con «Importar desde USB…»: así Minka sabe a qué red pertenece su cuenta.</source>
        <translation>Primero importe el paquete de su formador o formadora con «Importar desde USB…»: así Minka sabe a qué red pertenece su cuenta.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="345" />
        <source>Las dos contraseñas no son iguales. Escríbalas de nuevo.</source>
        <translation>Las dos contraseñas no son iguales. Escríbalas de nuevo.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="347" />
        <source>Para sincronizar por primera vez, ingrese con su usuario y contraseña. Lo que escribió sin internet se conserva y se envía.</source>
        <translation>Para sincronizar por primera vez, ingrese con su usuario y contraseña. Lo que escribió sin internet se conserva y se envía.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="351" />
        <source>el archivo fue cambiado o no es de una computadora conocida.</source>
        <translation>el archivo fue cambiado o no es de una computadora conocida.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="353" />
        <source>el archivo fue cambiado después de prepararse, o no lo firmó la computadora que dice.</source>
        <translation>el archivo fue cambiado después de prepararse, o no lo firmó la computadora que dice.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="356" />
        <source>el servidor no conoce la computadora que lo preparó.</source>
        <translation>el servidor no conoce la computadora que lo preparó.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="358" />
        <source>la computadora que lo preparó ya no tiene permiso de su cuenta.</source>
        <translation>la computadora que lo preparó ya no tiene permiso de su cuenta.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="360" />
        <source>los envíos dicen ser de otra cuenta que la de su computadora.</source>
        <translation>los envíos dicen ser de otra cuenta que la de su computadora.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="362" />
        <source>el archivo está dañado o incompleto.</source>
        <translation>el archivo está dañado o incompleto.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="364" />
        <source>el código de inscripción que se escribió en esa computadora no es el correcto. Pida un código nuevo a su formador o formadora.</source>
        <translation>el código de inscripción que se escribió en esa computadora no es el correcto. Pida un código nuevo a su formador o formadora.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="367" />
        <source>el código de inscripción ya venció. Pida un código nuevo a su formador o formadora.</source>
        <translation>el código de inscripción ya venció. Pida un código nuevo a su formador o formadora.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="370" />
        <source>ese código de inscripción ya se usó en otra computadora. Cada código sirve una sola vez; pida uno nuevo a su formador o formadora.</source>
        <translation>ese código de inscripción ya se usó en otra computadora. Cada código sirve una sola vez; pida uno nuevo a su formador o formadora.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="373" />
        <source>esa cuenta no tiene código de inscripción. Pida uno a su formador o formadora.</source>
        <translation>esa cuenta no tiene código de inscripción. Pida uno a su formador o formadora.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="376" />
        <source>no hay en la red una cuenta con ese usuario para inscribir esa computadora. Revise el usuario con su formador o formadora.</source>
        <translation>no hay en la red una cuenta con ese usuario para inscribir esa computadora. Revise el usuario con su formador o formadora.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="380" />
        <source>Aún no hay paquetes de regreso. Llegan al sincronizar, después de entregar los envíos de sus colegas.</source>
        <translation>Aún no hay paquetes de regreso. Llegan al sincronizar, después de entregar los envíos de sus colegas.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="383" />
        <source>Este paquete de regreso está dañado o incompleto. Pida a su formador o formadora que lo copie de nuevo. No se cambió nada.</source>
        <translation>Este paquete de regreso está dañado o incompleto. Pida a su formador o formadora que lo copie de nuevo. No se cambió nada.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="386" />
        <source>Este paquete de regreso fue preparado por una versión más nueva de Minka. Actualice Minka para recibirlo. No se cambió nada.</source>
        <translation>Este paquete de regreso fue preparado por una versión más nueva de Minka. Actualice Minka para recibirlo. No se cambió nada.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="389" />
        <source>Este paquete de regreso es de otra red de Minka. No se cambió nada.</source>
        <translation>Este paquete de regreso es de otra red de Minka. No se cambió nada.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="391" />
        <source>Este paquete de regreso no está firmado por su red, o fue modificado. Por seguridad no se cambió nada.</source>
        <translation>Este paquete de regreso no está firmado por su red, o fue modificado. Por seguridad no se cambió nada.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="394" />
        <source>Este paquete de regreso es para la computadora de otra persona: solo esa computadora puede abrirlo. Busque en la memoria USB el que lleva su usuario en el nombre.</source>
        <translation>Este paquete de regreso es para la computadora de otra persona: solo esa computadora puede abrirlo. Busque en la memoria USB el que lleva su usuario en el nombre.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="398" />
        <source>Minka aún no conoce la firma de su red, así que no puede comprobar este paquete. Importe primero el paquete del curso.</source>
        <translation>Minka aún no conoce la firma de su red, así que no puede comprobar este paquete. Importe primero el paquete del curso.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="401" />
        <source>No hay espacio suficiente en esta computadora para el paquete. Libere espacio y vuelva a intentarlo. No se importó nada.</source>
        <translation>No hay espacio suficiente en esta computadora para el paquete. Libere espacio y vuelva a intentarlo. No se importó nada.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="405" />
        <source>No se pudo completar la operación (código: %1).</source>
        <translation>No se pudo completar la operación (código: %1).</translation>
    </message>
</context>
<context>
    <name>NewDebateDialog</name>
    <message>
        <location filename="../../app/ui/debates_view.py" line="50" />
        <source>Nuevo debate</source>
        <translation>Nuevo debate</translation>
    </message>
    <message>
        <location filename="../../app/ui/debates_view.py" line="53" />
        <source>Por ejemplo: ¿Cómo acompañamos a los directores nuevos?</source>
        <translation>Por ejemplo: ¿Cómo acompañamos a los directores nuevos?</translation>
    </message>
    <message>
        <location filename="../../app/ui/debates_view.py" line="56" />
        <source>Qué se debate y por qué ahora</source>
        <translation>Qué se debate y por qué ahora</translation>
    </message>
    <message>
        <location filename="../../app/ui/debates_view.py" line="63" />
        <source>Pregunta</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <location filename="../../app/ui/debates_view.py" line="64" />
        <source>Descripción</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <location filename="../../app/ui/debates_view.py" line="65" />
        <source>Cierra el (23:59, hora del Perú)</source>
        <translation>Cierra el (23:59, hora del Perú)</translation>
    </message>
    <message>
        <location filename="../../app/ui/debates_view.py" line="66" />
        <source>Abrir el debate</source>
        <translation>Abrir el debate</translation>
    </message>
    <message>
        <location filename="../../app/ui/debates_view.py" line="71" />
        <source>Toda la red lo verá después de la próxima sincronización.</source>
        <translation>Toda la red lo verá después de la próxima sincronización.</translation>
    </message>
</context>
<context>
    <name>NewSurveyDialog</name>
    <message>
        <location filename="../../app/ui/surveys_view.py" line="61" />
        <source>Nueva encuesta</source>
        <translation>Nueva encuesta</translation>
    </message>
    <message>
        <location filename="../../app/ui/surveys_view.py" line="64" />
        <source>Por ejemplo: ¿Qué es lo que nos une?</source>
        <translation>Por ejemplo: ¿Qué es lo que nos une?</translation>
    </message>
    <message>
        <location filename="../../app/ui/surveys_view.py" line="66" />
        <source>Para qué es la encuesta (opcional)</source>
        <translation>Para qué es la encuesta (opcional)</translation>
    </message>
    <message>
        <location filename="../../app/ui/surveys_view.py" line="70" />
        <source>Una opción en cada línea (de 2 a 12)</source>
        <translation>Una opción en cada línea (de 2 a 12)</translation>
    </message>
    <message>
        <location filename="../../app/ui/surveys_view.py" line="71" />
        <source>Se puede marcar más de una opción</source>
        <translation>Se puede marcar más de una opción</translation>
    </message>
    <message>
        <location filename="../../app/ui/surveys_view.py" line="78" />
        <source>Pregunta</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <location filename="../../app/ui/surveys_view.py" line="79" />
        <source>Descripción</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <location filename="../../app/ui/surveys_view.py" line="80" />
        <source>Opciones</source>
        <translation>Opciones</translation>
    </message>
    <message>
        <location filename="../../app/ui/surveys_view.py" line="82" />
        <source>Cierra el (23:59, hora del Perú)</source>
        <translation>Cierra el (23:59, hora del Perú)</translation>
    </message>
    <message>
        <location filename="../../app/ui/surveys_view.py" line="83" />
        <source>Enviar la encuesta</source>
        <translation>Enviar la encuesta</translation>
    </message>
    <message>
        <location filename="../../app/ui/surveys_view.py" line="88" />
        <source>Toda la red la verá después de la próxima sincronización.</source>
        <translation>Toda la red la verá después de la próxima sincronización.</translation>
    </message>
</context>
<context>
    <name>NewThreadDialog</name>
    <message>
        <location filename="../../app/ui/forums_view.py" line="158" />
        <source>Nuevo tema en «%1»</source>
        <translation>Nuevo tema en «%1»</translation>
    </message>
    <message>
        <location filename="../../app/ui/forums_view.py" line="161" />
        <source>Por ejemplo: ¿Cómo organizaron su primera tertulia dialógica?</source>
        <translation>Por ejemplo: ¿Cómo organizaron su primera tertulia dialógica?</translation>
    </message>
    <message>
        <location filename="../../app/ui/forums_view.py" line="165" />
        <source>Escriba aquí su mensaje. Puede usar **negrita**, listas con guiones y enlaces.</source>
        <translation>Escriba aquí su mensaje. Puede usar **negrita**, listas con guiones y enlaces.</translation>
    </message>
    <message>
        <location filename="../../app/ui/forums_view.py" line="167" />
        <source>Puede escribir sin conexión: el tema se enviará en la próxima sincronización.</source>
        <translation>Puede escribir sin conexión: el tema se enviará en la próxima sincronización.</translation>
    </message>
    <message>
        <location filename="../../app/ui/forums_view.py" line="172" />
        <source>Título</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../../app/ui/forums_view.py" line="173" />
        <source>Mensaje</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <location filename="../../app/ui/forums_view.py" line="174" />
        <source>Publicar tema</source>
        <translation>Publicar tema</translation>
    </message>
</context>
<context>
    <name>NewsDialog</name>
    <message>
        <location filename="../../app/ui/wall_view.py" line="219" />
        <source>Publicar una noticia</source>
        <translation>Publicar una noticia</translation>
    </message>
    <message>
        <location filename="../../app/ui/wall_view.py" line="224" />
        <source>Sin foto</source>
        <translation>Sin foto</translation>
    </message>
    <message>
        <location filename="../../app/ui/wall_view.py" line="225" />
        <source>Elegir foto…</source>
        <translation>Elegir foto…</translation>
    </message>
    <message>
        <location filename="../../app/ui/wall_view.py" line="231" />
        <source>Título</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../../app/ui/wall_view.py" line="232" />
        <source>Texto</source>
        <translation>Texto</translation>
    </message>
    <message>
        <location filename="../../app/ui/wall_view.py" line="233" />
        <source>Foto</source>
        <translation>Foto</translation>
    </message>
    <message>
        <location filename="../../app/ui/wall_view.py" line="236" />
        <source>Publicar noticia</source>
        <translation>Publicar noticia</translation>
    </message>
    <message>
        <location filename="../../app/ui/wall_view.py" line="241" />
        <source>Se publicará para toda la red en la próxima sincronización.</source>
        <translation>Se publicará para toda la red en la próxima sincronización.</translation>
    </message>
    <message>
        <location filename="../../app/ui/wall_view.py" line="247" />
        <source>Elegir foto</source>
        <translation>Elegir foto</translation>
    </message>
    <message>
        <location filename="../../app/ui/wall_view.py" line="248" />
        <source>Imágenes (*.jpg *.jpeg *.png *.gif *.webp)</source>
        <translation>Imágenes (*.jpg *.jpeg *.png *.gif *.webp)</translation>
    </message>
</context>
<context>
    <name>PackImportDialog</name>
    <message>
        <location filename="../../app/ui/pack_import.py" line="37" />
        <source>Importar desde USB</source>
        <translation>Importar desde USB</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_import.py" line="40" />
        <source>Un paquete de contenidos trae el curso y el catálogo en una memoria USB, sin usar internet. Conecte la memoria y elija el paquete.</source>
        <translation>Un paquete de contenidos trae el curso y el catálogo en una memoria USB, sin usar internet. Conecte la memoria y elija el paquete.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_import.py" line="45" />
        <location filename="../../app/ui/pack_import.py" line="83" />
        <source>Buscando paquetes en las memorias USB…</source>
        <translation>Buscando paquetes en las memorias USB…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_import.py" line="46" />
        <source>Buscar de nuevo</source>
        <translation>Buscar de nuevo</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_import.py" line="48" />
        <source>Elegir carpeta…</source>
        <translation>Elegir carpeta…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_import.py" line="64" />
        <source>Importar</source>
        <translation>Importar</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_import.py" line="101" />
        <source>No se encontró ningún paquete en las memorias USB conectadas. Conecte la memoria y pulse «Buscar de nuevo», o elija la carpeta del paquete.</source>
        <translation>No se encontró ningún paquete en las memorias USB conectadas. Conecte la memoria y pulse «Buscar de nuevo», o elija la carpeta del paquete.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_import.py" line="110" />
        <source>Carpeta del paquete</source>
        <translation>Carpeta del paquete</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_import.py" line="119" />
        <source>En esa carpeta no hay ningún paquete de Minka (falta el archivo minka-pack.json).</source>
        <translation>En esa carpeta no hay ningún paquete de Minka (falta el archivo minka-pack.json).</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_import.py" line="142" />
        <source>Preparado el %1.</source>
        <translation>Preparado el %1.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_import.py" line="144" />
        <source>• El curso «%1»</source>
        <translation>• El curso «%1»</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_import.py" line="146" />
        <source>• El catálogo del repositorio de documentos</source>
        <translation>• El catálogo del repositorio de documentos</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_import.py" line="147" />
        <source>los archivos de las lecciones</source>
        <translation>los archivos de las lecciones</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_import.py" line="148" />
        <source>los archivos de las lecciones y de los documentos</source>
        <translation>los archivos de las lecciones y de los documentos</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_import.py" line="149" />
        <source>ningún archivo (solo los textos)</source>
        <translation>ningún archivo (solo los textos)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_import.py" line="150" />
        <source>• Con %1</source>
        <translation>• Con %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/pack_import.py" line="151" />
        <source>Tamaño: %1, %n archivos.</source>
        <translation>
            <numerusform>Tamaño: %1, %n archivo.</numerusform><numerusform>Tamaño: %1, %n archivos.</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_import.py" line="212" />
        <source>Listo: el paquete se importó (%1 registros, %2 archivos nuevos). Ya puede leerlo sin conexión; la próxima sincronización traerá solo lo que falte.</source>
        <translation>Listo: el paquete se importó (%1 registros, %2 archivos nuevos). Ya puede leerlo sin conexión; la próxima sincronización traerá solo lo que falte.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_import.py" line="216" />
        <source>Cerrar</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_import.py" line="224" />
        <source>Importación cancelada. No se importó nada.</source>
        <translation>Importación cancelada. No se importó nada.</translation>
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
        <translation>¿Quién usa Minka ahora?</translation>
    </message>
    <message>
        <location filename="../../app/ui/people.py" line="28" />
        <source>En esta computadora usan Minka varias personas. Elija su nombre; le pediremos su contraseña para abrir sus datos.</source>
        <translation>En esta computadora usan Minka varias personas. Elija su nombre; le pediremos su contraseña para abrir sus datos.</translation>
    </message>
    <message>
        <location filename="../../app/ui/people.py" line="39" />
        <source>Abrir</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <location filename="../../app/ui/people.py" line="40" />
        <source>Agregar a otra persona…</source>
        <translation>Agregar a otra persona…</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <location filename="../../app/ui/directory_view.py" line="329" />
        <source>Mi perfil</source>
        <translation>Mi perfil</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory_view.py" line="334" />
        <location filename="../../app/ui/directory_view.py" line="338" />
        <source>Sin indicar</source>
        <translation>Sin indicar</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory_view.py" line="347" />
        <source>Por ejemplo: UGEL Canchis, IE N.° 50123</source>
        <translation>Por ejemplo: UGEL Canchis, IE N.° 50123</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory_view.py" line="351" />
        <source>Unas líneas para sus colegas: qué hace, qué le interesa compartir.</source>
        <translation>Unas líneas para sus colegas: qué hace, qué le interesa compartir.</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory_view.py" line="363" />
        <source>Cargo</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory_view.py" line="364" />
        <source>Región</source>
        <translation>Región</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory_view.py" line="365" />
        <source>UGEL o institución</source>
        <translation>UGEL o institución</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory_view.py" line="366" />
        <source>Presentación</source>
        <translation>Presentación</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory_view.py" line="367" />
        <source>Teléfono</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory_view.py" line="368" />
        <source>Correo electrónico</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory_view.py" line="369" />
        <source>Género</source>
        <translation>Género</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory_view.py" line="373" />
        <source>Qué ven los demás miembros</source>
        <translation>Qué ven los demás miembros</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory_view.py" line="375" />
        <source>Su nombre, cargo y región los ven todos los miembros. Marque qué más quiere mostrar: lo que no marque solo lo tienen sus equipos y el servidor, que lo cuenta en las estadísticas de la red sin mostrarlo a nadie.</source>
        <translation>Su nombre, cargo y región los ven todos los miembros. Marque qué más quiere mostrar: lo que no marque solo lo tienen sus equipos y el servidor, que lo cuenta en las estadísticas de la red sin mostrarlo a nadie.</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory_view.py" line="391" />
        <source>Guardar</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory_view.py" line="392" />
        <source>Descartar mi cambio</source>
        <translation>Descartar mi cambio</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory_view.py" line="409" />
        <source>Pendiente de envío: su perfil se actualizará en la red en la próxima sincronización.</source>
        <translation>Pendiente de envío: su perfil se actualizará en la red en la próxima sincronización.</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory_view.py" line="412" />
        <source>No se guardó en la red: %1 Sus cambios se conservan aquí: revíselos y guarde de nuevo, o descártelos.</source>
        <translation>No se guardó en la red: %1 Sus cambios se conservan aquí: revíselos y guarde de nuevo, o descártelos.</translation>
    </message>
</context>
<context>
    <name>ProposeDialog</name>
    <message>
        <location filename="../../app/ui/repository_view.py" line="203" />
        <source>Proponer un documento</source>
        <translation>Proponer un documento</translation>
    </message>
    <message>
        <location filename="../../app/ui/repository_view.py" line="206" />
        <source>Comparta con la red una guía, una investigación o una experiencia de su institución. Un formador o formadora revisará su propuesta antes de publicarla en el repositorio. Puede hacerlo sin conexión: la propuesta se enviará en la próxima sincronización.

Solo el archivo y el título son obligatorios.</source>
        <translation>Comparta con la red una guía, una investigación o una experiencia de su institución. Un formador o formadora revisará su propuesta antes de publicarla en el repositorio. Puede hacerlo sin conexión: la propuesta se enviará en la próxima sincronización.

Solo el archivo y el título son obligatorios.</translation>
    </message>
    <message>
        <location filename="../../app/ui/repository_view.py" line="214" />
        <source>Proponga al repositorio de la red este producto de su grupo. Un formador o formadora lo revisará antes de publicarlo, y verá que viene del grupo. Puede hacerlo sin conexión: la propuesta se enviará en la próxima sincronización.</source>
        <translation>Proponga al repositorio de la red este producto de su grupo. Un formador o formadora lo revisará antes de publicarlo, y verá que viene del grupo. Puede hacerlo sin conexión: la propuesta se enviará en la próxima sincronización.</translation>
    </message>
    <message>
        <location filename="../../app/ui/repository_view.py" line="221" />
        <source>Ningún archivo elegido</source>
        <translation>Ningún archivo elegido</translation>
    </message>
    <message>
        <location filename="../../app/ui/repository_view.py" line="222" />
        <source>Elegir archivo…</source>
        <translation>Elegir archivo…</translation>
    </message>
    <message>
        <location filename="../../app/ui/repository_view.py" line="229" />
        <source>Por ejemplo: Tertulias pedagógicas en la red de Pitumarca</source>
        <translation>Por ejemplo: Tertulias pedagógicas en la red de Pitumarca</translation>
    </message>
    <message>
        <location filename="../../app/ui/repository_view.py" line="232" />
        <source>Separe los nombres con punto y coma (;)</source>
        <translation>Separe los nombres con punto y coma (;)</translation>
    </message>
    <message>
        <location filename="../../app/ui/repository_view.py" line="238" />
        <source>Sin año</source>
        <translation>Sin año</translation>
    </message>
    <message>
        <location filename="../../app/ui/repository_view.py" line="241" />
        <source>Por ejemplo: tertulias; participación de las familias</source>
        <translation>Por ejemplo: tertulias; participación de las familias</translation>
    </message>
    <message>
        <location filename="../../app/ui/repository_view.py" line="249" />
        <source>De qué trata, para quién es útil.</source>
        <translation>De qué trata, para quién es útil.</translation>
    </message>
    <message>
        <location filename="../../app/ui/repository_view.py" line="253" />
        <source>Institución o publicación de origen</source>
        <translation>Institución o publicación de origen</translation>
    </message>
    <message>
        <location filename="../../app/ui/repository_view.py" line="256" />
        <source>Por ejemplo: CC BY 4.0, o «con permiso de la UGEL»</source>
        <translation>Por ejemplo: CC BY 4.0, o «con permiso de la UGEL»</translation>
    </message>
    <message>
        <location filename="../../app/ui/repository_view.py" line="264" />
        <source>Archivo</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <location filename="../../app/ui/repository_view.py" line="265" />
        <source>Título</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../../app/ui/repository_view.py" line="266" />
        <source>Autores</source>
        <translation>Autores</translation>
    </message>
    <message>
        <location filename="../../app/ui/repository_view.py" line="267" />
        <source>Tipo</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../app/ui/repository_view.py" line="268" />
        <source>Año</source>
        <translation>Año</translation>
    </message>
    <message>
        <location filename="../../app/ui/repository_view.py" line="269" />
        <source>Temas</source>
        <translation>Temas</translation>
    </message>
    <message>
        <location filename="../../app/ui/repository_view.py" line="270" />
        <source>Región</source>
        <translation>Región</translation>
    </message>
    <message>
        <location filename="../../app/ui/repository_view.py" line="271" />
        <source>Idioma</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../../app/ui/repository_view.py" line="272" />
        <source>Resumen</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <location filename="../../app/ui/repository_view.py" line="273" />
        <source>Fuente</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <location filename="../../app/ui/repository_view.py" line="274" />
        <source>Licencia</source>
        <translation>Licencia</translation>
    </message>
    <message>
        <location filename="../../app/ui/repository_view.py" line="277" />
        <source>Enviar propuesta</source>
        <translation>Enviar propuesta</translation>
    </message>
    <message>
        <location filename="../../app/ui/repository_view.py" line="287" />
        <source>Elegir el documento</source>
        <translation>Elegir el documento</translation>
    </message>
    <message>
        <location filename="../../app/ui/repository_view.py" line="305" />
        <source>Elija el archivo del documento.</source>
        <translation>Elija el archivo del documento.</translation>
    </message>
</context>
<context>
    <name>PropuestaPDF</name>
    <message>
        <location filename="../../app/ui/debate_pdf.py" line="41" />
        <source>Debate abierto del %1 al %2.</source>
        <translation>Debate abierto del %1 al %2.</translation>
    </message>
    <message>
        <location filename="../../app/ui/debate_pdf.py" line="42" />
        <source>Propuestas presentadas: %1. Respaldos recibidos: %2.</source>
        <translation>Propuestas presentadas: %1. Respaldos recibidos: %2.</translation>
    </message>
    <message>
        <location filename="../../app/ui/debate_pdf.py" line="46" />
        <source>Edugestores propone</source>
        <translation>Edugestores propone</translation>
    </message>
    <message>
        <location filename="../../app/ui/debate_pdf.py" line="48" />
        <source>La pregunta del debate</source>
        <translation>La pregunta del debate</translation>
    </message>
    <message>
        <location filename="../../app/ui/debate_pdf.py" line="54" />
        <source>Síntesis</source>
        <translation>Síntesis</translation>
    </message>
    <message>
        <location filename="../../app/ui/debate_pdf.py" line="56" />
        <source>Propuesta de la red</source>
        <translation>Propuesta de la red</translation>
    </message>
    <message>
        <location filename="../../app/ui/debate_pdf.py" line="60" />
        <source>Publicada el %1</source>
        <translation>Publicada el %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/debate_pdf.py" line="67" />
        <source>Propuestas de los miembros</source>
        <translation>Propuestas de los miembros</translation>
    </message>
    <message>
        <location filename="../../app/ui/debate_pdf.py" line="69" />
        <source>%1 — %2 (respaldos: %3)</source>
        <translation>%1 — %2 (respaldos: %3)</translation>
    </message>
</context>
<context>
    <name>Repositorio</name>
    <message>
        <location filename="../../app/ui/repository_view.py" line="46" />
        <source>Guía</source>
        <translation>Guía</translation>
    </message>
    <message>
        <location filename="../../app/ui/repository_view.py" line="47" />
        <source>Investigación</source>
        <translation>Investigación</translation>
    </message>
    <message>
        <location filename="../../app/ui/repository_view.py" line="48" />
        <source>Informe</source>
        <translation>Informe</translation>
    </message>
    <message>
        <location filename="../../app/ui/repository_view.py" line="49" />
        <source>Norma</source>
        <translation>Norma</translation>
    </message>
    <message>
        <location filename="../../app/ui/repository_view.py" line="50" />
        <source>Sistematización</source>
        <translation>Sistematización</translation>
    </message>
    <message>
        <location filename="../../app/ui/repository_view.py" line="51" />
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <location filename="../../app/ui/repository_view.py" line="52" />
        <source>Artículo</source>
        <translation>Artículo</translation>
    </message>
    <message>
        <location filename="../../app/ui/repository_view.py" line="53" />
        <source>Libro</source>
        <translation>Libro</translation>
    </message>
    <message>
        <location filename="../../app/ui/repository_view.py" line="54" />
        <source>Presentación</source>
        <translation>Presentación</translation>
    </message>
    <message>
        <location filename="../../app/ui/repository_view.py" line="55" />
        <source>Otro</source>
        <translation>Otro</translation>
    </message>
    <message>
        <location filename="../../app/ui/repository_view.py" line="61" />
        <source>Castellano</source>
        <translation>Castellano</translation>
    </message>
    <message>
        <location filename="../../app/ui/repository_view.py" line="62" />
        <source>Quechua</source>
        <translation>Quechua</translation>
    </message>
    <message>
        <location filename="../../app/ui/repository_view.py" line="63" />
        <source>Aimara</source>
        <translation>Aimara</translation>
    </message>
    <message>
        <location filename="../../app/ui/repository_view.py" line="64" />
        <source>Inglés</source>
        <translation>Inglés</translation>
    </message>
    <message>
        <location filename="../../app/ui/repository_view.py" line="70" />
        <source>El disco de esta computadora está lleno y el documento no cabe. Minka borró la parte descargada; nada más se perdió. Libere espacio (por ejemplo, quitando documentos que ya no use) y vuelva a descargarlo.</source>
        <translation>El disco de esta computadora está lleno y el documento no cabe. Minka borró la parte descargada; nada más se perdió. Libere espacio (por ejemplo, quitando documentos que ya no use) y vuelva a descargarlo.</translation>
    </message>
    <message>
        <location filename="../../app/ui/repository_view.py" line="76" />
        <source>El servidor ya no tiene este archivo.</source>
        <translation>El servidor ya no tiene este archivo.</translation>
    </message>
    <message>
        <location filename="../../app/ui/repository_view.py" line="78" />
        <source>Sin conexión: la descarga continuará donde quedó cuando vuelva la señal. Pulse «Descargar» para intentarlo otra vez.</source>
        <translation>Sin conexión: la descarga continuará donde quedó cuando vuelva la señal. Pulse «Descargar» para intentarlo otra vez.</translation>
    </message>
    <message>
        <location filename="../../app/ui/repository_view.py" line="172" />
        <source>Descargado en este equipo</source>
        <translation>Descargado en este equipo</translation>
    </message>
</context>
<context>
    <name>RepositoryView</name>
    <message>
        <location filename="../../app/ui/repository_view.py" line="360" />
        <source>Repositorio</source>
        <translation>Repositorio</translation>
    </message>
    <message>
        <location filename="../../app/ui/repository_view.py" line="363" />
        <source>Proponer un documento</source>
        <translation>Proponer un documento</translation>
    </message>
    <message>
        <location filename="../../app/ui/repository_view.py" line="374" />
        <source>Buscar</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <location filename="../../app/ui/repository_view.py" line="375" />
        <source>Mis propuestas</source>
        <translation>Mis propuestas</translation>
    </message>
    <message>
        <location filename="../../app/ui/repository_view.py" line="466" />
        <location filename="../../app/ui/repository_view.py" line="755" />
        <source>Guardar siempre en este equipo</source>
        <translation>Guardar siempre en este equipo</translation>
    </message>
    <message>
        <location filename="../../app/ui/repository_view.py" line="468" />
        <source>Minka lo descarga si hace falta y no lo borra cuando necesite espacio para otras descargas.</source>
        <translation>Minka lo descarga si hace falta y no lo borra cuando necesite espacio para otras descargas.</translation>
    </message>
    <message>
        <location filename="../../app/ui/repository_view.py" line="575" />
        <location filename="../../app/ui/repository_view.py" line="968" />
        <source>Propuestas por revisar</source>
        <translation>Propuestas por revisar</translation>
    </message>
    <message>
        <location filename="../../app/ui/repository_view.py" line="401" />
        <source>Buscar por título, autor, tema o palabras del documento…</source>
        <translation>Buscar por título, autor, tema o palabras del documento…</translation>
    </message>
    <message>
        <location filename="../../app/ui/repository_view.py" line="410" />
        <source>cualquiera</source>
        <translation>cualquiera</translation>
    </message>
    <message>
        <location filename="../../app/ui/repository_view.py" line="414" />
        <source>Quitar filtros</source>
        <translation>Quitar filtros</translation>
    </message>
    <message>
        <location filename="../../app/ui/repository_view.py" line="421" />
        <source>Años:</source>
        <translation>Años:</translation>
    </message>
    <message>
        <location filename="../../app/ui/repository_view.py" line="456" />
        <location filename="../../app/ui/repository_view.py" line="749" />
        <source>Descargar</source>
        <translation>Descargar</translation>
    </message>
    <message>
        <location filename="../../app/ui/repository_view.py" line="459" />
        <source>Cancelar</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../app/ui/repository_view.py" line="461" />
        <source>Abrir</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <location filename="../../app/ui/repository_view.py" line="471" />
        <source>Quitar de este equipo</source>
        <translation>Quitar de este equipo</translation>
    </message>
    <message>
        <location filename="../../app/ui/repository_view.py" line="518" />
        <source>Abrir el archivo</source>
        <translation>Abrir el archivo</translation>
    </message>
    <message>
        <location filename="../../app/ui/repository_view.py" line="522" />
        <source>Si no la acepta, explique el motivo a quien la propuso (por ejemplo: el archivo no se puede abrir, o el documento ya está en el repositorio).</source>
        <translation>Si no la acepta, explique el motivo a quien la propuso (por ejemplo: el archivo no se puede abrir, o el documento ya está en el repositorio).</translation>
    </message>
    <message>
        <location filename="../../app/ui/repository_view.py" line="525" />
        <source>Publicar en el repositorio</source>
        <translation>Publicar en el repositorio</translation>
    </message>
    <message>
        <location filename="../../app/ui/repository_view.py" line="528" />
        <source>No aceptar</source>
        <translation>No aceptar</translation>
    </message>
    <message>
        <location filename="../../app/ui/repository_view.py" line="586" />
        <source>Todos los tipos</source>
        <translation>Todos los tipos</translation>
    </message>
    <message>
        <location filename="../../app/ui/repository_view.py" line="589" />
        <source>Todos los temas</source>
        <translation>Todos los temas</translation>
    </message>
    <message>
        <location filename="../../app/ui/repository_view.py" line="592" />
        <source>Todas las regiones</source>
        <translation>Todas las regiones</translation>
    </message>
    <message>
        <location filename="../../app/ui/repository_view.py" line="660" />
        <source>Ningún documento coincide. Pruebe con otras palabras o quite filtros.</source>
        <translation>Ningún documento coincide. Pruebe con otras palabras o quite filtros.</translation>
    </message>
    <message>
        <location filename="../../app/ui/repository_view.py" line="663" />
        <source>El repositorio aún no tiene documentos en este equipo. Sincronice para recibirlos.</source>
        <translation>El repositorio aún no tiene documentos en este equipo. Sincronice para recibirlos.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/repository_view.py" line="666" />
        <source>%n documentos</source>
        <translation>
            <numerusform>%n documento</numerusform><numerusform>%n documentos</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/ui/repository_view.py" line="681" />
        <source>Elija un documento de la lista para ver su ficha.</source>
        <translation>Elija un documento de la lista para ver su ficha.</translation>
    </message>
    <message>
        <location filename="../../app/ui/repository_view.py" line="700" />
        <location filename="../../app/ui/repository_view.py" line="990" />
        <source>Autores</source>
        <translation>Autores</translation>
    </message>
    <message>
        <location filename="../../app/ui/repository_view.py" line="701" />
        <location filename="../../app/ui/repository_view.py" line="991" />
        <source>Tipo</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../app/ui/repository_view.py" line="702" />
        <location filename="../../app/ui/repository_view.py" line="992" />
        <source>Año</source>
        <translation>Año</translation>
    </message>
    <message>
        <location filename="../../app/ui/repository_view.py" line="703" />
        <location filename="../../app/ui/repository_view.py" line="993" />
        <source>Temas</source>
        <translation>Temas</translation>
    </message>
    <message>
        <location filename="../../app/ui/repository_view.py" line="704" />
        <location filename="../../app/ui/repository_view.py" line="994" />
        <source>Región</source>
        <translation>Región</translation>
    </message>
    <message>
        <location filename="../../app/ui/repository_view.py" line="705" />
        <location filename="../../app/ui/repository_view.py" line="995" />
        <source>Idioma</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../../app/ui/repository_view.py" line="706" />
        <location filename="../../app/ui/repository_view.py" line="996" />
        <source>Fuente</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <location filename="../../app/ui/repository_view.py" line="707" />
        <location filename="../../app/ui/repository_view.py" line="997" />
        <source>Licencia</source>
        <translation>Licencia</translation>
    </message>
    <message>
        <location filename="../../app/ui/repository_view.py" line="708" />
        <source>Código</source>
        <translation>Código</translation>
    </message>
    <message>
        <location filename="../../app/ui/repository_view.py" line="710" />
        <location filename="../../app/ui/repository_view.py" line="998" />
        <source>Archivo</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <location filename="../../app/ui/repository_view.py" line="712" />
        <source>Origen</source>
        <translation>Origen</translation>
    </message>
    <message>
        <location filename="../../app/ui/repository_view.py" line="712" />
        <source>Propuesto por un miembro de la red</source>
        <translation>Propuesto por un miembro de la red</translation>
    </message>
    <message>
        <location filename="../../app/ui/repository_view.py" line="728" />
        <source>Este documento solo tiene ficha; no tiene archivo.</source>
        <translation>Este documento solo tiene ficha; no tiene archivo.</translation>
    </message>
    <message>
        <location filename="../../app/ui/repository_view.py" line="737" />
        <source>Descargando… %1 %</source>
        <translation>Descargando… %1 %</translation>
    </message>
    <message>
        <location filename="../../app/ui/repository_view.py" line="742" />
        <source>Sin descargar</source>
        <translation>Sin descargar</translation>
    </message>
    <message>
        <location filename="../../app/ui/repository_view.py" line="743" />
        <source>Descárguelo para leerlo sin conexión.</source>
        <translation>Descárguelo para leerlo sin conexión.</translation>
    </message>
    <message>
        <location filename="../../app/ui/repository_view.py" line="748" />
        <source>Continuar la descarga</source>
        <translation>Continuar la descarga</translation>
    </message>
    <message>
        <location filename="../../app/ui/repository_view.py" line="674" />
        <source>Documentos descargados en este equipo: %1</source>
        <translation>Documentos descargados en este equipo: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/repository_view.py" line="730" />
        <source>Guardado siempre en este equipo: no se borra para hacer espacio.</source>
        <translation>Guardado siempre en este equipo: no se borra para hacer espacio.</translation>
    </message>
    <message>
        <location filename="../../app/ui/repository_view.py" line="732" />
        <source>Descargado en este equipo: puede leerlo sin conexión. Si falta espacio para otra descarga, Minka podría borrarlo.</source>
        <translation>Descargado en este equipo: puede leerlo sin conexión. Si falta espacio para otra descarga, Minka podría borrarlo.</translation>
    </message>
    <message>
        <location filename="../../app/ui/repository_view.py" line="738" />
        <source>Descarga sin terminar (%1 %): continuará automáticamente.</source>
        <translation>Descarga sin terminar (%1 %): continuará automáticamente.</translation>
    </message>
    <message>
        <location filename="../../app/ui/repository_view.py" line="754" />
        <source>Guardado siempre en este equipo</source>
        <translation>Guardado siempre en este equipo</translation>
    </message>
    <message>
        <location filename="../../app/ui/repository_view.py" line="880" />
        <source>El archivo se conserva porque otra parte de Minka lo usa todavía.</source>
        <translation>El archivo se conserva porque otra parte de Minka lo usa todavía.</translation>
    </message>
    <message>
        <location filename="../../app/ui/repository_view.py" line="905" />
        <source>Pendiente de envío: se enviará en la próxima sincronización.</source>
        <translation>Pendiente de envío: se enviará en la próxima sincronización.</translation>
    </message>
    <message>
        <location filename="../../app/ui/repository_view.py" line="908" />
        <source>Usted decidió publicarla; se enviará en la próxima sincronización.</source>
        <translation>Usted decidió publicarla; se enviará en la próxima sincronización.</translation>
    </message>
    <message>
        <location filename="../../app/ui/repository_view.py" line="910" />
        <source>Usted decidió no aceptarla; se enviará en la próxima sincronización.</source>
        <translation>Usted decidió no aceptarla; se enviará en la próxima sincronización.</translation>
    </message>
    <message>
        <location filename="../../app/ui/repository_view.py" line="914" />
        <source>No se pudo enviar: %1 Su ficha y su archivo se conservan en este equipo.</source>
        <translation>No se pudo enviar: %1 Su ficha y su archivo se conservan en este equipo.</translation>
    </message>
    <message>
        <location filename="../../app/ui/repository_view.py" line="918" />
        <source>Publicada en el repositorio.</source>
        <translation>Publicada en el repositorio.</translation>
    </message>
    <message>
        <location filename="../../app/ui/repository_view.py" line="920" />
        <source>No aceptada: %1</source>
        <translation>No aceptada: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/repository_view.py" line="921" />
        <source>Pendiente de revisión por un formador o formadora.</source>
        <translation>Pendiente de revisión por un formador o formadora.</translation>
    </message>
    <message>
        <location filename="../../app/ui/repository_view.py" line="931" />
        <source>Todavía no ha propuesto documentos. Use «Proponer un documento» para compartir uno con la red.</source>
        <translation>Todavía no ha propuesto documentos. Use «Proponer un documento» para compartir uno con la red.</translation>
    </message>
    <message>
        <location filename="../../app/ui/repository_view.py" line="954" />
        <source>Por revisar</source>
        <translation>Por revisar</translation>
    </message>
    <message>
        <location filename="../../app/ui/repository_view.py" line="956" />
        <source>Producto del grupo «%1»</source>
        <translation>Producto del grupo «%1»</translation>
    </message>
    <message>
        <location filename="../../app/ui/repository_view.py" line="967" />
        <source>Propuestas por revisar (%1)</source>
        <translation>Propuestas por revisar (%1)</translation>
    </message>
    <message>
        <location filename="../../app/ui/repository_view.py" line="971" />
        <source>No hay propuestas esperando su revisión.</source>
        <translation>No hay propuestas esperando su revisión.</translation>
    </message>
    <message>
        <location filename="../../app/ui/repository_view.py" line="988" />
        <source>Propuesto por</source>
        <translation>Propuesto por</translation>
    </message>
    <message>
        <location filename="../../app/ui/repository_view.py" line="989" />
        <source>Grupo</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <location filename="../../app/ui/repository_view.py" line="1011" />
        <source>Su decisión no se registró: %1</source>
        <translation>Su decisión no se registró: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/repository_view.py" line="1036" />
        <source>Decisión guardada: se enviará en la próxima sincronización.</source>
        <translation>Decisión guardada: se enviará en la próxima sincronización.</translation>
    </message>
    <message>
        <location filename="../../app/ui/repository_view.py" line="1044" />
        <source>Trayendo el archivo…</source>
        <translation>Trayendo el archivo…</translation>
    </message>
</context>
<context>
    <name>ReviewView</name>
    <message>
        <location filename="../../app/ui/review_view.py" line="40" />
        <source>Revisar</source>
        <translation>Revisar</translation>
    </message>
    <message>
        <location filename="../../app/ui/review_view.py" line="43" />
        <source>Ver las propuestas de documentos</source>
        <translation>Ver las propuestas de documentos</translation>
    </message>
    <message>
        <location filename="../../app/ui/review_view.py" line="55" />
        <source>Publicaciones reportadas</source>
        <translation>Publicaciones reportadas</translation>
    </message>
    <message>
        <location filename="../../app/ui/review_view.py" line="66" />
        <source>Reportes</source>
        <translation>Reportes</translation>
    </message>
    <message>
        <location filename="../../app/ui/review_view.py" line="80" />
        <source>Por ejemplo: contiene datos personales.</source>
        <translation>Por ejemplo: contiene datos personales.</translation>
    </message>
    <message>
        <location filename="../../app/ui/review_view.py" line="84" />
        <source>Ocultar</source>
        <translation>Ocultar</translation>
    </message>
    <message>
        <location filename="../../app/ui/review_view.py" line="87" />
        <source>Descartar reportes</source>
        <translation>Descartar reportes</translation>
    </message>
    <message>
        <location filename="../../app/ui/review_view.py" line="88" />
        <source>La publicación sigue visible para todos.</source>
        <translation>La publicación sigue visible para todos.</translation>
    </message>
    <message>
        <location filename="../../app/ui/review_view.py" line="98" />
        <source>Si la oculta, escriba el motivo: lo leerá quien la escribió.</source>
        <translation>Si la oculta, escriba el motivo: lo leerá quien la escribió.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/review_view.py" line="129" />
        <source>%n reportes</source>
        <translation>
            <numerusform>%n reporte</numerusform><numerusform>%n reportes</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/ui/review_view.py" line="138" />
        <source>Propuestas de documentos por revisar: %1</source>
        <translation>Propuestas de documentos por revisar: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/review_view.py" line="150" />
        <source>No hay reportes por revisar</source>
        <translation>No hay reportes por revisar</translation>
    </message>
    <message>
        <location filename="../../app/ui/review_view.py" line="152" />
        <source>Cuando alguien de la red reporte una publicación, llegará aquí en la próxima sincronización.</source>
        <translation>Cuando alguien de la red reporte una publicación, llegará aquí en la próxima sincronización.</translation>
    </message>
    <message>
        <location filename="../../app/ui/review_view.py" line="158" />
        <source>Escrito por %1</source>
        <translation>Escrito por %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/review_view.py" line="159" />
        <source>ya oculta</source>
        <translation>ya oculta</translation>
    </message>
    <message>
        <location filename="../../app/ui/review_view.py" line="166" />
        <source>(sin motivo)</source>
        <translation>(sin motivo)</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../app/ui/signin.py" line="26" />
        <source>Ingresar a Minka</source>
        <translation>Ingresar a Minka</translation>
    </message>
    <message>
        <location filename="../../app/ui/signin.py" line="28" />
        <source>Ingrese una sola vez con la cuenta que le dio su formador o formadora. Después, Minka abrirá sin pedirle nada, aunque no tenga internet.</source>
        <translation>Ingrese una sola vez con la cuenta que le dio su formador o formadora. Después, Minka abrirá sin pedirle nada, aunque no tenga internet.</translation>
    </message>
    <message>
        <location filename="../../app/ui/signin.py" line="35" />
        <source>por ejemplo: rosa.quispe</source>
        <translation>por ejemplo: rosa.quispe</translation>
    </message>
    <message>
        <location filename="../../app/ui/signin.py" line="39" />
        <source>Servidor</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <location filename="../../app/ui/signin.py" line="40" />
        <source>Usuario</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <location filename="../../app/ui/signin.py" line="41" />
        <source>Contraseña</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <location filename="../../app/ui/signin.py" line="43" />
        <source>Esta dirección no usa conexión segura (https): su contraseña y lo que escriba viajarían sin protección por la red. Úsela solo si su formador o formadora se lo indicó.</source>
        <translation>Esta dirección no usa conexión segura (https): su contraseña y lo que escriba viajarían sin protección por la red. Úsela solo si su formador o formadora se lo indicó.</translation>
    </message>
    <message>
        <location filename="../../app/ui/signin.py" line="55" />
        <source>Ingresar</source>
        <translation>Ingresar</translation>
    </message>
    <message>
        <location filename="../../app/ui/signin.py" line="66" />
        <source>Importar desde USB…</source>
        <translation>Importar desde USB…</translation>
    </message>
    <message>
        <location filename="../../app/ui/signin.py" line="75" />
        <source>Empezar sin internet…</source>
        <translation>Empezar sin internet…</translation>
    </message>
    <message>
        <location filename="../../app/ui/signin.py" line="107" />
        <source>El paquete ya está en esta computadora (%1 registros). Al ingresar, Minka traerá solo lo que el paquete no tiene.</source>
        <translation>El paquete ya está en esta computadora (%1 registros). Al ingresar, Minka traerá solo lo que el paquete no tiene.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/signin.py" line="142" />
        <source>Demasiados intentos. Vuelva a intentarlo en %n minutos.</source>
        <translation>
            <numerusform>Demasiados intentos. Vuelva a intentarlo en %n minuto.</numerusform><numerusform>Demasiados intentos. Vuelva a intentarlo en %n minutos.</numerusform></translation>
    </message>
</context>
<context>
    <name>StatsView</name>
    <message>
        <location filename="../../app/ui/stats_view.py" line="27" />
        <source>Mujeres</source>
        <translation>Mujeres</translation>
    </message>
    <message>
        <location filename="../../app/ui/stats_view.py" line="28" />
        <source>Hombres</source>
        <translation>Hombres</translation>
    </message>
    <message>
        <location filename="../../app/ui/stats_view.py" line="29" />
        <location filename="../../app/ui/stats_view.py" line="65" />
        <location filename="../../app/ui/stats_view.py" line="131" />
        <source>Sin dato</source>
        <translation>Sin dato</translation>
    </message>
    <message>
        <location filename="../../app/ui/stats_view.py" line="54" />
        <source>Miembros activos mes a mes</source>
        <translation>Miembros activos mes a mes</translation>
    </message>
    <message>
        <location filename="../../app/ui/stats_view.py" line="55" />
        <location filename="../../app/ui/stats_view.py" line="125" />
        <source>Miembros activos</source>
        <translation>Miembros activos</translation>
    </message>
    <message>
        <location filename="../../app/ui/stats_view.py" line="57" />
        <source>Activos en los 90 días hasta el fin de cada mes.</source>
        <translation>Activos en los 90 días hasta el fin de cada mes.</translation>
    </message>
    <message>
        <location filename="../../app/ui/stats_view.py" line="59" />
        <source>Meta: %1</source>
        <translation>Meta: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/stats_view.py" line="66" />
        <source>%1 (%2 %)</source>
        <translation>%1 (%2 %)</translation>
    </message>
    <message>
        <location filename="../../app/ui/stats_view.py" line="70" />
        <source>Todavía no hay miembros activos.</source>
        <translation>Todavía no hay miembros activos.</translation>
    </message>
    <message>
        <location filename="../../app/ui/stats_view.py" line="73" />
        <source>Publicaciones y descargas por mes</source>
        <translation>Publicaciones y descargas por mes</translation>
    </message>
    <message>
        <location filename="../../app/ui/stats_view.py" line="74" />
        <source>Publicaciones</source>
        <translation>Publicaciones</translation>
    </message>
    <message>
        <location filename="../../app/ui/stats_view.py" line="76" />
        <source>Descargas de documentos</source>
        <translation>Descargas de documentos</translation>
    </message>
    <message>
        <location filename="../../app/ui/stats_view.py" line="78" />
        <source>Publicaciones en los foros y en el muro; descargas de documentos del repositorio.</source>
        <translation>Publicaciones en los foros y en el muro; descargas de documentos del repositorio.</translation>
    </message>
    <message>
        <location filename="../../app/ui/stats_view.py" line="81" />
        <source>Documentos nuevos en el repositorio</source>
        <translation>Documentos nuevos en el repositorio</translation>
    </message>
    <message>
        <location filename="../../app/ui/stats_view.py" line="82" />
        <source>Documentos nuevos</source>
        <translation>Documentos nuevos</translation>
    </message>
    <message>
        <location filename="../../app/ui/stats_view.py" line="85" />
        <source>Miembros activos por región</source>
        <translation>Miembros activos por región</translation>
    </message>
    <message>
        <location filename="../../app/ui/stats_view.py" line="87" />
        <source>Miembros activos por cargo</source>
        <translation>Miembros activos por cargo</translation>
    </message>
    <message>
        <location filename="../../app/ui/stats_view.py" line="89" />
        <source>Miembros activos por género</source>
        <translation>Miembros activos por género</translation>
    </message>
    <message>
        <location filename="../../app/ui/stats_view.py" line="98" />
        <source>Las estadísticas llegan con la próxima sincronización.</source>
        <translation>Las estadísticas llegan con la próxima sincronización.</translation>
    </message>
    <message>
        <location filename="../../app/ui/stats_view.py" line="100" />
        <source>%1 miembros activos de %2 (activos: sincronizaron o escribieron en los últimos %3 días).</source>
        <translation>%1 miembros activos de %2 (activos: sincronizaron o escribieron en los últimos %3 días).</translation>
    </message>
    <message>
        <location filename="../../app/ui/stats_view.py" line="106" />
        <source>Meta de la red: %1.</source>
        <translation>Meta de la red: %1.</translation>
    </message>
    <message>
        <location filename="../../app/ui/stats_view.py" line="112" />
        <source>Datos calculados: %1.</source>
        <translation>Datos calculados: %1.</translation>
    </message>
    <message>
        <location filename="../../app/ui/stats_view.py" line="120" />
        <source>Sección</source>
        <translation>Sección</translation>
    </message>
    <message>
        <location filename="../../app/ui/stats_view.py" line="121" />
        <source>Dato</source>
        <translation>Dato</translation>
    </message>
    <message>
        <location filename="../../app/ui/stats_view.py" line="122" />
        <source>Valor</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location filename="../../app/ui/stats_view.py" line="123" />
        <source>Resumen</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <location filename="../../app/ui/stats_view.py" line="124" />
        <source>Miembros</source>
        <translation>Miembros</translation>
    </message>
    <message>
        <location filename="../../app/ui/stats_view.py" line="126" />
        <source>Meta de miembros activos</source>
        <translation>Meta de miembros activos</translation>
    </message>
    <message>
        <location filename="../../app/ui/stats_view.py" line="127" />
        <source>Calculado el</source>
        <translation>Calculado el</translation>
    </message>
    <message>
        <location filename="../../app/ui/stats_view.py" line="128" />
        <source>Activos por región</source>
        <translation>Activos por región</translation>
    </message>
    <message>
        <location filename="../../app/ui/stats_view.py" line="129" />
        <source>Activos por cargo</source>
        <translation>Activos por cargo</translation>
    </message>
    <message>
        <location filename="../../app/ui/stats_view.py" line="130" />
        <source>Activos por género</source>
        <translation>Activos por género</translation>
    </message>
    <message>
        <location filename="../../app/ui/stats_view.py" line="132" />
        <source>Activos por mes</source>
        <translation>Activos por mes</translation>
    </message>
    <message>
        <location filename="../../app/ui/stats_view.py" line="133" />
        <source>Publicaciones por mes</source>
        <translation>Publicaciones por mes</translation>
    </message>
    <message>
        <location filename="../../app/ui/stats_view.py" line="134" />
        <source>Descargas por mes</source>
        <translation>Descargas por mes</translation>
    </message>
    <message>
        <location filename="../../app/ui/stats_view.py" line="135" />
        <source>Documentos nuevos por mes</source>
        <translation>Documentos nuevos por mes</translation>
    </message>
    <message>
        <location filename="../../app/ui/stats_view.py" line="153" />
        <source>Estadísticas de la red</source>
        <translation>Estadísticas de la red</translation>
    </message>
    <message>
        <location filename="../../app/ui/stats_view.py" line="155" />
        <source>Guardar imagen (PNG)…</source>
        <translation>Guardar imagen (PNG)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/stats_view.py" line="157" />
        <source>Guardar datos (CSV)…</source>
        <translation>Guardar datos (CSV)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/stats_view.py" line="206" />
        <source>estadisticas-de-la-red</source>
        <translation>estadisticas-de-la-red</translation>
    </message>
    <message>
        <location filename="../../app/ui/stats_view.py" line="216" />
        <source>Estadísticas de la red Minka</source>
        <translation>Estadísticas de la red Minka</translation>
    </message>
    <message>
        <location filename="../../app/ui/stats_view.py" line="221" />
        <source>Guardar las estadísticas como imagen</source>
        <translation>Guardar las estadísticas como imagen</translation>
    </message>
    <message>
        <location filename="../../app/ui/stats_view.py" line="222" />
        <source>Imagen PNG (*.png)</source>
        <translation>Imagen PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../../app/ui/stats_view.py" line="235" />
        <source>Guardar los datos de las estadísticas</source>
        <translation>Guardar los datos de las estadísticas</translation>
    </message>
    <message>
        <location filename="../../app/ui/stats_view.py" line="236" />
        <source>Datos CSV (*.csv)</source>
        <translation>Datos CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../app/ui/stats_view.py" line="250" />
        <source>Guardado: %1</source>
        <translation>Guardado: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/stats_view.py" line="254" />
        <source>No se pudo guardar</source>
        <translation>No se pudo guardar</translation>
    </message>
    <message>
        <location filename="../../app/ui/stats_view.py" line="255" />
        <source>No se pudo guardar el archivo en ese lugar. Elija otra carpeta, por ejemplo Documentos, y revise que haya espacio libre.</source>
        <translation>No se pudo guardar el archivo en ese lugar. Elija otra carpeta, por ejemplo Documentos, y revise que haya espacio libre.</translation>
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
        <translation>Cada persona pudo marcar varias opciones: los porcentajes suman más de 100.</translation>
    </message>
    <message>
        <location filename="../../app/ui/surveys_view.py" line="46" />
        <source>Su elección está en otro color.</source>
        <translation>Su elección está en otro color.</translation>
    </message>
    <message>
        <location filename="../../app/ui/surveys_view.py" line="48" />
        <source>Resultados</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <location filename="../../app/ui/surveys_view.py" line="49" />
        <source>Todavía nadie respondió.</source>
        <translation>Todavía nadie respondió.</translation>
    </message>
    <message>
        <location filename="../../app/ui/surveys_view.py" line="120" />
        <source>Encuestas de la red</source>
        <translation>Encuestas de la red</translation>
    </message>
    <message>
        <location filename="../../app/ui/surveys_view.py" line="122" />
        <source>Nueva encuesta…</source>
        <translation>Nueva encuesta…</translation>
    </message>
    <message>
        <location filename="../../app/ui/surveys_view.py" line="146" />
        <location filename="../../app/ui/surveys_view.py" line="271" />
        <source>Enviar respuesta</source>
        <translation>Enviar respuesta</translation>
    </message>
    <message>
        <location filename="../../app/ui/surveys_view.py" line="153" />
        <source>Verá los resultados cuando responda o cuando la encuesta cierre.</source>
        <translation>Verá los resultados cuando responda o cuando la encuesta cierre.</translation>
    </message>
    <message>
        <location filename="../../app/ui/surveys_view.py" line="157" />
        <source>Todavía no hay encuestas. Cuando la red haga una, aparecerá aquí después de sincronizar.</source>
        <translation>Todavía no hay encuestas. Cuando la red haga una, aparecerá aquí después de sincronizar.</translation>
    </message>
    <message>
        <location filename="../../app/ui/surveys_view.py" line="201" />
        <source>Abierta hasta el %1</source>
        <translation>Abierta hasta el %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/surveys_view.py" line="203" />
        <source>Cerrada el %1</source>
        <translation>Cerrada el %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/surveys_view.py" line="205" />
        <source>Pendiente: se enviará al sincronizar.</source>
        <translation>Pendiente: se enviará al sincronizar.</translation>
    </message>
    <message>
        <location filename="../../app/ui/surveys_view.py" line="209" />
        <source>Su respuesta no se contó</source>
        <translation>Su respuesta no se contó</translation>
    </message>
    <message>
        <location filename="../../app/ui/surveys_view.py" line="211" />
        <source>Ya respondió</source>
        <translation>Ya respondió</translation>
    </message>
    <message>
        <location filename="../../app/ui/surveys_view.py" line="213" />
        <source>Falta su respuesta</source>
        <translation>Falta su respuesta</translation>
    </message>
    <message>
        <location filename="../../app/ui/surveys_view.py" line="258" />
        <source>Puede marcar varias opciones.</source>
        <translation>Puede marcar varias opciones.</translation>
    </message>
    <message>
        <location filename="../../app/ui/surveys_view.py" line="259" />
        <source>Marque una opción.</source>
        <translation>Marque una opción.</translation>
    </message>
    <message>
        <location filename="../../app/ui/surveys_view.py" line="261" />
        <source>Abierta hasta el %1. %2 Puede cambiar su respuesta hasta entonces.</source>
        <translation>Abierta hasta el %1. %2 Puede cambiar su respuesta hasta entonces.</translation>
    </message>
    <message>
        <location filename="../../app/ui/surveys_view.py" line="266" />
        <source>Cerró el %1.</source>
        <translation>Cerró el %1.</translation>
    </message>
    <message>
        <location filename="../../app/ui/surveys_view.py" line="270" />
        <source>Cambiar respuesta</source>
        <translation>Cambiar respuesta</translation>
    </message>
    <message>
        <location filename="../../app/ui/surveys_view.py" line="274" />
        <source>Su respuesta se enviará al sincronizar; se contará entonces.</source>
        <translation>Su respuesta se enviará al sincronizar; se contará entonces.</translation>
    </message>
    <message>
        <location filename="../../app/ui/surveys_view.py" line="277" />
        <source>Su respuesta está registrada.</source>
        <translation>Su respuesta está registrada.</translation>
    </message>
    <message>
        <location filename="../../app/ui/surveys_view.py" line="283" />
        <source>Todavía no respondió.</source>
        <translation>Todavía no respondió.</translation>
    </message>
    <message>
        <location filename="../../app/ui/surveys_view.py" line="284" />
        <source>No respondió esta encuesta.</source>
        <translation>No respondió esta encuesta.</translation>
    </message>
    <message>
        <location filename="../../app/ui/surveys_view.py" line="333" />
        <source>No se pudo guardar la respuesta</source>
        <translation>No se pudo guardar la respuesta</translation>
    </message>
</context>
<context>
    <name>SyncHistoryDialog</name>
    <message>
        <location filename="../../app/ui/history.py" line="38" />
        <source>Historial de sincronización</source>
        <translation>Historial de sincronización</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="40" />
        <source>Cada vez que Minka intentó sincronizar: qué envió, qué recibió y, si no pudo, por qué. Si algo no funciona, exporte un diagnóstico y envíeselo a su formador o formadora.</source>
        <translation>Cada vez que Minka intentó sincronizar: qué envió, qué recibió y, si no pudo, por qué. Si algo no funciona, exporte un diagnóstico y envíeselo a su formador o formadora.</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="45" />
        <source>Cuándo</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="45" />
        <source>Resultado</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="46" />
        <source>Enviados</source>
        <translation>Enviados</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="46" />
        <source>Recibidos</source>
        <translation>Recibidos</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="47" />
        <source>Datos usados</source>
        <translation>Datos usados</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="54" />
        <source>Exportar diagnóstico…</source>
        <translation>Exportar diagnóstico…</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="74" />
        <source>Sin terminar (en curso, o Minka se cerró antes de acabar)</source>
        <translation>Sin terminar (en curso, o Minka se cerró antes de acabar)</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="76" />
        <source>Completa</source>
        <translation>Completa</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/history.py" line="78" />
        <source>%n escritos no aceptados</source>
        <translation>
            <numerusform>%n escrito no aceptado</numerusform><numerusform>%n escritos no aceptados</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="80" />
        <source>Incompleta: %1</source>
        <translation>Incompleta: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="95" />
        <source>Guardar diagnóstico</source>
        <translation>Guardar diagnóstico</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="96" />
        <source>Archivo ZIP (*.zip)</source>
        <translation>Archivo ZIP (*.zip)</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="108" />
        <source>Diagnóstico guardado en %1. No contiene su contraseña ni sus escritos.</source>
        <translation>Diagnóstico guardado en %1. No contiene su contraseña ni sus escritos.</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="114" />
        <source>No se pudo guardar el diagnóstico en ese lugar. Pruebe con otra carpeta o una memoria USB con espacio libre.</source>
        <translation>No se pudo guardar el diagnóstico en ese lugar. Pruebe con otra carpeta o una memoria USB con espacio libre.</translation>
    </message>
</context>
<context>
    <name>ThreadDelegate</name>
    <message numerus="yes">
        <location filename="../../app/ui/forums_view.py" line="133" />
        <source>%n respuestas</source>
        <translation>
            <numerusform>%n respuesta</numerusform><numerusform>%n respuestas</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/ui/forums_view.py" line="135" />
        <source>Pendiente de envío</source>
        <translation>Pendiente de envío</translation>
    </message>
    <message>
        <location filename="../../app/ui/forums_view.py" line="137" />
        <source>No se pudo publicar</source>
        <translation>No se pudo publicar</translation>
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
        <translation>Contraseña de %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/people.py" line="75" />
        <source>Es la misma contraseña con la que ingresa a Minka. Funciona también sin internet.</source>
        <translation>Es la misma contraseña con la que ingresa a Minka. Funciona también sin internet.</translation>
    </message>
    <message>
        <location filename="../../app/ui/people.py" line="81" />
        <source>Abrir</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <location filename="../../app/ui/people.py" line="95" />
        <source>Escriba su contraseña.</source>
        <translation>Escriba su contraseña.</translation>
    </message>
    <message>
        <location filename="../../app/ui/people.py" line="107" />
        <source>No se pudo comprobar la contraseña en este equipo. Cierre Minka, vuelva a abrirlo e inténtelo de nuevo.</source>
        <translation>No se pudo comprobar la contraseña en este equipo. Cierre Minka, vuelva a abrirlo e inténtelo de nuevo.</translation>
    </message>
    <message>
        <location filename="../../app/ui/people.py" line="116" />
        <source>La contraseña no es correcta. Inténtelo de nuevo.</source>
        <translation>La contraseña no es correcta. Inténtelo de nuevo.</translation>
    </message>
</context>
<context>
    <name>WallDelegate</name>
    <message numerus="yes">
        <location filename="../../app/ui/wall_view.py" line="199" />
        <source>%n comentarios</source>
        <translation>
            <numerusform>%n comentario</numerusform><numerusform>%n comentarios</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/ui/wall_view.py" line="201" />
        <source>Pendiente de envío</source>
        <translation>Pendiente de envío</translation>
    </message>
    <message>
        <location filename="../../app/ui/wall_view.py" line="203" />
        <source>No se pudo publicar</source>
        <translation>No se pudo publicar</translation>
    </message>
</context>
<context>
    <name>WallView</name>
    <message>
        <location filename="../../app/ui/wall_view.py" line="288" />
        <source>Muro</source>
        <translation>Muro</translation>
    </message>
    <message>
        <location filename="../../app/ui/wall_view.py" line="290" />
        <source>Publicar noticia…</source>
        <translation>Publicar noticia…</translation>
    </message>
    <message>
        <location filename="../../app/ui/wall_view.py" line="298" />
        <source>Comparta una información, una experiencia o una pregunta con la red.</source>
        <translation>Comparta una información, una experiencia o una pregunta con la red.</translation>
    </message>
    <message>
        <location filename="../../app/ui/wall_view.py" line="300" />
        <source>Adjuntar foto o documento…</source>
        <translation>Adjuntar foto o documento…</translation>
    </message>
    <message>
        <location filename="../../app/ui/wall_view.py" line="303" />
        <source>Publicar</source>
        <translation>Publicar</translation>
    </message>
    <message>
        <location filename="../../app/ui/wall_view.py" line="349" />
        <source>Abrir archivo</source>
        <translation>Abrir archivo</translation>
    </message>
    <message>
        <location filename="../../app/ui/wall_view.py" line="351" />
        <source>Comentarios</source>
        <translation>Comentarios</translation>
    </message>
    <message>
        <location filename="../../app/ui/wall_view.py" line="370" />
        <source>Escriba un comentario. Se enviará al sincronizar.</source>
        <translation>Escriba un comentario. Se enviará al sincronizar.</translation>
    </message>
    <message>
        <location filename="../../app/ui/wall_view.py" line="373" />
        <source>Comentar</source>
        <translation>Comentar</translation>
    </message>
    <message>
        <location filename="../../app/ui/wall_view.py" line="426" />
        <source>Muro de la red</source>
        <translation>Muro de la red</translation>
    </message>
    <message>
        <location filename="../../app/ui/wall_view.py" line="430" />
        <source>Elija una publicación para leerla completa y comentar.</source>
        <translation>Elija una publicación para leerla completa y comentar.</translation>
    </message>
    <message>
        <location filename="../../app/ui/wall_view.py" line="432" />
        <source>Todavía no hay publicaciones en este equipo. Escriba la primera, o sincronice para recibir las de la red.</source>
        <translation>Todavía no hay publicaciones en este equipo. Escriba la primera, o sincronice para recibir las de la red.</translation>
    </message>
    <message>
        <location filename="../../app/ui/wall_view.py" line="476" />
        <source>(pendiente de envío)</source>
        <translation>(pendiente de envío)</translation>
    </message>
    <message>
        <location filename="../../app/ui/wall_view.py" line="478" />
        <source>(no se publicó: %1 Su texto se conserva aquí para copiarlo.)</source>
        <translation>(no se publicó: %1 Su texto se conserva aquí para copiarlo.)</translation>
    </message>
    <message>
        <location filename="../../app/ui/wall_view.py" line="482" />
        <source>Sin comentarios todavía.</source>
        <translation>Sin comentarios todavía.</translation>
    </message>
    <message>
        <location filename="../../app/ui/wall_view.py" line="501" />
        <source>Edugestores reporta</source>
        <translation>Edugestores reporta</translation>
    </message>
    <message>
        <location filename="../../app/ui/wall_view.py" line="514" />
        <source>Pendiente de envío: se publicará en la próxima sincronización.</source>
        <translation>Pendiente de envío: se publicará en la próxima sincronización.</translation>
    </message>
    <message>
        <location filename="../../app/ui/wall_view.py" line="517" />
        <source>No se publicó: %1 Su texto se conserva aquí para copiarlo.</source>
        <translation>No se publicó: %1 Su texto se conserva aquí para copiarlo.</translation>
    </message>
    <message>
        <location filename="../../app/ui/wall_view.py" line="529" />
        <source>Ver foto</source>
        <translation>Ver foto</translation>
    </message>
    <message>
        <location filename="../../app/ui/wall_view.py" line="530" />
        <source>Abrir «%1»</source>
        <translation>Abrir «%1»</translation>
    </message>
    <message>
        <location filename="../../app/ui/wall_view.py" line="540" />
        <source>Adjuntar foto o documento</source>
        <translation>Adjuntar foto o documento</translation>
    </message>
    <message>
        <location filename="../../app/ui/wall_view.py" line="545" />
        <source>Adjunto: %1</source>
        <translation>Adjunto: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/wall_view.py" line="582" />
        <source>No se pudo comentar</source>
        <translation>No se pudo comentar</translation>
    </message>
    <message>
        <location filename="../../app/ui/wall_view.py" line="605" />
        <location filename="../../app/ui/wall_view.py" line="612" />
        <source>No se pudo abrir</source>
        <translation>No se pudo abrir</translation>
    </message>
</context>
<context>
    <name>WritingActions</name>
    <message>
        <location filename="../../app/ui/moderation.py" line="92" />
        <source>Esta publicación fue ocultada por la moderación de la red.</source>
        <translation>Esta publicación fue ocultada por la moderación de la red.</translation>
    </message>
    <message>
        <location filename="../../app/ui/moderation.py" line="101" />
        <source>La moderación ocultó su publicación. Motivo: «%1». Usted la sigue viendo, pero el resto de la red ya no ve su texto.</source>
        <translation>La moderación ocultó su publicación. Motivo: «%1». Usted la sigue viendo, pero el resto de la red ya no ve su texto.</translation>
    </message>
    <message>
        <location filename="../../app/ui/moderation.py" line="104" />
        <source>Oculta por la moderación. Motivo: «%1». Solo su autor o autora y la moderación ven el texto.</source>
        <translation>Oculta por la moderación. Motivo: «%1». Solo su autor o autora y la moderación ven el texto.</translation>
    </message>
    <message>
        <location filename="../../app/ui/moderation.py" line="107" />
        <source>sin motivo indicado</source>
        <translation>sin motivo indicado</translation>
    </message>
    <message>
        <location filename="../../app/ui/moderation.py" line="110" />
        <source>Edición pendiente de envío: se guardará en la próxima sincronización.</source>
        <translation>Edición pendiente de envío: se guardará en la próxima sincronización.</translation>
    </message>
    <message>
        <location filename="../../app/ui/moderation.py" line="122" />
        <source>Su edición no se aplicó: mientras usted editaba sin conexión, esta publicación cambió desde otro equipo. Arriba está la versión que quedó en la red; la suya se guardó aquí:</source>
        <translation>Su edición no se aplicó: mientras usted editaba sin conexión, esta publicación cambió desde otro equipo. Arriba está la versión que quedó en la red; la suya se guardó aquí:</translation>
    </message>
    <message>
        <location filename="../../app/ui/moderation.py" line="126" />
        <source>Su edición no se guardó: %1 Su texto se conserva aquí:</source>
        <translation>Su edición no se guardó: %1 Su texto se conserva aquí:</translation>
    </message>
    <message>
        <location filename="../../app/ui/moderation.py" line="129" />
        <source>Copiar mi versión</source>
        <translation>Copiar mi versión</translation>
    </message>
    <message>
        <location filename="../../app/ui/moderation.py" line="132" />
        <source>Usar mi versión…</source>
        <translation>Usar mi versión…</translation>
    </message>
    <message>
        <location filename="../../app/ui/moderation.py" line="134" />
        <source>Descartar mi versión</source>
        <translation>Descartar mi versión</translation>
    </message>
    <message>
        <location filename="../../app/ui/moderation.py" line="143" />
        <source>editado %1</source>
        <translation>editado %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/moderation.py" line="153" />
        <source>Editar</source>
        <translation>Editar</translation>
    </message>
    <message>
        <location filename="../../app/ui/moderation.py" line="156" />
        <source>Reportado</source>
        <translation>Reportado</translation>
    </message>
    <message>
        <location filename="../../app/ui/moderation.py" line="157" />
        <location filename="../../app/ui/moderation.py" line="236" />
        <source>Reportar</source>
        <translation>Reportar</translation>
    </message>
    <message>
        <location filename="../../app/ui/moderation.py" line="161" />
        <source>Volver a mostrar</source>
        <translation>Volver a mostrar</translation>
    </message>
    <message>
        <location filename="../../app/ui/moderation.py" line="162" />
        <location filename="../../app/ui/moderation.py" line="247" />
        <source>Ocultar</source>
        <translation>Ocultar</translation>
    </message>
    <message>
        <location filename="../../app/ui/moderation.py" line="202" />
        <source>No se pudo completar</source>
        <translation>No se pudo completar</translation>
    </message>
    <message>
        <location filename="../../app/ui/moderation.py" line="222" />
        <source>Editar su publicación</source>
        <translation>Editar su publicación</translation>
    </message>
    <message>
        <location filename="../../app/ui/moderation.py" line="223" />
        <source>Puede editar sin conexión: el cambio se enviará en la próxima sincronización. Si mientras tanto la publicación cambia desde otro equipo, se conservará la versión de la red y la suya quedará guardada aquí para que decida.</source>
        <translation>Puede editar sin conexión: el cambio se enviará en la próxima sincronización. Si mientras tanto la publicación cambia desde otro equipo, se conservará la versión de la red y la suya quedará guardada aquí para que decida.</translation>
    </message>
    <message>
        <location filename="../../app/ui/moderation.py" line="227" />
        <source>Guardar cambios</source>
        <translation>Guardar cambios</translation>
    </message>
    <message>
        <location filename="../../app/ui/moderation.py" line="232" />
        <source>Reportar a la moderación</source>
        <translation>Reportar a la moderación</translation>
    </message>
    <message>
        <location filename="../../app/ui/moderation.py" line="233" />
        <source>La moderación de la red revisará esta publicación. Solo quienes moderan sabrán que usted la reportó. Puede decir por qué (no es obligatorio).</source>
        <translation>La moderación de la red revisará esta publicación. Solo quienes moderan sabrán que usted la reportó. Puede decir por qué (no es obligatorio).</translation>
    </message>
    <message>
        <location filename="../../app/ui/moderation.py" line="236" />
        <source>Por ejemplo: tiene datos personales de una estudiante.</source>
        <translation>Por ejemplo: tiene datos personales de una estudiante.</translation>
    </message>
    <message>
        <location filename="../../app/ui/moderation.py" line="243" />
        <source>Ocultar la publicación</source>
        <translation>Ocultar la publicación</translation>
    </message>
    <message>
        <location filename="../../app/ui/moderation.py" line="244" />
        <source>El resto de la red dejará de ver su texto en la próxima sincronización de cada equipo. Su autor o autora lo seguirá viendo, con el motivo que escriba aquí.</source>
        <translation>El resto de la red dejará de ver su texto en la próxima sincronización de cada equipo. Su autor o autora lo seguirá viendo, con el motivo que escriba aquí.</translation>
    </message>
    <message>
        <location filename="../../app/ui/moderation.py" line="247" />
        <source>Por ejemplo: contiene datos personales.</source>
        <translation>Por ejemplo: contiene datos personales.</translation>
    </message>
</context>
</TS>