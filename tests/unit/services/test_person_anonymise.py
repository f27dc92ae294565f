"""Anonymising a person who left long ago: only then, only admins, history kept."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from builders import MELAWAI, cooperative, person

from kopdes_desktop.domain.enums import Sex, UserRole
from kopdes_desktop.domain.errors import ConflictError, PermissionDeniedError


@pytest.fixture
def coop_id(services):
    services.settings.set_area(MELAWAI, "Kelurahan Melawai")
    services.ctx.clock = lambda: datetime(2026, 11, 27, 9, 0, tzinfo=UTC)
    return services.cooperatives.save(cooperative()).id


def _member(services, coop_id, n, left: date | None):
    facts = services.members.register(
        coop_id, person(n, Sex.FEMALE, name=f"Sri Wahyuni {n}"), joined_date=date(2015, 3, 1)
    )
    if left is not None:
        services.members.leave(facts.membership.id, left)
    return facts


def test_a_person_who_left_long_ago_loses_personal_data_but_not_history(services, coop_id):
    facts = _member(services, coop_id, 1, date(2019, 6, 30))
    anon = services.persons.anonymise(facts.person.id)
    assert anon.name.startswith("Anonim ") and "Sri" not in anon.name
    assert (anon.nik, anon.birth_date, anon.address, anon.phone, anon.rt) == (
        None,
        None,
        "",
        "",
        "",
    )
    assert anon.sex is Sex.FEMALE and anon.village_code == MELAWAI  # statistics still add up
    assert services.persons.search("Sri Wahyuni") == []
    assert services.persons.find_by_nik(facts.person.nik) == []
    left = services.members.members(coop_id, include_left=True)
    assert [m.person.name for m in left] == [anon.name]  # the membership is still there
    assert services.persons.get(facts.person.id).updated_by == "tester"


@pytest.mark.parametrize(
    ("left", "code"),
    [(None, "person.still_member"), (date(2023, 1, 31), "person.left_recently")],
)
def test_members_and_recent_leavers_are_refused(services, coop_id, left, code):
    facts = _member(services, coop_id, 2, left)
    with pytest.raises(ConflictError) as caught:
        services.persons.anonymise(facts.person.id)
    assert caught.value.code == code
    assert services.persons.get(facts.person.id).nik == facts.person.nik
    if left is not None:
        assert caught.value.params["end"] == "2028-01-31"
        assert services.persons.anonymise(facts.person.id, years=3).nik is None


def test_a_person_who_was_never_a_member_is_refused(services, coop_id):
    saved = services.persons.save(person(3))
    eligibility = services.persons.anonymise_eligibility(saved.id)
    assert not eligibility.allowed and eligibility.code == "person.never_member"


def test_only_admins_anonymise(services, coop_id):
    facts = _member(services, coop_id, 4, date(2018, 1, 1))
    services.ctx.act_as("ani", UserRole.OPERATOR)
    with pytest.raises(PermissionDeniedError):
        services.persons.anonymise(facts.person.id)
    assert services.persons.get(facts.person.id).name == "Sri Wahyuni 4"
