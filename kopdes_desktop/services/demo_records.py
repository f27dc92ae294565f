"""Demo cooperatives: legal facts by stage, members, board, units, capital and meetings.

One ``CooperativeFactory.village`` call appends every row of one village's cooperative to the
bulk writer's buffers. The cooperative's formation stage is drawn first (so the national
picture spreads over stages 0–9) and decides which facts exist: a cooperative at stage 6 has
its deed, SK AHU, NPWP, NIB and bank account but no SIMKOPDES account, no operating outlet and
no RAT, so the derived stage comes out as drawn. Whatever the stage, the founders and the board
satisfy ``check_cooperative`` (9+ founders, five pengurus roles with a woman among them, the
lurah as ex-officio ketua pengawas plus two members, nobody in both bodies).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from random import Random
from typing import Any

from kopdes_desktop.domain.demo_names import (
    BANKS,
    LOCAL_UNITS,
    MEETING_ELEMENTS_DESA,
    MEETING_ELEMENTS_KELURAHAN,
    POSTAL_PREFIXES,
    REGIONAL_BANKS,
    STREET_NAMES,
    UNIT_NAMES,
)
from kopdes_desktop.domain.enums import (
    REQUIRED_PENGURUS_ROLES,
    BoardRole,
    Body,
    FormationModel,
    MeetingKind,
    PaymentKind,
    PortalStatus,
    Sex,
    Stage,
    UnitKind,
    UnitStatus,
    WajibPeriod,
)
from kopdes_desktop.domain.formatting import format_rupiah
from kopdes_desktop.services.demo_people import (
    DemoPerson,
    PeopleFactory,
    TrainingPlanner,
    VillageInfo,
    synced_columns,
)
from kopdes_desktop.storage.bulk_insert import BulkWriter, DbValues

# Legal facts of the cooperative row as "column:first stage that records it"; before that
# stage a column holds its empty value (None for dates, False for the flag, "" for text).
_LEGAL = (
    "portal_status:0 portal_date:2 name_reserved_date:3 notary_name:4 deed_number:4 deed_date:4"
    " sk_ahu_number:5 sk_ahu_date:5 nomor_induk_koperasi:5 npwp:6 nib:6 bank_name:6"
    " bank_account_number:6 bank_account_name:6 simkopdes_account:7 simkopdes_date:7"
)
_LEGAL_FACTS: tuple[tuple[str, int, Any], ...] = tuple(
    (
        col,
        int(stage),
        None if col.endswith("_date") else False if col == "simkopdes_account" else "",
    )
    for col, stage in (item.split(":") for item in _LEGAL.split())
)
COOPERATIVE_COLUMNS = synced_columns(
    "village_code name formation_model address rt rw postal_code phone email",
    "simpanan_pokok simpanan_wajib wajib_period initial_capital",
    " ".join(col for col, _, _ in _LEGAL_FACTS),
    "notes",
)
MEMBERSHIP_COLUMNS = synced_columns(
    "cooperative_id person_id is_founder member_number joined_date left_date"
)
BOARD_COLUMNS = synced_columns("cooperative_id person_id body role start_date end_date ex_officio")
UNIT_COLUMNS = synced_columns("cooperative_id kind name status opening_date location notes")
PAYMENT_COLUMNS = synced_columns("membership_id kind amount paid_date receipt_number")
MEETING_COLUMNS = synced_columns(
    "cooperative_id kind title meeting_date start_time place chairs attendance_count",
    "decisions notes",
)
ATTENDEE_COLUMNS = synced_columns("meeting_id person_id name element sex present position")

MIN_MEMBERS = 9
"""Fewest members a demo cooperative can have: the nine founders the law requires."""

JAKARTA_MUSKELSUS = date(2025, 5, 31)
"""All 267 Jakarta KKMP held their Muskelsus that day (DOMAIN.md §2)."""

_STAGE_WEIGHTS = (4, 6, 12, 8, 10, 15, 15, 12, 12, 6)
_STAGES = tuple(Stage(s) for s, w in enumerate(_STAGE_WEIGHTS) for _ in range(w))
_SIMPANAN = ((100_000, 10_000), (25_000, 5_000), (50_000, 10_000), (100_000, 20_000))
_STANDARD_KINDS: tuple[UnitKind, ...] = tuple(k for k in UnitKind if k is not UnitKind.LAINNYA)
_RUNNING: tuple[UnitStatus, ...] = (UnitStatus.BEROPERASI,) * 8 + (UnitStatus.PERSIAPAN,) * 6
_RUNNING += (UnitStatus.DIRENCANAKAN,) * 5 + (UnitStatus.BERHENTI,)
_EARLY = (UnitStatus.PERSIAPAN,) * 2 + (UnitStatus.DIRENCANAKAN,) * 3
_MODELS: tuple[FormationModel, ...] = (FormationModel.PENDIRIAN_BARU,) * 17
_MODELS += (FormationModel.PENGEMBANGAN,) * 2
_MODELS += (FormationModel.REVITALISASI,)
_MODEL_TEXT = {
    FormationModel.PENDIRIAN_BARU: "pendirian baru",
    FormationModel.PENGEMBANGAN: "pengembangan koperasi yang ada",
    FormationModel.REVITALISASI: "revitalisasi koperasi yang ada",
}
_POKOK, _WAJIB = PaymentKind.POKOK.value, PaymentKind.WAJIB.value
_MONTHLY = WajibPeriod.BULANAN.value
_SEX = {True: Sex.FEMALE.value, False: Sex.MALE.value}
# A meeting's kind, title, date, chairs, attendance count and decisions.
_Head = tuple[MeetingKind, str, date, tuple[str, ...], int, dict[str, str]]
_TIMES = ("08.30", "09.00", "09.30", "10.00", "13.00", "14.00")
_STEP_GAPS = ((3, 20), (10, 30), (15, 40), (20, 70), (10, 60), (15, 150), (60, 240))


def _days(rnd: Callable[[], float], low: int, high: int) -> timedelta:
    """A random whole number of days in [low, high]."""
    return timedelta(days=low + int(rnd() * (high - low + 1)))


@dataclass(frozen=True, slots=True)
class Timeline:
    """Dates of the formation steps of one cooperative (never after today)."""

    sosialisasi: date
    muskelsus: date
    name_reserved: date
    deed: date
    sk_ahu: date
    numbers: date
    simkopdes: date
    outlet: date
    rat: date

    @classmethod
    def draw(cls, rnd: Callable[[], float], province: str, today: date) -> Timeline:
        """Steps spaced as observed in 2025 (Jakarta: Muskelsus 31 May, legal by 21 July)."""
        shift = max(timedelta(0), JAKARTA_MUSKELSUS + timedelta(days=365) - today)
        base = JAKARTA_MUSKELSUS if province == "31" else date(2025, 5, 12) + _days(rnd, 0, 110)
        musk = base - shift
        steps = [musk - _days(rnd, 7, 30), musk]
        for low, high in _STEP_GAPS:
            steps.append(steps[-1] + _days(rnd, low, high))
        return cls(*(min(d, today) for d in steps))


@dataclass(slots=True)
class _Coop:
    """One cooperative being generated: what its record builders share."""

    id: str
    v: VillageInfo
    stage: Stage
    tl: Timeline
    people: list[DemoPerson]
    seats: list[int]  # indexes into people: five pengurus (in role order), two pengawas
    lurah: DemoPerson
    founders: int
    pokok: int
    wajib: int
    kinds: list[UnitKind]
    model: FormationModel
    member_ids: list[str] = field(default_factory=list)


class CooperativeFactory:
    """Appends all rows of one village's cooperative to the buffers of a ``BulkWriter``."""

    def __init__(
        self,
        writer: BulkWriter,
        people: PeopleFactory,
        rng: Random,
        new_id: Callable[[], str],
        sync: tuple[Any, Any, str],
        values: DbValues,
        today: date,
        members: int,
    ) -> None:
        self._people, self._rng, self._id = people, rng, new_id
        self._sync = (*sync, None)
        self._d, self._json = values.date, values.json
        self._today, self._members = today, members
        self._rows = {name: writer.rows(name) for name in writer.table_names}
        self._training = TrainingPlanner(writer, people, rng, new_id, sync, values, today)

    def village(self, v: VillageInfo) -> None:
        """Generate the cooperative of village ``v`` with its people and records."""
        rng, rnd = self._rng, self._rng.random
        self._people.enter_village(v)
        stage = _STAGES[int(rnd() * len(_STAGES))]
        tl = Timeline.draw(rnd, v.province_code, self._today)
        n = self._members
        founders = min(n, 9 + int(rnd() * max(1, n - 8)))
        seats = rng.sample(range(founders), 7)
        female = [rnd() < 0.45 for _ in range(n)]
        if not any(female[i] for i in seats[:5]):
            female[seats[1 + int(rnd() * 4)]] = True
        people = [self._people.person(v, f) for f in female]
        job = "Pegawai Negeri Sipil (PNS)" if v.is_kelurahan else "Kepala Desa"
        lurah = self._people.person(v, rnd() < 0.25, 35, 58, job)
        pokok, wajib = _SIMPANAN[int(rnd() * len(_SIMPANAN))]
        kinds = rng.sample(_STANDARD_KINDS, 1 + int(rnd() * 7))
        if len(kinds) < 7 and rnd() < 0.1:
            kinds.append(UnitKind.LAINNYA)
        model = _MODELS[int(rnd() * len(_MODELS))]
        c = _Coop(
            self._id(), v, stage, tl, people, seats, lurah, founders, pokok, wajib, kinds, model
        )
        self._cooperative(c)
        self._memberships(c)
        self._board(c)
        self._units(c)
        self._payments(c)
        self._meetings(c)
        if stage >= Stage.AKTA_NOTARIS:
            board = [people[i] for i in seats]
            self._training.participate(c.id, v, board[:5], board[5:], tl.sk_ahu)
        if stage >= Stage.BERBADAN_HUKUM:
            self._training.mentoring(c.id, v, tl.sk_ahu)

    def _cooperative(self, c: _Coop) -> None:
        """The cooperative row; legal facts up to its stage only."""
        rnd, v = self._rng.random, c.v
        digits = v.code.replace(".", "")
        postal = POSTAL_PREFIXES.get(v.province_code, (99,))
        postal_code = f"{postal[int(rnd() * len(postal))]}{int(rnd() * 900) + 100}"
        address = f"Jl. {STREET_NAMES[int(rnd() * len(STREET_NAMES))]} No. {int(rnd() * 90) + 1}"
        rt, rw = f"{int(rnd() * 12) + 1:03d}", f"{int(rnd() * 8) + 1:03d}"
        phone = f"08{int(rnd() * 9) + 1}{int(rnd() * 900_000_000) + 100_000_000}"
        email = f"{'kkmp' if v.is_kelurahan else 'kdmp'}.{digits}@gmail.com" if rnd() < 0.4 else ""
        model, name = c.model.value, v.cooperative_name
        identity = (v.code, name, model, address, rt, rw, postal_code, phone, email)
        capital = (c.pokok, c.wajib, _MONTHLY, (c.pokok + c.wajib) * c.founders)
        legal = tuple(
            value if c.stage >= stage else empty
            for value, (_, stage, empty) in zip(self._legal(c, digits), _LEGAL_FACTS, strict=True)
        )
        self._rows["cooperative"].append((c.id, *self._sync, *identity, *capital, *legal, ""))

    def _legal(self, c: _Coop, digits: str) -> tuple[Any, ...]:
        """Every legal fact as if the cooperative had gone all the way (order: _LEGAL_FACTS)."""
        rnd, d, tl, v = self._rng.random, self._d, c.tl, c.v
        portal = PortalStatus.BELUM if c.stage < Stage.MUSKELSUS else PortalStatus.TERDAFTAR
        if c.stage >= Stage.BERBADAN_HUKUM:
            portal = PortalStatus.TERVERIFIKASI
        bank = REGIONAL_BANKS.get(v.province_code) if rnd() < 0.2 else None
        notary = f"{self._people.name(v.province_code, rnd() < 0.5)}, S.H., M.Kn."
        sk = f"AHU-{int(rnd() * 9_000_000) + 1_000_000:07d}.AH.01.29.TAHUN {tl.sk_ahu.year}"
        return (
            *(portal.value, d(tl.muskelsus + timedelta(days=3)), d(tl.name_reserved)),
            *(notary, f"{int(rnd() * 60) + 1:02d}", d(tl.deed), sk, d(tl.sk_ahu)),
            f"{digits}{int(rnd() * 900_000) + 100_000}",
            f"{int(rnd() * 10**16):016d}",
            f"{int(rnd() * 9 * 10**12) + 10**12}",
            bank or BANKS[int(rnd() * len(BANKS))],
            f"{int(rnd() * 9 * 10**12) + 10**12}",
            *(v.cooperative_name, True, d(tl.simkopdes)),
        )

    def _memberships(self, c: _Coop) -> None:
        """Memberships numbered 0001…; founders joined at the Muskelsus, the others later."""
        rnd, d, today, rows = self._rng.random, self._d, self._today, self._rows["membership"]
        founding = d(c.tl.muskelsus)
        for i, p in enumerate(c.people):
            mid = self._id()
            joined = founding
            if i >= c.founders:
                joined = d(min(today, c.tl.muskelsus + _days(rnd, 1, 300)))
            rows.append(
                (mid, *self._sync, c.id, p.id, i < c.founders, f"{i + 1:04d}", joined, None)
            )
            c.member_ids.append(mid)

    def _board(self, c: _Coop) -> None:
        """Five pengurus roles, the lurah ex officio plus two pengawas, sometimes a manager."""
        rnd, start, rows = self._rng.random, self._d(c.tl.muskelsus), self._rows["board_position"]
        seats = [
            (c.people[i].id, Body.PENGURUS, role)
            for i, role in zip(c.seats[:5], REQUIRED_PENGURUS_ROLES, strict=True)
        ]
        seats.append((c.lurah.id, Body.PENGAWAS, BoardRole.KETUA_PENGAWAS))
        seats += [(c.people[i].id, Body.PENGAWAS, BoardRole.ANGGOTA_PENGAWAS) for i in c.seats[5:]]
        others = [i for i in range(len(c.people)) if i not in c.seats]
        if others and rnd() < (0.5 if c.stage >= Stage.GERAI_BEROPERASI else 0.1):
            manager = c.people[others[int(rnd() * len(others))]]
            seats.append((manager.id, Body.PENGELOLA, BoardRole.MANAJER))
        for pid, body, role in seats:
            chair = role is BoardRole.KETUA_PENGAWAS
            position = (c.id, pid, body.value, role.value, start, None, chair)
            rows.append((self._id(), *self._sync, *position))

    def _units(self, c: _Coop) -> None:
        """Units; only a cooperative at stage 8 or 9 has any of them operating."""
        rnd, d, rows = self._rng.random, self._d, self._rows["business_unit"]
        place = f"Kantor {'Kelurahan' if c.v.is_kelurahan else 'Desa'} {c.v.name}"
        for i, kind in enumerate(c.kinds):
            status = UnitStatus.DIRENCANAKAN
            if c.stage >= Stage.GERAI_BEROPERASI:
                status = UnitStatus.BEROPERASI if i == 0 else _RUNNING[int(rnd() * len(_RUNNING))]
            elif c.stage >= Stage.MUSKELSUS:
                status = _EARLY[int(rnd() * len(_EARLY))]
            opening = None
            if status in (UnitStatus.BEROPERASI, UnitStatus.BERHENTI):
                opening = d(min(self._today, c.tl.outlet + _days(rnd, 0, 60)))
            name = (
                UNIT_NAMES.get(kind.value) or f"Unit {LOCAL_UNITS[int(rnd() * len(LOCAL_UNITS))]}"
            )
            unit = (c.id, kind.value, name, status.value, opening, place, "")
            rows.append((self._id(), *self._sync, *unit))

    def _payments(self, c: _Coop) -> None:
        """Simpanan pokok from most members after the Muskelsus; some wajib once legal."""
        if c.stage < Stage.MUSKELSUS:
            return
        rnd, d, today, rows = self._rng.random, self._d, self._today, self._rows["capital_payment"]
        seq = 0
        for mid in c.member_ids:
            if rnd() < 0.85:
                seq += 1
                paid = d(min(today, c.tl.muskelsus + _days(rnd, 0, 20)))
                rows.append((self._id(), *self._sync, mid, _POKOK, c.pokok, paid, f"BSM-{seq:04d}"))
        if c.stage < Stage.BERBADAN_HUKUM:
            return
        for mid in self._rng.sample(c.member_ids, 3 + int(rnd() * 4)):
            for month in range(1, 2 + int(rnd() * 3)):
                seq += 1
                paid = d(min(today, c.tl.sk_ahu + timedelta(days=30 * month)))
                rows.append((self._id(), *self._sync, mid, _WAJIB, c.wajib, paid, f"BSM-{seq:04d}"))

    def _meetings(self, c: _Coop) -> None:
        """Sosialisasi (stage 1+), Muskelsus with chairs and decisions (2+), RAT (9)."""
        rnd, tl, word = self._rng.random, c.tl, "Kelurahan" if c.v.is_kelurahan else "Desa"
        if c.stage >= Stage.SOSIALISASI:
            title, count = f"Sosialisasi Koperasi {word} Merah Putih", 40 + int(rnd() * 110)
            head: _Head = (MeetingKind.SOSIALISASI, title, tl.sosialisasi, (), count, {})
            self._meeting(c, head, 3 + int(rnd() * 3), True)
        if c.stage >= Stage.MUSKELSUS:
            title = f"Musyawarah {word} Khusus Pembentukan Koperasi {word} Merah Putih"
            chairs = tuple(p.name for p in self._rng.sample(c.people, 3))
            count = 30 + int(rnd() * 90)
            head = (MeetingKind.MUSKELSUS, title, tl.muskelsus, chairs, count, self._decisions(c))
            self._meeting(c, head, 5 + int(rnd() * 4), True)
        if c.stage >= Stage.RAT:
            title = f"Rapat Anggota Tahunan Tahun Buku {tl.rat.year - 1}"
            head = (MeetingKind.RAT, title, tl.rat, (), max(6, int(len(c.people) * 0.7)), {})
            self._meeting(c, head, 3 + int(rnd() * 4), False)

    def _meeting(self, c: _Coop, head: _Head, attendees: int, with_lurah: bool) -> None:
        """One meeting and a few lines of its attendance list (with the lurah, if invited)."""
        rnd, v = self._rng.random, c.v
        kind, title, when, chairs, count, decisions = head
        mid = self._id()
        present = [(p, "") for p in self._rng.sample(c.people, min(attendees, len(c.people)))]
        if with_lurah:
            present.append((c.lurah, f"Pemerintah {'Kelurahan' if v.is_kelurahan else 'Desa'}"))
        place = f"Aula Kantor Kelurahan {v.name}" if v.is_kelurahan else f"Balai Desa {v.name}"
        start = _TIMES[int(rnd() * len(_TIMES))]
        count, chairs_json = max(count, len(present)), self._json(list(chairs))
        meeting = (c.id, kind.value, title, self._d(when), start, place, chairs_json, count)
        self._rows["meeting"].append((mid, *self._sync, *meeting, self._json(decisions), ""))
        elements = MEETING_ELEMENTS_KELURAHAN if v.is_kelurahan else MEETING_ELEMENTS_DESA
        rows = self._rows["meeting_attendee"]
        for position, (p, element) in enumerate(present, start=1):
            if not element:
                rat = kind is MeetingKind.RAT
                element = "Anggota" if rat else elements[int(rnd() * len(elements))]
            line = (mid, p.id, p.name, element, _SEX[p.female], True, position)
            rows.append((self._id(), *self._sync, *line))

    @staticmethod
    def _decisions(c: _Coop) -> dict[str, str]:
        """The seven decisions (a)–(g) of the berita acara (DOMAIN.md §2)."""
        coop, names = c.v.cooperative_name, [c.people[i].name for i in c.seats[:5]]
        ketua, sekretaris, bendahara = names[0], names[3], names[4]
        units = ", ".join(UNIT_NAMES.get(k.value, "unit usaha potensi lokal") for k in c.kinds)
        capital = format_rupiah((c.pokok + c.wajib) * c.founders)
        return {
            "a": f"Sepakat membentuk {coop} dengan model {_MODEL_TEXT[c.model]}.",
            "b": f"Nama koperasi: {coop}.",
            "c": f"Unit usaha: {units}.",
            "d": f"Simpanan pokok {format_rupiah(c.pokok)}, simpanan wajib "
            f"{format_rupiah(c.wajib)} per bulan, modal awal {capital}.",
            "e": f"Pendiri sebanyak {c.founders} orang sebagaimana daftar terlampir.",
            "f": f"Ketua {ketua}; Sekretaris {sekretaris}; Bendahara {bendahara}; "
            f"Ketua Pengawas {c.lurah.name} (ex officio).",
            "g": f"Memberi kuasa kepada {ketua} dan {sekretaris} untuk menghadap notaris dan "
            "mengajukan pengesahan badan hukum.",
        }
