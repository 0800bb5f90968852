"""Shading and highlights behind text are no table's rules.

A word processor paints a run's background shading or highlight as a filled rectangle behind it, one line high.
Text pasted from a web page into Word keeps a white shading: the PDF then holds dozens of white rectangles side by
side over the paragraph (realdocs2/116: 72 on its first page, around a quoted law), whose sides the table finder
took for rules; the paragraph came out as a grid of 3 × 53 cells with each word two to five times ("thương\tthương
\t…"). A draft's yellow highlights and a grey shading made the same grids. A path neither stroked nor filled, or
filled only in white or with no opacity, gives no edge, nor does a broad fill of a colour; white cells cut out of a
dark ground still do (they draw the rules by what they leave), a table shaded cell by cell does (its cells span the
same columns row after row), and so do drawn rules.
"""

from __future__ import annotations

import shutil

import pytest
from PIL import ImageFont
from pdfmaker import SERIF, text_pdf

from parsers import pdf as pdf_reader
from pipeline.model import BlockKind
from pipeline.run import process
from task_layouts.render import convert

SIZE = 13.0
PITCH = 16.0  # the lines' distance: the shading of one line touches the next one's
HEAD = ["ỦY BAN NHÂN DÂN TỈNH LÀO CAI", "Số: 86/UBND-XD", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
        "Lào Cai, ngày 11 tháng 5 năm 2026", "V/v kiểm tra điều kiện an toàn", "Kính gửi: Bộ Xây dựng."]
QUOTED = ["Theo điểm b khoản 1 Điều 41 Luật số 42/2024/QH15 ngày 29/6/2024:",
          "“phương tiện vận chuyển vật liệu nổ công nghiệp phải đủ điều kiện theo",
          "tiêu chuẩn, quy chuẩn kỹ thuật về an toàn trong hoạt động vật liệu nổ;",
          "bảo đảm điều kiện về an toàn, phòng cháy và chữa cháy”."]
CLOSING = ["Nơi nhận:", "- Như trên;", "- Lưu: VT.", "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Trần Văn Sơn"]
WHITE, CLEAR, NEAR_WHITE = (255, 255, 255, 255), (200, 30, 30, 0), (252, 252, 251, 255)
YELLOW, GREY = (255, 255, 0, 255), (217, 217, 217, 255)


def _width(text: str) -> float:
    return ImageFont.truetype(str(SERIF), SIZE).getlength(text)


def _word_shading(x: float, top: float, line: str, fill: tuple, every: int) -> list[tuple]:
    """A rectangle behind each run of ``every`` words, one line high, the runs side by side (as Word paints a run's
    shading when the runs of a pasted paragraph alternate in style)."""
    words, shapes, at = line.split(" "), [], x
    for start in range(0, len(words), every):
        run = " ".join(words[start : start + every]) + " "
        shapes.append((at, top - 1.5, _width(run), PITCH, fill, False))
        at += _width(run)
    return shapes


def _letter(fill: tuple = WHITE, every: int = 1, extra_shapes: tuple = ()) -> bytes:
    lines, shapes, top = [], list(extra_shapes), 40.0
    for text in HEAD:
        lines.append((60.0, top, text))
        top += 20
    for text in QUOTED:
        lines.append((60.0, top, text))
        shapes += _word_shading(60.0, top, text, fill, every)
        top += PITCH
    for text in CLOSING:
        top += 20
        lines.append((60.0, top, text))
    return text_pdf([lines], size=SIZE, shapes=[shapes])


def _blocks(tmp_path, data: bytes):
    path = tmp_path / "letter.pdf"
    path.write_bytes(data)
    return pdf_reader.read(path).blocks


@pytest.mark.parametrize("fill", [WHITE, NEAR_WHITE, CLEAR, YELLOW, GREY], ids=["white", "near-white", "no-opacity", "yellow", "grey"])
@pytest.mark.parametrize("every", [1, 2, 5])
def test_a_shaded_paragraph_is_read_as_its_lines(tmp_path, fill, every):
    blocks = _blocks(tmp_path, _letter(fill, every))
    assert [b for b in blocks if b.kind is BlockKind.TABLE] == []
    lines = [b.orig for b in blocks]
    for text in QUOTED:
        assert text in lines


def test_the_law_cited_in_a_shaded_paragraph_is_read(tmp_path):
    path = tmp_path / "letter.pdf"
    path.write_bytes(_letter(WHITE, 1))
    doc = process(path)
    assert "42/2024/QH15" in [c.number for c in doc.metadata.cited_documents]
    assert doc.metadata.signer is not None and doc.metadata.signer.name == "Trần Văn Sơn"


def _grid(left: float, top: float, widths: list[float], rows: int, height: float) -> list[tuple[float, float, float, float]]:
    boxes, y = [], top
    for _ in range(rows):
        x = left
        for width in widths:
            boxes.append((x, y, width, height))
            x += width
        y += height
    return boxes


TABLE_ROWS = [["STT", "Nội dung", "Chủ trì"], ["1", "Rà soát thủ tục", "Sở Tư pháp"], ["2", "Kiểm tra định kỳ", "Sở Xây dựng"]]
WIDTHS = [40.0, 220.0, 140.0]
TABLE_TOP = 40.0 + 20 * len(HEAD) + 10
ROW = 24.0


def _table_page(shapes: list[tuple]) -> bytes:
    lines = [(60.0, 40.0 + 20 * k, text) for k, text in enumerate(HEAD)]
    for r, row in enumerate(TABLE_ROWS):
        x = 60.0
        for text, width in zip(row, WIDTHS):
            lines.append((x + 4, TABLE_TOP + r * ROW + 5, text))
            x += width
    top = TABLE_TOP + ROW * len(TABLE_ROWS) + 20
    lines += [(60.0, top + 20 * k, text) for k, text in enumerate(CLOSING)]
    return text_pdf([lines], size=SIZE, shapes=[shapes])


