"""Texto de los PDF de adjuntos/ (lo usa make_pdfs.py).

Bloques: ("h", título), ("p", párrafo), ("li", viñeta), ("num", paso numerado),
("check", casilla), ("row", etiqueta, texto), ("field", etiqueta), ("lines", n),
("note", nota). Dentro del texto, **negrita** (siempre seguida de un espacio).
"""

GUIA_TERTULIA = dict(
    file="guia-tertulia.pdf",
    title="Guía para organizar una tertulia dialógica",
    subtitle="Material de apoyo · Módulos 1 y 3 · Especialización en Innovación Educativa",
    blocks=[
        ("h", "¿Qué es una tertulia dialógica?"),
        ("p", "Es un encuentro en el que un grupo de personas lee previamente un mismo texto "
              "y luego conversa sobre él. Cada participante elige un párrafo que le llamó la "
              "atención, lo lee en voz alta y explica por qué lo eligió. No hay una "
              "interpretación «correcta» que alguien imponga: las ideas se valoran por sus "
              "argumentos y no por el cargo de quien las dice."),
        ("p", "Con estudiantes y familias se leen obras clásicas de la literatura universal o "
              "peruana. Con docentes se organizan **tertulias pedagógicas**: se leen textos "
              "de base científica sobre educación."),
        ("h", "Antes de la tertulia"),
        ("li", "Elija con el grupo la obra o el texto y acuerden cuántas páginas leerán "
               "(para una primera vez, entre 5 y 10 páginas es suficiente)."),
        ("li", "Pida que cada persona lea en su casa y marque uno o dos párrafos que le "
               "hayan hecho pensar, sentir o recordar algo de su vida."),
        ("li", "Acuerden fecha, hora y lugar. En temporada de lluvias o de cosecha, "
               "consulte antes con las familias qué horario les conviene."),
        ("li", "Prepare el espacio en círculo, para que todas las personas se vean."),
        ("li", "Designe a quien modere. Al inicio puede hacerlo usted; luego conviene que "
               "el rol rote entre docentes, estudiantes o familiares."),
        ("h", "Durante la tertulia"),
        ("num", "Quien modera da la bienvenida y recuerda las normas acordadas."),
        ("num", "Abre un turno de palabra: anota quiénes quieren leer su párrafo."),
        ("num", "Cada persona lee su párrafo, indica la página y explica por qué lo eligió."),
        ("num", "Los demás piden la palabra para comentar ese párrafo antes de pasar al "
                "siguiente."),
        ("num", "Quien modera da prioridad a quienes han hablado menos y cuida que nadie "
                "acapare la conversación. No da su propia interpretación como la válida."),
        ("num", "Al final, el grupo acuerda las páginas para la próxima tertulia."),
        ("h", "Normas que conviene acordar"),
        ("li", "Escuchamos con atención y respetamos el turno de palabra."),
        ("li", "Hablamos con argumentos; nadie tiene la última palabra por su cargo o edad."),
        ("li", "Se puede participar en quechua o en castellano; si hace falta, alguien "
               "ayuda a traducir."),
        ("li", "Nadie se burla de lo que otra persona lee o dice."),
        ("h", "Después de la tertulia"),
        ("p", "Registre en un cuaderno de tertulias la fecha, la obra, las páginas leídas, "
              "el número de participantes y dos o tres ideas que surgieron. Ese registro le "
              "servirá para su tarea y para ver cómo crece la participación."),
        ("h", "Sugerencias para la escuela rural"),
        ("li", "Si algunos familiares no leen todavía, pueden escuchar la lectura en voz "
               "alta de un hijo o hija y participar igual con sus comentarios."),
        ("li", "Las tertulias con familias pueden hacerse después de la faena comunal o "
               "antes de la reunión de APAFA."),
        ("li", "Obras posibles: «Warma kuyay» y «Los ríos profundos» de José María "
               "Arguedas, poemas de César Vallejo, «El Lazarillo de Tormes», adaptaciones "
               "de la «Odisea» o del «Quijote»."),
        ("note", "Material elaborado para Minka. Puede imprimirlo, copiarlo y adaptarlo "
                 "libremente para su escuela o su red educativa."),
    ],
)

