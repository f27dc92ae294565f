"""Building blocks every document uses: letterhead, titles, tables, signature blocks.

Each document module builds a list of flowables ("story") from these, so a letter printed alone
and the same letter inside the Berkas Pendirian look identical.
"""

from __future__ import annotations

import io
import logging
from collections.abc import Sequence

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    LongTable,
    Spacer,
    Table,
    TableStyle,
)

from kopdes_desktop.documents.data import DocumentData, DocumentHeader, Letterhead, Signer
from kopdes_desktop.documents.page_template import Section, SectionStart
from kopdes_desktop.documents.styles import SERIF, SERIF_BOLD, esc, markup, para, styles
from kopdes_desktop.domain.formatting import format_long_date

log = logging.getLogger(__name__)

Cell = object
"""A table cell: a flowable, or text that gets wrapped into an escaped Paragraph."""
GRID = colors.HexColor("#333333")
HEAD_BG = colors.HexColor("#E6E6E6")
LOGO_SIZE = 22 * mm


class LetterheadFlowable(Flowable):  # type: ignore[misc]
    """The kop surat: logo on the left, centred name lines, address, contacts, double rule.

    The last name line is the office itself and is printed largest, as on Indonesian letters.
    Lines too wide for the page shrink instead of wrapping.
    """

    def __init__(self, letterhead: Letterhead) -> None:
        super().__init__()
        self.letterhead = letterhead
        self._logo = _logo_reader(letterhead.logo_png)
        self._lines = self._text_lines()

    def _text_lines(self) -> list[tuple[str, str, float]]:
        """(text, font, size) per line, top to bottom."""
        head = self.letterhead
        lines: list[tuple[str, str, float]] = []
        for i, line in enumerate(head.lines):
            last = i == len(head.lines) - 1
            lines.append((line.upper(), SERIF_BOLD, 14.0 if last else 12.0))
        if head.address:
            lines.append((head.address, SERIF, 9.5))
        contacts = [
            f"Telepon {head.phone}" if head.phone else "",
            head.email and f"Surel {head.email}",
        ]
        contact_line = " · ".join(c for c in contacts if c)
        if contact_line:
            lines.append((contact_line, SERIF, 9.5))
        return lines

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        """Full width; as tall as the text or the logo, plus the rules."""
        self.width = avail_width
        text_height = sum(size * 1.18 for _t, _f, size in self._lines)
        self.height = max(text_height, LOGO_SIZE if self._logo else 0) + 4 * mm
        return self.width, self.height

    def draw(self) -> None:
        """Logo, centred lines, then a thick and a thin rule."""
        canv = self.canv
        inset = LOGO_SIZE + 3 * mm if self._logo else 0
        if self._logo is not None:
            canv.drawImage(
                self._logo, 0, self.height - LOGO_SIZE - 1 * mm, LOGO_SIZE, LOGO_SIZE,
                preserveAspectRatio=True, anchor="c", mask="auto",
            )  # fmt: skip
        centre = self.width / 2 + inset / 2
        room = self.width - 2 * inset if inset else self.width
        y = self.height
        for text, font, size in self._lines:
            fitted = min(size, size * room / max(stringWidth(text, font, size), 1))
            y -= size * 1.18
            canv.setFont(font, fitted)
            canv.drawCentredString(centre, y + size * 0.2, text)
        canv.setLineWidth(2)
        canv.line(0, 2.6 * mm, self.width, 2.6 * mm)
        canv.setLineWidth(0.6)
        canv.line(0, 1.6 * mm, self.width, 1.6 * mm)


class CentredLogo(Flowable):  # type: ignore[misc]
    """The office logo alone, centred (covers and certificates); nothing when unreadable."""

    def __init__(self, png: bytes | None, size: float) -> None:
        super().__init__()
        self._logo = _logo_reader(png)
        self.size = size

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        """The logo's square plus a little air, full width."""
        self.width = avail_width
        self.height = self.size + 2 * mm if self._logo else 0
        return self.width, self.height

    def draw(self) -> None:
        """Draw the logo in the middle."""
        if self._logo is not None:
            self.canv.drawImage(
                self._logo, (self.width - self.size) / 2, 2 * mm, self.size, self.size,
                preserveAspectRatio=True, anchor="c", mask="auto",
            )  # fmt: skip


def _logo_reader(png: bytes | None) -> ImageReader | None:
    """The logo as an image, or None (with a log line) when the bytes are not an image."""
    if not png:
        return None
    try:
        reader = ImageReader(io.BytesIO(png))
        reader.getSize()
    except Exception:
        log.warning("letterhead logo is not a readable image; printing without it")
        return None
    return reader


