"""Role matrix: every service action × every role, allowed or refused as specified.

Each case calls a real service method on a real database with the acting user's role set on
the shared context. Allowed calls must succeed; refused ones must raise ``auth.forbidden`` and
leave the database exactly as it was. The expected matrix is written out here on its own (not
read from ``domain/permissions.py``), so a change of the program's matrix makes this fail.
"""

from __future__ import annotations

import io
import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from builders import person
from document_demo import MELAWAI, demo_coop
from pypdf import PdfReader
from sqlalchemy import func, select

from kopdes_desktop.bootstrap import Services
from kopdes_desktop.domain.entities import (
    BoardPosition,
    BusinessUnit,
    CapitalPayment,
    Meeting,
    MentoringVisit,
    TrainingEvent,
)
from kopdes_desktop.domain.enums import (
    BoardRole,
    Body,
    MeetingKind,
    PaymentKind,
    Sex,
    UnitKind,
    UserRole,
)
from kopdes_desktop.domain.errors import PermissionDeniedError
from kopdes_desktop.domain.nik import mask_nik
from kopdes_desktop.domain.permissions import PERMISSIONS, Action
from kopdes_desktop.storage import orm

ADM, OPR, VWR = UserRole.ADMIN, UserRole.OPERATOR, UserRole.VIEWER

# The specification of issue 6, written out: admin everything; operator data, print, export,
# import; viewer reads and prints/exports with masked NIK only.
EXPECTED: dict[Action, set[UserRole]] = {
    Action.EDIT_DATA: {ADM, OPR},
    Action.DELETE_DATA: {ADM, OPR},
    Action.PRINT: {ADM, OPR, VWR},
    Action.PRINT_FULL_NIK: {ADM, OPR},
    Action.VOID_DOCUMENT: {ADM, OPR},
    Action.EXPORT: {ADM, OPR, VWR},
    Action.EXPORT_FULL_NIK: {ADM, OPR},
    Action.IMPORT: {ADM, OPR},
    Action.TRUST_OFFICE: {ADM, OPR},
    Action.SEE_FULL_NIK: {ADM, OPR},
    Action.ANONYMISE: {ADM},
    Action.CHANGE_SETTINGS: {ADM},
    Action.MANAGE_USERS: {ADM},
    Action.BACKUP: {ADM, OPR},
    Action.RESTORE: {ADM},
}
# Checked elsewhere: the GUI lists (whole NIK on screen).
NOT_SERVICE_CALLS = {Action.SEE_FULL_NIK}


@dataclass
class World:
    """Records every case can work on, made as admin before the role under test acts."""

    services: Services
    tmp: Path
    coop_id: str
    membership_id: str
    seq: int = 0

    def next(self) -> int:
        self.seq += 1
        return self.seq


Setup = Callable[[World], Any]
Call = Callable[[World, Any], Any]


@dataclass(frozen=True)
class Case:
    name: str
    action: Action
    call: Call
    setup: Setup = lambda _w: None
    check: Callable[[World, Any, bool], None] | None = None
    """For masking cases: (world, result, full_nik_allowed) asserts what the output shows."""


def _s(w: World) -> Services:
    return w.services


def _new_person(w: World) -> str:
    return _s(w).persons.save(person(900 + w.next())).id


def _unit(w: World) -> str:
    return (
        _s(w)
        .units.save(BusinessUnit(cooperative_id=w.coop_id, kind=UnitKind.KLINIK, name="Klinik"))
        .id
    )


def _meeting(w: World) -> str:
    return (
        _s(w)
        .meetings.save(
            Meeting(
                cooperative_id=w.coop_id,
                kind=MeetingKind.SOSIALISASI,
                title="Sosialisasi",
                meeting_date=date(2025, 4, 1),
            )
        )
        .id
    )


def _event(w: World) -> str:
    return (
        _s(w)
        .training.save_event(
            TrainingEvent(title="Pelatihan", start_date=date(2026, 1, 5), end_date=date(2026, 1, 5))
        )
        .id
    )


def _visit(w: World) -> str:
    return (
        _s(w)
        .training.save_visit(
            MentoringVisit(cooperative_id=w.coop_id, visit_date=date(2026, 2, 1), mentor_name="BA")
        )
        .id
    )


