"""The person form: one citizen (founder, member, board member, trainee) or an outsider.

Typed from a KTP or a paper list, so the NIK comes first: once its 16 digits are in, the birth
date and sex it encodes fill empty fields (and can be applied with one key), a disagreement
with what was typed shows as a warning next to the field, and a NIK already in the database
offers that person instead of creating a duplicate. Rules are the domain's
(``services.persons.validate``): errors block saving, warnings never do.
"""

from __future__ import annotations

import html
from dataclasses import replace
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kopdes_desktop.bootstrap import Services
from kopdes_desktop.domain.entities import Person
from kopdes_desktop.domain.enums import Sex, WilayahLevel
from kopdes_desktop.domain.errors import DomainError, Issue, error
from kopdes_desktop.domain.nik import NikInfo, parse_nik
from kopdes_desktop.ui.dialogs.record_history_dialog import show_history
from kopdes_desktop.ui.drafts import Draft, drafts_for, register_draft_opener
from kopdes_desktop.ui.forms.form_base import FormDialog
from kopdes_desktop.ui.widgets.form_fields import DateField, NikField, PhoneField
from kopdes_desktop.ui.widgets.village_field import VillageField

DRAFT_KIND = "person"
NATIONALITIES = ("WNI", "WNA")
_RT_RW = r"\d{0,3}"


