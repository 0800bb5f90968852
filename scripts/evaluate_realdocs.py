"""Per-field accuracy of the pipeline on the real documents in ../shared against their hand-read truth.jsonl.

    .venv/bin/python scripts/evaluate_realdocs.py [--realdocs PATH ...] [--vbpl DIR] [--no-cache] [--no-links] [--skip-class C]

Prints, for every folder given (both ../shared/realdocs and ../shared/realdocs2 by default), every miss,
then the accuracy per field, per class (the ``classes`` of truth.jsonl) and per folder; then the share
of national-database pages (``--vbpl``) whose number equals the site's "Số hiệu:" panel.

Scoring:
- Values are compared on the folded form (case and tone marks ignored), trailing punctuation aside.
- The issuer is compared with its parent's place added, as the truth names it ("SỞ NỘI VỤ" under
  "UBND TỈNH LÂM ĐỒNG" is "Sở Nội vụ tỉnh Lâm Đồng"), or as the registry's canonical name of the body it
  resolved to ("TỔ CÔNG TÁC LIÊN NGÀNH TW" is "Tổ công tác liên ngành trung ương (Bộ Công an)"); a trailing
  "(…)" of the truth (the parent body) may be left out, or be the name itself (the short name the header prints:
  "Ban Chỉ đạo phòng, chống tội phạm … tỉnh Quảng Ngãi (Ban Chỉ đạo 138)"). A type "A (B)" of the truth ("Văn bản hợp nhất (Thông tư)") is A.
- A field the document shows handwritten (truth ``number_handwritten`` / ``date_handwritten``, or the
  table HANDWRITTEN) is right when it is right, or null with a warning about that field; a wrong
  value is counted apart ("wrong handwritten values"). "Legible fields" leaves the handwritten ones out.
- A file with several documents (truth ``documents``) has its later parts scored too, each against the
  part of the output that starts on the same page.
- Each folder is one run: ``pipeline.stages.evidence.fill_from_citations`` fills a number or a day a page does not show
  legibly from the folder's other documents that cite it (source ``cited_by``); ``--no-links`` scores each file alone.
- Where the truth file is known to differ from what the document prints, the documented correction
  below is used, and printed with its evidence.

Reading scans takes a few seconds a page, so what the readers produce is kept in a cache
(``output/evaluate-cache/<sha256>-<readers' fingerprint>.pickle``): the stages run afresh every time,
the readers only when the file, the readers' code (``parsers/`` and every module of ``pipeline/`` it imports) or
``pipeline/data`` changed. A reading a time limit cut short (warning ``ocr_timeout``) is never kept.
When the readers run again, Tesseract's output is taken from the OCR cache (``output/ocr-cache``, see
parsers/tesseract.py; ``--ocr-cache DIR`` elsewhere, ``--no-ocr-cache`` to run Tesseract on every image): a change of
kehoach's code costs the readers' time, not Tesseract's.
"""

from __future__ import annotations

import argparse
import ast
import functools
import hashlib
import json
import os
import pickle
import re
import sys
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import parsers  # noqa: E402
from parsers.tesseract import OCR_CACHE_VARIABLE  # noqa: E402
from pipeline.outputs.export import write_text_atomically  # noqa: E402
from pipeline.stages.evidence import fill_from_citations  # noqa: E402
from pipeline.run import admissible, run_stages  # noqa: E402
from pipeline.text import fold  # noqa: E402

SHARED = ROOT.parent / "shared"
FIELDS = ("number", "doc_type", "issued_date", "place", "issuer", "title", "signer", "signer_title", "authority", "task_rows")
PART_FIELDS = ("doc_type", "number", "issued_date", "issuer", "title", "signer", "signer_title", "authority")

