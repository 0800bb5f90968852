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

# -- The second test bed (layouts written after the reader, from facts about real documents: FACTS.md) --------------

# Central bodies as a Government resolution's task annex prints them: ministries (in the registry), bodies outside
# it (the national broadcasters, an academy, a university) and collectives, which hold commas.
CENTRAL = (
    "Bộ Khoa học và Công nghệ", "Bộ Tài chính", "Bộ Nội vụ", "Bộ Công an", "Bộ Giáo dục và Đào tạo", "Bộ Công Thương",
    "Bộ Tư pháp", "Bộ Xây dựng", "Bộ Nông nghiệp và Môi trường", "Bộ Quốc phòng", "Ngân hàng Nhà nước Việt Nam",
    "Văn phòng Chính phủ", "Bộ Ngoại giao", "Bộ Y tế",
)
CENTRAL_UNLISTED = ("Đài Truyền hình Việt Nam", "Đài Tiếng nói Việt Nam", "Thông tấn xã Việt Nam",
                    "Viện Hàn lâm Khoa học xã hội Việt Nam", "Đại học Quốc gia Hà Nội")
CENTRAL_COLLECTIVE = ("Các bộ, ngành, địa phương", "Các bộ, cơ quan ngang bộ", "Các bộ, ngành liên quan",
                      "Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương")
# A province's bodies as cramped annex tables abbreviate them (names compared as printed).
ABBREVIATED = ("Sở KH&CN", "Sở NN&MT", "Sở VHTTDL", "Sở GD&ĐT", "VP UBND tỉnh", "BHXH tỉnh", "Đài PT-TH tỉnh",
               "Sở Nội vụ", "Sở Tài chính", "Công an tỉnh")
# A provincial health department's units (the lead) and the facilities that carry the work out (implementers).
HEALTH_UNITS = ("Phòng Nghiệp vụ Y", "Phòng Kế hoạch - Tài chính", "Văn phòng Sở", "Thanh tra Sở", "Phòng Nghiệp vụ Dược")
HEALTH_FACILITIES = ("Trung tâm Kiểm soát bệnh tật tỉnh", "Bệnh viện Đa khoa tỉnh", "Trung tâm Y tế các huyện",
                     "Chi cục An toàn vệ sinh thực phẩm", "Trạm Y tế các xã")
# A ministry's units (not in the registry) and the provincial departments it works with.
EDUCATION_UNITS = ("Vụ Giáo dục Phổ thông", "Vụ Kế hoạch - Tài chính", "Cục Nhà giáo và Cán bộ quản lý giáo dục",
                   "Văn phòng Bộ", "Vụ Pháp chế", "Cục Công nghệ thông tin", "Các sở giáo dục và đào tạo")

