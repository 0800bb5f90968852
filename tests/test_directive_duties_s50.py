"""A directive (Chỉ thị) commands in plain or numbered paragraphs under no heading that names a part ("NHIỆM VỤ",
"TỔ CHỨC THỰC HIỆN"): the assignments stage read only such parts and gave no duty at all. Its paragraphs after the
title (and after the line that introduces them, "…, Chủ tịch UBND tỉnh chỉ thị:") are now read as duties; a
situation paragraph over them and other document types are not."""

from __future__ import annotations

import pytest
from conftest import write_in_form

from pipeline.run import process

HEADER = ["ỦY BAN NHÂN DÂN", "TỈNH LÂM ĐỒNG", "Số: 05/{code}-UBND", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
          "Độc lập - Tự do - Hạnh phúc", "Lâm Đồng, ngày 3 tháng 4 năm 2026", "{heading}", "Về tăng cường công tác bảo vệ rừng"]
END = ["Nơi nhận:", "- Bộ Công an;", "- Lưu: VT.",
       "CHỦ TỊCH", "Đinh Công Hào"]
SITUATION = "Thời gian qua, công tác bảo vệ rừng đạt kết quả tích cực; tuy nhiên tình trạng phá rừng còn phức tạp."
PARAGRAPHS = ["Sở Nông nghiệp và Môi trường chủ trì, phối hợp với Công an tỉnh kiểm tra các khu rừng, hoàn thành trong Quý II/2026.",
              "Ủy ban nhân dân các xã tuyên truyền đến từng hộ dân sống gần rừng.",
              "Sở Tài chính bố trí kinh phí cho lực lượng bảo vệ rừng."]
EXPECTED = {("Sở Nông nghiệp và Môi trường", "lead"), ("Công an tỉnh", "support"), ("Ủy ban nhân dân các xã", "lead"),
            ("Sở Tài chính", "lead")}


def _duties(tmp_path, lines, form, code="CT", heading="CHỈ THỊ"):
    header = [line.format(code=code, heading=heading) for line in HEADER]
    doc = process(write_in_form(tmp_path, [*header, *lines, *END], form))
    return doc, {(a.agency.name, a.role) for a in doc.assignments}


@pytest.mark.parametrize("form", ["text", "docx", "html"])
@pytest.mark.parametrize("intro", ["Để bảo vệ rừng, Chủ tịch UBND tỉnh chỉ thị:", "Chủ tịch Ủy ban nhân dân tỉnh yêu cầu:", None])
@pytest.mark.parametrize("numbered", [False, True])
def test_a_directives_paragraphs_are_its_duties(tmp_path, form, intro, numbered):
    paragraphs = [f"{k}. {text}" for k, text in enumerate(PARAGRAPHS, start=1)] if numbered else PARAGRAPHS
    doc, duties = _duties(tmp_path, [SITUATION, *([intro] if intro else []), *paragraphs], form)
    assert duties == EXPECTED
    deadline = next(a.deadline for a in doc.assignments if a.agency.name == "Sở Nông nghiệp và Môi trường")
    assert deadline is not None and deadline.end == "2026-06-30"


@pytest.mark.parametrize("form", ["text", "docx"])
def test_a_situation_in_the_past_is_no_duty(tmp_path, form):
    situation = "Thời gian qua, Sở Y tế đã phối hợp với Công an tỉnh kiểm tra nhiều cơ sở, đạt kết quả tích cực."
    _, duties = _duties(tmp_path, [situation, "Để khắc phục, Chủ tịch UBND tỉnh yêu cầu:", *PARAGRAPHS], form)
    assert duties == EXPECTED


@pytest.mark.parametrize("form", ["text", "docx"])
@pytest.mark.parametrize("code, heading", [("BC", "BÁO CÁO"), ("TB", "THÔNG BÁO")])
def test_other_types_paragraphs_stay_unread(tmp_path, form, code, heading):
    # a report or a notice tells what was done or decided: its paragraphs under no part are not read as duties
    _, duties = _duties(tmp_path, [SITUATION, *PARAGRAPHS], form, code=code, heading=heading)
    assert duties == set()


@pytest.mark.parametrize("form", ["text", "docx"])
def test_a_directive_with_a_part_of_duties_is_read_there_only(tmp_path, form):
    lines = ["I. TÌNH HÌNH", "Sở Y tế đã kiểm tra 20 cơ sở trong năm 2025.", "II. NHIỆM VỤ, GIẢI PHÁP", *PARAGRAPHS]
    _, duties = _duties(tmp_path, lines, form)
    assert duties == EXPECTED

