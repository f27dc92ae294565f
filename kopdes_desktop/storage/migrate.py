"""Bring a database to the newest schema, safely.

Runs at every start (GUI and CLI). Before changing an existing SQLite file it copies it into
``backups/`` with SQLite's online backup API, so a failed upgrade never costs data. A database
written by a newer program (its Alembic revision is unknown to us) is refused, never "upgraded".
"""

from __future__ import annotations

import logging
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from alembic import command
from alembic.config import Config as AlembicConfig
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine

from kopdes_desktop.domain.errors import EnvironmentProblem

log = logging.getLogger(__name__)
MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


class DatabaseTooNewError(EnvironmentProblem):
    """The database was written by a newer version of the program."""


@dataclass(frozen=True)
class UpgradeResult:
    """What the upgrade did, for logs and the CLI."""

    from_revision: str | None
    to_revision: str
    backup_path: Path | None

    @property
    def changed(self) -> bool:
        """True when a migration ran."""
        return self.from_revision != self.to_revision


def alembic_config() -> AlembicConfig:
    """An Alembic configuration pointing at the migrations inside the package."""
    cfg = AlembicConfig()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    return cfg


def head_revision() -> str:
    """The newest schema revision this program knows."""
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def known_revisions() -> frozenset[str]:
    """Every schema revision this program knows (a package from a newer one is refused)."""
    script = ScriptDirectory.from_config(alembic_config())
    return frozenset(rev.revision for rev in script.walk_revisions())


def current_revision(engine: Engine) -> str | None:
    """The revision stamped in the database, None for an empty database."""
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def backup_sqlite_file(db_path: Path, backups_dir: Path, label: str) -> Path:
    """Copy a live SQLite file consistently (online backup API) and return the copy's path."""
    backups_dir.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    target = backups_dir / f"kopdes-{label}-{stamp}.db"
    src = sqlite3.connect(db_path)
    try:
        dst = sqlite3.connect(target)
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()
    return target


def upgrade_database(
    engine: Engine, sqlite_path: Path | None = None, backups_dir: Path | None = None
) -> UpgradeResult:
    """Apply pending migrations; refuse databases from a newer program version."""
    script = ScriptDirectory.from_config(alembic_config())
    head = head_revision()
    current = current_revision(engine)
    known = {rev.revision for rev in script.walk_revisions()}
    if current is not None and current not in known:
        raise DatabaseTooNewError("db.too_new", None, revision=current, supported=head)
    if current == head:
        return UpgradeResult(current, head, None)
    backup = None
    if current is not None and sqlite_path is not None and sqlite_path.exists():
        backup = backup_sqlite_file(
            sqlite_path, backups_dir or sqlite_path.parent, f"before-{head}"
        )
        log.info("Database copied to %s before upgrading %s -> %s", backup, current, head)
    cfg = alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
    log.info("Database upgraded %s -> %s", current, head)
    return UpgradeResult(current, head, backup)
