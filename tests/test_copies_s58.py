"""Plans copied by other hands: the paragraphs hard-wrapped at a fixed width (an e-mail's, an editor's: 55 to 80
columns), so that a line's end says little of where a paragraph ends.

- A body's heading whose last line fills the width, then its duty written as a sentence opens, with a work verb of
  assignments.json ("2. Giao Chánh Văn phòng … huyện" / "Tham mưu công tác …"): the duty ran into the heading (the
  point's heading named the body and its work). A capitalised work verb opens a sentence, unless the two words across
  the break stand together in a known name ("Ban" / "Quản lý các khu công nghiệp", "Cục" / "Quản lý thị trường").
- A title typed in small letters whose last line fills the width, then the body's first sentence ("Thực hiện Chỉ thị
  …"): the title ran on into the body.
- "số" ending a line before a capitalised one: "số" waits for its figure ("Nghị định số" / "158/2007/NĐ-CP"), but
  it also ends phrases of its own ("Luật Chuyển đổi số", "kinh tế số"): a task's name and its lead's cell in a table
  copied one cell a line were read as one cell, the lead lost.
- A figure that closes a bracket the paragraph opened ("(trước ngày 15 của tháng 3, tháng 6, tháng 9, tháng" / "12)
  báo cáo …") read as an item's mark ("12)"): a point of its own in the section tree.

Every fixture is our own plan, hard-wrapped by textwrap at the widths named.
"""

from __future__ import annotations

import re
import textwrap

import pytest

from pipeline.run import process

HEADER = ["ỦY BAN NHÂN DÂN", "HUYỆN CẦN GIỜ", "Số: 215/KH-UBND", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
          "Độc lập - Tự do - Hạnh phúc", "Cần Giờ, ngày 12 tháng 3 năm 2026", "KẾ HOẠCH"]
TITLE = "Nâng cao chất lượng phục vụ người dân và doanh nghiệp trên địa bàn huyện năm 2026"
OPENING = ("Căn cứ Kế hoạch số 88/KH-UBND ngày 20 tháng 01 năm 2026 của Ủy ban nhân dân Thành phố về cải cách hành "
           "chính, Ủy ban nhân dân huyện ban hành Kế hoạch nâng cao chất lượng phục vụ người dân và doanh nghiệp "
           "trên địa bàn huyện như sau:")
AIMS = ["I. MỤC ĐÍCH, YÊU CẦU",
        "- Nâng cao chất lượng giải quyết thủ tục hành chính, rút ngắn thời gian xử lý hồ sơ tại Bộ phận Một cửa của "
        "huyện và các xã, thị trấn; công khai, minh bạch quy trình giải quyết hồ sơ cho người dân và doanh nghiệp.",
        "- Xác định rõ trách nhiệm của người đứng đầu các cơ quan, đơn vị trong việc cải thiện mức độ hài lòng của "
        "người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước trên địa bàn huyện.",
        "- Tăng cường ứng dụng công nghệ thông tin trong quản lý, điều hành; khuyến khích người dân nộp hồ sơ trực "
        "tuyến và thanh toán không dùng tiền mặt khi thực hiện thủ tục hành chính.",
        "II. TỔ CHỨC THỰC HIỆN"]
