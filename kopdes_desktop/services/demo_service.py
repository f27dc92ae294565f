"""Demo data: realistic cooperatives for any area, fast enough to fill the whole country.

Why: staff learn the program on data that looks like their own villages, screenshots need
believable records, and the storage layer must be measured at national scale (83,762 villages ×
20 members = 1.7 million persons, about 12 million rows). So rows are made as plain tuples and
written with ``storage.bulk_insert`` in short transactions of about ``COMMIT_ROWS`` rows: a
cancel or a crash loses at most the villages of one transaction, every committed village is
complete, and the database stays usable throughout.

Determinism: the same seed on the same free villages yields the same names, dates and numbers.
Record ids are not part of that promise (they are time-ordered, see ``SequentialIds``).
"""

from __future__ import annotations

import re
import time
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from random import Random

from sqlalchemy import Connection, Engine, select

from kopdes_desktop.domain.errors import DomainError
from kopdes_desktop.domain.identifiers import COUNTRY_CODE, is_kelurahan
from kopdes_desktop.domain.names import VillageRef, cooperative_name, disambiguated_name
from kopdes_desktop.domain.permissions import Action
from kopdes_desktop.services.context import ServiceContext
from kopdes_desktop.services.demo_people import (
    EVENT_COLUMNS,
    PARTICIPANT_COLUMNS,
    PERSON_COLUMNS,
    TOKEN_COLUMNS,
    VISIT_COLUMNS,
    PeopleFactory,
    VillageInfo,
)
from kopdes_desktop.services.demo_records import (
    ATTENDEE_COLUMNS,
    BOARD_COLUMNS,
    COOPERATIVE_COLUMNS,
    MEETING_COLUMNS,
    MEMBERSHIP_COLUMNS,
    MIN_MEMBERS,
    PAYMENT_COLUMNS,
    UNIT_COLUMNS,
    CooperativeFactory,
)
from kopdes_desktop.services.wilayah_service import WilayahService
from kopdes_desktop.storage.audit_trail import append_summary
from kopdes_desktop.storage.bulk_insert import BulkWriter, DbValues, SequentialIds
from kopdes_desktop.storage.orm import Base, Cooperative, District, Regency, Village

_NOT_ALNUM = re.compile(r"[\W_]+")

COMMIT_ROWS = 50_000
"""Rows per transaction (about 340 villages at 20 members): short locks, few fsyncs."""

MAX_MEMBERS = 2_000
"""More members per cooperative than any demo needs; keeps member numbers at four digits."""

SQLITE_BULK_CACHE_KIB = 65_536
"""Page cache while generating on SQLite (the default 2 MB thrashes on the token index)."""

# Parents before children: SQLite checks foreign keys at each statement.
_LAYOUT: tuple[tuple[str, tuple[str, ...], str], ...] = (
    ("training_event", EVENT_COLUMNS, "training_events"),
    ("cooperative", COOPERATIVE_COLUMNS, "cooperatives"),
    ("person", PERSON_COLUMNS, "persons"),
    ("person_name_token", TOKEN_COLUMNS, "name_tokens"),
    ("membership", MEMBERSHIP_COLUMNS, "memberships"),
    ("board_position", BOARD_COLUMNS, "board_positions"),
    ("business_unit", UNIT_COLUMNS, "business_units"),
    ("capital_payment", PAYMENT_COLUMNS, "capital_payments"),
    ("meeting", MEETING_COLUMNS, "meetings"),
    ("meeting_attendee", ATTENDEE_COLUMNS, "meeting_attendees"),
    ("training_participant", PARTICIPANT_COLUMNS, "training_participants"),
    ("mentoring_visit", VISIT_COLUMNS, "mentoring_visits"),
)


TABLES_IN_WRITE_ORDER = tuple(table for table, _, _ in _LAYOUT)
"""The tables the generator fills, parents first (benchmarks replay rows in this order)."""


@dataclass(frozen=True)
class DemoResult:
    """What a run wrote (committed rows only) and how long it took."""

    cooperatives: int = 0
    persons: int = 0
    name_tokens: int = 0
    memberships: int = 0
    board_positions: int = 0
    business_units: int = 0
    capital_payments: int = 0
    meetings: int = 0
    meeting_attendees: int = 0
    training_events: int = 0
    training_participants: int = 0
    mentoring_visits: int = 0
    elapsed_seconds: float = 0.0
    cancelled: bool = False
    village_codes: tuple[str, ...] = ()

    @property
    def counts(self) -> dict[str, int]:
        """Rows written per record kind, parents first (for printing and logs)."""
        return {name: getattr(self, name) for _, _, name in _LAYOUT}

    @property
    def rows(self) -> int:
        """All rows written, every table together."""
        return sum(self.counts.values())

    @property
    def rows_per_second(self) -> float:
        """Throughput of the whole run, generation included."""
        return self.rows / self.elapsed_seconds if self.elapsed_seconds > 0 else 0.0


