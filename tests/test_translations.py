"""Spanish first, English complete: the catalogues the app loads say what users read."""
from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLibraryInfo, QTranslator

from app.ui.application import resource_path

TS = Path(__file__).resolve().parent.parent / "resources" / "translations"


def test_every_string_has_an_english_translation():
    root = ET.parse(TS / "minka_en.ts").getroot()
    unfinished = [m.find("source").text for m in root.iter("message")
                  if m.find("translation").get("type") in ("unfinished", "obsolete")]
    assert unfinished == []
    assert len(list(root.iter("message"))) > 50


@pytest.mark.parametrize("language, n, expected", [
    ("es", 1, "1 escrito pendiente de envío"),
    ("es", 3, "3 escritos pendientes de envío"),
    ("en", 1, "1 item waiting to be sent"),
    ("en", 3, "3 items waiting to be sent"),
])
def test_plural_forms(qapp, language, n, expected):
    translator = QTranslator()
    assert translator.load(f"minka_{language}", str(resource_path("translations")))
    QCoreApplication.installTranslator(translator)
    try:
        assert QCoreApplication.translate("MainWindow", "%n escritos pendientes de envío",
                                          "", n) == expected
    finally:
        QCoreApplication.removeTranslator(translator)


def test_qt_standard_dialogs_speak_spanish(qapp):
    translator = QTranslator()
    assert translator.load("qtbase_es", QLibraryInfo.path(QLibraryInfo.TranslationsPath))
    QCoreApplication.installTranslator(translator)
    try:
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancelar"
    finally:
        QCoreApplication.removeTranslator(translator)


def test_source_strings_have_their_accents():
    """Common words written without their accent or ñ slip in easily; catch them."""
    root = ET.parse(TS / "minka_es.ts").getroot()
    bad = ("sincronizacion", "conexion", "contrasena", "envio", "aun no", "ultima",
           "titulo", "pagina", "educacion", "dialogica")
    texts = " ".join((m.find("source").text or "").lower() for m in root.iter("message"))
    assert [word for word in bad if word in texts] == []
