"""TrainingService: events, participants (attendance, scores, certificates), mentoring."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from kopdes_desktop.bootstrap import Services
from kopdes_desktop.domain.entities import MentoringVisit, TrainingEvent, TrainingParticipant
from kopdes_desktop.domain.enums import CertificateType, ParticipantRole, TrainingMode
from kopdes_desktop.domain.errors import NotFoundError, ValidationError
from kopdes_desktop.storage import orm
from tests.unit.services.helpers import GUNUNG, make_cooperative, make_person

D1, D2, D3 = date(2025, 9, 8), date(2025, 9, 9), date(2025, 9, 10)


def _event(**kw: object) -> TrainingEvent:
    values: dict[str, object] = {
        "title": "Pelatihan Pengurus KKMP Jakarta Selatan",
        "organiser": "Sudin PPKUKM",
        "funding_source": "APBD",
        "start_date": D1,
        "end_date": D2,
        "venue": "Pusdiklat",
        "mode": TrainingMode.LURING,
        "topics": ("dasar_koperasi", "permodalan"),
        "hours": 16,
        **kw,
    }
    return TrainingEvent(**values)  # type: ignore[arg-type]


def _issues(exc: pytest.ExceptionInfo[ValidationError]) -> list[tuple[str, str | None]]:
    return [(i.code, i.field) for i in exc.value.issues]


@pytest.fixture
def event(services: Services) -> TrainingEvent:
    return services.training.save_event(_event())


def test_saved_event_comes_back_equal(services: Services) -> None:
    event = _event(topics=("dasar_koperasi", " ", "permodalan"))
    saved = services.training.save_event(event)
    assert saved.topics == ("dasar_koperasi", "permodalan")
    assert replace(saved, created_at=None, updated_at=None, updated_by=None) == replace(
        event, topics=("dasar_koperasi", "permodalan")
    )
    assert services.training.get_event(event.id) == saved
    assert services.training.list_events() == [saved]


def test_event_rules(services: Services) -> None:
    with pytest.raises(ValidationError) as exc:
        services.training.save_event(_event(title="  ", end_date=date(2025, 9, 1)))
    assert _issues(exc) == [
        ("training.title_required", "title"),
        ("training.dates_order", "end_date"),
    ]
    assert services.training.list_events() == []


def test_events_newest_first_and_deleted_ones_hidden(services: Services) -> None:
    old = services.training.save_event(
        _event(start_date=date(2025, 7, 1), end_date=date(2025, 7, 1))
    )
    new = services.training.save_event(_event())
    assert [e.id for e in services.training.list_events()] == [new.id, old.id]
    services.training.delete_event(old.id)
    assert [e.id for e in services.training.list_events()] == [new.id]
    with pytest.raises(NotFoundError):
        services.training.get_event(old.id)


def test_saved_participant_comes_back_equal(services: Services, event: TrainingEvent) -> None:
    coop = make_cooperative(services)
    person = make_person(services, "Rina")
    participant = TrainingParticipant(
        event_id=event.id,
        person_id=person,
        cooperative_id=coop,
        role=ParticipantRole.PENGAWAS,
        attendance=(D2, D1, D2),
        pre_score=55.5,
        post_score=90.0,
        certificate_type=CertificateType.KOMPETENSI,
        certificate_number="BNSP-1",
        certificate_issued=D2,
        certificate_expires=date(2028, 9, 9),
    )
    saved = services.training.save_participant(participant)
    assert saved.attendance == (D1, D2)  # sorted, each day once
    assert replace(saved, created_at=None, updated_at=None, updated_by=None) == replace(
        participant, attendance=(D1, D2)
    )
    assert services.training.participants(event.id) == [saved]


def test_participant_rules(services: Services, event: TrainingEvent) -> None:
    bad = TrainingParticipant(
        event_id=event.id,
        person_id=make_person(services),
        attendance=(D1, D3),
        pre_score=-1,
        post_score=100.5,
        certificate_issued=D2,
        certificate_expires=D1,
    )
    with pytest.raises(ValidationError) as exc:
        services.training.save_participant(bad)
    assert _issues(exc) == [
        ("training.attendance_outside", "attendance"),
        ("training.score_range", "pre_score"),
        ("training.score_range", "post_score"),
        ("training.certificate_dates", "certificate_expires"),
    ]
    assert exc.value.issues[0].params["date"] == "2025-09-10"
    assert services.training.participants(event.id) == []


def test_one_line_per_person_per_event(services: Services, event: TrainingEvent) -> None:
    person = make_person(services)
    first = services.training.save_participant(
        TrainingParticipant(event_id=event.id, person_id=person)
    )
    with pytest.raises(ValidationError) as exc:
        services.training.save_participant(TrainingParticipant(event_id=event.id, person_id=person))
    assert _issues(exc) == [("training.participant_duplicate", "person_id")]
    services.training.save_participant(replace(first, post_score=80))  # editing is no duplicate
    services.training.delete_participant(first.id)
    services.training.save_participant(TrainingParticipant(event_id=event.id, person_id=person))
    assert len(services.training.participants(event.id)) == 1


def test_participant_references_must_exist(services: Services, event: TrainingEvent) -> None:
    person = make_person(services)
    with pytest.raises(NotFoundError) as exc:
        services.training.save_participant(
            TrainingParticipant(event_id=event.id, person_id="ghost")
        )
    assert (exc.value.code, exc.value.field) == ("person.not_found", "person_id")
    with pytest.raises(NotFoundError) as exc:
        services.training.save_participant(TrainingParticipant(event_id="ghost", person_id=person))
    assert (exc.value.code, exc.value.field) == ("training.event_not_found", "event_id")
    with pytest.raises(NotFoundError) as exc:
        services.training.save_participant(
            TrainingParticipant(event_id=event.id, person_id=person, cooperative_id="ghost")
        )
    assert exc.value.field == "cooperative_id"


def test_participants_sorted_by_name(services: Services, event: TrainingEvent) -> None:
    for name in ("zainal", "Ani", "budi"):
        services.training.save_participant(
            TrainingParticipant(event_id=event.id, person_id=make_person(services, name))
        )
    people = {p.id: p.name for p in _people(services)}
    names = [people[p.person_id] for p in services.training.participants(event.id)]
    assert names == ["Ani", "budi", "zainal"]


def _people(services: Services) -> list[orm.Person]:
    with services.ctx.session_factory() as session:
        return list(session.query(orm.Person))


def test_trained_board_members(services: Services, event: TrainingEvent) -> None:
    coop = make_cooperative(services)
    other = make_cooperative(services, GUNUNG, name="Koperasi Kelurahan Merah Putih Gunung")
    second = services.training.save_event(_event(title="Pelatihan Lanjutan"))
    ketua, pengawas = make_person(services, "Ketua"), make_person(services, "Pengawas")

    def join(ev: TrainingEvent, person: str, role: ParticipantRole, coop_id: str = coop) -> str:
        return services.training.save_participant(
            TrainingParticipant(event_id=ev.id, person_id=person, cooperative_id=coop_id, role=role)
        ).id

    join(event, ketua, ParticipantRole.PENGURUS)
    join(second, ketua, ParticipantRole.PENGURUS)  # same person twice counts once
    join(event, pengawas, ParticipantRole.PENGAWAS)
    join(event, make_person(services), ParticipantRole.ANGGOTA)
    join(event, make_person(services), ParticipantRole.PENGELOLA)
    join(event, make_person(services), ParticipantRole.PENGURUS, other)
    assert services.training.trained_board_members(coop) == 2
    assert services.training.trained_board_members(other) == 1

    services.training.delete_event(event.id)  # its participants go with it
    assert services.training.trained_board_members(coop) == 1
    assert services.training.participants(event.id) == []


def test_mentoring_visits(services: Services) -> None:
    coop = make_cooperative(services)
    first = services.training.save_visit(
        MentoringVisit(
            cooperative_id=coop,
            visit_date=date(2025, 10, 1),
            mentor_name=" Business Assistant ",
            topics="pembukuan",
            findings="kas belum dicatat",
            follow_up="pelatihan kas",
        )
    )
    assert first.mentor_name == "Business Assistant"
    later = services.training.save_visit(
        MentoringVisit(cooperative_id=coop, visit_date=date(2025, 11, 1), mentor_name="PMO")
    )
    assert services.training.visits(coop) == [later, first]
    with pytest.raises(ValidationError) as exc:
        services.training.save_visit(
            MentoringVisit(cooperative_id=coop, visit_date=date(2025, 11, 2), mentor_name=" ")
        )
    assert _issues(exc) == [("mentoring.mentor_required", "mentor_name")]
    with pytest.raises(NotFoundError):
        services.training.save_visit(
            MentoringVisit(cooperative_id="ghost", visit_date=date(2025, 11, 2), mentor_name="PMO")
        )
    services.training.delete_visit(first.id)
    assert services.training.visits(coop) == [later]


def test_event_with_participants_saves_all_at_once(services: Services) -> None:
    coop = make_cooperative(services)
    ani, budi = make_person(services, "Ani"), make_person(services, "Budi")
    event = _event()
    lines = [
        TrainingParticipant(
            event_id="",
            person_id=ani,
            cooperative_id=coop,
            attendance=(D2, D1, D1),
            pre_score=60.0,
            post_score=85.5,
        ),
        TrainingParticipant(event_id="", person_id=budi, role=ParticipantRole.PENDAMPING),
    ]
    saved, stored = services.training.save_event_with_participants(event, lines)
    assert saved.id == event.id
    assert [p.attendance for p in stored] == [(D1, D2), ()]
    assert services.training.participant_counts() == {event.id: 2}

    # One bad line refuses the whole batch, naming the person; nothing of it is stored.
    wrong = replace(stored[1], post_score=150.0)
    with pytest.raises(ValidationError) as exc:
        services.training.save_event_with_participants(
            replace(saved, title="Renamed"), [stored[0], wrong], removed_ids=[stored[0].id]
        )
    assert [(i.code, i.params["person_id"]) for i in exc.value.issues] == [
        ("training.score_range", budi)
    ]
    assert services.training.get_event(event.id).title == saved.title
    assert len(services.training.participants(event.id)) == 2

    # Removing a line and re-adding the same person as a new line is allowed in one batch.
    again = TrainingParticipant(event_id=event.id, person_id=ani)
    services.training.save_event_with_participants(
        saved, [again, stored[1]], removed_ids=[stored[0].id]
    )
    assert {p.id for p in services.training.participants(event.id)} == {again.id, stored[1].id}
