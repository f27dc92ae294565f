"""Copying, checking and swapping SQLite database files without ever leaving half a file.

Every copy is made with SQLite's online backup API (consistent even while the program writes)
into a temporary file in the target folder, checked with ``PRAGMA integrity_check``, flushed to
disk and only then renamed over its final name. A full disk or a crash therefore leaves either
the old file or the new one, never a truncated database under a good name.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

SQLITE_MAGIC = b"SQLite format 3\x00"
# Files SQLite keeps next to a database; a stale one next to a restored file would be replayed
# into it (a hot rollback journal) or confuse it (WAL index), so they go before a swap.
COMPANION_SUFFIXES = ("-journal", "-wal", "-shm")
TEMP_PREFIX = ".tmp-"
BACKUP_STEP_PAGES = 4096  # 16 MiB of 4 KiB pages per step of the online backup


class BackupFileError(Exception):
    """A file is not a usable SQLite database; ``code`` says why (mapped by the service)."""

    def __init__(self, code: str, detail: str = "") -> None:
        super().__init__(f"{code}: {detail}" if detail else code)
        self.code = code
        self.detail = detail


@dataclass(frozen=True)
class SqliteFileInfo:
    """What a database file says about itself."""

    revision: str | None
    integrity_ok: bool
    integrity_messages: tuple[str, ...]


def change_counter(path: Path) -> int | None:
    """SQLite's file change counter (header offset 24): it grows with every commit, so an
    unchanged value means the data are unchanged (rollback-journal mode, which we use)."""
    try:
        with open(path, "rb") as fh:
            header = fh.read(28)
    except OSError:
        return None
    if len(header) < 28 or not header.startswith(SQLITE_MAGIC):
        return None
    return int.from_bytes(header[24:28], "big")


def fsync_dir(folder: Path) -> None:
    """Make a rename durable (directories cannot be fsynced on Windows: skipped there)."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_file(path: Path) -> None:
    with open(path, "rb+") as fh:
        os.fsync(fh.fileno())


def has_sqlite_magic(path: Path) -> bool:
    """True when the file starts with SQLite's 16-byte header string."""
    try:
        with open(path, "rb") as fh:
            return fh.read(len(SQLITE_MAGIC)) == SQLITE_MAGIC
    except OSError:
        return False


@contextlib.contextmanager
def _read_only(path: Path) -> Iterator[sqlite3.Connection]:
    """A read-only connection that can never create or change the file."""
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        yield conn
    finally:
        conn.close()


def inspect_file(path: Path, full: bool = True) -> SqliteFileInfo:
    """Integrity (``integrity_check`` or ``quick_check``) and the Alembic revision of a file.

    Raises ``BackupFileError`` with code ``backup.not_sqlite`` when the file is no database.
    """
    if not path.is_file() or not has_sqlite_magic(path):
        raise BackupFileError("backup.not_sqlite", str(path))
    try:
        with _read_only(path) as conn:
            pragma = "integrity_check" if full else "quick_check"
            rows = tuple(str(r[0]) for r in conn.execute(f"PRAGMA {pragma}"))
            has_version = conn.execute(
                "SELECT 1 FROM sqlite_master WHERE type='table' AND name='alembic_version'"
            ).fetchone()
            revision = None
            if has_version:
                row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
                revision = str(row[0]) if row else None
    except sqlite3.DatabaseError as exc:  # "file is not a database", "malformed" …
        raise BackupFileError("backup.damaged", str(exc)) from exc
    ok = rows == ("ok",)
    return SqliteFileInfo(revision, ok, () if ok else rows)


def _temp_path(folder: Path, suffix: str) -> Path:
    fd, name = tempfile.mkstemp(dir=folder, prefix=TEMP_PREFIX, suffix=suffix)
    os.close(fd)
    return Path(name)


def copy_database(source: Path, target: Path, *, source_read_only: bool = False) -> SqliteFileInfo:
    """Copy ``source`` to ``target`` with the online backup API, verified and atomically.

    ``target`` appears only when the copy passed ``integrity_check`` and is on disk; an
    existing ``target`` is kept when anything fails. OSError and sqlite3 errors propagate
    (the caller turns them into a user message); a damaged copy raises ``BackupFileError``.
    The live database is opened normally (so SQLite may roll back a crash's hot journal
    first); a user's backup file is opened read-only so that it is never touched.
    """
    if not source.is_file():
        raise BackupFileError("backup.not_sqlite", str(source))
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = _temp_path(target.parent, ".db")
    try:
        mode = "?mode=ro" if source_read_only else ""
        src = sqlite3.connect(f"{source.resolve().as_uri()}{mode}", uri=True)
        try:
            dst = sqlite3.connect(tmp)
            try:
                # In steps: between them the source is unlocked, so the program's own saves
                # are not held up by a long copy (a writer restarts the copy instead).
                src.backup(dst, pages=BACKUP_STEP_PAGES, sleep=0.005)
                # The copy becomes a plain rollback-journal file whatever the source used.
                dst.execute("PRAGMA journal_mode=DELETE").fetchall()
            finally:
                dst.close()
        finally:
            src.close()
        info = inspect_file(tmp)
        if not info.integrity_ok:
            raise BackupFileError("backup.damaged", "; ".join(info.integrity_messages))
        _fsync_file(tmp)
        os.replace(tmp, target)
        fsync_dir(target.parent)
        return info
    finally:
        if tmp.exists():
            with contextlib.suppress(OSError):
                tmp.unlink()
        for suffix in COMPANION_SUFFIXES:
            with contextlib.suppress(OSError):
                Path(f"{tmp}{suffix}").unlink()


def raw_copy(source: Path, target: Path) -> None:
    """Copy a file byte for byte (temp file, fsync, rename): the safety copy of a database
    too damaged for the backup API, so that even a broken file is never simply lost."""
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = _temp_path(target.parent, ".db")
    try:
        shutil.copyfile(source, tmp)
        _fsync_file(tmp)
        os.replace(tmp, target)
        fsync_dir(target.parent)
    finally:
        if tmp.exists():
            with contextlib.suppress(OSError):
                tmp.unlink()


def remove_companions(db_path: Path) -> list[Path]:
    """Delete ``-journal``/``-wal``/``-shm`` files next to ``db_path``; returns those removed."""
    removed = []
    for suffix in COMPANION_SUFFIXES:
        companion = Path(f"{db_path}{suffix}")
        if companion.exists():
            companion.unlink()
            removed.append(companion)
    return removed


def replace_database(new_file: Path, db_path: Path) -> None:
    """Put ``new_file`` (same folder) in place of ``db_path`` atomically, companions removed.

    The caller must have closed every connection to ``db_path`` first (engine disposed).
    """
    _fsync_file(new_file)
    remove_companions(db_path)
    os.replace(new_file, db_path)
    fsync_dir(db_path.parent)
