"""A joint document's other numbers: each body of a joint plan may number it in its own register and print that number
under its own name in the header ("Số: 05/KH-TA" | "Số: 11/KH-VKS"). Before, ``number`` kept the first and the others
were lost; a text copy that typed the columns side by side on one line ("Số: 05/KH-TA      Số: 11/KH-VKS      Cần Thơ,
ngày …") lost even the first (number_unreadable). Now ``document.joint_numbers`` lists the others in column order, each
with the body of ``issuer.joint`` whose column prints it when the header prints a number under every body, and the
database stores them (documents.joint_numbers). Forms: HTML and DOCX header tables read column by column, a PDF's
text layer with the cells at their places, text copies with the columns side by side (the date beside the numbers or
under them); two and three bodies. One joint number for all the bodies ("Số: 12/KH-UBND-MTTQ") or one body
gives none. Fixtures are written for the test: names and numbers made up."""

from __future__ import annotations

import json
import sqlite3

import pytest

from pipeline.run import process
from test_pages_s39_blind import _COURT, _MILITARY, _POLICE, _PROCURACY, _SIGNED, _joint_header

_CAN_THO = "THÀNH PHỐ CẦN THƠ"
_NAMES = {"police": "CÔNG AN THÀNH PHỐ CẦN THƠ", "procuracy": "VIỆN KIỂM SÁT NHÂN DÂN THÀNH PHỐ CẦN THƠ",
          "court": "TÒA ÁN NHÂN DÂN THÀNH PHỐ CẦN THƠ", "military": "BỘ CHỈ HUY QUÂN SỰ THÀNH PHỐ CẦN THƠ"}
_COLUMNS = {"police": _POLICE, "procuracy": _PROCURACY, "court": _COURT, "military": _MILITARY}


_MOTTO = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"]
_REST = ["", "KẾ HOẠCH PHỐI HỢP", "Bảo đảm an ninh, trật tự dịp cuối năm", "I. MỤC ĐÍCH, YÊU CẦU",
         "1. Bảo đảm tuyệt đối an ninh, trật tự.", "II. NỘI DUNG", "1. Tăng cường tuần tra, kiểm soát."]


def _pairs(meta):
    return [(n.body, n.number) for n in meta.joint_numbers]


# --- header tables read column by column (HTML, DOCX)

@pytest.mark.parametrize("form", ["html", "docx"])
@pytest.mark.parametrize("bodies, numbers", [
    (["court", "procuracy"], ["05/KH-TA", "11/KH-VKS"]),
    (["police", "military"], ["21/KH-CAT", "340/KH-BCH"]),
    (["police", "procuracy", "court"], ["17/KH-CAT", "09/KH-VKS", "12/KH-TA"]),
    (["military", "police", "court"], ["88/KH-BCH", "31/KH-CAT", "4/KH-TA"]),
])
def test_each_body_s_number_under_its_column(tmp_path, form, bodies, numbers):
    doc = process(_joint_header(tmp_path, form, [_COLUMNS[b] for b in bodies], [f"Số: {n}" for n in numbers],
                                [_SIGNED[b] for b in bodies]))
    meta = doc.metadata
    assert meta.number == numbers[0] and meta.issuer.joint == [_NAMES[b] for b in bodies]
    assert _pairs(meta) == [(_NAMES[b], n) for b, n in zip(bodies[1:], numbers[1:])]


@pytest.mark.parametrize("form", ["html", "docx"])
def test_fewer_numbers_than_bodies_name_no_body(tmp_path, form):
    """Three bodies, two numbers: which column the second stands under is not told by their count; the number is kept,
    its body null, never a guess."""
    doc = process(_joint_header(tmp_path, form, [_POLICE, _PROCURACY, _COURT], ["Số: 17/KH-CAT", "Số: 09/KH-VKS"],
                                [_SIGNED[b] for b in ("police", "procuracy", "court")]))
    assert doc.metadata.number == "17/KH-CAT"
    assert _pairs(doc.metadata) == [(None, "09/KH-VKS")]


@pytest.mark.parametrize("form", ["html", "docx"])
@pytest.mark.parametrize("number", ["02/KHLN-CA-VKS-TA", "21/KHPH-CAT-BCH"])
def test_one_joint_number_gives_none(tmp_path, form, number):
    doc = process(_joint_header(tmp_path, form, [_POLICE, _PROCURACY], [f"Số: {number}"],
                                [_SIGNED[b] for b in ("police", "procuracy")]))
    assert doc.metadata.number == number and len(doc.metadata.issuer.joint) == 2
    assert doc.metadata.joint_numbers == []


# --- a PDF's text layer: the header table's cells at their places on the page

@pytest.mark.parametrize("bodies, numbers", [
    (["court", "procuracy"], ["05/KH-TA", "11/KH-VKS"]),
    (["police", "procuracy", "court"], ["17/KH-CAT", "09/KH-VKS", "12/KH-TA"]),
])
def test_a_pdf_s_header_table(tmp_path, bodies, numbers):
    from pdfmaker import text_pdf

    columns = [[*_COLUMNS[b], "-------", f"Số: {n}"] for b, n in zip(bodies, numbers)]
    columns.append([*_MOTTO, "---------------", "Cần Thơ, ngày 14 tháng 10 năm 2025"])
    width = 400 / len(columns)
    items = [(30 + width * k, 40.0 + 14 * row, text) for k, column in enumerate(columns) for row, text in enumerate(column)]
    items += [(60.0, 130.0 + 16 * row, text) for row, text in enumerate(_REST[1:])]
    path = tmp_path / "doc.pdf"
    path.write_bytes(text_pdf([items], size=8))
    meta = process(path).metadata
    assert meta.number == numbers[0] and meta.issuer.joint == [_NAMES[b] for b in bodies]
    assert _pairs(meta) == [(_NAMES[b], n) for b, n in zip(bodies[1:], numbers[1:])]


