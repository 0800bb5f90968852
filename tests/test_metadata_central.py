"""Documents of central bodies (the Government, the Prime Minister, ministries and their Cục, the Quốc hội's standing
committee, the Government's steering boards) read right in every format.

What real pages show (read on stored legal-site pages and public repositories; the fixtures below are written here in
their own words, none copied):
- The issuer is one line ("CHÍNH PHỦ", "THỦ TƯỚNG CHÍNH PHỦ", "VĂN PHÒNG CHÍNH PHỦ", "BỘ NỘI VỤ") or a unit under its
  ministry on two or three lines ("BỘ CÔNG AN / VĂN PHÒNG", "BỘ TÀI CHÍNH / CỤC THUẾ", realdocs2 101, 107, 112): the
  unit names no place, and its date line is the city it sits in ("Hà Nội, ngày …", a regional Chi cục's own city).
  Such a unit is the centre's, not the city's: its bare recipients ("Cục Thuế") are the ministry's.
- Numbers carry the year for normative texts ("45/2026/NĐ-CP", "12/2025/TT-BYT", "96/2025/UBTVQH15") and none for the
  rest ("1187/QĐ-BNV", "464/TTg-KSTT", "58/CĐ-TTg", "312/TB-VPCP", unit codes "1989/V11-TTTTBC").
- Signature chains: "KT. BỘ TRƯỞNG / THỨ TRƯỞNG", "TM. CHÍNH PHỦ / KT. THỦ TƯỚNG / PHÓ THỦ TƯỚNG", "TL. THỦ TƯỚNG /
  KT. BỘ TRƯỞNG, CHỦ NHIỆM / PHÓ CHỦ NHIỆM" (VPCP), "TL. BỘ TRƯỞNG / KT. CỤC TRƯỞNG … / PHÓ CỤC TRƯỞNG", "TUQ. BỘ
  TRƯỞNG / VỤ TRƯỞNG …", "Q. BỘ TRƯỞNG", a plain "THỦ TƯỚNG"; a Bộ Công an signer's name after a rank ("Đại tá").
- Recipients of a central document: 8 of 8 lists found in public repositories print the provinces' two bodies with one
  tail, "HĐND, UBND các tỉnh, thành phố trực thuộc Trung ương" (also "… trực thuộc TW", "… trung ương"), beside "Các
  Bộ, cơ quan ngang Bộ, cơ quan thuộc Chính phủ"; a Kính gửi or Nơi nhận line lists ministries by kind, "Các Bộ: Công
  an, Tư pháp, Tài chính" (as a province's does "Các Sở: Xây dựng, Công Thương", realdocs2 116), while "VPCP: BTCN,
  các PCN" names the office and its own desks and "Lưu: VT, KSTT" no body at all.
- A ministry issues a plan by a Quyết định "Ban hành Kế hoạch …", the plan after the signature with "(Kèm theo Quyết
  định số …)"; a Công điện starts "THỦ TƯỚNG CHÍNH PHỦ điện:"; a VPCP Thông báo's title is "Kết luận của …".
"""

from __future__ import annotations

import pytest

from pdfmaker import text_pdf
from pipeline.run import process

MOTTO = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"]


