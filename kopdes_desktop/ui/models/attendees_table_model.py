"""The attendance list (daftar hadir) of one meeting, edited in place as one table.

The service replaces the whole list in one transaction, so edits stay in this model until the
operator saves; ``is_dirty`` tells the dialog whether to ask before closing.
"""

from __future__ import annotations

from dataclasses import replace
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QModelIndex, Qt

from kopdes_desktop.domain.entities import MeetingAttendee
from kopdes_desktop.domain.enums import Sex
from kopdes_desktop.ui.models.row_table_model import RowTableModel


class AttendeeColumn(IntEnum):
    """Columns of the attendance table."""

    NAME = 0
    ELEMENT = 1
    SEX = 2
    PRESENT = 3


_EDITABLE = (AttendeeColumn.NAME, AttendeeColumn.ELEMENT, AttendeeColumn.SEX)


class AttendeesTableModel(RowTableModel[MeetingAttendee]):
    """Editable rows of ``MeetingAttendee``: name, element (LMK, RW, PKK…), L/P, present."""

    columns = AttendeeColumn

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.is_dirty = False

    def header(self, column: int) -> str:
        return {
            AttendeeColumn.NAME: self.tr("Name"),
            AttendeeColumn.ELEMENT: self.tr("Represents"),
            AttendeeColumn.SEX: self.tr("Sex (L/P)"),
            AttendeeColumn.PRESENT: self.tr("Present"),
        }[AttendeeColumn(column)]

    def display(self, row: MeetingAttendee, column: int) -> str:
        col = AttendeeColumn(column)
        if col is AttendeeColumn.NAME:
            return row.name
        if col is AttendeeColumn.ELEMENT:
            return row.element
        if col is AttendeeColumn.SEX:
            return row.sex.value if row.sex else ""
        return ""

    def set_rows(self, rows: list[MeetingAttendee]) -> None:
        super().set_rows(rows)
        self.is_dirty = False

    def append(self, attendee: MeetingAttendee) -> int:
        """Add a line at the end and return its row."""
        row = len(self._rows)
        self.beginInsertRows(QModelIndex(), row, row)
        self._rows.append(attendee)
        self.endInsertRows()
        self.is_dirty = True
        return row

    def remove(self, row: int) -> None:
        """Drop a line (it is deleted when the list is saved)."""
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._rows[row]
        self.endRemoveRows()
        self.is_dirty = True

    def extra_data(self, row: MeetingAttendee, column: int, role: int) -> Any:
        if column == AttendeeColumn.PRESENT and role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if row.present else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.EditRole and column in _EDITABLE:
            return self.display(row, column)
        return None

    def flags(self, index) -> Qt.ItemFlag:
        base = super().flags(index)
        if not index.isValid():
            return base
        if index.column() == AttendeeColumn.PRESENT:
            return base | Qt.ItemFlag.ItemIsUserCheckable
        return base | Qt.ItemFlag.ItemIsEditable

    def setData(self, index, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid():
            return False
        old = self._rows[index.row()]
        new = self._edited(old, AttendeeColumn(index.column()), value, role)
        if new is None or new == old:
            return False
        self._rows[index.row()] = new
        self.is_dirty = True
        self.dataChanged.emit(index, index)
        return True

    @staticmethod
    def _edited(
        old: MeetingAttendee, column: AttendeeColumn, value: Any, role: int
    ) -> MeetingAttendee | None:
        """The line after one edit, or None when the edit makes no sense (e.g. sex "X")."""
        if column is AttendeeColumn.PRESENT:
            if role != Qt.ItemDataRole.CheckStateRole:
                return None
            state = value if isinstance(value, Qt.CheckState) else Qt.CheckState(value)
            return replace(old, present=state == Qt.CheckState.Checked)
        if role != Qt.ItemDataRole.EditRole:
            return None
        text = str(value or "").strip()
        if column is AttendeeColumn.NAME:
            return replace(old, name=text)
        if column is AttendeeColumn.ELEMENT:
            return replace(old, element=text)
        code = text.upper()[:1]
        if code not in ("", "L", "P"):
            return None
        return replace(old, sex=Sex(code) if code else None)
