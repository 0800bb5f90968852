"""A joint document keeps every signer: each body signs for itself in a column of its own.

A Thông tư liên tịch of two ministries, a joint plan of a province's Ủy ban nhân dân and Ủy ban MTTQ, a Party committee
with a mass organisation: two (or three) signature columns side by side, each "TM./KT. … / POSITION / name". The first
column's signer stays ``signer``; the others are ``co_signers``, each with whom of ``issuer.joint`` it signs for when
its lines name one body. Read from every form: columns copied with their gaps, rows of cells, columns run together
(a text PDF's line, a copy that lost the gaps), a layout table's cells one after the other (DOCX, web pages), a text PDF.
A column that holds only a seal is no signer; a blank name is null with a warning, never another column's name.
Names, bodies and numbers made up for the test.
"""

import pytest

from pipeline.run import process

MOTTO = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"]
BODY = ["I. MỤC ĐÍCH, YÊU CẦU", "1. Tăng cường phối hợp giữa hai cơ quan trong công tác tuyên truyền.",
        "II. NỘI DUNG", "1. Tổ chức hội nghị sơ kết vào tháng 6."]
RECIPIENTS = ["Nơi nhận:", "- Các thành viên;", "- Lưu: VT."]

# (header lines, symbol, heading, columns: each a list of lines, the expected signers: authority, title, name, signs for)
FRONT = ["ỦY BAN NHÂN DÂN TỈNH KON TUM - ỦY BAN MTTQ VIỆT NAM TỈNH KON TUM", *MOTTO, "Số: 07/KH-UBND-MTTQ",
         "Kon Tum, ngày 2 tháng 3 năm 2026", "KẾ HOẠCH LIÊN TỊCH", "Phối hợp giám sát thực hiện chính sách an sinh xã hội"]
FRONT_BODIES = ["ỦY BAN NHÂN DÂN TỈNH KON TUM", "ỦY BAN MTTQ VIỆT NAM TỈNH KON TUM"]
UBND = ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Phan Văn Khải"]
MTTQ = ["TM. BAN THƯỜNG TRỰC ỦY BAN MTTQ VN TỈNH", "CHỦ TỊCH", "Đinh Thị Hồng"]
FRONT_SIGNERS = [(["TM.", "KT."], "Phó Chủ tịch", "Phan Văn Khải", FRONT_BODIES[0]),
                 (["TM."], "Chủ tịch", "Đinh Thị Hồng", FRONT_BODIES[1])]

MINISTRIES = ["BỘ TÀI CHÍNH - BỘ NỘI VỤ", *MOTTO, "Số: 12/2026/TTLT-BTC-BNV", "Hà Nội, ngày 5 tháng 2 năm 2026",
              "THÔNG TƯ LIÊN TỊCH", "Hướng dẫn quản lý kinh phí đào tạo công chức"]
MINISTRY_BODIES = ["BỘ TÀI CHÍNH", "BỘ NỘI VỤ"]
BTC = ["KT. BỘ TRƯỞNG BỘ TÀI CHÍNH", "THỨ TRƯỞNG", "Vũ Đức Thắng"]
BNV = ["BỘ TRƯỞNG BỘ NỘI VỤ", "Hoàng Minh Tuấn"]
MINISTRY_SIGNERS = [(["KT."], "Thứ trưởng Bộ Tài chính", "Vũ Đức Thắng", "BỘ TÀI CHÍNH"),
                    ([], "Bộ trưởng Bộ Nội vụ", "Hoàng Minh Tuấn", "BỘ NỘI VỤ")]

UNIONS = ["ỦY BAN MTTQ VIỆT NAM TỈNH BẮC KẠN - HỘI LIÊN HIỆP PHỤ NỮ TỈNH BẮC KẠN", *MOTTO, "Số: 03/CTrPH-MTTQ-HLHPN",
          "Bắc Kạn, ngày 8 tháng 3 năm 2026", "CHƯƠNG TRÌNH PHỐI HỢP", "Vận động phụ nữ tham gia xây dựng nông thôn mới"]
