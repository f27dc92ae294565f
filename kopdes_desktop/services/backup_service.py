"""Backups and restore of the whole database (SQLite file or PostgreSQL database).

Backups are automatic (the first start of a day, and on exit when something changed) and
manual; each is checked before it gets its final name, stamped with the schema revision and
the program version, and old automatic ones are rotated (``backup_catalog.KEEP``). A restore
is an admin's action: the file is checked (a database of this program, intact, a revision we
know), the current database is copied first, the file takes its place atomically and is
migrated to the newest schema, so a backup from an older version of the program just works.
"""

from __future__ import annotations

import contextlib
import logging
import os
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import Engine, inspect, text
from sqlalchemy.exc import SQLAlchemyError

from kopdes_desktop import __version__
from kopdes_desktop.config import Config
from kopdes_desktop.domain.enums import UserRole
from kopdes_desktop.domain.errors import EnvironmentProblem
from kopdes_desktop.services.backup_catalog import (
    DUMP_SUFFIX,
    BackupInfo,
    BackupKind,
    describe,
    free_path,
    latest_good,
    list_backups,
    rotate,
    write_sidecar,
)
from kopdes_desktop.services.context import ServiceContext
from kopdes_desktop.storage import pg_backup
from kopdes_desktop.storage.database import make_engine
from kopdes_desktop.storage.migrate import (
    DatabaseTooNewError,
    current_revision,
    known_revisions,
    scripted_head,
    upgrade_database,
)
from kopdes_desktop.storage.sqlite_backup import (
    BackupFileError,
    change_counter,
    copy_database,
    inspect_file,
    raw_copy,
    replace_database,
)

log = logging.getLogger(__name__)
RESTORE_TEMP_NAME = ".restore-kopdes.db"


class BackupError(EnvironmentProblem):
    """A backup could not be made or a file cannot be restored; ``code`` says why."""


@dataclass(frozen=True)
class RestoreResult:
    """What a restore did, for the CLI's report and the GUI's message."""

    source: Path
    backup_revision: str
    revision: str
    backup_created_at: datetime | None
    safety_copy: Path | None


