"""The letterhead logo: a preview, "Choose…" and "Remove".

A chosen file is only read and previewed here; the form stores its bytes (as an attachment of
the office, content-addressed under the data folder) when the settings are saved, so choosing
a logo and then not saving leaves nothing behind.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kopdes_desktop.services.attachment_service import sniff_media_type

PREVIEW_SIZE = 72
IMAGE_TYPES = ("image/png", "image/jpeg")
MAX_LOGO_BYTES = 5 * 1024 * 1024
"""A letterhead logo is small; a larger file is probably a scan chosen by mistake."""


class LogoField(QWidget):
    """Preview of the stored or newly chosen logo; ``problem`` names what is wrong with it."""

    changed = Signal()
    """A logo was chosen or removed (the form marks itself dirty)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.stored_sha256: str | None = None
        self.pending: tuple[str, bytes] | None = None
        """(file name, bytes) chosen but not saved yet."""
        self.removed = False
        self.problem: str | None = None
        """Issue code when the chosen file cannot be a logo (not PNG/JPEG, too large)."""
        self.preview = QLabel(self)
        self.preview.setObjectName("logoPreview")
        self.preview.setFixedSize(PREVIEW_SIZE + 8, PREVIEW_SIZE + 8)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setFrameShape(QFrame.Shape.StyledPanel)
        self.name_label = QLabel(self)
        self.name_label.setObjectName("hintLabel")
        self.name_label.setWordWrap(True)
        self.choose_button = QPushButton(self.tr("Choose…"), self)
        self.choose_button.setToolTip(self.tr("A PNG or JPG image, e.g. the city's emblem"))
        self.choose_button.setAutoDefault(False)
        self.choose_button.clicked.connect(self._on_choose_clicked)
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.remove_button.setAutoDefault(False)
        self.remove_button.clicked.connect(self._on_remove_clicked)
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(self.choose_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        side = QVBoxLayout()
        side.addLayout(buttons)
        side.addWidget(self.name_label)
        side.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.preview)
        layout.addLayout(side, 1)
        self.setFocusProxy(self.choose_button)
        self._show(None)

    # --- values -------------------------------------------------------------------------
    def set_stored(self, sha256: str | None, data: bytes | None) -> None:
        """Show the logo saved in the settings (``data`` None when its file is missing)."""
        self.stored_sha256 = sha256
        self.pending = None
        self.removed = False
        self.problem = None
        self._show(data)
        if sha256 and data is None:
            self.name_label.setText(self.tr("The logo file is missing from the data folder."))

    def has_logo(self) -> bool:
        """True when the settings will hold a logo after saving."""
        return self.pending is not None or (self.stored_sha256 is not None and not self.removed)

    def choose_file(self, path: Path) -> None:
        """Read and preview ``path`` (the file dialog calls this; tests too)."""
        try:
            data = path.read_bytes()
        except OSError:
            self._refuse(path.name, "settings.logo_unreadable")
            return
        if len(data) > MAX_LOGO_BYTES:
            self._refuse(path.name, "settings.logo_too_large")
            return
        pixmap = QPixmap()
        if sniff_media_type(data) not in IMAGE_TYPES or not pixmap.loadFromData(data):
            self._refuse(path.name, "settings.logo_not_image")
            return
        self.pending = (path.name, data)
        self.removed = False
        self.problem = None
        self._show(data)
        self.name_label.setText(self.tr("{name} (not saved yet)").format(name=path.name))
        self.changed.emit()

    # --- internals ----------------------------------------------------------------------
    def _refuse(self, name: str, code: str) -> None:
        self.pending = None
        self.problem = code
        self.name_label.setText(name)
        self.changed.emit()

    def _show(self, data: bytes | None) -> None:
        pixmap = QPixmap()
        if data is not None and pixmap.loadFromData(data):
            self.preview.setPixmap(
                pixmap.scaled(
                    PREVIEW_SIZE,
                    PREVIEW_SIZE,
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )
            self.name_label.clear()
        else:
            self.preview.clear()
            self.preview.setText(self.tr("No logo"))
            self.name_label.clear()
        self.remove_button.setEnabled(data is not None)

    def _on_choose_clicked(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose the letterhead logo"),
            str(Path.home()),
            self.tr("Images (*.png *.jpg *.jpeg)"),
        )
        if name:
            self.choose_file(Path(name))

    def _on_remove_clicked(self) -> None:
        self.pending = None
        self.removed = True
        self.problem = None
        self._show(None)
        self.changed.emit()
