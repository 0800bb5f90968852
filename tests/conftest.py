from __future__ import annotations

import fcntl
import hashlib
import itertools
import json
import os
import re
import shutil
import sys
from pathlib import Path
from typing import Callable

import pytest
from hypothesis import settings as hypothesis_settings

import parsers
from pipeline.errors import PipelineError
from pipeline.stages.clean import clean
from pipeline.model import Document
from pipeline.run import process

# `make test` (CI) runs the property tests on the examples each test's own code fixes (HYPOTHESIS_PROFILE=repeatable:
# derandomize): a red run is the code's, and anyone gets it again. New examples are explored by `pytest` run by hand
# (the default profile); a falsifying example found so is written down as an @example, or as a known limit.
# No deadline in either: an example's time says nothing of its answer (speed is measured in `make bench`), and a first
# call that imports a stage crossed Hypothesis' 200 ms on a loaded machine ("unreliable timing").
hypothesis_settings.register_profile("repeatable", derandomize=True, deadline=None)
hypothesis_settings.register_profile("explore", deadline=None)
hypothesis_settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "explore"))

# Under the repeatable profile a property test checks the same examples on every run, so `make test` runs the first
# quarter of the examples its own settings ask for, never fewer than 25 (or all it asks for, if fewer): the fast paths'
# property tests asked for 400 to 5,000 each, a ninth of the suite's time (s50), and the 100-example tests still 334 s
# of s52's 4,176 (three of them, writing databases or reading whole documents, 158 s), against CI's 30 minutes. Run by
# hand (the explore profile) every test draws its full count of new examples.
REPEATABLE_EXAMPLES_SHARE = 4
REPEATABLE_MIN_EXAMPLES = 25


# Checks of minutes (long OCR, LibreOffice passes) that `make test` leaves out to keep CI under 30 minutes on 2 cores
# and KEHOACH_SLOW=1 runs: `slow_only(reason)` gives their marks.
SLOW_RUN = os.environ.get("KEHOACH_SLOW") == "1"


def slow_only(reason: str) -> list:
    """The marks of a check run only with KEHOACH_SLOW=1 (for ``pytest.param(marks=…)`` and ``pytestmark``)."""
    return [pytest.mark.slow, pytest.mark.skipif(not SLOW_RUN, reason=f"{reason}: set KEHOACH_SLOW=1 to check")]


