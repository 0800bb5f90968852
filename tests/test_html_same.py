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
from parsers.txt import EIGHT_BIT, sniff
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


@st.composite
def _table(draw, children) -> str:
    """A table of rows of cells (each cell what ``children`` makes, or a tag alone)."""
    cell = st.lists(st.one_of(children, st.sampled_from(["<p>", "<br>", "</p>"])), max_size=3).map("".join)
    rows = draw(st.lists(st.lists(st.tuples(st.sampled_from(["td", "th"]), cell), min_size=1, max_size=3), min_size=1,
                         max_size=3))
    return "<table>" + "".join("<tr>" + "".join(f"<{tag}{_attributes(draw)}>{text}</{tag}>" for tag, text in row)
                               + "</tr>" for row in rows) + "</table>"


NODES = st.recursive(st.one_of(st.sampled_from(TEXTS), st.just("<!-- c -->")),
                     lambda children: st.one_of(_element(children), _table(children)), max_leaves=30)
PAGES = st.lists(NODES, min_size=1, max_size=4).map(
    lambda nodes: "<html><body>\n" + "\n".join(nodes) + "\n</body></html>")


def _read(module, path):
    """What ``module`` reads, the blocks' bold marks aside: the reader before had none (s24 added them, checked in
    tests/test_structure_s24.py); every other field as it was."""
    try:
        doc = module.read(path)
    except ReaderError as error:
        return str(error)
    return doc.model_copy(update={"blocks": [b.model_copy({"bold": False}) for b in doc.blocks]})


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
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


@settings(max_examples=100, deadline=None)
@given(page=PAGES)
def test_the_site_data_finds_the_elements_the_expressions_before_found(page):
    """html_containers.json's expressions, written from the attribute, against those before them (the same order)."""
    data = json_data("html_containers.json")
    pairs = list(zip(before.CONTAINERS + before.SITE_HEADINGS, data["containers"] + data["site_headings"], strict=True))
    root = etree.fromstring(page, etree.HTMLParser())
    for old, new in pairs:
        assert etree.XPath(new)(root) == etree.XPath(old)(root), (old, new)


# Inline files (html._without_inline_files): long "data:…;base64,…" values, in attributes where they are cut out
# before the parse, and in every other place the same bytes can stand, where they must not be (or the page is parsed
# whole after all).
def _inline(kind: str = "image/png", size: int = 5000, body: str = "A") -> str:
    return f"data:{kind};base64,{(body * size)[:size]}"


FILE = _inline()
CUT = [  # values of src, href and xlink:href
    f'<img src="{FILE}">', f'<p><img alt="x" src="{FILE}" width="2">chữ</p>', f'<svg><image xlink:href="{FILE}"/></svg>',
    f'<a href="{_inline("image/svg+xml", 9000, "QUJD+/=")}">liên kết</a>',  # the other letters of base64
    f'<img src="data:image/png;base64,{"A" * 200};base64,{"A" * 5000}">',  # the mark twice in one value
]
INLINE = CUT + [
    f'<!-- <img src="{FILE}"> -->', f'<script>var s = \'<img src="{FILE}">\';</script>', f'<style>p {{}} /* src="{FILE}" */</style>',
    f"<p title='<img src=\"{FILE}\">'>tiêu đề</p>",  # inside another attribute's value
    f'<p>src="{FILE}" là văn bản</p>', f'<textarea>src="{FILE}"</textarea>', f'<title>src="{FILE}"</title>',
    f'<img src="{FILE}&amp;x">', f'<img src="{_inline(size=3000)}\n{FILE}">',  # a character reference, a line break
    f'<img src="{_inline(body="Ă")}">', f'<img src="{_inline(size=100)}">',  # not ASCII; too short to cut
    f'<img src = "{FILE}">', f"<img src='{FILE}'>", f'<img class="{FILE}">', f'<img src="{FILE}',  # unclosed
]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(pieces=st.lists(st.one_of(st.sampled_from(INLINE), NODES), min_size=1, max_size=6))
def test_pages_with_inline_files_read_as_before(tmp_path, pieces):
    path = tmp_path / "page.html"
    path.write_text("<html><body>\n<p>KẾ HOẠCH</p>" + "\n".join(pieces) + "\n</body></html>", encoding="utf-8")
    assert _read(html, path) == _read(before, path)


def _sniffed(data: bytes, counted: bytes | None = None):
    try:
        return sniff(data, "page.html", counted=counted)
    except ReaderError as error:
        return str(error)


CONTROLS = ["\x01", "\x1c" * 40, "\x00" * 30, "\x7f"]  # few and enough to call a page binary


@settings(max_examples=150, deadline=None)
@given(pieces=st.lists(st.one_of(st.sampled_from(INLINE + CONTROLS), NODES), min_size=1, max_size=8))
def test_control_characters_are_counted_in_the_page_cut_as_in_the_page(pieces):
    """html._parse counts them in the page without its inline files (a fifth of a 1 MB page): the same codec, count
    and refusal as counting them in the whole page."""
    data = ("<html><body>\n" + "\n".join(pieces) + "\n</body></html>").encode("utf-8")
    light, _ = html._without_inline_files(data, "data:,n0nce")
    assert _sniffed(data, counted=light) == _sniffed(data)


