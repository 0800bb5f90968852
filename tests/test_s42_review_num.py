"""Review findings on s42-lead (s42-meta, s42-ocr, s42-schema; fixtures our own, names and numbers made up).

1. A heading opening "BỘ CHỈ HUY …" / "BỘ ĐỘI …" (a province's military command or border guard) was read as a
   ministry's (places.json central_openings "Bộ"): jurisdiction viet-nam, the issuer and the province's collectives
   unresolved. "Bộ" opens a central heading only as a ministry's, not before the words of a province's bodies
   (central_openings ``not_before``).
2. A handwritten number OCR read as letters that look like figures ("/ZO/QĐ-UBND", "/lZ/KH-UBND") kept them as the
   symbol. A part made only of figures' look-alikes (ocr_confusions.json ``figure_look_alikes``) before the symbol is
   the pen's; the symbol is kept only when its type code is one doc_types.csv knows.
3. A bracket after a body's name naming a part of it ("(cơ sở 2)", "(phân hiệu Bắc Hà)", "(khu kinh tế)") or the body
   that carries the task out ("(qua Phòng PC06)", "(thông qua Trung tâm …)") was cut off as a remark: it is no remark
   (cell_words.json ``no_remark_openings``). A body named as former ("UBND xã Bát Xát (cũ)") that resolved to a body
   in force today is left unresolved, with a warning.
4. parsers/handwriting.line_kind took any line opening "số:" in small letters as the number's line ("số: 45 ngày
   12/3"): in small letters the label is the number's only before a symbol with its type code ("/QĐ-UBND").
"""

from __future__ import annotations

import pytest

from page_fields import processed
from parsers import handwriting
from pipeline.stages.agencies import remark_of
from pipeline.stages.metadata import read_number
from test_metadata_handwritten import block

MOTTO = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "---------------"]
BODY = ["I. MỤC ĐÍCH, YÊU CẦU", "1. Bảo đảm triển khai đồng bộ, hiệu quả."]
SIGNS = ["Nơi nhận:", "- Các sở, ban, ngành;", "- UBND các xã, phường;", "- Lưu: VT.", "CHỈ HUY TRƯỞNG", "Nguyễn Văn An"]

# 1. ------------------------------------------------------------------------------------------------------------------
COMMANDS = {
    "military": (["BỘ CHỈ HUY QUÂN SỰ TỈNH"], "lao-cai/bo-chi-huy-quan-su"),
    "military_under_region": (["QUÂN KHU 2", "BỘ CHỈ HUY QUÂN SỰ TỈNH"], "lao-cai/bo-chi-huy-quan-su"),
    "border_guard": (["BỘ CHỈ HUY BỘ ĐỘI BIÊN PHÒNG"], "lao-cai/bo-chi-huy-bo-doi-bien-phong"),
    "border_guard_short": (["BỘ CHỈ HUY BIÊN PHÒNG"], "lao-cai/bo-chi-huy-bo-doi-bien-phong"),
}


@pytest.mark.parametrize("form", ["text", "html"])
@pytest.mark.parametrize("key", sorted(COMMANDS))
def test_a_province_s_military_command_is_no_ministry(tmp_path, key, form):
    header, agency = COMMANDS[key]
    doc = processed(tmp_path, [*header, *MOTTO, "Số: 45/KH-BCH", "Lào Cai, ngày 02 tháng 3 năm 2026", "KẾ HOẠCH",
                               "Huấn luyện dân quân tự vệ năm 2026", *BODY, *SIGNS], form)
    assert doc.metadata.jurisdiction == "lao-cai"
    assert doc.metadata.issuer.agency.agency_id == agency
    found = {m.name: m.agency_id for m in doc.metadata.recipient_agencies}
    assert found["Các sở, ban, ngành"] == "lao-cai/cac-so-ban-nganh"
    assert found["UBND các xã, phường"] == "lao-cai/uy-ban-nhan-dan-cap-xa"


def test_an_ocr_misread_province_in_the_command_s_heading_is_not_the_centre(tmp_path):
    doc = processed(tmp_path, ["BỘ CHỈ HUY QUÂN SỰ TỈNH LÀO CA1", *MOTTO, "Số: 45/KH-BCH", "Lào Cai, ngày 02 tháng 3 năm 2026",
                               "KẾ HOẠCH", "Huấn luyện dân quân tự vệ năm 2026", *BODY, *SIGNS], "text")
    assert doc.metadata.jurisdiction != "viet-nam"


@pytest.mark.parametrize("header", [["BỘ Y TẾ"], ["BỘ KINH TẾ SỐ VÀ ĐỔI MỚI"]], ids=lambda h: "_".join(h))
def test_a_ministry_is_the_centre_still(tmp_path, header):
    doc = processed(tmp_path, [*header, *MOTTO, "Số: 45/KH-BYT", "Hà Nội, ngày 02 tháng 3 năm 2026", "KẾ HOẠCH",
                               "Phòng, chống dịch năm 2026", *BODY, *SIGNS], "text")
    assert doc.metadata.jurisdiction == "viet-nam"


