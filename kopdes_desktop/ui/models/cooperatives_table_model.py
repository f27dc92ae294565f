"""The Koperasi list: one row per cooperative of the working area with its derived stage."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import QLocale, Qt

from kopdes_desktop.services.cooperative_service import CooperativeSummary
from kopdes_desktop.ui.display_names import stage_name
from kopdes_desktop.ui.models.row_table_model import RowTableModel


class CooperativeColumn(IntEnum):
    """Columns of the cooperative list."""

    NAME = 0
    VILLAGE = 1
    DISTRICT = 2
    STAGE = 3
    MEMBERS = 4


class CooperativesTableModel(RowTableModel[CooperativeSummary]):
    """Rows of ``CooperativeSummary``; ``IdRole`` gives the cooperative id."""

    columns = CooperativeColumn

    def header(self, column: int) -> str:
        return {
            CooperativeColumn.NAME: self.tr("Name"),
            CooperativeColumn.VILLAGE: self.tr("Urban ward/village"),
            CooperativeColumn.DISTRICT: self.tr("District"),
            CooperativeColumn.STAGE: self.tr("Stage"),
            CooperativeColumn.MEMBERS: self.tr("Members"),
        }[CooperativeColumn(column)]

    def display(self, row: CooperativeSummary, column: int) -> str:
        col = CooperativeColumn(column)
        if col is CooperativeColumn.NAME:
            return row.cooperative.name
        if col is CooperativeColumn.VILLAGE:
            return row.village_name
        if col is CooperativeColumn.DISTRICT:
            return row.district_name
        if col is CooperativeColumn.STAGE:
            return stage_name(row.stage)
        return QLocale().toString(row.member_count)

    def sort_value(self, row: CooperativeSummary, column: int) -> Any:
        if column == CooperativeColumn.STAGE:
            return int(row.stage)
        if column == CooperativeColumn.MEMBERS:
            return row.member_count
        return self.display(row, column).casefold()

    def row_id(self, row: CooperativeSummary) -> str:
        return row.cooperative.id

    def alignment(self, column: int) -> Qt.AlignmentFlag | None:
        return Qt.AlignmentFlag.AlignRight if column == CooperativeColumn.MEMBERS else None
