"""Training events, participants and mentoring visits.

One event gathers people of many cooperatives (the Jakarta pattern sends a pengurus and a
pengawas of each KKMP to a city-level training), so events stand alone and participants carry
the cooperative they represent. Monitoring counts "trained board members" from them.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from sqlalchemy import distinct, func, select
from sqlalchemy.orm import Session

from kopdes_desktop.domain.entities import MentoringVisit, TrainingEvent, TrainingParticipant
from kopdes_desktop.domain.enums import ParticipantRole
from kopdes_desktop.domain.errors import Issue, ValidationError, error
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

SCORE_MIN = 0.0
SCORE_MAX = 100.0
BOARD_ROLES = (ParticipantRole.PENGURUS, ParticipantRole.PENGAWAS)
"""Participants counted as trained board members in monitoring."""


def check_event(event: TrainingEvent) -> list[Issue]:
    """Findings on an event: a title, dates in order, positive hours."""
    issues: list[Issue] = []
    if not event.title.strip():
        issues.append(error("training.title_required", "title"))
    if event.end_date < event.start_date:
        issues.append(error("training.dates_order", "end_date"))
    if event.hours is not None and event.hours <= 0:
        issues.append(error("training.hours_not_positive", "hours", hours=event.hours))
    return issues


def check_participant(p: TrainingParticipant, event: TrainingEvent) -> list[Issue]:
    """Findings on a participant that need only the event: attendance, scores, certificate."""
    issues: list[Issue] = []
    for day in p.attendance:
        if not event.start_date <= day <= event.end_date:
            issues.append(
                error(
                    "training.attendance_outside",
                    "attendance",
                    date=day.isoformat(),
                    start=event.start_date.isoformat(),
                    end=event.end_date.isoformat(),
                )
            )
    for name in ("pre_score", "post_score"):
        score = getattr(p, name)
        if score is not None and not SCORE_MIN <= score <= SCORE_MAX:
            issues.append(
                error(
                    "training.score_range", name, score=score, minimum=SCORE_MIN, maximum=SCORE_MAX
                )
            )
    if (
        p.certificate_issued is not None
        and p.certificate_expires is not None
        and p.certificate_expires < p.certificate_issued
    ):
        issues.append(error("training.certificate_dates", "certificate_expires"))
    return issues


class TrainingService:
    """Training events, participants and mentoring visits."""

    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx

    # --- events -------------------------------------------------------------------------

    def save_event(self, event: TrainingEvent) -> TrainingEvent:
        """Create or update an event; blank topics are dropped."""
        self._ctx.require(Action.EDIT_DATA)
        event = replace(
            event,
            title=event.title.strip(),
            topics=tuple(t.strip() for t in event.topics if t.strip()),
        )
        issues = check_event(event)
        if any(i.is_error for i in issues):
            raise ValidationError(issues)
        with self._ctx.session_factory.begin() as session:
            row, _ = upsert_synced(session, orm.TrainingEvent, event, self._ctx)
            session.flush()
            return to_entity(row, TrainingEvent)

    def list_events(self) -> list[TrainingEvent]:
        """Live events, most recent first."""
        with self._ctx.session_factory() as session:
            rows = session.scalars(
                select(orm.TrainingEvent)
                .where(orm.TrainingEvent.deleted_at.is_(None))
                .order_by(
                    orm.TrainingEvent.start_date.desc(),
                    orm.TrainingEvent.title,
                    orm.TrainingEvent.id,
                )
            )
            return [to_entity(r, TrainingEvent) for r in rows]

    def get_event(self, event_id: str) -> TrainingEvent:
        """One live event by id."""
        with self._ctx.session_factory() as session:
            return to_entity(get_live(session, orm.TrainingEvent, event_id), TrainingEvent)

    def delete_event(self, event_id: str) -> None:
        """Soft-delete an event and its participants, so both travel as tombstones."""
        self._ctx.require(Action.DELETE_DATA)
        with self._ctx.session_factory.begin() as session:
            soft_delete(session, orm.TrainingEvent, event_id, self._ctx)
            for row in _participant_rows(session, event_id):
                soft_delete(session, orm.TrainingParticipant, row.id, self._ctx)

    def participant_counts(self) -> dict[str, int]:
        """Live participants per live event in one query (the events list shows them)."""
        stmt = (
            select(orm.TrainingParticipant.event_id, func.count(orm.TrainingParticipant.id))
            .where(orm.TrainingParticipant.deleted_at.is_(None))
            .group_by(orm.TrainingParticipant.event_id)
        )
        with self._ctx.session_factory() as session:
            return {event_id: int(n) for event_id, n in session.execute(stmt)}

    # --- participants -------------------------------------------------------------------

    def save_participant(self, participant: TrainingParticipant) -> TrainingParticipant:
        """Create or update a participant; attendance days are stored sorted and once each."""
        self._ctx.require(Action.EDIT_DATA)
        with self._ctx.session_factory.begin() as session:
            event_row = require_live(
                session,
                orm.TrainingEvent,
                participant.event_id,
                "training.event_not_found",
                "event_id",
            )
            event = to_entity(event_row, TrainingEvent)
            participant, issues = self._checked_participant(session, participant, event)
            if any(i.is_error for i in issues):
                raise ValidationError(issues)
            return self._write_participant(session, participant)

    def save_event_with_participants(
        self,
        event: TrainingEvent,
        participants: list[TrainingParticipant],
        removed_ids: Iterable[str] = (),
    ) -> tuple[TrainingEvent, list[TrainingParticipant]]:
        """Save an event, its participant lines and the removal of others in one transaction.

        The event form saves everything at once: either the whole list is stored or nothing
        is (an error in one line never leaves half an attendance list behind). Issues of a
        participant carry its ``person_id`` parameter so the form can point at the line.
        """
        self._ctx.require(Action.EDIT_DATA)
        event = replace(
            event,
            title=event.title.strip(),
            topics=tuple(t.strip() for t in event.topics if t.strip()),
        )
        issues = check_event(event)
        if any(i.is_error for i in issues):
            raise ValidationError(issues)
        with self._ctx.session_factory.begin() as session:
            row, _ = upsert_synced(session, orm.TrainingEvent, event, self._ctx)
            session.flush()
            saved_event = to_entity(row, TrainingEvent)
            for participant_id in removed_ids:
                soft_delete(session, orm.TrainingParticipant, participant_id, self._ctx)
            session.flush()
            checked = []
            for p in participants:
                line, found = self._checked_participant(
                    session, replace(p, event_id=saved_event.id), saved_event
                )
                checked.append(line)
                issues += [replace(i, params={**i.params, "person_id": p.person_id}) for i in found]
            if any(i.is_error for i in issues):
                raise ValidationError(issues)
            return saved_event, [self._write_participant(session, p) for p in checked]

    def _checked_participant(
        self, session: Session, participant: TrainingParticipant, event: TrainingEvent
    ) -> tuple[TrainingParticipant, list[Issue]]:
        """Normalise a participant and find what is wrong with it (references included)."""
        participant = replace(participant, attendance=tuple(sorted(set(participant.attendance))))
        require_live(session, orm.Person, participant.person_id, "person.not_found", "person_id")
        if participant.cooperative_id is not None:
            require_live(
                session,
                orm.Cooperative,
                participant.cooperative_id,
                "cooperative.not_found",
                "cooperative_id",
            )
        issues = check_participant(participant, event)
        if _is_duplicate(session, participant):
            issues.append(
                error(
                    "training.participant_duplicate",
                    "person_id",
                    person_id=participant.person_id,
                )
            )
        return participant, issues

    def _write_participant(
        self, session: Session, participant: TrainingParticipant
    ) -> TrainingParticipant:
        row, _ = upsert_synced(session, orm.TrainingParticipant, participant, self._ctx)
        session.flush()
        return to_entity(row, TrainingParticipant)

    def participants(self, event_id: str) -> list[TrainingParticipant]:
        """Live participants of an event in the order of their names (as on a daftar hadir)."""
        with self._ctx.session_factory() as session:
            rows = session.scalars(
                select(orm.TrainingParticipant)
                .join(orm.Person, orm.Person.id == orm.TrainingParticipant.person_id)
                .where(
                    orm.TrainingParticipant.event_id == event_id,
                    orm.TrainingParticipant.deleted_at.is_(None),
                )
                .order_by(func.lower(orm.Person.name), orm.TrainingParticipant.id)
            )
            return [to_entity(r, TrainingParticipant) for r in rows]

    def delete_participant(self, participant_id: str) -> None:
        """Remove a participant entered by mistake."""
        self._ctx.require(Action.DELETE_DATA)
        with self._ctx.session_factory.begin() as session:
            soft_delete(session, orm.TrainingParticipant, participant_id, self._ctx)

    def trained_board_members(self, cooperative_id: str) -> int:
        """Distinct persons of the cooperative who took part in a live event as pengurus or
        pengawas: the figure the monitoring recap reports."""
        stmt = (
            select(func.count(distinct(orm.TrainingParticipant.person_id)))
            .join(orm.TrainingEvent, orm.TrainingEvent.id == orm.TrainingParticipant.event_id)
            .where(
                orm.TrainingParticipant.cooperative_id == cooperative_id,
                orm.TrainingParticipant.role.in_(BOARD_ROLES),
                orm.TrainingParticipant.deleted_at.is_(None),
                orm.TrainingEvent.deleted_at.is_(None),
            )
        )
        with self._ctx.session_factory() as session:
            return int(session.scalar(stmt) or 0)

    # --- mentoring ----------------------------------------------------------------------

    def save_visit(self, visit: MentoringVisit) -> MentoringVisit:
        """Create or update a mentoring visit; the mentor's name is required."""
        self._ctx.require(Action.EDIT_DATA)
        visit = replace(visit, mentor_name=visit.mentor_name.strip())
        if not visit.mentor_name:
            raise ValidationError([error("mentoring.mentor_required", "mentor_name")])
        with self._ctx.session_factory.begin() as session:
            require_live(
                session,
                orm.Cooperative,
                visit.cooperative_id,
                "cooperative.not_found",
                "cooperative_id",
            )
            row, _ = upsert_synced(session, orm.MentoringVisit, visit, self._ctx)
            session.flush()
            return to_entity(row, MentoringVisit)

    def visits(self, cooperative_id: str) -> list[MentoringVisit]:
        """Live visits to a cooperative, most recent first."""
        with self._ctx.session_factory() as session:
            rows = session.scalars(
                select(orm.MentoringVisit)
                .where(
                    orm.MentoringVisit.cooperative_id == cooperative_id,
                    orm.MentoringVisit.deleted_at.is_(None),
                )
                .order_by(orm.MentoringVisit.visit_date.desc(), orm.MentoringVisit.id)
            )
            return [to_entity(r, MentoringVisit) for r in rows]

    def delete_visit(self, visit_id: str) -> None:
        """Remove a visit entered by mistake."""
        self._ctx.require(Action.DELETE_DATA)
        with self._ctx.session_factory.begin() as session:
            soft_delete(session, orm.MentoringVisit, visit_id, self._ctx)


def _participant_rows(session: Session, event_id: str) -> list[orm.TrainingParticipant]:
    """Live participant rows of an event."""
    return list(
        session.scalars(
            select(orm.TrainingParticipant).where(
                orm.TrainingParticipant.event_id == event_id,
                orm.TrainingParticipant.deleted_at.is_(None),
            )
        )
    )


def _is_duplicate(session: Session, participant: TrainingParticipant) -> bool:
    """True when another live line of the same event already holds this person."""
    other = session.scalar(
        select(orm.TrainingParticipant.id)
        .where(
            orm.TrainingParticipant.event_id == participant.event_id,
            orm.TrainingParticipant.person_id == participant.person_id,
            orm.TrainingParticipant.id != participant.id,
            orm.TrainingParticipant.deleted_at.is_(None),
        )
        .limit(1)
    )
    return other is not None
