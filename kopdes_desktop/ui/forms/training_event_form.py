"""The training event form: what the training is (title, organiser, funding, dates, venue,
mode, hours, topics of the standard syllabus plus free text) and who took part.

One Ctrl+S saves the event with its whole participant list in one transaction
(``TrainingService.save_event_with_participants``): the list is stored completely or not at
all, and "Tersimpan" appears only after the service returned.
"""

from __future__ import annotations

from dataclasses import asdict, replace
from datetime import date
from itertools import pairwise
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from kopdes_desktop.bootstrap import Services
from kopdes_desktop.domain.entities import Person, TrainingEvent, TrainingParticipant, new_id
from kopdes_desktop.domain.enums import (
    STANDARD_TRAINING_TOPICS,
    CertificateType,
    ParticipantRole,
    TrainingMode,
)
from kopdes_desktop.domain.errors import Issue, error
from kopdes_desktop.services.training_service import check_event
from kopdes_desktop.ui.dialogs.record_history_dialog import show_history
from kopdes_desktop.ui.display_names import training_mode_name, training_topic_name
from kopdes_desktop.ui.drafts import Draft, drafts_for, register_draft_opener
from kopdes_desktop.ui.forms.form_base import FormDialog
from kopdes_desktop.ui.models.training_participants_table_model import ParticipantLine
from kopdes_desktop.ui.widgets.form_fields import DateField
from kopdes_desktop.ui.widgets.training_participants_editor import TrainingParticipantsEditor
from kopdes_desktop.ui.workers import TaskRunner

DRAFT_KIND = "training_event"
TOPIC_COLUMNS = 3
MAX_HOURS = 999
ORGANISERS = (
    "Kementerian Koperasi",
    "Dinas PPKUKM Provinsi DKI Jakarta",
    "Sudin PPKUKM",
    "Pusdiklat PPKUKM",
)
FUNDING_SOURCES = ("APBN", "APBD", "CSR / mitra", "Swadaya")
_DATE_FIELDS = ("certificate_issued", "certificate_expires")