# Deadlines as central programmes print them: a bare month "6/2026", a bare year, "Nhiệm vụ thường xuyên".
CENTRAL_DEADLINES = (
    Deadline("6/2026", "2026-06-30"), Deadline("Tháng 10/2026", "2026-10-31"), Deadline("2026", "2026-12-31"),
    Deadline("Thường xuyên"), Deadline("12/2026", "2026-12-31"), Deadline("Quý III/2026", "2026-09-30"),
    Deadline("Nhiệm vụ thường xuyên"), Deadline("2027", "2027-12-31"), Deadline("03/2026", "2026-03-31"),
    Deadline("Năm 2026 - 2027", "2027-12-31"),
)
# Other province wordings: spans of months, "đến hết", recurring duties (no single end).
MORE_DEADLINES = (
    Deadline("Trước ngày 30 tháng 6 năm 2026", "2026-06-30"), Deadline("Tháng 3 - 4/2026", "2026-04-30"),
    Deadline("Từ tháng 3/2026 đến tháng 9/2026", "2026-09-30"), Deadline("Quý I, II/2026", "2026-06-30"),
    Deadline("Định kỳ hằng quý"), Deadline("Trước 15/12/2026", "2026-12-15"), Deadline("Cả năm 2026", "2026-12-31"),
    Deadline("Đến hết năm 2026", "2026-12-31"), Deadline("Quý II - Quý III/2026", "2026-09-30"),
    Deadline("Tháng 11 hằng năm"),
)
# A provincial council's sessions (the month in brackets gives the period).
COUNCIL_SESSIONS = (
    Deadline("Kỳ họp thường lệ giữa năm 2026 (tháng 7/2026)", "2026-07-31"),
    Deadline("Kỳ họp thường lệ cuối năm 2026 (tháng 12/2026)", "2026-12-31"),
    Deadline("Kỳ họp chuyên đề quý III/2026", "2026-09-30"), Deadline("Kỳ họp gần nhất"),
)
# The run of a conference: days, a span of days, a day after the event (no fixed date).
EVENT_DAYS = (
    Deadline("Trước ngày 05/3/2026", "2026-03-05"), Deadline("Ngày 10/3/2026", "2026-03-10"),
    Deadline("Từ ngày 11 đến ngày 13/3/2026", "2026-03-13"), Deadline("Ngày 17/3/2026", "2026-03-17"),
    Deadline("Sau Hội nghị 05 ngày"), Deadline("Trước ngày 25/3/2026", "2026-03-25"),
)
EVENT_STEPS = (
    "Xây dựng, trình ban hành Kế hoạch tổ chức Hội nghị xúc tiến đầu tư", "Lập danh sách và gửi giấy mời đại biểu, nhà đầu tư",
    "Chuẩn bị hội trường, âm thanh, ánh sáng, trang trí khánh tiết", "Xây dựng báo cáo đề dẫn và tài liệu giới thiệu dự án",
    "Đón tiếp, bố trí nơi ở cho đại biểu, nhà đầu tư ngoài tỉnh", "Tổ chức Hội nghị và lễ trao quyết định chủ trương đầu tư",
    "Đưa tin, phóng sự về Hội nghị trên các phương tiện thông tin đại chúng", "Tổng hợp kết quả, báo cáo Ủy ban nhân dân tỉnh",
)
# Works with a sum of money (millions of đồng) and its source.
FUNDED = (
    ("Tổ chức tập huấn nghiệp vụ cho cán bộ làm công tác dân số cấp xã", "120", "Ngân sách tỉnh"),
    ("In ấn, phát hành tờ rơi, áp phích tuyên truyền về dân số và phát triển", "85", "Ngân sách tỉnh"),
    ("Mua sắm trang thiết bị tư vấn tiền hôn nhân cho trạm y tế", "1.250", "Ngân sách trung ương"),
    ("Xây dựng phóng sự truyền hình về chăm sóc sức khỏe sinh sản vị thành niên", "60", "Ngân sách tỉnh"),
    ("Khảo sát, đánh giá tỷ số giới tính khi sinh tại các huyện trọng điểm", "240", "Nguồn xã hội hóa"),
    ("Tổ chức Hội nghị sơ kết việc thực hiện Chương trình", "45", "Ngân sách tỉnh"),
)

# 120 tasks for a long table: an action and a field, so that every task starts differently.
ACTIONS = ("Rà soát", "Kiểm tra", "Tuyên truyền về", "Đánh giá", "Tổng kết", "Xây dựng kế hoạch")
FIELDS = (
    "công tác phòng, chống tham nhũng, tiêu cực", "an toàn giao thông đường bộ, đường thủy nội địa",
    "bảo vệ môi trường làng nghề, cụm công nghiệp", "quản lý trật tự xây dựng đô thị", "phát triển kinh tế tập thể, hợp tác xã",
    "chăm sóc sức khỏe người cao tuổi", "phòng cháy, chữa cháy tại khu dân cư", "thực hành tiết kiệm, chống lãng phí",
    "xây dựng gia đình văn hóa, khu dân cư văn hóa", "bảo đảm trật tự an toàn xã hội dịp Tết", "quản lý, sử dụng tài sản công",
    "dạy nghề cho người khuyết tật", "giảm thiểu rác thải nhựa trên địa bàn", "hỗ trợ khởi nghiệp đổi mới sáng tạo",
    "phổ biến, giáo dục pháp luật trong trường học", "ứng dụng công nghệ thông tin trong y tế cơ sở",
    "bảo tồn di sản văn hóa phi vật thể", "xóa nhà tạm, nhà dột nát cho hộ nghèo", "mô hình sản xuất nông nghiệp tuần hoàn",
    "quản lý chất lượng công trình giao thông nông thôn",
)

