"""A Hypothesis state machine over the real services, checked against a plain dict model.

Steps: register a cooperative, edit it, add and remove members, soft-delete it, export the
office's package and import it into a second office (a Sudin), restart the program (services
rebuilt on the same file), and, when the backup service exists, back up and restore. After
every step the database must say exactly what the model says; after an import the second
office must hold what the first held when it exported.
"""

from __future__ import annotations

import copy
import shutil
import tempfile
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from pathlib import Path

from hypothesis import strategies as st
from hypothesis.stateful import (
    Bundle,
    RuleBasedStateMachine,
    consumes,
    invariant,
    precondition,
    rule,
)
from reliability.small_database import make_small_database

from kopdes_desktop.bootstrap import Services, build_services
from kopdes_desktop.config import Config
from kopdes_desktop.domain.entities import Cooperative, Person
from kopdes_desktop.domain.enums import Sex
from kopdes_desktop.domain.errors import NotFoundError
from kopdes_desktop.domain.nik import make_nik

KEBAYORAN = "31.74"  # the kelurahan office works on Jakarta Selatan, the Sudin imports it
TEXT = st.text(alphabet="abcdefghijklmnopqrstuvwxyz ABCDEFGHIJ0123456789.,-/'éü’", max_size=40)

_template: Path | None = None


def template() -> Path:
    """The small migrated database, built once per test run."""
    global _template
    if _template is None:
        _template = make_small_database(Path(tempfile.mkdtemp()) / "template.db", ("31",))
    return _template


@dataclass
class CoopModel:
    """What a cooperative should look like."""

    village_code: str
    name: str
    address: str = ""
    notes: str = ""
    deleted: bool = False
    members: dict[str, str] = field(default_factory=dict)
    """Live membership id → the member's NIK."""


def open_office(home: Path, fresh: bool) -> Services:
    """Services on ``home/kopdes.db`` (copied from the template when ``fresh``)."""
    db = home / "kopdes.db"
    if fresh:
        home.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(template(), db)
    return build_services(Config(home=home, database_url=f"sqlite:///{db}"))


