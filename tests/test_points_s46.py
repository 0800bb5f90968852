"""s46: a point ("a) …", "b. …", "c/ …") under a heading with no clause end ("1. Mục tiêu", "IV. TỔ CHỨC THỰC HIỆN")
was joined into the heading as the wrapped rest of a sentence (small letters after no sentence end) in hard-wrapped text
(a text PDF, a copy): every "a)" of a decision was lost. A label is a point where the document proves it (the letter
before it opens a line above in the same form, or the letter after it one below); a sentence wrapped before "a) " with
no such run, or a citation ("… tại điểm" / "a) khoản 2 …"), stays joined. Documents of our own, hard-wrapped so that
the clean stage rejoins lines."""

from __future__ import annotations

import pytest

from conftest import write_in_form
import parsers
from pipeline.run import process
from pipeline.stages.clean import clean

HEADER = ["ỦY BAN NHÂN DÂN", "TỈNH BẮC NAM", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
          "Số: 41/KH-UBND", "Bắc Nam, ngày 9 tháng 4 năm 2026", "KẾ HOẠCH", "Triển khai chuyển đổi số năm 2026"]
# A hard-wrapped paragraph: long lines broken mid-sentence, so that the text reads as hard-wrapped.
WRAPPED = ["Để triển khai có hiệu quả các nhiệm vụ chuyển đổi số trên địa bàn tỉnh trong năm, Ủy ban nhân dân",
           "tỉnh ban hành kế hoạch thực hiện với các nội dung cụ thể như sau để các cơ quan, đơn vị thống nhất",
           "tổ chức thực hiện bảo đảm đúng tiến độ, chất lượng và hiệu quả theo chỉ đạo của cấp trên và tỉnh."]
HEADINGS = ["1. Mục tiêu", "IV. TỔ CHỨC THỰC HIỆN", "2. Các sở, ngành", "3. Nhiệm vụ trọng tâm", "II. NỘI DUNG"]
POINTS = [("Sở Khoa học và Công nghệ chủ trì xây dựng nền tảng dữ liệu dùng chung của tỉnh, bảo đảm kết nối",
           "với hệ thống quốc gia;"),
          ("Sở Nội vụ chủ trì rà soát thủ tục hành chính trên môi trường điện tử của các cơ quan",
           "hành chính nhà nước trên địa bàn;"),
          ("Công an tỉnh triển khai ứng dụng định danh điện tử trong giải quyết thủ tục của người dân",
           "và doanh nghiệp.")]
FORMS = {"paren": ")", "dot": ".", "slash": "/"}


def _lines(heading: str, form: str, letters: str = "abc") -> list[str]:
    lines = [*HEADER, *WRAPPED, heading]
    for letter, (first, rest) in zip(letters, POINTS):
        lines += [f"{letter}{form} {first}", rest]
    return [*lines, *WRAPPED]


def _texts(lines: list[str], fmt: str, tmp_path) -> list[str]:
    return [b.text for b in clean(parsers.read(write_in_form(tmp_path, lines, fmt))).blocks if b.text]


CASES = [(h, f, fmt) for h in HEADINGS for f in FORMS for fmt in ("text", "pdf")]


@pytest.mark.parametrize(("heading", "form", "fmt"), CASES, ids=[f"{k}-{f}-{fmt}" for k, (_, f, fmt) in enumerate(CASES)])
def test_the_first_point_under_a_heading_stays_a_point(heading, form, fmt, tmp_path):
    mark = FORMS[form]
    texts = _texts(_lines(heading, mark), fmt, tmp_path)
    assert heading in texts  # the heading alone, no point swallowed into it
    for letter, (first, rest) in zip("abc", POINTS):
        assert f"{letter}{mark} {first} {rest}" in texts  # each point whole, its wrapped rest joined


