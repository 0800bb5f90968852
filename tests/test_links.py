"""Documents linked by their citations over the whole database, and evidence from the documents that cite them
(issue 17 item 3): ``document_links`` and the JSON's ``cited_documents[].cited_id``, written after each ingest run
(pipeline/links.py); a number a page does not show legibly filled from a document of another run that cites it,
and unfilled when that document goes. Every fixture is a small plan written here."""

from __future__ import annotations

import json

import pytest

from pipeline import links
from pipeline.ingest import ingest

from conftest import open_database

MOTTO = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"


def plan(number_line: str, date_line: str = "Lào Cai, ngày 15 tháng 3 năm 2026") -> str:
    """A province's plan; its number line as given ("Số: 1?2 /KH-UBND": a number OCR could not read)."""
    return (f"ỦY BAN NHÂN DÂN\nTỈNH LÀO CAI\n{number_line}\n{MOTTO}{date_line}\nKẾ HOẠCH\n"
            "Triển khai chuyển đổi số năm 2026\nI. MỤC ĐÍCH, YÊU CẦU\n1. Nâng cao hiệu quả quản lý.\n"
            "II. TỔ CHỨC THỰC HIỆN\nSở Khoa học và Công nghệ chủ trì.\nTM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\n"
            "PHÓ CHỦ TỊCH\nNguyễn Văn An\n")


def citing(citation: str, number: str = "45/KH-SKHCN") -> str:
    """A department's plan that implements the province's (``citation``: "Kế hoạch số 122/KH-UBND ngày …")."""
    return (f"UBND TỈNH LÀO CAI\nSỞ KHOA HỌC VÀ CÔNG NGHỆ\nSố: {number}\n{MOTTO}Lào Cai, ngày 02 tháng 4 năm 2026\n"
            f"KẾ HOẠCH\nChuyển đổi số của Sở năm 2026\nThực hiện {citation} của UBND tỉnh về triển khai chuyển đổi số "
            "năm 2026, Sở Khoa học và Công nghệ ban hành Kế hoạch thực hiện như sau:\nI. MỤC ĐÍCH\n"
            "1. Triển khai đầy đủ.\nGIÁM ĐỐC\nTrần Văn Bình\n")


UNREAD = "Số: 1?2 /KH-UBND"
CITATION = "Kế hoạch số 122/KH-UBND ngày 15/3/2026"


def rows(target, sql: str, *params) -> list[dict]:
    db = open_database(target)
    try:
        return [dict(row) for row in db.query(sql, list(params))]
    finally:
        db.close()


def exported(tmp_path, name: str) -> dict:
    return json.loads((tmp_path / "json" / f"{name}.json").read_text(encoding="utf-8"))


def run(tmp_path, target, **options):
    return ingest([tmp_path / "in"], db_path=target, json_dir=tmp_path / "json", workers=1, **options)


@pytest.fixture
def folder(tmp_path):
    (tmp_path / "in").mkdir()
    return tmp_path / "in"


def number_state(tmp_path, target, name: str = "a.txt") -> dict:
    """A document's number as the database and its JSON hold it: they must agree."""
    (row,) = rows(target, "SELECT id, number, field_sources FROM documents WHERE source_name = ?", name)
    (field,) = rows(target, "SELECT value, source, status FROM metadata_fields WHERE document_id = ? AND field = 'number'",
                    row["id"])
    warnings = {w["code"] for w in rows(target, "SELECT code FROM warnings WHERE document_id = ?", row["id"])}
    document = exported(tmp_path, name)
    assert document["document"]["number"] == row["number"] == field["value"]
    assert document["document"]["sources"].get("number") == json.loads(row["field_sources"]).get("number")
    assert {w["code"] for w in document["warnings"]} == warnings
    return {"id": row["id"], "number": row["number"], "source": field["source"], "warnings": warnings}