AGENDA_SUENO = dict(
    file="agenda-asamblea-del-sueno.pdf",
    title="Agenda modelo: la asamblea del sueño",
    subtitle="Material de apoyo · Módulo 2 · Fase del sueño de una Comunidad de Aprendizaje",
    blocks=[
        ("p", "Esta agenda es un ejemplo para una escuela primaria multigrado de unos 40 "
              "estudiantes. Ajústela al tamaño de su escuela, a los idiomas de la comunidad y "
              "al calendario agrícola. Lo importante es que **todas las voces** queden "
              "registradas: niñas, niños, familias, docentes y autoridades comunales."),
        ("field", "Institución educativa:"),
        ("field", "Comunidad, distrito y provincia:"),
        ("field", "Fecha y lugar:"),
        ("field", "Responsables de la organización:"),
        ("h", "Objetivo"),
        ("p", "Imaginar juntos la escuela que queremos para nuestras hijas e hijos, sin "
              "límites al inicio, y registrar esos sueños para después seleccionar "
              "prioridades."),
        ("h", "Desarrollo de la asamblea"),
        ("row", "9:00", "Bienvenida en quechua y en castellano. Presentación de quienes "
                        "asisten y de la persona que ayudará a traducir."),
        ("row", "9:20", "Recordamos la decisión tomada: ser una Comunidad de Aprendizaje. "
                        "Una familia y un docente cuentan con sus palabras qué significa."),
        ("row", "9:40", "Trabajo en grupos. Las niñas y los niños dibujan la escuela de sus "
                        "sueños. Las familias conversan con la pregunta orientadora. Los "
                        "docentes escriben sus sueños en tarjetas."),
        ("row", "10:40", "Refrigerio compartido: cada familia trae lo que puede, como en el "
                         "ayni."),
        ("row", "11:10", "Plenaria: cada grupo presenta sus sueños. Quien modera cuida que "
                         "hablen también quienes casi nunca lo hacen."),
        ("row", "11:50", "Los sueños se pegan en el cartel o árbol de los sueños, que se "
                         "quedará a la vista en la escuela."),
        ("row", "12:10", "Acuerdos: quiénes forman la comisión que ordenará los sueños y "
                         "cuándo se presentará el resultado a la asamblea comunal."),
        ("row", "12:30", "Cierre y agradecimiento."),
        ("h", "Preguntas orientadoras"),
        ("li", "¿Cómo sería la escuela donde a usted le gustaría que aprendan sus hijos?"),
        ("li", "¿Qué le gustaría que sus hijos sepan hacer cuando terminen la primaria?"),
        ("li", "¿Cómo le gustaría participar a usted en la escuela?"),
        ("li", "Para niñas y niños: «Si la escuela fuera mágica, ¿cómo sería?»"),
        ("h", "Recomendaciones"),
        ("check", "Elegir una fecha que no coincida con la faena, la feria ni la cosecha."),
        ("check", "Avisar en la asamblea comunal, por la radio local y con un recado que "
                  "lleven las niñas y los niños."),
        ("check", "Tener papelotes, plumones, cinta y tarjetas de colores."),
        ("check", "Anotar los sueños tal como se dicen, sin corregirlos ni resumirlos."),
        ("check", "Tomar fotografías solo con el permiso de las personas."),
        ("note", "Material elaborado para Minka. Puede imprimirlo y adaptarlo libremente."),
    ],
)

