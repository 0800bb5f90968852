"""The README is true: every command block is run on a fresh copy of the repository or says why not, and what the
README shows a command printing is what it prints now (scripts/readme_examples.py; --write regenerates)."""

import importlib.util
import sys

import pytest

from conftest import ROOT

spec = importlib.util.spec_from_file_location("readme_examples", ROOT / "scripts" / "readme_examples.py")
readme_examples = importlib.util.module_from_spec(spec)
sys.modules["readme_examples"] = readme_examples  # its dataclasses look their module up
spec.loader.exec_module(readme_examples)


def test_every_command_block_is_run_or_says_why_not():
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    assert readme_examples.unmarked(text) == []
    run = [b for b in readme_examples.blocks(text) if (b.mark or "").startswith("run")]
    assert len(run) >= 20 and sum(b.output is not None for b in run) >= 15


def test_the_readme_examples_print_what_the_readme_shows():
    problems = readme_examples.examine()
    assert not problems, "\n\n".join(problems) + "\n\nIf the new output is right: .venv/bin/python scripts/readme_examples.py --write"


@pytest.mark.parametrize("shown, printed, same", [
    ("Ingested 5 file(s) (1.0 s).\n", "Ingested 5 file(s) (0.4 s).\n", True),  # timings vary
    ("Ingested 5 file(s) (1.0 s).\n", "Ingested 4 file(s) (1.0 s).\n", False),  # numbers do not
    ("a\n…\nd\n", "a\nb\nc\nd\n", True), ("a\n…\nd\n", "a\nb\nc\n", False), ("a\nb\n", "a\nb\nc\n", False),
    ("sum  7\n", "sum  8\n", False),
])
def test_what_counts_as_the_same_output(shown, printed, same):
    assert readme_examples.matches(shown, printed) is same


def test_an_elided_block_is_rewritten_with_as_many_lines_around_the_gap():
    assert readme_examples.rewritten("a\n…\nz\n", "1\n2\n3\n4\n5\n") == "1\n…\n5\n"
    assert readme_examples.rewritten("a\nb\n", "1\n2\n3\n") == "1\n2\n3\n"