CLOSING = ["Nơi nhận:", "- UBND Thành phố;", "- Lưu: VT.", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Nguyễn Văn Bình"]


def _wrapped(paragraphs: list[str], width: int) -> list[str]:
    return [line for paragraph in paragraphs
            for line in textwrap.wrap(paragraph, width, break_long_words=False, break_on_hyphens=False)]


def _read(tmp_path, lines: list[str]):
    path = tmp_path / "copy.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return process(path)


def _points(doc) -> list:
    """Every section under the document's parts, at any depth."""
    found, todo = [], [child for section in doc.sections for child in section.children]
    while todo:
        found.append(point := todo.pop(0))
        todo.extend(point.children)
    return found


# (a body's heading, its duty as the plan writes it): the heading fills its line, the duty opens with a work verb
DUTIES = {
    "office_advises": ("2. Giao Chánh Văn phòng Hội đồng nhân dân và Ủy ban nhân dân huyện",
                       "Tham mưu công tác kiểm soát thủ tục hành chính, đẩy mạnh thực hiện cơ chế một cửa liên thông "
                       "trong giải quyết thủ tục hành chính tại các cơ quan hành chính nhà nước."),
    "finance_office_builds": ("3. Giao Trưởng phòng Tài chính - Kế hoạch huyện chủ trì, phối hợp",
                              "Xây dựng dự toán kinh phí thực hiện Kế hoạch, trình Ủy ban nhân dân huyện xem xét, "
                              "bố trí kinh phí theo quy định của pháp luật về ngân sách nhà nước."),
    "culture_office_spreads": ("4. Giao Trưởng phòng Văn hóa, Khoa học và Thông tin huyện",
                               "Tuyên truyền rộng rãi nội dung Kế hoạch trên Cổng thông tin điện tử của huyện, hệ "
                               "thống truyền thanh cơ sở và các nền tảng mạng xã hội của các cơ quan, đơn vị."),
    "police_carry_out": ("5. Đề nghị Trưởng Công an huyện và Chỉ huy trưởng Ban Chỉ huy Quân sự",
                         "Thực hiện nghiêm việc tiếp nhận, giải quyết hồ sơ thủ tục hành chính thuộc lĩnh vực quản lý, "
                         "bảo đảm đúng thời hạn, không để người dân phải đi lại nhiều lần."),
    "commune_chairs_guide": ("6. Giao Chủ tịch Ủy ban nhân dân các xã, thị trấn trên địa bàn huyện",
                             "Hướng dẫn công chức Bộ phận Một cửa của xã, thị trấn thực hiện đúng quy trình tiếp nhận, "
                             "số hóa hồ sơ và trả kết quả giải quyết thủ tục hành chính cho người dân."),
}


def _duty_plan(heading: str, duty: str, width: int) -> list[str]:
    return HEADER + _wrapped([TITLE, OPENING] + AIMS, width) + [heading] + _wrapped([duty] + AIMS[1:4], width) + CLOSING


@pytest.mark.parametrize("slack", [0, 2, 5])
@pytest.mark.parametrize("case", DUTIES)
def test_a_duty_opening_with_a_work_verb_starts_under_a_full_heading(tmp_path, case, slack):
    heading, duty = DUTIES[case]
    doc = _read(tmp_path, _duty_plan(heading, duty, len(heading) + slack))
    point = next(p for p in _points(doc) if p.label == heading.split(" ", 1)[0])
    assert point.heading == heading.split(" ", 1)[1]
    assert doc.metadata.title == TITLE


# A work verb inside a known body's name goes on the name's line: the registry knows both words across the break
NAMES_ACROSS = {
    "industrial_zones_board": ("- Trong quá trình triển khai thực hiện, đề nghị Trưởng ban Ban",
                               "Quản lý các khu công nghiệp tỉnh phối hợp thực hiện."),
    "market_surveillance": ("- Trong quá trình triển khai thực hiện, đề nghị Cục",
                            "Quản lý thị trường tỉnh phối hợp kiểm tra, xử lý vi phạm."),
    # a kind's word a name cannot stop at, the registry knowing no such body
    "community_supervision_board": ("- Công trình do nhân dân đóng góp có sự giám sát của Ban",
                                    "Giám sát đầu tư của cộng đồng và Ban Thanh tra nhân dân."),
    # a law named by a work verb, after the capitalised word that opens documents' names
    "a_law_of_public_investment": ("- Thẩm quyền quyết định đầu tư thực hiện theo Điều 38 của Luật",
                                   "Đầu tư công và các văn bản hướng dẫn thi hành."),
    "a_law_of_building": ("- Hồ sơ thiết kế được thẩm định theo quy định tại Điều 82 của Luật",
                          "Xây dựng năm 2014 đã được sửa đổi, bổ sung."),
}


@pytest.mark.parametrize("case", NAMES_ACROSS)
def test_a_work_verb_inside_a_known_name_goes_on(tmp_path, case):
    _goes_on(tmp_path, *NAMES_ACROSS[case])


def _goes_on(tmp_path, first: str, rest: str):
    width = len(first)
    lines = HEADER + _wrapped([TITLE, OPENING] + AIMS, width) + [first, rest] + _wrapped(AIMS[1:4], width) + CLOSING
    doc = _read(tmp_path, lines)
    assert any(b.text == f"{first} {rest}" for b in doc.blocks)


# Review (s58): a work verb that is a document type's name cited with its number, or a body's name that opens with
# words other bodies' names go on after ("Trung tâm" / "Hỗ trợ …"), or a document's title after its type: no sentence
# starts at the break (each was split on the first version of the rule), nor after a comma or a dash
CITED_OR_NAMED_ACROSS = {
    "guidance_cited_by_number": ("- Các cơ quan, đơn vị xây dựng Kế hoạch triển khai thực hiện",
                                 "Hướng dẫn số 26/HD-BCĐ ngày 10 tháng 3 năm 2026 của Ban Chỉ đạo huyện."),
    "report_cited_by_number": ("- Các xã, thị trấn tiếp tục thực hiện nội dung nêu tại mục II",
                               "Báo cáo số 120/BC-UBND ngày 02 tháng 02 năm 2026 của Ủy ban nhân dân huyện."),
    "report_cited_by_symbol": ("- Các xã, thị trấn tiếp tục thực hiện nội dung nêu tại mục II",
                               "Báo cáo 120/BC-UBND ngày 02 tháng 02 năm 2026 của Ủy ban nhân dân huyện."),
    "business_support_centre": ("- Giao Giám đốc Trung tâm",
                                "Hỗ trợ phát triển doanh nghiệp huyện chủ trì tổ chức các lớp tập huấn."),
    "information_centre": ("- Đề nghị Giám đốc Trung tâm",
                           "Thông tin và Thống kê huyện cung cấp số liệu theo yêu cầu."),
    # a body the registry does not know, or a form's name, opened by one capitalised word after small ones
    "fund_unknown_to_the_registry": ("- Giao Hội Nông dân huyện phối hợp với Quỹ",
                                     "Hỗ trợ nông dân huyện giải ngân nguồn vốn đúng quy định."),
    "form_named_by_a_work_verb": ("- Các đơn vị báo cáo kết quả các nhiệm vụ được phân công tại Biểu",
                                  "Tổng hợp nhiệm vụ kèm theo Kế hoạch này."),
    # a comma or a dash before the break: no sentence opens after them
    "fields_listed_after_a_comma": ("- Rà soát thủ tục hành chính các lĩnh vực Tư pháp - Hộ tịch,",
                                    "Xây dựng - Đô thị, Tài nguyên và Môi trường thuộc thẩm quyền của huyện."),
    "items_inline_after_a_dash": ("- Công khai danh sách cán bộ tiếp công dân rõ ràng, dễ tiếp cận -",
                                  "Cập nhật danh sách trên trang thông tin điện tử của huyện."),
    "scheme_title": ("- Lồng ghép nội dung Kế hoạch với việc thực hiện Đề án",
                     "Tăng cường công tác phổ biến, giáo dục pháp luật trên địa bàn huyện."),
}


@pytest.mark.parametrize("case", CITED_OR_NAMED_ACROSS)
def test_a_work_verb_citing_a_document_or_inside_a_name_goes_on(tmp_path, case):
    _goes_on(tmp_path, *CITED_OR_NAMED_ACROSS[case])


# A title typed in small letters whose last line fills the width, then the body's first sentence
FIRST_SENTENCES = [
    "Thực hiện Chỉ thị số 15-CT/TU ngày 04 tháng 01 năm 2026 của Ban Thường vụ Thành ủy về tăng cường công tác cải "
    "cách hành chính, Ủy ban nhân dân huyện ban hành Kế hoạch như sau:",
    "Triển khai Kế hoạch số 88/KH-UBND ngày 20 tháng 01 năm 2026 của Ủy ban nhân dân Thành phố, Ủy ban nhân dân "
    "huyện ban hành Kế hoạch thực hiện như sau:",
    "Tổ chức thực hiện Quyết định số 1204/QĐ-UBND ngày 05 tháng 02 năm 2026 của Ủy ban nhân dân Thành phố, Ủy ban "
    "nhân dân huyện ban hành Kế hoạch như sau:",
]


@pytest.mark.parametrize("slack", [0, 3])
@pytest.mark.parametrize("sentence", range(len(FIRST_SENTENCES)))
def test_a_title_in_small_letters_ends_before_the_first_sentence(tmp_path, sentence, slack):
    title_lines = ["Nâng cao chất lượng phục vụ người dân", "và doanh nghiệp trên địa bàn huyện Cần Giờ năm 2026"]
    width = len(title_lines[-1]) + slack  # the title's last line fills the width
    lines = HEADER + title_lines + _wrapped([FIRST_SENTENCES[sentence]] + AIMS, width) + _wrapped(AIMS[1:4], width) + CLOSING
    assert process_title(tmp_path, lines) == " ".join(title_lines)


def process_title(tmp_path, lines: list[str]) -> str | None:
    return _read(tmp_path, lines).metadata.title


# "số" ends a phrase of its own before a capitalised line: a task's name, then its lead's cell
DIGITAL_TASKS = ["Triển khai nền tảng chuyển đổi số", "Xây dựng chính quyền số", "Phát triển kinh tế số",
                 "Đề án nâng cao chất lượng dân số"]


def _table_plan(task: str, width: int) -> list[str]:
    table = ["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành",
             "1", task, "Sở Khoa học và Công nghệ", "Các sở, ban, ngành", "Quý IV/2026",
             "2", "Rà soát thủ tục hành chính", "Văn phòng Ủy ban nhân dân tỉnh", "Sở Tư pháp", "Tháng 6/2026"]
    return HEADER + _wrapped([TITLE, OPENING] + AIMS, width) + ["1. Nhiệm vụ cụ thể"] + table + _wrapped(AIMS[1:4], width) + CLOSING


@pytest.mark.parametrize("width", [60, 72])
@pytest.mark.parametrize("task", DIGITAL_TASKS)
def test_a_phrase_ending_in_so_ends_its_cell(tmp_path, task, width):
    doc = _read(tmp_path, _table_plan(task, width))
    first = next(t for t in doc.tasks if t.content.startswith(task.split(" ")[0]))
    assert " ".join(first.content.split()) == task
    assert [a.name for a in first.lead] == ["Sở Khoa học và Công nghệ"]


@pytest.mark.parametrize("width", [55, 72])
def test_so_before_its_figure_still_goes_on(tmp_path, width):
    cited = ("- Tiếp tục thực hiện Nghị định số", "107/2021/NĐ-CP ngày 06 tháng 12 năm 2021 của Chính phủ về thực hiện "
             "cơ chế một cửa, một cửa liên thông trong giải quyết thủ tục hành chính.")
    lines = HEADER + _wrapped([TITLE, OPENING] + AIMS, width) + [cited[0]] + _wrapped([cited[1]] + AIMS[1:4], width) + CLOSING
    doc = _read(tmp_path, lines)
    assert "107/2021/NĐ-CP" in [c.number for c in doc.metadata.cited_documents]


# A figure closing a bracket the paragraph opened is no item's mark
REPORTS = [
    "- Các cơ quan, đơn vị định kỳ hằng quý (trước ngày 15 của tháng 3, tháng 6, tháng 9, tháng 12) báo cáo kết quả "
    "thực hiện về Ủy ban nhân dân huyện (qua Phòng Nội vụ) để tổng hợp, báo cáo Ủy ban nhân dân Thành phố.",
    "- Ủy ban nhân dân các xã tổng hợp số liệu của các thôn (gồm thôn 1, thôn 2, thôn 3, thôn 4, thôn 5, thôn 6, thôn "
    "11) gửi Phòng Nội vụ huyện trước ngày 20 hằng tháng để tổng hợp chung, báo cáo Ủy ban nhân dân huyện.",
    "- Đẩy nhanh tiến độ tổ chức đấu giá quyền khai thác khoáng sản, nhất là khoáng sản làm vật liệu xây dựng thông "
    "thường (nhóm III) bảo đảm đúng quy định, đáp ứng nhu cầu của các công trình, dự án trên địa bàn huyện.",
    "- Hồ sơ đề nghị được gửi đến Bộ phận Một cửa của huyện theo quy định (tại điểm b) khoản 2 Điều 9 của Nghị định "
    "số 61/2018/NĐ-CP) để được xem xét, giải quyết trong thời hạn quy định.",
]


def _widths_breaking_before_a_closing_figure(paragraph: str) -> list[int]:
    return [w for w in range(44, 100) if any(re.match(r"(?:\d{1,3}|[IVX]+|[a-z])\) ", line)
                                             for line in textwrap.wrap(paragraph, w))][:3]


CLOSING_FIGURES = [(k, w) for k, report in enumerate(REPORTS) for w in _widths_breaking_before_a_closing_figure(report)]


@pytest.mark.parametrize(("report", "width"), CLOSING_FIGURES)
def test_a_figure_closing_a_bracket_is_no_point(tmp_path, report, width):
    lines = HEADER + _wrapped([TITLE, OPENING] + AIMS, width) + ["1. Chế độ báo cáo"] + _wrapped([REPORTS[report]] + AIMS[1:4], width) + CLOSING
    doc = _read(tmp_path, lines)
    assert not [p.label for p in _points(doc) if p.label and p.label.endswith(")")]
    assert any(b.text == REPORTS[report] for b in doc.blocks)


def test_each_report_breaks_before_its_figure_somewhere():
    assert {k for k, _ in CLOSING_FIGURES} == set(range(len(REPORTS)))


# The closing's last line in capitals right over the annex's "PHỤ LỤC" line (a site's copy cut "TM. ỦY BAN NHÂN" /
# "DÂN", a name printed in capitals), the annex's title on one line: that line was read as an annex's title of its own,
# an empty annex before the real one
LAST_CLOSING_LINES = {
    "cut_committee": ["TM. ỦY BAN NHÂN", "DÂN"],
    "name_in_capitals": ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "NGUYỄN VĂN BÌNH"],
    "cut_committee_then_place": ["TM. ỦY BAN NHÂN DÂN", "HUYỆN"],
}
ANNEX_TITLE = "DANH MỤC NHIỆM VỤ TRỌNG TÂM NĂM 2026"


