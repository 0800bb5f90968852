"""PDF reader: files cut short are read with a warning; encrypted files anyone may open are read as fast as plain ones."""

import io
import re
from itertools import groupby

import numpy as np
import pdfplumber
import pypdfium2 as pdfium
import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from parsers import footnotes, pdf

from conftest import ROOT

BAD = ROOT / "tests" / "bad_inputs"
CUT = BAD / "cut_short.pdf"  # a text PDF with an incremental update, cut inside the update
ENCRYPTED = BAD / "encrypted_empty_password.pdf"  # the same text PDF, RC4 with an empty user password


@pytest.mark.parametrize("share", [0.3, 0.5, 0.9, 0.99, 0.999])
def test_a_pdf_cut_anywhere_is_seen_as_cut(share):
    data = ENCRYPTED.read_bytes()
    assert pdf.damage(data) is None
    assert "cut short" in pdf.damage(data[: int(len(data) * share)])


@pytest.mark.parametrize("ending", [b"%%EOF", b"%%EOF\n", b"%%EOF\r\n\0\0", b"%%EOF \n\n"])
def test_the_ways_a_whole_pdf_ends_are_not_damage(ending):
    data = ENCRYPTED.read_bytes()
    body = data[: data.rfind(b"%%EOF")]
    assert pdf.damage(body + ending) is None
    assert pdf.damage(body + ending + b"1 0 obj <<") is not None  # an update that was cut


def test_a_pdf_cut_short_is_read_with_a_damage_warning():
    doc = pdf.read(CUT)
    assert doc.blocks and [w.code for w in doc.warnings] == ["pdf_damaged"]
    assert "cut short" in doc.warnings[0].message


def test_an_encrypted_pdf_anyone_may_open_reaches_pdfplumber_decrypted(monkeypatch):
    """pdfminer decrypts each object in pure Python (RC4: 9 times as long); pdfium's decrypted copy is read instead."""
    opened = []
    real_open = pdfplumber.open

    def recording(source, *args, **kwargs):
        handle = real_open(source, *args, **kwargs)
        opened.append((source, handle.doc.encryption))
        return handle

    monkeypatch.setattr(pdfplumber, "open", recording)
    reader = pdf._Plumber(pdfium.PdfDocument(str(ENCRYPTED)), ENCRYPTED.read_bytes())
    assert reader.stamps(0) == []  # it has no widgets; opening it is what is checked
    reader.close()
    [(source, encryption)] = opened
    assert isinstance(source, io.BytesIO) and encryption is None
    assert [b.orig for b in pdf.read(ENCRYPTED).blocks] == [b.orig for b in pdf.read(CUT).blocks]  # the same text as unencrypted
    plain = pdf.for_pdfplumber(pdfium.PdfDocument(str(CUT)), b"whole file %%EOF")
    assert plain.getvalue() == b"whole file %%EOF"  # plain: the bytes read, as they are


def test_pdfplumber_is_opened_only_for_a_document_with_widgets(monkeypatch, tmp_path):
    """Opening a file in pdfplumber has pdfminer parse all of it: it is done only to read the stamps of a page with
    form widgets, never for text or tables (those come from pdfium)."""
    from pdf_tables import Grid, write_pdf

    opened = []
    real_open = pdfplumber.open
    monkeypatch.setattr(pdfplumber, "open", lambda *args, **kwargs: opened.append(args) or real_open(*args, **kwargs))
    grid = Grid(widths=[30, 150, 120], header=[["TT", "Nhiệm vụ", "Thời hạn"]], rows=[["1", "Rà soát", "2025"]] * 3)
    doc = pdf.read(write_pdf(grid, tmp_path / "t.pdf"))
    assert any(b.table is not None for b in doc.blocks) and opened == []


