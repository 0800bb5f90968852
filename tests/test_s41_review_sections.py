"""s41 review of the section tree and the citations (s41-sections, s41-meta), the findings each on its input and
variants of its own (every fixture written for the test, names made up).

- A list of laws sharing one "Luật" ("Căn cứ Luật Tổ chức chính quyền địa phương, Tổ chức Chính phủ;") was cited as one
  law of a made-up name: a name with a capital after a comma is a law's only where it is a known one
  (cited_issuers.json named_laws.names_with_commas: "Thi đua, Khen thưởng"); any other is no citation.
- Groups lettered in sentence case inside a decision's article ("Điều 1. Thành lập Ban Chỉ đạo gồm:" / "A. Lãnh đạo Ban
  Chỉ đạo" / "1. Ông …" / "B. Thành viên" / …) took the later articles under the last letter: letters after an
  article are its groups, and an article never nests under a letter.
- A "(1)" list under an item, then points "a)" "b)": the points were children of the last "(n)" item; they are the
  item's. And notes numbered "(1)" "(2)" after indicator lines whose figures carry those marks ("…98%(2).") with no
  "Ghi chú:" were read as items under the last dash: they are notes, text.
"""

from __future__ import annotations

import pytest
from conftest import write_in_form

from pipeline.run import process

FORMS = ["text", "docx"]


# --- 3. a list of laws sharing one "Luật" -----------------------------------------------------------------------------

def _named(text: str) -> list[tuple]:
    from pipeline.stages.citations import find_named_laws

    return [(c.doc_type, c.name) for c in find_named_laws(text)]


@pytest.mark.parametrize("text", [
    "Căn cứ Luật Tổ chức chính quyền địa phương, Tổ chức Chính phủ;",  # the reviewer's
    "Căn cứ Luật Ngân sách nhà nước, Đầu tư công;",
    "Căn cứ Luật Đất đai, Nhà ở, Kinh doanh bất động sản;",
    "Căn cứ Luật Quy hoạch, Xây dựng;",
    "Căn cứ Luật Giáo dục, Giáo dục nghề nghiệp ngày 14 tháng 6 năm 2019;",
    "Căn cứ Nghị định số 12/2024/NĐ-CP; Luật Du lịch, Di sản văn hóa;",
])
def test_laws_sharing_one_luat_are_no_law_of_a_made_up_name(text):
    assert all("," not in (name or "") or fold_name(name) in KNOWN for _, name in _named(text))


def fold_name(name: str) -> str:
    from pipeline.text import fold

    return fold(name).replace(",", " ").replace("  ", " ")


KNOWN = {"thi dua khen thuong", "phong chay chua chay", "can bo cong chuc"}


@pytest.mark.parametrize("text, expected", [
    ("Căn cứ Luật Thi đua, Khen thưởng;", [("Luật", "Thi đua, Khen thưởng")]),
    ("Căn cứ Luật Phòng cháy, Chữa cháy ngày 29/6/2001;", [("Luật", "Phòng cháy, Chữa cháy")]),
    ("Căn cứ Luật Cán bộ, Công chức và Luật Viên chức;", [("Luật", "Cán bộ, Công chức"), ("Luật", "Viên chức")]),
    ("Căn cứ Luật Thi đua, khen thưởng;", [("Luật", "Thi đua, khen thưởng")]),  # small letters: as before
    ("Căn cứ Luật Ngân sách nhà nước; Luật Đầu tư công;", [("Luật", "Ngân sách nhà nước"), ("Luật", "Đầu tư công")]),
])
def test_a_known_law_with_a_capital_after_its_comma_is_still_cited(text, expected):
    assert _named(text) == expected


# --- the tree helpers ---------------------------------------------------------------------------------------------------

DECISION_HEAD = ["ỦY BAN NHÂN DÂN", "TỈNH LAM SƠN", "Số: 215/QĐ-UBND", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                 "Độc lập - Tự do - Hạnh phúc", "Lam Sơn, ngày 02 tháng 4 năm 2026", "QUYẾT ĐỊNH",
                 "Về việc thành lập Ban Chỉ đạo chuyển đổi số tỉnh", "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH",
                 "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;", "QUYẾT ĐỊNH:"]
DECISION_CLOSE = ["Nơi nhận:", "- Như Điều 3;", "- Lưu: VT.", "CHỦ TỊCH", "Hà Văn Sử"]
PLAN_HEAD = ["ỦY BAN NHÂN DÂN", "TỈNH LAM SƠN", "Số: 73/KH-UBND", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
             "Độc lập - Tự do - Hạnh phúc", "Lam Sơn, ngày 14 tháng 5 năm 2026", "KẾ HOẠCH",
             "Giảm nghèo bền vững năm 2026",
             "Thực hiện Nghị quyết số 12/NQ-HĐND ngày 10/01/2026 của Hội đồng nhân dân tỉnh, Ủy ban nhân dân tỉnh ban "
             "hành Kế hoạch như sau:"]
