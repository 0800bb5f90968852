"""A court, a procuracy or the tax office named without its place ("Tòa án", "VKSND", "Thuế") is the province's only in a
province's plan: a commune's plan (since 2025) or a district's (before) means the one of its own region or district,
which the registry does not hold, so the name stays unresolved (reported, never dropped). With the province's name or
"tỉnh" it is the province's anywhere."""
import pytest

from conftest import write_with_table
from pipeline.run import process
from pipeline.stages.agencies import resolve

BARE = ["Tòa án", "Viện kiểm sát", "Tòa án nhân dân", "Viện kiểm sát nhân dân", "TAND", "VKSND", "Viện KSND", "VKS",
        "Thuế", "Cơ quan Thuế"]

COMMUNE, DISTRICT_BEFORE_2025, PROVINCE = "nghe-an.xa-hung-nguyen", "ha-giang.huyen-bac-quang", "nghe-an"


@pytest.mark.parametrize("place", [COMMUNE, DISTRICT_BEFORE_2025])
@pytest.mark.parametrize("name", BARE)
def test_bare_court_procuracy_tax_below_the_province_stay_unresolved(name, place):
    mention = resolve(name, place)
    assert mention.agency_id is None and mention.match == "unresolved"
    assert "below the province" in mention.reason


@pytest.mark.parametrize("name, expected", [("Tòa án", "nghe-an/toa-an-nhan-dan"), ("VKSND", "nghe-an/vien-kiem-sat-nhan-dan"),
                                            ("Viện kiểm sát", "nghe-an/vien-kiem-sat-nhan-dan"), ("Thuế", "nghe-an/thue")])
def test_bare_court_procuracy_tax_in_a_provinces_plan_are_the_provinces(name, expected):
    assert resolve(name, PROVINCE).agency_id == expected


@pytest.mark.parametrize("place", [COMMUNE, DISTRICT_BEFORE_2025])
@pytest.mark.parametrize("name, body", [("Tòa án tỉnh", "toa-an-nhan-dan"), ("Viện kiểm sát nhân dân tỉnh", "vien-kiem-sat-nhan-dan"),
                                        ("VKSND tỉnh", "vien-kiem-sat-nhan-dan")])
def test_with_the_province_named_they_are_the_provinces_below_it_too(name, body, place):
    province = place.split(".")[0]
    assert resolve(name, place).agency_id == f"{province}/{body}"
    named = "Nghệ An" if province == "nghe-an" else "Hà Giang"
    assert resolve(f"{name.removesuffix(' tỉnh')} tỉnh {named}", place).agency_id == f"{province}/{body}"


@pytest.mark.parametrize("name", ["Tòa án", "Viện kiểm sát", "TAND"])
def test_a_ministrys_plan_resolves_no_bare_court(name):
    assert resolve(name, "viet-nam").agency_id is None


def test_a_regional_court_by_its_number_still_resolves_in_a_communes_plan():
    assert resolve("Tòa án nhân dân khu vực 3", COMMUNE).agency_id == "nghe-an/toa-an-nhan-dan-khu-vuc-3"


def test_police_still_resolve_by_the_plans_level():
    assert resolve("Công an", COMMUNE).agency_id == f"{COMMUNE}/cong-an"
    assert resolve("Công an", PROVINCE).agency_id == "nghe-an/cong-an"


_MOTTO = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"]
_CLOSING = ["III. TỔ CHỨC THỰC HIỆN", "1. Các đơn vị triển khai thực hiện.", "Nơi nhận:", "- Như trên;", "- Lưu: VT.",
            "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Trần Văn Bình"]


def _plan(header: list[str], place_line: str) -> list[str]:
    return [*header, "-------", *_MOTTO, "Số: 57/KH-UBND", f"{place_line}, ngày 12 tháng 9 năm 2025", "KẾ HOẠCH",
            "Phòng, chống tội phạm và vi phạm pháp luật năm 2025", "I. MỤC ĐÍCH", "1. Giữ vững an ninh, trật tự.",
            "II. NHIỆM VỤ CỤ THỂ"]


_ROWS = [["STT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành"],
         ["1", "Tuyên truyền pháp luật về hình sự", "Viện kiểm sát", "Tòa án", "Quý IV/2025"],
         ["2", "Giải quyết đơn thư tố cáo", "Công an", "VKSND", "Thường xuyên"]]


@pytest.mark.parametrize("form", ["html", "docx"])
def test_a_communes_task_table_keeps_the_bare_court_unresolved(tmp_path, form):
    doc = process(write_with_table(tmp_path, _plan(["ỦY BAN NHÂN DÂN", "XÃ HƯNG NGUYÊN"], "Hưng Nguyên"), _ROWS, _CLOSING, form))
    assert doc.metadata.jurisdiction == COMMUNE
    first, second = doc.tasks
    assert [(m.name, m.agency_id) for m in first.lead + first.support] == [("Viện kiểm sát", None), ("Tòa án", None)]
    assert [(m.name, m.agency_id) for m in second.lead + second.support] == [("Công an", f"{COMMUNE}/cong-an"), ("VKSND", None)]
    reported = " ".join(w.message for w in doc.warnings if w.code == "unresolved_agency")
    assert "Viện kiểm sát" in reported and "Tòa án" in reported


def test_a_provinces_task_table_gives_the_provinces_court(tmp_path):
    doc = process(write_with_table(tmp_path, _plan(["ỦY BAN NHÂN DÂN", "TỈNH NGHỆ AN"], "Nghệ An"), _ROWS, _CLOSING, "html"))
    first, second = doc.tasks
    assert [m.agency_id for m in first.lead + first.support] == ["nghe-an/vien-kiem-sat-nhan-dan", "nghe-an/toa-an-nhan-dan"]
    assert [m.agency_id for m in second.lead + second.support] == ["nghe-an/cong-an", "nghe-an/vien-kiem-sat-nhan-dan"]
