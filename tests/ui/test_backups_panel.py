"""Pengaturan, Cadangan: back up now, restore (admins, after a confirmation naming the file and
date), clear messages when the disk or the file is the problem; start-up checks."""

from __future__ import annotations

import shutil
import sqlite3
from dataclasses import replace
from pathlib import Path

import pytest
from builders import MELAWAI, cooperative
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from kopdes_desktop.config import Config
from kopdes_desktop.domain.enums import UserRole
from kopdes_desktop.ui import data_safety
from kopdes_desktop.ui.dialogs import error_dialog
from kopdes_desktop.ui.views import backups_panel
from kopdes_desktop.ui.views.backups_panel import BackupsPanel

pytestmark = [pytest.mark.gui, pytest.mark.usefixtures("sqlite_only")]
FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "old_backup_0001.db"


@pytest.fixture
def shown(monkeypatch):
    """Messages the panel would show in a blocking box."""
    seen: list[str] = []
    monkeypatch.setattr(
        error_dialog,
        "show_domain_error",
        lambda exc, _p: seen.append(error_dialog.message_for(exc)),
    )
    return seen


@pytest.fixture
def closed(monkeypatch):
    calls: list[bool] = []
    monkeypatch.setattr(backups_panel, "close_program", lambda: calls.append(True))
    monkeypatch.setattr(backups_panel, "announce_restored", lambda _p, result: calls.append(result))
    return calls


@pytest.fixture
def panel(qtbot, services):
    widget = BackupsPanel(services)
    qtbot.addWidget(widget)
    widget.resize(900, 400)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def click(qtbot, button) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_back_up_now_lists_the_new_backup_in_indonesian(qtbot, panel, services):
    assert panel.title() == "Cadangan"
    assert panel.model.rowCount() == 0
    click(qtbot, panel.backup_button)
    assert panel.model.rowCount() == 1
    assert panel.model.index(0, 1).data() == "Manual"
    made = services.backups.list()[0]
    assert panel.status.text() == f"Cadangan dibuat: {made.path}"
    assert panel.model.index(0, 4).data() == made.path.name


def test_restore_of_the_selected_backup_asks_first_then_closes(
    qtbot, panel, services, monkeypatch, closed
):
    saved = services.cooperatives.save(cooperative())
    click(qtbot, panel.backup_button)
    services.cooperatives.save(replace(saved, name="Koperasi Kelurahan Merah Putih Diubah"))
    asked: list[tuple[Path, str]] = []
    answer = {"yes": False}

    def confirm(_parent, path, made):
        asked.append((path, made))
        return answer["yes"]

    monkeypatch.setattr(backups_panel, "confirm_restore", confirm)
    panel.table.selectRow(0)
    backup = services.backups.list()[0]
    click(qtbot, panel.restore_button)
    assert asked == [(backup.path, backup.created_at.astimezone().strftime("%d-%m-%Y %H:%M"))]
    assert closed == []  # "Batal": nothing happened
    answer["yes"] = True
    click(qtbot, panel.restore_button)
    assert len(closed) == 2 and closed[1] is True
    result = closed[0]
    assert result.source == backup.path and result.safety_copy.is_file()
    assert services.cooperatives.get(saved.id).name == saved.name  # the backed-up state


def test_restore_of_an_old_backup_file_chosen_by_the_user(
    qtbot, panel, services, monkeypatch, closed, tmp_path
):
    source = tmp_path / "cadangan-lama.db"
    shutil.copyfile(FIXTURE, source)
    monkeypatch.setattr(backups_panel, "choose_backup_file", lambda _p, _f: source)
    monkeypatch.setattr(backups_panel, "confirm_restore", lambda _p, _path, _made: True)
    click(qtbot, panel.restore_button)
    assert closed and closed[0].backup_revision == "0001_initial"
    coop = services.cooperatives.get_by_village(MELAWAI)
    assert coop is not None and len(services.members.members(coop.id)) == 4


