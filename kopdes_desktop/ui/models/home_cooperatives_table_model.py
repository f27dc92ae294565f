"""The cooperatives of the working area as Beranda lists them: name, where, stage, members.

A kelurahan office sees its one cooperative; a Sudin or Dinas office sees every cooperative of
its city or province, sortable by stage to find those lagging behind.
"""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from kopdes_desktop.services.cooperative_service import CooperativeSummary
from kopdes_desktop.ui.display_names import stage_name

translate = QCoreApplication.translate
Index = QModelIndex | QPersistentModelIndex

SUMMARY_ROLE = Qt.ItemDataRole.UserRole + 1
"""The ``CooperativeSummary`` of a row."""
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
"""Stage and member counts sort as numbers."""


class HomeCooperativeColumn(IntEnum):
    """Columns of the Beranda cooperative list."""

    NAME = 0
    AREA = 1
    STAGE = 2
    MEMBERS = 3


class HomeCooperativesTableModel(QAbstractTableModel):
    """Read-only rows of ``CooperativeSummary``."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[CooperativeSummary] = []

    def set_rows(self, rows: list[CooperativeSummary]) -> None:
        """Replace every row (after a load in a worker)."""
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def summary_at(self, row: int) -> CooperativeSummary:
        """The summary shown in ``row``."""
        return self._rows[row]

    def summaries(self) -> list[CooperativeSummary]:
        """Every row."""
        return list(self._rows)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """Number of cooperatives."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """Number of columns."""
        return 0 if parent.isValid() else len(HomeCooperativeColumn)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """Translated column titles."""
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = {
            HomeCooperativeColumn.NAME: translate("HomeCooperativesTableModel", "Cooperative"),
            HomeCooperativeColumn.AREA: translate(
                "HomeCooperativesTableModel", "Urban ward/village, district"
            ),
            HomeCooperativeColumn.STAGE: translate("HomeCooperativesTableModel", "Stage"),
            HomeCooperativeColumn.MEMBERS: translate("HomeCooperativesTableModel", "Members"),
        }
        return titles.get(HomeCooperativeColumn(section))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Display text, the summary itself and sort keys."""
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = HomeCooperativeColumn(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == SUMMARY_ROLE:
            return row
        if role == SORT_ROLE:
            if column is HomeCooperativeColumn.STAGE:
                return int(row.stage)
            if column is HomeCooperativeColumn.MEMBERS:
                return row.member_count
            return self._display(row, column).lower()
        if role == Qt.ItemDataRole.TextAlignmentRole and column is HomeCooperativeColumn.MEMBERS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column is HomeCooperativeColumn.NAME:
            return row.cooperative.name
        return None

    @staticmethod
    def _display(row: CooperativeSummary, column: HomeCooperativeColumn) -> str:
        if column is HomeCooperativeColumn.NAME:
            return row.cooperative.name
        if column is HomeCooperativeColumn.AREA:
            return f"{row.village_name}, {row.district_name}"
        if column is HomeCooperativeColumn.STAGE:
            return stage_name(row.stage)
        return QLocale().toString(row.member_count)
