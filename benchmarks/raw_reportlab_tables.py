"""Plain-ReportLab baseline for the documents benchmark: the same table, none of our layer.

``draw_same_tables(rows)`` lays out the rows of a Daftar Pendiri exactly as the program's
table does (landscape A4, the same shipped TrueType fonts, Paragraph cells, a header row that
repeats on every page, grid and padding), but with a bare ``SimpleDocTemplate``: no
letterhead, no footer canvas, no "Halaman X dari Y", no signature block, no metadata. The
benchmark divides the program's time by this one to price our layer (target ≤ 2×).

Rows come from ``kopdes_desktop.documents.daftar_pendiri.founder_cells`` so both sides set
the very same text.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from functools import cache

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import LongTable, Paragraph, SimpleDocTemplate, TableStyle

from kopdes_desktop.resources import resource_path

HEAD = ("No", "Nama Lengkap", "Tempat, Tanggal Lahir", "Alamat Lengkap", "NIK", "Pekerjaan",
        "Kewarga- negaraan")  # fmt: skip
WIDTHS_MM = (9, 46, 36, 94, 30, 30, 22)
_FONT = "RawSerif"
_FONT_BOLD = "RawSerif-Bold"


@cache
def _styles() -> tuple[ParagraphStyle, ParagraphStyle]:
    """Register the fonts once (as a careful raw user would) and build the two cell styles."""
    pdfmetrics.registerFont(
        TTFont(_FONT, str(resource_path("fonts", "LiberationSerif-Regular.ttf")))
    )
    pdfmetrics.registerFont(
        TTFont(_FONT_BOLD, str(resource_path("fonts", "LiberationSerif-Bold.ttf")))
    )
    pdfmetrics.registerFontFamily(
        _FONT, normal=_FONT, bold=_FONT_BOLD, italic=_FONT, boldItalic=_FONT_BOLD
    )
    body = ParagraphStyle("raw_cell", fontName=_FONT, fontSize=9.5, leading=11.5)
    head = ParagraphStyle("raw_head", parent=body, fontName=_FONT_BOLD, alignment=1)
    return body, head


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def draw_same_tables(rows: Sequence[Sequence[str]]) -> bytes:
    """PDF bytes of ``rows`` (7 texts each, as ``founder_cells`` returns) in one long table."""
    body, head = _styles()
    data = [[Paragraph(h, head) for h in HEAD]]
    data += [[Paragraph(_escape(cell), body) for cell in row] for row in rows]
    table = LongTable(data, colWidths=[w * mm for w in WIDTHS_MM], repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), _FONT, 9.5),
                ("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#333333")),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#E6E6E6")),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 3),
                ("RIGHTPADDING", (0, 0), (-1, -1), 3),
                ("TOPPADDING", (0, 0), (-1, -1), 2.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ]
        )
    )
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer, pagesize=landscape(A4), leftMargin=15 * mm, rightMargin=15 * mm,
        topMargin=14 * mm, bottomMargin=22 * mm, initialFontName=_FONT,
    )  # fmt: skip
    doc.build([table])
    return buffer.getvalue()