def _check_sizes(villages: int, members: int) -> None:
    """Refuse sizes that cannot give valid cooperatives (nine founders are the law)."""
    if villages < 1:
        raise DomainError("demo.villages_invalid", "villages", requested=villages)
    if members < MIN_MEMBERS:
        raise DomainError("demo.too_few_members", "members", requested=members, minimum=MIN_MEMBERS)
    if members > MAX_MEMBERS:
        raise DomainError(
            "demo.too_many_members", "members", requested=members, maximum=MAX_MEMBERS
        )


def _loose_key(name: str) -> str:
    """Letters and digits only, case-folded: groups every spelling the name rules equate."""
    return _NOT_ALNUM.sub("", name.casefold())


def _birth_place(province_code: str, regency_name: str) -> str:
    """How a KTP writes a birth place in the regency: "Bogor", "Jakarta" (not "Kota …")."""
    if province_code == "31":
        return "Jakarta"
    return regency_name.removeprefix("Kabupaten ").removeprefix("Kota ").strip()


_Row = tuple[str, str, str]  # village code, name, district code


class _Reference:
    """Reference names the generator needs: villages, their districts and regencies."""

    def __init__(
        self,
        regencies: dict[str, str],
        districts: dict[str, tuple[str, str]],
        villages: list[_Row],
    ) -> None:
        self.regencies, self.districts, self.villages = regencies, districts, villages
        self._groups: dict[str, list[_Row]] = {}
        for row in villages:
            self._groups.setdefault(_loose_key(row[1]), []).append(row)
        self._counts: dict[str, tuple[Counter[str], Counter[str]]] = {}

    def info(self, row: _Row) -> VillageInfo:
        """Everything the factories need about one village."""
        code, name, district = row
        regency_code = self.districts[district][1]
        regency = self.regencies[regency_code]
        return VillageInfo(
            code=code,
            name=name,
            district_digits=district.replace(".", ""),
            regency_code=regency_code,
            regency_name=regency,
            province_code=code[:2],
            is_kelurahan=is_kelurahan(code),
            cooperative_name=self._name(row),
            birth_place=_birth_place(code[:2], regency),
        )

    def _ref(self, row: _Row) -> VillageRef:
        """The village as the name rules see it."""
        district_name, regency_code = self.districts[row[2]]
        return VillageRef(row[0], row[1], district_name, self.regencies[regency_code])

    def _name(self, row: _Row) -> str:
        """The cooperative's name, unique across Indonesia as ``disambiguated_name`` decides.

        That function compares a village with every namesake (O(n²) over a name group: 5 s for
        the whole country); the common case, a namesake with the same spelling in a district
        of another name, gets the same answer (village + kecamatan) from two counters.
        """
        code, name, district = row
        key = _loose_key(name)
        group = self._groups.get(key, [row])
        if len(group) == 1:
            return cooperative_name(name, is_kelurahan(code))
        if key not in self._counts:
            spellings = Counter(n for _, n, _ in group)
            districts = Counter(_loose_key(self.districts[d][0]) for _, _, d in group)
            self._counts[key] = (spellings, districts)
        spellings, districts = self._counts[key]
        district_name = self.districts[district][0]
        if spellings[name] > 1 and districts[_loose_key(district_name)] == 1:
            return cooperative_name(name, is_kelurahan(code), district_name)
        return disambiguated_name(self._ref(row), [self._ref(other) for other in group])


@contextmanager
def _bulk_settings(conn: Connection) -> Iterator[None]:
    """A larger SQLite page cache for the run, restored afterwards; nothing on PostgreSQL."""
    if conn.dialect.name != "sqlite":
        yield
        return
    with conn.begin():
        before = conn.exec_driver_sql("PRAGMA cache_size").scalar()
        conn.exec_driver_sql(f"PRAGMA cache_size=-{SQLITE_BULK_CACHE_KIB}")
    try:
        yield
    finally:
        with conn.begin():
            conn.exec_driver_sql(f"PRAGMA cache_size={int(before or -2000)}")


@dataclass(frozen=True)
class _DemoAudit:
    """The audit summary of each demo transaction (bulk Core inserts bypass the audit hook)."""

    ctx: ServiceContext
    area_code: str
    seed: int

    def record(self, conn: Connection, written: dict[str, int]) -> None:
        """One entry: area, seed and rows per table of this transaction."""
        append_summary(
            conn,
            username=self.ctx.username,
            at=self.ctx.now(),
            action="generate",
            entity="demo",
            entity_id=self.area_code,
            details={"seed": self.seed, "counts": written},
        )


