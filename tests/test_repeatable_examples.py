"""`make test` (HYPOTHESIS_PROFILE=repeatable) runs a quarter of each property test's examples, never fewer than 25;
by hand (the explore profile) all of them (tests/conftest.py, REPEATABLE_EXAMPLES_SHARE). The first test counts the
examples it is given; the second, run after it in this module, checks the count."""

from __future__ import annotations

import os

from hypothesis import given, settings
from hypothesis import strategies as st

_RUNS = {"asked_800": 0, "asked_60": 0, "asked_10": 0}


@settings(max_examples=800, database=None)
@given(st.integers())
def test_a_test_asking_800_examples(number):
    _RUNS["asked_800"] += 1


@settings(max_examples=60, database=None)
@given(st.integers())
def test_a_test_asking_60_examples(number):
    _RUNS["asked_60"] += 1


@settings(max_examples=10, database=None)
@given(st.integers())
def test_a_test_asking_10_examples(number):
    _RUNS["asked_10"] += 1


def test_the_examples_run_are_the_profiles_share():
    if os.environ.get("HYPOTHESIS_PROFILE") == "repeatable":
        assert _RUNS == {"asked_800": 200, "asked_60": 25, "asked_10": 10}
    else:
        assert _RUNS == {"asked_800": 800, "asked_60": 60, "asked_10": 10}
