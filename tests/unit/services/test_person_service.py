"""Persons: what an operator notices when saving and searching people."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from builders import person

from kopdes_desktop.domain.enums import Sex
from kopdes_desktop.domain.errors import ValidationError


def test_saved_person_comes_back_equal_and_nik_is_normalised(services):
    typed = person(1)
    spaced = replace(typed, nik=f"{typed.nik[:6]} {typed.nik[6:12]}.{typed.nik[12:]}")
    saved = services.persons.save(spaced)
    again = services.persons.get(saved.id)
    assert again.nik == typed.nik
    assert again.name == typed.name
    assert again.birth_date == typed.birth_date
    assert again.created_at is not None and again.updated_by == "tester"


def test_wrong_nik_blocks_saving_with_its_code(services):
    bad = replace(person(2), nik="317407010195")  # 12 digits
    with pytest.raises(ValidationError) as info:
        services.persons.save(bad)
    assert "nik.length" in [i.code for i in info.value.issues]
    assert services.persons.search("Warga") == []


def test_nik_mismatch_is_only_a_warning(services):
    p = replace(person(3), birth_date=date(1980, 2, 2))
    issues = services.persons.validate(p)
    assert any(i.code == "nik.birth_date_mismatch" and not i.is_error for i in issues)
    services.persons.save(p)  # warnings never block
    assert len(services.persons.find_by_nik(p.nik)) == 1


def test_search_by_any_word_prefix_and_by_nik_prefix(services):
    siti = services.persons.save(person(4, Sex.FEMALE, name="Siti Aminah Sitorus"))
    services.persons.save(person(5, name="Budi Santoso"))
    services.persons.save(person(6, Sex.FEMALE, name="Dewi Sawang Ba'u"))
    assert [p.id for p in services.persons.search("sit")] == [siti.id]  # once, not twice
    assert [p.name for p in services.persons.search("amin")] == ["Siti Aminah Sitorus"]
    assert [p.name for p in services.persons.search("san bud")] == ["Budi Santoso"]
    assert [p.name for p in services.persons.search("bau")] == ["Dewi Sawang Ba'u"]
    assert services.persons.search(siti.nik[:8])[0].name == siti.name
    assert services.persons.search("zzz") == []


def test_renamed_person_is_found_by_the_new_name_only(services):
    p = services.persons.save(person(7, name="Ahmad Fauzi"))
    services.persons.save(replace(p, name="Ahmad Fauzan"))
    assert [x.name for x in services.persons.search("fauzan")] == ["Ahmad Fauzan"]
    assert services.persons.search("fauzi") == []


def test_deleted_person_disappears_from_lookups(services):
    p = services.persons.save(person(8, name="Rahmat Hidayat"))
    services.persons.delete(p.id)
    assert services.persons.search("rahmat") == []
    assert services.persons.find_by_nik(p.nik) == []
