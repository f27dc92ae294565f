"""Demo persons and what they attend outside their cooperative: trainings and mentoring.

Persons: names in the ethnic mix of the province, valid NIKs agreeing with birth date and sex,
addresses, occupations, phones and the name-search tokens. This runs 1.7 million times at
national scale, so it is written for speed: every choice list is prepared once (per province,
per kind of village), a person becomes one tuple appended to the bulk writer's buffer, and the
tokens of a name are computed once per distinct name.

Trainings follow the Jakarta pattern (DOMAIN.md §6): a city-level event gathers about forty
cooperatives, each sending one pengurus and one pengawas.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from random import Random
from typing import Any, NamedTuple

from kopdes_desktop.domain.demo_names import (
    ACADEMIC_TITLES,
    DEFAULT_MIX,
    DUSUN_NAMES,
    ETHNIC_GROUPS,
    FUNDING_SOURCES,
    MENTORING_FINDINGS,
    MENTORING_FOLLOW_UPS,
    MENTORING_TOPICS,
    OCCUPATIONS_DESA,
    OCCUPATIONS_KELURAHAN,
    PHONE_PREFIXES,
    PROVINCE_MIX,
    STREET_NAMES,
    EthnicNames,
)
from kopdes_desktop.domain.enums import (
    STANDARD_TRAINING_TOPICS,
    CertificateType,
    ParticipantRole,
    Sex,
    TrainingMode,
)
from kopdes_desktop.domain.formatting import roman_month
from kopdes_desktop.domain.nik import make_nik
from kopdes_desktop.storage.bulk_insert import BulkWriter, DbValues
from kopdes_desktop.storage.person_tokens import name_tokens

SYNC_COLUMNS = ("id", "created_at", "updated_at", "updated_by", "deleted_at")
"""Leading columns of every synced row: each row starts ``(id, created, updated, user, None)``."""


def synced_columns(*groups: str) -> tuple[str, ...]:
    """``SYNC_COLUMNS`` then the space-separated column names of ``groups``, in order."""
    return (*SYNC_COLUMNS, *(name for group in groups for name in group.split()))


PERSON_COLUMNS = synced_columns(
    "nik name sex birth_place birth_date address rt rw village_code occupation",
    "nationality phone email",
)
TOKEN_COLUMNS = ("token", "person_id")
EVENT_COLUMNS = synced_columns(
    "title organiser funding_source start_date end_date venue mode topics hours"
)
PARTICIPANT_COLUMNS = synced_columns(
    "event_id person_id cooperative_id role attendance pre_score post_score",
    "certificate_type certificate_number certificate_issued certificate_expires",
)
VISIT_COLUMNS = synced_columns("cooperative_id visit_date mentor_name topics findings follow_up")

COOPERATIVES_PER_EVENT = 40
"""A city-level training takes about forty cooperatives (two people each)."""

HOUSEWIFE = "Mengurus Rumah Tangga"
_RT = tuple(f"{i:03d}" for i in range(1, 16))
_RW = tuple(f"{i:03d}" for i in range(1, 10))
_SEX = {True: (Sex.FEMALE, Sex.FEMALE.value), False: (Sex.MALE, Sex.MALE.value)}
_DAYS_PER_YEAR = 365.25
_ROLES = (ParticipantRole.PENGURUS.value, ParticipantRole.PENGAWAS.value)


class DemoPerson(NamedTuple):
    """What the cooperative records need to know about a generated person."""

    id: str
    name: str
    female: bool


@dataclass(frozen=True)
class VillageInfo:
    """A village being filled, with everything its people and cooperative need."""

    code: str
    name: str
    district_digits: str
    regency_code: str
    regency_name: str
    province_code: str
    is_kelurahan: bool
    cooperative_name: str
    birth_place: str


def _expand(weights: dict[str, int]) -> tuple[str, ...]:
    """A list where each key appears ``weight`` times: a weighted choice becomes an index."""
    return tuple(key for key, weight in weights.items() for _ in range(weight))


class NamePicker:
    """Composes Indonesian names in the ethnic mix of one province."""

    def __init__(self, province_code: str) -> None:
        mix = PROVINCE_MIX.get(province_code, DEFAULT_MIX)
        self.groups: tuple[EthnicNames, ...] = tuple(ETHNIC_GROUPS[k] for k in _expand(mix))

    def pick(self, rng: Random, female: bool) -> tuple[str, EthnicNames]:
        """A full name and the pool it came from (the pool also gives a home town)."""
        rnd = rng.random
        group = self.groups[int(rnd() * len(self.groups))]
        given = group.female if female else group.male
        seconds = (group.second_female or group.second_male) if female else group.second_male
        first = given[int(rnd() * len(given))]
        if rnd() < group.single_share:
            return first, group
        second = seconds[int(rnd() * len(seconds))]
        if group.single_share and rnd() < 0.12:
            middle = given[int(rnd() * len(given))]
            first = first if middle == first else f"{first} {middle}"
        return (first if second == first else f"{first} {second}"), group


def _occupations(weights: dict[str, int]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Weighted occupation lists for men (no housework entry) and for women."""
    men = {k: v for k, v in weights.items() if k != HOUSEWIFE}
    return _expand(men), _expand({**weights, HOUSEWIFE: weights.get(HOUSEWIFE, 0) * 3})