GOV_TASKS = (
    "Xây dựng, trình Thủ tướng Chính phủ ban hành chương trình truyền thông về kinh tế số và xã hội số",
    "Sản xuất chuyên mục về chuyển đổi số trên truyền hình, phát thanh và nền tảng số",
    "Phát động phong trào thi đua đổi mới sáng tạo trong các cơ quan hành chính nhà nước",
    "Đưa chỉ tiêu chuyển đổi số vào kế hoạch phát triển kinh tế - xã hội hằng năm của bộ, ngành, địa phương",
    "Rà soát, đề xuất sửa đổi các quy định về đầu tư, mua sắm sản phẩm, dịch vụ công nghệ số",
    "Xây dựng Nghị định về cơ chế thử nghiệm có kiểm soát đối với mô hình kinh doanh số",
    "Sửa đổi quy định về định mức kinh tế - kỹ thuật cho hoạt động số hóa, khai thác dữ liệu",
    "Hoàn thiện khung pháp lý về giao dịch điện tử trong lĩnh vực tài chính, ngân hàng",
    "Nghiên cứu chính sách ưu đãi thuế cho doanh nghiệp đầu tư trung tâm dữ liệu trong nước",
    "Triển khai mạng di động thế hệ mới phủ sóng toàn bộ khu công nghiệp, khu công nghệ cao",
    "Kết nối cơ sở dữ liệu quốc gia về văn bản pháp luật với hệ thống thông tin của các bộ, ngành",
    "Đào tạo kỹ năng số cơ bản cho cán bộ, công chức, viên chức trên nền tảng học trực tuyến mở",
    "Thành lập mạng lưới chuyên gia công nghệ số hỗ trợ doanh nghiệp nhỏ và vừa",
    "Đánh giá, xếp hạng mức độ chuyển đổi số của các bộ, ngành, địa phương hằng năm",
)
GOV_OUTPUTS = ("Quyết định của Thủ tướng Chính phủ", "Nghị định của Chính phủ", "Chương trình", "Đề án", "Văn bản hướng dẫn",
               "Báo cáo", "Luật của Quốc hội", "Nền tảng số", "Thông tư")