def footer_text(title: str, number: str = "", extra: str = "") -> str:
    """The small text at the foot of each page: what the paper is, so loose pages find home."""
    parts = [title, f"Nomor {number}" if number else "", extra]
    return " · ".join(p for p in parts if p)


def opening(
    data: DocumentData,
    title: str,
    *,
    outline: bool = False,
    letterhead: bool = True,
    footer_extra: str = "",
    page_numbers: bool = True,
) -> list[Flowable]:
    """Start of a document: its section marker (footer, verification, bookmark) and kop."""
    section = Section(
        title=title,
        footer=footer_text(title, data.header.number, footer_extra),
        verification=data.verification,
        outline=outline,
        page_numbers=page_numbers,
    )
    story: list[Flowable] = [SectionStart(section)]
    if letterhead and (data.setup.letterhead.lines or data.setup.letterhead.logo_png):
        story += [LetterheadFlowable(data.setup.letterhead), Spacer(1, 5 * mm)]
    return story


def title_block(title: str, number: str = "", subtitle: str = "") -> list[Flowable]:
    """Underlined bold title, optional subtitle and "Nomor: …" line, centred."""
    st = styles()
    story: list[Flowable] = [markup(f"<u>{esc(title.upper())}</u>", st.title)]
    if subtitle:
        story.append(para(subtitle, st.subtitle))
    if number:
        story.append(para(f"Nomor: {number}", st.subtitle))
    story.append(Spacer(1, 5 * mm))
    return story


def dateline(header: DocumentHeader) -> str:
    """``Jakarta, 31 Mei 2025`` (just the date when the place is unknown)."""
    when = format_long_date(header.issued_date)
    return f"{header.place}, {when}" if header.place else when


def _signer_cell(signer: Signer, top_line: str | None) -> list[Flowable]:
    """Title, room to sign, underlined bold name and NIP."""
    st = styles()
    cell: list[Flowable] = []
    if top_line is not None:
        cell.append(para(top_line or "\u00a0", st.sign))
    cell.append(para(signer.title, st.sign))
    cell.append(Spacer(1, 16 * mm))
    cell.append(markup(f"<u>{esc(signer.name) or '(' + '.' * 40 + ')'}</u>", st.sign_name))
    if signer.nip:
        cell.append(para(f"NIP {signer.nip}", st.sign))
    return cell


def signature_block(
    signers: Sequence[Signer],
    width: float,
    header: DocumentHeader | None = None,
    per_row: int = 3,
    lead: Sequence[Flowable] = (),
    witnesses: Sequence[Signer] = (),
) -> list[Flowable]:
    """The signature rows, the first kept on one page with ``lead`` (the closing sentence).

    A page then never holds signatures alone, while a second row (the lurah "Mengetahui")
    may move to the next page instead of dragging everything along and leaving a half-empty
    page. KeepTogether must not be nested (the inner one reports an infinite height), hence
    the flat list; see ``signature_rows`` for the layout.
    """
    parts = signature_rows(signers, width, header, per_row, lead, witnesses)
    if not parts:
        return []
    first_row = next((i for i, p in enumerate(parts) if isinstance(p, Table)), len(parts) - 1)
    return [KeepTogether(parts[: first_row + 2]), *parts[first_row + 2 :]]


def signature_rows(
    signers: Sequence[Signer],
    width: float,
    header: DocumentHeader | None = None,
    per_row: int = 3,
    lead: Sequence[Flowable] = (),
    witnesses: Sequence[Signer] = (),
) -> list[Flowable]:
    """Signers in rows of up to ``per_row`` columns, dateline above the first row's last.

    One signer signs on the right half (the Indonesian letter layout); a last short row is
    centred and, like the ``witnesses`` row, headed "Mengetahui," (chairs above, the lurah
    acknowledging below).
    """
    if not signers and not witnesses:
        return list(lead)
    rows = [list(signers[i : i + per_row]) for i in range(0, len(signers), per_row)]
    acknowledging = len(rows) > 1 and len(rows[-1]) < per_row
    heads = [False] * (len(rows) - 1) + [acknowledging] if rows else []
    rows += [list(witnesses[i : i + per_row]) for i in range(0, len(witnesses), per_row)]
    heads += [True] * (len(rows) - len(heads))
    parts: list[Flowable] = [*lead, Spacer(1, 4 * mm)]
    line = dateline(header) if header is not None else ""
    for index, (row, known) in enumerate(zip(rows, heads, strict=True)):
        tops: list[str | None] = [line if i == len(row) - 1 else "" for i in range(len(row))]
        if index > 0:
            tops = ["Mengetahui," if known else None] * len(row)
        cells: list[object] = [_signer_cell(s, top) for s, top in zip(row, tops, strict=True)]
        if len(rows) == 1 and len(row) == 1:
            cells = ["", *cells]
        col = width / max(len(cells), 2)
        table = Table([cells], colWidths=[col] * len(cells), hAlign="CENTER")
        table.setStyle(
            TableStyle(
                [
                    ("FONT", (0, 0), (-1, -1), SERIF, 11),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("ALIGN", (0, 0), (-1, -1), "CENTER"),
                ]
            )
        )
        parts += [table, Spacer(1, 4 * mm)]
    return parts


