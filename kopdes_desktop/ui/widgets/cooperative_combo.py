"""Choosing a cooperative of the working area by typing part of its name.

Every name starts with "Koperasi Kelurahan Merah Putih", so Qt's first-letter type-ahead is
useless; the combo is editable and completes on any part ("melawai"), which also keeps a
city or province office with hundreds of cooperatives quick to use.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QCompleter, QWidget


class CooperativeCombo(QComboBox):
    """Items are cooperative names with their id as item data."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        completer = self.completer()
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)

    def set_choices(self, choices: list[tuple[str, str]], keep: str | None = None) -> None:
        """Replace the items with ``(id, name)`` pairs; select ``keep`` or the first."""
        self.blockSignals(True)
        self.clear()
        for coop_id, name in choices:
            self.addItem(name, coop_id)
        position = self.findData(keep) if keep is not None else -1
        self.setCurrentIndex(position if position >= 0 else (0 if choices else -1))
        self.blockSignals(False)

    def cooperative_id(self) -> str | None:
        """Id of the chosen cooperative (None while nothing matching is chosen)."""
        if self.currentIndex() < 0 or self.currentText() != self.itemText(self.currentIndex()):
            return None
        data = self.currentData()
        return str(data) if data is not None else None
