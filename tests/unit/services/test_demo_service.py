"""Demo data generator: valid cooperatives, valid NIKs, determinism, refusals, progress/cancel.

The cooperatives are checked with the domain rules on snapshots built here straight from the
ORM rows, so these tests do not depend on the cooperative service.
"""

from __future__ import annotations

import uuid
from collections import Counter, defaultdict
from datetime import UTC, datetime

import pytest
from sqlalchemy import delete, func, select

from kopdes_desktop.domain.cooperative_rules import (
    MIN_FOUNDERS,
    CooperativeSnapshot,
    MemberFacts,
    check_cooperative,
)
from kopdes_desktop.domain.entities import (
    BoardPosition,
    BusinessUnit,
    Cooperative,
    Meeting,
    Membership,
    Person,
)
from kopdes_desktop.domain.enums import REQUIRED_PENGURUS_ROLES, BoardRole, Body, Sex, Stage
from kopdes_desktop.domain.errors import DomainError
from kopdes_desktop.domain.identifiers import is_kelurahan
from kopdes_desktop.domain.nik import check_nik_against, parse_nik
from kopdes_desktop.domain.stage import derive_stage
from kopdes_desktop.services import demo_service
from kopdes_desktop.services.context import ServiceContext
from kopdes_desktop.services.demo_people import EVENT_COLUMNS
from kopdes_desktop.services.demo_service import DemoService
from kopdes_desktop.services.mapping import to_entity
from kopdes_desktop.storage import orm
from kopdes_desktop.storage.bulk_insert import (
    BulkWriter,
    DbValues,
    SequentialIds,
    bulk_insert,
    bulk_insert_dicts,
)

AREA = "31.74.07"  # Kebayoran Baru: ten kelurahan
NOW = datetime(2026, 11, 27, 8, 0, tzinfo=UTC)
TODAY = NOW.date()
DEMO_TABLES = (
    orm.MentoringVisit,
    orm.TrainingParticipant,
    orm.MeetingAttendee,
    orm.Meeting,
    orm.CapitalPayment,
    orm.BusinessUnit,
    orm.BoardPosition,
    orm.Membership,
    orm.PersonNameToken,
    orm.Person,
    orm.Cooperative,
    orm.TrainingEvent,
)


@pytest.fixture
def demo(services):
    """The generator with a fixed clock, so dates and ages do not depend on the test day."""
    ctx = ServiceContext(
        session_factory=services.ctx.session_factory,
        home=services.ctx.home,
        username="tester",
        clock=lambda: NOW,
    )
    return DemoService(ctx, services.wilayah)


@pytest.fixture
def three(demo):
    """Three kelurahan of Kebayoran Baru, 20 members each."""
    return demo.generate(AREA, 3, members=20, seed=7)


def _snapshots(services) -> list[CooperativeSnapshot]:
    """Every cooperative as the rules see it, loaded with plain ORM queries."""
    with services.ctx.session_factory() as s:
        coops = [to_entity(r, Cooperative) for r in s.scalars(select(orm.Cooperative))]
        persons = {r.id: to_entity(r, Person) for r in s.scalars(select(orm.Person))}
        villages = {c: n for c, n in s.execute(select(orm.Village.code, orm.Village.name))}
        members, board, units, meetings = (defaultdict(list) for _ in range(4))
        for r in s.scalars(select(orm.Membership)):
            m = to_entity(r, Membership)
            members[m.cooperative_id].append(MemberFacts(persons[m.person_id], m))
        for r in s.scalars(select(orm.BoardPosition)):
            board[r.cooperative_id].append(to_entity(r, BoardPosition))
        for r in s.scalars(select(orm.BusinessUnit)):
            units[r.cooperative_id].append(to_entity(r, BusinessUnit))
        for r in s.scalars(select(orm.Meeting)):
            meetings[r.cooperative_id].append(to_entity(r, Meeting))
    return [
        CooperativeSnapshot(
            cooperative=c,
            village_name=villages[c.village_code],
            is_kelurahan=is_kelurahan(c.village_code),
            members=tuple(members[c.id]),
            board=tuple(board[c.id]),
            units=tuple(units[c.id]),
            meetings=tuple(meetings[c.id]),
            today=TODAY,
            people=tuple(persons[b.person_id] for b in board[c.id]),
        )
        for c in coops
    ]


def _count(services, model) -> int:
    with services.ctx.session_factory() as s:
        return int(s.scalar(select(func.count()).select_from(model)) or 0)


def _names_by_village(services) -> dict[str, list[str]]:
    with services.ctx.session_factory() as s:
        rows = s.execute(
            select(orm.Person.village_code, orm.Person.name).order_by(
                orm.Person.village_code, orm.Person.nik
            )
        )
        grouped: dict[str, list[str]] = defaultdict(list)
        for code, name in rows:
            grouped[code].append(name)
        return dict(grouped)


