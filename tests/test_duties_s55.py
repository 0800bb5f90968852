"""Who does what and what it cites: the shapes s54 left, and those a hunt over real sections found (s55).

1. Two organs that share a list of levels printed once ("HĐND và UBND cấp tỉnh, cấp xã"): both at every level; the
   base read the council at "cấp xã" alone (or bare before "cấp tỉnh", which reads as the province).
2. A deputy head's conclusions in an office's notice ("Phó Thủ tướng Chính phủ yêu cầu Bộ Y tế chủ trì …", "Phó Chủ
   tịch Thường trực UBND tỉnh yêu cầu …", "Thứ trưởng Bộ Y tế giao …"): the document's own asking, as the head's is.
3. A role in apposition after a collective's small kind word ("Các sở, ban, cơ quan chủ trì …") and among partners
   ("phối hợp với Sở Tư pháp, cơ quan chủ trì Đề án, …"); "và" before a head's post starts another body ("Giám đốc
   các sở, ban, ngành và Chủ tịch UBND các xã").
4. "UBND tỉnh đã giao …" in a notice or a dispatch: what was given before, told; a dispatch's later sentence that
   gives work after its writer turned to giving it (not a request to its addressee).
5. A dispatch whose opening closes with the issuer asking named bodies to do its points ("Chủ tịch UBND tỉnh yêu cầu
   Giám đốc các sở, … thực hiện các nội dung sau:"): its points keep a dispatch's guards (review: reading them as a
   directive's gave a central body, the issuer, a report a lead); the points that name no body stay unread (xfail).
6. Citations: an issuer ends before the verb "trình" and the body after it ("của Sở Y tế trình UBND tỉnh"); a document
   cited by its date alone is no numbered one of the same type and date cited in the same sentence, nor one of another
   issuer.

Every fixture is written for the test: numbers, places, people and wording made up, in the forms real documents use.
"""

from __future__ import annotations

import pytest
from conftest import write_in_form

from pipeline.run import process
from pipeline.stages import assignments as stage
from pipeline.stages.citations import find_citations, find_dated_citations

FORMS = ["text", "docx"]
MOTTO = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"]


def _duties(tmp_path, lines, form) -> set[tuple[str, str, str | None]]:
    doc = process(write_in_form(tmp_path, lines, form))
    return {(a.role, a.agency.name, a.deadline.end if a.deadline else None) for a in doc.assignments}


# --- 1. two organs, one list of levels -------------------------------------------------------------------------

@pytest.mark.parametrize(("sentence", "expected"), [
    ("HĐND và UBND cấp tỉnh, cấp xã tổ chức tuyên truyền.", ["HĐND cấp tỉnh, cấp xã", "UBND cấp tỉnh, cấp xã"]),
    ("Hội đồng nhân dân và Ủy ban nhân dân cấp tỉnh, cấp xã rà soát văn bản.",
     ["Hội đồng nhân dân cấp tỉnh, cấp xã", "Ủy ban nhân dân cấp tỉnh, cấp xã"]),
    ("HĐND và UBND cấp tỉnh chỉ đạo việc sắp xếp.", ["HĐND cấp tỉnh", "UBND cấp tỉnh"]),
    ("HĐND, UBND cấp tỉnh, cấp xã giám sát việc thực hiện.", ["HĐND cấp tỉnh, cấp xã", "UBND cấp tỉnh, cấp xã"]),
    ("Thường trực HĐND, UBND cấp tỉnh, cấp huyện kiểm tra.",
     ["Thường trực HĐND cấp tỉnh, cấp huyện", "UBND cấp tỉnh, cấp huyện"]),
    # a body known at one level of the list takes the list, never its tail alone
    ("Công an và UBND cấp tỉnh, cấp xã tuyên truyền.", ["Công an cấp tỉnh, cấp xã", "UBND cấp tỉnh, cấp xã"]),
    # a body with no level of its own takes none ("Sở Nội vụ cấp tỉnh" is no body)
    ("Sở Nội vụ và UBND cấp tỉnh tuyên truyền.", ["Sở Nội vụ", "UBND cấp tỉnh"]),
])
def test_two_organs_share_a_list_of_levels_that_opens_with_the_province(sentence, expected):
    assert stage.duty_bodies(sentence) == {"lead": expected}


# --- 2. a deputy head's conclusions ----------------------------------------------------------------------------