# Where the truth file disagrees with what the document itself prints, with the evidence.
CORRECTIONS = {
    ("009_lamdong-kh-cchc-2026.docx", "task_rows"): (
        52,
        "the truth counts 49 numbered tasks; VII.2, VII.3 and VII.5 each merge their number and task cells (vMerge) over "
        "two rows whose product, time, lead and support are each the row's own (VII.2: the province's inspection plan "
        "led by Sở Nội vụ, then each body's own self-inspection plan led by the bodies): six tasks, not three with "
        "their bodies and times pooled",
    ),
    ("009_lamdong-kh-cchc-2026.docx", "signer"): (
        "Nguyễn Ngọc Phúc",
        "the signature cell holds the paragraph 'Nguyễn Ngọc Phúc' (word/document.xml, plain visible run); "
        "rendered by LibreOffice it is printed under PHÓ CHỦ TỊCH at the top of page 11",
    ),
    ("003_laocai-qd2463-ctdt-kcn-volao.pdf", "title"): (
        "Quyết định chấp thuận chủ trương đầu tư đồng thời chấp thuận nhà đầu tư",
        "page 1 rendered with forms (pypdfium2, init_forms) prints the heading 'QUYẾT ĐỊNH CHẤP THUẬN CHỦ TRƯƠNG ĐẦU TƯ / "
        "ĐỒNG THỜI CHẤP THUẬN NHÀ ĐẦU TƯ', then '(cấp lần đầu: ngày 16 tháng 7 năm 2026)' and 'ỦY BAN NHÂN DÂN TỈNH LÀO "
        "CAI': the project's name the truth adds in parentheses is not printed in the title (it is in Điều 1, '2. Tên dự án: …')",
    ),
    ("004_laocai-qd2336-ctdt-kcn-phuxuan-scan.pdf", "title"): (
        "Quyết định chấp thuận chủ trương đầu tư đồng thời chấp thuận nhà đầu tư",
        "page 1 (rendered at 300 dpi) prints the heading 'QUYẾT ĐỊNH CHẤP THUẬN CHỦ TRƯƠNG ĐẦU TƯ / ĐỒNG THỜI CHẤP THUẬN "
        "NHÀ ĐẦU TƯ', then '(Cấp lần đầu: Ngày 02 tháng 7 năm 2026)' and 'CHỦ TỊCH UỶ BAN NHÂN DÂN TỈNH LÀO CAI': as in 003 "
        "(the same template), the project's name the truth adds in parentheses is not printed in the title (it is in "
        "Điều 1, '2. Tên dự án: …', page 2)",
    ),
    ("124_lamdong-qd1406-2025-hopnhat-hoiccv-badocr.pdf", "issuer"): (
        "Ủy ban nhân dân tỉnh Lâm Đồng",
        "the header prints 'ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG'; truth.jsonl defines the issuer as the body of the header, "
        "and ../realdocs/004 (the same layout: header UBND, authority line 'CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH …') "
        "names the UBND; 'CHỦ TỊCH …' is the issuing-authority line under the title",
    ),
}
# Values the document shows only in handwriting, for truth files that do not mark them.
HANDWRITTEN = {("004_laocai-qd2336-ctdt-kcn-phuxuan-scan.pdf", "number"), ("004_laocai-qd2336-ctdt-kcn-phuxuan-scan.pdf", "issued_date")}
# The same for parts of a file (truth ``documents``), from the notes of truth.jsonl: (file, pages, field).
HANDWRITTEN_PARTS = {
    ("127_lamdong-cat-ttr511-bc420-qd-2025-matuy-multidoc.pdf", "2-13", "number"),  # "BC number '420' … handwritten"
    ("127_lamdong-cat-ttr511-bc420-qd-2025-matuy-multidoc.pdf", "2-13", "issued_date"),  # "both days '23' handwritten"
}
# A warning whose code names the field says the value was left out on purpose.
_FIELD_WORDS = {"number": "number", "issued_date": "date"}


# ---------------------------------------------------------------------------------------------------
# Reading, with a cache of what the readers produce


def _module_file(name: str) -> Path | None:
    """The file of module ``name`` in this repository (a package's __init__.py); None for a library's."""
    path = ROOT.joinpath(*name.split("."))
    for candidate in (path.with_suffix(".py"), path / "__init__.py"):
        if candidate.is_file():
            return candidate
    return None


