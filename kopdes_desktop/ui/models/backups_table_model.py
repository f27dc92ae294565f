"""The backups in the backups folder, newest first (Pengaturan, Cadangan)."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt

from kopdes_desktop.services.backup_catalog import BackupInfo, BackupKind
from kopdes_desktop.ui.models.row_table_model import RowTableModel

translate = QCoreApplication.translate  # lupdate needs literal contexts


class BackupColumn(IntEnum):
    """Columns of the backups table."""

    CREATED = 0
    KIND = 1
    SIZE = 2
    REVISION = 3
    FILE = 4


def kind_name(kind: BackupKind) -> str:
    """Why the backup was made, in words."""
    return {
        BackupKind.MANUAL: translate("BackupsTableModel", "Manual"),
        BackupKind.DAILY: translate("BackupsTableModel", "Daily"),
        BackupKind.MONTHLY: translate("BackupsTableModel", "Monthly"),
        BackupKind.EXIT: translate("BackupsTableModel", "On exit"),
        BackupKind.PRE_RESTORE: translate("BackupsTableModel", "Before a restore"),
        BackupKind.PRE_UPGRADE: translate("BackupsTableModel", "Before an upgrade"),
    }[kind]


def created_text(backup: BackupInfo) -> str:
    """Local date and time, as offices read them: dd-mm-yyyy hh:mm."""
    return backup.created_at.astimezone().strftime("%d-%m-%Y %H:%M")


def size_text(size: int) -> str:
    """Megabytes with one decimal (kilobytes for small files)."""
    if size >= 1_048_576:
        return f"{size / 1_048_576:.1f} MB".replace(".", ",")
    return f"{max(1, size // 1024)} KB"


class BackupsTableModel(RowTableModel[BackupInfo]):
    """Rows of ``BackupInfo``; the row id is the file's path."""

    columns = BackupColumn

    def header(self, column: int) -> str:
        return {
            BackupColumn.CREATED: self.tr("Made"),
            BackupColumn.KIND: self.tr("Kind"),
            BackupColumn.SIZE: self.tr("Size"),
            BackupColumn.REVISION: self.tr("Schema"),
            BackupColumn.FILE: self.tr("File"),
        }[BackupColumn(column)]

    def display(self, row: BackupInfo, column: int) -> str:
        col = BackupColumn(column)
        if col is BackupColumn.CREATED:
            return created_text(row)
        if col is BackupColumn.KIND:
            return kind_name(row.kind)
        if col is BackupColumn.SIZE:
            return size_text(row.size)
        if col is BackupColumn.REVISION:
            return (row.revision or "?").split("_", 1)[0]
        return row.path.name

    def sort_value(self, row: BackupInfo, column: int) -> Any:
        if column == BackupColumn.CREATED:
            return row.created_at.isoformat()
        if column == BackupColumn.SIZE:
            return row.size
        return self.display(row, column)

    def row_id(self, row: BackupInfo) -> str | None:
        return str(row.path)

    def alignment(self, column: int) -> Qt.AlignmentFlag | None:
        return Qt.AlignmentFlag.AlignRight if column == BackupColumn.SIZE else None
