"""A legal site's copy that dropped the type heading ("QUYẾT ĐỊNH") and copied the header's cells as rows.

Some sites print the header as rows of cells ("Số: 27/2021/QĐ-UBND | Hà Tĩnh, ngày 14 tháng 9 năm 2021 |", or the
cells parted by a tab), leave the type heading out and cut the first letters of some lines ("ức chính quyền địa
phương …" for "Căn cứ Luật Tổ chức chính quyền địa phương …"). The date inside a row was not seen as the header's
date, so the search for the heading went on past the grounds to the regulation the decision issues ("QUY CHẾ" after
the closing): a Quyết định read as a Quy chế, with the regulation's title. Now the date is seen in the row's last
cell, the heading of an attached document below the grounds is no heading of this one, and the title is the capitals
under the date when grounds follow within a few lines. Wording, places and numbers made up for the test.
"""

import pytest

from pipeline.run import process

GROUNDS = ["Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;",
           "Căn cứ Nghị định số 68/2017/NĐ-CP ngày 25 tháng 5 năm 2017 của Chính phủ về quản lý cụm công nghiệp;"]
CUT_GROUNDS = ["ức chính quyền địa phương ngày 19 tháng 6 năm 2015;",
               "ố 68/2017/NĐ-CP ngày 25 tháng 5 năm 2017 của Chính phủ về quản lý cụm công nghiệp;"]
TITLE = "BAN HÀNH QUY CHẾ PHỐI HỢP QUẢN LÝ CỤM CÔNG NGHIỆP TRÊN ĐỊA BÀN TỈNH HÀ TĨNH"
REST = ["QUYẾT ĐỊNH:", "Điều 1. Ban hành kèm theo Quyết định này Quy chế phối hợp quản lý cụm công nghiệp.",
        "Điều 2. Quyết định này có hiệu lực kể từ ngày 25/9/2021.", "- Như Điều 3; | TM. ỦY BAN NHÂN DÂN |", "QUY CHẾ",
        "PHỐI HỢP QUẢN LÝ CỤM CÔNG NGHIỆP TRÊN ĐỊA BÀN TỈNH HÀ TĨNH",
        "(Ban hành kèm theo Quyết định số 27/2021/QĐ-UBND ngày 14 tháng 9 năm 2021 của Ủy ban nhân dân tỉnh Hà Tĩnh)",
        "Điều 1. Phạm vi điều chỉnh", "1. Quy chế này quy định nguyên tắc, nội dung phối hợp."]
ROWS = {
    "cells": ["ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |", "Số: 27/2021/QĐ-UBND | Hà Tĩnh, ngày 14 tháng 9 năm 2021 |"],
    "tabs": ["ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Số: 27/2021/QĐ-UBND\tHà Tĩnh, ngày 14 tháng 9 năm 2021"],
    "gaps": ["ỦY BAN NHÂN DÂN          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
             "Số: 27/2021/QĐ-UBND          Hà Tĩnh, ngày 14 tháng 9 năm 2021"],
}


@pytest.mark.parametrize("grounds", [GROUNDS, CUT_GROUNDS], ids=["grounds", "cut grounds"])
@pytest.mark.parametrize("rows", ROWS.values(), ids=ROWS.keys())
def test_a_decision_whose_heading_a_site_dropped(tmp_path, rows, grounds):
    path = tmp_path / "page.txt"
    path.write_text("\n".join([*rows, TITLE, "ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH", *grounds, *REST]) + "\n", encoding="utf-8")
    doc = process(path)
    meta = doc.metadata
    assert (meta.doc_type, meta.number, meta.issued_date) == ("Quyết định", "27/2021/QĐ-UBND", "2021-09-14")
    assert meta.title == TITLE
    assert "missing_doc_type_heading" in {issue.code for issue in doc.warnings}


def test_the_heading_under_the_date_row_is_still_the_heading(tmp_path):
    """A page that kept the heading: read as before, the attached regulation's heading further down aside."""
    path = tmp_path / "page.txt"
    path.write_text("\n".join([*ROWS["cells"], "QUYẾT ĐỊNH", TITLE, "ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH", *GROUNDS, *REST]) + "\n",
                    encoding="utf-8")
    doc = process(path)
    assert (doc.metadata.doc_type, doc.metadata.title) == ("Quyết định", TITLE)
    assert "missing_doc_type_heading" not in {issue.code for issue in doc.warnings}
