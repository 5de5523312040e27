"""English for the network's community: closed groups (the Grupos section)."""
ENGLISH = {
    "Documentos del grupo": "Group documents",
    "Compartir documento…": "Share a document…",
    "Compartir documento": "Share a document",
    "Todavía no pertenece a ningún grupo. Cuando un formador o formadora le añada a uno, "
    "llegará con su historia en la próxima sincronización.":
        "You do not belong to any group yet. When a facilitator adds you to one, it will "
        "arrive with its history at the next sync.",
    "no aceptado por el servidor": "not accepted by the server",
    "Todavía no hay documentos.": "No documents yet.",
    "Miembros: %1": "Members: %1",
    "No se pudo compartir": "Could not share",
    "Ya no pertenece a este grupo, o el grupo ya no existe.":
        "You no longer belong to this group, or the group no longer exists.",
    "El servidor no reconoce este tipo de escrito. Puede que necesite una versión más "
    "nueva de Minka.":
        "The server does not recognise this kind of entry. You may need a newer version "
        "of Minka.",
    "Miembros…": "Members…",
    "(saldrá al sincronizar)": "(leaves at the next sync)",
    "(entrará al sincronizar)": "(joins at the next sync)",
    "(cambio no aceptado: %1)": "(change not accepted: %1)",
    "No se pudo cambiar": "Could not change",
    "Miembros de «%1»": "Members of “%1”",
    "Buscar por nombre": "Search by name",
    "Los cambios se enviarán en la próxima sincronización. Quien entra recibe la historia "
    "del grupo; quien sale deja de recibirla y se borra de sus equipos.":
        "The changes are sent at the next sync. Whoever joins receives the group's history; "
        "whoever leaves stops receiving it, and it is deleted from their computers.",
    "Guardar": "Save",
    "Esa persona ya no tiene cuenta en la red.": "That person no longer has an account in "
                                                 "the network.",
    "Doble clic para abrir un documento.": "Double-click to open a document.",
    "No se pudo abrir el documento": "Could not open the document",
}