def _payment(w: World) -> str:
    return (
        _s(w)
        .capital.record(
            CapitalPayment(
                membership_id=w.membership_id,
                kind=PaymentKind.WAJIB,
                amount=10_000,
                paid_date=date(2026, 3, 1),
            )
        )
        .id
    )


def _membership(w: World) -> str:
    return _s(w).members.register(w.coop_id, person(800 + w.next())).membership.id


def _left_long_ago(w: World) -> str:
    facts = _s(w).members.register(w.coop_id, person(700 + w.next()), joined_date=date(2015, 1, 10))
    _s(w).members.leave(facts.membership.id, date(2018, 6, 30))
    return facts.person.id


def _import_preview(w: World) -> Any:
    s = _s(w)
    template = s.member_import.write_template(w.tmp / f"t{w.next()}.xlsx", MELAWAI)
    wb = openpyxl.load_workbook(template)
    p = person(600 + w.next(), Sex.FEMALE)
    for c, value in enumerate([p.nik, p.name, "P"], start=1):
        wb["Anggota"].cell(row=2, column=c, value=value)
    target = w.tmp / f"anggota{w.seq}.xlsx"
    wb.save(target)
    return s.member_import.preview(target, w.coop_id)


def _issued(w: World) -> str:
    return _s(w).documents.build(w.coop_id, "profil").document_id or ""


def _founder_nik(w: World) -> str:
    founder = _s(w).members.founders(w.coop_id)[0]
    assert founder.person.nik
    return founder.person.nik


def _pdf_text(pdf: bytes) -> str:
    reader = PdfReader(io.BytesIO(pdf))
    return re.sub(r"\s+", " ", " ".join(p.extract_text() or "" for p in reader.pages))


def _check_print(w: World, result: Any, full: bool) -> None:
    built, nik = result
    text = _pdf_text(built.pdf)
    assert (nik in text) is full
    assert mask_nik(nik) in text or full


def _check_export(w: World, result: Any, full: bool) -> None:
    assert result.manifest.nik_masked is (not full)


