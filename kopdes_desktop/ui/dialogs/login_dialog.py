"""Sign-in at start: user name and password; wrong passwords and locks are said in the dialog.

The services check the password and count failures (five lock the account for five minutes),
so the dialog only shows what they answer and stays open for another try.
"""

from __future__ import annotations

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from kopdes_desktop.domain.entities import User
from kopdes_desktop.domain.errors import DomainError
from kopdes_desktop.services.user_service import UserService
from kopdes_desktop.ui.dialogs.error_dialog import message_for


class LoginDialog(QDialog):
    """Asks for an account; OK logs in through ``UserService.login`` (the acting user)."""

    def __init__(
        self,
        users: UserService,
        username: str = "",
        parent: QWidget | None = None,
        problem: DomainError | None = None,
    ) -> None:
        super().__init__(parent)
        self._users = users
        self.user: User | None = None
        self.setObjectName("loginDialog")
        self.setWindowTitle(self.tr("KopDes Desktop — sign in"))
        self.setMinimumWidth(400)
        title = QLabel(self.tr("Sign in to KopDes Desktop"), self)
        title.setObjectName("pageTitle")
        self.username_edit = QLineEdit(username, self)
        self.username_edit.setMaxLength(64)
        self.password_edit = QLineEdit(self)
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.error_label = QLabel(self)
        self.error_label.setObjectName("errorLabel")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        form = QFormLayout()
        form.addRow(self.tr("User name:"), self.username_edit)
        form.addRow(self.tr("Password:"), self.password_edit)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Sign in"))
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Quit"))
        for button in (self.ok_button, cancel):
            button.setIcon(QIcon())
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.addWidget(title)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        (self.password_edit if username else self.username_edit).setFocus()
        if problem is not None:
            self.show_problem(problem)

    def show_problem(self, problem: DomainError) -> None:
        """Say why the last try failed, in the dialog."""
        self.error_label.setText(message_for(problem))
        self.error_label.show()

    def accept(self) -> None:
        """Log in; a wrong password or a lock is shown and the dialog stays open."""
        name = self.username_edit.text().strip()
        if not name:
            self.username_edit.setFocus()
            return
        try:
            self.user = self._users.login(name, self.password_edit.text())
        except DomainError as exc:
            self.password_edit.clear()
            self.password_edit.setFocus()
            self.show_problem(exc)
            return
        super().accept()
