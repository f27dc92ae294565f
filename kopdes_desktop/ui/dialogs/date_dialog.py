"""Ask for one date (a member leaves, a board term ends), typed as dd-mm-yyyy."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from kopdes_desktop.ui.widgets.form_fields import DateField


class DateDialog(QDialog):
    """A sentence, a date field (pre-filled) and OK/Cancel; OK only with a real date."""

    def __init__(
        self, title: str, text: str, default: date | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(380)
        label = QLabel(text, self)
        label.setWordWrap(True)
        self.date_edit = DateField(self)
        self.date_edit.setDate(default)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("OK"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.date_edit.date_changed.connect(self._on_date_changed)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.date_edit)
        layout.addWidget(self.buttons)
        self._on_date_changed()
        self.date_edit.setFocus()
        self.date_edit.selectAll()

    def _on_date_changed(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(self.date_edit.date() is not None)

    def date(self) -> date | None:
        """The date typed (None when empty or impossible)."""
        return self.date_edit.date()


def ask_date(parent: QWidget | None, title: str, text: str, default: date | None) -> date | None:
    """Show a ``DateDialog``; the chosen date, or None when cancelled."""
    dialog = DateDialog(title, text, default, parent)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.date()
    finally:
        dialog.deleteLater()
