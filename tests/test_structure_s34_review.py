"""Section trees: the s34 review's findings on structure8's merge.

- A table's caption in the body ("Biểu 1. KẾT QUẢ THU NGÂN SÁCH NĂM 2025", "Biểu 1.1:", "Biểu số 1") between two items
  took the rest of the body, its later parts and the closing as an annex: "Biểu N" heads an annex only where one can
  start (after the closing, with a "(Kèm theo …)" line under it); before that it is the item's text.
- Bracketed items numbered through the points ("2) Hỗ trợ" / "a)" / "1)" "2)" / "b)" / "3)" "4)" / "3) Tiêu thụ"): the
  first "3)" was taken for the outer list's next item, leaving "b)" empty; the later "3)" says whose it is.
- Sentences ("Các hạn chế đã được khắc phục kịp thời.") were headed as titled noun phrases ("Những việc đã làm được.").
"""

from __future__ import annotations

import pytest

from test_structure_s34 import FORMS, REFERENCE, REPORT_CLOSING, REPORT_HEADER, _body, _doc, _outline


def _report(tmp_path, lines: list[str], form: str, closing=REPORT_CLOSING):
    return _doc(tmp_path, lines, form, header=REPORT_HEADER, closing=closing).sections


_ROWS = ["STT", "Nội dung", "Kế hoạch", "Thực hiện", "1", "Thu thuế", "10.000", "11.000", "2", "Thu phí", "2.000", "2.500"]


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("caption", ["Biểu 1. KẾT QUẢ THU NGÂN SÁCH NĂM 2025", "Biểu 1.1: KẾT QUẢ THU NGÂN SÁCH NĂM 2025",
                                     "Biểu số 1. KẾT QUẢ THU NGÂN SÁCH NĂM 2025", "BIỂU 2", "Biểu số 02",
                                     "BIỂU SỐ 3: TỔNG HỢP KINH PHÍ"])
