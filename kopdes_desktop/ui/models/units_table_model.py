"""Business units (gerai) of one cooperative."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from kopdes_desktop.domain.entities import BusinessUnit
from kopdes_desktop.domain.enums import UnitKind
from kopdes_desktop.ui.display_names import unit_kind_name, unit_status_name
from kopdes_desktop.ui.models.row_table_model import RowTableModel, short_date

_KIND_ORDER = {kind: i for i, kind in enumerate(UnitKind)}


class UnitColumn(IntEnum):
    """Columns of the unit table."""

    KIND = 0
    NAME = 1
    STATUS = 2
    OPENING = 3
    LOCATION = 4
    NOTES = 5


class UnitsTableModel(RowTableModel[BusinessUnit]):
    """Rows of ``BusinessUnit`` in the usual order of the seven standard kinds."""

    columns = UnitColumn

    def header(self, column: int) -> str:
        return {
            UnitColumn.KIND: self.tr("Kind"),
            UnitColumn.NAME: self.tr("Name"),
            UnitColumn.STATUS: self.tr("Status"),
            UnitColumn.OPENING: self.tr("Opened"),
            UnitColumn.LOCATION: self.tr("Location"),
            UnitColumn.NOTES: self.tr("Notes"),
        }[UnitColumn(column)]

    def display(self, row: BusinessUnit, column: int) -> str:
        col = UnitColumn(column)
        if col is UnitColumn.KIND:
            return unit_kind_name(row.kind)
        if col is UnitColumn.NAME:
            return row.name
        if col is UnitColumn.STATUS:
            return unit_status_name(row.status)
        if col is UnitColumn.OPENING:
            return short_date(row.opening_date)
        if col is UnitColumn.LOCATION:
            return row.location
        return row.notes

    def sort_value(self, row: BusinessUnit, column: int) -> Any:
        if column == UnitColumn.KIND:
            return _KIND_ORDER[row.kind]
        if column == UnitColumn.OPENING:
            return row.opening_date.isoformat() if row.opening_date else ""
        return self.display(row, column).casefold()
