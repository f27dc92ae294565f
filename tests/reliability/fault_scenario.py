"""Saves and file writes attempted while the disk refuses, with the checks a user relies on.

``FaultScenario`` runs the program's writing operations (a save of a cooperative and a new
member, a PDF, an exchange package, a spreadsheet, a backup when the backup service exists)
under whatever fault the caller arranges, and after each attempt checks that

* a failure is one the program reports as a disk problem in one clear sentence (see
  ``disk_error_code``), never an unexpected exception;
* a file that failed to be written is byte-identical to the previous good one, and no
  temporary file is left next to it; a file that was written is complete (read back); a
  refused export or backup may only have left a complete new file (see
  ``BOOKKEEPING_AFTER_WRITE``);
* a save that failed left the database as it was, a save that succeeded is there, and the
  file passes ``integrity_check`` with every earlier commit present.
"""

from __future__ import annotations

import gc
import sqlite3
import zipfile
from collections.abc import Callable
from contextlib import AbstractContextManager
from dataclasses import dataclass, field, replace
from pathlib import Path

from kopdes_desktop.bootstrap import Services
from kopdes_desktop.domain.entities import Person
from kopdes_desktop.domain.enums import Sex
from kopdes_desktop.domain.nik import make_nik
from kopdes_desktop.services.document_files import write_atomic
from kopdes_desktop.storage.faults import environment_problem

Fault = Callable[[], AbstractContextManager[object]]
MELAWAI = "31.74.07.1001"
TEMP_PREFIXES = (".tmp-", ".kopdes-")
BOOKKEEPING_AFTER_WRITE = frozenset({"export", "backup"})
"""Operations that record the written file afterwards (the export log row that
``--since-last`` follows, the backup's sidecar): when only that record is refused, the new
file is already complete and in place. The reverse order would be worse: a log row claiming
an export whose file never arrived would make the next ``--since-last`` skip changes."""


def new_person(n: int) -> Person:
    """A resident with a unique NIK per ``n``."""
    from datetime import date, timedelta

    born = date(1960, 1, 1) + timedelta(days=n)
    return Person(
        nik=make_nik("317407", born, Sex.FEMALE, 900 + n % 90),
        name=f"Warga Penuh {n}",
        sex=Sex.FEMALE,
        birth_date=born,
        birth_place="Jakarta",
        village_code=MELAWAI,
    )


def disk_error_code(exc: BaseException) -> str | None:
    """The code a user would be shown for ``exc`` when it is a disk refusal, else None.

    The program's own classifier decides (``storage.faults``, which the CLI and the GUI apply
    to whatever a service raises): an unexpected exception would reach the user as a bug.
    """
    problem = environment_problem(exc)
    return None if problem is None else str(problem.code)


@dataclass
class Outcomes:
    """How often each operation succeeded and failed (cleanly) under the fault."""

    ok: dict[str, int] = field(default_factory=dict)
    refused: dict[str, int] = field(default_factory=dict)
    refused_after_write: dict[str, int] = field(default_factory=dict)
    """Refusals that came after a complete new file was in place (see BOOKKEEPING_AFTER_WRITE)."""
    errors: dict[str, set[str]] = field(default_factory=dict)
    """Per operation, the codes (domain code or errno name) of the refusals seen."""
    problems: list[str] = field(default_factory=list)

    def note(self, op: str, succeeded: bool) -> None:
        """Count one attempt."""
        counter = self.ok if succeeded else self.refused
        counter[op] = counter.get(op, 0) + 1


