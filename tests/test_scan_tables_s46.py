"""Task tables read as scans, a blind round (s46-scans): tables of this file's own, printed by LibreOffice from DOCX,
scanned at 200/300 dpi with the scanner's noise and a 0.5-1.5 degree skew, some with faint (light grey) or broken
rules, a grey seal over cells, a bilevel (black and white) page. Rows lost, extra rows and wrong leads, supports and
deadlines are counted against the truth the layouts give.

Measured on s46-lead (8 tables, 61 rows): the clean, skewed, bilevel, stamped and two-page tables read whole, but two
classes fail and are kept here as strict expected failures until the scan table reader is fixed:
- faint rules (light grey, as a worn ribbon or a light copy prints them): no table is found, every row is lost (13 of
  13 rows in two tables);
- broken rules (a rule with gaps, as a worn or badly scanned page shows it): two rows whose rule is broken merge into
  the row above, which takes the lower rows' leads (a neighbour's text: "Thanh tra tỉnh" plus three other bodies) and
  loses its deadline.
And one spelling: on the bilevel page at 200 dpi "Sở Y tế" was read "Sở Ytế" (a space dropped inside a token of three
letters, which the reader does not take apart), a support that resolves to no body.
Each file is read by OCR (a minute under load): the cases are marked slow."""

from __future__ import annotations

import zlib
from pathlib import Path

import numpy as np
import pytest
from PIL import Image
from scipy import ndimage

from parsers import ocr
from task_layouts.compare import evaluate, expected_of_layout
from task_layouts.layouts import SIGN_PROVINCE, RECIPIENTS, STD, columns, grouped, province_header, tasks
from task_layouts.render import build, libreoffice
from task_layouts.spec import Layout, PageBreak, TaskTable
from conftest import slow_only

pytestmark = [*slow_only("tables read by OCR (minutes)"),
              pytest.mark.skipif(ocr.tesseract_problem() is not None or not libreoffice(), reason="needs Tesseract and LibreOffice")]

FIVE = columns("TT:number", "Nội dung công việc:content", "Đơn vị chủ trì:lead", "Đơn vị phối hợp:support", "Thời hạn:deadline")


def plan(name: str, table: TaskTable, landscape: bool = True) -> Layout:
    return Layout(name, **province_header("Phú Thọ", "Số: 231/KH-UBND", "ngày 9 tháng 6 năm 2026"),
                  heading=("KẾ HOẠCH", "Triển khai nhiệm vụ năm 2026"),
                  parts=("Các nhiệm vụ cụ thể được phân công tại bảng dưới đây.", PageBreak(landscape=landscape), "PHỤ LỤC",
                         "DANH MỤC NHIỆM VỤ", table), signature=SIGN_PROVINCE, recipients=RECIPIENTS)


# name -> (layout, how it is scanned)
SCANS = {
    "bilevel_portrait_200": (plan("bilevel_portrait_200", TaskTable(FIVE, tuple(tasks(961, 7, outputs=False))), landscape=False),
                             dict(dpi=200, skew=1.4, noise=8, bilevel=True)),
    "faint_rules_grouped": (plan("faint_rules_grouped", TaskTable(FIVE, tuple(grouped(
        [("I", "CÔNG TÁC CHỈ ĐẠO"), ("II", "CÔNG TÁC KIỂM TRA")], [tasks(921, 3, outputs=False), tasks(924, 3, outputs=False, first=4)])))),
                            dict(dpi=300, skew=0.5, noise=5, faint=True)),
    "broken_rules": (plan("broken_rules", TaskTable(STD, tuple(tasks(931, 6)))), dict(dpi=300, skew=-0.8, noise=6, broken=True)),
}


def _rules(ink: np.ndarray, length: int) -> np.ndarray:
    """The pixels of the page's rules: runs of ink at least ``length`` long across or down, with their edges."""
    across = ndimage.binary_opening(ink, structure=np.ones((1, length), bool))
    down = ndimage.binary_opening(ink, structure=np.ones((length, 1), bool))
    return ndimage.binary_dilation(across | down, iterations=1)


def scanned(page: Image.Image, dpi: int, skew: float, noise: float, seed: int, faint: bool = False, broken: bool = False,
            bilevel: bool = False) -> Image.Image:
    """A rendered page as a scanner gives it: rules made light grey (``faint``) or cut by 12 mm gaps (``broken``),
    noise, turned by ``skew`` degrees, thresholded to black and white (``bilevel``)."""
    grey = np.asarray(page.convert("L")).astype(float)
    mm = dpi / 25.4
    if faint or broken:
        rules = _rules(grey < 128, int(15 * mm)) & (grey < 200)
        if faint:
            grey[rules] = np.maximum(grey[rules], 175)
        if broken:
            ys, xs = np.nonzero(rules)
            gap = ((xs // int(12 * mm)) % 4 == 0) & ((ys // int(12 * mm)) % 3 == 0)
            grey[ys[gap], xs[gap]] = 255
    grey += np.random.default_rng(seed).normal(0, noise, grey.shape)
    image = Image.fromarray(grey.clip(0, 255).astype(np.uint8)).rotate(skew, resample=Image.BICUBIC, expand=True, fillcolor=255)
    return image.point(lambda v: 0 if v < 150 else 255) if bilevel else image


def read_scan(tmp_path: Path, name: str):
    import pypdfium2 as pdfium

    layout, how = SCANS[name]
    pdf = build(tmp_path, [layout], ("pdf",))[name, "pdf"]
    document = pdfium.PdfDocument(str(pdf))
    pages = [scanned(document[k].render(scale=how["dpi"] / 72).to_pil(), seed=zlib.crc32(name.encode()) + k, **how)
             for k in range(len(document))]
    path = tmp_path / f"{name}.scan.pdf"
    pages[0].save(path, save_all=True, append_images=pages[1:], resolution=how["dpi"])
    return evaluate(path, expected_of_layout(layout), name, "scan.pdf")


def wrong_values(score) -> list[str]:
    """Fields read as another value than the truth's (a value where the truth has another; null is not wrong)."""
    return [f"{row.expected.label}: {field} {row.got.get(field)!r}, not {row.want.get(field)!r}"
            for row in score.rows if row.task is not None for field in ("lead", "support", "deadline")
            if row.right.get(field) is False and row.got.get(field) not in (None, [], (), (None, None))]


@pytest.fixture(scope="module")
def bilevel(tmp_path_factory):
    return read_scan(tmp_path_factory.mktemp("bilevel"), "bilevel_portrait_200")


def test_a_bilevel_skewed_scan_at_200_dpi_is_read_whole(bilevel):
    assert (bilevel.found, bilevel.matched) == (bilevel.expected, bilevel.expected)
    assert not [wrong for wrong in wrong_values(bilevel) if ": support " not in wrong]


@pytest.mark.xfail(strict=True, reason="'Sở Ytế': a space OCR dropped inside a token of three letters is not put back "
                                       "(parsers/ocr._word_text takes apart tokens of four letters or more)")
def test_a_bilevel_scans_supports_are_spelt_as_printed(bilevel):
    assert not wrong_values(bilevel)


def test_a_table_with_faint_rules_keeps_its_rows(tmp_path):
    score = read_scan(tmp_path, "faint_rules_grouped")
    assert score.matched == score.expected


@pytest.mark.xfail(strict=True, reason="broken rules: rows merge, the row above takes the lower rows' leads (s46 blind round)")
def test_a_table_with_broken_rules_never_gives_a_row_a_neighbours_lead(tmp_path):
    assert not wrong_values(read_scan(tmp_path, "broken_rules"))
