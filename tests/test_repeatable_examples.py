"""`make test` (HYPOTHESIS_PROFILE=repeatable) runs a quarter of each property test's examples, never fewer than 100;
by hand (the explore profile) all of them (tests/conftest.py, REPEATABLE_EXAMPLES_SHARE). The first test counts the
examples it is given; the second, run after it in this module, checks the count."""

from __future__ import annotations

import os

from conftest import REPEATABLE_EXAMPLES_SHARE
from hypothesis import given, settings
from hypothesis import strategies as st

_RUNS = {"asked_800": 0, "asked_200": 0}


@settings(max_examples=800, database=None)
@given(st.integers())
def test_a_test_asking_800_examples(number):
    _RUNS["asked_800"] += 1


@settings(max_examples=200, database=None)
@given(st.integers())
def test_a_test_asking_200_examples(number):
    _RUNS["asked_200"] += 1


def test_the_examples_run_are_the_profiles_share():
    if os.environ.get("HYPOTHESIS_PROFILE") == "repeatable":
        assert _RUNS == {"asked_800": 800 // REPEATABLE_EXAMPLES_SHARE, "asked_200": 100}
    else:
        assert _RUNS == {"asked_800": 800, "asked_200": 200}
