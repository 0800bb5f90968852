"""The layouts: documents that differ the way real task-table documents differ (see FACTS.md). Rows are drawn
from ``pools`` by index arithmetic, so the same layouts come out on every run."""

from __future__ import annotations

from .pools import (COLLECTIVE, CONTENTS, DEADLINES, HARD_DEADLINES, MINISTRY, NA_COMMITTEES, PRODUCTS, PROVINCE,
                    SESSIONS, STEP_TIMES, SUBMITTERS, UNLISTED)
from .spec import Column, Deadline, Group, Layout, OtherTable, PageBreak, Task, TaskTable

MOTTO = ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc")


def _pick(pool: tuple, start: int, count: int, step: int = 7, avoid: tuple = ()) -> tuple:
    """``count`` distinct items of ``pool`` from ``start`` on, every ``step``-th, skipping ``avoid``."""
    chosen: list = []
    i = start
    while len(chosen) < count and i < start + step * len(pool) * 2:
        item = pool[i % len(pool)]
        if item not in chosen and item not in avoid:
            chosen.append(item)
        i += step
    return tuple(chosen)


def _number(style: str, i: int) -> str:
    """"1" -> 1, 2 …; "1." -> 1., 2. …; "" -> none; "Bước" -> Bước 1 …; "p:2." -> 2.1, 2.2 …"""
    if style.startswith("p:"):
        return f"{style[2:]}{i}"
    return {"1": str(i), "1.": f"{i}.", "": "", "Bước": f"Bước {i}"}[style]


def tasks(seed: int, count: int, *, numbers: str = "1", leads: tuple = PROVINCE, supports: tuple = PROVINCE + COLLECTIVE,
          support_counts: tuple = (1, 2, 0, 3, 1), deadlines: tuple = DEADLINES, outputs: bool = True,
          submitters: tuple = (), lead_counts: tuple = (1, 1, 1, 2, 1, 1)) -> list[Task]:
    made = []
    for i in range(count):
        k = seed + i
        lead = _pick(leads, k * 3, lead_counts[k % len(lead_counts)], step=5)
        made.append(Task(
            number=_number(numbers, i + 1), content=CONTENTS[(seed * 5 + i) % len(CONTENTS)], lead=lead,
            support=_pick(supports, k * 2 + 1, support_counts[k % len(support_counts)], step=3, avoid=lead),
            submitter=_pick(submitters, k, 1) if submitters else (),
            deadline=deadlines[k % len(deadlines)],
            outputs=(PRODUCTS[k % len(PRODUCTS)],) if outputs else ()))
    return made


def grouped(groups: list[tuple[str, str]], per_group: list[list[Task]], spanning: bool = True, level: int = 0) -> list:
    rows: list = []
    for (label, title), members in zip(groups, per_group):
        rows.append(Group(label, title, level=level, spanning=spanning))
        rows += members
    return rows


def annex_intro(number: str, title: str, parent: str) -> tuple[str, ...]:
    return (f"PHỤ LỤC {number}".strip(), title, f"(Kèm theo {parent})")


def province_header(province: str, number: str | None, day: str | None) -> dict:
    return dict(issuer=("ỦY BAN NHÂN DÂN", f"TỈNH {province.upper()}"), number=number,
                place_date=f"{province}, {day}" if day else None)


