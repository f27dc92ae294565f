"""A new password, typed twice: for one's own account (old password first) or, by an admin,
for another account."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from kopdes_desktop.domain.errors import DomainError
from kopdes_desktop.services.user_service import UserService
from kopdes_desktop.ui.dialogs.error_dialog import message_for


class PasswordDialog(QDialog):
    """OK changes the password through ``UserService``; problems stay in the dialog."""

    def __init__(
        self, users: UserService, username: str, own: bool, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._users, self._username, self._own = users, username, own
        self.setObjectName("passwordDialog")
        self.setWindowTitle(
            self.tr("Change my password")
            if own
            else self.tr("New password for {user}").format(user=username)
        )
        self.setMinimumWidth(380)
        self.old_edit = QLineEdit(self)
        self.new_edit = QLineEdit(self)
        self.repeat_edit = QLineEdit(self)
        for edit in (self.old_edit, self.new_edit, self.repeat_edit):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout()
        if own:
            form.addRow(self.tr("Current password:"), self.old_edit)
        else:
            self.old_edit.hide()
        form.addRow(self.tr("New password:"), self.new_edit)
        form.addRow(self.tr("New password again:"), self.repeat_edit)
        self.error_label = QLabel(self)
        self.error_label.setObjectName("errorLabel")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Save"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)

    def accept(self) -> None:
        """Change the password; a wrong old password or a short new one is shown here."""
        new = self.new_edit.text()
        if new != self.repeat_edit.text():
            self._show(self.tr("The two new passwords differ."))
            return
        try:
            if self._own:
                self._users.change_password(self._username, self.old_edit.text(), new)
            else:
                self._users.reset_password(self._username, new)
        except DomainError as exc:
            self._show(message_for(exc))
            return
        super().accept()

    def _show(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()
