"""A scan's signature block that the page read whole does not give as clean lines (issue 17): the seal and the signature
over it, the recipients' column beside it. The block is read again alone from the page image, and what that gives
fills what is missing, never with a name OCR cannot spell or a chain that may have lost its position.

The pages are drawn here (two fonts, an image and a PDF); the full page's OCR of the signature column is dropped from
the document, as Tesseract's page segmentation dropped it on realdocs2 102 (the whole column under a seal)."""

from __future__ import annotations

import math
from pathlib import Path

import numpy as np
import pytest
from PIL import Image, ImageChops, ImageDraw, ImageFont

import parsers
from parsers import ocr
from pipeline.model import Block, Provenance
from pipeline.run import run_stages
from pipeline.stages import metadata as meta_stage
from pipeline.stages.clean import normalise_block

needs_tesseract = pytest.mark.skipif(ocr.tesseract_problem() is not None, reason=str(ocr.tesseract_problem()))

FONTS = {
    "liberation": ("/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf",
                   "/usr/share/fonts/truetype/liberation2/LiberationSerif-Bold.ttf"),
    "dejavu": ("/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf", "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf"),
}
BODY = ["Điều 1. Giao đất cho các hộ gia đình tại xã An Phú theo danh sách",
        "kèm theo Quyết định này để sử dụng vào mục đích đất ở.",
        "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.",
        "Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Nông",
        "nghiệp và Môi trường và các hộ có tên tại Điều 1 chịu trách nhiệm thi",
        "hành Quyết định này./."]
RECIPIENTS = ["Nơi nhận:", "- Như Điều 3;", "- Bộ Nông nghiệp và Môi trường (để báo cáo);", "- Thường trực Tỉnh ủy, HĐND tỉnh;",
              "- CT, các PCT UBND tỉnh;", "- Sở Tài chính, Sở Tư pháp;", "- Lưu: VT, NN (3)."]


def draw_page(fonts: tuple[str, str], chain: list[str], name: str) -> Image.Image:
    """A closing page at 150 dpi: the end of the body, "Nơi nhận" on the left, the chain and the name on the right,
    a red seal over the chain's start and a blue signature between the chain and the name."""
    regular, bold = fonts
    image = Image.new("RGB", (1240, 1100), "white")
    draw = ImageDraw.Draw(image)
    body, strong, small = (ImageFont.truetype(regular, 26), ImageFont.truetype(bold, 26), ImageFont.truetype(regular, 21))
    draw.text((620, 60), "QUYẾT ĐỊNH", font=strong, fill="black", anchor="mt")
    draw.text((620, 110), "Về việc giao đất cho các hộ gia đình", font=strong, fill="black", anchor="mt")
    y = 180
    for line in BODY:
        draw.text((150, y), line, font=body, fill="black")
        y += 42
    top = y + 30
    for k, line in enumerate(RECIPIENTS):
        draw.text((150, top + k * 30), line, font=strong if k == 0 else small, fill="black")
    for k, line in enumerate(chain):
        draw.text((880, top + k * 36), line, font=strong, fill="black", anchor="mt")
    draw.text((880, top + 300), name, font=strong, fill="black", anchor="mt")
    ink = Image.new("RGB", image.size, "white")  # the seal and the signature, stamped over the print: the print shows through
    draw = ImageDraw.Draw(ink)
    red, cx, cy, r = (200, 30, 30), 740, top + 150, 115
    for ring in (*range(r - 6, r + 1), *range(r - 30, r - 25)):
        draw.ellipse((cx - ring, cy - ring, cx + ring, cy + ring), outline=red)
    for angle in range(0, 360, 12):  # the ring's lettering, as strokes
        x, y = cx + (r - 18) * math.cos(math.radians(angle)), cy + (r - 18) * math.sin(math.radians(angle))
        draw.line((x - 5, y - 5, x + 5, y + 5), fill=red, width=3)
    draw.line([(820, top + 230), (880, top + 180), (920, top + 240), (1000, top + 200), (1110, top + 210)], fill=(20, 40, 200), width=4)
    return ImageChops.multiply(image, ink)


