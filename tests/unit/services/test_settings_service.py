"""SettingsService: the office profile round-trips; bad patterns, phones and languages are
refused with the field concerned."""

from __future__ import annotations

from dataclasses import replace

import pytest

from kopdes_desktop.bootstrap import Services
from kopdes_desktop.domain.enums import PaperSize
from kopdes_desktop.domain.errors import ValidationError
from kopdes_desktop.services.settings_service import DEFAULT_NUMBER_PATTERN
from tests.unit.services.helpers import MELAWAI


def test_profile_round_trips(services: Services) -> None:
    base = services.settings.set_area(MELAWAI, "Kantor Kelurahan Melawai")
    assert base.number_patterns == {"default": DEFAULT_NUMBER_PATTERN}
    changed = replace(
        base,
        letterhead_lines=("PEMERINTAH PROVINSI DKI JAKARTA", "KELURAHAN MELAWAI"),
        lurah_name="Budi Santoso, S.Sos.",
        lurah_nip="197001011990031001",
        number_patterns={"default": DEFAULT_NUMBER_PATTERN, "undangan": "{seq}/UND/{year}"},
        paper_size=PaperSize.F4,
        rupiah_space=True,
        language="en",
    )
    services.settings.save(changed)
    assert services.settings.get() == changed


def test_bad_entries_are_refused_per_field(services: Services) -> None:
    base = services.settings.set_area(MELAWAI)
    wrong = replace(
        base,
        phone="12",
        number_patterns={"default": "{seq}/{kode}", "undangan": "UND/{year}", "surat_kuasa": ""},
        language="fr",
    )
    with pytest.raises(ValidationError) as exc:
        services.settings.save(wrong)
    found = {(i.code, i.field) for i in exc.value.issues}
    assert found == {
        ("phone.invalid", "phone"),
        ("documents.pattern_invalid", "number_patterns.default"),
        ("documents.pattern_invalid", "number_patterns.undangan"),
        ("settings.language_unknown", "language"),
    }
    assert services.settings.get() == base
