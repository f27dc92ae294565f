"""kill -9 while saving: nothing reported as saved is lost, the file stays sound.

200 rounds here; ``tests/reliability/run_full.py`` does 2,000. Each round is a real SIGKILL of
a fresh process that was saving cooperatives, members and board seats through the services
(see ``kill_writer.py`` and ``kill_harness.py``).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from reliability.kill_harness import KillRun
from reliability.small_database import make_small_database

CI_KILLS = 200


@pytest.mark.slow
def test_kill9_during_saves_loses_no_committed_record(tmp_path: Path) -> None:
    db_path = make_small_database(tmp_path / "kopdes.db", provinces=("31", "32"))
    figures = KillRun(tmp_path, db_path, seed=20261128).run(CI_KILLS)
    print("\n".join(["", "kill -9 figures:", *figures.lines()]))

    assert figures.problems == []
    assert figures.kills == CI_KILLS
    assert figures.lost == 0
    assert figures.torn == 0
    assert figures.integrity_failures == 0
    assert figures.foreign_key_failures == 0
    # The kills must hit writes, not idle moments: most land between a transaction's
    # announcement and its reported commit, and some leave SQLite's rollback journal behind
    # (a write transaction was open in the file itself), which the reopen rolled back.
    assert figures.kills_in_write >= CI_KILLS * 0.6
    assert figures.kills_with_hot_journal >= 1
    assert figures.committed_records >= CI_KILLS
