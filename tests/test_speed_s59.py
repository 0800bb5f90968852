"""s59-speed (issue 20, text PDF row): the reader's page checks asked more cheaply, with the same answers.

- ``rules.page_objects``: a page's objects of one kind by pdfium's own calls (pypdfium2's ``get_objects`` wrapped every
  object of the page in Python to test its kind), forms' objects included to the same depth;
- ``columns.may_open_number_column_name``: a line's first word tells that none of its headings names a number column,
  so ``rules.may_hold_unruled_table`` builds and folds no heading of most lines.
"""

from __future__ import annotations

import itertools

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
import pytest

from parsers import rules, textlayer
from pipeline.stages import columns


# ---------------------------------------------------------------------------------------------------------------
# A page's images, forms' included


def _pdf(objects: list[bytes]) -> bytes:
    """A PDF of these objects (numbered from 1; the first the catalog), with its cross-reference table."""
    out = bytearray(b"%PDF-1.7\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def _stream(content: bytes, extra: bytes = b"") -> bytes:
    return b"<< " + extra + b" /Length %d >>\nstream\n" % len(content) + content + b"\nendstream"


def _nested_images_pdf(page_draws: bytes, first_form_draws: bytes, second_form_draws: bytes) -> bytes:
    """One A4 page drawing a grey image (/Im) and a form (/F1) that draws it and a form (/F2) that draws it: the
    page's image at level 0, the first form's at level 1, the second's at level 2."""
    image = _stream(b"\x80", b"/Type /XObject /Subtype /Image /Width 1 /Height 1 /ColorSpace /DeviceGray /BitsPerComponent 8")
    second = _stream(second_form_draws, b"/Type /XObject /Subtype /Form /BBox [0 0 595 842] /Resources << /XObject << /Im 5 0 R >> >>")
    first = _stream(first_form_draws + b" /F2 Do",
                    b"/Type /XObject /Subtype /Form /BBox [0 0 595 842] /Resources << /XObject << /Im 5 0 R /F2 7 0 R >> >>")
    return _pdf([b"<< /Type /Catalog /Pages 2 0 R >>",
                 b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                 b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
                 b"/Resources << /XObject << /Im 5 0 R /F1 6 0 R >> >> >>",
                 _stream(page_draws + b" /F1 Do"), image, first, second])


def _image(left: int, bottom: int, width: int, height: int) -> bytes:
    return b"q %d 0 0 %d %d %d cm /Im Do Q" % (width, height, left, bottom)


_SMALL, _LARGE = _image(40, 700, 100, 60), _image(20, 20, 555, 800)


def _bounds_by_pypdfium2(page, depth: int) -> list[tuple[float, ...]]:
    return [obj.get_bounds() for obj in page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_IMAGE], max_depth=depth)]


@pytest.mark.parametrize("draws", [(_SMALL, _SMALL, _SMALL), (_SMALL, _image(300, 100, 200, 150), _LARGE),
                                   (b"", b"", _LARGE), (b"", _LARGE, b""), (_SMALL + b" " + _LARGE, b"", b"")])
@pytest.mark.parametrize("depth", [1, 2, 3, 15])
def test_page_objects_are_pypdfium2s_to_the_same_depth(draws, depth):
    page = pdfium.PdfDocument(_nested_images_pdf(*draws))[0]
    found = [rules.bounds_of(obj) for obj, _ in rules.page_objects(page, pdfium_c.FPDF_PAGEOBJ_IMAGE, depth=depth)]
    assert found == _bounds_by_pypdfium2(page, depth)
    assert len(found) == sum(level.count(b"/Im Do") for level in draws[:depth])  # the page's and each form's, to ``depth``


@pytest.mark.parametrize("draws, covered", [((_LARGE, b"", b""), True), ((b"", _LARGE, b""), True),
                                             ((b"", b"", _LARGE), False),  # two forms deep: not looked into
                                             ((_SMALL, _SMALL, b""), False)])
def test_a_scan_is_told_at_the_page_or_one_form_deep(draws, covered):
    assert textlayer.covered_by_image(pdfium.PdfDocument(_nested_images_pdf(*draws))[0]) is covered


def test_page_objects_gives_each_paths_forms():
    """The paths' walk (``page_edges``) is the same function: a form's rule keeps its form's matrix."""
    rule = b"0 0 m 300 0 l S"
    pdf = _pdf([b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /XObject << /F1 5 0 R >> >> >>",
                _stream(rule + b" q 1 0 0 1 50 400 cm /F1 Do Q"),
                _stream(rule, b"/Type /XObject /Subtype /Form /BBox [0 0 595 842]")])
    page = pdfium.PdfDocument(pdf)[0]  # kept open while its objects are read
    found = list(rules.page_objects(page, pdfium_c.FPDF_PAGEOBJ_PATH))
    assert [len(containers) for _, containers in found] == [0, 1]
    assert found[1][1][0][4:] == (50.0, 400.0)


