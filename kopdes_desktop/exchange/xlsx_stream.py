"""A streaming .xlsx writer: sheet XML written by hand, one row at a time, straight into the ZIP.

openpyxl builds a cell object per value (even in write-only mode) and takes minutes and much
memory for a national workbook (hundreds of thousands of board seats and units). The rekap
needs only a few kinds of cells, so this module writes them itself: inline strings, numbers,
booleans and dates as serial numbers, with a fixed style table (header, dates, counts, Rupiah,
protected text). Values follow ``safe_cells``: text is always a string cell (never a
formula), and text a spreadsheet would re-interpret when edited gets the quote prefix and the
Text format. Parts go through the package's ZIP writer (``zip_writer``: fixed ZIP times and
modes, ISA-L deflate), so the same data gives the same bytes; the stream must be seekable.
"""

from __future__ import annotations

import contextlib
import itertools
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import IO, Any

from kopdes_desktop.exchange.safe_cells import (
    DATE_FORMAT,
    DATETIME_FORMAT,
    looks_numeric,
    needs_formula_escape,
)
from kopdes_desktop.exchange.zip_writer import DeflateStream, ZipWriter

_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f]")
"""Control characters XML 1.0 cannot hold (the ones openpyxl refuses)."""
_EPOCH = date(1899, 12, 30)
_CHUNK_ROWS = 2_000

RUPIAH_FORMAT = "[$Rp-421]#,##0"
"""Rupiah with Indonesian grouping (locale 0x421 = Indonesian) in Excel and LibreOffice."""
COUNT_FORMAT = "#,##0"
HEADER_FILL = "FFDDE4EE"
HEADER_BORDER = "FF7F8FA6"

# cellXfs, in the order of _STYLES below
PLAIN, HEADER, DATE, DATETIME, TEXT, BOLD, INTEGER, COUNT, RUPIAH = range(9)
NUMBER_STYLES = {"0": INTEGER, COUNT_FORMAT: COUNT, RUPIAH_FORMAT: RUPIAH}
"""Number formats a column may ask for, and their style."""

_STYLES = f"""<styleSheet xmlns="{_MAIN}">\
<numFmts count="3"><numFmt numFmtId="164" formatCode="{DATE_FORMAT}"/>\
<numFmt numFmtId="165" formatCode="{DATETIME_FORMAT}"/>\
<numFmt numFmtId="166" formatCode="{RUPIAH_FORMAT}"/></numFmts>\
<fonts count="2"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font>\
<font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>\
<fills count="3"><fill><patternFill patternType="none"/></fill>\
<fill><patternFill patternType="gray125"/></fill>\
<fill><patternFill patternType="solid"><fgColor rgb="{HEADER_FILL}"/>\
<bgColor rgb="{HEADER_FILL}"/></patternFill></fill></fills>\
<borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border>\
<border><left/><right/><top/><bottom style="thin"><color rgb="{HEADER_BORDER}"/></bottom>\
<diagonal/></border></borders>\
<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>\
<cellXfs count="9"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>\
<xf numFmtId="0" fontId="1" fillId="2" borderId="1" xfId="0" applyFont="1" applyFill="1" \
applyBorder="1" applyAlignment="1"><alignment vertical="center" wrapText="1"/></xf>\
<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>\
<xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>\
<xf numFmtId="49" fontId="0" fillId="0" borderId="0" xfId="0" quotePrefix="1" \
applyNumberFormat="1"/>\
<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>\
<xf numFmtId="1" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>\
<xf numFmtId="3" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>\
<xf numFmtId="166" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>\
</cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>\
</styleSheet>"""


def column_letter(index: int) -> str:
    """Spreadsheet column name of a 1-based index (1 → A, 27 → AA)."""
    letters = ""
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def _escape(text: str) -> str:
    if "&" in text:
        text = text.replace("&", "&amp;")
    if "<" in text:
        text = text.replace("<", "&lt;")
    if ">" in text:
        text = text.replace(">", "&gt;")
    return text


def _text(ref: str, value: str, style: int | None = None) -> str:
    """An inline string cell: cleaned, escaped, protected when it could be re-interpreted."""
    text = _ILLEGAL.sub("", value) if _ILLEGAL.search(value) else value
    if not text:
        return ""
    if style is None:
        style = TEXT if needs_formula_escape(text) or looks_numeric(text) else PLAIN
    space = ' xml:space="preserve"' if text != text.strip() else ""
    attr = f' s="{style}"' if style else ""
    return f'<c r="{ref}"{attr} t="inlineStr"><is><t{space}>{_escape(text)}</t></is></c>'


def _local(moment: datetime) -> datetime:
    """xlsx has no time zones: an aware time is shown as the local clock shows it."""
    return moment.astimezone().replace(tzinfo=None) if moment.tzinfo is not None else moment


