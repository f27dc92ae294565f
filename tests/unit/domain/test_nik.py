"""NIK parsing, agreement checks, masking and generation."""

from __future__ import annotations

from datetime import date

import pytest

from kopdes_desktop.domain.enums import Severity, Sex
from kopdes_desktop.domain.nik import (
    KNOWN_PROVINCE_CODES,
    NikInfo,
    check_nik_against,
    make_nik,
    mask_nik,
    normalize_nik,
    parse_nik,
)

TODAY = date(2026, 11, 27)


def test_there_are_38_province_codes() -> None:
    assert len(KNOWN_PROVINCE_CODES) == 38
    assert {"11", "31", "96"} <= KNOWN_PROVINCE_CODES
    assert "99" not in KNOWN_PROVINCE_CODES


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("3174074506950001", "3174074506950001"),
        (" 3174 0745 0695 0001 ", "3174074506950001"),
        ("3174.0745.0695.0001", "3174074506950001"),
        ("317407-450695-0001", "3174074506950001"),
        ("3174\t07450695\n0001", "3174074506950001"),
        ("", ""),
        (None, ""),
    ],
)
def test_normalize_nik(text: str | None, expected: str) -> None:
    assert normalize_nik(text) == expected


@pytest.mark.parametrize(
    ("text", "birth", "sex", "serial"),
    [
        ("3174074506950001", date(1995, 6, 5), Sex.FEMALE, "0001"),
        ("3174 0745 0695 0001", date(1995, 6, 5), Sex.FEMALE, "0001"),
        ("3174.0745.0695.0001", date(1995, 6, 5), Sex.FEMALE, "0001"),
        ("3174071708800012", date(1980, 8, 17), Sex.MALE, "0012"),
        ("3174077112850003", date(1985, 12, 31), Sex.FEMALE, "0003"),
        ("3174070101250001", date(2025, 1, 1), Sex.MALE, "0001"),
        ("3174072711260001", date(2026, 11, 27), Sex.MALE, "0001"),  # born today
        ("3174072811260001", date(1926, 11, 28), Sex.MALE, "0001"),  # tomorrow: last century
        ("3174072902000001", date(2000, 2, 29), Sex.MALE, "0001"),  # 2000 was a leap year
        ("3174076902960009", date(1996, 2, 29), Sex.FEMALE, "0009"),
    ],
)
def test_parse_valid_nik(text: str, birth: date, sex: Sex, serial: str) -> None:
    info, issues = parse_nik(text, TODAY)
    assert issues == []
    assert info == NikInfo(
        nik=normalize_nik(text),
        province_code="31",
        regency_code="31.74",
        district_code="31.74.07",
        birth_date=birth,
        sex=sex,
        serial=serial,
    )


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("", ["nik.empty"]),
        ("   ", ["nik.empty"]),
        (None, ["nik.empty"]),
        ("31740745069500a1", ["nik.not_digits"]),
        ("３１７４０７４５０６９５０００１", ["nik.not_digits"]),  # full-width digits
        ("317407450695001", ["nik.length"]),
        ("31740745069500011", ["nik.length"]),
        ("9974074506950001", ["nik.province_unknown"]),
        ("0074074506950001", ["nik.province_unknown"]),
        ("3174070113950001", ["nik.birth_month"]),
        ("3174070100950001", ["nik.birth_month"]),
        ("3174073206950001", ["nik.birth_day"]),
        ("3174070006950001", ["nik.birth_day"]),
        ("3174074006950001", ["nik.birth_day"]),  # 40: neither a man's nor a woman's day
        ("3174077206950001", ["nik.birth_day"]),  # woman, day 32
        ("3174073102950001", ["nik.birth_date_invalid"]),  # 31 February
        ("3174077102950001", ["nik.birth_date_invalid"]),  # woman, 31 February
        ("3174072902010001", ["nik.birth_date_invalid"]),  # 2001 is no leap year
        ("3174073104950001", ["nik.birth_date_invalid"]),  # 31 April
        ("3174074506950000", ["nik.serial_zero"]),
        (
            "9974073213950000",
            [
                "nik.province_unknown",
                "nik.birth_day",
                "nik.birth_month",
                "nik.serial_zero",
            ],
        ),
    ],
)
def test_parse_invalid_nik(text: str | None, codes: list[str]) -> None:
    info, issues = parse_nik(text, TODAY)
    assert info is None
    assert [i.code for i in issues] == codes
    assert all(i.field == "nik" and i.severity is Severity.ERROR for i in issues)


