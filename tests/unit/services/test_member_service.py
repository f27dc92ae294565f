"""Members and founders of a cooperative."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from builders import cooperative, person

from kopdes_desktop.domain.entities import Membership
from kopdes_desktop.domain.errors import ConflictError, NotFoundError, ValidationError


def test_register_numbers_members_and_lists_them(services):
    coop = services.cooperatives.save(cooperative())
    for n in range(3):
        services.members.register(
            coop.id, person(n), is_founder=n < 2, joined_date=date(2025, 5, 31)
        )
    members = services.members.members(coop.id)
    assert [m.membership.member_number for m in members] == ["0001", "0002", "0003"]
    assert len(services.members.founders(coop.id)) == 2


def test_same_nik_twice_in_one_cooperative_is_refused(services):
    coop = services.cooperatives.save(cooperative())
    first = services.members.register(coop.id, person(1))
    twin = replace(person(1), name="Nama Lain")  # another person record, same NIK
    with pytest.raises(ConflictError) as info:
        services.members.register(coop.id, twin)
    assert info.value.code == "members.duplicate_nik"
    # All or nothing: the duplicate person record was not left behind either.
    assert [p.id for p in services.persons.find_by_nik(first.person.nik)] == [first.person.id]
    with pytest.raises(ConflictError):
        services.members.add(Membership(cooperative_id=coop.id, person_id=first.person.id))


def test_member_who_left_can_rejoin(services):
    coop = services.cooperatives.save(cooperative())
    m = services.members.register(coop.id, person(1), joined_date=date(2025, 6, 1))
    services.members.leave(m.membership.id, date(2026, 1, 1))
    assert services.members.members(coop.id) == []
    assert len(services.members.members(coop.id, include_left=True)) == 1
    services.members.add(Membership(cooperative_id=coop.id, person_id=m.person.id))
    assert len(services.members.members(coop.id)) == 1


def test_invalid_person_saves_nothing(services):
    coop = services.cooperatives.save(cooperative())
    with pytest.raises(ValidationError):
        services.members.register(coop.id, replace(person(1), nik="12"))
    assert services.members.members(coop.id) == []


def test_membership_of_unknown_cooperative_is_refused(services):
    p = services.persons.save(person(1))
    with pytest.raises(NotFoundError):
        services.members.add(Membership(cooperative_id="nope", person_id=p.id))
