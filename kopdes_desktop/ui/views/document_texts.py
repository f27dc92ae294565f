"""Translated sentences of the Dokumen page: verification answers and document problems.

Kept apart from the view so the verification answer reads the same wherever it is shown
(the page's status line, the message box, later the exchange import).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from kopdes_desktop.domain.errors import DomainError
from kopdes_desktop.services.document_verification import VerificationResult, VerificationStatus
from kopdes_desktop.services.signing_service import format_fingerprint

# lupdate finds calls of a function named translate with literal arguments.
translate = QCoreApplication.translate


def verification_text(result: VerificationResult) -> str:
    """One sentence: genuine (whose), voided, changed, unknown office, or not a KopDes file."""
    d = result.details
    number = d.number or "-"
    if result.status is VerificationStatus.GENUINE:
        if d.voided:
            return translate(
                "DocumentTexts",
                "Genuine and unchanged, but number {number} has been voided: {reason}",
            ).format(number=number, reason=d.void_reason)
        if d.own_office:
            return translate(
                "DocumentTexts",
                "Genuine: document {number} was issued by this office and has not changed "
                "since (verification code {code}).",
            ).format(number=number, code=d.code)
        return translate(
            "DocumentTexts",
            "Genuine: document {number} was issued by {office} and has not changed since "
            "(verification code {code}).",
        ).format(number=number, office=d.office_name or d.area_code, code=d.code)
    if result.status is VerificationStatus.CHANGED:
        return translate(
            "DocumentTexts",
            "Changed: document {number} was altered after it was issued. Do not rely on it.",
        ).format(number=number)
    if result.status is VerificationStatus.UNKNOWN_OFFICE:
        return translate(
            "DocumentTexts",
            "Unknown office: document {number} was signed by an office this program does not "
            "know (key fingerprint {fingerprint}).",
        ).format(number=number, fingerprint=format_fingerprint(d.fingerprint))
    return translate("DocumentTexts", "Not a KopDes document: the file carries no KopDes seal.")


def _problems() -> dict[str, Callable[[], str]]:
    return {
        "documents.no_meeting": lambda: translate(
            "DocumentTexts", "This cooperative has no Muskelsus or founding meeting recorded yet."
        ),
        "documents.event_required": lambda: translate("DocumentTexts", "Choose a training first."),
        "documents.cooperative_required": lambda: translate(
            "DocumentTexts", "Choose a cooperative first."
        ),
        "documents.pattern_invalid": lambda: translate(
            "DocumentTexts",
            "The document number pattern in the settings cannot be used. Correct it under "
            "Settings.",
        ),
        "documents.number_conflict": lambda: translate(
            "DocumentTexts",
            "Another operator took the number at the same moment. Please try again.",
        ),
        "settings.no_area": lambda: translate(
            "DocumentTexts", "Choose the working area under Settings first."
        ),
    }


def document_problem(error: DomainError) -> str | None:
    """The sentence for a document problem, or None for codes handled elsewhere."""
    builder = _problems().get(error.code)
    return builder() if builder else None
