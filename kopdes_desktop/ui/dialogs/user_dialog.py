"""A new account (admins only): user name, full name, role and a first password."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from kopdes_desktop.domain.entities import User
from kopdes_desktop.domain.enums import UserRole
from kopdes_desktop.domain.errors import DomainError
from kopdes_desktop.services.user_service import UserService
from kopdes_desktop.ui.dialogs.error_dialog import message_for
from kopdes_desktop.ui.role_names import user_role_name


class UserDialog(QDialog):
    """OK creates the account through ``UserService.create``; problems stay in the dialog."""

    def __init__(self, users: UserService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._users = users
        self.created: User | None = None
        self.setObjectName("userDialog")
        self.setWindowTitle(self.tr("New account"))
        self.setMinimumWidth(420)
        self.username_edit = QLineEdit(self)
        self.username_edit.setMaxLength(64)
        self.full_name_edit = QLineEdit(self)
        self.full_name_edit.setMaxLength(200)
        self.role_combo = role_combo(self)
        self.role_combo.setCurrentIndex(self.role_combo.findData(UserRole.OPERATOR))
        self.password_edit = QLineEdit(self)
        self.repeat_edit = QLineEdit(self)
        for edit in (self.password_edit, self.repeat_edit):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout()
        form.addRow(self.tr("User name:"), self.username_edit)
        form.addRow(self.tr("Full name:"), self.full_name_edit)
        form.addRow(self.tr("Role:"), self.role_combo)
        form.addRow(self.tr("Password:"), self.password_edit)
        form.addRow(self.tr("Password again:"), self.repeat_edit)
        self.error_label = QLabel(self)
        self.error_label.setObjectName("errorLabel")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Create"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)

    def accept(self) -> None:
        """Create the account."""
        if self.password_edit.text() != self.repeat_edit.text():
            self._show(self.tr("The two passwords differ."))
            return
        try:
            self.created = self._users.create(
                self.username_edit.text(),
                self.password_edit.text(),
                UserRole(self.role_combo.currentData()),
                self.full_name_edit.text(),
            )
        except DomainError as exc:
            self._show(message_for(exc))
            return
        super().accept()

    def _show(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()


def role_combo(parent: QWidget) -> QComboBox:
    """A combo of the three roles (data: the ``UserRole``)."""
    combo = QComboBox(parent)
    for role in (UserRole.ADMIN, UserRole.OPERATOR, UserRole.VIEWER):
        combo.addItem(user_role_name(role), role)
    return combo
