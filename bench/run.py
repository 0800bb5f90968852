"""The benchmark behind `make bench`: throughput per format, OCR speed and error rate, peak memory,
no-change re-ingest, and scaling from 200 to 2,000 documents. Writes the table to bench/RESULTS.md.

    .venv/bin/python bench/run.py [--docs 2000] [--runs 3] [--workers 2] [--out bench/RESULTS.md]

The corpus (output/bench/, rebuilt only when missing) is made of the five samples as text, HTML,
DOCX and text PDF (scripts/make_variants.py), the real DOCX and text PDFs and the vbpl pages of
../shared/realdocs, each copy made unique (another number in text and HTML, an archive comment in
DOCX, a trailing PDF comment) so that no two files share a hash. Scans are timed apart: at about a
second a page they would hide everything else.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))
sys.path.insert(0, str(ROOT / "tests"))

import pypdfium2  # noqa: E402

from format_invariance import body_text, cer  # noqa: E402
from make_variants import make  # noqa: E402
from pipeline.errors import PipelineError  # noqa: E402
from pipeline.run import prepare_worker, process  # noqa: E402

REALDOCS = ROOT.parent / "shared" / "realdocs"
WORK = ROOT / "output" / "bench"
# Share of each format in the corpus, roughly what a clerk's folder holds.
MIX = {"txt": 0.45, "html": 0.3, "docx": 0.2, "pdf": 0.05}
THROUGHPUT_FILES = {"txt": 40, "html": 40, "docx": 40, "pdf": 10}  # files per format timed in one process
DOC_NUMBER = re.compile(r"(Số[:\s]*)(\d+)(/)")
SCALE_SECTION = "## At scale"  # written by bench/scale.py, after this script's sections


def sources() -> dict[str, list[Path]]:
    """The distinct documents the corpus is replicated from, by format."""
    samples = sorted((ROOT / "corpus").glob("*.txt"))
    variants = WORK / "variants"
    made = [make(sample, variants, ("html", "docx", "pdf")) for sample in samples]
    return {
        "txt": samples,
        "html": [m["html"] for m in made] + [p for p in sorted((REALDOCS / "vbpl-html").glob("*.html")) if readable(p)],
        "docx": [m["docx"] for m in made] + sorted(REALDOCS.glob("*.docx")),
        "pdf": [m["pdf"] for m in made] + [REALDOCS / "017_lamdong-snv-totrinh05.pdf"],
    }


def readable(path: Path) -> bool:
    """Some vbpl pages say "Văn bản không tồn tại": refused by design, so not part of a speed test."""
    try:
        process(path)
        return True
    except PipelineError:
        return False


def unique_copy(source: Path, target: Path, index: int) -> None:
    """A copy of ``source`` that reads the same (or with another document number) but hashes differently."""
    suffix = source.suffix.lower()
    if suffix in (".txt", ".html"):
        text = source.read_text(encoding="utf-8")
        changed, count = DOC_NUMBER.subn(lambda m: f"{m[1]}{index}{m[3]}", text, count=1)
        if not count:  # an unnumbered draft: a trailing blank line per copy keeps the hashes apart
            changed = text + "\n" * (index + 1)
        target.write_text(changed, encoding="utf-8")
    elif suffix == ".docx":
        with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as new:
            for item in old.infolist():
                new.writestr(item, old.read(item.filename))
            new.comment = f"bench copy {index}".encode()
    else:
        target.write_bytes(source.read_bytes() + f"\n% bench copy {index}\n".encode())


def build_corpus(total: int, mix: dict[str, float] = MIX, name: str = "corpus", by_format=None) -> Path:
    """``total`` unique copies of the sources (``by_format``, default ``sources()``) in the shares of ``mix``, in
    output/bench/<name>_<total>/ (kept: rebuilt only when its count is off)."""
    folder = WORK / f"{name}_{total}"
    if folder.exists() and len(list(folder.iterdir())) == total:
        return folder
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    by_format = by_format or sources()
    index = 0
    for fmt, share in mix.items():
        files = by_format[fmt]
        for i in range(round(total * share)):
            source = files[i % len(files)]
            unique_copy(source, folder / f"{index:05d}_{source.stem[:24]}{source.suffix}", index)
            index += 1
    return folder


def throughput(corpus: Path, runs: int) -> list[dict]:
    """Documents/s and MB/s per format, one process (so: per core), median of ``runs``. The process is
    readied as an ingest worker is (``prepare_worker``)."""
    prepare_worker()
    rows = []
    for fmt in MIX:
        files = sorted(corpus.glob(f"*.{fmt}"))[:THROUGHPUT_FILES[fmt]]
        size = sum(f.stat().st_size for f in files)
        times = []
        for _ in range(runs):
            start = time.perf_counter()
            for path in files:
                process(path)
            times.append(time.perf_counter() - start)
        seconds = statistics.median(times)
        rows.append({"format": fmt, "files": len(files), "docs_per_s": len(files) / seconds,
                     "mb_per_s": size / 1e6 / seconds, "ms_per_doc": 1000 * seconds / len(files)})
    return rows


# Runs one ingest in a child and reports its wall time and the peak RSS of the largest process in it.
MEASURE = """
import resource, subprocess, sys, time, json
start = time.perf_counter()
code = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL).returncode
print(json.dumps({"seconds": time.perf_counter() - start, "code": code,
                  "peak_kib": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss}))