CASES: list[Case] = [
    # -- data entry --------------------------------------------------------------------------
    Case("person.save", Action.EDIT_DATA, lambda w, _: _new_person(w)),
    Case(
        "cooperative.save",
        Action.EDIT_DATA,
        lambda w, _: _s(w).cooperatives.save(
            replace(_s(w).cooperatives.get(w.coop_id), phone="0215551234")
        ),
    ),
    Case("member.register", Action.EDIT_DATA, lambda w, _: _membership(w)),
    Case(
        "member.update",
        Action.EDIT_DATA,
        lambda w, mid: _s(w).members.update(
            replace(_s(w).members.memberships_of(mid)[0], member_number="X-1")
        ),
        setup=lambda w: _s(w).members.register(w.coop_id, person(500 + w.next())).person.id,
    ),
    Case(
        "member.leave",
        Action.EDIT_DATA,
        lambda w, mid: _s(w).members.leave(mid, date(2026, 1, 31)),
        setup=_membership,
    ),
    Case(
        "board.assign",
        Action.EDIT_DATA,
        lambda w, pid: _s(w).board.assign(
            BoardPosition(
                cooperative_id=w.coop_id,
                person_id=pid,
                body=Body.PENGAWAS,
                role=BoardRole.ANGGOTA_PENGAWAS,
                start_date=date(2026, 1, 1),
            )
        ),
        setup=lambda w: _s(w).members.register(w.coop_id, person(400 + w.next())).person.id,
    ),
    Case(
        "board.end",
        Action.EDIT_DATA,
        lambda w, pos: _s(w).board.end(pos, date(2026, 6, 30)),
        setup=lambda w: _s(w).board.current(w.coop_id)[0].id,
    ),
    Case(
        "unit.save",
        Action.EDIT_DATA,
        lambda w, _: _unit(w),
    ),
    Case("capital.record", Action.EDIT_DATA, lambda w, _: _payment(w)),
    Case("meeting.save", Action.EDIT_DATA, lambda w, _: _meeting(w)),
    Case(
        "meeting.set_attendees",
        Action.EDIT_DATA,
        lambda w, mid: _s(w).meetings.set_attendees(mid, []),
        setup=_meeting,
    ),
    Case("training.save_event", Action.EDIT_DATA, lambda w, _: _event(w)),
    Case("training.save_visit", Action.EDIT_DATA, lambda w, _: _visit(w)),
    Case(
        "attachment.add_bytes",
        Action.EDIT_DATA,
        lambda w, _: _s(w).attachments.add_bytes(
            "cooperative", w.coop_id, "akta.pdf", b"%PDF-1.4 akta"
        ),
    ),
    # -- deletions ---------------------------------------------------------------------------
    Case(
        "person.delete",
        Action.DELETE_DATA,
        lambda w, pid: _s(w).persons.delete(pid),
        setup=_new_person,
    ),
    Case(
        "member.delete",
        Action.DELETE_DATA,
        lambda w, mid: _s(w).members.delete(mid),
        setup=_membership,
    ),
    Case("unit.delete", Action.DELETE_DATA, lambda w, uid: _s(w).units.delete(uid), setup=_unit),
    Case(
        "capital.delete",
        Action.DELETE_DATA,
        lambda w, cid: _s(w).capital.delete(cid),
        setup=_payment,
    ),
    Case(
        "meeting.delete",
        Action.DELETE_DATA,
        lambda w, mid: _s(w).meetings.delete(mid),
        setup=_meeting,
    ),
    Case(
        "training.delete_event",
        Action.DELETE_DATA,
        lambda w, eid: _s(w).training.delete_event(eid),
        setup=_event,
    ),
    Case(
        "training.delete_visit",
        Action.DELETE_DATA,
        lambda w, vid: _s(w).training.delete_visit(vid),
        setup=_visit,
    ),
    Case(
        "board.delete",
        Action.DELETE_DATA,
        lambda w, pos: _s(w).board.delete(pos),
        setup=lambda w: _s(w).board.history(w.coop_id)[-1].id,
    ),
    Case(
        "attachment.delete",
        Action.DELETE_DATA,
        lambda w, aid: _s(w).attachments.delete(aid),
        setup=lambda w: (
            _s(w)
            .attachments.add_bytes(
                "cooperative", w.coop_id, "scan.pdf", f"%PDF-1.4 scan {w.next()}".encode()
            )
            .id
        ),
    ),
    # -- documents ---------------------------------------------------------------------------
    Case("document.build", Action.PRINT, lambda w, _: _s(w).documents.build(w.coop_id, "profil")),
    Case(
        "document.build_full_nik",
        Action.PRINT_FULL_NIK,
        lambda w, nik: (_s(w).documents.build(w.coop_id, "daftar_pendiri", issue=False), nik),
        setup=_founder_nik,
        check=_check_print,
    ),
    Case(
        "document.void",
        Action.VOID_DOCUMENT,
        lambda w, did: _s(w).documents.void(did, "salah ketik"),
        setup=_issued,
    ),
    # -- exchange ----------------------------------------------------------------------------
    Case(
        "exchange.export",
        Action.EXPORT,
        lambda w, _: _s(w).exchange.export(w.tmp / f"paket{w.next()}.zip", mask_nik=True),
    ),
    Case(
        "exchange.export_full_nik",
        Action.EXPORT_FULL_NIK,
        lambda w, _: _s(w).exchange.export(w.tmp / f"paket{w.next()}.zip"),
        check=_check_export,
    ),
    Case(
        "members_import.apply",
        Action.IMPORT,
        lambda w, preview: _s(w).member_import.apply(preview),
        setup=_import_preview,
    ),
    Case(
        "signing.trust",
        Action.TRUST_OFFICE,
        lambda w, _: _s(w).signing.trust("31.74.07", "Kecamatan", bytes([w.next()]) * 32),
    ),
    # -- admin -------------------------------------------------------------------------------
    Case(
        "person.anonymise",
        Action.ANONYMISE,
        lambda w, pid: _s(w).persons.anonymise(pid),
        setup=_left_long_ago,
    ),
    Case(
        "settings.save",
        Action.CHANGE_SETTINGS,
        lambda w, _: _s(w).settings.save(
            replace(_s(w).settings.get(), lurah_name=f"Lurah {w.next()}")
        ),
    ),
    Case(
        "settings.set_area",
        Action.CHANGE_SETTINGS,
        lambda w, _: _s(w).settings.set_area(MELAWAI, "Kantor Kelurahan Melawai"),
    ),
    Case(
        "user.create",
        Action.MANAGE_USERS,
        lambda w, _: _s(w).users.create(f"staf{w.next()}", "sandi-rahasia", UserRole.OPERATOR),
    ),
    Case("user.list", Action.MANAGE_USERS, lambda w, _: _s(w).users.list()),
    Case(
        "user.reset_password",
        Action.MANAGE_USERS,
        lambda w, name: _s(w).users.reset_password(name, "sandi-baru-1"),
        setup=lambda w: "ani",
    ),
    Case(
        "user.set_role",
        Action.MANAGE_USERS,
        lambda w, name: _s(w).users.set_role(name, UserRole.VIEWER),
        setup=lambda w: "ani",
    ),
    Case(
        "user.set_active",
        Action.MANAGE_USERS,
        lambda w, name: _s(w).users.set_active(name, False),
        setup=lambda w: "ani",
    ),
    Case(
        "backup.create",
        Action.BACKUP,
        lambda w, _: _s(w).backups.create(w.tmp / f"handmade{w.next()}.db"),
    ),
    # Last: an allowed restore puts the database back as it was when the backup was made.
    Case(
        "backup.restore",
        Action.RESTORE,
        lambda w, path: _s(w).backups.restore(path),
        setup=lambda w: _s(w).backups.create(w.tmp / f"before{w.next()}.db").path,
    ),
]


