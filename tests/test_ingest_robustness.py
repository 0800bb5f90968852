"""Ingest never loses data: bad inputs are reported and skipped, unchanged files are not read again, a
killed run leaves the database valid, and nothing a document says becomes a file path."""

import os
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
}


@pytest.mark.parametrize("name, reason", REASONS.items())
def test_each_bad_input_has_its_reason(name, reason):
    path, doc, got = safe_process(BAD / name)
    assert doc is None and got.startswith(reason)


def test_bad_inputs_are_recorded_and_the_run_goes_on(tmp_path):
    folder = tmp_path / "in"
    shutil.copytree(BAD, folder)
    shutil.copy(CORPUS / "004_bb67436c3e8d90f2.txt", folder)
    report = ingest([folder], db_path=tmp_path / "p.db", json_dir=tmp_path / "json", workers=1)
    assert len(report.documents) == 1 and len(report.failures) == len(REASONS)
    errors = {row["source_path"].rsplit("/", 1)[1]: row["reason"] for row in sqlite_utils.Database(tmp_path / "p.db")["ingest_errors"].rows}
    assert errors.keys() == REASONS.keys()


def test_zip_bomb_is_refused(tmp_path):
    bomb = tmp_path / "bomb.docx"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("word/document.xml", b"\0" * (250 * 1024 * 1024))
    _, doc, reason = safe_process(bomb)
    assert doc is None and "zip bomb" in reason


def test_huge_file_is_refused(tmp_path, monkeypatch):
    monkeypatch.setattr(ingest_module, "MAX_FILE_BYTES", 1000)
    _, doc, reason = safe_process(CORPUS / "004_bb67436c3e8d90f2.txt")
    assert doc is None and reason.startswith("file too large")


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
    dump = lambda p: [line for line in sqlite_utils.Database(p).iterdump() if "sections_fts" not in line]  # noqa: E731
    assert dump(tmp_path / "one.db") == dump(tmp_path / "two.db")


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
    report = ingest([folder], db_path=db_path, json_dir=None, workers=1)
    assert report.skipped == written and len(report.documents) == 40 - written
    assert db["documents"].count == 40


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

    from pipeline.registry import registry
    from pipeline.run import prepare_worker

    gc.unfreeze()
    try:
        prepare_worker()
        assert registry.cache_info().currsize == 1
        assert gc.get_freeze_count() > len(registry().agencies)
    finally:
        gc.unfreeze()
