"""Icons of the program: small hand-drawn SVGs in ``resources/icons`` (CC0, see LICENSE.txt).

SVGs stay sharp at any screen scaling; a missing file falls back to a Qt standard icon so a
broken installation still shows a usable window.
"""

from __future__ import annotations

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QStyle

from kopdes_desktop.resources import resource_path

_FALLBACK = QStyle.StandardPixmap.SP_FileIcon


def icon(name: str) -> QIcon:
    """The icon ``resources/icons/<name>.svg``."""
    path = resource_path("icons", f"{name}.svg")
    if path.is_file():
        return QIcon(str(path))
    app = QApplication.instance()
    return app.style().standardIcon(_FALLBACK) if app is not None else QIcon()
