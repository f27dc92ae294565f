"""The confirmation before anonymising a person: it cannot be undone."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

translate = QCoreApplication.translate  # lupdate needs literal contexts


def confirm_anonymise(parent: QWidget | None, name: str) -> bool:
    """Ask "Anonymise NAME?"; True only for an explicit yes (No is the default)."""
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        translate("AnonymiseConfirm", "Anonymise person"),
        translate(
            "AnonymiseConfirm",
            "Anonymise {name}? The name is replaced and the NIK, birth date, address, phone "
            "and e-mail are removed for good. Memberships, savings and board history stay, "
            "and the change is recorded.",
        ).format(name=name),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        parent,
    )
    box.setObjectName("anonymiseConfirm")
    box.button(QMessageBox.StandardButton.Yes).setText(translate("AnonymiseConfirm", "Anonymise"))
    box.button(QMessageBox.StandardButton.No).setText(translate("AnonymiseConfirm", "Cancel"))
    box.setDefaultButton(QMessageBox.StandardButton.No)
    return box.exec() == QMessageBox.StandardButton.Yes
