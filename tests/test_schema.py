"""The published JSON Schema is what ``export`` writes: regenerated equal, and every golden file valid."""

import json

import jsonschema
import pytest

from pipeline.outputs.schema import json_schema, json_schema_text

from conftest import ROOT

SCHEMA_FILE = ROOT / "schema" / "plan.schema.json"
GOLDEN = sorted((ROOT / "tests" / "golden").glob("*.json"))


def validator():
    schema = json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


def test_committed_schema_is_the_generated_one():
    assert SCHEMA_FILE.read_text(encoding="utf-8") == json_schema_text(), "run `make schema` and commit the result"


@pytest.mark.parametrize("golden", GOLDEN, ids=lambda p: p.name)
def test_golden_documents_validate(golden):
    errors = list(validator().iter_errors(json.loads(golden.read_text(encoding="utf-8"))))
    assert not errors, [f"{list(e.absolute_path)}: {e.message}" for e in errors[:5]]


def test_schema_rejects_what_a_consumer_must_not_receive():
    document = next(d for d in (json.loads(g.read_text(encoding="utf-8")) for g in GOLDEN) if d["tasks"])
    check = validator()
    missing = dict(document)
    del missing["tasks"]
    assert not check.is_valid(missing)
    renamed = {**document, "document": {**document["document"], "so_hieu": "1/KH"}}
    assert not check.is_valid(renamed)  # unknown fields are errors: renames cannot slip through
    wrong_type = {**document, "tasks": [{**document["tasks"][0], "lead": "Sở Nội vụ"}]}
    assert not check.is_valid(wrong_type)  # a list of agencies, never a bare string
    bare_names = {**document, "tasks": [{**document["tasks"][0], "lead": ["Sở Nội vụ"]}]}
    assert not check.is_valid(bare_names)  # each agency a mention object with its resolution
    mention = document["tasks"][0]["lead"][0]
    unknown_match = {**document, "tasks": [{**document["tasks"][0], "lead": [{**mention, "match": "guess"}]}]}
    assert not check.is_valid(unknown_match)
    assert check.is_valid(document)


def test_schema_has_an_id_and_describes_its_fields():
    schema = json_schema()
    assert schema["$id"].endswith("plan.schema.json")
    assert "description" in schema["$defs"]["Task"]["properties"]["lead"]
