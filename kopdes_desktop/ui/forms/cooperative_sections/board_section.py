"""Pengurus & Pengawas: who holds which seat now, and every term before.

Seats are chosen from the members; the lurah is the ketua pengawas ex officio and usually not
a member, so a separate action types (or reuses by NIK) the lurah as a person, prefilled with
the lurah's name from the office settings. Terms are never overwritten: ending one keeps it in
the history, which the berita acara and the profile need.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from kopdes_desktop.domain.entities import BoardPosition, Person
from kopdes_desktop.domain.enums import BoardRole, Body
from kopdes_desktop.domain.errors import DomainError, ValidationError
from kopdes_desktop.services.board_service import ROLES_BY_BODY, is_current
from kopdes_desktop.ui.dialogs.date_dialog import ask_date
from kopdes_desktop.ui.dialogs.person_dialog import PersonDialog
from kopdes_desktop.ui.display_names import body_name, role_name
from kopdes_desktop.ui.forms.cooperative_data import CooperativeData
from kopdes_desktop.ui.forms.cooperative_sections.section_base import (
    CooperativeSection,
    SectionHost,
    data_table,
    run_dialog,
    section_title,
    stretch,
)
from kopdes_desktop.ui.models.board_table_model import BoardColumn, BoardEntry, BoardTableModel
from kopdes_desktop.ui.models.row_table_model import RowRole
from kopdes_desktop.ui.role_names import masks_nik
from kopdes_desktop.ui.widgets.form_fields import DateField, FieldMessage


class BoardSection(CooperativeSection):
    """Assign seats, end terms, and see the board's history."""

    section_key = "board"
    extra_fields = frozenset({"board", "pengurus", "pengawas", "role", "position_id"})

    def __init__(self, host: SectionHost, parent: QWidget | None = None) -> None:
        super().__init__(host, parent)
        self._data: CooperativeData | None = None
        self._build()

    def title(self) -> str:
        return self.tr("Board & supervisors")

    # -- layout -------------------------------------------------------------------------------
    def _build(self) -> None:
        self.rule_message = FieldMessage(self)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self._current_panel())
        splitter.addWidget(self._history_panel())
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(self._assign_group())
        layout.addWidget(self.rule_message)
        layout.addWidget(splitter, 1)

    def _assign_group(self) -> QWidget:
        box = QGroupBox(self.tr("Assign a position"), self)
        self.body_combo = QComboBox(box)
        for body in Body:
            self.body_combo.addItem(body_name(body), body.value)
        self.body_combo.currentIndexChanged.connect(self._on_body_changed)
        self.role_combo = QComboBox(box)
        self.person_combo = QComboBox(box)
        self.person_combo.setEditable(True)
        self.person_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.person_combo.lineEdit().setPlaceholderText(self.tr("Type part of a member's name"))
        completer = QCompleter(self.person_combo.model(), self.person_combo)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.person_combo.setCompleter(completer)
        self.start_edit = DateField(box)
        self.assign_button = QPushButton(self.tr("Assign"), box)
        self.assign_button.clicked.connect(self._on_assign_clicked)
        self.lurah_button = QPushButton(
            self.tr("Add the lurah as chair of supervisors (ex officio)…"), box
        )
        self.lurah_button.clicked.connect(self.add_lurah)
        self.assign_message = FieldMessage(box)
        grid = QGridLayout(box)
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(4)
        for column, text in enumerate(
            (self.tr("Body"), self.tr("Position"), self.tr("Member"), self.tr("From"))
        ):
            grid.addWidget(QLabel(text, box), 0, column)
        grid.addWidget(self.body_combo, 1, 0)
        grid.addWidget(self.role_combo, 1, 1)
        grid.addWidget(self.person_combo, 1, 2)
        grid.addWidget(self.start_edit, 1, 3)
        grid.addWidget(self.assign_button, 1, 4)
        grid.setColumnStretch(2, 1)
        grid.addWidget(self.assign_message, 2, 0, 1, 5)
        lurah_row = QHBoxLayout()
        lurah_row.addStretch(1)
        lurah_row.addWidget(self.lurah_button)
        grid.addLayout(lurah_row, 3, 0, 1, 5)
        self._on_body_changed()
        return box

    def _current_panel(self) -> QWidget:
        panel = QWidget(self)
        self.end_button = QPushButton(self.tr("End term…"), panel)
        self.end_button.clicked.connect(self._on_end_clicked)
        self.delete_button = QPushButton(self.tr("Delete"), panel)
        self.delete_button.setToolTip(self.tr("Remove a term typed by mistake"))
        self.delete_button.clicked.connect(self._on_delete_clicked)
        bar = QHBoxLayout()
        bar.addWidget(section_title(self.tr("Current board"), panel), 1)
        bar.addWidget(self.end_button)
        bar.addWidget(self.delete_button)
        self.current_model = BoardTableModel(self)
        self.current_model.masked_nik = masks_nik(self.host.services.ctx)
        self.current_table = data_table(panel)
        self.current_table.setModel(self.current_model)
        self.current_table.setColumnHidden(BoardColumn.END, True)
        stretch(self.current_table, BoardColumn.NAME)
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.current_table, 1)
        return panel

    def _history_panel(self) -> QWidget:
        panel = QWidget(self)
        self.history_model = BoardTableModel(self)
        self.history_model.masked_nik = masks_nik(self.host.services.ctx)
        self.history_table = data_table(panel)
        self.history_table.setModel(self.history_model)
        stretch(self.history_table, BoardColumn.NAME)
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(section_title(self.tr("History of all terms"), panel))
        layout.addWidget(self.history_table, 1)
        return panel

    # -- data ---------------------------------------------------------------------------------
    def load(self, data: CooperativeData, *, keep_edits: bool = False) -> None:
        self._data = data
        today = self.host.services.ctx.today()
        current = [e for e in data.board if is_current(e.position, today)]
        order = {body: i for i, body in enumerate(Body)}
        ranks = {role: i for i, role in enumerate(BoardRole)}
        current.sort(key=lambda e: (order[e.position.body], ranks[e.position.role]))
        self.current_model.set_rows(current)
        self.history_model.set_rows(list(data.board))
        self._fill_people(data)
        if self.start_edit.is_empty():
            muskelsus = data.muskelsus
            self.start_edit.setDate(muskelsus.meeting_date if muskelsus else today)
        self.rule_message.set_issues([i for i in data.issues if i.field == "board"])
        enabled = data.saved
        for button in (self.end_button, self.delete_button):
            button.setEnabled(enabled and bool(current))

    def _fill_people(self, data: CooperativeData) -> None:
        chosen = self.person_combo.currentData()
        self.person_combo.clear()
        members = sorted(data.current_members(), key=lambda m: m.person.name.casefold())
        for m in members:
            label = f"{m.person.name} · {m.membership.member_number}"
            self.person_combo.addItem(label, m.person.id)
        index = self.person_combo.findData(chosen) if chosen else -1
        self.person_combo.setCurrentIndex(index)
        if index < 0:
            self.person_combo.setEditText("")

    def _on_body_changed(self, *_args: object) -> None:
        body = Body(self.body_combo.currentData())
        self.role_combo.clear()
        for role in ROLES_BY_BODY[body]:
            self.role_combo.addItem(role_name(role), role.value)

    def focus_target(self, field_name: str) -> QWidget | None:
        return self.body_combo

    def current_entry(self) -> BoardEntry | None:
        """The term selected in the current-board table."""
        index = self.current_table.currentIndex()
        return index.data(RowRole) if index.isValid() else None

    # -- actions ------------------------------------------------------------------------------
    def choose(self, body: Body, role: BoardRole, person_id: str) -> None:
        """Put a body, role and member into the assign row (keyboard users and tests)."""
        self.body_combo.setCurrentIndex(self.body_combo.findData(body.value))
        self.role_combo.setCurrentIndex(self.role_combo.findData(role.value))
        self.person_combo.setCurrentIndex(self.person_combo.findData(person_id))

    def _chosen_person(self) -> str | None:
        """The member chosen in the list, or the only one whose entry contains the text typed."""
        text = self.person_combo.currentText().strip()
        if not text:
            return None
        index = self.person_combo.findText(text)
        if index < 0:
            needle = text.casefold()
            found = [
                i
                for i in range(self.person_combo.count())
                if needle in self.person_combo.itemText(i).casefold()
            ]
            index = found[0] if len(found) == 1 else -1
        return self.person_combo.itemData(index) if index >= 0 else None

    def _on_assign_clicked(self) -> None:
        person_id = self._chosen_person()
        if person_id is None:
            self.assign_message.show_error(self.tr("Choose one member from the list."))
            self.person_combo.setFocus()
            return
        if not self.start_edit.is_valid():
            self.assign_message.show_error(self.tr("Type the start date as dd-mm-yyyy."))
            self.start_edit.setFocus()
            return
        position = BoardPosition(
            cooperative_id=self._data.cooperative.id if self._data else "",
            person_id=person_id,
            body=Body(self.body_combo.currentData()),
            role=BoardRole(self.role_combo.currentData()),
            start_date=self.start_edit.date(),
        )
        if self.assign(position):
            self.person_combo.setCurrentIndex(-1)
            self.person_combo.setEditText("")
            self.person_combo.setFocus()

    def assign(self, position: BoardPosition) -> bool:
        """Save a term; refusals are shown under the assign row."""
        cooperative_id = self.host.ensure_saved()
        if cooperative_id is None:
            return False
        try:
            self.host.services.board.assign(replace(position, cooperative_id=cooperative_id))
        except ValidationError as exc:
            self.assign_message.set_issues(exc.issues)
            return False
        except DomainError as exc:
            self.host.report_error(exc)
            return False
        self.assign_message.clear()
        self.host.reload()
        return True

    def add_lurah(self) -> bool:
        """Type (or reuse by NIK) the lurah and seat them as ketua pengawas ex officio."""
        if self.host.ensure_saved() is None or self._data is None:
            return False
        dialog = PersonDialog(self.host.services, None, self)
        dialog.setWindowTitle(self.tr("Lurah as chair of supervisors"))
        with dialog.loading():
            dialog.name_edit.setText(self._data.settings.lurah_name)
        if not run_dialog(dialog) or dialog.result_person is None:
            return False
        person: Person = dialog.result_person
        return self.assign(
            BoardPosition(
                cooperative_id=self._data.cooperative.id,
                person_id=person.id,
                body=Body.PENGAWAS,
                role=BoardRole.KETUA_PENGAWAS,
                start_date=self.start_edit.date(),
                ex_officio=True,
            )
        )

    def _on_end_clicked(self) -> None:
        entry = self.current_entry()
        if entry is None:
            return
        name = entry.person.name if entry.person else ""
        last_day = ask_date(
            self,
            self.tr("End term"),
            self.tr("Last day in office of {name} as {role}:").format(
                name=name, role=role_name(entry.position.role)
            ),
            self.host.services.ctx.today(),
        )
        if last_day is None:
            return
        try:
            self.host.services.board.end(entry.position.id, last_day)
        except DomainError as exc:
            self.host.report_error(exc)
        self.host.reload()

    def _on_delete_clicked(self) -> None:
        entry = self.current_entry()
        if entry is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete term"),
            self.tr(
                "Delete this term of {name}? Only for a term typed by mistake; when someone leaves "
                'the board, use "End term…" so the history is kept.'
            ).format(name=entry.person.name if entry.person else ""),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self.host.services.board.delete(entry.position.id)
        except DomainError as exc:
            self.host.report_error(exc)
        self.host.reload()