HEALTH_TASKS = (
    "Giám sát chủ động bệnh sốt xuất huyết tại các xã có ổ dịch cũ",
    "Tổ chức tiêm vắc xin sởi - rubella cho trẻ em trong độ tuổi",
    "Kiểm tra an toàn thực phẩm tại các bếp ăn tập thể khu công nghiệp",
    "Cập nhật hồ sơ sức khỏe điện tử của người dân trên nền tảng quốc gia",
    "Đánh giá chất lượng bệnh viện theo bộ tiêu chí của Bộ Y tế",
    "Tập huấn phác đồ điều trị bệnh tay chân miệng cho nhân viên y tế",
    "Rà soát giá thuốc trúng thầu tại các cơ sở khám bệnh, chữa bệnh công lập",
    "Truyền thông phòng, chống tác hại của thuốc lá điện tử trong trường học",
)
EDU_TASKS = (
    "Xây dựng Thông tư quy định chuẩn nghề nghiệp giáo viên cơ sở giáo dục phổ thông",
    "Sửa đổi Thông tư về đánh giá học sinh trung học cơ sở và trung học phổ thông",
    "Trình Chính phủ Nghị định về chính sách phát triển giáo dục mầm non",
    "Hướng dẫn tổ chức dạy học hai buổi một ngày đối với giáo dục phổ thông",
    "Rà soát quy định về tuyển sinh đầu cấp và đề xuất sửa đổi",
    "Tổ chức bồi dưỡng thường xuyên giáo viên theo chương trình mới",
    "Đào tạo giáo viên dạy tiếng dân tộc thiểu số tại các tỉnh miền núi",
    "Bồi dưỡng năng lực số cho cán bộ quản lý cơ sở giáo dục",
    "Đề xuất chế độ phụ cấp ưu đãi đối với giáo viên vùng đặc biệt khó khăn",
    "Xây dựng cơ chế thu hút giáo viên giỏi về công tác tại vùng khó khăn",
)
# A province's normative documents: a council's resolution (Nghị quyết, "HĐND tỉnh") or the committee's decision
# (Quyết định, "UBND tỉnh").
LOCAL_LEGAL = (
    ("Nghị quyết quy định mức chi bảo đảm cho công tác cải cách hành chính", "HĐND tỉnh"),
    ("Quyết định ban hành Quy chế quản lý cụm công nghiệp trên địa bàn tỉnh", "UBND tỉnh"),
    ("Nghị quyết quy định chính sách hỗ trợ phát triển sản phẩm OCOP", "HĐND tỉnh"),
    ("Quyết định quy định đơn giá bồi thường cây trồng, vật nuôi khi Nhà nước thu hồi đất", "UBND tỉnh"),
    ("Quyết định ban hành Quy định phân cấp quản lý nhà nước về an toàn thực phẩm", "UBND tỉnh"),
    ("Nghị quyết quy định mức thu phí thẩm định báo cáo đánh giá tác động môi trường", "HĐND tỉnh"),
    ("Quyết định quy định hạn mức giao đất ở tại nông thôn", "UBND tỉnh"),
    ("Nghị quyết về chính sách thu hút nguồn nhân lực chất lượng cao", "HĐND tỉnh"),
)
COUNCIL_DRAFTS = (
    "Nghị quyết phê chuẩn quyết toán ngân sách địa phương năm 2025",
    "Nghị quyết về kế hoạch đầu tư công năm 2027",
    "Nghị quyết quy định nội dung, mức hỗ trợ phát triển sản xuất trong các chương trình mục tiêu quốc gia",
    "Nghị quyết về biên chế công chức trong cơ quan hành chính của tỉnh năm 2027",
    "Nghị quyết thông qua danh mục công trình, dự án cần thu hồi đất năm 2027",
    "Nghị quyết về chương trình giám sát của Hội đồng nhân dân tỉnh năm 2027",
)
# A council's list of public works: the investor is the body in charge; the period of works is the deadline.
PROJECTS = (
    ("Đường nối trung tâm xã Bản Vược với quốc lộ 4D", "Ban Quản lý dự án đầu tư xây dựng các công trình giao thông tỉnh",
     "Xã Bản Vược", Deadline("2026-2028", "2028-12-31"), "85.000"),
    ("Khu nội trú Trường Phổ thông dân tộc nội trú tỉnh", "Sở Giáo dục và Đào tạo", "Phường Cam Đường",
     Deadline("2026-2027", "2027-12-31"), "42.500"),
    ("Kè chống sạt lở bờ sông Chảy đoạn qua trung tâm xã Bảo Nhai", "Ban Quản lý dự án đầu tư xây dựng các công trình nông nghiệp tỉnh",
     "Xã Bảo Nhai", Deadline("2026-2028", "2028-12-31"), "120.000"),
    ("Trung tâm dữ liệu và điều hành thông minh của tỉnh", "Sở Khoa học và Công nghệ", "Phường Lào Cai",
     Deadline("2026-2027", "2027-12-31"), "98.000"),
    ("Nhà văn hóa thôn Nậm Cang và các hạng mục phụ trợ", "UBND xã Sa Pả", "Xã Sa Pả", Deadline("Năm 2026", "2026-12-31"), "3.200"),
    ("Đường giao thông nội đồng thôn Cốc Lầu", "UBND xã Bắc Hà", "Xã Bắc Hà", Deadline("2026-2027", "2027-12-31"), "6.800"),
    ("Trạm y tế xã Mường Khương (cải tạo, mở rộng)", "UBND xã Mường Khương", "Xã Mường Khương", Deadline("Năm 2026", "2026-12-31"), "4.500"),
)
# A ministry's plan to carry out a law: some tasks list the documents they cover, one "- " line each.
LAW_TASKS = (
    "Xây dựng các văn bản quy định chi tiết thi hành Luật Lưu trữ, gồm:\n- Nghị định quy định chi tiết một số điều của Luật;\n"
    "- Thông tư quy định thời hạn bảo quản hồ sơ, tài liệu ngành Nội vụ",
    "Tổ chức quán triệt, phổ biến nội dung Luật cho cán bộ, công chức làm công tác lưu trữ",
    "Rà soát các văn bản quy phạm pháp luật về lưu trữ để sửa đổi, bổ sung, thay thế hoặc bãi bỏ, cụ thể:\n"
    "- Các nghị định của Chính phủ có liên quan;\n- Các thông tư do Bộ trưởng ban hành;\n- Các văn bản do địa phương ban hành",
    "Biên soạn tài liệu hướng dẫn nghiệp vụ lưu trữ tài liệu điện tử tại các cơ quan",
    "Xây dựng cơ sở dữ liệu tài liệu lưu trữ quốc gia và kết nối với các lưu trữ lịch sử, gồm các bước:\n"
    "- Chuẩn hóa dữ liệu đặc tả;\n- Số hóa tài liệu có giá trị sử dụng thường xuyên",
    "Kiểm tra việc thi hành Luật tại các bộ, ngành và địa phương",
)

