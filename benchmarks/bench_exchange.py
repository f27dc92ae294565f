"""Exchange benchmark at national scale: export everything, import into an empty database.

Run:  uv run python benchmarks/bench_exchange.py [--source DIR] [--work DIR] [--villages N]

The source is a data folder with a filled ``kopdes.db`` (by default the national one that
``bench_storage.py --out /tmp/kopdes_national`` or ``kopdes demo`` leaves behind). It is
copied into the work folder first, because opening it upgrades its schema and the export
writes an ``export_log`` row: a shared folder is never changed. Without a source, one is
built with ``kopdes init --area ID`` and ``kopdes demo --villages N``.

Each phase runs in its own process so its peak memory is its own:

* dump: ``sqlite3 -csv`` of every exchanged table (the baseline of the export ratio);
* export: ``ExchangeService.export`` of the whole area, without PDFs (rekap.xlsx as the
  program decides: a summary without the Pengurus and Unit Usaha sheets above 10,000
  cooperatives; ``--full-rekap`` asks for every sheet, ``--no-rekap`` for none);
* import: ``ExchangeService.import_package`` into a fresh database whose area is ``ID``.

Targets (issue 5): export ≤ 4 × dump, import ≤ 60 s, peak memory ≤ 500 MB per phase.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

EXPORT_RATIO_TARGET = 4.0
IMPORT_TARGET_S = 60.0
MEMORY_TARGET_MB = 500.0
DEFAULT_SOURCE = Path("/tmp/kopdes_national")


def _peak_mb(who: int = resource.RUSAGE_SELF) -> float:
    """Peak resident memory of this process, or of its largest finished child (Linux
    reports KiB, macOS bytes)."""
    peak = resource.getrusage(who).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def _services(home: Path) -> Any:
    from kopdes_desktop.bootstrap import build_services
    from kopdes_desktop.config import Config

    return build_services(
        Config(home=home, database_url=f"sqlite:///{home / 'kopdes.db'}"), username="bench"
    )


def phase_export(home: Path, out: Path, rekap: str) -> dict[str, Any]:
    """Export the whole working area of ``home`` to ``out`` (rekap: auto, full or none)."""
    services = _services(home)
    started = time.perf_counter()
    with_rekap = {"auto": None, "full": True, "none": False}[rekap]
    result = services.exchange.export(out, with_rekap=with_rekap)
    return {
        "seconds": time.perf_counter() - started,
        "rows": sum(result.counts.values()),
        "bytes": out.stat().st_size,
        "peak_mb": _peak_mb(),
        "csv_peak_mb": _peak_mb(resource.RUSAGE_CHILDREN),  # the CSV process
    }


def phase_import(home: Path, package: Path) -> dict[str, Any]:
    """Import ``package`` into the (empty) database of ``home``."""
    from kopdes_desktop.exchange.merge import Outcome

    services = _services(home)
    started = time.perf_counter()
    plan = services.exchange.import_package(package, accept_new_office=True)
    return {
        "seconds": time.perf_counter() - started,
        "applied": plan.applied,
        "rows": sum(plan.total(outcome) for outcome in Outcome),
        "peak_mb": _peak_mb(),
        "reader_peak_mb": _peak_mb(resource.RUSAGE_CHILDREN),  # the row-reading process
    }


def _run_phase(*args: str) -> dict[str, Any]:
    """Run one phase in a child process and read its JSON result.

    Dirty pages left by what came before (the copied source, the package just written)
    are flushed first: the kernel would otherwise write them back during the phase and
    charge it for another phase's writes."""
    _flush()
    out = subprocess.run(
        [sys.executable, __file__, "--phase", *args], check=True, capture_output=True, text=True
    )
    return dict(json.loads(out.stdout.strip().splitlines()[-1]))


def _flush() -> None:
    if hasattr(os, "sync"):  # POSIX
        os.sync()


def _kopdes(home: Path, *args: str) -> None:
    env = {**os.environ, "KOPDES_HOME": str(home)}
    subprocess.run(
        [sys.executable, "-m", "kopdes_desktop.cli", *args],
        check=True,
        env=env,
        stdout=subprocess.DEVNULL,
    )


