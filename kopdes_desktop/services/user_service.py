"""Accounts: argon2id hashes, login with lock-out, password changes, roles, deactivation.

A shared office PC is the threat model: five wrong passwords lock an account for five minutes
(the count lives in the database, so restarting the program does not reset it), and the office
can never lose its last active admin (nobody could manage accounts or settings any more).
"""

from __future__ import annotations

import builtins
import math
from datetime import timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kopdes_desktop.domain.entities import User, new_id
from kopdes_desktop.domain.enums import UserRole
from kopdes_desktop.domain.errors import (
    ConflictError,
    DomainError,
    NotFoundError,
    PermissionDeniedError,
)
from kopdes_desktop.domain.permissions import Action
from kopdes_desktop.services.context import ServiceContext
from kopdes_desktop.services.mapping import to_entity
from kopdes_desktop.storage.orm import UserAccount

# OWASP's argon2id recommendation: m=19 MiB, t=2, p=1.
_HASHER = PasswordHasher(time_cost=2, memory_cost=19 * 1024, parallelism=1)
MIN_PASSWORD_LENGTH = 8
MAX_FAILED_LOGINS = 5
LOCK_MINUTES = 5


class AuthenticationError(DomainError):
    """A login was refused: ``user.auth_failed``, ``user.locked`` (``minutes``) or
    ``user.inactive``."""


