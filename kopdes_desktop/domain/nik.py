"""NIK (Nomor Induk Kependudukan): parse, check against entered data, mask and generate.

A NIK is 16 digits ``PPKKCC DDMMYY SSSS``: the province, regency and district where it was first
issued, the birth day (women: day + 40), month and two-digit year, and a serial number. The
region is where the NIK was issued, not where the person lives, so domicile is never checked
here. Region parts are returned as dotted Kemendagri codes (``31``, ``31.74``, ``31.74.07``) so
they compare directly with the wilayah reference data.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from kopdes_desktop.domain.enums import Sex
from kopdes_desktop.domain.errors import Issue, error, warning

NIK_LENGTH = 16
"""Number of digits of a NIK."""

FEMALE_DAY_OFFSET = 40
"""Women's NIKs carry the birth day plus 40 (41–71)."""

# fmt: off
KNOWN_PROVINCE_CODES: frozenset[str] = frozenset({
    "11", "12", "13", "14", "15", "16", "17", "18", "19", "21", "31", "32", "33",
    "34", "35", "36", "51", "52", "53", "61", "62", "63", "64", "65", "71", "72",
    "73", "74", "75", "76", "81", "82", "91", "92", "93", "94", "95", "96",
})
# fmt: on
"""The 38 Kemendagri province codes (2025); a NIK must start with one of them."""

_SEPARATORS = re.compile(r"[\s.\-]+")
_FIELD = "nik"


@dataclass(frozen=True)
class NikInfo:
    """What a valid NIK tells: issuing region, birth date, sex and serial."""

    nik: str
    province_code: str
    regency_code: str
    district_code: str
    birth_date: date | None
    sex: Sex
    serial: str


def normalize_nik(text: str | None) -> str:
    """Remove the spaces, dots and dashes people type when copying a NIK from a KTP."""
    return _SEPARATORS.sub("", text or "")


def _century_year(yy: int, month: int, day: int, today: date) -> int:
    """Pick the century that keeps the birth date from lying in the future."""
    year = 2000 + yy
    if (year, month, day) > (today.year, today.month, today.day):
        year -= 100
    return year


def _shape_issues(nik: str) -> list[Issue]:
    """Issues of the raw shape (empty, non-digits, length); the rest needs a good shape."""
    if not nik:
        return [error("nik.empty", _FIELD)]
    if not nik.isascii() or not nik.isdigit():
        return [error("nik.not_digits", _FIELD)]
    if len(nik) != NIK_LENGTH:
        return [error("nik.length", _FIELD, length=len(nik), expected=NIK_LENGTH)]
    return []


def parse_nik(text: str | None, today: date | None = None) -> tuple[NikInfo | None, list[Issue]]:
    """Validate a NIK and derive its facts; info is None whenever an error was found."""
    nik = normalize_nik(text)
    issues = _shape_issues(nik)
    if issues:
        return None, issues
    today = today or date.today()
    province = nik[0:2]
    raw_day, month, yy = int(nik[6:8]), int(nik[8:10]), int(nik[10:12])
    sex = Sex.FEMALE if raw_day > FEMALE_DAY_OFFSET else Sex.MALE
    day = raw_day - FEMALE_DAY_OFFSET if sex is Sex.FEMALE else raw_day
    if province not in KNOWN_PROVINCE_CODES:
        issues.append(error("nik.province_unknown", _FIELD, province=province))
    if not 1 <= day <= 31:
        issues.append(error("nik.birth_day", _FIELD, day=raw_day))
    if not 1 <= month <= 12:
        issues.append(error("nik.birth_month", _FIELD, month=month))
    birth: date | None = None
    if 1 <= day <= 31 and 1 <= month <= 12:
        year = _century_year(yy, month, day, today)
        try:
            birth = date(year, month, day)
        except ValueError:
            issues.append(error("nik.birth_date_invalid", _FIELD, day=day, month=month, year=year))
    if nik[12:] == "0000":
        issues.append(error("nik.serial_zero", _FIELD))
    if issues:
        return None, issues
    info = NikInfo(
        nik=nik,
        province_code=province,
        regency_code=f"{province}.{nik[2:4]}",
        district_code=f"{province}.{nik[2:4]}.{nik[4:6]}",
        birth_date=birth,
        sex=sex,
        serial=nik[12:],
    )
    return info, []


def check_nik_against(info: NikInfo, birth_date: date | None, sex: Sex | None) -> list[Issue]:
    """Warn when the entered birth date or sex disagree with the NIK (typos are common).

    Only day, month and the two-digit year are compared: the NIK does not say the century.
    """
    issues: list[Issue] = []
    nb = info.birth_date
    if birth_date is not None and nb is not None:
        same = (nb.day, nb.month, nb.year % 100) == (
            birth_date.day,
            birth_date.month,
            birth_date.year % 100,
        )
        if not same:
            issues.append(
                warning("nik.birth_date_mismatch", "birth_date", nik_birth_date=nb.isoformat())
            )
    if sex is not None and sex is not info.sex:
        issues.append(warning("nik.sex_mismatch", "sex", nik_sex=info.sex.value))
    return issues


def mask_nik(nik: str | None) -> str:
    """Hide the birth date and district part for papers and files leaving the office (UU PDP)."""
    digits = normalize_nik(nik)
    if len(digits) <= 8:
        return "*" * len(digits)
    return digits[:4] + "*" * (len(digits) - 8) + digits[-4:]


def make_nik(district_code6: str, birth_date: date, sex: Sex, serial: int) -> str:
    """Build a valid NIK agreeing with the given facts, for demo and test data generators.

    ``district_code6`` may be dotted (``31.74.07``) or plain (``317407``); ``serial`` is 1–9999.
    A bad argument is a programming error and raises ``ValueError``.
    """
    district = normalize_nik(district_code6)
    if len(district) != 6 or not district.isdigit() or district[:2] not in KNOWN_PROVINCE_CODES:
        raise ValueError(f"bad district code {district_code6!r}")
    if not 1 <= serial <= 9999:
        raise ValueError(f"serial out of range: {serial}")
    day = birth_date.day + (FEMALE_DAY_OFFSET if sex is Sex.FEMALE else 0)
    return f"{district}{day:02d}{birth_date.month:02d}{birth_date.year % 100:02d}{serial:04d}"
