"""What the GUI does at start and at exit to keep the data safe.

At start: ``PRAGMA quick_check`` (a damaged database is said plainly, with the offer to
restore the latest good backup), a warning once when the data folder is on a network share or
in a synced folder, and the day's automatic backup (in the background). At exit: a backup
when something changed. Backups failing at start or exit are logged and, at start, shown as
a calm message: they never stop the program.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from kopdes_desktop.bootstrap import Services
from kopdes_desktop.config import Config
from kopdes_desktop.services.backup_catalog import BackupInfo, latest_good
from kopdes_desktop.services.backup_service import BackupService
from kopdes_desktop.storage.data_location import location_warnings
from kopdes_desktop.ui.models.backups_table_model import created_text
from kopdes_desktop.ui.workers import TaskControl, TaskRunner

log = logging.getLogger(__name__)
translate = QCoreApplication.translate  # lupdate needs literal contexts


def offer_restore(parent: QWidget | None, backup: BackupInfo | None) -> bool:
    """Tell that the database is damaged; True when the user chose to restore ``backup``."""
    if backup is None:
        text = translate(
            "DataSafety",
            "The database check found damage, and there is no good backup in the backups "
            "folder. KopDes opens anyway: export or print what you need, and ask for help.",
        )
        buttons = QMessageBox.StandardButton.Ok
    else:
        text = translate(
            "DataSafety",
            "The database check found damage. Restore the latest good backup\n{file}\nmade "
            "on {date}? A copy of the damaged database is kept.",
        ).format(file=str(backup.path), date=created_text(backup))
        buttons = QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
    box = QMessageBox(
        QMessageBox.Icon.Critical, translate("DataSafety", "KopDes Desktop"), text, buttons, parent
    )
    if backup is None:
        box.button(QMessageBox.StandardButton.Ok).setText(translate("DataSafety", "OK"))
        box.exec()
        return False
    box.button(QMessageBox.StandardButton.Yes).setText(translate("DataSafety", "Restore"))
    box.button(QMessageBox.StandardButton.No).setText(translate("DataSafety", "Open anyway"))
    return box.exec() == QMessageBox.StandardButton.Yes


def restore_latest_when_damaged(backups: BackupService, parent: QWidget | None) -> bool:
    """Offer the latest good backup of a damaged database; True when it was restored."""
    good = latest_good(backups.folder)
    if not offer_restore(parent, good):
        return False
    assert good is not None
    try:
        result = backups.restore(good.path)
    except Exception as exc:
        from kopdes_desktop.ui.dialogs.error_dialog import report_exception

        report_exception(exc, parent)
        return False
    log.info("damaged database replaced by %s; safety copy %s", good.path, result.safety_copy)
    return True


def check_database_at_start(services: Services, parent: QWidget | None = None) -> None:
    """``quick_check`` the database; when damaged, offer to restore the latest good backup."""
    ok, problems = services.checks.integrity(full=False)
    if ok:
        return
    log.error("quick_check failed: %s", problems[:10])
    restore_latest_when_damaged(services.backups, parent)


def location_text(code: str, params: dict[str, object]) -> str:
    """The warning about where the data folder is."""
    if code == "location.network":
        return translate(
            "DataSafety",
            "The data folder {folder} is on a network drive ({fstype}). A SQLite database "
            "there can be damaged; keep the data on this computer's own disk.",
        ).format(**{k: str(v) for k, v in params.items()})
    return translate(
        "DataSafety",
        "The data folder {folder} is inside a synced folder ({service}). Syncing while "
        "KopDes runs can damage the database; move the data folder out of it.",
    ).format(**{k: str(v) for k, v in params.items()})


def show_location_warning(config: Config, parent: QWidget | None) -> QMessageBox | None:
    """A non-blocking warning (once per start) when the data folder is in a risky place."""
    if not config.is_sqlite:
        return None
    issues = location_warnings(config.home)
    if not issues:
        return None
    text = "\n\n".join(location_text(i.code, dict(i.params)) for i in issues)
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        translate("DataSafety", "KopDes Desktop"),
        text,
        QMessageBox.StandardButton.Ok,
        parent,
    )
    box.button(QMessageBox.StandardButton.Ok).setText(translate("DataSafety", "OK"))
    box.setModal(False)
    box.show()
    return box


def start_daily_backup(services: Services, runner: TaskRunner) -> None:
    """The day's (and month's) automatic backup, on a worker thread."""

    def task(_control: TaskControl) -> tuple[BackupInfo, ...]:
        return services.backups.auto_daily()

    def failed(exc: BaseException) -> None:
        from kopdes_desktop.ui.dialogs.error_dialog import report_exception

        log.warning("automatic daily backup failed")
        report_exception(exc, None)

    runner.start(task, on_failed=failed)


def backup_on_exit(services: Services) -> None:
    """A backup at exit when the data changed; a failure is logged, never blocks closing."""
    try:
        made = services.backups.auto_on_exit()
    except Exception:
        log.warning("backup at exit failed", exc_info=True)
        return
    if made is not None:
        log.info("backup at exit: %s", made.path)
