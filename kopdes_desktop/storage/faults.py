"""Disk full, read-only folder, locked or damaged database: recognised in one place.

SQLite and the operating system report these as ``sqlite3.OperationalError`` (wrapped by
SQLAlchemy) or ``OSError`` with an errno. They are not bugs: the GUI's error handling
(``ui/dialogs/error_dialog.report_exception``) and the CLI's ``main`` ask ``environment_problem``
for an ``EnvironmentProblem`` with a stable code and show one clear sentence instead of a
traceback. The transaction concerned has been rolled back by then (services use
``with session_factory.begin()``), so nothing is half-written and the next save can succeed.
"""

from __future__ import annotations

import errno
import sqlite3

from kopdes_desktop.domain.errors import EnvironmentProblem

DISK_FULL = "env.disk_full"
READ_ONLY = "env.read_only"
DB_LOCKED = "env.db_locked"
DB_DAMAGED = "env.db_damaged"
IO_ERROR = "env.io_error"

# Phrases of SQLite's error messages (stable across versions; the codes are not exposed by
# Python 3.11's sqlite3 for every error).
_SQLITE_PHRASES = (
    ("database or disk is full", DISK_FULL),
    ("attempt to write a readonly database", READ_ONLY),
    ("readonly database", READ_ONLY),
    ("database is locked", DB_LOCKED),
    ("database table is locked", DB_LOCKED),
    ("database disk image is malformed", DB_DAMAGED),
    ("file is not a database", DB_DAMAGED),
    ("disk i/o error", IO_ERROR),
)
_ERRNO_CODES = {
    errno.ENOSPC: DISK_FULL,
    errno.EDQUOT: DISK_FULL,
    # "File too large": a FAT32 flash drive's 4 GiB limit (a national backup or package) or a
    # file-size limit; like a full disk, the remedy is room on another disk.
    errno.EFBIG: DISK_FULL,
    errno.EROFS: READ_ONLY,
    errno.EACCES: READ_ONLY,
    errno.EPERM: READ_ONLY,
    errno.EIO: IO_ERROR,
}


def _chain(exc: BaseException) -> list[BaseException]:
    """``exc``, the DBAPI error SQLAlchemy wraps (``.orig``), and their causes."""
    seen: list[BaseException] = []
    todo: list[BaseException | None] = [exc]
    while todo:
        item = todo.pop(0)
        if item is None or any(item is s for s in seen):
            continue
        seen.append(item)
        todo += [getattr(item, "orig", None), item.__cause__, item.__context__]
    return seen


def classify(exc: BaseException) -> str | None:
    """The ``env.*`` code of an environment failure, or None when ``exc`` is something else."""
    for item in _chain(exc):
        if isinstance(item, EnvironmentProblem):
            return item.code
        if isinstance(item, sqlite3.Error):
            text = str(item).lower()
            for phrase, code in _SQLITE_PHRASES:
                if phrase in text:
                    return code
        if isinstance(item, OSError) and item.errno in _ERRNO_CODES:
            return _ERRNO_CODES[item.errno]
    return None


def environment_problem(exc: BaseException) -> EnvironmentProblem | None:
    """An ``EnvironmentProblem`` describing ``exc`` (itself when it is one), else None.

    The parameters name the file when the OS said which (``path``) and keep the system's own
    words (``detail``) for the log and the details of the message.
    """
    if isinstance(exc, EnvironmentProblem):
        return exc
    code = classify(exc)
    if code is None:
        return None
    path = next((i.filename for i in _chain(exc) if isinstance(i, OSError) and i.filename), None)
    detail = next((str(i) for i in _chain(exc) if isinstance(i, sqlite3.Error | OSError)), "")
    problem = EnvironmentProblem(code, None, path=str(path or ""), detail=detail)
    problem.__cause__ = exc
    return problem