def _fingerprint(services: Services) -> dict[str, tuple[Any, ...]]:
    """Row count and latest change of every table: equal before and after a refused call."""
    out: dict[str, tuple[Any, ...]] = {}
    with services.ctx.session_factory() as session:
        for table in orm.Base.metadata.sorted_tables:
            cols = [func.count()]
            if "updated_at" in table.c:
                cols.append(func.max(table.c.updated_at))
            out[table.name] = tuple(session.execute(select(*cols).select_from(table)).one())
    return out


@pytest.fixture
def world(services: Services, tmp_path: Path) -> World:
    demo = demo_coop(services, members=12)
    members = services.members.members(demo.cooperative_id)
    services.users.create("ani", "sandi-rahasia", UserRole.OPERATOR)
    return World(services, tmp_path, demo.cooperative_id, members[0].membership.id)


def test_the_program_matrix_is_the_specified_one():
    assert {a: set(r) for a, r in PERMISSIONS.items()} == EXPECTED


def test_every_action_has_a_service_case():
    covered = {c.action for c in CASES}
    assert covered | NOT_SERVICE_CALLS == set(Action)


@pytest.mark.parametrize("role", [ADM, OPR, VWR], ids=lambda r: r.value)
def test_every_service_action_for_the_role(world: World, role: UserRole):
    ctx = world.services.ctx
    outcomes: dict[str, str] = {}
    for case in CASES:
        ctx.act_as("system", UserRole.ADMIN)
        arg = case.setup(world)
        before = _fingerprint(world.services)
        ctx.act_as(f"as-{role.value}", role)
        try:
            result = case.call(world, arg)
        except PermissionDeniedError as exc:
            assert exc.code == "auth.forbidden"
            outcomes[case.name] = "refused"
            assert _fingerprint(world.services) == before, f"{case.name} wrote while refused"
        else:
            outcomes[case.name] = "allowed"
            if case.check is not None:
                # Masking cases never refuse: whole NIK only where the matrix allows it.
                case.check(world, result, role in EXPECTED[case.action])
    expected = {
        c.name: "allowed" if (role in EXPECTED[c.action] or c.check is not None) else "refused"
        for c in CASES
    }
    assert outcomes == expected


def test_a_refused_action_names_the_action_and_role(world: World):
    world.services.ctx.act_as("viewer1", UserRole.VIEWER)
    with pytest.raises(PermissionDeniedError) as caught:
        world.services.persons.delete(world.services.members.members(world.coop_id)[0].person.id)
    assert caught.value.params == {"action": "data.delete", "role": "viewer"}
