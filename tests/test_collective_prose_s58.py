"""s58: collectives given a duty with a verb no list holds, and a district's collectives the registry lacked.

s57 ended a known body's name where small-letter prose follows it ("Sở Tư pháp | số hóa hồ sơ …"), but never after a
collective: its describing words can be as long as prose ("Ủy ban nhân dân các xã | vùng đồng bào dân tộc thiểu số").
So "UBND các xã, phường phát triển mô hình …" read the verb and its object into the collective's name (an unknown
body, the duty's lead lost). Now a collective's words are cut where they run to the end of the list of bodies (a comma
before the next clause, the clause's end): there they hold the duty; in the middle of a list they stay as printed.
And a district plan's "Các phòng, ban chuyên môn" (no registry row: no body read at all) is the district's
collective of specialised offices. Documents of our own, text and Word (test_s49_review_assign.plan_doc).
"""
from __future__ import annotations

import pytest
from test_s48_review_assign import PROVINCE
from test_s49_review_assign import bodies_of, plan_doc

FORMS = ("text", "docx")

# works whose verb no list of data/assignments.json holds
WORKS = ["phát triển mô hình dân vận khéo ở cơ sở", "tinh gọn bộ máy hành chính", "tôn vinh các điển hình tiên tiến",
         "thí điểm chuyển đổi số cấp xã"]
COLLECTIVES = ["UBND các xã, phường", "Ủy ban nhân dân các huyện, thị xã, thành phố", "Các sở, ban, ngành",
               "Các sở, ban, ngành có liên quan", "Công an các xã"]
# sentence with {body} and {work}: ({body}'s role, the other bodies it gives)
DUTIES = {
    "{body} {work}, báo cáo kết quả trước ngày 15/12/2026.": ("lead", set()),
    "Giao {body} {work}; định kỳ báo cáo Ủy ban nhân dân tỉnh.": ("lead", set()),
    "Sở Nội vụ chủ trì, phối hợp với {body} {work}.": ("support", {("Sở Nội vụ", "lead")}),
    "Sở Nội vụ, {body} {work}.": ("lead", {("Sở Nội vụ", "lead")}),
}
CASES = [(duty, body, work) for duty in DUTIES for body in COLLECTIVES for work in WORKS]


def _bodies(tmp_path, header, sentence, fmt="text"):
    return bodies_of(plan_doc(tmp_path, header, [f"1. {sentence}"], fmt))


@pytest.mark.parametrize(("duty", "body", "work"), CASES)
def test_a_collective_s_name_ends_before_a_verb_no_list_holds(tmp_path, duty, body, work):
    role, others = DUTIES[duty]
    assert _bodies(tmp_path, PROVINCE, duty.format(body=body, work=work)) == {(body, role), *others}


@pytest.mark.parametrize("fmt", FORMS)
def test_two_collectives_in_a_word_file_too(tmp_path, fmt):
    sentence = "Các sở, ban, ngành có liên quan, UBND các xã tinh gọn bộ máy hành chính."
    assert _bodies(tmp_path, PROVINCE, sentence, fmt) == {("Các sở, ban, ngành có liên quan", "lead"),
                                                          ("UBND các xã", "lead")}


# what reads as before: a collective's describing words in the middle of a list, or before a verb of the lists
KEPT = {
    "describing words in the middle of a list":
        ("Sở Y tế, Ủy ban nhân dân các xã vùng đồng bào dân tộc thiểu số, Sở Tài chính thực hiện rà soát.",
         {("Sở Y tế", "lead"), ("Ủy ban nhân dân các xã vùng đồng bào dân tộc thiểu số", "lead"), ("Sở Tài chính", "lead")}),
    "describing words before a listed verb":
        ("Ủy ban nhân dân các xã vùng đồng bào dân tộc thiểu số tổ chức tuyên truyền.",
         {("Ủy ban nhân dân các xã vùng đồng bào dân tộc thiểu số", "lead")}),
    "a short description before a verb no list holds":
        ("Ủy ban nhân dân các xã ven biển nhân rộng mô hình hay.", {("Ủy ban nhân dân các xã ven biển", "lead")}),
}


