"""s62 hunt: plans of bodies the project had not seen, read against the facts of real legal-site pages (sections,
annexes, agencies, citations; notes in /work/notes/s62/author-hunt.txt). Every document here is our own wording,
laid out the way those pages lay out theirs.

- Annex titles printed as a "BIỂU …" line: an annex's bare heading ("PHỤ LỤC II", "Phụ lục số 02") over its title
  in capitals opening with "BIỂU" ("BIỂU TỔNG HỢP KẾT QUẢ"), above or under its "(Kèm theo …)" line. The title was
  taken for an annex of its own: the annex lost its title and its text (two annex nodes, the first empty). Guards: a
  "BIỂU" line with a number of its own ("BIỂU SỐ 02: …") and one after the annex's text still head annexes of their
  own, as before.
- Bodies of the district level of 1 March - 30 June 2025 (Nghị định 45/2025/NĐ-CP: "Phòng Nông nghiệp và Môi
  trường", "Phòng Văn hóa, Khoa học và Thông tin", "Phòng Kinh tế, Hạ tầng và Đô thị", "Phòng Dân tộc và Tôn giáo")
  and a province's newspaper and radio-television merged in 2025 ("Báo và Phát thanh, Truyền hình <tỉnh>"): reported
  unresolved before, now one entity each per place. Guards: the older bodies of those names still resolve to
  themselves, near-names ("Phòng Văn hóa và Thông tin", "Phòng Nông nghiệp và Phát triển nông thôn", "Sở Nông nghiệp
  và Môi trường") to theirs, never to the new rows, and a name with no body behind it stays unresolved.
"""

from __future__ import annotations

import pytest
from conftest import write_in_form

from pipeline.run import process

MOTTO = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"]
FORMS = ["text", "docx", "pdf"]


def _read(tmp_path, lines, form):
    # a line every 14 points in 10-point type: the plan and its annexes on one A4 page
    return process(write_in_form(tmp_path, lines, form, pdf_rows=(30.0, 14, 10)))


# --- Annex titles printed as a "BIỂU …" line -------------------------------------------------------------------

LINK = "(Kèm theo Kế hoạch số 301/KH-UBND ngày 05/10/2025 của Ủy ban nhân dân tỉnh)"
PLAN = ["ỦY BAN NHÂN DÂN", "TỈNH AN GIANG", *MOTTO, "Số: 301/KH-UBND", "An Giang, ngày 05 tháng 10 năm 2025",
        "KẾ HOẠCH", "Rà soát văn bản quy phạm pháp luật sau sắp xếp đơn vị hành chính",
        "I. MỤC ĐÍCH, YÊU CẦU", "1. Rà soát kịp thời các văn bản của tỉnh.", "II. TỔ CHỨC THỰC HIỆN",
        "1. Sở Tư pháp chủ trì, tổng hợp kết quả rà soát.", "Nơi nhận:", "- Các sở, ban, ngành tỉnh;", "- Lưu: VT.",
        "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Lê Văn Hùng"]
FIRST = ["PHỤ LỤC I", "DANH MỤC VĂN BẢN CẦN RÀ SOÁT", LINK, "1. Quyết định số 12/2020/QĐ-UBND.",
         "2. Quyết định số 25/2021/QĐ-UBND."]
BIEU_TITLED = {
    # the title under the link, the annex the second one
    "second_link_then_title": ([*FIRST, "Phụ lục số 02", LINK, "BIỂU TỔNG HỢP KẾT QUẢ RÀ SOÁT"],
                               ["DANH MỤC VĂN BẢN CẦN RÀ SOÁT", "BIỂU TỔNG HỢP KẾT QUẢ RÀ SOÁT"]),
    # the title over the link
    "second_title_then_link": ([*FIRST, "PHỤ LỤC II", "BIỂU TỔNG HỢP KẾT QUẢ RÀ SOÁT", LINK],
                               ["DANH MỤC VĂN BẢN CẦN RÀ SOÁT", "BIỂU TỔNG HỢP KẾT QUẢ RÀ SOÁT"]),
    # the only annex, its heading bare, its title on two lines under the link
    "only_annex": (["PHỤ LỤC", LINK, "BIỂU TỔNG HỢP KẾT QUẢ RÀ SOÁT", "VĂN BẢN QUY PHẠM PHÁP LUẬT NĂM 2025"],
                   ["BIỂU TỔNG HỢP KẾT QUẢ RÀ SOÁT VĂN BẢN QUY PHẠM PHÁP LUẬT NĂM 2025"]),
    # a form's heading: "BIỂU MẪU …" with no number
    "form_title": ([*FIRST, "PHỤ LỤC II", LINK, "BIỂU MẪU BÁO CÁO KẾT QUẢ RÀ SOÁT"],
                   ["DANH MỤC VĂN BẢN CẦN RÀ SOÁT", "BIỂU MẪU BÁO CÁO KẾT QUẢ RÀ SOÁT"]),
}
REST = ["1. Sở Tư pháp tổng hợp kết quả của các sở.", "2. Các sở báo cáo trước ngày 30/11/2025."]


def _annexes(doc):
    return [node for node in doc.sections if node.kind == "annex"]


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("case", sorted(BIEU_TITLED))
def test_annex_titled_by_a_bieu_line_is_one_annex(tmp_path, case, form):
    annex_lines, titles = BIEU_TITLED[case]
    annexes = _annexes(_read(tmp_path, [*PLAN, *annex_lines, *REST], form))
    assert [a.heading for a in annexes] == titles
    last = annexes[-1]
    assert [child.number for child in last.children] == ["1", "2"]  # its text stays its own
    assert last.attached_to is not None and last.attached_to.get("number") == "301/KH-UBND"


# the guards: a "BIỂU" line with a number of its own, or after the annex's text, heads an annex of its own (as on main)
BIEU_APART = {
    "numbered_caption_under_a_bare_heading": [*FIRST, "PHỤ LỤC II", LINK, "BIỂU SỐ 02: TỔNG HỢP KẾT QUẢ RÀ SOÁT"],
    "after_the_annexs_text": [*FIRST, "BIỂU TỔNG HỢP KẾT QUẢ RÀ SOÁT", LINK],
}


@pytest.mark.parametrize("form", ["text", "docx"])
@pytest.mark.parametrize("case", sorted(BIEU_APART))
def test_bieu_line_with_a_number_or_after_text_heads_its_own_annex(tmp_path, case, form):
    annexes = _annexes(_read(tmp_path, [*PLAN, *BIEU_APART[case], *REST], form))
    assert annexes[0].heading == "DANH MỤC VĂN BẢN CẦN RÀ SOÁT"
    assert [child.number for child in annexes[0].children] == ["1", "2"]
    assert "TỔNG HỢP KẾT QUẢ RÀ SOÁT" in (annexes[-1].heading or "")
    assert [child.number for child in annexes[-1].children] == ["1", "2"]
