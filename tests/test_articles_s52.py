"""Duties given in a decision's articles and in a dispatch's (Công văn) points (s52).

- A decision's own articles printed as sentences ("Điều 2. Giao Sở Nội vụ chủ trì, phối hợp với các sở, ngành liên
  quan tổ chức triển khai thực hiện Kế hoạch; báo cáo … trước ngày 15/12/2026.") give their duties; a titled article
  ("Điều 6. Phương thức cho vay") is a regulation's provision, read as before (only where its title names a part).
- The closing formula of execution ("Chánh Văn phòng …, Giám đốc các sở … chịu trách nhiệm thi hành Quyết định
  này.", "… căn cứ Quyết định thi hành.") and the effect article give no duty, in whichever article they stand.
- A decision that only issues a plan over a task table: the table's tasks as before, no duty from the articles.
- A dispatch's points and paragraphs that open with a marker ("1. Giao …", "- Đề nghị …") give duties; one that
  answers or informs ("Tổng cục Thuế đã có công văn số … hướng dẫn …", "Công ty căn cứ …") gives none.
Every document is of our own wording, laid out the way real decisions and dispatches are.
"""

from __future__ import annotations

import pytest
from conftest import write_in_form, write_with_table

from pipeline.run import process

FORMS = ["text", "docx", "html"]
MOTTO = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"]
DECISION = ["ỦY BAN NHÂN DÂN", "TỈNH HÀ TĨNH", *MOTTO, "Số: 312/QĐ-UBND", "Hà Tĩnh, ngày 5 tháng 3 năm 2026",
            "QUYẾT ĐỊNH", "Ban hành Kế hoạch chuyển đổi số năm 2026", "ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH",
            "Căn cứ Luật Tổ chức chính quyền địa phương;", "QUYẾT ĐỊNH:"]
ISSUES_THE_PLAN = "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch chuyển đổi số năm 2026."
EFFECT = "Quyết định này có hiệu lực kể từ ngày ký."
EXECUTION = ("Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc các sở, ban, ngành và Chủ tịch Ủy ban nhân dân các huyện "
             "chịu trách nhiệm thi hành Quyết định này./.")
