"""Each format beside its library's floor, measured side by side in one run (issue 20), plus peak memory on a
200-page PDF, start-up and a no-change re-ingest of 2,000 files. Replaces its sections in bench/RESULTS.md.

    .venv/bin/python bench/floors.py [--runs 3] [--only txt,html,docx,pdf,scan,doc,memory,startup,reingest]

Floors (what the library alone does with the same file):
- text PDF: pypdfium2 opens the file and extracts every page's text;
- DOCX: python-docx opens the file and walks its paragraphs and every table cell's text;
- HTML: lxml.html parses the page's bytes;
- txt: the file read, decoded, normalised to NFC and scanned line by line with one regex;
- scan PDF: every page rendered by pypdfium2 at the project's DPI and read by Tesseract as the project calls it
  (same language, page segmentation and TSV output, OMP_THREAD_LIMIT=1);
- .doc: LibreOffice converting the file to DOCX in a fresh profile, as the project does.
For every file and run, the floor and ``process(path)`` run one after the other (their order alternating), and
each is timed in CPU seconds of this process and its children (Tesseract, LibreOffice). The table gives the
median per document of each and the ratio of their sums over the files (per-file medians).
"""

from __future__ import annotations

import argparse
import os
import json
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import unicodedata
from pathlib import Path
from typing import Callable

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from pipeline.errors import PipelineError  # noqa: E402
from writer import child_cpu, startup  # noqa: E402  (bench/writer.py: CPU time of a command; start-up commands)
from pipeline.run import prepare_worker, process  # noqa: E402

SHARED = ROOT.parent / "shared"
REALDOCS, REALDOCS2 = SHARED / "realdocs", SHARED / "realdocs2"
WORK = ROOT / "output" / "bench"
VARIANTS = WORK / "variants"
RESULTS = ROOT / "bench" / "RESULTS.md"
# Issue 20 names a library floor and a target for every format but plain text: no library reads a .txt file, so its
# row only shows what the stages after reading cost (its "floor" is a one-regex scan), with no target.
TARGETS = {"pdf": 3.0, "html": 2.0, "docx": 1.2, "txt": None, "scan": 1.2, "doc": 1.2}
LABELS = {"pdf": "text PDF", "html": "HTML", "docx": "DOCX", "txt": "txt", "scan": "scan PDF", "doc": ".doc"}
MEMORY_PAGES = 200
REINGEST_FILES = 2000


# ---------------------------------------------------------------------------------------------------------------
# The files


def variants(formats: tuple[str, ...], samples: list[Path] | None = None) -> list[dict[str, Path]]:
    """The corpus samples made into other formats (scripts/make_variants.py), made once and kept in output/bench."""
    from make_variants import make

    made = []
    for sample in samples or sorted((ROOT / "corpus").glob("*.txt")):
        expected = {fmt: VARIANTS / f"{sample.stem}.{fmt}" for fmt in formats}
        made.append(expected if all(p.exists() for p in expected.values()) else make(sample, VARIANTS, formats))
    return made


def readable(path: Path) -> bool:
    try:
        process(path)
        return True
    except PipelineError:  # e.g. vbpl pages that say "Văn bản không tồn tại": refused by design
        return False


def real(folder: Path, pattern: str, exclude: str | None = None) -> list[Path]:
    return [p for p in sorted(folder.glob(pattern)) if exclude is None or not re.search(exclude, p.name)] if folder.exists() else []


def files(fmt: str) -> list[Path]:
    if fmt == "txt":
        return sorted((ROOT / "corpus").glob("*.txt"))
    if fmt == "html":
        return [m["html"] for m in variants(("html",))] + [p for p in real(REALDOCS / "vbpl-html", "*.html") if readable(p)] \
            + real(REALDOCS2, "*.html")
    if fmt == "docx":
        return [m["docx"] for m in variants(("docx",))] + real(REALDOCS, "*.docx")
    if fmt == "pdf":  # text PDFs: the variants, and the real ones that are neither scans nor mojibake read by OCR
        return [m["pdf"] for m in variants(("pdf",))] + real(REALDOCS, "*.pdf", "scan") \
            + real(REALDOCS2, "*.pdf", "scan|mojibake|badocr|multidoc|2docs")
    if fmt == "scan":  # the short ones: at 1-2 s a page, the long samples would take the whole run
        sample = ROOT / "corpus" / "004_bb67436c3e8d90f2.txt"
        return [variants(("scan.pdf",), [sample])[0]["scan.pdf"]] + real(REALDOCS, "*scan.pdf")
    if fmt == "doc":
        return [doc_variant(ROOT / "corpus" / "004_bb67436c3e8d90f2.txt")] + real(REALDOCS, "*.doc")
    raise ValueError(fmt)