class FaultScenario:
    """One office's services and output folder, with the last good state of everything."""

    def __init__(self, services: Services, out: Path) -> None:
        self.services = services
        self.out = out
        out.mkdir(parents=True, exist_ok=True)
        coop = services.cooperatives.get_by_village(MELAWAI)
        assert coop is not None, "the office needs its cooperative (demo data)"
        self.coop_id = coop.id
        self.notes = coop.notes
        self.member_niks: list[str] = []
        self.people = 0
        self.pdfs = [
            services.documents.build(self.coop_id, kind, issue=False).pdf
            for kind in ("profil", "susunan_pengurus")
        ]
        self.good: dict[str, bytes | None] = {}
        self.outcomes = Outcomes()
        self.ops: dict[str, Callable[[int], Path | None]] = {
            "save": self._save,
            "pdf": self._pdf,
            "export": self._export,
            "xlsx": self._xlsx,
        }
        if hasattr(services, "backups"):  # the backup service (issue 6) once merged
            self.ops["backup"] = self._backup

    @property
    def db_path(self) -> Path:
        """The SQLite file of the office."""
        path = self.services.config.sqlite_path
        assert path is not None
        return path

    # -- the operations ----------------------------------------------------------------------

    def _save(self, n: int) -> None:
        coop = self.services.cooperatives.get(self.coop_id)
        self.services.cooperatives.save(replace(coop, notes=f"Catatan percobaan {n}"))
        self.notes = f"Catatan percobaan {n}"
        person = new_person(self.people)
        self.services.members.register(self.coop_id, person)
        self.people += 1
        self.member_niks.append(person.nik or "")

    def _pdf(self, n: int) -> Path:
        return write_atomic(self.out / "profil.pdf", self.pdfs[n % 2])

    def _export(self, n: int) -> Path:
        target = self.out / "paket.zip"
        self.services.exchange.export(target)
        return target

    def _xlsx(self, n: int) -> Path:
        return self.services.member_import.write_template(self.out / "anggota.xlsx", MELAWAI)

    def _backup(self, n: int) -> Path:
        return Path(self.services.backups.create(self.out / "cadangan.db").path)  # type: ignore[attr-defined]

    # -- attempting and checking -------------------------------------------------------------

    def attempt(self, op: str, n: int, fault: Fault | None = None) -> bool:
        """Run ``op`` (under ``fault()``, a context manager, when given) and check the result."""
        before = {name: _read(self.out / name) for name in self._files()}
        failure = self._run(op, n, fault)
        # Writers abandoned by the refusal (openpyxl's generators, zip files) are finalised
        # now, not at some later allocation: their finalisers complain, and on CPython 3.11.7
        # a finaliser running inside ``ast.parse`` (pytest importing a module) trips its AST
        # recursion-depth check.
        gc.collect()
        succeeded = failure is None
        if failure is not None:
            code, text = failure
            if code is None:
                self.outcomes.problems.append(f"{op} #{n}: unexpected {text}")
            self.outcomes.errors.setdefault(op, set()).add(code or text.split(":")[0])
        self.outcomes.note(op, succeeded)
        self._check_files(op, n, before, succeeded)
        self.check_database(f"{op} #{n}")
        return succeeded

    def _run(self, op: str, n: int, fault: Fault | None) -> tuple[str | None, str] | None:
        """None on success, else the refusal's code (None: not a disk problem) and text."""
        try:
            if fault is None:
                self.ops[op](n)
            else:
                with fault():
                    self.ops[op](n)
        except Exception as exc:  # judged by the caller: only disk refusals are acceptable
            return disk_error_code(exc), f"{type(exc).__name__}: {exc}"
        return None

    def _files(self) -> list[str]:
        return ["profil.pdf", "paket.zip", "anggota.xlsx", "cadangan.db"]

    def _check_files(self, op: str, n: int, before: dict[str, bytes | None], ok: bool) -> None:
        leftovers = [p.name for p in self.out.iterdir() if p.name.startswith(TEMP_PREFIXES)] + [
            p.name for p in self.out.glob("*-journal")
        ]
        if leftovers:
            self.outcomes.problems.append(f"{op} #{n}: temporary files left: {leftovers}")
        for name in self._files():
            now = _read(self.out / name)
            if now == before[name]:
                continue
            if not _complete(self.out / name):
                self.outcomes.problems.append(f"{op} #{n}: {name} written incomplete")
            elif not ok and op not in BOOKKEEPING_AFTER_WRITE:
                self.outcomes.problems.append(f"{op} #{n} failed but changed {name}")
            elif not ok:
                self.outcomes.refused_after_write[op] = (
                    self.outcomes.refused_after_write.get(op, 0) + 1
                )

    def check_database(self, when: str) -> None:
        """Integrity, foreign keys, and every save reported as done."""
        # Opened read-write, as the program opens it: a journal left by a refused write is
        # rolled back first (a read-only connection could not do that).
        conn = sqlite3.connect(self.db_path, timeout=10)
        try:
            if conn.execute("PRAGMA integrity_check").fetchall() != [("ok",)]:
                self.outcomes.problems.append(f"after {when}: integrity_check failed")
            notes = conn.execute(
                "SELECT notes FROM cooperative WHERE id = ?", (self.coop_id,)
            ).fetchone()
            if notes is None or notes[0] != self.notes:
                self.outcomes.problems.append(f"after {when}: notes {notes} != {self.notes!r}")
            niks = {
                nik
                for (nik,) in conn.execute(
                    "SELECT p.nik FROM membership m JOIN person p ON p.id = m.person_id"
                    " WHERE m.cooperative_id = ?",
                    (self.coop_id,),
                )
            }
            lost = [nik for nik in self.member_niks[: self.people] if nik not in niks]
            if lost:
                self.outcomes.problems.append(f"after {when}: committed members lost: {lost}")
        finally:
            conn.close()


def _read(path: Path) -> bytes | None:
    try:
        return path.read_bytes()
    except FileNotFoundError:
        return None


def _complete(path: Path) -> bool:
    """A written file reads back whole: PDF trailer, zip directory, SQLite integrity."""
    data = path.read_bytes()
    if path.suffix == ".pdf":
        return data.startswith(b"%PDF-") and data.rstrip().endswith(b"%%EOF")
    if path.suffix in (".zip", ".xlsx"):
        try:
            with zipfile.ZipFile(path) as zf:
                return zf.testzip() is None
        except zipfile.BadZipFile:
            return False
    if path.suffix == ".db":
        conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
        try:
            return conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        except sqlite3.DatabaseError:
            return False
        finally:
            conn.close()
    return True
