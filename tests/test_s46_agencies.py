"""Bodies named in task cells and recipient lines, fourth blind round (s46): s45's leftovers and the bodies of 2025.

Every cell below is written for the test, in the forms plans print their "Cơ quan chủ trì" / "Cơ quan phối hợp" cells
and their "Nơi nhận" lines since the restructuring of 2025 (none copied from a document). What the code read wrong
before:
- a bare body word ending a list ("…, Bảo hiểm xã hội tỉnh, Công an", "Liên đoàn Lao động tỉnh, Tỉnh Đoàn"): glued to
  the name before it, both lost (unresolved). It is now its own body where the list proves its level: every other body
  the document's place's own at one level (the province's: its police; a commune's offices: the commune's police);
  anything else (a ministry, a post, a collective of the communes, a name that does not resolve) keeps it whole;
- a kind word shared by a list printed in capitals ("SỞ TÀI CHÍNH, TƯ PHÁP", "BỘ TƯ PHÁP, CÔNG AN"): the items took the
  kind word capitalized ("Sở TƯ PHÁP"), whose "TƯ" reads as Trung ương, so the list stayed one unresolved name;
- "Sở Công an tỉnh" (no such Sở): read as the province's departments ("Sở" alone as "các sở") and its police; a kind
  word alone before a name now heads it: unresolved as printed, never two bodies;
- a commune's plan naming its Ủy ban MTTQ "và các tổ chức chính trị - xã hội": the province's collective; now the
  commune's (agencies.csv *xã);
- "Trung tâm HCC tỉnh" / "Trung tâm Hành chính công" (the one-stop centre's short and earlier name): unresolved.
Guards, read right before and kept: the 2025 departments and ministries (names, abbreviations, shared kind words),
the commune bodies of a province's plan and of a commune's, the Mặt trận with the mass organisations, the Party
bodies of 2025, a former body named with its successor in brackets, a post or a board's list kept whole.
"""

from __future__ import annotations

import pytest

from page_fields import processed
from pipeline.stages.agencies import agencies_by_role, resolve_names

LD = "lam-dong"
XA = "lam-dong.xa-di-linh"
HN = "ha-noi"


def _read(cell: str, place: str = LD, column: str = "lead") -> list[str]:
    """"role:agency id" for each body of a cell, "role:?name as printed" for one that does not resolve."""
    return [f"{role}:{m.agency_id or '?' + m.name}" for role, names in agencies_by_role(cell, column).items()
            for m in resolve_names(names, place, True, False)]


def _ids(place: str, bodies: list[str]) -> list[str]:
    return [body if "/" in body or ":?" in body else body.replace(":", f":{place}/", 1) for body in bodies]


