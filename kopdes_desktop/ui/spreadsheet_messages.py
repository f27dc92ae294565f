"""Sentences for the codes of spreadsheet imports and exports (context ``SpreadsheetMessages``).

The member import reports problems of cells (a NIK stored as a number, "X" as a sex), of
rows (a NIK twice in the file, already a member) and of whole files (no sheet with the
expected headers). Codes that the person rules share (``nik.length``…) already have their
sentence in ``issue_messages``; this module adds the spreadsheet ones and falls back there.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication

from kopdes_desktop.domain.errors import DomainError, Issue
from kopdes_desktop.ui.issue_messages import has_message, issue_text

translate = QCoreApplication.translate  # lupdate needs literal contexts


def _catalogue() -> dict[str, Callable[[], str]]:
    """Code → translated template, built per call so the current language is used."""
    return {
        "members_sheet.nik_number": lambda: translate(
            "SpreadsheetMessages",
            "The NIK must be written as text, not as a number: a spreadsheet keeps only 15 "
            "digits ({value}). Format the column as Text and type the NIK again.",
        ),
        "members_sheet.required": lambda: translate(
            "SpreadsheetMessages", "The column {column} must be filled in."
        ),
        "members_sheet.sex_invalid": lambda: translate(
            "SpreadsheetMessages", '"{value}" is not a sex; write L or P.'
        ),
        "members_sheet.founder_invalid": lambda: translate(
            "SpreadsheetMessages", '"{value}" is not understood; write Ya or Tidak.'
        ),
        "members_sheet.duplicate_in_file": lambda: translate(
            "SpreadsheetMessages", "This NIK also appears in row {rows} of the file."
        ),
        "members_sheet.village_unknown": lambda: translate(
            "SpreadsheetMessages",
            "The kelurahan/desa code {value} is unknown; see the Kode Wilayah sheet.",
        ),
        "members_sheet.outside_village": lambda: translate(
            "SpreadsheetMessages", "Lives outside the cooperative's kelurahan ({village})."
        ),
        "members_sheet.person_name_differs": lambda: translate(
            "SpreadsheetMessages",
            "This NIK is already recorded as {name}; that person's record is used.",
        ),
        "members_sheet.member_number_taken": lambda: translate(
            "SpreadsheetMessages", "Member number {number} is already used in this cooperative."
        ),
        "members_sheet.member_number_repeated": lambda: translate(
            "SpreadsheetMessages", "Member number {number} also appears in row {rows}."
        ),
        "members_sheet.no_header": lambda: translate(
            "SpreadsheetMessages",
            "No sheet has the column headers {expected} (sheets: {sheets}). Start from the "
            "template.",
        ),
        "members_sheet.unreadable": lambda: translate(
            "SpreadsheetMessages", "The file {path} cannot be read as a spreadsheet."
        ),
        "members_sheet.xls_unsupported": lambda: translate(
            "SpreadsheetMessages",
            "The file {path} is an old .xls workbook; save it again as .xlsx.",
        ),
        "members_sheet.unsupported_type": lambda: translate(
            "SpreadsheetMessages", "The file {path} is not .xlsx or .csv."
        ),
        "members_sheet.too_large": lambda: translate(
            "SpreadsheetMessages", "The file {path} is too large."
        ),
        "members_sheet.too_many_rows": lambda: translate(
            "SpreadsheetMessages", "The file has more than {maximum} rows of data."
        ),
        "members_sheet.empty": lambda: translate(
            "SpreadsheetMessages", "The file {path} holds no member rows."
        ),
        "members_sheet.annotated_is_source": lambda: translate(
            "SpreadsheetMessages", "The annotated copy must not replace the original file ({path})."
        ),
        "members_import.has_errors": lambda: translate(
            "SpreadsheetMessages", "{count} rows still have errors; nothing was saved."
        ),
        "members.already_member": lambda: translate(
            "SpreadsheetMessages", "Already a member of this cooperative ({name})."
        ),
        "file.write_failed": lambda: translate(
            "SpreadsheetMessages", "The file {path} could not be written: {reason}"
        ),
        "rekap.cancelled": lambda: translate(
            "SpreadsheetMessages", "The recapitulation was cancelled."
        ),
    }


class _Blank(dict[str, str]):
    def __missing__(self, key: str) -> str:
        return ""


def _format(code: str, params: Mapping[str, Any]) -> str | None:
    builder = _catalogue().get(code)
    if builder is None:
        return None
    return builder().format_map(_Blank({k: str(v) for k, v in params.items()}))


def sheet_issue_text(issue: Issue) -> str:
    """The sentence for a row problem of a spreadsheet import."""
    text = _format(issue.code, issue.params)
    return text if text is not None else issue_text(issue)


def sheet_error_text(exc: DomainError) -> str:
    """The sentence for a file-level problem (or any expected error) of an import."""
    text = _format(exc.code, exc.params)
    if text is not None:
        return text
    if has_message(exc.code):
        return issue_text(Issue(exc.code, exc.field, params=exc.params))
    from kopdes_desktop.ui.dialogs.error_dialog import message_for

    return message_for(exc)