def cell(ref: str, value: Any, number_style: int = PLAIN) -> str:
    """The XML of one cell (empty for None and empty text: a blank cell)."""
    if value is None:
        return ""
    if isinstance(value, str):
        return _text(ref, value)
    if isinstance(value, bool):
        return f'<c r="{ref}" t="b"><v>{int(value)}</v></c>'
    if isinstance(value, int | float | Decimal):
        attr = f' s="{number_style}"' if number_style else ""
        return f'<c r="{ref}"{attr}><v>{value}</v></c>'
    if isinstance(value, datetime):
        moment = _local(value)
        day = moment - datetime(1899, 12, 30)
        serial = day.days + (day.seconds + day.microseconds / 1e6) / 86400
        return f'<c r="{ref}" s="{DATETIME}"><v>{serial!r}</v></c>'
    if isinstance(value, date):
        return f'<c r="{ref}" s="{DATE}"><v>{(value - _EPOCH).days}</v></c>'
    return _text(ref, str(value))


_MAYBE_SPECIAL = re.compile(
    "^[\\s=+\\-@\uff1d\uff0b\uff0d\uff20\\d.,]|[\x00-\x08\x0b\x0c\x0e-\x1f&<>]|\\s$"
)
"""Text that may need more than a plain inline string: protection (formula or number shape),
escaping, cleaning or preserved spaces. Matching only sends it down the exact path."""
_PLAIN_TEXT = '<c r="%s" t="inlineStr"><is><t>%s</t></is></c>'
_PLAIN_INT = '<c r="%s"><v>%d</v></c>'


def _column(refs: list[str], values: list[Any], number_style: int) -> list[str]:
    """The cells of one column of a chunk of rows."""
    special = _MAYBE_SPECIAL.search
    number = f'<c r="%s" s="{number_style}"><v>%d</v></c>' if number_style else _PLAIN_INT
    return [
        _PLAIN_TEXT % (ref, v)
        if type(v) is str and v and not special(v)
        else ""
        if v is None
        else number % (ref, v)
        if type(v) is int
        else cell(ref, v, number_style)
        for ref, v in zip(refs, values, strict=True)
    ]


@dataclass(frozen=True)
class SheetColumn:
    """A column of a streamed sheet: header, width in characters, value getter, number style."""

    header: str
    width: float
    value: Callable[[Any], Any]
    number_format: str | None = None


class _Sheet:
    """Metadata of a sheet written: its name, and the ranges the workbook must name."""

    def __init__(self, title: str, rows: int, columns: int, table: bool) -> None:
        self.title, self.rows, self.columns, self.table = title, rows, columns, table

    @property
    def quoted(self) -> str:
        return "'" + self.title.replace("'", "''") + "'"


