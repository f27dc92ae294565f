"""The attendance list (daftar hadir) of one meeting, edited as one table.

The printed daftar hadir lists people in the order they signed, so lines keep the order they
are typed in; founders or all current members can be added in one step, walk-ins typed by name.
The list is saved as a whole (``MeetingService.set_attendees``), as the paper is one sheet.
Lines typed but not saved are kept as a recovery draft (kind ``meeting_attendees``, keyed by
the meeting) like every form's typing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kopdes_desktop.domain.cooperative_rules import MemberFacts
from kopdes_desktop.domain.entities import Meeting, MeetingAttendee
from kopdes_desktop.domain.enums import Sex
from kopdes_desktop.domain.errors import DomainError, Issue
from kopdes_desktop.services.meeting_service import MeetingService
from kopdes_desktop.ui.dialogs.error_dialog import report_exception
from kopdes_desktop.ui.display_names import meeting_kind_name
from kopdes_desktop.ui.drafts import Draft, DraftStore, drafts_for, register_draft_opener
from kopdes_desktop.ui.forms.form_base import FormDialog
from kopdes_desktop.ui.issue_messages import issue_text, issues_of
from kopdes_desktop.ui.models.attendees_table_model import AttendeeColumn, AttendeesTableModel
from kopdes_desktop.ui.models.row_table_model import short_date
from kopdes_desktop.ui.workers import TaskRunner

if TYPE_CHECKING:
    from kopdes_desktop.bootstrap import Services

FOUNDER_ELEMENT = "Pendiri"
MEMBER_ELEMENT = "Anggota"
DRAFT_KIND = "meeting_attendees"


class AttendeesDialog(FormDialog):
    """Edit, reorder by typing, and save a meeting's attendance list."""

    def __init__(
        self,
        meetings: MeetingService,
        runner: TaskRunner,
        meeting: Meeting,
        members: list[MemberFacts],
        parent: QWidget | None = None,
        drafts: DraftStore | None = None,
    ) -> None:
        super().__init__(parent)
        self._meetings = meetings
        self._runner = runner
        self._saving = False
        self._meeting = meeting
        self._members = members
        self.setWindowTitle(self.tr("Attendance list"))
        self.resize(760, 560)
        heading = QLabel(
            self.tr("{kind} on {date}").format(
                kind=meeting_kind_name(meeting.kind), date=short_date(meeting.meeting_date)
            ),
            self,
        )
        heading.setObjectName("sectionTitle")
        self.model = AttendeesTableModel(self)
        self.model.set_rows(meetings.attendees(meeting.id))
        for signal in (self.model.dataChanged, self.model.rowsInserted, self.model.rowsRemoved):
            signal.connect(self._on_model_edited)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.horizontalHeader().setStretchLastSection(False)
        self.table.setColumnWidth(AttendeeColumn.NAME, 280)
        self.table.setColumnWidth(AttendeeColumn.ELEMENT, 200)
        self.count_label = QLabel(self)
        buttons = QHBoxLayout()
        for text, slot in (
            (self.tr("Add line"), self.add_line),
            (self.tr("Add all founders"), self.add_founders),
            (self.tr("Add all members"), self.add_members),
            (self.tr("Remove line"), self._on_remove),
        ):
            button = QPushButton(text, self)
            button.setAutoDefault(False)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.form_message)
        layout.addLayout(self.button_row())
        self._update_count()
        context = {"cooperative_id": meeting.cooperative_id}
        self.configure_drafts(drafts, DRAFT_KIND, meeting.id, context)

    def _on_model_edited(self, *_args: object) -> None:
        self.mark_dirty()
        self._update_count()

    def _update_count(self) -> None:
        present = sum(1 for a in self.model.rows() if a.present)
        self.count_label.setText(
            self.tr("{present} present of {lines} lines").format(
                present=present, lines=self.model.rowCount()
            )
        )

    def _line(self, name: str = "", element: str = "", person=None) -> MeetingAttendee:
        return MeetingAttendee(
            meeting_id=self._meeting.id,
            person_id=person.id if person else None,
            name=name,
            element=element,
            sex=person.sex if person else None,
        )

    def add_line(self) -> None:
        """An empty line for a walk-in; the cursor goes to its name (typing fills it in)."""
        row = self.model.append(self._line())
        self.table.setCurrentIndex(self.model.index(row, AttendeeColumn.NAME))
        self.table.setFocus()

    def _add_people(self, members: list[MemberFacts], element: str) -> None:
        listed = {a.person_id for a in self.model.rows() if a.person_id}
        for m in members:
            if m.person.id not in listed:
                self.model.append(self._line(m.person.name, element, m.person))

    def add_founders(self) -> None:
        """Every current founder not listed yet."""
        self._add_people([m for m in self._members if m.membership.is_founder], FOUNDER_ELEMENT)

    def add_members(self) -> None:
        """Every current member not listed yet (the RAT)."""
        self._add_people(self._members, MEMBER_ELEMENT)

    def _on_remove(self) -> None:
        index = self.table.currentIndex()
        if index.isValid():
            self.model.remove(index.row())

    def live_issues(self) -> list[Issue]:
        return []

    def draft_state(self) -> dict[str, Any]:
        """Every line as typed, in its order."""
        return {
            "lines": [
                {
                    "id": a.id,
                    "person_id": a.person_id,
                    "name": a.name,
                    "element": a.element,
                    "sex": a.sex.value if a.sex else None,
                    "present": a.present,
                }
                for a in self.model.rows()
            ]
        }

    def restore_draft(self, state: dict[str, Any]) -> None:
        lines = [
            MeetingAttendee(
                id=str(line["id"]),
                meeting_id=self._meeting.id,
                person_id=line.get("person_id"),
                name=str(line.get("name", "")),
                element=str(line.get("element", "")),
                sex=Sex(line["sex"]) if line.get("sex") else None,
                present=bool(line.get("present", True)),
                position=position,
            )
            for position, line in enumerate(state.get("lines", []))
        ]
        self.model.set_rows(lines)
        self._update_count()

    def draft_title(self) -> str:
        return self.tr("Attendance list: {kind} on {date}").format(
            kind=meeting_kind_name(self._meeting.kind), date=short_date(self._meeting.meeting_date)
        )

    def save_record(self) -> list[MeetingAttendee]:
        """Synchronous save (the base class's path); ``save`` uses the worker instead."""
        return self._meetings.set_attendees(self._meeting.id, self.model.rows())

    def save(self) -> bool:
        """Save in the worker: the RAT list of every member is thousands of rows (a second on
        SQLite), too long for the GUI thread. The dialog closes when the service returned."""
        if self._saving:
            return False
        self._saving = True
        self.save_button.setEnabled(False)
        self.status_label.setText(self.tr("Saving…"))
        meetings, meeting_id, rows = self._meetings, self._meeting.id, self.model.rows()
        self._runner.start(
            lambda _c: meetings.set_attendees(meeting_id, rows),
            on_finished=self._on_saved,
            on_failed=self._on_save_failed,
        )
        return True

    def _on_saved(self, lines: list[MeetingAttendee]) -> None:
        self._saving = False
        self.save_button.setEnabled(True)
        self._after_save(lines)

    def _on_save_failed(self, exc: BaseException) -> None:
        self._saving = False
        self.save_button.setEnabled(True)
        self.status_label.clear()
        if not isinstance(exc, DomainError):
            report_exception(exc, self)
            return
        self.show_issues(issues_of(exc))
        self._refuse()

    def reject(self) -> None:
        """Not while the list is being written (closing would hide whether it was saved)."""
        if not self._saving:
            super().reject()

    def show_issues(self, issues) -> None:
        """Line problems name their line: the table has no message under each cell."""
        issues = list(issues)
        super().show_issues(issues)
        lines = []
        for issue in issues:
            text = issue_text(issue)
            field = issue.field or ""
            if field.startswith("attendees["):
                number = int(field[len("attendees[") : field.index("]")]) + 1
                text = self.tr("Line {number}: {text}").format(number=number, text=text)
            lines.append(text)
        if lines:
            self.form_message.show_error("\n".join(lines))


def open_attendees_draft(
    services: Services, parent: QWidget | None, draft: Draft
) -> QWidget | None:
    """Start-up recovery: the attendance list of the draft's meeting, with the typed lines."""
    try:
        meeting = services.meetings.get(draft.record_id)
    except DomainError:  # the meeting was deleted meanwhile: nothing to put the lines on
        return None
    members = services.members.members(meeting.cooperative_id)
    runner = getattr(parent, "runner", None)
    if not isinstance(runner, TaskRunner):
        runner = TaskRunner(parent)
    dialog = AttendeesDialog(
        services.meetings, runner, meeting, members, parent, drafts_for(services)
    )
    dialog.apply_draft(draft)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


register_draft_opener(DRAFT_KIND, open_attendees_draft)
