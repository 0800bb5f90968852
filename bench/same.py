"""Whether a change meant only for speed leaves every document's JSON export as it was: the export of each file,
written once before the change and compared after it (bench/pdf_same.py does the same for the PDF reader's
Document alone).

    .venv/bin/python bench/same.py --write output/same            # before the change
    .venv/bin/python bench/same.py --compare output/same          # after it: names every file that differs
    .venv/bin/python bench/same.py --compare output/same --formats txt,html   # only some formats

The files: corpus/*.txt and their HTML, DOCX and PDF variants (bench/floors.py), every real document under
../shared/realdocs and ../shared/realdocs2 but those read by OCR (tests/test_output_identical.py checks those when
KEHOACH_SLOW=1), and every layout of the task-table test bed (tests/task_layouts) as txt, pipe.txt, bar.txt,
HTML and DOCX, built once in output/same-bed (delete the folder to build it again). A differing file's new JSON is written beside the stored one (NAME.new.json) for diffing.

Exports written in another checkout (a worktree) compare equal when only the checkout differs: a source path is
compared relative to its checkout, and the files this script builds (variants, the bed) without their bytes' hash
and size (a DOCX built again differs in its zip's timestamps).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
for folder in ("", "bench", "scripts", "tests"):
    sys.path.insert(0, str(ROOT / folder))

from floors import variants  # noqa: E402
from realdocs_digests import DIGESTS, documents, export  # noqa: E402
from task_layouts import LAYOUTS, build  # noqa: E402

from pipeline.errors import PipelineError  # noqa: E402
from pipeline.outputs.export import dumps  # noqa: E402
from pipeline.run import process  # noqa: E402

BED_FORMATS = ("txt", "pipe.txt", "bar.txt", "html", "docx")
BED = ROOT / "output" / "same-bed"  # one place, so the source paths in the JSON are the same every run


def _format(path: Path) -> str:
    name = path.name
    return next((f for f in ("pipe.txt", "bar.txt") if name.endswith("." + f)), path.suffix.lstrip(".").lower())


def _export(path: Path) -> str:
    try:
        return dumps(process(path))
    except PipelineError as error:
        return f"refused: {type(error).__name__}: {error}\n"


def exports(formats: set[str], bed: Path):
    """(name, JSON text) of every file of the chosen formats."""
    for sample in sorted((ROOT / "corpus").glob("*.txt")):
        if "txt" in formats:
            yield f"corpus/{sample.name}", _export(sample)
    for made in variants(tuple(f for f in ("html", "docx", "pdf") if f in formats)):
        for fmt, path in sorted(made.items()):
            if fmt in formats:
                yield f"variants/{path.name}", _export(path)
    slow = {name for name, row in json.loads(DIGESTS.read_text(encoding="utf-8")).items() if row["format"] == "pdf-ocr"}
    for name in documents():
        if name not in slow and _format(Path(name)) in formats | {"htm"}:
            yield name, export(name)
    # built once and kept (a DOCX made again differs in its zip's timestamps), again when the bed gains layouts
    names = "\n".join(sorted(layout.name for layout in LAYOUTS))
    marker = bed / ".built"
    if not marker.exists() or marker.read_text(encoding="utf-8") != names:
        build(bed, list(LAYOUTS), BED_FORMATS)
        marker.write_text(names, encoding="utf-8")
    for path in sorted(bed.iterdir()):
        if path.is_file() and _format(path) in formats and not path.name.startswith("."):
            yield f"bed/{path.name}", _export(path)


def comparable(text: str) -> str:
    """The export as compared: the source's path relative to the checkout it was written in, no hash or size for a
    file this script built (the checkout's output/ folder), and no schema version (a version bump is said in the
    CHANGELOG and checked by the golden files; the values are what is compared)."""
    try:
        data = json.loads(text)
    except ValueError:  # a refusal's message
        return text
    data.pop("schema_version", None)
    source = data.get("source") or {}
    path = source.get("path") or ""
    for marker in ("/output/", "/corpus/"):
        if marker in path:
            source["path"] = marker.lstrip("/") + path.split(marker, 1)[1]
            if marker == "/output/":
                source.pop("sha256", None), source.pop("size", None)
            break
    return json.dumps(data, ensure_ascii=False, sort_keys=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    mode = parser.add_mutually_exclusive_group(required=True)
    mode.add_argument("--write", type=Path, metavar="DIR")
    mode.add_argument("--compare", type=Path, metavar="DIR")
    parser.add_argument("--formats", default="txt,pipe.txt,bar.txt,html,docx,pdf,doc")
    args = parser.parse_args()
    folder = args.write or args.compare
    formats = set(args.formats.split(","))
    differ = new = seen = 0
    for name, text in exports(formats, BED):
        seen += 1
        stored = folder / f"{name}.json"
        if args.write:
            stored.parent.mkdir(parents=True, exist_ok=True)
            stored.write_text(text, encoding="utf-8")
        elif not stored.exists():  # a file the stored exports do not have (a layout added since): nothing to compare
            new += 1
            stored.with_suffix(".new.json").write_text(text, encoding="utf-8")
            print(f"new  {name}  ({stored.with_suffix('.new.json')})")
        elif comparable(stored.read_text(encoding="utf-8")) != comparable(text):
            differ += 1
            stored.with_suffix(".new.json").write_text(text, encoding="utf-8")
            print(f"DIFFERS  {name}  ({stored.with_suffix('.new.json')})")
    print(f"{seen} files, {differ} differ, {new} new" if args.compare else f"{seen} files written to {folder}")
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
