"""A calm page for a feature that is not built yet, saying what it will hold.

Staff see the whole shape of the program from the first version, and nobody wonders whether a
blank page is a fault.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

ICON_SIZE = 64
TEXT_WIDTH = 560


class PlaceholderView(QWidget):
    """Icon, page title, what the page will do, and that it comes in a later version."""

    def __init__(
        self, title: str, description: str, icon: QIcon, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        column = QWidget(self)
        column.setMaximumWidth(TEXT_WIDTH)
        icon_label = QLabel(column)
        icon_label.setPixmap(icon.pixmap(ICON_SIZE, ICON_SIZE))
        icon_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title_label = QLabel(title, column)
        self.title_label.setObjectName("pageTitle")
        self.title_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.description_label = QLabel(description, column)
        self.description_label.setWordWrap(True)
        self.description_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.note_label = QLabel(
            self.tr("This part is being prepared and comes in the next version of KopDes Desktop."),
            column,
        )
        self.note_label.setObjectName("hintLabel")
        self.note_label.setWordWrap(True)
        self.note_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        # Word-wrapped labels get their height right only when the layout hands them their
        # full width, so they sit in a column of bounded width instead of being centred.
        text = QVBoxLayout(column)
        text.setContentsMargins(0, 0, 0, 0)
        text.setSpacing(10)
        for widget in (icon_label, self.title_label, self.description_label, self.note_label):
            text.addWidget(widget)

        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(column, 3)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 24)
        layout.addStretch(2)
        layout.addLayout(row)
        layout.addStretch(3)
