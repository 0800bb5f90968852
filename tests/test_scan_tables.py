"""Tables in scans: ruling lines found as segments (a group row across the table breaks the column rules), a page fed
askew into the scanner turned straight, the narrow number column read again. Images drawn here: a task table at
300 dpi with group rows, turned by a degree or two as scanners leave them."""

from pathlib import Path

import pytest
import numpy as np
from PIL import Image, ImageDraw, ImageFont
from scipy import ndimage

import parsers
from parsers import ocr
from parsers.pdf import page_tables
from pipeline.run import process
from pipeline.text import fold
from conftest import slow_only

FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf")
needs_tesseract = pytest.mark.skipif(ocr.tesseract_problem() is not None, reason=str(ocr.tesseract_problem()))
needs_font = pytest.mark.skipif(not FONT.exists(), reason=f"font {FONT} missing: apt-get install -y fonts-dejavu-core")

PPT = 300 / 72  # pixels per point at 300 dpi
HEADER = ["TT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Thời gian"]
ROWS = [["I.", "CẢI CÁCH THỦ TỤC HÀNH CHÍNH"],  # a group row: one cell across the table
        ["1", "Rà soát thủ tục hành chính", "Sở Tư pháp", "Quý II/2026"],
        ["2", "Số hóa hồ sơ hộ tịch", "Sở Nội vụ", "Tháng 9/2026"],
        ["II.", "CHUYỂN ĐỔI SỐ"],
        ["3", "Nâng cấp cổng dịch vụ công", "Văn phòng UBND tỉnh", "Năm 2026"],
        ["4", "Đào tạo kỹ năng số cho công chức", "Sở Khoa học và Công nghệ", "Quý IV/2026"]]
WIDTHS = [150, 1000, 650, 400]  # pixels: the number column 12.7 mm wide
LEFT, TOP, ROW = 120, 700, 110


def table_page(angle: float = 0.0, thin: bool = False, across_only: bool = False) -> Image.Image:
    """An A4 page at 300 dpi: a heading, then the task table ruled as offices print it (``across_only``: rules under
    the rows and no column rules, a "half-ruled" table), turned by ``angle`` degrees counter-clockwise (white
    corners, as a scanner's)."""
    font = ImageFont.truetype(str(FONT), 40)
    image = Image.new("L", (2480, 3508), 255)
    draw = ImageDraw.Draw(image)
    draw.text((LEFT, 300), "PHỤ LỤC", font=font, fill=0)
    draw.text((LEFT, 400), "NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 2026", font=font, fill=0)
    xs = [LEFT]
    for width in WIDTHS:
        xs.append(xs[-1] + width)
    line = 1 if thin else 3
    rows = [HEADER] + ROWS
    for r, cells in enumerate(rows):
        y = TOP + r * ROW
        draw.line([(xs[0], y), (xs[-1], y)], fill=0, width=line)
        if len(cells) == 2:  # group row: the number, then the name across the other columns
            bounds = [xs[0], xs[1], xs[-1]]
        else:
            bounds = xs
        for x in bounds if not across_only else ():
            draw.line([(x, y), (x, y + ROW)], fill=0, width=line)
        for c, text in enumerate(cells):
            draw.text((bounds[c] + 15, y + 30), text, font=font, fill=0)
    bottom = TOP + len(rows) * ROW
    draw.line([(xs[0], bottom), (xs[-1], bottom)], fill=0, width=line)
    draw.text((LEFT, bottom + 150), "Các cơ quan tổ chức thực hiện kế hoạch này.", font=font, fill=0)
    if angle:
        image = image.rotate(angle, resample=Image.BICUBIC, expand=True, fillcolor=255)
    return image


@pytest.mark.parametrize("seed", range(40))
def test_the_rules_mask_is_scipys_closing_then_opening(seed):
    """The running minima and maxima give the pixels scipy's binary morphology gives, even and odd lines alike."""
    rng = np.random.default_rng(seed)
    dark = rng.random((int(rng.integers(5, 70)), int(rng.integers(5, 90)))) < rng.uniform(0.05, 0.95)
    length, gap, axis = int(rng.integers(2, 40)), int(rng.integers(2, 8)), int(rng.integers(0, 2))
    line = (lambda n: np.ones((1, n) if axis == 1 else (n, 1), bool))
    expected = ndimage.binary_opening(ndimage.binary_closing(dark, line(gap)), line(length))
    assert np.array_equal(ocr._rules_mask(dark, length, axis, gap), expected)


@needs_font
@pytest.mark.parametrize("angle", [0.5, 1.2, -2.0, 3.5])
def test_skew_is_measured_on_the_rules(angle):
    assert ocr.skew(table_page(angle), PPT) == pytest.approx(angle, abs=0.1)


