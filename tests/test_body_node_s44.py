"""A body node for documents with no numbered outline (s44, schema 0.26.0): a Chỉ thị, a Công điện, a Thông báo or a
letter whose content is plain paragraphs gets a ``body`` section between its opening (the header, the title, the
addressees) and its closing; a document with a numbered outline keeps its opening as before.

FACTS (the shapes, from the openings of stored legal-site pages and Nghị định 30/2020/NĐ-CP Phụ lục I; every fixture
below is written for the test, names and numbers made up):
- A Chỉ thị prints its header, "CHỈ THỊ", its title ("Về …"), then paragraphs (the situation, "… chỉ thị:", the
  orders) and a concluding sentence ("… yêu cầu Thủ trưởng các sở … nghiêm túc thực hiện Chỉ thị này./."); some open
  with a recital ("Căn cứ …;"), the body's first line as the metadata stage's body_start has it.
- A Công điện prints "CÔNG ĐIỆN", its title, then its sender in capitals and "điện:" over a "- …;" list of addressees
  ("THỦ TƯỚNG CHÍNH PHỦ điện:", "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH ĐIỆN:"), then its content.
- A công văn prints "Số: …" and "V/v …" under the issuer, "Kính gửi:" and its addressees, paragraphs, "Trân trọng./.".
- A Thông báo kết luận prints "THÔNG BÁO", "Kết luận của … tại cuộc họp …", "Ngày …, … chủ trì cuộc họp …", "…
  kết luận như sau:", the conclusions, and "Văn phòng … thông báo để các cơ quan, đơn vị biết, thực hiện./.".

Before this change (s44-lead, 2dacaf3) 25 of the 61 cases below failed: no section of kind body existed, the whole
content was the opening's.
"""

from __future__ import annotations

import pytest
from conftest import write_in_form

from pipeline.model import Section
from pipeline.run import process

FORMS = ["text", "html", "docx", "pdf"]