@pytest.mark.parametrize("case", sorted(KEPT))
def test_what_reads_as_before(tmp_path, case):
    sentence, bodies = KEPT[case]
    assert _bodies(tmp_path, PROVINCE, sentence) == bodies


DISTRICT = ["ỦY BAN NHÂN DÂN", "HUYỆN GIA LÂM", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
            "Số: 91/KH-UBND", "Gia Lâm, ngày 8 tháng 5 năm 2024", "KẾ HOẠCH", "Chuyển đổi số của huyện năm 2024"]

# a district's collectives: the printed name, the entity it resolves to
DISTRICT_COLLECTIVES = {
    "Các phòng, ban chuyên môn": "ha-noi.huyen-gia-lam/cac-co-quan-chuyen-mon",
    "Các phòng chuyên môn thuộc UBND huyện": "ha-noi.huyen-gia-lam/cac-co-quan-chuyen-mon",
    "Các phòng, ban, ngành liên quan": "ha-noi.huyen-gia-lam/cac-phong-ban-nganh",
}


@pytest.mark.parametrize("fmt", FORMS)
@pytest.mark.parametrize("name", sorted(DISTRICT_COLLECTIVES))
def test_a_district_s_collectives_are_bodies(tmp_path, name, fmt):
    doc = plan_doc(tmp_path, DISTRICT, [f"1. {name} tổ chức tập huấn cho công chức.",
                                        f"2. Phòng Nội vụ chủ trì, phối hợp với {name[0].lower() + name[1:]} rà soát."],
                   fmt)
    ids = {(a.agency.name.lower(), a.role): a.agency.agency_id for a in doc.assignments}
    assert ids == {(name.lower(), "lead"): DISTRICT_COLLECTIVES[name], (name.lower(), "support"): DISTRICT_COLLECTIVES[name],
                   ("phòng nội vụ", "lead"): "ha-noi.huyen-gia-lam/phong-noi-vu"}


def test_work_against_something_is_no_body(tmp_path):
    # "phòng, chống" opens no body: "các phòng" does only after "các"
    doc = plan_doc(tmp_path, DISTRICT, ["1. Trung tâm Y tế tăng cường công tác phòng, chống dịch bệnh."], "text")
    assert bodies_of(doc) == {("Trung tâm Y tế", "lead")}


# a verb no list holds, then "việc" and a verb of the lists: the listed verb is the first one's object, so the words
# before it are prose, not a body describing itself before its verb (s57's strict xfail)
OBJECTS = {
    "Trung tâm Phục vụ hành chính công tỉnh tinh gọn việc tiếp nhận hồ sơ giấy.": {("Trung tâm Phục vụ hành chính công tỉnh", "lead")},
    "Giao Sở Tư pháp thúc đẩy nhanh việc triển khai dịch vụ công trực tuyến.": {("Sở Tư pháp", "lead")},
    "Sở Nội vụ chủ trì, phối hợp với Công an tỉnh xúc tiến việc kiểm tra hồ sơ.":
        {("Sở Nội vụ", "lead"), ("Công an tỉnh", "support")},
    # as before: a body describing itself up to a listed verb, no "việc" between
    "Trung tâm Y tế quân dân y kết hợp tổ chức khám bệnh cho người dân.": {("Trung tâm Y tế quân dân y kết hợp", "lead")},
}


@pytest.mark.parametrize("sentence", sorted(OBJECTS))
def test_a_listed_verb_after_viec_is_an_object(tmp_path, sentence):
    assert _bodies(tmp_path, PROVINCE, sentence) == OBJECTS[sentence]


# a body's role put after its name in words, as a comma or a dash puts it (s57's strict xfail)
ROLES_IN_WORDS = {
    "Sở Nội vụ với tư cách là cơ quan chủ trì, phối hợp với Sở Tư pháp rà soát thủ tục.":
        {("Sở Nội vụ", "lead"), ("Sở Tư pháp", "support")},
    "Sở Y tế với vai trò là cơ quan đầu mối, chủ trì tổ chức tập huấn.": {("Sở Y tế", "lead")},
    "Giao Công an tỉnh giữ vai trò cơ quan thường trực, tổ chức tuần tra.": {("Công an tỉnh", "lead")},
}


