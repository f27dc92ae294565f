"""Record counts of Beranda and ``kopdes stats``: live rows only, read through small indexes."""

from __future__ import annotations

import pytest
from builders import person
from sqlalchemy import text

from kopdes_desktop.services.stats_service import RECORD_TABLES


def test_counts_leave_out_soft_deleted_rows(services) -> None:
    before = services.stats.record_counts()
    kept = services.persons.save(person(1))
    gone = services.persons.save(person(2))
    services.persons.delete(gone.id)
    after = services.stats.record_counts()
    assert after.persons == before.persons + 1
    assert services.persons.get(kept.id).name == kept.name
    assert after.as_dict().keys() == RECORD_TABLES.keys()


@pytest.mark.usefixtures("sqlite_only")
def test_counts_of_big_tables_read_the_live_indexes_not_the_tables(services) -> None:
    """A count that scans a table of 1.7M persons is what made Beranda slow (issue 3)."""
    stmt = services.stats.counts_statement()
    sql = str(stmt.compile(services.engine, compile_kwargs={"literal_binds": True}))
    with services.engine.connect() as conn:
        plan = [row[-1] for row in conn.execute(text("EXPLAIN QUERY PLAN " + sql))]
    for table in ("person", "membership", "capital_payment", "board_position", "cooperative"):
        assert f"SEARCH {table} USING COVERING INDEX ix_{table}_live (deleted_at=?)" in plan
    table_scans = [line for line in plan if line.startswith("SCAN ") and "INDEX" not in line]
    assert table_scans == ["SCAN CONSTANT ROW"]  # the outer SELECT of the subqueries