@pytest.mark.parametrize("fmt", ["text", "pdf"])
@pytest.mark.parametrize("letters", ["bcd", "đeg", "ghi"])
def test_a_run_that_starts_past_a_is_proved_by_its_order(letters, fmt, tmp_path):
    """A list cut by a page break or going on after a table starts at "b)": its letters still run in order."""
    texts = _texts(_lines("3. Nhiệm vụ trọng tâm", ")", letters), fmt, tmp_path)
    assert "3. Nhiệm vụ trọng tâm" in texts
    assert f"{letters[0]}) {POINTS[0][0]} {POINTS[0][1]}" in texts


@pytest.mark.parametrize("fmt", ["text", "pdf"])
@pytest.mark.parametrize("wrapped", [
    ["Các cơ quan, đơn vị thực hiện theo các nội dung đã nêu ở phần trên và bảo đảm các yêu cầu tại điểm",
     "a) khoản 2 Điều 5 của Quyết định số 12/2026/QĐ-UBND ngày 3 tháng 2 năm 2026 của Ủy ban nhân dân tỉnh."],
    ["Sở Tài chính tham mưu bố trí kinh phí thực hiện các nhiệm vụ theo hai nhóm: nhóm thường xuyên (nhóm",
     "a) và nhóm đầu tư phát triển theo quy định hiện hành của pháp luật về ngân sách nhà nước và tỉnh."],
])
def test_a_label_nothing_proves_stays_in_its_sentence(wrapped, fmt, tmp_path):
    """A sentence wrapped before "a) ": a citation's rest (a "b)" line elsewhere proves nothing after "điểm"), or
    a lone "a)" no other point's letter follows."""
    lines = [*HEADER, *WRAPPED, "1. Nội dung", *wrapped, *WRAPPED]
    if "điểm" in wrapped[0]:
        lines += ["2. Giải pháp", "b) Sở Nội vụ theo dõi, đôn đốc việc thực hiện kế hoạch này của các cơ quan,",
                  "đơn vị trên địa bàn tỉnh."]
    texts = _texts(lines, fmt, tmp_path)
    assert " ".join(wrapped) in " ".join(texts)
    assert not any(t.startswith("a) ") for t in texts)


def test_the_points_reach_the_tree_without_a_numbering_gap(tmp_path):
    doc = process(write_in_form(tmp_path, _lines("1. Mục tiêu", ")"), "pdf"))
    assert not [i for i in doc.warnings if i.code == "numbering_skipped"]