PROVINCE = ["ỦY BAN NHÂN DÂN", "TỈNH BẢO LÂM"]
MOTTO = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Bảo Lâm, ngày 09 tháng 3 năm 2027"]
CLOSE = ["Nơi nhận:", "- Như trên;", "- Lưu: VT.", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Đinh Quang Hải"]

# name: (opening lines, body lines, closing lines)
DOCUMENTS: dict[str, tuple[list[str], list[str], list[str]]] = {
    "directive": (
        [*PROVINCE, "Số: 04/CT-UBND", *MOTTO, "CHỈ THỊ", "Về việc tăng cường phòng cháy, chữa cháy rừng mùa khô năm 2027"],
        ["Thời gian qua, công tác phòng cháy, chữa cháy rừng trên địa bàn tỉnh đã đạt nhiều kết quả.",
         "Để chủ động phòng ngừa cháy rừng, Chủ tịch Ủy ban nhân dân tỉnh chỉ thị:",
         "Các sở, ban, ngành và Ủy ban nhân dân các huyện tổ chức trực cháy rừng 24/24 giờ trong mùa khô.",
         "Sở Nông nghiệp và Môi trường kiểm tra phương án phòng cháy của các chủ rừng."],
        ["Chủ tịch Ủy ban nhân dân tỉnh yêu cầu Thủ trưởng các sở, ban, ngành nghiêm túc thực hiện Chỉ thị này./.",
         *CLOSE]),
    "directive_wrapped_title": (
        [*PROVINCE, "Số: 07/CT-UBND", *MOTTO, "CHỈ THỊ", "Về việc tăng cường quản lý, bảo vệ nguồn nước",
         "trên địa bàn tỉnh trong mùa khô năm 2027"],
        ["Trong những năm gần đây, tình trạng khô hạn diễn ra ngày càng gay gắt.",
         "Các sở, ngành và địa phương rà soát các công trình cấp nước sinh hoạt."],
        CLOSE),
    "directive_with_recital": (
        [*PROVINCE, "Số: 09/CT-UBND", *MOTTO, "CHỈ THỊ", "Về việc siết chặt kỷ luật, kỷ cương hành chính"],
        ["Căn cứ Luật Tổ chức chính quyền địa phương năm 2025;",
         "Nhằm nâng cao trách nhiệm người đứng đầu, Chủ tịch Ủy ban nhân dân tỉnh yêu cầu các cơ quan, đơn vị chấn chỉnh "
         "việc chấp hành giờ làm việc."],
        CLOSE),
    "dispatch": (
        ["THỦ TƯỚNG CHÍNH PHỦ", "Số: 41/CĐ-TTg", *MOTTO[:2], "Hà Nội, ngày 21 tháng 8 năm 2027", "CÔNG ĐIỆN",
         "Về việc chủ động ứng phó với bão số 5", "THỦ TƯỚNG CHÍNH PHỦ điện:",
         "- Bộ trưởng các Bộ: Quốc phòng, Công an, Nông nghiệp và Môi trường;",
         "- Chủ tịch Ủy ban nhân dân các tỉnh, thành phố ven biển."],
        ["Theo tin của cơ quan dự báo khí tượng thủy văn, bão số 5 đang di chuyển nhanh vào đất liền.",
         "Thủ tướng Chính phủ yêu cầu các địa phương khẩn trương sơ tán người dân khỏi khu vực nguy hiểm.",
         "Văn phòng Chính phủ theo dõi, đôn đốc việc thực hiện Công điện này."],
        ["Nơi nhận:", "- Như trên;", "- Lưu: VT, NN.", "THỦ TƯỚNG", "Lê Minh Tuấn"]),
    "letter": (
        [*PROVINCE, "Số: 512/UBND-KT", "V/v đôn đốc giải ngân vốn đầu tư công năm 2027", *MOTTO, "Kính gửi:",
         "- Các sở, ban, ngành tỉnh;", "- Ủy ban nhân dân các huyện, thành phố."],
        ["Thực hiện chỉ đạo của Thủ tướng Chính phủ về đẩy mạnh giải ngân vốn đầu tư công, Ủy ban nhân dân tỉnh yêu cầu các "
         "chủ đầu tư khẩn trương hoàn thiện hồ sơ thanh toán khối lượng đã thực hiện.",
         "Các chủ đầu tư chịu trách nhiệm trước Ủy ban nhân dân tỉnh về tiến độ giải ngân của dự án được giao."],
        ["Trân trọng./.", *CLOSE]),
    "notice": (
        [*PROVINCE, "Số: 88/TB-UBND", *MOTTO, "THÔNG BÁO",
         "Kết luận của Chủ tịch Ủy ban nhân dân tỉnh tại cuộc họp về tiến độ xây dựng nông thôn mới"],
        ["Ngày 02/3/2027, Chủ tịch Ủy ban nhân dân tỉnh chủ trì cuộc họp về tiến độ xây dựng nông thôn mới.",
         "Sau khi nghe báo cáo và ý kiến của các đại biểu, Chủ tịch Ủy ban nhân dân tỉnh kết luận như sau:",
         "Các huyện rà soát các tiêu chí chưa đạt, tập trung nguồn lực để hoàn thành trong năm 2027."],
        ["Văn phòng Ủy ban nhân dân tỉnh thông báo để các cơ quan, đơn vị biết, thực hiện./.", *CLOSE]),
}


def _read(tmp_path, lines, form):
    return process(write_in_form(tmp_path, lines, form, pdf_rows=(30.0, 13, 9)))


def _lines(doc, node: Section) -> list[str]:
    texts = {b.id: b.text or "" for b in doc.body()}
    return [texts[b] for b in node.blocks if texts[b]]


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("name", sorted(DOCUMENTS))
def test_plain_paragraphs_are_a_body_node(tmp_path, name, form):
    opening, body, closing = DOCUMENTS[name]
    doc = _read(tmp_path, [*opening, *body, *closing], form)
    assert [s.kind for s in doc.sections] == ["opening", "body", "closing"]
    assert [s.id for s in doc.sections] == ["opening", "body", "closing"]
    assert _lines(doc, doc.sections[1]) == body
    assert " ".join(_lines(doc, doc.sections[0])).split()[-3:] == " ".join(opening).split()[-3:]  # its title or addressees
    assert doc.sections[1].children == [] and doc.sections[1].text == "\n".join(body)


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("name", sorted(DOCUMENTS))
def test_every_line_in_one_node(tmp_path, name, form):
    """Nothing lost, nothing twice: each block with text in exactly one node."""
    doc = _read(tmp_path, [line for part in DOCUMENTS[name] for line in part], form)
    held = [b for top in doc.sections for n in top.walk() for b in n.blocks]
    assert len(held) == len(set(held))
    assert {b.id for b in doc.body() if b.text} <= set(held)


PLAN = [*PROVINCE, "Số: 61/KH-UBND", *MOTTO, "KẾ HOẠCH", "Chuyển đổi số năm 2027",
        "Thực hiện Nghị quyết số 12/NQ-HĐND của Hội đồng nhân dân tỉnh, Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:",
        "I. MỤC TIÊU", "Hoàn thành 100% dịch vụ công trực tuyến.", "II. NHIỆM VỤ", "1. Sở Khoa học và Công nghệ chủ trì.",
        *CLOSE]
NUMBERED_LETTER = [*PROVINCE, "Số: 613/UBND-VX", "V/v tăng cường quản lý an toàn thực phẩm", *MOTTO, "Kính gửi:",
                   "- Các sở, ban, ngành;", "- Ủy ban nhân dân các huyện.",
                   "Thực hiện Công văn số 21/BYT của Bộ Y tế, Ủy ban nhân dân tỉnh yêu cầu:",
                   "1. Sở Y tế tăng cường kiểm tra các cơ sở chế biến.", "2. Ủy ban nhân dân các huyện tuyên truyền tới người dân.",
                   "Trân trọng./.", *CLOSE]


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("lines, lead_in", [(PLAN, PLAN[8]), (NUMBERED_LETTER, NUMBERED_LETTER[10])])
def test_a_numbered_outline_keeps_its_opening(tmp_path, lines, lead_in, form):
    doc = _read(tmp_path, lines, form)
    kinds = [s.kind for s in doc.sections]
    assert "body" not in kinds and kinds[0] == "opening" and kinds[-1] == "closing"
    assert _lines(doc, doc.sections[0])[-1] == lead_in


@pytest.mark.parametrize("form", FORMS)
def test_title_and_closing_alone_get_no_body(tmp_path, form):
    opening, _, closing = DOCUMENTS["directive"]
    doc = _read(tmp_path, [*opening, *closing[1:]], form)
    assert [s.kind for s in doc.sections] == ["opening", "closing"]


def test_body_is_a_kind_of_the_schema():
    assert "body" in Section.KINDS
