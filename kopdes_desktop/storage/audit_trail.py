"""The tamper-evident audit trail: who changed what, written in the transaction of the change.

**How entries are written.** ``install_audit_trail`` hooks the session factory's
``after_flush`` event. At that moment the rows just written still carry their pre-flush
history (SQLAlchemy resets it only after the event), ids and column defaults are filled in, and
the flush runs inside the caller's transaction. So every create, update and (soft) delete of an
audited record adds its ``audit_entry`` rows in the same transaction: a rollback takes both
away, a commit keeps both. Bulk paths that write with SQLAlchemy Core (exchange import, demo
data, reference areas) bypass flush events; they call ``append_summary`` once per transaction
with what was done and how much.

**The chain.** Each entry's ``hash`` is sha256 over its ``prev_hash`` followed by a canonical
serialisation of its fields (sorted-key compact JSON, the time as UTC ISO 8601 with
microseconds); the first entry's ``prev_hash`` is 64 zeros. Changing any stored field breaks
that entry's hash; deleting or re-hashing an entry breaks the next entry's link. Deleting the
newest entries cannot be seen from inside the trail, which is why the head hash is printed in
dossiers and written into export manifests (``kopdes audit verify --known HASH`` checks that
such a head is still in the chain). The chain stays linear under concurrent writers:
on SQLite every write transaction already holds the write lock (``BEGIN IMMEDIATE``); on
PostgreSQL a transaction-level advisory lock is taken before the head is read.

**Privacy (UU 27/2022).** The trail is append-only: it cannot be scrubbed when a person is
anonymised or asks to be forgotten. So a citizen's personal fields are never copied into it in
clear. A person's NIK is recorded masked (``mask_nik``: first four and last four digits, as on
papers leaving the office); birth date, address, RT, RW, phone and e-mail are recorded only as
"changed" with the marker ``***`` (an empty value stays empty, so "was filled in" and "was
cleared" remain visible). A digest was rejected: birth dates and phone numbers are few enough
to be recovered from a digest by trying them all. Names, roles and every other field are
recorded as they are. A password hash is never recorded, only that it changed; a signing
key's private half is never recorded at all.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from enum import Enum
from typing import Any

from sqlalchemy import Connection, Table, event, insert, inspect, select, text
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.base import NO_VALUE

from kopdes_desktop.domain.nik import mask_nik
from kopdes_desktop.storage.locks import lock_key
from kopdes_desktop.storage.orm_base import SyncedMixin, is_exchange_bookkeeping
from kopdes_desktop.storage.orm_keys import OfficeKey, TrustedOfficeKey
from kopdes_desktop.storage.orm_system import AuditEntry, Office, UserAccount

GENESIS = "0" * 64
"""``prev_hash`` of the first entry."""
MASK = "***"
"""Stands for a personal value that changed but is not copied into the trail."""
LOCK_NAME = "kopdes.audit_trail"

CREATE = "create"
UPDATE = "update"
DELETE = "delete"
RESTORE = "restore"

_TABLE: Table = AuditEntry.__table__  # type: ignore[assignment]
_NOT_DIFFED = frozenset({"id", "created_at", "updated_at", "updated_by"})


@dataclass(frozen=True)
class FieldPolicy:
    """How one entity's fields go into the trail."""

    skip: frozenset[str] = frozenset()
    """Fields never recorded (bookkeeping that changes on its own)."""
    hidden: frozenset[str] = frozenset()
    """Fields recorded only as changed (``***``)."""
    nik: frozenset[str] = frozenset()
    """Fields recorded as a masked NIK."""


POLICIES: dict[str, FieldPolicy] = {
    "person": FieldPolicy(
        hidden=frozenset({"birth_date", "address", "rt", "rw", "phone", "email"}),
        nik=frozenset({"nik"}),
    ),
    "office_key": FieldPolicy(skip=frozenset({"private_key"})),
    "user_account": FieldPolicy(
        skip=frozenset({"failed_logins", "locked_until"}),
        hidden=frozenset({"password_hash"}),
    ),
}
_DEFAULT_POLICY = FieldPolicy()