class PeopleFactory:
    """Appends person and name-token rows for villages, one district at a time."""

    def __init__(
        self,
        rng: Random,
        new_id: Callable[[], str],
        sync: tuple[Any, Any, str],
        db_date: Callable[[date | None], Any],
        writer: BulkWriter,
        today: date,
    ) -> None:
        self._rng, self._new_id, self._db_date = rng, new_id, db_date
        self._sync = (*sync, None)
        self._persons, self._tokens = writer.rows("person"), writer.rows("person_name_token")
        self._today_ord = today.toordinal()
        self._pickers: dict[str, NamePicker] = {}
        self._token_cache: dict[str, tuple[str, ...]] = {}
        self._jobs = {
            True: _occupations(OCCUPATIONS_KELURAHAN),
            False: _occupations(OCCUPATIONS_DESA),
        }
        self._district = ""
        self._used_niks: set[str] = set()
        self._streets: Sequence[str] = ()

    def enter_village(self, village: VillageInfo) -> None:
        """Prepare the village's streets; a new district starts a fresh set of used NIKs."""
        if village.district_digits != self._district:
            self._district, self._used_niks = village.district_digits, set()
        if village.province_code not in self._pickers:
            self._pickers[village.province_code] = NamePicker(village.province_code)
        if village.is_kelurahan:
            streets = self._rng.sample(STREET_NAMES, 4)
            self._streets = [*(f"Jl. {s}" for s in streets[:3]), f"Gg. {streets[3]}"]
        else:
            self._streets = [f"Dusun {s}" for s in self._rng.sample(DUSUN_NAMES, 3)]

    def name(self, province_code: str, female: bool) -> str:
        """A name only (for mentors, notaries and other people without a person record)."""
        return self._pickers[province_code].pick(self._rng, female)[0]

    def person(
        self,
        village: VillageInfo,
        female: bool,
        min_age: int = 20,
        max_age: int = 70,
        occupation: str | None = None,
    ) -> DemoPerson:
        """Append one person living in ``village`` (and the tokens of the name)."""
        rnd = self._rng.random
        name, group = self._pickers[village.province_code].pick(self._rng, female)
        birth = date.fromordinal(
            self._today_ord - int((min_age + rnd() * (max_age - min_age)) * _DAYS_PER_YEAR)
        )
        sex, sex_code = _SEX[female]
        nik = self._nik(birth, sex)
        place = village.birth_place
        if rnd() < 0.35:
            place = group.home_towns[int(rnd() * len(group.home_towns))]
        if occupation is None:
            jobs = self._jobs[village.is_kelurahan][female]
            occupation = jobs[int(rnd() * len(jobs))]
        address = self._streets[int(rnd() * len(self._streets))]
        if village.is_kelurahan:
            address = f"{address} No. {int(rnd() * 120) + 1}"
        rt, rw = _RT[int(rnd() * len(_RT))], _RW[int(rnd() * len(_RW))]
        email = self._email(name) if rnd() < 0.05 else ""
        pid = self._new_id()
        who = (pid, *self._sync, nik, name, sex_code, place, self._db_date(birth), address, rt, rw)
        self._persons.append((*who, village.code, occupation, "WNI", self._phone(), email))
        tokens = self._token_cache.get(name)
        if tokens is None:
            tokens = self._token_cache[name] = tuple(sorted(name_tokens(name)))
        self._tokens.extend([(t, pid) for t in tokens])
        return DemoPerson(pid, name, female)

    def _nik(self, birth: date, sex: Sex) -> str:
        """A NIK of the current district agreeing with birth date and sex, unique in the run."""
        rnd = self._rng.random
        while True:
            nik = make_nik(self._district, birth, sex, int(rnd() * 9999) + 1)
            if nik not in self._used_niks:
                self._used_niks.add(nik)
                return nik

    def _phone(self) -> str:
        """A mobile number ``08…`` (most people give one)."""
        rnd = self._rng.random
        if rnd() >= 0.9:
            return ""
        prefix = PHONE_PREFIXES[int(rnd() * len(PHONE_PREFIXES))]
        return f"0{prefix}{int(rnd() * 90_000_000) + 10_000_000}"

    def _email(self, name: str) -> str:
        """A webmail address derived from the name, as people write on forms."""
        local = ".".join(name.lower().replace("'", "").replace(".", " ").split())
        return f"{local}{int(self._rng.random() * 90) + 10}@gmail.com"


@dataclass
class _Event:
    """A training event being filled: its days and how many took part so far."""

    id: str
    days: tuple[date, ...]
    code: str
    cooperatives: int = 0
    certificates: int = 0


