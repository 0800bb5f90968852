"""Web pages saved as PDF from a browser: the browser prints a line at the top of every page (the date and time, the
page's title) and one at the bottom (the address, "page/pages"). They fall inside the document, often inside its
closing block, and are the page's furniture, not the document's text. Fixtures written here in their own words."""

from __future__ import annotations

import pytest

from pdfmaker import text_pdf
from pipeline.run import process

HEADER = ("ỦY BAN NHÂN DÂN", "XÃ CAM LỘ", "Số: 35/KH-UBND", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
          "Độc lập - Tự do - Hạnh phúc", "Cam Lộ, ngày 10 tháng 3 năm 2026", "KẾ HOẠCH",
          "Triển khai công tác phòng, chống thiên tai năm 2026", "I. MỤC ĐÍCH, YÊU CẦU", "1. Chủ động phòng ngừa.",
          "II. TỔ CHỨC THỰC HIỆN", "Các ban, ngành, đoàn thể xã triển khai thực hiện.")
BROWSER_LINES = [
    ("11/30/26, 8:33 PM Kế hoạch phòng chống thiên tai - Cổng TTĐT xã Cam Lộ", "https://camlo.quangtri.gov.vn/van-ban/35 1/2"),
    ("30/11/26, 20:33 Kế hoạch phòng chống thiên tai", "file:///C:/Users/vanthu/Desktop/ke-hoach.html 1/2"),
    ("30/11/2026, 08:33 SA Cổng thông tin điện tử", "http://camlo.gov.vn/tin-tuc?id=35 1/3"),
]


@pytest.mark.parametrize("top, bottom", BROWSER_LINES)
def test_a_browsers_page_lines_inside_the_closing_are_furniture(processed, top, bottom):
    doc = processed("\n".join([*HEADER, "Nơi nhận:", "- UBND tỉnh;", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", bottom, top,
                               "Lê Văn Hùng", "- Lưu: VT."]) + "\n")
    meta = doc.metadata
    assert meta.signer.name == "Lê Văn Hùng"
    assert meta.signer.authority == ["TM."]
    body = " ".join(b.text or "" for b in doc.body())
    assert top not in body and bottom not in body


def test_a_saved_pages_pdf_reads_its_signer_across_the_page_break(tmp_path):
    top, bottom = BROWSER_LINES[0]
    first = [(40, 20, top), *((70, 60 + 24 * i, line) for i, line in enumerate(HEADER)),
             (70, 60 + 24 * len(HEADER), "Nơi nhận:"), (70, 84 + 24 * len(HEADER), "- UBND tỉnh;"),
             (330, 84 + 24 * len(HEADER), "TM. ỦY BAN NHÂN DÂN"), (360, 108 + 24 * len(HEADER), "CHỦ TỊCH"),
             (40, 810, bottom)]
    second = [(40, 20, top), (70, 80, "- Lưu: VT."), (360, 80, "Lê Văn Hùng"), (40, 810, bottom.replace(" 1/2", " 2/2"))]
    path = tmp_path / "saved.pdf"
    path.write_bytes(text_pdf([first, second], size=11))
    meta = process(path).metadata
    assert (meta.number, meta.issued_date) == ("35/KH-UBND", "2026-03-10")
    assert meta.signer.name == "Lê Văn Hùng"
    assert meta.recipients == ["UBND tỉnh", "Lưu: VT"]  # the name beside the last recipient is not one


@pytest.mark.parametrize("line", ["30/6/2026, 14:00 họp Ban Chỉ đạo xã đánh giá kết quả",
                                  "https://dichvucong.gov.vn (tiếp nhận hồ sơ 24/7)",
                                  "15/3/2026 tổ chức diễn tập phòng, chống thiên tai"])
def test_the_documents_own_lines_with_a_date_or_an_address_stay(processed, line):
    doc = processed("\n".join([*HEADER[:-1], line, "Nơi nhận:", "- UBND tỉnh;", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH",
                               "Lê Văn Hùng"]) + "\n")
    assert line in " ".join(b.text or "" for b in doc.body())


# A portal's page for a document it offers only as an attached file: the panel is all there is, in the portal's labels.
_PANELS = {
    "rows": "<table>{}</table>",
    "colons": "<div>{}</div>",
}
_FIELDS = [("Số ký hiệu", "35/KH-UBND"), ("Ngày ký", "10/03/2026"), ("Đơn vị ban hành", "UBND xã Cam Lộ"),
           ("Người ký", "Lê Văn Hùng"), ("Trích yếu", "Triển khai công tác phòng, chống thiên tai năm 2026"),
           ("File đính kèm", "kh35.pdf")]