def repeatable_examples(asked: int) -> int:
    """The examples a property test asking for ``asked`` runs under the repeatable profile."""
    return max(min(asked, REPEATABLE_MIN_EXAMPLES), asked // REPEATABLE_EXAMPLES_SHARE)


# The longest modules of s54's run (their cases summed, at load ~25): scheduled first, so under `--dist loadfile` no
# worker starts one of them while the other is nearly done (test_task_layouts, a quarter of a worker's time, came late
# in the alphabet: it could start when the other worker was nearly done).
LONGEST_MODULES = ("test_task_layouts.py", "test_format_invariance.py", "test_scan_tables.py", "test_engines.py",
                   "test_scan_cells.py", "test_backends.py", "test_readme.py", "test_ingest_robustness.py")


def longest_first(items: list) -> None:
    """Orders ``items`` so the modules of LONGEST_MODULES come first, in that order, the rest as collected."""
    rank = {name: k for k, name in enumerate(LONGEST_MODULES)}
    items.sort(key=lambda item: rank.get(item.path.name, len(rank)))


def pytest_collection_modifyitems(config, items):
    longest_first(items)
    if os.environ.get("HYPOTHESIS_PROFILE") != "repeatable":
        return
    scaled = set()
    for item in items:
        test = getattr(item, "obj", None)
        own = getattr(test, "_hypothesis_internal_use_settings", None)  # where @settings/@given keep a test's settings
        if own is None or id(test) in scaled:  # parametrised cases share their function: scaled once
            continue
        scaled.add(id(test))
        test._hypothesis_internal_use_settings = hypothesis_settings(own, max_examples=repeatable_examples(own.max_examples))

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
REALDOCS = ROOT.parent / "shared" / "realdocs"
REALDOCS2 = ROOT.parent / "shared" / "realdocs2"
# The reason every test that reads the real documents skips with when they are absent (a fresh clone
# outside the workplace); the summary below counts them, so a green run says what it did not check.
REALDOCS_MISSING = "real documents not found at"


def needs(folder: Path) -> pytest.MarkDecorator:
    return pytest.mark.skipif(not folder.exists(), reason=f"{REALDOCS_MISSING} {folder}")


def pytest_terminal_summary(terminalreporter):
    skipped = [r for r in terminalreporter.stats.get("skipped", []) if REALDOCS_MISSING in str(r.longrepr)]
    if skipped:
        folders = sorted({str(f) for f in (REALDOCS, REALDOCS2) if not f.exists()})
        terminalreporter.write_line(
            f"NOTE: {len(skipped)} tests on real documents skipped: {', '.join(folders)} not found "
            "(they are read in place from ../shared beside the checkout)", yellow=True)


def corpus_files() -> list[Path]:
    return sorted(p for p in CORPUS.iterdir() if p.suffix.lower() in parsers.READERS)


def real_files_read_quickly() -> list[Path]:
    """The real documents whose text is the file's own (not OCR's, which takes minutes): text, HTML, DOCX, text PDFs."""
    return [p for folder in (REALDOCS, REALDOCS / "vbpl-html", REALDOCS2) if folder.exists() for p in sorted(folder.iterdir())
            if p.suffix.lower() in (".txt", ".html", ".docx", ".pdf")
            and not re.search(r"scan|mojibake|badocr|multidoc|2docs", p.name)]


def texts_read(path: Path) -> list[str]:
    """Every block's text and every table cell's, as the reader gives them; none for a page refused by design."""
    try:
        doc = parsers.read(path)
    except PipelineError:  # a vbpl page that says "Văn bản không tồn tại"
        return []
    return [text for b in doc.blocks for text in (b.orig, *(c.text for c in (b.table.cells if b.table else ())))]


def write_paragraphs(path: Path, lines: list[str]) -> Path:
    """A DOCX of one paragraph per line (the plain Word file a test's lines make)."""
    from docx import Document as Docx

    document = Docx()
    for line in lines:
        document.add_paragraph(line)
    document.save(path)
    return path


def write_in_form(tmp_path: Path, lines: list[str], form: str, side_by_side: str = "", pdf_rows: tuple = (40.0, 16, 10)) -> Path:
    """``lines`` as a document of ``form``: "text" (a .txt, one line each), "side_by_side" (a .txt holding
    ``side_by_side``), "pdf" (a line each at x 60, from ``pdf_rows``' top, step and size), "html" (a paragraph
    each) or "docx" (``write_paragraphs``)."""
    from pdfmaker import text_pdf

    path = tmp_path / f"doc.{ {'side_by_side': 'txt', 'text': 'txt'}.get(form, form) }"
    if form == "text":
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    elif form == "side_by_side":
        path.write_text(side_by_side, encoding="utf-8")
    elif form == "pdf":
        top, step, size = pdf_rows
        path.write_bytes(text_pdf([[(60.0, top + step * k, text) for k, text in enumerate(lines)]], size=size))
    elif form == "html":
        path.write_text("<html><body>" + "".join(f"<p>{line}</p>" for line in lines) + "</body></html>", encoding="utf-8")
    else:
        write_paragraphs(path, lines)
    return path


def write_with_table(tmp_path: Path, before: list[str], rows: list[list], after: list[str], form: str,
                     name: str = "doc") -> Path:
    """Paragraphs, a real table of ``rows``, paragraphs: an HTML page ("html"), a Word file ("docx") or that Word file
    converted by LibreOffice ("pdf"), named ``name`` in ``tmp_path``; or a text copy of them ("text": a row a line, its
    cells "cell | cell |"). A cell is a text, or (text, columns it spans) for a cell merged across. Many PDFs: write the
    Word files, then ``print_to_pdf`` them in one LibreOffice start."""
    if form == "text":
        path = tmp_path / f"{name}.txt"
        path.write_text("\n".join(before + [" | ".join(c if isinstance(c, str) else c[0] for c in r) + " |" for r in rows]
                                  + after) + "\n", encoding="utf-8")
        return path
    rows = [[c if isinstance(c, tuple) else (c, 1) for c in row] for row in rows]
    if form == "html":
        path = tmp_path / f"{name}.html"
        cells = "".join("<tr>" + "".join(f"<td colspan='{span}'>{text}</td>" if span > 1 else f"<td>{text}</td>"
                                         for text, span in row) + "</tr>" for row in rows)
        path.write_text("<html><body>" + "".join(f"<p>{x}</p>" for x in before) + f"<table border='1'>{cells}</table>"
                        + "".join(f"<p>{x}</p>" for x in after) + "</body></html>", encoding="utf-8")
        return path
    import docx

    path = tmp_path / f"{name}.docx"
    document = docx.Document()
    for line in before:
        document.add_paragraph(line)
    table = document.add_table(rows=len(rows), cols=sum(span for _, span in rows[0]))
    table.style = "Table Grid"
    for r, row in enumerate(rows):
        c = 0
        for text, span in row:
            cell = table.cell(r, c).merge(table.cell(r, c + span - 1)) if span > 1 else table.cell(r, c)
            cell.text = text
            c += span
    for line in after:
        document.add_paragraph(line)
    document.save(path)
    return print_to_pdf([path])[0] if form == "pdf" else path


def write_with_rowspans(tmp_path: Path, before: list[str], rows: list[list], after: list[str], form: str) -> Path:
    """Paragraphs, a table of ``rows`` whose cells merge down, paragraphs: an HTML page ("html") or a Word file
    ("docx"). A cell is a text, (text, rows it spans down) or None under a cell spanning over it."""
    if form == "html":
        path = tmp_path / "merged.html"
        body = "".join("<tr>" + "".join(f"<td rowspan='{c[1]}'>{c[0]}</td>" if isinstance(c, tuple) else f"<td>{c}</td>"
                                        for c in row if c is not None) + "</tr>" for row in rows)
        path.write_text("<html><body>" + "".join(f"<p>{x}</p>" for x in before) + f"<table border='1'>{body}</table>"
                        + "".join(f"<p>{x}</p>" for x in after) + "</body></html>", encoding="utf-8")
        return path
    import docx

    path = tmp_path / "merged.docx"
    document = docx.Document()
    for line in before:
        document.add_paragraph(line)
    table = document.add_table(rows=len(rows), cols=len(rows[0]))
    table.style = "Table Grid"
    for r, row in enumerate(rows):
        for c, cell in enumerate(row):
            if isinstance(cell, tuple):
                table.cell(r, c).merge(table.cell(r + cell[1] - 1, c)).text = cell[0]
            elif cell is not None:
                table.cell(r, c).text = cell
    for line in after:
        document.add_paragraph(line)
    document.save(path)
    return path


def print_to_pdf(docx_files: list[Path]) -> list[Path]:
    """Each Word file (all in one folder, named apart) printed by LibreOffice to a PDF beside it, all in one start: for
    a module's fixture to print every PDF case at once (a start a case cost test_periods_s37's and _s38's PDF cases
    6.7 s each in s49's full run, at load ~10)."""
    from task_layouts.render import convert

    folders = {path.parent for path in docx_files}
    assert len(folders) <= 1, f"one folder for all, not {sorted(folders)}"
    if docx_files:
        convert(docx_files, "pdf", docx_files[0].parent)
    return [path.with_suffix(".pdf") for path in docx_files]


def write_column_ruled_docx(path: Path, head: tuple[str, ...], header: list[str], rows: list[list[str]],
                            widths: tuple[float, ...], closing: tuple[str, ...] = ("Nơi nhận:", "- Lưu: VT."), *,
                            repeat_header: bool = False, split_rows: bool = True, landscape: bool = False,
                            aligned: dict[int, str] | None = None, centred_numbers: bool = False,
                            grid: bool = False) -> Path:
    """A DOCX of ``head`` (a paragraph a line), one table ruled between its columns only (outer borders, the rules
    between columns and one under the header; none between rows) and ``closing``, as LibreOffice prints plans' task
    tables for the PDF tests. ``widths``: each column's, in cm; ``repeat_header``: printed again on each page;
    ``split_rows``: a row may break across pages; ``aligned``: column -> "c" (its cells centred down their rows) or
    "b" (at their foot), under the header; ``centred_numbers``: the first column's texts centred across it."""
    from docx import Document as Docx
    from docx.enum.section import WD_ORIENT
    from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Cm
    from task_layouts.render import _borders

    aligned = aligned or {}
    d = Docx()
    if landscape:
        section = d.sections[0]
        width, height = section.page_width, section.page_height
        section.orientation, section.page_width, section.page_height = WD_ORIENT.LANDSCAPE, height, width
    for line in head:
        d.add_paragraph(line)
    t = d.add_table(rows=1 + len(rows), cols=len(header))
    t.style = "Table Grid"
    t.autofit = False
    _borders(t._tbl.tblPr, "w:tblBorders", {e: e in ("top", "bottom", "left", "right", "insideV") or grid
                                            for e in ("top", "left", "bottom", "right", "insideH", "insideV")})
    for column, width in zip(t._tbl.tblGrid.findall(qn("w:gridCol")), widths):
        column.set(qn("w:w"), str(int(Cm(width).twips)))
    for r, row in enumerate([header, *rows]):
        if (r == 0 and repeat_header) or (r and not split_rows):
            t.rows[r]._tr.get_or_add_trPr().append(OxmlElement("w:tblHeader" if r == 0 else "w:cantSplit"))
        for c, text in enumerate(row):
            cell = t.cell(r, c)
            cell.width = Cm(widths[c])
            cell.text = text
            if r == 0:
                _borders(cell._tc.get_or_add_tcPr(), "w:tcBorders", {"bottom": True})
            elif c in aligned:
                cell.vertical_alignment = (WD_CELL_VERTICAL_ALIGNMENT.CENTER if aligned[c] == "c"
                                           else WD_CELL_VERTICAL_ALIGNMENT.BOTTOM)
            if r and c == 0 and centred_numbers:
                cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    for line in closing:
        d.add_paragraph(line)
    d.save(path)
    return path


def printed_and_read(folder: Path, writers: dict[str, Callable[[Path], object]]) -> dict[str, tuple[Path, Document,
                                                                                                    Document]]:
    """Each DOCX of ``writers`` (name -> what writes it at a path) written in ``folder``, all printed to PDF by
    LibreOffice in one run (a print costs seconds: once a module), and both read: name -> (the PDF, the DOCX read, the
    PDF read)."""
    sources = []
    for name, write in writers.items():
        sources.append(folder / f"{name}.docx")
        write(sources[-1])
    print_to_pdf(sources)
    return {name: (folder / f"{name}.pdf", process(folder / f"{name}.docx"), process(folder / f"{name}.pdf"))
            for name in writers}


def cases_left(names, left: dict[str, str], session: str) -> list:
    """The test cases ``names``, those of ``left`` (name -> why) as strict xfails (a fix makes them fail until the
    entry is removed)."""
    return [pytest.param(name, marks=pytest.mark.xfail(strict=True, reason=f"left ({session}): {left[name]}"))
            if name in left else name for name in names]


def line_edge(x0: float, x1: float, top: float, bottom: float) -> dict:
    """A rule as pdfplumber gives a PDF's edges: horizontal where its top is its bottom, else vertical."""
    return {"object_type": "line_edge", "x0": x0, "x1": x1, "top": top, "bottom": bottom, "width": x1 - x0,
            "height": bottom - top, "orientation": "h" if top == bottom else "v"}


def task_fields(task) -> tuple:
    """A task's number, wording, lead and support names and deadline text, spaces collapsed (a PDF's wraps)."""
    return (task.number, " ".join(task.content.split()), [m.name for m in task.lead], [m.name for m in task.support],
            " ".join(task.deadline.text.split()) if task.deadline else None)


# A plan whose title is a span of years (no year of its own), and the close of a plan: the deadline tests' documents
SPAN_PLAN_HEAD = ["ỦY BAN NHÂN DÂN", "TỈNH QUẢNG TRỊ", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                  "Số: 88/KH-UBND", "Quảng Trị, ngày 15 tháng 3 năm 2026", "KẾ HOẠCH",
                  "Thực hiện Chương trình chuyển đổi số giai đoạn 2026-2030", "I. MỤC ĐÍCH, YÊU CẦU",
                  "Bảo đảm thực hiện đồng bộ các nhiệm vụ.", "II. NHIỆM VỤ CỤ THỂ"]
PLAN_END = ["III. TỔ CHỨC THỰC HIỆN", "Các sở, ngành triển khai thực hiện Kế hoạch này.", "Nơi nhận:", "- Như trên;",
            "- Lưu: VT.", "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Trần Văn Bình"]
_TIME_CELL_LEADS = ["Sở Nội vụ", "Sở Tư pháp", "Sở Tài chính", "Sở Y tế", "Sở Xây dựng", "Công an tỉnh"]


def write_time_cells(tmp_path: Path, head: list[str], cells: list[str], form: str, end: list[str] = PLAN_END,
                     leads: list[str] = _TIME_CELL_LEADS) -> Path:
    """A plan of ``head``, one task a time cell of ``cells`` (their leads ``leads`` in turn) and ``end``: a table "STT |
    Nội dung nhiệm vụ | Cơ quan chủ trì | Thời gian hoàn thành" ("html", "docx", "pdf": ``write_with_table``), or
    numbered items whose lead and time are labelled lines ("text")."""
    leads = [leads[k % len(leads)] for k in range(len(cells))]
    if form != "text":
        rows = [["STT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Thời gian hoàn thành"]]
        rows += [[str(k + 1), f"Triển khai nhóm việc số {k + 1} của kế hoạch", lead, cell]
                 for k, (lead, cell) in enumerate(zip(leads, cells))]
        return write_with_table(tmp_path, head, rows, end, form)
    items = [f"{k + 1}. Triển khai nhóm việc số {k + 1} của kế hoạch\n- Cơ quan chủ trì: {lead}.\n"
             f"- Thời gian hoàn thành: {cell}." for k, (lead, cell) in enumerate(zip(leads, cells))]
    path = tmp_path / "doc.txt"
    path.write_text("\n".join(head + items + end) + "\n", encoding="utf-8")
    return path


@pytest.fixture
def write_text(tmp_path):
    """Write lines to a .txt file and return its path."""

    def _write(text: str, name: str = "doc.txt", encoding: str = "utf-8") -> Path:
        path = tmp_path / name
        path.write_bytes(text.encode(encoding))
        return path

    return _write


@pytest.fixture
def cleaned(write_text):
    """Run the reader and the clean stage on some text."""

    def _cleaned(text: str) -> Document:
        return clean(parsers.read(write_text(text)))

    return _cleaned


@pytest.fixture
def processed(write_text):
    """Run the whole pipeline on some text."""

    def _processed(text: str) -> Document:
        return process(write_text(text))

    return _processed


@pytest.fixture(scope="session")
def corpus_docs() -> dict[str, Document]:
    """Every corpus document, processed once, keyed by the sample's number ("000" …)."""
    return {p.name[:3]: process(p.relative_to(ROOT)) for p in corpus_files()}


@pytest.fixture(scope="session")
def sample_variants(tmp_path_factory):
    """``sample_variants(formats, font)``: the corpus samples made into other formats (scripts/make_variants.py's
    ``make_many``, every format in the serif face unless told), made once a run for every module and both xdist
    workers (each making them took the samples' pipeline runs and a LibreOffice start). They are kept beside the
    workers' temporary folders, in a folder named by the samples' bytes, what was asked and the code that makes them
    (make_variants, pipeline/, parsers/); the first worker to ask makes them under a lock, the other waits and reads
    them. Read them, never change them."""
    sys.path.insert(0, str(ROOT / "scripts"))
    from make_variants import FORMATS, SERIF, make_many

    base = tmp_path_factory.getbasetemp()
    shared = base.parent if os.environ.get("PYTEST_XDIST_WORKER") else base  # the run's folder, not the machine's
    code = [ROOT / "scripts" / "make_variants.py", *sorted(
        p for folder in ("pipeline", "parsers") for p in (ROOT / folder).rglob("*")
        if p.is_file() and "__pycache__" not in p.parts)]

    def made(formats: tuple[str, ...] = FORMATS, font: str = SERIF) -> dict[Path, dict[str, Path]]:
        samples = corpus_files()
        digest = hashlib.sha256(repr((formats, font)).encode())
        for path in samples + code:
            digest.update(path.relative_to(ROOT).as_posix().encode() + b"\0" + path.read_bytes())
        folder = shared / f"variants-{digest.hexdigest()[:16]}"
        with open(shared / f"{folder.name}.lock", "w") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX)  # released when the file closes, or when its process dies
            if not folder.exists():
                building = shared / f"{folder.name}.building"  # renamed when whole: a killed build is never read
                shutil.rmtree(building, ignore_errors=True)
                files = make_many(samples, building, formats, font)
                names = {sample.name: {fmt: path.name for fmt, path in by_format.items()} for sample, by_format in files.items()}
                (building / "made.json").write_text(json.dumps(names), encoding="utf-8")
                building.rename(folder)
        names = json.loads((folder / "made.json").read_text(encoding="utf-8"))
        return {sample: {fmt: folder / name for fmt, name in names[sample.name].items()} for sample in samples}

    return made


