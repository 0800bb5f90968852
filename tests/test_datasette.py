"""`make serve`: Datasette over the database with the project's metadata, queried through its JSON API
as a researcher's browser would; the task view's page is also loaded in headless Chromium."""

import json
import shutil
import socket
import subprocess
import sys
import time
import urllib.parse
import urllib.request

import pytest
import sqlite_utils

from pipeline.ingest import ingest

from conftest import ROOT, corpus_files

METADATA = ROOT / "pipeline" / "data" / "datasette.json"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    folder = tmp_path_factory.mktemp("serve")
    db = folder / "plans.db"  # the metadata describes the database named "plans"
    assert ingest(corpus_files(), db_path=db, json_dir=None, workers=1).ok
    port = free_port()
    # the queries' answers are checked here, not their speed: Datasette's 1 s limit per query answered 400 on a
    # machine loaded by the other test workers
    process = subprocess.Popen([sys.executable, "-m", "datasette", "serve", str(db), "--metadata", str(METADATA),
                                "-h", "127.0.0.1", "-p", str(port), "--setting", "sql_time_limit_ms", "30000"],
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    base = f"http://127.0.0.1:{port}"
    for _ in range(100):
        try:
            urllib.request.urlopen(base + "/-/versions.json", timeout=1)
            break
        except OSError:
            if process.poll() is not None:
                raise RuntimeError(process.stderr.read().decode())
            time.sleep(0.2)
    yield base, db
    process.terminate()
    process.wait(10)


def get(base: str, path: str, **params) -> dict:
    query = urllib.parse.urlencode(params)
    with urllib.request.urlopen(f"{base}{urllib.parse.quote(path)}?{query}", timeout=30) as response:
        return json.load(response)


def test_metadata_titles_the_instance(server):
    base, _ = server
    assert get(base, "/-/metadata.json")["title"].startswith("Kế hoạch")


def test_every_table_view_and_column_is_described_as_docs_schema_md_describes_it(server):
    """A researcher reads each column's meaning on its table's page; the words are docs/schema.md's, copied into the
    metadata file by scripts/datasette_metadata.py, which says when the copy is out of date."""
    base, db = server
    check = subprocess.run([sys.executable, str(ROOT / "scripts" / "datasette_metadata.py"), "--check"],
                           capture_output=True, text=True)
    assert check.returncode == 0, check.stderr
    tables = json.loads(METADATA.read_text(encoding="utf-8"))["databases"]["plans"]["tables"]
    database = sqlite_utils.Database(db)
    for name in [t for t in database.table_names() if "_fts" not in t] + database.view_names():
        assert tables.get(name, {}).get("description"), name
        assert list(tables[name].get("columns", {})) == [c.name for c in database[name].columns], name
    page = urllib.request.urlopen(f"{base}/plans/recipients", timeout=30).read().decode()
    assert 'data-column-description="the recipient as printed' in page and "<dt>ordinal</dt><dd>order in the list</dd>" in page


def test_the_metadata_takes_each_description_from_the_schema_document_and_keeps_facets():
    sys.path.insert(0, str(ROOT / "scripts"))
    import datasette_metadata

    schema = "### recipients\n\nOne row per line of the *Nơi nhận* list.\n\n| column | meaning |\n|---|---|\n" \
             "| `document_id` | → `documents.id` |\n\n### Full-text indexes\n\nNo columns here.\n"
    metadata = {"databases": {"plans": {"tables": {"recipients": {"description": "old words", "facets": ["name"]}}}}}
    assert datasette_metadata.described(metadata, schema)["databases"]["plans"]["tables"] == {"recipients": {
        "description": "One row per line of the Nơi nhận list.", "facets": ["name"],
        "columns": {"document_id": "→ documents.id"}}}


def test_task_view_is_faceted_by_year_type_and_issuer(server):
    base, db = server
    page = get(base, "/plans/task_list.json", _shape="objects")
    facets = page["facet_results"]
    facets = facets.get("results", facets)  # Datasette 1.0 nests them
    assert {"document_year", "doc_type", "issuer_name"} <= set(facets)
    assert page["filtered_table_rows_count"] == sqlite_utils.Database(db)["tasks"].count


def test_canned_query_finds_the_tasks_an_agency_leads_in_a_year(server):
    base, db = server
    rows = get(base, "/plans/tasks_led_by_agency.json", agency="Sở Nội vụ", year="2025", _shape="array")
    expected = sqlite_utils.Database(db).execute(
        "SELECT count(DISTINCT t.document_id || t.task_id) FROM tasks t JOIN task_agencies a "
        "ON a.document_id = t.document_id AND a.task_id = t.task_id JOIN documents d ON d.id = t.document_id "
        "WHERE a.role = 'lead' AND a.name LIKE 'Sở Nội vụ%' "
        "AND coalesce(substr(t.deadline_end, 1, 4), substr(d.issued_date, 1, 4)) = '2025'").fetchone()[0]
    assert len(rows) == expected > 0
    assert all(row["agency"].startswith("Sở Nội vụ") for row in rows)


def test_an_agency_is_matched_by_its_name_not_inside_another_name_with_or_without_tone_marks(server):
    """'Sở Y tế' leads 13 tasks of the corpus; 'Thanh tra Sở Y tế' leads two more, which a LIKE on the list of
    leads counted too."""
    base, db = server
    database = sqlite_utils.Database(db)
    printed = database.execute("SELECT count(*) FROM task_agencies WHERE role = 'lead' AND name = 'Sở Y tế'").fetchone()[0]
    inside = database.execute("SELECT count(*) FROM task_list WHERE lead LIKE '%Sở Y tế%'").fetchone()[0]
    assert (printed, inside) == (13, 15)
    in_2020 = database.execute("SELECT count(*) FROM task_agency_list WHERE role = 'lead' AND name_as_printed = 'Sở Y tế' "
                               "AND coalesce(deadline_year, document_year) = 2020").fetchone()[0]
    for typed in ("Sở Y tế", "so y te", "SỞ Y TẾ THÀNH PHỐ HÀ NỘI"):
        rows = get(base, "/plans/tasks_led_by_agency.json", agency=typed, year="2020", _shape="array")
        assert len(rows) == in_2020 > 0 and {row["agency"] for row in rows} == {"Sở Y tế thành phố Hà Nội"}, typed


def test_fold_works_in_any_query_and_chuyen_doi_so_is_found_however_it_is_typed(server):
    base, _ = server
    assert get(base, "/plans.json", sql="select fold('Chuyển đổi SỐ') as f", _shape="array") == [{"f": "chuyen doi so"}]
    found = {typed: get(base, "/plans/search_tasks.json", words=typed, _shape="array")
             for typed in ("chuyển đổi số", "chuyen doi so", "Chuyển Đổi Số")}
    assert found["chuyển đổi số"] and found["chuyển đổi số"] == found["chuyen doi so"] == found["Chuyển Đổi Số"]
    by_agency = get(base, "/plans/search_tasks.json", words="Sở Y tế", _shape="array")
    led = [row for row in by_agency if "Sở Y tế" not in row["content"]]  # found by their agencies, not their words
    assert any("Sở Y tế" in (row["lead"] or "") for row in led)


def test_links_to_a_document_show_its_number(server):
    base, db = server
    (row,) = get(base, "/plans/tasks.json", _labels="on", _shape="array", _size="1")
    number = sqlite_utils.Database(db)["documents"].get(row["document_id"]["value"])["number"]
    assert row["document_id"]["label"] == number and number


def test_the_review_queue_of_one_document_and_tasks_under_way_in_a_period(server):
    base, db = server
    items = get(base, "/plans/review_items.json", document="461", _shape="array")
    assert items and {row["document_number"] for row in items} == {"461/KH-UBND"}
    assert len(get(base, "/plans/review_items.json", document="", _shape="array")) == sqlite_utils.Database(db)["review_queue"].count
    active = get(base, "/plans/tasks_active_in.json", period="2025-Q3", _shape="array")
    assert active and all(row["open_ended"] or row["active_until"] >= "2025-07-01" for row in active)
    assert all(row["active_from"] <= "2025-09-30" for row in active)
    ends = [row["open_ended"] for row in active]
    assert 1 in ends and ends == sorted(ends)  # tasks without an end are kept, listed last
    assert get(base, "/plans/tasks_active_in.json", period="Quý III/2025", _shape="array") == active


def test_canned_search_ignores_tone_marks(server):
    base, _ = server
    rows = get(base, "/plans/search_sections.json", words="to chuc thuc hien", _shape="array")
    assert any(row["heading"] and "TỔ CHỨC THỰC HIỆN" in row["heading"].upper() for row in rows)


def test_every_canned_query_runs(server):
    base, _ = server
    queries = json.loads(METADATA.read_text(encoding="utf-8"))["databases"]["plans"]["queries"]
    assert len(queries) >= 5
    params = {"agency": "Sở", "year": "2025", "words": "ke hoach", "from_date": "2025-01-01", "to_date": "2025-12-31",
              "number": "QĐ", "period": "2025", "name": "ủy ban", "document": "", "unit": "%", "comparator": ""}
    for name in queries:
        assert isinstance(get(base, f"/plans/{name}.json", _shape="array", **params), list), name


def test_task_view_page_renders_in_headless_chromium(server):
    browser = shutil.which("chromium") or shutil.which("chromium-browser")
    if browser is None:
        pytest.skip("Debian's chromium is not installed (apt-get install chromium) — page rendering not checked")
    base, _ = server
    html = subprocess.run([browser, "--headless", "--no-sandbox", "--disable-gpu", "--dump-dom", f"{base}/plans/task_list"],
                          capture_output=True, text=True, timeout=120).stdout
    assert "task_list" in html and "document_year" in html


def test_targets_are_listed_by_unit_and_comparator_and_the_indicators_faceted(server):
    base, db = server
    database = sqlite_utils.Database(db)
    percent = database.execute("SELECT count(*) FROM indicators WHERE target IS NOT NULL AND unit = '%' "
                               "AND comparator = '='").fetchone()[0]
    rows = get(base, "/plans/targets_by_unit.json", unit="%", comparator="=", _shape="array")
    assert len(rows) == percent > 0 and {(r["unit"], r["comparator"]) for r in rows} == {("%", "=")}
    assert all(r["target_printed"] and r["document_number"] for r in rows)
    every = get(base, "/plans/targets_by_unit.json", unit="", comparator="", _shape="array")
    assert len(every) == database.execute("SELECT count(*) FROM indicators WHERE target IS NOT NULL").fetchone()[0] > percent
    assert get(base, "/plans/targets_by_unit.json", unit="%", comparator="<", _shape="array") == []
    page = get(base, "/plans/indicators.json", _shape="objects")
    facets = page["facet_results"]
    assert {"comparator", "unit"} <= set(facets.get("results", facets))
    columns = json.loads(METADATA.read_text(encoding="utf-8"))["databases"]["plans"]["tables"]["indicators"]["columns"]
    assert {"comparator", "unit", "target_high", "change", "target_printed", "target_period"} <= set(columns)
