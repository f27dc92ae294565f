"""Read-only facts shown on the Settings page: where the data lives.

Kept apart from the form so the status bar of the main window can show the same description.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from kopdes_desktop.bootstrap import Services


def database_description(services: Services) -> str:
    """ "SQLite: /path/kopdes.db" or "PostgreSQL: host/db" (never the password)."""
    config = services.config
    if config.sqlite_path is not None:
        return f"SQLite: {config.sqlite_path}"
    url = services.engine.url
    if url.get_backend_name() == "postgresql":
        host = url.host or "localhost"
        port = f":{url.port}" if url.port else ""
        return f"PostgreSQL: {host}{port}/{url.database or ''}"
    return url.render_as_string(hide_password=True)


def info_label(parent: QWidget) -> QLabel:
    """A selectable, wrapping label for a value the user reads or copies but does not edit."""
    label = QLabel(parent)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label
