"""Pengaturan: the office profile that every printed document uses, edited in place.

Letterhead (name lines, address, contacts, logo), the lurah who signs, document-number
patterns with a live example, paper size, how Rupiah amounts are spelled, and the interface
language. The working area is shown read-only (it is chosen once, at the first start), as is
where the data lives: the first thing support asks. Saving goes through
``services.settings.save``; messages appear next to the fields as you type.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from kopdes_desktop.bootstrap import Services
from kopdes_desktop.domain.document_numbers import short_code
from kopdes_desktop.domain.entities import OfficeSettings
from kopdes_desktop.domain.enums import PaperSize
from kopdes_desktop.domain.errors import Issue, error, warning
from kopdes_desktop.domain.formatting import format_rupiah
from kopdes_desktop.domain.identifiers import check_email, check_phone
from kopdes_desktop.domain.permissions import Action
from kopdes_desktop.ui.dialogs.audit_trail_dialog import open_audit_trail
from kopdes_desktop.ui.display_names import area_full_name, level_name
from kopdes_desktop.ui.drafts import Draft, drafts_for, register_draft_opener
from kopdes_desktop.ui.forms.form_base import FormBase
from kopdes_desktop.ui.role_names import may
from kopdes_desktop.ui.translator import LanguageSwitcher
from kopdes_desktop.ui.views.backups_panel import BackupsPanel
from kopdes_desktop.ui.views.users_panel import UsersPanel
from kopdes_desktop.ui.widgets.form_fields import PhoneField
from kopdes_desktop.ui.widgets.logo_field import LogoField
from kopdes_desktop.ui.widgets.number_patterns_box import NumberPatternsBox
from kopdes_desktop.ui.widgets.settings_info import database_description, info_label

__all__ = ["SettingsView", "database_description"]

DRAFT_KIND = "office_settings"
OFFICE_RECORD = "1"
LETTERHEAD_LINES = 4
NIP_DIGITS = 18
EXAMPLE_AMOUNT = 1_500_000
LANGUAGES = (("id", "Bahasa Indonesia"), ("en", "English"))
"""Language names in their own language, so anyone finds theirs."""


class SettingsView(FormBase):
    """The editable office profile plus read-only area and data location."""

    def __init__(
        self,
        services: Services,
        parent: QWidget | None = None,
        languages: LanguageSwitcher | None = None,
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._languages = languages
        self._stored = OfficeSettings()
        self._build()
        self.close_requested.connect(self.refresh)  # Esc: back to what is stored
        self.saved.connect(self._on_saved)
        self.configure_drafts(drafts_for(services), DRAFT_KIND, OFFICE_RECORD)
        self.refresh()

    # --- layout -------------------------------------------------------------------------
    def _build(self) -> None:
        title = QLabel(self.tr("Settings"), self)
        title.setObjectName("pageTitle")
        content = QWidget(self)
        content.setObjectName("pageContent")
        grid = QGridLayout(content)
        grid.setContentsMargins(0, 0, 8, 0)
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(12)
        office, lurah = self._office_box(content), self._lurah_box(content)
        grid.addWidget(office, 0, 0)
        grid.addWidget(lurah, 1, 0)
        grid.addWidget(self._area_box(content), 2, 0)
        self.patterns_box = NumberPatternsBox(self.field_box, content)
        grid.addWidget(self.patterns_box, 0, 1)
        printing = self._printing_box(content)
        grid.addWidget(printing, 1, 1, 2, 1)
        # What only an admin may change; the audit trail and backups stay usable by others.
        self._admin_boxes = (office, lurah, self.patterns_box, printing)
        self.backups_panel = BackupsPanel(self._services, content)
        grid.addWidget(self.backups_panel, 4, 0, 1, 2)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        self.users_panel: UsersPanel | None = None
        if may(self._services.ctx, Action.MANAGE_USERS):  # accounts: admins only
            self.users_panel = UsersPanel(self._services.users, content)
            grid.addWidget(self.users_panel, 3, 0, 1, 2)
        grid.setRowStretch(5, 1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)

        self.undo_button = QPushButton(self.tr("Undo changes"), self)
        self.undo_button.setToolTip(self.tr("Show the stored settings again (Esc)"))
        self.undo_button.clicked.connect(self._on_cancel_clicked)
        self.save_button = QPushButton(self.tr("Save"), self)
        self.save_button.setToolTip(self.tr("Save (Ctrl+S)"))
        self.save_button.clicked.connect(self.save)
        bar = QHBoxLayout()
        bar.addWidget(self.status_label, 1)
        bar.addWidget(self.undo_button)
        bar.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 12)
        layout.setSpacing(10)
        layout.addWidget(title)
        if not may(self._services.ctx, Action.CHANGE_SETTINGS):
            # Shown, not editable: only an admin changes what every document prints.
            locked = QLabel(self.tr("Only an admin of this office can change the settings."), self)
            locked.setObjectName("settingsLockedLabel")
            layout.addWidget(locked)
            for box in self._admin_boxes:
                box.setEnabled(False)
            self.undo_button.hide()
            self.save_button.hide()
        layout.addWidget(scroll, 1)
        layout.addWidget(self.form_message)
        layout.addLayout(bar)

    def _office_box(self, parent: QWidget) -> QGroupBox:
        box = QGroupBox(self.tr("Office and letterhead"), parent)
        self.office_edit = QLineEdit(box)
        self.office_edit.setPlaceholderText(self.tr("e.g. Kantor Kelurahan Melawai"))
        self.letterhead_edits = [QLineEdit(box) for _ in range(LETTERHEAD_LINES)]
        examples = (
            "PEMERINTAH PROVINSI DAERAH KHUSUS JAKARTA",
            "KOTA ADMINISTRASI …",
            "KECAMATAN …",
            "KELURAHAN …",
        )
        lines = QVBoxLayout()
        lines.setSpacing(3)
        for edit, example in zip(self.letterhead_edits, examples, strict=True):
            edit.setPlaceholderText(example)
            lines.addWidget(edit)
        for edit in self.letterhead_edits[1:]:
            self.watch(edit)
        self.letterhead_message = self.add_field("letterhead_lines", self.letterhead_edits[0])
        lines.addWidget(self.letterhead_message)
        self.address_edit = QLineEdit(box)
        self.phone_edit = PhoneField(box)
        self.email_edit = QLineEdit(box)
        self.logo_field = LogoField(box)
        self.logo_field.changed.connect(self._on_edited)
        form = QFormLayout(box)
        form.addRow(self.tr("Office name:"), self.field_box("office_name", self.office_edit))
        form.addRow(self.tr("Letterhead lines:"), lines)
        form.addRow(self.tr("Address:"), self.field_box("address", self.address_edit))
        form.addRow(self.tr("Phone:"), self.field_box("phone", self.phone_edit))
        form.addRow(self.tr("E-mail:"), self.field_box("email", self.email_edit))
        form.addRow(self.tr("Logo:"), self.field_box("logo_sha256", self.logo_field))
        return box

    def _lurah_box(self, parent: QWidget) -> QGroupBox:
        box = QGroupBox(self.tr("Lurah (signs documents, ex-officio chair of supervisors)"), parent)
        self.lurah_name_edit = QLineEdit(box)
        self.lurah_name_edit.setPlaceholderText(self.tr("Full name with titles"))
        self.lurah_nip_edit = QLineEdit(box)
        self.lurah_nip_edit.setPlaceholderText(self.tr("18 digits"))
        self.lurah_nip_edit.setMaxLength(24)
        form = QFormLayout(box)
        form.addRow(self.tr("Name:"), self.field_box("lurah_name", self.lurah_name_edit))
        form.addRow(self.tr("NIP:"), self.field_box("lurah_nip", self.lurah_nip_edit))
        return box

    def _printing_box(self, parent: QWidget) -> QGroupBox:
        box = QGroupBox(self.tr("Printing and language"), parent)
        self.paper_combo = QComboBox(box)
        self.paper_combo.addItem(self.tr("A4 (210 × 297 mm)"), PaperSize.A4)
        self.paper_combo.addItem(self.tr("F4 (215 × 330 mm)"), PaperSize.F4)
        self.rupiah_plain = QRadioButton(self.tr("Rp1.500.000 (standard spelling)"), box)
        self.rupiah_spaced = QRadioButton(self.tr("Rp 1.500.000 (with a space)"), box)
        group = QButtonGroup(box)
        for button in (self.rupiah_plain, self.rupiah_spaced):
            group.addButton(button)
            button.toggled.connect(self._update_rupiah_example)
        self.rupiah_example = QLabel(box)
        self.rupiah_example.setObjectName("hintLabel")
        rupiah = QVBoxLayout()
        rupiah.setSpacing(2)
        rupiah.addWidget(self.rupiah_plain)
        rupiah.addWidget(self.field_box("rupiah_space", self.rupiah_spaced))
        self.watch(self.rupiah_plain)
        rupiah.addWidget(self.rupiah_example)
        self.language_combo = QComboBox(box)
        for code, name in LANGUAGES:
            self.language_combo.addItem(name, code)
        self.language_note = QLabel(box)
        self.language_note.setObjectName("hintLabel")
        self.language_note.setWordWrap(True)
        form = QFormLayout(box)
        form.addRow(self.tr("Paper size:"), self.field_box("paper_size", self.paper_combo))
        form.addRow(self.tr("Rupiah amounts:"), rupiah)
        form.addRow(self.tr("Language:"), self.field_box("language", self.language_combo))
        form.addRow("", self.language_note)
        return box

    def _area_box(self, parent: QWidget) -> QGroupBox:
        box = QGroupBox(self.tr("Working area and data"), parent)
        self.area_value = info_label(box)
        self.code_value = info_label(box)
        self.level_value = info_label(box)
        self.database_value = info_label(box)
        self.folder_value = info_label(box)
        form = QFormLayout(box)
        form.addRow(self.tr("Working area:"), self.area_value)
        form.addRow(self.tr("Area code:"), self.code_value)
        form.addRow(self.tr("Level:"), self.level_value)
        form.addRow(self.tr("Database:"), self.database_value)
        form.addRow(self.tr("Data folder:"), self.folder_value)
        self.audit_button = QPushButton(self.tr("Open the audit trail…"), box)
        self.audit_button.clicked.connect(self._on_audit_clicked)
        form.addRow(self.tr("Audit trail:"), self.audit_button)
        return box

    def _on_audit_clicked(self) -> None:
        self.audit_dialog = open_audit_trail(self._services.audit, self)

    # --- values -------------------------------------------------------------------------
    def refresh(self) -> None:
        """Re-read the settings (one row, cheap); typing not saved yet is never overwritten."""
        settings = self._services.settings.get()
        self._show_area(settings)
        self.database_value.setText(database_description(self._services))
        self.folder_value.setText(str(self._services.config.home))
        if self.users_panel is not None:
            self.users_panel.refresh()
        self.backups_panel.refresh()
        if self.is_dirty():
            return
        self._stored = settings
        with self.loading():
            self._fill(settings)
        self.show_issues([])

    def _show_area(self, settings: OfficeSettings) -> None:
        if settings.area_code:
            info = self._services.wilayah.area_info(settings.area_code)
            self.area_value.setText(area_full_name(info))
            self.code_value.setText(info.code)
            self.level_value.setText(level_name(info.level))
            self.patterns_box.set_code(short_code(info.name))
        else:
            self.area_value.setText(self.tr("Not chosen yet"))
            self.code_value.setText("—")
            self.level_value.setText("—")

    def _fill(self, s: OfficeSettings) -> None:
        self.office_edit.setText(s.office_name)
        for i, edit in enumerate(self.letterhead_edits):
            edit.setText(s.letterhead_lines[i] if i < len(s.letterhead_lines) else "")
        self.address_edit.setText(s.address)
        self.phone_edit.setText(s.phone)
        self.email_edit.setText(s.email)
        self.logo_field.set_stored(s.logo_sha256, self._logo_bytes(s.logo_sha256))
        self.lurah_name_edit.setText(s.lurah_name)
        self.lurah_nip_edit.setText(s.lurah_nip)
        self.patterns_box.set_patterns(s.number_patterns)
        self.paper_combo.setCurrentIndex(max(0, self.paper_combo.findData(s.paper_size)))
        (self.rupiah_spaced if s.rupiah_space else self.rupiah_plain).setChecked(True)
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(s.language)))
        self._update_rupiah_example()
        for edit in self.findChildren(QLineEdit):
            edit.setCursorPosition(0)  # long addresses read from their start

    def _logo_bytes(self, sha256: str | None) -> bytes | None:
        if not sha256:
            return None
        try:
            return self._services.attachments.blob_path(sha256).read_bytes()
        except OSError:
            return None

    def typed_settings(self) -> OfficeSettings:
        """The settings as typed (the logo as stored; a new one is stored on save)."""
        lines = tuple(e.text().strip() for e in self.letterhead_edits)
        while lines and not lines[-1]:
            lines = lines[:-1]
        logo = None if self.logo_field.removed else self._stored.logo_sha256
        return replace(
            self._stored,
            office_name=self.office_edit.text().strip(),
            letterhead_lines=lines,
            address=self.address_edit.text().strip(),
            phone=self.phone_edit.phone(),
            email=self.email_edit.text().strip(),
            logo_sha256=logo,
            lurah_name=self.lurah_name_edit.text().strip(),
            lurah_nip=self.lurah_nip_edit.text().strip(),
            number_patterns=self.patterns_box.patterns(),
            paper_size=PaperSize(self.paper_combo.currentData()),
            rupiah_space=self.rupiah_spaced.isChecked(),
            language=str(self.language_combo.currentData()),
        )

    # --- FormBase hooks -----------------------------------------------------------------
    def live_issues(self) -> list[Issue]:
        """Phone, e-mail, NIP length, number patterns and the chosen logo file."""
        s = self.typed_settings()
        issues = [*check_phone(s.phone), *check_email(s.email), *self.patterns_box.live_issues()]
        nip = s.lurah_nip.replace(" ", "")
        if nip and not (nip.isdigit() and len(nip) == NIP_DIGITS):
            issues.append(warning("settings.nip_format", "lurah_nip", digits=NIP_DIGITS))
        if self.logo_field.problem:
            issues.append(error(self.logo_field.problem, "logo_sha256"))
        return issues

    def save_record(self) -> OfficeSettings:
        """Store a newly chosen logo, then the settings; "Tersimpan" only after both."""
        settings = self.typed_settings()
        if self.logo_field.pending is not None:
            name, data = self.logo_field.pending
            logo = self._services.attachments.add_bytes(
                "office", OFFICE_RECORD, name, data, kind="logo"
            )
            settings = replace(settings, logo_sha256=logo.sha256)
        return self._services.settings.save(settings)

    def draft_title(self) -> str:
        """ "Pengaturan" in the start-up recovery question."""
        return self.tr("Settings")

    def draft_state(self) -> dict[str, Any]:
        """Text fields as typed (a chosen logo is not kept: it is picked again in a click)."""
        s = self.typed_settings()
        return {
            "office_name": s.office_name,
            "letterhead_lines": list(s.letterhead_lines),
            "address": s.address,
            "phone": s.phone,
            "email": s.email,
            "lurah_name": s.lurah_name,
            "lurah_nip": s.lurah_nip,
            "number_patterns": {k: e.text() for k, e in self.patterns_box.edits.items()},
            "paper_size": s.paper_size.value,
            "rupiah_space": s.rupiah_space,
            "language": s.language,
        }

    def restore_draft(self, state: dict[str, Any]) -> None:
        """Put a draft back into the fields."""
        try:
            restored = replace(
                self._stored,
                office_name=state["office_name"],
                letterhead_lines=tuple(state["letterhead_lines"]),
                address=state["address"],
                phone=state["phone"],
                email=state["email"],
                lurah_name=state["lurah_name"],
                lurah_nip=state["lurah_nip"],
                paper_size=PaperSize(state["paper_size"]),
                rupiah_space=bool(state["rupiah_space"]),
                language=state["language"],
            )
        except (KeyError, ValueError, TypeError):
            return  # a draft of an older layout: keep the stored values
        self._fill(restored)
        for key, edit in self.patterns_box.edits.items():
            edit.setText(str(state.get("number_patterns", {}).get(key, edit.text())))

    # --- slots --------------------------------------------------------------------------
    def _update_rupiah_example(self, *_args: object) -> None:
        self.rupiah_example.setText(
            self.tr("Amounts print as {example}").format(
                example=format_rupiah(EXAMPLE_AMOUNT, self.rupiah_spaced.isChecked())
            )
        )

    def _on_saved(self, settings: object) -> None:
        if not isinstance(settings, OfficeSettings):
            return
        changed = settings.language != self._stored.language
        self._stored = settings
        self.logo_field.set_stored(settings.logo_sha256, self._logo_bytes(settings.logo_sha256))
        if not changed:
            return
        if self._languages is not None and self._languages.switch(settings.language):
            self.language_note.setText(
                self.tr(
                    "The new language is used from now on; restart KopDes Desktop to see it "
                    "everywhere."
                )
            )
        else:
            self.language_note.setText(
                self.tr("The new language is used from the next start of KopDes Desktop.")
            )


def _open_draft(services: Services, parent: QWidget | None, draft: Draft) -> QWidget | None:
    """Recovery after a crash: bring the Settings page forward with the draft applied."""
    view = getattr(parent, "settings_view", None)
    if not isinstance(view, SettingsView):
        return None
    view.apply_draft(draft)
    stack, nav = getattr(parent, "stack", None), getattr(parent, "nav", None)
    if stack is not None and nav is not None:
        nav.setCurrentRow(stack.indexOf(view))
    return view


register_draft_opener(DRAFT_KIND, _open_draft)