@pytest.mark.parametrize("first, second", [("a.txt", "b.txt"), ("b.txt", "a.txt")])
def test_a_number_a_page_does_not_show_comes_from_a_document_of_another_run_and_goes_with_it(tmp_path, folder, db_target,
                                                                                               first, second):
    texts = {"a.txt": plan(UNREAD), "b.txt": citing(CITATION)}
    (folder / first).write_text(texts[first], encoding="utf-8")
    run(tmp_path, db_target)
    (folder / second).write_text(texts[second], encoding="utf-8")
    report = run(tmp_path, db_target)
    a = number_state(tmp_path, db_target)
    assert (a["number"], a["source"]) == ("122/KH-UBND", "cited_by")
    assert {"number_unreadable", "number_from_citation"} <= a["warnings"]
    source = exported(tmp_path, "a.txt")["document"]["sources"]["number"]
    assert (source["confidence"], source["where"]["file_name"]) == (0.7, "b.txt")
    (link,) = rows(db_target, "SELECT * FROM document_links")
    assert (link["cited_id"], link["match"], link["number"]) == (a["id"], "number_date", "122/KH-UBND")
    (cited,) = exported(tmp_path, "b.txt")["document"]["cited_documents"]
    assert (cited["cited_id"], cited["match"]) == (a["id"], "number_date")
    assert {"a.txt.json", "b.txt.json"} <= report.json_written  # plans.jsonl takes the rewritten documents
    # nothing changed: nothing is read or written again
    written = {p.name: p.stat().st_mtime_ns for p in (tmp_path / "json").iterdir()}
    again = run(tmp_path, db_target)
    assert (len(again.documents), again.relinked, again.evidence_changed, again.skipped) == (0, 0, [], 2)
    assert {p.name: p.stat().st_mtime_ns for p in (tmp_path / "json").iterdir()} == written
    # the citing document goes: the number is unreadable again, in the database and the JSON, not left as if printed
    (folder / "b.txt").unlink()
    pruned = run(tmp_path, db_target, prune_missing=True)
    assert pruned.pruned == 1 and pruned.evidence_changed == [str(folder / "a.txt")]
    a = number_state(tmp_path, db_target)
    assert (a["number"], a["source"]) == (None, None) and "number_from_citation" not in a["warnings"]
    assert "number_unreadable" in a["warnings"] and rows(db_target, "SELECT * FROM document_links") == []


def test_a_correction_wins_over_a_citation(tmp_path, folder, db_target):
    (folder / "a.txt").write_text(plan(UNREAD), encoding="utf-8")
    (folder / "b.txt").write_text(citing(CITATION), encoding="utf-8")
    corrections = tmp_path / "corrections.csv"
    corrections.write_text("file,sha256,field,value,was,note,who,when\n"
                           f"{folder / 'a.txt'},,document.number,123/KH-UBND,,signed original,Lan,2026-04-03\n",
                           encoding="utf-8")
    run(tmp_path, db_target, corrections_path=corrections)
    a = number_state(tmp_path, db_target)
    assert (a["number"], a["source"]) == ("123/KH-UBND", "correction") and "number_from_citation" not in a["warnings"]
    (link,) = rows(db_target, "SELECT cited_id, match FROM document_links")
    assert link == {"cited_id": None, "match": None}  # the citation's 122 is not the corrected plan's number
    # the correction goes: the citation fills the number again
    corrections.write_text("file,sha256,field,value,was,note,who,when\n", encoding="utf-8")
    run(tmp_path, db_target, corrections_path=corrections)
    assert number_state(tmp_path, db_target)["source"] == "cited_by"


def test_a_citation_of_a_document_not_in_the_database_gives_a_link_row_without_target(tmp_path, folder, db_target):
    (folder / "a.txt").write_text(plan("Số: 122/KH-UBND"), encoding="utf-8")
    (folder / "b.txt").write_text(citing("Kế hoạch số 58/KH-UBND ngày 26/2/2026"), encoding="utf-8")
    run(tmp_path, db_target)
    (link,) = rows(db_target, "SELECT * FROM document_links")
    assert (link["cited_id"], link["match"], link["number"], link["text"]) == (
        None, None, "58/KH-UBND", "Kế hoạch số 58/KH-UBND ngày 26/2/2026 của UBND tỉnh")
    assert (link["block"], link["line"]) == ("b0009", 9)
    (cited,) = exported(tmp_path, "b.txt")["document"]["cited_documents"]
    assert (cited["cited_id"], cited["match"]) == (None, None)
    (view,) = rows(db_target, "SELECT citing_number, cited_number, link, cited_id FROM citation_list")
    assert view == {"citing_number": "45/KH-SKHCN", "cited_number": "58/KH-UBND", "link": "not_in_database",
                    "cited_id": None}


