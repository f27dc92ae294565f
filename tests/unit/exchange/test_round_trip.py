"""A kelurahan exports, its Sudin imports: every record and scan arrives unchanged, a second
import changes nothing, and an edit made on both sides is a conflict the operator decides."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from kopdes_desktop.domain.errors import DomainError
from kopdes_desktop.exchange.merge import Outcome
from kopdes_desktop.storage import orm
from tests.unit.exchange.helpers import (
    MELAWAI,
    PDF_BYTES,
    PNG_BYTES,
    count,
    db_checksum,
    edit,
    seed_melawai,
    synced_rows,
)


@pytest.fixture
def kelurahan(office):
    services = office("kel", MELAWAI, "Kelurahan Melawai")
    seed_melawai(services)
    return services


@pytest.fixture
def sudin(office):
    return office("sudin", "31.74", "Sudin PPKUKM Jakarta Selatan")


def test_round_trip_copies_every_record_and_attachment(kelurahan, sudin, tmp_path: Path):
    package = tmp_path / "melawai.zip"
    exported = kelurahan.exchange.export(package)
    assert exported.counts["attachment"] == 2
    plan = sudin.exchange.import_package(package, accept_new_office=True)
    assert plan.applied
    assert plan.total(Outcome.NEW) == sum(exported.counts.values())
    assert synced_rows(sudin) == synced_rows(kelurahan)
    with sudin.ctx.session_factory() as session:
        blobs = set(session.scalars(select(orm.Attachment.sha256)))
    assert {sudin.attachments.blob_path(sha).read_bytes() for sha in blobs} == {
        PDF_BYTES,
        PNG_BYTES,
    }
    melawai = next(g for g in plan.groups if g.village_code == MELAWAI)
    assert melawai.name.endswith("Melawai")
    assert melawai.counts[Outcome.NEW] > 0


def test_second_import_changes_nothing(kelurahan, sudin, tmp_path: Path):
    package = tmp_path / "melawai.zip"
    kelurahan.exchange.export(package)
    sudin.exchange.import_package(package, accept_new_office=True)
    before = synced_rows(sudin)
    again = sudin.exchange.import_package(package)
    assert again.applied
    assert again.total(Outcome.UNCHANGED) == sum(again.package.counts.values())
    assert again.total(Outcome.NEW) == again.total(Outcome.CHANGED) == 0
    assert synced_rows(sudin) == before


def test_dry_run_changes_nothing(kelurahan, sudin, tmp_path: Path):
    package = tmp_path / "melawai.zip"
    kelurahan.exchange.export(package)
    before = db_checksum(sudin)
    plan = sudin.exchange.plan(package, accept_new_office=True)
    assert not plan.applied
    assert plan.total(Outcome.NEW) > 0
    assert db_checksum(sudin) == before
    assert sudin.signing.trusted_keys() == []  # trusting waits for a real import


def _first_exchange(kelurahan, sudin, tmp_path: Path) -> Path:
    package = tmp_path / "first.zip"
    kelurahan.exchange.export(package)
    assert sudin.exchange.import_package(package, accept_new_office=True).applied
    return tmp_path / "second.zip"


def test_edit_on_both_sides_is_a_conflict_the_operator_resolves(kelurahan, sudin, tmp_path):
    second = _first_exchange(kelurahan, sudin, tmp_path)
    coop = kelurahan.cooperatives.get_by_village(MELAWAI)
    edit(kelurahan, orm.Cooperative, coop.id, phone="0217654321")
    edit(sudin, orm.Cooperative, coop.id, phone="0211111111")
    kelurahan.exchange.export(second)

    plan = sudin.exchange.plan(second)
    assert [c.key for c in plan.conflicts] == [f"cooperative:{coop.id}"]
    [conflict] = plan.conflicts
    assert {f.name for f in conflict.fields} == {"phone"}
    assert (conflict.fields[0].ours, conflict.fields[0].theirs) == ("0211111111", "0217654321")

    blocked = sudin.exchange.import_package(second)
    assert not blocked.applied and blocked.unresolved
    assert sudin.cooperatives.get(coop.id).phone == "0211111111"  # never silently replaced
    with pytest.raises(DomainError) as refused:
        sudin.exchange.apply(plan)
    assert refused.value.code == "exchange.conflicts_unresolved"

    done = sudin.exchange.apply(plan, {conflict.key: "theirs"})
    assert done.applied
    assert sudin.cooperatives.get(coop.id).phone == "0217654321"
    assert sudin.exchange.import_package(second).total(Outcome.UNCHANGED) > 0


def test_keeping_ours_is_remembered(kelurahan, sudin, tmp_path):
    second = _first_exchange(kelurahan, sudin, tmp_path)
    coop = kelurahan.cooperatives.get_by_village(MELAWAI)
    edit(kelurahan, orm.Cooperative, coop.id, phone="0217654321")
    edit(sudin, orm.Cooperative, coop.id, phone="0211111111")
    kelurahan.exchange.export(second)
    plan = sudin.exchange.plan(second)
    sudin.exchange.apply(plan, {plan.conflicts[0].key: "ours"})
    assert sudin.cooperatives.get(coop.id).phone == "0211111111"
    again = sudin.exchange.plan(second)
    assert not again.conflicts
    assert again.totals["cooperative"] == {Outcome.KEPT_OURS: 1}


def test_only_their_change_is_applied_and_only_ours_is_kept(kelurahan, sudin, tmp_path):
    second = _first_exchange(kelurahan, sudin, tmp_path)
    coop = kelurahan.cooperatives.get_by_village(MELAWAI)
    with kelurahan.ctx.session_factory() as session:
        theirs, ours = session.scalars(select(orm.Membership.id).limit(2)).all()
    edit(kelurahan, orm.Membership, theirs, member_number="KEL-001")
    edit(sudin, orm.Membership, ours, member_number="SUDIN-002")
    kelurahan.exchange.export(second)
    plan = sudin.exchange.import_package(second)
    assert plan.applied
    assert plan.totals["membership"][Outcome.CHANGED] == 1
    assert plan.totals["membership"][Outcome.KEPT_OURS] == 1
    changed = next(c for g in plan.groups for c in g.changes if c.outcome is Outcome.CHANGED)
    assert [(f.name, f.theirs) for f in changed.fields] == [("member_number", "KEL-001")]
    with sudin.ctx.session_factory() as session:
        assert session.get(orm.Membership, theirs).member_number == "KEL-001"
        assert session.get(orm.Membership, ours).member_number == "SUDIN-002"
    assert coop.id in {g.cooperative_id for g in plan.groups}


def test_deletions_travel_as_tombstones_in_a_delta_package(kelurahan, sudin, tmp_path):
    first = tmp_path / "first.zip"
    kelurahan.exchange.export(first, since_last="sudin")
    sudin.exchange.import_package(first, accept_new_office=True)
    with kelurahan.ctx.session_factory() as session:
        seat = session.scalars(select(orm.BoardPosition.id).limit(1)).one()
    edit(kelurahan, orm.BoardPosition, seat, deleted_at=kelurahan.ctx.now())
    delta = tmp_path / "delta.zip"
    result = kelurahan.exchange.export(delta, since_last="sudin")
    assert result.manifest.scope.since is not None
    assert {t: n for t, n in result.counts.items() if n} == {"board_position": 1}
    plan = sudin.exchange.import_package(delta)
    assert plan.totals["board_position"] == {Outcome.CHANGED: 1}
    with sudin.ctx.session_factory() as session:
        assert session.get(orm.BoardPosition, seat).deleted_at is not None
    nothing = kelurahan.exchange.export(tmp_path / "empty.zip", since_last="sudin")
    assert sum(nothing.counts.values()) == 0


def test_person_search_finds_imported_persons(kelurahan, sudin, tmp_path):
    _first_exchange(kelurahan, sudin, tmp_path)
    person = kelurahan.persons.get(_first_person_id(kelurahan))
    word = person.name.split()[0][:4]
    assert person.id in {p.id for p in sudin.persons.search(word, limit=500)}
    assert count(sudin, orm.PersonNameToken) == count(kelurahan, orm.PersonNameToken)


def _first_person_id(services) -> str:
    with services.ctx.session_factory() as session:
        return session.scalars(select(orm.Person.id).order_by(orm.Person.id).limit(1)).one()


@pytest.mark.parametrize("feed", [False, True], ids=["in_process", "reader_process"])
def test_bulk_load_into_empty_tables_gives_the_same_database(
    kelurahan, sudin, tmp_path, monkeypatch, feed
):
    """The national fast path (indexes dropped and rebuilt, foreign keys checked per table,
    exchange bases written by the inserts themselves; on SQLite the rows read by a second
    process) runs here on a small package."""
    from sqlalchemy import inspect

    from kopdes_desktop.services import exchange_import

    monkeypatch.setattr(exchange_import, "BULK_INDEX_MIN_ROWS", 1)
    monkeypatch.setattr(exchange_import, "FEED_MIN_ROWS", 1 if feed else 10**9)
    package = tmp_path / "melawai.zip"
    kelurahan.exchange.export(package)
    indexes_before = {
        t: sorted(i["name"] for i in inspect(sudin.engine).get_indexes(t))
        for t in ("person", "membership", "person_name_token")
    }
    assert sudin.exchange.import_package(package, accept_new_office=True).applied
    assert synced_rows(sudin) == synced_rows(kelurahan)
    indexes_after = {
        t: sorted(i["name"] for i in inspect(sudin.engine).get_indexes(t)) for t in indexes_before
    }
    assert indexes_after == indexes_before
    classes = (
        orm.Cooperative,
        orm.Person,
        orm.Membership,
        orm.TrainingEvent,
        orm.BoardPosition,
        orm.BusinessUnit,
        orm.CapitalPayment,
        orm.Meeting,
        orm.MeetingAttendee,
        orm.TrainingParticipant,
        orm.MentoringVisit,
        orm.IssuedDocument,
        orm.Attachment,
    )
    assert sum(count(kelurahan, cls) for cls in classes) > 50
    with sudin.ctx.session_factory() as session:
        for cls in classes:
            rows = session.execute(select(cls.updated_at, cls.exchange_base, cls.received_at))
            bases = [(u, b, r is not None) for u, b, r in rows]
            assert len(bases) == count(kelurahan, cls), cls.__tablename__
            # Every record's base is the version it came with, and it was received now.
            assert all(u == b and received for u, b, received in bases), cls.__tablename__
    again = sudin.exchange.import_package(package)
    assert again.total(Outcome.UNCHANGED) == sum(again.package.counts.values())
