"""Checks of the rows of a data file against the table specs, fast enough for a country.

A national package has twelve million rows and the import has a minute, so rows are checked
a batch at a time and a column at a time: ``set(map(type, values))`` and ``max(map(len, …))``
run in C, and only a batch that fails is walked value by value to name the first bad row.
Every fast check has an exact per-value twin (``_value_ok``); the fast path only ever decides
"all fine", never "this one is bad".

What is checked: the row is an object with exactly the table's columns; each value has its
column's JSON type, fits its length, belongs to its vocabulary, matches its pattern, is a real
date; text can be stored (no NUL, no lone surrogates); and ids ascend strictly through the
file (rows are sorted by id, so a duplicate id cannot hide).
"""

from __future__ import annotations

import functools
import operator
import re
from collections.abc import Sequence
from datetime import date, datetime
from typing import Any

from kopdes_desktop.exchange.package_format import (
    DATE_PATTERN,
    DATETIME_PATTERN,
    UUID_PATTERN,
    VILLAGE_PATTERN,
    PackageError,
    parse_date,
    parse_datetime,
)
from kopdes_desktop.exchange.tables import NIK_PATTERN, ColumnSpec, Kind, TableSpec

NIK_LENGTH = 16
"""The digits of ``NIK_PATTERN``."""

INT_LIMIT = 2**31
BIGINT_LIMIT = 2**63
FLOAT_LIMIT = 1e15
MASKED_NIK_PATTERN = r"[0-9]{4}[*]{8}[0-9]{4}"
MAX_LIST_ITEMS = 1000
MAX_ITEM_LENGTH = 2000

_PATTERNS: dict[Kind, str] = {
    Kind.UUID: UUID_PATTERN,
    Kind.DATE: DATE_PATTERN,
    Kind.DATETIME: DATETIME_PATTERN,
    Kind.VILLAGE: VILLAGE_PATTERN,
}
_NONE = type(None)
Row = dict[str, Any]


def storable(texts: Sequence[str]) -> bool:
    """No NUL (PostgreSQL refuses it) and no lone surrogate (UTF-8 cannot encode it)."""
    joined = "".join(texts)
    if "\x00" in joined:
        return False
    try:
        joined.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def is_date(value: Any) -> bool:
    try:
        parse_date(value)
    except (ValueError, TypeError):
        return False
    return True


def _is_datetime(value: Any) -> bool:
    try:
        parse_datetime(value)
    except (ValueError, TypeError):
        return False
    return True


def _short_texts(value: Any, limit: int = MAX_ITEM_LENGTH) -> bool:
    return (
        type(value) is list
        and len(value) <= MAX_LIST_ITEMS
        and all(type(v) is str and len(v) <= limit and storable([v]) for v in value)
    )


_HEX_AND_DASH = b"0123456789abcdef-"
_UUID_LENGTH = 36
_UUID_DASHES = (8, 13, 18, 23)


def uuids_ok(texts: list[str]) -> bool:
    """Every text matches ``UUID_PATTERN`` (lowercase 8-4-4-4-12), tested on all of them
    joined instead of one regex call each (a national import checks thirty million ids and
    references): each is 36 characters, together they hold only hex digits and dashes, and
    every one has its dashes at the four places and nowhere else."""
    if not texts or set(map(len, texts)) != {_UUID_LENGTH}:
        return not texts
    joined = "".join(texts)
    if not joined.isascii():
        return False
    raw = joined.encode("ascii")
    if raw.translate(None, _HEX_AND_DASH):
        return False
    n = len(texts)
    return raw.count(b"-") == 4 * n and all(
        raw[at::_UUID_LENGTH].count(b"-") == n for at in _UUID_DASHES
    )


def digits_ok(texts: list[str], length: int) -> bool:
    """Every text is exactly ``length`` ASCII digits (``[0-9]{length}``), tested joined."""
    if not texts:
        return True
    joined = "".join(texts)
    return set(map(len, texts)) == {length} and joined.isascii() and joined.isdigit()