def draw_scan(fonts: tuple[str, str], chain: list[str], name: str, dpi: int, seal: int = 140, pen: int = 110,
              noise: float = 0.0, skew: float = 0.0) -> Image.Image:
    """A closing page of a greyscale scan at ``dpi``: a seal ring with its lettering and emblem (grey level ``seal``, a
    red seal scanned in grey; 0 for a black one) over the chain's lines and the name, a signature (``pen``) scribbled
    through the chain; then skewed by ``skew`` degrees and with the scanner's noise."""
    s, (regular, bold) = dpi / 150, fonts
    image = Image.new("L", (int(1240 * s), int(1100 * s)), 255)
    draw = ImageDraw.Draw(image)
    body, strong, small = (ImageFont.truetype(regular, int(26 * s)), ImageFont.truetype(bold, int(26 * s)),
                           ImageFont.truetype(regular, int(21 * s)))
    draw.text((620 * s, 60 * s), "QUYẾT ĐỊNH", font=strong, fill=0, anchor="mt")
    for k, line in enumerate(BODY):
        draw.text((150 * s, (180 + 42 * k) * s), line, font=body, fill=0)
    top = 180 + 42 * len(BODY) + 30
    for k, line in enumerate(RECIPIENTS):
        draw.text((150 * s, (top + k * 30) * s), line, font=strong if k == 0 else small, fill=0)
    for k, line in enumerate(chain):
        draw.text((880 * s, (top + k * 36) * s), line, font=strong, fill=0, anchor="mt")
    draw.text((880 * s, (top + 230) * s), name, font=strong, fill=0, anchor="mt")
    marks = Image.new("L", image.size, 255)  # stamped and signed over the print: the print shows through
    draw = ImageDraw.Draw(marks)
    cx, cy, r = 790 * s, (top + 125) * s, 112 * s
    for ring in (r, r - 4 * s, r - 34 * s):
        draw.ellipse((cx - ring, cy - ring, cx + ring, cy + ring), outline=seal, width=max(2, int(3 * s)))
    lettering = ImageFont.truetype(bold, int(20 * s))
    for k, letter in enumerate("ỦY BAN NHÂN DÂN TỈNH AN GIANG *"):
        angle = math.radians(200 + k * 10.5)
        draw.text((cx + (r - 19 * s) * math.cos(angle), cy + (r - 19 * s) * math.sin(angle)), letter, font=lettering, fill=seal,
                  anchor="mm")
    star = [(cx + 40 * s * (1 if i % 2 == 0 else 0.4) * math.cos(math.radians(a)),
             cy + 40 * s * (1 if i % 2 == 0 else 0.4) * math.sin(math.radians(a))) for i, a in enumerate(range(-90, 270, 36))]
    draw.polygon(star, fill=seal)
    width = max(2, int(3 * s))
    draw.line([(x * s, (top + y) * s) for x, y in [(800, 20), (830, 120), (870, 60), (900, 200), (960, 150), (1150, 190)]],
              fill=pen, width=width, joint="curve")
    draw.line([(700 * s, (top + 40) * s), (1050 * s, (top + 95) * s)], fill=pen, width=width)  # a stroke through the chain
    page = ImageChops.multiply(image, marks)
    if skew:
        page = page.rotate(skew, resample=Image.BICUBIC, fillcolor=255)
    if noise:
        grain = np.random.default_rng(17).normal(0, noise, (page.height, page.width))
        page = Image.fromarray(np.clip(np.asarray(page) + grain, 0, 255).astype(np.uint8))
    return page.convert("RGB")


def save(image: Image.Image, path: Path) -> Path:
    if path.suffix == ".pdf":
        image.save(path, resolution=150)  # a PDF page of one scanned image: the blocks' boxes are in points
    else:
        image.save(path)
    return path


def without_signature_column(doc):
    """The document as the page read whole gave it on the real scans: nothing of the signature's column."""
    closing = next(b.prov.bbox[1] for b in doc.blocks if (b.orig or "").startswith("Nơi nhận"))
    middle = max(b.prov.bbox[2] for b in doc.blocks) / 2 + 40
    kept = [b for b in doc.blocks if b.prov.bbox[1] < closing - 5 or b.prov.bbox[0] < middle]
    return doc.model_copy(update={"blocks": kept})



