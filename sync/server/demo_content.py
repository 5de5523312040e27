"""Demo users, forums, threads and replies in Spanish for `minka-server demo`.

Pure data (standard library only), loaded by sync/server/demo.py. Every account shares
DEMO_PASSWORD, which is for demonstrations only and must never be used on a real server.

Threads and replies carry `days_ago` (how long ago they were written; it decreases along a
thread, so replies come after the thread that they answer) and replies carry `reply_to`:
None, or the 0-based index of an earlier reply in the same thread.
"""
from __future__ import annotations

import re
import textwrap

_BLOCK_START = re.compile(r"(- |> |\d+\. )")


def _md(text: str) -> str:
    """A Markdown body as typed by a person: the indentation and the line wrapping of this
    file removed, so each paragraph, list item and quote is one line."""
    lines: list[str] = []
    for raw in textwrap.dedent(text).strip().splitlines():
        line = raw.strip()
        prev = lines[-1] if lines else ""
        if line and prev and prev.startswith("> ") and line.startswith("> "):
            lines[-1] = prev + " " + line[2:]
        elif line and prev and not _BLOCK_START.match(line):
            lines[-1] = prev + " " + line
        else:
            lines.append(line)
    return "\n".join(lines)


DEMO_PASSWORD = "minka2026"  # demo only: every demo account uses it

USERS = [
    dict(username="rosa.quispe", display_name="Rosa Quispe Mamani", role="participant",
         region="Cusco", institution="UGEL Canchis", position="Director(a) de IE", gender="F"),
    dict(username="julio.huaman", display_name="Julio Huamán Ccori", role="facilitator",
         region="Apurímac", institution="Equipo formador de la especialización",
         position="Formador(a)", gender="M"),
    dict(username="admin", display_name="Carmen Rojas Yupanqui", role="admin",
         region="Cusco", institution="Equipo técnico Minka",
         position="Otro cargo", gender="F"),
    dict(username="marleny.condori", display_name="Marleny Condori Apaza", role="participant",
         region="Puno", institution="DRE Puno", position="Especialista de DRE", gender="F"),
    dict(username="edwin.ccahuana", display_name="Edwin Ccahuana Soto", role="participant",
         region="Apurímac", institution="UGEL Andahuaylas", position="Especialista de UGEL",
         gender="M"),
    dict(username="yolanda.pariona", display_name="Yolanda Pariona Cárdenas",
         role="participant", region="Ayacucho", institution="IE N.° 38412 de Huanta",
         position="Docente", gender="F"),
    dict(username="wilber.taipe", display_name="Wilber Taipe Huamaní", role="participant",
         region="Huancavelica", institution="IE N.° 36127 de Lircay",
         position="Director(a) de IE", gender="M"),
    dict(username="nelly.ramos", display_name="Nelly Ramos Ccente", role="participant",
         region="Junín", institution="IE N.° 30215 de Jauja",
         position="Otro cargo", gender="F"),
    dict(username="fredy.mamani", display_name="Fredy Mamani Choque", role="participant",
         region="Puno", institution="IE N.° 70523 de Ilave", position="Director(a) de IE",
         gender="M"),
    dict(username="lucia.alvarado", display_name="Lucía Alvarado Tarazona",
         role="participant", region="Áncash", institution="UGEL Huari",
         position="Especialista de UGEL", gender="F"),
    dict(username="segundo.chavez", display_name="Segundo Chávez Vásquez",
         role="participant", region="Cajamarca", institution="IE N.° 82417 de Bambamarca",
         position="Director(a) de IE", gender="M"),
    dict(username="maribel.torres", display_name="Maribel Torres Ayme", role="facilitator",
         region="Ayacucho", institution="Equipo formador de la especialización",
         position="Formador(a)", gender="F"),
    dict(username="teofila.huillca", display_name="Teófila Huillca Puma",
         role="participant", region="Cusco", institution="IE N.° 56214 de Checacupe",
         position="Director(a) de IE", gender="F"),
]

