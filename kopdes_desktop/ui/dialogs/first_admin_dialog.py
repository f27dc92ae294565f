"""First start, last step: the privacy notice and the office's first admin account.

A fresh data folder has no accounts; whoever installs the program becomes its admin, reads
once what personal data the program keeps and why (UU 27/2022), and chooses a password.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from kopdes_desktop.domain.entities import User
from kopdes_desktop.domain.enums import UserRole
from kopdes_desktop.domain.errors import DomainError
from kopdes_desktop.services.user_service import UserService
from kopdes_desktop.ui.dialogs.error_dialog import message_for
from kopdes_desktop.ui.privacy_notice import privacy_notice_html


class FirstAdminDialog(QDialog):
    """Shows the privacy notice and creates the first admin; OK logs in as that admin."""

    def __init__(
        self, users: UserService, username: str = "admin", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._users = users
        self.user: User | None = None
        self.setObjectName("firstAdminDialog")
        self.setWindowTitle(self.tr("KopDes Desktop — first admin"))
        title = QLabel(self.tr("Personal data and the first account"), self)
        title.setObjectName("pageTitle")
        self.notice = QTextBrowser(self)
        self.notice.setHtml(privacy_notice_html())
        self.notice.setMinimumHeight(220)
        intro = QLabel(
            self.tr(
                "Create the admin account of this office. The admin adds the other accounts "
                "(operators and viewers) in Settings."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.username_edit = QLineEdit(username, self)
        self.username_edit.setMaxLength(64)
        self.full_name_edit = QLineEdit(self)
        self.full_name_edit.setMaxLength(200)
        self.password_edit = QLineEdit(self)
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat_edit = QLineEdit(self)
        self.repeat_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.error_label = QLabel(self)
        self.error_label.setObjectName("errorLabel")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        form = QFormLayout()
        form.addRow(self.tr("User name:"), self.username_edit)
        form.addRow(self.tr("Full name:"), self.full_name_edit)
        form.addRow(self.tr("Password:"), self.password_edit)
        form.addRow(self.tr("Password again:"), self.repeat_edit)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Create and sign in"))
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Quit"))
        for button in (ok, cancel):
            button.setIcon(QIcon())
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.addWidget(title)
        layout.addWidget(self.notice, 1)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons, 0, Qt.AlignmentFlag.AlignRight)
        self.resize(620, 640)
        self.password_edit.setFocus()

    def accept(self) -> None:
        """Create the admin and log in; problems are shown in the dialog, which stays open."""
        if self.password_edit.text() != self.repeat_edit.text():
            self._show(self.tr("The two passwords differ."))
            return
        name = self.username_edit.text().strip()
        try:
            self._users.create(
                name, self.password_edit.text(), UserRole.ADMIN, self.full_name_edit.text()
            )
            self.user = self._users.login(name, self.password_edit.text())
        except DomainError as exc:
            self._show(message_for(exc))
            return
        super().accept()

    def _show(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()