def test_a_file_that_is_no_backup_gets_a_clear_message(
    qtbot, panel, services, monkeypatch, shown, closed, tmp_path
):
    junk = tmp_path / "catatan.db"
    junk.write_text("bukan basis data", encoding="utf-8")
    monkeypatch.setattr(backups_panel, "choose_backup_file", lambda _p, _f: junk)
    monkeypatch.setattr(backups_panel, "confirm_restore", lambda _p, _path, _made: True)
    click(qtbot, panel.restore_button)
    assert shown == [f"Berkas {junk} bukan basis data SQLite."]
    assert closed == []


def test_restore_is_hidden_from_operators_and_refused_by_the_service(qtbot, services):
    services.ctx.role = UserRole.OPERATOR
    widget = BackupsPanel(services)
    qtbot.addWidget(widget)
    assert widget.restore_button.isHidden()
    assert not widget.backup_button.isHidden()


def test_backup_on_a_full_disk_says_so_and_keeps_working(
    qtbot, panel, services, monkeypatch, shown
):
    import errno

    from kopdes_desktop.storage import sqlite_backup

    def no_space(_path):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(sqlite_backup, "_fsync_file", no_space)
    click(qtbot, panel.backup_button)
    assert len(shown) == 1 and shown[0].startswith("Cadangan ")
    assert "No space left on device" in shown[0] and "sebelumnya tetap utuh" in shown[0]
    assert panel.model.rowCount() == 0
    monkeypatch.undo()
    click(qtbot, panel.backup_button)
    assert panel.model.rowCount() == 1


def test_sqlite_disk_full_error_is_reported_as_such_not_as_a_bug(qapp, monkeypatch, shown):
    from sqlalchemy.exc import OperationalError

    bugs: list[BaseException] = []
    monkeypatch.setattr(error_dialog, "show_bug", lambda exc, _p: bugs.append(exc))
    exc = OperationalError("INSERT …", {}, sqlite3.OperationalError("database or disk is full"))
    error_dialog.report_exception(exc, None)
    assert bugs == []
    assert shown == [
        "Disk penuh: data tidak dapat disimpan. Kosongkan ruang disk lalu coba lagi; semua "
        "yang sudah tersimpan tetap utuh."
    ]


