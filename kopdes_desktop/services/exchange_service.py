"""Exchange of ``kopdes-package`` files between offices: export, verify, import, monitor.

A kelurahan exports its records for its Sudin; the Sudin imports packages from all its
kelurahan, sees who is registered twice and which kelurahan never report, and passes its data
on to the Dinas. The format is described in docs/exchange-format.md; the pieces live in
``exchange/`` (format, free of the database) and the ``exchange_*`` service modules.

Importing is two steps for people (``plan`` shows what would happen, ``apply`` does it with
the operator's choices for conflicts) and one for scripts (``import_package``).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine

from kopdes_desktop.domain.errors import DomainError
from kopdes_desktop.domain.permissions import Action
from kopdes_desktop.exchange.data_file import row_batches
from kopdes_desktop.exchange.import_plan import ImportPlan, PackageSummary, PlanBuilder
from kopdes_desktop.exchange.merge import Resolution
from kopdes_desktop.exchange.package_format import PackageError
from kopdes_desktop.exchange.package_reader import OpenedPackage
from kopdes_desktop.exchange.tables import TABLES
from kopdes_desktop.services.attachment_service import AttachmentService
from kopdes_desktop.services.context import ServiceContext
from kopdes_desktop.services.document_service import DocumentService
from kopdes_desktop.services.exchange_checks import KEY_NEW, PackageChecker
from kopdes_desktop.services.exchange_export import ExportRequest, ExportResult, PackageExporter
from kopdes_desktop.services.exchange_feed import RowFeed
from kopdes_desktop.services.exchange_import import ImportPass, start_feed
from kopdes_desktop.services.exchange_monitoring import (
    DuplicatePerson,
    ExchangeMonitoring,
    SilentVillage,
)
from kopdes_desktop.services.rekap_service import RekapService
from kopdes_desktop.services.settings_service import SettingsService
from kopdes_desktop.services.signing_service import SigningService
from kopdes_desktop.services.wilayah_service import WilayahService

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


@dataclass(frozen=True)
class VerifyResult:
    """A package that passed every check; ``key_status`` says whether we know its office."""

    summary: PackageSummary

    @property
    def known_office(self) -> bool:
        """Signed by this office or by an office whose key was accepted."""
        return self.summary.key_status in ("own", "trusted")


class _EarlyFeed:
    """The reading process of a big first import, started while the package's checksums
    are verified (``exchange_feed``): it reads rows meanwhile instead of afterwards."""

    def __init__(self, engine: Engine, area: str) -> None:
        self._engine = engine
        self._area = area
        self._feed: RowFeed | None = None

    def start(self, pkg: OpenedPackage) -> frozenset[str]:
        """``PackageChecker.checked``'s hook: the data files the readers now read (and
        verify as they read them)."""
        self._feed = start_feed(self._engine, pkg, self._area)
        if self._feed is None:
            return frozenset()
        return self._feed.verified

    def take(self) -> RowFeed | None:
        """Hand the process over to the import pass (which closes it)."""
        feed, self._feed = self._feed, None
        return feed

    def close(self) -> None:
        """Stop a process the pass never took (a check failed after it started)."""
        if self._feed is not None:
            self._feed.close()
            self._feed = None


def _resolutions(raw: Mapping[str, str | Resolution] | None) -> dict[str, Resolution]:
    out: dict[str, Resolution] = {}
    for key, value in (raw or {}).items():
        try:
            out[key] = Resolution(value)
        except ValueError as exc:
            raise DomainError("exchange.resolution_invalid", "resolutions", key=key) from exc
    return out


class ExchangeService:
    """Export, verification, import and monitoring of exchange packages."""

    def __init__(
        self,
        ctx: ServiceContext,
        engine: Engine,
        signing: SigningService,
        settings: SettingsService,
        wilayah: WilayahService,
        attachments: AttachmentService,
        rekap: RekapService | None = None,
        documents: DocumentService | None = None,
    ) -> None:
        self._ctx, self._engine, self._settings = ctx, engine, settings
        self._attachments = attachments
        self._checker = PackageChecker(signing, settings, wilayah)
        self._exporter = PackageExporter(ctx, engine, signing, settings, wilayah, rekap, documents)
        self._monitoring = ExchangeMonitoring(ctx, wilayah)

    # -- export ------------------------------------------------------------------------------

    def export(
        self,
        out: Path,
        *,
        coop: str | None = None,
        since_last: str | None = None,
        with_documents: bool = False,
        mask_nik: bool = False,
        with_rekap: bool | None = None,
        progress: Progress | None = None,
        cancelled: Cancelled | None = None,
    ) -> ExportResult:
        """Write a package of the working area (or one cooperative, or the changes since the
        last export to ``since_last``) to ``out``, atomically. ``with_rekap`` None: the
        workbook is included unless the area is national-sized (then a note says so)."""
        self._ctx.require(Action.EXPORT)
        mask_nik = mask_nik or not self._ctx.may(Action.EXPORT_FULL_NIK)
        request = ExportRequest(Path(out), coop, since_last, with_documents, mask_nik, with_rekap)
        return self._exporter.export(request, progress, cancelled)

    # -- checks ------------------------------------------------------------------------------

    def verify(self, path: Path) -> VerifyResult:
        """Every package check, rows included, without touching the database."""
        with self._checker.checked(Path(path), for_import=False) as checked:
            for spec in TABLES:
                for _batch in row_batches(checked.package, spec):
                    pass
            return VerifyResult(checked.summary)

    # -- import ------------------------------------------------------------------------------

    def plan(
        self,
        path: Path,
        *,
        accept_new_office: bool = False,
        resolutions: Mapping[str, str | Resolution] | None = None,
        progress: Progress | None = None,
        cancelled: Cancelled | None = None,
    ) -> ImportPlan:
        """Dry run: what importing would do, per cooperative; the database is unchanged."""
        return self._run(Path(path), accept_new_office, resolutions, False, progress, cancelled)

    def apply(
        self,
        plan: ImportPlan,
        resolutions: Mapping[str, str | Resolution] | None = None,
        progress: Progress | None = None,
        cancelled: Cancelled | None = None,
    ) -> ImportPlan:
        """Apply a planned package with the operator's conflict choices (all or nothing).

        Raises ConflictError-like DomainError ``exchange.conflicts_unresolved`` when a
        conflict has no choice, and ``exchange.plan_stale`` when the file changed since.
        """
        chosen = {**plan.resolutions, **_resolutions(resolutions)}
        missing = [c for c in plan.conflicts if c.key not in chosen]
        if missing:
            raise DomainError("exchange.conflicts_unresolved", None, count=len(missing))
        accept = plan.package.key_status == KEY_NEW
        result = self._run(plan.package.path, accept, chosen, True, progress, cancelled, plan)
        return result

    def import_package(
        self,
        path: Path,
        *,
        accept_new_office: bool = False,
        resolutions: Mapping[str, str | Resolution] | None = None,
        dry_run: bool = False,
        progress: Progress | None = None,
        cancelled: Cancelled | None = None,
    ) -> ImportPlan:
        """Plan and apply in one pass; with unresolved conflicts nothing is applied and the
        returned plan (``applied`` False) lists them."""
        return self._run(
            Path(path), accept_new_office, resolutions, not dry_run, progress, cancelled
        )

    def _run(
        self,
        path: Path,
        accept_new_office: bool,
        resolutions: Mapping[str, str | Resolution] | None,
        commit: bool,
        progress: Progress | None,
        cancelled: Cancelled | None,
        expected: ImportPlan | None = None,
    ) -> ImportPlan:
        if commit:
            self._ctx.require(Action.IMPORT)
            if accept_new_office:
                self._ctx.require(Action.TRUST_OFFICE)
        area = self._settings.get().area_code
        if area is None:
            raise DomainError("settings.no_area", "area_code")
        builder = PlanBuilder(_resolutions(resolutions))
        early = _EarlyFeed(self._engine, area)
        try:
            with self._checker.checked(
                path, accept_new_office=accept_new_office, before_checksums=early.start
            ) as checked:
                if expected is not None and checked.summary.sha256 != expected.package.sha256:
                    raise PackageError("exchange.plan_stale", None, file=path.name)
                runner = ImportPass(self._ctx, self._engine, self._attachments, area)
                applied = runner.run(checked, builder, commit, progress, cancelled, early.take())
                summary = checked.summary
                key = checked.manifest.office.public_key
        finally:
            early.close()
        if applied and summary.key_status == KEY_NEW:
            self._checker.trust_new_office(summary, key)
        return builder.build(summary, applied)

    # -- monitoring --------------------------------------------------------------------------

    def duplicate_persons(self, area: str) -> list[DuplicatePerson]:
        """Persons (by NIK, masked) registered in more than one cooperative of ``area``."""
        return self._monitoring.duplicate_persons(area)

    def silent_villages(self, area: str, days: int | None = None) -> list[SilentVillage]:
        """Villages of ``area`` that never sent a package, or none within ``days``."""
        return self._monitoring.silent_villages(area, days)