class TrainingPlanner:
    """Shared training events per regency, their participants, and mentoring visits."""

    def __init__(
        self,
        writer: BulkWriter,
        people: PeopleFactory,
        rng: Random,
        new_id: Callable[[], str],
        sync: tuple[Any, Any, str],
        values: DbValues,
        today: date,
    ) -> None:
        self._people, self._rng, self._id = people, rng, new_id
        self._sync = (*sync, None)
        self._d, self._json, self._today = values.date, values.json, today
        self._events = writer.rows("training_event")
        self._participants = writer.rows("training_participant")
        self._visits = writer.rows("mentoring_visit")
        self._open: dict[str, _Event] = {}
        self._batches: dict[str, int] = {}

    def participate(
        self,
        cid: str,
        village: VillageInfo,
        pengurus: Sequence[DemoPerson],
        pengawas: Sequence[DemoPerson],
        after: date,
    ) -> None:
        """Most cooperatives send one pengurus and one pengawas to their regency's training."""
        rnd = self._rng.random
        if rnd() >= 0.75:
            return
        event = self._event(village, after)
        event.cooperatives += 1
        first = pengurus[0] if rnd() < 0.5 else pengurus[int(rnd() * len(pengurus))]
        chosen = (first, pengawas[int(rnd() * len(pengawas))])
        for person, role in zip(chosen, _ROLES, strict=True):
            self._participant(event, cid, person, role)

    def _participant(self, event: _Event, cid: str, person: DemoPerson, role: str) -> None:
        """Attendance per day, pre/post test and a certificate for those present every day."""
        rnd, d = self._rng.random, self._d
        days = list(event.days)
        if len(days) > 1 and rnd() < 0.1:
            days.pop(int(rnd() * len(days)))
        pre = round(40 + rnd() * 35, 1)
        post = round(min(100.0, pre + 5 + rnd() * 25), 1)
        kind, number, issued, expires = CertificateType.TIDAK_ADA, "", None, None
        if len(days) == len(event.days):
            last = event.days[-1]
            kind = CertificateType.KOMPETENSI if rnd() < 0.2 else CertificateType.KEIKUTSERTAAN
            event.certificates += 1
            roman = roman_month(last.month)
            number = f"{event.certificates:03d}/SERT/{event.code}/{roman}/{last.year}"
            issued = d(last)
            if kind is CertificateType.KOMPETENSI:
                expires = d(last + timedelta(days=3 * 365))
        attendance = self._json([x.isoformat() for x in days])
        who = (self._id(), *self._sync, event.id, person.id, cid, role, attendance, pre, post)
        self._participants.append((*who, kind.value, number, issued, expires))

    def _event(self, village: VillageInfo, after: date) -> _Event:
        """The open event of the village's regency, or a new batch (angkatan) when full."""
        event = self._open.get(village.regency_code)
        if event is not None and event.cooperatives < COOPERATIVES_PER_EVENT:
            return event
        rnd, regency = self._rng.random, village.regency_name
        batch = self._batches[village.regency_code] = self._batches.get(village.regency_code, 0) + 1
        start = min(self._today - timedelta(days=3), after + timedelta(days=int(rnd() * 60)))
        days = tuple(start + timedelta(days=i) for i in range(2 + int(rnd() * 2)))
        online = rnd() < 0.2
        office = "Suku Dinas PPKUKM" if village.province_code == "31" else "Dinas Koperasi dan UKM"
        head = "Wali Kota" if regency.startswith("Kota") else "Bupati"
        venue = f"Aula Kantor {head} {regency.removeprefix('Kota ').removeprefix('Kabupaten ')}"
        event = _Event(self._id(), days, f"PLT{village.regency_code.replace('.', '')}")
        title = "Pelatihan Penguatan Kelembagaan Pengurus dan Pengawas Koperasi Merah Putih "
        title += f"{regency} Angkatan {batch}"
        funding = FUNDING_SOURCES[int(rnd() * len(FUNDING_SOURCES))]
        when = (self._d(days[0]), self._d(days[-1]), "Zoom Meeting" if online else venue)
        mode = (TrainingMode.DARING if online else TrainingMode.LURING).value
        topics = self._json(list(STANDARD_TRAINING_TOPICS))
        what = (title, f"{office} {regency}", funding, *when, mode, topics, 8 * len(days))
        self._events.append((event.id, *self._sync, *what))
        self._open[village.regency_code] = event
        return event

    def mentoring(self, cid: str, village: VillageInfo, since: date) -> None:
        """Zero to two pendampingan visits by a business assistant since legalisation."""
        rnd = self._rng.random
        span = max(1, (self._today - since).days)
        for _ in range(int(rnd() * 3)):
            mentor = self._people.name(village.province_code, rnd() < 0.4)
            title = ACADEMIC_TITLES[int(rnd() * len(ACADEMIC_TITLES))]
            when = self._d(since + timedelta(days=int(rnd() * span)))
            topic = MENTORING_TOPICS[int(rnd() * len(MENTORING_TOPICS))]
            finding = MENTORING_FINDINGS[int(rnd() * len(MENTORING_FINDINGS))]
            follow_up = MENTORING_FOLLOW_UPS[int(rnd() * len(MENTORING_FOLLOW_UPS))]
            visit = (cid, when, f"{mentor}, {title}", topic, finding, follow_up)
            self._visits.append((self._id(), *self._sync, *visit))
