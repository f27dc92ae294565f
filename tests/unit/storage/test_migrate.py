"""Migrations: the schema they build is the models' schema, upgrades are safe and idempotent,
databases from a newer program are refused, and an SQLite file is copied before an upgrade."""

from __future__ import annotations

import shutil
import sqlite3
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import Engine, inspect, text

from kopdes_desktop.storage import migrate
from kopdes_desktop.storage.database import make_engine
from kopdes_desktop.storage.migrate import (
    DatabaseTooNewError,
    backup_sqlite_file,
    current_revision,
    head_revision,
    upgrade_database,
)
from kopdes_desktop.storage.orm import Base

NEXT_REVISION = "0002_test_only"


def _schema_diff(engine: Engine) -> list[object]:
    with engine.connect() as conn:
        ctx = MigrationContext.configure(
            conn, opts={"compare_type": True, "compare_server_default": True}
        )
        return list(compare_metadata(ctx, Base.metadata))


def _schema_snapshot(engine: Engine) -> dict[str, object]:
    """Tables with their columns, indexes and foreign keys, as the database reports them."""
    insp = inspect(engine)
    snapshot: dict[str, object] = {}
    for table in sorted(insp.get_table_names()):
        snapshot[table] = (
            [(c["name"], str(c["type"]), c["nullable"]) for c in insp.get_columns(table)],
            sorted((i["name"] or "", tuple(i["column_names"])) for i in insp.get_indexes(table)),
            sorted((f["name"] or "", f["referred_table"]) for f in insp.get_foreign_keys(table)),
        )
    return snapshot


@pytest.fixture
def empty_engine(empty_db_url: str) -> Iterator[Engine]:
    engine = make_engine(empty_db_url)
    yield engine
    engine.dispose()


def test_fresh_database_reaches_head_and_matches_the_models(empty_engine: Engine) -> None:
    result = upgrade_database(empty_engine)
    assert result.from_revision is None
    assert result.to_revision == head_revision()
    assert result.changed
    assert current_revision(empty_engine) == head_revision()
    assert _schema_diff(empty_engine) == []


def test_test_databases_match_the_models(db_url: str) -> None:
    engine = make_engine(db_url)
    try:
        assert current_revision(engine) == head_revision()
        assert _schema_diff(engine) == []
    finally:
        engine.dispose()


def test_second_upgrade_changes_nothing(empty_engine: Engine, tmp_path: Path) -> None:
    backups = tmp_path / "backups"
    upgrade_database(empty_engine, None, backups)
    before = _schema_snapshot(empty_engine)
    again = upgrade_database(empty_engine, None, backups)
    assert not again.changed
    assert again.backup_path is None
    assert again.from_revision == again.to_revision == head_revision()
    assert _schema_snapshot(empty_engine) == before
    assert not backups.exists()


def test_database_from_a_newer_program_is_refused(empty_engine: Engine, tmp_path: Path) -> None:
    upgrade_database(empty_engine)
    with empty_engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999_future'"))
    before = _schema_snapshot(empty_engine)

    with pytest.raises(DatabaseTooNewError) as info:
        upgrade_database(empty_engine, None, tmp_path / "backups")

    assert info.value.code == "db.too_new"
    assert info.value.params == {"revision": "9999_future", "supported": head_revision()}
    assert current_revision(empty_engine) == "9999_future"
    assert _schema_snapshot(empty_engine) == before
    assert not (tmp_path / "backups").exists()


@pytest.mark.usefixtures("sqlite_only")
def test_fresh_sqlite_file_gets_no_backup(tmp_path: Path) -> None:
    path = tmp_path / "kopdes.db"
    engine = make_engine(f"sqlite:///{path}")
    try:
        result = upgrade_database(engine, path, tmp_path / "backups")
    finally:
        engine.dispose()
    assert result.backup_path is None
    assert not (tmp_path / "backups").exists()


@pytest.mark.usefixtures("sqlite_only")
def test_backup_sqlite_file_makes_a_consistent_copy(tmp_path: Path) -> None:
    source = tmp_path / "live.db"
    with sqlite3.connect(source) as conn:
        conn.execute("CREATE TABLE t (x INTEGER)")
        conn.executemany("INSERT INTO t VALUES (?)", [(i,) for i in range(100)])
    conn.close()

    copy = backup_sqlite_file(source, tmp_path / "backups", "manual")

    assert copy.parent == tmp_path / "backups"
    assert copy.name.startswith("kopdes-manual-") and copy.suffix == ".db"
    with sqlite3.connect(copy) as check:
        assert check.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert check.execute("SELECT count(*), sum(x) FROM t").fetchone() == (100, 4950)
    check.close()


