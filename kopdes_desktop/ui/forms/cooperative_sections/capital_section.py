"""Modal & Simpanan: the amounts the Muskelsus decided, and what each member has paid.

The amounts (simpanan pokok, wajib and its period, initial capital) are cooperative fields saved
with the form. Payments are receipts saved one by one through the capital service; recording
simpanan pokok for every member who has not paid it yet writes many rows, so it runs in the
form's worker with progress and cancel.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from kopdes_desktop.domain.entities import CapitalPayment, Cooperative
from kopdes_desktop.domain.enums import PaymentKind, WajibPeriod
from kopdes_desktop.domain.errors import DomainError
from kopdes_desktop.domain.formatting import format_rupiah
from kopdes_desktop.ui.dialogs.error_dialog import report_exception
from kopdes_desktop.ui.dialogs.payment_dialog import PaymentDialog
from kopdes_desktop.ui.display_names import payment_kind_name, wajib_period_name
from kopdes_desktop.ui.forms.cooperative_data import CooperativeData
from kopdes_desktop.ui.forms.cooperative_sections.pokok_recorder import PokokRecorder, unpaid_pokok
from kopdes_desktop.ui.forms.cooperative_sections.section_base import (
    CooperativeSection,
    SectionHost,
    data_table,
    group,
    hint,
    run_dialog,
    stretch,
)
from kopdes_desktop.ui.models.member_savings_table_model import (
    MemberSavings,
    MemberSavingsTableModel,
    SavingsColumn,
)
from kopdes_desktop.ui.models.payments_table_model import PaymentsTableModel
from kopdes_desktop.ui.models.row_table_model import RowRole, SortRole
from kopdes_desktop.ui.widgets.form_fields import RupiahField

_AMOUNT_FIELDS = ("simpanan_pokok", "simpanan_wajib", "initial_capital")


class CapitalSection(CooperativeSection):
    """Savings amounts, totals, and payments per member."""

    section_key = "capital"
    extra_fields = frozenset({"capital", "payments", "amount"})

    def __init__(self, host: SectionHost, parent: QWidget | None = None) -> None:
        super().__init__(host, parent)
        self._data: CooperativeData | None = None
        self._build()

    def title(self) -> str:
        return self.tr("Capital & savings")

    # -- layout -------------------------------------------------------------------------------
    def _build(self) -> None:
        top = QHBoxLayout()
        top.setSpacing(16)
        top.addWidget(self._amounts_group(), 1)
        top.addWidget(self._totals_group(), 1)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self._members_panel())
        splitter.addWidget(self._payments_panel())
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)

    def _amounts_group(self) -> QWidget:
        box, form = group(self.tr("Amounts decided at the Muskelsus"), self)
        self.amount_edits: dict[str, RupiahField] = {}
        for name, label in (
            ("simpanan_pokok", self.tr("Simpanan pokok (once):")),
            ("simpanan_wajib", self.tr("Simpanan wajib:")),
            ("initial_capital", self.tr("Initial capital:")),
        ):
            edit = RupiahField(box)
            self.amount_edits[name] = edit
            self.add_row(form, label, name, edit)
            if name == "simpanan_wajib":
                self.period_combo = QComboBox(box)
                for period in WajibPeriod:
                    self.period_combo.addItem(wajib_period_name(period), period.value)
                self.add_row(form, self.tr("Wajib is due:"), "wajib_period", self.period_combo)
        return box

    def _totals_group(self) -> QWidget:
        box, form = group(self.tr("Paid so far"), self)
        self.total_labels: dict[str, QLabel] = {}
        for key, label in (
            (PaymentKind.POKOK.value, payment_kind_name(PaymentKind.POKOK)),
            (PaymentKind.WAJIB.value, payment_kind_name(PaymentKind.WAJIB)),
            (PaymentKind.SUKARELA.value, payment_kind_name(PaymentKind.SUKARELA)),
            ("total", self.tr("Total")),
        ):
            value = QLabel("–", box)
            value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.total_labels[key] = value
            form.addRow(label + ":", value)
        self.total_labels["total"].setObjectName("summaryLabel")
        self.full_label = QLabel(box)
        self.full_label.setWordWrap(True)
        form.addRow(self.full_label)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        return box

    def _members_panel(self) -> QWidget:
        panel = QWidget(self)
        self.filter_edit = QLineEdit(panel)
        self.filter_edit.setPlaceholderText(self.tr("Filter by name or number"))
        self.filter_edit.setClearButtonEnabled(True)
        self.pay_button = QPushButton(self.tr("Record payment…"), panel)
        self.pay_button.clicked.connect(self._on_pay_clicked)
        self.bulk_button = QPushButton(self.tr("Record pokok for all unpaid…"), panel)
        self.bulk_button.setToolTip(
            self.tr(
                "Record the remaining simpanan pokok of every member who has not paid it in full"
            )
        )
        self.bulk_button.clicked.connect(self._on_bulk_clicked)
        bar = QHBoxLayout()
        bar.addWidget(self.filter_edit, 1)
        bar.addWidget(self.pay_button)
        bar.addWidget(self.bulk_button)
        self.savings_model = MemberSavingsTableModel(parent=self)
        self.savings_proxy = QSortFilterProxyModel(self)
        self.savings_proxy.setSourceModel(self.savings_model)
        self.savings_proxy.setSortRole(SortRole)
        self.savings_proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.savings_proxy.setFilterKeyColumn(-1)
        self.filter_edit.textChanged.connect(self.savings_proxy.setFilterFixedString)
        self.savings_table = data_table(panel)
        self.savings_table.setModel(self.savings_proxy)
        self.savings_table.setSortingEnabled(True)
        self.savings_table.sortByColumn(SavingsColumn.NUMBER, Qt.SortOrder.AscendingOrder)
        stretch(self.savings_table, SavingsColumn.NAME)
        self.savings_table.selectionModel().currentRowChanged.connect(self._on_member_changed)
        self.savings_table.activated.connect(self._on_pay_clicked)
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.savings_table, 1)
        return panel

    def _payments_panel(self) -> QWidget:
        panel = QWidget(self)
        self.payments_title = hint(self.tr("Choose a member to see their payments."), panel)
        self.delete_payment_button = QPushButton(self.tr("Delete payment"), panel)
        self.delete_payment_button.clicked.connect(self._on_delete_payment)
        bar = QHBoxLayout()
        bar.addWidget(self.payments_title, 1)
        bar.addWidget(self.delete_payment_button)
        self.payments_model = PaymentsTableModel(parent=self)
        self.payments_table = data_table(panel)
        self.payments_table.setModel(self.payments_model)
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.payments_table, 1)
        return panel

    # -- data ---------------------------------------------------------------------------------
    def _money(self, amount: int) -> str:
        space = self._data.settings.rupiah_space if self._data else False
        return format_rupiah(amount, space)

    def load(self, data: CooperativeData, *, keep_edits: bool = False) -> None:
        self._data = data
        self.savings_model.set_money(self._money)
        self.payments_model.set_money(self._money)
        for edit in self.amount_edits.values():
            edit.set_space(data.settings.rupiah_space)
        if not keep_edits:
            coop = data.cooperative
            for name, edit in self.amount_edits.items():
                edit.setValue(getattr(coop, name))
            self.period_combo.setCurrentIndex(self.period_combo.findData(coop.wajib_period.value))
        self._show_totals(data)
        current = self._current_membership()
        totals = data.totals
        rows = [
            MemberSavings(m, totals.by_membership[m.membership.id])
            for m in data.current_members()
            if totals is not None and m.membership.id in totals.by_membership
        ]
        self.savings_model.set_rows(rows)
        self._select(current)
        self._show_payments()
        saved = data.saved
        for button in (self.pay_button, self.bulk_button):
            button.setEnabled(saved and bool(rows))

    def _show_totals(self, data: CooperativeData) -> None:
        totals = data.totals
        for key, label in self.total_labels.items():
            if totals is None:
                label.setText("–")
            elif key == "total":
                label.setText(self._money(totals.total))
            else:
                label.setText(self._money(totals.by_kind[PaymentKind(key)]))
        if totals is None or totals.members_paid_pokok_in_full is None:
            self.full_label.setText(
                self.tr("Type the simpanan pokok amount to see who has paid it in full.")
            )
        else:
            self.full_label.setText(
                self.tr("{paid} of {members} members have paid the simpanan pokok in full.").format(
                    paid=totals.members_paid_pokok_in_full, members=totals.members
                )
            )

    def _current_membership(self) -> str | None:
        index = self.savings_table.currentIndex()
        row = index.data(RowRole) if index.isValid() else None
        return row.id if row is not None else None

    def _select(self, membership_id: str | None) -> None:
        row = self.savings_model.row_of(membership_id) if membership_id else -1
        if row >= 0:
            self.savings_table.setCurrentIndex(
                self.savings_proxy.mapFromSource(self.savings_model.index(row, 0))
            )

    def _on_member_changed(self, *_args: object) -> None:
        self._show_payments()

    def _show_payments(self) -> None:
        membership_id = self._current_membership()
        payments = [
            p
            for p in (self._data.payments if self._data else ())
            if p.membership_id == membership_id
        ]
        self.payments_model.set_rows(payments)
        self.delete_payment_button.setEnabled(bool(payments))
        index = self.savings_table.currentIndex()
        if membership_id and index.isValid():
            name = index.data(RowRole).member.person.name
            self.payments_title.setText(self.tr("Payments of {name}").format(name=name))
        else:
            self.payments_title.setText(self.tr("Choose a member to see their payments."))

    def apply(self, coop: Cooperative) -> Cooperative:
        values: dict[str, Any] = {n: e.value() for n, e in self.amount_edits.items()}
        values["wajib_period"] = WajibPeriod(self.period_combo.currentData())
        return replace(coop, **values)

    def draft_state(self) -> dict[str, Any]:
        state: dict[str, Any] = {n: e.value() for n, e in self.amount_edits.items()}
        state["wajib_period"] = self.period_combo.currentData()
        return state

    def restore_draft(self, state: dict[str, Any]) -> None:
        for name, edit in self.amount_edits.items():
            if name in state:
                value = state[name]
                edit.setValue(int(value) if value is not None else None)
        index = self.period_combo.findData(state.get("wajib_period"))
        if index >= 0:
            self.period_combo.setCurrentIndex(index)

    def focus_target(self, field_name: str) -> QWidget | None:
        if field_name in self.extra_fields:
            return self.savings_table
        return super().focus_target(field_name)

    # -- actions ------------------------------------------------------------------------------
    def _on_pay_clicked(self, *_args: object) -> None:
        index = self.savings_table.currentIndex()
        if not index.isValid() or self._data is None:
            return
        row: MemberSavings = index.data(RowRole)
        pokok = self._data.cooperative.simpanan_pokok
        owed = None
        if pokok is not None:
            owed = max(pokok - row.totals.by_kind[PaymentKind.POKOK], 0) or None
        dialog = PaymentDialog(
            self.host.services.capital,
            row.id,
            row.member.person.name,
            self.host.services.ctx.today(),
            owed,
            self._data.settings.rupiah_space,
            self,
        )
        if run_dialog(dialog):
            self.host.reload()

    def unpaid_pokok(self, paid_date: date) -> list[CapitalPayment]:
        """One payment of the remaining simpanan pokok per member who owes some."""
        data = self._data
        if data is None or data.cooperative.simpanan_pokok is None or data.totals is None:
            return []
        return unpaid_pokok(data.cooperative.simpanan_pokok, self.savings_model.rows(), paid_date)

    def _on_bulk_clicked(self) -> None:
        if self._data is None or self._data.cooperative.simpanan_pokok is None:
            QMessageBox.information(
                self,
                self.tr("Record simpanan pokok"),
                self.tr("Save the simpanan pokok amount first."),
            )
            return
        payments = self.unpaid_pokok(self.host.services.ctx.today())
        if not payments:
            QMessageBox.information(
                self,
                self.tr("Record simpanan pokok"),
                self.tr("Every member has paid the simpanan pokok in full."),
            )
            return
        answer = QMessageBox.question(
            self,
            self.tr("Record simpanan pokok"),
            self.tr(
                "Record the remaining simpanan pokok of {count} members, dated today "
                "({total} in all)?"
            ).format(count=len(payments), total=self._money(sum(p.amount for p in payments))),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.start_bulk(payments)

    def start_bulk(self, payments: list[CapitalPayment]) -> None:
        """Save ``payments`` in the worker behind a progress dialog with Cancel."""
        self.bulk_button.setEnabled(False)
        recorder = PokokRecorder(self.host.services.capital, self.host.runner, self)
        recorder.ended.connect(self._on_bulk_ended)
        recorder.start(payments)

    def _on_bulk_ended(self, exc: BaseException | None) -> None:
        recorder = self.sender()
        if recorder is not None:
            recorder.deleteLater()
        self.host.reload()
        if isinstance(exc, DomainError):
            self.host.report_error(exc)
        elif exc is not None:
            report_exception(exc, self)

    def _on_delete_payment(self) -> None:
        index = self.payments_table.currentIndex()
        if not index.isValid():
            return
        payment: CapitalPayment = index.data(RowRole)
        answer = QMessageBox.question(
            self,
            self.tr("Delete payment"),
            self.tr(
                "Delete the payment of {amount} dated {date}? Only do this for a payment typed "
                "by mistake."
            ).format(
                amount=self._money(payment.amount), date=payment.paid_date.strftime("%d-%m-%Y")
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            try:
                self.host.services.capital.delete(payment.id)
            except DomainError as exc:
                self.host.report_error(exc)
            self.host.reload()
