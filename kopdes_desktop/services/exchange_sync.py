"""Writes around the imported rows: exchange bases, name tokens, and fast bulk loading.

Kept apart from the import pass so the pass reads as the merge rules it applies. Everything
here runs inside the import's single transaction through raw driver calls (see
``storage/bulk_insert.py``): a national first import writes millions of rows within its minute.
"""

from __future__ import annotations

import contextlib
import functools
import re
from collections.abc import Iterable, Iterator, Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, Index, Table

from kopdes_desktop.exchange.package_format import PackageError
from kopdes_desktop.exchange.tables import Kind
from kopdes_desktop.services.exchange_feed import Flat, insert_flat, insert_flat_by
from kopdes_desktop.services.exchange_rows import db_converter, package_converter
from kopdes_desktop.storage.bulk_insert import DbValues, bulk_insert
from kopdes_desktop.storage.orm import Base
from kopdes_desktop.storage.orm_live_indexes import LIVE_COUNTED, live_index_name
from kopdes_desktop.storage.person_tokens import MAX_TOKEN_LENGTH, name_tokens

LOOKUP_CHUNK = 1_000
"""Ids per ``IN (…)`` lookup: far below every driver's parameter limit."""

BULK_INDEX_MIN_ROWS = 20_000
"""Below this many incoming rows, dropping and rebuilding indexes costs more than it saves."""

SQLITE_IMPORT_CACHE_KIB = 65_536
"""Page cache while importing on SQLite (64 MB: name tokens go into a B-tree in no order)."""
SQLITE_INDEX_BUILD_CACHE_KIB = 8_192
"""Page cache while an index is built: SQLite's sorter works in runs of the cache's size,
and small runs merged sort faster than one big one (measured on the national copy: all
indexes in 17 s with 8 MB against 25 s with 64 MB)."""

TOKEN_CACHE = 100_000
BASE_COLUMNS = ("exchange_base", "received_at")
"""The exchange bookkeeping of every synced table (``SyncedMixin``), in the order
``SyncStore.stamped`` appends them."""
_TOKEN_COLUMNS = ("token", "person_id")
_NON_WORD = re.compile(r"[^0-9a-z]+")


def chunks(items: Sequence[Any], size: int = LOOKUP_CHUNK) -> Iterable[Sequence[Any]]:
    """Consecutive slices of at most ``size`` items."""
    for start in range(0, len(items), size):
        yield items[start : start + size]


