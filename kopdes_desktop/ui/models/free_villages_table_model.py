"""Villages of the working area that have no cooperative yet (choices for a new registration)."""

from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum

from kopdes_desktop.ui.models.row_table_model import RowTableModel


@dataclass(frozen=True)
class FreeVillage:
    """A village without a cooperative, with the names that tell it apart from namesakes."""

    code: str
    name: str
    district_name: str
    regency_name: str

    @property
    def id(self) -> str:
        """The Kemendagri code identifies the row."""
        return self.code


class FreeVillageColumn(IntEnum):
    """Columns of the village choice table."""

    NAME = 0
    DISTRICT = 1
    REGENCY = 2
    CODE = 3


class FreeVillagesTableModel(RowTableModel[FreeVillage]):
    """Rows of ``FreeVillage`` sorted by name."""

    columns = FreeVillageColumn

    def header(self, column: int) -> str:
        return {
            FreeVillageColumn.NAME: self.tr("Urban ward/village"),
            FreeVillageColumn.DISTRICT: self.tr("District"),
            FreeVillageColumn.REGENCY: self.tr("Regency/city"),
            FreeVillageColumn.CODE: self.tr("Area code"),
        }[FreeVillageColumn(column)]

    def display(self, row: FreeVillage, column: int) -> str:
        col = FreeVillageColumn(column)
        if col is FreeVillageColumn.NAME:
            return row.name
        if col is FreeVillageColumn.DISTRICT:
            return row.district_name
        if col is FreeVillageColumn.REGENCY:
            return row.regency_name
        return row.code
