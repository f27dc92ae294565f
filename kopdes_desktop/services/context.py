"""What every service needs: the session factory, the data folder, the acting user, a clock."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path

from sqlalchemy.orm import sessionmaker

from kopdes_desktop.domain.enums import UserRole
from kopdes_desktop.domain.errors import PermissionDeniedError
from kopdes_desktop.domain.permissions import Action, is_allowed
from kopdes_desktop.storage.database import KopdesSession


def _utcnow() -> datetime:
    return datetime.now(UTC)


@dataclass
class ServiceContext:
    """Shared by all services of one running program; ``username`` is stamped on changes."""

    session_factory: sessionmaker[KopdesSession]
    home: Path
    username: str = "system"
    # The acting user's role. Internal callers (``init``, tests, the setup dialog) act as
    # "system" with admin rights; the login dialog and the CLI set the real account's role.
    role: UserRole = UserRole.ADMIN
    clock: Callable[[], datetime] = field(default=_utcnow)

    @property
    def attachments_dir(self) -> Path:
        """Content-addressed attachment storage."""
        return self.home / "attachments"

    def require_role(self, *allowed: UserRole) -> None:
        """Refuse the action (``auth.forbidden``) unless the acting user has one of ``allowed``.

        Checked inside the services, so a hidden button is never the only protection.
        """
        if self.role not in allowed:
            raise PermissionDeniedError("auth.forbidden", role=self.role.value)

    def require(self, action: Action) -> None:
        """Refuse ``action`` (``auth.forbidden``) unless the permission matrix allows the role."""
        if not is_allowed(self.role, action):
            raise PermissionDeniedError("auth.forbidden", action=action.value, role=self.role.value)

    def may(self, action: Action) -> bool:
        """True when the acting user may perform ``action`` (e.g. to decide on NIK masking)."""
        return is_allowed(self.role, action)

    def act_as(self, username: str, role: UserRole) -> None:
        """Make ``username`` with ``role`` the acting user (after a login)."""
        self.username = username
        self.role = role

    def now(self) -> datetime:
        """Current UTC time (replaceable in tests)."""
        return self.clock()

    def today(self) -> date:
        """Today's date (local calendar date of the UTC clock is good enough for records)."""
        return self.clock().date()
