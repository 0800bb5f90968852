"""Duties given in prose carry their deadline (``Assignment.deadline``), read by the task tables' reader.

FACTS (measured here, 2026-12-01; in my own words, no document's text copied):

- The stored legal-site pages (``search`` corpus ``pages``) hold the openings of plans, not their TỔ CHỨC THỰC HIỆN
  parts: of 24 pages returned for "giao chủ trì phối hợp hoàn thành trước ngày", "thời gian thực hiện quý …",
  "báo cáo kết quả về … trước ngày hằng năm", none reached a duty with a deadline. What they do show, in nearly every
  plan and decision, is a cited document with its date before the body ("Thực hiện Kế hoạch số …/KH-UBND ngày …",
  "Căn cứ Nghị định số … ngày …"): such dates are everywhere, and must never become a duty's deadline.
- The project's own files (``bench/same.py`` over corpus, variants, real documents and the layouts bed, 486 files):
  2,071 assignments, of which 363 give a deadline once read (corpus 80 of 241). On the real documents read without
  OCR 88 assignments, 15 with a deadline: 3 a date or period, worded as the work's end in a clause after the duty
  ("…, xong trong quý II năm 2026", "chậm nhất là ngày 15/01/2026", "hoàn thành chậm nhất đến ngày 01 tháng 7 năm
  2028"), 12 only a recurrence ("Hằng năm, …", "thường xuyên theo dõi …", "định kỳ hằng tuần tổ chức rà soát …",
  "định kỳ tổng hợp …"). The commune plans' forms the job names ("hoàn thành trước ngày 30/6/2026",
  "thời gian thực hiện: Quý III/2026", "báo cáo … trước ngày 15/12 hằng năm", "trong tháng 9/2026") are built below.

Convention (the task tables' own): several dates in one duty are one deadline, their span: its end is the latest
(a report due after the work is the duty's last date), and its text keeps every clause, joined by "; ". A date with
no year takes the plan's year (``year_from_plan``); "hằng năm" with no printed year is recurring with no dates.
"""

from __future__ import annotations

import itertools

import pytest

from conftest import write_paragraphs
from pipeline.run import process
from pipeline.stages import assignments

_HEAD = ["ỦY BAN NHÂN DÂN", "XÃ TÂN HÒA", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
         "Số: 27/KH-UBND", "Tân Hòa, ngày 10 tháng 3 năm 2026", "KẾ HOẠCH",
         "Bảo đảm an ninh trật tự trên địa bàn xã năm 2026",
         "Thực hiện Kế hoạch số 12/KH-UBND ngày 05/3/2026 của Ủy ban nhân dân tỉnh, Ủy ban nhân dân xã ban hành Kế "
         "hoạch như sau:", "I. MỤC ĐÍCH, YÊU CẦU", "1. Bảo đảm an ninh trật tự trên địa bàn.", "II. TỔ CHỨC THỰC HIỆN"]

# (duty as printed, its lead, the deadline's text, start, end, recurring)
DUTIES = [
    ("Giao Công an xã chủ trì, phối hợp với Ban Chỉ huy Quân sự xã triển khai các biện pháp bảo đảm an ninh, hoàn "
     "thành trước ngày 30/6/2026.", "Công an xã", "hoàn thành trước ngày 30/6/2026", None, "2026-06-30", None),
    ("Phòng Văn hóa - Xã hội: tham mưu tổ chức tuyên truyền pháp luật cho Nhân dân; thời gian thực hiện: Quý III/2026.",
     "Phòng Văn hóa - Xã hội", "Quý III/2026", "2026-07-01", "2026-09-30", None),
    ("Phòng Kinh tế theo dõi, tổng hợp tình hình, báo cáo kết quả về Ủy ban nhân dân xã trước ngày 15/12 hằng năm.",
     "Phòng Kinh tế", "báo cáo kết quả về Ủy ban nhân dân xã trước ngày 15/12 hằng năm", None, None, "hằng năm"),
    ("Hội Liên hiệp Phụ nữ xã tổ chức tuyên truyền cho hội viên trong tháng 9/2026.", "Hội Liên hiệp Phụ nữ xã",
     "trong tháng 9/2026",
     "2026-09-01", "2026-09-30", None),
    ("Giao Văn phòng HĐND và UBND xã rà soát các thủ tục, xong trong quý IV năm 2026.", "Văn phòng HĐND và UBND xã",
     "xong trong quý IV năm 2026", None, "2026-12-31", None),  # a by-word: the quarter's end, no start (s39)
    ("Ban Chỉ huy Quân sự xã định kỳ hằng quý báo cáo kết quả về Ủy ban nhân dân xã.", "Ban Chỉ huy Quân sự xã",
     "định kỳ hằng quý báo cáo kết quả về Ủy ban nhân dân xã", None, None, "hằng quý"),
    ("Hội Nông dân xã thường xuyên vận động hội viên tham gia.", "Hội Nông dân xã",
     "thường xuyên vận động hội viên tham gia", None, None, "thường xuyên"),
    ("Trường Tiểu học xã phổ biến nội dung Kế hoạch tới giáo viên.", "Trường Tiểu học xã", None, None, None, None),
]


