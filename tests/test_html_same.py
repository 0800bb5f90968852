"""The HTML reader's speed work (issue 20, item 5) changes no output: today's reader gives the Document the reader
before it gave (tests/html_reader_before.py) on generated pages and on every real page; each hand-written shortcut
is checked against the plain way it replaces."""

from __future__ import annotations

import sys

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import etree

import html_reader_before as before
from conftest import REALDOCS, REALDOCS2
from parsers import html
from pipeline.errors import ReaderError
from pipeline.resources import json_data

# Every character str.split() cuts at.
WHITESPACE = [chr(c) for c in range(sys.maxunicode + 1) if chr(c).isspace()]

# Words and spacing of the kind pages hold: Vietnamese in NFC and decomposed, the escaped break some sites print,
# non-breaking and other Unicode spaces, markers of the containers, headings and label classes the site data names.
TEXTS = ["KẾ HOẠCH", "Số: 12/KH-UBND", "Điều 1.", "Ho\u0300a", "a", "1", "Văn bản không tồn tại", "\\r\\n", " ", "  ",
         "\n", "\n  ", "\t", "\xa0", "\u2003", "\u3000", "\x85", "\r\n", "x\x1cy", "ant-tabs-tabpane-active"]
CLASSES = ["ant-tabs-tabpane ant-tabs-tabpane-active", "ant-tabs-tabpane-active", "ant-tabs-tabpane-activeX",
           " content1\t", "content1 x", "xcontent1", "lawDocumentHeader_title", "a lawDocumentHeader_title-b",
           "ant-descriptions-item-label", "ant-descriptions-item-label x", "other"]
IDS = ["toanvancontent", "divContentDoc", "noidungvanban", "toanvancontent ", "other"]
TAGS = ["p", "div", "span", "b", "li", "h2", "center", "table", "tbody", "tr", "td", "th", "br", "script", "a", "section"]


def _attributes(draw) -> str:
    out = ""
    if draw(st.booleans()):
        out += f' class="{draw(st.sampled_from(CLASSES))}"'
    if draw(st.integers(0, 3)) == 0:
        out += f' id="{draw(st.sampled_from(IDS))}"'
    if draw(st.integers(0, 3)) == 0:
        out += f' {draw(st.sampled_from(["rowspan", "colspan"]))}="{draw(st.sampled_from(["2", "3", "0", "x", ""]))}"'
    return out


@st.composite
def _element(draw, children) -> str:
    tag = draw(st.sampled_from(TAGS))
    if tag == "br":
        return "<br>"
    return f"<{tag}{_attributes(draw)}>{''.join(draw(st.lists(children, max_size=4)))}</{tag}>"


NODES = st.recursive(st.one_of(st.sampled_from(TEXTS), st.just("<!-- c -->")), lambda children: _element(children),
                     max_leaves=40)
PAGES = st.lists(NODES, min_size=1, max_size=4).map(
    lambda nodes: "<html><body>\n" + "\n".join(nodes) + "\n</body></html>")


def _read(module, path):
    try:
        return module.read(path)
    except ReaderError as error:
        return str(error)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(page=PAGES)
def test_the_reader_reads_generated_pages_as_before(tmp_path, page):
    path = tmp_path / "page.html"
    path.write_text(page, encoding="utf-8")
    assert _read(html, path) == _read(before, path)


def _pages() -> list:
    found = [p for folder in (REALDOCS / "vbpl-html", REALDOCS2) if folder.exists() for p in sorted(folder.iterdir())]
    return [p for p in found if p.suffix.lower() in (".html", ".htm")]


@pytest.mark.skipif(not _pages(), reason=f"real documents not found at {REALDOCS} and {REALDOCS2}")
def test_the_reader_reads_every_real_page_as_before():
    differ = [p.name for p in _pages() if _read(html, p) != _read(before, p)]
    assert differ == []


@given(st.text(st.sampled_from(WHITESPACE + list("aĐ\u0300\\rn.1 "))))
def test_collapsed_is_the_plain_split_and_join(text):
    assert html._collapsed(text) == " ".join(text.replace("\\r\\n", " ").split())


def test_printable_text_has_no_whitespace_but_the_space():
    """What the shortcut in _collapsed rests on, for every character."""
    assert [c for c in WHITESPACE if c.isprintable()] == [" "]


@settings(max_examples=300, deadline=None)
@given(page=PAGES)
def test_the_site_data_finds_the_elements_the_expressions_before_found(page):
    """html_containers.json's expressions, written from the attribute, against those before them (the same order)."""
    data = json_data("html_containers.json")
    pairs = list(zip(before.CONTAINERS + before.SITE_HEADINGS, data["containers"] + data["site_headings"], strict=True))
    root = etree.fromstring(page, etree.HTMLParser())
    for old, new in pairs:
        assert etree.XPath(new)(root) == etree.XPath(old)(root), (old, new)
