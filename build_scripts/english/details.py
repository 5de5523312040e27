"""English for the "details" area: files and dialogs, the course outline, what is pending,
deadlines in Peru's time, sync failures said plainly."""

ENGLISH = {
    # app/ui/files.py
    "Todos los archivos (*)": "All files (*)",
    "No se pudo abrir el archivo": "The file could not be opened",
    "Este equipo no tiene un programa para abrir «%1».":
        "This computer has no program to open “%1”.",
    ("El archivo está guardado en este equipo. Puede mostrarlo en su carpeta y abrirlo "
     "desde allí con otro programa, o pedir que instalen uno para este tipo de archivo "
     "(por ejemplo, un lector de PDF)."):
        "The file is saved on this computer. You can show it in its folder and open it "
        "from there with another program, or ask for one to be installed for this type "
        "of file (a PDF reader, for example).",
    "Mostrar en la carpeta": "Show in folder",
    "Cerrar": "Close",
    "No se pudo abrir la carpeta": "The folder could not be opened",
    "Tampoco se pudo abrir la carpeta. El archivo está en:\n%1":
        "The folder could not be opened either. The file is at:\n%1",
    # what is pending, and what happens by itself
    "Su avance en el curso se enviará al sincronizar":
        "Your course progress will be sent at the next sync",
    "Sincronizar automáticamente cuando haya conexión": "Sync automatically when online",
    ("Desactívelo si usa datos del celular y prefiere sincronizar únicamente cuando usted "
     "lo pida."):
        "Turn it off if you use mobile data and prefer to sync only when you ask.",
    ("Tiene %n escritos esperando para enviarse. Se enviarán automáticamente cuando haya "
     "conexión."): (
        "You have %n item waiting to be sent. It will be sent automatically when you are "
        "online.",
        "You have %n items waiting to be sent. They will be sent automatically when you "
        "are online."),
    ("No se pudo llegar al servidor. Revise su conexión a internet; Minka volverá a "
     "intentarlo automáticamente cuando haya señal."):
        "The server could not be reached. Check your internet connection; Minka will try "
        "again automatically when there is a signal.",
    "Descarga sin terminar (%1 %): continuará automáticamente.":
        "Unfinished download (%1 %): it will continue automatically.",
    ("Escriba aquí su trabajo. Se guarda automáticamente mientras escribe, aunque se apague "
     "la computadora."):
        "Write your work here. It is saved automatically as you type, even if the computer "
        "shuts down.",
    "Sus comentarios para %1: qué logró, qué puede mejorar.":
        "Your comments for %1: what they achieved, what they can improve.",
    "Sus comentarios: qué logró, qué puede mejorar.":
        "Your comments: what was achieved, what can be improved.",
    # downloaded is not kept
    "Descargado en este equipo": "Downloaded to this computer",
    "Guardar siempre en este equipo": "Always keep on this computer",
    "Guardado siempre en este equipo": "Always kept on this computer",
    ("Minka lo descarga si hace falta y no lo borra cuando necesite espacio para otras "
     "descargas."):
        "Minka downloads it if needed and does not delete it when it needs room for other "
        "downloads.",
    "Guardado siempre en este equipo: no se borra para hacer espacio.":
        "Always kept on this computer: it is not deleted to make room.",
    ("Descargado en este equipo: puede leerlo sin conexión. Si falta espacio para otra "
     "descarga, Minka podría borrarlo."):
        "Downloaded to this computer: you can read it offline. If another download needs "
        "room, Minka may delete it.",
    "Documentos descargados en este equipo: %1": "Documents downloaded to this computer: %1",
    ("Para hacer espacio en el disco se quitaron de este equipo %n documentos descargados "
     "que no estaban marcados «Guardar siempre en este equipo». Puede descargarlos de nuevo "
     "cuando tenga conexión."): (
        "To make room on the disk, %n downloaded document not marked “Always keep on this "
        "computer” was removed from this computer. You can download it again when you are "
        "online.",
        "To make room on the disk, %n downloaded documents not marked “Always keep on this "
        "computer” were removed from this computer. You can download them again when you "
        "are online."),
    # deadlines in Peru's time
    "mañana, %1": "tomorrow, %1",
    "%1 (hora del Perú)": "%1 (Peru time)",
    "La fecha límite ya pasó (%1).": "The deadline has passed (%1).",
    "Entregue pronto: la fecha límite es %1.": "Hand it in soon: the deadline is %1.",
    "Fecha límite: %1.": "Deadline: %1.",
    ("La zona horaria de esta computadora (%1) no es la del Perú (UTC−05:00). Las fechas "
     "límite se muestran en hora del Perú; si está en el Perú, conviene corregir la zona "
     "horaria de la computadora."):
        "This computer's time zone (%1) is not Peru's (UTC−05:00). Deadlines are shown in "
        "Peru time; if you are in Peru, it is worth correcting the computer's time zone.",
    # a sync that did not complete
    ("Esta sincronización no se completó: no se pudo llegar al servidor. Lo que escribió "
     "sigue guardado en este equipo."):
        "This sync did not complete: the server could not be reached. What you wrote is "
        "still saved on this computer.",
    "Pulse «Sincronizar ahora» cuando tenga conexión.":
        "Press “Sync now” when you are online.",
    "Minka lo intentará de nuevo automáticamente en %n segundos.": (
        "Minka will try again automatically in %n second.",
        "Minka will try again automatically in %n seconds."),
    "Minka lo intentará de nuevo automáticamente en %n minutos.": (
        "Minka will try again automatically in %n minute.",
        "Minka will try again automatically in %n minutes."),
    # the reply box says why it is not writable
    "Elija un tema de la lista para responder.": "Choose a thread from the list to reply.",
    "Este tema está cerrado: ya no recibe respuestas.":
        "This thread is closed: it no longer takes replies.",
}

SPANISH_PLURALS = {
    "Minka lo intentará de nuevo automáticamente en %n segundos.": (
        "Minka lo intentará de nuevo automáticamente en %n segundo.",
        "Minka lo intentará de nuevo automáticamente en %n segundos."),
    "Minka lo intentará de nuevo automáticamente en %n minutos.": (
        "Minka lo intentará de nuevo automáticamente en %n minuto.",
        "Minka lo intentará de nuevo automáticamente en %n minutos."),
    ("Para hacer espacio en el disco se quitaron de este equipo %n documentos descargados "
     "que no estaban marcados «Guardar siempre en este equipo». Puede descargarlos de nuevo "
     "cuando tenga conexión."): (
        "Para hacer espacio en el disco se quitó de este equipo %n documento descargado que "
        "no estaba marcado «Guardar siempre en este equipo». Puede descargarlo de nuevo "
        "cuando tenga conexión.",
        "Para hacer espacio en el disco se quitaron de este equipo %n documentos descargados "
        "que no estaban marcados «Guardar siempre en este equipo». Puede descargarlos de "
        "nuevo cuando tenga conexión."),
    ("Tiene %n escritos esperando para enviarse. Se enviarán automáticamente cuando haya "
     "conexión."): (
        "Tiene %n escrito esperando para enviarse. Se enviará automáticamente cuando haya "
        "conexión.",
        "Tiene %n escritos esperando para enviarse. Se enviarán automáticamente cuando haya "
        "conexión."),
}