@needs_font
def test_a_straight_page_and_a_page_without_rules_are_not_turned():
    assert ocr.skew(table_page(), PPT) == 0.0
    text_only = Image.new("L", (2480, 3508), 255)
    ImageDraw.Draw(text_only).text((120, 300), "Độc lập - Tự do - Hạnh phúc", font=ImageFont.truetype(str(FONT), 40), fill=0)
    assert ocr.skew(text_only.rotate(2, expand=True, fillcolor=255), PPT) == 0.0


@needs_font
@pytest.mark.parametrize("thin", [False, True], ids=["3px", "1px"])
def test_group_rows_across_the_table_keep_its_columns(thin):
    """The column rules stop at each group row; the old finder wanted rules down half the table and found one
    column. Rows and columns come from the rule segments, the group rows as cells across the columns."""
    image = table_page(thin=thin)
    edges, rules = ocr.ruling_edges(image, PPT)
    (table,) = ocr.scanned_tables(edges, lambda: ocr._ink_boxes(image, rules, PPT))
    assert len(table.rows) == 1 + len(ROWS)
    assert [len([c for c in row.cells if c is not None]) for row in table.rows] == [4, 2, 4, 4, 2, 4, 4]
    assert table.bbox[0] == pytest.approx(LEFT / PPT, abs=1.5)


def _rule_rows(image: Image.Image) -> list[int]:
    """The rows of pixels that are ink across most of the page's width: its rules across."""
    dark = (np.asarray(image) < 140).sum(axis=1)
    rows = np.flatnonzero(dark > 0.3 * image.width)
    return [int(r) for r in rows if r - 1 not in rows]


@needs_font
@pytest.mark.parametrize("angle", [0.0, 0.5, -1.0, 1.5])
def test_a_table_ruled_across_only_keeps_its_columns_when_straightened(angle):
    """Its columns are the gutters every row leaves white. A page turned straight leaves slivers of its rules a pixel
    or two high beside the rules found (and a scanner leaves specks): they lie across the gutters, and the columns
    were lost. Marks that thin are no letters."""
    image = table_page(angle, across_only=True)
    if turned := ocr.skew(image, PPT):
        image = image.rotate(-turned, resample=Image.BICUBIC, expand=True, fillcolor=255)
    draw = ImageDraw.Draw(image)
    for y in _rule_rows(image):  # the slivers, a pixel high and a few long, along each rule's edge
        for x in range(0, image.width, 41):
            draw.line([(x, y - 3), (x + 6, y - 3)], fill=90)
    edges, rules = ocr.ruling_edges(image, PPT)
    (table,) = ocr.scanned_tables(edges, lambda: ocr._ink_boxes(image, rules, PPT))
    assert [len([c for c in row.cells if c is not None]) for row in table.rows] == [4] * (1 + len(ROWS))


@needs_font
def test_a_box_round_a_few_lines_is_no_table():
    """A received stamp's frame, or a framed note: one cell, or one row of two, read as lines."""
    font = ImageFont.truetype(str(FONT), 40)
    image = Image.new("L", (2480, 1400), 255)
    draw = ImageDraw.Draw(image)
    draw.rectangle([200, 100, 1100, 400], outline=0, width=3)
    draw.text((230, 150), "ĐẾN Số: 1234", font=font, fill=0)
    draw.text((230, 250), "Ngày: 05/3/2026", font=font, fill=0)
    draw.rectangle([200, 700, 2200, 900], outline=0, width=3)
    draw.line([(1200, 700), (1200, 900)], fill=0, width=3)
    draw.text((230, 770), "Dự thảo", font=font, fill=0)
    edges, rules = ocr.ruling_edges(image, PPT)
    assert len(page_tables(edges, list)) == 1  # a text PDF keeps the two-cell box (pdfplumber drops one cell)
    assert ocr.scanned_tables(edges, lambda: ocr._ink_boxes(image, rules, PPT)) == []


@needs_font
def test_letters_are_not_taken_for_rules():
    image = Image.new("L", (2480, 1200), 255)
    draw = ImageDraw.Draw(image)
    for i, line in enumerate(["KẾ HOẠCH THỰC HIỆN NHIỆM VỤ", "Độc lập - Tự do - Hạnh phúc", "lll  HHH  ẬỆỴ  ───  Phụ lục"]):
        draw.text((120, 100 + i * 200), line, font=ImageFont.truetype(str(FONT), 54), fill=0)  # 13 pt
    edges, _ = ocr.ruling_edges(image, PPT)
    # a capital's stem may pass for a short rule down; it reaches no rule across, so it makes no cell
    assert all(e["height"] < 5.0 / ocr._MM_PER_POINT for e in edges if e["orientation"] == "v")
    assert page_tables(edges, list) == []