# --- 1. a bare body word ending a list: its own body where the list proves its level
BARE_ENDS = [
    ("Sở Nội vụ, Sở Tư pháp, Công an", LD, ["lead:so-noi-vu", "lead:so-tu-phap", "lead:cong-an"]),
    ("Sở Y tế, Sở Giáo dục và Đào tạo, Công an", LD, ["lead:so-y-te", "lead:so-giao-duc-va-dao-tao", "lead:cong-an"]),
    ("Sở Tài chính, Công an", LD, ["lead:so-tai-chinh", "lead:cong-an"]),
    ("Văn phòng UBND tỉnh, Sở Nội vụ, Công an", LD,
     ["lead:van-phong-uy-ban-nhan-dan", "lead:so-noi-vu", "lead:cong-an"]),
    ("Sở Y tế; Sở Tài chính, Công an", LD, ["lead:so-y-te", "lead:so-tai-chinh", "lead:cong-an"]),
    ("Sở Xây dựng, Sở Nông nghiệp và Môi trường, CÔNG AN", LD,
     ["lead:so-xay-dung", "lead:so-nong-nghiep-va-moi-truong", "lead:cong-an"]),
    ("Hội Cựu chiến binh tỉnh, Hội Nông dân tỉnh, Tỉnh đoàn", LD,
     ["lead:hoi-cuu-chien-binh", "lead:hoi-nong-dan", "lead:tinh-doan"]),
    ("Liên đoàn Lao động tỉnh, TỈNH ĐOÀN", LD, ["lead:lien-doan-lao-dong", "lead:tinh-doan"]),
    ("Ủy ban MTTQ Việt Nam tỉnh, Hội Nông dân, Tỉnh Đoàn", LD,
     ["lead:uy-ban-mat-tran-to-quoc-viet-nam", "lead:hoi-nong-dan", "lead:tinh-doan"]),
    ("Hội Liên hiệp Phụ nữ, Thành Đoàn", HN, ["lead:hoi-lien-hiep-phu-nu", "lead:tinh-doan"]),
    ("Sở Y tế (chủ trì), Sở Nội vụ, Công an", LD, ["lead:so-y-te", "support:so-noi-vu", "support:cong-an"]),
    # a commune's offices: the commune's police
    ("Phòng Kinh tế, Công an", XA, ["lead:phong-kinh-te", "lead:cong-an"]),
    ("Phòng Văn hóa - Xã hội, Trạm Y tế, Công an", XA, ["lead:phong-van-hoa-xa-hoi", "lead:tram-y-te", "lead:cong-an"]),
    ("Phòng Kinh tế, Văn hóa - Xã hội, Công an", XA, ["lead:phong-kinh-te", "lead:phong-van-hoa-xa-hoi", "lead:cong-an"]),
    ("Ban Chỉ huy Quân sự xã, Công an", XA, ["lead:ban-chi-huy-quan-su", "lead:cong-an"]),
    # no proof of the level: whole, unresolved as printed
    ("Bộ Y tế, Sở Tài chính, Công an", LD, ["lead:viet-nam/bo-y-te", "lead:?Sở Tài chính, Công an"]),
    ("UBND các xã, phường, đặc khu, Công an", LD, ["lead:?UBND các xã, phường, đặc khu, Công an"]),
    ("Sở Y tế, các bệnh viện, Công an", LD, ["lead:so-y-te", "lead:?các bệnh viện, Công an"]),
    ("Sở Y tế, Công an", XA, ["lead:?Sở Y tế, Công an"]),  # the province's department in a commune's plan
    ("Chánh Văn phòng UBND tỉnh, Công an", LD, ["lead:?Chánh Văn phòng UBND tỉnh, Công an"]),
    ("Trưởng Phòng Kinh tế, Công an", XA, ["lead:?Trưởng Phòng Kinh tế, Công an"]),
    # the shared kind word's last item, read before
    ("Bộ Tư pháp, Bộ Quốc phòng, Công an", LD,
     ["lead:viet-nam/bo-tu-phap", "lead:viet-nam/bo-quoc-phong", "lead:viet-nam/bo-cong-an"]),
    ("Bộ Tài chính, Nội vụ, Công an", LD,
     ["lead:viet-nam/bo-tai-chinh", "lead:viet-nam/bo-noi-vu", "lead:viet-nam/bo-cong-an"]),
]


@pytest.mark.parametrize("cell, place, bodies", BARE_ENDS)
def test_a_bare_body_word_ending_a_list(cell, place, bodies):
    assert _read(cell, place) == _ids(place, bodies)


# --- 2. a shared kind word in capitals; 3. a kind word alone before a body's name
CAPITALS_AND_KIND_WORDS = [
    ("SỞ TÀI CHÍNH, TƯ PHÁP", ["lead:so-tai-chinh", "lead:so-tu-phap"]),
    ("SỞ NỘI VỤ, TƯ PHÁP", ["lead:so-noi-vu", "lead:so-tu-phap"]),
    ("SỞ TƯ PHÁP, TÀI CHÍNH, NỘI VỤ", ["lead:so-tu-phap", "lead:so-tai-chinh", "lead:so-noi-vu"]),
    ("CÁC SỞ TƯ PHÁP, Y TẾ", ["lead:so-tu-phap", "lead:so-y-te"]),
    ("SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG, XÂY DỰNG", ["lead:so-nong-nghiep-va-moi-truong", "lead:so-xay-dung"]),
    ("SỞ DÂN TỘC VÀ TÔN GIÁO, NỘI VỤ", ["lead:so-dan-toc-va-ton-giao", "lead:so-noi-vu"]),
    ("BỘ TƯ PHÁP, CÔNG AN", ["lead:viet-nam/bo-tu-phap", "lead:viet-nam/bo-cong-an"]),
    ("BỘ NỘI VỤ, TÀI CHÍNH", ["lead:viet-nam/bo-noi-vu", "lead:viet-nam/bo-tai-chinh"]),
    ("CÁC SỞ: TƯ PHÁP, NỘI VỤ", ["lead:so-tu-phap", "lead:so-noi-vu"]),
    ("SỞ TƯ PHÁP", ["lead:so-tu-phap"]),
    ("Sở Công an tỉnh", ["lead:?Sở Công an tỉnh"]),
    ("SỞ CÔNG AN TỈNH", ["lead:?SỞ CÔNG AN TỈNH"]),
    ("Sở Công an", ["lead:?Sở Công an"]),
    ("Sở Nội vụ, Sở Công an tỉnh", ["lead:so-noi-vu", "lead:?Sở Công an tỉnh"]),
    # units of a central body's branch sharing their kind word
    ("Các Chi cục: Hải quan, Quản lý thị trường", ["lead:hai-quan", "lead:quan-ly-thi-truong"]),
    ("Các Cục: Thuế, Hải quan, Thống kê", ["lead:cuc-thue", "lead:hai-quan", "lead:thong-ke"]),
    ("Cục Thuế, Hải quan", ["lead:cuc-thue", "lead:hai-quan"]),
    ("Các Chi cục: Thuế, Hải quan", ["lead:?Chi cục Thuế", "lead:hai-quan"]),  # no province's "Chi cục Thuế"
    ("Chi cục Thuế, Hải quan", ["lead:?Chi cục Thuế, Hải quan"]),
]


