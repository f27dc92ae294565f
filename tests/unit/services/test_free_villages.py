"""Villages still without a cooperative: what a new registration may choose from."""

from __future__ import annotations

from builders import MELAWAI, cooperative

KEBAYORAN_BARU = "31.74.07"


def test_free_villages_of_a_district_exclude_those_with_a_cooperative(services):
    before = services.cooperatives.free_villages(KEBAYORAN_BARU)
    assert len(before) == 10
    assert all(v.code.startswith(KEBAYORAN_BARU + ".") for v in before)
    assert [v.name for v in before] == sorted(v.name for v in before)
    melawai = next(v for v in before if v.code == MELAWAI)
    assert (melawai.name, melawai.district_name) == ("Melawai", "Kebayoran Baru")
    assert "Jakarta Selatan" in melawai.regency_name

    saved = services.cooperatives.save(cooperative())
    after = services.cooperatives.free_villages(KEBAYORAN_BARU)
    assert MELAWAI not in {v.code for v in after} and len(after) == 9

    services.cooperatives.delete(saved.id)  # the village stays taken until a restore
    assert MELAWAI not in {v.code for v in services.cooperatives.free_villages(KEBAYORAN_BARU)}


def test_free_villages_of_one_village_and_of_the_country(services):
    assert [v.code for v in services.cooperatives.free_villages(MELAWAI)] == [MELAWAI]
    services.cooperatives.save(cooperative())
    assert services.cooperatives.free_villages(MELAWAI) == []
    assert len(services.cooperatives.free_villages("ID")) > 80_000
