"""Cell values that a spreadsheet shows as text and never runs as a formula.

Exported files carry text typed by people in other offices (names, addresses, notes). A value
such as ``=HYPERLINK("http://…")`` or ``@SUM(…)`` would become a live formula on the machine
of whoever opens the file (CSV or formula injection, OWASP). Phone numbers have the same
shape: ``+6281234567890`` starts with ``+`` and a spreadsheet reads it as the number
6.28E+12; a NIK or ``0812…`` typed as a number loses digits.

**xlsx.** Text is stored as an explicit string cell, so it is never a formula when the file
opens. Text that a spreadsheet would re-interpret *when someone edits the cell* (it starts
with a formula character, or looks like a number or a date) also gets the cell style's
``quotePrefix`` flag and the Text number format ``@``. Excel and LibreOffice both honour
them: the cell shows ``+6281234567890`` with no apostrophe, and editing it keeps it text.

**CSV.** CSV has no cell types, so the only signal a spreadsheet understands is OWASP's leading
apostrophe: a value starting with ``=``, ``+``, ``-``, ``@``, tab, CR or LF (after leading
spaces, because an import with "trim spaces" would expose it) is written as ``'=…``. Phone
numbers in ``+62…`` form are escaped too, which is exactly what keeps them text; the price
is an apostrophe visible in the spreadsheet, documented for users, and the xlsx files are
the ones meant for reading. A value that itself starts with an apostrophe gets a second one,
so ``unescape_csv_value`` (used by our own readers) restores every value exactly.
Numbers passed as ``int``/``float`` stay numbers; only text is escaped.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from decimal import Decimal
from typing import Any

FORMULA_TRIGGERS = frozenset("=+-@\t\r\n\uff1d\uff0b\uff0d\uff20")
"""First characters that make a spreadsheet parse text as a formula. The full-width forms
(＝＋－＠) are included as defence in depth: some input methods produce them."""

CSV_ESCAPE = "'"
"""OWASP's neutralising prefix for CSV fields."""

TEXT_FORMAT = "@"
"""Number format "Text": what the spreadsheet applies when someone edits the cell."""

DATE_FORMAT = "DD-MM-YYYY"
"""How dates are shown in every workbook we write (dd-mm-yyyy, as offices write them)."""

DATETIME_FORMAT = "DD-MM-YYYY HH:MM"
"""Moments (export time, last change) in the same style."""

# Shapes a spreadsheet turns into numbers or dates when the text is typed or imported.
_NUMBER_LIKE = re.compile(r"^\s*[+-]?(\d[\d.,\s]*|[.,]\d+)([eE][+-]?\d+)?\s*%?\s*$")
_DATE_LIKE = re.compile(r"^\s*\d{1,4}[-/.]\d{1,2}([-/.]\d{1,4})?\s*$")


def needs_formula_escape(text: str) -> bool:
    """True when the first non-space character would start a formula."""
    stripped = text.lstrip(" ")
    return bool(stripped) and stripped[0] in FORMULA_TRIGGERS


def looks_numeric(text: str) -> bool:
    """True when a spreadsheet would turn this text into a number or a date."""
    return bool(_NUMBER_LIKE.match(text) or _DATE_LIKE.match(text))


def safe_csv_value(value: Any) -> str:
    """One CSV field: numbers as they are, dates in ISO form, text neutralised (see module)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, int | float | Decimal):
        return str(value)
    if isinstance(value, datetime):
        return value.isoformat(sep=" ", timespec="seconds")
    if isinstance(value, date):
        return value.isoformat()
    text = str(value)
    if text.startswith(CSV_ESCAPE) or needs_formula_escape(text):
        return CSV_ESCAPE + text
    return text


def unescape_csv_value(text: str) -> str:
    """Undo ``safe_csv_value`` on a field read back (also accepts ``'0812…`` typed by hand)."""
    return text[1:] if text.startswith(CSV_ESCAPE) else text


def clean_text(text: str) -> str:
    """Drop control characters that XML 1.0 cannot hold (openpyxl would refuse the file)."""
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE  # on use: openpyxl is slow to import

    return str(ILLEGAL_CHARACTERS_RE.sub("", text))


def style_as_text(cell: Any) -> None:
    """Mark a string cell so that editing it in Excel or LibreOffice keeps it text."""
    cell.quotePrefix = True
    cell.number_format = TEXT_FORMAT


def prepare_cell(cell: Any, value: Any) -> Any:
    """Give an openpyxl cell (normal or write-only) its value with the rules of this module.

    Text is always an explicit string cell (never a formula); dates get ``DATE_FORMAT``;
    numbers and booleans are stored as such. Returns the cell for chaining.
    """
    if value is None or value == "":
        cell.value = None  # an empty string would be an empty text cell, not a blank one
    elif isinstance(value, bool | int | float | Decimal):
        cell.value = value
    elif isinstance(value, date):
        if isinstance(value, datetime) and value.tzinfo is not None:
            value = value.astimezone().replace(tzinfo=None)  # xlsx has no time zones
        cell.value = value
        cell.number_format = DATETIME_FORMAT if isinstance(value, datetime) else DATE_FORMAT
    else:
        text = clean_text(str(value))
        cell.value = text
        cell.data_type = "s"  # openpyxl guesses "f" for text starting with "="
        if needs_formula_escape(text) or looks_numeric(text):
            style_as_text(cell)
    return cell


def write_safe_cell(ws: Any, row: int, col: int, value: Any) -> Any:
    """Write one value into a normal worksheet at (row, col), 1-based; returns the cell."""
    return prepare_cell(ws.cell(row=row, column=col), value)


def write_only_cell(ws: Any, value: Any) -> Any:
    """A safe ``WriteOnlyCell`` for a write-only worksheet (large exports)."""
    from openpyxl.cell import WriteOnlyCell

    return prepare_cell(WriteOnlyCell(ws), value)
