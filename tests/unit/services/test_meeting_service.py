"""MeetingService: meetings, their warnings, and the attendance list replaced as a whole."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from kopdes_desktop.bootstrap import Services
from kopdes_desktop.domain.entities import Meeting, MeetingAttendee
from kopdes_desktop.domain.enums import MeetingKind, Severity, Sex
from kopdes_desktop.domain.errors import NotFoundError, ValidationError
from kopdes_desktop.storage import orm
from tests.unit.services.helpers import make_cooperative, make_person

MUSKELSUS_DAY = date(2025, 5, 31)


@pytest.fixture
def coop(services: Services) -> str:
    return make_cooperative(services)


def _muskelsus(coop: str, **kw: object) -> Meeting:
    values: dict[str, object] = {
        "cooperative_id": coop,
        "kind": MeetingKind.MUSKELSUS,
        "meeting_date": MUSKELSUS_DAY,
        "start_time": "13.00",
        "place": "Aula Kelurahan Melawai",
        "chairs": ("Ahmad", "Bambang", "Citra"),
        "attendance_count": 120,
        "decisions": {"a": "setuju membentuk koperasi", "b": "nama"},
        **kw,
    }
    return Meeting(**values)  # type: ignore[arg-type]


def test_saved_meeting_comes_back_equal(services: Services, coop: str) -> None:
    meeting = _muskelsus(coop, title="Musyawarah Kelurahan Khusus", notes="lancar")
    saved = services.meetings.save(meeting)
    assert replace(saved, created_at=None, updated_at=None, updated_by=None) == meeting
    assert services.meetings.get(meeting.id) == saved
    assert services.meetings.list(coop) == [saved]


def test_negative_attendance_is_refused(services: Services, coop: str) -> None:
    with pytest.raises(ValidationError) as exc:
        services.meetings.save(_muskelsus(coop, attendance_count=-1))
    assert [(i.code, i.field) for i in exc.value.issues] == [
        ("meeting.attendance_negative", "attendance_count")
    ]
    assert services.meetings.list(coop) == []


def test_bad_start_time_is_refused(services: Services, coop: str) -> None:
    with pytest.raises(ValidationError) as exc:
        services.meetings.save(_muskelsus(coop, start_time="25.99"))
    assert exc.value.code == "meeting.start_time_invalid"
    assert services.meetings.save(_muskelsus(coop, start_time="09:30")).start_time == "09:30"


def test_muskelsus_without_three_chairs_warns_but_saves(services: Services, coop: str) -> None:
    meeting = _muskelsus(coop, chairs=("Ahmad", " ", "Bambang"))
    issues = services.meetings.check(meeting)
    assert [(i.code, i.field, i.severity) for i in issues] == [
        ("meeting.chairs_count", "chairs", Severity.WARNING)
    ]
    assert issues[0].params == {"count": 2, "expected": 3}
    assert services.meetings.save(meeting).chairs == ("Ahmad", "Bambang")
    assert services.meetings.check(_muskelsus(coop)) == []
    rat = Meeting(cooperative_id=coop, kind=MeetingKind.RAT, meeting_date=date(2026, 3, 1))
    assert services.meetings.check(rat) == []


def test_unknown_cooperative(services: Services) -> None:
    with pytest.raises(NotFoundError) as exc:
        services.meetings.save(_muskelsus("nope"))
    assert (exc.value.code, exc.value.field) == ("cooperative.not_found", "cooperative_id")


def test_list_by_kind_in_date_order(services: Services, coop: str) -> None:
    sos = services.meetings.save(
        Meeting(cooperative_id=coop, kind=MeetingKind.SOSIALISASI, meeting_date=date(2025, 5, 10))
    )
    rat = services.meetings.save(
        Meeting(cooperative_id=coop, kind=MeetingKind.RAT, meeting_date=date(2026, 3, 1))
    )
    musk = services.meetings.save(_muskelsus(coop))
    assert [m.id for m in services.meetings.list(coop)] == [sos.id, musk.id, rat.id]
    assert services.meetings.list(coop, MeetingKind.RAT) == [rat]


def test_set_attendees_replaces_the_list(services: Services, coop: str) -> None:
    meeting = services.meetings.save(_muskelsus(coop))
    lurah = make_person(services, "Drs. Hendra")
    first = [
        MeetingAttendee(meeting_id=meeting.id, name="Wati", element="PKK", sex=Sex.FEMALE),
        MeetingAttendee(meeting_id=meeting.id, name="Umar", element="RW 02"),
        MeetingAttendee(meeting_id=meeting.id, person_id=lurah, name="", element="Lurah"),
    ]
    stored = services.meetings.set_attendees(meeting.id, first)
    assert [a.name for a in stored] == ["Wati", "Umar", "Drs. Hendra"]  # as typed
    assert services.meetings.attendees(meeting.id) == stored

    wati = next(a for a in stored if a.name == "Wati")
    second = [
        replace(wati, present=False),
        MeetingAttendee(meeting_id=meeting.id, name="Yusuf", element="LMK"),
    ]
    stored = services.meetings.set_attendees(meeting.id, second)
    assert [(a.name, a.present) for a in stored] == [("Wati", False), ("Yusuf", True)]
    assert stored[0].id == wati.id
    with services.ctx.session_factory() as session:
        rows = session.query(orm.MeetingAttendee).filter_by(meeting_id=meeting.id).all()
        assert sum(r.deleted_at is not None for r in rows) == 2  # tombstones, not removed


def test_invalid_attendee_list_changes_nothing(services: Services, coop: str) -> None:
    meeting = services.meetings.save(_muskelsus(coop))
    services.meetings.set_attendees(
        meeting.id, [MeetingAttendee(meeting_id=meeting.id, name="Wati")]
    )
    bad = [
        MeetingAttendee(meeting_id=meeting.id, name="Umar"),
        MeetingAttendee(meeting_id=meeting.id, name=" "),
        MeetingAttendee(meeting_id=meeting.id, name="X", person_id="ghost"),
    ]
    with pytest.raises(ValidationError) as exc:
        services.meetings.set_attendees(meeting.id, bad)
    assert [(i.code, i.field) for i in exc.value.issues] == [
        ("meeting.attendee_name_required", "attendees[1].name"),
        ("person.not_found", "attendees[2].person_id"),
    ]
    assert [a.name for a in services.meetings.attendees(meeting.id)] == ["Wati"]


def test_attendee_of_another_meeting_is_refused(services: Services, coop: str) -> None:
    one = services.meetings.save(_muskelsus(coop))
    two = services.meetings.save(_muskelsus(coop, kind=MeetingKind.PENDIRIAN))
    with pytest.raises(ValidationError) as exc:
        services.meetings.set_attendees(one.id, [MeetingAttendee(meeting_id=two.id, name="A")])
    assert exc.value.code == "meeting.attendee_wrong_meeting"


def test_deleting_a_meeting_hides_it_and_its_attendees(services: Services, coop: str) -> None:
    meeting = services.meetings.save(_muskelsus(coop))
    services.meetings.set_attendees(
        meeting.id, [MeetingAttendee(meeting_id=meeting.id, name="Wati")]
    )
    services.meetings.delete(meeting.id)
    assert services.meetings.list(coop) == []
    assert services.meetings.attendees(meeting.id) == []
    with pytest.raises(NotFoundError):
        services.meetings.get(meeting.id)
    with pytest.raises(NotFoundError):
        services.meetings.set_attendees(meeting.id, [])