# --- text copies: the header's columns side by side, parted by gaps

def _side_by_side(rows: list[list[str]]) -> list[str]:
    return ["".join(cell.ljust(36) for cell in row).rstrip() for row in rows]




def _text_copy(tmp_path, kinds: list[str], numbers: list[str], date_apart: bool):
    date = "Cần Thơ, ngày 14 tháng 10 năm 2025"
    number_row = [f"Số: {n}" for n in numbers] + [""] * (len(kinds) - len(numbers))
    rows = [[*kinds, _MOTTO[0]], [*[_CAN_THO] * len(kinds), _MOTTO[1]], ["-------"] * (len(kinds) + 1)]
    rows += [number_row, [""] * len(kinds) + [date]] if date_apart else [[*number_row, date]]
    path = tmp_path / "doc.txt"
    path.write_text("\n".join([*_side_by_side(rows), *_REST]) + "\n", encoding="utf-8")
    return path


@pytest.mark.parametrize("date_apart", [False, True])
@pytest.mark.parametrize("kinds, numbers, expected", [
    (["TÒA ÁN NHÂN DÂN", "VIỆN KIỂM SÁT NHÂN DÂN"], ["05/KH-TA", "11/KH-VKS"],
     [("VIỆN KIỂM SÁT NHÂN DÂN THÀNH PHỐ CẦN THƠ", "11/KH-VKS")]),
    (["ỦY BAN NHÂN DÂN", "ỦY BAN MTTQ VIỆT NAM"], ["140/KH-UBND", "52/KH-MTTQ"],
     [("ỦY BAN MTTQ VIỆT NAM THÀNH PHỐ CẦN THƠ", "52/KH-MTTQ")]),
    (["SỞ Y TẾ", "HỘI NÔNG DÂN", "TỈNH ĐOÀN"], ["310/KH-SYT", "27/KH-HND", "45/KH-TĐTN"],
     [("HỘI NÔNG DÂN THÀNH PHỐ CẦN THƠ", "27/KH-HND"), ("TỈNH ĐOÀN THÀNH PHỐ CẦN THƠ", "45/KH-TĐTN")]),
])
def test_a_text_copy_s_numbers_side_by_side(tmp_path, kinds, numbers, expected, date_apart):
    """The numbers' row typed with the gaps between the columns, the date beside them or on the row under: the first
    body's number is the document's (before: none at all), the others are each under their body."""
    meta = process(_text_copy(tmp_path, kinds, numbers, date_apart)).metadata
    assert meta.number == numbers[0] and meta.issued_date == "2025-10-14"
    assert len(meta.issuer.joint) == len(kinds)
    assert _pairs(meta) == expected


def test_a_text_copy_s_one_joint_number_gives_none(tmp_path):
    meta = process(_text_copy(tmp_path, ["TÒA ÁN NHÂN DÂN", "VIỆN KIỂM SÁT NHÂN DÂN"], ["12/KH-TA-VKS"], False)).metadata
    assert meta.number == "12/KH-TA-VKS" and len(meta.issuer.joint) == 2
    assert meta.joint_numbers == []


def test_one_body_s_number_gives_none(tmp_path):
    path = tmp_path / "doc.txt"
    path.write_text("\n".join([*_side_by_side([["ỦY BAN NHÂN DÂN", _MOTTO[0]], [_CAN_THO, _MOTTO[1]], ["-------", ""],
                                                ["Số: 140/KH-UBND", "Cần Thơ, ngày 14 tháng 10 năm 2025"]]), *_REST]),
                    encoding="utf-8")
    meta = process(path).metadata
    assert meta.number == "140/KH-UBND" and meta.joint_numbers == []


# --- outputs: the JSON and the database

def test_the_json_and_the_database_keep_them(tmp_path):
    from pipeline.ingest import ingest

    source = _text_copy(tmp_path, ["TÒA ÁN NHÂN DÂN", "VIỆN KIỂM SÁT NHÂN DÂN"], ["05/KH-TA", "11/KH-VKS"], False)
    expected = [{"number": "11/KH-VKS", "body": "VIỆN KIỂM SÁT NHÂN DÂN THÀNH PHỐ CẦN THƠ"}]
    assert json.loads(process(source).model_dump_json())["metadata"]["joint_numbers"] == expected
    db_path, json_dir = tmp_path / "plans.db", tmp_path / "json"
    assert ingest([source], db_path=db_path, json_dir=json_dir, workers=1).ok
    exported = json.loads(next(json_dir.glob("*.json")).read_text(encoding="utf-8"))
    assert exported["document"]["joint_numbers"] == expected
    stored = sqlite3.connect(db_path).execute("SELECT joint_numbers FROM documents").fetchone()[0]
    assert json.loads(stored) == expected
