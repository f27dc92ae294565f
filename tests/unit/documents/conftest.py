"""Fixtures of the document tests: sample data of every document type, by registry code."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.unit.documents.samples import build


@pytest.fixture
def sample() -> Callable[..., object]:
    """``sample("berkas", paper=PaperSize.F4, mask=True)``: the data of one document type."""
    return build
