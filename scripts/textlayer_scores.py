"""Per page of each PDF: the share of words that are Vietnamese syllables, the share of those that carry
a mark, the word count, whether the national motto is read, and the verdict of parsers.textlayer (the
measurement behind its thresholds).

    .venv/bin/python scripts/textlayer_scores.py FILE_OR_FOLDER ...
"""

from __future__ import annotations

import sys
from pathlib import Path

import pypdfium2 as pdfium

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from parsers.textlayer import garbage_reason, has_motto, score  # noqa: E402


def main(paths: list[str]) -> None:
    files = [f for p in map(Path, paths) for f in (sorted(p.glob("*.pdf")) if p.is_dir() else [p])]
    for path in files:
        pdf = pdfium.PdfDocument(path)
        for i in range(len(pdf)):
            text = pdf[i].get_textpage().get_text_range()
            found = score(text)
            verdict = "garbage" if garbage_reason(text) else ("-" if found.words == 0 else "text")
            print(f"{path.name[:40]:40} p{i + 1:<3} syllables {found.syllables:4.2f} marked {found.marked:4.2f} "
                  f"words {found.words:5d} motto={int(has_motto(text))} {verdict}")
        pdf.close()


if __name__ == "__main__":
    main(sys.argv[1:])