FORUMS = [
    # ------------------------------------------------------------------------------------
    dict(slug="bienvenida", title="Bienvenida y presentaciones",
         description=("Preséntese a la red: desde dónde nos escribe, en qué institución "
                      "trabaja y qué espera de este curso."),
         threads=[
             dict(author="julio.huaman",
                  title="Bienvenidas y bienvenidos al curso: nuestros acuerdos de convivencia",
                  days_ago=34,
                  body=_md("""\
                      Estimadas y estimados colegas:

                      Les doy la más cordial bienvenida a la especialización en aprendizaje
                      dialógico y Comunidades de Aprendizaje. Este foro es nuestro espacio para
                      conocernos y aprender unos de otros, desde Cajamarca hasta Puno.

                      Les propongo tres acuerdos para empezar:

                      - **Diálogo igualitario**: aquí vale el argumento, no el cargo. La opinión
                        de una docente de aula pesa igual que la de un especialista de DRE.
                      - **Paciencia con la conexión**: muchos sincronizamos una vez por semana.
                        Si alguien tarda en responder, no es desinterés.
                      - **Escribir desde la práctica**: cuéntennos lo que pasa en su escuela,
                        con sus dudas y también con sus logros.

                      Preséntense en este hilo: nombre, institución, región y qué los trajo al
                      curso. ¡Bienvenidos!
                      """),
                  replies=[
                      dict(author="rosa.quispe", days_ago=33, reply_to=None, body=_md("""\
                          Allillanchu, profesor Julio y colegas. Soy Rosa Quispe, directora de
                          una escuela primaria en la provincia de Canchis, Cusco. Somos una IE
                          bilingüe quechua–castellano, con seis docentes y casi ciento cuarenta
                          estudiantes.

                          Llegué al curso porque el año pasado vi una tertulia dialógica en una
                          escuela vecina y me quedé pensando en cómo hablaban los niños. Estoy
                          de acuerdo con los acuerdos, sobre todo con el de la paciencia: yo
                          bajo a Sicuani los sábados para sincronizar. ¡Añay!
                          """)),
                      dict(author="marleny.condori", days_ago=32, reply_to=None, body=_md("""\
                          Kamisaki, colegas, y un saludo desde el altiplano. Soy Marleny
                          Condori, especialista de educación primaria en la DRE Puno. Acompaño
                          a las UGEL en gestión pedagógica y me interesa mucho saber cómo se
                          sostiene una Comunidad de Aprendizaje cuando cambian los directores
                          cada año, que es nuestro problema de siempre.

                          Me comprometo a escribir desde la práctica, como dice el profesor
                          Julio, y no solo desde el escritorio.
                          """)),
                      dict(author="julio.huaman", days_ago=31, reply_to=1, body=_md("""\
                          Estimada Marleny, qué buena pregunta para empezar. La rotación de
                          directivos es uno de los mayores riesgos, y por eso en Comunidades de
                          Aprendizaje se insiste en que el sueño y las comisiones mixtas sean de
                          toda la comunidad y no de una sola persona.

                          Si las familias y los docentes sienten el proyecto como suyo, este
                          sobrevive al cambio de director. Lo trabajaremos con calma en el
                          módulo tres.
                          """)),
                      dict(author="edwin.ccahuana", days_ago=30, reply_to=None, body=_md("""\
                          Buenas tardes, colegas. Soy Edwin Ccahuana, especialista de la UGEL
                          Andahuaylas, en Apurímac. Tengo a mi cargo el acompañamiento de
                          veintidós escuelas, casi todas multigrado y varias a más de cuatro
                          horas de la sede.

                          Me inscribí porque quiero que mis visitas de monitoreo dejen algo más
                          que una ficha llena. Saludo especialmente a la directora Rosa: también
                          tenemos escuelas bilingües y me encantaría intercambiar experiencias.
                          """)),
                  ]),
             dict(author="segundo.chavez", title="Saludos desde Bambamarca, Cajamarca",
                  days_ago=22,
                  body=_md("""\
                      Buenos días, colegas de todo el Perú:

                      Me presento: soy Segundo Chávez, director de una escuela primaria en un
                      caserío de Bambamarca, en Cajamarca. Somos tres docentes para seis grados,
                      así que conocemos bien el trabajo multigrado. Aquí las familias participan
                      mucho en las rondas campesinas y en las faenas, pero poco en la escuela, y
                      quisiera cambiar eso.

                      Llego un poco tarde al curso porque en mi caserío la señal es muy débil y
                      recién ayer pude instalar la aplicación en la laptop de la escuela. Les
                      pido paciencia si mis mensajes llegan con retraso.

                      **Una pregunta para quienes ya empezaron:** ¿cómo convencieron a los
                      padres de que entrar al aula no es «quitarle el trabajo al profesor»?
                      """),
                  replies=[
                      dict(author="yolanda.pariona", days_ago=21, reply_to=None, body=_md("""\
                          Estimado Segundo, bienvenido. En Huanta nos pasó lo mismo. Lo que
                          funcionó fue invitar a las mamás primero a una sola actividad corta,
                          de veinte minutos, para que vieran a sus hijos leyendo en grupo.
                          Después de esa vez, varias se ofrecieron solas.

                          Lo importante es que entiendan que no tienen que saber enseñar: basta
                          con que animen a los niños a ayudarse entre ellos. Más adelante le
                          cuento con detalle en el foro de aprendizaje dialógico.
                          """)),
                      dict(author="segundo.chavez", days_ago=20, reply_to=0, body=_md("""\
                          Gracias, profesora Yolanda. Me da ánimo saber que empezaron igual que
                          nosotros. Voy a proponer en la próxima asamblea de padres una
                          actividad corta, como usted dice, tal vez en la hora de lectura del
                          viernes. Las mamás aquí son tímidas con los profesores, pero muy
                          decididas cuando se trata de sus hijos. Estaré atento a su relato en
                          el otro foro.
                          """)),
                      dict(author="lucia.alvarado", days_ago=18, reply_to=None, body=_md("""\
                          Bienvenido, director Segundo. Desde Huari, en Áncash, le sumo una
                          idea: invite también a los abuelos y a los ronderos. En dos escuelas
                          que acompaño, cuando el presidente de la comunidad se animó a
                          participar, las demás familias perdieron el miedo. La escuela deja de
                          verse como un lugar solo del profesor y empieza a ser de todos.
                          """)),
                  ]),
         ]),
    # ------------------------------------------------------------------------------------
    dict(slug="aprendizaje-dialogico", title="Aprendizaje dialógico en el aula",
         description=("Grupos interactivos, formación de familiares y otras actuaciones "
                      "educativas de éxito: experiencias, dudas y materiales."),
         threads=[
             dict(author="yolanda.pariona",
                  title="Nuestros primeros grupos interactivos con mamás voluntarias",
                  days_ago=19,
                  body=_md("""\
                      Colegas, les cuento cómo nos fue con los primeros grupos interactivos en
                      cuarto grado, en nuestra escuela de Huanta.

                      Organizamos **cuatro grupos de cinco estudiantes**, mezclando niñas y
                      niños de distinto nivel. Cada grupo tenía una mamá voluntaria y una tarea
                      de matemática de quince minutos. Al sonar la campana, los grupos rotaban.

                      Lo que aprendimos:

                      1. Las mamás tenían miedo de «no saber». Les explicamos que su papel no es
                         enseñar, sino **lograr que todos participen y se ayuden**.
                      2. Dos mamás hablaban solo quechua, y fue una ventaja: los niños
                         explicaban en quechua y luego lo escribían en castellano.
                      3. Quince minutos por tarea es poco para problemas con dibujo; la próxima
                         vez serán veinte.

                      Una mamá me dijo al salir:

                      > Profesora, mi hijo nunca me había explicado nada. Hoy me explicó a mí.

                      ¿Alguien ha trabajado grupos interactivos en aulas multigrado?
                      """),
                  replies=[
                      dict(author="wilber.taipe", days_ago=18, reply_to=None, body=_md("""\
                          Profesora Yolanda, qué alegría leer esto. En Lircay somos multigrado y
                          lo hemos intentado dos veces. Lo que nos sirvió fue preparar tareas
                          sobre el mismo tema con distinto nivel de dificultad: fracciones con
                          material concreto para los de tercero y problemas escritos para los
                          de quinto. Así el grupo sigue siendo heterogéneo y todos avanzan.

                          Lo difícil es conseguir cuatro voluntarios el mismo día, porque es
                          época de cosecha.
                          """)),
                      dict(author="yolanda.pariona", days_ago=17, reply_to=0, body=_md("""\
                          Gracias, director Wilber, muy buena idea la de las tareas del mismo
                          tema con distinto nivel. Sobre los voluntarios: nosotros hicimos un
                          rol mensual en la reunión de aula y cada familia eligió el día que le
                          acomodaba. También aceptamos a hermanos mayores que estudian la
                          secundaria por la tarde. No siempre completamos los cuatro, pero casi
                          nunca hemos tenido menos de tres.
                          """)),
                      dict(author="julio.huaman", days_ago=16, reply_to=None, body=_md("""\
                          Qué buen relato, Yolanda. Me quedo con la frase de la mamá, que
                          resume muy bien la **dimensión instrumental** y la **solidaridad**:
                          el niño aprende más cuando tiene que explicar.

                          Una sugerencia para todos: después de cada sesión, dediquen cinco
                          minutos a conversar con las voluntarias sobre lo que observaron. Esa
                          conversación también es formación, y hace que regresen la semana
                          siguiente.
                          """)),
                      dict(author="nelly.ramos", days_ago=15, reply_to=2, body=_md("""\
                          Profesor Julio, confirmo lo que dice. En Jauja empezamos a hacer esos
                          cinco minutos de conversación con las voluntarias y pasó algo
                          inesperado: las mamás empezaron a proponer tareas. Una de ellas
                          sugirió usar las medidas de su chacra para un problema de perímetro,
                          y fue la actividad que más gustó en todo el bimestre. La inteligencia
                          cultural de las familias está ahí; solo hay que escucharla.
                          """)),
                  ]),
             dict(author="marleny.condori", title="Formación de familiares: ¿por dónde empezar?",
                  days_ago=14,
                  body=_md("""\
                      Estimados colegas:

                      En la DRE Puno estamos apoyando a tres escuelas de la UGEL El Collao y de
                      la UGEL Puno que quieren iniciar la **formación de familiares**. Las
                      familias lo pidieron ellas mismas en la fase del sueño: quieren aprender a
                      leer mejor, usar el celular y ayudar a sus hijos con las tareas.

                      Mis dudas son prácticas:

                      - ¿En qué horario se reúnen, si las mamás y los papás trabajan en la
                        chacra y en la feria?
                      - ¿Quién dirige las sesiones? Los docentes ya están muy cargados.
                      - ¿Empezaron con tertulias literarias o con alfabetización?

                      Agradeceré mucho sus experiencias, aunque sean pequeñas.
                      """),
                  replies=[
                      dict(author="fredy.mamani", days_ago=13, reply_to=None, body=_md("""\
                          Marleny, te cuento desde Ilave, que es una de esas escuelas. Las mamás
                          eligieron los domingos por la tarde, después de la feria, y los papás
                          prefirieron el jueves por la noche.

                          Empezamos con una tertulia literaria con un texto corto y funcionó
                          mejor que la alfabetización sola, porque nadie se siente evaluado. Las
                          sesiones las dirige por turnos una docente y una mamá que terminó la
                          secundaria. ¡Jallalla por animarse!
                          """)),
                      dict(author="maribel.torres", days_ago=12, reply_to=None, body=_md("""\
                          Estimada Marleny, una recomendación del equipo formador: que la
                          formación responda a lo que las familias pidieron y no a lo que la
                          escuela cree que necesitan. Si pidieron el celular, empiecen por ahí,
                          aunque parezca menos «pedagógico». La confianza que se gana en esas
                          sesiones luego abre la puerta a la lectura.

                          Y no hace falta que sean docentes quienes dirijan: un familiar o un
                          estudiante de secundaria puede hacerlo muy bien.
                          """)),
                      dict(author="marleny.condori", days_ago=10, reply_to=0, body=_md("""\
                          Gracias, Fredy. Lo del turno compartido entre docente y mamá me parece
                          clave, porque así no se recarga al profesorado y las familias sienten
                          que la formación también es suya. Voy a proponer lo mismo en las otras
                          dos escuelas.

                          ¿Podrías compartir en el repositorio la lista de textos que usaron en
                          las primeras tertulias con familias? Sería de mucha ayuda para todos.
                          """)),
                      dict(author="fredy.mamani", days_ago=6, reply_to=2, body=_md("""\
                          Claro, Marleny. Ya preparé la lista con las fechas y el número de
                          asistentes de cada sesión. La subo el sábado, cuando baje a la ciudad
                          a sincronizar, porque desde la escuela no hay señal. Son siete textos:
                          cuentos y poemas clásicos, más dos capítulos de una novela que las
                          mamás pidieron terminar porque querían saber cómo acababa.
                          """)),
                  ]),
             dict(author="nelly.ramos",
                  title="¿Cómo incluir los principios del aprendizaje dialógico en la planificación?",
                  days_ago=9,
                  body=_md("""\
                      Colegas, una consulta desde la coordinación pedagógica de mi IE en Jauja.

                      Este año queremos que las **unidades de aprendizaje** reflejen los
                      principios del aprendizaje dialógico, y no solo que tengan una tertulia
                      suelta al final del mes. Pero cuando revisamos las planificaciones, los
                      principios aparecen como una lista en la primera página y luego
                      desaparecen.

                      Estoy pensando en pedir que cada sesión indique **qué momento** garantiza,
                      por ejemplo, el diálogo igualitario o la creación de sentido. ¿Les parece
                      útil o terminaría siendo otra casilla más para llenar?

                      Me preocupa sumar carga administrativa a los docentes, que ya tienen
                      bastante.
                      """),
                  replies=[
                      dict(author="lucia.alvarado", days_ago=8, reply_to=None, body=_md("""\
                          Nelly, comparto tu preocupación. En la UGEL Huari vimos que, cuando
                          agregamos una casilla, los docentes la llenan igual en todas las
                          sesiones. Lo que sí funcionó fue revisar juntos, en el trabajo
                          colegiado, una sola sesión por mes y preguntarnos: ¿quién habló?,
                          ¿quién no habló?, ¿qué sentido tuvo para los estudiantes? Es menos
                          papel y más reflexión.
                          """)),
                      dict(author="julio.huaman", days_ago=7, reply_to=0, body=_md("""\
                          Coincido con Lucía. Los principios se notan más en las interacciones
                          que en el documento. Una alternativa práctica es que cada docente
                          elija **un solo principio por bimestre** y lo observe en su aula con
                          ayuda de un colega. Al final del bimestre, lo conversan en una
                          tertulia pedagógica. Así la planificación sigue siendo sencilla y la
                          mejora se ve en el aula.
                          """)),
                      dict(author="nelly.ramos", days_ago=5, reply_to=1, body=_md("""\
                          Gracias a los dos. Me quedo con la idea de un principio por bimestre y
                          la observación entre pares. Lo presentaré en la próxima jornada de
                          trabajo colegiado y les cuento cómo lo reciben los colegas.

                          Creo que empezaremos con la igualdad de diferencias, porque tenemos
                          varios estudiantes que llegaron este año de comunidades de altura y
                          todavía no se sienten parte del grupo.
                          """)),
                  ]),
         ]),
    # ------------------------------------------------------------------------------------
    dict(slug="tertulias", title="Tertulias dialógicas",
         description=("Tertulias literarias, pedagógicas y musicales: qué obras leemos, cómo "
                      "moderamos y qué dicen nuestras niñas y niños."),
         threads=[
             dict(author="rosa.quispe",
                  title="Tertulia con «Los ríos profundos» en quinto y sexto grado",
                  days_ago=16,
                  body=_md("""\
                      Colegas, quiero compartirles nuestra tertulia de la semana pasada.

                      Leímos el capítulo del **zumbayllu** de *Los ríos profundos*, de José
                      María Arguedas. Cada niño trajo marcado el párrafo que más le gustó y
                      explicó por qué. La profesora moderó dando la palabra primero a quienes
                      casi nunca hablan.

                      Lo que más me emocionó fue que varios niños comentaron en quechua y luego
                      sus compañeros los ayudaron a decirlo en castellano. Una niña de sexto
                      dijo:

                      > El zumbayllu es como nosotros cuando llegamos a la escuela: suena
                      > diferente, pero igual canta.

                      No todo salió bien: el capítulo era largo y algunos no terminaron de leer
                      en casa porque no tienen luz en la noche. **¿Cómo organizan la lectura
                      previa cuando las familias no tienen electricidad?**
                      """),
                  replies=[
                      dict(author="julio.huaman", days_ago=15, reply_to=None, body=_md("""\
                          Estimada Rosa, gracias por este relato tan bonito. La intervención de
                          la niña muestra la **creación de sentido** en su forma más pura.

                          Sobre la lectura previa: varias escuelas dan un tiempo de lectura en
                          el aula el día anterior, en parejas, para quienes no pueden leer en
                          casa. También funciona la biblioteca tutorizada a la hora de salida,
                          con un familiar voluntario. Lo importante es que nadie llegue a la
                          tertulia sin haber leído.
                          """)),
                      dict(author="teofila.huillca", days_ago=14, reply_to=None, body=_md("""\
                          Rosa, en Checacupe tenemos el mismo problema de luz. Lo que hicimos
                          fue pedir a la municipalidad unas linternas solares para la biblioteca
                          de aula, y los niños las llevan a casa en préstamo junto con el libro.
                          Nos costó dos oficios y una visita al alcalde, pero ya tenemos quince.
                          Los niños se turnan y se cuidan mucho entre ellos para devolverlas.
                          """)),
                      dict(author="rosa.quispe", days_ago=13, reply_to=1, body=_md("""\
                          Teófila, qué buena idea la de las linternas solares. Voy a preparar un
                          oficio para la municipalidad distrital esta misma semana; si me
                          permites, tomaré tu experiencia como ejemplo.

                          Y gracias, profesor Julio: el viernes probaremos la lectura en parejas
                          el día anterior. Les cuento en dos semanas cómo nos fue, cuando vuelva
                          a sincronizar.
                          """)),
                      dict(author="edwin.ccahuana", days_ago=11, reply_to=0, body=_md("""\
                          Profesor Julio, en Andahuaylas hemos visto lo mismo con la biblioteca
                          tutorizada. En una escuela de Pacucha, los estudiantes de sexto
                          acompañan a los de tercero en la lectura previa, y los mayores
                          mejoraron casi tanto como los pequeños. Lo registré en mi última
                          visita de monitoreo y los docentes estaban sorprendidos con el
                          resultado.
                          """)),
                  ]),
             dict(author="wilber.taipe",
                  title="Tertulia con «Paco Yunque» en una escuela multigrado",
                  days_ago=12,
                  body=_md("""\
                      Buenas noches, colegas. Escribo desde Lircay, Huancavelica.

                      Esta semana hicimos nuestra tercera tertulia dialógica con estudiantes de
                      tercero a sexto, todos juntos. Elegimos el cuento **Paco Yunque**, de
                      César Vallejo, porque muchos lo conocían de oídas pero nunca lo habían
                      leído completo.

                      La conversación se fue sola hacia el abuso: varios niños contaron
                      situaciones de burla en el camino a la escuela, sobre todo contra los que
                      vienen de las comunidades más altas. Hubo un silencio largo y luego un
                      niño de cuarto pidió la palabra:

                      > Yo también me reí una vez de un compañero. Ahora sé que él se sentía
                      > como Paco.

                      Confieso que no supe bien cómo seguir. **¿Cómo moderan ustedes cuando la
                      tertulia toca temas tan personales?** No quise cortar, pero tampoco quise
                      exponer a los niños.
                      """),
                  replies=[
                      dict(author="maribel.torres", days_ago=11, reply_to=None, body=_md("""\
                          Estimado Wilber, lo que describe es justamente lo que buscamos: que la
                          literatura nos ayude a hablar de nuestra vida. Algunas pautas que nos
                          han servido:

                          - Agradecer la intervención sin juzgar ni pedir más detalles.
                          - Volver al texto: «¿en qué parte del cuento lo vieron?».
                          - Si aparece una situación de riesgo, conversarlo después, en privado,
                            y activar el protocolo de la escuela.

                          Usted no cortó y dejó hablar. Eso ya fue moderar bien.
                          """)),
                      dict(author="wilber.taipe", days_ago=10, reply_to=0, body=_md("""\
                          Gracias, profesora Maribel, me tranquiliza leerla. Después de la
                          tertulia conversé a solas con el niño y con el compañero del que
                          habló, y los dos quedaron en jugar juntos en el recreo. Esta semana
                          llevaremos el tema a la asamblea de aula para construir juntos una
                          norma contra las burlas. Creo que la tertulia abrió una puerta que no
                          sabíamos que estaba cerrada.
                          """)),
                      dict(author="segundo.chavez", days_ago=9, reply_to=None, body=_md("""\
                          Director Wilber, gracias por compartir algo tan delicado. En mi
                          escuela de Bambamarca pasa igual con los niños que vienen de los
                          caseríos más lejanos. Nunca se me había ocurrido que un cuento de
                          Vallejo, norteño como nosotros, pudiera abrir esa conversación.

                          Lo voy a proponer para nuestra primera tertulia. ¿Tenían un libro
                          para cada niño o leyeron todos de una sola copia?
                          """)),
                      dict(author="wilber.taipe", days_ago=7, reply_to=2, body=_md("""\
                          Director Segundo, teníamos solo cuatro libros, así que sacamos copias
                          en la municipalidad para que cada niño tuviera el suyo y pudiera
                          marcar su párrafo. Es importante que cada uno tenga su propio texto
                          para subrayar. Si no consigue los libros a tiempo, avíseme y le paso
                          por aquí el contacto de la biblioteca provincial, que presta
                          colecciones a las escuelas.
                          """)),
                  ]),
             dict(author="maribel.torres",
                  title="Tertulia pedagógica entre docentes: ¿qué texto elegimos?",
                  days_ago=8,
                  body=_md("""\
                      Estimadas y estimados colegas:

                      En el módulo dos vamos a organizar **tertulias pedagógicas dialógicas**
                      entre los docentes de cada institución. La idea es la misma que con los
                      estudiantes: leemos un texto de referencia, cada persona trae una idea que
                      le llamó la atención y la relaciona con su práctica.

                      Les comparto la [guía](https://example.org/guia) de moderación que
                      preparamos con el equipo formador. Incluye un formato sencillo para
                      registrar las intervenciones sin que se convierta en un acta.

                      Les pido dos cosas:

                      1. Que revisen la guía antes del 15 y me digan si algo no se entiende.
                      2. Que propongan en este hilo qué temas les gustaría leer: evaluación,
                         convivencia, lectura inicial, educación intercultural…

                      Recuerden que la guía también está en el repositorio, para leerla sin
                      conexión.
                      """),
                  replies=[
                      dict(author="nelly.ramos", days_ago=7, reply_to=None, body=_md("""\
                          Profesora Maribel, descargué la guía y se entiende muy bien. Solo
                          sugeriría agregar un ejemplo de cómo dar la palabra cuando hay un
                          docente que habla mucho y otros que no se animan, porque en nuestras
                          reuniones siempre pasa. Como tema, propongo la **evaluación
                          formativa**: es lo que más dudas genera en mi escuela y todavía la
                          vivimos como si fuera solo calificar.
                          """)),
                      dict(author="marleny.condori", days_ago=6, reply_to=None, body=_md("""\
                          Gracias, Maribel. Desde la DRE propongo el tema de **educación
                          intercultural bilingüe**. Muchas escuelas EIB del altiplano usan el
                          quechua y el aimara solo para traducir y no como lenguas de
                          aprendizaje. Una tertulia pedagógica podría ayudarnos a mirar eso con
                          más honestidad, entre colegas y sin que se sienta como una
                          supervisión.
                          """)),
                      dict(author="maribel.torres", days_ago=4, reply_to=0, body=_md("""\
                          Muy buena sugerencia, Nelly. Agregaré un ejemplo en el que la persona
                          que modera pregunta «¿alguien que todavía no haya hablado?» antes de
                          dar la palabra de nuevo. Anoto evaluación formativa y educación
                          intercultural bilingüe como primeros temas. La versión corregida de la
                          guía estará en el repositorio la próxima semana.
                          """)),
                  ]),
         ]),
    # ------------------------------------------------------------------------------------
    dict(slug="gestion-escolar", title="Gestión escolar y liderazgo del cambio",
         description=("Para directivos y especialistas: del sueño a la planificación, "
                      "comisiones mixtas, monitoreo y acompañamiento con mirada dialógica."),
         threads=[
             dict(author="edwin.ccahuana",
                  title="Plan de visitas de monitoreo en temporada de lluvias",
                  days_ago=15,
                  body=_md("""\
                      Colegas especialistas y directores:

                      Estoy armando el cronograma de visitas de monitoreo para febrero y marzo
                      en la UGEL Andahuaylas, en plena temporada de lluvias. El año pasado
                      perdimos casi un tercio de las visitas por huaicos y trochas cerradas.

                      Este año quiero probar otra organización:

                      - **Agrupar escuelas por cuenca**, para visitar dos o tres en un mismo
                        viaje.
                      - **Dejar una semana libre cada mes** para reprogramar lo que la lluvia
                        impida.
                      - **Visitas más largas y menos frecuentes**, quedándome toda la jornada
                        para observar una tertulia o un grupo interactivo completo.

                      Mi duda es cómo mantener el acompañamiento entre visita y visita.
                      ¿Alguien ha probado a intercambiar mensajes por el foro con sus
                      directores cuando no se puede llegar?
                      """),
                  replies=[
                      dict(author="lucia.alvarado", days_ago=14, reply_to=None, body=_md("""\
                          Edwin, en Huari hacemos algo parecido. Agrupamos por ruta de carro y
                          no por distrito, porque a veces la escuela más cercana en el mapa es
                          la más lejana por carretera.

                          Entre visitas, cada director me escribe un mensaje corto cada quince
                          días con tres cosas: qué hicieron, qué les costó y qué necesitan. Con
                          eso preparo mucho mejor la siguiente visita.
                          """)),
                      dict(author="fredy.mamani", days_ago=13, reply_to=0, body=_md("""\
                          Como director, agradezco mucho ese formato de tres preguntas. Es corto
                          y se puede escribir sin conexión, en la noche, y enviarlo cuando uno
                          baja a la ciudad. Antes nos pedían informes de diez páginas que nadie
                          leía. Edwin, si lo aplica en Andahuaylas, seguro que sus directores se
                          lo van a agradecer.
                          """)),
                      dict(author="edwin.ccahuana", days_ago=12, reply_to=0, body=_md("""\
                          Gracias, Lucía. Me gusta lo de agrupar por ruta de carro; acá también
                          hay escuelas que en el mapa parecen cerca y quedan a tres horas de
                          caminata. Voy a adoptar las tres preguntas y las propondré en la
                          reunión de especialistas de la próxima semana. Si les parece,
                          compartiré el cronograma final en el repositorio para que otras UGEL
                          lo adapten.
                          """)),
                      dict(author="julio.huaman", days_ago=11, reply_to=None, body=_md("""\
                          Edwin, un aporte desde el curso: las visitas largas tienen mucho más
                          sentido si el especialista participa y no solo observa. Si le toca un
                          grupo interactivo, puede entrar como voluntario en uno de los grupos.

                          Los docentes lo viven de otra manera y la conversación posterior es
                          mucho más rica, de igual a igual. Es el **diálogo igualitario**
                          aplicado al monitoreo.
                          """)),
                  ]),
             dict(author="teofila.huillca",
                  title="La fase del sueño con toda la comunidad: nuestra experiencia",
                  days_ago=11,
                  body=_md("""\
                      Allillanchu, colegas. Quiero contarles cómo vivimos la **fase del sueño**
                      en nuestra escuela de Checacupe.

                      Convocamos a una asamblea con familias, estudiantes, docentes, el
                      presidente de la comunidad y el teniente gobernador. Todos respondieron la
                      misma pregunta: *¿cómo sería la escuela de nuestros sueños?* Los niños
                      dibujaron, las mamás lo dijeron en quechua y nosotros fuimos escribiendo
                      todo en papelógrafos.

                      Salieron sueños muy concretos:

                      - Una biblioteca donde también puedan leer las mamás.
                      - Que se enseñe en quechua sin vergüenza.
                      - Un techo para el patio, por la lluvia y la helada.
                      - Que los niños sigan estudiando después de la secundaria.

                      Ahora viene lo difícil: **seleccionar prioridades** sin que nadie sienta
                      que su sueño fue descartado. ¿Cómo lo hicieron ustedes?
                      """),
                  replies=[
                      dict(author="rosa.quispe", days_ago=10, reply_to=None, body=_md("""\
                          Teófila, qué hermoso. En nuestra escuela hicimos la selección de
                          prioridades en una segunda asamblea y explicamos desde el inicio que
                          ningún sueño se descarta: unos se trabajan este año y otros quedan
                          para los siguientes. Pegamos todos los papelógrafos en el pasadizo y
                          cada familia marcó con tres granos de maíz los que le parecían más
                          urgentes. Así votaron también quienes no leen.
                          """)),
                      dict(author="teofila.huillca", days_ago=9, reply_to=0, body=_md("""\
                          Rosa, ¡lo de los granos de maíz me encanta! Es sencillo y nadie queda
                          fuera. Lo vamos a usar en la asamblea de fin de mes.

                          Una pregunta: después de votar, ¿quién se encargó de cada prioridad?
                          Tengo miedo de que todo vuelva a quedar en manos de los docentes, como
                          siempre pasa con los proyectos de la escuela.
                          """)),
                      dict(author="maribel.torres", days_ago=8, reply_to=1, body=_md("""\
                          Teófila, para eso están las **comisiones mixtas**: cada prioridad
                          tiene su comisión, con docentes, familiares, estudiantes y, si es
                          posible, alguien de la comunidad. Se reúnen una vez al mes e informan
                          en asamblea. Al principio cuesta, pero cuando las familias ven que su
                          comisión logra algo, como el techo del patio, el compromiso crece
                          solo.
                          """)),
                      dict(author="marleny.condori", days_ago=5, reply_to=None, body=_md("""\
                          Gracias por compartir, Teófila. Desde la DRE estamos recogiendo
                          experiencias de la fase del sueño para un pequeño documento regional.
                          ¿Me permitirías incluir la lista de sueños de tu escuela, sin nombres
                          de personas? Creo que muestra muy bien cómo las familias piensan la
                          escuela en términos de dignidad y de futuro, no solo de
                          infraestructura.
                          """)),
                      dict(author="teofila.huillca", days_ago=3, reply_to=3, body=_md("""\
                          Claro que sí, Marleny, con mucho gusto. Lo consultaré primero con la
                          comisión en la asamblea de fin de mes, porque el sueño es de todos y
                          no solo mío, pero estoy segura de que estarán de acuerdo. Te envío las
                          fotos de los papelógrafos cuando baje a Sicuani a sincronizar.
                          """)),
                  ]),
             dict(author="lucia.alvarado",
                  title="Acompañar a un director nuevo en una Comunidad de Aprendizaje",
                  days_ago=6,
                  body=_md("""\
                      Colegas, les planteo una situación que seguramente conocen.

                      Una de las escuelas que acompaño en Huari se transformó en Comunidad de
                      Aprendizaje hace dos años, con muy buenos resultados en lectura. Este año
                      llegó un director nuevo, con buena voluntad, pero que no conoce el
                      proyecto y tiene otras prioridades. Las familias están preocupadas porque
                      sienten que las tertulias y los grupos interactivos se pueden perder.

                      Mi pregunta es cómo acompañar este cambio **sin imponerle nada** al
                      director, pero cuidando lo que la comunidad construyó. Estoy pensando en
                      pedir a la comisión mixta que le presente el proyecto ella misma, en lugar
                      de hacerlo yo.

                      ¿Qué les parece? ¿Alguien vivió algo parecido?
                      """),
                  replies=[
                      dict(author="marleny.condori", days_ago=5, reply_to=None, body=_md("""\
                          Lucía, es justo lo que conversábamos en el hilo de bienvenida. Me
                          parece muy acertado que la comisión mixta lo presente: el director
                          verá que no es un proyecto de la UGEL, sino de la comunidad. También
                          sugiero invitarlo a una tertulia como participante, antes de
                          cualquier reunión formal. Nada convence más que vivirlo.
                          """)),
                      dict(author="wilber.taipe", days_ago=4, reply_to=None, body=_md("""\
                          Le escribo como director que llegó a una escuela con un proyecto ya
                          en marcha. Lo que más me ayudó fue que una docente me acompañara la
                          primera semana y me contara la historia del proyecto sin apurarme. Al
                          inicio sentía que me estaban evaluando, pero cuando vi una tertulia
                          con los niños entendí por qué las familias lo defendían tanto.
                          """)),
                      dict(author="lucia.alvarado", days_ago=2, reply_to=1, body=_md("""\
                          Director Wilber, su testimonio me ayuda mucho, porque me muestra el
                          lado del director que llega. Voy a proponer que la docente más
                          antigua lo acompañe la primera semana y que la comisión mixta lo
                          invite a la próxima tertulia antes de presentarle el proyecto
                          formalmente. Gracias también, Marleny. Les contaré cómo resulta.
                          """)),
                  ]),
         ]),
    # ------------------------------------------------------------------------------------
    dict(slug="conectividad", title="Conectividad y trabajo sin internet",
         description=("Trucos para trabajar sin conexión, sincronizar cuando se puede y cuidar "
                      "los equipos: lluvias, cortes de luz y puntos de internet."),
         threads=[
             dict(author="fredy.mamani",
                  title="Mi rutina: sincronizo una vez por semana en el punto de internet municipal",
                  days_ago=13,
                  body=_md("""\
                      Colegas, les comparto cómo me organizo, por si a alguien le sirve.

                      En mi escuela no hay señal de celular ni internet. Durante la semana
                      trabajo en la laptop sin conexión: leo los módulos, escribo mis respuestas
                      en los foros y reviso los documentos que ya descargué.

                      Los sábados bajo a Ilave a hacer compras y paso por el **punto de internet
                      de la municipalidad**. Ahí:

                      1. Abro la aplicación y dejo que se sincronice sola; suele tardar menos de
                         diez minutos.
                      2. Descargo los documentos nuevos del repositorio que voy a necesitar.
                      3. Leo las respuestas a mis mensajes para contestarlas con calma durante
                         la semana.

                      Mi consejo: **no esperen a tener buena conexión para escribir**. Escriban
                      cuando tengan tiempo; los mensajes se envían cuando vuelve la señal.
                      """),
                  replies=[
                      dict(author="rosa.quispe", days_ago=12, reply_to=None, body=_md("""\
                          Fredy, hago casi lo mismo, pero en Sicuani, en una cabina cerca del
                          mercado. Agregaría un consejo: **llevar la laptop con la batería
                          llena**, porque a veces no hay enchufes libres. Y conversar con el
                          encargado; a mí me deja sentarme en la mesa del fondo, donde la señal
                          es mejor, y me avisa cuando hay un corte programado.
                          """)),
                      dict(author="segundo.chavez", days_ago=11, reply_to=None, body=_md("""\
                          Gracias, colegas. Yo no tengo un punto municipal cerca, pero hay un
                          cerro a veinte minutos de la escuela donde llega la señal del celular.
                          Subo los miércoles al mediodía, comparto los datos del celular con la
                          laptop y sincronizo ahí mismo. Los niños ya saben que los miércoles el
                          director sube al cerro «a conversar con el curso», y se ríen.
                          """)),
                      dict(author="fredy.mamani", days_ago=10, reply_to=1, body=_md("""\
                          Director Segundo, ¡usted sí tiene su propia antena natural! Un cuidado:
                          en el cerro, proteja la laptop del sol y del viento, y procure que el
                          celular tenga saldo de datos suficiente, porque los documentos grandes
                          consumen bastante. Yo descargo los videos solo en el punto municipal y
                          dejo los mensajes para cualquier otro momento.
                          """)),
                  ]),
             dict(author="yolanda.pariona",
                  title="Cortes de luz y lluvias: ¿cómo cuidan las laptops?",
                  days_ago=8,
                  body=_md("""\
                      Buenas tardes, colegas. En Huanta estamos en plena temporada de lluvias y
                      esta semana tuvimos tres cortes de luz, uno de casi un día entero. La
                      laptop de la escuela se apagó dos veces mientras yo escribía, y tuve miedo
                      de perder lo avanzado. Felizmente, lo que ya había guardado seguía ahí.

                      Pero me quedaron algunas dudas:

                      - ¿Es peligroso cargar la laptop cuando la luz va y viene?
                      - ¿Alguien usa panel solar o batería externa en su escuela?
                      - ¿Cómo protegen los equipos de la humedad en época de lluvias?

                      Les agradeceré cualquier consejo. En nuestra zona los equipos son muy
                      valiosos y no queremos que se malogren.
                      """),
                  replies=[
                      dict(author="admin", days_ago=7, reply_to=None, body=_md("""\
                          Estimada Yolanda, gracias por la consulta. Algunas recomendaciones
                          del equipo técnico:

                          - Cuando la luz está inestable, **desconecten el cargador** y trabajen
                            con la batería hasta que se normalice; los picos de tensión al volver
                            la energía son los que más dañan.
                          - Un estabilizador o un supresor de picos sencillo ayuda mucho.
                          - Contra la humedad, guarden la laptop en su funda, en un lugar alto y
                            lejos de paredes frías, con una bolsita de sílica gel si consiguen.
                          """)),
                      dict(author="edwin.ccahuana", days_ago=6, reply_to=None, body=_md("""\
                          En Andahuaylas, la municipalidad instaló paneles solares en cuatro
                          escuelas el año pasado y la diferencia es enorme: ahora los directores
                          cargan la laptop y los celulares aunque no haya luz en todo el centro
                          poblado. Si les sirve, puedo compartir el expediente que presentaron;
                          se financió con un proyecto de inversión de la municipalidad distrital.
                          """)),
                      dict(author="yolanda.pariona", days_ago=5, reply_to=1, body=_md("""\
                          Sí, por favor, Edwin, compártalo. Tenemos asamblea con el alcalde del
                          centro poblado el próximo mes y sería muy útil llevar un ejemplo
                          concreto de otra región. Y gracias al equipo técnico por las
                          recomendaciones: ya compré un supresor de picos en el mercado y desde
                          ahora trabajaré con batería cuando la luz esté inestable.
                          """)),
                  ]),
             dict(author="segundo.chavez", title="Me salió un código raro al copiar un texto",
                  days_ago=4,
                  body=_md("""\
                      Buenas noches, colegas. Una consulta quizá tonta, pero prefiero preguntar.

                      Estaba preparando un mensaje para el foro de tertulias a partir de un
                      documento que me pasaron en una USB, y me salió este código raro al
                      copiar: <script>alert(1)</script> justo en medio de un párrafo. No sé de
                      dónde vino; el documento lo había bajado un colega de una página de
                      internet.

                      Lo borré antes de publicar, pero me quedé preocupado. **¿Puede dañar la
                      laptop de la escuela o la plataforma?** La usamos también para los
                      registros de asistencia y no quisiera perder nada.
                      """),
                  replies=[
                      dict(author="admin", days_ago=3, reply_to=None, body=_md("""\
                          Estimado Segundo, no es una pregunta tonta; hizo bien en consultar.
                          Ese texto es un pedacito de código de páginas web que a veces se cuela
                          al copiar. En Minka **se muestra solo como texto** y no se ejecuta,
                          así que no daña la laptop ni la plataforma: como ve, su propio mensaje
                          lo muestra tal cual. De todas formas, recomiendo pasar el antivirus a
                          las USB que vienen de otras computadoras.
                          """)),
                      dict(author="wilber.taipe", days_ago=2, reply_to=None, body=_md("""\
                          Gracias por preguntar, director Segundo, porque a mí me pasó algo
                          parecido con unos símbolos extraños al copiar desde un PDF. Un truco
                          que uso: primero pego el texto en el bloc de notas, que le quita todo
                          el formato, y recién después lo copio al foro. Así el mensaje queda
                          limpio y con las tildes bien puestas.
                          """)),
                      dict(author="segundo.chavez", days_ago=1, reply_to=0, body=_md("""\
                          Muchas gracias por la explicación y por la tranquilidad. Ya pasé el
                          antivirus a la USB y, efectivamente, encontró un archivo sospechoso
                          que borré. Usaré también el truco del bloc de notas del director
                          Wilber. Qué bueno tener este espacio para preguntar sin vergüenza.
                          """)),
                  ]),
         ]),
]