def _lines(duties) -> list[str]:
    return _HEAD + [f"{n}. {duty}" for n, duty in enumerate(duties, start=1)]


def _html(path, lines: list[str]):
    path.write_text("<html><body>" + "".join(f"<p>{line}</p>" for line in lines) + "</body></html>", encoding="utf-8")
    return path


def _write(tmp_path, fmt: str, lines: list[str]):
    if fmt == "txt":
        path = tmp_path / "plan.txt"
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        return path
    if fmt == "docx":
        return write_paragraphs(tmp_path / "plan.docx", lines)
    return _html(tmp_path / "plan.html", lines)


@pytest.mark.parametrize("fmt", ["txt", "docx", "html"])
def test_each_duty_carries_the_deadline_it_gives(tmp_path, fmt):
    doc = process(_write(tmp_path, fmt, _lines(d[0] for d in DUTIES)))
    leads = {a.agency.name: a for a in doc.assignments if a.role == "lead"}
    for _, lead, text, start, end, recurring in DUTIES:
        deadline = leads[lead].deadline
        read = (deadline.text, deadline.start, deadline.end, deadline.recurring) if deadline else (None,) * 4
        assert read == (text, start, end, recurring), lead
    # the body that supports a duty has its deadline too (one row per body and role)
    support = next(a for a in doc.assignments if a.role == "support" and a.agency.name == "Ban Chỉ huy Quân sự xã")
    assert support.deadline.end == "2026-06-30"
    # the cited plan's date before the body is no one's deadline
    assert all(a.deadline is None or a.deadline.end != "2026-03-05" for a in doc.assignments)


@pytest.mark.parametrize("duty, text, end, from_plan", [
    # two report dates: their span, the later one its end; no year printed: the plan's year, and it says so
    ("Công an xã báo cáo trước ngày 15/6 và trước ngày 15/12.", "trước ngày 15/6 và trước ngày 15/12", "2026-12-15",
     True),
    # a completion date and a report date after it: both kept, the report's the end
    ("Phòng Kinh tế hoàn thành việc rà soát trong tháng 9/2026, báo cáo kết quả về Ủy ban nhân dân xã trước ngày "
     "15/10/2026.", "trong tháng 9/2026; báo cáo kết quả về Ủy ban nhân dân xã trước ngày 15/10/2026", "2026-10-15",
     False),
    ("Công an xã chủ trì triển khai; thời hạn: chậm nhất ngày 20/11/2026.", "chậm nhất ngày 20/11/2026", "2026-11-20",
     False),
    ("Công an xã thường xuyên kiểm tra, đôn đốc việc thực hiện.", "thường xuyên kiểm tra", None, False),
    # "thường xuyên" after the work it qualifies is a kind of work, not a recurrence
    ("Phòng Kinh tế chủ trì thực hiện các nhiệm vụ thường xuyên, cấp bách của xã.", None, None, False),
    ("Công an xã tổ chức các hoạt động thường xuyên của lực lượng.", None, None, False),
    # "hằng năm" after the work is a rate of a target, not when the duty falls due
    ("Phòng Kinh tế phấn đấu tăng thu ngân sách 5% hằng năm.", None, None, False),
])
def test_several_dates_give_their_span(duty, text, end, from_plan):
    deadline = assignments.duty_deadline(duty, 2026)
    if text is None:
        assert deadline is None
        return
    assert (deadline.text, deadline.end, deadline.year_from_plan) == (text, end, from_plan)


