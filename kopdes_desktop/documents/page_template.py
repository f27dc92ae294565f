"""Paper, page templates and the canvas that numbers pages and marks sections.

"Halaman X dari Y" needs the total before any page is written. Instead of building twice (the
usual TableOfContents approach) ``DocCanvas`` keeps every finished page in memory and draws
footers, verification QR codes and the berkas' contents page only in ``save()``, when the
total and every section's first page are known: one layout pass, which keeps a batch of
hundreds of documents fast.
"""

from __future__ import annotations

import io
import itertools
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import partial
from typing import Any

from reportlab.graphics.barcode import qrencoder
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from kopdes_desktop.documents.data import PageSetup, Verification
from kopdes_desktop.documents.styles import SANS, SERIF, register_fonts
from kopdes_desktop.domain.enums import PaperSize

F4 = (215 * mm, 330 * mm)
"""Folio as Indonesian offices buy it (215 × 330 mm)."""

CREATOR = "KopDes Desktop"
FOOTER_Y = 9 * mm
QR_SIZE = 16 * mm
PORTRAIT = "portrait"
LANDSCAPE = "landscape"
_MARGINS = {  # left, right, top, bottom
    PORTRAIT: (25 * mm, 20 * mm, 14 * mm, 22 * mm),
    LANDSCAPE: (15 * mm, 15 * mm, 14 * mm, 22 * mm),
}


def paper_size(paper: PaperSize, orientation: str = PORTRAIT) -> tuple[float, float]:
    """Width and height in points of A4 or F4, portrait or landscape."""
    size = F4 if paper is PaperSize.F4 else A4
    return landscape(size) if orientation == LANDSCAPE else (size[0], size[1])


def frame_width(paper: PaperSize, orientation: str = PORTRAIT) -> float:
    """Usable text width, for documents that size their table columns."""
    left, right, _top, _bottom = _MARGINS[orientation]
    return float(paper_size(paper, orientation)[0] - left - right)


def frame_height(paper: PaperSize, orientation: str = PORTRAIT) -> float:
    """Usable text height, for one-page documents that shrink to fit."""
    _left, _right, top, bottom = _MARGINS[orientation]
    return float(paper_size(paper, orientation)[1] - top - bottom)


@dataclass
class Section:
    """A run of pages with one footer, optional verification mark and outline entry."""

    title: str
    footer: str = ""
    verification: Verification | None = None
    outline: bool = False
    page_numbers: bool = True
    key: str = ""
    """Bookmark name, set when the section is outlined (for links from the contents)."""
    mark_at: tuple[float, float] | None = None
    """Where the verification mark goes (bottom-left corner); None: in the footer."""
    first_page: int = 0
    last_page: int = 0


PageHook = Callable[[Canvas, "RenderState"], None]


@dataclass
class RenderState:
    """What the flowables tell the canvas during layout, used when pages are finished."""

    sections: list[Section] = field(default_factory=list)
    hooks: dict[int, list[PageHook]] = field(default_factory=dict)
    show_outline: bool = False

    def section_of(self, page: int) -> Section | None:
        """The section that page ``page`` (1-based) belongs to."""
        found = None
        for section in self.sections:
            if section.first_page <= page:
                found = section
        return found


class SectionStart(Flowable):  # type: ignore[misc]
    """Zero-size marker: the section starts on the page where this is drawn."""

    def __init__(self, section: Section) -> None:
        super().__init__()
        self.section = section
        self.width = self.height = 0

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        """Takes no room."""
        return 0, 0

    def draw(self) -> None:
        """Record the page; add a bookmark and an outline entry when asked."""
        canv: DocCanvas = self.canv
        state = canv.render_state
        page = canv.getPageNumber()
        if state.sections:
            state.sections[-1].last_page = max(page - 1, state.sections[-1].first_page)
        self.section.first_page = page
        state.sections.append(self.section)
        if self.section.outline:
            # Only named here: the bookmark itself is made in DocCanvas.save, because a page
            # reference taken now would point at the wrong page (pages are held back).
            self.section.key = f"section{len(state.sections)}"


class PageHookMark(Flowable):  # type: ignore[misc]
    """Zero-size marker running ``hook`` on this page once all pages are known."""

    def __init__(self, hook: PageHook) -> None:
        super().__init__()
        self.hook = hook
        self.width = self.height = 0

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        """Takes no room."""
        return 0, 0

    def draw(self) -> None:
        """Queue the hook for this page."""
        canv: DocCanvas = self.canv
        canv.render_state.hooks.setdefault(canv.getPageNumber(), []).append(self.hook)