@needs_tesseract
@pytest.mark.parametrize("font, suffix", [("liberation", ".png"), ("dejavu", ".pdf")])
def test_a_signature_column_lost_by_the_page_read_whole_is_read_again_alone(tmp_path, monkeypatch, font, suffix):
    path = save(draw_page(FONTS[font], ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], "Nguyễn Văn Thắng"), tmp_path / f"page{suffix}")
    doc = without_signature_column(parsers.read(path))
    result = run_stages(doc)
    signer = result.metadata.signer
    assert (signer.authority, signer.title, signer.name) == (["KT."], "Phó Chủ tịch", "Nguyễn Văn Thắng")
    source = result.metadata.sources["signer"]
    assert source.source == "ocr" and 0.6 <= source.confidence <= 1 and source.where["page"] == 1
    codes = {w.code for w in result.warnings}
    assert "signature_read_again" in codes and not codes & {"missing_signer", "missing_signer_title", "missing_signer_name"}
    # without the second reading, the page read whole gives no signature at all
    monkeypatch.setattr(meta_stage, "reread_signer", lambda *args: None)
    assert run_stages(doc).metadata.signer.name is None


@needs_tesseract
def test_a_name_ocr_cannot_spell_is_not_taken_from_the_second_reading(tmp_path):
    path = save(draw_page(FONTS["liberation"], ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], "Nguyzễn Văn Thắng"), tmp_path / "page.png")
    result = run_stages(without_signature_column(parsers.read(path)))
    assert result.metadata.signer.name is None
    assert result.metadata.signer.title == "Phó Chủ tịch"  # the position is read; the name is not guessed
    assert "missing_signer_name" in {w.code for w in result.warnings}


GREY_SCANS = [("liberation", ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], "Phó Chủ tịch", "Nguyễn Văn Thắng", {"dpi": 200, "noise": 12, "skew": 0.6}),
              ("dejavu", ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"], "Phó Giám đốc", "Lê Thị Mai Hương", {"dpi": 300, "noise": 6, "skew": -0.4})]


@needs_tesseract
@pytest.mark.parametrize("font, chain, title, name, scan", GREY_SCANS)
def test_a_grey_seal_and_signature_over_the_block_of_a_greyscale_scan_are_left_out(tmp_path, monkeypatch, font, chain, title, name,
                                                                                   scan):
    doc = parsers.read(save(draw_scan(FONTS[font], chain, name, **scan), tmp_path / "page.png"))
    signer = run_stages(doc).metadata.signer
    assert (signer.authority, signer.title, signer.name) == (["KT."], title, name)
    # without the grey marks cut away, the ring and the stroke through the chain leave no position that can be trusted
    monkeypatch.setattr(ocr, "dark_ink", lambda gray: None)
    assert run_stages(doc).metadata.signer.title is None


@needs_tesseract
def test_a_name_is_taken_from_a_later_reading_when_the_first_gives_no_family_name(tmp_path, monkeypatch):
    name = "Nguyễn Văn Thắng"
    doc = without_signature_column(parsers.read(save(draw_page(FONTS["liberation"], ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], name),
                                                     tmp_path / "page.png")))
    read_region = ocr.read_region

    def misread_first(*args):  # the first reading spells a syllable that is no family name where the name is
        readings = read_region(*args)
        first = [b.model_copy(update={"orig": b.orig.replace("Nguyễn", "Hoằng")}) for b in readings[0]]
        return [first, *readings[1:]]

    monkeypatch.setattr(ocr, "read_region", misread_first)
    assert run_stages(doc).metadata.signer.name == name


@needs_tesseract
def test_a_black_seal_over_the_block_gives_no_signer_and_says_where(tmp_path):
    path = save(draw_scan(FONTS["liberation"], ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], "Nguyễn Văn Thắng", dpi=200, seal=0, pen=0,
                          noise=8, skew=0.3), tmp_path / "page.png")
    result = run_stages(parsers.read(path))
    signer = result.metadata.signer
    assert signer.name in (None, "Nguyễn Văn Thắng") and signer.title in (None, "Phó Chủ tịch")  # never another value
    assert signer.authority in ([], ["KT."]) and (signer.title is None) == (signer.authority == [])
    missing = [w for w in result.warnings if w.code in ("missing_signer", "missing_signer_name", "missing_signer_title")]
    assert missing and all(w.where["page"] == 1 and len(w.where["bbox"]) == 4 for w in missing)


def test_the_print_alone_is_kept_when_grey_marks_lie_over_it():
    image = Image.new("L", (600, 300), 255)
    draw = ImageDraw.Draw(image)
    draw.text((40, 40), "KT. CHỦ TỊCH", font=ImageFont.truetype(FONTS["liberation"][1], 48), fill=0)
    assert ocr.dark_ink(image) is None  # black print only: nothing to cut
    draw.ellipse((20, 10, 300, 290), outline=140, width=8)
    draw.line((0, 60, 600, 110), fill=110, width=6)
    cleaned = np.asarray(ocr.dark_ink(image))
    assert cleaned[150, 20:30].min() == 255 and cleaned[5:290, 300].min() == 255  # the ring and the stroke are gone
    assert (cleaned < 128).sum() > 0.8 * (np.asarray(image) < 60).sum()  # the print is kept


