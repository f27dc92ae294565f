"""Disk full, read-only data, locked database: one clear message, nothing half-written, and
the next save works (issue 6, item 5).

Each fault is real where the machine allows it (a second connection holding the write lock;
a read-only connection or a read-only mount; a tiny tmpfs) and injected otherwise: SQLite's own
``max_page_count`` limit gives the genuine "database or disk is full" error of a full disk.
"""

from __future__ import annotations

import contextlib
import errno
import os
import sqlite3
import subprocess
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from builders import MELAWAI, cooperative
from sqlalchemy import event

from kopdes_desktop.bootstrap import build_services
from kopdes_desktop.cli import main as cli_main
from kopdes_desktop.config import Config
from kopdes_desktop.storage import database, sqlite_backup
from kopdes_desktop.storage.faults import environment_problem

pytestmark = pytest.mark.usefixtures("sqlite_only")


def _integrity(path: Path) -> str:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        conn.close()


def _names(services) -> list[str]:
    return sorted(c.name for c in services.cooperatives.list())


def test_locked_database_gives_one_message_and_the_next_save_works(
    config: Config, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(database, "SQLITE_BUSY_TIMEOUT_MS", 150)
    services = build_services(config, username="tester")
    first = services.cooperatives.save(cooperative())
    other = sqlite3.connect(config.sqlite_path, isolation_level=None)
    try:
        other.execute("BEGIN IMMEDIATE")  # another program writing
        with pytest.raises(Exception) as info:
            services.cooperatives.save(replace(first, name="Koperasi Kelurahan Merah Putih X"))
        problem = environment_problem(info.value)
        assert problem is not None and problem.code == "env.db_locked"
        # The CLI says it in one Indonesian line and exits 1.
        code = cli_main(
            ["--home", str(config.home), "--db", config.database_url, "init", "--area", MELAWAI]
        )
        err = capsys.readouterr().err
        assert (code, err.count("\n")) == (1, 1) and "dikunci" in err, err
    finally:
        other.rollback()
        other.close()
    assert services.cooperatives.get(first.id).name == first.name  # nothing half-written
    saved = services.cooperatives.save(replace(first, name="Koperasi Kelurahan Merah Putih X"))
    assert services.cooperatives.get(saved.id).name == "Koperasi Kelurahan Merah Putih X"
    services.engine.dispose()


def test_disk_full_while_saving_loses_nothing(config: Config) -> None:
    services = build_services(config, username="tester")
    kept = services.cooperatives.save(cooperative())
    page_count = int(sqlite3.connect(config.sqlite_path).execute("PRAGMA page_count").fetchone()[0])

    def full_disk(dbapi_conn: sqlite3.Connection, _record: object) -> None:
        dbapi_conn.execute(f"PRAGMA max_page_count={page_count + 2}")

    services.engine.dispose()
    event.listen(services.engine, "connect", full_disk)
    big = replace(kept, notes="catatan panjang " * 40_000)  # ~640 KB: needs many pages
    with pytest.raises(Exception) as info:
        services.cooperatives.save(big)
    problem = environment_problem(info.value)
    assert problem is not None and problem.code == "env.disk_full"
    assert services.cooperatives.get(kept.id).notes == ""  # the old row, whole
    event.remove(services.engine, "connect", full_disk)
    services.engine.dispose()  # space freed
    assert _integrity(config.sqlite_path) == "ok"
    assert services.cooperatives.save(big).notes.startswith("catatan panjang")
    services.engine.dispose()


def test_read_only_database_refuses_the_save_and_keeps_the_data(config: Config) -> None:
    services = build_services(config, username="tester")
    kept = services.cooperatives.save(cooperative())
    services.engine.dispose()
    ro_url = f"sqlite:///file:{config.sqlite_path}?mode=ro&uri=true"
    read_only = build_services(replace(config, database_url=ro_url), username="tester")
    try:
        with pytest.raises(Exception) as info:
            read_only.cooperatives.save(replace(kept, name="Koperasi Kelurahan Merah Putih Y"))
        problem = environment_problem(info.value)
        assert problem is not None and problem.code == "env.read_only"
        assert read_only.cooperatives.get(kept.id).name == kept.name  # still readable
    finally:
        read_only.engine.dispose()
    assert _integrity(config.sqlite_path) == "ok"
    again = services.cooperatives.save(replace(kept, name="Koperasi Kelurahan Merah Putih Y"))
    assert again.name == "Koperasi Kelurahan Merah Putih Y"
    services.engine.dispose()


@contextlib.contextmanager
def _mounted_tmpfs(folder: Path, options: str) -> Iterator[bool]:
    """A real tmpfs at ``folder`` (True), or False where mounting is not allowed."""
    folder.mkdir(parents=True, exist_ok=True)
    if os.geteuid() != 0:
        yield False
        return
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(folder)],
        capture_output=True,
        check=False,
    )
    try:
        yield done.returncode == 0
    finally:
        if done.returncode == 0:
            subprocess.run(["umount", "-l", str(folder)], check=False)


def test_backup_on_a_full_disk_keeps_the_previous_backup(
    services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    services.cooperatives.save(cooperative())
    small = tmp_path / "small"
    with _mounted_tmpfs(small, "size=6m") as real:
        out = small / "kopdes-backup.db"
        out.write_bytes(b"previous good backup")  # stands for the last good copy
        if not real:  # inject ENOSPC at the moment the copy is flushed to disk

            def no_space(_path: Path) -> None:
                raise OSError(errno.ENOSPC, "No space left on device")

            monkeypatch.setattr(sqlite_backup, "_fsync_file", no_space)
        with pytest.raises(Exception) as info:
            services.backups.create(out=out)
        assert info.value.code == "backup.write_failed"
        assert out.read_bytes() == b"previous good backup"
        assert [p.name for p in small.iterdir()] == ["kopdes-backup.db"]  # no temp left
    monkeypatch.undo()
    # The program carries on: the next backup elsewhere works.
    assert services.backups.create().path.is_file()
    assert services.cooperatives.get_by_village(MELAWAI) is not None


def test_backup_into_a_read_only_folder_is_refused_cleanly(
    services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "readonly"
    with _mounted_tmpfs(folder, "ro,size=1m") as real:
        if not real and os.geteuid() != 0:
            folder.chmod(0o555)
        elif not real:  # root ignores permissions: inject what the OS would say

            def refused(*_a: object, **_k: object) -> tuple[int, str]:
                raise PermissionError(errno.EACCES, "Permission denied")

            monkeypatch.setattr(sqlite_backup.tempfile, "mkstemp", refused)
        with pytest.raises(Exception) as info:
            services.backups.create(out=folder / "kopdes.db")
        assert info.value.code == "backup.write_failed"
        assert not (folder / "kopdes.db").exists()
        if not real:
            folder.chmod(0o755)
    monkeypatch.undo()
    assert services.backups.create().path.is_file()
