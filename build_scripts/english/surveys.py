"""English for surveys ("Encuestas") and the network's statistics ("Estadísticas")."""
ENGLISH = {
    "Encuesta por responder": "Survey to answer",
    "Encuestas": "Surveys",
    "Estadísticas": "Statistics",
    # surveys: messages
    "La encuesta ya no está en el servidor.": "The survey is no longer on the server.",
    "La encuesta ya había cerrado cuando llegó su respuesta, así que no se contó. Su "
    "elección sigue a la vista aquí.":
        "The survey had already closed when your answer arrived, so it was not counted. "
        "Your choice is still shown here.",
    "La encuesta no es válida: revise que las opciones sean distintas y que la fecha de "
    "cierre sea correcta.":
        "The survey is not valid: check that the options differ and that the closing date "
        "is right.",
    "La respuesta no corresponde a las opciones de la encuesta.":
        "The answer does not match the survey's options.",
    "Elija una opción antes de enviar su respuesta.":
        "Choose an option before sending your answer.",
    "En esta encuesta se elige una sola opción.": "This survey takes a single option.",
    "Escriba al menos dos opciones, una en cada línea.":
        "Write at least two options, one per line.",
    "Una encuesta tiene como máximo 12 opciones.": "A survey has at most 12 options.",
    "Dos opciones dicen lo mismo; cada opción debe ser distinta.":
        "Two options say the same; each option must be different.",
    "Escriba la pregunta de la encuesta.": "Write the survey's question.",
    "La pregunta y cada opción deben tener como máximo 200 caracteres.":
        "The question and each option must be at most 200 characters long.",
    "Solo los formadores, las formadoras y los administradores hacen encuestas a la red.":
        "Only facilitators and administrators ask the network surveys.",
    # surveys: the dialog
    "Nueva encuesta": "New survey",
    "Por ejemplo: ¿Qué es lo que nos une?": "For example: What brings us together?",
    "Para qué es la encuesta (opcional)": "What the survey is for (optional)",
    "Una opción en cada línea (de 2 a 12)": "One option per line (2 to 12)",
    "Se puede marcar más de una opción": "More than one option may be chosen",
    "Opciones": "Options",
    "Enviar la encuesta": "Send the survey",
    "Toda la red la verá después de la próxima sincronización.":
        "The whole network will see it after the next sync.",
    # surveys: the section
    "Encuestas de la red": "The network's surveys",
    "Nueva encuesta…": "New survey…",
    "Enviar respuesta": "Send answer",
    "Cambiar respuesta": "Change answer",
    "Verá los resultados cuando responda o cuando la encuesta cierre.":
        "You will see the results when you answer or when the survey closes.",
    "Todavía no hay encuestas. Cuando la red haga una, aparecerá aquí después de "
    "sincronizar.":
        "No surveys yet. When the network asks one, it will appear here after a sync.",
    "Abierta hasta el %1": "Open until %1",
    "Cerrada el %1": "Closed on %1",
    "Su respuesta no se contó": "Your answer was not counted",
    "Ya respondió": "Answered",
    "Falta su respuesta": "Waiting for your answer",
    "Puede marcar varias opciones.": "You may choose several options.",
    "Marque una opción.": "Choose one option.",
    "Abierta hasta el %1. %2 Puede cambiar su respuesta hasta entonces.":
        "Open until %1. %2 You can change your answer until then.",
    "Cerró el %1.": "Closed on %1.",
    "Su respuesta se enviará al sincronizar; se contará entonces.":
        "Your answer will be sent at the next sync and counted then.",
    "Su respuesta está registrada.": "Your answer is recorded.",
    "Todavía no respondió.": "You have not answered yet.",
    "No respondió esta encuesta.": "You did not answer this survey.",
    "No se pudo guardar la respuesta": "The answer could not be saved",
    "%1 % (%2)": "%1 % (%2)",
    "%n personas respondieron.": "%n people answered.",
    "Cada persona pudo marcar varias opciones: los porcentajes suman más de 100.":
        "Each person could choose several options: the percentages add up to more "
        "than 100.",
    "Su elección está en otro color.": "Your choice is in another colour.",
    "Resultados": "Results",
    "Todavía nadie respondió.": "Nobody has answered yet.",
    # statistics
    "Mujeres": "Women",
    "Hombres": "Men",
    "Sin dato": "Not given",
    "Miembros activos mes a mes": "Active members month by month",
    "Miembros activos": "Active members",
    "Activos en los 90 días hasta el fin de cada mes.":
        "Active in the 90 days up to the end of each month.",
    "Meta: %1": "Goal: %1",
    "%1 (%2 %)": "%1 (%2 %)",
    "Todavía no hay miembros activos.": "No active members yet.",
    "Publicaciones y descargas por mes": "Posts and downloads per month",
    "Publicaciones en los foros y en el muro; descargas de documentos del repositorio.":
        "Posts in the forums and on the wall; downloads of the repository's documents.",
    "Documentos nuevos en el repositorio": "New documents in the repository",
    "Publicaciones": "Posts",
    "Descargas de documentos": "Document downloads",
    "Documentos nuevos": "New documents",
    "Miembros activos por región": "Active members by region",
    "Miembros activos por cargo": "Active members by position",
    "Miembros activos por género": "Active members by gender",
    "Las estadísticas llegan con la próxima sincronización.":
        "The statistics arrive with the next sync.",
    "%1 miembros activos de %2 (activos: sincronizaron o escribieron en los últimos %3 "
    "días).":
        "%1 active members of %2 (active: synced or wrote in the last %3 days).",
    "Meta de la red: %1.": "The network's goal: %1.",
    "Datos calculados: %1.": "Data computed: %1.",
    "Sección": "Section",
    "Dato": "Item",
    "Valor": "Value",
    "Resumen": "Summary",
    "Miembros": "Members",
    "Meta de miembros activos": "Goal of active members",
    "Calculado el": "Computed at",
    "Activos por región": "Active by region",
    "Activos por cargo": "Active by position",
    "Activos por género": "Active by gender",
    "Activos por mes": "Active per month",
    "Publicaciones por mes": "Posts per month",
    "Descargas por mes": "Downloads per month",
    "Documentos nuevos por mes": "New documents per month",
    "Estadísticas de la red": "The network's statistics",
    "Guardar imagen (PNG)…": "Save image (PNG)…",
    "Guardar datos (CSV)…": "Save data (CSV)…",
    "estadisticas-de-la-red": "network-statistics",
    "Estadísticas de la red Minka": "Statistics of the Minka network",
    "Guardar las estadísticas como imagen": "Save the statistics as an image",
    "Imagen PNG (*.png)": "PNG image (*.png)",
    "Guardar los datos de las estadísticas": "Save the statistics' data",
    "Datos CSV (*.csv)": "CSV data (*.csv)",
    "Guardado: %1": "Saved: %1",
    "No se pudo guardar el archivo en ese lugar. Elija otra carpeta, por ejemplo "
    "Documentos, y revise que haya espacio libre.":
        "The file could not be saved there. Choose another folder, for example Documents, "
        "and check that there is free space.",
}

SPANISH_PLURALS = {
    "%n personas respondieron.": ("%n persona respondió.", "%n personas respondieron."),
}
