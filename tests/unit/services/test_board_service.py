"""BoardService: terms with history, and the composition rules checked on entry."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from kopdes_desktop.bootstrap import Services
from kopdes_desktop.domain.entities import BoardPosition
from kopdes_desktop.domain.enums import BoardRole, Body
from kopdes_desktop.domain.errors import NotFoundError, ValidationError
from kopdes_desktop.storage import orm
from tests.unit.services.helpers import GUNUNG, make_cooperative, make_person, soft_delete_row

START = date(2025, 5, 31)


@pytest.fixture
def coop(services: Services) -> str:
    return make_cooperative(services)


def _pos(
    coop: str,
    person: str,
    body: Body = Body.PENGURUS,
    role: BoardRole = BoardRole.KETUA,
    **kw: object,
) -> BoardPosition:
    return BoardPosition(
        cooperative_id=coop,
        person_id=person,
        body=body,
        role=role,
        start_date=kw.pop("start_date", START),
        **kw,
    )  # type: ignore[arg-type]


def _codes(exc: pytest.ExceptionInfo[ValidationError]) -> list[tuple[str, str | None]]:
    return [(i.code, i.field) for i in exc.value.issues]


def test_assigned_position_comes_back_equal(services: Services, coop: str) -> None:
    person = make_person(services, "Budi Santoso")
    saved = services.board.assign(_pos(coop, person, ex_officio=False))
    got = services.board.get(saved.id)
    assert (got.person_id, got.body, got.role, got.start_date, got.end_date) == (
        person,
        Body.PENGURUS,
        BoardRole.KETUA,
        START,
        None,
    )
    assert got.updated_by == "tester"
    assert services.board.current(coop, on=date(2025, 6, 1)) == [got]


@pytest.mark.parametrize(
    ("body", "role"),
    [
        (Body.PENGURUS, BoardRole.KETUA_PENGAWAS),
        (Body.PENGAWAS, BoardRole.BENDAHARA),
        (Body.PENGELOLA, BoardRole.ANGGOTA),
        (Body.PENGURUS, BoardRole.MANAJER),
    ],
)
def test_role_must_belong_to_body(
    services: Services, coop: str, body: Body, role: BoardRole
) -> None:
    person = make_person(services)
    with pytest.raises(ValidationError) as exc:
        services.board.assign(_pos(coop, person, body, role))
    assert ("board.role_body_mismatch", "role") in _codes(exc)
    assert services.board.history(coop) == []


def test_end_before_start_is_refused(services: Services, coop: str) -> None:
    person = make_person(services)
    with pytest.raises(ValidationError) as exc:
        services.board.assign(_pos(coop, person, end_date=date(2025, 1, 1)))
    assert _codes(exc) == [("board.dates_order", "end_date")]


def test_missing_person_or_cooperative(services: Services, coop: str) -> None:
    person = make_person(services)
    with pytest.raises(NotFoundError) as exc:
        services.board.assign(_pos(coop, "no-such-person"))
    assert (exc.value.code, exc.value.field) == ("person.not_found", "person_id")
    with pytest.raises(NotFoundError) as exc:
        services.board.assign(_pos("no-such-coop", person))
    assert (exc.value.code, exc.value.field) == ("cooperative.not_found", "cooperative_id")
    soft_delete_row(services, orm.Person, person)
    with pytest.raises(NotFoundError):
        services.board.assign(_pos(coop, person))


def test_nobody_sits_in_pengurus_and_pengawas(services: Services, coop: str) -> None:
    person = make_person(services)
    services.board.assign(_pos(coop, person, Body.PENGURUS, BoardRole.SEKRETARIS))
    with pytest.raises(ValidationError) as exc:
        services.board.assign(_pos(coop, person, Body.PENGAWAS, BoardRole.ANGGOTA_PENGAWAS))
    assert _codes(exc) == [("board.both_bodies", "person_id")]


def test_both_bodies_allowed_after_the_first_term_ended(services: Services, coop: str) -> None:
    person = make_person(services)
    first = services.board.assign(_pos(coop, person, end_date=date(2026, 5, 30)))
    later = services.board.assign(
        _pos(coop, person, Body.PENGAWAS, BoardRole.ANGGOTA_PENGAWAS, start_date=date(2026, 6, 1))
    )
    assert [p.id for p in services.board.history(coop)] == [first.id, later.id]


def test_single_holder_role_taken(services: Services, coop: str) -> None:
    ketua = services.board.assign(_pos(coop, make_person(services, "A")))
    with pytest.raises(ValidationError) as exc:
        services.board.assign(_pos(coop, make_person(services, "B"), start_date=date(2025, 7, 1)))
    assert _codes(exc) == [("board.role_taken", "role")]
    assert exc.value.issues[0].params["position_id"] == ketua.id


def test_ketua_pengawas_is_single_but_anggota_is_not(services: Services, coop: str) -> None:
    services.board.assign(
        _pos(coop, make_person(services), Body.PENGAWAS, BoardRole.KETUA_PENGAWAS, ex_officio=True)
    )
    with pytest.raises(ValidationError) as exc:
        services.board.assign(
            _pos(coop, make_person(services), Body.PENGAWAS, BoardRole.KETUA_PENGAWAS)
        )
    assert _codes(exc) == [("board.role_taken", "role")]
    for _ in range(2):
        services.board.assign(_pos(coop, make_person(services), Body.PENGURUS, BoardRole.ANGGOTA))
        services.board.assign(
            _pos(coop, make_person(services), Body.PENGAWAS, BoardRole.ANGGOTA_PENGAWAS)
        )
    assert len(services.board.current(coop, on=START)) == 5


def test_same_role_in_another_cooperative_is_free(services: Services, coop: str) -> None:
    other = make_cooperative(services, GUNUNG, name="Koperasi Kelurahan Merah Putih Gunung")
    services.board.assign(_pos(coop, make_person(services)))
    services.board.assign(_pos(other, make_person(services)))
    assert len(services.board.current(other, on=START)) == 1


def test_same_person_twice_in_one_body_refused(services: Services, coop: str) -> None:
    person = make_person(services)
    services.board.assign(_pos(coop, person, role=BoardRole.BENDAHARA))
    with pytest.raises(ValidationError) as exc:
        services.board.assign(_pos(coop, person, role=BoardRole.ANGGOTA))
    assert _codes(exc) == [("board.already_seated", "person_id")]


def test_replace_holder_by_ending_then_assigning(services: Services, coop: str) -> None:
    old_person, new_person = make_person(services, "Lama"), make_person(services, "Baru")
    old = services.board.assign(_pos(coop, old_person))
    change = date(2026, 3, 1)
    ended = services.board.end(old.id, change)
    new = services.board.assign(_pos(coop, new_person, start_date=change))
    assert ended.end_date == change
    assert [p.person_id for p in services.board.current(coop, on=date(2026, 2, 28))] == [old_person]
    assert [p.person_id for p in services.board.current(coop, on=date(2026, 3, 2))] == [new_person]
    assert [p.id for p in services.board.history(coop)] == [old.id, new.id]


def test_replace_holder_in_one_step(services: Services, coop: str) -> None:
    old = services.board.assign(_pos(coop, make_person(services, "Lama")))
    new_person = make_person(services, "Baru")
    new = services.board.replace_holder(old.id, new_person, date(2026, 3, 1))
    assert services.board.get(old.id).end_date == date(2026, 2, 28)
    assert (new.role, new.body, new.start_date) == (
        BoardRole.KETUA,
        Body.PENGURUS,
        date(2026, 3, 1),
    )
    assert [p.id for p in services.board.current(coop, on=date(2026, 3, 1))] == [new.id]
    with pytest.raises(ValidationError) as exc:
        services.board.replace_holder(new.id, make_person(services), date(2026, 3, 1))
    assert _codes(exc) == [("board.dates_order", "start_date")]
    assert services.board.get(new.id).end_date is None


def test_end_before_start_refused(services: Services, coop: str) -> None:
    pos = services.board.assign(_pos(coop, make_person(services)))
    with pytest.raises(ValidationError) as exc:
        services.board.end(pos.id, date(2025, 1, 1))
    assert _codes(exc) == [("board.dates_order", "end_date")]
    assert services.board.get(pos.id).end_date is None


def test_current_is_in_susunan_order(services: Services, coop: str) -> None:
    roles = [
        (Body.PENGELOLA, BoardRole.MANAJER),
        (Body.PENGAWAS, BoardRole.KETUA_PENGAWAS),
        (Body.PENGURUS, BoardRole.BENDAHARA),
        (Body.PENGURUS, BoardRole.KETUA),
    ]
    for body, role in roles:
        services.board.assign(_pos(coop, make_person(services), body, role))
    got = [(p.body, p.role) for p in services.board.current(coop, on=START)]
    assert got == [
        (Body.PENGURUS, BoardRole.KETUA),
        (Body.PENGURUS, BoardRole.BENDAHARA),
        (Body.PENGAWAS, BoardRole.KETUA_PENGAWAS),
        (Body.PENGELOLA, BoardRole.MANAJER),
    ]
    assert services.board.current(coop, on=date(2025, 5, 30)) == []


def test_deleted_position_disappears_and_frees_the_role(services: Services, coop: str) -> None:
    pos = services.board.assign(_pos(coop, make_person(services)))
    services.board.delete(pos.id)
    assert services.board.current(coop, on=START) == []
    assert services.board.history(coop) == []
    with pytest.raises(NotFoundError):
        services.board.get(pos.id)
    with services.ctx.session_factory() as session:
        assert session.get(orm.BoardPosition, pos.id) is not None  # a tombstone, not removed
    services.board.assign(_pos(coop, make_person(services)))


def test_correcting_a_position_does_not_collide_with_itself(services: Services, coop: str) -> None:
    pos = services.board.assign(_pos(coop, make_person(services)))
    fixed = services.board.assign(replace(pos, start_date=date(2025, 6, 2)))
    assert fixed.id == pos.id and fixed.start_date == date(2025, 6, 2)
    assert len(services.board.history(coop)) == 1
