"""Indonesian document text: Rupiah, dates, times, terbilang, Roman months, date parsing."""

from __future__ import annotations

from datetime import date, time

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kopdes_desktop.domain import formatting
from kopdes_desktop.domain.errors import DomainError
from kopdes_desktop.domain.formatting import (
    DAYS_ID,
    MONTHS_ID,
    date_in_words,
    date_words,
    format_day_date,
    format_long_date,
    format_rupiah,
    format_time,
    parse_date_id,
    roman_month,
    terbilang,
    terbilang_rupiah,
)


@pytest.mark.parametrize(
    ("amount", "space", "expected"),
    [
        (1_500_000, False, "Rp1.500.000"),
        (1_500_000, True, "Rp 1.500.000"),
        (0, False, "Rp0"),
        (0, True, "Rp 0"),
        (999, False, "Rp999"),
        (1000, False, "Rp1.000"),
        (25_000, False, "Rp25.000"),
        (3_000_000_000, False, "Rp3.000.000.000"),
        (-1500, False, "-Rp1.500"),
        (-1500, True, "-Rp 1.500"),
    ],
)
def test_format_rupiah(amount: int, space: bool, expected: str) -> None:
    assert format_rupiah(amount, space=space) == expected


def test_name_tables() -> None:
    assert len(MONTHS_ID) == 12 and MONTHS_ID[0] == "Januari" and MONTHS_ID[11] == "Desember"
    assert DAYS_ID[date(2025, 5, 31).weekday()] == "Sabtu"
    assert DAYS_ID[date(2025, 6, 1).weekday()] == "Minggu"
    assert DAYS_ID[date(2025, 6, 2).weekday()] == "Senin"


@pytest.mark.parametrize(
    ("d", "long", "with_day"),
    [
        (date(2026, 11, 27), "27 November 2026", "Jumat, 27 November 2026"),
        (date(2025, 5, 31), "31 Mei 2025", "Sabtu, 31 Mei 2025"),
        (date(2025, 7, 21), "21 Juli 2025", "Senin, 21 Juli 2025"),
        (date(2025, 3, 27), "27 Maret 2025", "Kamis, 27 Maret 2025"),
        (date(2026, 1, 1), "1 Januari 2026", "Kamis, 1 Januari 2026"),
    ],
)
def test_format_dates(d: date, long: str, with_day: str) -> None:
    assert format_long_date(d) == long
    assert format_day_date(d) == with_day


@pytest.mark.parametrize(
    ("value", "zone", "expected"),
    [
        ("13:00", "WIB", "13.00 WIB"),
        ("13.00", "WIB", "13.00 WIB"),
        ("9:30", "WIB", "09.30 WIB"),
        (" 08:05:59 ", "WIB", "08.05 WIB"),
        (time(13, 0), "WIB", "13.00 WIB"),
        (time(19, 45, 10), "WITA", "19.45 WITA"),
        ("07.00", "WIT", "07.00 WIT"),
        ("07.00", "", "07.00"),
    ],
)
def test_format_time(value: str | time, zone: str, expected: str) -> None:
    assert format_time(value, zone=zone) == expected


def test_format_time_default_zone() -> None:
    assert format_time("13:00") == "13.00 WIB"


@pytest.mark.parametrize("value", ["", "1300", "24:00", "12:60", "jam 1", "12:5", "13:00 WIB"])
def test_format_time_rejects(value: str) -> None:
    with pytest.raises(DomainError) as caught:
        format_time(value)
    assert caught.value.code == "time.invalid"


TERBILANG_CASES = [
    (0, "nol"),
    (1, "satu"),
    (10, "sepuluh"),
    (11, "sebelas"),
    (12, "dua belas"),
    (19, "sembilan belas"),
    (20, "dua puluh"),
    (21, "dua puluh satu"),
    (100, "seratus"),
    (101, "seratus satu"),
    (110, "seratus sepuluh"),
    (111, "seratus sebelas"),
    (1000, "seribu"),
    (1001, "seribu satu"),
    (1100, "seribu seratus"),
    (2000, "dua ribu"),
    (10000, "sepuluh ribu"),
    (11000, "sebelas ribu"),
    (21000, "dua puluh satu ribu"),
    (25000, "dua puluh lima ribu"),
    (100000, "seratus ribu"),
    (101000, "seratus satu ribu"),
    (111111, "seratus sebelas ribu seratus sebelas"),
    (1000000, "satu juta"),
    (1001000, "satu juta seribu"),
    (1500000, "satu juta lima ratus ribu"),
    (2001000, "dua juta seribu"),
    (1000000000, "satu miliar"),
    (1000001000, "satu miliar seribu"),
    (3000000000, "tiga miliar"),
    (1000000000000, "satu triliun"),
    (1000000001000, "satu triliun seribu"),
    (2025, "dua ribu dua puluh lima"),
    (1995, "seribu sembilan ratus sembilan puluh lima"),
    (-1500, "minus seribu lima ratus"),
    (
        999_999_999_999_999,
        "sembilan ratus sembilan puluh sembilan triliun sembilan ratus sembilan puluh sembilan "
        "miliar sembilan ratus sembilan puluh sembilan juta sembilan ratus sembilan puluh "
        "sembilan ribu sembilan ratus sembilan puluh sembilan",
    ),
]


@pytest.mark.parametrize(("n", "words"), TERBILANG_CASES)
def test_terbilang(n: int, words: str) -> None:
    assert terbilang(n) == words


