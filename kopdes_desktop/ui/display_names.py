"""Translated names for domain codes (enums) shown in more than one widget.

The domain speaks in stable codes; only the UI knows the words, and all of them go through
Qt's translator so English stays a settings switch away.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from kopdes_desktop.domain.entities import AreaInfo
from kopdes_desktop.domain.enums import WilayahLevel
from kopdes_desktop.services.wilayah_service import short_province_name

translate = QCoreApplication.translate  # lupdate needs literal contexts


def level_name(level: WilayahLevel) -> str:
    """"Village / urban ward" → "Kelurahan/Desa" and so on."""
    names = {
        WilayahLevel.COUNTRY: translate("DisplayNames", "All of Indonesia"),
        WilayahLevel.PROVINCE: translate("DisplayNames", "Province"),
        WilayahLevel.REGENCY: translate("DisplayNames", "Regency/City"),
        WilayahLevel.DISTRICT: translate("DisplayNames", "District"),
        WilayahLevel.VILLAGE: translate("DisplayNames", "Urban ward/Village"),
    }
    return names[level]


def search_hint(level: WilayahLevel) -> str:
    """Placeholder of the area search field: says what to type at this level."""
    hints = {
        WilayahLevel.PROVINCE: translate(
            "DisplayNames", "Type a province name, e.g. jakarta"),
        WilayahLevel.REGENCY: translate(
            "DisplayNames", "Type a regency or city name, e.g. jakarta selatan"),
        WilayahLevel.DISTRICT: translate(
            "DisplayNames", "Type a district name, e.g. kebayoran baru"),
        WilayahLevel.VILLAGE: translate(
            "DisplayNames", "Type a village or urban ward name, e.g. melawai"),
    }
    return hints.get(level, "")


def area_display_name(info: AreaInfo) -> str:
    """The area's own name as offices write it ("DKI Jakarta", "Seluruh Indonesia")."""
    if info.level is WilayahLevel.COUNTRY:
        return level_name(WilayahLevel.COUNTRY)
    if info.level is WilayahLevel.PROVINCE:
        return short_province_name(info.name)
    return info.name


def area_full_name(info: AreaInfo) -> str:
    """The comma-separated full name; the whole country reads "Seluruh Indonesia"."""
    if info.level is WilayahLevel.COUNTRY:
        return level_name(WilayahLevel.COUNTRY)
    return info.full_name
