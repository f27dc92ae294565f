"""Issuing a document: number, signature, rendering, seal and register entry in one transaction.

Why one transaction: the number is taken as "highest so far + 1" and recorded together with
the document, so a number exists only if its document does, and the unique constraint
``(office_code, doc_type, year, seq)`` makes a reused number impossible. Two operators on one
PostgreSQL database take turns through an advisory lock per series (``storage.locks``) and, as a
second line of defence, a clash on the constraint retries with the next number. On SQLite the
write transaction begins IMMEDIATE, which already serialises writers.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from kopdes_desktop.documents.data import BerkasData, DocumentData, Verification
from kopdes_desktop.documents.registry import DOCUMENT_TYPES, render_document
from kopdes_desktop.domain.document_numbers import format_number, pattern_for
from kopdes_desktop.domain.errors import ConflictError, DomainError
from kopdes_desktop.services.document_sources import DocumentDeps
from kopdes_desktop.services.document_verification import (
    SignedMark,
    content_digest,
    make_payload,
    sign_payload,
)
from kopdes_desktop.services.pdf_seal import seal_pdf
from kopdes_desktop.storage import orm
from kopdes_desktop.storage.locks import lock_named

MAX_ATTEMPTS = 5
BERKAS = "berkas"


@dataclass(frozen=True, kw_only=True)
class IssueRequest:
    """A document ready to issue: its data (no number yet) and what it is about."""

    doc_type: str
    data: DocumentData
    cooperative_id: str | None
    place_code: str
    """Village code of the cooperative, or the area code of a recap (goes into the QR)."""
    short_code: str
    """``{code}`` of the number pattern, e.g. "MLW"."""


@dataclass(frozen=True, kw_only=True)
class BuiltDocument:
    """A rendered document; ``number`` and ``verification_code`` are empty for drafts."""

    pdf: bytes
    number: str
    doc_type: str
    sha256: str
    verification_code: str
    title: str
    file_name: str
    document_id: str | None = None


@dataclass(frozen=True)
class _Part:
    """One numbered document inside the issue: the root, or a numbered berkas section."""

    doc_type: str
    section: str | None


def file_name(doc_type: str, place_code: str, number: str) -> str:
    """``berkas_31.74.07.1001_001-KKMP-MLW-XI-2026.pdf``: sortable and safe on every system."""
    safe = "".join(ch if ch.isalnum() or ch in "-." else "-" for ch in number) or "draf"
    return f"{doc_type}_{place_code}_{safe}.pdf"


class DocumentIssuer:
    """Reserves numbers, signs, renders and seals; records the register entries."""

    def __init__(self, deps: DocumentDeps) -> None:
        self._d = deps

    def draft(self, req: IssueRequest) -> BuiltDocument:
        """Render without number, signature or register entry (previews and benchmarks)."""
        pdf = render_document(req.doc_type, req.data)
        return BuiltDocument(
            pdf=pdf,
            number="",
            doc_type=req.doc_type,
            sha256=hashlib.sha256(pdf).hexdigest(),
            verification_code="",
            title=DOCUMENT_TYPES[req.doc_type].title,
            file_name=file_name(req.doc_type, req.place_code, ""),
        )

    def issue(self, req: IssueRequest, issued: date) -> BuiltDocument:
        """Issue with the next free number; retries when another PC took it meanwhile."""
        office = self._d.settings.get().area_code
        if office is None:
            raise DomainError("settings.no_area", "area_code")
        for attempt in range(MAX_ATTEMPTS):
            try:
                return self._issue_once(req, office, issued)
            except IntegrityError as exc:
                if attempt == MAX_ATTEMPTS - 1:
                    raise ConflictError("documents.number_conflict", None) from exc
        raise AssertionError("unreachable")

    def _issue_once(self, req: IssueRequest, office: str, issued: date) -> BuiltDocument:
        parts = _parts(req)
        patterns = self._d.settings.get().number_patterns
        signing = self._d.signing
        key = signing.public_key_info()
        with self._d.ctx.session_factory.begin() as session:
            for doc_type in sorted({p.doc_type for p in parts}):
                lock_named(session, f"document-number:{office}:{doc_type}:{issued.year}")
            seqs = _reserve(session, office, parts, issued.year)
            numbers = {
                p: format_number(
                    pattern_for(patterns, p.doc_type), seqs[p], req.short_code, issued, p.doc_type
                )
                for p in parts
            }
            marks: dict[_Part, SignedMark] = {}
            data = req.data
            for part in parts:  # sections first: the root's content includes their marks
                data, marks[part] = self._mark(data, part, numbers[part], req, issued)
            root = parts[-1]
            pdf = render_document(req.doc_type, data)
            seal = {**marks[root].payload, "code": marks[root].code}
            sealed = seal_pdf(pdf, seal, key.public_key, signing.sign)
            digest = hashlib.sha256(sealed).hexdigest()
            rows = [
                self._row(part, office, seqs[part], numbers[part], marks[part], req, issued, digest)
                for part in parts
            ]
            session.add_all(rows)
            session.flush()
        return BuiltDocument(
            pdf=sealed,
            number=numbers[root],
            doc_type=req.doc_type,
            sha256=digest,
            verification_code=marks[root].code,
            title=DOCUMENT_TYPES[req.doc_type].title,
            file_name=file_name(req.doc_type, req.place_code, numbers[root]),
            document_id=rows[-1].id,
        )

    def _mark(
        self, data: DocumentData, part: _Part, number: str, req: IssueRequest, issued: date
    ) -> tuple[DocumentData, SignedMark]:
        """Put the number into one part's header, then sign its content and attach the QR."""
        target: Any = getattr(data, part.section) if part.section else data
        if DOCUMENT_TYPES[part.doc_type].numbered:
            target = replace(target, header=replace(target.header, number=number))
        payload = make_payload(
            number,
            part.doc_type,
            issued,
            req.place_code,
            content_digest(target),
            self._d.signing.public_key_info().fingerprint,
        )
        mark = sign_payload(payload, self._d.signing.sign)
        target = replace(target, verification=Verification(qr_payload=mark.qr_text, code=mark.code))
        if part.section:
            return replace(data, **{part.section: target}), mark
        return target, mark

    def _row(
        self,
        part: _Part,
        office: str,
        seq: int,
        number: str,
        mark: SignedMark,
        req: IssueRequest,
        issued: date,
        digest: str,
    ) -> orm.IssuedDocument:
        now = self._d.ctx.now()
        return orm.IssuedDocument(
            office_code=office,
            doc_type=part.doc_type,
            number=number,
            seq=seq,
            year=issued.year,
            issued_date=issued,
            sha256=digest,
            cooperative_id=req.cooperative_id,
            content_sha256=str(mark.payload["h"]),
            verification_code=mark.code,
            void=False,
            void_reason="",
            created_at=now,
            updated_at=now,
            updated_by=self._d.ctx.username,
        )


def _parts(req: IssueRequest) -> list[_Part]:
    """Numbered berkas sections (in berkas order), then the document itself (always last)."""
    parts: list[_Part] = []
    if isinstance(req.data, BerkasData):
        for name in DOCUMENT_TYPES:
            section = getattr(req.data, name, None)
            if isinstance(section, DocumentData) and DOCUMENT_TYPES[name].numbered:
                parts.append(_Part(name, name))
    parts.append(_Part(req.doc_type, None))
    return parts


def _reserve(session: Session, office: str, parts: list[_Part], year: int) -> dict[_Part, int]:
    """The next sequence number of each part's series (two parts of one type: consecutive)."""
    seqs: dict[_Part, int] = {}
    taken: dict[str, int] = {}
    for part in parts:
        if part.doc_type not in taken:
            taken[part.doc_type] = int(
                session.scalar(
                    select(func.coalesce(func.max(orm.IssuedDocument.seq), 0)).where(
                        orm.IssuedDocument.office_code == office,
                        orm.IssuedDocument.doc_type == part.doc_type,
                        orm.IssuedDocument.year == year,
                    )
                )
                or 0
            )
        taken[part.doc_type] += 1
        seqs[part] = taken[part.doc_type]
    return seqs
