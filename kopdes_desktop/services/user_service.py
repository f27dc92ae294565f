"""Accounts: creation with argon2id hashes and password checks.

Role enforcement, lock-out and the rest of account management belong to the accounts issue;
this module gives ``init`` its first admin and the CLI a way to authenticate.
"""

from __future__ import annotations

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import func, select

from kopdes_desktop.domain.entities import User, new_id
from kopdes_desktop.domain.enums import UserRole
from kopdes_desktop.domain.errors import ConflictError, DomainError
from kopdes_desktop.services.context import ServiceContext
from kopdes_desktop.services.mapping import to_entity
from kopdes_desktop.storage.orm import UserAccount

# OWASP's argon2id recommendation: m=19 MiB, t=2, p=1.
_HASHER = PasswordHasher(time_cost=2, memory_cost=19 * 1024, parallelism=1)
MIN_PASSWORD_LENGTH = 8


class UserService:
    """Creates accounts and checks passwords."""

    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx

    def count(self) -> int:
        """Number of accounts."""
        with self._ctx.session_factory() as session:
            return int(session.scalar(select(func.count()).select_from(UserAccount)) or 0)

    def find(self, username: str) -> User | None:
        """An account by user name, or None."""
        with self._ctx.session_factory() as session:
            row = session.scalar(select(UserAccount).where(UserAccount.username == username))
            return to_entity(row, User) if row else None

    def create(self, username: str, password: str, role: UserRole, full_name: str = "") -> User:
        """Add an account; the password must have at least 8 characters."""
        name = username.strip()
        if not name or not name.replace("_", "").replace(".", "").replace("-", "").isalnum():
            raise DomainError("user.username_invalid", "username")
        if len(password) < MIN_PASSWORD_LENGTH:
            raise DomainError("user.password_short", "password", minimum=MIN_PASSWORD_LENGTH)
        if self.find(name) is not None:
            raise ConflictError("user.exists", "username", username=name)
        now = self._ctx.now()
        with self._ctx.session_factory.begin() as session:
            row = UserAccount(
                id=new_id(),
                username=name,
                full_name=full_name,
                role=role,
                password_hash=_HASHER.hash(password),
                active=True,
                failed_logins=0,
                created_at=now,
                updated_at=now,
            )
            session.add(row)
            session.flush()
            return to_entity(row, User)

    def verify_password(self, username: str, password: str) -> bool:
        """True when the account exists, is active and the password matches."""
        with self._ctx.session_factory() as session:
            row = session.scalar(select(UserAccount).where(UserAccount.username == username))
            if row is None or not row.active:
                return False
            try:
                return bool(_HASHER.verify(row.password_hash, password))
            except (VerificationError, InvalidHashError):
                return False
