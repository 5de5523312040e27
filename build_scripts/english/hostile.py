"""English for the strings of issue #10 (other members' content as hostile input)."""

ENGLISH = {
    "dañado en el servidor: no se pudo recibir; pida que lo adjunten de nuevo":
        "damaged on the server: it could not be received; ask for it to be attached again",
    "Abriendo el tema…": "Opening the thread…",
    "No se pudo recibir «%1»: el archivo está dañado en el servidor. Lo demás se "
    "sincronizó; pida a quien lo envió que lo adjunte de nuevo.":
        "“%1” could not be received: the file is damaged on the server. Everything else "
        "was synced; ask whoever sent it to attach it again.",
    "Minka no abre este archivo porque no es un documento, una imagen, un audio ni un "
    "video: podría ser un programa que dañe la computadora.":
        "Minka does not open this file because it is not a document, an image, an audio "
        "or a video file: it could be a program that harms the computer.",
    "Un archivo adjunto no coincide con el que se subió al servidor. Quítelo, adjúntelo de "
    "nuevo y vuelva a enviar; su texto se conserva.":
        "An attached file does not match the one uploaded to the server. Remove it, attach "
        "it again and send again; your text is kept.",
    "Un archivo llegó dañado desde el servidor. Minka lo dejó de lado y sincronizó todo lo "
    "demás.":
        "A file arrived damaged from the server. Minka set it aside and synced everything "
        "else.",
}
