"""Cell editors for tables edited in place: a choice from a closed list, a dd-mm-yyyy date,
a number.

The model keeps codes (enum values) in its edit role; the delegate shows their translated
names, so a table never stores display text.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QPersistentModelIndex,
    QRegularExpression,
    Qt,
)
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QComboBox,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from kopdes_desktop.ui.widgets.form_fields import DateField

Index = QModelIndex | QPersistentModelIndex
_NUMBER = QRegularExpression(r"^\d{0,3}([.,]\d{0,2})?$")


class ChoiceDelegate(QStyledItemDelegate):
    """A combo box of ``(value, label)`` pairs; the model receives the value."""

    def __init__(self, choices: Sequence[tuple[Any, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._choices = list(choices)

    def createEditor(
        self, parent: QWidget, _option: QStyleOptionViewItem, _index: Index
    ) -> QWidget:
        """A combo box listing every choice."""
        combo = QComboBox(parent)
        for value, label in self._choices:
            combo.addItem(label, value)
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        """Select the model's current value."""
        assert isinstance(editor, QComboBox)
        value = index.data(Qt.ItemDataRole.EditRole)
        position = editor.findData(value)
        editor.setCurrentIndex(max(position, 0))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        """Hand the chosen value (not its label) to the model."""
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class DateDelegate(QStyledItemDelegate):
    """The form's ``DateField`` (dd-mm-yyyy mask) as a cell editor; empty clears the date."""

    def createEditor(
        self, parent: QWidget, _option: QStyleOptionViewItem, _index: Index
    ) -> QWidget:
        """A masked date field without the calendar button (cells are narrow)."""
        field = DateField(parent, calendar=False)
        field.setMaximumWidth(16777215)
        return field

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        """Show the cell's date text."""
        assert isinstance(editor, DateField)
        editor.setText(str(index.data(Qt.ItemDataRole.EditRole) or ""))
        editor.setCursorPosition(0)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        """Store a complete date or an empty one; half-typed dates are not stored."""
        assert isinstance(editor, DateField)
        if editor.is_empty():
            model.setData(index, "", Qt.ItemDataRole.EditRole)
        elif editor.date() is not None:
            model.setData(index, editor.text(), Qt.ItemDataRole.EditRole)


class NumberDelegate(QStyledItemDelegate):
    """A line edit accepting a score like 85 or 85,5 (up to three digits and two decimals)."""

    def createEditor(
        self, parent: QWidget, _option: QStyleOptionViewItem, _index: Index
    ) -> QWidget:
        """A right-aligned line edit with a number validator."""
        edit = QLineEdit(parent)
        edit.setValidator(QRegularExpressionValidator(_NUMBER, edit))
        edit.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return edit
