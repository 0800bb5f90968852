"""Review of s43's agency resolution: a body named with what it became, its region or its predecessor in brackets.

Every fixture is written for the test, in the forms Lâm Đồng plans print them:
- the body it became in brackets, in wordings beyond "nay là" ("(nay là: …)", "(nay thuộc …)", "(hiện là …)", "(sau
  sáp nhập là …)"), after a bracket not at the cell's end ("… (nay là …) và Sở Tài chính") or before a trailing comma:
  the former body (a confident wrong value). Now the successor, the name as printed, the cell cut outside brackets only;
- a region in brackets on bodies joined by "và", the region repeated in brackets ("(Kho bạc Nhà nước khu vực XV)"),
  abbreviated ("(KV XV)"), in the middle of a name, on a central body ("Cục Hải quan (khu vực II)", "(Chi nhánh …)"):
  the province's or the nation's body. Now the region's body or unresolved;
- a role, not a body, after "nay là" ("(nay là đơn vị đầu mối)"): was unresolved (a lead lost). Now the named body
  with the bracket as its remark; a place after "nay là" ("UBND xã A (nay là xã B)"): that place's committee or
  unresolved, never the former one;
- a bracket naming the former body ("Sở Nội vụ (Sở Nội vụ cũ)", "Sở Y tế (Trạm Y tế cũ)"): today's body. The former
  mark is the bracket's only where the registry's successions give its body as the named one's predecessor.
"""

from __future__ import annotations

import pytest

from pipeline.stages.agencies import _with_remark


def _one(name: str, place: str | None = "lam-dong"):
    found = _with_remark(name, place, True, False)
    assert len(found) == 1, found
    return found[0]


# --- 1. the body it became in brackets

@pytest.mark.parametrize("printed, agency_id", [
    ("Sở Tài nguyên và Môi trường (nay là: Sở Nông nghiệp và Môi trường)", "lam-dong/so-nong-nghiep-va-moi-truong"),
    ("Sở Tài nguyên và Môi trường (nay thuộc Sở Nông nghiệp và Môi trường)", "lam-dong/so-nong-nghiep-va-moi-truong"),
    ("Sở Thông tin và Truyền thông (nay hợp nhất thành Sở Khoa học và Công nghệ)", "lam-dong/so-khoa-hoc-va-cong-nghe"),
    ("Sở Kế hoạch và Đầu tư (nay được hợp nhất thành Sở Tài chính)", "lam-dong/so-tai-chinh"),
    ("Ban Dân tộc (nay được đổi tên thành Sở Dân tộc và Tôn giáo)", "lam-dong/so-dan-toc-va-ton-giao"),
    ("Sở Giao thông vận tải (sau sáp nhập là Sở Xây dựng)", "lam-dong/so-xay-dung"),
    ("Sở Lao động - Thương binh và Xã hội (đã hợp nhất vào Sở Nội vụ)", "lam-dong/so-noi-vu"),
    ("Sở Kế hoạch và Đầu tư (hiện là Sở Tài chính)", "lam-dong/so-tai-chinh"),
    ("Sở Kế hoạch và Đầu tư (Nay là : Sở Tài chính)", "lam-dong/so-tai-chinh"),
    ("Sở Tài nguyên và Môi trường (nay là Sở Nông nghiệp và Môi trường),", "lam-dong/so-nong-nghiep-va-moi-truong"),
    ("Sở Kế hoạch và Đầu tư (nay là Sở Tài chính);", "lam-dong/so-tai-chinh"),
])
def test_the_body_it_became_in_brackets_is_the_successor(printed, agency_id):
    mention = _one(printed)
    assert mention.agency_id == agency_id
    assert mention.name == printed.rstrip(",;") and mention.remark


@pytest.mark.parametrize("printed, expected", [
    ("Sở Thông tin và Truyền thông (nay là Sở Khoa học và Công nghệ) và Sở Tài chính",
     ["lam-dong/so-khoa-hoc-va-cong-nghe", "lam-dong/so-tai-chinh"]),
    ("Sở Kế hoạch và Đầu tư (nay là Sở Tài chính) và Sở Y tế", ["lam-dong/so-tai-chinh", "lam-dong/so-y-te"]),
    ("Sở Tài nguyên và Môi trường (nay là Sở Nông nghiệp và Môi trường); Sở Xây dựng",
     ["lam-dong/so-nong-nghiep-va-moi-truong", "lam-dong/so-xay-dung"]),
])
def test_a_successor_bracket_before_another_body_is_cut_outside_it(printed, expected):
    found = _with_remark(printed, "lam-dong", True, False)
    assert [m.agency_id for m in found] == expected
    assert all(m.name.count("(") == m.name.count(")") for m in found)


# --- 2. a region in brackets

