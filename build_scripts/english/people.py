"""English for shared computers (app/ui/people.py, the menu) and the self-test."""
ENGLISH = {
    "¿Quién usa Minka ahora?": "Who is using Minka now?",
    "En esta computadora usan Minka varias personas. Elija su nombre; le pediremos su "
    "contraseña para abrir sus datos.":
        "Several people use Minka on this computer. Choose your name; we will ask for your "
        "password to open your data.",
    "Abrir": "Open",
    "Agregar a otra persona…": "Add another person…",
    "Contraseña de %1": "Password of %1",
    "Es la misma contraseña con la que ingresa a Minka. Funciona también sin internet.":
        "It is the same password you sign in to Minka with. It works without internet too.",
    "Escriba su contraseña.": "Type your password.",
    "La contraseña no es correcta. Inténtelo de nuevo.":
        "The password is not correct. Please try again.",
    "Cambiar de persona…": "Switch person…",
    "Minka": "Minka",
}
ENGLISH.update({
    "No se pudo comprobar la contraseña en este equipo. Cierre Minka, vuelva a abrirlo e "
    "inténtelo de nuevo.":
        "The password could not be checked on this computer. Close Minka, open it again "
        "and try once more.",
})