# Closed working groups ("Edugestores grupos"): each produces something for the network.
GROUPS = [
    dict(slug="tertulias-cusco", title="Tertulias dialógicas en Canchis y Quispicanchi",
         description="Directoras y directores que sostienen tertulias con familias; "
                     "preparamos una guía breve para otras UGEL.",
         members=["rosa.quispe", "julio.huaman", "marleny.condori", "edwin.ccahuana"],
         days_ago=12, thread="Borrador de la guía: ¿qué capítulos faltan?",
         body="Ya tenemos la parte de convocatoria a las familias. Falta cómo elegir los "
              "libros y cómo registrar lo que se conversa. ¿Quién se anima?",
         replies=[("marleny.condori", "Yo escribo lo de elegir los libros: en Combapata "
                                      "empezamos con cuentos de la zona, en quechua."),
                  ("julio.huaman", "Perfecto. Revisemos el avance el jueves por la "
                                   "tarde, cuando haya señal en la UGEL.")]),
    dict(slug="gestion-rural-ayacucho", title="Gestión escolar en escuelas multigrado",
         description="Especialistas de UGEL y directores de escuelas unidocentes y "
                     "multigrado de Ayacucho.",
         members=["yolanda.pariona", "wilber.taipe", "rosa.quispe", "maribel.torres"],
         days_ago=20, thread="Horarios multigrado que sí funcionaron",
         body="Comparto cómo organizamos los grupos interactivos con tres grados en una "
              "sola aula. Esperamos sus experiencias para juntar un documento.",
         replies=[("wilber.taipe", "En Huanta nos ayudó mucho que las madres voluntarias "
                                   "vengan los martes y jueves.")]),
    dict(slug="propuesta-politica", title="Hacia una propuesta para la DRE",
         description="Grupo que redacta la propuesta de la red sobre acompañamiento "
                     "pedagógico para presentarla a las autoridades regionales.",
         members=["julio.huaman", "nelly.ramos", "fredy.mamani", "lucia.alvarado"],
         days_ago=5, thread="Datos que necesitamos antes de la reunión",
         body="Para sustentar la propuesta necesitamos cuántas visitas de acompañamiento "
              "recibió cada escuela este año. ¿Pueden revisar sus registros?",
         replies=[("nelly.ramos", "En mi UGEL fueron dos visitas por escuela en promedio; "
                                  "envío el detalle por aquí.")]),
]

