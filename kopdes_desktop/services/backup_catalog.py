"""The backups folder as a catalogue: file names, JSON sidecars, listing and rotation.

A backup's name says what it is (``kopdes-daily-20261128T081500Z-0004_exchange_bookkeeping.db``)
so a person browsing the folder can pick one; a small sidecar (same name + ``.json``) adds the
program version. The revision is also inside the file (its ``alembic_version`` table), which is
what a restore trusts. Copies taken by ``storage/migrate.py`` before a schema upgrade
(``kopdes-before-REV-STAMP.db``) are listed too and never rotated away.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import re
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum
from pathlib import Path

from kopdes_desktop.storage.sqlite_backup import BackupFileError, fsync_dir, inspect_file

log = logging.getLogger(__name__)
STAMP_FORMAT = "%Y%m%dT%H%M%SZ"
SIDECAR_FORMAT = "kopdes-backup"
DUMP_SUFFIX = ".dump"  # PostgreSQL custom-format archives (pg_dump -Fc)


class BackupKind(StrEnum):
    """Why a backup was made; decides how long it is kept."""

    MANUAL = "manual"
    DAILY = "daily"
    MONTHLY = "monthly"
    EXIT = "exit"
    PRE_RESTORE = "pre_restore"
    PRE_UPGRADE = "pre_upgrade"


# How many of each kind rotation keeps (newest first); kinds not named are never deleted.
KEEP: dict[BackupKind, int] = {
    BackupKind.DAILY: 10,
    BackupKind.MONTHLY: 12,
    BackupKind.EXIT: 10,
    BackupKind.PRE_RESTORE: 10,
}

_OWN_NAME = re.compile(
    r"^kopdes-(?P<kind>manual|daily|monthly|exit|pre_restore)-(?P<stamp>\d{8}T\d{6}Z)"
    r"(?:\.(?P<n>\d+))?-(?P<rev>[^/\\]+?)(?P<ext>\.db|\.dump)$"
)
_UPGRADE_NAME = re.compile(r"^kopdes-before-(?P<rev>.+)-(?P<stamp>\d{8}T\d{6}Z)\.db$")


@dataclass(frozen=True)
class BackupInfo:
    """One backup file as the GUI and ``kopdes backup --list`` show it."""

    path: Path
    kind: BackupKind
    created_at: datetime
    revision: str | None
    program_version: str | None
    size: int
    # SQLite's file change counter of the database when it was copied (None when unknown).
    change_counter: int | None = None


def backup_name(kind: BackupKind, created_at: datetime, revision: str, suffix: str) -> str:
    """The file name of a new backup (without a collision counter)."""
    return f"kopdes-{kind.value}-{created_at.strftime(STAMP_FORMAT)}-{revision}{suffix}"


def free_path(
    folder: Path, kind: BackupKind, created_at: datetime, revision: str, suffix: str
) -> Path:
    """A name in ``folder`` that no file has yet (two backups in one second get ``.2``…)."""
    stamp = created_at.strftime(STAMP_FORMAT)
    candidate = folder / backup_name(kind, created_at, revision, suffix)
    n = 2
    while candidate.exists():
        candidate = folder / f"kopdes-{kind.value}-{stamp}.{n}-{revision}{suffix}"
        n += 1
    return candidate


def sidecar_path(path: Path) -> Path:
    """Where a backup's JSON description lives."""
    return path.with_name(path.name + ".json")


def write_sidecar(path: Path, info: BackupInfo, database: str) -> None:
    """Describe a backup next to it (written atomically; a missing sidecar is tolerated)."""
    data = {
        "format": SIDECAR_FORMAT,
        "kind": info.kind.value,
        "created_at": info.created_at.isoformat(),
        "revision": info.revision,
        "program_version": info.program_version,
        "database": database,
        "size": info.size,
        "change_counter": info.change_counter,
    }
    target = sidecar_path(path)
    tmp = target.with_name(".tmp-" + target.name)
    with open(tmp, "w", encoding="utf-8") as fh:
        json.dump(data, fh, ensure_ascii=False, indent=2)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, target)
    fsync_dir(target.parent)


def _read_sidecar(path: Path) -> dict[str, object]:
    try:
        data = json.loads(sidecar_path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) and data.get("format") == SIDECAR_FORMAT else {}


def _file_revision(path: Path) -> str | None:
    if path.suffix != ".db":
        return None
    try:
        return inspect_file(path, full=False).revision
    except BackupFileError:
        return None


def describe(path: Path) -> BackupInfo | None:
    """What a file in the backups folder is, or None when it is not one of ours."""
    own = _OWN_NAME.match(path.name)
    upgrade = None if own else _UPGRADE_NAME.match(path.name)
    match = own or upgrade
    if match is None:
        return None
    created = datetime.strptime(match["stamp"], STAMP_FORMAT).replace(tzinfo=UTC)
    side = _read_sidecar(path)
    try:
        size = path.stat().st_size
    except OSError:
        return None
    if own:
        kind = BackupKind(own["kind"])
        revision: str | None = own["rev"]
    else:
        kind = BackupKind.PRE_UPGRADE
        revision = _file_revision(path)  # the name holds the target revision, not the file's
    version = side.get("program_version")
    counter = side.get("change_counter")
    return BackupInfo(
        path=path,
        kind=kind,
        created_at=created,
        revision=revision,
        program_version=str(version) if version else None,
        size=size,
        change_counter=counter if isinstance(counter, int) else None,
    )


def list_backups(folder: Path) -> list[BackupInfo]:
    """Every backup in ``folder``, newest first."""
    if not folder.is_dir():
        return []
    found = [
        info for path in folder.iterdir() if path.is_file() and (info := describe(path)) is not None
    ]
    return sorted(found, key=lambda b: (b.created_at, b.path.name), reverse=True)


def latest_good(folder: Path) -> BackupInfo | None:
    """The newest backup in ``folder`` that passes ``integrity_check`` (PostgreSQL archives
    are taken as they are): what to restore when the database itself is damaged."""
    for backup in list_backups(folder):
        if backup.path.suffix != ".db":
            return backup
        with contextlib.suppress(BackupFileError, OSError):
            if inspect_file(backup.path).integrity_ok:
                return backup
    return None


def delete_backup(path: Path) -> None:
    """Remove a backup and its sidecar."""
    for victim in (path, sidecar_path(path)):
        with contextlib.suppress(FileNotFoundError):
            victim.unlink()


def rotate(folder: Path, keep: dict[BackupKind, int] | None = None) -> list[Path]:
    """Delete the oldest automatic backups beyond their kind's quota; returns what went."""
    quotas = KEEP if keep is None else keep
    removed: list[Path] = []
    backups = list_backups(folder)
    for kind, limit in quotas.items():
        of_kind = [b for b in backups if b.kind is kind]
        for old in of_kind[limit:]:
            try:
                delete_backup(old.path)
            except OSError:
                log.warning("could not delete old backup %s", old.path, exc_info=True)
                continue
            removed.append(old.path)
    return removed
