"""Disk full: saves, PDFs, packages, spreadsheets and backups on a disk that refuses writes.

Two ways of making the disk refuse, both checked by ``FaultScenario`` (no good file replaced by
a truncated one, no temporary file left, the database intact with every earlier commit, a clear
error rather than a crash, and everything works again once there is room):

* a real 8 MiB tmpfs filled up to leave 0 B … 1 MiB free (needs root and ``mount``; skipped
  where the machine does not allow it);
* fault injection at every write call, always: the process's file-size limit
  (``RLIMIT_FSIZE``) makes each ``write()`` past byte N fail inside the kernel, for SQLite's
  own writes as much as for Python's, for N from 0 to a few MiB.
"""

from __future__ import annotations

import contextlib
import os
import resource
import shutil
import signal
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from reliability.fault_scenario import MELAWAI, FaultScenario
from reliability.small_database import make_small_database

from kopdes_desktop.bootstrap import Services, build_services
from kopdes_desktop.config import Config

# openpyxl's generators and zip writers abandoned by a refused write complain when they are
# garbage-collected; the file checks below are what matter.
pytestmark = pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning")

TMPFS_SIZE = "8m"
"""Room for the office database (about 1.8 MB fresh: 16 KiB pages), a backup of it and the
exports when the disk has room again; the fill leaves 0 B … 1 MiB of it free."""
FREE_LEVELS = (0, 4096, 8192, 16_384, 32_768, 65_536, 131_072, 262_144, 524_288, 1_048_576)
SIZE_LIMITS = (0, 1, 4096, 16_384, 65_536, 262_144, 1_048_576, 2_097_152, 4_194_304)
if os.environ.get("KOPDES_RELIABILITY_PROFILE") == "reliability-full":  # run_full.py
    FREE_LEVELS = (*range(0, 131_072, 4096), *range(131_072, 2_097_152, 65_536))
    SIZE_LIMITS = (0, 1, 512, *range(4096, 4_194_304, 65_536), 4_194_304)


@pytest.fixture(scope="module")
def small_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Schema plus the areas of Jakarta only (a few hundred KB, fits a tiny disk)."""
    return make_small_database(tmp_path_factory.mktemp("small") / "template.db", ("31",))


def open_office(home: Path, template: Path) -> Services:
    """A kelurahan office on ``home`` with its cooperative, ten members and a signing key."""
    home.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(template, home / "kopdes.db")
    services = build_services(Config(home=home, database_url=f"sqlite:///{home / 'kopdes.db'}"))
    services.settings.set_area(MELAWAI, "Kelurahan Melawai")
    services.signing.ensure_key()
    services.demo.generate(MELAWAI, 1, members=10, seed=7)
    return services


def run_rounds(scenario: FaultScenario, faults: list[object], apply, clear=None) -> None:
    """Every operation once per fault setting, then once more with no fault at all
    (``clear()`` first takes away what is left of the last one)."""
    n = 0
    for setting in faults:
        for op in scenario.ops:
            n += 1
            scenario.attempt(op, n, lambda s=setting: apply(s))
    if clear is not None:
        clear()
    for op in scenario.ops:  # the program keeps running: with room again, all succeed
        n += 1
        assert scenario.attempt(op, n), f"{op} failed with room again: {scenario.outcomes.errors}"


# -- a real full disk ----------------------------------------------------------------------


@pytest.fixture
def tiny_disk(tmp_path: Path) -> Iterator[Path]:
    """An 8 MiB tmpfs mounted for this test (skipped when mounting is not permitted)."""
    if shutil.which("mount") is None or shutil.which("umount") is None:
        pytest.skip("no mount command here")
    mount_point = tmp_path / "tiny"
    mount_point.mkdir()
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={TMPFS_SIZE}", "tmpfs", str(mount_point)],
        capture_output=True,
        check=False,
    )
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {done.stderr.decode(errors='replace')}")
    try:
        yield mount_point
    finally:
        subprocess.run(["umount", "-l", str(mount_point)], check=False)


def _free_bytes(folder: Path) -> int:
    st = os.statvfs(folder)
    return st.f_bavail * st.f_frsize


class Filler:
    """A file that takes up the disk's room, leaving about ``level`` bytes free."""

    def __init__(self, folder: Path) -> None:
        self.path = folder / "filler.bin"
        self.path.write_bytes(b"")

    def leave_free(self, level: int) -> None:
        free = _free_bytes(self.path.parent)
        if free > level:
            with open(self.path, "ab") as fh, contextlib.suppress(OSError):
                remaining = free - level
                while remaining > 0:
                    chunk = min(remaining, 65_536)
                    fh.write(b"\xa5" * chunk)
                    fh.flush()
                    remaining -= chunk
        elif free < level:
            size = self.path.stat().st_size
            os.truncate(self.path, max(0, size - (level - free)))

    def remove(self) -> None:
        self.path.unlink(missing_ok=True)


@pytest.mark.slow
def test_full_tmpfs_never_replaces_a_good_file_or_loses_a_commit(
    tiny_disk: Path, small_template: Path
) -> None:
    services = open_office(tiny_disk / "home", small_template)
    try:
        scenario = FaultScenario(services, tiny_disk / "out")
        for op in scenario.ops:  # the good files, written while there is room
            assert scenario.attempt(op, 0), scenario.outcomes.problems
        filler = Filler(tiny_disk)

        @contextlib.contextmanager
        def disk_with(level: int) -> Iterator[None]:
            filler.leave_free(level)
            yield

        run_rounds(scenario, list(FREE_LEVELS), disk_with, clear=filler.remove)
        scenario.check_database("the end")
        outcomes = scenario.outcomes
        print(
            f"\ntmpfs disk full: refused {outcomes.refused} (after the file:"
            f" {outcomes.refused_after_write}), succeeded {outcomes.ok}, codes {outcomes.errors}"
        )
        assert outcomes.problems == [], "\n".join(p[:300] for p in outcomes.problems)
        # The fault was real: every operation was refused at least once on the full disk,
        # and a refused save says "disk full" (the GUI and CLI turn the code into a sentence).
        assert set(outcomes.refused) == set(scenario.ops)
        assert all("full" in code for code in outcomes.errors["save"]), outcomes.errors
    finally:
        services.engine.dispose()


# -- fault injection at every write call -----------------------------------------------------


@contextlib.contextmanager
def file_size_limit(limit: int) -> Iterator[None]:
    """Each ``write()`` reaching past byte ``limit`` of any file fails with EFBIG."""
    soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
    previous = signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # EFBIG instead of a kill
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, hard))
    try:
        yield
    finally:
        resource.setrlimit(resource.RLIMIT_FSIZE, (soft, hard))
        signal.signal(signal.SIGXFSZ, previous)


@pytest.mark.slow
def test_every_write_call_failing_never_replaces_a_good_file_or_loses_a_commit(
    tmp_path: Path, small_template: Path
) -> None:
    services = open_office(tmp_path / "home", small_template)
    try:
        scenario = FaultScenario(services, tmp_path / "out")
        for op in scenario.ops:
            assert scenario.attempt(op, 0), scenario.outcomes.problems
        run_rounds(scenario, list(SIZE_LIMITS), file_size_limit)
        scenario.check_database("the end")
        outcomes = scenario.outcomes
        print(
            f"\nwrite faults: refused {outcomes.refused} (after the file:"
            f" {outcomes.refused_after_write}), succeeded {outcomes.ok}, codes {outcomes.errors}"
        )
        assert outcomes.problems == [], "\n".join(p[:300] for p in outcomes.problems)
        assert set(outcomes.refused) == set(scenario.ops)
    finally:
        services.engine.dispose()