_CITED = ["Kế hoạch số 12/KH-UBND ngày 05/3/2026 của Ủy ban nhân dân tỉnh",
          "Quyết định số 1234/QĐ-UBND ngày 05 tháng 3 năm 2026 của Chủ tịch Ủy ban nhân dân huyện",
          "Công văn số 45/UBND-VX ngày 5/3/2026",
          "Chỉ thị số 07/CT-TTg ngày 05/3/2026 của Thủ tướng Chính phủ"]
_FRAMES = ["Công an xã triển khai thực hiện {cited}.",
           "Công an xã hoàn thành các nhiệm vụ theo {cited}.",
           "Giao Phòng Kinh tế chủ trì, tổ chức thực hiện {cited}; báo cáo Ủy ban nhân dân xã.",
           "Phòng Văn hóa - Xã hội triển khai, hoàn thành trong năm theo {cited}."]


@pytest.mark.parametrize("frame, cited", list(itertools.product(_FRAMES, _CITED)))
def test_a_cited_documents_date_is_never_a_deadline(frame, cited):
    deadline = assignments.duty_deadline(frame.format(cited=cited), 2026)
    assert deadline is None or (deadline.start, deadline.end) == ("2026-01-01", "2026-12-31"), deadline
    assert deadline is None or "05" not in deadline.text and "5/3" not in deadline.text


def test_a_cited_documents_date_beside_a_real_deadline_leaves_the_deadline():
    deadline = assignments.duty_deadline("Công an xã triển khai Kế hoạch số 12/KH-UBND ngày 05/3/2026 của Ủy ban nhân dân tỉnh, "
                             "hoàn thành trước ngày 30/9/2026.", 2026)
    assert (deadline.text, deadline.start, deadline.end) == ("hoàn thành trước ngày 30/9/2026", None, "2026-09-30")


def test_the_database_stores_a_duties_deadline(tmp_path, db_target):
    from pipeline.ingest import ingest

    from conftest import open_database

    source = _write(tmp_path, "txt", _lines([DUTIES[0][0], DUTIES[2][0]]))
    assert ingest([source], db_path=db_target, json_dir=None, workers=1).ok
    db = open_database(db_target)
    rows = db.execute("SELECT role, name, deadline_text, deadline_end, deadline_recurring, deadline_year_from_plan "
                      "FROM assignments ORDER BY ordinal").fetchall()
    db.close()
    assert [tuple(r) for r in rows] == [
        ("lead", "Công an xã", "hoàn thành trước ngày 30/6/2026", "2026-06-30", None, 0),
        ("support", "Ban Chỉ huy Quân sự xã", "hoàn thành trước ngày 30/6/2026", "2026-06-30", None, 0),
        ("lead", "Phòng Kinh tế", "báo cáo kết quả về Ủy ban nhân dân xã trước ngày 15/12 hằng năm", None, "hằng năm", 0),
    ]


@pytest.mark.parametrize("text, end", [
    ("hoàn thành chậm nhất đến ngày 01 tháng 7 năm 2028", "2028-07-01"),
    ("trước ngày 15 tháng 3 năm 2026", "2026-03-15"),
    ("chậm nhất ngày 5 tháng 12 năm 2026", "2026-12-05"),
    ("Quý II/2026, trước ngày 30 tháng 6 năm 2026", "2026-06-30"),
])
def test_a_date_written_in_words_is_that_day_not_its_month(text, end):
    """"ngày 01 tháng 7 năm 2028" is the first of July: its "tháng 7 năm 2028" is no period ending on the 31st (a
    task cell and a duty read alike)."""
    from pipeline.stages.deadlines import parse_deadline

    assert parse_deadline(text, 2026).end == end
    assert assignments.duty_deadline(f"Công an xã triển khai các biện pháp, {text}.", 2026).end == end


