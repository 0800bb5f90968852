"""Corrections that survive: a line of the corrections file is applied after parsing on every ingest, recorded in the
database and the JSON document, shown in the report, and never applied to a file that was re-issued or a field that
now reads otherwise."""

import csv
import json
import shutil

import pytest
import sqlite_utils
from click.testing import CliRunner

import pipeline.ingest as ingest_module
from pipeline.cli import main
from pipeline.stages.corrections import (CorrectionsError, FieldPath, InvalidCorrection, _converted, as_text, check_value,
                                        parse_path, read_rows)
from pipeline.outputs.report import markdown_report, write_report

from conftest import CORPUS

SAMPLE_004 = CORPUS / "004_bb67436c3e8d90f2.txt"  # a plan's body without its header: no number, date or signer
SAMPLE_001 = CORPUS / "001_7ff9224151ac323a.txt"  # 159/KH-UBND, Hà Nội, 139 tasks


@pytest.fixture
def workspace(tmp_path, monkeypatch):
    """A folder with two samples, ingested into output/ the way the command line does it."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "plans").mkdir()
    shutil.copy(SAMPLE_004, tmp_path / "plans" / "body.txt")
    shutil.copy(SAMPLE_001, tmp_path / "plans" / "hanoi.txt")
    assert run("ingest", "plans", "--workers", "1").exit_code == 0
    return tmp_path


def run(*args):
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def reads(monkeypatch) -> list[str]:
    """The names of the files the next ingests read."""
    read: list[str] = []
    real = ingest_module.safe_process
    monkeypatch.setattr(ingest_module, "safe_process", lambda path, limits: read.append(path.name) or real(path, limits))
    return read


def stored(tmp_path, sql, *params):
    return [dict(row) for row in sqlite_utils.Database(tmp_path / "output" / "plans.db").query(sql, params)]


def exported(tmp_path, name):
    return json.loads((tmp_path / "output" / "json" / f"{name}.json").read_text(encoding="utf-8"))


def test_a_correction_survives_every_later_ingest_in_the_database_the_json_and_the_report(workspace, monkeypatch):
    result = run("correct", "plans/body.txt", "document.number", "15/KH-UBND", "--note", "from the signed original",
                 "--who", "Lan")
    assert result.exit_code == 0 and "it read ''" in result.output
    line = list(csv.DictReader((workspace / "output" / "corrections.csv").read_text(encoding="utf-8-sig").splitlines()))
    assert line[0]["file"] == str(workspace / "plans" / "body.txt") and len(line[0]["sha256"]) == 64 and line[0]["was"] == ""
    read = reads(monkeypatch)
    ingest_again = run("ingest", "plans", "--workers", "1")
    assert read == ["body.txt"]  # the corrected document only
    assert "Corrections: 1 applied, 0 not applied." in ingest_again.output
    # a change that forces every file to be parsed again (a new version of kehoach): the correction holds
    monkeypatch.setattr(ingest_module, "pipeline_version", lambda: "next")
    monkeypatch.setattr("pipeline.outputs.load.pipeline_version", lambda: "next")
    read.clear()
    assert run("ingest", "plans", "--workers", "1").exit_code == 0 and sorted(read) == ["body.txt", "hanoi.txt"]
    (row,) = stored(workspace, "SELECT number, symbol FROM documents WHERE source_name = 'body.txt'")
    assert row == {"number": "15/KH-UBND", "symbol": "KH-UBND"}
    (field,) = stored(workspace, "SELECT value, source, status FROM metadata_fields WHERE field = 'number' "
                                 "AND document_id = (SELECT id FROM documents WHERE source_name = 'body.txt')")
    assert field == {"value": "15/KH-UBND", "source": "correction", "status": "corrected"}
    document = exported(workspace, "body.txt")
    assert document["document"]["number"] == "15/KH-UBND"
    assert document["document"]["sources"]["number"]["source"] == "correction"
    assert [(c["field"], c["status"], c["who"]) for c in document["corrections"]] == [("document.number", "applied", "Lan")]
    assert not stored(workspace, "SELECT * FROM review_queue WHERE item = 'number' AND source_name = 'body.txt'")
    markdown = markdown_report(workspace / "output" / "plans.db", ["plans/body.txt"])
    assert markdown.startswith("# Kế hoạch 15/KH-UBND") and "| correction |" in markdown
    assert "`document.number` = “15/KH-UBND” (it read “”): **applied**" in markdown
    write_report(workspace / "output" / "plans.db", workspace / "output" / "report")
    page = (workspace / "output" / "report" / "body.txt.html").read_text(encoding="utf-8")
    assert "15/KH-UBND" in page and "from the signed original" in page


def test_an_unchanged_file_with_unchanged_corrections_is_not_read_again(workspace, monkeypatch):
    run("correct", "plans/hanoi.txt", "tasks[0].deadline", "Tháng 8/2025")
    run("ingest", "plans", "--workers", "1")
    read = reads(monkeypatch)
    assert run("ingest", "plans", "--workers", "1").exit_code == 0 and read == []


def test_a_field_that_now_reads_otherwise_is_not_corrected_but_reported(workspace):
    (workspace / "output" / "corrections.csv").write_text(
        "file,sha256,field,value,was,note,who,when\n"
        "plans/hanoi.txt,,document.number,160/KH-UBND,158/KH-UBND,,,\n", encoding="utf-8")
    result = run("ingest", "plans", "--workers", "1")
    assert "Corrections: 0 applied, 1 not applied" in result.output
    assert "line 2, document.number of plans/hanoi.txt: value_changed: the field now reads '159/KH-UBND'" in result.output
    assert stored(workspace, "SELECT number FROM documents WHERE source_name = 'hanoi.txt'") == [{"number": "159/KH-UBND"}]
    (item,) = stored(workspace, "SELECT kind, field_path, document_number FROM review_queue WHERE kind LIKE 'correction%'")
    assert item == {"kind": "correction_value_changed", "field_path": "document.number", "document_number": "159/KH-UBND"}
    assert exported(workspace, "hanoi.txt")["corrections"][0]["status"] == "value_changed"


def test_a_re_issued_file_is_not_corrected_but_reported(workspace):
    assert run("correct", "plans/body.txt", "document.number", "15/KH-UBND").exit_code == 0
    plan = workspace / "plans" / "body.txt"
    plan.write_text(plan.read_text(encoding="utf-8").replace("- Lưu: VT.", "- Sở Nội vụ;\n- Lưu: VT."), encoding="utf-8")
    result = run("ingest", "plans", "--workers", "1")
    assert "target_changed: the file's bytes changed since the correction was made" in result.output
    assert stored(workspace, "SELECT number FROM documents WHERE source_name = 'body.txt'") == [{"number": None}]
    assert exported(workspace, "body.txt")["corrections"][0]["status"] == "target_changed"
    assert stored(workspace, "SELECT count(*) AS n FROM review_queue WHERE kind = 'correction_target_changed'") == [{"n": 1}]


def test_task_agencies_and_deadlines_are_read_as_the_stages_read_them(workspace):
    run("correct", "plans/hanoi.txt", "tasks[0].lead", "Sở Tư pháp; Văn phòng UBND Thành phố")
    run("correct", "plans/hanoi.txt", "tasks[table_1__task_3].deadline", "Quý IV/2025", "--note", "the annex")
    run("ingest", "plans", "--workers", "1")
    tasks = exported(workspace, "hanoi.txt")["tasks"]
    assert [(m["name"], m["agency_id"]) for m in tasks[0]["lead"]] == [
        ("Sở Tư pháp", "ha-noi/so-tu-phap"), ("Văn phòng UBND Thành phố", "ha-noi/van-phong-uy-ban-nhan-dan")]
    assert tasks[2]["deadline"] | {"text": None} == {"text": None, "start": "2025-10-01", "end": "2025-12-31",
                                                     "recurring": None, "year_from_plan": False, "duration": None}
    rows = stored(workspace, "SELECT t.deadline_end, a.agency_id FROM tasks t JOIN task_agencies a USING (document_id, task_id) "
                             "WHERE t.task_id = 'table_1__task_1' AND a.role = 'lead' ORDER BY a.position")
    assert rows == [{"deadline_end": "2025-07-31", "agency_id": "ha-noi/so-tu-phap"},
                    {"deadline_end": "2025-07-31", "agency_id": "ha-noi/van-phong-uy-ban-nhan-dan"}]
    hits = stored(workspace, "SELECT t.task_id FROM tasks_fts JOIN tasks t ON t.rowid = tasks_fts.rowid "
                             "WHERE tasks_fts MATCH '\"so tu phap\"' AND t.task_id = 'table_1__task_1'")
    assert hits  # the search index follows the corrected agencies


def test_the_later_of_two_lines_on_one_field_wins_and_wrong_lines_are_reported_not_fatal(workspace):
    (workspace / "output" / "corrections.csv").write_text(
        "file,sha256,field,value,was,note,who,when\n"
        "plans/hanoi.txt,,document.place,Ha Noi,Hà Nội,,,\n"
        "plans/hanoi.txt,,document.place,Hà Nội (TP),Hà Nội,,,\n"
        "plans/hanoi.txt,,document.issued_date,9/6/2025,2025-06-09,,,\n"
        "plans/hanoi.txt,,document.colour,red,,,,\n"
        "plans/hanoi.txt,,tasks[500].lead,Sở Y tế,,,,\n"
        "plans/gone.txt,,document.number,1/KH,,,,\n"
        ",,document.number,1/KH,,,,\n", encoding="utf-8")
    result = run("ingest", "plans", "--workers", "1")
    assert result.exit_code == 0
    statuses = {row["line"]: (row["status"], row["detail"]) for row in stored(workspace, "SELECT * FROM corrections")}
    assert statuses[2] == ("superseded", "line 3 corrects the same field")
    assert statuses[3] == ("applied", None)
    assert statuses[4] == ("invalid", "document.issued_date: '9/6/2025' is not a date written YYYY-MM-DD")
    assert statuses[5][0] == "invalid" and "document.colour cannot be corrected" in statuses[5][1]
    assert statuses[6] == ("invalid", "tasks[500].lead: the document has 139 tasks (counted from 0)")
    assert statuses[7] == ("no_document", "no such file")
    assert statuses[8] == ("invalid", "names neither a file nor a sha256")
    assert stored(workspace, "SELECT place, issued_date FROM documents WHERE source_name = 'hanoi.txt'") == [
        {"place": "Hà Nội (TP)", "issued_date": "2025-06-09"}]
    assert "Corrections: 1 applied, 6 not applied" in result.output


def test_a_correction_by_sha256_follows_the_bytes_to_every_path(workspace):
    shutil.copy(workspace / "plans" / "body.txt", workspace / "plans" / "copy.txt")
    sha = stored(workspace, "SELECT id FROM documents WHERE source_name = 'body.txt'")[0]["id"]
    (workspace / "output" / "corrections.csv").write_text(
        f"file,sha256,field,value,was,note,who,when\n,{sha},document.title,Kế hoạch công tác dân vận năm 2022,"
        f"THỰC HIỆN CHƯƠNG TRÌNH PHỐI HỢP SỐ 03-CTR/BDVTU-BCSĐUBNDTP NGÀY 29/10/2021 GIỮA BAN DÂN VẬN THÀNH ỦY VÀ BAN CÁN "
        f"SỰ ĐẢNG UBND THÀNH PHỐ - NĂM 2022,,,\n", encoding="utf-8")
    assert run("ingest", "plans", "--workers", "1").exit_code == 0
    assert stored(workspace, "SELECT title FROM documents WHERE id = ?", sha) == [{"title": "Kế hoạch công tác dân vận năm 2022"}]
    for name in ("body.txt", "copy.txt"):
        assert exported(workspace, name)["document"]["title"] == "Kế hoạch công tác dân vận năm 2022"


def test_correct_keeps_the_value_read_before_an_earlier_correction(workspace):
    run("correct", "plans/hanoi.txt", "document.number", "160/KH-UBND")
    run("ingest", "plans", "--workers", "1")
    result = run("correct", "plans/hanoi.txt", "document.number", "161/KH-UBND")
    assert "it read '159/KH-UBND'" in result.output  # what the document reads, not the first correction
    run("ingest", "plans", "--workers", "1")
    assert stored(workspace, "SELECT number FROM documents WHERE source_name = 'hanoi.txt'") == [{"number": "161/KH-UBND"}]
    assert [c["status"] for c in exported(workspace, "hanoi.txt")["corrections"]] == ["superseded", "applied"]


def test_an_indicators_target_is_corrected_with_what_it_means(workspace):
    # the Hà Nội plan's tables read a bare number as "=" with the unit of its column; the clerk knows better
    before = exported(workspace, "hanoi.txt")["indicators"][1]
    for field, value in (("comparator", "range"), ("target_high", "90"), ("unit", "điểm"), ("change", "increase"),
                         ("target_period", "2025-2026")):
        assert run("correct", "plans/hanoi.txt", f"indicators[1].{field}", value).exit_code == 0, field
    assert run("ingest", "plans", "--workers", "1").exit_code == 0
    row = stored(workspace, "SELECT i.comparator, i.target, i.target_high, i.unit, i.change, i.target_period, i.target_printed "
                            "FROM indicators i JOIN documents d ON d.id = i.document_id WHERE d.source_name = 'hanoi.txt' "
                            "AND i.ordinal = 2")
    assert row == [{"comparator": "range", "target": before["target"], "target_high": 90.0, "unit": "điểm",
                    "change": "increase", "target_period": "2025-2026", "target_printed": before["target_printed"]}]
    indicator = exported(workspace, "hanoi.txt")["indicators"][1]
    assert (indicator["comparator"], indicator["target_high"], indicator["unit"]) == ("range", 90.0, "điểm")
    assert [c["status"] for c in exported(workspace, "hanoi.txt")["corrections"]] == ["applied"] * 5
    # a value written into the file by hand is checked on ingest as on `correct`
    with (workspace / "output" / "corrections.csv").open("a", encoding="utf-8") as handle:
        handle.write(f"{workspace / 'plans' / 'hanoi.txt'},,indicators[2].comparator,at least,=,,,\n")
    run("ingest", "plans", "--workers", "1")
    last = exported(workspace, "hanoi.txt")["corrections"][-1]
    assert last["status"] == "invalid" and "'at least' is not one of" in last["detail"]
    assert exported(workspace, "hanoi.txt")["indicators"][2]["comparator"] == "="


@pytest.mark.parametrize("value, number", [("95", 95.0), ("1,5", 1.5), ("1.5", 1.5), ("0,25", 0.25), ("1200", 1200.0),
                                           ("1.200.000", 1200000.0), ("5.400,5", 5400.5), ("-2", -2.0),
                                           ("0,125", 0.125), ("0.125", 0.125)])
def test_a_number_is_read_as_a_clerk_writes_it(value, number):
    path = parse_path("indicators[0].target")
    check_value(path, value)
    assert _converted(path, value, None) == number


@pytest.mark.parametrize("value", ["1.200", "600.000", "1,200", "95%", "1.2.3", "high", "1.200,5,1"])
def test_a_number_that_reads_two_ways_or_none_is_refused(value):
    with pytest.raises(InvalidCorrection, match="reads two ways|is not a number"):
        check_value(parse_path("indicators[0].target_high"), value)


@pytest.mark.parametrize("args, message", [
    (["plans/hanoi.txt", "document.colour", "red"], "document.colour cannot be corrected"),
    (["plans/hanoi.txt", "tasks[1].content", ""], "tasks[1].content cannot be empty"),
    (["plans/hanoi.txt", "indicators[0].target", "high"], "indicators[0].target: 'high' is not a number"),
    (["plans/elsewhere.txt", "document.number", "1/KH"], "not in output/plans.db"),
    (["plans/hanoi.txt", "indicators[0].comparator", "≥"], "indicators[0].comparator: '≥' is not one of >=, >, <=, <, =, ~, range"),
    (["plans/hanoi.txt", "indicators[0].change", "down"], "indicators[0].change: 'down' is not one of increase, decrease"),
    (["plans/hanoi.txt", "indicators[0].target_period", "năm 2026"], "is not a year or a span of years"),
    (["plans/hanoi.txt", "indicators[0].target_high", "95%"], "indicators[0].target_high: '95%' is not a number"),
    (["plans/hanoi.txt", "indicators[0].target_printed", "95"], "indicators[0].target_printed cannot be corrected"),
])
def test_correct_refuses_what_cannot_be_applied_and_writes_nothing(workspace, args, message):
    result = CliRunner().invoke(main, ["correct", *args])
    assert result.exit_code == 2 and message in result.output
    assert not (workspace / "output" / "corrections.csv").exists()


@pytest.mark.parametrize("content, reason", [
    (b"\xff\xfe\x00garbage", "cannot read the corrections file"),
    ("path,field\nplans/hanoi.txt,document.number\n".encode(), "the first line must name the columns"),
])
def test_a_corrections_file_that_cannot_be_read_stops_the_ingest_before_anything_is_written(workspace, content, reason):
    before = stored(workspace, "SELECT id, number, pipeline_version FROM documents ORDER BY id")
    corrections = workspace / "output" / "corrections.csv"
    corrections.write_bytes(content)
    (workspace / "plans" / "new.txt").write_bytes(SAMPLE_004.read_bytes() + b"\n")
    result = CliRunner().invoke(main, ["ingest", "plans", "--workers", "1"])
    assert result.exit_code == 2 and "output/corrections.csv" in result.output and reason in result.output
    assert stored(workspace, "SELECT id, number, pipeline_version FROM documents ORDER BY id") == before
    with pytest.raises(CorrectionsError):
        read_rows(corrections)


@pytest.mark.parametrize("text, path", [
    ("document.number", FieldPath("document", None, "number")),
    ("document.issuer.name", FieldPath("document", None, "issuer.name")),
    ("tasks[12].lead", FieldPath("tasks", "12", "lead")),
    ("tasks[table_2__task_7].deadline", FieldPath("tasks", "table_2__task_7", "deadline")),
    (" indicators[3].target ", FieldPath("indicators", "3", "target")),
    ("indicators[table_3__ind_2].comparator", FieldPath("indicators", "table_3__ind_2", "comparator")),
])
def test_field_paths(text, path):
    assert parse_path(text) == path and str(parse_path(str(path))) == str(path)


@pytest.mark.parametrize("text", ["number", "document.", "tasks.lead", "tasks[1]", "tasks[1].colour", "sections[1].heading",
                                  "document.signer"])
def test_field_paths_that_are_refused(text):
    with pytest.raises(InvalidCorrection):
        parse_path(text)


@pytest.mark.parametrize("value, text", [
    (None, ""), ("Sở Y tế", "Sở Y tế"), (1.5, "1.5"), (10.0, "10"), (3, "3"),
    ([{"name": "Sở Y tế"}, {"name": "UBND cấp xã"}], "Sở Y tế; UBND cấp xã"), ({"text": "Quý II/2025", "end": "…"}, "Quý II/2025"),
])
def test_how_a_field_reads(value, text):
    assert as_text(value) == text


@pytest.mark.parametrize("environment, who", [
    ({}, "from the user id"),  # a container or a cron job: no terminal, no USER
    ({"USER": "lan"}, "lan"),
    ({"LOGNAME": "minh", "USER": "lan"}, "minh"),
])
def test_a_correction_made_with_no_terminal_still_names_who_made_it(workspace, monkeypatch, environment, who):
    import os
    import pwd

    def no_terminal():
        raise OSError(6, "No such device or address")

    monkeypatch.setattr(os, "getlogin", no_terminal)
    for name in ("LOGNAME", "USER", "LNAME", "USERNAME"):
        monkeypatch.delenv(name, raising=False)
    for name, value in environment.items():
        monkeypatch.setenv(name, value)
    result = run("correct", "plans/body.txt", "document.number", "15/KH-UBND")
    assert result.exit_code == 0, result.output
    target = workspace / "output" / "corrections.csv"
    expected = pwd.getpwuid(os.getuid()).pw_name if who == "from the user id" else who
    assert expected and list(csv.DictReader(target.open(encoding="utf-8-sig")))[-1]["who"] == expected
