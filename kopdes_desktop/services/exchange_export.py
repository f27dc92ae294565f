"""Export: the office's records as a signed ``kopdes-package`` file.

Rows stream from one read transaction (a consistent snapshot: on SQLite the shared lock
holds writers off until the data is read; on PostgreSQL a REPEATABLE READ snapshot), straight
into the ZIP as canonical JSON. Their CSV copy and rekap.xlsx follow; on SQLite they are
written at the same time on threads of their own that read inside the same snapshot
(``export_passes``). Nothing in the database changes except the ``export_log`` row written
once the file is safely in place.
"""

from __future__ import annotations

import contextlib
import hashlib
import tempfile
import threading
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path
from typing import Any, BinaryIO

from sqlalchemy import Connection, Engine, func, select
from sqlalchemy.orm import Session

from kopdes_desktop import __version__
from kopdes_desktop.domain.errors import DomainError, NotFoundError
from kopdes_desktop.exchange.manifest import FileEntry, Manifest, OfficeInfo, Scope
from kopdes_desktop.exchange.package_format import (
    DOCUMENTS_PREFIX,
    REKAP_NAME,
    attachment_name,
    data_name,
)
from kopdes_desktop.exchange.package_writer import PackageBuilder, write_package
from kopdes_desktop.exchange.row_lines import FILE_HEAD, FILE_TAIL, LineEncoder
from kopdes_desktop.exchange.tables import TABLES, TableSpec
from kopdes_desktop.services.context import ServiceContext
from kopdes_desktop.services.document_service import DocumentService
from kopdes_desktop.services.exchange_rows import RowCodec
from kopdes_desktop.services.exchange_scope import ExportScope
from kopdes_desktop.services.export_passes import (
    JSON_SEPARATOR,
    CsvPass,
    CsvWorker,
    FastPath,
    RekapPart,
    RekapWorker,
    fetch_batches,
    mask_columns,
    sqlite_blocks,
    sqlite_fast,
)
from kopdes_desktop.services.export_process import CsvProcess
from kopdes_desktop.services.rekap_service import RekapService
from kopdes_desktop.services.settings_service import SettingsService
from kopdes_desktop.services.signing_service import SigningService
from kopdes_desktop.services.wilayah_service import WilayahService
from kopdes_desktop.storage import orm
from kopdes_desktop.storage.migrate import head_revision

CONCURRENT_PASSES = True
"""On SQLite, run the CSV pass and rekap.xlsx beside the data pass (``export_passes``)."""
CSV_IN_PROCESS = True
"""Run that CSV pass in a child process rather than a thread (``export_process`` says why)."""
REKAP_FULL_MAX = 10_000
"""Above this many cooperatives rekap.xlsx is a summary unless asked for in full."""
PACKAGE_DOCUMENTS = ("daftar_pendiri", "profil", "susunan_pengurus")
"""Documents put into a package with ``with_documents`` (drafts: exporting numbers nothing)."""

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


@dataclass(frozen=True)
class ExportRequest:
    """What to export; ``since_last`` names the destination whose last export is the cut."""

    out: Path
    coop: str | None = None
    since_last: str | None = None
    with_documents: bool = False
    mask_nik: bool = False
    with_rekap: bool | None = None
    """None: rekap.xlsx (a summary above ``REKAP_FULL_MAX`` cooperatives); True: in full;
    False: without (noted in the manifest)."""


@dataclass(frozen=True)
class ExportResult:
    """The package written: where, its checksum, its manifest and what it holds."""

    path: Path
    sha256: str
    manifest: Manifest
    notes: tuple[str, ...] = ()

    @property
    def counts(self) -> dict[str, int]:
        """Rows per table."""
        return dict(self.manifest.counts)


@dataclass
class _Collected:
    """What the table pass learns on the way: counts, attachment hashes, cooperatives."""

    counts: dict[str, int] = field(default_factory=dict)
    attachments: set[str] = field(default_factory=set)
    cooperatives: list[tuple[str, str]] = field(default_factory=list)
    audit_head: str | None = None


