"""A scan's title block (the trích yếu under the type heading), read by OCR.

A received stamp printed in the left margin beside the title's lines ("CÔNG VĂN ĐẾN" / "Giờ: …" / "Ngày: …", a speck of
its ink) is read by the page's segmentation between two of the title's lines: the title was cut there, its last line
lost (realdocs2 103). The pages are drawn here, in two fonts, at two resolutions, with one to three title lines."""

from __future__ import annotations

import pytest
from PIL import Image, ImageDraw, ImageFont

import parsers
from parsers import ocr
from pipeline.model import Block, Document, Origin, Provenance
from pipeline.run import run_stages
from tests.pdfmaker import speckled
from tests.test_signature_scan import FONTS, save

needs_tesseract = pytest.mark.skipif(ocr.tesseract_problem() is not None, reason=str(ocr.tesseract_problem()))

GROUNDS = ["Căn cứ Luật Ban hành văn bản quy phạm pháp luật ngày 19 tháng 02 năm 2025;",
           "Căn cứ Nghị định số 25/2025/NĐ-CP ngày 21 tháng 02 năm 2025 của Chính phủ quy định",
           "chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Bộ;"]


def draw_title_page(fonts: tuple[str, str], heading: str | None, title: list[str], dpi: int, stamp_at: int | None = 1,
                    size: int = 26) -> Image.Image:
    """A first page at ``dpi``: the header's two columns, the type heading (if any) and the title's lines centred in bold, the
    grounds; a received stamp's box and lines in the left margin from the title's line ``stamp_at`` down (its box's
    right edge a little into the page's text column), with a speck of its ink under it."""
    s, (regular, bold) = dpi / 150, fonts
    image = Image.new("RGB", (int(1240 * s), int(1000 * s)), "white")
    draw = ImageDraw.Draw(image)
    plain, strong = ImageFont.truetype(regular, int(24 * s)), ImageFont.truetype(bold, int(24 * s))
    big, small = ImageFont.truetype(bold, int(size * s)), ImageFont.truetype(regular, int(17 * s))
    draw.text((300 * s, 60 * s), "BỘ NỘI VỤ", font=strong, fill="black", anchor="mt")
    draw.text((300 * s, 110 * s), "Số: 12/2026/TT-BNV", font=plain, fill="black", anchor="mt")
    draw.text((820 * s, 60 * s), "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", font=strong, fill="black", anchor="mt")
    draw.text((820 * s, 95 * s), "Độc lập - Tự do - Hạnh phúc", font=strong, fill="black", anchor="mt")
    draw.text((820 * s, 140 * s), "Hà Nội, ngày 15 tháng 4 năm 2026", font=plain, fill="black", anchor="mt")
    step = size + 14
    top = 210 + step
    if heading:
        draw.text((660 * s, 210 * s), heading, font=big, fill="black", anchor="mt")
    else:  # the heading is the title's first words ("QUYẾT ĐỊNH CHẤP THUẬN …")
        top = 210
    for k, line in enumerate(title):
        draw.text((660 * s, (top + k * step) * s), line, font=big, fill="black", anchor="mt")
    if stamp_at is not None:
        box_top = top + stamp_at * step - 10
        left = draw.textbbox((660 * s, 0), max(title, key=len), font=big, anchor="mt")[0] / s
        draw.rectangle((40 * s, box_top * s, (left + 12) * s, (box_top + 95) * s), outline="black", width=max(2, int(2 * s)))
        for k, line in enumerate(["CÔNG VĂN ĐẾN", "Giờ: ...... Ngày: ......", "Chuyển: ........"]):
            draw.text((55 * s, (box_top + 8 + 28 * k) * s), line, font=small, fill="black")
        draw.text((70 * s, (box_top + 102) * s), "+", font=small, fill="black")
    body_top = top + len(title) * step + 40
    for k, line in enumerate(GROUNDS):
        draw.text((150 * s, (body_top + 40 * k) * s), line, font=plain, fill="black")
    return image


TITLES = [
    ("liberation", 300, ["Quy định về tổ chức lễ tang đối với cán bộ, công chức,",
                         "viên chức và người lao động trong cơ quan hành chính",
                         "do Bộ Nội vụ quản lý"], ".png"),
    ("dejavu", 200, ["Hướng dẫn chế độ làm việc của Văn phòng Bộ", "và các đơn vị thuộc Bộ"], ".pdf"),
]