@pytest.mark.parametrize("wrapped", [False, True])
@pytest.mark.parametrize("case", LAST_CLOSING_LINES)
def test_the_closings_last_line_in_capitals_is_no_annex(tmp_path, case, wrapped):
    width = 72 if wrapped else 1000
    annex = ["PHỤ LỤC 1", ANNEX_TITLE, "(Kèm theo Kế hoạch số 215/KH-UBND ngày 12/3/2026 của Ủy ban nhân dân huyện)",
             "STT\tNhiệm vụ\tCơ quan chủ trì\tThời gian hoàn thành",
             "1\tRà soát thủ tục hành chính\tVăn phòng Ủy ban nhân dân huyện\tTháng 6/2026",
             "2\tSố hóa hồ sơ hộ tịch\tPhòng Tư pháp huyện\tQuý IV/2026"]
    lines = HEADER + _wrapped([TITLE, OPENING] + AIMS + AIMS[1:4], width) + CLOSING[:3] + LAST_CLOSING_LINES[case] + annex
    doc = _read(tmp_path, lines)
    annexes = [s for s in doc.sections if s.kind == "annex"]
    assert [(a.label, a.heading) for a in annexes] == [("PHỤ LỤC 1", ANNEX_TITLE)]


# Left (strict xfails): what bench/copy_transforms.py still finds.