GOVERNMENT_NOTICE = ["VĂN PHÒNG CHÍNH PHỦ", *MOTTO, "Số: 301/TB-VPCP", "Hà Nội, ngày 10 tháng 6 năm 2026", "THÔNG BÁO",
                     "Kết luận của Phó Thủ tướng Chính phủ Lê Văn Minh tại cuộc họp về cung ứng thuốc",
                     "Ngày 5 tháng 6 năm 2026, Phó Thủ tướng Chính phủ Lê Văn Minh chủ trì cuộc họp về cung ứng thuốc. "
                     "Sau khi nghe báo cáo, Phó Thủ tướng Chính phủ kết luận như sau:",
                     "1. Thời gian qua các bộ, ngành đã tích cực triển khai."]
GOVERNMENT_END = ["Văn phòng Chính phủ thông báo để các cơ quan liên quan biết, thực hiện./.", "Nơi nhận:", "- Như trên;",
                  "- Lưu: VT.", "KT. BỘ TRƯỞNG, CHỦ NHIỆM", "PHÓ CHỦ NHIỆM", "Lê Minh Tâm"]
PROVINCE_NOTICE = ["UBND TỈNH QUẢNG TRỊ", "VĂN PHÒNG", *MOTTO, "Số: 142/TB-VP", "Quảng Trị, ngày 20 tháng 4 năm 2026",
                   "THÔNG BÁO", "Kết luận của Phó Chủ tịch Thường trực UBND tỉnh tại cuộc họp về giải ngân vốn",
                   "Sau khi nghe báo cáo, Phó Chủ tịch Thường trực UBND tỉnh kết luận như sau:"]
MINISTRY_NOTICE = ["BỘ Y TẾ", "VĂN PHÒNG", *MOTTO, "Số: 211/TB-VPB", "Hà Nội, ngày 12 tháng 6 năm 2026", "THÔNG BÁO",
                   "Kết luận của Thứ trưởng Bộ Y tế tại cuộc họp về đấu thầu thuốc", "Thứ trưởng kết luận như sau:"]
OFFICE_END = ["Nơi nhận:", "- Như trên;", "- Lưu: VT.", "KT. CHÁNH VĂN PHÒNG", "PHÓ CHÁNH VĂN PHÒNG", "Hồ Thị Lan"]

DEPUTIES = {
    "deputy_prime_minister_asks": (
        GOVERNMENT_NOTICE, GOVERNMENT_END,
        ["2. Phó Thủ tướng Chính phủ yêu cầu Bộ Y tế chủ trì, phối hợp với Bộ Tài chính rà soát danh mục thuốc, hoàn "
         "thành trước ngày 30/7/2026."],
        {("lead", "Bộ Y tế", "2026-07-30"), ("support", "Bộ Tài chính", "2026-07-30")}),
    "deputy_prime_minister_bare_gives": (
        GOVERNMENT_NOTICE, GOVERNMENT_END, ["2. Phó Thủ tướng giao Bộ Công Thương theo dõi thị trường thuốc."],
        {("lead", "Bộ Công Thương", None)}),
    "standing_deputy_chairman_asks": (
        PROVINCE_NOTICE, OFFICE_END,
        ["1. Phó Chủ tịch Thường trực UBND tỉnh yêu cầu Sở Tài chính chủ trì, phối hợp với Sở Xây dựng rà soát kế "
         "hoạch vốn, hoàn thành trước ngày 15/5/2026."],
        {("lead", "Sở Tài chính", "2026-05-15"), ("support", "Sở Xây dựng", "2026-05-15")}),
    "standing_deputy_in_small_letters": (
        PROVINCE_NOTICE, OFFICE_END,
        ["1. Phó Chủ tịch thường trực Ủy ban nhân dân tỉnh giao Sở Nội vụ tham mưu kiện toàn bộ máy trong quý III/2026."],
        {("lead", "Sở Nội vụ", "2026-09-30")}),
    "deputy_minister_gives": (
        MINISTRY_NOTICE, OFFICE_END,
        ["1. Thứ trưởng Bộ Y tế giao Cục Quản lý Dược chủ trì, phối hợp với Vụ Kế hoạch - Tài chính hoàn thiện hồ sơ "
         "mời thầu trước ngày 31/7/2026."],
        {("lead", "Cục Quản lý Dược", "2026-07-31"), ("support", "Vụ Kế hoạch - Tài chính", "2026-07-31")}),
}


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("case", sorted(DEPUTIES))
def test_a_deputy_heads_asking_in_an_offices_notice_gives_the_work(tmp_path, case, form):
    head, end, points, expected = DEPUTIES[case]
    assert _duties(tmp_path, [*head, *points, *end], form) == expected


