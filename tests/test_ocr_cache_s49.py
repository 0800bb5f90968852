"""s49: pipeline/ingest.py reads again, on the next run, a file whose stored reading a time limit cut short (warning
``ocr_timeout``), where it skipped it as unchanged for good.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import parsers


# ---------------------------------------------------------------------------------------------------
# pipeline/ingest.py: a reading a time limit cut short is read again on the next run

PLAN = ("ỦY BAN NHÂN DÂN\nTỈNH LÂM ĐỒNG\nSố: 12/KH-UBND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Độc lập - Tự do - Hạnh phúc\nĐà Lạt, ngày 3 tháng 2 năm 2025\nKẾ HOẠCH\nCải cách hành chính năm 2025\n"
        "I. MỤC ĐÍCH, YÊU CẦU\n1. Nâng cao chất lượng phục vụ người dân.\n")


@pytest.fixture
def reads(monkeypatch):
    """The text reader, counted, and adding the warning of a page Tesseract did not read in time to the files named
    in ``reads.cut_short``."""
    from parsers import ocr

    class Reads:
        count: dict[str, int] = {}
        cut_short: set[str] = set()

    text_reader = parsers.READERS[".txt"]

    def read(path: Path):
        doc = text_reader(path)
        Reads.count[path.name] = Reads.count.get(path.name, 0) + 1
        if path.name in Reads.cut_short:
            doc.warnings.append(ocr.timed_out(1, "read the page"))
        return doc

    Reads.count, Reads.cut_short = {}, set()
    monkeypatch.setitem(parsers.READERS, ".txt", read)
    return Reads


def _ingest_twice_then_once_more(tmp_path, reads, db, json_dir):
    from pipeline.ingest import ingest

    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "slow.txt").write_text(PLAN, encoding="utf-8")
    (folder / "quick.txt").write_text(PLAN.replace("12/KH", "13/KH"), encoding="utf-8")
    reads.cut_short = {"slow.txt"}
    first = ingest([folder], db_path=db, json_dir=json_dir, workers=1)
    assert first.warning_codes()["ocr_timeout"] == 1
    reads.cut_short = set()  # the machine had the time on the next run
    second = ingest([folder], db_path=db, json_dir=json_dir, workers=1)
    assert reads.count == {"slow.txt": 2, "quick.txt": 1}
    assert second.skipped == 1 and second.warning_codes()["ocr_timeout"] == 0
    ingest([folder], db_path=db, json_dir=json_dir, workers=1)
    assert reads.count == {"slow.txt": 2, "quick.txt": 1}  # read in full now: unchanged from then on


def test_a_reading_cut_short_is_read_again_on_the_next_run(tmp_path, reads, db_target):
    _ingest_twice_then_once_more(tmp_path, reads, db_target, tmp_path / "json")


def test_a_reading_cut_short_is_read_again_without_a_json_folder(tmp_path, reads):
    _ingest_twice_then_once_more(tmp_path, reads, tmp_path / "plans.db", None)