# A time field that states where the work stands is a status, as a report table's time cell is, never a deadline:
# wordings of the label ("Tiến độ", "Thời gian", "Thời gian thực hiện", "Lộ trình", "Thời hạn") and of the status
_STATUS_FIELDS = ["tiến độ: Đã hoàn thành", "Tiến độ: đang triển khai", "thời gian: Đang thực hiện",
                  "thời gian thực hiện: Chưa thực hiện", "lộ trình: Chậm tiến độ", "thời hạn: Chưa hoàn thành",
                  "Tiến độ thực hiện: Đảm bảo tiến độ", "tiến độ: Đang tiến hành."]


@pytest.mark.parametrize("field", _STATUS_FIELDS)
@pytest.mark.parametrize("frame", ["Công an xã chủ trì triển khai các biện pháp; {field}",
                                   "Giao Phòng Kinh tế rà soát các thủ tục. {field}"])
def test_status_words_in_a_time_field_are_no_deadline(frame, field):
    assert assignments.duty_deadline(frame.format(field=field), 2026) is None


@pytest.mark.parametrize("duty, text, end", [
    # status words with a date: the date still says when (done in June 2025; to be done in June 2026)
    ("Công an xã rà soát; tiến độ: Đã hoàn thành tháng 6/2025.", "Đã hoàn thành tháng 6/2025", "2025-06-30"),
    ("Công an xã rà soát; tiến độ: Hoàn thành trong tháng 6/2026.", "Hoàn thành trong tháng 6/2026", "2026-06-30"),
    # a plan's time field with no status words and no date stays its text, as a plan's time cell does
    ("Công an xã rà soát; thời gian: Theo hướng dẫn của Bộ Nội vụ.", "Theo hướng dẫn của Bộ Nội vụ", None),
])
def test_a_time_field_with_a_date_stays_a_deadline(duty, text, end):
    deadline = assignments.duty_deadline(duty, 2026)
    assert (deadline.text, deadline.end) == (text, end)


def test_in_a_report_a_time_field_naming_no_time_is_no_deadline():
    # "Đã trình UBND tỉnh" opens with no status word; in a report it says where the work stands
    duty = "Phòng Kinh tế rà soát các thủ tục; thời gian: Đã trình UBND tỉnh."
    assert assignments.duty_deadline(duty, 2026, "2026-07-15") is None
    assert assignments.duty_deadline(duty, 2026).text == "Đã trình UBND tỉnh"


_REPORT_HEAD = ["ỦY BAN NHÂN DÂN", "XÃ TÂN HÒA", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                "Số: 41/BC-UBND", "Tân Hòa, ngày 15 tháng 7 năm 2026", "BÁO CÁO",
                "Kết quả thực hiện nhiệm vụ 6 tháng đầu năm 2026", "I. KẾT QUẢ THỰC HIỆN", "1. Kết quả chung.",
                "II. TỔ CHỨC THỰC HIỆN"]


@pytest.mark.parametrize("fmt", ["txt", "docx", "html"])
def test_no_duty_of_a_document_has_status_words_as_its_deadline(tmp_path, fmt):
    duties = ["Công an xã phối hợp với Ban Chỉ huy Quân sự xã triển khai các biện pháp bảo đảm an ninh, tiến độ: Đã "
              "hoàn thành.",
              "Phòng Kinh tế theo dõi, tổng hợp tình hình; thời gian: Đang triển khai.",
              "Hội Nông dân xã vận động hội viên tham gia; thời gian thực hiện: Chưa thực hiện."]
    for head in (_HEAD, _REPORT_HEAD):
        doc = process(_write(tmp_path, fmt, head + [f"{n}. {d}" for n, d in enumerate(duties, start=1)]))
        assert {a.agency.name for a in doc.assignments if a.role == "lead"} >= {"Công an xã", "Phòng Kinh tế",
                                                                             "Hội Nông dân xã"}
        assert not [(a.agency.name, a.deadline.text) for a in doc.assignments if a.deadline]
        assert all(t.deadline is None for t in doc.tasks), [t.deadline for t in doc.tasks]
