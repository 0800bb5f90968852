"""plans.jsonl's lines of the documents a run stores come from the workers (``Prepared.jsonl_line``, kept by
``export.JsonlLines``), not from reading and compacting their JSON files again in the one writing process; a JSON
file the link step writes again gets its line made from the file. Either way plans.jsonl holds the bytes made from
the JSON files as they are after the run."""

from __future__ import annotations

import json

from pipeline import ingest as ingest_module
from pipeline.ingest import ingest
from pipeline.outputs import export
from pipeline.outputs.export import JsonlLines, compact_line, jsonl_line

from conftest import CORPUS
from test_links import CITATION, citing, plan


def lines_from_files(jsonl, json_dir) -> bytes:
    """plans.jsonl as made from the JSON files, in the order the file holds the documents."""
    names = [json.loads(line)["source"]["name"] for line in jsonl.read_text(encoding="utf-8").splitlines()]
    return b"".join(jsonl_line(json_dir / f"{name}.json") for name in names)


def test_lines_kept_from_the_workers_and_made_again_for_json_the_link_step_rewrites(tmp_path, monkeypatch):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(plan("Số: 122/KH-UBND"), encoding="utf-8")
    (folder / "b.txt").write_text(citing(CITATION), encoding="utf-8")  # cites a.txt: its JSON takes the link
    text = (CORPUS / "004_bb67436c3e8d90f2.txt").read_text(encoding="utf-8")
    for i in range(3):
        (folder / f"p{i}.txt").write_text(text + f"\n- Bản {i}.\n", encoding="utf-8")
    made = []  # JSON files whose line the writer made from the file
    monkeypatch.setattr(export, "jsonl_line", lambda path: made.append(path.name) or compact_line(path.read_bytes()))
    jsonl, json_dir = tmp_path / "plans.jsonl", tmp_path / "json"
    report = ingest([folder], db_path=tmp_path / "p.db", json_dir=json_dir, workers=1, jsonl_path=jsonl)
    assert report.ok and report.relinked == 1
    assert made == ["b.txt.json"]  # the others' lines came from the workers
    assert json.loads((json_dir / "b.txt.json").read_text(encoding="utf-8"))["document"]["cited_documents"][0]["cited_id"]
    assert len(jsonl.read_bytes().splitlines()) == 5
    monkeypatch.undo()
    assert jsonl.read_bytes() == lines_from_files(jsonl, json_dir)


def test_kept_lines_are_read_back_and_a_forgotten_one_is_made_from_its_file(tmp_path):
    first, second = tmp_path / "a.json", tmp_path / "b.json"
    first.write_bytes(export.data_bytes({"a": [1, 2.5, "x"], "b": {"c": None}}))
    second.write_bytes(export.data_bytes({"a": "second"}))
    with JsonlLines(tmp_path) as lines:
        lines.keep(first, b"first line\n")
        lines.keep(second, b"second line\n")
        lines.keep(first, b"first again\n")  # written again in the run: the last line stands
        assert (lines.line(first), lines.line(second)) == (b"first again\n", b"second line\n")
        lines.forget(second)
        lines.keep(tmp_path / "c.json", None)  # no line known
        assert lines.line(second) == b'{"a": "second"}\n'
        assert lines.line(first) == b"first again\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.json", "b.json"]  # nothing left behind


def test_an_ingest_without_a_folder_for_the_kept_lines_makes_them_from_the_files(tmp_path, monkeypatch):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(plan("Số: 122/KH-UBND"), encoding="utf-8")

    def refuse(folder):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(ingest_module, "JsonlLines", refuse)
    jsonl, json_dir = tmp_path / "plans.jsonl", tmp_path / "json"
    assert ingest([folder], db_path=tmp_path / "p.db", json_dir=json_dir, workers=1, jsonl_path=jsonl).ok
    assert jsonl.read_bytes() == lines_from_files(jsonl, json_dir) != b""
