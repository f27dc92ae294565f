"""Qt-free composition: configuration, logging, database upgrade and every service.

Both the CLI and the GUI (``app.py``) start here, so they always share one set of services
built the same way; nothing reaches for global state.
"""

from __future__ import annotations

import logging
import logging.handlers
from dataclasses import dataclass
from functools import cached_property
from typing import TYPE_CHECKING

from sqlalchemy import Engine

from kopdes_desktop.config import Config
from kopdes_desktop.services.attachment_service import AttachmentService
from kopdes_desktop.services.board_service import BoardService
from kopdes_desktop.services.capital_service import CapitalService
from kopdes_desktop.services.check_service import CheckService
from kopdes_desktop.services.context import ServiceContext
from kopdes_desktop.services.cooperative_service import CooperativeService
from kopdes_desktop.services.document_service import DocumentDeps, DocumentService
from kopdes_desktop.services.meeting_service import MeetingService
from kopdes_desktop.services.member_service import MemberService
from kopdes_desktop.services.person_service import PersonService
from kopdes_desktop.services.settings_service import SettingsService
from kopdes_desktop.services.signing_service import SigningService
from kopdes_desktop.services.stats_service import StatsService
from kopdes_desktop.services.training_service import TrainingService
from kopdes_desktop.services.unit_service import UnitService
from kopdes_desktop.services.user_service import UserService
from kopdes_desktop.services.wilayah_service import WilayahService
from kopdes_desktop.storage.database import make_engine, make_session_factory
from kopdes_desktop.storage.migrate import UpgradeResult, upgrade_database

if TYPE_CHECKING:
    from kopdes_desktop.services.backup_service import BackupService
    from kopdes_desktop.services.demo_service import DemoService
    from kopdes_desktop.services.exchange_service import ExchangeService
    from kopdes_desktop.services.member_import_service import MemberImportService
    from kopdes_desktop.services.rekap_service import RekapService

LOG_MAX_BYTES = 2_000_000
LOG_BACKUPS = 5


@dataclass
class Services:
    """Everything the CLI and the GUI need, built once per run."""

    config: Config
    engine: Engine
    ctx: ServiceContext
    upgrade: UpgradeResult
    wilayah: WilayahService
    settings: SettingsService
    users: UserService
    stats: StatsService
    persons: PersonService
    cooperatives: CooperativeService
    members: MemberService
    board: BoardService
    units: UnitService
    capital: CapitalService
    meetings: MeetingService
    training: TrainingService
    attachments: AttachmentService
    checks: CheckService
    signing: SigningService
    documents: DocumentService

    # Services below pull in openpyxl and the exchange machinery (~0.5 s of imports): they are
    # built on first use so that opening the window does not pay for them.

    @cached_property
    def backups(self) -> BackupService:
        """Backups and restore of the database (``kopdes backup``, Pengaturan, automatic)."""
        from kopdes_desktop.services.backup_service import BackupService

        return BackupService(self.ctx, self.engine, self.config)

    @cached_property
    def demo(self) -> DemoService:
        """Synthetic data generator."""
        from kopdes_desktop.services.demo_service import DemoService

        return DemoService(self.ctx, self.wilayah)

    @cached_property
    def rekap(self) -> RekapService:
        """Data of the rekap workbook."""
        from kopdes_desktop.services.rekap_service import RekapService

        return RekapService(self.ctx, self.cooperatives, self.wilayah, self.settings)

    @cached_property
    def member_import(self) -> MemberImportService:
        """Member spreadsheets: template, preview, annotated copy, import."""
        from kopdes_desktop.services.member_import_service import MemberImportService

        return MemberImportService(self.ctx, self.cooperatives, self.wilayah)

    @cached_property
    def exchange(self) -> ExchangeService:
        """Exchange packages: export, verify, import and merge."""
        from kopdes_desktop.services.exchange_service import ExchangeService

        return ExchangeService(
            self.ctx,
            self.engine,
            self.signing,
            self.settings,
            self.wilayah,
            self.attachments,
            self.rekap,
            self.documents,
        )


def setup_logging(config: Config, level: int = logging.INFO) -> None:
    """Rotating log file under ``<home>/logs``; called once by the entry points."""
    config.logs_dir.mkdir(parents=True, exist_ok=True)
    handler = logging.handlers.RotatingFileHandler(
        config.logs_dir / "kopdes.log",
        maxBytes=LOG_MAX_BYTES,
        backupCount=LOG_BACKUPS,
        encoding="utf-8",
    )
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    if not any(isinstance(h, logging.handlers.RotatingFileHandler) for h in root.handlers):
        root.addHandler(handler)
    root.setLevel(level)


def open_engine(config: Config) -> tuple[Engine, UpgradeResult]:
    """Create the data folder, connect, and migrate (copying a SQLite file first)."""
    config.home.mkdir(parents=True, exist_ok=True)
    engine = make_engine(config.database_url)
    result = upgrade_database(engine, config.sqlite_path, config.backups_dir)
    return engine, result


def build_backup_service(config: Config, username: str = "system") -> BackupService:
    """Backups and restore alone, without migrating or even reading the database.

    For ``kopdes restore`` when the current database cannot be opened (damaged, or written by
    a newer program): restoring a backup is how that is repaired. No account can be checked
    then, so the caller acts as the system (whoever can write the data folder could replace
    the file anyway).
    """
    from kopdes_desktop.services.backup_service import BackupService

    config.home.mkdir(parents=True, exist_ok=True)
    engine = make_engine(config.database_url)
    ctx = ServiceContext(
        session_factory=make_session_factory(engine), home=config.home, username=username
    )
    return BackupService(ctx, engine, config)


def build_services(config: Config, username: str = "system") -> Services:
    """Open the database and wire every service to one shared context."""
    engine, result = open_engine(config)
    ctx = ServiceContext(
        session_factory=make_session_factory(engine), home=config.home, username=username
    )
    wilayah = WilayahService(ctx)
    persons = PersonService(ctx)
    cooperatives = CooperativeService(ctx, wilayah)
    deps = DocumentDeps(
        ctx=ctx,
        settings=SettingsService(ctx, wilayah),
        wilayah=wilayah,
        cooperatives=cooperatives,
        persons=persons,
        members=MemberService(ctx, persons),
        board=BoardService(ctx),
        units=UnitService(ctx),
        capital=CapitalService(ctx),
        meetings=MeetingService(ctx),
        training=TrainingService(ctx),
        attachments=AttachmentService(ctx),
        signing=SigningService(ctx),
    )
    return Services(
        config=config,
        engine=engine,
        ctx=ctx,
        upgrade=result,
        wilayah=wilayah,
        settings=deps.settings,
        users=UserService(ctx),
        stats=StatsService(ctx),
        persons=persons,
        cooperatives=cooperatives,
        members=deps.members,
        board=deps.board,
        units=deps.units,
        capital=deps.capital,
        meetings=deps.meetings,
        training=deps.training,
        attachments=deps.attachments,
        checks=CheckService(engine, cooperatives),
        signing=deps.signing,
        documents=DocumentService(deps),
    )
