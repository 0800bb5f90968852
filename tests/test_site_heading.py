"""A national-database page whose document text starts at the type heading: the header (issuer, "Số:", date) is not in
the text, the site shows the number only in its own heading above it (vbpl doc_000121, issue 17). The number is taken
from that heading, marked as the site's, when it names the same type of document; never from another type's."""

from __future__ import annotations

import pytest

import parsers
from pipeline.run import process

PAGE = """<html><body>
<div class="header"><h1 class="lawDocumentHeader_title___x1">{site}</h1></div>
<div class="ant-tabs-tabpane ant-tabs-tabpane-active">
{header}<p align="center"><strong>{heading}</strong></p>
<p align="center"><strong>Quy định chi tiết một số điều về phân loại đô thị</strong></p>
<p>Căn cứ Luật Tổ chức Chính phủ số 63/2025/QH15;</p>
<p>Điều 1. Phạm vi điều chỉnh</p><p>Nghị định này quy định chi tiết một số điều về phân loại đô thị.</p>
<p>Điều 2. Hiệu lực thi hành</p><p>Nghị định này có hiệu lực từ ngày 01 tháng 3 năm 2026.</p>
</div></body></html>"""


def page(tmp_path, site: str, heading: str = "NGHỊ ĐỊNH", header: str = ""):
    path = tmp_path / "page.html"
    path.write_text(PAGE.format(site=site, heading=heading, header=header), encoding="utf-8")
    return process(path)


@pytest.mark.parametrize("site, heading, number", [
    ("Nghị định số 12/2026/NĐ-CP Quy định chi tiết một số điều về phân loại đô thị", "NGHỊ ĐỊNH", "12/2026/NĐ-CP"),
    ("Thông tư 07/2025/TT-BXD Quy định chi tiết", "THÔNG TƯ", "07/2025/TT-BXD"),  # without "số"
])
def test_a_page_without_a_header_takes_the_number_from_the_sites_heading(tmp_path, site, heading, number):
    doc = page(tmp_path, site, heading)
    assert doc.metadata.number == number
    assert doc.metadata.sources["number"].source == "site_panel"
    assert "number_from_site_heading" in {w.code for w in doc.warnings}
    assert doc.blocks[0].layer.value == "furniture"  # the site's heading is no part of the document


def test_the_sites_heading_naming_another_type_gives_no_number(tmp_path):
    doc = page(tmp_path, "Quyết định số 12/2026/QĐ-TTg Về việc phân loại đô thị")
    assert doc.metadata.number is None


@pytest.mark.parametrize("site", [
    "Nghị định số 99/2026/NĐ-CP Quy định chi tiết",
    "NGHỊ ĐỊNH SỐ 99/2026/NĐ-CP QUY ĐỊNH CHI TIẾT",  # in capitals, like a type heading: the header table is still read
])
def test_a_printed_number_line_is_read_and_the_sites_heading_is_not_used(tmp_path, site):
    header = "<table><tr><td>CHÍNH PHỦ<br/>Số: 12/2026/NĐ-CP</td><td>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</td></tr></table>"
    doc = page(tmp_path, site, header=header)
    assert doc.metadata.number == "12/2026/NĐ-CP" and doc.metadata.issuer.name == "CHÍNH PHỦ"
    assert doc.metadata.sources["number"].source == "printed"
    assert "number_from_site_heading" not in {w.code for w in doc.warnings}


def test_a_site_without_such_a_heading_reads_as_before(tmp_path):
    path = tmp_path / "plain.html"
    path.write_text(PAGE.format(site="", heading="NGHỊ ĐỊNH", header="").replace('class="lawDocumentHeader_title___x1"', ""),
                    encoding="utf-8")
    assert parsers.read(path).blocks[0].orig == "NGHỊ ĐỊNH"


@pytest.mark.parametrize("printed, shown", [
    ("Nghị định số 12/2026/NĐ-CP\n   Quy định chi tiết", False),  # printed, broken over lines
    ("Nghị định số 12/2026/NĐ-CP\u00a0Quy\tđịnh chi tiết", False),  # other whitespace between the words
    ("xem Nghị định số 12/2026/NĐ-CP Quy định chi tiết này", False),  # inside a sentence of the document
    ("Nghị định số 12/2026/NĐ-CPQuy định chi tiết", True),  # two words run together: not the heading's words
    ("Nghị định số 12/2026/NĐ-CP Quy định", True),  # only the start of the heading
])
def test_the_sites_heading_is_kept_only_when_the_document_does_not_print_it(tmp_path, printed, shown):
    path = tmp_path / "page.html"
    path.write_text(PAGE.format(site="Nghị định số 12/2026/NĐ-CP  Quy định chi tiết", heading="NGHỊ ĐỊNH",
                                header=f"<p>{printed}</p>"), encoding="utf-8")
    assert (parsers.read(path).blocks[0].id == "b0000") is shown


def test_printed_in_answers_as_the_collapsed_text_would():
    from parsers.html import _printed_in

    text = "Số: 12/2026/NĐ-CP\n\tHà Nội,\u00a0ngày 5  tháng 1 (a.b) [c] năm 2026 *+?"
    for heading in ("12/2026/NĐ-CP Hà Nội,", "Nội, ngày 5", "ngày 5 tháng", "(a.b) [c] năm", "*+?", "Số:",
                    "Hà Nội, ngày 6", "CP Hà", "Nội,ngày", "2026 *+? x"):
        words = heading.split()
        assert _printed_in(words, text) == (" ".join(words) in " ".join(text.split())), heading
