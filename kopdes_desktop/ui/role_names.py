"""Account roles in words, and what a role may do on screen (the services still decide)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from kopdes_desktop.domain.enums import UserRole
from kopdes_desktop.domain.permissions import Action, is_allowed
from kopdes_desktop.services.context import ServiceContext

translate = QCoreApplication.translate  # lupdate needs literal contexts


def user_role_name(role: UserRole) -> str:
    """ "Admin", "Operator", "Viewer" in the current language."""
    names = {
        UserRole.ADMIN: translate("RoleNames", "Admin"),
        UserRole.OPERATOR: translate("RoleNames", "Operator"),
        UserRole.VIEWER: translate("RoleNames", "Viewer"),
    }
    return names[role]


def may(ctx: ServiceContext, action: Action) -> bool:
    """True when the signed-in account may ``action`` (to enable or hide a control)."""
    return is_allowed(ctx.role, action)


def hide_unless(ctx: ServiceContext, action: Action, *widgets: QWidget) -> None:
    """Hide controls the signed-in account may not use (the services refuse them anyway)."""
    if not is_allowed(ctx.role, action):
        for widget in widgets:
            widget.setVisible(False)