PLAN_CLOSE = ["Nơi nhận:", "- Các sở, ngành;", "- Lưu: VT.", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Vi Thị Mai"]


def _tree(tmp_path, head, lines, close, form):
    sections = process(write_in_form(tmp_path, [*head, *lines, *close], form)).sections
    return _outline([n for n in sections if n.kind not in ("opening", "closing")])


def _outline(nodes) -> list:
    return [(n.kind, n.number, _outline(n.children)) for n in nodes if n.kind != "table"]


# --- 4. lettered groups inside a decision's article -----------------------------------------------------------------

@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("groups, read", [
    (["A. Lãnh đạo Ban Chỉ đạo", "B. Thành viên"], True),  # the reviewer's
    (["A. Lãnh đạo Ban Chỉ đạo", "B. Thành viên", "C. Tổ giúp việc, thư ký"], True),
    (["A. LÃNH ĐẠO BAN CHỈ ĐẠO", "B. THÀNH VIÊN"], True),
    (["A. Trưởng ban, Phó Trưởng ban", "B. Các ủy viên"], False),  # a post's capitals: text, as before
])
def test_letters_inside_an_article_take_no_later_article(tmp_path, form, groups, read):
    people = ["1. Ông Nguyễn Văn An, Chủ tịch UBND tỉnh;", "2. Bà Lê Thị Bình, Phó Chủ tịch UBND tỉnh;"]
    lines = ["Điều 1. Thành lập Ban Chỉ đạo chuyển đổi số tỉnh gồm các ông, bà có tên sau:"]
    for group in groups:
        lines += [group, *people]
    lines += ["Điều 2. Ban Chỉ đạo có nhiệm vụ giúp UBND tỉnh chỉ đạo chuyển đổi số.",
              "Điều 3. Chánh Văn phòng UBND tỉnh, Giám đốc các sở và các ông, bà có tên tại Điều 1 chịu trách nhiệm thi "
              "hành Quyết định này./."]
    tree = _tree(tmp_path, DECISION_HEAD, lines, DECISION_CLOSE, form)
    assert [(kind, number) for kind, number, _ in tree] == [("article", "1"), ("article", "2"), ("article", "3")]
    letters = [child for child in tree[0][2] if child[0] == "upper_letter"]
    assert [number for _, number, _ in letters] == ([g[0] for g in groups] if read else [])
    assert all(len(children) == 2 for _, _, children in letters)


# --- 7. "(n)" lists and notes ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("points", [
    ["a) Kiểm tra việc tuyên truyền ở các xã;", "b) Báo cáo kết quả về Sở."],  # the reviewer's
    ["a) Kiểm tra việc tuyên truyền ở các xã", "- Mỗi quý một lần;", "b) Báo cáo kết quả về Sở."],
    ["a) Kiểm tra việc tuyên truyền ở các xã;"],
])
def test_points_after_a_list_in_brackets_are_the_item_s(tmp_path, form, points):
    lines = ["I. NHIỆM VỤ", "1. Tuyên truyền", "(1) Phát tin trên đài truyền thanh xã", "- Mỗi tuần hai lần;",
             "(2) Treo băng rôn tại nhà văn hóa thôn", "- Mỗi thôn hai băng rôn;", *points, "2. Hỗ trợ sinh kế",
             "Hỗ trợ giống cây trồng."]
    tree = _tree(tmp_path, PLAN_HEAD, lines, PLAN_CLOSE, form)
    (part,) = tree
    item = part[2][0]
    assert [(kind, number) for kind, number, _ in item[2]] == [
        ("arabic", "1"), ("arabic", "2"), *[("letter", p[0]) for p in points if p[1] == ")"]]
    assert [child for child in item[2][1][2] if child[0] == "letter"] == []


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("marks, notes", [
    (["- Tỷ lệ hộ nghèo giảm còn 3,5%(1).", "- Tỷ lệ trẻ em được tiêm chủng đạt 98%(2)."],
     ["(1) Theo chuẩn nghèo đa chiều giai đoạn 2022-2025", "- Áp dụng cho cả khu vực thành thị.",
      "(2) Số liệu của Sở Y tế năm 2025", "- Tính cả trẻ em tạm trú."]),  # the reviewer's
    (["- Tỷ lệ hộ nghèo giảm còn 3,5% (1);", "- Tỷ lệ che phủ rừng đạt 62% (2)."],
     ["(1) Theo chuẩn nghèo đa chiều", "- Áp dụng toàn tỉnh.", "(2) Theo kết quả kiểm kê rừng", "- Năm 2025."]),
    (["- Thu nhập bình quân đạt 45 triệu đồng(1)", "- Tỷ lệ lao động qua đào tạo đạt 70%(2)"],
     ["(1) Theo giá hiện hành", "+ Tính theo năm 2025;", "(2) Có bằng cấp, chứng chỉ", "+ Số liệu của Sở Nội vụ."]),
])
def test_notes_numbered_as_the_marks_above_them_stay_text(tmp_path, form, marks, notes):
    lines = ["I. MỤC TIÊU", "1. Chỉ tiêu năm 2026", *marks, *notes, "II. NHIỆM VỤ", "1. Hỗ trợ sinh kế",
             "Hỗ trợ giống cây trồng."]
    tree = _tree(tmp_path, PLAN_HEAD, lines, PLAN_CLOSE, form)

    def kinds(nodes):
        return [(kind, number) for kind, number, children in nodes] + [k for n in nodes for k in kinds(n[2])]
    assert not [k for k in kinds(tree[0][2]) if k[0] == "arabic" and k[1] != "1"]
    assert ("arabic", "1") in kinds(tree[0][2]) and len([k for k in kinds(tree[0][2]) if k[0] == "arabic"]) == 1