# 2. ------------------------------------------------------------------------------------------------------------------
@pytest.mark.parametrize(("line", "symbol"), [
    ("Số: /IO/QĐ-UBND", "QĐ-UBND"),
    ("Số: /ZO/QĐ-UBND", "QĐ-UBND"),
    ("Số: /lZ/KH-UBND", "KH-UBND"),
    ("Số: /Z/TTr-UBND", "TTr-UBND"),
    ("Số: 1/ZO/KH-UBND", "KH-UBND"),
    ("số: /SB/KH-UBND", "KH-UBND"),
    ("Số: /Go/BC-UBND", "BC-UBND"),
    ("Số: /ZO/BC-SYT", "BC-SYT"),
    ("Số: /2026/QĐ-UBND", "QĐ-UBND"),  # unchanged: a year
    ("Số: 17/TTr-CAT-PC04", "TTr-CAT-PC04"),  # unchanged: a symbol's own figures
    ("Số: 4/UBND-KT", "UBND-KT"),  # unchanged: a công văn's symbol, no type code
])
def test_figures_read_as_letters_are_no_part_of_the_symbol(line, symbol):
    number, found, issues = read_number([block(line, hand=["number"])])
    assert (number, found) == (None, symbol)
    assert [i.code for i in issues] == ["number_handwritten"]


@pytest.mark.parametrize("line", ["Số: /ZO/XYZ-UBND", "Số: /IO/QX-UBND"])
def test_a_symbol_whose_type_code_is_unknown_after_look_alikes_is_none(line):
    number, found, _ = read_number([block(line, hand=["number"])])
    assert (number, found) == (None, None)


# 3. ------------------------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("name", [
    "Bệnh viện Đa khoa tỉnh (cơ sở 2)", "Trường THPT số 1 (phân hiệu Bắc Hà)", "Ban Quản lý các khu công nghiệp (khu kinh tế)",
    "Công an tỉnh (qua Phòng PC06)", "Sở Y tế (thông qua Trung tâm Kiểm soát bệnh tật)", "Trường Cao đẳng Lào Cai (Cơ sở 1)",
    "Ngân hàng Chính sách xã hội tỉnh (chi nhánh Bát Xát)", "Sở Nông nghiệp và Môi trường (qua Chi cục Kiểm lâm)",
])
def test_a_bracket_naming_a_part_or_the_performing_body_is_no_remark(name):
    assert remark_of(name) is None


@pytest.mark.parametrize("name, remark", [
    ("Sở Y tế (đầu mối tổng hợp)", "đầu mối tổng hợp"), ("Sở Tài chính (nếu có)", "nếu có"),
    ("Sở Khoa học và Công nghệ (cơ quan thường trực)", "cơ quan thường trực"),
])
def test_a_remark_stays_a_remark(name, remark):
    assert remark_of(name) == remark


TABLE = ["STT | Nhiệm vụ | Cơ quan chủ trì | Thời gian hoàn thành"]


@pytest.mark.parametrize("name", ["UBND xã Bát Xát (cũ)", "UBND xã Bát Xát cũ", "Ủy ban nhân dân xã Bát Xát (trước sắp xếp)"])
def test_a_commune_named_as_former_is_not_today_s(tmp_path, name):
    doc = processed(tmp_path, ["ỦY BAN NHÂN DÂN", "TỈNH LÀO CAI", *MOTTO, "Số: 45/KH-UBND", "Lào Cai, ngày 02 tháng 9 năm 2026",
                               "KẾ HOẠCH", "Bàn giao hồ sơ", *BODY, f"Giao {name} bàn giao hồ sơ địa chính cho UBND xã Bát Xát.",
                               "Nơi nhận:", f"- {name};", "- UBND xã Bát Xát;", "- Lưu: VT.", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH",
                               "Nguyễn Văn An"], "text")
    found = {m.name: m.agency_id for m in doc.metadata.recipient_agencies}
    assert found[name] is None
    assert found["UBND xã Bát Xát"] is not None
    assert any(w.code == "unresolved_agency" and name in w.message for w in doc.warnings)


# 4. ------------------------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("line", ["số: 45 ngày 12/3", "số: 1.200/1.500 hộ", "số : 3/5 xã đạt chuẩn", "so: 12/KH",
                                  "số: 12/2026 người", "sô: 3/4 đơn vị"])
def test_a_body_line_opening_with_so_in_small_letters_is_no_number_line(line):
    assert handwriting.line_kind(line) is None


@pytest.mark.parametrize("line", ["số: /Z0/QĐ-UBND", "số: 1740/QĐ-UBND", "sô: 17/KH-UBND", "số: /QĐ-UBND", "Số: 12/KH",
                                  "số: 12/2026/QĐ-UBND"])
def test_a_number_line_in_small_letters_is_checked_still(line):
    assert handwriting.line_kind(line) == "number"