class TrainingEventForm(FormDialog):
    """A training event with its participants; ``saved`` carries the stored event."""

    def __init__(
        self,
        services: Services,
        event_id: str | None = None,
        runner: TaskRunner | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._runner = runner if runner is not None else TaskRunner(self)
        self._stored = services.training.get_event(event_id) if event_id else None
        self._event_id = event_id or new_id()
        self.setWindowTitle(
            self.tr("Training event") if event_id else self.tr("New training event")
        )
        self._build(services.settings.get().area_code)
        with self.loading():
            if self._stored is not None:
                self._fill(self._stored)
                self.participants.load(self._stored.id)
            else:
                self.participants.event_id = self._event_id
            self._on_dates_changed()
        self._fit_to_screen()
        self.configure_drafts(drafts_for(services), DRAFT_KIND, event_id)

    # --- building -----------------------------------------------------------------------
    def _build(self, area_code: str | None) -> None:
        self.title_edit = QLineEdit(self)
        self.title_edit.setPlaceholderText(self.tr("e.g. Pelatihan Pengurus dan Pengawas KKMP"))
        self.organiser_edit = self._suggesting_edit(ORGANISERS)
        self.funding_edit = self._suggesting_edit(FUNDING_SOURCES)
        self.start_edit = DateField(self)
        self.end_edit = DateField(self)
        self.venue_edit = QLineEdit(self)
        self.mode_combo = QComboBox(self)
        for mode in TrainingMode:
            self.mode_combo.addItem(training_mode_name(mode), mode)
        self.hours_spin = QSpinBox(self)
        self.hours_spin.setRange(0, MAX_HOURS)
        self.hours_spin.setSpecialValueText("—")
        self.hours_spin.setSuffix(self.tr(" hours"))
        self.hours_spin.setMaximumWidth(150)
        for field in (self.start_edit, self.end_edit):
            field.date_changed.connect(self._on_dates_changed)
        self.participants = TrainingParticipantsEditor(
            self._services, self._runner, area_code, self
        )
        self.participants.changed.connect(self._on_edited)
        people = QGroupBox(self.tr("Participants"), self)
        QVBoxLayout(people).addWidget(self.participants)
        layout = QVBoxLayout(self)
        layout.setSpacing(8)
        layout.addLayout(self._fields_grid())
        layout.addWidget(self._topics_box())
        layout.addWidget(people, 1)
        layout.addWidget(self.form_message)
        buttons = self.button_row()
        self.history_button = QPushButton(self.tr("Change history"), self)
        self.history_button.setAutoDefault(False)
        self.history_button.setEnabled(self._stored is not None)
        self.history_button.clicked.connect(self._on_history_clicked)
        buttons.insertWidget(1, self.history_button)
        layout.addLayout(buttons)
        self._set_tab_order()

    def _on_history_clicked(self) -> None:
        audit, event_id = self._services.audit, self._event_id
        title = self.title_edit.text().strip() or self.windowTitle()
        self.history_dialog = show_history(lambda: audit.training_history(event_id), title, self)

    def _set_tab_order(self) -> None:
        """Tab and Enter go down the left column, then the right one, then topics and the
        participant list, as the paper form reads."""
        editor = self.participants
        chain = [
            self.title_edit,
            self.organiser_edit,
            self.funding_edit,
            self.venue_edit,
            self.start_edit,
            self.end_edit,
            self.mode_combo,
            self.hours_spin,
            *self.topic_boxes.values(),
            self.other_topics_edit,
            editor.add_member_button,
            editor.add_outsider_button,
            editor.all_present_button,
            editor.remove_button,
            editor.table,
            self.save_button,
            self.cancel_button,
        ]
        for first, second in pairwise(chain):
            self.setTabOrder(first, second)

    def _fields_grid(self) -> QGridLayout:
        """Two columns: what and who on the left, when and how on the right."""
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(4)
        grid.setColumnStretch(1, 3)
        grid.setColumnStretch(3, 1)
        rows = [
            ((self.tr("Title:"), "title", self.title_edit), None),
            (
                (self.tr("Organiser:"), "organiser", self.organiser_edit),
                (self.tr("Start date:"), "start_date", self.start_edit),
            ),
            (
                (self.tr("Funding source:"), "funding_source", self.funding_edit),
                (self.tr("End date:"), "end_date", self.end_edit),
            ),
            (
                (self.tr("Venue:"), "venue", self.venue_edit),
                (self.tr("Mode:"), "mode", self.mode_combo),
            ),
            (None, (self.tr("Hours:"), "hours", self.hours_spin)),
        ]
        for row, (left, right) in enumerate(rows):
            for column, part in ((0, left), (2, right)):
                if part is None:
                    continue
                label_text, name, widget = part
                label = QLabel(label_text, self)
                label.setBuddy(widget)
                label.setContentsMargins(0, 4, 0, 0)  # level with the field's text
                grid.addWidget(label, row, column, Qt.AlignmentFlag.AlignTop)
                span = 3 if right is None else 1
                grid.addWidget(self.field_box(name, widget), row, column + 1, 1, span)
        return grid

    def _suggesting_edit(self, suggestions: tuple[str, ...]) -> QLineEdit:
        edit = QLineEdit(self)
        completer = QCompleter(list(suggestions), edit)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        edit.setCompleter(completer)
        return edit

    def _topics_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Topics (standard syllabus)"), self)
        grid = QGridLayout(box)
        grid.setVerticalSpacing(2)
        self.topic_boxes: dict[str, QCheckBox] = {}
        for i, code in enumerate(STANDARD_TRAINING_TOPICS):
            check = QCheckBox(training_topic_name(code), box)
            self.topic_boxes[code] = check
            self.watch(check)
            grid.addWidget(check, i // TOPIC_COLUMNS, i % TOPIC_COLUMNS)
        self.other_topics_edit = QLineEdit(box)
        self.other_topics_edit.setPlaceholderText(
            self.tr("Other topics, separated by semicolons (e.g. tata kelola; pembukuan)")
        )
        row = (len(STANDARD_TRAINING_TOPICS) + TOPIC_COLUMNS - 1) // TOPIC_COLUMNS
        grid.addWidget(QLabel(self.tr("Other topics:"), box), row, 0)
        grid.addWidget(
            self.field_box("topics", self.other_topics_edit), row, 1, 1, TOPIC_COLUMNS - 1
        )
        return box

    def _fit_to_screen(self) -> None:
        screen = QGuiApplication.primaryScreen()
        width, height = 1180, 700
        if screen is not None:
            available = screen.availableGeometry()
            width = min(width, available.width() - 40)
            height = min(height, available.height() - 40)
        self.resize(width, height)

    # --- values -------------------------------------------------------------------------
    def _fill(self, event: TrainingEvent) -> None:
        self.title_edit.setText(event.title)
        self.organiser_edit.setText(event.organiser)
        self.funding_edit.setText(event.funding_source)
        self.start_edit.setDate(event.start_date)
        self.end_edit.setDate(event.end_date)
        self.venue_edit.setText(event.venue)
        self.mode_combo.setCurrentIndex(self.mode_combo.findData(event.mode))
        self.hours_spin.setValue(event.hours or 0)
        others = [t for t in event.topics if t not in self.topic_boxes]
        for code, check in self.topic_boxes.items():
            check.setChecked(code in event.topics)
        self.other_topics_edit.setText("; ".join(others))

    def topics(self) -> tuple[str, ...]:
        """Checked syllabus codes in syllabus order, then the free-text topics as typed."""
        chosen = [code for code, check in self.topic_boxes.items() if check.isChecked()]
        others = [t.strip() for t in self.other_topics_edit.text().split(";") if t.strip()]
        return tuple(chosen + others)

    def typed_event(self) -> TrainingEvent | None:
        """The event as typed, or None while a date is missing or impossible."""
        start, end = self.start_edit.date(), self.end_edit.date()
        if start is None or end is None:
            return None
        base = self._stored or TrainingEvent(
            id=self._event_id, title="", start_date=start, end_date=end
        )
        return replace(
            base,
            title=self.title_edit.text().strip(),
            organiser=self.organiser_edit.text().strip(),
            funding_source=self.funding_edit.text().strip(),
            start_date=start,
            end_date=end,
            venue=self.venue_edit.text().strip(),
            mode=TrainingMode(self.mode_combo.currentData()),
            topics=self.topics(),
            hours=self.hours_spin.value() or None,
        )

    # --- FormDialog hooks ---------------------------------------------------------------
    def live_issues(self) -> list[Issue]:
        """Date problems, the event rules and the participant lines' findings."""
        issues: list[Issue] = []
        for name, field in (("start_date", self.start_edit), ("end_date", self.end_edit)):
            if field.is_empty():
                issues.append(error("date.required", name))
            elif field.date() is None:
                issues.append(error("date.invalid", name, value=field.text()))
        event = self.typed_event()
        if event is not None:
            issues += check_event(event)
        elif not self.title_edit.text().strip():
            issues.append(error("training.title_required", "title"))
        return issues + self.participants.live_issues()

    def show_issues(self, issues: Any) -> None:
        """Participant problems go under the participant table, with the person's name."""
        found = list(issues)
        lines = [i for i in found if "person_id" in i.params]
        super().show_issues([i for i in found if "person_id" not in i.params])
        self.current_issues = found
        self.participants.show_issues(lines)

    def save_record(self) -> TrainingEvent:
        """Event, participant lines and removals in one transaction."""
        event = self.typed_event()
        assert event is not None  # live_issues refused missing dates already
        lines = [
            replace(line.participant, event_id=event.id) for line in self.participants.model.lines()
        ]
        saved, _ = self._services.training.save_event_with_participants(
            event, lines, removed_ids=sorted(self.participants.model.removed_ids())
        )
        return saved

    def draft_title(self) -> str:
        """ "Pelatihan: <title>" in the start-up recovery question."""
        return self.tr("Training: {title}").format(
            title=self.title_edit.text().strip() or self.tr("(no title)")
        )

    def draft_state(self) -> dict[str, Any]:
        """Every field as typed, and the participant lines with the names they show."""
        return {
            "title": self.title_edit.text(),
            "organiser": self.organiser_edit.text(),
            "funding_source": self.funding_edit.text(),
            "start_date": self.start_edit.text(),
            "end_date": self.end_edit.text(),
            "venue": self.venue_edit.text(),
            "mode": str(self.mode_combo.currentData()),
            "hours": self.hours_spin.value(),
            "topics": [c for c, check in self.topic_boxes.items() if check.isChecked()],
            "other_topics": self.other_topics_edit.text(),
            "participants": [_line_state(line) for line in self.participants.model.lines()],
        }

    def restore_draft(self, state: dict[str, Any]) -> None:
        """Put a draft back, participant lines included."""
        for name, edit in (
            ("title", self.title_edit),
            ("organiser", self.organiser_edit),
            ("funding_source", self.funding_edit),
            ("venue", self.venue_edit),
            ("start_date", self.start_edit),
            ("end_date", self.end_edit),
            ("other_topics", self.other_topics_edit),
        ):
            edit.setText(str(state.get(name, "")))
        self.mode_combo.setCurrentIndex(
            max(
                0,
                self.mode_combo.findData(
                    TrainingMode(state.get("mode", TrainingMode.LURING.value))
                ),
            )
        )
        self.hours_spin.setValue(int(state.get("hours") or 0))
        for code, check in self.topic_boxes.items():
            check.setChecked(code in state.get("topics", []))
        # Stored lines missing from the draft were removed in it: saving deletes them.
        self.participants.model.set_lines(
            [_line_from_state(s) for s in state.get("participants", [])], saved=False
        )
        self._on_dates_changed()

    # --- slots --------------------------------------------------------------------------
    def _on_dates_changed(self) -> None:
        """Day columns follow the dates as soon as both are complete."""
        event = self.typed_event()
        if event is not None:
            self.participants.model.set_event(event)


def _line_state(line: ParticipantLine) -> dict[str, Any]:
    """A participant line as JSON (dates as ISO text)."""
    p = asdict(line.participant)
    for key in ("created_at", "updated_at", "deleted_at"):
        p.pop(key, None)
    p["attendance"] = [d.isoformat() for d in line.participant.attendance]
    for key in _DATE_FIELDS:
        p[key] = p[key].isoformat() if p[key] else None
    return {
        "participant": p,
        "name": line.person.name,
        "nik": line.person.nik,
        "cooperative_name": line.cooperative_name,
    }


def _line_from_state(state: dict[str, Any]) -> ParticipantLine:
    p = dict(state["participant"])
    p["attendance"] = tuple(date.fromisoformat(d) for d in p.get("attendance", []))
    for key in _DATE_FIELDS:
        p[key] = date.fromisoformat(p[key]) if p.get(key) else None
    p["role"] = ParticipantRole(p["role"])
    p["certificate_type"] = CertificateType(p["certificate_type"])
    participant = TrainingParticipant(**p)
    person = Person(id=participant.person_id, name=state.get("name", ""), nik=state.get("nik"))
    return ParticipantLine(participant, person, state.get("cooperative_name", ""))


def _open_draft(services: Services, parent: QWidget | None, draft: Draft) -> QWidget:
    """Reopen a training event form from its recovery draft (start-up recovery)."""
    record = None if draft.record_id == "new" else draft.record_id
    form = TrainingEventForm(services, record, parent=parent)
    form.apply_draft(draft)
    form.show()
    return form


register_draft_opener(DRAFT_KIND, _open_draft)
