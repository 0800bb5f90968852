"""plans.jsonl's lines made from the JSON files' text (``export.jsonl_line``) are the bytes that parsing each file and
writing it again on one line gives, whatever the document holds."""

from __future__ import annotations

import json

from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import ROOT
from pipeline.outputs.export import data_bytes, jsonl_line, reserialised_line

# text with what could be mistaken for layout or numbers: line breaks, indents, commas, colons, exponents
TEXT = st.text(alphabet=st.sampled_from(list('ae+-E0159., :"\\\n\t\r {}[]ẩĐ\u2028\x00')) | st.characters(blacklist_categories=("Cs",)), max_size=12)
SCALARS = (st.none() | st.booleans() | st.integers(min_value=-2**70, max_value=2**70)
           | st.floats(allow_nan=False, allow_infinity=False) | st.sampled_from([1e16, 2.5e-7, -1e-300, 5e-324, 1e22, 0.0001, 1e-05, -9.99e-05, 1.5e-10])
           | TEXT)
VALUES = st.recursive(SCALARS, lambda inner: st.lists(inner, max_size=4) | st.dictionaries(TEXT, inner, max_size=4),
                      max_leaves=25)


@settings(max_examples=400, deadline=None)
@given(st.dictionaries(TEXT, VALUES, min_size=1, max_size=6))
def test_a_line_is_the_document_written_again_on_one_line(tmp_path_factory, document):
    path = tmp_path_factory.mktemp("j") / "d.json"
    path.write_bytes(data_bytes(document))
    assert jsonl_line(path) == reserialised_line(path.read_bytes())
    assert json.loads(jsonl_line(path)) == json.loads(path.read_bytes())


def test_every_golden_document_gives_the_line_it_gave_parsed(tmp_path):
    goldens = sorted((ROOT / "tests" / "golden").glob("*.json"))
    assert goldens
    for golden in goldens:
        path = tmp_path / golden.name
        path.write_bytes(data_bytes(json.loads(golden.read_bytes())))
        assert jsonl_line(path) == reserialised_line(path.read_bytes()), golden.name


def test_numbers_under_1e_4_and_files_laid_out_otherwise_take_the_slow_way(tmp_path):
    """The two writers spell a number under 1e-4 differently (orjson "2.5e-7", "0.00001"; json "2.5e-07", "1e-05"):
    such a file, and one not laid out as the writer lays it out (edited by hand), is parsed and written again."""
    path = tmp_path / "d.json"
    for text in (data_bytes({"a": [1, 2.5e-7], "b": "e-mail"}), data_bytes({"score": 1e16}), data_bytes({"x": [1e-05]}),
                 data_bytes({"x": {"y": -9.99e-05}}),
                 b'{\n    "a":   [1,\n\t2],\n    "b": "x"\n}\n', b'{"a": 1}'):
        path.write_bytes(text)
        assert jsonl_line(path) == (json.dumps(json.loads(text), ensure_ascii=False) + "\n").encode()