@pytest.mark.parametrize("cell, bodies", CAPITALS_AND_KIND_WORDS)
def test_capitals_and_kind_words(cell, bodies):
    assert _read(cell) == _ids(LD, bodies)


# --- 4. the departments and ministries of 2025
DEPARTMENTS_2025 = [
    ("Sở Nông nghiệp và Môi trường", ["lead:so-nong-nghiep-va-moi-truong"]),
    ("Sở NN&MT", ["lead:so-nong-nghiep-va-moi-truong"]),
    ("Sở Dân tộc và Tôn giáo", ["lead:so-dan-toc-va-ton-giao"]),
    ("Sở DT&TG", ["lead:so-dan-toc-va-ton-giao"]),
    ("Sở KH&CN", ["lead:so-khoa-hoc-va-cong-nghe"]),
    ("Sở Văn hóa, thể thao và Du lịch", ["lead:so-van-hoa-the-thao-va-du-lich"]),
    ("Sở Nội vụ, Nông nghiệp và Môi trường, Dân tộc và Tôn giáo",
     ["lead:so-noi-vu", "lead:so-nong-nghiep-va-moi-truong", "lead:so-dan-toc-va-ton-giao"]),
    ("Các Sở: Xây dựng, Khoa học và Công nghệ, Nông nghiệp và Môi trường",
     ["lead:so-xay-dung", "lead:so-khoa-hoc-va-cong-nghe", "lead:so-nong-nghiep-va-moi-truong"]),
    ("Sở Dân tộc và Tôn giáo, Nội vụ", ["lead:so-dan-toc-va-ton-giao", "lead:so-noi-vu"]),
    ("Các sở: Nông nghiệp và Môi trường; Xây dựng; Dân tộc và Tôn giáo",
     ["lead:so-nong-nghiep-va-moi-truong", "lead:so-xay-dung", "lead:so-dan-toc-va-ton-giao"]),
    ("Bộ Nông nghiệp và Môi trường", ["lead:viet-nam/bo-nong-nghiep-va-moi-truong"]),
    ("Bộ Nội vụ, Dân tộc và Tôn giáo", ["lead:viet-nam/bo-noi-vu", "lead:viet-nam/bo-dan-toc-va-ton-giao"]),
    ("Bộ Khoa học và Công nghệ, Nông nghiệp và Môi trường",
     ["lead:viet-nam/bo-khoa-hoc-va-cong-nghe", "lead:viet-nam/bo-nong-nghiep-va-moi-truong"]),
    ("Các Bộ: Nội vụ, Xây dựng", ["lead:viet-nam/bo-noi-vu", "lead:viet-nam/bo-xay-dung"]),
    # a former body with today's in brackets: today's
    ("Sở Kế hoạch và Đầu tư (nay là Sở Tài chính)", ["lead:so-tai-chinh"]),
    ("Sở Lao động - Thương binh và Xã hội (nay là Sở Nội vụ)", ["lead:so-noi-vu"]),
    ("Sở Giao thông vận tải (nay là Sở Xây dựng)", ["lead:so-xay-dung"]),
    ("Sở Thông tin và Truyền thông (nay là Sở Khoa học và Công nghệ)", ["lead:so-khoa-hoc-va-cong-nghe"]),
    ("Ban Dân tộc tỉnh (nay là Sở Dân tộc và Tôn giáo)", ["lead:so-dan-toc-va-ton-giao"]),
    ("Bộ Kế hoạch và Đầu tư (nay là Bộ Tài chính)", ["lead:viet-nam/bo-tai-chinh"]),
]


