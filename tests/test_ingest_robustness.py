"""Ingest never loses data: bad inputs are reported and skipped, unchanged files are not read again, a
killed run leaves the database valid, and nothing a document says becomes a file path."""

import json
import os
import re
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
import zipfile

import pytest
import sqlite_utils

from pipeline import ingest as ingest_module
from pipeline.ingest import ingest, safe_process

from conftest import CORPUS, ROOT, corpus_files

BAD = ROOT / "tests" / "bad_inputs"
REASONS = {
    "empty.txt": "empty file",
    "junk.txt": "binary data, not text",
    "undecodable.txt": "undecodable text: not UTF-8, UTF-16 or Windows-1258",
    "not_a_plan.txt": "not an administrative document: no document type, number or date found",
    "no_document.html": "the page holds no document (Văn bản không tồn tại)",
    "corrupt.docx": "not a readable DOCX file (BadZipFile: File is not a zip file)",
    "truncated.docx": "not a readable DOCX file (BadZipFile: File is not a zip file)",
    "truncated.pdf": "not a readable PDF",
    "encrypted.pdf": "password-protected PDF",
    "deep_nesting.html": "HTML nested too deeply (over 255 elements inside each other)",
    # rendered at the resolution that fits 25 Mpx (not 60000 x 60000 pixels); blank, so no document in it
    "huge_page.pdf": "not an administrative document",
}
# Bad inputs that are read, each with the warning that says what was wrong with it (None: none expected).
READ_WITH = {
    "cut_short.pdf": "pdf_damaged",
    "encrypted_empty_password.pdf": None,  # anyone may open it: read as the same PDF unencrypted is
    "formula_recipients.txt": None,  # recipients a spreadsheet would run as formulas: stored as printed
}


@pytest.mark.parametrize("name, reason", REASONS.items())
def test_each_bad_input_has_its_reason(name, reason):
    outcome = safe_process(BAD / name)
    assert outcome.summary is None and outcome.reason.startswith(reason)


@pytest.mark.parametrize("name, code", READ_WITH.items())
def test_each_readable_bad_input_is_read_with_its_warning(name, code):
    outcome = safe_process(BAD / name)
    assert outcome.summary is not None, outcome.reason
    codes = set(outcome.summary.warning_codes)
    assert code in codes if code else not codes & {"pdf_damaged", "page_downscaled"}


def test_bad_inputs_are_recorded_and_the_run_goes_on(tmp_path):
    folder = tmp_path / "in"
    shutil.copytree(BAD, folder)
    shutil.copy(CORPUS / "004_bb67436c3e8d90f2.txt", folder)
    report = ingest([folder], db_path=tmp_path / "p.db", json_dir=tmp_path / "json", workers=1)
    assert len(report.documents) == 1 + len(READ_WITH) and len(report.failures) == len(REASONS)
    errors = {row["source_path"].rsplit("/", 1)[1]: row["reason"] for row in sqlite_utils.Database(tmp_path / "p.db")["ingest_errors"].rows}
    assert errors.keys() == REASONS.keys()


def test_zip_bomb_is_refused(tmp_path):
    bomb = tmp_path / "bomb.docx"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("word/document.xml", b"\0" * (250 * 1024 * 1024))
    outcome = safe_process(bomb)
    assert outcome.summary is None and "zip bomb" in outcome.reason


def test_huge_file_is_refused(tmp_path, monkeypatch):
    monkeypatch.setattr(ingest_module, "MAX_FILE_BYTES", 1000)
    outcome = safe_process(CORPUS / "004_bb67436c3e8d90f2.txt")
    assert outcome.summary is None and outcome.reason.startswith("file too large")


def test_unchanged_files_are_skipped_changed_replaced_removed_pruned(tmp_path):
    folder = tmp_path / "in"
    shutil.copytree(CORPUS, folder)
    db_path = tmp_path / "p.db"
    first = ingest([folder], db_path=db_path, json_dir=None, workers=1)
    assert len(first.documents) == len(corpus_files()) and first.skipped == 0
    second = ingest([folder], db_path=db_path, json_dir=None, workers=1)
    assert second.documents == [] and second.skipped == len(corpus_files())  # nothing parsed
    plan = folder / "004_bb67436c3e8d90f2.txt"
    os.utime(plan, ns=(time.time_ns(), time.time_ns()))  # touched, same content: still skipped
    assert ingest([folder], db_path=db_path, json_dir=None, workers=1).skipped == len(corpus_files())
    plan.write_text(plan.read_text(encoding="utf-8").replace("- Lưu: VT.", "- Sở Nội vụ;\n- Lưu: VT."), encoding="utf-8")
    changed = ingest([folder], db_path=db_path, json_dir=None, workers=1)
    assert [d.name for d in changed.documents] == [plan.name]
    db = sqlite_utils.Database(db_path)
    assert db["documents"].count == len(corpus_files()) and db["recipients"].count_where("document_id = ?", [changed.documents[0].id]) == 12
    plan.unlink()
    pruned = ingest([folder], db_path=db_path, json_dir=None, workers=1, prune_missing=True)
    assert pruned.pruned == 1 and db["documents"].count == len(corpus_files()) - 1
    assert db.execute("SELECT count(*) FROM tasks WHERE document_id NOT IN (SELECT id FROM documents)").fetchone()[0] == 0


