"""A demo cooperative in Melawai with a Muskelsus and a training, for the document tests."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from kopdes_desktop.bootstrap import Services
from kopdes_desktop.domain.entities import (
    Meeting,
    MeetingAttendee,
    TrainingEvent,
    TrainingParticipant,
)
from kopdes_desktop.domain.enums import (
    CertificateType,
    MeetingKind,
    ParticipantRole,
)

MELAWAI = "31.74.07.1001"


@dataclass(frozen=True)
class DemoCoop:
    """Ids the tests need."""

    cooperative_id: str
    meeting_id: str
    event_id: str
    participants: int


def demo_coop(services: Services, members: int = 20) -> DemoCoop:
    """Melawai's office with one demo cooperative, a Muskelsus (added when the demo stage has
    none) and a training attended by two of its board members."""
    services.settings.set_area(MELAWAI, "Kelurahan Melawai")
    services.demo.generate(MELAWAI, 1, members=members, seed=3)
    coop = services.cooperatives.get_by_village(MELAWAI)
    assert coop is not None
    found = services.meetings.list(coop.id, MeetingKind.MUSKELSUS)
    if found:
        meeting = found[-1]
    else:
        meeting = services.meetings.save(
            Meeting(
                cooperative_id=coop.id,
                kind=MeetingKind.MUSKELSUS,
                title="Musyawarah Kelurahan Khusus",
                meeting_date=date(2025, 5, 31),
                start_time="09.00",
                place="Aula Kantor Kelurahan Melawai",
                chairs=("Budi Santoso", "Siti Rahma", "Agus Wijaya"),
                attendance_count=30,
            )
        )
        people = services.members.members(coop.id)[:5]
        services.meetings.set_attendees(
            meeting.id,
            [
                MeetingAttendee(meeting_id=meeting.id, person_id=m.person.id, name="")
                for m in people
            ],
        )
    event = services.training.save_event(
        TrainingEvent(
            title="Pelatihan Tata Kelola Koperasi",
            organiser="Sudin PPKUKM Jakarta Selatan",
            start_date=date(2026, 10, 1),
            end_date=date(2026, 10, 2),
            hours=16,
        )
    )
    board = services.board.current(coop.id)[:2]
    for i, position in enumerate(board):
        services.training.save_participant(
            TrainingParticipant(
                event_id=event.id,
                person_id=position.person_id,
                cooperative_id=coop.id,
                role=ParticipantRole.PENGURUS,
                attendance=(date(2026, 10, 1), date(2026, 10, 2)),
                certificate_type=CertificateType.KEIKUTSERTAAN,
                certificate_number=f"CERT-{i + 1:03d}",
                certificate_issued=date(2026, 10, 2),
            )
        )
    return DemoCoop(coop.id, meeting.id, event.id, len(board))