def test_length_issue_carries_length() -> None:
    _, issues = parse_nik("3174 0745 0695 001", TODAY)
    assert issues[0].params["length"] == 15


@pytest.mark.parametrize(
    ("today", "year"),
    [
        (date(2026, 1, 1), 2025),
        (date(2025, 1, 1), 2025),
        (date(2024, 12, 31), 1925),
    ],
)
def test_century_follows_today(today: date, year: int) -> None:
    info, _ = parse_nik("3174070101250001", today)
    assert info is not None and info.birth_date == date(year, 1, 1)


def test_parse_defaults_to_the_real_today() -> None:
    info, issues = parse_nik("3174074506950001")
    assert issues == [] and info is not None and info.birth_date == date(1995, 6, 5)


@pytest.mark.parametrize(
    ("birth", "sex", "codes"),
    [
        (date(1995, 6, 5), Sex.FEMALE, []),
        (None, None, []),
        (date(1895, 6, 5), Sex.FEMALE, []),  # the NIK does not say the century
        (date(1995, 6, 6), Sex.FEMALE, ["nik.birth_date_mismatch"]),
        (date(1995, 5, 5), None, ["nik.birth_date_mismatch"]),
        (date(1996, 6, 5), Sex.FEMALE, ["nik.birth_date_mismatch"]),
        (date(1995, 6, 5), Sex.MALE, ["nik.sex_mismatch"]),
        (date(1994, 6, 5), Sex.MALE, ["nik.birth_date_mismatch", "nik.sex_mismatch"]),
    ],
)
def test_check_nik_against(birth: date | None, sex: Sex | None, codes: list[str]) -> None:
    info, _ = parse_nik("3174074506950001", TODAY)
    assert info is not None
    issues = check_nik_against(info, birth, sex)
    assert [i.code for i in issues] == codes
    assert all(i.severity is Severity.WARNING for i in issues)
    fields = {"nik.birth_date_mismatch": "birth_date", "nik.sex_mismatch": "sex"}
    assert [i.field for i in issues] == [fields[c] for c in codes]


@pytest.mark.parametrize(
    ("nik", "masked"),
    [
        ("3174074506950001", "3174********0001"),
        ("3174 0745 0695 0001", "3174********0001"),
        ("123456789", "1234*6789"),
        ("12345678", "********"),
        ("1234", "****"),
        ("", ""),
        (None, ""),
    ],
)
def test_mask_nik(nik: str | None, masked: str) -> None:
    assert mask_nik(nik) == masked


@pytest.mark.parametrize(
    ("district", "birth", "sex", "serial", "expected"),
    [
        ("317407", date(1995, 6, 5), Sex.FEMALE, 1, "3174074506950001"),
        ("31.74.07", date(1980, 8, 17), Sex.MALE, 12, "3174071708800012"),
        ("110101", date(2003, 1, 31), Sex.FEMALE, 9999, "1101017101039999"),
    ],
)
def test_make_nik_agrees_with_parse(
    district: str, birth: date, sex: Sex, serial: int, expected: str
) -> None:
    nik = make_nik(district, birth, sex, serial)
    assert nik == expected
    info, issues = parse_nik(nik, TODAY)
    assert issues == [] and info is not None
    assert check_nik_against(info, birth, sex) == []


@pytest.mark.parametrize(
    ("district", "serial"),
    [("31740", 1), ("9974 07", 1), ("31.74.0A", 1), ("317407", 0), ("317407", 10000)],
)
def test_make_nik_rejects_bad_arguments(district: str, serial: int) -> None:
    with pytest.raises(ValueError):
        make_nik(district, date(1990, 1, 1), Sex.MALE, serial)
