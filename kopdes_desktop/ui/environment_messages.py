"""Sentences for problems of the computer and of backups (context ``EnvironmentMessages``).

Disk full, a read-only data folder, a locked or damaged database (``storage/faults.py``) and
the backup and restore codes (``services/backup_service.py``). Each sentence says what
happened, that saved data are intact, and what the user can do.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate  # lupdate needs literal contexts


def _catalogue() -> dict[str, Callable[[], str]]:
    """Code → translated template, built per call so the current language is used."""
    return {
        "env.disk_full": lambda: translate(
            "EnvironmentMessages",
            "The disk is full: the data could not be saved. Free some disk space and try "
            "again; everything saved before is intact.",
        ),
        "env.read_only": lambda: translate(
            "EnvironmentMessages",
            "The data folder cannot be written to (read-only or no permission). Check the "
            "folder's permissions; nothing was changed.",
        ),
        "env.db_locked": lambda: translate(
            "EnvironmentMessages",
            "The database is locked by another program. Wait a moment and try again; "
            "nothing was changed.",
        ),
        "env.db_damaged": lambda: translate(
            "EnvironmentMessages",
            "The database file is damaged. Restore the latest backup in Settings, Backups.",
        ),
        "env.io_error": lambda: translate(
            "EnvironmentMessages",
            "The disk reported a read or write error. Check the disk; everything saved "
            "before is intact.",
        ),
        "backup.write_failed": lambda: translate(
            "EnvironmentMessages",
            "The backup {path} could not be written: {reason}. Earlier backups are intact.",
        ),
        "backup.verify_failed": lambda: translate(
            "EnvironmentMessages",
            "The copy {path} failed its check; no earlier backup was replaced.",
        ),
        "backup.not_sqlite": lambda: translate(
            "EnvironmentMessages", "The file {path} is not a SQLite database."
        ),
        "backup.not_kopdes": lambda: translate(
            "EnvironmentMessages", "The file {path} is not a KopDes database backup."
        ),
        "backup.damaged": lambda: translate(
            "EnvironmentMessages",
            "The backup {path} is damaged (integrity check failed); it was not restored.",
        ),
        "backup.target_is_database": lambda: translate(
            "EnvironmentMessages",
            "{path} is the database itself; choose another file for the backup.",
        ),
        "backup.no_database": lambda: translate(
            "EnvironmentMessages", "There is no database to back up yet."
        ),
        "backup.restore_failed": lambda: translate(
            "EnvironmentMessages",
            "Restoring {path} failed: {reason}. The database was not changed.",
        ),
        "backup.pg_tool_missing": lambda: translate(
            "EnvironmentMessages",
            "The PostgreSQL program {tool} was not found. Install the PostgreSQL client "
            "tools, or set KOPDES_PG_BIN to their folder.",
        ),
        "backup.pg_tool_failed": lambda: translate(
            "EnvironmentMessages", "{tool} failed: {reason}"
        ),
    }


class _Blank(dict[str, str]):
    def __missing__(self, key: str) -> str:
        return ""


def environment_text(code: str, params: Mapping[str, Any] | None = None) -> str | None:
    """The sentence for an environment or backup code, None for other codes."""
    builder = _catalogue().get(code)
    if builder is None:
        return None
    return builder().format_map(_Blank({k: str(v) for k, v in (params or {}).items()}))
