"""Bookkeeping of exchange packages: what was sent where, what came from whom, and the
version of each record last exchanged (the base the merge rules compare against)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from kopdes_desktop.storage.orm_base import Base
from kopdes_desktop.storage.types import JSONDict, UTCDateTime


class ExportLog(Base):
    """One package written. ``--since-last DEST`` exports what changed after the newest
    ``exported_at`` of DEST; that moment is taken before reading, so nothing falls between."""

    __tablename__ = "export_log"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    destination: Mapped[str] = mapped_column(String(300), index=True)
    exported_at: Mapped[datetime] = mapped_column(UTCDateTime)
    scope: Mapped[str] = mapped_column(String(20))
    cooperative: Mapped[str | None] = mapped_column(String(13))
    since: Mapped[datetime | None] = mapped_column(UTCDateTime)
    counts: Mapped[dict[str, Any]] = mapped_column(JSONDict, default=dict)
    package_sha256: Mapped[str] = mapped_column(String(64))
    file_name: Mapped[str] = mapped_column(String(300), default="")
    username: Mapped[str] = mapped_column(String(64), default="")


class ImportLog(Base):
    """One package applied: monitoring offices see from it which villages report."""

    __tablename__ = "import_log"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    origin_area: Mapped[str] = mapped_column(String(13), index=True)
    office_name: Mapped[str] = mapped_column(String(200), default="")
    fingerprint: Mapped[str] = mapped_column(String(16))
    package_created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    imported_at: Mapped[datetime] = mapped_column(UTCDateTime)
    package_sha256: Mapped[str] = mapped_column(String(64))
    counts: Mapped[dict[str, Any]] = mapped_column(JSONDict, default=dict)
    username: Mapped[str] = mapped_column(String(64), default="")


class SyncState(Base):
    """The version of a record last exchanged (its ``updated_at`` as received).

    Record ids are UUIDs, unique across tables, so the id alone is the key. ``received_at``
    is when an import last replaced the local row (None: never, the base was only noted), so
    a monitoring office relaying records (kelurahan → Sudin → Dinas) sends them on with
    ``--since-last`` although their ``updated_at`` is older than its last export.
    """

    __tablename__ = "sync_state"
    # One B-tree keyed by the id instead of a rowid table plus an index on the id: a first
    # national import writes twelve million of these rows.
    __table_args__ = {"sqlite_with_rowid": False}
    record_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    entity: Mapped[str] = mapped_column(String(40))
    origin_area: Mapped[str] = mapped_column(String(13))
    last_seen_updated_at: Mapped[datetime] = mapped_column(UTCDateTime)
    received_at: Mapped[datetime | None] = mapped_column(UTCDateTime, index=True)
