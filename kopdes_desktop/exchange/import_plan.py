"""What an import would do (dry run) or did, per cooperative: the operator's decision sheet.

The plan is built while the rows stream past, so it keeps counts for every record but the
details (field by field) only of records worth reading: changes, kept local edits, and every
conflict (those must be resolved, so none is ever left out). A national first import is twelve
million "new" records; listing them would help nobody and fill the memory.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from kopdes_desktop.exchange.merge import Outcome, RecordChange, Resolution
from kopdes_desktop.exchange.package_format import format_datetime

MAX_LISTED_CHANGES = 20_000
"""Changed and kept records listed field by field; beyond that only counted."""


@dataclass(frozen=True)
class PackageSummary:
    """Who sent the package, what it claims to hold, and whether we know the sender's key."""

    path: Path
    sha256: str
    created_at: datetime
    program_version: str
    schema_revision: str
    office_area: str
    office_name: str
    fingerprint: str
    key_status: str
    """"own", "trusted" or "new" (accepted now)."""
    scope_kind: str
    scope_cooperative: str | None
    since: datetime | None
    counts: Mapping[str, int]


@dataclass
class GroupSummary:
    """One cooperative's records in the package (or the shared ones: persons, trainings)."""

    cooperative_id: str | None
    village_code: str = ""
    name: str = ""
    counts: Counter[Outcome] = field(default_factory=Counter)
    changes: list[RecordChange] = field(default_factory=list)


@dataclass(frozen=True)
class ImportPlan:
    """The outcome of every record, per cooperative; ``applied`` once committed."""

    package: PackageSummary
    groups: tuple[GroupSummary, ...]
    totals: Mapping[str, Mapping[Outcome, int]]
    conflicts: tuple[RecordChange, ...]
    resolutions: Mapping[str, Resolution] = field(default_factory=dict)
    applied: bool = False
    unlisted_changes: int = 0

    @property
    def unresolved(self) -> tuple[RecordChange, ...]:
        """Conflicts without a choice: they block applying."""
        return tuple(c for c in self.conflicts if c.key not in self.resolutions)

    def total(self, outcome: Outcome) -> int:
        """Records of one outcome over every table."""
        return sum(counts.get(outcome, 0) for counts in self.totals.values())

    def to_json(self) -> dict[str, Any]:
        """A JSON-ready form for ``kopdes import --json`` and logs."""
        return {
            "package": _package_json(self.package),
            "applied": self.applied,
            "totals": {
                table: {o.value: n for o, n in sorted(counts.items()) if n}
                for table, counts in self.totals.items()
            },
            "cooperatives": [_group_json(g) for g in self.groups],
            "conflicts": [_change_json(c) for c in self.conflicts],
            "unresolved": len(self.unresolved),
            "unlisted_changes": self.unlisted_changes,
        }


def _package_json(p: PackageSummary) -> dict[str, Any]:
    return {
        "file": p.path.name,
        "sha256": p.sha256,
        "created_at": format_datetime(p.created_at),
        "program_version": p.program_version,
        "schema_revision": p.schema_revision,
        "office": {"area_code": p.office_area, "name": p.office_name, "fingerprint": p.fingerprint},
        "key_status": p.key_status,
        "scope": {
            "kind": p.scope_kind,
            "cooperative": p.scope_cooperative,
            "since": None if p.since is None else format_datetime(p.since),
        },
        "counts": dict(p.counts),
    }


def _group_json(g: GroupSummary) -> dict[str, Any]:
    return {
        "cooperative_id": g.cooperative_id,
        "village_code": g.village_code,
        "name": g.name,
        "counts": {o.value: n for o, n in sorted(g.counts.items()) if n},
        "changes": [_change_json(c) for c in g.changes],
    }


def _change_json(c: RecordChange) -> dict[str, Any]:
    return {
        "key": c.key,
        "table": c.table,
        "id": c.record_id,
        "outcome": c.outcome.value,
        "resolution": None if c.resolution is None else c.resolution.value,
        "fields": [{"name": f.name, "ours": f.ours, "theirs": f.theirs} for f in c.fields],
    }


class PlanBuilder:
    """Collects outcomes while the importer streams rows; ``build`` freezes the plan."""

    def __init__(self, resolutions: Mapping[str, Resolution] | None = None) -> None:
        self.resolutions = dict(resolutions or {})
        self._groups: dict[str | None, GroupSummary] = {}
        self._totals: dict[str, Counter[Outcome]] = {}
        self._conflicts: list[RecordChange] = []
        self._listed = 0
        self._unlisted = 0

    def group(self, cooperative_id: str | None) -> GroupSummary:
        """The summary of one cooperative (None: records shared by several)."""
        summary = self._groups.get(cooperative_id)
        if summary is None:
            summary = self._groups[cooperative_id] = GroupSummary(cooperative_id)
        return summary

    def count(self, table: str, outcome: Outcome, groups: Iterable[str | None]) -> None:
        """Count records of one outcome, each under its cooperative."""
        self.count_grouped(table, outcome, Counter(groups))

    def count_grouped(self, table: str, outcome: Outcome, counts: Mapping[str | None, int]) -> None:
        """Count records of one outcome given as a number per cooperative."""
        totals = self._totals.setdefault(table, Counter())
        for group_id, n in counts.items():
            self.group(group_id).counts[outcome] += n
            totals[outcome] += n

    def note(self, change: RecordChange, group_id: str | None) -> None:
        """Keep a record's details (conflicts always; others up to the listing limit)."""
        if change.outcome is Outcome.CONFLICT:
            self._conflicts.append(change)
        elif self._listed >= MAX_LISTED_CHANGES:
            self._unlisted += 1
            return
        else:
            self._listed += 1
        self.group(group_id).changes.append(change)

    def unresolved(self) -> list[RecordChange]:
        """Conflicts found so far that have no resolution."""
        return [c for c in self._conflicts if c.key not in self.resolutions]

    def totals_json(self) -> dict[str, dict[str, int]]:
        """Counts per table and outcome, JSON-ready (for the import log)."""
        return {t: {o.value: n for o, n in c.items()} for t, c in self._totals.items()}

    def group_ids(self) -> list[str]:
        """Cooperatives seen so far (to look their names up)."""
        return [g for g in self._groups if g is not None]

    def name_groups(self, names: Mapping[str, tuple[str, str]]) -> None:
        """Give each cooperative its (village code, name)."""
        for coop_id, (code, name) in names.items():
            if coop_id in self._groups:
                self._groups[coop_id].village_code = code
                self._groups[coop_id].name = name

    def build(self, package: PackageSummary, applied: bool) -> ImportPlan:
        """The finished plan: cooperatives by village code, the shared group last."""
        groups = sorted(
            self._groups.values(), key=lambda g: (g.cooperative_id is None, g.village_code)
        )
        return ImportPlan(
            package=package,
            groups=tuple(groups),
            totals={t: dict(c) for t, c in self._totals.items()},
            conflicts=tuple(self._conflicts),
            resolutions=dict(self.resolutions),
            applied=applied,
            unlisted_changes=self._unlisted,
        )
