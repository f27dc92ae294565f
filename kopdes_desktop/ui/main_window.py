"""The main window: navigation on the left, one page at a time on the right.

Pages receive the services they need through their constructors (no global registry). Pages
for features still to come are calm placeholders that say so.
"""

from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import QSize, Qt
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
from kopdes_desktop.ui.display_names import area_display_name
from kopdes_desktop.ui.icons import icon
from kopdes_desktop.ui.views.home_view import HomeView
from kopdes_desktop.ui.views.placeholder_view import PlaceholderView
from kopdes_desktop.ui.views.settings_view import SettingsView, database_description
from kopdes_desktop.ui.workers import TaskRunner

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

    def __init__(self, services: Services, runner: TaskRunner | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self.runner = runner if runner is not None else TaskRunner(self)
        self.setWindowIcon(icon("app"))
        self.setMinimumSize(MINIMUM_SIZE)
        self._build()
        self._build_status_bar()
        self.update_title()
        self._fit_to_screen()
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
        self.settings_view = SettingsView(self._services, self)
        placeholders = self._placeholder_texts()
        for page, label, icon_name in self._nav_entries():
            item = QListWidgetItem(icon(icon_name), label)
            item.setData(Qt.ItemDataRole.UserRole, int(page))
            item.setSizeHint(QSize(NAV_WIDTH - 16, NAV_ITEM_HEIGHT))
            self.nav.addItem(item)
            if page is Page.HOME:
                widget = self.home_view
            elif page is Page.SETTINGS:
                widget = self.settings_view
            else:
                widget = PlaceholderView(label, placeholders[page], icon(icon_name), self)
            self.stack.addWidget(widget)
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

    def _placeholder_texts(self) -> dict[Page, str]:
        return {
            Page.COOPERATIVES: self.tr(
                "Register the cooperative of your area: identity, formation model, formation "
                "stages, legal documents, business units and savings rules."),
            Page.MEMBERS: self.tr(
                "Founders and members with their NIK, the board (pengurus, pengawas, "
                "pengelola) and savings payments."),
            Page.TRAINING: self.tr(
                "Training events with participants, attendance, test scores and certificates, "
                "and mentoring visits."),
            Page.DOCUMENTS: self.tr(
                "Print formation documents with the office letterhead: invitations, attendance "
                "lists, minutes, powers of attorney and member lists."),
            Page.EXCHANGE: self.tr(
                "Export files for upload and for monitoring by the Sudin and Dinas, and import "
                "files from other offices."),
        }

    def _build_status_bar(self) -> None:
        self.database_label = QLabel(
            self.tr("Database: {database}").format(
                database=database_description(self._services)), self)
        self.user_label = QLabel(
            self.tr("User: {user}").format(user=self._services.ctx.username), self)
        bar = self.statusBar()
        bar.setSizeGripEnabled(False)
        bar.addWidget(self.database_label, 1)
        bar.addPermanentWidget(self.user_label)

    def _fit_to_screen(self) -> None:
        """Open large but inside the screen: 1366×768 laptops are common in offices."""
        screen = QGuiApplication.primaryScreen()
        size = QSize(DEFAULT_SIZE)
        if screen is not None:
            available = screen.availableGeometry().size()
            size = size.boundedTo(available)
        self.resize(size.expandedTo(self.minimumSize()))

    # --- behaviour ----------------------------------------------------------------------
    def update_title(self) -> None:
        """"KopDes Desktop — <office name or area name>"."""
        settings = self._services.settings.get()
        name = settings.office_name
        if not name and settings.area_code:
            info = self._services.wilayah.area_info(settings.area_code)
            name = area_display_name(info)
        title = self.tr("KopDes Desktop")
        self.setWindowTitle(f"{title} — {name}" if name else title)

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
        self.stack.setCurrentIndex(row)
        if row == Page.HOME:
            self.home_view.refresh()
        elif row == Page.SETTINGS:
            self.settings_view.refresh()

    def closeEvent(self, event: QCloseEvent) -> None:
        """Let running tasks finish so none touches a closed database."""
        self.runner.cancel_all()
        self.runner.wait()
        super().closeEvent(event)