def _write(tmp_path, suffix: str, left: list[str], right: list[str], body: list[str], recipients: list[str],
           signature: list[str], after: list[str] = ()):
    """One document in a format: the header and the closing as two columns (a table in HTML and Word, two columns of
    text in a PDF, one column after the other in a legal site's text copy)."""
    path = tmp_path / f"doc.{suffix}"
    if suffix == "txt":
        path.write_text("\n".join([*left, *right, *body, *recipients, *signature, *after]) + "\n", encoding="utf-8")
    elif suffix == "html":
        cell = lambda lines: f"<td>{'<br>'.join(lines)}</td>"  # noqa: E731
        paragraphs = lambda lines: "".join(f"<p>{line}</p>" for line in lines)  # noqa: E731
        path.write_text(f"<html><body><table><tr>{cell(left)}{cell(right)}</tr></table>{paragraphs(body)}"
                        f"<table><tr>{cell(recipients)}{cell(signature)}</tr></table>{paragraphs(after)}"
                        "</body></html>", encoding="utf-8")
    elif suffix == "docx":
        from docx import Document as Docx

        document = Docx()
        for top, bottom, lines in ((left, right, body), (recipients, signature, after)):
            table = document.add_table(rows=1, cols=2)
            table.cell(0, 0).text, table.cell(0, 1).text = "\n".join(top), "\n".join(bottom)
            for line in lines:
                document.add_paragraph(line)
        document.save(path)
    else:
        rows, top = [], 60.0
        for column_pair in ((left, right),):
            for x, lines in zip((50.0, 300.0), column_pair):
                rows += [(x, top + 16 * i, line) for i, line in enumerate(lines)]
            top += 16 * max(map(len, column_pair)) + 20
        rows += [(60.0, top + 16 * i, line) for i, line in enumerate(body)]
        top += 16 * len(body) + 20
        for x, lines in zip((50.0, 320.0), (recipients, signature)):
            rows += [(x, top + 16 * i, line) for i, line in enumerate(lines)]
        page_one = [(x, y, text) for x, y, text in rows if y < 780]
        assert len(page_one) == len(rows), "the fixture must fit one page"
        pages = [page_one] + ([[(60.0, 60.0 + 16 * i, line) for i, line in enumerate(after)]] if after else [])
        path.write_bytes(text_pdf(pages, size=10.0))
    return path


def _recipient_ids(doc) -> list[str | None]:
    return [m.agency_id for m in doc.metadata.recipient_agencies]


# ---------------------------------------------------------------------------------------------------
# A ministry's plan issued by a Quyết định, in four formats

PLAN_LEFT = ["BỘ NỘI VỤ", "Số: 1187/QĐ-BNV"]
PLAN_RIGHT = [*MOTTO, "Hà Nội, ngày 10 tháng 3 năm 2026"]
PLAN_BODY = ["QUYẾT ĐỊNH", "Ban hành Kế hoạch xác định Chỉ số cải cách hành chính năm 2026", "BỘ TRƯỞNG BỘ NỘI VỤ",
             "Căn cứ Nghị định số 25/2025/NĐ-CP ngày 21 tháng 02 năm 2025 của Chính phủ quy định chức năng, nhiệm vụ;",
             "Theo đề nghị của Vụ trưởng Vụ Cải cách hành chính.", "QUYẾT ĐỊNH:",
             "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch xác định Chỉ số cải cách hành chính năm 2026.",
             "Điều 2. Quyết định này có hiệu lực kể từ ngày ký./."]
PLAN_RECIPIENTS = ["Nơi nhận:", "- Như Điều 2;", "- Thủ tướng Chính phủ (để b/c);",
                   "- Các Bộ, cơ quan ngang Bộ, cơ quan thuộc Chính phủ;",
                   "- HĐND, UBND các tỉnh, thành phố trực thuộc Trung ương;", "- Lưu: VT, CCHC."]
PLAN_SIGNATURE = ["KT. BỘ TRƯỞNG", "THỨ TRƯỞNG", "Trần Văn Bình"]
PLAN_AFTER = ["KẾ HOẠCH", "Xác định Chỉ số cải cách hành chính năm 2026",
              "(Kèm theo Quyết định số 1187/QĐ-BNV ngày 10 tháng 3 năm 2026 của Bộ trưởng Bộ Nội vụ)",
              "I. MỤC ĐÍCH, YÊU CẦU", "1. Đánh giá thực chất kết quả cải cách hành chính."]


