"""Sentences the user reads when something could not be done, one per error code."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def problem(code: str) -> str:
    """A plain Spanish sentence for a failure code (sync, sign-in or input)."""
    texts = {
        # reaching the server
        "no_connection": QCoreApplication.translate("Mensajes", "No se pudo llegar al servidor. Revise su conexión a internet; "
                            "Minka volverá a intentarlo automáticamente cuando haya señal."),
        "timeout": QCoreApplication.translate("Mensajes", "La conexión es muy lenta y el servidor no respondió a tiempo. "
                      "Minka volverá a intentarlo; nada de lo escrito se pierde."),
        "server_error": QCoreApplication.translate("Mensajes", "El servidor tuvo un problema pasajero. Minka volverá a intentarlo "
                           "en unos minutos."),
        "not_minka": QCoreApplication.translate("Mensajes", "La red respondió con una página que no es de Minka (puede ser la "
                        "página de ingreso de la cabina o del wifi). Abra el navegador, acepte "
                        "las condiciones de la red y vuelva a sincronizar."),
        "tls_clock": QCoreApplication.translate(
            "Mensajes", "No se pudo comprobar que el servidor es el de Minka porque la fecha u "
                        "hora de esta computadora no es la correcta. Corrija la fecha y la hora "
                        "(en la esquina de la pantalla) y vuelva a sincronizar; sus escritos "
                        "pendientes se conservan."),
        "tls_untrusted": QCoreApplication.translate(
            "Mensajes", "No se pudo comprobar que quien responde es el servidor de Minka. Si "
                        "está en una cabina o un wifi público, abra el navegador y acepte las "
                        "condiciones de la red; si no, revise la dirección del servidor."),
        "auth_revoked": QCoreApplication.translate("Mensajes", "Este equipo ya no tiene permiso para sincronizar con su cuenta. "
                           "Vuelva a ingresar con su usuario y contraseña; sus escritos "
                           "pendientes se conservan."),
        "auth_expired": QCoreApplication.translate(
            "Mensajes", "Este equipo pasó mucho tiempo sin conectarse y, por seguridad, debe "
                        "ingresar de nuevo con su usuario y contraseña. Sus escritos "
                        "pendientes se conservan y se enviarán después."),
        "account_disabled": QCoreApplication.translate(
            "Mensajes", "Su cuenta está desactivada. Si cree que es un error, converse con "
                        "quien administra Minka en su UGEL o DRE. Sus escritos pendientes se "
                        "conservan en este equipo."),
        "too_many_attempts": QCoreApplication.translate(
            "Mensajes", "Demasiados intentos. Vuelva a intentarlo en unos minutos."),
        "request_refused": QCoreApplication.translate("Mensajes", "El servidor no aceptó la solicitud. Puede que Minka necesite "
                              "actualizarse; avise a su formador o formadora."),
        "protocol": QCoreApplication.translate("Mensajes", "El servidor respondió de forma inesperada. Avise a su formador o "
                       "formadora; sus escritos pendientes se conservan."),
        "cancelled": QCoreApplication.translate("Mensajes", "Sincronización detenida."),
        "disk_full": QCoreApplication.translate(
            "Mensajes", "El disco de esta computadora está lleno y Minka no pudo guardar lo "
                        "que llegó. Lo que usted escribió está a salvo. Libere espacio (por "
                        "ejemplo, borrando descargas que ya no use) y vuelva a sincronizar."),
        "hash_mismatch": QCoreApplication.translate(
            "Mensajes", "Un archivo llegó dañado dos veces seguidas. Minka lo volverá a pedir "
                        "en la próxima sincronización."),
        "not_found": QCoreApplication.translate(
            "Mensajes", "Un archivo ya no está disponible en el servidor."),
        "blob_too_large": QCoreApplication.translate(
            "Mensajes", "Un archivo es más grande de lo que el servidor acepta."),
        "file_changed": QCoreApplication.translate(
            "Mensajes", "Un archivo adjunto cambió mientras se enviaba; Minka lo enviará de "
                        "nuevo."),
        "internal": QCoreApplication.translate("Mensajes", "Ocurrió un error inesperado en Minka. Sus escritos se conservan. "
                       "Si se repite, avise a su formador o formadora."),
        # signing in
        "bad_credentials": QCoreApplication.translate("Mensajes", "El usuario o la contraseña no son correctos. Revíselos e "
                              "inténtelo otra vez."),
        "empty_server": QCoreApplication.translate("Mensajes", "Escriba la dirección del servidor."),
        "bad_server": QCoreApplication.translate("Mensajes", "La dirección del servidor debe empezar con http:// o https://."),
        "empty_username": QCoreApplication.translate("Mensajes", "Escriba su usuario."),
        "empty_password": QCoreApplication.translate("Mensajes", "Escriba su contraseña."),
        "profile_of_other_user": QCoreApplication.translate("Mensajes", "Este perfil pertenece a otra persona. Para ingresar con "
                                    "otra cuenta, abra Minka con otro perfil."),
        "not_signed_in": QCoreApplication.translate("Mensajes", "Primero ingrese con su usuario y contraseña."),
        # writing
        "empty_title": QCoreApplication.translate("Mensajes", "Escriba un título para el tema."),
        "empty_body": QCoreApplication.translate("Mensajes", "El mensaje está vacío. Escriba algo antes de publicar."),
        "too_long_title": QCoreApplication.translate("Mensajes", "El título es muy largo (máximo 200 caracteres)."),
        "too_long_body": QCoreApplication.translate("Mensajes", "El mensaje es muy largo (máximo 20 000 caracteres). Puede "
                            "dividirlo en dos mensajes."),
        # rejections by the server
        "forum_not_found": QCoreApplication.translate("Mensajes", "El foro ya no existe en el servidor."),
        "thread_not_found": QCoreApplication.translate("Mensajes", "El tema ya no existe en el servidor."),
        "thread_locked": QCoreApplication.translate("Mensajes", "El tema fue cerrado y ya no recibe respuestas."),
        "reply_to_not_found": QCoreApplication.translate("Mensajes", "El mensaje al que respondía ya no está en el tema."),
        "id_conflict": QCoreApplication.translate("Mensajes", "El servidor ya tenía un escrito con el mismo identificador."),
        "not_allowed": QCoreApplication.translate("Mensajes", "No tiene permiso para publicar aquí."),
        # closed groups
        "group_not_found": QCoreApplication.translate(
            "Mensajes", "Ya no pertenece a este grupo, o el grupo ya no existe."),
        "user_not_found": QCoreApplication.translate(
            "Mensajes", "Esa persona ya no tiene cuenta en la red."),
        # the member directory: one's own profile
        "profile_conflict": QCoreApplication.translate(
            "Mensajes", "Su perfil se cambió en otro equipo antes de que llegara este "
                        "cambio; el servidor conserva aquel."),
        "invalid_profile": QCoreApplication.translate(
            "Mensajes", "El servidor no acepta ese cargo o esa región; elija uno de la "
                        "lista."),
        "invalid_position": QCoreApplication.translate(
            "Mensajes", "Elija su cargo de la lista."),
        "invalid_region": QCoreApplication.translate(
            "Mensajes", "Elija su región de la lista."),
        "invalid_email": QCoreApplication.translate(
            "Mensajes", "El correo electrónico no parece válido (por ejemplo: "
                        "nombre@ugel.gob.pe)."),
        "invalid_phone": QCoreApplication.translate(
            "Mensajes", "El teléfono solo puede tener números, espacios, guiones, "
                        "paréntesis y el signo +."),
        "too_long_presentation": QCoreApplication.translate(
            "Mensajes", "La presentación es muy larga (máximo 600 caracteres)."),
        "too_long_institution": QCoreApplication.translate(
            "Mensajes", "El nombre de la UGEL o institución es muy largo (máximo 200 "
                        "caracteres)."),
        "unknown_kind": QCoreApplication.translate(
            "Mensajes", "El servidor no reconoce este tipo de escrito. Puede que necesite "
                        "una versión más nueva de Minka."),
        # debates
        "debate_not_found": QCoreApplication.translate(
            "Mensajes", "El debate ya no está en el servidor."),
        "debate_closed": QCoreApplication.translate(
            "Mensajes", "El debate ya cerró; su texto sigue guardado aquí para que lo "
                        "copie."),
        "invalid_period": QCoreApplication.translate(
            "Mensajes", "Las fechas del debate no son válidas: debe cerrar después de abrir."),
        "debate_closes_in_past": QCoreApplication.translate(
            "Mensajes", "Elija un día de cierre que todavía no haya pasado."),
        "empty_question": QCoreApplication.translate(
            "Mensajes", "Escriba la pregunta del debate."),
        "too_long_question": QCoreApplication.translate(
            "Mensajes", "La pregunta es muy larga (máximo 200 caracteres)."),
        "too_long_description": QCoreApplication.translate(
            "Mensajes", "La descripción es muy larga (máximo 5000 caracteres)."),
        "debate_still_open": QCoreApplication.translate(
            "Mensajes", "El debate todavía está abierto en el servidor: la propuesta de la "
                        "red se publica cuando cierra. Su texto sigue guardado aquí."),
        "not_debate_moderator": QCoreApplication.translate(
            "Mensajes", "Solo los formadores, las formadoras y los administradores publican "
                        "la propuesta de un debate."),
        "empty_synthesis": QCoreApplication.translate(
            "Mensajes", "Escriba la síntesis del debate antes de publicar."),
        "too_long_synthesis": QCoreApplication.translate(
            "Mensajes", "La síntesis es muy larga (máximo 20 000 caracteres)."),
        "debate_not_open": QCoreApplication.translate(
            "Mensajes", "El debate todavía no está abierto; su texto sigue guardado aquí "
                        "para que lo copie."),
        # surveys
        "survey_not_found": QCoreApplication.translate(
            "Mensajes", "La encuesta ya no está en el servidor."),
        "survey_closed": QCoreApplication.translate(
            "Mensajes", "La encuesta ya había cerrado cuando llegó su respuesta, así que no "
                        "se contó. Su elección sigue a la vista aquí."),
        "invalid_survey": QCoreApplication.translate(
            "Mensajes", "La encuesta no es válida: revise que las opciones sean distintas y "
                        "que la fecha de cierre sea correcta."),
        "invalid_answer": QCoreApplication.translate(
            "Mensajes", "La respuesta no corresponde a las opciones de la encuesta."),
        "survey_no_choice": QCoreApplication.translate(
            "Mensajes", "Elija una opción antes de enviar su respuesta."),
        "survey_one_choice": QCoreApplication.translate(
            "Mensajes", "En esta encuesta se elige una sola opción."),
        "survey_closes_in_past": QCoreApplication.translate(
            "Mensajes", "Elija un día de cierre que todavía no haya pasado."),
        "survey_few_options": QCoreApplication.translate(
            "Mensajes", "Escriba al menos dos opciones, una en cada línea."),
        "survey_many_options": QCoreApplication.translate(
            "Mensajes", "Una encuesta tiene como máximo 12 opciones."),
        "survey_same_options": QCoreApplication.translate(
            "Mensajes", "Dos opciones dicen lo mismo; cada opción debe ser distinta."),
        "survey_empty_question": QCoreApplication.translate(
            "Mensajes", "Escriba la pregunta de la encuesta."),
        "survey_long_text": QCoreApplication.translate(
            "Mensajes", "La pregunta y cada opción deben tener como máximo 200 caracteres."),
        "not_survey_moderator": QCoreApplication.translate(
            "Mensajes", "Solo los formadores, las formadoras y los administradores hacen "
                        "encuestas a la red."),
        # the wall and news
        "too_long_wall": QCoreApplication.translate(
            "Mensajes", "La publicación es muy larga para el muro (máximo 3000 caracteres). "
                        "Para un texto largo, abra un tema en los foros."),
        "wall_post_not_found": QCoreApplication.translate(
            "Mensajes", "La publicación ya no está en el muro."),
        "not_an_image": QCoreApplication.translate(
            "Mensajes", "La foto de una noticia debe ser una imagen JPG, PNG, GIF o WebP."),
        "user_not_found": QCoreApplication.translate(
            "Mensajes", "Esa persona ya no tiene cuenta en la red."),
        # the course
        "course_not_found": QCoreApplication.translate(
            "Mensajes", "El curso ya no está disponible para usted."),
        "lesson_not_found": QCoreApplication.translate(
            "Mensajes", "La lección ya no está en el curso."),
        "assignment_not_found": QCoreApplication.translate(
            "Mensajes", "La tarea ya no está en el curso."),
        "submission_not_found": QCoreApplication.translate(
            "Mensajes", "La entrega ya no está en el servidor."),
        "deadline_passed": QCoreApplication.translate(
            "Mensajes", "La fecha límite ya había pasado cuando llegó al servidor, y el curso "
                        "no acepta entregas tardías. Copie su texto y converse con su formador "
                        "o formadora."),
        "already_graded": QCoreApplication.translate(
            "Mensajes", "Esta tarea ya fue calificada; no se puede entregar otra vez."),
        "empty_submission": QCoreApplication.translate(
            "Mensajes", "La entrega está vacía. Escriba su trabajo o adjunte un archivo."),
        "too_large": QCoreApplication.translate(
            "Mensajes", "Los archivos adjuntos superan el tamaño que permite el curso."),
        "quota_exceeded": QCoreApplication.translate(
            "Mensajes", "Ya usó todo el espacio para archivos que el servidor da a cada "
                        "cuenta, y este archivo no cupo. Su texto se conserva aquí: quite el "
                        "archivo o envíe uno más pequeño, o converse con su formador o "
                        "formadora."),
        "attachment_missing": QCoreApplication.translate(
            "Mensajes", "Falta subir un archivo adjunto; Minka lo intentará otra vez."),
        "too_long_submission": QCoreApplication.translate(
            "Mensajes", "El trabajo es muy largo (máximo 100 000 caracteres)."),
        "file_not_found": QCoreApplication.translate(
            "Mensajes", "No se encontró ese archivo. ¿Está en una memoria USB que se retiró?"),
        "file_type_not_allowed": QCoreApplication.translate(
            "Mensajes", "Minka no acepta ese tipo de archivo. Guarde su trabajo como PDF, "
                        "documento de texto, hoja de cálculo, imagen o audio."),
        "file_type_not_opened": QCoreApplication.translate(
            "Mensajes", "Minka no abre este archivo porque no es un documento, una imagen, un "
                        "audio ni un video: podría ser un programa que dañe la computadora."),
        "file_mismatch": QCoreApplication.translate(
            "Mensajes", "Un archivo adjunto no coincide con el que se subió al servidor. "
                        "Quítelo, adjúntelo de nuevo y vuelva a enviar; su texto se conserva."),
        "size_mismatch": QCoreApplication.translate(
            "Mensajes", "Un archivo llegó dañado desde el servidor. Minka lo dejó de lado y "
                        "sincronizó todo lo demás."),
        "file_empty": QCoreApplication.translate(
            "Mensajes", "El archivo está vacío."),
        "file_too_large": QCoreApplication.translate(
            "Mensajes", "El archivo es demasiado grande para este curso. Pruebe con una foto "
                        "más pequeña o un PDF comprimido."),
        "already_returned": QCoreApplication.translate(
            "Mensajes", "Esta entrega ya fue devuelta con comentarios. Para cambiarlos, use "
                        "«Corregir comentarios»; su texto se conserva aquí para copiarlo."),
        "stale_correction": QCoreApplication.translate(
            "Mensajes", "Otra corrección de estos comentarios llegó antes al servidor, y es "
                        "la que ve el participante. Su texto se conserva aquí: revise la "
                        "versión actual y corríjala de nuevo si hace falta."),
        "empty_feedback": QCoreApplication.translate(
            "Mensajes", "Escriba sus comentarios antes de devolver la entrega."),
        # the repository
        "empty_doc_title": QCoreApplication.translate(
            "Mensajes", "Escriba el título del documento."),
        "doc_title": QCoreApplication.translate(
            "Mensajes", "El título es muy largo (máximo 200 caracteres)."),
        "doc_type": QCoreApplication.translate(
            "Mensajes", "Elija de qué tipo es el documento."),
        "doc_year": QCoreApplication.translate(
            "Mensajes", "El año debe estar entre 1900 y 2100, o quedar «sin año»."),
        "doc_authors": QCoreApplication.translate(
            "Mensajes", "Revise los autores: hasta 20 nombres, separados por punto y coma, "
                        "de no más de 200 caracteres cada uno."),
        "doc_themes": QCoreApplication.translate(
            "Mensajes", "Revise los temas: hasta 12, separados por punto y coma, de no más "
                        "de 200 caracteres cada uno."),
        "doc_summary": QCoreApplication.translate(
            "Mensajes", "El resumen es muy largo (máximo 5000 caracteres)."),
        "doc_language": QCoreApplication.translate(
            "Mensajes", "Elija el idioma del documento."),
        # moderation and edits
        "writing_hidden": QCoreApplication.translate(
            "Mensajes", "La moderación ocultó esta publicación, así que ya no se puede "
                        "editar. Si cree que es un error, converse con su formador o "
                        "formadora."),
        "writing_not_found": QCoreApplication.translate(
            "Mensajes", "Esa publicación ya no está disponible."),
        "edit_conflict": QCoreApplication.translate(
            "Mensajes", "La publicación cambió desde otro equipo mientras usted editaba; su "
                        "versión se conserva aquí para que decida."),
        "empty_hide_reason": QCoreApplication.translate(
            "Mensajes", "Escriba el motivo: su autor o autora lo leerá."),
        "too_long": QCoreApplication.translate(
            "Mensajes", "El texto es muy largo para este lugar. Acórtelo y vuelva a "
                        "intentarlo; su versión se conserva aquí."),
        "too_long_comment": QCoreApplication.translate(
            "Mensajes", "El comentario es muy largo (máximo 2000 caracteres)."),
        "group_document_not_found": QCoreApplication.translate(
            "Mensajes", "Ese documento ya no está en el grupo, o usted ya no pertenece a él."),
        "group_document_pending": QCoreApplication.translate(
            "Mensajes", "Este documento aún no llegó al servidor. Sincronice primero y luego "
                        "propóngalo al repositorio."),
        "doc_short": QCoreApplication.translate(
            "Mensajes", "La región, la fuente y la licencia admiten hasta 200 caracteres."),
        "doc_invalid": QCoreApplication.translate(
            "Mensajes", "Revise los datos del documento."),
        "empty_reason": QCoreApplication.translate(
            "Mensajes", "Escriba el motivo: quien propuso el documento lo leerá."),
        "too_long_reason": QCoreApplication.translate(
            "Mensajes", "El motivo es muy largo (máximo 1000 caracteres)."),
        "not_moderator": QCoreApplication.translate(
            "Mensajes", "Solo los formadores, las formadoras y los administradores pueden "
                        "revisar propuestas."),
        "document_not_found": QCoreApplication.translate(
            "Mensajes", "El documento ya no está en el repositorio."),
        "document_without_file": QCoreApplication.translate(
            "Mensajes", "Este documento no tiene archivo para descargar."),
        "already_downloading": QCoreApplication.translate(
            "Mensajes", "Este documento ya se está descargando."),
        "proposal_not_found": QCoreApplication.translate(
            "Mensajes", "La propuesta ya no está en el servidor."),
        "already_decided": QCoreApplication.translate(
            "Mensajes", "Otra persona ya decidió sobre esta propuesta."),
        # content packs (USB)
        "pack_incomplete": QCoreApplication.translate(
            "Mensajes", "Al paquete le faltan partes: quizá no se copió completo. Cópielo "
                        "otra vez desde la memoria USB original. No se importó nada."),
        "pack_unreadable": QCoreApplication.translate(
            "Mensajes", "No se pudo leer el paquete de la memoria USB. Revise que esté bien "
                        "conectada y vuelva a intentarlo. No se importó nada."),
        "pack_damaged": QCoreApplication.translate(
            "Mensajes", "El paquete está dañado o fue modificado: su contenido no coincide "
                        "con lo que firmó su red. Pida una copia nueva a quien se lo dio. "
                        "No se importó nada."),
        "pack_bad_signature": QCoreApplication.translate(
            "Mensajes", "Este paquete no está firmado por su red de Minka, o fue modificado "
                        "después de firmarse. Por seguridad no se importó nada."),
        "pack_other_network": QCoreApplication.translate(
            "Mensajes", "Este paquete es de otra red de Minka, no de la suya. No se "
                        "importó nada."),
        "pack_format": QCoreApplication.translate(
            "Mensajes", "Este paquete fue preparado por una versión más nueva de Minka. "
                        "Actualice Minka en esta computadora para importarlo. No se importó "
                        "nada."),
        "pack_no_network_key": QCoreApplication.translate(
            "Mensajes", "Minka aún no conoce la firma de su red, así que no puede comprobar "
                        "el paquete. Ingrese una vez con su cuenta cuando tenga conexión, o "
                        "use el Minka de la memoria USB de su formador o formadora."),
        "outbox_empty": QCoreApplication.translate(
            "Mensajes", "No tiene envíos pendientes: todo lo que escribió ya llegó al "
                        "servidor."),
        "no_device_key": QCoreApplication.translate(
            "Mensajes", "Esta computadora aún no tiene su firma para llevar envíos en USB. "
                        "Ingrese de nuevo con su cuenta una vez que tenga conexión."),
        "outbox_file_missing": QCoreApplication.translate(
            "Mensajes", "Falta en esta computadora un archivo adjunto a sus envíos. Adjúntelo "
                        "de nuevo y vuelva a intentarlo."),
        # starting without a network (app/services/enrolment.py)
        "enrolment_code_format": QCoreApplication.translate(
            "Mensajes", "Ese código no es válido: tiene 12 letras y números en tres grupos, "
                        "como K7MX-4PQR-9WHT (sin 0, O, 1, I ni L). Revise el papel que le "
                        "dio su formador o formadora."),
        "enrolment_no_network": QCoreApplication.translate(
            "Mensajes", "Primero importe el paquete de su formador o formadora con "
                        "«Importar desde USB…»: así Minka sabe a qué red pertenece su cuenta."),
        "passwords_differ": QCoreApplication.translate(
            "Mensajes", "Las dos contraseñas no son iguales. Escríbalas de nuevo."),
        "not_confirmed": QCoreApplication.translate(
            "Mensajes", "Para sincronizar por primera vez, ingrese con su usuario y "
                        "contraseña. Lo que escribió sin internet se conserva y se envía."),
        # a carried outbox the server refused (sync/server/outbox_import.py)
        "outbox_refused": QCoreApplication.translate(
            "Mensajes", "el archivo fue cambiado o no es de una computadora conocida."),
        "outbox_bad_signature": QCoreApplication.translate(
            "Mensajes", "el archivo fue cambiado después de prepararse, o no lo firmó la "
                        "computadora que dice."),
        "outbox_unknown_device": QCoreApplication.translate(
            "Mensajes", "el servidor no conoce la computadora que lo preparó."),
        "outbox_revoked": QCoreApplication.translate(
            "Mensajes", "la computadora que lo preparó ya no tiene permiso de su cuenta."),
        "outbox_other_account": QCoreApplication.translate(
            "Mensajes", "los envíos dicen ser de otra cuenta que la de su computadora."),
        "outbox_damaged": QCoreApplication.translate(
            "Mensajes", "el archivo está dañado o incompleto."),
        "outbox_enrolment_wrong_code": QCoreApplication.translate(
            "Mensajes", "el código de inscripción que se escribió en esa computadora no es "
                        "el correcto. Pida un código nuevo a su formador o formadora."),
        "outbox_enrolment_expired": QCoreApplication.translate(
            "Mensajes", "el código de inscripción ya venció. Pida un código nuevo a su "
                        "formador o formadora."),
        "outbox_enrolment_used": QCoreApplication.translate(
            "Mensajes", "ese código de inscripción ya se usó en otra computadora. Cada código "
                        "sirve una sola vez; pida uno nuevo a su formador o formadora."),
        "outbox_enrolment_no_code": QCoreApplication.translate(
            "Mensajes", "esa cuenta no tiene código de inscripción. Pida uno a su formador "
                        "o formadora."),
        "outbox_enrolment_other_account": QCoreApplication.translate(
            "Mensajes", "no hay en la red una cuenta con ese usuario para inscribir esa "
                        "computadora. Revise el usuario con su formador o formadora."),
        # return packs (app/services/return_packs.py)
        "no_return_packs": QCoreApplication.translate(
            "Mensajes", "Aún no hay paquetes de regreso. Llegan al sincronizar, después de "
                        "entregar los envíos de sus colegas."),
        "return_damaged": QCoreApplication.translate(
            "Mensajes", "Este paquete de regreso está dañado o incompleto. Pida a su formador "
                        "o formadora que lo copie de nuevo. No se cambió nada."),
        "return_format": QCoreApplication.translate(
            "Mensajes", "Este paquete de regreso fue preparado por una versión más nueva de "
                        "Minka. Actualice Minka para recibirlo. No se cambió nada."),
        "return_other_network": QCoreApplication.translate(
            "Mensajes", "Este paquete de regreso es de otra red de Minka. No se cambió nada."),
        "return_bad_signature": QCoreApplication.translate(
            "Mensajes", "Este paquete de regreso no está firmado por su red, o fue modificado. "
                        "Por seguridad no se cambió nada."),
        "return_other_device": QCoreApplication.translate(
            "Mensajes", "Este paquete de regreso es para la computadora de otra persona: solo "
                        "esa computadora puede abrirlo. Busque en la memoria USB el que lleva "
                        "su usuario en el nombre."),
        "return_no_network": QCoreApplication.translate(
            "Mensajes", "Minka aún no conoce la firma de su red, así que no puede comprobar "
                        "este paquete. Importe primero el paquete del curso."),
        "pack_disk": QCoreApplication.translate(
            "Mensajes", "No hay espacio suficiente en esta computadora para el paquete. "
                        "Libere espacio y vuelva a intentarlo. No se importó nada."),
    }
    return texts.get(code, QCoreApplication.translate("Mensajes", "No se pudo completar la operación (código: %1).").replace(
        "%1", code))