class PackageExporter:
    """Writes packages; one instance per program run (it holds no state between exports)."""

    def __init__(
        self,
        ctx: ServiceContext,
        engine: Engine,
        signing: SigningService,
        settings: SettingsService,
        wilayah: WilayahService,
        rekap: RekapService | None,
        documents: DocumentService | None,
    ) -> None:
        self._ctx, self._engine, self._signing = ctx, engine, signing
        self._settings, self._wilayah = settings, wilayah
        self._rekap, self._documents = rekap, documents

    def export(
        self,
        request: ExportRequest,
        progress: Progress | None = None,
        cancelled: Cancelled | None = None,
    ) -> ExportResult:
        """Write the package; raises DomainError for expected problems (no area, no coop)."""
        office = self._settings.get()
        if office.area_code is None:
            raise DomainError("settings.no_area", "area_code")
        coop_id, coop_code = self._cooperative(request.coop)
        since = self._last_export(request.since_last) if request.since_last else None
        scope = ExportScope(coop_id, since)
        key = self._signing.public_key_info()
        snapshot_at = self._ctx.now()
        notes: list[str] = []
        rekap = None
        if self._wants_rekap(request, notes) and self._rekap is not None:
            area = coop_code or office.area_code
            summary = request.with_rekap is None and self._rekap.count(area) > REKAP_FULL_MAX
            if summary:
                notes.append("rekap.summary_large")
            rekap = RekapPart(self._rekap, area, request.mask_nik, summary)
        if request.with_documents and self._documents is None:
            notes.append("documents.unavailable")
        base = Manifest(
            program_version=__version__,
            schema_revision=head_revision(),
            created_at=snapshot_at,
            office=OfficeInfo(
                office.area_code, office.office_name[:200], key.public_key_hex, key.fingerprint
            ),
            scope=Scope("cooperative" if coop_id else "area", coop_code, since, request.since_last),
            counts={},
            files={},
            nik_masked=request.mask_nik,
        )
        writer = _PackageRun(self, request, scope, base, rekap, notes, progress, cancelled)
        manifest = write_package(request.out, writer.produce)
        sha = _file_sha256(request.out)
        self._log(request, scope, manifest, sha, snapshot_at)
        return ExportResult(request.out, sha, manifest, tuple(notes))

    # -- pieces ----------------------------------------------------------------------------

    def _cooperative(self, code: str | None) -> tuple[str | None, str | None]:
        """The id and village code of ``--coop CODE`` (any row, tombstones too)."""
        if code is None:
            return None, None
        norm = self._wilayah.normalize(code)
        with self._ctx.session_factory() as session:
            coop_id = session.scalar(
                select(orm.Cooperative.id).where(orm.Cooperative.village_code == norm)
            )
        if coop_id is None:
            raise NotFoundError("exchange.cooperative_unknown", "coop", village=norm)
        return coop_id, norm

    def _last_export(self, destination: str) -> datetime | None:
        with self._ctx.session_factory() as session:
            return session.scalar(
                select(func.max(orm.ExportLog.exported_at)).where(
                    orm.ExportLog.destination == destination
                )
            )

    def _wants_rekap(self, request: ExportRequest, notes: list[str]) -> bool:
        """Whether to add rekap.xlsx: unless asked not to, or no rekap service is at hand.

        The workbook streams from a few queries per batch of cooperatives into a hand-written
        sheet writer (``rekap_stream``, ``xlsx_stream``), in bounded memory. Above
        ``REKAP_FULL_MAX`` cooperatives it is a summary without the Pengurus and Unit Usaha
        sheets unless asked for in full (``with_rekap=True``): for the whole country those
        are a million rows, about two minutes more than the rest of the export."""
        if request.with_rekap is False:
            notes.append("rekap.skipped")
            return False
        if self._rekap is None:
            notes.append("rekap.unavailable")
            return False
        return True

    def _log(
        self,
        request: ExportRequest,
        scope: ExportScope,
        manifest: Manifest,
        sha: str,
        snapshot_at: datetime,
    ) -> None:
        """The one row an export writes: what went where, so ``--since-last`` can follow."""
        with self._ctx.session_factory.begin() as session:
            session.add(
                orm.ExportLog(
                    destination=(request.since_last or str(request.out))[:300],
                    exported_at=snapshot_at,
                    scope=manifest.scope.kind,
                    cooperative=manifest.scope.cooperative,
                    since=scope.since,
                    counts=dict(manifest.counts),
                    package_sha256=sha,
                    file_name=request.out.name[:300],
                    username=self._ctx.username,
                )
            )