PLAN = ["ỦY BAN NHÂN DÂN", "TỈNH NGHỆ AN", *MOTTO, "Số: 201/KH-UBND", "Nghệ An, ngày 5 tháng 8 năm 2026", "KẾ HOẠCH",
        "Triển khai chuyển đổi số năm 2026", "I. MỤC ĐÍCH, YÊU CẦU", "Nâng cao năng lực số.", "II. TỔ CHỨC THỰC HIỆN"]
PLAN_END = ["Nơi nhận:", "- Lưu: VT.", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Lê Hồng Vinh"]


@pytest.mark.parametrize("form", FORMS)
def test_a_deputy_prime_minister_quoted_in_a_provinces_plan_gives_it_no_duty(tmp_path, form):
    points = ["1. Phó Thủ tướng Chính phủ yêu cầu các địa phương hoàn thành cơ sở dữ liệu dân cư trong năm 2026.",
              "2. Sở Khoa học và Công nghệ chủ trì triển khai nền tảng số."]
    assert _duties(tmp_path, [*PLAN, *points, *PLAN_END], form) == {("lead", "Sở Khoa học và Công nghệ", None)}


# --- 3. appositions among collectives and partners; "và" before a head's post --------------------------------

@pytest.mark.parametrize(("sentence", "expected"), [
    ("Các sở, ban, cơ quan chủ trì nhiệm vụ báo cáo kết quả.", {"lead": ["Các sở, ban, cơ quan"]}),
    ("Các Sở, ban, cơ quan chủ trì nhiệm vụ gửi báo cáo.", {"lead": ["Các Sở, ban, cơ quan"]}),
    ("Các bộ, ngành, cơ quan chủ trì chương trình báo cáo kết quả.", {"lead": ["Các bộ, ngành, cơ quan"]}),
    ("Công an tỉnh phối hợp với Sở Tư pháp, cơ quan chủ trì xây dựng đề án, rà soát thủ tục hành chính.",
     {"lead": ["Công an tỉnh"], "support": ["Sở Tư pháp"]}),
    ("Sở Y tế chủ trì, phối hợp với Sở Tài chính, cơ quan đầu mối, Sở Nội vụ, Công an tỉnh thẩm định dự toán.",
     {"lead": ["Sở Y tế"], "support": ["Sở Tài chính", "Sở Nội vụ", "Công an tỉnh"]}),
    ("Sở Y tế phối hợp với Sở Tài chính - cơ quan thường trực Ban Chỉ đạo, và Sở Nội vụ rà soát.",
     {"lead": ["Sở Y tế"], "support": ["Sở Tài chính", "Sở Nội vụ"]}),
    ("Giám đốc các sở, ban, ngành và Chủ tịch UBND các xã thực hiện tốt.", {"lead": ["các sở, ban, ngành", "UBND các xã"]}),
    ("Thủ trưởng các cơ quan, đơn vị và Chủ tịch Ủy ban nhân dân các phường tổ chức tuyên truyền.",
     {"lead": ["các cơ quan, đơn vị", "Ủy ban nhân dân các phường"]}),
    ("Giao Giám đốc Sở Y tế và Chủ tịch UBND các xã thực hiện.", {"lead": ["Sở Y tế", "UBND các xã"]}),
])
def test_roles_in_apposition_and_heads_after_and(sentence, expected):
    assert stage.duty_bodies(sentence) == expected


# --- 4. work given before, told; a dispatch's later sentence ------------------------------------------------------

NOTICE = ["UBND TỈNH QUẢNG NGÃI", "VĂN PHÒNG", *MOTTO, "Số: 88/TB-VP", "Quảng Ngãi, ngày 12 tháng 3 năm 2026",
          "THÔNG BÁO", "Kết luận của Chủ tịch UBND tỉnh tại buổi làm việc với Sở Y tế",
          "Sau khi nghe báo cáo, Chủ tịch UBND tỉnh kết luận như sau:"]
DISPATCH = ["ỦY BAN NHÂN DÂN", "TỈNH QUẢNG NGÃI", *MOTTO, "Số: 615/UBND-KGVX", "V/v đầu tư trang thiết bị y tế",
            "Quảng Ngãi, ngày 24 tháng 3 năm 2026", "Kính gửi: Sở Y tế.", "Ủy ban nhân dân tỉnh có ý kiến như sau:"]
END = ["Nơi nhận:", "- Như trên;", "- Lưu: VT.", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Phùng Văn Long"]


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize(("head", "points"), [
    (NOTICE, ["1. Đánh giá cao Sở Y tế. UBND tỉnh đã giao Sở Y tế chủ trì xây dựng đề án và Sở đã hoàn thành."]),
    (NOTICE, ["1. Chủ tịch UBND tỉnh đã giao Sở Tài chính bố trí kinh phí tại Thông báo số 12/TB-VP."]),
    (NOTICE, ["1. Ghi nhận kết quả. Ủy ban nhân dân tỉnh đã và đang giao Sở Nội vụ rà soát biên chế."]),
    (DISPATCH, ["1. Ủy ban nhân dân tỉnh đã giao Sở Y tế lập danh mục thiết bị tại Công văn số 40/UBND-KGVX."]),
], ids=["notice_later_sentence", "notice_chairman", "notice_already_and_still", "dispatch_opening"])
def test_work_the_issuer_gave_before_told_with_no_time(tmp_path, head, points, form):
    assert _duties(tmp_path, [*head, *points, *END], form) == set()


@pytest.mark.parametrize("form", FORMS)
def test_work_given_now_beside_work_told_is_read(tmp_path, form):
    points = ["1. Đánh giá cao Sở Nội vụ. Chủ tịch UBND tỉnh giao Sở Nội vụ rà soát biên chế, hoàn thành trước ngày "
              "30/6/2026."]
    assert _duties(tmp_path, [*NOTICE, *points, *END], form) == {("lead", "Sở Nội vụ", "2026-06-30")}


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize(("points", "expected"), [
    (["1. Thống nhất bổ sung trang thiết bị cho trạm y tế xã. Giao Sở Tài chính tham mưu bố trí kinh phí trong quý "
      "II/2026."], {("lead", "Sở Tài chính", "2026-06-30")}),
    (["1. Về xử lý chất thải y tế", "Thống nhất chủ trương xây dựng lò đốt. Yêu cầu Sở Y tế chủ trì, phối hợp với "
      "Sở Xây dựng lựa chọn vị trí lò đốt, báo cáo trước ngày 15/5/2026."],
     {("lead", "Sở Y tế", "2026-05-15"), ("support", "Sở Xây dựng", "2026-05-15")}),
    (["1. Đồng ý chủ trương tuyển dụng bác sĩ.", "Sở Nội vụ chủ trì, phối hợp với Sở Y tế tổ chức tuyển dụng."],
     {("lead", "Sở Nội vụ", None), ("support", "Sở Y tế", None)}),
], ids=["marker_same_paragraph", "asking_marker_after_a_titled_point", "bodies_lead_second_paragraph"])
def test_a_dispatchs_later_sentence_that_gives_work(tmp_path, points, expected, form):
    assert _duties(tmp_path, [*DISPATCH, *points, *END], form) == expected


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("points", [
    # requests to the body written to, and bodies with a verb alone, in a later sentence: as before, none
    ["1. Thống nhất chủ trương đầu tư. Đề nghị Sở Y tế sớm hoàn thiện hồ sơ gửi Sở Tài chính."],
    ["1. Thống nhất chủ trương đầu tư.", "Sở Y tế hiện đã lập xong danh mục thiết bị."],
])
def test_a_dispatchs_later_request_or_report_gives_none(tmp_path, points, form):
    assert _duties(tmp_path, [*DISPATCH, *points, *END], form) == set()


# --- 5. a dispatch's opening that asks named bodies -------------------------------------------------------------

ASKING_DISPATCH = ["ỦY BAN NHÂN DÂN", "TỈNH HÀ TĨNH", *MOTTO, "Số: 2051/UBND-NC", "V/v đẩy mạnh cải cách hành chính",
                   "Hà Tĩnh, ngày 20 tháng 5 năm 2026", "Kính gửi: Các sở, ban, ngành cấp tỉnh; UBND các xã, phường."]
ASKED_POINTS = ["1. Tiếp tục quán triệt các chủ trương về cải cách hành chính.",
                "2. Sở Nội vụ chủ trì, phối hợp với Văn phòng UBND tỉnh theo dõi chỉ số cải cách hành chính, báo cáo "
                "UBND tỉnh trước ngày 15/12/2026."]
BY_SUBJECT = {("lead", "Sở Nội vụ", "2026-12-15"), ("support", "Văn phòng UBND tỉnh", "2026-12-15")}


@pytest.mark.xfail(strict=True, reason="left (s55 review): reading such a dispatch as a directive gave its points to "
                                       "those bodies but dropped a dispatch's guards (a body above the issuer, the "
                                       "issuer itself, 'đang' / 'đã', a point that names no body and tells a fact): "
                                       "taken out; the points naming no body stay unread (null)")
@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize(("lead_in", "asked"), [
    ("Để khắc phục các hạn chế, Chủ tịch UBND tỉnh yêu cầu Giám đốc các sở, ban, ngành và Chủ tịch UBND các xã, "
     "phường tập trung thực hiện các nội dung sau:", ["các sở, ban, ngành", "UBND các xã, phường"]),
    ("Ủy ban nhân dân tỉnh yêu cầu các sở, ban, ngành thực hiện các nội dung sau:", ["các sở, ban, ngành"]),
], ids=["heads_and_a_preamble", "collective"])
def test_a_dispatchs_opening_that_asks_bodies_gives_them_its_points(tmp_path, lead_in, asked, form):
    expected = BY_SUBJECT | {("lead", name, None) for name in asked}
    assert _duties(tmp_path, [*ASKING_DISPATCH, lead_in, *ASKED_POINTS, *END], form) == expected


ASKING_LEAD_IN = "Chủ tịch UBND tỉnh yêu cầu Giám đốc các sở, ban, ngành thực hiện nghiêm các nội dung sau:"


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("point", [
    "2. Bộ Nội vụ hướng dẫn các địa phương rà soát biên chế.",  # a body above the province
    "2. Ủy ban nhân dân tỉnh sẽ kiểm tra, đánh giá kết quả thực hiện.",  # the issuer itself
    "2. Sở Nội vụ đang hoàn thiện đề án vị trí việc làm.",  # what is being done
    "2. Công ty TNHH Minh Long chậm bàn giao mặt bằng.",  # a fact, naming no body the lead-in asks
], ids=["central_body", "issuer_itself", "being_done", "a_fact"])
def test_a_dispatchs_points_under_an_opening_that_asks_bodies_keep_a_dispatchs_guards(tmp_path, point, form):
    # (s55 review: read as a directive's points, each gave a lead, and the fact gave the lead-in's bodies one)
    lines = [*ASKING_DISPATCH, ASKING_LEAD_IN, "1. Tăng cường kỷ luật hành chính.", point, *END]
    assert _duties(tmp_path, lines, form) == set()


@pytest.mark.xfail(strict=True, reason="left (s55 review, as on the base): a directive's point that tells what a body "
                                       "did ('Sở Nội vụ đã kiểm tra …') is read as its work; a dispatch's guard "
                                       "(report_adverbs) is not applied to a directive's or a plan's points")
def test_a_directives_point_that_tells_what_was_done_gives_no_duty(tmp_path):
    lines = ["ỦY BAN NHÂN DÂN", "TỈNH HÀ TĨNH", *MOTTO, "Số: 05/CT-UBND", "Hà Tĩnh, ngày 20 tháng 5 năm 2026", "CHỈ THỊ",
             "Về đẩy mạnh cải cách hành chính", f"Thời gian qua, cải cách hành chính có chuyển biến. {ASKING_LEAD_IN}",
             "1. Tăng cường kỷ luật hành chính.", "2. Sở Nội vụ đã kiểm tra 20 cơ quan.", *END]
    assert ("lead", "Sở Nội vụ", None) not in _duties(tmp_path, lines, "text")


@pytest.mark.parametrize("form", FORMS)
def test_a_dispatchs_opening_that_asks_no_one_named_gives_its_points_as_before(tmp_path, form):
    lines = [*ASKING_DISPATCH, "Ủy ban nhân dân tỉnh yêu cầu:", *ASKED_POINTS, *END]
    assert _duties(tmp_path, lines, form) == BY_SUBJECT


# --- 6. citations ---------------------------------------------------------------------------------------------------

def _dated(text):
    return [(c.doc_type, c.issued_date, c.issuer) for c in find_dated_citations(text)]


def _issuers(text):
    return [(c.number, c.issuer) for c in find_citations(text)]


@pytest.mark.parametrize(("text", "expected"), [
    ("Sở Tài chính thẩm định Kế hoạch ngày 15/7/2026 của Sở Y tế trình Ủy ban nhân dân tỉnh.",
     [("Kế hoạch", "2026-07-15", "Sở Y tế")]),
    ("Căn cứ Đề án ngày 02/3/2026 của Sở Nội vụ trình Hội đồng nhân dân tỉnh tại kỳ họp thứ 5;",
     [("Đề án", "2026-03-02", "Sở Nội vụ")]),
])
def test_a_dated_citations_issuer_ends_before_trinh(text, expected):
    assert _dated(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Xét Tờ trình số 45/TTr-SYT ngày 5/6/2026 của Sở Y tế trình UBND tỉnh phê duyệt kế hoạch;",
     [("45/TTr-SYT", "Sở Y tế")]),
    ("Theo Đề án số 3/ĐA-SNV ngày 5/6/2026 của Sở Nội vụ trình Thủ tướng Chính phủ;", [("3/ĐA-SNV", "Sở Nội vụ")]),
    # "trình" in a body's name is no verb
    ("Căn cứ Quyết định số 5/QĐ-BCĐ ngày 5/6/2026 của Ban Chỉ đạo Chương trình Mục tiêu quốc gia;",
     [("5/QĐ-BCĐ", "Ban Chỉ đạo Chương trình Mục tiêu quốc gia")]),
])
def test_a_numbered_citations_issuer_ends_before_trinh(text, expected):
    assert _issuers(text) == expected