class UserService:
    """Creates, authenticates and manages accounts."""

    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx

    # -- reading -----------------------------------------------------------------------------

    def count(self) -> int:
        """Number of accounts (0 means the first admin still has to be created)."""
        with self._ctx.session_factory() as session:
            return int(session.scalar(select(func.count()).select_from(UserAccount)) or 0)

    def find(self, username: str) -> User | None:
        """An account by user name, or None."""
        with self._ctx.session_factory() as session:
            row = session.scalar(select(UserAccount).where(UserAccount.username == username))
            return to_entity(row, User) if row else None

    def list(self) -> builtins.list[User]:
        """Every account by user name (admins only)."""
        self._ctx.require(Action.MANAGE_USERS)
        with self._ctx.session_factory() as session:
            rows = session.scalars(select(UserAccount).order_by(UserAccount.username))
            return [to_entity(r, User) for r in rows]

    # -- creating ----------------------------------------------------------------------------

    def create(self, username: str, password: str, role: UserRole, full_name: str = "") -> User:
        """Add an account (admins only); the password must have at least 8 characters."""
        self._ctx.require(Action.MANAGE_USERS)
        name = username.strip()
        if not name or not name.replace("_", "").replace(".", "").replace("-", "").isalnum():
            raise DomainError("user.username_invalid", "username")
        _check_password(password)
        if self.find(name) is not None:
            raise ConflictError("user.exists", "username", username=name)
        now = self._ctx.now()
        with self._ctx.session_factory.begin() as session:
            row = UserAccount(
                id=new_id(),
                username=name,
                full_name=full_name.strip(),
                role=UserRole(role),
                password_hash=_HASHER.hash(password),
                active=True,
                failed_logins=0,
                created_at=now,
                updated_at=now,
            )
            session.add(row)
            session.flush()
            return to_entity(row, User)

    # -- logging in --------------------------------------------------------------------------

    def authenticate(self, username: str, password: str) -> User:
        """The account when the password is right; else AuthenticationError.

        Every wrong password counts; the fifth locks the account for ``LOCK_MINUTES`` (the
        count restarts then). A locked account is refused before its password is checked, so
        guessing on stops nothing but time. Success clears the count.
        """
        now = self._ctx.now()
        with self._ctx.session_factory.begin() as session:
            row = session.scalar(
                select(UserAccount).where(UserAccount.username == username.strip())
            )
            if row is None:
                _HASHER.hash(password)  # the same cost as a known name: no timing hint
                raise AuthenticationError("user.auth_failed", "password")
            if row.locked_until is not None and row.locked_until > now:
                minutes = max(1, math.ceil((row.locked_until - now).total_seconds() / 60))
                raise AuthenticationError("user.locked", "username", minutes=minutes)
            if not _matches(row.password_hash, password):
                row.failed_logins = (row.failed_logins or 0) + 1
                locked = row.failed_logins >= MAX_FAILED_LOGINS
                if locked:
                    row.failed_logins = 0
                    row.locked_until = now + timedelta(minutes=LOCK_MINUTES)
                row.updated_at = now
                error = (
                    AuthenticationError("user.locked", "username", minutes=LOCK_MINUTES)
                    if locked
                    else AuthenticationError(
                        "user.auth_failed",
                        "password",
                        attempts_left=MAX_FAILED_LOGINS - row.failed_logins,
                    )
                )
            else:
                if not row.active:
                    raise AuthenticationError("user.inactive", "username", username=row.username)
                if row.failed_logins or row.locked_until is not None:
                    row.failed_logins, row.locked_until, row.updated_at = 0, None, now
                if _HASHER.check_needs_rehash(row.password_hash):
                    row.password_hash = _HASHER.hash(password)
                return to_entity(row, User)
        raise error  # after the commit: the failed attempt is counted

    def login(self, username: str, password: str) -> User:
        """Authenticate and make the account the acting user of every service."""
        user = self.authenticate(username, password)
        self._ctx.act_as(user.username, user.role)
        return user

    def verify_password(self, username: str, password: str) -> bool:
        """True when the account exists, is active and the password matches (no counting)."""
        with self._ctx.session_factory() as session:
            row = session.scalar(select(UserAccount).where(UserAccount.username == username))
            return row is not None and row.active and _matches(row.password_hash, password)

    # -- managing ----------------------------------------------------------------------------

    def change_password(self, username: str, old_password: str, new_password: str) -> None:
        """The acting user changes their own password; the old one is required."""
        if username != self._ctx.username:
            raise PermissionDeniedError("auth.forbidden", "username", role=self._ctx.role.value)
        _check_password(new_password)
        self.authenticate(username, old_password)
        self._set_password(username, new_password)

    def reset_password(self, username: str, new_password: str) -> None:
        """An admin sets a new password for an account (and lifts a lock)."""
        self._ctx.require(Action.MANAGE_USERS)
        _check_password(new_password)
        self._set_password(username, new_password)

    def set_role(self, username: str, role: UserRole) -> User:
        """Change an account's role; the last active admin cannot be demoted."""
        self._ctx.require(Action.MANAGE_USERS)
        with self._ctx.session_factory.begin() as session:
            row = _get(session, username)
            if row.role is UserRole.ADMIN and role is not UserRole.ADMIN:
                _keep_one_admin(session, row)
            row.role, row.updated_at = UserRole(role), self._ctx.now()
            return to_entity(row, User)

    def set_active(self, username: str, active: bool) -> User:
        """Deactivate (or reactivate) an account; the last active admin stays active."""
        self._ctx.require(Action.MANAGE_USERS)
        with self._ctx.session_factory.begin() as session:
            row = _get(session, username)
            if not active and row.role is UserRole.ADMIN:
                _keep_one_admin(session, row)
            row.active, row.updated_at = active, self._ctx.now()
            return to_entity(row, User)

    def _set_password(self, username: str, password: str) -> None:
        with self._ctx.session_factory.begin() as session:
            row = _get(session, username)
            row.password_hash = _HASHER.hash(password)
            row.failed_logins, row.locked_until, row.updated_at = 0, None, self._ctx.now()


def _check_password(password: str) -> None:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise DomainError("user.password_short", "password", minimum=MIN_PASSWORD_LENGTH)


def _matches(password_hash: str, password: str) -> bool:
    try:
        return bool(_HASHER.verify(password_hash, password))
    except (VerificationError, InvalidHashError):
        return False


def _get(session: Session, username: str) -> UserAccount:
    row = session.scalar(select(UserAccount).where(UserAccount.username == username))
    if row is None:
        raise NotFoundError("user.unknown", "username", username=username)
    return row


def _keep_one_admin(session: Session, row: UserAccount) -> None:
    """Refuse when ``row`` is the only active admin."""
    others = session.scalar(
        select(func.count())
        .select_from(UserAccount)
        .where(
            UserAccount.role == UserRole.ADMIN,
            UserAccount.active.is_(True),
            UserAccount.id != row.id,
        )
    )
    if not others:
        raise ConflictError("user.last_admin", "role", username=row.username)
