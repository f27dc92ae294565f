"""The one declarative Base with a naming convention, and the columns shared by synced records."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import MetaData, String
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from kopdes_desktop.domain.entities import new_id
from kopdes_desktop.storage.types import UTCDateTime

# A naming convention gives constraints stable names, which Alembic batch mode on SQLite
# needs to alter or drop them later.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


EXCHANGE_BOOKKEEPING = {"exchange_bookkeeping": True}
"""``Column.info`` of the columns only imports write (``SyncedMixin``): bulk writers of new
records leave them out (NULL: never exchanged)."""


def is_exchange_bookkeeping(column: Any) -> bool:
    """Whether ``column`` (a table column) is one of ``SyncedMixin``'s exchange columns."""
    return bool(column.info.get("exchange_bookkeeping"))


def utcnow() -> datetime:
    """Timestamps are stored in UTC and shown in local time by the UI."""
    return datetime.now(UTC)


class Base(DeclarativeBase):
    """Declarative base of every table."""

    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class SyncedMixin:
    """UUID key, timestamps, author and soft-delete marker of records that travel."""

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    # Not indexed: "changed since" (``exchange_scope``) also asks for ``received_at``, so
    # it reads the table whatever; an index would only cost every write (7.6 million
    # entries in a national first import).
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_by: Mapped[str | None] = mapped_column(String(64))
    deleted_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # Exchange bookkeeping, kept in the record itself (not part of the package format):
    # ``exchange_base`` is the ``updated_at`` the record had when last exchanged (None:
    # never), the base the merge rules compare both sides with; ``received_at`` is when an
    # import last replaced the local row (None: never, the base was only noted), so an
    # office relaying records (kelurahan → Sudin → Dinas) sends them on with
    # ``--since-last`` although their ``updated_at`` is older than its last export. In the
    # row rather than in a table of its own: a national first import then writes each
    # record once instead of twice (7.6 million rows and 1.5 GB fewer).
    exchange_base: Mapped[datetime | None] = mapped_column(UTCDateTime, info=EXCHANGE_BOOKKEEPING)
    received_at: Mapped[datetime | None] = mapped_column(UTCDateTime, info=EXCHANGE_BOOKKEEPING)
