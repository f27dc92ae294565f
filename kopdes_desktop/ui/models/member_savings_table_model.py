"""What each member has paid in simpanan (pokok, wajib, sukarela) and whether pokok is complete."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import IntEnum
from typing import Any

from PySide6.QtCore import Qt

from kopdes_desktop.domain.cooperative_rules import MemberFacts
from kopdes_desktop.domain.enums import PaymentKind
from kopdes_desktop.domain.formatting import format_rupiah
from kopdes_desktop.services.capital_service import MembershipTotals
from kopdes_desktop.ui.models.row_table_model import RowTableModel


@dataclass(frozen=True)
class MemberSavings:
    """One member with the totals of their payments."""

    member: MemberFacts
    totals: MembershipTotals

    @property
    def id(self) -> str:
        """The membership id: payments are recorded against it."""
        return self.member.membership.id


class SavingsColumn(IntEnum):
    """Columns of the savings table."""

    NUMBER = 0
    NAME = 1
    POKOK = 2
    WAJIB = 3
    SUKARELA = 4
    TOTAL = 5
    STATUS = 6


_MONEY = {
    SavingsColumn.POKOK: PaymentKind.POKOK,
    SavingsColumn.WAJIB: PaymentKind.WAJIB,
    SavingsColumn.SUKARELA: PaymentKind.SUKARELA,
}


class MemberSavingsTableModel(RowTableModel[MemberSavings]):
    """Rows of ``MemberSavings``; money in the office's Rupiah spelling."""

    columns = SavingsColumn

    def __init__(self, money: Callable[[int], str] = format_rupiah, parent=None) -> None:
        super().__init__(parent)
        self._money = money

    def set_money(self, money: Callable[[int], str]) -> None:
        """Follow the office's Rupiah spelling (with or without a space)."""
        self._money = money
        if self._rows:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._rows) - 1, len(self.columns) - 1)
            )

    def header(self, column: int) -> str:
        return {
            SavingsColumn.NUMBER: self.tr("No."),
            SavingsColumn.NAME: self.tr("Name"),
            SavingsColumn.POKOK: self.tr("Pokok"),
            SavingsColumn.WAJIB: self.tr("Wajib"),
            SavingsColumn.SUKARELA: self.tr("Sukarela"),
            SavingsColumn.TOTAL: self.tr("Total"),
            SavingsColumn.STATUS: self.tr("Pokok status"),
        }[SavingsColumn(column)]

    def amount(self, row: MemberSavings, column: int) -> int:
        """The Rupiah amount of a money column."""
        if column == SavingsColumn.TOTAL:
            return row.totals.total
        return row.totals.by_kind[_MONEY[SavingsColumn(column)]]

    def display(self, row: MemberSavings, column: int) -> str:
        col = SavingsColumn(column)
        if col is SavingsColumn.NUMBER:
            return row.member.membership.member_number
        if col is SavingsColumn.NAME:
            return row.member.person.name
        if col is SavingsColumn.STATUS:
            full = row.totals.pokok_paid_in_full
            if full is None:
                return "–"
            return self.tr("Paid in full") if full else self.tr("Not yet paid in full")
        return self._money(self.amount(row, column))

    def sort_value(self, row: MemberSavings, column: int) -> Any:
        if column in (*_MONEY, SavingsColumn.TOTAL):
            return self.amount(row, column)
        return self.display(row, column).casefold()

    def alignment(self, column: int) -> Qt.AlignmentFlag | None:
        if column in (*_MONEY, SavingsColumn.TOTAL):
            return Qt.AlignmentFlag.AlignRight
        return None