def test_a_printed_number_is_linked_and_unlinked_as_the_cited_document_comes_and_goes(tmp_path, folder, db_target):
    (folder / "b.txt").write_text(citing("Kế hoạch 122 /KH- UBND ngày 15/3/2026"), encoding="utf-8")
    run(tmp_path, db_target)
    (folder / "a.txt").write_text(plan("Số: 122/KH-UBND"), encoding="utf-8")
    report = run(tmp_path, db_target)
    assert report.relinked == 1 and report.evidence_changed == []
    (view,) = rows(db_target, "SELECT citing_number, link, cited_title FROM citation_list WHERE cited_number = '122/KH-UBND'")
    assert view == {"citing_number": "45/KH-SKHCN", "link": "number_date", "cited_title": "Triển khai chuyển đổi số năm 2026"}
    (folder / "a.txt").unlink()
    run(tmp_path, db_target, prune_missing=True)
    (cited,) = exported(tmp_path, "b.txt")["document"]["cited_documents"]
    assert (cited["cited_id"], cited["match"]) == (None, None)
    assert rows(db_target, "SELECT cited_id, match FROM document_links") == [{"cited_id": None, "match": None}]


def _candidate(doc_id: str, issued_date: str | None, partial: str | None = None) -> dict:
    return {"id": doc_id, "issued_date": issued_date, "issued_date_partial": partial}


@pytest.mark.parametrize("cited_date, candidates, expected", [
    # numbers start again every year: the cited date tells the plans apart
    ("2026-03-15", [_candidate("a25", "2025-03-10"), _candidate("a26", "2026-03-15")], ("a26", "number_date")),
    ("2026-03-15", [_candidate("a25", "2025-03-10")], (None, None)),  # another year's plan is not the one cited
    ("2026-03-15", [_candidate("a", None, "2026-03")], ("a", "number")),  # its day unread, its month agrees
    ("2026-03-15", [_candidate("a", None, "2026-04")], (None, None)),
    (None, [_candidate("a", "2026-03-15")], ("a", "number")),  # no date cited, one document with the number
    (None, [_candidate("a25", "2025-03-10"), _candidate("a26", "2026-03-15")], (None, "ambiguous")),
    ("2026-03-15", [_candidate("pdf", "2026-03-15"), _candidate("docx", "2026-03-15")], (None, "ambiguous")),
    ("2026-03-15", [_candidate("self", "2026-03-15")], (None, None)),  # a document does not link to itself
])
def test_which_document_a_citation_designates(cited_date, candidates, expected):
    assert links.match_citation("self", cited_date, candidates) == expected


@pytest.mark.parametrize("printed", ["2463 /QĐ - UBND", "2463/QD-UBND", "2463//QĐ-UBND", "2463/qđ-ubnd"])
def test_a_number_is_compared_without_spaces_case_or_tone_marks(printed):
    assert links.number_key(printed) == links.number_key("2463/QĐ-UBND")
    assert links.number_key(printed) != links.number_key("2463/QĐ-UBND-X")


def test_a_json_document_that_cannot_be_rewritten_keeps_its_old_link_and_is_retried(tmp_path, folder, monkeypatch):
    target = tmp_path / "plans.db"
    (folder / "b.txt").write_text(citing("Kế hoạch số 122/KH-UBND ngày 15/3/2026"), encoding="utf-8")
    run(tmp_path, target)
    (folder / "a.txt").write_text(plan("Số: 122/KH-UBND"), encoding="utf-8")

    def refuse(path, text):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(links, "write_text_atomically", refuse)
    report = run(tmp_path, target)
    assert report.failures == [(str(folder / "b.txt"), "cannot write the links into its JSON document: No space left on device")]
    assert rows(target, "SELECT cited_id FROM document_links") == [{"cited_id": None}]  # as its JSON still holds it
    monkeypatch.undo()
    run(tmp_path, target)
    (cited,) = exported(tmp_path, "b.txt")["document"]["cited_documents"]
    assert cited["match"] == "number_date"
    assert rows(target, "SELECT match FROM document_links") == [{"match": "number_date"}]


