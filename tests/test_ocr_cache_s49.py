"""s49: Tesseract's output kept by its input (parsers/tesseract.py), so that a scan read again after a change of the
code costs the readers' time and not Tesseract's.

- The cache is off unless KEHOACH_OCR_CACHE (or ``kehoach ingest --ocr-cache DIR``) names a folder.
- A call is kept by the images' bytes, the options, Tesseract's version and its trained models: the same call again
  runs no Tesseract; any other image, option, version or model runs it.
- A call over its time limit, or that failed, is never kept; an entry that cannot be read is ignored and written
  again; two processes keeping the same call leave one readable entry.
- pipeline/ingest.py: a file whose stored reading a time limit cut short (warning ``ocr_timeout``) is read again on the
  next run, not skipped as unchanged.

Tesseract is a fake here (subprocess.run counted), but for one call on a tiny image.
"""

from __future__ import annotations

import hashlib
import multiprocessing
import os
import shutil
import subprocess
import zlib
from pathlib import Path

import pytest
from click.testing import CliRunner
from PIL import Image, ImageDraw

import parsers
from parsers import tesseract
from parsers.tesseract import OCR_CACHE_VARIABLE, run_tesseract, run_tesseract_pages
from pipeline.errors import SlowProgram


class FakeTesseract:
    """subprocess.run as Tesseract answers it: its version, its models' folder, and for an image (or a list of
    images) a text naming the image's bytes and the options. ``calls`` counts the readings."""

    def __init__(self, tessdata: Path):
        self.tessdata = tessdata
        self.version = "tesseract 5.3.0\n leptonica-1.82.0\n"
        self.calls = 0
        self.timeout = False
        self.returncode = 0

    def __call__(self, command, **kwargs):
        assert command[0] == "tesseract"
        if command[1:] == ["--version"]:
            return subprocess.CompletedProcess(command, 0, self.version, "")
        if command[1:] == ["--list-langs"]:
            return subprocess.CompletedProcess(command, 0, f'List of available languages in "{self.tessdata}/" (1):\n'
                                                           "eng\n", "")
        self.calls += 1
        if self.timeout:
            raise subprocess.TimeoutExpired(command, kwargs["timeout"])
        source = Path(command[1])
        images = source.read_text(encoding="utf-8").split() if source.suffix == ".txt" else [source]
        texts = [f"image {hashlib.sha256(Path(image).read_bytes()).hexdigest()[:8]} read with {command[3:]}\n"
                 for image in images]
        return subprocess.CompletedProcess(command, self.returncode, "\f".join(texts), "")


@pytest.fixture
def fake(tmp_path, monkeypatch):
    tessdata = tmp_path / "tessdata"
    tessdata.mkdir()
    (tessdata / "eng.traineddata").write_bytes(b"model one")
    fake = FakeTesseract(tessdata)
    monkeypatch.setattr(tesseract.subprocess, "run", fake)
    tesseract._tesseract_identity.cache_clear()
    yield fake
    tesseract._tesseract_identity.cache_clear()


@pytest.fixture
def cache(tmp_path, monkeypatch) -> Path:
    folder = tmp_path / "ocr-cache"
    monkeypatch.setenv(OCR_CACHE_VARIABLE, str(folder))
    return folder


def _image(shade: int = 255, size: tuple[int, int] = (40, 20)) -> Image.Image:
    return Image.new("L", size, shade)


def _entries(folder: Path) -> list[Path]:
    return sorted(folder.rglob("*.txt.z"))


ARGS = ("-l", "vie", "--psm", "6")


def test_the_same_image_with_the_same_options_is_read_once(fake, cache):
    first = run_tesseract(_image(), *ARGS, timeout=5)
    again = run_tesseract(_image(), *ARGS, timeout=5)
    assert again == first and "read with" in first
    assert fake.calls == 1
    assert len(_entries(cache)) == 1


