"""The ``kopdes`` command as an operator runs it, in a real process on a temp data folder."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.cli_runner import ADMIN, ADMIN_PASSWORD, run_cli

AREA = "31.74.07.1001"
MELAWAI_FULL = "Melawai, Kebayoran Baru, Kota Administrasi Jakarta Selatan, DKI Jakarta"


def run(
    home: Path, *args: str, password: str | None = ADMIN_PASSWORD, user: str | None = ADMIN
) -> subprocess.CompletedProcess[str]:
    return run_cli(home, *args, user=user, password=password)


@pytest.fixture
def home(tmp_path: Path) -> Path:
    folder = tmp_path / f"kopdes_cli_{os.getpid()}_{len(str(tmp_path))}"
    pg = os.environ.get("KOPDES_TEST_POSTGRES_URL")
    if pg:
        from sqlalchemy import create_engine, text

        admin = create_engine(pg, isolation_level="AUTOCOMMIT")
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{folder.name}"'))
            conn.execute(text(f'CREATE DATABASE "{folder.name}"'))
        admin.dispose()
    return folder


def stats(home: Path) -> dict:
    result = run(home, "stats", "--json")
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_version():
    result = subprocess.run(
        [sys.executable, "-m", "kopdes_desktop.cli", "--version"],
        capture_output=True,
        text=True,
        check=True,
    )
    assert result.stdout.startswith("kopdes ")


def test_init_stats_demo_check_and_idempotent_init(home):
    first = run(home, "init", "--area", AREA, "--admin", "admin")
    assert first.returncode == 0, first.stderr
    data = stats(home)
    assert data["area"]["full_name"] == MELAWAI_FULL
    assert data["area"]["level"] == "village"
    assert data["wilayah"] == {
        "provinces": 38,
        "regencies": 514,
        "districts": 7285,
        "villages": 83762,
    }
    assert data["records"]["users"] == 1

    demo = run(home, "--user", "admin", "demo", "--villages", "1", "--members", "40")
    assert demo.returncode == 0, demo.stderr
    after_demo = stats(home)
    assert after_demo["records"]["cooperatives"] == 1
    assert after_demo["records"]["persons"] >= 40

    check = run(home, "check")
    assert check.returncode == 0, check.stdout + check.stderr

    again = run(home, "init", "--area", AREA, "--admin", "admin")
    assert again.returncode == 0, again.stderr
    assert stats(home) == after_demo


def test_wrong_password_on_a_write_is_refused(home):
    assert run(home, "init", "--area", AREA, "--admin", "admin").returncode == 0
    bad = run(home, "--user", "admin", "demo", "--villages", "1", password="salah-sandi")
    assert bad.returncode != 0
    assert "kata sandi salah" in bad.stderr
    assert stats(home)["records"]["cooperatives"] == 0


def test_unknown_area_and_bad_usage(home):
    unknown = run(home, "init", "--area", "99")
    assert unknown.returncode == 1
    assert unknown.stderr.count("\n") == 1 and "tidak dikenal" in unknown.stderr
    assert run(home, "init").returncode == 2
    assert run(home, "no-such-command").returncode == 2


def test_demo_before_init_says_what_to_do(home):
    result = run(home, "demo", "--villages", "1")
    assert result.returncode == 1
    assert "kopdes init" in result.stderr


@pytest.mark.slow
def test_province_demo_fills_all_267_dki_kelurahan_and_refuses_268(home):
    assert run(home, "init", "--area", "31", "--admin", "admin").returncode == 0
    too_many = run(home, "--user", "admin", "demo", "--villages", "268", "--members", "10")
    assert too_many.returncode == 1
    assert "267" in too_many.stderr
    assert stats(home)["records"]["cooperatives"] == 0
    ok = run(home, "--user", "admin", "demo", "--villages", "267", "--members", "10")
    assert ok.returncode == 0, ok.stderr
    assert stats(home)["records"]["cooperatives"] == 267
    check = run(home, "check", "--json")
    report = json.loads(check.stdout)
    assert report["errors"] == 0, [c for c in report["cooperatives"] if c["issues"]][:3]
    assert check.returncode == 0


def test_wilayah_import_refreshes_names(home, tmp_path):
    import gzip
    import shutil

    from kopdes_desktop.resources import wilayah_dir

    assert run(home, "init", "--area", AREA).returncode == 0
    folder = tmp_path / "newer"
    folder.mkdir()
    for stem in ("provinces", "regencies", "districts", "villages"):
        with (
            gzip.open(wilayah_dir() / f"{stem}.csv.gz", "rb") as src,
            open(folder / f"{stem}.csv", "wb") as dst,
        ):
            shutil.copyfileobj(src, dst)
    villages = (folder / "villages.csv").read_text(encoding="utf-8")
    (folder / "villages.csv").write_text(
        villages.replace("31.74.07.1001,31.74.07,Melawai", "31.74.07.1001,31.74.07,Melawai Baru"),
        encoding="utf-8",
    )
    result = run(home, "wilayah", "import", str(folder))
    assert result.returncode == 0, result.stderr
    assert stats(home)["area"]["name"] == "Melawai Baru"
