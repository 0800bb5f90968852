"""Vietnamese text the layouts draw their rows from, written for these fixtures (no document's wording copied).

Agencies: some are in pipeline/data/agencies.csv (their plain names, as a province's plan prints them), some are
not (associations, central units, named sub-units), and some have a comma, a dash or "và" inside the name.
Deadlines carry the end of the period they name, worked out by hand (None where no period is named).
"""

from __future__ import annotations

from .spec import Deadline

CONTENTS = (
    "Rà soát, đánh giá kết quả thực hiện các nhiệm vụ cải cách hành chính giai đoạn trước và đề xuất giải pháp khắc phục tồn tại",
    "Xây dựng và trình ban hành Kế hoạch kiểm tra công tác cải cách hành chính trên địa bàn tỉnh",
    "Tổ chức hội nghị quán triệt, triển khai Kế hoạch đến cán bộ chủ chốt của các cơ quan, đơn vị",
    "Cập nhật, công khai đầy đủ thủ tục hành chính trên Cổng Dịch vụ công và tại Bộ phận Một cửa các cấp",
    "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính còn hiệu lực theo lộ trình được giao",
    "Tham mưu sửa đổi quy chế phối hợp giữa các cơ quan trong quản lý hoạt động khai thác cát, sỏi lòng sông",
    "Kiểm tra việc chấp hành quy định về an toàn thực phẩm tại các bếp ăn tập thể của trường học",
    "Tuyên truyền, phổ biến chính sách bảo hiểm xã hội tự nguyện tới người lao động khu vực phi chính thức",
    "Hoàn thiện cơ sở dữ liệu đất đai và kết nối với hệ thống thông tin quốc gia về đất đai",
    "Đánh giá chất lượng phục vụ người dân, doanh nghiệp trong giải quyết thủ tục hành chính hằng quý",
    "Rà soát quy hoạch sử dụng đất các khu công nghiệp, cụm công nghiệp để đề xuất điều chỉnh cho phù hợp",
    "Tổ chức lớp bồi dưỡng kỹ năng chuyển đổi số cho công chức cấp xã",
    "Triển khai nền tảng họp trực tuyến từ cấp tỉnh đến cấp xã bảo đảm an toàn thông tin",
    "Xây dựng bộ tiêu chí đánh giá mức độ hài lòng đối với dịch vụ y tế công lập",
    "Kiểm tra, đôn đốc tiến độ giải ngân vốn đầu tư công của các chủ đầu tư",
    "Thẩm định, phê duyệt phương án bảo vệ môi trường đối với các mỏ khoáng sản đang khai thác",
    "Tổ chức Ngày hội văn hóa các dân tộc gắn với quảng bá du lịch cộng đồng",
    "Điều tra, thống kê hiện trạng nhà ở của hộ nghèo, hộ cận nghèo để hỗ trợ xây mới, sửa chữa",
    "Chuẩn hóa dữ liệu dân cư phục vụ cấp căn cước và định danh điện tử cho người dân",
    "Xây dựng đề án sắp xếp, tổ chức lại các đơn vị sự nghiệp công lập thuộc tỉnh",
    "Rà soát, bãi bỏ các văn bản quy phạm pháp luật không còn phù hợp do Hội đồng nhân dân tỉnh ban hành",
    "Tổ chức diễn tập phòng cháy, chữa cháy và cứu nạn, cứu hộ tại các chợ đầu mối",
    "Kiểm tra các cơ sở kinh doanh vật liệu nổ công nghiệp và tiền chất thuốc nổ trên địa bàn",
    "Hỗ trợ doanh nghiệp nhỏ và vừa tham gia sàn thương mại điện tử, đưa sản phẩm OCOP lên môi trường số",
    "Tổng hợp, báo cáo kết quả thực hiện Kế hoạch định kỳ sáu tháng và hằng năm",
    "Nâng cấp hệ thống thông tin giải quyết thủ tục hành chính của tỉnh, tích hợp thanh toán trực tuyến",
    "Kiện toàn Ban Chỉ đạo và tổ giúp việc triển khai Chương trình mục tiêu quốc gia",
    "Xây dựng kế hoạch đào tạo nghề cho lao động nông thôn gắn với nhu cầu của doanh nghiệp",
    "Tổ chức thanh tra trách nhiệm thực hiện pháp luật về tiếp công dân, giải quyết khiếu nại, tố cáo",
    "Đầu tư trang thiết bị cho Bộ phận Một cửa cấp xã theo tiêu chuẩn thống nhất",
    "Rà soát danh mục dự án kêu gọi đầu tư, cập nhật thông tin trên trang xúc tiến đầu tư của tỉnh",
    "Triển khai tiêm chủng mở rộng và phòng, chống dịch bệnh mùa mưa",
    "Khảo sát nhu cầu sử dụng dịch vụ công trực tuyến toàn trình của người dân và doanh nghiệp",
    "Xây dựng quy định phân cấp quản lý cán bộ, công chức, viên chức của tỉnh",
    "Kiểm tra việc sử dụng kinh phí chi thường xuyên tại các đơn vị dự toán cấp tỉnh",
    "Tổ chức cuộc thi tìm hiểu pháp luật trực tuyến dành cho đoàn viên, thanh niên",
    "Hướng dẫn các xã xây dựng mô hình dân vận khéo trong xây dựng nông thôn mới",
    "Thực hiện công khai ngân sách nhà nước theo quy định trên cổng thông tin điện tử",
    "Đánh giá tác động của thủ tục hành chính trong dự thảo văn bản quy phạm pháp luật",
    "Xây dựng cơ sở dữ liệu về người có công và chi trả trợ cấp qua tài khoản ngân hàng",
    "Tổ chức kiểm tra, sát hạch cấp chứng chỉ hành nghề cho cá nhân hoạt động xây dựng",
    "Rà soát, cắm mốc chỉ giới hành lang bảo vệ nguồn nước các hồ chứa",
    "Phối hợp tổ chức tuần lễ hưởng ứng học tập suốt đời tại các trường học",
    "Xây dựng phương án ứng phó sự cố tràn dầu, hóa chất trên sông Hồng",
    "Triển khai chữ ký số cho người dân khi thực hiện thủ tục hành chính trực tuyến",
    "Tăng cường kiểm tra hoạt động kinh doanh xăng dầu, khí dầu mỏ hóa lỏng",
    "Hoàn thành việc cấp giấy chứng nhận quyền sử dụng đất lần đầu cho hộ gia đình, cá nhân",
    "Tổ chức tập huấn nghiệp vụ kiểm soát thủ tục hành chính cho cán bộ đầu mối",
    "Thu thập, cập nhật số liệu thống kê ngành phục vụ đánh giá chỉ tiêu phát triển kinh tế - xã hội",
    "Xây dựng chuyên mục cải cách hành chính trên báo, đài phát thanh và truyền hình của tỉnh",
    "Rà soát tiêu chuẩn chức danh lãnh đạo, quản lý và xây dựng quy hoạch cán bộ",
    "Tổ chức đối thoại giữa lãnh đạo tỉnh với doanh nghiệp về tháo gỡ khó khăn, vướng mắc",
    "Lập danh mục nhiệm vụ khoa học và công nghệ cấp tỉnh đặt hàng thực hiện",
    "Kiểm tra công tác văn thư, lưu trữ và số hóa tài liệu lưu trữ tại các cơ quan",
    "Triển khai mô hình trợ lý ảo hỗ trợ tra cứu thủ tục hành chính",
    "Hoàn thiện hồ sơ đề nghị công nhận xã đạt chuẩn nông thôn mới nâng cao",
    "Xây dựng phương án phòng, chống thiên tai và tìm kiếm cứu nạn năm kế hoạch",
    "Rà soát các dự án chậm tiến độ, đề xuất thu hồi chủ trương đầu tư theo quy định",
    "Tổ chức giải chạy hưởng ứng phong trào toàn dân rèn luyện thân thể",
    "Bồi dưỡng kiến thức quốc phòng và an ninh cho đối tượng 4 theo kế hoạch",
    "Đo lường sự hài lòng của người bệnh tại các cơ sở khám bệnh, chữa bệnh công lập",
    "Số hóa sổ hộ tịch lưu trữ và cập nhật vào cơ sở dữ liệu hộ tịch điện tử",
    "Kiểm tra tình hình thực hiện chính sách dân tộc tại các xã vùng đồng bào dân tộc thiểu số",
    "Thực hiện sắp xếp, xử lý nhà, đất là tài sản công sau sắp xếp đơn vị hành chính",
)

