"""Results of a type-to-search over the reference areas, as a table model.

Names repeat across Indonesia (there are many "Sukamaju"), so each row also shows the area's
parents: staff pick the right one by its kecamatan and kota.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from kopdes_desktop.domain.entities import Wilayah

CodeRole = Qt.ItemDataRole.UserRole + 1


class AreaSearchColumn(IntEnum):
    """Columns of the result table."""

    NAME = 0
    PARENTS = 1


@dataclass(frozen=True)
class AreaSearchRow:
    """One found area and the comma-separated names of its parents."""

    area: Wilayah
    parents: str


class AreaSearchModel(QAbstractTableModel):
    """Read-only rows of ``AreaSearchRow``; ``CodeRole`` gives the area code."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[AreaSearchRow] = []

    def set_rows(self, rows: list[AreaSearchRow]) -> None:
        """Replace all results (a new search)."""
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> AreaSearchRow:
        """The result shown in ``row``."""
        return self._rows[row]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(AreaSearchColumn)

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == CodeRole:
            return row.area.code
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if index.column() == AreaSearchColumn.NAME:
                return row.area.name
            return row.parents
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if section == AreaSearchColumn.NAME:
            return QCoreApplication.translate("AreaSearchModel", "Name")
        if section == AreaSearchColumn.PARENTS:
            return QCoreApplication.translate("AreaSearchModel", "Located in")
        return None