FICHA_GRUPOS = dict(
    file="ficha-grupos-interactivos.pdf",
    title="Ficha para planificar una sesión de grupos interactivos",
    subtitle="Material de apoyo · Módulo 3 · Actuaciones educativas de éxito",
    blocks=[
        ("h", "Datos de la sesión"),
        ("field", "Institución educativa y aula:"),
        ("field", "Grados o ciclo (aula multigrado):"),
        ("field", "Área y competencia:"),
        ("field", "Número de estudiantes y de personas voluntarias:"),
        ("field", "Fecha y duración total:"),
        ("h", "Organización de los grupos"),
        ("p", "Forme cuatro grupos **heterogéneos** de cuatro a seis estudiantes: mezcle "
              "grados, niveles de aprendizaje, niñas y niños, y estudiantes que hablan más "
              "quechua con quienes hablan más castellano. Cada grupo tiene una persona "
              "voluntaria adulta (madre, padre, abuela, exalumno, autoridad comunal)."),
        ("h", "Las cuatro actividades"),
        ("row", "Actividad 1", "Qué harán, material y persona voluntaria:"),
        ("lines", 2),
        ("row", "Actividad 2", "Qué harán, material y persona voluntaria:"),
        ("lines", 2),
        ("row", "Actividad 3", "Qué harán, material y persona voluntaria:"),
        ("lines", 2),
        ("row", "Actividad 4", "Qué harán, material y persona voluntaria:"),
        ("lines", 2),
        ("h", "Lista de verificación"),
        ("check", "Cada actividad dura entre 15 y 20 minutos y se puede resolver en equipo."),
        ("check", "Las actividades tienen versiones para los distintos grados del aula."),
        ("check", "Conversé con las personas voluntarias unos diez minutos antes de empezar."),
        ("check", "Las personas voluntarias saben que su rol es animar a que los estudiantes "
                  "se ayuden entre sí, no dar las respuestas."),
        ("check", "Los grupos rotan por las cuatro actividades; la o el docente acompaña a "
                  "todos."),
        ("check", "Al final, dedicamos cinco minutos a preguntar a los estudiantes qué "
                  "aprendieron y cómo se ayudaron."),
        ("check", "Después de la sesión, conversé con las personas voluntarias y anoté sus "
                  "observaciones."),
        ("h", "Observaciones de las personas voluntarias"),
        ("lines", 4),
        ("note", "Material elaborado para Minka. Puede imprimirlo y adaptarlo libremente."),
    ],
)

LISTA_VISITA = dict(
    file="lista-visita-dialogica.pdf",
    title="Lista de cotejo para una visita de monitoreo dialógico",
    subtitle="Material de apoyo · Módulo 4 · Liderar el cambio desde la UGEL",
    blocks=[
        ("p", "Esta lista ayuda a que la visita a una escuela sea una conversación entre "
              "profesionales y no una inspección. Úsela antes, durante y después de la "
              "visita. No es para calificar a la o el docente: es para acordar juntos el "
              "siguiente paso."),
        ("field", "Institución educativa y comunidad:"),
        ("field", "Docente o director visitado:"),
        ("field", "Fecha de la visita y de la visita anterior:"),
        ("h", "Antes de la visita"),
        ("check", "Revisé los acuerdos de la visita anterior y lo que se avanzó."),
        ("check", "Avisé a la escuela la fecha y el propósito de la visita."),
        ("check", "Revisé datos de la escuela: asistencia, matrícula y resultados de "
                  "aprendizaje disponibles."),
        ("check", "Preparé una o dos preguntas para abrir la conversación."),
        ("h", "Durante la observación"),
        ("check", "Saludé al aula y expliqué a las y los estudiantes por qué estoy ahí."),
        ("check", "Anoté hechos concretos (lo que se dijo y se hizo), no juicios."),
        ("check", "Observé cuántos estudiantes participaron y cómo se ayudaron entre ellos."),
        ("check", "Observé si se usó la lengua materna de las y los estudiantes."),
        ("h", "En la conversación posterior"),
        ("check", "Empecé preguntando a la o el docente cómo vio su sesión."),
        ("check", "Reconocí al menos un logro concreto, con un ejemplo de lo observado."),
        ("check", "Escuché más de lo que hablé."),
        ("check", "Relacionamos lo observado con los datos de aprendizaje de la escuela."),
        ("check", "Acordamos uno o dos compromisos concretos, para ambas partes."),
        ("h", "Acuerdos de esta visita"),
        ("lines", 4),
        ("h", "Después de la visita"),
        ("check", "Envié o dejé por escrito los acuerdos, con copia para la escuela."),
        ("check", "Anoté la fecha tentativa de la próxima visita o llamada."),
        ("note", "Material elaborado para Minka. Puede imprimirlo y adaptarlo libremente."),
    ],
)

DOCUMENTS = [GUIA_TERTULIA, AGENDA_SUENO, FICHA_GRUPOS, LISTA_VISITA]