def test_a_prefix_line_whose_head_is_cut_makes_the_chain_unsure():
    cut = [_line("KT. CHỦ TỊ'", 100), _line("PHÓ CHỦ TỊCH", 118), _line("Nguyễn Văn Thắng", 200)]
    assert meta_stage._line_lost_in_chain(cut)  # the KT. would be lost: the deputy's position with no authority
    whole = [_line("TM. ỦY BAN NHÂN DÂN", 82), _line("KT. CHỦ TỊCH", 100), _line("PHÓ CHỦ TỊCH", 118), _line("Nguyễn Văn Thắng", 200)]
    assert not meta_stage._line_lost_in_chain(whole)  # TM. names a body, not a position
    dotted = [_line("KT. GIÁM ĐỐC,", 100), _line("PHÓ GIÁM ĐỐC", 118), _line("Trần Văn Hùng", 200)]
    assert not meta_stage._line_lost_in_chain(dotted)  # a stray mark after the head is no cut


def _line(text: str, top: float, confidence: float = 95.0, left: float = 380.0) -> Block:
    return normalise_block(Block(id="r", orig=text, prov=Provenance(reader="ocr", page=1, bbox=(left, top, left + 150, top + 12),
                                                                     ocr_confidence=confidence)))


def test_a_chain_with_an_unreadable_line_above_the_name_gives_no_position():
    # "KT. CHỦ TỊCH" read, the deputy's line under the seal read as smudge: "Chủ tịch" would be a confident wrong position
    smudged = [_line("KT. CHỦ TỊCH", 100), _line("SN PO HỦ TỊCH", 118, confidence=27.5), _line("Nguyễn Văn Thắng", 200)]
    assert meta_stage._line_lost_in_chain(smudged)
    clean = [_line("KT. CHỦ TỊCH", 100), _line("PHÓ CHỦ TỊCH", 118), _line("`", 150, confidence=20), _line("Nguyễn Văn Thắng", 200)]
    assert not meta_stage._line_lost_in_chain(clean)
    lost_prefix = [_line("7. CHỦ TỊCH", 100, confidence=79), _line("CHÁNH VĂN PHÒNG", 118), _line("Nguyễn Văn Thắng", 200)]
    assert meta_stage._line_lost_in_chain(lost_prefix)  # "TL." read as "7.": the chain would make the head the signer
    # the head's post printed again as its deputy's under it tells the "KT." (s56: read as KT. / Phó Chủ tịch)
    deputy_under = [_line("7. CHỦ TỊCH", 100, confidence=79), _line("PHÓ CHỦ TỊCH", 118), _line("Nguyễn Văn Thắng", 200)]
    assert not meta_stage._line_lost_in_chain(deputy_under)


@pytest.mark.parametrize("chain", [("KT. TỔ TRƯỞNG", "PHÓ TỔ TRƯỞNG THƯỜNG TRỰC"), ("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"),
                                   ("TL. CỤC TRƯỞNG", "KT. TRƯỞNG BAN", "PHÓ TRƯỞNG BAN")])
def test_a_chain_read_whole_is_not_undone_by_smudges_below_it_or_by_the_body_above(chain):
    # the body's last line smudged (an e-mail address), two lines above the block; a second title line under the seal,
    # between the signature and the name: neither can be part of the chain, which ends with the position that signs
    lines = [_line("UFSOT.VI€TIĐ@/SOQC.EOV.VH).", 40, confidence=0.0), _line("tội phạm về ma túy, Bộ Công an.", 58),
             *(_line(text, 100 + 16 * k) for k, text in enumerate(chain)),
             _line("ÁP SỐ SÀU", 100 + 16 * len(chain) + 30, confidence=21.3), _line("Đại tá Bùi Duy Hưng", 220)]
    assert not meta_stage._line_lost_in_chain(lines)
    # the same smudge right above the chain's first line may be a line of it ("TM. ỦY BAN NHÂN DÂN" under the seal)
    above = [_line("ÁP SỐ SÀU", 84, confidence=21.3), *lines[2:]]
    assert meta_stage._line_lost_in_chain(above)


