"""Phone, NPWP, NIB, postal code, e-mail and Kemendagri area codes."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from kopdes_desktop.domain.enums import WilayahLevel
from kopdes_desktop.domain.errors import DomainError, Issue
from kopdes_desktop.domain.identifiers import (
    WilayahCode,
    check_email,
    check_nib,
    check_npwp,
    check_phone,
    check_postal_code,
    code_level,
    is_kelurahan,
    is_kota,
    normalize_npwp,
    normalize_phone,
    normalize_wilayah_code,
    parent_code,
    parse_wilayah_code,
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("081234567890", "081234567890"),
        ("+62 812-3456-7890", "081234567890"),
        ("62812.3456.7890", "081234567890"),
        ("(021) 765-4321", "0217654321"),
        ("", ""),
        (None, ""),
    ],
)
def test_normalize_phone(text: str | None, expected: str) -> None:
    assert normalize_phone(text) == expected


Check = Callable[..., list[Issue]]


@pytest.mark.parametrize(
    ("check", "text", "code"),
    [
        # phone
        (check_phone, "081234567890", None),
        (check_phone, "+6281234567890", None),
        (check_phone, "6281234567890", None),
        (check_phone, "0812 3456 7890", None),
        (check_phone, "021-7654321", None),
        (check_phone, "081234567", None),  # 9 digits: short but possible
        (check_phone, "08123456", "phone.invalid"),
        (check_phone, "081234567890123", None),  # 15 digits
        (check_phone, "0812345", "phone.invalid"),
        (check_phone, "0812345678901234", "phone.invalid"),
        (check_phone, "81234567890", "phone.invalid"),
        (check_phone, "+6181234567890", "phone.invalid"),
        (check_phone, "0812-ABCD-7890", "phone.invalid"),
        (check_phone, "", None),
        (check_phone, "   ", None),
        (check_phone, None, None),
        # NPWP
        (check_npwp, "01.234.567.8-901.000", None),
        (check_npwp, "012345678901000", None),
        (check_npwp, "3174074506950001", None),
        (check_npwp, "01.234.567.8-901.00", "npwp.invalid"),
        (check_npwp, "01234567890100012", "npwp.invalid"),
        (check_npwp, "01.234.567.8-901.00X", "npwp.invalid"),
        (check_npwp, "", None),
        # NIB
        (check_nib, "1234567890123", None),
        (check_nib, " 1234567890123 ", None),
        (check_nib, "123456789012", "nib.invalid"),
        (check_nib, "12345678901234", "nib.invalid"),
        (check_nib, "12345678901a3", "nib.invalid"),
        (check_nib, "", None),
        # postal code
        (check_postal_code, "12160", None),
        (check_postal_code, " 12160 ", None),
        (check_postal_code, "1216", "postal_code.invalid"),
        (check_postal_code, "121600", "postal_code.invalid"),
        (check_postal_code, "12 160", "postal_code.invalid"),
        (check_postal_code, "", None),
        # e-mail
        (check_email, "kkmp.melawai@gmail.com", None),
        (check_email, "a@b.co.id", None),
        (check_email, "kkmp.melawai@gmail", "email.invalid"),
        (check_email, "kkmp melawai@gmail.com", "email.invalid"),
        (check_email, "kkmp@@gmail.com", "email.invalid"),
        (check_email, "@gmail.com", "email.invalid"),
        (check_email, "a@b..com", "email.invalid"),
        (check_email, "", None),
    ],
)
def test_checks(check: Check, text: str | None, code: str | None) -> None:
    issues = check(text)
    assert [i.code for i in issues] == ([code] if code else [])
    assert all(i.is_error for i in issues)


@pytest.mark.parametrize(
    ("check", "field"),
    [
        (check_phone, "phone"),
        (check_npwp, "npwp"),
        (check_nib, "nib"),
        (check_postal_code, "postal_code"),
        (check_email, "email"),
    ],
)
def test_field_names(check: Check, field: str) -> None:
    assert check("x")[0].field == field
    assert check("x", field_name="other")[0].field == "other"


def test_normalize_npwp() -> None:
    assert normalize_npwp("01.234.567.8-901.000") == "012345678901000"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ID", WilayahCode("", "", "", "", WilayahLevel.COUNTRY)),
        ("id", WilayahCode("", "", "", "", WilayahLevel.COUNTRY)),
        ("31", WilayahCode("31", "", "", "", WilayahLevel.PROVINCE)),
        ("31.74", WilayahCode("31", "74", "", "", WilayahLevel.REGENCY)),
        ("3174", WilayahCode("31", "74", "", "", WilayahLevel.REGENCY)),
        ("31.74.07", WilayahCode("31", "74", "07", "", WilayahLevel.DISTRICT)),
        ("317407", WilayahCode("31", "74", "07", "", WilayahLevel.DISTRICT)),
        ("31.74.07.1001", WilayahCode("31", "74", "07", "1001", WilayahLevel.VILLAGE)),
        ("3174071001", WilayahCode("31", "74", "07", "1001", WilayahLevel.VILLAGE)),
        (" 31.74.07.1001 ", WilayahCode("31", "74", "07", "1001", WilayahLevel.VILLAGE)),
    ],
)
def test_parse_wilayah_code(text: str, expected: WilayahCode) -> None:
    assert parse_wilayah_code(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "",
        None,
        "3",
        "31.7",
        "31.74.07.100",
        "317407100",
        "31-74",
        "31.74.07.1001.1",
        "31..74",
        "abc",
        "IDN",
        "３１",
    ],
)
def test_parse_wilayah_code_rejects(text: str | None) -> None:
    with pytest.raises(DomainError) as caught:
        parse_wilayah_code(text)
    assert (caught.value.code, caught.value.field) == ("wilayah.code_invalid", "area_code")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("3174071001", "31.74.07.1001"),
        ("317407", "31.74.07"),
        ("31.74", "31.74"),
        ("id", "ID"),
    ],
)
def test_normalize_wilayah_code(text: str, expected: str) -> None:
    assert normalize_wilayah_code(text) == expected
    assert str(parse_wilayah_code(text)) == expected


@pytest.mark.parametrize(
    ("code", "level", "parent"),
    [
        ("ID", WilayahLevel.COUNTRY, None),
        ("31", WilayahLevel.PROVINCE, "ID"),
        ("31.74", WilayahLevel.REGENCY, "31"),
        ("31.74.07", WilayahLevel.DISTRICT, "31.74"),
        ("31.74.07.1001", WilayahLevel.VILLAGE, "31.74.07"),
        ("3174071001", WilayahLevel.VILLAGE, "31.74.07"),
    ],
)
def test_code_level_and_parent(code: str, level: WilayahLevel, parent: str | None) -> None:
    assert code_level(code) is level
    assert parent_code(code) == parent


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        ("31.74", True),
        ("31.71", True),
        ("31.01", False),
        ("32.73", True),
        ("12.69", False),
        ("12.99", True),
        ("3174", True),
        ("11.01.01", False),
        ("31.74.07.1001", True),
        ("31", False),
        ("ID", False),
    ],
)
def test_is_kota(code: str, expected: bool) -> None:
    assert is_kota(code) is expected


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        ("31.74.07.1001", True),
        ("3174071001", True),
        ("11.01.01.2001", False),
        ("31.74.07", False),
    ],
)
def test_is_kelurahan(code: str, expected: bool) -> None:
    assert is_kelurahan(code) is expected
