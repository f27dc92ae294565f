"""Everything the cooperative form shows, read in one go on a worker thread.

The form has eight sections; reading them one by one on the GUI thread would stall the window
on a cooperative with two thousand members. ``load_cooperative_data`` runs in the form's
``TaskRunner`` and returns one frozen bundle that each section takes its part from.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from kopdes_desktop.bootstrap import Services
from kopdes_desktop.domain.cooperative_rules import MemberFacts
from kopdes_desktop.domain.entities import (
    Attachment,
    BusinessUnit,
    CapitalPayment,
    Cooperative,
    Meeting,
    OfficeSettings,
    Person,
)
from kopdes_desktop.domain.enums import MeetingKind, Stage
from kopdes_desktop.domain.errors import Issue
from kopdes_desktop.services.capital_service import CapitalTotals
from kopdes_desktop.ui.models.board_table_model import BoardEntry

ATTACHMENT_OWNER = "cooperative"
"""``owner_type`` of attachments that belong to a cooperative."""


@dataclass(frozen=True)
class CooperativeData:
    """A cooperative with its members, board, units, capital, meetings and attachments."""

    cooperative: Cooperative
    area_text: str
    settings: OfficeSettings
    members: tuple[MemberFacts, ...] = ()
    board: tuple[BoardEntry, ...] = ()
    units: tuple[BusinessUnit, ...] = ()
    totals: CapitalTotals | None = None
    payments: tuple[CapitalPayment, ...] = ()
    meetings: tuple[Meeting, ...] = ()
    attendee_counts: dict[str, int] = field(default_factory=dict)
    attachments: tuple[Attachment, ...] = ()
    issues: tuple[Issue, ...] = ()
    gaps: tuple[Issue, ...] = ()
    """What is missing for the next stage."""
    stage: Stage = Stage.BELUM
    saved: bool = True
    """False for a registration not saved yet (only the identity exists, in the form)."""

    @property
    def muskelsus(self) -> Meeting | None:
        """The Muskelsus (the first, should there be several)."""
        return next((m for m in self.meetings if m.kind is MeetingKind.MUSKELSUS), None)

    def current_members(self) -> list[MemberFacts]:
        """Members who have not left."""
        return [m for m in self.members if m.membership.left_date is None]


def area_text(services: Services, village_code: str) -> str:
    """ "Melawai, Kebayoran Baru, Kota Adm. Jakarta Selatan, DKI Jakarta (31.74.07.1001)"."""
    info = services.wilayah.area_info(village_code)
    return f"{info.full_name} ({info.code})"


def new_cooperative_data(services: Services, coop: Cooperative) -> CooperativeData:
    """The bundle of a registration that exists only in the form so far."""
    return CooperativeData(
        cooperative=coop,
        area_text=area_text(services, coop.village_code),
        settings=services.settings.get(),
        saved=False,
    )


def load_cooperative_data(services: Services, cooperative_id: str) -> CooperativeData:
    """Read one cooperative and all of its records (runs on a worker thread)."""
    coop = services.cooperatives.get(cooperative_id)
    members = services.members.members(cooperative_id, include_left=True)
    history = services.board.history(cooperative_id)
    known: dict[str, Person] = {m.person.id: m.person for m in members}
    missing = [p.person_id for p in history if p.person_id not in known]
    if missing:
        known.update(services.persons.get_many(missing))
    meetings = services.meetings.list(cooperative_id)
    return CooperativeData(
        cooperative=coop,
        area_text=area_text(services, coop.village_code),
        settings=services.settings.get(),
        members=tuple(members),
        board=tuple(BoardEntry(p, known.get(p.person_id)) for p in history),
        units=tuple(services.units.list(cooperative_id)),
        totals=services.capital.totals(cooperative_id),
        payments=tuple(services.capital.list_for_cooperative(cooperative_id)),
        meetings=tuple(meetings),
        attendee_counts={m.id: len(services.meetings.attendees(m.id)) for m in meetings},
        attachments=tuple(services.attachments.list(ATTACHMENT_OWNER, cooperative_id)),
        issues=tuple(services.cooperatives.check(cooperative_id)),
        gaps=tuple(services.cooperatives.next_stage_gaps(cooperative_id)),
        stage=services.cooperatives.stage(cooperative_id),
    )