UNION_BODIES = ["ỦY BAN MTTQ VIỆT NAM TỈNH BẮC KẠN", "HỘI LIÊN HIỆP PHỤ NỮ TỈNH BẮC KẠN"]
FRONT_COLUMN = ["TM. BAN THƯỜNG TRỰC ỦY BAN MTTQ", "PHÓ CHỦ TỊCH", "Hoàng Văn Sơn"]
WOMEN = ["TM. BAN THƯỜNG VỤ HỘI LHPN TỈNH", "CHỦ TỊCH", "Triệu Thị Nga"]
UNION_SIGNERS = [(["TM."], "Phó Chủ tịch", "Hoàng Văn Sơn", UNION_BODIES[0]),
                 (["TM."], "Chủ tịch", "Triệu Thị Nga", UNION_BODIES[1])]

CASES = {
    "province and front": (FRONT, [UBND, MTTQ], FRONT_SIGNERS),
    "two ministries": (MINISTRIES, [BTC, BNV], MINISTRY_SIGNERS),
    "front and women's union": (UNIONS, [FRONT_COLUMN, WOMEN], UNION_SIGNERS),
}


def _rows(columns: list[list[str]]) -> list[list[str]]:
    """The columns as rows, a shorter column padded at the top (signature cells are aligned at the name)."""
    height = max(len(c) for c in columns)
    padded = [[""] * (height - len(c)) + c for c in columns]
    return [list(row) for row in zip(*padded)]


def _signers(doc) -> list[tuple]:
    meta = doc.metadata
    return [(s.authority, s.title, s.name, s.signs_for) for s in (meta.signer, *meta.co_signers)]


def _txt(tmp_path, lines: list[str]):
    path = tmp_path / "joint.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return process(path)


def _layout_table(tmp_path, front: list[str], columns: list[list[str]], suffix: str):
    """The signature as a layout table of one row, a cell per signer (Word, a web page): its cells read one after the other."""
    path = tmp_path / f"joint.{suffix}"
    if suffix == "html":
        paragraphs = "".join(f"<p>{line}</p>" for line in front + BODY)
        cells = "".join(f"<td>{'<br>'.join(column)}</td>" for column in columns)
        path.write_text(f"<html><body>{paragraphs}<table><tr>{cells}</tr></table>"
                        f"{''.join(f'<p>{line}</p>' for line in RECIPIENTS)}</body></html>", encoding="utf-8")
    else:
        from docx import Document as Docx

        document = Docx()
        for line in front + BODY:
            document.add_paragraph(line)
        table = document.add_table(rows=1, cols=len(columns))
        for k, column in enumerate(columns):
            table.cell(0, k).text = "\n".join(column)
        for line in RECIPIENTS:
            document.add_paragraph(line)
        document.save(path)
    return process(path)


@pytest.mark.parametrize("case", CASES)
@pytest.mark.parametrize("gap", ["\t", "      "])
def test_columns_copied_with_their_gaps(tmp_path, case, gap):
    front, columns, expected = CASES[case]
    rows = [gap.join(cell or "" for cell in row) if row[0] else gap + gap.join(row[1:]) for row in _rows(columns)]
    doc = _txt(tmp_path, front + BODY + rows + RECIPIENTS)
    assert _signers(doc) == expected
    assert not {w.code for w in doc.warnings} & {"joint_signers", "co_signer_incomplete", "missing_signer_name"}


@pytest.mark.parametrize("case", CASES)
def test_rows_of_cells(tmp_path, case):
    front, columns, expected = CASES[case]
    rows = ["| " + " | ".join(row) + " |" for row in _rows(columns)]
    assert _signers(_txt(tmp_path, front + BODY + rows + RECIPIENTS)) == expected


@pytest.mark.parametrize("case", CASES)
def test_a_cell_a_line(tmp_path, case):
    front, columns, expected = CASES[case]
    assert _signers(_txt(tmp_path, front + BODY + ["| " + " | ".join(" ".join(c) for c in columns) + " |"] + RECIPIENTS)) == expected