@needs_font
def test_a_table_of_rows_one_small_line_high_keeps_its_columns():
    """LibreOffice and Word print a one-line row 12 pt (4.2 mm) high: its column rules are that short."""
    image = Image.new("L", (2480, 1200), 255)
    draw = ImageDraw.Draw(image)
    xs, ys = [100, 300, 1200, 1800, 2300], [200 + 52 * r for r in range(6)]
    for y in ys:
        draw.line([(xs[0], y), (xs[-1], y)], fill=0, width=3)
    for x in xs:
        draw.line([(x, ys[0]), (x, ys[-1])], fill=0, width=3)
    edges, rules = ocr.ruling_edges(image, PPT)
    (table,) = ocr.scanned_tables(edges, lambda: ocr._ink_boxes(image, rules, PPT))
    assert [len(row.cells) for row in table.rows] == [4] * 5


@needs_tesseract
@needs_font
# each angle is a page of OCR (11 to 24 s of s52's run alone): `make test` reads the straight and the harder turn
@pytest.mark.parametrize("angle", [0.0, pytest.param(1.5, marks=slow_only("a third angle")), -2.5])
def test_a_scanned_task_table_gives_its_tasks(tmp_path, angle):
    path = tmp_path / "annex.png"
    table_page(angle).save(path, dpi=(300, 300))
    (block,) = [b for b in parsers.read(path).blocks if b.table is not None]
    grid = block.table.grid()
    assert len(grid) == 1 + len(ROWS) and len(grid[0]) == 4
    # the narrow number column, read again on its own, keeps the tasks' numbers (a group's "I." may read "1.")
    assert [row[0] for row in grid[1:] if row[1] != row[2]] == ["1", "2", "3", "4"]
    doc = process(path)
    got = [(fold(t.content), [fold(m.name) for m in t.lead], t.deadline.text if t.deadline else None) for t in doc.tasks]
    assert got == [(fold(r[1]), [fold(r[2])], r[3]) for r in ROWS if len(r) == 4]



def photographed(image: Image.Image, squeeze: float) -> Image.Image:
    """The page photographed a little off square: its top ``squeeze`` of its width narrower than its foot (wider
    where negative), its column rules leaning more the further they stand from the middle."""
    width, height = image.size
    extra = squeeze * width / 2
    return image.transform(image.size, Image.QUAD, (-extra, 0, 0, height, width, height, width + extra, 0),
                           resample=Image.BICUBIC, fillcolor=255)


def straightened(image: Image.Image) -> Image.Image:
    """The page as the scan reader straightens it before finding its rules: turned by its skew, then its keystone."""
    if angle := ocr.skew(image, PPT):
        image = image.rotate(-angle, resample=Image.BICUBIC, expand=True, fillcolor=255)
    if quad := ocr.keystone(image, PPT):
        image = image.transform(image.size, Image.QUAD, quad, resample=Image.BICUBIC, fillcolor=255)
    return image


@needs_font
@pytest.mark.parametrize("squeeze, angle", [(0.05, 0.0), (-0.05, 0.0), (0.05, 2.5), (-0.05, -2.0)])
def test_a_photographed_tables_leaning_column_rules_are_stood_upright(squeeze, angle):
    """A page photographed off square leans its column rules apart (worn.scan.pdf's photographed layouts lost every
    row): the rules found in pieces at different places made a table of one column, or none."""
    image = straightened(photographed(table_page(angle), squeeze))
    edges, rules = ocr.ruling_edges(image, PPT)
    (table,) = ocr.scanned_tables(edges, lambda: ocr._ink_boxes(image, rules, PPT))
    assert [len([c for c in row.cells if c is not None]) for row in table.rows] == [4, 2, 4, 4, 2, 4, 4]


@needs_font
@pytest.mark.parametrize("squeeze, angle", [(0.04, 0.0), (-0.04, 0.0), (0.03, 2.5), (-0.05, -2.0)])
def test_a_photographed_table_ruled_across_only_is_stood_upright_by_its_rules_ends(squeeze, angle):
    """With no column rules to lean, the rules across show the photograph's keystone by their ends: the lower rules
    reach further out at both ends, and rules of different extents had been taken for several tables
    (split_rows_ruled_lines worn found 4 of its 13 rows)."""
    image = straightened(photographed(table_page(angle, across_only=True), squeeze))
    edges, rules = ocr.ruling_edges(image, PPT)
    (table,) = ocr.scanned_tables(edges, lambda: ocr._ink_boxes(image, rules, PPT))
    assert [len([c for c in row.cells if c is not None]) for row in table.rows] == [4] * (1 + len(ROWS))


