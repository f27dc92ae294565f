"""Fast bulk writes of plain rows through SQLAlchemy Core, for generators and importers.

``conn.execute(insert(table), list_of_dicts)`` spends about two thirds of its time per row in
Python (building bind dictionaries and running type processors): at national scale (12 million
rows) that overhead alone is larger than the whole budget of the demo generator. So here the
INSERT text is built once per table from the dialect's own identifier quoting and paramstyle,
values are adapted up front to exactly what SQLAlchemy's type processors would hand the driver
(``DbValues``), and rows travel as tuples to the driver's ``executemany`` through
``Connection.exec_driver_sql``, inside the caller's transaction. The same code runs on SQLite
(``?`` markers) and PostgreSQL/psycopg (``%s`` markers); nothing in it is dialect SQL.

``bulk_insert_dicts`` keeps the plain Core path (SQLAlchemy types, Python-side defaults) for
small writes where convenience matters more than speed.
"""

from __future__ import annotations

import itertools
import secrets
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import JSON, Connection, Date, Table, insert
from sqlalchemy.engine import Dialect

from kopdes_desktop.storage.orm_base import is_exchange_bookkeeping
from kopdes_desktop.storage.types import UTCDateTime

DEFAULT_BATCH = 10_000
"""Rows per executemany call: large enough to amortise the call, small enough for memory."""

Row = tuple[Any, ...]
_MARKERS = {"qmark": "?", "format": "%s", "pyformat": "%s"}


MAX_PARAMETERS = 999
"""Bound values per statement that every SQLite build accepts (3.32 raised its own limit)."""
MAX_ROWS_PER_INSERT = 50


def insert_sql(dialect: Dialect, table: Table, columns: Sequence[str], rows: int = 1) -> str:
    """Positional INSERT text for ``columns`` of ``table``, quoted the dialect's way, with
    ``rows`` rows of markers (see ``rows_per_insert``)."""
    marker = _MARKERS.get(dialect.paramstyle)
    if marker is None:
        raise ValueError(f"unsupported paramstyle {dialect.paramstyle!r}")
    unknown = [c for c in columns if c not in table.c]
    if unknown:
        raise ValueError(f"{table.name} has no columns {unknown}")
    prep = dialect.identifier_preparer
    names = ", ".join(prep.quote(c) for c in columns)
    markers = "(" + ", ".join([marker] * len(columns)) + ")"
    return f"INSERT INTO {prep.format_table(table)} ({names}) VALUES " + ", ".join([markers] * rows)


