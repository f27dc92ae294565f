"""What every service needs: the session factory, the data folder, the acting user, a clock."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path

from sqlalchemy.orm import sessionmaker

from kopdes_desktop.storage.database import KopdesSession


def _utcnow() -> datetime:
    return datetime.now(UTC)


@dataclass
class ServiceContext:
    """Shared by all services of one running program; ``username`` is stamped on changes."""

    session_factory: sessionmaker[KopdesSession]
    home: Path
    username: str = "system"
    clock: Callable[[], datetime] = field(default=_utcnow)

    @property
    def attachments_dir(self) -> Path:
        """Content-addressed attachment storage."""
        return self.home / "attachments"

    def now(self) -> datetime:
        """Current UTC time (replaceable in tests)."""
        return self.clock()

    def today(self) -> date:
        """Today's date (local calendar date of the UTC clock is good enough for records)."""
        return self.clock().date()
