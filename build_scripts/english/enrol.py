"""English for starting without a network and for return packs (app/ui/enrolment.py, the
sign-in screen, the main window's return-pack actions, app/ui/messages.py)."""
ENGLISH = {
    "Empezar sin internet": "Start without the internet",
    "Empezar sin internet…": "Start without the internet…",
    ("Escriba el usuario y el código de inscripción que le dio su formador o formadora en "
     "papel. Podrá leer el curso y escribir sus tareas y mensajes sin internet; cuando "
     "entregue sus envíos en la memoria USB, el servidor confirmará su cuenta."):
        "Type the username and the enrolment code your facilitator gave you on paper. You "
        "can read the course and write your assignments and messages without the internet; "
        "when you hand in your work on the USB drive, the server will confirm your account.",
    "Código de inscripción": "Enrolment code",
    "Repita la contraseña": "Repeat the password",
    ("Use la contraseña de su cuenta, la misma del papel: con ella se abre Minka en esta "
     "computadora y, más adelante, ingresará por internet."):
        "Use your account's password, the one on the paper: it opens Minka on this computer "
        "and, later, you will sign in with it over the internet.",
    "Empezar": "Start",
    "Escribir de nuevo el código de inscripción": "Type the enrolment code again",
    "Escribir de nuevo el código de inscripción…": "Type the enrolment code again…",
    ("Código guardado. Vuelva a llevar sus envíos en USB: el próximo archivo lleva el código "
     "nuevo."):
        "Code saved. Take your work on the USB drive again: the next file carries the new "
        "code.",
    "Preparar paquetes de regreso…": "Prepare return packs…",
    "Recibir paquete de regreso…": "Receive a return pack…",
    "Paquetes de regreso listos para: %1 (menú «Preparar paquetes de regreso…»).":
        "Return packs ready for: %1 (menu “Prepare return packs…”).",
    "El servidor no aceptó %1: %2": "The server did not accept %1: %2",
    "¿Dónde guardar los paquetes de regreso?": "Where should the return packs be saved?",
    ("%n paquetes de regreso quedaron en la memoria USB. Entregue a cada colega el suyo: "
     "solo su computadora puede abrirlo."): (
        "%n return pack is on the USB drive. Give each colleague their own: only their "
        "computer can open it.",
        "%n return packs are on the USB drive. Give each colleague their own: only their "
        "computer can open it."),
    "Paquete de regreso": "Return pack",
    "Paquetes de regreso de Minka (Minka-regreso-*.zip)":
        "Minka return packs (Minka-regreso-*.zip)",
    "Recibiendo el paquete de regreso…": "Receiving the return pack…",
    "Este paquete de regreso ya se había recibido: no cambió nada.":
        "This return pack had already been received: nothing changed.",
    "Paquete de regreso recibido: %n envíos llegaron al servidor.": (
        "Return pack received: %n item of your work reached the server.",
        "Return pack received: %n items of your work reached the server."),
    "%n no se aceptaron; verá el motivo junto a cada uno.": (
        "%n was not accepted; you will see why beside it.",
        "%n were not accepted; you will see why beside each."),
    "Trajo %n novedades (comentarios, notas, respuestas).": (
        "It brought %n new item (comments, grades, replies).",
        "It brought %n new items (comments, grades, replies)."),
    ("No se pudo leer el paquete de regreso. Revise que la memoria USB esté conectada y "
     "vuelva a intentarlo."):
        "The return pack could not be read. Check that the USB drive is plugged in and try "
        "again.",
    # app/ui/messages.py
    ("Ese código no es válido: tiene 12 letras y números en tres grupos, como "
     "K7MX-4PQR-9WHT (sin 0, O, 1, I ni L). Revise el papel que le dio su formador o "
     "formadora."):
        "That code is not valid: it has 12 letters and digits in three groups, like "
        "K7MX-4PQR-9WHT (no 0, O, 1, I or L). Check the paper your facilitator gave you.",
    ("Primero importe el paquete de su formador o formadora con «Importar desde USB…»: así "
     "Minka sabe a qué red pertenece su cuenta."):
        "First import your facilitator's pack with “Import from USB…”: that way Minka "
        "knows which network your account belongs to.",
    "Las dos contraseñas no son iguales. Escríbalas de nuevo.":
        "The two passwords are not the same. Type them again.",
    ("Para sincronizar por primera vez, ingrese con su usuario y contraseña. Lo que escribió "
     "sin internet se conserva y se envía."):
        "To sync for the first time, sign in with your username and password. What you "
        "wrote without the internet is kept and sent.",
    "el archivo fue cambiado o no es de una computadora conocida.":
        "the file was changed or is not from a known computer.",
    "el archivo fue cambiado después de prepararse, o no lo firmó la computadora que dice.":
        "the file was changed after it was prepared, or it was not signed by the computer "
        "it names.",
    "el servidor no conoce la computadora que lo preparó.":
        "the server does not know the computer that prepared it.",
    "la computadora que lo preparó ya no tiene permiso de su cuenta.":
        "the computer that prepared it no longer has its account's permission.",
    "los envíos dicen ser de otra cuenta que la de su computadora.":
        "the work claims to be from another account than its computer's.",
    "el archivo está dañado o incompleto.": "the file is damaged or incomplete.",
    ("el código de inscripción que se escribió en esa computadora no es el correcto. Pida un "
     "código nuevo a su formador o formadora."):
        "the enrolment code typed on that computer is not the right one. Ask your "
        "facilitator for a new code.",
    "el código de inscripción ya venció. Pida un código nuevo a su formador o formadora.":
        "the enrolment code has expired. Ask your facilitator for a new code.",
    ("ese código de inscripción ya se usó en otra computadora. Cada código sirve una sola "
     "vez; pida uno nuevo a su formador o formadora."):
        "that enrolment code was already used on another computer. Each code works only "
        "once; ask your facilitator for a new one.",
    "esa cuenta no tiene código de inscripción. Pida uno a su formador o formadora.":
        "that account has no enrolment code. Ask your facilitator for one.",
    ("no hay en la red una cuenta con ese usuario para inscribir esa computadora. Revise el "
     "usuario con su formador o formadora."):
        "the network has no account with that username to enrol that computer. Check the "
        "username with your facilitator.",
    ("Aún no hay paquetes de regreso. Llegan al sincronizar, después de entregar los envíos "
     "de sus colegas."):
        "There are no return packs yet. They arrive when you sync, after delivering your "
        "colleagues' work.",
    ("Este paquete de regreso está dañado o incompleto. Pida a su formador o formadora que "
     "lo copie de nuevo. No se cambió nada."):
        "This return pack is damaged or incomplete. Ask your facilitator to copy it again. "
        "Nothing was changed.",
    ("Este paquete de regreso fue preparado por una versión más nueva de Minka. Actualice "
     "Minka para recibirlo. No se cambió nada."):
        "This return pack was prepared by a newer version of Minka. Update Minka to receive "
        "it. Nothing was changed.",
    "Este paquete de regreso es de otra red de Minka. No se cambió nada.":
        "This return pack belongs to another Minka network. Nothing was changed.",
    ("Este paquete de regreso no está firmado por su red, o fue modificado. Por seguridad no "
     "se cambió nada."):
        "This return pack is not signed by your network, or it was modified. For safety, "
        "nothing was changed.",
    ("Este paquete de regreso es para la computadora de otra persona: solo esa computadora "
     "puede abrirlo. Busque en la memoria USB el que lleva su usuario en el nombre."):
        "This return pack is for another person's computer: only that computer can open "
        "it. Look on the USB drive for the one with your username in its name.",
    ("Minka aún no conoce la firma de su red, así que no puede comprobar este paquete. "
     "Importe primero el paquete del curso."):
        "Minka does not know your network's signature yet, so it cannot check this pack. "
        "Import the course pack first.",
}

SPANISH_PLURALS = {
    ("%n paquetes de regreso quedaron en la memoria USB. Entregue a cada colega el suyo: "
     "solo su computadora puede abrirlo."): (
        "%n paquete de regreso quedó en la memoria USB. Entregue a cada colega el suyo: "
        "solo su computadora puede abrirlo.",
        "%n paquetes de regreso quedaron en la memoria USB. Entregue a cada colega el suyo: "
        "solo su computadora puede abrirlo."),
    "Paquete de regreso recibido: %n envíos llegaron al servidor.": (
        "Paquete de regreso recibido: %n envío llegó al servidor.",
        "Paquete de regreso recibido: %n envíos llegaron al servidor."),
    "%n no se aceptaron; verá el motivo junto a cada uno.": (
        "%n no se aceptó; verá el motivo junto a él.",
        "%n no se aceptaron; verá el motivo junto a cada uno."),
    "Trajo %n novedades (comentarios, notas, respuestas).": (
        "Trajo %n novedad (comentarios, notas, respuestas).",
        "Trajo %n novedades (comentarios, notas, respuestas)."),
}