def doc_variant(sample: Path) -> Path:
    """A .doc made from the sample's DOCX through ODT (straight DOCX→DOC loses python-docx tables)."""
    target = VARIANTS / f"{sample.stem}.doc"
    if not target.exists():
        docx = variants(("docx",), [sample])[0]["docx"]
        with tempfile.TemporaryDirectory() as tmp:
            for source, to in ((docx, "odt"), (Path(tmp) / f"{sample.stem}.odt", "doc")):
                subprocess.run(["soffice", f"-env:UserInstallation=file://{tmp}/profile", "--headless", "--convert-to", to,
                                "--outdir", tmp, str(source)], check=True, capture_output=True, timeout=300)
            shutil.move(Path(tmp) / f"{sample.stem}.doc", target)
    return target


# ---------------------------------------------------------------------------------------------------------------
# The floors


def pdf_floor(path: Path) -> None:
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(path)
    for index in range(len(pdf)):
        page = pdf[index]
        text_page = page.get_textpage()
        text_page.get_text_range()
        text_page.close()
        page.close()
    pdf.close()


def docx_floor(path: Path) -> None:
    import docx

    document = docx.Document(str(path))
    for paragraph in document.paragraphs:
        paragraph.text
    for table in document.tables:
        for row in table.rows:
            for cell in row.cells:
                cell.text


def html_floor(path: Path) -> None:
    import lxml.html

    lxml.html.document_fromstring(path.read_bytes())


_NUMBERED = re.compile(r"^\s*(?:[IVXLC]+|\d+(?:\.\d+)*|[a-zđ])[.)]\s")


def txt_floor(path: Path) -> None:
    text = unicodedata.normalize("NFC", path.read_bytes().decode("utf-8"))
    for line in text.splitlines():
        _NUMBERED.match(line)


def scan_floor(path: Path) -> None:
    import pypdfium2 as pdfium

    from parsers import ocr

    pdf = pdfium.PdfDocument(path)
    for index in range(len(pdf)):
        page = pdf[index]
        image = page.render(scale=ocr.render_scale(page)).to_pil()
        ocr._tesseract(image, "-l", ocr.LANGUAGE, "--psm", "3", "tsv")
        page.close()
    pdf.close()


def doc_floor(path: Path) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(["soffice", f"-env:UserInstallation=file://{tmp}/profile", "--headless", "--convert-to", "docx",
                        "--outdir", tmp, str(path)], check=True, capture_output=True, timeout=300)


FLOORS: dict[str, tuple[str, Callable[[Path], None]]] = {
    "txt": ("read, NFC, one regex a line", txt_floor),
    "html": ("lxml.html parse", html_floor),
    "docx": ("python-docx paragraphs + cells", docx_floor),
    "pdf": ("pypdfium2 text of every page", pdf_floor),
    "scan": ("pypdfium2 render + Tesseract vie", scan_floor),
    "doc": ("LibreOffice → DOCX", doc_floor),
}


def cpu_seconds(work: Callable[[], object]) -> float:
    """CPU seconds (user + system) of this process and of the children it waited for while ``work`` ran."""
    def total() -> float:
        own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
        return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime

    start = total()
    work()
    return total() - start


def side_by_side(fmt: str, runs: int) -> dict:
    paths = files(fmt)
    _, floor = FLOORS[fmt]
    for path in paths:  # warm-up: imports, caches, the registry
        floor(path)
        process(path)
    project: dict[Path, list[float]] = {p: [] for p in paths}
    library: dict[Path, list[float]] = {p: [] for p in paths}
    for run in range(runs):
        for index, path in enumerate(paths):
            pair = [(library, lambda: floor(path)), (project, lambda: process(path))]
            for times, work in (pair if (run + index) % 2 == 0 else pair[::-1]):
                times[path].append(cpu_seconds(work))
    project_ms = [1000 * statistics.median(t) for t in project.values()]
    library_ms = [1000 * statistics.median(t) for t in library.values()]
    return {"format": fmt, "files": len(paths), "project_ms": statistics.median(project_ms),
            "floor_ms": statistics.median(library_ms), "ratio": sum(project_ms) / sum(library_ms),
            "worst": max(((p / f, path.name) for p, f, path in zip(project_ms, library_ms, paths)), default=(0, ""))}


