"""A seal laid OVER the print of a scan's signature block (an e-office seal image pasted on the page, a stamp whose ink
covers the toner): where its ring crosses the letters of the name, the letters have no black pixels left, and cutting
the seal's colour out leaves them broken ("Hoàng" read "Huằng", "#uảng"; realdocs2 114 and 115). Read again alone,
the block's letters are mended where a coloured stroke cut them (black on both sides of a thin coloured band).

The pages are drawn here, in two fonts, at 200 and 300 dpi, slightly rotated, "Nơi nhận" on the left; the full page's
reading of the signature column is dropped, so the name can come only from the second reading of the block."""

from __future__ import annotations

import math

import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageFont

import parsers
from parsers import ocr
from pipeline.run import run_stages
from pipeline.stages import metadata as meta_stage
from tests.test_signature_scan import FONTS, _line, draw_page, save, without_signature_column

needs_tesseract = pytest.mark.skipif(ocr.tesseract_problem() is not None, reason=str(ocr.tesseract_problem()))

BODY = ["Điều 4. Chánh Văn phòng Sở, Trưởng phòng Quản lý công nghiệp, Trưởng phòng",
        "Kế hoạch và các tổ chức, cá nhân có liên quan chịu trách nhiệm thi hành Quyết",
        "định này./."]
RECIPIENTS = ["Nơi nhận:", "- Như Điều 4;", "- UBND tỉnh (để báo cáo);", "- Ban Giám đốc Sở;", "- Lưu: VT, QLCN."]


def draw_overlaid_seal(fonts: tuple[str, str], chain: list[str], name: str, dpi: int, colour: tuple[int, int, int],
                       skew: float = 0.0) -> Image.Image:
    """A closing page at ``dpi``: the chain and the name on the right, a seal of ``colour`` pasted over them (its two
    rings and lettering hide the print under them) whose rings cross the name's first letters, a blue signature."""
    s, (regular, bold) = dpi / 150, fonts
    image = Image.new("RGB", (int(1240 * s), int(1000 * s)), "white")
    draw = ImageDraw.Draw(image)
    body, strong, small = (ImageFont.truetype(regular, int(26 * s)), ImageFont.truetype(bold, int(28 * s)),
                           ImageFont.truetype(regular, int(21 * s)))
    draw.text((620 * s, 60 * s), "QUYẾT ĐỊNH", font=strong, fill="black", anchor="mt")
    for k, line in enumerate(BODY):
        draw.text((150 * s, (150 + 42 * k) * s), line, font=body, fill="black")
    text_right = max(draw.textbbox((150 * s, 0), line, font=body)[2] for line in BODY)
    middle = 150 * s + 0.74 * (text_right - 150 * s)  # the signature column's middle, as a page sets it
    top = 280
    for k, line in enumerate(RECIPIENTS):
        draw.text((150 * s, (top + k * 30) * s), line, font=strong if k == 0 else small, fill="black")
    for k, line in enumerate(chain):
        draw.text((middle, (top + k * 38) * s), line, font=strong, fill="black", anchor="mt")
    name_top = top + 260
    draw.text((middle, name_top * s), name, font=strong, fill="black", anchor="mt")
    left = draw.textbbox((middle, name_top * s), name, font=strong, anchor="mt")[0]
    # the rings' lowest arc runs through the upper half of the name's first letters
    r, stroke = 125 * s, max(2, round(2.2 * s))
    cx, cy = left + 40 * s, (name_top + 14) * s - r
    for ring in (r, r - 5 * s, r - 26 * s):
        draw.ellipse((cx - ring, cy - ring, cx + ring, cy + ring), outline=colour, width=stroke)
    lettering = ImageFont.truetype(bold, int(17 * s))
    for k, letter in enumerate("SỞ CÔNG THƯƠNG TỈNH AN GIANG *"):
        angle = math.radians(160 + k * 11)
        draw.text((cx + (r - 13 * s) * math.cos(angle), cy + (r - 13 * s) * math.sin(angle)), letter, font=lettering,
                  fill=colour, anchor="mm")
    draw.text((cx, cy), "SỞ CÔNG THƯƠNG", font=ImageFont.truetype(bold, int(20 * s)), fill=colour, anchor="mm")
    draw.line([(x * s, (top + y) * s) for x, y in [(930, 120), (960, 200), (990, 150), (1150, 170)]],
              fill=(30, 50, 190), width=max(2, int(3 * s)), joint="curve")
    if skew:
        image = image.rotate(skew, resample=Image.BICUBIC, fillcolor="white")
    return image