def test_character_boxes_are_pdfiums_own():
    """The direct call gives what pypdfium2's get_charbox gives, character by character (line breaks included)."""
    from pdfmaker import text_pdf

    doc = pdfium.PdfDocument(text_pdf([[(72, 72, "Số: 12/KH-UBND"), (72, 100, "Hà Nội, ngày 9 tháng 6 năm 2025")]]))
    textpage = doc[0].get_textpage()
    count = textpage.count_chars()
    assert count > 20
    assert pdf._char_boxes(textpage, count).tolist() == [list(textpage.get_charbox(i)) for i in range(count)]


@pytest.mark.parametrize("lines", [0, 1, 9, 24])
def test_character_boxes_read_chunk_after_chunk_are_pdfiums_own(lines):
    """A page of many lines (more characters than one chunk of the box buffer, a chunk's end met exactly, none): each
    box is get_charbox's, and a character past the page's is refused as get_charbox refuses it."""
    from pdfmaker import text_pdf

    runs = [(72, 60 + 24 * k, f"{k + 1}. Sở Nội vụ chủ trì, phối hợp các sở, ngành rà soát thủ tục") for k in range(lines)]
    doc = pdfium.PdfDocument(text_pdf([runs or [(72, 72, "")]]))
    textpage = doc[0].get_textpage()
    count = textpage.count_chars()
    expected = [list(textpage.get_charbox(i)) for i in range(count)]
    for n in {count, min(count, pdf._CHUNK), min(count, 2 * pdf._CHUNK + 1)}:
        assert pdf._char_boxes(textpage, n).tolist() == expected[:n]
    assert lines < 24 or count > 2 * pdf._CHUNK
    with pytest.raises(pdfium.PdfiumError):
        pdf._char_boxes(textpage, count + 1)


def test_a_character_on_a_shared_border_belongs_to_the_first_area():
    """Edges are inside (a centre on a border counts) and the first area that holds a centre is its cell."""
    boxes = [(0, 0, 2, 2), (9, 0, 11, 2), (30, 30, 32, 32)]  # centres (1, 1), (10, 1) on the border, (31, 31) outside
    areas = [(0, 0, 10, 10), (10, 0, 20, 10)]
    inside = pdf._containment(boxes, areas)
    assert inside.tolist() == [[True, False], [True, True], [False, False]]
    assert pdf._containment(boxes, []).shape == (3, 0) and pdf._containment([], areas).shape == (0, 2)



_COORDINATE = st.integers(0, 40).map(lambda x: x / 2)  # half points: centres fall on borders often


@given(st.lists(st.tuples(_COORDINATE, _COORDINATE, _COORDINATE, _COORDINATE), max_size=30),
       st.lists(st.tuples(_COORDINATE, _COORDINATE, _COORDINATE, _COORDINATE), max_size=12))
@settings(max_examples=300, deadline=None)
def test_containment_is_each_centre_tested_against_each_area(boxes, areas):
    """The matrix worked out at once is the test of each pair, one at a time: a centre on a border inside, any
    number of areas (one, none, overlapping ones, empty ones)."""
    expected = [[x0 <= (b[0] + b[2]) / 2 <= x1 and top <= (b[1] + b[3]) / 2 <= bottom for x0, top, x1, bottom in areas]
                for b in boxes]
    found = pdf._containment(boxes, areas)
    assert found.shape == (len(boxes), len(areas)) and found.tolist() == expected


_SIDE = st.sampled_from([0.0, 0.5, 3.25, 10.0, 10.5, 20.0, float("nan")])  # few values: centres on sides often


@given(st.lists(st.tuples(_COORDINATE, _COORDINATE, _COORDINATE, _COORDINATE) | st.tuples(_SIDE, _SIDE, _SIDE, _SIDE),
                max_size=30),
       st.lists(st.tuples(_COORDINATE, _COORDINATE, _COORDINATE, _COORDINATE), max_size=12))
@settings(max_examples=400, deadline=None)
def test_first_containing_area_is_the_first_each_centre_is_tested_in(boxes, areas):
    """Each box's first area, found through the areas' sides, is the first area that holds its centre tested one pair
    at a time: centres on sides and corners, overlapping, nested, repeated, empty and reversed areas, centres outside
    all of them or not a number."""
    expected = [next((k for k, (x0, top, x1, bottom) in enumerate(areas)
                      if x0 <= (b[0] + b[2]) / 2 <= x1 and top <= (b[1] + b[3]) / 2 <= bottom), -1) for b in boxes]
    assert pdf._first_containing(np.asarray(boxes, dtype=float).reshape(-1, 4), areas).tolist() == expected