PLAN_CITING = ["ỦY BAN NHÂN DÂN", "TỈNH LÀO CAI", *MOTTO, "Số: 1234/KH-UBND", "Lào Cai, ngày 12 tháng 6 năm 2026",
               "KẾ HOẠCH", "Triển khai tiêm chủng mở rộng năm 2026"]
PLAN_CITING_END = ["I. MỤC ĐÍCH", "1. Tiêm chủng đầy đủ.", "Nơi nhận:", "- Lưu: VT.", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH",
                   "Hà Văn Ba"]


def _cited(tmp_path, grounds, form):
    doc = process(write_in_form(tmp_path, [*PLAN_CITING, *grounds, *PLAN_CITING_END], form))
    return {(c.doc_type, c.number, c.issued_date, c.issuer) for c in doc.metadata.cited_documents}


@pytest.mark.parametrize("form", FORMS)
def test_a_dated_citation_beside_a_numbered_one_of_its_type_and_date_in_one_sentence_is_kept(tmp_path, form):
    grounds = ["Căn cứ Quyết định số 45/QĐ-UBND ngày 05/6/2026 của UBND tỉnh và Quyết định ngày 05/6/2026 của Bộ Y tế "
               "về tiêm chủng;"]
    assert _cited(tmp_path, grounds, form) == {("Quyết định", "45/QĐ-UBND", "2026-06-05", "UBND tỉnh"),
                                               ("Quyết định", None, "2026-06-05", "Bộ Y tế")}


