"""The only code that knows where ``resources/`` is (source tree or a frozen bundle)."""

from __future__ import annotations

import sys
from pathlib import Path


def resources_dir() -> Path:
    """Folder with reference data, fonts, icons and schemas."""
    frozen_base = getattr(sys, "_MEIPASS", None)
    if frozen_base:
        return Path(frozen_base) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def resource_path(*parts: str) -> Path:
    """Path of one resource file, e.g. ``resource_path("wilayah", "villages.csv.gz")``."""
    return resources_dir().joinpath(*parts)


def wilayah_dir() -> Path:
    """Shipped Kemendagri area codes (idn-area-data 4.0.1, ODbL-1.0)."""
    return resource_path("wilayah")
