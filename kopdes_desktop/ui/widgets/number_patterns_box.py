"""Document-number patterns of the settings form: the office's default and an optional
pattern per numbered document type, each with the number it would print today.

Seeing "005/KKMP-MLW/XI/2026" under the field tells more than any description of
``{seq:03d}``; unknown placeholders and patterns without the sequence are refused as typed.
"""

from __future__ import annotations

import string
from collections.abc import Callable
from datetime import date

from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from kopdes_desktop.documents.registry import DOCUMENT_TYPES
from kopdes_desktop.domain.document_numbers import (
    DEFAULT_PATTERN,
    PATTERN_FIELDS,
    format_number,
    pattern_for,
)
from kopdes_desktop.domain.errors import DomainError, Issue, error, warning

EXAMPLE_SEQUENCE = 5
LABEL_WIDTH = 160
DEFAULT_KEY = "default"
ALLOWED_TEXT = ", ".join(
    "{" + name + "}" for name in ("seq", "code", "month_roman", "month", "year", "type")
)


def pattern_findings(pattern: str, field_name: str) -> list[Issue]:
    """Why a pattern cannot be used (errors), or why it may surprise (a warning)."""
    if not pattern.strip():
        return []
    try:
        fields = [f for _, f, _, _ in string.Formatter().parse(pattern) if f is not None]
    except ValueError:
        return [error("documents.pattern_invalid", field_name, pattern=pattern)]
    unknown = [f for f in fields if f not in PATTERN_FIELDS]
    if unknown:
        return [
            error(
                "documents.pattern_unknown_placeholder",
                field_name,
                name="{" + unknown[0] + "}",
                allowed=ALLOWED_TEXT,
            )
        ]
    if "seq" not in fields:
        return [error("documents.pattern_no_seq", field_name)]
    try:
        format_number(pattern, EXAMPLE_SEQUENCE, "MLW", date.today())
    except DomainError:
        return [error("documents.pattern_invalid", field_name, pattern=pattern)]
    if "year" not in fields:
        return [warning("documents.pattern_no_year", field_name)]
    return []


class NumberPatternsBox(QGroupBox):
    """Default pattern + one optional override per numbered document type."""

    def __init__(
        self, register: Callable[[str, QWidget], QWidget], parent: QWidget | None = None
    ) -> None:
        super().__init__(self.tr("Document numbers"), parent)
        self.code = "X"
        self.edits: dict[str, QLineEdit] = {}
        self.examples: dict[str, QLabel] = {}
        form = QFormLayout()
        form.setVerticalSpacing(4)
        types = [(DEFAULT_KEY, self.tr("Default pattern:"))] + [
            (t.code, f"{t.title}:") for t in DOCUMENT_TYPES.values() if t.numbered
        ]
        for key, label in types:
            edit = QLineEdit(self)
            if key == DEFAULT_KEY:
                edit.setPlaceholderText(DEFAULT_PATTERN)
            else:
                edit.setPlaceholderText(self.tr("(the default pattern)"))
            edit.textChanged.connect(self._update_examples)
            example = QLabel(self)
            example.setObjectName("hintLabel")
            column = QVBoxLayout()
            column.setSpacing(0)
            column.addWidget(register(f"number_patterns.{key}", edit))
            column.addWidget(example)
            title = QLabel(label, self)
            title.setWordWrap(True)  # document titles are long; the field keeps its width
            title.setFixedWidth(LABEL_WIDTH)
            title.setBuddy(edit)
            form.addRow(title, column)
            self.edits[key] = edit
            self.examples[key] = example
        help_label = QLabel(
            self.tr(
                "Placeholders: {seq} number within the year ({seq:03d} writes 005), {code} short "
                "code of the area, {month_roman} month in Roman numerals (XI), {month} month (11), "
                "{year} year, {type} document type. Numbers restart every year."
            ),
            self,
        )
        help_label.setObjectName("hintLabel")
        help_label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(help_label)
        self._update_examples()

    def set_patterns(self, patterns: dict[str, str]) -> None:
        """Show stored patterns (a missing default shows as the built-in one)."""
        for key, edit in self.edits.items():
            value = patterns.get(key, "")
            edit.setText(value or (DEFAULT_PATTERN if key == DEFAULT_KEY else ""))
        self._update_examples()

    def patterns(self) -> dict[str, str]:
        """What to store: the default (built-in when left empty) and non-empty overrides."""
        result = {DEFAULT_KEY: self.edits[DEFAULT_KEY].text().strip() or DEFAULT_PATTERN}
        for key, edit in self.edits.items():
            if key != DEFAULT_KEY and edit.text().strip():
                result[key] = edit.text().strip()
        return result

    def set_code(self, code: str) -> None:
        """The area's short code used in the examples (e.g. MLW for Melawai)."""
        self.code = code
        self._update_examples()

    def live_issues(self) -> list[Issue]:
        """Findings on every pattern field."""
        return [
            issue
            for key, edit in self.edits.items()
            for issue in pattern_findings(edit.text(), f"number_patterns.{key}")
        ]

    def _update_examples(self, *_args: object) -> None:
        patterns = self.patterns()
        for key, label in self.examples.items():
            pattern = pattern_for(patterns, key)
            try:
                number = format_number(
                    pattern,
                    EXAMPLE_SEQUENCE,
                    self.code,
                    date.today(),
                    key if key != DEFAULT_KEY else "",
                )
            except DomainError:
                label.setText("")
                continue
            label.setText(self.tr("Example: {number}").format(number=number))
