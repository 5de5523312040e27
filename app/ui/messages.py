"""Sentences the user reads when something could not be done, one per error code."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def _t(text: str) -> str:
    return QCoreApplication.translate("Mensajes", text)


def problem(code: str) -> str:
    """A plain Spanish sentence for a failure code (sync, sign-in or input)."""
    texts = {
        # reaching the server
        "no_connection": _t("No se pudo llegar al servidor. Revise su conexión a internet; "
                            "Minka volverá a intentarlo sola cuando haya señal."),
        "timeout": _t("La conexión es muy lenta y el servidor no respondió a tiempo. "
                      "Minka volverá a intentarlo; nada de lo escrito se pierde."),
        "server_error": _t("El servidor tuvo un problema pasajero. Minka volverá a intentarlo "
                           "en unos minutos."),
        "not_minka": _t("La red respondió con una página que no es de Minka (puede ser la "
                        "página de ingreso de la cabina o del wifi). Abra el navegador, acepte "
                        "las condiciones de la red y vuelva a sincronizar."),
        "auth_revoked": _t("Este equipo ya no tiene permiso para sincronizar con su cuenta. "
                           "Vuelva a ingresar con su usuario y contraseña; sus escritos "
                           "pendientes se conservan."),
        "request_refused": _t("El servidor no aceptó la solicitud. Puede que Minka necesite "
                              "actualizarse; avise a su formador o formadora."),
        "protocol": _t("El servidor respondió de forma inesperada. Avise a su formador o "
                       "formadora; sus escritos pendientes se conservan."),
        "cancelled": _t("Sincronización detenida."),
        "internal": _t("Ocurrió un error inesperado en Minka. Sus escritos se conservan. "
                       "Si se repite, avise a su formador o formadora."),
        # signing in
        "bad_credentials": _t("El usuario o la contraseña no son correctos. Revíselos e "
                              "inténtelo otra vez."),
        "empty_server": _t("Escriba la dirección del servidor."),
        "bad_server": _t("La dirección del servidor debe empezar con http:// o https://."),
        "empty_username": _t("Escriba su usuario."),
        "empty_password": _t("Escriba su contraseña."),
        "profile_of_other_user": _t("Este perfil pertenece a otra persona. Para ingresar con "
                                    "otra cuenta, abra Minka con otro perfil."),
        "not_signed_in": _t("Primero ingrese con su usuario y contraseña."),
        # writing
        "empty_title": _t("Escriba un título para el tema."),
        "empty_body": _t("El mensaje está vacío. Escriba algo antes de publicar."),
        "too_long_title": _t("El título es muy largo (máximo 200 caracteres)."),
        "too_long_body": _t("El mensaje es muy largo (máximo 20 000 caracteres). Puede "
                            "dividirlo en dos mensajes."),
        # rejections by the server
        "forum_not_found": _t("El foro ya no existe en el servidor."),
        "thread_not_found": _t("El tema ya no existe en el servidor."),
        "thread_locked": _t("El tema fue cerrado y ya no recibe respuestas."),
        "reply_to_not_found": _t("El mensaje al que respondía ya no está en el tema."),
        "id_conflict": _t("El servidor ya tenía un escrito con el mismo identificador."),
        "not_allowed": _t("No tiene permiso para publicar aquí."),
    }
    return texts.get(code, _t("No se pudo completar la operación (código: %1).").replace(
        "%1", code))