@pytest.mark.parametrize("form", FORMS)
def test_a_dated_citation_of_another_issuer_in_another_paragraph_is_kept(tmp_path, form):
    grounds = ["Căn cứ Kế hoạch số 12/KH-SYT ngày 02/6/2026 của Sở Y tế;",
               "Thực hiện Kế hoạch ngày 02/6/2026 của Sở Tài chính;"]
    assert _cited(tmp_path, grounds, form) == {("Kế hoạch", "12/KH-SYT", "2026-06-02", "Sở Y tế"),
                                               ("Kế hoạch", None, "2026-06-02", "Sở Tài chính")}


@pytest.mark.parametrize("form", FORMS)
def test_the_numbered_documents_later_mention_by_date_is_still_one(tmp_path, form):
    grounds = ["Căn cứ Quyết định số 45/QĐ-UBND ngày 05/6/2026 của Ủy ban nhân dân tỉnh;",
               "Thực hiện Quyết định ngày 05/6/2026 của UBND tỉnh về tiêm chủng;"]
    assert _cited(tmp_path, grounds, form) == {("Quyết định", "45/QĐ-UBND", "2026-06-05", "Ủy ban nhân dân tỉnh")}


# --- 7. a document carried out opens a ground before the issuer asks (hunt: dispatches carrying out a directive) ----

