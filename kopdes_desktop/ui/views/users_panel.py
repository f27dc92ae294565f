"""Pengaturan, admins only: the office's accounts — add, new password, role, deactivate.

Every button goes through ``UserService``, which refuses what the role may not do and keeps
the last active admin; a refusal is shown as a calm message, nothing else changes.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kopdes_desktop.domain.entities import User
from kopdes_desktop.domain.enums import UserRole
from kopdes_desktop.domain.errors import DomainError
from kopdes_desktop.services.user_service import UserService
from kopdes_desktop.ui.dialogs.error_dialog import show_domain_error
from kopdes_desktop.ui.dialogs.password_dialog import PasswordDialog
from kopdes_desktop.ui.dialogs.user_dialog import UserDialog
from kopdes_desktop.ui.models.users_table_model import UsersTableModel
from kopdes_desktop.ui.role_names import user_role_name


class UsersPanel(QGroupBox):
    """The accounts list with its four actions."""

    def __init__(self, users: UserService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._users = users
        self.setObjectName("usersPanel")
        self.setTitle(self.tr("Accounts"))
        hint = QLabel(
            self.tr(
                "Admins manage accounts and settings; operators enter, print, export and import "
                "data; viewers only read, and print or export with masked NIK."
            ),
            self,
        )
        hint.setWordWrap(True)
        self.model = UsersTableModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setMinimumHeight(140)
        self.add_button = QPushButton(self.tr("Add account…"), self)
        self.add_button.clicked.connect(self.add_user)
        self.password_button = QPushButton(self.tr("New password…"), self)
        self.password_button.clicked.connect(self.reset_password)
        self.role_button = QPushButton(self.tr("Change role…"), self)
        self.role_button.clicked.connect(self.change_role)
        self.active_button = QPushButton(self.tr("Deactivate"), self)
        self.active_button.clicked.connect(self.toggle_active)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.password_button, self.role_button):
            buttons.addWidget(button)
        buttons.addWidget(self.active_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        self.table.selectionModel().selectionChanged.connect(self._on_selection)
        self.refresh()

    def refresh(self) -> None:
        """Reload the accounts (keeps the selected one)."""
        selected = self.selected()
        self.model.set_rows(self._users.list())
        if selected is not None:
            row = self.model.row_of(selected.id)
            if row >= 0:
                self.table.selectRow(row)
        self._on_selection()

    def selected(self) -> User | None:
        """The account of the selected row."""
        rows = self.table.selectionModel().selectedRows() if self.table.model() else []
        return self.model.row_at(rows[0].row()) if rows else None

    def add_user(self) -> None:
        """Ask for a new account."""
        dialog = UserDialog(self._users, self.window())
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.refresh()
        dialog.deleteLater()

    def reset_password(self) -> None:
        """Give the selected account a new password."""
        user = self.selected()
        if user is None:
            return
        dialog = PasswordDialog(self._users, user.username, own=False, parent=self.window())
        dialog.exec()
        dialog.deleteLater()
        self.refresh()

    def change_role(self) -> None:
        """Pick another role for the selected account."""
        user = self.selected()
        if user is None:
            return
        roles = [UserRole.ADMIN, UserRole.OPERATOR, UserRole.VIEWER]
        names = [user_role_name(r) for r in roles]
        name, ok = QInputDialog.getItem(
            self.window(),
            self.tr("Change role"),
            self.tr("Role of {user}:").format(user=user.username),
            names,
            roles.index(user.role),
            False,
        )
        if ok:
            self._run(lambda: self._users.set_role(user.username, roles[names.index(name)]))

    def toggle_active(self) -> None:
        """Deactivate the selected account (or activate it again)."""
        user = self.selected()
        if user is not None:
            self._run(lambda: self._users.set_active(user.username, not user.active))

    def _run(self, change: Callable[[], object]) -> None:
        try:
            change()
        except DomainError as exc:
            show_domain_error(exc, self.window())
        self.refresh()

    def _on_selection(self, *_args: object) -> None:
        user = self.selected()
        for button in (self.password_button, self.role_button, self.active_button):
            button.setEnabled(user is not None)
        self.active_button.setText(
            self.tr("Activate") if user is not None and not user.active else self.tr("Deactivate")
        )
