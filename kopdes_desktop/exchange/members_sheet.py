"""Reading a members spreadsheet (xlsx or CSV) into rows of typed values, tolerantly.

People fill these sheets by hand, so the reader forgives what does not matter and names what
does: it picks the sheet whose header row has the expected columns (not simply the first),
skips blank rows, trims spaces, accepts dates typed as text or as real dates, restores the
leading zero of a phone number stored as a number, and refuses a NIK stored as a number
(Excel keeps only 15 significant digits, so ``3.17407E+15`` has already lost digits: only
the person who typed it can put them back). Problems of a cell become ``Issue`` objects with
the column key as field; rules about persons and memberships are the service's business.

openpyxl parses the XML through defusedxml (a dependency), so a hostile workbook cannot
expand entities; row and column limits keep a huge sheet from exhausting memory.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from pathlib import Path
from typing import Any

from kopdes_desktop.domain.enums import Sex
from kopdes_desktop.domain.errors import DomainError, Issue, error
from kopdes_desktop.domain.formatting import parse_date_id
from kopdes_desktop.exchange.members_columns import BY_KEY, REQUIRED_KEYS, column_key
from kopdes_desktop.exchange.safe_cells import unescape_csv_value

MAX_ROWS = 20_000
"""Data rows read at most; a kelurahan has hundreds to a few thousand members."""
MAX_COLUMNS = 60
HEADER_SEARCH_ROWS = 10
"""The header may sit below a title; it is looked for in this many rows."""
MAX_CSV_BYTES = 20_000_000
XLSX_SUFFIXES = frozenset({".xlsx", ".xlsm"})
CSV_SUFFIXES = frozenset({".csv", ".txt"})

_SCIENTIFIC = re.compile(r"^\d+([.,]\d+)?[eE]\+?\d+$")
_SEX_WORDS = {
    "l": Sex.MALE, "lk": Sex.MALE, "laki laki": Sex.MALE, "laki": Sex.MALE, "pria": Sex.MALE,
    "p": Sex.FEMALE, "pr": Sex.FEMALE, "perempuan": Sex.FEMALE, "wanita": Sex.FEMALE,
}  # fmt: skip
_YES = frozenset({"ya", "y", "yes", "1", "true", "benar"})
_NO = frozenset({"tidak", "t", "tdk", "no", "n", "0", "false", "bukan", ""})

Cell = str | int | float | date | datetime | bool | None


@dataclass(frozen=True)
class SheetRow:
    """One non-blank data row: its row number as the user sees it, and raw cell values."""

    row: int
    values: dict[str, Cell]


@dataclass(frozen=True)
class MembersSheet:
    """A read sheet: where it came from, where its columns are, and its data rows."""

    source: Path
    kind: str  # "xlsx" or "csv"
    sheet_name: str
    header_row: int
    columns: dict[str, int]  # column key → 1-based column index
    headers: tuple[str, ...]  # the header row as written
    rows: tuple[SheetRow, ...]
    raw_rows: tuple[tuple[str, ...], ...] = field(default=(), repr=False)
    """CSV only: every line as read, so the annotated copy can rebuild the sheet."""


@dataclass(frozen=True)
class MemberRowInput:
    """One row converted to typed values; ``issues`` are problems of the cells themselves."""

    row: int
    nik: str
    name: str
    sex: Sex | None
    birth_place: str
    birth_date: date | None
    address: str
    rt: str
    rw: str
    village_code: str
    occupation: str
    phone: str
    is_founder: bool
    joined_date: date | None
    member_number: str
    issues: tuple[Issue, ...] = ()
    present: frozenset[str] = frozenset()
    """Keys of the cells that were filled in."""


# -- reading files -------------------------------------------------------------------------


def read_members_file(path: Path) -> MembersSheet:
    """Read an .xlsx or .csv members file; DomainError codes ``members_sheet.*`` otherwise."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix == ".xls":
        raise DomainError("members_sheet.xls_unsupported", "path", path=path.name)
    if suffix in CSV_SUFFIXES:
        return _read_csv(path)
    if suffix in XLSX_SUFFIXES:
        return _read_xlsx(path)
    raise DomainError("members_sheet.unsupported_type", "path", path=path.name)


def _read_xlsx(path: Path) -> MembersSheet:
    try:
        from openpyxl import load_workbook  # on use: openpyxl is slow to import

        wb = load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # BadZipFile, KeyError, XML errors, OSError: damaged or fake
        raise DomainError("members_sheet.unreadable", "path", path=path.name) from exc
    try:
        names = list(wb.sheetnames)
        for ws in wb.worksheets:
            rows = ws.iter_rows(max_col=MAX_COLUMNS, values_only=True)
            found = _parse_rows(path, "xlsx", ws.title, rows)
            if found is not None:
                return found
    finally:
        wb.close()
    raise DomainError(
        "members_sheet.no_header", "path", sheets=", ".join(names), expected=_expected()
    )


