"""Loading the Kemendagri reference areas: complete, fast, repeatable, all-or-nothing, and a
refreshed file updates names in place."""

from __future__ import annotations

import csv
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine, exc, select

from kopdes_desktop.domain.errors import DomainError
from kopdes_desktop.resources import wilayah_dir
from kopdes_desktop.storage.database import make_engine
from kopdes_desktop.storage.migrate import upgrade_database
from kopdes_desktop.storage.orm import District, Province, Regency, Village
from kopdes_desktop.storage.wilayah_loader import WilayahCounts, count_wilayah, load_wilayah

SHIPPED = WilayahCounts(provinces=38, regencies=514, districts=7285, villages=83762)
# Generous for a slow CI machine; the Core bulk load takes about a second on a laptop.
LOAD_SECONDS_MAX = 20.0

HEADERS = {
    "provinces": ["code", "name"],
    "regencies": ["code", "province_code", "name"],
    "districts": ["code", "regency_code", "name"],
    "villages": ["code", "district_code", "name"],
}
# A small but consistent slice of the real data (South Jakarta, Kebayoran Baru).
SLICE = {
    "provinces": [["31", "Daerah Khusus Ibukota Jakarta"]],
    "regencies": [["31.74", "31", "Kota Administrasi Jakarta Selatan"]],
    "districts": [["31.74.07", "31.74", "Kebayoran Baru"]],
    "villages": [["31.74.07.1001", "31.74.07", "Melawai"], ["31.74.07.1002", "31.74.07", "Gunung"]],
}


def write_folder(
    folder: Path,
    rows: dict[str, list[list[str]]] | None = None,
    headers: dict[str, list[str]] | None = None,
    bom: bool = False,
) -> Path:
    """Write plain CSV files in the shape of idn-area-data's ``data/`` folder."""
    folder.mkdir(parents=True, exist_ok=True)
    rows = rows or SLICE
    headers = {**HEADERS, **(headers or {})}
    for stem, header in headers.items():
        with open(
            folder / f"{stem}.csv", "w", encoding="utf-8-sig" if bom else "utf-8", newline=""
        ) as fh:
            writer = csv.writer(fh)
            writer.writerow(header)
            writer.writerows(rows[stem])
    return folder


def names(engine: Engine) -> dict[str, str]:
    """Every area code with its name (about 92,000 entries)."""
    result: dict[str, str] = {}
    with engine.connect() as conn:
        for model in (Province, Regency, District, Village):
            result.update(dict(conn.execute(select(model.code, model.name)).all()))
    return result


def counts(engine: Engine) -> WilayahCounts:
    with engine.connect() as conn:
        return count_wilayah(conn)


@pytest.fixture
def empty_areas(empty_db_url: str) -> Iterator[Engine]:
    """A migrated database without any reference areas."""
    engine = make_engine(empty_db_url)
    upgrade_database(engine)
    yield engine
    engine.dispose()


@pytest.fixture
def loaded(db_url: str) -> Iterator[Engine]:
    """A migrated database with the shipped areas (as every test database has)."""
    engine = make_engine(db_url)
    yield engine
    engine.dispose()


def test_shipped_data_loads_completely_and_quickly(empty_areas: Engine) -> None:
    assert counts(empty_areas) == WilayahCounts(0, 0, 0, 0)
    started = time.monotonic()
    with empty_areas.begin() as conn:
        result = load_wilayah(conn, wilayah_dir())
    elapsed = time.monotonic() - started
    assert result == SHIPPED
    assert counts(empty_areas) == SHIPPED
    assert elapsed < LOAD_SECONDS_MAX, f"loading took {elapsed:.1f} s"


def test_reloading_the_same_data_changes_nothing(loaded: Engine) -> None:
    before = names(loaded)
    with loaded.begin() as conn:
        assert load_wilayah(conn, wilayah_dir()) == SHIPPED
    assert names(loaded) == before