def test_the_cache_is_off_by_default(fake, tmp_path, monkeypatch):
    monkeypatch.delenv(OCR_CACHE_VARIABLE, raising=False)
    monkeypatch.chdir(tmp_path)
    run_tesseract(_image(), *ARGS, timeout=5)
    run_tesseract(_image(), *ARGS, timeout=5)
    assert fake.calls == 2
    assert not list(tmp_path.rglob("*.txt.z"))


@pytest.mark.parametrize("other", [
    pytest.param(lambda fake: (_image(254), ARGS), id="another image"),
    pytest.param(lambda fake: (_image(size=(41, 20)), ARGS), id="another size"),
    pytest.param(lambda fake: (_image(), ("-l", "vie", "--psm", "7")), id="another option"),
    pytest.param(lambda fake: (_image(), ("-l", "eng", "--psm", "6")), id="another language"),
    pytest.param(lambda fake: (_image(), (*ARGS, "makebox")), id="another output"),
])
def test_another_image_or_options_run_tesseract_again(fake, cache, other):
    run_tesseract(_image(), *ARGS, timeout=5)
    image, args = other(fake)
    assert run_tesseract(image, *args, timeout=5) != run_tesseract(_image(), *ARGS, timeout=5)
    assert fake.calls == 2
    assert len(_entries(cache)) == 2


@pytest.mark.parametrize("change", [
    pytest.param(lambda fake: setattr(fake, "version", "tesseract 5.4.1\n leptonica-1.84.1\n"), id="another version"),
    pytest.param(lambda fake: (fake.tessdata / "eng.traineddata").write_bytes(b"model two, retrained"),
                 id="another model"),
    pytest.param(lambda fake: (fake.tessdata / "vie.traineddata").write_bytes(b"a new language"), id="a model added"),
])
def test_another_tesseract_runs_again(fake, cache, change):
    run_tesseract(_image(), *ARGS, timeout=5)
    change(fake)
    tesseract._tesseract_identity.cache_clear()  # as a new process would see it
    run_tesseract(_image(), *ARGS, timeout=5)
    assert fake.calls == 2


def test_tesseract_is_asked_its_version_once_per_process(fake, cache, monkeypatch):
    asked = []
    real = fake.__call__
    monkeypatch.setattr(tesseract.subprocess, "run", lambda command, **kw: asked.append(command[1]) or real(command, **kw))
    for shade in (255, 254, 253):
        run_tesseract(_image(shade), *ARGS, timeout=5)
    assert asked.count("--version") == 1 and asked.count("--list-langs") == 1


def test_a_call_over_its_time_limit_is_not_kept(fake, cache):
    fake.timeout = True
    with pytest.raises(SlowProgram):
        run_tesseract(_image(), *ARGS, timeout=5)
    assert not _entries(cache)
    fake.timeout = False
    first = run_tesseract(_image(), *ARGS, timeout=5)
    assert run_tesseract(_image(), *ARGS, timeout=5) == first
    assert fake.calls == 2  # the slow call, then one reading, kept


def test_a_failed_call_is_not_kept(fake, cache):
    fake.returncode = 1
    run_tesseract(_image(), *ARGS, timeout=5)
    assert not _entries(cache)
    fake.returncode = 0
    run_tesseract(_image(), *ARGS, timeout=5)
    run_tesseract(_image(), *ARGS, timeout=5)
    assert fake.calls == 2


@pytest.mark.parametrize("damage", [
    pytest.param(lambda entry: entry.write_bytes(b"not compressed text"), id="garbage"),
    pytest.param(lambda entry: entry.write_bytes(entry.read_bytes()[:-3]), id="cut short"),
    pytest.param(lambda entry: entry.write_bytes(b""), id="empty"),
    pytest.param(lambda entry: entry.write_bytes(zlib.compress(b"\xff\xfe bad utf-8")), id="not utf-8"),
    pytest.param(lambda entry: (entry.unlink(), entry.mkdir()), id="a folder"),
])
def test_an_entry_that_cannot_be_read_is_ignored_and_written_again(fake, cache, damage):
    first = run_tesseract(_image(), *ARGS, timeout=5)
    (entry,) = _entries(cache)
    damage(entry)
    assert run_tesseract(_image(), *ARGS, timeout=5) == first
    assert fake.calls == 2
    if entry.is_file():  # written again: the next call reads it
        assert run_tesseract(_image(), *ARGS, timeout=5) == first
        assert fake.calls == 2


