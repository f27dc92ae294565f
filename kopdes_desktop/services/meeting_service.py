"""Meetings (sosialisasi, Muskelsus, pendirian, RAT) and their attendees.

Meetings are the source of the sosialisasi, Muskelsus and RAT stages and of the berita acara,
so their dates and chairs matter; the attendance list is replaced as a whole because the
daftar hadir is edited as one table.
"""

from __future__ import annotations

import builtins
from dataclasses import replace

from sqlalchemy import select
from sqlalchemy.orm import Session

from kopdes_desktop.domain.entities import Meeting, MeetingAttendee
from kopdes_desktop.domain.enums import MeetingKind
from kopdes_desktop.domain.errors import (
    DomainError,
    Issue,
    ValidationError,
    error,
    warning,
)
from kopdes_desktop.domain.formatting import format_time
from kopdes_desktop.domain.permissions import Action
from kopdes_desktop.services.context import ServiceContext
from kopdes_desktop.services.mapping import (
    get_live,
    require_live,
    soft_delete,
    to_entity,
    upsert_synced,
)
from kopdes_desktop.storage import orm

MUSKELSUS_CHAIRS = 3
"""Practice seen in Jakarta: a Muskelsus is led by three chairs (not a legal rule: warn only)."""


def _tidy(meeting: Meeting) -> Meeting:
    """Drop blank chair names and surrounding blanks so the berita acara prints cleanly."""
    chairs = tuple(c.strip() for c in meeting.chairs if c.strip())
    return replace(
        meeting,
        chairs=chairs,
        start_time=meeting.start_time.strip(),
        place=meeting.place.strip(),
        title=meeting.title.strip(),
    )


def check_meeting(meeting: Meeting) -> list[Issue]:
    """Errors (block saving) and warnings (shown only) on one meeting."""
    issues: list[Issue] = []
    if meeting.attendance_count is not None and meeting.attendance_count < 0:
        issues.append(
            error("meeting.attendance_negative", "attendance_count", count=meeting.attendance_count)
        )
    if meeting.start_time.strip():
        try:
            format_time(meeting.start_time)
        except DomainError:
            issues.append(
                error("meeting.start_time_invalid", "start_time", value=meeting.start_time)
            )
    chairs = [c for c in meeting.chairs if c.strip()]
    if meeting.kind is MeetingKind.MUSKELSUS and len(chairs) != MUSKELSUS_CHAIRS:
        issues.append(
            warning("meeting.chairs_count", "chairs", count=len(chairs), expected=MUSKELSUS_CHAIRS)
        )
    return issues