SEALED = [("liberation", ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"], "Hoàng Văn Nam", 300, (215, 40, 45), 0.0, ".png"),
          ("dejavu", ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"], "Đặng Quốc Tuấn", 300, (40, 60, 205), 0.3, ".png")]


@needs_tesseract
@pytest.mark.parametrize("font, chain, name, dpi, colour, skew, suffix", SEALED)
def test_a_name_whose_letters_a_seal_laid_over_cuts_is_mended_when_read_again(tmp_path, font, chain, name, dpi, colour,
                                                                              skew, suffix):
    path = save(draw_overlaid_seal(FONTS[font], chain, name, dpi, colour, skew), tmp_path / f"page{suffix}")
    signer = run_stages(without_signature_column(parsers.read(path))).metadata.signer
    assert signer.name == name


@needs_tesseract
@pytest.mark.parametrize("chain, name, suffix", [(["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], "Nguyễn Thị Hồng", ".pdf"),
                                                 (["GIÁM ĐỐC"], "Hoàng Chí Hiền", ".pdf"),
                                                 (["GIÁM ĐỐC"], "Hoàng Quốc Hùng", ".png")])
def test_a_seal_that_hides_a_tone_mark_at_200_dpi_gives_the_name_or_none(tmp_path, chain, name, suffix):
    # at 200 dpi (in a PDF, JPEG-compressed) the ring hides the mark of "Nguyễn" / "Hoàng" or leaves it unsure: what the
    # pixels cannot tell is null with a warning, never another name (a guard: it held before the mending too)
    path = save(draw_overlaid_seal(FONTS["liberation"], chain, name, 200, (220, 50, 40), -0.3), tmp_path / f"page{suffix}")
    result = run_stages(without_signature_column(parsers.read(path)))
    assert result.metadata.signer.name in (None, name)
    if result.metadata.signer.name is None:
        assert {"missing_signer_name", "missing_signer"} & {w.code for w in result.warnings}


def test_mending_fills_only_a_thin_coloured_band_between_black_print():
    image = Image.new("RGB", (200, 100), "white")
    draw = ImageDraw.Draw(image)
    draw.rectangle((40, 10, 50, 90), fill="black")  # a letter's stem
    draw.rectangle((0, 45, 199, 50), fill=(210, 30, 30))  # a ring's stroke across it and across the paper
    draw.rectangle((120, 20, 180, 80), fill=(210, 30, 30))  # a seal's filled emblem: no print under it to mend
    mended = np.asarray(ocr.without_seal(image, mend=10))
    assert mended[45:51, 40:51].max() < 128  # the stem is whole again
    assert mended[45:51, 0:35].min() == 255 and mended[45:51, 60:110].min() == 255  # the stroke over paper is gone
    assert mended[20:81, 120:181].min() == 255  # so is the emblem
    assert np.asarray(ocr.without_seal(image))[45:51, 40:51].min() == 255  # unmended, the stem is cut


@needs_tesseract
@pytest.mark.parametrize("misread, taken", [("Nguyẽn Văn Thẳng", None), ("Nguyẽn Văn Thắng", "Nguyễn Văn Thắng"),
                                            ("Sẽ Nguyễn Văn Thắng", "Nguyễn Văn Thắng")])  # a smudge read as a word
def test_a_reading_whose_family_name_is_garbled_still_vetoes_other_given_names(tmp_path, monkeypatch, misread, taken):
    # realdocs2 115: one reading "Hoăng Văn Thuân" (the seal over the family name), the others "Hoàng Văn Thuần" (a tone
    # misread): the given names disagree, so which is printed cannot be told; "Hoàng Văn Thuần" was taken
    name = "Nguyễn Văn Thắng"
    doc = without_signature_column(parsers.read(save(draw_page(FONTS["liberation"], ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], name),
                                                     tmp_path / "page.png")))
    read_region = ocr.read_region

    def garbled_first(*args):
        readings = read_region(*args)
        return [[b.model_copy(update={"orig": b.orig.replace(name, misread)}) for b in readings[0]], *readings[1:]]

    monkeypatch.setattr(ocr, "read_region", garbled_first)
    result = run_stages(doc)
    assert result.metadata.signer.name == taken
    assert result.metadata.signer.title == "Phó Chủ tịch"  # the position is read all the same
    assert ("missing_signer_name" in {w.code for w in result.warnings}) == (taken is None)


@needs_tesseract
@pytest.mark.parametrize("mark", ["-", "="])
def test_a_stroke_tip_before_the_name_read_as_a_dash_is_passed_over_in_the_column_read_alone(tmp_path, monkeypatch, mark):
    # realdocs2 114: the signature's stroke ends right before the name, read "- Hoàng Chí Hiền" (a recipient's line to
    # the block read whole); the column read alone has no recipients
    name = "Nguyễn Văn Thắng"
    doc = without_signature_column(parsers.read(save(draw_page(FONTS["dejavu"], ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], name),
                                                     tmp_path / "page.png")))
    read_region = ocr.read_region
    monkeypatch.setattr(ocr, "read_region", lambda *args: [[b.model_copy(update={"orig": b.orig.replace(name, f"{mark} {name}")})
                                                            for b in reading] for reading in read_region(*args)])
    assert run_stages(doc).metadata.signer.name == name


def test_the_grey_fringe_of_a_coloured_stroke_goes_with_it_when_mending():
    image = Image.new("RGB", (200, 100), "white")
    draw = ImageDraw.Draw(image)
    draw.rectangle((40, 10, 50, 90), fill="black")
    draw.rectangle((0, 43, 199, 52), fill=(225, 190, 190))  # the blurred edge of a ring's stroke: pale, not red enough
    draw.rectangle((0, 45, 199, 50), fill=(210, 30, 30))
    mended = np.asarray(ocr.without_seal(image, mend=10))
    assert mended[43:53, 60:199].min() == 255  # no grey outline left across the line
    assert mended[43:53, 40:51].max() < 128  # the stem is whole
    assert np.asarray(ocr.without_seal(image))[43, 60:199].max() < 255  # not mending, the fringe is kept (as before)


@pytest.mark.parametrize("chain, under", [(["KT. TỔ TRƯỞNG", "PHÓ TỔ TRƯỞNG THƯỜNG TRỰC"], ["CỤC CẢNH SÁT ĐTTP VỀ MA TÚY"]),
                                          (["TL. CHỦ TỊCH", "CHÁNH VĂN PHÒNG"], ["VĂN PHÒNG ĐOÀN ĐBQH VÀ HĐND"]),
                                          (["KT. CỤC TRƯỞNG", "PHÓ CỤC TRƯỞNG"], ["PHÒNG CẢNH SÁT MA TÚY"])])
def test_a_title_line_printed_under_the_signature_is_no_part_of_the_position(chain, under):
    # realdocs2 109: "PHÓ CỤC TRƯỞNG / CỤC CẢNH SÁT ĐTTP VỀ MA TÚY" under the signature, over the name, is the signer's
    # other office; read clearly once the seal's fringe is cut away, it was added to the position
    lines = [*(_line(text, 100 + 16 * k) for k, text in enumerate(chain)),
             *(_line(text, 200 + 16 * k) for k, text in enumerate(under)), _line("Đại tá Bùi Duy Hưng", 200 + 16 * len(under))]
    signer = meta_stage.read_signer(lines, 0)[0]
    close = meta_stage.read_signer([*lines[: len(chain)], *(_line(text, 100 + 16 * (len(chain) + k)) for k, text in enumerate(under)),
                                    lines[-1]], 0)[0]
    assert signer.name == "Bùi Duy Hưng" and signer.authority == [chain[0].split()[0]]
    assert signer.title_as_printed is None or not any(word in signer.title_as_printed for word in under)
    assert signer.title and signer.title.upper().startswith(chain[-1])
    assert close.title != signer.title  # printed right under the chain, the same line is read as part of it


@needs_tesseract
@pytest.mark.parametrize("colour, split", [((215, 40, 45), False), ((40, 60, 205), False), (None, True)])
def test_a_crop_whose_marks_were_in_colour_is_not_split_in_grey_levels(tmp_path, monkeypatch, colour, split):
    # realdocs2 115: the seal cut out by its colour, splitting the print's own grey edges off thinned "Thuân" into
    # "Thuần" in two more readings; a greyscale scan (its seal and signature grey) still needs the split
    page = draw_overlaid_seal(FONTS["liberation"], ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"], "Hoàng Văn Nam", 300, colour or (215, 40, 45))
    path = save(page if colour else page.convert("L").convert("RGB"), tmp_path / "page.png")
    calls = []
    dark_ink = ocr.dark_ink
    monkeypatch.setattr(ocr, "dark_ink", lambda gray: calls.append(gray) or dark_ink(gray))
    assert ocr.read_region(path, 1, (1000.0, 500.0, 2300.0, 1300.0))
    assert bool(calls) == split
