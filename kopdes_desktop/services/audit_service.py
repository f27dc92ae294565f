"""Reading the audit trail: recent entries, one record's history, the head hash, verification.

Entries are written by ``storage/audit_trail.py`` in the transactions of the changes; this
service only reads. Verification walks the chain in id order, a batch at a time in short read
transactions, so a trail of millions of entries neither fills memory nor holds the database's
lock for long (on SQLite a long read would keep writers waiting).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any

from sqlalchemy import Select, select

from kopdes_desktop.domain.entities import AuditEntry
from kopdes_desktop.services.context import ServiceContext
from kopdes_desktop.storage import orm
from kopdes_desktop.storage.audit_trail import GENESIS, entry_hash, head_hash

HASH_MISMATCH = "hash_mismatch"
"""The entry's stored fields do not give its stored hash: the row was changed."""
BROKEN_LINK = "broken_link"
"""The entry does not point at the hash of the entry before it: one was removed or changed."""
VERIFY_BATCH = 2_000
DEFAULT_LIMIT = 200
ID_CHUNK = 500

Progress = Callable[[int], None]


@dataclass(frozen=True)
class AuditVerification:
    """The result of walking the chain: how many entries were intact, and the first break."""

    checked: int
    head: str | None
    broken: AuditEntry | None = None
    reason: str = ""
    known_found: bool | None = None
    """Whether a given earlier head hash is in the chain (None: none was asked about)."""

    @property
    def ok(self) -> bool:
        """True when every entry's hash and link are right."""
        return self.broken is None


def _entity(row: Any) -> AuditEntry:
    return AuditEntry(
        id=row.id,
        at=row.at,
        username=row.username,
        action=row.action,
        entity=row.entity,
        entity_id=row.entity_id,
        changes=dict(row.changes or {}),
        prev_hash=row.prev_hash,
        hash=row.hash,
    )


