"""One running app per data folder: a second instance is refused while the first lives, and
the folder is free again as soon as the holder exits, even when it is killed."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest

from kopdes_desktop.domain.errors import EnvironmentProblem
from kopdes_desktop.storage.instance_lock import AlreadyRunningError, InstanceLock

HOLDER = textwrap.dedent("""\
    import sys
    from pathlib import Path
    from kopdes_desktop.storage.instance_lock import InstanceLock

    lock = InstanceLock(Path(sys.argv[1]))
    lock.acquire()
    print("locked", flush=True)
    sys.stdin.read()  # hold the lock until the test closes our stdin
    lock.release()
    """)


@pytest.fixture
def holder(tmp_path: Path) -> Iterator[subprocess.Popen[str]]:
    """Another process holding the lock on ``tmp_path / kopdes.lock``."""
    proc = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(tmp_path / "kopdes.lock")],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout is not None
    assert proc.stdout.readline().strip() == "locked"
    yield proc
    if proc.poll() is None:
        proc.kill()
    proc.wait(10)


def test_second_process_is_refused_and_told_who_holds_the_folder(
    tmp_path: Path, holder: subprocess.Popen[str]
) -> None:
    with pytest.raises(AlreadyRunningError) as info:
        InstanceLock(tmp_path / "kopdes.lock").acquire()
    assert isinstance(info.value, EnvironmentProblem)
    assert info.value.code == "app.already_running"
    assert info.value.params["pid"] == str(holder.pid)
    assert info.value.params["folder"] == str(tmp_path)


def test_lock_is_free_after_the_holder_exits(tmp_path: Path, holder: subprocess.Popen[str]) -> None:
    assert holder.stdin is not None
    holder.stdin.close()
    assert holder.wait(10) == 0
    with InstanceLock(tmp_path / "kopdes.lock"):
        pass


def test_lock_is_free_after_the_holder_is_killed(
    tmp_path: Path, holder: subprocess.Popen[str]
) -> None:
    holder.kill()  # a crash or power cut: no chance to clean up
    holder.wait(10)
    with InstanceLock(tmp_path / "kopdes.lock"):
        assert (tmp_path / "kopdes.lock").read_text(encoding="utf-8") == str(os.getpid())


def test_second_lock_in_the_same_process_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "home" / "kopdes.lock"
    with InstanceLock(path), pytest.raises(AlreadyRunningError):
        InstanceLock(path).acquire()
    with InstanceLock(path):  # released by the context manager
        pass