def test_first_containing_area_on_a_shared_border():
    boxes = np.array([(0, 0, 2, 2), (9, 0, 11, 2), (19, 9, 21, 11), (30, 30, 32, 32)], dtype=float)
    areas = [(0, 0, 10, 10), (10, 0, 20, 10)]
    assert pdf._first_containing(boxes, areas).tolist() == [0, 0, 1, -1]
    assert pdf._first_containing(boxes, areas[::-1]).tolist() == [1, 0, 0, -1]
    assert pdf._first_containing(boxes, []).tolist() == [-1] * 4 and pdf._first_containing(boxes[:0], areas).tolist() == []


def _hard_breaks_one_cell(chars, cell) -> frozenset[int]:
    """The rule as it was first written, one character at a time over one cell: the reference the page-wide
    arrays are checked against."""
    found = [[float("inf"), float("-inf"), None, None, False, False]]
    for char, box in chars:
        if char == "\n":
            found.append([float("inf"), float("-inf"), None, None, False, False])
            continue
        if box is None:
            continue
        line = found[-1]
        line[0], line[1] = min(line[0], box[0]), max(line[1], box[2])
        if char.strip():
            line[5] = True
            if not line[4]:
                line[2] = line[2] or box
                line[3] = box[2]
        elif line[2] is not None:
            line[4] = True
    lines = [line for line in found if line[5]]
    if not lines:
        return frozenset()
    left = min(line[0] for line in lines)
    right = max(max(line[1] for line in lines), cell[2] - max(0.0, left - cell[0]))
    return frozenset(i for i in range(1, len(lines))
                     if lines[i - 1][1] + 0.3 * (lines[i][2][3] - lines[i][2][1]) + (lines[i][3] - lines[i][2][0]) < right - 1.0)


def _cell_chars(rng, cell):
    """A cell's characters as a reader meets them: words wrapped or cut short, line breaks (no box), spaces with a
    box or none, a line of spaces, a non-breaking space, padding that varies."""
    x0, top, x1, _ = cell
    chars, y = [], top + 2
    for _ in range(rng.randint(1, 5)):
        x = x0 + rng.choice([1.5, 2, 3.5, 12])
        stop = rng.uniform(x0 + 10, x1 + 4)
        for _ in range(rng.randint(0, 4)):
            for letter in rng.choice(["Trần", "Thị", "Mai", "tỉnh", "1.", "-", "vụ", "  "]):
                width = rng.choice([4.0, 5.5, 6.25])
                if x + width > stop:
                    break
                chars.append((letter, None if letter == " " and rng.random() < 0.3 else [x, y, x + width, y + 11]))
                x += width
            gap = rng.choice([" ", " ", "\u00a0", "\r"])
            chars.append((gap, [x, y + 9, x + 2.5, y + 9.5] if gap != "\r" and rng.random() < 0.8 else None))
            x += 2.5
        chars.append(("\n", None))
        y += rng.choice([12, 13.5])
    return chars[:-1] if rng.random() < 0.5 else chars


