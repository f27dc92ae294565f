"""Enter moves to the next field, as operators expect from paper-form entry programs.

Qt's dialogs press the default button on Enter; in a form that saves half-typed records.
The form installs itself as event filter on its one-line inputs and asks ``enter_moves_on``
whether a key press should move the focus on instead.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTextEdit,
)

ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
_INPUTS = (QLineEdit, QComboBox, QAbstractSpinBox, QAbstractButton)


def is_navigable_input(widget: QObject) -> bool:
    """One-line inputs, combos, spin boxes and check boxes (push buttons keep Enter)."""
    return isinstance(widget, _INPUTS) and not isinstance(widget, QPushButton)


def enter_moves_on(watched: QObject, event: QKeyEvent) -> bool:
    """True for a plain Enter in a one-line input whose completer or list is closed."""
    if event.key() not in ENTER_KEYS:
        return False
    modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
    if modifiers != Qt.KeyboardModifier.NoModifier:
        return False
    if isinstance(watched, (QPlainTextEdit, QTextEdit, QPushButton)):
        return False
    if isinstance(watched, QComboBox) and watched.view().isVisible():
        return False
    completer = watched.completer() if isinstance(watched, (QLineEdit, QComboBox)) else None
    return not (completer is not None and completer.popup().isVisible())
