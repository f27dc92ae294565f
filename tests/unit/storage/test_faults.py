"""OS and SQLite failures recognised as environment problems (one code each), anything else
left alone as a bug."""

from __future__ import annotations

import errno
import sqlite3

import pytest
from sqlalchemy.exc import IntegrityError, OperationalError

from kopdes_desktop.domain.errors import EnvironmentProblem
from kopdes_desktop.storage.faults import classify, environment_problem


def _wrapped(message: str) -> OperationalError:
    return OperationalError("UPDATE cooperative …", {}, sqlite3.OperationalError(message))


@pytest.mark.parametrize(
    ("exc", "code"),
    [
        (_wrapped("database or disk is full"), "env.disk_full"),
        (_wrapped("attempt to write a readonly database"), "env.read_only"),
        (_wrapped("database is locked"), "env.db_locked"),
        (_wrapped("disk I/O error"), "env.io_error"),
        (sqlite3.DatabaseError("database disk image is malformed"), "env.db_damaged"),
        (sqlite3.DatabaseError("file is not a database"), "env.db_damaged"),
        (OSError(errno.ENOSPC, "No space left on device", "/data/x.pdf"), "env.disk_full"),
        (OSError(errno.EROFS, "Read-only file system"), "env.read_only"),
        (PermissionError(errno.EACCES, "Permission denied"), "env.read_only"),
    ],
)
def test_environment_failures_get_their_code(exc, code):
    assert classify(exc) == code
    problem = environment_problem(exc)
    assert isinstance(problem, EnvironmentProblem) and problem.code == code
    assert problem.__cause__ is exc


def test_the_file_named_by_the_os_is_kept():
    problem = environment_problem(OSError(errno.ENOSPC, "No space left", "/data/paket.zip"))
    assert problem is not None and problem.params["path"] == "/data/paket.zip"


def test_a_cause_deep_in_the_chain_is_found():
    try:
        try:
            raise OSError(errno.ENOSPC, "No space left on device")
        except OSError as inner:
            raise RuntimeError("writing the PDF failed") from inner
    except RuntimeError as outer:
        assert classify(outer) == "env.disk_full"


@pytest.mark.parametrize(
    "exc",
    [
        ValueError("bug"),
        _wrapped("no such table: cooperative"),
        IntegrityError("INSERT", {}, sqlite3.IntegrityError("UNIQUE constraint failed")),
        FileNotFoundError(errno.ENOENT, "No such file"),
    ],
)
def test_other_errors_stay_bugs(exc):
    assert classify(exc) is None and environment_problem(exc) is None


def test_an_environment_problem_is_passed_through():
    problem = EnvironmentProblem("env.db_locked")
    assert environment_problem(problem) is problem