def test_a_double_spaced_copy_keeps_a_citation_cut_after_so(tmp_path):
    """s60: a number cut from its "số" is read on across the blank line (clean.number_cut_off); was a strict xfail."""
    cited = ["- Tiếp tục thực hiện Nghị định số", "107/2021/NĐ-CP ngày 06 tháng 12 năm 2021 của Chính phủ về thực hiện "
             "cơ chế một cửa, một cửa liên thông trong giải quyết thủ tục hành chính."]
    lines = HEADER + _wrapped([TITLE, OPENING] + AIMS, 72) + cited + _wrapped(AIMS[1:4], 72) + CLOSING
    doc = _read(tmp_path, [line for pair in zip(lines, [""] * len(lines)) for line in pair])
    assert "107/2021/NĐ-CP" in [c.number for c in doc.metadata.cited_documents]


@pytest.mark.xfail(strict=True, reason="a table copied one cell a line and hard-wrapped: a cell's line that fills the "
                                       "width is read as wrapped, the next cell (the lead) joined to it")
def test_a_full_cell_line_in_a_wrapped_table_copy_keeps_the_next_cell(tmp_path):
    task = "Sửa đổi quy chế phối hợp tại Trung tâm Phục vụ hành chính công"
    doc = _read(tmp_path, _table_plan(task, len(task)))
    first = next(t for t in doc.tasks if t.content.startswith("Sửa đổi"))
    assert " ".join(first.content.split()) == task

