"""``kopdes user …`` and the account check of writing commands, in real processes."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.cli_runner import ADMIN_PASSWORD, run_cli

AREA = "31.74.07.1001"


@pytest.fixture(scope="module")
def home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An initialised office whose first admin is ``admin`` and operator ``ani``."""
    folder = tmp_path_factory.mktemp("users") / f"kopdes_users_{os.getpid()}"
    pg = os.environ.get("KOPDES_TEST_POSTGRES_URL")
    if pg:
        from sqlalchemy import create_engine, text

        admin = create_engine(pg, isolation_level="AUTOCOMMIT")
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{folder.name}"'))
            conn.execute(text(f'CREATE DATABASE "{folder.name}"'))
        admin.dispose()
    init = run_cli(folder, "init", "--area", AREA, "--admin", "admin", user=None)
    assert init.returncode == 0, init.stderr
    assert "Akun admin dibuat: admin" in init.stdout
    added = run_cli(
        folder,
        "user",
        "add",
        "ani",
        "--role",
        "operator",
        "--full-name",
        "Ani Rahma",
        KOPDES_NEW_PASSWORD="sandi-ani-12",
    )
    assert added.returncode == 0, added.stderr
    assert added.stdout.strip() == "Akun ani (operator) dibuat."
    return folder


def test_user_list_shows_roles(home):
    listed = run_cli(home, "user", "list")
    assert listed.returncode == 0, listed.stderr
    rows = [line.split()[:3] for line in listed.stdout.splitlines()]
    assert ["admin", "admin", "aktif"] in rows and ["ani", "operator", "aktif"] in rows


def test_the_last_admin_stays(home):
    refused = run_cli(home, "user", "deactivate", "admin")
    assert refused.returncode == 1
    assert "satu-satunya admin aktif" in refused.stderr


def test_an_operator_cannot_add_users(home):
    refused = run_cli(
        home,
        "user",
        "add",
        "budi",
        "--role",
        "admin",
        user="ani",
        password="sandi-ani-12",
        KOPDES_NEW_PASSWORD="sandi-budi-1",
    )
    assert refused.returncode == 1
    assert (
        refused.stderr.strip() == "kopdes: Akun Anda tidak berhak melakukan ini (peran: operator)."
    )
    assert "budi" not in run_cli(home, "user", "list").stdout


def test_a_write_needs_an_account_and_the_right_password(home):
    anonymous = run_cli(home, "demo", "--villages", "1", user=None, password=None)
    assert anonymous.returncode == 1
    assert "sebutkan akun dengan --user NAMA atau KOPDES_USER" in anonymous.stderr
    wrong = run_cli(home, "demo", "--villages", "1", password="salah-sandi")
    assert wrong.returncode == 1
    assert wrong.stderr.strip() == "kopdes: Nama pengguna atau kata sandi salah."
    no_password = run_cli(home, "demo", "--villages", "1", password=None)
    assert no_password.returncode == 1 and "KOPDES_PASSWORD" in no_password.stderr
    stats = run_cli(home, "stats", "--json", user=None, password=None)  # reading needs none
    assert stats.returncode == 0 and '"cooperatives": 0' in stats.stdout


def test_five_wrong_passwords_lock_the_account(home):
    for _ in range(4):
        assert run_cli(home, "user", "list", user="ani", password="salah").returncode == 1
    fifth = run_cli(home, "user", "list", user="ani", password="salah")
    assert "terkunci" in fifth.stderr and "5 menit" in fifth.stderr
    locked = run_cli(home, "user", "list", user="ani", password="sandi-ani-12")
    assert locked.returncode == 1 and "terkunci" in locked.stderr
    reset = run_cli(home, "user", "passwd", "ani", KOPDES_NEW_PASSWORD="sandi-ani-34")
    assert reset.returncode == 0, reset.stderr  # an admin's reset lifts the lock
    own = run_cli(
        home,
        "user",
        "passwd",
        "ani",
        user="ani",
        password="sandi-ani-34",
        KOPDES_NEW_PASSWORD="sandi-ani-56",
    )
    assert own.returncode == 0 and "sudah diganti" in own.stdout
    old = run_cli(home, "stats", user="ani", password="sandi-ani-34")
    assert old.returncode == 1
    # An operator reads the account list? No: managing accounts is for admins.
    new = run_cli(home, "user", "list", user="ani", password="sandi-ani-56")
    assert new.returncode == 1 and "tidak berhak" in new.stderr


def test_init_on_a_fresh_database_needs_a_first_admin(tmp_path):
    if os.environ.get("KOPDES_TEST_POSTGRES_URL"):
        pytest.skip("needs its own empty database; covered on SQLite")
    fresh = run_cli(tmp_path / "baru", "init", "--area", AREA, user=None)
    assert fresh.returncode == 1
    assert "beri --admin NAMA" in fresh.stderr
    short = run_cli(tmp_path / "baru", "init", "--area", AREA, "--admin", "x", password="pendek")
    assert short.returncode == 1 and "minimal 8" in short.stderr
    ok = run_cli(tmp_path / "baru", "init", "--area", AREA, password=ADMIN_PASSWORD)
    assert ok.returncode == 0 and "Akun admin dibuat: admin" in ok.stdout


def test_anonymise_by_nik_says_what_is_wrong(home):
    unknown = run_cli(home, "person", "anonymise", "3174071203900004")
    assert unknown.returncode == 1 and "Tidak ada orang dengan NIK" in unknown.stderr
    added = run_cli(
        home, "user", "add", "vina", "--role", "viewer", KOPDES_NEW_PASSWORD="sandi-vina-1"
    )
    assert added.returncode == 0, added.stderr
    viewer = run_cli(
        home, "person", "anonymise", "3174071203900004", user="vina", password="sandi-vina-1"
    )
    assert viewer.returncode == 1 and "tidak berhak" in viewer.stderr