@pytest.mark.parametrize("suffix", ["txt", "html", "docx", "pdf"])
def test_a_ministrys_decision_issuing_a_plan(tmp_path, suffix):
    doc = process(_write(tmp_path, suffix, PLAN_LEFT, PLAN_RIGHT, PLAN_BODY, PLAN_RECIPIENTS, PLAN_SIGNATURE,
                         PLAN_AFTER))
    meta = doc.metadata
    assert (meta.doc_type, meta.number, str(meta.issued_date), meta.place) == (
        "Quyết định", "1187/QĐ-BNV", "2026-03-10", "Hà Nội")
    assert (meta.issuer.agency.agency_id, meta.jurisdiction) == ("viet-nam/bo-noi-vu", "viet-nam")
    assert meta.title == "Ban hành Kế hoạch xác định Chỉ số cải cách hành chính năm 2026"
    assert (meta.signer.name, meta.signer.title, meta.signer.authority) == ("Trần Văn Bình", "Thứ trưởng", ["KT."])
    assert _recipient_ids(doc) == [
        "viet-nam/thu-tuong-chinh-phu", "viet-nam/cac-bo-co-quan-ngang-bo-co-quan-thuoc-chinh-phu",
        "viet-nam/hoi-dong-nhan-dan-cac-tinh-thanh-pho-truc-thuoc-trung-uong",
        "viet-nam/uy-ban-nhan-dan-cac-tinh-thanh-pho-truc-thuoc-trung-uong"]
    assert [c.number for c in meta.cited_documents][:1] == ["25/2025/NĐ-CP"]
    assert [(a.doc_type, a.title) for a in meta.attached] == [
        ("Kế hoạch", "Xác định Chỉ số cải cách hành chính năm 2026")]


# ---------------------------------------------------------------------------------------------------
# A unit under its ministry names no place: the centre's, whatever city its date line names

UNITS = [
    (["BỘ CÔNG AN", "CỤC CẢNH SÁT HÌNH SỰ", "Số: 3980/C02-P5"], "Hà Nội"),
    (["BỘ CÔNG AN", "VĂN PHÒNG", "Số: 1989/V11-TTTTBC"], "Hà Nội"),
    # a regional branch ("CHI CỤC THUẾ KHU VỰC II") is its date line's place's: tests/test_meta_s22.py
    (["BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", "CỤC QUẢN LÝ ĐÊ ĐIỀU", "Số: 77/ĐĐ-KH"], "Hà Nội"),
    (["BAN CHỈ ĐẠO CỦA CHÍNH PHỦ", "VỀ CHUYỂN ĐỔI SỐ", "Số: 12/BCĐ-VP"], "Hà Nội"),
    (["TỔ CÔNG TÁC CỦA THỦ TƯỚNG", "VỀ RÀ SOÁT THỦ TỤC HÀNH CHÍNH", "Số: 9/TCT-KSTT"], "Hà Nội"),
]
CONGVAN_BODY = ["V/v triển khai nhiệm vụ năm 2026", "Kính gửi: Các đơn vị trực thuộc",
                "Thực hiện chỉ đạo của lãnh đạo Bộ, đề nghị các đơn vị báo cáo kết quả./."]


@pytest.mark.parametrize("left, place", UNITS)
@pytest.mark.parametrize("suffix", ["txt", "docx"])
def test_a_unit_under_a_central_body_is_the_centres(tmp_path, suffix, left, place):
    doc = process(_write(tmp_path, suffix, left[:-1], [*MOTTO, f"{place}, ngày 21 tháng 10 năm 2025"],
                         [left[-1], *CONGVAN_BODY], ["Nơi nhận:", "- Như trên;", "- Lưu: VT."],
                         ["KT. CỤC TRƯỞNG", "PHÓ CỤC TRƯỞNG", "Nguyễn Văn Hùng"]))
    meta = doc.metadata
    assert (meta.number, meta.place) == (left[-1].removeprefix("Số: "), place)
    assert meta.jurisdiction == "viet-nam"


