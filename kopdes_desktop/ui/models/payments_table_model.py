"""The payments of one member, one row per receipt."""

from __future__ import annotations

from collections.abc import Callable
from enum import IntEnum
from typing import Any

from PySide6.QtCore import Qt

from kopdes_desktop.domain.entities import CapitalPayment
from kopdes_desktop.domain.formatting import format_rupiah
from kopdes_desktop.ui.display_names import payment_kind_name
from kopdes_desktop.ui.models.row_table_model import RowTableModel, short_date


class PaymentColumn(IntEnum):
    """Columns of the payment table."""

    DATE = 0
    KIND = 1
    AMOUNT = 2
    RECEIPT = 3


class PaymentsTableModel(RowTableModel[CapitalPayment]):
    """Rows of ``CapitalPayment`` in the order they were paid."""

    columns = PaymentColumn

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
            PaymentColumn.DATE: self.tr("Date"),
            PaymentColumn.KIND: self.tr("Kind"),
            PaymentColumn.AMOUNT: self.tr("Amount"),
            PaymentColumn.RECEIPT: self.tr("Receipt number"),
        }[PaymentColumn(column)]

    def display(self, row: CapitalPayment, column: int) -> str:
        col = PaymentColumn(column)
        if col is PaymentColumn.DATE:
            return short_date(row.paid_date)
        if col is PaymentColumn.KIND:
            return payment_kind_name(row.kind)
        if col is PaymentColumn.AMOUNT:
            return self._money(row.amount)
        return row.receipt_number

    def sort_value(self, row: CapitalPayment, column: int) -> Any:
        if column == PaymentColumn.DATE:
            return row.paid_date.isoformat()
        if column == PaymentColumn.AMOUNT:
            return row.amount
        return self.display(row, column).casefold()

    def alignment(self, column: int) -> Qt.AlignmentFlag | None:
        return Qt.AlignmentFlag.AlignRight if column == PaymentColumn.AMOUNT else None
