"""The register of issued documents: listing, gaps, voiding, and checking a PDF's seal.

A voided number stays in the register with its reason (it was given out; the paper may exist),
and is never given again. Gaps are sequence numbers nobody holds: with numbers reserved in the
issuing transaction they should not occur, so any gap is worth a look (a restored backup, a
deleted row).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, replace

from sqlalchemy import select

from kopdes_desktop.domain.document_numbers import missing_sequences
from kopdes_desktop.domain.entities import IssuedDocument
from kopdes_desktop.domain.errors import ConflictError, DomainError
from kopdes_desktop.domain.permissions import Action
from kopdes_desktop.services.context import ServiceContext
from kopdes_desktop.services.document_verification import (
    VerificationDetails,
    VerificationResult,
    VerificationStatus,
    parse_qr,
    short_code,
    signed_payload_bytes,
)
from kopdes_desktop.services.mapping import get_live, to_entity
from kopdes_desktop.services.pdf_seal import SealError, find_seal, matches_prefix
from kopdes_desktop.services.signing_service import KeyOwner, SigningService, verify_signature
from kopdes_desktop.storage import orm


@dataclass(frozen=True)
class RegisterGap:
    """A sequence number of a series (office, type, year) that no issued document holds."""

    doc_type: str
    year: int
    seq: int


class DocumentRegister:
    """Queries and corrections of the register, and verification of sealed PDFs."""

    def __init__(self, ctx: ServiceContext, signing: SigningService) -> None:
        self._ctx = ctx
        self._signing = signing

    def entries(
        self, office_code: str, year: int | None = None, doc_type: str | None = None
    ) -> list[IssuedDocument]:
        """Issued documents of this office, by type, year and sequence."""
        doc = orm.IssuedDocument
        stmt = select(doc).where(doc.office_code == office_code, doc.deleted_at.is_(None))
        if year is not None:
            stmt = stmt.where(doc.year == year)
        if doc_type is not None:
            stmt = stmt.where(doc.doc_type == doc_type)
        with self._ctx.session_factory() as session:
            rows = session.scalars(stmt.order_by(doc.doc_type, doc.year, doc.seq))
            return [to_entity(r, IssuedDocument) for r in rows]

    def gaps(
        self, office_code: str, year: int | None = None, doc_type: str | None = None
    ) -> list[RegisterGap]:
        """Missing sequence numbers per series (voided numbers are not gaps: they are held)."""
        series: dict[tuple[str, int], list[int]] = defaultdict(list)
        for entry in self.entries(office_code, year, doc_type):
            series[(entry.doc_type, entry.year)].append(entry.seq)
        return [
            RegisterGap(t, y, seq)
            for (t, y), seqs in sorted(series.items())
            for seq in missing_sequences(seqs)
        ]

    def void(self, document_id: str, reason: str) -> IssuedDocument:
        """Cancel an issued number, keeping it and the reason in the register."""
        self._ctx.require(Action.VOID_DOCUMENT)
        reason = reason.strip()
        if not reason:
            raise DomainError("documents.void_reason_required", "reason")
        with self._ctx.session_factory.begin() as session:
            row = get_live(session, orm.IssuedDocument, document_id)
            if row.void:
                raise ConflictError("documents.already_void", "document_id", number=row.number)
            row.void = True
            row.void_reason = reason
            row.updated_at = self._ctx.now()
            row.updated_by = self._ctx.username
            session.flush()
            return to_entity(row, IssuedDocument)

    def find(self, doc_type: str, number: str, code: str) -> IssuedDocument | None:
        """This database's entry of a document named by a seal or QR (any office's row)."""
        doc = orm.IssuedDocument
        with self._ctx.session_factory() as session:
            row = session.scalar(
                select(doc).where(
                    doc.doc_type == doc_type,
                    doc.number == number,
                    doc.verification_code == code,
                    doc.deleted_at.is_(None),
                )
            )
            return to_entity(row, IssuedDocument) if row else None

    def verify(self, pdf: bytes) -> VerificationResult:
        """Genuine (our or a trusted office's key, bytes as issued), changed, unknown office,
        or not a KopDes document at all."""
        try:
            seal = find_seal(pdf)
        except SealError as exc:
            return _changed(VerificationDetails(), f"unreadable seal: {exc}")
        if seal is None:
            return VerificationResult(VerificationStatus.NOT_KOPDES)
        details = _details(seal.payload)
        if not verify_signature(seal.public_key, seal.signed_bytes, seal.signature):
            return _changed(details, "seal signature does not match")
        if not matches_prefix(pdf, seal):
            return _changed(details, "bytes differ from the sealed document")
        return self._identified(seal.public_key, details)

    def verify_qr(self, text: str) -> VerificationResult:
        """The same answer for a scanned QR code (a paper copy): the signature proves the
        number, type, date, place and content hash; the paper itself cannot be compared."""
        parsed = parse_qr(text.strip())
        if parsed is None:
            return VerificationResult(VerificationStatus.NOT_KOPDES)
        payload, signature = parsed
        details = _with(_details(payload), code=short_code(signature))
        key = self._signing.key_by_fingerprint(str(payload["k"]))
        if key is None:
            return VerificationResult(
                VerificationStatus.UNKNOWN_OFFICE, _with(details, fingerprint=str(payload["k"]))
            )
        if not verify_signature(key, signed_payload_bytes(payload), signature):
            return _changed(details, "QR signature does not match")
        return self._identified(key, details)

    def _identified(self, public_key: bytes, details: VerificationDetails) -> VerificationResult:
        """Genuine when the key is ours or trusted (with a voided number flagged)."""
        who = self._signing.identify(public_key)
        details = _with(details, fingerprint=who.fingerprint)
        if who.owner is KeyOwner.UNKNOWN:
            return VerificationResult(VerificationStatus.UNKNOWN_OFFICE, details)
        details = _with(
            details,
            office_name=who.office_name,
            area_code=who.area_code,
            own_office=who.owner is KeyOwner.OWN,
        )
        entry = self.find(details.doc_type, details.number, details.code)
        if entry is not None and entry.void:
            details = _with(details, voided=True, void_reason=entry.void_reason)
        return VerificationResult(VerificationStatus.GENUINE, details)


def _details(payload: dict[str, object]) -> VerificationDetails:
    return VerificationDetails(
        number=str(payload.get("n", "")),
        doc_type=str(payload.get("t", "")),
        issued_date=str(payload.get("d", "")),
        place_code=str(payload.get("c", "")),
        code=str(payload.get("code", "")),
    )


def _with(details: VerificationDetails, **changes: object) -> VerificationDetails:
    return replace(details, **changes)  # type: ignore[arg-type]


def _changed(details: VerificationDetails, reason: str) -> VerificationResult:
    return VerificationResult(VerificationStatus.CHANGED, _with(details, reason=reason))
