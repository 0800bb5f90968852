"""The 2025 regional bodies ("Tòa án nhân dân khu vực 2 - tỉnh Lâm Đồng", "Kho bạc Nhà nước khu vực XV") resolve as a
class, one body a region's number (and province), in a name and in an issuer's heading; a commune name of real
syllables one letter off a listed commune is another commune, never the listed one."""

from __future__ import annotations

import pytest

from page_fields import processed
from pipeline.stages.agencies import resolve
from pipeline.stages.registry import registry

# (printed, document's place, expected id, expected canonical name)
REGIONAL = [
    ("Tòa án nhân dân khu vực 2 - tỉnh Lâm Đồng", "lam-dong", "lam-dong/toa-an-nhan-dan-khu-vuc-2",
     "Tòa án nhân dân khu vực 2 - tỉnh Lâm Đồng"),
    ("TAND khu vực 3 - Nghệ An", "viet-nam", "nghe-an/toa-an-nhan-dan-khu-vuc-3", "Tòa án nhân dân khu vực 3 - tỉnh Nghệ An"),
    ("Tòa án nhân dân khu vực 1", "ha-noi", "ha-noi/toa-an-nhan-dan-khu-vuc-1", "Tòa án nhân dân khu vực 1 - thành phố Hà Nội"),
    ("VIỆN KIỂM SÁT NHÂN DÂN KHU VỰC 12 - TỈNH ĐỒNG NAI", "dong-nai", "dong-nai/vien-kiem-sat-nhan-dan-khu-vuc-12",
     "Viện kiểm sát nhân dân khu vực 12 - tỉnh Đồng Nai"),
    ("Thuế cơ sở 5 tỉnh Đồng Nai", "dong-nai", "dong-nai/thue-co-so-5", "Thuế cơ sở 5 tỉnh Đồng Nai"),
    ("Kho bạc Nhà nước khu vực XV", "lam-dong", "viet-nam/kho-bac-nha-nuoc-khu-vuc-xv", "Kho bạc Nhà nước khu vực XV"),
    ("KBNN khu vực XV", "lam-dong", "viet-nam/kho-bac-nha-nuoc-khu-vuc-xv", "Kho bạc Nhà nước khu vực XV"),
    ("Bảo hiểm xã hội khu vực XII", "nghe-an", "viet-nam/bao-hiem-xa-hoi-khu-vuc-xii", "Bảo hiểm xã hội khu vực XII"),
    ("Chi cục Hải quan khu vực II", "ha-noi", "viet-nam/chi-cuc-hai-quan-khu-vuc-ii", "Chi cục Hải quan khu vực II"),
    ("Kiểm toán nhà nước khu vực IV", "viet-nam", "viet-nam/kiem-toan-nha-nuoc-khu-vuc-iv", "Kiểm toán nhà nước khu vực IV"),
    ("Ngân hàng Nhà nước chi nhánh khu vực 8", "lam-dong", "viet-nam/ngan-hang-nha-nuoc-chi-nhanh-khu-vuc-8",
     "Ngân hàng Nhà nước chi nhánh khu vực 8"),
]


@pytest.mark.parametrize("printed, place, agency_id, canonical", REGIONAL)
def test_a_regional_body_resolves_by_its_number_and_province(printed, place, agency_id, canonical):
    mention = resolve(printed, place)
    assert (mention.agency_id, mention.canonical_name) == (agency_id, canonical)
    assert registry().agency(agency_id).canonical_name == canonical  # made again from its id (the database's rows)


def test_a_provinces_region_with_no_province_known_stays_unresolved():
    mention = resolve("Tòa án nhân dân khu vực 2", "viet-nam")
    assert mention.agency_id is None and mention.reason
    assert resolve("Tòa án nhân dân khu vực 2", "lam-dong").agency_id != resolve("Tòa án nhân dân khu vực 3", "lam-dong").agency_id


BODY = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Số: 12/KH-TA",
        "Đà Lạt, ngày 10 tháng 9 năm 2025", "KẾ HOẠCH", "Triển khai công tác năm 2025", "I. MỤC ĐÍCH",
        "1. Bảo đảm thực hiện đúng quy định.", "Nơi nhận:", "- Như trên;", "CHÁNH ÁN", "Nguyễn Văn An"]
HEADERS = [
    (["TÒA ÁN NHÂN DÂN TỐI CAO", "TÒA ÁN NHÂN DÂN KHU VỰC 2 - TỈNH LÂM ĐỒNG"], "lam-dong/toa-an-nhan-dan-khu-vuc-2"),
    (["VIỆN KIỂM SÁT NHÂN DÂN TỈNH LÂM ĐỒNG", "VIỆN KIỂM SÁT NHÂN DÂN KHU VỰC 4"], "lam-dong/vien-kiem-sat-nhan-dan-khu-vuc-4"),
    (["BỘ TÀI CHÍNH", "KHO BẠC NHÀ NƯỚC KHU VỰC XV"], "viet-nam/kho-bac-nha-nuoc-khu-vuc-xv"),
    (["THUẾ TỈNH LÂM ĐỒNG", "THUẾ CƠ SỞ 3 TỈNH LÂM ĐỒNG"], "lam-dong/thue-co-so-3"),
]


@pytest.mark.parametrize("form", ["text", "html", "docx"])
@pytest.mark.parametrize("header, agency_id", HEADERS)
def test_a_regional_issuer_resolves_from_its_heading(tmp_path, header, agency_id, form):
    issuer = processed(tmp_path, header + BODY, form).metadata.issuer
    assert issuer.agency is not None and issuer.agency.agency_id == agency_id


# Real syllables one letter off a listed commune: another commune (missing from the list), never the listed one.
@pytest.mark.parametrize("printed", ["UBND xã Bò Gia Mập", "Ủy ban nhân dân xã Bù Gio Mập", "UBND xã Bù Gia Mậu"])
def test_a_commune_of_real_syllables_near_a_listed_one_is_not_it(printed):
    mention = resolve(printed, "dong-nai")
    assert mention.agency_id is None and mention.reason


def test_a_misread_commune_still_resolves():
    assert resolve("UBND xã Bù Gia Mậpp", "dong-nai").agency_id == "dong-nai.xa-bu-gia-map/uy-ban-nhan-dan"


def test_the_database_holds_the_regional_body_a_document_names(tmp_path):
    """A regional body is made when named, as a commune's: the document's rows bring its agencies row."""
    import sqlite3

    from pipeline.ingest import ingest

    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "plan.txt").write_text("\n".join(HEADERS[0][0] + BODY) + "\n", encoding="utf-8")
    db_path = tmp_path / "out.db"
    assert ingest([folder], db_path=db_path, json_dir=tmp_path / "json", workers=1).ok
    with sqlite3.connect(db_path) as conn:
        row = conn.execute("SELECT canonical_name FROM agencies WHERE id = ?", [HEADERS[0][1]]).fetchone()
        assert row == ("Tòa án nhân dân khu vực 2 - tỉnh Lâm Đồng",)
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
