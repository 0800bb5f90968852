"""A closing copied as one line: "| Nơi nhận: - Các Bộ; - Lưu: VT. | Nguyễn Văn An (Đã ký) |".

Sites that show the closing's two-cell table as one row of text (and copies that flattened the recipients' lines
into one: "Nơi nhận: - Như Điều 3; - Lưu: VT.") gave no recipients and no signer: the line did not start with "Nơi
nhận", or its items ran together as one. The line is read as the lines it prints: "Nơi nhận:", an item a line,
then the signature cell.
"""

import pytest

from conftest import write_in_form
from pipeline.run import process

HEAD = ["BỘ TÀI CHÍNH", "Số: 215/QĐ-BTC", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
        "Hà Nội, ngày 12 tháng 8 năm 2024", "QUYẾT ĐỊNH", "Ban hành Kế hoạch cải cách hành chính năm 2025",
        "BỘ TRƯỞNG BỘ TÀI CHÍNH", "Căn cứ Nghị định số 14/2023/NĐ-CP ngày 20 tháng 4 năm 2023 của Chính phủ;",
        "QUYẾT ĐỊNH:", "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch cải cách hành chính năm 2025.",
        "Điều 2. Quyết định này có hiệu lực kể từ ngày ký."]


def _read(tmp_path, closing: list[str], form: str = "text"):
    meta = process(write_in_form(tmp_path, HEAD + closing, form)).metadata
    return meta.recipients, meta.signer


@pytest.mark.parametrize("form", ["text", "html"])
def test_a_closing_row_with_the_signer_s_name_only(tmp_path, form):
    recipients, signer = _read(tmp_path, [
        "| Nơi nhận: - Văn phòng Chính phủ; - Các Bộ, cơ quan ngang Bộ; - Lưu: VT, Vụ TCCB. | Nguyễn Văn An (Đã ký) |"], form)
    assert recipients == ["Văn phòng Chính phủ", "Các Bộ, cơ quan ngang Bộ", "Lưu: VT, Vụ TCCB"]
    assert signer.name == "Nguyễn Văn An"


def test_a_closing_row_with_the_signature_chain(tmp_path):
    recipients, signer = _read(tmp_path, [
        "| Nơi nhận: - Như Điều 3; - Lưu: VT, TCCB. | KT. BỘ TRƯỞNG THỨ TRƯỞNG (Đã ký) Trần Thị Bình |"])
    assert recipients == ["Như Điều 3", "Lưu: VT, TCCB"]
    assert (signer.name, signer.title, signer.authority) == ("Trần Thị Bình", "Thứ trưởng", ["KT."])


def test_a_recipients_list_flattened_into_its_first_line(tmp_path):
    recipients, signer = _read(tmp_path, [
        "Nơi nhận: - Như Điều 3; - Sở Lao động - Thương binh và Xã hội; - Lưu: VT.", "KT. BỘ TRƯỞNG", "THỨ TRƯỞNG",
        "Lê Văn Cường"])
    # the dash inside a body's name is no item's: items begin after "; "
    assert recipients == ["Như Điều 3", "Sở Lao động - Thương binh và Xã hội", "Lưu: VT"]
    assert signer.name == "Lê Văn Cường"


def test_a_list_of_one_item_a_line_is_read_as_before(tmp_path):
    recipients, _ = _read(tmp_path, ["Nơi nhận:", "- Như Điều 3;", "- Lưu: VT.", "KT. BỘ TRƯỞNG", "THỨ TRƯỞNG",
                                     "Lê Văn Cường"])
    assert recipients == ["Như Điều 3", "Lưu: VT"]