def test_workers_give_the_same_database(tmp_path):
    ingest([CORPUS], db_path=tmp_path / "one.db", json_dir=None, workers=1)
    ingest([CORPUS], db_path=tmp_path / "two.db", json_dir=None, workers=2)
    assert dump(tmp_path / "one.db") == dump(tmp_path / "two.db")


def dump(path) -> list:
    """Every row of the database; of a full-text index, every word at every place of every row (FTS5's segments
    themselves depend on where the commits fell, which the time a batch took decides)."""
    db = sqlite_utils.Database(path)
    lines = [line for line in db.iterdump() if not re.match(r'INSERT INTO "\w+_fts_(data|idx)"', line)]
    for table in db.table_names():
        if table.endswith("_fts"):
            db.execute(f'CREATE VIRTUAL TABLE temp."{table}_words" USING fts5vocab(main, "{table}", instance)')
            lines.append(db.execute(f'SELECT * FROM temp."{table}_words" ORDER BY 1, 2, 3, 4').fetchall())
    assert len(lines) > 3 and all(lines[-3:])  # the three indexes, each with words
    return lines


def test_a_killed_run_leaves_every_document_complete_or_absent(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    source = (CORPUS / "001_7ff9224151ac323a.txt").read_text(encoding="utf-8")
    for i in range(40):  # distinct contents, so each is a document of its own
        (folder / f"plan_{i:02d}.txt").write_text(source.replace("159/KH-UBND", f"{159 + i}/KH-UBND"), encoding="utf-8")
    db_path = tmp_path / "p.db"
    run = subprocess.Popen([sys.executable, "-m", "pipeline", "ingest", str(folder), "--db", str(db_path),
                            "--json-dir", str(tmp_path / "json"), "--workers", "1"], cwd=ROOT,
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.time() + 120
    while time.time() < deadline:
        time.sleep(0.2)
        try:
            with sqlite3.connect(db_path) as probe:
                if probe.execute("SELECT count(*) FROM documents").fetchone()[0] >= 3:
                    break
        except sqlite3.Error:
            continue
    run.send_signal(signal.SIGKILL)
    run.wait()
    db = sqlite_utils.Database(db_path)
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    written = db["documents"].count
    assert 3 <= written < 40
    for row in db.query("SELECT id, warning_count FROM documents"):  # every written document is whole
        assert db["warnings"].count_where("document_id = ?", [row["id"]]) == row["warning_count"]
        assert db["tasks"].count_where("document_id = ?", [row["id"]]) == 139
    json_dir = tmp_path / "json"
    # the JSON is written before the transaction that records it commits: every row has its JSON document
    assert all((json_dir / row["json_name"]).exists() for row in db.query("SELECT json_name FROM source_files"))
    report = ingest([folder], db_path=db_path, json_dir=json_dir, workers=1)
    assert report.skipped == written and len(report.documents) == 40 - written
    assert db["documents"].count == 40
    # and the JSON folder holds exactly those documents: a temporary file the kill left is swept away
    assert {row["json_name"] for row in db.query("SELECT json_name FROM source_files")} == {p.name for p in json_dir.iterdir()}


def test_nothing_a_document_says_becomes_a_path(tmp_path):
    plan = tmp_path / "in" / "plan.txt"
    plan.parent.mkdir()
    plan.write_text("ỦY BAN NHÂN DÂN\nSố: ../../x/KH-UBND\nHà Nội, ngày 9/6/2025\nKẾ HOẠCH\n../../../etc\n", encoding="utf-8")
    ingest([plan], db_path=tmp_path / "out" / "p.db", json_dir=tmp_path / "out" / "json", workers=1)
    written = {p.relative_to(tmp_path) for p in tmp_path.rglob("*") if p.is_file()}
    assert all(str(p).startswith(("in/", "out/")) for p in written)
    assert (tmp_path / "out" / "json" / "plan.txt.json").exists()


def test_plans_jsonl_is_rewritten_only_when_the_database_changes(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    for name in ("002_4eef9a9c1980f483.txt", "004_bb67436c3e8d90f2.txt"):
        shutil.copy(CORPUS / name, folder)
    args = dict(db_path=tmp_path / "p.db", json_dir=tmp_path / "json", workers=1, jsonl_path=tmp_path / "plans.jsonl")
    ingest([folder], **args)
    written = (tmp_path / "plans.jsonl").stat().st_mtime_ns
    ingest([folder], **args)  # nothing changed: the 2,000-file re-ingest stays fast
    assert (tmp_path / "plans.jsonl").stat().st_mtime_ns == written
    (folder / "004_bb67436c3e8d90f2.txt").unlink()
    ingest([folder], **args, prune_missing=True)
    assert len((tmp_path / "plans.jsonl").read_text(encoding="utf-8").splitlines()) == 1


def test_a_worker_is_readied_with_the_registry_out_of_the_collectors_way():
    """prepare_worker builds the registry and freezes it: full collections no longer scan its objects."""
    import gc

    from pipeline.stages.registry import registry
    from pipeline.run import prepare_worker

    gc.unfreeze()
    try:
        prepare_worker()
        assert registry.cache_info().currsize == 1
        assert gc.get_freeze_count() > len(registry().agencies)
    finally:
        gc.unfreeze()


@pytest.mark.parametrize(("before", "after"), [((700, 10, 10), (10_000, 10, 10)), ((20_000, 5, 5), (20_000, 5, 5)),
                                               ((0, 10, 10), (0, 10, 10))])
def test_a_worker_collects_cycles_less_often_never_more_and_never_when_collection_is_off(before, after):
    """A document's objects are freed by reference counting: the first threshold goes up to 10,000 (from Python's
    default, or any lower one), a higher one is kept, and 0 (collection off) stays off."""
    import gc

    from pipeline.run import prepare_worker

    kept = gc.get_threshold()
    gc.set_threshold(*before)
    try:
        prepare_worker()
        assert gc.get_threshold() == after
    finally:
        gc.set_threshold(*kept)
        gc.unfreeze()


def test_a_file_that_failed_is_not_read_again_until_it_or_the_pipeline_changes(tmp_path, monkeypatch):
    folder = tmp_path / "in"
    shutil.copytree(BAD, folder, ignore=shutil.ignore_patterns("*.pdf", "*.html", "*.docx", "*.py", "formula*"))
    failing = sorted(p.name for p in folder.iterdir())
    args = dict(db_path=tmp_path / "p.db", json_dir=None, workers=1)
    first = ingest([folder], **args)
    assert len(first.failures) == len(failing) and first.failed_before == 0
    read = []
    real = ingest_module.safe_process
    monkeypatch.setattr(ingest_module, "safe_process", lambda path, limits: read.append(path.name) or real(path, limits))
    again = ingest([folder], **args)
    assert read == [] and again.failed_before == len(failing) and again.ok  # nothing read, nothing new failed
    os.utime(folder / "junk.txt", ns=(time.time_ns(), time.time_ns()))  # touched, same bytes: still not read
    assert ingest([folder], **args).failed_before == len(failing) and read == []
    (folder / "empty.txt").write_text("Thân gửi các bạn,\nHẹn gặp lại!\n", encoding="utf-8")  # changed: read again
    changed = ingest([folder], **args)
    assert read == ["empty.txt"] and changed.failures == [(str(folder / "empty.txt"), REASONS["not_a_plan.txt"])]
    read.clear()
    assert len(ingest([folder], **args, retry_failed=True).failures) == len(failing) and sorted(read) == failing
    read.clear()
    monkeypatch.setattr(ingest_module, "pipeline_version", lambda: "next")
    monkeypatch.setattr("pipeline.outputs.load.pipeline_version", lambda: "next")
    ingest([folder], **args)
    assert sorted(read) == failing  # a new version of kehoach reads them all again


def test_a_file_that_failed_for_want_of_a_program_is_read_again(tmp_path, monkeypatch):
    from parsers import legacy

    monkeypatch.setattr(legacy, "soffice", lambda: None)
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "old.doc").write_bytes(b"\xd0\xcf\x11\xe0 legacy")
    args = dict(db_path=tmp_path / "p.db", json_dir=None, workers=1)
    assert "needs LibreOffice" in ingest([tmp_path / "in"], **args).failures[0][1]
    again = ingest([tmp_path / "in"], **args)
    assert again.failed_before == 0 and len(again.failures) == 1  # installing LibreOffice is enough: read again


def test_plans_jsonl_is_updated_line_by_line(tmp_path, monkeypatch):
    """Lines of documents that did not change are neither made again nor rewritten; a changed document's line is
    replaced, a pruned one's dropped, a line cut short (a killed run) repaired."""
    from pipeline.outputs import export
    folder = tmp_path / "in"
    folder.mkdir()
    text = (CORPUS / "004_bb67436c3e8d90f2.txt").read_text(encoding="utf-8")
    for i in range(3):
        (folder / f"p{i}.txt").write_text(text + f"\n- Bản {i}.\n", encoding="utf-8")
    jsonl = tmp_path / "plans.jsonl"
    args = dict(db_path=tmp_path / "p.db", json_dir=tmp_path / "json", workers=1, jsonl_path=jsonl)
    ingest([folder], **args)
    read = []  # the JSON documents whose line is made (kept from the workers or made from the file)
    real = ingest_module.update_jsonl

    def recording(target, wanted, rewritten=frozenset(), line_of=None):
        line_of = line_of or export.jsonl_line
        return real(target, wanted, rewritten, lambda path: read.append(path.name) or line_of(path))

    monkeypatch.setattr(ingest_module, "update_jsonl", recording)
    names = lambda: [json.loads(line)["source"]["name"] for line in jsonl.read_text(encoding="utf-8").splitlines()]  # noqa: E731
    before = jsonl.read_bytes()
    (folder / "p3.txt").write_text(text + "\n- Bản 3.\n", encoding="utf-8")
    ingest([folder], **args)
    assert read == ["p3.txt.json"] and jsonl.read_bytes().startswith(before)  # appended, nothing else touched
    (folder / "p1.txt").write_text(text + "\n- Bản 1, sửa.\n", encoding="utf-8")
    read.clear()
    ingest([folder], **args)
    assert read == ["p1.txt.json"] and names() == ["p0.txt", "p2.txt", "p3.txt", "p1.txt"]
    changed = json.loads((tmp_path / "json" / "p1.txt.json").read_text(encoding="utf-8"))
    assert json.loads(jsonl.read_text(encoding="utf-8").splitlines()[-1]) == changed  # the new version's line
    (folder / "p0.txt").unlink()
    read.clear()
    ingest([folder], **args, prune_missing=True)
    assert read == [] and names() == ["p2.txt", "p3.txt", "p1.txt"]
    jsonl.write_bytes(jsonl.read_bytes()[:-100])  # the last line cut short
    (folder / "p4.txt").write_text(text + "\n- Bản 4.\n", encoding="utf-8")
    read.clear()
    ingest([folder], **args)
    assert read == ["p1.txt.json", "p4.txt.json"] and names() == ["p2.txt", "p3.txt", "p1.txt", "p4.txt"]
    lines = jsonl.read_text(encoding="utf-8").splitlines()
    assert [json.loads(line) for line in lines] == [json.loads((tmp_path / "json" / f"{n}.json").read_text(encoding="utf-8"))
                                                    for n in names()]


def test_a_jsonl_line_names_its_source_whatever_the_document_holds(tmp_path):
    """The line's source is found without parsing the line: the source is the second field of a document, and its
    sha256 the fourth key of the source; a correction's sha256, or text that looks like one, is not taken for it."""
    from pipeline.outputs.export import jsonl_line, line_source

    from pipeline.outputs.schema import PlanExport, Source

    assert list(PlanExport.model_fields)[:2] == ["schema_version", "source"]  # the order the export writes
    assert list(Source.model_fields)[:4] == ["path", "name", "format", "sha256"]
    for golden in sorted((ROOT / "tests" / "golden").glob("*.json")):
        document = json.loads(golden.read_text(encoding="utf-8"))
        source = document["source"]
        assert line_source(jsonl_line(golden)) == (source["path"], source["sha256"])
        other = "0" * 64
        document["source"] = {**source, "path": f'x", "sha256": "{other}'}  # a path that looks like more keys
        document["corrections"] = [{"line": 2, "file": "/other", "sha256": other}]
        forged = tmp_path / golden.name
        forged.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
        assert line_source(jsonl_line(forged)) == (document["source"]["path"], source["sha256"])