def test_the_region_is_not_narrowed_by_a_recipients_line_read_with_the_signature_column():
    # OCR read a recipients' line and the signature's line beside it as one row: its end is the signature's, not the column's
    body = [_line("tội phạm về ma túy, Bộ Công an (điện thoại: 0988.688.580)./.", 545, left=96), _line("Nơi nhận:", 583, left=95),
            _line("- Bộ Công an, Bộ Công Thương, Bộ Tài chính, Bộ Y PHÓ TỔ TRƯỞNG THƯỜNG TRỰC", 597, left=96),
            _line("- UBND các tỉnh, thành phố (để báo cáo);", 632, left=95), _line("- Lưu: VT.", 722, left=95),
            _line("Mọi thông tin cần trao đổi, đề nghị các đơn vị liên hệ Cục Cảnh sát", 504, left=130)]
    body[0].prov.bbox, body[5].prov.bbox = (96, 545, 556, 557), (130, 504, 556, 516)
    body[2].prov.bbox, body[3].prov.bbox = (96, 597, 552, 609), (95, 632, 276, 644)
    page, (x0, top, x1, bottom) = meta_stage.signature_region(body, 0)
    assert 276 < x0 < 300  # the signature's lines start left of the page's middle, right of the column's real end


def test_the_region_is_the_column_right_of_the_recipients():
    body = [_line("hành Quyết định này./.", 500, left=85), _line("Nơi nhận:", 530, left=90),
            _line("- Các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ;", 545, left=90),
            _line("- Lưu: VT.", 560, left=90), _line("Thủ tướng, các Phó Thủ tướng và các bộ ngành", 400, left=85)]
    body[2].prov.bbox = (90, 545, 331, 557)
    body[4].prov.bbox = (85, 400, 540, 412)
    page, (x0, top, x1, bottom) = meta_stage.signature_region(body, 0)
    assert page == 1 and 331 < x0 < 360 and top < 530 and bottom > 700 and x1 >= 540


def test_a_closing_not_read_by_ocr_is_never_read_again(write_text, monkeypatch):
    monkeypatch.setattr(ocr, "read_region", lambda *args: pytest.fail("a text document's closing was sent to OCR"))
    doc = run_stages(parsers.read(write_text("QUYẾT ĐỊNH\nVề việc giao đất\nĐiều 1. Giao đất.\nNơi nhận:\n- Như Điều 1;\n")))
    assert doc.metadata.signer.name is None


# ---------------------------------------------------------------------------------------------------
# An OCR'd title whose end a seal or a smudge garbled (realdocs2 103: "… người làm công tác cơ yếu Í gốNG Hưng")


def _ocr_document(title: str) -> list[Block]:
    lines = ["QUYẾT ĐỊNH", title, "Căn cứ Luật Tổ chức Chính phủ ngày 18 tháng 02 năm 2025;"]
    return [normalise_block(Block(id=f"b{k:04d}", orig=text, prov=Provenance(reader="ocr", page=1, line_start=k, line_end=k,
                                                                                 bbox=(90, 100 + 20 * k, 500, 112 + 20 * k),
                                                                                 ocr_confidence=90.0)))
            for k, text in enumerate(lines, start=1)]


@pytest.mark.parametrize("printed, kept", [
    ("Quy định lễ tang đối với quân nhân, công nhân quốc phòng; người làm công tác cơ yếu Í gốNG Hưng",
     "Quy định lễ tang đối với quân nhân, công nhân quốc phòng; người làm công tác cơ yếu"),
    ("Về việc giao đất cho Ban Quản lý dự án Đầu tư xây dựng huyện Mộ Đức để thực hiện dự án xzqh vrtk",
     "Về việc giao đất cho Ban Quản lý dự án Đầu tư xây dựng huyện Mộ Đức để thực hiện dự án"),
])
def test_an_ocr_title_is_cut_at_its_garbled_end_with_a_warning(printed, kept):
    title, block, issues = meta_stage.read_title(meta_stage.Layout.of(_ocr_document(printed)))
    assert title == kept
    assert [i.code for i in issues] == ["title_garbled"]


@pytest.mark.parametrize("printed", [
    "Triển khai dịch vụ công trực tuyến toàn trình trên Internet",  # one loanword is no garbage
    "Hướng dẫn chính sách thuế TNDN theo Nghị định số 320/2025/NĐ-CP",  # abbreviations and symbols in capitals
])
def test_an_ocr_title_with_loanwords_or_abbreviations_is_kept_whole(printed):
    title, _, issues = meta_stage.read_title(meta_stage.Layout.of(_ocr_document(printed)))
    assert title == printed and not issues