def test_refreshed_file_renames_a_village_and_adds_new_codes(
    loaded: Engine, tmp_path: Path
) -> None:
    rows = {
        **SLICE,
        "villages": [
            ["31.74.07.1001", "31.74.07", "Melawai Baru"],
            ["31.74.07.1002", "31.74.07", "Gunung"],
            ["31.74.07.1099", "31.74.07", "Kelurahan Uji"],
        ],
    }
    folder = write_folder(tmp_path / "refresh", rows)
    before = names(loaded)

    with loaded.begin() as conn:
        result = load_wilayah(conn, folder)

    after = names(loaded)
    assert after["31.74.07.1001"] == "Melawai Baru"
    assert after["31.74.07.1099"] == "Kelurahan Uji"
    # Codes missing from the refreshed file stay: records may still point at them.
    assert result == WilayahCounts(38, 514, 7285, 83763)
    changed = {code for code in after if before.get(code) != after[code]}
    assert changed == {"31.74.07.1001", "31.74.07.1099"}


def test_plain_csv_with_byte_order_mark_loads(empty_areas: Engine, tmp_path: Path) -> None:
    folder = write_folder(tmp_path / "bom", bom=True)
    with empty_areas.begin() as conn:
        assert load_wilayah(conn, folder) == WilayahCounts(1, 1, 1, 2)


def _renamed_province(rows: dict[str, list[list[str]]]) -> dict[str, list[list[str]]]:
    """The slice with Jakarta renamed, so a partial load would be visible."""
    return {**rows, "provinces": [["31", "Jakarta (partial load)"]]}


def test_bad_header_is_refused_and_changes_nothing(loaded: Engine, tmp_path: Path) -> None:
    folder = write_folder(
        tmp_path / "bad-header",
        _renamed_province(SLICE),
        headers={"villages": ["kode", "district_code", "nama"]},
    )
    before = names(loaded)

    with pytest.raises(DomainError) as info, loaded.begin() as conn:
        load_wilayah(conn, folder)

    assert info.value.code == "wilayah.header"
    assert info.value.field == "folder"
    assert info.value.params == {"file": "villages.csv", "missing": "code,name"}
    assert names(loaded) == before


@pytest.mark.parametrize(
    "bad_row",
    [
        ["31.74.07.100", "31.74.07", "Too Short"],
        ["31.74.07.1O01", "31.74.07", "Letter O"],
        ["31.74.07.1003", "31.74.07", "   "],
    ],
)
def test_bad_row_is_refused_with_its_line_and_changes_nothing(
    loaded: Engine, tmp_path: Path, bad_row: list[str]
) -> None:
    rows = _renamed_province(SLICE)
    rows["villages"] = [*rows["villages"], bad_row]
    folder = write_folder(tmp_path / "bad-row", rows)
    before = names(loaded)

    with pytest.raises(DomainError) as info, loaded.begin() as conn:
        load_wilayah(conn, folder)

    assert info.value.code == "wilayah.row_invalid"
    assert info.value.params == {"file": "villages.csv", "line": 4}
    assert names(loaded) == before


def test_failure_in_the_database_rolls_back_the_whole_load(loaded: Engine, tmp_path: Path) -> None:
    # Well-formed, but the village's district does not exist: the foreign key fails after the
    # provinces were already updated inside the same transaction.
    rows = _renamed_province(SLICE)
    rows["villages"] = [*rows["villages"], ["99.99.99.1001", "99.99.99", "Nowhere"]]
    folder = write_folder(tmp_path / "orphan", rows)
    before = names(loaded)

    with pytest.raises(exc.IntegrityError), loaded.begin() as conn:
        load_wilayah(conn, folder)

    assert names(loaded) == before


def test_missing_file_is_refused(empty_areas: Engine, tmp_path: Path) -> None:
    folder = write_folder(tmp_path / "incomplete")
    (folder / "districts.csv").unlink()
    with pytest.raises(DomainError) as info, empty_areas.begin() as conn:
        load_wilayah(conn, folder)
    assert info.value.code == "wilayah.file_missing"
    assert counts(empty_areas) == WilayahCounts(0, 0, 0, 0)