class SyncStore:
    """The exchange base and receipt time of the records one import writes: two columns of
    every synced table (``SyncedMixin.exchange_base`` and ``received_at``).

    New and replaced records get them in the same statement that writes them (their own
    ``updated_at`` becomes the base, and the import's time the receipt), so a first import
    writes each record once; records kept as they are only get their base moved on."""

    def __init__(self, conn: Connection, now: datetime) -> None:
        self._conn = conn
        sqlite = conn.dialect.name == "sqlite"
        self._times_out = package_converter(Kind.DATETIME, sqlite)
        self._times_in = db_converter(Kind.DATETIME, sqlite, DbValues.for_dialect(conn.dialect))
        self._now = DbValues.for_dialect(conn.dialect).timestamp(now)
        self._marker = "?" if conn.dialect.paramstyle == "qmark" else "%s"
        self._prep = conn.dialect.identifier_preparer
        self._flat_sql: dict[tuple[str, int], str] = {}

    def bases(self, stored: Sequence[tuple[str, Any]]) -> dict[str, str]:
        """(id, ``exchange_base`` as stored) → id → the ``updated_at`` last exchanged, in
        package form, for the records that have one."""
        known = [(i, t) for i, t in stored if t is not None]
        if not known:
            return {}
        keys, times = zip(*known, strict=True)
        return dict(zip(keys, self._times_out(times), strict=True))

    def stamped(self, rows: Sequence[tuple[Any, ...]], updated_at: int) -> list[tuple[Any, ...]]:
        """Driver rows of new or replaced records (``updated_at``: that column's index) with
        their base and the receipt time appended, in ``BASE_COLUMNS`` order."""
        now = self._now
        return [(*row, row[updated_at], now) for row in rows]

    def note(self, table: str, versions: Sequence[tuple[str, str]]) -> None:
        """(id, updated_at in package form) of records kept as they are (unchanged, or a
        conflict resolved in our favour): the incoming version becomes their base."""
        if not versions:
            return
        times = self._times_in([t for _, t in versions])
        m = self._marker
        self._conn.exec_driver_sql(
            f"UPDATE {self._prep.quote(table)} SET exchange_base = {m} WHERE id = {m}",
            [(t, rid) for (rid, _), t in zip(versions, times, strict=True)],
        )

    def insert_flat(self, table: Table, columns: Sequence[str], rows: Flat) -> None:
        """Rows handed over in ``Flat`` form (SQLite), stamped by the statement itself: each
        row's base repeats its ``updated_at`` marker (``?NNN``) and the receipt time is a
        literal, so no value is added per row in Python."""
        insert_flat_by(self._conn, rows, lambda n: self._stamping_sql(table, columns, n))

    def _stamping_sql(self, table: Table, columns: Sequence[str], rows: int) -> str:
        key = (table.name, rows)
        sql = self._flat_sql.get(key)
        if sql is None:
            if self._marker != "?" or not isinstance(self._now, str):
                raise ValueError("numbered markers are SQLite's")
            n, at = len(columns), columns.index("updated_at")
            now = "'" + self._now.replace("'", "''") + "'"
            values = ", ".join(
                "(" + ", ".join(f"?{k * n + j + 1}" for j in (*range(n), at)) + f", {now})"
                for k in range(rows)
            )
            names = ", ".join(self._prep.quote(c) for c in (*columns, *BASE_COLUMNS))
            sql = self._flat_sql[key] = (
                f"INSERT INTO {self._prep.format_table(table)} ({names}) VALUES {values}"
            )
        return sql


def fast_name_tokens(name: str) -> set[str]:
    """``name_tokens`` with a shortcut for plain ASCII names (most of them): Unicode
    decomposition changes nothing there, so folding is lowercasing and dropping apostrophes."""
    if not name.isascii():
        return name_tokens(name)
    folded = name.lower().replace("'", "").replace("`", "")
    return {t[:MAX_TOKEN_LENGTH] for t in _NON_WORD.split(folded) if t}


class TokenWriter:
    """Name-search tokens of imported persons, rebuilt like ``PersonService`` does."""

    def __init__(self, conn: Connection) -> None:
        self._conn = conn
        self._table: Table = Base.metadata.tables["person_name_token"]
        self._marker = "?" if conn.dialect.paramstyle == "qmark" else "%s"
        # Names repeat a lot across a country (the same given and family names).
        self._tokens = functools.lru_cache(maxsize=TOKEN_CACHE)(fast_name_tokens)

    def insert(self, rows: Flat) -> None:
        """(token, person id) rows made elsewhere (``exchange_feed``), for new persons."""
        insert_flat(self._conn, self._table, _TOKEN_COLUMNS, rows)

    def replace(self, persons: Sequence[tuple[str, str]], had_tokens: bool) -> None:
        """(person id, name) pairs: drop their old tokens (when they had some), add new."""
        if not persons:
            return
        if had_tokens:
            for part in chunks([pid for pid, _ in persons]):
                marks = ", ".join([self._marker] * len(part))
                self._conn.exec_driver_sql(
                    f"DELETE FROM person_name_token WHERE person_id IN ({marks})", tuple(part)
                )
        rows = [(token, pid) for pid, name in persons for token in self._tokens(name)]
        bulk_insert(self._conn, self._table, rows, _TOKEN_COLUMNS)


APPENDED_INDEXES = frozenset(live_index_name(t.__tablename__) for t in LIVE_COUNTED)
"""Indexes a bulk load keeps: rows arrive in id order, so the live-row indexes (a constant
key, then the rowid) only grow at their end; rebuilding them afterwards would sort millions
of entries again."""


