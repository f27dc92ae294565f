"""Everything about a package that can be checked before the database is touched.

In order: the ZIP directory and layout (zip_safety, package_reader), the manifest, the schema
revision (a package from a newer program is refused), the Ed25519 signature, whether the
signing office is known (our own key, a trusted office's key, or a new office that the
operator accepts explicitly; a *changed* key for an office we know is always refused), the
area (a package must concern our working area), and finally every byte against its checksum.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from kopdes_desktop.exchange.import_plan import PackageSummary
from kopdes_desktop.exchange.manifest import Manifest
from kopdes_desktop.exchange.package_format import PackageError
from kopdes_desktop.exchange.package_reader import (
    VERIFY_THREADS,
    OpenedPackage,
    open_package,
    verify_checksums,
    verify_signature,
)
from kopdes_desktop.services.settings_service import SettingsService
from kopdes_desktop.services.signing_service import (
    KeyOwner,
    SigningService,
    fingerprint,
    format_fingerprint,
)
from kopdes_desktop.services.wilayah_service import WilayahService
from kopdes_desktop.storage.migrate import known_revisions

KEY_OWN, KEY_TRUSTED, KEY_NEW, KEY_UNKNOWN = "own", "trusted", "new", "unknown"


@dataclass(frozen=True)
class CheckedPackage:
    """A package that passed every check, with what the plan shows about it."""

    package: OpenedPackage
    summary: PackageSummary
    unverified: frozenset[str] = frozenset()
    """Entries whose checksum reading processes check as they read them (left out of the
    verification by ``before_checksums``): whoever reads one of them otherwise verifies it
    first (``verify_entries``)."""

    @property
    def manifest(self) -> Manifest:
        """The verified manifest."""
        return self.package.manifest


def file_sha256(path: Path) -> str:
    """Checksum of the whole package file: the identity of a plan between dry run and apply."""
    digest = hashlib.sha256()
    try:
        with Path(path).open("rb") as fh:
            for chunk in iter(lambda: fh.read(1 << 20), b""):
                digest.update(chunk)
    except OSError as exc:
        raise PackageError("package.unreadable", None, path=str(path)) from exc
    return digest.hexdigest()


class PackageChecker:
    """Opens packages and runs the checks of the module docstring."""

    def __init__(
        self, signing: SigningService, settings: SettingsService, wilayah: WilayahService
    ) -> None:
        self._signing = signing
        self._settings = settings
        self._wilayah = wilayah

    @contextmanager
    def checked(
        self,
        path: Path,
        *,
        accept_new_office: bool = False,
        for_import: bool = True,
        before_checksums: Callable[[OpenedPackage], frozenset[str]] | None = None,
    ) -> Iterator[CheckedPackage]:
        """The open package once every check passed (PackageError at the first failure).

        ``for_import=False`` (``kopdes verify``) reports an unknown office as ``unknown``
        instead of refusing, and skips the checks that concern this office's database.
        ``before_checksums`` is called once the manifest, its signature and the office key
        are trusted, just before the entries' checksums are verified (the longest check):
        it may start processes that read the package, and answers the entries they read
        and verify themselves; the verification leaves those out, and runs on one thread
        while they work.
        """
        sha = file_sha256(path)
        with open_package(path) as pkg:
            m = pkg.manifest
            if m.schema_revision not in known_revisions():
                raise PackageError(
                    "package.revision_unknown", "schema_revision", revision=m.schema_revision
                )
            verify_signature(m, self._signing.verify)
            if fingerprint(bytes.fromhex(m.office.public_key)) != m.office.fingerprint:
                raise PackageError(
                    "package.manifest_invalid", None, item="office.fingerprint", reason="key"
                )
            status = self._key_status(m, accept_new_office, for_import)
            if for_import:
                self._check_for_import(m)
            read = before_checksums(pkg) if before_checksums is not None else frozenset()
            verify_checksums(pkg, 1 if read else VERIFY_THREADS, skip=read)
            yield CheckedPackage(pkg, _summary(path, sha, m, status), read)

    def _key_status(self, m: Manifest, accept_new: bool, for_import: bool) -> str:
        """own / trusted / new (accepted now) / unknown (verify only); refusals otherwise."""
        key = bytes.fromhex(m.office.public_key)
        identity = self._signing.identify(key)
        if identity.owner is KeyOwner.OWN:
            return KEY_OWN
        if identity.owner is KeyOwner.TRUSTED:
            if identity.area_code != m.office.area_code:
                raise PackageError(
                    "package.office_key_area",
                    None,
                    area=m.office.area_code,
                    trusted_area=identity.area_code,
                    fingerprint=format_fingerprint(identity.fingerprint),
                )
            return KEY_TRUSTED
        known = [k for k in self._signing.trusted_keys() if k.area_code == m.office.area_code]
        if known:
            raise PackageError(
                "package.office_key_changed",
                None,
                area=m.office.area_code,
                fingerprint=format_fingerprint(identity.fingerprint),
                known=format_fingerprint(known[0].fingerprint),
            )
        if accept_new:
            return KEY_NEW
        if not for_import:
            return KEY_UNKNOWN
        raise PackageError(
            "package.office_unknown",
            None,
            area=m.office.area_code,
            office=m.office.name,
            fingerprint=format_fingerprint(identity.fingerprint),
        )

    def _check_for_import(self, m: Manifest) -> None:
        """Masked NIKs cannot be merged; the package must concern our working area."""
        if m.nik_masked:
            raise PackageError("package.nik_masked")
        ours = self._settings.get().area_code
        if ours is None:
            raise PackageError("settings.no_area", "area_code")
        theirs = m.office.area_code
        if not (self._wilayah.contains(ours, theirs) or self._wilayah.contains(theirs, ours)):
            raise PackageError("package.area_outside", None, area=theirs, working=ours)

    def trust_new_office(self, summary: PackageSummary, public_key_hex: str) -> None:
        """Remember an accepted office's key (after its package was applied)."""
        self._signing.trust(summary.office_area, summary.office_name, bytes.fromhex(public_key_hex))


def _summary(path: Path, sha: str, m: Manifest, status: str) -> PackageSummary:
    return PackageSummary(
        path=Path(path),
        sha256=sha,
        created_at=m.created_at,
        program_version=m.program_version,
        schema_revision=m.schema_revision,
        office_area=m.office.area_code,
        office_name=m.office.name,
        fingerprint=m.office.fingerprint,
        key_status=status,
        scope_kind=m.scope.kind,
        scope_cooperative=m.scope.cooperative,
        since=m.scope.since,
        counts=dict(m.counts),
    )
