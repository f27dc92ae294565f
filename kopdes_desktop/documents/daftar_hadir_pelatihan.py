"""Daftar Hadir Pelatihan: participants sign once per training day.

One signature column per day (alternating left/right boxes as on any Indonesian attendance
sheet). Up to two days fit portrait; three or more turn the page to landscape. Trainings
longer than five days print the first five, or the ``days`` the service chose.
"""

from __future__ import annotations

from datetime import date, timedelta

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from kopdes_desktop.documents.daftar_hadir import signature_cell
from kopdes_desktop.documents.data import DaftarHadirPelatihanData
from kopdes_desktop.documents.labels import PARTICIPANT_ROLE, TRAINING_MODE
from kopdes_desktop.documents.layout import (
    data_table,
    kv_table,
    opening,
    signature_block,
    title_block,
)
from kopdes_desktop.documents.page_template import (
    LANDSCAPE,
    PORTRAIT,
    Metadata,
    RenderState,
    build_pdf,
    frame_width,
)
from kopdes_desktop.documents.text import nik_text, or_dash
from kopdes_desktop.domain.entities import TrainingEvent
from kopdes_desktop.domain.formatting import DAYS_ID, format_long_date

TITLE = "Daftar Hadir Pelatihan"
MAX_DAYS = 5


def event_dates(event: TrainingEvent) -> str:
    """``12 – 14 Agustus 2025`` style range, or the single date."""
    start, end = event.start_date, event.end_date
    if end <= start:
        return format_long_date(start)
    if (start.year, start.month) == (end.year, end.month):
        return f"{start.day} – {format_long_date(end)}"
    return f"{format_long_date(start)} – {format_long_date(end)}"


def days(data: DaftarHadirPelatihanData) -> list[date]:
    """The days to sign for."""
    if data.days:
        return list(data.days[:MAX_DAYS])
    event = data.training.event
    count = max((event.end_date - event.start_date).days + 1, 1)
    return [event.start_date + timedelta(days=i) for i in range(min(count, MAX_DAYS))]


def orientation(data: DaftarHadirPelatihanData) -> str:
    """Portrait for one or two days, landscape for more."""
    return LANDSCAPE if len(days(data)) > 2 else PORTRAIT


def story(data: DaftarHadirPelatihanData, *, outline: bool = False) -> list[Flowable]:
    """Event details and the table with a signature column per day."""
    width = frame_width(data.setup.paper, orientation(data))
    event = data.training.event
    items = opening(data, TITLE, outline=outline, footer_extra=event.title)
    items += title_block(TITLE, data.header.number, event.title)
    details = [
        ("Penyelenggara", or_dash(event.organiser)),
        ("Tanggal", event_dates(event)),
        ("Tempat", or_dash(event.venue)),
        ("Moda", TRAINING_MODE[event.mode]),
    ]
    items += [kv_table(details, width, label_width=32 * mm), Spacer(1, 4 * mm)]
    sign_days = days(data)
    head = ["No", "Nama", "NIK", "Koperasi", "Peran"]
    head += [f"{DAYS_ID[d.weekday()]}, {d.day}/{d.month}" for d in sign_days]
    rows = []
    for i, row in enumerate(data.training.participants, start=1):
        cells: list[object] = [
            str(i),
            row.person.name,
            nik_text(row.person.nik, data.setup),
            or_dash(row.cooperative_name),
            PARTICIPANT_ROLE[row.participant.role],
        ]
        rows.append(cells + [signature_cell(i) for _ in sign_days])
    day_w = 30 * mm if len(sign_days) > 1 else 36 * mm
    widths = [8 * mm, 0.0, 29 * mm, 0.0, 20 * mm] + [day_w] * len(sign_days)
    free = width - sum(widths)
    widths[1], widths[3] = free * 0.5, free * 0.5
    pad = [("TOPPADDING", (0, 1), (-1, -1), 4), ("BOTTOMPADDING", (0, 1), (-1, -1), 7)]
    items.append(data_table(head, rows, widths, extra_style=pad))
    items += signature_block(data.signers, width, data.header)
    return items


def render(data: DaftarHadirPelatihanData) -> bytes:
    """PDF bytes of the training attendance list."""
    meta = Metadata(title=f"{TITLE} {data.training.event.title}")
    return build_pdf(story(data), data.setup, meta, RenderState(), orientation(data))
