"""English for moderation and edits: hidden writing, reports and the Revisar section,
edits with their conflict copies, and a group's product proposed to the repository."""
ENGLISH = {
    "Mensaje en un foro o grupo": "Message in a forum or group",
    "Publicación del muro": "Wall post",
    "Comentario en el muro": "Comment on the wall",
    "Propuesta en un debate": "Proposal in a debate",
    "Argumento en un debate": "Argument in a debate",
    "Proponer al repositorio…": "Propose to the repository…",
    "Proponga el documento elegido, producto final del grupo, para el repositorio de la "
    "red. Un formador o formadora lo revisará.":
        "Propose the chosen document, the group's finished product, for the network's "
        "repository. A facilitator will review it.",
    "Todavía no se puede proponer": "It cannot be proposed yet",
    "Revisar": "Review",
    "Revisar (%1)": "Review (%1)",
    "La moderación ocultó esta publicación, así que ya no se puede editar. Si cree que es "
    "un error, converse con su formador o formadora.":
        "The moderators hid this post, so it can no longer be edited. If you think this "
        "is a mistake, talk to your facilitator.",
    "Esa publicación ya no está disponible.": "That post is no longer available.",
    "El texto es muy largo para este lugar. Acórtelo y vuelva a intentarlo; su versión se "
    "conserva aquí.":
        "The text is too long for this place. Shorten it and try again; your version is "
        "kept here.",
    "La publicación cambió desde otro equipo mientras usted editaba; su versión se conserva "
    "aquí para que decida.":
        "The post changed from another computer while you were editing; your version is "
        "kept here for you to decide.",
    "Escriba el motivo: su autor o autora lo leerá.":
        "Write the reason: its author will read it.",
    "El comentario es muy largo (máximo 2000 caracteres).":
        "The comment is too long (2000 characters at most).",
    "Ese documento ya no está en el grupo, o usted ya no pertenece a él.":
        "That document is no longer in the group, or you no longer belong to it.",
    "Este documento aún no llegó al servidor. Sincronice primero y luego propóngalo al "
    "repositorio.":
        "This document has not reached the server yet. Sync first, then propose it to the "
        "repository.",
    "Proponga al repositorio de la red este producto de su grupo. Un formador o formadora "
    "lo revisará antes de publicarlo, y verá que viene del grupo. Puede hacerlo sin "
    "conexión: la propuesta se enviará en la próxima sincronización.":
        "Propose this product of your group to the network's repository. A facilitator "
        "will review it before publishing it, and will see that it comes from the group. "
        "You can do it offline: the proposal will be sent at the next sync.",
    "Producto del grupo «%1»": "Product of the group “%1”",
    "Grupo": "Group",
    "Ver las propuestas de documentos": "See the document proposals",
    "Publicaciones reportadas": "Reported posts",
    "Reportes": "Reports",
    "Si la oculta, escriba el motivo: lo leerá quien la escribió.":
        "If you hide it, write the reason: whoever wrote it will read it.",
    "Ocultar": "Hide",
    "Descartar reportes": "Dismiss reports",
    "La publicación sigue visible para todos.": "The post stays visible to everyone.",
    "%n reportes": ("%n report", "%n reports"),
    "Propuestas de documentos por revisar: %1": "Document proposals to review: %1",
    "No hay reportes por revisar": "No reports to review",
    "Cuando alguien de la red reporte una publicación, llegará aquí en la próxima "
    "sincronización.":
        "When someone in the network reports a post, it will arrive here at the next sync.",
    "Escrito por %1": "Written by %1",
    "ya oculta": "already hidden",
    "(sin motivo)": "(no reason given)",
    "Esta publicación fue ocultada por la moderación de la red.":
        "This post was hidden by the network's moderators.",
    "La moderación ocultó su publicación. Motivo: «%1». Usted la sigue viendo, pero el "
    "resto de la red ya no ve su texto.":
        "The moderators hid your post. Reason: “%1”. You still see it, but the rest of the "
        "network no longer sees its text.",
    "Oculta por la moderación. Motivo: «%1». Solo su autor o autora y la moderación ven el "
    "texto.":
        "Hidden by the moderators. Reason: “%1”. Only its author and the moderators see "
        "the text.",
    "sin motivo indicado": "no reason given",
    "Edición pendiente de envío: se guardará en la próxima sincronización.":
        "Edit waiting to be sent: it will be saved at the next sync.",
    "Su edición no se aplicó: mientras usted editaba sin conexión, esta publicación cambió "
    "desde otro equipo. Arriba está la versión que quedó en la red; la suya se guardó aquí:":
        "Your edit was not applied: while you were editing offline, this post changed from "
        "another computer. Above is the version the network kept; yours was saved here:",
    "Su edición no se guardó: %1 Su texto se conserva aquí:":
        "Your edit was not saved: %1 Your text is kept here:",
    "Copiar mi versión": "Copy my version",
    "Usar mi versión…": "Use my version…",
    "Descartar mi versión": "Discard my version",
    "editado %1": "edited %1",
    "Editar": "Edit",
    "Reportado": "Reported",
    "Reportar": "Report",
    "Volver a mostrar": "Show again",
    "No se pudo completar": "It could not be done",
    "Editar su publicación": "Edit your post",
    "Puede editar sin conexión: el cambio se enviará en la próxima sincronización. Si "
    "mientras tanto la publicación cambia desde otro equipo, se conservará la versión de "
    "la red y la suya quedará guardada aquí para que decida.":
        "You can edit offline: the change will be sent at the next sync. If meanwhile the "
        "post changes from another computer, the network's version is kept and yours is "
        "saved here for you to decide.",
    "Guardar cambios": "Save changes",
    "Reportar a la moderación": "Report to the moderators",
    "La moderación de la red revisará esta publicación. Solo quienes moderan sabrán que "
    "usted la reportó. Puede decir por qué (no es obligatorio).":
        "The network's moderators will review this post. Only the moderators will know "
        "that you reported it. You may say why (optional).",
    "Por ejemplo: tiene datos personales de una estudiante.":
        "For example: it has a student's personal data.",
    "Ocultar la publicación": "Hide the post",
    "El resto de la red dejará de ver su texto en la próxima sincronización de cada "
    "equipo. Su autor o autora lo seguirá viendo, con el motivo que escriba aquí.":
        "The rest of the network will stop seeing its text at each computer's next sync. "
        "Its author will still see it, with the reason you write here.",
    "Por ejemplo: contiene datos personales.": "For example: it contains personal data.",
}

SPANISH_PLURALS = {
    "%n reportes": ("%n reporte", "%n reportes"),
}
