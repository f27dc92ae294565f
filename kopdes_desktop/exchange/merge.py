"""How an incoming record meets the local one: the merge rules, free of any database.

Offices edit the same records (a kelurahan fixes a member's address while the Sudin corrects
the cooperative's deed number), so an import must tell who changed what since the two last
agreed. Each record remembers the version last exchanged (its ``updated_at`` when it arrived,
the *base*). Because an import copies ``updated_at`` verbatim and every local edit sets a new
one, comparing the two sides' ``updated_at`` with the base says exactly who changed:

===========================  ==============================================
local missing                NEW: insert theirs
no base, same content        UNCHANGED (the base is recorded now)
no base, different content   CONFLICT: no common version to judge by
only they changed            CHANGED: apply theirs
only we changed              KEPT_OURS
both changed, same content   UNCHANGED
both changed, different      CONFLICT: the operator chooses, never silently
===========================  ==============================================

Deletions are rows with ``deleted_at`` set (tombstones) and follow the same rules.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Any


class Outcome(StrEnum):
    """What an import does (or would do) with one record."""

    NEW = "new"
    CHANGED = "changed"
    UNCHANGED = "unchanged"
    KEPT_OURS = "kept_ours"
    CONFLICT = "conflict"


class Resolution(StrEnum):
    """The operator's choice for a conflict."""

    THEIRS = "theirs"
    OURS = "ours"


BOOKKEEPING = frozenset({"updated_at", "updated_by"})
"""Fields that change with every edit; shown in diffs only when nothing else changed."""


@dataclass(frozen=True)
class FieldChange:
    """One field that differs: our value and theirs, in package form (JSON values)."""

    name: str
    ours: Any
    theirs: Any


@dataclass(frozen=True)
class RecordChange:
    """A record the operator may want to look at: changed, kept or in conflict."""

    table: str
    record_id: str
    outcome: Outcome
    fields: tuple[FieldChange, ...] = ()
    resolution: Resolution | None = None

    @property
    def key(self) -> str:
        """``table:id``, the key of ``resolutions``."""
        return record_key(self.table, self.record_id)


def record_key(table: str, record_id: str) -> str:
    """Key of a record in a plan's resolutions: ``table:id``."""
    return f"{table}:{record_id}"


def decide(
    local: Mapping[str, Any] | None,
    incoming: Mapping[str, Any],
    base_updated_at: str | None,
) -> Outcome:
    """The rule table of the module docstring; rows are dicts in package form."""
    if local is None:
        return Outcome.NEW
    if base_updated_at is None:
        return Outcome.UNCHANGED if local == incoming else Outcome.CONFLICT
    they = incoming["updated_at"] != base_updated_at
    we = local["updated_at"] != base_updated_at
    if they and not we:
        return Outcome.CHANGED
    if we and not they:
        return Outcome.KEPT_OURS
    if not they:
        return Outcome.UNCHANGED
    return Outcome.UNCHANGED if local == incoming else Outcome.CONFLICT


def field_changes(local: Mapping[str, Any], incoming: Mapping[str, Any]) -> tuple[FieldChange, ...]:
    """The fields that differ, content first; bookkeeping only when it alone differs."""
    changed = [k for k in sorted(incoming) if local.get(k) != incoming[k]]
    content = [k for k in changed if k not in BOOKKEEPING]
    names = content or changed
    return tuple(FieldChange(k, local.get(k), incoming[k]) for k in names)


def resolved(outcome: Outcome, resolution: Resolution | None) -> Outcome:
    """What a conflict becomes once the operator chose; other outcomes stay."""
    if outcome is not Outcome.CONFLICT or resolution is None:
        return outcome
    return Outcome.CHANGED if resolution is Resolution.THEIRS else Outcome.KEPT_OURS
