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
    process = subprocess.Popen([sys.executable, "-m", "datasette", "serve", str(db), "--metadata", str(METADATA),
                                "-h", "127.0.0.1", "-p", str(port)], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
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
        "WHERE a.role = 'lead' AND a.name LIKE '%Sở Nội vụ%' "
        "AND coalesce(substr(t.deadline_end, 1, 4), substr(d.issued_date, 1, 4)) = '2025'").fetchone()[0]
    assert len(rows) == expected > 0
    assert all("Sở Nội vụ" in row["lead"] for row in rows)


def test_canned_search_ignores_tone_marks(server):
    base, _ = server
    rows = get(base, "/plans/search_sections.json", words="to chuc thuc hien", _shape="array")
    assert any(row["heading"] and "TỔ CHỨC THỰC HIỆN" in row["heading"].upper() for row in rows)


def test_every_canned_query_runs(server):
    base, _ = server
    queries = json.loads(METADATA.read_text(encoding="utf-8"))["databases"]["plans"]["queries"]
    assert len(queries) >= 5
    params = {"agency": "Sở", "year": "2025", "words": "ke hoach", "from_date": "2025-01-01", "to_date": "2025-12-31",
              "number": "QĐ"}
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
