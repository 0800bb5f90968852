"""Review of s51-directive: variants of its rules where they gave a confident wrong value or lost one the base read.

- The opening's closing line as a lead-in: a sentence wrapped over lines in a text copy ("… yêu cầu Giám đốc các
  sở,\\nThủ trưởng các ban, ngành thực hiện …:") is read whole, not its last line ("các ban, ngành" alone; the asking
  word "đề nghị" lost, so "lead"); the asking word "chỉ thị" ("Chủ tịch UBND tỉnh chỉ thị các sở, ngành …:") is no
  part of a body's name. Plans, decisions and openings that ask no one give the paragraphs no body.
- A first sentence with a role word and no verb of its own ("1. Sở Y tế chủ trì, phối hợp với các sở, ngành liên
  quan." over a line of duty) still heads its paragraph: its words run into the next sentence's otherwise.
- A full stop before a small letter: a sentence end whose next capital was read small ("… khu công nghiệp. sở Công
  Thương phối hợp …") still ends a sentence; only after a body's kind ("cơ quan. đơn vị") is it OCR's ",".
"""

from __future__ import annotations

import pytest
from conftest import write_in_form

from pipeline.run import process

PROVINCE = ["ỦY BAN NHÂN DÂN", "TỈNH KON TUM"]
NATIONAL = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Kon Tum, ngày 3 tháng 9 năm 2026"]
END = ["Nơi nhận:", "- Bộ Công Thương;", "- Lưu: VT, KT.", "CHỦ TỊCH", "Trần Văn Bình"]
SITUATION = "Thời gian gần đây, tình trạng buôn bán hàng giả tại các chợ nông thôn có chiều hướng gia tăng."
POINTS = ["1. Tăng cường kiểm tra hàng hóa lưu thông tại các chợ nông thôn.",
          "2. Xử lý nghiêm các cơ sở kinh doanh hàng không rõ nguồn gốc."]
DUTIES = {"Tăng cường kiểm tra hàng hóa lưu thông tại các chợ nông thôn.",
          "Xử lý nghiêm các cơ sở kinh doanh hàng không rõ nguồn gốc."}


def _head(kind: str, symbol: str) -> list[str]:
    return [*PROVINCE, f"Số: 21/{symbol}", *NATIONAL, kind, "Về chống buôn bán hàng giả tại các chợ nông thôn"]


DIRECTIVE = _head("CHỈ THỊ", "CT-UBND")
PLAN = _head("KẾ HOẠCH", "KH-UBND")


def _read(tmp_path, lines, form):
    doc = process(write_in_form(tmp_path, lines, form))
    return doc, {(a.agency.name, a.role) for a in doc.assignments}


# the opening's closing line, wrapped over two lines of a text copy (a PDF's text, or a Word file made from one)