class AuditService:
    """Read-only access to the hash-chained audit trail."""

    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx

    def head_hash(self) -> str | None:
        """The newest entry's hash (printed on dossiers, written into export manifests)."""
        with self._ctx.session_factory() as session:
            return head_hash(session.connection())

    def count(self) -> int:
        """How many entries the trail holds."""
        from sqlalchemy import func

        with self._ctx.session_factory() as session:
            return int(session.scalar(select(func.count()).select_from(orm.AuditEntry)) or 0)

    def recent(
        self, limit: int = DEFAULT_LIMIT, entity: str | None = None, entity_id: str | None = None
    ) -> list[AuditEntry]:
        """The newest entries first, optionally of one entity type and/or one record."""
        stmt: Select[Any] = select(orm.AuditEntry.__table__)
        if entity:
            stmt = stmt.where(orm.AuditEntry.entity == entity)
        if entity_id:
            stmt = stmt.where(orm.AuditEntry.entity_id == entity_id)
        stmt = stmt.order_by(orm.AuditEntry.id.desc()).limit(max(1, limit))
        with self._ctx.session_factory() as session:
            return [_entity(r) for r in session.execute(stmt)]

    def history(self, entity: str, entity_id: str, limit: int = 500) -> list[AuditEntry]:
        """One record's entries, newest first (the "Riwayat perubahan" of a form)."""
        return self.recent(limit, entity, entity_id)

    def cooperative_history(self, cooperative_id: str, limit: int = 1000) -> list[AuditEntry]:
        """A cooperative's entries and those of its records (members, board, units, savings,
        meetings, files, visits, numbered papers), newest first."""
        ids = {cooperative_id}
        t = orm
        owned = (
            select(t.Membership.id).where(t.Membership.cooperative_id == cooperative_id),
            select(t.BoardPosition.id).where(t.BoardPosition.cooperative_id == cooperative_id),
            select(t.BusinessUnit.id).where(t.BusinessUnit.cooperative_id == cooperative_id),
            select(t.Meeting.id).where(t.Meeting.cooperative_id == cooperative_id),
            select(t.MentoringVisit.id).where(t.MentoringVisit.cooperative_id == cooperative_id),
            select(t.IssuedDocument.id).where(t.IssuedDocument.cooperative_id == cooperative_id),
            select(t.Attachment.id).where(t.Attachment.owner_id == cooperative_id),
            select(t.CapitalPayment.id)
            .join(t.Membership, t.Membership.id == t.CapitalPayment.membership_id)
            .where(t.Membership.cooperative_id == cooperative_id),
            select(t.MeetingAttendee.id)
            .join(t.Meeting, t.Meeting.id == t.MeetingAttendee.meeting_id)
            .where(t.Meeting.cooperative_id == cooperative_id),
        )
        return self._entries_of(ids, owned, limit)

    def training_history(self, event_id: str, limit: int = 1000) -> list[AuditEntry]:
        """A training event's entries and those of its participants, newest first."""
        owned = (
            select(orm.TrainingParticipant.id).where(orm.TrainingParticipant.event_id == event_id),
        )
        return self._entries_of({event_id}, owned, limit)

    def _entries_of(
        self, ids: set[str], owned: tuple[Select[Any], ...], limit: int
    ) -> list[AuditEntry]:
        """Entries of ``ids`` and of the records ``owned`` selects, newest first."""
        table = orm.AuditEntry.__table__
        found: list[AuditEntry] = []
        with self._ctx.session_factory() as session:
            for owned_stmt in owned:
                ids.update(session.scalars(owned_stmt))
            wanted = sorted(ids)
            for start in range(0, len(wanted), ID_CHUNK):
                part = wanted[start : start + ID_CHUNK]
                stmt = (
                    select(table)
                    .where(table.c.entity_id.in_(part))
                    .order_by(table.c.id.desc())
                    .limit(limit)
                )
                found += [_entity(r) for r in session.execute(stmt)]
        found.sort(key=lambda e: e.id, reverse=True)
        return found[:limit]

    def verify(
        self, progress: Progress | None = None, batch: int = VERIFY_BATCH
    ) -> AuditVerification:
        """Recompute every hash and check every link; stop at the first broken entry."""
        return self._walk(progress, batch, set())

    def contains(self, known_hash: str, progress: Progress | None = None) -> AuditVerification:
        """Verify the chain and whether ``known_hash`` (from a manifest or a printed berkas)
        is one of its entries: when newest entries are deleted or the trail is rewritten
        from some point on, the chain itself still links, but an earlier head is gone."""
        found: set[str] = set()
        result = self._walk(progress, VERIFY_BATCH, {known_hash.strip().lower()}, found)
        return replace(result, known_found=bool(found))

    def _walk(
        self,
        progress: Progress | None,
        batch: int,
        known: set[str],
        found: set[str] | None = None,
    ) -> AuditVerification:
        prev = GENESIS
        last_id = 0
        checked = 0
        table = orm.AuditEntry.__table__
        while True:
            stmt = select(table).where(table.c.id > last_id).order_by(table.c.id).limit(batch)
            with self._ctx.session_factory() as session:
                rows = session.execute(stmt).all()
            if not rows:
                break
            for row in rows:
                if row.prev_hash != prev:
                    return AuditVerification(checked, prev, _entity(row), BROKEN_LINK)
                expected = entry_hash(
                    row.prev_hash,
                    row.at,
                    row.username,
                    row.action,
                    row.entity,
                    row.entity_id,
                    row.changes or {},
                )
                if expected != row.hash:
                    return AuditVerification(checked, prev, _entity(row), HASH_MISMATCH)
                prev = row.hash
                checked += 1
                if row.hash in known and found is not None:
                    found.add(row.hash)
            last_id = rows[-1].id
            if progress is not None:
                progress(checked)
        return AuditVerification(checked, None if prev == GENESIS else prev)
