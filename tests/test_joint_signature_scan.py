"""A joint document's scan whose signature columns the page read whole lost or misread (s18). Two or three bodies sign
side by side ("TM. BAN THƯỜNG VỤ … / BÍ THƯ" beside "TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH"; two ministers). The second
reading of the signature read only the right-hand column and put its person, a co-signer, in the signer's place: a
confident wrong value. Now the closing is read across its whole width, column by column, in the order printed: the
first column's signer is ``signer``, the others ``co_signers``; a column that cannot be read is null with a warning.

The pages are drawn here (names, bodies and numbers made up); a column is made unreadable by a black seal's ink over
it. OCR costs seconds: one page per case, read once per module."""

from __future__ import annotations

import pytest
from PIL import Image, ImageDraw, ImageFont

import parsers
from pipeline.model import Block, Provenance
from pipeline.run import run_stages
from pipeline.stages import metadata as meta_stage
from pipeline.stages.clean import normalise_block
from test_signature_scan import BODY, FONTS, needs_tesseract

PARTY_AND_PROVINCE = ("TỈNH ỦY QUẢNG TRỊ - ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ", "Số: 15/KH-TU-UBND", "KẾ HOẠCH LIÊN TỊCH",
                      [(["TM. BAN THƯỜNG VỤ", "BÍ THƯ"], "Lê Quang Hưng"),
                       (["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"], "Võ Văn Phong")])
THREE_BODIES = ("SỞ Y TẾ - SỞ NỘI VỤ - TỈNH ĐOÀN", "Số: 04/KHLT-SYT-SNV-TĐ", "KẾ HOẠCH LIÊN TỊCH",
                [(["GIÁM ĐỐC", "SỞ Y TẾ"], "Trần Thị Lan"), (["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"], "Phạm Văn Hùng"),
                 (["TM. BAN THƯỜNG VỤ", "BÍ THƯ"], "Nguyễn Thanh Bình")])


def draw_joint_page(header: str, number: str, heading: str, columns: list[tuple[list[str], str]],
                    blacked: int | None = None, centres: list[float] | None = None, signed: bool = False) -> Image.Image:
    """A joint document's first page at 150 dpi: the joint header, the body, the signature columns side by side across
    the width (each chain, a space for the signature, the name), "Nơi nhận" under them; column ``blacked`` under a
    black seal's ink. ``centres``: where each column is centred (evenly across the width by default); ``signed``: a
    pen's signature (a looping blue stroke) in each column."""
    regular, bold = FONTS["liberation"]
    image = Image.new("RGB", (1240, 1250), "white")
    draw = ImageDraw.Draw(image)
    body, strong = ImageFont.truetype(regular, 26), ImageFont.truetype(bold, 26)
    draw.text((620, 40), header, font=strong, fill="black", anchor="mt")
    draw.text((620, 85), "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", font=strong, fill="black", anchor="mt")
    draw.text((620, 120), "Độc lập - Tự do - Hạnh phúc", font=strong, fill="black", anchor="mt")
    draw.text((150, 170), number, font=body, fill="black")
    draw.text((700, 170), "Đông Hà, ngày 5 tháng 3 năm 2026", font=body, fill="black")
    draw.text((620, 230), heading, font=strong, fill="black", anchor="mt")
    draw.text((620, 275), "Phối hợp thực hiện công tác dân vận năm 2026", font=strong, fill="black", anchor="mt")
    y = 340
    for line in BODY:
        draw.text((150, y), line, font=body, fill="black")
        y += 42
    top = y + 40
    width = 1000 / len(columns)
    for k, (chain, name) in enumerate(columns):
        centre = centres[k] if centres else 120 + width * (k + 0.5)
        if signed:
            draw.line([(centre - 90, top + 170), (centre - 40, top + 115), (centre, top + 175), (centre + 40, top + 120),
                       (centre + 100, top + 165)], fill=(30, 60, 190), width=4, joint="curve")
        for j, line in enumerate(chain):
            draw.text((centre, top + 36 * j), line, font=strong, fill="black", anchor="mt")
        draw.text((centre, top + 230), name, font=strong, fill="black", anchor="mt")
        if k == blacked:  # ink over the whole column: nothing of it can be read
            draw.rectangle((centre - width / 2 + 15, top - 10, centre + width / 2 - 15, top + 270), fill="black")
    for j, line in enumerate(["Nơi nhận:", "- Như trên;", "- Lưu: VT."]):
        draw.text((150, top + 320 + 30 * j), line, font=strong if j == 0 else body, fill="black")
    return image


def without_signature_rows(doc):
    """The document as the page read whole gave it on the real scans: nothing of the signature columns."""
    closing = next(b.prov.bbox[1] for b in doc.blocks if (b.orig or "").startswith("Nơi nhận"))
    body_end = max(b.prov.bbox[3] for b in doc.blocks if "./." in (b.orig or ""))
    return doc.model_copy(update={"blocks": [b for b in doc.blocks if not body_end < b.prov.bbox[1] < closing - 5]})


_CASES = {
    "two, both lost": (PARTY_AND_PROVINCE, None, True),
    "two, the left unreadable": (PARTY_AND_PROVINCE, 0, True),
    "two, the left unreadable, the right read whole": (PARTY_AND_PROVINCE, 0, False),
    "two, the right unreadable": (PARTY_AND_PROVINCE, 1, True),
    "three, the middle unreadable": (THREE_BODIES, 1, True),
}


