"""``kopdes backup`` and ``kopdes restore`` in real processes, on SQLite data folders.

The acceptance test of issue 6 is here: a backup written at an older schema revision (the
committed fixture ``tests/fixtures/old_backup_0001.db``, made by ``make_old_backup.py``)
restores and is migrated to the newest schema with its data.
"""

from __future__ import annotations

import json
import shutil
import sqlite3
import subprocess
from pathlib import Path

import pytest
from cli_runner import run_cli

from kopdes_desktop.config import Config
from kopdes_desktop.storage.instance_lock import InstanceLock
from kopdes_desktop.storage.migrate import scripted_head

# SQLite files and their backups; the PostgreSQL dump/restore is in test_backup_postgres.py.
pytestmark = pytest.mark.usefixtures("sqlite_only")

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "old_backup_0001.db"
MELAWAI = "31.74.07.1001"


def run(home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """``kopdes ARGS`` as the first admin (made by ``init``; see ``initialised``)."""
    return run_cli(home, *args)


def initialised(home: Path) -> Path:
    """A data folder with its working area and first admin, as ``kopdes init`` leaves it."""
    assert run(home, "init", "--area", MELAWAI).returncode == 0
    return home


def _revision(path: Path) -> str:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT version_num FROM alembic_version").fetchone()[0]
    finally:
        conn.close()


def test_old_revision_backup_restores_and_migrates_with_its_data(tmp_path):
    assert _revision(FIXTURE) == "0001_initial" != scripted_head()
    source = tmp_path / "cadangan-lama.db"
    shutil.copyfile(FIXTURE, source)
    home = initialised(tmp_path / "home")
    # A data folder already in use: its current database must survive as the safety copy.
    result = run(home, "restore", str(source))
    assert result.returncode == 0, result.stderr
    assert f"0001_initial -> {scripted_head()}" in result.stdout
    assert "Tanggal cadangan: " in result.stdout  # (of the file: its name carries no stamp)
    safety = next(
        Path(line.split(": ", 1)[1])
        for line in result.stdout.splitlines()
        if line.startswith("Salinan basis data sebelumnya:")
    )
    assert safety.is_file() and safety.parent == home / "backups"
    assert _revision(home / "kopdes.db") == scripted_head()
    assert _revision(source) == "0001_initial"  # the backup file itself is left untouched

    # The old backup has no accounts yet: reading needs none.
    stats = run_cli(home, "stats", "--json", user=None, password=None)
    assert stats.returncode == 0, stats.stderr
    data = json.loads(stats.stdout)
    assert data["area"]["code"] == MELAWAI
    assert data["records"]["cooperatives"] == 1 and data["records"]["persons"] == 4

    from kopdes_desktop.bootstrap import build_services

    services = build_services(Config(home=home, database_url=f"sqlite:///{home / 'kopdes.db'}"))
    try:
        coop = services.cooperatives.get_by_village(MELAWAI)
        assert coop is not None and coop.name == "Koperasi Kelurahan Merah Putih Melawai"
        names = sorted(m.person.name for m in services.members.members(coop.id))
        assert names == ["Agus Wijaya", "Budi Santoso", "Dewi Lestari", "Siti Aminah"]
        # The migrated database takes new data.
        services.settings.set_area(MELAWAI, "Kelurahan Melawai")
    finally:
        services.engine.dispose()
    check = run_cli(home, "check", user=None, password=None)
    assert "Integritas basis data: baik" in check.stdout, check.stdout + check.stderr


def test_backup_out_list_and_json(tmp_path):
    home = initialised(tmp_path / "home")
    out = tmp_path / "salinan" / "kopdes.db"
    made = run(home, "backup", "--out", str(out))
    assert made.returncode == 0, made.stderr
    assert out.is_file() and _revision(out) == scripted_head()
    assert "Cadangan dibuat" in made.stdout
    assert run(home, "backup").returncode == 0  # into the backups folder
    listed = run(home, "backup", "--list", "--json")
    rows = json.loads(listed.stdout)
    assert [r["kind"] for r in rows] == ["manual"], rows
    assert rows[0]["revision"] == scripted_head() and rows[0]["program_version"]
    text = run(home, "backup", "--list")
    assert "manual" in text.stdout and scripted_head() in text.stdout


def test_restore_refused_while_the_program_runs_and_for_bad_files(tmp_path):
    home = initialised(tmp_path / "home")
    backup = tmp_path / "b.db"
    assert run(home, "backup", "--out", str(backup)).returncode == 0
    with InstanceLock(home / "kopdes.lock"):
        refused = run(home, "restore", str(backup))
    assert refused.returncode == 1
    assert "sudah berjalan" in refused.stderr and refused.stderr.count("\n") == 1

    junk = tmp_path / "junk.db"
    junk.write_text("bukan basis data", encoding="utf-8")
    bad = run(home, "restore", str(junk))
    assert bad.returncode == 1 and "bukan basis data SQLite" in bad.stderr
    missing = run(home, "restore", str(tmp_path / "tidak-ada.db"))
    assert missing.returncode == 1 and "tidak ada" in missing.stderr

    future = tmp_path / "future.db"
    shutil.copyfile(backup, future)
    conn = sqlite3.connect(future)
    conn.execute("UPDATE alembic_version SET version_num = '9999_next'")
    conn.commit()
    conn.close()
    newer = run(home, "restore", str(future))
    assert newer.returncode == 1 and "lebih baru" in newer.stderr
    assert not (home / "backups").exists() or not any(
        p.name.startswith("kopdes-pre_restore") for p in (home / "backups").iterdir()
    )


@pytest.mark.parametrize("damage", ["garbage"])
def test_a_damaged_database_can_still_be_restored(tmp_path, damage):
    home = initialised(tmp_path / "home")
    backup = tmp_path / "good.db"
    assert run(home, "backup", "--out", str(backup)).returncode == 0
    db = home / "kopdes.db"
    data = bytearray(db.read_bytes())
    data[100:4096] = b"\x00" * (4096 - 100)  # the schema page is gone
    db.write_bytes(bytes(data))
    broken = run(home, "stats")
    assert broken.returncode == 1 and "rusak" in broken.stderr, broken.stderr
    restored = run(home, "restore", str(backup))
    assert restored.returncode == 0, restored.stderr
    assert run(home, "stats").returncode == 0


def _damage_a_table_page(db: Path) -> None:
    """Scribble over a page in the middle of the file (a table's b-tree page): the database
    opens, but the integrity checks fail."""
    data = bytearray(db.read_bytes())
    page = int.from_bytes(data[16:18], "big")  # the page size, from the file header
    middle = (len(data) // page // 2) * page
    data[middle : middle + page] = b"\xa5" * page
    db.write_bytes(bytes(data))


def test_check_finds_damage_and_names_the_backup_to_restore(tmp_path):
    home = initialised(tmp_path / "home")
    made = run(home, "backup")
    assert made.returncode == 0, made.stderr
    good = made.stdout.split("Cadangan dibuat: ", 1)[1].splitlines()[0]
    assert run(home, "check").returncode == 0
    _damage_a_table_page(home / "kopdes.db")
    for args in (("check",), ("check", "--full")):
        result = run(home, *args)
        assert result.returncode == 1
        assert "Integritas basis data: BERMASALAH" in result.stdout, result.stdout
        assert f"kopdes restore {good}" in result.stderr, result.stderr
    assert run(home, "restore", good).returncode == 0
    assert run(home, "check", "--full").returncode == 0


def test_synced_data_folder_is_warned_about_on_stderr(tmp_path):
    home = tmp_path / "OneDrive - Kelurahan" / "KopDes"
    result = run_cli(home, "stats", user=None, password=None)
    assert result.returncode == 0
    assert "OneDrive" in result.stderr and "sinkronisasi" in result.stderr
