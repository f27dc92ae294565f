"""Hypothesis drives the services through random sequences of saves, deletes, exports,
imports, restarts (and backups/restores once that service exists) against a dict model.

CI settings are small; ``tests/reliability/run_full.py`` runs the same machine with the
``reliability-full`` profile (``KOPDES_RELIABILITY_PROFILE=reliability-full``).
"""

from __future__ import annotations

import os

import pytest
from hypothesis import HealthCheck, settings
from reliability.stateful_machine import OfficeMachine

PROFILE_ENV = "KOPDES_RELIABILITY_PROFILE"
_COMMON = {
    "deadline": None,
    "suppress_health_check": [HealthCheck.too_slow, HealthCheck.data_too_large],
}
settings.register_profile("reliability-ci", max_examples=40, stateful_step_count=20, **_COMMON)
settings.register_profile("reliability-full", max_examples=150, stateful_step_count=40, **_COMMON)

TestOfficeMachine = pytest.mark.slow(OfficeMachine.TestCase)
TestOfficeMachine.settings = settings.get_profile(os.environ.get(PROFILE_ENV, "reliability-ci"))
