"""Named locks held until the end of a write transaction, for "first one wins" sections.

Reserving the next document number or creating the office key reads, then writes; two PCs on
one PostgreSQL database doing that at the same moment would both read the same state. On
PostgreSQL a transaction-scoped advisory lock makes them take turns without locking any table.
On SQLite nothing is needed: every write transaction starts with ``BEGIN IMMEDIATE`` (see
``database.py``), which already lets one writer in at a time.
"""

from __future__ import annotations

import hashlib

from sqlalchemy import text
from sqlalchemy.orm import Session


def lock_key(name: str) -> int:
    """A stable signed 64-bit key for ``name`` (advisory locks are keyed by bigint)."""
    return int.from_bytes(hashlib.sha256(name.encode("utf-8")).digest()[:8], "big", signed=True)


def lock_named(session: Session, name: str) -> None:
    """Wait for, then hold until commit or rollback, the lock called ``name`` (PostgreSQL)."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": lock_key(name)})