class PersonDialog(FormDialog):
    """Create or edit a person; ``result_person`` is the saved (or reused) person."""

    person_reused = Signal(object)
    """The operator chose the existing person with the typed NIK (no new record saved)."""

    def __init__(
        self, services: Services, person: Person | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._person = person
        self._nik_info: NikInfo | None = None
        self._existing: Person | None = None
        self.setWindowTitle(self.tr("Edit person") if person else self.tr("New person"))
        self.setMinimumWidth(640)
        self._build()
        with self.loading():
            self._fill(person)
        self.configure_drafts(drafts_for(services), DRAFT_KIND, person.id if person else None)

    @property
    def result_person(self) -> Person | None:
        """The person saved or chosen for reuse (None while the dialog is open)."""
        return self.saved_record  # type: ignore[no-any-return]

    # --- layout -------------------------------------------------------------------------
    def _build(self) -> None:
        self.nik_edit = NikField(self)
        self.nik_edit.setMaximumWidth(260)
        self.name_edit = QLineEdit(self)
        self.name_edit.setMaxLength(200)
        self.sex_combo = QComboBox(self)
        self.sex_combo.setMaximumWidth(220)
        self.sex_combo.addItem(self.tr("— choose —"), None)
        self.sex_combo.addItem(self.tr("Male (L)"), Sex.MALE.value)
        self.sex_combo.addItem(self.tr("Female (P)"), Sex.FEMALE.value)
        self.birth_place_edit = QLineEdit(self)
        self.birth_place_edit.setMaxLength(120)
        self.birth_date_edit = DateField(self)
        self.address_edit = QLineEdit(self)
        self.address_edit.setMaxLength(300)
        self.rt_edit, self.rw_edit = self._short_number(), self._short_number()
        self.village_edit = VillageField(self._services.wilayah, self)
        self.occupation_edit = QLineEdit(self)
        self.occupation_edit.setMaxLength(120)
        self.nationality_combo = QComboBox(self)
        self.nationality_combo.setMaximumWidth(120)
        for code in NATIONALITIES:
            self.nationality_combo.addItem(code, code)
        self.phone_edit = PhoneField(self)
        self.email_edit = QLineEdit(self)
        self.email_edit.setMaxLength(120)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setVerticalSpacing(6)
        form.addRow(self.tr("&NIK"), self._nik_block())
        form.addRow(self.tr("Full &name"), self.field_box("name", self.name_edit))
        form.addRow(self.tr("&Sex"), self.field_box("sex", self.sex_combo))
        form.addRow(
            self.tr("Place of &birth"), self.field_box("birth_place", self.birth_place_edit)
        )
        form.addRow(self.tr("&Date of birth"), self.field_box("birth_date", self.birth_date_edit))
        form.addRow(self.tr("&Address"), self.field_box("address", self.address_edit))
        form.addRow(self.tr("RT / RW"), self._rt_rw_row())
        form.addRow(self.tr("&Village"), self.field_box("village_code", self.village_edit))
        form.addRow(self.tr("&Occupation"), self.field_box("occupation", self.occupation_edit))
        form.addRow(self.tr("Na&tionality"), self.field_box("nationality", self.nationality_combo))
        form.addRow(self.tr("&Phone"), self.field_box("phone", self.phone_edit))
        form.addRow(self.tr("&E-mail"), self.field_box("email", self.email_edit))

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.form_message)
        layout.addStretch(1)
        buttons = self.button_row()
        self.history_button: QPushButton | None = None
        if self._person is not None:  # a saved person has a history of changes
            self.history_button = QPushButton(self.tr("Change &history"), self)
            self.history_button.setAutoDefault(False)
            self.history_button.clicked.connect(self._on_history_clicked)
            buttons.insertWidget(1, self.history_button)
        layout.addLayout(buttons)
        self.nik_edit.textChanged.connect(self._on_nik_changed)
        self.village_edit.code_changed.connect(lambda _code: self.schedule_validation())

    def _on_history_clicked(self) -> None:
        person = self._person
        assert person is not None
        audit = self._services.audit
        self.history_dialog = show_history(
            lambda: audit.history("person", person.id), person.name, self
        )

    def _short_number(self) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setValidator(QRegularExpressionValidator(_RT_RW, edit))
        edit.setMaximumWidth(70)
        edit.setPlaceholderText("001")
        return edit

    def _rt_rw_row(self) -> QWidget:
        box = QWidget(self)
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.field_box("rt", self.rt_edit))
        row.addWidget(QLabel("/", box))
        row.addWidget(self.field_box("rw", self.rw_edit))
        row.addStretch(1)
        box.setFocusProxy(self.rt_edit)
        return box

    def _nik_block(self) -> QWidget:
        """The NIK with its message, the facts it encodes, and the reuse offer."""
        box = self.field_box("nik", self.nik_edit)
        self.derived_label = QLabel(self)
        self.derived_label.setObjectName("hintLabel")
        self.apply_derived_button = QPushButton(self.tr("&Use the NIK's data"), self)
        self.apply_derived_button.setAutoDefault(False)
        self.apply_derived_button.clicked.connect(self._on_apply_derived)
        derived = QHBoxLayout()
        derived.setContentsMargins(0, 0, 0, 0)
        derived.addWidget(self.derived_label)
        derived.addWidget(self.apply_derived_button)
        derived.addStretch(1)
        self.reuse_frame = QFrame(self)
        self.reuse_frame.setObjectName("reuseFrame")
        self.reuse_label = QLabel(self.reuse_frame)
        self.reuse_label.setWordWrap(True)
        self.reuse_button = QPushButton(self.tr("Use this &person"), self.reuse_frame)
        self.reuse_button.setAutoDefault(False)
        self.reuse_button.clicked.connect(self._on_reuse_clicked)
        reuse = QHBoxLayout(self.reuse_frame)
        reuse.setContentsMargins(8, 6, 8, 6)
        reuse.addWidget(self.reuse_label, 1)
        reuse.addWidget(self.reuse_button, 0, Qt.AlignmentFlag.AlignVCenter)
        block = QWidget(self)
        layout = QVBoxLayout(block)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(box)
        layout.addLayout(derived)
        layout.addWidget(self.reuse_frame)
        block.setFocusProxy(self.nik_edit)
        self._show_derived(None)
        self.reuse_frame.setVisible(False)
        return block

    # --- values -------------------------------------------------------------------------
    def _fill(self, person: Person | None) -> None:
        if person is None:
            self.village_edit.set_code(self._default_village())
            return
        self.nik_edit.set_nik(person.nik)
        self.name_edit.setText(person.name)
        self._set_sex(person.sex)
        self.birth_place_edit.setText(person.birth_place)
        self.birth_date_edit.setDate(person.birth_date)
        self.address_edit.setText(person.address)
        self.rt_edit.setText(person.rt)
        self.rw_edit.setText(person.rw)
        self.village_edit.set_code(person.village_code)
        self.occupation_edit.setText(person.occupation)
        self._set_nationality(person.nationality)
        self.phone_edit.setText(person.phone)
        self.email_edit.setText(person.email)

    def _default_village(self) -> str | None:
        """The working area when it is one village: most people typed in live there."""
        area = self._services.settings.get().area_code
        if area and self._services.wilayah.get(area).level is WilayahLevel.VILLAGE:
            return area
        return None

    def _set_sex(self, sex: Sex | None) -> None:
        self.sex_combo.setCurrentIndex(max(0, self.sex_combo.findData(sex.value if sex else None)))

    def _set_nationality(self, code: str) -> None:
        index = self.nationality_combo.findData(code)
        if index < 0:
            self.nationality_combo.addItem(code, code)
            index = self.nationality_combo.count() - 1
        self.nationality_combo.setCurrentIndex(index)

    def typed_person(self) -> Person:
        """The person as typed now (keeps id and bookkeeping of an edited record)."""
        sex = self.sex_combo.currentData()
        values: dict[str, Any] = {
            "nik": self.nik_edit.nik() or None,
            "name": " ".join(self.name_edit.text().split()),
            "sex": Sex(sex) if sex else None,
            "birth_place": self.birth_place_edit.text().strip(),
            "birth_date": self.birth_date_edit.date(),
            "address": self.address_edit.text().strip(),
            "rt": self.rt_edit.text().strip(),
            "rw": self.rw_edit.text().strip(),
            "village_code": self.village_edit.code(),
            "occupation": self.occupation_edit.text().strip(),
            "nationality": self.nationality_combo.currentData() or "WNI",
            "phone": self.phone_edit.phone(),
            "email": self.email_edit.text().strip(),
        }
        return replace(self._person, **values) if self._person else Person(**values)

    # --- FormDialog hooks ---------------------------------------------------------------
    def live_issues(self) -> list[Issue]:
        """The domain's findings plus what only the form knows (a half-typed date)."""
        issues = self._services.persons.validate(self.typed_person())
        if not self.birth_date_edit.is_valid():
            issues.append(error("date.invalid", "birth_date", value=self.birth_date_edit.text()))
        if self.village_edit.is_unresolved():
            issues.append(error("village.not_chosen", "village_code"))
        if self.nik_edit.hasFocus() and not self.nik_edit.is_complete():
            issues = [i for i in issues if i.code != "nik.length"]  # still typing
        return issues

    def save_record(self) -> Person:
        """Save through the person service (it validates again and may refuse)."""
        return self._services.persons.save(self.typed_person())

    def draft_state(self) -> dict[str, Any]:
        """What is typed, as text (dates stay as typed even when half done)."""
        return {
            "nik": self.nik_edit.nik(),
            "name": self.name_edit.text(),
            "sex": self.sex_combo.currentData(),
            "birth_place": self.birth_place_edit.text(),
            "birth_date": self.birth_date_edit.digits(),
            "address": self.address_edit.text(),
            "rt": self.rt_edit.text(),
            "rw": self.rw_edit.text(),
            "village_code": self.village_edit.code(),
            "occupation": self.occupation_edit.text(),
            "nationality": self.nationality_combo.currentData(),
            "phone": self.phone_edit.text(),
            "email": self.email_edit.text(),
        }

    def restore_draft(self, state: dict[str, Any]) -> None:
        """Put a draft back into the widgets."""
        self.nik_edit.set_nik(state.get("nik", ""))
        self.name_edit.setText(state.get("name", ""))
        sex = state.get("sex")
        self._set_sex(Sex(sex) if sex in (Sex.MALE.value, Sex.FEMALE.value) else None)
        self.birth_place_edit.setText(state.get("birth_place", ""))
        self.birth_date_edit.setText(state.get("birth_date", ""))
        self.address_edit.setText(state.get("address", ""))
        self.rt_edit.setText(state.get("rt", ""))
        self.rw_edit.setText(state.get("rw", ""))
        self.village_edit.set_code(state.get("village_code"))
        self.occupation_edit.setText(state.get("occupation", ""))
        self._set_nationality(state.get("nationality") or "WNI")
        self.phone_edit.setText(state.get("phone", ""))
        self.email_edit.setText(state.get("email", ""))

    def draft_title(self) -> str:
        """ "Person: Siti Aminah" in the start-up recovery list."""
        name = " ".join(self.name_edit.text().split()) or self.tr("(no name yet)")
        return self.tr("Person: {name}").format(name=name)

    # --- NIK ----------------------------------------------------------------------------
    def _on_nik_changed(self, _text: str) -> None:
        info = None
        if self.nik_edit.is_complete():
            info, _issues = parse_nik(self.nik_edit.nik(), self._services.ctx.today())
        self._nik_info = info
        self._show_derived(info)
        self._existing = self._find_existing() if info is not None else None
        self._show_reuse(self._existing)
        if info is not None and not self._loading:
            self._fill_empty_from_nik(info)

    def _show_derived(self, info: NikInfo | None) -> None:
        visible = info is not None and info.birth_date is not None
        self.derived_label.setVisible(visible)
        self.apply_derived_button.setVisible(visible)
        if info is not None and info.birth_date is not None:
            sex = self.tr("female (P)") if info.sex is Sex.FEMALE else self.tr("male (L)")
            self.derived_label.setText(
                self.tr("From the NIK: born {date}, {sex}").format(
                    date=info.birth_date.strftime("%d-%m-%Y"), sex=sex
                )
            )

    def _fill_empty_from_nik(self, info: NikInfo) -> None:
        """Fill birth date and sex when still empty; typed values are never overwritten."""
        changed = False
        if self.birth_date_edit.is_empty() and info.birth_date is not None:
            self.birth_date_edit.setDate(info.birth_date)
            changed = True
        if self.sex_combo.currentData() is None:
            self._set_sex(info.sex)
            changed = True
        if changed:
            self.mark_dirty()
            self.schedule_validation()

    def _on_apply_derived(self) -> None:
        info = self._nik_info
        if info is None:
            return
        self.birth_date_edit.setDate(info.birth_date)
        self._set_sex(info.sex)
        self.mark_dirty()
        self.refresh_issues()

    def _find_existing(self) -> Person | None:
        own = self._person.id if self._person else None
        found = [p for p in self._services.persons.find_by_nik(self.nik_edit.nik()) if p.id != own]
        return found[0] if found else None

    def _show_reuse(self, existing: Person | None) -> None:
        self.reuse_frame.setVisible(existing is not None)
        if existing is None:
            return
        born = existing.birth_date.strftime("%d-%m-%Y") if existing.birth_date else "—"
        self.reuse_label.setText(
            self.tr(
                "This NIK is already recorded for <b>{name}</b> (born {date}). Use that person "
                "instead of creating a second record?"
            ).format(name=html.escape(existing.name), date=born)
        )

    def _on_reuse_clicked(self) -> None:
        existing = self._existing
        if existing is None:
            return
        self.saved_record = existing
        self.set_clean()
        self.discard_draft()
        self.person_reused.emit(existing)
        self.accept()


def open_person_draft(services: Services, parent: QWidget | None, draft: Draft) -> QWidget:
    """Reopen a person form from a recovery draft (registered for the start-up offer)."""
    person = None
    if draft.record_id != "new":
        try:
            person = services.persons.get(draft.record_id)
        except DomainError:  # deleted meanwhile: restore as a new record
            person = None
    dialog = PersonDialog(services, person, parent)
    dialog.apply_draft(draft)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


register_draft_opener(DRAFT_KIND, open_person_draft)
