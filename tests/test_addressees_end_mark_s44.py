"""A short letter's one paragraph under a one-line "Kính gửi:" is its content, never a second addressee, when it
closes with the end mark of a document's text ("./.", Nghị định 30/2020/NĐ-CP): s44-bodynode found "Ủy ban nhân dân
tỉnh giao Sở Nông nghiệp …" read as an addressee (and the letter left with no body). Lists of addressees, with
dashes or without, are read as before."""

from __future__ import annotations

import pytest

from conftest import write_in_form
from pipeline.run import process

FORMS = ["text", "html", "docx"]
HEADER = ["ỦY BAN NHÂN DÂN", "TỈNH HẠ VÂN", "Số: 77/UBND-VX", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
          "Độc lập - Tự do - Hạnh phúc", "Hạ Vân, ngày 14 tháng 4 năm 2026", "V/v rà soát hồ sơ học bổng"]
CLOSING = ["Nơi nhận:", "- Như trên;", "- Lưu: VT.", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Trần Minh Đức"]
PARAGRAPHS = [
    "Ủy ban nhân dân tỉnh giao Sở Giáo dục và Đào tạo rà soát hồ sơ học bổng năm 2026./.",
    "Sở Y tế khẩn trương tổng hợp, báo cáo trước ngày 20/4/2026./.",
    "Ban Dân tộc phối hợp với các xã kiểm tra số liệu hộ nghèo./.",
]


def _read(tmp_path, lines, form):
    return process(write_in_form(tmp_path, [*HEADER, *lines, *CLOSING], form))


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("paragraph", PARAGRAPHS)
def test_a_one_paragraph_letter_is_content_not_an_addressee(tmp_path, form, paragraph):
    doc = _read(tmp_path, ["Kính gửi: Sở Tài chính", paragraph], form)
    assert [a.name for a in doc.metadata.addressees] == ["Sở Tài chính"]
    body = [n for n in doc.sections if n.kind == "body"]
    assert body and paragraph.split()[0] in body[0].text


@pytest.mark.parametrize("form", FORMS)
def test_a_list_of_addressees_is_read_whole(tmp_path, form):
    doc = _read(tmp_path, ["Kính gửi:", "- Sở Tài chính;", "- Sở Nội vụ;", "- Ủy ban nhân dân các xã.", PARAGRAPHS[0]],
                form)
    assert [a.name for a in doc.metadata.addressees] == ["Sở Tài chính", "Sở Nội vụ", "Ủy ban nhân dân các xã"]


@pytest.mark.parametrize("form", FORMS)
def test_names_a_line_with_no_dashes_are_read_whole(tmp_path, form):
    doc = _read(tmp_path, ["Kính gửi: Sở Tài chính", "Sở Nội vụ", "Kho bạc Nhà nước khu vực XV", PARAGRAPHS[1]], form)
    assert [a.name for a in doc.metadata.addressees] == ["Sở Tài chính", "Sở Nội vụ", "Kho bạc Nhà nước khu vực XV"]
