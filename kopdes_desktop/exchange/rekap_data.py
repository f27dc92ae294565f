"""What the monitoring workbook (rekap.xlsx) shows, as frozen rows ready to be written.

Built by ``services/rekap_service.py`` from the domain entities; the exchange layer only
lays them out, so it needs neither the database nor Qt. Words (stage, role, unit kind) are
already Indonesian here: the workbook is read by people at the Sudin and Dinas, in Indonesian
whatever the language of the program, like a printed document. NIKs arrive masked or not as
the operator chose; the workbook never sees the other form.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any


@dataclass(frozen=True, slots=True, kw_only=True)
class RekapCooperative:
    """One cooperative: where it is, how far it got, its numbers and legal identity."""

    name: str
    village_code: str
    village_name: str
    district_name: str
    regency_name: str
    stage: int
    stage_name: str
    members: int
    founders: int
    units_operating: int
    trained_board: int
    deed_number: str = ""
    deed_date: date | None = None
    sk_ahu_number: str = ""
    sk_ahu_date: date | None = None
    nomor_induk_koperasi: str = ""
    npwp: str = ""
    nib: str = ""
    phone: str = ""
    simpanan_pokok: int | None = None
    simpanan_wajib: int | None = None
    initial_capital: int | None = None
    updated_at: datetime | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class RekapBoardMember:
    """One current seat of the pengurus, pengawas or pengelola of a cooperative."""

    cooperative_name: str
    village_code: str
    village_name: str
    body: str
    role: str
    name: str
    nik: str
    sex: str
    phone: str = ""
    start_date: date | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class RekapUnit:
    """One business unit (gerai) of a cooperative."""

    cooperative_name: str
    village_code: str
    village_name: str
    kind: str
    name: str
    status: str
    opening_date: date | None = None
    location: str = ""
    notes: str = ""


@dataclass(frozen=True, slots=True, kw_only=True)
class RekapTraining:
    """Training of one cooperative's people, summed over every event."""

    cooperative_name: str
    village_code: str
    village_name: str
    events: int
    participants: int
    trained_board: int
    competency_certificates: int
    last_training: date | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class RekapData:
    """Everything one rekap workbook holds, for one area at one moment.

    The rows are tuples when built in memory (``build_rekap_data``) or generators read once
    while the workbook is written (``stream_rekap_data``, for national scale)."""

    area_code: str
    area_name: str
    generated_at: datetime
    nik_masked: bool
    cooperatives: Iterable[RekapCooperative] = ()
    board: Iterable[RekapBoardMember] = ()
    units: Iterable[RekapUnit] = ()
    training: Iterable[RekapTraining] = ()
    office_name: str = ""
    omitted: str = ""
    """Why the Pengurus and Unit Usaha sheets are left out (a summary workbook), or empty."""


IDENTITY_FIELDS = (
    "deed_number",
    "deed_date",
    "sk_ahu_number",
    "sk_ahu_date",
    "nomor_induk_koperasi",
    "npwp",
    "nib",
    "phone",
    "simpanan_pokok",
    "simpanan_wajib",
    "initial_capital",
    "updated_at",
)
"""Fields of ``RekapCooperative`` copied as they are from the cooperative (its legal
identity, contact and capital), whichever way the row was read."""


def identity_fields(coop: Any) -> dict[str, Any]:
    """``IDENTITY_FIELDS`` of a cooperative (an entity or a database row)."""
    return {name: getattr(coop, name) for name in IDENTITY_FIELDS}