@needs_font
@pytest.mark.parametrize("angle", [0.0, 1.5, -2.5])
def test_a_page_whose_rules_stand_parallel_has_no_keystone(angle):
    assert ocr.keystone(straightened(table_page(angle)), PPT) is None
    assert ocr.keystone(table_page(angle), PPT) is None  # turned, not photographed: ``skew`` straightens it


@needs_tesseract
@needs_font
def test_a_photographed_task_table_gives_its_tasks(tmp_path):
    path = tmp_path / "annex.png"
    photographed(table_page(2.0), 0.05).save(path, dpi=(300, 300))
    doc = process(path)
    got = [(fold(t.content), [fold(m.name) for m in t.lead], t.deadline.text if t.deadline else None) for t in doc.tasks]
    assert got == [(fold(r[1]), [fold(r[2])], r[3]) for r in ROWS if len(r) == 4]

@needs_font
def test_an_image_without_a_recorded_resolution_is_taken_as_an_a4_page():
    image = table_page()
    assert ocr.pixels_per_point(image) == pytest.approx(PPT, rel=0.01)
    image.info["dpi"] = (200, 200)
    assert ocr.pixels_per_point(image) == pytest.approx(200 / 72)


@pytest.mark.parametrize("read, meant", [
    ("Quý 11/2026", "Quý II/2026"), ("Quý H/2026", "Quý II/2026"), ("quý 1V năm 2026", "quý IV năm 2026"),
    ("QUÝ 111/2026", "QUÝ III/2026"), ("Quý l, Quý 11", "Quý I, Quý II"),
    # in a list of quarters after the first ("Quý I, II/2026"), a bare "11" is a quarter too
    ("Quý I, 11/2026", "Quý I, II/2026"), ("Quý I, 11, 111/2026", "Quý I, II, III/2026"), ("Quý I và 11", "Quý I và II"),
    ("Quý I, 12/2026", "Quý I, 12/2026"),
    # one stroke under specks of a worn scan ("Quý ï năm 2026" gave the year's end, not the first quarter's)
    ("Quý ï năm 2026", "Quý I năm 2026"), ("Quý Í/2026", "Quý I/2026"),
    # the one quarter with a V, its I read as a T ("Quý TV/2026" in a date cell read again enlarged)
    ("Quý TV/2026", "Quý IV/2026"),
    # as printed, or a misreading with two senses ("HI": II or III), or no quarter at all: left as read
    ("Quý II/2026", "Quý II/2026"), ("Quý 1/2026", "Quý 1/2026"), ("Quý HI/2026", "Quý HI/2026"),
    ("Quỹ 11 tỷ đồng", "Quỹ 11 tỷ đồng"), ("Quý 12", "Quý 12"),
    # the numeral touching "Quý" (a worn scan's lost space): its space back
    ("QuýIV/2026", "Quý IV/2026"), ("QUÝII năm 2027", "QUÝ II năm 2027"), ("quýIII/2026", "quý III/2026"),
    ("QuýI, II/2026", "Quý I, II/2026"), ("QuýIVnăm 2026", "Quý IVnăm 2026"), ("Quýt", "Quýt")])
def test_quarters_misread_by_ocr_are_read_as_meant_when_only_one_sense_fits(read, meant):
    assert ocr.corrected(read) == meant


def wrapped_cells_page() -> Image.Image:
    """A ruled task table whose lead column is a little wider than "Văn phòng": the name "Văn phòng UBND tỉnh" wraps
    onto a second line, while "Sở Y tế" and "Sở Nội vụ", two bodies, each begin a line of their own."""
    font = ImageFont.truetype(str(FONT), 40)
    pad = 15
    lead_width = round(font.getlength("Văn phòng") + 2 * pad + font.getlength(" UBND") / 2)
    xs = [120, 270, 1270, 1270 + lead_width, 1270 + lead_width + 450]
    rows = [("TT", "Nội dung", ["Chủ trì"], "Thời gian"),
            ("1", "Rà soát thủ tục hành chính", ["Văn phòng", "UBND tỉnh"], "Quý II/2026"),
            ("2", "Số hóa hồ sơ hộ tịch", ["Sở Y tế", "Sở Nội vụ"], "Tháng 9/2026")]
    image = Image.new("L", (2480, 1000), 255)
    draw = ImageDraw.Draw(image)
    ys = [200, 300, 450, 600]
    for y in ys:
        draw.line([(xs[0], y), (xs[-1], y)], fill=0, width=3)
    for x in xs:
        draw.line([(x, ys[0]), (x, ys[-1])], fill=0, width=3)
    for r, (number, content, lead, when) in enumerate(rows):
        for c, lines in enumerate(([number], [content], lead, [when])):
            for i, text in enumerate(lines):
                draw.text((xs[c] + pad, ys[r] + 20 + 55 * i), text, font=font, fill=0)
    return image


