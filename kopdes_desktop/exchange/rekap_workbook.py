"""The monitoring workbook (rekap.xlsx): one formatted sheet per subject, for people.

Sheets Koperasi, Pengurus, Unit Usaha, Pelatihan and Keterangan, each with bold Indonesian
headers, a frozen header row, a filter, sensible column widths, real dates shown dd-mm-yyyy
and Rupiah amounts as numbers with a Rupiah format (so the Sudin can sum them). Every text
cell follows ``safe_cells`` so nothing typed in a kelurahan runs as a formula and phone
numbers stay text.

Written by the streaming writer of ``xlsx_stream`` row by row: a national workbook has
hundreds of thousands of board seats and units, and the rows may arrive as generators
(``RekapService.stream_rekap_data``), so nothing is held but the row being written.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, Any, BinaryIO

from kopdes_desktop.exchange.atomic_write import verify_workbook, write_atomically
from kopdes_desktop.exchange.rekap_data import RekapData
from kopdes_desktop.exchange.xlsx_stream import COUNT_FORMAT, RUPIAH_FORMAT, XlsxWriter
from kopdes_desktop.exchange.xlsx_stream import SheetColumn as Column

__all__ = ["COUNT_FORMAT", "RUPIAH_FORMAT", "Column", "write_rekap"]
CREATOR = "KopDes Desktop"


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


class _Counted:
    """Passes rows through and counts them (the notes sheet says how many cooperatives)."""

    def __init__(self, rows: Iterable[Any]) -> None:
        self._rows, self.count = rows, 0

    def __iter__(self) -> Iterator[Any]:
        for row in self._rows:
            self.count += 1
            yield row


def _notes(data: RekapData, cooperatives: int) -> list[tuple[str, Any]]:
    """What the workbook covers: area, moment, NIK masking, and how counts were made."""
    omitted = [("Tidak dimuat", data.omitted)] if data.omitted else []
    return [
        *omitted,
        ("Rekapitulasi Koperasi Kelurahan/Desa Merah Putih", None),
        ("Wilayah", f"{data.area_name} ({data.area_code})"),
        ("Kantor", data.office_name or "-"),
        ("Dibuat pada", data.generated_at),
        ("Jumlah koperasi", cooperatives),
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


def _write(stream: IO[bytes], data: RekapData) -> None:
    writer = XlsxWriter(stream, data.generated_at, CREATOR)
    try:
        cooperatives = _Counted(data.cooperatives)
        writer.table("Koperasi", COOPERATIVE_COLUMNS, cooperatives)
        if not data.omitted:
            writer.table("Pengurus", BOARD_COLUMNS, data.board)
            writer.table("Unit Usaha", UNIT_COLUMNS, data.units)
        writer.table("Pelatihan", TRAINING_COLUMNS, data.training)
        writer.pairs("Keterangan", (30, 70), _notes(data, cooperatives.count))
    except BaseException:
        writer.abort()
        raise
    writer.close()


def write_rekap(target: Path | str | BinaryIO, data: RekapData) -> None:
    """Write rekap.xlsx to a path (atomically, verified) or into an open binary stream.

    The rows of ``data`` are read once, in order: they may be generators."""
    if isinstance(target, str | Path):
        write_atomically(Path(target), lambda stream: _write(stream, data), verify_workbook)
        return
    _write(target, data)
