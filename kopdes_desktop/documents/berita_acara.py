"""Berita Acara of the Muskelsus / Rapat Pendirian with its decisions (a)–(g).

The opening spells the date out ("Pada hari ini Sabtu tanggal tiga puluh satu bulan Mei tahun
dua ribu dua puluh lima") as notaries expect. Each decision prints what the meeting record
says under keys "a".."g"; a missing key gets a sentence built from the cooperative's facts
(model, name, units, simpanan, founders, board, attorneys), so a freshly entered meeting
already yields a complete, checkable document.
"""

from __future__ import annotations

from collections.abc import Callable

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from kopdes_desktop.documents.data import BeritaAcaraData, Signer
from kopdes_desktop.documents.labels import BOARD_ROLE, FORMATION_MODEL, MEETING_KIND, UNIT_KIND
from kopdes_desktop.documents.layout import numbered_list, opening, signature_block, title_block
from kopdes_desktop.documents.page_template import (
    PORTRAIT,
    Metadata,
    RenderState,
    build_pdf,
    frame_width,
)
from kopdes_desktop.documents.styles import esc, markup, para, styles
from kopdes_desktop.documents.text import area_line, rupiah, time_text
from kopdes_desktop.domain.enums import BoardRole, Body
from kopdes_desktop.domain.formatting import date_in_words, terbilang_rupiah

TITLE = "Berita Acara"
ORIENTATION = PORTRAIT
DECISION_KEYS = "abcdefg"
_ROLE_ORDER = list(BoardRole)


def meeting_name(data: BeritaAcaraData) -> str:
    """The meeting as named in title and text: its own title, else its kind."""
    meeting = data.meeting.meeting
    return meeting.title or MEETING_KIND[meeting.kind]


def _money(amount: int | None, data: BeritaAcaraData) -> str:
    """``Rp100.000 (seratus ribu rupiah)``."""
    if amount is None:
        return "ditetapkan kemudian"
    return f"{rupiah(amount, data.setup)} ({terbilang_rupiah(amount)})"


def _units(data: BeritaAcaraData) -> str:
    names = [u.name or UNIT_KIND[u.kind] for u in data.units if u.deleted_at is None]
    if not names:
        return "Unit usaha ditetapkan kemudian oleh pengurus sesuai potensi kelurahan."
    return "Unit usaha yang akan dijalankan: " + ", ".join(names) + "."


def _capital(data: BeritaAcaraData) -> str:
    coop = data.cooperative.cooperative
    text = (
        f"Simpanan pokok sebesar {_money(coop.simpanan_pokok, data)} per anggota dan simpanan "
        f"wajib sebesar {_money(coop.simpanan_wajib, data)}"
    )
    if coop.initial_capital is not None:
        text += f"; modal awal sebesar {_money(coop.initial_capital, data)}"
    return text + "."


def _board(data: BeritaAcaraData) -> str:
    """Decision (f) listing each body: "Pengurus: Ketua: X; …. Pengawas: …"."""
    parts = []
    for body in (Body.PENGURUS, Body.PENGAWAS):
        rows = sorted(
            (r for r in data.board if r.position.body is body),
            key=lambda r: _ROLE_ORDER.index(r.position.role),
        )
        if rows:
            names = "; ".join(
                f"{BOARD_ROLE[r.position.role]}: {r.person.name}"
                + (" (ex officio)" if r.position.ex_officio else "")
                for r in rows
            )
            parts.append(f"{body.value.capitalize()}: {names}")
    if not parts:
        return "Susunan pengurus dan pengawas sebagaimana tercantum dalam lampiran."
    return "Menetapkan susunan pengurus dan pengawas. " + ". ".join(parts) + "."


def _attorneys(data: BeritaAcaraData) -> str:
    names = [p.name for p in data.attorneys]
    if not names:
        board = sorted(
            (r for r in data.board if r.position.body is Body.PENGURUS),
            key=lambda r: _ROLE_ORDER.index(r.position.role),
        )
        names = [r.person.name for r in board[:2]]
    who = " dan ".join([", ".join(names[:-1]), names[-1]] if len(names) > 1 else names)
    who = who or "pengurus terpilih"
    return (
        f"Memberikan kuasa kepada {who} untuk menghadap notaris, menandatangani akta pendirian "
        "dan mengajukan permohonan pengesahan badan hukum koperasi."
    )


