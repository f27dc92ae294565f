"""Import: merge a checked package into the database in one transaction, all or nothing.

The pass walks the tables parents first, a batch of rows at a time: it looks up the local
rows and their exchange base, decides each record's outcome (``exchange/merge.py``), and
writes new and changed records, their sync state, persons' name tokens and attachment
bytes. Every row's plan entry is counted under its cooperative. The same pass serves the
dry run: it runs to the end and rolls back, so the plan shown is exactly what applying would
do, foreign-key and uniqueness checks included. Unresolved conflicts also end in a rollback.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, Engine, insert
from sqlalchemy.exc import IntegrityError

from kopdes_desktop.domain.errors import DomainError
from kopdes_desktop.exchange.data_file import RowBatch, row_batches
from kopdes_desktop.exchange.import_plan import PlanBuilder
from kopdes_desktop.exchange.merge import (
    Outcome,
    RecordChange,
    decide,
    field_changes,
    record_key,
    resolved,
)
from kopdes_desktop.exchange.package_format import (
    MAX_ATTACHMENT_BYTES,
    PackageError,
    attachment_name,
    data_name,
)
from kopdes_desktop.exchange.package_reader import OpenedPackage, read_entry, verify_entries
from kopdes_desktop.exchange.tables import TABLE_NAMES, TABLES, TableSpec
from kopdes_desktop.services.attachment_service import AttachmentService, sniff_media_type
from kopdes_desktop.services.context import ServiceContext
from kopdes_desktop.services.exchange_checks import CheckedPackage
from kopdes_desktop.services.exchange_feed import FEED_MIN_ROWS, FedBatch, RowFeed, first_outside
from kopdes_desktop.services.exchange_rows import RowCodec
from kopdes_desktop.services.exchange_sync import (
    BASE_COLUMNS,
    BULK_INDEX_MIN_ROWS,
    SQLITE_IMPORT_CACHE_KIB,
    BulkIndexes,
    SyncStore,
    TokenWriter,
    check_foreign_keys,
    chunks,
    sqlite_cache_kib,
    table_is_empty,
    unchecked_foreign_keys,
)
from kopdes_desktop.storage import orm
from kopdes_desktop.storage.audit_trail import append_summary
from kopdes_desktop.storage.bulk_insert import insert_sql
from kopdes_desktop.storage.database import WRITE_OPTION

_CHECKED_INCOMING = frozenset({"cooperative", "attachment"})
"""Tables whose incoming rows ``_check_incoming`` looks at."""
_READ_IN_PROCESS = frozenset({"attachment"})
"""Tables a reading process never reads: the pass stores each attachment's bytes from the
package as it goes. (Cooperatives going into an empty table need only the area rule, which
the reading process applies: ``exchange_feed.first_outside``.)"""

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]
Row = dict[str, Any]


@dataclass
class _State:
    """One pass: the connection, its helpers, and the package being merged."""

    conn: Connection
    checked: CheckedPackage
    plan: PlanBuilder
    commit: bool
    area: str
    sync: SyncStore
    tokens: TokenWriter
    indexes: BulkIndexes
    done: int = 0
    total: int = 0
    unchecked: bool = False
    """Foreign keys are not enforced while loading (``unchecked_foreign_keys``)."""
    feed: RowFeed | None = None
    """The reading process of the tables loaded in bulk (``exchange_feed``), if any."""


class ImportPass:
    """Runs the merge of one checked package (dry run or for real)."""

    def __init__(
        self,
        ctx: ServiceContext,
        engine: Engine,
        attachments: AttachmentService,
        area: str,
    ) -> None:
        self._ctx, self._engine, self._attachments, self._area = ctx, engine, attachments, area

    def run(
        self,
        checked: CheckedPackage,
        plan: PlanBuilder,
        commit: bool,
        progress: Progress | None = None,
        cancelled: Cancelled | None = None,
        feed: RowFeed | None = None,
    ) -> bool:
        """Merge every table; True when committed (False: dry run or unresolved conflicts).

        ``feed``: a reading process started early (``start_feed``); the pass uses it when
        it reads the tables the pass itself would have it read, else closes it."""
        incoming = sum(checked.manifest.counts.values())
        with (
            self._engine.connect() as conn,
            sqlite_cache_kib(conn, SQLITE_IMPORT_CACHE_KIB),
            unchecked_foreign_keys(conn, TABLE_NAMES, incoming >= BULK_INDEX_MIN_ROWS) as unchecked,
        ):
            conn.execution_options(**{WRITE_OPTION: True})
            trans = conn.begin()
            state: _State | None = None
            try:
                state = _State(
                    conn,
                    checked,
                    plan,
                    commit,
                    self._area,
                    SyncStore(conn, self._ctx.now()),
                    TokenWriter(conn),
                    BulkIndexes(conn),
                    total=incoming,
                    unchecked=unchecked,
                )
                if state.total >= BULK_INDEX_MIN_ROWS:
                    state.feed = _confirmed_feed(conn, checked, feed, self._area)
                    feed = None
                else:
                    if feed is not None:
                        feed.close()
                    verify_entries(checked.package, sorted(checked.unverified))
                for spec in TABLES:
                    self._table(state, spec, progress, cancelled)
                if state.feed is not None:  # its spool's pages need not reach the disk
                    state.feed.close()
                state.indexes.restore_all()
                plan.name_groups(_cooperative_names(conn, plan.group_ids()))
                if not commit or plan.unresolved():
                    trans.rollback()
                    return False
                self._log(state)
                trans.commit()
                return True
            except IntegrityError as exc:
                trans.rollback()
                raise PackageError(
                    "exchange.integrity", None, detail=str(exc.orig).splitlines()[0][:200]
                ) from exc
            except BaseException:
                trans.rollback()
                raise
            finally:
                if state is not None and state.feed is not None:
                    state.feed.close()
                if feed is not None:
                    feed.close()

    def _table(
        self, st: _State, spec: TableSpec, progress: Progress | None, cancelled: Cancelled | None
    ) -> None:
        """One table, batch by batch; big loads into empty tables rebuild indexes once."""
        incoming = st.checked.manifest.counts[spec.name]
        if incoming == 0:
            return
        empty = st.indexes.is_empty(spec.name)
        bulk = empty and incoming >= BULK_INDEX_MIN_ROWS
        if bulk:
            st.indexes.drop(spec.name)
            if spec.name == "person" and st.indexes.is_empty("person_name_token"):
                st.indexes.drop("person_name_token")
        codec = RowCodec(spec, st.conn.dialect)
        feed = st.feed if st.feed is not None and spec.name in st.feed.tables else None
        batches = feed.batches(spec.name) if feed else row_batches(st.checked.package, spec)
        for batch in batches:
            if cancelled is not None and cancelled():
                raise DomainError("exchange.cancelled")
            if isinstance(batch, FedBatch):
                self._insert_fed(st, spec, codec, batch)
            else:
                self._batch(st, spec, codec, batch, empty)
            st.done += batch.size
            if progress is not None:
                progress(st.done, st.total)
        if empty and spec.cooperative_via is not None:
            st.plan.count_grouped(spec.name, Outcome.NEW, _group_counts(st.conn, spec))
        if bulk:
            st.indexes.restore("person_name_token")
            st.indexes.restore(spec.name)
        if st.unchecked:  # its parents are complete: tables come parents first
            # Only the table itself: the persons' name tokens are made here from the same
            # batch's persons, so their one reference cannot miss (checking 4.4 million of
            # them took a national import 1.5 s).
            check_foreign_keys(st.conn, [spec.name])

    def _batch(
        self, st: _State, spec: TableSpec, codec: RowCodec, batch: RowBatch, empty: bool
    ) -> None:
        """Decide, note and write one batch of rows."""
        if empty:
            self._insert_all(st, spec, codec, batch)
            return
        rows = batch.rows
        ids = batch.columns["id"]
        local, bases = _locals(st, codec, ids)
        groups = _groups(st.conn, spec, batch.columns)
        if not local:
            outcomes = [Outcome.NEW] * len(rows)
        else:
            outcomes = [
                decide(local.get(i), r, bases.get(i)) for i, r in zip(ids, rows, strict=True)
            ]
        by_outcome: dict[Outcome, list[int]] = {}
        for index, outcome in enumerate(outcomes):
            by_outcome.setdefault(outcome, []).append(index)
        for outcome, indexes in by_outcome.items():
            st.plan.count(spec.name, outcome, (groups[i] for i in indexes))
            if outcome is not Outcome.NEW and outcome is not Outcome.UNCHANGED:
                for i in indexes:
                    self._note(st, spec, rows[i], local[ids[i]], outcome, groups[i])
        self._write(st, spec, codec, rows, outcomes, bases)

    def _insert_all(self, st: _State, spec: TableSpec, codec: RowCodec, batch: RowBatch) -> None:
        """A table empty before this import: every row is new, written without lookups."""
        columns = batch.columns
        if spec.cooperative_via is None:  # else counted for the whole table at its end
            st.plan.count(spec.name, Outcome.NEW, _groups(st.conn, spec, columns))
        if spec.name in _CHECKED_INCOMING:
            self._check_incoming(st, spec, batch.rows)
        _insert_new(st, codec, codec.columns_in(columns))
        if spec.name == "person":
            st.tokens.replace(list(zip(columns["id"], columns["name"], strict=True)), False)

    @staticmethod
    def _insert_fed(st: _State, spec: TableSpec, codec: RowCodec, batch: FedBatch) -> None:
        """A batch read by the feed process for a table empty before this import: rows, plan
        counts and name tokens as ``_insert_all`` writes them."""
        if spec.cooperative_via is None:  # else counted for the whole table at its end
            groups = batch.groups if batch.groups is not None else [None] * batch.size
            st.plan.count(spec.name, Outcome.NEW, groups)
        st.sync.insert_flat(codec.table, codec.names, batch.rows)
        st.tokens.insert(batch.tokens)

    @staticmethod
    def _note(
        st: _State, spec: TableSpec, row: Row, local: Row, outcome: Outcome, group: str | None
    ) -> None:
        key = record_key(spec.name, row["id"])
        change = RecordChange(
            spec.name, row["id"], outcome, field_changes(local, row), st.plan.resolutions.get(key)
        )
        st.plan.note(change, group)

    def _write(
        self,
        st: _State,
        spec: TableSpec,
        codec: RowCodec,
        rows: list[Row],
        outcomes: list[Outcome],
        bases: Mapping[str, str],
    ) -> None:
        """Insert the new rows, replace the changed ones (both with their exchange base and
        receipt time), and note the exchanged version of the others as their base."""
        new: list[Row] = []
        changed: list[Row] = []
        noted: list[Row] = []
        for row, outcome in zip(rows, outcomes, strict=True):
            final = resolved(outcome, st.plan.resolutions.get(record_key(spec.name, row["id"])))
            if final is Outcome.NEW:
                new.append(row)
            elif final is Outcome.CHANGED:
                changed.append(row)
            elif (outcome is Outcome.CONFLICT and final is Outcome.KEPT_OURS) or (
                final is Outcome.UNCHANGED and bases.get(row["id"]) != row["updated_at"]
            ):
                noted.append(row)
        self._check_incoming(st, spec, new + changed)
        if new:
            _insert_new(st, codec, codec.rows_in(new))
        if changed:
            stamped = st.sync.stamped(codec.rows_in(changed), codec.updated_at_index)
            params = [codec.update_params(t) for t in stamped]
            st.conn.exec_driver_sql(codec.update_sql(BASE_COLUMNS), params)
        st.sync.note(spec.name, _versions(noted))
        if spec.name == "person":
            st.tokens.replace([(r["id"], r["name"]) for r in new], had_tokens=False)
            st.tokens.replace([(r["id"], r["name"]) for r in changed], had_tokens=True)

    def _check_incoming(self, st: _State, spec: TableSpec, rows: list[Row]) -> None:
        """Rules the database cannot state: our area, one cooperative per village, the bytes
        of attachments (present, the announced size and type; stored before commit)."""
        if not rows:
            return
        if spec.name == "cooperative":
            _check_villages(st, rows)
        elif spec.name == "attachment":
            for row in rows:
                self._attachment(st, row)

    def _attachment(self, st: _State, row: Row) -> None:
        sha = row["sha256"]
        name = attachment_name(sha)
        pkg = st.checked.package
        if name not in pkg.entries:
            if self._attachments.blob_path(sha).is_file():
                return
            raise PackageError("package.attachment_missing", None, sha256=sha)
        data = read_entry(pkg, name, MAX_ATTACHMENT_BYTES)
        if len(data) != row["size"] or sniff_media_type(data) != row["media_type"]:
            raise PackageError("package.attachment_mismatch", None, sha256=sha)
        if st.commit:
            self._attachments.store_blob(data)

    def _log(self, st: _State) -> None:
        """The import_log row: monitoring reads from it which villages report."""
        m = st.checked.manifest
        st.conn.execute(
            insert(orm.ImportLog).values(
                origin_area=m.office.area_code,
                office_name=m.office.name,
                fingerprint=m.office.fingerprint,
                package_created_at=m.created_at,
                imported_at=self._ctx.now(),
                package_sha256=st.checked.summary.sha256,
                counts=st.plan.totals_json(),
                username=self._ctx.username,
            )
        )
        # Core writes bypass the audit hook: one summary entry in the same transaction.
        append_summary(
            st.conn,
            username=self._ctx.username,
            at=self._ctx.now(),
            action="import",
            entity="exchange_package",
            entity_id=m.office.area_code,
            details={
                "package_sha256": st.checked.summary.sha256,
                "office": m.office.name,
                "fingerprint": m.office.fingerprint,
                "package_created_at": m.created_at,
                "counts": st.plan.totals_json(),
            },
        )


def _insert_new(st: _State, codec: RowCodec, rows: list[tuple[Any, ...]]) -> None:
    """Driver rows of new records, with their exchange base and receipt time."""
    sql = insert_sql(st.conn.dialect, codec.table, [*codec.names, *BASE_COLUMNS])
    st.conn.exec_driver_sql(sql, st.sync.stamped(rows, codec.updated_at_index))


def _versions(rows: list[Row]) -> list[tuple[str, str]]:
    return [(r["id"], r["updated_at"]) for r in rows]


def _locals(st: _State, codec: RowCodec, ids: list[str]) -> tuple[dict[str, Row], dict[str, str]]:
    """The local rows among ``ids`` in package form, and the exchange base of those that
    have one (read with them: one lookup)."""
    found: dict[str, Row] = {}
    bases: dict[str, str] = {}
    for part in chunks(ids):
        sql = codec.lookup_sql(len(part), extra=("exchange_base",))
        raw = st.conn.exec_driver_sql(sql, tuple(part)).all()
        for row in codec.dicts_out([r[:-1] for r in raw]):
            found[row["id"]] = row
        bases.update(st.sync.bases([(r[codec.id_index], r[-1]) for r in raw]))
    return found, bases


def _groups(conn: Connection, spec: TableSpec, columns: Mapping[str, list[Any]]) -> list[Any]:
    """The cooperative of each row: its own column, through its parent, or none (shared)."""
    if spec.cooperative_column is not None:
        return columns[spec.cooperative_column]
    if spec.cooperative_via is None:
        return [None] * len(columns["id"])
    column, parent = spec.cooperative_via
    parents = list(set(columns[column]))
    owner: dict[str, str] = {}
    marker = "?" if conn.dialect.paramstyle == "qmark" else "%s"
    for part in chunks(parents):
        marks = ", ".join([marker] * len(part))
        owner.update(
            conn.exec_driver_sql(
                f"SELECT id, cooperative_id FROM {parent} WHERE id IN ({marks})", tuple(part)
            ).all()
        )
    return list(map(owner.get, columns[column]))


def start_feed(engine: Engine, pkg: OpenedPackage, area: str) -> RowFeed | None:
    """A reading process for the tables a first import of ``pkg`` would load in bulk,
    started before the import's transaction (while the package's checksums are still being
    verified); ``ImportPass.run`` confirms it inside the transaction."""
    with engine.connect() as conn:
        if sum(pkg.manifest.counts.values()) < BULK_INDEX_MIN_ROWS:
            return None
        tables = _feed_tables(conn, pkg)
        if not tables:
            return None
    return RowFeed(pkg.path, pkg.manifest_bytes, tables, area=area)


def _confirmed_feed(
    conn: Connection, checked: CheckedPackage, early: RowFeed | None, area: str
) -> RowFeed | None:
    """The reading process of this pass: the early one when it reads exactly the tables the
    pass wants read (the database may have changed since it started), else a new one; the
    data files the early one was to check and no reader checks now are verified here."""
    tables = _feed_tables(conn, checked.package)
    if early is not None and early.tables == [name for name, _ in tables]:
        return early
    if early is not None:
        early.close()
    pkg = checked.package
    feed = RowFeed(pkg.path, pkg.manifest_bytes, tables, area=area) if tables else None
    read = feed.verified if feed is not None else frozenset()
    verify_entries(pkg, sorted(checked.unverified - read))
    return feed


def _feed_tables(conn: Connection, pkg: OpenedPackage) -> list[tuple[str, str]]:
    """(table, data-file sha256) of the tables a reading process reads (SQLite only: see
    ``exchange_feed``): big ones going into empty tables; small tables and attachments stay
    in process."""
    if conn.dialect.name != "sqlite":
        return []
    manifest = pkg.manifest
    return [
        (t.name, manifest.files[data_name(t.name)].sha256)
        for t in TABLES
        if manifest.counts.get(t.name, 0) >= FEED_MIN_ROWS
        and t.name not in _READ_IN_PROCESS
        and table_is_empty(conn, t.name)
    ]


def _group_counts(conn: Connection, spec: TableSpec) -> dict[str | None, int]:
    """Rows per cooperative of a table filled by this import alone, counted through its
    parent in one grouped query (instead of looking the parents up batch by batch)."""
    assert spec.cooperative_via is not None
    column, parent = spec.cooperative_via
    rows = conn.exec_driver_sql(
        f"SELECT p.cooperative_id, count(*) FROM {spec.name} AS c"
        f" LEFT JOIN {parent} AS p ON p.id = c.{column} GROUP BY p.cooperative_id"
    ).all()
    return {group: n for group, n in rows}


def _check_villages(st: _State, rows: list[Row]) -> None:
    """A cooperative must lie in our area, and its village must not have another one."""
    outside = first_outside(st.area, [r["village_code"] for r in rows])
    if outside is not None:
        raise PackageError("package.cooperative_outside", None, village=outside, working=st.area)
    marker = "?" if st.conn.dialect.paramstyle == "qmark" else "%s"
    wanted = {r["village_code"]: r["id"] for r in rows}
    for part in chunks(list(wanted)):
        marks = ", ".join([marker] * len(part))
        taken = st.conn.exec_driver_sql(
            f"SELECT village_code, id FROM cooperative WHERE village_code IN ({marks})",
            tuple(part),
        ).all()
        for code, coop_id in taken:
            if wanted[code] != coop_id:
                raise PackageError("exchange.village_taken", None, village=code)


def _cooperative_names(conn: Connection, ids: list[str]) -> dict[str, tuple[str, str]]:
    """Village code and name of each cooperative a plan mentions."""
    names: dict[str, tuple[str, str]] = {}
    marker = "?" if conn.dialect.paramstyle == "qmark" else "%s"
    for part in chunks(ids):
        marks = ", ".join([marker] * len(part))
        for coop_id, code, name in conn.exec_driver_sql(
            f"SELECT id, village_code, name FROM cooperative WHERE id IN ({marks})", tuple(part)
        ).all():
            names[coop_id] = (code, name)
    return names
