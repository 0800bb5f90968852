"""Headers that a legal site printed in sentence case and flattened (as trogiupluat.vn and similar sites print them):
the issuer and the number on one line ("Văn phòng Chính phủ Số: 626/QĐ-VPCP |"), the motto's two lines and the date
on one ("Cộng hòa xã hội chủ nghĩa Việt Nam Độc lập - Tự do - Hạnh phúc | Hà Nội, ngày 5 tháng 6 năm 2025"), the type
heading in sentence case ("Quyết định"), the title, and a decision's authority line in sentence case too.

Before, the type heading was missed (read only in capitals), so the title was null; the date after the motto was lost
when the two were parted by a tab or a space; a local issuer in sentence case ("Ủy ban nhân dân tỉnh …") was null; and
a decision's authority line ran into its title. The documents below are our own, built over issuers local and
central, types with and without a heading, separators and line layouts.
"""

from __future__ import annotations

import itertools

import pytest

from pipeline.run import process

MOTTO, MOTTO_2 = "Cộng hòa xã hội chủ nghĩa Việt Nam", "Độc lập - Tự do - Hạnh phúc"
# (issuer lines, issuer, parent, code in the symbol, authority line of a decision, place)
ISSUERS = {
    "central": (["Văn phòng Chính phủ"], "Văn phòng Chính phủ", None, "VPCP", "Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ", "Hà Nội"),
    "ministry": (["Bộ Nông nghiệp và Môi trường"], "Bộ Nông nghiệp và Môi trường", None, "BNNMT",
                 "Bộ trưởng Bộ Nông nghiệp và Môi trường", "Hà Nội"),
    "province": (["Ủy ban nhân dân tỉnh Quảng Trị"], "Ủy ban nhân dân tỉnh Quảng Trị", None, "UBND",
                 "Ủy ban nhân dân tỉnh Quảng Trị", "Quảng Trị"),
    "department": (["Ủy ban nhân dân tỉnh Cà Mau", "Sở Xây dựng"], "Sở Xây dựng", "Ủy ban nhân dân tỉnh Cà Mau", "SXD",
                   "Giám đốc Sở Xây dựng tỉnh Cà Mau", "Cà Mau"),
}
TYPES = {"QĐ": ("Quyết định", "Ban hành Quy chế tiếp nhận hồ sơ trực tuyến"),
         "KH": ("Kế hoạch", "Tổ chức kiểm tra công tác cải cách hành chính năm 2025"),
         "TB": ("Thông báo", "Kết luận của lãnh đạo tại buổi làm việc về đầu tư công"),
         "NQ": ("Nghị quyết", "Về phân bổ vốn đầu tư công năm 2025")}
SEPARATORS = {"pipe": (" | ", " |"), "tab": ("\t", ""), "space": (" ", "")}


def _header(issuer_lines, number, date, separator, layout):
    between, row_end = SEPARATORS[separator]
    *upper, last = issuer_lines
    if layout == "issuer and number":  # issuer and number one row, motto and date the next
        return [*upper, f"{last} Số: {number}{row_end}", f"{MOTTO} {MOTTO_2}{between}{date}"]
    if layout == "number apart":
        return [*issuer_lines, f"Số: {number}{row_end}", f"{MOTTO} {MOTTO_2}{between}{date}"]
    # the header table's rows flattened: issuer beside the motto, the number beside the date
    return [*upper, f"{last}{between}{MOTTO} {MOTTO_2}", f"Số: {number}{between}{date}"]


def _write(tmp_path, issuer_key, code, separator, layout):
    issuer_lines, issuer, parent, symbol, authority, place = ISSUERS[issuer_key]
    doc_type, title = TYPES[code]
    number = f"626/{code}-{symbol}"
    lines = [*_header(issuer_lines, number, f"{place}, ngày 5 tháng 6 năm 2025", separator, layout), doc_type, title]
    if code in ("QĐ", "NQ"):
        lines.append(authority)
    lines += ["Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;", "I. MỤC ĐÍCH, YÊU CẦU",
              "Bảo đảm tiến độ và chất lượng."]
    path = tmp_path / "doc.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path, (doc_type, number, "2025-06-05", title, issuer, parent)


CASES = list(itertools.product(ISSUERS, TYPES, SEPARATORS, ["issuer and number", "number apart", "rows"]))


