"""Letter numbers: the office pattern, per-type patterns, short codes, register gaps."""

from __future__ import annotations

from datetime import date

import pytest

from kopdes_desktop.domain.document_numbers import (
    DEFAULT_PATTERN,
    check_pattern,
    format_number,
    missing_sequences,
    pattern_for,
    short_code,
)
from kopdes_desktop.domain.errors import DomainError


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("Melawai", "MLW"),
        ("Pulo Gadung", "PLG"),
        ("Cipete Selatan", "CPT"),
        ("Ujung", "UJN"),
        ("Aia", "AIA"),
        ("Pasar Manggis", "PSR"),
        ("Gunung", "GNN"),
        ("", "X"),
    ],
)
def test_short_code_is_the_first_letter_and_following_consonants(name, code):
    assert short_code(name) == code


def test_the_issue_example_number():
    assert format_number(DEFAULT_PATTERN, 5, "MLW", date(2026, 11, 27)) == "005/KKMP-MLW/XI/2026"


def test_sequence_wider_than_the_padding_is_not_cut():
    assert format_number(DEFAULT_PATTERN, 1234, "MLW", date(2026, 1, 2)) == "1234/KKMP-MLW/I/2026"


def test_a_type_pattern_overrides_the_default_one():
    patterns = {"default": "{seq}/A/{year}", "profil": "PRF-{seq:04d}/{month}/{year}"}
    assert pattern_for(patterns, "profil") == "PRF-{seq:04d}/{month}/{year}"
    assert pattern_for(patterns, "undangan") == "{seq}/A/{year}"
    assert pattern_for({}, "undangan") == DEFAULT_PATTERN
    assert format_number(patterns["profil"], 7, "X", date(2026, 3, 1)) == "PRF-0007/3/2026"


@pytest.mark.parametrize(
    "pattern", ["{code}/{year}", "{seq}/{unknown}", "{seq", "{seq}/{code:03d}"]
)
def test_bad_patterns_are_refused_with_a_code(pattern):
    with pytest.raises(DomainError) as info:
        format_number(pattern, 1, "MLW", date(2026, 1, 1))
    assert info.value.code == "documents.pattern_invalid"


def test_check_pattern_accepts_every_documented_placeholder():
    check_pattern("{seq:03d}/{code}/{month_roman}/{month:02d}/{year}/{type}")


def test_missing_sequences_lists_the_holes_up_to_the_highest():
    assert missing_sequences([]) == []
    assert missing_sequences([1, 2, 3]) == []
    assert missing_sequences([1, 4, 2, 7]) == [3, 5, 6]
    assert missing_sequences([3]) == [1, 2]