class DocCanvas(Canvas):  # type: ignore[misc]
    """A canvas that holds pages back until ``save()`` to draw footers knowing the total."""

    def __init__(self, *args: Any, render_state: RenderState, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.render_state = render_state
        self._held_pages: list[dict[str, Any]] = []

    def showPage(self) -> None:
        """Keep the finished page instead of writing it."""
        self._held_pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        """Decorate each held page, then write them all."""
        state = self.render_state
        total = len(self._held_pages)
        if state.sections:
            state.sections[-1].last_page = total
        for number, page in enumerate(self._held_pages, start=1):
            self.__dict__.update(page)
            for section in state.sections:
                if section.key and section.first_page == number:
                    self.bookmarkPage(section.key)
                    self.addOutlineEntry(section.title, section.key, level=0, closed=False)
            for hook in state.hooks.get(number, ()):
                hook(self, state)
            self._decorate(number, total, state.section_of(number))
            Canvas.showPage(self)
        if state.show_outline:
            self.showOutline()
        Canvas.save(self)

    def _decorate(self, number: int, total: int, section: Section | None) -> None:
        """Footer line with the section's footer text, page number and verification mark."""
        width = self._pagesize[0]
        left, right = (_MARGINS[LANDSCAPE] if width > self._pagesize[1] else _MARGINS[PORTRAIT])[:2]
        self.saveState()
        self.setFont(SANS, 7.5)
        self.setFillColor(colors.HexColor("#444444"))
        text_x = left
        if section is not None and section.verification and number == section.last_page:
            if section.mark_at is not None:
                draw_verification(self, section.verification, *section.mark_at)
            else:
                draw_verification(self, section.verification, left, FOOTER_Y - 5 * mm)
                text_x = left + QR_SIZE + 3 * mm
        if section is None or section.page_numbers:
            self.drawRightString(width - right, FOOTER_Y, f"Halaman {number} dari {total}")
        if section is not None and section.footer:
            self.drawString(text_x, FOOTER_Y, _fit(self, section.footer, width * 0.55))
        self.restoreState()


def _fit(canv: Canvas, text: str, max_width: float) -> str:
    """Shorten text with an ellipsis so a footer never runs into the page number."""
    if canv.stringWidth(text, SANS, 7.5) <= max_width:
        return text
    while text and canv.stringWidth(text + "…", SANS, 7.5) > max_width:
        text = text[:-1]
    return text + "…"


def draw_verification(canv: Canvas, mark: Verification, x: float, y: float) -> None:
    """QR code of the payload with the short code beside it (bottom-left corner at x, y).

    The modules are drawn straight on the canvas: going through ``renderPDF`` would put a
    non-embedded Helvetica into the PDF (the graphics default state), failing "all fonts
    embedded".
    """
    code = qrencoder.QRCode(None, qrencoder.QRErrorCorrectLevel.M)
    code.addData(mark.qr_payload)
    code.make()
    count = code.getModuleCount()
    box = QR_SIZE / count
    canv.saveState()
    canv.setFillColor(colors.black)
    path = canv.beginPath()
    for r, row in enumerate(code.modules):
        c = 0
        for dark, run in itertools.groupby(bool(v) for v in row):
            length = len(list(run))
            if dark:
                path.rect(x + c * box, y + QR_SIZE - (r + 1) * box, length * box, box)
            c += length
    canv.drawPath(path, stroke=0, fill=1)
    canv.setFont(SANS, 7)
    canv.drawString(x + QR_SIZE + 3 * mm, y + QR_SIZE - 7, f"Kode verifikasi: {mark.code}")
    canv.restoreState()


def _template(setup: PageSetup, orientation: str) -> PageTemplate:
    """One frame filling the page inside the margins."""
    width, height = paper_size(setup.paper, orientation)
    left, right, top, bottom = _MARGINS[orientation]
    frame = Frame(
        left,
        bottom,
        width - left - right,
        height - top - bottom,
        id=orientation,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
    )
    return PageTemplate(id=orientation, frames=[frame], pagesize=(width, height))


@dataclass(frozen=True)
class Metadata:
    """PDF document information."""

    title: str
    subject: str = ""
    author: str = ""


def build_pdf(
    story: Sequence[Flowable],
    setup: PageSetup,
    meta: Metadata,
    state: RenderState,
    orientation: str = PORTRAIT,
) -> bytes:
    """Lay out ``story`` on A4/F4 pages starting in ``orientation``; return the PDF bytes.

    Flowables switch orientation with ``NextPageTemplate(PORTRAIT/LANDSCAPE)``.
    """
    register_fonts()
    buffer = io.BytesIO()
    order = [PORTRAIT, LANDSCAPE] if orientation == PORTRAIT else [LANDSCAPE, PORTRAIT]
    letterhead = setup.letterhead
    doc = BaseDocTemplate(
        buffer,
        pagesize=paper_size(setup.paper, orientation),
        title=meta.title,
        subject=meta.subject,
        author=meta.author or letterhead.office_name or next(iter(letterhead.lines), ""),
        creator=CREATOR,
        initialFontName=SERIF,
        initialFontSize=11,
        pageTemplates=[_template(setup, o) for o in order],
        leftMargin=0,
        rightMargin=0,
        topMargin=0,
        bottomMargin=0,
    )
    doc.build(list(story), canvasmaker=partial(DocCanvas, render_state=state))
    return buffer.getvalue()
