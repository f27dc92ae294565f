"""A Sudin collecting packages sees persons registered in two cooperatives and the kelurahan
that never reported (or not lately)."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select

from kopdes_desktop.domain.nik import mask_nik
from kopdes_desktop.storage import orm
from tests.unit.exchange.helpers import MELAWAI, edit

GUNUNG = "31.74.07.1002"


def _kelurahan(office, name, code, seed):
    services = office(name, code, f"Kelurahan {name}")
    services.demo.generate(code, 1, members=12, seed=seed)
    return services


def test_duplicate_persons_and_silent_villages(office, tmp_path):
    melawai = _kelurahan(office, "melawai", MELAWAI, 1)
    gunung = _kelurahan(office, "gunung", GUNUNG, 2)
    with melawai.ctx.session_factory() as session:
        nik = session.scalars(
            select(orm.Person.nik)
            .join(orm.Membership, orm.Membership.person_id == orm.Person.id)
            .limit(1)
        ).one()
    with gunung.ctx.session_factory() as session:
        other = session.scalars(
            select(orm.Person.id)
            .join(orm.Membership, orm.Membership.person_id == orm.Person.id)
            .limit(1)
        ).one()
    edit(gunung, orm.Person, other, nik=nik)

    sudin = office("sudin", "31.74")
    for services, name in ((melawai, "m.zip"), (gunung, "g.zip")):
        services.exchange.export(tmp_path / name)
        assert sudin.exchange.import_package(tmp_path / name, accept_new_office=True).applied

    [dup] = sudin.exchange.duplicate_persons("31.74")
    assert dup.nik_masked == mask_nik(nik)
    assert len(dup.cooperatives) == 2
    assert all(name.startswith("Koperasi Kelurahan Merah Putih") for name in dup.cooperatives)
    assert sudin.exchange.duplicate_persons("31.74.07.1001") == []

    silent = sudin.exchange.silent_villages("31.74.07")
    codes = {v.code for v in silent}
    assert MELAWAI not in codes and GUNUNG not in codes
    assert all(v.last_package is None for v in silent)
    assert len(codes) >= 3
    sudin.ctx.clock = lambda: melawai.ctx.now() + timedelta(days=40)
    late = {v.code: v.last_package for v in sudin.exchange.silent_villages("31.74.07", days=30)}
    assert late[MELAWAI] is not None and late[GUNUNG] is not None
    assert {v.code for v in sudin.exchange.silent_villages("31.74.07", days=60)} == codes
