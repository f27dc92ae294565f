"""The columns of the members spreadsheet: one definition for the template, the reader and
the annotated copy, so the three can never disagree about a header.

Headers are matched loosely (case, spaces, punctuation, a ``*`` and a hint in brackets are
ignored) because people retype them: "Tanggal lahir (dd-mm-yyyy)", "tanggal lahir" and
"TANGGAL  LAHIR" are the same column. Texts are Indonesian: the sheet is filled in by
kelurahan staff whatever the program's language.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class SheetColumn:
    """One column: its key (a Person/Membership field name), header, help text and example."""

    key: str
    header: str
    note: str
    example: str
    width: float
    required: bool = False
    aliases: tuple[str, ...] = ()
    text: bool = False
    """True for digits that must stay text (NIK, phone, RT/RW, codes): the template formats
    these cells as Text so a spreadsheet cannot turn them into numbers."""
    date: bool = False


COLUMNS: tuple[SheetColumn, ...] = (
    SheetColumn(
        "nik",
        "NIK*",
        "Wajib. 16 digit sesuai KTP, ditulis sebagai teks (kolom ini "
        "sudah berformat Teks; jangan ditempel sebagai angka).",
        "3174075708850003",
        20,
        required=True,
        aliases=("nomor induk kependudukan", "no nik"),
        text=True,
    ),
    SheetColumn(
        "name",
        "Nama lengkap*",
        "Wajib. Nama sesuai KTP.",
        "Siti Aminah",
        30,
        required=True,
        aliases=("nama",),
    ),
    SheetColumn(
        "sex",
        "L/P",
        "L (laki-laki) atau P (perempuan); pilih dari daftar.",
        "P",
        6,
        aliases=("jenis kelamin", "jk", "l p"),
    ),
    SheetColumn("birth_place", "Tempat lahir", "Kota/kabupaten tempat lahir.", "Jakarta", 16),
    SheetColumn(
        "birth_date",
        "Tanggal lahir (dd-mm-yyyy)",
        "Tanggal-bulan-tahun, misalnya 17-08-1985.",
        "17-08-1985",
        14,
        aliases=("tgl lahir",),
        date=True,
    ),
    SheetColumn(
        "address", "Alamat", "Jalan dan nomor rumah (tanpa RT/RW).", "Jl. Melawai Raya No. 10", 30
    ),
    SheetColumn("rt", "RT", "Nomor RT, misalnya 001.", "001", 6, text=True),
    SheetColumn("rw", "RW", "Nomor RW, misalnya 002.", "002", 6, text=True),
    SheetColumn(
        "village_code",
        "Kode kelurahan",
        "Kode wilayah Kemendagri kelurahan/desa "
        "domisili (lihat lembar Kode Wilayah). Kosongkan bila sama dengan kelurahan "
        "koperasi.",
        "31.74.07.1001",
        16,
        aliases=("kode wilayah", "kode desa", "kode kelurahan desa"),
        text=True,
    ),
    SheetColumn("occupation", "Pekerjaan", "Pekerjaan sesuai KTP.", "Wiraswasta", 16),
    SheetColumn(
        "phone",
        "Telepon",
        "Nomor HP atau telepon: 08… atau +62….",
        "081234567890",
        16,
        aliases=("no hp", "nomor hp", "hp", "nomor telepon", "no telepon"),
        text=True,
    ),
    SheetColumn(
        "is_founder",
        "Pendiri (Ya/Tidak)",
        "Ya bila termasuk pendiri koperasi; pilih dari daftar. Kosong berarti Tidak.",
        "Ya",
        10,
        aliases=("pendiri",),
    ),
    SheetColumn(
        "joined_date",
        "Tanggal masuk (dd-mm-yyyy)",
        "Tanggal menjadi anggota; boleh kosong.",
        "31-05-2025",
        14,
        aliases=("tanggal menjadi anggota", "tgl masuk"),
        date=True,
    ),
    SheetColumn(
        "member_number",
        "Nomor anggota",
        "Boleh kosong: nomor berikutnya diberikan otomatis.",
        "",
        12,
        aliases=("no anggota",),
        text=True,
    ),
)
"""The columns in template order."""

BY_KEY: dict[str, SheetColumn] = {c.key: c for c in COLUMNS}
REQUIRED_KEYS: tuple[str, ...] = tuple(c.key for c in COLUMNS if c.required)
ERRORS_HEADER = "Catatan kesalahan"
"""Header of the column the annotated copy adds (and the reader ignores)."""

_BRACKETS = re.compile(r"\([^)]*\)")
_NON_WORD = re.compile(r"[^0-9a-z]+")


def normalize_header(text: object) -> str:
    """Lower case, brackets and punctuation dropped, single spaces: how headers are compared."""
    if text is None:
        return ""
    cleaned = _BRACKETS.sub(" ", str(text).lower())
    return " ".join(_NON_WORD.sub(" ", cleaned).split())


def _lookup() -> dict[str, str]:
    table: dict[str, str] = {}
    for column in COLUMNS:
        for spelling in (column.header, *column.aliases):
            table.setdefault(normalize_header(spelling), column.key)
    return table


HEADER_KEYS: dict[str, str] = _lookup()
"""Normalised header spelling → column key."""


def column_key(header: object) -> str | None:
    """The column a header names, or None for columns we do not read."""
    return HEADER_KEYS.get(normalize_header(header))
