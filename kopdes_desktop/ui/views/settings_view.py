"""Pengaturan: the office profile as stored, read-only until the settings issue edits it.

Also shows where the data lives (database and folder): the first thing support asks.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QLabel, QVBoxLayout, QWidget

from kopdes_desktop.bootstrap import Services
from kopdes_desktop.ui.display_names import area_full_name, level_name


def database_description(services: Services) -> str:
    """"SQLite: /path/kopdes.db" or "PostgreSQL: host/db" (never the password)."""
    config = services.config
    if config.sqlite_path is not None:
        return f"SQLite: {config.sqlite_path}"
    url = services.engine.url
    if url.get_backend_name() == "postgresql":
        host = url.host or "localhost"
        port = f":{url.port}" if url.port else ""
        return f"PostgreSQL: {host}{port}/{url.database or ''}"
    return url.render_as_string(hide_password=True)


class SettingsView(QWidget):
    """Working area, office name, language, database and data folder."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        title = QLabel(self.tr("Settings"), self)
        title.setObjectName("pageTitle")
        self.area_value = self._value_label()
        self.code_value = self._value_label()
        self.level_value = self._value_label()
        self.office_value = self._value_label()
        self.language_value = self._value_label()
        self.database_value = self._value_label()
        self.folder_value = self._value_label()
        form = QFormLayout()
        form.setHorizontalSpacing(24)
        form.setVerticalSpacing(10)
        form.addRow(self.tr("Working area:"), self.area_value)
        form.addRow(self.tr("Area code:"), self.code_value)
        form.addRow(self.tr("Level:"), self.level_value)
        form.addRow(self.tr("Office name:"), self.office_value)
        form.addRow(self.tr("Language:"), self.language_value)
        form.addRow(self.tr("Database:"), self.database_value)
        form.addRow(self.tr("Data folder:"), self.folder_value)
        note = QLabel(self.tr("Editing the letterhead, document numbering, users and language "
                              "comes in the next version."), self)
        note.setObjectName("hintLabel")
        note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 24)
        layout.setSpacing(12)
        layout.addWidget(title)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addStretch(1)
        self.refresh()

    def _value_label(self) -> QLabel:
        label = QLabel(self)
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    def refresh(self) -> None:
        """Re-read the settings (a single-row read, cheap enough for the GUI thread)."""
        settings = self._services.settings.get()
        if settings.area_code:
            info = self._services.wilayah.area_info(settings.area_code)
            self.area_value.setText(area_full_name(info))
            self.code_value.setText(info.code)
            self.level_value.setText(level_name(info.level))
        else:
            self.area_value.setText(self.tr("Not chosen yet"))
            self.code_value.setText("—")
            self.level_value.setText("—")
        self.office_value.setText(settings.office_name or "—")
        self.language_value.setText(self.tr("English") if settings.language == "en"
                                    else self.tr("Indonesian"))
        self.database_value.setText(database_description(self._services))
        self.folder_value.setText(str(self._services.config.home))