def _imported_by(path: Path, name: str) -> frozenset[str]:
    """The modules the module ``name`` (file ``path``) imports anywhere in its code (a function's import too: the
    readers import OCR and the stages' helpers where they need them), with every package on the way to each."""
    return _imports_in(path.read_bytes(), name if path.name == "__init__.py" else name.rpartition(".")[0])


@functools.lru_cache(maxsize=256)  # parsing the stages' modules is most of the fingerprint's time
def _imports_in(source: bytes, package: str) -> frozenset[str]:
    found = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = package.rsplit(".", node.level - 1)[0] if node.level else ""
            module = ".".join(part for part in (base, node.module) if part)
            found.add(module)
            found.update(f"{module}.{alias.name}" for alias in node.names)  # "from . import ocr": a module or a name
    return frozenset(".".join(parts[:k]) for module in found for parts in [module.split(".")] for k in range(1, len(parts) + 1))


@functools.cache
def _readers_fingerprint() -> str:
    """The readers' code, every module of this repository they import (the model they fill, pipeline/text.py …),
    found from their imports, and pipeline/data (the vocabularies those modules read): a change to any reads the
    files again. Computed from the source, so that no list is kept by hand, and the same whatever this run imported."""
    # every reader: parsers/__init__.py imports them by their names only (parsers._reader)
    waiting = ["parsers", *(f"parsers.{path.stem}" for path in (ROOT / "parsers").glob("*.py") if path.stem != "__init__")]
    files, seen = set(), set(waiting)
    while waiting:
        name = waiting.pop()
        if (path := _module_file(name)) is None:
            continue
        files.add(path)
        for module in _imported_by(path, name) - seen:
            seen.add(module)
            waiting.append(module)
    files.update(path for path in (ROOT / "pipeline" / "data").rglob("*") if path.is_file())
    digest = hashlib.sha256()
    for path in sorted(files):
        digest.update(str(path.relative_to(ROOT)).encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:12]


def add_ocr_cache_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--ocr-cache", type=Path, default=ROOT / "output" / "ocr-cache",
                        help="the folder of Tesseract's outputs, kept by image, options and Tesseract's version "
                             "(default: output/ocr-cache)")
    parser.add_argument("--no-ocr-cache", action="store_true", help="run Tesseract on every image again")


def use_ocr_cache(args: argparse.Namespace) -> None:
    """The readers of this process (parsers/tesseract.py) keep Tesseract's output in ``args.ocr_cache``, or not."""
    if args.no_ocr_cache:
        os.environ.pop(OCR_CACHE_VARIABLE, None)
    else:
        os.environ[OCR_CACHE_VARIABLE] = str(args.ocr_cache.resolve())


def read_cached(path: Path, cache: Path | None):
    """What ``parsers.read(path)`` gives, from ``cache`` when the same bytes were read there before. The entry is kept
    by the file's bytes, so it may come from another run that named the file otherwise (realdocs_digests.py reads
    "realdocs2/…" from ../shared, a copy elsewhere): it is given this run's path and name, which the stages use (a
    scan's signature and title are cropped from the file again; a relative path from another folder found no file, and
    the signers of realdocs2 114/115 were lost)."""
    if cache is None:
        return parsers.read(path)
    key = f"{hashlib.sha256(path.read_bytes()).hexdigest()}-{_readers_fingerprint()}"
    stored = cache / f"{key}.pickle"
    if stored.exists():
        doc = pickle.loads(stored.read_bytes())
        doc.origin.path, doc.origin.name = str(path), path.name  # as parsers.common.origin_of names a file read now
        return doc
    doc = parsers.read(path)
    if not parsers.read_in_full(doc):  # a page a time limit cut short (a loaded machine): read again next run
        return doc
    cache.mkdir(parents=True, exist_ok=True)
    write_text_atomically(stored, pickle.dumps(doc))  # a run beside never reads a half-written entry
    return doc


def process(path: Path, cache: Path | None):
    return admissible(run_stages(read_cached(path, cache)))


# ---------------------------------------------------------------------------------------------------
# Scoring


