"""Backups on the command line: ``kopdes backup`` and ``kopdes restore FILE``.

``backup`` writes a checked copy (``--out FILE``, or a stamped file in the backups folder) or
lists the backups (``--list``). ``restore`` needs an admin account and refuses while a
KopDes window has the data folder open: the window would keep working on a file that is no
longer the database.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from sqlalchemy.exc import SQLAlchemyError

from kopdes_desktop.bootstrap import build_backup_service
from kopdes_desktop.cli.common import CliError, open_services, username
from kopdes_desktop.cli.messages import message
from kopdes_desktop.config import Config
from kopdes_desktop.services.backup_catalog import BackupInfo
from kopdes_desktop.storage.faults import DB_DAMAGED, classify
from kopdes_desktop.storage.instance_lock import InstanceLock
from kopdes_desktop.storage.migrate import DatabaseTooNewError

KIND_LABELS = {
    "manual": "manual",
    "daily": "harian",
    "monthly": "bulanan",
    "exit": "saat keluar",
    "pre_restore": "sebelum pemulihan",
    "pre_upgrade": "sebelum pembaruan skema",
}


def register(sub: Any) -> None:
    """Add ``backup`` and ``restore`` to the ``kopdes`` parser."""
    backup = sub.add_parser("backup", help="cadangkan basis data, atau daftar cadangan")
    what = backup.add_mutually_exclusive_group()
    what.add_argument("--out", type=Path, help="berkas cadangan (bawaan: folder backups)")
    what.add_argument("--list", action="store_true", help="daftar cadangan yang ada")
    backup.add_argument("--json", action="store_true", help="keluaran JSON (dengan --list)")
    backup.set_defaults(handler=_cmd_backup)

    restore = sub.add_parser("restore", help="pulihkan basis data dari berkas cadangan (admin)")
    restore.add_argument("file", type=Path)
    restore.set_defaults(handler=_cmd_restore)


def _size(n: int) -> str:
    return f"{n / 1_048_576:.1f} MB" if n >= 1_048_576 else f"{max(1, n // 1024)} KB"


def _when(backup: BackupInfo) -> str:
    return backup.created_at.astimezone().strftime("%d-%m-%Y %H:%M")


def _cmd_backup(args: argparse.Namespace, config: Config) -> int:
    services = open_services(args, config, writes=False)
    if args.list:
        backups = services.backups.list()
        if args.json:
            rows = [
                {
                    "path": str(b.path),
                    "kind": b.kind.value,
                    "created_at": b.created_at.isoformat(),
                    "revision": b.revision,
                    "program_version": b.program_version,
                    "size": b.size,
                }
                for b in backups
            ]
            print(json.dumps(rows, ensure_ascii=False, indent=2))
            return 0
        if not backups:
            print(f"Belum ada cadangan di {services.backups.folder}")
            return 0
        for b in backups:
            label = KIND_LABELS.get(b.kind.value, b.kind.value)
            print(f"{_when(b)}  {label:<24} {_size(b.size):>9}  {b.revision or '?'}  {b.path}")
        return 0
    made = services.backups.create(out=args.out)
    print(f"Cadangan dibuat: {made.path}")
    print(f"Revisi skema: {made.revision}; versi program: {made.program_version}")
    return 0


def _cmd_restore(args: argparse.Namespace, config: Config) -> int:
    if not args.file.is_file():
        raise CliError(message("backup.file_missing", {"path": str(args.file)}))
    # Held for the whole restore: a window opened meanwhile would be refused too.
    with InstanceLock(config.lock_file):
        try:
            services = open_services(args, config, writes=True)
        except (DatabaseTooNewError, SQLAlchemyError) as exc:
            if not isinstance(exc, DatabaseTooNewError) and classify(exc) != DB_DAMAGED:
                raise
            # The current database cannot be opened: restoring is the repair.
            print(f"kopdes: {message('backup.current_unreadable')}", file=sys.stderr)
            backups = build_backup_service(config, username(args))
        else:
            backups = services.backups
        try:
            result = backups.restore(args.file)
        finally:
            backups.dispose_engine()
    when = (
        result.backup_created_at.astimezone().strftime("%d-%m-%Y %H:%M")
        if result.backup_created_at
        else "?"
    )
    print(f"Dipulihkan dari: {result.source}")
    print(f"Tanggal cadangan: {when}")
    if result.backup_revision != result.revision:
        print(f"Revisi skema: {result.backup_revision} -> {result.revision} (dimigrasikan)")
    else:
        print(f"Revisi skema: {result.revision}")
    if result.safety_copy is not None:
        print(f"Salinan basis data sebelumnya: {result.safety_copy}")
    return 0
