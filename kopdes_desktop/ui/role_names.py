"""Account roles in words, and what a role may do on screen (the services still decide)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from kopdes_desktop.domain.enums import UserRole
from kopdes_desktop.domain.nik import mask_nik
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


def nik_for_screen(nik: str | None, masked: bool) -> str:
    """A NIK as a list shows it: masked (3174********0001) for accounts that may not see it."""
    if not nik:
        return ""
    return mask_nik(nik) if masked else nik


def masks_nik(ctx: ServiceContext) -> bool:
    """True when the signed-in account sees NIK masked (viewers, UU 27/2022)."""
    return not is_allowed(ctx.role, Action.SEE_FULL_NIK)
