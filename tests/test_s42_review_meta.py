"""s42 review of s42-meta's rules (s42-fixmeta; fixtures our own, names and numbers made up).

1. A type heading's title that names an event's place and day ("Tổ chức Hội chợ thương mại Lào Cai, ngày 20 tháng 3
   năm 2026") under a header with no date line gave that day as the date of issue, the place, the title cut, no
   warning (metadata._date_glued_to_title). Nothing tells the event's day from the date of issue in the title's words:
   the rule is taken out; the date is null with missing_issue_date, the title as printed (the base reading).
2. "Thực hiện" as a ground word (cited_issuers.json named_laws.alone.grounds) made up laws from body sentences
   ("Thực hiện Luật Bảo vệ môi trường có hiệu quả; tăng cường kiểm tra." cited "Luật Bảo vệ môi trường có hiệu quả"):
   it is a ground only on a ground's line, one that ends in ";", "," or ":" (named_laws.alone.line_grounds).
3. A date line with no place that the next header cell ran onto ("Ngày 05 tháng 3 năm 2026 V/v tổ chức …", "… Kính
   gửi: …", "… Kế hoạch") was taken for a body's sentence: its date lost.
4. A body's sentence opening on a day followed by ",", ":", "(" or a range and more words ("Ngày 20/3/2026, UBND tỉnh
   …", "Ngày 15/3/2026 (Chủ nhật), …") was still the date of issue of a công văn with no date line.
"""

from __future__ import annotations

import pytest

from page_fields import processed

