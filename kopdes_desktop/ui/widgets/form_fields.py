"""Keyboard-first input fields of every form, and the message shown next to a field.

Operators type from paper all day, so every field works without the mouse: dates are typed
``dd-mm-yyyy`` into a mask, money is typed as plain digits and shown as Rupiah while typing, a
NIK is typed in the ``PPKKCC DDMMYY SSSS`` groups printed on the KTP (pasted NIKs with spaces or
dots are accepted too). Each field offers a typed accessor (``date()``, ``value()``, ``nik()``)
so forms never parse display text themselves.

``FieldMessage`` is the small line under a field: red with an icon for an error (blocks
saving), amber for a warning (informs only). ``issue_text`` is re-exported from
``ui/issue_messages.py`` so forms import field widgets and messages from one place.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QContextMenuEvent, QGuiApplication, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QCalendarWidget,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QSizePolicy,
    QStyle,
    QWidget,
    QWidgetAction,
)

from kopdes_desktop.domain.enums import Severity
from kopdes_desktop.domain.errors import Issue
from kopdes_desktop.domain.formatting import format_rupiah
from kopdes_desktop.domain.nik import NIK_LENGTH, normalize_nik
from kopdes_desktop.ui.icons import icon
from kopdes_desktop.ui.issue_messages import issue_text

__all__ = [
    "DateField",
    "FieldMessage",
    "NikField",
    "PhoneField",
    "RupiahField",
    "issue_text",
]

DATE_MASK = "99-99-9999;_"
NIK_MASK = "999999 999999 9999;_"
RUPIAH_MAX_DIGITS = 15  # below one quadrillion: terbilang's limit
PHONE_MAX_LENGTH = 20
_NON_DIGITS = re.compile(r"\D+")


def _digits(text: str) -> str:
    return _NON_DIGITS.sub("", text)


def _set_invalid(widget: QWidget, invalid: bool) -> None:
    """Flag a field for the stylesheet (``[invalid="true"]`` draws a red border)."""
    if widget.property("invalid") != invalid:
        widget.setProperty("invalid", invalid)
        widget.style().unpolish(widget)
        widget.style().polish(widget)


class DateField(QLineEdit):
    """A date typed as ``dd-mm-yyyy`` into an input mask; empty means "no date".

    ``date()`` is None for an empty or impossible date (31-02-2025); an impossible or partly
    typed date is flagged with a red border once the operator leaves the field. A small
    calendar button is there for those who prefer it, but never needed.
    """

    date_changed = Signal()
    """The typed date changed (by the user or ``setDate``)."""

    def __init__(self, parent: QWidget | None = None, calendar: bool = True) -> None:
        super().__init__(parent)
        self.setInputMask(DATE_MASK)
        self.setPlaceholderText(self.tr("dd-mm-yyyy"))
        self.setToolTip(self.tr("Type the date as dd-mm-yyyy, e.g. 17-08-1985"))
        self.setMaximumWidth(150)
        self.textChanged.connect(self._on_text_changed)
        self.editingFinished.connect(self._on_editing_finished)
        if calendar:
            action = self.addAction(icon("calendar"), QLineEdit.ActionPosition.TrailingPosition)
            action.setToolTip(self.tr("Choose from a calendar"))
            action.triggered.connect(self._on_calendar_requested)

    def digits(self) -> str:
        """The digits typed so far (0–8)."""
        return _digits(self.text())

    def is_empty(self) -> bool:
        """True when nothing was typed."""
        return not self.digits()

    def date(self) -> date | None:
        """The typed date, or None when empty, incomplete or impossible."""
        d = self.digits()
        if len(d) != 8:
            return None
        try:
            return date(int(d[4:]), int(d[2:4]), int(d[:2]))
        except ValueError:
            return None

    def is_valid(self) -> bool:
        """True when empty or a real date: the only states a form may save."""
        return self.is_empty() or self.date() is not None

    def setDate(self, value: date | None) -> None:
        """Show ``value`` (None clears the field)."""
        self.setText(value.strftime("%d-%m-%Y") if value else "")
        _set_invalid(self, False)

    def _on_text_changed(self, _text: str) -> None:
        if self.is_valid() and len(self.digits()) in (0, 8):
            _set_invalid(self, False)
        elif len(self.digits()) == 8:  # complete but impossible: say so at once
            _set_invalid(self, True)
        self.date_changed.emit()

    def _on_editing_finished(self) -> None:
        _set_invalid(self, not self.is_valid())

    def _on_calendar_requested(self) -> None:
        menu = QMenu(self)
        calendar = QCalendarWidget(menu)
        calendar.setGridVisible(True)
        current = self.date()
        if current is not None:
            calendar.setSelectedDate(QDate(current.year, current.month, current.day))
        action = QWidgetAction(menu)
        action.setDefaultWidget(calendar)
        menu.addAction(action)

        def chosen(qdate: QDate) -> None:
            self.setDate(date(qdate.year(), qdate.month(), qdate.day()))
            self.textEdited.emit(self.text())  # a user edit: forms mark themselves dirty
            menu.close()

        calendar.activated.connect(chosen)
        calendar.clicked.connect(chosen)
        menu.popup(self.mapToGlobal(self.rect().bottomLeft()))
        calendar.setFocus()


class RupiahField(QLineEdit):
    """Money typed as plain digits and shown as ``Rp1.500.000`` while typing.

    The cursor keeps its place among the digits while dots appear and disappear; empty means
    "no amount" (``value()`` is None).
    """

    value_changed = Signal()
    """The amount changed (by the user or ``setValue``)."""

    def __init__(self, parent: QWidget | None = None, space: bool = False) -> None:
        super().__init__(parent)
        self._space = space
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.setPlaceholderText(self.tr("Rp0"))
        self.setMaximumWidth(200)
        self.textEdited.connect(self._on_text_edited)

    def value(self) -> int | None:
        """The amount in whole Rupiah, or None when empty."""
        d = _digits(self.text())
        return int(d) if d else None

    def setValue(self, amount: int | None) -> None:
        """Show ``amount`` formatted (None clears the field)."""
        self.setText(format_rupiah(amount, self._space) if amount is not None else "")
        self.value_changed.emit()

    def set_space(self, space: bool) -> None:
        """Follow the office's setting ``Rp 1.500.000`` vs ``Rp1.500.000``."""
        self._space = space
        self.setValue(self.value())

    def _on_text_edited(self, text: str) -> None:
        digits_after = len(_digits(text[self.cursorPosition() :]))
        d = _digits(text).lstrip("0")[:RUPIAH_MAX_DIGITS] or ("0" if _digits(text) else "")
        formatted = format_rupiah(int(d), self._space) if d else ""
        self.setText(formatted)
        position = len(formatted)
        seen = 0
        while position > 0 and seen < digits_after:  # walk back over digits_after digits
            position -= 1
            if formatted[position].isdigit():
                seen += 1
        self.setCursorPosition(position)
        self.value_changed.emit()