def is_audited(obj: object) -> bool:
    """Synced records, the office settings, user accounts, this office's signing keys (never
    the private key) and the other offices' keys it trusts are audited."""
    return isinstance(obj, (SyncedMixin, Office, UserAccount, OfficeKey, TrustedOfficeKey))


@dataclass(frozen=True)
class PendingEntry:
    """An entry before it is linked into the chain."""

    at: datetime
    username: str
    action: str
    entity: str
    entity_id: str
    changes: dict[str, Any] = field(default_factory=dict)


# -- canonical form and hashing -------------------------------------------------------------


def plain(value: Any) -> Any:
    """A value as JSON-native data (dates as ISO text, enums as their value, tuples as lists)."""
    if value is None or isinstance(value, (str, int, float)):  # bool is an int
        return value
    if isinstance(value, list):
        return [plain(v) for v in value]
    if isinstance(value, dict):
        return {str(k): plain(v) for k, v in value.items()}
    if isinstance(value, Enum):
        return plain(value.value)
    if isinstance(value, datetime):
        return iso_time(value)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Mapping):
        return {str(k): plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple, set, frozenset)):
        return [plain(v) for v in value]
    if isinstance(value, bytes):
        return "sha256:" + hashlib.sha256(value).hexdigest()
    return str(value)


def iso_time(moment: datetime) -> str:
    """UTC ISO 8601 with microseconds: the one spelling of a time in hashes."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).isoformat(timespec="microseconds")


def canonical(
    at: datetime,
    username: str,
    action: str,
    entity: str,
    entity_id: str,
    changes: Mapping[str, Any],
) -> str:
    """Sorted-key compact JSON of an entry's fields (what its hash covers besides prev_hash).

    ``changes`` must already be JSON-native (``plain``), as stored and as read back.
    """
    body = {
        "action": action,
        "at": iso_time(at),
        "changes": changes,
        "entity": entity,
        "entity_id": entity_id,
        "username": username,
    }
    return json.dumps(body, sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def entry_hash(
    prev_hash: str,
    at: datetime,
    username: str,
    action: str,
    entity: str,
    entity_id: str,
    changes: Mapping[str, Any],
) -> str:
    """sha256 hex over ``prev_hash`` + the canonical serialisation."""
    data = prev_hash + canonical(at, username, action, entity, entity_id, changes)
    return hashlib.sha256(data.encode("utf-8")).hexdigest()


# -- writing ----------------------------------------------------------------------------------


def lock_trail(conn: Connection) -> None:
    """Make concurrent PostgreSQL writers take turns at the head until they commit."""
    if conn.dialect.name == "postgresql":
        conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": lock_key(LOCK_NAME)})


def head_hash(conn: Connection) -> str | None:
    """The newest entry's hash, or None while the trail is empty."""
    return conn.scalar(select(_TABLE.c.hash).order_by(_TABLE.c.id.desc()).limit(1))


def append_entries(conn: Connection, entries: Iterable[PendingEntry]) -> int:
    """Link entries onto the chain and insert them in the connection's transaction."""
    pending = list(entries)
    if not pending:
        return 0
    lock_trail(conn)
    prev = head_hash(conn) or GENESIS
    rows: list[dict[str, Any]] = []
    for e in pending:
        changes = plain(e.changes)
        digest = entry_hash(prev, e.at, e.username, e.action, e.entity, e.entity_id, changes)
        rows.append(
            {
                "at": e.at,
                "username": e.username,
                "action": e.action,
                "entity": e.entity,
                "entity_id": e.entity_id,
                "changes": changes,
                "prev_hash": prev,
                "hash": digest,
            }
        )
        prev = digest
    conn.execute(insert(_TABLE), rows)
    return len(rows)


