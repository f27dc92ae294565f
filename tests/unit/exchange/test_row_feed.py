"""The reading process of a bulk import: it hands over exactly the rows the package holds,
and refuses a data file that is not the one whose checksum the parent verified."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from kopdes_desktop.domain.errors import DomainError
from kopdes_desktop.exchange.package_reader import open_package
from kopdes_desktop.exchange.tables import TABLES
from kopdes_desktop.services.exchange_feed import RowFeed
from tests.unit.exchange.helpers import MELAWAI, seed_melawai


@pytest.fixture(scope="module")
def package(module_office, tmp_path_factory):
    sender = module_office("kel", MELAWAI, "Kelurahan Melawai")
    seed_melawai(sender)
    path = tmp_path_factory.mktemp("pkg") / "melawai.zip"
    sender.exchange.export(path)
    return path


def _manifest(path):
    with open_package(path) as pkg:
        return pkg.manifest_bytes


def _flat_rows(flat, width):
    per, chunks, rest = flat
    rows = [tuple(c[i * width : (i + 1) * width]) for c in chunks for i in range(per)]
    return rows + [tuple(r) for r in rest]


def test_the_feed_hands_over_every_row_of_each_table_in_order(package):
    with open_package(package) as pkg:
        files, counts = pkg.manifest.files, pkg.manifest.counts
    names = [t.name for t in TABLES if counts[t.name] and t.name in ("person", "membership")]
    feed = RowFeed(
        package,
        _manifest(package),
        [(n, files[f"data/{n}.json"].sha256) for n in names],
        area="ID",
    )
    try:
        for name in names:
            batches = list(feed.batches(name))
            assert sum(b.size for b in batches) == counts[name]
            # Multi-row chunks (rows per statement × columns values each) and the rest.
            width = len(next(t for t in TABLES if t.name == name).columns)
            for b in batches:
                per, chunks, rest = b.rows
                rows = [c[i * width : (i + 1) * width] for c in chunks for i in range(per)]
                rows += rest
                assert len(rows) == b.size
                assert all(len(c) == per * width for c in chunks)
                assert all(len(r) == width for r in rows)
            if name == "person":
                # Gathered over batches and handed over sorted, the last ones at the end.
                handed = [_flat_rows(b.tokens, 2) for b in batches]
                assert handed[-1]
                assert all(group == sorted(group) for group in handed)
                assert len({p for group in handed for _, p in group}) == counts["person"]
    finally:
        feed.close()


def _refusal(package, manifest: bytes, person_sha: str) -> DomainError:
    feed = RowFeed(package, manifest, [("person", person_sha)], area="ID")
    try:
        with pytest.raises(DomainError) as refused:
            list(feed.batches("person"))
        return refused.value
    finally:
        feed.close()


def test_a_data_file_that_is_not_the_verified_one_is_refused(package):
    refused = _refusal(package, _manifest(package), "0" * 64)
    assert refused.code == "package.checksum"
    assert refused.params["name"] == "data/person.json"


def test_a_manifest_that_is_not_the_verified_one_is_refused(package):
    """Counts and the NIK rule the reader applies come from the manifest the importer
    verified, never from a file swapped in after the check."""
    with open_package(package) as pkg:
        person = pkg.manifest.files["data/person.json"].sha256
    refused = _refusal(package, b"{}", person)
    assert refused.code == "package.checksum"
    assert refused.params["name"] == "manifest.json"


def test_a_cancelled_bulk_import_keeps_nothing_and_stops_the_reader(package, office, monkeypatch):
    import multiprocessing

    from kopdes_desktop.services import exchange_import
    from tests.unit.exchange.helpers import db_checksum

    monkeypatch.setattr(exchange_import, "BULK_INDEX_MIN_ROWS", 1)
    monkeypatch.setattr(exchange_import, "FEED_MIN_ROWS", 1)
    receiver = office("sudin", "31.74")
    before = db_checksum(receiver)
    asked: list[int] = []

    def cancelled() -> bool:  # the operator presses Batal once the reader is running
        asked.append(1)
        return len(asked) > 3

    with pytest.raises(DomainError) as stopped:
        receiver.exchange.import_package(package, accept_new_office=True, cancelled=cancelled)
    assert stopped.value.code == "exchange.cancelled"
    assert db_checksum(receiver) == before
    assert multiprocessing.active_children() == []


def test_the_spool_is_gone_whether_the_feed_was_read_or_not(package, tmp_path, monkeypatch):
    """The reading process writes its batches to a spool file in the temporary folder; an
    import that ends (read to the end, or stopped early) leaves no such file behind."""
    import tempfile

    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    with open_package(package) as pkg:
        person = pkg.manifest.files["data/person.json"].sha256
    for read in (True, False):
        feed = RowFeed(package, _manifest(package), [("person", person)], area="ID")
        try:
            if read:
                assert sum(b.size for b in feed.batches("person")) > 0
        finally:
            feed.close()
        assert list(tmp_path.iterdir()) == []


_KILLED_PARENT = """
import os, sys
from pathlib import Path
from kopdes_desktop.exchange.package_reader import open_package
from kopdes_desktop.services.exchange_feed import RowFeed

package = Path(sys.argv[1])
with open_package(package) as pkg:
    manifest, sha = pkg.manifest_bytes, pkg.manifest.files["data/person.json"].sha256
feed = RowFeed(package, manifest, [("person", sha)], area="ID")
feed._receive.poll(30)  # the reader has opened its spool
print(feed._process.pid, flush=True)
os.kill(os.getpid(), 9)
"""


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX kill and file semantics")
def test_a_killed_import_leaves_no_spool_and_no_reader(package, tmp_path):
    """kill -9 of the importing process while its reader runs: the reader stops by itself
    and the spool file is not left in the temporary folder."""
    spools = tmp_path / "tmp"
    spools.mkdir()
    env = {**os.environ, "TMPDIR": str(spools)}
    run = subprocess.run(
        [sys.executable, "-c", _KILLED_PARENT, str(package)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert run.returncode == -9, run.stderr
    reader = int(run.stdout.split()[0])
    deadline = time.monotonic() + 60
    while _alive(reader) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not _alive(reader)
    assert list(spools.iterdir()) == []


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    status = Path(f"/proc/{pid}/stat")
    return not (status.exists() and status.read_text().split(")")[-1].split()[0] == "Z")
