"""English for the facilitator's loop: returning, confirming, correcting feedback."""

ENGLISH = {
    "Corregir comentarios": "Correct feedback",
    "Sí, devolver": "Yes, return it",
    "Seguir editando": "Keep editing",
    "No llegó al participante": "Did not reach the participant",
    "Ya devolvió esta entrega. Si hace falta, puede corregir sus comentarios.":
        "You already returned this submission. If needed, you can correct your feedback.",
    "Enviar corrección": "Send correction",
    "El participante verá la nueva versión, marcada como corregida.":
        "The participant will see the new version, marked as corrected.",
    "¿Enviar la corrección a %1? Verá la nueva versión en lugar de la anterior, marcada como "
    "corregida.":
        "Send the correction to %1? They will see the new version instead of the previous "
        "one, marked as corrected.",
    "¿Devolver la entrega de %1 con estos comentarios y la calificación %2? Después solo "
    "podrá enviar una corrección.":
        "Return %1's submission with this feedback and the grade %2? Afterwards you can only "
        "send a correction.",
    "¿Devolver la entrega de %1 con estos comentarios, sin calificación? Después solo podrá "
    "enviar una corrección.":
        "Return %1's submission with this feedback, without a grade? Afterwards you can only "
        "send a correction.",
    "Sí, enviar la corrección": "Yes, send the correction",
    "Devuelta con comentarios. Esta tarea ya fue calificada: %1.":
        "Returned with feedback. This assignment has been graded: %1.",
    "Devuelta con comentarios.": "Returned with feedback.",
    "Los comentarios fueron corregidos (%1).": "The feedback was corrected (%1).",
    "Comentarios de %1": "Feedback from %1",
    "su formador o formadora": "your facilitator",
    "Instrucciones": "Instructions",
    "corregida": "corrected",
    "Su formador o formadora": "Your facilitator",
    "%1 corrigió los comentarios de su %2": "%1 corrected the feedback on your %2",
    "%1 devolvió su %2 con comentarios": "%1 returned your %2 with feedback",
    "Esta entrega ya fue devuelta con comentarios. Para cambiarlos, use «Corregir "
    "comentarios»; su texto se conserva aquí para copiarlo.":
        "This submission was already returned with feedback. To change it, use “Correct "
        "feedback”; your text is kept here so you can copy it.",
    "Otra corrección de estos comentarios llegó antes al servidor, y es la que ve el "
    "participante. Su texto se conserva aquí: revise la versión actual y corríjala de nuevo "
    "si hace falta.":
        "Another correction of this feedback reached the server first, and it is the one the "
        "participant sees. Your text is kept here: check the current version and correct it "
        "again if needed.",
}