def table_is_empty(conn: Connection, table: str) -> bool:
    """True when ``table`` has no row at all (tombstones count as rows)."""
    quoted = conn.dialect.identifier_preparer.quote(table)
    return conn.exec_driver_sql(f"SELECT 1 FROM {quoted} LIMIT 1").first() is None


@contextlib.contextmanager
def sqlite_cache_kib(conn: Connection, kib: int) -> Iterator[None]:
    """SQLite's page cache at ``kib`` for a while, then as it was (other dialects: nothing).

    A connection setting, allowed inside a transaction; set on the driver connection
    directly: through SQLAlchemy the PRAGMA would open the transaction before the import
    pass can begin it as a write transaction."""
    if conn.dialect.name != "sqlite":
        yield
        return
    raw: Any = conn.connection.driver_connection
    before = raw.execute("PRAGMA cache_size").fetchone()[0]
    raw.execute(f"PRAGMA cache_size=-{kib}")
    try:
        yield
    finally:
        raw.execute(f"PRAGMA cache_size={int(before)}")


class BulkIndexes:
    """Drops the secondary indexes of tables that are empty before a big import and builds
    them again afterwards, in the same transaction: one sorted build instead of millions of
    random index inserts. A rollback restores them like everything else."""

    def __init__(self, conn: Connection) -> None:
        self._conn = conn
        self._dropped: dict[str, list[Index]] = {}

    def is_empty(self, table: str) -> bool:
        """True when the table has no row at all (tombstones count as rows)."""
        return table_is_empty(self._conn, table)

    def drop(self, table: str) -> None:
        """Drop the table's non-unique secondary indexes (kept: primary key, unique ones,
        and those whose keys arrive in ascending order, which an insert only appends to)."""
        indexes = [
            i
            for i in Base.metadata.tables[table].indexes
            if not i.unique and i.name not in APPENDED_INDEXES
        ]
        for index in indexes:
            index.drop(self._conn)
        self._dropped[table] = indexes

    def restore(self, table: str) -> None:
        """Build the indexes dropped from ``table`` again."""
        indexes = self._dropped.pop(table, [])
        if not indexes:
            return
        with sqlite_cache_kib(self._conn, SQLITE_INDEX_BUILD_CACHE_KIB):
            for index in indexes:
                index.create(self._conn)

    def restore_all(self) -> None:
        """Build every index still dropped (the end of the pass)."""
        for table in list(self._dropped):
            self.restore(table)


@contextlib.contextmanager
def unchecked_foreign_keys(conn: Connection, tables: Sequence[str], big: bool) -> Iterator[bool]:
    """SQLite, a ``big`` first import into empty tables: foreign keys are not looked up row
    by row while loading (a third of the load time at national scale); the pass checks each
    table it wrote with ``check_foreign_keys`` once the table is complete (its parents come
    before it, so they are complete too), all before it commits, and enforcement is back on
    for the connection afterwards. Yields whether enforcement is off.

    Runs on the driver connection before the transaction begins: SQLite ignores the pragma
    inside a transaction."""
    if conn.dialect.name != "sqlite" or not big:
        yield False
        return
    raw: Any = conn.connection.driver_connection
    if any(raw.execute(f'SELECT 1 FROM "{t}" LIMIT 1').fetchone() for t in tables):
        yield False
        return
    raw.execute("PRAGMA foreign_keys=OFF")
    try:
        yield True
    finally:
        raw.execute("PRAGMA foreign_keys=ON")


def check_foreign_keys(conn: Connection, tables: Iterable[str]) -> None:
    """Every row of ``tables`` finds its parents (SQLite's own check, table by table); a
    package whose rows point at records it does not carry is refused like an insert that
    fails its constraint."""
    for table in tables:
        broken = conn.exec_driver_sql(f'PRAGMA foreign_key_check("{table}")').first()
        if broken is not None:
            raise PackageError(
                "exchange.integrity",
                None,
                detail=f"FOREIGN KEY constraint failed ({table} → {broken[2]})",
            )