class DemoService:
    """Generates realistic synthetic cooperatives, people and records inside an area."""

    def __init__(self, ctx: ServiceContext, wilayah: WilayahService) -> None:
        self._ctx = ctx
        self._wilayah = wilayah

    def generate(
        self,
        area_code: str,
        villages: int,
        members: int = 20,
        seed: int = 1,
        progress: Callable[[int, int], None] | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> DemoResult:
        """Fill ``villages`` free villages of the area (those without a cooperative yet).

        ``progress(done, total)`` is called after each committed transaction; when
        ``cancelled()`` turns true the run stops between villages, keeps what was committed
        and returns with ``cancelled=True``.
        """
        self._ctx.require(Action.CHANGE_SETTINGS)
        started = time.perf_counter()
        _check_sizes(villages, members)
        rng = Random(seed)
        ref = self._reference()
        infos = [ref.info(row) for row in self._choose(area_code, villages, rng, ref)]
        now, today = self._ctx.now(), self._ctx.today()
        with self._engine().connect() as conn, _bulk_settings(conn):
            values = DbValues.for_dialect(conn.dialect)
            tables = Base.metadata.tables
            writer = BulkWriter(conn.dialect, {tables[n]: cols for n, cols, _ in _LAYOUT})
            new_id = SequentialIds(now)
            stamp = values.timestamp(now)
            sync = (stamp, stamp, self._ctx.username)
            people = PeopleFactory(rng, new_id, sync, values.date, writer, today)
            factory = CooperativeFactory(writer, people, rng, new_id, sync, values, today, members)
            audit = _DemoAudit(self._ctx, area_code, seed)
            totals, done, stopped = self._run(
                conn, writer, factory, infos, progress, cancelled, audit
            )
        counts = {field: totals.get(table, 0) for table, _, field in _LAYOUT}
        return DemoResult(
            **counts,
            elapsed_seconds=time.perf_counter() - started,
            cancelled=stopped,
            village_codes=tuple(v.code for v in infos[:done]),
        )

    def _run(
        self,
        conn: Connection,
        writer: BulkWriter,
        factory: CooperativeFactory,
        infos: Sequence[VillageInfo],
        progress: Callable[[int, int], None] | None,
        cancelled: Callable[[], bool] | None,
        audit: _DemoAudit,
    ) -> tuple[Counter[str], int, bool]:
        """Generate village after village, committing every ``COMMIT_ROWS`` rows."""
        totals: Counter[str] = Counter()
        done = pending = 0
        total = len(infos)
        if progress:
            progress(0, total)
        for info in infos:
            if cancelled is not None and cancelled():
                writer.clear()
                return totals, done, True
            factory.village(info)
            pending += 1
            if writer.pending >= COMMIT_ROWS:
                self._commit(conn, writer, totals, audit)
                done, pending = done + pending, 0
                if progress:
                    progress(done, total)
        if pending:
            self._commit(conn, writer, totals, audit)
            done += pending
            if progress:
                progress(done, total)
        return totals, done, False

    @staticmethod
    def _commit(
        conn: Connection, writer: BulkWriter, totals: Counter[str], audit: _DemoAudit
    ) -> None:
        """Write the buffered villages in one short transaction (with its audit summary)."""
        try:
            with conn.begin():
                written = writer.flush(conn)
                audit.record(conn, written)
        except BaseException:
            writer.clear()
            raise
        totals.update(written)

    def _engine(self) -> Engine:
        """The engine behind the session factory (bulk writes use Core connections)."""
        with self._ctx.session_factory() as session:
            bind = session.get_bind()
        if not isinstance(bind, Engine):
            raise TypeError("DemoService needs a session factory bound to an Engine")
        return bind

    def _choose(self, area_code: str, villages: int, rng: Random, ref: _Reference) -> list[_Row]:
        """A seed-determined sample of the area's villages that have no cooperative yet.

        Same selection as ``WilayahService.villages_in``, read from the Core rows the name
        disambiguation needs anyway (83k ORM objects would cost 1.7 s at national scale).
        """
        area = self._wilayah.get(area_code).code
        inside = [
            row
            for row in ref.villages
            if area == COUNTRY_CODE or row[0] == area or row[0].startswith(area + ".")
        ]
        with self._ctx.session_factory() as session:
            taken = set(session.scalars(select(Cooperative.village_code)))
        free = [row for row in inside if row[0] not in taken]
        if villages > len(free):
            raise DomainError(
                "demo.too_many_villages", "villages", requested=villages, available=len(free)
            )
        return sorted(rng.sample(free, villages))

    def _reference(self) -> _Reference:
        """Every village, district and regency name, read once."""
        with self._ctx.session_factory() as session:
            return _Reference(
                {c: n for c, n in session.execute(select(Regency.code, Regency.name))},
                {
                    c: (n, r)
                    for c, n, r in session.execute(
                        select(District.code, District.name, District.regency_code)
                    )
                },
                [
                    (c, n, d)
                    for c, n, d in session.execute(
                        select(Village.code, Village.name, Village.district_code)
                    )
                ],
            )
