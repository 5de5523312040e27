"""What every form dialog shares: Enter presses its main button, and it grows to fit.

Two things went wrong in each dialog separately before: after a failed attempt (the main
button disabled while the work ran) Enter pressed "Cancelar", which had taken the focus and
with it the default; and a message shown below the form squeezed the fields instead of
making the dialog taller.
"""
from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPushButton


def form_buttons(dialog: QDialog, accept_text: str) -> tuple[QDialogButtonBox, QPushButton]:
    """Cancelar and the dialog's main button, which Enter always presses. The caller
    connects `accepted` and `rejected`."""
    box = QDialogButtonBox(QDialogButtonBox.Cancel)
    main = box.addButton(accept_text, QDialogButtonBox.AcceptRole)
    main.setObjectName("primary")
    for button in box.buttons():
        # A button that takes the focus must not take Enter with it: only the main one.
        button.setAutoDefault(button is main)
    main.setDefault(True)
    return box, main


def set_busy(main: QPushButton, busy: bool) -> None:
    """Disable the main button while its work runs; afterwards Enter presses it again."""
    main.setEnabled(not busy)
    if not busy:
        main.setDefault(True)


def fit_height(dialog: QDialog) -> None:
    """Make the dialog tall enough for its wrapped text at its current width, so that a
    message shown or made longer never squeezes the fields above it."""
    layout = dialog.layout()
    if layout is None:
        return
    layout.activate()
    width = dialog.width()
    needed = (layout.totalHeightForWidth(width) if layout.hasHeightForWidth()
              else layout.totalMinimumSize().height())
    needed = max(needed, layout.totalMinimumSize().height())
    dialog.setMinimumHeight(needed)
    if dialog.height() < needed:
        dialog.resize(width, needed)
