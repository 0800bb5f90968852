"""Metadata left wrong or lost by copies that drop tone marks or capitals (s39).

- A family name that folds as a body's kind ("Trương" as "Trường", "Vũ" as "Vụ", "Tô" as "Tổ") refused the person a
  digital signature's stamp names: printed with its marks it is a person's name; without them it stays untold.
- A stamp's labels copied without marks ("Ky boi:", "Nguoi ky:", "Chuc vu:") were not read.
- A post printed without marks that spells two posts ("THU TRUONG": Thứ trưởng or Thủ trưởng) was read as one of them:
  no title, the line as printed kept, a warning; a KT. line's head still tells it ("KT. BO TRUONG" / "THU TRUONG").
- A signature block in small letters or title case ("tm. ủy ban nhân dân" / "kt. chủ tịch" / "phó chủ tịch") gave no
  position.
"""

import pytest

from pipeline.run import process

HEADER = ["UBND TỈNH HẬU GIANG", "Số: 41/KH-UBND", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
          "Hậu Giang, ngày 9 tháng 4 năm 2026", "KẾ HOẠCH", "Phát triển du lịch cộng đồng năm 2026",
          "I. MỤC ĐÍCH, YÊU CẦU", "Khai thác tiềm năng du lịch.", "Nơi nhận:", "- Sở Văn hóa;", "- Lưu: VT."]
# the same plan as a site copied it without tone marks
UNMARKED = ["BO NOI VU", "So: 17/KH-BNV", "CONG HOA XA HOI CHU NGHIA VIET NAM", "Doc lap - Tu do - Hanh phuc",
            "Ha Noi, ngay 9 thang 4 nam 2026", "KE HOACH", "Dao tao cong chuc nam 2026", "I. MUC DICH", "Noi dung.",
            "Noi nhan:", "- Luu: VT."]
FORMS = ["text", "html", "docx"]


def _read(tmp_path, lines: list[str], form: str):
    from conftest import write_in_form

    return process(write_in_form(tmp_path, lines, form))


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("stamp, name", [
    ("Ký bởi: Trương Văn Hùng", "Trương Văn Hùng"),
    ("Ký bởi: Vũ Thị Lan Anh", "Vũ Thị Lan Anh"),
    ("Người ký: Tô Minh Đức", "Tô Minh Đức"),
    ("Ký số bởi: Trương Thị Mỹ Hạnh", "Trương Thị Mỹ Hạnh"),
])
def test_a_family_name_folding_as_a_body_s_kind_is_a_person_s(tmp_path, stamp, name, form):
    doc = _read(tmp_path, HEADER + [stamp, "Cơ quan: Ủy ban nhân dân tỉnh Hậu Giang", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], form)
    assert doc.metadata.signer.name == name
    assert doc.metadata.signer.title == "Phó Chủ tịch"


