"""Forms sampled in s25 from stored openings of legal-site pages nobody had run (a blind sample aimed at central bodies,
the Prime Minister's and the ministers' documents, councils' resolutions, and, for the first time, the recipients'
lists and the documents the grounds cite).

What the forms are (our own notes; every fixture below is written for the test, names and numbers made up):
- a hard-wrapped copy of a decision in cells ran the title's last line into the issuing authority's line under it when
  that line is the header's issuer itself, a collective body ("… TRÊN ĐỊA BÀN" / "TỈNH ĐẮK LẮK" / "ỦY BAN NHÂN DÂN
  TỈNH ĐẮK LẮK"): the clean stage joined them and the title ended in the issuer's name;
- a letter whose "V/v" subject is long and ends with a full stop ("V/v: Báo cáo, đề xuất về … khu vực hạn chế.") read
  as the content's first sentence: the "Kính gửi:" line under the date was taken for a quoted letter's, no addressee;
- a ground that cites a document by its type in small letters ("Thực hiện ý kiến … tại công văn số 5236/VPCP-KTN ngày
  …") cited nothing: a type in small letters is a citation's before "số" and a number;
- the rest of the sample (PAGES) is read right and pinned here, in text and, for the pages that print no cell borders,
  in HTML, with the recipients, the addressees and the cited documents where the page's opening shows them.
The corpus's openings again gave no header of a Công điện, a Tờ trình, a Báo cáo, a Chỉ thị or a commune's document
after the 2025 merger (s24's VARIANTS write those from the forms the rules prescribe).
"""

from __future__ import annotations

import textwrap

import pytest

from page_fields import field_of as _got
from page_fields import forms_of as _forms
from page_fields import is_right as _right
from page_fields import processed as _process
from pipeline.stages.citations import find_citations

MOTTO = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "---------------"]
ARTICLES = ["QUYẾT ĐỊNH:", "Điều 1. Ban hành kèm theo Quyết định này Quy định chi tiết.",
            "Điều 2. Quyết định này có hiệu lực kể từ ngày ký."]
