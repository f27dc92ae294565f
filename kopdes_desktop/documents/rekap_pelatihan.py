"""Rekapitulasi Pelatihan of one cooperative: who attended which training, with results.

One row per participation (a person at a training), grouped by training in date order, with
pre/post test scores and the certificate, so the office sees at a glance whether the Jakarta
pattern of a pengurus and a pengawas per training was met.
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from kopdes_desktop.documents.daftar_hadir_pelatihan import event_dates
from kopdes_desktop.documents.data import RekapPelatihanData
from kopdes_desktop.documents.labels import CERTIFICATE_TYPE, PARTICIPANT_ROLE
from kopdes_desktop.documents.layout import data_table, opening, signature_block, title_block
from kopdes_desktop.documents.page_template import (
    LANDSCAPE,
    Metadata,
    RenderState,
    build_pdf,
    frame_width,
)
from kopdes_desktop.documents.styles import para, styles
from kopdes_desktop.documents.text import or_dash
from kopdes_desktop.domain.enums import CertificateType

TITLE = "Rekapitulasi Pelatihan"
ORIENTATION = LANDSCAPE
HEAD = ("No", "Pelatihan", "Penyelenggara", "Tanggal", "Nama Peserta", "Peran",
        "Nilai Pre / Post", "Sertifikat")  # fmt: skip


def _score(value: float | None) -> str:
    """Indonesian decimal comma: ``80,5``; "-" when not tested."""
    if value is None:
        return "-"
    return f"{value:.1f}".rstrip("0").rstrip(".").replace(".", ",")


def rows(data: RekapPelatihanData) -> list[list[object]]:
    """One row per participation, trainings by start date."""
    out: list[list[object]] = []
    trainings = sorted(data.trainings, key=lambda t: t.event.start_date)
    for info in trainings:
        event = info.event
        for row in info.participants:
            p = row.participant
            certificate = "-"
            if p.certificate_type is not CertificateType.TIDAK_ADA:
                certificate = CERTIFICATE_TYPE[p.certificate_type]
                certificate += f"\n{p.certificate_number}" if p.certificate_number else ""
            out.append([
                str(len(out) + 1), event.title, or_dash(event.organiser), event_dates(event),
                row.person.name, PARTICIPANT_ROLE[p.role],
                f"{_score(p.pre_score)} / {_score(p.post_score)}", certificate,
            ])  # fmt: skip
    return out


def story(data: RekapPelatihanData, *, outline: bool = False) -> list[Flowable]:
    """Summary line, the table and signatures."""
    st = styles()
    width = frame_width(data.setup.paper, ORIENTATION)
    coop = data.cooperative.cooperative
    items = opening(data, TITLE, outline=outline, footer_extra=coop.name)
    items += title_block(TITLE, data.header.number, coop.name)
    lines = rows(data)
    people = {r.person.id for t in data.trainings for r in t.participants}
    items.append(
        para(
            f"Jumlah pelatihan: {len(data.trainings)}; jumlah keikutsertaan: {len(lines)}; "
            f"jumlah orang terlatih: {len(people)}.",
            st.body_left,
        )
    )
    items.append(Spacer(1, 3 * mm))
    widths = [8 * mm, 0.0, 40 * mm, 28 * mm, 42 * mm, 20 * mm, 20 * mm, 56 * mm]
    widths[1] = width - sum(widths)
    if lines:
        items.append(data_table(HEAD, lines, widths))
    else:
        items.append(para("Belum ada pelatihan yang diikuti.", st.body_left))
    items += signature_block(data.signers, width, data.header)
    return items


def render(data: RekapPelatihanData) -> bytes:
    """PDF bytes of the training recap."""
    meta = Metadata(title=TITLE, subject=data.cooperative.cooperative.name)
    return build_pdf(story(data), data.setup, meta, RenderState(), ORIENTATION)
