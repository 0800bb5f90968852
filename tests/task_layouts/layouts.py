"""The layouts: documents that differ the way real task-table documents differ (see FACTS.md). Rows are drawn
from ``pools`` by index arithmetic, so the same layouts come out on every run."""

from __future__ import annotations

import textwrap
from dataclasses import replace

from .pools import (ABBREVIATED, ACTIONS, CENTRAL, CENTRAL_COLLECTIVE, CENTRAL_DEADLINES, CENTRAL_UNLISTED, COLLECTIVE,
                    CONTENTS, COUNCIL_DRAFTS, COUNCIL_SESSIONS, DEADLINES, EDU_TASKS, EDUCATION_UNITS, EVENT_DAYS,
                    EVENT_STEPS, FIELDS, FUNDED, GOV_OUTPUTS, GOV_TASKS, HARD_DEADLINES, HEALTH_FACILITIES, HEALTH_TASKS,
                    HEALTH_UNITS, IN_CONTENT, INDICATORS, LAW_TASKS, LEADERS, LOCAL_LEGAL, MINISTRY, MORE_DEADLINES,
                    NA_COMMITTEES, PRODUCTS, PROJECTS, PROPOSALS, PROVINCE, SESSIONS, STATUS, STEP_TIMES, SUBMITTERS,
                    TIME_WORDS, UNLISTED, COMMUNE, SCHOOL, SCHOOL_TASKS)
from .spec import LETTERED_FIELDS, Column, Deadline, Group, Layout, OtherTable, PageBreak, Task, TaskItems, TaskTable

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
          submitters: tuple = (), lead_counts: tuple = (1, 1, 1, 2, 1, 1), first: int = 1,
          contents: tuple = CONTENTS, start: int | None = None, products: tuple = PRODUCTS) -> list[Task]:
    """``first``: the number of the first task (numbering that runs on across groups); ``start``: the index in
    ``contents`` of the first task's content (else one drawn from ``seed``)."""
    made = []
    for i in range(count):
        k = seed + i
        lead = _pick(leads, k * 3, lead_counts[k % len(lead_counts)], step=5)
        made.append(Task(
            number=_number(numbers, first + i),
            content=contents[((seed * 5 if start is None else start) + i) % len(contents)], lead=lead,
            support=_pick(supports, k * 2 + 1, support_counts[k % len(support_counts)], step=3, avoid=lead),
            submitter=_pick(submitters, k, 1) if submitters else (),
            deadline=deadlines[k % len(deadlines)],
            outputs=(products[k % len(products)],) if outputs else ()))
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
    return (_first_bed() + _second_bed() + _third_bed() + _fourth_bed() + _item_bed() + _fifth_bed() + _sixth_bed()
            + _seventh_bed() + _eighth_bed() + _ninth_bed() + _tenth_bed() + _eleventh_bed() + _twelfth_bed()
            + _thirteenth_bed() + _fourteenth_bed() + _fifteenth_bed() + _sixteenth_bed() + _seventeenth_bed()
            + _eighteenth_bed() + _nineteenth_bed() + _twentieth_bed() + _twenty_first_bed() + _twenty_second_bed()
            + _twenty_third_bed() + _twenty_fourth_bed() + _twenty_fifth_bed() + _twenty_sixth_bed() + _twenty_seventh_bed()
            + _twenty_eighth_bed() + _twenty_ninth_bed() + _thirtieth_bed() + _thirty_first_bed() + _thirty_second_bed()
            + _thirty_third_bed() + _thirty_fourth_bed() + _thirty_fifth_bed() + _thirty_sixth_bed())


def _first_bed() -> list[Layout]:
    """The layouts written alongside the reader (1-28)."""
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

    # 20. No numbers, named people as performers (a team's work split): people are no bodies, so no lead (s47: they
    # had been read as the leads; each task keeps them in its note).
    people = ("Nguyễn Văn Hải", "Trần Thị Mai", "Lê Quang Vinh", "Phạm Thu Hà")
    cols = (Column("TT", "number"), Column("Nhiệm vụ thực hiện", "content"), Column("Người thực hiện", "implementer"),
            Column("Ghi chú", "note"))
    rows = tuple(Task("", CONTENTS[(i * 7 + 3) % len(CONTENTS)], implementer=_pick(people, i, 1 + i % 3, step=1))
                 for i in range(7))
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

    # 24. Requests ("đề nghị …") among the support bodies, "(chủ trì)" after the first of two bodies in the lead column:
    # the marked body leads, the other supports (the twenty-first bed's rule; both were leads before).
    rows = tuple(Task(t.number, t.content, t.lead[:1], t.lead[1:] + t.support + ("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh",),
                      deadline=t.deadline,
                      outputs=t.outputs,
                      printed={"lead": "; ".join(f"{n} (chủ trì)" if j == 0 and len(t.lead) > 1 else n for j, n in enumerate(t.lead)),
                               "support": "; ".join(t.support + ("đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh",))})
                 for t in tasks(41, 6, lead_counts=(2, 1), support_counts=(1, 2)))
    L.append(_plan("requests_and_marks", "Quảng Ngãi", "Số: 66/KH-UBND", "ngày 14 tháng 4 năm 2026", "xây dựng xã hội học tập năm 2026",
                   [TaskTable(columns("STT:number", "Nhiệm vụ:content", "Sản phẩm:output", "Thời gian hoàn thành:deadline",
                                      "Chủ trì thực hiện:lead", "Phối hợp thực hiện:support"), rows)], "'đề nghị …' before a body outside the issuer's command, '(chủ trì)' after the first of two bodies in "
                   "the lead column (it leads, the other supports)"))

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


# -- The second test bed ---------------------------------------------------------------------------------------------
# Written after the reader was tuned on the layouts above, from facts about real documents (FACTS.md, "Second test
# bed"): each models a trait those layouts do not have. Some fail; their truth says what the page says, not what
# the reader gives.


def mixed(names: tuple[str, ...]) -> str:
    """Names as a central programme prints them: ", " between plain names, "; " on either side of a name that holds a
    comma (a collective), a collective after the first name in lower case."""
    out = ""
    for i, name in enumerate(names):
        if i:
            out += "; " if "," in name or "," in names[i - 1] else ", "
        out += name[0].lower() + name[1:] if i and name.startswith("Các ") else name
    return out


def lettered(members: list[Task]) -> list[Task]:
    """a), b), c) … under a numbered group."""
    return [replace(t, number=f"{'abcdefghik'[i]})") for i, t in enumerate(members)]


def dashed(members: list[Task]) -> list[Task]:
    """"- " before the task in its content cell, the number cell empty."""
    return [replace(t, number="", printed={**t.printed, "content": f"- {t.content}"}) for t in members]


def number_in_content(members: list[Task]) -> list[Task]:
    """No number column: the number printed at the start of the content cell."""
    return [replace(t, printed={**t.printed, "content": f"{t.number} {t.content}"}) for t in members]


def _second_bed() -> list[Layout]:
    L: list[Layout] = []

    # 29. A Government resolution's annex of tasks (Nghị quyết … ban hành Chương trình hành động, Phụ lục II):
    # long group sentences in the content column over numbering that runs on, central bodies in and out of the
    # registry, ", " between bodies and "; " around a collective, bare "6/2026" deadlines, the vbpl.vn markup.
    leads, supports = CENTRAL + CENTRAL_COLLECTIVE[:1], CENTRAL + CENTRAL_UNLISTED + CENTRAL_COLLECTIVE
    common = dict(numbers="1.", leads=leads, supports=supports, deadlines=CENTRAL_DEADLINES, contents=GOV_TASKS,
                  products=GOV_OUTPUTS, support_counts=(2, 3, 1, 0, 2), lead_counts=(1, 1, 2, 1))
    members = [tasks(70, 4, first=1, start=0, **common), tasks(74, 5, first=5, start=4, **common),
               tasks(79, 5, first=10, start=9, **common)]
    members[0][1] = replace(members[0][1], lead=CENTRAL_UNLISTED[:3])  # the three national media, one per name
    members = [[replace(t, printed={"lead": mixed(t.lead), "support": mixed(t.support)}) for t in group] for group in members]
    rows = grouped([("I.", "Nâng cao nhận thức, đổi mới tư duy và quyết tâm chính trị của các cấp, các ngành về phát "
                           "triển kinh tế số và xã hội số"),
                    ("II.", "Hoàn thiện thể chế, chính sách, tháo gỡ các điểm nghẽn cản trở phát triển kinh tế số"),
                    ("III.", "Phát triển hạ tầng số, dữ liệu số và nguồn nhân lực số")], members, spanning=False)
    cols = columns("TT:number", "Tên nhiệm vụ:content", "Cơ quan chủ trì:lead", "Cơ quan phối hợp:support", "Kết quả:output",
                   "Thời gian hoàn thành:deadline")
    L.append(Layout(
        "gov_resolution_annex", issuer=("CHÍNH PHỦ",), number="Số: 45/NQ-CP", place_date="Hà Nội, ngày 20 tháng 3 năm 2026",
        heading=("NGHỊ QUYẾT", "Ban hành Chương trình hành động của Chính phủ về phát triển kinh tế số và xã hội số"),
        parts=("CHÍNH PHỦ", "Căn cứ Luật Tổ chức Chính phủ ngày 18 tháng 02 năm 2025;", "QUYẾT NGHỊ:",
               "Điều 1. Ban hành kèm theo Nghị quyết này Chương trình hành động của Chính phủ về phát triển kinh tế số và xã hội số.",
               "Điều 2. Nghị quyết này có hiệu lực thi hành kể từ ngày ký ban hành.",
               "Điều 3. Các Bộ trưởng, Thủ trưởng cơ quan ngang bộ, Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc "
               "trung ương chịu trách nhiệm thi hành Nghị quyết này.", PageBreak(landscape=True),
               *annex_intro("II", "DANH MỤC NHIỆM VỤ TRIỂN KHAI CHƯƠNG TRÌNH HÀNH ĐỘNG",
                            "Chương trình hành động tại Nghị quyết số 45/NQ-CP ngày 20 tháng 3 năm 2026 của Chính phủ"),
               TaskTable(cols, tuple(rows), bold_groups=True)),
        signature=("TM. CHÍNH PHỦ", "THỦ TƯỚNG", "", "Lê Minh Quang"),
        recipients=("Nơi nhận:", "- Ban Bí thư Trung ương Đảng;", "- Các bộ, cơ quan ngang bộ;", "- Lưu: VT, KGVX."),
        html="vbpl", container="class:ant-tabs-tabpane-active",
        note="Government resolution's task annex: group sentences in the content column, numbering running on, ', ' "
             "between bodies and '; ' around a collective, bare '6/2026' and '2026' deadlines, vbpl.vn cell markup"))

    # 30. No number column: "1." printed at the start of the content cell; group rows "I. …" in one spanning cell;
    # header words no earlier layout uses.
    cols = columns("Nội dung nhiệm vụ/giải pháp:content", "Cơ quan, đơn vị chủ trì thực hiện:lead",
                   "Cơ quan, đơn vị phối hợp thực hiện:support", "Thời gian hoàn thành:deadline", "Dự kiến kết quả:output")
    rows = grouped([("", "I. TUYÊN TRUYỀN, NÂNG CAO NHẬN THỨC"), ("", "II. NÂNG CAO CHẤT LƯỢNG NGUỒN NHÂN LỰC")],
                   [number_in_content(tasks(3, 4, numbers="1.", deadlines=MORE_DEADLINES)),
                    number_in_content(tasks(9, 5, numbers="1.", deadlines=MORE_DEADLINES))])
    L.append(_plan("number_in_content", "Lâm Đồng", "Số: 233/KH-UBND", "ngày 18 tháng 3 năm 2026",
                   "phát triển nguồn nhân lực năm 2026", [TaskTable(cols, tuple(rows), bold_groups=True)],
                   "no number column: '1.' at the start of the content cell; 'Nội dung nhiệm vụ/giải pháp', 'Cơ quan, "
                   "đơn vị chủ trì thực hiện', 'Dự kiến kết quả'; month spans and recurring deadlines"))

    # 31. A directive's annex by body (Chỉ thị): the body first, its cell merged down over its tasks.
    owners = (("Sở Nội vụ", 3), ("Sở Tài chính", 2), ("Công an tỉnh", 3), ("UBND các xã, phường", 2), ("Sở Y tế", 2))
    rows, n = [], 0
    for owner, run in owners:
        for _ in range(run):
            rows.append(Task(str(n + 1), CONTENTS[(n * 11 + 5) % len(CONTENTS)], (owner,),
                             deadline=(DEADLINES + MORE_DEADLINES)[(n * 3) % 26]))
            n += 1
    cols = columns("STT:number", "Cơ quan, đơn vị thực hiện:lead", "Nhiệm vụ cụ thể:content", "Thời hạn hoàn thành:deadline")
    L.append(Layout(
        "directive_agency_first", **province_header("Quảng Ngãi", "Số: 05/CT-UBND", "ngày 6 tháng 3 năm 2026"),
        heading=("CHỈ THỊ", "Về tăng cường kỷ luật, kỷ cương hành chính trong thực thi công vụ"),
        parts=("Thời gian qua, việc chấp hành kỷ luật, kỷ cương hành chính tại một số cơ quan còn hạn chế.",
               "Để khắc phục tình trạng trên, Chủ tịch Ủy ban nhân dân tỉnh yêu cầu:",
               "1. Thủ trưởng các sở, ban, ngành, Chủ tịch UBND các xã, phường chịu trách nhiệm trước Chủ tịch UBND tỉnh về kết "
               "quả thực hiện Chỉ thị này.",
               "2. Nhiệm vụ cụ thể của từng cơ quan, đơn vị tại Phụ lục kèm theo Chỉ thị này.", PageBreak(),
               *annex_intro("", "PHÂN CÔNG NHIỆM VỤ THỰC HIỆN CHỈ THỊ",
                            "Chỉ thị số 05/CT-UBND ngày 06/3/2026 của Chủ tịch UBND tỉnh Quảng Ngãi"),
               TaskTable(cols, tuple(rows), merge=("lead",))),
        signature=("CHỦ TỊCH", "", "Trần Quốc Hưng"), recipients=RECIPIENTS,
        note="directive's annex by body: the body's column first, its cell merged down over its tasks"))

    # 32. Lead and deadline cells merged down over runs of tasks that share them (Word tables often do).
    # The last run is a single task: a merged cell split by a page break prints empty on the next page of the PDF,
    # where no reader could tell whose it is (null is right there), so no run crosses the page break.
    runs = ((PROVINCE[0], DEADLINES[0], 3), (PROVINCE[4], DEADLINES[2], 2), (PROVINCE[13], DEADLINES[7], 3),
            (PROVINCE[2], DEADLINES[9], 2), (PROVINCE[9], DEADLINES[4], 1))
    rows, n = [], 0
    for lead, deadline, run in runs:
        for t in tasks(60 + n, run, start=20 + n, first=n + 1):
            rows.append(replace(t, lead=(lead,), support=tuple(x for x in t.support if x != lead), deadline=deadline))
        n += run
    L.append(_plan("merged_lead_runs", "Cần Thơ", "Số: 74/KH-UBND", "ngày 25 tháng 3 năm 2026", "phát triển hạ tầng số năm 2026",
                   [TaskTable(STD, tuple(rows), merge=("lead", "deadline"))],
                   "lead and deadline cells merged down over runs of tasks that share them",
                   # copied as text, a row under the merged cells prints one agency cell where the table has two:
                   # nothing says whether it is the lead or the support, so those copies are not made
                   skip=("txt", "pipe.txt", "bar.txt")))

    # 33. A conference plan: the time first, no number column, the same day merged over two rows.
    days = (EVENT_DAYS[0], EVENT_DAYS[0], EVENT_DAYS[1], EVENT_DAYS[1], EVENT_DAYS[2], EVENT_DAYS[3], EVENT_DAYS[3], EVENT_DAYS[4])
    who = (("Trung tâm Xúc tiến đầu tư, thương mại và du lịch",), ("Văn phòng UBND tỉnh",), ("Văn phòng UBND tỉnh", "Sở Tài chính"),
           ("Sở Công Thương",), ("Ban Quản lý các khu công nghiệp tỉnh",), ("Trung tâm Xúc tiến đầu tư, thương mại và du lịch",),
           ("Đài Phát thanh và Truyền hình tỉnh",), ("Trung tâm Xúc tiến đầu tư, thương mại và du lịch",))
    notes = ("Trình UBND tỉnh ký ban hành", "Theo danh sách được duyệt", "Tại Trung tâm Hội nghị tỉnh", "", "", "", "", "")
    rows = tuple(Task("", EVENT_STEPS[i], who[i], deadline=days[i], note=notes[i]) for i in range(8))
    parts = ("I. MỤC ĐÍCH, YÊU CẦU", "Giới thiệu tiềm năng, cơ hội đầu tư của tỉnh tới các nhà đầu tư trong và ngoài nước.",
             "II. THỜI GIAN, ĐỊA ĐIỂM", "Hội nghị tổ chức ngày 17/3/2026 tại Trung tâm Hội nghị tỉnh.", "III. PHÂN CÔNG THỰC HIỆN",
             "Tiến độ và phân công cụ thể như sau:",
             TaskTable(columns("Thời gian:deadline", "Nội dung công việc:content", "Đơn vị thực hiện:lead", "Ghi chú:note"), rows,
                       merge=("deadline",), separator=", "),
             "IV. TỔ CHỨC THỰC HIỆN", "Các cơ quan, đơn vị được phân công chủ động triển khai, bảo đảm tiến độ.")
    L.append(Layout("event_time_first", **province_header("Lào Cai", "Số: 96/KH-UBND", "ngày 2 tháng 3 năm 2026"),
                    heading=("KẾ HOẠCH", "Tổ chức Hội nghị xúc tiến đầu tư năm 2026"), parts=parts, signature=SIGN_PROVINCE,
                    recipients=RECIPIENTS,
                    note="conference plan: the time column first, no number column, one day merged over two rows, "
                         "days and a span of days as deadlines"))

    # 34. Both "Cơ quan chủ trì" and "Đơn vị thực hiện" (a department's units lead, its facilities do the work).
    rows = tuple(Task(str(i + 1), HEALTH_TASKS[i], (HEALTH_UNITS[i % 5],), implementer=_pick(HEALTH_FACILITIES, i * 2, 1 + i % 2, step=3),
                      deadline=DEADLINES[(i * 5) % 16], outputs=(PRODUCTS[(i * 2) % 15],)) for i in range(8))
    cols = columns("STT:number", "Nội dung:content", "Cơ quan chủ trì:lead", "Đơn vị thực hiện:implementer",
                   "Thời gian thực hiện:deadline", "Kết quả:output")
    L.append(Layout("lead_and_implementer", issuer=("UBND TỈNH LÂM ĐỒNG", "SỞ Y TẾ"), number="Số: 318/KH-SYT",
                    place_date="Lâm Đồng, ngày 9 tháng 2 năm 2026", heading=("KẾ HOẠCH", "Phòng, chống dịch bệnh năm 2026"),
                    parts=("I. MỤC TIÊU", "Chủ động phát hiện sớm, khoanh vùng, xử lý kịp thời các ổ dịch.", "II. PHÂN CÔNG NHIỆM VỤ",
                           TaskTable(cols, rows), "III. TỔ CHỨC THỰC HIỆN",
                           "Các phòng, đơn vị báo cáo kết quả về Văn phòng Sở trước ngày 15 hằng tháng."),
                    signature=("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "", "Nguyễn Thị Lan"), recipients=RECIPIENTS,
                    note="a lead column and a separate 'Đơn vị thực hiện' column: the implementers are not the lead"))

    # 35. A ministry's action plan numbered on three levels: group rows "1." and "1.1.", tasks "1.1.1".
    ministry = dict(leads=EDUCATION_UNITS[:6], supports=EDUCATION_UNITS, deadlines=CENTRAL_DEADLINES, contents=EDU_TASKS,
                    products=GOV_OUTPUTS, support_counts=(1, 2, 0))
    rows = [Group("1.", "Hoàn thiện thể chế, chính sách", spanning=False),
            Group("1.1.", "Xây dựng văn bản quy phạm pháp luật", level=1, spanning=False),
            *tasks(81, 3, numbers="p:1.1.", start=0, **ministry),
            Group("1.2.", "Rà soát, hướng dẫn thực hiện", level=1, spanning=False),
            *tasks(84, 2, numbers="p:1.2.", start=3, **ministry),
            Group("2.", "Phát triển đội ngũ nhà giáo", spanning=False),
            Group("2.1.", "Đào tạo, bồi dưỡng", level=1, spanning=False),
            *tasks(86, 3, numbers="p:2.1.", start=5, **ministry),
            Group("2.2.", "Chế độ, chính sách", level=1, spanning=False),
            *tasks(89, 2, numbers="p:2.2.", start=8, **ministry)]
    L.append(Layout("three_level_numbers", issuer=("BỘ GIÁO DỤC VÀ ĐÀO TẠO",), number="Số: 215/KH-BGDĐT",
                    place_date="Hà Nội, ngày 16 tháng 2 năm 2026", heading=("KẾ HOẠCH", "Hành động của ngành Giáo dục năm 2026"),
                    parts=("I. MỤC ĐÍCH, YÊU CẦU", "Cụ thể hóa các nhiệm vụ được Chính phủ giao.", PageBreak(landscape=True),
                           *annex_intro("", "NHIỆM VỤ CỤ THỂ", "Kế hoạch số 215/KH-BGDĐT ngày 16/02/2026 của Bộ Giáo dục và Đào tạo"),
                           TaskTable(columns("TT:number", "Nhiệm vụ:content", "Đơn vị chủ trì:lead", "Đơn vị phối hợp:support",
                                             "Thời gian hoàn thành:deadline", "Sản phẩm:output"), tuple(rows), separator=", ",
                                     bold_groups=True)),
                    signature=("KT. BỘ TRƯỞNG", "THỨ TRƯỞNG", "", "Phạm Ngọc Thưởng"), recipients=RECIPIENTS,
                    note="ministry action plan: group rows '1.' and '1.1.' with empty agency cells, tasks '1.1.1', "
                         "a ministry's units, bare-month deadlines"))

    # 36. Sub-rows under numbered group rows: "a)", "b)" in the number column, or "- " at the start of the content.
    cols = columns("STT:number", "Nhiệm vụ:content", "Cơ quan chủ trì:lead", "Cơ quan phối hợp:support", "Thời hạn:deadline")
    rows = grouped([("1.", "Về công tác chỉ đạo, điều hành"), ("2.", "Về công tác tuyên truyền"), ("3.", "Về kiểm tra, giám sát")],
                   [lettered(tasks(12, 3, outputs=False)), dashed(tasks(16, 3, outputs=False)), lettered(tasks(20, 2, outputs=False))],
                   spanning=False)
    L.append(_plan("lettered_and_dashed", "Quảng Ngãi", "Số: 142/KH-UBND", "ngày 27 tháng 3 năm 2026", "bảo vệ môi trường năm 2026",
                   [TaskTable(cols, tuple(rows))],
                   "numbered group rows with tasks 'a)', 'b)' in the number column, or '- ' before the task in its content cell"))

    # 37. A very long annex: 120 tasks over six groups, many pages, the header repeated on each page.
    long_contents = tuple(f"{action} {field}" for action in ACTIONS for field in FIELDS)
    titles = ("CÔNG TÁC RÀ SOÁT", "CÔNG TÁC KIỂM TRA", "CÔNG TÁC TUYÊN TRUYỀN", "CÔNG TÁC ĐÁNH GIÁ", "CÔNG TÁC TỔNG KẾT",
              "XÂY DỰNG KẾ HOẠCH CHUYÊN ĐỀ")
    rows = grouped([(f"{r}.", t) for r, t in zip(("I", "II", "III", "IV", "V", "VI"), titles)],
                   [tasks(100 + g, 20, contents=long_contents, start=g * 20, deadlines=DEADLINES + MORE_DEADLINES,
                          leads=PROVINCE + UNLISTED, supports=PROVINCE + COLLECTIVE + UNLISTED) for g in range(6)])
    L.append(_plan("long_120_rows", "Lâm Đồng", "Số: 300/KH-UBND", "ngày 29 tháng 12 năm 2025",
                   "thực hiện các nhiệm vụ trọng tâm năm 2026", [TaskTable(STD, tuple(rows), repeat_header_every=30, bold_groups=True)],
                   "120 tasks in six groups over many landscape pages, the header repeated on each page"))

    # 38. An annex table broken by a page break: "PHỤ LỤC I (tiếp theo)", the header printed again, a group going on.
    ref = "Kế hoạch số 58/KH-UBND ngày 11/3/2026 của UBND tỉnh Cần Thơ"
    part_one = grouped([("I.", "CẢI CÁCH THỂ CHẾ"), ("II.", "CẢI CÁCH TỔ CHỨC BỘ MÁY")], [tasks(30, 4), tasks(34, 3)])
    part_two = [*tasks(37, 3, first=4), *grouped([("III.", "XÂY DỰNG CHÍNH QUYỀN SỐ")], [tasks(40, 4)])]
    parts = (*_body("cải cách hành chính năm 2026"), PageBreak(landscape=True),
             *annex_intro("I", "NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 2026", ref), TaskTable(STD, tuple(part_one)),
             PageBreak(landscape=True), "PHỤ LỤC I (tiếp theo)", TaskTable(STD, tuple(part_two), continued=True))
    L.append(Layout("annex_continued", **province_header("Cần Thơ", "Số: 58/KH-UBND", "ngày 11 tháng 3 năm 2026"),
                    heading=("KẾ HOẠCH", "Cải cách hành chính năm 2026"), parts=parts, signature=SIGN_PROVINCE, recipients=RECIPIENTS,
                    note="one annex table in two parts: a page break, 'PHỤ LỤC I (tiếp theo)', the header again, group II going on"))

    # 39. The task table inside the one cell of a borderless frame table.
    L.append(_plan("nested_in_frame", "Lào Cai", "Số: 129/KH-UBND", "ngày 4 tháng 5 năm 2026", "phát triển du lịch cộng đồng năm 2026",
                   [TaskTable(STD, tuple(tasks(44, 7)), nested=True)],
                   "the task table nested in the single cell of a borderless frame table"))

    # 40. Money: a budget column, its source, and a "Tổng cộng" row at the end.
    leads = (("Sở Y tế",), ("Sở Y tế",), ("Sở Y tế",), ("Đài Phát thanh và Truyền hình tỉnh",), ("Chi cục Dân số tỉnh",), ("Sở Y tế",))
    supports = (("UBND các xã, phường",), ("Sở Văn hóa, Thể thao và Du lịch", "Hội Liên hiệp Phụ nữ tỉnh"), ("Sở Tài chính",), ("Sở Y tế",),
                ("Trung tâm Y tế các huyện", "UBND các xã, phường"), ("Các sở, ban, ngành",))
    rows = tuple(Task(str(i + 1), content, leads[i], supports[i], deadline=(DEADLINES[0], DEADLINES[2], DEADLINES[7], DEADLINES[15],
                                                                               DEADLINES[8], DEADLINES[3])[i],
                      budget=money, printed={"other": source}) for i, (content, money, source) in enumerate(FUNDED))
    cols = columns("STT:number", "Nội dung hoạt động:content", "Đơn vị chủ trì:lead", "Đơn vị phối hợp:support",
                   "Thời gian thực hiện:deadline", "Kinh phí (triệu đồng):budget", "Nguồn kinh phí:other")
    L.append(_plan("budget_and_total", "Quảng Ngãi", "Số: 61/KH-UBND", "ngày 20 tháng 2 năm 2026", "công tác dân số năm 2026",
                   [TaskTable(cols, rows, total="Tổng cộng")],
                   "a budget column (millions of đồng), 'Nguồn kinh phí', a 'Tổng cộng' row at the end"))

    # 41. A draft whose table ends with empty rows left for more tasks.
    draft = Layout("draft_empty_rows", issuer=("ỦY BAN NHÂN DÂN", "TỈNH LÂM ĐỒNG"), number=None,
                   place_date="Lâm Đồng, ngày      tháng      năm 2026",
                   heading=("DỰ THẢO", "KẾ HOẠCH", "Phát triển kinh tế tuần hoàn năm 2026"),
                   parts=(*_body("phát triển kinh tế tuần hoàn"), PageBreak(landscape=True),
                          *annex_intro("", "NHIỆM VỤ CỤ THỂ", "Kế hoạch số      /KH-UBND ngày     /    /2026 của UBND tỉnh Lâm Đồng"),
                          TaskTable(STD[:5], tuple(tasks(48, 6, outputs=False)), blank_rows=3, th=False)),
                   signature=SIGN_PROVINCE, note="a draft whose table ends with three empty rows")
    L.append(draft)

    # 42. A page Word saved as HTML (provincial portals publish these): MsoNormal paragraphs, <o:p>, widths in points,
    # group rows "I. …" in one bold spanning cell, no site around the document.
    rows = grouped([("", "I. CẢI CÁCH THỦ TỤC HÀNH CHÍNH"), ("", "II. HIỆN ĐẠI HÓA HÀNH CHÍNH")], [tasks(52, 4), tasks(56, 4)])
    L.append(_plan("word_saved_html", "Quảng Ngãi", "Số: 47/KH-UBND", "ngày 3 tháng 2 năm 2026", "nâng cao chỉ số PAR INDEX năm 2026",
                   [TaskTable(STD, tuple(rows), bold_groups=True)],
                   "HTML saved by Word: MsoNormal paragraphs, <o:p>, inline borders, bold group rows 'I. …' in one spanning cell",
                   html="word", container="class:WordSection1"))

    # 43. A site that puts header rows in <thead> (two rows: "Cơ quan thực hiện" and "Thời gian" over their parts),
    # "&nbsp;" in empty cells, <br /> between lines, the table in a scrolling <div>.
    cols = (Column("TT", "number"), Column("Nội dung", "content"), Column("Chủ trì", "lead", parent="Cơ quan thực hiện"),
            Column("Phối hợp", "support", parent="Cơ quan thực hiện"), Column("Bắt đầu", "start", parent="Thời gian"),
            Column("Hoàn thành", "deadline", parent="Thời gian"))
    rows = tuple(replace(t, start="Quý I/2026") for t in tasks(61, 7, outputs=False, support_counts=(2, 0, 1, 3)))
    L.append(_plan("thead_two_row_header", "Lào Cai", "Số: 188/KH-UBND", "ngày 7 tháng 4 năm 2026", "phát triển kinh tế ban đêm năm 2026",
                   [TaskTable(cols, rows, separator="\n")],
                   "header rows in <thead> (two rows, two parents), empty cells '&nbsp;', lines split by <br />, a scrolling <div>",
                   html="thead", container="divContentDoc",
                   # one agency per line in both agency cells: copied one paragraph per line, nothing tells where the
                   # lead cell ends (as draft_line_breaks)
                   skip=("txt",)))

    # 44. A row of bare column numbers "1 2 3 …" under the header (no brackets).
    L.append(_plan("bare_column_numbers", "Lâm Đồng", "Số: 92/KH-UBND", "ngày 1 tháng 4 năm 2026", "phát triển thương mại điện tử năm 2026",
                   [TaskTable(STD, tuple(tasks(5, 7)), column_numbers=True, column_number_format="{}")],
                   "a row of bare column numbers '1 2 3 4 5 6' under the header"))

    # 45. Nine narrow columns on a landscape page in a small font: names wrap inside their cells.
    cols = columns("STT:number", "Nội dung nhiệm vụ/giải pháp:content", "Cơ quan, đơn vị chủ trì thực hiện:lead",
                   "Cơ quan, đơn vị phối hợp thực hiện:support", "Thời gian bắt đầu:start", "Thời gian hoàn thành:deadline",
                   "Dự kiến kết quả:output", "Nguồn kinh phí:other", "Ghi chú:note")
    rows = tuple(replace(t, start="Tháng 01/2026", printed={"other": ("Ngân sách tỉnh", "Ngân sách trung ương", "Lồng ghép các chương trình")[i % 3]},
                         note="Nhiệm vụ chuyển tiếp" if i % 4 == 1 else "")
                 for i, t in enumerate(tasks(64, 8, leads=PROVINCE + UNLISTED, supports=PROVINCE + UNLISTED + COLLECTIVE,
                                             support_counts=(2, 3, 1), deadlines=DEADLINES + MORE_DEADLINES)))
    L.append(_plan("nine_narrow_columns", "Cần Thơ", "Số: 205/KH-UBND", "ngày 14 tháng 5 năm 2026", "phát triển nông nghiệp xanh năm 2026",
                   [TaskTable(cols, rows)], "nine narrow columns in landscape, 10 pt: long names wrap inside their cells",
                   table_pt=10))

    # 46. Seven columns on a portrait page, a sans-serif font.
    cols = columns("TT:number", "Tên nhiệm vụ:content", "Chủ trì:lead", "Phối hợp:support", "Tiến độ:deadline", "Sản phẩm:output",
                   "Ghi chú:note")
    rows = tuple(replace(t, note="Hằng năm báo cáo" if i % 3 == 0 else "") for i, t in
                 enumerate(tasks(68, 7, leads=PROVINCE + UNLISTED, supports=PROVINCE + UNLISTED, support_counts=(2, 1, 2))))
    L.append(_plan("portrait_seven_sans", "Lào Cai", "Số: 77/KH-SNV", "ngày 12 tháng 3 năm 2026", "công tác văn thư, lưu trữ năm 2026",
                   [TaskTable(cols, rows)], "seven columns on a portrait page in Arial 10 pt", landscape=False,
                   font="Arial", table_pt=10))

    # 47. A province's list of normative documents: "Cấp ban hành", the drafting body, "Thời gian trình/ban hành".
    months = (Deadline("Tháng 6/2026", "2026-06-30"), Deadline("Quý III/2026", "2026-09-30"), COUNCIL_SESSIONS[1],
              Deadline("Tháng 4/2026", "2026-04-30"), Deadline("Quý II/2026", "2026-06-30"), COUNCIL_SESSIONS[0],
              Deadline("Tháng 10/2026", "2026-10-31"), COUNCIL_SESSIONS[2])
    drafters = ("Sở Nội vụ", "Sở Công Thương", "Sở Nông nghiệp và Môi trường", "Sở Nông nghiệp và Môi trường", "Sở Y tế",
                "Sở Nông nghiệp và Môi trường", "Sở Nông nghiệp và Môi trường", "Sở Nội vụ")
    rows = tuple(Task(str(i + 1), name, (drafters[i],), ("Sở Tư pháp",) + (("Sở Tài chính",) if i % 2 else ()), deadline=months[i],
                      level=level) for i, (name, level) in enumerate(LOCAL_LEGAL))
    cols = columns("STT:number", "Tên văn bản:content", "Cấp ban hành:level", "Cơ quan chủ trì soạn thảo:lead",
                   "Cơ quan phối hợp:support", "Thời gian trình/ban hành:deadline")
    L.append(Layout("legal_docs_level", **province_header("Lâm Đồng", "Số: 512/QĐ-UBND", "ngày 10 tháng 1 năm 2026"),
                    heading=("QUYẾT ĐỊNH", "Ban hành Danh mục văn bản quy phạm pháp luật dự kiến ban hành năm 2026"),
                    parts=("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG", "Căn cứ Luật Ban hành văn bản quy phạm pháp luật ngày 19 tháng 02 năm 2025;",
                           "QUYẾT ĐỊNH:", "Điều 1. Ban hành kèm theo Quyết định này Danh mục văn bản quy phạm pháp luật dự kiến ban hành năm 2026.",
                           "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.", PageBreak(landscape=True),
                           *annex_intro("", "DANH MỤC VĂN BẢN QUY PHẠM PHÁP LUẬT DỰ KIẾN BAN HÀNH NĂM 2026",
                                        "Quyết định số 512/QĐ-UBND ngày 10 tháng 01 năm 2026 của Chủ tịch UBND tỉnh Lâm Đồng"),
                           TaskTable(cols, rows)),
                    signature=("CHỦ TỊCH", "", "Hồ Văn Mười"), recipients=RECIPIENTS,
                    note="a province's normative documents: 'Cấp ban hành' (HĐND/UBND tỉnh), 'Cơ quan chủ trì soạn thảo', "
                         "'Thời gian trình/ban hành' with council sessions"))

    # 48. The drafts a province submits to its council: "Cơ quan trình" (not the lead), sessions as deadlines.
    rows = tuple(Task(str(i + 1), draft, (("Sở Tài chính", "Sở Tài chính", "Sở Nông nghiệp và Môi trường", "Sở Nội vụ",
                                            "Sở Nông nghiệp và Môi trường", "Văn phòng Đoàn ĐBQH và HĐND tỉnh")[i],),
                      submitter=("Thường trực HĐND tỉnh",) if i == 5 else ("UBND tỉnh",), deadline=COUNCIL_SESSIONS[i % 4])
                 for i, draft in enumerate(COUNCIL_DRAFTS))
    cols = columns("STT:number", "Tên dự thảo nghị quyết:content", "Cơ quan trình:submitter", "Cơ quan chủ trì soạn thảo:lead",
                   "Thời gian trình HĐND tỉnh:deadline")
    L.append(_plan("council_submissions", "Lào Cai", "Số: 14/KH-UBND", "ngày 15 tháng 1 năm 2026",
                   "chuẩn bị nội dung trình Hội đồng nhân dân tỉnh năm 2026", [TaskTable(cols, rows)],
                   "drafts submitted to the provincial council: 'Cơ quan trình' is not the lead, council sessions as deadlines",
                   landscape=False))

    # 49. A "Ghi chú" column that names bodies (a remark, not the support).
    remarks = ("Sở Tài chính thẩm định kinh phí", "Phối hợp với Công an tỉnh", "Sở Tư pháp; Sở Nội vụ", "",
               "Báo cáo UBND tỉnh trước ngày 20 hằng tháng", "Các sở, ban, ngành cung cấp số liệu", "")
    rows = tuple(replace(t, support=(), note=remarks[i]) for i, t in enumerate(tasks(23, 7, outputs=False)))
    L.append(_plan("remarks_name_bodies", "Cần Thơ", "Số: 102/KH-UBND", "ngày 6 tháng 4 năm 2026", "thực hiện chính sách an sinh xã hội năm 2026",
                   [TaskTable(columns("STT:number", "Nội dung công việc:content", "Đơn vị chủ trì:lead", "Thời hạn:deadline",
                                      "Ghi chú:note"), rows)],
                   "a 'Ghi chú' column that names bodies: a remark, not the support", landscape=False))

    # 50. Abbreviated names ("Sở KH&CN", "VP UBND tỉnh"), ", " between bodies and "; " around collectives.
    rows = tuple(replace(t, printed={"lead": mixed(t.lead), "support": mixed(t.support)})
                 for t in tasks(27, 8, leads=ABBREVIATED, supports=ABBREVIATED + COLLECTIVE, support_counts=(2, 3, 1, 2),
                                lead_counts=(1, 2, 1)))
    L.append(_plan("abbreviated_mixed_separators", "Lào Cai", "Số: 166/KH-UBND", "ngày 20 tháng 4 năm 2026",
                   "đổi mới sáng tạo năm 2026", [TaskTable(STD, rows)],
                   "abbreviated names ('Sở KH&CN', 'VP UBND tỉnh'), ', ' between bodies and '; ' around collectives"))

    # 51. A caption row inside the table above the header, header names broken over two lines.
    cols = columns("STT:number", "Nội dung\nnhiệm vụ:content", "Cơ quan\nchủ trì:lead", "Cơ quan\nphối hợp:support",
                   "Thời gian\nhoàn thành:deadline", "Sản phẩm:output")
    L.append(_plan("caption_row_broken_headers", "Quảng Ngãi", "Số: 118/KH-UBND", "ngày 8 tháng 5 năm 2026",
                   "phát triển kinh tế biển năm 2026", [TaskTable(cols, tuple(tasks(31, 7)), caption="BẢNG PHÂN CÔNG NHIỆM VỤ CỤ THỂ")],
                   "a caption row spanning the table above its header; header names broken over two lines"))

    # 52. A Word file made from a PDF: the header printed again as ordinary rows in the middle of the table.
    L.append(_plan("header_rows_in_body", "Cần Thơ", "Số: 143/KH-UBND", "ngày 29 tháng 4 năm 2026", "quản lý chất thải rắn năm 2026",
                   [TaskTable(STD[:5], tuple(tasks(35, 24, outputs=False)), repeat_header_every=8, repeat_in_docx=True, th=False)],
                   "the header printed again as ordinary rows every 8 tasks, in every format (a Word file made from a PDF)"))

    # 53. Several leads in one cell, one per line, no punctuation; no support column.
    L.append(_plan("leads_one_per_line", "Lâm Đồng", "Số: 156/KH-UBND", "ngày 22 tháng 4 năm 2026", "phát triển lâm nghiệp bền vững năm 2026",
                   [TaskTable(columns("STT:number", "Nhiệm vụ:content", "Đơn vị chủ trì:lead", "Thời hạn hoàn thành:deadline",
                                      "Sản phẩm:output"),
                              tuple(tasks(39, 7, leads=PROVINCE + UNLISTED, lead_counts=(2, 3, 1, 2))), separator="\n")],
                   "several lead bodies in one cell, one per line without punctuation; no support column"))

    # 54. Content cells that list what a task covers, one "- " line each (a ministry's plan to carry out a law).
    rows = tuple(Task(str(i + 1), content, (("Vụ Pháp chế", "Cục Văn thư và Lưu trữ nhà nước", "Vụ Pháp chế",
                                              "Cục Văn thư và Lưu trữ nhà nước", "Cục Văn thư và Lưu trữ nhà nước", "Thanh tra Bộ")[i],),
                      (("Văn phòng Bộ",), ("Các bộ, ngành, địa phương",), ("Vụ Tổ chức cán bộ", "Văn phòng Bộ"), (),
                       ("Trung tâm Công nghệ thông tin",), ("Vụ Pháp chế",))[i],
                      deadline=CENTRAL_DEADLINES[(i * 3) % 10], outputs=(GOV_OUTPUTS[(i * 2) % 9],))
                 for i, content in enumerate(LAW_TASKS))
    L.append(Layout("content_sub_items", issuer=("BỘ NỘI VỤ",), number="Số: 1290/KH-BNV", place_date="Hà Nội, ngày 23 tháng 3 năm 2026",
                    heading=("KẾ HOẠCH", "Triển khai thi hành Luật Lưu trữ"),
                    parts=("I. MỤC ĐÍCH, YÊU CẦU", "Xác định cụ thể nội dung công việc, thời hạn và trách nhiệm của các đơn vị.",
                           "II. NỘI DUNG", "Các nhiệm vụ cụ thể như sau:",
                           TaskTable(columns("TT:number", "Nhiệm vụ:content", "Cơ quan chủ trì:lead", "Cơ quan phối hợp:support",
                                             "Sản phẩm:output", "Thời hạn:deadline"), rows),
                           "III. TỔ CHỨC THỰC HIỆN", "Vụ Pháp chế theo dõi, đôn đốc việc thực hiện Kế hoạch này."),
                    signature=("KT. BỘ TRƯỞNG", "THỨ TRƯỞNG", "", "Vũ Đăng Minh"), recipients=RECIPIENTS,
                    note="content cells listing what a task covers, one '- ' line each, under a first line"))

    # 55. A council's list of public works (Nghị quyết HĐND): the investor leads, "Tổng cộng" printed first, lettered
    # groups, periods of years.
    def works(projects: tuple) -> list[Task]:  # numbered from 1 in each group
        return [Task(str(i + 1), name, (investor,), deadline=period, budget=money, printed={"other": place})
                for i, (name, investor, place, period, money) in enumerate(projects)]

    rows = grouped([("A", "DỰ ÁN DO CẤP TỈNH QUẢN LÝ"), ("B", "DỰ ÁN DO CẤP XÃ QUẢN LÝ")], [works(PROJECTS[:4]), works(PROJECTS[4:])])
    cols = columns("STT:number", "Tên dự án:content", "Chủ đầu tư:lead", "Địa điểm xây dựng:other", "Thời gian thực hiện:deadline",
                   "Tổng mức đầu tư (triệu đồng):budget")
    L.append(Layout("council_public_works", issuer=("HỘI ĐỒNG NHÂN DÂN", "TỈNH LÀO CAI"), number="Số: 25/NQ-HĐND",
                    place_date="Lào Cai, ngày 10 tháng 12 năm 2025",
                    heading=("NGHỊ QUYẾT", "Về danh mục dự án đầu tư công khởi công mới năm 2026"),
                    parts=("HỘI ĐỒNG NHÂN DÂN TỈNH LÀO CAI", "KHÓA XVI, KỲ HỌP THỨ MƯỜI",
                           "Căn cứ Luật Đầu tư công ngày 29 tháng 11 năm 2024;", "QUYẾT NGHỊ:",
                           "Điều 1. Thông qua danh mục dự án đầu tư công khởi công mới năm 2026 (chi tiết tại Phụ lục kèm theo).",
                           "Điều 2. Giao Ủy ban nhân dân tỉnh tổ chức thực hiện Nghị quyết này.", PageBreak(landscape=True),
                           *annex_intro("", "DANH MỤC DỰ ÁN ĐẦU TƯ CÔNG KHỞI CÔNG MỚI NĂM 2026",
                                        "Nghị quyết số 25/NQ-HĐND ngày 10 tháng 12 năm 2025 của HĐND tỉnh Lào Cai"),
                           TaskTable(cols, tuple(rows), total="TỔNG CỘNG", total_first=True, bold_groups=True)),
                    signature=("CHỦ TỊCH", "", "Hà Văn Dũng"), recipients=RECIPIENTS,
                    note="a council's list of public works: the investor ('Chủ đầu tư') leads, 'TỔNG CỘNG' printed first, "
                         "lettered groups, periods of years"))
    return L


# -- The third test bed ----------------------------------------------------------------------------------------------
# Written from facts about real documents (FACTS.md, "Third test bed") before reading the reader's code: each models a
# trait the first two beds do not have.


def _third_bed() -> list[Layout]:
    L: list[Layout] = []

    # 56. An annex whose one "Cơ quan thực hiện" column prints "Chủ trì: …" and "Phối hợp: …" on separate lines
    # (some rows as "- " bullets ending in "."), names within a role joined by ", ".
    def role_lines(t: Task, i: int) -> str:
        lines = [f"Chủ trì: {', '.join(t.lead)}"] + ([f"Phối hợp: {', '.join(t.support)}"] if t.support else [])
        return "\n".join(f"- {x}." for x in lines) if i % 3 == 2 else "\n".join(lines)

    rows = [replace(t, printed={"agencies": role_lines(t, i)})
            for i, t in enumerate(tasks(3, 8, support_counts=(2, 1, 0, 3), outputs=False, lead_counts=(1, 1, 2)))]
    L.append(_plan("performer_role_lines", "Cần Thơ", "Số: 311/KH-UBND", "ngày 4 tháng 6 năm 2026",
                   "thực hiện Chương trình phát triển đô thị năm 2026",
                   [TaskTable(columns("STT:number", "Nội dung nhiệm vụ:content", "Cơ quan thực hiện:agencies",
                                      "Thời gian thực hiện:deadline"), tuple(rows))],
                   "one 'Cơ quan thực hiện' column with 'Chủ trì: …' and 'Phối hợp: …' on separate lines (some as "
                   "'- …' bullets), names within a role joined by ', '"))

    # 57. The performer column as a sentence: "A chủ trì, phối hợp với B, C" (A alone where nobody supports).
    rows = [replace(t, printed={"agencies": f"{t.lead[0]} chủ trì, phối hợp với {', '.join(t.support)}" if t.support else t.lead[0]})
            for t in tasks(12, 7, lead_counts=(1,), support_counts=(1, 2, 0, 2), outputs=False, deadlines=MORE_DEADLINES)]
    L.append(_plan("performer_sentence", "Lâm Đồng", "Số: 276/KH-UBND", "ngày 19 tháng 5 năm 2026",
                   "phòng, chống tác hại của thuốc lá năm 2026",
                   [TaskTable(columns("TT:number", "Nội dung:content", "Đơn vị thực hiện:agencies", "Thời hạn:deadline"),
                              tuple(rows))], "the performer column as a sentence 'A chủ trì, phối hợp với B, C'",
                   landscape=False))

    # 58. No deadline column: the deadline is a clause at the end of the content cell; one content cites a decision's
    # date (not a deadline), some name none.
    base = tasks(20, 7, outputs=False)
    rows = []
    for i, t in enumerate(base):
        d = IN_CONTENT[i % len(IN_CONTENT)]
        text = t.content + (f", {d.text}" if d else " theo Quyết định số 1520/QĐ-UBND ngày 12/12/2025 của UBND tỉnh" if i == 2 else "")
        rows.append(replace(t, deadline=d, printed={"content": text}))
    L.append(_plan("deadline_in_content", "Quảng Ngãi", "Số: 150/KH-UBND", "ngày 2 tháng 4 năm 2026",
                   "thực hiện nhiệm vụ chuyển đổi số năm 2026",
                   [TaskTable(columns("STT:number", "Nội dung công việc:content", "Đơn vị chủ trì:lead", "Đơn vị phối hợp:support"),
                              tuple(rows), deadline_in_content=True)],
                   "no deadline column: 'hoàn thành trước ngày 30/6/2026' at the end of the content cell; a cited "
                   "decision's date is not a deadline"))

    # 59. Indicators and tasks in one table ("Chỉ tiêu, nhiệm vụ" | "ĐVT" | "Kế hoạch năm 2026"): the year in a header
    # that is not the deadline's, numbers in the target column that are not row numbers. A target table with no
    # agency column comes first and holds no tasks.
    targets = OtherTable(("TT", "Chỉ tiêu", "ĐVT", "Thực hiện năm 2025", "Kế hoạch năm 2026"),
                         tuple((str(i + 1), name, unit, "—", value) for i, (name, unit, value) in enumerate(INDICATORS)))
    indicator_rows = [Task(str(i + 1), name, (PROVINCE[(i * 3) % 12],), deadline=Deadline("Năm 2026", "2026-12-31"),
                           printed={"unit": unit, "target": value}) for i, (name, unit, value) in enumerate(INDICATORS)]
    task_rows = [replace(t, printed={"unit": "", "target": ""}) for t in tasks(40, 4, support_counts=(0,), outputs=False)]
    rows = grouped([("A", "CÁC CHỈ TIÊU CHỦ YẾU"), ("B", "CÁC NHIỆM VỤ TRỌNG TÂM")], [indicator_rows, task_rows])
    cols = columns("TT:number", "Chỉ tiêu, nhiệm vụ:content", "ĐVT:unit", "Kế hoạch năm 2026:target", "Cơ quan chủ trì:lead",
                   "Thời gian hoàn thành:deadline")
    L.append(Layout("indicators_and_tasks", issuer=("HỘI ĐỒNG NHÂN DÂN", "TỈNH CẦN THƠ"), number="Số: 41/NQ-HĐND",
                    place_date="Cần Thơ, ngày 9 tháng 12 năm 2025",
                    heading=("NGHỊ QUYẾT", "Về kế hoạch phát triển kinh tế - xã hội năm 2026"),
                    parts=("HỘI ĐỒNG NHÂN DÂN TỈNH CẦN THƠ", "KHÓA X, KỲ HỌP THỨ CHÍN", "QUYẾT NGHỊ:",
                           "Điều 1. Các chỉ tiêu chủ yếu năm 2026 như sau:", targets,
                           "Điều 2. Giao Ủy ban nhân dân tỉnh tổ chức thực hiện các chỉ tiêu, nhiệm vụ tại Phụ lục kèm theo.",
                           PageBreak(landscape=True),
                           *annex_intro("", "PHÂN CÔNG THỰC HIỆN CHỈ TIÊU, NHIỆM VỤ NĂM 2026",
                                        "Nghị quyết số 41/NQ-HĐND ngày 09 tháng 12 năm 2025 của HĐND tỉnh Cần Thơ"),
                           TaskTable(cols, tuple(rows), bold_groups=True)),
                    signature=("CHỦ TỊCH", "", "Đinh Văn Lợi"), recipients=RECIPIENTS,
                    note="indicators and tasks in one table ('Chỉ tiêu, nhiệm vụ', 'ĐVT', 'Kế hoạch năm 2026'): a year in "
                         "a non-deadline header, numbers in the target column; a target table with no agency column before it"))

    # 60. Group rows that name the body of all their tasks (a directive's annex by body): no lead column at all.
    owners = ("Sở Tài chính", "Sở Giáo dục và Đào tạo", "Công an tỉnh", "UBND các xã, phường")
    per, n = [], 0
    for g, owner in enumerate(owners):
        run = (3, 2, 3, 2)[g]
        per.append([Task(f"{g + 1}.{k + 1}", CONTENTS[(n + k) * 5 % len(CONTENTS)], (owner,),
                         deadline=(DEADLINES + MORE_DEADLINES)[(n + k) * 4 % 26]) for k in range(run)])
        n += run
    rows = grouped([(f"{g + 1}.", owner) for g, owner in enumerate(owners)], per, spanning=True)
    L.append(Layout("group_row_owner", **province_header("Lâm Đồng", "Số: 08/CT-UBND", "ngày 15 tháng 4 năm 2026"),
                    heading=("CHỈ THỊ", "Về tăng cường công tác phòng, chống đuối nước trẻ em"),
                    parts=("Để chủ động phòng ngừa, giảm thiểu tai nạn đuối nước trẻ em, Chủ tịch UBND tỉnh yêu cầu:",
                           "Các cơ quan, đơn vị thực hiện các nhiệm vụ sau:",
                           TaskTable(columns("TT:number", "Nhiệm vụ:content", "Thời hạn:deadline"), tuple(rows)),
                           "Chỉ thị này có hiệu lực kể từ ngày ký."),
                    signature=("CHỦ TỊCH", "", "Võ Thành Nam"), recipients=RECIPIENTS,
                    note="group rows '1. Sở Tài chính' name the body of every task under them; no agency column"))

    # 61. Group rows that carry the lead in their own lead cell; the tasks under them leave it empty.
    group_leads = ("Sở Tư pháp", "Sở Nội vụ", "Sở Khoa học và Công nghệ")
    per = []
    for g, lead in enumerate(group_leads):
        per.append([replace(t, lead=(lead,), support=tuple(x for x in t.support if x != lead), printed={"lead": ""})
                    for t in tasks(44 + g * 3, 3, numbers=f"p:{g + 1}.", outputs=False)])
    titles = ("Hoàn thiện thể chế về phổ biến, giáo dục pháp luật", "Nâng cao chất lượng đội ngũ công chức",
              "Ứng dụng công nghệ trong quản lý nhà nước")
    rows = []
    for g, (lead, title) in enumerate(zip(group_leads, titles)):
        rows.append(Group(f"{g + 1}", title, spanning=False, printed={"lead": lead}))
        rows += per[g]
    L.append(_plan("group_row_lead_cell", "Lào Cai", "Số: 205/KH-UBND", "ngày 21 tháng 5 năm 2026",
                   "nâng cao hiệu lực quản lý nhà nước năm 2026", [TaskTable(STD[:5], tuple(rows), bold_groups=True)],
                   "group rows that name the lead in their own lead cell; the tasks under them leave it empty"))

    # 62. "Thời gian thực hiện" that names no single period: "Thường xuyên", "Theo chỉ đạo …", "Năm 2026-2030", "Khi có
    # yêu cầu"; a plan over several years.
    L.append(_plan("time_words", "Cần Thơ", "Số: 188/KH-UBND", "ngày 6 tháng 5 năm 2026",
                   "thực hiện Chiến lược quốc gia về người cao tuổi giai đoạn 2026-2030",
                   [TaskTable(columns("TT:number", "Nhiệm vụ, giải pháp:content", "Cơ quan chủ trì:lead", "Cơ quan phối hợp:support",
                                      "Thời gian thực hiện:deadline"),
                              tuple(tasks(7, 9, deadlines=TIME_WORDS, outputs=False)))],
                   "'Thời gian thực hiện' holding 'Thường xuyên', 'Theo chỉ đạo của UBND tỉnh', 'Năm 2026-2030', 'Khi có yêu cầu'"))

    # 63. A province's programme of proposals ("Danh mục đề án trình"): drafting body, "Cơ quan trình", "Cấp trình",
    # "Thời gian trình"; groups by the level that decides.
    def proposal(i: int, item) -> Task:
        name, drafter, submitter, level, when = item
        return Task(str(i + 1), name, (drafter,), submitter=(submitter,), deadline=when, level=level)

    council = [proposal(i, p) for i, p in enumerate(x for x in PROPOSALS if x[3] == "HĐND tỉnh")]
    province = [proposal(i, p) for i, p in enumerate(x for x in PROPOSALS if x[3] != "HĐND tỉnh")]
    rows = grouped([("I", "CÁC ĐỀ ÁN TRÌNH HĐND TỈNH"), ("II", "CÁC ĐỀ ÁN TRÌNH UBND TỈNH, CHỦ TỊCH UBND TỈNH")], [council, province])
    cols = columns("STT:number", "Tên đề án, văn bản:content", "Cơ quan chủ trì xây dựng:lead", "Cơ quan trình:submitter",
                   "Cấp trình:level", "Thời gian trình:deadline")
    L.append(Layout("proposals_programme", **province_header("Quảng Ngãi", "Số: 25/QĐ-UBND", "ngày 8 tháng 1 năm 2026"),
                    heading=("QUYẾT ĐỊNH", "Ban hành Chương trình công tác năm 2026 của UBND tỉnh"),
                    parts=("ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI", "QUYẾT ĐỊNH:",
                           "Điều 1. Ban hành kèm theo Quyết định này Chương trình công tác năm 2026 của UBND tỉnh.",
                           "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.", PageBreak(landscape=True),
                           *annex_intro("", "DANH MỤC ĐỀ ÁN TRÌNH NĂM 2026",
                                        "Quyết định số 25/QĐ-UBND ngày 08/01/2026 của UBND tỉnh Quảng Ngãi"),
                           TaskTable(cols, tuple(rows))),
                    signature=SIGN_PROVINCE, recipients=RECIPIENTS,
                    note="'Danh mục đề án trình': 'Cơ quan chủ trì xây dựng' leads, 'Cơ quan trình' and 'Cấp trình' do not, "
                         "'Thời gian trình' with council sessions"))

    # 64. A site republishing Word files: border="0" tables ruled by each cell's inline style, <p style> lines.
    rows = grouped([("I.", "NHIỆM VỤ CHUNG"), ("II.", "NHIỆM VỤ CỤ THỂ")], [tasks(15, 3), tasks(18, 4)])
    L.append(_plan("republished_html", "Lào Cai", "Số: 233/KH-UBND", "ngày 12 tháng 5 năm 2026",
                   "phát triển du lịch cộng đồng năm 2026", [TaskTable(STD, tuple(rows), separator="\n")],
                   "HTML of a site republishing Word files: border='0' table, rules in inline cell styles, a "
                   "<p style> per line, '&nbsp;' empty cells, an anchor before the annex title",
                   html="tvpl", container="class:content1",
                   skip=("txt",)))  # lead and support one per line: copied as text, nothing says where a cell ends

    # 65. A DOCX from another word processor: a two-row header whose one-level columns are not merged down (an empty
    # cell under each), and cells spaced with empty paragraphs above and below their text.
    cols = (Column("STT", "number"), Column("Nội dung", "content"), Column("Chủ trì", "lead", parent="Đơn vị thực hiện"),
            Column("Phối hợp", "support", parent="Đơn vị thực hiện"), Column("Thời gian", "deadline"), Column("Ghi chú", "note"))
    L.append(_plan("gridspan_only_header", "Quảng Ngãi", "Số: 244/KH-UBND", "ngày 26 tháng 5 năm 2026",
                   "bảo đảm trật tự an toàn giao thông năm 2026",
                   [TaskTable(cols, tuple(tasks(25, 7, outputs=False)), header_gridspan_only=True, padded_cells=True)],
                   "two-row header merged across only (gridSpan), an empty cell under each one-level column; DOCX cells "
                   "with empty paragraphs above and below their text"))

    # 66. "Cơ quan tham mưu" (the lead) beside "Lãnh đạo UBND tỉnh phụ trách" (a province leader: neither lead nor
    # support).
    rows = [replace(t, printed={"leader": LEADERS[i % len(LEADERS)]}) for i, t in enumerate(tasks(30, 7, outputs=False))]
    L.append(_plan("leader_in_charge", "Lâm Đồng", "Số: 12/KH-UBND", "ngày 14 tháng 1 năm 2026",
                   "thực hiện các nhiệm vụ trọng tâm năm 2026",
                   [TaskTable(columns("TT:number", "Nội dung công việc:content", "Cơ quan tham mưu:lead",
                                      "Cơ quan phối hợp:support", "Lãnh đạo UBND tỉnh phụ trách:leader",
                                      "Thời gian trình:deadline"), tuple(rows))],
                   "'Cơ quan tham mưu' leads; 'Lãnh đạo UBND tỉnh phụ trách' names a province leader, not an agency role"))

    # 67. A report's table: "Thời hạn hoàn thành" (the deadline) and "Tiến độ thực hiện" (a status: "Đã hoàn thành").
    rows = [replace(t, printed={"status": STATUS[i % len(STATUS)]}) for i, t in enumerate(tasks(34, 7, outputs=False))]
    L.append(Layout("report_status_column", **province_header("Cần Thơ", "Số: 402/BC-UBND", "ngày 20 tháng 6 năm 2026"),
                    heading=("BÁO CÁO", "Kết quả thực hiện nhiệm vụ 6 tháng đầu năm 2026"),
                    parts=("I. KẾT QUẢ THỰC HIỆN", "Kết quả thực hiện các nhiệm vụ được giao như sau:",
                           TaskTable(columns("STT:number", "Nhiệm vụ:content", "Cơ quan chủ trì:lead", "Cơ quan phối hợp:support",
                                             "Thời hạn hoàn thành:deadline", "Tiến độ thực hiện:status"), tuple(rows)),
                           "II. PHƯƠNG HƯỚNG 6 THÁNG CUỐI NĂM", "Tiếp tục thực hiện các nhiệm vụ còn lại."),
                    signature=SIGN_PROVINCE, recipients=RECIPIENTS,
                    note="a report's table: 'Thời hạn hoàn thành' is the deadline, 'Tiến độ thực hiện' a status ('Đã hoàn thành')"))

    # 68. Tasks numbered "I.1", "II.3" under roman group rows whose other cells are empty; a "(1) (2) …" row.
    rows = grouped([("I", "Công tác tham mưu"), ("II", "Công tác kiểm tra"), ("III", "Công tác thông tin, báo cáo")],
                   [tasks(50, 3, numbers="p:I."), tasks(53, 3, numbers="p:II."), tasks(56, 2, numbers="p:III.")], spanning=False)
    L.append(_plan("roman_dotted_numbers", "Lào Cai", "Số: 266/KH-UBND", "ngày 2 tháng 6 năm 2026",
                   "kiểm soát thủ tục hành chính năm 2026", [TaskTable(STD, tuple(rows), column_numbers=True)],
                   "tasks numbered 'I.1', 'II.3' under roman group rows with empty cells; a '(1) (2) …' row"))

    # 69. Support cells numbered "1. …", "2. …" one per line; an empty support cell printed "-".
    def numbered(names: tuple[str, ...]) -> str:
        return "\n".join(f"{k + 1}. {x}" for k, x in enumerate(names)) if names else "-"

    rows = [replace(t, printed={"support": numbered(t.support)}) for t in tasks(37, 7, support_counts=(2, 0, 3, 1), outputs=False)]
    L.append(_plan("numbered_support_lines", "Cần Thơ", "Số: 291/KH-UBND", "ngày 29 tháng 5 năm 2026",
                   "phát triển kinh tế tư nhân năm 2026", [TaskTable(STD[:5], tuple(rows))],
                   "support bodies numbered '1. …', '2. …' one per line; an empty support cell printed '-'",
                   skip=("txt",)))  # numbered lines copied one per paragraph read as rows: no reader could tell

    # 70. A ministry's action plan with the content column under a parent ("Nhiệm vụ" over "Nội dung" | "Sản phẩm")
    # and the agencies under another ("Cơ quan thực hiện" over "Chủ trì" | "Phối hợp").
    cols = (Column("TT", "number"), Column("Nội dung", "content", parent="Nhiệm vụ"), Column("Sản phẩm", "output", parent="Nhiệm vụ"),
            Column("Chủ trì", "lead", parent="Cơ quan thực hiện"), Column("Phối hợp", "support", parent="Cơ quan thực hiện"),
            Column("Thời gian hoàn thành", "deadline"))
    ministry = dict(leads=MINISTRY, supports=MINISTRY + ("Các bộ, cơ quan ngang bộ", "UBND các tỉnh, thành phố"),
                    deadlines=CENTRAL_DEADLINES, contents=GOV_TASKS, products=GOV_OUTPUTS, support_counts=(2, 1, 3))
    L.append(Layout("parent_over_content", issuer=("BỘ NỘI VỤ",), number="Số: 2210/KH-BNV", place_date="Hà Nội, ngày 3 tháng 6 năm 2026",
                    heading=("KẾ HOẠCH", "Triển khai Chiến lược phát triển nguồn nhân lực khu vực công"),
                    parts=("I. MỤC ĐÍCH, YÊU CẦU", "Xác định nhiệm vụ, sản phẩm, thời hạn và trách nhiệm của các cơ quan.",
                           PageBreak(landscape=True),
                           *annex_intro("", "NHIỆM VỤ CỤ THỂ", "Kế hoạch số 2210/KH-BNV ngày 03/6/2026 của Bộ Nội vụ"),
                           TaskTable(cols, tuple(tasks(90, 7, start=2, **ministry)), separator=", ")),
                    signature=("KT. BỘ TRƯỞNG", "THỨ TRƯỞNG", "", "Nguyễn Duy Thăng"), recipients=RECIPIENTS,
                    note="two parents in a two-row header: 'Nhiệm vụ' over the content and product, 'Cơ quan thực hiện' "
                         "over the lead and support"))

    # 71. Leads and supports in one column each but marked: "Sở A (chủ trì)" first, the supports after it, in a
    # column headed "Cơ quan, đơn vị thực hiện"; the deadline column first after the number.
    L.append(_plan("deadline_second_marked", "Lâm Đồng", "Số: 318/KH-UBND", "ngày 10 tháng 6 năm 2026",
                   "chăm sóc sức khỏe ban đầu năm 2026",
                   [TaskTable(columns("STT:number", "Thời gian:deadline", "Nội dung thực hiện:content",
                                      "Cơ quan, đơn vị thực hiện:agencies", "Ghi chú:note"),
                              tuple(tasks(21, 7, support_counts=(1, 2, 0), outputs=False, deadlines=MORE_DEADLINES)),
                              combined="mark", separator="; ")],
                   "the deadline column before the content; lead marked '(chủ trì)' among the performers"))

    # 72. Rows taller than what is left of a page: a content cell listing twenty items, so Word and LibreOffice break
    # the row over the page break (rows may break across pages unless told not to), the rest of its cells on the
    # next page under the repeated header.
    items = [f"- {field[0].upper()}{field[1:]};" for field in FIELDS]
    rows = []
    for i, t in enumerate(tasks(8, 5, outputs=False, support_counts=(2, 1))):
        listed = "\n".join(items[(i * 3 + k) % len(items)] for k in range(18 if i % 2 == 0 else 4))
        rows.append(replace(t, printed={"content": f"{t.content}, gồm:\n{listed}"}))
    L.append(_plan("rows_over_page_breaks", "Lào Cai", "Số: 330/KH-UBND", "ngày 16 tháng 6 năm 2026",
                   "rà soát, hệ thống hóa văn bản năm 2026", [TaskTable(STD[:5], tuple(rows))],
                   "content cells of eighteen '- ' items: rows taller than the rest of the page break over the page "
                   "break in the PDF, the rest of their cells under the repeated header", landscape=False,
                   skip=("txt",)))  # items one per paragraph: copied as text they cannot be told from the cells
    return L


def _fourth_bed() -> list[Layout]:
    """Layouts 73-79: one column for both roles divided by "/" or a line break, abbreviated role labels, a goal column
    beside the activities, header words the vocabulary lacked, a table of assignments with a column per body, a
    schedule of quarters (FACTS.md, fourth test bed)."""
    L: list[Layout] = []

    # 73. An action plan's activities under the goal each serves: "Mục tiêu" merged down over its activities, a
    # budget column; the goal is no task field (and makes no indicator table).
    goals = ("Nâng cao nhận thức của người dân về an toàn thực phẩm", "Nâng cao năng lực quản lý của các cơ quan chuyên môn",
             "Tăng cường kiểm tra, giám sát cơ sở sản xuất, kinh doanh")
    rows = [replace(t, budget=str(50 * (i + 2)), printed={"other": goals[i // 3]})
            for i, t in enumerate(tasks(40, 8, outputs=False, deadlines=MORE_DEADLINES))]
    L.append(_plan("goal_column", "Cần Thơ", "Số: 341/KH-UBND", "ngày 18 tháng 6 năm 2026", "bảo đảm an toàn thực phẩm năm 2026",
                   [TaskTable(columns("TT:number", "Mục tiêu:other", "Hoạt động:content", "Đơn vị chủ trì:lead",
                                      "Đơn vị phối hợp:support", "Thời gian thực hiện:deadline", "Kinh phí (triệu đồng):budget"),
                              tuple(rows), merge=("other",))],
                   "a 'Mục tiêu' column (text, merged down over its activities) beside the activities: no indicator table"))

    def both_roles(t: Task, between: str, within: str) -> Task:
        """One cell for both roles: the leads, ``between``, the supports (``within`` between the names of a role)."""
        return replace(t, printed={"agencies": within.join(t.lead) + (between + within.join(t.support) if t.support else "")})

    # 74. One "Cơ quan chủ trì/phối hợp" column: the leads, "/", the supports (", " within a role).
    L.append(_plan("slash_lead_support", "Lào Cai", "Số: 352/KH-UBND", "ngày 22 tháng 6 năm 2026",
                   "phát triển kinh tế tập thể năm 2026",
                   [TaskTable(columns("TT:number", "Nhiệm vụ, giải pháp:content", "Cơ quan chủ trì/phối hợp:agencies",
                                      "Thời gian:deadline", "Sản phẩm:output"),
                              tuple(both_roles(t, "/", ", ") for t in tasks(44, 8, lead_counts=(1, 2, 1), support_counts=(2, 1, 3, 1))))],
                   "one column for both roles, 'lead/support', several bodies on either side"))

    # 75. One "Cơ quan chủ trì/Cơ quan phối hợp" column: the leads on the first line, the supports on the next.
    L.append(_plan("line_lead_support", "Lâm Đồng", "Số: 367/KH-UBND", "ngày 25 tháng 6 năm 2026",
                   "phát triển văn hóa đọc năm 2026",
                   [TaskTable(columns("STT:number", "Nội dung:content", "Cơ quan chủ trì/Cơ quan phối hợp:agencies",
                                      "Thời gian hoàn thành:deadline"),
                              tuple(both_roles(t, "\n", "; ") for t in tasks(48, 7, outputs=False, lead_counts=(1, 2), support_counts=(1, 2, 1))))],
                   "one column for both roles, the leads on the first line and the supports on the next", landscape=False,
                   skip=("txt",)))  # one line per paragraph: copied as text the two lines run into the cells around them

    # 76. A "Đơn vị thực hiện" column with abbreviated role labels: "CT: …; PH: …", or "(CT)" after the lead.
    def abbreviated(t: Task, i: int) -> Task:
        text = (f"CT: {', '.join(t.lead)}" + (f"; PH: {', '.join(t.support)}" if t.support else "") if i % 2 == 0
                else "; ".join([*(f"{x} (CT)" for x in t.lead), *t.support]))
        return replace(t, printed={"agencies": text})
    L.append(_plan("abbreviated_role_labels", "Quảng Ngãi", "Số: 374/KH-UBND", "ngày 29 tháng 6 năm 2026",
                   "phòng, chống dịch bệnh trên cây trồng năm 2026",
                   [TaskTable(columns("STT:number", "Nội dung công việc:content", "Đơn vị thực hiện:agencies",
                                      "Thời gian:deadline"),
                              tuple(abbreviated(t, i) for i, t in enumerate(tasks(52, 7, outputs=False, support_counts=(1, 2, 0)))))],
                   "role labels abbreviated: 'CT: …; PH: …' and '(CT)' after the lead, in a 'Đơn vị thực hiện' column"))

    # 77. Header words no earlier layout prints, the quarter spelled "Qúy"/"Quí" (as many documents spell it), a school
    # year as the time of a task.
    spelled = (Deadline("Qúy II/2026", "2026-06-30"), Deadline("Quí III/2026", "2026-09-30"), Deadline("Thường xuyên"),
               Deadline("Qúy I, II/2026", "2026-06-30"), Deadline("QÚY IV/2026", "2026-12-31"), Deadline("Tháng 8/2026", "2026-08-31"),
               Deadline("Năm học 2026-2027"))  # a school year ends when the education calendar says, not on 31/12/2027
    L.append(_plan("other_header_words", "Cần Thơ", "Số: 381/KH-UBND", "ngày 2 tháng 7 năm 2026",
                   "phòng, chống tác hại của thuốc lá năm 2026",
                   [TaskTable(columns("TT:number", "Các biện pháp thực hiện:content", "Đơn vị chịu trách nhiệm chính:lead",
                                      "Cơ quan, đơn vị liên quan:support", "Dự kiến hoàn thành:deadline"),
                              tuple(tasks(56, 8, outputs=False, deadlines=spelled, support_counts=(1, 2, 1, 0))))],
                   "'Các biện pháp thực hiện', 'Đơn vị chịu trách nhiệm chính', 'Cơ quan, đơn vị liên quan', 'Dự kiến "
                   "hoàn thành'; quarters spelled 'Qúy', 'Quí'; a school year 'Năm học 2026-2027' (no period end)"))

    # 78. A table of assignments: a column per body, "CT" where it leads a task, "PH" where it supports it.
    bodies = ("Sở Nội vụ", "Sở Tài chính", "Sở Tư pháp", "Công an tỉnh", "UBND các xã, phường")
    rows = tuple(tasks(60, 8, leads=bodies, supports=bodies, lead_counts=(1,), support_counts=(1, 2, 0, 3), outputs=False))
    L.append(_plan("assignment_matrix", "Lào Cai", "Số: 395/KH-UBND", "ngày 6 tháng 7 năm 2026",
                   "thực hiện Đề án phát triển dữ liệu dân cư năm 2026",
                   [TaskTable((Column("STT", "number"), Column("Nội dung nhiệm vụ", "content"),
                               *(Column(body, "mark") for body in bodies), Column("Thời gian hoàn thành", "deadline")), rows)],
                   "a column per body marked 'CT' (leads) or 'PH' (supports) in each task's row",
                   skip=("txt",)))  # one cell per paragraph: the marks' columns cannot be told apart where cells are empty

    # 79. A schedule: "Thời gian thực hiện" over "Quý I | Quý II | Quý III | Quý IV", an "x" in each quarter a task runs in.
    quarters = ("Quý I", "Quý II", "Quý III", "Quý IV")
    runs = ((1, 2), (0,), (2, 3), (0, 1, 2, 3), (3,), (1,), (0, 1))
    ends = ("2026-03-31", "2026-06-30", "2026-09-30", "2026-12-31")
    rows = tuple(replace(t, deadline=Deadline(", ".join(quarters[q] for q in run), ends[run[-1]]))
                 for t, run in zip(tasks(64, 7, outputs=False, support_counts=(1, 0, 2)), runs))
    L.append(_plan("quarter_schedule", "Lâm Đồng", "Số: 402/KH-UBND", "ngày 9 tháng 1 năm 2026",
                   "thực hiện công tác dân vận chính quyền năm 2026",
                   [TaskTable((Column("TT", "number"), Column("Nội dung", "content"), Column("Cơ quan chủ trì", "lead"),
                               Column("Cơ quan phối hợp", "support"),
                               *(Column(q, "period", parent="Thời gian thực hiện") for q in quarters)), rows)],
                   "a schedule: 'Thời gian thực hiện' over the quarters, 'x' in each quarter a task runs in; the deadline "
                   "is the span of the marked quarters", skip=("txt",)))  # one cell per paragraph: empty quarters
    # cannot be told from each other
    return L


def _items(rows: list[Task], numbers: str, *, no_deadline: int = 0, no_output: int = 0) -> list[Task]:
    """Tasks numbered as items are ("1.", "1.1.", "a)", "-"); every ``no_deadline``-th prints no deadline and every
    ``no_output``-th no product (items leave out the fields they do not have)."""
    made = []
    for i, t in enumerate(rows):
        number = {"a)": f"{'abcdefghik'[i]})", "-": "-", "•": "•"}.get(numbers) or _number(numbers, i + 1)
        made.append(replace(t, number=number, deadline=None if no_deadline and i % no_deadline == no_deadline - 1 else t.deadline,
                            outputs=() if no_output and i % no_output == no_output - 1 else t.outputs))
    return made


def _item_bed() -> list[Layout]:
    """Layouts 80-85n: tasks written in the body as items with labelled fields, not as a table (FACTS.md, item bed):
    a field to a line under the item, fields inline after its text, labels in bold, a label over its value, items
    numbered "1.", "1.1.", "a)", "-", groups in roman numerals, items without a deadline or a product, two leads,
    "Các cơ quan, đơn vị liên quan" as support, field lines lettered "a)", "b)"."""
    L: list[Layout] = []
    units = ("Vụ Pháp chế", "Văn phòng Bộ", "Vụ Tổ chức cán bộ", "Vụ Kế hoạch - Tài chính", "Cục Chuyển đổi số quốc gia",
             "Thanh tra Bộ", "Các cơ quan, đơn vị liên quan")
    aims = ("I. MỤC ĐÍCH, YÊU CẦU", "1. Cụ thể hóa các nhiệm vụ được giao, xác định rõ đơn vị chủ trì, thời hạn và sản phẩm.",
            "2. Bảo đảm sự phối hợp chặt chẽ giữa các đơn vị trong quá trình triển khai.")
    closing = ("III. TỔ CHỨC THỰC HIỆN", "1. Thủ trưởng các đơn vị căn cứ nhiệm vụ được giao tổ chức triển khai thực hiện.",
               "2. Văn phòng Bộ theo dõi, đôn đốc, tổng hợp kết quả báo cáo Bộ trưởng.")
    ministry = dict(leads=units[:6], supports=units, contents=GOV_TASKS, products=GOV_OUTPUTS, lead_counts=(1, 1, 2, 1))

    # 80. A ministry's plan: groups "1.", items "a)", "- Cơ quan chủ trì: …" one field to a line.
    rows = grouped([("1.", "Hoàn thiện thể chế, chính sách"), ("2.", "Phát triển hạ tầng và nền tảng số")],
                   [_items(tasks(100, 4, start=0, **ministry), "a)", no_output=3),
                    _items(tasks(104, 4, start=4, **ministry), "a)", no_deadline=4)])
    L.append(Layout("items_ministry_lines", issuer=("BỘ KHOA HỌC VÀ CÔNG NGHỆ",), number="Số: 512/KH-BKHCN",
                    place_date="Hà Nội, ngày 20 tháng 1 năm 2026", heading=("KẾ HOẠCH", "Thực hiện chuyển đổi số năm 2026"),
                    parts=(*aims, TaskItems("II. NHIỆM VỤ CỤ THỂ", tuple(rows)), *closing),
                    signature=("KT. BỘ TRƯỞNG", "THỨ TRƯỞNG", "", "Bùi Hoàng Phương"),
                    note="tasks as items 'a)' under groups '1.', '- Cơ quan chủ trì: …' one field to a line, some with no "
                         "product or deadline"))

    # 81. A province's plan: items "1.1." with the fields inline after the text, "Chủ trì: …; phối hợp: …; thời gian: …".
    rows = grouped([("1.", "Cải cách thủ tục hành chính"), ("2.", "Xây dựng chính quyền số")],
                   [_items(tasks(110, 4, start=10, supports=PROVINCE + COLLECTIVE), "p:1.", no_output=2),
                    _items(tasks(114, 3, start=14, supports=PROVINCE + COLLECTIVE), "p:2.", no_deadline=3)])
    rows = [replace(r, number=f"{r.number}.") if isinstance(r, Task) else r for r in rows]
    L.append(Layout("items_province_inline", **province_header("Ninh Bình", "Số: 58/KH-UBND", "ngày 9 tháng 2 năm 2026"),
                    heading=("KẾ HOẠCH", "Cải cách hành chính năm 2026"),
                    parts=(*aims[:2], TaskItems("II. NHIỆM VỤ VÀ GIẢI PHÁP", tuple(rows), style="inline",
                                                labels=("Chủ trì", "Phối hợp", "Thời gian", "Kết quả"), separator="; "),
                           *closing[:2]),
                    signature=SIGN_PROVINCE, recipients=RECIPIENTS,
                    note="tasks as items '1.1.' whose fields follow the text inline: 'Chủ trì: …; phối hợp: …; thời gian: …'"))

    # 82. Groups are the plan's own roman parts; items "1." with bold labels, each label over its value on a line.
    rows = [Group("II.", "NHIỆM VỤ VỀ THỂ CHẾ"), *_items(tasks(120, 3, start=3, leads=PROVINCE[:12]), "1."),
            Group("III.", "NHIỆM VỤ VỀ HẠ TẦNG SỐ"), *_items(tasks(123, 3, start=12, leads=PROVINCE[:12]), "1.", no_output=2)]
    L.append(Layout("items_roman_bold_break", **province_header("Lâm Đồng", "Số: 77/KH-UBND", "ngày 3 tháng 3 năm 2026"),
                    heading=("KẾ HOẠCH", "Phát triển dữ liệu số năm 2026"),
                    parts=(*aims[:2], TaskItems("", tuple(rows), style="break", bold_labels=True,
                                                labels=("Đơn vị chủ trì", "Đơn vị phối hợp", "Thời hạn", "Sản phẩm")),
                           "IV. TỔ CHỨC THỰC HIỆN", "Các sở, ngành báo cáo kết quả về Sở Khoa học và Công nghệ."),
                    signature=SIGN_PROVINCE, recipients=RECIPIENTS,
                    note="groups in roman numerals (the plan's own parts), items '1.', labels in bold on a line of their "
                         "own with the value on the next"))

    # 83. Items "-" under numbered groups, their fields "+ Chủ trì: …" (a department's plan).
    rows = grouped([("1.", "Công tác tuyên truyền"), ("2.", "Công tác kiểm tra")],
                   [_items(tasks(130, 3, start=7, supports=COLLECTIVE), "-"),
                    _items(tasks(133, 3, start=15, supports=COLLECTIVE), "-", no_deadline=2)])
    L.append(Layout("items_dash_plus", **province_header("Lào Cai", "Số: 91/KH-UBND", "ngày 16 tháng 3 năm 2026"),
                    heading=("KẾ HOẠCH", "Tuyên truyền, kiểm tra an toàn thực phẩm năm 2026"),
                    parts=(*aims[:2], TaskItems("II. NỘI DUNG THỰC HIỆN", tuple(rows), field_mark="+ ",
                                                labels=("Chủ trì", "Phối hợp", "Thời gian thực hiện", "Kết quả")),
                           *closing[:2]),
                    signature=SIGN_PROVINCE, recipients=RECIPIENTS,
                    note="tasks as '-' items under '1.' groups, their fields '+ Chủ trì: …', collectives as support"))

    # 84. The Government's resolution: items "1." with "Cơ quan chủ trì", "Thời hạn hoàn thành", "Hình thức văn bản".
    gov = dict(leads=MINISTRY, supports=MINISTRY + CENTRAL_COLLECTIVE, deadlines=CENTRAL_DEADLINES, contents=LAW_TASKS[1:] + EDU_TASKS,
               products=GOV_OUTPUTS, lead_counts=(1, 2, 1))
    rows = _items(tasks(140, 6, start=0, **gov), "1.", no_output=3)
    L.append(Layout("items_government_lines", issuer=("CHÍNH PHỦ",), number="Số: 24/NQ-CP",
                    place_date="Hà Nội, ngày 5 tháng 2 năm 2026", heading=("NGHỊ QUYẾT", "Về các nhiệm vụ trọng tâm năm 2026"),
                    parts=("I. MỤC TIÊU", "Hoàn thiện thể chế, tạo chuyển biến rõ nét trong năm 2026.",
                           TaskItems("II. NHIỆM VỤ, GIẢI PHÁP CHỦ YẾU", tuple(rows),
                                     labels=("Cơ quan chủ trì", "Cơ quan phối hợp", "Thời hạn hoàn thành", "Hình thức văn bản")),
                           "III. TỔ CHỨC THỰC HIỆN", "Các Bộ trưởng, Thủ trưởng cơ quan ngang bộ chịu trách nhiệm thi hành."),
                    signature=("TM. CHÍNH PHỦ", "THỦ TƯỚNG", "", "Nguyễn Văn Chính"),
                    note="the Government's items '1.' with 'Thời hạn hoàn thành' and 'Hình thức văn bản', ministries as "
                         "leads (two on some), collectives as support"))

    # 85. Inline fields with bold labels after items "a)"; two leads in one field, "Các cơ quan, đơn vị liên quan".
    rows = grouped([("1.", "Nâng cao chất lượng nguồn nhân lực")],
                   [_items(tasks(150, 5, start=11, leads=PROVINCE[:10], supports=("Các cơ quan, đơn vị liên quan",),
                                 lead_counts=(2, 1), support_counts=(1, 0)), "a)", no_output=1)])
    L.append(Layout("items_inline_bold_two_leads", **province_header("Cần Thơ", "Số: 103/KH-UBND", "ngày 25 tháng 3 năm 2026"),
                    heading=("KẾ HOẠCH", "Đào tạo, bồi dưỡng cán bộ, công chức năm 2026"),
                    parts=(*aims[:2], TaskItems("II. NHIỆM VỤ", tuple(rows), style="inline", bold_labels=True,
                                                labels=("Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian thực hiện", "Sản phẩm")),
                           *closing[:2]),
                    signature=SIGN_PROVINCE, recipients=RECIPIENTS,
                    note="inline fields with bold labels after items 'a)', two leads in one field, 'Các cơ quan, đơn vị "
                         "liên quan' as support"))

    # 85a. The Prime Minister's decision carrying a plan for a law: items "1." whose field lines are lettered
    # "a) Cơ quan chủ trì: …", "b) Cơ quan phối hợp: …", "c) Thời gian thực hiện: …" (FACTS.md, item bed).
    rows = _items(tasks(160, 6, start=2, **gov), "1.", no_output=2, no_deadline=5)
    plan = "Kế hoạch triển khai thi hành Luật Lưu trữ"
    L.append(Layout("items_lettered_fields", issuer=("THỦ TƯỚNG CHÍNH PHỦ",), number="Số: 214/QĐ-TTg",
                    place_date="Hà Nội, ngày 10 tháng 2 năm 2026", heading=("QUYẾT ĐỊNH", f"Ban hành {plan}"),
                    parts=(f"Điều 1. Ban hành kèm theo Quyết định này {plan}.",
                           "Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày ký ban hành.",
                           "KẾ HOẠCH", plan.removeprefix("Kế hoạch ").upper(),
                           "(Kèm theo Quyết định số 214/QĐ-TTg ngày 10 tháng 2 năm 2026 của Thủ tướng Chính phủ)",
                           "I. MỤC ĐÍCH, YÊU CẦU", "Xác định cụ thể nội dung công việc, thời hạn và trách nhiệm của các cơ quan.",
                           TaskItems("II. NỘI DUNG", tuple(rows), field_mark=LETTERED_FIELDS,
                                     labels=("Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian thực hiện", "Sản phẩm")),
                           "III. TỔ CHỨC THỰC HIỆN", "Bộ Nội vụ theo dõi, đôn đốc và báo cáo Thủ tướng Chính phủ."),
                    signature=("KT. THỦ TƯỚNG", "PHÓ THỦ TƯỚNG", "", "Trần Văn Sơn"),
                    note="the Prime Minister's decision carrying a plan: items '1.' whose field lines are lettered 'a) Cơ "
                         "quan chủ trì: …', 'b) Cơ quan phối hợp: …', 'c) Thời gian thực hiện: …'; ministries as leads"))

    # 85b. A ministry's plan whose items list their steps ("…, gồm các bước:" over "- …" lines), then "+ " field lines,
    # which the marks put under the last step (tests/test_item_steps_s56.py).
    rows = _items(tasks(170, 5, start=1, **dict(gov, leads=units[:6], supports=units)), "1.", no_output=2)
    L.append(Layout("items_steps_plus_fields", issuer=("BỘ NỘI VỤ",), number="Số: 88/KH-BNV",
                    place_date="Hà Nội, ngày 12 tháng 2 năm 2026", heading=("KẾ HOẠCH", "Triển khai thi hành Luật Lưu trữ"),
                    parts=(*aims, TaskItems("II. NHIỆM VỤ CỤ THỂ", tuple(rows), field_mark="+ "), *closing),
                    signature=("KT. BỘ TRƯỞNG", "THỨ TRƯỞNG", "", "Vũ Chiến Thắng"),
                    note="items '1.', one listing its steps ('…, gồm các bước:' over '- …'), their fields '+ Cơ quan chủ "
                         "trì: …' after the steps"))

    # 85c. A province's plan: inline fields parted by commas, not ";" ("Cơ quan đầu mối: Sở A, cơ quan phối hợp: Sở B,
    # thời điểm hoàn thành: …"), the focal body's and the date's labels as some plans word them (tests/test_items_s57.py).
    rows = _items(tasks(180, 5, start=6, supports=PROVINCE + COLLECTIVE), "1.", no_output=2)
    L.append(Layout("items_inline_commas_focal_labels", **province_header("Hà Tĩnh", "Số: 146/KH-UBND", "ngày 8 tháng 4 năm 2026"),
                    heading=("KẾ HOẠCH", "Thực hiện chuyển đổi số trong cơ quan nhà nước năm 2026"),
                    parts=(*aims[:2], TaskItems("II. NHIỆM VỤ CỤ THỂ", tuple(rows), style="inline", field_separator=", ",
                                                labels=("Cơ quan đầu mối", "Cơ quan phối hợp", "Thời điểm hoàn thành",
                                                        "Kết quả")),
                           *closing[:2]),
                    signature=SIGN_PROVINCE, recipients=RECIPIENTS,
                    note="inline fields after items '1.' parted by commas ('Cơ quan đầu mối: …, cơ quan phối hợp: …, "
                         "thời điểm hoàn thành: …')"))

    # 85d. A province's plan printed from a word processor's list: items marked "•" over field lines marked "-", the
    # labels in the plural and as some clerks word them ("Đơn vị được giao chủ trì", "Các cơ quan phối hợp", "Thời gian
    # hoàn thành dự kiến") (tests/test_items_s58.py).
    rows = _items(tasks(190, 5, start=3, supports=PROVINCE + COLLECTIVE), "•", no_output=2)
    L.append(Layout("items_bullets_over_dashed_fields", **province_header("Quảng Trị", "Số: 52/KH-UBND", "ngày 16 tháng 3 năm 2026"),
                    heading=("KẾ HOẠCH", "Cải cách hành chính năm 2026"),
                    parts=(*aims[:2], TaskItems("II. NHIỆM VỤ CỤ THỂ", tuple(rows),
                                                labels=("Đơn vị được giao chủ trì", "Các cơ quan phối hợp",
                                                        "Thời gian hoàn thành dự kiến", "Sản phẩm")),
                           *closing[:2]),
                    signature=SIGN_PROVINCE, recipients=RECIPIENTS,
                    note="items '•' over field lines '- Đơn vị được giao chủ trì: …', '- Các cơ quan phối hợp: …', '- Thời "
                         "gian hoàn thành dự kiến: …'"))

    # 85e. A ministry's plan: items "1." whose fields run on after a dash ("1. Rà soát … - Chủ trì: Vụ Pháp chế; phối
    # hợp: …; thời hạn: …") (tests/test_items_s58.py).
    rows = _items(tasks(196, 5, start=5, **ministry), "1.", no_output=3)
    L.append(Layout("items_fields_after_a_dash", issuer=("BỘ TƯ PHÁP",), number="Số: 140/KH-BTP",
                    place_date="Hà Nội, ngày 3 tháng 3 năm 2026", heading=("KẾ HOẠCH", "Công tác pháp chế năm 2026"),
                    parts=(*aims, TaskItems("II. NHIỆM VỤ CỤ THỂ", tuple(rows), style="inline", fields_after=" - ",
                                            labels=("Chủ trì", "Phối hợp", "Thời hạn", "Sản phẩm")), *closing),
                    signature=("KT. BỘ TRƯỞNG", "THỨ TRƯỞNG", "", "Nguyễn Thanh Tịnh"),
                    note="inline fields after a dash ('1. … - Chủ trì: …; phối hợp: …; thời hạn: …')"))

    # 85f. A province's plan: the supports in a bracket of their label after the lead's field ("- Cơ quan chủ trì: Sở
    # Nội vụ (cơ quan phối hợp: Sở Tư pháp, …)."), field lines under items "a)" (tests/test_items_s59.py).
    province = dict(leads=PROVINCE[:12], supports=PROVINCE + COLLECTIVE)
    rows = grouped([("1.", "Hoàn thiện thể chế về chuyển đổi số"), ("2.", "Phát triển dữ liệu số")],
                   [_items(tasks(200, 3, start=2, **province), "a)", no_output=2),
                    _items(tasks(203, 3, start=9, **province), "a)", no_deadline=3)])
    L.append(_province_items("items_supports_in_a_bracket", ("Quảng Ngãi", "Số: 64/KH-UBND", "ngày 6 tháng 2 năm 2026"),
                             "Chuyển đổi số năm 2026", TaskItems("II. NHIỆM VỤ CỤ THỂ", tuple(rows), style="bracket"),
                             "the supports in a bracket of their label after the lead's field ('- Cơ quan chủ trì: Sở A "
                             "(cơ quan phối hợp: Sở B, Sở C).'), a deadline and a product each on a line of its own"))

    # 85g. A province's plan: who does the work after a colon, no field but the deadline's ("1. Rà soát …: Sở Nội vụ chủ
    # trì, phối hợp với Sở Tư pháp thực hiện; thời hạn: Quý II/2026.") (tests/test_items_s59.py).
    L.append(_doers_in_prose("items_doers_after_a_colon", ("Bình Định", "Số: 71/KH-UBND", "ngày 12 tháng 2 năm 2026"),
                             (210, 4), "prose", "a colon, in prose ('1. …: Sở A chủ trì, phối hợp với Sở B thực hiện; "
                                                "thời hạn: …')"))

    # 85h. The same after "do" ("1.1. Rà soát …, do Sở Nội vụ chủ trì, Sở Tư pháp phối hợp; thời hạn: …") (s59).
    rows = grouped([("1.", "Cải cách thể chế"), ("2.", "Cải cách thủ tục hành chính")],
                   [_items(tasks(220, 3, start=1, leads=PROVINCE[:12], supports=PROVINCE, outputs=False), "p:1."),
                    _items(tasks(223, 3, start=7, leads=PROVINCE[:12], supports=PROVINCE, outputs=False), "p:2.")])
    rows = [replace(r, number=f"{r.number}.") if isinstance(r, Task) else r for r in rows]
    L.append(_province_items("items_doers_after_do", ("Phú Yên", "Số: 39/KH-UBND", "ngày 2 tháng 3 năm 2026"),
                             "Cải cách hành chính năm 2026",
                             TaskItems("II. NHIỆM VỤ VÀ GIẢI PHÁP", tuple(rows), style="do", labels=PROSE_LABELS),
                             "who does the work after 'do' ('1.1. …, do Sở A chủ trì, Sở B phối hợp; thời hạn: …')"))

    # 85i. Duties under a body's heading, each with its deadline's field ("a) Sở Nội vụ" / "- Rà soát …; thời hạn: Quý
    # II/2026.") (tests/test_items_s59.py); a body's items: its lead.
    bodies = ("Sở Nội vụ", "Sở Tư pháp", "Sở Tài chính")
    rows = grouped([(f"{'abc'[k]})", body) for k, body in enumerate(bodies)],
                   [[replace(t, number="-", lead=(body,), support=()) for t in tasks(230 + 3 * k, 2 + k % 2,
                                                                                       start=3 * k, outputs=False)]
                    for k, body in enumerate(bodies)])
    L.append(_province_items("items_duties_under_bodies", ("Hậu Giang", "Số: 57/KH-UBND", "ngày 10 tháng 3 năm 2026"),
                             "Thực hiện công tác pháp chế năm 2026",
                             TaskItems("II. NHIỆM VỤ CỦA CÁC CƠ QUAN", tuple(rows), style="duty", labels=PROSE_LABELS),
                             "duties '-' under a body's heading 'a) Sở Nội vụ', each with its deadline's field ('- Rà "
                             "soát …; thời hạn: …'): the heading's body leads"))

    # 85j. Fields of bodies run into the item's sentence after a comma ("1. Rà soát …, đơn vị chủ trì: Sở Nội vụ, đơn vị
    # phối hợp: Sở Tư pháp, thời hạn: …") (tests/test_items_s60.py).
    rows = _items(tasks(240, 6, start=6, leads=PROVINCE[:12], supports=PROVINCE, outputs=False), "1.")
    L.append(_province_items("items_fields_after_a_comma", ("Kon Tum", "Số: 48/KH-UBND", "ngày 19 tháng 2 năm 2026"),
                             "Chuyển đổi số năm 2026",
                             TaskItems("II. NHIỆM VỤ CỤ THỂ", tuple(rows), style="inline", fields_after=", ",
                                       field_separator=", ", labels=("đơn vị chủ trì", "đơn vị phối hợp", "thời hạn",
                                                                     "sản phẩm")),
                             "fields of bodies after the item's comma, ', ' between them ('1. …, đơn vị chủ trì: Sở A, "
                             "đơn vị phối hợp: Sở B, thời hạn: …')"))

    # 85k. Duties under headings that name a lead and its partners in three wordings ("a) Sở Nội vụ chủ trì; Sở Tư pháp
    # phối hợp:", "… chủ trì, phối hợp với …:", "… (chủ trì), … (phối hợp):") (tests/test_items_s61.py).
    pairs = (("Sở Nội vụ", ("Sở Tư pháp",)), ("Sở Tài chính", ("Sở Kế hoạch và Đầu tư", "Kho bạc Nhà nước tỉnh")),
             ("Công an tỉnh", ("Bộ Chỉ huy Quân sự tỉnh",)))
    wordings = ("{lead} chủ trì; {partners} phối hợp:", "{lead} chủ trì, phối hợp với {partners}:",
                "{lead} (chủ trì), {partners} (phối hợp):")
    rows = _duties_under_headings(pairs, wordings, 250)
    L.append(_province_items("items_duties_under_a_lead_and_partners", ("Sóc Trăng", "Số: 83/KH-UBND",
                                                                        "ngày 17 tháng 3 năm 2026"),
                             "Thực hiện công tác cải cách hành chính năm 2026",
                             TaskItems("II. NHIỆM VỤ CỦA CÁC CƠ QUAN", tuple(rows), style="duty", labels=PROSE_LABELS),
                             "duties '-' under a heading that names the lead and its partners ('a) Sở A chủ trì; Sở B "
                             "phối hợp:', '… chủ trì, phối hợp với …:', '… (chủ trì), … (phối hợp):')"))

    # 85l. Who does the work after the item's comma, the deadline's label the only field ("1. Rà soát …, Sở Nội vụ chủ
    # trì, phối hợp với Sở Tư pháp thực hiện; thời hạn: …") (tests/test_items_s61.py).
    L.append(_doers_in_prose("items_doers_after_a_comma", ("Trà Vinh", "Số: 29/KH-UBND", "ngày 23 tháng 2 năm 2026"),
                             (260, 2), "comma", "the item's comma ('1. …, Sở A chủ trì, phối hợp với Sở B thực hiện; "
                                                "thời hạn: …')"))

    # 85m. The same, the work opening with a verb no list holds ("1. Thí điểm …, Sở Nội vụ chủ trì, phối hợp với Sở Tư
    # pháp thực hiện; thời hạn: …") (tests/test_items_s62.py).
    rows = [replace(t, content=f"{('Thí điểm', 'Ưu tiên')[k % 2]} {t.content[:1].lower()}{t.content[1:]}")
            for k, t in enumerate(tasks(265, 6, start=4, leads=PROVINCE[:12], supports=PROVINCE, outputs=False))]
    L.append(_province_items("items_doers_after_any_verb", ("Bạc Liêu", "Số: 44/KH-UBND", "ngày 4 tháng 3 năm 2026"),
                             "Chuyển đổi số năm 2026",
                             TaskItems("II. NHIỆM VỤ CỤ THỂ", tuple(_items(rows, "1.")), style="comma",
                                       labels=PROSE_LABELS),
                             "who does the work after the item's comma, the work's verb one no list holds ('1. Thí điểm "
                             "…, Sở A chủ trì, phối hợp với Sở B thực hiện; thời hạn: …')"))

    # 85n. Duties under a lead-in whose partners are bound to support ("a) Sở Nội vụ chủ trì thực hiện; Sở Tư pháp có
    # trách nhiệm phối hợp thực hiện các nội dung sau:"), and under a heading that tells its work and names its lead
    # ("c) Rà soát … (Công an tỉnh chủ trì, phối hợp với …)") (tests/test_items_s62.py).
    pairs = (("Sở Nội vụ", ("Sở Tư pháp",)), ("Sở Tài chính", ("Sở Xây dựng", "Kho bạc Nhà nước tỉnh")),
             ("Công an tỉnh", ("Bộ Chỉ huy Quân sự tỉnh",)))
    wordings = ("{lead} chủ trì thực hiện; {partners} có trách nhiệm phối hợp thực hiện các nội dung sau:",
                "Giao {lead} chủ trì; {partners} chịu trách nhiệm phối hợp:",
                "Bảo đảm an ninh, trật tự trên địa bàn ({lead} chủ trì, phối hợp với {partners})")
    rows = _duties_under_headings(pairs, wordings, 270)
    L.append(_province_items("items_duties_under_bound_partners", ("Cà Mau", "Số: 52/KH-UBND", "ngày 9 tháng 3 năm 2026"),
                             "Thực hiện công tác cải cách hành chính năm 2026",
                             TaskItems("II. NHIỆM VỤ CỦA CÁC CƠ QUAN", tuple(rows), style="duty", labels=PROSE_LABELS),
                             "duties '-' under a lead-in whose partners are bound to support ('a) Sở A chủ trì thực "
                             "hiện; Sở B có trách nhiệm phối hợp thực hiện các nội dung sau:') or a heading that tells "
                             "its work and names its lead ('c) … (Sở A chủ trì, phối hợp với Sở B)')"))
    return L


PROSE_LABELS = ("Chủ trì", "Phối hợp", "thời hạn", "Sản phẩm")  # the deadline's label in small letters, in a sentence


def _duties_under_headings(pairs: tuple[tuple[str, tuple[str, ...]], ...], wordings: tuple[str, ...],
                           seed: int) -> list:
    """Headings "a)", "b)", "c)" each in its wording of a lead and its partners, over two or three duties "-" (85k, 85n)."""
    return grouped([(f"{'abc'[k]})", wordings[k].format(lead=lead, partners=", ".join(partners)))
                    for k, (lead, partners) in enumerate(pairs)],
                   [[replace(t, number="-", lead=(lead,), support=partners) for t in tasks(seed + 3 * k, 2 + k % 2,
                                                                                            start=3 * k, outputs=False)]
                    for k, (lead, partners) in enumerate(pairs)])


def _doers_in_prose(name: str, header: tuple[str, str, str], seed_and_start: tuple[int, int], style: str,
                    after: str) -> Layout:
    """Six items "1." that tell who does the work after their words (85g, 85l), the deadline's label the only field."""
    seed, start = seed_and_start
    rows = _items(tasks(seed, 6, start=start, leads=PROVINCE[:12], supports=PROVINCE, outputs=False), "1.")
    return _province_items(name, header, "Cải cách thủ tục hành chính năm 2026",
                           TaskItems("II. NHIỆM VỤ CỤ THỂ", tuple(rows), style=style, labels=PROSE_LABELS),
                           f"who does the work after {after}, the deadline's label the only field")


def _province_items(name: str, header: tuple[str, str, str], topic: str, items: TaskItems, note: str) -> Layout:
    """A province's plan of the item bed: its aims, the task items, its closing (85f-85n)."""
    aims = ("I. MỤC ĐÍCH, YÊU CẦU", "1. Cụ thể hóa các nhiệm vụ được giao, xác định rõ đơn vị chủ trì, thời hạn và sản phẩm.")
    closing = ("III. TỔ CHỨC THỰC HIỆN", "1. Thủ trưởng các đơn vị căn cứ nhiệm vụ được giao tổ chức triển khai thực hiện.")
    return Layout(name, **province_header(*header), heading=("KẾ HOẠCH", topic), parts=(*aims, items, *closing),
                  signature=SIGN_PROVINCE, recipients=RECIPIENTS, note=note)


def _fifth_bed() -> list[Layout]:
    """Layouts 86-89: tables as copied from legal sites by other hands (FACTS.md, fifth test bed): no number column,
    cells broken over lines in the copy, both roles marked in one performer column, header words of central and
    provincial annexes with the product before the agencies."""
    L: list[Layout] = []

    # 86. No number column: the rows start with their task; dates in two one-row columns; the header printed again
    # every four rows (a page break kept by the copy).
    rows = tuple(replace(t, number="", start=("Tháng 1/2026", "Quý II/2026", "Tháng 3/2026")[i % 3])
                 for i, t in enumerate(tasks(74, 8, outputs=False)))
    L.append(_plan("no_number_column", "Hà Tĩnh", "Số: 122/KH-UBND", "ngày 3 tháng 4 năm 2026", "cải cách hành chính năm 2026",
                   [TaskTable(columns("Nhiệm vụ:content", "Cơ quan chủ trì:lead", "Cơ quan phối hợp:support",
                                      "Thời gian bắt đầu:start", "Thời gian kết thúc:deadline"), rows, repeat_header_every=4)],
                   "no number column (a task's row starts with its text), 'Thời gian bắt đầu' | 'Thời gian kết thúc', the "
                   "header again every four rows; a task's text that names a time late ('… theo quy định')"))

    # 87. Cells broken over lines: header names over two lines, each task's text wrapped at a narrow column's width,
    # its lines going on in small letters; groups "I.", "II." across the table.
    def wrapped(t: Task) -> Task:
        return replace(t, printed={"content": textwrap.fill(t.content, 38)})
    rows = grouped([("I.", "Nhóm nhiệm vụ về thể chế"), ("II.", "Nhóm nhiệm vụ về hạ tầng")],
                   [[wrapped(t) for t in tasks(76, 4)], [wrapped(t) for t in tasks(80, 4)]])
    L.append(_plan("cells_wrapped_in_copy", "Hà Tĩnh", "Số: 123/KH-UBND", "ngày 3 tháng 4 năm 2026",
                   "phát triển du lịch năm 2026",
                   [TaskTable((Column("STT", "number"), Column("Nội dung\nnhiệm vụ", "content"),
                               Column("Đơn vị\nchủ trì", "lead"), Column("Đơn vị\nphối hợp", "support"),
                               Column("Thời gian\nhoàn thành", "deadline"), Column("Sản phẩm", "output")), tuple(rows))],
                   "header names over two lines and each task's text over three or four (a narrow column), the lines "
                   "going on in small letters, as a site's copy keeps them"))

    # 88. One "Cơ quan thực hiện" column that marks both roles: "Sở Y tế (chủ trì); Sở Tài chính (phối hợp)".
    def both_marked(t: Task) -> Task:
        return replace(t, printed={"agencies": "; ".join([*(f"{x} (chủ trì)" for x in t.lead),
                                                          *(f"{x} (phối hợp)" for x in t.support)])})
    L.append(_plan("both_roles_marked", "Hà Tĩnh", "Số: 120/KH-UBND", "ngày 3 tháng 4 năm 2026",
                   "phòng, chống dịch bệnh năm 2026",
                   [TaskTable(columns("STT:number", "Nội dung nhiệm vụ:content", "Cơ quan thực hiện:agencies",
                                      "Thời hạn hoàn thành:deadline", "Sản phẩm đầu ra:output"),
                              tuple(both_marked(t) for t in tasks(70, 7)))],
                   "one 'Cơ quan thực hiện' column, each body marked '(chủ trì)' or '(phối hợp)'"))

    # 89. Header words of programme annexes, the expected result before the agencies.
    L.append(_plan("result_before_agencies", "Hà Tĩnh", "Số: 121/KH-UBND", "ngày 3 tháng 4 năm 2026",
                   "chuyển đổi số năm 2026",
                   [TaskTable(columns("TT:number", "Nội dung công việc:content", "Kết quả dự kiến:output",
                                      "Đơn vị đầu mối:lead", "Đơn vị phối hợp thực hiện:support",
                                      "Lộ trình thực hiện:deadline"), tuple(tasks(72, 7)))],
                   "'Kết quả dự kiến' before 'Đơn vị đầu mối' and 'Đơn vị phối hợp thực hiện', 'Lộ trình thực hiện'"))
    return L


def _sixth_bed() -> list[Layout]:
    """Layouts 90-94: what real plans print that the other beds lacked (FACTS.md, sixth test bed): a task column over
    its activities ("Nhiệm vụ" merged down beside "Hoạt động cụ thể", each activity with its own bodies and time), a
    numbered row that names the lead of the lettered items under it, group rows that name their tasks' deadline; a
    report whose only time column holds status words (94, written with the reader that reads them)."""
    L: list[Layout] = []
    parents = ("Hoàn thiện thể chế về quản lý đầu tư công", "Nâng cao chất lượng dịch vụ công trực tuyến",
               "Phát triển nguồn nhân lực số trong cơ quan nhà nước", "Tăng cường kiểm tra, giám sát thực thi công vụ")

    def activities(seed: int, runs: tuple[int, ...], shared_lead: bool) -> list[Task]:
        rows, n = [], 0
        for p, run in enumerate(runs):
            made = tasks(seed + n, run, outputs=False, start=(seed + n * 3) % len(CONTENTS))
            lead = made[0].lead
            rows += [replace(t, number=str(p + 1), parent=parents[p % len(parents)],
                             **({"lead": lead, "support": tuple(x for x in t.support if x not in lead)} if shared_lead else {}))
                     for t in made]
            n += run
        return rows

    # 90. "TT | Nhiệm vụ | Hoạt động cụ thể | …": the number and the task merged down over its activities; one task has
    # a single activity. Each activity names its own bodies and time.
    L.append(_plan("activities_under_task", "Quảng Bình", "Số: 131/KH-UBND", "ngày 20 tháng 3 năm 2026",
                   "cải cách hành chính năm 2026",
                   [TaskTable(columns("TT:number", "Nhiệm vụ:parent", "Hoạt động cụ thể:content", "Cơ quan chủ trì:lead",
                                      "Cơ quan phối hợp:support", "Thời gian hoàn thành:deadline"),
                              tuple(activities(11, (3, 1, 2, 2), False)), merge=("number", "parent"))],
                   "a task column merged down over its activities ('Nhiệm vụ' | 'Hoạt động cụ thể'): each activity a task"))

    # 91. The same under groups, one lead for all of a task's activities ("Nội dung" | "Nhiệm vụ cụ thể"), a product.
    # (The lead is printed in each row: a lead merged down too leaves a copied row one agency under two merged agency
    # cells, which reads two ways: parsers/txt.py _COVER_COST.)
    rows = grouped([("I", "NHÓM NHIỆM VỤ VỀ THỂ CHẾ"), ("II", "NHÓM NHIỆM VỤ VỀ HẠ TẦNG")],
                   [activities(21, (2, 3), True), [replace(t, parent=parents[(int(t.number) + 1) % 4])
                                                   for t in activities(31, (2, 2), True)]])
    L.append(_plan("activities_shared_lead", "Quảng Bình", "Số: 132/KH-UBND", "ngày 20 tháng 3 năm 2026",
                   "chuyển đổi số năm 2026",
                   [TaskTable(columns("STT:number", "Nội dung:parent", "Nhiệm vụ cụ thể:content", "Đơn vị chủ trì:lead",
                                      "Đơn vị phối hợp:support", "Thời gian thực hiện:deadline", "Sản phẩm:output"),
                              tuple(rows), merge=("number", "parent"), bold_groups=True)],
                   "under groups, a content column merged down over the specific tasks, one lead for them all; a product"))

    # 92. A numbered row that names the lead of the lettered items under it ("1 | Nhóm … | Sở Nội vụ" over "a) | … |
    # (empty)"); an item may name a lead of its own.
    group_leads = ("Sở Nội vụ", "Sở Tài chính", "Văn phòng UBND tỉnh")
    titles = ("Nhóm nhiệm vụ về tổ chức bộ máy", "Nhóm nhiệm vụ về tài chính công", "Nhóm nhiệm vụ về thủ tục hành chính")
    rows = []
    for g, (lead, title) in enumerate(zip(group_leads, titles)):
        rows.append(Group(f"{g + 1}", title, spanning=False, printed={"lead": lead}))
        for k, t in enumerate(tasks(51 + g * 3, 3, outputs=False)):
            own = k == 2 and g == 1  # one item names its own lead
            rows.append(replace(t, number=f"{'abc'[k]})", lead=t.lead if own else (lead,),
                                support=tuple(x for x in t.support if x not in (t.lead if own else (lead,))),
                                printed={} if own else {"lead": ""}))
    L.append(_plan("group_lead_lettered_items", "Quảng Bình", "Số: 133/KH-UBND", "ngày 20 tháng 3 năm 2026",
                   "sắp xếp tổ chức bộ máy năm 2026", [TaskTable(STD[:5], tuple(rows), bold_groups=True)],
                   "numbered rows that name the lead of the lettered items 'a)', 'b)' under them, whose lead cells are "
                   "empty; one item names its own lead"))

    # 93. Groups "I", "II" (and one in capitals with a letter) that name the deadline of their tasks in their own
    # deadline cell; a task that gives a time of its own keeps it.
    group_deadlines = (Deadline("Năm 2026", "2026-12-31"), Deadline("Quý III/2026", "2026-09-30"),
                       Deadline("Trong tháng 6/2026", "2026-06-30"))
    labels = (("I", "Nhóm nhiệm vụ về chính quyền số"), ("II", "Nhóm nhiệm vụ về kinh tế số"), ("III", "XÃ HỘI SỐ"))
    rows = []
    for g, ((label, title), deadline) in enumerate(zip(labels, group_deadlines)):
        rows.append(Group(label, title, spanning=False, printed={"deadline": deadline.text}))
        for k, t in enumerate(tasks(61 + g * 3, 3, outputs=False)):
            own = k == 1  # the second task of each group prints its own time
            rows.append(t if own else replace(t, deadline=deadline, printed={"deadline": ""}))
    L.append(_plan("group_row_deadline", "Quảng Bình", "Số: 134/KH-UBND", "ngày 20 tháng 3 năm 2026",
                   "chuyển đổi số năm 2026", [TaskTable(STD[:5], tuple(rows), bold_groups=True)],
                   "group rows 'I', 'II' that name the deadline of their tasks in their own deadline cell; a task that "
                   "prints a time of its own keeps it"))

    # 94. A report whose only time column is "Tiến độ", of status words: no deadline; "Kết quả thực hiện" beside it.
    rows = [replace(t, printed={"status": STATUS[(i + 2) % len(STATUS)], "note": f"Đã tổ chức {i + 2} hội nghị, lớp tập huấn"})
            for i, t in enumerate(tasks(41, 6, outputs=False))]
    L.append(Layout("report_progress_words", **province_header("Vĩnh Long", "Số: 233/BC-UBND", "ngày 8 tháng 7 năm 2026"),
                    heading=("BÁO CÁO", "Kết quả thực hiện Kế hoạch cải cách hành chính 6 tháng đầu năm 2026"),
                    parts=("I. KẾT QUẢ ĐẠT ĐƯỢC", "Kết quả thực hiện các nhiệm vụ tại Phụ lục kèm theo.",
                           TaskTable(columns("TT:number", "Nội dung nhiệm vụ:content", "Đơn vị chủ trì:lead",
                                             "Đơn vị phối hợp:support", "Kết quả thực hiện:note", "Tiến độ:status"),
                                     tuple(rows)),
                           "II. NHIỆM VỤ 6 THÁNG CUỐI NĂM", "Tiếp tục thực hiện các nhiệm vụ còn lại."),
                    signature=SIGN_PROVINCE, recipients=RECIPIENTS,
                    note="a report's 'Tiến độ' of status words ('Đã hoàn thành', 'Đã trình UBND tỉnh') gives no deadline"))
    return L


def _seventh_bed() -> list[Layout]:
    """Layouts 95-101: the forms of task tables the other beds lacked (FACTS.md, seventh test bed): "Phân công" and
    "Thời gian" group headers over "Chủ trì | Phối hợp" and "Bắt đầu | Kết thúc", a commune's "Đầu mối", a school's
    "Người/Bộ phận phụ trách", the group in a first column merged down over unnumbered tasks, an election timetable
    with a "Số ngày" column beside the last day, months ticked under "Thời gian thực hiện", one performer column
    that marks only its lead."""
    L: list[Layout] = []

    # 95. Two group headers: "Phân công thực hiện" over the two roles, "Thời gian" over "Bắt đầu | Kết thúc".
    rows = tuple(replace(t, start=("01/2026", "Quý I/2026", "Tháng 3/2026", "")[i % 4])
                 for i, t in enumerate(tasks(81, 8, outputs=True)))
    L.append(_plan("assignment_and_time_groups", "Thái Nguyên", "Số: 140/KH-UBND", "ngày 6 tháng 1 năm 2026",
                   "thực hiện Chương trình chuyển đổi số năm 2026",
                   [TaskTable((Column("STT", "number"), Column("Nội dung nhiệm vụ", "content"),
                               Column("Cơ quan chủ trì", "lead", parent="Phân công thực hiện"),
                               Column("Cơ quan phối hợp", "support", parent="Phân công thực hiện"),
                               Column("Bắt đầu", "start", parent="Thời gian"), Column("Kết thúc", "deadline", parent="Thời gian"),
                               Column("Sản phẩm", "output")), rows)],
                   "'Phân công thực hiện' over 'Cơ quan chủ trì | Cơ quan phối hợp', 'Thời gian' over 'Bắt đầu | "
                   "Kết thúc' (one task with no start)"))

    # 96. A commune's plan: "Đầu mối" leads, "Phối hợp" supports, roman groups, the commune's own bodies.
    commune = dict(leads=COMMUNE[:6], supports=COMMUNE, outputs=False, lead_counts=(1,), support_counts=(1, 2, 0))
    rows = grouped([("I", "CÔNG TÁC TUYÊN TRUYỀN"), ("II", "CÔNG TÁC KIỂM TRA, XỬ LÝ")],
                   [tasks(85, 3, **commune), tasks(88, 4, **commune)])
    L.append(Layout("commune_focal_point", issuer=("ỦY BAN NHÂN DÂN", "XÃ TÂN LẬP"), number="Số: 18/KH-UBND",
                    place_date="Tân Lập, ngày 15 tháng 1 năm 2026",
                    heading=("KẾ HOẠCH", "Bảo đảm trật tự an toàn giao thông năm 2026"),
                    parts=("I. MỤC ĐÍCH, YÊU CẦU", "Nâng cao ý thức chấp hành pháp luật về giao thông của Nhân dân.",
                           "II. NHIỆM VỤ CỤ THỂ", "Phân công nhiệm vụ như sau:",
                           TaskTable(columns("TT:number", "Nội dung:content", "Đầu mối:lead", "Phối hợp:support",
                                             "Thời gian:deadline"), tuple(rows), separator=", "),
                           "III. TỔ CHỨC THỰC HIỆN", "Văn phòng HĐND và UBND xã tổng hợp, báo cáo kết quả."),
                    signature=("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", "Lò Văn Hùng"), recipients=RECIPIENTS,
                    note="a commune's table: 'Đầu mối' | 'Phối hợp', roman group rows, ',' between bodies"))

    # 97. A school's year plan: "Người/Bộ phận phụ trách" and "Ghi chú"; months as times, no support column.
    school = (Deadline("Tháng 9/2026", "2026-09-30"), Deadline("Tháng 11/2026", "2026-11-30"),
              Deadline("Tháng 12/2026 - 01/2027", "2027-01-31"), Deadline("Thường xuyên"), Deadline("Tháng 4/2027", "2027-04-30"),
              Deadline("Tháng 5/2027", "2027-05-31"))
    rows = tuple(tasks(90, 8, leads=SCHOOL, outputs=False, contents=SCHOOL_TASKS, start=0, deadlines=school,
                       lead_counts=(1, 1, 2)))
    L.append(Layout("school_person_in_charge", issuer=("PHÒNG VĂN HÓA - XÃ HỘI", "TRƯỜNG THCS HÒA BÌNH"),
                    number="Số: 45/KH-THCS", place_date="Hòa Bình, ngày 5 tháng 9 năm 2026",
                    heading=("KẾ HOẠCH", "Thực hiện nhiệm vụ năm học 2026-2027"),
                    parts=("I. CĂN CỨ XÂY DỰNG KẾ HOẠCH", "Căn cứ hướng dẫn nhiệm vụ năm học của cấp trên.",
                           "II. CÁC HOẠT ĐỘNG CHỦ YẾU",
                           TaskTable(columns("TT:number", "Nội dung công việc:content", "Người/Bộ phận phụ trách:lead",
                                             "Thời gian thực hiện:deadline", "Ghi chú:note"), rows, separator=", "),
                           "III. TỔ CHỨC THỰC HIỆN", "Các tổ chuyên môn triển khai, báo cáo Ban Giám hiệu hằng tháng."),
                    signature=("HIỆU TRƯỞNG", "", "Trần Thị Mai"), motto=True,
                    note="a school's plan: 'Người/Bộ phận phụ trách' (a school's own parts), 'Ghi chú', no support column"))

    # 98. The group in the first column, merged down over its tasks, which carry no number.
    fields = ("Cải cách thể chế", "Cải cách thủ tục hành chính", "Xây dựng chính quyền số")
    rows = []
    for g, (field, run) in enumerate(zip(fields, (3, 2, 3))):
        rows += [replace(t, number="", parent=field) for t in tasks(95 + g * 3, run, outputs=False)]
    L.append(_plan("group_column_unnumbered", "Phú Thọ", "Số: 152/KH-UBND", "ngày 12 tháng 1 năm 2026",
                   "cải cách hành chính năm 2026",
                   [TaskTable(columns("Lĩnh vực:parent", "Nhiệm vụ:content", "Cơ quan chủ trì:lead", "Cơ quan phối hợp:support",
                                      "Thời hạn:deadline"), tuple(rows), merge=("parent",))],
                   "the first column names the field ('Lĩnh vực'), merged down over its tasks; no number column"))

    # 99. An election timetable (phutho.gov.vn prints one): the last day a step must be done, beside "Số ngày" (how
    # many days before election day, as the law counts them), and the body that does it.
    days = ("Trước 105 ngày", "Trước 95 ngày", "Trước 70 ngày", "Trước 42 ngày", "Trước 30 ngày", "Trước 20 ngày", "")
    dates = (Deadline("28/01/2026", "2026-01-28"), Deadline("07/02/2026", "2026-02-07"), Deadline("04/3/2026", "2026-03-04"),
             Deadline("01/4/2026", "2026-04-01"), Deadline("13/4/2026", "2026-04-13"), Deadline("23/4/2026", "2026-04-23"),
             Deadline("Sau ngày bầu cử"))
    steps = ("Thành lập Ủy ban bầu cử ở các xã, phường", "Thành lập Ban bầu cử đại biểu Hội đồng nhân dân",
             "Hội nghị hiệp thương lần thứ hai", "Niêm yết danh sách cử tri", "Công bố danh sách người ứng cử",
             "Kiểm tra công tác chuẩn bị bầu cử ở cơ sở", "Tổng kết công tác bầu cử")
    rows = tuple(Task(str(i + 1), step, lead=lead, deadline=date, printed={"other": day})
                 for i, (step, day, date, lead) in enumerate(zip(steps, days, dates, (
                     ("UBND các xã, phường",), ("UBND các xã, phường",), ("Ủy ban MTTQ Việt Nam tỉnh",), ("UBND các xã, phường",),
                     ("Ủy ban bầu cử tỉnh",), ("Sở Nội vụ",), ("Sở Nội vụ",)))))
    L.append(_plan("election_timetable", "Phú Thọ", "Số: 160/KH-UBND", "ngày 15 tháng 1 năm 2026",
                   "triển khai công tác bầu cử đại biểu Hội đồng nhân dân các cấp",
                   [TaskTable(columns("TT:number", "Nội dung công việc:content",
                                      "Số ngày chậm nhất phải hoàn thành trước ngày bầu cử:other",
                                      "Ngày chậm nhất phải hoàn thành:deadline", "Cơ quan thực hiện:lead"), rows)],
                   "an election timetable: 'Số ngày … trước ngày bầu cử' beside 'Ngày chậm nhất phải hoàn thành', a "
                   "'Cơ quan thực hiện' column last", landscape=False, annex_title="LỊCH THỜI GIAN THỰC HIỆN"))

    # 100. Months ticked under "Thời gian thực hiện" (a half-year schedule), a "Đơn vị thực hiện" that leads.
    months = ("Tháng 7", "Tháng 8", "Tháng 9", "Tháng 10", "Tháng 11", "Tháng 12")
    runs = ((0, 1), (2,), (1, 2, 3), (4, 5), (3,), (0, 1, 2, 3, 4, 5), (5,))
    ends = ("2026-07-31", "2026-08-31", "2026-09-30", "2026-10-31", "2026-11-30", "2026-12-31")
    rows = tuple(replace(t, deadline=Deadline(", ".join(months[m] for m in run), ends[run[-1]]), support=())
                 for t, run in zip(tasks(101, 7, outputs=False, lead_counts=(1,)), runs))
    L.append(_plan("month_schedule", "Phú Thọ", "Số: 171/KH-UBND", "ngày 1 tháng 7 năm 2026",
                   "tuyên truyền phổ biến pháp luật 6 tháng cuối năm 2026",
                   [TaskTable((Column("TT", "number"), Column("Nội dung hoạt động", "content"), Column("Đơn vị thực hiện", "lead"),
                               *(Column(m, "period", parent="Thời gian thực hiện") for m in months)), rows)],
                   "months ticked 'x' under 'Thời gian thực hiện'; 'Đơn vị thực hiện' leads (no chủ trì column)",
                   skip=("txt",)))  # one cell per paragraph: empty months cannot be told from each other

    # 101. One "Đơn vị thực hiện" column that marks only its lead: "Sở A (chủ trì), Sở B, Sở C".
    L.append(_plan("lead_marked_performers", "Thái Nguyên", "Số: 175/KH-UBND", "ngày 8 tháng 7 năm 2026",
                   "phát triển kinh tế tập thể năm 2026",
                   [TaskTable(columns("STT:number", "Nhiệm vụ, giải pháp:content", "Đơn vị thực hiện:agencies",
                                      "Thời gian hoàn thành:deadline"),
                              tuple(tasks(110, 8, outputs=False, support_counts=(2, 1, 0, 3))), combined="mark", separator=", ")],
                   "one 'Đơn vị thực hiện' column: 'Sở A (chủ trì), Sở B, Sở C' (the lead marked, the others support)"))
    return L



def _eighth_bed() -> list[Layout]:
    """Layouts 102-107: forms of task tables the other beds lacked (FACTS.md, eighth test bed): cells that repeat the
    row above in words ("Như trên", "nt", "-nt-") beside cells left blank, money ("Kinh phí", "Nguồn kinh phí") between
    the task and its agencies with numbers restarting in each group and a total row, a training plan's classes, an
    inspection schedule whose inspected bodies are the task and not its lead, footnote marks after names and tasks,
    a commune's table with bodies on lines of their own."""
    L: list[Layout] = []

    # 102. Ditto cells: a lead, support or time printed as "Như trên", "nt" or "-nt-" is the row above's; a cell left
    # blank is no one (a reader cannot tell what a blank means: null, never the row above's value).
    ditto = ("Như trên", "nt", "-nt-", "Nt", "như trên")
    made = tasks(120, 9, outputs=False, lead_counts=(1,), support_counts=(1, 2, 1))
    rows, k = [], 0
    for i, t in enumerate(made):
        if i in (2, 6, 7):  # the lead cell repeats the row above's in words
            t = replace(t, lead=rows[-1].lead, printed={"lead": ditto[k % 5]})
            k += 1
        if i in (3, 7):  # the support and time cells too
            t = replace(t, support=rows[-1].support, deadline=rows[-1].deadline,
                        printed={**t.printed, "support": ditto[k % 5], "deadline": ditto[(k + 1) % 5]})
            k += 2
        if i == 4:  # a lead cell left blank: no lead
            t = replace(t, lead=(), printed={"lead": ""})
        rows.append(t)
    L.append(_plan("ditto_cells", "Hà Tĩnh", "Số: 210/KH-UBND", "ngày 2 tháng 2 năm 2026",
                   "thực hiện công tác dân vận chính quyền năm 2026", [TaskTable(STD[:5], tuple(rows))],
                   "cells printed 'Như trên', 'nt', '-nt-' repeat the row above's lead, support or time; a blank lead "
                   "cell names no one"))

    # 103. Money between the task and its agencies: "Kinh phí (triệu đồng)", "Nguồn kinh phí"; groups "I", "II" whose
    # tasks are numbered from 1 again; a total row at the end.
    def funded(start: int, count: int, seed: int) -> list[Task]:
        return [replace(t, number=str(i + 1), content=FUNDED[(start + i) % len(FUNDED)][0],
                        budget=FUNDED[(start + i) % len(FUNDED)][1],
                        printed={"other": FUNDED[(start + i) % len(FUNDED)][2]})
                for i, t in enumerate(tasks(seed, count, outputs=False))]
    rows = grouped([("I", "NHIỆM VỤ THƯỜNG XUYÊN"), ("II", "NHIỆM VỤ TRỌNG TÂM")], [funded(0, 3, 130), funded(3, 3, 133)])
    L.append(_plan("money_before_agencies", "Nghệ An", "Số: 215/KH-UBND", "ngày 5 tháng 2 năm 2026",
                   "thực hiện công tác dân số và phát triển năm 2026",
                   [TaskTable(columns("TT:number", "Nội dung hoạt động:content", "Kinh phí (triệu đồng):budget",
                                      "Nguồn kinh phí:other", "Cơ quan chủ trì:lead", "Cơ quan phối hợp:support",
                                      "Thời gian thực hiện:deadline"), tuple(rows), total="Tổng cộng", bold_groups=True,
                              merge=("other",))],
                   "'Kinh phí (triệu đồng)' and 'Nguồn kinh phí' between the task and its agencies (a source merged down "
                   "over the tasks it pays for); numbers restart in each group; a total row"))

    # 104. A training plan: one row a class, "Đối tượng", "Số lượng (người)", "Địa điểm" beside the time, the body
    # that holds the class last ("Đơn vị tổ chức").
    classes = ("Bồi dưỡng kỹ năng soạn thảo văn bản hành chính", "Bồi dưỡng nghiệp vụ văn thư, lưu trữ",
               "Tập huấn kỹ năng chuyển đổi số cho công chức cấp xã", "Bồi dưỡng kiến thức quốc phòng và an ninh đối tượng 4",
               "Tập huấn nghiệp vụ tiếp công dân, xử lý đơn thư", "Bồi dưỡng kỹ năng lãnh đạo, quản lý cấp phòng")
    audience = ("Công chức các sở, ngành", "Công chức văn thư cấp xã", "Công chức cấp xã", "Trưởng thôn, tổ dân phố",
                "Công chức tiếp công dân", "Trưởng, phó phòng các sở")
    when = (Deadline("Tháng 3/2026", "2026-03-31"), Deadline("Quý II/2026", "2026-06-30"), Deadline("Tháng 5-6/2026", "2026-06-30"),
            Deadline("Quý III/2026", "2026-09-30"), Deadline("Tháng 10/2026", "2026-10-31"), Deadline("Quý IV/2026", "2026-12-31"))
    hosts = (("Sở Nội vụ",), ("Sở Nội vụ",), ("Sở Khoa học và Công nghệ",), ("Bộ Chỉ huy Quân sự tỉnh",), ("Thanh tra tỉnh",),
             ("Trường Chính trị tỉnh",))
    rows = tuple(Task(str(i + 1), name, host, deadline=date,
                      printed={"other": who, "unit": str(40 + 15 * i), "note": ("Trường Chính trị tỉnh", "Hội trường UBND tỉnh")[i % 2]})
                 for i, (name, who, date, host) in enumerate(zip(classes, audience, when, hosts)))
    L.append(_plan("training_classes", "Hà Tĩnh", "Số: 218/KH-UBND", "ngày 9 tháng 2 năm 2026",
                   "đào tạo, bồi dưỡng cán bộ, công chức, viên chức năm 2026",
                   [TaskTable(columns("STT:number", "Tên lớp bồi dưỡng:content", "Đối tượng:other", "Số lượng (người):unit",
                                      "Thời gian:deadline", "Địa điểm:note", "Đơn vị tổ chức:lead"), rows)],
                   "a training plan: a class a row, 'Đối tượng', 'Số lượng (người)', 'Địa điểm' beside the time, "
                   "'Đơn vị tổ chức' holds the class", annex_title="DANH MỤC CÁC LỚP ĐÀO TẠO, BỒI DƯỠNG"))


    # 105. An inspection schedule: the inspected body is what the row is about (the task), the body that leads the
    # team and those that join it are the agencies; the days of the visit are the time.
    visited = ("UBND xã Thạch Hà", "UBND phường Trần Phú", "Sở Xây dựng", "UBND xã Cẩm Xuyên", "Sở Y tế", "UBND xã Kỳ Anh")
    visits = (Deadline("Tháng 4/2026", "2026-04-30"), Deadline("Tháng 5/2026", "2026-05-31"), Deadline("Quý II/2026", "2026-06-30"),
              Deadline("Tháng 8/2026", "2026-08-31"), Deadline("Tháng 9/2026", "2026-09-30"), Deadline("Quý IV/2026", "2026-12-31"))
    teams = (("Sở Nội vụ",), ("Sở Nội vụ",), ("Văn phòng UBND tỉnh",), ("Sở Nội vụ",), ("Sở Tư pháp",), ("Văn phòng UBND tỉnh",))
    joins = (("Sở Tư pháp", "Văn phòng UBND tỉnh"), ("Sở Tài chính",), ("Sở Nội vụ", "Sở Tư pháp"), ("Sở Khoa học và Công nghệ",),
             ("Sở Nội vụ",), ("Sở Nội vụ", "Sở Tài chính"))
    rows = tuple(Task(str(i + 1), place, team, join, deadline=date, printed={"other": "Cải cách hành chính; công vụ"})
                 for i, (place, date, team, join) in enumerate(zip(visited, visits, teams, joins)))
    L.append(_plan("inspection_schedule", "Hà Tĩnh", "Số: 221/KH-UBND", "ngày 12 tháng 2 năm 2026",
                   "kiểm tra công tác cải cách hành chính năm 2026",
                   [TaskTable(columns("STT:number", "Đơn vị được kiểm tra:content", "Thời gian kiểm tra:deadline",
                                      "Nội dung kiểm tra:other", "Cơ quan chủ trì kiểm tra:lead",
                                      "Cơ quan phối hợp kiểm tra:support"), rows, separator=", ")],
                   "an inspection schedule: 'Đơn vị được kiểm tra' is the task, not a lead; 'Thời gian kiểm tra', "
                   "'Cơ quan chủ trì kiểm tra'", landscape=False, annex_title="LỊCH KIỂM TRA CÔNG TÁC CẢI CÁCH HÀNH CHÍNH"))

    # 106. Footnote marks: "(*)" after a leading body, a figure after a task, the notes under the table.
    made = tasks(140, 7, outputs=False, lead_counts=(1,), support_counts=(1, 0, 2))
    marks = {1: ("(*)", ""), 3: ("", "(1)"), 4: ("(*)", "(2)"), 6: ("*", "")}
    rows = tuple(replace(t, printed={"lead": t.lead[0] + marks[i][0], "content": t.content + marks[i][1]})
                 if i in marks else t for i, t in enumerate(made))
    plan = _plan("footnote_marks", "Quảng Trị", "Số: 225/KH-UBND", "ngày 16 tháng 2 năm 2026",
                 "thực hiện Chương trình hành động về phát triển kinh tế tư nhân", [TaskTable(STD[:5], rows)],
                 "footnote marks '(*)', '*' after a leading body and '(1)' after a task, the notes under the table")
    L.append(replace(plan, parts=(*plan.parts, "Ghi chú: (*) Cơ quan đầu mối tổng hợp, báo cáo.",
                                  "(1) Nhiệm vụ chuyển tiếp từ năm 2025.",
                                  "(2) Thực hiện theo hướng dẫn của bộ, ngành Trung ương.")))

    # 107. A commune's table after 2025: the bodies of one cell on lines of their own, a "Như trên" lead, an "nt" time.
    commune = dict(leads=COMMUNE[:6], supports=COMMUNE, outputs=False, lead_counts=(1, 2, 1), support_counts=(2, 1, 3))
    made = tasks(150, 7, **commune)
    rows = []
    for i, t in enumerate(made):
        if i == 3:
            t = replace(t, lead=rows[-1].lead, printed={"lead": "Như trên"})
        if i == 5:
            t = replace(t, deadline=rows[-1].deadline, printed={"deadline": "nt"})
        rows.append(t)
    L.append(Layout("commune_lines_ditto", issuer=("ỦY BAN NHÂN DÂN", "XÃ HƯƠNG SƠN"), number="Số: 31/KH-UBND",
                    place_date="Hương Sơn, ngày 20 tháng 2 năm 2026",
                    heading=("KẾ HOẠCH", "Thực hiện chuyển đổi số trên địa bàn xã năm 2026"),
                    parts=("I. MỤC ĐÍCH, YÊU CẦU", "Đưa hoạt động của chính quyền xã lên môi trường số.",
                           "II. NHIỆM VỤ CỤ THỂ",
                           TaskTable(columns("TT:number", "Nội dung công việc:content", "Bộ phận chủ trì:lead",
                                             "Bộ phận phối hợp:support", "Thời gian hoàn thành:deadline"), tuple(rows),
                                     separator="\n"),
                           "III. TỔ CHỨC THỰC HIỆN", "Văn phòng HĐND và UBND xã theo dõi, tổng hợp."),
                    signature=("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", "Phan Văn Minh"), recipients=RECIPIENTS,
                    note="a commune's table: 'Bộ phận chủ trì', bodies on lines of their own, a 'Như trên' lead, an 'nt' time",
                    skip=("txt",)))  # bodies one per paragraph: copied as text, nothing says where the lead cell ends
    return L


def _ninth_bed() -> list[Layout]:
    """Layouts 108-112: forms of task tables the other beds lacked (FACTS.md, ninth test bed): a Party committee's
    programme of inspections ("Chủ thể kiểm tra" leads, "Đối tượng kiểm tra" is whom it visits), an emulation plan
    ("Cơ quan theo dõi" watches, it does not support), the lead named inside the task's text ("(Sở Nội vụ chủ trì)") with
    no lead column, a schedule of periodic reports ("Cơ quan nhận báo cáo" receives, recurring deadlines), money under
    a two-line header ("Kinh phí (triệu đồng)" over "Ngân sách tỉnh | Ngân sách huyện | Nguồn khác") with a cell merged
    down."""
    L: list[Layout] = []

    # 108. A Party committee's programme of inspections: who inspects (the lead), whom, what, when.
    inspectors = (("Ban Thường vụ Đảng ủy",), ("Ủy ban Kiểm tra Đảng ủy",), ("Ban Chấp hành Đảng bộ",),
                  ("Ủy ban Kiểm tra Đảng ủy",), ("Ban Thường vụ Đảng ủy",), ("Ủy ban Kiểm tra Đảng ủy",))
    inspected = ("Chi bộ thôn Đông Hà", "Chi bộ Trường Tiểu học số 2", "Đảng viên là bí thư chi bộ thôn Tây Sơn",
                 "Chi bộ Trạm Y tế", "Chi bộ Quân sự", "Tổ chức đảng và đảng viên có dấu hiệu vi phạm")
    checked = ("Việc lãnh đạo thực hiện nghị quyết của chi bộ về phát triển kinh tế hộ gia đình",
               "Việc thực hiện quy chế làm việc và chế độ sinh hoạt chi bộ định kỳ",
               "Việc thực hiện nhiệm vụ đảng viên và giữ gìn phẩm chất đạo đức, lối sống",
               "Việc lãnh đạo công tác khám, chữa bệnh và tiêm chủng cho trẻ em",
               "Việc lãnh đạo xây dựng lực lượng dân quân tự vệ và công tác tuyển quân",
               "Việc giải quyết đơn thư tố cáo liên quan đến tổ chức đảng, đảng viên")
    when = (Deadline("Quý I/2026", "2026-03-31"), Deadline("Tháng 4/2026", "2026-04-30"), Deadline("Quý II/2026", "2026-06-30"),
            Deadline("Tháng 8/2026", "2026-08-31"), Deadline("Quý III/2026", "2026-09-30"), Deadline("Khi có dấu hiệu vi phạm"))
    rows = tuple(Task(str(i + 1), what, who, deadline=date, printed={"other": whom})
                 for i, (who, whom, what, date) in enumerate(zip(inspectors, inspected, checked, when)))
    L.append(Layout("party_inspection_programme", issuer=("ĐẢNG BỘ TỈNH HÀ TĨNH", "ĐẢNG ỦY XÃ THẠCH LẠC", "*"),
                    number="Số: 06-CTr/ĐU", place_date="Thạch Lạc, ngày 12 tháng 01 năm 2026",
                    heading=("CHƯƠNG TRÌNH", "kiểm tra, giám sát của Đảng ủy xã năm 2026"),
                    parts=("I. MỤC ĐÍCH, YÊU CẦU", "Nâng cao chất lượng công tác kiểm tra, giám sát của cấp ủy.",
                           "II. NỘI DUNG KIỂM TRA", "1. Kiểm tra của Đảng ủy, Ban Thường vụ, Ủy ban Kiểm tra Đảng ủy",
                           TaskTable(columns("TT:number", "Chủ thể kiểm tra:lead", "Đối tượng kiểm tra:other",
                                             "Nội dung kiểm tra:content", "Thời gian thực hiện:deadline"), rows),
                           "III. TỔ CHỨC THỰC HIỆN", "Ủy ban Kiểm tra Đảng ủy giúp Đảng ủy theo dõi, đôn đốc thực hiện."),
                    signature=("T/M ĐẢNG ỦY", "BÍ THƯ", "", "Lê Văn Hùng"), recipients=("Nơi nhận:", "- Lưu Văn phòng Đảng ủy."),
                    motto=False, note="a Party committee's programme of inspections: 'Chủ thể kiểm tra' leads, 'Đối "
                    "tượng kiểm tra' is whom it visits, 'Nội dung kiểm tra' the task"))

    # 109. An emulation plan: what the movement asks of whom, the body that watches and sums it up (no support).
    drives = ("Thi đua đẩy mạnh cải cách hành chính, nâng cao chỉ số hài lòng của người dân",
              "Thi đua chung tay xây dựng nông thôn mới nâng cao, đô thị văn minh",
              "Thi đua đổi mới sáng tạo, ứng dụng chuyển đổi số trong cơ quan nhà nước",
              "Thi đua bảo đảm an toàn giao thông và trật tự đô thị",
              "Thi đua chăm lo đời sống người có công và gia đình chính sách",
              "Thi đua thực hiện thắng lợi nhiệm vụ phát triển kinh tế - xã hội năm 2026")
    doers = (("Sở Nội vụ", "Văn phòng UBND tỉnh"), ("Sở Nông nghiệp và Môi trường",), ("Sở Khoa học và Công nghệ",),
             ("Công an tỉnh",), ("Sở Y tế",), ("Các sở, ban, ngành",))
    watchers = ("Sở Nội vụ", "Ban Thi đua - Khen thưởng", "Sở Nội vụ", "Ban An toàn giao thông tỉnh", "Sở Nội vụ",
                "Hội đồng Thi đua - Khen thưởng tỉnh")
    spans = (Deadline("Từ tháng 01 đến tháng 12/2026", "2026-12-31"), Deadline("Giai đoạn 2026-2030", "2030-12-31"),
             Deadline("Năm 2026", "2026-12-31"), Deadline("Đợt 1: từ tháng 01 đến 30/6/2026", "2026-06-30"),
             Deadline("Hằng năm"), Deadline("Sơ kết trước ngày 15/7/2026", "2026-07-15"))
    rows = tuple(Task(str(i + 1), what, who, deadline=date, printed={"note": watch})
                 for i, (what, who, watch, date) in enumerate(zip(drives, doers, watchers, spans)))
    L.append(_plan("emulation_watchers", "Quảng Bình", "Số: 12/KH-UBND", "ngày 20 tháng 1 năm 2026",
                   "phát động phong trào thi đua năm 2026",
                   [TaskTable(columns("TT:number", "Nội dung thi đua:content", "Đơn vị thực hiện:lead",
                                      "Cơ quan theo dõi, tổng hợp:note", "Thời gian:deadline"), rows, separator=", ")],
                   "an emulation plan: 'Đơn vị thực hiện' leads, 'Cơ quan theo dõi, tổng hợp' watches (no support); "
                   "deadlines as spans, campaigns and 'Hằng năm'", annex_title="CÁC PHONG TRÀO THI ĐUA NĂM 2026"))

    # 110. No lead column: each task names its lead inside its text, in brackets after it; one task names none.
    made = tasks(160, 7, outputs=False, lead_counts=(1,), support_counts=(0,), deadlines=TIME_WORDS[:3] + DEADLINES[:4])
    said = ("({} chủ trì)", "(Giao {} chủ trì)", "({} chủ trì thực hiện)", "({} chủ trì)", None, "({} chủ trì)", "(giao {} chủ trì)")
    rows = tuple(replace(t, printed={"content": f"{t.content} {form.format(t.lead[0])}"}) if form else replace(t, lead=())
                 for t, form in zip(made, said))
    L.append(_plan("lead_in_task_text", "Quảng Ngãi", "Số: 27/KH-UBND", "ngày 4 tháng 2 năm 2026",
                   "triển khai Chương trình chuyển đổi số năm 2026",
                   [TaskTable(columns("STT:number", "Nhiệm vụ, giải pháp:content", "Thời gian thực hiện:deadline"), rows)],
                   "no lead column: the lead in brackets at the end of the task's text ('(Sở Nội vụ chủ trì)', '(Giao … "
                   "chủ trì)'); a task that names none has none", landscape=False))

    # 111. A schedule of periodic reports: who reports (the lead), who receives (no support), recurring deadlines.
    reports = ("Báo cáo tình hình thực hiện nhiệm vụ phát triển kinh tế - xã hội",
               "Báo cáo kết quả giải quyết thủ tục hành chính trên Hệ thống thông tin",
               "Báo cáo công tác phòng, chống tham nhũng, lãng phí, tiêu cực",
               "Báo cáo tiến độ giải ngân vốn đầu tư công",
               "Báo cáo kết quả thực hiện chương trình mục tiêu quốc gia",
               "Báo cáo tổng kết công tác thi đua, khen thưởng")
    reporters = (("Các sở, ban, ngành",), ("Trung tâm Phục vụ hành chính công tỉnh",), ("Thanh tra tỉnh",), ("Sở Tài chính",),
                 ("Sở Dân tộc và Tôn giáo",), ("Sở Nội vụ",))
    receivers = ("Sở Tài chính", "Văn phòng UBND tỉnh", "UBND tỉnh", "UBND tỉnh, Bộ Tài chính", "Bộ Dân tộc và Tôn giáo",
                 "Hội đồng Thi đua - Khen thưởng tỉnh")
    due = (Deadline("Trước ngày 15 hằng tháng"), Deadline("Chậm nhất ngày 06 của tháng cuối quý"),
           Deadline("Định kỳ 6 tháng, hằng năm"), Deadline("Ngày 20 hằng tháng"), Deadline("Hằng năm, trước ngày 10/12"),
           Deadline("Trước ngày 20/11/2026", "2026-11-20"))
    rows = tuple(Task(str(i + 1), what, who, deadline=date, printed={"other": to})
                 for i, (what, who, to, date) in enumerate(zip(reports, reporters, receivers, due)))
    L.append(_plan("report_schedule", "Kon Tum", "Số: 33/KH-UBND", "ngày 6 tháng 2 năm 2026",
                   "thực hiện chế độ báo cáo định kỳ năm 2026",
                   [TaskTable(columns("STT:number", "Tên báo cáo:content", "Cơ quan thực hiện báo cáo:lead",
                                      "Cơ quan nhận báo cáo:other", "Thời hạn gửi báo cáo:deadline"), rows)],
                   "periodic reports: 'Cơ quan thực hiện báo cáo' leads, 'Cơ quan nhận báo cáo' receives; deadlines "
                   "that recur ('Trước ngày 15 hằng tháng') name no day of the calendar",
                   annex_title="DANH MỤC BÁO CÁO ĐỊNH KỲ"))

    # 112. Money under a two-line header: "Kinh phí (triệu đồng)" over three sources, one merged down over two tasks.
    made = tasks(170, 6, outputs=False, support_counts=(1, 2, 0))
    money = (("200", "50", ""), ("120", "80", ""), ("", "80", "30"), ("350", "", "100"), ("90", "40", ""), ("60", "", ""))
    rows = tuple(replace(t, budget=own, printed={"other": district, "note": other})
                 for t, (own, district, other) in zip(made, money))
    K = "Kinh phí (triệu đồng)"
    L.append(_plan("money_sources_header", "Gia Lai", "Số: 45/KH-UBND", "ngày 10 tháng 2 năm 2026",
                   "phát triển du lịch cộng đồng năm 2026",
                   [TaskTable((Column("TT", "number"), Column("Nội dung", "content"), Column("Ngân sách tỉnh", "budget", K),
                               Column("Ngân sách huyện", "other", K), Column("Nguồn khác", "note", K),
                               Column("Cơ quan chủ trì", "lead"), Column("Cơ quan phối hợp", "support"),
                               Column("Thời gian thực hiện", "deadline")), rows, merge=("other",))],
                   "'Kinh phí (triệu đồng)' over 'Ngân sách tỉnh | Ngân sách huyện | Nguồn khác' before the agencies, "
                   "a district's share merged down over two tasks, empty money cells"))
    return L


def _tenth_bed() -> list[Layout]:
    """Layouts 113-116: forms of task tables the other beds lacked (FACTS.md, tenth test bed): a ward's plan of
    administrative reform after July 2025 (the product and the time before the agencies, groups "I. CẢI CÁCH THỂ CHẾ"
    over tasks "1.1"), a ministry's annex whose supports are ticked "x" under one column per ministry ("Cơ quan phối
    hợp" over "Bộ Công an | Bộ Quốc phòng | …"), a table of deliverables whose other columns hold figures (the
    programme's and the Government's task numbers: "1", "14, 26") and whose first column is the task with its number
    inside, and a table whose first column is the body ("Cơ quan, đơn vị | Nhiệm vụ được giao | Thời hạn") with a
    "Ghi chú" that names a body it reports to."""
    L: list[Layout] = []

    # 113. A ward's reform plan after the two-level local government (July 2025): content, product, time, then agencies.
    ward = ("Văn phòng HĐND và UBND phường", "Phòng Kinh tế, Hạ tầng và Đô thị", "Phòng Văn hóa - Xã hội",
            "Trung tâm Phục vụ hành chính công phường", "Công an phường")
    ward_support = ward + ("Ủy ban MTTQ Việt Nam phường", "Các tổ dân phố")
    times = (Deadline("Quý I/2026", "2026-03-31"), Deadline("Tháng 6/2026", "2026-06-30"), Deadline("Thường xuyên"),
             Deadline("Trước ngày 15/12/2026", "2026-12-15"), Deadline("Quý III/2026", "2026-09-30"),
             Deadline("Năm 2026", "2026-12-31"))
    common = dict(leads=ward, supports=ward_support, deadlines=times, lead_counts=(1,), support_counts=(1, 2, 0))
    members = [tasks(180, 3, numbers="p:1.", **common), tasks(183, 2, numbers="p:2.", **common),
               tasks(185, 3, numbers="p:3.", **common)]
    rows = grouped([("I", "CẢI CÁCH THỂ CHẾ"), ("II", "CẢI CÁCH THỦ TỤC HÀNH CHÍNH"),
                    ("III", "XÂY DỰNG CHÍNH QUYỀN ĐIỆN TỬ, CHÍNH QUYỀN SỐ")], members)
    L.append(Layout("ward_reform_products_first", issuer=("ỦY BAN NHÂN DÂN", "PHƯỜNG BẮC HÀ"), number="Số: 08/KH-UBND",
                    place_date="Bắc Hà, ngày 14 tháng 01 năm 2026",
                    heading=("KẾ HOẠCH", "Cải cách hành chính năm 2026 trên địa bàn phường"),
                    parts=("I. MỤC ĐÍCH, YÊU CẦU", "Nâng cao chỉ số cải cách hành chính của phường.",
                           "II. NHIỆM VỤ CỤ THỂ", "(Có phụ lục chi tiết kèm theo)", PageBreak(landscape=True),
                           *annex_intro("", "PHÂN CÔNG NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 2026",
                                        "Kế hoạch số 08/KH-UBND ngày 14/01/2026 của UBND phường Bắc Hà"),
                           TaskTable(columns("STT:number", "Nội dung:content", "Sản phẩm:output",
                                             "Thời gian hoàn thành:deadline", "Cơ quan chủ trì:lead",
                                             "Cơ quan phối hợp:support"), tuple(rows), bold_groups=True)),
                    signature=("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", "Đỗ Thị Lan"), recipients=RECIPIENTS,
                    note="a ward's reform plan after July 2025: 'Sản phẩm' and 'Thời gian hoàn thành' before the "
                         "agencies, groups 'I' 'CẢI CÁCH THỂ CHẾ' over tasks '1.1', the ward's own offices"))

    # 114. A ministry's annex: the lead in its own column, the supports ticked "x" under a column per ministry.
    ticked = ("Bộ Công an", "Bộ Quốc phòng", "Bộ Ngoại giao", "Bộ Tài chính")
    leads = ("Bộ Nội vụ", "Bộ Tư pháp", "Bộ Khoa học và Công nghệ", "Bộ Y tế", "Văn phòng Chính phủ")
    rows = tuple(tasks(190, 6, leads=leads, supports=ticked, lead_counts=(1,), support_counts=(1, 2, 3, 1, 0, 2),
                       deadlines=CENTRAL_DEADLINES, contents=GOV_TASKS, outputs=False))
    K = "Cơ quan phối hợp"
    L.append(Layout("ministries_ticked_support", issuer=("THỦ TƯỚNG CHÍNH PHỦ",), number="Số: 512/QĐ-TTg",
                    place_date="Hà Nội, ngày 16 tháng 3 năm 2026",
                    heading=("QUYẾT ĐỊNH", "Ban hành Kế hoạch triển khai Chiến lược quốc gia về dữ liệu"),
                    parts=("Điều 1. Ban hành kèm theo Quyết định này Kế hoạch triển khai Chiến lược quốc gia về dữ liệu.",
                           "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.", PageBreak(landscape=True),
                           *annex_intro("", "PHÂN CÔNG NHIỆM VỤ CÁC BỘ, CƠ QUAN",
                                        "Quyết định số 512/QĐ-TTg ngày 16 tháng 3 năm 2026 của Thủ tướng Chính phủ"),
                           TaskTable((Column("TT", "number"), Column("Nhiệm vụ", "content"),
                                      Column("Cơ quan chủ trì", "lead"), *(Column(body, "mark", K) for body in ticked),
                                      Column("Thời hạn hoàn thành", "deadline")), rows, marks=("x", "x"))),
                    signature=("KT. THỦ TƯỚNG", "PHÓ THỦ TƯỚNG", "", "Trần Văn Hải"),
                    recipients=("Nơi nhận:", "- Các bộ, cơ quan ngang bộ;", "- Lưu: VT, KGVX."),
                    note="a ministry's annex: 'Cơ quan phối hợp' over a column per ministry, 'x' where it supports; "
                         "the lead in its own column",
                    skip=("txt",)))  # one cell a line: the ticks' columns cannot be told apart where cells are empty

    # 115. Deliverables: the task (its number inside) first, figures in the columns that map it to a programme.
    made = tasks(200, 6, numbers="1.", leads=CENTRAL, lead_counts=(1,), support_counts=(0,), deadlines=CENTRAL_DEADLINES,
                 contents=LAW_TASKS, outputs=False)
    goals = ("Hoàn thiện thể chế về dữ liệu", "Phát triển hạ tầng số", "Hoàn thiện thể chế về dữ liệu",
             "Nâng cao năng lực đổi mới sáng tạo", "Phát triển nguồn nhân lực số", "Phát triển hạ tầng số")
    programmes = ("1", "2", "1", "3", "4", "2")
    numbers = ("14, 26", "21", "-", "9, 8", "30", "12, 15, 17")
    rows = tuple(replace(t, number="", printed={"content": f"{t.number} {t.content}", "note": goal, "other": programme,
                                                "unit": number})
                 for t, goal, programme, number in zip(made, goals, programmes, numbers))
    L.append(_plan("deliverables_reference_columns", "Hà Nam", "Số: 52/KH-UBND", "ngày 2 tháng 3 năm 2026",
                   "triển khai Nghị quyết về phát triển khoa học, công nghệ và chuyển đổi số",
                   [TaskTable(columns("Kết quả đầu ra:content", "Mục tiêu:note", "Chương trình:other",
                                      "Nhiệm vụ của Chính phủ:unit", "Đơn vị chủ trì:lead", "Thời hạn hoàn thành:deadline"),
                              rows)],
                   "deliverables: no number column, the task's number inside its cell; figures ('1', '14, 26') in the "
                   "columns that map it to a programme and to the Government's tasks ('Nhiệm vụ của Chính phủ' is no "
                   "task column); bare '6/2026' and '2026' deadlines"))

    # 116. The body first: each row a body and its task, a "Ghi chú" naming where the result goes (not the support).
    made = tasks(210, 6, numbers="", lead_counts=(1,), support_counts=(0,), outputs=False)
    remarks = ("Báo cáo kết quả về Sở Nội vụ", "", "Gửi Sở Tài chính tổng hợp", "", "Báo cáo UBND tỉnh qua Văn phòng UBND tỉnh",
               "Phối hợp chặt chẽ với Công an tỉnh")
    rows = tuple(replace(t, printed={"note": remark}) for t, remark in zip(made, remarks))
    L.append(_plan("body_first_with_remarks", "Sơn La", "Số: 61/KH-UBND", "ngày 9 tháng 3 năm 2026",
                   "thực hiện các nhiệm vụ trọng tâm năm 2026",
                   [TaskTable(columns("Cơ quan, đơn vị:lead", "Nhiệm vụ được giao:content", "Thời hạn:deadline",
                                      "Ghi chú:note"), rows, separator=", ")],
                   "the body first ('Cơ quan, đơn vị | Nhiệm vụ được giao | Thời hạn | Ghi chú'), no number column; "
                   "'Ghi chú' names a body the result goes to, never the lead or a support"))
    return L


def _eleventh_bed() -> list[Layout]:
    """Layouts 117-119: forms of task tables the other beds lacked (FACTS.md, eleventh test bed): a province's plan for
    a central resolution over five years with one column per year ("Lộ trình thực hiện" over "2026 | … | 2030", "x"
    in each year a task runs in) and a lead cell of two bodies ("Sở Y tế; UBND các xã, phường"); a commune's list of
    works "TT | Nội dung công việc | Đơn vị thực hiện | Thời gian | Kinh phí" whose agencies cell says "Chủ trì: …;
    Phối hợp: …", whose first row is a group title across the table and whose tasks are "1.1", "1.2" under "1", "2"
    (times "Hằng năm", "2026-2030", "Thường xuyên"); the body first with a later body's column ("Cơ quan chủ trì |
    Nhiệm vụ | Đơn vị phối hợp thực hiện | Thời hạn | Sản phẩm") and products whose words end with a time ("Báo cáo
    tổng kết cuối năm")."""
    L: list[Layout] = []

    # 117. Five years, a column each, under "Lộ trình thực hiện"; two bodies in some lead cells.
    years = ("2026", "2027", "2028", "2029", "2030")
    runs = ((0,), (0, 1), (1, 2, 3), (0, 1, 2, 3, 4), (2,), (3, 4), (0, 1, 2))
    two_leads = PROVINCE[:10] + ("UBND các xã, phường",)
    rows = tuple(replace(t, deadline=Deadline(", ".join(years[y] for y in run), f"{years[run[-1]]}-12-31"))
                 for t, run in zip(tasks(220, 7, outputs=False, leads=two_leads, lead_counts=(1, 2, 1),
                                         support_counts=(1, 0, 2)), runs))
    L.append(_plan("year_roadmap_ticks", "Thanh Hóa", "Số: 88/KH-UBND", "ngày 12 tháng 3 năm 2026",
                   "thực hiện Nghị quyết về bảo vệ, chăm sóc và nâng cao sức khỏe Nhân dân giai đoạn 2026-2030",
                   [TaskTable((Column("TT", "number"), Column("Nhiệm vụ, giải pháp", "content"),
                               Column("Cơ quan chủ trì", "lead"), Column("Cơ quan phối hợp", "support"),
                               *(Column(y, "period", parent="Lộ trình thực hiện") for y in years)), rows)],
                   "a five-year plan: 'Lộ trình thực hiện' over '2026 | 2027 | … | 2030', 'x' in each year a task runs "
                   "in (the deadline the end of the last); some lead cells name two bodies ('Sở Y tế; UBND các xã, "
                   "phường')", skip=("txt",)))  # one cell a line: the empty years cannot be told from each other

    # 118. A commune's works: groups "1", "2" over tasks "1.1", the agencies in one cell, money in the last column.
    times = (Deadline("Hằng năm"), Deadline("2026-2030", "2030-12-31"), Deadline("Thường xuyên"),
             Deadline("Quý I/2026", "2026-03-31"), Deadline("Tháng 6/2026", "2026-06-30"), Deadline("Năm 2027", "2027-12-31"))
    commune = ("Văn phòng HĐND và UBND xã", "Phòng Kinh tế xã", "Phòng Văn hóa - Xã hội xã", "Công an xã",
               "Trung tâm Phục vụ hành chính công xã")
    helpers = commune + ("Ủy ban MTTQ Việt Nam xã", "Các thôn, bản", "Hội Nông dân xã")
    money = ("50", "120", "", "35", "200", "80")

    def labelled(t: Task, i: int) -> Task:
        text = f"Chủ trì: {', '.join(t.lead)}" + (f"; Phối hợp: {', '.join(t.support)}" if t.support else "")
        return replace(t, budget=money[i % len(money)], printed={"agencies": text})
    common = dict(leads=commune, supports=helpers, deadlines=times, lead_counts=(1,), support_counts=(1, 2, 0),
                  outputs=False)
    members = [[labelled(t, i) for i, t in enumerate(tasks(230, 3, numbers="p:1.", **common))],
               [labelled(t, i + 3) for i, t in enumerate(tasks(233, 3, numbers="p:2.", **common))]]
    rows = grouped([("1", "Phát triển kinh tế nông nghiệp"), ("2", "Văn hóa, xã hội")], members)
    L.append(Layout("commune_works_labelled_agencies", issuer=("ỦY BAN NHÂN DÂN", "XÃ TÂN LẬP"), number="Số: 15/KH-UBND",
                    place_date="Tân Lập, ngày 20 tháng 01 năm 2026",
                    heading=("KẾ HOẠCH", "Thực hiện Chương trình phát triển kinh tế - xã hội xã giai đoạn 2026-2030"),
                    parts=("I. MỤC ĐÍCH, YÊU CẦU", "Cụ thể hóa các chỉ tiêu của Nghị quyết Đại hội Đảng bộ xã.",
                           "II. NỘI DUNG CÔNG VIỆC", "(Có phụ lục kèm theo)", PageBreak(landscape=True),
                           *annex_intro("", "CÔNG VIỆC THỰC HIỆN CHƯƠNG TRÌNH",
                                        "Kế hoạch số 15/KH-UBND ngày 20/01/2026 của UBND xã Tân Lập"),
                           TaskTable(columns("TT:number", "Nội dung công việc:content", "Đơn vị thực hiện:agencies",
                                             "Thời gian:deadline", "Kinh phí (triệu đồng):budget"), tuple(rows),
                                     caption="DANH MỤC CÔNG VIỆC THỰC HIỆN NĂM 2026 - 2030", bold_groups=True)),
                    signature=("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", "Lò Văn Thắng"), recipients=RECIPIENTS,
                    note="a commune's works: a title across the table first, groups '1' over tasks '1.1', 'Chủ trì: …; "
                         "Phối hợp: …' in 'Đơn vị thực hiện', money last ('Kinh phí (triệu đồng)'), times 'Hằng năm', "
                         "'2026-2030', 'Thường xuyên'"))

    # 119. The body first, a later column of bodies' words, products that end with a time after the time column.
    products = ("Báo cáo tổng kết cuối năm", "Kế hoạch kiểm tra cuối quý", "Quyết định phê duyệt, chậm nhất cuối tháng",
                "Văn bản hướng dẫn cuối năm", "Cơ sở dữ liệu", "Báo cáo sơ kết cuối quý")
    made = tasks(240, 6, numbers="", lead_counts=(1,), support_counts=(1, 2, 1), outputs=False)
    rows = tuple(replace(t, outputs=(p,)) for t, p in zip(made, products))
    L.append(_plan("body_first_products_after_time", "Quảng Trị", "Số: 73/KH-UBND", "ngày 16 tháng 3 năm 2026",
                   "kiểm soát thủ tục hành chính năm 2026",
                   [TaskTable(columns("Cơ quan chủ trì:lead", "Nhiệm vụ:content", "Đơn vị phối hợp thực hiện:support",
                                      "Thời hạn:deadline", "Sản phẩm:output"), rows)],
                   "the body first, a later 'Đơn vị phối hợp thực hiện', no number column; products whose words end "
                   "with a time ('Báo cáo tổng kết cuối năm') after the time column"))
    return L


def _twelfth_bed() -> list[Layout]:
    """Layouts 120-122: forms of task tables the other beds lacked (FACTS.md, twelfth test bed): a province's plan for
    national target programmes whose table names each task's standing body ("Cơ quan thường trực", the body that
    keeps the programme's office, neither the lead nor a support) before the lead; the same column as a child of
    "Cơ quan thực hiện" beside "Chủ trì | Phối hợp"; a commune's plan after July 2025 whose leads are its civil servants
    ("Công chức Văn phòng - Thống kê") and village heads, each printed once and merged down over its tasks, with
    "Kết quả/Sản phẩm" before the agencies and times "30/6/2026", "Trước ngày 15/12"."""
    L: list[Layout] = []
    standing = ("Sở Nông nghiệp và Môi trường", "Sở Dân tộc và Tôn giáo", "Sở Tài chính")

    # 120. "Cơ quan thường trực" before the lead: a remark on the programme, no body that does the task.
    made = tasks(250, 6, lead_counts=(1,), support_counts=(1, 2, 0), outputs=False)
    rows = tuple(replace(t, note=standing[i % 3]) for i, t in enumerate(made))
    L.append(_plan("standing_body_before_lead", "Lạng Sơn", "Số: 61/KH-UBND", "ngày 9 tháng 3 năm 2026",
                   "thực hiện các Chương trình mục tiêu quốc gia năm 2026",
                   [TaskTable(columns("TT:number", "Nhiệm vụ:content", "Cơ quan thường trực:note",
                                      "Cơ quan chủ trì:lead", "Cơ quan phối hợp:support",
                                      "Thời gian hoàn thành:deadline"), rows)],
                   "national programmes: 'Cơ quan thường trực' (the programme's standing body) before 'Cơ quan chủ "
                   "trì': neither the lead nor a support"))

    # 121. The standing body as a child of "Cơ quan thực hiện", after the lead and the support.
    made = tasks(260, 6, lead_counts=(1,), support_counts=(2, 1, 0), outputs=False)
    rows = tuple(replace(t, note=standing[(i + 1) % 3]) for i, t in enumerate(made))
    K = "Cơ quan thực hiện"
    L.append(_plan("standing_body_under_agencies", "Cao Bằng", "Số: 47/KH-UBND", "ngày 25 tháng 2 năm 2026",
                   "giám sát, đánh giá các Chương trình mục tiêu quốc gia năm 2026",
                   [TaskTable((Column("STT", "number"), Column("Nội dung", "content"),
                               Column("Chủ trì", "lead", parent=K), Column("Phối hợp", "support", parent=K),
                               Column("Thường trực", "note", parent=K), Column("Thời hạn", "deadline")), rows)],
                   "'Cơ quan thực hiện' over 'Chủ trì | Phối hợp | Thường trực': the standing body is no support"))

    # 122. A commune after July 2025: its civil servants lead, each printed once and merged down over its tasks.
    officers = ("Công chức Văn phòng - Thống kê", "Công chức Tư pháp - Hộ tịch", "Công chức Văn hóa - Xã hội",
                "Các Trưởng thôn")
    helpers = ("Công an xã", "Ủy ban MTTQ Việt Nam xã", "Đoàn Thanh niên xã", "Các thôn")
    times = (Deadline("30/6/2026", "2026-06-30"), Deadline("Trước ngày 15/12", "2026-12-15"),
             Deadline("15/10/2026", "2026-10-15"), Deadline("Tháng 9/2026", "2026-09-30"), Deadline("Thường xuyên"))
    products = ("Báo cáo kết quả", "Danh sách hộ được rà soát", "Kế hoạch tuyên truyền", "Biên bản kiểm tra",
                "Quyết định công nhận", "Sổ theo dõi")
    runs = ((0, 0, 1), (1, 2, 2), (3, 3, 0))  # each group: whose tasks, equal leads next to each other
    members, k = [], 0
    for g, run in enumerate(runs):
        group: list[Task] = []
        for i, who in enumerate(run):
            t = tasks(270 + k, 1, numbers=f"p:{['I', 'II', 'III'][g]}.", first=i + 1, leads=officers, outputs=False,
                      supports=helpers, support_counts=((1, 0, 2)[k % 3],), lead_counts=(1,))[0]
            group.append(replace(t, lead=(officers[who],), support=tuple(h for h in t.support),
                                 deadline=times[k % len(times)], outputs=(products[k % len(products)],)))
            k += 1
        members.append(group)
    rows = grouped([("I", "CÔNG TÁC TUYÊN TRUYỀN"), ("II", "RÀ SOÁT, CẬP NHẬT DỮ LIỆU"), ("III", "KIỂM TRA, ĐÔN ĐỐC")],
                   members)
    L.append(Layout("commune_officers_merged_leads", issuer=("ỦY BAN NHÂN DÂN", "XÃ HƯNG PHÚC"), number="Số: 22/KH-UBND",
                    place_date="Hưng Phúc, ngày 10 tháng 02 năm 2026",
                    heading=("KẾ HOẠCH", "Thực hiện công tác chuyển đổi số trên địa bàn xã năm 2026"),
                    parts=("I. MỤC ĐÍCH, YÊU CẦU", "Phân công cụ thể cho từng công chức, từng thôn.",
                           "II. NHIỆM VỤ CỤ THỂ", "(Chi tiết tại phụ lục kèm theo)", PageBreak(landscape=True),
                           *annex_intro("", "PHÂN CÔNG NHIỆM VỤ NĂM 2026",
                                        "Kế hoạch số 22/KH-UBND ngày 10/02/2026 của UBND xã Hưng Phúc"),
                           TaskTable(columns("TT:number", "Nội dung công việc:content", "Kết quả/Sản phẩm:output",
                                             "Chủ trì:lead", "Phối hợp:support", "Thời gian hoàn thành:deadline"),
                                     tuple(rows), merge=("lead",), bold_groups=True, separator=", ")),
                    signature=("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", "Hà Văn Phúc"), recipients=RECIPIENTS,
                    note="a commune after July 2025: its civil servants and village heads lead, each lead printed once "
                         "and merged down over its tasks; 'Kết quả/Sản phẩm' before the agencies; times '30/6/2026', "
                         "'Trước ngày 15/12' (the plan's year)"))
    return L


def _thirteenth_bed() -> list[Layout]:
    """Layouts 123-126: the forms a task table takes on its way to us (FACTS.md, thirteenth test bed) rather than new
    columns: an annex table Word split into two tables at a page break, the second without its header (first row a
    task) or with it printed again, no "(tiếp theo)" heading between; a copy of the PDF's pages with the page's number
    and running header between the rows; rules only around the header; <div> tables; a landscape annex stored as a
    portrait PDF page turned by /Rotate 90; a <th> opening every row and agencies one per line split by <br>."""
    L: list[Layout] = []

    def split(name: str, province: str, number: str, day: str, topic: str, seed: int, header_again: bool, note: str,
              **options) -> Layout:
        first = grouped([("I", "HOÀN THIỆN THỂ CHẾ"), ("II", "NÂNG CAO CHẤT LƯỢNG DỊCH VỤ CÔNG")],
                        [tasks(seed, 4), tasks(seed + 4, 3)])
        second = [*tasks(seed + 7, 3, first=4), *grouped([("III", "KIỂM TRA, GIÁM SÁT")], [tasks(seed + 10, 3)])]
        table = {k: v for k, v in options.items() if k in ("rules", "separator")}
        layout = {k: v for k, v in options.items() if k not in table}
        ref = f"Kế hoạch số {number.split(': ')[1]} ngày {day.split('ngày ')[1]} của UBND tỉnh {province}"
        parts = (*_body(topic), PageBreak(landscape=True), *annex_intro("I", "DANH MỤC NHIỆM VỤ NĂM 2026", ref),
                 TaskTable(STD, tuple(first), **table), PageBreak(landscape=True),
                 TaskTable(STD, tuple(second), continued=True, header=header_again, **table))
        return Layout(name, **province_header(province, number, day), heading=("KẾ HOẠCH", topic[0].upper() + topic[1:]),
                      parts=parts, signature=SIGN_PROVINCE, recipients=RECIPIENTS, note=note, **layout)

    # 123. Split at a page break with no header on the second part; a PDF copy's page furniture between the parts.
    L.append(split("split_headless_part", "Bắc Ninh", "Số: 71/KH-UBND", "ngày 16 tháng 3 năm 2026",
                   "cải thiện chỉ số hài lòng của người dân năm 2026", 300, False,
                   "an annex table Word split into two tables at a page break, the second without its header (its "
                   "first row a task, group II going on), no '(tiếp theo)' heading; copied as text, the page's number "
                   "and running header between the parts",
                   running_header=("5", "Phụ lục I - Kế hoạch số 71/KH-UBND")))

    # 124. Split with the header printed again; only the header ruled; <div> tables.
    L.append(split("split_header_again_header_ruled", "Hà Tĩnh", "Số: 88/KH-UBND", "ngày 20 tháng 3 năm 2026",
                   "nâng cao chỉ số năng lực cạnh tranh cấp tỉnh năm 2026", 320, True,
                   "the same split with the header printed again on the second part and no heading between; rules "
                   "only above and below the header and under the table (no verticals, none between rows); in HTML "
                   "the tables built of <div>s", rules="header", separator=", ", html="divs"))

    # 125. A landscape annex stored portrait with /Rotate 90; a <th> opening every row; agencies one per line.
    made = tasks(340, 7, lead_counts=(1, 2, 1), support_counts=(2, 1, 3, 0))
    L.append(_plan("rotated_annex_row_headers", "Quảng Trị", "Số: 104/KH-UBND", "ngày 27 tháng 3 năm 2026",
                   "phát triển kinh tế tư nhân năm 2026",
                   [TaskTable(STD, tuple(made), separator="\n", th=False, row_headers=True)],
                   "a landscape annex written as a portrait PDF page turned by /Rotate 90; in HTML each row's number "
                   "cell a <th> and a cell's lines split by <br> (agencies one per line)", rotated_pdf=True,
                   skip=("txt",)))  # lead and support one per line: copied one paragraph a line, no cell's end shows

    # 126. Horizontal rules only, header printed again at the split, agencies one per line, a copy's page furniture.
    L.append(split("split_rows_ruled_lines", "Thanh Hóa", "Số: 95/KH-UBND", "ngày 24 tháng 3 năm 2026",
                   "chuyển đổi số trong cơ quan nhà nước năm 2026", 360, False,
                   "rules between rows only (no verticals) in a table split at a page break without its header, "
                   "agencies one per line; a landscape annex stored turned by /Rotate 90; copied as text, the page's "
                   "running header between the parts", rules="horizontal", separator="\n", rotated_pdf=True,
                   running_header=("Kế hoạch số 95/KH-UBND", "Trang 6"), skip=("txt",)))  # as 125: agencies one per line
    return L


def _fourteenth_bed() -> list[Layout]:
    """Layouts 127-130: tables as other hands print and copy them (FACTS.md, fourteenth test bed): a portrait annex
    whose time column is too narrow for a whole date, so the PDF wraps it inside the cell ("31/10/202" over "6",
    "Quý IV/" over "2026"); a text copy with one cell a line and no blank line between, its empty cells blank lines
    (or lines of one space), rows with a lead and no support after rows with one; a table split at a page break whose
    second part prints only the column numbers "(1) (2) …", a running header with no page number between the parts; a
    task table with no header row at all."""
    L: list[Layout] = []
    dates = (Deadline("31/10/2026", "2026-10-31"), Deadline("Quý IV/2026", "2026-12-31"),
             Deadline("Trước ngày 30/6/2026", "2026-06-30"), Deadline("15/12/2026", "2026-12-15"),
             Deadline("Tháng 11/2026", "2026-11-30"), Deadline("30/9/2026", "2026-09-30"))

    # 127. A portrait annex, the time column narrow: each date wraps inside its cell in the PDF.
    made = tasks(380, 7, deadlines=dates, support_counts=(1, 0, 2))
    L.append(_plan("narrow_time_column", "Phú Thọ", "Số: 112/KH-UBND", "ngày 2 tháng 4 năm 2026",
                   "thực hiện chương trình phát triển đô thị năm 2026", [TaskTable(STD, tuple(made), narrow=("deadline",))],
                   "a portrait annex whose time column is too narrow for a date: the PDF wraps it inside the cell "
                   "('31/10/202' over '6', 'Quý IV/' over '2026', 'Trước ngày' over '30/6/2026')", landscape=False))

    # 128-129. One cell a line with no blank line between; an empty cell a blank line, or a line of one space.
    for name, province, number, line, seed in (("lines_blank_empty_cells", "Nghệ An", "Số: 118/KH-UBND", "", 390),
                                               ("lines_space_empty_cells", "Gia Lai", "Số: 121/KH-UBND", " ", 400)):
        made = tasks(seed, 8, support_counts=(2, 0, 1, 0), outputs=False)
        L.append(_plan(name, province, number, "ngày 6 tháng 4 năm 2026", "cải cách thủ tục hành chính năm 2026",
                       [TaskTable(columns("STT:number", "Nội dung:content", "Cơ quan chủ trì:lead",
                                          "Cơ quan phối hợp:support", "Thời gian hoàn thành:deadline"), tuple(made))],
                       f"a text copy with one cell a line and no blank line between cells, an empty cell printed as "
                       f"{'a blank line' if not line else 'a line of one space'} (dropped by the reader): rows with a "
                       "lead and no support after rows with one", text_lines=line))

    # 130. Split at a page break: the second part under the column numbers only; a running header without a number.
    first = grouped([("I", "CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH"), ("II", "HẠ TẦNG SỐ")], [tasks(410, 3), tasks(413, 3)])
    second = [*tasks(416, 2, first=4), *grouped([("III", "DỮ LIỆU SỐ")], [tasks(418, 3)])]
    ref = "Kế hoạch số 126/KH-UBND ngày 8/4/2026 của UBND tỉnh Quảng Ngãi"
    L.append(Layout("split_column_numbers_only", **province_header("Quảng Ngãi", "Số: 126/KH-UBND", "ngày 8 tháng 4 năm 2026"),
                    heading=("KẾ HOẠCH", "Phát triển chính quyền số năm 2026"),
                    parts=(*_body("phát triển chính quyền số năm 2026"), PageBreak(landscape=True),
                           *annex_intro("", "DANH MỤC NHIỆM VỤ NĂM 2026", ref),
                           TaskTable(STD, tuple(first), column_numbers=True), PageBreak(landscape=True),
                           TaskTable(STD, tuple(second), continued=True, header=False, column_numbers=True)),
                    signature=SIGN_PROVINCE, recipients=RECIPIENTS,
                    running_header=("Phụ lục - Kế hoạch phát triển chính quyền số",),
                    note="a table split at a page break whose second part prints only the column numbers '(1) (2) …' "
                         "under no header; copied as text, a running header with no page number between the parts"))

    # 131. No header at all: the rows alone. The cells tell the number, the task and the time, not which body leads:
    # the truth has no lead and no support (a reader of the page cannot tell them either).
    made = tasks(430, 6, support_counts=(1, 0, 2), outputs=False)
    rows = unheaded(made)
    L.append(_plan("headerless_table", "Hà Tĩnh", "Số: 133/KH-UBND", "ngày 10 tháng 4 năm 2026",
                   "thực hiện công tác dân vận chính quyền năm 2026",
                   [TaskTable(columns("STT:number", "Nội dung:content", "Chủ trì:lead", "Phối hợp:support",
                                      "Thời hạn:deadline"), rows, header=False)],
                   "a task table copied without its header row: rows '1 | task | body | body | time'; which body "
                   "leads cannot be told (lead and support empty, warning table_header_missing)"))
    return L


def _fifteenth_bed() -> list[Layout]:
    """Layouts 132-138: what the fourteenth bed left and forms of other hands (FACTS.md, fifteenth test bed): a split
    table's second part under bare column numbers "1 2 3 …" after a running header; spaced numbers "( 1 )" in '|'
    text; a headerless table copied one cell a line; two-row headers copied flat with new wordings and a start and an
    end date; one agencies column with the lead marked inside the cell in three ways; deadlines as periods and words
    that name no single end."""
    L: list[Layout] = []

    def split(name: str, province: str, number: str, seed: int, running: tuple[str, ...], numbers: str, note: str) -> Layout:
        first = grouped([("I", "CÔNG TÁC TUYÊN TRUYỀN"), ("II", "HOÀN THIỆN THỂ CHẾ")], [tasks(seed, 3), tasks(seed + 3, 3)])
        second = [*tasks(seed + 6, 2, first=4), *grouped([("III", "KIỂM TRA, ĐÁNH GIÁ")], [tasks(seed + 8, 3)])]
        day = "ngày 14 tháng 4 năm 2026"
        ref = f"Kế hoạch số {number.split(': ')[1]} ngày 14/4/2026 của UBND tỉnh {province}"
        topic = "phát triển kinh tế số năm 2026"
        return Layout(name, **province_header(province, number, day), heading=("KẾ HOẠCH", topic[0].upper() + topic[1:]),
                      parts=(*_body(topic), PageBreak(landscape=True), *annex_intro("", "DANH MỤC NHIỆM VỤ NĂM 2026", ref),
                             TaskTable(STD, tuple(first), column_numbers=True, column_number_format=numbers),
                             PageBreak(landscape=True),
                             TaskTable(STD, tuple(second), continued=True, header=False, column_numbers=True,
                                       column_number_format=numbers)),
                      signature=SIGN_PROVINCE, recipients=RECIPIENTS, running_header=running, note=note)

    # 132. Bare column numbers "1 2 3 …" after a running header between a split table's parts.
    L.append(split("split_bare_column_numbers", "Thái Nguyên", "Số: 141/KH-UBND", 440,
                   ("Phụ lục - Kế hoạch phát triển kinh tế số", "2"), "{}",
                   "a split table's second part under bare column numbers '1 2 3 …' (no brackets) after a running "
                   "header and its page number: copied one cell a line, the '2' is no part of a deadline"))

    # 133. Spaced column numbers "( 1 )" under both parts.
    L.append(split("split_spaced_column_numbers", "Bắc Giang", "Số: 146/KH-UBND", 460,
                   ("Kế hoạch số 146/KH-UBND (tiếp theo)",), "( {} )",
                   "column numbers printed with spaces inside their brackets '( 1 ) ( 2 ) …' under the header and under "
                   "a split table's second part"))

    # 134. No header at all, copied one cell a line.
    made = tasks(480, 6, support_counts=(1, 0, 2), outputs=False)
    rows = unheaded(made)
    L.append(_plan("headerless_table_lines", "Quảng Bình", "Số: 150/KH-UBND", "ngày 16 tháng 4 năm 2026",
                   "nâng cao hiệu quả công tác dân vận năm 2026",
                   [TaskTable(columns("STT:number", "Nội dung:content", "Chủ trì:lead", "Phối hợp:support",
                                      "Thời hạn:deadline"), rows, header=False)],
                   "a task table copied without its header row, one cell a line: the numbers 1, 2, 3 … and the "
                   "dates mark the rows; which body leads cannot be told (lead and support empty, table_header_missing)"))

    # 135-136. Two-row headers with merged parents, other words; a start and an end date (the end is the deadline).
    ends = (Deadline("Tháng 6/2026", "2026-06-30"), Deadline("Quý III/2026", "2026-09-30"), Deadline("30/11/2026", "2026-11-30"),
            Deadline("Tháng 12/2026", "2026-12-31"), Deadline("Quý II/2026", "2026-06-30"))
    starts = ("Tháng 3/2026", "Quý II/2026", "01/6/2026", "Tháng 7/2026", "Tháng 4/2026")
    for name, province, number, heads, seed, note in (
            ("two_row_header_units", "Vĩnh Long", "Số: 155/KH-UBND",
             ("Đơn vị thực hiện", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian thực hiện", "Bắt đầu", "Hoàn thành"), 500,
             "'Đơn vị thực hiện' over 'Đơn vị chủ trì | Đơn vị phối hợp', 'Thời gian thực hiện' over 'Bắt đầu | "
             "Hoàn thành': copied flat, the deadline is the end"),
            ("two_row_header_from_to", "Cà Mau", "Số: 158/KH-UBND",
             ("Phân công", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian", "Từ", "Đến"), 520,
             "'Phân công' over 'Cơ quan chủ trì | Cơ quan phối hợp', 'Thời gian' over 'Từ | Đến', the product "
             "last: the deadline is the 'Đến' date")):
        made = tasks(seed, 7, deadlines=ends, support_counts=(2, 1, 0))
        rows = tuple(replace(t, start=starts[i % len(starts)]) for i, t in enumerate(made))
        agencies, time = heads[0], heads[3]
        cols = (Column("STT", "number"), Column("Nội dung công việc", "content"),
                Column(heads[1], "lead", parent=agencies), Column(heads[2], "support", parent=agencies),
                Column(heads[4], "start", parent=time), Column(heads[5], "deadline", parent=time), Column("Sản phẩm", "output"))
        L.append(_plan(name, province, number, "ngày 20 tháng 4 năm 2026", "thực hiện chuyển đổi số năm 2026",
                       [TaskTable(cols, rows)], note))

    # 137. One agencies column, the lead marked inside the cell: "A (chủ trì); B, C", "Chủ trì: A, phối hợp: B",
    # "A và các đơn vị liên quan" (the first body leads; the collective supports).
    def marked(t: Task, i: int) -> Task:
        support = ", ".join(t.support)
        forms = (f"{t.lead[0]} (chủ trì); {support}" if support else f"{t.lead[0]} (chủ trì)",
                 f"Chủ trì: {t.lead[0]}, phối hợp: {support}" if support else f"Chủ trì: {t.lead[0]}",
                 f"{t.lead[0]} và các đơn vị liên quan")
        form = forms[i % 3]
        return replace(t, support=("các đơn vị liên quan",) if i % 3 == 2 else t.support, printed={"agencies": form})

    made = tasks(540, 9, lead_counts=(1,), support_counts=(2, 1, 0), supports=PROVINCE, outputs=False)
    rows = tuple(marked(t, i) for i, t in enumerate(made))
    L.append(_plan("lead_marked_in_cell", "Sóc Trăng", "Số: 163/KH-UBND", "ngày 22 tháng 4 năm 2026",
                   "cải thiện môi trường đầu tư kinh doanh năm 2026",
                   [TaskTable(columns("STT:number", "Nhiệm vụ:content", "Cơ quan, đơn vị thực hiện:agencies",
                                      "Thời gian hoàn thành:deadline"), rows)],
                   "one 'Cơ quan, đơn vị thực hiện' column: 'Sở X (chủ trì); Sở Y, Sở Z', 'Chủ trì: Sở X, phối hợp: Sở Y', "
                   "'Sở X và các đơn vị liên quan' (the first body leads)"))

    # 138. Deadlines as periods and as words that name no single end.
    periods = (Deadline("2026-2030", "2030-12-31"), Deadline("Giai đoạn 2026 - 2030", "2030-12-31"), Deadline("Hằng năm"),
               Deadline("Thường xuyên"), Deadline("Tháng 6 và tháng 12 hằng năm"),
               Deadline("Trước ngày 15 của tháng cuối quý"), Deadline("Năm 2026 và các năm tiếp theo"),
               Deadline("Giai đoạn 2026-2028", "2028-12-31"), Deadline("Định kỳ 6 tháng, hằng năm"))
    made = tasks(560, 9, deadlines=periods, support_counts=(1, 2, 0))
    L.append(_plan("period_and_word_deadlines", "Bến Tre", "Số: 170/KH-UBND", "ngày 24 tháng 4 năm 2026",
                   "thực hiện Chiến lược phát triển nông nghiệp giai đoạn 2026 - 2030",
                   [TaskTable(STD, tuple(made))],
                   "deadlines as periods of years ('2026-2030', 'Giai đoạn 2026 - 2030': the period's last day) and as "
                   "words naming no single end ('Hằng năm', 'Tháng 6 và tháng 12 hằng năm', 'Trước ngày 15 của tháng "
                   "cuối quý', 'Năm 2026 và các năm tiếp theo'): stored as printed, no date invented"))
    return L


def _sixteenth_bed() -> list[Layout]:
    """Layouts 139-142: what the fifteenth bed left and tables over pages (FACTS.md, sixteenth test bed): a headerless
    table with group rows spanning it; tasks whose second product is a row of its own in a table whose product column
    is the last; a table split at a page break whose header is printed again, the page's number and running header
    between the parts; a long table that runs over pages by itself (rows broken over the page in the PDF)."""
    L: list[Layout] = []

    # 139. No header, group rows "I." | title across the table: the rows tell the number, the task, the time.
    per_group = [tasks(600, 3, support_counts=(1, 0, 2), outputs=False), tasks(603, 2, support_counts=(2, 1), outputs=False,
                                                                               first=4)]
    rows = unheaded(grouped([("I.", "CÔNG TÁC TUYÊN TRUYỀN, PHỔ BIẾN"), ("II.", "CÔNG TÁC KIỂM TRA, GIÁM SÁT")], per_group))
    L.append(_plan("headerless_grouped_table", "Lâm Đồng", "Số: 182/KH-UBND", "ngày 4 tháng 5 năm 2026",
                   "thực hiện công tác phổ biến, giáo dục pháp luật năm 2026",
                   [TaskTable(columns("STT:number", "Nội dung:content", "Chủ trì:lead", "Phối hợp:support",
                                      "Thời hạn:deadline"), rows, header=False)],
                   "a task table copied without its header row, group rows 'I.' | title across it: every task read "
                   "under its group, lead and support empty (table_header_missing)"))

    # 140. The product column last; some tasks print a second product as a row of its own, every other cell merged.
    made = tasks(620, 7, support_counts=(1, 2, 0))
    second = ("Báo cáo kết quả thực hiện", "Kế hoạch chi tiết được phê duyệt", "Cơ sở dữ liệu được cập nhật")
    rows = tuple(replace(t, outputs=(*t.outputs, second[i % 3])) if i % 2 == 0 else t for i, t in enumerate(made))
    L.append(_plan("second_product_row_last", "Đắk Lắk", "Số: 187/KH-UBND", "ngày 6 tháng 5 năm 2026",
                   "thực hiện Đề án phát triển dữ liệu số năm 2026", [TaskTable(STD, rows)],
                   "the product column last: a task's second product printed as a row of its own under merged number, "
                   "task, body and time cells (copied as text, a lone product line before the next row's number)"))

    # 141. Split at a page break, the header printed again; the page's number "3" and running header between.
    first = grouped([("I", "HOÀN THIỆN THỂ CHẾ"), ("II", "PHÁT TRIỂN HẠ TẦNG")], [tasks(640, 3), tasks(643, 3)])
    rest = [*tasks(646, 2, first=4), *grouped([("III", "NGUỒN NHÂN LỰC")], [tasks(648, 3)])]
    ref = "Kế hoạch số 191/KH-UBND ngày 8/5/2026 của UBND tỉnh Khánh Hòa"
    L.append(Layout("split_header_again_page_number", **province_header("Khánh Hòa", "Số: 191/KH-UBND", "ngày 8 tháng 5 năm 2026"),
                    heading=("KẾ HOẠCH", "Phát triển kinh tế biển năm 2026"),
                    parts=(*_body("phát triển kinh tế biển năm 2026"), PageBreak(landscape=True),
                           *annex_intro("", "DANH MỤC NHIỆM VỤ NĂM 2026", ref), TaskTable(STD, tuple(first)),
                           PageBreak(landscape=True), TaskTable(STD, tuple(rest), continued=True)),
                    signature=SIGN_PROVINCE, recipients=RECIPIENTS, running_header=("3", "Kế hoạch phát triển kinh tế biển"),
                    note="a table split at a page break whose header is printed again over its second part; copied as "
                         "text, the page's number '3' and running header between the parts: one table, no row doubled"))

    # 142. A long table that runs over pages by itself: Word repeats the header, rows break over the page in the PDF.
    long_contents = tuple(f"{c}; tổng hợp kết quả, đánh giá hiệu quả và đề xuất giải pháp tháo gỡ khó khăn, vướng mắc "
                          "trong quá trình tổ chức thực hiện tại các cơ quan, đơn vị và địa phương" for c in CONTENTS)
    made = tasks(660, 16, contents=long_contents, support_counts=(2, 3, 1))
    L.append(_plan("long_table_over_pages", "Hưng Yên", "Số: 196/KH-UBND", "ngày 11 tháng 5 năm 2026",
                   "triển khai nhiệm vụ cải cách hành chính năm 2026", [TaskTable(STD, tuple(made))],
                   "sixteen tasks of long text in one table: the DOCX and PDF run it over pages (the header repeated by "
                   "Word, rows broken over the page): one table, no row lost or doubled", landscape=False))
    return L


def _seventeenth_bed() -> list[Layout]:
    """Layouts 143-146: merged cells and one performer column (FACTS.md, seventeenth test bed): a lead and a time
    merged down over tasks and over the group rows between them; a support and a time merged down under spanning
    group rows; one "Đơn vị thực hiện" column naming both roles inline in five ways; deadline cells that name a date
    only where one is printed."""
    L: list[Layout] = []

    def with_runs(made: list[Task], role: str, values: tuple, lengths: tuple[int, ...]) -> list[Task]:
        """Consecutive tasks given one value of ``role`` (a lead, a support, a deadline), run after run."""
        out, k = [], 0
        for value, length in zip(values, lengths):
            out += [replace(t, **{role: value}, support=tuple(s for s in t.support if s not in value)) if role == "lead"
                    else replace(t, **{role: value}) for t in made[k:k + length]]
            k += length
        return out + made[k:]

    # 143. The lead and the time merged down over tasks and over the group rows between them.
    made = tasks(700, 8, support_counts=(1, 2, 1), lead_counts=(1,))
    made = with_runs(made, "lead", (("Sở Nội vụ",), ("Sở Tư pháp",), ("Sở Tài chính",), ("Sở Y tế",)), (2, 2, 3, 1))
    made = with_runs(made, "deadline", (Deadline("Quý II/2026", "2026-06-30"), Deadline("Tháng 9/2026", "2026-09-30"),
                                        Deadline("Quý IV/2026", "2026-12-31")), (1, 4, 3))
    titles = ("CÔNG TÁC TUYÊN TRUYỀN", "HOÀN THIỆN THỂ CHẾ", "KIỂM TRA, GIÁM SÁT")
    rows = [Group("I", titles[0], spanning=False), *made[:3], Group("II", titles[1], spanning=False), *made[3:6],
            Group("III", titles[2], spanning=False), *made[6:]]
    L.append(_plan("merged_lead_through_groups", "Hà Tĩnh", "Số: 201/KH-UBND", "ngày 13 tháng 5 năm 2026",
                   "thực hiện công tác cải cách hành chính năm 2026",
                   [TaskTable(STD, tuple(rows), merge=("lead",), merge_through_groups=True)],
                   "a lead and a time printed once and merged down over several tasks and over the group row between "
                   "them (the group row's own cells: its label and title): every task the merge spans has them"))

    # 144. The support and the time merged down, group rows across the table.
    made = tasks(720, 7, support_counts=(1, 2), lead_counts=(1,))
    made = with_runs(made, "support", (("Sở Tài chính",), ("Các sở, ban, ngành",), ("Sở Nội vụ", "Công an tỉnh")), (3, 2, 2))
    made = with_runs(made, "deadline", (Deadline("Tháng 6/2026", "2026-06-30"), Deadline("Năm 2026", "2026-12-31")), (2, 5))
    rows = grouped([("I", "PHÁT TRIỂN HẠ TẦNG SỐ"), ("II", "PHÁT TRIỂN DỮ LIỆU SỐ")], [made[:4], made[4:]])
    L.append(_plan("merged_support_and_time", "Quảng Ngãi", "Số: 204/KH-UBND", "ngày 15 tháng 5 năm 2026",
                   "phát triển hạ tầng số và dữ liệu số năm 2026",
                   [TaskTable(STD, tuple(rows), merge=("deadline",))],
                   "a support and a time printed once and merged down over consecutive tasks under group rows across "
                   "the table: every task the merge spans has them, none after it"))

    # 145. One "Đơn vị thực hiện" column naming both roles inline; a body alone leads.
    def inline(t: Task, i: int) -> Task:
        lead, support = t.lead[0], ", ".join(t.support)
        forms = (f"{lead} (chủ trì); {support} (phối hợp)", f"Chủ trì: {lead}; Phối hợp: {support}",
                 f"{lead} chủ trì, phối hợp với {support}", f"{lead} và các đơn vị liên quan", lead,
                 f"{lead} chủ trì; {support} phối hợp")
        form = i % len(forms)
        support_of = {3: ("các đơn vị liên quan",), 4: ()}.get(form, t.support)
        return replace(t, support=support_of, printed={"agencies": forms[form]})

    made = tasks(740, 12, lead_counts=(1,), support_counts=(1, 2), supports=PROVINCE + COLLECTIVE, outputs=False)
    rows = tuple(inline(t, i) for i, t in enumerate(made))
    L.append(_plan("performer_roles_inline", "Phú Thọ", "Số: 208/KH-UBND", "ngày 18 tháng 5 năm 2026",
                   "nâng cao chỉ số cải cách hành chính năm 2026",
                   [TaskTable(columns("TT:number", "Nội dung công việc:content", "Đơn vị thực hiện:agencies",
                                      "Thời gian thực hiện:deadline"), rows)],
                   "one 'Đơn vị thực hiện' column naming both roles inline: 'A (chủ trì); B (phối hợp)', 'Chủ trì: A; "
                   "Phối hợp: B', 'A chủ trì, phối hợp với B', 'A và các đơn vị liên quan', 'A' alone (the lead, no "
                   "support), 'A chủ trì; B phối hợp'"))

    # 146. Deadline cells as plans write them: a date only where one is printed.
    words = (Deadline("Năm 2026 và các năm tiếp theo"), Deadline("Từ tháng 3 đến tháng 6/2026", "2026-06-30"),
             Deadline("Trước 30/6 hằng năm"), Deadline("Theo tiến độ của Bộ Nội vụ"),
             Deadline("Sau khi có hướng dẫn của Bộ Tài chính"), Deadline("Từ tháng 3/2026 đến tháng 9/2026", "2026-09-30"),
             Deadline("Trước ngày 31/12 hằng năm"), Deadline("Theo tiến độ của dự án"), Deadline("Sau khi có hướng dẫn"))
    made = tasks(760, 9, deadlines=words, support_counts=(1, 0, 2))
    L.append(_plan("deadline_words_as_printed", "Tuyên Quang", "Số: 211/KH-UBND", "ngày 20 tháng 5 năm 2026",
                   "thực hiện Chương trình chuyển đổi số giai đoạn 2026 - 2030", [TaskTable(STD, tuple(made))],
                   "deadline cells as plans write them: 'Năm 2026 và các năm tiếp theo' (no end), 'Từ tháng 3 đến tháng "
                   "6/2026', 'Trước 30/6 hằng năm' (every year), 'Theo tiến độ của Bộ …', 'Sau khi có hướng dẫn': a date "
                   "only where one is printed"))
    return L


def _eighteenth_bed() -> list[Layout]:
    """Layouts 147-152: columns other hands add to a task annex (FACTS.md, eighteenth test bed): a column of task
    codes ("Mã nhiệm vụ": "HT.01", "DL.02"; "Mã số": "CĐS-01") in place of row numbers; a period of work beside the deadline ("Thời gian
    thực hiện" | "Thời hạn hoàn thành"); a wide annex with the legal basis, the money and a note beside a second pair
    of times; the level that carries a task out ("Cấp thực hiện") beside its bodies; no agency column, the task's
    text opening with the sentence that names its bodies ("Sở A chủ trì, phối hợp với Sở B tổ chức …")."""
    L: list[Layout] = []

    def coded(made: list[Task], prefix: str) -> list[Task]:
        return [replace(t, number=f"{prefix}.{i:02d}") for i, t in enumerate(made, 1)]

    # 147. Task codes, one prefix per group, in a "Mã nhiệm vụ" column; no row numbers.
    code_columns = columns("Mã nhiệm vụ:number", "Tên nhiệm vụ:content", "Đơn vị chủ trì:lead", "Đơn vị phối hợp:support",
                           "Thời hạn hoàn thành:deadline", "Sản phẩm:output")
    rows = grouped([("I", "PHÁT TRIỂN HẠ TẦNG SỐ"), ("II", "PHÁT TRIỂN DỮ LIỆU SỐ")],
                   [coded(tasks(780, 4, support_counts=(1, 2, 0)), "HT"), coded(tasks(784, 3, support_counts=(2, 1)), "DL")])
    L.append(_plan("task_codes_column", "Bắc Ninh", "Số: 215/KH-UBND", "ngày 22 tháng 5 năm 2026",
                   "thực hiện Chương trình chuyển đổi số năm 2026", [TaskTable(code_columns, tuple(rows))],
                   "a 'Mã nhiệm vụ' column of task codes ('HT.01', 'DL.02', one prefix per group) where other tables "
                   "print row numbers: every task found, its code kept as its number"))

    # 148. Task codes with no group rows: "Mã số" | "CĐS-01" …, a code the only thing that starts a row.
    short = ("Số hóa hồ sơ hộ tịch", "Nâng cấp cổng dịch vụ công", "Tập huấn kỹ năng số", "Kết nối dữ liệu dân cư",
             "Rà soát quy trình nội bộ", "Triển khai chữ ký số", "Kiểm tra an toàn thông tin")
    made = [replace(t, number=f"CĐS-{i:02d}")
            for i, t in enumerate(tasks(790, 7, support_counts=(1, 2, 1), outputs=False, contents=short, start=0), 1)]
    L.append(_plan("task_codes_no_groups", "Hải Dương", "Số: 216/KH-UBND", "ngày 23 tháng 5 năm 2026",
                   "chuyển đổi số trong cơ quan nhà nước năm 2026",
                   [TaskTable(columns("Mã số:number", "Nội dung nhiệm vụ:content", "Cơ quan chủ trì:lead",
                                      "Cơ quan phối hợp:support", "Thời gian hoàn thành:deadline"), tuple(made))],
                   "task codes 'CĐS-01' … in a 'Mã số' column, no group rows, short task names (as short as a column's "
                   "name): each code starts its row"))

    # 149. The period of work beside the deadline: the deadline is the completion column's.
    spans = ("Tháng 3 - 5/2026", "Quý II/2026", "Từ tháng 4/2026", "Năm 2026", "Tháng 7/2026", "Quý II - Quý III/2026")
    ends = (Deadline("30/6/2026", "2026-06-30"), Deadline("Tháng 7/2026", "2026-07-31"), Deadline("Quý III/2026", "2026-09-30"),
            Deadline("31/12/2026", "2026-12-31"), Deadline("Tháng 9/2026", "2026-09-30"), Deadline("Quý IV/2026", "2026-12-31"))
    made = [replace(t, start=spans[i % len(spans)], deadline=ends[i % len(ends)])
            for i, t in enumerate(tasks(800, 8, support_counts=(1, 2, 1)))]
    L.append(_plan("work_period_and_deadline", "Thanh Hóa", "Số: 218/KH-UBND", "ngày 25 tháng 5 năm 2026",
                   "cải thiện môi trường đầu tư kinh doanh năm 2026",
                   [TaskTable(columns("STT:number", "Nhiệm vụ:content", "Cơ quan chủ trì:lead", "Cơ quan phối hợp:support",
                                      "Thời gian thực hiện:start", "Thời hạn hoàn thành:deadline", "Sản phẩm:output"),
                              tuple(made))],
                   "'Thời gian thực hiện' (when the work runs: 'Tháng 3 - 5/2026') beside 'Thời hạn hoàn thành' (the "
                   "deadline): the deadline is the completion column's, never the period of work's end"))

    # 150. A wide annex: the legal basis, a second wording of the two times, money and a note.
    bases = ("Nghị quyết số 57-NQ/TW ngày 22/12/2024", "Quyết định số 06/QĐ-TTg ngày 06/01/2022",
             "Kế hoạch số 45/KH-UBND ngày 12/02/2026", "Công văn số 210/UBND-KT ngày 03/3/2026")
    spans = ("Quý I - Quý II/2026", "Tháng 4 - 8/2026", "Năm 2026", "Từ tháng 6/2026")
    ends = (Deadline("Tháng 6/2026", "2026-06-30"), Deadline("Quý III/2026", "2026-09-30"),
            Deadline("Trước ngày 15/12/2026", "2026-12-15"), Deadline("Tháng 11/2026", "2026-11-30"))
    made = [replace(t, start=spans[i % 4], deadline=ends[i % 4], budget=("150", "1.200", "", "80")[i % 4],
                    note=("", "Lồng ghép nguồn vốn", "", "")[i % 4], printed={"other": bases[i % 4]})
            for i, t in enumerate(tasks(820, 8, support_counts=(1, 0, 2), outputs=False))]
    rows = grouped([("I", "HOÀN THIỆN THỂ CHẾ"), ("II", "ĐẦU TƯ HẠ TẦNG")], [made[:4], made[4:]])
    L.append(_plan("wide_annex_basis_money_times", "Nghệ An", "Số: 221/KH-UBND", "ngày 27 tháng 5 năm 2026",
                   "phát triển khoa học, công nghệ, đổi mới sáng tạo năm 2026",
                   [TaskTable(columns("TT:number", "Nội dung:content", "Căn cứ thực hiện:other", "Đơn vị chủ trì:lead",
                                      "Đơn vị phối hợp:support", "Thời gian triển khai:start",
                                      "Thời gian hoàn thành:deadline", "Kinh phí (triệu đồng):budget", "Ghi chú:note"),
                              tuple(rows))],
                   "nine columns: the legal basis of each task (a cited document's number and date, no deadline), "
                   "'Thời gian triển khai' beside 'Thời gian hoàn thành', money and a note: the deadline is the "
                   "completion column's"))

    # 151. The level that carries a task out beside its bodies: a level is no body.
    levels = ("Cấp tỉnh", "Cấp xã", "Cấp tỉnh, cấp xã", "Cấp tỉnh")
    made = [replace(t, level=levels[i % 4]) for i, t in enumerate(tasks(840, 7, support_counts=(1, 2), outputs=False))]
    L.append(_plan("level_beside_bodies", "Gia Lai", "Số: 224/KH-UBND", "ngày 29 tháng 5 năm 2026",
                   "thực hiện Đề án 06 năm 2026",
                   [TaskTable(columns("STT:number", "Nhiệm vụ:content", "Cấp thực hiện:level", "Cơ quan chủ trì:lead",
                                      "Cơ quan phối hợp:support", "Thời gian:deadline"), tuple(made))],
                   "'Cấp thực hiện' ('Cấp tỉnh', 'Cấp xã') before the agency columns: a level, no body that does the "
                   "work; lead and support from their own columns"))

    # 152. No agency column: the task's text opens with the sentence that names its bodies.
    verbs = ("tham mưu UBND tỉnh", "tổ chức", "rà soát, đề xuất", "xây dựng kế hoạch")

    def opening(t: Task, i: int) -> Task:
        verb, rest = verbs[i % len(verbs)], t.content[0].lower() + t.content[1:]
        form = i % 4
        if form == 0:
            return replace(t, content=f"{t.lead[0]} chủ trì, phối hợp với {', '.join(t.support)} {verb} {rest}")
        if form == 1:
            return replace(t, content=f"Giao {t.lead[0]} chủ trì {verb} {rest}", support=())
        if form == 2:
            return replace(t, content=f"{t.lead[0]} chủ trì, phối hợp với các sở, ban, ngành {verb} {rest}",
                           support=("các sở, ban, ngành",))
        return replace(t, content=f"{verb[0].upper()}{verb[1:]} {rest}", lead=(), support=())

    made = tasks(860, 8, lead_counts=(1,), support_counts=(1, 2), supports=PROVINCE, outputs=True)
    L.append(_plan("roles_open_the_task", "Quảng Trị", "Số: 227/KH-UBND", "ngày 1 tháng 6 năm 2026",
                   "cải thiện chỉ số năng lực cạnh tranh cấp tỉnh năm 2026",
                   [TaskTable(columns("STT:number", "Nhiệm vụ:content", "Thời hạn hoàn thành:deadline", "Sản phẩm:output"),
                              tuple(opening(t, i) for i, t in enumerate(made)), agencies_in_content=True)],
                   "no agency column: each task opens with the sentence naming its bodies ('Sở A chủ trì, phối hợp với "
                   "Sở B, Sở C tổ chức …', 'Giao Sở A chủ trì tham mưu …', '… phối hợp với các sở, ban, ngành …'); a "
                   "task that opens with its verb names no one"))
    return L


def _nineteenth_bed() -> list[Layout]:
    """Layouts 153-158: annexes other hands head and close in words the earlier beds lack (FACTS.md, nineteenth test
    bed): a totals row that counts the tasks ("Tổng cộng: 08 nhiệm vụ"), a totals row whose number cell is printed
    empty beside the sums; support columns named by help ("Đơn vị hỗ trợ", "Cơ quan, đơn vị cùng thực hiện", "Sở,
    ngành liên quan"); a list of documents to draft with the body that drafts ("Cơ quan xây dựng"), the body that
    appraises ("Cơ quan thẩm định": neither lead nor support) and the body that submits; deadline forms read right
    before this bed (a guard)."""
    L: list[Layout] = []

    # 153. A totals row that counts the tasks, over the number and task columns, under group rows.
    rows = grouped([("I", "CÔNG TÁC TUYÊN TRUYỀN"), ("II", "CÔNG TÁC KIỂM TRA, GIÁM SÁT")],
                   [tasks(880, 4, support_counts=(1, 2, 0)), tasks(884, 4, support_counts=(2, 1))])
    L.append(_plan("total_row_counts_tasks", "Bình Định", "Số: 231/KH-UBND", "ngày 3 tháng 6 năm 2026",
                   "phòng, chống tác hại của thuốc lá năm 2026",
                   [TaskTable(STD, tuple(rows), total="Tổng cộng: 08 nhiệm vụ", bold_groups=True)],
                   "a last row 'Tổng cộng: 08 nhiệm vụ' over the number and task columns (a count, no sum): no task"))

    # 154. A totals row whose number cell is printed empty, naming the groups it adds up, the sums in the money column.
    made = [replace(t, budget=("150", "320", "85", "1.200", "60", "240")[i % 6])
            for i, t in enumerate(tasks(890, 6, support_counts=(1, 0, 2), outputs=False))]
    made = grouped([("I", "TUYÊN TRUYỀN, PHỔ BIẾN"), ("II", "TUẦN TRA, KIỂM SOÁT")], [made[:3], made[3:]])
    L.append(_plan("total_row_number_cell_empty", "Phú Yên", "Số: 233/KH-UBND", "ngày 5 tháng 6 năm 2026",
                   "bảo đảm trật tự, an toàn giao thông năm 2026",
                   [TaskTable(columns("STT:number", "Nội dung:content", "Đơn vị chủ trì:lead", "Đơn vị phối hợp:support",
                                      "Thời gian thực hiện:deadline", "Kinh phí (triệu đồng):budget"), tuple(made),
                              total="Tổng cộng (I+II)", total_apart=True)],
                   "a totals row 'Tổng cộng (I+II)' in the task's cell (the groups it adds up), its number cell printed "
                   "empty, the sum under the money column: no task, and the last task keeps its own time and money"))

    # 155. Support named by help: "Đơn vị hỗ trợ", the product expected last.
    L.append(_plan("support_named_by_help", "Kon Tum", "Số: 236/KH-UBND", "ngày 8 tháng 6 năm 2026",
                   "hỗ trợ doanh nghiệp nhỏ và vừa năm 2026",
                   [TaskTable(columns("TT:number", "Nhiệm vụ:content", "Đơn vị chủ trì:lead", "Đơn vị hỗ trợ:support",
                                      "Thời gian hoàn thành:deadline", "Sản phẩm dự kiến:output"),
                              tuple(tasks(900, 7, support_counts=(1, 2, 1))))],
                   "'Đơn vị hỗ trợ' for the supporting bodies: support, in every copy"))

    # 156. Support named by working together, or by the related departments, beside "Tiến độ".
    made = tasks(910, 7, support_counts=(2, 1, 3), supports=PROVINCE)
    rows = grouped([("A", "NHIỆM VỤ CHUNG"), ("B", "NHIỆM VỤ CỤ THỂ")], [made[:3], made[3:]])
    L.append(_plan("support_named_by_working_together", "Đắk Nông", "Số: 238/KH-UBND", "ngày 10 tháng 6 năm 2026",
                   "phát triển du lịch cộng đồng năm 2026",
                   [TaskTable(columns("STT:number", "Nội dung công việc:content", "Cơ quan chủ trì:lead",
                                      "Cơ quan, đơn vị cùng thực hiện:support", "Tiến độ:deadline"), tuple(rows[:4])),
                    TaskTable(columns("STT:number", "Nội dung công việc:content", "Cơ quan chủ trì:lead",
                                      "Sở, ngành liên quan:support", "Tiến độ:deadline"), tuple(rows[4:]))],
                   "'Cơ quan, đơn vị cùng thực hiện' and, in a second annex, 'Sở, ngành liên quan' for the supporting "
                   "bodies: support"))

    # 157. Documents to draft: the drafter, the appraiser (no role in the task) and the submitter.
    appraisers = ("Sở Tư pháp", "Sở Tư pháp", "Sở Tài chính", "Sở Tư pháp", "Sở Tư pháp", "Sở Tài chính")
    made = [Task(str(i + 1), name, (drafter,), submitter=("UBND tỉnh",) if level == "HĐND tỉnh" else (drafter,),
                 deadline=(Deadline("Tháng 7/2026", "2026-07-31"), Deadline("Quý III/2026", "2026-09-30"),
                           Deadline("Tháng 11/2026", "2026-11-30"))[i % 3],
                 printed={"other": appraisers[i]})
            for i, ((name, level), drafter) in enumerate(zip(LOCAL_LEGAL, ("Sở Nội vụ", "Sở Công Thương", "Sở Nông nghiệp và Môi trường",
                                                                         "Sở Nông nghiệp và Môi trường", "Sở Y tế", "Sở Tài chính")))]
    L.append(_plan("drafter_appraiser_submitter", "Lâm Đồng", "Số: 240/KH-UBND", "ngày 12 tháng 6 năm 2026",
                   "xây dựng văn bản quy phạm pháp luật năm 2026",
                   [TaskTable(columns("TT:number", "Tên văn bản:content", "Cơ quan xây dựng:lead", "Cơ quan thẩm định:other",
                                      "Cơ quan trình:submitter", "Thời gian trình:deadline"), tuple(made))],
                   "a list of documents to draft: 'Cơ quan xây dựng' drafts (the lead), 'Cơ quan thẩm định' appraises "
                   "(no lead, no support), 'Cơ quan trình' submits", annex_title="DANH MỤC VĂN BẢN QUY PHẠM PHÁP LUẬT"))

    # 158. Deadline forms read right before this bed: a guard.
    forms = (Deadline("Tháng 3 - tháng 6/2026", "2026-06-30"), Deadline("6 tháng đầu năm 2026", "2026-06-30"),
             Deadline("Cuối năm 2026", "2026-12-31"), Deadline("Quý IV/2026 - Quý I/2027", "2027-03-31"),
             Deadline("Năm 2026-2027", "2027-12-31"), Deadline("Chậm nhất ngày 30/9/2026", "2026-09-30"),
             Deadline("Từ nay đến hết năm 2026", "2026-12-31"), Deadline("Trong tháng 8/2026", "2026-08-31"))
    L.append(_plan("deadline_forms_nineteenth", "Bình Phước", "Số: 242/KH-UBND", "ngày 15 tháng 6 năm 2026",
                   "phát triển kinh tế tập thể năm 2026", [TaskTable(STD, tuple(tasks(920, 8, deadlines=forms)))],
                   "deadlines as a month range, a half-year, the year's end, two quarters over two years, two years, "
                   "'Chậm nhất ngày …', 'Từ nay đến hết năm …', 'Trong tháng …': read right before this bed, a guard"))
    return L


def _twentieth_bed() -> list[Layout]:
    """Layouts 159-163: bodies' columns and cells the earlier beds lack (FACTS.md, twentieth test bed): a column that
    names bodies by a function that is neither lead nor support ("Cơ quan tổng hợp", "Đơn vị đăng ký", "Cơ quan chủ
    quản"), beside a support column or in a table with none; one performer column whose lead is marked "chủ trì" with no
    brackets, the other bodies after it; group rows in capitals with no label, the header printed again as the table
    runs on, a totals row that counts classes, and deadline words (guards)."""
    L: list[Layout] = []

    # 159. "Cơ quan tổng hợp" between the support and the time, and a "Ghi chú" that names no body.
    compilers = ("Sở Nội vụ", "Văn phòng UBND tỉnh", "Sở Tài chính")
    made = [replace(t, note=("Báo cáo định kỳ", "", "Lồng ghép kế hoạch năm")[i % 3],
                    printed={"other": compilers[i % 3]})
            for i, t in enumerate(tasks(930, 7, support_counts=(1, 2, 1), outputs=False))]
    L.append(_plan("compiling_body_beside_support", "Hà Giang", "Số: 245/KH-UBND", "ngày 17 tháng 6 năm 2026",
                   "nâng cao hiệu quả công tác dân vận chính quyền năm 2026",
                   [TaskTable(columns("STT:number", "Nội dung công việc:content", "Cơ quan chủ trì:lead",
                                      "Cơ quan phối hợp:support", "Cơ quan tổng hợp:other",
                                      "Thời gian hoàn thành:deadline", "Ghi chú:note"), tuple(made))],
                   "'Cơ quan tổng hợp' (the body that compiles the reports) beside the lead and support columns: "
                   "neither lead nor support, kept as the task's note"))

    # 160. "Đơn vị đăng ký" first, then the lead, no support column: the registering unit is no support.
    registrants = ("Sở Khoa học và Công nghệ", "Trường Chính trị tỉnh", "Sở Y tế", "Sở Nông nghiệp và Môi trường")
    made = [replace(t, support=(), budget=("250", "400", "180", "320", "150", "600")[i % 6],
                    printed={"other": registrants[i % 4]})
            for i, t in enumerate(tasks(940, 6, outputs=False, deadlines=(
                Deadline("Giai đoạn 2026-2027", "2027-12-31"), Deadline("Năm 2026", "2026-12-31"),
                Deadline("Trước ngày 30/11/2026", "2026-11-30"))))]
    L.append(_plan("registering_unit_no_support", "Yên Bái", "Số: 247/KH-UBND", "ngày 19 tháng 6 năm 2026",
                   "triển khai nhiệm vụ khoa học và công nghệ cấp tỉnh năm 2026",
                   [TaskTable(columns("STT:number", "Tên nhiệm vụ:content", "Đơn vị đăng ký:other",
                                      "Đơn vị chủ trì:lead", "Thời gian thực hiện:deadline",
                                      "Kinh phí (triệu đồng):budget"), tuple(made), total="Tổng cộng")],
                   "'Đơn vị đăng ký' (the unit that put the task forward) before the lead column, no support column: "
                   "no support, the registering unit a note", annex_title="DANH MỤC NHIỆM VỤ KHOA HỌC VÀ CÔNG NGHỆ"))

    # 161. A training plan: "Cơ quan chủ quản" beside the organiser, group rows in capitals with no label, a totals row
    # that counts the classes.
    classes = ("Lớp tập huấn nghiệp vụ công tác văn thư, lưu trữ cho công chức cấp xã",
               "Lớp bồi dưỡng kỹ năng chuyển đổi số cho cán bộ, công chức",
               "Lớp tập huấn quy trình giải quyết thủ tục hành chính trên môi trường điện tử")
    owners = ("UBND tỉnh", "Sở Nội vụ", "UBND tỉnh")
    made = [replace(t, support=(), budget=("120", "95", "140")[i], printed={"other": owners[i]})
            for i, t in enumerate(tasks(950, 3, contents=classes, start=0, outputs=False, lead_counts=(1,),
                                        deadlines=(Deadline("Quý III/2026", "2026-09-30"), Deadline("Hằng năm"),
                                                   Deadline("Tháng 10/2026", "2026-10-31"))))]
    rows = [Group("", "BỒI DƯỠNG CÔNG CHỨC CẤP XÃ"), made[0], Group("", "BỒI DƯỠNG KỸ NĂNG SỐ"), *made[1:]]
    L.append(_plan("parent_body_training_classes", "Lai Châu", "Số: 249/KH-UBND", "ngày 22 tháng 6 năm 2026",
                   "đào tạo, bồi dưỡng cán bộ, công chức năm 2026",
                   [TaskTable(columns("TT:number", "Nội dung:content", "Đơn vị tổ chức:lead", "Cơ quan chủ quản:other",
                                      "Thời gian:deadline", "Kinh phí (triệu đồng):budget"), tuple(rows),
                              total="Tổng số 3 lớp tập huấn", bold_groups=True)],
                   "'Cơ quan chủ quản' beside the organiser (no support), group rows in capitals with no label, a last "
                   "row 'Tổng số 3 lớp tập huấn' (a count of classes: no task)", annex_title="DANH MỤC LỚP BỒI DƯỠNG"))

    # 162. One performer column whose lead is marked "chủ trì" with no brackets, the other bodies after it.
    def marked(t: Task, i: int) -> Task:
        lead, support = t.lead[0], ", ".join(t.support)
        forms = (f"{lead} chủ trì; {support}", f"{lead} chủ trì, {support}", f"{lead} (chủ trì), {support}",
                 f"{support}, {lead} (chủ trì)")
        return replace(t, printed={"agencies": forms[i % len(forms)]})

    made = tasks(960, 8, lead_counts=(1,), support_counts=(1, 2), supports=PROVINCE + UNLISTED, outputs=False,
                 deadlines=(Deadline("Trước ngày 31/3/2026", "2026-03-31"), Deadline("Hằng năm"),
                            Deadline("Giai đoạn 2026-2030", "2030-12-31"), Deadline("Tháng 12 hằng năm")))
    L.append(_plan("performer_lead_marked_bare", "Điện Biên", "Số: 251/KH-UBND", "ngày 24 tháng 6 năm 2026",
                   "phát triển văn hóa đọc trong cộng đồng giai đoạn 2026 - 2030",
                   [TaskTable(columns("STT:number", "Nội dung công việc:content", "Cơ quan thực hiện:agencies",
                                      "Thời gian hoàn thành:deadline"), tuple(marked(t, i) for i, t in enumerate(made)))],
                   "one 'Cơ quan thực hiện' column: 'A chủ trì; B, C' and 'A chủ trì, B' (the role word with no "
                   "brackets), 'A (chủ trì), B, C' and 'B, C, A (chủ trì)': A leads, the others support"))

    # 163. Group rows in capitals with no label over a long table whose header is printed again: a guard.
    made = tasks(970, 12, support_counts=(1, 0, 2), deadlines=(
        Deadline("Trước ngày 15/7/2026", "2026-07-15"), Deadline("Hằng năm"), Deadline("Giai đoạn 2026 - 2030", "2030-12-31"),
        Deadline("Quý III/2026", "2026-09-30")))
    rows = grouped([("", "HOÀN THIỆN THỂ CHẾ"), ("", "NÂNG CAO CHẤT LƯỢNG DỊCH VỤ"), ("", "KIỂM TRA, ĐÁNH GIÁ")],
                   [made[:4], made[4:9], made[9:]])
    L.append(_plan("capital_groups_header_again", "Cao Bằng", "Số: 253/KH-UBND", "ngày 26 tháng 6 năm 2026",
                   "nâng cao chất lượng dịch vụ công trực tuyến năm 2026",
                   [TaskTable(STD, tuple(rows), repeat_header_every=6, bold_groups=True)],
                   "group rows in capitals with no label, the header printed again every six rows (a page break "
                   "copied), deadlines 'Trước ngày …', 'Hằng năm', 'Giai đoạn …': read right before this bed, a guard"))
    return L


def _twenty_first_bed() -> list[Layout]:
    """Layouts 164-167: lead columns that mark their lead, ministries' collectives, a commune's lead merged down (FACTS.md,
    twenty-first test bed): a lead column headed by the bodies' kind ("Sở, ngành chủ trì") whose cells print "A (chủ trì),
    B" or "A chủ trì; B" beside a support column (A leads, B supports with the support column's bodies); a ministry's plan
    whose support cells name its departments as a collective ("Các Cục, Vụ liên quan", "Vụ Pháp chế, các Vụ, Cục liên
    quan") and whose product is the form of a document ("Văn bản/ hình thức"); a lead column headed "Địa phương chủ trì"
    whose commune is merged down over its tasks, deadlines "Tháng 9 - 12/2026", "Trước 15/12 hằng năm"; a year's plan
    whose deadlines print no year ("Trước 31/12", "Tháng 9 - 12")."""
    L: list[Layout] = []

    # 164. The lead column marks its lead and names a body that helps, beside a support column.
    def marked_in_lead(t: Task, i: int) -> Task:
        if i % 3 == 2 or not t.support:
            return t
        helper, rest = t.support[0], t.support[1:]
        lead = t.lead[0]
        printed = (f"{lead} (chủ trì), {helper}", f"{lead} chủ trì; {helper}")[i % 3]
        return replace(t, lead=(lead,), printed={"lead": printed, "support": "; ".join(rest)})

    made = tasks(980, 9, lead_counts=(1,), support_counts=(2, 1, 2, 3), outputs=True, products=(
        "Quyết định của UBND tỉnh", "Báo cáo", "Kế hoạch", "Văn bản chỉ đạo", "Tờ trình"), deadlines=(
        Deadline("Quý III/2026", "2026-09-30"), Deadline("Tháng 9 - 12/2026", "2026-12-31"), Deadline("Thường xuyên"),
        Deadline("Trước 15/12 hằng năm")))
    rows = grouped([("I", "HOÀN THIỆN CƠ CHẾ, CHÍNH SÁCH"), ("II", "TỔ CHỨC THỰC HIỆN")],
                   [[marked_in_lead(t, i) for i, t in enumerate(made[:4])],
                    [marked_in_lead(t, i) for i, t in enumerate(made[4:], 4)]])
    L.append(_plan("lead_column_marks_lead", "Tuyên Quang", "Số: 255/KH-UBND", "ngày 29 tháng 6 năm 2026",
                   "phát triển kinh tế ban đêm năm 2026",
                   [TaskTable(columns("STT:number", "Nội dung nhiệm vụ:content", "Sở, ngành chủ trì:lead",
                                      "Cơ quan phối hợp:support", "Thời gian thực hiện:deadline",
                                      "Hình thức văn bản:output"), tuple(rows), bold_groups=True)],
                   "a lead column 'Sở, ngành chủ trì' whose cells print 'A (chủ trì), B' or 'A chủ trì; B' beside a "
                   "support column: A leads, B supports with the support column's bodies"))

    # 165. A ministry's plan: its departments, collectives of departments, the product as the form of a document.
    units = ("Vụ Kế hoạch - Tài chính", "Vụ Pháp chế", "Văn phòng Bộ", "Cục Chuyển đổi số quốc gia", "Thanh tra Bộ",
             "Vụ Tổ chức cán bộ", "Vụ Hợp tác quốc tế")
    collectives = ("Các Cục, Vụ liên quan", "các Vụ, Cục liên quan", "Các Vụ, Cục, đơn vị thuộc Bộ")
    made = tasks(990, 8, leads=units, supports=units, lead_counts=(1, 1, 2, 1), support_counts=(1, 2, 1, 0),
                 contents=GOV_TASKS, products=("Quyết định của Bộ trưởng", "Thông tư", "Báo cáo", "Kế hoạch",
                                               "Công văn hướng dẫn"),
                 deadlines=(Deadline("Tháng 9 - 12/2026", "2026-12-31"), Deadline("Quý IV/2026", "2026-12-31"),
                            Deadline("Trước 15/12 hằng năm"), Deadline("Tháng 10/2026", "2026-10-31")))
    made = [t if i % 3 == 2 else replace(t, support=(*t.support[:1], collectives[i % 3])) for i, t in enumerate(made)]
    L.append(Layout("ministry_department_collectives", issuer=("BỘ KHOA HỌC VÀ CÔNG NGHỆ",), number="Số: 2210/KH-BKHCN",
                    place_date="Hà Nội, ngày 30 tháng 6 năm 2026",
                    heading=("KẾ HOẠCH", "Triển khai chuyển đổi số trong hoạt động của Bộ năm 2026"),
                    parts=("I. MỤC ĐÍCH, YÊU CẦU", "Xác định rõ nhiệm vụ của các đơn vị thuộc Bộ.", PageBreak(landscape=True),
                           *annex_intro("", "NHIỆM VỤ CỤ THỂ",
                                        "Kế hoạch số 2210/KH-BKHCN ngày 30/6/2026 của Bộ Khoa học và Công nghệ"),
                           TaskTable(columns("TT:number", "Nhiệm vụ:content", "Đơn vị chủ trì:lead",
                                             "Đơn vị phối hợp:support", "Thời hạn:deadline", "Văn bản/ hình thức:output"),
                                     tuple(made), separator=", ")),
                    signature=("KT. BỘ TRƯỞNG", "THỨ TRƯỞNG", "", "Bùi Hoàng Phương"), recipients=RECIPIENTS,
                    note="a ministry's departments ('Vụ Kế hoạch - Tài chính'), collectives of departments as support "
                         "('Các Cục, Vụ liên quan', 'Vụ Pháp chế, các Vụ, Cục liên quan'): one body each; the product as "
                         "the form of a document ('Văn bản/ hình thức')"))

    # 166. "Địa phương chủ trì": each commune's committee merged down over its tasks, no support column (so a text copy's
    # row that prints one cell fewer can only have lost its lead: with a support column it could be either, FACTS.md).
    communes = ("UBND xã Hòa Bình", "UBND xã Tân Lập", "UBND phường Minh Khai")
    made = tasks(1000, 8, support_counts=(0,), outputs=False, deadlines=(
        Deadline("Tháng 9 - 12/2026", "2026-12-31"), Deadline("Quý III/2026", "2026-09-30"),
        Deadline("Trước 15/12 hằng năm"), Deadline("Thường xuyên")))
    made = [replace(t, lead=(communes[(0, 0, 0, 1, 1, 2, 2, 2)[i]],)) for i, t in enumerate(made)]
    L.append(_plan("local_lead_merged_down", "Phú Thọ", "Số: 257/KH-UBND", "ngày 1 tháng 7 năm 2026",
                   "xây dựng nông thôn mới nâng cao năm 2026",
                   [TaskTable(columns("STT:number", "Nội dung công việc:content", "Địa phương chủ trì:lead",
                                      "Thời gian thực hiện:deadline"), tuple(made), merge=("lead",))],
                   "a lead column 'Địa phương chủ trì' whose commune is merged down over its tasks (written once in "
                   "text copies: the row under it prints no lead cell), no support column, deadlines 'Tháng 9 - "
                   "12/2026', 'Trước 15/12 hằng năm'"))

    # 167. A year's plan whose deadlines print no year: the plan's year is theirs.
    forms = (Deadline("Trước 31/12", "2026-12-31"), Deadline("Tháng 9 - 12", "2026-12-31"), Deadline("Đến 30/9", "2026-09-30"),
             Deadline("Trước 15/12", "2026-12-15"), Deadline("Quý III", "2026-09-30"), Deadline("Từ tháng 8 - 10", "2026-10-31"),
             Deadline("Thường xuyên"), Deadline("Trước 15/12 hằng năm"))
    L.append(_plan("deadlines_without_year", "Hòa Bình", "Số: 259/KH-UBND", "ngày 3 tháng 7 năm 2026",
                   "thực hiện công tác dân tộc năm 2026",
                   [TaskTable(STD, tuple(tasks(1010, 8, deadlines=forms, support_counts=(1, 2, 1))))],
                   "a year's plan whose deadlines print no year ('Trước 31/12', 'Tháng 9 - 12', 'Đến 30/9', 'Từ tháng "
                   "8 - 10'): the plan's year; 'Trước 15/12 hằng năm' recurs (no end)"))
    return L



def _twenty_second_bed() -> list[Layout]:
    """Layouts 168-171: a commune's plan after July 2025 whose leads are its civil servants and offices and whose help
    includes its service centre ("Trung tâm Dịch vụ tổng hợp xã") and a list of posts ("Công chức Địa chính - Xây dựng,
    Trưởng các thôn"); a province's plan whose product is the kind of document ("Loại văn bản") and whose deadlines print
    the year after a dot ("Tháng 9 - 12.2026") or recur ("Định kỳ 6 tháng"); a plan with no support column whose
    "Ghi chú" names the help ("Phối hợp với Sở Y tế"); a decision's annex under a two-row header whose group rows name
    the lead of their items "1.1", "1.2" (FACTS.md, twenty-second test bed)."""
    L: list[Layout] = []

    # 168. A commune's plan after July 2025: posts and offices lead, the service centre and lists of posts help.
    officers = ("Công chức Văn hóa - Xã hội", "Phòng Văn hóa - Xã hội", "Công chức Tư pháp - Hộ tịch", "Phòng Kinh tế",
                "Trung tâm Phục vụ hành chính công xã")
    helpers = ("Trung tâm Dịch vụ tổng hợp xã", "Công chức Địa chính - Xây dựng", "Trưởng các thôn", "Công an xã",
               "Văn phòng HĐND và UBND xã", "Ủy ban MTTQ Việt Nam xã")
    works = ("Tuyên truyền, phổ biến chính sách an sinh xã hội đến từng thôn, tổ dân phố",
             "Rà soát, cập nhật danh sách hộ nghèo, hộ cận nghèo trên địa bàn xã",
             "Hướng dẫn người dân thực hiện thủ tục đăng ký hộ tịch trực tuyến",
             "Kiểm tra trật tự xây dựng, đất đai tại các khu dân cư",
             "Tiếp nhận, giải quyết hồ sơ thủ tục hành chính tại bộ phận một cửa",
             "Tổ chức ngày hội văn hóa, thể thao các dân tộc của xã",
             "Thống kê, báo cáo kết quả thực hiện chính sách người có công",
             "Tổng kết, đánh giá kết quả thực hiện kế hoạch năm 2026")
    times = (Deadline("Từ 15/9 đến 30/10", "2026-10-30"), Deadline("Tháng 9 - 12.2026", "2026-12-31"),
             Deadline("Thường xuyên"), Deadline("Quý III/2026", "2026-09-30"), Deadline("Tháng 10-12.2026", "2026-12-31"))
    helped = ((helpers[0],), (helpers[1], helpers[2]), (helpers[3], helpers[0]), (), (helpers[4],),
              (helpers[2],), (helpers[5], helpers[1], helpers[2]), (helpers[0], helpers[3]))
    made = [replace(t, support=helped[i]) for i, t in enumerate(tasks(1020, 8, leads=officers, lead_counts=(1,),
                                                                      contents=works, start=0, outputs=False, deadlines=times))]
    L.append(Layout("commune_posts_and_centres", issuer=("ỦY BAN NHÂN DÂN", "XÃ TÂN PHÚ"), number="Số: 86/KH-UBND",
                    place_date="Tân Phú, ngày 5 tháng 7 năm 2026",
                    heading=("KẾ HOẠCH", "Thực hiện công tác văn hóa - xã hội trên địa bàn xã năm 2026"),
                    parts=("I. MỤC ĐÍCH, YÊU CẦU", "Phân công rõ trách nhiệm của từng phòng, công chức và thôn.",
                           "II. NHIỆM VỤ CỤ THỂ", PageBreak(landscape=True),
                           *annex_intro("", "PHÂN CÔNG NHIỆM VỤ", "Kế hoạch số 86/KH-UBND ngày 05/7/2026 của UBND xã Tân Phú"),
                           TaskTable(columns("TT:number", "Nội dung công việc:content", "Chủ trì:lead", "Phối hợp:support",
                                             "Thời gian thực hiện:deadline"), tuple(made), separator=", ")),
                    signature=("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", "Lò Văn Pọm"), recipients=RECIPIENTS,
                    note="a commune's plan after July 2025: posts ('Công chức Văn hóa - Xã hội') and offices lead; "
                         "'Trung tâm Dịch vụ tổng hợp xã' and lists of posts ('Công chức Địa chính - Xây dựng, Trưởng các "
                         "thôn') help; times 'Từ 15/9 đến 30/10' (the plan's year), 'Tháng 9 - 12.2026'"))

    # 169. The product as the kind of document ("Loại văn bản"); deadlines with the year after a dot, or recurring.
    def two_leads(t: Task, i: int) -> Task:  # "Sở Tài chính và Sở Nội vụ" in a lead column: both lead
        return replace(t, lead=("Sở Tài chính", "Sở Nội vụ"), support=tuple(x for x in t.support if x not in (
            "Sở Tài chính", "Sở Nội vụ")), printed={"lead": "Sở Tài chính và Sở Nội vụ"}) if i % 4 == 1 else t

    made = tasks(1030, 9, lead_counts=(1,), support_counts=(1, 2, 0, 1), products=(
        "Quyết định của UBND tỉnh", "Kế hoạch", "Báo cáo", "Tờ trình", "Văn bản hướng dẫn"), deadlines=(
        Deadline("Tháng 9 - 12.2026", "2026-12-31"), Deadline("Năm 2026 và các năm tiếp theo"),
        Deadline("Định kỳ 6 tháng"), Deadline("Trước ngày 20 của tháng cuối quý"), Deadline("Quý IV.2026", "2026-12-31")))
    L.append(_plan("document_kind_product", "Sơn La", "Số: 261/KH-UBND", "ngày 6 tháng 7 năm 2026",
                   "sắp xếp, kiện toàn các đơn vị sự nghiệp công lập năm 2026",
                   [TaskTable(columns("STT:number", "Nội dung nhiệm vụ:content", "Cơ quan chủ trì:lead",
                                      "Cơ quan phối hợp:support", "Thời gian hoàn thành:deadline", "Loại văn bản:output"),
                              tuple(two_leads(t, i) for i, t in enumerate(made)))],
                   "'Loại văn bản' (the kind of document the task yields: 'Quyết định của UBND tỉnh', 'Kế hoạch') as the "
                   "product; times 'Tháng 9 - 12.2026', 'Quý IV.2026' (the year after a dot), 'Năm 2026 và các năm tiếp "
                   "theo' (no end), 'Định kỳ 6 tháng', 'Trước ngày 20 của tháng cuối quý' (recurring); 'Sở Tài chính và "
                   "Sở Nội vụ' in a lead column: both lead"))

    # 170. No support column: the "Ghi chú" names the help, or says something else.
    def noted(t: Task, i: int) -> Task:
        if not t.support or i % 4 == 3:
            return replace(t, support=(), note=("Lồng ghép với kế hoạch năm", "")[i % 2])
        note = (f"Phối hợp với {', '.join(t.support)}", f"Phối hợp: {'; '.join(t.support)}")[i % 2]
        return replace(t, note=note)

    made = tasks(1040, 8, lead_counts=(1,), supports=PROVINCE, support_counts=(1, 2, 1, 0), outputs=False, deadlines=(
        Deadline("Quý III/2026", "2026-09-30"), Deadline("Trước ngày 30/11/2026", "2026-11-30"), Deadline("Hằng năm"),
        Deadline("Từ 01/8 đến 15/9/2026", "2026-09-15")))
    L.append(_plan("note_names_support", "Lai Châu", "Số: 263/KH-UBND", "ngày 8 tháng 7 năm 2026",
                   "phòng, chống dịch bệnh truyền nhiễm năm 2026",
                   [TaskTable(columns("TT:number", "Nhiệm vụ:content", "Đơn vị chủ trì:lead", "Thời gian thực hiện:deadline",
                                      "Ghi chú:note"), tuple(noted(t, i) for i, t in enumerate(made)), support_in_note=True)],
                   "no support column: 'Ghi chú' names the help ('Phối hợp với Sở Y tế', 'Phối hợp: Công an tỉnh; Sở "
                   "Tư pháp') or a remark ('Lồng ghép với kế hoạch năm': no help); 'Từ 01/8 đến 15/9/2026'"))

    # 171. A decision's annex: a two-row header, group rows "1." naming the lead of their items "1.1", "1.2".
    group_leads = ("Sở Y tế", "Sở Công Thương", "Sở Nông nghiệp và Môi trường")
    titles = ("Nâng cao năng lực quản lý nhà nước về dược", "Phát triển hệ thống phân phối, cung ứng thuốc",
              "Phát triển dược liệu trên địa bàn tỉnh")
    K, T = "Cơ quan thực hiện", "Thời gian"
    rows: list = []
    for g, (lead, title) in enumerate(zip(group_leads, titles)):
        rows.append(Group(f"{g + 1}.", title, spanning=False, printed={"lead": lead}))
        rows += [replace(t, lead=(lead,), support=tuple(x for x in t.support if x != lead), printed={"lead": ""},
                         start=("Tháng 7/2026", "Quý III/2026", "01/8/2026")[i % 3])
                 for i, t in enumerate(tasks(1050 + g * 3, 3, numbers=f"p:{g + 1}.", lead_counts=(1,), support_counts=(1, 2, 0),
                                outputs=False, deadlines=(Deadline("Tháng 9 - 12.2026", "2026-12-31"),
                                                          Deadline("Năm 2026 và các năm tiếp theo"),
                                                          Deadline("30/10/2026", "2026-10-30"))))]
    cols = (Column("STT", "number"), Column("Nội dung", "content"), Column("Chủ trì", "lead", parent=K),
            Column("Phối hợp", "support", parent=K), Column("Bắt đầu", "start", parent=T),
            Column("Hoàn thành", "deadline", parent=T))
    L.append(Layout("decision_annex_group_leads", **province_header("Thanh Hóa", "Số: 1204/QĐ-UBND", "ngày 10 tháng 7 năm 2026"),
                    heading=("QUYẾT ĐỊNH", "Về việc phê duyệt Kế hoạch phát triển ngành dược trên địa bàn tỉnh năm 2026"),
                    parts=("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH THANH HÓA", "QUYẾT ĐỊNH:",
                           "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch phát triển ngành dược năm 2026.",
                           "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.", PageBreak(landscape=True),
                           *annex_intro("", "NHIỆM VỤ CỤ THỂ",
                                        "Quyết định số 1204/QĐ-UBND ngày 10/7/2026 của Chủ tịch UBND tỉnh Thanh Hóa"),
                           TaskTable(cols, tuple(rows), bold_groups=True)),
                    signature=("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "Đầu Thanh Tùng"), recipients=RECIPIENTS,
                    note="a decision's annex: 'Cơ quan thực hiện' over 'Chủ trì | Phối hợp', 'Thời gian' over "
                         "'Bắt đầu | Hoàn thành'; group rows '1.' name the lead of their items '1.1', '1.2' (empty lead cells)"))
    return L


def _twenty_third_bed() -> list[Layout]:
    """Layouts 172-176: a commune's plan whose leads are its chairman and vice-chairmen (posts of the committee) and
    whose help is a list of posts, in one line or one a line, over tasks of two words ("Tuyên truyền", "Đo đạc"); a province's plan whose leads
    are classes of bodies ("Các sở, ban, ngành", "UBND các xã, phường") with a start and an end column, its header
    printed again over a page break; a plan whose task is split between a field ("Nội dung") and the task itself
    ("Nhiệm vụ cụ thể"), each field with one or two tasks, beside the money it costs and its source; an annex list of
    tasks naming the level a product goes to ("Cấp trình": not the support) (FACTS.md, twenty-third test bed)."""
    L: list[Layout] = []

    # 172. A commune's plan: its chairman and vice-chairmen lead, help is a list of posts one a line, short tasks.
    posts = ("Chủ tịch UBND xã", "Phó Chủ tịch UBND xã", "Công chức Văn hóa - Xã hội", "Phó Chủ tịch UBND xã phụ trách kinh tế",
             "Công chức Địa chính - Xây dựng")
    helpers = ("Công chức Tư pháp - Hộ tịch", "Công chức Văn hóa - Xã hội", "Trưởng các thôn", "Công an xã",
               "Công chức Địa chính - Xây dựng", "Ủy ban MTTQ Việt Nam xã")
    works = ("Rà soát, cập nhật danh sách hộ nghèo, hộ cận nghèo trên địa bàn xã", "Tuyên truyền",
             "Kiểm tra trật tự xây dựng, đất đai tại các khu dân cư", "Kiểm tra", "Đo đạc, chỉnh lý bản đồ địa chính",
             "Đo đạc", "Tổ chức ngày hội đại đoàn kết toàn dân tộc ở các thôn", "Tổng kết")
    helped = ((helpers[0], helpers[1], helpers[2]), (helpers[3],), (helpers[4], helpers[2]), (helpers[3], helpers[0]),
              (helpers[2], helpers[5], helpers[3]), (helpers[2],), (helpers[5], helpers[1]), (helpers[0],))
    times = (Deadline("Quý III/2026", "2026-09-30"), Deadline("Thường xuyên"), Deadline("Tháng 10/2026", "2026-10-31"),
             Deadline("Từ 15/9 đến 30/10", "2026-10-30"), Deadline("Trước 31/12", "2026-12-31"))
    made = [replace(t, lead=(posts[i % len(posts)],), support=helped[i])
            for i, t in enumerate(tasks(1070, 8, contents=works, start=0, outputs=False, deadlines=times))]
    L.append(Layout("commune_chairman_posts", issuer=("ỦY BAN NHÂN DÂN", "XÃ HÒA AN"), number="Số: 92/KH-UBND",
                    place_date="Hòa An, ngày 12 tháng 7 năm 2026",
                    heading=("KẾ HOẠCH", "Thực hiện nhiệm vụ phát triển kinh tế - xã hội của xã năm 2026"),
                    parts=("I. MỤC ĐÍCH, YÊU CẦU", "Giao rõ người chịu trách nhiệm chính cho từng việc.",
                           "II. NHIỆM VỤ CỤ THỂ", PageBreak(landscape=True),
                           *annex_intro("", "PHÂN CÔNG NHIỆM VỤ", "Kế hoạch số 92/KH-UBND ngày 12/7/2026 của UBND xã Hòa An"),
                           TaskTable(columns("TT:number", "Nội dung công việc:content", "Người chủ trì:lead",
                                             "Phối hợp:support", "Thời gian thực hiện:deadline"), tuple(made),
                                     separator=", ")),
                    signature=("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", "Hà Văn Khánh"), recipients=RECIPIENTS,
                    note="a commune's plan: its chairman and vice-chairmen lead ('Chủ tịch UBND xã': a post, stored as "
                         "printed), help is a list of posts, tasks of two words ('Đo đạc', 'Kiểm tra') right after such "
                         "a cell"))

    # 173. The same commune's help printed one post a line (the form most commune tables print: a post to a line).
    # Copied one paragraph a line the lines cannot be told from the cells around them (the second bed's finding).
    more = [replace(t, content=works[(i + 3) % len(works)]) for i, t in enumerate(made)]
    L.append(Layout("commune_posts_one_a_line", issuer=("ỦY BAN NHÂN DÂN", "XÃ HÒA AN"), number="Số: 93/KH-UBND",
                    place_date="Hòa An, ngày 13 tháng 7 năm 2026",
                    heading=("KẾ HOẠCH", "Thực hiện công tác giảm nghèo bền vững trên địa bàn xã năm 2026"),
                    parts=("I. MỤC ĐÍCH, YÊU CẦU", "Giao rõ người chịu trách nhiệm chính cho từng việc.",
                           PageBreak(landscape=True),
                           *annex_intro("", "PHÂN CÔNG NHIỆM VỤ", "Kế hoạch số 93/KH-UBND ngày 13/7/2026 của UBND xã Hòa An"),
                           TaskTable(columns("TT:number", "Nội dung:content", "Người chủ trì:lead",
                                             "Người phối hợp:support", "Thời gian:deadline"), tuple(more),
                                     separator="\n")),
                    signature=("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", "Hà Văn Khánh"), recipients=RECIPIENTS,
                    note="a commune's plan whose help prints a post a line ('Công chức Tư pháp - Hộ tịch' over 'Trưởng "
                         "các thôn'), over tasks of two words ('Đo đạc', 'Tổng kết')", skip=("txt",)))

    # 174. Classes of bodies lead and help; a start and an end column; the header printed again after a page break.
    classes = ("Các sở, ban, ngành", "UBND các xã, phường", "Sở Nội vụ", "Các sở, ban, ngành", "Sở Tư pháp",
               "UBND các xã, phường", "Văn phòng UBND tỉnh", "Các sở, ban, ngành", "Sở Tài chính")
    starts = ("Tháng 7/2026", "01/8/2026", "Quý III/2026", "Năm 2026")
    ends = (Deadline("Tháng 12/2026", "2026-12-31"), Deadline("30/11/2026", "2026-11-30"), Deadline("Quý IV/2026", "2026-12-31"),
            Deadline("Thường xuyên"))
    made = tasks(1080, 9, lead_counts=(1,), supports=("Các cơ quan, đơn vị liên quan",), support_counts=(1, 1, 0),
                 products=PRODUCTS)
    made = [replace(t, lead=(classes[i],), start=starts[i % 4], deadline=ends[i % 4],
                    support=t.support if classes[i] != "Sở Nội vụ" else ("Các sở, ban, ngành", "UBND các xã, phường"))
            for i, t in enumerate(made)]
    L.append(_plan("class_leads_start_end", "Bắc Ninh", "Số: 270/KH-UBND", "ngày 14 tháng 7 năm 2026",
                   "cải cách hành chính nhà nước năm 2026",
                   [TaskTable(columns("STT:number", "Nhiệm vụ:content", "Cơ quan chủ trì:lead", "Cơ quan phối hợp:support",
                                      "Thời gian bắt đầu:start", "Thời gian hoàn thành:deadline"), tuple(made),
                              repeat_header_every=5, repeat_in_docx=True)],
                   "leads that are classes of bodies ('Các sở, ban, ngành', 'UBND các xã, phường': stored as printed, "
                   "never one made-up body), help 'Các cơ quan, đơn vị liên quan'; 'Thời gian bắt đầu | Thời gian hoàn "
                   "thành'; the header printed again after five rows"))

    # 175. The task split between its field and the task itself, each field with one or two tasks (not merged down);
    # the money and its source beside the product.
    areas = ("Cải cách thể chế", "Cải cách thủ tục hành chính", "Cải cách tổ chức bộ máy", "Cải cách chế độ công vụ",
             "Cải cách tài chính công", "Xây dựng chính quyền số", "Công tác chỉ đạo, điều hành")
    sources = ("Ngân sách tỉnh", "Ngân sách nhà nước và nguồn xã hội hóa", "Kinh phí thường xuyên của cơ quan", "")
    made = tasks(1090, 7, lead_counts=(1,), support_counts=(1, 0, 2), outputs=True)
    made = [replace(t, parent=areas[i], budget=("150", "1.200", "", "85")[i % 4], number=str(i + 1),
                    printed={"other": sources[i % 4]}) for i, t in enumerate(made)]
    L.append(_plan("field_and_task_columns", "Hà Tĩnh", "Số: 272/KH-UBND", "ngày 15 tháng 7 năm 2026",
                   "thực hiện Chương trình tổng thể cải cách hành chính năm 2026",
                   [TaskTable(columns("STT:number", "Nội dung:parent", "Nhiệm vụ cụ thể:content", "Đơn vị chủ trì:lead",
                                      "Đơn vị phối hợp:support", "Thời gian thực hiện:deadline", "Sản phẩm:output",
                                      "Kinh phí (triệu đồng):budget", "Nguồn kinh phí:other"), tuple(made))],
                   "the task split between 'Nội dung' (its field, printed in each row) and 'Nhiệm vụ cụ thể' (the task); "
                   "'Kinh phí (triệu đồng)' and 'Nguồn kinh phí' beside 'Sản phẩm' (no product)"))

    # 176. An annex list of tasks: the level a product goes to ("Cấp trình"), not a body that helps.
    levels = ("HĐND tỉnh", "UBND tỉnh", "Chủ tịch UBND tỉnh", "Thủ tướng Chính phủ")
    made = tasks(1100, 8, lead_counts=(1,), support_counts=(1, 2, 0), contents=tuple(c for c, _ in LOCAL_LEGAL), products=(
        "Nghị quyết", "Quyết định", "Kế hoạch", "Đề án"), deadlines=(
        Deadline("Tháng 9/2026", "2026-09-30"), Deadline("Quý IV/2026", "2026-12-31"), Deadline("Kỳ họp cuối năm 2026", "2026-12-31"),
        Deadline("Trước ngày 15/11/2026", "2026-11-15")))
    made = [replace(t, level=levels[i % 4]) for i, t in enumerate(made)]
    L.append(_plan("annex_submit_level", "Quảng Trị", "Số: 274/KH-UBND", "ngày 16 tháng 7 năm 2026",
                   "xây dựng văn bản quy phạm pháp luật năm 2026",
                   [TaskTable(columns("TT:number", "Tên nhiệm vụ:content", "Cơ quan chủ trì:lead", "Cơ quan phối hợp:support",
                                      "Cấp trình:level", "Thời gian trình:deadline", "Sản phẩm:output"), tuple(made))],
                   "an annex 'DANH MỤC NHIỆM VỤ' with 'Cấp trình' (HĐND tỉnh, UBND tỉnh, Thủ tướng Chính phủ: where the "
                   "product goes, not the support)", annex_title="DANH MỤC NHIỆM VỤ XÂY DỰNG VĂN BẢN"))
    return L


def _twenty_fourth_bed() -> list[Layout]:
    """Layouts 177-180: where a table prints the time in a cell it shares or in a column not named for it: one cell
    for the product and its time ("Sản phẩm, thời gian hoàn thành": "Báo cáo kết quả; Quý III/2026"), the time first
    and its product after ("Thời hạn, kết quả": "Tháng 8/2026: Quyết định …"), the time in "Ghi chú" (a table with
    no time column), and a commune's posts one a line under a "Phân công" band (FACTS.md, twenty-fourth test bed)."""
    L: list[Layout] = []

    # 177. The product and its time in one cell, the product first, a "; " or ", " between.
    made = tasks(1110, 8, lead_counts=(1,), support_counts=(1, 2, 0))
    made = [replace(t, printed={"output": f"{t.outputs[0]}{('; ', ', ')[i % 2]}{t.deadline.text}"}) for i, t in enumerate(made)]
    L.append(_plan("product_and_time_one_cell", "Phú Thọ", "Số: 276/KH-UBND", "ngày 17 tháng 7 năm 2026",
                   "chuyển đổi số năm 2026",
                   [TaskTable(columns("STT:number", "Nhiệm vụ:content", "Cơ quan chủ trì:lead", "Cơ quan phối hợp:support",
                                      "Sản phẩm, thời gian hoàn thành:output"), tuple(made), deadline_in_output=True)],
                   "no time column: 'Sản phẩm, thời gian hoàn thành' holds the product, then its time after '; ' or "
                   "', ' ('Báo cáo kết quả; Quý III/2026')"))

    # 178. The time first, its product after a colon or a dash, under "Thời hạn, kết quả".
    made = tasks(1120, 7, lead_counts=(1, 2), support_counts=(0, 1, 2), deadlines=(
        Deadline("Quý II/2026", "2026-06-30"), Deadline("Tháng 8/2026", "2026-08-31"), Deadline("Năm 2026", "2026-12-31"),
        Deadline("Trước ngày 30/9/2026", "2026-09-30")))
    made = [replace(t, printed={"output": f"{t.deadline.text}{(': ', ' - ')[i % 2]}{t.outputs[0]}"}) for i, t in enumerate(made)]
    L.append(_plan("time_then_product_one_cell", "Lạng Sơn", "Số: 278/KH-UBND", "ngày 18 tháng 7 năm 2026",
                   "cải thiện môi trường đầu tư kinh doanh năm 2026",
                   [TaskTable(columns("TT:number", "Nội dung công việc:content", "Đơn vị chủ trì:lead",
                                      "Đơn vị phối hợp:support", "Thời hạn, kết quả:output"), tuple(made),
                              deadline_in_output=True)],
                   "'Thời hạn, kết quả': the time first, then the product after ': ' or ' - ' ('Tháng 8/2026: Quyết "
                   "định của UBND tỉnh')"))

    # 179. No time column: "Ghi chú" holds each task's time as a clause ("Hoàn thành trước 30/9/2026").
    made = tasks(1130, 8, lead_counts=(1,), support_counts=(1, 0, 2), outputs=False, deadlines=(
        Deadline("Hoàn thành trước 30/9/2026", "2026-09-30"), Deadline("Thực hiện trong tháng 10/2026", "2026-10-31"),
        Deadline("Hoàn thành trong Quý IV/2026", "2026-12-31"), Deadline("Thực hiện thường xuyên")))
    L.append(_plan("time_in_the_note_column", "Yên Bái", "Số: 280/KH-UBND", "ngày 19 tháng 7 năm 2026",
                   "phòng, chống thiên tai năm 2026",
                   [TaskTable(columns("STT:number", "Nhiệm vụ:content", "Cơ quan chủ trì:lead", "Cơ quan phối hợp:support",
                                      "Ghi chú:deadline"), tuple(made))],
                   "no time column: 'Ghi chú' holds each task's time as a clause ('Hoàn thành trước 30/9/2026', 'Thực "
                   "hiện thường xuyên')"))

    # 180. A commune's posts one a line under a "Phân công thực hiện" band, a post and a body in one cell.
    posts = ("Công chức Tư pháp - Hộ tịch", "Công chức Văn hóa - Xã hội", "Trưởng các thôn", "Công an xã",
             "Công chức Địa chính - Xây dựng", "Ủy ban MTTQ Việt Nam xã", "Chỉ huy trưởng Ban Chỉ huy Quân sự xã")
    leads = ("Phó Chủ tịch UBND xã", "Công chức Văn hóa - Xã hội", "Công an xã", "Công chức Địa chính - Xây dựng")
    helped = ((posts[0], posts[2]), (posts[3], posts[1]), (posts[5], posts[6], posts[2]), (posts[4],), (posts[2], posts[5]),
              (posts[6], posts[3]))
    made = [replace(t, lead=(leads[i % len(leads)],), support=helped[i])
            for i, t in enumerate(tasks(1140, 6, outputs=False, deadlines=(
                Deadline("Tháng 9/2026", "2026-09-30"), Deadline("Quý IV/2026", "2026-12-31"), Deadline("Thường xuyên"))))]
    L.append(Layout("commune_posts_under_a_band", issuer=("ỦY BAN NHÂN DÂN", "XÃ TÂN LẬP"), number="Số: 95/KH-UBND",
                    place_date="Tân Lập, ngày 20 tháng 7 năm 2026",
                    heading=("KẾ HOẠCH", "Bảo đảm an ninh trật tự và xây dựng đời sống văn hóa ở khu dân cư năm 2026"),
                    parts=("I. MỤC ĐÍCH, YÊU CẦU", "Giao rõ người chịu trách nhiệm chính cho từng việc.",
                           "II. NHIỆM VỤ CỤ THỂ",
                           TaskTable((Column("TT", "number"), Column("Nội dung", "content"),
                                      Column("Chủ trì", "lead", parent="Phân công thực hiện"),
                                      Column("Phối hợp", "support", parent="Phân công thực hiện"),
                                      Column("Thời gian", "deadline")), tuple(made), separator="\n")),
                    signature=("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", "Lò Văn Tám"), recipients=RECIPIENTS,
                    note="a commune's posts one a line (a post beside a body: 'Công an xã' over 'Công chức Văn hóa - Xã "
                         "hội') under 'Phân công thực hiện' over 'Chủ trì | Phối hợp'", skip=("txt",)))
    return L


def _twenty_fifth_bed() -> list[Layout]:
    """Layouts 181-184: columns no task field comes from between the bodies and the time ("Mức độ ưu tiên", a sum and
    its source), under "Nhóm nhiệm vụ …" group rows and a "Kết quả/sản phẩm đầu ra" column; one "Đơn vị thực hiện"
    cell naming both roles by verbs ("A chủ trì, phối hợp B"; "A chủ trì; B, C phối hợp") under two levels of groups
    ("I.", "A."), with times in words ("Trước 30/6", "Năm 2026-2027"); a report whose progress cells open with a time
    ("Quý I/2026 đã trình UBND tỉnh": a status, no deadline); a time cell naming two times (FACTS.md, twenty-fifth
    test bed)."""
    L: list[Layout] = []
    word_times = (Deadline("Thường xuyên"), Deadline("Quý III/2026", "2026-09-30"), Deadline("Trước 30/6", "2026-06-30"),
                  Deadline("Năm 2026-2027", "2027-12-31"), Deadline("Tháng 6 và tháng 12 hằng năm"),
                  Deadline("Trước ngày 15/12 hằng năm"), Deadline("6 tháng cuối năm 2026", "2026-12-31"))

    # 181. "Mức độ ưu tiên", "Kinh phí (triệu đồng)" and "Nguồn vốn" between the bodies and the time, groups "Nhóm nhiệm vụ".
    priorities, sources = ("Cao", "Trung bình", "Cao", "Thấp"), ("Ngân sách tỉnh", "Vốn sự nghiệp", "Lồng ghép các chương trình")
    made = tasks(1150, 9, lead_counts=(1,), support_counts=(1, 2, 0), deadlines=word_times)
    made = [replace(t, budget=("150", "1.200", "80", "")[i % 4],
                    printed={"other": priorities[i % 4], "note": sources[i % 3]}) for i, t in enumerate(made)]
    L.append(_plan("priority_and_money_between", "Tuyên Quang", "Số: 285/KH-UBND", "ngày 21 tháng 7 năm 2026",
                   "phát triển kinh tế số năm 2026",
                   [TaskTable(columns("STT:number", "Nội dung công việc:content", "Cơ quan chủ trì:lead",
                                      "Cơ quan phối hợp:support", "Mức độ ưu tiên:other", "Kinh phí (triệu đồng):budget",
                                      "Nguồn vốn:note", "Thời gian thực hiện:deadline", "Kết quả/sản phẩm đầu ra:output"),
                              tuple(grouped([("", "Nhóm nhiệm vụ 1: Hoàn thiện thể chế, chính sách"),
                                             ("", "Nhóm nhiệm vụ 2: Phát triển hạ tầng số"),
                                             ("", "Nhóm nhiệm vụ 3: Phát triển nguồn nhân lực số")],
                                            [made[:3], made[3:6], made[6:]])))],
                   "'Mức độ ưu tiên' (no task field), 'Kinh phí (triệu đồng)' and 'Nguồn vốn' between the bodies and "
                   "the time, groups 'Nhóm nhiệm vụ 1: …' across the table"))

    # 182. One "Đơn vị thực hiện" cell naming both roles by verbs, two levels of groups, times in words.
    def by_verbs(t: Task, i: int) -> Task:
        if not t.support:
            return replace(t, printed={"agencies": "; ".join(t.lead)})
        text = (f"{t.lead[0]} chủ trì, phối hợp {', '.join(t.support)}" if i % 2 == 0
                else f"{t.lead[0]} chủ trì; {', '.join(t.support)} phối hợp")
        return replace(t, printed={"agencies": text})
    made = [by_verbs(t, i) for i, t in enumerate(tasks(1160, 8, lead_counts=(1,), support_counts=(1, 2, 0, 1),
                                                       deadlines=word_times[1:] + word_times[:1]))]
    rows = [Group("I.", "CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH"), Group("A.", "Ban hành văn bản", level=1), *made[:2],
            Group("B.", "Kiểm tra, đôn đốc", level=1), *made[2:4],
            Group("II.", "NHIỆM VỤ CHUYÊN MÔN"), Group("A.", "Tuyên truyền", level=1), *made[4:6],
            Group("B.", "Ứng dụng công nghệ", level=1), *made[6:]]
    L.append(_plan("roles_by_verbs_under_two_levels", "Cao Bằng", "Số: 287/KH-UBND", "ngày 22 tháng 7 năm 2026",
                   "cải cách hành chính năm 2026",
                   [TaskTable(columns("TT:number", "Nội dung:content", "Đơn vị thực hiện:agencies",
                                      "Thời gian thực hiện:deadline", "Ghi chú:note"), tuple(rows))],
                   "'Đơn vị thực hiện' naming both roles by verbs ('A chủ trì, phối hợp B', 'A chủ trì; B, C phối "
                   "hợp'), groups 'I.' over 'A.', times in words ('Trước 30/6', 'Năm 2026-2027')"))

    # 183. A report: its progress cells open with a time ("Quý I/2026 đã trình UBND tỉnh"), beside a time column and
    # in a second table with none.
    done = ("Quý I/2026 đã trình UBND tỉnh", "Đang thực hiện", "Tháng 3/2026 đã ban hành Quyết định", "Đã hoàn thành",
            "Chưa thực hiện")
    first = [replace(t, printed={"status": done[i % len(done)]})
             for i, t in enumerate(tasks(1170, 6, support_counts=(0,), outputs=False))]
    second = [replace(t, printed={"status": done[(i + 2) % len(done)]})
              for i, t in enumerate(tasks(1180, 5, support_counts=(0,), outputs=False))]
    L.append(replace(_plan("report_progress_opens_with_a_time", "Bắc Kạn", "Số: 289/BC-UBND", "ngày 23 tháng 7 năm 2026",
                   "kết quả thực hiện nhiệm vụ 6 tháng đầu năm 2026",
                   [TaskTable(columns("STT:number", "Nhiệm vụ:content", "Cơ quan chủ trì:lead", "Thời hạn:deadline",
                                      "Tiến độ thực hiện:status"), tuple(first)),
                    TaskTable(columns("STT:number", "Nhiệm vụ:content", "Cơ quan chủ trì:lead",
                                      "Kết quả thực hiện:status"), tuple(second))],
                   "a report's progress cells that open with a time ('Quý I/2026 đã trình UBND tỉnh'): a status, "
                   "never the deadline, beside a time column and where no column is the time's"),
                     heading=("BÁO CÁO", "Kết quả thực hiện nhiệm vụ 6 tháng đầu năm 2026")))

    # 184. A time cell naming two times, a draft's and the issue's ("Quý II/2026 (dự thảo); Quý IV/2026 (ban hành)").
    two = (Deadline("Quý II/2026 (dự thảo); Quý IV/2026 (ban hành)", "2026-12-31"),
           Deadline("Tháng 6/2026 và tháng 12/2026", "2026-12-31"), Deadline("Quý III/2026", "2026-09-30"),
           Deadline("Tháng 8/2026 (trình), tháng 10/2026 (ban hành)", "2026-10-31"))
    made = tasks(1190, 7, lead_counts=(1, 2), support_counts=(2, 0, 1), deadlines=two)
    L.append(_plan("two_times_in_a_cell", "Hà Giang", "Số: 291/KH-UBND", "ngày 24 tháng 7 năm 2026",
                   "xây dựng văn bản quy phạm pháp luật năm 2026",
                   [TaskTable(columns("TT:number", "Tên nhiệm vụ:content", "Cơ quan chủ trì soạn thảo:lead",
                                      "Cơ quan phối hợp:support", "Thời gian trình:deadline", "Sản phẩm:output"),
                              tuple(made))],
                   "a time cell naming two times, a draft's and the issue's ('Quý II/2026 (dự thảo); Quý IV/2026 "
                   "(ban hành)'): both kept in the text, the period ends with the later"))
    return L


def _twenty_sixth_bed() -> list[Layout]:
    """Layouts 185-187: a stage column ("Giai đoạn thực hiện": "2026-2027", "Giai đoạn 1 (2026)") with a sum per task
    ("Mức hỗ trợ": "50 triệu đồng/mô hình") and its source at the row's end, under lettered group rows that print an
    empty cell for each other column ("A" | "NHIỆM VỤ CHUNG"); a bare "Giai đoạn" column beside a product, under Roman
    groups; an estimate and its source ("Kinh phí dự kiến (triệu đồng)", "Nguồn kinh phí") after the time (tests/
    test_table_leftovers_s36.py: the classes these layouts stand for)."""
    L: list[Layout] = []
    stages = (Deadline("2026-2027", "2027-12-31"), Deadline("Giai đoạn 1 (2026)", "2026-12-31"),
              Deadline("Giai đoạn 2026-2030", "2030-12-31"), Deadline("Quý III/2026", "2026-09-30"),
              Deadline("Giai đoạn 2 (2027-2028)", "2028-12-31"))
    sums = ("50 triệu đồng/mô hình", "30", "Không quá 100 triệu đồng", "1.200", "")
    sources = ("Ngân sách tỉnh", "Vốn sự nghiệp", "Nguồn xã hội hóa", "Ngân sách trung ương")

    # 185. "Giai đoạn thực hiện", "Mức hỗ trợ" and "Nguồn vốn" last, under lettered group rows printed cell by cell.
    made = tasks(1200, 8, lead_counts=(1,), support_counts=(1, 2, 0), deadlines=stages, outputs=False)
    made = [replace(t, budget=sums[i % 5], note=sources[i % 4]) for i, t in enumerate(made)]
    L.append(_plan("stage_support_sum_and_source_last", "Lào Cai", "Số: 301/KH-UBND", "ngày 3 tháng 8 năm 2026",
                   "hỗ trợ phát triển sản xuất nông nghiệp giai đoạn 2026-2030",
                   [TaskTable(columns("STT:number", "Nội dung hỗ trợ:content", "Cơ quan chủ trì:lead",
                                      "Cơ quan phối hợp:support", "Giai đoạn thực hiện:deadline", "Mức hỗ trợ:budget",
                                      "Nguồn vốn:note"),
                              tuple(grouped([("A", "NHIỆM VỤ CHUNG"), ("B", "NHIỆM VỤ CỤ THỂ")], [made[:3], made[3:]],
                                            spanning=False)))],
                   "'Giai đoạn thực hiện' (stages: '2026-2027', 'Giai đoạn 1 (2026)'), a sum per task ('Mức hỗ trợ': "
                   "'50 triệu đồng/mô hình', '30') and its source last, under 'A', 'B' group rows printing empty cells"))

    # 186. A bare "Giai đoạn" column beside the product, under Roman group rows printed cell by cell.
    made = tasks(1210, 7, lead_counts=(1, 2), support_counts=(0, 1, 2), deadlines=stages[1:] + stages[:1])
    L.append(_plan("bare_stage_beside_the_product", "Yên Bái", "Số: 303/KH-UBND", "ngày 4 tháng 8 năm 2026",
                   "chuyển đổi số giai đoạn 2026-2030",
                   [TaskTable(columns("TT:number", "Nhiệm vụ:content", "Đơn vị chủ trì:lead", "Đơn vị phối hợp:support",
                                      "Giai đoạn:deadline", "Sản phẩm:output"),
                              tuple(grouped([("I", "HẠ TẦNG SỐ"), ("II", "DỮ LIỆU SỐ")], [made[:4], made[4:]],
                                            spanning=False)))],
                   "a bare 'Giai đoạn' column (no year in its name) beside 'Sản phẩm', under Roman group rows"))

    # 187. An estimate and its source after the time: figures and words that name no body.
    made = tasks(1220, 6, lead_counts=(1,), support_counts=(1, 0, 2), outputs=False)
    made = [replace(t, budget=("150", "1.200", "85", "40", "2.500", "")[i], note=sources[(i + 1) % 4])
            for i, t in enumerate(made)]
    L.append(_plan("estimate_and_source_after_the_time", "Sơn La", "Số: 305/KH-UBND", "ngày 5 tháng 8 năm 2026",
                   "phát triển du lịch cộng đồng năm 2026",
                   [TaskTable(columns("STT:number", "Tên nhiệm vụ:content", "Cơ quan chủ trì:lead",
                                      "Cơ quan phối hợp:support", "Thời gian hoàn thành:deadline",
                                      "Kinh phí dự kiến (triệu đồng):budget", "Nguồn kinh phí:note"), tuple(made))],
                   "'Kinh phí dự kiến (triệu đồng)' and 'Nguồn kinh phí' after the time: an amount alone ('85') and a "
                   "source ('Ngân sách tỉnh') at the row's end"))
    return L


def _twenty_seventh_bed() -> list[Layout]:
    """Layouts 188-199, written blind for the forms provinces publish (DOCX, and the PDF printed from it): traits the
    earlier beds print one at a time, here together as a Word annex combines them — two merged parents over one
    header ("Cơ quan thực hiện" over "Chủ trì | Phối hợp" beside "Thời gian thực hiện" over the quarters), rules
    between rows only with the lead merged down, a long table in a small font with rules round the header only, narrow
    number and date columns under a row of bare column numbers, padded cells over two products, a nested table with
    two parents, a caption and a total first, three levels of numbering over a part whose header the page break did not
    repeat, marks spelled "Chủ trì"/"Phối hợp", ten columns on a turned page (FACTS.md: twenty-seventh bed)."""
    L: list[Layout] = []
    quarters = ("Quý I", "Quý II", "Quý III", "Quý IV")
    ends = ("2026-03-31", "2026-06-30", "2026-09-30", "2026-12-31")

    # 188. Two parents in one header: the bodies' pair and the quarters ticked "x", a product last.
    runs = ((0, 1), (2,), (1, 2, 3), (3,), (0,), (0, 1, 2, 3), (2, 3), (1,))
    made = [replace(t, deadline=Deadline(", ".join(quarters[q] for q in run), ends[run[-1]]))
            for t, run in zip(tasks(1300, 8, support_counts=(2, 1, 0, 1)), runs)]
    L.append(_plan("bodies_pair_beside_ticked_quarters", "Hòa Bình", "Số: 311/KH-UBND", "ngày 6 tháng 8 năm 2026",
                   "phòng, chống thiên tai và tìm kiếm cứu nạn năm 2026",
                   [TaskTable((Column("STT", "number"), Column("Nội dung nhiệm vụ", "content"),
                               Column("Chủ trì", "lead", "Cơ quan thực hiện"),
                               Column("Phối hợp", "support", "Cơ quan thực hiện"),
                               *(Column(q, "period", "Thời gian thực hiện") for q in quarters),
                               Column("Sản phẩm đầu ra", "output")),
                              tuple(grouped([("I", "CÔNG TÁC PHÒNG NGỪA"), ("II", "ỨNG PHÓ VÀ KHẮC PHỤC HẬU QUẢ")],
                                            [made[:4], made[4:]])))],
                   "two merged parents in one header ('Cơ quan thực hiện' over 'Chủ trì | Phối hợp', 'Thời gian thực "
                   "hiện' over the quarters ticked 'x'), the product last", skip=("txt",)))  # one cell a line: empty
    # quarters cannot be told apart

    # 189. Rules between rows only, the lead merged down over the tasks it leads, supports one per line as bullets.
    made = tasks(1310, 9, leads=PROVINCE[:3], lead_counts=(1,), support_counts=(2, 1, 3), outputs=False)
    made = [replace(t, lead=(("Sở Nội vụ",), ("Sở Tư pháp",))[i // 3] if i < 6 else ("Sở Tài chính",))
            for i, t in enumerate(made)]
    made = [replace(t, support=tuple(s for s in t.support if s not in t.lead) or ("Sở Y tế",)) for t in made]
    L.append(_plan("row_rules_lead_merged_bullets", "Phú Thọ", "Số: 313/KH-UBND", "ngày 7 tháng 8 năm 2026",
                   "thực hiện công tác cải cách hành chính năm 2026",
                   [TaskTable(columns("TT:number", "Nhiệm vụ:content", "Cơ quan chủ trì:lead", "Cơ quan phối hợp:support",
                                      "Thời hạn hoàn thành:deadline"),
                              tuple(grouped([("I", "CẢI CÁCH THỂ CHẾ"), ("II", "CẢI CÁCH TÀI CHÍNH CÔNG")],
                                            [made[:6], made[6:]], spanning=False)),
                              rules="horizontal", merge=("lead",), separator="\n- ", bold_groups=True)],
                   "rules between rows only, the lead merged down over its tasks, supports as '- ' lines, Roman groups "
                   "printing their own cells", skip=("txt",)))  # one cell a line: a merged lead's rows print no lead line

    # 190. A long table in 9 pt, rules round the header only, the header printed again every ten rows in Word too.
    made = tasks(1320, 26, numbers="1", support_counts=(1, 0, 2), deadlines=DEADLINES + HARD_DEADLINES[2:4])
    rows = grouped([("", "Nhóm 1: Thể chế, chính sách"), ("", "Nhóm 2: Hạ tầng, dữ liệu"), ("", "Nhóm 3: Nhân lực")],
                   [made[:9], made[9:18], made[18:]])
    L.append(_plan("header_ruled_long_small_repeated", "Thái Bình", "Số: 315/KH-UBND", "ngày 8 tháng 8 năm 2026",
                   "chuyển đổi số và phát triển chính quyền số năm 2026",
                   [TaskTable(STD, tuple(rows), rules="header", repeat_header_every=10, repeat_in_docx=True)],
                   "26 tasks over pages in 9 pt, rules above and below the header only, the header printed again every "
                   "ten rows as ordinary rows, groups 'Nhóm 1: …' across the table", table_pt=9))

    # 191. The same rules on one page: group titles "Nhóm 1: …" printed from the number column into the task's.
    made = tasks(1420, 10, support_counts=(1, 0, 2))
    L.append(_plan("header_ruled_titles_across_numbers", "Nam Định", "Số: 316/KH-UBND", "ngày 8 tháng 8 năm 2026",
                   "phát triển hạ tầng số năm 2026",
                   [TaskTable(STD, tuple(grouped([("", "Nhóm 1: Thể chế"), ("", "Nhóm 2: Hạ tầng")], [made[:5], made[5:]])),
                              rules="header")],
                   "rules round the header only, all rows in one band under it; the group titles 'Nhóm 1: …' run from "
                   "the number column into the task's (no white gutter between them on those lines)", table_pt=9))

    # 192. Narrow number and time columns (dates wrap) under a row of bare column numbers "1 2 3 …".
    made = tasks(1330, 7, deadlines=HARD_DEADLINES[5:9] + DEADLINES[3:7:3] + (Deadline("30/11/2026", "2026-11-30"),))
    L.append(_plan("narrow_times_bare_column_numbers", "Ninh Bình", "Số: 317/KH-UBND", "ngày 9 tháng 8 năm 2026",
                   "phát triển du lịch năm 2026",
                   [TaskTable(STD, tuple(made), column_numbers=True, column_number_format="{}",
                              narrow=("deadline", "number"))],
                   "narrow number and time columns (a date wraps inside its cell) under a row '1 2 3 …' of bare column "
                   "numbers"))

    # 193. Each body cell padded by an empty paragraph above and below; tasks with two products over two rows.
    made = tasks(1340, 7, support_counts=(1, 2, 0))
    made = [replace(t, outputs=(t.outputs[0], PRODUCTS[(i + 5) % len(PRODUCTS)])) if i % 3 == 1 else t
            for i, t in enumerate(made)]
    L.append(_plan("padded_cells_two_products", "Hưng Yên", "Số: 319/KH-UBND", "ngày 10 tháng 8 năm 2026",
                   "bảo vệ môi trường năm 2026",
                   [TaskTable(columns("STT:number", "Nội dung công việc:content", "Đơn vị chủ trì:lead",
                                      "Đơn vị phối hợp:support", "Thời gian hoàn thành:deadline",
                                      "Kết quả/sản phẩm đầu ra:output"), tuple(made), padded_cells=True)],
                   "every body cell padded by an empty paragraph above and below; a task's two products printed as two "
                   "rows under its merged cells", skip=("txt",)))  # one cell a line: the padding's blank lines are
    # cells

    # 194. A table nested in a frame's one cell, with two parents: the bodies and "Thời gian" over start and end.
    made = tasks(1350, 6, support_counts=(1, 0, 2), outputs=False)
    starts = ("Tháng 3/2026", "Quý II/2026", "Tháng 1/2026", "Tháng 5/2026", "Quý I/2026", "Tháng 7/2026")
    made = [replace(t, start=starts[i]) for i, t in enumerate(made)]
    L.append(_plan("nested_two_parents_start_end", "Hà Nam", "Số: 321/KH-UBND", "ngày 11 tháng 8 năm 2026",
                   "xây dựng nông thôn mới năm 2026",
                   [TaskTable((Column("TT", "number"), Column("Nhiệm vụ", "content"),
                               Column("Chủ trì", "lead", "Cơ quan, đơn vị thực hiện"),
                               Column("Phối hợp", "support", "Cơ quan, đơn vị thực hiện"),
                               Column("Bắt đầu", "start", "Thời gian"), Column("Hoàn thành", "deadline", "Thời gian")),
                              tuple(made), nested=True)],
                   "a table in the one cell of a borderless frame table, two parents ('Cơ quan, đơn vị thực hiện', "
                   "'Thời gian' over 'Bắt đầu | Hoàn thành')"))

    # 195. A caption row over the header, the money's total printed first, a source of money in the note.
    made = tasks(1360, 6, lead_counts=(1,), support_counts=(1, 2, 0), outputs=False)
    made = [replace(t, budget=("250", "1.500", "90", "", "600", "45")[i],
                    note=("Ngân sách tỉnh", "Vốn sự nghiệp", "")[i % 3]) for i, t in enumerate(made)]
    L.append(_plan("caption_total_first_money", "Vĩnh Phúc", "Số: 323/KH-UBND", "ngày 12 tháng 8 năm 2026",
                   "phát triển nguồn nhân lực năm 2026",
                   [TaskTable(columns("STT:number", "Nội dung thực hiện:content", "Cơ quan chủ trì:lead",
                                      "Cơ quan phối hợp:support", "Thời gian thực hiện:deadline",
                                      "Kinh phí (triệu đồng):budget", "Nguồn kinh phí:note"), tuple(made),
                              caption="BẢNG PHÂN CÔNG THỰC HIỆN NHIỆM VỤ NĂM 2026", total="Tổng cộng", total_first=True)],
                   "a caption row over the header, the total of the money printed first under it, a source per task"))

    # 196. Three levels of numbering ("1." and "1.1." groups over "1.1.1" tasks), split over a page break whose second
    # part prints no header; the header's one-level columns not merged down.
    first = [Group("1.", "Hoàn thiện thể chế"), Group("1.1.", "Rà soát văn bản", level=1), *tasks(1370, 3, numbers="p:1.1."),
             Group("1.2.", "Xây dựng văn bản mới", level=1), *tasks(1373, 2, numbers="p:1.2.")]
    second = [*tasks(1375, 2, numbers="p:1.2.", first=3), Group("2.", "Tổ chức thực hiện"),
              Group("2.1.", "Tuyên truyền", level=1), *tasks(1377, 3, numbers="p:2.1.")]
    cols = (Column("TT", "number"), Column("Nhiệm vụ", "content"), Column("Chủ trì", "lead", "Cơ quan thực hiện"),
            Column("Phối hợp", "support", "Cơ quan thực hiện"), Column("Thời hạn", "deadline"), Column("Sản phẩm", "output"))
    ref = "Kế hoạch số 325/KH-UBND ngày 13 tháng 8 năm 2026 của UBND tỉnh Bắc Ninh"
    L.append(Layout("three_levels_headerless_continuation", **province_header("Bắc Ninh", "Số: 325/KH-UBND",
                                                                               "ngày 13 tháng 8 năm 2026"),
                    heading=("KẾ HOẠCH", "Thực hiện công tác pháp chế năm 2026"),
                    parts=(*_body("công tác pháp chế"), PageBreak(landscape=True),
                           *annex_intro("", "DANH MỤC NHIỆM VỤ", ref),
                           TaskTable(cols, tuple(first), header_gridspan_only=True), PageBreak(landscape=True),
                           TaskTable(cols, tuple(second), continued=True, header=False)),
                    signature=SIGN_PROVINCE, recipients=RECIPIENTS,
                    note="three levels of numbering ('1.', '1.1.' groups over '1.1.1' tasks), the table split at a page "
                         "break with no header on its second part; the header's one-level columns not merged down"))

    # 197. One "Đơn vị thực hiện" column marking its lead "(chủ trì)", on a landscape page stored turned.
    made = tasks(1380, 7, lead_counts=(1,), support_counts=(2, 1, 0, 2))
    L.append(_plan("marked_lead_one_column_turned_page", "Thanh Hóa", "Số: 327/KH-UBND", "ngày 14 tháng 8 năm 2026",
                   "phát triển kinh tế tập thể năm 2026",
                   [TaskTable(columns("STT:number", "Nhiệm vụ cụ thể:content", "Đơn vị thực hiện:agencies",
                                      "Thời gian hoàn thành:deadline", "Sản phẩm:output"), tuple(made), combined="mark")],
                   "one 'Đơn vị thực hiện' column whose lead is marked '(chủ trì)', on a landscape page stored portrait "
                   "and turned", rotated_pdf=True))

    # 198. A column per body under "Đơn vị thực hiện", its cell "Chủ trì" or "Phối hợp" spelled out.
    bodies = ("Sở Tài chính", "Sở Nội vụ", "Sở Xây dựng", "Công an tỉnh", "Sở Y tế")
    made = tasks(1390, 7, leads=bodies, supports=bodies, lead_counts=(1,), support_counts=(1, 2, 0, 3), outputs=False)
    L.append(_plan("bodies_marked_in_words", "Nghệ An", "Số: 329/KH-UBND", "ngày 15 tháng 8 năm 2026",
                   "bảo đảm trật tự an toàn giao thông năm 2026",
                   [TaskTable((Column("TT", "number"), Column("Nội dung", "content"),
                               *(Column(b, "mark", "Đơn vị thực hiện") for b in bodies),
                               Column("Thời gian", "deadline")), tuple(made), marks=("Chủ trì", "Phối hợp"))],
                   "a column per body under 'Đơn vị thực hiện', its cell 'Chủ trì' or 'Phối hợp' in words",
                   skip=("txt",)))  # one cell a line: empty marks cannot be told apart

    # 199. Ten columns in 9 pt: the time as start and end, a product, a level, money and a note.
    made = tasks(1400, 6, support_counts=(2, 0, 1))
    made = [replace(t, start=("01/2026", "03/2026", "Quý II/2026")[i % 3], level=("UBND tỉnh", "Chủ tịch UBND tỉnh")[i % 2],
                    budget=("120", "", "75")[i % 3], note=("", "Nhiệm vụ chuyển tiếp")[i % 2]) for i, t in enumerate(made)]
    L.append(_plan("ten_columns_small_type", "Quảng Trị", "Số: 331/KH-UBND", "ngày 16 tháng 8 năm 2026",
                   "thực hiện chương trình hành động năm 2026",
                   [TaskTable((Column("STT", "number"), Column("Nhiệm vụ", "content"), Column("Cơ quan chủ trì", "lead"),
                               Column("Cơ quan phối hợp", "support"), Column("Từ", "start", "Thời gian thực hiện"),
                               Column("Đến", "deadline", "Thời gian thực hiện"), Column("Sản phẩm", "output"),
                               Column("Cấp trình", "level"), Column("Kinh phí (triệu đồng)", "budget"),
                               Column("Ghi chú", "note")), tuple(made))],
                   "ten columns in 9 pt: 'Thời gian thực hiện' over 'Từ | Đến', product, level, money and a note",
                   table_pt=9))
    return L


def _twenty_eighth_bed() -> list[Layout]:
    """Layouts 200-202: tables copied from legal sites (tests/test_twenty_eighth_bed.py): group rows that name the
    lead of their tasks in words ("Nhiệm vụ do Sở Nội vụ chủ trì") over rows whose lead cell is blank, their support
    printed; a content cell whose lines go on with dashed sub-tasks ("- Tổ chức …") and, in the same table, dashed rows
    with cells of their own (FACTS.md, twenty-eighth test bed)."""
    L: list[Layout] = []

    def under(titles: tuple[str, ...], bodies: tuple[str, ...], made: list[Task], sizes: tuple[int, ...],
              labels: tuple[str, ...] = ("I", "II", "III")) -> tuple:
        """Groups whose title names the lead (``bodies``): their tasks print a blank lead cell, the lead theirs."""
        rows: list = []
        start = 0
        for label, title, body, size in zip(labels, titles, bodies, sizes):
            rows.append(Group(label, title, spanning=False))
            rows += [replace(t, lead=(body,), support=tuple(s for s in t.support if s != body), printed={"lead": ""})
                     for t in made[start:start + size]]
            start += size
        return tuple(rows)

    # 200. Roman groups "Nhiệm vụ do … chủ trì", "Nhiệm vụ giao … chủ trì", "… chủ trì thực hiện"; lead cells blank.
    made = tasks(1230, 9, lead_counts=(1,), support_counts=(1, 2, 1, 0))
    bodies = ("Sở Nội vụ", "Công an tỉnh", "Sở Y tế")
    L.append(_plan("group_title_leads_blank_lead_cells", "Hà Tĩnh", "Số: 307/KH-UBND", "ngày 6 tháng 8 năm 2026",
                   "thực hiện công tác cải cách hành chính năm 2026",
                   [TaskTable(STD, under(("Nhiệm vụ do Sở Nội vụ chủ trì", "Đơn vị chủ trì: Công an tỉnh",
                                          "Sở Y tế chủ trì thực hiện"), bodies, made, (3, 3, 3)))],
                   "group rows that name the lead in words ('Nhiệm vụ do Sở Nội vụ chủ trì', 'Đơn vị chủ trì: Công an "
                   "tỉnh'), each task's lead cell blank and its support printed: the group's body leads, the support "
                   "stays support"))

    # 201. The same in capitals, a copy with no blank line between paragraphs whose empty lines the reader drops
    # (tables.py _blank_lines_as_empty_cells: too many for empty cells), the time before the bodies. Every task names
    # its support: a row that printed neither body cell reads as merged from above in such a copy (a known limit).
    made = tasks(1240, 8, lead_counts=(1,), support_counts=(2, 1, 1), outputs=False)
    bodies = ("Sở Tư pháp", "Sở Tài chính")
    L.append(_plan("group_title_leads_no_blank_lines", "Quảng Bình", "Số: 309/KH-UBND", "ngày 7 tháng 8 năm 2026",
                   "phổ biến, giáo dục pháp luật năm 2026",
                   [TaskTable(columns("TT:number", "Nội dung công việc:content", "Thời gian hoàn thành:deadline",
                                      "Đơn vị chủ trì:lead", "Đơn vị phối hợp:support"),
                              under(("NHIỆM VỤ DO SỞ TƯ PHÁP CHỦ TRÌ", "Nhiệm vụ giao Sở Tài chính chủ trì"), bodies,
                                    made, (4, 4), labels=("A", "B")))],
                   "group titles that name the lead ('NHIỆM VỤ DO SỞ TƯ PHÁP CHỦ TRÌ', 'Nhiệm vụ giao Sở Tài chính chủ "
                   "trì') over blank lead cells that a copy with no blank lines drops, the time before the bodies",
                   text_lines=""))

    # 202. Dashed lines: sub-tasks inside a row's content cell ("Tuyên truyền …:" / "- Tổ chức …"), and dashed rows
    # under a numbered row with cells of their own.
    subs = ("- Tổ chức hội nghị phổ biến tại các xã, phường", "- Biên soạn, phát hành tờ gấp, sổ tay hỏi đáp",
            "- Xây dựng chuyên mục trên Đài Phát thanh và Truyền hình tỉnh", "- Tổ chức cuộc thi tìm hiểu trực tuyến")
    own = ("Tổ chức tọa đàm pháp luật cho đoàn viên thanh niên", "Phát hành bản tin pháp luật hằng quý",
           "Tổ chức phiên tòa giả định tại trường học", "Cập nhật văn bản mới trên trang thông tin điện tử")
    made = tasks(1250, 8, lead_counts=(1,), support_counts=(1, 0, 2))
    rows: list = []
    for i, t in enumerate(made):
        if i % 4 == 1:  # a content cell that lists its parts on dashed lines
            rows.append(replace(t, content=f"{t.content}, gồm:\n{subs[i % 4]}\n{subs[(i + 1) % 4]}"))
        elif i % 4 == 3:  # dashed rows with their own bodies and times under the row before
            # the dash in the number cell, or in the content cell with the number cell empty
            rows += [replace(t, number="-", content=own[i // 4 * 2]),
                     replace(made[(i + 3) % 8], number="", content=own[i // 4 * 2 + 1],
                             printed={"content": f"- {own[i // 4 * 2 + 1]}"})]
        else:
            rows.append(t)
    L.append(_plan("dashed_lines_in_and_under_rows", "Ninh Bình", "Số: 311/KH-UBND", "ngày 8 tháng 8 năm 2026",
                   "tuyên truyền, phổ biến pháp luật năm 2026",
                   [TaskTable(STD, tuple(rows))],
                   "a content cell that goes on with dashed sub-tasks ('…, gồm:' / '- Tổ chức hội nghị …': the row's "
                   "content, no tasks of their own), and dashed rows with their own bodies and times under a row"))
    return L


def _twenty_ninth_bed() -> list[Layout]:
    """Layouts 203-214, written blind for the forms provinces and ministries publish (DOCX, the PDF printed from it,
    HTML): tables ruled between the columns only (no rule between rows), tables with no rule at all whose rows are told
    apart by shading every other one, the page's number printed in its foot under a table running on, a sum and its
    source between the bodies and the time, years ticked "x", "Nội dung công việc" over "Nhiệm vụ | Hoạt động cụ thể",
    numbers "1.1", "1.2.3", collectives leading ("UBND các huyện, thành phố"), a title row across the table, a body's
    name broken over two lines inside its cell, a landscape annex stored turned (FACTS.md: twenty-ninth bed)."""
    L: list[Layout] = []
    sources = ("Ngân sách tỉnh", "Ngân sách trung ương", "Lồng ghép chương trình mục tiêu", "Xã hội hóa")
    locals_ = ("UBND các huyện, thành phố", "UBND các huyện, thị xã, thành phố")

    def broken(name: str) -> str:
        """A body's name as a narrow cell breaks it by hand: the line broken after its first words."""
        words = name.split()
        return name if len(words) < 4 else " ".join(words[:2]) + "\n" + " ".join(words[2:])

    # 203. Ruled between the columns only: a sum and its source between the support and the time.
    made = tasks(1500, 8, lead_counts=(1,), support_counts=(1, 2, 0))
    made = [replace(t, budget=("250", "", "1.500", "90")[i % 4], printed={"other": sources[i % 4]})
            for i, t in enumerate(made)]
    L.append(_plan("vertical_rules_money_between", "Lạng Sơn", "Số: 341/KH-UBND", "ngày 3 tháng 9 năm 2026",
                   "phát triển kinh tế cửa khẩu năm 2026",
                   [TaskTable(columns("STT:number", "Nội dung nhiệm vụ:content", "Cơ quan chủ trì:lead",
                                      "Cơ quan phối hợp:support", "Kinh phí (triệu đồng):budget", "Nguồn vốn:other",
                                      "Thời gian hoàn thành:deadline", "Sản phẩm:output"),
                              tuple(grouped([("I", "HOÀN THIỆN CƠ CHẾ, CHÍNH SÁCH"), ("II", "ĐẦU TƯ HẠ TẦNG")],
                                            [made[:4], made[4:]])), rules="vertical")],
                   "rules between and round the columns only (none between body rows), 'Kinh phí (triệu đồng)' and "
                   "'Nguồn vốn' between the support and the time"))

    # 204. The same rules: years "Năm 2026 | Năm 2027 | Năm 2028" ticked "x", collectives leading.
    years = ("Năm 2026", "Năm 2027", "Năm 2028")
    runs = ((0,), (0, 1), (1, 2), (0, 1, 2), (2,), (1,), (0, 1))
    made = [replace(t, deadline=Deadline(", ".join(years[y] for y in run), f"{2026 + run[-1]}-12-31"),
                    **({"lead": (locals_[i % 2],)} if i % 3 == 1 else {}))
            for i, (t, run) in enumerate(zip(tasks(1510, 7, lead_counts=(1,), support_counts=(1, 0, 2), outputs=False,
                                                   supports=PROVINCE), runs))]
    L.append(_plan("vertical_rules_year_ticks", "Cao Bằng", "Số: 343/KH-UBND", "ngày 4 tháng 9 năm 2026",
                   "giảm nghèo bền vững giai đoạn 2026-2028",
                   [TaskTable((Column("TT", "number"), Column("Nhiệm vụ", "content"), Column("Đơn vị chủ trì", "lead"),
                               Column("Đơn vị phối hợp", "support"),
                               *(Column(y, "period", "Thời gian thực hiện") for y in years)), tuple(made),
                              rules="vertical")],
                   "rules between the columns only; 'Thời gian thực hiện' over 'Năm 2026 | Năm 2027 | Năm 2028' ticked "
                   "'x'; 'UBND các huyện, thành phố' leading some tasks", skip=("txt",)))  # one cell a line: empty
    # years cannot be told apart

    # 205. No rule at all, every other row shaded; "Nội dung công việc" over "Nhiệm vụ | Hoạt động cụ thể".
    parents = ("Nâng cao chất lượng khám, chữa bệnh", "Phát triển y tế cơ sở", "Chuyển đổi số y tế")
    made, n = [], 0
    for p, run in enumerate((3, 2, 3)):
        for t in tasks(1520 + n, run, outputs=False, lead_counts=(1,), support_counts=(1, 0, 2)):
            made.append(replace(t, number=str(p + 1), parent=parents[p]))
        n += run
    L.append(_plan("zebra_activities_under_tasks", "Bắc Kạn", "Số: 345/KH-UBND", "ngày 5 tháng 9 năm 2026",
                   "nâng cao chất lượng y tế năm 2026",
                   [TaskTable((Column("TT", "number"), Column("Nhiệm vụ", "parent", "Nội dung công việc"),
                               Column("Hoạt động cụ thể", "content", "Nội dung công việc"),
                               Column("Chủ trì", "lead"), Column("Phối hợp", "support"), Column("Thời gian", "deadline")),
                              tuple(made), merge=("number", "parent"), rules="zebra")],
                   "no rule at all, the header and every other row shaded; 'Nội dung công việc' over 'Nhiệm vụ | Hoạt "
                   "động cụ thể', the task merged down over its activities", skip=("txt",)))  # one cell a line: a
    # merged task's later rows print one cell fewer

    # 206. No rule, shading: numbers "1.1", "1.2" under groups "1", "2"; a title row across the table.
    first = tasks(1530, 4, numbers="p:1.", support_counts=(2, 1, 0))
    second = tasks(1534, 3, numbers="p:2.", support_counts=(1, 0))
    L.append(_plan("zebra_caption_dotted_numbers", "Điện Biên", "Số: 347/KH-UBND", "ngày 6 tháng 9 năm 2026",
                   "phát triển giáo dục nghề nghiệp năm 2026",
                   [TaskTable(STD, tuple(grouped([("1", "Đổi mới quản lý"), ("2", "Nâng cao chất lượng đào tạo")],
                                                 [first, second])),
                              rules="zebra", caption="NHIỆM VỤ TRỌNG TÂM NĂM 2026")],
                   "no rule at all, every other row shaded; a title row across the table over the header; tasks '1.1', "
                   "'1.2' under groups '1', '2'"))

    # 207. Three levels: tasks "1.2.3" under groups "1." and "1.2.", ruled between columns, page numbers in the foot.
    rows = [Group("1.", "Công tác tuyên truyền"), Group("1.1.", "Tuyên truyền trên báo chí", level=1),
            *tasks(1540, 3, numbers="p:1.1."), Group("1.2.", "Tuyên truyền tại cơ sở", level=1),
            *tasks(1543, 3, numbers="p:1.2."), Group("2.", "Công tác kiểm tra"), *tasks(1546, 2, numbers="p:2.")]
    L.append(_plan("vertical_rules_three_levels", "Sơn La", "Số: 349/KH-UBND", "ngày 7 tháng 9 năm 2026",
                   "tuyên truyền phòng, chống ma túy năm 2026",
                   [TaskTable(STD, tuple(rows), rules="vertical")],
                   "rules between the columns only; three levels of numbering ('1.', '1.1.' groups over '1.1.1' "
                   "tasks, '2.1' under '2.'); the page's number in its foot", page_numbers=True))

    # 208. The leftover: rules round the header only, a long table running over pages, each page's number in its
    # foot inside the table's width (under the last row of a page the table runs off).
    made = tasks(1550, 24, support_counts=(1, 0, 2), deadlines=DEADLINES + MORE_DEADLINES[:3])
    L.append(_plan("header_ruled_page_numbers", "Yên Bái", "Số: 351/KH-UBND", "ngày 8 tháng 9 năm 2026",
                   "phát triển lâm nghiệp bền vững năm 2026",
                   [TaskTable(STD, tuple(grouped([("I", "QUẢN LÝ, BẢO VỆ RỪNG"), ("II", "PHÁT TRIỂN RỪNG")],
                                                 [made[:12], made[12:]])), rules="header")],
                   "rules round the header only, 24 tasks over pages, each page's number printed in its foot inside "
                   "the table's width", table_pt=10, page_numbers=True))

    # 209. Bodies' names broken over two lines inside their cells (a narrow column), grid rules.
    made = tasks(1560, 7, lead_counts=(1,), support_counts=(1, 2, 0))
    made = [replace(t, printed={"lead": "\n".join(broken(x) for x in t.lead),
                                "support": ";\n".join(broken(x) for x in t.support)}) for t in made]
    L.append(_plan("names_broken_in_cells", "Lai Châu", "Số: 353/KH-UBND", "ngày 9 tháng 9 năm 2026",
                   "phát triển nông nghiệp hàng hóa năm 2026",
                   [TaskTable(STD, tuple(made), narrow=("lead", "support"))],
                   "bodies' names broken over two lines inside their cells by hand ('Sở Nông' / 'nghiệp và Môi "
                   "trường'), supports one a line after ';'", skip=("txt",)))  # one cell a line: a name's break
    # cannot be told from a second body

    # 210. A landscape annex stored turned in a portrait file, ruled between columns only, a product and a note.
    made = tasks(1570, 8, support_counts=(2, 0, 1))
    made = [replace(t, note=("", "Nhiệm vụ chuyển tiếp", "")[i % 3]) for i, t in enumerate(made)]
    L.append(_plan("vertical_rules_turned_page", "Hà Giang", "Số: 355/KH-UBND", "ngày 10 tháng 9 năm 2026",
                   "phát triển du lịch cộng đồng năm 2026",
                   [TaskTable(columns("TT:number", "Nhiệm vụ:content", "Cơ quan chủ trì:lead", "Cơ quan phối hợp:support",
                                      "Thời hạn:deadline", "Kết quả đầu ra:output", "Ghi chú:note"), tuple(made),
                              rules="vertical")],
                   "rules between the columns only, on a landscape page stored portrait and turned; a note column",
                   rotated_pdf=True))

    # 211. Shaded rows with money: "Kinh phí" over "Tổng số | Ngân sách tỉnh" (two sums, the first read), collectives.
    made = tasks(1580, 7, lead_counts=(1,), support_counts=(0, 1, 2), outputs=False)
    made = [replace(t, budget=("300", "120", "45", "800")[i % 4], printed={"other": ("200", "120", "", "500")[i % 4]},
                    **({"lead": (locals_[0],)} if i % 3 == 2 else {})) for i, t in enumerate(made)]
    L.append(_plan("zebra_money_parent", "Tuyên Quang", "Số: 357/KH-UBND", "ngày 11 tháng 9 năm 2026",
                   "xây dựng nông thôn mới năm 2026",
                   [TaskTable((Column("STT", "number"), Column("Nội dung", "content"), Column("Chủ trì", "lead"),
                               Column("Phối hợp", "support"), Column("Tổng số", "budget", "Kinh phí (triệu đồng)"),
                               Column("Ngân sách tỉnh", "other", "Kinh phí (triệu đồng)"), Column("Tiến độ", "deadline")),
                              tuple(made), rules="zebra")],
                   "no rule, every other row shaded; 'Kinh phí (triệu đồng)' over 'Tổng số | Ngân sách tỉnh' before "
                   "'Tiến độ'; 'UBND các huyện, thành phố' leading"))

    # 212. A ministry's annex: "Đơn vị chủ trì | Đơn vị phối hợp", times "Quý", ruled between columns, long rows.
    made = tasks(1590, 9, numbers="1.", leads=MINISTRY, supports=MINISTRY + CENTRAL_COLLECTIVE, lead_counts=(1,),
                 support_counts=(1, 2, 0), deadlines=(Deadline("Quý I/2027", "2027-03-31"), Deadline("Quý III/2026", "2026-09-30"),
                                                      Deadline("Năm 2027", "2027-12-31"), Deadline("Thường xuyên")))
    L.append(Layout("ministry_vertical_rules", issuer=("THỦ TƯỚNG CHÍNH PHỦ",), number="Số: 2215/QĐ-TTg",
                    place_date="Hà Nội, ngày 12 tháng 9 năm 2026",
                    heading=("QUYẾT ĐỊNH", "Ban hành Kế hoạch triển khai thi hành Luật Dữ liệu năm 2026-2027"),
                    parts=("Điều 1. Ban hành kèm theo Quyết định này Kế hoạch triển khai thi hành Luật Dữ liệu năm 2026-2027.",
                           "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.", PageBreak(landscape=True),
                           *annex_intro("", "DANH MỤC NHIỆM VỤ",
                                        "Quyết định số 2215/QĐ-TTg ngày 12 tháng 9 năm 2026 của Thủ tướng Chính phủ"),
                           TaskTable(columns("STT:number", "Nội dung công việc:content", "Đơn vị chủ trì:lead",
                                             "Đơn vị phối hợp:support", "Thời gian hoàn thành:deadline", "Sản phẩm:output"),
                                     tuple(made), rules="vertical")),
                    signature=("KT. THỦ TƯỚNG", "PHÓ THỦ TƯỚNG", "", "Lê Văn An"),
                    recipients=("Nơi nhận:", "- Như Điều 3;", "- Lưu: VT, PL."),
                    note="the Prime Minister's decision carrying a plan: its annex ruled between the columns only, numbers '1.'",
                    page_numbers=True))

    # 213. Shaded rows over pages with the page's number in the foot, groups across the table.
    made = tasks(1600, 20, support_counts=(2, 1, 0), deadlines=DEADLINES + HARD_DEADLINES[5:7])
    L.append(_plan("zebra_long_page_numbers", "Lào Cai", "Số: 359/KH-UBND", "ngày 13 tháng 9 năm 2026",
                   "phát triển công nghiệp chế biến năm 2026",
                   [TaskTable(STD, tuple(grouped([("A", "NHIỆM VỤ CHUNG"), ("B", "NHIỆM VỤ CỤ THỂ")], [made[:8], made[8:]])),
                              rules="zebra", bold_groups=True)],
                   "no rule, every other row shaded, 20 tasks over pages with each page's number in its foot; lettered "
                   "groups in bold", page_numbers=True))

    # 214. Ruled between columns, supports as "- " lines, a collective leading, page numbers.
    made = tasks(1610, 9, lead_counts=(1,), support_counts=(2, 1, 3), outputs=False)
    made = [replace(t, lead=(("Sở Công Thương",), ("Sở Tài chính",), (locals_[0],))[i // 3]) for i, t in enumerate(made)]
    made = [replace(t, support=tuple(s for s in t.support if s not in t.lead) or ("Sở Y tế",)) for t in made]
    L.append(_plan("vertical_rules_bullet_supports", "Thái Nguyên", "Số: 361/KH-UBND", "ngày 14 tháng 9 năm 2026",
                   "phát triển thương mại điện tử năm 2026",
                   [TaskTable(columns("TT:number", "Nhiệm vụ:content", "Cơ quan chủ trì:lead", "Cơ quan phối hợp:support",
                                      "Thời hạn hoàn thành:deadline"), tuple(made), separator="\n- ",
                              rules="vertical")],
                   "rules between the columns only, each lead printed in its row (a lead merged down would show no "
                   "end on such a page: blank cells), supports as '- ' lines, collectives leading",
                   page_numbers=True))
    return L


def _thirtieth_bed() -> list[Layout]:
    """Layouts 215-226, written blind for task tables copied as text from legal sites (tests/test_thirtieth_bed.py):
    cells hard-wrapped at their column's width, the breaks kept (thuviennhadat's and thuvienphapluat's copies in the
    pages corpus: "Bà Rịa - Vũng" / "Tàu, ngày …", "Sở" / "Thông tin và Truyền thông", a "|" line after each cell);
    cells spanning columns printed once (a group's title, a caption, a header's parent); tabbed rows one cell short
    under a merged cell whose neighbour runs over several lines (FACTS.md, thirtieth test bed)."""
    L: list[Layout] = []
    wide = PROVINCE[5:11] + PROVINCE[15:] + COLLECTIVE  # the longest names: they wrap in a narrow column

    # 215. A site's copy that breaks each cell at its width: names broken inside ("Sở Văn hóa, Thể thao" / "và Du
    # lịch"), times broken ("Trước ngày" / "15/3/2026"), lists of bodies with "; " between.
    made = tasks(1500, 8, leads=wide, supports=wide, support_counts=(2, 1, 3, 0))
    L.append(_plan("site_wrapped_cells", "Lạng Sơn", "Số: 341/KH-UBND", "ngày 3 tháng 9 năm 2026",
                   "cải thiện môi trường đầu tư kinh doanh năm 2026", [TaskTable(STD, tuple(made))],
                   "each cell broken at its column's width by the site and copied with the breaks (a name over two "
                   "lines, a time over two), a '|' after each cell or each cell a paragraph", wrap_width=70))

    # 216. The same breaks, bodies one per line as "- " bullets: a bullet's second line opens with no dash.
    made = tasks(1510, 7, leads=wide, supports=wide, support_counts=(2, 3, 1), outputs=False)
    L.append(_plan("site_wrapped_bullet_bodies", "Cao Bằng", "Số: 343/KH-UBND", "ngày 4 tháng 9 năm 2026",
                   "phát triển kinh tế ban đêm năm 2026",
                   [TaskTable(columns("TT:number", "Nội dung công việc:content", "Đơn vị chủ trì:lead",
                                      "Đơn vị phối hợp:support", "Thời hạn:deadline"), tuple(made), separator="\n- ")],
                   "bodies one per line as '- ' bullets in cells the site breaks at their width: a bullet's second "
                   "line opens with no dash ('- Sở Văn hóa, Thể thao và' / 'Du lịch')", wrap_width=76,
                   skip=("txt",)))  # one paragraph a line: a bullet body's lines run into the cell beside it

    # 217. The time before the bodies, broken at a narrow width; a header's names broken too ("Thời gian hoàn" /
    # "thành").
    made = tasks(1520, 8, leads=wide, supports=PROVINCE + COLLECTIVE, deadlines=DEADLINES + HARD_DEADLINES[6:9],
                 support_counts=(1, 2, 0))
    L.append(_plan("site_wrapped_time_first", "Bắc Kạn", "Số: 345/KH-UBND", "ngày 5 tháng 9 năm 2026",
                   "phát triển thương mại điện tử năm 2026",
                   [TaskTable(columns("STT:number", "Nhiệm vụ:content", "Thời gian hoàn thành:deadline",
                                      "Cơ quan chủ trì:lead", "Cơ quan phối hợp:support", "Kết quả:output"),
                              tuple(made), narrow=("deadline",))],
                   "the time before the bodies in a narrow column the site breaks ('Hoàn thành trước' / 'ngày "
                   "30/9/2026'), header names broken too", wrap_width=64))

    # 218. Roman group rows whose title spans the table, printed once (no empty cell for the columns it covers).
    made = tasks(1530, 9, support_counts=(1, 0, 2))
    L.append(_plan("group_titles_printed_once", "Tuyên Quang", "Số: 347/KH-UBND", "ngày 6 tháng 9 năm 2026",
                   "phát triển văn hóa đọc năm 2026",
                   [TaskTable(STD, tuple(grouped([("I", "NHIỆM VỤ CHUNG"), ("II", "NHIỆM VỤ CỤ THỂ"),
                                                  ("III", "KIỂM TRA, GIÁM SÁT")], [made[:3], made[3:7], made[7:]])))],
                   "Roman group rows whose title spans the table, copied as one cell (no empty cell for each column it "
                   "covers)", spans_once=True))

    # 219. Group titles across the whole table with no label ("Nhóm 1: …"), printed once, the table with no product.
    made = tasks(1540, 8, support_counts=(2, 1, 0), outputs=False)
    L.append(_plan("unlabelled_groups_printed_once", "Yên Bái", "Số: 349/KH-UBND", "ngày 7 tháng 9 năm 2026",
                   "bảo vệ, phát triển rừng năm 2026",
                   [TaskTable(columns("TT:number", "Nội dung:content", "Đơn vị chủ trì:lead", "Đơn vị phối hợp:support",
                                      "Thời gian thực hiện:deadline"),
                              tuple(grouped([("", "Nhóm 1: Công tác quản lý"), ("", "Nhóm 2: Công tác phát triển")],
                                            [made[:4], made[4:]])))],
                   "group titles with no label across the whole table ('Nhóm 1: …'), copied as one cell",
                   spans_once=True))

    # 220. A two-row header whose parent ("Cơ quan thực hiện") is printed once, and a caption over it printed once.
    made = tasks(1550, 7, support_counts=(1, 2, 0, 1))
    L.append(_plan("parent_and_caption_printed_once", "Điện Biên", "Số: 351/KH-UBND", "ngày 8 tháng 9 năm 2026",
                   "phòng, chống ma túy năm 2026",
                   [TaskTable((Column("STT", "number"), Column("Nội dung nhiệm vụ", "content"),
                               Column("Chủ trì", "lead", "Cơ quan thực hiện"),
                               Column("Phối hợp", "support", "Cơ quan thực hiện"),
                               Column("Thời gian hoàn thành", "deadline"), Column("Sản phẩm", "output")),
                              tuple(made), caption="PHÂN CÔNG THỰC HIỆN NHIỆM VỤ")],
                   "a caption over the header and the parent 'Cơ quan thực hiện' over 'Chủ trì | Phối hợp', each copied "
                   "as one cell", spans_once=True))

    # 221. Both at once: groups printed once, cells broken at their width, a copy with no blank lines.
    made = tasks(1560, 8, leads=wide, supports=wide, support_counts=(1, 2, 1, 0), outputs=False)
    L.append(_plan("groups_once_wrapped_no_blank_lines", "Lai Châu", "Số: 353/KH-UBND", "ngày 9 tháng 9 năm 2026",
                   "phát triển du lịch cộng đồng năm 2026",
                   [TaskTable(columns("STT:number", "Nhiệm vụ:content", "Cơ quan chủ trì:lead",
                                      "Cơ quan phối hợp:support", "Thời gian thực hiện:deadline"),
                              tuple(grouped([("A", "NHIỆM VỤ CỦA CẤP TỈNH"), ("B", "NHIỆM VỤ CỦA CẤP XÃ")],
                                            [made[:5], made[5:]])))],
                   "group rows copied as one cell and cells broken at their width, no blank line between paragraphs",
                   spans_once=True, wrap_width=72, text_lines="\xa0", skip=("txt",)))  # one paragraph a line
    # and no blank lines: a broken cell's lines cannot be told from the next cells

    # 222. Tabbed rows: the deadline merged down over tasks whose support lists bodies one per line as bullets.
    made = tasks(1570, 8, lead_counts=(1,), support_counts=(2, 3, 1), outputs=False)
    made = [replace(t, deadline=(DEADLINES[0], DEADLINES[7])[i // 4]) for i, t in enumerate(made)]
    L.append(_plan("deadline_merged_bullet_supports", "Sơn La", "Số: 355/KH-UBND", "ngày 10 tháng 9 năm 2026",
                   "chuyển đổi số trong nông nghiệp năm 2026",
                   [TaskTable(columns("TT:number", "Nhiệm vụ:content", "Cơ quan chủ trì:lead", "Cơ quan phối hợp:support",
                                      "Thời hạn hoàn thành:deadline"), tuple(made),
                              merge=("deadline",), separator="\n- ")],
                   "the time merged down over four tasks each, supports one per line as '- ' bullets (tabbed copies: "
                   "the rows under the time print one cell short, their support over several lines)",
                   skip=("txt",)))  # one cell a line: a row under the merged time prints no time line

    # 223. Tabbed rows: the lead merged down over tasks whose content lists its parts ("…, gồm:" / "- …").
    made = tasks(1580, 8, lead_counts=(1,), support_counts=(1, 0, 2), outputs=False)
    parts = ("- Rà soát hiện trạng", "- Đề xuất giải pháp", "- Tổ chức thực hiện thí điểm", "- Sơ kết, rút kinh nghiệm")
    made = [replace(t, lead=(("Sở Công Thương",), ("Sở Xây dựng",))[i // 4],
                    support=tuple(x for x in t.support if x not in ("Sở Công Thương", "Sở Xây dựng")),
                    content=f"{t.content}, gồm:\n{parts[i % 4]}\n{parts[(i + 1) % 4]}" if i % 2 else t.content)
            for i, t in enumerate(made)]
    L.append(_plan("lead_merged_content_parts", "Hà Giang", "Số: 357/KH-UBND", "ngày 11 tháng 9 năm 2026",
                   "phát triển công nghiệp hỗ trợ năm 2026",
                   [TaskTable(columns("STT:number", "Nội dung công việc:content", "Cơ quan chủ trì:lead",
                                      "Cơ quan phối hợp:support", "Thời gian hoàn thành:deadline"), tuple(made),
                              merge=("lead",))],
                   "the lead merged down over four tasks each, content cells listing their parts on dashed lines "
                   "('…, gồm:' / '- Rà soát …'): tabbed, a row under the lead one cell short over several lines",
                   skip=("txt", "pipe.txt", "bar.txt")))  # a cell a line: a row under the merged lead prints one
    # agency cell of two, whose column no reader can tell (the twenty-seventh bed's known limit)

    # 224. Cells broken at their width in a table with a merged time ('|' lines): the rows under it print no time.
    made = tasks(1590, 6, leads=wide, supports=wide, support_counts=(1, 2), outputs=False)
    made = [replace(t, deadline=(DEADLINES[2], DEADLINES[4])[i // 3]) for i, t in enumerate(made)]
    L.append(_plan("site_wrapped_merged_time", "Quảng Ninh", "Số: 359/KH-UBND", "ngày 12 tháng 9 năm 2026",
                   "phát triển kinh tế biển năm 2026",
                   [TaskTable(columns("TT:number", "Nhiệm vụ:content", "Cơ quan chủ trì:lead", "Cơ quan phối hợp:support",
                                      "Thời gian:deadline"), tuple(made), merge=("deadline",))],
                   "cells broken at their width, the time merged down over three tasks each: copied a cell a '|' line, "
                   "the rows under it print no time cell", wrap_width=70, skip=("txt",)))

    # 225. Numbers inside the task's cell (no number column), cells broken at their width.
    made = number_in_content(tasks(1600, 7, leads=wide, supports=wide, support_counts=(2, 1, 0)))
    L.append(_plan("site_wrapped_number_in_task", "Bình Định", "Số: 361/KH-UBND", "ngày 13 tháng 9 năm 2026",
                   "phát triển năng lượng tái tạo năm 2026",
                   [TaskTable(columns("Nhiệm vụ:content", "Đơn vị chủ trì:lead", "Đơn vị phối hợp:support",
                                      "Thời hạn hoàn thành:deadline", "Sản phẩm:output"), tuple(made))],
                   "no number column: each task's cell opens with its number ('1. Rà soát …'), cells broken at their "
                   "width", wrap_width=72))

    # 226. Long agency lists with ", " and collectives in a narrow column, broken after "Sở" and inside collectives.
    made = tasks(1610, 7, leads=PROVINCE, supports=wide, lead_counts=(1, 2), support_counts=(3, 2, 4))
    L.append(_plan("site_wrapped_comma_lists", "Phú Yên", "Số: 363/KH-UBND", "ngày 14 tháng 9 năm 2026",
                   "nâng cao chỉ số năng lực cạnh tranh cấp tỉnh năm 2026",
                   [TaskTable(STD, tuple(made), separator=", ")],
                   "bodies joined by ', ' in narrow cells the site breaks anywhere ('Sở Nông nghiệp' / 'và Môi trường, "
                   "Các sở, ban,' / 'ngành')", wrap_width=66))
    return L


def _thirty_first_bed() -> list[Layout]:
    """Layouts 227-238, written blind for task tables in DOCX, the PDF printed from it and HTML (tests/
    test_thirty_first_bed.py): s42's two gaps in tables ruled between their columns only (numbers, or every cell but
    the task's, centred down their rows; unnumbered dashed sub-rows under a numbered "… gồm:" row), and with them the
    forms the brief lists (FACTS.md, thirty-first test bed): one performer column "Chủ trì: …; Phối hợp: …", times
    split "Thời gian bắt đầu | Thời gian kết thúc", a product naming bodies, a "Tình hình thực hiện" status, deadlines
    "Trước ngày …", "Tháng 6-12/2026", "2026-2030", "Hằng năm", a table going on after a page break with no header,
    a table framed in a cell, a landscape annex stored turned."""
    L: list[Layout] = []
    spans = (Deadline("Trước ngày 30/6/2026", "2026-06-30"), Deadline("Tháng 6-12/2026", "2026-12-31"),
             Deadline("2026-2030", "2030-12-31"), Deadline("Hằng năm"), Deadline("Quý III/2026", "2026-09-30"),
             Deadline("Thường xuyên"), Deadline("Tháng 10/2026", "2026-10-31"))

    def sub_rows(label: str, title: str, members: list[Task], mark: str = "- ") -> list:
        """A numbered row naming nothing beside its task ("2 | … gồm: | ∅"), its activities as unnumbered rows under
        it, each opening with a dash in the task's cell and naming its own bodies and time."""
        return [Group(label, title, spanning=False),
                *(replace(t, number="", printed={**t.printed, "content": f"{mark}{t.content}"}) for t in members)]

    # 227. Ruled between the columns only, the numbers centred down their rows, long tasks.
    made = tasks(1620, 8, support_counts=(1, 2, 0), deadlines=spans)
    L.append(_plan("vertical_rules_centred_numbers", "Hà Nam", "Số: 401/KH-UBND", "ngày 2 tháng 10 năm 2026",
                   "phát triển thương mại nông thôn năm 2026",
                   [TaskTable(STD, tuple(made), rules="vertical", centred=("number",))],
                   "rules between the columns only, each row's number centred down its row (on its middle line)"))

    # 228. Every cell but the task's centred, ruled between columns, times "Tháng 6-12/2026", "2026-2030".
    made = tasks(1630, 7, lead_counts=(1,), support_counts=(2, 1, 0), outputs=False, deadlines=spans)
    L.append(_plan("vertical_rules_centred_cells", "Nam Định", "Số: 403/KH-UBND", "ngày 3 tháng 10 năm 2026",
                   "phát triển kinh tế tập thể năm 2026",
                   [TaskTable(columns("TT:number", "Nội dung nhiệm vụ:content", "Đơn vị chủ trì:lead",
                                      "Đơn vị phối hợp:support", "Lộ trình thực hiện:deadline"), tuple(made),
                              rules="vertical", centred=("number", "lead", "support", "deadline"))],
                   "rules between the columns only, every cell but the task's centred down its row; 'Lộ trình thực "
                   "hiện' with 'Tháng 6-12/2026', '2026-2030', 'Hằng năm'"))

    # 229. Ruled between columns: dashed sub-rows under numbered "… gồm:" rows that name nothing else.
    first, second = tasks(1640, 3, outputs=False), tasks(1643, 2, outputs=False)
    rows = [*tasks(1645, 1, outputs=False), *sub_rows("2", "Tổ chức đào tạo, bồi dưỡng, gồm:", first),
            *sub_rows("3", "Tuyên truyền, phổ biến, gồm:", second), *tasks(1646, 1, outputs=False, first=4)]
    L.append(_plan("vertical_rules_dashed_sub_rows", "Thái Bình", "Số: 405/KH-UBND", "ngày 5 tháng 10 năm 2026",
                   "nâng cao chất lượng nguồn nhân lực năm 2026",
                   [TaskTable(columns("STT:number", "Nhiệm vụ:content", "Cơ quan chủ trì:lead", "Cơ quan phối hợp:support",
                                      "Thời hạn:deadline"), tuple(rows), rules="vertical")],
                   "rules between the columns only; numbered rows '… gồm:' naming nothing else over unnumbered rows "
                   "'- …' that name their own bodies and time"))

    # 230. The same with "+ " sub-rows, a product column, and a sub-row's task over two lines.
    made = tasks(1650, 4, support_counts=(1, 0, 2))
    made = [replace(t, content=f"{t.content} trên địa bàn các xã vùng đồng bào dân tộc thiểu số và miền núi")
            if i % 2 else t for i, t in enumerate(made)]
    rows = [*sub_rows("1", "Phát triển hạ tầng thương mại:", made[:2], "+ "),
            *sub_rows("2", "Phát triển thương mại điện tử:", made[2:], "+ ")]
    L.append(_plan("vertical_rules_plus_sub_rows", "Ninh Bình", "Số: 407/KH-UBND", "ngày 6 tháng 10 năm 2026",
                   "phát triển thương mại điện tử năm 2026",
                   [TaskTable(STD, tuple(rows), rules="vertical")],
                   "rules between the columns only; two numbered rows each over '+ …' sub-rows, some sub-rows' tasks "
                   "over two lines, a product column"))

    # 231. One performer column "Chủ trì: …; Phối hợp: …", ruled between columns, the numbers centred.
    made = tasks(1660, 7, support_counts=(1, 2, 1), outputs=False, deadlines=spans)
    L.append(_plan("vertical_rules_labelled_performers", "Hưng Yên", "Số: 409/KH-UBND", "ngày 7 tháng 10 năm 2026",
                   "phát triển công nghiệp hỗ trợ năm 2026",
                   [TaskTable(columns("STT:number", "Nội dung công việc:content", "Đơn vị thực hiện:agencies",
                                      "Thời gian hoàn thành:deadline"), tuple(made), rules="vertical",
                              centred=("number",))],
                   "one column 'Đơn vị thực hiện' holding 'Chủ trì: A; Phối hợp: B', rules between the columns only, "
                   "numbers centred down their rows"))

    # 232. "Thời gian bắt đầu | Thời gian kết thúc" as two flat columns, ruled between columns.
    made = tasks(1670, 7, support_counts=(2, 1, 0), outputs=False,
                 deadlines=(Deadline("Tháng 9/2026", "2026-09-30"), Deadline("Tháng 12/2026", "2026-12-31"),
                            Deadline("Quý IV/2026", "2026-12-31")))
    made = [replace(t, start=("Tháng 7/2026", "Tháng 8/2026", "Quý III/2026")[i % 3]) for i, t in enumerate(made)]
    L.append(_plan("vertical_rules_start_end", "Hải Dương", "Số: 411/KH-UBND", "ngày 8 tháng 10 năm 2026",
                   "cải thiện môi trường đầu tư năm 2026",
                   [TaskTable(columns("TT:number", "Nhiệm vụ:content", "Cơ quan chủ trì:lead", "Cơ quan phối hợp:support",
                                      "Thời gian bắt đầu:start", "Thời gian kết thúc:deadline"), tuple(made),
                              rules="vertical")],
                   "rules between the columns only; 'Thời gian bắt đầu | Thời gian kết thúc' as two flat columns"))

    # 233. A status column "Tình hình thực hiện" and products naming bodies (no lead of the task).
    made = tasks(1680, 8, support_counts=(1, 0, 2), deadlines=spans)
    made = [replace(t, outputs=(("Báo cáo của Sở Tài chính", "Quyết định của UBND tỉnh", "Văn bản của Sở Tư pháp",
                                 "Kế hoạch")[i % 4],), printed={"status": STATUS[i % len(STATUS)]})
            for i, t in enumerate(made)]
    L.append(_plan("status_and_bodies_in_products", "Bắc Ninh", "Số: 413/KH-UBND", "ngày 9 tháng 10 năm 2026",
                   "thực hiện Nghị quyết của HĐND tỉnh năm 2026",
                   [TaskTable(columns("STT:number", "Nhiệm vụ:content", "Cơ quan chủ trì:lead", "Cơ quan phối hợp:support",
                                      "Thời hạn:deadline", "Sản phẩm đầu ra:output", "Tình hình thực hiện:status"),
                              tuple(made), rules="vertical")],
                   "rules between the columns only; a 'Tình hình thực hiện' status last, products naming bodies "
                   "('Báo cáo của Sở Tài chính': no lead)"))

    # 234. Shaded rows, "Lộ trình" deadlines, groups across the table.
    made = tasks(1690, 9, support_counts=(2, 1, 0), deadlines=spans)
    L.append(_plan("zebra_roadmap_deadlines", "Vĩnh Phúc", "Số: 415/KH-UBND", "ngày 12 tháng 10 năm 2026",
                   "chuyển đổi xanh giai đoạn 2026-2030",
                   [TaskTable(columns("STT:number", "Nhiệm vụ:content", "Cơ quan chủ trì:lead", "Cơ quan phối hợp:support",
                                      "Lộ trình:deadline", "Sản phẩm:output"),
                              tuple(grouped([("I", "NHIỆM VỤ CHUNG"), ("II", "NHIỆM VỤ CỤ THỂ")], [made[:4], made[4:]])),
                              rules="zebra")],
                   "no rule, every other row shaded; 'Lộ trình' with 'Trước ngày 30/6/2026', 'Tháng 6-12/2026', "
                   "'2026-2030', 'Hằng năm'"))

    # 235. A table going on after a page break with no header, ruled between the columns only.
    made = tasks(1700, 12, support_counts=(1, 2, 0), deadlines=spans)
    ref = "Kế hoạch số 417/KH-UBND ngày 13/10/2026 của UBND tỉnh Phú Thọ"
    L.append(Layout("vertical_rules_continued_headerless",
                    **province_header("Phú Thọ", "Số: 417/KH-UBND", "ngày 13 tháng 10 năm 2026"),
                    heading=("KẾ HOẠCH", "Phát triển du lịch nông thôn năm 2026"),
                    parts=(*_body("phát triển du lịch nông thôn năm 2026"), PageBreak(landscape=True),
                           *annex_intro("", "DANH MỤC NHIỆM VỤ NĂM 2026", ref),
                           TaskTable(STD, tuple(made[:6]), rules="vertical"), PageBreak(landscape=True),
                           TaskTable(STD, tuple(made[6:]), continued=True, header=False, rules="vertical")),
                    signature=SIGN_PROVINCE, recipients=RECIPIENTS,
                    note="rules between the columns only; the table goes on after a page break with no header (the "
                    "PDF prints both parts as one table, a double rule between them: two unruled bands of rows)"))

    # 236. A table framed in a cell of a borderless layout table, dashed sub-rows.
    rows = [*tasks(1710, 2, outputs=False), *sub_rows("3", "Kiểm tra, giám sát, gồm:", tasks(1712, 3, outputs=False))]
    L.append(_plan("framed_dashed_sub_rows", "Bắc Giang", "Số: 419/KH-UBND", "ngày 14 tháng 10 năm 2026",
                   "bảo đảm an toàn thực phẩm năm 2026",
                   [TaskTable(columns("TT:number", "Nội dung:content", "Chủ trì:lead", "Phối hợp:support",
                                      "Thời gian:deadline"), tuple(rows), nested=True)],
                   "the table framed in the one cell of a borderless layout table; dashed sub-rows under a "
                   "numbered '… gồm:' row"))

    # 237. A landscape annex stored turned, ruled between columns, numbers centred.
    made = tasks(1720, 7, support_counts=(0, 1, 2), deadlines=spans)
    L.append(_plan("turned_centred_numbers", "Quảng Ninh", "Số: 421/KH-UBND", "ngày 15 tháng 10 năm 2026",
                   "phát triển kinh tế biển năm 2026",
                   [TaskTable(STD, tuple(made), rules="vertical", centred=("number",))],
                   "a landscape annex stored portrait and turned, rules between the columns only, numbers centred",
                   rotated_pdf=True))

    # 238. Sub-rows whose supports are "- " lines, numbers "1.", ruled between columns.
    made = tasks(1730, 5, support_counts=(2, 1, 3), outputs=False, lead_counts=(1,))
    rows = [*sub_rows("1.", "Hoàn thiện thể chế, gồm:", made[:3]), *sub_rows("2.", "Kiểm tra việc thực hiện, gồm:", made[3:])]
    L.append(_plan("vertical_rules_sub_rows_bullet_supports", "Thanh Hóa", "Số: 423/KH-UBND", "ngày 16 tháng 10 năm 2026",
                   "phòng, chống tham nhũng năm 2026",
                   [TaskTable(columns("TT:number", "Nhiệm vụ:content", "Cơ quan chủ trì:lead", "Cơ quan phối hợp:support",
                                      "Thời hạn hoàn thành:deadline"), tuple(rows), rules="vertical", separator="\n- ")],
                   "rules between the columns only; sub-rows under '1.' and '2.' rows, supports one a line as '- '",
                   skip=("txt",)))  # one paragraph a line: a support's "- " lines cannot be told from the next
    # sub-row's "- " task (the twenty-ninth bed's 214 and the thirtieth's 222 leave the same copy out)
    return L


def _thirty_second_bed() -> list[Layout]:
    """Layouts 239-248, written blind for task tables in DOCX, the PDF printed from it and HTML (tests/
    test_thirty_second_bed.py; FACTS.md, thirty-second test bed): long tables ruled between their columns only over
    several pages, the header repeated on each; sub-rows in such tables beside a product column and under Roman groups;
    tasks "1.1", "1.2" under Roman groups; a "Kinh phí (triệu đồng)" column with figures and a source; a "Ghi chú"
    naming a body; "Đơn vị chủ trì" beside "Người phụ trách" (an official); a two-row header "Cơ quan thực hiện" over
    "Chủ trì | Phối hợp" ruled between columns; a table going on after a page break with its header printed again."""
    L: list[Layout] = []
    times = (Deadline("Quý II/2026", "2026-06-30"), Deadline("Tháng 9/2026", "2026-09-30"), Deadline("Thường xuyên"),
             Deadline("Năm 2026", "2026-12-31"), Deadline("Trước ngày 15/11/2026", "2026-11-15"),
             Deadline("Quý IV/2026", "2026-12-31"))

    def sub_rows(label: str, title: str, members: list[Task], mark: str = "- ") -> list:
        return [Group(label, title, spanning=False),
                *(replace(t, number="", printed={**t.printed, "content": f"{mark}{t.content}"}) for t in members)]

    # 239. A long table ruled between the columns only, over several landscape pages.
    made = tasks(1740, 26, support_counts=(1, 2, 0, 1), deadlines=times)
    L.append(_plan("vertical_rules_long_pages", "Lạng Sơn", "Số: 425/KH-UBND", "ngày 19 tháng 10 năm 2026",
                   "cải cách hành chính năm 2026",
                   [TaskTable(columns("STT:number", "Nhiệm vụ:content", "Cơ quan chủ trì:lead", "Cơ quan phối hợp:support",
                                      "Thời gian:deadline", "Kết quả/Sản phẩm:output"), tuple(made), rules="vertical")],
                   "26 rows ruled between the columns only over several pages, Word's header repeated on each"))

    # 240. Roman groups over tasks "1.1", "1.2", ruled between the columns only, groups in bold.
    first, second = tasks(1770, 4, deadlines=times), tasks(1774, 3, deadlines=times)
    first = [replace(t, number=f"1.{i + 1}") for i, t in enumerate(first)]
    second = [replace(t, number=f"2.{i + 1}") for i, t in enumerate(second)]
    L.append(_plan("vertical_rules_dotted_under_roman", "Cao Bằng", "Số: 427/KH-UBND", "ngày 20 tháng 10 năm 2026",
                   "phát triển kinh tế cửa khẩu năm 2026",
                   [TaskTable(STD, tuple(grouped([("I", "NHÓM NHIỆM VỤ VỀ THỂ CHẾ"), ("II", "NHÓM NHIỆM VỤ VỀ HẠ TẦNG")],
                                                 [first, second])), rules="vertical", bold_groups=True)],
                   "Roman group rows over tasks '1.1', '1.2', '2.1' ruled between the columns only"))

    # 241. A budget column with figures and a source, ruled between columns.
    made = tasks(1780, 7, support_counts=(1, 0, 2), outputs=False, deadlines=times)
    made = [replace(t, budget=("150", "1.200", "85", "320", "2.500", "60", "45")[i],
                    printed={"other": ("Ngân sách tỉnh", "Ngân sách trung ương", "Nguồn xã hội hóa")[i % 3]})
            for i, t in enumerate(made)]
    L.append(_plan("vertical_rules_budget_figures", "Điện Biên", "Số: 429/KH-UBND", "ngày 21 tháng 10 năm 2026",
                   "phát triển giáo dục nghề nghiệp năm 2026",
                   [TaskTable(columns("TT:number", "Nội dung:content", "Đơn vị chủ trì:lead", "Đơn vị phối hợp:support",
                                      "Kinh phí (triệu đồng):budget", "Nguồn kinh phí:other", "Thời gian thực hiện:deadline"),
                              tuple(made), rules="vertical")],
                   "'Kinh phí (triệu đồng)' with figures ('1.200') and 'Nguồn kinh phí' between the bodies and the time"))

    # 242. A "Ghi chú" naming a body that checks the work (no role in the task).
    made = tasks(1790, 7, support_counts=(2, 1, 0), deadlines=times, outputs=False)
    notes = ("Sở Tài chính thẩm định kinh phí", "", "Báo cáo UBND tỉnh", "Sở Tư pháp thẩm định", "", "Gửi Sở Nội vụ tổng hợp",
             "")
    made = [replace(t, printed={"note": notes[i]}) for i, t in enumerate(made)]
    L.append(_plan("note_names_a_checker", "Lai Châu", "Số: 431/KH-UBND", "ngày 22 tháng 10 năm 2026",
                   "thực hiện chương trình mục tiêu quốc gia năm 2026",
                   [TaskTable(columns("STT:number", "Nội dung nhiệm vụ:content", "Cơ quan chủ trì:lead",
                                      "Cơ quan phối hợp:support", "Thời hạn hoàn thành:deadline", "Ghi chú:note"),
                              tuple(made), rules="vertical")],
                   "a 'Ghi chú' that names a body checking or collecting the work: neither lead nor support"))

    # 243. "Đơn vị chủ trì" beside "Người phụ trách" (an official of the lead, no body).
    people = ("Đồng chí Giám đốc Sở", "Phó Giám đốc Nguyễn Văn Tâm", "Trưởng phòng Kế hoạch - Tài chính",
              "Phó Chánh Văn phòng Lê Thị Thu")
    made = [replace(t, printed={"leader": people[i % len(people)]})
            for i, t in enumerate(tasks(1800, 7, outputs=False, deadlines=times, support_counts=(1, 0, 1)))]
    L.append(_plan("lead_and_official_in_charge", "Sơn La", "Số: 433/KH-UBND", "ngày 23 tháng 10 năm 2026",
                   "chuyển đổi số trong cơ quan nhà nước năm 2026",
                   [TaskTable(columns("TT:number", "Nhiệm vụ:content", "Đơn vị chủ trì:lead", "Người phụ trách:leader",
                                      "Đơn vị phối hợp:support", "Thời gian hoàn thành:deadline"), tuple(made),
                              rules="vertical")],
                   "'Người phụ trách' (an official) beside 'Đơn vị chủ trì': the official is no lead"))

    # 244. A two-row header "Cơ quan thực hiện" over "Chủ trì | Phối hợp", ruled between columns only.
    made = tasks(1810, 8, support_counts=(2, 1, 1, 0), deadlines=times)
    L.append(_plan("vertical_rules_two_row_header", "Yên Bái", "Số: 435/KH-UBND", "ngày 26 tháng 10 năm 2026",
                   "phát triển lâm nghiệp bền vững năm 2026",
                   [TaskTable((Column("STT", "number"), Column("Nội dung công việc", "content"),
                               Column("Chủ trì", "lead", parent="Cơ quan thực hiện"),
                               Column("Phối hợp", "support", parent="Cơ quan thực hiện"),
                               Column("Thời gian hoàn thành", "deadline"), Column("Sản phẩm", "output")),
                              tuple(made), rules="vertical")],
                   "a two-row header, 'Cơ quan thực hiện' over 'Chủ trì | Phối hợp', ruled between the columns only"))

    # 245. Sub-rows "+ …" beside a product column under Roman groups, ruled between the columns only.
    made = tasks(1820, 5, support_counts=(1, 0, 2), deadlines=times)
    rows = [Group("I", "NHIỆM VỤ TRỌNG TÂM"), *tasks(1825, 1, deadlines=times),
            *sub_rows("2", "Tổ chức các hoạt động hưởng ứng, gồm:", made[:3], "+ "),
            Group("II", "NHIỆM VỤ THƯỜNG XUYÊN"), *sub_rows("3", "Kiểm tra, đôn đốc, gồm:", made[3:])]
    L.append(_plan("vertical_rules_sub_rows_in_groups", "Tuyên Quang", "Số: 437/KH-UBND", "ngày 27 tháng 10 năm 2026",
                   "hưởng ứng ngày pháp luật năm 2026",
                   [TaskTable(STD, tuple(rows), rules="vertical")],
                   "sub-rows '+ …' / '- …' under numbered rows naming nothing, under Roman groups, a product column"))

    # 246. A table going on after a page break with its header printed again, ruled between columns only.
    made = tasks(1830, 11, support_counts=(1, 2, 0), deadlines=times)
    ref = "Kế hoạch số 439/KH-UBND ngày 28/10/2026 của UBND tỉnh Hà Giang"
    L.append(Layout("vertical_rules_continued_header_again",
                    **province_header("Hà Giang", "Số: 439/KH-UBND", "ngày 28 tháng 10 năm 2026"),
                    heading=("KẾ HOẠCH", "Phát triển du lịch cộng đồng năm 2026"),
                    parts=(*_body("phát triển du lịch cộng đồng năm 2026"), PageBreak(landscape=True),
                           *annex_intro("", "DANH MỤC NHIỆM VỤ", ref),
                           TaskTable(STD, tuple(made[:6]), rules="vertical"), PageBreak(landscape=True),
                           TaskTable(STD, tuple(made[6:]), continued=True, rules="vertical")),
                    signature=SIGN_PROVINCE, recipients=RECIPIENTS,
                    note="ruled between the columns only; the table goes on after a page break under its header "
                    "printed again"))

    # 247. A portrait document whose annex is landscape, seven narrow columns, status and product.
    made = tasks(1850, 8, support_counts=(2, 1, 3), deadlines=times)
    made = [replace(t, printed={"note": ("", "Nhiệm vụ chuyển tiếp", "")[i % 3]}) for i, t in enumerate(made)]
    L.append(_plan("landscape_annex_seven_columns", "Bắc Kạn", "Số: 441/KH-UBND", "ngày 29 tháng 10 năm 2026",
                   "phát triển kinh tế hợp tác năm 2026",
                   [TaskTable(columns("STT:number", "Tên nhiệm vụ:content", "Cơ quan chủ trì:lead",
                                      "Cơ quan phối hợp:support", "Thời gian hoàn thành:deadline",
                                      "Kết quả/Sản phẩm:output", "Ghi chú:note"), tuple(made), rules="vertical")],
                   "a landscape annex in a portrait document, seven columns ruled between them only in 9 pt, a 'Ghi chú'",
                   table_pt=9))

    # 248. Groups "A" / "B" over Roman numerals over tasks, ruled between columns only.
    a1, a2, b1 = (tasks(1860, 3, deadlines=times), tasks(1863, 2, deadlines=times, first=4),
                  tasks(1865, 3, deadlines=times, first=6))
    rows = [Group("A", "NHIỆM VỤ CHUNG"), Group("I", "Công tác chỉ đạo", level=1), *a1,
            Group("II", "Công tác tuyên truyền", level=1), *a2, Group("B", "NHIỆM VỤ CỤ THỂ"), *b1]
    L.append(_plan("vertical_rules_letter_roman_groups", "Hòa Bình", "Số: 443/KH-UBND", "ngày 30 tháng 10 năm 2026",
                   "phòng, chống thiên tai năm 2026",
                   [TaskTable(STD, tuple(rows), rules="vertical", bold_groups=True)],
                   "groups 'A' / 'B' over Roman numerals over tasks numbered on across them, ruled between columns"))
    return L


def _thirty_third_bed() -> list[Layout]:
    """Layouts 249-260, written blind for task tables in DOCX, the PDF printed from it and HTML (tests/
    test_thirty_third_bed.py; FACTS.md, thirty-third test bed): a province leader's post merged down beside the body
    that advises; "Cơ quan thực hiện" over "Cơ quan chủ trì | Cơ quan phối hợp" beside "Thời gian" over "Bắt đầu |
    Hoàn thành"; deadlines "Quý I/2026", "Tháng 6 và tháng 12 hằng năm", "Trước 30/6", "2026-2030"; years ticked under
    "Lộ trình" beside a money column; groups "1." over tasks "a)"; a lead merged down over tasks and groups; a table
    in a frame with merged leads; HTML with empty spacer columns; a money source beside the lead; products that name
    a kind of document; a landscape table in 9 pt with column numbers."""
    L: list[Layout] = []
    times = (Deadline("Quý I/2026", "2026-03-31"), Deadline("Tháng 6 và tháng 12 hằng năm"),
             Deadline("Trước 30/6/2026", "2026-06-30"), Deadline("2026-2030", "2030-12-31"), Deadline("Thường xuyên"),
             Deadline("Quý III/2026", "2026-09-30"), Deadline("Trước ngày 15/12/2026", "2026-12-15"))
    posts = ("Phó Chủ tịch UBND tỉnh phụ trách lĩnh vực kinh tế", "Phó Chủ tịch UBND tỉnh phụ trách lĩnh vực văn hóa - xã hội",
             "Chủ tịch UBND tỉnh")

    # 249. The leader in charge (a post) merged down over tasks, printed before the body that advises and leads.
    made = tasks(1870, 8, support_counts=(1, 2, 0), deadlines=times, outputs=False)
    made = [replace(t, printed={"leader": posts[i // 3]}) for i, t in enumerate(made)]
    L.append(_plan("leader_post_merged_before_lead", "Gia Lai", "Số: 445/KH-UBND", "ngày 2 tháng 11 năm 2026",
                   "thực hiện các nhiệm vụ trọng tâm năm 2026",
                   [TaskTable(columns("STT:number", "Nhiệm vụ:content", "Lãnh đạo UBND tỉnh chỉ đạo:leader",
                                      "Cơ quan tham mưu, chủ trì:lead", "Cơ quan phối hợp:support",
                                      "Thời gian hoàn thành:deadline"), tuple(made), merge=("leader",))],
                   "a province leader's post ('Phó Chủ tịch UBND tỉnh phụ trách lĩnh vực …') merged down over three "
                   "tasks, printed left of 'Cơ quan tham mưu, chủ trì': the post is no lead"))

    # 250. "Cơ quan thực hiện" over full role wordings, "Thời gian" over "Bắt đầu | Hoàn thành", quarters and words.
    made = tasks(1880, 8, support_counts=(2, 1, 0, 1), deadlines=times)
    made = [replace(t, start=("Quý I/2026", "Tháng 1/2026", "Năm 2026")[i % 3]) for i, t in enumerate(made)]
    L.append(_plan("two_parents_full_role_words", "Kon Tum", "Số: 447/KH-UBND", "ngày 3 tháng 11 năm 2026",
                   "phát triển kinh tế số năm 2026",
                   [TaskTable((Column("TT", "number"), Column("Nội dung nhiệm vụ", "content"),
                               Column("Cơ quan chủ trì", "lead", parent="Cơ quan thực hiện"),
                               Column("Cơ quan phối hợp", "support", parent="Cơ quan thực hiện"),
                               Column("Bắt đầu", "start", parent="Thời gian"),
                               Column("Hoàn thành", "deadline", parent="Thời gian"),
                               Column("Sản phẩm", "output")), tuple(made))],
                   "two merged parents: 'Cơ quan thực hiện' over 'Cơ quan chủ trì | Cơ quan phối hợp', 'Thời gian' over "
                   "'Bắt đầu | Hoàn thành'; 'Tháng 6 và tháng 12 hằng năm' names no single end"))

    # 251. Years ticked under "Lộ trình" (the last ticked year is the deadline), a money column beside the lead.
    years = ("2026", "2027", "2028", "2029", "2030")
    runs = ((1, 2), (0,), (2, 3, 4), (0, 1, 2, 3, 4), (3,), (1, 2, 3), (4,))
    made = tasks(1890, 7, outputs=False, support_counts=(1, 0, 2))
    made = [replace(t, deadline=Deadline(", ".join(years[y] for y in run), f"{years[run[-1]]}-12-31"),
                    budget=("500", "1.500", "120", "2.000", "80", "650", "300")[i]) for i, (t, run) in enumerate(zip(made, runs))]
    L.append(_plan("roadmap_years_money_beside_lead", "Đắk Lắk", "Số: 449/KH-UBND", "ngày 4 tháng 11 năm 2026",
                   "phát triển hạ tầng số giai đoạn 2026-2030",
                   [TaskTable((Column("STT", "number"), Column("Nhiệm vụ, giải pháp", "content"),
                               Column("Cơ quan chủ trì", "lead"), Column("Kinh phí (triệu đồng)", "budget"),
                               Column("Cơ quan phối hợp", "support"),
                               *(Column(y, "period", parent="Lộ trình thực hiện") for y in years)), tuple(made))],
                   "'Lộ trình thực hiện' over the years, 'x' in each year a task runs (the deadline the last ticked "
                   "year's end, never the header's first), the first ticked year not 2026 in some rows; a money column "
                   "between the lead and the support", skip=("txt",)))  # one cell a line: empty years cannot be told apart

    # 252. Groups "1." spanning, tasks "a)", "b)" under them, then a group whose tasks are "-".
    first, second = tasks(1900, 3, deadlines=times), tasks(1903, 3, deadlines=times)
    first = [replace(t, number=f"{'abc'[i]})") for i, t in enumerate(first)]
    second = [replace(t, number=f"{'abc'[i]})") for i, t in enumerate(second)]
    third = [replace(t, number="-") for t in tasks(1906, 2, deadlines=times)]
    L.append(_plan("numbered_groups_lettered_tasks_dashes", "Bình Định", "Số: 451/KH-UBND", "ngày 5 tháng 11 năm 2026",
                   "phát triển kinh tế biển năm 2026",
                   [TaskTable(STD, tuple(grouped([("1.", "Hoàn thiện cơ chế, chính sách"), ("2.", "Phát triển hạ tầng"),
                                                  ("3.", "Các nhiệm vụ khác")], [first, second, third])),
                              bold_groups=True)],
                   "group rows '1.', '2.', '3.' spanning the table, tasks 'a)', 'b)' under the first two and '-' under "
                   "the third: one table, three numberings"))

    # 253. A lead merged down over its tasks and over the group rows between them (Word's vMerge).
    lead = ("Sở Tài chính",)
    a, b = tasks(1910, 3, deadlines=times), tasks(1913, 3, deadlines=times)
    a = [replace(t, lead=lead if i < 3 else t.lead, support=tuple(s for s in t.support if s not in lead)) for i, t in enumerate(a)]
    b = [replace(t, lead=lead if i < 1 else ("Sở Nội vụ",), support=tuple(s for s in t.support if s not in lead + ("Sở Nội vụ",)))
         for i, t in enumerate(b)]
    rows = [Group("I", "NHIỆM VỤ VỀ NGÂN SÁCH", spanning=False), *a, Group("II", "NHIỆM VỤ VỀ TỔ CHỨC", spanning=False), *b]
    L.append(_plan("lead_merged_over_groups", "Phú Yên", "Số: 453/KH-UBND", "ngày 6 tháng 11 năm 2026",
                   "thực hiện dự toán ngân sách năm 2026",
                   [TaskTable(STD, tuple(rows), merge=("lead",), merge_through_groups=True)],
                   "a lead merged down over four tasks and the group row between them (Word's vMerge), the next lead "
                   "merged over two"))

    # 254. The table framed in a borderless layout table, its leads and times merged down.
    made = tasks(1920, 7, support_counts=(1, 2, 0), deadlines=times, outputs=False)
    leads = (("Sở Y tế",), ("Sở Y tế",), ("Sở Y tế",), ("Công an tỉnh",), ("Công an tỉnh",), ("Sở Xây dựng",), ("Sở Xây dựng",))
    made = [replace(t, lead=lead, support=tuple(s for s in t.support if s not in lead),
                    deadline=times[i // 2]) for i, (t, lead) in enumerate(zip(made, leads))]
    L.append(_plan("framed_merged_leads_times", "Khánh Hòa", "Số: 455/KH-UBND", "ngày 9 tháng 11 năm 2026",
                   "bảo đảm trật tự an toàn giao thông năm 2026",
                   [TaskTable(columns("TT:number", "Nội dung:content", "Đơn vị chủ trì:lead", "Đơn vị phối hợp:support",
                                      "Thời hạn:deadline"), tuple(made), nested=True, merge=("lead", "deadline"))],
                   "the table in the one cell of a borderless layout table, leads and times merged down over tasks"))

    # 255. HTML-style spacer columns: an empty narrow column between the bodies and the time, header spans.
    made = tasks(1930, 7, support_counts=(2, 1, 0), deadlines=times)
    L.append(_plan("empty_spacer_column", "Ninh Thuận", "Số: 457/KH-UBND", "ngày 10 tháng 11 năm 2026",
                   "phát triển năng lượng tái tạo năm 2026",
                   [TaskTable((Column("STT", "number"), Column("Nhiệm vụ", "content"),
                               Column("Chủ trì", "lead", parent="Đơn vị thực hiện"),
                               Column("Phối hợp", "support", parent="Đơn vị thực hiện"), Column("", "other"),
                               Column("Thời gian hoàn thành", "deadline"), Column("Sản phẩm", "output")), tuple(made))],
                   "an empty column with no header between the bodies and the time (a spacer left by an editor), "
                   "'Đơn vị thực hiện' over 'Chủ trì | Phối hợp'"))

    # 256. "Nguồn kinh phí" between the lead and the support: a source is no body.
    sources = ("Ngân sách tỉnh", "Ngân sách trung ương", "Nguồn xã hội hóa", "Ngân sách tỉnh và nguồn hợp pháp khác")
    made = [replace(t, printed={"other": sources[i % len(sources)]})
            for i, t in enumerate(tasks(1940, 8, support_counts=(1, 2, 1, 0), deadlines=times, outputs=False))]
    L.append(_plan("money_source_beside_lead", "Bình Thuận", "Số: 459/KH-UBND", "ngày 11 tháng 11 năm 2026",
                   "phát triển du lịch biển năm 2026",
                   [TaskTable(columns("STT:number", "Nội dung thực hiện:content", "Cơ quan chủ trì:lead",
                                      "Nguồn kinh phí:other", "Cơ quan phối hợp:support", "Thời gian thực hiện:deadline"),
                              tuple(made))],
                   "'Nguồn kinh phí' between 'Cơ quan chủ trì' and 'Cơ quan phối hợp' ('Ngân sách tỉnh'): no body"))

    # 257. A product column before the bodies whose cells name kinds of document ("Kế hoạch", "Báo cáo").
    kinds = (("Kế hoạch",), ("Báo cáo",), ("Quyết định",), ("Tờ trình",), ("Đề án",), ("Báo cáo",), ("Kế hoạch",))
    made = [replace(t, outputs=kind) for t, kind in zip(tasks(1950, 7, support_counts=(0, 1, 2), deadlines=times), kinds)]
    L.append(_plan("document_kind_products_first", "Quảng Ngãi", "Số: 461/KH-UBND", "ngày 12 tháng 11 năm 2026",
                   "cải thiện chỉ số năng lực cạnh tranh cấp tỉnh năm 2026",
                   [TaskTable(columns("STT:number", "Nhiệm vụ:content", "Sản phẩm:output", "Cơ quan chủ trì:lead",
                                      "Cơ quan phối hợp:support", "Thời hạn:deadline"), tuple(made))],
                   "'Sản phẩm' before the bodies, each cell a kind of document alone ('Kế hoạch', 'Báo cáo', "
                   "'Tờ trình'): never a body"))

    # 258. Deadlines of the year left out ("Trước 30/6", "Tháng 6 và tháng 12 hằng năm") in a ruled-rows table.
    bare = (Deadline("Trước 30/6"), Deadline("Tháng 6 và tháng 12 hằng năm"), Deadline("Quý I/2026", "2026-03-31"),
            Deadline("Hằng quý"), Deadline("2026-2030", "2030-12-31"), Deadline("Trước 31/12"))
    made = tasks(1960, 8, support_counts=(1, 0, 2), deadlines=bare)
    L.append(_plan("yearless_deadlines_multi_year_plan", "Quảng Trị", "Số: 463/KH-UBND", "ngày 13 tháng 11 năm 2026",
                   "phòng, chống buôn lậu, gian lận thương mại giai đoạn 2026-2030",
                   [TaskTable(STD, tuple(made), rules="horizontal")],
                   "deadlines that print no year ('Trước 30/6', 'Trước 31/12', 'Hằng quý') in a multi-year plan: no "
                   "period end (the year cannot be read), never the plan's first year"))

    # 259. One performer column "Chủ trì: …; Phối hợp: …" with a person's post leading ("Giám đốc Sở Tư pháp").
    made = tasks(1970, 7, support_counts=(1, 2, 1), deadlines=times, outputs=False)
    L.append(_plan("assignment_table_performer_labels", "Thừa Thiên Huế", "Số: 465/KH-UBND", "ngày 16 tháng 11 năm 2026",
                   "phân công nhiệm vụ thực hiện Chương trình hành động năm 2026",
                   [TaskTable(columns("TT:number", "Nhiệm vụ được phân công:content", "Cơ quan thực hiện:agencies",
                                      "Thời gian thực hiện:deadline", "Ghi chú:note"), tuple(made),
                              caption="BẢNG PHÂN CÔNG NHIỆM VỤ")],
                   "'Bảng phân công nhiệm vụ' caption over a table whose one agencies column says 'Chủ trì: …; Phối hợp: "
                   "…', an empty 'Ghi chú'", annex_title="PHÂN CÔNG NHIỆM VỤ"))

    # 260. A landscape annex in 9 pt, a column-number row, Roman groups, products of two rows.
    a, b = tasks(1980, 4, deadlines=times), tasks(1984, 4, deadlines=times, first=5)
    a = [replace(t, outputs=(t.outputs[0], "Báo cáo kết quả")) if i == 1 else t for i, t in enumerate(a)]
    L.append(_plan("column_numbers_two_products", "Quảng Nam", "Số: 467/KH-UBND", "ngày 17 tháng 11 năm 2026",
                   "phát triển nguồn nhân lực chất lượng cao năm 2026",
                   [TaskTable(columns("STT:number", "Tên nhiệm vụ:content", "Cơ quan chủ trì:lead",
                                      "Cơ quan phối hợp:support", "Thời gian hoàn thành:deadline",
                                      "Kết quả, sản phẩm:output", "Kinh phí, nguồn kinh phí:other"),
                              tuple(grouped([("I", "NHIỆM VỤ CHUNG"), ("II", "NHIỆM VỤ CỤ THỂ")], [a, b])),
                              column_numbers=True, bold_groups=True)],
                   "a column-number row '(1) … (7)' under the header, Roman groups, a task with two products on two rows "
                   "(its other cells merged), a money column last, 9 pt", table_pt=9))
    return L


def _central(name: str, issuer: tuple[str, ...], number: str, place_date: str, heading: tuple[str, ...], body: tuple[str, ...],
             annex_title: str, ref: str, table: TaskTable, signature: tuple[str, ...], note: str, **extra) -> Layout:
    """A central body's document (a Government resolution, a ministry's decision) with its task table in an annex."""
    return Layout(name, issuer=issuer, number=number, place_date=place_date, heading=heading,
                  parts=(*body, PageBreak(landscape=True), *annex_intro("", annex_title, ref), table), signature=signature,
                  recipients=("Nơi nhận:", "- Như Điều 3;", "- Lưu: VT."), note=note, **extra)


def _thirty_fourth_bed() -> list[Layout]:
    """Layouts 261-272, written blind for task tables in DOCX, the PDF printed from it and HTML (tests/
    test_thirty_fourth_bed.py; FACTS.md, thirty-fourth test bed): a Government resolution's annex whose task is split
    into "Tên nhiệm vụ" and "Nội dung chủ yếu", letter groups over tasks numbered from 1 again, deadlines that name
    where the work is submitted; a ministry's list with "Hình thức văn bản" and "Cấp trình"; collectives leading
    with a role clause; a standing role in brackets; roles in a "Ghi chú" cell; a parent over the bodies and the
    time; HTML with a paragraph a line and bodies a line; leads centred down tall rows; "A." over "I." over "1.";
    open-ended deadlines; a next year's plan whose time header names the year; collectives joined by commas."""
    L: list[Layout] = []
    submitted = (Deadline("Tháng 10/2026 (trình Chính phủ)", "2026-10-31"),
                 Deadline("Quý IV/2026 (trình Thủ tướng Chính phủ)", "2026-12-31"), Deadline("Tháng 6/2026", "2026-06-30"),
                 Deadline("Năm 2027 (trình Quốc hội)", "2027-12-31"), Deadline("Thường xuyên"),
                 Deadline("Tháng 12/2026 (trình Chính phủ)", "2026-12-31"))
    gov_sign = ("TM. CHÍNH PHỦ", "KT. THỦ TƯỚNG", "PHÓ THỦ TƯỚNG", "", "Lê Văn Hòa")

    # 261. "Tên nhiệm vụ" beside "Nội dung chủ yếu": the name is the task, the main content a column no field comes
    # from; "A." / "B." groups, tasks numbered from 1 again under each; deadlines naming where the work goes.
    mains = ("Đánh giá thực trạng, đề xuất giải pháp và lộ trình thực hiện",
             "Rà soát quy định hiện hành; xây dựng dự thảo; lấy ý kiến các bộ, ngành",
             "Tổng hợp kinh nghiệm quốc tế, đề xuất mô hình phù hợp với điều kiện Việt Nam",
             "Xác định cơ chế phối hợp, nguồn lực và phân công trách nhiệm")
    a = tasks(2000, 4, leads=CENTRAL, supports=CENTRAL + CENTRAL_COLLECTIVE, contents=GOV_TASKS, products=GOV_OUTPUTS,
              deadlines=submitted, support_counts=(2, 1, 3))
    b = tasks(2004, 3, leads=CENTRAL, supports=CENTRAL + CENTRAL_COLLECTIVE, contents=GOV_TASKS, products=GOV_OUTPUTS,
              deadlines=submitted, support_counts=(1, 2))
    a, b = ([replace(t, printed={"other": mains[(i + k) % 4]}) for i, t in enumerate(made)] for k, made in ((0, a), (2, b)))
    L.append(_central(
        "central_task_name_main_content", ("CHÍNH PHỦ",), "Số: 231/NQ-CP", "Hà Nội, ngày 20 tháng 11 năm 2026",
        ("NGHỊ QUYẾT", "Ban hành Chương trình hành động thực hiện chiến lược phát triển kinh tế số"),
        ("CHÍNH PHỦ", "Căn cứ Luật Tổ chức Chính phủ ngày 18 tháng 02 năm 2025;", "QUYẾT NGHỊ:",
         "Điều 1. Ban hành kèm theo Nghị quyết này Chương trình hành động của Chính phủ.",
         "Điều 2. Các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ tổ chức thực hiện các nhiệm vụ tại Phụ lục."),
        "DANH MỤC NHIỆM VỤ", "Nghị quyết số 231/NQ-CP ngày 20 tháng 11 năm 2026 của Chính phủ",
        TaskTable(columns("TT:number", "Tên nhiệm vụ:content", "Nội dung chủ yếu:other", "Cơ quan chủ trì:lead",
                          "Cơ quan phối hợp:support", "Sản phẩm:output", "Thời gian hoàn thành:deadline"),
                  tuple(grouped([("A.", "HOÀN THIỆN THỂ CHẾ"), ("B.", "PHÁT TRIỂN HẠ TẦNG SỐ")], [a, b])), bold_groups=True),
        gov_sign, "'Tên nhiệm vụ' beside 'Nội dung chủ yếu' (the name is the task; the main content no field), groups "
        "'A.', 'B.' with tasks numbered from 1 again, deadlines 'Tháng 10/2026 (trình Chính phủ)' naming where the work "
        "goes (no body)"))

    # 262. A ministry's list: "Hình thức văn bản" (a kind of act naming its issuer) and "Cấp trình" (the level): neither a body.
    forms = ("Thông tư của Bộ trưởng", "Nghị định của Chính phủ", "Quyết định của Thủ tướng Chính phủ", "Báo cáo", "Đề án")
    levels = ("Bộ trưởng", "Chính phủ", "Thủ tướng Chính phủ", "Bộ trưởng", "Thủ tướng Chính phủ")
    made = tasks(2010, 7, leads=EDUCATION_UNITS[:6], supports=EDUCATION_UNITS, contents=EDU_TASKS,
                 deadlines=CENTRAL_DEADLINES, support_counts=(1, 2, 0))
    made = [replace(t, outputs=(forms[i % 5],), level=levels[i % 5]) for i, t in enumerate(made)]
    L.append(_central(
        "ministry_form_and_level", ("BỘ GIÁO DỤC VÀ ĐÀO TẠO",), "Số: 3310/QĐ-BGDĐT", "Hà Nội, ngày 23 tháng 11 năm 2026",
        ("QUYẾT ĐỊNH", "Ban hành Kế hoạch triển khai Luật Nhà giáo năm 2027"),
        ("BỘ TRƯỞNG BỘ GIÁO DỤC VÀ ĐÀO TẠO", "Căn cứ Nghị định số 37/2025/NĐ-CP của Chính phủ;", "QUYẾT ĐỊNH:",
         "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch triển khai Luật Nhà giáo.",
         "Điều 2. Quyết định này có hiệu lực kể từ ngày ký."),
        "DANH MỤC NHIỆM VỤ TRIỂN KHAI", "Quyết định số 3310/QĐ-BGDĐT ngày 23 tháng 11 năm 2026 của Bộ trưởng Bộ Giáo dục và Đào tạo",
        TaskTable(columns("STT:number", "Tên nhiệm vụ:content", "Đơn vị chủ trì:lead", "Đơn vị phối hợp:support",
                          "Hình thức văn bản:output", "Cấp trình:level", "Thời gian trình:deadline"), tuple(made)),
        ("KT. BỘ TRƯỞNG", "THỨ TRƯỞNG", "", "Phạm Thị Lan"),
        "a ministry's units lead; 'Hình thức văn bản' ('Nghị định của Chính phủ') and 'Cấp trình' ('Thủ tướng Chính "
        "phủ') name no body of the task; bare months '6/2026' under 'Thời gian trình'"))

    # 263. Collectives lead, with a role clause after them; a lead cell naming a department and the communes.
    clauses = (" theo chức năng, nhiệm vụ được giao", "", " trên địa bàn quản lý", "")
    made = tasks(2020, 8, leads=("Các sở, ban, ngành", "UBND các xã, phường") + PROVINCE[:4], lead_counts=(1, 1, 2, 1),
                 supports=PROVINCE, support_counts=(1, 0, 2), deadlines=MORE_DEADLINES)
    made = [replace(t, printed={"lead": "; ".join(t.lead) + clauses[i % 4]}) for i, t in enumerate(made)]
    L.append(_plan("collective_leads_role_clauses", "Sơn La", "Số: 471/KH-UBND", "ngày 18 tháng 11 năm 2026",
                   "nâng cao chỉ số hài lòng của người dân năm 2026",
                   [TaskTable(columns("TT:number", "Nhiệm vụ, giải pháp:content", "Đơn vị chủ trì:lead",
                                      "Đơn vị phối hợp:support", "Thời gian thực hiện:deadline", "Kết quả, sản phẩm:output"),
                              tuple(made))],
                   "collectives leading ('Các sở, ban, ngành', 'UBND các xã, phường'), some with a role clause after "
                   "them ('… theo chức năng, nhiệm vụ được giao', '… trên địa bàn quản lý'): the clause is no body"))

    # 264. A lead's standing role in brackets after its name ("Sở Nội vụ (cơ quan thường trực)"), a support's too: the
    # name kept as printed (its bracket the mention's remark), no other body made of the bracket's words.
    roles = (" (cơ quan thường trực)", "", " (cơ quan đầu mối)", "")
    made = tasks(2030, 8, support_counts=(1, 2, 0), deadlines=DEADLINES, lead_counts=(1,))
    made = [replace(t, lead=(t.lead[0] + roles[i % 4],),
                    support=tuple(s + (" (thường trực Ban Chỉ đạo)" if k == 0 and i % 3 == 1 else "")
                                  for k, s in enumerate(t.support))) for i, t in enumerate(made)]
    L.append(_plan("bracketed_standing_roles", "Phú Thọ", "Số: 473/KH-UBND", "ngày 19 tháng 11 năm 2026",
                   "phòng, chống thiên tai năm 2026", [TaskTable(STD, tuple(made))],
                   "a body's standing role in brackets after its name ('Sở Nội vụ (cơ quan thường trực)', '(cơ quan "
                   "đầu mối)', '(thường trực Ban Chỉ đạo)'): the name kept as printed, its bracket no other body"))

    # 265. No agency column: the "Ghi chú" cell says "Chủ trì: …; phối hợp: …".
    made = tasks(2040, 7, support_counts=(1, 2, 0), outputs=False, deadlines=DEADLINES)
    made = [replace(t, printed={"agencies": f"Chủ trì: {'; '.join(t.lead)}"
                                + (f"; phối hợp: {', '.join(t.support)}" if t.support else "")}) for t in made]
    L.append(_plan("roles_in_note_column", "Lào Cai", "Số: 475/KH-UBND", "ngày 20 tháng 11 năm 2026",
                   "phát triển du lịch cộng đồng năm 2026",
                   [TaskTable(columns("STT:number", "Nội dung công việc:content", "Thời gian thực hiện:deadline",
                                      "Ghi chú:agencies"), tuple(made))],
                   "no agency column: 'Ghi chú' says 'Chủ trì: Sở …; phối hợp: Sở …, Sở …' (the roles read from it)",
                   landscape=False))

    # 266. "Tổ chức thực hiện" over the lead, the support and the time.
    made = tasks(2050, 8, support_counts=(2, 1, 0), deadlines=DEADLINES)
    L.append(_plan("parent_over_roles_and_time", "Tuyên Quang", "Số: 477/KH-UBND", "ngày 23 tháng 11 năm 2026",
                   "phát triển kinh tế lâm nghiệp năm 2026",
                   [TaskTable((Column("TT", "number"), Column("Nhiệm vụ", "content"), Column("Sản phẩm", "output"),
                               Column("Chủ trì", "lead", parent="Tổ chức thực hiện"),
                               Column("Phối hợp", "support", parent="Tổ chức thực hiện"),
                               Column("Thời gian", "deadline", parent="Tổ chức thực hiện")), tuple(made))],
                   "'Tổ chức thực hiện' merged over 'Chủ trì | Phối hợp | Thời gian', the product before them"))

    # 267. A site's copy: a paragraph a line in each cell, bodies one a line.
    made = tasks(2060, 8, support_counts=(2, 3, 1), deadlines=MORE_DEADLINES, lead_counts=(1, 2, 1))
    L.append(_plan("site_cells_bodies_a_line", "Lai Châu", "Số: 479/KH-UBND", "ngày 24 tháng 11 năm 2026",
                   "bảo vệ và phát triển rừng năm 2026",
                   [TaskTable(STD, tuple(grouped([("I", "NHIỆM VỤ CHUNG"), ("II", "NHIỆM VỤ CỤ THỂ")],
                                                 [made[:3], made[3:]])), separator="\n")],
                   "a site republishing the Word file: a paragraph a line in each cell, co-leads and supports one a line "
                   "with no mark between them", html="tvpl",
                   skip=("txt",)))  # a paragraph a line: which cell a body's line is in cannot be told (left empty)

    # 268. Leads, supports and times centred down tall rows, supports as "- " lines.
    long = tuple(c + ", bảo đảm đúng tiến độ, chất lượng và hiệu quả theo yêu cầu của UBND tỉnh" for c in CONTENTS)
    made = tasks(2070, 7, support_counts=(2, 1, 3), deadlines=DEADLINES, contents=long)
    L.append(_plan("centred_cells_tall_rows", "Điện Biên", "Số: 481/KH-UBND", "ngày 25 tháng 11 năm 2026",
                   "cải thiện môi trường đầu tư kinh doanh năm 2026",
                   [TaskTable(STD, tuple(made), separator="\n- ", centred=("number", "lead", "support", "deadline", "output"))],
                   "every short cell centred down a row made tall by its task (Word's centre alignment), supports as "
                   "'- ' lines: a lead on the row's middle line is still that row's"))

    # 269. "A." over "I." over tasks "1.", "2." numbered from 1 again under each Roman group.
    parts = [tasks(2080 + 3 * k, 3 - (k == 2), numbers="1.", deadlines=DEADLINES) for k in range(4)]
    rows = [Group("A.", "NHIỆM VỤ THƯỜNG XUYÊN"), Group("I.", "Công tác chỉ đạo, điều hành", level=1), *parts[0],
            Group("II.", "Công tác kiểm tra, giám sát", level=1), *parts[1],
            Group("B.", "NHIỆM VỤ TRỌNG TÂM"), Group("I.", "Cải cách thủ tục hành chính", level=1), *parts[2],
            Group("II.", "Chuyển đổi số", level=1), *parts[3]]
    L.append(_plan("letter_roman_tasks_restart", "Lạng Sơn", "Số: 483/KH-UBND", "ngày 26 tháng 11 năm 2026",
                   "thực hiện nhiệm vụ năm 2026", [TaskTable(STD, tuple(rows), bold_groups=True)],
                   "'A.' over 'I.' over tasks '1.', '2.', numbered from 1 again under each Roman group; 'I.' printed "
                   "again under 'B.'"))

    # 270. Open-ended deadlines: from a time on, each year after: no end; "Đến năm 2030": the year's end.
    open_ended = (Deadline("Từ năm 2026"), Deadline("Từ tháng 7/2026"), Deadline("Đến năm 2030", "2030-12-31"),
                  Deadline("Năm 2026 và các năm tiếp theo"), Deadline("Quý II/2026", "2026-06-30"),
                  Deadline("Từ Quý III/2026 trở đi"))
    made = tasks(2090, 8, support_counts=(1, 2, 0), deadlines=open_ended)
    L.append(_plan("open_ended_deadlines", "Cao Bằng", "Số: 485/KH-UBND", "ngày 27 tháng 11 năm 2026",
                   "phát triển kinh tế cửa khẩu năm 2026", [TaskTable(STD, tuple(made))],
                   "deadlines open at their end ('Từ năm 2026', 'Từ tháng 7/2026', 'Năm 2026 và các năm tiếp theo', "
                   "'Từ Quý III/2026 trở đi'): no end, never the start's; 'Đến năm 2030' ends 2030"))

    # 271. Next year's plan issued in December: the time header names the year, the cells do not.
    year = (Deadline("Quý I", "2027-03-31"), Deadline("Tháng 6", "2027-06-30"), Deadline("Quý III", "2027-09-30"),
            Deadline("Thường xuyên"), Deadline("Tháng 11", "2027-11-30"), Deadline("Quý II", "2027-06-30"))
    made = tasks(2100, 7, support_counts=(1, 0, 2), deadlines=year)
    L.append(_plan("next_year_time_header", "Thái Nguyên", "Số: 487/KH-UBND", "ngày 28 tháng 12 năm 2026",
                   "kiểm soát thủ tục hành chính năm 2027",
                   [TaskTable(columns("STT:number", "Nhiệm vụ:content", "Cơ quan chủ trì:lead", "Cơ quan phối hợp:support",
                                      "Thời gian hoàn thành (năm 2027):deadline", "Sản phẩm:output"), tuple(made))],
                   "a plan for 2027 dated December 2026: the time header says '(năm 2027)', the cells 'Quý I', "
                   "'Tháng 6': their ends in 2027, never the issue date's year"))

    # 272. A decision's portrait table in the body (vbpl markup), two collectives in one cell joined by ", ".
    made = tasks(2110, 7, supports=PROVINCE, support_counts=(1, 2), deadlines=DEADLINES, outputs=False)
    made = [replace(t, support=t.support + ("Các sở, ban, ngành", "UBND các xã, phường"),
                    printed={"support": "; ".join(t.support) + "; Các sở, ban, ngành, UBND các xã, phường"})
            if i % 2 == 0 else t for i, t in enumerate(made)]
    L.append(Layout("decision_body_table_collectives_joined", **province_header("Quảng Ninh", "Số: 2510/QĐ-UBND",
                                                                                "ngày 30 tháng 11 năm 2026"),
                    heading=("QUYẾT ĐỊNH", "Giao nhiệm vụ thực hiện Chương trình mục tiêu quốc gia năm 2026"),
                    parts=("ỦY BAN NHÂN DÂN TỈNH QUẢNG NINH", "Căn cứ Luật Tổ chức chính quyền địa phương;", "QUYẾT ĐỊNH:",
                           "Điều 1. Giao nhiệm vụ cho các cơ quan, đơn vị như sau:",
                           TaskTable(columns("STT:number", "Nhiệm vụ:content", "Cơ quan chủ trì:lead",
                                             "Cơ quan phối hợp:support", "Thời hạn:deadline"), tuple(made)),
                           "Điều 2. Quyết định này có hiệu lực kể từ ngày ký."),
                    signature=SIGN_PROVINCE, recipients=RECIPIENTS, html="vbpl",
                    note="a decision's table inline under 'Điều 1', portrait, vbpl markup; a support cell ending "
                         "'Các sở, ban, ngành, UBND các xã, phường': two collectives joined by a comma"))
    return L


def join_names(names: tuple[str, ...]) -> str:
    return "; ".join(names)


def unheaded(rows: list) -> tuple:
    """The rows of a table printed with no header: the bodies printed in their cells, but no lead nor support in the
    truth (which leads cannot be told from the cells)."""
    return tuple(row if isinstance(row, Group) else replace(row, lead=(), support=(), printed={
        "lead": join_names(row.lead), "support": join_names(row.support)}) for row in rows)


def _thirty_fifth_bed() -> list[Layout]:
    """Layouts 273-276, from s57's hunt of task tables in PDF (tests/test_thirty_fifth_bed.py): long tables ruled round
    their header only (no rule between rows, the header printed again by Word on each page), in landscape and portrait,
    with group rows; and such a table whose cells are centred down their rows."""
    L: list[Layout] = []
    made = tuple(tasks(4500, 40))

    # 273. Forty tasks over four landscape pages, rules only above and under the header and under the last row: on
    # each later page the header printed again over the rows, its two rules read as a row's rest the page break
    # carried over (the rows under them, up to the page's foot, were lost: 12 of 40).
    L.append(_plan("header_ruled_over_pages", "Hà Tĩnh", "Số: 357/KH-UBND", "ngày 10 tháng 3 năm 2026",
                   "chuyển đổi số năm 2026", [TaskTable(STD, made, rules="header")],
                   "a long table ruled round its header only, the header printed again on each page"))

    # 274. The same in portrait, a row cut by each page break.
    L.append(_plan("header_ruled_over_pages_portrait", "Quảng Bình", "Số: 359/KH-UBND", "ngày 11 tháng 3 năm 2026",
                   "cải cách hành chính năm 2026", [TaskTable(STD, made, rules="header")],
                   "a long table ruled round its header only, portrait, rows cut by the page breaks", landscape=False))

    # 275. Roman group rows, forty tasks over pages. (With a two-row header too, LibreOffice 7.4 fails to print the
    # file: "Unspecified Application Error"; the two-row header alone over pages is read right, s57's hunt.)
    L.append(_plan("header_ruled_groups", "Nghệ An", "Số: 361/KH-UBND", "ngày 12 tháng 3 năm 2026",
                   "phát triển du lịch năm 2026",
                   [TaskTable(STD, tuple(grouped([("I", "NHIỆM VỤ CHUNG"), ("II", "NHIỆM VỤ CỤ THỂ"),
                                                  ("III", "KIỂM TRA, GIÁM SÁT")], [made[:12], made[12:30], made[30:]])),
                              rules="header")],
                   "a table ruled round its header only, group rows, forty tasks over pages"))

    # 276. Ruled round its header only, its cells centred down their rows: the numbers stand on the rows' middle
    # lines (left: rows cut at the numbers give one row's cells to another).
    L.append(_plan("header_ruled_centred_cells", "Thanh Hóa", "Số: 363/KH-UBND", "ngày 13 tháng 3 năm 2026",
                   "phát triển nông nghiệp năm 2026",
                   [TaskTable(STD, tuple(tasks(4700, 30)), rules="header", centred=("number", "lead", "support", "deadline"))],
                   "a table ruled round its header only whose cells are centred down their rows"))
    return L


def _inline_plan(name: str, province: str, number: str, day: str, topic: str, table: TaskTable, after: tuple[str, ...],
                 note: str) -> Layout:
    """A province's Kế hoạch with its task table in the body, under part II, and ``after`` (a part's heading, a
    paragraph) right under its last row, on a portrait page."""
    parts = ("I. MỤC ĐÍCH, YÊU CẦU", f"Triển khai đồng bộ, hiệu quả các nhiệm vụ về {topic}.", "II. NHIỆM VỤ CỤ THỂ",
             "Các nhiệm vụ được phân công như sau:", table, *after)
    return Layout(name=name, **province_header(province, number, day), heading=("KẾ HOẠCH", topic[0].upper() + topic[1:]),
                  parts=parts, signature=SIGN_PROVINCE, recipients=RECIPIENTS, note=note)


def _thirty_sixth_bed() -> list[Layout]:
    """Layouts 277-282, the classes s59-tables fixed (tests/test_thirty_sixth_bed.py): a task table set in a frame table
    of one column whose other rows hold a title over it or a note under it (DOCX, HTML: no task was read), and a long
    table ruled round its header only, in the body, whose header Word prints again on each page, with a part's
    heading or a paragraph under its last row (PDF: the header printed again read as a row's rest, the rows under it
    lost)."""
    L: list[Layout] = []
    title, note = ("DANH MỤC NHIỆM VỤ TRỌNG TÂM NĂM 2026",), ("Ghi chú: thời hạn tính đến hết ngày cuối của kỳ ghi trong bảng.",)

    # 277. The frame's first row holds the annex's title, its last a note, the task table in the cell between.
    L.append(_plan("frame_title_and_note", "Hưng Yên", "Số: 371/KH-UBND", "ngày 17 tháng 3 năm 2026",
                   "phát triển kinh tế số năm 2026",
                   [TaskTable(STD, tuple(tasks(5100, 7)), frame_title=title, frame_note=note)],
                   "a task table in a one-column frame table, a title row over it and a note row under it"))

    # 278. Two title rows in the frame, groups, the agencies under a merged "Cơ quan thực hiện".
    cols = (Column("TT", "number"), Column("Nội dung công việc", "content"),
            Column("Chủ trì", "lead", parent="Cơ quan thực hiện"), Column("Phối hợp", "support", parent="Cơ quan thực hiện"),
            Column("Thời hạn hoàn thành", "deadline"))
    rows = grouped([("I", "HOÀN THIỆN THỂ CHẾ"), ("II", "PHÁT TRIỂN HẠ TẦNG SỐ")],
                   [tasks(5200, 4, outputs=False), tasks(5204, 5, outputs=False)])
    L.append(_plan("frame_two_titles_groups", "Thái Bình", "Số: 373/KH-UBND", "ngày 18 tháng 3 năm 2026",
                   "chuyển đổi số năm 2026",
                   [TaskTable(cols, tuple(rows), frame_title=("PHỤ LỤC II", "DANH MỤC NHIỆM VỤ CHUYỂN ĐỔI SỐ"),
                              bold_groups=True)],
                   "a task table in a one-column frame, two title rows over it, groups, a merged 'Cơ quan thực hiện'"))

    # 279. A note alone under the table, the bodies of a task in one column marked "(chủ trì)".
    L.append(_plan("frame_note_marked_leads", "Hà Nam", "Số: 375/KH-UBND", "ngày 19 tháng 3 năm 2026",
                   "cải cách hành chính năm 2026",
                   [TaskTable(columns("STT:number", "Nhiệm vụ:content", "Cơ quan thực hiện:agencies",
                                      "Thời gian hoàn thành:deadline"),
                              tuple(tasks(5300, 6, outputs=False, support_counts=(1, 2, 1))), combined="mark",
                              separator=", ", frame_note=note)],
                   "a task table in a one-column frame, a note row under it, the bodies of a task in one cell with "
                   "'(chủ trì)' after the lead"))

    # 280-282. In the body, ruled round its header only, the header printed again on each page, then a part's
    # heading and its paragraphs, or a paragraph, right under the last row.
    part_after = ("III. TỔ CHỨC THỰC HIỆN", "Các sở, ban, ngành, UBND các xã, phường căn cứ nhiệm vụ được giao xây dựng "
                  "kế hoạch chi tiết, báo cáo kết quả về Sở Nội vụ trước ngày 15/12/2026.")
    paragraph_after = ("Các cơ quan, đơn vị được giao chủ trì báo cáo kết quả thực hiện về Sở Nội vụ trước ngày "
                       "15/12 hằng năm để tổng hợp, báo cáo UBND tỉnh.",)
    L.append(_inline_plan("header_ruled_inline_part_after", "Bắc Ninh", "Số: 377/KH-UBND", "ngày 20 tháng 3 năm 2026",
                          "phát triển khoa học, công nghệ năm 2026",
                          TaskTable(STD, tuple(tasks(5400, 22)), rules="header"), part_after,
                          "a long table in the body ruled round its header only, printed again on the next page, a "
                          "part's heading under its last row"))
    L.append(_inline_plan("header_ruled_inline_paragraph_after", "Vĩnh Phúc", "Số: 379/KH-UBND",
                          "ngày 21 tháng 3 năm 2026", "phát triển nguồn nhân lực năm 2026",
                          TaskTable(STD, tuple(tasks(5500, 22)), rules="header"), paragraph_after,
                          "a long table in the body ruled round its header only, printed again on the next page, a "
                          "paragraph under its last row"))
    L.append(_inline_plan("header_ruled_inline_three_pages", "Phú Thọ", "Số: 381/KH-UBND", "ngày 22 tháng 3 năm 2026",
                          "bảo vệ môi trường năm 2026",
                          TaskTable(STD, tuple(tasks(5600, 34)), rules="header"), part_after,
                          "a table in the body ruled round its header only over three pages, a part's heading under "
                          "its last row"))
    return L


LAYOUTS: list[Layout] = _layouts()
SECOND_BED: tuple[str, ...] = tuple(layout.name for layout in _second_bed())  # the layouts written after the reader
THIRD_BED: tuple[str, ...] = tuple(layout.name for layout in _third_bed())  # written blind to the reader's code
FOURTH_BED: tuple[str, ...] = tuple(layout.name for layout in _fourth_bed())  # what the first three missed (73-79)
ITEM_BED: tuple[str, ...] = tuple(layout.name for layout in _item_bed())  # tasks written as items, not tables (80-85n)
FIFTH_BED: tuple[str, ...] = tuple(layout.name for layout in _fifth_bed())  # tables as other hands copy them (86-89)
SIXTH_BED: tuple[str, ...] = tuple(layout.name for layout in _sixth_bed())  # activities, lettered items, group times, a report (90-94)
SEVENTH_BED: tuple[str, ...] = tuple(layout.name for layout in _seventh_bed())  # group headers, foci, timetables (95-101)
EIGHTH_BED: tuple[str, ...] = tuple(layout.name for layout in _eighth_bed())  # ditto cells, money, classes, inspections (102-)
NINTH_BED: tuple[str, ...] = tuple(layout.name for layout in _ninth_bed())  # inspections, watchers, reports, money (108-)
TENTH_BED: tuple[str, ...] = tuple(layout.name for layout in _tenth_bed())  # ward reform, ticked ministries, deliverables (113-)
ELEVENTH_BED: tuple[str, ...] = tuple(layout.name for layout in _eleventh_bed())  # year ticks, labelled agencies, body first (117-)
TWELFTH_BED: tuple[str, ...] = tuple(layout.name for layout in _twelfth_bed())  # standing bodies, commune officers (120-)
THIRTEENTH_BED: tuple[str, ...] = tuple(layout.name for layout in _thirteenth_bed())  # split, rotated, div tables (123-)
FOURTEENTH_BED: tuple[str, ...] = tuple(layout.name for layout in _fourteenth_bed())  # wrapped dates, blank cells (127-)
FIFTEENTH_BED: tuple[str, ...] = tuple(layout.name for layout in _fifteenth_bed())  # column numbers, flat headers, marked leads (132-)
SIXTEENTH_BED: tuple[str, ...] = tuple(layout.name for layout in _sixteenth_bed())  # headerless groups, second products, pages (139-)
SEVENTEENTH_BED: tuple[str, ...] = tuple(layout.name for layout in _seventeenth_bed())  # merges over groups, inline roles (143-)
EIGHTEENTH_BED: tuple[str, ...] = tuple(layout.name for layout in _eighteenth_bed())  # codes, two times, wide annexes (147-)
NINETEENTH_BED: tuple[str, ...] = tuple(layout.name for layout in _nineteenth_bed())  # totals, help, drafters (153-)
TWENTIETH_BED: tuple[str, ...] = tuple(layout.name for layout in _twentieth_bed())  # note bodies, bare lead marks (159-)
TWENTY_FIRST_BED: tuple[str, ...] = tuple(layout.name for layout in _twenty_first_bed())  # marked leads, ministries' collectives (164-)
TWENTY_SECOND_BED: tuple[str, ...] = tuple(layout.name for layout in _twenty_second_bed())  # commune posts, kinds of document, help in notes (168-)
TWENTY_THIRD_BED: tuple[str, ...] = tuple(layout.name for layout in _twenty_third_bed())  # posts of a committee, classes, fields, levels (172-)
TWENTY_FOURTH_BED: tuple[str, ...] = tuple(layout.name for layout in _twenty_fourth_bed())  # time in a shared cell or a note, posts under a band (177-)
TWENTY_FIFTH_BED: tuple[str, ...] = tuple(layout.name for layout in _twenty_fifth_bed())  # unplaced columns, roles by verbs, status times, two times (181-)
TWENTY_SIXTH_BED: tuple[str, ...] = tuple(layout.name for layout in _twenty_sixth_bed())  # stages, sums per task, lettered groups (185-)
TWENTY_SEVENTH_BED: tuple[str, ...] = tuple(layout.name for layout in _twenty_seventh_bed())  # Word annexes combining traits, blind (188-)
TWENTY_EIGHTH_BED: tuple[str, ...] = tuple(layout.name for layout in _twenty_eighth_bed())  # group titles that lead, dashed lines (200-)
TWENTY_NINTH_BED: tuple[str, ...] = tuple(layout.name for layout in _twenty_ninth_bed())  # column rules, shaded rows, page numbers (203-)
THIRTIETH_BED: tuple[str, ...] = tuple(layout.name for layout in _thirtieth_bed())  # site copies: wrapped cells, spans once (215-)
THIRTY_FIRST_BED: tuple[str, ...] = tuple(layout.name for layout in _thirty_first_bed())  # centred numbers, sub-rows, blind (227-)
THIRTY_SECOND_BED: tuple[str, ...] = tuple(layout.name for layout in _thirty_second_bed())  # long column-ruled, groups, money, blind (239-)
THIRTY_THIRD_BED: tuple[str, ...] = tuple(layout.name for layout in _thirty_third_bed())  # posts, parents, ticks, spacers, blind (249-)
THIRTY_FOURTH_BED: tuple[str, ...] = tuple(layout.name for layout in _thirty_fourth_bed())  # central annexes, levels, open ends, blind (261-)
THIRTY_FIFTH_BED: tuple[str, ...] = tuple(layout.name for layout in _thirty_fifth_bed())  # tables ruled round their header over pages (273-)
THIRTY_SIXTH_BED: tuple[str, ...] = tuple(layout.name for layout in _thirty_sixth_bed())  # frames with a title or note, header-ruled in the body (277-)
# The beds printed after the item bed, in LAYOUTS' order: a new bed goes at the end (the order tests count from it)
BEDS_AFTER_ITEMS: tuple[tuple[str, ...], ...] = (
    FIFTH_BED, SIXTH_BED, SEVENTH_BED, EIGHTH_BED, NINTH_BED, TENTH_BED, ELEVENTH_BED, TWELFTH_BED, THIRTEENTH_BED,
    FOURTEENTH_BED, FIFTEENTH_BED, SIXTEENTH_BED, SEVENTEENTH_BED, EIGHTEENTH_BED, NINETEENTH_BED, TWENTIETH_BED,
    TWENTY_FIRST_BED, TWENTY_SECOND_BED, TWENTY_THIRD_BED, TWENTY_FOURTH_BED, TWENTY_FIFTH_BED, TWENTY_SIXTH_BED,
    TWENTY_SEVENTH_BED, TWENTY_EIGHTH_BED, TWENTY_NINTH_BED, THIRTIETH_BED, THIRTY_FIRST_BED, THIRTY_SECOND_BED,
    THIRTY_THIRD_BED, THIRTY_FOURTH_BED, THIRTY_FIFTH_BED, THIRTY_SIXTH_BED)
BY_NAME = {layout.name: layout for layout in LAYOUTS}
assert len(BY_NAME) == len(LAYOUTS), "layout names must be unique"
assert [layout.name for layout in LAYOUTS[len(LAYOUTS) - sum(map(len, BEDS_AFTER_ITEMS)):]] == [
    name for bed in BEDS_AFTER_ITEMS for name in bed], "BEDS_AFTER_ITEMS must list the later beds in LAYOUTS' order"
