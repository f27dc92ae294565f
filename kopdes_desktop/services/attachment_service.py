"""Scanned attachments stored once by sha256 under the data folder.

Offices attach scans of deeds, decrees and signed attendance lists. Bytes are content-addressed
(``attachments/ab/abcdef…``) so the same scan attached twice is stored once and a copy can be
checked against its hash; rows only hold metadata. Only PDF, JPEG and PNG are accepted, judged
by the file's first bytes: a renamed text or program file must not pass as a scan.
"""

from __future__ import annotations

import builtins
import contextlib
import hashlib
import os
import tempfile
from pathlib import Path

from sqlalchemy import select

from kopdes_desktop.domain.entities import Attachment
from kopdes_desktop.domain.errors import DomainError, EnvironmentProblem, NotFoundError
from kopdes_desktop.domain.permissions import Action
from kopdes_desktop.services.context import ServiceContext
from kopdes_desktop.services.mapping import get_live, soft_delete, to_entity, upsert_synced
from kopdes_desktop.storage import orm

MAX_ATTACHMENT_BYTES = 20 * 1024 * 1024
"""20 MB: a multi-page scan at office resolution fits; a video does not."""

MAX_NAME_LENGTH = 255
MAX_OWNER_TYPE_LENGTH = 40
MAX_KIND_LENGTH = 60

_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "application/pdf"),
    (b"\xff\xd8\xff", "image/jpeg"),
    (b"\x89PNG\r\n\x1a\n", "image/png"),
)


def sniff_media_type(data: bytes) -> str | None:
    """The media type of PDF, JPEG or PNG bytes, from their magic numbers; None otherwise."""
    for magic, media_type in _SIGNATURES:
        if data.startswith(magic):
            return media_type
    return None


def _short_name(name: str) -> str:
    """Fit a file name into the column, keeping its extension."""
    name = name.strip() or "lampiran"
    if len(name) <= MAX_NAME_LENGTH:
        return name
    stem, dot, ext = name.rpartition(".")
    if not dot or len(ext) > 10:
        return name[:MAX_NAME_LENGTH]
    return stem[: MAX_NAME_LENGTH - len(ext) - 1] + "." + ext


def _fsync_dir(folder: Path) -> None:
    """Make a rename durable; directories cannot be opened for syncing on Windows."""
    if os.name == "nt":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


