"""The monitoring workbook (rekap.xlsx): one formatted sheet per subject, for people.

Sheets Koperasi, Pengurus, Unit Usaha, Pelatihan and Keterangan, each with bold Indonesian
headers, a frozen header row, a filter, sensible column widths, real dates shown dd-mm-yyyy
and Rupiah amounts as numbers with a Rupiah format (so the Sudin can sum them). Every text
cell goes through ``safe_cells`` so nothing typed in a kelurahan runs as a formula and phone
numbers stay text.

Written with openpyxl's write-only mode: a national workbook has hundreds of thousands of
board rows, which the normal mode would hold in memory several times over.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

from kopdes_desktop.exchange.atomic_write import verify_workbook, write_atomically
from kopdes_desktop.exchange.rekap_data import RekapData
from kopdes_desktop.exchange.safe_cells import write_only_cell

RUPIAH_FORMAT = "[$Rp-421]#,##0"
"""Rupiah with Indonesian grouping (locale 0x421 = Indonesian) in Excel and LibreOffice."""

COUNT_FORMAT = "#,##0"
HEADER_FONT = Font(bold=True)
HEADER_FILL = PatternFill("solid", start_color="FFDDE4EE")
HEADER_BORDER = Border(bottom=Side(style="thin", color="FF7F8FA6"))
HEADER_ALIGNMENT = Alignment(wrap_text=True, vertical="center")
HEADER_HEIGHT = 32


@dataclass(frozen=True)
class Column:
    """One column of a sheet: Indonesian header, width in characters, value, number format."""

    header: str
    width: float
    value: Callable[[Any], Any]
    number_format: str | None = None


def _location() -> list[Column]:
    """The columns that say which cooperative a row belongs to."""
    return [
        Column("Koperasi", 40, lambda r: r.cooperative_name),
        Column("Kode wilayah", 15, lambda r: r.village_code),
        Column("Kelurahan/Desa", 22, lambda r: r.village_name),
    ]


COOPERATIVE_COLUMNS: tuple[Column, ...] = (
    Column("Nama koperasi", 44, lambda c: c.name),
    Column("Kode wilayah", 15, lambda c: c.village_code),
    Column("Kelurahan/Desa", 22, lambda c: c.village_name),
    Column("Kecamatan", 20, lambda c: c.district_name),
    Column("Kota/Kabupaten", 28, lambda c: c.regency_name),
    Column("Tahap", 7, lambda c: c.stage, "0"),
    Column("Keterangan tahap", 24, lambda c: c.stage_name),
    Column("Jumlah anggota", 11, lambda c: c.members, COUNT_FORMAT),
    Column("Jumlah pendiri", 11, lambda c: c.founders, COUNT_FORMAT),
    Column("Unit usaha beroperasi", 12, lambda c: c.units_operating, COUNT_FORMAT),
    Column("Pengurus/pengawas terlatih", 13, lambda c: c.trained_board, COUNT_FORMAT),
    Column("Nomor akta pendirian", 18, lambda c: c.deed_number),
    Column("Tanggal akta", 12, lambda c: c.deed_date),
    Column("Nomor SK AHU", 26, lambda c: c.sk_ahu_number),
    Column("Tanggal SK AHU", 12, lambda c: c.sk_ahu_date),
    Column("Nomor Induk Koperasi", 18, lambda c: c.nomor_induk_koperasi),
    Column("NPWP", 18, lambda c: c.npwp),
    Column("NIB", 15, lambda c: c.nib),
    Column("Telepon", 16, lambda c: c.phone),
    Column("Simpanan pokok", 14, lambda c: c.simpanan_pokok, RUPIAH_FORMAT),
    Column("Simpanan wajib", 14, lambda c: c.simpanan_wajib, RUPIAH_FORMAT),
    Column("Modal awal", 16, lambda c: c.initial_capital, RUPIAH_FORMAT),
    Column("Terakhir diubah", 16, lambda c: c.updated_at),
)

BOARD_COLUMNS: tuple[Column, ...] = (
    *_location(),
    Column("Badan", 11, lambda b: b.body),
    Column("Jabatan", 28, lambda b: b.role),
    Column("Nama", 30, lambda b: b.name),
    Column("NIK", 19, lambda b: b.nik),
    Column("L/P", 5, lambda b: b.sex),
    Column("Telepon", 16, lambda b: b.phone),
    Column("Mulai menjabat", 13, lambda b: b.start_date),
)

UNIT_COLUMNS: tuple[Column, ...] = (
    *_location(),
    Column("Jenis unit", 24, lambda u: u.kind),
    Column("Nama unit", 26, lambda u: u.name),
    Column("Status", 13, lambda u: u.status),
    Column("Tanggal mulai beroperasi", 13, lambda u: u.opening_date),
    Column("Lokasi", 28, lambda u: u.location),
    Column("Catatan", 36, lambda u: u.notes),
)

TRAINING_COLUMNS: tuple[Column, ...] = (
    *_location(),
    Column("Jumlah pelatihan diikuti", 12, lambda t: t.events, COUNT_FORMAT),
    Column("Jumlah peserta", 11, lambda t: t.participants, COUNT_FORMAT),
    Column("Pengurus/pengawas terlatih", 13, lambda t: t.trained_board, COUNT_FORMAT),
    Column("Sertifikat kompetensi", 12, lambda t: t.competency_certificates, COUNT_FORMAT),
    Column("Pelatihan terakhir", 13, lambda t: t.last_training),
)


def _header_cell(ws: Any, text: str) -> Any:
    cell = write_only_cell(ws, text)
    cell.font = HEADER_FONT
    cell.fill = HEADER_FILL
    cell.border = HEADER_BORDER
    cell.alignment = HEADER_ALIGNMENT
    return cell


def _write_table(wb: Workbook, title: str, columns: Sequence[Column], rows: Sequence[Any]) -> None:
    """A sheet with a frozen, filtered header row and one line per row object."""
    ws = wb.create_sheet(title)
    for index, column in enumerate(columns, start=1):
        ws.column_dimensions[get_column_letter(index)].width = column.width
    ws.freeze_panes = "A2"
    last = get_column_letter(len(columns))
    ws.auto_filter.ref = f"A1:{last}{max(len(rows) + 1, 2)}"
    ws.print_title_rows = "1:1"
    ws.row_dimensions[1].height = HEADER_HEIGHT
    ws.append([_header_cell(ws, c.header) for c in columns])
    for row in rows:
        cells = []
        for column in columns:
            cell = write_only_cell(ws, column.value(row))
            if column.number_format is not None and cell.value is not None:
                cell.number_format = column.number_format
            cells.append(cell)
        ws.append(cells)


def _write_notes(wb: Workbook, data: RekapData) -> None:
    """What the workbook covers: area, moment, NIK masking, and how counts were made."""
    ws = wb.create_sheet("Keterangan")
    ws.column_dimensions["A"].width = 30
    ws.column_dimensions["B"].width = 70
    lines: list[tuple[str, Any]] = [
        ("Rekapitulasi Koperasi Kelurahan/Desa Merah Putih", None),
        ("Wilayah", f"{data.area_name} ({data.area_code})"),
        ("Kantor", data.office_name or "-"),
        ("Dibuat pada", data.generated_at),
        ("Jumlah koperasi", len(data.cooperatives)),
        (
            "NIK",
            "disamarkan (UU 27/2022)"
            if data.nik_masked
            else "lengkap: data pribadi, simpan dengan aman (UU 27/2022)",
        ),
        (
            "Tahap",
            "tahap terjauh yang tercatat: 0 belum · 1 sosialisasi · 2 Muskelsus · "
            "3 nama dipesan · 4 akta notaris · 5 SK AHU · 6 NPWP/NIB/rekening · "
            "7 akun SIMKOPDES · 8 gerai beroperasi · 9 RAT",
        ),
        (
            "Pengurus/pengawas terlatih",
            "orang berbeda yang mengikuti pelatihan sebagai pengurus atau pengawas",
        ),
    ]
    for label, value in lines:
        first = write_only_cell(ws, label)
        first.font = HEADER_FONT
        ws.append([first, write_only_cell(ws, value)])


def build_rekap_workbook(data: RekapData) -> Workbook:
    """The workbook in memory (write-only: it can be saved exactly once)."""
    wb = Workbook(write_only=True)
    _write_table(wb, "Koperasi", COOPERATIVE_COLUMNS, data.cooperatives)
    _write_table(wb, "Pengurus", BOARD_COLUMNS, data.board)
    _write_table(wb, "Unit Usaha", UNIT_COLUMNS, data.units)
    _write_table(wb, "Pelatihan", TRAINING_COLUMNS, data.training)
    _write_notes(wb, data)
    return wb


def write_rekap(target: Path | str | BinaryIO, data: RekapData) -> None:
    """Write rekap.xlsx to a path (atomically, verified) or into an open binary stream."""
    if isinstance(target, str | Path):
        write_atomically(
            Path(target), lambda stream: build_rekap_workbook(data).save(stream), verify_workbook
        )
        return
    build_rekap_workbook(data).save(target)