@pytest.mark.parametrize("cell, bodies", DEPARTMENTS_2025)
def test_the_departments_and_ministries_of_2025(cell, bodies):
    assert _read(cell) == _ids(LD, bodies)


# --- 5. communes' bodies, the Mặt trận with the mass organisations, the Party bodies of 2025
COMMUNES_FRONT_PARTY = [
    ("UBND các xã, phường, đặc khu", LD, ["lead:uy-ban-nhan-dan-cap-xa"]),
    ("Công an các xã, phường, đặc khu", LD, ["lead:cong-an-cap-xa"]),
    ("Trạm Y tế các xã, phường", LD, ["lead:tram-y-te-cap-xa"]),
    ("Trung tâm Phục vụ hành chính công các xã, phường", LD, ["lead:trung-tam-phuc-vu-hanh-chinh-cong-cap-xa"]),
    ("Sở Y tế, Trạm Y tế các xã, phường, đặc khu", LD, ["lead:so-y-te", "lead:tram-y-te-cap-xa"]),
    ("UBND các xã, phường, đặc khu; Trung tâm Phục vụ hành chính công các xã, phường", LD,
     ["lead:uy-ban-nhan-dan-cap-xa", "lead:trung-tam-phuc-vu-hanh-chinh-cong-cap-xa"]),
    ("Trung tâm Phục vụ Hành chính công tỉnh", LD, ["lead:trung-tam-phuc-vu-hanh-chinh-cong"]),
    # the short name is no longer an alias of the province's centre (s46 review: every level's centre bore it)
    ("Trung tâm HCC tỉnh", LD, ["lead:?Trung tâm HCC tỉnh"]),
    ("Trung tâm Hành chính công tỉnh, UBND các xã, phường", LD,
     ["lead:?Trung tâm Hành chính công tỉnh", "lead:uy-ban-nhan-dan-cap-xa"]),
    ("Công an xã", LD, ["lead:?Công an xã"]),  # one commune's, unnamed, in a province's plan
    ("Trạm Y tế xã", LD, ["lead:?Trạm Y tế xã"]),
    ("Công an xã", XA, ["lead:cong-an"]),
    ("Trạm Y tế xã", XA, ["lead:tram-y-te"]),
    ("Trung tâm Phục vụ hành chính công xã", XA, ["lead:trung-tam-phuc-vu-hanh-chinh-cong"]),
    ("Trung tâm Hành chính công xã", XA, ["lead:trung-tam-phuc-vu-hanh-chinh-cong"]),
    ("Trung tâm Phục vụ hành chính công, Công an xã", XA, ["lead:trung-tam-phuc-vu-hanh-chinh-cong", "lead:cong-an"]),
    ("Ủy ban MTTQ Việt Nam tỉnh và các tổ chức chính trị - xã hội", LD,
     ["lead:uy-ban-mat-tran-to-quoc-viet-nam", "lead:mat-tran-to-quoc-va-cac-to-chuc-chinh-tri-xa-hoi"]),
    ("Ủy ban MTTQ Việt Nam tỉnh, các tổ chức chính trị - xã hội tỉnh", LD,
     ["lead:uy-ban-mat-tran-to-quoc-viet-nam", "lead:mat-tran-to-quoc-va-cac-to-chuc-chinh-tri-xa-hoi"]),
    ("MTTQ và các đoàn thể chính trị - xã hội tỉnh", LD,
     ["lead:uy-ban-mat-tran-to-quoc-viet-nam", "lead:mat-tran-to-quoc-va-cac-to-chuc-chinh-tri-xa-hoi"]),
    ("Ủy ban MTTQ Việt Nam xã và các tổ chức chính trị - xã hội", XA,
     ["lead:uy-ban-mat-tran-to-quoc-viet-nam", "lead:mat-tran-to-quoc-va-cac-to-chuc-chinh-tri-xa-hoi"]),
    ("Ủy ban Mặt trận Tổ quốc Việt Nam xã, các đoàn thể chính trị - xã hội", XA,
     ["lead:uy-ban-mat-tran-to-quoc-viet-nam", "lead:mat-tran-to-quoc-va-cac-to-chuc-chinh-tri-xa-hoi"]),
    ("Hội Nông dân, Hội Cựu chiến binh, Đoàn Thanh niên xã", XA,
     ["lead:hoi-nong-dan", "lead:hoi-cuu-chien-binh", "lead:doan-thanh-nien-cong-san-ho-chi-minh"]),
    ("Đảng ủy UBND tỉnh", LD, ["lead:dang-uy-uy-ban-nhan-dan"]),
    ("Đảng ủy UBND tỉnh, Đảng ủy các cơ quan Đảng tỉnh", LD,
     ["lead:dang-uy-uy-ban-nhan-dan", "lead:dang-uy-cac-co-quan-dang"]),
    ("Ban Tuyên giáo - Dân vận Tỉnh ủy", LD, ["lead:ban-tuyen-giao-va-dan-van-tinh-uy"]),
    ("Ban Tuyên giáo và Dân vận Tỉnh ủy, Ủy ban MTTQ Việt Nam tỉnh", LD,
     ["lead:ban-tuyen-giao-va-dan-van-tinh-uy", "lead:uy-ban-mat-tran-to-quoc-viet-nam"]),
    ("Đảng ủy Mặt trận Tổ quốc, các đoàn thể tỉnh", LD, ["lead:dang-uy-mat-tran-to-quoc-cac-doan-the"]),
    ("Đảng ủy xã", XA, ["lead:dang-uy"]),
]