def rows_per_insert(columns: int) -> int:
    """Rows one multi-row INSERT carries: a row per statement costs SQLite a statement step
    and reset each (about a third of a bulk load's time in the driver), many rows per
    statement share them; bounded by ``MAX_PARAMETERS``."""
    return max(1, min(MAX_ROWS_PER_INSERT, MAX_PARAMETERS // columns))


def flat_chunks(rows: Sequence[Row], per: int) -> tuple[list[Row], list[Row]]:
    """``rows`` as parameter tuples of ``per`` rows each (for ``insert_sql(…, rows=per)``)
    and the rows left over (for the one-row statement)."""
    whole = len(rows) - len(rows) % per
    chain = itertools.chain.from_iterable
    return [tuple(chain(rows[i : i + per])) for i in range(0, whole, per)], list(rows[whole:])


def _batches(rows: Iterable[Row], size: int) -> Iterator[list[Row]]:
    """Consecutive lists of at most ``size`` rows (works on generators too)."""
    it = iter(rows)
    while batch := list(itertools.islice(it, size)):
        yield batch


def bulk_insert(
    conn: Connection,
    table: Table,
    rows: Iterable[Row],
    columns: Sequence[str] | None = None,
    batch_size: int = DEFAULT_BATCH,
) -> int:
    """Insert driver-ready tuples (see ``DbValues``) in ``columns`` order; returns the count.

    ``columns`` defaults to the table's own order, in which ORM mixin columns (``id``,
    ``created_at`` …) come last; name them explicitly unless the tuples were read from the
    table. No SQLAlchemy type processing and no Python-side column defaults happen here, so
    every row must carry a value for every listed column in the form the driver stores.
    """
    sql = insert_sql(conn.dialect, table, columns or list(table.c.keys()))
    count = 0
    for batch in _batches(rows, batch_size):
        conn.exec_driver_sql(sql, batch)
        count += len(batch)
    return count


def bulk_insert_dicts(
    conn: Connection,
    table: Table,
    rows: Iterable[Mapping[str, Any]],
    batch_size: int = DEFAULT_BATCH,
) -> int:
    """Core ``insert(table)`` executemany with SQLAlchemy's types and defaults (slower, exact)."""
    count = 0
    it = iter(rows)
    while batch := list(itertools.islice(it, batch_size)):
        conn.execute(insert(table), batch)
        count += len(batch)
    return count


def _identity(value: Any) -> Any:
    """Driver takes the Python value as it is (PostgreSQL dates, for instance)."""
    return value


def _iso_date(value: date | None) -> str | None:
    """SQLite's DATE text, as SQLAlchemy writes it, without its per-value dispatch."""
    return None if value is None else value.isoformat()


def _processor(type_: Any, dialect: Dialect) -> Callable[[Any], Any]:
    """SQLAlchemy's own bind processor of a column type for this dialect (or identity)."""
    proc = type_.dialect_impl(dialect).bind_processor(dialect)
    return proc or _identity


@dataclass(frozen=True)
class DbValues:
    """Adapters from Python values to what SQLAlchemy would pass to the driver.

    Built from SQLAlchemy's processors, so rows written here read back through the ORM exactly
    like rows the ORM wrote; dates on SQLite take a checked shortcut because they are the one
    per-row conversion that is hot at national scale.
    """

    date: Callable[[date | None], Any]
    timestamp: Callable[[datetime | None], Any]
    json: Callable[[Any], Any]

    @classmethod
    def for_dialect(cls, dialect: Dialect) -> DbValues:
        """The adapters of one dialect (SQLite or PostgreSQL)."""
        date_proc = _processor(Date(), dialect)
        sample = date(2001, 2, 3)
        date_fn = _iso_date if date_proc(sample) == sample.isoformat() else date_proc
        return cls(
            date=date_fn,
            timestamp=_processor(UTCDateTime(), dialect),
            json=_processor(JSON(), dialect),
        )


class SequentialIds:
    """UUIDv7-shaped record ids that ascend within a run (time prefix, random middle, counter).

    Random uuid4 keys scatter inserts over every primary-key and foreign-key index, which makes
    a national-scale load disk bound; ascending keys append to the right-most index pages. The
    48-bit millisecond time of the run, 34 random bits and a 40-bit counter keep ids of
    different runs and offices apart. Not for security: ids are guessable within a run.
    """

    def __init__(self, now: datetime | None = None, entropy: int | None = None) -> None:
        moment = now or datetime.now(UTC)
        ms = int(moment.timestamp() * 1000) & 0xFFFF_FFFF_FFFF
        rnd = secrets.randbits(34) if entropy is None else entropy & ((1 << 34) - 1)
        rand_a, rand_b, tail = rnd >> 22, (rnd >> 8) & 0x3FFF, rnd & 0xFF
        self._prefix = (
            f"{ms >> 16:08x}-{ms & 0xFFFF:04x}-7{rand_a:03x}-{0x8000 | rand_b:04x}-{tail:02x}"
        )
        self._counter = itertools.count(1)

    def __call__(self) -> str:
        """The next id."""
        return f"{self._prefix}{next(self._counter):010x}"


class BulkWriter:
    """Buffers tuples per table and writes them in parent-before-child order.

    ``layout`` maps each table to its column order, listed parents first, so that foreign keys
    (enforced immediately on SQLite) always find their rows. Every column of a table must be
    listed (but the exchange bookkeeping, which only imports write): this path runs no
    Python-side defaults, and a forgotten column would silently become NULL.
    """

    def __init__(self, dialect: Dialect, layout: Mapping[Table, Sequence[str]]) -> None:
        self._sql: dict[str, str] = {}
        self._buffers: dict[str, list[Row]] = {}
        for table, columns in layout.items():
            missing = {c.name for c in table.c if not is_exchange_bookkeeping(c)} - set(columns)
            if missing:
                raise ValueError(f"{table.name}: columns not supplied: {sorted(missing)}")
            self._sql[table.name] = insert_sql(dialect, table, columns)
            self._buffers[table.name] = []

    @property
    def table_names(self) -> tuple[str, ...]:
        """The tables this writer buffers, in write order."""
        return tuple(self._buffers)

    def rows(self, table_name: str) -> list[Row]:
        """The buffer of one table; append tuples to it (the list object stays the same)."""
        return self._buffers[table_name]

    @property
    def pending(self) -> int:
        """Rows buffered and not yet written."""
        return sum(len(b) for b in self._buffers.values())

    def flush(self, conn: Connection, batch_size: int = DEFAULT_BATCH) -> dict[str, int]:
        """Write every buffer in layout order inside the caller's transaction; rows per table."""
        written: dict[str, int] = {}
        for name, buffer in self._buffers.items():
            if not buffer:
                continue
            sql = self._sql[name]
            for start in range(0, len(buffer), batch_size):
                conn.exec_driver_sql(sql, buffer[start : start + batch_size])
            written[name] = len(buffer)
            buffer.clear()
        return written

    def clear(self) -> None:
        """Drop what is buffered (after a cancel or a failed transaction)."""
        for buffer in self._buffers.values():
            buffer.clear()