def _cells(blocks) -> list[list[str]]:
    tables = [b.table for b in blocks if b.kind is BlockKind.TABLE]
    assert len(tables) == 1
    grid = [["" for _ in range(tables[0].n_cols)] for _ in range(tables[0].n_rows)]
    for cell in tables[0].cells:
        grid[cell.row][cell.col] = cell.text
    return grid


def test_a_ruled_table_over_a_white_page_ground_is_still_found(tmp_path):
    """A generator that paints the page white first, then strokes the table's cells."""
    cells = [(x, y, w, h, None, True) for x, y, w, h in _grid(60.0, TABLE_TOP, WIDTHS, len(TABLE_ROWS), ROW)]
    assert _cells(_blocks(tmp_path, _table_page([(0.0, 0.0, 595.0, 842.0, WHITE, False), *cells]))) == TABLE_ROWS


def test_a_ruled_table_with_a_shaded_header_is_the_same_table(tmp_path):
    cells = [(x, y, w, h, None, True) for x, y, w, h in _grid(60.0, TABLE_TOP, WIDTHS, len(TABLE_ROWS), ROW)]
    header = [(x, y, w, h, GREY, False) for x, y, w, h in _grid(60.0, TABLE_TOP, WIDTHS, 1, ROW)]
    assert _cells(_blocks(tmp_path, _table_page([*header, *cells]))) == TABLE_ROWS


@pytest.mark.parametrize("gap", [0.0, 1.0])
def test_a_table_shaded_cell_by_cell_without_rules_is_still_a_table(tmp_path, gap):
    """No rule at all: each cell a grey fill, touching or a point apart (the white between them the rules)."""
    cells = [(x + gap / 2, y + gap / 2, w - gap, h - gap, GREY, False) for x, y, w, h in _grid(60.0, TABLE_TOP, WIDTHS, len(TABLE_ROWS), ROW)]
    assert _cells(_blocks(tmp_path, _table_page(cells))) == TABLE_ROWS


def test_white_cells_on_a_dark_ground_are_still_a_table(tmp_path):
    """Rules drawn by what white cells leave of a black rectangle under them: the white cells' sides are the rules."""
    ground = (59.0, TABLE_TOP - 1, sum(WIDTHS) + 2, ROW * len(TABLE_ROWS) + 2, (0, 0, 0, 255), False)
    cells = [(x + 0.5, y + 0.5, w - 1, h - 1, WHITE, False) for x, y, w, h in _grid(60.0, TABLE_TOP, WIDTHS, len(TABLE_ROWS), ROW)]
    assert _cells(_blocks(tmp_path, _table_page([ground, *cells]))) == TABLE_ROWS


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice not installed")
@pytest.mark.parametrize("paint", ['<w:shd {w} w:val="clear" w:color="auto" w:fill="FFFFFF"/>',
                                   '<w:shd {w} w:val="clear" w:color="auto" w:fill="D9D9D9"/>', '<w:highlight {w} w:val="yellow"/>'],
                         ids=["pasted white", "grey shading", "yellow highlight"])
def test_a_shaded_paragraph_printed_by_libreoffice(tmp_path, paint):
    """The same through a word processor: a DOCX whose runs keep a shading (a pasted text's white w:shd, a grey one)
    or a highlight, every other run in italics as a quotation's emphasis splits them, printed to PDF by LibreOffice."""
    import docx
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    document = docx.Document()
    for text in HEAD:
        document.add_paragraph(text)
    paragraph = document.add_paragraph()
    words = " ".join(QUOTED).split(" ")
    for k, word in enumerate(words):
        run = paragraph.add_run(word + ("" if k == len(words) - 1 else " "))
        run.italic = bool(k % 2)
        run._r.get_or_add_rPr().append(parse_xml(paint.format(w=nsdecls("w"))))
    for text in CLOSING:
        document.add_paragraph(text)
    document.save(tmp_path / "letter.docx")
    convert([tmp_path / "letter.docx"], "pdf", tmp_path)  # its own LibreOffice profile: test workers convert at once
    doc = process(tmp_path / "letter.pdf")
    assert [b for b in doc.blocks if b.kind is BlockKind.TABLE] == []
    assert "42/2024/QH15" in [c.number for c in doc.metadata.cited_documents]
    text = " ".join(b.text for b in doc.blocks)
    assert "phương tiện vận chuyển vật liệu nổ công nghiệp" in text


@pytest.mark.parametrize("seed", range(20))
def test_grid_cells_are_those_every_pair_compared_gives(seed):
    """rules._grid_cells looks only at grounds whose sides round alike: the same cells as comparing every pair."""
    import random

    from parsers import rules

    rng = random.Random(seed)
    lefts, widths, tops = [10.0, 10.4, 10.6, 55.0, 55.49, 120.0], [30.0, 30.3, 44.5, 90.0], [0.0, 20.0, 20.2, 40.0, 61.0]
    forms = [(), ((1, 0, 0, 1, 0, 0),)]
    grounds = []
    for _ in range(rng.randint(0, 40)):
        left, top = rng.choice(lefts), rng.choice(tops)
        box = (left, top, left + rng.choice(widths), top + rng.choice([19.5, 20.0, 25.0]))
        grounds.append((box, rng.choice(forms)))
    every_pair = {(box, held) for box, held in grounds
                  if any(held == other_held and rules._same_columns(box, other) for other, other_held in grounds)}
    assert rules._grid_cells(grounds) == every_pair
