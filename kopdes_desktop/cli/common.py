"""What every command shares: opening services as a logged-in user, and one-line errors."""

from __future__ import annotations

import argparse
import getpass
import os
import sys

from kopdes_desktop.bootstrap import Services, build_services
from kopdes_desktop.cli.messages import message
from kopdes_desktop.config import Config
from kopdes_desktop.domain.enums import UserRole
from kopdes_desktop.services.backup_catalog import latest_good
from kopdes_desktop.services.user_service import AuthenticationError
from kopdes_desktop.storage.data_location import location_warnings

USER_ENV = "KOPDES_USER"
PASSWORD_ENV = "KOPDES_PASSWORD"
NEW_PASSWORD_ENV = "KOPDES_NEW_PASSWORD"


class CliError(Exception):
    """A problem to report on one line and exit with ``exit_code``."""

    def __init__(self, text: str, exit_code: int = 1) -> None:
        super().__init__(text)
        self.exit_code = exit_code


def username(args: argparse.Namespace) -> str | None:
    """The acting user named by ``--user`` or ``KOPDES_USER``, if any."""
    name = str(getattr(args, "user", None) or os.environ.get(USER_ENV) or "").strip()
    return name or None


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
    """Build services acting as the named, password-checked account.

    A command that changes data refuses to run without a valid account. Without a user name a
    reading command runs with a viewer's rights (NIK masked in what it writes out).
    """
    warn_about_location(config)
    name = username(args)
    services = build_services(config, username=name or "cli")
    if name is None:
        if writes:
            raise CliError(message("user.required"))
        services.ctx.act_as("cli", UserRole.VIEWER)
        return services
    login(services, name)
    return services


def login(services: Services, name: str) -> None:
    """Check ``name``'s password (``KOPDES_PASSWORD`` or a prompt) and act as that account."""
    if services.users.count() == 0:
        raise CliError(message("user.none_yet"))
    password = read_password(f"Kata sandi {name}: ")
    try:
        services.users.login(name, password)
    except AuthenticationError as exc:
        raise CliError(message(exc.code, exc.params)) from exc


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
        raise CliError(message("user.password_missing", {"env": env}))
    return getpass.getpass(prompt)
