"""About KopDes Desktop: version, the acting account and the personal-data notice."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QTextBrowser, QVBoxLayout, QWidget

from kopdes_desktop import __version__
from kopdes_desktop.ui.privacy_notice import privacy_notice_html


class AboutDialog(QDialog):
    """Version and the privacy notice (UU 27/2022), reachable at any time from the menu."""

    def __init__(self, username: str, role_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(self.tr("About KopDes Desktop"))
        title = QLabel(self.tr("KopDes Desktop {version}").format(version=__version__), self)
        title.setObjectName("pageTitle")
        account = QLabel(
            self.tr("Signed in as {user} ({role}).").format(user=username, role=role_text), self
        )
        self.notice = QTextBrowser(self)
        self.notice.setHtml(privacy_notice_html())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(account)
        layout.addWidget(self.notice, 1)
        layout.addWidget(buttons)
        self.resize(600, 520)
