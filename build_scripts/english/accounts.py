"""English for accounts that can be locked: expired sign-ins, disabled accounts, the sign-in
rate limit (app/ui/messages.py, app/ui/signin.py)."""
ENGLISH = {
    "Este equipo pasó mucho tiempo sin conectarse y, por seguridad, debe ingresar de nuevo "
    "con su usuario y contraseña. Sus escritos pendientes se conservan y se enviarán "
    "después.":
        "This computer went a long time without connecting and, for security, you must sign "
        "in again with your username and password. Your pending writing is kept and will be "
        "sent afterwards.",
    "Su cuenta está desactivada. Si cree que es un error, converse con quien administra "
    "Minka en su UGEL o DRE. Sus escritos pendientes se conservan en este equipo.":
        "Your account is disabled. If you think this is a mistake, talk to whoever runs "
        "Minka at your UGEL or DRE. Your pending writing is kept on this computer.",
    "Demasiados intentos. Vuelva a intentarlo en unos minutos.":
        "Too many attempts. Please try again in a few minutes.",
    "Demasiados intentos. Vuelva a intentarlo en %n minutos.": (
        "Too many attempts. Please try again in %n minute.",
        "Too many attempts. Please try again in %n minutes."),
    "Ya usó todo el espacio para archivos que el servidor da a cada cuenta, y este archivo "
    "no cupo. Su texto se conserva aquí: quite el archivo o envíe uno más pequeño, o "
    "converse con su formador o formadora.":
        "You have used all the file space the server gives each account, and this file did "
        "not fit. Your text is kept here: remove the file or send a smaller one, or talk to "
        "your facilitator.",
}
SPANISH_PLURALS = {
    "Demasiados intentos. Vuelva a intentarlo en %n minutos.": (
        "Demasiados intentos. Vuelva a intentarlo en %n minuto.",
        "Demasiados intentos. Vuelva a intentarlo en %n minutos."),
}