def append_summary(
    conn: Connection,
    *,
    username: str,
    at: datetime,
    action: str,
    entity: str,
    entity_id: str,
    details: Mapping[str, Any],
) -> None:
    """One entry standing for a bulk operation written with Core (counts, package, office)."""
    append_entries(conn, [PendingEntry(at, username, action, entity, entity_id, dict(details))])


# -- field differences ------------------------------------------------------------------------


def recorded(policy: FieldPolicy, name: str, value: Any) -> Any:
    """What the trail keeps of one field value (personal fields masked)."""
    if name in policy.nik:
        return mask_nik(value) if value else value
    if name in policy.hidden:
        return MASK if value not in (None, "") else value
    return plain(value)


def _policy(obj: Any) -> FieldPolicy:
    return POLICIES.get(type(obj).__tablename__, _DEFAULT_POLICY)


_FIELDS: dict[type, tuple[str, ...]] = {}


def _fields(obj: Any, policy: FieldPolicy) -> tuple[str, ...]:
    """The recorded columns of an audited class (looked up once per class)."""
    cls = type(obj)
    names = _FIELDS.get(cls)
    if names is None:
        names = _FIELDS[cls] = tuple(
            attr.key
            for attr in inspect(cls).column_attrs
            if attr.key not in _NOT_DIFFED
            and attr.key not in policy.skip
            and not any(is_exchange_bookkeeping(c) for c in attr.columns)
        )
    return names


def _snapshot(obj: Any, policy: FieldPolicy, *, after: bool) -> dict[str, Any]:
    """Every filled-in field as [None, value] (created) or [value, None] (removed)."""
    state = inspect(obj)
    changes: dict[str, Any] = {}
    for name in _fields(obj, policy):
        value = state.dict.get(name)
        if value is None or value == "" or value == () or value == {} or value == []:
            continue
        shown = recorded(policy, name, value)
        changes[name] = [None, shown] if after else [shown, None]
    return changes


def _differences(obj: Any, policy: FieldPolicy) -> dict[str, Any]:
    """Fields whose value changed in this flush, as [before, after]."""
    state = inspect(obj)
    changes: dict[str, Any] = {}
    for name in _fields(obj, policy):
        history = state.attrs[name].history
        if not history.added and not history.deleted:
            continue
        before = history.deleted[0] if history.deleted else None
        after = history.added[0] if history.added else None
        if before is NO_VALUE:
            before = None
        if before == after:
            continue
        changes[name] = [recorded(policy, name, before), recorded(policy, name, after)]
    return changes


def flush_entries(session: Session, username: str, at: datetime) -> list[PendingEntry]:
    """The entries describing what the current flush wrote."""
    entries: list[PendingEntry] = []

    def add(obj: Any, action: str, changes: dict[str, Any]) -> None:
        entity = type(obj).__tablename__
        entries.append(PendingEntry(at, username, action, entity, str(obj.id), changes))

    for obj in session.new:
        if is_audited(obj):
            add(obj, CREATE, _snapshot(obj, _policy(obj), after=True))
    for obj in session.dirty:
        if not is_audited(obj):
            continue
        changes = _differences(obj, _policy(obj))
        if not changes:
            continue
        action = UPDATE
        if "deleted_at" in changes:
            action = DELETE if changes["deleted_at"][1] is not None else RESTORE
        add(obj, action, changes)
    for obj in session.deleted:
        if is_audited(obj):
            add(obj, DELETE, _snapshot(obj, _policy(obj), after=False))
    return entries


def install_audit_trail(
    session_factory: sessionmaker[Any],
    username: Callable[[], str],
    clock: Callable[[], datetime],
) -> None:
    """Write an entry for every audited change flushed by sessions of ``session_factory``."""

    def _after_flush(session: Session, _flush_context: Any) -> None:
        entries = flush_entries(session, username(), clock())
        if entries:
            append_entries(session.connection(), entries)

    event.listen(session_factory, "after_flush", _after_flush)