class MeetingService:
    """Meetings (sosialisasi, Muskelsus, pendirian, RAT) and their attendees."""

    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx

    def check(self, meeting: Meeting) -> builtins.list[Issue]:
        """Findings for the form: ``save`` refuses errors; warnings are the caller's to show."""
        return check_meeting(_tidy(meeting))

    def save(self, meeting: Meeting) -> Meeting:
        """Create or update a meeting of a live cooperative; warnings do not block."""
        self._ctx.require(Action.EDIT_DATA)
        meeting = _tidy(meeting)
        issues = check_meeting(meeting)
        if any(i.is_error for i in issues):
            raise ValidationError(issues)
        with self._ctx.session_factory.begin() as session:
            require_live(
                session,
                orm.Cooperative,
                meeting.cooperative_id,
                "cooperative.not_found",
                "cooperative_id",
            )
            row, _ = upsert_synced(session, orm.Meeting, meeting, self._ctx)
            session.flush()
            return to_entity(row, Meeting)

    def get(self, meeting_id: str) -> Meeting:
        """One live meeting by id."""
        with self._ctx.session_factory() as session:
            return to_entity(get_live(session, orm.Meeting, meeting_id), Meeting)

    def list(self, cooperative_id: str, kind: MeetingKind | None = None) -> builtins.list[Meeting]:
        """Live meetings, oldest first, optionally of one kind."""
        stmt = select(orm.Meeting).where(
            orm.Meeting.cooperative_id == cooperative_id, orm.Meeting.deleted_at.is_(None)
        )
        if kind is not None:
            stmt = stmt.where(orm.Meeting.kind == kind)
        stmt = stmt.order_by(orm.Meeting.meeting_date, orm.Meeting.start_time, orm.Meeting.id)
        with self._ctx.session_factory() as session:
            return [to_entity(r, Meeting) for r in session.scalars(stmt)]

    def delete(self, meeting_id: str) -> None:
        """Soft-delete a meeting and its attendance lines, so both travel as tombstones."""
        self._ctx.require(Action.DELETE_DATA)
        with self._ctx.session_factory.begin() as session:
            soft_delete(session, orm.Meeting, meeting_id, self._ctx)
            for row in _attendee_rows(session, meeting_id):
                soft_delete(session, orm.MeetingAttendee, row.id, self._ctx)

    def set_attendees(
        self, meeting_id: str, attendees: builtins.list[MeetingAttendee]
    ) -> builtins.list[MeetingAttendee]:
        """Replace the attendance list in one transaction and return it as stored.

        Lines missing from ``attendees`` are soft-deleted; the others are created or updated.
        A line linked to a person may leave its name empty: the person's name is used.
        """
        self._ctx.require(Action.EDIT_DATA)
        with self._ctx.session_factory.begin() as session:
            get_live(session, orm.Meeting, meeting_id)
            lines = [self._resolve(session, meeting_id, i, a) for i, a in enumerate(attendees)]
            issues = [issue for _, found in lines for issue in found]
            seen: set[str] = set()
            for index, (line, _) in enumerate(lines):
                if line.id in seen:
                    issues.append(error("meeting.attendee_duplicate", f"attendees[{index}]"))
                seen.add(line.id)
            if any(i.is_error for i in issues):
                raise ValidationError(issues)
            keep = {line.id for line, _ in lines}
            for row in _attendee_rows(session, meeting_id):
                if row.id not in keep:
                    soft_delete(session, orm.MeetingAttendee, row.id, self._ctx)
            for line, _ in lines:
                upsert_synced(session, orm.MeetingAttendee, line, self._ctx)
            session.flush()
            return _sorted(_attendee_rows(session, meeting_id))

    def attendees(self, meeting_id: str) -> builtins.list[MeetingAttendee]:
        """Live attendance lines in the order they were typed."""
        with self._ctx.session_factory() as session:
            return _sorted(_attendee_rows(session, meeting_id))

    @staticmethod
    def _resolve(
        session: Session, meeting_id: str, index: int, attendee: MeetingAttendee
    ) -> tuple[MeetingAttendee, builtins.list[Issue]]:
        """Check one line; fields are named ``attendees[i].field`` so the table can point."""
        prefix = f"attendees[{index}]"
        issues: builtins.list[Issue] = []
        existing = session.get(orm.MeetingAttendee, attendee.id)
        if attendee.meeting_id != meeting_id or (
            existing is not None and existing.meeting_id != meeting_id
        ):
            issues.append(error("meeting.attendee_wrong_meeting", f"{prefix}.meeting_id"))
        name = attendee.name.strip()
        if attendee.person_id is not None:
            person = session.get(orm.Person, attendee.person_id)
            if person is None or person.deleted_at is not None:
                issues.append(
                    error("person.not_found", f"{prefix}.person_id", id=attendee.person_id)
                )
            elif not name:
                name = person.name
        if not name:
            issues.append(error("meeting.attendee_name_required", f"{prefix}.name"))
        line = replace(attendee, name=name, element=attendee.element.strip(), position=index)
        return line, issues


def _attendee_rows(session: Session, meeting_id: str) -> list[orm.MeetingAttendee]:
    """Live attendance rows of a meeting."""
    return list(
        session.scalars(
            select(orm.MeetingAttendee).where(
                orm.MeetingAttendee.meeting_id == meeting_id,
                orm.MeetingAttendee.deleted_at.is_(None),
            )
        )
    )


def _sorted(rows: list[orm.MeetingAttendee]) -> list[MeetingAttendee]:
    """Attendees in the order the operator typed them (the printed daftar hadir's order)."""
    found = [to_entity(r, MeetingAttendee) for r in rows]
    return sorted(found, key=lambda a: (a.position, a.name.casefold(), a.id))