@pytest.mark.parametrize("printed, expected", [
    ("Viện kiểm sát nhân dân (khu vực 4) và Tòa án nhân dân (khu vực 2)",
     ["lam-dong/vien-kiem-sat-nhan-dan-khu-vuc-4", "lam-dong/toa-an-nhan-dan-khu-vuc-2"]),
    ("Tòa án nhân dân (khu vực 2) và Kho bạc Nhà nước (khu vực XV)",
     ["lam-dong/toa-an-nhan-dan-khu-vuc-2", "viet-nam/kho-bac-nha-nuoc-khu-vuc-xv"]),
    ("Viện kiểm sát nhân dân (khu vực 4) và Sở Tư pháp", ["lam-dong/vien-kiem-sat-nhan-dan-khu-vuc-4", "lam-dong/so-tu-phap"]),
])
def test_regions_in_brackets_on_bodies_joined_by_va(printed, expected):
    found = _with_remark(printed, "lam-dong", True, False)
    assert [m.agency_id for m in found] == expected
    assert all("(" not in m.name or m.name.count("(") == 1 for m in found)


@pytest.mark.parametrize("printed, allowed", [
    ("Kho bạc Nhà nước (Kho bạc Nhà nước khu vực XV)", {None, "viet-nam/kho-bac-nha-nuoc-khu-vuc-xv"}),
    ("Kho bạc Nhà nước (KV XV)", {None, "viet-nam/kho-bac-nha-nuoc-khu-vuc-xv"}),
    ("Kho bạc Nhà nước (Kv 15)", {None, "viet-nam/kho-bac-nha-nuoc-khu-vuc-xv"}),
    ("Tòa án nhân dân (khu vực 2) tỉnh Lâm Đồng", {None, "lam-dong/toa-an-nhan-dan-khu-vuc-2"}),
    ("Viện kiểm sát nhân dân (khu vực 4) Lâm Đồng", {None, "lam-dong/vien-kiem-sat-nhan-dan-khu-vuc-4"}),
    ("Cục Hải quan (khu vực II)", {None}),
    ("Cục Thuế (khu vực 3)", {None}),
    ("Ngân hàng Nhà nước (Chi nhánh Lâm Đồng)", {None}),
    ("Ngân hàng Nhà nước (chi nhánh tỉnh)", {None}),
])
def test_a_region_or_branch_in_brackets_is_never_the_provinces_or_nations_body(printed, allowed):
    assert _one(printed).agency_id in allowed


# --- 3. a role or a place after "nay là"

@pytest.mark.parametrize("printed, agency_id, remark", [
    ("Sở Tài chính (nay là đơn vị đầu mối)", "lam-dong/so-tai-chinh", "nay là đơn vị đầu mối"),
    ("Sở Y tế (nay là cơ quan thường trực)", "lam-dong/so-y-te", "nay là cơ quan thường trực"),
    ("Sở Nội vụ (nay là đầu mối)", "lam-dong/so-noi-vu", "nay là đầu mối"),
    ("Công an tỉnh (nay là cơ quan chủ trì)", "lam-dong/cong-an", "nay là cơ quan chủ trì"),
    ("Sở Xây dựng (hiện là đơn vị thường trực)", "lam-dong/so-xay-dung", "hiện là đơn vị thường trực"),
])
def test_a_role_after_nay_la_keeps_the_named_body(printed, agency_id, remark):
    mention = _one(printed)
    assert (mention.agency_id, mention.remark) == (agency_id, remark)


@pytest.mark.parametrize("printed, former", [
    ("UBND xã Lộc Thành (nay là xã Bảo Lâm 1)", "lam-dong/uy-ban-nhan-dan-xa-loc-thanh"),
    ("UBND huyện Lạc Dương (nay là xã Lạc Dương)", "lam-dong/uy-ban-nhan-dan-huyen-lac-duong"),
    ("Ủy ban nhân dân huyện Đức Trọng (nay là xã Đức Trọng)", "lam-dong/uy-ban-nhan-dan-huyen-duc-trong"),
])
def test_a_place_after_nay_la_is_never_the_former_units_body(printed, former):
    mention = _one(printed)
    assert mention.agency_id != former
    assert mention.agency_id is None or ".xa-" in mention.agency_id


# --- 4. a former body named in the bracket

@pytest.mark.parametrize("printed", [
    "Sở Nội vụ (Sở Nội vụ cũ)",
    "Sở Y tế (Trạm Y tế cũ)",
    "Sở Tài chính (Kho bạc cũ)",
    "Sở Xây dựng (Sở Tài chính cũ)",
    "Sở Tư pháp (Sở Tư pháp tỉnh cũ)",
])
def test_a_bracket_naming_no_predecessor_still_says_former(printed):
    mention = _one(printed)
    assert mention.agency_id is None and "former" in mention.reason


def test_a_former_provinces_body_with_a_former_mark_in_brackets_stays_the_former_one():
    """Đắk Nông's Sở Tài chính is itself a former body: kept, the mark its own (no out-of-time warning), never today's."""
    mention = _one("Sở Tài chính tỉnh Đắk Nông (Sở Tài chính cũ)")
    assert mention.agency_id in (None, "dak-nong/so-tai-chinh")