@pytest.mark.parametrize("issuer_key, code, separator, layout", CASES)
def test_a_sentence_case_header_reads_whole(tmp_path, issuer_key, code, separator, layout):
    path, expected = _write(tmp_path, issuer_key, code, separator, layout)
    doc = process(path)
    meta = doc.metadata
    assert (meta.doc_type, meta.number, meta.issued_date, meta.title, meta.issuer.name, meta.issuer.parent) == expected
    assert "missing_doc_type_heading" not in {w.code for w in doc.warnings}


@pytest.mark.parametrize("separator", sorted(SEPARATORS))
def test_a_letter_with_a_sentence_case_header(tmp_path, separator):
    between, row_end = SEPARATORS[separator]
    lines = [f"Ủy ban nhân dân huyện Yên Dũng Số: 812/UBND-VP{row_end}", f"{MOTTO} {MOTTO_2}{between}Yên Dũng, ngày 3 tháng 9 năm 2024",
             "V/v triển khai thu thập dữ liệu dân cư", "Kính gửi: Ủy ban nhân dân các xã, thị trấn.",
             "Thực hiện chỉ đạo của Ủy ban nhân dân tỉnh, Ủy ban nhân dân huyện đề nghị các xã triển khai."]
    path = tmp_path / "letter.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    meta = process(path).metadata
    assert (meta.number, meta.issued_date, meta.title, meta.issuer.name) == (
        "812/UBND-VP", "2024-09-03", "triển khai thu thập dữ liệu dân cư", "Ủy ban nhân dân huyện Yên Dũng")


def test_a_title_wrapped_before_a_body_keeps_its_body(tmp_path):
    """A title's line that ends in a joining word goes on with a body's name: that line is the title's, not the
    authority's over the grounds."""
    lines = ["Văn phòng Chính phủ Số: 626/QĐ-VPCP |", f"{MOTTO} {MOTTO_2} | Hà Nội, ngày 5 tháng 6 năm 2025", "Quyết định",
             "Phê duyệt danh mục nhiệm vụ giao cho", "Cục Kiểm soát thủ tục hành chính",
             "Căn cứ Nghị định số 79/2022/NĐ-CP ngày 06 tháng 10 năm 2022 của Chính phủ;"]
    path = tmp_path / "doc.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert process(path).metadata.title == "Phê duyệt danh mục nhiệm vụ giao cho Cục Kiểm soát thủ tục hành chính"


def test_a_type_named_in_small_letters_in_the_body_is_no_heading(tmp_path):
    """Below the grounds, "Quyết định" alone opens the articles: a header in sentence case with no heading of its own
    keeps its type from the symbol and its title null, never the first article's text."""
    lines = ["Văn phòng Chính phủ Số: 626/QĐ-VPCP |", f"{MOTTO} {MOTTO_2} | Hà Nội, ngày 5 tháng 6 năm 2025",
             "Căn cứ Nghị định số 79/2022/NĐ-CP ngày 06 tháng 10 năm 2022 của Chính phủ;", "Quyết định",
             "Điều 1. Ban hành kèm theo Quyết định này Quy chế làm việc."]
    path = tmp_path / "doc.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    doc = process(path)
    assert doc.metadata.title is None and doc.metadata.doc_type == "Quyết định"
    assert "missing_doc_type_heading" in {w.code for w in doc.warnings}


def test_a_capitals_header_with_a_blank_number_keeps_its_issuer(tmp_path):
    """The motto's second line is in sentence case in every header: only its first line in small letters makes a
    header sentence case, and a number's line left blank ("Số /TTr-CAT") is no "Sở"'s name, whatever its marks."""
    lines = ["BỘ CÔNG AN", "CÔNG AN TỈNH KHÁNH HÒA", "Số /TTr-CAT-PC04", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
             MOTTO_2, "Khánh Hòa, ngày 12 tháng 10 năm 2025", "TỜ TRÌNH", "V/v xin chủ trương triển khai công tác phòng chống ma túy",
             "Kính gửi: Ủy ban nhân dân tỉnh Khánh Hòa.", "Công an tỉnh báo cáo như sau."]
    path = tmp_path / "doc.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert process(path).metadata.issuer.name == "CÔNG AN TỈNH KHÁNH HÒA"
