"""The annotated copy of an imported members sheet: the user's own file with the mistakes
marked, so they are fixed where they were made.

A column "Catatan kesalahan" is added after the last header (or reused when the user
re-imports an annotated copy), each problem row gets its sentences there, and each bad cell
a red fill. Marks of an earlier annotation are cleared first, so a fixed cell stops being
red. A CSV source becomes an xlsx copy (CSV cannot hold colours). The sentences come from
the caller: the CLI and the GUI word them in their own language and catalogue.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from openpyxl import Workbook, load_workbook
from openpyxl.styles import Alignment, Font, PatternFill

from kopdes_desktop.domain.errors import DomainError
from kopdes_desktop.exchange.atomic_write import verify_workbook, write_atomically
from kopdes_desktop.exchange.members_columns import ERRORS_HEADER, normalize_header
from kopdes_desktop.exchange.members_sheet import MembersSheet
from kopdes_desktop.exchange.safe_cells import write_safe_cell

ERROR_RGB = "FFFFC7CE"
WARNING_RGB = "FFFFEB9C"
ERROR_FILL = PatternFill("solid", start_color=ERROR_RGB, end_color=ERROR_RGB)
WARNING_FILL = PatternFill("solid", start_color=WARNING_RGB, end_color=WARNING_RGB)
NO_FILL = PatternFill(fill_type=None)
NOTE_FONT = Font(color="FF9C0006")
NOTE_WIDTH = 60
ANNOTATED_SUFFIX = "-catatan-kesalahan.xlsx"


@dataclass(frozen=True)
class RowNote:
    """What to mark in one row: sentences for the notes column and the bad columns."""

    messages: tuple[str, ...]
    error_keys: tuple[str, ...] = ()
    warning_keys: tuple[str, ...] = ()


def default_annotated_path(source: Path) -> Path:
    """``anggota.xlsx`` → ``anggota-catatan-kesalahan.xlsx`` in the same folder."""
    stem = source.stem
    if stem.endswith(ANNOTATED_SUFFIX.removesuffix(".xlsx")):
        return source.with_suffix(".xlsx")
    return source.with_name(stem + ANNOTATED_SUFFIX)


def _is_marked(cell: Any) -> bool:
    fill = cell.fill
    return (
        fill is not None
        and fill.fill_type == "solid"
        and fill.start_color.rgb in (ERROR_RGB, WARNING_RGB)
    )


def _notes_column(ws: Any, sheet: MembersSheet) -> int:
    """The existing "Catatan kesalahan" column, or the first one after the headers."""
    for index, header in enumerate(sheet.headers, start=1):
        if normalize_header(header) == normalize_header(ERRORS_HEADER):
            return index
    last = max((i for i, h in enumerate(sheet.headers, start=1) if h.strip()), default=0)
    return max(last, int(ws.max_column)) + 1


def _clear_old_marks(ws: Any, sheet: MembersSheet, notes_col: int) -> None:
    columns = list(sheet.columns.values())
    for row in range(sheet.header_row + 1, ws.max_row + 1):
        ws.cell(row=row, column=notes_col).value = None
        for col in columns:
            cell = ws.cell(row=row, column=col)
            if _is_marked(cell):
                cell.fill = NO_FILL


def annotate_worksheet(ws: Any, sheet: MembersSheet, notes: Mapping[int, RowNote]) -> None:
    """Mark ``notes`` (by sheet row number) on an open worksheet laid out like ``sheet``."""
    notes_col = _notes_column(ws, sheet)
    _clear_old_marks(ws, sheet, notes_col)
    header = write_safe_cell(ws, sheet.header_row, notes_col, ERRORS_HEADER)
    header.font = Font(bold=True, color="FF9C0006")
    ws.column_dimensions[header.column_letter].width = NOTE_WIDTH
    for row, note in notes.items():
        cell = write_safe_cell(ws, row, notes_col, "\n".join(note.messages))
        cell.font = NOTE_FONT
        cell.alignment = Alignment(wrap_text=True, vertical="top")
        for key in note.warning_keys:
            if key in sheet.columns:
                ws.cell(row=row, column=sheet.columns[key]).fill = WARNING_FILL
        for key in note.error_keys:
            if key in sheet.columns:
                ws.cell(row=row, column=sheet.columns[key]).fill = ERROR_FILL


def _csv_workbook(sheet: MembersSheet) -> Workbook:
    """The CSV's lines as an xlsx sheet (text cells, so nothing is re-interpreted)."""
    wb = Workbook()
    ws = wb.active
    ws.title = sheet.sheet_name[:31] or "Anggota"
    for r, line in enumerate(sheet.raw_rows, start=1):
        for c, value in enumerate(line, start=1):
            write_safe_cell(ws, r, c, value)
    for col in sheet.columns.values():
        ws.cell(row=sheet.header_row, column=col).font = Font(bold=True)
    return wb


def write_annotated_copy(sheet: MembersSheet, notes: Mapping[int, RowNote], target: Path) -> Path:
    """Write the marked copy atomically to ``target`` (never over the source file)."""
    target = Path(target)
    if target.resolve() == sheet.source.resolve():
        raise DomainError("members_sheet.annotated_is_source", "path", path=target.name)
    if sheet.kind == "csv":
        wb = _csv_workbook(sheet)
        ws = wb.active
    else:
        try:
            wb = load_workbook(sheet.source)
        except Exception as exc:  # the file changed or vanished since it was read
            raise DomainError("members_sheet.unreadable", "path", path=sheet.source.name) from exc
        ws = wb[sheet.sheet_name]
    annotate_worksheet(ws, sheet, notes)
    ws.freeze_panes = ws.cell(row=sheet.header_row + 1, column=1).coordinate
    wb.active = wb.worksheets.index(ws)
    return write_atomically(target, wb.save, verify_workbook)
