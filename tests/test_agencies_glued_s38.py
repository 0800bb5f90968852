"""A body's name whose words a text layer glued ("SởTài chính", "UBNDtỉnh", "UBND XãBảoLâm2") resolves as the name with
its words apart (a small letter then a capital or a figure; an abbreviation's capitals then a small letter), and a
comma before a glued body's name splits a cell; the mention keeps the name as printed, and a glued person's name or a
word that is no body stays unresolved."""

from __future__ import annotations

import pytest

from conftest import write_in_form, write_with_table
from pipeline.run import process
from pipeline.stages.agencies import resolve, split_agencies, words_apart


@pytest.mark.parametrize("printed, place, agency_id", [
    ("SởTài chính", "lam-dong", "lam-dong/so-tai-chinh"),
    ("SởNội vụ", "nghe-an", "nghe-an/so-noi-vu"), ("SởY tế", "ha-noi", "ha-noi/so-y-te"),
    ("SởGD&ĐT", "lam-dong", "lam-dong/so-giao-duc-va-dao-tao"),
    ("BanDân tộc", "lam-dong", "lam-dong/ban-dan-toc"),
    ("UBNDtỉnh", "lao-cai", "lao-cai/uy-ban-nhan-dan"),
    ("HĐNDtỉnh Lâm Đồng", "ha-noi", "lam-dong/hoi-dong-nhan-dan"),
    ("CôngAn tỉnh", "lam-dong", "lam-dong/cong-an"),
    ("VănPhòng UBND tỉnh", "nghe-an", "nghe-an/van-phong-uy-ban-nhan-dan"),
    ("UBND XãBảoLâm2", "lam-dong", "lam-dong.xa-bao-lam-2/uy-ban-nhan-dan"),
    ("UBNDxã Bảo Lâm 2", "lam-dong", "lam-dong.xa-bao-lam-2/uy-ban-nhan-dan"),
    ("UBNDquận", "binh-tan", "binh-tan/uy-ban-nhan-dan"),
    ("BanQLDA ĐTXD khu vực 2", "hue", "hue/ban-quan-ly-du-an-dau-tu-xay-dung-khu-vuc-2"),
    ("KBNN khu vực15", "lam-dong", "viet-nam/kho-bac-nha-nuoc-khu-vuc-xv"),
])
def test_a_name_with_glued_words_resolves_and_keeps_its_printed_form(printed, place, agency_id):
    mention = resolve(printed, place)
    assert (mention.agency_id, mention.name) == (agency_id, printed), mention
    assert mention.match == "rule"  # the spaces put back by rule: no name printed so


@pytest.mark.parametrize("printed, place", [
    ("TrươngVănVũ", "lam-dong"), ("Trương Văn Vũ", "lam-dong"), ("NguyễnThịHoa", "nghe-an"),
    # apart, "huyện" names no place of a province's plan after 2025, as "UBND huyện" does not
    ("UBNDhuyện", "lam-dong"),
    ("SởKhông Có", "lam-dong"),
])
def test_glued_words_that_name_no_body_stay_unresolved(printed, place):
    mention = resolve(printed, place)
    assert mention.agency_id is None and mention.reason and mention.name == printed, mention


@pytest.mark.parametrize("printed, apart", [
    ("XãBảoLâm2", "Xã Bảo Lâm 2"), ("UBNDhuyện", "UBND huyện"), ("SởTài chính", "Sở Tài chính"),
    ("HĐNDtỉnh", "HĐND tỉnh"), ("Sở TN&MT", "Sở TN&MT"), ("UBNDTP Đà Lạt", "UBNDTP Đà Lạt"), ("PC06", "PC06"),
    ("Đoàn TNCS Hồ Chí Minh", "Đoàn TNCS Hồ Chí Minh")])
def test_words_apart(printed, apart):
    assert words_apart(printed) == apart


@pytest.mark.parametrize("cell, names", [
    ("SởTài chính, SởNội vụ", ["SởTài chính", "SởNội vụ"]),
    ("Sở Y tế, SởGD&ĐT", ["Sở Y tế", "SởGD&ĐT"]),
    ("Sở Y tế, BanQLDA ĐTXD khu vực 2", ["Sở Y tế", "BanQLDA ĐTXD khu vực 2"]),
    ("Công an tỉnh, VPUBND tỉnh", ["Công an tỉnh", "VPUBND tỉnh"]),
    # a list of kinds or places is no new name, glued or not
    ("các Sở, Ban, Ngành", ["các Sở, Ban, Ngành"]), ("UBND các xã, Phường", ["UBND các xã, Phường"])])
def test_a_comma_before_a_glued_bodys_name_splits_a_cell(cell, names):
    assert split_agencies(cell) == names


HEAD = ["ỦY BAN NHÂN DÂN", "TỈNH LÂM ĐỒNG", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
        "Số: 88/KH-UBND", "Lâm Đồng, ngày 15 tháng 9 năm 2025", "KẾ HOẠCH", "Chuyển đổi số năm 2025",
        "I. NHIỆM VỤ CỤ THỂ"]
TAIL = ["Nơi nhận:", "- Như trên;", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Trần Văn Hùng"]
TABLE = [["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian"],
         ["1", "Số hóa hồ sơ", "SởNội vụ", "SởTài chính, Công an tỉnh", "Quý IV/2025"],
         ["2", "Kiểm soát chi", "KBNN khu vực15", "UBND XãBảoLâm2", "Năm 2025"]]
EXPECTED = [(["lam-dong/so-noi-vu"], ["lam-dong/so-tai-chinh", "lam-dong/cong-an"]),
            (["viet-nam/kho-bac-nha-nuoc-khu-vuc-xv"], ["lam-dong.xa-bao-lam-2/uy-ban-nhan-dan"])]


@pytest.mark.parametrize("form", ["text", "docx"])
def test_a_task_table_with_glued_lead_and_support_cells(tmp_path, form):
    path = write_with_table(tmp_path, HEAD, TABLE, TAIL, form) if form != "text" else \
        write_in_form(tmp_path, HEAD + ["| " + " | ".join(row) + " |" for row in TABLE] + TAIL, "text")
    doc = process(path)
    got = [([m.agency_id for m in task.lead], [m.agency_id for m in task.support]) for task in doc.tasks]
    assert got == EXPECTED
    assert {"SởNội vụ", "SởTài chính", "UBND XãBảoLâm2"} <= {m.name for task in doc.tasks for m in (*task.lead, *task.support)}
