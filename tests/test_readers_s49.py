"""Readings that depend on the machine's load, and the evaluation's cache of readings (s49-readers).

- A call of Tesseract over its time limit while checking a badly read page's rotation left the page read as it lay,
  silently (realdocs2 103 under load ~20 lost text, and that reading was cached and served to later runs): the page
  now carries the warning ``ocr_timeout`` (its page and the limit), and scripts/evaluate_realdocs.py's cache (which
  scripts/realdocs_digests.py shares) refuses such a reading.
- A scan's signature block or title cropped from its page again, when the document's file is gone, read nothing and
  said nothing: now SourceMissing, and the metadata stage's warning ``source_file_missing`` names the path.
- The cache's key covered parsers/*.py and a few model classes only: it now covers every module of the repository the
  readers import (found from their imports) and pipeline/data.

Tesseract itself never runs here: its calls are replaced (a time limit is simulated, a page reads no words).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from PIL import Image

import parsers
from conftest import ROOT
from parsers import ocr
from parsers.common import origin_of
from pipeline.errors import SlowProgram, SourceMissing
from pipeline.model import Block, Document, Issue, Provenance
from pipeline.run import run_stages

sys.path.insert(0, str(ROOT / "scripts"))
import evaluate_realdocs  # noqa: E402
from evaluate_realdocs import read_cached  # noqa: E402

# Tesseract's TSV output for a page with no words: only its header
NO_WORDS = "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext\n"


@pytest.fixture
def slow_rotation_check(monkeypatch):
    """Tesseract as a loaded machine runs it: the page reads no words (so its rotation is checked), and the rotation
    check runs over the time limit, at the subprocess call (parsers/tesseract.py turns it into SlowProgram)."""
    def run(command, **kwargs):
        if "osd" in command:
            raise subprocess.TimeoutExpired(command, kwargs.get("timeout"))
        return subprocess.CompletedProcess(command, 0, stdout=NO_WORDS, stderr="")

    monkeypatch.setattr("parsers.tesseract.subprocess.run", run)
    monkeypatch.setattr(ocr, "tesseract_problem", lambda: None)


def _timeouts(warnings: list[Issue]) -> list[Issue]:
    return [w for w in warnings if w.code == "ocr_timeout"]


def _page(width: int = 240, height: int = 180) -> Image.Image:
    return Image.new("RGB", (width, height), "white")


def test_a_rotation_check_over_the_limit_raises_rather_than_reading_the_page_as_it_lies(slow_rotation_check):
    with pytest.raises(SlowProgram):
        ocr.rotation(_page().convert("L"))


def test_a_rotation_check_that_fails_otherwise_still_reads_the_page_as_it_lies(monkeypatch):
    def broken(command, **kwargs):
        raise subprocess.CalledProcessError(1, command)

    monkeypatch.setattr("parsers.tesseract.subprocess.run", broken)
    assert ocr.rotation(_page().convert("L")) == 0


@pytest.mark.parametrize("page_no", [1, 7])
def test_a_page_whose_rotation_check_ran_over_the_limit_says_so(slow_rotation_check, page_no):
    warnings: list[Issue] = []
    assert ocr.page_blocks(_page(), page_no, 1, 1.0, 300 / 72, warnings) == []
    (warning,) = _timeouts(warnings)
    assert warning.where == {"page": page_no, "limit_seconds": ocr._TIMEOUT}
    assert f"page {page_no}" in warning.message and f"{ocr._TIMEOUT} s" in warning.message


@pytest.mark.parametrize("suffix, pages", [(".png", 1), (".tif", 3)])
def test_an_image_file_read_under_the_limit_carries_the_warning_through_the_stages(tmp_path, slow_rotation_check, suffix,
                                                                                  pages):
    path = tmp_path / f"scan{suffix}"
    frames = [_page() for _ in range(pages)]
    frames[0].save(path, save_all=pages > 1, append_images=frames[1:])
    doc = parsers.read(path)
    assert [w.where["page"] for w in _timeouts(doc.warnings)] == list(range(1, pages + 1))
    assert not parsers.read_in_full(doc)
    assert _timeouts(run_stages(doc).warnings) == _timeouts(doc.warnings)  # clerks see it in the output


def test_a_scanned_pdf_gives_one_warning_a_page_in_page_order(tmp_path, slow_rotation_check):
    from test_parsers_ocr_legacy import blank_pdf

    path = blank_pdf(tmp_path / "scan.pdf", 3, 60, 45)  # small pages: cheap to render
    doc = parsers.read(path)
    assert [w.where["page"] for w in _timeouts(doc.warnings)] == [1, 2, 3]


def test_a_scanned_page_of_a_text_pdf_passes_its_warning_on(tmp_path, slow_rotation_check):
    from test_parsers_ocr_legacy import blank_pdf

    path = blank_pdf(tmp_path / "mixed.pdf", 2, 60, 45)
    warnings: list[Issue] = []
    assert ocr.read_page(pdfium.PdfDocument(str(path))[1], 2, path, warnings) == []
    assert [w.where["page"] for w in _timeouts(warnings)] == [2]


def test_a_page_read_in_time_has_no_warning(monkeypatch):
    monkeypatch.setattr("parsers.tesseract.subprocess.run",
                        lambda command, **kwargs: subprocess.CompletedProcess(command, 0, stdout=NO_WORDS, stderr=""))
    warnings: list[Issue] = []
    ocr.page_blocks(_page(), 1, 1, 1.0, 300 / 72, warnings)
    assert warnings == []


# ---------------------------------------------------------------------------------------------------
# The evaluation's cache of readings


def _reading(path: Path, warnings: list[Issue]) -> Document:
    block = Block(id="b0001", orig="QUYẾT ĐỊNH", prov=Provenance(reader="ocr", page=1))
    return Document(origin=origin_of(path, path.read_bytes(), "image"), blocks=[block], warnings=warnings)


@pytest.mark.parametrize("warnings, kept", [
    ([], True),
    ([Issue(code="page_downscaled", message="page 1 is large", where={"page": 1})], True),
    ([ocr.timed_out(2, "check which way the page, read badly, stands")], False),
    ([Issue(code="page_downscaled", message="page 1 is large", where={"page": 1}),
      ocr.timed_out(1, "check which way the page, read badly, stands")], False),
])
def test_the_cache_keeps_only_a_reading_no_time_limit_cut_short(tmp_path, monkeypatch, warnings, kept):
    path, cache = tmp_path / "scan.png", tmp_path / "cache"
    path.write_bytes(b"a scan's bytes")
    reads = []
    monkeypatch.setattr(parsers, "read", lambda p: reads.append(p) or _reading(Path(p), warnings))
    first = read_cached(path, cache)
    assert first.warnings == warnings  # what the run scores is the reading as it is
    assert (len(list(cache.glob("*.pickle"))) if cache.exists() else 0) == int(kept)
    read_cached(path, cache)
    assert len(reads) == (1 if kept else 2)  # a reading cut short is read again by the next run


# ---------------------------------------------------------------------------------------------------
# A crop of a page whose file is gone


@pytest.mark.parametrize("where", ["gone/scan.pdf", "realdocs2/114_scan.pdf", "a folder"])
def test_a_crop_of_a_file_that_is_gone_names_the_path(tmp_path, monkeypatch, where):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a folder").mkdir()
    box = (10.0, 10.0, 200.0, 100.0)
    with pytest.raises(SourceMissing) as raised:
        ocr.read_region(Path(where), 1, box)
    assert raised.value.path == where and where in str(raised.value)
    with pytest.raises(SourceMissing):
        ocr.column_edges(Path(where), 1, box, 2)


def test_a_crop_of_a_page_the_file_lacks_is_still_nothing(tmp_path):
    from test_parsers_ocr_legacy import blank_pdf

    path = blank_pdf(tmp_path / "scan.pdf", 1, 60, 45)
    assert ocr.column_edges(path, 5, (0.0, 0.0, 50.0, 40.0), 2) is None  # the file is there: no warning to give


# A scan's closing as the page read whole gave it: the signer's position, no name (a seal over it)
CLOSING = ["ỦY BAN NHÂN DÂN", "TỈNH BẮC NINH", "Số: 88/QĐ-UBND", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
           "Độc lập - Tự do - Hạnh phúc", "Bắc Ninh, ngày 5 tháng 3 năm 2025", "QUYẾT ĐỊNH",
           "Về việc thành lập Tổ công tác", "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH", "Điều 1. Thành lập Tổ công tác.",
           "Điều 2. Quyết định có hiệu lực kể từ ngày ký."]
SIGNATURE = {"joint": ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"], "deputy": ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"]}


def _scan_without_its_signer(path: Path, chain: list[str], title: str | None = None) -> Document:
    printed = [title if title and text.startswith("Về việc") else text for text in CLOSING]
    lines = [(text, 60.0, 60 + 20 * k) for k, text in enumerate(printed)]
    top = 60 + 20 * len(CLOSING) + 20
    lines += [("Nơi nhận:", 60.0, top), ("- Như Điều 2;", 60.0, top + 16), ("- Lưu: VT.", 60.0, top + 32)]
    lines += [(text, 330.0, top + 16 * k) for k, text in enumerate(chain)]
    blocks = [Block(id=f"b{k:04d}", orig=text, prov=Provenance(reader="ocr", page=1, line_start=k, line_end=k,
                                                                bbox=(left, y, left + 7 * len(text), y + 12),
                                                                ocr_confidence=92.0))
              for k, (text, left, y) in enumerate(sorted(lines, key=lambda line: (line[2], line[1])), start=1)]
    return Document(origin=origin_of(path, b"a scan", "pdf-ocr"), blocks=blocks)


@pytest.mark.parametrize("chain", SIGNATURE.values(), ids=SIGNATURE.keys())
def test_a_signature_block_that_cannot_be_read_again_says_where_the_file_was(tmp_path, monkeypatch, chain):
    monkeypatch.setattr(ocr, "tesseract_problem", lambda: None)
    path = tmp_path / "moved" / "88_QD-UBND.pdf"
    result = run_stages(_scan_without_its_signer(path, chain))
    assert result.metadata.signer.name is None  # nothing guessed
    (missing,) = [w for w in result.warnings if w.code == "source_file_missing"]
    assert missing.where == {"path": str(path)} and str(path) in missing.message and "signature" in missing.message


# ---------------------------------------------------------------------------------------------------
# The cache's key: every module the readers import, and the data files


@pytest.fixture(scope="module")
def checkout(tmp_path_factory) -> Path:
    """A copy of the readers and the pipeline, for changing a file without touching the checkout."""
    root = tmp_path_factory.mktemp("checkout")
    for folder in ("parsers", "pipeline"):
        shutil.copytree(ROOT / folder, root / folder, ignore=shutil.ignore_patterns("__pycache__"))
    return root


def _key(monkeypatch, root: Path) -> str:
    monkeypatch.setattr(evaluate_realdocs, "ROOT", root)
    fingerprint = evaluate_realdocs._readers_fingerprint
    getattr(fingerprint, "cache_clear", lambda: None)()  # computed once a run
    try:
        return fingerprint()
    finally:
        getattr(fingerprint, "cache_clear", lambda: None)()


@pytest.mark.parametrize("changed, reads_again", [
    ("pipeline/text.py", True),  # imported by every reader
    ("pipeline/spelling.py", True),  # by the OCR reader
    ("pipeline/stages/window.py", True),
    ("pipeline/stages/cells.py", True),  # imported inside a function of the text and OCR readers
    ("pipeline/model.py", True),  # the document they fill
    ("parsers/tesseract.py", True),
    ("pipeline/data/ocr_confusions.json", True),  # read by the OCR reader
    ("pipeline/data/places.json", True),
    ("pipeline/ingest.py", False),  # no reader imports it: the cached readings stay
    ("pipeline/outputs/report.py", False),
])
def test_a_change_the_readers_see_reads_the_files_again(checkout, monkeypatch, changed, reads_again):
    before = _key(monkeypatch, checkout)
    path = checkout / changed
    original = path.read_bytes()
    try:
        path.write_bytes(original + (b"\n# changed\n" if path.suffix == ".py" else b"\n"))
        assert (_key(monkeypatch, checkout) != before) == reads_again
    finally:
        path.write_bytes(original)
    assert _key(monkeypatch, checkout) == before


def test_the_key_is_the_same_whatever_the_run_imported_before(monkeypatch):
    before = _key(monkeypatch, ROOT)
    import pipeline.ingest  # noqa: F401 - a module no reader imports, loaded by this run
    import pipeline.stages.assignments  # noqa: F401

    assert _key(monkeypatch, ROOT) == before


@pytest.mark.parametrize("title", ["Về việc thành lập T¦ổ công tác", "Về việc th~ành lập Tổ công tác kiểm tra liên ngành"])
def test_a_title_that_cannot_be_read_again_says_where_the_file_was(tmp_path, monkeypatch, title):
    monkeypatch.setattr(ocr, "tesseract_problem", lambda: None)
    path = tmp_path / "88_QD-UBND.png"  # deleted after it was read
    result = run_stages(_scan_without_its_signer(path, [*SIGNATURE["joint"], "Nguyễn Văn Bình"], title))
    assert result.metadata.title == title  # kept as first read, nothing guessed
    missing = [w for w in result.warnings if w.code == "source_file_missing"]
    assert [w.where for w in missing] == [{"path": str(path)}] and "title" in missing[0].message