# Lead-ins: a single clause ending in ":" that names a body; its body is the lead (or the body requested) of each
# point below it that names none of its own.
LEAD_INS = [
    ("Sở Tài chính chịu trách nhiệm:", [("Sở Tài chính", "lead")]),
    ("Giao Công an tỉnh chủ trì thực hiện các nội dung sau:", [("Công an tỉnh", "lead")]),
    ("Giao Sở Y tế chủ trì, phối hợp với Sở Tư pháp thực hiện các công việc sau:", [("Sở Y tế", "lead"), ("Sở Tư pháp", "support")]),
    ("Sở Nội vụ có trách nhiệm:", [("Sở Nội vụ", "lead")]),
    ("Ủy ban nhân dân các xã, phường:", [("Ủy ban nhân dân các xã, phường", "lead")]),
    ("Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh:", [("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "requested")]),
    ("Đề nghị Liên đoàn Lao động tỉnh phối hợp thực hiện:", [("Liên đoàn Lao động tỉnh", "requested")]),
    ("Sở Giáo dục và Đào tạo chủ trì triển khai các nhiệm vụ:", [("Sở Giáo dục và Đào tạo", "lead")]),
]
PLAN = ["I. MỤC ĐÍCH, YÊU CẦU", "Bảo đảm thực hiện đồng bộ, hiệu quả các nhiệm vụ đề ra.", "II. TỔ CHỨC THỰC HIỆN"]
UNDER = ["a) Tham mưu bố trí nguồn lực thực hiện kế hoạch trong năm;",
         "b) Hướng dẫn các đơn vị tổng hợp kết quả, báo cáo định kỳ hằng quý;",
         "c) Ban Quản lý các khu công nghiệp chủ trì rà soát hạ tầng số tại các khu công nghiệp.",
         "2. Văn phòng Ủy ban nhân dân tỉnh theo dõi, đôn đốc việc thực hiện kế hoạch này."]
LEAD_IN_CASES = [(k, fmt) for k in range(len(LEAD_INS)) for fmt in ("text", "docx", "html")]


@pytest.mark.parametrize(("k", "fmt"), LEAD_IN_CASES, ids=[f"{k}-{fmt}" for k, fmt in LEAD_IN_CASES])
def test_the_body_of_a_lead_in_passes_to_the_points_under_it(k, fmt, tmp_path):
    lead_in, bodies = LEAD_INS[k]
    doc = process(write_in_form(tmp_path, [*HEADER, *PLAN, f"1. {lead_in}", *UNDER], fmt))
    by_point: dict[str, set[tuple[str, str]]] = {}
    for a in doc.assignments:
        by_point.setdefault(a.section.rsplit("__", 1)[-1], set()).add((a.agency.name, a.role))
    assert by_point.get("point_a") == set(bodies)
    assert by_point.get("point_b") == set(bodies)
    assert by_point.get("point_c") == {("Ban Quản lý các khu công nghiệp", "lead")}  # a point's own body wins
    assert not any(a.duty.strip() == lead_in for a in doc.assignments)  # the lead-in is no duty of its own


@pytest.mark.parametrize("lead_in", ["Mục tiêu cụ thể đến năm 2026:", "Các nội dung chủ yếu gồm:"])
def test_a_lead_in_that_names_no_body_gives_none(lead_in, tmp_path):
    doc = process(write_in_form(tmp_path, [*HEADER, *PLAN, f"1. {lead_in}", *UNDER], "text"))
    assert not [a for a in doc.assignments if a.section.endswith(("point_a", "point_b"))]


def _ids(sections) -> list[str]:
    return [i for s in sections for i in (s.id, *_ids(s.children))]


@pytest.mark.parametrize("fmt", ["text", "docx", "html"])
@pytest.mark.parametrize("capital", ["C", "V", "X"])
def test_an_ocr_capital_after_the_points_before_it_is_the_next_point(capital, fmt, tmp_path):
    """OCR reads "c)" under "a)", "b)" as "C)", a Roman hundred: the third point, not a part swallowing the next
    ones ("III. …"). "V)" after "u)", "X)" after "v)" alike."""
    before = {"C": "ab", "V": "tu", "X": "uv"}[capital]
    lines = [*HEADER, "I. MỤC ĐÍCH, YÊU CẦU", "Bảo đảm thực hiện đồng bộ, hiệu quả các nhiệm vụ đề ra.",
             "II. NHIỆM VỤ", "1. Nhiệm vụ chung"]
    lines += [f"{before[0]}) Rà soát các văn bản hướng dẫn của tỉnh;", f"{before[1]}) Tổ chức tập huấn cho công chức;",
              f"{capital}) Tổng hợp, báo cáo kết quả thực hiện.",
              "III. TỔ CHỨC THỰC HIỆN", "Sở Nội vụ theo dõi, đôn đốc việc thực hiện kế hoạch này."]
    ids = _ids(process(write_in_form(tmp_path, lines, fmt)).sections)
    assert f"sec_II__item_1__point_{capital.lower()}" in ids
    assert "sec_III" in ids


def test_a_roman_part_that_goes_on_stays_a_part(tmp_path):
    lines = [*HEADER, "IV. NHIỆM VỤ", "1. Nhiệm vụ chung", "t) Rà soát các văn bản hướng dẫn của tỉnh;",
             "u) Tổ chức tập huấn cho công chức;", "V) TỔ CHỨC THỰC HIỆN", "Sở Nội vụ theo dõi việc thực hiện kế hoạch."]
    ids = _ids(process(write_in_form(tmp_path, lines, "text")).sections)
    assert "sec_V" in ids
