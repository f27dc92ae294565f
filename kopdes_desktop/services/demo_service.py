"""Synthetic demo data (placeholder until the demo generator lands; helper-4 owns this file)."""

from __future__ import annotations

from kopdes_desktop.services.context import ServiceContext
from kopdes_desktop.services.wilayah_service import WilayahService


class DemoService:
    """Generates realistic synthetic data inside the working area."""

    def __init__(self, ctx: ServiceContext, wilayah: WilayahService) -> None:
        self._ctx = ctx
        self._wilayah = wilayah