# ---------------------------------------------------------------------------------------------------
# Tesseract's readings kept for the run: many scan tests read a page, then process the same file (or build the same
# page for several cases), and each reading of an identical image is the same call. In the modules listed, the OCR
# cache of parsers/tesseract.py is on, in a folder of this run shared by the xdist workers (none is kept between
# runs): an identical call is read once. Only modules that neither fake Tesseract's program nor time it, since a kept
# reading would stand in for the fake or never reach the time limit (their fakes replace whole readings, ocr.read_words).
# test_textlayer_s36 draws one scan under five garbage text layers: the page's image, so its reading, is the same.
OCR_READ_ONCE_MODULES = frozenset({"test_scan_tables", "test_scan_cells", "test_handwriting_s42_scans", "test_textlayer_s36"})


@pytest.fixture(scope="session")
def run_ocr_cache(tmp_path_factory) -> Path:
    base = tmp_path_factory.getbasetemp()
    return (base.parent if os.environ.get("PYTEST_XDIST_WORKER") else base) / "ocr-cache"


@pytest.fixture(autouse=True)
def _ocr_read_once_a_run(request, monkeypatch):
    if request.path.stem in OCR_READ_ONCE_MODULES:
        from parsers.tesseract import OCR_CACHE_VARIABLE

        monkeypatch.setenv(OCR_CACHE_VARIABLE, str(request.getfixturevalue("run_ocr_cache")))