@needs_tesseract
@needs_font
def test_a_cells_wrapped_lines_are_joined_and_lines_begun_anew_kept(tmp_path):
    """Each line of a scanned cell was kept apart, so a name the cell wrapped became two bodies ("Văn phòng",
    "UBND tỉnh"). The lines are now joined as a text PDF's cells are: by whether the next line's first word would
    have fitted at the end of the line before."""
    path = tmp_path / "wrapped.png"
    wrapped_cells_page().save(path, dpi=(300, 300))
    (block,) = [b for b in parsers.read(path).blocks if b.table is not None]
    leads = [fold(row[2]) for row in block.table.grid()[1:]]
    assert leads == [fold("Văn phòng UBND tỉnh"), fold("Sở Y tế\nSở Nội vụ")]


@pytest.mark.parametrize("read, meant", [
    ("Phátthanh", "Phát thanh"), ("nghiệpvà", "nghiệp và"), ("vàMôi", "và Môi"), ("bệnhtại,", "bệnh tại,"),
    ("(thànhphố)", "(thành phố)"), ("tổchức.", "tổ chức."),
    # left as read: syllables, abbreviations, loanwords, names no spelling rule covers, tokens that split two ways
    ("nghiệp", "nghiệp"), ("UBND", "UBND"), ("COVID-19", "COVID-19"), ("online", "online"), ("ĐắkLắk", "ĐắkLắk"),
    ("anhem", "anhem"), ("15/3/2026", "15/3/2026"),
    # one syllable misread ("điểm" as "diém") is no two words, though "di" and "ém" are syllables
    ("diém", "diém"), ("Tén", "Tén"),
    # nor is a token with a capital inside a part ("tÌ" + "ru")
    ("tÌru", "tÌru"),
    # nor one syllable with a letter read in the wrong case
    ("xuỐng", "xuỐng"),
    # a token that splits two ways, one of them only into words of bodies' names (the registry's): that one
    ("Quânsựtỉnh", "Quân sự tỉnh"), ("Quânsựhuyện", "Quân sự huyện"), ("tracứu", "tra cứu"), ("nghiêncứu", "nghiên cứu"),
    # an abbreviation run into the word after it, which begins with a consonant
    ("HĐNDtỉnh", "HĐND tỉnh"), ("UBNDhuyện,", "UBND huyện,"), ("ĐBQHvà", "ĐBQH và"), ("BCĐtỉnh", "BCĐ tỉnh"),
    ("HĐNDTỉnh", "HĐNDTỉnh"), ("TTg", "TTg"), ("KPIs", "KPIs"), ("NGhệ", "NGhệ"),
])
def test_words_ocr_read_without_the_space_between_them_are_split(read, meant):
    """Tesseract drops a narrow space between two syllables ("Đài Phátthanh và Truyền hình"), and the body's name is
    then unknown to the registry. A token of Vietnamese letters that is no syllable but splits one way only (or at a
    capital after a small letter) into two syllables is two words."""
    assert ocr._word_text(read) == meant


@pytest.mark.parametrize("read, meant", [
    ("qnan", "quan"), ("qnan,", "quan,"), ("Qnyết", "Quyết"), ("qnản", "quản"), ("QNY", "QUY"), ("qny", "quy"),
    ("(qnốc", "(quốc"), ("nøành", "ngành"), ("øian", "gian"), ("Nøày", "Ngày"), ("øiao", "giao"),
    # left as read: a syllable, a token that is no syllable respelt either, a "qn" inside a word
    ("quan", "quan"), ("qnx", "qnx"), ("Iqnan", "Iqnan"), ("øx", "øx"), ("gian", "gian"),
])
def test_a_words_first_letters_read_as_no_syllables_are_respelt(read, meant):
    """A worn scan reads "Các cơ quan, đơn vị" as "Các cơ qnan. đơn vị", "ngành" as "nøành": no Vietnamese syllable
    begins "qn" (every one "qu"), none has an "ø"; a word so read is respelt where the respelling is a syllable
    (``onsets`` in ocr_confusions.json)."""
    assert ocr._word_text(read) == meant


