"""What the GUI does at start and at exit to keep the data safe.

At start, in the background: ``PRAGMA quick_check`` (a damaged database is said plainly, with
the offer to restore the latest good backup), then the day's automatic backup; and a warning
once when the data folder is on a network share or in a synced folder. At exit: a backup
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
from kopdes_desktop.services.backup_service import BackupService, RestoreResult
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


def restore_latest_when_damaged(
    backups: BackupService, parent: QWidget | None
) -> RestoreResult | None:
    """Offer the latest good backup of a damaged database; what was restored, if anything."""
    good = latest_good(backups.folder)
    if not offer_restore(parent, good):
        return None
    assert good is not None
    try:
        result = backups.restore(good.path)
    except Exception as exc:
        from kopdes_desktop.ui.dialogs.error_dialog import report_exception

        report_exception(exc, parent)
        return None
    log.info("damaged database replaced by %s; safety copy %s", good.path, result.safety_copy)
    return result


def on_database_damaged(services: Services, parent: QWidget | None) -> None:
    """The start-up check found damage: offer the latest good backup; after a restore the
    program closes (its windows still show the damaged data), as after any restore."""
    from kopdes_desktop.ui.views import backups_panel

    result = restore_latest_when_damaged(services.backups, parent)
    if result is not None and parent is not None:
        backups_panel.announce_restored(parent, result)
        backups_panel.close_program()


def start_checks_and_daily_backup(
    services: Services, runner: TaskRunner, parent: QWidget | None
) -> None:
    """In the background, so that a large database does not slow the start: ``quick_check``,
    then (when it passed) the day's and month's automatic backups."""

    def task(_control: TaskControl) -> tuple[bool, list[str]]:
        ok, problems = services.checks.integrity(full=False)
        if ok:
            services.backups.auto_daily()
        return ok, problems

    def finished(outcome: tuple[bool, list[str]]) -> None:
        ok, problems = outcome
        if not ok:
            log.error("quick_check failed: %s", problems[:10])
            on_database_damaged(services, parent)

    def failed(exc: BaseException) -> None:
        from kopdes_desktop.ui.dialogs.error_dialog import report_exception

        log.warning("start-up check or automatic backup failed")
        report_exception(exc, parent)

    runner.start(task, on_finished=finished, on_failed=failed)


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


def backup_on_exit(services: Services) -> None:
    """A backup at exit when the data changed; a failure is logged, never blocks closing."""
    try:
        made = services.backups.auto_on_exit()
    except Exception:
        log.warning("backup at exit failed", exc_info=True)
        return
    if made is not None:
        log.info("backup at exit: %s", made.path)
