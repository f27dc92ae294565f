"""The registration form of one cooperative: eight sections, one Save, one "what to check" list.

Sections are listed on the left (Ctrl+PgDown / Ctrl+PgUp move between them); under the list,
the rule findings and what is missing for the next stage, each jumping to its field when
chosen. Fields of the cooperative itself (identity, Muskelsus, amounts, legal numbers) are
saved together with Ctrl+S; rows (members, board terms, units, payments, meetings, files) are
saved at once by their section. A new registration is saved first when a row is added, since
rows need the cooperative to exist. Everything is read in the worker (``cooperative_data``).

Typing in the unit and meeting editors that was not saved with their own button counts as
unsaved changes of the form too: it goes into the recovery draft and closing asks first.
"""

from __future__ import annotations

import logging
from dataclasses import replace
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kopdes_desktop.bootstrap import Services
from kopdes_desktop.domain.entities import Cooperative
from kopdes_desktop.domain.errors import DomainError, Issue, ValidationError
from kopdes_desktop.ui.dialogs.error_dialog import report_exception
from kopdes_desktop.ui.dialogs.record_history_dialog import show_history
from kopdes_desktop.ui.display_names import stage_name
from kopdes_desktop.ui.drafts import Draft, drafts_for
from kopdes_desktop.ui.forms.cooperative_data import (
    CooperativeData,
    load_cooperative_data,
    new_cooperative_data,
)
from kopdes_desktop.ui.forms.cooperative_sections.attachments_section import AttachmentsSection
from kopdes_desktop.ui.forms.cooperative_sections.board_section import BoardSection
from kopdes_desktop.ui.forms.cooperative_sections.capital_section import CapitalSection
from kopdes_desktop.ui.forms.cooperative_sections.identity_section import IdentitySection
from kopdes_desktop.ui.forms.cooperative_sections.legal_section import LegalSection
from kopdes_desktop.ui.forms.cooperative_sections.meetings_section import MeetingsSection
from kopdes_desktop.ui.forms.cooperative_sections.members_section import MembersSection
from kopdes_desktop.ui.forms.cooperative_sections.section_base import (
    CooperativeSection,
)
from kopdes_desktop.ui.forms.cooperative_sections.units_section import UnitsSection
from kopdes_desktop.ui.forms.cooperative_side_panel import CooperativeSidePanel
from kopdes_desktop.ui.forms.form_base import FormBase
from kopdes_desktop.ui.issue_messages import error_text
from kopdes_desktop.ui.workers import TaskRunner

log = logging.getLogger(__name__)

DRAFT_KIND = "cooperative"
MUSKELSUS_PREFIX = "muskelsus."


def prefixed(issues: list[Issue], prefix: str) -> list[Issue]:
    """Issues of a sub-record (the Muskelsus) renamed to the form's field names."""
    return [replace(i, field=f"{prefix}{i.field}") if i.field else i for i in issues]


