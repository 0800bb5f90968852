"""A scan's title ends where the paragraph under it starts, whatever OCR made of that paragraph's first words.

s49 let a title run over up to ten lines; on a page where OCR lost the capital of "Căn cứ" ("an cứ Luật …"), the
grounds' first line then read as the title's last (CI, tests/test_scans_s27_titles.py). The grounds stand a paragraph's
gap below the title: a line that starts further below the title's line than 1.5 of that line's height is not the
title's. The lines are given with their boxes here (no OCR run), as the OCR reader returns them."""

from __future__ import annotations

import pytest

from pipeline.run import run_stages
from tests.test_scans_s27_titles import HEADER, _ocr_lines

TITLE = [("Quy định về chế độ làm việc của Văn phòng Bộ", (150, 160, 510, 176)),
         ("và các đơn vị thuộc Bộ", (250, 180, 410, 196))]


@pytest.mark.parametrize("misread", [
    "an cứ Luật Tổ chức Chính phủ ngày 18 tháng 02 năm 2025;",  # the capital lost
    "ăn cứ Nghị định số 25/2025/NĐ-CP ngày 21 tháng 02 năm 2025 của Chính phủ quy định",
    "hực hiện Kế hoạch số 12/KH-BNV ngày 02 tháng 3 năm 2026",  # "Thực hiện"
    "Can ců Luat To chúc chính quyền địa phương ngày 16 tháng 6 năm 2025",  # tone marks lost
])
@pytest.mark.parametrize("gap", [28, 40, 60])  # 1.75 to 3.75 of the title line's height below it
def test_a_misread_paragraph_a_gap_under_the_title_is_not_the_title(misread, gap):
    top = TITLE[-1][1][3] + gap
    doc = _ocr_lines([*HEADER, *TITLE, (misread, (120, top, 560, top + 16))])
    assert run_stages(doc).metadata.title == " ".join(text for text, _ in TITLE)


@pytest.mark.parametrize("spacing", [2, 8, 14, 22])  # single to one-and-a-half spacing: at most 1.4 of a line apart
def test_a_titles_lines_spaced_apart_stay_one_title(spacing):
    lines = ["Quy định về tổ chức lễ tang đối với cán bộ, công chức,", "viên chức và người lao động trong cơ quan",
             "do Bộ Nội vụ quản lý"]
    boxes, top = [], 160
    for text in lines:
        boxes.append((text, (150, top, 510, top + 16)))
        top += 16 + spacing
    grounds = ("Căn cứ Luật Tổ chức Chính phủ ngày 18 tháng 02 năm 2025;", (120, top + 30, 560, top + 46))
    doc = _ocr_lines([*HEADER, *boxes, grounds])
    assert run_stages(doc).metadata.title == " ".join(lines)


def test_a_text_layers_lines_are_not_measured():
    # a PDF's text layer keeps its words: its title ends by what the lines say, not by their gaps
    doc = _ocr_lines([*HEADER, TITLE[0], ("và các đơn vị thuộc Bộ", (250, 230, 410, 246))])
    for block in doc.blocks:
        block.prov.reader = "pdf"
    assert run_stages(doc).metadata.title == " ".join(text for text, _ in TITLE)