# -- Third bed --------------------------------------------------------------------------------------------------------
# Indicator rows of a mixed "Chỉ tiêu, nhiệm vụ" table: the indicator, its unit (ĐVT) and the year's target.
INDICATORS = (
    ("Tỷ lệ hồ sơ thủ tục hành chính được giải quyết trực tuyến toàn trình", "%", "80"),
    ("Số doanh nghiệp thành lập mới trong năm", "Doanh nghiệp", "1.200"),
    ("Tỷ lệ xã đạt chuẩn tiếp cận pháp luật", "%", "95"),
    ("Số lao động được giải quyết việc làm mới", "Người", "18.500"),
    ("Tỷ lệ dân số tham gia bảo hiểm y tế", "%", "94,5"),
)
# Deadlines written as a clause at the end of the content cell (the table has no deadline column); None: a row
# whose content names no deadline (one cites a decision's date, which is not one).
IN_CONTENT = (
    Deadline("hoàn thành trước ngày 30/6/2026", "2026-06-30"), Deadline("hoàn thành trong quý III/2026", "2026-09-30"),
    None, Deadline("xong trước ngày 15/10/2026", "2026-10-15"), Deadline("thực hiện trong tháng 5/2026", "2026-05-31"),
    Deadline("hoàn thành trong năm 2026", "2026-12-31"), None,
)
# "Thời gian thực hiện" cells that name no single period, or a span of years.
TIME_WORDS = (
    Deadline("Thường xuyên"), Deadline("Theo chỉ đạo của UBND tỉnh"), Deadline("Năm 2026-2030", "2030-12-31"),
    Deadline("Khi có yêu cầu"), Deadline("Hằng năm, giai đoạn 2026-2030", "2030-12-31"), Deadline("Theo kế hoạch của Bộ Y tế"),
    Deadline("Định kỳ 6 tháng"), Deadline("Năm 2026 và các năm tiếp theo"), Deadline("Giai đoạn 2026-2028", "2028-12-31"),
)
# A province's programme of proposals to submit: what, drafted by whom, submitted by whom, to which level, when.
PROPOSALS = (
    ("Đề án phát triển kinh tế tập thể, hợp tác xã giai đoạn 2026-2030", "Sở Tài chính", "UBND tỉnh", "HĐND tỉnh",
     Deadline("Kỳ họp thường lệ giữa năm 2026", None)),
    ("Quy định chức năng, nhiệm vụ của Trung tâm Phục vụ hành chính công tỉnh", "Văn phòng UBND tỉnh", "Văn phòng UBND tỉnh",
     "UBND tỉnh", Deadline("Tháng 3/2026", "2026-03-31")),
    ("Kế hoạch phát triển nhà ở xã hội năm 2026", "Sở Xây dựng", "Sở Xây dựng", "UBND tỉnh", Deadline("Tháng 4/2026", "2026-04-30")),
    ("Nghị quyết quy định mức chi hỗ trợ công tác hòa giải ở cơ sở", "Sở Tư pháp", "UBND tỉnh", "HĐND tỉnh",
     Deadline("Tháng 7/2026", "2026-07-31")),
    ("Phương án phân bổ vốn sự nghiệp các chương trình mục tiêu quốc gia", "Sở Nông nghiệp và Môi trường", "UBND tỉnh",
     "HĐND tỉnh", Deadline("Quý II/2026", "2026-06-30")),
    ("Quyết định phê duyệt danh mục dịch vụ sự nghiệp công sử dụng ngân sách", "Sở Y tế", "Sở Y tế", "UBND tỉnh",
     Deadline("Quý III/2026", "2026-09-30")),
    ("Chương trình chuyển đổi số tỉnh đến năm 2030", "Sở Khoa học và Công nghệ", "Sở Khoa học và Công nghệ",
     "Chủ tịch UBND tỉnh", Deadline("Tháng 9/2026", "2026-09-30")),
)
LEADERS = ("Chủ tịch UBND tỉnh", "Phó Chủ tịch Thường trực UBND tỉnh", "Phó Chủ tịch UBND tỉnh Lê Văn Hòa",
           "Phó Chủ tịch UBND tỉnh Trần Thị Mỹ")
