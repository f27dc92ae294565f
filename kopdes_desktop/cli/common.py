"""What every command shares: opening services as a user, and one-line errors."""

from __future__ import annotations

import argparse
import getpass
import os
import sys

from kopdes_desktop.bootstrap import Services, build_services
from kopdes_desktop.cli.messages import message
from kopdes_desktop.config import Config
from kopdes_desktop.services.backup_catalog import latest_good
from kopdes_desktop.storage.data_location import location_warnings

USER_ENV = "KOPDES_USER"
PASSWORD_ENV = "KOPDES_PASSWORD"


class CliError(Exception):
    """A problem to report on one line and exit with ``exit_code``."""

    def __init__(self, text: str, exit_code: int = 1) -> None:
        super().__init__(text)
        self.exit_code = exit_code


def username(args: argparse.Namespace) -> str:
    """The acting user: ``--user``, ``KOPDES_USER``, else "cli"."""
    return str(getattr(args, "user", None) or os.environ.get(USER_ENV) or "cli")


def warn_about_location(config: Config) -> None:
    """On stderr, once per run: the data folder is on a network share or in a synced folder."""
    for issue in location_warnings(config.home) if config.is_sqlite else []:
        print(f"kopdes: {message(issue.code, issue.params)}", file=sys.stderr)


def damaged_database_advice(config: Config) -> str:
    """What to do when the integrity check failed: restore the latest good backup."""
    good = latest_good(config.backups_dir)
    if good is None:
        return message("check.quick_failed_no_backup")
    return message("check.quick_failed", {"backup": str(good.path)})


def open_services(args: argparse.Namespace, config: Config, *, writes: bool) -> Services:
    """Build services; for writing commands, check the password of an existing account."""
    warn_about_location(config)
    services = build_services(config, username=username(args))
    if writes and (getattr(args, "user", None) or os.environ.get(USER_ENV)):
        name = username(args)
        password = os.environ.get(PASSWORD_ENV)
        known = services.users.find(name) is not None
        if known and (password is None or not services.users.verify_password(name, password)):
            raise CliError(message("user.auth_failed"))
    return services


def require_area(services: Services) -> str:
    """The working area, or a CliError telling the operator to run ``kopdes init``."""
    area = services.settings.get().area_code
    if area is None:
        raise CliError(message("settings.no_area"))
    return area


def read_password(prompt: str, env: str = PASSWORD_ENV) -> str:
    """A password from the environment, else a prompt; never blocks without a terminal."""
    value = os.environ.get(env)
    if value is not None:
        return value
    if not sys.stdin.isatty():
        raise CliError(message("user.password_missing"))
    return getpass.getpass(prompt)
