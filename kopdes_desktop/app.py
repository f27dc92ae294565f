"""Composition root of the GUI: logging, instance lock, services, Qt application, window.

The only GUI module that knows every layer. Expected start-up problems (another instance on
the same data folder, a database from a newer version, an unreachable database server) end
with a clear Indonesian message and exit code 1; anything unexpected later is a bug, logged
with its traceback and shown in an error dialog by the exception hook installed here.
"""

from __future__ import annotations

import gc
import getpass
import logging
import sys
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox
from sqlalchemy.exc import DatabaseError, OperationalError

from kopdes_desktop import __version__
from kopdes_desktop.bootstrap import Services, build_backup_service, build_services, setup_logging
from kopdes_desktop.config import Config
from kopdes_desktop.domain.errors import DomainError, EnvironmentProblem
from kopdes_desktop.resources import resource_path
from kopdes_desktop.storage.faults import DB_DAMAGED, classify, environment_problem
from kopdes_desktop.storage.instance_lock import AlreadyRunningError, InstanceLock
from kopdes_desktop.ui.data_safety import (
    backup_on_exit,
    restore_latest_when_damaged,
    show_location_warning,
    start_checks_and_daily_backup,
)
from kopdes_desktop.ui.dialogs.error_dialog import report_exception, show_domain_error
from kopdes_desktop.ui.draft_recovery import schedule_draft_recovery
from kopdes_desktop.ui.first_start import run_first_start
from kopdes_desktop.ui.garbage_collector import GuiThreadGarbageCollector
from kopdes_desktop.ui.icons import icon
from kopdes_desktop.ui.main_window import MainWindow
from kopdes_desktop.ui.translator import (
    DEFAULT_LANGUAGE,
    LanguageSwitcher,
    install_translator,
    remove_translator,
)
from kopdes_desktop.ui.workers import TaskRunner

log = logging.getLogger(__name__)

APPLICATION_NAME = "KopDes Desktop"
ORGANIZATION_NAME = "KopDes"
STYLE_NAME = "Fusion"
MIN_FONT_POINTS = 10.0
translate = QCoreApplication.translate  # lupdate needs literal contexts


def make_application() -> QApplication:
    """The QApplication with our names, Fusion style and the calm stylesheet."""
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv)
    app.setApplicationName(APPLICATION_NAME)
    app.setApplicationDisplayName(APPLICATION_NAME)
    app.setOrganizationName(ORGANIZATION_NAME)
    app.setApplicationVersion(__version__)
    app.setStyle(STYLE_NAME)
    font = app.font()
    if 0 < font.pointSizeF() < MIN_FONT_POINTS:  # many office screens are read from afar
        font.setPointSizeF(MIN_FONT_POINTS)
        app.setFont(font)
    qss = resource_path("style", "kopdes.qss")
    if qss.is_file():
        app.setStyleSheet(qss.read_text(encoding="utf-8"))
    else:
        log.warning("stylesheet %s is missing", qss)
    app.setWindowIcon(icon("app"))
    return app


def install_excepthook() -> None:
    """Route uncaught exceptions (also from Qt slots) to the log and an error dialog."""
    showing = False

    def hook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        nonlocal showing
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        if exc.__traceback__ is None:
            exc = exc.with_traceback(tb)
        if showing:  # the dialog itself failed: log only, never loop
            log.error("error while reporting an error", exc_info=(exc_type, exc, tb))
            return
        showing = True
        try:
            report_exception(exc, QApplication.activeWindow())
        finally:
            showing = False

    sys.excepthook = hook


def _default_username() -> str:
    try:
        return getpass.getuser()
    except (OSError, KeyError):  # no login name (some services, containers)
        return "system"


def _show_start_problem(text: str) -> None:
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        translate("App", "KopDes Desktop"),
        text,
        QMessageBox.StandardButton.Ok,
    )
    box.button(QMessageBox.StandardButton.Ok).setText(translate("App", "OK"))
    box.exec()


def _open_services(config: Config, username: str) -> Services | None:
    """Build services, or tell the user why the database cannot be opened."""
    try:
        return build_services(config, username=username)
    except DomainError as exc:
        log.warning("start refused: %s", exc)
        show_domain_error(exc, None)
    except OperationalError as exc:
        log.error("cannot open the database", exc_info=True)
        _show_start_problem(
            translate(
                "App",
                "The database cannot be opened. Check that the data folder is writable, or that "
                "the database server is reachable.\n\nDetails: {detail}",
            ).format(detail=str(exc.orig) if exc.orig is not None else str(exc))
        )
    except DatabaseError as exc:  # a damaged file: offer the latest good backup, then retry
        log.error("the database is damaged", exc_info=True)
        backups = build_backup_service(config, username)
        restored = classify(exc) == DB_DAMAGED and restore_latest_when_damaged(backups, None)
        backups.dispose_engine()
        if restored:
            return _open_services(config, username)
        show_domain_error(environment_problem(exc) or EnvironmentProblem("env.db_damaged"), None)
    return None


def event_loop(app: QApplication) -> int:
    """Run Qt's event loop (a seam for tests, which must not block)."""
    return app.exec()


def run_gui(config: Config, username: str | None = None) -> int:
    """Open the main window on ``config``'s data folder; returns the process exit code."""
    setup_logging(config)
    log.info("KopDes Desktop %s starting on %s", __version__, config.home)
    app = make_application()
    translator = install_translator(app, DEFAULT_LANGUAGE)
    lock = InstanceLock(config.lock_file)
    try:
        lock.acquire()
    except AlreadyRunningError as exc:
        log.warning("start refused: %s", exc)
        show_domain_error(exc, None)
        remove_translator(app, translator)
        return 1
    services = _open_services(config, username or _default_username())
    if services is None:
        lock.release()
        remove_translator(app, translator)
        return 1
    install_excepthook()
    collector = GuiThreadGarbageCollector(app)  # never free Qt objects on a worker thread
    runner = TaskRunner(app)
    languages = LanguageSwitcher(app, translator, DEFAULT_LANGUAGE)  # Settings may switch it
    try:
        languages.switch(services.settings.get().language)
        if not services.settings.has_area() and not run_first_start(services, runner):
            log.info("first start cancelled: no working area chosen")
            return 0
        window = MainWindow(services, runner, languages=languages)
        window.show()
        schedule_draft_recovery(services, window)  # forms left unsaved by a crash
        show_location_warning(config, window)  # network share or synced folder: warn once
        start_checks_and_daily_backup(services, runner, window)  # quick_check, daily backup
        gc.freeze()  # start-up objects live all run: keep full collections short (~200 ms)
        code = event_loop(app)
        window.close()
        window.deleteLater()
        return code
    finally:
        runner.cancel_all()
        runner.wait()
        gc.unfreeze()  # the window's objects may go now
        collector.stop()
        backup_on_exit(services)
        services.engine.dispose()
        lock.release()
        remove_translator(app, languages.translator)
        log.info("KopDes Desktop stopped")
