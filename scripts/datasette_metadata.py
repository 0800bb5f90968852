"""Write the descriptions of the tables, views and columns in Datasette's metadata (pipeline/data/datasette.json) from
docs/schema.md, the one place they are written, so that `make serve` shows each column's meaning on its table's page.
Titles, facets, sort orders and canned queries stay as they are in the metadata file.

    .venv/bin/python scripts/datasette_metadata.py           # rewrite the file
    .venv/bin/python scripts/datasette_metadata.py --check   # exit status 1 when it is not up to date (a test runs it)
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipeline.outputs.datapackage import SCHEMA_DOC, descriptions  # noqa: E402

METADATA = ROOT / "pipeline" / "data" / "datasette.json"
DATABASE = "plans"  # the database `make serve` opens: output/plans.db


def plain(markdown: str) -> str:
    """Datasette shows a description as text: code spans and emphasis without their marks."""
    return re.sub(r"\*(\S[^*]*?)\*", r"\1", markdown.replace("`", ""))


def described(metadata: dict, schema_text: str) -> dict:
    """``metadata`` with each table's and view's description and columns as docs/schema.md gives them."""
    tables = metadata["databases"][DATABASE].setdefault("tables", {})
    for name, (intro, columns) in descriptions(schema_text).items():
        if not columns:  # a section that is not a table's (the full-text indexes)
            continue
        table = tables.setdefault(name, {})
        table["description"] = plain(intro)
        table["columns"] = {column: plain(meaning) for column, meaning in columns.items()}
    return metadata


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="only say whether the file is up to date")
    args = parser.parse_args()
    current = METADATA.read_text(encoding="utf-8")
    wanted = json.dumps(described(json.loads(current), SCHEMA_DOC.read_text(encoding="utf-8")), ensure_ascii=False,
                        indent=2) + "\n"
    if args.check:
        if wanted != current:
            print(f"{METADATA.relative_to(ROOT)} is not up to date with docs/schema.md: run {Path(__file__).relative_to(ROOT)}",
                  file=sys.stderr)
            return 1
        return 0
    METADATA.write_text(wanted, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
