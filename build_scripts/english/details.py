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
}

SPANISH_PLURALS = {
    ("Tiene %n escritos esperando para enviarse. Se enviarán automáticamente cuando haya "
     "conexión."): (
        "Tiene %n escrito esperando para enviarse. Se enviará automáticamente cuando haya "
        "conexión.",
        "Tiene %n escritos esperando para enviarse. Se enviarán automáticamente cuando haya "
        "conexión."),
}