MOTTO = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "---------------"]
BODY = ["I. MỤC ĐÍCH, YÊU CẦU", "1. Bảo đảm triển khai đồng bộ, hiệu quả."]
PROVINCE = ["ỦY BAN NHÂN DÂN", "TỈNH LÀO CAI", *MOTTO]
SIGNS = ["Nơi nhận:", "- Các sở, ban, ngành;", "- Lưu: VT.", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Nguyễn Văn An"]

# 1. an event's place and day at a title's end: (header, title line)
EVENT_TITLES = {
    "fair": (PROVINCE, "Tổ chức Hội chợ thương mại Lào Cai, ngày 20 tháng 3 năm 2026"),
    "marathon": (PROVINCE, "Tổ chức Giải Marathon quốc tế Lào Cai, ngày 20 tháng 9 năm 2026"),
    "festival": (PROVINCE, "Tổ chức Lễ hội Hoa đào Lào Cai, ngày 15 tháng 01 năm 2026"),
    "second_time": (PROVINCE, "Tổ chức Ngày hội văn hóa các dân tộc tỉnh Lào Cai lần thứ 2 Lào Cai, ngày 20 tháng 3 năm 2026"),
    "department": (["UBND TỈNH LÀO CAI", "SỞ Y TẾ", *MOTTO], "Tổ chức Hội thao ngành y tế Lào Cai, ngày 20 tháng 3 năm 2026"),
    "ministry": (["BỘ Y TẾ", *MOTTO], "Tổ chức Hội nghị tổng kết công tác y tế năm 2026 Hà Nội, ngày 20 tháng 12 năm 2026"),
    # variants of our own
    "policy": (PROVINCE, "Triển khai chính sách hỗ trợ người có công Lào Cai, ngày 12 tháng 3 năm 2026"),
    "commune": (["ỦY BAN NHÂN DÂN", "XÃ BÁT XÁT", *MOTTO], "Tổ chức Tết trồng cây năm 2026 Bát Xát, ngày 02 tháng 4 năm 2026"),
    "conference": (["BỘ VĂN HÓA, THỂ THAO", "VÀ DU LỊCH", *MOTTO], "Tổ chức Liên hoan phim quốc tế Hà Nội, ngày 17 tháng 02 năm 2026"),
}


@pytest.mark.parametrize("form", ["text", "html", "docx"])
@pytest.mark.parametrize("name", sorted(EVENT_TITLES))
def test_an_event_s_place_and_day_in_a_title_is_no_date_of_issue(tmp_path, name, form):
    header, line = EVENT_TITLES[name]
    doc = processed(tmp_path, [*header, "Số: 45/KH-UBND", "KẾ HOẠCH", line, *BODY, *SIGNS], form)
    assert (doc.metadata.issued_date, doc.metadata.place, doc.metadata.title) == (None, None, line)
    assert "missing_issue_date" in {w.code for w in doc.warnings}


# 2. "Thực hiện Luật …" in a body sentence: no law made up of the sentence's words
BODY_SENTENCES = {
    "Thực hiện Luật Phòng cháy, chữa cháy và cứu nạn, cứu hộ nghiêm túc, đồng bộ.": "nghiêm túc",
    "Thực hiện Luật Thực hành tiết kiệm, chống lãng phí trong các cơ quan; Luật Phòng, chống tham nhũng đầy đủ.": "đầy đủ",
    "Thực hiện Luật Bảo vệ môi trường có hiệu quả; tăng cường kiểm tra.": "có hiệu quả",
    # variants of our own
    "Thực hiện Luật Đất đai đúng quy định; Luật Nhà ở kịp thời.": "kịp thời",
    "Thực hiện Luật Giao thông đường bộ nghiêm chỉnh, thường xuyên.": "nghiêm chỉnh",
    "Thực hiện Luật An toàn thông tin mạng hiệu quả.": "hiệu quả",
}


@pytest.mark.parametrize("form", ["text", "html"])
@pytest.mark.parametrize("line", sorted(BODY_SENTENCES))
def test_no_law_made_up_of_a_body_sentence_after_thuc_hien(tmp_path, line, form):
    doc = processed(tmp_path, [*PROVINCE, "Số: 45/KH-UBND", "Lào Cai, ngày 02 tháng 3 năm 2026", "KẾ HOẠCH",
                               "Triển khai thi hành các luật", *BODY, "2. Nhiệm vụ cụ thể", line, *SIGNS], form)
    assert not [c.text for c in doc.metadata.cited_documents if BODY_SENTENCES[line] in (c.text or "")]


GROUND_LINES = {
    "Thực hiện Luật Đất đai và các văn bản hướng dẫn thi hành; Luật Nhà ở;": ["Luật Nhà ở"],
    "Thực hiện Luật Đất đai; Luật Nhà ở; Luật Xây dựng;": ["Luật Đất đai", "Luật Nhà ở", "Luật Xây dựng"],
    "Thực hiện Luật Phòng, chống ma túy; Luật Xử lý vi phạm hành chính;": ["Luật Phòng, chống ma túy", "Luật Xử lý vi phạm hành chính"],
}


@pytest.mark.parametrize("line", sorted(GROUND_LINES))
def test_a_ground_line_after_thuc_hien_still_cites_its_laws(tmp_path, line):
    doc = processed(tmp_path, [*PROVINCE, "Số: 45/KH-UBND", "Lào Cai, ngày 02 tháng 3 năm 2026", "KẾ HOẠCH",
                               "Triển khai thi hành các luật", line, "Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:",
                               *BODY, *SIGNS], "text")
    assert sorted(c.text for c in doc.metadata.cited_documents if c.doc_type == "Luật") == sorted(GROUND_LINES[line])


# 3. a date line with the next header cell run onto it: the date stays the date of issue
RUN_ON = [
    ("Số: 45/UBND-VX", "Ngày 05 tháng 3 năm 2026 V/v tổ chức các hoạt động"),
    ("Số: 45/UBND-VX", "Ngày 05/3/2026 Về việc tổ chức các hoạt động"),
    ("Số: 45/UBND-VX", "Ngày 05 tháng 3 năm 2026 Kính gửi: Các sở, ban, ngành"),
    ("Số: 45/KH-UBND", "Ngày 05 tháng 3 năm 2026 Kế hoạch"),
    # variants of our own
    ("Số: 45/KH-UBND", "Ngày 05/3/2026 V/v: tổ chức các hoạt động"),
    ("Số: 45/UBND-VX", "Ngày 05.3.2026 Kính gửi Các sở, ban, ngành"),
    ("Số: 45/KH-UBND", "Ngày 05 tháng 3 năm 2026 KẾ HOẠCH"),
]


@pytest.mark.parametrize("form", ["text", "html"])
@pytest.mark.parametrize("number,line", RUN_ON)
def test_a_date_line_with_the_next_cell_run_on_is_the_date_of_issue(tmp_path, number, line, form):
    doc = processed(tmp_path, [*PROVINCE, number, line, "V/v tổ chức các hoạt động", "Kính gửi: Các sở, ban, ngành",
                               "Đề nghị các cơ quan tổ chức gặp mặt.", *SIGNS], form)
    assert doc.metadata.issued_date == "2026-03-05"
    assert "missing_issue_date" not in {w.code for w in doc.warnings}


# 4. a day then ",", ":", "(" or a range and more words: a sentence, no date of issue
PROSE = [
    "Ngày 20/3/2026, UBND tỉnh tổ chức hội nghị sơ kết; đề nghị các cơ quan chuẩn bị báo cáo.",
    "Ngày 26/3/2026, HĐND tỉnh tổ chức kỳ họp chuyên đề.",
    "Ngày 15/3/2026 (Chủ nhật), các cơ quan tổ chức ra quân.",
    "Ngày 15/3/2026: các cơ quan tổ chức ra quân.",
    "Ngày 10/4/2026 - 15/4/2026, tổ chức Tuần lễ văn hóa.",
    # variants of our own
    "Ngày 20 tháng 3 năm 2026, Sở Y tế tổ chức hội nghị.",
    "Ngày 12/4/2026 – 14/4/2026 tổ chức Hội chợ.",
    "Ngày 20/3/2026, BCĐ tỉnh họp phiên thứ nhất.",
]


@pytest.mark.parametrize("form", ["text", "html"])
@pytest.mark.parametrize("line", PROSE)
def test_a_sentence_opening_on_a_day_is_no_date_of_issue(tmp_path, line, form):
    doc = processed(tmp_path, [*PROVINCE, "Số: 45/UBND-VX", "V/v tổ chức các hoạt động", "Kính gửi: Các sở, ban, ngành",
                               line, *SIGNS], form)
    assert (doc.metadata.issued_date, doc.metadata.place) == (None, None)
    assert "missing_issue_date" in {w.code for w in doc.warnings}