@needs_tesseract
@pytest.mark.parametrize("font, dpi, title, suffix", TITLES)
def test_a_received_stamp_beside_the_title_does_not_cut_it(tmp_path, font, dpi, title, suffix):
    path = save(draw_title_page(FONTS[font], "THÔNG TƯ", title, dpi), tmp_path / f"page{suffix}")
    assert run_stages(parsers.read(path)).metadata.title == " ".join(title)


def _ocr_lines(lines: list[tuple[str, tuple[float, float, float, float]]]) -> Document:
    blocks = [Block(id=f"b{k:04d}", orig=text, prov=Provenance(reader="ocr", page=1, line_start=k, line_end=k, bbox=box,
                                                                ocr_confidence=90.0))
              for k, (text, box) in enumerate(lines, start=1)]
    return Document(origin=Origin(path="scan.pdf", name="scan.pdf", format="pdf-ocr", sha256="0" * 64, size=1), blocks=blocks)


HEADER = [("BỘ QUỐC PHÒNG", (60, 60, 180, 72)), ("Số: 46/VBHN-BQP", (60, 80, 180, 92)),
          ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", (260, 60, 540, 72)), ("Độc lập - Tự do - Hạnh phúc", (310, 78, 490, 90)),
          ("Hà Nội, ngày 04 tháng 5 năm 2026", (300, 98, 500, 110)), ("THÔNG TƯ", (290, 140, 370, 154))]


@pytest.mark.parametrize("margin", [
    [("CÔNG VĂN ĐẾN", (30, 178, 140, 190)), ("Giờ: ...... Ngày: ......", (30, 196, 150, 208))],  # the stamp's lines
    [("Í gốNG Hưng", (19, 184, 150, 214)), ("+", (42, 207, 45, 210))],  # its ink read as letters, a speck read as "+"
])
def test_a_margin_line_read_between_a_scans_title_lines_is_left_out_of_it(margin):
    title = [("Quy định và hướng dẫn tổ chức lễ tang đối với quân nhân,", (144, 160, 507, 176)),
             ("công nhân, viên chức quốc phòng; người làm công tác cơ yếu", (156, 177, 514, 193)),
             ("do Bộ Quốc phòng quản lý", (252, 194, 412, 209))]
    grounds = [("Căn cứ Nghị định số 35/2013/NĐ-CP ngày 22 tháng 4 năm 2013 của Chính phủ;", (137, 230, 558, 245))]
    doc = _ocr_lines([*HEADER, *title[:2], *margin, title[2], *grounds])
    assert run_stages(doc).metadata.title == " ".join(text for text, _ in title)


def test_a_title_wrapped_flush_left_keeps_its_short_last_line():
    # the next line's middle stands under the line above, wherever the line starts: no margin line
    title = [("Về việc phê duyệt kế hoạch kiểm tra việc chấp hành pháp luật trong", (90, 160, 520, 176)),
             ("sử dụng vật liệu nổ công nghiệp", (90, 177, 290, 193))]
    grounds = [("Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;", (120, 230, 540, 245))]
    doc = _ocr_lines([*HEADER[:5], ("QUYẾT ĐỊNH", (280, 140, 380, 154)), *title, *grounds])
    assert run_stages(doc).metadata.title == " ".join(text for text, _ in title)


# ---------------------------------------------------------------------------------------------------
# A title word the page read whole misread with a stray mark ("QUYẾT: ĐỊNH", "thuế !NDN"; realdocs 004, realdocs2 101):
# the title's lines are read again alone, enlarged, and the word replaced where every reading agrees.


def misread(doc: Document, word: str, reading: str) -> Document:
    """The document as if the page read whole had read ``word`` of its title as ``reading``."""
    at = next(k for k, b in enumerate(doc.blocks) if word in b.orig.split() and len(b.orig.split()) > 2)
    blocks = list(doc.blocks)
    blocks[at] = blocks[at].model_copy(update={"orig": " ".join(reading if w == word else w for w in blocks[at].orig.split())})
    return doc.model_copy(update={"blocks": blocks})


MISREAD = [
    ("liberation", 300, None, ["QUYẾT ĐỊNH CHẤP THUẬN CHỦ TRƯƠNG ĐẦU TƯ", "ĐỒNG THỜI CHẤP THUẬN NHÀ ĐẦU TƯ"], 30,
     "QUYẾT", "QUYẾT:", ".png"),
    ("dejavu", 200, "KẾ HOẠCH", ["Triển khai chính sách thuế TNDN năm 2026"], 26, "TNDN", "!NDN", ".pdf"),
    ("liberation", 200, "THÔNG TƯ", ["Hướng dẫn thực hiện chính sách thuế GTGT đối với hàng hóa",
                                     "nhập khẩu phục vụ trực tiếp cho hoạt động",
                                     "nghiên cứu khoa học"], 26, "trực", "trụrc", ".png"),
]