@pytest.mark.parametrize("read, meant", [
    ("đơnvj", "đơn vị"), ("đơnviị", "đơn vị"), ("đơnvjị", "đơn vị"), ("vj", "vị"), ("thjnh", "thịnh"), ("(trjị", "(trị"),
    # the space after a comma dropped between two words, one of them misread too
    ("quan,đơnvj", "quan, đơn vị"), ("Sở,Ban", "Sở, Ban"),
    # left as read: a loanword's or an abbreviation's J, figures, a word no respelling makes a syllable
    ("Jazz", "Jazz"), ("JICA", "JICA"), ("1,5", "1,5"), ("thịj", "thịj"), ("quan,", "quan,"),
    # a "y" read "j" ("Quyết", realdocs2 114): "Quịết" is no syllable, and its one split "Quị ết" is none a glued
    # token is taken apart at (the second syllable opens on a vowel)
    ("Qujết", "Qujết"), ("qujền", "qujền"),
    # a word that opens on the letter: no syllable opens on an "ị" ("ịa" is none)
    ("ja", "ja"), ("jạ", "jạ"),
])
def test_letters_no_vietnamese_word_has_are_respelt_where_only_one_sense_fits(read, meant):
    """A scan reads "Các cơ quan, đơn vị" as "Các cơ quan,đơnvj" or "đơnviị": an "ị" read as a "j" (its dot below
    under the stem) or read twice, the space after the comma dropped. No Vietnamese word has a "j" or two i's
    (``letters`` in ocr_confusions.json): respelt where the respelling is a syllable or splits into syllables."""
    assert ocr._word_text(read) == meant


@pytest.mark.parametrize("read, meant", [
    ("Các cơ quan. đơn vị, địa phương", "Các cơ quan, đơn vị, địa phương"),
    ("Sở Tài chính. các sở, ngành liên quan", "Sở Tài chính, các sở, ngành liên quan"),
    ("UBND các xã. phường. thị trấn", "UBND các xã, phường, thị trấn"),
    # as read: a sentence's end before a capital, an abbreviation's dots, a figure after the stop, the cell's end
    ("Hoàn thành trong năm. Báo cáo kết quả", "Hoàn thành trong năm. Báo cáo kết quả"),
    ("hội nghị, tập huấn v.v. và các hoạt động khác", "hội nghị, tập huấn v.v. và các hoạt động khác"),
    ("Trước ngày 30/6/2026. 15 ngày sau", "Trước ngày 30/6/2026. 15 ngày sau"), ("Sở Y tế.", "Sở Y tế."),
])
def test_a_comma_a_scan_read_as_a_full_stop_before_small_letters_is_a_comma(read, meant):
    """A worn scan blurs a comma's tail: "Các cơ quan, đơn vị" read "Các cơ quan. đơn vị", a body's name no
    registry knows. No sentence begins in small letters, so a stop after a word and before one is a comma."""
    assert ocr._commas_read_as_stops(read) == meant


@pytest.mark.parametrize("read, meant", [
    ("Sở Văn hóa. Thể thao và Du lịch", "Sở Văn hóa, Thể thao và Du lịch"),
    ("Bộ Văn hóa. Thể thao và Du lịch; Sở Y tế", "Bộ Văn hóa, Thể thao và Du lịch; Sở Y tế"),
    ("Báo và Phát thanh. Truyền hình Lâm Đồng", "Báo và Phát thanh, Truyền hình Lâm Đồng"),
    ("SỞ VĂN HÓA. THỂ THAO VÀ DU LỊCH", "SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH"),
    ("Sở Văn hóa. Thể\nthao và Du lịch", "Sở Văn hóa, Thể\nthao và Du lịch"),
    # as read: a sentence's end before a capital where no name goes on, a name's own end
    ("Sở Văn hóa, Thể thao và Du lịch. Công an tỉnh", "Sở Văn hóa, Thể thao và Du lịch. Công an tỉnh"),
    ("Hoàn thành trong năm. Báo cáo kết quả", "Hoàn thành trong năm. Báo cáo kết quả"),
    ("Sở Văn hóa. Thông tin", "Sở Văn hóa. Thông tin"),
])
def test_a_comma_read_as_a_full_stop_inside_a_name_the_registry_knows_is_a_comma(read, meant):
    """Before a capital a full stop may end a sentence; but in "Sở Văn hóa. Thể thao và Du lịch" it stands where a name
    the registry knows prints a comma, and the name goes on: a comma the worn scan blurred (the body was unmatched)."""
    assert ocr._commas_read_as_stops(read) == meant


# --- deadlines read from low-confidence words -----------------------------------------------------------------------

def _scanned_task_block(header: list[str], rows: list[list[str]], unsure: dict[tuple[int, int], tuple[str, ...]]):
    """A scanned task table's block as the OCR reader gives it: each cell with its page, its box and the words read
    with low confidence (``unsure`` by grid row and column; the header is row 0)."""
    from pipeline.model import Block, BlockKind, Cell, Provenance, Table

    grid = [header, *rows]
    cells = [Cell(r, c, text=text, page=2, bbox=(100.0 * c, 50.0 * r, 100.0 * c + 90, 50.0 * r + 40),
                  unsure=unsure.get((r, c), ())) for r, row in enumerate(grid) for c, text in enumerate(row)]
    return Block(id="b0007", kind=BlockKind.TABLE, orig="", table=Table(n_rows=len(grid), n_cols=len(header), cells=cells),
                 prov=Provenance(reader="ocr", page=2, line_start=7, line_end=7, ocr_confidence=88.0))


