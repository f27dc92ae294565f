"""Rows between the database and the package form, a column at a time, for both dialects.

Exports and imports move millions of rows, so they bypass the ORM and SQLAlchemy's per-value
type processing: rows are read as the driver returns them and written as the driver takes
them (as ``storage/bulk_insert.py`` does for the demo generator). This module is where the two
forms meet. Package form is JSON values: ISO dates, ``…Z`` UTC times, true/false, lists and
objects. SQLite hands back text for dates, times and JSON; PostgreSQL hands back Python
objects. Both come out in the same package form, so a package does not depend on which
database wrote it.
"""

from __future__ import annotations

import itertools
import json
from collections.abc import Callable, Mapping, Sequence
from datetime import date, datetime
from typing import Any

from sqlalchemy import Table
from sqlalchemy.engine import Dialect

from kopdes_desktop.exchange.package_format import format_datetime, parse_datetime
from kopdes_desktop.exchange.safe_cells import FORMULA_TRIGGERS
from kopdes_desktop.exchange.tables import Kind, TableSpec
from kopdes_desktop.storage.bulk_insert import DbValues
from kopdes_desktop.storage.orm import Base

Column = list[Any]
Convert = Callable[[Sequence[Any]], Column]
_MARKERS = {"qmark": "?", "format": "%s", "pyformat": "%s"}
_SQLITE_TIME_LENGTH = 26  # "2026-11-27 08:15:00.000000"


def _sqlite_time_slow(value: str) -> str:
    """A time SQLite stored in another shape (written by hand, without microseconds)."""
    return format_datetime(datetime.fromisoformat(value))


def _sqlite_times_out(values: Sequence[Any]) -> Column:
    n = _SQLITE_TIME_LENGTH
    return [
        None
        if v is None
        else v[:10] + "T" + v[11:] + "Z"
        if len(v) == n and v[10] == " "
        else _sqlite_time_slow(v)
        for v in values
    ]


def _pg_times_out(values: Sequence[Any]) -> Column:
    return [None if v is None else format_datetime(v) for v in values]


def _pg_dates_out(values: Sequence[Any]) -> Column:
    return [None if v is None else v.isoformat() for v in values]


def _bools_out(values: Sequence[Any]) -> Column:
    return [None if v is None else bool(v) for v in values]


def _json_out(empty: Callable[[], Any], parse: bool) -> Convert:
    def convert(values: Sequence[Any]) -> Column:
        if parse:
            return [empty() if v is None else json.loads(v) for v in values]
        return [empty() if v is None else v for v in values]

    return convert


def _as_is(values: Sequence[Any]) -> Column:
    return list(values)


def package_converter(kind: Kind, sqlite: bool) -> Convert:
    """Database values of one column → package form."""
    if kind is Kind.DATETIME:
        return _sqlite_times_out if sqlite else _pg_times_out
    if kind is Kind.DATE:
        return _as_is if sqlite else _pg_dates_out
    if kind is Kind.BOOL:
        return _bools_out
    if kind in (Kind.TEXT_LIST, Kind.DATE_LIST):
        return _json_out(list, sqlite)
    if kind is Kind.TEXT_MAP:
        return _json_out(dict, sqlite)
    return _as_is


def _sqlite_time_in(value: str) -> str:
    return value[:10] + " " + value[11:26]


def _mapped(fn: Callable[[Any], Any]) -> Convert:
    """Convert each distinct value once: a batch shares its times, dates repeat a lot."""

    def convert(values: Sequence[Any]) -> Column:
        known = {v: None if v is None else fn(v) for v in set(values)}
        return list(map(known.__getitem__, values))

    return convert


def _each(fn: Callable[[Any], Any]) -> Convert:
    """Convert value by value (lists and objects cannot be deduplicated)."""

    def convert(values: Sequence[Any]) -> Column:
        return [None if v is None else fn(v) for v in values]

    return convert


_sqlite_times_in = _mapped(_sqlite_time_in)


def db_converter(kind: Kind, sqlite: bool, db: DbValues) -> Convert:
    """Package form of one column → what the driver stores (as the ORM would write it)."""
    if kind is Kind.DATETIME:
        if sqlite:
            return _sqlite_times_in
        return _mapped(lambda v: db.timestamp(parse_datetime(v)))
    if kind is Kind.DATE:
        return _as_is if sqlite else _mapped(lambda v: db.date(date.fromisoformat(v)))
    if kind in (Kind.TEXT_LIST, Kind.DATE_LIST, Kind.TEXT_MAP):
        return _each(db.json)
    return _as_is


