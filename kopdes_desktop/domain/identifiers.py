"""Checks of the other numbers people type (phone, NPWP, NIB, postal code, e-mail) and
Kemendagri area codes.

Every ``check_*`` function treats empty input as "not filled in" and returns no issues: these
fields are optional, and the services decide where one is required. Area codes follow
Kemendagri ``PP.KK.CC.VVVV``; BPS statistical codes differ and are not accepted as such.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kopdes_desktop.domain.enums import WilayahLevel
from kopdes_desktop.domain.errors import DomainError, Issue, error

COUNTRY_CODE = "ID"
"""Pseudo area code of the whole country (the national monitoring office)."""

_PUNCTUATION = re.compile(r"[\s.\-/()]+")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s.]+(\.[^@\s.]+)+$")
_DOTTED_CODE = re.compile(r"^\d{2}(\.\d{2}(\.\d{2}(\.\d{4})?)?)?$", re.ASCII)
_PLAIN_CODE_LENGTHS = (2, 4, 6, 10)
_PHONE_DIGITS = (9, 15)


def _strip_punctuation(text: str | None) -> str:
    """Drop spaces, dots, dashes, slashes and brackets that people type inside numbers."""
    return _PUNCTUATION.sub("", text or "")


def _is_digits(text: str, *lengths: int) -> bool:
    """True for ASCII digits only, of one of the given lengths."""
    return text.isascii() and text.isdigit() and len(text) in lengths


def normalize_phone(text: str | None) -> str:
    """Bring ``+62 812-3456-789`` / ``62812…`` to the local ``0812…`` form offices write.

    Input that is not a phone number is returned without punctuation, unchanged otherwise.
    """
    cleaned = _strip_punctuation(text)
    if cleaned.startswith("+62"):
        return "0" + cleaned[3:]
    if cleaned.startswith("62"):
        return "0" + cleaned[2:]
    return cleaned


def check_phone(text: str | None, field_name: str = "phone") -> list[Issue]:
    """Accept ``08…``, ``+62…`` and ``62…`` numbers (mobile or landline) of 9–15 digits."""
    if not (text or "").strip():
        return []
    local = normalize_phone(text)
    low, high = _PHONE_DIGITS
    ok = local.startswith("0") and _is_digits(local, *range(low, high + 1))
    return [] if ok else [error("phone.invalid", field_name)]


def normalize_npwp(text: str | None) -> str:
    """Digits of an NPWP typed as ``01.234.567.8-901.000`` or plain."""
    return _strip_punctuation(text)


def check_npwp(text: str | None, field_name: str = "npwp") -> list[Issue]:
    """NPWP has 15 digits (old form) or 16 digits (since 2024, often the NIK)."""
    if not (text or "").strip():
        return []
    ok = _is_digits(normalize_npwp(text), 15, 16)
    return [] if ok else [error("npwp.invalid", field_name)]


def check_nib(text: str | None, field_name: str = "nib") -> list[Issue]:
    """NIB (Nomor Induk Berusaha, issued by OSS) has 13 digits."""
    if not (text or "").strip():
        return []
    ok = _is_digits(_strip_punctuation(text), 13)
    return [] if ok else [error("nib.invalid", field_name)]


def check_postal_code(text: str | None, field_name: str = "postal_code") -> list[Issue]:
    """Indonesian postal codes have 5 digits."""
    if not (text or "").strip():
        return []
    ok = _is_digits((text or "").strip(), 5)
    return [] if ok else [error("postal_code.invalid", field_name)]


def check_email(text: str | None, field_name: str = "email") -> list[Issue]:
    """A deliberately simple check (one @, a dotted domain, no spaces): catches typos only."""
    if not (text or "").strip():
        return []
    ok = _EMAIL.match((text or "").strip()) is not None
    return [] if ok else [error("email.invalid", field_name)]


@dataclass(frozen=True)
class WilayahCode:
    """A Kemendagri area code split into its parts; absent parts are empty strings."""

    province: str
    regency: str
    district: str
    village: str
    level: WilayahLevel

    @property
    def code(self) -> str:
        """The dotted form stored in the database, e.g. ``31.74.07.1001`` (or ``ID``)."""
        if self.level is WilayahLevel.COUNTRY:
            return COUNTRY_CODE
        parts = (self.province, self.regency, self.district, self.village)
        return ".".join(p for p in parts if p)

    def __str__(self) -> str:
        """Print as the dotted code."""
        return self.code


_LEVELS = (
    WilayahLevel.PROVINCE,
    WilayahLevel.REGENCY,
    WilayahLevel.DISTRICT,
    WilayahLevel.VILLAGE,
)


def _split_code(text: str) -> list[str] | None:
    """Split a dotted or plain code into its parts, or None when the format is wrong."""
    if _DOTTED_CODE.match(text):
        return text.split(".")
    if text.isascii() and text.isdigit() and len(text) in _PLAIN_CODE_LENGTHS:
        bounds = ((0, 2), (2, 4), (4, 6), (6, 10))
        return [text[a:b] for a, b in bounds if b <= len(text)]
    return None


def parse_wilayah_code(text: str | None) -> WilayahCode:
    """Read ``31``, ``31.74``, ``31.74.07``, ``31.74.07.1001``, ``3174071001`` or ``ID``.

    Raises ``DomainError("wilayah.code_invalid", "area_code")`` on any other format.
    """
    cleaned = (text or "").strip()
    if cleaned.upper() == COUNTRY_CODE:
        return WilayahCode("", "", "", "", WilayahLevel.COUNTRY)
    parts = _split_code(cleaned)
    if parts is None:
        raise DomainError("wilayah.code_invalid", "area_code", value=cleaned)
    padded = [*parts, "", "", ""][:4]
    return WilayahCode(padded[0], padded[1], padded[2], padded[3], _LEVELS[len(parts) - 1])


def normalize_wilayah_code(text: str | None) -> str:
    """The dotted canonical form of any accepted spelling (``3174071001`` → ``31.74.07.1001``)."""
    return parse_wilayah_code(text).code


def code_level(code: str) -> WilayahLevel:
    """Administrative level a code denotes, from its shape alone."""
    return parse_wilayah_code(code).level


def parent_code(code: str) -> str | None:
    """Dotted code of the enclosing area: a province's parent is ``ID``; ``ID`` has none."""
    parsed = parse_wilayah_code(code)
    if parsed.level is WilayahLevel.COUNTRY:
        return None
    if parsed.level is WilayahLevel.PROVINCE:
        return COUNTRY_CODE
    return parsed.code.rsplit(".", 1)[0]


def is_kota(regency_code: str) -> bool:
    """Regency parts 71–99 are a kota (city), 01–69 a kabupaten (DOMAIN.md §5).

    Accepts any code at regency level or below; False when the code has no regency part.
    """
    parsed = parse_wilayah_code(regency_code)
    return bool(parsed.regency) and 71 <= int(parsed.regency) <= 99


def is_kelurahan(village_code: str) -> bool:
    """A village part starting with 1 is a kelurahan (KKMP), with 2 a desa (KDMP).

    Takes a full village code; False when the code has no village part.
    """
    return parse_wilayah_code(village_code).village.startswith("1")