@pytest.fixture(scope="module")
def read(tmp_path_factory):
    """Each case's page drawn, read and processed once."""
    done = {}

    def reading(case: str):
        if case not in done:
            (header, number, heading, columns), blacked, lost = _CASES[case]
            path = tmp_path_factory.mktemp("joint") / "page.png"
            draw_joint_page(header, number, heading, columns, blacked).save(path)
            doc = parsers.read(path)
            done[case] = run_stages(without_signature_rows(doc) if lost else doc)
        return done[case]
    return reading


def _signers(doc) -> list[tuple]:
    return [(s.title, s.name) for s in (doc.metadata.signer, *doc.metadata.co_signers)]


@needs_tesseract
def test_both_columns_lost_are_read_again_in_the_order_printed(read):
    doc = read("two, both lost")
    assert doc.metadata.issuer.joint == ["TỈNH ỦY QUẢNG TRỊ", "ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ"]
    assert _signers(doc) == [("Bí thư", "Lê Quang Hưng"), ("Chủ tịch", "Võ Văn Phong")]
    assert doc.metadata.co_signers[0].signs_for == "ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ"
    assert "signature_read_again" in {w.code for w in doc.warnings}


@needs_tesseract
@pytest.mark.parametrize("case", ["two, the left unreadable", "two, the left unreadable, the right read whole"])
def test_the_right_columns_person_never_takes_the_signers_place(read, case):
    doc = read(case)
    signer = doc.metadata.signer
    assert (signer.name, signer.title) == (None, None)
    assert _signers(doc)[1:] == [("Chủ tịch", "Võ Văn Phong")]
    codes = {w.code for w in doc.warnings}
    assert {"missing_signer_name", "missing_signer_title"} <= codes
    assert "signer" not in doc.metadata.sources


@needs_tesseract
def test_an_unreadable_right_column_leaves_its_co_signer_out_with_a_warning(read):
    doc = read("two, the right unreadable")
    assert _signers(doc) == [("Bí thư", "Lê Quang Hưng")]
    assert any(w.code == "co_signer_incomplete" and w.message.startswith("co-signer 2") for w in doc.warnings)


@needs_tesseract
def test_three_columns_keep_their_places_around_an_unreadable_one(read):
    doc = read("three, the middle unreadable")
    assert _signers(doc) == [("Giám đốc Sở Y tế", "Trần Thị Lan"), (None, None), ("Bí thư", "Nguyễn Thanh Bình")]
    assert any(w.code == "co_signer_incomplete" and w.message.startswith("co-signer 2") for w in doc.warnings)


def _line(text: str, left: float, top: float) -> Block:
    return normalise_block(Block(id=f"b{int(left)}{int(top)}", orig=text, prov=Provenance(
        reader="ocr", page=1, bbox=(left, top, left + 200, top + 14), ocr_confidence=90.0)))


def test_chains_side_by_side_are_counted_on_one_height():
    # no joint header read: two "TM." lines at one height make the closing two columns; one under the other do not
    side = [_line("TM. BAN THƯỜNG VỤ", 100, 600), _line("TM. ỦY BAN NHÂN DÂN", 700, 602), _line("BÍ THƯ", 130, 620)]
    assert meta_stage._chains_side_by_side(side) == 2
    stacked = [_line("TM. ỦY BAN NHÂN DÂN", 700, 600), _line("KT. CHỦ TỊCH", 700, 620), _line("PHÓ CHỦ TỊCH", 700, 640)]
    assert meta_stage._chains_side_by_side(stacked) == 1
    # a skewed scan's chain: "TL. CỤC TRƯỞNG" over a wider "KT. TRƯỞNG BAN …", their boxes touching
    touching = [_line("TL. CỤC TRƯỞNG", 366, 530), _line("KT. TRƯỞNG BAN BAN CHÍNH SÁCH", 264, 543)]
    assert meta_stage._chains_side_by_side(touching) == 1


def test_a_line_is_placed_in_its_column_and_a_row_across_two_is_not():
    columns = [(100.0, 500.0, 600.0, 800.0), (600.0, 500.0, 1100.0, 800.0)]
    assert meta_stage._column_of(_line("Lê Quang Hưng", 200, 700), 1, columns) == 0
    assert meta_stage._column_of(_line("Võ Văn Phong", 750, 700), 1, columns) == 1
    wide = _line("TM. BAN THƯỜNG VỤ TM. ỦY BAN NHÂN DÂN", 150, 600)
    wide.prov.bbox = (150, 600, 1000, 614)
    assert meta_stage._column_of(wide, 1, columns) is None
    assert meta_stage._column_of(_line("Lê Quang Hưng", 200, 700), 2, columns) is None  # another page
    # uneven columns (a wide left one): a line is placed by where they part, not by the region's middle
    uneven = [(100.0, 500.0, 760.0, 800.0), (760.0, 500.0, 1100.0, 800.0)]
    assert meta_stage._column_of(_line("PHÓ BÍ THƯ THƯỜNG TRỰC", 480, 640), 1, uneven) == 0