def _task_rows(*deadlines: str) -> list[list[str]]:
    return [[str(i + 1), f"Nhiệm vụ số {i + 1} về chuyển đổi số", "Sở Nội vụ", *d.split(" | ")]
            for i, d in enumerate(deadlines)]


def _stages_on(block):
    from pipeline.model import Document, Origin
    from pipeline.run import run_stages

    origin = Origin(path="scan.pdf", name="scan.pdf", format="pdf", sha256="0", size=0)
    return run_stages(Document(origin=origin, blocks=[block]))


@pytest.mark.parametrize("header", ["Thời gian hoàn thành", "Thời hạn", "Tiến độ thực hiện"])
def test_a_deadline_read_from_low_confidence_words_is_sent_for_a_look(header):
    """"Quý III" read as "Quý II", "tháng 5" as "tháng 9": a date no rule can tell from a right one. Where Tesseract
    read the deadline cell's words with low confidence, the task keeps what was read and a warning points at the
    cell (page and box: the report crops it) so a person checks it."""
    block = _scanned_task_block(["TT", "Nội dung", "Cơ quan chủ trì", header],
                                _task_rows("Quý II/2026", "Tháng 9/2026", "Năm 2026"), {(2, 3): ("9/2026",)})
    doc = _stages_on(block)
    assert [t.deadline.end for t in doc.tasks] == ["2026-06-30", "2026-09-30", "2026-12-31"]
    (warning,) = [w for w in doc.warnings if w.code == "deadline_unsure"]
    assert warning.message.startswith(f"{doc.tasks[1].id}: deadline 'Tháng 9/2026'") and "'9/2026'" in warning.message
    assert warning.where["page"] == 2 and warning.where["bbox"] == (300.0, 100.0, 390.0, 140.0)


def test_low_confidence_words_in_a_start_cell_count_and_elsewhere_in_the_row_do_not():
    header = ["TT", "Nội dung", "Cơ quan chủ trì", "Thời gian bắt đầu", "Thời gian hoàn thành"]
    rows = _task_rows("Quý I/2026 | Quý II/2026", "Quý I/2026 | Quý IV/2026")
    # the content cell's misread word says nothing of the dates; the start cell's gives the period's first day
    doc = _stages_on(_scanned_task_block(header, rows, {(1, 1): ("chuyẻn",), (2, 3): ("1/2026",)}))
    assert [(t.deadline.start, t.deadline.end) for t in doc.tasks] == [("2026-01-01", "2026-06-30"),
                                                                        ("2026-01-01", "2026-12-31")]
    assert [w.message.split(":")[0] for w in doc.warnings if w.code == "deadline_unsure"] == [doc.tasks[1].id]


def test_a_table_whose_words_were_all_read_surely_raises_no_such_warning():
    doc = _stages_on(_scanned_task_block(["TT", "Nội dung", "Cơ quan chủ trì", "Thời hạn"], _task_rows("Quý II/2026"), {}))
    assert doc.tasks and not [w for w in doc.warnings if w.code == "deadline_unsure"]


@needs_tesseract
@needs_font
def test_the_scan_reader_gives_each_cell_its_page_box_and_low_confidence_words(tmp_path, monkeypatch):
    """The reader keeps, per cell, the words Tesseract read with low confidence; one such word in a deadline cell
    makes the warning, pointing at that cell's box on the page."""
    real = ocr.read_words

    def one_doubtful_word(*args, **kwargs):  # every word sure but the second task's month
        return [ocr.Word(w.text, 20.0 if "9/2026" in w.text else max(w.conf, 95.0), w.left, w.top, w.right, w.bottom,
                         w.line) for w in real(*args, **kwargs)]

    monkeypatch.setattr(ocr, "read_words", one_doubtful_word)
    path = tmp_path / "annex.png"
    table_page().save(path, dpi=(300, 300))
    (block,) = [b for b in parsers.read(path).blocks if b.table is not None]
    doubtful = [c for c in block.table.cells if c.unsure]
    assert [(c.row, c.col, c.unsure) for c in doubtful] == [(3, 3, ("9/2026",))]
    assert all(c.page == 1 and c.bbox for c in block.table.cells)
    x0 = LEFT + sum(WIDTHS[:3])  # the deadline column's left rule, in pixels (an image's boxes are pixels)
    assert doubtful[0].bbox[0] == pytest.approx(x0, abs=6) and doubtful[0].bbox[1] == pytest.approx(TOP + 3 * ROW, abs=6)
    doc = process(path)
    (warning,) = [w for w in doc.warnings if w.code == "deadline_unsure"]
    assert "Tháng 9/2026" in warning.message and warning.where["bbox"] == doubtful[0].bbox