def test_the_report_shows_what_a_document_cites_and_what_cites_it_with_links(tmp_path, folder):
    from pipeline.outputs.report import markdown_report, write_report

    target = tmp_path / "plans.db"
    (folder / "a.txt").write_text(plan("Số: 122/KH-UBND"), encoding="utf-8")
    (folder / "b.txt").write_text(citing(CITATION), encoding="utf-8")
    (folder / "c.txt").write_text(citing("Kế hoạch số 58/KH-UBND ngày 26/2/2026", number="46/KH-SKHCN"), encoding="utf-8")
    run(tmp_path, target)
    write_report(target, tmp_path / "report")
    a_page = (tmp_path / "report" / "a.txt.html").read_text(encoding="utf-8")
    b_page = (tmp_path / "report" / "b.txt.html").read_text(encoding="utf-8")
    c_page = (tmp_path / "report" / "c.txt.html").read_text(encoding="utf-8")
    assert "Cites (0) · cited by (1)" in a_page and '<a href="b.txt.html">Kế hoạch 45/KH-SKHCN</a>' in a_page
    assert "Cites (1) · cited by (0)" in b_page and '<a href="a.txt.html">Kế hoạch 122/KH-UBND</a>' in b_page
    assert "58/KH-UBND (2026-02-26) <span class=\"none\">not in the database</span>" in c_page
    markdown = markdown_report(target, [str(folder / "a.txt")])
    assert "- cited by Kế hoạch 45/KH-SKHCN (2026-04-02) (b.txt, number_date): “Kế hoạch số 122/KH-UBND" in markdown


def test_the_dask_engine_links_and_fills_through_the_same_step(tmp_path, folder):
    pytest.importorskip("distributed")
    from pipeline.engines import dask_engine

    target = tmp_path / "plans.db"
    (folder / "a.txt").write_text(plan(UNREAD), encoding="utf-8")
    run(tmp_path, target, engine=dask_engine(workers=2, processes=False))
    (folder / "b.txt").write_text(citing(CITATION), encoding="utf-8")
    report = run(tmp_path, target, engine=dask_engine(workers=2, processes=False))
    assert report.evidence_changed == [str(folder / "a.txt")] and report.relinked == 1
    a = number_state(tmp_path, target)
    assert (a["number"], a["source"]) == ("122/KH-UBND", "cited_by")
    assert rows(target, "SELECT cited_id, match FROM document_links") == [{"cited_id": a["id"], "match": "number_date"}]


def test_a_run_that_changed_nothing_skips_the_link_step_unless_the_run_before_stopped_before_it(tmp_path, folder,
                                                                                                 monkeypatch):
    target = tmp_path / "plans.db"
    (folder / "a.txt").write_text(plan("Số: 122/KH-UBND"), encoding="utf-8")
    (folder / "b.txt").write_text(citing(CITATION), encoding="utf-8")
    run(tmp_path, target)
    calls = []
    real = links.link_changes
    monkeypatch.setattr(links, "link_changes", lambda db: calls.append(1) or real(db))
    run(tmp_path, target)
    assert calls == [] and rows(target, "SELECT * FROM links_pending") == []
    db = open_database(target)  # as a run killed after it stored documents leaves it
    db.execute("INSERT INTO links_pending (since) VALUES ('2026-04-02T00:00:00+00:00')")
    db.conn.commit()
    db.close()
    run(tmp_path, target)
    assert calls == [1] and rows(target, "SELECT * FROM links_pending") == []


def test_a_document_that_cannot_be_read_again_keeps_its_value_until_a_run_can(tmp_path, folder, monkeypatch):
    import pipeline.ingest as ingest_module

    target = tmp_path / "plans.db"
    (folder / "a.txt").write_text(plan(UNREAD), encoding="utf-8")
    (folder / "b.txt").write_text(citing(CITATION), encoding="utf-8")
    run(tmp_path, target)
    (folder / "b.txt").unlink()
    monkeypatch.setattr(ingest_module, "safe_process",
                        lambda path, limits: ingest_module.Outcome(path, reason="Tesseract is not installed"))
    report = run(tmp_path, target, prune_missing=True)
    assert report.failures == [(str(folder / "a.txt"), "cannot be read again for the evidence of its citations: "
                                                       "Tesseract is not installed")]
    assert number_state(tmp_path, target)["source"] == "cited_by"  # as stored, its source saying so
    monkeypatch.undo()
    run(tmp_path, target)  # nothing changed, but the run before left its link step undone
    assert number_state(tmp_path, target)["number"] is None
