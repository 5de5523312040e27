<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES" sourcelanguage="es">
<context>
    <name>Fechas</name>
    <message>
        <location filename="../../app/ui/timefmt.py" line="16"/>
        <source>hoy, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/timefmt.py" line="18"/>
        <source>ayer, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/timefmt.py" line="20"/>
        <source>d &apos;de&apos; MMMM &apos;de&apos; yyyy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ForumsView</name>
    <message>
        <location filename="../../app/ui/forums_view.py" line="161"/>
        <source>Foros</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/forums_view.py" line="176"/>
        <source>Temas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/forums_view.py" line="178"/>
        <source>Nuevo tema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/forums_view.py" line="196"/>
        <source>Escriba su respuesta. Se guarda mientras escribe y se enviará al sincronizar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/forums_view.py" line="200"/>
        <source>Publicar respuesta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/forums_view.py" line="203"/>
        <source>Responder al tema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/forums_view.py" line="257"/>
        <source>Todavía no hay foros en este equipo. Sincronice para recibirlos.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/forums_view.py" line="300"/>
        <source>Elija un tema de la lista para leerlo y responder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/forums_view.py" line="320"/>
        <source>Este tema está cerrado: se puede leer, pero ya no recibe respuestas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/forums_view.py" line="328"/>
        <source>en respuesta a %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/forums_view.py" line="334"/>
        <source>Pendiente de envío: se publicará en la próxima sincronización.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/forums_view.py" line="337"/>
        <source>No se pudo publicar: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/forums_view.py" line="339"/>
        <source>Copiar el texto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/forums_view.py" line="343"/>
        <source>Responder a este mensaje</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/forums_view.py" line="359"/>
        <source>Texto copiado. Puede pegarlo en una nueva respuesta o en otro tema.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/forums_view.py" line="369"/>
        <source>Respondiendo a %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/forums_view.py" line="372"/>
        <source>Su respuesta al tema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/forums_view.py" line="391"/>
        <source>No se pudo publicar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/forums_view.py" line="426"/>
        <source>Falta algo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../../app/ui/pages.py" line="72"/>
        <source>Conversaciones recientes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages.py" line="99"/>
        <source>Buenos días, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages.py" line="100"/>
        <source>Buenas tardes, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages.py" line="101"/>
        <source>Buenas noches, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/pages.py" line="106"/>
        <source>Tiene %n escritos esperando para enviarse. Se enviarán solos cuando haya conexión.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/pages.py" line="109"/>
        <source>Todo lo que escribió ya está enviado.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages.py" line="111"/>
        <source>Última sincronización: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages.py" line="114"/>
        <source>Aún no ha sincronizado en este equipo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages.py" line="119"/>
        <source>Todavía no hay conversaciones en este equipo. Cuando sincronice, aquí verá lo último de los foros.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/ui/main_window.py" line="30"/>
        <source>Minka — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="35"/>
        <source>Inicio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="35"/>
        <source>Curso</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="35"/>
        <source>Repositorio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="36"/>
        <source>Foros</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="36"/>
        <source>Grupos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="65"/>
        <location filename="../../app/ui/main_window.py" line="91"/>
        <location filename="../../app/ui/main_window.py" line="201"/>
        <source>Sincronizar ahora</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="90"/>
        <source>&amp;Minka</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="95"/>
        <source>Sincronizar sola cuando haya conexión</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="98"/>
        <source>Desactívelo si usa datos del celular y prefiere sincronizar solo cuando usted lo pida.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="102"/>
        <location filename="../../app/ui/main_window.py" line="220"/>
        <source>Idioma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="112"/>
        <source>Salir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="137"/>
        <source>Última sincronización: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="138"/>
        <source>Aún no ha sincronizado</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/main_window.py" line="140"/>
        <source>%n escritos pendientes de envío</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="141"/>
        <source>Nada pendiente de envío</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="144"/>
        <source>La fecha u hora de esta computadora no coincide con la del servidor. Minka usa la hora del servidor para ordenar los mensajes, pero conviene corregirla.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="148"/>
        <source>revise la hora del equipo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="154"/>
        <source>Sincronizando…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="161"/>
        <source>Conexión inestable, reintentando…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="169"/>
        <source>%1 enviados · %2 recibidos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="175"/>
        <location filename="../../app/ui/main_window.py" line="204"/>
        <source>Conectado</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="178"/>
        <source>Sincronización completa: %1 enviados, %2 recibidos (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/main_window.py" line="182"/>
        <source>%n escritos no se pudieron publicar; verá el motivo junto a cada uno.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="190"/>
        <location filename="../../app/ui/main_window.py" line="205"/>
        <source>Sin conexión</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="191"/>
        <source>No se pudo sincronizar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="194"/>
        <source>Vuelva a ingresar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="207"/>
        <source>Puede seguir leyendo y escribiendo. Minka enviará todo cuando vuelva la conexión.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="221"/>
        <source>El cambio de idioma se aplicará la próxima vez que abra Minka.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewThreadDialog</name>
    <message>
        <location filename="../../app/ui/forums_view.py" line="120"/>
        <source>Nuevo tema en «%1»</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/forums_view.py" line="123"/>
        <source>Por ejemplo: ¿Cómo organizaron su primera tertulia dialógica?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/forums_view.py" line="127"/>
        <source>Escriba aquí su mensaje. Puede usar **negrita**, listas con guiones y enlaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/forums_view.py" line="129"/>
        <source>Puede escribir sin conexión: el tema se enviará en la próxima sincronización.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/forums_view.py" line="134"/>
        <source>Título</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/forums_view.py" line="135"/>
        <source>Mensaje</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/forums_view.py" line="137"/>
        <source>Publicar tema</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Secciones</name>
    <message>
        <location filename="../../app/ui/pages.py" line="33"/>
        <source>Curso</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages.py" line="34"/>
        <source>Aquí tendrá su curso completo en este equipo: los módulos y lecciones de la Especialización en Innovación Educativa y Comunidades de Aprendizaje, las lecturas, y sus trabajos para entregar, que podrá escribir sin conexión y enviar cuando sincronice.

Esta sección está en preparación y llegará en una próxima versión de Minka.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages.py" line="43"/>
        <source>Repositorio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages.py" line="44"/>
        <source>Aquí podrá buscar entre las publicaciones de la red (guías, investigaciones, normas y experiencias sistematizadas), descargar las que necesite para leerlas sin internet y proponer documentos propios.

Esta sección está en preparación y llegará en una próxima versión de Minka.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages.py" line="52"/>
        <source>Grupos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages.py" line="53"/>
        <source>Aquí estarán los grupos de trabajo cerrados a los que pertenece y los debates de la red, que terminan en propuestas publicadas.

Mientras tanto, puede conversar con sus colegas en la sección Foros.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../app/ui/signin.py" line="24"/>
        <source>Ingresar a Minka</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/signin.py" line="26"/>
        <source>Ingrese una sola vez con la cuenta que le dio su formador o formadora. Después, Minka abrirá sin pedirle nada, aunque no tenga internet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/signin.py" line="33"/>
        <source>por ejemplo: rosa.quispe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/signin.py" line="37"/>
        <source>Servidor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/signin.py" line="38"/>
        <source>Usuario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/signin.py" line="39"/>
        <source>Contraseña</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/signin.py" line="49"/>
        <source>Ingresar</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ThreadDelegate</name>
    <message numerus="yes">
        <location filename="../../app/ui/forums_view.py" line="104"/>
        <source>%n respuestas</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/forums_view.py" line="105"/>
        <source>1 respuesta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/forums_view.py" line="108"/>
        <source>Pendiente de envío</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/forums_view.py" line="110"/>
        <source>No se pudo publicar</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