STATUS = ("Đã hoàn thành", "Đang triển khai", "Chưa thực hiện", "Hoàn thành 80% khối lượng", "Đã trình UBND tỉnh")

# A commune's own bodies (the two-tier local government from 7/2025: a commune has offices, no district above it).
COMMUNE = ("Văn phòng HĐND và UBND xã", "Phòng Kinh tế", "Phòng Văn hóa - Xã hội", "Công an xã",
           "Ban Chỉ huy Quân sự xã", "Trung tâm Phục vụ hành chính công xã", "Ủy ban MTTQ Việt Nam xã")
# A school's own parts, as its year plan names who is in charge.
SCHOOL = ("Ban Giám hiệu", "Tổ Khoa học tự nhiên", "Tổ Khoa học xã hội", "Tổ Văn phòng", "Đoàn Thanh niên",
          "Công đoàn trường", "Giáo viên chủ nhiệm")
SCHOOL_TASKS = (
    "Rà soát, bổ sung thiết bị dạy học các phòng bộ môn", "Tổ chức hội giảng chào mừng ngày Nhà giáo Việt Nam",
    "Bồi dưỡng học sinh giỏi cấp trường", "Kiểm tra nội bộ hồ sơ chuyên môn của giáo viên",
    "Tổ chức ngày hội đọc sách cho học sinh", "Tổng kết năm học và khen thưởng học sinh",
    "Tập huấn sử dụng học liệu số cho giáo viên", "Phối hợp với cha mẹ học sinh giáo dục kỹ năng sống",
)
