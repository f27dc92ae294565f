"""Formation stage of a cooperative, derived from its facts and never typed in.

Monitoring counts cooperatives by the furthest stage reached (DOMAIN.md §7), so the stage is
the highest one whose fact is recorded, even when an earlier fact is missing (records are
often entered after the fact, starting from the deed). Meetings count once held (dated today
or earlier); soft-deleted meetings and units never count.
"""

from __future__ import annotations

from datetime import date

from kopdes_desktop.domain.cooperative_rules import CooperativeSnapshot
from kopdes_desktop.domain.enums import MeetingKind, Stage, UnitStatus
from kopdes_desktop.domain.errors import Issue, warning


def _today(snap: CooperativeSnapshot) -> date:
    """The reference date of the snapshot."""
    return snap.today or date.today()


def _held(snap: CooperativeSnapshot, *kinds: MeetingKind) -> bool:
    """True when a live meeting of one of the kinds took place on or before today."""
    today = _today(snap)
    return any(
        m.deleted_at is None and m.kind in kinds and m.meeting_date <= today for m in snap.meetings
    )


def _operating(snap: CooperativeSnapshot) -> bool:
    """True when a live business unit is operating."""
    return any(u.deleted_at is None and u.status is UnitStatus.BEROPERASI for u in snap.units)


def _missing(snap: CooperativeSnapshot, stage: Stage) -> list[Issue]:
    """The facts of one stage that are not recorded, as warnings naming the field concerned."""
    c = snap.cooperative
    p = {"stage": int(stage)}
    gaps: list[Issue] = []
    if stage is Stage.SOSIALISASI and not _held(snap, MeetingKind.SOSIALISASI):
        gaps.append(warning("stage.need_sosialisasi", "meetings", **p))
    elif stage is Stage.MUSKELSUS and not _held(snap, MeetingKind.MUSKELSUS, MeetingKind.PENDIRIAN):
        gaps.append(warning("stage.need_muskelsus", "meetings", **p))
    elif stage is Stage.NAMA_DIPESAN and c.name_reserved_date is None:
        gaps.append(warning("stage.need_name_reserved", "name_reserved_date", **p))
    elif stage is Stage.AKTA_NOTARIS:
        gaps += _field_gaps("stage.need_deed", p, deed_number=c.deed_number, deed_date=c.deed_date)
    elif stage is Stage.BERBADAN_HUKUM:
        gaps += _field_gaps(
            "stage.need_sk_ahu", p, sk_ahu_number=c.sk_ahu_number, sk_ahu_date=c.sk_ahu_date
        )
    elif stage is Stage.NPWP_NIB_REKENING:
        gaps += _field_gaps("stage.need_npwp", p, npwp=c.npwp)
        gaps += _field_gaps("stage.need_nib", p, nib=c.nib)
        gaps += _field_gaps("stage.need_bank", p, bank_account_number=c.bank_account_number)
    elif stage is Stage.AKUN_SIMKOPDES and not c.simkopdes_account:
        gaps.append(warning("stage.need_simkopdes", "simkopdes_account", **p))
    elif stage is Stage.GERAI_BEROPERASI and not _operating(snap):
        gaps.append(warning("stage.need_operating_unit", "units", **p))
    elif stage is Stage.RAT and not _held(snap, MeetingKind.RAT):
        gaps.append(warning("stage.need_rat", "meetings", **p))
    return gaps


def _field_gaps(code: str, params: dict[str, int], **values: object) -> list[Issue]:
    """One warning per empty field (blank text or None)."""
    return [
        warning(code, name, **params)
        for name, value in values.items()
        if value is None or (isinstance(value, str) and not value.strip())
    ]


def stages_reached(snap: CooperativeSnapshot) -> frozenset[Stage]:
    """Every stage whose fact is recorded (not necessarily contiguous)."""
    return frozenset(s for s in Stage if s is not Stage.BELUM and not _missing(snap, s))


def derive_stage(snap: CooperativeSnapshot) -> Stage:
    """The furthest stage reached; BELUM when no fact is recorded."""
    return max(stages_reached(snap), default=Stage.BELUM)


def missing_for_next_stage(snap: CooperativeSnapshot) -> list[Issue]:
    """What to record to reach the stage after the current one; empty at the last stage."""
    current = derive_stage(snap)
    if current is Stage.RAT:
        return []
    return _missing(snap, Stage(current + 1))
