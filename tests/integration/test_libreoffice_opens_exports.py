"""LibreOffice opens what a package carries for people: rekap.xlsx and the CSV copies, with
Indonesian text intact and formula-like text left as text (acceptance of issue 5).

Runs ``soffice --headless --convert-to csv`` and reads the result; skipped where LibreOffice
is not installed (``apt-get install libreoffice-calc-nogui``).
"""

from __future__ import annotations

import csv
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest
from sqlalchemy import select

from kopdes_desktop.storage import orm
from tests.unit.exchange.helpers import MELAWAI, edit

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
CSV_UTF8 = "csv:Text - txt - csv (StarCalc):44,34,76,1"
FORMULA = "=1+1"
NAME = "Koperasi Kelurahan Merah Putih Melawai"

pytestmark = pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) not installed")


def _convert(
    source: Path, out: Path, profile: Path, infilter: str | None = None
) -> list[list[str]]:
    args = [str(SOFFICE), f"-env:UserInstallation=file://{profile}", "--headless"]
    if infilter:
        args.append(f"--infilter={infilter}")
    args += ["--convert-to", CSV_UTF8, "--outdir", str(out), str(source)]
    subprocess.run(args, check=True, capture_output=True, timeout=300)
    text = (out / (source.stem + ".csv")).read_text(encoding="utf-8")
    return list(csv.reader(text.splitlines()))


def test_libreoffice_reads_rekap_and_csv(services, tmp_path: Path):
    services.settings.set_area(MELAWAI, "Kelurahan Melawai")
    services.demo.generate(MELAWAI, 1, members=12, seed=5)
    coop = services.cooperatives.get_by_village(MELAWAI)
    with services.ctx.session_factory() as session:
        person = session.scalars(select(orm.Person.id).limit(1)).one()
    edit(services, orm.Person, person, name=FORMULA, occupation="Pedagang Kaki Lima — Pasar")
    edit(
        services,
        orm.Cooperative,
        coop.id,
        notes="Rapat di Balai Warga; kas Rp1.500.000",
        phone="+6281234567890",
        deed_number=FORMULA,
    )
    package = tmp_path / "paket.zip"
    services.exchange.export(package)
    folder = tmp_path / "isi"
    with zipfile.ZipFile(package) as zf:
        zf.extractall(folder)
    profile = tmp_path / "lo-profile"

    rekap = _convert(folder / "rekap.xlsx", tmp_path / "out1", profile)
    assert rekap[0][0] == "Nama koperasi"
    first = dict(zip(rekap[0], rekap[1], strict=True))
    assert first["Nama koperasi"] == NAME
    assert first["Nomor akta pendirian"] == FORMULA  # shown as typed, not computed to 2
    assert first["Telepon"] == "+6281234567890"  # text, not 6.28E+12

    people = _convert(folder / "csv" / "person.csv", tmp_path / "out2", profile, "CSV:44,34,76,1")
    header = people[0]
    assert header[:2] == ["id", "created_at"]  # the byte order mark did not leak in
    names = [row[header.index("name")] for row in people[1:]]
    assert "'" + FORMULA in names and "2" not in names  # text, never evaluated
    jobs = {row[header.index("occupation")] for row in people[1:]}
    assert "Pedagang Kaki Lima — Pasar" in jobs

    coops = _convert(
        folder / "csv" / "cooperative.csv", tmp_path / "out3", profile, "CSV:44,34,76,1"
    )
    row = dict(zip(coops[0], coops[1], strict=True))
    assert row["name"] == NAME
    assert row["notes"] == "Rapat di Balai Warga; kas Rp1.500.000"