def table_style(dense: bool, header_rows: int = 1) -> TableStyle:
    """Grid, grey header, top-aligned cells, tight padding."""
    pad = 2.2 if dense else 3
    return TableStyle(
        [
            ("FONT", (0, 0), (-1, -1), SERIF, 9.5),
            ("GRID", (0, 0), (-1, -1), 0.5, GRID),
            ("BACKGROUND", (0, 0), (-1, header_rows - 1), HEAD_BG),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("VALIGN", (0, 0), (-1, header_rows - 1), "MIDDLE"),
            ("LEFTPADDING", (0, 0), (-1, -1), pad),
            ("RIGHTPADDING", (0, 0), (-1, -1), pad),
            ("TOPPADDING", (0, 0), (-1, -1), pad - 0.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), pad),
        ]
    )


def data_table(
    head: Sequence[str],
    rows: Sequence[Sequence[Cell]],
    widths: Sequence[float],
    dense: bool = False,
    extra_style: Sequence[tuple[object, ...]] = (),
) -> LongTable:
    """A gridded table whose header row repeats on every page it runs onto.

    Cells are Paragraphs so long names wrap inside their column; plain strings are wrapped
    into Paragraphs here (escaped), numbers right-aligned are the caller's choice of style.
    """
    st = styles()
    head_style = st.dense_head if dense else st.cell_head
    body_style = st.dense if dense else st.cell
    data: list[list[Cell]] = [[para(h, head_style) for h in head]]
    data += [[para(c, body_style) if isinstance(c, str) else c for c in row] for row in rows]
    table = LongTable(data, colWidths=list(widths), repeatRows=1, hAlign="LEFT")
    style = table_style(dense)
    for command in extra_style:
        style.add(*command)
    table.setStyle(style)
    return table


def bare_table(
    rows: Sequence[Sequence[Cell]],
    widths: Sequence[float],
    top_pad: float = 0.5,
    bottom_pad: float = 0.5,
) -> Table:
    """A borderless, top-aligned, unpadded table: the tool for aligning text blocks."""
    table = Table([list(r) for r in rows], colWidths=list(widths), hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), SERIF, 11),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 2),
                ("TOPPADDING", (0, 0), (-1, -1), top_pad),
                ("BOTTOMPADDING", (0, 0), (-1, -1), bottom_pad),
            ]
        )
    )
    return table


def kv_table(
    pairs: Sequence[tuple[str, str]],
    width: float,
    label_width: float = 55 * mm,
    compact: bool = False,
) -> Table:
    """Lines of "Label : value" without a grid, for identities and meeting details."""
    st = styles()
    style = st.cell if compact else st.body_left
    rows = [[para(label, style), para(":", style), para(value or "-", style)]
            for label, value in pairs]  # fmt: skip
    return bare_table(rows, [label_width, 4 * mm, width - label_width - 4 * mm])


def labelled(label: str, content: Flowable, width: float, label_width: float) -> Table:
    """A "Label :" followed by a block (a list, a table) aligned with kv_table lines."""
    st = styles()
    row = [para(label, st.body_left), para(":", st.body_left), content]
    return bare_table([row], [label_width, 4 * mm, width - label_width - 4 * mm])


def indented(flowable: Flowable, width: float, indent: float = 10 * mm) -> Table:
    """Shift a block to the right (meeting details inside a letter)."""
    return bare_table([["", flowable]], [indent, width - indent], top_pad=0, bottom_pad=0)


def numbered_list(
    items: Sequence[str], width: float, style_name: str = "body", markers: str = ""
) -> Table:
    """Items (trusted markup) as "a." / "1." hanging-indent lines; letters when given."""
    st = styles()
    style = getattr(st, style_name)
    rows: list[list[Cell]] = []
    for i, text in enumerate(items):
        marker = f"{markers[i]}." if i < len(markers) else f"{i + 1}."
        rows.append([para(marker, st.body_left), markup(text, style)])
    return bare_table(rows, [8 * mm, width - 8 * mm], top_pad=0, bottom_pad=2)
