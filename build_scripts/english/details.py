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
}

SPANISH_PLURALS = {
}
