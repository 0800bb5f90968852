"""Second review of s46-lists (s47). (1) clean.proven_points proved a label by any line of the letter before it above,
or of the letter after it below, anywhere in the document: in a decision holding any list "a) … b) … c)", a sentence
wrapped before "b) mục 3 …" / "a) và …" / "d) và đ) khoản 1 …" was cut there and its rest became a point (main kept it
joined). A label is proved by its nearest labelled neighbour of the same form only, and a line ending on a cited
letter ("… điểm c", "… điểm a),") or "mục" cites. (2) assignments._lead_in_bodies passed the bodies of any lead-in to
its points: "Chủ tịch UBND tỉnh chỉ đạo:" made the committee lead each point, "Sở Nội vụ hướng dẫn UBND các xã thực
hiện:" the department (the communes do them), "Trường hợp Sở Tài chính không bố trí được kinh phí:" a body named
"Trường hợp Sở Tài chính không"; and a lead-in's deadline ("…, hoàn thành trước ngày 30/6/2026, cụ thể:") was lost.
Only words that take the points on pass the bodies (assignments.json lead_in_words); a lead-in with a deadline reads
as before. Documents of our own."""

from __future__ import annotations

import pytest

from conftest import write_in_form
import parsers
from pipeline.run import process
from pipeline.stages.clean import clean

HEADER = ["ỦY BAN NHÂN DÂN", "TỈNH BẮC NAM", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
          "Số: 52/KH-UBND", "Bắc Nam, ngày 14 tháng 5 năm 2026", "KẾ HOẠCH", "Nâng cao chỉ số cải cách hành chính năm 2026"]
WRAPPED = ["Nhằm nâng cao chỉ số cải cách hành chính của tỉnh trong năm, Ủy ban nhân dân tỉnh ban hành kế hoạch",
           "với các nội dung cụ thể như sau để các cơ quan, đơn vị trên địa bàn thống nhất tổ chức thực hiện bảo",
           "đảm đúng tiến độ, chất lượng, hiệu quả theo chỉ đạo của Ủy ban nhân dân tỉnh và các bộ, ngành."]
LIST = ["2. Nhiệm vụ cụ thể",
        "a) Sở Nội vụ chủ trì hướng dẫn các cơ quan, đơn vị tự đánh giá, chấm điểm kết quả cải cách hành chính,",
        "bảo đảm đúng thời gian quy định;",
        "b) Sở Tư pháp chủ trì rà soát, kiểm tra văn bản quy phạm pháp luật do tỉnh ban hành trong năm theo",
        "đúng quy định;",
        "c) Sở Khoa học và Công nghệ triển khai các nhiệm vụ chuyển đổi số trong cơ quan nhà nước của tỉnh",
        "theo kế hoạch đã được phê duyệt."]
# a sentence wrapped before a label that a list elsewhere in the document holds, but is the sentence's rest
CITED = {
    "after_a_cited_label": ["Các cơ quan, đơn vị thực hiện đầy đủ các nội dung đã nêu tại điểm a), điểm b) mục 2 và điểm a),",
                            "b) mục 3 Phần II của Kế hoạch này, bảo đảm tiến độ theo yêu cầu của Ủy ban nhân dân tỉnh."],
    "after_muc": ["Các sở, ngành thực hiện các nhiệm vụ theo phân công tại Phụ lục kèm theo và các nội dung nêu tại mục",
                  "b) phần II Kế hoạch này; định kỳ báo cáo kết quả về Sở Nội vụ để tổng hợp trước ngày 15 tháng 12."],
    "after_a_lone_letter": ["Kinh phí thực hiện các nhiệm vụ tại Kế hoạch này bảo đảm theo quy định tại Điều 3, điểm c",
                            "d) và đ) khoản 1 Điều 4 của Nghị định số 73/2019/NĐ-CP của Chính phủ về quản lý đầu tư."],
    "in_brackets": ["Sở Tài chính tham mưu bố trí kinh phí thực hiện các nhiệm vụ theo hai nhóm: nhóm thường xuyên (nhóm",
                    "a) và nhóm đầu tư phát triển theo quy định hiện hành của pháp luật về ngân sách nhà nước và tỉnh."],
}
CITED_CASES = [(k, where, fmt) for k in CITED for where in ("list_below", "list_above") for fmt in ("text", "pdf")]