GROUNDED_DISPATCH = ["ỦY BAN NHÂN DÂN", "TỈNH THANH HÓA", *MOTTO, "Số: 900/UBND-KT", "V/v xử lý các dự án chậm triển khai",
                     "Thanh Hóa, ngày 10 tháng 7 năm 2026", "Kính gửi: Các sở, ban, ngành cấp tỉnh."]


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize(("paragraph", "expected"), [
    ("Thực hiện Chỉ thị số 20/CT-TTg ngày 12/5/2026 của Thủ tướng Chính phủ, UBND tỉnh đề nghị các đơn vị tiếp tục "
     "quán triệt, đẩy mạnh việc thực hiện Chỉ thị.", {("requested", "các đơn vị", None)}),
    ("Thực hiện Kế hoạch số 15/KH-BYT ngày 3/6/2026 của Bộ Y tế về tiêm chủng, Chủ tịch UBND tỉnh giao Sở Y tế chủ trì, "
     "phối hợp với Sở Tài chính tổ chức tiêm chủng, hoàn thành trong tháng 9/2026.",
     {("lead", "Sở Y tế", "2026-09-30"), ("support", "Sở Tài chính", "2026-09-30")}),
    ("Thực hiện các Công văn số 10/BXD-KTXD và số 11/BXD-KTXD của Bộ Xây dựng, Ủy ban nhân dân tỉnh yêu cầu Sở Xây "
     "dựng rà soát đơn giá trước ngày 31/8/2026.", {("lead", "Sở Xây dựng", "2026-08-31")}),
], ids=["directive_requests", "plan_gives", "dispatches_listed"])
def test_a_document_carried_out_is_a_ground_before_the_issuer_asks(tmp_path, paragraph, expected, form):
    assert _duties(tmp_path, [*GROUNDED_DISPATCH, paragraph, *END], form) == expected


