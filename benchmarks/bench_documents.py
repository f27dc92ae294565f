"""Documents benchmark: the berkas pendirian, a batch of 267 profiles, our layer vs raw ReportLab.

Run:  uv run python benchmarks/bench_documents.py [--members 50] [--villages 267] [--out DIR]

Builds a temporary data folder for DKI Jakarta (``kopdes init --area 31``) filled with demo
cooperatives in all 267 kelurahan, then measures what staff wait for:

(a) the berkas pendirian of one cooperative with 50 members, every one a founder (the longest
    Daftar Pendiri, Surat Kuasa and Bukti Setoran), issued: data read, numbers reserved, QR
    signed, rendered, sealed and registered. Median of 5. Target ≤ 1 s.
(b) the Profil Koperasi of every cooperative of the province, issued one by one as the GUI's
    batch does. Total. Target ≤ 60 s.
(c) the same founders' table drawn by plain ReportLab (``raw_reportlab_tables``) against our
    Daftar Pendiri of the same rows: rendering only (our layout layer), and issued end to end
    (plus database, numbering, signature, seal). Medians of 5; ratio target ≤ 2.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import update

from benchmarks.raw_reportlab_tables import draw_same_tables
from kopdes_desktop.bootstrap import Services, build_services
from kopdes_desktop.config import Config
from kopdes_desktop.documents.daftar_pendiri import founder_cells
from kopdes_desktop.documents.registry import render_document
from kopdes_desktop.domain.enums import MeetingKind
from kopdes_desktop.services.document_data import CoopContext
from kopdes_desktop.services.document_sources import DocumentOptions, DocumentSources
from kopdes_desktop.storage import orm

PROVINCE = "31"
BERKAS_TARGET_S = 1.0
PROFILES_TARGET_S = 60.0
RATIO_TARGET = 2.0
REPEATS = 5


def median_seconds(action: Callable[[], object], repeats: int = REPEATS) -> float:
    """Median wall time of ``repeats`` runs after one untimed warm-up (imports, caches)."""
    action()
    times = []
    for _ in range(repeats):
        started = time.perf_counter()
        action()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def figure(name: str, value: float, unit: str, target: float) -> str:
    """``name: value unit (target ≤ x) OK/MISS``."""
    verdict = "OK" if value <= target else "MISS"
    return f"{name}: {value:.3f} {unit} (target ≤ {target:g}) {verdict}"


def prepare(home: Path, villages: int, members: int) -> tuple[Services, str]:
    """A DKI office with demo cooperatives; returns the services and a complete cooperative
    (one with a Muskelsus) whose members are all made founders."""
    services = build_services(Config(home=home, database_url=f"sqlite:///{home / 'kopdes.db'}"))
    services.wilayah.ensure_loaded()
    services.settings.set_area(PROVINCE, "Dinas PPKUKM Provinsi DKI Jakarta")
    services.signing.ensure_key()
    started = time.perf_counter()
    services.demo.generate(PROVINCE, villages, members=members, seed=4)
    print(
        f"demo data: {villages} cooperatives × {members} members in "
        f"{time.perf_counter() - started:.1f} s"
    )
    chosen = next(
        s.cooperative.id
        for s in services.cooperatives.summaries(PROVINCE)
        if services.meetings.list(s.cooperative.id, MeetingKind.MUSKELSUS)
    )
    with services.ctx.session_factory.begin() as session:
        session.execute(
            update(orm.Membership)
            .where(orm.Membership.cooperative_id == chosen)
            .values(is_founder=True)
        )
    return services, chosen


def measure_ratio(services: Services, coop_id: str) -> tuple[float, float, float, int]:
    """(raw, ours rendering only, ours issued end to end) medians, and the row count."""
    sources = DocumentSources(services.documents.deps)
    settings = sources.settings()
    ctx = CoopContext(
        bundle=sources.bundle(coop_id, settings),
        setup=sources.setup(DocumentOptions(), settings),
        issued=services.ctx.today(),
        options=DocumentOptions(),
    )
    from kopdes_desktop.services.document_data import CoopDocuments

    data = CoopDocuments(sources).daftar_pendiri(ctx)
    rows = [
        founder_cells(i, r, data.cooperative, data.setup) for i, r in enumerate(data.founders, 1)
    ]
    raw = median_seconds(lambda: draw_same_tables(rows))
    ours = median_seconds(lambda: render_document("daftar_pendiri", data))
    issued = median_seconds(lambda: services.documents.build(coop_id, "daftar_pendiri"))
    return raw, ours, issued, len(rows)


def run(home: Path, villages: int, members: int) -> list[str]:
    """Every measurement; returns the final figure lines."""
    services, coop_id = prepare(home, villages, members)
    docs = services.documents
    berkas = docs.build(coop_id, "berkas")
    print(f"berkas: {berkas.number}, {len(berkas.pdf) / 1024:.0f} KiB, {members} members/founders")
    berkas_s = median_seconds(lambda: docs.build(coop_id, "berkas"))

    ids = [s.cooperative.id for s in services.cooperatives.summaries(PROVINCE)]
    started = time.perf_counter()
    profiles = docs.build_many("profil", ids)
    profiles_s = time.perf_counter() - started
    print(
        f"profiles: {len(profiles)} issued, last {profiles[-1].number}; "
        f"{profiles_s / len(profiles) * 1000:.0f} ms each"
    )

    raw, ours, issued, rows = measure_ratio(services, coop_id)
    print(
        f"founders' table, {rows} rows: raw ReportLab {raw * 1000:.0f} ms, our rendering "
        f"{ours * 1000:.0f} ms, issued end to end {issued * 1000:.0f} ms"
    )
    assert not docs.gaps(), "the register has gaps after the benchmark"
    services.engine.dispose()
    return [
        figure("(a) berkas pendirian, 50 members, median of 5", berkas_s, "s", BERKAS_TARGET_S),
        figure(f"(b) {len(profiles)} Profil Koperasi, total", profiles_s, "s", PROFILES_TARGET_S),
        figure("(c) ratio our rendering / raw ReportLab", ours / raw, "×", RATIO_TARGET),
        figure("(c') ratio issued end to end / raw ReportLab", issued / raw, "×", RATIO_TARGET),
    ]


def main(argv: list[str] | None = None) -> int:
    """Parse options, run in a temporary folder unless ``--out`` is given, print figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--villages", type=int, default=267)
    parser.add_argument("--members", type=int, default=50)
    parser.add_argument("--out", type=Path, help="keep the data folder here")
    args = parser.parse_args(argv)
    home = args.out or Path(tempfile.mkdtemp(prefix="kopdes-bench-docs-"))
    home.mkdir(parents=True, exist_ok=True)
    try:
        lines = run(home, args.villages, args.members)
    finally:
        if args.out is None:
            shutil.rmtree(home, ignore_errors=True)
    print()
    for line in lines:
        print(line)
    return 0 if all(line.endswith("OK") for line in lines) else 1


if __name__ == "__main__":
    sys.exit(main())
