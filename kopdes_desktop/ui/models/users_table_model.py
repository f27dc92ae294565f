"""The accounts of the office for the admin's list in Pengaturan."""

from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import QCoreApplication

from kopdes_desktop.domain.entities import User
from kopdes_desktop.ui.models.row_table_model import RowTableModel
from kopdes_desktop.ui.role_names import user_role_name

translate = QCoreApplication.translate  # lupdate needs literal contexts


class UserColumn(IntEnum):
    """Columns of the accounts table."""

    USERNAME = 0
    FULL_NAME = 1
    ROLE = 2
    STATE = 3


class UsersTableModel(RowTableModel[User]):
    """One row per account: name, full name, role, active or not."""

    columns = UserColumn

    def header(self, column: int) -> str:
        """Column titles."""
        return {
            UserColumn.USERNAME: translate("UsersTableModel", "User name"),
            UserColumn.FULL_NAME: translate("UsersTableModel", "Full name"),
            UserColumn.ROLE: translate("UsersTableModel", "Role"),
            UserColumn.STATE: translate("UsersTableModel", "State"),
        }[UserColumn(column)]

    def display(self, row: User, column: int) -> str:
        """Cell texts."""
        if column == UserColumn.USERNAME:
            return row.username
        if column == UserColumn.FULL_NAME:
            return row.full_name
        if column == UserColumn.ROLE:
            return user_role_name(row.role)
        if row.active:
            return translate("UsersTableModel", "active")
        return translate("UsersTableModel", "deactivated")