# ---------------------------------------------------------------------------------------------------------------
# Memory, start-up, re-ingest


def long_pdf(pages: int = MEMORY_PAGES) -> Path:
    """A text PDF of ``pages`` pages with ruled tables: the samples' PDF variants, one after another, repeated."""
    import pypdfium2 as pdfium

    target = WORK / f"long_{pages}_pages.pdf"
    if target.exists():
        return target
    long = pdfium.PdfDocument.new()
    sources = [pdfium.PdfDocument(m["pdf"]) for m in variants(("pdf",))]
    while len(long) < pages:
        for source in sources:
            if (room := pages - len(long)) > 0:  # (an empty list would import every page)
                long.import_pages(source, list(range(min(len(source), room))))
    long.save(target)
    return target


# Runs process() on one file in a fresh interpreter, readied as a worker is, and prints its peak RSS and CPU time.
# The peak is the kernel's high-water mark of this process's memory (VmHWM): getrusage's ru_maxrss would carry
# over the size of the process that started it (Linux keeps it across exec), and this one is large after the scans.
_PEAK = """
import json, resource, sys, time
sys.path.insert(0, sys.argv[1])
from pipeline.run import prepare_worker, process
prepare_worker()
start = time.process_time()
doc = process(sys.argv[2])
cpu = time.process_time() - start
try:
    with open("/proc/self/status") as status:
        peak = next(int(line.split()[1]) for line in status if line.startswith("VmHWM:"))
except (OSError, StopIteration):
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(json.dumps({"peak_kib": peak, "cpu": cpu, "blocks": len(doc.blocks), "tables": len(doc.tables)}))
"""


def memory() -> dict:
    import pypdfium2 as pdfium

    path = long_pdf()
    result = json.loads(subprocess.run([sys.executable, "-c", _PEAK, str(ROOT), str(path)], check=True,
                                       capture_output=True, text=True).stdout)
    return {**result, "pages": len(pdfium.PdfDocument(path)), "file": path.name}


def small_files(count: int = REINGEST_FILES) -> Path:
    """``count`` short text documents, each different (a number and a date of its own)."""
    folder = WORK / f"small_{count}"
    if folder.exists() and len(list(folder.iterdir())) == count:
        return folder
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    for i in range(count):
        (folder / f"{i:05d}.txt").write_text(
            "ỦY BAN NHÂN DÂN\nTỈNH LÀO CAI\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
            f"Số: {i + 1}/KH-UBND\nLào Cai, ngày {i % 28 + 1} tháng {i % 12 + 1} năm 2025\nKẾ HOẠCH\n"
            f"Kiểm tra công tác cải cách hành chính đợt {i + 1}\nI. MỤC ĐÍCH\n1. Đánh giá kết quả thực hiện.\n",
            encoding="utf-8")
    return folder


def reingest(runs: int, workers: int = 2) -> dict:
    """A fresh ingest of 2,000 small files, then no-change re-ingests: wall and CPU seconds (medians)."""
    folder = small_files()
    with tempfile.TemporaryDirectory() as tmp:
        command = [sys.executable, "-m", "pipeline", "ingest", str(folder), "--db", f"{tmp}/plans.db",
                   "--json-dir", f"{tmp}/json", "--workers", str(workers)]
        start = time.perf_counter()
        fresh_cpu = child_cpu(command)
        fresh = time.perf_counter() - start
        again, again_cpu = [], []
        for _ in range(runs):
            start = time.perf_counter()
            again_cpu.append(child_cpu(command))
            again.append(time.perf_counter() - start)
    return {"files": REINGEST_FILES, "fresh_s": fresh, "fresh_cpu": fresh_cpu,
            "again_s": statistics.median(again), "again_cpu": statistics.median(again_cpu)}


# ---------------------------------------------------------------------------------------------------------------
# The report


def replace_section(text: str, heading: str, body: str) -> str:
    """``text`` with the section under ``## heading`` replaced by ``body`` (added at the end when absent)."""
    section = f"## {heading}\n\n{body.rstrip()}\n"
    pattern = re.compile(rf"^## {re.escape(heading)}\n.*?(?=^## |\Z)", re.S | re.M)
    if pattern.search(text):
        return pattern.sub(lambda _: section + "\n", text).rstrip() + "\n"
    return text.rstrip() + "\n\n" + section


