"""The signature block of e-signed and stamped documents (s22). Names, bodies and stamps below are made up.

a. A bare signing stamp, a name over the day of signing in figures ("Nguyễn Thị Lan" / "20.05.2025", the way signing
   software draws its stamp), over the printed name, left of it on its row, or on the row above it: the stamp's name
   was taken as the signer (another person's: a confident wrong value) and the printed name made a co-signer. The
   stamp's rows are now passed over; a stamp with no printed name under it gives null and a warning.
b. A digital signature's details ("Ký bởi: …", "Cơ quan: …", "Thời gian ký: …") drawn between the position lines or
   between the position and the name: "Cơ quan: …" was no signed mark, so the name was lost (or, in a joint
   document, the other column's signer lost).
"""

from __future__ import annotations

import pytest

from conftest import write_in_form
from pdfmaker import DEJAVU_SANS, SERIF, text_pdf
from pipeline.run import process

HEAD = ["ỦY BAN NHÂN DÂN", "TỈNH LÂM ĐỒNG", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
        "Số: 1281/KH-UBND", "Lâm Đồng, ngày 20 tháng 5 năm 2025", "KẾ HOẠCH", "Chỉnh trang đô thị năm 2025",
        "I. MỤC ĐÍCH, YÊU CẦU", "1. Bảo đảm tiến độ các công trình trong năm.", "II. TỔ CHỨC THỰC HIỆN",
        "Các phòng, ban triển khai thực hiện.", "Nơi nhận:", "- Như trên;", "- Lưu: VT, TH."]
CHAIN = ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"]
SIGNER = "Trần Văn Bình"
STAMP_NAME = "Nguyễn Thị Lan"  # another person than the signer


def _signer(path):
    doc = process(path)
    signer = doc.metadata.signer
    return (signer.name, signer.title, signer.authority), {w.code for w in doc.warnings}, doc.metadata.co_signers


def _pdf(tmp_path, signature: list[tuple[float, float, str]], font=SERIF):
    """HEAD down the left, then the signature's rows (x, points under the signature's top, text)."""
    rows = [(60.0, 40.0 + 16 * k, text) for k, text in enumerate(HEAD)]
    top = rows[-1][1] + 30
    rows += [(x, top + down, text) for x, down, text in signature]
    path = tmp_path / "plan.pdf"
    path.write_bytes(text_pdf([rows], font_path=font))
    return path


CHAIN_ROWS = [(330.0, 16.0 * k, line) for k, line in enumerate(CHAIN)]


# --- a. a bare stamp: a name over the day of signing

@pytest.mark.parametrize("form", ["text", "html", "pdf"])
@pytest.mark.parametrize("day", ["20.05.2025", "20/05/2025 09:15:22", "2025-05-20 09:15 +07:00", "20-05-2025"])
@pytest.mark.parametrize("stamp_name", [STAMP_NAME, SIGNER, "Đinh Công Sơn"])
def test_a_bare_stamp_over_the_printed_name_is_no_signer(tmp_path, form, day, stamp_name):
    """Was the stamp's name, the printed one a co-signer with no position."""
    path = write_in_form(tmp_path, [*HEAD, *CHAIN, stamp_name, day, SIGNER], form)
    found, warnings, co_signers = _signer(path)
    assert found == (SIGNER, "Phó Chủ tịch", ["TM.", "KT."])
    assert not co_signers


@pytest.mark.parametrize("font", [SERIF, DEJAVU_SANS])
@pytest.mark.parametrize("stamp_x", [150.0, 200.0])
@pytest.mark.parametrize("name_down, day_down", [(100.0, 112.0), (88.0, 100.0), (60.0, 72.0)])
def test_a_bare_stamp_left_of_the_printed_name_or_over_it_is_no_signer(tmp_path, font, stamp_x, name_down, day_down):
    """The stamp left of the name on its row, its day under it; or a row higher, its day on the name's row (the page
    text reads "20.05.2025 Trần Văn Bình"); or over the name in the signature's column."""
    x = 330.0 if name_down == 60.0 else stamp_x
    path = _pdf(tmp_path, [*CHAIN_ROWS, (x, name_down, STAMP_NAME), (x, day_down, "20.05.2025"), (330.0, 100.0, SIGNER)], font)
    assert _signer(path)[0] == (SIGNER, "Phó Chủ tịch", ["TM.", "KT."])


@pytest.mark.parametrize("form", ["text", "html", "pdf"])
def test_a_bare_stamp_with_no_printed_name_gives_no_name_and_a_warning(tmp_path, form):
    """The stamp's name may be another person's: never the signer's in its place."""
    found, warnings, _ = _signer(write_in_form(tmp_path, [*HEAD, *CHAIN, STAMP_NAME, "20.05.2025 10:02:11"], form))
    assert found == (None, "Phó Chủ tịch", ["TM.", "KT."])
    assert "missing_signer_name" in warnings


# --- b. a digital signature's details among the signature's lines

DETAILS = [["Ký bởi: Ủy ban nhân dân tỉnh Lâm Đồng", "Cơ quan: Tỉnh Lâm Đồng", "Thời gian ký: 20.05.2025 09:15:22 +07:00"],
           ["Người ký: Nguyễn Thị Lan", "Cơ quan: Văn phòng Ủy ban nhân dân tỉnh"],
           ["Cơ quan: Ủy ban nhân dân tỉnh Lâm Đồng", "Ngày ký: 20-05-2025"]]


@pytest.mark.parametrize("form", ["text", "html", "pdf"])
@pytest.mark.parametrize("details", DETAILS)
@pytest.mark.parametrize("at", [1, 2, 3])
def test_signature_details_between_the_signature_lines_leave_the_signer(tmp_path, form, details, at):
    """Between the chain's lines (at 1, 2) or between the position and the name (3): the name was lost at "Cơ quan:"."""
    path = write_in_form(tmp_path, [*HEAD, *CHAIN[:at], *details, *CHAIN[at:], SIGNER], form)
    assert _signer(path)[0] == (SIGNER, "Phó Chủ tịch", ["TM.", "KT."])


@pytest.mark.parametrize("form", ["text", "html"])
@pytest.mark.parametrize("closing", [
    ["TM. BAN THƯỜNG VỤ", "BÍ THƯ", "Lê Văn Hùng", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Ký bởi: Nguyễn Thị Lan",
     "Cơ quan: Ủy ban nhân dân tỉnh Lâm Đồng", "Ngày ký: 20.05.2025", SIGNER],
    ["TM. BAN THƯỜNG VỤ", "BÍ THƯ", "Ký bởi: Lê Văn Hùng", "Cơ quan: Ban Thường vụ Tỉnh ủy", "Lê Văn Hùng",
     "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", SIGNER],
    ["TM. BAN THƯỜNG VỤ\tTM. ỦY BAN NHÂN DÂN", "BÍ THƯ\tCHỦ TỊCH", "\tKý bởi: Nguyễn Thị Lan",
     "\tCơ quan: Ủy ban nhân dân tỉnh Lâm Đồng", f"Lê Văn Hùng\t{SIGNER}"],
])
def test_a_joint_document_with_the_details_of_one_signer_keeps_both(tmp_path, form, closing):
    """Two bodies' signers, the digital signature's details under one of them: a signer or the co-signer was lost."""
    found, _, co_signers = _signer(write_in_form(tmp_path, [*HEAD, *closing], form))
    assert found == ("Lê Văn Hùng", "Bí thư", ["TM."])
    assert [(c.name, c.title) for c in co_signers] == [(SIGNER, "Chủ tịch")]
