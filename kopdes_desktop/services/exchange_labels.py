"""Names for the records an import plan lists, so the difference view says "Siti Aminah"
instead of a UUID.

Listed records (changed, kept, in conflict) all exist in the local database, so their names
are read from it: a record's own name or title, else the name of the person it belongs to
(membership, board seat, training participation, payment). One query per table and per
500 ids keeps a plan of 20,000 listed records quick.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from typing import Any

from sqlalchemy import select

from kopdes_desktop.exchange.merge import RecordChange, record_key
from kopdes_desktop.services.context import ServiceContext
from kopdes_desktop.storage import orm

CHUNK = 500
_OWN_NAME: dict[str, tuple[Any, Any]] = {
    "cooperative": (orm.Cooperative, orm.Cooperative.name),
    "person": (orm.Person, orm.Person.name),
    "business_unit": (orm.BusinessUnit, orm.BusinessUnit.name),
    "meeting": (orm.Meeting, orm.Meeting.title),
    "meeting_attendee": (orm.MeetingAttendee, orm.MeetingAttendee.name),
    "training_event": (orm.TrainingEvent, orm.TrainingEvent.title),
    "mentoring_visit": (orm.MentoringVisit, orm.MentoringVisit.mentor_name),
    "issued_document": (orm.IssuedDocument, orm.IssuedDocument.number),
    "attachment": (orm.Attachment, orm.Attachment.original_name),
}
_PERSON_OF: dict[str, Any] = {
    "membership": orm.Membership,
    "board_position": orm.BoardPosition,
    "training_participant": orm.TrainingParticipant,
}


def _chunks(ids: list[str]) -> Iterable[list[str]]:
    for start in range(0, len(ids), CHUNK):
        yield ids[start : start + CHUNK]


def record_labels(ctx: ServiceContext, changes: Iterable[RecordChange]) -> dict[str, str]:
    """``table:id`` → a name people recognise; records without one are left out."""
    wanted: dict[str, set[str]] = defaultdict(set)
    for change in changes:
        wanted[change.table].add(change.record_id)
    labels: dict[str, str] = {}
    with ctx.session_factory() as session:
        for table, ids in wanted.items():
            for chunk in _chunks(sorted(ids)):
                if table in _OWN_NAME:
                    model, column = _OWN_NAME[table]
                    stmt = select(model.id, column).where(model.id.in_(chunk))
                elif table in _PERSON_OF:
                    model = _PERSON_OF[table]
                    stmt = (
                        select(model.id, orm.Person.name)
                        .join(orm.Person, orm.Person.id == model.person_id)
                        .where(model.id.in_(chunk))
                    )
                elif table == "capital_payment":
                    pay, member = orm.CapitalPayment, orm.Membership
                    stmt = (
                        select(pay.id, orm.Person.name)
                        .join(member, member.id == pay.membership_id)
                        .join(orm.Person, orm.Person.id == member.person_id)
                        .where(pay.id.in_(chunk))
                    )
                else:
                    continue
                for record_id, name in session.execute(stmt):
                    if name:
                        labels[record_key(table, record_id)] = str(name)
    return labels
