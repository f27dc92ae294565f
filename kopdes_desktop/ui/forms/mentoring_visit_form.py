"""One mentoring visit (pendampingan) to a cooperative: when, who came, what was discussed,
what they found and what follows."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QPlainTextEdit, QVBoxLayout, QWidget

from kopdes_desktop.bootstrap import Services
from kopdes_desktop.domain.entities import MentoringVisit, new_id
from kopdes_desktop.domain.errors import Issue, error
from kopdes_desktop.ui.drafts import Draft, drafts_for, register_draft_opener
from kopdes_desktop.ui.forms.form_base import FormDialog
from kopdes_desktop.ui.widgets.form_fields import DateField

DRAFT_KIND = "mentoring_visit"
NOTES_HEIGHT = 90


class MentoringVisitForm(FormDialog):
    """Date, mentor, topics, findings and follow-up of a visit."""

    def __init__(
        self,
        services: Services,
        cooperative_id: str,
        cooperative_name: str,
        visit: MentoringVisit | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._cooperative_id = cooperative_id
        self._stored = visit
        self._visit_id = visit.id if visit else new_id()
        self.setWindowTitle(self.tr("Mentoring visit") if visit else self.tr("New mentoring visit"))
        self.resize(620, 520)
        self._build(cooperative_name)
        if visit is not None:
            with self.loading():
                self.date_edit.setDate(visit.visit_date)
                self.mentor_edit.setText(visit.mentor_name)
                self.topics_edit.setText(visit.topics)
                self.findings_edit.setPlainText(visit.findings)
                self.follow_up_edit.setPlainText(visit.follow_up)
        self.configure_drafts(
            drafts_for(services),
            DRAFT_KIND,
            visit.id if visit else None,
            context={"cooperative_id": cooperative_id, "cooperative_name": cooperative_name},
        )

    def _build(self, cooperative_name: str) -> None:
        self.date_edit = DateField(self)
        self.mentor_edit = QLineEdit(self)
        self.mentor_edit.setPlaceholderText(self.tr("Name of the business assistant or PMO"))
        self.topics_edit = QLineEdit(self)
        self.findings_edit = QPlainTextEdit(self)
        self.follow_up_edit = QPlainTextEdit(self)
        for edit in (self.findings_edit, self.follow_up_edit):
            edit.setTabChangesFocus(True)
            edit.setMinimumHeight(NOTES_HEIGHT)
        coop = QLabel(cooperative_name, self)
        coop.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Cooperative:"), coop)
        form.addRow(self.tr("Visit date:"), self.field_box("visit_date", self.date_edit))
        form.addRow(self.tr("Mentor:"), self.field_box("mentor_name", self.mentor_edit))
        form.addRow(self.tr("Topics:"), self.field_box("topics", self.topics_edit))
        form.addRow(self.tr("Findings:"), self.field_box("findings", self.findings_edit))
        form.addRow(self.tr("Follow-up:"), self.field_box("follow_up", self.follow_up_edit))
        layout = QVBoxLayout(self)
        layout.addLayout(form, 1)
        layout.addWidget(self.form_message)
        layout.addLayout(self.button_row())

    def live_issues(self) -> list[Issue]:
        """A visit needs a real date and the mentor's name."""
        issues: list[Issue] = []
        if self.date_edit.is_empty():
            issues.append(error("date.required", "visit_date"))
        elif self.date_edit.date() is None:
            issues.append(error("date.invalid", "visit_date", value=self.date_edit.text()))
        if not self.mentor_edit.text().strip():
            issues.append(error("mentoring.mentor_required", "mentor_name"))
        return issues

    def save_record(self) -> MentoringVisit:
        """Store the visit through the training service."""
        day = self.date_edit.date()
        assert day is not None  # live_issues refused it otherwise
        base = self._stored or MentoringVisit(
            id=self._visit_id, cooperative_id=self._cooperative_id, visit_date=day, mentor_name=""
        )
        return self._services.training.save_visit(
            replace(
                base,
                visit_date=day,
                mentor_name=self.mentor_edit.text().strip(),
                topics=self.topics_edit.text().strip(),
                findings=self.findings_edit.toPlainText().strip(),
                follow_up=self.follow_up_edit.toPlainText().strip(),
            )
        )

    def draft_title(self) -> str:
        """ "Pendampingan: <mentor>" in the start-up recovery question."""
        return self.tr("Mentoring visit: {mentor}").format(
            mentor=self.mentor_edit.text().strip() or "…"
        )

    def draft_state(self) -> dict[str, Any]:
        """The fields as typed."""
        return {
            "visit_date": self.date_edit.text(),
            "mentor_name": self.mentor_edit.text(),
            "topics": self.topics_edit.text(),
            "findings": self.findings_edit.toPlainText(),
            "follow_up": self.follow_up_edit.toPlainText(),
        }

    def restore_draft(self, state: dict[str, Any]) -> None:
        """Put a draft back."""
        self.date_edit.setText(str(state.get("visit_date", "")))
        self.mentor_edit.setText(str(state.get("mentor_name", "")))
        self.topics_edit.setText(str(state.get("topics", "")))
        self.findings_edit.setPlainText(str(state.get("findings", "")))
        self.follow_up_edit.setPlainText(str(state.get("follow_up", "")))


def _open_draft(services: Services, parent: QWidget | None, draft: Draft) -> QWidget:
    """Reopen a mentoring visit form from its recovery draft."""
    context = draft.context
    visit = None
    if draft.record_id != "new":
        visit = next(
            (
                v
                for v in services.training.visits(context["cooperative_id"])
                if v.id == draft.record_id
            ),
            None,
        )
    form = MentoringVisitForm(
        services, context["cooperative_id"], context.get("cooperative_name", ""), visit, parent
    )
    form.apply_draft(draft)
    form.show()
    return form


register_draft_opener(DRAFT_KIND, _open_draft)
