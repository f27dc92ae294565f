"""One generic mapper between ORM rows and domain dataclasses (field names are equal)."""

from __future__ import annotations

import dataclasses
from typing import Any, TypeVar

from sqlalchemy.orm import Session

from kopdes_desktop.domain.entities import Synced
from kopdes_desktop.domain.errors import NotFoundError
from kopdes_desktop.services.context import ServiceContext

E = TypeVar("E")
SYNC_FIELDS = frozenset({"id", "created_at", "updated_at", "updated_by", "deleted_at"})


_FIELD_NAMES: dict[type, tuple[str, ...]] = {}


def _field_names(entity_cls: type) -> tuple[str, ...]:
    names = _FIELD_NAMES.get(entity_cls)
    if names is None:
        names = _FIELD_NAMES[entity_cls] = tuple(f.name for f in dataclasses.fields(entity_cls))
    return names


def to_entity(row: Any, entity_cls: type[E]) -> E:
    """Copy the dataclass's fields from an ORM row."""
    return entity_cls(**{name: getattr(row, name) for name in _field_names(entity_cls)})


def copy_fields(row: Any, entity: Any, skip: frozenset[str] = SYNC_FIELDS) -> dict[str, Any]:
    """Write an entity's fields onto a row; return the fields that changed as (before, after)."""
    changes: dict[str, Any] = {}
    for name in _field_names(type(entity)):
        if name in skip:
            continue
        new = getattr(entity, name)
        old = getattr(row, name, None)
        if old != new:
            changes[name] = (old, new)
            setattr(row, name, new)
    return changes


def upsert_synced(
    session: Session, orm_cls: type, entity: Synced, ctx: ServiceContext
) -> tuple[Any, bool]:
    """Create or update a synced row from its entity; returns (row, created)."""
    row = session.get(orm_cls, entity.id)
    now = ctx.now()
    if row is None:
        row = orm_cls(id=entity.id, created_at=now, updated_at=now, updated_by=ctx.username)
        copy_fields(row, entity)
        session.add(row)
        return row, True
    if row.deleted_at is not None:
        raise NotFoundError(
            "record.deleted", None, entity=getattr(orm_cls, "__tablename__", ""), id=entity.id
        )
    if copy_fields(row, entity):
        row.updated_at = now
        row.updated_by = ctx.username
    return row, False


def get_live(session: Session, orm_cls: type, record_id: str) -> Any:
    """A row by id that is not soft-deleted, or NotFoundError."""
    row = session.get(orm_cls, record_id)
    if row is None or getattr(row, "deleted_at", None) is not None:
        raise NotFoundError(
            "record.not_found", None, entity=getattr(orm_cls, "__tablename__", ""), id=record_id
        )
    return row


def require_live(
    session: Session, orm_cls: type, record_id: str, code: str, field_name: str
) -> Any:
    """A referenced row (cooperative, person, …) or a NotFoundError naming the form field."""
    row = session.get(orm_cls, record_id)
    if row is None or getattr(row, "deleted_at", None) is not None:
        raise NotFoundError(code, field_name, id=record_id)
    return row


def soft_delete(session: Session, orm_cls: type, record_id: str, ctx: ServiceContext) -> None:
    """Mark a row deleted so the deletion can travel to other offices as a tombstone."""
    row = get_live(session, orm_cls, record_id)
    now = ctx.now()
    row.deleted_at = now
    row.updated_at = now
    row.updated_by = ctx.username
