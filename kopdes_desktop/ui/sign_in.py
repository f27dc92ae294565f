"""Who is using the program: the first admin on a fresh database, else a login.

``KOPDES_USER`` and ``KOPDES_PASSWORD`` (passed in by ``app.py``) sign in without a dialog, for
benchmarks, screenshots and kiosk-like set-ups; on a database without accounts they create the
first admin, as ``kopdes init`` does. A wrong pair falls back to the dialog with the reason.
"""

from __future__ import annotations

import logging

from PySide6.QtWidgets import QDialog, QWidget

from kopdes_desktop.bootstrap import Services
from kopdes_desktop.domain.enums import UserRole
from kopdes_desktop.domain.errors import DomainError
from kopdes_desktop.ui.dialogs.first_admin_dialog import FirstAdminDialog
from kopdes_desktop.ui.dialogs.login_dialog import LoginDialog

log = logging.getLogger(__name__)


def sign_in(
    services: Services,
    username: str | None = None,
    password: str | None = None,
    parent: QWidget | None = None,
) -> bool:
    """Make an account the acting user of ``services``; False when the user quit."""
    users = services.users
    problem: DomainError | None = None
    if users.count() == 0:
        if username and password:
            try:
                users.create(username, password, UserRole.ADMIN, full_name=username)
                users.login(username, password)
                log.info("first admin %s created from the environment", username)
                return True
            except DomainError as exc:
                log.warning("first admin from the environment refused: %s", exc)
        first = FirstAdminDialog(users, username or "admin", parent)
        try:
            return first.exec() == QDialog.DialogCode.Accepted
        finally:
            first.deleteLater()
    if username and password:
        try:
            users.login(username, password)
            log.info("signed in as %s from the environment", username)
            return True
        except DomainError as exc:
            log.warning("sign-in from the environment refused: %s", exc)
            problem = exc
    dialog = LoginDialog(users, username or "", parent, problem)
    try:
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
    finally:
        dialog.deleteLater()
    if accepted:
        log.info("signed in as %s", services.ctx.username)
    return accepted
