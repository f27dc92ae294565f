"""Backups: made consistently and checked, rotated, listed, restored only by admins, and a
restore keeps a copy of what it replaces (SQLite files; PostgreSQL has its own test)."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from builders import MELAWAI, cooperative

from kopdes_desktop.domain.enums import UserRole
from kopdes_desktop.domain.errors import PermissionDeniedError
from kopdes_desktop.services.backup_catalog import KEEP, BackupKind
from kopdes_desktop.services.backup_service import BackupError
from kopdes_desktop.storage.migrate import DatabaseTooNewError, scripted_head

pytestmark = pytest.mark.usefixtures("sqlite_only")


def _revision_in(path: Path) -> str:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT version_num FROM alembic_version").fetchone()[0]
    finally:
        conn.close()


def test_backup_holds_the_data_and_is_stamped(services):
    services.cooperatives.save(cooperative())
    backup = services.backups.create()
    assert backup.path.parent == services.config.backups_dir
    assert scripted_head() in backup.path.name and backup.kind is BackupKind.MANUAL
    assert _revision_in(backup.path) == scripted_head() == backup.revision
    assert backup.program_version
    listed = services.backups.list()
    assert [b.path for b in listed] == [backup.path]
    assert listed[0].program_version == backup.program_version  # read back from the sidecar
    conn = sqlite3.connect(backup.path)
    assert conn.execute("SELECT count(*) FROM cooperative").fetchone()[0] == 1
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()


def test_backup_to_a_chosen_file_replaces_it_only_when_complete(services, tmp_path):
    out = tmp_path / "elsewhere" / "salinan.db"
    first = services.backups.create(out=out)
    assert first.path == out and _revision_in(out) == scripted_head()
    services.cooperatives.save(cooperative())
    services.backups.create(out=out)
    conn = sqlite3.connect(out)
    assert conn.execute("SELECT count(*) FROM cooperative").fetchone()[0] == 1
    conn.close()
    assert [p.name for p in out.parent.iterdir() if p.name.startswith(".tmp-")] == []


def test_restore_brings_back_the_backed_up_state_and_keeps_a_safety_copy(services):
    saved = services.cooperatives.save(cooperative())
    backup = services.backups.create()
    services.cooperatives.save(replace(saved, name="Koperasi Kelurahan Merah Putih Baru"))
    result = services.backups.restore(backup.path)
    assert result.revision == scripted_head() and result.backup_revision == scripted_head()
    # The same services keep working on the restored file.
    assert services.cooperatives.get(saved.id).name == "Koperasi Kelurahan Merah Putih Melawai"
    assert result.safety_copy is not None and result.safety_copy.is_file()
    conn = sqlite3.connect(result.safety_copy)
    name = conn.execute("SELECT name FROM cooperative").fetchone()[0]
    conn.close()
    assert name == "Koperasi Kelurahan Merah Putih Baru"
    kinds = {b.kind for b in services.backups.list()}
    assert BackupKind.PRE_RESTORE in kinds


def test_restore_removes_stale_journal_files(services):
    services.cooperatives.save(cooperative())
    backup = services.backups.create()
    db = services.config.sqlite_path
    stale = [Path(f"{db}-wal"), Path(f"{db}-shm")]
    for path in stale:
        path.write_bytes(b"stale")
    services.backups.restore(backup.path)
    assert not any(p.exists() for p in stale)
    assert services.cooperatives.get_by_village(MELAWAI) is not None


@pytest.mark.parametrize("role", [UserRole.OPERATOR, UserRole.VIEWER])
def test_only_an_admin_may_restore(services, role):
    backup = services.backups.create()
    services.ctx.role = role
    with pytest.raises(PermissionDeniedError):
        services.backups.restore(backup.path)
    assert [b.kind for b in services.backups.list()] == [BackupKind.MANUAL]


def test_a_file_that_is_no_database_is_refused_untouched(services, tmp_path):
    services.cooperatives.save(cooperative())
    bogus = tmp_path / "bukan.db"
    bogus.write_bytes(b"hello, this is not SQLite" * 100)
    with pytest.raises(BackupError) as info:
        services.backups.restore(bogus)
    assert info.value.code == "backup.not_sqlite"
    assert services.cooperatives.get_by_village(MELAWAI) is not None


def test_a_database_of_another_program_is_refused(services, tmp_path):
    other = tmp_path / "other.db"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    with pytest.raises(BackupError) as info:
        services.backups.restore(other)
    assert info.value.code == "backup.not_kopdes"


def test_a_damaged_backup_is_refused(services, tmp_path):
    services.cooperatives.save(cooperative())
    backup = services.backups.create()
    data = bytearray(backup.path.read_bytes())
    page = int.from_bytes(data[16:18], "big")  # the page size, from the file header
    data[page * 3 : page * 3 + 200] = b"\xff" * 200  # scribble over a b-tree page's header
    broken = tmp_path / "rusak.db"
    broken.write_bytes(bytes(data))
    with pytest.raises(BackupError) as info:
        services.backups.restore(broken)
    assert info.value.code in {"backup.damaged", "backup.not_kopdes"}
    assert services.cooperatives.get_by_village(MELAWAI) is not None


def test_a_backup_from_a_newer_program_is_refused(services, tmp_path):
    backup = services.backups.create(out=tmp_path / "future.db")
    conn = sqlite3.connect(backup.path)
    conn.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    conn.commit()
    conn.close()
    with pytest.raises(DatabaseTooNewError) as info:
        services.backups.restore(backup.path)
    assert info.value.params["revision"] == "9999_from_the_future"


def _clock_at(services, when: datetime) -> None:
    services.ctx.clock = lambda: when


def test_daily_backup_once_a_day_and_rotation_keeps_ten_daily_and_twelve_monthly(services):
    start = datetime(2026, 1, 1, 8, 0, tzinfo=UTC)
    # Twelve days in a row in January, then one start a month until February 2027.
    days = [start + timedelta(days=d) for d in range(12)]
    days += [datetime(2026 + (m // 12), m % 12 + 1, 15, 9, tzinfo=UTC) for m in range(1, 14)]
    for n, when in enumerate(days):
        _clock_at(services, when)
        made = services.backups.auto_daily()
        assert BackupKind.DAILY in {b.kind for b in made}
        if n in (3, 15):  # a second start the same day makes nothing
            assert services.backups.auto_daily() == ()
        if n == 5:
            services.backups.create()  # manual backups are never rotated away
    backups = services.backups.list()
    daily = [b for b in backups if b.kind is BackupKind.DAILY]
    monthly = [b for b in backups if b.kind is BackupKind.MONTHLY]
    assert len(daily) == KEEP[BackupKind.DAILY] == 10
    assert len(monthly) == KEEP[BackupKind.MONTHLY] == 12
    assert daily[0].created_at.date() == days[-1].date()
    assert {(b.created_at.year, b.created_at.month) for b in monthly} == {
        (2026, m) for m in range(3, 13)
    } | {(2027, 1), (2027, 2)}
    assert [b.kind for b in backups].count(BackupKind.MANUAL) == 1
    sidecars = list(services.config.backups_dir.glob("*.json"))
    assert len(sidecars) == len(backups)


def test_exit_backup_only_when_something_changed(services):
    first = services.backups.auto_on_exit()
    assert first is not None and first.kind is BackupKind.EXIT
    assert services.backups.auto_on_exit() is None
    services.cooperatives.save(cooperative())
    second = services.backups.auto_on_exit()
    assert second is not None and second.path != first.path
    assert services.backups.auto_on_exit() is None


def test_pre_upgrade_copies_are_listed_and_kept(services):
    folder = services.config.backups_dir
    folder.mkdir(parents=True, exist_ok=True)
    made = services.backups.create(out=folder / "kopdes-before-0004_x-20250101T000000Z.db")
    listed = services.backups.list()
    assert [(b.path, b.kind) for b in listed] == [(made.path, BackupKind.PRE_UPGRADE)]
    assert listed[0].revision == scripted_head()


def test_a_backup_never_overwrites_the_database_itself(services):
    with pytest.raises(BackupError) as info:
        services.backups.create(out=services.config.sqlite_path)
    assert info.value.code == "backup.target_is_database"


def test_the_day_of_a_daily_backup_is_the_office_s_local_day(services, monkeypatch):
    import time

    monkeypatch.setenv("TZ", "Asia/Jakarta")
    time.tzset()
    try:
        # Both on 1 March in UTC, but 1 March 17:00 and 2 March 01:00 in Jakarta (WIB).
        _clock_at(services, datetime(2026, 3, 1, 10, 0, tzinfo=UTC))
        assert BackupKind.DAILY in {b.kind for b in services.backups.auto_daily()}
        _clock_at(services, datetime(2026, 3, 1, 18, 0, tzinfo=UTC))
        assert [b.kind for b in services.backups.auto_daily()] == [BackupKind.DAILY]
    finally:
        monkeypatch.undo()  # TZ as it was, then the C library told so
        time.tzset()