@pytest.mark.parametrize("fmt", FORMS)
@pytest.mark.parametrize("sentence", sorted(ROLES_IN_WORDS))
def test_a_role_in_words_after_a_name(tmp_path, sentence, fmt):
    assert _bodies(tmp_path, PROVINCE, sentence, fmt) == ROLES_IN_WORDS[sentence]


# Review (s58): a collective's members described at the clause's end, after the words that open a description
# (data/assignments.json collective_descriptions): words of its name, no duty; the branch cut them off and read a
# body narrower in words than the one printed ("UBND các xã" of "UBND các xã nơi có dự án đi qua")
DESCRIBED = ["Ủy ban nhân dân các huyện có đường biên giới với nước bạn", "UBND các xã nơi có dự án đi qua",
             "Ủy ban nhân dân các xã ở khu vực biên giới", "Ủy ban nhân dân các huyện tại khu vực miền núi phía Tây",
             "Ủy ban nhân dân các xã ven biển của tỉnh", "các sở, ban, ngành thuộc khối văn hóa - xã hội"]


@pytest.mark.parametrize("described", DESCRIBED)
def test_a_collective_described_at_the_clause_end_is_not_cut(tmp_path, described):
    bodies = _bodies(tmp_path, PROVINCE, f"Sở Nội vụ chủ trì, phối hợp với {described}.")
    assert ("Sở Nội vụ", "lead") in bodies
    # the whole name or none (a name the registry does not know), never its first words alone
    assert bodies - {("Sở Nội vụ", "lead")} <= {(described, "support")}


def test_a_collective_described_in_a_list_without_verb_is_not_cut(tmp_path):
    bodies = _bodies(tmp_path, PROVINCE, "Sở Y tế, Ủy ban nhân dân các xã vùng đồng bào dân tộc thiểu số.")
    assert ("Ủy ban nhân dân các xã", "lead") not in bodies


# Review (s58): "các phòng" starts a collective of offices before a comma or an office's words only; rooms are no body
@pytest.mark.parametrize("sentence", ["Các phòng họp trực tuyến được kết nối đến cấp xã.",
                                      "Các phòng học thông minh được đầu tư đồng bộ."])
def test_rooms_are_no_body(tmp_path, sentence):
    assert _bodies(tmp_path, PROVINCE, sentence) == set()


# Review (s58): "việc" of a kind's descriptor ("giúp việc") is a name's word, not the opening of a verb's object
def test_a_kind_s_descriptor_ending_in_viec_is_a_name_s_word(tmp_path):
    bodies = _bodies(tmp_path, PROVINCE, "Sở Nội vụ và bộ phận giúp việc tổng hợp kết quả.")
    assert bodies != {("Sở Nội vụ", "lead")}  # the other body is not dropped


# Review (s58): a run of a name's first words whose last word the registry's key drops is no longer name ("Công an
# các xã trọng": folded, "trọng" reads as the "trong" of "các xã trong tỉnh"): never a name cut inside a word pair
def test_no_name_cut_after_a_word_the_key_drops(tmp_path):
    bodies = _bodies(tmp_path, PROVINCE, "Sở Nội vụ chủ trì, phối hợp với Công an các xã trọng điểm về ma túy.")
    assert ("Công an các xã trọng", "support") not in bodies


@pytest.mark.parametrize("described", ["UBND các xã biên giới đất liền", "Công an các xã trọng điểm về ma túy"])
def test_a_collective_described_in_other_words_at_the_clause_end(tmp_path, described):
    """Left by s58 (strict xfail), read since s59 (tests/test_items_s59.py)."""
    bodies = _bodies(tmp_path, PROVINCE, f"Sở Nội vụ chủ trì, phối hợp với {described}.")
    assert bodies - {("Sở Nội vụ", "lead")} <= {(described, "support")}