@pytest.mark.parametrize("case", CASES)
@pytest.mark.parametrize("suffix", ["html", "docx"])
def test_layout_table_cells_one_after_the_other(tmp_path, case, suffix):
    front, columns, expected = CASES[case]
    assert _signers(_layout_table(tmp_path, front, columns, suffix)) == expected


@pytest.mark.parametrize("case", CASES)
def test_columns_one_after_the_other_in_copied_text(tmp_path, case):
    front, columns, expected = CASES[case]
    assert _signers(_txt(tmp_path, front + BODY + [line for column in columns for line in column] + RECIPIENTS)) == expected


def test_columns_run_together(tmp_path):
    # the gaps lost: "TM. … TM. …", "PHÓ CHỦ TỊCH CHỦ TỊCH", "Hoàng Văn Sơn Triệu Thị Nga"
    rows = [" ".join(row) for row in _rows([FRONT_COLUMN, WOMEN])]
    assert _signers(_txt(tmp_path, UNIONS + BODY + rows + RECIPIENTS)) == UNION_SIGNERS


def test_a_text_pdf_with_two_signature_columns(tmp_path):
    from pdfmaker import text_pdf

    lines = [(60.0, 40.0 + 16 * k, text) for k, text in enumerate(UNIONS + BODY)]
    top = 40.0 + 16 * len(lines)
    for k, (left, right) in enumerate(_rows([FRONT_COLUMN, WOMEN])):
        lines += [(60.0, top + 16 * k, left), (330.0, top + 16 * k, right)]
    lines += [(60.0, top + 16 * (4 + k), text) for k, text in enumerate(RECIPIENTS)]
    path = tmp_path / "joint.pdf"
    path.write_bytes(text_pdf([lines], size=10))
    assert _signers(process(path)) == UNION_SIGNERS


def test_an_e_signed_pdf_whose_second_name_is_blank(tmp_path):
    # the second column's name is a signature image: its text layer has the first name alone under two columns, which
    # cannot be told apart from a name under the second; neither signer is given a name, both are warned
    from pdfmaker import text_pdf

    lines = [(60.0, 40.0 + 16 * k, text) for k, text in enumerate(UNIONS + BODY)]
    top = 40.0 + 16 * len(lines)
    for k, (left, right) in enumerate(_rows([FRONT_COLUMN[:2], WOMEN[:2]])):
        lines += [(60.0, top + 16 * k, left), (330.0, top + 16 * k, right)]
    lines += [(60.0, top + 32, FRONT_COLUMN[2])] + [(60.0, top + 16 * (4 + k), text) for k, text in enumerate(RECIPIENTS)]
    path = tmp_path / "joint.pdf"
    path.write_bytes(text_pdf([lines], size=10))
    doc = process(path)
    assert [(s.title, s.name) for s in (doc.metadata.signer, *doc.metadata.co_signers)] == [
        ("Phó Chủ tịch", None), ("Chủ tịch", None)]
    assert {"signer_name_unreadable", "co_signer_incomplete"} <= {w.code for w in doc.warnings}


THREE = ["SỞ Y TẾ - SỞ GIÁO DỤC VÀ ĐÀO TẠO - TỈNH ĐOÀN", *MOTTO, "Số: 04/KHLT-SYT-SGDĐT-TĐ",
         "Gia Lai, ngày 9 tháng 5 năm 2026", "KẾ HOẠCH LIÊN TỊCH", "Chăm sóc sức khỏe học sinh năm học 2026-2027"]
THREE_COLUMNS = [["GIÁM ĐỐC SỞ Y TẾ", "Trần Thị Lan"], ["KT. GIÁM ĐỐC SỞ GIÁO DỤC VÀ ĐÀO TẠO", "PHÓ GIÁM ĐỐC", "Phạm Văn Hùng"],
                 ["TM. BAN THƯỜNG VỤ TỈNH ĐOÀN", "BÍ THƯ", "Nguyễn Thanh Bình"]]