_SQLITE_JSON_KINDS = frozenset(
    {Kind.UUID, Kind.TEXT, Kind.ENUM, Kind.VILLAGE, Kind.DATE, Kind.DATETIME}
    | {Kind.INT, Kind.BIGINT, Kind.BOOL}
)


def _sqlite_time(q: str) -> str:
    """SQLite: SQLAlchemy's stored time (always 26 characters) in package form."""
    canonical = f"substr({q}, 1, 10) || 'T' || substr({q}, 12) || 'Z'"
    return f"CASE WHEN length({q}) = 26 THEN {canonical} ELSE {q} END"


def _sqlite_time_fast(q: str) -> str:
    """The same for a table known to hold only SQLAlchemy's form (``odd_times_sql`` found
    none): its one space becomes the ``T``; NULL stays NULL. A third of the cost of the
    general form, which matters over twelve million rows."""
    return f"replace({q}, ' ', 'T') || 'Z'"


_FORMULA_STARTS = ", ".join(
    f"'{c}'" if c.isprintable() else f"char({ord(c)})" for c in sorted(FORMULA_TRIGGERS)
)


_QUOTE_GLOB = '*[",\n\r]*'
"""Text that ``csv.writer`` quotes: it holds a quote, a comma or a line end."""
_FIRST_CODES = ", ".join(str(ord(c)) for c in sorted({*FORMULA_TRIGGERS, " ", "'"}))
"""First characters after which a text cell may need the apostrophe (the rest go as they are
without the costlier exact test)."""


def csv_lines_plain(lines: Sequence[str], columns: int) -> list[int]:
    """Indexes of lines that may hold a quoted cell: more commas than separators, a quote or
    a line end (the whole batch is tested at once first)."""
    joined = "\n".join(lines)
    if (
        '"' not in joined
        and "\r" not in joined
        and joined.count("\n") == len(lines) - 1
        and joined.count(",") == (columns - 1) * len(lines)
    ):
        return []
    return [
        i
        for i, line in enumerate(lines)
        if line.count(",") != columns - 1 or '"' in line or "\n" in line or "\r" in line
    ]


def _sqlite_csv_cell_fast(kind: Kind, q: str) -> str:
    """One cell for ``printf('%s,%s,…')`` (which prints NULL as nothing), without the
    quoting test: booleans 1/0, times as ``_sqlite_time_fast``, text with the apostrophe when
    its first character could start a formula. Lines that may need quotes are found and
    asked for again in exact form (``csv_lines_plain``)."""
    if kind is Kind.DATETIME:
        return _sqlite_time_fast(q)
    if kind is Kind.BOOL:
        return f"({q} <> 0)"
    if kind is not Kind.TEXT:
        return q
    escaped = (
        f"CASE WHEN substr({q}, 1, 1) = '''' OR substr(ltrim({q}, ' '), 1, 1)"
        f" IN ({_FORMULA_STARTS}) THEN '''' || {q} ELSE {q} END"
    )
    return f"iif(unicode({q}) IN ({_FIRST_CODES}), {escaped}, {q})"


def _sqlite_csv_cell(kind: Kind, q: str, exact: bool = True) -> str:
    """One CSV cell in SQLite, as ``safe_csv_value`` and ``csv.writer`` (QUOTE_MINIMAL) make
    it: NULL empty, booleans 1/0, numbers as they are, text with OWASP's apostrophe when it
    could start a formula, quoted (quotes doubled) when it holds a comma, quote or line end."""
    if not exact:
        return _sqlite_csv_cell_fast(kind, q)
    if kind is Kind.DATETIME:
        return f"COALESCE({_sqlite_time(q)}, '')"
    if kind is Kind.BOOL:
        return f"CASE WHEN {q} IS NULL THEN '' WHEN {q} THEN '1' ELSE '0' END"
    if kind is not Kind.TEXT:
        # Numbers, and ids, codes, dates and vocabulary words, whose checked shapes hold no
        # comma, quote, line end or formula character: as they are.
        return f"COALESCE({q}, '')"
    escaped = (
        f"CASE WHEN substr({q}, 1, 1) = '''' OR substr(ltrim({q}, ' '), 1, 1)"
        f" IN ({_FORMULA_STARTS}) THEN '''' || {q} ELSE {q} END"
    )
    special = f"{q} GLOB '{_QUOTE_GLOB}'"
    quoted = f"""'"' || replace({escaped}, '"', '""') || '"'"""
    plain = f"unicode({q}) NOT IN ({_FIRST_CODES}) AND NOT ({special})"
    return (
        f"CASE WHEN {q} IS NULL THEN '' WHEN {q} = '' OR {plain} THEN {q}"
        f" WHEN {special} THEN {quoted} ELSE {escaped} END"
    )


