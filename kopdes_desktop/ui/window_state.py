"""Window geometry, splitter positions and table column widths, remembered between runs.

Stored in ``<home>/ui.ini`` (QSettings, INI format) next to the data, not in the registry or
``~/.config``: a data folder moved to another PC or user keeps its layout, and tests with a
temporary home never touch the real settings. Every view may make its own ``WindowState``
on the same home; Qt shares one cache per file inside a process.

Use ``track_splitter(splitter, "members/splitter")`` and ``track_header(table.horizontalHeader(),
"members/columns")`` once after building a view: they restore now and save on every change.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QHeaderView, QSplitter, QWidget

if TYPE_CHECKING:
    from kopdes_desktop.bootstrap import Services

UI_FILE = "ui.ini"


class WindowState:
    """Saved layout of windows, splitters and table headers under one data folder."""

    def __init__(self, home: Path) -> None:
        self.settings = QSettings(str(Path(home) / UI_FILE), QSettings.Format.IniFormat)

    def _bytes(self, key: str) -> QByteArray | None:
        value = self.settings.value(key)
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def restore_window(self, window: QWidget, key: str = "main_window/geometry") -> bool:
        """Put a window back where it was; False when nothing was saved yet."""
        data = self._bytes(key)
        return bool(data is not None and window.restoreGeometry(data))

    def save_window(self, window: QWidget, key: str = "main_window/geometry") -> None:
        """Remember a window's size, position and maximised state."""
        self.settings.setValue(key, window.saveGeometry())
        self.settings.sync()

    def restore_splitter(self, splitter: QSplitter, key: str) -> bool:
        """Put a splitter's handles back; False when nothing was saved yet."""
        data = self._bytes(key)
        return bool(data is not None and splitter.restoreState(data))

    def save_splitter(self, splitter: QSplitter, key: str) -> None:
        """Remember a splitter's handle positions."""
        self.settings.setValue(key, splitter.saveState())

    def track_splitter(self, splitter: QSplitter, key: str) -> None:
        """Restore now and save whenever the user drags a handle."""
        self.restore_splitter(splitter, key)
        splitter.splitterMoved.connect(lambda *_: self.save_splitter(splitter, key))

    def track_header(self, header: QHeaderView, key: str) -> None:
        """Restore column widths and order now and save them whenever they change."""
        data = self._bytes(key)
        if data is not None:
            header.restoreState(data)

        def save(*_args: object) -> None:
            self.settings.setValue(key, header.saveState())

        header.sectionResized.connect(save)
        header.sectionMoved.connect(save)

    def sync(self) -> None:
        """Write pending changes to disk (also done by Qt on exit)."""
        self.settings.sync()


def window_state_for(services: Services) -> WindowState:
    """The layout store of the running program's data folder."""
    return WindowState(services.ctx.home)
