"""fold(), period_start() and period_end(): in every connection the project opens, and in sqlite-utils' command line
through the plugin installing kehoach registers."""

import subprocess
import sys
from pathlib import Path

import pytest
import sqlite_utils

from pipeline.outputs.load import open_db
from pipeline.outputs.sqlfunctions import period


@pytest.mark.parametrize("text, first, last", [
    ("2026", "2026-01-01", "2026-12-31"),
    ("2026-Q1", "2026-01-01", "2026-03-31"), ("2026Q4", "2026-10-01", "2026-12-31"), ("q2/2026", "2026-04-01", "2026-06-30"),
    ("2026-02", "2026-02-01", "2026-02-28"), ("2024-02", "2024-02-01", "2024-02-29"),
    ("2026-03-15", "2026-03-15", "2026-03-15"),
    ("2026-01-01/2026-06-30", "2026-01-01", "2026-06-30"), ("2025..2026-Q1", "2025-01-01", "2026-03-31"),
    ("Quý I/2026", "2026-01-01", "2026-03-31"), ("6 tháng đầu năm 2026", "2026-01-01", "2026-06-30"),
    ("Tháng 7/2025", "2025-07-01", "2025-07-31"),
    ("2026-02-30", None, None), ("2026-13", None, None), ("soon", None, None), ("", None, None), (None, None, None),
])
def test_a_period_as_a_researcher_types_it(text, first, last):
    assert period(text) == (first, last)


def test_every_connection_the_project_opens_has_the_functions(tmp_path):
    db = open_db(tmp_path / "plans.db")
    assert db.execute("SELECT fold('Sở Nội vụ Đà Nẵng'), fold(NULL), fold(12), period_start('2026-Q1'), "
                      "period_end('Quý I/2026')").fetchone() == ("so noi vu da nang", None, "12", "2026-01-01", "2026-03-31")
    # sqlite-utils, in Python and on the command line, loads the plugin
    assert sqlite_utils.Database(tmp_path / "plans.db").execute("SELECT fold('Đ')").fetchone() == ("d",)
    cli = Path(sys.executable).with_name("sqlite-utils")
    out = subprocess.run([str(cli), str(tmp_path / "plans.db"), "SELECT fold('Chuyển đổi số') AS q", "--csv"],
                         capture_output=True, text=True, check=True).stdout
    assert out.splitlines() == ["q", "chuyen doi so"]


def test_years_are_integers_however_they_are_compared(tmp_path):
    from conftest import CORPUS
    from pipeline.ingest import ingest

    assert ingest([CORPUS / "001_7ff9224151ac323a.txt"], db_path=tmp_path / "plans.db", json_dir=None, workers=1).ok
    db = sqlite_utils.Database(tmp_path / "plans.db")
    typed = [db.execute(f"SELECT count(*) FROM task_list WHERE document_year = {year}").fetchone()[0] for year in ("2025", "'2025'")]
    assert typed[0] == typed[1] == db["tasks"].count > 0
    assert db.execute("SELECT count(*) FROM tasks_per_agency_year WHERE year = 2025").fetchone()[0] > 0