@needs_tesseract
@pytest.mark.parametrize("font, dpi, heading, title, size, word, reading, suffix", MISREAD)
def test_a_title_word_misread_with_a_stray_mark_is_read_again_from_its_lines(tmp_path, font, dpi, heading, title, size, word,
                                                                            reading, suffix):
    page = draw_title_page(FONTS[font], heading, title, dpi, stamp_at=None, size=size)
    if suffix == ".pdf":  # a scanner's page: turned a little, with specks
        page = speckled(page.rotate(0.4, resample=Image.BICUBIC, fillcolor="white"), share=0.0005)
    path = save(page, tmp_path / f"page{suffix}")
    result = run_stages(misread(parsers.read(path), word, reading))
    assert result.metadata.title == " ".join(title)
    again = [w for w in result.warnings if w.code == "title_read_again"]
    assert len(again) == 1 and reading in again[0].message and again[0].where["page"] == 1


@needs_tesseract
def test_a_title_word_the_readings_give_otherwise_is_kept_as_read_with_a_warning(tmp_path, monkeypatch):
    title = ["Triển khai chính sách thuế TNDN năm 2026"]
    path = save(draw_title_page(FONTS["liberation"], "KẾ HOẠCH", title, 300, stamp_at=None), tmp_path / "page.png")
    read_region = ocr.read_region

    def one_reading_otherwise(*args):  # Tesseract reads a thin "T" as "I" at one size and as "IF" at another
        readings = read_region(*args)
        return [[b.model_copy(update={"orig": b.orig.replace("TNDN", "IFNDN" if n % 2 else "INDN")}) for b in reading]
                for n, reading in enumerate(readings)]

    monkeypatch.setattr(ocr, "read_region", one_reading_otherwise)
    result = run_stages(misread(parsers.read(path), "TNDN", "!NDN"))
    assert result.metadata.title == "Triển khai chính sách thuế !NDN năm 2026"  # no reading is taken over another
    unsure = [w for w in result.warnings if w.code == "title_unsure"]
    assert len(unsure) == 1 and "!NDN" in unsure[0].message and unsure[0].where["bbox"]


@pytest.mark.parametrize("title", ["Về việc giao đất cho các hộ gia đình tại xã An Phú", "KẾ HOẠCH SỬ DỤNG ĐẤT NĂM 2026"])
def test_a_title_read_cleanly_is_not_read_again(monkeypatch, title):
    monkeypatch.setattr(ocr, "read_region", lambda *args: pytest.fail("a clean title was read again"))
    doc = _ocr_lines([*HEADER[:5], ("QUYẾT ĐỊNH", (280, 140, 380, 154)), (title, (120, 160, 520, 176)),
                      ("Căn cứ Luật Đất đai ngày 18 tháng 01 năm 2024;", (120, 230, 540, 245))])
    assert run_stages(doc).metadata.title == title


def test_only_a_mark_beside_a_line_is_kept_apart_from_it_not_words_ocr_cut_at_a_gap():
    from pipeline.stages.clean import continues, WrapWidths

    def line(text, box):
        return _ocr_lines([(text, box)]).blocks[0].model_copy(update={"text": text})

    widths = WrapWidths(first=40, following=40)
    speck, words = line("‹", (40, 300, 46, 310)), line("(Kèm theo Quyết định số: 2336", (90, 300, 300, 314))
    after = line("b) Ủy ban nhân dân các tỉnh, thành phố khẩn trương tiếp nhận", (90, 300, 540, 314))
    rest = line("/QĐ-UBND ngày 02 tháng 7 năm 2026 của Chủ tịch UBND tỉnh)", (330, 300, 540, 314))
    after.prov = after.prov.model_copy(update={"line_start": 2, "line_end": 2})
    rest.prov = rest.prov.model_copy(update={"line_start": 2, "line_end": 2})
    assert not continues([speck], after, widths, [])  # "‹ b) Ủy ban …": the point b) hidden in the mark's paragraph
    assert continues([words], rest, widths, [])  # one printed line that OCR cut at a handwritten number's blank
