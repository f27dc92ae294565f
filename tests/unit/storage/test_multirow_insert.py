"""Multi-row INSERTs (the bulk import's rows in chunks) store exactly the rows given."""

from __future__ import annotations

import sqlite3

from sqlalchemy import Column, Integer, MetaData, String, Table
from sqlalchemy.dialects import sqlite

from kopdes_desktop.services.exchange_feed import insert_flat
from kopdes_desktop.storage.bulk_insert import (
    MAX_PARAMETERS,
    flat_chunks,
    insert_sql,
    rows_per_insert,
)

TABLE = Table("t", MetaData(), Column("a", Integer), Column("b", String), Column("c", String))


class _Conn:
    """The two things ``insert_flat`` uses of a SQLAlchemy connection, on plain sqlite3."""

    dialect = sqlite.dialect(paramstyle="qmark")

    def __init__(self) -> None:
        self.db = sqlite3.connect(":memory:")
        self.db.execute("CREATE TABLE t (a INTEGER, b TEXT, c TEXT)")
        self.statements: list[str] = []

    def exec_driver_sql(self, sql: str, params: list[tuple[object, ...]]) -> None:
        self.statements.append(sql)
        self.db.executemany(sql, params)


def test_rows_split_into_chunks_and_a_rest_are_stored_in_order_and_whole():
    rows = [(i, f"nama {i}", None if i % 3 else "x, 'y'") for i in range(23)]
    chunks, rest = flat_chunks(rows, 5)
    assert len(chunks) == 4 and all(len(c) == 15 for c in chunks) and len(rest) == 3
    conn = _Conn()
    insert_flat(conn, TABLE, ["a", "b", "c"], (5, chunks, rest))
    assert conn.db.execute("SELECT a, b, c FROM t ORDER BY rowid").fetchall() == rows
    assert conn.statements[0].count("(?, ?, ?)") == 5
    assert conn.statements[1].count("(?, ?, ?)") == 1


def test_a_statement_never_binds_more_values_than_every_sqlite_accepts():
    for columns in (1, 2, 10, 18, 35, 999, 2000):
        per = rows_per_insert(columns)
        assert per >= 1
        assert per * columns <= MAX_PARAMETERS or per == 1
    assert insert_sql(_Conn.dialect, TABLE, ["a", "b"], rows=2).endswith("VALUES (?, ?), (?, ?)")


def test_chunks_made_straight_from_columns_are_those_of_the_rows():
    """The reading process builds its chunks from a batch's columns without the row tuples
    in between (``RowCodec.flat_in``): the same chunks and rest, times converted alike."""
    from kopdes_desktop.exchange.tables import TABLES
    from kopdes_desktop.services.exchange_rows import RowCodec

    spec = next(t for t in TABLES if t.name == "membership")
    codec = RowCodec(spec, sqlite.dialect(paramstyle="qmark"))
    for size in (0, 1, 6, 7, 20, 23):
        columns = {
            c.name: [f"{c.name}-{i}" if c.kind.name != "DATETIME" else None for i in range(size)]
            for c in spec.columns
        }
        columns["updated_at"] = [f"2026-11-28T10:{i % 60:02d}:00.000000Z" for i in range(size)]
        for per in (1, 3, 7):
            flat = codec.flat_in(columns, per)
            assert flat == flat_chunks(codec.columns_in(columns), per), (size, per)
            assert all(
                v.endswith(":00.000000") and "T" not in v
                for v in (row[codec.names.index("updated_at")] for row in flat[1])
            )
