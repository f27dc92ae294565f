"""Cooperative registration, listing and derived stage."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from builders import MELAWAI, cooperative, person

from kopdes_desktop.domain.enums import Stage
from kopdes_desktop.domain.errors import ConflictError, ValidationError


def test_saved_cooperative_comes_back_equal(services):
    saved = services.cooperatives.save(cooperative(npwp="01.234.567.8-901.000"))
    again = services.cooperatives.get(saved.id)
    assert again.name == "Koperasi Kelurahan Merah Putih Melawai"
    assert again.simpanan_pokok == 100_000 and again.npwp == "01.234.567.8-901.000"
    assert services.cooperatives.get_by_village(MELAWAI).id == saved.id


def test_one_cooperative_per_village(services):
    services.cooperatives.save(cooperative())
    with pytest.raises(ConflictError) as info:
        services.cooperatives.save(cooperative(name="Koperasi Kelurahan Merah Putih Melawai 2"))
    assert info.value.code == "cooperative.village_taken"


@pytest.mark.parametrize(
    ("field", "value", "code"),
    [
        ("simpanan_pokok", 0, "capital.simpanan_pokok_not_positive"),
        ("simpanan_wajib", -5, "capital.simpanan_wajib_not_positive"),
        ("npwp", "123", "npwp.invalid"),
        ("nib", "12", "nib.invalid"),
        ("name", "", "name.empty"),
    ],
)
def test_bad_fields_block_saving(services, field, value, code):
    with pytest.raises(ValidationError) as info:
        services.cooperatives.save(replace(cooperative(), **{field: value}))
    assert code in [i.code for i in info.value.issues]
    assert services.cooperatives.summaries() == []


def test_suggested_name_disambiguates_repeated_village_names(services):
    assert services.cooperatives.suggested_name(MELAWAI) == "Koperasi Kelurahan Merah Putih Melawai"
    # "Kebon Jeruk" exists in Jakarta Barat and elsewhere: the kecamatan (or city) is appended.
    kebon = services.wilayah.search("Kebon Jeruk", level=None, within="31.73")
    village = next(w for w in kebon if w.level == "village")
    name = services.cooperatives.suggested_name(village.code)
    assert name.startswith("Koperasi Kelurahan Merah Putih Kebon Jeruk ")


def test_summaries_show_stage_and_members(services):
    coop = services.cooperatives.save(
        cooperative(
            name_reserved_date=date(2025, 6, 10), deed_number="12", deed_date=date(2025, 6, 20)
        )
    )
    for n in range(3):
        services.members.register(coop.id, person(n), is_founder=True)
    [summary] = services.cooperatives.summaries(area_code="31.74")
    assert summary.stage == Stage.AKTA_NOTARIS
    assert summary.member_count == 3
    assert summary.village_name == "Melawai" and summary.district_name == "Kebayoran Baru"
    assert services.cooperatives.summaries(area_code="31.73") == []
    assert services.cooperatives.summaries(text="melawai")[0].cooperative.id == coop.id
    assert services.cooperatives.summaries(stage=Stage.BELUM) == []


def test_check_reports_too_few_founders(services):
    coop = services.cooperatives.save(cooperative())
    services.members.register(coop.id, person(1), is_founder=True)
    codes = [i.code for i in services.cooperatives.check(coop.id) if i.is_error]
    assert "founders.too_few" in codes
    gaps = [i.code for i in services.cooperatives.next_stage_gaps(coop.id)]
    assert gaps == ["stage.need_sosialisasi"]


def test_choices_list_live_cooperatives_of_an_area_by_name(services):
    melawai = services.cooperatives.save(cooperative())
    gunung = services.cooperatives.save(
        cooperative(village_code="31.74.07.1002", name="Koperasi Kelurahan Merah Putih Gunung")
    )
    elsewhere = services.cooperatives.save(
        cooperative(village_code="31.71.01.1001", name="Koperasi Kelurahan Merah Putih Gambir")
    )
    assert services.cooperatives.choices("31.74.07") == [
        (gunung.id, gunung.name),
        (melawai.id, melawai.name),
    ]
    assert len(services.cooperatives.choices("ID")) == 3
    services.cooperatives.delete(elsewhere.id)
    assert [c for c, _ in services.cooperatives.choices(None)] == [gunung.id, melawai.id]
