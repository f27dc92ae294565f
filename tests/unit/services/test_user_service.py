"""Accounts: argon2id hashes, login and lock-out, password changes, the last admin."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from kopdes_desktop.bootstrap import Services
from kopdes_desktop.domain.enums import UserRole
from kopdes_desktop.domain.errors import ConflictError, DomainError, PermissionDeniedError
from kopdes_desktop.services.user_service import AuthenticationError
from kopdes_desktop.storage import orm


@pytest.fixture
def users(services: Services):
    services.users.create("admin", "sandi-admin-1", UserRole.ADMIN, full_name="Admin Kantor")
    services.users.create("ani", "sandi-ani-12", UserRole.OPERATOR, full_name="Ani Operator")
    return services.users


def _advance(services: Services, minutes: float) -> None:
    now = services.ctx.now() + timedelta(minutes=minutes)
    services.ctx.clock = lambda: now


def test_hash_is_argon2id_with_owasp_parameters(services, users):
    with services.ctx.session_factory() as session:
        stored = session.scalar(
            select(orm.UserAccount.password_hash).where(orm.UserAccount.username == "ani")
        )
    assert stored.startswith("$argon2id$v=19$m=19456,t=2,p=1$")
    assert "sandi-ani-12" not in stored


def test_login_returns_the_account_and_sets_the_acting_user(services, users):
    user = users.login("ani", "sandi-ani-12")
    assert (user.username, user.role) == ("ani", UserRole.OPERATOR)
    assert (services.ctx.username, services.ctx.role) == ("ani", UserRole.OPERATOR)


def test_wrong_password_and_unknown_user_say_the_same(users):
    with pytest.raises(AuthenticationError) as wrong:
        users.authenticate("ani", "salah")
    with pytest.raises(AuthenticationError) as unknown:
        users.authenticate("budi", "salah")
    assert wrong.value.code == unknown.value.code == "user.auth_failed"
    assert wrong.value.params["attempts_left"] == 4


def test_five_failures_lock_for_five_minutes_even_with_the_right_password(services, users):
    for _ in range(4):
        with pytest.raises(AuthenticationError, match="auth_failed"):
            users.authenticate("ani", "salah")
    with pytest.raises(AuthenticationError) as fifth:
        users.authenticate("ani", "salah")
    assert fifth.value.code == "user.locked" and fifth.value.params["minutes"] == 5
    _advance(services, 2)
    with pytest.raises(AuthenticationError) as locked:
        users.authenticate("ani", "sandi-ani-12")
    assert locked.value.code == "user.locked" and locked.value.params["minutes"] == 3
    assert users.find("ani").locked_until is not None  # persisted, survives a restart
    _advance(services, 3.5)
    assert users.authenticate("ani", "sandi-ani-12").username == "ani"
    account = users.find("ani")
    assert account.failed_logins == 0 and account.locked_until is None


def test_success_resets_the_failure_count(users):
    for _ in range(3):
        with pytest.raises(AuthenticationError):
            users.authenticate("ani", "salah")
    assert users.find("ani").failed_logins == 3
    users.authenticate("ani", "sandi-ani-12")
    assert users.find("ani").failed_logins == 0


def test_deactivated_account_cannot_log_in(users):
    users.set_active("ani", False)
    with pytest.raises(AuthenticationError) as caught:
        users.authenticate("ani", "sandi-ani-12")
    assert caught.value.code == "user.inactive"


def test_own_password_change_needs_the_old_one(services, users):
    users.login("ani", "sandi-ani-12")
    with pytest.raises(AuthenticationError):
        users.change_password("ani", "salah-lama", "sandi-baru-99")
    with pytest.raises(DomainError, match="password_short"):
        users.change_password("ani", "sandi-ani-12", "pendek")
    users.change_password("ani", "sandi-ani-12", "sandi-baru-99")
    assert users.verify_password("ani", "sandi-baru-99")
    assert not users.verify_password("ani", "sandi-ani-12")
    with pytest.raises(PermissionDeniedError):
        users.change_password("admin", "sandi-admin-1", "sandi-baru-99")


def test_admin_resets_another_password_and_lifts_the_lock(services, users):
    for _ in range(5):
        with pytest.raises(AuthenticationError):
            users.authenticate("ani", "salah")
    users.login("admin", "sandi-admin-1")
    users.reset_password("ani", "sandi-reset-1")
    assert users.authenticate("ani", "sandi-reset-1").username == "ani"


def test_operator_cannot_add_users_or_change_roles(services, users):
    users.login("ani", "sandi-ani-12")
    with pytest.raises(PermissionDeniedError):
        users.create("budi", "sandi-budi-1", UserRole.ADMIN)
    with pytest.raises(PermissionDeniedError):
        users.set_role("ani", UserRole.ADMIN)
    assert users.find("budi") is None and users.find("ani").role is UserRole.OPERATOR


def test_the_last_active_admin_is_kept(services, users):
    with pytest.raises(ConflictError) as demoted:
        users.set_role("admin", UserRole.OPERATOR)
    assert demoted.value.code == "user.last_admin"
    with pytest.raises(ConflictError):
        users.set_active("admin", False)
    users.set_role("ani", UserRole.ADMIN)
    users.set_role("admin", UserRole.VIEWER)  # another admin exists now
    with pytest.raises(ConflictError):
        users.set_active("ani", False)
    assert [(u.username, u.role) for u in users.list()] == [
        ("admin", UserRole.VIEWER),
        ("ani", UserRole.ADMIN),
    ]
