"""Where the program keeps its data and which database it talks to.

Precedence, highest first: command-line flags (``--home``, ``--db``), environment variables
(``KOPDES_HOME``, ``KOPDES_DATABASE_URL``), then the per-user data folder from platformdirs.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from platformdirs import user_data_dir

APP_NAME = "KopDes"
HOME_ENV = "KOPDES_HOME"
DATABASE_URL_ENV = "KOPDES_DATABASE_URL"


@dataclass(frozen=True)
class Config:
    """Resolved paths and database URL for one run of the program."""

    home: Path
    database_url: str

    @property
    def logs_dir(self) -> Path:
        """Rotated log files live here."""
        return self.home / "logs"

    @property
    def attachments_dir(self) -> Path:
        """Content-addressed attachment bytes live here."""
        return self.home / "attachments"

    @property
    def backups_dir(self) -> Path:
        """Copies of the database made before upgrades and by the backup feature."""
        return self.home / "backups"

    @property
    def lock_file(self) -> Path:
        """Held by the running GUI so a second start on the same folder is refused."""
        return self.home / "kopdes.lock"

    @property
    def is_sqlite(self) -> bool:
        """True for the embedded default; PostgreSQL is used by shared offices."""
        return self.database_url.startswith("sqlite")

    @property
    def sqlite_path(self) -> Path | None:
        """The database file of a SQLite URL (None for PostgreSQL or in-memory)."""
        if not self.is_sqlite:
            return None
        rest = self.database_url.split(":///", 1)[1] if ":///" in self.database_url else ""
        rest = rest.split("?", 1)[0]
        return Path(rest) if rest and rest != ":memory:" else None


def resolve_config(
    home: str | os.PathLike[str] | None = None,
    database_url: str | None = None,
    environ: dict[str, str] | None = None,
) -> Config:
    """Combine flags, environment and platform defaults into a Config; creates nothing."""
    env = os.environ if environ is None else environ
    home_value = home or env.get(HOME_ENV) or user_data_dir(APP_NAME, appauthor=False)
    home_path = Path(home_value).expanduser().resolve()
    url = database_url or env.get(DATABASE_URL_ENV) or f"sqlite:///{home_path / 'kopdes.db'}"
    if url.startswith("postgresql://"):
        # psycopg 3 is the driver we ship; the bare scheme would ask for psycopg2.
        url = "postgresql+psycopg://" + url[len("postgresql://") :]
    return Config(home=home_path, database_url=url)
