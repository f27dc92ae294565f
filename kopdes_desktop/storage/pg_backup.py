"""PostgreSQL backups through the server's own tools: ``pg_dump -Fc`` and ``pg_restore``.

A shared office's database lives on a server, so its backup is a custom-format archive made by
``pg_dump`` (consistent: one snapshot) and restored with ``pg_restore --clean --if-exists``.
The password travels in ``PGPASSWORD``, never on the command line (where ``ps`` shows it).
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import subprocess
import tempfile
from pathlib import Path

from sqlalchemy.engine import make_url

from kopdes_desktop.storage.sqlite_backup import BackupFileError, fsync_dir

TOOLS_ENV = "KOPDES_PG_BIN"  # a folder holding pg_dump/pg_restore, when not on PATH
_COPY_LINE = re.compile(
    r"^COPY \S*alembic_version \(version_num\) FROM stdin;\n(?P<rev>[^\n\\]+)\n", re.M
)


class PgToolMissingError(Exception):
    """``pg_dump`` or ``pg_restore`` is not installed (or not on PATH)."""

    def __init__(self, tool: str) -> None:
        super().__init__(tool)
        self.tool = tool


class PgToolFailedError(Exception):
    """The tool ran and failed; ``detail`` is the end of its error output."""

    def __init__(self, tool: str, detail: str) -> None:
        super().__init__(f"{tool}: {detail}")
        self.tool = tool
        self.detail = detail


def find_tool(name: str) -> str:
    """Path of ``pg_dump``/``pg_restore``: in KOPDES_PG_BIN, on PATH, or in the newest
    ``/usr/lib/postgresql/*/bin`` (Debian keeps the tools of each version there)."""
    env_dir = os.environ.get(TOOLS_ENV)
    if env_dir and (Path(env_dir) / name).is_file():
        return str(Path(env_dir) / name)
    found = shutil.which(name)
    if found:
        return found
    versions = sorted(Path("/usr/lib/postgresql").glob("*/bin"), key=_version_key, reverse=True)
    for folder in versions:
        if (folder / name).is_file():
            return str(folder / name)
    raise PgToolMissingError(name)


def _version_key(folder: Path) -> int:
    digits = folder.parent.name.split(".", 1)[0]
    return int(digits) if digits.isdigit() else 0


def _connection(url: str) -> tuple[str, dict[str, str]]:
    """A libpq URI without the password, and an environment carrying it."""
    parsed = make_url(url)
    env = dict(os.environ)
    if parsed.password:
        env["PGPASSWORD"] = str(parsed.password)
    plain = parsed.set(drivername="postgresql", password=None)
    return plain.render_as_string(hide_password=False), env


def _run(args: list[str], env: dict[str, str]) -> str:
    proc = subprocess.run(args, env=env, capture_output=True, text=True, check=False)
    if proc.returncode != 0:
        detail = (proc.stderr or proc.stdout).strip().splitlines()
        raise PgToolFailedError(Path(args[0]).name, detail[-1] if detail else str(proc.returncode))
    return proc.stdout


def dump_revision(archive: Path) -> str | None:
    """The Alembic revision stored in a dump (read back through ``pg_restore``)."""
    out = _run(
        [
            find_tool("pg_restore"),
            "--data-only",
            "--table=alembic_version",
            "-f",
            "-",
            str(archive),
        ],
        dict(os.environ),
    )
    match = _COPY_LINE.search(out)
    return match["rev"].strip() if match else None


def dump_database(url: str, target: Path) -> str | None:
    """``pg_dump -Fc`` into a temp file next to ``target``, checked, then renamed; returns
    the revision found in the archive (the check that it is complete and readable)."""
    pg_dump = find_tool("pg_dump")
    uri, env = _connection(url)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, name = tempfile.mkstemp(dir=target.parent, prefix=".tmp-", suffix=".dump")
    os.close(fd)
    tmp = Path(name)
    try:
        _run([pg_dump, "-Fc", "--no-owner", "-f", str(tmp), "--dbname", uri], env)
        _run([find_tool("pg_restore"), "--list", str(tmp)], env)  # a truncated archive fails
        revision = dump_revision(tmp)
        with open(tmp, "rb+") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp, target)
        fsync_dir(target.parent)
        return revision
    finally:
        if tmp.exists():
            with contextlib.suppress(OSError):
                tmp.unlink()


def check_archive(archive: Path) -> str | None:
    """Raise ``BackupFileError`` unless ``archive`` is a readable pg_dump archive; its revision."""
    try:
        with open(archive, "rb") as fh:
            if fh.read(5) != b"PGDMP":
                raise BackupFileError("backup.not_kopdes", str(archive))
    except OSError as exc:
        raise BackupFileError("backup.not_sqlite", str(exc)) from exc
    try:
        _run([find_tool("pg_restore"), "--list", str(archive)], dict(os.environ))
    except PgToolFailedError as exc:
        raise BackupFileError("backup.damaged", exc.detail) from exc
    return dump_revision(archive)


def archive_tables(archive: Path) -> set[str]:
    """Names of the tables a dump holds (from its table of contents)."""
    listing = _run([find_tool("pg_restore"), "--list", str(archive)], dict(os.environ))
    names = set()
    for line in listing.splitlines():
        fields = line.split()
        # "215; 1259 16390 TABLE public cooperative postgres"
        if len(fields) >= 6 and not line.startswith(";") and fields[3] == "TABLE":
            names.add(fields[5])
    return names


def restore_database(url: str, archive: Path) -> None:
    """``pg_restore --clean --if-exists`` into the database of ``url`` in one transaction
    (a failure leaves the database as it was)."""
    uri, env = _connection(url)
    _run(
        [
            find_tool("pg_restore"),
            "--clean",
            "--if-exists",
            "--no-owner",
            "--single-transaction",
            "--dbname",
            uri,
            str(archive),
        ],
        env,
    )
