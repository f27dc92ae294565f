"""Ekspor: what goes into a package and where the file is written.

Offices export for a destination (the Sudin, the Dinas): with "only changes since the last
export to" a destination, each package carries only what changed since the previous one
to the same place, so a weekly upload stays small. Masking NIKs makes a package fit for
reading outside the office, but such a package cannot be imported anywhere: the option says
so, because it is the question people ask afterwards.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from kopdes_desktop.bootstrap import Services
from kopdes_desktop.domain.permissions import Action
from kopdes_desktop.ui.role_names import may

DEFAULT_DESTINATIONS = ("Sudin", "Dinas")


@dataclass(frozen=True)
class ExportOptions:
    """The operator's choices, passed to ``ExchangeService.export``."""

    out: Path
    coop: str | None = None
    since_last: str | None = None
    with_documents: bool = False
    mask_nik: bool = False


def default_package_name(area_code: str, now: datetime) -> str:
    """``kopdes-31.74.07.1001-20261127-1405.zip``: sortable, says whose and when."""
    return f"kopdes-{area_code}-{now:%Y%m%d-%H%M}.zip"


class ExportDialog(QDialog):
    """Scope, destination, NIK masking, documents and the target file."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self.options: ExportOptions | None = None
        self.setWindowTitle(self.tr("Export a package"))
        self.setMinimumWidth(620)
        self._build()
        self._on_scope_changed()

    def _build(self) -> None:
        area = self._services.settings.get().area_code or ""
        coop_row = self._scope_row(area)
        since_row = self._destination_row()
        self.mask_check = QCheckBox(self.tr("Mask NIKs (3174********0001)"), self)
        if not may(self._services.ctx, Action.EXPORT_FULL_NIK):  # viewers export masked only
            self.mask_check.setChecked(True)
            self.mask_check.setEnabled(False)
        mask_hint = QLabel(
            self.tr(
                "For files that leave the office only to be read (UU 27/2022). A package with "
                "masked NIKs cannot be imported by the Sudin or the Dinas."
            ),
            self,
        )
        mask_hint.setWordWrap(True)
        mask_hint.setObjectName("hintLabel")
        self.documents_check = QCheckBox(
            self.tr("Include documents (founders list, profile, board) as PDF"), self
        )

        self.path_edit = QLineEdit(self)
        folder = Path.home() / "Documents"
        folder = folder if folder.is_dir() else Path.home()
        now = self._services.ctx.now().astimezone()
        self.path_edit.setText(str(folder / default_package_name(area or "ID", now)))
        browse = QPushButton(self.tr("Browse…"), self)
        browse.clicked.connect(self._on_browse)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(browse)

        form = QFormLayout()
        form.addRow(self.tr("What:"), self.area_radio)
        form.addRow("", coop_row)
        form.addRow(self.tr("Destination:"), since_row)
        form.addRow(self.tr("Personal data:"), self.mask_check)
        form.addRow("", mask_hint)
        form.addRow(self.tr("Documents:"), self.documents_check)
        form.addRow(self.tr("Save as:"), path_row)
        buttons = QDialogButtonBox(self)
        self.export_button = buttons.addButton(
            self.tr("Export"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self._on_accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def _scope_row(self, area: str) -> QHBoxLayout:
        """Whole area or one cooperative of it."""
        self.area_radio = QRadioButton(self.tr("The whole working area"), self)
        self.coop_radio = QRadioButton(self.tr("One cooperative:"), self)
        self.area_radio.setChecked(True)
        scope = QButtonGroup(self)
        scope.addButton(self.area_radio)
        scope.addButton(self.coop_radio)
        scope.buttonToggled.connect(lambda *_: self._on_scope_changed())
        self.coop_combo = QComboBox(self)
        for summary in self._services.cooperatives.summaries(area or None):
            coop = summary.cooperative
            self.coop_combo.addItem(f"{coop.name} ({coop.village_code})", coop.village_code)
        if self.coop_combo.count() == 0:
            self.coop_radio.setEnabled(False)
        coop_row = QHBoxLayout()
        coop_row.addWidget(self.coop_radio)
        coop_row.addWidget(self.coop_combo, 1)
        return coop_row

    def _destination_row(self) -> QHBoxLayout:
        """ "Only changes since the last export to" a named destination."""
        self.since_check = QCheckBox(self.tr("Only what changed since the last export to:"), self)
        self.destination_combo = QComboBox(self)
        self.destination_combo.setEditable(True)
        self.destination_combo.addItems(DEFAULT_DESTINATIONS)
        self.since_check.toggled.connect(self.destination_combo.setEnabled)
        self.destination_combo.setEnabled(False)
        since_row = QHBoxLayout()
        since_row.addWidget(self.since_check)
        since_row.addWidget(self.destination_combo, 1)
        return since_row

    def _on_scope_changed(self) -> None:
        self.coop_combo.setEnabled(self.coop_radio.isChecked())

    def _on_browse(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the package as"),
            self.path_edit.text(),
            self.tr("KopDes package (*.zip)"),
        )
        if path:
            self.path_edit.setText(path if path.lower().endswith(".zip") else path + ".zip")

    def _on_accept(self) -> None:
        text = self.path_edit.text().strip()
        if not text:
            self.path_edit.setFocus()
            return
        destination = self.destination_combo.currentText().strip()
        self.options = ExportOptions(
            out=Path(text),
            coop=self.coop_combo.currentData() if self.coop_radio.isChecked() else None,
            since_last=destination if self.since_check.isChecked() and destination else None,
            with_documents=self.documents_check.isChecked(),
            mask_nik=self.mask_check.isChecked(),
        )
        self.accept()