def _texts(lines: list[str], fmt: str, tmp_path) -> list[str]:
    return [b.text for b in clean(parsers.read(write_in_form(tmp_path, lines, fmt))).blocks if b.text]


@pytest.mark.parametrize(("kind", "where", "fmt"), CITED_CASES, ids=["-".join(c) for c in CITED_CASES])
def test_a_wrapped_label_a_list_elsewhere_does_not_prove(kind, where, fmt, tmp_path):
    wrapped = CITED[kind]
    body = [*WRAPPED, "1. Nội dung", *wrapped, *WRAPPED]
    lines = [*HEADER, *body, *LIST, *WRAPPED] if where == "list_below" else [*HEADER, *WRAPPED, *LIST, *body]
    texts = _texts(lines, fmt, tmp_path)
    assert not any(t.startswith(wrapped[1][:12]) for t in texts)  # the label's line stays in its sentence
    assert any(t.startswith("a) Sở Nội vụ chủ trì") for t in texts)  # the list's points stay points
    assert any(t.startswith("c) Sở Khoa học và Công nghệ") for t in texts)


PLAN = ["I. MỤC ĐÍCH, YÊU CẦU", "Bảo đảm thực hiện đồng bộ, hiệu quả các nhiệm vụ đề ra.", "II. TỔ CHỨC THỰC HIỆN"]
POINTS = ["a) Rà soát, bổ sung kế hoạch của cơ quan, đơn vị;", "b) Tổng hợp, báo cáo kết quả thực hiện.",
          "III. KINH PHÍ", "Kinh phí thực hiện từ ngân sách tỉnh."]
# lead-ins whose body does not do the points: it directs or guides others, or a condition only names it
NOT_DOERS = ["Chủ tịch Ủy ban nhân dân tỉnh chỉ đạo:",
             "Sở Nội vụ hướng dẫn Ủy ban nhân dân các xã thực hiện:",
             "Giám đốc Sở Y tế chỉ đạo các cơ sở khám bệnh, chữa bệnh:",
             "Trường hợp Sở Tài chính không bố trí được kinh phí:"]
NOT_DOER_CASES = [(k, fmt) for k in range(len(NOT_DOERS)) for fmt in ("text", "docx")]


def _by_point(doc) -> dict[str, set[tuple[str, str]]]:
    found: dict[str, set[tuple[str, str]]] = {}
    for a in doc.assignments:
        found.setdefault(a.section.rsplit("__", 1)[-1], set()).add((a.agency.name, a.role))
    return found


@pytest.mark.parametrize(("k", "fmt"), NOT_DOER_CASES, ids=[f"{k}-{fmt}" for k, fmt in NOT_DOER_CASES])
def test_a_lead_in_that_directs_others_gives_its_points_no_body(k, fmt, tmp_path):
    doc = process(write_in_form(tmp_path, [*HEADER, *PLAN, f"1. {NOT_DOERS[k]}", *POINTS], fmt))
    by_point = _by_point(doc)
    assert "point_a" not in by_point and "point_b" not in by_point


WITH_DEADLINE = [("Sở Y tế chủ trì tổ chức tập huấn, hoàn thành trước ngày 30/6/2026, cụ thể:", "2026-06-30"),
                 ("Giao Sở Nội vụ chủ trì thực hiện trong quý III/2026 các nội dung sau:", "2026-09-30"),
                 ("Sở Tài chính có trách nhiệm hoàn thành trước ngày 15/10/2026 các công việc sau:", "2026-10-15")]


@pytest.mark.parametrize("fmt", ["text", "docx"])
@pytest.mark.parametrize(("lead_in", "end"), WITH_DEADLINE)
def test_a_lead_in_with_a_deadline_keeps_it(lead_in, end, fmt, tmp_path):
    doc = process(write_in_form(tmp_path, [*HEADER, *PLAN, f"1. {lead_in}", *POINTS], fmt))
    assert any(a.deadline and str(a.deadline.end) == end for a in doc.assignments)