"""


def timed_ingest(corpus: Path, db: Path, workers: int) -> dict:
    command = [sys.executable, "-m", "pipeline", "ingest", str(corpus), "--db", str(db),
               "--json-dir", str(db.parent / "json"), "--workers", str(workers)]
    result = json.loads(subprocess.run([sys.executable, "-c", MEASURE, *command], cwd=ROOT, check=True,
                                       capture_output=True, text=True).stdout)
    if result["code"] not in (0, 3):
        raise SystemExit(f"ingest failed ({result['code']}): {' '.join(command)}")
    return result


def ingest_runs(corpus: Path, runs: int, workers: int) -> dict:
    """Fresh ingests and no-change re-ingests of ``corpus``; medians."""
    fresh, again = [], []
    for run in range(runs):
        out = WORK / "runs" / f"{corpus.name}_{run}"
        shutil.rmtree(out, ignore_errors=True)
        out.mkdir(parents=True)
        fresh.append(timed_ingest(corpus, out / "plans.db", workers))
        again.append(timed_ingest(corpus, out / "plans.db", workers))
    return {"seconds": statistics.median(r["seconds"] for r in fresh),
            "again_seconds": statistics.median(r["seconds"] for r in again),
            "peak_mib": max(r["peak_kib"] for r in fresh) / 1024}


def ocr(runs: int) -> list[dict]:
    """Seconds per page and character error rate (against the text PDF) of the scanned samples and
    the real scanned decision."""
    rows = []
    for sample in sorted((ROOT / "corpus").glob("*.txt")):
        made = make(sample, WORK / "variants", ("pdf", "scan.pdf"))
        reference = body_text(process(made["pdf"]))
        rows.append(ocr_row(made["scan.pdf"], runs, reference))
    rows.append(ocr_row(REALDOCS / "004_laocai-qd2336-ctdt-kcn-phuxuan-scan.pdf", runs, None))
    return rows


def ocr_row(scan: Path, runs: int, reference: str | None) -> dict:
    pages = len(pypdfium2.PdfDocument(scan))
    times, doc = [], None
    for _ in range(runs):
        start = time.perf_counter()
        doc = process(scan)
        times.append(time.perf_counter() - start)
    seconds = statistics.median(times)
    return {"file": scan.name, "pages": pages, "s_per_page": seconds / pages,
            "cer": cer(reference, body_text(doc)) if reference is not None else None}


def machine() -> str:
    cpu = next((line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                if line.startswith("model name")), platform.processor())
    memory = next((line.split()[1] for line in Path("/proc/meminfo").read_text().splitlines()
                   if line.startswith("MemTotal")), "0")
    tesseract = subprocess.run(["tesseract", "--version"], capture_output=True, text=True).stdout.split("\n")[0]
    return (f"{cpu}, {os.cpu_count()} cores, {int(memory) / 2**20:.0f} GiB; {platform.platform()}; "
            f"Python {platform.python_version()}; {tesseract}")


def report(args, per_format, small, large, scans) -> str:
    lines = [
        "# Benchmark results", "",
        f"Command: `make bench` (`.venv/bin/python bench/run.py --docs {args.docs} --runs {args.runs} "
        f"--workers {args.workers}`), {time.strftime('%Y-%m-%d')}.", "",
        f"Machine: {machine()}.", "",
        "Each figure is the median of the runs. One process parses the throughput rows (so the rates are per",
        "core); the ingest rows run the command line with its worker processes, start-up and SQLite included.", "",
        "## Parsing throughput per format (one process)", "",
        "| format | files | documents/s | MB/s | ms/document |", "|---|---|---|---|---|",
        *(f"| {r['format']} | {r['files']} | {r['docs_per_s']:.1f} | {r['mb_per_s']:.2f} | {r['ms_per_doc']:.0f} |"
          for r in per_format),
        "", f"## Ingest (`kehoach ingest --workers {args.workers}`)", "",
        "| documents | fresh ingest, s | documents/s | no-change re-ingest, s | peak memory (largest process), MiB |",
        "|---|---|---|---|---|",
        *(f"| {n} | {r['seconds']:.1f} | {n / r['seconds']:.1f} | {r['again_seconds']:.2f} | {r['peak_mib']:.0f} |"
          for n, r in ((args.docs // 10, small), (args.docs, large))),
        "", f"Growth from {args.docs // 10} to {args.docs} documents: ×{large['seconds'] / small['seconds']:.1f} "
        f"in time for ×10 in documents (linear is ×10; start-up weighs more in the small run).", "",
        "## OCR (scanned PDFs, Tesseract `vie`, 300 dpi)", "",
        "| file | pages | s/page | character error rate vs text PDF |", "|---|---|---|---|",
        *(f"| {r['file']} | {r['pages']} | {r['s_per_page']:.2f} | "
          f"{'-' if r['cer'] is None else format(r['cer'], '.2%')} |" for r in scans),
        "",
    ]
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=2000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "RESULTS.md")
    args = parser.parse_args()
    corpus = build_corpus(args.docs)
    print(f"corpus: {corpus} ({args.docs} files)", file=sys.stderr)
    per_format = throughput(corpus, args.runs)
    print("throughput done", file=sys.stderr)
    # The small corpus is built the same way, so it has the same mix of formats and sources.
    small = ingest_runs(build_corpus(args.docs // 10), args.runs, args.workers)
    large = ingest_runs(corpus, args.runs, args.workers)
    print("ingest done", file=sys.stderr)
    scans = ocr(args.runs)
    text = report(args, per_format, small, large, scans)
    old = args.out.read_text(encoding="utf-8") if args.out.exists() else ""
    if SCALE_SECTION in old:  # bench/scale.py's section (make bench-scale) is kept
        text = text.rstrip("\n") + "\n\n" + SCALE_SECTION + old.split(SCALE_SECTION, 1)[1]
    args.out.write_text(text, encoding="utf-8")
    print(text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
