"""s55-speed: work cut without changing any output. The view ``task_list`` finds a task's agencies by the
(document_id, task_id) index (it walked every agency of the task's document for each task, in key order): the same
rows, in the same order, for a fraction of the work (``kehoach datapackage`` and the exports read it)."""

from __future__ import annotations

import sqlite3

import pytest

from pipeline.ingest import ingest
from pipeline.outputs.load import open_db

PLAN = """ỦY BAN NHÂN DÂN
TỈNH LÀO CAI
Số: 12/KH-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Lào Cai, ngày 3 tháng 2 năm 2026

KẾ HOẠCH
Triển khai nhiệm vụ năm 2026

I. NHIỆM VỤ
| STT | Nội dung | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian |
| 1 | Rà soát quy hoạch | Sở Tài chính, Sở Xây dựng | Sở Nội vụ, Sở Tư pháp, UBND các xã | Quý II/2026 |
| 2 | Xây dựng cơ sở dữ liệu | Sở Khoa học và Công nghệ | Sở Tài chính, Văn phòng UBND tỉnh | Quý III/2026 |
| 3 | Tổ chức tập huấn | Sở Nội vụ, Sở Giáo dục và Đào tạo | Sở Y tế | Tháng 10/2026 |

Nơi nhận:
- Các sở, ngành;
- Lưu: VT.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Nguyễn Văn An
"""

AGENCIES_IN_ORDER = """SELECT COALESCE(g.canonical_name, a.name), a.name FROM task_agencies a
LEFT JOIN agencies g ON g.id = a.agency_id WHERE a.document_id = ? AND a.task_id = ? AND a.role = ? ORDER BY a.ordinal"""


@pytest.fixture(scope="module")
def database(tmp_path_factory):
    """A plan's task table ingested; then its task agencies written again in the reverse of their order, so that the
    order the rows are stored in is not the order the view must give."""
    folder = tmp_path_factory.mktemp("speed_s55")
    (folder / "in").mkdir()
    (folder / "in" / "kh12.txt").write_text(PLAN, encoding="utf-8")
    assert ingest([folder / "in"], folder / "plans.db", folder / "json", workers=1).ok
    with sqlite3.connect(folder / "plans.db") as db:
        rows = db.execute("SELECT * FROM task_agencies ORDER BY ordinal DESC").fetchall()
        db.execute("DELETE FROM task_agencies")
        db.executemany(f"INSERT INTO task_agencies VALUES ({', '.join('?' * len(rows[0]))})", rows)
    return folder / "plans.db"


def test_the_table_has_tasks_with_several_leads_and_supports(database):
    db = sqlite3.connect(database)
    counts = db.execute("SELECT role, max(n) FROM (SELECT role, count(*) AS n FROM task_agencies "
                        "GROUP BY document_id, task_id, role) GROUP BY role").fetchall()
    assert dict(counts) == {"lead": 2, "support": 3}


def test_task_list_gives_each_task_s_agencies_in_their_order(database):
    db = sqlite3.connect(database)
    rows = db.execute("SELECT document_id, task_id, lead, support, lead_as_printed FROM task_list").fetchall()
    assert len(rows) == 3
    for doc_id, task_id, lead, support, lead_as_printed in rows:
        leads = db.execute(AGENCIES_IN_ORDER, [doc_id, task_id, "lead"]).fetchall()
        supports = db.execute(AGENCIES_IN_ORDER, [doc_id, task_id, "support"]).fetchall()
        assert lead == "; ".join(canonical for canonical, _ in leads)
        assert support == "; ".join(canonical for canonical, _ in supports)
        assert lead_as_printed == "; ".join(printed for _, printed in leads)
    first = next(row for row in rows if row[1] == min(r[1] for r in rows))
    assert first[4] == "Sở Tài chính; Sở Xây dựng"  # as printed, in the row's order


def test_task_list_finds_a_task_s_agencies_by_the_task_s_index(database):
    open_db(database).close()  # the views as this version writes them
    plan = [row[3] for row in sqlite3.connect(database).execute("EXPLAIN QUERY PLAN SELECT * FROM task_list")]
    agency_steps = [step for step in plan if step.startswith("SEARCH a ")]
    assert len(agency_steps) == 3
    assert all("idx_task_agencies_document_id_task_id (document_id=? AND task_id=?)" in step for step in agency_steps)
