"""s54-speed: work cut without changing any output. The data package's CSV text is built by the project's own join
(``datapackage.csv_rows_text``) instead of ``csv.writer``, which scanned every character: each file must stay the
text csv.writer writes, byte for byte."""

from __future__ import annotations

import csv
import io
import itertools
import random
import re
import sqlite3

import pytest

from conftest import corpus_files
from pipeline.ingest import ingest
from pipeline.outputs.datapackage import csv_rows_text, write_datapackage
from pipeline.outputs.reading import open_for_reading

# values csv quotes or writes apart: its delimiter, quote and line breaks, alone, doubled, at either end; None;
# numbers (floats by their repr); an empty value alone in its row (quoted) and among others (not)
TRICKY = ["", ",", '"', "\r", "\n", "\r\n", '""', "a,b", 'say "x"', "line\nnext", " lead", "trail ", "tab\there",
          "'quote", "=1+1", "-5%", "Sở Tài chính, UBND tỉnh", "Hà Nội\r\nHuế", None, 0, -7, 1.5, 1e20, 0.1 + 0.2, b"x,y"]


def csv_writer_text(rows) -> str:
    out = io.StringIO()
    csv.writer(out).writerows(rows)
    return out.getvalue()


@pytest.mark.parametrize("width", [1, 2, 3])
def test_rows_are_written_as_csv_writer_writes_them(width):
    rows = [list(values) for values in itertools.product(TRICKY, repeat=width)] if width < 3 else \
        [random.Random(width).choices(TRICKY, k=width) for _ in range(3000)]
    assert csv_rows_text(rows) == csv_writer_text(rows)


def test_each_row_is_its_own_line_and_a_lone_empty_value_is_quoted():
    assert csv_rows_text([("a", None, 2), ("",), (None,), ("x\ny", '"')]) == 'a,,2\r\n""\r\n""\r\n"x\ny",""""\r\n'
    assert csv_rows_text([]) == ""


@pytest.fixture(scope="module")
def tricky_database(tmp_path_factory):
    """The corpus ingested, then documents' titles and a task's text given the values csv quotes."""
    folder = tmp_path_factory.mktemp("dp_s54")
    db_path = folder / "plans.db"
    assert ingest(corpus_files(), db_path=db_path, json_dir=None, workers=1).ok
    with sqlite3.connect(db_path) as db:
        ids = [row[0] for row in db.execute("SELECT id FROM documents ORDER BY id")]
        for doc_id, title in zip(ids, ['Kế hoạch "A", năm 2026', "dòng một\r\ndòng hai", "", "=SUM(1,2)", '"']):
            db.execute("UPDATE documents SET title = ? WHERE id = ?", (title, doc_id))
        db.execute("UPDATE tasks SET content = ? WHERE rowid = (SELECT min(rowid) FROM tasks)", ('a, "b"\nc',))
    return db_path


def test_every_package_file_is_the_text_csv_writer_writes(tricky_database, tmp_path):
    write_datapackage(tricky_database, tmp_path)
    db = open_for_reading(tricky_database)
    files = sorted(tmp_path.glob("*.csv"))
    assert len(files) > 20
    for path in files:
        cursor = db.execute(f"SELECT * FROM [{path.stem}]")
        expected = csv_writer_text([[column[0] for column in cursor.description], *cursor])
        assert path.read_bytes() == ("\ufeff" + expected).encode("utf-8"), path.name
    assert '"Kế hoạch ""A"", năm 2026"' in (tmp_path / "documents.csv").read_text(encoding="utf-8-sig")


# A registry form with two separators side by side or one at its end has an empty word ("so y te -" -> so, y, te, ""):
# re then backtracks into a separator ("te - x": the name ends after the dash, before the space), which the tree's
# reading of the longest separator cannot.
EMPTY_WORD_NAMES = [["bo", "tai", "chinh", "", "cuc"], ["bo", "tai", "chinh"], ["so", "y", "te", ""], ["", "ban", "to"]]


@pytest.mark.parametrize("text", ["so y te - x", "so y te -", "so y te, ", "so y te x", "so y te", "bo tai chinh,  cuc",
                                  "bo tai chinh - cuc", "bo tai chinh, - cuc", "bo tai chinh cuc", "bo tai chinh, x",
                                  " - ban to", "x, ban to", "ban to"])
def test_names_with_an_empty_word_match_as_their_plain_alternation(text):
    from pipeline.stages import citations

    plain = re.compile(rf"(?<!\w)(?:{'|'.join(citations._SEPARATOR.join(map(re.escape, w)) for w in EMPTY_WORD_NAMES)})(?!\w)")
    tree = citations.NameTree(EMPTY_WORD_NAMES)
    assert list(tree.spans(text)) == [m.span() for m in plain.finditer(text)]
    for start in range(len(text) + 1):
        assert next(tree.spans(text, start), None) == (m.span() if (m := plain.search(text, start)) else None)
