"""Qt's own dialogs (file dialogs, message boxes, context menus) in the Spanish Peru uses.

Qt ships `qtbase_es`, but written in Spain's Spanish ("fichero", "directorio"), and it
misses strings Qt 6 renamed ("&Look in:", "Files of &type:"), which then show in English
in Qt's own file dialog. This translator wraps `qtbase_es`: it answers the missing and
badly worded strings itself and says "archivo" where Qt says "fichero".
"""
from __future__ import annotations

import re

from PySide6.QtCore import QTranslator

# (context, source) -> text. Sources are Qt 6's (with their & accelerators).
OVERRIDES = {
    ("QFileDialog", "&Look in:"): "&Buscar en:",
    ("QFileDialog", "Files of &type:"): "&Tipo de archivo:",
    ("QFileDialog", "Show &hidden files"): "Mostrar los archivos &ocultos",
    ("QFileDialog", "Parent Directory"): "Carpeta superior",
    ("QFileDialog", "Go to the parent directory"): "Ir a la carpeta superior",
    ("QFileDialog", "Directories"): "Carpetas",
    ("QFileDialog", "Directory:"): "Carpeta:",
    ("QFileDialog", "Find Directory"): "Buscar una carpeta",
    ("QFileDialog", "Go forward"): "Ir adelante",
    ("QAbstractFileIconProvider", "Drive"): "Unidad",
    ("QAbstractFileIconProvider", "Folder"): "Carpeta",
    ("QAbstractFileIconProvider", "File"): "Archivo",
}

# "fichero(s)", also with an accelerator inside ("fic&heros"): the & is dropped.
_FICHERO = re.compile(r"([Ff])&?i&?c&?h&?e&?r&?o(&?s)?")


def _archivo(match: re.Match) -> str:
    word = "archivo" if match.group(1) == "f" else "Archivo"
    return word + ("s" if match.group(2) else "")


def peruvian(text: str) -> str:
    return _FICHERO.sub(_archivo, text)


class QtSpanish(QTranslator):
    """Installed in place of qtbase_es (Spanish interface only)."""

    def __init__(self, qtbase: QTranslator, parent=None):
        super().__init__(parent)
        self.qtbase = qtbase

    def isEmpty(self) -> bool:  # noqa: N802
        return False

    def translate(self, context, source, disambiguation=None, n=-1):
        text = OVERRIDES.get((context, source))
        if text is not None:
            return text
        text = self.qtbase.translate(context, source, disambiguation, n)
        # None, not "": an empty string would count as a translation and blank the text
        return peruvian(text) if text else None
