"""PDF text layers that give another value than the page shows (s21, second pass). Every plan below is written for the
test (names and numbers made up).

a. A line that ends in a hyphen: pdfium joins it to the next line (the hyphen given as U+FFFE, no line break between),
   so "Số: 1281/KH-" over the place-and-date line in one column read "Số: 1281/KH-Lâm Đồng, ngày …": number
   "1281/KH-Lâm", place "Đồng" (confident wrong values). The reader now joins only where the next line surely goes on
   the word (a word in small letters, a symbol's piece in capitals and figures); elsewhere the line breaks after the
   hyphen, the cut number gives null and a warning, and the place and date read whole.
"""

from __future__ import annotations

import pytest

from conftest import write_in_form
from parsers import pdf
from pdfmaker import DEJAVU_SANS, SANS, SERIF, text_pdf
from pipeline.run import process

MOTTO = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"]
HEADER = ["ỦY BAN NHÂN DÂN", "TỈNH LÂM ĐỒNG"]
BODY = ["I. MỤC ĐÍCH, YÊU CẦU", "1. Bảo đảm tiến độ các công trình trong năm.", "II. TỔ CHỨC THỰC HIỆN",
        "Các phòng, ban triển khai thực hiện."]
CLOSING = ["Nơi nhận:", "- Như trên;", "- Lưu: VT, TH.", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Trần Văn Bình"]


def _plan(number: list[str], date: str, heading: str = "KẾ HOẠCH") -> list[str]:
    return [*HEADER, *MOTTO, *number, date, heading, "Chỉnh trang đô thị năm 2025", *BODY, *CLOSING]


def _pdf(tmp_path, lines: list[str], font=SERIF, size: float = 13.0):
    path = tmp_path / "plan.pdf"
    path.write_bytes(text_pdf([[(60.0, 40.0 + (size + 3) * k, text) for k, text in enumerate(lines)]], font_path=font, size=size))
    return path


# --- a. a line that ends in a hyphen, the next line under it in the same column

@pytest.mark.parametrize("font", [SERIF, SANS, DEJAVU_SANS])
@pytest.mark.parametrize("number", ["Số: 1281/KH-", "Số: 07/2025/QĐ-", "Số: 45/UBND-", "Số 1281/KH-", "Số: 312/BC-SXD-"])
@pytest.mark.parametrize("date, place", [
    ("Lâm Đồng, ngày 20 tháng 5 năm 2025", "Lâm Đồng"),
    ("Đà Lạt, ngày 3 tháng 11 năm 2025", "Đà Lạt"),
    ("TP. Hồ Chí Minh, ngày 20 tháng 5 năm 2025", "TP. Hồ Chí Minh"),
    ("Bảo Lộc, ngày 20 tháng 5 năm 2025", "Bảo Lộc"),
])
def test_a_number_cut_after_its_hyphen_takes_nothing_of_the_date_line(tmp_path, font, number, date, place):
    """"1281/KH-Lâm" and place "Đồng" were read: the date line's first word glued on the number."""
    doc = process(_pdf(tmp_path, _plan([number], date), font))
    assert doc.metadata.number is None
    assert "number_unreadable" in {w.code for w in doc.warnings}
    assert doc.metadata.place == place
    assert doc.metadata.issued_date is not None


@pytest.mark.parametrize("following", ["V/v triển khai kế hoạch chỉnh trang đô thị", "KẾ HOẠCH", "Kính gửi: Sở Xây dựng"])
def test_a_number_cut_after_its_hyphen_takes_nothing_of_a_title_or_a_greeting(tmp_path, following):
    """A công văn's "V/v" line, the type heading or "Kính gửi" under a cut number is a line of its own."""
    lines = [*HEADER, *MOTTO, "Số: 45/UBND-", following]
    doc = pdf.read(_pdf(tmp_path, lines))
    assert [b.orig for b in doc.blocks][-2:] == ["Số: 45/UBND-", following]


@pytest.mark.parametrize("font", [SERIF, DEJAVU_SANS])
@pytest.mark.parametrize("lines, number", [
    (["Số: 1281/KH-", "UBND"], "1281/KH-UBND"),
    (["Số: 07/2025/QĐ-", "UBND"], "07/2025/QĐ-UBND"),
    (["Số: 312/BC-", "SXD-KTHT"], "312/BC-SXD-KTHT"),
    (["Số: 45/QĐ-", "TTg"], "45/QĐ-TTg"),
])
def test_a_number_whose_symbol_goes_on_the_next_line_reads_whole(tmp_path, font, lines, number):
    # held before this change too: the symbol's rest in capitals goes on the number
    doc = process(_pdf(tmp_path, _plan(lines, "Lâm Đồng, ngày 20 tháng 5 năm 2025"), font))
    assert doc.metadata.number == number


@pytest.mark.parametrize("first, second, joined", [
    ("Các đơn vị gửi báo cáo qua hộp thư e-", "mail của Văn phòng trước ngày 15 hằng tháng.",
     "Các đơn vị gửi báo cáo qua hộp thư e-mail của Văn phòng trước ngày 15 hằng tháng."),
    ("Tiếp tục phòng, chống dịch COVID-", "19 trên địa bàn toàn tỉnh.", "Tiếp tục phòng, chống dịch COVID-19 trên địa bàn toàn tỉnh."),
    ("Thực hiện theo Kế hoạch số 17/KH-", "BCĐ ngày 02 tháng 3 năm 2025.", "Thực hiện theo Kế hoạch số 17/KH-BCĐ ngày 02 tháng 3 năm 2025."),
])
def test_a_word_broken_at_its_hyphen_in_the_body_is_still_one_word(tmp_path, first, second, joined):
    # held before this change too (pdfium joined every such line): a guard that the joins kept are kept
    doc = pdf.read(_pdf(tmp_path, ["Nội dung thực hiện:", first, second, "Kết thúc."], size=11))
    assert joined in [b.orig for b in doc.blocks]


@pytest.mark.parametrize("text, expected", [
    ("Số: 1281/KH\ufffeLâm Đồng, ngày 20 tháng 5 năm 2025", "Số: 1281/KH-\nLâm Đồng, ngày 20 tháng 5 năm 2025"),
    ("Số: 1281/KH\ufffeUBND\r\nLâm Đồng", "Số: 1281/KH-UBND\r\nLâm Đồng"),
    ("Số: 1281/KH\ufffe20 tháng 5", "Số: 1281/KH-20 tháng 5"),  # a figure goes on a symbol
    ("hộp thư e\ufffemail", "hộp thư e-mail"),
    ("Quyết định số 619/QĐ\ufffeTTg ngày 08 tháng 5", "Quyết định số 619/QĐ-TTg ngày 08 tháng 5"),
    ("Số: 12/CTr\ufffeUBND", "Số: 12/CTr-UBND"),
    ("Số: 12/UBND\ufffeLong An, ngày 20 tháng 5", "Số: 12/UBND-\nLong An, ngày 20 tháng 5"),
    ("đánh giá\ufffeNgày 20 tháng 5 năm 2025", "đánh giá-\nNgày 20 tháng 5 năm 2025"),
    ("Số: 12/UBND\ufffeHUẾ, ngày 20 tháng 5", "Số: 12/UBND-\nHUẾ, ngày 20 tháng 5"),  # a date line in capitals
    ("Số: 12/UBND\ufffeHUE, ngày 20 tháng 5", "Số: 12/UBND-\nHUE, ngày 20 tháng 5"),
    ("Số: 12/UBND\ufffeĐÀ NẴNG", "Số: 12/UBND-\nĐÀ NẴNG"),  # a capital with a mark starts no small-letter word
    ("Số: 12/UBND\ufffeĐỀ ÁN", "Số: 12/UBND-\nĐỀ ÁN"),
    ("a\ufffe", "a-\n"),
    ("không có gạch nối", "không có gạch nối"),
])
def test_a_hyphen_pdfium_joined_goes_on_only_where_the_next_line_continues_the_word(text, expected):
    assert pdf._hyphen_line_ends(text) == expected


# --- d. a stamp on the signer's name's row

SIGNATURE = ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"]
SIGNER = "Lê Thị Thanh Hương"


@pytest.mark.parametrize("stamp_x", [200.0, 150.0])
@pytest.mark.parametrize("mark", ["ĐÃ KÝ", "ĐÃKÝ"])
@pytest.mark.parametrize("font", [SERIF, DEJAVU_SANS])
def test_a_signed_mark_left_of_the_name_on_its_row_leaves_the_name(tmp_path, stamp_x, mark, font):
    """A stamp's "ĐÃ KÝ" drawn left of the name on its row, after the name in the content stream: the page text reads
    "Lê Thị Thanh Hương ĐÃ KÝ" and the signer was null."""
    lines = _plan(["Số: 1281/KH-UBND"], "Lâm Đồng, ngày 20 tháng 5 năm 2025")[:-4]
    rows = [(60.0, 40.0 + 16 * k, text) for k, text in enumerate(lines)]
    top = rows[-1][1] + 30
    rows += [(330.0, top + 16 * k, text) for k, text in enumerate(SIGNATURE)]
    rows += [(330.0, top + 100, SIGNER), (stamp_x, top + 101, mark)]
    path = tmp_path / "plan.pdf"
    path.write_bytes(text_pdf([rows], font_path=font))
    assert process(path).metadata.signer.name == SIGNER


@pytest.mark.parametrize("form", ["text", "docx", "pdf"])
@pytest.mark.parametrize("line", [f"ĐÃ KÝ {SIGNER}", f"{SIGNER} ĐÃ KÝ", f"{SIGNER} ĐÃKÝ"])
def test_a_signed_mark_run_into_the_name_line_is_left_out_of_it(tmp_path, form, line):
    lines = [*_plan(["Số: 1281/KH-UBND"], "Lâm Đồng, ngày 20 tháng 5 năm 2025")[:-3], *SIGNATURE[1:], line]
    assert process(write_in_form(tmp_path, lines, form)).metadata.signer.name == SIGNER


@pytest.mark.parametrize("line", ["ĐÃ KÝ KẾT HỢP ĐỒNG", "CÁC BÊN ĐÃ KÝ", "ĐÃ KÝ"])
def test_a_signed_mark_in_capitals_among_capitals_stays(line):
    # held before this change too: the mark stands apart only beside a word in small letters (a name)
    from pipeline.stages.metadata import _signed_mark_inside

    assert _signed_mark_inside().split(line) == [line]
