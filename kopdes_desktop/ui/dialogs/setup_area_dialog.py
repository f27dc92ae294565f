"""First-start dialog: which area does this office work for, and what is it called?

Everything else (numbering, letterheads, which villages a monitoring office sees) hangs off the
working area, so the program asks for it before showing anything else. A kelurahan or desa
office picks its village; a monitoring office (kecamatan, Sudin, Dinas, ministry) stops higher.
"""

from __future__ import annotations

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from kopdes_desktop.domain.entities import OfficeSettings
from kopdes_desktop.domain.enums import WilayahLevel
from kopdes_desktop.domain.errors import DomainError
from kopdes_desktop.services.settings_service import SettingsService
from kopdes_desktop.services.wilayah_service import WilayahService
from kopdes_desktop.ui.dialogs.error_dialog import message_for
from kopdes_desktop.ui.display_names import area_display_name, area_full_name
from kopdes_desktop.ui.widgets.area_picker import AreaPicker


class SetupAreaDialog(QDialog):
    """Asks for the working area and office name; OK stores them through SettingsService."""

    def __init__(
        self, wilayah: WilayahService, settings: SettingsService, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._wilayah = wilayah
        self._settings = settings
        self.saved_settings: OfficeSettings | None = None
        self.setWindowTitle(self.tr("KopDes Desktop — working area"))
        self.setObjectName("setupAreaDialog")
        self._build()
        self._on_selection_changed(self.picker.selected_code())

    def _build(self) -> None:
        title = QLabel(self.tr("Welcome to KopDes Desktop"), self)
        title.setObjectName("pageTitle")
        intro = QLabel(
            self.tr(
                "Choose the area your office works for. A kelurahan or village office chooses its "
                "own kelurahan or village. A monitoring office may stop at its district, regency "
                "or city, or province, or choose all of Indonesia."
            ),
            self,
        )
        intro.setWordWrap(True)

        self.level_combo = QComboBox(self)
        self.level_combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        levels = (
            (WilayahLevel.VILLAGE, self.tr("Urban ward/Village — kelurahan or village office")),
            (WilayahLevel.DISTRICT, self.tr("District — monitoring by the kecamatan")),
            (WilayahLevel.REGENCY, self.tr("Regency/City — monitoring (Sudin)")),
            (WilayahLevel.PROVINCE, self.tr("Province — monitoring (Dinas)")),
            (WilayahLevel.COUNTRY, self.tr("All of Indonesia — national monitoring")),
        )
        for level, label in levels:
            self.level_combo.addItem(label, level)
        self.level_combo.currentIndexChanged.connect(self._on_level_changed)

        self.picker = AreaPicker(self._wilayah, self)
        self.picker.set_target_level(WilayahLevel.VILLAGE)
        self.picker.selection_changed.connect(self._on_selection_changed)

        self.summary_label = QLabel(self)
        self.summary_label.setObjectName("summaryLabel")
        self.summary_label.setWordWrap(True)
        self.summary_label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        # Room for a two-line full name, so a long name never squeezes the rows around it.
        self.summary_label.setMinimumHeight(self.summary_label.fontMetrics().lineSpacing() * 2 + 6)
        self.office_edit = QLineEdit(self)
        self.office_edit.setMaxLength(200)
        self.error_label = QLabel(self)
        self.error_label.setObjectName("errorLabel")
        self.error_label.setWordWrap(True)
        self.error_label.hide()

        # One form for everything, so the labels of the cascade and ours line up.
        form = self.picker.form_layout()
        form.insertRow(0, self.tr("Level of the working area:"), self.level_combo)
        form.addRow(self.tr("Chosen area:"), self.summary_label)
        form.addRow(self.tr("Office name:"), self.office_edit)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.ok_button.setText(self.tr("OK"))
        cancel_button.setText(self.tr("Cancel"))
        for button in (self.ok_button, cancel_button):
            button.setIcon(QIcon())  # the platform's stock icons look dated next to our style
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(10)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addSpacing(4)
        layout.addWidget(self.picker)
        layout.addWidget(self.error_label)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.resize(760, self.sizeHint().height())

    def selected_code(self) -> str | None:
        """The area that OK would store (None while the choice is incomplete)."""
        return self.picker.selected_code()

    def accept(self) -> None:
        """Store the area; an expected problem is shown in the dialog, which stays open."""
        code = self.selected_code()
        if code is None:
            return
        try:
            self.saved_settings = self._settings.set_area(code, self.office_edit.text().strip())
        except DomainError as exc:
            self.error_label.setText(message_for(exc))
            self.error_label.show()
            return
        super().accept()

    def _on_level_changed(self, _index: int) -> None:
        self.picker.set_target_level(self.level_combo.currentData())

    def _on_selection_changed(self, code: str | None) -> None:
        self.error_label.hide()
        self.ok_button.setEnabled(code is not None)
        if code is None:
            level = self.picker.target_level
            self.summary_label.setText(self._incomplete_text(level))
            self.summary_label.setProperty("incomplete", True)
        else:
            info = self._wilayah.area_info(code)
            self.summary_label.setText(area_full_name(info))
            self.summary_label.setProperty("incomplete", False)
            self.office_edit.setPlaceholderText(
                self._office_hint(area_display_name(info), info.level)
            )
        self.summary_label.style().unpolish(self.summary_label)
        self.summary_label.style().polish(self.summary_label)

    def _incomplete_text(self, level: WilayahLevel) -> str:
        texts = {
            WilayahLevel.PROVINCE: self.tr("Not complete yet: choose a province."),
            WilayahLevel.REGENCY: self.tr("Not complete yet: choose a regency or city."),
            WilayahLevel.DISTRICT: self.tr("Not complete yet: choose a district."),
            WilayahLevel.VILLAGE: self.tr("Not complete yet: choose an urban ward or village."),
        }
        return texts.get(level, "")

    def _office_hint(self, name: str, level: WilayahLevel) -> str:
        if level is WilayahLevel.VILLAGE:
            return self.tr("e.g. Kantor Kelurahan {name}").format(name=name)
        if level is WilayahLevel.DISTRICT:
            return self.tr("e.g. Kantor Kecamatan {name}").format(name=name)
        return self.tr("e.g. Dinas PPKUKM {name}").format(name=name)