def test_a_cache_that_cannot_be_written_leaves_the_reading_as_it_is(fake, tmp_path, monkeypatch):
    blocked = tmp_path / "a file"
    blocked.write_text("not a folder")
    monkeypatch.setenv(OCR_CACHE_VARIABLE, str(blocked))
    assert run_tesseract(_image(), *ARGS, timeout=5) == run_tesseract(_image(), *ARGS, timeout=5)
    assert fake.calls == 2


def test_a_tesseract_that_cannot_say_its_version_caches_nothing(fake, cache):
    fake.version = ""
    fake.tessdata = None
    tesseract._tesseract_identity.cache_clear()
    original = fake.__call__

    def no_listing(command, **kwargs):
        if command[1:] == ["--list-langs"]:
            return subprocess.CompletedProcess(command, 1, "", "Error opening data file")
        return original(command, **kwargs)

    tesseract.subprocess.run = no_listing  # restored by the fixture's monkeypatch
    run_tesseract(_image(), *ARGS, timeout=5)
    run_tesseract(_image(), *ARGS, timeout=5)
    assert fake.calls == 2 and not _entries(cache)


def test_pages_read_by_one_process_are_kept_as_one_call(fake, cache):
    images = [_image(255), _image(200), _image(100)]
    first = run_tesseract_pages(images, *ARGS, timeout=5)
    assert len(set(first)) == 3
    assert run_tesseract_pages(images, *ARGS, timeout=5) == first
    assert fake.calls == 1
    assert run_tesseract_pages(images[::-1], *ARGS, timeout=5) == first[::-1]  # another list: another call
    assert fake.calls == 2


def _keep_many(folder: str, key: str, text: str, times: int) -> None:
    for _ in range(times):
        tesseract._keep(Path(folder), key, text)


def test_two_processes_keeping_the_same_call_leave_a_readable_entry(tmp_path):
    key, text = hashlib.sha256(b"one call").hexdigest(), "Kế hoạch số 12/KH-UBND\n" * 400
    context = multiprocessing.get_context("fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn")
    writers = [context.Process(target=_keep_many, args=(str(tmp_path), key, text, 150)) for _ in range(2)]
    for writer in writers:
        writer.start()
    seen = set()
    while any(writer.is_alive() for writer in writers):  # read while they write: never half an entry
        seen.add(tesseract._cached(tmp_path, key))
    for writer in writers:
        writer.join(timeout=60)
        assert writer.exitcode == 0
    assert seen <= {None, text}
    assert tesseract._cached(tmp_path, key) == text
    assert [path.name for path in tmp_path.rglob("*") if path.is_file()] == [f"{key}.txt.z"]  # no temporary left


@pytest.mark.skipif(shutil.which("tesseract") is None, reason="Tesseract not installed")
def test_a_real_tesseract_call_is_kept_and_given_back(cache, monkeypatch):
    tesseract._tesseract_identity.cache_clear()
    image = Image.new("L", (160, 40), 255)
    ImageDraw.Draw(image).text((8, 12), "KH 12", fill=0)
    first = run_tesseract(image, "-l", "eng", "--psm", "7", timeout=60)
    assert len(_entries(cache)) == 1

    def no_tesseract(command, **kwargs):
        raise AssertionError("Tesseract run although its output was kept")

    monkeypatch.setattr(tesseract.subprocess, "run", no_tesseract)
    assert run_tesseract(image, "-l", "eng", "--psm", "7", timeout=60) == first


# ---------------------------------------------------------------------------------------------------
# Where it is turned on


