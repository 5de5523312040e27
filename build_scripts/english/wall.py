"""English for the wall (Muro), news (Edugestores reporta), featured members and what is
new on Inicio."""
ENGLISH = {
    "Muro": "Wall",
    "Información": "Information",
    "Experiencia": "Experience",
    "Pregunta": "Question",
    "Edugestores reporta": "Edugestores news",
    "Novedades desde su última sincronización": "New since your last sync",
    "Edugestores destacados": "Featured Edugestores",
    "Nueva lección": "New lesson",
    "Comentarios a su tarea": "Feedback on your assignment",
    "Respuesta a su tema": "Reply to your thread",
    "Comentario a su publicación": "Comment on your post",
    "Nuevo documento": "New document",
    "Noticia": "News",
    "En su grupo": "In your group",
    "Documento de su grupo": "Your group's document",
    "En el muro": "On the wall",
    "Debate por cerrar": "Debate closing soon",
    "Novedad": "New",
    "Nada nuevo desde su última sincronización.": "Nothing new since your last sync.",
    "La publicación es muy larga para el muro (máximo 3000 caracteres). Para un texto "
    "largo, abra un tema en los foros.":
        "The post is too long for the wall (3000 characters at most). For a long text, "
        "start a thread in the forums.",
    "La publicación ya no está en el muro.": "The post is no longer on the wall.",
    "La foto de una noticia debe ser una imagen JPG, PNG, GIF o WebP.":
        "A news photo must be a JPG, PNG, GIF or WebP image.",
    "Esa persona ya no tiene cuenta en la red.":
        "That person no longer has an account in the network.",
    "Publicar una noticia": "Publish news",
    "Sin foto": "No photo",
    "Elegir foto…": "Choose a photo…",
    "Elegir foto": "Choose a photo",
    "Texto": "Text",
    "Foto": "Photo",
    "Publicar noticia": "Publish news",
    "Publicar noticia…": "Publish news…",
    "Se publicará para toda la red en la próxima sincronización.":
        "It will be published for the whole network at the next sync.",
    "Imágenes (*.jpg *.jpeg *.png *.gif *.webp)": "Images (*.jpg *.jpeg *.png *.gif *.webp)",
    "%n comentarios": ("%n comment", "%n comments"),
    "Comparta una información, una experiencia o una pregunta con la red.":
        "Share some information, an experience or a question with the network.",
    "Adjuntar foto o documento…": "Attach a photo or document…",
    "Adjuntar foto o documento": "Attach a photo or document",
    "Adjunto: %1": "Attached: %1",
    "Publicar": "Post",
    "Abrir archivo": "Open file",
    "Comentarios": "Comments",
    "Escriba un comentario. Se enviará al sincronizar.":
        "Write a comment. It will be sent when you sync.",
    "Comentar": "Comment",
    "Muro de la red": "The network's wall",
    "Elija una publicación para leerla completa y comentar.":
        "Choose a post to read all of it and comment.",
    "Todavía no hay publicaciones en este equipo. Escriba la primera, o sincronice para "
    "recibir las de la red.":
        "There are no posts on this computer yet. Write the first one, or sync to receive "
        "the network's.",
    "(pendiente de envío)": "(waiting to be sent)",
    "(no se publicó: %1 Su texto se conserva aquí para copiarlo.)":
        "(not published: %1 Your text is kept here so you can copy it.)",
    "Sin comentarios todavía.": "No comments yet.",
    "No se publicó: %1 Su texto se conserva aquí para copiarlo.":
        "Not published: %1 Your text is kept here so you can copy it.",
    "Pendiente de envío: se publicará en la próxima sincronización.":
        "Waiting to be sent: it will be published at the next sync.",
    "Ver foto": "View photo",
    "Abrir «%1»": "Open “%1”",
    "No se pudo comentar": "Could not comment",
    "No se pudo abrir": "Could not open",
}

SPANISH_PLURALS = {
    "%n comentarios": ("%n comentario", "%n comentarios"),
}
