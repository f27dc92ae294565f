"""Which rows of each table an export takes: the whole area, one cooperative, or the changes.

One cooperative means its own rows, the persons they mention (members, board, attendees,
trainees) and the training events its people attended, so the receiving office can import
the package on its own. "Changes since the last export to DEST" keeps the rows whose
``updated_at`` is later (tombstones included: deleting sets ``updated_at``) plus the rows an
import replaced since (``received_at``): an office relaying kelurahan packages
sends them on although they were last edited before its previous export.

Every filter is SQL text with ``:coop`` and ``:since`` parameters, shared by SQLite and
PostgreSQL.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import TextClause, bindparam, text

from kopdes_desktop.storage.types import UTCDateTime

OFFICE_OWNER = "office"
"""``owner_type`` of the office's own attachments (its logo): they never leave the office."""

_DIRECT = (
    "membership",
    "board_position",
    "business_unit",
    "meeting",
    "mentoring_visit",
    "training_participant",
    "issued_document",
)
_MEETINGS = "SELECT id FROM meeting WHERE cooperative_id = :coop"
_PERSONS = (
    "SELECT person_id FROM membership WHERE cooperative_id = :coop"
    " UNION SELECT person_id FROM board_position WHERE cooperative_id = :coop"
    " UNION SELECT person_id FROM training_participant WHERE cooperative_id = :coop"
    " UNION SELECT person_id FROM meeting_attendee WHERE person_id IS NOT NULL"
    f" AND meeting_id IN ({_MEETINGS})"
)
_COOP_FILTERS: dict[str, str] = {
    "cooperative": "id = :coop",
    **{table: "cooperative_id = :coop" for table in _DIRECT},
    "capital_payment": "membership_id IN (SELECT id FROM membership WHERE cooperative_id = :coop)",
    "meeting_attendee": f"meeting_id IN ({_MEETINGS})",
    "person": f"id IN ({_PERSONS})",
    "training_event": "id IN (SELECT event_id FROM training_participant "
    "WHERE cooperative_id = :coop)",
}
_CHANGED = "(updated_at > :since OR received_at > :since)"


@dataclass(frozen=True)
class ExportScope:
    """The rows to export: ``cooperative_id`` None means the whole working area."""

    cooperative_id: str | None = None
    since: datetime | None = None

    def _owners(self) -> str:
        """Attachments of any exported record (never the office's own)."""
        owners = " UNION ".join(
            f"SELECT id FROM {table} WHERE {where}" for table, where in _COOP_FILTERS.items()
        )
        return f"owner_id IN ({owners})"

    def where(self, table: str) -> str:
        """The WHERE clause of one table (empty for everything)."""
        parts: list[str] = []
        if table == "attachment":
            parts.append(f"owner_type <> '{OFFICE_OWNER}'")
            if self.cooperative_id is not None:
                parts.append(self._owners())
        elif self.cooperative_id is not None:
            parts.append(_COOP_FILTERS[table])
        if self.since is not None:
            parts.append(_CHANGED)
        return "WHERE " + " AND ".join(parts) if parts else ""

    def statement(self, sql: str) -> TextClause:
        """``sql`` with this scope's parameters bound (times in the database's own form)."""
        stmt = text(sql)
        params: dict[str, object] = {}
        if ":coop" in sql:
            params["coop"] = self.cooperative_id
        if ":since" in sql:
            stmt = stmt.bindparams(bindparam("since", type_=UTCDateTime()))
            params["since"] = self.since
        return stmt.bindparams(**params) if params else stmt
