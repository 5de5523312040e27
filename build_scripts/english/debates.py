"""English for the debates that end in proposals (the Debates section, the PDF, Inicio)."""
ENGLISH = {
    "Debates": "Debates",
    "Propuestas de la red": "The network's proposals",
    "Debates de la red": "The network's debates",
    "Exportar PDF…": "Export PDF…",
    "Respaldar": "Endorse",
    "Retirar respaldo": "Withdraw endorsement",
    "Nueva propuesta": "New proposal",
    "Argumento a favor": "Argument for",
    "Argumento en contra": "Argument against",
    "Título de su propuesta": "Title of your proposal",
    "Escriba aquí. Se guarda mientras escribe y se enviará al sincronizar.":
        "Write here. It is saved as you type and will be sent at the next sync.",
    "Publicar": "Publish",
    "Publicada el %1": "Published on %1",
    "Abierto hasta el %1": "Open until %1",
    "Cerrado · propuesta publicada": "Closed · proposal published",
    "Cerrado el %1": "Closed on %1",
    "Aún no hay debates. Llegarán con la próxima sincronización.":
        "No debates yet. They will arrive with the next sync.",
    "Abierto del %1 al %2": "Open from %1 to %2",
    "Estuvo abierto del %1 al %2": "Was open from %1 to %2",
    "El debate cerró. La síntesis y la propuesta de la red se publicarán aquí.":
        "The debate has closed. The synthesis and the network's proposal will be "
        "published here.",
    "Todavía no hay propuestas. Puede escribir la primera.":
        "No proposals yet. You can write the first one.",
    "Edugestores propone": "Edugestores proposes",
    "Síntesis del debate": "Synthesis of the debate",
    "Copiar texto": "Copy text",
    "Descartar": "Discard",
    "Argumentar a favor": "Argue for",
    "Argumentar en contra": "Argue against",
    "El debate ya cerró el %1; su texto sigue guardado aquí para que lo copie.":
        "The debate closed on %1; your text is still kept here so that you can copy it.",
    "%1 · propuesta de %2": "%1 · proposed by %2",
    "usted": "you",
    "%n respaldos": "%n endorsements",
    "Pendiente: se enviará al sincronizar.": "Pending: it will be sent at the next sync.",
    "Su respaldo se enviará al sincronizar.":
        "Your endorsement will be sent at the next sync.",
    "El retiro de su respaldo se enviará al sincronizar.":
        "The withdrawal of your endorsement will be sent at the next sync.",
    "Su respaldo no se registró: el debate ya había cerrado.":
        "Your endorsement was not recorded: the debate had already closed.",
    "A favor": "For",
    "En contra": "Against",
    "pendiente": "pending",
    "No se pudo respaldar": "Could not endorse",
    "Listo. Se enviará al sincronizar.": "Done. It will be sent at the next sync.",
    "Texto copiado.": "Text copied.",
    "propuesta": "proposal",
    "Guardar la propuesta": "Save the proposal",
    "PDF (*.pdf)": "PDF (*.pdf)",
    "No se pudo guardar": "Could not save",
    "No se pudo guardar el PDF en ese lugar. Elija otra carpeta, por ejemplo Documentos.":
        "The PDF could not be saved there. Choose another folder, for example Documents.",
    "PDF guardado: %1": "PDF saved: %1",
    "Edugestores propone: propuestas de la red":
        "Edugestores proposes: the network's proposals",
    "El debate ya no está en el servidor.": "The debate is no longer on the server.",
    "El debate ya cerró; su texto sigue guardado aquí para que lo copie.":
        "The debate has closed; your text is still kept here so that you can copy it.",
    "El debate todavía no está abierto; su texto sigue guardado aquí para que lo copie.":
        "The debate is not open yet; your text is still kept here so that you can copy it.",
    # opening a debate (moderators)
    "Nuevo debate…": "New debate…",
    "Nuevo debate": "New debate",
    "Las fechas del debate no son válidas: debe cerrar después de abrir.":
        "The debate's dates are not valid: it must close after it opens.",
    "Elija un día de cierre que todavía no haya pasado.":
        "Choose a closing day that has not passed yet.",
    "Escriba la pregunta del debate.": "Write the question of the debate.",
    "La pregunta es muy larga (máximo 200 caracteres).":
        "The question is too long (200 characters at most).",
    "La descripción es muy larga (máximo 5000 caracteres).":
        "The description is too long (5,000 characters at most).",
    "Por ejemplo: ¿Cómo acompañamos a los directores nuevos?":
        "For example: How do we support new school directors?",
    "Qué se debate y por qué ahora": "What is debated and why now",
    "Pregunta": "Question",
    "Descripción": "Description",
    "Cierra el (23:59, hora del Perú)": "Closes on (23:59, Peru time)",
    "Abrir el debate": "Open the debate",
    "Toda la red lo verá después de la próxima sincronización.":
        "The whole network will see it after the next sync.",
    # publishing (moderators)
    "Título de la propuesta de la red": "Title of the network's proposal",
    "Síntesis del debate: qué se propuso, en qué hubo acuerdo":
        "Synthesis of the debate: what was proposed, what was agreed",
    "La propuesta que la red presenta a las autoridades":
        "The proposal the network puts to the authorities",
    "Publicar la propuesta de la red": "Publish the network's proposal",
    "La propuesta de la red se publicará al sincronizar.":
        "The network's proposal will be published at the next sync.",
    "El debate todavía está abierto en el servidor: la propuesta de la red se publica "
    "cuando cierra. Su texto sigue guardado aquí.":
        "The debate is still open on the server: the network's proposal is published once "
        "it closes. Your text is still kept here.",
    "Solo los formadores, las formadoras y los administradores publican la propuesta de "
    "un debate.":
        "Only facilitators and administrators publish a debate's proposal.",
    "Escriba la síntesis del debate antes de publicar.":
        "Write the synthesis of the debate before publishing.",
    "La síntesis es muy larga (máximo 20 000 caracteres).":
        "The synthesis is too long (20,000 characters at most).",
    # the PDF
    "La pregunta del debate": "The question of the debate",
    "Debate abierto del %1 al %2.": "Debate open from %1 to %2.",
    "Propuestas presentadas: %1. Respaldos recibidos: %2.":
        "Proposals put forward: %1. Endorsements received: %2.",
    "Síntesis": "Synthesis",
    "Propuesta de la red": "The network's proposal",
    "Propuestas de los miembros": "Members' proposals",
    "%1 — %2 (respaldos: %3)": "%1 — %2 (endorsements: %3)",
}

SPANISH_PLURALS = {
    "%n respaldos": ("%n respaldo", "%n respaldos"),
}
