"""Daftar Hadir of a meeting (Muskelsus, founders' meeting, RAT…) for signing on the day.

Signature boxes alternate as on Indonesian attendance sheets: row 1 signs on the left
("1. ......"), row 2 on the right ("2. ......"), so neighbouring signatures never collide.
Empty rows follow the listed attendees for walk-ins.
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer

from kopdes_desktop.documents.data import AttendeeRow, DaftarHadirData
from kopdes_desktop.documents.labels import MEETING_KIND, sex_code
from kopdes_desktop.documents.layout import (
    data_table,
    kv_table,
    opening,
    signature_block,
    title_block,
)
from kopdes_desktop.documents.page_template import (
    PORTRAIT,
    Metadata,
    RenderState,
    build_pdf,
    frame_width,
)
from kopdes_desktop.documents.styles import para, styles
from kopdes_desktop.documents.text import nik_text, or_dash, street_line, time_text
from kopdes_desktop.domain.formatting import format_day_date

TITLE = "Daftar Hadir"
ORIENTATION = PORTRAIT
DEFAULT_BLANK_ROWS = 25
"""Rows printed when nobody was listed in advance: a sheet for the door."""


def signature_cell(number: int) -> Paragraph:
    """Signature space: "1. ……" on the left for odd rows, "2. ……" on the right for even rows."""
    st = styles()
    style = st.cell if number % 2 else st.cell_right
    return para(f"{number}. " + "." * 16, style)


def _row(number: int, row: AttendeeRow | None, data: DaftarHadirData) -> list[object]:
    """One table row; ``row`` None prints an empty line to fill in by hand."""
    if row is None:
        return [str(number), "", "", "", "", "", signature_cell(number)]
    person = row.person
    who = row.attendee
    sex = who.sex if who.sex is not None else (person.sex if person else None)
    return [
        str(number),
        who.name,
        nik_text(person.nik if person else None, data.setup),
        street_line(person) if person else "-",
        or_dash(who.element),
        sex_code(sex),
        signature_cell(number),
    ]


def meeting_title(data: DaftarHadirData) -> str:
    """The meeting as named on the sheet: its own title, else its kind."""
    meeting = data.meeting.meeting
    return meeting.title or MEETING_KIND[meeting.kind]


def story(data: DaftarHadirData, *, outline: bool = False) -> list[Flowable]:
    """Title, meeting details and the attendance table."""
    st = styles()
    width = frame_width(data.setup.paper, ORIENTATION)
    meeting = data.meeting.meeting
    items = opening(data, TITLE, outline=outline, footer_extra=meeting_title(data))
    items += title_block(TITLE, data.header.number, data.cooperative.cooperative.name)
    items.append(
        kv_table(
            [
                ("Acara", meeting_title(data)),
                ("Hari, tanggal", format_day_date(meeting.meeting_date)),
                ("Waktu", time_text(meeting.start_time)),
                ("Tempat", or_dash(meeting.place)),
            ],
            width,
            label_width=30 * mm,
        )
    )
    items.append(Spacer(1, 4 * mm))
    attendees: list[AttendeeRow | None] = list(data.meeting.attendees)
    blanks = data.blank_rows or (0 if attendees else DEFAULT_BLANK_ROWS)
    attendees += [None] * blanks
    rows = [_row(i, row, data) for i, row in enumerate(attendees, start=1)]
    widths = [mm * w for w in (8, 38, 29, 36, 20, 8)]
    widths.append(width - sum(widths))
    head = ["No", "Nama", "NIK", "Alamat (RT/RW)", "Unsur", "L/P", "Tanda Tangan"]
    pad = [("TOPPADDING", (0, 1), (-1, -1), 4), ("BOTTOMPADDING", (0, 1), (-1, -1), 7)]
    items.append(data_table(head, rows, widths, extra_style=pad))
    listed = len(data.meeting.attendees)
    summary = para(f"Jumlah tercantum: {listed} orang.", st.body_left)
    items += signature_block(data.signers, width, data.header, lead=[Spacer(1, 3 * mm), summary])
    return items


def render(data: DaftarHadirData) -> bytes:
    """PDF bytes of the attendance list."""
    meta = Metadata(
        title=f"{TITLE} {meeting_title(data)}", subject=data.cooperative.cooperative.name
    )
    return build_pdf(story(data), data.setup, meta, RenderState(), ORIENTATION)
