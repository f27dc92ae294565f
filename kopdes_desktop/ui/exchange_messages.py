"""Sentences for the codes of package export and import (context ``ExchangeMessages``).

A refused package must say why in words a kelurahan operator can act on: "signed by an office
not known yet, compare the fingerprint", not ``package.office_unknown``. Codes without a
sentence here fall back to the general error messages.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from kopdes_desktop.domain.errors import DomainError

translate = QCoreApplication.translate  # lupdate needs literal contexts


def _refused() -> dict[str, Callable[[], str]]:
    """Checks of the package file itself: damaged, unsafe or not ours."""
    return {
        "package.unreadable": lambda: translate(
            "ExchangeMessages", "The file {path} cannot be read."
        ),
        "package.not_zip": lambda: translate(
            "ExchangeMessages", "This is not a KopDes package: not a complete ZIP file."
        ),
        "package.corrupt": lambda: translate(
            "ExchangeMessages", "Package refused: the file {name} inside is damaged."
        ),
        "package.unsafe_path": lambda: translate(
            "ExchangeMessages", "Package refused: it holds a dangerous file name ({name})."
        ),
        "package.link_entry": lambda: translate(
            "ExchangeMessages", "Package refused: it holds a link ({name})."
        ),
        "package.special_entry": lambda: translate(
            "ExchangeMessages",
            "Package refused: it holds an entry that is not a plain file ({name}).",
        ),
        "package.encrypted_entry": lambda: translate(
            "ExchangeMessages", "Package refused: it holds an encrypted file ({name})."
        ),
        "package.compression_unsupported": lambda: translate(
            "ExchangeMessages", "Package refused: the compression of {name} is not supported."
        ),
        "package.duplicate_entry": lambda: translate(
            "ExchangeMessages", "Package refused: the file name {name} appears more than once."
        ),
        "package.too_many_entries": lambda: translate(
            "ExchangeMessages", "Package refused: too many files ({count}; at most {maximum})."
        ),
        "package.too_large": lambda: translate(
            "ExchangeMessages", "Package refused: its content is too large."
        ),
        "package.entry_too_large": lambda: translate(
            "ExchangeMessages", "Package refused: the file {name} is too large."
        ),
        "package.compression_ratio": lambda: translate(
            "ExchangeMessages",
            "Package refused: the file {name} expands {ratio} times (a zip bomb).",
        ),
        "package.overlapping_entries": lambda: translate(
            "ExchangeMessages", "Package refused: its files overlap each other ({name})."
        ),
        "package.unexpected_entry": lambda: translate(
            "ExchangeMessages",
            "Package refused: the file {name} is not part of the KopDes package format.",
        ),
        "package.manifest_missing": lambda: translate(
            "ExchangeMessages", "Package refused: manifest.json is missing."
        ),
        "package.manifest_invalid": lambda: translate(
            "ExchangeMessages", "Package refused: manifest.json is not valid ({item} {reason})."
        ),
        "package.format_unknown": lambda: translate(
            "ExchangeMessages", "This file is not a KopDes package."
        ),
        "package.version_unsupported": lambda: translate(
            "ExchangeMessages", "Package format version {version} is not supported; update KopDes."
        ),
        "package.revision_unknown": lambda: translate(
            "ExchangeMessages",
            "The package was made by a newer KopDes (schema {revision}); update the program.",
        ),
        "package.file_missing": lambda: translate(
            "ExchangeMessages", "Package refused: the file {name} is missing."
        ),
        "package.unlisted_entry": lambda: translate(
            "ExchangeMessages", "Package refused: the file {name} is not listed in the manifest."
        ),
        "package.size_mismatch": lambda: translate(
            "ExchangeMessages", "Package refused: the size of {name} does not match the manifest."
        ),
        "package.checksum": lambda: translate(
            "ExchangeMessages",
            "Package refused: the content of {name} does not match its checksum (damaged or "
            "altered).",
        ),
        "package.signature_invalid": lambda: translate(
            "ExchangeMessages", "Package refused: the signature is not valid (key {fingerprint})."
        ),
    }


def _content() -> dict[str, Callable[[], str]]:
    """Checks of who sent the package and whether its data fits this database."""
    return {
        "package.office_unknown": lambda: translate(
            "ExchangeMessages",
            "The package comes from an office not known yet: {office} ({area}), key "
            "fingerprint {fingerprint}.",
        ),
        "package.office_key_changed": lambda: translate(
            "ExchangeMessages",
            "Package refused: the key of office {area} changed (fingerprint {fingerprint}; "
            "known {known}).",
        ),
        "package.office_key_area": lambda: translate(
            "ExchangeMessages",
            "Package refused: key {fingerprint} belongs to office {trusted_area}, not {area}.",
        ),
        "package.nik_masked": lambda: translate(
            "ExchangeMessages",
            "This package has masked NIKs: it is for reading only and cannot be imported.",
        ),
        "package.area_outside": lambda: translate(
            "ExchangeMessages",
            "The package from area {area} lies outside the working area {working}.",
        ),
        "package.cooperative_outside": lambda: translate(
            "ExchangeMessages",
            "Package refused: the cooperative of {village} lies outside the working area "
            "{working}.",
        ),
        "package.row_invalid": lambda: translate(
            "ExchangeMessages",
            "Package refused: {table} line {line} is not valid ({column} {reason}).",
        ),
        "package.count_mismatch": lambda: translate(
            "ExchangeMessages",
            "Package refused: the number of {table} rows ({actual}) does not match the "
            "manifest ({expected}).",
        ),
        "package.attachment_missing": lambda: translate(
            "ExchangeMessages", "Package refused: an attachment is missing from the package."
        ),
        "package.attachment_mismatch": lambda: translate(
            "ExchangeMessages", "Package refused: an attachment does not match its data."
        ),
        "exchange.integrity": lambda: translate(
            "ExchangeMessages", "Package refused: its data does not fit this database ({detail})."
        ),
        "exchange.village_taken": lambda: translate(
            "ExchangeMessages",
            "Package refused: {village} already has another cooperative in this database.",
        ),
        "exchange.plan_stale": lambda: translate(
            "ExchangeMessages", "The file {file} changed since the preview; open it again."
        ),
        "exchange.conflicts_unresolved": lambda: translate(
            "ExchangeMessages", "{count} conflicts have no choice yet; nothing was imported."
        ),
        "exchange.cooperative_unknown": lambda: translate(
            "ExchangeMessages", "There is no cooperative for {village}."
        ),
        "exchange.attachment_missing": lambda: translate(
            "ExchangeMessages",
            "An attachment file is missing from the data folder; the export was stopped.",
        ),
        "exchange.attachment_corrupt": lambda: translate(
            "ExchangeMessages", "An attachment file is damaged; the export was stopped."
        ),
        "exchange.write_verify_failed": lambda: translate(
            "ExchangeMessages",
            "The package just written failed its check; no older file was replaced.",
        ),
        "exchange.cancelled": lambda: translate("ExchangeMessages", "Cancelled."),
        "settings.no_area": lambda: translate(
            "ExchangeMessages", "Choose the working area first (Settings)."
        ),
    }


class _Blank(dict[str, str]):
    def __missing__(self, key: str) -> str:
        return ""


def exchange_error_text(exc: DomainError) -> str:
    """The sentence for an export or import problem."""
    builder = {**_refused(), **_content()}.get(exc.code)
    if builder is None:
        from kopdes_desktop.ui.spreadsheet_messages import sheet_error_text

        return sheet_error_text(exc)
    return builder().format_map(_Blank({k: str(v) for k, v in exc.params.items()}))
