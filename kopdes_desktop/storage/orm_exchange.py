"""Bookkeeping of exchange packages: what was sent where and what came from whom. (The
version of each record last exchanged lives in the record itself: ``SyncedMixin``.)"""

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