@pytest.mark.parametrize("left, place", [
    (["CÔNG AN TỈNH LÂM ĐỒNG", "PHÒNG CẢNH SÁT HÌNH SỰ", "Số: 51/PC02"], "lam-dong"),
    (["ỦY BAN NHÂN DÂN TỈNH LÀO CAI", "SỞ XÂY DỰNG", "Số: 88/SXD-QLXD"], "lao-cai"),
    (["BỘ CÔNG AN", "CÔNG AN TỈNH LÂM ĐỒNG", "Số: 52/CAT-PV01"], "lam-dong"),
])
def test_a_provinces_unit_keeps_its_province(processed, left, place):
    doc = processed("\n".join([*left, *MOTTO, "Đà Lạt, ngày 21 tháng 10 năm 2025", *CONGVAN_BODY, "Nơi nhận:",
                               "- Như trên;", "- Lưu: VT.", "KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Lê Văn Hải"]) + "\n")
    assert doc.metadata.jurisdiction == place


# ---------------------------------------------------------------------------------------------------
# Recipients: bodies that share one tail, ministries listed by kind

@pytest.mark.parametrize("line, tail", [
    ("HĐND, UBND các tỉnh, thành phố trực thuộc Trung ương", "các tỉnh, thành phố trực thuộc Trung ương"),
    ("HĐND, UBND các tỉnh, thành phố trực thuộc TW", "các tỉnh, thành phố trực thuộc TW"),
    ("Hội đồng nhân dân, Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương",
     "các tỉnh, thành phố trực thuộc trung ương"),
    ("HĐND, UBND các tỉnh, thành phố", "các tỉnh, thành phố"),
])
def test_two_bodies_sharing_one_tail_are_both_recipients(processed, line, tail):
    doc = processed("\n".join(["CHÍNH PHỦ", *MOTTO, "Số: 45/2026/NĐ-CP", "Hà Nội, ngày 2 tháng 2 năm 2026", "NGHỊ ĐỊNH",
                               "Quy định về quản lý đầu tư công nghệ thông tin", "Điều 1. Phạm vi điều chỉnh.",
                               "Nơi nhận:", "- Ban Bí thư Trung ương Đảng;", f"- {line};", "- Lưu: VT, KGVX (2b).",
                               "TM. CHÍNH PHỦ", "KT. THỦ TƯỚNG", "PHÓ THỦ TƯỚNG", "Nguyễn Chí Dũng"]) + "\n")
    councils, committees = doc.metadata.recipient_agencies[-2:]
    assert councils.name.endswith(tail) and committees.name.endswith(tail)
    assert (councils.agency_id, committees.agency_id) == (
        "viet-nam/hoi-dong-nhan-dan-cac-tinh-thanh-pho-truc-thuoc-trung-uong",
        "viet-nam/uy-ban-nhan-dan-cac-tinh-thanh-pho-truc-thuoc-trung-uong")
    assert (doc.metadata.signer.title, doc.metadata.signer.authority) == ("Phó Thủ tướng", ["TM.", "KT."])


