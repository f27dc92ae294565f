"""Drive ``kill_writer.py``: SIGKILL writing processes at random moments and check the file.

One round: fork a fresh writer on the database file, wait until it is inside the transaction
chosen for this round (or, for a few rounds, any moment after start), sleep a random part of the
time that kind of transaction has been measured to take, ``SIGKILL`` it, then reopen the file
and check that

* every record whose commit the writer reported before dying is present, field by field;
* the transaction in flight is all or nothing (a person without their membership, or the
  reverse, would be a torn write);
* ``PRAGMA integrity_check`` says ``ok`` and ``PRAGMA foreign_key_check`` finds nothing.

Then the next writer starts on the same file. Figures are counted in ``KillFigures``.
"""

from __future__ import annotations

import os
import queue
import random
import signal
import sqlite3
import statistics
import subprocess
import sys
import threading
import time
from collections import defaultdict, deque
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

WRITER = Path(__file__).with_name("kill_writer.py")
REPO_ROOT = Path(__file__).resolve().parents[2]
KINDS = ("coop", "member", "board", "edit")
ANY_MOMENT_SHARE = 0.1
"""Share of rounds killed at any moment after start rather than inside a chosen transaction."""
LINE_TIMEOUT_S = 30.0

# The writer's record contents are a function of the group number; its module is imported
# here by path so the parent and the victim agree on them.
sys.path.insert(0, str(WRITER.parent))
import kill_writer  # noqa: E402

sys.path.remove(str(WRITER.parent))


@dataclass
class KillFigures:
    """What a run did and found; the test asserts on it and the full script prints it."""

    kills: int = 0
    kills_in_write: int = 0
    """Kills that landed after a transaction was announced and before its commit was reported."""
    kills_with_hot_journal: int = 0
    """Kills that left a rollback journal: SQLite was inside a write transaction."""
    in_write_by_kind: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    committed_records: int = 0
    """Distinct records reported committed (all of them re-checked after every kill)."""
    record_checks: int = 0
    lost: int = 0
    torn: int = 0
    integrity_failures: int = 0
    foreign_key_failures: int = 0
    problems: list[str] = field(default_factory=list)
    median_write_ms: dict[str, float] = field(default_factory=dict)
    seconds: float = 0.0

    def lines(self) -> list[str]:
        """Human-readable summary."""
        by_kind = ", ".join(f"{k} {self.in_write_by_kind.get(k, 0)}" for k in KINDS)
        medians = ", ".join(f"{k} {v:.1f} ms" for k, v in self.median_write_ms.items())
        return [
            f"kills (SIGKILL of a writing process): {self.kills}",
            f"kills inside a write (announced, commit not reported): {self.kills_in_write}"
            f" ({by_kind})",
            f"kills leaving a hot rollback journal: {self.kills_with_hot_journal}",
            f"committed records reported: {self.committed_records}"
            f" (record checks after kills: {self.record_checks})",
            f"committed records lost: {self.lost}",
            f"torn transactions (partly applied): {self.torn}",
            f"integrity_check failures: {self.integrity_failures}",
            f"foreign_key_check failures: {self.foreign_key_failures}",
            f"median write duration: {medians}",
            f"wall time: {self.seconds:.1f} s",
        ]


@dataclass
class Ledger:
    """Records the writers reported committed, by group number."""

    coop: dict[int, str] = field(default_factory=dict)
    member: dict[int, tuple[str, str]] = field(default_factory=dict)
    board: dict[int, str] = field(default_factory=dict)
    edit: set[int] = field(default_factory=set)

    def size(self) -> int:
        """Number of committed records (a member counts twice: person and membership)."""
        return len(self.coop) + 2 * len(self.member) + len(self.board) + len(self.edit)


