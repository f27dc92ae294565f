"""A compact kelurahan/desa chooser for forms: type part of the name, pick from the list.

The full cascading ``AreaPicker`` is too big for one row of a person form. Here the operator
types a few letters and picks from a short list showing each village with its kecamatan and
kota (names repeat across Indonesia), all from the keyboard: arrows and Enter in the list.
The lookup runs in a worker: over 83,762 villages it can take longer than a keystroke should.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

from kopdes_desktop.domain.enums import WilayahLevel
from kopdes_desktop.services.wilayah_service import WilayahService
from kopdes_desktop.ui.workers import TaskRunner

SEARCH_DELAY_MS = 150
SEARCH_MIN_CHARS = 3
SEARCH_LIMIT = 15
CodeRole = Qt.ItemDataRole.UserRole + 1


class VillageField(QLineEdit):
    """A village chosen by name; ``code()`` is None until one is picked from the list.

    Editing the text after a pick forgets the code, so the text and the code never disagree;
    ``is_unresolved()`` tells a form that text was typed but nothing was picked.
    """

    code_changed = Signal(object)
    """The chosen village code changed (str or None)."""

    def __init__(self, wilayah: WilayahService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._wilayah = wilayah
        self._code: str | None = None
        self._model = QStandardItemModel(self)
        self._completer = QCompleter(self._model, self)
        self._completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self._completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self._completer.setMaxVisibleItems(10)
        self._completer.activated[QModelIndex].connect(self._on_chosen)
        self.setCompleter(self._completer)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.search_now)
        self._ticket = 0  # searches started; only the newest answer is shown
        self._runner = TaskRunner(self, max_threads=1)
        self.setPlaceholderText(self.tr("Type part of the village name, e.g. melawai"))
        self.textEdited.connect(self._on_text_edited)

    def code(self) -> str | None:
        """The chosen village code (``31.74.07.1001``) or None."""
        return self._code

    def is_unresolved(self) -> bool:
        """True when text was typed but no village was picked."""
        return self._code is None and bool(self.text().strip())

    def set_code(self, code: str | None) -> None:
        """Show a stored village (with its parents) without a search."""
        self._code = code
        self.setText(self._label(code) if code else "")
        self.setCursorPosition(0)
        self.code_changed.emit(code)

    def search_now(self) -> None:
        """Look the current text up in a worker; the list opens when the answer arrives."""
        self._timer.stop()
        text = self.text().strip()
        self._ticket += 1
        if len(text) < SEARCH_MIN_CHARS:
            self._model.clear()
            self._completer.popup().hide()
            return
        ticket = self._ticket
        self._runner.start(lambda _control: (ticket, self._find(text)), on_finished=self._on_found)

    def _find(self, text: str) -> list[tuple[str, str]]:
        """Worker thread: matching villages with their full names (up to 60 ms nationally)."""
        found = self._wilayah.search(text, level=WilayahLevel.VILLAGE, limit=SEARCH_LIMIT)
        return [(v.code, self._label(v.code)) for v in found]

    def _on_found(self, outcome: tuple[int, list[tuple[str, str]]]) -> None:
        ticket, rows = outcome
        if ticket != self._ticket or self._code is not None:  # typed on, or already chosen
            return
        self._model.clear()
        for code, label in rows:
            item = QStandardItem(label)
            item.setData(code, CodeRole)
            self._model.appendRow(item)
        if rows and self.hasFocus():
            self._completer.complete()

    def _label(self, code: str) -> str:
        return self._wilayah.area_info(code).full_name

    def _on_text_edited(self, _text: str) -> None:
        if self._code is not None:
            self._code = None
            self.code_changed.emit(None)
        self._timer.start()

    def _on_chosen(self, index: QModelIndex) -> None:
        code = index.data(CodeRole)
        if code:
            QTimer.singleShot(0, lambda: self.set_code(str(code)))  # after the completer's text
            self._code = str(code)
