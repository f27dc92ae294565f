"""A calm page for a feature that is not built yet, saying what it will hold.

Staff see the whole shape of the program from the first version, and nobody wonders whether a
blank page is a fault.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

ICON_SIZE = 64


class PlaceholderView(QWidget):
    """Icon, page title, what the page will do, and that it comes in a later version."""

    def __init__(self, title: str, description: str, icon: QIcon,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        icon_label = QLabel(self)
        icon_label.setPixmap(icon.pixmap(ICON_SIZE, ICON_SIZE))
        icon_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title_label = QLabel(title, self)
        self.title_label.setObjectName("pageTitle")
        self.title_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.description_label = QLabel(description, self)
        self.description_label.setWordWrap(True)
        self.description_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.description_label.setMaximumWidth(560)
        self.note_label = QLabel(
            self.tr("This part is being prepared and comes in the next version of "
                    "KopDes Desktop."), self)
        self.note_label.setObjectName("hintLabel")
        self.note_label.setWordWrap(True)
        self.note_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.note_label.setMaximumWidth(560)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 24)
        layout.setSpacing(10)
        layout.addStretch(2)
        layout.addWidget(icon_label)
        layout.addWidget(self.title_label)
        layout.addWidget(self.description_label, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.note_label, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(3)
