"""The status-bar button of the signed-in account: change one's password, About and privacy."""

from __future__ import annotations

from PySide6.QtWidgets import QMenu, QToolButton, QWidget

from kopdes_desktop.bootstrap import Services
from kopdes_desktop.ui.dialogs.about_dialog import AboutDialog
from kopdes_desktop.ui.dialogs.password_dialog import PasswordDialog
from kopdes_desktop.ui.role_names import user_role_name


class AccountButton(QToolButton):
    """ "Account ▾" with "Change my password…" and "About and personal data…"."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self.setObjectName("accountButton")
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.setText(self.tr("Account"))
        menu = QMenu(self)
        self.password_action = menu.addAction(self.tr("Change my password…"))
        self.password_action.triggered.connect(self.change_password)
        self.about_action = menu.addAction(self.tr("About and personal data…"))
        self.about_action.triggered.connect(self.show_about)
        self.setMenu(menu)

    def change_password(self) -> None:
        """The acting account's own password (the old one is asked)."""
        ctx = self._services.ctx
        dialog = PasswordDialog(self._services.users, ctx.username, own=True, parent=self.window())
        dialog.exec()
        dialog.deleteLater()

    def show_about(self) -> None:
        """Version and the privacy notice."""
        ctx = self._services.ctx
        dialog = AboutDialog(ctx.username, user_role_name(ctx.role), self.window())
        dialog.exec()
        dialog.deleteLater()