# Two debates of the network: one open, one closed with its published proposal
# ("Edugestores propone"). Days are relative to the moment the demo is loaded.
DEBATES = [
    dict(slug="acompanamiento-directores-nuevos",
         question="¿Cómo acompañamos a los directores que recién asumen una escuela rural?",
         description="Cada año muchas escuelas multigrado reciben un director o una "
                     "directora nueva, a veces sin inducción. Propongamos cómo la red "
                     "puede acompañarlos en sus primeros meses.",
         opened_days_ago=6, closes_in_days=9,
         proposals=[
             dict(author="wilber.taipe", title="Padrinazgo entre directores de la misma red",
                  body="Que cada director nuevo tenga un colega con experiencia de su red "
                       "educativa, con una visita al mes y una llamada cada semana durante "
                       "el primer semestre.",
                  endorsed_by=["rosa.quispe", "yolanda.pariona", "fredy.mamani",
                               "teofila.huillca"],
                  arguments=[
                      ("yolanda.pariona", "for", "En Huanta lo hicimos sin nombre oficial y "
                                                 "funcionó: el primer mes es el más duro."),
                      ("edwin.ccahuana", "against", "Las distancias son grandes; sin pasajes "
                                                    "la visita mensual no se va a cumplir."),
                  ]),
             dict(author="lucia.alvarado", title="Un kit de inducción que llegue por USB",
                  body="Armar con la UGEL un paquete con las normas, los formatos y "
                       "experiencias de la red, que el director nuevo pueda leer sin "
                       "internet desde el primer día.",
                  endorsed_by=["marleny.condori", "segundo.chavez"],
                  arguments=[
                      ("nelly.ramos", "for", "Muchos llegan en marzo a lugares sin señal; "
                                             "el USB sí llega con el especialista."),
                  ]),
         ]),
    dict(slug="tiempo-familias",
         question="¿Qué tiempo deben reconocer las UGEL para trabajar con las familias?",
         description="Las tertulias y las comisiones mixtas necesitan horas que hoy salen "
                     "del tiempo personal de directores y docentes. ¿Qué pedimos a las "
                     "autoridades?",
         opened_days_ago=40, closes_in_days=-18,
         proposals=[
             dict(author="rosa.quispe", title="Dos horas semanales reconocidas en el plan "
                                              "anual",
                  body="Que el plan anual de trabajo incluya dos horas por semana para "
                       "actividades con familias, contadas como horas efectivas.",
                  endorsed_by=["marleny.condori", "edwin.ccahuana", "yolanda.pariona",
                               "wilber.taipe", "nelly.ramos", "teofila.huillca"],
                  arguments=[
                      ("teofila.huillca", "for", "En Checacupe las madres solo pueden por la "
                                                 "tarde; sin horas reconocidas no se "
                                                 "sostiene."),
                      ("segundo.chavez", "against", "Dos horas fijas no sirven en época de "
                                                    "cosecha; mejor un total al mes."),
                  ]),
             dict(author="segundo.chavez", title="Un total mensual flexible",
                  body="Reconocer ocho horas al mes, que cada escuela distribuya según el "
                       "calendario agrícola de su comunidad.",
                  endorsed_by=["fredy.mamani", "lucia.alvarado", "rosa.quispe"],
                  arguments=[]),
         ],
         result=dict(
             by="julio.huaman", days_after_close=4,
             title="Ocho horas al mes para el trabajo con las familias",
             synthesis="Participaron directores, docentes y especialistas de seis regiones. "
                       "Hubo acuerdo en que el trabajo con las familias necesita tiempo "
                       "reconocido, y en que ese tiempo debe adaptarse al calendario "
                       "agrícola. La propuesta con más respaldos pedía dos horas semanales; "
                       "los argumentos en contra mostraron que un total mensual funciona "
                       "mejor en época de cosecha.",
             body="La red Edugestores propone a las DRE y UGEL reconocer, en el plan anual "
                  "de trabajo de cada institución educativa, ocho horas al mes para "
                  "tertulias dialógicas, comisiones mixtas y formación de familiares, "
                  "distribuidas por cada escuela según el calendario de su comunidad y "
                  "contadas como horas efectivas.")),
]