def formats_table(rows: list[dict], command: str, kept: list[str] = ()) -> str:
    """The table of ``rows``, then the rows ``kept`` from the table before (formats this command did not measure)."""
    lines = [f"Command: `{command}`, {time.strftime('%Y-%m-%d %H:%M')}. CPU time of this process and its children,",
             "per document: medians of the per-file medians; ratio = sum of the project's per-file medians / sum of the",
             "floor's. The worst file is the one with the highest ratio."
             + (" Rows marked * are kept from the run before, which measured every format." if kept else ""), "",
             "| format | files | floor | floor ms/doc | project ms/doc | ratio | target | worst file (ratio) |",
             "|---|---|---|---|---|---|---|---|"]
    for r in rows:
        target = TARGETS[r["format"]]
        goal = "none (no library floor)" if target is None else \
            f"≤ {target}× ({'met' if r['ratio'] <= target else '**not met**'})"
        lines.append(f"| {LABELS[r['format']]} | {r['files']} | {FLOORS[r['format']][0]} | {r['floor_ms']:.1f} | "
                     f"{r['project_ms']:.1f} | {r['ratio']:.2f}× | {goal} | "
                     f"{r['worst'][1]} ({r['worst'][0]:.2f}×) |")
    return "\n".join(lines + [line if line.startswith("| *") else f"| *{line[2:]}" for line in kept])


def rows_not_measured(text: str, rows: list[dict]) -> list[str]:
    """The lines of the formats table in ``text`` whose format is not among ``rows``."""
    measured = {LABELS[r["format"]] for r in rows}
    found = re.search(r"^## Each format beside its library's floor\n(.*?)(?=^## |\Z)", text, re.S | re.M)
    lines = found.group(1).splitlines() if found else []
    return [line for line in lines if line.startswith("| ") and not line.startswith("| format")
            and line.split("|")[1].strip(" *") not in measured]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--only", default="txt,html,docx,pdf,scan,doc,memory,startup,reingest")
    parser.add_argument("--out", type=Path, default=RESULTS)
    args = parser.parse_args()
    wanted = args.only.split(",")
    command = f".venv/bin/python bench/floors.py --runs {args.runs}" + ("" if args.only == parser.get_default("only") else f" --only {args.only}")
    text = args.out.read_text(encoding="utf-8") if args.out.exists() else "# Benchmark results\n"
    prepare_worker()
    rows = []
    for fmt in (f for f in FLOORS if f in wanted):
        rows.append(side_by_side(fmt, args.runs))
        print(formats_table(rows[-1:], command).splitlines()[-1], file=sys.stderr)
    if rows:
        text = replace_section(text, "Each format beside its library's floor",
                               formats_table(rows, command, rows_not_measured(text, rows)))
    if "memory" in wanted:
        m = memory()
        text = replace_section(text, "Peak memory on a long PDF", "\n".join([
            f"Command: `{command}`. One worker process (`process()` in a fresh interpreter) on `output/bench/{m['file']}`",
            f"({m['pages']} pages: the samples' PDF variants, ruled tables included, repeated). Target ≤ 300 MiB.", "",
            "| pages | blocks | tables | CPU s | peak RSS, MiB |", "|---|---|---|---|---|",
            f"| {m['pages']} | {m['blocks']} | {m['tables']} | {m['cpu']:.1f} | {m['peak_kib'] / 1024:.0f} |"]))
    if "startup" in wanted:
        s = startup(args.runs)  # the commands bench/writer.py times
        text = replace_section(text, "Start-up", "\n".join([
            f"Command: `{command}` (the commands of bench/writer.py), {time.strftime('%Y-%m-%d %H:%M')}, load average",
            f"(1 min) {os.getloadavg()[0]:.1f}. CPU seconds (user + system) of the whole command, medians, the package's",
            "modules compiled to bytecode first, as an install compiles them. Target < 0.3 s each.", "",
            "| command | CPU s |", "|---|---|",
            *(f"| {name} | {seconds:.2f} |" for name, seconds in s.items())]))
    if "reingest" in wanted:
        r = reingest(args.runs)
        text = replace_section(text, "No-change re-ingest", "\n".join([
            f"Command: `{command}`. `kehoach ingest --workers 2` on {r['files']} short text documents",
            "(output/bench/small_2000), then again with nothing changed (median). Target < 2 s.", "",
            "| files | fresh ingest, s (CPU s) | no-change re-ingest, s (CPU s) |", "|---|---|---|",
            f"| {r['files']} | {r['fresh_s']:.1f} ({r['fresh_cpu']:.1f}) | {r['again_s']:.2f} ({r['again_cpu']:.2f}) |"]))
    args.out.write_text(text, encoding="utf-8")
    print(text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
