"""What happens before the main window on a fresh data folder.

The reference areas are loaded off the GUI thread (a busy indicator appears if it takes a
moment), then the office chooses its working area. Kept out of ``app.py`` so tests and the
settings screen can drive the same steps.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEventLoop, Qt
from PySide6.QtWidgets import QDialog, QProgressDialog, QWidget

from kopdes_desktop.bootstrap import Services
from kopdes_desktop.ui.dialogs.error_dialog import report_exception
from kopdes_desktop.ui.dialogs.setup_area_dialog import SetupAreaDialog
from kopdes_desktop.ui.workers import TaskRunner

BUSY_SHOW_AFTER_MS = 400


def load_reference_areas(
    services: Services, runner: TaskRunner, parent: QWidget | None = None
) -> bool:
    """Run ``WilayahService.ensure_loaded`` in a worker; True when the areas are there."""
    busy = QProgressDialog(
        QCoreApplication.translate("FirstStart", "Preparing the list of areas of Indonesia…"),
        "",
        0,
        0,
        parent,
    )
    busy.setWindowTitle(QCoreApplication.translate("FirstStart", "KopDes Desktop"))
    busy.setCancelButton(None)
    busy.setWindowModality(Qt.WindowModality.ApplicationModal)
    busy.setMinimumDuration(BUSY_SHOW_AFTER_MS)
    loop = QEventLoop()
    outcome: dict[str, bool] = {}

    def done(_result: object) -> None:
        outcome["ok"] = True
        loop.quit()

    def failed(exc: BaseException) -> None:
        outcome["ok"] = False
        loop.quit()
        busy.reset()
        report_exception(exc, parent)

    runner.start(lambda _ctl: services.wilayah.ensure_loaded(), on_finished=done, on_failed=failed)
    if not outcome:  # a very fast worker may already have reported
        loop.exec()
    busy.reset()
    busy.deleteLater()
    return outcome.get("ok", False)


def run_first_start(services: Services, runner: TaskRunner, parent: QWidget | None = None) -> bool:
    """Load areas and ask for the working area; False when the user cancelled."""
    if not load_reference_areas(services, runner, parent):
        return False
    dialog = SetupAreaDialog(services.wilayah, services.settings, parent)
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    dialog.deleteLater()
    return accepted