class OfficeMachine(RuleBasedStateMachine):
    """One kelurahan-level office (area Jakarta Selatan) and the Sudin it reports to."""

    coops = Bundle("coops")
    memberships = Bundle("memberships")

    def __init__(self) -> None:
        super().__init__()
        self.folder = Path(tempfile.mkdtemp(prefix="kopdes-stateful-"))
        self.office = open_office(self.folder / "kelurahan", fresh=True)
        self.office.settings.set_area(KEBAYORAN, "Kantor Uji")
        self.office.signing.ensure_key()
        self.sudin: Services | None = None
        self.sudin_model: dict[str, CoopModel] | None = None
        self.model: dict[str, CoopModel] = {}
        self.free_villages = [v.code for v in self.office.cooperatives.free_villages(KEBAYORAN)]
        self.people = 0
        self.steps = 0
        self.backups: list[tuple[Path, dict[str, CoopModel]]] = []

    # -- rules ----------------------------------------------------------------------------

    @precondition(lambda self: bool(self.free_villages))
    @rule(target=coops, pick=st.integers(min_value=0), address=TEXT)
    def create(self, pick: int, address: str) -> str:
        village = self.free_villages.pop(pick % len(self.free_villages))
        name = self.office.cooperatives.suggested_name(village)
        coop = self.office.cooperatives.save(
            Cooperative(village_code=village, name=name, address=address, simpanan_pokok=50_000)
        )
        self.model[coop.id] = CoopModel(village, name, address)
        return coop.id

    @rule(coop_id=coops, address=TEXT, notes=TEXT)
    def edit(self, coop_id: str, address: str, notes: str) -> None:
        if self._gone(coop_id):
            return
        coop = self.office.cooperatives.get(coop_id)
        self.office.cooperatives.save(replace(coop, address=address, notes=notes))
        self.model[coop_id].address = address
        self.model[coop_id].notes = notes

    @rule(target=memberships, coop_id=coops)
    def add_member(self, coop_id: str) -> tuple[str, str]:
        if self._gone(coop_id):
            return (coop_id, "")
        self.people += 1
        born = date(1970, 1, 1) + timedelta(days=self.people * 37)
        person = Person(
            nik=make_nik("317407", born, Sex.MALE, self.people),
            name=f"Anggota Uji {self.people}",
            sex=Sex.MALE,
            birth_date=born,
            village_code=self.model[coop_id].village_code,
        )
        facts = self.office.members.register(coop_id, person, is_founder=self.people % 2 == 0)
        self.model[coop_id].members[facts.membership.id] = person.nik or ""
        return (coop_id, facts.membership.id)

    @rule(membership=consumes(memberships))
    def remove_member(self, membership: tuple[str, str]) -> None:
        coop_id, membership_id = membership
        if self._gone(coop_id) or membership_id not in self.model[coop_id].members:
            return
        self.office.members.delete(membership_id)
        del self.model[coop_id].members[membership_id]

    @rule(coop_id=coops)
    def delete(self, coop_id: str) -> None:
        if self._gone(coop_id):
            return
        self.office.cooperatives.delete(coop_id)
        self.model[coop_id].deleted = True

    def _gone(self, coop_id: str) -> bool:
        """Deleted, or created after the backup that was restored."""
        return coop_id not in self.model or self.model[coop_id].deleted

    @rule()
    def restart(self) -> None:
        self.office.engine.dispose()
        self.office = open_office(self.folder / "kelurahan", fresh=False)

    @rule()
    def export_and_import(self) -> None:
        self.steps += 1
        package = self.folder / f"paket-{self.steps}.zip"
        self.office.exchange.export(package, with_rekap=False)
        if self.sudin is None:
            self.sudin = open_office(self.folder / f"sudin-{self.steps}", fresh=True)
            self.sudin.settings.set_area("31", "Dinas Uji")
        plan = self.sudin.exchange.import_package(package, accept_new_office=True)
        assert plan.applied, plan
        self.sudin_model = copy.deepcopy(self.model)
        self._check(self.sudin, self.sudin_model)

    @precondition(lambda self: hasattr(self.office, "backups"))
    @rule()
    def backup(self) -> None:
        self.steps += 1
        target = self.folder / f"cadangan-{self.steps}.db"
        self.office.backups.create(target)  # type: ignore[attr-defined]
        self.backups.append((target, copy.deepcopy(self.model)))

    @precondition(lambda self: bool(self.backups))
    @rule(pick=st.integers(min_value=0))
    def restore(self, pick: int) -> None:
        path, model = self.backups[pick % len(self.backups)]
        self.office.backups.restore(path)  # type: ignore[attr-defined]
        self.model = copy.deepcopy(model)
        used = {c.village_code for c in self.model.values()}
        self.free_villages = [
            v.code for v in self.office.cooperatives.free_villages(KEBAYORAN) if v.code not in used
        ]
        # The Sudin now holds records the office no longer has: start a new Sudin, as a
        # merge of a rewound office is the exchange tests' business, not this model's.
        if self.sudin is not None:
            self.sudin.engine.dispose()
            self.sudin, self.sudin_model = None, None

    # -- the invariant ----------------------------------------------------------------------

    @invariant()
    def office_matches_model(self) -> None:
        self._check(self.office, self.model)

    def _check(self, services: Services, model: dict[str, CoopModel]) -> None:
        live = {cid for cid, c in model.items() if not c.deleted}
        assert {cid for cid, _ in services.cooperatives.choices()} == live
        for coop_id, want in model.items():
            if want.deleted:
                try:
                    services.cooperatives.get(coop_id)
                except NotFoundError:
                    continue
                raise AssertionError(f"deleted cooperative {coop_id} still live")
            got = services.cooperatives.get(coop_id)
            assert (got.village_code, got.name, got.address, got.notes) == (
                want.village_code,
                want.name,
                want.address,
                want.notes,
            )
            members = {m.membership.id: m.person.nik for m in services.members.members(coop_id)}
            assert members == want.members

    def teardown(self) -> None:
        self.office.engine.dispose()
        if self.sudin is not None:
            self.sudin.engine.dispose()
        shutil.rmtree(self.folder, ignore_errors=True)
