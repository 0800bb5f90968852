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


def write_with_table(tmp_path: Path, before: list[str], rows: list[list[str]], after: list[str], form: str) -> Path:
    """Paragraphs, a real table of ``rows``, paragraphs: an HTML page ("html"), a Word file ("docx") or that Word file
    converted by LibreOffice ("pdf")."""
    if form == "html":
        path = tmp_path / "doc.html"
        cells = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rows)
        path.write_text("<html><body>" + "".join(f"<p>{x}</p>" for x in before) + f"<table border='1'>{cells}</table>"
                        + "".join(f"<p>{x}</p>" for x in after) + "</body></html>", encoding="utf-8")
        return path
    import docx

    path = tmp_path / "doc.docx"
    document = docx.Document()
    for line in before:
        document.add_paragraph(line)
    table = document.add_table(rows=len(rows), cols=len(rows[0]))
    table.style = "Table Grid"
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    for line in after:
        document.add_paragraph(line)
    document.save(path)
    if form == "pdf":
        from task_layouts.render import convert

        convert([path], "pdf", tmp_path)
        path = tmp_path / "doc.pdf"
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
