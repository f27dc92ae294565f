"""Undangan Muskelsus: the lurah's letter inviting the community to the special ward meeting.

Laid out as an Indonesian official letter: dateline top right, Nomor/Sifat/Lampiran/Perihal on
the left and the addressees on the right, the meeting's day, time and place, the agenda, and
the lurah's signature. Recipients and agenda default to the usual Muskelsus ones when empty.
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from kopdes_desktop.documents.data import UndanganData
from kopdes_desktop.documents.labels import MEETING_KIND
from kopdes_desktop.documents.layout import (
    bare_table,
    dateline,
    indented,
    kv_table,
    labelled,
    numbered_list,
    opening,
    signature_block,
)
from kopdes_desktop.documents.page_template import (
    PORTRAIT,
    Metadata,
    RenderState,
    build_pdf,
    frame_width,
)
from kopdes_desktop.documents.styles import para, styles
from kopdes_desktop.documents.text import time_text, village_word
from kopdes_desktop.domain.enums import MeetingKind
from kopdes_desktop.domain.formatting import format_day_date

TITLE = "Undangan"
ORIENTATION = PORTRAIT


def _recipients(data: UndanganData) -> tuple[str, ...]:
    """The addressees, or the usual Muskelsus participants (DOMAIN.md §2)."""
    if data.recipients:
        return data.recipients
    word = village_word(data.cooperative)
    village = data.cooperative.village_name
    return (
        f"Ketua dan Anggota LMK {word} {village}",
        f"Ketua RW dan Ketua RT se-{word} {village}",
        "Ketua TP PKK, Karang Taruna dan organisasi kemasyarakatan",
        "Tokoh masyarakat, tokoh agama, tokoh perempuan dan tokoh pemuda",
        f"Calon pendiri {data.cooperative.cooperative.name}",
    )


def _agenda(data: UndanganData) -> tuple[str, ...]:
    """The agenda, or the standard order of a Muskelsus."""
    if data.agenda:
        return data.agenda
    name = data.cooperative.cooperative.name
    return (
        "Pembukaan",
        "Penjelasan Instruksi Presiden Nomor 9 Tahun 2025 tentang Percepatan Pembentukan "
        "Koperasi Desa/Kelurahan Merah Putih",
        f"Pembahasan dan kesepakatan pembentukan {name}",
        "Penetapan nama, unit usaha, simpanan pokok dan simpanan wajib",
        "Pemilihan pengurus dan pengawas serta pemberian kuasa kepada pendiri",
        "Penutup",
    )


def subject(data: UndanganData) -> str:
    """Perihal: as given, else from the meeting kind."""
    if data.subject:
        return data.subject
    kind = data.meeting.kind
    word = "Musyawarah Kelurahan Khusus" if kind is MeetingKind.MUSKELSUS else MEETING_KIND[kind]
    return f"Undangan {word}"


def _letter_head(data: UndanganData, width: float) -> list[Flowable]:
    """Dateline, then Nomor/Sifat/Lampiran/Perihal beside the addressees."""
    st = styles()
    left_w = width * 0.56
    left = kv_table(
        [
            ("Nomor", data.header.number),
            ("Sifat", data.nature),
            ("Lampiran", data.attachment),
            ("Perihal", subject(data)),
        ],
        left_w - 4 * mm,
        label_width=20 * mm,
    )
    right: list[Flowable] = [para("Kepada Yth.", st.body_left)]
    right.append(numbered_list(_recipients(data), width - left_w, "body_left"))
    right.append(para("di\u00a0Tempat", st.body_left))
    table = bare_table([[left, right]], [left_w, width - left_w])
    return [para(dateline(data.header), st.right), Spacer(1, 3 * mm), table]


def story(data: UndanganData, *, outline: bool = False) -> list[Flowable]:
    """The letter as flowables."""
    st = styles()
    width = frame_width(data.setup.paper, ORIENTATION)
    meeting = data.meeting
    items = opening(data, TITLE, outline=outline)
    items += _letter_head(data, width)
    items.append(Spacer(1, 4 * mm))
    items.append(
        para(
            "Dalam rangka pelaksanaan Instruksi Presiden Nomor 9 Tahun 2025 tentang Percepatan "
            "Pembentukan Koperasi Desa/Kelurahan Merah Putih, dengan hormat kami mengundang "
            "Bapak/Ibu/Saudara untuk hadir pada:",
            st.body,
        )
    )
    items.append(Spacer(1, 2 * mm))
    agenda = numbered_list(_agenda(data), width - 40 * mm, "body_left")
    details = kv_table(
        [
            ("Hari, tanggal", format_day_date(meeting.meeting_date)),
            ("Waktu", f"{time_text(meeting.start_time)} s.d. selesai"),
            ("Tempat", meeting.place or "-"),
        ],
        width - 10 * mm,
        label_width=28 * mm,
    )
    items += [indented(details, width), Spacer(1, 1 * mm)]
    items.append(indented(labelled("Acara", agenda, width - 10 * mm, 28 * mm), width))
    items.append(Spacer(1, 3 * mm))
    closing = para(
        "Mengingat pentingnya acara tersebut, kehadiran Bapak/Ibu/Saudara tepat pada waktunya "
        "sangat kami harapkan. Demikian undangan ini kami sampaikan; atas perhatian dan "
        "kehadirannya kami ucapkan terima kasih.",
        st.body,
    )
    items += signature_block(data.signers, width, lead=[closing])
    return items


def render(data: UndanganData) -> bytes:
    """PDF bytes of the invitation."""
    meta = Metadata(title=f"{TITLE} {data.header.number}".strip(), subject=subject(data))
    return build_pdf(story(data), data.setup, meta, RenderState(), ORIENTATION)
