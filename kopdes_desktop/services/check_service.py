"""Whole-database checks: storage integrity plus every cooperative's rule findings."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from sqlalchemy import Engine
from sqlalchemy.exc import DatabaseError

from kopdes_desktop.domain.cooperative_rules import check_cooperative
from kopdes_desktop.domain.errors import Issue
from kopdes_desktop.services.cooperative_service import CooperativeService


@dataclass(frozen=True)
class CooperativeFindings:
    """Rule findings of one cooperative."""

    cooperative_id: str
    village_code: str
    name: str
    issues: tuple[Issue, ...]

    @property
    def errors(self) -> tuple[Issue, ...]:
        """Findings that block."""
        return tuple(i for i in self.issues if i.is_error)

    @property
    def warnings(self) -> tuple[Issue, ...]:
        """Findings that only inform."""
        return tuple(i for i in self.issues if not i.is_error)


@dataclass(frozen=True)
class CheckReport:
    """Result of ``kopdes check``: integrity messages and per-cooperative findings."""

    integrity_ok: bool
    integrity_messages: tuple[str, ...]
    cooperatives: tuple[CooperativeFindings, ...] = field(default=())

    @property
    def error_count(self) -> int:
        """Blocking findings, integrity problems included."""
        return (0 if self.integrity_ok else 1) + sum(len(c.errors) for c in self.cooperatives)

    @property
    def warning_count(self) -> int:
        """Findings that only inform."""
        return sum(len(c.warnings) for c in self.cooperatives)


class CheckService:
    """Runs the checks; the database engine is needed for dialect-specific integrity SQL."""

    def __init__(self, engine: Engine, cooperatives: CooperativeService) -> None:
        self._engine = engine
        self._cooperatives = cooperatives

    def integrity(self, full: bool = True) -> tuple[bool, list[str]]:
        """SQLite's integrity (or quick) check and foreign-key check; PostgreSQL enforces both
        itself, so there we only confirm the connection works."""
        try:
            with self._engine.connect() as conn:
                if self._engine.dialect.name != "sqlite":
                    conn.exec_driver_sql("SELECT 1")
                    return True, []
                pragma = "integrity_check" if full else "quick_check"
                rows = [r[0] for r in conn.exec_driver_sql(f"PRAGMA {pragma}")]
                fk = conn.exec_driver_sql("PRAGMA foreign_key_check").all()
        except DatabaseError as exc:  # too damaged for the check to finish: that is its answer
            return False, [str(exc.orig) if exc.orig is not None else str(exc)]
        messages = [] if rows == ["ok"] else [str(r) for r in rows]
        messages += [f"foreign key: {tuple(r)}" for r in fk]
        return not messages, messages

    def run(
        self,
        area_code: str | None = None,
        progress: Callable[[int], None] | None = None,
        full: bool = True,
    ) -> CheckReport:
        """Integrity (``full``: integrity_check, else quick_check) plus the rules of every
        cooperative in the area."""
        ok, messages = self.integrity(full)
        found = []
        for n, snap in enumerate(self._cooperatives.iter_snapshots(area_code), start=1):
            coop = snap.cooperative
            found.append(
                CooperativeFindings(
                    coop.id, coop.village_code, coop.name, tuple(check_cooperative(snap))
                )
            )
            if progress:
                progress(n)
        return CheckReport(ok, tuple(messages), tuple(found))