def test_counts_match_the_request_and_the_database(services, three):
    assert three.cooperatives == 3 and three.memberships == 60
    assert three.persons == 3 * 21  # 20 members and the lurah of each kelurahan
    assert len(set(three.village_codes)) == 3
    assert all(code.startswith(AREA + ".") for code in three.village_codes)
    for model, expected in (
        (orm.Cooperative, 3),
        (orm.Person, three.persons),
        (orm.PersonNameToken, three.name_tokens),
        (orm.Membership, 60),
        (orm.BoardPosition, three.board_positions),
        (orm.CapitalPayment, three.capital_payments),
        (orm.Meeting, three.meetings),
        (orm.TrainingParticipant, three.training_participants),
    ):
        assert _count(services, model) == expected, model.__tablename__
    assert three.rows > 300 and three.elapsed_seconds > 0 and not three.cancelled


def test_niks_are_valid_and_agree_with_birth_date_and_sex(services, three):
    with services.ctx.session_factory() as s:
        persons = [to_entity(r, Person) for r in s.scalars(select(orm.Person))]
    assert {p.sex for p in persons} == {Sex.MALE, Sex.FEMALE}
    assert len({p.nik for p in persons}) == len(persons)
    for p in persons:
        info, issues = parse_nik(p.nik, TODAY)
        assert info is not None and issues == [], (p.nik, issues)
        assert check_nik_against(info, p.birth_date, p.sex) == []
        assert info.district_code == AREA and p.village_code.startswith(AREA)
        assert 20 <= (TODAY - p.birth_date).days // 365 <= 70
        assert p.name.strip() and p.rt and p.rw and p.address
        assert not p.phone or p.phone.startswith("08")


def test_every_cooperative_passes_the_rules(services, three):
    snaps = _snapshots(services)
    assert len(snaps) == 3
    for snap in snaps:
        errors = [i for i in check_cooperative(snap) if i.is_error]
        assert errors == [], (snap.cooperative.name, errors)
        assert snap.cooperative.name.startswith("Koperasi Kelurahan Merah Putih ")
        assert snap.cooperative.simpanan_pokok and snap.cooperative.simpanan_wajib


def test_board_has_five_roles_a_woman_and_the_lurah_outside_the_members(services, three):
    for snap in _snapshots(services):
        pengurus = [b for b in snap.board if b.body is Body.PENGURUS]
        pengawas = [b for b in snap.board if b.body is Body.PENGAWAS]
        member_ids = {m.person.id for m in snap.members}
        people = {p.id: p for p in snap.people}
        assert sorted(b.role for b in pengurus) == sorted(REQUIRED_PENGURUS_ROLES)
        assert any(people[b.person_id].sex is Sex.FEMALE for b in pengurus)
        chair = [b for b in pengawas if b.role is BoardRole.KETUA_PENGAWAS]
        assert len(chair) == 1 and chair[0].ex_officio
        assert chair[0].person_id not in member_ids
        assert sum(b.role is BoardRole.ANGGOTA_PENGAWAS for b in pengawas) == 2
        assert not {b.person_id for b in pengurus} & {b.person_id for b in pengawas}
        founders = [m for m in snap.members if m.membership.is_founder]
        assert len(founders) >= MIN_FOUNDERS
        numbers = sorted(m.membership.member_number for m in snap.members)
        assert numbers == [f"{i:04d}" for i in range(1, 21)]


def test_a_larger_area_spreads_over_stages_and_stays_valid(services, demo):
    result = demo.generate("31.74", 40, members=12, seed=3)
    snaps = _snapshots(services)
    assert result.cooperatives == len(snaps) == 40
    assert all(not [i for i in check_cooperative(s) if i.is_error] for s in snaps)
    stages = Counter(derive_stage(s) for s in snaps)
    assert len(stages) >= 6, stages
    assert stages[Stage.RAT] + stages[Stage.GERAI_BEROPERASI] > 0
    for snap in snaps:
        musk = [m for m in snap.meetings if m.kind.value == "muskelsus"]
        for m in musk:
            assert len(m.chairs) == 3 and sorted(m.decisions) == list("abcdefg")
    names = [m.person.name for s in snaps for m in s.members]
    assert any("'" in n for n in names)
    assert result.training_events >= 1 and result.training_participants >= 2


def test_too_many_villages_are_refused_with_the_numbers(services, demo, three):
    with pytest.raises(DomainError) as info:
        demo.generate(AREA, 8, seed=7)
    assert info.value.code == "demo.too_many_villages" and info.value.field == "villages"
    assert info.value.params == {"requested": 8, "available": 7}


def test_too_few_members_are_refused(demo):
    with pytest.raises(DomainError) as info:
        demo.generate(AREA, 1, members=8)
    assert info.value.code == "demo.too_few_members"
    assert info.value.params["minimum"] == 9


def test_same_seed_gives_the_same_names_on_a_fresh_database(services, demo, three):
    first = _names_by_village(services)
    with services.ctx.session_factory.begin() as s:
        for model in DEMO_TABLES:
            s.execute(delete(model))
    again = demo.generate(AREA, 3, members=20, seed=7)
    assert again.village_codes == three.village_codes
    assert _names_by_village(services) == first


