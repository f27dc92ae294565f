"""The participants part of the training event form: who takes part, in which role, which
days they attended, their scores and certificates.

People come from a cooperative of the working area (``ParticipantPickerDialog``) or are
outsiders such as mentors, typed in the person dialog. Everything stays in the table model
until the form saves the event, so one Ctrl+S stores the event and its whole attendance list.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStyledItemDelegate,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kopdes_desktop.bootstrap import Services
from kopdes_desktop.domain.entities import Person, TrainingParticipant
from kopdes_desktop.domain.enums import CertificateType, ParticipantRole
from kopdes_desktop.domain.errors import Issue
from kopdes_desktop.ui.dialogs.participant_picker_dialog import ParticipantPickerDialog
from kopdes_desktop.ui.dialogs.person_dialog import PersonDialog
from kopdes_desktop.ui.display_names import certificate_type_name, participant_role_name
from kopdes_desktop.ui.models.training_participants_table_model import (
    ParticipantColumn,
    ParticipantLine,
    TrainingParticipantsTableModel,
)
from kopdes_desktop.ui.role_names import masks_nik
from kopdes_desktop.ui.widgets.form_fields import FieldMessage, issue_text
from kopdes_desktop.ui.widgets.table_delegates import ChoiceDelegate, DateDelegate, NumberDelegate
from kopdes_desktop.ui.workers import TaskRunner

DAY_COLUMN_WIDTH = 62


class TrainingParticipantsEditor(QWidget):
    """Participant table with add/remove buttons and a message line naming problems."""

    changed = Signal()
    """The list or a cell changed (the form marks itself dirty)."""

    def __init__(
        self,
        services: Services,
        runner: TaskRunner,
        area_code: str | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._runner = runner
        self._area_code = area_code
        self.event_id = ""
        self.model = TrainingParticipantsTableModel(self)
        self.model.masked_nik = masks_nik(self._services.ctx)
        self._build()
        for signal in (self.model.dataChanged, self.model.rowsInserted, self.model.rowsRemoved):
            signal.connect(self._on_model_changed)
        self.model.modelReset.connect(self._on_model_reset)

    def _build(self) -> None:
        self.table = QTableView(self)
        self.table.setObjectName("participantsTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.table.setAlternatingRowColors(True)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table, arrows move inside
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setMinimumSectionSize(40)
        self._delegates = self._make_delegates()
        self._build_buttons()
        self.message = FieldMessage(self)
        self.hint = QLabel(
            self.tr("Space ticks a day; type in a cell to change the role, scores or certificate."),
            self,
        )
        self.hint.setObjectName("hintLabel")
        self.hint.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_member_button)
        buttons.addWidget(self.add_outsider_button)
        buttons.addWidget(self.all_present_button)
        buttons.addStretch(1)
        buttons.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.hint)
        self._on_model_reset()

    def _make_delegates(self) -> list[tuple[ParticipantColumn, QStyledItemDelegate]]:
        """Cell editors: choices for role and certificate, numbers, dd-mm-yyyy dates."""
        return [
            (
                ParticipantColumn.ROLE,
                ChoiceDelegate([(r, participant_role_name(r)) for r in ParticipantRole], self),
            ),
            (
                ParticipantColumn.CERTIFICATE_TYPE,
                ChoiceDelegate([(c, certificate_type_name(c)) for c in CertificateType], self),
            ),
            (ParticipantColumn.PRE_SCORE, NumberDelegate(self)),
            (ParticipantColumn.POST_SCORE, NumberDelegate(self)),
            (ParticipantColumn.CERTIFICATE_ISSUED, DateDelegate(self)),
            (ParticipantColumn.CERTIFICATE_EXPIRES, DateDelegate(self)),
        ]

    def _build_buttons(self) -> None:
        self.add_member_button = QPushButton(self.tr("Add from a cooperative…"), self)
        self.add_member_button.clicked.connect(self._on_add_member_clicked)
        self.add_outsider_button = QPushButton(self.tr("Add a mentor or other outsider…"), self)
        self.add_outsider_button.clicked.connect(self._on_add_outsider_clicked)
        self.all_present_button = QPushButton(self.tr("Everyone present every day"), self)
        self.all_present_button.setToolTip(
            self.tr("Tick every day for every participant; untick the absences afterwards.")
        )
        self.all_present_button.clicked.connect(self._on_all_present_clicked)
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.remove_button.setToolTip(self.tr("Take the selected participant off the list"))
        self.remove_button.clicked.connect(self._on_remove_clicked)
        remove_key = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.table)
        remove_key.setContext(Qt.ShortcutContext.WidgetShortcut)
        remove_key.activated.connect(self._on_remove_clicked)
        for button in (
            self.add_member_button,
            self.add_outsider_button,
            self.all_present_button,
            self.remove_button,
        ):
            button.setAutoDefault(False)

    # --- content ------------------------------------------------------------------------
    def load(self, event_id: str) -> None:
        """Fill the table with the stored participants of an event (a short read)."""
        self.event_id = event_id
        participants = self._services.training.participants(event_id)
        persons = self._services.persons.get_many([p.person_id for p in participants])
        names = self._cooperative_names({p.cooperative_id for p in participants})
        self.model.set_lines(
            [
                ParticipantLine(p, persons[p.person_id], names.get(p.cooperative_id or "", ""))
                for p in participants
                if p.person_id in persons
            ]
        )

    def _cooperative_names(self, ids: set[str | None]) -> dict[str, str]:
        names = {}
        for coop_id in ids - {None}:
            assert coop_id is not None
            names[coop_id] = self._services.cooperatives.get(coop_id).name
        return names

    def add_person(
        self,
        person: Person,
        role: ParticipantRole,
        cooperative_id: str | None = None,
        cooperative_name: str = "",
    ) -> bool:
        """Append a participant line; False (and a note) when the person is listed already."""
        line = ParticipantLine(
            TrainingParticipant(
                event_id=self.event_id,
                person_id=person.id,
                cooperative_id=cooperative_id,
                role=role,
            ),
            person,
            cooperative_name,
        )
        added = self.model.add_line(line)
        if not added:
            self.message.show_warning(
                self.tr("{name} is already on the list.").format(name=person.name)
            )
        return added

    def show_issues(self, issues: list[Issue]) -> None:
        """Problems of participant lines, each sentence prefixed with the person's name."""
        names = {line.person.id: line.person.name for line in self.model.lines()}
        texts = [f"{names.get(i.params.get('person_id', ''), '')}: {issue_text(i)}" for i in issues]
        if not issues:
            self.message.clear()
        elif any(i.is_error for i in issues):
            self.message.show_error("\n".join(texts))
        else:
            self.message.show_warning("\n".join(texts))

    def live_issues(self) -> list[Issue]:
        """The model's findings, tagged with the person they concern."""
        return [
            replace(i, params={**i.params, "person_id": line.person.id})
            for line, i in self.model.issues()
        ]

    # --- slots --------------------------------------------------------------------------
    def _on_add_member_clicked(self) -> None:
        dialog = ParticipantPickerDialog(self._services, self._runner, self._area_code, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        for picked in dialog.selected():
            self.add_person(
                picked.choice.person,
                picked.choice.role,
                picked.cooperative_id,
                picked.cooperative_name,
            )

    def _on_add_outsider_clicked(self) -> None:
        dialog = PersonDialog(self._services, None, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        person = dialog.result_person
        if person is not None:
            self.add_person(person, ParticipantRole.PENDAMPING)

    def _on_all_present_clicked(self) -> None:
        for day in self.model.days():
            column = self.model.column_of(day)
            for row in range(self.model.rowCount()):
                self.model.setData(
                    self.model.index(row, column),
                    Qt.CheckState.Checked.value,
                    Qt.ItemDataRole.CheckStateRole,
                )

    def _on_remove_clicked(self) -> None:
        index = self.table.currentIndex()
        if index.isValid():
            self.model.remove_row(index.row())

    def _on_model_changed(self, *_args: object) -> None:
        self.changed.emit()

    def _on_model_reset(self) -> None:
        """Day columns come and go with the event's dates: re-apply delegates and widths."""
        header = self.table.horizontalHeader()
        for column in range(self.model.columnCount()):
            self.table.setItemDelegateForColumn(column, None)
            kind = self.model.column_kind(column)
            if isinstance(kind, date):
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
                header.resizeSection(column, DAY_COLUMN_WIDTH)
            elif kind is ParticipantColumn.NAME:
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
                header.resizeSection(column, 190)
            else:
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
                header.resizeSection(column, self._width_of(kind))
        for kind, delegate in self._delegates:
            self.table.setItemDelegateForColumn(self.model.column_of(kind), delegate)
        self.all_present_button.setEnabled(bool(self.model.days()))

    def _width_of(self, kind: ParticipantColumn) -> int:
        widths = {
            ParticipantColumn.NIK: 140,
            ParticipantColumn.COOPERATIVE: 150,
            ParticipantColumn.ROLE: 170,
            ParticipantColumn.PRE_SCORE: 70,
            ParticipantColumn.POST_SCORE: 70,
            ParticipantColumn.CERTIFICATE_TYPE: 120,
            ParticipantColumn.CERTIFICATE_NUMBER: 130,
            ParticipantColumn.CERTIFICATE_ISSUED: 100,
            ParticipantColumn.CERTIFICATE_EXPIRES: 100,
        }
        return widths.get(kind, 100)
