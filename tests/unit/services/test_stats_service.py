"""Record counts of Beranda and ``kopdes stats``: live rows only, read through small indexes
that no other query may take."""

from __future__ import annotations

import pytest
from builders import person
from sqlalchemy import Select, select, text

from kopdes_desktop.services.stats_service import RECORD_TABLES
from kopdes_desktop.storage import orm


def plan_of(services, stmt: Select) -> list[str]:
    """SQLite's query plan of ``stmt``, one line per step."""
    sql = str(stmt.compile(services.engine, compile_kwargs={"literal_binds": True}))
    with services.engine.connect() as conn:
        return [row[-1] for row in conn.execute(text("EXPLAIN QUERY PLAN " + sql))]


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
    """A count that reads a table of 1.7M persons is what made Beranda slow (issue 3)."""
    plan = plan_of(services, services.stats.counts_statement())
    for table in ("person", "membership", "capital_payment", "board_position", "cooperative"):
        assert f"SCAN {table} USING COVERING INDEX ix_{table}_live" in plan
    table_scans = [line for line in plan if line.startswith("SCAN ") and "INDEX" not in line]
    assert table_scans == ["SCAN CONSTANT ROW"]  # the outer SELECT of the subqueries


@pytest.mark.usefixtures("sqlite_only")
@pytest.mark.parametrize("typed", ["", "s", "siti am", "3174"])
def test_member_search_never_takes_a_live_index(services, typed) -> None:
    """Without statistics SQLite would take a plain ``deleted_at`` index for a selective
    ``deleted_at = NULL`` lookup and read every live person for each keystroke."""
    if typed:
        stmt = services.persons._search_stmt(typed)
    else:
        live = orm.Person.deleted_at.is_(None)
        stmt = select(orm.Person).where(live).order_by(orm.Person.name, orm.Person.id)
    plan = plan_of(services, stmt.limit(200))
    assert not [line for line in plan if "_live" in line]