def test_a_second_run_fills_other_villages(services, demo, three):
    more = demo.generate(AREA, 3, members=20, seed=7)
    assert not set(more.village_codes) & set(three.village_codes)
    assert _count(services, orm.Cooperative) == 6
    assert all(not [i for i in check_cooperative(s) if i.is_error] for s in _snapshots(services))


def test_generated_people_are_found_by_nik_and_by_name_prefix(services, three):
    with services.ctx.session_factory() as s:
        row = s.scalars(select(orm.Person).order_by(orm.Person.nik).limit(1)).one()
        nik, pid, word = row.nik, row.id, row.name.split()[-1]
    assert [p.id for p in services.persons.find_by_nik(nik)] == [pid]
    prefix = word.replace("'", "")[:3]
    found = services.persons.search(prefix, limit=500)
    assert pid in {p.id for p in found}


def test_progress_reports_and_cancel_keeps_the_database_clean(services, demo):
    calls = []
    demo.generate(AREA, 2, members=9, progress=lambda done, total: calls.append((done, total)))
    assert calls[0] == (0, 2) and calls[-1] == (2, 2)
    stopped = demo.generate(AREA, 3, members=9, seed=2, cancelled=lambda: True)
    assert stopped.cancelled and stopped.cooperatives == 0 and stopped.village_codes == ()
    assert _count(services, orm.Cooperative) == 2


def test_cancel_mid_run_keeps_the_committed_villages_whole(services, demo, monkeypatch):
    monkeypatch.setattr(demo_service, "COMMIT_ROWS", 100)  # a commit every two villages
    seen = []
    result = demo.generate(
        AREA,
        6,
        members=9,
        progress=lambda done, _: seen.append(done),
        cancelled=lambda: len(seen) >= 3,
    )
    assert result.cancelled and seen == [0, 2, 4]
    assert (
        result.cooperatives == len(result.village_codes) == _count(services, orm.Cooperative) == 4
    )
    assert result.memberships == _count(services, orm.Membership) == 4 * 9
    assert all(not [i for i in check_cooperative(s) if i.is_error] for s in _snapshots(services))


def test_rows_carry_the_run_time_and_user_and_read_back_through_the_orm(services, three):
    with services.ctx.session_factory() as s:
        person = s.scalars(select(orm.Person).limit(1)).one()
        meeting = s.scalars(select(orm.Meeting).where(orm.Meeting.kind == "muskelsus")).first()
        assert person.created_at == NOW and person.updated_at == NOW
        assert person.updated_by == "tester" and person.deleted_at is None
        if meeting is not None:
            entity = to_entity(meeting, Meeting)
            assert entity.meeting_date <= TODAY and len(entity.chairs) == 3
            assert entity.decisions["b"].startswith("Nama koperasi: Koperasi Kelurahan")


def test_sequential_ids_are_ascending_uuid7_strings():
    ids = SequentialIds(NOW)
    values = [ids() for _ in range(1000)]
    assert values == sorted(values) and len(set(values)) == 1000
    parsed = uuid.UUID(values[0])
    assert parsed.version == 7 and str(parsed) == values[0]
    assert SequentialIds(NOW)() != values[0]  # another run gets other random bits


def test_bulk_writer_refuses_a_layout_that_forgets_a_column(engine):
    table = orm.Base.metadata.tables["mentoring_visit"]
    with pytest.raises(ValueError, match="follow_up"):
        BulkWriter(engine.dialect, {table: [c.name for c in table.c if c.name != "follow_up"]})


def test_bulk_insert_and_bulk_insert_dicts_write_rows(services, engine):
    table = orm.Base.metadata.tables["training_event"]
    values = DbValues.for_dialect(engine.dialect)
    stamp = values.timestamp(NOW)
    row = ("e1", stamp, stamp, "tester", None, "Pelatihan", "Dinas", "APBD")
    row += (values.date(TODAY), values.date(TODAY), "Aula", "luring", values.json(["a"]), 8)
    with engine.begin() as conn:
        assert bulk_insert(conn, table, [row], EVENT_COLUMNS) == 1
        data = {"id": "e2", "title": "Pelatihan 2", "start_date": TODAY, "end_date": TODAY}
        assert bulk_insert_dicts(conn, table, [{**data, "mode": "daring"}]) == 1
    with services.ctx.session_factory() as s:
        first, second = (s.get(orm.TrainingEvent, key) for key in ("e1", "e2"))
        assert first.start_date == TODAY and first.topics == ("a",) and first.created_at == NOW
        assert second.topics == () and second.created_at is not None


def test_each_demo_transaction_leaves_one_audit_summary(services, three):
    entries = services.audit.recent(limit=10)
    assert len(entries) == 1  # three villages: one transaction, its rows not audited one by one
    entry = entries[0]
    assert (entry.action, entry.entity, entry.entity_id) == ("generate", "demo", AREA)
    assert entry.changes["counts"]["person"] == three.persons
    assert entry.changes["counts"]["membership"] == three.memberships
    assert services.audit.verify().ok