def default_decisions(data: BeritaAcaraData) -> dict[str, str]:
    """Sentences for decisions (a)–(g) from the cooperative's facts."""
    info = data.cooperative
    coop = info.cooperative
    founders = len(data.founders)
    makers: dict[str, Callable[[], str]] = {
        "a": lambda: (
            f"Menyetujui pembentukan koperasi di {area_line(info)} dengan model "
            f"{FORMATION_MODEL[coop.formation_model]}."
        ),
        "b": lambda: f"Menetapkan nama koperasi: {coop.name}.",
        "c": lambda: _units(data),
        "d": lambda: _capital(data),
        "e": lambda: (
            f"Menetapkan {founders} orang pendiri/anggota pertama sebagaimana tercantum dalam "
            "Daftar Pendiri terlampir."
            if founders
            else "Pendiri/anggota pertama sebagaimana tercantum dalam Daftar Pendiri terlampir."
        ),
        "f": lambda: _board(data),
        "g": lambda: _attorneys(data),
    }
    return {key: make() for key, make in makers.items()}


def decisions(data: BeritaAcaraData) -> list[str]:
    """Decisions (a)–(g): the recorded text where present, else the default sentence."""
    recorded = data.meeting.meeting.decisions
    defaults = default_decisions(data)
    return [(recorded.get(k) or "").strip() or defaults[k] for k in DECISION_KEYS]


def _opening_text(data: BeritaAcaraData) -> str:
    meeting = data.meeting.meeting
    present = meeting.attendance_count
    if present is None:
        present = sum(1 for a in data.meeting.attendees if a.attendee.present)
    chairs = ", ".join(meeting.chairs) if meeting.chairs else "pimpinan musyawarah"
    return (
        f"{date_in_words(meeting.meeting_date)}, pukul {time_text(meeting.start_time)}, "
        f"bertempat di {meeting.place or '-'}, telah diselenggarakan {meeting_name(data)} "
        f"dalam rangka pembentukan {data.cooperative.cooperative.name}, "
        f"{area_line(data.cooperative)}. Musyawarah dipimpin oleh {chairs} dan dihadiri oleh "
        f"{present} orang sebagaimana tercantum dalam daftar hadir terlampir, terdiri atas unsur "
        "pemerintah kelurahan, LMK, ketua RT/RW, tokoh masyarakat, PKK dan pemuda."
    )


def signers(data: BeritaAcaraData) -> tuple[Signer, ...]:
    """As given; without any, the meeting's chairs sign."""
    if data.signers:
        return data.signers
    return tuple(Signer(title="Pimpinan Musyawarah", name=c) for c in data.meeting.meeting.chairs)


def story(data: BeritaAcaraData, *, outline: bool = False) -> list[Flowable]:
    """Title, opening, decisions (a)–(g), closing and signatures."""
    st = styles()
    width = frame_width(data.setup.paper, ORIENTATION)
    name = meeting_name(data)
    items = opening(data, f"{TITLE} {name}", outline=outline)
    items += title_block(f"{TITLE} {name}", data.header.number, data.cooperative.cooperative.name)
    items.append(para(_opening_text(data), st.body))
    items.append(para("Musyawarah menyepakati dan memutuskan hal-hal sebagai berikut:", st.body))
    texts = [esc(t) for t in decisions(data)]
    items.append(numbered_list(texts, width, "body", markers=DECISION_KEYS))
    items.append(Spacer(1, 2 * mm))
    closing = markup(
        "Demikian berita acara ini dibuat dengan sebenarnya untuk dapat dipergunakan "
        "sebagaimana mestinya.",
        st.body,
    )
    items += signature_block(signers(data), width, data.header, lead=[closing])
    return items


def render(data: BeritaAcaraData) -> bytes:
    """PDF bytes of the berita acara."""
    meta = Metadata(
        title=f"{TITLE} {meeting_name(data)} {data.header.number}".strip(),
        subject=data.cooperative.cooperative.name,
    )
    return build_pdf(story(data), data.setup, meta, RenderState(), ORIENTATION)