def test_a_body_that_resolves_alone_keeps_its_own_name(processed):
    """'Thường trực HĐND, UBND tỉnh' names the council's standing body and the committee: the first resolves as it
    is and takes no tail."""
    doc = processed("\n".join(["ỦY BAN NHÂN DÂN", "TỈNH LÂM ĐỒNG", *MOTTO, "Số: 15/KH-UBND",
                               "Lâm Đồng, ngày 5 tháng 3 năm 2026", "KẾ HOẠCH", "Phòng, chống thiên tai năm 2026",
                               "I. MỤC ĐÍCH", "1. Chủ động phòng ngừa.", "Nơi nhận:", "- Thường trực HĐND, UBND tỉnh;",
                               "- Lưu: VT.", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Trần Hồng Thái"]) + "\n")
    names = [m.name for m in doc.metadata.recipient_agencies]
    assert names[0] == "Thường trực HĐND"


VPCP_LEFT = ["VĂN PHÒNG CHÍNH PHỦ", "Số: 312/TB-VPCP"]
VPCP_BODY = ["THÔNG BÁO", "Kết luận của Phó Thủ tướng Chính phủ tại cuộc họp về dự án đường sắt tốc độ cao",
             "Ngày 10 tháng 7 năm 2025, Phó Thủ tướng Chính phủ chủ trì cuộc họp với các Bộ.",
             "1. Bộ Xây dựng chủ trì, phối hợp với Bộ Tài chính hoàn thiện hồ sơ./."]
VPCP_SIGNATURE = ["TL. THỦ TƯỚNG", "KT. BỘ TRƯỞNG, CHỦ NHIỆM", "PHÓ CHỦ NHIỆM", "Trần Hữu Long"]


@pytest.mark.parametrize("kind_line, ids", [
    ("- Các Bộ: Xây dựng, Tài chính;", ["viet-nam/bo-xay-dung", "viet-nam/bo-tai-chinh"]),
    ("- Các Bộ: Công an, Tư pháp, Nông nghiệp và Môi trường;",
     ["viet-nam/bo-cong-an", "viet-nam/bo-tu-phap", "viet-nam/bo-nong-nghiep-va-moi-truong"]),
    ("- các Bộ: Nội vụ, Dân tộc và Tôn giáo;", ["viet-nam/bo-noi-vu", "viet-nam/bo-dan-toc-va-ton-giao"]),
])
@pytest.mark.parametrize("suffix", ["txt", "html", "pdf"])
def test_ministries_listed_by_kind_are_each_a_recipient(tmp_path, suffix, kind_line, ids):
    recipients = ["Nơi nhận:", "- Thủ tướng, các Phó Thủ tướng Chính phủ;", kind_line, "- VPCP: BTCN, các PCN;",
                  "- Lưu: VT, CN (2b)."]
    doc = process(_write(tmp_path, suffix, VPCP_LEFT, [*MOTTO, "Hà Nội, ngày 15 tháng 7 năm 2025"], VPCP_BODY,
                         recipients, VPCP_SIGNATURE))
    meta = doc.metadata
    assert (meta.doc_type, meta.number, meta.title) == ("Thông báo", "312/TB-VPCP", VPCP_BODY[1])
    assert (meta.signer.name, meta.signer.title, meta.signer.authority) == ("Trần Hữu Long", "Phó Chủ nhiệm",
                                                                            ["TL.", "KT."])
    assert _recipient_ids(doc) == ["viet-nam/thu-tuong-va-cac-pho-thu-tuong-chinh-phu", *ids,
                                   "viet-nam/van-phong-chinh-phu"]


# ---------------------------------------------------------------------------------------------------
# A ministry's unit whose name starts with no word of a province's bodies ("KHO BẠC NHÀ NƯỚC", "BẢO HIỂM XÃ HỘI VIỆT
# NAM", "VIỆN …", "HỌC VIỆN …") is still a unit under its ministry, not one body with it

@pytest.mark.parametrize("parent, unit, number", [
    ("BỘ TÀI CHÍNH", "KHO BẠC NHÀ NƯỚC", "501/KH-KBNN"),
    ("BỘ TÀI CHÍNH", "BẢO HIỂM XÃ HỘI VIỆT NAM", "77/KH-BHXH"),
    ("BỘ Y TẾ", "VIỆN DINH DƯỠNG", "35/KH-VDD"),
    ("BỘ NỘI VỤ", "HỌC VIỆN HÀNH CHÍNH VÀ QUẢN TRỊ CÔNG", "18/KH-HVHC"),
])
@pytest.mark.parametrize("suffix", ["txt", "docx"])
def test_a_ministrys_unit_of_another_kind_is_under_it(tmp_path, suffix, parent, unit, number):
    doc = process(_write(tmp_path, suffix, [parent, unit, f"Số: {number}"], [*MOTTO, "Hà Nội, ngày 6 tháng 5 năm 2026"],
                         ["KẾ HOẠCH", "Cải cách hành chính năm 2026", "I. MỤC ĐÍCH", "1. Nâng cao chất lượng phục vụ."],
                         ["Nơi nhận:", "- Bộ trưởng (để b/c);", "- Lưu: VT."],
                         ["TL. BỘ TRƯỞNG", "KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Nguyễn Văn Tâm"]))
    meta = doc.metadata
    assert (meta.issuer.name, meta.issuer.parent, meta.jurisdiction) == (unit, parent, "viet-nam")
    assert (meta.number, meta.signer.title, meta.signer.authority) == (number, "Phó Giám đốc", ["TL.", "KT."])


# ---------------------------------------------------------------------------------------------------
# Persons in a central document's recipients ("Bộ trưởng (để b/c)", "Các Thứ trưởng", "Đồng chí Thứ trưởng …") are no
# bodies: no unresolved agency for them


@pytest.mark.parametrize("person", ["Bộ trưởng (để b/c)", "Các Thứ trưởng", "các Thứ trưởng (để biết)",
                                    "Đồng chí Thứ trưởng Lê Văn Minh (để b/c)", "Các đồng chí Thứ trưởng",
                                    "Các đ/c Phó Chánh Văn phòng Bộ", "Thứ trưởng Trần Văn Bình",
                                    "Cục trưởng (để b/c)", "Phó Cục trưởng Lê Văn Minh",
                                    "Vụ trưởng Vụ Tổ chức cán bộ (để biết)", "Tổng cục trưởng (để b/c)"])
def test_a_person_among_the_recipients_is_no_body(processed, person):
    doc = processed("\n".join(["BỘ NỘI VỤ", *MOTTO, "Số: 15/KH-BNV", "Hà Nội, ngày 5 tháng 3 năm 2026", "KẾ HOẠCH",
                               "Kiểm tra công tác cải cách hành chính năm 2026", "I. MỤC ĐÍCH", "1. Đánh giá kết quả.",
                               "Nơi nhận:", f"- {person};", "- Các Bộ, cơ quan ngang Bộ, cơ quan thuộc Chính phủ;",
                               "- Lưu: VT.", "KT. BỘ TRƯỞNG", "THỨ TRƯỞNG", "Trần Văn Bình"]) + "\n")
    assert [m.agency_id for m in doc.metadata.recipient_agencies] == [
        "viet-nam/cac-bo-co-quan-ngang-bo-co-quan-thuoc-chinh-phu"]
    assert not [w for w in doc.warnings if w.code == "unresolved_agency"]


@pytest.mark.parametrize("lines, title, authority", [
    (["TỔNG THAM MƯU TRƯỞNG"], "Tổng Tham mưu trưởng", []),
    (["KT. TỔNG THAM MƯU TRƯỞNG", "PHÓ TỔNG THAM MƯU TRƯỞNG"], "Phó Tổng Tham mưu trưởng", ["KT."]),
])
def test_the_general_staffs_chief_signs(processed, lines, title, authority):
    doc = processed("\n".join(["BỘ QUỐC PHÒNG", "BỘ TỔNG THAM MƯU", *MOTTO, "Số: 2234/KH-BTTM",
                               "Hà Nội, ngày 6 tháng 5 năm 2026", "KẾ HOẠCH", "Huấn luyện năm 2026", "I. MỤC ĐÍCH",
                               "1. Nâng cao sức mạnh.", "Nơi nhận:", "- Các quân khu;", "- Lưu: VT.", *lines,
                               "Thượng tướng Nguyễn Văn Tâm"]) + "\n")
    signer = doc.metadata.signer
    assert (signer.name, signer.title, signer.authority) == ("Nguyễn Văn Tâm", title, authority)


# ---------------------------------------------------------------------------------------------------
# The same body of every province, as a central document addresses it: one collective, not an unresolved name

@pytest.mark.parametrize("line, ids", [
    ("Sở Nông nghiệp và Môi trường các tỉnh, thành phố trực thuộc Trung ương",
     ["viet-nam/so-nong-nghiep-va-moi-truong-cac-tinh-thanh-pho-truc-thuoc-trung-uong"]),
    ("Sở NN&MT các tỉnh, thành phố trực thuộc Trung ương",
     ["viet-nam/so-nong-nghiep-va-moi-truong-cac-tinh-thanh-pho-truc-thuoc-trung-uong"]),
    ("Sở Nội vụ các tỉnh, thành phố trực thuộc TW", ["viet-nam/so-noi-vu-cac-tinh-thanh-pho-truc-thuoc-trung-uong"]),
    ("Sở XD các tỉnh, thành phố trực thuộc Trung ương", ["viet-nam/so-xay-dung-cac-tinh-thanh-pho-truc-thuoc-trung-uong"]),
    ("Sở Tài chính, Sở Xây dựng các tỉnh, thành phố trực thuộc Trung ương",
     ["viet-nam/so-tai-chinh-cac-tinh-thanh-pho-truc-thuoc-trung-uong",
      "viet-nam/so-xay-dung-cac-tinh-thanh-pho-truc-thuoc-trung-uong"]),
    ("Công an các tỉnh, thành phố trực thuộc Trung ương", ["viet-nam/cong-an-cac-tinh-thanh-pho-truc-thuoc-trung-uong"]),
])
def test_a_body_of_every_province_is_one_collective_recipient(processed, line, ids):
    doc = processed("\n".join(["BỘ NỘI VỤ", *MOTTO, "Số: 15/KH-BNV", "Hà Nội, ngày 5 tháng 3 năm 2026", "KẾ HOẠCH",
                               "Kiểm tra công tác cải cách hành chính năm 2026", "I. MỤC ĐÍCH", "1. Đánh giá kết quả.",
                               "Nơi nhận:", f"- {line};", "- Lưu: VT.", "KT. BỘ TRƯỞNG", "THỨ TRƯỞNG",
                               "Trần Văn Bình"]) + "\n")
    assert [m.agency_id for m in doc.metadata.recipient_agencies] == ids


# ---------------------------------------------------------------------------------------------------
# A legal site's text copy wraps the title anywhere, before a comma too: no space is put before it

@pytest.mark.parametrize("wrapped, title", [
    (["HƯỚNG", "DẪN QUẢN LÝ CHẤT LƯỢNG TẠI CƠ SỞ KHÁM BỆNH", ", CHỮA BỆNH"],
     "HƯỚNG DẪN QUẢN LÝ CHẤT LƯỢNG TẠI CƠ SỞ KHÁM BỆNH, CHỮA BỆNH"),
    (["Quy định chi tiết một số điều của Luật Phòng cháy", ", chữa cháy và cứu nạn, cứu hộ"],
     "Quy định chi tiết một số điều của Luật Phòng cháy, chữa cháy và cứu nạn, cứu hộ"),
    (["Sửa đổi, bổ sung Thông tư số 20/2024/TT-BYT", "; bãi bỏ một số điều của Thông tư số 21/2024/TT-BYT"],
     "Sửa đổi, bổ sung Thông tư số 20/2024/TT-BYT; bãi bỏ một số điều của Thông tư số 21/2024/TT-BYT"),
])
def test_a_title_wrapped_before_a_comma_keeps_it_on_its_word(processed, wrapped, title):
    doc = processed("\n".join(["BỘ Y TẾ", "-------", "|", *MOTTO, "|", "Số: 12/2025/TT-BYT", "|", "Hà Nội, ngày 30",
                               "tháng 6 năm 2025", "|", "THÔNG TƯ", *wrapped,
                               "Căn cứ Luật Khám bệnh, chữa bệnh số 15/2023/QH15;", "Điều 1. Phạm vi điều chỉnh",
                               "Nơi nhận:", "- Văn phòng Chính phủ (Công báo);", "- Lưu: VT.", "|", "KT. BỘ TRƯỞNG",
                               "THỨ TRƯỞNG", "Trần Văn Thuấn"]) + "\n")
    assert doc.metadata.title == title
    assert (str(doc.metadata.issued_date), doc.metadata.signer.title) == ("2025-06-30", "Thứ trưởng")
