"""Addressees: whom a letter is sent to, named after "Kính gửi:" under its title, before the content.

Each form is written here as a công văn of our own and read as plain text, as a web page (paragraphs, and a table
whose cell beside the label holds the list), as a DOCX (the same two layouts) and as a text PDF: the names, whether
each is a person, and the body each resolves to must be the same in every format.
"""

from __future__ import annotations

import html

import docx
import pytest

from pipeline.run import process

from pdfmaker import text_pdf

HEADER = ["ỦY BAN NHÂN DÂN", "TỈNH AN GIANG", "Số: 245/UBND-VX", "V/v đề nghị rà soát thủ tục hành chính",
          "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "An Giang, ngày 14 tháng 9 năm 2025"]
CONTENT = ["Thực hiện Công văn số 12/BNV-CCHC ngày 05/9/2025 của Bộ Nội vụ, Ủy ban nhân dân tỉnh đề nghị các cơ quan, "
           "đơn vị rà soát thủ tục hành chính như sau:",
           "1. Rà soát thủ tục hành chính thuộc phạm vi quản lý.", "2. Báo cáo kết quả trước ngày 30/9/2025.",
           "Nơi nhận:", "- Như trên;", "- Lưu: VT.", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Trần Văn Bình"]

SO_TC = ("Sở Tài chính", False, "an-giang/so-tai-chinh")
SO_NV = ("Sở Nội vụ", False, "an-giang/so-noi-vu")
SO_XD = ("Sở Xây dựng", False, "an-giang/so-xay-dung")

# (label and list as printed, the addressees read: name, person, agency id)
FORMS = {
    "one_line": (["Kính gửi: Sở Tài chính."], [SO_TC]),
    "closing_mark": (["Kính gửi: Sở Nội vụ./."], [SO_NV]),
    "commas": (["Kính gửi: Sở Tài chính, Sở Nội vụ, Sở Xây dựng."], [SO_TC, SO_NV, SO_XD]),
    "semicolons": (["Kính gửi: Sở Tài chính; Sở Nội vụ."], [SO_TC, SO_NV]),
    "dashed_list": (["Kính gửi:", "- Các sở, ban, ngành tỉnh;", "- Ủy ban nhân dân các huyện, thị xã, thành phố."],
                    [("Các sở, ban, ngành tỉnh", False, "an-giang/cac-so-ban-nganh"),
                     ("Ủy ban nhân dân các huyện, thị xã, thành phố", False, "an-giang/uy-ban-nhan-dan-cap-huyen")]),
    "dash_on_the_label_line": (["Kính gửi: - Sở Tài chính;", "- Sở Nội vụ."], [SO_TC, SO_NV]),
    "list_without_dashes": (["Kính gửi:", "Sở Tài chính;", "Sở Xây dựng."], [SO_TC, SO_XD]),
    "name_wrapped": (["Kính gửi: Ủy ban nhân dân các huyện, thị xã,", "thành phố."],
                     [("Ủy ban nhân dân các huyện, thị xã, thành phố", False, "an-giang/uy-ban-nhan-dan-cap-huyen")]),
    "name_wrapped_in_a_list": (["Kính gửi:", "- Sở Tài chính;", "- Ủy ban nhân dân các huyện,", "thị xã, thành phố."],
                               [SO_TC, ("Ủy ban nhân dân các huyện, thị xã, thành phố", False,
                                        "an-giang/uy-ban-nhan-dan-cap-huyen")]),
    "glued": (["Kínhgửi: Sở Tài chính"], [SO_TC]),
    "no_colon": (["Kính gửi Sở Nội vụ"], [SO_NV]),
    "capitals": (["KÍNH GỬI: Sở Xây dựng."], [SO_XD]),
    "old_spelling": (["Kính gởi: Sở Tài chính."], [SO_TC]),
    "also_sent_to": (["Kính gửi: Sở Tài chính.", "Đồng kính gửi: Sở Nội vụ."], [SO_TC, SO_NV]),
    "person": (["Kính gửi: Đồng chí Chủ tịch Ủy ban nhân dân tỉnh."],
               [("Đồng chí Chủ tịch Ủy ban nhân dân tỉnh", True, None)]),
    "person_with_a_comma": (["Kính gửi: Ông Nguyễn Văn An, Giám đốc Công ty Cổ phần Xây dựng An Phú."],
                            [("Ông Nguyễn Văn An, Giám đốc Công ty Cổ phần Xây dựng An Phú", True, None)]),
    "body_and_person": (["Kính gửi:", "- Sở Tài chính;", "- Giám đốc Sở Nội vụ."],
                        [SO_TC, ("Giám đốc Sở Nội vụ", True, None)]),
}

# (list in the cell beside the "Kính gửi:" cell, the addressees read)
TABLE_FORMS = {
    "dashed": (["- Sở Tài chính;", "- Sở Nội vụ;", "- Sở Xây dựng."], [SO_TC, SO_NV, SO_XD]),
    "one_name": (["Sở Nội vụ"], [SO_NV]),
}


def _summary(doc) -> list[tuple]:
    return [(a.name, a.person, a.agency.agency_id if a.agency else None) for a in doc.metadata.addressees]


def _txt(tmp_path, lines: list[str]):
    path = tmp_path / "letter.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _html(tmp_path, lines: list[str], beside: list[str] | None = None):
    paragraphs = "".join(f"<p>{html.escape(line)}</p>" for line in lines)
    table = ""
    if beside is not None:
        cell = "".join(f"<p>{html.escape(line)}</p>" for line in beside)
        table = f"<table><tr><td><p>Kính gửi:</p></td><td>{cell}</td></tr></table>"
    content = "".join(f"<p>{html.escape(line)}</p>" for line in CONTENT)
    path = tmp_path / "letter.html"
    path.write_text(f"<html><head><meta charset='utf-8'></head><body>{paragraphs}{table}{content}</body></html>",
                    encoding="utf-8")
    return path


def _docx(tmp_path, lines: list[str], beside: list[str] | None = None):
    word = docx.Document()
    for line in lines:
        word.add_paragraph(line)
    if beside is not None:
        table = word.add_table(rows=1, cols=2)
        table.cell(0, 0).text = "Kính gửi:"
        cell = table.cell(0, 1)
        cell.text = beside[0]
        for line in beside[1:]:
            cell.add_paragraph(line)
    for line in CONTENT:
        word.add_paragraph(line)
    path = tmp_path / "letter.docx"
    word.save(path)
    return path


def _pdf(tmp_path, lines: list[str]):
    rows = [(60.0, 50.0 + 18 * i, line) for i, line in enumerate(lines)]
    path = tmp_path / "letter.pdf"
    path.write_bytes(text_pdf([rows], size=11.0))
    return path


def _short(lines: list[str]) -> list[str]:
    """A PDF line is as long as the page is wide: the long first sentence of the content, cut in two."""
    return [part for line in lines for part in ([line[:80], line[80:]] if len(line) > 90 else [line])]


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("fmt", ["txt", "html", "docx", "pdf"])
def test_each_form_in_each_format(tmp_path, form, fmt):
    printed, expected = FORMS[form]
    if fmt == "txt":
        path = _txt(tmp_path, HEADER + printed + CONTENT)
    elif fmt == "pdf":
        path = _pdf(tmp_path, _short(HEADER + printed + CONTENT))
    else:
        path = (_html if fmt == "html" else _docx)(tmp_path, HEADER + printed)
    assert _summary(process(path)) == expected


@pytest.mark.parametrize("form", TABLE_FORMS)
@pytest.mark.parametrize("fmt", ["html", "docx", "txt"])
def test_a_list_in_the_cell_beside_the_label(tmp_path, form, fmt):
    beside, expected = TABLE_FORMS[form]
    if fmt == "txt":  # a site's table copied as text: "Kính gửi: | - Sở A; |"
        path = _txt(tmp_path, HEADER + [f"Kính gửi: | {beside[0]} |"] + [f"| {line} |" for line in beside[1:]] + CONTENT)
    else:
        path = (_html if fmt == "html" else _docx)(tmp_path, HEADER, beside)
    assert _summary(process(path)) == expected


def test_each_addressee_keeps_where_it_was_read(tmp_path):
    doc = process(_txt(tmp_path, HEADER + ["Kính gửi:", "- Sở Tài chính;", "- Sở Nội vụ."] + CONTENT))
    assert [(a.where["block"], a.where["line"]) for a in doc.metadata.addressees] == [("b0009", 9), ("b0010", 10)]


@pytest.mark.parametrize("after", [
    "Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ về công tác văn thư;",
    "1. Rà soát thủ tục hành chính thuộc phạm vi quản lý.",
    "Sở Nội vụ nhận được văn bản của Ủy ban nhân dân tỉnh về việc rà soát thủ tục hành chính.",
    "Ủy ban nhân dân tỉnh có ý kiến như sau:",
    "Qua kết quả rà soát thủ tục hành chính năm 2025 cho thấy nhiều thủ tục còn rườm rà, tốn kém thời gian và chi phí "
    "của người dân, doanh nghiệp khi thực hiện.",
])
def test_the_list_ends_where_the_content_starts(tmp_path, after):
    for printed in (["Kính gửi: Sở Tài chính"], ["Kính gửi:", "- Sở Tài chính;", "- Sở Nội vụ"]):
        doc = process(_txt(tmp_path, HEADER + printed + [after] + CONTENT[3:]))
        assert [a.name for a in doc.metadata.addressees] == ["Sở Tài chính", "Sở Nội vụ"][: len(printed) - (len(printed) > 1)]


def test_a_document_without_the_label_has_none(tmp_path):
    doc = process(_txt(tmp_path, HEADER + CONTENT))
    assert doc.metadata.addressees == []
    assert not [w for w in doc.warnings if w.code == "addressees_unread"]


def test_a_letter_quoted_in_the_content_is_not_the_documents(tmp_path):
    quoted = ["1. Gửi văn bản đến các cơ quan theo mẫu sau:", "Kính gửi: Sở Tài chính.", "2. Báo cáo kết quả."]
    doc = process(_txt(tmp_path, HEADER + quoted + CONTENT[3:]))
    assert doc.metadata.addressees == []


@pytest.mark.parametrize("blank", ["Kính gửi: ……………", "Kính gửi: ...........", "Kính gửi: (Tên cơ quan nhận)"])
def test_a_forms_blank_gives_none_and_a_warning(tmp_path, blank):
    doc = process(_txt(tmp_path, HEADER + [blank] + CONTENT))
    assert doc.metadata.addressees == []
    assert [w.where["block"] for w in doc.warnings if w.code == "addressees_unread"] == ["b0008"]


def test_a_body_that_does_not_resolve_is_kept_and_reported(tmp_path):
    doc = process(_txt(tmp_path, HEADER + ["Kính gửi: Ban Quản lý dự án Cầu Vàm Cống Mới."] + CONTENT))
    [addressee] = doc.metadata.addressees
    assert (addressee.name, addressee.agency.agency_id, addressee.agency.match) == (
        "Ban Quản lý dự án Cầu Vàm Cống Mới", None, "unresolved")
    assert any(w.code == "unresolved_agency" and "Cầu Vàm Cống" in w.message for w in doc.warnings)


def test_the_database_and_the_report_hold_the_addressees(write_text, tmp_path):
    from pipeline.ingest import ingest
    from pipeline.outputs.report import markdown_report

    from conftest import open_database

    text = "\n".join(HEADER + ["Kính gửi:", "- Sở Tài chính;", "- Đồng chí Chủ tịch Ủy ban nhân dân tỉnh."] + CONTENT)
    path = tmp_path / "plans.db"
    assert ingest([write_text(text)], db_path=path, json_dir=None, workers=1).ok
    db = open_database(path)
    rows = db.execute("SELECT ordinal, name, person, agency_id, match, block, line FROM addressees").fetchall()
    assert [tuple(r) for r in rows] == [
        (1, "Sở Tài chính", 0, "an-giang/so-tai-chinh", "exact", "b0009", 9),
        (2, "Đồng chí Chủ tịch Ủy ban nhân dân tỉnh", 1, None, None, "b0010", 10)]
    # a person is not an agency that did not resolve
    assert not db.execute("SELECT * FROM unresolved_agencies WHERE first_places LIKE '%addressees%'").fetchall()
    db.close()
    assert "Addressees: Sở Tài chính; Đồng chí Chủ tịch Ủy ban nhân dân tỉnh." in markdown_report(path, [])


def test_a_database_of_layout_9_gets_the_table(write_text, tmp_path):
    from pipeline.outputs.load import DB_SCHEMA_VERSION, open_db
    from pipeline.ingest import ingest

    from conftest import open_database

    path = tmp_path / "plans.db"
    assert ingest([write_text("\n".join(HEADER + ["Kính gửi: Sở Tài chính."] + CONTENT))], db_path=path,
                  json_dir=None, workers=1).ok
    db = open_database(path)
    db.execute("DROP TABLE addressees")
    db.execute("PRAGMA user_version = 9")
    db.conn.commit()
    db.close()
    open_db(path).close()
    db = open_database(path)
    assert db.execute("PRAGMA user_version").fetchone()[0] == DB_SCHEMA_VERSION
    assert db.execute("SELECT count(*) FROM addressees").fetchone()[0] == 0
    assert db.execute("SELECT count(*) FROM review_queue").fetchone() is not None
    db.close()


# A scan read column by column: the label (left) before the motto and the date (right), a received stamp among the
# items, a mark of the label lost or misread, what the OCR reads after an item's ";".
SCAN_FORMS = {
    "other_column_between": (["Kính gửi:", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                              "An Giang, ngày 14 tháng 9 năm 2025", "- Sở Tài chính;", "- Sở Nội vụ."], [SO_TC, SO_NV]),
    "stamp_among_items": (["Kính gửi:", "CÔNG VĂN ĐẾN", "- Sở Tài chính; ,", "ĐẾN Số: 125 Ngày 15/9", "- Sở Xây dựng."],
                          [SO_TC, SO_XD]),
    "k_lost": (["ính gửi:", "- Sở Tài chính;", "- Sở Nội vụ."], [SO_TC, SO_NV]),
    "g_misread": (["Kính 8ửi: Sở Xây dựng."], [SO_XD]),
}


@pytest.mark.parametrize("form", SCAN_FORMS)
def test_a_scans_reading_order_and_slips(tmp_path, form):
    printed, expected = SCAN_FORMS[form]
    header = [line for line in HEADER if not line.startswith(("CỘNG", "Độc lập", "An Giang"))]
    if form in ("k_lost", "g_misread"):
        header = HEADER
    assert _summary(process(_txt(tmp_path, header + printed + CONTENT))) == expected


def test_a_blank_read_with_specks_gives_none_and_a_warning(tmp_path):
    doc = process(_txt(tmp_path, HEADER + ["Kính gửi: ................................-. cà. .. ."] + CONTENT))
    assert doc.metadata.addressees == []
    assert [w.code for w in doc.warnings if w.code == "addressees_unread"] == ["addressees_unread"]