SIGN_PROVINCE = ("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "Nguyễn Văn Thành")
RECIPIENTS = ("Nơi nhận:", "- TT Tỉnh ủy, TT HĐND tỉnh;", "- Chủ tịch, các PCT UBND tỉnh;", "- Như mục IV;", "- Lưu: VT.")

def columns(*pairs: str) -> tuple[Column, ...]:
    """columns("STT:number", "Nhiệm vụ:content", …)"""
    return tuple(Column(*pair.rsplit(":", 1)) for pair in pairs)


STD = (Column("STT", "number"), Column("Nhiệm vụ", "content"), Column("Cơ quan chủ trì", "lead"),
       Column("Cơ quan phối hợp", "support"), Column("Thời gian hoàn thành", "deadline"), Column("Sản phẩm", "output"))


def _body(topic: str) -> tuple[str, ...]:
    return ("I. MỤC ĐÍCH, YÊU CẦU", f"1. Triển khai đồng bộ, hiệu quả các nhiệm vụ về {topic}; xác định rõ trách nhiệm "
            "của từng cơ quan, đơn vị.", "2. Bảo đảm tiến độ, chất lượng; định kỳ báo cáo kết quả theo quy định.",
            "II. NHIỆM VỤ TRỌNG TÂM", f"Các nhiệm vụ cụ thể về {topic} được phân công tại Phụ lục kèm theo Kế hoạch này.",
            "III. TỔ CHỨC THỰC HIỆN", "1. Các sở, ban, ngành, UBND các xã, phường căn cứ nhiệm vụ được giao, chủ động "
            "xây dựng kế hoạch chi tiết và tổ chức thực hiện.", "2. Sở Nội vụ theo dõi, đôn đốc, tổng hợp báo cáo UBND tỉnh.")


def _plan(name: str, province: str, number: str, day: str, topic: str, tables: list, note: str, landscape=True,
          annex_title: str = "DANH MỤC NHIỆM VỤ TRIỂN KHAI KẾ HOẠCH", **extra) -> Layout:
    """A province's Kế hoạch with its task tables in annexes after the signature."""
    parts: list = list(_body(topic))
    ref = f"Kế hoạch số {number.split(': ')[1]} ngày {day.split('ngày ')[1]} của UBND tỉnh {province}"
    for i, table in enumerate(tables, 1):
        label = ["I", "II", "III"][i - 1] if len(tables) > 1 else ""
        parts += [PageBreak(landscape=landscape), *annex_intro(label, annex_title if i == 1 else f"{annex_title} (TIẾP)", ref), table]
    return Layout(name=name, **province_header(province, number, day), heading=("KẾ HOẠCH", topic[0].upper() + topic[1:]),
                  parts=tuple(parts), signature=SIGN_PROVINCE, recipients=RECIPIENTS, note=note, **extra)


# ---------------------------------------------------------------------------------------------------------------------


def _layouts() -> list[Layout]:
    L: list[Layout] = []

    # 1. The common case: annex on landscape pages, groups I./II. spanning the row, agencies split by ";".
    rows = grouped([("I.", "CẢI CÁCH THỂ CHẾ"), ("II.", "CẢI CÁCH THỦ TỤC HÀNH CHÍNH")], [tasks(0, 4), tasks(4, 5)])
    L.append(_plan("annex_roman_groups", "Lào Cai", "Số: 45/KH-UBND", "ngày 12 tháng 3 năm 2026",
                   "cải cách hành chính năm 2026", [TaskTable(STD, tuple(rows))],
                   "annex after the signature, landscape, roman group rows spanning, ';' between agencies"))

    # 2. A table right under a paragraph, portrait, "," between agencies, other header words.
    cols = (Column("TT", "number"), Column("Nội dung công việc", "content"), Column("Đơn vị chủ trì", "lead"),
            Column("Đơn vị phối hợp", "support"), Column("Tiến độ", "deadline"))
    parts = (*_body("chuyển đổi số")[:4], "Phân công thực hiện cụ thể như sau:",
             TaskTable(cols, tuple(tasks(9, 7, numbers="1.", outputs=False)), separator=", "),
             "III. TỔ CHỨC THỰC HIỆN", "Các cơ quan, đơn vị báo cáo kết quả về Sở Khoa học và Công nghệ trước ngày 10/12/2026.")
    L.append(Layout("under_paragraph", **province_header("Lâm Đồng", "Số: 112/KH-UBND", "ngày 5 tháng 2 năm 2026"),
                    heading=("KẾ HOẠCH", "Chuyển đổi số năm 2026"), parts=parts, signature=SIGN_PROVINCE,
                    recipients=RECIPIENTS, note="table directly under a body paragraph, portrait, ',' between agencies, '1.' numbers"))

    # 3. Two-row header: "Cơ quan thực hiện" over "Chủ trì" | "Phối hợp"; lettered groups over roman ones.
    cols = (Column("STT", "number"), Column("Nhiệm vụ, giải pháp", "content"),
            Column("Chủ trì", "lead", parent="Cơ quan thực hiện"), Column("Phối hợp", "support", parent="Cơ quan thực hiện"),
            Column("Thời hạn hoàn thành", "deadline"), Column("Kết quả/sản phẩm", "output"))
    rows = [Group("A", "NHIỆM VỤ CHUNG"), *grouped([("I", "Công tác chỉ đạo, điều hành")], [tasks(14, 3)], level=1),
            *grouped([("II", "Công tác tuyên truyền")], [tasks(17, 3)], level=1), Group("B", "NHIỆM VỤ CỤ THỂ"),
            *grouped([("I", "Nâng cao chất lượng dịch vụ công")], [tasks(20, 4)], level=1)]
    L.append(_plan("two_row_header", "Quảng Ngãi", "Số: 27/KH-UBND", "ngày 20 tháng 1 năm 2026",
                   "nâng cao chỉ số hài lòng của người dân năm 2026", [TaskTable(cols, tuple(rows))],
                   "two-row header with a merged parent cell, lettered groups over roman subgroups"))

    # 4. Two-row header over the dates: "Thời gian" over "Bắt đầu" | "Hoàn thành"; one performer column.
    cols = (Column("TT", "number"), Column("Nội dung thực hiện", "content"), Column("Đơn vị thực hiện", "lead"),
            Column("Bắt đầu", "start", parent="Thời gian"), Column("Hoàn thành", "deadline", parent="Thời gian"),
            Column("Ghi chú", "note"))
    rows = [Task(t.number, t.content, t.lead, deadline=t.deadline, start="01/2026") for t in
            tasks(24, 8, supports=(), support_counts=(0,), outputs=False)]
    L.append(_plan("two_row_dates", "Cần Thơ", "Số: 09/KH-UBND", "ngày 8 tháng 1 năm 2026",
                   "phát triển kinh tế số năm 2026", [TaskTable(cols, tuple(rows), rules="horizontal")],
                   "two-row header over start/end dates, a single performer column, horizontal rules only"))

    # 5. A ministry's decision with a programme of legal documents: drafting body, "Cấp trình", deadline to submit.
    cols = (Column("STT", "number"), Column("Tên văn bản", "content"), Column("Cơ quan chủ trì soạn thảo", "lead"),
            Column("Cơ quan phối hợp", "support"), Column("Cấp trình", "submitter"), Column("Thời hạn trình", "deadline"))
    rows = tasks(30, 6, leads=MINISTRY, supports=MINISTRY, submitters=("Chính phủ", "Thủ tướng Chính phủ"),
                 support_counts=(2, 1, 3), outputs=False)
    L.append(Layout("ministry_programme", issuer=("BỘ NỘI VỤ",), number="Số: 318/QĐ-BNV", place_date="Hà Nội, ngày 4 tháng 3 năm 2026",
                    heading=("QUYẾT ĐỊNH", "Ban hành Danh mục văn bản quy định chi tiết thi hành Luật năm 2026"),
                    parts=("BỘ TRƯỞNG BỘ NỘI VỤ", "Căn cứ Nghị định số 25/2025/NĐ-CP của Chính phủ;", "QUYẾT ĐỊNH:",
                           "Điều 1. Ban hành kèm theo Quyết định này Danh mục văn bản quy định chi tiết.",
                           "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.", PageBreak(landscape=True),
                           *annex_intro("", "DANH MỤC VĂN BẢN QUY ĐỊNH CHI TIẾT",
                                        "Quyết định số 318/QĐ-BNV ngày 04 tháng 3 năm 2026 của Bộ trưởng Bộ Nội vụ"),
                           TaskTable(cols, tuple(rows))),
                    signature=("KT. BỘ TRƯỞNG", "THỨ TRƯỞNG", "", "Trần Văn Minh"), recipients=("Nơi nhận:", "- Như Điều 3;", "- Lưu: VT, PC."),
                    note="central decision, 'Cấp trình' column (not a lead), ministries as agencies"))

    # 6. A Quốc hội committee's programme: inline table in Điều 2, "Cơ quan trình", sessions as deadlines.
    cols = (Column("STT", "number"), Column("Tên dự án", "content"), Column("Cơ quan trình", "submitter"),
            Column("Cơ quan chủ trì thẩm tra", "lead"), Column("Cơ quan tham gia thẩm tra", "support"),
            Column("Tiến độ trình UBTVQH", "deadline"))
    rows = tuple(Task(str(i + 1), f"Luật {name} (sửa đổi)", (NA_COMMITTEES[(i * 3) % 6],),
                      ("Hội đồng Dân tộc", "các Ủy ban khác của Quốc hội"), (SUBMITTERS[i % 4],), SESSIONS[i % 4])
                 for i, name in enumerate(("Báo chí", "Thống kê", "Dược", "Đo lường", "Quảng cáo")))
    L.append(Layout("assembly_inline", issuer=("ỦY BAN THƯỜNG VỤ QUỐC HỘI",), number="Nghị quyết số: 120/2026/UBTVQH15",
                    place_date="Hà Nội, ngày 14 tháng 5 năm 2026", heading=("NGHỊ QUYẾT", "Điều chỉnh Chương trình lập pháp năm 2026"),
                    parts=("ỦY BAN THƯỜNG VỤ QUỐC HỘI", "QUYẾT NGHỊ:", "Điều 1. Bổ sung vào Chương trình lập pháp năm 2026 các dự án luật sau đây.",
                           "Điều 2. Tổ chức thực hiện", "Phân công cơ quan trình, cơ quan chủ trì thẩm tra và tiến độ như sau:",
                           TaskTable(cols, rows, separator=", ", th=False),
                           "Nghị quyết này được Ủy ban Thường vụ Quốc hội khóa XV thông qua ngày 14 tháng 5 năm 2026."),
                    signature=("TM. ỦY BAN THƯỜNG VỤ QUỐC HỘI", "CHỦ TỊCH", "", "Trần Văn Nam"),
                    note="inline table, 'Cơ quan trình' is not a lead, committee names with commas, sessions as deadlines"))

    # 7. A procedure issued as its own file: no number, no date; steps, performers and times.
    cols = (Column("Bước", "number"), Column("Nội dung công việc", "content"), Column("Đơn vị/cá nhân thực hiện", "lead"),
            Column("Thời gian", "deadline"), Column("Kết quả", "output"))
    steps = ("Tiếp nhận, kiểm tra hồ sơ và chuyển hồ sơ về phòng chuyên môn", "Thẩm định hồ sơ, đề xuất kết quả giải quyết",
             "Xem xét, ký duyệt kết quả giải quyết", "Vào sổ, đóng dấu và chuyển kết quả về Bộ phận Một cửa",
             "Trả kết quả cho tổ chức, cá nhân")
    who = ("Bộ phận Một cửa", "Chuyên viên Phòng Công chức, viên chức", "Lãnh đạo Sở", "Văn phòng Sở", "Bộ phận Một cửa")
    results = ("Phiếu tiếp nhận hồ sơ", "Dự thảo văn bản", "Văn bản được ký", "Văn bản được đóng dấu", "Sổ theo dõi")
    rows = tuple(Task(f"Bước {i + 1}", steps[i], (who[i],), deadline=STEP_TIMES[i], outputs=(results[i],)) for i in range(5))
    L.append(Layout("procedure_own_file", issuer=("UBND TỈNH LÀO CAI", "SỞ NỘI VỤ"), number=None, place_date=None,
                    heading=("QUY TRÌNH", "Giải quyết thủ tục thẩm định đề án vị trí việc làm"),
                    parts=("(Ban hành kèm theo Quyết định số 215/QĐ-SNV ngày 10/4/2026 của Giám đốc Sở Nội vụ)",
                           "1. Thời hạn giải quyết: 10 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ.",
                           "2. Trình tự thực hiện:", TaskTable(cols, rows)),
                    motto=False, note="procedure with no number or date, 'Bước' rows, performers are units and roles"))

    # 8. An outline (Đề cương) with no number or date and one performer column marking the lead "(chủ trì)".
    cols = (Column("TT", "number"), Column("Nội dung", "content"), Column("Cơ quan, đơn vị thực hiện", "agencies"),
            Column("Thời gian", "deadline"))
    rows = tuple(tasks(35, 6, support_counts=(1, 2, 1), outputs=False))
    L.append(Layout("outline_marked_lead", issuer=("UBND TỈNH LÂM ĐỒNG", "SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH"), number=None,
                    place_date=None, heading=("ĐỀ CƯƠNG", "Tổng kết 5 năm thực hiện Đề án phát triển du lịch"),
                    parts=("I. KHÁI QUÁT TÌNH HÌNH", "II. KẾT QUẢ THỰC HIỆN", "III. PHÂN CÔNG XÂY DỰNG BÁO CÁO",
                           TaskTable(cols, rows, combined="mark")),
                    note="Đề cương with no number or date, one performer column where '(chủ trì)' marks the lead"))

    # 9. A draft: number and day left blank; names split by line breaks inside the cells.
    draft = Layout("draft_line_breaks", issuer=("ỦY BAN NHÂN DÂN", "TỈNH QUẢNG NGÃI"), number=None,
                   place_date="Quảng Ngãi, ngày      tháng      năm 2026", heading=("DỰ THẢO", "KẾ HOẠCH", "Phát triển nông nghiệp hữu cơ năm 2026"),
                   parts=(*_body("phát triển nông nghiệp hữu cơ"), PageBreak(landscape=True),
                          *annex_intro("", "PHÂN CÔNG NHIỆM VỤ", "Kế hoạch số      /KH-UBND ngày     /    /2026 của UBND tỉnh Quảng Ngãi"),
                          TaskTable(STD, tuple(tasks(40, 7)), separator="\n")),
                   signature=SIGN_PROVINCE, note="unnumbered draft ('Số:      /KH-UBND'), agencies one per line in a cell",
                   # copied as one paragraph per line, lead and support lines would run together with nothing to
                   # tell where one cell ends: no reader could say, so that copy is not made
                   skip=("txt",))
    L.append(draft)

    # 10. An annex issued as its own file: no national header, no signature.
    rows = grouped([("1", "Nhóm nhiệm vụ về thể chế"), ("2", "Nhóm nhiệm vụ về hạ tầng số")],
                   [tasks(45, 3, numbers="p:1."), tasks(48, 4, numbers="p:2.")], spanning=False)
    L.append(Layout("annex_own_file", issuer=(), number=None, place_date=None, heading=(),
                    parts=(*annex_intro("II", "DANH MỤC NHIỆM VỤ TRỌNG TÂM NĂM 2026",
                                        "Kế hoạch số 88/KH-UBND ngày 05 tháng 02 năm 2026 của UBND tỉnh Lâm Đồng"),
                           TaskTable(STD, tuple(rows))),
                    motto=False, note="annex as its own file (no header, number, date or signature); numbered group rows "
                                      "with empty agency cells; sub-tasks numbered 1.1, 2.1"))

    # 11. The table at the top of a new page, nothing above it on that page.
    parts = (*_body("phòng, chống thiên tai"), "Nhiệm vụ cụ thể tại bảng sau.", PageBreak(),
             TaskTable(STD[:5], tuple(tasks(50, 6, outputs=False))))
    L.append(Layout("page_top", **province_header("Lào Cai", "Số: 77/KH-UBND", "ngày 2 tháng 4 năm 2026"),
                    heading=("KẾ HOẠCH", "Phòng, chống thiên tai năm 2026"), parts=parts, signature=SIGN_PROVINCE,
                    note="table at the top of a new page, no heading over it"))

    # 12. A cost estimate in annex I, the tasks in annex II.
    cost = OtherTable(("STT", "Nội dung chi", "Đơn vị tính", "Số lượng", "Thành tiền (đồng)"),
                      tuple((str(i), item, "Lớp" if i % 2 else "Cuộc", str(2 + i), f"{(i + 3) * 12}.500.000") for i, item in
                            enumerate(("Tổ chức tập huấn", "Kiểm tra liên ngành", "In tài liệu tuyên truyền", "Hội nghị tổng kết"), 1)))
    parts = (*_body("an toàn thực phẩm"), PageBreak(), *annex_intro("I", "DỰ TOÁN KINH PHÍ", "Kế hoạch số 64/KH-UBND ngày 16/3/2026 của UBND tỉnh Cần Thơ"),
             cost, PageBreak(landscape=True), *annex_intro("II", "PHÂN CÔNG NHIỆM VỤ", "Kế hoạch số 64/KH-UBND ngày 16/3/2026 của UBND tỉnh Cần Thơ"),
             TaskTable(STD, tuple(tasks(54, 6))))
    L.append(Layout("after_cost_table", **province_header("Cần Thơ", "Số: 64/KH-UBND", "ngày 16 tháng 3 năm 2026"),
                    heading=("KẾ HOẠCH", "Bảo đảm an toàn thực phẩm năm 2026"), parts=parts, signature=SIGN_PROVINCE,
                    note="a cost-estimate table before the task table"))

    # 13. Report forms first (several non-task tables), the task table last.
    forms = [OtherTable(("STT", "Chỉ tiêu", "Đơn vị tính", "Kỳ báo cáo", "Lũy kế"),
                        tuple((str(i), f"Chỉ tiêu số {i} của mẫu {m}", "Hồ sơ", "", "") for i in range(1, 4))) for m in range(1, 5)]
    parts = (*_body("báo cáo thống kê"), *[x for m, f in enumerate(forms, 1) for x in (PageBreak(), f"Mẫu số {m:02d}", f)],
             PageBreak(landscape=True), *annex_intro("", "PHÂN CÔNG THỰC HIỆN", "Kế hoạch số 51/KH-UBND ngày 3/3/2026 của UBND tỉnh Lào Cai"),
             TaskTable(STD, tuple(tasks(58, 5))))
    L.append(Layout("after_forms", **province_header("Lào Cai", "Số: 51/KH-UBND", "ngày 3 tháng 3 năm 2026"),
                    heading=("KẾ HOẠCH", "Thực hiện chế độ báo cáo thống kê năm 2026"), parts=parts, signature=SIGN_PROVINCE,
                    note="four report forms (non-task tables) before the task table"))

    # 14. Two task tables with different columns in one document.
    second = (Column("TT", "number"), Column("Tên đề án, văn bản", "content"), Column("Cơ quan chủ trì", "lead"),
              Column("Thời gian trình", "deadline"), Column("Hình thức văn bản", "output"))
    first = (Column("STT", "number"), Column("Nhiệm vụ", "content"), Column("Chủ trì", "lead"), Column("Phối hợp", "support"),
             Column("Thời hạn", "deadline"))
    L.append(_plan("two_tables", "Lâm Đồng", "Số: 140/KH-UBND", "ngày 24 tháng 2 năm 2026",
                   "thực hiện Chương trình công tác năm 2026",
                   [TaskTable(first, tuple(tasks(60, 5, outputs=False))),
                    TaskTable(second, tuple(tasks(3, 5, support_counts=(0,))), separator=", ")],
                   "two task tables with different column sets in two annexes"))

    # 15. A long table over several pages: the header repeats on each page.
    rows = grouped([("I", "Lĩnh vực kinh tế"), ("II", "Lĩnh vực văn hóa - xã hội"), ("III", "Lĩnh vực nội chính")],
                   [tasks(0, 15), tasks(3, 15), tasks(6, 15)])
    L.append(_plan("long_repeated_header", "Quảng Ngãi", "Số: 201/KH-UBND", "ngày 30 tháng 12 năm 2025",
                   "thực hiện nhiệm vụ phát triển kinh tế - xã hội năm 2026",
                   [TaskTable(STD, tuple(rows), repeat_header_every=16)],
                   "45 tasks over several pages, header row repeated on each page"))

    # 16. Headers that name nothing a vocabulary knows: the cells must decide.
    cols = (Column("Số", "number"), Column("Hạng mục", "content"), Column("Đơn vị", "lead"), Column("Thời điểm", "deadline"))
    L.append(_plan("unknown_headers", "Lào Cai", "Số: 98/KH-UBND", "ngày 7 tháng 4 năm 2026", "chỉnh trang đô thị năm 2026",
                   [TaskTable(cols, tuple(tasks(5, 6, supports=(), support_counts=(0,), outputs=False)))],
                   "headers no vocabulary knows ('Hạng mục', 'Đơn vị', 'Thời điểm'): agencies and dates in the cells decide",
                   landscape=False))

    # 17. One cell "Chủ trì: …; Phối hợp: …".
    cols = (Column("STT", "number"), Column("Nhiệm vụ", "content"), Column("Trách nhiệm thực hiện", "agencies"),
            Column("Thời gian hoàn thành", "deadline"), Column("Sản phẩm", "output"))
    L.append(_plan("lead_support_one_cell", "Cần Thơ", "Số: 33/KH-UBND", "ngày 11 tháng 2 năm 2026",
                   "phát triển du lịch năm 2026", [TaskTable(cols, tuple(tasks(11, 6, support_counts=(2, 1, 3))), separator=", ")],
                   "one cell 'Chủ trì: …; Phối hợp: …' gives both roles"))

    # 18. Agencies as "- " bullets, one per line.
    # The lead prints plain, the support bodies as bullets (as corpus 003 prints them): in text copied from a site,
    # where every paragraph is a line, that is what tells the two cells apart.
    rows = tuple(Task(t.number, t.content, t.lead, t.support, deadline=t.deadline, outputs=t.outputs,
                      printed={"lead": "; ".join(t.lead)})
                 for t in tasks(18, 6, supports=PROVINCE + UNLISTED, support_counts=(2, 3, 2)))
    L.append(_plan("bullet_agencies", "Lâm Đồng", "Số: 59/KH-UBND", "ngày 13 tháng 3 năm 2026", "phát triển thanh niên năm 2026",
                   [TaskTable(columns("TT:number", "Nội dung:content", "Cơ quan, đơn vị chủ trì:lead",
                                      "Cơ quan, đơn vị phối hợp:support", "Thời gian thực hiện:deadline", "Kết quả:output"),
                              rows, separator="\n- ")],
                   "support bodies as '- ' bullets, one per line, names outside the registry"))

    # 19. "/" between leads, " và " between supports.
    rows = tuple(Task(t.number, t.content, t.lead, t.support, deadline=t.deadline, outputs=t.outputs,
                      printed={"lead": "/".join(t.lead), "support": " và ".join(t.support)})
                 for t in tasks(22, 6, lead_counts=(2, 1, 2), support_counts=(2, 1, 2)))
    L.append(_plan("slash_and_va", "Quảng Ngãi", "Số: 81/KH-UBND", "ngày 17 tháng 4 năm 2026", "quản lý khoáng sản năm 2026",
                   [TaskTable(columns("STT:number", "Nhiệm vụ:content", "Đơn vị chủ trì:lead", "Đơn vị phối hợp:support",
                                      "Thời hạn:deadline", "Sản phẩm:output"), rows)], "'/' between lead bodies, ' và ' between support bodies (names that hold 'và' too)"))

    # 20. No numbers, named people as performers (a team's work split).
    people = ("Nguyễn Văn Hải", "Trần Thị Mai", "Lê Quang Vinh", "Phạm Thu Hà")
    cols = (Column("TT", "number"), Column("Nhiệm vụ thực hiện", "content"), Column("Người thực hiện", "lead"), Column("Ghi chú", "note"))
    rows = tuple(Task("", CONTENTS[(i * 7 + 3) % len(CONTENTS)], _pick(people, i, 1 + i % 3, step=1)) for i in range(7))
    L.append(Layout("no_numbers_people", issuer=("UBND TỈNH LÀO CAI", "SỞ CÔNG THƯƠNG"), number="Số: 212/KH-SCT",
                    place_date="Lào Cai, ngày 21 tháng 4 năm 2026", heading=("KẾ HOẠCH", "Kiểm tra an toàn hóa chất năm 2026"),
                    parts=("I. MỤC ĐÍCH", "Kiểm tra việc chấp hành quy định về an toàn hóa chất.", PageBreak(),
                           "PHÂN CÔNG NHIỆM VỤ CỦA TỔ CÔNG TÁC", TaskTable(cols, rows, separator="\n")),
                    signature=("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "", "Hoàng Minh Đức"),
                    note="empty number cells, named officials as performers, names on separate lines"))

    # 21. Group rows "Nhóm …" spanning the whole row without a label; tasks numbered 1.1, 1.2.
    rows = grouped([("", "Nhóm 1: Hoàn thiện thể chế, chính sách"), ("", "Nhóm 2: Phát triển nguồn nhân lực")],
                   [tasks(26, 3, numbers="p:1."), tasks(29, 3, numbers="p:2.")])
    L.append(_plan("nhom_rows", "Cần Thơ", "Số: 120/KH-UBND", "ngày 9 tháng 5 năm 2026", "phát triển khoa học và công nghệ năm 2026",
                   [TaskTable(STD, tuple(rows), th=False)], "'Nhóm …' group rows spanning every column, numbers 1.1, 2.1"))

    # 22. Tasks with two products under merged cells, and a "(1) (2) …" row under the header.
    base = tasks(33, 6)
    rows = tuple(Task(t.number, t.content, t.lead, t.support, deadline=t.deadline,
                      outputs=(t.outputs[0], PRODUCTS[(i + 5) % len(PRODUCTS)]) if i % 2 == 0 else t.outputs)
                 for i, t in enumerate(base))
    L.append(_plan("merged_two_products", "Lào Cai", "Số: 150/KH-UBND", "ngày 6 tháng 5 năm 2026", "thực hiện Chỉ thị về khoáng sản",
                   [TaskTable(columns("STT:number", "Nội dung thực hiện:content", "Sản phẩm:output",
                                      "Cơ quan, đơn vị chủ trì:lead", "Cơ quan, đơn vị phối hợp:support",
                                      "Thời gian hoàn thành:deadline"), rows, column_numbers=True)], "a task with two products: number, task, agencies and "
                   "deadline merged down two rows; a '(1) (2) …' row under the header"))

    # 23. Half-ruled grid (rules between rows only), portrait, plain <td> header cells.
    cols = (Column("TT", "number"), Column("Tên nhiệm vụ", "content"), Column("Đơn vị chủ trì", "lead"),
            Column("Đơn vị phối hợp", "support"), Column("Thời hạn", "deadline"))
    L.append(_plan("half_ruled", "Lâm Đồng", "Số: 95/KH-UBND", "ngày 28 tháng 3 năm 2026", "phát triển giáo dục nghề nghiệp năm 2026",
                   [TaskTable(cols, tuple(tasks(37, 7, outputs=False)), rules="horizontal", th=False)],
                   "rules between rows only, portrait", landscape=False))

    # 24. Requests ("đề nghị …") among the support bodies, "(chủ trì)" after a lead.
    rows = tuple(Task(t.number, t.content, t.lead, t.support + ("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh",), deadline=t.deadline,
                      outputs=t.outputs,
                      printed={"lead": "; ".join(f"{n} (chủ trì)" if j == 0 and len(t.lead) > 1 else n for j, n in enumerate(t.lead)),
                               "support": "; ".join(t.support + ("đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh",))})
                 for t in tasks(41, 6, lead_counts=(2, 1), support_counts=(1, 2)))
    L.append(_plan("requests_and_marks", "Quảng Ngãi", "Số: 66/KH-UBND", "ngày 14 tháng 4 năm 2026", "xây dựng xã hội học tập năm 2026",
                   [TaskTable(columns("STT:number", "Nhiệm vụ:content", "Sản phẩm:output", "Thời gian hoàn thành:deadline",
                                      "Chủ trì thực hiện:lead", "Phối hợp thực hiện:support"), rows)], "'đề nghị …' before a body outside the issuer's command, '(chủ trì)' after a lead"))

    # 25. Role clauses after the names ("… trực tiếp triển khai tại địa bàn", "… tham mưu UBND tỉnh").
    clauses = (" trực tiếp triển khai tại địa bàn", " tham mưu UBND tỉnh", "", " theo chức năng, nhiệm vụ")
    rows = tuple(Task(t.number, t.content, t.lead, t.support, deadline=t.deadline, outputs=t.outputs,
                      printed={"lead": "; ".join(t.lead) + clauses[i % 4]})
                 for i, t in enumerate(tasks(47, 6, leads=PROVINCE[:6] + COLLECTIVE[1:2])))
    L.append(_plan("role_clauses", "Lào Cai", "Số: 71/KH-UBND", "ngày 22 tháng 4 năm 2026", "giảm nghèo bền vững năm 2026",
                   [TaskTable(columns("TT:number", "Tên nhiệm vụ:content", "Sở, ngành chủ trì tham mưu:lead",
                                      "Đơn vị phối hợp thực hiện:support", "Thời gian thực hiện:deadline", "Ghi chú:note"), rows)],
                   "role clauses after the lead's name"))

    # 26. Every deadline form that needs care.
    cols = (Column("STT", "number"), Column("Nhiệm vụ", "content"), Column("Cơ quan chủ trì", "lead"),
            Column("Cơ quan phối hợp", "support"), Column("Thời hạn hoàn thành", "deadline"))
    L.append(_plan("hard_deadlines", "Cần Thơ", "Số: 18/KH-UBND", "ngày 19 tháng 1 năm 2026", "thực hiện Chiến lược dữ liệu năm 2026",
                   [TaskTable(cols, tuple(tasks(52, len(HARD_DEADLINES), deadlines=HARD_DEADLINES, outputs=False)))],
                   "durations, 'kể từ', periods of years, a cited decision's date, a quarter without its year"))

    # 27. A commune's plan (2025 two-level local government): bodies with commas outside the registry.
    commune = ("Văn phòng HĐND và UBND phường", "Phòng Kinh tế, Hạ tầng và Đô thị", "Phòng Văn hóa - Xã hội", "Công an phường",
               "Trung tâm Phục vụ hành chính công phường", "Trạm Y tế phường", "Ban Chỉ huy Quân sự phường")
    cols = (Column("STT", "number"), Column("Nội dung nhiệm vụ", "content"), Column("Đơn vị chủ trì", "lead"),
            Column("Đơn vị phối hợp", "support"), Column("Thời gian thực hiện", "deadline"), Column("Ghi chú", "note"))
    L.append(Layout("commune_plan", issuer=("ỦY BAN NHÂN DÂN", "PHƯỜNG CAM ĐƯỜNG"), number="Số: 35/KH-UBND",
                    place_date="Cam Đường, ngày 8 tháng 4 năm 2026", heading=("KẾ HOẠCH", "Cải cách hành chính phường năm 2026"),
                    parts=("I. MỤC ĐÍCH, YÊU CẦU", "Nâng cao chất lượng phục vụ người dân.", "II. NHIỆM VỤ",
                           TaskTable(cols, tuple(tasks(56, 6, leads=commune, supports=commune, outputs=False)))),
                    signature=("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", "Lò Văn Sáng"),
                    note="commune-level plan, bodies whose names hold a comma and are not in the registry"))

    # 28. A ministry's plan with departments and provinces, "Sản phẩm đầu ra", in an own-format container.
    units = ("Vụ Pháp chế", "Văn phòng Bộ", "Cục Chuyển đổi số quốc gia", "Vụ Kế hoạch - Tài chính", "Thanh tra Bộ",
             "Vụ Tổ chức cán bộ")
    cols = (Column("TT", "number"), Column("Nhiệm vụ", "content"), Column("Đơn vị chủ trì", "lead"),
            Column("Đơn vị phối hợp", "support"), Column("Lộ trình thực hiện", "deadline"), Column("Sản phẩm đầu ra", "output"))
    rows = grouped([("I.", "NHIỆM VỤ CHUNG"), ("II.", "NHIỆM VỤ CỦA CÁC ĐƠN VỊ")],
                   [tasks(59, 3, leads=units, supports=units), tasks(62, 3, leads=units, supports=units + ("Các Sở Khoa học và Công nghệ",))])
    L.append(Layout("ministry_plan", issuer=("BỘ KHOA HỌC VÀ CÔNG NGHỆ",), number="Số: 402/KH-BKHCN",
                    place_date="Hà Nội, ngày 2 tháng 3 năm 2026", heading=("KẾ HOẠCH", "Triển khai công tác pháp chế năm 2026"),
                    parts=("I. MỤC ĐÍCH, YÊU CẦU", "Bảo đảm tiến độ xây dựng văn bản.", PageBreak(landscape=True),
                           *annex_intro("", "NHIỆM VỤ CỤ THỂ", "Kế hoạch số 402/KH-BKHCN ngày 02/3/2026 của Bộ Khoa học và Công nghệ"),
                           TaskTable(cols, tuple(rows), separator=", ")),
                    signature=("KT. BỘ TRƯỞNG", "THỨ TRƯỞNG", "", "Lê Xuân Định"), container="class:content1",
                    note="a ministry's units as agencies (not in the registry), another site container"))
    return L


LAYOUTS: list[Layout] = _layouts()
BY_NAME = {layout.name: layout for layout in LAYOUTS}
assert len(BY_NAME) == len(LAYOUTS), "layout names must be unique"
