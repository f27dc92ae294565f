"""Members of one cooperative (founders flagged) for the Pendiri & Anggota section."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import Qt, Signal

from kopdes_desktop.domain.cooperative_rules import MemberFacts
from kopdes_desktop.domain.enums import Sex
from kopdes_desktop.ui.models.row_table_model import RowTableModel, short_date
from kopdes_desktop.ui.role_names import nik_for_screen


class MemberColumn(IntEnum):
    """Columns of the member table."""

    NUMBER = 0
    NAME = 1
    NIK = 2
    SEX = 3
    FOUNDER = 4
    JOINED = 5
    LEFT = 6
    ADDRESS = 7


class CooperativeMembersTableModel(RowTableModel[MemberFacts]):
    """Rows of ``MemberFacts``; the founder column is a check box the operator can click.

    Clicking the box does not change the data itself: the model emits ``founder_toggled``
    and the section saves through the service, then reloads (the database stays the truth).
    """

    masked_nik = False
    """True for accounts that see NIK masked (set by the section showing the list)."""

    columns = MemberColumn

    founder_toggled = Signal(str, bool)
    """(membership id, new founder flag) asked for by a click on the check box."""

    def header(self, column: int) -> str:
        return {
            MemberColumn.NUMBER: self.tr("No."),
            MemberColumn.NAME: self.tr("Name"),
            MemberColumn.NIK: self.tr("NIK"),
            MemberColumn.SEX: self.tr("Sex"),
            MemberColumn.FOUNDER: self.tr("Founder"),
            MemberColumn.JOINED: self.tr("Joined"),
            MemberColumn.LEFT: self.tr("Left"),
            MemberColumn.ADDRESS: self.tr("Address"),
        }[MemberColumn(column)]

    def display(self, row: MemberFacts, column: int) -> str:
        col = MemberColumn(column)
        person, membership = row.person, row.membership
        if col is MemberColumn.NUMBER:
            return membership.member_number
        if col is MemberColumn.NAME:
            return person.name
        if col is MemberColumn.NIK:
            return nik_for_screen(person.nik, self.masked_nik)
        if col is MemberColumn.SEX:
            return {Sex.MALE: "L", Sex.FEMALE: "P"}.get(person.sex, "") if person.sex else ""
        if col is MemberColumn.FOUNDER:
            return ""
        if col is MemberColumn.JOINED:
            return short_date(membership.joined_date)
        if col is MemberColumn.LEFT:
            return short_date(membership.left_date)
        rt_rw = f"RT {person.rt}/RW {person.rw}" if person.rt or person.rw else ""
        return ", ".join(part for part in (person.address, rt_rw) if part)

    def sort_value(self, row: MemberFacts, column: int) -> Any:
        if column == MemberColumn.FOUNDER:
            return int(row.membership.is_founder)
        if column == MemberColumn.JOINED:
            return row.membership.joined_date.isoformat() if row.membership.joined_date else ""
        if column == MemberColumn.LEFT:
            return row.membership.left_date.isoformat() if row.membership.left_date else ""
        return self.display(row, column).casefold()

    def row_id(self, row: MemberFacts) -> str:
        return row.membership.id

    def extra_data(self, row: MemberFacts, column: int, role: int) -> Any:
        if column == MemberColumn.FOUNDER and role == Qt.ItemDataRole.CheckStateRole:
            checked = row.membership.is_founder
            return Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
        return None

    def flags(self, index) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid() and index.column() == MemberColumn.FOUNDER:
            row = self.row_at(index.row())
            if row.membership.left_date is None:
                return base | Qt.ItemFlag.ItemIsUserCheckable
        return base

    def setData(self, index, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or index.column() != MemberColumn.FOUNDER:
            return False
        if role != Qt.ItemDataRole.CheckStateRole:
            return False
        state = Qt.CheckState(value) if not isinstance(value, Qt.CheckState) else value
        row = self.row_at(index.row())
        self.founder_toggled.emit(row.membership.id, state == Qt.CheckState.Checked)
        return False