@pytest.mark.parametrize("shape", _PANELS)
@pytest.mark.parametrize("number_label", ["Số ký hiệu", "Số/Ký hiệu", "Số/ Ký hiệu", "Ký hiệu"])
def test_a_portals_panel_for_an_attached_file_gives_the_documents_record(write_text, shape, number_label):
    fields = [(number_label if label == "Số ký hiệu" else label, value) for label, value in _FIELDS]
    rows = ("".join(f"<tr><td>{label}</td><td>{value}</td></tr>" for label, value in fields) if shape == "rows"
            else "".join(f"<p>{label}: {value}</p>" for label, value in fields))
    page = (f"<html><body><nav>Trang chủ | Văn bản chỉ đạo điều hành</nav><main><h2>Văn bản</h2>{_PANELS[shape].format(rows)}"
            "</main></body></html>")
    doc = process(write_text(page, "panel.html"))
    meta = doc.metadata
    assert (meta.number, meta.doc_type, meta.issued_date) == ("35/KH-UBND", "Kế hoạch", "2026-03-10")
    assert (meta.issuer.name, meta.signer.name) == ("UBND xã Cam Lộ", "Lê Văn Hùng")
    assert meta.title == "Triển khai công tác phòng, chống thiên tai năm 2026"
    assert meta.sources["title"].source == "site_panel"
    assert any(w.code == "metadata_from_site_attributes" for w in doc.warnings)


@pytest.mark.parametrize("heading", ["Kế hoạch số 35/KH-UBND Triển khai công tác phòng, chống thiên tai năm 2026",
                                     "Kế hoạch hành động số 35/KH-UBND về phòng, chống thiên tai năm 2026"])
def test_the_panels_document_named_in_the_pages_heading_cites_nothing(write_text, heading):
    """The page's heading names the document the panel records ("Văn bản hợp nhất số 18/VBHN-BCT …" on a national
    database page): the document is not its own citation."""
    rows = "".join(f"<tr><td>{label}</td><td>{value}</td></tr>" for label, value in _FIELDS)
    page = f"<html><body><nav>Trang chủ | Văn bản</nav><main><h2>{heading}</h2><table>{rows}</table></main></body></html>"
    doc = process(write_text(page, "panel.html"))
    assert doc.metadata.number == "35/KH-UBND"
    assert [c.number for c in doc.metadata.cited_documents] == []


def test_a_panels_summary_beside_the_document_is_not_a_mismatch(write_text):
    """The document's own title wins; the site's summary, worded its own way, raises no mismatch."""
    page = ("<html><body><table><tr><td>Số ký hiệu</td><td>35/KH-UBND</td></tr><tr><td>Trích yếu</td><td>Về việc triển "
            "khai công tác phòng, chống thiên tai</td></tr></table><p>ỦY BAN NHÂN DÂN</p><p>XÃ CAM LỘ</p>"
            "<p>Số: 35/KH-UBND</p><p>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</p><p>Độc lập - Tự do - Hạnh phúc</p>"
            "<p>Cam Lộ, ngày 10 tháng 3 năm 2026</p><p>KẾ HOẠCH</p><p>Triển khai công tác phòng, chống thiên tai năm 2026</p>"
            "<p>I. MỤC ĐÍCH</p><p>1. Chủ động phòng ngừa.</p></body></html>")
    doc = process(write_text(page, "beside.html"))
    assert doc.metadata.title == "Triển khai công tác phòng, chống thiên tai năm 2026"
    assert not [w for w in doc.warnings if w.code in ("site_attribute_mismatch", "missing_in_document")]


_BODY = "KẾ HOẠCH\nTriển khai công tác phòng, chống thiên tai năm 2026\nI. MỤC ĐÍCH, YÊU CẦU\n1. Chủ động phòng ngừa.\n"


@pytest.mark.parametrize("chrome", ["", "12/03/2026\n", "12/03/2026 08:15\nLượt xem: 215\n"])
@pytest.mark.parametrize("headline, date", [
    ("Kế hoạch số 35/KH-UBND ngày 10/3/2026 của UBND xã Cam Lộ về triển khai công tác phòng, chống thiên tai", "2026-03-10"),
    ("Kế hoạch 35/KH-UBND ngày 10 tháng 3 năm 2026 triển khai công tác phòng, chống thiên tai", "2026-03-10"),
    ("Kế hoạch số 35/KH-UBND về triển khai công tác phòng, chống thiên tai năm 2026", None),
])
def test_a_portals_headline_gives_the_number_of_a_plan_printed_without_its_header(processed, chrome, headline, date):
    doc = processed(f"Trang chủ\nVăn bản chỉ đạo điều hành\n{headline}\n{chrome}{_BODY}")
    meta = doc.metadata
    assert (meta.number, meta.issued_date) == ("35/KH-UBND", date)
    assert meta.sources["number"].source == "site_panel"
    assert "number_from_site_heading" in {w.code for w in doc.warnings}


@pytest.mark.parametrize("above", [
    "Quyết định số 35/QĐ-UBND ngày 10/3/2026 ban hành quy chế",  # another type of document
    "Kế hoạch số 12/KH-UBND ngày 2/3/2026 về chuyển đổi số\nTin mới\nHội nghị tổng kết công tác năm 2025",  # a list further up
])
def test_a_line_above_that_is_not_the_plans_headline_gives_no_number(processed, above):
    meta = processed(f"Trang chủ\n{above}\n{_BODY}").metadata
    assert meta.number is None and meta.issued_date is None
