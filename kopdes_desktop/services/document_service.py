"""Printed documents: what can be printed, building and issuing them, the register, checks.

The façade the CLI and the GUI use. It gathers data (``document_data*``), issues (numbering,
signing, sealing: ``document_issue``) and answers register and verification questions
(``document_register``). Long batches (all certificates of an event, every profile of an
area) take ``progress`` and ``cancelled`` callbacks and stop between documents.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date

from kopdes_desktop.documents.data import DocumentData, DocumentHeader
from kopdes_desktop.documents.registry import DOCUMENT_TYPES
from kopdes_desktop.domain.document_numbers import short_code
from kopdes_desktop.domain.entities import IssuedDocument
from kopdes_desktop.domain.enums import PaperSize
from kopdes_desktop.domain.errors import DomainError
from kopdes_desktop.domain.permissions import Action
from kopdes_desktop.services.document_data import CoopContext, CoopDocuments
from kopdes_desktop.services.document_data_area import AreaDocuments, RecapCancelledError
from kopdes_desktop.services.document_issue import BuiltDocument, DocumentIssuer, IssueRequest
from kopdes_desktop.services.document_register import DocumentRegister, RegisterGap
from kopdes_desktop.services.document_sources import (
    DocumentDeps,
    DocumentOptions,
    DocumentSources,
    place_name,
)
from kopdes_desktop.services.document_verification import VerificationResult

__all__ = [
    "BuiltDocument",
    "DocumentDeps",
    "DocumentOptions",
    "DocumentService",
    "DocumentTypeInfo",
    "RegisterGap",
]

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]
Sink = Callable[[BuiltDocument], None]
"""Called with each document of a batch as soon as it is issued (to write it at once)."""
EVENT_TYPES = frozenset({"daftar_hadir_pelatihan", "sertifikat"})
"""Types about one training event (no cooperative needed)."""
AREA_TYPES = frozenset({"rekap_wilayah"})


class BatchCancelledError(Exception):
    """The operator cancelled a batch; documents issued before the cancel stay issued."""


@dataclass(frozen=True)
class DocumentTypeInfo:
    """A printable type for menus: code, Indonesian title, and what it is about."""

    code: str
    title: str
    numbered: bool
    subject: str
    """"cooperative", "event" (a training) or "area" (the regional recap)."""


class DocumentService:
    """Builds, issues and verifies documents; keeps the register."""

    def __init__(self, deps: DocumentDeps) -> None:
        self._d = deps
        self._sources = DocumentSources(deps)
        self._coop_docs = CoopDocuments(self._sources)
        self._area_docs = AreaDocuments(self._sources)
        self._issuer = DocumentIssuer(deps)
        self._register = DocumentRegister(deps.ctx, deps.signing)

    @property
    def deps(self) -> DocumentDeps:
        """The services documents are built from (benchmarks build data without issuing)."""
        return self._d

    # -- types ---------------------------------------------------------------------------------

    @staticmethod
    def available_types() -> list[DocumentTypeInfo]:
        """Every document type in menu order (the sertifikat is built per participant)."""
        return [
            DocumentTypeInfo(
                t.code,
                t.title,
                t.numbered,
                "event"
                if t.code in EVENT_TYPES
                else "area"
                if t.code in AREA_TYPES
                else "cooperative",
            )
            for t in DOCUMENT_TYPES.values()
        ]

    # -- building ------------------------------------------------------------------------------

    def build(
        self,
        cooperative_id: str | None,
        doc_type: str,
        *,
        mask_nik: bool = False,
        paper: PaperSize | None = None,
        event_id: str | None = None,
        area_code: str | None = None,
        issue: bool = True,
        progress: Progress | None = None,
        cancelled: Cancelled | None = None,
    ) -> BuiltDocument:
        """One document: issued (numbered, signed, sealed, registered) or a draft."""
        if doc_type not in DOCUMENT_TYPES:
            raise DomainError("documents.unknown_type", "doc_type", doc_type=doc_type)
        if doc_type == "sertifikat":
            raise DomainError("documents.use_certificates", "doc_type")
        mask_nik = self._masked(mask_nik)
        options = DocumentOptions(
            mask_nik=mask_nik, paper=paper, event_id=event_id, area_code=area_code
        )
        try:
            request = self._request(cooperative_id, doc_type, options, progress, cancelled)
        except RecapCancelledError as exc:
            raise BatchCancelledError from exc
        return self._finish(request, issue)

    def build_many(
        self,
        doc_type: str,
        cooperative_ids: Sequence[str],
        *,
        mask_nik: bool = False,
        paper: PaperSize | None = None,
        issue: bool = True,
        progress: Progress | None = None,
        cancelled: Cancelled | None = None,
        on_built: Sink | None = None,
    ) -> list[BuiltDocument]:
        """The same cooperative document for many cooperatives (e.g. every profile)."""
        built: list[BuiltDocument] = []
        for index, coop_id in enumerate(cooperative_ids):
            if cancelled is not None and cancelled():
                raise BatchCancelledError
            built.append(self.build(coop_id, doc_type, mask_nik=mask_nik, paper=paper, issue=issue))
            if progress is not None:
                progress(index + 1, len(cooperative_ids))
        return built

    def build_certificates(
        self,
        event_id: str,
        cooperative_id: str | None = None,
        *,
        paper: PaperSize | None = None,
        issue: bool = True,
        progress: Progress | None = None,
        cancelled: Cancelled | None = None,
        on_built: Sink | None = None,
    ) -> list[BuiltDocument]:
        """One certificate per participant of an event (one cooperative's when given)."""
        self._d.ctx.require(Action.PRINT)
        settings = self._sources.settings()
        setup = self._sources.setup(DocumentOptions(paper=paper), settings)
        event = self._d.training.get_event(event_id)
        header = DocumentHeader(issued_date=event.end_date, place=self._office_place())
        items = self._area_docs.sertifikat(event_id, cooperative_id, setup, header)
        built: list[BuiltDocument] = []
        for index, data in enumerate(items):
            if cancelled is not None and cancelled():
                raise BatchCancelledError
            coop_id = data.participant.participant.cooperative_id
            place, code = self._subject_of(coop_id)
            request = IssueRequest(
                doc_type="sertifikat",
                data=data,
                cooperative_id=coop_id,
                place_code=place,
                short_code=code,
            )
            document = self._finish(request, issue)
            built.append(document)
            if on_built is not None:
                on_built(document)
            if progress is not None:
                progress(index + 1, len(items))
        return built

    # -- register and verification -------------------------------------------------------------

    def register(
        self, year: int | None = None, doc_type: str | None = None
    ) -> list[IssuedDocument]:
        """This office's issued documents by type, year and sequence number."""
        return self._register.entries(self._office(), year, doc_type)

    def gaps(self, year: int | None = None, doc_type: str | None = None) -> list[RegisterGap]:
        """Sequence numbers missing from this office's series."""
        return self._register.gaps(self._office(), year, doc_type)

    def void(self, document_id: str, reason: str) -> IssuedDocument:
        """Cancel an issued number; it stays in the register with its reason."""
        return self._register.void(document_id, reason)

    def verify(self, pdf: bytes) -> VerificationResult:
        """Whether a PDF is a genuine, unchanged KopDes document and whose."""
        return self._register.verify(pdf)

    def verify_qr(self, text: str) -> VerificationResult:
        """The same check for the text of a scanned QR code."""
        return self._register.verify_qr(text)

    # -- internals -----------------------------------------------------------------------------

    def _masked(self, mask_nik: bool) -> bool:
        """Printing needs the print right; a user who may not see whole NIK gets them masked."""
        self._d.ctx.require(Action.PRINT)
        return mask_nik or not self._d.ctx.may(Action.PRINT_FULL_NIK)

    def _finish(self, request: IssueRequest, issue: bool) -> BuiltDocument:
        if not issue:
            return self._issuer.draft(request)
        return self._issuer.issue(request, self._issue_date())

    def _request(
        self,
        cooperative_id: str | None,
        doc_type: str,
        options: DocumentOptions,
        progress: Progress | None,
        cancelled: Cancelled | None,
    ) -> IssueRequest:
        settings = self._sources.settings()
        setup = self._sources.setup(options, settings)
        issued = self._issue_date()
        data: DocumentData
        if doc_type in AREA_TYPES:
            area = options.area_code or self._office()
            header = DocumentHeader(issued_date=issued, place=self._office_place())
            data = self._area_docs.rekap_wilayah(area, setup, header, progress, cancelled)
            name = self._d.wilayah.get(area).name
            return IssueRequest(
                doc_type=doc_type,
                data=data,
                cooperative_id=None,
                place_code=area,
                short_code=short_code(name),
            )
        if doc_type in EVENT_TYPES:
            header = DocumentHeader(issued_date=issued, place=self._office_place())
            data = self._area_docs.daftar_hadir_pelatihan(options.event_id, setup, header)
            place, code = self._subject_of(cooperative_id)
            return IssueRequest(
                doc_type=doc_type,
                data=data,
                cooperative_id=cooperative_id,
                place_code=place,
                short_code=code,
            )
        if cooperative_id is None:
            raise DomainError("documents.cooperative_required", "cooperative_id")
        bundle = self._sources.bundle(cooperative_id, settings)
        ctx = CoopContext(bundle=bundle, setup=setup, issued=issued, options=options)
        if doc_type == "rekap_pelatihan":
            data = self._area_docs.rekap_pelatihan(ctx)
        else:
            data = self._coop_docs.build(doc_type, ctx)
        return IssueRequest(
            doc_type=doc_type,
            data=data,
            cooperative_id=cooperative_id,
            place_code=bundle.cooperative.village_code,
            short_code=short_code(bundle.info.village_name),
        )

    def _subject_of(self, cooperative_id: str | None) -> tuple[str, str]:
        """QR place code and number code of a cooperative, or of the office's area."""
        if cooperative_id:
            coop = self._d.cooperatives.get(cooperative_id)
            return coop.village_code, short_code(self._sources.area_names(coop.village_code)[0])
        area = self._office()
        return area, short_code(self._d.wilayah.get(area).name)

    def _office(self) -> str:
        area = self._d.settings.get().area_code
        if area is None:
            raise DomainError("settings.no_area", "area_code")
        return area

    def _office_place(self) -> str:
        """Dateline place of papers not about one cooperative: the office's city."""
        area = self._d.settings.get().area_code
        if not area or len(area) < 5:
            return ""
        regency = self._d.wilayah.get(area[:5]).name
        return place_name(regency, area[:2])

    def _issue_date(self) -> date:
        """Documents are dated in the office's local time, not UTC (07.00 WIB is midnight UTC)."""
        return self._d.ctx.now().astimezone().date()
