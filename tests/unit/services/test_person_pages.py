"""Pages of the person list (Anggota) and the memberships shown beside each person."""

from __future__ import annotations

from datetime import date

from builders import person

from kopdes_desktop.domain.entities import BoardPosition, Person
from kopdes_desktop.domain.enums import BoardRole, Body
from tests.unit.services.helpers import GUNUNG, MELAWAI, make_cooperative, make_membership


def test_an_empty_search_pages_through_everyone_by_name(services):
    for n, name in enumerate(["Dewi", "Andi", "Citra", "Budi", "Eko"]):
        services.persons.save(person(n, name=name))
    first = services.persons.search_page("", limit=2)
    assert [p.name for p in first.persons] == ["Andi", "Budi"]
    assert not first.exhausted
    second = services.persons.search_page("", limit=2, offset=first.next_offset)
    third = services.persons.search_page("", limit=2, offset=second.next_offset)
    assert [p.name for p in second.persons + third.persons] == ["Citra", "Dewi", "Eko"]
    assert third.exhausted


def test_an_empty_search_can_keep_to_an_area(services):
    services.persons.save(person(1, name="Warga Melawai"))
    services.persons.save(person(2, name="Warga Gunung", village_code=GUNUNG))
    services.persons.save(Person(name="Mentor Tanpa Alamat"))
    assert [p.name for p in services.persons.search_page("", area_code=MELAWAI).persons] == [
        "Warga Melawai"
    ]
    district = services.persons.search_page("", area_code="31.74.07").persons
    assert sorted(p.name for p in district) == ["Warga Gunung", "Warga Melawai"]
    assert len(services.persons.search_page("", area_code="ID").persons) == 3


def test_a_search_page_finds_by_name_words_and_nik_prefix(services):
    siti = services.persons.save(person(1, name="Siti Aminah"))
    services.persons.save(person(2, name="Budi Santoso"))
    assert [p.id for p in services.persons.search_page("sit am").persons] == [siti.id]
    assert [p.id for p in services.persons.search_page(siti.nik[:12]).persons] == [siti.id]


def test_memberships_summary_lists_cooperatives_founders_and_current_roles(services):
    coop = make_cooperative(services)
    member = services.persons.save(person(1, name="Siti Aminah"))
    lurah = services.persons.save(person(2, name="Lurah Melawai"))
    loner = services.persons.save(person(3, name="Bukan Anggota"))
    make_membership(services, coop, member.id, is_founder=True)
    services.board.assign(
        BoardPosition(
            cooperative_id=coop,
            person_id=member.id,
            body=Body.PENGURUS,
            role=BoardRole.BENDAHARA,
            start_date=date(2025, 5, 31),
        )
    )
    services.board.assign(
        BoardPosition(
            cooperative_id=coop,
            person_id=lurah.id,
            body=Body.PENGAWAS,
            role=BoardRole.KETUA_PENGAWAS,
            start_date=date(2025, 5, 31),
            ex_officio=True,
        )
    )
    summary = services.members.memberships_summary([member.id, lurah.id, loner.id])
    [tie] = summary[member.id]
    assert (tie.cooperative_name, tie.is_member, tie.is_founder) == (
        "Koperasi Kelurahan Merah Putih Melawai",
        True,
        True,
    )
    assert tie.roles == ((Body.PENGURUS, BoardRole.BENDAHARA),)
    [seat] = summary[lurah.id]
    assert (seat.is_member, seat.roles) == (False, ((Body.PENGAWAS, BoardRole.KETUA_PENGAWAS),))
    assert summary[loner.id] == []