def test_a_table_caption_in_the_body_is_no_annex(tmp_path, form, caption):
    lines = ["I. KẾT QUẢ", "1. Thu ngân sách", "Tổng thu ngân sách năm 2025 đạt 15.000 triệu đồng, cụ thể như sau:",
             caption, *_ROWS, "2. Chi ngân sách", "Chi thường xuyên bảo đảm theo dự toán.", "II. NHIỆM VỤ NĂM 2026",
             "Tiếp tục tăng thu ngân sách."]
    sections = _report(tmp_path, lines, form)
    assert [n.kind for n in sections] == ["opening", "roman", "roman", "closing"]
    assert _outline(sections[1:3]) == [("roman", "I", [("arabic", "1", []), ("arabic", "2", [])]), ("roman", "II", [])]
    assert caption in sections[1].children[0].text


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("heading", ["Biểu 1", "Biểu số 01", "BIỂU 1.1"])
def test_a_table_heading_after_the_closing_or_over_its_reference_is_an_annex(tmp_path, form, heading):
    body = ["I. NHIỆM VỤ", "Chi tiết tại biểu kèm theo."]
    after = _report(tmp_path, body, form, closing=[*REPORT_CLOSING, heading, "KINH PHÍ THỰC HIỆN", *_ROWS])
    assert [n.kind for n in after] == ["opening", "roman", "closing", "annex"]
    (tmp_path / "over").mkdir()
    over = _report(tmp_path / "over", [*body, heading, "KINH PHÍ THỰC HIỆN", REFERENCE, *_ROWS], form, closing=[])
    assert [n.kind for n in over][-1] == "annex"


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("lines, outline", [
    (["I. NHIỆM VỤ", "1) Tuyên truyền", "Tổ chức tuyên truyền rộng rãi.", "2) Hỗ trợ sản xuất", "a) Hỗ trợ con giống:",
      "1) Giống ong nội cho các hộ nghèo;", "2) Giống ong ngoại cho các hợp tác xã;", "b) Hỗ trợ kỹ thuật:",
      "3) Tập huấn kỹ thuật nuôi ong cho các hộ;", "4) Chuyển giao quy trình phòng bệnh;", "3) Tiêu thụ sản phẩm",
      "Xây dựng thương hiệu mật ong."],
     [("roman", "I", [("arabic", "1", []),
                      ("arabic", "2", [("letter", "a", [("arabic", "1", []), ("arabic", "2", [])]),
                                       ("letter", "b", [("arabic", "3", []), ("arabic", "4", [])])]),
                      ("arabic", "3", [])])]),
    # three points, the finer list numbered through them; the outer list's "3)" and "4)" after
    (["I. NHIỆM VỤ", "1) Điều tra", "Rà soát đàn ong.", "2) Tập huấn", "a) Ở vùng đồi:", "1) Xã Sơn Khê;", "b) Ở vùng đồng:",
      "2) Xã Hà Phú;", "3) Xã Tân Lập;", "c) Ở ven biển:", "4) Xã Hải An.", "3) Quảng bá", "Dự hội chợ.", "4) Kinh phí",
      "Ngân sách tỉnh."],
     [("roman", "I", [("arabic", "1", []),
                      ("arabic", "2", [("letter", "a", [("arabic", "1", [])]),
                                       ("letter", "b", [("arabic", "2", []), ("arabic", "3", [])]),
                                       ("letter", "c", [("arabic", "4", [])])]),
                      ("arabic", "3", []), ("arabic", "4", [])])]),
])
def test_bracketed_items_numbered_through_the_points_before_the_outer_lists_next(tmp_path, form, lines, outline):
    assert _outline(_body(tmp_path, lines, form)) == outline


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("items", [
    ["1. Các chỉ tiêu đã đạt kế hoạch đề ra.", "Tổng đàn ong đạt 1.200 đàn, sản lượng mật đạt 15 tấn, tăng 10% so với cùng kỳ.",
     "2. Các hạn chế đã được khắc phục kịp thời.", "Các xã đã rà soát, chấn chỉnh việc cấp phát con giống cho các hộ dân đúng đối tượng."],
    ["1. Mọi nội dung đã được triển khai.", "Tổng đàn ong đạt 1.200 đàn, sản lượng mật đạt 15 tấn, tăng 10% so với cùng kỳ.",
     "2. Các nhiệm vụ còn lại sẽ hoàn thành trong quý IV.", "Ủy ban nhân dân xã tiếp tục chỉ đạo các thôn đôn đốc các hộ hoàn thành đúng tiến độ."],
    ["1. Các nhiệm vụ còn chậm so với kế hoạch.", "Việc cấp con giống cho 120 hộ chưa hoàn thành do nguồn giống khan hiếm, giá tăng cao.",
     "2. Một số khó khăn vẫn chưa được tháo gỡ.", "Nguồn vốn vay ưu đãi cho các hộ nuôi ong còn hạn chế, thủ tục vay còn phức tạp."],
    ["a) Những vướng mắc đã được giải quyết dứt điểm.", "Các thôn đã hoàn thành việc bàn giao đàn ong giống cho các hộ trong tháng 10.",
     "b) Các mục tiêu phải đạt trong năm nay.", "Tổng đàn ong của xã đạt 1.500 đàn và sản lượng mật ong đạt 20 tấn trở lên."],
])
def test_a_sentence_whose_subject_is_a_kind_of_things_stays_text(tmp_path, form, items):
    (part,) = [n for n in _report(tmp_path, ["I. KẾT QUẢ", *items], form) if n.kind == "roman"]
    assert [n.heading for n in part.children] == [None, None]
    assert part.children[0].text.startswith(items[0].split(" ", 1)[1])


@pytest.mark.parametrize("form", FORMS)
def test_a_kind_of_things_with_a_short_clause_is_still_a_title(tmp_path, form):
    items = ["1. Việc cần làm ngay.", "Rà soát toàn bộ đàn ong của các hộ, lập danh sách các hộ cần hỗ trợ giống.",
             "2. Các kết quả cần đạt được.", "Tổng đàn ong đạt 1.500 đàn, sản lượng mật đạt 20 tấn, thu nhập tăng 10%."]
    (part,) = [n for n in _report(tmp_path, ["I. KẾT QUẢ", *items], form) if n.kind == "roman"]
    assert [n.heading for n in part.children] == ["Việc cần làm ngay.", "Các kết quả cần đạt được."]