class CooperativeForm(FormBase):
    """All sections of one cooperative; ``cooperative_id`` is None until a new one is saved."""

    loaded = Signal()
    """The sections show the latest data read from the database."""
    closed = Signal()
    """The form may go: nothing unsaved, or the operator chose to drop it."""

    def __init__(
        self,
        services: Services,
        runner: TaskRunner,
        parent: QWidget | None = None,
        *,
        cooperative_id: str | None = None,
        new: Cooperative | None = None,
    ) -> None:
        super().__init__(parent)
        if (cooperative_id is None) == (new is None):
            raise ValueError("give either cooperative_id or new")
        self.services = services
        self.runner = runner
        self._ticket = 0
        self._loaded_once = False
        self._offer_when_loaded = False
        self._pending_draft: Draft | None = None
        self._data: CooperativeData | None = None
        self._initial_id = cooperative_id
        self._fields_edited = False  # the form's own fields (not the row editors) were edited
        self._build()
        context = {"village_code": new.village_code} if new is not None else {}
        self.configure_drafts(drafts_for(services), DRAFT_KIND, cooperative_id, context)
        if new is not None:
            self._on_loaded((self._ticket, new_cooperative_data(services, new)))
        else:
            self.reload()

    # -- layout -------------------------------------------------------------------------------
    def _build(self) -> None:
        self.setObjectName("pageContent")
        self.sections: list[CooperativeSection] = [
            IdentitySection(self),
            MembersSection(self),
            BoardSection(self),
            UnitsSection(self),
            CapitalSection(self),
            LegalSection(self),
            MeetingsSection(self, go_to_muskelsus=self._on_go_to_muskelsus),
            AttachmentsSection(self),
        ]
        self.identity = self.sections[0]
        assert isinstance(self.identity, IdentitySection)
        self.stack = QStackedWidget(self)
        self.scrolls: list[QScrollArea] = []
        for section in self.sections:
            scroll = QScrollArea(self.stack)
            scroll.setWidgetResizable(True)
            scroll.setFrameShape(QFrame.Shape.NoFrame)
            scroll.viewport().setObjectName("pageContent")  # the page's calm background
            scroll.setWidget(section)
            section.setAutoFillBackground(False)  # setWidget turned it on (Fusion grey)
            self.scrolls.append(scroll)
            self.stack.addWidget(scroll)
            for name, widget in section.fields.items():
                self.add_field(name, widget, section.messages[name])
            for widget in section.extra_inputs:
                self.watch(widget)
        body = QHBoxLayout()
        body.setSpacing(16)
        body.addWidget(self._build_side())
        body.addWidget(self.stack, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 14, 20, 10)
        layout.setSpacing(8)
        layout.addLayout(self._build_header())
        layout.addWidget(self.form_message)
        layout.addLayout(body, 1)
        self._build_shortcuts()
        self.close_requested.connect(self.closed)
        self.dirty_changed.connect(self._on_dirty_changed)

    def _build_header(self) -> QHBoxLayout:
        self.title_label = QLabel(self)
        self.title_label.setObjectName("pageTitle")
        self.title_label.setWordWrap(True)
        self.subtitle_label = QLabel(self)
        self.subtitle_label.setObjectName("pageSubtitle")
        self.subtitle_label.setWordWrap(True)
        titles = QVBoxLayout()
        titles.setSpacing(2)
        titles.addWidget(self.title_label)
        titles.addWidget(self.subtitle_label)
        header = QHBoxLayout()
        header.addLayout(titles, 1)
        buttons = self.button_row()
        self.history_button = QPushButton(self.tr("Change history"), self)
        self.history_button.setToolTip(self.tr("Who changed what in this cooperative, and when"))
        self.history_button.clicked.connect(self._on_history_clicked)
        buttons.insertWidget(1, self.history_button)
        header.addLayout(buttons)
        self.save_button.setMinimumWidth(110)
        return header

    def _build_side(self) -> QWidget:
        self.side = CooperativeSidePanel([section.title() for section in self.sections], self)
        self.side.section_changed.connect(self._on_section_changed)
        self.side.field_requested.connect(self.focus_field)
        self.section_list = self.side.section_list
        self.stage_label = self.side.stage_label
        self.issues_model = self.side.issues_model
        self.issues_table = self.side.issues_table
        return self.side

    def _build_shortcuts(self) -> None:
        for keys, step in (
            (QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_PageDown), 1),
            (QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_PageUp), -1),
        ):
            shortcut = QShortcut(keys, self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(lambda step=step: self._step_section(step))

    # -- sections -----------------------------------------------------------------------------
    def _step_section(self, step: int) -> None:
        row = (self.section_list.currentRow() + step) % len(self.sections)
        self.section_list.setCurrentRow(row)

    def _on_section_changed(self, row: int) -> None:
        if row >= 0:
            self.stack.setCurrentIndex(row)

    def show_section(self, section: CooperativeSection) -> None:
        """Bring a section on screen."""
        self.section_list.setCurrentRow(self.sections.index(section))

    def current_section(self) -> CooperativeSection:
        """The section on screen."""
        return self.sections[self.stack.currentIndex()]

    def section(self, key: str) -> CooperativeSection:
        """The section with ``section_key`` ``key`` ("identity", "members", "board", …)."""
        return next(s for s in self.sections if s.section_key == key)

    def section_for(self, field_name: str) -> CooperativeSection | None:
        """The section that shows ``field_name`` (an entity field or an issue's field)."""
        return next((s for s in self.sections if s.owns(field_name)), None)

    def focus_field(self, field_name: str) -> bool:
        """Switch to the section holding ``field_name`` and put the cursor there.

        ``deed_number`` → Legalitas, ``founders`` → Pendiri & Anggota, ``board`` → Pengurus &
        Pengawas, ``units`` → Unit Usaha, ``meetings`` → Rapat… False for unknown names.
        """
        section = self.section_for(field_name)
        if section is None:
            log.info("no section shows field %s", field_name)
            return False
        self.show_section(section)
        target = section.focus_target(field_name)
        if target is not None:
            self._reveal(section, target)
            QTimer.singleShot(0, lambda: self._reveal(section, target))
        return True

    def _reveal(self, section: CooperativeSection, target: QWidget) -> None:
        scroll = self.scrolls[self.sections.index(section)]
        scroll.ensureWidgetVisible(target, 40, 60)
        target.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_go_to_muskelsus(self) -> None:
        self.focus_field("muskelsus.meeting_date")

    # -- data ---------------------------------------------------------------------------------
    @property
    def data(self) -> CooperativeData:
        """The latest bundle read from the database (or of the unsaved registration)."""
        assert self._data is not None
        return self._data

    @property
    def cooperative_id(self) -> str | None:
        """The id of the saved cooperative; None while a registration is not saved yet."""
        if self._data is not None and self._data.saved:
            return self._data.cooperative.id
        return self._initial_id

    def is_loaded(self) -> bool:
        """True once data arrived (sections can be used)."""
        return self._loaded_once

    def reload(self) -> None:
        """Read the cooperative and its records again in the worker."""
        cooperative_id = self.cooperative_id
        if cooperative_id is None:
            return
        self._ticket += 1
        ticket = self._ticket
        services = self.services
        self.runner.start(
            lambda _c: (ticket, load_cooperative_data(services, cooperative_id)),
            on_finished=self._on_loaded,
            on_failed=self._on_load_failed,
        )

    def _on_load_failed(self, exc: BaseException) -> None:
        if isinstance(exc, DomainError):
            self.report_error(exc)
        else:
            report_exception(exc, self)

    def _on_loaded(self, outcome: tuple[int, CooperativeData]) -> None:
        ticket, data = outcome
        if ticket != self._ticket:
            return
        self._data = data
        keep = self.is_dirty()
        with self.loading():
            for section in self.sections:
                section.load(data, keep_edits=keep)
        if not keep:
            for widget in self._fields.values():
                if isinstance(widget, QLineEdit):
                    widget.setCursorPosition(0)  # long names read from their start
        self._show_header(data)
        self.side.set_checks(data.issues, data.gaps)
        first = not self._loaded_once
        self._loaded_once = True
        self.loaded.emit()
        if first and self._pending_draft is not None:
            draft, self._pending_draft = self._pending_draft, None
            self.apply_draft(draft)
        elif first and self._offer_when_loaded:
            self._offer_when_loaded = False
            super().offer_draft()

    def _show_header(self, data: CooperativeData) -> None:
        coop = data.cooperative
        self.title_label.setText(coop.name or self.tr("New cooperative"))
        if data.saved:
            self.stage_label.setText(self.tr("Stage: {stage}").format(stage=stage_name(data.stage)))
        else:
            self.stage_label.setText(self.tr("Not saved yet: type the identity and press Ctrl+S."))
        self.subtitle_label.setText(data.area_text)
        self.history_button.setEnabled(data.saved)

    def _on_history_clicked(self) -> None:
        coop_id = self.cooperative_id
        if coop_id is None:
            return
        audit = self.services.audit
        title = self.data.cooperative.name
        self.history_dialog = show_history(lambda: audit.cooperative_history(coop_id), title, self)

    def _on_dirty_changed(self, dirty: bool) -> None:
        if dirty:
            self.status_label.setProperty("state", "dirty")
            self.status_label.setText(self.tr("Unsaved changes"))
            self._repolish(self.status_label)

    # -- what the sections ask ------------------------------------------------------------------
    def typed_cooperative(self) -> Cooperative:
        """The cooperative with every section's fields as typed."""
        coop = self.data.cooperative
        for section in self.sections:
            coop = section.apply(coop)
        return coop

    def ensure_saved(self) -> str | None:
        """The id for a row to hang on; a new registration is saved first (None if refused)."""
        if self._data is not None and self._data.saved:
            return self._data.cooperative.id
        return self.data.cooperative.id if self.save() else None

    def report_error(self, exc: DomainError, field_prefix: str = "") -> None:
        """A refusal of a row action: a message box with the translated sentence."""
        QMessageBox.warning(self, self.tr("Not saved"), error_text(exc))

    # -- row editors ----------------------------------------------------------------------------
    def editor_changed(self) -> None:
        """A unit or meeting is being typed: the form has unsaved changes (and a draft)."""
        if not self._loading:
            self.mark_dirty()

    def editor_settled(self) -> None:
        """A row editor's typing was saved or dropped; clean when nothing else is pending."""
        if self._dirty and not self._fields_edited and not self._editors_dirty():
            self.set_clean()
            self.discard_draft()
            self.status_label.clear()

    def _editors_dirty(self) -> list[CooperativeSection]:
        return [s for s in self.sections if s.editor_dirty]

    def _on_edited(self, *args: object) -> None:
        if not self._loading:
            self._fields_edited = True
        super()._on_edited(*args)

    def save_pending(self) -> bool:
        """Save everything typed: the form's fields, then each row editor with typing; False
        (with the section of the refusal on screen) when something was refused."""
        if self._fields_edited and not self.save():
            return False
        for section in self._editors_dirty():
            if not section.save_editor():
                self.show_section(section)
                return False
        return True

    # -- FormBase hooks -------------------------------------------------------------------------
    def live_issues(self) -> list[Issue]:
        issues: list[Issue] = []
        for section in self.sections:
            issues += section.local_issues()
        if any(i.is_error for i in issues):
            return issues
        coop = self.typed_cooperative()
        issues += self.services.cooperatives.field_issues(coop)
        meeting = self.identity.muskelsus_meeting(coop.id)
        if meeting is not None:
            issues += prefixed(self.services.meetings.check(meeting), MUSKELSUS_PREFIX)
        return issues

    def save_record(self) -> Cooperative:
        saved = self.services.cooperatives.save(self.typed_cooperative())
        meeting = self.identity.muskelsus_meeting(saved.id)
        if meeting is not None:
            try:
                self.services.meetings.save(meeting)
            except ValidationError as exc:
                raise ValidationError(prefixed(list(exc.issues), MUSKELSUS_PREFIX)) from exc
        return saved

    def _after_save(self, record: Any) -> None:
        was_new = not self.data.saved
        self._data = replace(self.data, cooperative=record, saved=True)
        self._initial_id = record.id
        self._fields_edited = False
        super()._after_save(record)
        if was_new:
            self.discard_draft()
            self.configure_drafts(drafts_for(self.services), DRAFT_KIND, record.id)
        if self._editors_dirty():  # a unit or meeting typed but not saved is still pending
            self.mark_dirty()
        self._show_header(self.data)
        self.reload()

    def _refuse(self) -> None:
        """Show the section of the first error before the base class focuses its field."""
        bad = next((i.field for i in self.current_issues if i.is_error and i.field), None)
        section = self.section_for(bad) if bad else None
        if section is not None:
            self.show_section(section)
        super()._refuse()

    def draft_state(self) -> dict[str, Any]:
        return {"sections": {s.section_key: s.draft_state() for s in self.sections}}

    def restore_draft(self, state: dict[str, Any]) -> None:
        before = self._field_states()
        stored = state.get("sections") or {}
        for section in self.sections:
            if section.section_key in stored:
                section.restore_draft(stored[section.section_key])
        # Only a draft that differs from what was loaded leaves the form's fields to save.
        self._fields_edited = self._field_states() != before

    def _field_states(self) -> dict[str, Any]:
        """The form fields as typed, per section (row editors left out)."""
        states = {s.section_key: dict(s.draft_state()) for s in self.sections}
        for state in states.values():
            state.pop("editor", None)
        return states

    def draft_title(self) -> str:
        name = " ".join(self.identity.name_edit.text().split()) or self.tr("(no name yet)")
        return self.tr("Cooperative: {name}").format(name=name)

    def apply_draft_when_loaded(self, draft: Draft) -> None:
        """Apply a draft chosen at start-up as soon as the data is in (no second question)."""
        self._draft_settled = True
        if self._loaded_once:
            self.apply_draft(draft)
        else:
            self._pending_draft = draft

    def offer_draft(self) -> bool:
        """Offer a stored draft only once the data is in, so loading cannot overwrite it."""
        if not self._loaded_once:
            self._offer_when_loaded = True
            return False
        return super().offer_draft()

    def request_close(self) -> bool:
        """Close as Esc does (asking about unsaved changes); False when the user stayed."""
        if not self.may_close():
            return False
        self.close_requested.emit()
        return True
