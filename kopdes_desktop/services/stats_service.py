"""Record counts for the home screen, ``kopdes stats`` and monitoring summaries."""

from __future__ import annotations

from dataclasses import asdict, dataclass

from sqlalchemy import Select, func, select

from kopdes_desktop.services.context import ServiceContext
from kopdes_desktop.storage import orm

# Key in ``kopdes stats --json`` → table. Soft-deleted rows are not counted.
RECORD_TABLES: dict[str, type] = {
    "cooperatives": orm.Cooperative,
    "persons": orm.Person,
    "memberships": orm.Membership,
    "board_positions": orm.BoardPosition,
    "business_units": orm.BusinessUnit,
    "capital_payments": orm.CapitalPayment,
    "meetings": orm.Meeting,
    "training_events": orm.TrainingEvent,
    "training_participants": orm.TrainingParticipant,
    "mentoring_visits": orm.MentoringVisit,
    "attachments": orm.Attachment,
    "documents": orm.IssuedDocument,
    "users": orm.UserAccount,
    "audit_entries": orm.AuditEntry,
}


@dataclass(frozen=True)
class RecordCounts:
    """Live (not soft-deleted) records per kind."""

    cooperatives: int
    persons: int
    memberships: int
    board_positions: int
    business_units: int
    capital_payments: int
    meetings: int
    training_events: int
    training_participants: int
    mentoring_visits: int
    attachments: int
    documents: int
    users: int
    audit_entries: int

    def as_dict(self) -> dict[str, int]:
        """Plain dict for JSON output."""
        return asdict(self)


class StatsService:
    """Counts rows; cheap enough to run at start-up on national-scale data.

    Live rows are counted through the partial ``ix_<table>_live`` indexes (migration
    ``0005_stats_indexes``), all kinds in one statement: one round trip, one compiled query.
    """

    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx

    @staticmethod
    def counts_statement() -> Select[tuple[int, ...]]:
        """``SELECT (SELECT count(*) FROM … WHERE deleted_at IS NULL), …`` for every kind."""
        columns = []
        for key, model in RECORD_TABLES.items():
            stmt = select(func.count()).select_from(model)
            deleted = getattr(model, "deleted_at", None)
            if deleted is not None:
                stmt = stmt.where(deleted.is_(None))
            columns.append(stmt.scalar_subquery().label(key))
        return select(*columns)

    def record_counts(self) -> RecordCounts:
        """Counts of every record kind."""
        with self._ctx.session_factory() as session:
            row = session.execute(self.counts_statement()).one()
        return RecordCounts(**{key: int(value or 0) for key, value in row._mapping.items()})
