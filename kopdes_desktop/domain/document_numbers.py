"""Letter numbers as offices write them (``005/KKMP-MLW/XI/2026``) and gaps in a register.

Pure functions: the service reserves the sequence number in the database; these only turn a
sequence into text and tell which sequence numbers of a year are missing.
"""

from __future__ import annotations

import re
import string
import unicodedata
from collections.abc import Iterable, Mapping
from datetime import date

from kopdes_desktop.domain.errors import DomainError
from kopdes_desktop.domain.formatting import roman_month

DEFAULT_PATTERN = "{seq:03d}/KKMP-{code}/{month_roman}/{year}"
PATTERN_FIELDS = frozenset({"seq", "code", "month_roman", "month", "year", "type"})
"""Placeholders a pattern may use; ``type`` is the document type's code."""
SHORT_CODE_LENGTH = 3
_VOWELS = frozenset("AEIOU")
_NON_LETTERS = re.compile(r"[^A-Z ]+")


def short_code(name: str, length: int = SHORT_CODE_LENGTH) -> str:
    """A kelurahan's short code for letter numbers: "Melawai" → "MLW", "Pulo Gadung" → "PLG".

    The first letter, then the following consonants, as offices abbreviate (the vowels carry
    the least): letters are folded to ASCII and blanks ignored. A name with too few consonants
    is filled with its remaining letters ("Ujung" → "UJN", "Aia" → "AIA"); "X" for no letters.
    """
    folded = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().upper()
    letters = _NON_LETTERS.sub("", folded).replace(" ", "")
    if not letters:
        return "X"
    picked = [0] + [i for i, ch in enumerate(letters[1:], 1) if ch not in _VOWELS]
    if len(picked) < length:
        rest = [i for i in range(1, len(letters)) if i not in picked]
        picked = sorted(picked + rest[: length - len(picked)])
    return "".join(letters[i] for i in picked[:length])


def pattern_for(patterns: Mapping[str, str], doc_type: str) -> str:
    """The pattern of a document type: its own, else the office's "default", else ours."""
    return patterns.get(doc_type) or patterns.get("default") or DEFAULT_PATTERN


def check_pattern(pattern: str) -> None:
    """Refuse a pattern with unknown placeholders or without ``{seq}`` (numbers must differ)."""
    try:
        fields = {f for _, f, _, _ in string.Formatter().parse(pattern) if f is not None}
    except ValueError as exc:
        raise DomainError("documents.pattern_invalid", "number_patterns", pattern=pattern) from exc
    unknown = fields - PATTERN_FIELDS
    if unknown or "seq" not in fields:
        raise DomainError("documents.pattern_invalid", "number_patterns", pattern=pattern)


def format_number(pattern: str, seq: int, code: str, issued: date, doc_type: str = "") -> str:
    """The printed number of sequence ``seq`` issued on ``issued``."""
    check_pattern(pattern)
    try:
        return pattern.format(
            seq=seq,
            code=code,
            month_roman=roman_month(issued.month),
            month=issued.month,
            year=issued.year,
            type=doc_type,
        )
    except (ValueError, IndexError) as exc:  # e.g. "{code:03d}"
        raise DomainError("documents.pattern_invalid", "number_patterns", pattern=pattern) from exc


def missing_sequences(seqs: Iterable[int]) -> list[int]:
    """Sequence numbers between 1 and the highest used that nobody holds (a register's gaps)."""
    used = set(seqs)
    if not used:
        return []
    return [n for n in range(1, max(used) + 1) if n not in used]
