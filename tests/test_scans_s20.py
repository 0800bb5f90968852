"""Scans (s20): where a joint document's signature columns part, and handwritten numbers and days.

Joint plans print their signature columns unevenly: a wide column for the body whose title is long ("TM. BAN THƯỜNG VỤ
TỈNH ỦY" over "PHÓ BÍ THƯ THƯỜNG TRỰC"), a narrow one beside it, a seal stamped over the gap between them. Split at the
region's middle, the wide column's lines were cut in two and each half read with the other column. The gap is now
found in the ink. Pages are drawn here (names, bodies and numbers made up); OCR costs seconds a page, so the full
reading runs on a few pages, once per module, and the gap on many drawn variants without OCR."""

from __future__ import annotations

import pytest
from PIL import Image, ImageDraw, ImageFont

import parsers
from parsers import ocr
from pdfmaker import as_jpeg, sealed
from pipeline.run import run_stages
from test_joint_signature_scan import draw_joint_page, without_signature_rows
from test_signature_scan import BODY, FONTS, needs_tesseract

DPI = 150
CLOSING_TOP = 340 + 42 * len(BODY) + 40  # where draw_joint_page starts the signature columns
WIDE_LEFT = [(["TM. BAN THƯỜNG VỤ TỈNH ỦY", "PHÓ BÍ THƯ THƯỜNG TRỰC"], "Lê Quang Hưng", 470),
             (["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"], "Võ Văn Phong", 985)]
NARROW_LEFT = [(["TM. BAN THƯỜNG VỤ", "BÍ THƯ"], "Lê Quang Hưng", 330),
               (["TM. ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ", "PHÓ CHỦ TỊCH THƯỜNG TRỰC"], "Võ Văn Phong", 830)]


def joint_page(columns: list[tuple[list[str], str, float]], seal_at: float | None = None) -> Image.Image:
    """A joint plan's page at 150 dpi, its signature columns centred at the given x (each chain in capitals, a
    signature, the name); a red seal over x ``seal_at``."""
    image = draw_joint_page("TỈNH ỦY QUẢNG TRỊ - ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ", "Số: 15/KH-TU-UBND", "KẾ HOẠCH LIÊN TỊCH",
                            [(chain, name) for chain, name, _ in columns], centres=[c for *_, c in columns], signed=True)
    if seal_at is not None:
        image = sealed(image, [(seal_at * 72 / DPI, (CLOSING_TOP + 110) * 72 / DPI)], DPI, radius=38)
    return image


CLOSING = (120.0, CLOSING_TOP - 20.0, 1180.0, CLOSING_TOP + 280.0)  # the signature columns' region, in pixels


# the gap between two columns' widest lines, in pixels of the drawn page
def _gap(columns) -> tuple[float, float]:
    font = ImageFont.truetype(FONTS["liberation"][1], 26)
    (lines_1, name_1, centre_1), (lines_2, name_2, centre_2) = columns
    right_1 = centre_1 + max(font.getlength(t) for t in [*lines_1, name_1]) / 2
    left_2 = centre_2 - max(font.getlength(t) for t in [*lines_2, name_2]) / 2
    return right_1, left_2


_VARIANTS = {
    "wide left": lambda: joint_page(WIDE_LEFT),
    "wide left, a seal over the gap": lambda: joint_page(WIDE_LEFT, seal_at=760),
    "wide left, a seal over the gap, greyscale JPEG": lambda: as_jpeg(joint_page(WIDE_LEFT, seal_at=760).convert("L").convert("RGB"), 60),
    "narrow left, a seal over the gap": lambda: joint_page(NARROW_LEFT, seal_at=560),
    "narrow left, greyscale": lambda: joint_page(NARROW_LEFT, seal_at=560).convert("L").convert("RGB"),
}
_COLUMNS = {"wide left": WIDE_LEFT, "narrow left": NARROW_LEFT}


@pytest.mark.parametrize("variant", _VARIANTS)
def test_the_gap_between_uneven_signature_columns_is_found_in_the_ink(tmp_path, variant):
    columns = _COLUMNS[" ".join(variant.split(",")[0].split()[:2])]
    path = tmp_path / "page.png"
    _VARIANTS[variant]().save(path)
    (edge,) = ocr.column_edges(path, 1, CLOSING, 2)
    right_1, left_2 = _gap(columns)
    assert right_1 < edge < left_2, (right_1, edge, left_2)


def test_an_even_split_where_the_ink_shows_no_gap(tmp_path):
    # one line across the whole width: no gap to find, the columns are split evenly
    image = Image.new("RGB", (1240, 600), "white")
    ImageDraw.Draw(image).rectangle((150, 300, 1150, 310), fill="black")
    for x in range(150, 1150, 20):
        ImageDraw.Draw(image).text((x, 320), "M", font=ImageFont.truetype(FONTS["liberation"][1], 26), fill="black")
    path = tmp_path / "page.png"
    image.save(path)
    assert ocr.column_edges(path, 1, (100.0, 250.0, 1200.0, 400.0), 2) == [650.0]


@pytest.fixture(scope="module")
def read_joint(tmp_path_factory):
    done = {}

    def reading(columns_name: str, seal_at: float):
        if columns_name not in done:
            path = tmp_path_factory.mktemp("joint") / "page.png"
            joint_page(_COLUMNS[columns_name], seal_at).save(path)
            done[columns_name] = run_stages(without_signature_rows(parsers.read(path)))
        return done[columns_name]
    return reading


@needs_tesseract
@pytest.mark.parametrize("columns_name, seal_at, signers", [
    ("wide left", 760, [("Phó Bí thư Thường trực", "Lê Quang Hưng"), ("Chủ tịch", "Võ Văn Phong")]),
    ("narrow left", 560, [("Bí thư", "Lê Quang Hưng"), ("Phó Chủ tịch Thường trực", "Võ Văn Phong")]),
])
def test_uneven_signature_columns_are_each_read_whole(read_joint, columns_name, seal_at, signers):
    doc = read_joint(columns_name, seal_at)
    found = [(s.title, s.name) for s in (doc.metadata.signer, *doc.metadata.co_signers)]
    # each column right or null, never a line of the other column in it
    assert len(found) <= 2
    for (title, name), (true_title, true_name) in zip(found, signers):
        assert title in (None, true_title) and name in (None, true_name), found
    assert found == signers