@pytest.mark.parametrize("form", ["gaps", "cells", "docx", "html"])
def test_three_signers(tmp_path, form):
    if form in ("docx", "html"):
        doc = _layout_table(tmp_path, THREE, THREE_COLUMNS, form)
    else:
        rows = ["\t".join(row) for row in _rows(THREE_COLUMNS)] if form == "gaps" else \
            ["| " + " | ".join(row) + " |" for row in _rows(THREE_COLUMNS)]
        doc = _txt(tmp_path, THREE + BODY + rows + RECIPIENTS)
    meta = doc.metadata
    assert meta.issuer.joint == ["SỞ Y TẾ", "SỞ GIÁO DỤC VÀ ĐÀO TẠO", "TỈNH ĐOÀN"]
    assert [(s.name, s.signs_for) for s in (meta.signer, *meta.co_signers)] == [
        ("Trần Thị Lan", "SỞ Y TẾ"), ("Phạm Văn Hùng", "SỞ GIÁO DỤC VÀ ĐÀO TẠO"), ("Nguyễn Thanh Bình", "TỈNH ĐOÀN")]


@pytest.mark.parametrize("seal", [["(Đã ký và đóng dấu)"], ["[daky]"], []])
@pytest.mark.parametrize("form", ["cells", "docx"])
def test_a_column_of_only_a_seal_is_no_signer(tmp_path, seal, form):
    columns = [FRONT_COLUMN, seal or [""]]
    if form == "docx":
        doc = _layout_table(tmp_path, UNIONS, columns, "docx")
    else:
        doc = _txt(tmp_path, UNIONS + BODY + ["| " + " | ".join(row) + " |" for row in _rows(columns)] + RECIPIENTS)
    assert _signers(doc) == UNION_SIGNERS[:1]


@pytest.mark.parametrize("form", ["gaps", "cells"])
def test_a_co_signers_blank_name_is_null_and_warned(tmp_path, form):
    # an e-signed copy: the second column's name is a signature image, blank in the text
    columns = [FRONT_COLUMN, WOMEN[:2]]
    rows = [row for row in _rows(columns)]
    rows = [["", *row[1:]] if not row[0] else row for row in rows]
    left, right = [c for c in FRONT_COLUMN], [*WOMEN[:2], ""]
    lines = ["\t".join(pair).rstrip("\t") if form == "gaps" else "| " + " | ".join(pair) + " |" for pair in zip(left, right)]
    doc = _txt(tmp_path, UNIONS + BODY + lines + RECIPIENTS)
    assert _signers(doc) == [UNION_SIGNERS[0], (["TM."], "Chủ tịch", None, UNION_BODIES[1])]
    assert "co_signer_incomplete" in {w.code for w in doc.warnings}


def test_the_first_columns_blank_name_is_not_the_seconds(tmp_path):
    left, right = [*FRONT_COLUMN[:2], ""], WOMEN
    lines = [f"{a}\t{b}" for a, b in zip(left, right)]
    doc = _txt(tmp_path, UNIONS + BODY + lines + RECIPIENTS)
    meta = doc.metadata
    assert (meta.signer.name, meta.signer.title) == (None, "Phó Chủ tịch")
    assert [(c.name, c.title) for c in meta.co_signers] == [("Triệu Thị Nga", "Chủ tịch")]
    assert "missing_signer_name" in {w.code for w in doc.warnings}


def test_one_name_under_two_run_together_columns_is_nobodys(tmp_path):
    # a text PDF whose second name is a signature image: "Hoàng Văn Sơn" alone under two columns, whose it is unknown
    rows = [" ".join(row) for row in _rows([FRONT_COLUMN[:2], WOMEN[:2]])] + ["Hoàng Văn Sơn"]
    doc = _txt(tmp_path, UNIONS + BODY + rows + RECIPIENTS)
    assert doc.metadata.signer.name is None and all(c.name is None for c in doc.metadata.co_signers)