@pytest.mark.parametrize("seed", range(60))
def test_hard_breaks_over_a_page_are_those_of_each_cell_alone(seed):
    """The page-wide measure gives, for every cell, the breaks the one-cell rule gives."""
    import random

    import numpy as np

    rng = random.Random(seed)
    cells = [(40.0 + 100 * c, 60.0 + 80 * r, 40.0 + 100 * c + rng.choice([60, 95]), 130.0 + 80 * r)
             for r in range(3) for c in range(3)]
    runs, text, boxes, boxed = [], "", [], []
    for cell in cells:
        if not (chars := _cell_chars(rng, cell)):
            continue  # a reader makes runs of the characters found, never an empty one
        runs.append((cell, len(text), len(text) + len(chars)))
        text += "".join(c for c, _ in chars)
        boxes += [box or [0.0, 0.0, 0.0, 0.0] for _, box in chars]
        boxed += [box is not None for _, box in chars]
    codes = np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32)
    found = pdf._hard_breaks(codes, np.asarray(boxes, dtype=float).reshape(-1, 4), np.asarray(boxed), runs)
    for cell, start, end in runs:
        chars = [(text[i], boxes[i] if boxed[i] else None) for i in range(start, end)]
        assert found.get(start, frozenset()) == _hard_breaks_one_cell(chars, cell)
    assert any(found.values()) or seed % 7  # the generated cells do have breaks to find


@pytest.mark.parametrize("then", ["deleted", "replaced"])
def test_stamps_read_by_pdfminer_come_from_the_bytes_read_not_the_file_again(tmp_path, then):
    """Where pdfium declines a page's stamps, pdfminer reads them from the bytes the reader read (and hashed), never
    from the file opened again: a file deleted or replaced meanwhile changes nothing."""
    from pdfmaker import text_pdf, with_widgets

    lines = [[(60, 110, "Số:          /QĐ-UBND"), (60, 200, "Căn cứ Luật Tổ chức chính quyền địa phương;")]]
    path = tmp_path / "signed.pdf"
    data = with_widgets(text_pdf(lines), [((100, 842 - 126, 140, 842 - 108), "1234")])
    path.write_bytes(data)
    reader = pdf._Plumber(pdfium.PdfDocument(data), data)
    if then == "deleted":
        path.unlink()
    else:
        path.write_bytes(with_widgets(text_pdf(lines), [((100, 842 - 126, 140, 842 - 108), "5678")]))
    try:
        [stamp] = reader.stamps(0)  # no pdfium page given: read by pdfminer
    finally:
        reader.close()
    assert "".join(g.char for g in stamp.glyphs).strip() == "1234"


def test_stamps_are_read_without_building_every_page_in_pdfplumber(monkeypatch, tmp_path):
    """pdfplumber's ``pages`` makes every page of the file before the first is given; a stamp on page 1 needs only
    page 1 of the page tree. The number the stamp draws is still put in its line, and a file whose page pdfminer
    cannot reach loses its stamps, not its text."""
    from pdfmaker import text_pdf, with_widgets

    monkeypatch.setattr(pdfplumber.PDF, "pages", property(lambda self: pytest.fail("every page built")))
    lines = [(60, 110, "Số:          /QĐ-UBND"), (60, 200, "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2025;")]
    data = text_pdf([lines, lines[1:] * 3, lines[1:] * 3])
    path = tmp_path / "signed.pdf"
    path.write_bytes(with_widgets(data, [((100, 842 - 126, 140, 842 - 108), "1234")]))
    doc = pdf.read(path)
    [stamped] = [b.orig for b in doc.blocks if b.prov.reader == "pdf-form"]
    assert stamped.startswith("Số:") and "1234" in stamped
    reader = pdf._Plumber(pdfium.PdfDocument(str(path)), path.read_bytes())
    assert reader.stamps(7) == [] and len(reader.page_objects) == 3
    reader.close()


def test_a_line_ends_mid_word_as_the_pattern_alone_says():
    """The ending tested before the pattern changes no answer: lines of letters, slashes, hyphens, dots, spaces and
    line ends in every order."""
    import random

    from parsers.pdf import _TOKEN_BREAK, _ends_mid_word

    rng = random.Random(7)
    lines = ["".join(rng.choice("aĐ1/-. \r\n") for _ in range(rng.randint(0, 6))) for _ in range(20_000)]
    assert any(_ends_mid_word(line) for line in lines)
    assert [_ends_mid_word(line) for line in lines] == [bool(_TOKEN_BREAK.search(line.rstrip("\r"))) for line in lines]



