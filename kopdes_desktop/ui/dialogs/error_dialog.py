"""Turning exceptions into what the user reads (ARCHITECTURE convention 5).

Expected problems (``DomainError``) carry a stable code; here the code becomes a translated
sentence. Anything else is a bug: it is logged with its traceback and shown with the traceback
in the details, so staff can send it to whoever maintains the program.
"""

from __future__ import annotations

import logging
import traceback
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from kopdes_desktop.domain.errors import DomainError, EnvironmentProblem, ValidationError
from kopdes_desktop.storage.faults import environment_problem

log = logging.getLogger(__name__)
# lupdate finds calls of a function named translate with literal arguments.
translate = QCoreApplication.translate


def _messages() -> dict[str, Callable[[dict[str, object]], str]]:
    """Code → message builder. Built on each call so the current translator is used."""
    return {
        "app.already_running": lambda p: translate(
            "ErrorMessages",
            "KopDes is already running for this data folder ({folder}). Switch to the open "
            "window, or close it first. (Process {pid})",
        ).format(**p),
        "db.too_new": lambda p: translate(
            "ErrorMessages",
            "This database was written by a newer version of KopDes Desktop (schema {revision}; "
            "this version knows {supported}). Install the newer version to open it; the data "
            "has not been changed.",
        ).format(**p),
        "wilayah.unknown": lambda p: translate(
            "ErrorMessages", "The area code {code} is not in the reference list of areas."
        ).format(**p),
        "wilayah.code_invalid": lambda p: translate(
            "ErrorMessages", '"{code}" is not a valid area code. Use a code like 31.74.07.1001.'
        ).format(**p),
        "settings.area_locked": lambda p: translate(
            "ErrorMessages",
            "The working area cannot be changed any more: cooperatives are already recorded "
            "for area {current}.",
        ).format(**p),
        "wilayah.file_missing": lambda _p: translate(
            "ErrorMessages",
            "The reference list of areas is missing from the installation. Reinstall the program.",
        ),
        "wilayah.header": lambda _p: translate(
            "ErrorMessages", "The reference list of areas is damaged. Reinstall the program."
        ),
        "wilayah.row_invalid": lambda _p: translate(
            "ErrorMessages", "The reference list of areas is damaged. Reinstall the program."
        ),
    }


def message_for(error: DomainError) -> str:
    """A translated sentence for an expected problem (falls back to its code)."""
    builder = _messages().get(error.code)
    if builder is not None:
        try:
            return builder({k: str(v) for k, v in error.params.items()})
        except (KeyError, IndexError):
            log.exception("message for %s lacks a parameter", error.code)
    from kopdes_desktop.ui.environment_messages import environment_text
    from kopdes_desktop.ui.issue_messages import error_text, has_message

    environment = environment_text(error.code, error.params)
    if environment is not None:
        return environment

    if has_message(error.code) or isinstance(error, ValidationError):
        return error_text(error)  # the sentence shown next to fields, in a dialog
    if isinstance(error, EnvironmentProblem):
        return translate(
            "ErrorMessages",
            "The program cannot continue because of a problem with the computer or the "
            "database ({code}).",
        ).format(code=error.code)
    return translate("ErrorMessages", "The request could not be completed ({code}).").format(
        code=error.code
    )


def show_domain_error(error: DomainError, parent: QWidget | None) -> None:
    """A calm warning for an expected problem; the user can fix or retry."""
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        translate("ErrorMessages", "KopDes Desktop"),
        message_for(error),
        QMessageBox.StandardButton.Ok,
        parent,
    )
    box.button(QMessageBox.StandardButton.Ok).setText(translate("ErrorMessages", "OK"))
    box.exec()


def show_bug(exc: BaseException, parent: QWidget | None) -> None:
    """An error dialog for an unexpected failure, traceback in the details."""
    text = translate(
        "ErrorMessages",
        "An unexpected error occurred. The work saved so far is kept. Please send the details "
        "below and the log file to the program's maintainer.",
    )
    box = QMessageBox(
        QMessageBox.Icon.Critical,
        translate("ErrorMessages", "KopDes Desktop"),
        text,
        QMessageBox.StandardButton.Ok,
        parent,
    )
    box.button(QMessageBox.StandardButton.Ok).setText(translate("ErrorMessages", "OK"))
    box.setDetailedText("".join(traceback.format_exception(type(exc), exc, exc.__traceback__)))
    box.exec()


def report_exception(exc: BaseException, parent: QWidget | None) -> None:
    """Log and show any exception the way its kind deserves; safe without a QApplication.

    Disk full, a read-only folder or a locked database arrive as OS/SQLite errors: they are
    turned into an ``EnvironmentProblem`` here (one clear sentence, the program keeps running).
    """
    if not isinstance(exc, DomainError):
        problem = environment_problem(exc)
        if problem is not None:
            log.warning("environment problem", exc_info=(type(exc), exc, exc.__traceback__))
            exc = problem
    if isinstance(exc, DomainError):
        log.warning("%s", exc)
    else:
        log.error("unexpected error", exc_info=(type(exc), exc, exc.__traceback__))
    if QApplication.instance() is None:
        return
    if isinstance(exc, DomainError):
        show_domain_error(exc, parent)
    else:
        show_bug(exc, parent)
