"""Documents from the database: every type reads back, numbering, register, voiding, masking,
verification answers, drafts, batches, and two writers issuing at once."""

from __future__ import annotations

import io
import re
import threading

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from document_demo import MELAWAI, demo_coop
from pdf_tamper import flip_content_byte
from pypdf import PdfReader
from reportlab.pdfgen import canvas
from sqlalchemy import delete

from kopdes_desktop.domain.errors import ConflictError, DomainError
from kopdes_desktop.domain.nik import mask_nik
from kopdes_desktop.services.document_service import BatchCancelledError, DocumentService
from kopdes_desktop.services.document_verification import VerificationStatus
from kopdes_desktop.services.pdf_seal import seal_pdf
from kopdes_desktop.storage import orm

NUMBER = re.compile(r"^\d{3}/KKMP-MLW/[IVX]+/\d{4}$")


def text_of(pdf: bytes) -> str:
    reader = PdfReader(io.BytesIO(pdf))
    return re.sub(r"\s+", " ", " ".join(p.extract_text() or "" for p in reader.pages))


def pages_of(pdf: bytes) -> int:
    return len(PdfReader(io.BytesIO(pdf)).pages)


@pytest.fixture
def demo(services):
    return demo_coop(services)


def test_every_document_type_builds_verifies_and_reads_back(services, demo):
    docs = services.documents
    built = {}
    for info in docs.available_types():
        if info.code == "sertifikat":
            built[info.code] = docs.build_certificates(demo.event_id)[0]
        elif info.subject == "event":
            built[info.code] = docs.build(None, info.code, event_id=demo.event_id)
        elif info.subject == "area":
            built[info.code] = docs.build(None, info.code, area_code="31.74.07")
        else:
            built[info.code] = docs.build(demo.cooperative_id, info.code)
    for code, document in built.items():
        assert pages_of(document.pdf) >= 1, code
        text = text_of(document.pdf)
        assert document.verification_code in text, code
        assert docs.verify(document.pdf).status is VerificationStatus.GENUINE, code
    assert "Melawai" in text_of(built["profil"].pdf)
    assert "Pelatihan Tata Kelola Koperasi" in text_of(built["sertifikat"].pdf)


def test_numbers_run_per_type_and_the_register_lists_them(services, demo):
    docs = services.documents
    first = docs.build(demo.cooperative_id, "undangan")
    second = docs.build(demo.cooperative_id, "undangan")
    other = docs.build(demo.cooperative_id, "berita_acara")
    assert NUMBER.match(first.number)
    assert first.number.startswith("001/") and second.number.startswith("002/")
    assert other.number.startswith("001/")
    assert first.number in text_of(first.pdf)
    entries = docs.register(doc_type="undangan")
    assert [(e.seq, e.number, e.sha256) for e in entries] == [
        (1, first.number, first.sha256),
        (2, second.number, second.sha256),
    ]
    assert entries[0].verification_code == first.verification_code
    assert docs.gaps() == []


def test_a_pattern_for_one_type_overrides_the_default(services, demo):
    settings = services.settings.get()
    patterns = {**settings.number_patterns, "undangan": "UND-{seq:04d}/{code}/{year}"}
    services.settings.save(settings.__class__(**{**settings.__dict__, "number_patterns": patterns}))
    built = services.documents.build(demo.cooperative_id, "undangan")
    assert re.match(r"^UND-0001/MLW/\d{4}$", built.number)
    assert services.documents.build(demo.cooperative_id, "berita_acara").number.startswith("001/")


def test_the_berkas_numbers_its_letters_and_seals_once(services, demo):
    docs = services.documents
    berkas = docs.build(demo.cooperative_id, "berkas")
    assert berkas.number.startswith("001/")
    entries = {e.doc_type: e for e in docs.register()}
    assert set(entries) >= {"berkas", "berita_acara", "surat_kuasa", "bukti_setoran"}
    assert {entries[t].sha256 for t in ("berkas", "berita_acara", "surat_kuasa")} == {berkas.sha256}
    text = text_of(berkas.pdf)
    assert entries["berita_acara"].number in text
    assert entries["berita_acara"].verification_code in text
    assert pages_of(berkas.pdf) > 5
    assert docs.verify(berkas.pdf).ok


def test_a_voided_number_keeps_its_reason_and_is_not_given_again(services, demo):
    docs = services.documents
    first = docs.build(demo.cooperative_id, "surat_kuasa")
    assert first.document_id is not None
    with pytest.raises(DomainError):
        docs.void(first.document_id, "   ")
    voided = docs.void(first.document_id, "Salah cetak, nama notaris keliru")
    assert voided.void and voided.void_reason == "Salah cetak, nama notaris keliru"
    with pytest.raises(ConflictError):
        docs.void(first.document_id, "lagi")
    second = docs.build(demo.cooperative_id, "surat_kuasa")
    assert second.number.startswith("002/")
    result = docs.verify(first.pdf)
    assert result.status is VerificationStatus.GENUINE
    assert result.details.voided and not result.ok
    assert result.details.void_reason == "Salah cetak, nama notaris keliru"
    assert docs.gaps() == []


