"""English for the member directory (Directorio de miembros) and one's own profile."""
ENGLISH = {
    "Directorio": "Directory",
    "Directorio de miembros": "Member directory",
    "Director(a) de IE": "School principal",
    "Subdirector(a) de IE": "Deputy school principal",
    "Docente": "Teacher",
    "Especialista de UGEL": "UGEL specialist",
    "Especialista de DRE": "DRE specialist",
    "Formador(a)": "Facilitator",
    "Otro cargo": "Other position",
    "Prefiero no decirlo": "Prefer not to say",
    "Mujer": "Woman",
    "Hombre": "Man",
    "UGEL o institución": "UGEL or institution",
    "Teléfono": "Phone",
    "Correo electrónico": "E-mail",
    "Género": "Gender",
    "Mi perfil…": "My profile…",
    "Mi perfil": "My profile",
    "Todos los cargos": "All positions",
    "Solo se muestra lo que este miembro eligió compartir con la red.":
        "Only what this member chose to share with the network is shown.",
    "Editar mi perfil…": "Edit my profile…",
    "Elija un miembro de la lista para ver su perfil.":
        "Choose a member in the list to see their profile.",
    "Formador(a) de la red": "Network facilitator",
    "Administración de la red": "Network administration",
    "Teléfono: %1": "Phone: %1",
    "Correo: %1": "E-mail: %1",
    "Género: %1": "Gender: %1",
    "Así ven su perfil los demás miembros, según lo que usted eligió compartir.":
        "This is how other members see your profile, given what you chose to share.",
    "Nombre": "Name",
    "Cargo": "Position",
    "Su perfil se cambió en otro equipo antes de que llegara este cambio; el servidor "
    "conserva aquel.":
        "Your profile was changed on another computer before this change arrived; the "
        "server keeps that one.",
    "El servidor no acepta ese cargo o esa región; elija uno de la lista.":
        "The server does not accept that position or region; choose one from the list.",
    "Elija su cargo de la lista.": "Choose your position from the list.",
    "Elija su región de la lista.": "Choose your region from the list.",
    "El correo electrónico no parece válido (por ejemplo: nombre@ugel.gob.pe).":
        "The e-mail address does not look valid (for example: name@ugel.gob.pe).",
    "El teléfono solo puede tener números, espacios, guiones, paréntesis y el signo +.":
        "The phone number may only have digits, spaces, hyphens, brackets and the + sign.",
    "La presentación es muy larga (máximo 600 caracteres).":
        "The introduction is too long (600 characters at most).",
    "El nombre de la UGEL o institución es muy largo (máximo 200 caracteres).":
        "The name of the UGEL or institution is too long (200 characters at most).",
    "Sin indicar": "Not given",
    "Por ejemplo: UGEL Canchis, IE N.° 50123": "For example: UGEL Canchis, IE N.° 50123",
    "Unas líneas para sus colegas: qué hace, qué le interesa compartir.":
        "A few lines for your colleagues: what you do, what you would like to share.",
    "Presentación": "Introduction",
    "Su nombre, cargo y región los ven todos los miembros. Marque qué más quiere mostrar: "
    "lo que no marque solo lo tienen sus equipos y el servidor, que lo cuenta en las "
    "estadísticas de la red sin mostrarlo a nadie.":
        "Every member sees your name, position and region. Tick what else you want to "
        "show: what you leave unticked stays on your computers and the server, which "
        "counts it in the network's statistics without showing it to anyone.",
    "Descartar mi cambio": "Discard my change",
    "Qué ven los demás miembros": "What other members see",
    "Pendiente de envío: su perfil se actualizará en la red en la próxima sincronización.":
        "Waiting to be sent: your profile will be updated in the network at the next sync.",
    "No se guardó en la red: %1 Sus cambios se conservan aquí: revíselos y guarde de "
    "nuevo, o descártelos.":
        "Not saved in the network: %1 Your changes are kept here: review them and save "
        "again, or discard them.",
    "Buscar por nombre": "Search by name",
    "Todas las regiones": "All regions",
    "Otro": "Other",
    "%n miembros": ("%n member", "%n members"),
}

SPANISH_PLURALS = {
    "%n miembros": ("%n miembro", "%n miembros"),
}