PRODUCTS = (
    "Kế hoạch của UBND tỉnh", "Quyết định của UBND tỉnh", "Báo cáo", "Báo cáo kết quả", "Văn bản hướng dẫn",
    "Quyết định phê duyệt", "Hội nghị", "Tờ trình và dự thảo Nghị quyết", "Cơ sở dữ liệu", "Công văn đôn đốc",
    "Kết luận kiểm tra", "Đề án", "Chuyên mục, tin bài", "Phần mềm được nâng cấp", "Quy chế phối hợp",
)

# Agencies of a province, as a province's own plan prints them. In the registry ("*tỉnh" rows):
PROVINCE = (
    "Sở Nội vụ", "Sở Tư pháp", "Sở Tài chính", "Sở Công Thương", "Sở Xây dựng", "Sở Nông nghiệp và Môi trường",
    "Sở Khoa học và Công nghệ", "Sở Văn hóa, Thể thao và Du lịch", "Sở Giáo dục và Đào tạo", "Sở Y tế",
    "Sở Dân tộc và Tôn giáo", "Văn phòng UBND tỉnh", "Công an tỉnh", "Thanh tra tỉnh", "Bảo hiểm xã hội tỉnh",
    "Trung tâm Phục vụ hành chính công tỉnh", "Ban Quản lý các khu công nghiệp tỉnh", "Đài Phát thanh và Truyền hình tỉnh",
    "Bộ Chỉ huy Quân sự tỉnh", "Trung tâm Xúc tiến đầu tư, thương mại và du lịch",
)
# Collectives (one name each, though they hold commas).
COLLECTIVE = ("Các sở, ban, ngành", "UBND các xã, phường", "Các cơ quan, đơn vị liên quan", "Các cơ quan, đơn vị, địa phương")
# Not in the registry.
UNLISTED = (
    "Hội Nông dân tỉnh", "Tỉnh đoàn", "Hội Liên hiệp Phụ nữ tỉnh", "Liên minh Hợp tác xã tỉnh", "Trường Chính trị tỉnh",
    "Hiệp hội Doanh nghiệp tỉnh", "Ban Quản lý dự án đầu tư xây dựng các công trình dân dụng và công nghiệp tỉnh",
    "Chi cục Thống kê tỉnh", "Liên đoàn Lao động tỉnh", "Hội Cựu chiến binh tỉnh",
)
# Central bodies; Quốc hội's committees (one with a comma inside), the submitters of a legislative programme.
MINISTRY = (
    "Bộ Nội vụ", "Bộ Tư pháp", "Bộ Tài chính", "Văn phòng Chính phủ", "Bộ Khoa học và Công nghệ", "Bộ Công an",
    "Bộ Văn hóa, Thể thao và Du lịch", "Bộ Quốc phòng", "Bộ Y tế", "Bộ Giáo dục và Đào tạo",
)
NA_COMMITTEES = (
    "Ủy ban Khoa học, Công nghệ và Môi trường", "Ủy ban Pháp luật và Tư pháp", "Ủy ban Kinh tế và Tài chính",
    "Ủy ban Quốc phòng, An ninh và Đối ngoại", "Ủy ban Văn hóa và Xã hội", "Ủy ban Xã hội",
)
SUBMITTERS = ("Chính phủ", "Tòa án nhân dân tối cao", "Viện kiểm sát nhân dân tối cao", "Chính phủ")

