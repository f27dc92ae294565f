"""Pengaturan, Cadangan: the list of backups, "Back up now" and (for admins) "Restore…".

A restore replaces the database under every open page, so after it the program closes and is
started again: the robust way to make sure no window, cache or worker still holds the old
data (the accounts login runs again too). The service refuses non-admins itself; the button
is only hidden for them.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kopdes_desktop.bootstrap import Services
from kopdes_desktop.domain.enums import UserRole
from kopdes_desktop.services.backup_catalog import BackupInfo, describe
from kopdes_desktop.services.backup_service import RestoreResult
from kopdes_desktop.ui.dialogs.error_dialog import report_exception
from kopdes_desktop.ui.models.backups_table_model import (
    BackupColumn,
    BackupsTableModel,
    created_text,
)
from kopdes_desktop.ui.models.row_table_model import RowRole

log = logging.getLogger(__name__)
translate = QCoreApplication.translate  # lupdate needs literal contexts


def choose_backup_file(parent: QWidget, folder: Path) -> Path | None:
    """Ask for a backup file (a seam for tests)."""
    name, _filter = QFileDialog.getOpenFileName(
        parent,
        translate("BackupsPanel", "Restore from a backup"),
        str(folder),
        translate("BackupsPanel", "KopDes backups (*.db *.dump);;All files (*)"),
    )
    return Path(name) if name else None


def confirm_restore(parent: QWidget, path: Path, made: str) -> bool:
    """The confirmation naming the file and its date (a seam for tests)."""
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        translate("BackupsPanel", "Restore a backup"),
        translate(
            "BackupsPanel",
            "Replace all current data with the backup\n{file}\nmade on {date}?\n\nA copy of "
            "the current data is kept in the backups folder. KopDes closes afterwards; start "
            "it again to work with the restored data.",
        ).format(file=str(path), date=made),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        parent,
    )
    box.button(QMessageBox.StandardButton.Yes).setText(translate("BackupsPanel", "Restore"))
    box.button(QMessageBox.StandardButton.Cancel).setText(translate("BackupsPanel", "Cancel"))
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    return box.exec() == QMessageBox.StandardButton.Yes


def announce_restored(parent: QWidget, result: RestoreResult) -> None:
    """Say what was restored and that the program closes now (a seam for tests)."""
    text = translate(
        "BackupsPanel",
        "The data were restored from {file} (schema {revision}).\nThe previous data were "
        "kept in {safety}.\n\nKopDes closes now; start it again.",
    ).format(
        file=str(result.source),
        revision=result.revision,
        safety=str(result.safety_copy) if result.safety_copy else "-",
    )
    box = QMessageBox(
        QMessageBox.Icon.Information,
        translate("BackupsPanel", "Restore a backup"),
        text,
        QMessageBox.StandardButton.Ok,
        parent,
    )
    box.button(QMessageBox.StandardButton.Ok).setText(translate("BackupsPanel", "OK"))
    box.exec()


def close_program() -> None:
    """Quit after a restore, once the message was read (a seam for tests)."""
    QTimer.singleShot(0, QApplication.quit)


class BackupsPanel(QGroupBox):
    """List of backups with the two actions."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self.setTitle(self.tr("Backups"))
        self.model = BackupsTableModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setMinimumHeight(160)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(BackupColumn.FILE, QHeaderView.ResizeMode.Stretch)
        self.hint = QLabel(
            self.tr(
                "A backup is made automatically at the first start of each day and when you "
                "close KopDes (10 daily and 12 monthly ones are kept). Copy backups to a USB "
                "drive now and then."
            ),
            self,
        )
        self.hint.setObjectName("hintLabel")
        self.hint.setWordWrap(True)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.backup_button = QPushButton(self.tr("Back up now"), self)
        self.backup_button.clicked.connect(self._on_backup_clicked)
        self.restore_button = QPushButton(self.tr("Restore…"), self)
        self.restore_button.setToolTip(
            self.tr("Replace the data with the selected backup, or with a file you choose")
        )
        self.restore_button.clicked.connect(self._on_restore_clicked)
        self.restore_button.setVisible(services.ctx.role is UserRole.ADMIN)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.backup_button)
        buttons.addWidget(self.restore_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        self.refresh()

    def refresh(self) -> None:
        """Read the backups folder again."""
        self.model.set_rows(self._services.backups.list())

    def selected(self) -> BackupInfo | None:
        """The backup of the selected row, if any."""
        rows = self.table.selectionModel().selectedRows()
        return self.model.data(rows[0], RowRole) if rows else None

    def _busy(self) -> None:
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)

    def _on_backup_clicked(self) -> None:
        self._busy()
        try:
            made = self._services.backups.create()
        except Exception as exc:  # disk full, read-only folder: a clear message
            QGuiApplication.restoreOverrideCursor()
            report_exception(exc, self)
            return
        QGuiApplication.restoreOverrideCursor()
        self.status.setText(self.tr("Backup made: {file}").format(file=str(made.path)))
        self.refresh()

    def _on_restore_clicked(self) -> None:
        chosen = self.selected()
        path = chosen.path if chosen is not None else None
        if path is None:
            path = choose_backup_file(self, self._services.backups.folder)
            if path is None:
                return
            info = describe(path)
            made = created_text(info) if info is not None else self.tr("(date unknown)")
        else:
            assert chosen is not None
            made = created_text(chosen)
        if not confirm_restore(self, path, made):
            return
        self._busy()
        try:
            result = self._services.backups.restore(path)
        except Exception as exc:  # refused (role, damaged, newer) or failed: data unchanged
            QGuiApplication.restoreOverrideCursor()
            report_exception(exc, self)
            return
        QGuiApplication.restoreOverrideCursor()
        log.info("restored %s; closing so that every window starts on the restored data", path)
        announce_restored(self, result)
        close_program()
