"""Sertifikat Pelatihan: one landscape page per participant; a batch is one PDF of N pages.

A certificate carries no letterhead and no "Halaman X dari Y" (it is handed out page by
page); it gets a double border, the organiser, the holder's name large, what was attended
and the signature. Each page is its own section, so each certificate shows its own
verification code. Content shrinks to fit should a long name or title need it.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, KeepInFrame, NextPageTemplate, PageBreak, Spacer

from kopdes_desktop.documents.daftar_hadir_pelatihan import event_dates
from kopdes_desktop.documents.data import DocumentHeader, SertifikatData
from kopdes_desktop.documents.labels import CERTIFICATE_TYPE, PARTICIPANT_ROLE
from kopdes_desktop.documents.layout import CentredLogo, opening, signature_rows
from kopdes_desktop.documents.page_template import (
    LANDSCAPE,
    Metadata,
    PageHookMark,
    RenderState,
    build_pdf,
    frame_height,
    frame_width,
)
from kopdes_desktop.documents.styles import (
    SERIF,
    SERIF_BOLD,
    SERIF_ITALIC,
    esc,
    markup,
    para,
    register_fonts,
)
from kopdes_desktop.documents.text import long_date
from kopdes_desktop.domain.enums import CertificateType

TITLE = "Sertifikat Pelatihan"
ORIENTATION = LANDSCAPE


@cache
def _styles() -> dict[str, ParagraphStyle]:
    """Large centred styles of the certificate."""
    register_fonts()

    def style(
        name: str, font: str, size: float, space: float = 0, indent: float = 0
    ) -> ParagraphStyle:
        return ParagraphStyle(
            name, fontName=font, fontSize=size, leading=size * 1.25, alignment=TA_CENTER,
            spaceAfter=space, leftIndent=indent, rightIndent=indent,
        )  # fmt: skip

    return {
        "organiser": style("organiser", SERIF_BOLD, 13, 8),
        "title": style("title", SERIF_BOLD, 38, 6),
        "number": style("number", SERIF, 11.5, 16),
        "given": style("given", SERIF_ITALIC, 13, 6),
        "name": style("name", SERIF_BOLD, 26, 4),
        "role": style("role", SERIF, 13, 14),
        "text": style("text", SERIF, 12.5, 4, indent=25 * mm),
    }


def _border(canv: Canvas, _state: RenderState) -> None:
    """A thick and a thin frame around the page."""
    width, height = canv._pagesize
    canv.saveState()
    canv.setStrokeColorRGB(0.55, 0.05, 0.1)
    canv.setLineWidth(3)
    canv.rect(8 * mm, 8 * mm, width - 16 * mm, height - 16 * mm)
    canv.setLineWidth(0.8)
    canv.rect(11 * mm, 11 * mm, width - 22 * mm, height - 22 * mm)
    canv.restoreState()


def _statement(data: SertifikatData) -> str:
    """What the holder did, in one sentence."""
    event = data.event
    p = data.participant.participant
    competent = p.certificate_type is CertificateType.KOMPETENSI
    what = "telah dinyatakan kompeten dalam" if competent else "telah mengikuti"
    text = f"{what} {event.title}"
    if event.organiser:
        text += f" yang diselenggarakan oleh {event.organiser}"
    text += f" pada tanggal {event_dates(event)}"
    text += f" di {event.venue}" if event.venue else ""
    text += f" selama {event.hours} jam pelajaran" if event.hours else ""
    text += "."
    if p.certificate_expires is not None:
        text += f" Berlaku sampai dengan {long_date(p.certificate_expires)}."
    return text


def number(data: SertifikatData) -> str:
    """The participant's certificate number, else the document number."""
    return data.participant.participant.certificate_number or data.header.number


def _page(data: SertifikatData) -> list[Flowable]:
    """The content of one certificate."""
    st = _styles()
    row = data.participant
    p = row.participant
    kind = p.certificate_type
    title = "Sertifikat" if kind is CertificateType.TIDAK_ADA else CERTIFICATE_TYPE[kind]
    role = PARTICIPANT_ROLE[p.role]
    items: list[Flowable] = []
    items.append(CentredLogo(data.setup.letterhead.logo_png, 20 * mm))
    items.append(para(data.event.organiser.upper(), st["organiser"]))
    items.append(markup(esc(title.upper()), st["title"]))
    if number(data):
        items.append(para(f"Nomor: {number(data)}", st["number"]))
    items.append(para("diberikan kepada:", st["given"]))
    items.append(para(row.person.name, st["name"]))
    holder = f"{role} {row.cooperative_name}" if row.cooperative_name else role
    items.append(para(holder, st["role"]))
    items.append(para(_statement(data), st["text"]))
    issued = p.certificate_issued or data.header.issued_date
    header = DocumentHeader(number="", issued_date=issued, place=data.header.place)
    width = frame_width(data.setup.paper, ORIENTATION) - 30 * mm
    items += signature_rows(data.signers, width, header)
    return items


def story(
    data: SertifikatData | Sequence[SertifikatData], *, outline: bool = False
) -> list[Flowable]:
    """One page per certificate."""
    batch = [data] if isinstance(data, SertifikatData) else list(data)
    items: list[Flowable] = []
    for index, cert in enumerate(batch):
        if index:
            items += [NextPageTemplate(ORIENTATION), PageBreak()]
        footer_title = f"{TITLE} {cert.participant.person.name}"
        section = opening(cert, footer_title, outline=outline, letterhead=False, page_numbers=False)
        section[0].section.footer = ""
        section[0].section.mark_at = (16 * mm, 15 * mm)
        width = frame_width(cert.setup.paper, ORIENTATION)
        height = frame_height(cert.setup.paper, ORIENTATION) - 1
        content = [Spacer(1, 8 * mm), *_page(cert)]
        items += [
            *section,
            PageHookMark(_border),
            KeepInFrame(width, height, content, mode="shrink"),
        ]
    return items


def render(data: SertifikatData | Sequence[SertifikatData]) -> bytes:
    """PDF bytes: one certificate, or a batch with one page per participant."""
    batch = [data] if isinstance(data, SertifikatData) else list(data)
    if not batch:
        raise ValueError("no certificates to print")
    first = batch[0]
    meta = Metadata(title=TITLE, subject=first.event.title)
    return build_pdf(story(batch), first.setup, meta, RenderState(), ORIENTATION)