def test_damaged_database_at_start_offers_the_latest_good_backup(
    qtbot, services, runner, monkeypatch, closed
):
    from PySide6.QtWidgets import QWidget

    services.cooperatives.save(cooperative())
    good = services.backups.create()
    services.engine.dispose()
    db = services.config.sqlite_path
    data = bytearray(db.read_bytes())
    page = int.from_bytes(data[16:18], "big")  # the page size, from the file header
    middle = (len(data) // page // 2) * page
    data[middle : middle + page] = b"\xa5" * page  # a whole b-tree page
    db.write_bytes(bytes(data))
    offered = []
    monkeypatch.setattr(
        data_safety, "offer_restore", lambda _p, backup: offered.append(backup) or True
    )
    window = QWidget()
    qtbot.addWidget(window)
    data_safety.start_checks_and_daily_backup(services, runner, window)
    qtbot.waitUntil(lambda: len(closed) == 2, timeout=30_000)
    assert [b.path for b in offered] == [good.path]
    assert closed[0].source == good.path and closed[1] is True  # told, then the program closes
    assert services.checks.integrity(full=True) == (True, [])
    assert services.cooperatives.get_by_village(MELAWAI) is not None
    # No automatic backup was made of the damaged file.
    assert {b.kind.value for b in services.backups.list()} == {"manual", "pre_restore"}


def test_synced_data_folder_is_warned_about_once(qtbot, tmp_path):
    home = tmp_path / "Dropbox" / "KopDes"
    home.mkdir(parents=True)
    box = data_safety.show_location_warning(
        Config(home=home, database_url=f"sqlite:///{home / 'kopdes.db'}"), None
    )
    assert box is not None and not box.isModal()
    assert "folder sinkronisasi (Dropbox)" in box.text()
    assert box.icon() == QMessageBox.Icon.Warning
    box.close()
    local = tmp_path / "lokal"
    local.mkdir()
    assert (
        data_safety.show_location_warning(
            Config(home=local, database_url=f"sqlite:///{local / 'kopdes.db'}"), None
        )
        is None
    )


def test_the_program_backs_up_at_the_first_start_of_the_day_and_at_exit(
    qtbot, config, services, monkeypatch
):
    import logging
    import sys

    from kopdes_desktop import app as app_module
    from kopdes_desktop.services.backup_catalog import BackupKind

    services.settings.set_area(MELAWAI, "Kantor Kelurahan Melawai")
    services.engine.dispose()
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level

    def session_with_a_save(_app):
        # The day's backups run in the background; then something changes in the session.
        qtbot.waitUntil(lambda: len(services.backups.list()) == 2, timeout=30_000)
        services.cooperatives.save(cooperative())
        return 0

    monkeypatch.setattr(app_module, "event_loop", session_with_a_save)
    try:
        assert app_module.run_gui(config, "tester", "sandi-tester") == 0
    finally:
        for handler in [h for h in root.handlers if h not in handlers]:
            root.removeHandler(handler)
            handler.close()
        root.setLevel(level)
    kinds = sorted(b.kind.value for b in services.backups.list())
    assert kinds == sorted(
        [BackupKind.DAILY.value, BackupKind.MONTHLY.value, BackupKind.EXIT.value]
    )
    exit_backup = next(b for b in services.backups.list() if b.kind is BackupKind.EXIT)
    conn = sqlite3.connect(exit_backup.path)
    assert conn.execute("SELECT count(*) FROM cooperative").fetchone()[0] == 1
    conn.close()


def test_saving_a_form_on_a_locked_database_keeps_the_typing_and_says_why(
    qtbot, config, monkeypatch
):
    from kopdes_desktop.bootstrap import build_services
    from kopdes_desktop.storage import database
    from kopdes_desktop.ui.views.settings_view import SettingsView

    monkeypatch.setattr(database, "SQLITE_BUSY_TIMEOUT_MS", 150)
    services = build_services(config, username="tester")
    services.settings.set_area(MELAWAI, "Kantor Kelurahan Melawai")
    view = SettingsView(services)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    view.lurah_name_edit.setFocus()
    qtbot.keyClicks(view.lurah_name_edit, "Budi Santoso")
    other = sqlite3.connect(config.sqlite_path, isolation_level=None)
    try:
        other.execute("BEGIN IMMEDIATE")  # another program is writing
        assert view.save() is False
        assert view.form_message.text() == (
            "Basis data sedang dikunci oleh program lain. Tunggu sebentar lalu coba lagi; "
            "tidak ada yang diubah."
        )
        assert view.status_label.text() == "Belum tersimpan; yang Anda ketik tetap ada."
        assert view.is_dirty() and view.lurah_name_edit.text() == "Budi Santoso"
    finally:
        other.rollback()
        other.close()
    assert view.save() is True
    assert services.settings.get().lurah_name == "Budi Santoso"
    view.close()
    services.engine.dispose()


def test_a_database_too_damaged_to_open_is_restored_before_the_window_opens(
    qtbot, config, services, monkeypatch
):
    import logging
    import sys

    from PySide6.QtWidgets import QApplication

    from kopdes_desktop import app as app_module
    from kopdes_desktop.ui.main_window import MainWindow

    services.settings.set_area(MELAWAI, "Kantor Kelurahan Melawai")
    services.cooperatives.save(cooperative())
    good = services.backups.create()
    services.engine.dispose()
    db = config.sqlite_path
    data = bytearray(db.read_bytes())
    data[100:4096] = b"\x00" * (4096 - 100)  # the schema page is gone: nothing opens
    db.write_bytes(bytes(data))
    offered = []
    monkeypatch.setattr(
        data_safety, "offer_restore", lambda _p, backup: offered.append(backup) or True
    )
    seen = []

    def fake_loop(_app):
        seen.extend(
            w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()
        )
        return 0

    monkeypatch.setattr(app_module, "event_loop", fake_loop)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    try:
        assert app_module.run_gui(config, "tester", "sandi-tester") == 0
    finally:
        for handler in [h for h in root.handlers if h not in handlers]:
            root.removeHandler(handler)
            handler.close()
        root.setLevel(level)
    assert [b.path for b in offered] == [good.path] and len(seen) == 1
    assert services.cooperatives.get_by_village(MELAWAI) is not None
    damaged_copy = [b for b in services.backups.list() if b.revision == "damaged"]
    assert len(damaged_copy) == 1  # the damaged file was kept, byte for byte