def _dump(db: Path, folder: Path) -> float:
    """``sqlite3 -csv`` of every exchanged table into files; seconds taken."""
    folder.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    from kopdes_desktop.exchange.tables import TABLE_NAMES

    for table in TABLE_NAMES:
        with (folder / f"{table}.csv").open("wb") as fh:
            subprocess.run(
                ["sqlite3", "-csv", "-header", str(db), f"SELECT * FROM {table}"],
                check=True,
                stdout=fh,
            )
    return time.perf_counter() - started


def _line(name: str, value: float, unit: str, target: float) -> str:
    ok = "OK" if value <= target else "MISS"
    return f"{name}: {value:,.2f} {unit} (target ≤ {target:,.2f}) {ok}"


def main(argv: list[str] | None = None) -> int:
    """Prepare folders, run the three phases, print figures against their targets."""
    os.environ.setdefault("KOPDES_USER", "admin")  # the account ``init`` creates and writes use
    os.environ.setdefault("KOPDES_PASSWORD", "benchmark-admin")
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--source", type=Path, default=DEFAULT_SOURCE)
    p.add_argument("--work", type=Path, default=Path("/tmp/kopdes_bench_exchange"))
    p.add_argument("--villages", type=int, default=83_762, help="when building a source")
    p.add_argument("--no-rekap", action="store_true", help="export without rekap.xlsx")
    p.add_argument("--full-rekap", action="store_true", help="rekap.xlsx with every sheet")
    p.add_argument("--keep", action="store_true", help="keep the work folder")
    p.add_argument("--skip-import", action="store_true", help="dump and export only")
    p.add_argument("--phase", nargs="+", help=argparse.SUPPRESS)
    args = p.parse_args(argv)
    if args.phase:
        kind, *rest = args.phase
        if kind == "export":
            result = phase_export(Path(rest[0]), Path(rest[1]), rest[2])
        else:
            result = phase_import(Path(rest[0]), Path(rest[1]))
        print(json.dumps(result))
        return 0

    work = args.work
    shutil.rmtree(work, ignore_errors=True)
    src, dst = work / "source", work / "target"
    src.mkdir(parents=True)
    if (args.source / "kopdes.db").is_file():
        print(f"copying {args.source / 'kopdes.db'} …", flush=True)
        shutil.copyfile(args.source / "kopdes.db", src / "kopdes.db")
    else:
        print(f"building a source of {args.villages} villages …", flush=True)
        _kopdes(src, "init", "--area", "ID")
        _kopdes(src, "demo", "--villages", str(args.villages), "--members", "20")
    _services(src).engine.dispose()  # upgrade the copy before anything is timed
    _kopdes(dst, "init", "--area", "ID")
    package = work / "national.zip"

    # Twice, the faster counts: the export after it reads a warm page cache too.
    _flush()
    dumps = [_dump(src / "kopdes.db", work / "dump") for _ in range(2)]
    dump_s = min(dumps)
    print(f"sqlite3 -csv dump: {' / '.join(f'{d:.1f}' for d in dumps)} s", flush=True)
    rekap = "none" if args.no_rekap else "full" if args.full_rekap else "auto"
    exp = _run_phase("export", str(src), str(package), rekap)
    print(
        f"export: {exp['rows']:,} rows, {exp['bytes'] / 1e6:,.0f} MB in {exp['seconds']:.1f} s, "
        f"peak {exp['peak_mb']:.0f} MB (+ CSV process {exp['csv_peak_mb']:.0f} MB)",
        flush=True,
    )
    imp = None if args.skip_import else _run_phase("import", str(dst), str(package))
    if imp is not None:
        print(
            f"import: applied={imp['applied']} in {imp['seconds']:.1f} s, "
            f"peak {imp['peak_mb']:.0f} MB (+ reading process {imp['reader_peak_mb']:.0f} MB)",
            flush=True,
        )

    print()
    print(_line("export / dump", exp["seconds"] / dump_s, "×", EXPORT_RATIO_TARGET))
    if imp is not None:
        print(_line("import", imp["seconds"], "s", IMPORT_TARGET_S))
    both = exp["peak_mb"] + exp["csv_peak_mb"]
    print(_line("export peak memory (both processes)", both, "MB", MEMORY_TARGET_MB))
    if imp is not None:
        both = imp["peak_mb"] + imp["reader_peak_mb"]
        print(_line("import peak memory (both processes)", both, "MB", MEMORY_TARGET_MB))
    if not args.keep:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
