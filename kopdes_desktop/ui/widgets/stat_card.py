"""A calm card with one number and what it counts, for the home screen."""

from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget


class StatCard(QFrame):
    """Shows "…" until a value arrives; numbers use the current locale's grouping (83.762)."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("statCard")
        self.value_label = QLabel("…", self)
        self.value_label.setObjectName("statValue")
        self.title_label = QLabel(title, self)
        self.title_label.setObjectName("statTitle")
        self.title_label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(2)
        layout.addWidget(self.value_label)
        layout.addWidget(self.title_label)
        layout.addStretch(1)

    def set_value(self, value: int) -> None:
        """Show a count."""
        self.value_label.setText(QLocale().toString(value))

    def value_text(self) -> str:
        """The number as shown (tests read what the user reads)."""
        return self.value_label.text()
