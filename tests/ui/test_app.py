"""The GUI composition root: lock, start-up problems, first start, window, error hook."""

from __future__ import annotations

import logging
import logging.handlers
import sys
from dataclasses import replace

import pytest
from PySide6.QtWidgets import QApplication, QDialog
from sqlalchemy import text

from kopdes_desktop import app as app_module
from kopdes_desktop.storage.database import make_engine
from kopdes_desktop.storage.instance_lock import InstanceLock
from kopdes_desktop.ui.dialogs import error_dialog
from kopdes_desktop.ui.dialogs.setup_area_dialog import SetupAreaDialog
from kopdes_desktop.ui.main_window import MainWindow

pytestmark = pytest.mark.gui


@pytest.fixture(autouse=True)
def isolated_app(qapp, monkeypatch):
    """run_gui changes process-wide state; give every test its own and restore it."""
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    style_sheet = qapp.styleSheet()
    root = logging.getLogger()
    handlers = list(root.handlers)
    level = root.level
    yield
    qapp.setStyleSheet(style_sheet)
    for handler in root.handlers:
        if handler not in handlers:
            root.removeHandler(handler)
            handler.close()
    root.setLevel(level)


@pytest.fixture
def messages(monkeypatch):
    """Capture what the start-up message boxes would say instead of blocking on them."""
    shown: list[str] = []
    monkeypatch.setattr(
        app_module,
        "show_domain_error",
        lambda exc, _parent: shown.append(error_dialog.message_for(exc)),
    )
    monkeypatch.setattr(app_module, "_show_start_problem", shown.append)
    return shown


@pytest.fixture
def windows(monkeypatch):
    """Replace the blocking event loop: record the top-level windows and return 0."""
    seen: list[MainWindow] = []

    def fake_loop(_app):
        seen.extend(
            w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()
        )
        return 0

    monkeypatch.setattr(app_module, "event_loop", fake_loop)
    return seen


def test_second_start_is_refused_with_indonesian_message(config, messages, windows):
    with InstanceLock(config.lock_file):
        assert app_module.run_gui(config, "tester", "sandi-tester") == 1
    assert messages and messages[0].startswith("KopDes sudah berjalan untuk folder data ini")
    assert not windows


def test_database_from_newer_version_is_refused(config, messages, windows):
    engine = make_engine(config.database_url)
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999_future'"))
    engine.dispose()
    assert app_module.run_gui(config, "tester", "sandi-tester") == 1
    assert "versi yang lebih baru" in messages[0]
    assert not windows


def test_opens_main_window_when_area_is_set(config, services, windows):
    services.settings.set_area("31.74.07.1001", "Kantor Kelurahan Melawai")
    assert app_module.run_gui(config, "tester", "sandi-tester") == 0
    assert len(windows) == 1
    assert windows[0].windowTitle() == "KopDes Desktop — Kantor Kelurahan Melawai"
    assert windows[0].nav.item(0).text() == "Beranda"
    InstanceLock(config.lock_file).acquire()  # released on exit


def test_first_start_asks_for_the_area(config, services, windows, monkeypatch):
    def choose_melawai(dialog: SetupAreaDialog) -> int:
        dialog.picker.select_code("31.74.07.1001")
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(SetupAreaDialog, "exec", choose_melawai)
    assert app_module.run_gui(config, "tester", "sandi-tester") == 0
    assert services.settings.get().area_code == "31.74.07.1001"
    assert windows[0].windowTitle() == "KopDes Desktop — Melawai"


def test_english_when_the_office_chose_it(config, services, windows, qapp, indonesian):
    services.settings.set_area("31.74.07.1001", "Kantor Kelurahan Melawai")
    services.settings.save(replace(services.settings.get(), language="en"))
    qapp.removeTranslator(indonesian)  # the test fixture's; run_gui decides the language
    try:
        assert app_module.run_gui(config, "tester", "sandi-tester") == 0
    finally:
        qapp.installTranslator(indonesian)
    window = windows[0]
    assert window.nav.item(0).text() == "Home"
    assert window.user_label.text() == "User: tester"


def test_cancelled_first_start_opens_nothing(config, services, windows, monkeypatch):
    monkeypatch.setattr(SetupAreaDialog, "exec", lambda _self: QDialog.DialogCode.Rejected.value)
    assert app_module.run_gui(config, "tester", "sandi-tester") == 0
    assert not services.settings.has_area()
    assert not windows


def test_exception_hook_logs_and_shows_bugs(monkeypatch, caplog):
    shown = []
    monkeypatch.setattr(error_dialog, "show_bug", lambda exc, _parent: shown.append(exc))
    app_module.install_excepthook()
    try:
        raise RuntimeError("a bug")
    except RuntimeError as exc:
        with caplog.at_level(logging.ERROR):
            sys.excepthook(type(exc), exc, exc.__traceback__)
    assert isinstance(shown[0], RuntimeError)
    assert "a bug" in caplog.text and "Traceback" in caplog.text


def test_exception_hook_explains_domain_errors(monkeypatch):
    from kopdes_desktop.storage.migrate import DatabaseTooNewError

    shown = []
    monkeypatch.setattr(
        error_dialog,
        "show_domain_error",
        lambda exc, _parent: shown.append(error_dialog.message_for(exc)),
    )
    app_module.install_excepthook()
    exc = DatabaseTooNewError("db.too_new", None, revision="9999", supported="0001")
    sys.excepthook(type(exc), exc, None)
    assert shown == [
        "Basis data ini ditulis oleh KopDes Desktop versi yang lebih baru "
        "(skema 9999; versi ini mengenal 0001). Pasang versi yang lebih baru "
        "untuk membukanya; data tidak diubah."
    ]


def test_failed_task_without_handler_is_reported(qtbot, monkeypatch):
    from kopdes_desktop.ui.workers import TaskRunner

    reported = []
    monkeypatch.setattr(error_dialog, "report_exception", lambda exc, _parent: reported.append(exc))
    runner = TaskRunner()

    def task(_control):
        raise KeyError("bug in a task")

    runner.start(task)
    qtbot.waitUntil(lambda: bool(reported), timeout=5_000)
    assert isinstance(reported[0], KeyError)
    runner.wait()