class AttachmentService:
    """Scanned attachments stored once by sha256 under the data folder."""

    def __init__(self, ctx: ServiceContext, *, max_bytes: int = MAX_ATTACHMENT_BYTES) -> None:
        self._ctx = ctx
        self._max_bytes = max_bytes

    def add(self, owner_type: str, owner_id: str, source: Path, kind: str = "") -> Attachment:
        """Attach a file from disk; its size is checked before a single byte is read."""
        self._ctx.require(Action.EDIT_DATA)
        try:
            size = source.stat().st_size
            self._check_size(size)
            data = source.read_bytes()
        except FileNotFoundError as exc:
            raise NotFoundError("attachment.source_missing", "source", path=str(source)) from exc
        except IsADirectoryError as exc:
            raise DomainError("attachment.source_not_file", "source", path=str(source)) from exc
        except OSError as exc:
            raise EnvironmentProblem(
                "attachment.read_failed",
                "source",
                path=str(source),
                reason=exc.strerror or str(exc),
            ) from exc
        return self.add_bytes(owner_type, owner_id, source.name, data, kind)

    def add_bytes(
        self, owner_type: str, owner_id: str, name: str, data: bytes, kind: str = ""
    ) -> Attachment:
        """Attach bytes (a scan from a scanner driver, a file from an import package)."""
        self._ctx.require(Action.EDIT_DATA)
        self._check_owner(owner_type, owner_id, kind)
        self._check_size(len(data))
        media_type = sniff_media_type(data)
        if media_type is None:
            raise DomainError("attachment.type_not_allowed", "source", name=name)
        sha = hashlib.sha256(data).hexdigest()
        self._store(sha, data)
        entity = Attachment(
            owner_type=owner_type,
            owner_id=owner_id,
            kind=kind.strip(),
            original_name=_short_name(name),
            media_type=media_type,
            size=len(data),
            sha256=sha,
        )
        with self._ctx.session_factory.begin() as session:
            row, _ = upsert_synced(session, orm.Attachment, entity, self._ctx)
            session.flush()
            return to_entity(row, Attachment)

    def get(self, attachment_id: str) -> Attachment:
        """One live attachment's metadata by id."""
        with self._ctx.session_factory() as session:
            return to_entity(get_live(session, orm.Attachment, attachment_id), Attachment)

    def list(self, owner_type: str, owner_id: str) -> builtins.list[Attachment]:
        """Live attachments of one record, oldest first."""
        with self._ctx.session_factory() as session:
            rows = session.scalars(
                select(orm.Attachment)
                .where(
                    orm.Attachment.owner_type == owner_type,
                    orm.Attachment.owner_id == owner_id,
                    orm.Attachment.deleted_at.is_(None),
                )
                .order_by(
                    orm.Attachment.created_at, orm.Attachment.original_name, orm.Attachment.id
                )
            )
            return [to_entity(r, Attachment) for r in rows]

    def read_bytes(self, attachment_id: str) -> bytes:
        """The stored bytes, verified against their hash so a damaged copy is never shown."""
        meta = self.get(attachment_id)
        path = self.blob_path(meta.sha256)
        try:
            data = path.read_bytes()
        except FileNotFoundError as exc:
            raise DomainError("attachment.missing", None, id=attachment_id) from exc
        if hashlib.sha256(data).hexdigest() != meta.sha256:
            raise DomainError("attachment.corrupt", None, id=attachment_id)
        return data

    def path_of(self, attachment_id: str) -> Path:
        """Where the bytes live (to open them in the system viewer); not verified here."""
        meta = self.get(attachment_id)
        path = self.blob_path(meta.sha256)
        if not path.is_file():
            raise DomainError("attachment.missing", None, id=attachment_id)
        return path

    def delete(self, attachment_id: str) -> None:
        """Soft-delete the row; the bytes stay because other rows may share them."""
        self._ctx.require(Action.DELETE_DATA)
        with self._ctx.session_factory.begin() as session:
            soft_delete(session, orm.Attachment, attachment_id, self._ctx)

    def store_blob(self, data: bytes) -> str:
        """Store bytes by their hash without a row (an import writes the rows itself, in its
        own transaction); returns the sha256. Same atomic, verified write as ``add_bytes``."""
        self._check_size(len(data))
        sha = hashlib.sha256(data).hexdigest()
        self._store(sha, data)
        return sha

    def blob_path(self, sha256: str) -> Path:
        """Content address of a hash: ``attachments/<first two hex digits>/<hash>``."""
        return self._ctx.attachments_dir / sha256[:2] / sha256

    def _check_size(self, size: int) -> None:
        """Refuse empty files and files above the limit."""
        if size == 0:
            raise DomainError("attachment.empty", "source")
        if size > self._max_bytes:
            raise DomainError("attachment.too_large", "source", size=size, maximum=self._max_bytes)

    @staticmethod
    def _check_owner(owner_type: str, owner_id: str, kind: str) -> None:
        """Owner and kind must fit their columns; an empty owner would orphan the file."""
        if not owner_type.strip() or len(owner_type) > MAX_OWNER_TYPE_LENGTH:
            raise DomainError("attachment.owner_type_invalid", "owner_type")
        if not owner_id.strip():
            raise DomainError("attachment.owner_id_invalid", "owner_id")
        if len(kind.strip()) > MAX_KIND_LENGTH:
            raise DomainError("attachment.kind_too_long", "kind", maximum=MAX_KIND_LENGTH)

    def _store(self, sha: str, data: bytes) -> None:
        """Write the bytes once, atomically: temp file in the same folder, fsync, verify,
        rename. An existing copy that no longer matches its hash is replaced (self-healing)."""
        target = self.blob_path(sha)
        if target.is_file() and _file_sha256(target) == sha:
            return
        tmp_name: str | None = None
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            with tempfile.NamedTemporaryFile(
                dir=target.parent, prefix=".tmp-", delete=False
            ) as tmp:
                tmp_name = tmp.name
                tmp.write(data)
                tmp.flush()
                os.fsync(tmp.fileno())
            if _file_sha256(Path(tmp_name)) != sha:
                raise EnvironmentProblem(
                    "attachment.write_failed", "source", reason="verification failed"
                )
            os.replace(tmp_name, target)
            tmp_name = None
            _fsync_dir(target.parent)
        except OSError as exc:
            raise EnvironmentProblem(
                "attachment.write_failed", "source", reason=exc.strerror or str(exc)
            ) from exc
        finally:
            if tmp_name is not None:
                with contextlib.suppress(OSError):
                    os.unlink(tmp_name)


def _file_sha256(path: Path) -> str:
    """Hash a file in chunks (scans can be tens of megabytes)."""
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()
