"""Per document type: which records it shows and who signs it, as the documents' dataclasses.

Headers are built with an empty number and no verification: the issuing step reserves the
number and signs the content afterwards (``document_issue``). Types not tied to one
cooperative (training papers, the regional recap) live in ``document_data_area``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from kopdes_desktop.documents.data import (
    AttendeeRow,
    BeritaAcaraData,
    BerkasData,
    BuktiSetoranData,
    DaftarHadirData,
    DaftarPendiriData,
    DocumentData,
    DocumentHeader,
    MeetingInfo,
    PageSetup,
    PaymentRow,
    ProfilData,
    RencanaUsahaData,
    Signer,
    SuratKuasaData,
    SusunanPengurusData,
    UndanganData,
)
from kopdes_desktop.domain.entities import Meeting, Person
from kopdes_desktop.domain.enums import BoardRole, Body, MeetingKind, PaymentKind
from kopdes_desktop.domain.errors import DomainError
from kopdes_desktop.services.document_sources import CoopBundle, DocumentOptions, DocumentSources
from kopdes_desktop.storage.audit_trail import head_hash

ATTORNEY_ROLES = (BoardRole.KETUA, BoardRole.SEKRETARIS, BoardRole.BENDAHARA)
"""Founders usually empower these three pengurus to appear before the notary."""
FORMATION_MEETINGS = (MeetingKind.MUSKELSUS, MeetingKind.PENDIRIAN)


@dataclass(frozen=True, kw_only=True)
class CoopContext:
    """What every cooperative document is built from."""

    bundle: CoopBundle
    setup: PageSetup
    issued: date
    options: DocumentOptions

    def header(self) -> DocumentHeader:
        """A dateline without number (the number is reserved when the document is issued)."""
        return DocumentHeader(issued_date=self.issued, place=self.bundle.place)


class CoopDocuments:
    """Builders of the documents of one cooperative (all but training papers and recaps)."""

    def __init__(self, sources: DocumentSources) -> None:
        self._s = sources
        self._builders: dict[str, Callable[[CoopContext], DocumentData]] = {
            "undangan": self.undangan,
            "daftar_hadir": self.daftar_hadir,
            "berita_acara": self.berita_acara,
            "daftar_pendiri": self.daftar_pendiri,
            "susunan_pengurus": self.susunan_pengurus,
            "surat_kuasa": self.surat_kuasa,
            "bukti_setoran": self.bukti_setoran,
            "rencana_usaha": self.rencana_usaha,
            "profil": self.profil,
            "berkas": self.berkas,
        }

    def handles(self, doc_type: str) -> bool:
        """True for the types built here."""
        return doc_type in self._builders

    def build(self, doc_type: str, ctx: CoopContext) -> DocumentData:
        """The data of one document type."""
        return self._builders[doc_type](ctx)

    # -- meeting papers ------------------------------------------------------------------------

    def meeting(self, ctx: CoopContext, required: bool = True) -> MeetingInfo | None:
        """The chosen meeting (``event_id``), else the latest Muskelsus, else rapat pendirian."""
        meetings = self._s.deps.meetings
        coop_id = ctx.bundle.cooperative.id
        chosen: Meeting | None = None
        if ctx.options.event_id:
            chosen = meetings.get(ctx.options.event_id)
            if chosen.cooperative_id != coop_id:
                raise DomainError("documents.meeting_other_cooperative", "event_id")
        else:
            for kind in FORMATION_MEETINGS:
                found = meetings.list(coop_id, kind)
                if found:
                    chosen = max(found, key=lambda m: (m.meeting_date, m.id))
                    break
        if chosen is None:
            if required:
                raise DomainError("documents.no_meeting", "event_id")
            return None
        lines = meetings.attendees(chosen.id)
        people = self._s.deps.persons.get_many([a.person_id for a in lines if a.person_id])
        rows = tuple(
            AttendeeRow(attendee=a, person=people.get(a.person_id) if a.person_id else None)
            for a in lines
        )
        return MeetingInfo(meeting=chosen, attendees=rows)

    def undangan(self, ctx: CoopContext) -> UndanganData:
        """The lurah's invitation to the meeting."""
        info = self.meeting(ctx)
        assert info is not None
        return UndanganData(
            setup=ctx.setup,
            header=ctx.header(),
            signers=(ctx.bundle.lurah,),
            cooperative=ctx.bundle.info,
            meeting=info.meeting,
        )

    def daftar_hadir(self, ctx: CoopContext, info: MeetingInfo | None = None) -> DaftarHadirData:
        """The meeting's attendance list in the order typed."""
        info = info or self.meeting(ctx)
        assert info is not None
        return DaftarHadirData(
            setup=ctx.setup,
            header=ctx.header(),
            signers=(ctx.bundle.lurah,),
            cooperative=ctx.bundle.info,
            meeting=info,
        )

    def berita_acara(self, ctx: CoopContext, info: MeetingInfo | None = None) -> BeritaAcaraData:
        """Minutes signed by the meeting's chairs and the lurah."""
        info = info or self.meeting(ctx)
        assert info is not None
        chairs = tuple(Signer(title="Pimpinan Rapat", name=c) for c in info.meeting.chairs)
        b = ctx.bundle
        return BeritaAcaraData(
            setup=ctx.setup,
            header=DocumentHeader(issued_date=info.meeting.meeting_date, place=b.place),
            signers=(*chairs, b.lurah),
            cooperative=b.info,
            meeting=info,
            units=b.units,
            founders=b.founders,
            board=b.board,
            attorneys=self._attorneys(b),
        )

    # -- formation papers ----------------------------------------------------------------------

    def daftar_pendiri(self, ctx: CoopContext) -> DaftarPendiriData:
        """Founders with identity and address, signed by the ketua, known by the lurah."""
        b = ctx.bundle
        return DaftarPendiriData(
            setup=ctx.setup,
            header=ctx.header(),
            signers=(b.signer(BoardRole.KETUA, "Ketua Pengurus"), b.lurah),
            cooperative=b.info,
            founders=b.founders,
        )

    def susunan_pengurus(self, ctx: CoopContext) -> SusunanPengurusData:
        """The current board."""
        b = ctx.bundle
        return SusunanPengurusData(
            setup=ctx.setup,
            header=ctx.header(),
            signers=(b.signer(BoardRole.KETUA, "Ketua Pengurus"), b.lurah),
            cooperative=b.info,
            board=b.board,
        )

    def surat_kuasa(self, ctx: CoopContext) -> SuratKuasaData:
        """Founders empower the ketua, sekretaris and bendahara before the notary."""
        b = ctx.bundle
        return SuratKuasaData(
            setup=ctx.setup,
            header=ctx.header(),
            cooperative=b.info,
            grantors=b.founders,
            attorneys=tuple(b.row_of(p) for p in self._attorneys(b)),
            notary_name=b.cooperative.notary_name,
        )

    def bukti_setoran(self, ctx: CoopContext) -> BuktiSetoranData:
        """Simpanan paid per current member, signed by the bendahara and the ketua."""
        b = ctx.bundle
        capital = self._s.deps.capital
        totals = capital.totals(b.cooperative.id)
        last: dict[str, date] = {}
        for payment in capital.list_for_cooperative(b.cooperative.id):
            last[payment.membership_id] = payment.paid_date
        rows = []
        for m in b.members:
            t = totals.by_membership.get(m.membership.id)
            if t is None:
                continue
            rows.append(
                PaymentRow(
                    person=m.person,
                    member_number=m.membership.member_number,
                    pokok=t.by_kind[PaymentKind.POKOK],
                    wajib=t.by_kind[PaymentKind.WAJIB],
                    sukarela=t.by_kind[PaymentKind.SUKARELA],
                    last_paid_date=last.get(m.membership.id),
                )
            )
        return BuktiSetoranData(
            setup=ctx.setup,
            header=ctx.header(),
            signers=(
                b.signer(BoardRole.BENDAHARA, "Bendahara"),
                b.signer(BoardRole.KETUA, "Ketua Pengurus"),
            ),
            cooperative=b.info,
            payments=tuple(rows),
        )

    def rencana_usaha(self, ctx: CoopContext) -> RencanaUsahaData:
        """The business plan from the chosen units (the renderer fills the usual text)."""
        b = ctx.bundle
        return RencanaUsahaData(
            setup=ctx.setup,
            header=ctx.header(),
            signers=(
                b.signer(BoardRole.KETUA, "Ketua Pengurus"),
                b.signer(BoardRole.SEKRETARIS, "Sekretaris"),
            ),
            cooperative=b.info,
            units=b.units,
        )

    def profil(self, ctx: CoopContext) -> ProfilData:
        """The one-page summary."""
        b = ctx.bundle
        d = self._s.deps
        coop_id = b.cooperative.id
        return ProfilData(
            setup=ctx.setup,
            header=ctx.header(),
            cooperative=b.info,
            board=b.board,
            units=b.units,
            member_count=len(b.members),
            founder_count=sum(1 for m in b.members if m.membership.is_founder),
            capital_paid=d.capital.totals(coop_id).total,
            trained_board=d.training.trained_board_members(coop_id),
            trainings=self._s.training_titles(coop_id),
        )

    def berkas(self, ctx: CoopContext) -> BerkasData:
        """The formation dossier: every paper the records allow (no meeting: no minutes)."""
        info = self.meeting(ctx, required=False)
        return BerkasData(
            setup=ctx.setup,
            header=ctx.header(),
            cooperative=ctx.bundle.info,
            berita_acara=self.berita_acara(ctx, info) if info else None,
            daftar_hadir=self.daftar_hadir(ctx, info) if info else None,
            daftar_pendiri=self.daftar_pendiri(ctx),
            susunan_pengurus=self.susunan_pengurus(ctx),
            surat_kuasa=self.surat_kuasa(ctx),
            bukti_setoran=self.bukti_setoran(ctx),
            rencana_usaha=self.rencana_usaha(ctx),
            profil=self.profil(ctx),
            audit_head=self._audit_head(),
        )

    def _audit_head(self) -> str | None:
        """The audit trail's head when the berkas is made: printed so that a later
        rewrite of the trail (even of its newest entries) can be told from the paper."""
        with self._s.deps.ctx.session_factory() as session:
            return head_hash(session.connection())

    @staticmethod
    def _attorneys(b: CoopBundle) -> tuple[Person, ...]:
        rows = (b.holder(Body.PENGURUS, role) for role in ATTORNEY_ROLES)
        return tuple(r.person for r in rows if r is not None)