class RowCodec:
    """One table's columns in JSON key order, converted between database and package."""

    def __init__(self, spec: TableSpec, dialect: Dialect) -> None:
        self.spec = spec
        self.table: Table = Base.metadata.tables[spec.name]
        self.names = spec.sorted_names
        sqlite = self._sqlite = dialect.name == "sqlite"
        db = DbValues.for_dialect(dialect)
        kinds = [spec.column(n).kind for n in self.names]
        self._out = [package_converter(k, sqlite) for k in kinds]
        self._in = [db_converter(k, sqlite, db) for k in kinds]
        prep = self._prep = dialect.identifier_preparer
        self.quoted_table = prep.format_table(self.table)
        self.quoted = [prep.quote(n) for n in self.names]
        self.marker = _MARKERS[dialect.paramstyle]
        self.id_order = "id" if sqlite else 'id COLLATE "C"'
        self.updated_at_index = self.names.index("updated_at")
        self.id_index = self.names.index("id")

    @property
    def sqlite_json(self) -> bool:
        """True when SQLite can write this table's JSON lines itself (``json_object``).

        Its escaping equals ``json.dumps``'s (a test holds them together); tables with
        floats (number formatting) or objects (key order) stay on the Python path.
        """
        return self._sqlite and all(
            self.spec.column(n).kind in _SQLITE_JSON_KINDS for n in self.names
        )

    def sqlite_json_sql(self, where: str, with_id: bool = False) -> str:
        """Each row as its canonical JSON line (times in package form, booleans true/false),
        and its id when asked."""
        pairs = []
        for name, q in zip(self.names, self.quoted, strict=True):
            kind = self.spec.column(name).kind
            expr = _sqlite_time_fast(q) if kind is Kind.DATETIME else q
            if kind is Kind.BOOL:
                expr = f"CASE WHEN {q} THEN json('true') ELSE json('false') END"
            pairs.append(f"'{name}', {expr}")
        select = f"SELECT json_object({', '.join(pairs)})" + (", id" if with_id else "")
        return f"{select} FROM {self.quoted_table} {where} ORDER BY {self.id_order}"

    def sqlite_csv_sql(self, where: str, header: Sequence[str], exact: bool = False) -> str:
        """Each row as its CSV line (no line end), ``header`` columns in order, then its id.

        ``exact``: the cells ``CsvEncoder`` and ``csv.writer`` would write (an export test
        holds them together). Otherwise text goes as it is unless its first character could
        start a formula: the quoting test costs more than the rest of the line, and almost
        no line needs it, so the caller looks at the lines (``csv_lines_plain``) and asks for
        the exact form of those that may need quotes (``sqlite_csv_exact_sql``)."""
        cells = [_sqlite_csv_cell(self.spec.column(n).kind, self.quote(n), exact) for n in header]
        if exact:
            select = "SELECT " + " || ',' || ".join(cells) + ", id"
        else:  # printf prints NULL as nothing and costs less than a chain of ||
            select = f"SELECT printf('{','.join(['%s'] * len(cells))}', {', '.join(cells)}), id"
        return f"{select} FROM {self.quoted_table} {where} ORDER BY {self.id_order}"

    def sqlite_csv_exact_sql(self, header: Sequence[str], count: int) -> str:
        """The exact CSV lines (and ids) of ``count`` rows given by id."""
        markers = ", ".join([self.marker] * count)
        return self.sqlite_csv_sql(f"WHERE id IN ({markers})", header, exact=True)

    def odd_times_sql(self) -> str:
        """A row whose stored time is not in SQLAlchemy's form (then: the Python path)."""
        times = [
            q
            for n, q in zip(self.names, self.quoted, strict=True)
            if self.spec.column(n).kind is Kind.DATETIME
        ]
        checks = " OR ".join(f"({q} IS NOT NULL AND length({q}) <> 26)" for q in times)
        return f"SELECT 1 FROM {self.quoted_table} WHERE {checks} LIMIT 1"

    def quote(self, name: str) -> str:
        """A column name quoted for this dialect."""
        return self.quoted[self.names.index(name)]

    def columns_out(self, rows: Sequence[Sequence[Any]]) -> list[Column]:
        """Database rows → package-form columns (in ``names`` order)."""
        if not rows:
            return [[] for _ in self.names]
        raw = list(zip(*rows, strict=True))
        return [fn(col) for fn, col in zip(self._out, raw, strict=True)]

    def rows_in(self, rows: Sequence[dict[str, Any]]) -> list[tuple[Any, ...]]:
        """Package-form rows → driver tuples in ``names`` order (for INSERT/UPDATE)."""
        return self.columns_in({n: [r[n] for r in rows] for n in self.names})

    def columns_in(self, columns: Mapping[str, Sequence[Any]]) -> list[tuple[Any, ...]]:
        """Package-form columns by name → driver tuples in ``names`` order."""
        return list(zip(*self._converted(columns), strict=True))

    def flat_in(
        self, columns: Mapping[str, Sequence[Any]], per: int
    ) -> tuple[list[tuple[Any, ...]], list[tuple[Any, ...]]]:
        """Package-form columns by name → ``bulk_insert.flat_chunks`` of their driver rows,
        made straight from the columns: no list of row tuples in between, which took a
        national import's reading process about 6 s of its 63."""
        cols = self._converted(columns)
        size = len(cols[0]) if cols else 0
        whole = size - size % per
        chain = itertools.chain.from_iterable
        chunks = [
            tuple(chain(zip(*[c[i : i + per] for c in cols], strict=True)))
            for i in range(0, whole, per)
        ]
        return chunks, list(zip(*[c[whole:] for c in cols], strict=True))

    def _converted(self, columns: Mapping[str, Sequence[Any]]) -> list[Sequence[Any]]:
        return [
            columns[n] if fn is _as_is else fn(columns[n])
            for fn, n in zip(self._in, self.names, strict=True)
        ]

    def dicts_out(self, rows: Sequence[Sequence[Any]]) -> list[dict[str, Any]]:
        """Database rows → package-form dicts (to compare with incoming rows)."""
        cols = self.columns_out(rows)
        return [dict(zip(self.names, values, strict=True)) for values in zip(*cols, strict=True)]

    def select_sql(self, where: str = "") -> str:
        """Every column of the table in key order, rows by id (byte order on PostgreSQL)."""
        sql = f"SELECT {', '.join(self.quoted)} FROM {self.quoted_table}"
        return (
            f"{sql} {where} ORDER BY {self.id_order}"
            if where
            else f"{sql} ORDER BY {self.id_order}"
        )

    def lookup_sql(self, count: int, extra: Sequence[str] = ()) -> str:
        """Rows whose id is one of ``count`` positional parameters (their columns in
        ``names`` order, then the ``extra`` columns)."""
        markers = ", ".join([self.marker] * count)
        quoted = [*self.quoted, *(self._prep.quote(self.table.c[n].name) for n in extra)]
        return f"SELECT {', '.join(quoted)} FROM {self.quoted_table} WHERE id IN ({markers})"

    def update_sql(self, extra: Sequence[str] = ()) -> str:
        """UPDATE of every column but id, then the ``extra`` columns, by id (parameters:
        values in ``names`` order without id, the extra values, then the id)."""
        quoted = [q for n, q in zip(self.names, self.quoted, strict=True) if n != "id"]
        quoted += [self._prep.quote(self.table.c[n].name) for n in extra]
        sets = ", ".join(f"{q} = {self.marker}" for q in quoted)
        return f"UPDATE {self.quoted_table} SET {sets} WHERE id = {self.marker}"

    def update_params(self, row: tuple[Any, ...]) -> tuple[Any, ...]:
        """A driver tuple from ``rows_in`` reordered for ``update_sql``."""
        i = self.id_index
        return (*row[:i], *row[i + 1 :], row[i])
