"""Plans of the communes since 1 July 2025 (s36-commune): the commune council's boards and the associations every
commune has resolve to the commune's own body, never to the province's of the same name; "UBND các thôn, tổ dân phố"
names no body of the plan's own (it had become the commune's Ủy ban nhân dân beside the villages); the villages as a
class ("các thôn", "các ấp, khu phố") resolve as one collective, a named village stays unresolved."""

from __future__ import annotations

import pytest

from conftest import write_in_form, write_with_table
from pipeline.run import process
from pipeline.stages.agencies import resolve, resolve_all

# (a commune's jurisdiction id, how its plans print its kind) of three provinces and each kind
COMMUNES = [("lam-dong.xa-tan-minh", "xã"), ("tuyen-quang.phuong-an-tuong", "phường"), ("an-giang.dac-khu-phu-quoc", "đặc khu"),
            ("ninh-binh.xa-tan-minh", "xã")]
# (printed in the commune's own plan, the "*xã" body it names); {k}: the commune's kind word
OWN_BODIES = [("Hội Chữ thập đỏ", "hoi-chu-thap-do"), ("Hội CTĐ {k}", "hoi-chu-thap-do"),
              ("Hội Người cao tuổi {k}", "hoi-nguoi-cao-tuoi"), ("Hội NCT", "hoi-nguoi-cao-tuoi"),
              ("Hội Khuyến học {k}", "hoi-khuyen-hoc"), ("Ban Pháp chế HĐND", "ban-phap-che-hoi-dong-nhan-dan"),
              ("Ban Kinh tế - Ngân sách HĐND {k}", "ban-kinh-te-ngan-sach-hoi-dong-nhan-dan"),
              ("Ban Văn hóa - Xã hội Hội đồng nhân dân {k}", "ban-van-hoa-xa-hoi-hoi-dong-nhan-dan"),
              ("Văn phòng UBND {k}", "van-phong-hoi-dong-nhan-dan-va-uy-ban-nhan-dan"),
              ("Văn phòng Ủy ban nhân dân", "van-phong-hoi-dong-nhan-dan-va-uy-ban-nhan-dan")]


@pytest.mark.parametrize("printed, body", OWN_BODIES)
@pytest.mark.parametrize("commune, kind", COMMUNES)
def test_a_communes_own_body_named_bare_is_the_communes(commune, kind, printed, body):
    mention = resolve(printed.format(k=kind), commune)
    assert mention.agency_id == f"{commune}/{body}", (printed, mention.agency_id, mention.reason)


@pytest.mark.parametrize("printed, agency_id", [
    ("Hội Chữ thập đỏ tỉnh", "lam-dong/hoi-chu-thap-do"), ("Văn phòng UBND tỉnh", "lam-dong/van-phong-uy-ban-nhan-dan"),
    ("Ban Kinh tế - Ngân sách HĐND tỉnh", "lam-dong/ban-kinh-te-ngan-sach-hoi-dong-nhan-dan")])
def test_the_provinces_body_named_with_its_level_stays_the_provinces(printed, agency_id):
    assert resolve(printed, "lam-dong.xa-tan-minh").agency_id == agency_id


@pytest.mark.parametrize("printed, place, agency_id", [
    ("Hội Chữ thập đỏ xã Di Linh", "lam-dong", "lam-dong.xa-di-linh/hoi-chu-thap-do"),
    ("Ban Pháp chế HĐND phường An Tường", "tuyen-quang", "tuyen-quang.phuong-an-tuong/ban-phap-che-hoi-dong-nhan-dan"),
    ("Hội Người cao tuổi xã Tân Minh", "ninh-binh", "ninh-binh.xa-tan-minh/hoi-nguoi-cao-tuoi"),
    ("Hội Người cao tuổi xã Tân Minh", None, None),  # three provinces have a xã Tân Minh: no guess without one
    ("Hội Chữ thập đỏ", "lam-dong", "lam-dong/hoi-chu-thap-do")])  # the province's own plan: its own
def test_a_communes_body_named_with_its_commune(printed, place, agency_id):
    mention = resolve(printed, place)
    assert mention.agency_id == agency_id, mention.reason
    if agency_id is None:
        assert mention.reason.startswith("ambiguous: ")


@pytest.mark.parametrize("place", ["lam-dong.xa-tan-minh", "lam-dong", "tuyen-quang.phuong-an-tuong"])
@pytest.mark.parametrize("printed", ["UBND các thôn, tổ dân phố", "Ủy ban nhân dân các thôn, bản", "UBND các ấp, khu phố"])
def test_a_bare_kind_before_the_units_is_no_body_of_the_plans_own(printed, place):
    """Each unit's body, which a village has not: unresolved, never the plan's own Ủy ban nhân dân beside the villages."""
    mentions = resolve_all(printed, place)
    assert [m.name for m in mentions] == [printed] and mentions[0].agency_id is None and mentions[0].reason


def test_the_committee_and_the_villages_joined_by_va_are_both():
    mentions = resolve_all("UBND xã và các thôn, tổ dân phố", "lam-dong.xa-tan-minh")
    assert [m.agency_id for m in mentions] == ["lam-dong.xa-tan-minh/uy-ban-nhan-dan", "lam-dong/thon-va-to-dan-pho"]


# A kind alone ("các thôn", "các tổ dân phố") is no alias: "thôn" is also a unit of count in an indicator table
# ("Số thôn có nhà văn hóa | thôn"), and a unit that resolved to a body turned the unit column into a body column
@pytest.mark.parametrize("printed", ["các thôn, bản", "các thôn, buôn, tổ dân phố", "các ấp, khu phố"])
def test_the_villages_as_a_class_are_the_collective(printed):
    assert resolve(printed, "lam-dong.xa-tan-minh").agency_id == "lam-dong/thon-va-to-dan-pho"