def _decode(data: bytes) -> str:
    """UTF-8 (with or without BOM), else Windows-1252: what Excel writes in Indonesia."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def _read_csv(path: Path) -> MembersSheet:
    try:
        if path.stat().st_size > MAX_CSV_BYTES:
            raise DomainError("members_sheet.too_large", "path", path=path.name)
        text = _decode(path.read_bytes())
    except OSError as exc:
        raise DomainError("members_sheet.unreadable", "path", path=path.name) from exc
    try:
        dialect: Any = csv.Sniffer().sniff(text[:8192], delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    raw = [
        tuple(unescape_csv_value(c.strip()) for c in line[:MAX_COLUMNS])
        for line in csv.reader(io.StringIO(text), dialect)
    ]
    found = _parse_rows(path, "csv", path.stem, iter(raw))
    if found is None:
        raise DomainError("members_sheet.no_header", "path", sheets=path.name, expected=_expected())
    return replace(found, raw_rows=tuple(raw))


def _expected() -> str:
    return ", ".join(BY_KEY[k].header.rstrip("*") for k in REQUIRED_KEYS)


def _header_columns(values: Sequence[Any]) -> dict[str, int]:
    columns: dict[str, int] = {}
    for index, value in enumerate(values, start=1):
        key = column_key(value)
        if key is not None:
            columns.setdefault(key, index)
    return columns


def _parse_rows(
    path: Path, kind: str, title: str, rows: Iterator[Sequence[Any]]
) -> MembersSheet | None:
    """Find the header in the first rows, then collect non-blank data rows below it."""
    for number, values in enumerate(rows, start=1):
        if number > HEADER_SEARCH_ROWS:
            return None
        columns = _header_columns(values)
        if all(k in columns for k in REQUIRED_KEYS):
            headers = tuple("" if v is None else str(v) for v in values)
            data = tuple(_data_rows(rows, columns, number))
            return MembersSheet(path, kind, title, number, columns, headers, data)
    return None


def _data_rows(
    rows: Iterable[Sequence[Any]], columns: dict[str, int], header_row: int
) -> Iterator[SheetRow]:
    count = 0
    for number, values in enumerate(rows, start=header_row + 1):
        cells = {key: _cell(values, index) for key, index in columns.items()}
        if all(v is None for v in cells.values()):
            continue
        count += 1
        if count > MAX_ROWS:
            raise DomainError("members_sheet.too_many_rows", "path", maximum=MAX_ROWS)
        yield SheetRow(number, cells)


def _cell(values: Sequence[Any], index: int) -> Cell:
    """A cell's value with spaces trimmed; blank text becomes None."""
    value = values[index - 1] if index - 1 < len(values) else None
    if isinstance(value, str):
        value = value.strip().replace("\u00a0", " ").strip()
        return value or None
    if isinstance(value, bool | int | float | date):
        return value
    return None if value is None else str(value)


# -- converting cells ----------------------------------------------------------------------


def _text(value: Cell) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime | date):
        return value.strftime("%d-%m-%Y")
    return " ".join(str(value).split())


def _nik(value: Cell, issues: list[Issue]) -> str:
    if isinstance(value, int | float) and not isinstance(value, bool):
        issues.append(error("members_sheet.nik_number", "nik", value=_text(value)))
        return ""
    text = _text(value)
    if _SCIENTIFIC.match(text):
        issues.append(error("members_sheet.nik_number", "nik", value=text))
        return ""
    return text


def _phone(value: Cell) -> str:
    """A phone stored as a number lost its leading 0 (or +): put it back when unambiguous."""
    if isinstance(value, int | float) and not isinstance(value, bool):
        digits = _text(value)
        if digits.startswith("8"):
            return "0" + digits
        if digits.startswith("62"):
            return "+" + digits
        return digits
    return _text(value)


def _padded(value: Cell) -> str:
    """RT/RW as three digits ("1" → "001"), the way the KTP writes them."""
    text = _text(value)
    return text.zfill(3) if text.isdigit() and len(text) < 3 else text


def _date(value: Cell, key: str, issues: list[Issue]) -> date | None:
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    try:
        return parse_date_id(_text(value), key)
    except DomainError:
        issues.append(error("date.invalid", key, value=_text(value)))
        return None


def _sex(value: Cell, issues: list[Issue]) -> Sex | None:
    if value is None:
        return None
    word = " ".join(re.sub(r"[^a-z]+", " ", _text(value).lower()).split())
    sex = _SEX_WORDS.get(word)
    if sex is None:
        issues.append(error("members_sheet.sex_invalid", "sex", value=_text(value)))
    return sex


def _founder(value: Cell, issues: list[Issue]) -> bool:
    if isinstance(value, bool):
        return value
    word = _text(value).lower()
    if word in _YES:
        return True
    if word not in _NO:
        issues.append(error("members_sheet.founder_invalid", "is_founder", value=_text(value)))
    return False


def member_inputs(sheet: MembersSheet) -> list[MemberRowInput]:
    """Every data row as typed values plus the problems of its cells."""
    return [_member_input(row) for row in sheet.rows]


def _member_input(row: SheetRow) -> MemberRowInput:
    v = row.values
    issues: list[Issue] = []
    return MemberRowInput(
        row=row.row,
        nik=_nik(v.get("nik"), issues),
        name=_text(v.get("name")),
        sex=_sex(v.get("sex"), issues),
        birth_place=_text(v.get("birth_place")),
        birth_date=_date(v.get("birth_date"), "birth_date", issues),
        address=_text(v.get("address")),
        rt=_padded(v.get("rt")),
        rw=_padded(v.get("rw")),
        village_code=_text(v.get("village_code")),
        occupation=_text(v.get("occupation")),
        phone=_phone(v.get("phone")),
        is_founder=_founder(v.get("is_founder"), issues),
        joined_date=_date(v.get("joined_date"), "joined_date", issues),
        member_number=_text(v.get("member_number")),
        issues=tuple(issues),
        present=frozenset(k for k, value in v.items() if value is not None),
    )
