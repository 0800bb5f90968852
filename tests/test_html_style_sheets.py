"""Style sheets cut out of a page before the parse (html._without_style_sheets, issue 20 item 5): a <style> element's
text is raw text the reader never reads, 170 kB of every page of the national legal database. Cut only where the
parse shows it was a <style> element's whole text; everywhere else the same bytes can stand (a comment, a script,
an attribute, another raw text) or where they are not plain CSS, the page is parsed as it was. The tree, lines and
document are the page's either way."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import etree

import html_reader_before as before
from conftest import REALDOCS, REALDOCS2
from parsers import html
from test_html_same import NODES, _read, _sniffed


def _css(size: int = 5000, rule: str = ".ant-btn{font-family:'Inter',-apple-system;color:#1677ff}") -> str:
    return (rule * (size // len(rule) + 1))[:size]


CSS = _css()
LINES = "\n".join(_css(300) for _ in range(20))  # a sheet of 20 lines: the lines after it must stay the page's
CUT = [
    f"<style>{CSS}</style>", f'<style type="text/css" data-css-hash="x1">{CSS}</style>', f"<style>{LINES}</style>",
    f"<style>{CSS}</STYLE>", f"<style>{CSS}</style >", f"<style>{CSS}</style\n>", f"<style\nmedia='all'>{CSS}</style>",
    f"<style>\t{CSS}\x0c</style>",  # tabs and form feeds: no control the reader counts
    f"<p>KẾ HOẠCH</p><style>{LINES}</style><p>Điều 1.</p>",  # in the body
]
KEPT = CUT + [
    f"<!-- <style>{CSS}</style> -->", f"<script>var s = '<style>{CSS}</style>';</script>",
    f'<p title="<style>{CSS}</style>">tiêu đề</p>', f"<textarea><style>{CSS}</style></textarea>",
    f"<title><style>{CSS}</style></title>", f"<xmp><style>{CSS}</style></xmp>",
    f'<style title="a>b">{CSS}</style>',  # the start tag ends after the bytes' first ">"
    f"<style>{CSS}<b>x</b>{CSS}</style>", f"<style>{CSS}</b>{CSS}</style>",  # a "<" inside: the first one ends no sheet
    f"<style>{CSS}\r\n{CSS}</style>", f"<style>/* Ă */{CSS}</style>", f"<style>{CSS}\x01</style>",  # CR, not ASCII, control
    f"<style>{_css(300)}</style>", f"<STYLE>{CSS}</STYLE>", f"<styles>{CSS}</styles>", f"<style>{CSS}</styled>",
    f"<style>{CSS}",  # unclosed
]


def _tree(piece: str):
    """The tree the reader makes of a page holding ``piece``, and whether a sheet was cut from it."""
    data = f"<html><head><title>t</title></head><body>\n<p>KẾ HOẠCH</p>\n{piece}\n<p>Số: 1/KH</p></body></html>".encode()
    cut = html._cut(data, "n0nce")
    root = html._tree_without_inline_files(data, html._parser(), "page.html", "n0nce", cut)
    return data, root, bool(cut[2]) and set(cut[2]) <= {style.text for style in root.iter("style")}


def _elements(root) -> list:
    """Every element's name, attributes, line, text and tail; a <style> element's text left out (the reader drops it)."""
    return [(e.tag, dict(e.attrib), e.sourceline, None if e.tag == "style" else e.text, e.tail) for e in root.iter()]


@pytest.mark.parametrize("piece", KEPT)
def test_sheets_are_cut_only_where_they_are_a_style_element_s_whole_text(piece):
    data, root, cut = _tree(piece)
    assert cut == (piece in CUT)
    whole = etree.fromstring(data, etree.HTMLParser(encoding="utf-8"))
    assert _elements(root) == _elements(whole)


@pytest.mark.parametrize("piece", KEPT)
def test_pages_with_sheets_read_as_before(tmp_path, piece):
    path = tmp_path / "page.html"
    path.write_text(f"<html><body>\n<p>KẾ HOẠCH</p>\n{piece}\n<p>Số: 1/KH</p>\n<p>Điều 1.</p></body></html>", "utf-8")
    assert _read(html, path) == _read(before, path)


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(pieces=st.lists(st.one_of(st.sampled_from(KEPT), NODES), min_size=1, max_size=6))
def test_generated_pages_with_sheets_read_as_before(tmp_path, pieces):
    path = tmp_path / "page.html"
    path.write_text("<html><body>\n<p>KẾ HOẠCH</p>" + "\n".join(pieces) + "\n</body></html>", encoding="utf-8")
    assert _read(html, path) == _read(before, path)


@pytest.mark.parametrize("controls", ["", "\x01", "\x1c" * 60])
@pytest.mark.parametrize("piece", KEPT)
def test_control_characters_are_counted_in_the_page_cut_as_in_the_page(piece, controls):
    data = f"<html><body><p>{'x' * 2000}{controls}</p>{piece}</body></html>".encode()
    assert _sniffed(data, counted=html._cut(data, "n0nce")[0]) == _sniffed(data)


# A sheet of the length of one checked before (html._CHECKED_SHEETS) and its bytes but one must still be checked itself.
@pytest.mark.parametrize("bad", ["<", "\r", "\x01", "\x0b", "Ă", "\x7f"])
def test_a_sheet_the_length_of_one_checked_before_is_checked_itself(bad):
    html._without_style_sheets(f"<style>{CSS}</style>".encode(), "css:n0nce")
    assert CSS.encode() in html._CHECKED_SHEETS
    other = CSS[:2000] + bad + CSS[2000 + len(bad.encode()):]
    assert len(other.encode()) == len(CSS.encode())
    assert html._without_style_sheets(f"<style>{other}</style>".encode(), "css:n0nce")[1] == []
    data, root, cut = _tree(f"<style>{other}</style>")
    assert not cut and _elements(root) == _elements(etree.fromstring(data, etree.HTMLParser(encoding="utf-8")))


def test_a_sheet_s_line_feeds_stand_in_its_place():
    light, sheets = html._without_style_sheets(f"<p>a</p><style>{LINES}</style><p>b</p>".encode(), "css:n0nce")
    assert sheets == ["css:n0nce-0" + "\n" * 19] and light.count(b"\n") == 19


def _pages() -> list:
    found = [p for folder in (REALDOCS / "vbpl-html", REALDOCS2) if folder.exists() for p in sorted(folder.iterdir())]
    return [p for p in found if p.suffix.lower() in (".html", ".htm")]


@pytest.mark.skipif(not _pages(), reason=f"real documents not found at {REALDOCS} and {REALDOCS2}")
def test_the_national_databases_pages_are_parsed_without_their_sheets():
    """So that test_html_same's comparison with the reader before, on these pages, compares the cut pages; and their
    trees are the whole page's."""
    for path in _pages():
        data = path.read_bytes()
        cut = html._cut(data, "n0nce")
        root = html._tree_without_inline_files(data, html._parser(), str(path), "n0nce", cut)
        assert cut[2] and set(cut[2]) <= {style.text for style in root.iter("style")}, path.name
        whole = etree.fromstring(data, etree.HTMLParser(encoding="utf-8"))
        unplaced = [(t, {k: v for k, v in a.items() if not v.startswith("data:")}, *rest) for t, a, *rest in _elements(root)]
        assert unplaced == [(t, {k: v for k, v in a.items() if not v.startswith("data:")}, *rest)
                            for t, a, *rest in _elements(whole)], path.name