# ---- the wall, news and featured members --------------------------------------------------

# Wall posts ("Muro"): (author, kind, days ago, text, photo colour or None, comments).
WALL_POSTS = [
    dict(author="rosa.quispe", kind="experiencia", days_ago=1, photo=(196, 120, 60),
         body="Hoy hicimos nuestra primera tertulia literaria con las mamás y papás de "
              "quinto grado en Sicuani. Leímos «Los ríos profundos» en pequeños fragmentos "
              "y en quechua cuando hacía falta. Vinieron 23 familias, algunas desde las "
              "comunidades de Pampaphalla y Tinta.",
         comments=[("teofila.huillca", "¡Qué alegría, Rosa! En Checacupe queremos empezar "
                                       "en marzo. ¿Cómo hicieron la convocatoria?"),
                   ("rosa.quispe", "Con los presidentes de APAFA y avisos en la radio "
                                   "local, un domingo de feria."),
                   ("julio.huaman", "Muy buena práctica. Sería bueno sistematizarla para "
                                    "el repositorio.")]),
    dict(author="lucia.alvarado", kind="informacion", days_ago=2, photo=None,
         body="Colegas de Áncash: la UGEL Huari abre la inscripción al taller de "
              "acompañamiento pedagógico para directivos del 10 al 20 del mes. Es "
              "presencial en Huari y también a distancia por radio para Chavín y San Marcos.",
         comments=[("segundo.chavez", "¿Habrá certificado? Lo pregunto por los colegas "
                                      "de Bambamarca que también quieren participar.")]),
    dict(author="yolanda.pariona", kind="pregunta", days_ago=3, photo=None,
         body="¿Alguien tiene un modelo de acta para la asamblea de la comunidad de "
              "aprendizaje? En Huanta la vamos a hacer con las autoridades comunales y "
              "quisiéramos algo sencillo, en castellano y en quechua.",
         comments=[("maribel.torres", "En el repositorio está la guía de la fase de "
                                      "sueño; al final trae un modelo de acta. Se lo "
                                      "adapto al quechua ayacuchano si me escribe."),
                   ("wilber.taipe", "Nosotros usamos ese mismo modelo en Lircay y "
                                    "funcionó bien.")]),
    dict(author="fredy.mamani", kind="experiencia", days_ago=5, photo=(70, 120, 170),
         body="En Ilave los grupos interactivos de matemática ya van por la octava "
              "semana. Las voluntarias son madres aimaras que antes no entraban a la "
              "escuela; ahora ellas mismas proponen los problemas con la feria del "
              "pueblo y el precio de la quinua.",
         comments=[("marleny.condori", "Desde la DRE Puno queremos visitar esta "
                                       "experiencia. ¿Podemos coordinar para la próxima "
                                       "semana?")]),
    dict(author="edwin.ccahuana", kind="informacion", days_ago=8, photo=None,
         body="Comparto que ya salió la resolución de la UGEL Andahuaylas que reconoce "
              "las horas de la especialización como parte del plan de formación en "
              "servicio. La pueden pedir en mesa de partes.",
         comments=[]),
    dict(author="nelly.ramos", kind="pregunta", days_ago=10, photo=None,
         body="¿Cómo están registrando la asistencia de las familias a las tertulias? "
              "En Jauja probamos una ficha en papel, pero se pierde. ¿Alguien usa una "
              "hoja de cálculo sencilla?",
         comments=[("rosa.quispe", "Nosotras usamos un cuaderno por aula y cada viernes "
                                   "la auxiliar lo pasa a una hoja de cálculo."),
                   ("lucia.alvarado", "Le comparto la que usamos en Huari por el foro "
                                      "de gestión.")]),
]