# --- group rows whose number a scan misread ---------------------------------------------------------------------------

def _by_body_rows(misread: str, body: str) -> list[list[str]]:
    """A directive's annex by body (no lead column): group rows "1." | body over tasks "1.1", "1.2"; the second group's
    number read ``misread``."""
    return [["1.", "Sở Xây dựng", ""],
            ["1.1", "Rà soát quy hoạch chung đô thị", "Quý III/2026"],
            ["1.2", "Kiểm tra chất lượng công trình", "Năm 2026"],
            [misread, body, ""],
            ["2.1", "Tổ chức tập huấn nghiệp vụ", "Tháng 8/2026"],
            ["2.2", "Xây dựng cơ sở dữ liệu ngành", "Quý IV/2026"],
            ["3.", "Công an tỉnh", ""],
            ["3.1", "Tuyên truyền phòng cháy chữa cháy", "Thường xuyên"]]


@pytest.mark.parametrize("misread, body", [("3", "Sở Y tế"), ("5.", "Sở Văn hóa, Thể thao và Du lịch"),
                                           ("7", "Ban Dân tộc tỉnh"), ("2;", "Sở Ngoại vụ")])
def test_a_group_row_whose_number_a_scan_misread_still_names_its_tasks_body(misread, body):
    """"2." read "3" on a worn scan: the row gives no work and sits right above "2.1", the first task of the run it
    heads, so it is that run's group row, whatever figure was read; it had been a task of its own (the body's name
    its content) and its two tasks took the group before's body as their lead."""
    block = _scanned_task_block(["TT", "Nhiệm vụ", "Thời hạn"], _by_body_rows(misread, body), {})
    doc = _stages_on(block)
    assert [t.number for t in doc.tasks] == ["1.1", "1.2", "2.1", "2.2", "3.1"]
    assert [[m.name for m in t.lead] for t in doc.tasks] == [["Sở Xây dựng"]] * 2 + [[body]] * 2 + [["Công an tỉnh"]]


def _three_level_rows(second: str, fourth: str) -> list[list[str]]:
    lead, support = "Vụ Giáo dục Mầm non", "Vụ Pháp chế"
    return [["1.", "Hoàn thiện thể chế, chính sách", "", "", ""],
            ["1.1.", "Xây dựng văn bản quy phạm pháp luật", "", "", ""],
            ["1.1.1", "Xây dựng thông tư quy định điều lệ trường", lead, support, "Quý II/2026"],
            [second, "Rà soát, hướng dẫn thực hiện", "", "", ""],
            ["1.2.1", "Rà soát văn bản hướng dẫn tuyển sinh", lead, support, "Quý III/2026"],
            ["1.2.2", "Hướng dẫn đánh giá học sinh", lead, "", "Năm 2026"],
            ["2.", "Phát triển đội ngũ nhà giáo", "", "", ""],
            [fourth, "Chế độ, chính sách", "", "", ""],
            ["2.1.1", "Đề xuất chính sách tiền lương nhà giáo", lead, support, "Quý IV/2026"]]


@pytest.mark.parametrize("second, fourth", [("12.", "2.1."), ("1.2,", "2.1."), ("1.2;", "2.1,"), ("12", "2.1:")])
def test_a_sub_group_row_whose_dots_a_scan_misread_is_no_task(second, fourth):
    """A ministry's plan numbered on three levels: "1.2." read "12." (its dot lost) or "1.2;" (the last dot read as
    another stop) over "1.2.1" is still the group row of the run it heads, not a task with no body and no time."""
    header = ["STT", "Nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời hạn"]
    doc = _stages_on(_scanned_task_block(header, _three_level_rows(second, fourth), {}))
    assert [t.number for t in doc.tasks] == ["1.1.1", "1.2.1", "1.2.2", "2.1.1"]


def test_a_row_without_work_above_another_runs_first_task_stays_a_task_where_its_number_is_deeper():
    """Guard: a task "1.3" whose cells the table leaves empty, above "2.1", is no misread group row "2." (a number one
    level deeper than the run's parent, figures of its own): it stays a task."""
    rows = [["1.", "Sở Xây dựng", ""], ["1.1", "Rà soát quy hoạch chung đô thị", "Quý III/2026"],
            ["1.2", "Kiểm tra chất lượng công trình", "Năm 2026"], ["1.3", "Tổng kết công tác năm", ""],
            ["2.1", "Tổ chức tập huấn nghiệp vụ", "Tháng 8/2026"]]
    doc = _stages_on(_scanned_task_block(["TT", "Nhiệm vụ", "Thời hạn"], rows, {}))
    assert [t.number for t in doc.tasks] == ["1.1", "1.2", "1.3", "2.1"]
