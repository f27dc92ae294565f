"""Fonts and paragraph styles shared by every document.

Fonts are the Liberation families shipped in ``resources/fonts`` (SIL OFL 1.1): Serif looks like
the Times New Roman that Indonesian offices write letters in, Sans keeps dense tables readable.
They are registered with ReportLab once per process (parsing a TTF costs tens of
milliseconds, which would dominate a batch of 267 profiles); ReportLab embeds a subset of
each font used in every PDF, so nothing depends on fonts installed on the computer.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from xml.sax.saxutils import escape

from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph

from kopdes_desktop.resources import resource_path

SERIF = "KopdesSerif"
SERIF_BOLD = "KopdesSerif-Bold"
SERIF_ITALIC = "KopdesSerif-Italic"
SERIF_BOLD_ITALIC = "KopdesSerif-BoldItalic"
SANS = "KopdesSans"
SANS_BOLD = "KopdesSans-Bold"

_FONT_FILES: dict[str, str] = {
    SERIF: "LiberationSerif-Regular.ttf",
    SERIF_BOLD: "LiberationSerif-Bold.ttf",
    SERIF_ITALIC: "LiberationSerif-Italic.ttf",
    SERIF_BOLD_ITALIC: "LiberationSerif-BoldItalic.ttf",
    SANS: "LiberationSans-Regular.ttf",
    SANS_BOLD: "LiberationSans-Bold.ttf",
}


@cache
def register_fonts() -> None:
    """Register the shipped fonts and their bold/italic families, once per process."""
    for name, filename in _FONT_FILES.items():
        pdfmetrics.registerFont(TTFont(name, str(resource_path("fonts", filename))))
    pdfmetrics.registerFontFamily(
        SERIF, normal=SERIF, bold=SERIF_BOLD, italic=SERIF_ITALIC, boldItalic=SERIF_BOLD_ITALIC
    )
    pdfmetrics.registerFontFamily(
        SANS, normal=SANS, bold=SANS_BOLD, italic=SANS, boldItalic=SANS_BOLD
    )


@dataclass(frozen=True)
class Styles:
    """The paragraph styles of our documents, built once (ParagraphStyle is mutable: don't edit)."""

    body: ParagraphStyle
    body_left: ParagraphStyle
    title: ParagraphStyle
    subtitle: ParagraphStyle
    heading: ParagraphStyle
    small: ParagraphStyle
    cell: ParagraphStyle
    cell_center: ParagraphStyle
    cell_right: ParagraphStyle
    cell_head: ParagraphStyle
    cell_head_right: ParagraphStyle
    dense: ParagraphStyle
    dense_center: ParagraphStyle
    dense_right: ParagraphStyle
    dense_head: ParagraphStyle
    sign: ParagraphStyle
    sign_name: ParagraphStyle
    right: ParagraphStyle


def _style(name: str, **kw: object) -> ParagraphStyle:
    """A ParagraphStyle with our serif defaults."""
    base: dict[str, object] = {"fontName": SERIF, "fontSize": 11, "leading": 13.8}
    base.update(kw)
    return ParagraphStyle(name, **base)


@cache
def styles() -> Styles:
    """The shared styles (fonts registered first)."""
    register_fonts()
    cell = {"fontSize": 9.5, "leading": 11.5}
    dense = {"fontName": SANS, "fontSize": 7.8, "leading": 9.4}
    return Styles(
        body=_style("body", alignment=TA_JUSTIFY, spaceAfter=4),
        body_left=_style("body_left", alignment=TA_LEFT),
        title=_style("title", fontName=SERIF_BOLD, fontSize=13, leading=16, alignment=TA_CENTER),
        subtitle=_style("subtitle", alignment=TA_CENTER, fontSize=11, leading=14),
        heading=_style("heading", fontName=SERIF_BOLD, spaceBefore=6, spaceAfter=3),
        small=_style("small", fontSize=8, leading=9.6),
        cell=_style("cell", **cell),
        cell_center=_style("cell_center", alignment=TA_CENTER, **cell),
        cell_right=_style("cell_right", alignment=TA_RIGHT, **cell),
        cell_head=_style("cell_head", fontName=SERIF_BOLD, alignment=TA_CENTER, **cell),
        cell_head_right=_style("cell_head_right", fontName=SERIF_BOLD, alignment=TA_RIGHT, **cell),
        dense=_style("dense", **dense),
        dense_center=_style("dense_center", alignment=TA_CENTER, **dense),
        dense_right=_style("dense_right", alignment=TA_RIGHT, **dense),
        dense_head=_style("dense_head", alignment=TA_CENTER, **{**dense, "fontName": SANS_BOLD}),
        sign=_style("sign", alignment=TA_CENTER),
        sign_name=_style("sign_name", alignment=TA_CENTER, fontName=SERIF_BOLD),
        right=_style("right", alignment=TA_RIGHT),
    )


def esc(text: object) -> str:
    """Text made safe for Paragraph markup (&, <, > and quotes); newlines become breaks.

    Names such as "Sawang Ba'u" or "PT Maju & Jaya" otherwise break the mini-XML parser.
    """
    safe = escape(str(text), {'"': "&quot;", "'": "&#39;"})
    return safe.replace("\n", "<br/>")


def para(text: object, style: ParagraphStyle) -> Paragraph:
    """A Paragraph of plain (escaped) text."""
    return Paragraph(esc(text), style)


def markup(text: str, style: ParagraphStyle) -> Paragraph:
    """A Paragraph of trusted markup (callers escape the data they insert)."""
    return Paragraph(text, style)
