"""A read-only table model over a list of frozen records, with columns as an IntEnum.

The registration form shows a dozen small lists (members, board, units, payments, meetings,
attachments…). They differ only in which text each column shows, so the row bookkeeping, the
sort role and the header lookup live here once and each list says just what is particular to it.
"""

from __future__ import annotations

from datetime import date
from enum import IntEnum
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

T = TypeVar("T")

RowRole = Qt.ItemDataRole.UserRole + 1
"""The record shown in the row (a frozen dataclass)."""

IdRole = Qt.ItemDataRole.UserRole + 2
"""The record's id, when it has one: selections survive reloads through it."""

SortRole = Qt.ItemDataRole.UserRole + 3
"""A value that sorts naturally (numbers as numbers, dates as ISO text)."""

_Index = QModelIndex | QPersistentModelIndex


def short_date(value: date | None) -> str:
    """Dates in tables read as they are typed: dd-mm-yyyy."""
    return value.strftime("%d-%m-%Y") if value is not None else ""


class RowTableModel(QAbstractTableModel, Generic[T]):
    """Rows of records; subclasses define ``columns``, ``header`` and ``display``."""

    columns: type[IntEnum]

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[T] = []

    # -- what subclasses say ------------------------------------------------------------------
    def header(self, column: int) -> str:
        """The translated title of a column."""
        raise NotImplementedError

    def display(self, row: T, column: int) -> str:
        """The text of one cell."""
        raise NotImplementedError

    def sort_value(self, row: T, column: int) -> Any:
        """The value sorted on; the displayed text unless a subclass knows better."""
        return self.display(row, column)

    def row_id(self, row: T) -> str | None:
        """The record's id (``id`` attribute by default)."""
        return getattr(row, "id", None)

    def alignment(self, column: int) -> Qt.AlignmentFlag | None:
        """Numbers and money are right-aligned by subclasses."""
        return None

    # -- rows ---------------------------------------------------------------------------------
    def set_rows(self, rows: list[T]) -> None:
        """Replace every row (after a reload)."""
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[T]:
        """Every record, in model order."""
        return list(self._rows)

    def row_at(self, row: int) -> T:
        """The record shown in ``row``."""
        return self._rows[row]

    def row_of(self, record_id: str) -> int:
        """The row of the record with this id, or -1."""
        for i, row in enumerate(self._rows):
            if self.row_id(row) == record_id:
                return i
        return -1

    # -- QAbstractTableModel ------------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.display(row, column)
        if role == SortRole:
            return self.sort_value(row, column)
        if role == RowRole:
            return row
        if role == IdRole:
            return self.row_id(row)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            align = self.alignment(column)
            return None if align is None else int(align | Qt.AlignmentFlag.AlignVCenter)
        return self.extra_data(row, column, role)

    def extra_data(self, row: T, column: int, role: int) -> Any:
        """Roles beyond text, sort and record (check boxes, colours); None by default."""
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.header(section)
        return None
