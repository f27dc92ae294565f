"""AttachmentService: only real PDF/JPEG/PNG, bytes stored once by hash, damage detected."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from kopdes_desktop.bootstrap import Services
from kopdes_desktop.domain.errors import DomainError, NotFoundError
from kopdes_desktop.services.attachment_service import MAX_ATTACHMENT_BYTES, AttachmentService

PDF = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00\x00\x00\rIHDR" + bytes(20)
JPEG = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(20) + b"\xff\xd9"
OWNER = ("cooperative", "coop-1")


def _write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def _blobs(services: Services) -> list[Path]:
    root = services.ctx.attachments_dir
    return sorted(p for p in root.rglob("*") if p.is_file()) if root.exists() else []


@pytest.mark.parametrize(
    ("name", "data", "media_type"),
    [
        ("akta.pdf", PDF, "application/pdf"),
        ("foto.PNG", PNG, "image/png"),
        ("scan.jpg", JPEG, "image/jpeg"),
    ],
)
def test_added_file_can_be_read_back(
    services: Services, tmp_path: Path, name: str, data: bytes, media_type: str
) -> None:
    att = services.attachments.add(*OWNER, _write(tmp_path, name, data), kind="akta")
    sha = hashlib.sha256(data).hexdigest()
    assert (att.original_name, att.media_type, att.size, att.sha256, att.kind) == (
        name,
        media_type,
        len(data),
        sha,
        "akta",
    )
    assert services.attachments.read_bytes(att.id) == data
    path = services.attachments.path_of(att.id)
    assert path == services.ctx.attachments_dir / sha[:2] / sha
    assert path.read_bytes() == data
    assert services.attachments.list(*OWNER) == [att]
    assert not [p for p in path.parent.iterdir() if p.name.startswith(".tmp-")]


def test_same_file_twice_is_stored_once(services: Services, tmp_path: Path) -> None:
    first = services.attachments.add(*OWNER, _write(tmp_path, "a.pdf", PDF))
    second = services.attachments.add("meeting", "m-1", _write(tmp_path, "copy.pdf", PDF))
    third = services.attachments.add_bytes(*OWNER, "again.pdf", PDF)
    assert len({first.id, second.id, third.id}) == 3
    assert len(_blobs(services)) == 1
    assert [a.original_name for a in services.attachments.list(*OWNER)] == ["a.pdf", "again.pdf"]


def test_pdf_named_text_file_is_refused(services: Services, tmp_path: Path) -> None:
    fake = _write(tmp_path, "akta.pdf", b"this is only text pretending to be a PDF\n")
    with pytest.raises(DomainError) as exc:
        services.attachments.add(*OWNER, fake)
    assert (exc.value.code, exc.value.field) == ("attachment.type_not_allowed", "source")
    with pytest.raises(DomainError) as exc:
        services.attachments.add_bytes(*OWNER, "setup.exe", b"MZ\x90\x00" + bytes(60))
    assert exc.value.code == "attachment.type_not_allowed"
    assert services.attachments.list(*OWNER) == []
    assert _blobs(services) == []


def test_empty_and_missing_files_are_refused(services: Services, tmp_path: Path) -> None:
    with pytest.raises(DomainError) as exc:
        services.attachments.add(*OWNER, _write(tmp_path, "empty.pdf", b""))
    assert exc.value.code == "attachment.empty"
    with pytest.raises(NotFoundError) as exc2:
        services.attachments.add(*OWNER, tmp_path / "gone.pdf")
    assert exc2.value.code == "attachment.source_missing"


def test_file_over_20_mb_is_refused(services: Services, tmp_path: Path) -> None:
    big = tmp_path / "big.pdf"
    with big.open("wb") as fh:  # sparse: the size is checked before anything is read
        fh.write(b"%PDF-1.4\n")
        fh.truncate(MAX_ATTACHMENT_BYTES + 1)
    with pytest.raises(DomainError) as exc:
        services.attachments.add(*OWNER, big)
    assert exc.value.code == "attachment.too_large"
    assert exc.value.params["maximum"] == 20 * 1024 * 1024
    limited = AttachmentService(services.ctx, max_bytes=len(PDF) - 1)
    with pytest.raises(DomainError) as exc:
        limited.add_bytes(*OWNER, "a.pdf", PDF)
    assert exc.value.code == "attachment.too_large"


def test_corrupt_file_is_detected(services: Services, tmp_path: Path) -> None:
    att = services.attachments.add(*OWNER, _write(tmp_path, "akta.pdf", PDF))
    stored = services.attachments.path_of(att.id)
    stored.write_bytes(PDF.replace(b"Catalog", b"Cata1og"))
    with pytest.raises(DomainError) as exc:
        services.attachments.read_bytes(att.id)
    assert exc.value.code == "attachment.corrupt"
    # Attaching the original again repairs the stored copy.
    services.attachments.add_bytes(*OWNER, "akta.pdf", PDF)
    assert services.attachments.read_bytes(att.id) == PDF


def test_missing_stored_file_is_reported(services: Services, tmp_path: Path) -> None:
    att = services.attachments.add_bytes(*OWNER, "foto.png", PNG)
    services.attachments.path_of(att.id).unlink()
    with pytest.raises(DomainError) as exc:
        services.attachments.read_bytes(att.id)
    assert exc.value.code == "attachment.missing"


def test_delete_hides_the_row_but_keeps_shared_bytes(services: Services) -> None:
    first = services.attachments.add_bytes(*OWNER, "a.pdf", PDF)
    second = services.attachments.add_bytes(*OWNER, "b.pdf", PDF)
    services.attachments.delete(first.id)
    assert services.attachments.list(*OWNER) == [second]
    assert services.attachments.read_bytes(second.id) == PDF
    with pytest.raises(NotFoundError):
        services.attachments.read_bytes(first.id)
    with pytest.raises(NotFoundError):
        services.attachments.delete(first.id)


def test_owner_is_required(services: Services) -> None:
    with pytest.raises(DomainError) as exc:
        services.attachments.add_bytes("", "x", "a.pdf", PDF)
    assert (exc.value.code, exc.value.field) == ("attachment.owner_type_invalid", "owner_type")