# News ("Edugestores reporta"): by a facilitator or the administrator, a photo colour.
NEWS = [
    dict(author="maribel.torres", days_ago=1, photo=(220, 170, 60),
         title="Encuentro regional de comunidades de aprendizaje en Ayacucho",
         body="Más de 120 directivos, especialistas y familias de Huamanga, Huanta y La "
              "Mar compartieron sus avances en el Encuentro Regional realizado en el "
              "auditorio de la DRE Ayacucho. Las escuelas de Huanta presentaron cómo "
              "sostienen las tertulias dialógicas en quechua, y la UGEL La Mar anunció "
              "que acompañará a otras diez escuelas el próximo año."),
    dict(author="admin", days_ago=4, photo=(90, 150, 110),
         title="La red Edugestores llega a 200 miembros",
         body="Con las nuevas inscripciones de Arequipa y Puno, la red ya reúne a 200 "
              "directoras, directores y especialistas de UGEL y DRE de doce regiones. "
              "Gracias a todas y todos por sostener este espacio de aprendizaje entre "
              "colegas, incluso desde los lugares con menos señal."),
    dict(author="julio.huaman", days_ago=9, photo=None,
         title="Nueva guía para la fase de sueño, disponible en el repositorio",
         body="El equipo formador publicó la guía práctica para la fase de sueño de las "
              "comunidades de aprendizaje, con ejemplos de escuelas de Cusco y Áncash. "
              "Se descarga desde el repositorio y se puede leer sin conexión."),
]