class BackupService:
    """Makes, lists, rotates and restores backups of the program's database."""

    def __init__(self, ctx: ServiceContext, engine: Engine, config: Config) -> None:
        self._ctx = ctx
        self._engine = engine
        self._config = config

    @property
    def folder(self) -> Path:
        """Where automatic and pre-restore backups go (shared with pre-upgrade copies)."""
        return self._config.backups_dir

    @property
    def _db_path(self) -> Path | None:
        return self._config.sqlite_path

    def dispose_engine(self) -> None:
        """Close the database connections (the CLI does so before it exits)."""
        self._engine.dispose()

    # -- making backups -------------------------------------------------------------------

    def create(self, out: Path | None = None, kind: str = "manual") -> BackupInfo:
        """Back up the database now and return the new backup.

        ``out``: the file to write (default: a stamped name in the backups folder); an
        existing ``out`` is replaced only by a complete, checked copy. ``kind`` is one of
        ``manual``, ``daily``, ``monthly``, ``exit``, ``pre_restore`` (it decides rotation).
        Raises ``EnvironmentProblem`` (``backup.write_failed`` …) when the disk refuses;
        nothing half-written is left behind.
        """
        backup_kind = BackupKind(kind)
        created = self._ctx.now().astimezone(UTC).replace(microsecond=0)
        revision = current_revision(self._engine) or "empty"
        suffix = ".db" if self._config.is_sqlite else DUMP_SUFFIX
        counter = None
        target = (
            Path(out)
            if out is not None
            else free_path(self.folder, backup_kind, created, revision, suffix)
        )
        if self._db_path is not None and target.resolve() == self._db_path.resolve():
            raise BackupError("backup.target_is_database", "path", path=str(target))
        try:
            if self._config.is_sqlite:
                db_path = self._require_file()
                counter = change_counter(db_path)
                info = copy_database(db_path, target)
                revision = info.revision or revision
            else:
                revision = pg_backup.dump_database(self._config.database_url, target) or revision
            backup = BackupInfo(
                path=target,
                kind=backup_kind,
                created_at=created,
                revision=revision,
                program_version=__version__,
                size=target.stat().st_size,
                change_counter=counter,
            )
            write_sidecar(target, backup, "sqlite" if self._config.is_sqlite else "postgresql")
        except (OSError, sqlite3.Error) as exc:
            raise BackupError(
                "backup.write_failed", "path", path=str(target), reason=_reason(exc)
            ) from exc
        except BackupFileError as exc:
            raise BackupError("backup.verify_failed", "path", path=str(target)) from exc
        except pg_backup.PgToolMissingError as exc:
            raise BackupError("backup.pg_tool_missing", tool=exc.tool) from exc
        except pg_backup.PgToolFailedError as exc:
            raise BackupError("backup.pg_tool_failed", tool=exc.tool, reason=exc.detail) from exc
        log.info("backup %s made: %s (revision %s)", backup_kind, target, revision)
        return backup

    def list(self) -> list[BackupInfo]:
        """Backups in the backups folder, newest first (for the GUI and ``--list``)."""
        return list_backups(self.folder)

    def latest_good(self) -> BackupInfo | None:
        """The newest backup in the folder that passes ``integrity_check`` (offered when the
        database itself is damaged)."""
        return latest_good(self.folder)

    def auto_daily(self) -> tuple[BackupInfo, ...]:
        """At start: the day's backup (and the month's) unless already made; then rotation.

        Days and months are those of the computer's clock (an office in WIB starts its day
        at 00:00 local time, not at 07:00 when the UTC date changes).
        """
        made = []
        today = self._ctx.now().astimezone()
        existing = [(b.kind, b.created_at.astimezone()) for b in self.list()]
        if not any(k is BackupKind.DAILY and at.date() == today.date() for k, at in existing):
            made.append(self.create(kind=BackupKind.DAILY.value))
        if not any(
            k is BackupKind.MONTHLY and (at.year, at.month) == (today.year, today.month)
            for k, at in existing
        ):
            made.append(self.create(kind=BackupKind.MONTHLY.value))
        if made:
            rotate(self.folder)
        return tuple(made)

    def auto_on_exit(self) -> BackupInfo | None:
        """On exit: a backup unless the newest automatic one already holds the same data.

        SQLite counts every committed transaction in the file header ("file change counter"),
        recorded in each backup's sidecar; an unchanged counter means nothing was saved since.
        """
        counter = None
        if self._config.is_sqlite:
            counter = change_counter(self._require_file())
            auto = [b for b in self.list() if b.kind is not BackupKind.MANUAL]
            if auto and counter is not None and auto[0].change_counter == counter:
                return None
        made = self.create(kind=BackupKind.EXIT.value)
        rotate(self.folder)
        return made

    # -- restore --------------------------------------------------------------------------

    def check_file(self, path: Path) -> str:
        """The revision of a backup file, or ``BackupError``/``DatabaseTooNewError`` saying
        why it cannot be restored (not ours, damaged, from a newer program)."""
        try:
            if self._config.is_sqlite:
                info = inspect_file(Path(path))
                if not info.integrity_ok:
                    raise BackupError("backup.damaged", "path", path=str(path))
                revision = info.revision
            else:
                revision = pg_backup.check_archive(Path(path))
        except BackupFileError as exc:
            raise BackupError(exc.code, "path", path=str(path)) from exc
        except pg_backup.PgToolMissingError as exc:
            raise BackupError("backup.pg_tool_missing", tool=exc.tool) from exc
        if revision is None:
            raise BackupError("backup.not_kopdes", "path", path=str(path))
        if revision not in known_revisions():
            raise DatabaseTooNewError(
                "db.too_new", None, revision=revision, supported=scripted_head() or "?"
            )
        return revision

    def restore(self, path: Path) -> RestoreResult:
        """Replace the database with the backup ``path`` (admins only) and migrate it to head.

        The current database is first copied to the backups folder (kind ``pre_restore``;
        named in the result). Every connection of this program's engine is closed; callers
        holding other state (the GUI's windows) must rebuild it afterwards. Raises
        ``PermissionDeniedError``, ``BackupError`` or ``DatabaseTooNewError``; on any of them
        the current database is unchanged.
        """
        self._ctx.require_role(UserRole.ADMIN)
        source = Path(path).resolve()
        backup_revision = self.check_file(source)
        created_at = _created_at(source)
        if self._config.is_sqlite:
            safety, revision = self._restore_sqlite(source)
        else:
            safety, revision = self._restore_postgres(source)
        log.info(
            "restored %s (revision %s -> %s); safety copy %s",
            source,
            backup_revision,
            revision,
            safety,
        )
        return RestoreResult(source, backup_revision, revision, created_at, safety)

    def _restore_sqlite(self, source: Path) -> tuple[Path | None, str]:
        db_path = self._require_file(must_exist=False)
        staged = db_path.parent / RESTORE_TEMP_NAME
        try:
            # Stage the backup next to the database and migrate it there: the live file is
            # touched only once the restored one is complete and at head.
            copy_database(source, staged, source_read_only=True)
            engine = make_engine(f"sqlite:///{staged}")
            try:
                revision = upgrade_database(engine).to_revision
            finally:
                engine.dispose()
            safety = self._safety_copy(db_path) if db_path.exists() else None
            self._engine.dispose()
            replace_database(staged, db_path)
        except (OSError, sqlite3.Error) as exc:
            raise BackupError(
                "backup.restore_failed", "path", path=str(source), reason=_reason(exc)
            ) from exc
        except BackupFileError as exc:
            raise BackupError("backup.damaged", "path", path=str(source)) from exc
        finally:
            for leftover in (staged, Path(f"{staged}-journal")):
                with contextlib.suppress(OSError):
                    leftover.unlink()
        rotate(self.folder)
        return safety, revision

    def _safety_copy(self, db_path: Path) -> Path:
        """A checked backup of the current database; a byte copy when it is too damaged for
        one (restoring is how a damaged database is repaired)."""
        try:
            return self.create(kind=BackupKind.PRE_RESTORE.value).path
        except (BackupError, SQLAlchemyError) as exc:
            if isinstance(exc, BackupError) and exc.code == "backup.write_failed":
                raise
            log.warning("current database cannot be backed up (%s); copying its bytes", exc)
        created = self._ctx.now().astimezone(UTC).replace(microsecond=0)
        target = free_path(self.folder, BackupKind.PRE_RESTORE, created, "damaged", ".db")
        raw_copy(db_path, target)
        return target

    def _restore_postgres(self, source: Path) -> tuple[Path | None, str]:
        safety = self.create(kind=BackupKind.PRE_RESTORE.value).path
        self._engine.dispose()
        try:
            pg_backup.restore_database(self._config.database_url, source)
            # Tables made by migrations newer than the backup are not in it; they go, so the
            # migrations below can create them again on the restored data.
            keep = pg_backup.archive_tables(source)
            with self._engine.begin() as conn:
                for name in inspect(conn).get_table_names():
                    if name not in keep:
                        conn.execute(text(f'DROP TABLE IF EXISTS "{name}" CASCADE'))
        except pg_backup.PgToolMissingError as exc:
            raise BackupError("backup.pg_tool_missing", tool=exc.tool) from exc
        except pg_backup.PgToolFailedError as exc:
            raise BackupError("backup.pg_tool_failed", tool=exc.tool, reason=exc.detail) from exc
        revision = upgrade_database(self._engine).to_revision
        rotate(self.folder)
        return safety, revision

    def _require_file(self, must_exist: bool = True) -> Path:
        db_path = self._db_path
        if db_path is None or (must_exist and not db_path.is_file()):
            raise BackupError("backup.no_database")
        return db_path


def _reason(exc: BaseException) -> str:
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror
    return str(exc)


def _created_at(path: Path) -> datetime | None:
    info = describe(path)
    if info is not None:
        return info.created_at
    with contextlib.suppress(OSError):
        return datetime.fromtimestamp(os.stat(path).st_mtime, UTC)
    return None