class ColumnCheck:
    """The checks of one column, in a fast batch form and an exact per-value form."""

    def __init__(self, spec: ColumnSpec, nik_masked: bool = False) -> None:
        self.spec = spec
        pattern = spec.pattern or _PATTERNS.get(spec.kind)
        if spec.pattern == NIK_PATTERN and nik_masked:
            pattern = f"{NIK_PATTERN}|{MASKED_NIK_PATTERN}"
        self._regex = re.compile(pattern) if pattern else None
        self._values = frozenset(spec.values)
        self._joined_check: Any = None
        """The same test as the regex on a whole batch at once, where one exists."""
        if pattern == UUID_PATTERN:
            self._joined_check = uuids_ok
        elif pattern == NIK_PATTERN:
            self._joined_check = functools.partial(digits_ok, length=NIK_LENGTH)

    def value_ok(self, value: Any) -> bool:
        """Exact check of one value."""
        spec = self.spec
        if value is None:
            return spec.nullable
        kind = spec.kind
        if kind in (Kind.INT, Kind.BIGINT):
            limit = INT_LIMIT if kind is Kind.INT else BIGINT_LIMIT
            return type(value) is int and -limit <= value < limit
        if kind is Kind.FLOAT:
            return type(value) in (int, float) and abs(value) <= FLOAT_LIMIT
        if kind is Kind.BOOL:
            return type(value) is bool
        if kind is Kind.TEXT_LIST:
            return _short_texts(value)
        if kind is Kind.DATE_LIST:
            return _short_texts(value, 10) and all(is_date(v) for v in value)
        if kind is Kind.TEXT_MAP:
            return (
                type(value) is dict
                and len(value) <= MAX_LIST_ITEMS
                and _short_texts(list(value), 200)
                and _short_texts(list(value.values()))
            )
        return self._text_ok(value)

    def _text_ok(self, value: Any) -> bool:
        spec = self.spec
        if type(value) is not str or not storable([value]):
            return False
        if spec.max_length is not None and len(value) > spec.max_length:
            return False
        if spec.kind is Kind.ENUM and value not in self._values:
            return False
        if self._regex is not None and not self._regex.fullmatch(value):
            return False
        if spec.kind is Kind.DATE:
            return is_date(value)
        return spec.kind is not Kind.DATETIME or _is_datetime(value)

    def batch_ok(self, values: list[Any]) -> bool:
        """True only when every value passes; False means "look closer", not "bad"."""
        spec = self.spec
        present = [v for v in values if v is not None] if spec.nullable else values
        if not present:
            return True
        kind = spec.kind
        types = set(map(type, present))
        if kind in (Kind.INT, Kind.BIGINT):
            limit = INT_LIMIT if kind is Kind.INT else BIGINT_LIMIT
            return types == {int} and -limit <= min(present) and max(present) < limit
        if kind is Kind.FLOAT:
            return types <= {int, float} and max(map(abs, present)) <= FLOAT_LIMIT
        if kind is Kind.BOOL:
            return types == {bool}
        if kind in (Kind.TEXT_LIST, Kind.DATE_LIST, Kind.TEXT_MAP):
            return all(map(self.value_ok, present))
        return types == {str} and self._texts_ok(present)

    def _texts_ok(self, texts: list[str]) -> bool:
        spec = self.spec
        if spec.name != "id":
            # Codes, references, dates, RT/RW and times repeat a lot (a batch shares its
            # times, twenty members share a cooperative): check each distinct value once.
            texts = list(set(texts))
        if spec.max_length is not None and max(map(len, texts)) > spec.max_length:
            return False
        if not storable(texts):
            return False
        if spec.kind is Kind.ENUM:
            return set(texts) <= self._values
        return self.shapes_ok(texts)

    @property
    def has_shape(self) -> bool:
        """Whether the column's text has a pattern (ids, codes, dates, NIK)."""
        return self._regex is not None

    def shapes_ok(self, texts: list[str]) -> bool:
        """The pattern and, for dates and times, a real calendar moment, of texts already
        known to be strings."""
        spec = self.spec
        if self._joined_check is not None:
            if not self._joined_check(texts):
                return False
        elif self._regex is not None and not all(map(self._regex.fullmatch, texts)):
            return False
        if spec.kind in (Kind.DATE, Kind.DATETIME):
            parse = date.fromisoformat if spec.kind is Kind.DATE else datetime.fromisoformat
            try:  # the pattern fixed the shape; this finds 2025-02-30 and 25:00
                list(map(parse, texts))
            except ValueError:
                return False
        return True


class RowChecker:
    """Checks batches of parsed rows of one table; remembers the last id across batches."""

    def __init__(self, table: TableSpec, nik_masked: bool = False) -> None:
        self.table = table
        self._keys = frozenset(table.column_names)
        self._names = table.column_names
        self._checks = [ColumnCheck(col, nik_masked) for col in table.columns]
        self._last_id = ""

    def check(self, rows: list[Any], first_line: int) -> dict[str, list[Any]]:
        """The batch's columns by name, once every value passed; else PackageError naming
        the table, line and column of the first bad value."""
        if set(map(type, rows)) - {dict}:
            bad = next(i for i, r in enumerate(rows) if type(r) is not dict)
            raise self._error(first_line + bad, None, "not_object")
        columns: dict[str, list[Any]] = {}
        try:
            for name in self._names:
                columns[name] = list(map(operator.itemgetter(name), rows))
        except KeyError:
            columns = {}
        # Every row has every column; the same total length means none has more.
        if not columns or sum(map(len, rows)) != len(rows) * len(self._names):
            bad = next(i for i, r in enumerate(rows) if r.keys() != self._keys)
            raise self._error(first_line + bad, None, "columns")
        for check in self._checks:
            name = check.spec.name
            values = columns[name]
            if not check.batch_ok(values):
                bad = next(i for i, v in enumerate(values) if not check.value_ok(v))
                raise self._error(first_line + bad, name, "value")
        self.check_order(columns["id"], first_line)
        return columns

    def check_order(self, ids: list[str], first_line: int) -> None:
        """Ids ascend strictly through the file (a duplicate cannot hide)."""
        previous = [self._last_id, *ids[:-1]]
        if not all(map(operator.lt, previous, ids)):
            bad = next(i for i, (a, b) in enumerate(zip(previous, ids, strict=True)) if a >= b)
            raise self._error(first_line + bad, "id", "order")
        if ids:
            self._last_id = ids[-1]

    def _error(self, line: int, column: str | None, reason: str) -> PackageError:
        return PackageError(
            "package.row_invalid",
            column,
            table=self.table.name,
            line=line,
            column=column or "",
            reason=reason,
        )
