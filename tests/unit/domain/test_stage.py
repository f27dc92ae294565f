"""Stage derivation (furthest stage reached) and what the next stage needs."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime
from typing import Any

import pytest

from kopdes_desktop.domain.cooperative_rules import CooperativeSnapshot
from kopdes_desktop.domain.entities import BusinessUnit, Cooperative, Meeting
from kopdes_desktop.domain.enums import MeetingKind, Severity, Stage, UnitKind, UnitStatus
from kopdes_desktop.domain.stage import derive_stage, missing_for_next_stage, stages_reached

TODAY = date(2026, 11, 27)
COOP = "coop-melawai"
DELETED = datetime(2026, 1, 1)


def meeting(kind: MeetingKind, on: date = date(2025, 5, 31), **kw: Any) -> Meeting:
    """A meeting of the cooperative."""
    return Meeting(cooperative_id=COOP, kind=kind, meeting_date=on, **kw)


def unit(status: UnitStatus, **kw: Any) -> BusinessUnit:
    """A business unit of the cooperative."""
    return BusinessUnit(cooperative_id=COOP, kind=UnitKind.SEMBAKO, status=status, **kw)


LEGAL: dict[str, Any] = {
    "name_reserved_date": date(2025, 6, 10),
    "deed_number": "12",
    "deed_date": date(2025, 6, 20),
    "sk_ahu_number": "AHU-0012345.AH.01.29.TAHUN 2025",
    "sk_ahu_date": date(2025, 7, 1),
    "npwp": "01.234.567.8-901.000",
    "nib": "1234567890123",
    "bank_account_number": "1234567890",
    "simkopdes_account": True,
}


def snap(
    meetings: tuple[Meeting, ...] = (),
    units: tuple[BusinessUnit, ...] = (),
    **coop: Any,
) -> CooperativeSnapshot:
    """A snapshot holding only what the stage looks at."""
    cooperative = Cooperative(
        id=COOP, village_code="31.74.07.1001", name="Koperasi Kelurahan Merah Putih Melawai"
    )
    return CooperativeSnapshot(
        cooperative=replace(cooperative, **coop),
        village_name="Melawai",
        is_kelurahan=True,
        members=(),
        board=(),
        units=units,
        meetings=meetings,
        today=TODAY,
    )


SOS = meeting(MeetingKind.SOSIALISASI, date(2025, 5, 10))
MUS = meeting(MeetingKind.MUSKELSUS)
RAT = meeting(MeetingKind.RAT, date(2026, 3, 15))
OPEN = unit(UnitStatus.BEROPERASI)
UP_TO_SIMKOPDES = {**LEGAL}
UP_TO_BANK = {k: v for k, v in LEGAL.items() if k != "simkopdes_account"}
UP_TO_SK = {k: v for k, v in UP_TO_BANK.items() if k not in ("npwp", "nib", "bank_account_number")}
UP_TO_DEED = {k: v for k, v in UP_TO_SK.items() if not k.startswith("sk_ahu")}

STAGES: list[tuple[str, CooperativeSnapshot, Stage]] = [
    ("nothing", snap(), Stage.BELUM),
    ("sosialisasi", snap((SOS,)), Stage.SOSIALISASI),
    ("muskelsus", snap((SOS, MUS)), Stage.MUSKELSUS),
    ("pendirian meeting", snap((meeting(MeetingKind.PENDIRIAN),)), Stage.MUSKELSUS),
    ("name reserved", snap((SOS, MUS), name_reserved_date=date(2025, 6, 10)), Stage.NAMA_DIPESAN),
    ("deed", snap((SOS, MUS), **UP_TO_DEED), Stage.AKTA_NOTARIS),
    ("deed number only", snap((SOS, MUS), deed_number="12"), Stage.MUSKELSUS),
    ("deed blank number", snap((SOS, MUS), deed_number=" ", deed_date=TODAY), Stage.MUSKELSUS),
    ("sk ahu", snap((SOS, MUS), **UP_TO_SK), Stage.BERBADAN_HUKUM),
    ("npwp nib bank", snap((SOS, MUS), **UP_TO_BANK), Stage.NPWP_NIB_REKENING),
    (
        "no bank",
        snap((SOS, MUS), **{**UP_TO_BANK, "bank_account_number": ""}),
        Stage.BERBADAN_HUKUM,
    ),
    ("simkopdes", snap((SOS, MUS), **UP_TO_SIMKOPDES), Stage.AKUN_SIMKOPDES),
    ("outlet open", snap((SOS, MUS), (OPEN,), **LEGAL), Stage.GERAI_BEROPERASI),
    (
        "outlet only planned",
        snap((SOS, MUS), (unit(UnitStatus.PERSIAPAN),), **LEGAL),
        Stage.AKUN_SIMKOPDES,
    ),
    ("rat", snap((SOS, MUS, RAT), (OPEN,), **LEGAL), Stage.RAT),
    # furthest stage counts even when earlier facts were never entered
    ("deed only", snap(deed_number="12", deed_date=date(2025, 6, 20)), Stage.AKTA_NOTARIS),
    ("simkopdes only", snap(simkopdes_account=True), Stage.AKUN_SIMKOPDES),
    ("rat only", snap((RAT,)), Stage.RAT),
    # deleted and future records do not count
    ("deleted muskelsus", snap((SOS, replace(MUS, deleted_at=DELETED))), Stage.SOSIALISASI),
    (
        "muskelsus planned",
        snap((SOS, meeting(MeetingKind.MUSKELSUS, date(2026, 12, 5)))),
        Stage.SOSIALISASI,
    ),
    ("meeting today", snap((SOS, meeting(MeetingKind.MUSKELSUS, TODAY))), Stage.MUSKELSUS),
    (
        "deleted outlet",
        snap((SOS, MUS), (replace(OPEN, deleted_at=DELETED),), **LEGAL),
        Stage.AKUN_SIMKOPDES,
    ),
    ("other meeting", snap((meeting(MeetingKind.LAINNYA),)), Stage.BELUM),
]


@pytest.mark.parametrize(("s", "stage"), [c[1:] for c in STAGES], ids=[c[0] for c in STAGES])
def test_derive_stage(s: CooperativeSnapshot, stage: Stage) -> None:
    assert derive_stage(s) is stage


def test_stages_reached_need_not_be_contiguous() -> None:
    s = snap((RAT,), simkopdes_account=True)
    assert stages_reached(s) == {Stage.AKUN_SIMKOPDES, Stage.RAT}


NEXT: list[tuple[str, CooperativeSnapshot, list[tuple[str, str]]]] = [
    ("nothing", snap(), [("stage.need_sosialisasi", "meetings")]),
    ("sosialisasi", snap((SOS,)), [("stage.need_muskelsus", "meetings")]),
    ("muskelsus", snap((SOS, MUS)), [("stage.need_name_reserved", "name_reserved_date")]),
    (
        "name reserved",
        snap((SOS, MUS), name_reserved_date=date(2025, 6, 10)),
        [("stage.need_deed", "deed_number"), ("stage.need_deed", "deed_date")],
    ),
    (
        "name reserved, deed number typed",
        snap((SOS, MUS), name_reserved_date=date(2025, 6, 10), deed_number="12"),
        [("stage.need_deed", "deed_date")],
    ),
    (
        "deed",
        snap((SOS, MUS), **UP_TO_DEED),
        [("stage.need_sk_ahu", "sk_ahu_number"), ("stage.need_sk_ahu", "sk_ahu_date")],
    ),
    (
        "sk ahu",
        snap((SOS, MUS), **UP_TO_SK),
        [
            ("stage.need_npwp", "npwp"),
            ("stage.need_nib", "nib"),
            ("stage.need_bank", "bank_account_number"),
        ],
    ),
    (
        "sk ahu with npwp",
        snap((SOS, MUS), **UP_TO_SK, npwp="0123"),
        [("stage.need_nib", "nib"), ("stage.need_bank", "bank_account_number")],
    ),
    (
        "npwp nib bank",
        snap((SOS, MUS), **UP_TO_BANK),
        [("stage.need_simkopdes", "simkopdes_account")],
    ),
    ("simkopdes", snap((SOS, MUS), **LEGAL), [("stage.need_operating_unit", "units")]),
    ("outlet", snap((SOS, MUS), (OPEN,), **LEGAL), [("stage.need_rat", "meetings")]),
    ("rat", snap((SOS, MUS, RAT), (OPEN,), **LEGAL), []),
]


@pytest.mark.parametrize(("s", "expected"), [c[1:] for c in NEXT], ids=[c[0] for c in NEXT])
def test_missing_for_next_stage(s: CooperativeSnapshot, expected: list[tuple[str, str]]) -> None:
    issues = missing_for_next_stage(s)
    assert [(i.code, i.field) for i in issues] == expected
    assert all(i.severity is Severity.WARNING for i in issues)
    assert all(i.params["stage"] == derive_stage(s) + 1 for i in issues)
