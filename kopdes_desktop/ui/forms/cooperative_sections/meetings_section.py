"""Rapat: every meeting of the cooperative (sosialisasi, founders' meeting, RAT, others) and
their attendance lists.

The Muskelsus is listed too, but its facts are typed under Identitas & Muskelsus (one sheet
of paper, one place); its attendance list is edited here like every other.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtGui import QIntValidator
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kopdes_desktop.domain.entities import Meeting
from kopdes_desktop.domain.enums import MeetingKind
from kopdes_desktop.domain.errors import DomainError, Issue, ValidationError, error
from kopdes_desktop.ui.dialogs.attendees_dialog import AttendeesDialog
from kopdes_desktop.ui.display_names import meeting_kind_name
from kopdes_desktop.ui.drafts import drafts_for
from kopdes_desktop.ui.forms.cooperative_data import CooperativeData
from kopdes_desktop.ui.forms.cooperative_sections.section_base import (
    CooperativeSection,
    SectionHost,
    data_table,
    form_layout,
    hint,
    run_dialog,
    select_record,
    stretch,
)
from kopdes_desktop.ui.models.meetings_table_model import MeetingColumn, MeetingsTableModel
from kopdes_desktop.ui.models.row_table_model import RowRole
from kopdes_desktop.ui.widgets.form_fields import DateField, FieldMessage

EDITABLE_KINDS = (
    MeetingKind.SOSIALISASI,
    MeetingKind.PENDIRIAN,
    MeetingKind.RAT,
    MeetingKind.LAINNYA,
)


class MeetingsSection(CooperativeSection):
    """Meeting list, an editor for one meeting, and its attendance list."""

    section_key = "meetings"
    extra_fields = frozenset({"meetings", "meeting", "attendees"})

    def __init__(
        self, host: SectionHost, parent: QWidget | None = None, go_to_muskelsus=None
    ) -> None:
        super().__init__(host, parent)
        self._data: CooperativeData | None = None
        self._editing: Meeting | None = None
        self._go_to_muskelsus = go_to_muskelsus
        self._holding_typing = False
        self._build()

    def title(self) -> str:
        return self.tr("Meetings")

    # -- layout -------------------------------------------------------------------------------
    def _build(self) -> None:
        self.model = MeetingsTableModel(self)
        self.table = data_table(self)
        self.table.setModel(self.model)
        stretch(self.table, MeetingColumn.TITLE)
        self.table.selectionModel().currentRowChanged.connect(self._on_row_changed)
        self.attendees_button = QPushButton(self.tr("Attendance list…"), self)
        self.attendees_button.clicked.connect(self.edit_attendees)
        self.attendees_label = QLabel(self)
        bar = QHBoxLayout()
        bar.addWidget(
            hint(
                self.tr(
                    "Sosialisasi, Muskelsus, founders' meeting and the yearly "
                    "RAT; the attendance list of each is printed as the daftar "
                    "hadir."
                ),
                self,
            ),
            1,
        )
        bar.addWidget(self.attendees_label)
        bar.addWidget(self.attendees_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self._editor())

    def _editor(self) -> QWidget:
        self.editor_box = QGroupBox(self.tr("New meeting"), self)
        self.kind_combo = QComboBox(self.editor_box)
        for kind in EDITABLE_KINDS:
            self.kind_combo.addItem(meeting_kind_name(kind), kind.value)
        self.title_edit = QLineEdit(self.editor_box)
        self.date_edit = DateField(self.editor_box)
        self.time_edit = QLineEdit(self.editor_box)
        self.time_edit.setPlaceholderText(self.tr("e.g. 13.00"))
        self.time_edit.setMaximumWidth(90)
        self.place_edit = QLineEdit(self.editor_box)
        self.count_edit = QLineEdit(self.editor_box)
        self.count_edit.setValidator(QIntValidator(0, 1_000_000, self.count_edit))
        self.count_edit.setMaximumWidth(90)
        self.notes_edit = QLineEdit(self.editor_box)
        self.editor_messages: dict[str, FieldMessage] = {}
        left, right = form_layout(), form_layout()
        for form, name, label, widget in (
            (left, "kind", self.tr("Kind:"), self.kind_combo),
            (left, "title", self.tr("Title:"), self.title_edit),
            (left, "meeting_date", self.tr("Date:"), self.date_edit),
            (left, "start_time", self.tr("Time (WIB):"), self.time_edit),
            (right, "place", self.tr("Place:"), self.place_edit),
            (right, "attendance_count", self.tr("People present:"), self.count_edit),
            (right, "notes", self.tr("Notes:"), self.notes_edit),
        ):
            message = FieldMessage(self.editor_box)
            self.editor_messages[name] = message
            box = QWidget(self.editor_box)
            box_layout = QVBoxLayout(box)
            box_layout.setContentsMargins(0, 0, 0, 0)
            box_layout.setSpacing(2)
            box_layout.addWidget(widget)
            box_layout.addWidget(message)
            box.setFocusProxy(widget)
            form.addRow(label, box)
        self.muskelsus_note = hint(
            self.tr("The Muskelsus is typed under Identity & Muskelsus."), self.editor_box
        )
        self.muskelsus_button = QPushButton(self.tr("Go to the Muskelsus"), self.editor_box)
        self.muskelsus_button.clicked.connect(self._on_go_to_muskelsus)
        self.new_button = QPushButton(self.tr("New meeting"), self.editor_box)
        self.new_button.clicked.connect(self.start_new)
        self.save_button = QPushButton(self.tr("Save meeting"), self.editor_box)
        self.save_button.clicked.connect(self.save_meeting)
        self.delete_button = QPushButton(self.tr("Delete meeting"), self.editor_box)
        self.delete_button.clicked.connect(self._on_delete_clicked)
        buttons = QHBoxLayout()
        buttons.addWidget(self.muskelsus_note)
        buttons.addWidget(self.muskelsus_button)
        buttons.addStretch(1)
        buttons.addWidget(self.delete_button)
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.save_button)
        columns = QHBoxLayout()
        columns.setSpacing(16)
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        outer = QVBoxLayout(self.editor_box)
        outer.addLayout(columns)
        outer.addLayout(buttons)
        self.watch_editor(
            self.kind_combo,
            self.title_edit,
            self.date_edit,
            self.time_edit,
            self.place_edit,
            self.count_edit,
            self.notes_edit,
        )
        self._edit(None)
        return self.editor_box

    # -- data ---------------------------------------------------------------------------------
    def load(self, data: CooperativeData, *, keep_edits: bool = False) -> None:
        self._data = data
        editing = self._editing.id if self._editing else None
        # A reload after another save must not overwrite a meeting being typed.
        self._holding_typing = keep_edits and self.editor_dirty
        try:
            self.model.set_rows(list(data.meetings))
            row = self.model.row_of(editing) if editing else -1
            if row >= 0:
                self.table.setCurrentIndex(self.model.index(row, 0))
        finally:
            self._holding_typing = False
        self._update_attendees()

    def focus_target(self, field_name: str) -> QWidget | None:
        return self.table if self.model.rowCount() else self.kind_combo

    def _selected(self) -> Meeting | None:
        index = self.table.currentIndex()
        return index.data(RowRole) if index.isValid() else None

    def _on_row_changed(self, *_args: object) -> None:
        if not self._holding_typing:
            self._edit(self._selected())
        self._update_attendees()

    def _update_attendees(self) -> None:
        meeting = self._selected()
        self.attendees_button.setEnabled(meeting is not None)
        if meeting is None or self._data is None:
            self.attendees_label.clear()
            return
        count = self._data.attendee_counts.get(meeting.id, 0)
        self.attendees_label.setText(self.tr("{count} on the list").format(count=count))

    def _edit(self, meeting: Meeting | None) -> None:
        self.settle_editor()
        with self.filling_editor():
            self._fill_editor(meeting)

    def _fill_editor(self, meeting: Meeting | None) -> None:
        self._editing = meeting
        muskelsus = meeting is not None and meeting.kind is MeetingKind.MUSKELSUS
        self.editor_box.setTitle(self.tr("Edit meeting") if meeting else self.tr("New meeting"))
        for widget in (
            self.kind_combo,
            self.title_edit,
            self.date_edit,
            self.time_edit,
            self.place_edit,
            self.count_edit,
            self.notes_edit,
            self.save_button,
            self.delete_button,
        ):
            widget.setEnabled(not muskelsus)
        self.delete_button.setEnabled(meeting is not None and not muskelsus)
        self.muskelsus_note.setVisible(muskelsus)
        self.muskelsus_button.setVisible(muskelsus)
        if muskelsus:
            return
        kind = meeting.kind if meeting else MeetingKind.SOSIALISASI
        self.kind_combo.setCurrentIndex(max(0, self.kind_combo.findData(kind.value)))
        self.title_edit.setText(meeting.title if meeting else "")
        self.date_edit.setDate(meeting.meeting_date if meeting else None)
        self.time_edit.setText(meeting.start_time if meeting else "")
        self.place_edit.setText(meeting.place if meeting else "")
        count = meeting.attendance_count if meeting else None
        self.count_edit.setText("" if count is None else str(count))
        self.notes_edit.setText(meeting.notes if meeting else "")
        for message in self.editor_messages.values():
            message.clear()

    def start_new(self) -> None:
        """Empty the editor for a new meeting."""
        self.table.setCurrentIndex(self.model.index(-1, 0))
        self._edit(None)
        self._update_attendees()
        self.kind_combo.setFocus()

    def typed_meeting(self, cooperative_id: str) -> Meeting | None:
        """The meeting as typed; None (with a message) when the date is missing."""
        day = self.date_edit.date()
        if day is None:
            self._show(
                [error("meeting.date_required", "meeting_date")]
                if self.date_edit.is_empty()
                else [error("date.invalid", "meeting_date", value=self.date_edit.text())]
            )
            return None
        count = self.count_edit.text().strip()
        values = {
            "cooperative_id": cooperative_id,
            "kind": MeetingKind(self.kind_combo.currentData()),
            "title": self.title_edit.text().strip(),
            "meeting_date": day,
            "start_time": self.time_edit.text().strip(),
            "place": self.place_edit.text().strip(),
            "attendance_count": int(count) if count else None,
            "notes": self.notes_edit.text().strip(),
        }
        if self._editing is not None:
            return replace(self._editing, **values)
        return Meeting(**values)  # type: ignore[arg-type]

    def save_meeting(self) -> Meeting | None:
        """Save the editor's meeting; refusals appear under the fields."""
        cooperative_id = self.host.ensure_saved()
        if cooperative_id is None:
            return None
        meeting = self.typed_meeting(cooperative_id)
        if meeting is None:
            return None
        try:
            saved = self.host.services.meetings.save(meeting)
        except ValidationError as exc:
            self._show(list(exc.issues))
            return None
        except DomainError as exc:
            self.host.report_error(exc)
            return None
        self._editing = saved
        self.settle_editor()
        self.host.reload()
        return saved

    def editor_inputs(self) -> dict[str, QLineEdit | QComboBox]:
        return {
            "kind": self.kind_combo,
            "title": self.title_edit,
            "meeting_date": self.date_edit,
            "start_time": self.time_edit,
            "place": self.place_edit,
            "attendance_count": self.count_edit,
            "notes": self.notes_edit,
        }

    def editing_id(self) -> str | None:
        return self._editing.id if self._editing else None

    def show_editing(self, record_id: str | None) -> None:
        if not select_record(self.table, self.model, record_id):
            self._edit(None)  # a new meeting, or the meeting was deleted meanwhile

    def set_editor_state(self, state: dict[str, Any]) -> None:
        super().set_editor_state(state)
        self._update_attendees()

    def draft_state(self) -> dict[str, Any]:
        return self.draft_editor()

    def restore_draft(self, state: dict[str, Any]) -> None:
        self.restore_editor(state)

    def save_editor(self) -> bool:
        return self.save_meeting() is not None

    def _show(self, issues: list[Issue]) -> None:
        for name, message in self.editor_messages.items():
            message.set_issues([i for i in issues if i.field == name])

    def edit_attendees(self) -> None:
        """Open the attendance list of the selected meeting."""
        meeting = self._selected()
        if meeting is None or self._data is None:
            return
        dialog = AttendeesDialog(
            self.host.services.meetings,
            self.host.runner,
            meeting,
            self._data.current_members(),
            self,
            drafts_for(self.host.services),
        )
        if run_dialog(dialog):
            self.host.reload()

    def _on_go_to_muskelsus(self) -> None:
        if self._go_to_muskelsus is not None:
            self._go_to_muskelsus()

    def _on_delete_clicked(self) -> None:
        meeting = self._editing
        if meeting is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete meeting"),
            self.tr("Delete the meeting of {date} with its attendance list?").format(
                date=meeting.meeting_date.strftime("%d-%m-%Y")
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self.host.services.meetings.delete(meeting.id)
        except DomainError as exc:
            self.host.report_error(exc)
        self._edit(None)
        self.host.reload()
