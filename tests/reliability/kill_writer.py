"""The victim of the kill -9 test: a fork server whose children save records in a loop.

Run as ``python kill_writer.py HOME DB_PATH``. The server imports the program once (about a
second on this machine, which 2,000 fresh interpreters would pay 2,000 times), then waits on
stdin. ``spawn SEQ`` forks a *new process* that builds the real services
(``bootstrap.build_services``) on the SQLite file and saves record groups SEQ, SEQ+1, … until it
is killed; ``reap PID`` waits for a killed child; ``quit`` ends the server. No database
connection is open in the server when it forks, so every child starts as a clean program would.

A child announces each transaction on stdout before it starts (``PID begin KIND SEQ IDS``) and
reports it right after the service call returned (``PID committed KIND SEQ IDS``), with one
unbuffered ``os.write`` per line so the parent sees every line written before the SIGKILL.

One record group touches several tables and foreign keys, in four transactions:
``coop`` (cooperative → village), ``member`` (person + membership in one transaction → village,
cooperative), ``board`` (ketua → cooperative, person) and ``edit`` (an update of the
cooperative). What each record must contain is a function of SEQ (``expected_*`` below) so the
parent can check committed records field by field.
"""

from __future__ import annotations

import os
import random
import sqlite3
import sys
import traceback
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

from sqlalchemy.orm import configure_mappers

from kopdes_desktop.bootstrap import build_services
from kopdes_desktop.config import Config
from kopdes_desktop.domain.entities import BoardPosition, Cooperative, Person
from kopdes_desktop.domain.enums import BoardRole, Body, Sex
from kopdes_desktop.domain.nik import make_nik

PERSON_VILLAGE = "31.74.07.1001"  # Melawai, Jakarta Selatan
PERSON_DISTRICT = "317407"
KINDS = ("coop", "member", "board", "edit")
MAX_GROUPS = 50


def village_codes(db_path: Path) -> list[str]:
    """Villages in code order: group SEQ registers the cooperative of village number SEQ."""
    conn = sqlite3.connect(db_path)
    try:
        return [code for (code,) in conn.execute("SELECT code FROM village ORDER BY code")]
    finally:
        conn.close()


def expected_address(seq: int) -> str:
    """Address of the cooperative of group ``seq``."""
    return f"Jl. Uji Keandalan No. {seq}"


def expected_phone(seq: int) -> str:
    """Telephone set by the ``edit`` transaction of group ``seq`` (empty before it)."""
    return f"0812{seq:08d}"


def expected_person(seq: int) -> Person:
    """The founder registered by group ``seq`` (a unique NIK that agrees with the birth date)."""
    born = date(1950, 1, 1) + timedelta(days=seq % 18_000)
    sex = Sex.FEMALE if seq % 2 else Sex.MALE
    return Person(
        nik=make_nik(PERSON_DISTRICT, born, sex, 1 + seq // 18_000),
        name=f"Warga Uji {seq}",
        sex=sex,
        birth_place="Jakarta",
        birth_date=born,
        address=f"Jl. Melawai Raya No. {seq}",
        village_code=PERSON_VILLAGE,
        occupation="Wiraswasta",
    )


def _say(*words: object) -> None:
    os.write(1, (" ".join(str(w) for w in (os.getpid(), *words)) + "\n").encode())


def write_forever(home: Path, db_path: Path, villages: list[str], first: int) -> None:
    """Save record groups from ``first`` on, announcing and reporting every transaction."""
    services = build_services(Config(home=home, database_url=f"sqlite:///{db_path}"))
    server = os.getppid()
    _say("ready")
    # Bounded, and ending when the server is gone, so that a crashed test run never leaves a
    # writer behind (a normal round kills it within two groups).
    for seq in range(first, first + MAX_GROUPS):
        if os.getppid() != server:
            return
        village = villages[seq]
        coop = Cooperative(
            village_code=village,
            name=services.cooperatives.suggested_name(village),
            address=expected_address(seq),
            simpanan_pokok=100_000 + seq,
            simpanan_wajib=10_000,
        )
        _say("begin", "coop", seq, coop.id)
        coop = services.cooperatives.save(coop)
        _say("committed", "coop", seq, coop.id)

        person = expected_person(seq)
        _say("begin", "member", seq, person.id)
        facts = services.members.register(
            coop.id, person, is_founder=True, member_number=f"{seq:05d}"
        )
        _say("committed", "member", seq, facts.membership.id, facts.person.id)

        position = BoardPosition(
            cooperative_id=coop.id,
            person_id=facts.person.id,
            body=Body.PENGURUS,
            role=BoardRole.KETUA,
            start_date=date(2025, 1, 1),
        )
        _say("begin", "board", seq, position.id)
        position = services.board.assign(position)
        _say("committed", "board", seq, position.id)

        _say("begin", "edit", seq, coop.id)
        services.cooperatives.save(replace(coop, phone=expected_phone(seq)))
        _say("committed", "edit", seq, coop.id)


def serve(home: Path, db_path: Path) -> None:
    """Fork a writer per ``spawn`` command until ``quit``."""
    villages = village_codes(db_path)
    # What a program does once per run anyway; done before forking so children skip it.
    configure_mappers()
    os.write(1, f"server ready {len(villages)}\n".encode())
    for line in sys.stdin:
        command, _, arg = line.strip().partition(" ")
        if command == "spawn":
            pid = os.fork()
            if pid == 0:
                try:
                    random.seed()
                    write_forever(home, db_path, villages, int(arg))
                except BaseException:  # a failed write: the parent sees the exit status
                    traceback.print_exc()
                finally:
                    os._exit(3)
            os.write(1, f"spawned {pid}\n".encode())
        elif command == "reap":
            _, status = os.waitpid(int(arg), 0)
            os.write(1, f"reaped {arg} {status}\n".encode())
        elif command == "quit":
            return


if __name__ == "__main__":
    serve(Path(sys.argv[1]), Path(sys.argv[2]))
