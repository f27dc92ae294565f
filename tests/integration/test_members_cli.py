"""``kopdes members template`` and ``kopdes members import`` as an operator runs them."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import openpyxl
import pytest

from tests.cli_runner import run_cli

AREA = "31.74.07.1001"
SITI = "3174075708850003"
BUDI = "3174071203900004"


def run(home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return run_cli(home, *args)


@pytest.fixture(scope="module")
def home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One initialised data folder with a demo cooperative, shared by this module's tests."""
    folder = tmp_path_factory.mktemp("cli") / f"kopdes_members_{os.getpid()}"
    pg = os.environ.get("KOPDES_TEST_POSTGRES_URL")
    if pg:
        from sqlalchemy import create_engine, text

        admin = create_engine(pg, isolation_level="AUTOCOMMIT")
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{folder.name}"'))
            conn.execute(text(f'CREATE DATABASE "{folder.name}"'))
        admin.dispose()
    assert run(folder, "init", "--area", AREA, "--admin", "admin").returncode == 0
    demo = run(folder, "--user", "admin", "demo", "--villages", "1", "--members", "10")
    assert demo.returncode == 0, demo.stderr
    return folder


def persons(home: Path) -> int:
    result = run(home, "stats", "--json")
    return int(json.loads(result.stdout)["records"]["persons"])


def fill(template: Path, target: Path, rows: list[list[object]]) -> Path:
    wb = openpyxl.load_workbook(template)
    for r, values in enumerate(rows, start=2):
        for c, value in enumerate(values, start=1):
            wb["Anggota"].cell(row=r, column=c, value=value)
    wb.save(target)
    return target


def test_template_then_import_with_errors_then_fixed(home, tmp_path):
    template = tmp_path / "templat.xlsx"
    made = run(home, "members", "template", "--out", str(template))
    assert made.returncode == 0, made.stderr
    wb = openpyxl.load_workbook(template)
    assert wb["Anggota"]["A1"].value == "NIK*"
    assert wb["Anggota"].data_validations.dataValidation  # drop-down lists are there

    before = persons(home)
    bad = fill(
        template,
        tmp_path / "anggota.xlsx",
        [[SITI, "Siti Aminah", "P"], [3174071203900004, "Budi", "L"]],
    )
    result = run(home, "members", "import", str(bad), "--coop", AREA)
    assert result.returncode == 1
    assert "Baris 3 GALAT: NIK: NIK harus ditulis sebagai teks" in result.stdout
    assert "Tidak ada yang disimpan" in result.stdout
    annotated = tmp_path / "anggota-catatan-kesalahan.xlsx"
    sheet = openpyxl.load_workbook(annotated)["Anggota"]
    assert "NIK harus ditulis sebagai teks" in sheet.cell(row=3, column=15).value
    assert persons(home) == before

    good = fill(
        template, tmp_path / "anggota2.xlsx", [[SITI, "Siti Aminah", "P"], [BUDI, "Budi", "L"]]
    )
    dry = run(home, "members", "import", str(good), "--coop", "3174071001", "--dry-run")
    assert dry.returncode == 0, dry.stdout + dry.stderr
    assert "2 orang baru" in dry.stdout and "Uji coba" in dry.stdout
    assert persons(home) == before

    applied = run(home, "--user", "admin", "members", "import", str(good), "--coop", AREA)
    assert applied.returncode == 0, applied.stdout + applied.stderr
    assert "2 anggota disimpan" in applied.stdout
    assert persons(home) == before + 2

    again = run(home, "members", "import", str(good), "--coop", AREA, "--dry-run")
    assert again.returncode == 1
    assert "sudah terdaftar sebagai anggota" in again.stdout


def test_unknown_cooperative_and_wrong_sheet_say_what_is_wrong(home, tmp_path):
    no_coop = run(home, "members", "import", str(tmp_path / "x.xlsx"), "--coop", "31.74.07.1002")
    assert no_coop.returncode == 1 and "Tidak ada koperasi" in no_coop.stderr
    wb = openpyxl.Workbook()
    wb.active.append(["Nama", "Alamat"])
    wb.save(tmp_path / "lain.xlsx")
    wrong = run(home, "members", "import", str(tmp_path / "lain.xlsx"), "--coop", AREA)
    assert wrong.returncode == 1
    assert "Tidak ada lembar dengan judul kolom NIK, Nama lengkap" in wrong.stderr
