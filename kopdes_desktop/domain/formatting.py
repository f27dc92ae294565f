"""Indonesian document text: dates, times, Rupiah, amounts and dates in words, Roman months.

These functions return Indonesian words on purpose: they produce the content of printed
documents (berita acara, bukti setoran), which is Indonesian whatever the UI language is.
"""

from __future__ import annotations

import re
from datetime import date, time

from kopdes_desktop.domain.errors import DomainError

MONTHS_ID: tuple[str, ...] = (
    "Januari",
    "Februari",
    "Maret",
    "April",
    "Mei",
    "Juni",
    "Juli",
    "Agustus",
    "September",
    "Oktober",
    "November",
    "Desember",
)
"""Month names; index with ``month - 1``."""

DAYS_ID: tuple[str, ...] = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")
"""Day names indexed by ``date.weekday()`` (Monday = 0)."""

TERBILANG_LIMIT = 10**15
"""Amounts from here on would need "kuadriliun", which no document of ours needs."""

_ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")
_TIME = re.compile(r"^(\d{1,2})[.:](\d{2})(?:[.:](\d{2}))?$", re.ASCII)
_DMY = re.compile(r"^(\d{1,2})([-/.])(\d{1,2})\2(\d{4})$", re.ASCII)
_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$", re.ASCII)
_SPELLING_FIXES = {
    "milyar": "miliar",
    "milyard": "miliar",
    "trilyun": "triliun",
    "kosong": "nol",
}
_SE_PREFIX = re.compile(r"\bsatu (ratus|puluh|belas)\b")
# "satu ribu" is "seribu" only when the whole thousands group is one: at the start, or right
# after a larger scale word (1.001.000 = "satu juta seribu", but 101.000 = "seratus satu ribu").
_SERIBU = re.compile(r"(^|\b(?:juta|miliar|triliun) )satu ribu\b")


def format_rupiah(amount: int, space: bool = False) -> str:
    """``Rp1.500.000`` (the standard spelling) or ``Rp 1.500.000`` when the office prefers it."""
    grouped = f"{abs(amount):,}".replace(",", ".")
    sign = "-" if amount < 0 else ""
    return f"{sign}Rp{' ' if space else ''}{grouped}"


def format_long_date(d: date) -> str:
    """``27 November 2026`` as written in letters and documents."""
    return f"{d.day} {MONTHS_ID[d.month - 1]} {d.year}"


def format_day_date(d: date) -> str:
    """``Jumat, 27 November 2026`` for invitations and attendance lists."""
    return f"{DAYS_ID[d.weekday()]}, {format_long_date(d)}"


def format_time(value: str | time, zone: str = "WIB") -> str:
    """``13.00 WIB`` from ``13:00``, ``13.00`` or a ``time``; an empty zone drops the suffix.

    Raises ``DomainError("time.invalid")`` for text that is not a time of day.
    """
    if isinstance(value, time):
        hour, minute = value.hour, value.minute
    else:
        match = _TIME.match(value.strip())
        if match is None:
            raise DomainError("time.invalid", value=value)
        hour, minute = int(match.group(1)), int(match.group(2))
        if hour > 23 or minute > 59:
            raise DomainError("time.invalid", value=value)
    text = f"{hour:02d}.{minute:02d}"
    return f"{text} {zone}" if zone else text


def num2words(number: int, lang: str) -> str:
    """The num2words package, imported on first use: it costs ~80 ms, and only printed
    documents spell amounts out (the window opens without it)."""
    from num2words import num2words as spell

    return str(spell(number, lang=lang))


def _fix_words(text: str) -> str:
    """Normalise num2words output to standard Indonesian (seribu, seratus, miliar, …)."""
    words = [_SPELLING_FIXES.get(w, w) for w in text.lower().replace("-", " ").split()]
    joined = " ".join(words)
    joined = _SE_PREFIX.sub(lambda m: "se" + m.group(1), joined)
    return _SERIBU.sub(lambda m: m.group(1) + "seribu", joined)


def terbilang(n: int) -> str:
    """An integer in Indonesian words, e.g. ``satu juta lima ratus ribu``; negatives get "minus".

    num2words does most of the work; its output is normalised because some versions write
    "satu ribu" inside larger numbers (1.001.000) or older spellings such as "milyar".
    Raises ``DomainError("number.too_large")`` from one quadrillion on.
    """
    if abs(n) >= TERBILANG_LIMIT:
        raise DomainError("number.too_large", value=n)
    words = _fix_words(str(num2words(abs(n), lang="id")))
    return f"minus {words}" if n < 0 else words


def terbilang_rupiah(n: int) -> str:
    """``satu juta lima ratus ribu rupiah`` for receipts and capital statements."""
    return f"{terbilang(n)} rupiah"


def date_words(d: date) -> str:
    """``Sabtu tanggal tiga puluh satu bulan Mei tahun dua ribu dua puluh lima``."""
    return (
        f"{DAYS_ID[d.weekday()]} tanggal {terbilang(d.day)} "
        f"bulan {MONTHS_ID[d.month - 1]} tahun {terbilang(d.year)}"
    )


def date_in_words(d: date) -> str:
    """The opening of a berita acara: ``Pada hari ini Sabtu tanggal … tahun …``."""
    return f"Pada hari ini {date_words(d)}"


def roman_month(month: int) -> str:
    """Roman month used in document numbers (``005/KKMP-MLW/XI/2026``)."""
    if not 1 <= month <= 12:
        raise DomainError("date.month_invalid", month=month)
    return _ROMAN[month - 1]


def parse_date_id(text: str, field_name: str | None = None) -> date:
    """Read ``dd-mm-yyyy``, ``dd/mm/yyyy``, ``dd.mm.yyyy`` or ISO ``yyyy-mm-dd``.

    Raises ``DomainError("date.invalid")`` (with the given field) for anything else,
    including impossible dates such as 31-02-2025.
    """
    cleaned = (text or "").strip()
    dmy = _DMY.match(cleaned)
    iso = _ISO.match(cleaned)
    try:
        if dmy:
            return date(int(dmy.group(4)), int(dmy.group(3)), int(dmy.group(1)))
        if iso:
            return date(int(iso.group(1)), int(iso.group(2)), int(iso.group(3)))
    except ValueError:
        pass
    raise DomainError("date.invalid", field_name, value=cleaned)
