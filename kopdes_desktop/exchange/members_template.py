"""The members template (xlsx) that kelurahan staff fill in and import.

It is built to prevent the mistakes the importer would otherwise have to report: NIK, phone,
RT/RW and code columns are formatted as Text so a spreadsheet cannot turn a NIK into
3.17407E+15; L/P, Ya/Tidak and the area's kelurahan codes are drop-down lists; each header
carries a comment explaining its format, and a "Petunjuk" sheet lists every column with an
example. The example is kept out of the data sheet on purpose: an example row left in place
would be imported as a member.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any, BinaryIO

from openpyxl import Workbook
from openpyxl.comments import Comment
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation

from kopdes_desktop.exchange.atomic_write import verify_workbook, write_atomically
from kopdes_desktop.exchange.members_columns import COLUMNS, SheetColumn
from kopdes_desktop.exchange.safe_cells import DATE_FORMAT, TEXT_FORMAT, write_safe_cell

DATA_SHEET = "Anggota"
HELP_SHEET = "Petunjuk"
CODES_SHEET = "Kode Wilayah"
TEMPLATE_ROWS = 1000
"""Rows prepared with formats and drop-downs (more can be added by copying a row)."""
VILLAGE_LIST_LIMIT = 500
"""Above this many kelurahan/desa the code drop-down would be unusable; the code list
sheet is still written up to ``VILLAGE_SHEET_LIMIT``."""
VILLAGE_SHEET_LIMIT = 10_000
COMMENT_AUTHOR = "KopDes"
BOLD = Font(bold=True)
HEADER_FILL = PatternFill("solid", start_color="FFDDE4EE")
REQUIRED_FILL = PatternFill("solid", start_color="FFFCE8B2")
WRAP = Alignment(wrap_text=True, vertical="top")

Village = tuple[str, str, str]
"""(Kemendagri code, kelurahan/desa name, kecamatan name)."""


def _list_validation(formula: str, title: str, prompt: str, ref: str) -> DataValidation:
    dv = DataValidation(type="list", formula1=formula, allow_blank=True)
    dv.errorTitle = title
    dv.error = prompt
    dv.showErrorMessage = True
    dv.promptTitle = title
    dv.prompt = prompt
    dv.showInputMessage = True
    dv.add(ref)
    return dv


def _column_ref(column: SheetColumn) -> str:
    letter = get_column_letter(COLUMNS.index(column) + 1)
    return f"{letter}2:{letter}{TEMPLATE_ROWS + 1}"


def _write_data_sheet(ws: Any, villages: Sequence[Village]) -> None:
    for index, column in enumerate(COLUMNS, start=1):
        cell = write_safe_cell(ws, 1, index, column.header)
        cell.font = BOLD
        cell.fill = REQUIRED_FILL if column.required else HEADER_FILL
        cell.alignment = Alignment(wrap_text=True, vertical="center")
        cell.comment = Comment(column.note, COMMENT_AUTHOR, width=260, height=110)
        letter = get_column_letter(index)
        ws.column_dimensions[letter].width = column.width
        fmt = TEXT_FORMAT if column.text else DATE_FORMAT if column.date else None
        if fmt is not None:
            ws.column_dimensions[letter].number_format = fmt
            for row in range(2, TEMPLATE_ROWS + 2):
                ws.cell(row=row, column=index).number_format = fmt
    ws.row_dimensions[1].height = 32
    ws.freeze_panes = "A2"
    by_key = {c.key: c for c in COLUMNS}
    ws.add_data_validation(
        _list_validation(
            '"L,P"', "L/P", "Pilih L (laki-laki) atau P (perempuan).", _column_ref(by_key["sex"])
        )
    )
    ws.add_data_validation(
        _list_validation(
            '"Ya,Tidak"', "Pendiri", "Pilih Ya atau Tidak.", _column_ref(by_key["is_founder"])
        )
    )
    if 0 < len(villages) <= VILLAGE_LIST_LIMIT:
        formula = f"'{CODES_SHEET}'!$A$2:$A${len(villages) + 1}"
        ws.add_data_validation(
            _list_validation(
                formula,
                "Kode kelurahan",
                "Pilih kode dari lembar Kode Wilayah, atau kosongkan.",
                _column_ref(by_key["village_code"]),
            )
        )


def _write_help_sheet(ws: Any) -> None:
    ws.column_dimensions["A"].width = 28
    ws.column_dimensions["B"].width = 8
    ws.column_dimensions["C"].width = 70
    ws.column_dimensions["D"].width = 24
    intro = (
        "Isi satu baris per anggota di lembar Anggota, mulai baris 2. Jangan mengubah baris "
        "judul. Simpan sebagai .xlsx (atau CSV). Baris kosong dilewati. Bila ada kesalahan, "
        'KopDes membuat salinan berkas dengan kolom "Catatan kesalahan" dan sel bermasalah '
        "berwarna merah; tidak ada data yang disimpan sampai semua baris benar."
    )
    write_safe_cell(ws, 1, 1, "Petunjuk pengisian daftar anggota").font = Font(bold=True, size=13)
    ws.merge_cells("A2:D2")
    intro_cell = write_safe_cell(ws, 2, 1, intro)
    intro_cell.alignment = WRAP
    ws.row_dimensions[2].height = 62
    for col, header in enumerate(("Kolom", "Wajib", "Cara mengisi", "Contoh"), start=1):
        cell = write_safe_cell(ws, 4, col, header)
        cell.font = BOLD
        cell.fill = HEADER_FILL
    for row, column in enumerate(COLUMNS, start=5):
        write_safe_cell(ws, row, 1, column.header.rstrip("*"))
        write_safe_cell(ws, row, 2, "Ya" if column.required else "")
        write_safe_cell(ws, row, 3, column.note).alignment = WRAP
        write_safe_cell(ws, row, 4, column.example)


def _write_codes_sheet(ws: Any, villages: Sequence[Village]) -> None:
    for col, (header, width) in enumerate(
        (("Kode", 16), ("Kelurahan/Desa", 28), ("Kecamatan", 24)), start=1
    ):
        cell = write_safe_cell(ws, 1, col, header)
        cell.font = BOLD
        cell.fill = HEADER_FILL
        ws.column_dimensions[get_column_letter(col)].width = width
    ws.freeze_panes = "A2"
    for row, (code, name, district) in enumerate(villages[:VILLAGE_SHEET_LIMIT], start=2):
        write_safe_cell(ws, row, 1, code)
        write_safe_cell(ws, row, 2, name)
        write_safe_cell(ws, row, 3, district)


def build_members_template(villages: Sequence[Village] = ()) -> Workbook:
    """The template workbook; ``villages`` are the kelurahan/desa of the working area."""
    wb = Workbook()
    data = wb.active
    data.title = DATA_SHEET
    _write_data_sheet(data, villages)
    _write_help_sheet(wb.create_sheet(HELP_SHEET))
    if villages:
        _write_codes_sheet(wb.create_sheet(CODES_SHEET), villages)
    wb.active = 0
    return wb


def write_members_template(target: Path | BinaryIO, villages: Sequence[Village] = ()) -> None:
    """Save the template to a path (atomically, verified) or into an open binary stream."""
    wb = build_members_template(villages)
    if isinstance(target, Path | str):
        write_atomically(Path(target), wb.save, verify_workbook)
    else:
        wb.save(target)
