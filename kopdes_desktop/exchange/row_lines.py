"""Rows in package form to data-file lines (canonical JSON) and CSV cells, a batch at a time.

Exporting a country writes twelve million rows; ``json.dumps`` of a dict per row spends most
of its time building the dict. Here each column of a batch is turned into JSON fragments with
the very function ``json.dumps`` uses for strings (``encode_basestring``), mapped in C, and a
row is one ``%`` formatting of a template whose keys are already sorted. The result is byte
for byte ``canonical_json(row)``; a property test holds the two together.

The data file layout: ``[`` on the first line, one row per line (every row but the last ends
with a comma), ``]`` on the last line. It is plain JSON for any tool, and a reader can stream
it line by line.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from json.encoder import encode_basestring
from typing import Any

from kopdes_desktop.exchange.package_format import canonical_json
from kopdes_desktop.exchange.safe_cells import CSV_ESCAPE, FORMULA_TRIGGERS, safe_csv_value
from kopdes_desktop.exchange.tables import Kind, TableSpec

Column = list[Any]
_STRING_KINDS = frozenset({Kind.UUID, Kind.TEXT, Kind.ENUM, Kind.VILLAGE, Kind.DATE, Kind.DATETIME})
_STRUCTURED = frozenset({Kind.TEXT_LIST, Kind.DATE_LIST, Kind.TEXT_MAP})
_BOOL_JSON = {True: "true", False: "false"}
_RISKY = re.compile("\0 *[" + re.escape("".join(sorted(FORMULA_TRIGGERS)) + CSV_ESCAPE) + "]")
"""A line of joined cells whose first non-space character would start a formula."""
_BOOL_CSV = {True: "1", False: "0"}

FILE_HEAD = "[\n"
FILE_TAIL = "]\n"


def _nullable(fn: Callable[[Any], str]) -> Callable[[Column], list[str]]:
    def frag(values: Column) -> list[str]:
        return ["null" if v is None else fn(v) for v in values]

    return frag


def _json_fragments(kind: Kind, nullable: bool) -> Callable[[Column], list[str]]:
    """Column values → their JSON text, mapped in C where the kind allows."""
    if kind in _STRING_KINDS:
        fn: Callable[[Any], str] = encode_basestring
    elif kind in (Kind.INT, Kind.BIGINT):
        fn = int.__repr__
    elif kind is Kind.BOOL:
        fn = _BOOL_JSON.__getitem__
    else:
        fn = canonical_json
    if nullable:
        return _nullable(fn)
    return lambda values: list(map(fn, values))


class LineEncoder:
    """Turns columns of package-form values into canonical JSON lines of one table."""

    def __init__(self, table: TableSpec) -> None:
        names = table.sorted_names
        self.names = names
        self._template = "{" + ",".join(f"{encode_basestring(n)}:%s" for n in names) + "}"
        self._fragments = [
            _json_fragments(table.column(n).kind, table.column(n).nullable) for n in names
        ]

    def lines(self, columns: Sequence[Column]) -> list[str]:
        """One canonical JSON object per row; ``columns`` are in ``names`` order."""
        if not columns or not columns[0]:
            return []
        frags = [fn(col) for fn, col in zip(self._fragments, columns, strict=True)]
        template = self._template
        return [template % row for row in zip(*frags, strict=True)]


def _csv_text(values: Column) -> Column:
    """Text cells as they are, unless one could start a formula: then every cell of the
    column goes through ``safe_csv_value``. The test is one regular-expression scan of the
    joined column (false alarms only cost the slow path)."""
    present = [v for v in values if v is not None] if None in values else values
    if _RISKY.search("\0" + "\0".join(present)):
        return [safe_csv_value(v) for v in values]
    return values


def _csv_bool(values: Column) -> Column:
    return [None if v is None else _BOOL_CSV[v] for v in values]


def _csv_structured(values: Column) -> Column:
    out: list[Any] = []
    for v in values:
        if isinstance(v, dict):
            out.append(safe_csv_value(canonical_json(v)))
        else:
            out.append(safe_csv_value("; ".join(v or ())))
    return out


def _csv_as_is(values: Column) -> Column:
    """Numbers: ``csv`` writes them exactly as ``safe_csv_value`` would."""
    return values


def _csv_cells(kind: Kind) -> Callable[[Column], Column]:
    if kind in _STRING_KINDS:
        return _csv_text
    if kind in _STRUCTURED:
        return _csv_structured
    return _csv_bool if kind is Kind.BOOL else _csv_as_is


class CsvEncoder:
    """Turns columns of package-form values into CSV rows (declaration order of columns).

    Cells follow ``exchange/safe_cells.py``: numbers stay numbers, booleans are 1/0 (0/1
    integers are accepted too: SQLite's form), lists are joined with "; ", None is empty,
    and text that a spreadsheet would run as a formula gets an apostrophe.
    """

    def __init__(self, table: TableSpec) -> None:
        self.header = table.column_names
        self.from_sorted = [table.sorted_names.index(n) for n in self.header]
        self._cells = [_csv_cells(table.column(n).kind) for n in self.header]

    def rows(self, columns: Sequence[Column]) -> Iterable[tuple[Any, ...]]:
        """CSV rows for ``csv.writer.writerows``; ``columns`` in header order."""
        cells = [fn(col) for fn, col in zip(self._cells, columns, strict=True)]
        return zip(*cells, strict=True)

    def rows_from_sorted(self, columns: Sequence[Column]) -> Iterable[tuple[Any, ...]]:
        """The same from columns in sorted-name (JSON key) order."""
        return self.rows([columns[i] for i in self.from_sorted])
