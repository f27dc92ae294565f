"""Translated names for domain codes (enums) shown in more than one widget.

The domain speaks in stable codes; only the UI knows the words, and all of them go through
Qt's translator so English stays a settings switch away.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from kopdes_desktop.domain.enums import WilayahLevel

_CTX = "DisplayNames"


def level_name(level: WilayahLevel) -> str:
    """"Village / urban ward" → "Kelurahan/Desa" and so on."""
    tr = QCoreApplication.translate
    names = {
        WilayahLevel.COUNTRY: tr(_CTX, "All of Indonesia"),
        WilayahLevel.PROVINCE: tr(_CTX, "Province"),
        WilayahLevel.REGENCY: tr(_CTX, "Regency/City"),
        WilayahLevel.DISTRICT: tr(_CTX, "District"),
        WilayahLevel.VILLAGE: tr(_CTX, "Urban ward/Village"),
    }
    return names[level]


def search_hint(level: WilayahLevel) -> str:
    """Placeholder of the area search field: says what to type at this level."""
    tr = QCoreApplication.translate
    hints = {
        WilayahLevel.PROVINCE: tr(_CTX, "Type a province name, e.g. jakarta"),
        WilayahLevel.REGENCY: tr(_CTX, "Type a regency or city name, e.g. jakarta selatan"),
        WilayahLevel.DISTRICT: tr(_CTX, "Type a district name, e.g. kebayoran baru"),
        WilayahLevel.VILLAGE: tr(_CTX, "Type a village or urban ward name, e.g. melawai"),
    }
    return hints.get(level, "")