def issuer_with_place(issuer) -> str | None:
    name, parent = issuer.name, issuer.parent
    if not name:
        return None
    place = re.search(r"\b(TỈNH|THÀNH PHỐ|tỉnh|thành phố)\s+(.+)$", parent or "")
    if place and not re.search(r"\b(TỈNH|THÀNH PHỐ|QUẬN|HUYỆN|tỉnh|thành phố)\b", name):
        return f"{name} {place.group(0)}"
    return name


def observed(meta, doc=None) -> dict:
    return {
        "number": meta.number, "doc_type": meta.doc_type, "issued_date": meta.issued_date, "place": meta.place,
        "issuer": issuer_with_place(meta.issuer), "issuer_printed": meta.issuer.name, "issuer_resolved": meta.issuer.agency.canonical_name if meta.issuer.agency else None,
        "title": meta.title, "signer": meta.signer.name,
        "signer_title": meta.signer.title, "authority": "+".join(meta.signer.authority) or None,
        "task_rows": (len(doc.tasks) if doc.tables else None) if doc is not None else None,
    }


def _comparable(value) -> str:
    return re.sub(r"[\s.,;:]+$", "", fold(str(value)))


def same(field: str, got, truth) -> bool:
    if got is None or truth is None:
        return got is None and truth is None
    if field == "task_rows":
        return got == truth
    accepted = {_comparable(truth)}
    if field in ("issuer", "doc_type") and (bare := re.sub(r"\s*\([^()]*\)$", "", str(truth))) != truth:
        accepted.add(_comparable(bare))
    if field == "issuer" and (short := re.search(r"\(([^()]*)\)$", str(truth))):
        accepted.add(_comparable(short.group(1)))  # "… (Ban Chỉ đạo 138)": the name the header prints
    return _comparable(got) in accepted


def truth_value(row: dict, field: str):
    if field == "task_rows":
        if row.get("task_rows") is not None:
            return row["task_rows"]
        tables = row.get("task_tables") or []
        return sum(t["task_rows"] for t in tables) or None
    return row.get(field)


def handwritten(file: str, row: dict, field: str) -> bool:
    return (file, field) in HANDWRITTEN or (field == "number" and row.get("number_handwritten")) or (
        field == "issued_date" and row.get("date_handwritten"))


class Score:
    def __init__(self) -> None:
        self.fields: dict[str, list[int]] = defaultdict(lambda: [0, 0])
        self.classes: dict[str, list[int]] = defaultdict(lambda: [0, 0])
        self.folders: dict[str, list[int]] = defaultdict(lambda: [0, 0])
        self.legible = [0, 0]
        self.legible_folders: dict[str, list[int]] = defaultdict(lambda: [0, 0])
        self.handwritten = {"right": 0, "unreadable": 0, "wrong": []}
        self.misses: list[str] = []

    def add(self, folder: str, classes: list[str], file: str, field: str, ok: bool, legible: bool) -> None:
        for tally in (self.fields[field], self.folders[folder], *(self.classes[c] for c in classes)):
            tally[0] += ok
            tally[1] += 1
        if legible:
            for tally in (self.legible, self.legible_folders[folder]):
                tally[0] += ok
                tally[1] += 1

    def judge(self, folder: str, row: dict, field: str, got, truth, warnings: set[str], part: str = "", resolved=None,
              printed=None) -> None:
        """``resolved``, ``printed``: for the issuer, the registry's canonical name of the body the printed name resolved
        to, and the printed name without its parent's place."""
        file = row["file"]
        classes = row.get("classes") or [f"(none, {folder})"]
        if (file, field) in CORRECTIONS and not part:
            truth = CORRECTIONS[(file, field)][0]
        where = f"{file}{part}: {field}"
        if (handwritten(file, row, field) and not part) or (file, part.strip(" []").removeprefix("part p"), field) in HANDWRITTEN_PARTS:
            word = _FIELD_WORDS[field]
            if got is not None and same(field, got, truth):
                self.handwritten["right"] += 1
                ok = True
            elif got is None and any(word in code for code in warnings):
                self.handwritten["unreadable"] += 1
                ok = True
            else:
                ok = False
                if got is not None:
                    self.handwritten["wrong"].append(f"{where}: read {got!r}, printed {truth!r}")
                else:
                    self.misses.append(f"{where}: null without a warning about it (truth {truth!r})")
            self.add(folder, classes, file, field, ok, legible=False)
            return
        ok = same(field, got, truth) or (field == "issuer" and (same(field, resolved, truth) or same(field, printed, truth)))
        if not ok:
            self.misses.append(f"{where}: got {got!r}, truth {truth!r}")
        self.add(folder, classes, file, field, ok, legible=True)


