"""Bulk loading of the Kemendagri reference areas from CSV (gzip or plain).

The shape is that of idn-area-data's ``data/`` folder: ``provinces.csv`` (code,name),
``regencies.csv`` (code,province_code,name), ``districts.csv`` (code,regency_code,name),
``villages.csv`` (code,district_code,name). Loading uses Core bulk statements: the ORM unit of
work would need ~5 s for 90k rows, Core needs well under a second.
"""

from __future__ import annotations

import csv
import gzip
import io
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Connection, Table, delete, func, insert, select, update

from kopdes_desktop.domain.errors import DomainError
from kopdes_desktop.storage.orm import District, Province, Regency, Village

FILES = ("provinces", "regencies", "districts", "villages")
_COLUMNS = {
    "provinces": ("code", "name"),
    "regencies": ("code", "province_code", "name"),
    "districts": ("code", "regency_code", "name"),
    "villages": ("code", "district_code", "name"),
}
_CODE_PATTERNS = {
    "provinces": re.compile(r"^\d{2}$"),
    "regencies": re.compile(r"^\d{2}\.\d{2}$"),
    "districts": re.compile(r"^\d{2}\.\d{2}\.\d{2}$"),
    "villages": re.compile(r"^\d{2}\.\d{2}\.\d{2}\.\d{4}$"),
}
_TABLES: dict[str, Table] = {
    "provinces": Province.__table__,  # type: ignore[dict-item]
    "regencies": Regency.__table__,  # type: ignore[dict-item]
    "districts": District.__table__,  # type: ignore[dict-item]
    "villages": Village.__table__,  # type: ignore[dict-item]
}


@dataclass(frozen=True)
class WilayahCounts:
    """How many areas of each level the database holds."""

    provinces: int
    regencies: int
    districts: int
    villages: int


def _open_text(path: Path) -> io.TextIOBase:
    if path.suffix == ".gz":
        return io.TextIOWrapper(gzip.open(path, "rb"), encoding="utf-8", newline="")
    return open(path, encoding="utf-8-sig", newline="")


def _find(folder: Path, stem: str) -> Path:
    for name in (f"{stem}.csv", f"{stem}.csv.gz"):
        if (folder / name).exists():
            return folder / name
    raise DomainError("wilayah.file_missing", "folder", file=f"{stem}.csv", folder=str(folder))


def read_rows(folder: Path, stem: str) -> Iterator[dict[str, str]]:
    """Rows of one level, checked for the expected header and code format."""
    path = _find(folder, stem)
    columns = _COLUMNS[stem]
    pattern = _CODE_PATTERNS[stem]
    with _open_text(path) as fh:
        reader = csv.DictReader(fh)
        missing = [c for c in columns if c not in (reader.fieldnames or [])]
        if missing:
            raise DomainError("wilayah.header", "folder", file=path.name, missing=",".join(missing))
        for line_no, row in enumerate(reader, start=2):
            values = {c: (row[c] or "").strip() for c in columns}
            if not pattern.match(values["code"]) or not values["name"]:
                raise DomainError("wilayah.row_invalid", "folder", file=path.name, line=line_no)
            yield values


def load_wilayah(conn: Connection, folder: Path) -> WilayahCounts:
    """Insert or refresh all areas inside the caller's transaction (all or nothing).

    Existing codes get their names and parents updated; new codes are added; codes that
    vanished are kept, because cooperatives and persons may still point at them.
    """
    rows = {stem: list(read_rows(folder, stem)) for stem in FILES}
    for stem in FILES:
        table = _TABLES[stem]
        existing = {r[0] for r in conn.execute(select(table.c.code))}
        new_rows = [r for r in rows[stem] if r["code"] not in existing]
        changed = [r for r in rows[stem] if r["code"] in existing]
        if new_rows:
            conn.execute(insert(table), new_rows)
        if changed:
            _update_changed(conn, stem, changed)
    return count_wilayah(conn)


def _update_changed(conn: Connection, stem: str, rows: list[dict[str, str]]) -> None:
    table = _TABLES[stem]
    columns = _COLUMNS[stem]
    current = {r[0]: tuple(r) for r in conn.execute(select(*[table.c[c] for c in columns]))}
    for row in rows:
        if current.get(row["code"]) != tuple(row[c] for c in columns):
            values = {c: row[c] for c in columns if c != "code"}
            conn.execute(update(table).where(table.c.code == row["code"]).values(**values))


def count_wilayah(conn: Connection) -> WilayahCounts:
    """Counts per level."""

    def n(model: type) -> int:
        return int(conn.execute(select(func.count()).select_from(model)).scalar_one())

    return WilayahCounts(n(Province), n(Regency), n(District), n(Village))


def clear_wilayah(conn: Connection) -> None:
    """Remove all areas (tests only; fails by foreign keys once anything points at them)."""
    for model in (Village, District, Regency, Province):
        conn.execute(delete(model))
