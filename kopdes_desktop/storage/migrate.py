"""Bring a database to the newest schema, safely.

Runs at every start (GUI and CLI). Before changing an existing SQLite file it copies it into
``backups/`` with SQLite's online backup API, so a failed upgrade never costs data. A database
written by a newer program (its Alembic revision is unknown to us) is refused, never "upgraded".
"""

from __future__ import annotations

import logging
import re
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, inspect, text

from kopdes_desktop.domain.errors import EnvironmentProblem

if TYPE_CHECKING:
    from alembic.config import Config as AlembicConfig

log = logging.getLogger(__name__)
MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
# Alembic (with Mako and Pygments) costs ~0.7 s to import. At an ordinary start the database is
# already at head, so that case is decided from the scripts' own text and one SQL query, and
# Alembic is imported only when something must actually be migrated.
_REVISION_LINE = re.compile(r"^(down_)?revision\s*=\s*['\"]?([^'\"\s]+)['\"]?", re.MULTILINE)


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
    from alembic.config import Config as AlembicConfig

    cfg = AlembicConfig()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    return cfg


def head_revision() -> str:
    """The newest schema revision this program knows."""
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def known_revisions() -> frozenset[str]:
    """Every schema revision this program knows (a package from a newer one is refused)."""
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config())
    return frozenset(rev.revision for rev in script.walk_revisions())


def current_revision(engine: Engine) -> str | None:
    """The revision stamped in the database, None for an empty database."""
    with engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def scripted_head() -> str | None:
    """The head revision read from the scripts' text (None when it is not one clear head)."""
    revisions: set[str] = set()
    parents: set[str] = set()
    for script in (MIGRATIONS_DIR / "versions").glob("*.py"):
        for down, value in _REVISION_LINE.findall(script.read_text(encoding="utf-8")):
            (parents if down else revisions).add(value)
    heads = revisions - parents
    return heads.pop() if len(heads) == 1 else None


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
    current = current_revision(engine)
    if current is not None and current == scripted_head():
        return UpgradeResult(current, current, None)
    from alembic import command
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config())
    head = head_revision()
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