# ---------------------------------------------------------------------------------------------------------------
# A page that may hold an unruled table: told by its lines' first words


@pytest.mark.parametrize("word, may", [("STT", True), ("Stt", True), ("TT", True), ("ST", True), ("Số", True),
                                       ("Thứ", True), ("Mã", True), ("Bước", True), ("sTT", True),
                                       # a character folded_name drops or strips: the name's first is another's
                                       ("(1)", True), ("(", True), ("*", True), ("|", True), (".", True), (":", True),
                                       ("-", False), ("+", False), ("1.", False), ("a)", False), ("Nội", False),
                                       ("Kế", False), ("UBND", False), ("Đơn", False), ("“", False), ("2026", False)])
def test_a_lines_first_word_tells_whether_it_may_open_a_number_columns_name(word, may):
    assert columns.may_open_number_column_name(word) is may


_FIRST_WORDS = ["STT", "TT", "ST", "Số", "Mã", "Bước", "(1)", "*", "|", "-", "1.", "Nội", "Sở", "Thời", "/"]
_NEXT_WORDS = ["thứ", "tự", "T", "số", "nhiệm", "vụ", "1", "STT", "/", "dung", "Y", "tế", "(2)", ".", "hạn"]


def _any_heading_names_a_number_column(text: str) -> bool:
    """may_hold_unruled_table as it read every line: each of its headings asked."""
    lines = [line.split() for line in text.splitlines()]
    for words, below in zip(lines, [*lines[1:], []]):
        words = words[:3]
        headings = [" ".join(words[:n]) for n in range(1, len(words) + 1)]
        if words and below:
            headings.append(f"{words[0]} {below[0]}")
        if any(map(columns.names_number_column, headings)):
            return True
    return False


def test_every_line_of_three_words_is_told_as_its_headings_are():
    lines = [" ".join(words) for words in itertools.product(_FIRST_WORDS, _NEXT_WORDS, _NEXT_WORDS[::3])]
    for line, below in zip(lines, [*lines[1:], lines[0]]):
        text = f"Nội dung\n{line}\n{below.split()[-1]} Sở Y tế\n"
        assert rules.may_hold_unruled_table(text) == _any_heading_names_a_number_column(text), line


@pytest.mark.parametrize("text, holds", [
    ("Căn cứ Quyết định số 12/QĐ-UBND;\nỦy ban nhân dân tỉnh ban hành Kế hoạch\n- Sở Y tế chủ trì\n", False),
    ("PHỤ LỤC\nSTT  Nội dung công việc  Cơ quan chủ trì\n1  Tuyên truyền  Sở Tư pháp\n", True),
    ("Nhiệm vụ\nST  Nội dung\nT\n1  Rà soát\n", True),  # "STT" broken over two lines by a narrow column
    ("(1) STT  Nội dung\n", True),  # the column's number before its name
    ("* TT  Nhiệm vụ\n", True),
    ("Số thứ tự  Tên nhiệm vụ\n", True),
    ("Mã nhiệm vụ  Nội dung\n", True),
    ("Sở Tài chính  hướng dẫn\nThời gian thực hiện: năm 2026\n", False),
    ("STT / TT  Nội dung\n", True),  # a name in parts, read whole
])
def test_pages_that_may_hold_an_unruled_table(text, holds):
    assert rules.may_hold_unruled_table(text) is holds
    assert _any_heading_names_a_number_column(text) is holds


# Review (s59): the first-word gate must know every character folded_name strips or drops at a name's start (its ends,
# "|", the "(" of a column's number): one it does not know would skip a number column's heading (a page's unruled table
# never read). Each character of the Latin, punctuation and fullwidth ranges, before, around and inside such headings.
_EVERY_OPENING = [chr(code) for code in (*range(0x20, 0x2070), *range(0x3000, 0x3040), *range(0xFE30, 0xFFF0))]


@pytest.mark.parametrize("heading", ["{c}TT Nội dung", "{c} STT", "{c}ST\nT", "{c}Số thứ tự", "{c}Mã nhiệm vụ",
                                     "{c}Bước 1", "{c}{c}STT", "{c}(1) STT", "( 1 {c} STT", "Nội {c} / STT"])
def test_every_opening_character_is_told_as_the_headings_are(heading):
    wrong = [c for c in _EVERY_OPENING if rules.may_hold_unruled_table(text := heading.format(c=c))
             != _any_heading_names_a_number_column(text)]
    assert not wrong