@pytest.mark.parametrize("cell, place, bodies", COMMUNES_FRONT_PARTY)
def test_communes_front_and_party_bodies(cell, place, bodies):
    assert _read(cell, place) == _ids(place, bodies)


# --- 6. a plan of 2026 naming a department merged in 2025: that body as printed, never its successor silently; a
# warning names the successor. A recipients' line ending in a bare body word is read as a cell is.
HEADER = ["ỦY BAN NHÂN DÂN", "TỈNH LÂM ĐỒNG", "-------", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
          "Số: 31/KH-UBND", "Lâm Đồng, ngày 09 tháng 02 năm 2026", "KẾ HOẠCH", "Triển khai chuyển đổi số năm 2026",
          "I. MỤC ĐÍCH, YÊU CẦU", "Bảo đảm các nhiệm vụ được triển khai đồng bộ.", "II. NHIỆM VỤ"]
CLOSING = ["Nơi nhận:", "- Sở Nội vụ, Sở Tư pháp, Công an;", "- UBND các xã, phường, đặc khu;", "- Lưu: VT.",
           "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Trần Minh Đức"]
FORMER = [("Sở Kế hoạch và Đầu tư", "so-ke-hoach-va-dau-tu", "Sở Tài chính"),
          ("Sở Thông tin và Truyền thông", "so-thong-tin-va-truyen-thong", "Sở Khoa học và Công nghệ"),
          ("Sở Lao động - Thương binh và Xã hội", "so-lao-dong-thuong-binh-va-xa-hoi", "Sở Nội vụ"),
          ("Sở Giao thông vận tải", "so-giao-thong-van-tai", "Sở Xây dựng"),
          ("Sở Tài nguyên và Môi trường", "so-tai-nguyen-va-moi-truong", "Sở Nông nghiệp và Môi trường"),
          ("Ban Dân tộc", "ban-dan-toc", "Sở Dân tộc và Tôn giáo")]


@pytest.mark.parametrize("former, former_id, successor", FORMER)
def test_a_former_department_in_a_plan_of_2026(tmp_path, former, former_id, successor):
    rows = [["TT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian"],
            ["1", "Rà soát hạ tầng số", former, "Sở Tài chính, Tỉnh Đoàn", "Quý I/2026"]]
    doc = processed(tmp_path, HEADER + [" | ".join(row) + " |" for row in rows] + CLOSING, "text")
    task, = doc.tasks
    assert [m.agency_id for m in task.lead] == [f"lam-dong/{former_id}"]
    assert [m.agency_id for m in task.support] == ["lam-dong/so-tai-chinh", "lam-dong/tinh-doan"]
    warned = [w.message for w in doc.warnings if w.code == "agency_not_in_force"]
    assert len(warned) == 1 and f"its successor is {successor} tỉnh Lâm Đồng" in warned[0]
    assert [m.agency_id for m in doc.metadata.recipient_agencies] == [
        "lam-dong/so-noi-vu", "lam-dong/so-tu-phap", "lam-dong/cong-an", "lam-dong/uy-ban-nhan-dan-cap-xa"]