def test_a_page_with_inline_files_is_binary_by_its_whole_length_not_the_cut_ones():
    """Controls past 1% of the cut page's bytes but not of the page's: a text page, as before."""
    data = f'<html><body><img src="{_inline(size=20000)}"><p>{"x" * 2000}{chr(1) * 60}</p></body></html>'.encode()
    light, placeholders = html._without_inline_files(data, "data:,n0nce")
    assert placeholders and _sniffed(data, counted=light) == _sniffed(data) == (EIGHT_BIT, 60)
    assert _sniffed(light) != _sniffed(data)  # what counting the cut page as a page would answer


def _light_tree(page: str):
    """The tree _tree_without_inline_files makes of the page, and whether it is the page cut (False: parsed whole)."""
    root = html._tree_without_inline_files(page.encode("utf-8"), html._parser(), "page.html", "n0nce")
    return root, html._HOLDS_VALUE(root, value="data:,n0nce-0")


@pytest.mark.parametrize("piece", INLINE)
def test_inline_files_are_cut_only_from_whole_double_quoted_href_and_src_values(piece):
    page = f"<html><body><p>KẾ HOẠCH</p>{piece}<p>Số: 1/KH</p></body></html>"
    root, cut = _light_tree(page)
    assert cut == (piece in CUT)
    whole = etree.fromstring(page.encode("utf-8"), etree.HTMLParser(encoding="utf-8"))
    assert [(e.tag, e.text, e.tail, e.sourceline) for e in root.iter()] == \
        [(e.tag, e.text, e.tail, e.sourceline) for e in whole.iter()]  # text, lines and elements: the page's


def test_a_placeholder_outside_an_attribute_sends_the_page_to_the_whole_parse():
    """One of the values cut landed in text: no attribute holds its placeholder."""
    page = f'<html><body><img src="{FILE}"><p>src="{FILE}"</p></body></html>'
    assert html._without_inline_files(page.encode(), "data:,n0nce")[1] == ["data:,n0nce-0", "data:,n0nce-1"]
    root, cut = _light_tree(page)
    assert not cut and FILE in html._text_content(root)


@pytest.mark.skipif(not (REALDOCS / "vbpl-html").exists(), reason=f"real documents not found at {REALDOCS}")
def test_the_national_databases_pages_are_parsed_without_their_inline_files():
    """So the comparison with the reader before, on these pages, is a comparison of the cut pages."""
    for path in sorted((REALDOCS / "vbpl-html").glob("*.html")):
        data = path.read_bytes()
        if b";base64," in data:
            root = html._tree_without_inline_files(data, html._parser(), str(path), "n0nce")
            assert html._HOLDS_VALUE(root, value="data:,n0nce-0"), path.name


def test_threads_reading_pages_at_once_each_read_what_one_reads_alone(tmp_path):
    """The reader keeps one parser per thread (html._parser): pages read in threads at once, as alone."""
    from concurrent.futures import ThreadPoolExecutor

    pages = []
    for n in range(12):
        path = tmp_path / f"page{n}.html"
        path.write_text(f"<html><body><p>KẾ HOẠCH {n}</p><img src=\"{FILE}\"><table><tr><td>{n}</td></tr></table>"
                        + "<p>Điều 1.</p>" * n + "</body></html>", encoding="utf-8")
        pages.append(path)
    alone = [html.read(p) for p in pages]
    with ThreadPoolExecutor(4) as pool:
        assert list(pool.map(html.read, pages * 3)) == alone * 3


# A value of a file's length and bytes but one: after the file, checked and kept (html._CHECKED_VALUES), each must still
# be checked byte by byte (a quote's or a break's place, a reference, a control, a letter outside base64 and the media type).
SAME_LENGTH = [FILE[:2000] + bad + FILE[2000 + len(bad.encode()):] for bad in ("&", "\n", "\r", " ", "<", "\x01", "'", "!", "Ă")]


@pytest.mark.parametrize("value", SAME_LENGTH)
def test_a_value_the_length_of_one_checked_before_is_checked_itself(value):
    assert len(value.encode()) == len(FILE.encode())
    light, placeholders = html._without_inline_files(f'<img src="{FILE}">'.encode(), "data:,n0nce")
    assert placeholders and FILE.encode() in html._CHECKED_VALUES
    page = f'<img src="{value}"><img src="{FILE}">'.encode()
    assert html._without_inline_files(page, "data:,n0nce")[1] == ["data:,n0nce-0"]  # the file after it only
    assert html._without_inline_files(page, "data:,n0nce")[0].startswith(f'<img src="{value}">'.encode())


def test_values_checked_before_are_cut_as_values_checked_for_the_first_time():
    """The same page cut with no value kept and with its values kept from the page before."""
    other = _inline("image/svg+xml", 9000, "QUJD+/=")
    page = f'<p><img src="{FILE}"><a href="{other}">x</a><img src="{FILE}"></p>'.encode()
    html._CHECKED_VALUES.clear()
    first = html._without_inline_files(page, "data:,n0nce")
    assert html._without_inline_files(page, "data:,n0nce") == first and len(first[1]) == 3
    assert len(html._CHECKED_VALUES) <= html._CHECKED_KEPT