@pytest.mark.parametrize("fmt", ["text", "docx"])
@pytest.mark.parametrize(("lead_in", "bodies"), [
    ("Sở Tài chính có trách nhiệm tham mưu Ủy ban nhân dân tỉnh:", {("Sở Tài chính", "lead")}),
    ("Giao Sở Y tế chủ trì, phối hợp với Sở Tư pháp thực hiện các công việc sau:", {("Sở Y tế", "lead"), ("Sở Tư pháp", "support")}),
    ("Đề nghị Liên đoàn Lao động tỉnh phối hợp thực hiện:", {("Liên đoàn Lao động tỉnh", "requested")}),
])
def test_a_lead_in_that_takes_the_points_on_still_passes_its_bodies(lead_in, bodies, fmt, tmp_path):
    doc = process(write_in_form(tmp_path, [*HEADER, *PLAN, f"1. {lead_in}", *POINTS], fmt))
    by_point = _by_point(doc)
    assert by_point.get("point_a") == bodies and by_point.get("point_b") == bodies


# The nearest-neighbour proof must not lose the points the wider one proved: a run that skips "đ" ("d)" then "e)"),
# OCR's label with a mark stuck to it ("b)”” …"), points with no end mark (the line above ends no sentence).
RUNS = {
    "skips_dd": ["a) Rà soát các văn bản quy phạm pháp luật của tỉnh", "b) Tập huấn nghiệp vụ cho cán bộ, công chức",
                 "c) Kiểm tra việc thực hiện tại các cơ quan", "d) Tổng hợp kết quả thực hiện của các cơ quan",
                 "e) Báo cáo Ủy ban nhân dân tỉnh kết quả thực hiện"],
    "ocr_mark": ["a) Rà soát các văn bản quy phạm pháp luật của tỉnh", "b)”” Tập huấn nghiệp vụ cho cán bộ, công chức",
                 "c) Kiểm tra việc thực hiện tại các cơ quan"],
}


@pytest.mark.parametrize("fmt", ["text", "pdf"])
@pytest.mark.parametrize("run", list(RUNS))
def test_the_points_of_a_run_stay_apart(run, fmt, tmp_path):
    texts = _texts([*HEADER, *WRAPPED, "1. Nội dung", *RUNS[run], "2. Tổ chức thực hiện", *WRAPPED], fmt, tmp_path)
    assert "1. Nội dung" in texts
    for line in RUNS[run]:
        assert line in texts


# Inside a list, a sentence wrapped before a label whose neighbours do run ("a) … (nhóm" / "a) và nhóm …" / "b) …"):
# the label's words go on in small letters, a point's start in a capital ("c) (được bãi bỏ)" too)
IN_A_LIST = {
    "nhom_a": ["a) Sở Tài chính tham mưu bố trí kinh phí thực hiện theo hai nhóm: nhóm thường xuyên (nhóm",
               "a) và nhóm đầu tư phát triển theo quy định hiện hành của pháp luật về ngân sách nhà nước;"],
    "nhom_b": ["a) Sở Lao động hướng dẫn chế độ hỗ trợ đối với các đối tượng thuộc nhóm đối tượng ưu tiên, nhóm",
               "b) hoặc nhóm c) theo quy định tại Nghị quyết của Hội đồng nhân dân tỉnh về chính sách hỗ trợ;"],
}


@pytest.mark.parametrize("fmt", ["text", "pdf"])
@pytest.mark.parametrize("kind", list(IN_A_LIST))
def test_a_wrapped_label_inside_a_list_stays_in_its_sentence(kind, fmt, tmp_path):
    first, rest = IN_A_LIST[kind]
    lines = [*HEADER, *WRAPPED, "1. Nội dung", first, rest, "b) Sở Tư pháp chủ trì rà soát văn bản quy phạm pháp luật",
             "c) (được bãi bỏ)", "2. Tổ chức thực hiện", *WRAPPED]
    texts = _texts(lines, fmt, tmp_path)
    assert f"{first} {rest}" in texts
    assert "b) Sở Tư pháp chủ trì rà soát văn bản quy phạm pháp luật" in texts and "c) (được bãi bỏ)" in texts