class NikField(QLineEdit):
    """A NIK typed in the groups printed on the KTP: ``PPKKCC DDMMYY SSSS``.

    Pasting accepts a NIK written with spaces, dots or dashes anywhere (an input mask alone
    would drop digits after a misplaced space). ``nik()`` returns the bare digits.
    """

    completed = Signal(str)
    """All 16 digits are in (emitted with the digits)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setInputMask(NIK_MASK)
        self.setToolTip(self.tr("16 digits as on the KTP; spaces and dots are ignored"))
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("0" * 22))
        self.textChanged.connect(self._on_text_changed)

    def nik(self) -> str:
        """The digits typed (up to 16)."""
        return _digits(self.text())

    def set_nik(self, nik: str | None) -> None:
        """Show a stored NIK."""
        self.setText(normalize_nik(nik))

    def is_complete(self) -> bool:
        """True when 16 digits are in."""
        return len(self.nik()) == NIK_LENGTH

    def paste_text(self, text: str) -> None:
        """Replace the content with the digits of ``text`` (used by Ctrl+V and the menu)."""
        digits = _digits(normalize_nik(text))[:NIK_LENGTH]
        if not digits:
            return
        self.setText(digits)
        self.setCursorPosition(len(self.displayText().rstrip("_ ")))
        self.textEdited.emit(self.text())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Ctrl+V pastes through ``paste_text``."""
        if event.matches(QKeySequence.StandardKey.Paste):
            self.paste_text(QGuiApplication.clipboard().text())
            return
        super().keyPressEvent(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        """The menu's Paste goes through ``paste_text`` too."""
        menu = self.createStandardContextMenu()
        for action in menu.actions():
            if action.objectName() == "edit-paste":
                action.triggered.disconnect()
                action.triggered.connect(
                    lambda: self.paste_text(QGuiApplication.clipboard().text())
                )
        menu.exec(event.globalPos())
        menu.deleteLater()

    def _on_text_changed(self, _text: str) -> None:
        if self.is_complete():
            self.completed.emit(self.nik())


class PhoneField(QLineEdit):
    """A phone number: digits, ``+``, spaces and dashes; checked by the domain rules."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMaxLength(PHONE_MAX_LENGTH)
        self.setPlaceholderText(self.tr("08… or +62…"))
        self.setMaximumWidth(220)
        self.textEdited.connect(self._on_text_edited)

    def phone(self) -> str:
        """The number as typed, trimmed."""
        return self.text().strip()

    def _on_text_edited(self, text: str) -> None:
        kept = re.sub(r"[^0-9+\-() ]", "", text)
        if kept != text:
            position = self.cursorPosition() - (len(text) - len(kept))
            self.setText(kept)
            self.setCursorPosition(max(0, position))


class FieldMessage(QWidget):
    """The line under a field: an error in red or a warning in amber, with an icon.

    Hidden while empty so forms stay compact; ``set_issues`` shows the most severe kind and
    every sentence (one per line).
    """

    ICON_SIZE = 14

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("fieldMessage")
        self.icon_label = QLabel(self)
        self.icon_label.setFixedSize(self.ICON_SIZE + 2, self.ICON_SIZE + 2)
        self.icon_label.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.text_label = QLabel(self)
        self.text_label.setObjectName("fieldMessageText")
        self.text_label.setWordWrap(True)
        self.text_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.text_label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 2)
        layout.setSpacing(4)
        layout.addWidget(self.icon_label, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.text_label, 1)
        self.severity: Severity | None = None
        self.setVisible(False)

    def text(self) -> str:
        """The sentences shown (empty when hidden)."""
        return self.text_label.text()

    def is_error(self) -> bool:
        """True when an error is shown."""
        return self.severity is Severity.ERROR

    def show_error(self, text: str) -> None:
        """Show a blocking problem."""
        self._show(Severity.ERROR, [text])

    def show_warning(self, text: str) -> None:
        """Show a finding that does not block saving."""
        self._show(Severity.WARNING, [text])

    def set_issues(self, issues: Iterable[Issue]) -> None:
        """Show these issues (errors first); hide when there are none."""
        ordered = sorted(issues, key=lambda i: 0 if i.is_error else 1)
        if not ordered:
            self.clear()
            return
        texts = list(dict.fromkeys(issue_text(i) for i in ordered))
        self._show(ordered[0].severity, texts)

    def clear(self) -> None:
        """Hide the message."""
        self.severity = None
        self.text_label.clear()
        self.setVisible(False)

    def _show(self, severity: Severity, texts: list[str]) -> None:
        self.severity = severity
        pixmap = (
            QStyle.StandardPixmap.SP_MessageBoxCritical
            if severity is Severity.ERROR
            else QStyle.StandardPixmap.SP_MessageBoxWarning
        )
        self.icon_label.setPixmap(self.style().standardIcon(pixmap).pixmap(self.ICON_SIZE))
        self.text_label.setText("\n".join(texts))
        self.setProperty("severity", severity.value)
        self.text_label.setProperty("severity", severity.value)
        for widget in (self, self.text_label):
            widget.style().unpolish(widget)
            widget.style().polish(widget)
        self.setVisible(True)
