"""Cooperative rules: a valid snapshot has no findings; each broken rule gives its code."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date, datetime

import pytest

from kopdes_desktop.domain.cooperative_rules import (
    CooperativeSnapshot,
    MemberFacts,
    check_cooperative,
    check_person,
)
from kopdes_desktop.domain.entities import BoardPosition, Cooperative, Membership, Person
from kopdes_desktop.domain.enums import BoardRole, Body, Severity, Sex
from kopdes_desktop.domain.nik import make_nik

TODAY = date(2026, 11, 27)
VILLAGE = "31.74.07.1001"
COOP = "coop-melawai"
LURAH = "Hendra Wijaya"
DELETED = datetime(2026, 1, 1, 8, 0)
FEMALE_IDS = {"p4", "p6"}


def person(n: int, sex: Sex | None = None, village: str = VILLAGE, **kw: object) -> Person:
    """Person ``p<n>`` with a NIK that agrees with the birth date and sex."""
    sex = sex or (Sex.FEMALE if f"p{n}" in FEMALE_IDS else Sex.MALE)
    birth = date(1970 + n, n % 12 + 1, n % 28 + 1)
    base = Person(
        id=f"p{n}",
        name=f"Warga {n}",
        sex=sex,
        birth_date=birth,
        nik=make_nik("317407", birth, sex, n),
        village_code=village,
    )
    return replace(base, **kw)  # type: ignore[arg-type]


def member(p: Person, founder: bool = True, **kw: object) -> MemberFacts:
    """A membership of ``p`` in the cooperative."""
    ms = Membership(id=f"m-{p.id}", cooperative_id=COOP, person_id=p.id, is_founder=founder)
    return MemberFacts(p, replace(ms, **kw))  # type: ignore[arg-type]


def seat(person_id: str, body: Body, role: BoardRole, **kw: object) -> BoardPosition:
    """A board position starting at the Muskelsus."""
    pos = BoardPosition(
        cooperative_id=COOP,
        person_id=person_id,
        body=body,
        role=role,
        start_date=date(2025, 5, 31),
    )
    return replace(pos, **kw)  # type: ignore[arg-type]


PENGURUS = (
    ("p1", BoardRole.KETUA),
    ("p2", BoardRole.WAKIL_KETUA_USAHA),
    ("p3", BoardRole.WAKIL_KETUA_ANGGOTA),
    ("p4", BoardRole.SEKRETARIS),
    ("p5", BoardRole.BENDAHARA),
)


def valid_snapshot() -> CooperativeSnapshot:
    """Nine founders, five pengurus with the five roles, the lurah as ketua pengawas."""
    lurah = Person(id="lurah", name=LURAH, sex=Sex.MALE)
    board = (
        *(seat(pid, Body.PENGURUS, role) for pid, role in PENGURUS),
        seat("lurah", Body.PENGAWAS, BoardRole.KETUA_PENGAWAS, ex_officio=True),
        seat("p6", Body.PENGAWAS, BoardRole.ANGGOTA_PENGAWAS),
        seat("p7", Body.PENGAWAS, BoardRole.ANGGOTA_PENGAWAS),
    )
    return CooperativeSnapshot(
        cooperative=Cooperative(
            id=COOP,
            village_code=VILLAGE,
            name="Koperasi Kelurahan Merah Putih Melawai",
            simpanan_pokok=100_000,
            simpanan_wajib=10_000,
        ),
        village_name="Melawai",
        is_kelurahan=True,
        members=tuple(member(person(n)) for n in range(1, 10)),
        board=board,
        units=(),
        meetings=(),
        lurah_name=LURAH,
        today=TODAY,
        people=(lurah,),
    )


Mutation = Callable[[CooperativeSnapshot], CooperativeSnapshot]


def _coop(**kw: object) -> Mutation:
    return lambda s: replace(s, cooperative=replace(s.cooperative, **kw))  # type: ignore[arg-type]


def _members(fn: Callable[[tuple[MemberFacts, ...]], tuple[MemberFacts, ...]]) -> Mutation:
    return lambda s: replace(s, members=fn(s.members))


def _board(fn: Callable[[tuple[BoardPosition, ...]], tuple[BoardPosition, ...]]) -> Mutation:
    return lambda s: replace(s, board=fn(s.board))


def _edit_member(pid: str, **kw: object) -> Mutation:
    """Change the membership of one person."""
    return _members(
        lambda ms: tuple(
            MemberFacts(m.person, replace(m.membership, **kw))  # type: ignore[arg-type]
            if m.person.id == pid
            else m
            for m in ms
        )
    )


def _edit_person(pid: str, **kw: object) -> Mutation:
    """Change the person record of one member."""
    return _members(
        lambda ms: tuple(
            MemberFacts(replace(m.person, **kw), m.membership)  # type: ignore[arg-type]
            if m.person.id == pid
            else m
            for m in ms
        )
    )


def _edit_seat(pid: str, held_role: BoardRole, /, **kw: object) -> Mutation:
    """Change one board position, found by holder and role."""
    return _board(
        lambda bs: tuple(
            replace(b, **kw) if (b.person_id, b.role) == (pid, held_role) else b  # type: ignore[arg-type]
            for b in bs
        )
    )


def _add_seats(*seats: BoardPosition) -> Mutation:
    return _board(lambda bs: (*bs, *seats))


def _add_members(*ms: MemberFacts) -> Mutation:
    return _members(lambda old: (*old, *ms))


def _all_male(s: CooperativeSnapshot) -> CooperativeSnapshot:
    return _members(
        lambda ms: tuple(MemberFacts(replace(m.person, sex=Sex.MALE), m.membership) for m in ms)
    )(s)


def _three_people_five_roles(s: CooperativeSnapshot) -> CooperativeSnapshot:
    pengurus = (
        seat("p1", Body.PENGURUS, BoardRole.KETUA),
        seat("p1", Body.PENGURUS, BoardRole.WAKIL_KETUA_USAHA),
        seat("p2", Body.PENGURUS, BoardRole.WAKIL_KETUA_ANGGOTA),
        seat("p2", Body.PENGURUS, BoardRole.SEKRETARIS),
        seat("p4", Body.PENGURUS, BoardRole.BENDAHARA),
    )
    return replace(s, board=(*pengurus, *(b for b in s.board if b.body is Body.PENGAWAS)))


def test_valid_snapshot_has_no_findings() -> None:
    assert check_cooperative(valid_snapshot()) == []


def test_valid_snapshot_persons_have_no_findings() -> None:
    snap = valid_snapshot()
    for m in snap.members:
        assert check_person(m.person, TODAY) == []


BROKEN: list[tuple[str, Mutation, list[str]]] = [
    ("eight founders", _edit_member("p9", is_founder=False), ["founders.too_few"]),
    ("founder left", _edit_member("p9", left_date=date(2026, 1, 1)), ["founders.too_few"]),
    ("founder deleted", _edit_member("p9", deleted_at=DELETED), ["founders.too_few"]),
    (
        "founder elsewhere",
        _edit_person("p8", village_code="31.74.07.1002"),
        ["founders.outside_village"],
    ),
    ("founder no domicile", _edit_person("p8", village_code=None), ["founders.outside_village"]),
    (
        "six pengurus",
        _add_seats(seat("p8", Body.PENGURUS, BoardRole.ANGGOTA)),
        ["board.pengurus_even"],
    ),
    ("three pengurus", _three_people_five_roles, ["board.pengurus_too_few"]),
    (
        "no bendahara",
        _edit_seat("p5", BoardRole.BENDAHARA, role=BoardRole.ANGGOTA),
        ["board.role_missing"],
    ),
    (
        "bendahara deleted",
        _edit_seat("p5", BoardRole.BENDAHARA, deleted_at=DELETED),
        ["board.pengurus_too_few", "board.pengurus_even", "board.role_missing"],
    ),
    (
        "bendahara ended",
        _edit_seat("p5", BoardRole.BENDAHARA, end_date=date(2026, 11, 26)),
        ["board.pengurus_too_few", "board.pengurus_even", "board.role_missing"],
    ),
    (
        "bendahara not yet started",
        _edit_seat("p5", BoardRole.BENDAHARA, start_date=date(2026, 11, 28)),
        ["board.pengurus_too_few", "board.pengurus_even", "board.role_missing"],
    ),
    (
        "two sekretaris",
        _add_seats(
            seat("p8", Body.PENGURUS, BoardRole.SEKRETARIS),
            seat("p9", Body.PENGURUS, BoardRole.ANGGOTA),
        ),
        ["board.role_duplicate"],
    ),
    (
        "ketua pengawas not ex officio",
        _edit_seat("lurah", BoardRole.KETUA_PENGAWAS, ex_officio=False),
        ["board.ketua_pengawas_not_lurah"],
    ),
    (
        "no ketua pengawas",
        _edit_seat("lurah", BoardRole.KETUA_PENGAWAS, deleted_at=DELETED),
        ["board.ketua_pengawas_not_lurah"],
    ),
    (
        "ketua pengawas is not the lurah",
        lambda s: replace(s, lurah_name="Siti Rahma"),
        ["board.ketua_pengawas_name"],
    ),
    (
        "person in both bodies",
        _edit_seat("p6", BoardRole.ANGGOTA_PENGAWAS, person_id="p1"),
        ["board.both_bodies"],
    ),
    ("no woman", _all_male, ["board.no_woman"]),
    (
        "pengurus not a member",
        lambda s: _edit_seat("p5", BoardRole.BENDAHARA, person_id="outsider")(
            replace(s, people=(*s.people, Person(id="outsider", name="Orang Luar")))
        ),
        ["board.not_member"],
    ),
    (
        "same NIK twice",
        lambda s: _add_members(member(person(10, nik=s.members[0].person.nik), founder=False))(s),
        ["members.duplicate_nik"],
    ),
    ("pokok zero", _coop(simpanan_pokok=0), ["capital.pokok_not_positive"]),
    ("pokok missing", _coop(simpanan_pokok=None), ["capital.pokok_missing"]),
    ("wajib negative", _coop(simpanan_wajib=-5_000), ["capital.wajib_not_positive"]),
    ("name empty", _coop(name=""), ["name.empty"]),
    ("name off-form", _coop(name="KKMP Melawai"), ["name.format"]),
]


@pytest.mark.parametrize(("mutate", "codes"), [c[1:] for c in BROKEN], ids=[c[0] for c in BROKEN])
def test_each_broken_rule_gives_its_code(mutate: Mutation, codes: list[str]) -> None:
    assert [i.code for i in check_cooperative(mutate(valid_snapshot()))] == codes


SEVERITY = {
    "founders.too_few": Severity.ERROR,
    "founders.outside_village": Severity.WARNING,
    "board.pengurus_even": Severity.ERROR,
    "board.pengurus_too_few": Severity.ERROR,
    "board.role_missing": Severity.ERROR,
    "board.role_duplicate": Severity.ERROR,
    "board.ketua_pengawas_not_lurah": Severity.ERROR,
    "board.ketua_pengawas_name": Severity.WARNING,
    "board.both_bodies": Severity.ERROR,
    "board.no_woman": Severity.WARNING,
    "board.not_member": Severity.WARNING,
    "members.duplicate_nik": Severity.ERROR,
    "capital.pokok_not_positive": Severity.ERROR,
    "capital.pokok_missing": Severity.WARNING,
    "capital.wajib_not_positive": Severity.ERROR,
    "name.empty": Severity.ERROR,
    "name.format": Severity.WARNING,
}


@pytest.mark.parametrize(("mutate", "codes"), [c[1:] for c in BROKEN], ids=[c[0] for c in BROKEN])
def test_severities(mutate: Mutation, codes: list[str]) -> None:
    for issue in check_cooperative(mutate(valid_snapshot())):
        assert issue.severity is SEVERITY[issue.code], issue.code


def test_params_of_findings() -> None:
    issues = check_cooperative(_edit_member("p9", is_founder=False)(valid_snapshot()))
    assert dict(issues[0].params) == {"count": 8, "minimum": 9}
    issues = check_cooperative(
        _edit_seat("p5", BoardRole.BENDAHARA, role=BoardRole.ANGGOTA)(valid_snapshot())
    )
    assert issues[0].params["role"] == "bendahara"
    issues = check_cooperative(_edit_person("p8", village_code=None)(valid_snapshot()))
    assert issues[0].params["name"] == "Warga 8"
    snap = valid_snapshot()
    dup = _add_members(member(person(10, nik=snap.members[0].person.nik), founder=False))
    issues = check_cooperative(dup(snap))
    nik = snap.members[0].person.nik or ""
    assert issues[0].params["nik"] == nik[:4] + "********" + nik[-4:]


@pytest.mark.parametrize(
    ("mutate", "codes"),
    [
        # a board position ending today is still current
        (_edit_seat("p5", BoardRole.BENDAHARA, end_date=TODAY), []),
        # a member who left does not count for duplicate NIKs
        (
            lambda s: _add_members(
                member(
                    person(10, nik=s.members[0].person.nik),
                    founder=False,
                    left_date=date(2026, 2, 1),
                )
            )(s),
            [],
        ),
        # name comparison with the lurah ignores case and spacing
        (lambda s: replace(s, lurah_name="  hendra   WIJAYA "), []),
        # a former ketua pengawas does not hide the missing current one
        (
            _edit_seat("lurah", BoardRole.KETUA_PENGAWAS, end_date=date(2026, 1, 1)),
            ["board.ketua_pengawas_not_lurah"],
        ),
        # four pengurus: too few and even; one role missing
        (
            _board(lambda bs: tuple(b for b in bs if b.role is not BoardRole.BENDAHARA)),
            ["board.pengurus_too_few", "board.pengurus_even", "board.role_missing"],
        ),
        # a board of unknown people: not members, and no woman can be seen
        (
            lambda s: replace(s, members=(), people=()),
            ["founders.too_few", "board.no_woman"] + ["board.not_member"] * 5,
        ),
    ],
)
def test_edge_cases(mutate: Mutation, codes: list[str]) -> None:
    assert [i.code for i in check_cooperative(mutate(valid_snapshot()))] == codes


def test_snapshot_today_defaults_to_the_real_today() -> None:
    snap = replace(valid_snapshot(), today=None)
    assert check_cooperative(snap) == []


PERSON = person(4)


@pytest.mark.parametrize(
    ("changes", "codes"),
    [
        ({}, []),
        ({"nik": None}, []),
        ({"nik": ""}, []),
        ({"name": "  "}, ["person.name_empty"]),
        ({"nik": "3174"}, ["nik.length"]),
        ({"nik": "9974074506950001"}, ["nik.province_unknown"]),
        ({"sex": Sex.MALE}, ["nik.sex_mismatch"]),
        ({"sex": None}, []),
        ({"birth_date": date(1975, 1, 1)}, ["nik.birth_date_mismatch"]),
        ({"birth_date": None}, []),
        ({"phone": "12345"}, ["phone.invalid"]),
        ({"phone": "+62 812 3456 7890"}, []),
        ({"email": "warga4@"}, ["email.invalid"]),
        ({"nik": None, "birth_date": date(2026, 11, 28)}, ["person.birth_date_future"]),
        (
            {"name": "", "phone": "x", "email": "y"},
            ["person.name_empty", "phone.invalid", "email.invalid"],
        ),
    ],
)
def test_check_person(changes: dict[str, object], codes: list[str]) -> None:
    issues = check_person(replace(PERSON, **changes), TODAY)  # type: ignore[arg-type]
    assert [i.code for i in issues] == codes


def test_check_person_default_today() -> None:
    assert check_person(PERSON) == []
