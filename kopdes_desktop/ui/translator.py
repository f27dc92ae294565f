"""Installing the interface language (ARCHITECTURE convention 6).

Source strings are English; Indonesian is the default and comes from the compiled
``kopdes_desktop/i18n/kopdes_id.qm`` (built by ``pyside6-lrelease`` from ``kopdes_id.ts``).
English is "no translator". The locale follows the language so numbers read 83.762, not 83,762.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QObject, QTranslator, Signal

log = logging.getLogger(__name__)

DEFAULT_LANGUAGE = "id"
SUPPORTED_LANGUAGES = ("id", "en")


def translations_dir() -> Path:
    """Folder of the .ts sources and compiled .qm files."""
    return Path(__file__).resolve().parent.parent / "i18n"


def qm_path(language: str) -> Path:
    """Compiled catalogue of ``language``."""
    return translations_dir() / f"kopdes_{language}.qm"


def install_translator(
    app: QCoreApplication, language: str = DEFAULT_LANGUAGE
) -> QTranslator | None:
    """Install the catalogue of ``language`` on ``app``; keep the returned object alive.

    Returns None for English (the source language) or when the catalogue cannot be loaded;
    the program then shows English rather than failing to start.
    """
    if language not in SUPPORTED_LANGUAGES:
        log.warning("unknown language %r, using %r", language, DEFAULT_LANGUAGE)
        language = DEFAULT_LANGUAGE
    if language == "en":
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
        return None
    QLocale.setDefault(QLocale(QLocale.Language.Indonesian, QLocale.Country.Indonesia))
    translator = QTranslator(app)
    path = qm_path(language)
    if not translator.load(str(path)):
        log.error("cannot load translations from %s", path)
        return None
    app.installTranslator(translator)
    return translator


def remove_translator(app: QCoreApplication, translator: QTranslator | None) -> None:
    """Undo ``install_translator`` (switching to English, or after a test)."""
    if translator is not None:
        app.removeTranslator(translator)
        translator.deleteLater()


class LanguageSwitcher(QObject):
    """Owns the installed catalogue so the language can change while the program runs.

    Installing or removing a translator makes Qt send a ``LanguageChange`` event to every
    widget; widgets that re-set their texts on it change at once, the rest on the next start.
    The composition root creates one and hands it to the main window.
    """

    language_changed = Signal(str)

    def __init__(
        self,
        app: QCoreApplication,
        translator: QTranslator | None = None,
        language: str = DEFAULT_LANGUAGE,
    ) -> None:
        super().__init__(app)
        self._app = app
        self.translator = translator
        self.language = language

    def switch(self, language: str) -> bool:
        """Install ``language`` (removing the current one); False when it is already on."""
        if language not in SUPPORTED_LANGUAGES:
            language = DEFAULT_LANGUAGE
        if language == self.language:
            return False
        remove_translator(self._app, self.translator)
        self.translator = install_translator(self._app, language)
        self.language = language
        log.info("interface language switched to %s", language)
        self.language_changed.emit(language)
        return True
