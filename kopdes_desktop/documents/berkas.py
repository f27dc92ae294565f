"""Berkas Pendirian: the whole formation set as one PDF for the notary.

Cover, contents page, then Berita Acara, Daftar Hadir, Daftar Pendiri, Susunan Pengurus dan
Pengawas, Surat Kuasa, Bukti Setoran Modal, Rencana Awal Kegiatan Usaha and Profil Koperasi,
each starting on a new page in its own orientation, with a PDF bookmark per section and
"Halaman X dari Y" counted over the whole berkas. The contents page gets its page numbers
when the pages are finished (see page_template), so the berkas is laid out only once.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from types import ModuleType
from typing import Any

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, NextPageTemplate, PageBreak, Spacer

from kopdes_desktop.documents import (
    berita_acara,
    bukti_setoran,
    daftar_hadir,
    daftar_pendiri,
    profil,
    rencana_usaha,
    surat_kuasa,
    susunan_pengurus,
)
from kopdes_desktop.documents.data import BerkasData, DocumentData
from kopdes_desktop.documents.layout import CentredLogo, opening
from kopdes_desktop.documents.page_template import (
    PORTRAIT,
    Metadata,
    PageHookMark,
    RenderState,
    Section,
    SectionStart,
    build_pdf,
)
from kopdes_desktop.documents.styles import SERIF, SERIF_BOLD, para, styles
from kopdes_desktop.documents.text import area_line
from kopdes_desktop.domain.formatting import format_long_date

TITLE = "Berkas Pendirian Koperasi"
CONTENTS = "Daftar Isi"
AUDIT_LINE = "Kode jejak audit saat dicetak"
ORIENTATION = PORTRAIT
LINE = 9 * mm
_SECTIONS: tuple[tuple[str, ModuleType], ...] = (
    ("berita_acara", berita_acara),
    ("daftar_hadir", daftar_hadir),
    ("daftar_pendiri", daftar_pendiri),
    ("susunan_pengurus", susunan_pengurus),
    ("surat_kuasa", surat_kuasa),
    ("bukti_setoran", bukti_setoran),
    ("rencana_usaha", rencana_usaha),
    ("profil", profil),
)


class ContentsFlowable(Flowable):  # type: ignore[misc]
    """Reserves room for the contents lines; they are drawn once page numbers are known."""

    def __init__(self, sections: list[Section]) -> None:
        super().__init__()
        self.sections = sections

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        """One line per section."""
        self.width = avail_width
        self.height = LINE * len(self.sections)
        return self.width, self.height

    def draw(self) -> None:
        """Remember where the lines go and ask the canvas to draw them at the end."""
        x0, y0 = self.canv.absolutePosition(0, 0)
        width, height = self.width, self.height
        sections = self.sections

        def draw_lines(canv: Canvas, _state: RenderState) -> None:
            _draw_contents(canv, sections, x0, y0 + height, width)

        PageHookMark(draw_lines).drawOn(self.canv, 0, 0)


def _draw_contents(
    canv: Canvas, sections: list[Section], x: float, top: float, width: float
) -> None:
    """Numbered titles, dot leaders and right-aligned page numbers, each line a link."""
    canv.saveState()
    size = 11.5
    for i, section in enumerate(sections, start=1):
        y = top - i * LINE + 3 * mm
        title = f"{i}.  {section.title}"
        page = str(section.first_page)
        canv.setFont(SERIF, size)
        canv.drawString(x, y, title)
        start = x + canv.stringWidth(title, SERIF, size) + 2 * mm
        end = x + width - canv.stringWidth(page, SERIF, size) - 2 * mm
        dots = "." * max(int((end - start) / canv.stringWidth(".", SERIF, size)), 0)
        canv.drawRightString(end, y, dots)  # before the number, so copied text reads in order
        canv.drawRightString(x + width, y, page)
        if section.key:
            canv.linkRect("", section.key, (x, y - 2, x + width, y + size), relative=0)
    canv.restoreState()


def _cover(data: BerkasData) -> list[Flowable]:
    st = styles()
    info = data.cooperative
    head = data.setup.letterhead
    items: list[Flowable] = []
    cover = opening(data, "Sampul", outline=True, letterhead=False)
    cover[0].section.footer = f"{TITLE} · {info.cooperative.name}"
    items += cover
    items += [Spacer(1, 30 * mm), CentredLogo(head.logo_png, 35 * mm), Spacer(1, 12 * mm)]
    big = st.title.clone("cover_big", fontSize=24, leading=30, fontName=SERIF_BOLD)
    mid = st.title.clone("cover_mid", fontSize=17, leading=22)
    items += [para("BERKAS PENDIRIAN", big), Spacer(1, 6 * mm)]
    items += [para(info.cooperative.name.upper(), mid), Spacer(1, 4 * mm)]
    items += [para(area_line(info), st.subtitle), Spacer(1, 70 * mm)]
    office = head.office_name or (head.lines[-1] if head.lines else "")
    if office:
        items.append(para(f"Disusun oleh {office}", st.subtitle))
    items.append(para(format_long_date(data.header.issued_date), st.subtitle))
    if data.audit_head:
        items += [Spacer(1, 8 * mm), para(f"{AUDIT_LINE}: {data.audit_head}", st.small)]
    return items


def _contents(data: BerkasData, sections: list[Section]) -> list[Flowable]:
    st = styles()
    start = SectionStart(Section(title=CONTENTS, footer=f"{TITLE} · {CONTENTS}", outline=True))
    return [
        start,
        para(CONTENTS.upper(), st.title),
        Spacer(1, 10 * mm),
        ContentsFlowable(sections),
    ]


def parts(data: BerkasData) -> list[tuple[DocumentData, Callable[..., list[Flowable]], str]]:
    """The sections present, each with the berkas' page setup, its story and orientation."""
    found: list[tuple[DocumentData, Callable[..., list[Flowable]], str]] = []
    for field_name, module in _SECTIONS:
        part: Any = getattr(data, field_name)
        if part is not None:
            found.append((replace(part, setup=data.setup), module.story, module.ORIENTATION))
    return found


def story(data: BerkasData, *, outline: bool = True) -> list[Flowable]:
    """Cover, contents and every section on its own pages."""
    body: list[Flowable] = []
    sections: list[Section] = []
    for part, make_story, orientation in parts(data):
        section_story = make_story(part, outline=True)
        sections.append(section_story[0].section)
        body += [NextPageTemplate(orientation), PageBreak(), *section_story]
    items = _cover(data)
    items += [NextPageTemplate(PORTRAIT), PageBreak(), *_contents(data, sections)]
    return items + body


def render(data: BerkasData) -> bytes:
    """PDF bytes of the whole berkas, bookmarks shown when opened."""
    state = RenderState(show_outline=True)
    meta = Metadata(title=f"{TITLE} {data.cooperative.cooperative.name}", subject=TITLE)
    return build_pdf(story(data), data.setup, meta, state, ORIENTATION)
