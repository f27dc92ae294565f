"""SQLite connection settings: durable commits, enforced foreign keys, write sessions that
take the lock at BEGIN (so a second writer waits or fails up front, never half-way) and reads
that never wait for a writer."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine, exc, text

from kopdes_desktop.storage import database
from kopdes_desktop.storage.database import make_engine, make_session_factory

pytestmark = pytest.mark.usefixtures("sqlite_only")


@pytest.fixture
def db_path(db_url: str) -> Path:
    return Path(db_url.split(":///", 1)[1])


@pytest.fixture
def engine_a(db_url: str) -> Iterator[Engine]:
    engine = make_engine(db_url)
    yield engine
    engine.dispose()


def _short_timeout_engine(db_url: str, monkeypatch: pytest.MonkeyPatch, ms: int) -> Engine:
    monkeypatch.setattr(database, "SQLITE_BUSY_TIMEOUT_MS", ms)
    return make_engine(db_url, connect_args={"check_same_thread": False, "timeout": ms / 1000})


def test_new_connection_gets_the_pragmas(engine_a: Engine) -> None:
    with engine_a.connect() as conn:

        def pragma(name: str) -> object:
            return conn.exec_driver_sql(f"PRAGMA {name}").scalar_one()

        assert pragma("foreign_keys") == 1
        assert str(pragma("journal_mode")).lower() == "delete"
        assert pragma("synchronous") == 2  # FULL
        assert pragma("busy_timeout") == database.SQLITE_BUSY_TIMEOUT_MS


def test_foreign_keys_are_enforced(engine_a: Engine) -> None:
    with pytest.raises(exc.IntegrityError), engine_a.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO regency (code, province_code, name) VALUES ('99.01', '99', 'Nowhere')"
            )
        )


def test_write_session_takes_the_lock_at_begin(
    engine_a: Engine, db_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    engine_b = _short_timeout_engine(db_url, monkeypatch, 200)
    try:
        with make_session_factory(engine_a).begin() as session_a:
            # Only a read so far: a deferred BEGIN would not hold the write lock yet.
            session_a.execute(text("SELECT count(*) FROM province")).scalar_one()
            started = time.monotonic()
            with (
                pytest.raises(exc.OperationalError, match="locked"),
                make_session_factory(engine_b).begin(),
            ):
                pass
            assert time.monotonic() - started >= 0.15  # it waited for the busy timeout
        with make_session_factory(engine_b).begin() as session_b:  # free once A committed
            session_b.execute(text("UPDATE province SET name = name WHERE code = '31'"))
    finally:
        engine_b.dispose()


def test_second_writer_waits_for_the_first_instead_of_failing(
    engine_a: Engine, db_url: str
) -> None:
    engine_b = make_engine(db_url)
    holding = threading.Event()
    order: list[str] = []

    def first_writer() -> None:
        with make_session_factory(engine_a).begin() as session:
            session.execute(text("UPDATE province SET name = 'Aceh A' WHERE code = '11'"))
            holding.set()
            time.sleep(0.3)
            order.append("a committed")

    worker = threading.Thread(target=first_writer)
    worker.start()
    try:
        assert holding.wait(5)
        with make_session_factory(engine_b).begin() as session:
            order.append("b began")
            name = session.execute(text("SELECT name FROM province WHERE code = '11'")).scalar_one()
            session.execute(text("UPDATE province SET name = 'Aceh B' WHERE code = '11'"))
    finally:
        worker.join(10)
        engine_b.dispose()
    assert order == ["a committed", "b began"]
    assert name == "Aceh A"


def test_reads_do_not_wait_for_an_open_write(db_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    # Short busy timeout: a read that waited for the writer would fail instead of hanging.
    engine = _short_timeout_engine(db_url, monkeypatch, 200)
    sessions = make_session_factory(engine)
    try:
        with sessions.begin() as writer:
            writer.execute(text("UPDATE province SET name = 'Aceh (draft)' WHERE code = '11'"))
            with sessions() as reader:  # e.g. a lookup made while saving
                name = reader.execute(
                    text("SELECT name FROM province WHERE code = '11'")
                ).scalar_one()
        assert name == "Aceh"  # the uncommitted change is not visible
        with engine.connect() as conn:  # plain engine connections read without the write lock
            assert conn.execute(
                text("SELECT name FROM province WHERE code = '11'")
            ).scalar_one() == ("Aceh (draft)")
    finally:
        engine.dispose()


def test_a_new_database_has_16_kib_pages_and_an_old_one_keeps_its_own(tmp_path: Path) -> None:
    """Bigger pages make big imports faster; a database made earlier with SQLite's 4 KiB
    pages is opened, read and written as it is."""
    import sqlite3

    fresh = make_engine(f"sqlite:///{tmp_path / 'new.db'}")
    with fresh.begin() as conn:
        conn.exec_driver_sql("CREATE TABLE t (x)")
        assert conn.exec_driver_sql("PRAGMA page_size").scalar() == 16_384
    fresh.dispose()

    old_path = tmp_path / "old.db"
    with sqlite3.connect(old_path) as raw:
        raw.execute("PRAGMA page_size=4096")
        raw.execute("CREATE TABLE t (x)")
        raw.execute("INSERT INTO t VALUES (1)")
    raw.close()
    old = make_engine(f"sqlite:///{old_path}")
    with old.begin() as conn:
        conn.exec_driver_sql("INSERT INTO t VALUES (2)")
    with old.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA page_size").scalar() == 4096
        assert conn.exec_driver_sql("SELECT count(*) FROM t").scalar() == 2
        assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
    old.dispose()
