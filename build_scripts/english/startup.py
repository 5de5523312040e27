"""English for the start: the window painted before the store is open."""
ENGLISH = {
    "Abriendo…": "Opening…",
    "No se pudieron abrir sus datos en esta computadora. Cierre otras ventanas de Minka y "
    "vuelva a abrirlo; si el problema sigue, pida ayuda a su formador o formadora.":
        "Your data on this computer could not be opened. Close other Minka windows and "
        "open it again; if the problem continues, ask your facilitator for help.",
}
