"""Ingest the same files with the local engine and with Dask, and say whether the databases and the JSON documents are
identical: every table row by row (in rowid order, so the order documents were written in counts too) and every JSON
document and plans.jsonl byte for byte.

    .venv/bin/python scripts/compare_engines.py ../shared/realdocs ../shared/realdocs2 [--workers 2] [--keep DIR]

Exit status 0 when identical, 1 with the differences listed. Nothing is left out of the comparison but the full-text
indexes' internal tables (``*_fts_data``, ``*_fts_idx``, ``*_fts_docsize``, ``*_fts_config``: b-trees whose layout
depends on when each batch was committed, not on what it holds); the indexed text is compared through the index
itself (``SELECT rowid, * FROM <table>_fts``). The database holds no run timestamp or run id to ignore.
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

FTS_INTERNALS = ("_fts_data", "_fts_idx", "_fts_docsize", "_fts_config")


def database_differences(a: Path, b: Path) -> list[str]:
    """What differs between two databases, table by table and row by row; [] when nothing does."""
    found: list[str] = []
    with sqlite3.connect(a) as one, sqlite3.connect(b) as other:
        schema = "SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name"
        if one.execute(schema).fetchall() != other.execute(schema).fetchall():
            return ["the tables, indexes or views differ"]
        tables = [name for (name,) in one.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
                  if not name.startswith("sqlite_") and not name.endswith(FTS_INTERNALS)]
        for table in tables:
            query = f'SELECT rowid, * FROM "{table}" ORDER BY rowid'
            rows, others = one.execute(query).fetchall(), other.execute(query).fetchall()
            if len(rows) != len(others):
                found.append(f"{table}: {len(rows)} rows against {len(others)}")
                continue
            for row, theirs in zip(rows, others):
                if row != theirs:
                    found.append(f"{table}, rowid {row[0]}: {row!r} against {theirs!r}"[:500])
                    break
    return found


def folder_differences(a: Path, b: Path) -> list[str]:
    """The files of two folders compared byte for byte; [] when they are the same files with the same bytes."""
    names = sorted({p.name for p in a.iterdir()} | {p.name for p in b.iterdir()})
    return [f"{name}: {'differs' if (a / name).exists() and (b / name).exists() else 'only in one folder'}"
            for name in names if not ((a / name).exists() and (b / name).exists()
                                      and (a / name).read_bytes() == (b / name).read_bytes())]


def run_differences(a: Path, b: Path) -> list[str]:
    """Two output folders of ``kehoach ingest`` (plans.db, json/, plans.jsonl) compared."""
    found = database_differences(a / "plans.db", b / "plans.db") + folder_differences(a / "json", b / "json")
    jsonl = [name for name in ("plans.jsonl",) if (a / name).read_bytes() != (b / name).read_bytes()]
    return found + [f"{name} differs" for name in jsonl]


def ingest_with(engine, paths: list[Path], out: Path, workers: int) -> None:
    from pipeline.ingest import ingest

    report = ingest(paths, out / "plans.db", out / "json", workers=workers, jsonl_path=out / "plans.jsonl",
                    unresolved_path=out / "unresolved-agencies.csv", engine=engine)
    print(f"{out.name}: {len(report.documents)} ingested, {len(report.failures)} failed, {report.seconds:.0f} s",
          file=sys.stderr)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="+", type=Path)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--keep", type=Path, default=None, help="write the two runs here (default: a temporary folder)")
    args = parser.parse_args()
    from pipeline.engines import dask_engine

    with tempfile.TemporaryDirectory() as scratch:
        out = args.keep or Path(scratch)
        ingest_with(None, args.paths, out / "local", args.workers)
        ingest_with(dask_engine(workers=args.workers), args.paths, out / "dask", args.workers)
        found = run_differences(out / "local", out / "dask")
    for line in found:
        print(line)
    print("identical" if not found else f"{len(found)} difference(s)")
    return 1 if found else 0


if __name__ == "__main__":
    raise SystemExit(main())
