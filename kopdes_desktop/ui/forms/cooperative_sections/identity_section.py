"""Identitas & Muskelsus: who the cooperative is, and the meeting that formed it.

The Muskelsus facts (date, time, place, three chairs, attendance, decisions (a)–(g)) belong
to the meeting of kind MUSKELSUS, not to the cooperative row; they are typed here because the
berita acara is typed from one sheet of paper, and saved with the form's Save through the
meeting service.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtGui import QIntValidator, QRegularExpressionValidator
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from kopdes_desktop.domain.entities import Cooperative, Meeting
from kopdes_desktop.domain.enums import FormationModel, MeetingKind
from kopdes_desktop.domain.errors import Issue, error
from kopdes_desktop.ui.display_names import formation_model_name
from kopdes_desktop.ui.forms.cooperative_data import CooperativeData
from kopdes_desktop.ui.forms.cooperative_sections.section_base import (
    CooperativeSection,
    SectionHost,
    group,
    hint,
)
from kopdes_desktop.ui.widgets.form_fields import DateField, PhoneField

DECISION_KEYS = ("a", "b", "c", "d", "e", "f", "g")
CHAIRS = 3
MUSKELSUS_TITLE = "Musyawarah Kelurahan Khusus"
_TEXT_FIELDS = ("name", "address", "rt", "rw", "postal_code", "phone", "email")


def _digits_validator(parent: QWidget, length: int) -> QRegularExpressionValidator:
    from PySide6.QtCore import QRegularExpression

    return QRegularExpressionValidator(QRegularExpression(f"\\d{{0,{length}}}"), parent)


class IdentitySection(CooperativeSection):
    """Name, formation model, address and contacts; the Muskelsus and its decisions."""

    section_key = "identity"
    extra_fields = frozenset({"village_code", "muskelsus"})

    def __init__(self, host: SectionHost, parent: QWidget | None = None) -> None:
        super().__init__(host, parent)
        self._muskelsus: Meeting | None = None
        self._build()

    def title(self) -> str:
        return self.tr("Identity & Muskelsus")

    def _decision_labels(self) -> dict[str, str]:
        return {
            "a": self.tr("(a) Agreement to form the cooperative, and the model"),
            "b": self.tr("(b) Name of the cooperative"),
            "c": self.tr("(c) Business units"),
            "d": self.tr("(d) Simpanan pokok and wajib, initial capital"),
            "e": self.tr("(e) Founders / first members"),
            "f": self.tr("(f) Pengurus and pengawas"),
            "g": self.tr("(g) Mandate to appear before the notary"),
        }

    # -- layout -------------------------------------------------------------------------------
    def _build(self) -> None:
        columns = QHBoxLayout()
        columns.setSpacing(16)
        columns.addWidget(self._build_identity(), 4)
        columns.addWidget(self._build_muskelsus(), 3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        layout.addLayout(columns)
        layout.addWidget(self._build_decisions())
        layout.addStretch(1)

    def _build_identity(self) -> QWidget:
        box, form = group(self.tr("Cooperative"), self)
        self.name_edit = QLineEdit(box)
        self.add_row(form, self.tr("Name:"), "name", self.name_edit)
        self.model_combo = QComboBox(box)
        for model in FormationModel:
            self.model_combo.addItem(formation_model_name(model), model.value)
        self.add_row(form, self.tr("Formation model:"), "formation_model", self.model_combo)
        self.address_edit = QLineEdit(box)
        self.add_row(form, self.tr("Address:"), "address", self.address_edit)
        self.rt_edit, self.rw_edit = QLineEdit(box), QLineEdit(box)
        rt_rw = QWidget(box)
        row = QHBoxLayout(rt_rw)
        row.setContentsMargins(0, 0, 0, 0)
        for label, edit, name in (
            (self.tr("RT"), self.rt_edit, "rt"),
            (self.tr("RW"), self.rw_edit, "rw"),
        ):
            edit.setValidator(_digits_validator(edit, 3))
            edit.setMaximumWidth(70)
            row.addWidget(QLabel(label, rt_rw))
            row.addWidget(self.field(name, edit))
        row.addStretch(1)
        form.addRow(self.tr("RT / RW:"), rt_rw)
        self.postal_edit = QLineEdit(box)
        self.postal_edit.setValidator(_digits_validator(self.postal_edit, 5))
        self.postal_edit.setMaximumWidth(90)
        self.add_row(form, self.tr("Postal code:"), "postal_code", self.postal_edit)
        self.phone_edit = PhoneField(box)
        self.add_row(form, self.tr("Phone:"), "phone", self.phone_edit)
        self.email_edit = QLineEdit(box)
        self.add_row(form, self.tr("E-mail:"), "email", self.email_edit)
        self.notes_edit = QPlainTextEdit(box)
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 12)
        self.add_row(form, self.tr("Notes:"), "notes", self.notes_edit)
        return box

    def _build_muskelsus(self) -> QWidget:
        box, form = group(self.tr("Muskelsus (special urban ward meeting)"), self)
        self.date_edit = DateField(box)
        self.add_row(form, self.tr("Date:"), "muskelsus.meeting_date", self.date_edit)
        self.time_edit = QLineEdit(box)
        self.time_edit.setPlaceholderText(self.tr("e.g. 13.00"))
        self.time_edit.setMaximumWidth(90)
        self.add_row(form, self.tr("Time (WIB):"), "muskelsus.start_time", self.time_edit)
        self.place_edit = QLineEdit(box)
        self.add_row(form, self.tr("Place:"), "muskelsus.place", self.place_edit)
        chairs = QWidget(box)
        chairs_layout = QVBoxLayout(chairs)
        chairs_layout.setContentsMargins(0, 0, 0, 0)
        chairs_layout.setSpacing(4)
        self.chair_edits: list[QLineEdit] = []
        for number in range(1, CHAIRS + 1):
            edit = QLineEdit(chairs)
            edit.setPlaceholderText(self.tr("Chair {number}").format(number=number))
            edit.setObjectName(f"field_muskelsus_chair_{number}")
            if number > 1:
                self.also_watch(edit)
            chairs_layout.addWidget(edit)
            self.chair_edits.append(edit)
        self.add_row(form, self.tr("Chairs:"), "muskelsus.chairs", chairs)
        self.fields["muskelsus.chairs"] = self.chair_edits[0]
        self.attendance_edit = QLineEdit(box)
        self.attendance_edit.setValidator(QIntValidator(0, 1_000_000, self.attendance_edit))
        self.attendance_edit.setMaximumWidth(90)
        self.add_row(
            form, self.tr("People present:"), "muskelsus.attendance_count", self.attendance_edit
        )
        form.addRow(hint(self.tr("The attendance list itself is edited under Meetings."), box))
        return box

    def _build_decisions(self) -> QWidget:
        box, form = group(self.tr("Decisions of the Muskelsus (berita acara)"), self)
        form.addRow(
            hint(
                self.tr(
                    "Leave a decision empty to print the text made from the "
                    "recorded data (units, founders, board…)."
                ),
                box,
            )
        )
        self.decision_edits: dict[str, QPlainTextEdit] = {}
        line = self.fontMetrics().lineSpacing()
        for key, label in self._decision_labels().items():
            edit = QPlainTextEdit(box)
            edit.setTabChangesFocus(True)
            edit.setFixedHeight(line * 2 + 14)
            self.decision_edits[key] = edit
            self.add_row(form, label, f"muskelsus.decisions.{key}", edit)
        return box

    # -- data ---------------------------------------------------------------------------------
    def load(self, data: CooperativeData, *, keep_edits: bool = False) -> None:
        self._muskelsus = data.muskelsus
        if keep_edits:
            return
        self._show_cooperative(data.cooperative)
        self._show_muskelsus(data.muskelsus)

    def _show_cooperative(self, coop: Cooperative) -> None:
        for name in _TEXT_FIELDS:
            widget = self.fields[name]
            assert isinstance(widget, QLineEdit)
            widget.setText(getattr(coop, name))
        self.model_combo.setCurrentIndex(self.model_combo.findData(coop.formation_model.value))
        self.notes_edit.setPlainText(coop.notes)

    def _show_muskelsus(self, meeting: Meeting | None) -> None:
        self.date_edit.setDate(meeting.meeting_date if meeting else None)
        self.time_edit.setText(meeting.start_time if meeting else "")
        self.place_edit.setText(meeting.place if meeting else "")
        chairs = list(meeting.chairs) if meeting else []
        for i, edit in enumerate(self.chair_edits):
            edit.setText(chairs[i] if i < len(chairs) else "")
        count = meeting.attendance_count if meeting else None
        self.attendance_edit.setText("" if count is None else str(count))
        decisions = meeting.decisions if meeting else {}
        for key, edit in self.decision_edits.items():
            edit.setPlainText(decisions.get(key, ""))

    def apply(self, coop: Cooperative) -> Cooperative:
        values: dict[str, Any] = {
            name: self.fields[name].text().strip()  # type: ignore[attr-defined]
            for name in _TEXT_FIELDS
        }
        values["name"] = " ".join(values["name"].split())
        values["formation_model"] = FormationModel(self.model_combo.currentData())
        values["notes"] = self.notes_edit.toPlainText().strip()
        return replace(coop, **values)

    def muskelsus_typed(self) -> bool:
        """True when anything of the Muskelsus was typed."""
        state = self._muskelsus_state()
        return any(
            [
                state["meeting_date"],
                state["start_time"].strip(),
                state["place"].strip(),
                *(c.strip() for c in state["chairs"]),
                state["attendance_count"].strip(),
                *(d.strip() for d in state["decisions"].values()),
            ]
        )

    def muskelsus_meeting(self, cooperative_id: str) -> Meeting | None:
        """The Muskelsus as typed (the stored one changed, or a new one), None if untouched."""
        day = self.date_edit.date()
        if day is None:
            return None
        decisions = {
            k: e.toPlainText().strip()
            for k, e in self.decision_edits.items()
            if e.toPlainText().strip()
        }
        count = self.attendance_edit.text().strip()
        base = self._muskelsus or Meeting(
            cooperative_id=cooperative_id,
            kind=MeetingKind.MUSKELSUS,
            title=MUSKELSUS_TITLE,
            meeting_date=day,
        )
        meeting = replace(
            base,
            cooperative_id=cooperative_id,
            meeting_date=day,
            start_time=self.time_edit.text().strip(),
            place=self.place_edit.text().strip(),
            chairs=tuple(e.text().strip() for e in self.chair_edits),
            attendance_count=int(count) if count else None,
            decisions=decisions,
        )
        return None if meeting == self._muskelsus else meeting

    def local_issues(self) -> list[Issue]:
        issues: list[Issue] = []
        if not self.date_edit.is_valid():
            issues.append(
                error("date.invalid", "muskelsus.meeting_date", value=self.date_edit.text())
            )
        elif self.date_edit.date() is None and self.muskelsus_typed():
            issues.append(error("meeting.date_required", "muskelsus.meeting_date"))
        return issues

    # -- drafts -------------------------------------------------------------------------------
    def _muskelsus_state(self) -> dict[str, Any]:
        return {
            "meeting_date": self.date_edit.digits(),
            "start_time": self.time_edit.text(),
            "place": self.place_edit.text(),
            "chairs": [e.text() for e in self.chair_edits],
            "attendance_count": self.attendance_edit.text(),
            "decisions": {k: e.toPlainText() for k, e in self.decision_edits.items()},
        }

    def draft_state(self) -> dict[str, Any]:
        state: dict[str, Any] = {
            name: self.fields[name].text()  # type: ignore[attr-defined]
            for name in _TEXT_FIELDS
        }
        state["formation_model"] = self.model_combo.currentData()
        state["notes"] = self.notes_edit.toPlainText()
        state["muskelsus"] = self._muskelsus_state()
        return state

    def restore_draft(self, state: dict[str, Any]) -> None:
        for name in _TEXT_FIELDS:
            if name in state:
                self.fields[name].setText(str(state[name]))  # type: ignore[attr-defined]
        index = self.model_combo.findData(state.get("formation_model"))
        if index >= 0:
            self.model_combo.setCurrentIndex(index)
        if "notes" in state:
            self.notes_edit.setPlainText(str(state["notes"]))
        meeting = state.get("muskelsus") or {}
        for key, edit in (
            ("meeting_date", self.date_edit),
            ("start_time", self.time_edit),
            ("place", self.place_edit),
            ("attendance_count", self.attendance_edit),
        ):
            if key in meeting:
                edit.setText(str(meeting[key]))
        for edit, chair in zip(self.chair_edits, meeting.get("chairs", []), strict=False):
            edit.setText(str(chair))
        for key, text in (meeting.get("decisions") or {}).items():
            if key in self.decision_edits:
                self.decision_edits[key].setPlainText(str(text))
