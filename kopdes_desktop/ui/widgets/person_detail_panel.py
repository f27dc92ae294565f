"""The panel beside the person list: everything about the selected person at a glance.

The table has room for one line per person; the panel shows the full address with the
village's name, contacts, and each cooperative with founder flag and current roles, so the
operator rarely needs to open the form just to read.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from kopdes_desktop.domain.entities import Person
from kopdes_desktop.domain.errors import DomainError
from kopdes_desktop.domain.nik import mask_nik
from kopdes_desktop.services.member_service import MembershipSummary
from kopdes_desktop.services.wilayah_service import WilayahService
from kopdes_desktop.ui.models.persons_table_model import membership_text


class PersonDetailPanel(QFrame):
    """Read-only details of one person (or a hint when none is selected)."""

    def __init__(
        self, wilayah: WilayahService, parent: QWidget | None = None, full_nik: bool = True
    ) -> None:
        super().__init__(parent)
        self._full_nik = full_nik  # viewers see NIK masked (UU 27/2022)
        self.setObjectName("detailPanel")
        self._wilayah = wilayah
        self.title_label = QLabel(self)
        self.title_label.setObjectName("sectionTitle")
        self.title_label.setWordWrap(True)
        self.body_label = QLabel(self)
        self.body_label.setWordWrap(True)
        self.body_label.setTextFormat(Qt.TextFormat.RichText)
        self.body_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.body_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 12, 14, 12)
        layout.addWidget(self.title_label)
        layout.addWidget(self.body_label, 1)
        self.show_person(None)

    def show_person(
        self, person: Person | None, memberships: tuple[MembershipSummary, ...] = ()
    ) -> None:
        """Show ``person`` (None: a hint on how to choose one)."""
        if person is None:
            self.title_label.setText(self.tr("No person selected"))
            self.body_label.setText(
                html.escape(
                    self.tr(
                        "Choose a person in the list to see the details here. Enter or a double "
                        "click opens the form."
                    )
                )
            )
            return
        self.title_label.setText(person.name)
        rows = [
            (self.tr("NIK"), (person.nik if self._full_nik else mask_nik(person.nik)) or "—"),
            (self.tr("Sex"), self._sex(person)),
            (self.tr("Born"), self._born(person)),
            (self.tr("Address"), self._address(person)),
            (self.tr("Occupation"), person.occupation or "—"),
            (self.tr("Phone"), person.phone or "—"),
            (self.tr("E-mail"), person.email or "—"),
        ]
        table = "".join(
            f"<tr><td style='color:#5b6b79;padding-right:10px'>{html.escape(k)}</td>"
            f"<td>{html.escape(v)}</td></tr>"
            for k, v in rows
        )
        ties = "".join(
            f"<li>{html.escape(membership_text(m, short=False))}</li>" for m in memberships
        )
        none = html.escape(self.tr("Not a member of any cooperative."))
        heading = html.escape(self.tr("Memberships and roles"))
        ties_html = f"<ul style='margin-left:-20px'>{ties}</ul>" if ties else f"<p>{none}</p>"
        self.body_label.setText(
            f"<table>{table}</table><p style='margin-top:10px'><b>{heading}</b></p>{ties_html}"
        )

    def _sex(self, person: Person) -> str:
        if person.sex is None:
            return "—"
        return self.tr("Female (P)") if person.sex.value == "P" else self.tr("Male (L)")

    @staticmethod
    def _born(person: Person) -> str:
        born = person.birth_date.strftime("%d-%m-%Y") if person.birth_date else ""
        return ", ".join(x for x in (person.birth_place, born) if x) or "—"

    def _address(self, person: Person) -> str:
        parts = [person.address] if person.address else []
        if person.rt or person.rw:
            parts.append(f"RT {person.rt or '-'}/RW {person.rw or '-'}")
        if person.village_code:
            try:
                parts.append(self._wilayah.area_info(person.village_code).full_name)
            except DomainError:
                parts.append(person.village_code)
        return ", ".join(parts) or "—"
