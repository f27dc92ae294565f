"""``kopdes docs`` as an operator runs it: build the berkas, verify it, tamper with it, check a
document of another office, numbering across two processes at once."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from pdf_tamper import flip_content_byte
from pypdf import PdfReader

from tests.integration.test_cli import run

AREA = "31.74.07.1001"
NUMBER = re.compile(r"nomor (\d{3})/KKMP-MLW/[IVX]+/\d{4}")


def _fresh_home(tmp_path: Path, name: str) -> Path:
    """A data folder (and, on PostgreSQL runs, an empty database named after it)."""
    folder = tmp_path / f"kopdes_docs_{name}_{os.getpid()}"
    pg = os.environ.get("KOPDES_TEST_POSTGRES_URL")
    if pg:
        from sqlalchemy import create_engine, text

        admin = create_engine(pg, isolation_level="AUTOCOMMIT")
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{folder.name}"'))
            conn.execute(text(f'CREATE DATABASE "{folder.name}"'))
        admin.dispose()
    return folder


def _demo_home(tmp_path: Path, name: str) -> Path:
    home = _fresh_home(tmp_path, name)
    init = run(home, "init", "--area", AREA)
    assert init.returncode == 0, init.stderr
    assert "Kunci tanda tangan kantor" in init.stdout
    demo = run(home, "demo", "--villages", "1", "--members", "40")
    assert demo.returncode == 0, demo.stderr
    return home


@pytest.fixture
def office(tmp_path: Path) -> Path:
    return _demo_home(tmp_path, "a")


def test_berkas_is_written_verified_and_a_changed_byte_is_caught(office, tmp_path):
    out = tmp_path / "out"
    built = run(office, "docs", "build", "--coop", AREA, "--type", "berkas", "--out", str(out))
    assert built.returncode == 0, built.stderr
    files = list(out.iterdir())
    assert len(files) == 1 and files[0].suffix == ".pdf"
    assert str(files[0]) in built.stdout and NUMBER.search(built.stdout)
    pdf = files[0].read_bytes()
    assert len(PdfReader(files[0]).pages) > 5

    ok = run(office, "docs", "verify", str(files[0]))
    assert ok.returncode == 0, ok.stdout + ok.stderr
    assert ok.stdout.startswith("ASLI") and ok.stdout.count("\n") == 1

    tampered = tmp_path / "diubah.pdf"
    tampered.write_bytes(flip_content_byte(pdf, page=1))
    bad = run(office, "docs", "verify", str(tampered))
    assert bad.returncode != 0
    assert "telah diubah setelah diterbitkan" in bad.stdout

    plain = tmp_path / "plain.pdf"
    plain.write_bytes(b"%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n")
    other = run(office, "docs", "verify", str(plain))
    assert other.returncode != 0 and "BUKAN DOKUMEN KOPDES" in other.stdout
    missing = run(office, "docs", "verify", str(tmp_path / "nope.pdf"))
    assert missing.returncode == 2 and "tidak dapat dibaca" in missing.stderr


def test_documents_of_another_office_are_unknown_until_trusted(office, tmp_path):
    second = _demo_home(tmp_path, "b")
    out = tmp_path / "b_out"
    built = run(second, "docs", "build", "--coop", AREA, "--type", "profil", "--out", str(out))
    assert built.returncode == 0, built.stderr
    (path,) = out.iterdir()
    key = run(second, "docs", "key")
    fingerprint = key.stdout.split("Sidik jari:")[1].strip()
    public_key = key.stdout.split("Kunci publik:")[1].split()[0]

    unknown = run(office, "docs", "verify", str(path))
    assert unknown.returncode != 0
    assert "kantor yang tidak dikenal" in unknown.stdout and fingerprint in unknown.stdout

    trust = run(office, "docs", "trust", public_key, "--area", AREA, "--name", "Kantor B")
    assert trust.returncode == 0, trust.stderr
    known = run(office, "docs", "verify", str(path))
    assert known.returncode == 0 and "Kantor B" in known.stdout


def test_same_type_numbers_are_consecutive_and_listed(office, tmp_path):
    out = tmp_path / "out"
    numbers = []
    for _ in range(2):
        built = run(
            office,
            "docs",
            "build",
            "--coop",
            AREA,
            "--type",
            "undangan",
            "--out",
            str(out),
            "--mask-nik",
            "--paper",
            "F4",
        )
        assert built.returncode == 0, built.stderr
        numbers.append(int(NUMBER.search(built.stdout).group(1)))
    assert numbers[1] == numbers[0] + 1
    assert len(list(out.iterdir())) == 2
    listed = run(office, "docs", "list", "--register")
    assert listed.returncode == 0
    assert "2 dokumen diterbitkan, 0 celah nomor" in listed.stdout
    types = run(office, "docs", "list")
    assert "Berkas Pendirian Koperasi" in types.stdout and "berkas" in types.stdout


def test_two_processes_issuing_at_once_never_share_a_number(office, tmp_path):
    env = {k: v for k, v in os.environ.items() if not k.startswith("KOPDES_")}
    env["KOPDES_HOME"] = str(office)
    pg = os.environ.get("KOPDES_TEST_POSTGRES_URL")
    if pg:
        env["KOPDES_DATABASE_URL"] = pg.rsplit("/", 1)[0] + "/" + office.name
    script = (
        "import sys\n"
        "from kopdes_desktop.bootstrap import build_services\n"
        "from kopdes_desktop.config import resolve_config\n"
        "s = build_services(resolve_config(None, None))\n"
        "coop = s.cooperatives.get_by_village(sys.argv[1])\n"
        "for _ in range(4):\n"
        "    print(s.documents.build(coop.id, 'profil').number, flush=True)\n"
    )
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", script, AREA],
            env=env,
            text=True,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        for _ in range(2)
    ]
    outputs = [p.communicate(timeout=300) for p in procs]
    for p, (_, err) in zip(procs, outputs, strict=True):
        assert p.returncode == 0, err
    numbers = [line for out, _ in outputs for line in out.split()]
    assert len(numbers) == len(set(numbers)) == 8
    seqs = sorted(int(n.split("/")[0]) for n in numbers)
    assert seqs == list(range(1, 9))