@pytest.mark.parametrize("form", FORMS)
def test_a_body_that_carries_out_a_document_is_no_ground_of_the_issuer(tmp_path, form):
    # the body after the comma does the work itself, no issuer asking: read as before
    paragraph = ("Thực hiện Kế hoạch số 15/KH-UBND ngày 3/6/2026 của UBND tỉnh, Sở Y tế đã tổ chức tiêm chủng cho 12.000 "
                 "trẻ em.")
    assert _duties(tmp_path, [*GROUNDED_DISPATCH, paragraph, *END], form) == set()


@pytest.mark.parametrize(("head", "end", "point", "expected"), [
    (GOVERNMENT_NOTICE, GOVERNMENT_END, "2. Phó Thủ tướng Lê Văn Minh yêu cầu Bộ Tư pháp thẩm định dự thảo nghị định.",
     {("lead", "Bộ Tư pháp", None)}),
    (PROVINCE_NOTICE, OFFICE_END, "1. Phó Chủ tịch UBND tỉnh Nguyễn Văn Bình giao Sở Xây dựng đôn đốc các chủ đầu tư.",
     {("lead", "Sở Xây dựng", None)}),
], ids=["deputy_prime_minister", "deputy_chairman"])
def test_a_head_named_by_the_person_asks_for_the_office_s_body(tmp_path, head, end, point, expected):
    assert _duties(tmp_path, [*head, point, *end], "text") == expected


@pytest.mark.parametrize("form", FORMS)
def test_a_boards_members_named_by_their_posts_are_no_duties(tmp_path, form):
    # "Thứ trưởng" a head's post since s55: "giao" of "Bộ Ngoại giao" after it is no asking word
    lines = ["THỦ TƯỚNG CHÍNH PHỦ", *MOTTO, "Số: 932/QĐ-TTg", "Hà Nội, ngày 15 tháng 5 năm 2026", "QUYẾT ĐỊNH",
             "Thành lập Tổ công tác về cải cách thủ tục hành chính", "THỦ TƯỚNG CHÍNH PHỦ", "Căn cứ Luật Tổ chức Chính phủ;",
             "QUYẾT ĐỊNH:", "Điều 1. Thành lập Tổ công tác về cải cách thủ tục hành chính gồm các thành viên sau:",
             "- Thứ trưởng Bộ Ngoại giao Trần Văn Một;", "- Thứ trưởng Bộ Giao thông vận tải Lê Văn Hai;",
             "- Phó Chủ tịch Ủy ban nhân dân tỉnh Hà Giang Vũ Văn Ba.", "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.",
             "Nơi nhận:", "- Lưu: VT.", "THỦ TƯỚNG", "Lê Văn Một"]
    assert _duties(tmp_path, lines, form) == set()
