"""Central bodies plans cite or that issue them: the departments of the Bộ Công an, named in full, by their code ("Cục
C06", "Cục Cảnh sát giao thông (C08)") or with the ministry after them ("… - Bộ Công an", "… thuộc Bộ Công an"), and the
Quốc hội's committees under their 2025 names and the forms the press and plans print ("Ủy ban Văn hóa - Xã hội của Quốc
hội"). A code alone ("C06") is no name; a department under another ministry is not the Bộ Công an's."""

from __future__ import annotations

import pytest

from page_fields import processed
from pipeline.stages.agencies import resolve

BCA = "viet-nam/cuc-{}-bo-cong-an"
PRINTED = [
    ("Cục Cảnh sát quản lý hành chính về trật tự xã hội", BCA.format("canh-sat-quan-ly-hanh-chinh-ve-trat-tu-xa-hoi")),
    ("Cục C06 - Bộ Công an", BCA.format("canh-sat-quan-ly-hanh-chinh-ve-trat-tu-xa-hoi")),
    ("Cục Cảnh sát QLHC về TTXH (C06)", BCA.format("canh-sat-quan-ly-hanh-chinh-ve-trat-tu-xa-hoi")),
    ("Cục Cảnh sát giao thông (C08)", BCA.format("canh-sat-giao-thong")),
    ("Cục Cảnh sát giao thông - Bộ Công an", BCA.format("canh-sat-giao-thong")),
    ("CỤC CẢNH SÁT GIAO THÔNG, BỘ CÔNG AN", BCA.format("canh-sat-giao-thong")),
    ("Cục Cảnh sát PCCC và CNCH", BCA.format("canh-sat-phong-chay-chua-chay-va-cuu-nan-cuu-ho")),
    ("Cục C07 thuộc Bộ Công an", BCA.format("canh-sat-phong-chay-chua-chay-va-cuu-nan-cuu-ho")),
    ("Cục An ninh mạng và Phòng, chống tội phạm sử dụng công nghệ cao (A05)",
     BCA.format("an-ninh-mang-va-phong-chong-toi-pham-su-dung-cong-nghe-cao")),
    ("Cục A05", BCA.format("an-ninh-mang-va-phong-chong-toi-pham-su-dung-cong-nghe-cao")),
    ("Cục Quản lý xuất nhập cảnh", BCA.format("quan-ly-xuat-nhap-canh")),
    ("Cục Cảnh sát hình sự (C02)", BCA.format("canh-sat-hinh-su")),
    ("Cục C03", BCA.format("canh-sat-dieu-tra-toi-pham-ve-tham-nhung-kinh-te-buon-lau-moi-truong")),
    ("Cục An ninh kinh tế, Bộ Công an", BCA.format("an-ninh-kinh-te")),
    ("Cục Thuế thuộc Bộ Tài chính", "viet-nam/cuc-thue-bo-tai-chinh"),
    ("Ủy ban Văn hóa - Xã hội của Quốc hội", "viet-nam/uy-ban-van-hoa-va-xa-hoi"),
    ("Ủy ban Văn hóa - Xã hội", "viet-nam/uy-ban-van-hoa-va-xa-hoi"),
    ("Ủy ban Pháp luật và Tư pháp của Quốc hội", "viet-nam/uy-ban-phap-luat-va-tu-phap"),
    ("Hội đồng Dân tộc của Quốc hội", "viet-nam/hoi-dong-dan-toc"),
]


@pytest.mark.parametrize("place", ["viet-nam", "lam-dong"])
@pytest.mark.parametrize("printed, agency_id", PRINTED)
def test_a_central_body_resolves_in_a_central_and_a_provincial_plan(printed, agency_id, place):
    mention = resolve(printed, place)
    assert mention.agency_id == agency_id, (mention.agency_id, mention.reason)


@pytest.mark.parametrize("printed", ["C06", "A05", "Cục Cảnh sát giao thông - Bộ Quốc phòng", "Cục C99"])
def test_a_code_alone_or_another_ministrys_department_stays_unresolved(printed):
    assert resolve(printed, "viet-nam").agency_id is None


BODY = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Số: 215/KH-C08",
        "Hà Nội, ngày 10 tháng 9 năm 2025", "KẾ HOẠCH", "Bảo đảm trật tự, an toàn giao thông năm 2026", "I. MỤC ĐÍCH",
        "1. Bảo đảm thực hiện đúng quy định.", "Nơi nhận:", "- Như trên;", "CỤC TRƯỞNG", "Nguyễn Văn An"]


@pytest.mark.parametrize("form", ["text", "html", "docx"])
@pytest.mark.parametrize("header, agency_id", [
    (["BỘ CÔNG AN", "CỤC CẢNH SÁT GIAO THÔNG"], BCA.format("canh-sat-giao-thong")),
    (["BỘ CÔNG AN", "CỤC CẢNH SÁT QUẢN LÝ HÀNH CHÍNH", "VỀ TRẬT TỰ XÃ HỘI"], BCA.format("canh-sat-quan-ly-hanh-chinh-ve-trat-tu-xa-hoi")),
])
def test_a_department_of_the_ministry_as_issuer(tmp_path, header, agency_id, form):
    issuer = processed(tmp_path, header + BODY, form).metadata.issuer
    assert issuer.agency is not None and issuer.agency.agency_id == agency_id, issuer