def test_one_signer_has_no_co_signers(tmp_path):
    lines = ["ỦY BAN NHÂN DÂN", "TỈNH KON TUM", *MOTTO, "Số: 8/KH-UBND", "Kon Tum, ngày 2 tháng 3 năm 2026", "KẾ HOẠCH",
             "Tuyên truyền năm 2026", *BODY, "Nơi nhận:\tTM. ỦY BAN NHÂN DÂN", "- Như trên;\tKT. CHỦ TỊCH",
             "- Lưu: VT.\tPHÓ CHỦ TỊCH", "\tPhan Văn Khải", "PHỤ LỤC", "DANH SÁCH CÁC ĐƠN VỊ"]
    meta = _txt(tmp_path, lines).metadata
    assert (meta.signer.name, meta.signer.signs_for, meta.co_signers) == ("Phan Văn Khải", None, [])


def test_a_copy_block_after_the_signature_is_no_co_signer(tmp_path):
    # a copy's own signature comes after the document's recipients, not right under its signer's name
    lines = [*FRONT, *BODY, *UBND, *RECIPIENTS, "SAO Y BẢN CHÍNH", "TL. CHỦ TỊCH", "CHÁNH VĂN PHÒNG", "Lê Văn Tám"]
    assert _txt(tmp_path, lines).metadata.co_signers == []


@pytest.mark.parametrize("chain, bodies, body", [
    (["TM. BAN THƯỜNG VỤ HỘI LHPN TỈNH", "CHỦ TỊCH"], UNION_BODIES, UNION_BODIES[1]),
    (["TM. BAN THƯỜNG TRỰC ỦY BAN MTTQ", "PHÓ CHỦ TỊCH"], UNION_BODIES, UNION_BODIES[0]),
    (["KT. BỘ TRƯỞNG BỘ NỘI VỤ", "THỨ TRƯỞNG"], MINISTRY_BODIES, "BỘ NỘI VỤ"),
    (["TM. BAN CHẤP HÀNH", "BÍ THƯ"], ["BAN CHẤP HÀNH ĐOÀN TỈNH LAI CHÂU", "HỘI NÔNG DÂN TỈNH LAI CHÂU"],
     "BAN CHẤP HÀNH ĐOÀN TỈNH LAI CHÂU"),
    (["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"], ["ỦY BAN NHÂN DÂN XÃ EA KAR", "ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM XÃ EA KAR"],
     "ỦY BAN NHÂN DÂN XÃ EA KAR"),
    (["TM. BAN THƯỜNG TRỰC UBMTTQ", "CHỦ TỊCH"], ["ỦY BAN NHÂN DÂN XÃ EA KAR", "ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM XÃ EA KAR"],
     "ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM XÃ EA KAR"),  # the initials of the second's words only
    (["TM. ỦY BAN", "CHỦ TỊCH"], ["ỦY BAN NHÂN DÂN XÃ EA KAR", "ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM XÃ EA KAR"],
     None),  # words both bodies have: not told
    # a Party committee's standing board beside a people's committee: "BAN" is no word of the committee's name there
    (["TM. BAN THƯỜNG VỤ", "BÍ THƯ"], ["TỈNH ỦY NINH THUẬN", "ỦY BAN NHÂN DÂN TỈNH NINH THUẬN"], None),
    (["TM. BAN CHẤP HÀNH", "PHÓ BÍ THƯ"], ["ĐẢNG ỦY XÃ TÂN AN", "ỦY BAN NHÂN DÂN XÃ TÂN AN"], None),
    (["T/M BAN THƯỜNG VỤ HUYỆN ỦY", "BÍ THƯ"], ["HUYỆN ỦY CHƯ SÊ", "ỦY BAN NHÂN DÂN HUYỆN CHƯ SÊ"], "HUYỆN ỦY CHƯ SÊ"),
    (["TM. TỈNH ỦY", "BÍ THƯ"], ["TỈNH ỦY NINH THUẬN", "ỦY BAN NHÂN DÂN TỈNH NINH THUẬN"], "TỈNH ỦY NINH THUẬN"),
    (["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"], ["TỈNH ỦY NINH THUẬN", "ỦY BAN NHÂN DÂN TỈNH NINH THUẬN"],
     "ỦY BAN NHÂN DÂN TỈNH NINH THUẬN"),
    (["CHỦ TỊCH"], UNION_BODIES, None),  # a position alone names no body
    (["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"], [], None),  # no joint header
])
def test_whom_a_signer_signs_for(chain, bodies, body):
    from pipeline.stages.metadata import signs_for

    assert signs_for(chain, bodies) == body