@pytest.mark.parametrize("printed", ["Thôn 3", "Thôn Tân Lập", "Khu phố 2", "Tổ dân phố số 5"])
def test_one_named_village_is_no_body_of_the_registry(printed):
    mention = resolve(printed, "lam-dong.xa-tan-minh")
    assert mention.agency_id is None and mention.reason


# A commune's plan with a task table, in three forms: the lead and support columns name the bodies above.
HEAD = ["ỦY BAN NHÂN DÂN", "XÃ DI LINH", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
        "Số: 15/KH-UBND", "Di Linh, ngày 12 tháng 02 năm 2026", "KẾ HOẠCH", "Chăm sóc người cao tuổi năm 2026",
        "I. MỤC ĐÍCH, YÊU CẦU", "Bảo đảm quyền của người cao tuổi.", "II. NHIỆM VỤ CỤ THỂ"]
TABLE = [["STT", "Nội dung", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian"],
         ["1", "Lập danh sách người cao tuổi", "Hội Người cao tuổi xã", "UBND các thôn, tổ dân phố", "Quý I/2026"],
         ["2", "Thăm hỏi, tặng quà", "Hội Chữ thập đỏ", "Văn phòng UBND xã; Hội Khuyến học", "Tháng 9/2026"],
         ["3", "Giám sát thực hiện", "Ban Văn hóa - Xã hội HĐND xã", "Phòng Văn hóa - Xã hội", "Năm 2026"]]
TAIL = ["III. TỔ CHỨC THỰC HIỆN", "Các cơ quan triển khai thực hiện.", "Nơi nhận:", "- Lưu: VT.", "TM. ỦY BAN NHÂN DÂN",
        "CHỦ TỊCH", "Lê Văn Tâm"]
EXPECTED = [(["lam-dong.xa-di-linh/hoi-nguoi-cao-tuoi"], [None]),
            (["lam-dong.xa-di-linh/hoi-chu-thap-do"],
             ["lam-dong.xa-di-linh/van-phong-hoi-dong-nhan-dan-va-uy-ban-nhan-dan", "lam-dong.xa-di-linh/hoi-khuyen-hoc"]),
            (["lam-dong.xa-di-linh/ban-van-hoa-xa-hoi-hoi-dong-nhan-dan"], ["lam-dong.xa-di-linh/phong-van-hoa-xa-hoi"])]


def _write(tmp_path, form: str):
    if form != "text":
        return write_with_table(tmp_path, HEAD, TABLE, TAIL, form)
    return write_in_form(tmp_path, HEAD + ["| " + " | ".join(row) + " |" for row in TABLE] + TAIL, "text")


@pytest.mark.parametrize("form", ["text", "html", "docx"])
def test_a_communes_task_table_names_its_own_bodies(tmp_path, form):
    doc = process(_write(tmp_path, form))
    assert doc.metadata.jurisdiction == "lam-dong.xa-di-linh"
    got = [([m.agency_id for m in task.lead], [m.agency_id for m in task.support]) for task in doc.tasks]
    assert got == EXPECTED
    names = [m.name for task in doc.tasks for m in task.support]
    assert "UBND các thôn, tổ dân phố" in names  # kept whole and reported, not dropped


# A xã and a đặc khu have a Phòng Kinh tế, a phường a Phòng Kinh tế, Hạ tầng và Đô thị in its place (Nghị định số
# 150/2025/NĐ-CP): the office a commune's kind lacks is no body of it, in its own plan or named with it elsewhere.
OFFICES = [("lam-dong.xa-tan-minh", "lam-dong", "xã Tân Minh", "phong-kinh-te"),
           ("an-giang.dac-khu-phu-quoc", "an-giang", "đặc khu Phú Quốc", "phong-kinh-te"),
           ("tuyen-quang.phuong-an-tuong", "tuyen-quang", "phường An Tường", "phong-kinh-te-ha-tang-va-do-thi")]


@pytest.mark.parametrize("printed", ["Phòng Kinh tế", "Phòng Kinh tế, Hạ tầng và Đô thị", "Phòng Kinh tế - Hạ tầng - Đô thị"])
@pytest.mark.parametrize("commune, province, named, office", OFFICES)
def test_a_commune_has_the_economic_office_of_its_kind_only(commune, province, named, office, printed):
    printed_office = "phong-kinh-te" if printed == "Phòng Kinh tế" else "phong-kinh-te-ha-tang-va-do-thi"
    expected = f"{commune}/{office}" if printed_office == office else None
    for mention in (resolve(printed, commune), resolve(f"{printed} {named}", province)):
        assert mention.agency_id == expected, (printed, named, mention.reason)
    if expected is None:
        assert "has no Phòng Kinh tế" in resolve(f"{printed} {named}", province).reason


@pytest.mark.parametrize("printed, agency_id", [
    ("Hội Chữ thập đỏ các xã, phường", "lam-dong/hoi-chu-thap-do-cap-xa"), ("Hội CTĐ các xã", "lam-dong/hoi-chu-thap-do-cap-xa"),
    ("Hội Người cao tuổi các xã, phường, đặc khu", "lam-dong/hoi-nguoi-cao-tuoi-cap-xa"),
    ("Hội Khuyến học các phường, xã", "lam-dong/hoi-khuyen-hoc-cap-xa")])
def test_a_provinces_plan_addresses_the_communes_associations_together(printed, agency_id):
    mention = resolve(printed, "lam-dong")
    assert mention.agency_id == agency_id and mention.canonical_name.endswith("cấp xã (tỉnh Lâm Đồng)")
