"""Engine and session factory with the SQLite settings this program relies on.

Journal mode: **rollback journal (DELETE), not WAL.** SQLite releases before 3.51.3 have a WAL
bug that can corrupt the database when several connections write or checkpoint at the same time,
and the Python we ship with bundles SQLite 3.40.1. A kelurahan office has one writer (the lock
file allows one running app per data folder, and worker threads take turns through
``BEGIN IMMEDIATE``), so WAL's concurrent readers buy little and its risk is real. DELETE mode
with ``synchronous=FULL`` gives durable commits that survive a power cut.

Page size: **16 KiB** for databases this program creates (SQLite's default is 4 KiB). A
province or national office holds millions of rows; with bigger pages SQLite makes a quarter
of the page reads, writes and B-tree steps, and the kernel copies far fewer pieces: a first
national import took 78 s instead of 91 s (the writing process's kernel time 15 s instead of
21 s, measured 2026-11-28). A kelurahan database notices no difference. The pragma only
takes effect on a database without pages yet; an existing database keeps its page size.
"""

from __future__ import annotations

import sqlite3
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

SQLITE_BUSY_TIMEOUT_MS = 10_000
SQLITE_PAGE_SIZE = 16_384
SQLITE_JOURNAL_MODE = "DELETE"
WRITE_OPTION = "kopdes_write"


class KopdesSession(Session):
    """A session whose ``begin()`` (as used by ``sessionmaker.begin()``) marks the connection
    as a writer, so that SQLite starts the transaction with ``BEGIN IMMEDIATE``."""

    def begin(self, nested: bool = False) -> Any:
        """Begin a transaction; top-level ones are write transactions."""
        transaction = super().begin(nested=nested)
        if not nested:
            self.connection(execution_options={WRITE_OPTION: True})
        return transaction


def _configure_sqlite(engine: Engine) -> None:
    """Pragmas on every new connection and ``BEGIN IMMEDIATE`` for every transaction."""

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: sqlite3.Connection, _record: Any) -> None:
        # Let SQLAlchemy, not the sqlite3 module, decide when transactions begin.
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        cur.execute(f"PRAGMA page_size={SQLITE_PAGE_SIZE}")  # before anything is written
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute(f"PRAGMA journal_mode={SQLITE_JOURNAL_MODE}")
        cur.execute("PRAGMA synchronous=FULL")
        cur.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        # Writes take the write lock up front (IMMEDIATE), so two writers wait on the busy
        # timeout instead of one failing half-way with "database is locked" on its first
        # write. Reads begin DEFERRED so that a read nested inside a write never waits on it.
        if conn.get_execution_options().get(WRITE_OPTION):
            conn.exec_driver_sql("BEGIN IMMEDIATE")
        else:
            conn.exec_driver_sql("BEGIN")


def make_engine(url: str, **kwargs: Any) -> Engine:
    """Create an engine for SQLite (configured as above) or PostgreSQL (psycopg 3)."""
    if url.startswith("sqlite"):
        kwargs.setdefault("connect_args", {"check_same_thread": False, "timeout": 10})
        engine = create_engine(url, **kwargs)
        _configure_sqlite(engine)
        return engine
    kwargs.setdefault("pool_pre_ping", True)
    return create_engine(url, **kwargs)


def make_session_factory(engine: Engine) -> sessionmaker[KopdesSession]:
    """Sessions keep loaded values after commit so services can map them to dataclasses."""
    return sessionmaker(engine, class_=KopdesSession, expire_on_commit=False)