@pytest.mark.parametrize(
    ("n", "words"),
    [
        (1_500_000, "satu juta lima ratus ribu rupiah"),
        (0, "nol rupiah"),
        (25_000, "dua puluh lima ribu rupiah"),
        (100_000, "seratus ribu rupiah"),
    ],
)
def test_terbilang_rupiah(n: int, words: str) -> None:
    assert terbilang_rupiah(n) == words


@pytest.mark.parametrize("n", [10**15, -(10**15), 10**18])
def test_terbilang_too_large(n: int) -> None:
    with pytest.raises(DomainError) as caught:
        terbilang(n)
    assert caught.value.code == "number.too_large"


@pytest.mark.parametrize(
    ("raw", "fixed"),
    [
        ("satu ribu", "seribu"),
        ("satu juta satu ribu", "satu juta seribu"),
        ("seratus satu ribu", "seratus satu ribu"),
        ("Satu  Milyar   satu ratus", "satu miliar seratus"),
        ("satu trilyun satu puluh", "satu triliun sepuluh"),
        ("satu belas", "sebelas"),
        ("kosong", "nol"),
        ("dua-puluh", "dua puluh"),
    ],
)
def test_terbilang_repairs_num2words_output(
    monkeypatch: pytest.MonkeyPatch, raw: str, fixed: str
) -> None:
    monkeypatch.setattr(formatting, "num2words", lambda n, lang: raw)
    assert terbilang(5) == fixed


_ONES = ["nol", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan"]


def _reference_terbilang(n: int) -> str:
    """An independent spelling used to cross-check num2words plus the repairs."""
    if n < 10:
        return _ONES[n]
    if n < 20:
        return {10: "sepuluh", 11: "sebelas"}.get(n, f"{_ONES[n - 10]} belas")
    if n < 100:
        tens, rest = divmod(n, 10)
        return f"{_ONES[tens]} puluh" + (f" {_ONES[rest]}" if rest else "")
    if n < 1000:
        hundreds, rest = divmod(n, 100)
        head = "seratus" if hundreds == 1 else f"{_ONES[hundreds]} ratus"
        return head + (f" {_reference_terbilang(rest)}" if rest else "")
    for size, word in ((10**12, "triliun"), (10**9, "miliar"), (10**6, "juta"), (10**3, "ribu")):
        if n >= size:
            count, rest = divmod(n, size)
            spoken = (
                "seribu" if (size, count) == (1000, 1) else f"{_reference_terbilang(count)} {word}"
            )
            return spoken + (f" {_reference_terbilang(rest)}" if rest else "")
    raise AssertionError(n)


@given(st.integers(min_value=0, max_value=10**15 - 1))
def test_terbilang_matches_reference(n: int) -> None:
    assert terbilang(n) == _reference_terbilang(n)


def test_terbilang_first_numbers_match_reference() -> None:
    for n in range(0, 3001):
        assert terbilang(n) == _reference_terbilang(n), n


def test_date_words_example_from_domain_guide() -> None:
    d = date(2025, 5, 31)
    expected = "Sabtu tanggal tiga puluh satu bulan Mei tahun dua ribu dua puluh lima"
    assert date_words(d) == expected
    assert date_in_words(d) == (
        "Pada hari ini Sabtu tanggal tiga puluh satu bulan Mei tahun dua ribu dua puluh lima"
    )


@pytest.mark.parametrize(
    ("d", "expected"),
    [
        (
            date(2026, 11, 27),
            "Jumat tanggal dua puluh tujuh bulan November tahun dua ribu dua puluh enam",
        ),
        (date(2025, 7, 1), "Selasa tanggal satu bulan Juli tahun dua ribu dua puluh lima"),
        (date(2025, 7, 11), "Jumat tanggal sebelas bulan Juli tahun dua ribu dua puluh lima"),
        (date(2030, 3, 10), "Minggu tanggal sepuluh bulan Maret tahun dua ribu tiga puluh"),
    ],
)
def test_date_words(d: date, expected: str) -> None:
    assert date_words(d) == expected


@pytest.mark.parametrize(
    ("month", "roman"),
    list(
        zip(
            range(1, 13),
            ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"],
            strict=True,
        )
    ),
)
def test_roman_month(month: int, roman: str) -> None:
    assert roman_month(month) == roman


@pytest.mark.parametrize("month", [0, 13, -1])
def test_roman_month_rejects(month: int) -> None:
    with pytest.raises(DomainError) as caught:
        roman_month(month)
    assert caught.value.code == "date.month_invalid"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("27-11-2026", date(2026, 11, 27)),
        ("27/11/2026", date(2026, 11, 27)),
        ("27.11.2026", date(2026, 11, 27)),
        ("2026-11-27", date(2026, 11, 27)),
        ("1-6-1995", date(1995, 6, 1)),
        (" 31/05/2025 ", date(2025, 5, 31)),
        ("29-02-2024", date(2024, 2, 29)),
    ],
)
def test_parse_date_id(text: str, expected: date) -> None:
    assert parse_date_id(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "",
        "31-02-2025",
        "29-02-2025",
        "13/13/2025",
        "27-11-26",
        "27/11-2026",
        "2026/11/27",
        "27 November 2026",
        "2026-13-01",
        "abc",
    ],
)
def test_parse_date_id_rejects(text: str) -> None:
    with pytest.raises(DomainError) as caught:
        parse_date_id(text, field_name="birth_date")
    assert (caught.value.code, caught.value.field) == ("date.invalid", "birth_date")


def test_full_width_digits_are_rejected() -> None:
    with pytest.raises(DomainError):
        parse_date_id("２７-１１-２０２６")
    with pytest.raises(DomainError):
        format_time("１３:００")