@pytest.mark.parametrize("form", ["text", "docx"])
@pytest.mark.parametrize("wrapped, expected", [
    (["Chủ tịch Ủy ban nhân dân tỉnh yêu cầu Giám đốc các sở,",
      "Thủ trưởng các ban, ngành thực hiện nghiêm các nội dung sau:"], {("các sở, các ban, ngành", "lead")}),
    (["Chủ tịch Ủy ban nhân dân tỉnh đề nghị Ủy ban Mặt trận Tổ quốc",
      "Việt Nam tỉnh phối hợp thực hiện các nội dung sau:"], {("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "requested")}),
])
def test_a_lead_in_wrapped_over_lines_is_read_whole(tmp_path, form, wrapped, expected):
    doc, duties = _read(tmp_path, [*DIRECTIVE, SITUATION, *wrapped, *POINTS, *END], form)
    assert duties == expected
    assert {a.duty for a in doc.assignments} == DUTIES


@pytest.mark.parametrize("form", ["text", "docx"])
def test_the_asking_word_chi_thi_is_no_part_of_a_name(tmp_path, form):
    lead_in = ("Để ngăn chặn tình trạng trên, Chủ tịch Ủy ban nhân dân tỉnh chỉ thị các sở, ngành, địa phương thực hiện "
               "nghiêm các nội dung sau:")
    doc, duties = _read(tmp_path, [*DIRECTIVE, SITUATION, lead_in, *POINTS, *END], form)
    assert duties == {("các sở, ngành, địa phương", "lead")}
    assert {a.duty for a in doc.assignments} == DUTIES


# where the opening's line gives the paragraphs no body (held on the base and the branch: guards)

@pytest.mark.parametrize("form", ["text", "docx"])
@pytest.mark.parametrize("head, closing", [
    (DIRECTIVE, "Để ngăn chặn tình trạng trên, Chủ tịch Ủy ban nhân dân tỉnh chỉ thị:"),
    (DIRECTIVE, "Kết quả kiểm tra năm 2025 của Sở Công Thương và Công an tỉnh như sau:"),
    (PLAN, "Ủy ban nhân dân tỉnh yêu cầu Giám đốc các sở, ngành thực hiện các nội dung sau:"),
])
def test_an_opening_that_asks_no_one_or_a_plans_gives_no_body(tmp_path, form, head, closing):
    doc, _ = _read(tmp_path, [*head, SITUATION, closing, *POINTS, *END], form)
    assert doc.assignments == []


# a first sentence with a role word and no verb heads the paragraph (a plan's and a directive's)

@pytest.mark.parametrize("form", ["text", "docx"])
@pytest.mark.parametrize("head, before", [
    (PLAN, ["I. MỤC ĐÍCH", "Ngăn chặn hàng giả.", "II. TỔ CHỨC THỰC HIỆN"]),
    (DIRECTIVE, [SITUATION, "Chủ tịch Ủy ban nhân dân tỉnh yêu cầu:"]),
])
def test_a_first_sentence_with_a_role_word_heads_its_paragraph(tmp_path, form, head, before):
    item = ["1. Sở Công Thương chủ trì, phối hợp với các sở, ngành liên quan.",
            "Tham mưu Ủy ban nhân dân tỉnh kiểm tra các chợ nông thôn."]
    doc, duties = _read(tmp_path, [*head, *before, *item, *END], form)
    # (s61: the partners the first sentence names support the paragraph's duty, as a heading's do; before, only the
    # lead was read)
    assert duties == {("Sở Công Thương", "lead"), ("các sở, ngành liên quan", "support")}
    assert [a.duty for a in doc.assignments] == ["Tham mưu Ủy ban nhân dân tỉnh kiểm tra các chợ nông thôn."] * 2


# a full stop before a small letter

@pytest.mark.parametrize("form", ["text", "docx"])
@pytest.mark.parametrize("head, before", [
    (PLAN, ["I. MỤC ĐÍCH", "Ngăn chặn hàng giả.", "II. NHIỆM VỤ"]),
    (DIRECTIVE, [SITUATION, "Chủ tịch Ủy ban nhân dân tỉnh yêu cầu:"]),
])
def test_a_sentence_end_before_a_capital_read_small_still_ends_it(tmp_path, form, head, before):
    item = ["1. Sở Y tế kiểm tra các bếp ăn tập thể tại khu công nghiệp. sở Công Thương phối hợp kiểm tra các chợ "
            "đầu mối.",
            "2. Công an tỉnh phối hợp với cơ quan. đơn vị liên quan xử lý vi phạm."]
    _, duties = _read(tmp_path, [*head, *before, *item, *END], form)
    assert ("Sở Y tế", "lead") in duties
    assert ("sở Công Thương", "support") in duties or ("sở Công Thương", "lead") in duties
    # after a body's kind the full stop is OCR's ",": the list goes on
    assert ("Công an tỉnh", "lead") in duties and ("cơ quan. đơn vị liên quan", "support") in duties
    assert not any(". " in name and "khu công nghiệp" in name for name, _ in duties)


# a titled section beside an annex's part of duties: what was done, no duty

@pytest.mark.parametrize("form", ["text", "docx"])
def test_a_titled_report_of_the_past_beside_an_annexs_part_of_duties_is_no_duty(tmp_path, form):
    body = ["I. ĐÁNH GIÁ TÌNH HÌNH", "Năm 2025, Sở Công Thương đã kiểm tra 52 chợ; Công an tỉnh đã xử lý 17 vụ buôn bán "
            "hàng giả.", "II. TRONG THỜI GIAN TỚI", "Các cấp, các ngành cần quán triệt sâu sắc Chỉ thị này."]
    annex = ["Phụ lục", "PHÂN CÔNG NHIỆM VỤ", "(Kèm theo Chỉ thị số 21/CT-UBND ngày 03/9/2026 của Ủy ban nhân dân tỉnh)",
             "I. NHIỆM VỤ CỦA CÁC CƠ QUAN", "1. Sở Tài chính bố trí kinh phí cho các đoàn kiểm tra.",
             "2. Công an tỉnh tăng cường phát hiện các đường dây buôn bán hàng giả."]
    doc, duties = _read(tmp_path, [*DIRECTIVE, *body, *END, *annex], form)
    assert duties == {("Sở Tài chính", "lead"), ("Công an tỉnh", "lead")}
    assert not any("đã" in a.duty for a in doc.assignments)