SIGNED = ["Nơi nhận:", "- Như Điều 3;", "- Lưu: VT.", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Trần Văn Hòa"]


def _read(tmp_path, lines, form):
    return process(write_in_form(tmp_path, lines, form))


def _duties(doc) -> set[tuple[str, str, str | None]]:
    return {(a.role, a.agency.name, a.deadline.end if a.deadline else None) for a in doc.assignments}


# 1. an article printed as a sentence gives its duty

ARTICLE_DUTIES = {
    "give_lead_and_partners": (
        ["Điều 2. Giao Sở Nội vụ chủ trì, phối hợp với các sở, ngành liên quan tổ chức triển khai thực hiện Kế hoạch; "
         "báo cáo Ủy ban nhân dân tỉnh trước ngày 15/12/2026."],
        {("lead", "Sở Nội vụ", "2026-12-15"), ("support", "các sở, ngành liên quan", "2026-12-15")}),
    # a short article with no full stop reads as a title over nothing: its sentence all the same
    "no_full_stop": (["Điều 2. Giao Sở Tài chính chủ trì bố trí kinh phí thực hiện Kế hoạch"],
                     {("lead", "Sở Tài chính", None)}),
    # the body as the subject, "là cơ quan chủ trì" before its partners
    "body_is_the_lead": (
        ["Điều 2. Sở Thông tin và Truyền thông là cơ quan chủ trì, phối hợp với Công an tỉnh hướng dẫn triển khai Kế "
         "hoạch, hoàn thành trong quý III/2026."],
        {("lead", "Sở Thông tin và Truyền thông", "2026-09-30"), ("support", "Công an tỉnh", "2026-09-30")}),
    # a lead-in over the article's clauses
    "lead_in_over_clauses": (
        ["Điều 2. Giao Sở Y tế chủ trì thực hiện các nội dung sau:",
         "1. Hướng dẫn các cơ sở khám bệnh, chữa bệnh kết nối dữ liệu;",
         "2. Tổng hợp, báo cáo kết quả về Ủy ban nhân dân tỉnh trước ngày 30/11/2026."],
        {("lead", "Sở Y tế", None), ("lead", "Sở Y tế", "2026-11-30")}),
}


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("case", sorted(ARTICLE_DUTIES))
def test_a_decisions_article_gives_its_duty(tmp_path, case, form):
    article, expected = ARTICLE_DUTIES[case]
    doc = _read(tmp_path, [*DECISION, ISSUES_THE_PLAN, *article, f"Điều 3. {EFFECT}", f"Điều 4. {EXECUTION}",
                           *SIGNED], form)
    assert doc.metadata.doc_type == "Quyết định"
    assert _duties(doc) == expected


@pytest.mark.parametrize("form", FORMS)
def test_an_article_that_approves_a_scheme_in_parts_reads_its_duties_not_its_aims(tmp_path, form):
    # the aims say what the bodies will have done ("Các sở, ngành hoàn thành …"): no duty; its part of duties is read
    # since s54-duties (left unread from s52: a real scheme's lead-ins name bodies in appositions the clause reader
    # cut wrong, "Bộ Nội vụ, cơ quan chủ trì …", which s54-duties reads)
    article = ["Điều 1. Phê duyệt Đề án số hóa hồ sơ lưu trữ của tỉnh với các nội dung chính sau:", "I. MỤC TIÊU",
               "Các sở, ngành hoàn thành số hóa toàn bộ hồ sơ lưu trữ trước năm 2030.", "II. TỔ CHỨC THỰC HIỆN",
               "1. Sở Nội vụ chủ trì hướng dẫn, theo dõi việc thực hiện Đề án, báo cáo trước ngày 15/12 hằng năm.",
               "2. Sở Tài chính bố trí kinh phí thực hiện Đề án."]
    doc = _read(tmp_path, [*DECISION, *article, f"Điều 2. {EFFECT}", f"Điều 3. {EXECUTION}", *SIGNED], form)
    assert {(a.role, a.agency.name) for a in doc.assignments} == {("lead", "Sở Nội vụ"), ("lead", "Sở Tài chính")}


# 2. the guards: the closing formulas, a regulation's titled articles, a list of members

@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("execution", [
    EXECUTION,
    "Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Nội vụ và các thành viên Tổ công tác căn cứ Quyết định thi hành.",
    # the effect sentence and the formula in one article
    f"{EFFECT} Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc các sở có trách nhiệm thi hành Quyết định này./.",
])
def test_the_effect_and_execution_articles_give_no_duty(tmp_path, execution, form):
    doc = _read(tmp_path, [*DECISION, ISSUES_THE_PLAN, f"Điều 2. {EFFECT}", f"Điều 3. {execution}", *SIGNED], form)
    assert doc.assignments == []


@pytest.mark.parametrize("form", FORMS)
def test_the_execution_formula_in_a_part_of_duties_gives_no_duty(tmp_path, form):
    # "Điều 3. Tổ chức thực hiện" was read before (its title names a part); its formula gave the bodies it lists
    doc = _read(tmp_path, [*DECISION, ISSUES_THE_PLAN, f"Điều 2. {EFFECT}", "Điều 3. Tổ chức thực hiện",
                           "1. Sở Khoa học và Công nghệ chủ trì hướng dẫn, kiểm tra việc thực hiện Kế hoạch.",
                           f"2. {EXECUTION}", *SIGNED], form)
    assert _duties(doc) == {("lead", "Sở Khoa học và Công nghệ", None)}


REGULATION = ["THỦ TƯỚNG CHÍNH PHỦ", *MOTTO, "Số: 29/2026/QĐ-TTg", "Hà Nội, ngày 5 tháng 3 năm 2026", "QUYẾT ĐỊNH",
              "Về tín dụng đối với sinh viên ngành kỹ thuật", "THỦ TƯỚNG CHÍNH PHỦ", "Căn cứ Luật Tổ chức Chính phủ;",
              "Thủ tướng Chính phủ ban hành Quyết định về tín dụng đối với sinh viên ngành kỹ thuật.",
              "Điều 1. Phạm vi điều chỉnh", "Quyết định này quy định việc cho vay đối với sinh viên ngành kỹ thuật.",
              "Điều 2. Phương thức cho vay",
              "Ngân hàng Chính sách xã hội thực hiện cho vay thông qua hộ gia đình của người học.",
              "Điều 3. Thời hạn trả nợ",
              "Ngân hàng Chính sách xã hội xem xét, quyết định gia hạn nợ cho khách hàng vay vốn.",
              f"Điều 4. {EFFECT}", "KT. THỦ TƯỚNG", "PHÓ THỦ TƯỚNG", "Lê Văn Thành"]


@pytest.mark.parametrize("form", FORMS)
def test_a_regulations_titled_articles_give_no_duty(tmp_path, form):
    assert _read(tmp_path, REGULATION, form).assignments == []


MEMBERS = ["Điều 1. Thành lập Tổ công tác rà soát thủ tục hành chính, gồm các thành viên sau:",
           "1. Giám đốc Sở Nội vụ, Tổ trưởng.", "2. Phó Giám đốc Sở Tư pháp, Tổ phó.",
           "3. Phó Chánh Văn phòng Ủy ban nhân dân tỉnh, thành viên.",
           "Điều 2. Tổ công tác có nhiệm vụ rà soát các thủ tục hành chính, báo cáo Chủ tịch Ủy ban nhân dân tỉnh "
           "trước ngày 30/6/2026.",
           "Điều 3. Tổ công tác tự giải thể sau khi hoàn thành nhiệm vụ.",
           "Điều 4. Hội Công chứng viên tỉnh là tổ chức xã hội - nghề nghiệp có tư cách pháp nhân, có con dấu riêng."]


AWARDS = ["Điều 1. Tặng Cờ thi đua của Ủy ban nhân dân tỉnh cho các tập thể:",
          "1. Sở Y tế, đã có thành tích xuất sắc, góp phần xây dựng và bảo vệ Tổ quốc;",
          "2. Công an huyện Mộ Đức, đã có thành tích xuất sắc trong phong trào thi đua năm 2025."]


@pytest.mark.parametrize("form", FORMS)
def test_an_award_gives_no_duty(tmp_path, form):
    doc = _read(tmp_path, [*DECISION, *AWARDS, f"Điều 2. {EFFECT}", f"Điều 3. {EXECUTION}", *SIGNED], form)
    assert doc.assignments == []


@pytest.mark.parametrize("form", FORMS)
def test_a_list_of_members_and_what_a_body_is_give_no_duty(tmp_path, form):
    # the duty of the body set up is read (its name whole: "có nhiệm vụ" ends it), its members and its end are not
    doc = _read(tmp_path, [*DECISION, *MEMBERS, f"Điều 5. {EFFECT} {EXECUTION}", *SIGNED], form)
    assert _duties(doc) == {("lead", "Tổ công tác", "2026-06-30")}


# 3. a decision that issues a plan over a task table: the tasks as before, the articles add only what they give

PLAN = ["KẾ HOẠCH", "Chuyển đổi số năm 2026",
        "(Kèm theo Quyết định số 312/QĐ-UBND ngày 05/3/2026 của Ủy ban nhân dân tỉnh)", "I. NHIỆM VỤ CỤ THỂ"]
ROWS = [["TT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành"],
        ["1", "Xây dựng kho dữ liệu dùng chung của tỉnh", "Sở Khoa học và Công nghệ", "Các sở, ngành", "Quý III/2026"],
        ["2", "Số hóa hồ sơ thủ tục hành chính", "Văn phòng Ủy ban nhân dân tỉnh", "Sở Nội vụ", "Tháng 10/2026"]]
AFTER_TABLE = ["II. TỔ CHỨC THỰC HIỆN", "Sở Khoa học và Công nghệ chủ trì theo dõi, đôn đốc việc thực hiện Kế hoạch."]


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("second_article", ["", "Điều 2. Giao Sở Khoa học và Công nghệ chủ trì, phối hợp với các "
                                            "sở, ngành tổ chức triển khai thực hiện Kế hoạch."])
def test_a_decision_over_a_plans_task_table(tmp_path, second_article, form):
    articles = [ISSUES_THE_PLAN, *([second_article] if second_article else []), f"Điều 3. {EFFECT}",
                f"Điều 4. {EXECUTION}"]
    doc = process(write_with_table(tmp_path, [*DECISION, *articles, *SIGNED, *PLAN], ROWS, AFTER_TABLE, form))
    assert [[body.name for body in task.lead] for task in doc.tasks] == [["Sở Khoa học và Công nghệ"],
                                                                         ["Văn phòng Ủy ban nhân dân tỉnh"]]
    from_articles = {(a.role, a.agency.name) for a in doc.assignments if a.section.startswith("art_")}
    assert from_articles == ({("lead", "Sở Khoa học và Công nghệ"), ("support", "các sở, ngành")} if second_article
                             else set())
    assert {(a.role, a.agency.name) for a in doc.assignments if a.section.startswith("attached")} == {
        ("lead", "Sở Khoa học và Công nghệ")}


# 4. a dispatch's points

DISPATCH = ["ỦY BAN NHÂN DÂN", "TỈNH ĐẮK NÔNG", *MOTTO, "Số: 1204/UBND-KT", "V/v rà soát hồ sơ đất đai năm 2026",
            "Đắk Nông, ngày 16 tháng 6 năm 2026", "Kính gửi: Các sở, ban, ngành tỉnh."]
DISPATCH_END = ["Nơi nhận:", "- Như trên;", "- Lưu: VT.", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Trần Văn Minh"]
INTRO = ("Ủy ban nhân dân tỉnh nhận được văn bản của Bộ Nông nghiệp và Môi trường về việc rà soát hồ sơ đất đai. Sau khi "
         "xem xét, Ủy ban nhân dân tỉnh có ý kiến như sau:")
DISPATCH_POINTS = {
    "numbered": (
        [INTRO, "1. Giao Sở Nông nghiệp và Môi trường chủ trì, phối hợp với Sở Tài chính rà soát hồ sơ đất đai của các "
                "dự án. Yêu cầu gửi kết quả về Văn phòng Ủy ban nhân dân tỉnh trước ngày 30/7/2026.",
         "2. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh phối hợp tuyên truyền đến Nhân dân."],
        {("lead", "Sở Nông nghiệp và Môi trường", "2026-07-30"), ("support", "Sở Tài chính", "2026-07-30"),
         ("requested", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", None)}),
    "dashed": (
        [INTRO, "- Giao Sở Nông nghiệp và Môi trường chủ trì, phối hợp với Sở Tài chính rà soát hồ sơ đất đai của các "
                "dự án, hoàn thành trước ngày 30/7/2026;",
         "- Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh phối hợp tuyên truyền đến Nhân dân."],
        {("lead", "Sở Nông nghiệp và Môi trường", "2026-07-30"), ("support", "Sở Tài chính", "2026-07-30"),
         ("requested", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", None)}),
    # plain paragraphs: the one that opens with the issuer asking gives the duty, the one that informs none
    "paragraphs": (
        ["Thời gian qua, Sở Tài chính đã phối hợp với các huyện rà soát một phần hồ sơ đất đai.",
         "Ủy ban nhân dân tỉnh giao Sở Nông nghiệp và Môi trường chủ trì rà soát hồ sơ đất đai của các dự án, hoàn "
         "thành trước ngày 30/7/2026."],
        {("lead", "Sở Nông nghiệp và Môi trường", "2026-07-30")}),
    # the chairman's directions in one paragraph under the line that introduces them; the deadline in the next sentence
    "directions_paragraph": (
        ["Ngày 20/7/2026, Ủy ban nhân dân tỉnh nhận được văn bản của Bộ Công Thương về việc đánh giá tình hình phát "
         "triển cụm công nghiệp.", "Sau khi xem xét, Chủ tịch Ủy ban nhân dân tỉnh có ý kiến chỉ đạo:",
         "Giao Sở Công Thương chủ trì, phối hợp với các đơn vị liên quan đánh giá, tổng hợp kết quả (gửi kèm văn bản). "
         "Trình Ủy ban nhân dân tỉnh trước ngày 10/8/2026 để báo cáo Bộ Công Thương."],
        {("lead", "Sở Công Thương", "2026-08-10"), ("support", "các đơn vị liên quan", "2026-08-10")}),
    # a body that leads: the role word right after it
    "body_leads": (
        ["Theo đề nghị của Bộ Nông nghiệp và Môi trường tại văn bản số 120/BNNMT-QLĐĐ, Ủy ban nhân dân tỉnh có ý kiến "
         "như sau:",
         "Sở Nông nghiệp và Môi trường chủ trì, phối hợp với Sở Tài chính rà soát hồ sơ đất đai của các dự án; báo cáo "
         "Ủy ban nhân dân tỉnh trước ngày 30/7/2026."],
        {("lead", "Sở Nông nghiệp và Môi trường", "2026-07-30"), ("support", "Sở Tài chính", "2026-07-30")}),
    # a paragraph that asks a body to do the dashed paragraphs after it: each one its duty
    "lead_in_over_dashes": (
        ["Thời gian qua, Sở Tài chính đã phối hợp với các huyện rà soát một phần hồ sơ đất đai.",
         "Ủy ban nhân dân tỉnh yêu cầu Sở Nông nghiệp và Môi trường thực hiện các nội dung sau:",
         "- Rà soát hồ sơ đất đai của các dự án, hoàn thành trước ngày 30/7/2026;",
         "- Báo cáo kết quả về Ủy ban nhân dân tỉnh trước ngày 15/8/2026."],
        {("lead", "Sở Nông nghiệp và Môi trường", "2026-07-30"), ("lead", "Sở Nông nghiệp và Môi trường", "2026-08-15")}),
}


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("case", sorted(DISPATCH_POINTS))
def test_a_dispatchs_points_that_give_work_are_read(tmp_path, case, form):
    body, expected = DISPATCH_POINTS[case]
    doc = _read(tmp_path, [*DISPATCH, *body, *DISPATCH_END], form)
    assert doc.metadata.doc_type == "Công văn"
    assert _duties(doc) == expected


REPLY = ["BỘ TÀI CHÍNH", "CỤC THUẾ", *MOTTO, "Số: 2191/CT-CS", "V/v chính sách thuế thu nhập doanh nghiệp",
         "Hà Nội, ngày 8 tháng 4 năm 2026", "Kính gửi: Công ty cổ phần Dịch vụ Minh Long.",
         "Trả lời công văn số 15/ML ngày 12/3/2026 của Công ty cổ phần Dịch vụ Minh Long hỏi về chính sách thuế, Cục "
         "Thuế có ý kiến như sau:", "1. Về chi phí được trừ:",
         "Tổng cục Thuế đã có công văn số 3909/TCT-DNL ngày 31/10/2011 hướng dẫn Tập đoàn Viễn thông thực hiện hóa đơn.",
         "Sở Tài chính đã ban hành văn bản số 210/STC-QLG hướng dẫn giá dịch vụ.", "2. Về thủ tục:",
         "- Công ty căn cứ tình hình thực tế để thực hiện theo quy định.",
         "3. Về nghĩa vụ báo cáo:", "Điều 50 Nghị định số 268/2025/NĐ-CP quy định:",
         "- Doanh nghiệp khoa học và công nghệ có trách nhiệm cung cấp thông tin về tình hình hoạt động hằng năm.",
         "- Cơ quan có thẩm quyền kiểm tra việc chấp hành các điều kiện định kỳ 03 năm.",
         "- Đề nghị Công ty liên hệ với cơ quan thuế quản lý trực tiếp để được hướng dẫn cụ thể.",
         "Cục Thuế thông báo để Công ty biết và thực hiện./.", "Nơi nhận:", "- Như trên;", "- Lưu: VT, CS.",
         "TL. CỤC TRƯỞNG", "TRƯỞNG BAN", "Mạnh Thị Mai"]


@pytest.mark.parametrize("form", FORMS)
def test_a_dispatch_that_only_informs_gives_no_duty(tmp_path, form):
    # what others did or wrote, what the company may do: no body given work; a company asked is asked, never led
    doc = _read(tmp_path, REPLY, form)
    assert doc.metadata.doc_type == "Công văn"
    assert not [a for a in doc.assignments if a.role in ("lead", "support")]


@pytest.mark.parametrize("form", FORMS)
def test_an_article_over_a_task_table_gives_no_duty_of_its_own(tmp_path, form):
    # a text copy leaves the table's cells in the article's text: its rows are tasks, never an article's clauses
    before = [*DECISION, "Điều 1. Giao nhiệm vụ cho các cơ quan, đơn vị như sau:"]
    doc = process(write_with_table(tmp_path, before, ROWS, [f"Điều 2. {EFFECT}", f"Điều 3. {EXECUTION}", *SIGNED],
                                   form))
    assert [[body.name for body in task.lead] for task in doc.tasks] == [["Sở Khoa học và Công nghệ"],
                                                                         ["Văn phòng Ủy ban nhân dân tỉnh"]]
    assert doc.assignments == []
