"""Legalitas: portal registration, name reservation, deed, SK AHU, numbers, bank, SIMKOPDES.

These are the facts of formation stages 3 to 7, so each group follows the order of the steps
in DOMAIN.md §2. The cooperative's registration number is always called "Nomor Induk Koperasi"
in full: "NIK" means a citizen's identity number everywhere else in the program.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from kopdes_desktop.domain.entities import Cooperative
from kopdes_desktop.domain.enums import PortalStatus
from kopdes_desktop.domain.errors import Issue, error
from kopdes_desktop.ui.display_names import portal_status_name
from kopdes_desktop.ui.forms.cooperative_data import CooperativeData
from kopdes_desktop.ui.forms.cooperative_sections.section_base import (
    CooperativeSection,
    SectionHost,
    group,
)
from kopdes_desktop.ui.widgets.form_fields import DateField

_TEXT_FIELDS = (
    "notary_name",
    "deed_number",
    "sk_ahu_number",
    "nomor_induk_koperasi",
    "npwp",
    "nib",
    "bank_name",
    "bank_account_number",
    "bank_account_name",
)
_DATE_FIELDS = ("portal_date", "name_reserved_date", "deed_date", "sk_ahu_date", "simkopdes_date")


class LegalSection(CooperativeSection):
    """Every legal and registration number of the cooperative, saved with the form."""

    section_key = "legal"

    def __init__(self, host: SectionHost, parent: QWidget | None = None) -> None:
        super().__init__(host, parent)
        self._build()

    def title(self) -> str:
        return self.tr("Legal status")

    def _build(self) -> None:
        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(12)
        grid.addWidget(self._registration_group(), 0, 0)
        grid.addWidget(self._deed_group(), 0, 1)
        grid.addWidget(self._numbers_group(), 1, 0)
        grid.addWidget(self._bank_group(), 1, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(grid)
        layout.addStretch(1)

    def _line(self, parent: QWidget, max_length: int = 100) -> QLineEdit:
        edit = QLineEdit(parent)
        edit.setMaxLength(max_length)
        return edit

    def _registration_group(self) -> QWidget:
        box, form = group(self.tr("Registration"), self)
        self.portal_combo = QComboBox(box)
        for status in PortalStatus:
            self.portal_combo.addItem(portal_status_name(status), status.value)
        self.add_row(form, self.tr("Ministry portal:"), "portal_status", self.portal_combo)
        self.add_row(form, self.tr("Portal status since:"), "portal_date", DateField(box))
        self.add_row(form, self.tr("Name reserved on:"), "name_reserved_date", DateField(box))
        self.simkopdes_check = QCheckBox(self.tr("Has a SIMKOPDES account"), box)
        self.add_row(form, self.tr("SIMKOPDES:"), "simkopdes_account", self.simkopdes_check)
        self.add_row(form, self.tr("Account since:"), "simkopdes_date", DateField(box))
        return box

    def _deed_group(self) -> QWidget:
        box, form = group(self.tr("Notarial deed and legal entity"), self)
        self.add_row(form, self.tr("Notary:"), "notary_name", self._line(box, 200))
        self.add_row(form, self.tr("Deed number:"), "deed_number", self._line(box))
        self.add_row(form, self.tr("Deed date:"), "deed_date", DateField(box))
        self.add_row(form, self.tr("SK AHU number:"), "sk_ahu_number", self._line(box))
        self.add_row(form, self.tr("SK AHU date:"), "sk_ahu_date", DateField(box))
        return box

    def _numbers_group(self) -> QWidget:
        box, form = group(self.tr("Registration numbers"), self)
        self.add_row(
            form, self.tr("Nomor Induk Koperasi:"), "nomor_induk_koperasi", self._line(box, 40)
        )
        npwp = self._line(box, 25)
        npwp.setPlaceholderText(self.tr("15 or 16 digits"))
        self.add_row(form, self.tr("NPWP:"), "npwp", npwp)
        nib = self._line(box, 20)
        nib.setPlaceholderText(self.tr("13 digits"))
        self.add_row(form, self.tr("NIB:"), "nib", nib)
        return box

    def _bank_group(self) -> QWidget:
        box, form = group(self.tr("Bank account"), self)
        self.add_row(form, self.tr("Bank:"), "bank_name", self._line(box))
        self.add_row(form, self.tr("Account number:"), "bank_account_number", self._line(box, 40))
        self.add_row(form, self.tr("Account holder:"), "bank_account_name", self._line(box, 200))
        return box

    # -- data ---------------------------------------------------------------------------------
    def load(self, data: CooperativeData, *, keep_edits: bool = False) -> None:
        if keep_edits:
            return
        coop = data.cooperative
        for name in _TEXT_FIELDS:
            self._text(name).setText(getattr(coop, name))
        for name in _DATE_FIELDS:
            self._date(name).setDate(getattr(coop, name))
        self.portal_combo.setCurrentIndex(self.portal_combo.findData(coop.portal_status.value))
        self.simkopdes_check.setChecked(coop.simkopdes_account)

    def _text(self, name: str) -> QLineEdit:
        widget = self.fields[name]
        assert isinstance(widget, QLineEdit)
        return widget

    def _date(self, name: str) -> DateField:
        widget = self.fields[name]
        assert isinstance(widget, DateField)
        return widget

    def apply(self, coop: Cooperative) -> Cooperative:
        values: dict[str, Any] = {n: self._text(n).text().strip() for n in _TEXT_FIELDS}
        values.update({n: self._date(n).date() for n in _DATE_FIELDS})
        values["portal_status"] = PortalStatus(self.portal_combo.currentData())
        values["simkopdes_account"] = self.simkopdes_check.isChecked()
        return replace(coop, **values)

    def local_issues(self) -> list[Issue]:
        return [
            error("date.invalid", name, value=self._date(name).text())
            for name in _DATE_FIELDS
            if not self._date(name).is_valid()
        ]

    def draft_state(self) -> dict[str, Any]:
        state: dict[str, Any] = {n: self._text(n).text() for n in _TEXT_FIELDS}
        state.update({n: self._date(n).digits() for n in _DATE_FIELDS})
        state["portal_status"] = self.portal_combo.currentData()
        state["simkopdes_account"] = self.simkopdes_check.isChecked()
        return state

    def restore_draft(self, state: dict[str, Any]) -> None:
        for name in _TEXT_FIELDS:
            if name in state:
                self._text(name).setText(str(state[name]))
        for name in _DATE_FIELDS:
            if name in state:
                self._date(name).setText(str(state[name]))
        index = self.portal_combo.findData(state.get("portal_status"))
        if index >= 0:
            self.portal_combo.setCurrentIndex(index)
        if "simkopdes_account" in state:
            self.simkopdes_check.setChecked(bool(state["simkopdes_account"]))