# ---------------------------------------------------------------------------------------------------
# Outputs: the JSON document (schema 0.10.0), the database's signers table (layout 11, and the upgrade of a layout 10
# database), document_list, the report and the spreadsheet


def _joint_text() -> str:
    return "\n".join(FRONT + BODY + ["\t".join(row) for row in _rows([UBND, MTTQ])] + RECIPIENTS) + "\n"


def test_the_json_document_holds_the_co_signers(tmp_path):
    import json

    import jsonschema

    from pipeline import SCHEMA_VERSION
    from pipeline.outputs.export import dumps
    from pipeline.outputs.schema import json_schema

    path = tmp_path / "joint.txt"
    path.write_text(_joint_text(), encoding="utf-8")
    exported = json.loads(dumps(process(path)))
    assert exported["schema_version"] == SCHEMA_VERSION
    document = exported["document"]
    assert document["signer"]["signs_for"] == FRONT_BODIES[0]
    [co_signer] = document["co_signers"]
    assert {k: co_signer[k] for k in ("name", "title", "authority", "signs_for")} == {
        "name": "Đinh Thị Hồng", "title": "Chủ tịch", "authority": ["TM."], "signs_for": FRONT_BODIES[1]}
    assert co_signer["where"]["line"] == len(FRONT + BODY) + 4
    assert list(document).index("co_signers") == list(document).index("signer") + 1
    assert not list(jsonschema.Draft202012Validator(json_schema()).iter_errors(exported))


def test_the_database_report_and_spreadsheet_hold_every_signer(write_text, tmp_path):
    from openpyxl import load_workbook

    from conftest import open_database
    from pipeline.ingest import ingest
    from pipeline.outputs.report import markdown_report
    from pipeline.outputs.xlsx import write_xlsx

    path = tmp_path / "plans.db"
    one = "\n".join(["UBND TỈNH KON TUM", "SỞ NỘI VỤ", *MOTTO, "Số: 9/KH-SNV", "Kon Tum, ngày 2 tháng 3 năm 2026",
                     "KẾ HOẠCH", "Tuyên truyền năm 2026", *BODY, "GIÁM ĐỐC", "Phan Văn Khải"])
    assert ingest([write_text(_joint_text()), write_text(one, name="one.txt")], db_path=path, json_dir=None, workers=1).ok
    db = open_database(path)
    rows = db.execute("SELECT s.ordinal, s.name, s.title, s.authority, s.signs_for, s.line FROM signers s "
                      "JOIN documents d ON d.id = s.document_id ORDER BY d.source_name, s.ordinal").fetchall()
    line = len(FRONT + BODY) + 4
    assert [tuple(r) for r in rows] == [
        (1, "Phan Văn Khải", "Phó Chủ tịch", '["TM.", "KT."]', FRONT_BODIES[0], line),
        (2, "Đinh Thị Hồng", "Chủ tịch", '["TM."]', FRONT_BODIES[1], line),
        (1, "Phan Văn Khải", "Giám đốc", "[]", None, len(BODY) + 10)]
    listed = db.execute("SELECT source_name, signer_name, co_signers FROM document_list ORDER BY source_name").fetchall()
    assert [tuple(r) for r in listed] == [("doc.txt", "Phan Văn Khải", "Đinh Thị Hồng"), ("one.txt", "Phan Văn Khải", None)]
    db.close()
    report = markdown_report(path, [])
    assert f"Co-signers: Đinh Thị Hồng (Chủ tịch, for {FRONT_BODIES[1]})." in report
    assert report.count("Co-signers:") == 1
    sheet = load_workbook(write_xlsx(path, tmp_path / "plans.xlsx"))["documents"]
    header = [c.value for c in sheet[1]]
    assert "Đinh Thị Hồng" in [row[header.index("co_signers")] for row in sheet.iter_rows(min_row=2, values_only=True)]


