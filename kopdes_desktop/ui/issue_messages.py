"""Sentences for the stable issue codes of domain/ and services/ (ARCHITECTURE convention 5).

Domain code says *what* is wrong as a code plus parameters (``nik.length``, ``length=15``);
only here does it become a sentence, translated through Qt (context ``IssueMessages``) so the
operator reads Indonesian next to the field. Parameters that are themselves codes (roles,
bodies, sex, ISO dates, field names) are turned into words before formatting.

Use ``issue_text(issue)`` for an ``Issue`` and ``error_text(exc)`` for a ``DomainError``;
``issues_of(exc)`` turns any ``DomainError`` into the issues a form can place next to fields.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication

from kopdes_desktop.domain.enums import BoardRole, Body, Severity, Sex
from kopdes_desktop.domain.errors import DomainError, Issue, ValidationError

log = logging.getLogger(__name__)
translate = QCoreApplication.translate  # lupdate needs literal contexts

_Builder = Callable[[], str]


def _catalogue() -> dict[str, _Builder]:
    """Code → untranslated-at-import template. Built per call so the current language is used."""
    return {
        # NIK and persons
        "nik.empty": lambda: translate("IssueMessages", "Type the NIK (16 digits)."),
        "nik.not_digits": lambda: translate("IssueMessages", "A NIK has digits only."),
        "nik.length": lambda: translate(
            "IssueMessages", "A NIK has {expected} digits; {length} were typed."
        ),
        "nik.province_unknown": lambda: translate(
            "IssueMessages", "A NIK cannot start with {province}: no province has that code."
        ),
        "nik.birth_day": lambda: translate(
            "IssueMessages",
            "Digits 7–8 of the NIK ({day}) are not a birth day (01–31, women 41–71).",
        ),
        "nik.birth_month": lambda: translate(
            "IssueMessages", "Digits 9–10 of the NIK ({month}) are not a birth month (01–12)."
        ),
        "nik.birth_date_invalid": lambda: translate(
            "IssueMessages",
            "The NIK holds a birth date that does not exist ({day}-{month}-{year}).",
        ),
        "nik.serial_zero": lambda: translate(
            "IssueMessages", "The last four digits of a NIK cannot be 0000."
        ),
        "nik.birth_date_mismatch": lambda: translate(
            "IssueMessages",
            "The NIK says born on {nik_birth_date}; check the birth date or the NIK.",
        ),
        "nik.sex_mismatch": lambda: translate(
            "IssueMessages", "The NIK says {nik_sex}; check the sex or the NIK."
        ),
        "person.name_empty": lambda: translate("IssueMessages", "Type the full name."),
        "person.birth_date_future": lambda: translate(
            "IssueMessages", "The birth date lies in the future."
        ),
        "person.not_found": lambda: translate(
            "IssueMessages", "This person is no longer in the database."
        ),
        "phone.invalid": lambda: translate(
            "IssueMessages", "Not a phone number: type 08… or +62… with 9 to 15 digits."
        ),
        "email.invalid": lambda: translate("IssueMessages", "Not a valid e-mail address."),
        "date.invalid": lambda: translate(
            "IssueMessages", '"{value}" is not a date; type dd-mm-yyyy.'
        ),
        "date.month_invalid": lambda: translate("IssueMessages", "Month {month} does not exist."),
        "time.invalid": lambda: translate(
            "IssueMessages", '"{value}" is not a time; type e.g. 13.00.'
        ),
        "number.too_large": lambda: translate("IssueMessages", "The number is too large."),
        "wilayah.code_invalid": lambda: translate(
            "IssueMessages", '"{value}" is not an area code; use a code like 31.74.07.1001.'
        ),
        # Checks of the forms themselves (not raised by services)
        "village.not_chosen": lambda: translate(
            "IssueMessages",
            "Choose the village from the list that opens while typing, or clear the field.",
        ),
        # Cooperative identity and legality
        "name.empty": lambda: translate("IssueMessages", "Type the cooperative's name."),
        "name.format": lambda: translate(
            "IssueMessages",
            'The usual name form is "Koperasi Kelurahan/Desa Merah Putih" + '
            "the name of the village ({expected}).",
        ),
        "npwp.invalid": lambda: translate("IssueMessages", "An NPWP has 15 or 16 digits."),
        "nib.invalid": lambda: translate("IssueMessages", "A NIB has 13 digits."),
        "postal_code.invalid": lambda: translate("IssueMessages", "A postal code has 5 digits."),
        "cooperative.dates_order": lambda: translate(
            "IssueMessages", "This date cannot be before the {after}."
        ),
        "cooperative.not_found": lambda: translate(
            "IssueMessages", "The cooperative is no longer in the database."
        ),
        "cooperative.village_taken": lambda: translate(
            "IssueMessages",
            "A cooperative is already recorded for this village or urban ward ({village}).",
        ),
        # Founders, members, board
        "founders.too_few": lambda: translate(
            "IssueMessages", "At least {minimum} founders are needed; {count} recorded."
        ),
        "founders.outside_village": lambda: translate(
            "IssueMessages",
            "Founder {name} does not live in this village or urban ward (by address).",
        ),
        "members.duplicate_nik": lambda: translate(
            "IssueMessages", "The NIK {nik} is already a current member of this cooperative."
        ),
        "members.duplicate_person": lambda: translate(
            "IssueMessages", "{name} is already a current member of this cooperative."
        ),
        "membership.dates_order": lambda: translate(
            "IssueMessages", "The date of leaving cannot be before the date of joining."
        ),
        "membership.not_found": lambda: translate(
            "IssueMessages", "This membership is no longer in the database."
        ),
        "board.pengurus_too_few": lambda: translate(
            "IssueMessages", "The pengurus needs at least {minimum} people; {count} recorded."
        ),
        "board.pengurus_even": lambda: translate(
            "IssueMessages", "The pengurus must have an odd number of people; {count} recorded."
        ),
        "board.role_missing": lambda: translate(
            "IssueMessages", "Nobody holds the role {role} in the pengurus."
        ),
        "board.role_duplicate": lambda: translate(
            "IssueMessages", "{count} people hold the role {role} in the {body} at the same time."
        ),
        "board.role_taken": lambda: translate(
            "IssueMessages", "Someone else already holds the role {role} in this period."
        ),
        "board.role_body_mismatch": lambda: translate(
            "IssueMessages", "The role {role} does not belong to the {body}."
        ),
        "board.already_seated": lambda: translate(
            "IssueMessages", "This person already holds the role {role} in this period."
        ),
        "board.both_bodies": lambda: translate(
            "IssueMessages", "{name} cannot sit in both the pengurus and the pengawas."
        ),
        "board.not_member": lambda: translate(
            "IssueMessages", "{name} sits in the pengurus but is not a member."
        ),
        "board.no_woman": lambda: translate(
            "IssueMessages", "No woman sits in the pengurus or pengawas; women must be represented."
        ),
        "board.ketua_pengawas_not_lurah": lambda: translate(
            "IssueMessages", "The lurah must be recorded as ketua pengawas (ex officio)."
        ),
        "board.ketua_pengawas_name": lambda: translate(
            "IssueMessages",
            "The ketua pengawas ({name}) is not the lurah named in the settings ({lurah_name}).",
        ),
        "board.dates_order": lambda: translate(
            "IssueMessages", "The end date cannot be before the start date."
        ),
        # Capital
        "capital.pokok_missing": lambda: translate(
            "IssueMessages",
            "The simpanan pokok amount is not recorded yet (it is set at the Muskelsus).",
        ),
        "capital.pokok_not_positive": lambda: translate(
            "IssueMessages", "Simpanan pokok must be more than Rp0."
        ),
        "capital.simpanan_pokok_not_positive": lambda: translate(
            "IssueMessages", "Simpanan pokok must be more than Rp0."
        ),
        "capital.wajib_not_positive": lambda: translate(
            "IssueMessages", "Simpanan wajib must be more than Rp0."
        ),
        "capital.simpanan_wajib_not_positive": lambda: translate(
            "IssueMessages", "Simpanan wajib must be more than Rp0."
        ),
        "capital.initial_capital_not_positive": lambda: translate(
            "IssueMessages", "Initial capital must be more than Rp0."
        ),
        "capital.amount_not_positive": lambda: translate(
            "IssueMessages", "The amount must be more than Rp0."
        ),
        # Meetings
        "meeting.attendance_negative": lambda: translate(
            "IssueMessages", "The attendance count cannot be negative."
        ),
        "meeting.start_time_invalid": lambda: translate(
            "IssueMessages", '"{value}" is not a time; type e.g. 13.00.'
        ),
        "meeting.chairs_count": lambda: translate(
            "IssueMessages", "A Muskelsus usually has {expected} meeting chairs; {count} recorded."
        ),
        "meeting.attendee_duplicate": lambda: translate(
            "IssueMessages", "This person is already on the attendance list."
        ),
        "meeting.attendee_name_required": lambda: translate(
            "IssueMessages", "Type the attendee's name."
        ),
        "meeting.attendee_wrong_meeting": lambda: translate(
            "IssueMessages", "This attendee belongs to another meeting."
        ),
        "meeting.date_required": lambda: translate(
            "IssueMessages", "Type the date of the meeting (dd-mm-yyyy)."
        ),
        # Training and mentoring
        "training.title_required": lambda: translate(
            "IssueMessages", "Type the title of the training."
        ),
        "training.dates_order": lambda: translate(
            "IssueMessages", "The end date cannot be before the start date."
        ),
        "training.hours_not_positive": lambda: translate(
            "IssueMessages", "The number of hours must be more than 0."
        ),
        "training.attendance_outside": lambda: translate(
            "IssueMessages", "{date} lies outside the training ({start} to {end})."
        ),
        "training.score_range": lambda: translate(
            "IssueMessages", "A score lies between {minimum} and {maximum}; {score} was typed."
        ),
        "training.certificate_dates": lambda: translate(
            "IssueMessages", "The certificate cannot expire before it was issued."
        ),
        "training.participant_duplicate": lambda: translate(
            "IssueMessages", "This person is already a participant of the training."
        ),
        "training.event_not_found": lambda: translate(
            "IssueMessages", "The training is no longer in the database."
        ),
        "mentoring.mentor_required": lambda: translate("IssueMessages", "Type the mentor's name."),
        # Business units
        "unit.name_required": lambda: translate(
            "IssueMessages", "Type the name of the business unit."
        ),
        "unit.opening_date_required": lambda: translate(
            "IssueMessages", "An operating unit needs its opening date."
        ),
        # Formation stages (Beranda checklist)
        "stage.need_sosialisasi": lambda: translate(
            "IssueMessages", "Record the outreach meeting (sosialisasi)."
        ),
        "stage.need_muskelsus": lambda: translate(
            "IssueMessages", "Record the Muskelsus or the founders' meeting."
        ),
        "stage.need_name_reserved": lambda: translate(
            "IssueMessages", "Record the date the name was reserved."
        ),
        "stage.need_deed": lambda: translate(
            "IssueMessages", "Record the notarial deed (number and date)."
        ),
        "stage.need_sk_ahu": lambda: translate(
            "IssueMessages", "Record the SK AHU (number and date)."
        ),
        "stage.need_npwp": lambda: translate("IssueMessages", "Record the NPWP."),
        "stage.need_nib": lambda: translate("IssueMessages", "Record the NIB."),
        "stage.need_bank": lambda: translate("IssueMessages", "Record the bank account."),
        "stage.need_simkopdes": lambda: translate("IssueMessages", "Record the SIMKOPDES account."),
        "stage.need_operating_unit": lambda: translate(
            "IssueMessages", "Record a business unit that is operating."
        ),
        "stage.need_rat": lambda: translate(
            "IssueMessages", "Record the annual members' meeting (RAT)."
        ),
        # Attachments
        "attachment.empty": lambda: translate("IssueMessages", "The file is empty."),
        "attachment.too_large": lambda: translate(
            "IssueMessages", "The file is too large ({size}); at most {maximum} can be attached."
        ),
        "attachment.type_not_allowed": lambda: translate(
            "IssueMessages", "{name}: only PDF, JPG and PNG files can be attached."
        ),
        "attachment.source_missing": lambda: translate(
            "IssueMessages", "The file {path} does not exist."
        ),
        "attachment.source_not_file": lambda: translate("IssueMessages", "{path} is not a file."),
        "attachment.read_failed": lambda: translate(
            "IssueMessages", "The file {path} cannot be read: {reason}"
        ),
        "attachment.write_failed": lambda: translate(
            "IssueMessages", "The file could not be stored in the data folder: {reason}"
        ),
        "attachment.missing": lambda: translate(
            "IssueMessages", "The stored copy of this attachment is missing from the data folder."
        ),
        "attachment.corrupt": lambda: translate(
            "IssueMessages", "The stored copy of this attachment is damaged."
        ),
        "attachment.kind_too_long": lambda: translate(
            "IssueMessages", "The attachment kind is too long (at most {maximum} characters)."
        ),
        "attachment.owner_type_invalid": lambda: translate(
            "IssueMessages", "The attachment does not belong to a known kind of record."
        ),
        "attachment.owner_id_invalid": lambda: translate(
            "IssueMessages", "The attachment does not belong to a valid record."
        ),
        # Office settings and document numbers (Pengaturan)
        "date.required": lambda: translate("IssueMessages", "Type the date as dd-mm-yyyy."),
        "documents.pattern_invalid": lambda: translate(
            "IssueMessages", "This number pattern cannot be used; check its braces."
        ),
        "documents.pattern_unknown_placeholder": lambda: translate(
            "IssueMessages", "{name} is not a known placeholder. Use {allowed}."
        ),
        "documents.pattern_no_seq": lambda: translate(
            "IssueMessages", "The pattern needs the sequence number (seq) so that numbers differ."
        ),
        "documents.pattern_no_year": lambda: translate(
            "IssueMessages",
            "Without the year, next year's numbers repeat this year's (numbers restart yearly).",
        ),
        "settings.nip_format": lambda: translate("IssueMessages", "A NIP has {digits} digits."),
        "settings.logo_not_image": lambda: translate(
            "IssueMessages", "The logo must be a PNG or JPG image."
        ),
        "settings.logo_too_large": lambda: translate(
            "IssueMessages", "The file is too large for a logo; choose an image under 5 MB."
        ),
        "settings.logo_unreadable": lambda: translate("IssueMessages", "The file cannot be read."),
        "settings.language_unknown": lambda: translate(
            "IssueMessages", "Unknown language {language}."
        ),
        # Records in general, accounts, demo data
        "record.not_found": lambda: translate(
            "IssueMessages", "The record is no longer in the database."
        ),
        "record.deleted": lambda: translate(
            "IssueMessages", "The record was deleted in the meantime and cannot be changed."
        ),
        "user.exists": lambda: translate("IssueMessages", "The user name {username} is taken."),
        "user.username_invalid": lambda: translate(
            "IssueMessages",
            "A user name has letters and digits only (dots, dashes and underscores are allowed).",
        ),
        "user.password_short": lambda: translate(
            "IssueMessages", "A password needs at least {minimum} characters."
        ),
        "demo.villages_invalid": lambda: translate(
            "IssueMessages", "Choose at least one village for demo data."
        ),
        "demo.too_few_members": lambda: translate(
            "IssueMessages", "Demo data needs at least {minimum} members per village."
        ),
        "demo.too_many_members": lambda: translate(
            "IssueMessages", "Demo data allows at most {maximum} members per village."
        ),
        "demo.too_many_villages": lambda: translate(
            "IssueMessages",
            "Only {available} villages without a cooperative are left for demo data.",
        ),
    }


def _field_label(name: str) -> str:
    """Words for a field name used as a parameter (e.g. ``after="deed_date"``)."""
    labels = {
        "deed_date": translate("IssueMessages", "date of the notarial deed"),
        "sk_ahu_date": translate("IssueMessages", "date of the SK AHU"),
    }
    return labels.get(name, name)


def _sex_words(code: object) -> str:
    if str(code) == Sex.FEMALE.value:
        return translate("IssueMessages", "female (P)")
    return translate("IssueMessages", "male (L)")


def _date_text(value: object) -> str:
    """ISO dates in parameters read ``dd-mm-yyyy``, as the operator types them."""
    try:
        return date.fromisoformat(str(value)).strftime("%d-%m-%Y")
    except ValueError:
        return str(value)


def _size_text(value: object) -> str:
    try:
        return f"{int(str(value)) / (1024 * 1024):.1f} MB".replace(".", ",")
    except ValueError:
        return str(value)


def _readable(code: str, params: Mapping[str, Any]) -> dict[str, str]:
    """Parameters as words: roles, bodies, sex, dates and sizes."""
    from kopdes_desktop.ui.display_names import body_name, role_name

    out: dict[str, str] = {}
    for key, value in params.items():
        text = str(value)
        if key == "role" and text in BoardRole._value2member_map_:
            text = role_name(BoardRole(text))
        elif key in ("body", "other_body") and text in Body._value2member_map_:
            text = body_name(Body(text))
        elif key == "nik_sex":
            text = _sex_words(value)
        elif key in ("nik_birth_date", "date", "start", "end"):
            text = _date_text(value)
        elif key == "after":
            text = _field_label(text)
        elif code == "attachment.too_large" and key in ("size", "maximum"):
            text = _size_text(value)
        out[key] = text
    return out


class _Blank(dict[str, str]):
    """A parameter the code did not supply shows as nothing instead of raising."""

    def __missing__(self, key: str) -> str:
        log.warning("issue message lacks parameter %s", key)
        return ""


def has_message(code: str) -> bool:
    """True when the catalogue knows ``code``."""
    return code in _catalogue()


def message_text(code: str, params: Mapping[str, Any] | None = None) -> str:
    """The translated sentence for ``code`` (a generic sentence naming the code otherwise)."""
    builder = _catalogue().get(code)
    if builder is None:
        from kopdes_desktop.ui.environment_messages import environment_text

        environment = environment_text(code, params)  # disk full, locked database, backups
        if environment is not None:
            return environment
        log.warning("no message for issue code %s", code)
        return translate("IssueMessages", "The entry is not accepted ({code}).").format(code=code)
    return builder().format_map(_Blank(_readable(code, params or {})))


def issue_text(issue: Issue) -> str:
    """One issue as a translated Indonesian sentence, e.g. for a ``FieldMessage``."""
    return message_text(issue.code, issue.params)


def error_text(exc: DomainError) -> str:
    """A ``DomainError`` (first error of a ``ValidationError``) as a sentence."""
    issues = issues_of(exc)
    first = next((i for i in issues if i.is_error), issues[0] if issues else None)
    return issue_text(first) if first else message_text(exc.code, exc.params)


def issues_of(exc: DomainError) -> list[Issue]:
    """Every issue carried by a ``DomainError``: a ValidationError's list, else one error."""
    if isinstance(exc, ValidationError):
        return list(exc.issues)
    return [Issue(exc.code, exc.field, Severity.ERROR, dict(exc.params))]
