"""Partial indexes of the live (not soft-deleted) rows of every kind Beranda counts.

``count(*) ... WHERE deleted_at IS NULL`` over a table of 1.7 million persons read every row
of the table (~0.3 s each for persons, memberships and payments, ~1.1 s for the whole home
page on national data). With an index holding only the live rows, the count walks that
index's small pages instead (~0.05 s per 1.7 million rows). Made by migration
``0005_stats_indexes``.

The index leads with the expression ``(deleted_at IS NULL)`` on purpose. A plain index on
``deleted_at`` would be taken by SQLite (which has no statistics) as a selective lookup
``deleted_at = NULL`` for *every* query that filters live rows, e.g. the Anggota search,
which then read 1.7 million rows instead of a name range (seconds instead of milliseconds).
No query compares that expression with a value, so the index can only be scanned whole,
which only a count of live rows wants; ``deleted_at`` as second column makes it covering.

Only SQLite gets the partial ``WHERE``: naming a ``postgresql_where`` here would import
SQLAlchemy's PostgreSQL dialect at every start (~0.1 s) even on SQLite. PostgreSQL keeps a
full index on the same expression, which its planner (it has statistics) reads with an
index-only scan for the count.
"""

from __future__ import annotations

from sqlalchemy import Index

from kopdes_desktop.storage.orm_cooperative import (
    BoardPosition,
    BusinessUnit,
    CapitalPayment,
    Cooperative,
    Meeting,
    Membership,
    Person,
)
from kopdes_desktop.storage.orm_system import Attachment, IssuedDocument
from kopdes_desktop.storage.orm_training import MentoringVisit, TrainingEvent, TrainingParticipant

LIVE_COUNTED = (
    Cooperative,
    Person,
    Membership,
    BoardPosition,
    BusinessUnit,
    CapitalPayment,
    Meeting,
    TrainingEvent,
    TrainingParticipant,
    MentoringVisit,
    Attachment,
    IssuedDocument,
)
"""Tables with a ``deleted_at`` whose live rows ``StatsService.record_counts`` counts."""


def live_index_name(table: str) -> str:
    """``ix_<table>_live``: the name used by the ORM and the migration alike."""
    return f"ix_{table}_live"


LIVE_INDEXES = tuple(
    Index(
        live_index_name(model.__tablename__),
        model.deleted_at.is_(None).self_group(),
        model.deleted_at,
        sqlite_where=model.deleted_at.is_(None),
    )
    for model in LIVE_COUNTED
)