def test_a_database_of_layout_10_gets_the_signers_table(write_text, tmp_path):
    from conftest import open_database
    from pipeline.ingest import ingest
    from pipeline.outputs.dbschema import ADDED_COLUMNS
    from pipeline.outputs.load import DB_SCHEMA_VERSION, open_db

    path = tmp_path / "plans.db"
    assert ingest([write_text(_joint_text())], db_path=path, json_dir=None, workers=1).ok
    db = open_database(path)
    # layout 10's views did not read the table, nor layout 15's columns
    for view in ("document_list", "review_queue", "task_list", "task_agency_list"):
        db.execute(f"DROP VIEW {view}")
    for table, column in (pair for version in range(12, DB_SCHEMA_VERSION + 1) for pair in ADDED_COLUMNS[version]):
        db.execute(f'ALTER TABLE {table} DROP COLUMN "{column}"')  # nor had it the columns added since
    db.execute("DROP TABLE signers")
    db.execute("PRAGMA user_version = 10")
    db.execute("UPDATE documents SET pipeline_version = 'older'")  # written by the version before
    db.conn.commit()
    db.close()
    open_db(path).close()
    db = open_database(path)
    assert db.execute("PRAGMA user_version").fetchone()[0] == DB_SCHEMA_VERSION
    assert db.execute("SELECT count(*) FROM signers").fetchone()[0] == 0  # filled by the ingest that reads them again
    assert db.execute("SELECT co_signers FROM document_list").fetchall()
    db.close()
    assert ingest([write_text(_joint_text())], db_path=path, json_dir=None, workers=1).ok
    db = open_database(path)
    assert db.execute("SELECT count(*) FROM signers").fetchone()[0] == 2
    db.close()


def test_a_co_signer_without_a_name_is_to_review(write_text, tmp_path):
    from conftest import open_database
    from pipeline.ingest import ingest

    lines = [f"{a}\t{b}".rstrip("\t") for a, b in zip(FRONT_COLUMN, [*WOMEN[:2], ""])]
    path = tmp_path / "plans.db"
    assert ingest([write_text("\n".join(UNIONS + BODY + lines + RECIPIENTS))], db_path=path, json_dir=None, workers=1).ok
    db = open_database(path)
    rows = db.execute("SELECT kind, item, value, line FROM review_queue WHERE kind = 'co_signer_incomplete'").fetchall()
    assert [tuple(r) for r in rows] == [("co_signer_incomplete", "co-signer 2", "CHỦ TỊCH", len(UNIONS + BODY) + 1)]
    db.close()


def test_a_joint_plan_submitted_with_a_to_trinh_keeps_its_co_signer(tmp_path):
    # a file of several documents: the joint plan, the second part, is read as a document is, its co-signers too
    to_trinh = ["SỞ NỘI VỤ TỈNH KON TUM", "Số: 21/TTr-SNV", *MOTTO, "Kon Tum, ngày 1 tháng 3 năm 2026", "TỜ TRÌNH",
                "Về việc ban hành kế hoạch liên tịch", "Kính gửi: Ủy ban nhân dân tỉnh",
                "Sở Nội vụ kính trình Ủy ban nhân dân tỉnh xem xét./.", "Nơi nhận:", "- Như trên;", "- Lưu: VT.",
                "GIÁM ĐỐC", "Lê Văn Tám"]
    rows = ["\t".join(row) for row in _rows([UBND, MTTQ])]
    doc = _txt(tmp_path, to_trinh + FRONT + BODY + rows + RECIPIENTS)
    meta = doc.metadata
    assert (meta.signer.name, meta.co_signers) == ("Lê Văn Tám", [])  # the file's own document: the Tờ trình
    plan = meta.parts[1]
    assert [(s.name, s.signs_for) for s in (plan.signer, *plan.co_signers)] == [
        ("Phan Văn Khải", FRONT_BODIES[0]), ("Đinh Thị Hồng", FRONT_BODIES[1])]
