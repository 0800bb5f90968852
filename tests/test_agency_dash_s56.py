"""A body's name printed with a dash where its registry name says "và" ("Sở Kế hoạch - Đầu tư", "Sở Tài nguyên - Môi
trường", "Sở Văn hóa - Thể thao - Du lịch"), as tables and lists of plans often print them: before s56 no body
(unknown agency); now the registry's body, matched by rule (agencies._dash_for_and). A dash that joins a body to
something else stays unresolved, and a name whose own dash is the registry's ("Sở Lao động - Thương binh và Xã hội")
is matched as printed."""

from __future__ import annotations

import pytest

from conftest import write_in_form
from pipeline.run import process
from pipeline.stages.agencies import resolve


@pytest.mark.parametrize(("printed", "body"), [
    ("Sở Giáo dục - Đào tạo", "lao-cai/so-giao-duc-va-dao-tao"),
    ("Sở Kế hoạch - Đầu tư", "lao-cai/so-ke-hoach-va-dau-tu"),
    ("Sở Tài nguyên - Môi trường", "lao-cai/so-tai-nguyen-va-moi-truong"),
    ("Sở Khoa học - Công nghệ", "lao-cai/so-khoa-hoc-va-cong-nghe"),
    ("Sở Nông nghiệp - Môi trường", "lao-cai/so-nong-nghiep-va-moi-truong"),
    ("Sở Văn hóa - Thể thao - Du lịch", "lao-cai/so-van-hoa-the-thao-va-du-lich"),
    ("Bộ Giáo dục - Đào tạo", "viet-nam/bo-giao-duc-va-dao-tao"),
])
def test_a_dash_for_and_names_the_body(printed, body):
    mention = resolve(printed, "lao-cai")
    assert (mention.agency_id, mention.match, mention.name) == (body, "rule", printed)


@pytest.mark.parametrize("printed", ["Sở Y tế - cơ quan thường trực", "UBND tỉnh - Ban Chỉ đạo", "Sở Văn hóa - Thể thao"])
def test_a_dash_that_joins_no_such_name_stays_unresolved(printed):
    assert resolve(printed, "lao-cai").agency_id is None


def test_a_registry_name_with_its_own_dash_is_matched_as_printed():
    mention = resolve("Sở Lao động - Thương binh và Xã hội", "lao-cai")
    assert (mention.agency_id, mention.match) == ("lao-cai/so-lao-dong-thuong-binh-va-xa-hoi", "exact")


_HEAD = ["ỦY BAN NHÂN DÂN", "TỈNH LÀO CAI", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
         "Số: 45/KH-UBND", "Lào Cai, ngày 10 tháng 3 năm 2026", "KẾ HOẠCH", "Chuyển đổi số năm 2026",
         "I. NHIỆM VỤ"]


@pytest.mark.parametrize("form", ["text", "docx"])
def test_a_task_items_bodies_printed_with_dashes(tmp_path, form):
    lines = [*_HEAD, "1. Xây dựng cơ sở dữ liệu giáo dục", "- Cơ quan chủ trì: Sở Giáo dục - Đào tạo.",
             "- Cơ quan phối hợp: Sở Khoa học - Công nghệ, Sở Tài chính.", "- Thời gian hoàn thành: Quý III/2026."]
    task = next(t for t in process(write_in_form(tmp_path, lines, form)).tasks if t.section)
    assert [(m.name, m.agency_id) for m in task.lead + task.support] == [
        ("Sở Giáo dục - Đào tạo", "lao-cai/so-giao-duc-va-dao-tao"),
        ("Sở Khoa học - Công nghệ", "lao-cai/so-khoa-hoc-va-cong-nghe"), ("Sở Tài chính", "lao-cai/so-tai-chinh")]
