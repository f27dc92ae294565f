"""A migrated SQLite database holding the reference areas of a few provinces only.

The reliability tests reopen and fully check the database hundreds of times, and the disk-full
tests must fit it on a tmpfs of a few MiB: the whole country (9.7 MB, 83,762 villages) would
make the first slow and the second impossible. The areas are real rows, loaded through the
program's own loader from filtered copies of the shipped CSV files.
"""

from __future__ import annotations

import csv
import gzip
import shutil
from collections.abc import Iterable
from pathlib import Path

from kopdes_desktop.resources import wilayah_dir
from kopdes_desktop.storage.database import make_engine
from kopdes_desktop.storage.migrate import upgrade_database
from kopdes_desktop.storage.wilayah_loader import FILES, load_wilayah


def _filter_csvs(target: Path, provinces: Iterable[str]) -> Path:
    """Copies of the area CSV files limited to ``provinces`` (codes like ``"31"``)."""
    keep = tuple(provinces)
    target.mkdir(parents=True, exist_ok=True)
    for stem in FILES:
        source = wilayah_dir() / f"{stem}.csv.gz"
        with gzip.open(source, "rt", encoding="utf-8", newline="") as fh:
            rows = list(csv.reader(fh))
        with open(target / f"{stem}.csv", "w", encoding="utf-8", newline="") as out:
            writer = csv.writer(out)
            writer.writerow(rows[0])
            writer.writerows(r for r in rows[1:] if r[0][:2] in keep)
    return target


def make_small_database(path: Path, provinces: Iterable[str] = ("31",)) -> Path:
    """Create ``path``: schema at head plus the areas of ``provinces``."""
    folder = _filter_csvs(path.parent / f".wilayah-{path.stem}", provinces)
    engine = make_engine(f"sqlite:///{path}")
    try:
        upgrade_database(engine, path)
        with engine.begin() as conn:
            load_wilayah(conn, folder)
    finally:
        engine.dispose()
        shutil.rmtree(folder, ignore_errors=True)
    return path