@pytest.mark.parametrize("stamp", [
    "Ký bởi: Trường Đại học Cần Thơ",  # a school signs the copies: a body, with its own marks
    "Ký bởi: Vụ Pháp chế",
    "Ky boi: Truong Van Hung",  # without marks "Truong" may be the school's word: untold, no name taken
])
def test_a_body_or_an_unmarked_family_name_is_no_signer(tmp_path, stamp):
    doc = _read(tmp_path, HEADER + [stamp, "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], "text")
    assert doc.metadata.signer.name is None
    assert "missing_signer_name" in {w.code for w in doc.warnings}


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("stamp, chain, name, title", [
    (["Ky boi: Nguyen Thi Thu Ha", "Co quan: Bo Noi vu"], ["KT. BỘ TRƯỞNG", "THỨ TRƯỞNG"], "Nguyen Thi Thu Ha", "Thứ trưởng"),
    (["Nguoi ky: Pham Quoc Bao"], ["GIÁM ĐỐC"], "Pham Quoc Bao", "Giám đốc"),
    (["Ky so boi: Le Van Tam", "Thoi gian ky: 09.04.2026 10:12:05 +07:00"], ["CHỦ TỊCH"], "Le Van Tam", "Chủ tịch"),
])
def test_a_stamp_copied_without_marks_names_the_signer(tmp_path, stamp, chain, name, title, form):
    doc = _read(tmp_path, HEADER + stamp + chain, form)
    assert (doc.metadata.signer.name, doc.metadata.signer.title) == (name, title)


@pytest.mark.parametrize("rows", [
    ["Ky boi: Nguyen Van An", "Chuc vu: Giam doc"],
    ["Ky boi: Hoang Thi Mai", "Chuc danh: Giam doc So"],
])
def test_a_box_s_post_label_without_marks_is_read(tmp_path, rows):
    doc = _read(tmp_path, HEADER + ["GIÁM ĐỐC"] + rows, "text")
    assert doc.metadata.signer.name == rows[0].split(": ")[1]
    assert doc.metadata.signer.title == "Giám đốc"


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("chain", [["THU TRUONG"], ["THU TRUONG CO QUAN"], ["KT. GIAM DOC", "THU TRUONG"]])
def test_a_post_without_marks_spelling_two_posts_is_kept_as_printed(tmp_path, chain, form):
    doc = _read(tmp_path, UNMARKED + chain + ["Nguyen Van Binh"], form)
    signer = doc.metadata.signer
    assert signer.title is None  # never a guessed Thứ trưởng
    assert signer.title_as_printed == chain[-1]
    assert signer.name == "Nguyen Van Binh"
    assert "signer_title_untold" in {w.code for w in doc.warnings}


@pytest.mark.parametrize("chain, title", [
    (["KT. BO TRUONG", "THU TRUONG"], "Thứ trưởng"),  # the minister's deputy
    (["THỦ TRƯỞNG"], "Thủ trưởng"),  # printed with its marks
    (["THỨ TRƯỞNG"], "Thứ trưởng"),
    (["GIAM DOC"], "Giám đốc"),  # no other post is spelt so
    (["KT. CHU TICH", "PHO CHU TICH"], "Phó Chủ tịch"),
])
def test_a_post_told_by_its_letters_or_its_head_is_read(tmp_path, chain, title):
    doc = _read(tmp_path, UNMARKED + chain + ["Nguyen Van Binh"], "text")
    assert doc.metadata.signer.title == title
    assert doc.metadata.signer.title_as_printed == chain[-1]  # what the document prints
    assert "signer_title_untold" not in {w.code for w in doc.warnings}


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("chain, authority, title", [
    (["tm. ủy ban nhân dân", "kt. chủ tịch", "phó chủ tịch"], ["TM.", "KT."], "Phó Chủ tịch"),
    (["Tm. Ủy Ban Nhân Dân", "Kt. Chủ Tịch", "Phó Chủ Tịch"], ["TM.", "KT."], "Phó Chủ tịch"),
    (["Kt. Giám đốc", "Phó Giám đốc"], ["KT."], "Phó Giám đốc"),
    (["tl. chủ tịch", "chánh văn phòng"], ["TL."], "Chánh Văn phòng"),
    (["Tm. Ủy ban nhân dân", "Chủ tịch"], ["TM."], "Chủ tịch"),
])
def test_a_signature_block_in_small_letters_gives_its_signer(tmp_path, chain, authority, title, form):
    doc = _read(tmp_path, HEADER + chain + ["Đặng Thị Kim Oanh"], form)
    signer = doc.metadata.signer
    assert (signer.name, signer.title, signer.authority) == ("Đặng Thị Kim Oanh", title, authority)
    assert signer.title_as_printed == chain[-1]  # as printed, in its own letters


@pytest.mark.parametrize("line", [
    "kt. chủ tịch ủy ban nhân dân tỉnh đã chỉ đạo các sở thực hiện.",  # a sentence: it ends as one
    "Phó chủ tịch",  # a position alone in small letters, with no prefix's line over it: a body's words
])
def test_a_sentence_in_small_letters_opens_no_signature(tmp_path, line):
    doc = _read(tmp_path, HEADER[:8] + [line] + HEADER[8:] + ["CHỦ TỊCH", "Đặng Thị Kim Oanh"], "text")
    assert (doc.metadata.signer.name, doc.metadata.signer.title) == ("Đặng Thị Kim Oanh", "Chủ tịch")


@pytest.mark.parametrize("form", FORMS)
def test_a_star_that_belongs_to_the_first_line_s_text_is_kept(tmp_path, form):
    doc = _read(tmp_path, ["*Ghi chú: bản đăng tải trên cổng thông tin", *HEADER, "CHỦ TỊCH", "Đặng Thị Kim Oanh"], form)
    assert doc.blocks[0].text == "*Ghi chú: bản đăng tải trên cổng thông tin"
    assert doc.metadata.issuer.agency.agency_id == "hau-giang/uy-ban-nhan-dan"
    assert doc.metadata.number == "41/KH-UBND"


# A header copied without tone marks, in the layouts sites and text layers give it: the columns side by side on each
# line (a text copy), in a borderless table (a web page), one line after the other.
def _side_by_side(left: list[str], right: list[str], closing: list[tuple[str, str]]) -> str:
    rows = [f"{a:<40}{b}" for a, b in zip(left, right)]
    body = ["", "KE HOACH", "Cai cach hanh chinh nam 2026", "", "I. MUC DICH, YEU CAU", "Noi dung thuc hien.", ""]
    return "\n".join(rows + body + [f"{a:<40}{b}" for a, b in closing]) + "\n"


def _in_a_table(left: list[str], right: list[str], closing: list[str]) -> str:
    cells = "".join(f"<td>{''.join(f'<p>{x}</p>' for x in column)}</td>" for column in (left, right))
    body = "".join(f"<p>{x}</p>" for x in ["KE HOACH", "Cai cach hanh chinh nam 2026", "I. MUC DICH, YEU CAU",
                                          "Noi dung thuc hien.", *closing])
    return f"<html><body><table><tr>{cells}</tr></table>{body}</body></html>"


HEADERS_WITHOUT_MARKS = [
    # (the issuer's lines, the number, the date line, the agency, the issue date)
    (["UY BAN NHAN DAN", "TINH BAC NINH"], "So: 31/KH-UBND", "Bac Ninh, ngay 5 thang 3 nam 2026", "bac-ninh/uy-ban-nhan-dan", "2026-03-05"),
    (["BO TU PHAP"], "So: 7/KH-BTP", "Ha Noi, ngay 18 thang 11 nam 2025", "viet-nam/bo-tu-phap", "2025-11-18"),
    (["UBND TINH LAM DONG", "SO NOI VU"], "SO: 102/KH-SNV", "Lam Dong, NGAY 2 THANG 1 NAM 2026", "lam-dong/so-noi-vu", "2026-01-02"),
]
MOTTO_WITHOUT_MARKS = ["CONG HOA XA HOI CHU NGHIA VIET NAM", "Doc lap - Tu do - Hanh phuc"]


@pytest.mark.parametrize("layout", ["side_by_side", "table", "lines"])
@pytest.mark.parametrize("issuer, number, date_line, agency_id, issued", HEADERS_WITHOUT_MARKS)
def test_a_header_without_marks_is_read_in_any_layout(tmp_path, issuer, number, date_line, agency_id, issued, layout):
    left, right = [*issuer, number], [*MOTTO_WITHOUT_MARKS, date_line]
    if layout == "side_by_side":
        path = tmp_path / "doc.txt"
        right = [right[0], right[1], "", date_line] if len(left) == 3 else right
        left = left + [""] * (len(right) - len(left))
        path.write_text(_side_by_side(left, right, [("Noi nhan:", "CHU TICH"), ("- Luu: VT.", ""), ("", "Tran Van Hai")]), encoding="utf-8")
    elif layout == "table":
        path = tmp_path / "doc.html"
        path.write_text(_in_a_table(left, right, ["CHU TICH", "Tran Van Hai"]), encoding="utf-8")
    else:
        path = tmp_path / "doc.txt"
        path.write_text("\n".join([*issuer, number, *MOTTO_WITHOUT_MARKS, date_line, "KE HOACH", "Cai cach hanh chinh",
                                   "I. MUC DICH", "Noi dung.", "Noi nhan:", "- Luu: VT.", "CHU TICH", "Tran Van Hai"]) + "\n",
                        encoding="utf-8")
    doc = process(path)
    meta = doc.metadata
    assert meta.issuer.agency.agency_id == agency_id
    assert meta.issuer.name == issuer[-1] or meta.issuer.name == " ".join(issuer)  # as printed, without marks
    assert meta.number == number.split(": ")[1]
    assert meta.issued_date == issued
    assert meta.place == date_line.split(",")[0]  # the place as printed
    assert (meta.signer.name, meta.signer.title) == ("Tran Van Hai", "Chủ tịch")
    assert not {"missing_number", "missing_issue_date", "missing_issuer"} & {w.code for w in doc.warnings}


def test_the_form_s_words_marked_for_reading_change_no_text_stored(tmp_path):
    lines = ["BO TU PHAP", "So: 7/KH-BTP", *MOTTO_WITHOUT_MARKS, "Ha Noi, ngay 18 thang 11 nam 2025", "KE HOACH",
             "Cai cach hanh chinh", "I. MUC DICH", "Noi dung.", "Noi nhan:", "- Cac Bo, nganh;", "- Luu: VT.",
             "BO TRUONG", "Tran Van Hai"]
    path = tmp_path / "doc.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    doc = process(path)
    assert [b.text for b in doc.blocks if b.text][: len(lines)] == lines  # the document's text as printed
    assert doc.metadata.recipients == ["Cac Bo, nganh", "Luu: VT"]  # as a marked copy lists them, as printed
    assert not [w for w in doc.warnings if w.code == "unresolved_agency" and "Luu" in w.message]  # the filing line is no body


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("glued, issuer, agency_id", [
    (["BỘTÀICHÍNH"], "BỘ TÀI CHÍNH", "viet-nam/bo-tai-chinh"),
    (["BỘTƯPHÁP"], "BỘ TƯ PHÁP", "viet-nam/bo-tu-phap"),
    (["UỶBANNHÂNDÂN", "TỈNH LÀO CAI"], "UỶ BAN NHÂN DÂN TỈNH LÀO CAI", "lao-cai/uy-ban-nhan-dan"),
    (["ỦY BAN NHÂN DÂN", "TỈNHLÂMĐỒNG"], "ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG", "lam-dong/uy-ban-nhan-dan"),
    (["SỞNỘIVỤ", "TỈNH LÂM ĐỒNG"], "SỞ NỘI VỤ TỈNH LÂM ĐỒNG", "lam-dong/so-noi-vu"),
])
def test_a_lone_glued_header_line_is_split_into_a_body_s_words(tmp_path, glued, issuer, agency_id, form):
    lines = [*glued, "Số: 88/KH-BTC", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
             "Hà Nội, ngày 3 tháng 3 năm 2025", *HEADER[5:], "CHỦ TỊCH", "Đặng Thị Kim Oanh"]
    doc = _read(tmp_path, lines, form)
    assert (doc.metadata.issuer.name, doc.metadata.issuer.agency.agency_id) == (issuer, agency_id)
    assert doc.metadata.number == "88/KH-BTC"
    assert "words_unglued" in {w.code for w in doc.warnings}


@pytest.mark.parametrize("glued", [
    "CHÀOMỪNG NGÀY HỘI",  # "chào" and "mừng" are no words of a body's name
    "CHÀO MỪNG ĐẠIHỘI",  # "đại" and "hội" are ("Đại học", "Hội Nông dân"), but no name opens with them
    "VĂN HÓA THỂTHAO",  # one glued token: two make a page glued whole, split by the syllables it prints
    "HỘINGHỊ TỔNG KẾT",
])
def test_a_glued_line_that_names_no_body_s_words_is_kept(tmp_path, glued):
    # a slogan printed over the header, among the first lines (the lines a glued issuer's name may stand on)
    lines = [glued, "UBND TỈNH LÀO CAI", *HEADER[1:], "CHỦ TỊCH", "Đặng Thị Kim Oanh"]
    doc = _read(tmp_path, lines, "text")
    assert glued in [b.text for b in doc.blocks]
    assert "words_unglued" not in {w.code for w in doc.warnings}


# --- lines of the body that a signature's chain in small letters starts with, but that open no signature

_DECISION = ["ỦY BAN NHÂN DÂN", "TỈNH NGHỆ AN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
             "Số: 120/QĐ-UBND", "Nghệ An, ngày 10 tháng 3 năm 2025", "QUYẾT ĐỊNH",
             "Thành lập Đoàn kiểm tra cải cách hành chính năm 2025", "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH NGHỆ AN", "QUYẾT ĐỊNH:",
             "Điều 1. Thành lập Đoàn kiểm tra gồm các ông, bà có tên sau:"]
_DECISION_END = ["Điều 2. Quyết định này có hiệu lực kể từ ngày ký.", "Nơi nhận:", "- Như Điều 2;", "- Lưu: VT."]


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("members", [
    ["1. Ông Nguyễn Văn An", "Quyền Giám đốc Sở Nội vụ, Trưởng đoàn", "2. Bà Trần Thị Bình",
     "Phó Chánh Văn phòng UBND tỉnh, Thành viên"],  # the post spelt "Quyền", a role after a comma
    ["1. Ông Nguyễn Văn An", "Quyền Chánh Văn phòng UBND tỉnh - Thành viên", "2. Bà Trần Thị Bình",
     "Quyền Trưởng phòng Tư pháp huyện"],
    ["Trưởng đoàn:", "Q. Giám đốc Sở Tài chính", "Thành viên:", "Phó Giám đốc Sở Y tế"],  # a dotted prefix in a list
    ["Đoàn làm việc với:", "Tm. Ban Tổ chức", "Phó Trưởng ban Tổ chức"],
    ["Văn bản do", "Tl. Chánh Văn phòng", "ký ban hành."],  # a sentence wrapped after its words
])
def test_a_member_s_post_in_the_body_opens_no_signature(tmp_path, members, form):
    """A member list's post in title case ("Quyền Giám đốc Sở Nội vụ, Trưởng đoàn") was taken for the signature's first
    line: no signer, the member's post as the signer's title. The signature in capitals under the closing is read."""
    doc = _read(tmp_path, _DECISION + members + _DECISION_END + ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Lê Hồng Vinh"], form)
    signer = doc.metadata.signer
    assert (signer.name, signer.title, signer.authority) == ("Lê Hồng Vinh", "Phó Chủ tịch", ["KT."])


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("body", [
    ["Văn bản do", "Tl. Chánh Văn phòng", "ký ban hành."],  # a dotted prefix, but a sentence's words under it
    ["Quyền Giám đốc Sở Nội vụ", "Phó Giám đốc Sở Y tế"],  # the spelt word over a position
    ["Kt. Giám đốc Sở, Phó Giám đốc", "Phó Giám đốc Sở Y tế"],  # a comma: a post and its role
])
def test_a_signature_in_small_letters_is_read_past_a_body_line_like_its_start(tmp_path, body, form):
    """With no signature in capitals, the first line in small letters that starts a chain was taken, in the body too."""
    doc = _read(tmp_path, HEADER[:8] + body + HEADER[8:] + ["tm. ủy ban nhân dân", "kt. chủ tịch", "phó chủ tịch",
                                                             "Đặng Thị Kim Oanh"], form)
    signer = doc.metadata.signer
    assert (signer.name, signer.title, signer.authority) == ("Đặng Thị Kim Oanh", "Phó Chủ tịch", ["TM.", "KT."])


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("line", ["Noi nhan: the partners", "NOI NHAN: partner agencies abroad"])
def test_an_unmarked_line_of_a_marked_document_is_no_part_of_its_form(tmp_path, line, form):
    """A line without marks in a document printed with them (an English sentence) had its form's words marked and
    read: "Noi nhan:" in it opened the recipients' list."""
    doc = _read(tmp_path, HEADER[:8] + [line] + HEADER[8:] + ["CHỦ TỊCH", "Đặng Thị Kim Oanh"], form)
    assert doc.metadata.recipients == ["Sở Văn hóa", "Lưu: VT"]