class XlsxWriter:
    """Writes a workbook into a binary stream; sheets in order, then ``close``."""

    def __init__(self, stream: IO[bytes], moment: datetime, creator: str) -> None:
        self._zip = ZipWriter(stream)
        self._moment, self._creator = moment, creator
        self._sheets: list[_Sheet] = []

    def _part(self, name: str) -> contextlib.AbstractContextManager[DeflateStream]:
        return self._zip.entry(name)

    def _write(self, name: str, text: str) -> None:
        with self._part(name) as fh:
            fh.write(text.encode("utf-8"))

    def table(self, title: str, columns: Sequence[SheetColumn], rows: Iterable[Any]) -> int:
        """A sheet with a frozen, filtered header row and one line per row object; the count.

        Rows are rendered a chunk and a column at a time, with a shortcut for the common
        text cell that needs no escaping and no protection (one regular-expression test)."""
        number = len(self._sheets) + 1
        letters = [column_letter(i) for i in range(1, len(columns) + 1)]
        plan = [
            (letter, c.value, NUMBER_STYLES.get(c.number_format or "", PLAIN))
            for letter, c in zip(letters, columns, strict=True)
        ]
        count = 0
        with self._part(f"xl/worksheets/sheet{number}.xml") as fh:
            head = "".join(
                _text(f"{letter}1", c.header, HEADER)
                for letter, c in zip(letters, columns, strict=True)
            )
            fh.write(
                (
                    self._sheet_start(columns, frozen=True)
                    + f'<row r="1" ht="32" customHeight="1">{head}</row>'
                ).encode("utf-8")
            )
            it = iter(rows)
            while chunk := list(itertools.islice(it, _CHUNK_ROWS)):
                numbers = range(count + 2, count + 2 + len(chunk))
                cells = [
                    _column([f"{letter}{r}" for r in numbers], list(map(get, chunk)), style)
                    for letter, get, style in plan
                ]
                lines = zip(numbers, zip(*cells, strict=True), strict=True)
                text = "".join([f'<row r="{r}">{"".join(line)}</row>' for r, line in lines])
                fh.write(text.encode("utf-8"))
                count += len(chunk)
            last = f"{letters[-1]}{max(count + 1, 2)}"
            fh.write(f'</sheetData><autoFilter ref="A1:{last}"/>{_PAGE}</worksheet>'.encode())
        self._sheets.append(_Sheet(title, count, len(columns), table=True))
        return count

    def pairs(self, title: str, widths: Sequence[float], lines: Sequence[tuple[str, Any]]) -> None:
        """A two-column sheet of bold labels and their values (the notes sheet)."""
        number = len(self._sheets) + 1
        columns = [SheetColumn("", w, str) for w in widths]
        rows = [
            f'<row r="{r}">{_text(f"A{r}", label, BOLD)}{cell(f"B{r}", value)}</row>'
            for r, (label, value) in enumerate(lines, start=1)
        ]
        body = self._sheet_start(columns, frozen=False) + "".join(rows)
        self._write(f"xl/worksheets/sheet{number}.xml", f"{body}</sheetData>{_PAGE}</worksheet>")
        self._sheets.append(_Sheet(title, len(lines), len(widths), table=False))

    @staticmethod
    def _sheet_start(columns: Sequence[SheetColumn], frozen: bool) -> str:
        pane = (
            '<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>'
            '<selection pane="bottomLeft" activeCell="A2" sqref="A2"/>'
            if frozen
            else ""
        )
        cols = "".join(
            f'<col min="{i}" max="{i}" width="{c.width}" customWidth="1"/>'
            for i, c in enumerate(columns, start=1)
        )
        return (
            f'{_HEAD}<worksheet xmlns="{_MAIN}" xmlns:r="{_REL}">'
            f'<sheetViews><sheetView workbookViewId="0">{pane}</sheetView></sheetViews>'
            f'<sheetFormatPr defaultRowHeight="15"/><cols>{cols}</cols><sheetData>'
        )

    def close(self) -> None:
        """The workbook, its relationships, styles and properties; then the ZIP directory."""
        sheets = "".join(
            f'<sheet name="{_escape(s.title)}" sheetId="{i}" r:id="rId{i}"/>'
            for i, s in enumerate(self._sheets, start=1)
        )
        names = "".join(
            f'<definedName name="_xlnm._FilterDatabase" localSheetId="{i}" hidden="1">'
            f"{_escape(s.quoted)}!$A$1:${column_letter(s.columns)}${max(s.rows + 1, 2)}"
            "</definedName>"
            f'<definedName name="_xlnm.Print_Titles" localSheetId="{i}">'
            f"{_escape(s.quoted)}!$1:$1</definedName>"
            for i, s in enumerate(self._sheets)
            if s.table
        )
        self._write(
            "xl/workbook.xml",
            f'{_HEAD}<workbook xmlns="{_MAIN}" xmlns:r="{_REL}"><bookViews><workbookView/>'
            f"</bookViews><sheets>{sheets}</sheets><definedNames>{names}</definedNames>"
            "</workbook>",
        )
        count = len(self._sheets)
        rels = "".join(
            f'<Relationship Id="rId{i}" Type="{_REL}/worksheet" Target="worksheets/sheet{i}.xml"/>'
            for i in range(1, count + 1)
        )
        self._write(
            "xl/_rels/workbook.xml.rels",
            f'{_HEAD}<Relationships xmlns="{_PKG_REL}">{rels}<Relationship Id="rId{count + 1}"'
            f' Type="{_REL}/styles" Target="styles.xml"/></Relationships>',
        )
        self._write("xl/styles.xml", _HEAD + _STYLES)
        self._write("docProps/core.xml", self._core())
        self._write("[Content_Types].xml", _content_types(count))
        self._write(
            "_rels/.rels",
            f'{_HEAD}<Relationships xmlns="{_PKG_REL}">'
            f'<Relationship Id="rId1" Type="{_REL}/officeDocument" Target="xl/workbook.xml"/>'
            f'<Relationship Id="rId2" Type="{_PKG_REL}/metadata/core-properties"'
            ' Target="docProps/core.xml"/></Relationships>',
        )
        self._zip.close()

    def abort(self) -> None:
        """Nothing to close after a failure (the caller discards the stream)."""

    def _core(self) -> str:
        stamp = self._moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
        return (
            f"{_HEAD}<cp:coreProperties"
            ' xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties"'
            ' xmlns:dc="http://purl.org/dc/elements/1.1/"'
            ' xmlns:dcterms="http://purl.org/dc/terms/"'
            ' xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            f"<dc:creator>{_escape(self._creator)}</dc:creator>"
            f'<dcterms:created xsi:type="dcterms:W3CDTF">{stamp}</dcterms:created>'
            f'<dcterms:modified xsi:type="dcterms:W3CDTF">{stamp}</dcterms:modified>'
            "</cp:coreProperties>"
        )


_PAGE = '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>'
_XML_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml"


def _content_types(sheets: int) -> str:
    overrides = "".join(
        f'<Override PartName="/xl/worksheets/sheet{i}.xml" ContentType="{_XML_TYPE}'
        '.worksheet+xml"/>'
        for i in range(1, sheets + 1)
    )
    return (
        f'{_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels"'
        ' ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        f'<Override PartName="/xl/workbook.xml" ContentType="{_XML_TYPE}.sheet.main+xml"/>'
        f'<Override PartName="/xl/styles.xml" ContentType="{_XML_TYPE}.styles+xml"/>'
        '<Override PartName="/docProps/core.xml"'
        ' ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
        f"{overrides}</Types>"
    )
