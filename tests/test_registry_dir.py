"""The registry folder beside the database: a clerk's aliases and bodies, merged with the package's registry, read by
every worker, part of the pipeline version (a change reads the documents again), and never inside the package."""

import shutil

import pytest
import sqlite_utils
from click.testing import CliRunner

import pipeline.ingest as ingest_module
from pipeline.stages.agencies import resolve
from pipeline.cli import main
from pipeline.stages.registry import RegistryError, registry, registry_digest, use_user_folder
from pipeline.resources import data_bytes

from conftest import CORPUS

BINH_TAN = CORPUS / "002_4eef9a9c1980f483.txt"  # its recipients name "Khối Nội chính", which no registry knows
HA_NOI = CORPUS / "000_28c0b28b8b9b66cd.txt"  # 122/KH-UBND: a task led by "Các đơn vị trực thuộc Sở"


@pytest.fixture(autouse=True)
def package_registry_after():
    yield
    use_user_folder(None)


@pytest.fixture
def workspace(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "plans").mkdir()
    shutil.copy(BINH_TAN, tmp_path / "plans" / "binh-tan.txt")
    shutil.copy(HA_NOI, tmp_path / "plans" / "ha-noi.txt")
    return tmp_path


def ingest(*extra: str):
    return CliRunner().invoke(main, ["ingest", "plans", *extra], catch_exceptions=False)


def mentions(tmp_path, name: str) -> set:
    db = sqlite_utils.Database(tmp_path / "output" / "plans.db")
    return {(row["agency_id"], row["match"]) for table in ("recipient_agencies", "task_agencies")
            for row in db.query(f"SELECT agency_id, match FROM {table} WHERE name = ?", [name])}


@pytest.mark.parametrize("workers", ["1", "2"])
def test_an_alias_and_a_body_added_beside_the_database_resolve_in_every_worker(workspace, monkeypatch, workers):
    assert ingest("--workers", workers).exit_code == 0
    assert mentions(workspace, "Khối Nội chính") == {(None, "unresolved")}
    registry_dir = workspace / "output" / "registry"
    registry_dir.mkdir()
    (registry_dir / "aliases.csv").write_text("agency_id,alias\nha-noi/so-noi-vu,Các đơn vị trực thuộc Sở\n", encoding="utf-8")
    (registry_dir / "agencies.csv").write_text(
        "# bodies of Bình Tân the package does not know\n"
        "jurisdiction,name,kind,level,collective,aliases,canonical,valid_from,valid_until\n"
        "binh-tan,Khối Nội chính,tập thể,huyện,1,,,,\n", encoding="utf-8")
    read: list[str] = []
    if workers == "1":  # files are read in this process, where they can be counted
        real = ingest_module.safe_process
        monkeypatch.setattr(ingest_module, "safe_process", lambda path, limits: read.append(path.name) or real(path, limits))
    result = ingest("--workers", workers)  # registry/ beside the database is found without an option
    assert result.exit_code == 0 and "Ingested 2 file(s)" in result.output  # the registry changed: all read again
    assert sorted(read) == (["binh-tan.txt", "ha-noi.txt"] if workers == "1" else [])
    assert mentions(workspace, "Khối Nội chính") == {("binh-tan/khoi-noi-chinh", "exact")}
    assert mentions(workspace, "Các đơn vị trực thuộc Sở") == {("ha-noi/so-noi-vu", "alias")}
    db = sqlite_utils.Database(workspace / "output" / "plans.db")
    assert db["agencies"].get("binh-tan/khoi-noi-chinh")["canonical_name"] == "Khối Nội chính (quận Bình Tân)"
    assert ("ha-noi/so-noi-vu", "Các đơn vị trực thuộc Sở") in {(r["agency_id"], r["alias"]) for r in db["agency_aliases"].rows}
    assert "Khối Nội chính" not in {row["name"] for row in db.query("SELECT name FROM unresolved_agencies")}
    assert "Ingested 0 file(s)" in ingest("--workers", workers).output  # unchanged: nothing read


def test_another_registry_folder_is_another_pipeline_version_and_the_package_is_untouched(tmp_path):
    package = data_bytes("agencies.csv")
    before = registry_digest()
    folder = tmp_path / "registry"
    folder.mkdir()
    use_user_folder(folder)
    assert registry_digest() == before  # an empty folder adds nothing
    (folder / "aliases.csv").write_text("agency_id,alias\nbinh-tan/uy-ban-nhan-dan,UBND Q. Bình Tân\n", encoding="utf-8")
    use_user_folder(None)
    use_user_folder(folder)
    assert registry_digest() != before
    assert resolve("UBND Q. Bình Tân", "binh-tan").agency_id == "binh-tan/uy-ban-nhan-dan"
    use_user_folder(None)  # back to the package's registry: the answers cached with the folder are gone
    assert registry_digest() == before and resolve("UBND Q. Bình Tân", "binh-tan").match != "alias"
    assert data_bytes("agencies.csv") == package


@pytest.mark.parametrize("name, content, where, reason", [
    ("aliases.csv", "agency_id,alias\nha-noi/so-khong-co,Sở Không Có\n", "aliases.csv:2", "no agency has the id 'ha-noi/so-khong-co'"),
    ("aliases.csv", "id,name\nx,y\n", "aliases.csv:1", "the columns must be agency_id,alias"),
    ("agencies.csv", "jurisdiction,name,kind,level,collective,aliases,canonical,valid_from,valid_until\n"
                     "viet-nam,Chính phủ,Chính phủ,Trung ương,0,,,,\n", "agencies.csv:2", "'Chính phủ' is listed twice for viet-nam"),
    ("agencies.csv", "jurisdiction,name,kind,level,collective,aliases,canonical,valid_from,valid_until\n"
                     "# a comment\nhai-phong-cu,Sở Cảng,Sở,tỉnh,0,,,,\n", "agencies.csv:3", "unknown jurisdiction 'hai-phong-cu'"),
    ("agency_abbreviations.csv", None, "agency_abbreviations.csv:2", "does not start with a capital"),
    ("communes.csv", "id,name,kind,province,code\nhai-phong-cu.xa-a,A,xã,hai-phong-cu,1\n", "communes.csv:2",
     "unknown province 'hai-phong-cu'"),
    ("jurisdictions.csv", b"\xff\xfeid,name\n", "jurisdictions.csv", "cannot read it"),
])
def test_a_registry_file_that_cannot_be_used_stops_the_ingest_naming_its_line(workspace, name, content, where, reason):
    assert ingest("--workers", "1").exit_code == 0
    db_path = workspace / "output" / "plans.db"
    before = list(sqlite_utils.Database(db_path).query("SELECT id, pipeline_version FROM documents ORDER BY id"))
    folder = workspace / "output" / "registry"
    folder.mkdir()
    if content is None:  # the package's columns, a row that is wrong
        header = data_bytes(name).decode("utf-8").splitlines()
        columns = next(line for line in header if not line.startswith("#"))
        content = f"{columns}\nqđ,{','.join('x' for _ in columns.split(',')[1:])}\n"
    (folder / name).write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
    result = CliRunner().invoke(main, ["ingest", "plans", "--workers", "1"])
    assert result.exit_code == 2 and f"output/registry/{where}" in result.output and reason in result.output
    assert list(sqlite_utils.Database(db_path).query("SELECT id, pipeline_version FROM documents ORDER BY id")) == before
    use_user_folder(folder)
    with pytest.raises(RegistryError):
        registry()
        resolve("Sở Nội vụ", "ha-noi")