def score_folder(folder: Path, score: Score, cache: Path | None, skip: set[str] = frozenset(), links: bool = True) -> None:
    rows = [json.loads(line) for line in (folder / "truth.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]
    rows = [row for row in rows if not skip & set(row.get("classes") or [])]
    processed: dict[str, object] = {}
    for row in rows:
        try:
            processed[row["file"]] = process(folder / row["file"], cache)
        except Exception as error:  # a file the pipeline refuses misses every field, and the run goes on
            processed[row["file"]] = error
    if links:  # the folder is one run: a document that cites another is evidence for what its page does not show
        files = [file for file, doc in processed.items() if not isinstance(doc, Exception)]
        processed.update(zip(files, fill_from_citations([processed[file] for file in files])))
    for row in rows:
        doc = processed[row["file"]]
        if isinstance(doc, Exception):
            error = doc
            score.misses.append(f"{row['file']}: not processed: {error}")
            for field in FIELDS:
                truth = truth_value(row, field)
                if field != "task_rows" or truth is not None:
                    score.add(folder.name, row.get("classes") or [f"(none, {folder.name})"], row["file"], field, False, True)
            continue
        got = observed(doc.metadata, doc)
        warnings = {w.code for w in doc.warnings}
        for field in FIELDS:
            truth = truth_value(row, field)
            if field == "task_rows" and truth is None:
                continue
            score.judge(folder.name, row, field, got[field], truth, warnings, resolved=got["issuer_resolved"], printed=got["issuer_printed"])
        for part_truth in (row.get("documents") or [])[1:]:
            score_part(folder.name, row, part_truth, doc, score)


def score_part(folder: str, row: dict, truth: dict, doc, score: Score) -> None:
    first_page = int(str(truth["pages"]).split("-")[0])
    parts = getattr(doc.metadata, "parts", None) or []
    part = next((p for p in parts if p.page_start == first_page), None)
    label = f" [part p{truth['pages']}]"
    fields = [f for f in PART_FIELDS if f in truth]
    if part is None:
        for field in fields:
            score.misses.append(f"{row['file']}{label}: {field}: no part found starting on page {first_page}")
            score.add(folder, row.get("classes") or [f"(none, {folder})"], row["file"], field, False, True)
        return
    got = observed(part)
    warnings = {w.code for w in doc.warnings if w.message.startswith(f"{part.id}: ")}
    for field in fields:
        score.judge(folder, row, field, got[field], truth.get(field), warnings, part=label, resolved=got["issuer_resolved"], printed=got["issuer_printed"])


# ---------------------------------------------------------------------------------------------------
# National-database pages: the number against the site's panel


# The number the site states for the page: its heading ("Thông tư số 05/2026/TT-BGDĐT quy định …"), else its panel.
_SITE_HEADING = re.compile(r'lawDocumentHeader_title[^>]*>[^<]*?\bsố\s+(?P<number>\d[^\s<]*)')


def site_number(page: Path, doc) -> str | None:
    heading = _SITE_HEADING.search(page.read_text(encoding="utf-8", errors="replace"))
    if heading:
        return heading.group("number").rstrip(".,;")
    panel = doc.site_attributes.get("Số hiệu", "").split()
    return panel[0] if panel else None


def score_vbpl(folder: Path, cache: Path | None) -> tuple[int, int, int, list[str]]:
    """(right, pages whose site states a number, pages, misses): the number the pipeline read from the page's text
    against the one the site states in its heading or its "Số hiệu:" panel. The pipeline never fills a field
    from either, except on a page that holds nothing but the panel: those pages are left out."""
    right = of = pages = 0
    misses = []
    for page in sorted(folder.glob("*.html")):
        pages += 1
        try:
            doc = process(page, cache)
        except Exception as error:
            misses.append(f"{page.name}: not processed: {error}")
            continue
        expected = site_number(page, doc)
        if not expected or any(w.code == "metadata_from_site_attributes" for w in doc.warnings):
            continue
        of += 1
        if doc.metadata.number == expected:
            right += 1
        else:
            misses.append(f"{page.name}: number {doc.metadata.number!r}, the site says {expected!r}")
    return right, of, pages, misses


def _table(title: str, tallies: dict[str, list[int]]) -> None:
    print(f"\n| {title} | right | of | accuracy |")
    print("|---|---|---|---|")
    for name, (r, n) in tallies.items():
        print(f"| {name} | {r} | {n} | {r / n:.0%} |")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--realdocs", type=Path, action="append",
                        help="a folder with a truth.jsonl (several allowed; default: ../shared/realdocs and ../shared/realdocs2)")
    parser.add_argument("--vbpl", default=str(SHARED / "realdocs" / "vbpl-html"),
                        help="national-database pages whose number is checked against the site's panel ('' to skip)")
    parser.add_argument("--no-cache", action="store_true", help="read every file again (scans take seconds a page)")
    parser.add_argument("--cache", type=Path, default=ROOT / "output" / "evaluate-cache",
                        help="the folder of the readers' cache (default: output/evaluate-cache)")
    add_ocr_cache_options(parser)
    parser.add_argument("--no-links", action="store_true",
                        help="score each file alone, without the evidence of the folder's other documents that cite it")
    parser.add_argument("--skip-class", action="append", default=[],
                        help="leave out the files of a class of truth.jsonl (e.g. garbage_text_layer), to measure the rest")
    args = parser.parse_args()
    folders = args.realdocs or [SHARED / "realdocs", SHARED / "realdocs2"]
    missing = [folder for folder in folders if not (folder / "truth.jsonl").is_file()]
    for folder in missing:
        print(f"NOTE: {folder} not found (or it has no truth.jsonl): its documents are not scored. The real documents "
              f"are not in the repository; they are read in place from ../shared beside the checkout.", file=sys.stderr)
    folders = [folder for folder in folders if folder not in missing]
    if not folders:
        print("Nothing to score: no folder of real documents found (give one with --realdocs FOLDER).", file=sys.stderr)
        return 2
    use_ocr_cache(args)
    cache = None if args.no_cache else args.cache
    started = time.perf_counter()
    score = Score()
    for folder in folders:
        score_folder(folder, score, cache, set(args.skip_class), links=not args.no_links)
    for miss in score.misses:
        print(miss)
    _table("field", score.fields)
    _table("class", dict(sorted(score.classes.items())))
    _table("folder", score.folders)
    right = sum(r for r, _ in score.fields.values())
    of = sum(n for _, n in score.fields.values())
    print(f"\nAll fields: {right}/{of} = {right / of:.1%}; legible fields (handwritten ones aside): "
          f"{score.legible[0]}/{score.legible[1]} = {score.legible[0] / max(1, score.legible[1]):.1%}")
    for folder, (r, n) in score.legible_folders.items():
        print(f"  {folder}: legible fields {r}/{n} = {r / max(1, n):.1%}")
    hw = score.handwritten
    print(f"Handwritten fields: {hw['right']} read right, {hw['unreadable']} reported unreadable, {len(hw['wrong'])} wrong")
    for wrong in hw["wrong"]:
        print(f"  WRONG HANDWRITTEN VALUE {wrong}")
    if args.vbpl and Path(args.vbpl).is_dir():
        r, n, pages, misses = score_vbpl(Path(args.vbpl), cache)
        for miss in misses:
            print(miss)
        print(f"National-database pages: number equal to the one the site states on {r}/{n} pages that state one "
              f"({r / max(1, n):.1%}); {pages} pages in all")
    for (file, field), (value, why) in CORRECTIONS.items():
        print(f"\nCorrection used: {file} {field} = {value!r}: {why}")
    print(f"\n{time.perf_counter() - started:.0f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