def _join_cell_lines_every_line(raw: str, hard_breaks: frozenset[int] = frozenset()) -> str:
    """``pdf._join_cell_lines`` as it was before a cell of one line skipped the joining and before each test's cheap
    first step was asked apart: the reference (the year cut short, a rule since, included)."""
    lines = [line for line in raw.replace("\r", "").split("\n") if line.strip()]
    if len(lines) < 2:
        return lines[0].strip() if lines else ""
    out = lines[0]
    for i, line in enumerate(lines[1:], start=1):
        before = out.rstrip()
        starts_item = i in hard_breaks or bool(pdf.ITEM_START.match(line))
        glued = (pdf._ends_mid_word(before) or (pdf._TOKEN_GOES_ON.match(line) and pdf._SYMBOL_END.search(before))
                 or pdf._year_goes_on(before, line))
        out = before + ("\n" if starts_item else ("" if glued else " ")) + line
    return out.strip()


@given(st.lists(st.sampled_from(["Sở", "Nội", "vụ", "-", "/", "a)", "(1)", "KH-", "UBND", " ", "\t", "\r", "\n", "\r\n",
                                 "\u00a0", "\u2028", "\x0c", "\u3000", "", "-BCS", "/QĐ", "03-CTr/BDVTU-", "31/10/202",
                                 "Quý IV/20", "6", "26", "2026", "٣", "²", ".", "./"]), max_size=12),
       st.frozensets(st.integers(0, 4), max_size=3))
@example(["Hạn", " ", "31/10/202", "\n", "6"], frozenset())  # a year cut short, each way it goes on or not
@example(["Quý IV/20", "\r\n", "26", " ", "\n", "2026"], frozenset({2}))
@example(["1281/KH-", "\n", "UBND", "\n", "/QĐ", "\n", "-BCS"], frozenset())
@settings(max_examples=600, deadline=None)
def test_a_cell_joined_as_every_line_is_joined(pieces, hard_breaks):
    """A cell's text is the same whether it holds one line (taken as it is) or several (joined), and whether each
    test's cheap step is asked first or not: blank text, text of spaces, carriage returns and other line separators
    than "\\n", words broken at a hyphen or a slash, years cut short, other scripts' figures included."""
    raw = "".join(pieces)
    assert pdf._join_cell_lines(raw, hard_breaks) == _join_cell_lines_every_line(raw, hard_breaks)


@pytest.mark.parametrize("share", [0.05, 0.3, 0.6, 0.95])
def test_a_pdf_cut_too_short_to_open_fails_saying_it_was_cut(tmp_path, share):
    """A download that stopped early: whether pdfium rebuilds the pages left or cannot open the file at all, the
    clerk is told the file is cut short, not only that it is unreadable."""
    from pdfmaker import text_pdf

    from pipeline.errors import ReaderError

    whole = text_pdf([[(72, 72, "KẾ HOẠCH số 12/KH-UBND"), (72, 100, "Triển khai nhiệm vụ năm 2026")]] * 3)
    path = tmp_path / "cut.pdf"
    path.write_bytes(whole[: int(len(whole) * share)])
    try:
        doc = pdf.read(path)
    except ReaderError as error:
        assert error.reason.startswith("not a readable PDF: cut short"), error.reason
    else:
        assert "pdf_damaged" in [w.code for w in doc.warnings]


def test_a_whole_pdf_pdfium_cannot_open_is_not_said_to_be_cut(tmp_path):
    from pipeline.errors import ReaderError

    path = tmp_path / "garbage.pdf"
    path.write_bytes(b"%PDF-1.7\n" + b"not a pdf object at all\n" * 50 + b"%%EOF\n")
    with pytest.raises(ReaderError) as failure:
        pdf.read(path)
    assert failure.value.reason.startswith("not a readable PDF (") and "cut short" not in failure.value.reason