@pytest.mark.parametrize("printed, agency_id", [
    ("Sở Tài chính (Sở Kế hoạch và Đầu tư cũ)", "lam-dong/so-tai-chinh"),
    ("Sở Xây dựng (Sở Giao thông vận tải cũ)", "lam-dong/so-xay-dung"),
    ("Sở Nông nghiệp và Môi trường (Sở Tài nguyên và Môi trường cũ)", "lam-dong/so-nong-nghiep-va-moi-truong"),
])
def test_a_bracket_naming_a_predecessor_is_todays_body(printed, agency_id):
    assert _one(printed).agency_id == agency_id


# --- through a plan's task table

CELLS = [
    ("Sở Tài nguyên và Môi trường (nay là: Sở Nông nghiệp và Môi trường)", "Sở Y tế (nay là cơ quan thường trực)"),
    ("Viện kiểm sát nhân dân (khu vực 4) và Tòa án nhân dân (khu vực 2)",
     "Sở Thông tin và Truyền thông (nay là Sở Khoa học và Công nghệ) và Sở Tài chính"),
    ("Sở Tài chính (nay là đơn vị đầu mối)", "Sở Nội vụ (Sở Nội vụ cũ)"),
]
EXPECTED = [
    (["lam-dong/so-nong-nghiep-va-moi-truong"], ["lam-dong/so-y-te"]),
    (["lam-dong/vien-kiem-sat-nhan-dan-khu-vuc-4", "lam-dong/toa-an-nhan-dan-khu-vuc-2"],
     ["lam-dong/so-khoa-hoc-va-cong-nghe", "lam-dong/so-tai-chinh"]),
    (["lam-dong/so-tai-chinh"], [None]),
]


@pytest.mark.parametrize("form", ["html", "text"])
def test_brackets_in_a_lam_dong_plans_task_table(tmp_path, form):
    from conftest import write_with_table
    from pipeline.run import process
    before = ["ỦY BAN NHÂN DÂN", "TỈNH LÂM ĐỒNG", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
              "Số: 231/KH-UBND", "Lâm Đồng, ngày 9 tháng 9 năm 2025", "KẾ HOẠCH", "Chuyển đổi số năm 2025",
              "I. MỤC ĐÍCH", "Bảo đảm tiến độ.", "II. NHIỆM VỤ"]
    rows = [["STT", "Nội dung", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành"]]
    rows += [[str(k), f"Nhiệm vụ số {k} về chuyển đổi số", lead, sup, "Tháng 12/2025"] for k, (lead, sup) in enumerate(CELLS, 1)]
    after = ["Nơi nhận:", "- Sở Tài chính;", "- Lưu: VT, KT.", "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH",
             "Nguyễn Văn Hải"]
    doc = process(write_with_table(tmp_path, before, rows, after, form))
    got = [([m.agency_id for m in t.lead], [m.agency_id for m in t.support]) for t in doc.tasks]
    assert got == EXPECTED


# --- 5. a regional or multi-province issuer has no province of its own

LETTER = ["Kính gửi: Các sở, ban, ngành", "Đề nghị các đơn vị phối hợp đối chiếu số liệu đúng thời hạn./.",
          "Nơi nhận:", "- Như trên;", "- Lưu: VT.", "KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Đỗ Minh Quân"]
MOTTO = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"]


@pytest.mark.parametrize("header", [
    ["BỘ TÀI CHÍNH", "KHO BẠC NHÀ NƯỚC KHU VỰC XV"],
    ["BẢO HIỂM XÃ HỘI VIỆT NAM", "BẢO HIỂM XÃ HỘI KHU VỰC XXV"],
    ["TẬP ĐOÀN ĐIỆN LỰC VIỆT NAM", "TỔNG CÔNG TY ĐIỆN LỰC MIỀN NAM"],
    ["TẬP ĐOÀN ĐIỆN LỰC VIỆT NAM", "TỔNG CÔNG TY ĐIỆN LỰC MIỀN TRUNG"],
])
def test_a_multi_province_issuers_collective_is_no_provinces(tmp_path, header):
    from conftest import write_in_form
    from pipeline.run import process
    doc = process(write_in_form(tmp_path, [*header, *MOTTO, "Số: 315/KBKV-KSTT", "Lâm Đồng, ngày 14 tháng 8 năm 2025",
                                           "V/v phối hợp đối chiếu số liệu năm 2025", *LETTER], "text"))
    assert doc.metadata.jurisdiction is None
    assert "jurisdiction_undecided" in {w.code for w in doc.warnings}
    assert all(a.agency is None or a.agency.agency_id is None or not a.agency.agency_id.startswith("lam-dong/")
               for a in doc.metadata.addressees)
