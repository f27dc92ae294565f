"""The reliability suite at full size (issue 6, item 7); prints the figures.

    uv run python tests/reliability/run_full.py                 # everything (~30 min)
    uv run python tests/reliability/run_full.py --kills 300     # a shorter kill run only
    uv run python tests/reliability/run_full.py --skip-kills    # disk full + state machine

Parts:

1. kill -9: ``--kills`` (default 2,000) SIGKILLs of processes saving through the services,
   each followed by a full check of the file (``kill_harness.py``); exits non-zero when a
   committed record is lost, a transaction is torn or a check of the file fails.
2. disk full and the Hypothesis state machine: the pytest modules of this folder with the
   ``reliability-full`` profile (finer disk-full steps, 150 examples of 40 steps).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE.parents[1]))

from reliability.kill_harness import KillRun  # noqa: E402
from reliability.small_database import make_small_database  # noqa: E402

PROFILE_ENV = "KOPDES_RELIABILITY_PROFILE"


def run_kills(kills: int, seed: int, provinces: tuple[str, ...]) -> bool:
    """The kill -9 part; True when nothing was lost or broken."""
    with tempfile.TemporaryDirectory(prefix="kopdes-kill-") as folder:
        home = Path(folder)
        db_path = make_small_database(home / "kopdes.db", provinces)

        def progress(done: int) -> None:
            if done % 100 == 0 or done == kills:
                print(f"  {done}/{kills} kills", flush=True)

        figures = KillRun(home, db_path, seed).run(kills, progress)
        size = db_path.stat().st_size
    print(f"kill -9 ({kills} rounds, seed {seed}, database {size / 1e6:.1f} MB):")
    for line in figures.lines():
        print("  " + line)
    for problem in figures.problems[:20]:
        print("  PROBLEM: " + problem)
    return (
        not figures.problems
        and figures.kills == kills
        and figures.lost == figures.torn == 0
        and figures.integrity_failures == figures.foreign_key_failures == 0
    )


def run_pytest_parts() -> bool:
    """Disk full and the state machine with the full profile."""
    env = dict(os.environ, **{PROFILE_ENV: "reliability-full", "QT_QPA_PLATFORM": "offscreen"})
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            str(HERE / "test_disk_full.py"),
            str(HERE / "test_stateful_services.py"),
            "-q",
            "-s",
            "-p",
            "no:cacheprovider",
        ],
        cwd=HERE.parents[1],
        env=env,
        check=False,
    )
    return done.returncode == 0


def main() -> int:
    """Run the parts asked for; the exit status says whether all passed."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kills", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=6)
    parser.add_argument("--provinces", default="31,32", help="areas loaded (village supply)")
    parser.add_argument("--skip-kills", action="store_true")
    parser.add_argument("--skip-pytest", action="store_true")
    args = parser.parse_args()
    ok = True
    if not args.skip_kills:
        ok &= run_kills(args.kills, args.seed, tuple(args.provinces.split(",")))
    if not args.skip_pytest:
        ok &= run_pytest_parts()
    print("RELIABILITY SUITE:", "PASSED" if ok else "FAILED")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
