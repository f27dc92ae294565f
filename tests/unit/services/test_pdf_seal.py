"""The seal: an incremental update that PDF tools accept and that exposes any later change."""

from __future__ import annotations

import base64
import io
import json
import shutil
import subprocess

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from hypothesis import given, settings
from hypothesis import strategies as st
from pdf_tamper import flip_content_byte
from pypdf import PdfReader, PdfWriter
from reportlab.pdfgen import canvas

from kopdes_desktop.services.pdf_seal import (
    SealError,
    build_update,
    find_seal,
    matches_prefix,
    seal_pdf,
)
from kopdes_desktop.services.signing_service import verify_signature

PAYLOAD = {"n": "005/KKMP-MLW/XI/2026", "t": "profil", "d": "2026-11-27", "c": "31.74.07.1001"}


def _pdf(title: str = "Profil (Koperasi)") -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf)
    c.setTitle(title)
    c.setAuthor("Kelurahan Melawai")
    c.drawString(100, 700, "Koperasi Kelurahan Merah Putih Melawai")
    c.showPage()
    c.drawString(100, 700, "Halaman dua")
    c.save()
    return buf.getvalue()


@pytest.fixture
def key() -> Ed25519PrivateKey:
    return Ed25519PrivateKey.generate()


def _public(key: Ed25519PrivateKey) -> bytes:
    return key.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def _seal(pdf: bytes, key: Ed25519PrivateKey) -> bytes:
    return seal_pdf(pdf, PAYLOAD, _public(key), key.sign)


def test_sealed_pdf_keeps_its_pages_and_metadata_and_carries_the_seal(key):
    original = _pdf()
    sealed = _seal(original, key)
    assert sealed.startswith(original)
    reader = PdfReader(io.BytesIO(sealed))
    assert len(reader.pages) == 2
    assert reader.metadata is not None
    assert reader.metadata.title == "Profil (Koperasi)"
    assert reader.metadata.author == "Kelurahan Melawai"
    stored = json.loads(base64.b64decode(reader.metadata["/KopdesSeal"]))
    assert stored["payload"] == PAYLOAD
    assert stored["len"] == len(original)


def test_a_sealed_pdf_reads_back_as_genuine(key):
    sealed = _seal(_pdf(), key)
    seal = find_seal(sealed)
    assert seal is not None
    assert seal.public_key == _public(key)
    assert verify_signature(seal.public_key, seal.signed_bytes, seal.signature)
    assert matches_prefix(sealed, seal)


@pytest.mark.skipif(shutil.which("qpdf") is None, reason="qpdf is not installed")
def test_qpdf_finds_no_errors_in_a_sealed_pdf(key, tmp_path):
    path = tmp_path / "sealed.pdf"
    path.write_bytes(_seal(_pdf(), key))
    result = subprocess.run(["qpdf", "--check", str(path)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "No syntax or stream encoding errors" in result.stdout


def test_one_changed_byte_in_a_content_stream_breaks_the_prefix(key):
    sealed = _seal(_pdf(), key)
    tampered = flip_content_byte(sealed)
    seal = find_seal(tampered)
    assert seal is not None
    assert not matches_prefix(tampered, seal)


def test_an_update_appended_after_the_seal_is_a_change(key):
    """Appending an incremental update (new page content) keeps the prefix but not the file."""
    sealed = _seal(_pdf(), key)
    writer = PdfWriter(io.BytesIO(sealed), incremental=True)
    writer.add_metadata({"/Title": "Diubah"})
    out = io.BytesIO()
    writer.write(out)
    changed = out.getvalue()
    assert changed.startswith(sealed)
    seal = find_seal(changed)
    assert seal is not None
    assert not matches_prefix(changed, seal)


def test_an_edited_seal_fails_its_signature(key):
    sealed = _seal(_pdf(), key)
    seal = find_seal(sealed)
    assert seal is not None
    forged = dict(json.loads(base64.b64decode(seal.text)))
    forged["payload"] = {**PAYLOAD, "n": "999/KKMP-MLW/XI/2026"}
    text = base64.b64encode(json.dumps(forged).encode())
    prefix = sealed[: seal.prefix_length]
    forged_pdf = prefix + build_update(prefix, text)
    again = find_seal(forged_pdf)
    assert again is not None
    assert matches_prefix(forged_pdf, again)  # structurally fine ...
    assert not verify_signature(again.public_key, again.signed_bytes, again.signature)  # ... forged


def test_a_pdf_without_seal_has_none_and_a_broken_seal_is_an_error():
    plain = _pdf()
    assert find_seal(plain) is None
    with pytest.raises(SealError):
        find_seal(plain + b"/KopdesSeal (bm90IGpzb24=)")
    with pytest.raises(SealError):
        find_seal(plain + b"/KopdesSeal <00>")


def test_sealing_needs_a_classic_cross_reference_table(key):
    with pytest.raises(SealError):
        _seal(b"%PDF-1.7\nnot really a pdf\n%%EOF\n", key)


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=400))
def test_arbitrary_bytes_never_crash_the_reader(data):
    """``kopdes docs verify`` reads whatever file it is given."""
    for blob in (
        data,
        data + b"/KopdesSeal (" + data + b")",
        b"%PDF" + data + b"startxref\n0\n%%EOF",
    ):
        try:
            seal = find_seal(blob)
        except SealError:
            continue
        if seal is not None:
            matches_prefix(blob, seal)
