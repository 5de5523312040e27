"""English for content packs on USB drives (app/ui/pack_import.py, the sign-in screen, the
messages of app/ui/messages.py about packs)."""
ENGLISH = {
    "Importar desde USB…": "Import from USB…",
    "Importar desde USB": "Import from USB",
    "Importar": "Import",
    "Buscar de nuevo": "Search again",
    "Elegir carpeta…": "Choose folder…",
    "Carpeta del paquete": "Pack folder",
    ("Un paquete de contenidos trae el curso y el catálogo en una memoria USB, sin usar "
     "internet. Conecte la memoria y elija el paquete."):
        "A content pack brings the course and the catalogue on a USB drive, without the "
        "internet. Plug in the drive and choose the pack.",
    "Buscando paquetes en las memorias USB…": "Looking for packs on the USB drives…",
    ("No se encontró ningún paquete en las memorias USB conectadas. Conecte la memoria y "
     "pulse «Buscar de nuevo», o elija la carpeta del paquete."):
        "No pack was found on the connected USB drives. Plug in the drive and press "
        "“Search again”, or choose the pack's folder.",
    ("En esa carpeta no hay ningún paquete de Minka (falta el archivo minka-pack.json)."):
        "That folder holds no Minka pack (the file minka-pack.json is missing).",
    "Preparado el %1.": "Prepared on %1.",
    "• El curso «%1»": "• The course “%1”",
    "• El catálogo del repositorio de documentos": "• The catalogue of the document repository",
    "los archivos de las lecciones": "the lessons' files",
    "los archivos de las lecciones y de los documentos": "the files of the lessons and the documents",
    "ningún archivo (solo los textos)": "no files (the texts only)",
    "• Con %1": "• With %1",
    "Tamaño: %1, %n archivos.": ("Size: %1, %n file.", "Size: %1, %n files."),
    ("Listo: el paquete se importó (%1 registros, %2 archivos nuevos). Ya puede leerlo sin "
     "conexión; la próxima sincronización traerá solo lo que falte."):
        "Done: the pack was imported (%1 records, %2 new files). You can read it offline "
        "now; the next sync will bring only what is missing.",
    "Importación cancelada. No se importó nada.": "Import cancelled. Nothing was imported.",
    ("El paquete ya está en esta computadora (%1 registros). Al ingresar, Minka traerá solo "
     "lo que el paquete no tiene."):
        "The pack is now on this computer (%1 records). When you sign in, Minka will bring "
        "only what the pack does not have.",
    # app/ui/messages.py
    ("Al paquete le faltan partes: quizá no se copió completo. Cópielo otra vez desde la "
     "memoria USB original. No se importó nada."):
        "Parts of the pack are missing: perhaps it was not copied completely. Copy it again "
        "from the original USB drive. Nothing was imported.",
    ("No se pudo leer el paquete de la memoria USB. Revise que esté bien conectada y vuelva "
     "a intentarlo. No se importó nada."):
        "The pack could not be read from the USB drive. Check that it is plugged in properly "
        "and try again. Nothing was imported.",
    ("El paquete está dañado o fue modificado: su contenido no coincide con lo que firmó su "
     "red. Pida una copia nueva a quien se lo dio. No se importó nada."):
        "The pack is damaged or was modified: its content does not match what your network "
        "signed. Ask whoever gave it to you for a new copy. Nothing was imported.",
    ("Este paquete no está firmado por su red de Minka, o fue modificado después de "
     "firmarse. Por seguridad no se importó nada."):
        "This pack is not signed by your Minka network, or it was modified after it was "
        "signed. For safety, nothing was imported.",
    "Este paquete es de otra red de Minka, no de la suya. No se importó nada.":
        "This pack belongs to another Minka network, not yours. Nothing was imported.",
    ("Este paquete fue preparado por una versión más nueva de Minka. Actualice Minka en esta "
     "computadora para importarlo. No se importó nada."):
        "This pack was prepared by a newer version of Minka. Update Minka on this computer "
        "to import it. Nothing was imported.",
    ("Minka aún no conoce la firma de su red, así que no puede comprobar el paquete. "
     "Ingrese una vez con su cuenta cuando tenga conexión, o use el Minka de la memoria USB "
     "de su formador o formadora."):
        "Minka does not know your network's signature yet, so it cannot check the pack. "
        "Sign in once with your account when you are online, or use the Minka on your "
        "facilitator's USB drive.",
    ("No hay espacio suficiente en esta computadora para el paquete. Libere espacio y "
     "vuelva a intentarlo. No se importó nada."):
        "There is not enough space on this computer for the pack. Free some space and try "
        "again. Nothing was imported.",
    # the outbox carried on a drive (app/ui/main_window.py, app/ui/messages.py)
    "Llevar mis envíos en USB…": "Carry my submissions on USB…",
    "¿Dónde guardar sus envíos?": "Where should your submissions be saved?",
    "Guardando sus envíos en la memoria USB…": "Saving your submissions to the USB drive…",
    "Sus envíos quedaron en «%1». Entregue ese archivo a su formador o formadora.":
        "Your submissions were saved in “%1”. Hand that file to your facilitator.",
    ("No se pudo guardar en la memoria USB. Revise que esté conectada y tenga espacio, y "
     "vuelva a intentarlo."):
        "Could not save to the USB drive. Check that it is plugged in and has space, and "
        "try again.",
    "No tiene envíos pendientes: todo lo que escribió ya llegó al servidor.":
        "You have nothing waiting to be sent: everything you wrote has reached the server.",
    ("Esta computadora aún no tiene su firma para llevar envíos en USB. Ingrese de nuevo "
     "con su cuenta una vez que tenga conexión."):
        "This computer does not have your signature for carrying submissions on USB yet. "
        "Sign in again with your account once you are online.",
    ("Falta en esta computadora un archivo adjunto a sus envíos. Adjúntelo de nuevo y "
     "vuelva a intentarlo."):
        "A file attached to your submissions is missing on this computer. Attach it again "
        "and try again.",
    # a facilitator delivers colleagues' outboxes
    "Entregar envíos de colegas…": "Deliver colleagues' submissions…",
    "Se entregaron los envíos de: %1.": "Delivered the submissions of: %1.",
    ("El servidor no aceptó %1: el archivo fue cambiado o no es de una computadora "
     "conocida."):
        "The server did not accept %1: the file was changed or does not come from a known "
        "computer.",
    "Envíos de colegas": "Colleagues' submissions",
    "Envíos de Minka (*.zip)": "Minka submissions (*.zip)",
    "Se entregarán en la próxima sincronización: envíos de %1.":
        "They will be delivered at the next sync: submissions of %1.",
    "No son archivos de envíos de Minka: %1.": "These are not Minka submission files: %1.",
}
SPANISH_PLURALS = {
    "Tamaño: %1, %n archivos.": ("Tamaño: %1, %n archivo.", "Tamaño: %1, %n archivos."),
}
