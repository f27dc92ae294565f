"""Pendiri & Anggota: founders and members, added through the person form.

Each action is saved at once through the member service (a membership cannot wait for the
form's Save: the board section chooses from members). A person is typed once; a NIK already
in the database is offered for reuse by the person form, so founders of several cooperatives
or trainees recorded earlier are not duplicated.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kopdes_desktop.domain.cooperative_rules import MIN_FOUNDERS, MemberFacts
from kopdes_desktop.domain.entities import Membership, Person
from kopdes_desktop.domain.errors import DomainError
from kopdes_desktop.ui.dialogs.date_dialog import ask_date
from kopdes_desktop.ui.dialogs.member_import_dialog import MemberImportDialog
from kopdes_desktop.ui.dialogs.person_dialog import PersonDialog
from kopdes_desktop.ui.forms.cooperative_data import CooperativeData
from kopdes_desktop.ui.forms.cooperative_sections.section_base import (
    CooperativeSection,
    SectionHost,
    data_table,
    run_dialog,
    stretch,
)
from kopdes_desktop.ui.models.cooperative_members_table_model import (
    CooperativeMembersTableModel,
    MemberColumn,
)
from kopdes_desktop.ui.models.row_table_model import RowRole, SortRole
from kopdes_desktop.ui.role_names import masks_nik
from kopdes_desktop.ui.widgets.form_fields import FieldMessage


class MembersSection(CooperativeSection):
    """Member table with founder flags, and the actions on memberships."""

    section_key = "members"
    extra_fields = frozenset(
        {"founders", "members", "nik", "person_id", "membership_id", "left_date"}
    )

    def __init__(self, host: SectionHost, parent: QWidget | None = None) -> None:
        super().__init__(host, parent)
        self._data: CooperativeData | None = None
        self._build()

    def title(self) -> str:
        return self.tr("Founders & members")

    # -- layout -------------------------------------------------------------------------------
    def _build(self) -> None:
        self.summary_label = QLabel(self)
        self.summary_label.setObjectName("summaryLabel")
        self.rule_message = FieldMessage(self)
        self.filter_edit = QLineEdit(self)
        self.filter_edit.setPlaceholderText(self.tr("Filter by name, NIK or number"))
        self.filter_edit.setClearButtonEnabled(True)
        self.former_check = QCheckBox(self.tr("Show former members"), self)
        self.former_check.toggled.connect(self._on_former_toggled)
        self.add_founder_button = QPushButton(self.tr("Add founder…"), self)
        self.add_founder_button.clicked.connect(lambda: self.add_member(founder=True))
        self.add_member_button = QPushButton(self.tr("Add member…"), self)
        self.add_member_button.clicked.connect(lambda: self.add_member(founder=False))
        self.import_button = QPushButton(self.tr("Import from Excel…"), self)
        self.import_button.setToolTip(
            self.tr(
                "Add many members at once from a spreadsheet (.xlsx or .csv), checked row by row"
            )
        )
        self.import_button.clicked.connect(self._on_import)
        self.edit_button = QPushButton(self.tr("Edit person…"), self)
        self.edit_button.clicked.connect(self._on_edit_person)
        self.leave_button = QPushButton(self.tr("Member leaves…"), self)
        self.leave_button.clicked.connect(self._on_leave)
        self.delete_button = QPushButton(self.tr("Delete"), self)
        self.delete_button.setToolTip(self.tr("Remove a membership typed by mistake"))
        self.delete_button.clicked.connect(self._on_delete)
        top = QHBoxLayout()
        top.setSpacing(8)
        top.addWidget(self.summary_label, 1)
        top.addWidget(self.filter_edit)
        top.addWidget(self.former_check)
        self.filter_edit.setMinimumWidth(260)
        bar = QHBoxLayout()
        bar.setSpacing(6)
        for button in (self.add_founder_button, self.add_member_button, self.import_button):
            bar.addWidget(button)
        bar.addStretch(1)
        for button in (self.edit_button, self.leave_button, self.delete_button):
            bar.addWidget(button)

        self.model = CooperativeMembersTableModel(self)
        self.model.masked_nik = masks_nik(self.host.services.ctx)
        self.model.founder_toggled.connect(self._on_founder_toggled)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SortRole)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setFilterKeyColumn(-1)
        self.filter_edit.textChanged.connect(self.proxy.setFilterFixedString)
        self.table = data_table(self)
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(MemberColumn.NUMBER, Qt.SortOrder.AscendingOrder)
        stretch(self.table, MemberColumn.ADDRESS)
        self.table.setColumnHidden(MemberColumn.LEFT, True)  # until former members are shown
        self.table.activated.connect(self._on_edit_person)
        self.table.selectionModel().currentRowChanged.connect(self._update_buttons)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addLayout(top)
        layout.addWidget(self.rule_message)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)

    # -- data ---------------------------------------------------------------------------------
    def load(self, data: CooperativeData, *, keep_edits: bool = False) -> None:
        self._data = data
        current = self.current_member()
        self._show_rows()
        if current is not None:
            self.select_membership(current.membership.id)
        founders = sum(1 for m in data.current_members() if m.membership.is_founder)
        members = len(data.current_members())
        self.summary_label.setText(
            self.tr(
                "{founders} founders (at least {minimum} needed) · {members} current members"
            ).format(founders=founders, minimum=MIN_FOUNDERS, members=members)
        )
        self.summary_label.setProperty("incomplete", founders < MIN_FOUNDERS)
        self.summary_label.style().unpolish(self.summary_label)
        self.summary_label.style().polish(self.summary_label)
        self.rule_message.set_issues([i for i in data.issues if i.field in ("founders", "members")])
        self._update_buttons()

    def _show_rows(self) -> None:
        if self._data is None:
            return
        rows = (
            list(self._data.members)
            if self.former_check.isChecked()
            else self._data.current_members()
        )
        self.model.set_rows(rows)

    def _on_former_toggled(self, checked: bool) -> None:
        self.table.setColumnHidden(MemberColumn.LEFT, not checked)
        self._show_rows()
        self._update_buttons()

    def current_member(self) -> MemberFacts | None:
        """The member in the selected row."""
        index = self.table.currentIndex()
        return index.data(RowRole) if index.isValid() else None

    def select_membership(self, membership_id: str) -> None:
        """Select the row of a membership (after a reload, or for tests)."""
        row = self.model.row_of(membership_id)
        if row >= 0:
            self.table.setCurrentIndex(self.proxy.mapFromSource(self.model.index(row, 0)))

    def _update_buttons(self, *_args: object) -> None:
        member = self.current_member()
        self.edit_button.setEnabled(member is not None)
        active = member is not None and member.membership.left_date is None
        self.leave_button.setEnabled(active)
        self.delete_button.setEnabled(member is not None)

    def focus_target(self, field_name: str) -> QWidget | None:
        return self.table

    # -- actions ------------------------------------------------------------------------------
    def add_member(self, founder: bool) -> Membership | None:
        """Type (or reuse by NIK) a person and make them a member; None when abandoned."""
        cooperative_id = self.host.ensure_saved()
        if cooperative_id is None:
            return None
        dialog = PersonDialog(self.host.services, None, self)
        dialog.setWindowTitle(self.tr("New founder") if founder else self.tr("New member"))
        if not run_dialog(dialog) or dialog.result_person is None:
            return None
        person: Person = dialog.result_person
        muskelsus = self._data.muskelsus if self._data else None
        joined = muskelsus.meeting_date if founder and muskelsus else self.host.services.ctx.today()
        try:
            membership = self.host.services.members.add(
                Membership(
                    cooperative_id=cooperative_id,
                    person_id=person.id,
                    is_founder=founder,
                    joined_date=joined,
                )
            )
        except DomainError as exc:
            self.host.report_error(exc)
            return None
        self.host.reload()
        return membership

    def _on_import(self) -> None:
        """Impor dari Excel: the dialog saves all rows or none, then the list reloads."""
        cooperative_id = self.host.ensure_saved()
        if cooperative_id is None:
            return
        dialog = MemberImportDialog(self.host.services, self.host.runner, cooperative_id, self)
        dialog.members_imported.connect(lambda _count: self.host.reload())
        dialog.exec()

    def _on_edit_person(self, *_args: object) -> None:
        member = self.current_member()
        if member is None:
            return
        dialog = PersonDialog(self.host.services, member.person, self)
        if run_dialog(dialog):
            self.host.reload()

    def _on_founder_toggled(self, membership_id: str, founder: bool) -> None:
        row = self.model.row_of(membership_id)
        if row < 0:
            return
        membership = self.model.row_at(row).membership
        try:
            self.host.services.members.update(replace(membership, is_founder=founder))
        except DomainError as exc:
            self.host.report_error(exc)
        self.host.reload()

    def _on_leave(self) -> None:
        member = self.current_member()
        if member is None:
            return
        left = ask_date(
            self,
            self.tr("Member leaves"),
            self.tr("On which date did {name} leave the cooperative?").format(
                name=member.person.name
            ),
            self.host.services.ctx.today(),
        )
        if left is None:
            return
        try:
            self.host.services.members.leave(member.membership.id, left)
        except DomainError as exc:
            self.host.report_error(exc)
        self.host.reload()

    def _on_delete(self) -> None:
        member = self.current_member()
        if member is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete membership"),
            self.tr(
                "Delete the membership of {name}? Only do this for a membership typed by mistake; "
                'a member who leaves keeps the record with "Member leaves…".'
            ).format(name=member.person.name),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self.host.services.members.delete(member.membership.id)
        except DomainError as exc:
            self.host.report_error(exc)
        self.host.reload()
