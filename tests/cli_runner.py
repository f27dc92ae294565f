"""Running the ``kopdes`` command in a real process as a logged-in account.

Commands that change data need an account (``KOPDES_USER`` + ``KOPDES_PASSWORD``); every CLI
test goes through ``cli_env`` so it acts as the first admin that ``init`` creates, unless it
asks for another user (or none) explicitly.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ADMIN = "admin"
ADMIN_PASSWORD = "rahasia-admin"


def cli_env(
    home: Path,
    *,
    user: str | None = ADMIN,
    password: str | None = ADMIN_PASSWORD,
    **extra: str,
) -> dict[str, str]:
    """Environment of a ``kopdes`` process on ``home`` (its own database on PostgreSQL runs)."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("KOPDES_")}
    env["KOPDES_HOME"] = str(home)
    pg = os.environ.get("KOPDES_TEST_POSTGRES_URL")
    if pg:
        env["KOPDES_DATABASE_URL"] = pg.rsplit("/", 1)[0] + "/" + home.name
    if user is not None:
        env["KOPDES_USER"] = user
    if password is not None:
        env["KOPDES_PASSWORD"] = password
    env.update(extra)
    return env


def run_cli(
    home: Path,
    *args: str,
    user: str | None = ADMIN,
    password: str | None = ADMIN_PASSWORD,
    **extra: str,
) -> subprocess.CompletedProcess[str]:
    """Run ``kopdes ARGS`` (stdin closed: a missing password never waits for a prompt)."""
    return subprocess.run(
        [sys.executable, "-m", "kopdes_desktop.cli", *args],
        env=cli_env(home, user=user, password=password, **extra),
        capture_output=True,
        text=True,
        timeout=600,
        stdin=subprocess.DEVNULL,
    )