Y = 2026
DEADLINES = (
    Deadline("Quý II/2026", "2026-06-30"), Deadline("Tháng 6/2026", "2026-06-30"), Deadline("Năm 2026", "2026-12-31"),
    Deadline("31/12/2026", "2026-12-31"), Deadline("Thường xuyên"), Deadline("Hằng năm"),
    Deadline("Trước ngày 15/3/2026", "2026-03-15"), Deadline("Quý IV/2026", "2026-12-31"),
    Deadline("Tháng 9 năm 2026", "2026-09-30"), Deadline("Trong năm 2026", "2026-12-31"),
    Deadline("Quý I năm 2026", "2026-03-31"), Deadline("Xong trong tháng 5/2026", "2026-05-31"),
    Deadline("Thường xuyên, hằng năm"), Deadline("Trước 30/6/2026", "2026-06-30"),
    Deadline("6 tháng đầu năm 2026", "2026-06-30"), Deadline("Quý III/2026", "2026-09-30"),
)
# Forms that real plans print less often, or that need care: durations and "kể từ" name no fixed period; a date
# inside a citation is the cited document's date, not a deadline; a bare quarter takes the plan's year.
HARD_DEADLINES = (
    Deadline("7 ngày"), Deadline("Trong 30 ngày kể từ ngày Kế hoạch được ban hành"),
    Deadline("2026-2030", "2030-12-31"), Deadline("Giai đoạn 2026 - 2030", "2030-12-31"),
    Deadline("Theo tiến độ tại Quyết định số 125/QĐ-UBND ngày 10/01/2026 của UBND tỉnh"),
    Deadline("Quý III", "2026-09-30"), Deadline("Chậm nhất ngày 20/11/2026", "2026-11-20"),
    Deadline("Tháng 10 - 12/2026", "2026-12-31"), Deadline("Hoàn thành trước ngày 30/9/2026", "2026-09-30"),
    Deadline("Định kỳ 6 tháng, hằng năm"),
)
SESSIONS = (
    Deadline("Phiên họp tháng 9/2026", "2026-09-30"), Deadline("Phiên họp tháng 10/2026", "2026-10-31"),
    Deadline("Kỳ họp thứ Hai (tháng 10/2026)", "2026-10-31"), Deadline("Phiên họp tháng 8/2026", "2026-08-31"),
)
STEP_TIMES = (Deadline("01 ngày làm việc"), Deadline("04 giờ làm việc"), Deadline("02 ngày làm việc"),
              Deadline("05 ngày làm việc"), Deadline("Ngay khi nhận hồ sơ"), Deadline("0,5 ngày làm việc"))