def test_a_missing_sequence_number_is_flagged_as_a_gap(services, demo):
    docs = services.documents
    built = [docs.build(demo.cooperative_id, "profil") for _ in range(3)]
    with services.ctx.session_factory.begin() as s:
        s.execute(delete(orm.IssuedDocument).where(orm.IssuedDocument.id == built[1].document_id))
    gaps = docs.gaps()
    assert [(g.doc_type, g.seq) for g in gaps] == [("profil", 2)]


def test_masked_copies_hide_the_nik_middle(services, demo):
    docs = services.documents
    founders = services.members.founders(demo.cooperative_id)
    nik = founders[0].person.nik
    assert nik
    plain = text_of(docs.build(demo.cooperative_id, "daftar_pendiri").pdf)
    masked = text_of(docs.build(demo.cooperative_id, "daftar_pendiri", mask_nik=True).pdf)
    assert nik in plain
    assert nik not in masked and mask_nik(nik) in masked


def _plain_pdf() -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf)
    c.drawString(100, 700, "Surat biasa")
    c.save()
    return buf.getvalue()


def test_verification_answers(services, demo):
    docs = services.documents
    built = docs.build(demo.cooperative_id, "profil")
    genuine = docs.verify(built.pdf)
    assert genuine.ok and genuine.details.own_office
    assert genuine.details.number == built.number
    assert genuine.details.code == built.verification_code

    changed = docs.verify(flip_content_byte(built.pdf))
    assert changed.status is VerificationStatus.CHANGED and not changed.ok
    assert changed.details.number == built.number

    assert docs.verify(_plain_pdf()).status is VerificationStatus.NOT_KOPDES
    assert docs.verify(b"").status is VerificationStatus.NOT_KOPDES

    stranger = Ed25519PrivateKey.generate()
    raw = stranger.public_key().public_bytes(
        serialization.Encoding.Raw, serialization.PublicFormat.Raw
    )
    foreign = seal_pdf(_plain_pdf(), {"n": "001/X/2026", "t": "profil"}, raw, stranger.sign)
    unknown = docs.verify(foreign)
    assert unknown.status is VerificationStatus.UNKNOWN_OFFICE
    assert unknown.details.fingerprint
    services.signing.trust("31.74.07", "Kecamatan Kebayoran Baru", raw)
    trusted = docs.verify(foreign)
    assert trusted.ok and trusted.details.office_name == "Kecamatan Kebayoran Baru"


def test_a_draft_has_no_number_and_leaves_the_register_alone(services, demo):
    draft = services.documents.build(demo.cooperative_id, "profil", issue=False)
    assert draft.number == "" and draft.verification_code == ""
    assert services.documents.register() == []
    assert services.documents.verify(draft.pdf).status is VerificationStatus.NOT_KOPDES


def test_batches_report_progress_and_stop_when_cancelled(services, demo):
    docs = services.documents
    calls: list[tuple[int, int]] = []
    certificates = docs.build_certificates(demo.event_id, progress=lambda *a: calls.append(a))
    assert len(certificates) == demo.participants == len(calls)
    assert calls[-1] == (demo.participants, demo.participants)
    assert len({c.verification_code for c in certificates}) == demo.participants

    asked = iter([False, True])
    with pytest.raises(BatchCancelledError):
        docs.build_many("profil", [demo.cooperative_id] * 3, cancelled=lambda: next(asked))
    assert len(docs.register(doc_type="profil")) == 1


def test_unknown_types_and_missing_choices_are_domain_errors(services, demo):
    docs = services.documents
    for args, code in [
        ((demo.cooperative_id, "nope"), "documents.unknown_type"),
        ((None, "profil"), "documents.cooperative_required"),
        ((None, "daftar_hadir_pelatihan"), "documents.event_required"),
        ((demo.cooperative_id, "sertifikat"), "documents.use_certificates"),
    ]:
        with pytest.raises(DomainError) as info:
            docs.build(*args)
        assert info.value.code == code


