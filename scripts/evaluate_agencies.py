"""Agency resolution against the hand-checked list tests/data/agency_truth.csv.

Processes the corpus and, where present, ../shared/realdocs/, and counts every agency mention (issuer, recipients,
tasks, indicators, assignments) whose name is in the list: right when it resolved to the expected entity (or stayed
unresolved when no entity is expected), a wrong merge when it resolved to another entity.

    .venv/bin/python scripts/evaluate_agencies.py
"""

from __future__ import annotations

import csv
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import parsers  # noqa: E402
from pipeline.stages.agencies import all_mentions  # noqa: E402
from pipeline.run import process  # noqa: E402

TRUTH = ROOT / "tests" / "data" / "agency_truth.csv"
REALDOCS = ROOT.parent / "shared" / "realdocs"


def truth() -> dict[tuple[str, str], str]:
    with TRUTH.open(encoding="utf-8", newline="") as handle:
        rows = csv.DictReader(line for line in handle if not line.startswith("#"))
        return {(row["jurisdiction"], row["name"]): row["expected"] for row in rows}


def truth_documents(folder: Path) -> list[Path]:
    """The documents a real-document folder's truth.jsonl names: the folder also holds its README (Markdown, which
    the readers now take) and the truth itself, which are not documents to measure."""
    with (folder / "truth.jsonl").open(encoding="utf-8") as handle:
        names = {json.loads(line)["file"] for line in handle if line.strip()}
    return sorted(folder / name for name in names if (folder / name).is_file())


def sample_files(realdocs: Path = REALDOCS) -> list[Path]:
    files = sorted(p for p in (ROOT / "corpus").iterdir() if p.suffix.lower() in parsers.READERS)
    if realdocs.is_dir():
        files += truth_documents(realdocs)
    else:
        print(f"NOTE: {realdocs} not found: only the corpus is measured (the real documents are not in the repository; "
              f"they are read in place from ../shared beside the checkout), so the figures are not the README's.",
              file=sys.stderr)
    return files


def measure(files: list[Path]) -> dict:
    expected = truth()
    counts: Counter[str] = Counter()
    errors: list[tuple[str, str, str, str]] = []
    for path in files:
        doc = process(path)
        for _, _, mention in all_mentions(doc):
            want = expected.get((doc.metadata.jurisdiction or "", mention.name))
            if want is None:
                counts["not in the list"] += 1
                continue
            got = mention.agency_id or "unresolved"
            counts["checked"] += 1
            if got == want:
                counts["right"] += 1
            else:
                counts["wrong merge" if mention.agency_id else "missed"] += 1
                errors.append((path.name, mention.name, got, want))
    return {"counts": counts, "errors": errors,
            "accuracy": counts["right"] / counts["checked"] if counts["checked"] else 0.0}


def main() -> None:
    import argparse

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--realdocs", type=Path, default=REALDOCS, help="the folder of real documents (default: ../shared/realdocs)")
    result = measure(sample_files(parser.parse_args().realdocs))
    counts = result["counts"]
    print(f"checked {counts['checked']} mentions: {counts['right']} right ({result['accuracy']:.1%}), "
          f"{counts['missed']} missed, {counts['wrong merge']} wrong merges; {counts['not in the list']} not in the list")
    for error in result["errors"]:
        print("  %s: %r -> %s (expected %s)" % error)


if __name__ == "__main__":
    main()
