"""The main window: navigation on the left, one page at a time on the right.

Pages receive the services they need through their constructors (no global registry). Only
Beranda is built with the window; every other page (and the modules behind it: forms,
documents, exchange) is built the first time it is shown or asked for (``page(Page.X)`` or
the ``<name>_view`` properties), which keeps start-up short on an office laptop.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import IntEnum
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QCloseEvent, QGuiApplication
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kopdes_desktop.bootstrap import Services
from kopdes_desktop.ui.close_guard import settle_unsaved_forms
from kopdes_desktop.ui.display_names import area_display_name
from kopdes_desktop.ui.icons import icon
from kopdes_desktop.ui.translator import LanguageSwitcher
from kopdes_desktop.ui.views.home_view import HomeView
from kopdes_desktop.ui.widgets.account_button import AccountButton
from kopdes_desktop.ui.widgets.settings_info import database_description
from kopdes_desktop.ui.window_state import window_state_for
from kopdes_desktop.ui.workers import TaskRunner

if TYPE_CHECKING:
    from kopdes_desktop.ui.views.cooperatives_view import CooperativesView
    from kopdes_desktop.ui.views.documents_view import DocumentsView
    from kopdes_desktop.ui.views.exchange_view import ExchangeView
    from kopdes_desktop.ui.views.members_view import MembersView
    from kopdes_desktop.ui.views.settings_view import SettingsView
    from kopdes_desktop.ui.views.training_view import TrainingView

NAV_WIDTH = 210
NAV_ITEM_HEIGHT = 40
DEFAULT_SIZE = QSize(1280, 760)
MINIMUM_SIZE = QSize(960, 600)


class Page(IntEnum):
    """Pages in navigation order (also their index in the stack)."""

    HOME = 0
    COOPERATIVES = 1
    MEMBERS = 2
    TRAINING = 3
    DOCUMENTS = 4
    EXCHANGE = 5
    SETTINGS = 6


class MainWindow(QMainWindow):
    """Navigation list + stacked pages + status bar with database and user."""

    def __init__(
        self,
        services: Services,
        runner: TaskRunner | None = None,
        parent: QWidget | None = None,
        languages: LanguageSwitcher | None = None,
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._languages = languages  # None: a language change applies at the next start
        self.runner = runner if runner is not None else TaskRunner(self)
        self.setWindowIcon(icon("app"))
        self.setMinimumSize(MINIMUM_SIZE)
        self._build()
        self._build_status_bar()
        self.update_title()
        self._fit_to_screen()
        self._window_state = window_state_for(services)
        self._window_state.restore_window(self)  # where the user left it last time
        self.show_page(Page.HOME)

    def _nav_entries(self) -> list[tuple[Page, str, str]]:
        return [
            (Page.HOME, self.tr("Home"), "home"),
            (Page.COOPERATIVES, self.tr("Cooperatives"), "cooperative"),
            (Page.MEMBERS, self.tr("Members"), "members"),
            (Page.TRAINING, self.tr("Training"), "training"),
            (Page.DOCUMENTS, self.tr("Documents"), "documents"),
            (Page.EXCHANGE, self.tr("Export/Import"), "exchange"),
            (Page.SETTINGS, self.tr("Settings"), "settings"),
        ]

    def _build(self) -> None:
        self.nav = QListWidget(self)
        self.nav.setObjectName("navigationList")
        self.nav.setIconSize(QSize(20, 20))
        self.nav.setFixedWidth(NAV_WIDTH)
        self.nav.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.nav.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.stack = QStackedWidget(self)
        self.home_view = HomeView(self._services, self.runner, self)
        self.home_view.field_requested.connect(self._on_field_requested)
        self._pages: dict[Page, QWidget] = {Page.HOME: self.home_view}
        for page, label, icon_name in self._nav_entries():
            item = QListWidgetItem(icon(icon_name), label)
            item.setData(Qt.ItemDataRole.UserRole, int(page))
            item.setSizeHint(QSize(NAV_WIDTH - 16, NAV_ITEM_HEIGHT))
            self.nav.addItem(item)
            # An empty stand-in keeps the stack's indexes equal to the pages' until built.
            self.stack.addWidget(self._pages.get(page) or QWidget(self.stack))
        self.nav.currentRowChanged.connect(self._on_nav_row_changed)

        brand = QLabel(self.tr("KopDes Desktop"), self)
        brand.setObjectName("brandLabel")
        brand.setFixedWidth(NAV_WIDTH)
        side = QVBoxLayout()
        side.setContentsMargins(0, 0, 0, 0)
        side.setSpacing(0)
        side.addWidget(brand)
        side.addWidget(self.nav, 1)
        central = QWidget(self)
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(side)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)

    def _build_status_bar(self) -> None:
        self.database_label = QLabel(
            self.tr("Database: {database}").format(database=database_description(self._services)),
            self,
        )
        self.user_label = QLabel(
            self.tr("User: {user}").format(user=self._services.ctx.username), self
        )
        bar = self.statusBar()
        bar.setSizeGripEnabled(False)
        bar.addWidget(self.database_label, 1)
        bar.addPermanentWidget(self.user_label)
        self.account_button = AccountButton(self._services, self)  # password, About, privacy
        bar.addPermanentWidget(self.account_button)

    def _fit_to_screen(self) -> None:
        """Open large but inside the screen: 1366×768 laptops are common in offices."""
        screen = QGuiApplication.primaryScreen()
        size = QSize(DEFAULT_SIZE)
        if screen is not None:
            available = screen.availableGeometry().size()
            size = size.boundedTo(available)
        self.resize(size.expandedTo(self.minimumSize()))

    # --- pages, built on first use --------------------------------------------------------
    def page(self, page: Page) -> QWidget:
        """The widget of ``page``, built now if it was never shown (without showing it)."""
        widget = self._pages.get(page)
        if widget is None:
            widget = self._page_builders()[page]()
            stand_in = self.stack.widget(int(page))
            self.stack.insertWidget(int(page), widget)
            self.stack.removeWidget(stand_in)
            stand_in.deleteLater()
            self._pages[page] = widget
        return widget

    def is_page_built(self, page: Page) -> bool:
        """True once ``page``'s widget exists (Beranda always; others after first use)."""
        return page in self._pages

    def _page_builders(self) -> dict[Page, Callable[[], QWidget]]:
        return {
            Page.COOPERATIVES: self._build_cooperatives,
            Page.MEMBERS: self._build_members,
            Page.TRAINING: self._build_training,
            Page.DOCUMENTS: self._build_documents,
            Page.EXCHANGE: self._build_exchange,
            Page.SETTINGS: self._build_settings,
        }

    def _build_cooperatives(self) -> QWidget:
        from kopdes_desktop.ui.views.cooperatives_view import CooperativesView

        view = CooperativesView(self._services, self.runner, self)
        view.page_requested.connect(lambda: self.show_page(Page.COOPERATIVES))
        return view

    def _build_members(self) -> QWidget:
        from kopdes_desktop.ui.views.members_view import MembersView

        return MembersView(self._services, self.runner, self)

    def _build_training(self) -> QWidget:
        from kopdes_desktop.ui.views.training_view import TrainingView

        return TrainingView(self._services, self.runner, self)

    def _build_documents(self) -> QWidget:
        from kopdes_desktop.ui.views.documents_view import DocumentsView

        return DocumentsView(self._services, self.runner, self)

    def _build_exchange(self) -> QWidget:
        from kopdes_desktop.ui.views.exchange_view import ExchangeView

        return ExchangeView(self._services, self.runner, self)

    def _build_settings(self) -> QWidget:
        from kopdes_desktop.ui.views.settings_view import SettingsView

        return SettingsView(self._services, self, self._languages)

    @property
    def cooperatives_view(self) -> CooperativesView:
        """The Koperasi page (built on first use)."""
        return cast("CooperativesView", self.page(Page.COOPERATIVES))

    @property
    def members_view(self) -> MembersView:
        """The Anggota page (built on first use)."""
        return cast("MembersView", self.page(Page.MEMBERS))

    @property
    def training_view(self) -> TrainingView:
        """The Pelatihan page (built on first use)."""
        return cast("TrainingView", self.page(Page.TRAINING))

    @property
    def documents_view(self) -> DocumentsView:
        """The Dokumen page (built on first use)."""
        return cast("DocumentsView", self.page(Page.DOCUMENTS))

    @property
    def exchange_view(self) -> ExchangeView:
        """The Ekspor/Impor page (built on first use)."""
        return cast("ExchangeView", self.page(Page.EXCHANGE))

    @property
    def settings_view(self) -> SettingsView:
        """The Pengaturan page (built on first use)."""
        return cast("SettingsView", self.page(Page.SETTINGS))

    # --- behaviour ----------------------------------------------------------------------
    def update_title(self) -> None:
        """ "KopDes Desktop — <office name or area name>"."""
        settings = self._services.settings.get()
        name = settings.office_name
        if not name and settings.area_code:
            info = self._services.wilayah.area_info(settings.area_code)
            name = area_display_name(info)
        title = self.tr("KopDes Desktop")
        self.setWindowTitle(f"{title} — {name}" if name else title)

    def changeEvent(self, event: QEvent) -> None:
        """After a language switch: navigation and title in the new language at once."""
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "nav"):
            for row, (_page, label, _icon) in enumerate(self._nav_entries()):
                self.nav.item(row).setText(label)
            self.update_title()
        super().changeEvent(event)

    def show_page(self, page: Page) -> None:
        """Switch to ``page`` as if its navigation entry was clicked."""
        self.nav.setCurrentRow(int(page))
        if self.stack.currentIndex() != int(page):  # the row was already current
            self._on_nav_row_changed(int(page))

    def current_page(self) -> Page:
        """The page on show."""
        return Page(self.stack.currentIndex())

    def _on_nav_row_changed(self, row: int) -> None:
        if row < 0:
            return
        page = Page(row)
        widget = self.page(page)  # built before it becomes current: no blank frame
        self.stack.setCurrentIndex(row)
        if page in (Page.COOPERATIVES, Page.MEMBERS):
            widget.on_shown()  # type: ignore[attr-defined]
        else:
            widget.refresh()  # type: ignore[attr-defined]

    def _reveal_form(self, form: QWidget) -> None:
        """Bring the page holding ``form`` to the front (its save was refused)."""
        for page, widget in self._pages.items():
            if widget is form or widget.isAncestorOf(form):
                self.show_page(page)
                return

    def _on_field_requested(self, cooperative_id: str, field_name: str) -> None:
        """A Beranda checklist item: open the cooperative on the Koperasi page at the field."""
        self.show_page(Page.COOPERATIVES)
        self.cooperatives_view.open_cooperative(cooperative_id, field_name or None)

    def closeEvent(self, event: QCloseEvent) -> None:
        """Ask about unsaved forms first ("Save changes?"); then let running tasks finish so
        none touches a closed database."""
        if not settle_unsaved_forms(self, self._reveal_form):
            event.ignore()
            return
        self._window_state.save_window(self)
        self.runner.cancel_all()
        self.runner.wait()
        super().closeEvent(event)