def _migrations_with_extra_revision(tmp_path: Path, body: str) -> Path:
    """A copy of the shipped migrations plus one newer revision running ``body``."""
    folder = tmp_path / "migrations"
    shutil.copytree(migrate.MIGRATIONS_DIR, folder, ignore=shutil.ignore_patterns("__pycache__"))
    head = head_revision()
    source = "\n".join(
        [
            '"""Test-only revision."""',
            "import sqlalchemy as sa",
            "from alembic import op",
            "",
            f"revision = {NEXT_REVISION!r}",
            f"down_revision = {head!r}",
            "branch_labels = None",
            "depends_on = None",
            "",
            "",
            "def upgrade() -> None:",
            textwrap.indent(body, "    "),
            "",
            "def downgrade() -> None:",
            "    pass",
            "",
        ]
    )
    (folder / "versions" / f"{NEXT_REVISION}.py").write_text(source, encoding="utf-8")
    return folder


ADD_TABLE = """\
op.create_table("test_extra", sa.Column("id", sa.Integer, primary_key=True))
"""
FAIL_HALF_WAY = """\
op.create_table("test_extra", sa.Column("id", sa.Integer, primary_key=True))
op.execute("UPDATE province SET name = 'CHANGED'")
raise RuntimeError("migration failed half-way")
"""


def _assert_at_shipped_head(url: str) -> None:
    """The test database is at the shipped head, one revision behind the patched head."""
    engine = make_engine(url)
    try:
        assert current_revision(engine) == head_revision()
    finally:
        engine.dispose()


def test_upgrade_from_an_older_revision_copies_the_file_first(
    db_url: str, on_postgres: bool, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    old_head = head_revision()
    _assert_at_shipped_head(db_url)
    monkeypatch.setattr(
        migrate, "MIGRATIONS_DIR", _migrations_with_extra_revision(tmp_path, ADD_TABLE)
    )
    sqlite_path = None if on_postgres else Path(db_url.split(":///", 1)[1])
    backups = tmp_path / "backups"

    engine = make_engine(db_url)
    try:
        result = upgrade_database(engine, sqlite_path, backups)
        assert (result.from_revision, result.to_revision) == (old_head, NEXT_REVISION)
        assert current_revision(engine) == NEXT_REVISION
        assert "test_extra" in inspect(engine).get_table_names()
    finally:
        engine.dispose()

    if on_postgres:
        assert result.backup_path is None
        return
    assert result.backup_path is not None
    assert result.backup_path.parent == backups
    with sqlite3.connect(result.backup_path) as copy:
        assert copy.execute("SELECT version_num FROM alembic_version").fetchone() == (old_head,)
        assert copy.execute("SELECT count(*) FROM village").fetchone() == (83762,)
        tables = {r[0] for r in copy.execute("SELECT name FROM sqlite_master")}
    copy.close()
    assert "test_extra" not in tables


def test_failed_upgrade_leaves_the_database_as_it_was(
    db_url: str, on_postgres: bool, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    old_head = head_revision()
    _assert_at_shipped_head(db_url)
    monkeypatch.setattr(
        migrate, "MIGRATIONS_DIR", _migrations_with_extra_revision(tmp_path, FAIL_HALF_WAY)
    )
    sqlite_path = None if on_postgres else Path(db_url.split(":///", 1)[1])
    backups = tmp_path / "backups"

    engine = make_engine(db_url)
    try:
        with pytest.raises(RuntimeError, match="half-way"):
            upgrade_database(engine, sqlite_path, backups)
        assert current_revision(engine) == old_head
        assert "test_extra" not in inspect(engine).get_table_names()
        with engine.connect() as conn:
            changed = conn.execute(
                text("SELECT count(*) FROM province WHERE name = 'CHANGED'")
            ).scalar_one()
        assert changed == 0
    finally:
        engine.dispose()
    if not on_postgres:
        assert len(list(backups.glob("kopdes-before-*.db"))) == 1


def test_start_up_fast_path_reads_the_same_head_as_alembic() -> None:
    """The text scan that spares Alembic's import at start must agree with Alembic itself."""
    from kopdes_desktop.storage.migrate import head_revision, scripted_head

    assert scripted_head() == head_revision()
