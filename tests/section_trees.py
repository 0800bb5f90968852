"""What the blind rounds on the section tree (tests/test_sections_s4*_blind.py) share: each module states its
documents (lines and the expected tree, test_structure_s29.N) and takes from here how a document is read and the two
checks every document passes: its tree, and every line's words held by some node (nothing lost)."""

from __future__ import annotations

import re

import pytest
from conftest import write_in_form
from test_structure_s29 import wrong_nodes

from pipeline.run import process
from pipeline.stages.numbering import classify

FORMS = ["text", "html", "docx", "pdf"]


def read(tmp_path, lines, form):
    return process(write_in_form(tmp_path, lines, form, pdf_rows=(30.0, 13, 9)))


def words(text: str) -> str:
    """The text's words, spaced alike; a mark glued to a word dropped ("PHỤ LỤC I.1. TITLE" is held as the label
    "PHỤ LỤC I.1" and the heading "TITLE")."""
    return re.sub(r"\s+", " ", re.sub(r"(?<=\w)[.:](?=\s|$)", "", text)).strip()


def lines_lost(doc, lines: list[str]) -> list[str]:
    """The lines whose words (after their label) no node's label, heading or text holds."""
    held = words(" ".join(f"{n.label or ''} {n.heading or ''} {n.text or ''}" for top in doc.sections for n in top.walk()))
    lost = []
    for line in lines:
        label = classify(line)
        if words(label.rest if label is not None and label.rest else line) not in held:
            lost.append(line)
    return lost


def tree_tests(documents: dict[str, tuple[list[str], list]], forms: list[str] = FORMS):
    """The two tests of a round's ``documents`` (name: lines, expected nodes between the opening and the closing, and
    any annex), each document in each of ``forms``; a module binds them to its own test names."""

    @pytest.mark.parametrize("form", forms)
    @pytest.mark.parametrize("name", sorted(documents))
    def test_document_tree(tmp_path, name, form):
        lines, expected = documents[name]
        wrong = wrong_nodes(read(tmp_path, lines, form).sections, expected)
        assert wrong == [], wrong

    @pytest.mark.parametrize("form", forms)
    @pytest.mark.parametrize("name", sorted(documents))
    def test_every_line_is_in_some_node(tmp_path, name, form):
        """Nothing lost: each line's words (after its label) in some node's label, heading or text."""
        lines = documents[name][0]
        lost = lines_lost(read(tmp_path, lines, form), lines)
        assert lost == [], lost

    return test_document_tree, test_every_line_is_in_some_node
