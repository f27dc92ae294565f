"""Command-line interface: ``kopdes SUBCOMMAND``; without a subcommand it opens the GUI.

Every command runs on the same services as the GUI. Expected problems print one Indonesian
line on stderr (exit 1); bad usage exits 2 (argparse); figures go to stdout. Each command group
lives in its own module with a ``register(subparsers)`` function.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence

from kopdes_desktop import __version__
from kopdes_desktop.bootstrap import setup_logging
from kopdes_desktop.cli import (
    backup_commands,
    docs_commands,
    exchange_commands,
    members_commands,
    setup_commands,
)
from kopdes_desktop.cli.common import USER_ENV, CliError, damaged_database_advice
from kopdes_desktop.cli.messages import message
from kopdes_desktop.config import Config, resolve_config
from kopdes_desktop.domain.errors import DomainError, ValidationError
from kopdes_desktop.storage.faults import DB_DAMAGED, environment_problem

Handler = Callable[[argparse.Namespace, Config], int]
COMMAND_GROUPS = (
    setup_commands,
    docs_commands,
    members_commands,
    exchange_commands,
    backup_commands,
)


def build_parser() -> argparse.ArgumentParser:
    """The ``kopdes`` parser with every command group registered."""
    p = argparse.ArgumentParser(
        prog="kopdes", description="KopDes Desktop: Koperasi Kelurahan Merah Putih."
    )
    p.add_argument("--version", action="version", version=f"kopdes {__version__}")
    p.add_argument("--home", help="folder data (bawaan: KOPDES_HOME atau folder pengguna)")
    p.add_argument("--db", help="URL basis data (bawaan: KOPDES_DATABASE_URL atau SQLite)")
    p.add_argument("--user", help="nama pengguna untuk perintah yang mengubah data")
    sub = p.add_subparsers(dest="command")
    for group in COMMAND_GROUPS:
        group.register(sub)
    return p


def describe(exc: DomainError) -> str:
    """One Indonesian line for an expected problem."""
    if isinstance(exc, ValidationError):
        return "; ".join(message(i.code, i.params) for i in exc.issues if i.is_error)
    return message(exc.code, exc.params)


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``kopdes`` command."""
    args = build_parser().parse_args(argv)
    config = resolve_config(args.home, args.db)
    try:
        if args.command is None:
            from kopdes_desktop.app import run_gui  # Qt is loaded only for the GUI.

            return run_gui(config, username=args.user or os.environ.get(USER_ENV))
        setup_logging(config)
        handler: Handler = args.handler
        return handler(args, config)
    except CliError as exc:
        print(f"kopdes: {exc}", file=sys.stderr)
        return exc.exit_code
    except DomainError as exc:
        print(f"kopdes: {describe(exc)}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("kopdes: dibatalkan", file=sys.stderr)
        return 130
    except Exception as exc:  # disk full, read-only folder, locked database: one line
        problem = environment_problem(exc)
        if problem is None:
            raise
        if problem.code == DB_DAMAGED and args.command != "restore":
            print(f"kopdes: {damaged_database_advice(config)}", file=sys.stderr)
        else:
            print(f"kopdes: {describe(problem)}", file=sys.stderr)
        return 1
