"""Who may do what: the one permission matrix of the program (roles × actions).

Pure data so the services (which enforce it), the GUI (which hides what a role may not do)
and the tests (which walk every action × role) read the same table. Admins manage accounts,
settings, restores and anonymisation; operators enter, print, export and import data; viewers
read, and print or export only with masked NIK.
"""

from __future__ import annotations

from enum import StrEnum
from types import MappingProxyType

from kopdes_desktop.domain.enums import UserRole


class Action(StrEnum):
    """Things a service does on behalf of a user; the value is the stable code."""

    EDIT_DATA = "data.edit"
    """Create or change persons, cooperatives, members, board, units, savings, meetings,
    training, mentoring visits and attachments."""
    DELETE_DATA = "data.delete"
    """Remove any of the records above."""
    PRINT = "document.print"
    """Build a document (a viewer's copy always has masked NIK)."""
    PRINT_FULL_NIK = "document.print_full_nik"
    """Build a document showing whole NIK."""
    VOID_DOCUMENT = "document.void"
    """Mark an issued document number as void in the register."""
    EXPORT = "exchange.export"
    """Write an exchange package (a viewer's package always has masked NIK)."""
    EXPORT_FULL_NIK = "exchange.export_full_nik"
    """Write an exchange package with whole NIK."""
    IMPORT = "exchange.import"
    """Import an exchange package or a member spreadsheet."""
    TRUST_OFFICE = "exchange.trust_office"
    """Trust the signing key of another office."""
    SEE_FULL_NIK = "person.see_full_nik"
    """See whole NIK in lists and detail panels."""
    ANONYMISE = "person.anonymise"
    """Replace the personal data of a person who left long ago."""
    CHANGE_SETTINGS = "settings.change"
    """Office settings, working area, reference areas, demo data."""
    MANAGE_USERS = "user.manage"
    """Add accounts, reset passwords, change roles, deactivate."""
    BACKUP = "backup.create"
    """Copy the database to a backup file."""
    RESTORE = "backup.restore"
    """Replace the database with a backup."""


_ALL = frozenset(UserRole)
_STAFF = frozenset({UserRole.ADMIN, UserRole.OPERATOR})
_ADMIN = frozenset({UserRole.ADMIN})

PERMISSIONS: MappingProxyType[Action, frozenset[UserRole]] = MappingProxyType(
    {
        Action.EDIT_DATA: _STAFF,
        Action.DELETE_DATA: _STAFF,
        Action.PRINT: _ALL,
        Action.PRINT_FULL_NIK: _STAFF,
        Action.VOID_DOCUMENT: _STAFF,
        Action.EXPORT: _ALL,
        Action.EXPORT_FULL_NIK: _STAFF,
        Action.IMPORT: _STAFF,
        Action.TRUST_OFFICE: _STAFF,
        Action.SEE_FULL_NIK: _STAFF,
        Action.ANONYMISE: _ADMIN,
        Action.CHANGE_SETTINGS: _ADMIN,
        Action.MANAGE_USERS: _ADMIN,
        Action.BACKUP: _STAFF,
        Action.RESTORE: _ADMIN,
    }
)


def is_allowed(role: UserRole, action: Action) -> bool:
    """True when ``role`` may perform ``action`` (unknown actions are refused)."""
    return role in PERMISSIONS.get(action, frozenset())


def allowed_actions(role: UserRole) -> frozenset[Action]:
    """Every action ``role`` may perform (for the GUI to enable/hide controls)."""
    return frozenset(a for a, roles in PERMISSIONS.items() if role in roles)