CELLS_MOTTO = ["|", "CỘNG", "HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "---------------", "|"]
# name: (lines, expected); cited: [(doc_type, number, issued_date)] in order; recipients: the Nơi nhận items
PAGES = {
 # a notice of the Government Office, site banner, conclusion of the Prime Minister
 "tb_vpcp_y_kien_chi_dao": ([
   "Hệ thống pháp luật", "VĂN PHÒNG CHÍNH PHỦ", "-------", *MOTTO, "Số: 426/TB-VPCP", "Hà Nội, ngày 13 tháng 9 năm 2019", " ",
   "THÔNG BÁO",
   "Ý KIẾN CHỈ ĐẠO CỦA THỦ TƯỚNG CHÍNH PHỦ TẠI HỘI NGHỊ SƠ KẾT CÔNG TÁC PHÒNG, CHỐNG DỊCH BỆNH GIA CẦM NĂM 2019",
   "Ngày 28 tháng 8 năm 2019, Thủ tướng Chính phủ đã chủ trì Hội nghị sơ kết công tác phòng, chống dịch bệnh gia cầm. "
   "Sau khi nghe báo cáo của Bộ Nông nghiệp và Phát triển nông thôn, Thủ tướng Chính phủ có ý kiến chỉ đạo như sau:",
   "I. ĐÁNH GIÁ CHUNG", "Công tác phòng, chống dịch bệnh đã đạt được kết quả bước đầu."],
  dict(doc_type="Thông báo", number="426/TB-VPCP", issued_date="2019-09-13", place="Hà Nội", issuer="VĂN PHÒNG CHÍNH PHỦ",
       title="Ý KIẾN CHỈ ĐẠO CỦA THỦ TƯỚNG CHÍNH PHỦ TẠI HỘI NGHỊ SƠ KẾT CÔNG TÁC PHÒNG, CHỐNG DỊCH BỆNH GIA CẦM NĂM 2019")),
 # the Government Office's letter, addressees listed under "Kính gửi:", recipients, "KT.BỘ TRƯỞNG, CHỦ NHIỆM"
 "cv_vpcp_kt_chu_nhiem": ([
   "VĂN PHÒNG CHÍNH PHỦ", "-------", "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "---------",
   "Số: 738/VPCP-TCCV", "V/v tổ chức đoàn công tác thăm hỏi thương binh, liệt sĩ", "Hà Nội, ngày 09 tháng 4 năm 2010", "Kính gửi:",
   "- Văn phòng các Bộ, cơ quan ngang Bộ, cơ quan thuộc Chính phủ;",
   "- Văn phòng Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương.",
   "Thời gian qua, việc thăm hỏi thương binh, liệt sĩ chưa được thông tin kịp thời về Văn phòng Chính phủ.",
   "Văn phòng Chính phủ đề nghị các văn phòng kịp thời thông báo để triển khai./.",
   "Nơi nhận:", "- Như trên;", "- TTg (để báo cáo);", "- VPCP: BTCN, các PCN, Vụ TCCV;", "- Lưu: VT, TCCV(3).",
   "KT.BỘ TRƯỞNG, CHỦ NHIỆM", "PHÓ CHỦ NHIỆM", "Đinh Quang Tùng"],
  dict(doc_type="Công văn", number="738/VPCP-TCCV", issued_date="2010-04-09", place="Hà Nội", issuer="VĂN PHÒNG CHÍNH PHỦ",
       title="tổ chức đoàn công tác thăm hỏi thương binh, liệt sĩ", signer="Đinh Quang Tùng", position="Phó Chủ nhiệm",
       authority=["KT."],
       addressees=["Văn phòng các Bộ, cơ quan ngang Bộ, cơ quan thuộc Chính phủ",
                   "Văn phòng Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương"],
       recipients=["Như trên", "TTg (để báo cáo)", "VPCP: BTCN, các PCN, Vụ TCCV", "Lưu: VT, TCCV(3)"])),
 # the Government Office's letter joined by " | ", "Kính gửi:" run into a person, a signature cell without a name
 "cv_vpcp_pipes_person": ([
   "VĂN PHÒNG CHÍNH PHỦ | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |", "Số: 6548/VPCP-KGVX | Hà Nội, ngày 23 tháng 9 năm 2021 |",
   "Kính gửi:Đồng chí Bí thư Tỉnh ủy Tiền Giang Lê Minh Sơn.",
   "Tổ công tác của Chính phủ có văn bản số 1987/BC-TCT ngày 20 tháng 9 năm 2021 báo cáo Thủ tướng Chính phủ. Về việc này, Thủ tướng Chính phủ có ý kiến như sau:",
   "Đồng chí Bí thư Tỉnh ủy chỉ đạo thực hiện nghiêm Công điện số 1214/CĐ-TTg ngày 25 tháng 8 năm 2021 của Thủ tướng Chính phủ.",
   "Văn phòng Chính phủ xin thông báo để đồng chí Bí thư Tỉnh ủy và các cơ quan liên quan biết, thực hiện./.",
   "| KT. BỘ TRƯỞNG, CHỦ NHIỆM |"],
  dict(doc_type=("Công văn", None), number="6548/VPCP-KGVX", issued_date="2021-09-23", place="Hà Nội",
       issuer="VĂN PHÒNG CHÍNH PHỦ", addressees=["Đồng chí Bí thư Tỉnh ủy Tiền Giang Lê Minh Sơn"])),
 # a plan under a site's attributes, grounds that cite a law by year, a decree and a decision with "QĐ-TTG"
 "kh_attrs_cites_ttg_upper": ([
   "Kế hoạch 174/KH-UBND năm 2017 triển khai Chương trình quốc gia về đăng ký kết hôn trên địa bàn tỉnh Ninh Bình",
   "Số hiệu: 174/KH-UBND Loại văn bản: Văn bản khác", "Nơi ban hành: Tỉnh Ninh Bình Người ký: Đinh Văn Điến",
   "Ngày ban hành: 26/07/2017 Ngày hiệu lực: Đang cập nhật", "Ngày công báo: Đang cập nhật Số công báo: Đang cập nhật",
   "Lĩnh vực: Hành chính tư pháp, Tình trạng: Đang cập nhập", "Ngày hết hiệu lực: Đang cập nhật", "",
   "ỦY BAN NHÂN DÂN", "TỈNH NINH BÌNH", "-------", *MOTTO, "Số: 174/KH-UBND", "Ninh Bình, ngày 26 tháng 7 năm 2017", " ", "KẾ HOẠCH",
   "TRIỂN KHAI CHƯƠNG TRÌNH QUỐC GIA VỀ ĐĂNG KÝ KẾT HÔN GIAI ĐOẠN 2017 - 2024 TRÊN ĐỊA BÀN TỈNH NINH BÌNH",
   "Thực hiện Luật Hộ tịch năm 2014, Nghị định số 123/2015/NĐ-CP ngày 15/11/2015 của Chính phủ và Quyết định số "
   "127/QĐ-TTG ngày 24/01/2017 của Thủ tướng Chính phủ; Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:",
   "I. MỤC TIÊU", "1. Mục tiêu tổng quát"],
  dict(doc_type="Kế hoạch", number="174/KH-UBND", issued_date="2017-07-26", place="Ninh Bình", issuer="ỦY BAN NHÂN DÂN TỈNH NINH BÌNH",
       title="TRIỂN KHAI CHƯƠNG TRÌNH QUỐC GIA VỀ ĐĂNG KÝ KẾT HÔN GIAI ĐOẠN 2017 - 2024 TRÊN ĐỊA BÀN TỈNH NINH BÌNH",
       cited=[("Nghị định", "123/2015/NĐ-CP", "2015-11-15"), ("Quyết định", "127/QĐ-TTG", "2017-01-24")])),
 # a provincial council's resolution under a site's log-in menu and attributes, citing a submission
 "nq_hdnd_menu_cites_to_trinh": ([
   "Từ khoá: Số Hiệu, Tiêu đề hoặc Nội dung ngắn gọn của Văn Bản...", "Đăng nhập", "Quên mật khẩu?   Đăng ký mới",
   "Nghị quyết 09/2011/NQ-HĐND về nội quy kỳ họp Hội đồng nhân dân tỉnh khoá XVII do tỉnh Thanh Hóa ban hành",
   "Số hiệu: 09/2011/NQ-HĐND Loại văn bản: Nghị quyết", "Nơi ban hành: Tỉnh Thanh Hóa Người ký: Trịnh Văn Chiến",
   "Ngày ban hành: 16/09/2011 Ngày hiệu lực: Đã biết", "Tình trạng: Đã biết", "",
   "HỘI ĐỒNG NHÂN DÂN", "TỈNH THANH HÓA", "", "--------", *MOTTO, "Số: 09/2011/NQ-HĐND", "Thanh Hóa, ngày 16 tháng 9 năm 2011", " ",
   "NGHỊ QUYẾT", "VỀ VIỆC BAN HÀNH NỘI QUY KỲ HỌP HỘI ĐỒNG NHÂN DÂN TỈNH KHOÁ XVII, NHIỆM KỲ 2011 - 2016",
   "HỘI ĐỒNG NHÂN DÂN TỈNH THANH HÓA", "KHOÁ XVII, KỲ HỌP THỨ 2",
   "Căn cứ Luật tổ chức Hội đồng nhân dân và Ủy ban nhân dân ngày 26 tháng 11 năm 2003;",
   "Căn cứ Nghị quyết số 753/2005/NQ-UBTVQH11 ngày 02 tháng 4 năm 2005 của Ủy ban thường vụ Quốc hội ban hành Quy chế hoạt động của Hội đồng nhân dân;",
   "Xét Tờ trình số 22/TTr-HĐND ngày 12 tháng 9 năm 2011 của Thường trực Hội đồng nhân dân tỉnh về việc ban hành Nội quy kỳ họp và ý kiến thảo luận của đại biểu,",
   "QUYẾT NGHỊ:", "Điều 1. Ban hành kèm theo Nghị quyết này Nội quy kỳ họp."],
  dict(doc_type="Nghị quyết", number="09/2011/NQ-HĐND", issued_date="2011-09-16", place="Thanh Hóa",
       issuer="HỘI ĐỒNG NHÂN DÂN TỈNH THANH HÓA",
       title="VỀ VIỆC BAN HÀNH NỘI QUY KỲ HỌP HỘI ĐỒNG NHÂN DÂN TỈNH KHOÁ XVII, NHIỆM KỲ 2011 - 2016",
       cited=[("Nghị quyết", "753/2005/NQ-UBTVQH11", "2005-04-02"), ("Tờ trình", "22/TTr-HĐND", "2011-09-12")])),
 # the Government's resolution in cells, "CHÍNH" / "PHỦ", "Hà" / "Nội, ngày …", no grounds
 "nq_cp_cells": ([
   "CHÍNH", "PHỦ", "-------", *CELLS_MOTTO, "Số:", "81/NQ-CP", "|", "Hà", "Nội, ngày 14 tháng 08 năm 2012", "|", "NGHỊ QUYẾT",
   "VỀ ĐỊNH HƯỚNG PHÁT TRIỂN NHÀ Ở CÔNG NHÂN THỜI KỲ TỪ NĂM 2012 ĐẾN", "NĂM 2020",
   "Phát triển nhà ở công nhân là một chủ trương lớn của Đảng, Nhà nước nhằm cải thiện đời sống của người thu nhập thấp.",
   "Những năm qua, nhiều dự án nhà ở công nhân đã được triển khai."],
  dict(doc_type="Nghị quyết", number="81/NQ-CP", issued_date="2012-08-14", place="Hà Nội", issuer="CHÍNH PHỦ",
       title="VỀ ĐỊNH HƯỚNG PHÁT TRIỂN NHÀ Ở CÔNG NHÂN THỜI KỲ TỪ NĂM 2012 ĐẾN NĂM 2020")),
 # the Prime Minister's decision under a site's attributes, en dashes in the motto, a quoted project in the title
 "qd_ttg_attrs_quoted": ([
   "Quyết định 862/QĐ-TTg năm 2010 phê duyệt đề án “nâng cấp các trạm y tế xã vùng khó khăn giai đoạn 2010-2014”",
   "Số hiệu: 862/QĐ-TTg Loại văn bản: Quyết định", "Nơi ban hành: Thủ tướng Chính phủ Người ký: Nguyễn Tấn Dũng",
   "Ngày ban hành: 17/06/2010 Ngày hiệu lực: Đang cập nhật", "Ngày công báo: 28/06/2010 Số công báo: Từ số 318 đến số 319",
   "Lĩnh vực: Y tế - dược, Tình trạng: Đang cập nhập", "Ngày hết hiệu lực: Đang cập nhật", "",
   "THỦ TƯỚNG CHÍNH PHỦ", "-------", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập – Tự do – Hạnh phúc", "--------------",
   "Số: 862/QĐ-TTg", "Hà Nội, ngày 17 tháng 06 năm 2010", " ", "QUYẾT ĐỊNH",
   "VỀ VIỆC PHÊ DUYỆT ĐỀ ÁN “NÂNG CẤP CÁC TRẠM Y TẾ XÃ VÙNG KHÓ KHĂN GIAI ĐOẠN 2010-2014”", "THỦ TƯỚNG CHÍNH PHỦ",
   "Căn cứ Luật Tổ chức Chính phủ ngày 25 tháng 12 năm 2001;",
   "Căn cứ Nghị quyết số 18/2008/QH12 ngày 03 tháng 6 năm 2008 của Quốc hội về xã hội hóa chăm sóc sức khỏe nhân dân;",
   "Căn cứ Quyết định số 153/2006/QĐ-TTg ngày 30 tháng 6 năm 2006 của Thủ tướng Chính phủ phê duyệt quy hoạch hệ thống y tế;",
   "Xét đề nghị của Bộ trưởng Bộ Y tế,", *ARTICLES],
  dict(doc_type="Quyết định", number="862/QĐ-TTg", issued_date="2010-06-17", place="Hà Nội", issuer="THỦ TƯỚNG CHÍNH PHỦ",
       title="VỀ VIỆC PHÊ DUYỆT ĐỀ ÁN “NÂNG CẤP CÁC TRẠM Y TẾ XÃ VÙNG KHÓ KHĂN GIAI ĐOẠN 2010-2014”",
       cited=[("Nghị quyết", "18/2008/QH12", "2008-06-03"), ("Quyết định", "153/2006/QĐ-TTg", "2006-06-30")])),
 # the Prime Minister's decision in cells, the date's year wrapped, a decree number without its year
 "qd_ttg_cells_year_wrapped": ([
   "THỦ", "TƯỚNG CHÍNH PHỦ", "-------", *CELLS_MOTTO, "Số: 1475/QĐ-TTg", "|", "Hà", "Nội, ngày 24 tháng 10", "năm 2019", "|",
   "QUYẾT ĐỊNH", "PHÊ DUYỆT CHƯƠNG TRÌNH BẢO TỒN CÁC LOÀI RÙA NGUY CẤP CỦA VIỆT NAM ĐẾN", "NĂM 2025, TẦM NHÌN ĐẾN NĂM 2030",
   "THỦ TƯỚNG CHÍNH PHỦ", "Căn cứ Luật Tổ chức Chính phủ ngày", "19 tháng 6 năm 2015;", "Căn cứ Nghị định số 160/NĐ-CP ngày",
   "12 tháng 11 năm 2013 của Chính phủ về tiêu chí xác định loài nguy cấp;", "Xét đề nghị của Bộ trưởng Bộ Tài",
   "nguyên và Môi trường;", *ARTICLES],
  dict(doc_type="Quyết định", number="1475/QĐ-TTg", issued_date="2019-10-24", place="Hà Nội", issuer="THỦ TƯỚNG CHÍNH PHỦ",
       title="PHÊ DUYỆT CHƯƠNG TRÌNH BẢO TỒN CÁC LOÀI RÙA NGUY CẤP CỦA VIỆT NAM ĐẾN NĂM 2025, TẦM NHÌN ĐẾN NĂM 2030",
       cited=[("Nghị định", "160/NĐ-CP", "2013-11-12")])),
 # the Prime Minister's decision, "VỀ" alone on the title's first line, "QUYẾT ĐỊNH" without its colon
 "qd_ttg_ve_alone": ([
   "THỦ", "TƯỚNG CHÍNH PHỦ", "------", *CELLS_MOTTO, "Số:", "1594/QĐ-TTg", "|", "Hà", "Nội, ngày 18 tháng 9 năm 2009", "|",
   "QUYẾT ĐỊNH", "VỀ", "VIỆC TIẾP TỤC THỰC HIỆN CHÍNH SÁCH HỖ TRỢ ĐẤT SẢN XUẤT ĐẾN NĂM 2010 CHO HỘ NGHÈO VÙNG",
   "KHÓ KHĂN", "THỦ TƯỚNG CHÍNH PHỦ", "Căn cứ Luật Tổ chức Chính phủ", "ngày 25 tháng 12 năm 2001;",
   "Xét đề nghị của Bộ trưởng, Chủ nhiệm Ủy ban Dân tộc,", "QUYẾT ĐỊNH",
   "Điều 1. Tiếp tục thực hiện chính sách hỗ trợ đất sản xuất.", "1. Đối tượng và phạm vi áp dụng"],
  dict(doc_type="Quyết định", number="1594/QĐ-TTg", issued_date="2009-09-18", place="Hà Nội", issuer="THỦ TƯỚNG CHÍNH PHỦ",
       title="VỀ VIỆC TIẾP TỤC THỰC HIỆN CHÍNH SÁCH HỖ TRỢ ĐẤT SẢN XUẤT ĐẾN NĂM 2010 CHO HỘ NGHÈO VÙNG KHÓ KHĂN")),
 # a ministry's decision with no type heading nor title, attributes in " | " cells
 "qd_bnv_pipes_no_heading": ([
   "Quyết định 1637/QĐ-BNV năm 2014 phê duyệt Đề án “Xây dựng bộ chỉ số đánh giá sự hài lòng của tổ chức”",
   "Số hiệu: | 1637/QĐ-BNV | Loại văn bản: | Quyết định |", "Nơi ban hành: | Bộ Nội vụ | Người ký: | Nguyễn Duy Thăng |",
   "Ngày ban hành: | 19/12/2014 | Ngày hiệu lực: | Đang cập nhật |", "BỘ NỘI VỤ |", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |",
   "Số: 1637/QĐ-BNV |", "Hà Nội, ngày 19 tháng 12 năm 2014 |", "BỘ TRƯỞNG BỘ NỘI VỤ",
   "Căn cứ Nghị định số 58/2014/NĐ-CP ngày 16/6/2014 của Chính phủ quy định chức năng, nhiệm vụ của Bộ Nội vụ;",
   "Căn cứ Nghị quyết số 30c/NQ-CP ngày 08/11/2011 của Chính phủ ban hành Chương trình tổng thể cải cách hành chính;",
   "Xét đề nghị của Vụ trưởng Vụ Cải cách hành chính,", "QUYẾT ĐỊNH:",
   "Điều 1. Phê duyệt Đề án “Xây dựng bộ chỉ số đánh giá sự hài lòng của tổ chức” với các nội dung sau:"],
  dict(doc_type="Quyết định", number="1637/QĐ-BNV", issued_date="2014-12-19", place="Hà Nội", issuer="BỘ NỘI VỤ",
       cited=[("Nghị định", "58/2014/NĐ-CP", "2014-06-16"), ("Nghị quyết", "30c/NQ-CP", "2011-11-08")])),
 # a ministry's decision under a site's log-in menu, grounds citing its own earlier decision
 "qd_bnv_menu_own_decision": ([
   "Từ khoá: Số Hiệu, Tiêu đề hoặc Nội dung ngắn gọn của Văn Bản...", "Đăng nhập", "Đang tải văn bản...",
   "Số hiệu: 947/QĐ-BNV Loại văn bản: Quyết định", "Nơi ban hành: Bộ Nội vụ Người ký: Phan Trọng Nghĩa",
   "Ngày ban hành: 16/11/2023 Ngày hiệu lực: Đã biết", "Tình trạng: Đã biết", "",
   "BỘ NỘI VỤ", "-------", *MOTTO, "Số: 947/QĐ-BNV", "Hà Nội, ngày 16 tháng 11 năm 2023", "QUYẾT ĐỊNH",
   "BAN HÀNH DANH MỤC CƠ SỞ DỮ LIỆU CỦA BỘ NỘI VỤ", "BỘ TRƯỞNG BỘ NỘI VỤ",
   "Căn cứ Nghị định số 63/2022/NĐ-CP ngày 12 tháng 9 năm 2022 của Chính phủ quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Bộ Nội vụ;",
   "Căn cứ Nghị định số 47/2020/NĐ-CP ngày 9 tháng 4 năm 2020 của Chính phủ về kết nối, chia sẻ dữ liệu số;",
   "Căn cứ Quyết định số 1022/QĐ-BNV ngày 17 tháng 11 năm 2020 của Bộ trưởng Bộ Nội vụ về Kiến trúc Chính phủ điện tử;",
   "Theo đề nghị của Giám đốc Trung tâm Thông tin.", *ARTICLES],
  dict(doc_type="Quyết định", number="947/QĐ-BNV", issued_date="2023-11-16", place="Hà Nội", issuer="BỘ NỘI VỤ",
       title="BAN HÀNH DANH MỤC CƠ SỞ DỮ LIỆU CỦA BỘ NỘI VỤ",
       cited=[("Nghị định", "63/2022/NĐ-CP", "2022-09-12"), ("Nghị định", "47/2020/NĐ-CP", "2020-04-09"),
              ("Quyết định", "1022/QĐ-BNV", "2020-11-17")])),
 # a province chairman's decision, two decrees in one ground ("… và Nghị định số …")
 "qd_chu_tich_two_decrees_one_ground": ([
   "Hệ thống pháp luật", "ỦY BAN NHÂN DÂN", "TỈNH BẠC LIÊU", "--------", *MOTTO, "Số: 1147/QĐ-UBND",
   "Bạc Liêu, ngày 24 tháng 6 năm 2016", " ", "QUYẾT ĐỊNH",
   "VỀ VIỆC PHÊ DUYỆT QUY HOẠCH THỦY LỢI PHỤC VỤ NUÔI TRỒNG THỦY SẢN TRÊN ĐỊA BÀN TỈNH BẠC LIÊU ĐẾN NĂM 2020",
   "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH BẠC LIÊU", "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;",
   "Căn cứ Nghị định số 92/2006/NĐ-CP ngày 07 tháng 9 năm 2006 của Chính phủ về lập, phê duyệt quy hoạch và Nghị định số "
   "04/2008/NĐ-CP ngày 11 tháng 01 năm 2008 của Chính phủ sửa đổi, bổ sung một số điều của Nghị định số 92/2006/NĐ-CP;",
   "Căn cứ Quyết định số 1397/QĐ-TTg ngày 25 tháng 9 năm 2012 của Thủ tướng Chính phủ phê duyệt Quy hoạch thủy lợi;",
   "Xét đề nghị của Giám đốc Sở Nông nghiệp và Phát triển nông thôn,", *ARTICLES],
  dict(doc_type="Quyết định", number="1147/QĐ-UBND", issued_date="2016-06-24", place="Bạc Liêu", issuer="ỦY BAN NHÂN DÂN TỈNH BẠC LIÊU",
       title="VỀ VIỆC PHÊ DUYỆT QUY HOẠCH THỦY LỢI PHỤC VỤ NUÔI TRỒNG THỦY SẢN TRÊN ĐỊA BÀN TỈNH BẠC LIÊU ĐẾN NĂM 2020",
       cited=[("Nghị định", "92/2006/NĐ-CP", "2006-09-07"), ("Nghị định", "04/2008/NĐ-CP", "2008-01-11"),
              ("Quyết định", "1397/QĐ-TTg", "2012-09-25")])),
 # a council's resolution citing the submission and the verifying report ("Báo cáo thẩm tra số …")
 "nq_hdnd_cites_report": ([
   "Hệ thống pháp luật", "HỘI ĐỒNG NHÂN DÂN", "TỈNH NINH THUẬN", "--------", *MOTTO[:2], "----------------", "Số: 27/2011/NQ-HĐND",
   "Ninh Thuận, ngày 14 tháng 10 năm 2011", " ", "NGHỊ QUYẾT", "VỀ ĐỀ ÁN ĐẶT TÊN ĐƯỜNG CÁC KHU DÂN CƯ MỚI CỦA THÀNH PHỐ PHAN RANG - THÁP CHÀM NĂM 2011",
   "HỘI ĐỒNG NHÂN DÂN TỈNH", "KHÓA VI, KỲ HỌP THỨ 3", "Căn cứ Luật Tổ chức HĐND và UBND ngày 26/11/2003;",
   "Căn cứ Nghị định số 91/2005/NĐ-CP ngày 11/7/2005 của Chính phủ về việc ban hành Quy chế đặt tên, đổi tên đường, phố;",
   "Trên cơ sở xem xét Tờ trình số 71/TTr-UBND ngày 03/10/2011 của Ủy ban nhân dân tỉnh về việc thông qua Đề án đặt tên đường; "
   "Báo cáo thẩm tra số 19/BC-VHXH ngày 07/10/2011 của Ban Văn hóa - Xã hội Hội đồng nhân dân tỉnh và ý kiến của các đại biểu,",
   "QUYẾT NGHỊ:", "Điều 1. Nhất trí thông qua Đề án đặt tên đường."],
  dict(doc_type="Nghị quyết", number="27/2011/NQ-HĐND", issued_date="2011-10-14", place="Ninh Thuận", issuer="HỘI ĐỒNG NHÂN DÂN TỈNH NINH THUẬN",
       title="VỀ ĐỀ ÁN ĐẶT TÊN ĐƯỜNG CÁC KHU DÂN CƯ MỚI CỦA THÀNH PHỐ PHAN RANG - THÁP CHÀM NĂM 2011",
       cited=[("Nghị định", "91/2005/NĐ-CP", "2005-07-11"), ("Tờ trình", "71/TTr-UBND", "2011-10-03"),
              ("Báo cáo", "19/BC-VHXH", "2011-10-07")])),
 # a newspaper's archive: search form and attributes first, "Số:15 /2014/QĐ-UBND", the title in sentence case on three lines
 "qd_archive_form_spaced_number": ([
   "Tìm kiếm văn bản : Nơi ban hành :", "Số hiệu : Từ khóa :", "Loại văn bản :",
   "Loại văn bản : Quyết định Số hiệu : 16/2014/QÐ-UBND", "Người ký : Hoàng Minh Tuấn Nơi ban hành : UBND TỈNH THÁI NGUYÊN",
   "Ngày phát hành : 09/05/2014 Ngày có hiệu lực : 19/05/2014", " ", "ỦY BAN NHÂN DÂN", "TỈNH THÁI NGUYÊN  ",
   "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Số:16 /2014/QĐ-UBND", "Thái Nguyên, ngày 09 tháng 5 năm 2014",
   " ", "QUYẾT ĐỊNH", "Ban hành Quy định quản lý, sử dụng kinh phí", "bảo đảm an toàn thực phẩm do ngân sách nhà nước cấp",
   " trên địa bàn tỉnh Thái Nguyên", " ", "UỶ BAN NHÂN DÂN TỈNH THÁI NGUYÊN", " ", "Căn cứ Luật Tổ chức HĐND và UBND ngày 26/11/2003;",
   "Căn cứ Thông tư số 19/2013/TT-BTC ngày 20/02/2013 của Bộ Tài chính hướng dẫn quản lý kinh phí an toàn thực phẩm;",
   "Xét đề nghị của Sở Tài chính tại Tờ trình số 947/TT-STC ngày 28/4/2014, Công văn số 198/STP-XDVB  ngày 25/4/2014 của Sở Tư pháp,",
   " ", "QUYẾT ĐỊNH:", "Điều 1. Ban hành kèm theo Quyết định này Quy định quản lý kinh phí."],
  dict(doc_type="Quyết định", number="16/2014/QĐ-UBND", issued_date="2014-05-09", place="Thái Nguyên", issuer="ỦY BAN NHÂN DÂN TỈNH THÁI NGUYÊN",
       title="Ban hành Quy định quản lý, sử dụng kinh phí bảo đảm an toàn thực phẩm do ngân sách nhà nước cấp trên địa bàn tỉnh Thái Nguyên",
       cited=[("Thông tư", "19/2013/TT-BTC", "2013-02-20"), ("Tờ trình", "947/TT-STC", "2014-04-28"),
              ("Công văn", "198/STP-XDVB", "2014-04-25")])),
 # the Prime Minister's decision with "******" rules, the motto wrapped in its cell
 "qd_ttg_star_rules": ([
   "THỦ TƯỚNG CHÍNH PHỦ", "******", "|", "CỘNG HOÀ XÃ HỘI CHỦ", "NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "********", "|",
   "Số: 118/2007/QĐ-TTg", "|", "Hà Nội, ngày 19", "tháng 07 năm 2007", "|", "QUYẾT ĐỊNH", "VỀ",
   "VIỆC PHÊ DUYỆT “ĐỀ ÁN TĂNG CƯỜNG NĂNG LỰC QUẢN LÝ AN TOÀN VẬT LIỆU NỔ ĐẾN NĂM 2010”", "THỦ TƯỚNG CHÍNH PHỦ",
   "Căn cứ Luật Tổ chức Chính phủ ngày 25 tháng 12 năm 2001;",
   "Căn cứ Quyết định số 210/2005/QĐ-TTg ngày 22 tháng 8 năm 2005 của Thủ tướng", "Chính phủ về việc ban hành Quy chế quản lý hóa chất;",
   "Xét đề nghị của Bộ trưởng Bộ Công Thương,", "QUYẾT ĐỊNH:", "Điều 1. Phê duyệt “Đề án tăng cường năng lực quản lý an toàn vật liệu nổ”."],
  dict(doc_type="Quyết định", number="118/2007/QĐ-TTg", issued_date="2007-07-19", place="Hà Nội", issuer="THỦ TƯỚNG CHÍNH PHỦ",
       title="VỀ VIỆC PHÊ DUYỆT “ĐỀ ÁN TĂNG CƯỜNG NĂNG LỰC QUẢN LÝ AN TOÀN VẬT LIỆU NỔ ĐẾN NĂM 2010”",
       cited=[("Quyết định", "210/2005/QĐ-TTg", "2005-08-22")])),
 # a ministry's circular in cells, "HƯỚNG" / "DẪN …" split, a decree's date on the line after its number
 "tt_btc_cells_huong_split": ([
   "BỘ TÀI CHÍNH", "-------", "|", "CỘNG HÒA XÃ HỘI", "CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "---------------", "|",
   "Số: 64/2022/TT-BTC", "|", "Hà Nội, ngày 26", "tháng 9 năm 2022", "|", "THÔNG TƯ", "HƯỚNG",
   "DẪN VIỆC QUẢN LÝ VÀ SỬ DỤNG KINH PHÍ NGÂN SÁCH NHÀ NƯỚC BẢO ĐẢM CHO CÔNG TÁC", "PHỔ BIẾN, GIÁO DỤC PHÁP LUẬT",
   "Căn cứ Luật Ngân", "sách nhà nước ngày 25 tháng 6 năm 2015;", "Căn cứ Nghị định số 163/2016/NĐ-CP",
   "ngày 21 tháng 12 năm 2016 của Chính phủ quy định chi tiết thi hành một số điều", "của Luật Ngân sách nhà nước;",
   "Căn cứ Nghị định số 87/2017/NĐ-CP", "ngày 26 tháng 7 năm 2017 của Chính phủ quy định chức năng, nhiệm vụ của Bộ Tài chính;",
   "Theo đề nghị của Vụ trưởng Vụ Tài chính Hành", "chính sự nghiệp;",
   "Bộ trưởng Bộ Tài chính ban hành Thông tư hướng dẫn việc quản lý kinh phí.", "Điều 1. Phạm vi điều chỉnh"],
  dict(doc_type="Thông tư", number="64/2022/TT-BTC", issued_date="2022-09-26", place="Hà Nội", issuer="BỘ TÀI CHÍNH",
       title="HƯỚNG DẪN VIỆC QUẢN LÝ VÀ SỬ DỤNG KINH PHÍ NGÂN SÁCH NHÀ NƯỚC BẢO ĐẢM CHO CÔNG TÁC PHỔ BIẾN, GIÁO DỤC PHÁP LUẬT",
       cited=[("Nghị định", "163/2016/NĐ-CP", "2016-12-21"), ("Nghị định", "87/2017/NĐ-CP", "2017-07-26")])),
 # the Government's decree in cells, "Xét đề nghị của Bộ" / "trưởng …" wrapped, "Chương 1." with a dot
 "nd_cp_cells_chuong_dot": ([
   "CHÍNH", "PHỦ", "-------", *CELLS_MOTTO, "Số:", "97/2011/NĐ-CP", "|", "Hà", "Nội, ngày 27 tháng 10 năm 2011", "|", "NGHỊ ĐỊNH",
   "QUY ĐỊNH VIỆC PHỐI HỢP GIỮA BỘ CÔNG AN VỚI BỘ QUỐC", "PHÒNG TRONG CÔNG TÁC PHÒNG CHÁY, CHỮA CHÁY", "CHÍNH PHỦ",
   "Căn cứ Luật Tổ chức", "Chính phủ ngày 25 tháng 12 năm 2001;", "Xét đề nghị của Bộ", "trưởng Bộ Công an, Bộ trưởng Bộ Quốc phòng,",
   "NGHỊ ĐỊNH:", "Chương 1.", "NHỮNG QUY ĐỊNH", "CHUNG", "Điều", "1. Phạm vi điều chỉnh"],
  dict(doc_type="Nghị định", number="97/2011/NĐ-CP", issued_date="2011-10-27", place="Hà Nội", issuer="CHÍNH PHỦ",
       title="QUY ĐỊNH VIỆC PHỐI HỢP GIỮA BỘ CÔNG AN VỚI BỘ QUỐC PHÒNG TRONG CÔNG TÁC PHÒNG CHÁY, CHỮA CHÁY")),
 # a ministry's decision printed without its header (a portal's print view): no number nor date, the authority line
 "qd_bo_print_no_header": ([
   "QUYẾT ĐỊNH", "Phê duyệt Quy hoạch thăm dò, khai thác và sử dụng quặng đồng Việt Nam đến năm 2015", "_____________________",
   "BỘ TRƯỞNG BỘ CÔNG THƯƠNG",
   "Căn cứ Nghị định số 189/2007/NĐ-CP ngày 27 tháng 12 năm 2007 của Chính phủ quy định chức năng, nhiệm vụ của Bộ Công Thương;",
   "Thực hiện ý kiến của Thủ tướng Chính phủ tại công văn số 3852/VPCP-CN ngày 06 tháng 7 năm 2007 của Văn phòng Chính phủ;",
   "Xét Tờ trình số 187/VML-C2 ngày 21 tháng 3 năm 2008 của Viện Khoa học và Công nghệ Mỏ - Luyện kim;",
   "Xét đề nghị của Vụ trưởng Vụ Công nghiệp nặng.", "QUYẾT ĐỊNH:", "Điều 1. Phê duyệt Quy hoạch thăm dò quặng đồng."],
  dict(doc_type="Quyết định", number=None, issued_date=None, place=None,
       title="Phê duyệt Quy hoạch thăm dò, khai thác và sử dụng quặng đồng Việt Nam đến năm 2015",
       cited=[("Nghị định", "189/2007/NĐ-CP", "2007-12-27"), ("Công văn", "3852/VPCP-CN", "2007-07-06"),
              ("Tờ trình", "187/VML-C2", "2008-03-21")])),
 # a province's decision after the 2025 law, no authority line before the grounds, a submission and a letter cited
 "qd_ubnd_2025_cites_letter": ([
   "Hệ thống pháp luật", "ỦY BAN NHÂN DÂN", "TỈNH LÀO CAI", "-------", *MOTTO, "Số: 87/2025/QĐ-UBND", "Lào Cai, ngày 03 tháng 11 năm 2025",
   " ", "QUYẾT ĐỊNH", "VỀ VIỆC BAN HÀNH QUY CHẾ HOẠT ĐỘNG CỦA TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG TỈNH LÀO CAI",
   "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;",
   "Căn cứ Nghị định số 118/2025/NĐ-CP ngày 09 tháng 6 năm 2025 của Chính phủ về thực hiện thủ tục hành chính theo cơ chế một cửa;",
   "Căn cứ Quyết định số 44/2025/QĐ-UBND ngày 27 tháng 6 năm 2025 của Ủy ban nhân dân tỉnh về việc tổ chức lại Trung tâm;",
   "Theo đề nghị của Chánh Văn phòng Ủy ban nhân dân tỉnh tại Tờ trình số 2216/TTr-VP ngày 10 tháng 10 năm 2025 và Giám đốc Sở Nội vụ tại Văn bản số 5326/SNV-TCBC ngày 20 tháng 10 năm 2025;",
   "Ủy ban nhân dân ban hành Quyết định về việc ban hành Quy chế hoạt động của Trung tâm.", *ARTICLES],
  dict(doc_type="Quyết định", number="87/2025/QĐ-UBND", issued_date="2025-11-03", place="Lào Cai", issuer="ỦY BAN NHÂN DÂN TỈNH LÀO CAI",
       title="VỀ VIỆC BAN HÀNH QUY CHẾ HOẠT ĐỘNG CỦA TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG TỈNH LÀO CAI",
       cited=[("Nghị định", "118/2025/NĐ-CP", "2025-06-09"), ("Quyết định", "44/2025/QĐ-UBND", "2025-06-27"),
              ("Tờ trình", "2216/TTr-VP", "2025-10-10"), ("Văn bản", "5326/SNV-TCBC", "2025-10-20")])),
 # a province's decision in cells with its recipients' list and the signature in the next cell, "TM. ỦY BAN NHÂN" / "DÂN"
 "qd_cells_recipients_tm_wrapped": ([
   "ỦY BAN NHÂN DÂN", "TỈNH ĐẮK LẮK", "-------", *CELLS_MOTTO, "Số: 31/2015/QĐ-UBND", "|", "Buôn Ma Thuột, ngày 19 tháng 10 năm 2015", "|",
   "QUYẾT ĐỊNH", "BAN", "HÀNH QUY ĐỊNH CHẾ ĐỘ BÁO CÁO ĐỊNH KỲ KINH TẾ - XÃ HỘI TRÊN ĐỊA BÀN", "TỈNH ĐẮK LẮK",
   "ỦY BAN NHÂN DÂN TỈNH ĐẮK LẮK", "Căn cứ Luật Tổ chức HĐND và UBND", "ngày 26/11/2003;",
   "Theo đề nghị của Giám đốc Sở Kế hoạch", "và Đầu tư,", "QUYẾT ĐỊNH:",
   "Điều 1. Ban hành kèm theo Quyết định này Quy định chế độ báo cáo định kỳ.",
   "Điều 2. Quyết định này có hiệu lực thi hành sau 10 ngày", "kể từ ngày ký.",
   "Điều 3. Chánh Văn phòng UBND tỉnh; Giám đốc các sở, ban, ngành tỉnh chịu trách nhiệm thi hành Quyết định này./.",
   "Nơi nhận:", "- Như điều 3;", "- Bộ Kế hoạch và Đầu tư;", "- Cục kiểm tra văn bản QPPL - Bộ tư pháp;", "- TT. Tỉnh ủy;",
   "- TT. HĐND tỉnh;", "- VP UBND tỉnh: LĐ, CV các khối;", "- Báo Đắk Lắk, Đài PT-TH tỉnh, Công báo tỉnh,",
   "Cổng thông tin điện tử tỉnh;", "- Lưu: VT, TH.", "|", "TM. ỦY BAN NHÂN", "DÂN", "CHỦ TỊCH", "Đỗ Ngọc An", "|", "QUY ĐỊNH",
   "CHẾ ĐỘ BÁO CÁO ĐỊNH KỲ VỀ TÌNH HÌNH KINH TẾ - XÃ HỘI TRÊN ĐỊA BÀN TỈNH", "ĐẮK LẮK",
   "(Ban hành kèm theo Quyết định số 31/2015/QĐ-UBND", "ngày 19/10/2015 của Ủy", "ban nhân dân", "tỉnh Đắk Lắk)", "Chương I",
   "NHỮNG QUY ĐỊNH", "CHUNG"],
  dict(doc_type="Quyết định", number="31/2015/QĐ-UBND", issued_date="2015-10-19", place="Buôn Ma Thuột",
       issuer="ỦY BAN NHÂN DÂN TỈNH ĐẮK LẮK",
       title="BAN HÀNH QUY ĐỊNH CHẾ ĐỘ BÁO CÁO ĐỊNH KỲ KINH TẾ - XÃ HỘI TRÊN ĐỊA BÀN TỈNH ĐẮK LẮK",
       signer="Đỗ Ngọc An", position="Chủ tịch", authority=["TM."],
       recipients=["Như điều 3", "Bộ Kế hoạch và Đầu tư", "Cục kiểm tra văn bản QPPL - Bộ tư pháp", "TT. Tỉnh ủy", "TT. HĐND tỉnh",
                    "VP UBND tỉnh: LĐ, CV các khối", "Báo Đắk Lắk, Đài PT-TH tỉnh, Công báo tỉnh, Cổng thông tin điện tử tỉnh",
                    "Lưu: VT, TH"])),
 # a ministry's decision from a PDF preview on one line, the ministry's name split round the motto
 "qd_bo_one_line_name_split": ([
   "Nội dung Text: Quyết định số 43/2008/QĐ-BLĐTBXH",
   "  1. BỘ LAO ĐỘNG – THƯƠNG CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM BINH VÀ XÃ HỘI Độc lập – Tự do – Hạnh phúc ******* ******* "
   "Số: 43/2008/QĐ-BLĐTBXH Hà Nội, ngày 24 tháng 12 năm 2008 QUYẾT ĐỊNH BAN HÀNH HỆ THỐNG CHỈ TIÊU GIÁM SÁT CHƯƠNG TRÌNH "
   "VIỆC LÀM CỦA CẤP TỈNH BỘ TRƯỞNG BỘ LAO ĐỘNG – THƯƠNG BINH VÀ XÃ HỘI Căn cứ Nghị định số 186/2007/NĐ-CP ngày 25 tháng 12 "
   "năm 2007 của Chính phủ; Xét đề nghị của Cục trưởng Văn phòng Quốc gia về giảm nghèo, QUYẾT ĐỊNH Điều 1. Ban hành hệ thống chỉ tiêu."],
  dict(doc_type="Quyết định", number="43/2008/QĐ-BLĐTBXH", issued_date="2008-12-24", place="Hà Nội",
       issuer=("BỘ LAO ĐỘNG – THƯƠNG BINH VÀ XÃ HỘI", "BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI", None))),
 # a city's decision under a site's loading lines, "*******" rules, the place "Thành phố Hồ Chí Minh"
 "qd_hcm_loading_lines": ([
   "Hệ thống pháp luật", "Đang tải nội dung, vui lòng chờ giây lát...", "Đang tải nội dung, vui lòng chờ giây lát...",
   "ỦY BAN NHÂN DÂN", "THÀNH PHỐ CẦN THƠ", "*******", *MOTTO[:2], "*******", "Số: 92/2007/QĐ-UBND",
   "Thành phố Cần Thơ, ngày 05 tháng 10 năm 2007", " ", "QUYẾT ĐỊNH",
   "VỀ VIỆC TIẾN HÀNH ĐIỀU TRA DOANH NGHIỆP NĂM 2007 TRÊN ĐỊA BÀN THÀNH PHỐ CẦN THƠ", "ỦY BAN NHÂN DÂN THÀNH PHỐ CẦN THƠ",
   "Căn cứ Luật Thống kê ngày 26 tháng 6 năm 2003;",
   "Căn cứ Kế hoạch điều hành kinh tế - xã hội thành phố năm 2007 (ban hành theo Quyết định số 03/2007/QĐ-UBND ngày 18 tháng 01 năm 2007 của Ủy ban nhân dân thành phố);",
   "Theo đề nghị của Cục trưởng Cục Thống kê thành phố tại Tờ trình số 532/CTK-PPCĐ ngày 26 tháng 9 năm 2007,", "",
   "QUYẾT ĐỊNH", "Điều 1. Giao Cục Thống kê thành phố tổ chức cuộc điều tra."],
  dict(doc_type="Quyết định", number="92/2007/QĐ-UBND", issued_date="2007-10-05", place="Thành phố Cần Thơ",
       issuer="ỦY BAN NHÂN DÂN THÀNH PHỐ CẦN THƠ",
       title="VỀ VIỆC TIẾN HÀNH ĐIỀU TRA DOANH NGHIỆP NĂM 2007 TRÊN ĐỊA BÀN THÀNH PHỐ CẦN THƠ",
       cited=[("Quyết định", "03/2007/QĐ-UBND", "2007-01-18"), ("Tờ trình", "532/CTK-PPCĐ", "2007-09-26")])),
 # a province's decision replacing an earlier one, citing the Prime Minister's decision
 "qd_ubnd_hue_replaces": ([
   "Hệ thống pháp luật", "ỦY BAN NHÂN DÂN", "TỈNH HÀ NAM", "-------", *MOTTO, "Số: 46/2024/QĐ-UBND", "Hà Nam, ngày 23 tháng 10 năm 2024",
   " ", "QUYẾT ĐỊNH",
   "BAN HÀNH QUY ĐỊNH VIỆC THÀNH LẬP, TỔ CHỨC VÀ HOẠT ĐỘNG CỦA TỔ CHỨC PHỐI HỢP LIÊN NGÀNH THUỘC THẨM QUYỀN CỦA CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH HÀ NAM",
   "ỦY BAN NHÂN DÂN TỈNH HÀ NAM", "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;",
   "Căn cứ Quyết định số 23/2023/QĐ-TTg ngày 18 tháng 9 năm 2023 của Thủ tướng Chính phủ về thành lập, tổ chức và hoạt động của tổ chức phối hợp liên ngành;",
   "Theo đề nghị của Giám đốc Sở Nội vụ.", "QUYẾT ĐỊNH:", "Điều 1. Ban hành kèm theo Quyết định này Quy định.",
   "Điều 2. Hiệu lực thi hành",
   "Quyết định này có hiệu lực thi hành kể từ ngày 05 tháng 11 năm 2024 và thay thế Quyết định số 27/2016/QĐ-UBND ngày 14 tháng 7 năm 2016 của Ủy ban nhân dân tỉnh."],
  dict(doc_type="Quyết định", number="46/2024/QĐ-UBND", issued_date="2024-10-23", place="Hà Nam", issuer="ỦY BAN NHÂN DÂN TỈNH HÀ NAM",
       title="BAN HÀNH QUY ĐỊNH VIỆC THÀNH LẬP, TỔ CHỨC VÀ HOẠT ĐỘNG CỦA TỔ CHỨC PHỐI HỢP LIÊN NGÀNH THUỘC THẨM QUYỀN CỦA CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH HÀ NAM")),
 # a portal's copy of a decree with no rule lines, the number before the motto, the portal's province as place
 "nd_portal_number_before_motto": ([
   "• Hiệu lực: Hết hiệu lực toàn bộ", "• Ngày có hiệu lực: 02/06/2008", "• Ngày hết hiệu lực: 12/06/2013", "CHÍNH PHỦ",
   "Số: 46/2008/NĐ-CP", "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Đắk Lắk, ngày 08 tháng 5 năm 2008",
   " ", "NGHỊ ĐỊNH", "Quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Bộ Văn hóa, Thể thao và Du lịch",
   "__________________________________", "CHÍNH PHỦ", "Căn cứ Luật tổ chức Chính phủ ngày 25 tháng 12 năm 2001;",
   "Căn cứ Nghị định số 178/2007/NĐ-CP ngày 03 tháng 12 năm 2007 của Chính phủ quy định chức năng, nhiệm vụ của Bộ, cơ quan ngang Bộ,",
   "Xét đề nghị của Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch và Bộ trưởng Bộ Nội vụ,", "NGHỊ ĐỊNH:", "Điều 1. Vị trí và chức năng"],
  dict(doc_type="Nghị định", number="46/2008/NĐ-CP", issued_date="2008-05-08", place="Đắk Lắk", issuer="CHÍNH PHỦ",
       title="Quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Bộ Văn hóa, Thể thao và Du lịch",
       cited=[("Nghị định", "178/2007/NĐ-CP", "2007-12-03")])),
 # a ministry's letter to the Prime Minister, a long "V/v:" with its colon, cited letters of the Prime Minister
 "cv_bo_vv_colon_to_ttg": ([
   "Hệ thống pháp luật", "Đang tải nội dung, vui lòng chờ giây lát...", "BỘ GIAO THÔNG VẬN TẢI", "-------", *MOTTO,
   "Số: 742/BGTVT-VT",
   "V/v: Báo cáo, đề xuất về nhu cầu hoạt động xe bốn bánh chở khách tham quan trong khu vực hạn chế.",
   "Hà Nội, ngày 24 tháng 01 năm 2018", " ", "Kính gửi: Thủ tướng Chính phủ",
   "Thực hiện ý kiến chỉ đạo của Thủ tướng Chính phủ tại Văn bản số 838/TTg-CN ngày 14/6/2017, Bộ Giao thông vận tải kính báo cáo Thủ tướng Chính phủ như sau:",
   "1. Thực trạng triển khai thí điểm", "a) Về số lượng đơn vị và phương tiện"],
  dict(doc_type="Công văn", number="742/BGTVT-VT", issued_date="2018-01-24", place="Hà Nội", issuer="BỘ GIAO THÔNG VẬN TẢI",
       title=("Báo cáo, đề xuất về nhu cầu hoạt động xe bốn bánh chở khách tham quan trong khu vực hạn chế.",
              "Báo cáo, đề xuất về nhu cầu hoạt động xe bốn bánh chở khách tham quan trong khu vực hạn chế"),
       addressees=["Thủ tướng Chính phủ"],
       cited=[("Văn bản", "838/TTg-CN", "2017-06-14")])),
 # a general department's page with a draft circular: news lines, "DỰ THẢO" over the type heading, no number
 "tt_draft_under_news": ([
   "www.tcdb.gov.vn", "BỘ GIAO THÔNG VẬN TẢI ",
   "Dự thảo Thông tư \"Sửa đổi, bổ sung một số điều của Thông tư số 22/2011/TT-BGTVT ngày 14 tháng 4 năm 2011 của Bộ Giao thông vận tải\"",
   "Tổng cục xin thông báo toàn bộ nội dung của Dự thảo Thông tư nói trên để các cơ quan, đơn vị và nhân dân tham gia ý kiến.",
   "                                                                  DỰ THẢO", "                                                                     THÔNG TƯ",
   "Sửa đổi, bổ sung một số điều của Thông tư số 22/2011/TT-BGTVT ngày 14 tháng 4 năm 2011 của Bộ Giao thông vận tải",
   "Căn cứ Luật Giao thông đường bộ ngày 13 tháng 11 năm 2008;",
   "Căn cứ Nghị định số 51/2008/NĐ-CP ngày 22 tháng 4 năm 2008 của Chính phủ quy định chức năng của Bộ Giao thông vận tải;",
   "Điều 1. Sửa đổi, bổ sung một số điều"],
  dict(doc_type="Thông tư", number=None, issued_date=None, issuer=("BỘ GIAO THÔNG VẬN TẢI", None),
       title="Sửa đổi, bổ sung một số điều của Thông tư số 22/2011/TT-BGTVT ngày 14 tháng 4 năm 2011 của Bộ Giao thông vận tải")),
 # a joint regulation of a council's standing body and the people's committee, cells, a term split "NHIỆM" / "KỲ"
 "qc_thuong_truc_cells_term": ([
   "THƯỜNG TRỰC", "HĐND - UBND TỈNH TUYÊN QUANG", "-------", *CELLS_MOTTO, "Số: 02/QC-TT.HĐND-UBND", "|",
   "Tuyên Quang, ngày 06 tháng 5 năm 2019", "|", "QUY CHẾ", "PHỐI",
   "HỢP CÔNG TÁC GIỮA THƯỜNG TRỰC HỘI ĐỒNG NHÂN DÂN TỈNH - ỦY BAN NHÂN DÂN TỈNH NHIỆM", "KỲ 2016 - 2021", "Căn cứ",
   "Luật Tổ chức chính quyền địa phương ngày 19 tháng 6", "năm 2015;",
   "Căn cứ Nghị quyết số 629/2019/UBTVQH14 ngày 30 tháng 01 năm 2019 của Ủy ban Thường vụ Quốc hội về Hướng",
   "dẫn một số hoạt động của Hội đồng nhân dân;", "Thường trực Hội đồng nhân dân tỉnh", "và Ủy ban nhân dân tỉnh thống nhất ban hành Quy chế phối hợp như sau:",
   "Chương I", "NHỮNG QUY ĐỊNH", "CHUNG", "Điều 1. Phạm vi,", "đối tượng phối hợp"],
  dict(doc_type="Quy chế", number="02/QC-TT.HĐND-UBND", issued_date="2019-05-06", place="Tuyên Quang", joint=2,
       title="PHỐI HỢP CÔNG TÁC GIỮA THƯỜNG TRỰC HỘI ĐỒNG NHÂN DÂN TỈNH - ỦY BAN NHÂN DÂN TỈNH NHIỆM KỲ 2016 - 2021",
       cited=[("Nghị quyết", "629/2019/UBTVQH14", "2019-01-30")])),
 # the Government's decree in cells amending other decrees named in its preamble's last ground
 "nd_cp_cells_amends": ([
   "CHÍNH PHỦ", "--------", "|", "CỘNG HÒA XÃ HỘI", "CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "----------------", "|",
   "Số: 48/2013/NĐ-CP", "|", "Hà Nội, ngày 14", "tháng 05 năm 2013", "|", "NGHỊ ĐỊNH", "SỬA",
   "ĐỔI, BỔ SUNG MỘT SỐ ĐIỀU CỦA CÁC NGHỊ ĐỊNH LIÊN QUAN ĐẾN KIỂM SOÁT THỦ TỤC HÀNH", "CHÍNH", "Căn cứ Luật Tổ chức",
   "Chính phủ ngày 25 tháng 12 năm 2001;", "Theo đề nghị của Bộ trưởng Bộ Tư pháp;",
   "Chính phủ ban hành Nghị định sửa đổi, bổ sung một", "số điều của Nghị định số 63/2010/NĐ-CP ngày",
   "08 tháng 6 năm 2010 của Chính phủ về kiểm soát thủ tục hành chính,", "Điều 1. Sửa đổi, bổ sung, bãi",
   "bỏ một số điều của Nghị định số 63/2010/NĐ-CP như sau:"],
  dict(doc_type="Nghị định", number="48/2013/NĐ-CP", issued_date="2013-05-14", place="Hà Nội", issuer="CHÍNH PHỦ",
       title="SỬA ĐỔI, BỔ SUNG MỘT SỐ ĐIỀU CỦA CÁC NGHỊ ĐỊNH LIÊN QUAN ĐẾN KIỂM SOÁT THỦ TỤC HÀNH CHÍNH")),
 # a ministry's letter under a site's menu, one addressee's dash alone on its line, resolutions cited in the body
 "cv_bnv_dash_alone": ([
   "Từ khoá: Số Hiệu, Tiêu đề hoặc Nội dung ngắn gọn của Văn Bản...", "Đăng nhập", "Quên mật khẩu?   Đăng ký mới",
   "Số hiệu: 452/BNV-TCBC Loại văn bản: Công văn", "Nơi ban hành: Bộ Nội vụ Người ký: Trần Hữu Thắng",
   "Ngày ban hành: 26/03/2007 Ngày hiệu lực: Đã biết", "Tình trạng: Đã biết", "", "BỘ NỘI VỤ", "-------", *MOTTO,
   "Số: 452/BNV-TCBC", "V/v Báo cáo tình hình sắp xếp tổ chức theo Nghị quyết 16/2000/NQ-CP của Chính phủ",
   "Hà Nội, ngày 26 tháng 03 năm 2007", " ", "Kính gửi:", "- Các Bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ", "-",
   "Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương", " ",
   "Để có cơ sở báo cáo Chính phủ tổng kết thực hiện Nghị quyết số 16/2000/NQ-CP ngày 18/10/2000 của Chính phủ về việc sắp xếp tổ chức, Bộ Nội vụ yêu cầu các bộ, ngành, địa phương gửi báo cáo như sau:",
   "I. Đánh giá về tổ chức bộ máy", "1. Tổng hợp tình hình biến động về tổ chức bộ máy"],
  dict(doc_type="Công văn", number="452/BNV-TCBC", issued_date="2007-03-26", place="Hà Nội", issuer="BỘ NỘI VỤ",
       title="Báo cáo tình hình sắp xếp tổ chức theo Nghị quyết 16/2000/NQ-CP của Chính phủ",
       addressees=["Các Bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ", "Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương"])),
 # a portal's copy of a ministry's circular, "Thi hành Nghị định số …" as its ground, the title on two lines
 "tt_portal_thi_hanh": ([
   "• Hiệu lực: Hết hiệu lực toàn bộ", "• Ngày có hiệu lực: 14/05/2005", "• Ngày hết hiệu lực: 01/09/2011", "BỘ NỘI VỤ",
   "Số: 16/2005/TT-BNV", "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Yên Bái, ngày 18 tháng 4 năm 2005", "",
   "THÔNG TƯ", "", "Hướng dẫn thực hiện Nghị định số 121/2004/NĐ-CP ngày 12/5/2004", "", "của Chính phủ về chế độ tập sự của công chức",
   "", "________________", "",
   "Thi hành Nghị định số 121/2004/NĐ-CP ngày 12 tháng 5 năm 2004 của Chính phủ về chế độ tập sự của công chức, Bộ Nội vụ hướng dẫn thực hiện như sau:",
   "", "I. NHỮNG QUY ĐỊNH CHUNG", "", "1. Công chức tập sự là người đã trúng tuyển kỳ thi tuyển."],
  dict(doc_type="Thông tư", number="16/2005/TT-BNV", issued_date="2005-04-18", place="Yên Bái", issuer="BỘ NỘI VỤ",
       title="Hướng dẫn thực hiện Nghị định số 121/2004/NĐ-CP ngày 12/5/2004 của Chính phủ về chế độ tập sự của công chức",
       cited=[("Nghị định", "121/2004/NĐ-CP", "2004-05-12")])),
 # a province's plan whose title cites a directive in capitals ("CHỈ THỊ SỐ 19/CT-TTG"), a stray "-" under the rule
 "kh_title_cites_directive_caps": ([
   "Hệ thống pháp luật", "Đang tải nội dung, vui lòng chờ giây lát...", "ỦY BAN NHÂN DÂN", "TỈNH QUẢNG TRỊ", "-------", "-", *MOTTO,
   "Số: 534/KH-UBND", "Quảng Trị, ngày 08 tháng 11 năm 2021", " ", "KẾ HOẠCH",
   "THỰC HIỆN CHỈ THỊ SỐ 19/CT-TTG NGÀY 16 THÁNG 7 NĂM 2021 CỦA THỦ TƯỚNG CHÍNH PHỦ VỀ VIỆC PHÁT ĐỘNG THI ĐUA THỰC HIỆN THẮNG LỢI NHIỆM VỤ PHÁT TRIỂN KINH TẾ - XÃ HỘI",
   "Thực hiện Chỉ thị số 19/CT-TTg ngày 16/7/2021 của Thủ tướng Chính phủ về việc phát động thi đua và Kế hoạch số 19/KH-HĐTĐKT ngày 10/9/2021 của Hội đồng Thi đua - Khen thưởng Trung ương, Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:",
   "I. MỤC ĐÍCH, YÊU CẦU", "1. Mục đích"],
  dict(doc_type="Kế hoạch", number="534/KH-UBND", issued_date="2021-11-08", place="Quảng Trị", issuer="ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ",
       title="THỰC HIỆN CHỈ THỊ SỐ 19/CT-TTG NGÀY 16 THÁNG 7 NĂM 2021 CỦA THỦ TƯỚNG CHÍNH PHỦ VỀ VIỆC PHÁT ĐỘNG THI ĐUA THỰC HIỆN THẮNG LỢI NHIỆM VỤ PHÁT TRIỂN KINH TẾ - XÃ HỘI",
       cited=[("Chỉ thị", "19/CT-TTg", "2021-07-16"), ("Kế hoạch", "19/KH-HĐTĐKT", "2021-09-10")])),
 # a province's plan in cells whose ground wraps the cited type itself ("Thực hiện Chỉ" / "thị số …")
 "kh_cells_cited_type_wrapped": ([
   "ỦY BAN NHÂN DÂN", "TỈNH LẠNG SƠN", "-------", "|", "CỘNG HÒA XÃ HỘI", "CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
   "---------------", "|", "Số: 29/KH-UBND", "|", "Lạng Sơn, ngày 09", "tháng 02 năm 2020", "|", "KẾ HOẠCH",
   "TRIỂN KHAI CÁC GIẢI PHÁP PHÒNG, CHỐNG HẠN", "HÁN, THIẾU NƯỚC PHỤC VỤ SẢN XUẤT NÔNG NGHIỆP MÙA KHÔ NĂM 2019 -", "2020",
   "Thực hiện Chỉ", "thị số 7946/CT-BNN-TCTL ngày 21/10/2019 của Bộ trưởng Bộ Nông nghiệp và Phát triển",
   "nông thôn về tăng cường các giải pháp thủy lợi phòng, chống hạn hán. Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:",
   "I. MỤC ĐÍCH, YÊU CẦU", "1. Mục đích"],
  dict(doc_type="Kế hoạch", number="29/KH-UBND", issued_date="2020-02-09", place="Lạng Sơn", issuer="ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN",
       title="TRIỂN KHAI CÁC GIẢI PHÁP PHÒNG, CHỐNG HẠN HÁN, THIẾU NƯỚC PHỤC VỤ SẢN XUẤT NÔNG NGHIỆP MÙA KHÔ NĂM 2019 - 2020",
       cited=[("Chỉ thị", "7946/CT-BNN-TCTL", "2019-10-21")])),
 # a ministry's circular in cells, its two-line name, "THÔNG" / "TƯ" and "QUY" / "ĐỊNH …" split, "QUY ĐỊNH:" opening
 "tt_cells_heading_split": ([
   "BỘ THÔNG TIN VÀ", "TRUYỀN THÔNG", "--------", "|", "CỘNG HÒA XÃ HỘI CHỦ", "NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
   "----------------", "|", "Số: 31/2011/TT-BTTTT", "|", "Hà Nội, ngày 03", "tháng 10 năm 2011", "|", "THÔNG", "TƯ", "QUY",
   "ĐỊNH VỀ QUẢN LÝ CHẤT LƯỢNG DỊCH VỤ BƯU CHÍNH CÔNG ÍCH", "BỘ TRƯỞNG BỘ THÔNG", "TIN VÀ TRUYỀN THÔNG",
   "Căn cứ Luật Bưu chính ngày 17 tháng 6 năm", "2010;",
   "Căn cứ Nghị định số 187/2007/NĐ-CP ngày 25 tháng 12 năm 2007 của Chính phủ quy", "định chức năng của Bộ Thông tin và Truyền",
   "thông;", "Theo đề nghị của Cục trưởng Cục Quản lý chất lượng,", "QUY ĐỊNH:", "Chương", "I", "QUY", "ĐỊNH CHUNG", "Điều",
   "1. Phạm vi điều chỉnh:"],
  dict(doc_type="Thông tư", number="31/2011/TT-BTTTT", issued_date="2011-10-03", place="Hà Nội", issuer="BỘ THÔNG TIN VÀ TRUYỀN THÔNG",
       title="QUY ĐỊNH VỀ QUẢN LÝ CHẤT LƯỢNG DỊCH VỤ BƯU CHÍNH CÔNG ÍCH", cited=[("Nghị định", "187/2007/NĐ-CP", "2007-12-25")])),
 # a province's plan in cells, each cited number at a line's end and its date on the next
 "kh_cells_cited_dates_next_line": ([
   "ỦY BAN NHÂN DÂN", "TỈNH SƠN LA", "-------", "|", "CỘNG HÒA XÃ HỘI", "CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
   "---------------", "|", "Số: 1486/KH-UBND", "|", "Sơn La, ngày 11", "tháng 3 năm 2024", "|", "KẾ HOẠCH",
   "THỰC HIỆN CHƯƠNG TRÌNH MỖI XÃ MỘT SẢN PHẨM (OCOP) TRÊN ĐỊA", "BÀN TỈNH SƠN LA NĂM 2024", "Căn cứ Quyết định số 919/QĐ-TTg",
   "ngày 01 tháng 8 năm 2022 của Thủ tướng Chính phủ về việc phê duyệt Chương trình", "mỗi xã một sản phẩm giai đoạn 2021-2025;",
   "Căn cứ Kế hoạch số 3417/KH-UBND", "ngày 07 tháng 11 năm 2022 của Ủy ban nhân dân tỉnh Sơn La về thực hiện Chương",
   "trình Mỗi xã một sản phẩm giai đoạn 2021-2025;", "Ủy ban nhân dân tỉnh ban", "hành Kế hoạch với những nội dung sau:",
   "I. MỤC ĐÍCH,", "YÊU CẦU", "1. Mục đích"],
  dict(doc_type="Kế hoạch", number="1486/KH-UBND", issued_date="2024-03-11", place="Sơn La", issuer="ỦY BAN NHÂN DÂN TỈNH SƠN LA",
       title="THỰC HIỆN CHƯƠNG TRÌNH MỖI XÃ MỘT SẢN PHẨM (OCOP) TRÊN ĐỊA BÀN TỈNH SƠN LA NĂM 2024",
       cited=[("Quyết định", "919/QĐ-TTg", "2022-08-01"), ("Kế hoạch", "3417/KH-UBND", "2022-11-07")])),
}


@pytest.mark.parametrize("name, form", [(name, form) for name, (lines, _) in PAGES.items() for form in _forms(lines)])
def test_a_sampled_page_reads_right(tmp_path, name, form):
    lines, expected = PAGES[name]
    meta = _process(tmp_path, lines, form).metadata
    wrong = {field: (_got(meta, field), want) for field, want in expected.items() if not _right(_got(meta, field), want)}
    assert not wrong


# --- a hard-wrapped title over the collective issuer's line

def _decision_in_cells(issuer: list[str], title: list[str], authority: str) -> list[str]:
    """A decision copied from a site's narrow cells, its sentences cut every dozen characters: enough wrapped lines
    for the clean stage to measure the width and rejoin them."""
    sentences = ["Căn cứ Luật Tổ chức chính quyền địa phương ngày 19/6/2015;",
                 "Căn cứ Luật Ban hành văn bản quy phạm pháp luật ngày 22/6/2015;",
                 "Theo đề nghị của Giám đốc Sở Tài chính,", "QUYẾT ĐỊNH:",
                 "Điều 1. Ban hành kèm theo Quyết định này Quy định về quản lý kinh phí.",
                 "Điều 2. Quyết định này có hiệu lực sau 10 ngày kể từ ngày ký."]
    return [*issuer, "-------", *CELLS_MOTTO, "Số: 31/2016/QĐ-UBND", "|", "Lào Cai, ngày 14 tháng 07 năm 2016", "|",
            "QUYẾT ĐỊNH", *title, authority, *(line for sentence in sentences for line in textwrap.wrap(sentence, 12))]


@pytest.mark.parametrize("issuer, authority", [
    (["ỦY BAN NHÂN DÂN", "TỈNH LÀO CAI"], "ỦY BAN NHÂN DÂN TỈNH LÀO CAI"),
    (["UBND TỈNH LÀO CAI"], "UBND TỈNH LÀO CAI"),
    (["HỘI ĐỒNG NHÂN DÂN", "TỈNH LÀO CAI"], "HỘI ĐỒNG NHÂN DÂN TỈNH LÀO CAI"),
])
@pytest.mark.parametrize("title", [
    ["BAN", "HÀNH QUY ĐỊNH QUẢN LÝ KINH PHÍ SỰ NGHIỆP MÔI TRƯỜNG TRÊN ĐỊA BÀN", "TỈNH LÀO CAI"],
    ["BAN HÀNH QUY ĐỊNH QUẢN LÝ KINH PHÍ SỰ NGHIỆP MÔI TRƯỜNG", "GIAI ĐOẠN 2016 - 2020"],
])
def test_a_wrapped_title_stops_at_the_issuer_s_line(tmp_path, issuer, authority, title):
    """"… TRÊN ĐỊA BÀN" / "TỈNH LÀO CAI" / "ỦY BAN NHÂN DÂN TỈNH LÀO CAI": a hard-wrapped copy ran the title into the
    issuing authority's line when that line is the header's issuer, a collective body (the clean stage joined them)."""
    meta = _process(tmp_path, _decision_in_cells(issuer, title, authority), "text").metadata
    assert meta.title == " ".join(title)


def test_a_wrapped_title_that_names_another_body_goes_on(tmp_path):
    """The other side: a title's line that names a body other than the issuer, after a word a phrase cannot stop at,
    is the title's ("… GIỮA SỞ TÀI CHÍNH VÀ" / "ỦY BAN NHÂN DÂN CÁC HUYỆN")."""
    title = ["BAN HÀNH QUY CHẾ PHỐI HỢP GIỮA SỞ TÀI CHÍNH VÀ", "ỦY BAN NHÂN DÂN CÁC HUYỆN"]
    lines = _decision_in_cells(["ỦY BAN NHÂN DÂN", "TỈNH LÀO CAI"], title, "ỦY BAN NHÂN DÂN TỈNH LÀO CAI")
    assert _process(tmp_path, lines, "text").metadata.title == " ".join(title)


# --- the addressees under a long subject that ends with a full stop

@pytest.mark.parametrize("form", ["text", "html", "docx"])
@pytest.mark.parametrize("subject", [
    "V/v: Báo cáo, đề xuất về nhu cầu sử dụng xe điện chở khách tham quan, du lịch trong các khu phố cổ và khu vực hạn chế.",
    "V/v báo cáo kết quả rà soát, đánh giá việc thực hiện cơ chế đặc thù về đầu tư xây dựng công trình hạ tầng nông thôn năm 2024.",
])
@pytest.mark.parametrize("addressed, names", [
    (["Kính gửi: Thủ tướng Chính phủ"], ["Thủ tướng Chính phủ"]),
    (["Kính gửi:", "- Bộ Tài chính;", "- Bộ Kế hoạch và Đầu tư."], ["Bộ Tài chính", "Bộ Kế hoạch và Đầu tư"]),
])
def test_addressees_under_a_long_subject_are_read(tmp_path, form, subject, addressed, names):
    """A "V/v" subject long enough to read as a sentence, ending with a full stop, was taken for the content's start:
    the "Kính gửi:" under the date was read as a quoted letter's, and the letter had no addressee."""
    lines = ["BỘ GIAO THÔNG VẬN TẢI", "-------", *MOTTO, "Số: 2045/BGTVT-KHĐT", subject, "Hà Nội, ngày 06 tháng 3 năm 2024",
             *addressed, "Thực hiện chỉ đạo của Thủ tướng Chính phủ, Bộ Giao thông vận tải báo cáo như sau:",
             "1. Thực trạng", "Đến nay đã có 21 địa phương triển khai thí điểm."]
    assert _got(_process(tmp_path, lines, form).metadata, "addressees") == names


def test_a_letter_quoted_in_the_content_is_still_not_addressed(tmp_path):
    """The other side: a "Kính gửi:" inside the content (a letter quoted after the content's first sentence) gives none."""
    lines = ["BỘ GIAO THÔNG VẬN TẢI", "-------", *MOTTO, "Số: 2045/BGTVT-KHĐT", "Hà Nội, ngày 06 tháng 3 năm 2024",
             "Bộ Giao thông vận tải nhận được văn bản của Sở Giao thông vận tải tỉnh Lào Cai, nội dung như sau:",
             "Kính gửi: Bộ Giao thông vận tải", "1. Thực trạng"]
    assert _got(_process(tmp_path, lines, "text").metadata, "addressees") == []


# --- a cited document's type in small letters

@pytest.mark.parametrize("sentence, cited", [
    ("Thực hiện ý kiến của Thủ tướng Chính phủ tại công văn số 5236/VPCP-KTN ngày 14 tháng 9 năm 2009 của Văn phòng Chính phủ;",
     ("Công văn", "5236/VPCP-KTN", "2009-09-14")),
    ("Căn cứ quyết định số 1208/QĐ-UBND ngày 05/6/2019 của Ủy ban nhân dân tỉnh;", ("Quyết định", "1208/QĐ-UBND", "2019-06-05")),
    ("Triển khai kế hoạch số 45/KH-UBND ngày 12/3/2024 của UBND huyện, Phòng Giáo dục báo cáo như sau:",
     ("Kế hoạch", "45/KH-UBND", "2024-03-12")),
    ("Theo báo cáo thẩm tra số 23/BC-VHXH ngày 04/12/2013 của Ban Văn hóa - Xã hội,", ("Báo cáo", "23/BC-VHXH", "2013-12-04")),
])
def test_a_type_in_small_letters_before_a_number_is_cited(sentence, cited):
    """"… tại công văn số 5236/VPCP-KTN ngày …": a type in small letters inside a sentence cited nothing."""
    assert [(c.doc_type, c.number, c.issued_date) for c in find_citations(sentence)] == [cited]


@pytest.mark.parametrize("sentence", [
    "Công văn số 12 ngày 05/3/2024 của Sở đã nêu rõ lộ trình.",  # no symbol: no number of a document
    "Các văn bản quy định số lượng cán bộ 12/2020 đã được rà soát.",  # "quy định" a verb, its number no symbol's
])
def test_words_in_small_letters_without_a_number_cite_nothing(sentence):
    """The other side: small letters cite only before "số" and a number with its symbol."""
    assert find_citations(sentence) == []


@pytest.mark.parametrize("form", ["text", "html"])
def test_a_ground_in_small_letters_is_among_the_cited(tmp_path, form):
    """The whole document: a print view's decision whose ground cites "công văn số …" in small letters."""
    lines, expected = PAGES["qd_bo_print_no_header"]
    assert _got(_process(tmp_path, lines, form).metadata, "cited") == expected["cited"]


# --- a draft's mark over the type heading

@pytest.mark.parametrize("form", ["text", "html", "docx"])
@pytest.mark.parametrize("mark", ["DỰ THẢO", "(Dự thảo lần 2)", "Dự thảo"])
@pytest.mark.parametrize("issuer, heading, doc_type", [(["BỘ TÀI CHÍNH"], "THÔNG TƯ", "Thông tư"),
                                                       (["ỦY BAN NHÂN DÂN", "TỈNH YÊN BÁI"], "QUYẾT ĐỊNH", "Quyết định")])
def test_a_draft_s_mark_is_not_the_issuer_s(tmp_path, form, mark, issuer, heading, doc_type):
    """"BỘ GIAO THÔNG VẬN TẢI" / … / "DỰ THẢO" / "THÔNG TƯ": the draft's mark was read as the issuer's last line
    ("BỘ GIAO THÔNG VẬN TẢI DỰ THẢO"). It is no body's line (sections.json draft_marks)."""
    lines = [*issuer, mark, heading, "Quy định chế độ quản lý kinh phí sự nghiệp môi trường",
             "Căn cứ Luật Ngân sách nhà nước ngày 25 tháng 6 năm 2015;", "Điều 1. Phạm vi điều chỉnh"]
    meta = _process(tmp_path, lines, form).metadata
    assert meta.issuer.name == " ".join(issuer)
    assert (meta.doc_type, meta.number) == (doc_type, None)