# ---------------------------------------------------------------------------------------------------
# PostgreSQL: a throw-away cluster for the session (Debian's postgresql package, which `make test` installs)

_DATABASE_NUMBERS = itertools.count(1)


@pytest.fixture(scope="session")
def postgres_cluster():
    """A PostgreSQL server in a temporary folder, listening only on a Unix socket there, removed at the end of the
    session (pipeline.outputs.pglocal); yields the folder."""
    from pipeline.outputs import pglocal

    if pglocal.postgres_bin() is None:
        pytest.skip("PostgreSQL not installed (Debian package postgresql: scripts/install-system-deps.sh test)")
    with pglocal.throwaway() as folder:
        yield folder


@pytest.fixture
def postgres_url(postgres_cluster):
    """A new, empty database of the session's server, as --db takes it."""
    from pipeline.outputs import pglocal

    name = f"test_{next(_DATABASE_NUMBERS)}"
    pglocal.create_database(postgres_cluster, name)
    return pglocal.url(postgres_cluster, name)


@pytest.fixture(params=["sqlite", "postgresql"])
def db_target(request, tmp_path):
    """The database to write, on each backend: a SQLite file, or a PostgreSQL database's URL."""
    if request.param == "sqlite":
        return tmp_path / "plans.db"
    return request.getfixturevalue("postgres_url")


def open_database(target):
    """A connection to read what an ingest wrote, on either backend: ``execute(sql, params)`` and ``query`` with
    ``?`` placeholders."""
    from pipeline.outputs.load import connect, is_postgres

    if is_postgres(target):
        from pipeline.outputs.postgres import PostgresDatabase

        return PostgresDatabase(str(target))
    return connect(target)