def test_ingest_ocr_cache_turns_it_on_for_the_run(tmp_path, monkeypatch):
    from pipeline.cli import main

    # off, and recorded so that the value the command sets is taken away after the test (a delenv of a variable not
    # set records nothing: the cache stayed on for the worker's later tests, and a test of Tesseract's time limit
    # read its page from it)
    monkeypatch.setenv(OCR_CACHE_VARIABLE, "")
    (tmp_path / "in").mkdir()
    result = CliRunner().invoke(main, ["ingest", str(tmp_path / "in"), "--db", str(tmp_path / "p.db"), "--json-dir",
                                       str(tmp_path / "json"), "--ocr-cache", str(tmp_path / "ocr")])
    assert result.exit_code == 0, result.output
    assert os.environ.get(OCR_CACHE_VARIABLE) == str((tmp_path / "ocr").resolve())
    assert tesseract.ocr_cache_folder() == (tmp_path / "ocr").resolve()


@pytest.mark.parametrize("argv, folder", [
    ([], "output/ocr-cache"),
    (["--ocr-cache", "elsewhere"], "elsewhere"),
    (["--no-ocr-cache"], None),
])
def test_the_evaluation_scripts_use_it_by_default(monkeypatch, argv, folder):
    import argparse

    from scripts.evaluate_realdocs import ROOT, add_ocr_cache_options, use_ocr_cache

    monkeypatch.setenv(OCR_CACHE_VARIABLE, "/somewhere/else")
    monkeypatch.chdir(ROOT)
    parser = argparse.ArgumentParser()
    add_ocr_cache_options(parser)
    use_ocr_cache(parser.parse_args(argv))
    assert tesseract.ocr_cache_folder() == (None if folder is None else (ROOT / folder).resolve())


# ---------------------------------------------------------------------------------------------------
# pipeline/ingest.py: a reading a time limit cut short is read again on the next run

PLAN = ("ỦY BAN NHÂN DÂN\nTỈNH LÂM ĐỒNG\nSố: 12/KH-UBND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Độc lập - Tự do - Hạnh phúc\nĐà Lạt, ngày 3 tháng 2 năm 2025\nKẾ HOẠCH\nCải cách hành chính năm 2025\n"
        "I. MỤC ĐÍCH, YÊU CẦU\n1. Nâng cao chất lượng phục vụ người dân.\n")


@pytest.fixture
def reads(monkeypatch):
    """The text reader, counted, and adding the warning of a page Tesseract did not read in time to the files named
    in ``reads.cut_short``."""
    from parsers import ocr

    class Reads:
        count: dict[str, int] = {}
        cut_short: set[str] = set()

    text_reader = parsers.READERS[".txt"]

    def read(path: Path):
        doc = text_reader(path)
        Reads.count[path.name] = Reads.count.get(path.name, 0) + 1
        if path.name in Reads.cut_short:
            doc.warnings.append(ocr.timed_out(1, "read the page"))
        return doc

    Reads.count, Reads.cut_short = {}, set()
    monkeypatch.setitem(parsers.READERS, ".txt", read)
    return Reads


def _ingest_twice_then_once_more(tmp_path, reads, db, json_dir):
    from pipeline.ingest import ingest

    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "slow.txt").write_text(PLAN, encoding="utf-8")
    (folder / "quick.txt").write_text(PLAN.replace("12/KH", "13/KH"), encoding="utf-8")
    reads.cut_short = {"slow.txt"}
    first = ingest([folder], db_path=db, json_dir=json_dir, workers=1)
    assert first.warning_codes()["ocr_timeout"] == 1
    reads.cut_short = set()  # the machine had the time on the next run
    second = ingest([folder], db_path=db, json_dir=json_dir, workers=1)
    assert reads.count == {"slow.txt": 2, "quick.txt": 1}
    assert second.skipped == 1 and second.warning_codes()["ocr_timeout"] == 0
    ingest([folder], db_path=db, json_dir=json_dir, workers=1)
    assert reads.count == {"slow.txt": 2, "quick.txt": 1}  # read in full now: unchanged from then on


def test_a_reading_cut_short_is_read_again_on_the_next_run(tmp_path, reads, db_target):
    _ingest_twice_then_once_more(tmp_path, reads, db_target, tmp_path / "json")


def test_a_reading_cut_short_is_read_again_without_a_json_folder(tmp_path, reads):
    _ingest_twice_then_once_more(tmp_path, reads, tmp_path / "plans.db", None)
