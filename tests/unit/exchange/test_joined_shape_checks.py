"""The whole-batch shape checks of ids and NIKs say exactly what the patterns say."""

from __future__ import annotations

import re
import uuid

from hypothesis import given, settings
from hypothesis import strategies as st

from kopdes_desktop.exchange.package_format import UUID_PATTERN
from kopdes_desktop.exchange.row_check import digits_ok, uuids_ok
from kopdes_desktop.exchange.tables import NIK_PATTERN

_UUID = re.compile(UUID_PATTERN)
_NIK = re.compile(NIK_PATTERN)

_ids = st.builds(lambda: str(uuid.uuid4()))
_near_ids = st.one_of(
    _ids,
    _ids.map(str.upper),
    _ids.map(lambda v: v.replace("-", "")),
    st.tuples(_ids, st.integers(0, 35), st.sampled_from("-g G0é\n")).map(
        lambda t: t[0][: t[1]] + t[2] + t[0][t[1] + 1 :]
    ),
    st.tuples(_ids, st.integers(0, 35)).map(lambda t: t[0][: t[1]] + t[0][t[1] + 1 :]),
    st.tuples(_ids, st.integers(0, 35)).map(lambda t: t[0][: t[1]] + "a" + t[0][t[1] :]),
    st.text(alphabet="0123456789abcdef-", min_size=34, max_size=38),
)


@settings(max_examples=400)
@given(st.lists(_near_ids, max_size=6))
def test_ids_joined_check_agrees_with_the_pattern(values):
    assert uuids_ok(values) == all(_UUID.fullmatch(v) for v in values)


def test_ids_that_shift_each_other_into_place_are_refused():
    """A 35- and a 37-character id whose dashes line up once joined are still two bad ids."""
    short = "aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeee"  # 35
    long = "0aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee"  # 37
    assert len("".join([short, long])) == 72
    assert not uuids_ok([short, long])
    assert uuids_ok([str(uuid.uuid4()) for _ in range(100)])


_digits = st.text(alphabet="0123456789", min_size=16, max_size=16)
_near_niks = st.one_of(
    _digits,
    st.text(alphabet="0123456789", min_size=14, max_size=18),
    st.tuples(_digits, st.integers(0, 15), st.sampled_from("a*٣ ١")).map(
        lambda t: t[0][: t[1]] + t[2] + t[0][t[1] + 1 :]
    ),
)


@settings(max_examples=400)
@given(st.lists(_near_niks, max_size=6))
def test_nik_joined_check_agrees_with_the_pattern(values):
    assert digits_ok(values, 16) == all(_NIK.fullmatch(v) for v in values)
