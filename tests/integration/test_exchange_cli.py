"""``kopdes export``, ``verify``, ``import`` and ``monitor`` as operators run them, in real
processes on temporary data folders: exit codes, one-line Indonesian refusals, JSON output."""

from __future__ import annotations

import json
import os
import subprocess
import uuid
from pathlib import Path

import pytest

from tests.cli_runner import run_cli

MELAWAI = "31.74.07.1001"


def run(home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return run_cli(home, *args)


@pytest.fixture
def make_home(tmp_path: Path):
    created: list[str] = []
    pg = os.environ.get("KOPDES_TEST_POSTGRES_URL")

    def make(name: str) -> Path:
        folder = tmp_path / f"kx_{name}_{uuid.uuid4().hex[:8]}"
        if pg:
            from sqlalchemy import create_engine, text

            admin = create_engine(pg, isolation_level="AUTOCOMMIT")
            with admin.connect() as conn:
                conn.execute(text(f'CREATE DATABASE "{folder.name}"'))
            admin.dispose()
            created.append(folder.name)
        return folder

    yield make
    if pg and created:
        from sqlalchemy import create_engine, text

        admin = create_engine(pg, isolation_level="AUTOCOMMIT")
        with admin.connect() as conn:
            for name in created:
                conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def _records(home: Path) -> dict[str, int]:
    result = run(home, "stats", "--json")
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)["records"]


def _one_line(stderr: str) -> str:
    lines = [line for line in stderr.splitlines() if line.strip()]
    assert len(lines) == 1, stderr
    assert lines[0].startswith("kopdes: ")
    return lines[0]


def test_export_verify_import_between_two_offices(make_home, tmp_path: Path):
    kel, sudin = make_home("kel"), make_home("sudin")
    assert run(kel, "init", "--area", MELAWAI, "--office-name", "Kelurahan Melawai").returncode == 0
    assert run(kel, "demo", "--villages", "1", "--members", "12").returncode == 0
    package = tmp_path / "melawai.zip"
    exported = run(kel, "export", "--out", str(package))
    assert exported.returncode == 0, exported.stderr
    assert package.is_file() and "sha256" in exported.stdout
    assert run(kel, "verify", str(package)).returncode == 0

    assert run(sudin, "init", "--area", "31.74").returncode == 0
    unknown = run(sudin, "verify", str(package))
    assert unknown.returncode == 1
    assert "belum dikenal" in _one_line(unknown.stderr)

    refused = run(sudin, "import", str(package))
    assert refused.returncode == 1
    line = _one_line(refused.stderr)
    assert "--accept-new-office" in line and "sidik jari" in line
    assert _records(sudin)["cooperatives"] == 0

    dry = run(sudin, "import", str(package), "--accept-new-office", "--dry-run", "--json")
    assert dry.returncode == 0, dry.stderr
    plan = json.loads(dry.stdout)
    assert plan["applied"] is False
    assert plan["cooperatives"][0]["village_code"] == MELAWAI
    assert plan["cooperatives"][0]["counts"]["new"] > 0
    assert _records(sudin)["cooperatives"] == 0

    done = run(sudin, "import", str(package), "--accept-new-office")
    assert done.returncode == 0, done.stderr
    assert "DITERAPKAN" in done.stdout
    assert _records(sudin)["cooperatives"] == 1
    again = run(sudin, "import", str(package), "--json")
    assert json.loads(again.stdout)["totals"]["cooperative"] == {"unchanged": 1}

    silent = run(sudin, "monitor", "silent", "--area", "31.74.07", "--json")
    assert MELAWAI not in {v["code"] for v in json.loads(silent.stdout)}


def test_broken_package_is_refused_with_one_line(make_home, tmp_path: Path):
    home = make_home("sudin")
    assert run(home, "init", "--area", "31.74").returncode == 0
    broken = tmp_path / "rusak.zip"
    broken.write_bytes(b"PK\x03\x04 bukan zip sungguhan")
    for command in (["verify", str(broken)], ["import", str(broken)]):
        result = run(home, *command)
        assert result.returncode == 1
        assert "bukan paket KopDes" in _one_line(result.stderr)