# Featured members ("Edugestores destacados"): who, by whom, and why.
FEATURED = [
    dict(username="rosa.quispe", author="julio.huaman",
         reason="Impulsó las tertulias literarias con familias en Sicuani y acompaña a "
                "otras directoras de Canchis a empezar las suyas."),
    dict(username="fredy.mamani", author="maribel.torres",
         reason="Sus grupos interactivos de matemática en Ilave suman a las madres "
                "aimaras como voluntarias del aula."),
    dict(username="lucia.alvarado", author="admin",
         reason="Organizó desde la UGEL Huari el taller de acompañamiento que llega por "
                "radio a Chavín y San Marcos."),
]


# ---- surveys ("Encuestas") ----------------------------------------------------------------

# Each member who answers chooses by a stable draw weighted by `weights` (one per option);
# `answered_share` of the members answer; `mine` is rosa.quispe's own answer (None: she
# has not answered yet, so the screenshots show a survey waiting for her).
SURVEYS = [
    dict(slug="que-nos-une", by="admin", multiple=True, opened_days_ago=45,
         closes_in_days=-12, answered_share=0.85, picks=2,
         question="¿Qué es lo que nos une?",
         description="La encuesta de la red a sus miembros: marque lo que más le importa "
                     "de pertenecer a Edugestores (puede marcar varias opciones).",
         options=["Mejorar los aprendizajes de nuestros estudiantes",
                  "Reflexionar sobre nuestra práctica de gestión",
                  "Intercambiar experiencias con colegas de otras regiones",
                  "Encontrar información actual y materiales para la escuela",
                  "Incidir en las políticas educativas de nuestra región",
                  "Formarnos como líderes pedagógicos"],
         weights=[9, 7, 8, 6, 4, 5], mine=["1", "3"]),
    dict(slug="horario-sincronizar", by="julio.huaman", multiple=False, opened_days_ago=3,
         closes_in_days=12, answered_share=0.5, picks=1,
         question="¿En qué momento del día le resulta más fácil conectarse para "
                  "sincronizar Minka?",
         description="Nos ayuda a elegir la hora de las sesiones en vivo y de los avisos.",
         options=["Temprano, antes de entrar a la escuela",
                  "Al mediodía, en el recreo o el almuerzo",
                  "En la tarde, al salir de la escuela",
                  "En la noche, desde la cabina o el celular",
                  "Solo los fines de semana, cuando bajo a la ciudad"],
         weights=[2, 1, 5, 6, 3], mine=None),
]

# The administrator's goal of active members, as a share of the demo's members.
STATS_GOAL_SHARE = 0.8