def test_a_pdf_with_no_pages_fails_saying_so(tmp_path):
    """pdfium refuses to open a PDF whose page tree is empty ("Failed to load document (PDFium: Success)"); the
    reason says what the file is. Written by pdfium and by pypdf."""
    import pypdf

    from pipeline.errors import ReaderError

    by_pdfium = io.BytesIO()
    pdfium.PdfDocument.new().save(by_pdfium)
    by_pypdf = io.BytesIO()
    pypdf.PdfWriter().write(by_pypdf)
    for number, data in enumerate((by_pdfium.getvalue(), by_pypdf.getvalue())):
        path = tmp_path / f"empty{number}.pdf"
        path.write_bytes(data)
        with pytest.raises(ReaderError) as failure:
            pdf.read(path)
        assert failure.value.reason == "a PDF with no pages"


# The pattern the footnote marks were first looked for with: the reference its scan for runs of figures is checked against.
# a run after a word or a stop; a number standing alone (after a space or at the start) from its second figure on
_FIGURES_AFTER_A_WORD = re.compile(r"(?<=[^\s\d])\d+(?=[\s,.;:)]|$)|(?:(?<=\s\d)|(?<=\A\d))\d+(?=[\s,.;:)]|$)",
                                   re.MULTILINE)


@given(st.lists(st.sampled_from(["tỉnh", "QH", "15", "1", "2026", "٣", "¹", "m", " ", "\t", "\r\n", "\n", ",", ".", ";",
                                 ":", ")", "(", "/", "-", "NĐ-CP", "_", "\u00a0", "\u3000"]), max_size=25).map("".join))
@settings(max_examples=500, deadline=None)
def test_figures_after_a_word_are_the_patterns_runs(text):
    """Every run of figures after a word or a stop and before a space, a stop or a line's end, as the look-behind
    pattern finds them (a number standing alone from its second figure on): at the text's start and end, after spaces
    of every kind, figures of other scripts."""
    assert list(footnotes._figures_after_a_word(text)) == [m.span() for m in _FIGURES_AFTER_A_WORD.finditer(text)]


def _cell_spans_one_by_one(text, indexes, boxes, cells, outside):
    """Each position's cell found one at a time (the cell of the last boxed character at or before it: the first cell
    holding that character's centre, none for one ``outside``), grouped cell by cell in stream order."""
    owner = []
    for position in range(len(text)):
        before = [k for k, index in enumerate(indexes) if index <= position]
        cell = -1
        if before and not outside[before[-1]]:
            x, y = (boxes[before[-1]][0] + boxes[before[-1]][2]) / 2, (boxes[before[-1]][1] + boxes[before[-1]][3]) / 2
            cell = next((c for c, (x0, top, x1, bottom) in enumerate(cells) if x0 <= x <= x1 and top <= y <= bottom), -1)
        owner.append(cell)
    order = sorted((cell, position) for position, cell in enumerate(owner) if cell >= 0)
    runs = [(cells[cell], [p for _, p in group]) for cell, group in groupby(order, key=lambda pair: pair[0])]
    return runs


@given(st.lists(st.tuples(_COORDINATE, _COORDINATE, _COORDINATE, _COORDINATE, st.booleans(), st.booleans()), max_size=25),
       st.lists(st.tuples(_COORDINATE, _COORDINATE, _COORDINATE, _COORDINATE), min_size=1, max_size=8))
@settings(max_examples=300, deadline=None)
def test_cell_spans_are_each_characters_first_cell(chars, cells):
    """Characters (some unboxed: a generated line break; some outside every cell: a signature's details) on cells that
    overlap and share borders: each cell's run is its characters in stream order, a character in the first cell that
    holds its centre."""
    text = "".join("x" if boxed else "\n" for *_, boxed, _ in chars)
    indexes = np.asarray([k for k, (*_, boxed, _) in enumerate(chars) if boxed], dtype=int)
    boxes = np.asarray([c[:4] for c in chars if c[4]], dtype=float).reshape(-1, 4)
    outside = np.asarray([c[5] for c in chars if c[4]], dtype=bool)
    runs, grouped = pdf._cell_spans(text, indexes, boxes, cells, outside)
    found = [(cell, grouped[start:end].tolist()) for cell, start, end in runs]
    assert found == _cell_spans_one_by_one(text, indexes.tolist(), boxes.tolist(), cells, outside.tolist())
