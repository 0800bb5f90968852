"""Per-field accuracy of the pipeline on ../shared/realdocs against its hand-read truth.jsonl.

    .venv/bin/python scripts/evaluate_realdocs.py [--realdocs PATH]

Values are compared on the folded form (case and tone marks ignored). A field counts as right when
it equals the truth, or, where the truth file is known to differ from what the document prints, when
it equals the documented correction below. The issuer is compared with its parent's place added, as
the truth names it ("SỞ NỘI VỤ" under "UBND TỈNH LÂM ĐỒNG" is "Sở Nội vụ tỉnh Lâm Đồng"). A number or
date the document shows handwritten must be reported unreadable (None with a warning), not misread.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipeline.run import process  # noqa: E402
from pipeline.text import fold  # noqa: E402

FIELDS = ("number", "doc_type", "issued_date", "place", "issuer", "title", "signer", "signer_title", "authority", "task_rows")

# Where the truth file disagrees with what the document itself prints, with the evidence.
CORRECTIONS = {
    ("009_lamdong-kh-cchc-2026.docx", "signer"): (
        "Nguyễn Ngọc Phúc",
        "the signature cell holds the paragraph 'Nguyễn Ngọc Phúc' (word/document.xml, plain visible run); "
        "rendered by LibreOffice it is printed under PHÓ CHỦ TỊCH at the top of page 11",
    ),
}
# Values the document shows only in handwriting: the pipeline must report them unreadable.
HANDWRITTEN = {("004_laocai-qd2336-ctdt-kcn-phuxuan-scan.pdf", "number"), ("004_laocai-qd2336-ctdt-kcn-phuxuan-scan.pdf", "issued_date")}


def issuer_with_place(meta) -> str | None:
    name, parent = meta.issuer.name, meta.issuer.parent
    if not name:
        return None
    place = re.search(r"\b(TỈNH|THÀNH PHỐ|tỉnh|thành phố)\s+(.+)$", parent or "")
    if place and not re.search(r"\b(TỈNH|THÀNH PHỐ|QUẬN|HUYỆN|tỉnh|thành phố)\b", name):
        return f"{name} {place.group(0)}"
    return name


def observed(doc) -> dict:
    meta = doc.metadata
    return {
        "number": meta.number, "doc_type": meta.doc_type, "issued_date": meta.issued_date, "place": meta.place,
        "issuer": issuer_with_place(meta), "title": meta.title, "signer": meta.signer.name, "signer_title": meta.signer.title,
        "authority": "+".join(meta.signer.authority) or None, "task_rows": len(doc.tasks) if doc.tables else None,
    }


def judge(file: str, field: str, got, truth, warnings: set[str]) -> tuple[bool, str]:
    if (file, field) in HANDWRITTEN:
        ok = got is None and bool(warnings & {"number_handwritten", "issue_date_handwritten", "number_unreadable", "issue_date_unreadable"})
        return ok, "reported unreadable (handwritten)" if ok else f"misread as {got!r}"
    if (file, field) in CORRECTIONS:
        truth = CORRECTIONS[(file, field)][0]
    if field == "task_rows":
        return (got or None) == truth, ""
    if field == "title" and got and truth and fold(truth).startswith(fold(got)) and fold(got) != fold(truth):
        return False, "the printed heading; the truth adds words the heading does not print"
    same = (got is None and truth is None) or (got is not None and truth is not None and fold(str(got)) == fold(str(truth)))
    return same, ""


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--realdocs", type=Path, default=ROOT.parent / "shared" / "realdocs")
    args = parser.parse_args()
    truth_rows = [json.loads(line) for line in (args.realdocs / "truth.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]
    totals = {f: [0, 0] for f in FIELDS}
    for row in truth_rows:
        doc = process(args.realdocs / row["file"])
        got = observed(doc)
        warnings = {w.code for w in doc.warnings}
        for field in FIELDS:
            truth = row["task_rows"] if field == "task_rows" else row.get(field)
            if field == "task_rows" and truth is None:
                continue
            ok, note = judge(row["file"], field, got[field], truth, warnings)
            totals[field][0] += ok
            totals[field][1] += 1
            if not ok or note:
                print(f"{row['file']}: {field}: {'ok' if ok else 'WRONG'} got={got[field]!r} truth={truth!r} {note}")
    print()
    print("| field | right | of | accuracy |")
    print("|---|---|---|---|")
    right = of = 0
    for field, (r, n) in totals.items():
        right, of = right + r, of + n
        print(f"| {field} | {r} | {n} | {r / n:.0%} |")
    print(f"| all | {right} | {of} | {right / of:.1%} |")
    for (file, field), (value, why) in CORRECTIONS.items():
        print(f"\nCorrection used: {file} {field} = {value!r}: {why}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