class _PackageRun:
    """One export in progress: the ``produce`` callback of ``write_package``."""

    def __init__(
        self,
        owner: PackageExporter,
        request: ExportRequest,
        scope: ExportScope,
        base: Manifest,
        rekap: RekapPart | None,
        notes: list[str],
        progress: Progress | None,
        cancelled: Cancelled | None,
    ) -> None:
        self._o, self._request, self._scope, self._base = owner, request, scope, base
        self._rekap, self._notes = rekap, notes
        self._progress, self._cancelled = progress, cancelled
        self._halt = threading.Event()
        self._worker: CsvWorker | CsvProcess | None = None

    def produce(self, builder: PackageBuilder) -> Manifest:
        """Every entry in package order, then the signed manifest."""
        collected = self._tables(builder)
        self._attachments(builder, sorted(collected.attachments))
        if self._request.with_documents and self._o._documents is not None:
            self._add_documents(builder, sorted(collected.cooperatives))
        manifest = replace(
            self._base,
            counts=collected.counts,
            files=dict(builder.files),
            audit_head=collected.audit_head,
            notes=tuple(self._notes),
        )
        return manifest.signed_with(self._o._signing.sign)

    def _tables(self, builder: PackageBuilder) -> _Collected:
        """Data entries, CSV entries and rekap.xlsx of every table from one read transaction
        (one snapshot, so all of them see the same rows).

        On SQLite the CSV pass runs beside the data pass on a second connection
        (``CsvWorker``), which begins reading inside this transaction (same snapshot); the
        transaction stays open until the worker and the workbook are done."""
        collected = _Collected()
        conn = self._o._engine.connect()
        sqlite = conn.dialect.name == "sqlite"
        if not sqlite:
            conn = conn.execution_options(isolation_level="REPEATABLE READ")
        folder = self._request.out.parent
        with contextlib.ExitStack() as stack:
            stack.enter_context(conn)
            stack.enter_context(conn.begin())
            specs = sorted(TABLES, key=lambda t: t.name)
            fast = FastPath(self._sqlite_json)
            csv = CsvPass(self._scope, self._batches, self._mask, self._stop)
            worker: CsvWorker | CsvProcess | None = None
            rekap = None
            if sqlite and CONCURRENT_PASSES:
                conn.exec_driver_sql("SELECT count(*) FROM sqlite_master").all()  # SHARED lock
                # The CSV pass goes backwards: the two passes then reach the tables read
                # row by row in Python (meeting, training_*) at different times, and do not
                # trade the GIL row by row (the package gets the entries in its own order).
                url = self._o._engine.url
                if CSV_IN_PROCESS and url.database not in (None, "", ":memory:"):
                    worker = CsvProcess(
                        url.render_as_string(hide_password=False),
                        self._scope,
                        self._request.mask_nik,
                        [spec.name for spec in specs[::-1]],
                        folder,
                    )
                else:
                    worker = CsvWorker(self._o._engine, csv, specs[::-1], fast, folder, self._halt)
                stack.callback(worker.close)
                worker.start()
                if self._rekap is not None:
                    rekap = RekapWorker(self._o._engine, self._write_rekap, folder, self._halt)
                    stack.callback(rekap.close)
                    rekap.start()
            self._worker = worker
            steps = 2 * len(specs)
            for done, spec in enumerate(specs, start=1):
                collected.counts[spec.name] = self._json(
                    conn, builder, spec, fast(conn, spec), collected
                )
                self._report(done, steps)
            collected.audit_head = conn.scalar(
                select(orm.AuditEntry.hash).order_by(orm.AuditEntry.id.desc()).limit(1)
            )
            if worker is None:
                for done, spec in enumerate(specs, start=len(specs) + 1):
                    csv.table(conn, builder, spec, fast(conn, spec))
                    self._report(done, steps)
            else:
                worker.wait(self._stop, lambda tables: self._report(len(specs) + tables, steps))
                assert worker.spool is not None
                builder.add_deflated(worker.spool)
            if rekap is not None:
                rekap.wait(self._stop)
                builder.add_stream(REKAP_NAME, rekap.spool)
            elif self._rekap is not None:
                spool = stack.enter_context(tempfile.TemporaryFile(dir=folder, prefix=".rekap-"))
                self._write_rekap(spool)
                builder.add_stream(REKAP_NAME, spool)
        return collected

    def _write_rekap(self, spool: BinaryIO, sessions: Callable[[], Session] | None = None) -> None:
        assert self._rekap is not None
        self._rekap.write(spool, self._base.created_at, self._halt, sessions)

    def _report(self, done: int, total: int) -> None:
        if self._progress is not None:
            self._progress(done, total)

    def _stop(self) -> None:
        """Raise on cancel, when the other pass failed or when the export gave up."""
        if self._halt.is_set() or (self._cancelled is not None and self._cancelled()):
            raise DomainError("exchange.cancelled")
        if self._worker is not None:
            self._worker.check()  # the CSV worker failed: stop the data pass too

    def _batches(self, conn: Connection, sql: str) -> Iterator[Sequence[Sequence[Any]]]:
        """Rows in batches (the Python path), stopping as ``_stop`` says."""
        for batch in fetch_batches(conn, self._scope.statement(sql)):
            self._stop()
            yield batch

    def _json(
        self,
        conn: Connection,
        builder: PackageBuilder,
        spec: TableSpec,
        fast: bool,
        collected: _Collected,
    ) -> int:
        """Stream one table into ``data/<table>.json``; returns the rows."""
        codec = RowCodec(spec, conn.dialect)
        lines = LineEncoder(spec)
        count = 0
        with builder.entry(data_name(spec.name)) as out:
            out.write_text(FILE_HEAD)
            for text, rows in self._json_blocks(conn, codec, lines, spec, fast, collected):
                out.write_text(text if count == 0 else ",\n" + text)
                count += rows
            out.write_text("\n" + FILE_TAIL if count else FILE_TAIL)
        return count

    def _json_blocks(
        self,
        conn: Connection,
        codec: RowCodec,
        lines: LineEncoder,
        spec: TableSpec,
        fast: bool,
        collected: _Collected,
    ) -> Iterator[tuple[str, int]]:
        """A table's JSON lines joined by ",\\n", a block at a time, and the rows of each."""
        if fast:

            def lines_sql(where: str) -> str:
                return codec.sqlite_json_sql(where, with_id=True)

            for text, rows, _ in sqlite_blocks(
                conn, self._scope, spec.name, lines_sql, JSON_SEPARATOR, self._stop
            ):
                yield text, rows
            return
        for batch in self._batches(conn, codec.select_sql(self._scope.where(spec.name))):
            columns = codec.columns_out(batch)
            self._mask(spec, codec.names, columns)
            self._collect(spec, codec.names, columns, collected)
            yield ",\n".join(lines.lines(columns)), len(batch)

    def _sqlite_json(self, conn: Connection, spec: TableSpec) -> bool:
        """Whether SQLite writes the JSON lines (big tables that need nothing collected)."""
        return sqlite_fast(conn, spec, self._request.mask_nik)

    def _mask(self, spec: TableSpec, names: tuple[str, ...], columns: list[list[Any]]) -> None:
        """Mask NIKs when asked (in the data and the CSV copy alike)."""
        mask_columns(spec, names, columns, self._request.mask_nik)

    def _collect(
        self, spec: TableSpec, names: tuple[str, ...], columns: list[list[Any]], c: _Collected
    ) -> None:
        """Remember attachment hashes and cooperatives."""
        if spec.name == "attachment":
            c.attachments.update(columns[names.index("sha256")])
        elif spec.name == "cooperative":
            ids, codes = columns[names.index("id")], columns[names.index("village_code")]
            deleted = columns[names.index("deleted_at")]
            c.cooperatives.extend(
                (code, i) for i, code, d in zip(ids, codes, deleted, strict=True) if d is None
            )

    def _attachments(self, builder: PackageBuilder, hashes: list[str]) -> None:
        """Attachment bytes by sha256, checked on the way (a damaged scan must not travel)."""
        folder = self._o._ctx.attachments_dir
        for sha in hashes:
            path = folder / sha[:2] / sha
            try:
                with path.open("rb") as fh:
                    entry: FileEntry = builder.add_stream(attachment_name(sha), fh)
            except FileNotFoundError as exc:
                raise DomainError("exchange.attachment_missing", None, sha256=sha) from exc
            if entry.sha256 != sha:
                raise DomainError("exchange.attachment_corrupt", None, sha256=sha)

    def _add_documents(self, builder: PackageBuilder, coops: list[tuple[str, str]]) -> None:
        """Draft PDFs of each cooperative (a document that cannot be built is noted, skipped)."""
        documents = self._o._documents
        assert documents is not None
        skipped = 0
        for code, coop_id in coops:
            for doc_type in PACKAGE_DOCUMENTS:
                try:
                    built = documents.build(
                        coop_id, doc_type, mask_nik=self._request.mask_nik, issue=False
                    )
                except DomainError:
                    skipped += 1
                    continue
                builder.add_bytes(f"{DOCUMENTS_PREFIX}{code}-{doc_type}.pdf", built.pdf)
        if skipped:
            self._notes.append("documents.some_skipped")


def _file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()
