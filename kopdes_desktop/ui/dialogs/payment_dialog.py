"""Record one simpanan payment of one member (a receipt typed from the treasurer's book)."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from kopdes_desktop.domain.entities import CapitalPayment
from kopdes_desktop.domain.enums import PaymentKind
from kopdes_desktop.domain.errors import Issue, error
from kopdes_desktop.services.capital_service import CapitalService
from kopdes_desktop.ui.display_names import payment_kind_name
from kopdes_desktop.ui.forms.form_base import FormDialog
from kopdes_desktop.ui.widgets.form_fields import DateField, RupiahField


class PaymentDialog(FormDialog):
    """Kind, amount, date and receipt number; saved through ``CapitalService.record``."""

    def __init__(
        self,
        capital: CapitalService,
        membership_id: str,
        member_name: str,
        today: date,
        suggested: int | None = None,
        rupiah_space: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._capital = capital
        self._membership_id = membership_id
        self.setWindowTitle(self.tr("Record savings payment"))
        self.setMinimumWidth(460)
        self.kind_combo = QComboBox(self)
        for kind in PaymentKind:
            self.kind_combo.addItem(payment_kind_name(kind), kind.value)
        self.amount_edit = RupiahField(self, space=rupiah_space)
        self.date_edit = DateField(self)
        self.receipt_edit = QLineEdit(self)
        self.receipt_edit.setMaxLength(60)
        form = QFormLayout()
        form.addRow(self.tr("Member:"), QLabel(member_name, self))
        form.addRow(self.tr("Kind:"), self.field_box("kind", self.kind_combo))
        form.addRow(self.tr("Amount:"), self.field_box("amount", self.amount_edit))
        form.addRow(self.tr("Paid on:"), self.field_box("paid_date", self.date_edit))
        form.addRow(self.tr("Receipt number:"), self.field_box("receipt_number", self.receipt_edit))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.form_message)
        layout.addLayout(self.button_row())
        with self.loading():
            self.amount_edit.setValue(suggested)
            self.date_edit.setDate(today)

    def live_issues(self) -> list[Issue]:
        issues: list[Issue] = []
        if self.amount_edit.value() is None:
            issues.append(error("capital.amount_not_positive", "amount", amount=0))
        if self.date_edit.date() is None:
            issues.append(error("date.invalid", "paid_date", value=self.date_edit.text()))
        return issues

    def save_record(self) -> CapitalPayment:
        paid = self.date_edit.date()
        assert paid is not None  # live_issues refuses an empty date
        return self._capital.record(
            CapitalPayment(
                membership_id=self._membership_id,
                kind=PaymentKind(self.kind_combo.currentData()),
                amount=self.amount_edit.value() or 0,
                paid_date=paid,
                receipt_number=self.receipt_edit.text().strip(),
            )
        )