class WriterServer:
    """The fork server process and a thread that timestamps its output lines."""

    def __init__(self, home: Path, db_path: Path) -> None:
        env = dict(os.environ, PYTHONPATH=str(REPO_ROOT))
        self._proc = subprocess.Popen(
            [sys.executable, str(WRITER), str(home), str(db_path)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            env=env,
            text=True,
            bufsize=1,
        )
        self.lines: queue.Queue[tuple[float, str]] = queue.Queue()
        self._stderr: deque[str] = deque(maxlen=60)
        threading.Thread(target=self._pump, daemon=True).start()
        threading.Thread(target=self._pump_err, daemon=True).start()
        _, first = self.next_line()
        if not first.startswith("server ready"):
            raise RuntimeError(f"writer server did not start: {first!r}")
        self.village_count = int(first.split()[2])

    def _pump(self) -> None:
        assert self._proc.stdout is not None
        for line in self._proc.stdout:
            self.lines.put((time.perf_counter(), line.strip()))

    def _pump_err(self) -> None:
        assert self._proc.stderr is not None
        for line in self._proc.stderr:
            self._stderr.append(line)

    def stderr(self) -> str:
        """The last lines the server or its children wrote to stderr."""
        return "".join(self._stderr)

    def send(self, command: str) -> None:
        """One command line to the server."""
        assert self._proc.stdin is not None
        self._proc.stdin.write(command + "\n")
        self._proc.stdin.flush()

    def next_line(self, timeout: float = LINE_TIMEOUT_S) -> tuple[float, str]:
        """The next output line with its arrival time; fails loudly on silence."""
        try:
            return self.lines.get(timeout=timeout)
        except queue.Empty:
            raise RuntimeError(f"writer silent for {timeout} s; stderr:\n{self.stderr()}") from None

    def close(self) -> None:
        """Stop the server."""
        try:
            self.send("quit")
            self._proc.wait(timeout=10)
        except (OSError, subprocess.TimeoutExpired):
            self._proc.kill()
            self._proc.wait()


@dataclass
class Round:
    """One writer's life as the parent saw it."""

    pid: int
    begun: list[tuple[float, str, int, list[str]]] = field(default_factory=list)
    committed: list[tuple[float, str, int, list[str]]] = field(default_factory=list)
    last_event: str = ""


class KillRun:
    """Repeat kill rounds on one database file and accumulate ``KillFigures``."""

    def __init__(self, home: Path, db_path: Path, seed: int) -> None:
        self.home = home
        self.db_path = db_path
        self.rng = random.Random(seed)
        self.figures = KillFigures()
        self.ledger = Ledger()
        self.durations: dict[str, deque[float]] = {k: deque(maxlen=40) for k in KINDS}
        self.next_seq = 0
        self.villages = kill_writer.village_codes(db_path)

    def run(self, kills: int, progress: Callable[[int], None] | None = None) -> KillFigures:
        """Do ``kills`` rounds; returns the figures (also kept in ``self.figures``)."""
        started = time.perf_counter()
        server = WriterServer(self.home, self.db_path)
        try:
            for n in range(kills):
                self._round(server)
                if progress is not None:
                    progress(n + 1)
        finally:
            server.close()
        self.figures.seconds = time.perf_counter() - started
        self.figures.committed_records = self.ledger.size()
        self.figures.median_write_ms = {
            k: 1000 * statistics.median(d) for k, d in self.durations.items() if d
        }
        return self.figures

    # -- one round -----------------------------------------------------------------------

    def _estimate(self, kind: str) -> float:
        """Typical duration of a ``kind`` transaction as seen from here (5 ms until measured)."""
        measured = self.durations[kind]
        return statistics.median(measured) if measured else 0.005

    def _round(self, server: WriterServer) -> None:
        if self.next_seq + 3 >= len(self.villages):
            raise RuntimeError("out of villages: use more provinces for this many kills")
        server.send(f"spawn {self.next_seq}")
        early: list[tuple[float, str]] = []  # the child may speak before the server says so
        while not (line := server.next_line())[1].startswith("spawned "):
            early.append(line)
        pid = int(line[1].split()[1])
        life = Round(pid)
        for at, text in early:
            self._record(life, at, text)
        spawned_at = time.perf_counter()
        any_moment = self.rng.random() < ANY_MOMENT_SHARE
        target = self.rng.randrange(2 * len(KINDS))
        deadline = spawned_at + self.rng.uniform(0, 0.25) if any_moment else None
        while deadline is None or time.perf_counter() < deadline:
            wait = LINE_TIMEOUT_S if deadline is None else max(0.0, deadline - time.perf_counter())
            try:
                at, text = server.lines.get(timeout=wait)
            except queue.Empty:
                if deadline is None:
                    raise RuntimeError(f"writer {pid} silent; stderr:\n{server.stderr()}") from None
                break
            event = self._record(life, at, text)
            if event == "begin" and deadline is None and len(life.begun) - 1 >= target:
                kind = life.begun[-1][1]
                deadline = at + self.rng.uniform(0, self._estimate(kind))
        os.kill(pid, signal.SIGKILL)
        server.send(f"reap {pid}")
        while True:  # everything the writer wrote precedes the server's "reaped" line
            at, text = server.next_line()
            if text.startswith(f"reaped {pid} "):
                status = int(text.split()[2])
                break
            self._record(life, at, text)
        if not (os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL):
            raise RuntimeError(f"writer {pid} ended by itself ({status}):\n{server.stderr()}")
        self._after_kill(life)

    def _record(self, life: Round, at: float, text: str) -> str:
        """Note one line of the current writer; returns its event word."""
        words = text.split()
        if len(words) < 2 or int(words[0]) != life.pid:
            raise RuntimeError(f"unexpected line {text!r}")
        event = words[1]
        if event in ("begin", "committed"):
            entry = (at, words[2], int(words[3]), words[4:])
            if event == "begin":
                life.begun.append(entry)
            else:
                life.committed.append(entry)
                began = life.begun[-1]
                if began[1] == entry[1] and began[2] == entry[2]:
                    self.durations[entry[1]].append(at - began[0])
                self._remember(entry[1], entry[2], entry[3])
        life.last_event = event
        return event

    def _remember(self, kind: str, seq: int, ids: list[str]) -> None:
        if kind == "coop":
            self.ledger.coop[seq] = ids[0]
        elif kind == "member":
            self.ledger.member[seq] = (ids[0], ids[1])
        elif kind == "board":
            self.ledger.board[seq] = ids[0]
        else:
            self.ledger.edit.add(seq)

    def _after_kill(self, life: Round) -> None:
        f = self.figures
        f.kills += 1
        in_flight = life.begun[-1] if life.last_event == "begin" and life.begun else None
        if in_flight is not None:
            f.kills_in_write += 1
            f.in_write_by_kind[in_flight[1]] += 1
        journal = Path(f"{self.db_path}-journal")
        if journal.exists() and journal.stat().st_size > 0:
            f.kills_with_hot_journal += 1
        self._verify(in_flight)
        seqs = [b[2] for b in life.begun]
        self.next_seq = max(seqs) + 1 if seqs else self.next_seq

    # -- checking the file ---------------------------------------------------------------

    def _verify(self, in_flight: tuple[float, str, int, list[str]] | None) -> None:
        f = self.figures
        conn = sqlite3.connect(self.db_path)
        try:
            if conn.execute("PRAGMA integrity_check").fetchall() != [("ok",)]:
                f.integrity_failures += 1
                f.problems.append(f"integrity_check failed after kill {f.kills}")
            fk = conn.execute("PRAGMA foreign_key_check").fetchall()
            if fk:
                f.foreign_key_failures += 1
                f.problems.append(f"foreign_key_check after kill {f.kills}: {fk[:3]}")
            self._check_ledger(conn)
            if in_flight is not None:
                self._check_atomic(conn, in_flight[1], in_flight[2])
        finally:
            conn.close()

    def _missing(self, what: str) -> None:
        self.figures.lost += 1
        self.figures.problems.append(f"after kill {self.figures.kills}: {what}")

    def _check_ledger(self, conn: sqlite3.Connection) -> None:
        ledger, f = self.ledger, self.figures
        coops = {
            row[0]: row[1:]
            for row in conn.execute(
                "SELECT id, village_code, address, simpanan_pokok, phone, deleted_at"
                " FROM cooperative"
            )
        }
        for seq, coop_id in ledger.coop.items():
            f.record_checks += 1
            row = coops.get(coop_id)
            want_phone = kill_writer.expected_phone(seq) if seq in ledger.edit else None
            if row is None:
                self._missing(f"cooperative of group {seq} ({coop_id}) missing")
            elif row[:3] != (
                self.villages[seq],
                kill_writer.expected_address(seq),
                100_000 + seq,
            ) or (row[4] is not None):
                self._missing(f"cooperative of group {seq} differs: {row}")
            elif want_phone is not None and row[3] != want_phone:
                self._missing(f"edit of group {seq} lost: phone {row[3]!r}")
            if seq in ledger.edit:
                f.record_checks += 1
        members = {
            row[0]: row[1:]
            for row in conn.execute(
                "SELECT m.id, m.cooperative_id, m.person_id, p.nik, p.name, m.member_number"
                " FROM membership m LEFT JOIN person p ON p.id = m.person_id"
            )
        }
        for seq, (membership_id, person_id) in ledger.member.items():
            f.record_checks += 2
            person = kill_writer.expected_person(seq)
            want = (ledger.coop.get(seq), person_id, person.nik, person.name, f"{seq:05d}")
            got = members.get(membership_id)
            if got != want:
                self._missing(f"member of group {seq} missing or different: {got}")
        positions = {
            row[0]: row[1:]
            for row in conn.execute(
                "SELECT id, cooperative_id, person_id, body, role FROM board_position"
            )
        }
        for seq, position_id in ledger.board.items():
            f.record_checks += 1
            got = positions.get(position_id)
            want = (ledger.coop.get(seq), ledger.member[seq][1], "pengurus", "ketua")
            if got != want:
                self._missing(f"board seat of group {seq} missing or different: {got}")

    def _check_atomic(self, conn: sqlite3.Connection, kind: str, seq: int) -> None:
        """The transaction the kill interrupted is either wholly there or wholly absent."""
        if kind == "member":
            nik = kill_writer.expected_person(seq).nik
            persons = conn.execute("SELECT id FROM person WHERE nik = ?", (nik,)).fetchall()
            memberships = conn.execute(
                "SELECT m.id FROM membership m JOIN person p ON p.id = m.person_id WHERE p.nik = ?",
                (nik,),
            ).fetchall()
            if len(persons) != len(memberships):
                self.figures.torn += 1
                self.figures.problems.append(f"group {seq}: person and membership torn apart")
        elif kind == "coop":
            row = conn.execute(
                "SELECT address, simpanan_pokok FROM cooperative WHERE village_code = ?",
                (self.villages[seq],),
            ).fetchone()
            if row is not None and row != (kill_writer.expected_address(seq), 100_000 + seq):
                self.figures.torn += 1
                self.figures.problems.append(f"group {seq}: cooperative half written: {row}")
        elif kind == "edit":
            row = conn.execute(
                "SELECT phone FROM cooperative WHERE village_code = ?", (self.villages[seq],)
            ).fetchone()
            if row is None or row[0] not in ("", kill_writer.expected_phone(seq)):
                self.figures.torn += 1
                self.figures.problems.append(f"group {seq}: edit half applied: {row}")