@pytest.mark.parametrize("locks", [True, False], ids=["advisory-lock", "retry-only"])
def test_two_writers_issuing_at_once_never_share_a_number(services, demo, monkeypatch, locks):
    """Two PCs on one database: separate service objects, one database (SQLite or PG).

    Without the advisory lock (``retry-only``) PostgreSQL lets both read the same highest
    number; the unique constraint then refuses one insert and the issuer retries.
    """
    from kopdes_desktop.services import document_issue
    from kopdes_desktop.services.document_sources import DocumentDeps

    if not locks:
        monkeypatch.setattr(document_issue, "lock_named", lambda *_args: None)
    deps = services.documents.deps
    other = DocumentService(DocumentDeps(**deps.__dict__))
    numbers: list[str] = []
    errors: list[BaseException] = []

    def issue(service: DocumentService) -> None:
        try:
            for _ in range(5):
                numbers.append(service.build(demo.cooperative_id, "undangan").number)
        except BaseException as exc:  # reported below
            errors.append(exc)

    threads = [threading.Thread(target=issue, args=(s,)) for s in (services.documents, other)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert len(numbers) == len(set(numbers)) == 10
    seqs = sorted(e.seq for e in services.documents.register(doc_type="undangan"))
    assert seqs == list(range(1, 11))


def test_the_recap_lists_every_kelurahan_of_the_district(services, demo):
    built = services.documents.build(None, "rekap_wilayah", area_code="31.74.07")
    text = text_of(built.pdf)
    for name in ("Melawai", "Gunung", "Senayan", "Selong"):
        assert name in text
    assert built.file_name.startswith("rekap_wilayah_31.74.07_")
    assert MELAWAI not in built.file_name


def test_the_qr_text_is_compact_and_checks_like_the_pdf(services, demo):
    from kopdes_desktop.services.document_verification import QR_PREFIX, parse_qr

    built = services.documents.build(demo.cooperative_id, "berita_acara")
    entry = services.documents.register(doc_type="berita_acara")[0]
    key_fp = services.signing.public_key_info().fingerprint
    # The QR text is rebuilt from the register entry's facts, as a phone would read it.
    from kopdes_desktop.services.document_verification import make_payload, sign_payload

    payload = make_payload(
        entry.number, "berita_acara", entry.issued_date, MELAWAI, entry.content_sha256, key_fp
    )
    mark = sign_payload(payload, services.signing.sign)
    assert mark.code == built.verification_code == entry.verification_code
    assert mark.qr_text.startswith(QR_PREFIX) and len(mark.qr_text) < 260
    alphanumeric = set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:")
    assert set(mark.qr_text) <= alphanumeric  # QR alphanumeric mode: a small code
    assert parse_qr(mark.qr_text) == (payload, mark.signature)

    result = services.documents.verify_qr(mark.qr_text)
    assert result.ok and result.details.number == entry.number
    forged = mark.qr_text.replace(entry.number, entry.number.replace("001", "002"), 1)
    assert services.documents.verify_qr(forged).status is VerificationStatus.CHANGED
    assert services.documents.verify_qr("hello").status is VerificationStatus.NOT_KOPDES
    stranger = mark.qr_text.replace(key_fp.upper(), "0" * 16)
    assert services.documents.verify_qr(stranger).status is VerificationStatus.UNKNOWN_OFFICE


def test_sealed_documents_pass_qpdf_and_keep_their_embedded_fonts(services, demo, tmp_path):
    import shutil
    import subprocess

    if shutil.which("qpdf") is None or shutil.which("pdffonts") is None:
        pytest.skip("qpdf or pdffonts (poppler-utils) is not installed")
    path = tmp_path / "berkas.pdf"
    path.write_bytes(services.documents.build(demo.cooperative_id, "berkas").pdf)
    check = subprocess.run(["qpdf", "--check", str(path)], capture_output=True, text=True)
    assert check.returncode == 0, check.stdout + check.stderr
    fonts = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True).stdout
    liberation = [line for line in fonts.splitlines() if "Liberation" in line]
    assert liberation and all(line.split()[-5] == "yes" for line in liberation)


def test_the_printed_qr_code_scans_and_verifies(services, demo, tmp_path):
    """Print-quality raster (300 dpi) of the page, read by a barcode scanner (zbar)."""
    import shutil
    import subprocess

    if shutil.which("pdftoppm") is None or shutil.which("zbarimg") is None:
        pytest.skip("pdftoppm (poppler-utils) or zbarimg (zbar-tools) is not installed")
    built = services.documents.build(demo.cooperative_id, "profil")
    pdf = tmp_path / "profil.pdf"
    pdf.write_bytes(built.pdf)
    subprocess.run(
        ["pdftoppm", "-r", "300", "-png", "-f", "1", "-l", "1", str(pdf), str(tmp_path / "p")],
        check=True,
    )
    (page,) = tmp_path.glob("p*.png")
    scanned = subprocess.run(
        ["zbarimg", "--raw", "-q", str(page)], capture_output=True, text=True
    ).stdout.strip()
    result = services.documents.verify_qr(scanned)
    assert result.ok, scanned
    assert result.details.number == built.number
    assert result.details.code == built.verification_code


def test_the_berkas_cover_prints_the_audit_head_of_its_making(services, demo):
    head = services.audit.head_hash()
    assert head is not None  # the demo records were saved through the services
    berkas = services.documents.build(demo.cooperative_id, "berkas")
    cover = PdfReader(io.BytesIO(berkas.pdf)).pages[0].extract_text()
    assert f"Kode jejak audit saat dicetak: {head}" in " ".join(cover.split())
