"""Command line: ``kehoach`` / ``python -m pipeline``. Each command parses its options, calls one library
function and prints; the options are the function's keyword arguments."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from . import __version__
from .ingest import IngestReport, ingest

EXIT_SOME_FAILED = 3


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="kehoach")
def main() -> None:
    """Turn Vietnamese government plan documents into a SQLite database and JSON files."""


@main.command("ingest")
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--db", "db_path", default=Path("output/plans.db"), show_default=True, type=click.Path(path_type=Path),
              help="SQLite database to write (created if missing; documents already in it are replaced, never duplicated).")
@click.option("--json-dir", default=Path("output/json"), show_default=True, type=click.Path(path_type=Path),
              help="Folder for one JSON document per source file, named <source file name>.json.")
def ingest_command(paths: tuple[Path, ...], db_path: Path, json_dir: Path) -> None:
    """Ingest files, and folders of files, into the database and JSON.

    A file that cannot be read is reported with its reason and skipped; exit status 3 then says that
    some files failed (0: all ingested).
    """

    def progress(index: int, total: int, path: Path, doc, reason: str | None) -> None:
        status = f"FAILED: {reason}" if reason else f"ok, {len(doc.warnings)} warnings"
        click.echo(f"[{index}/{total}] {path}: {status}", err=True)

    report = ingest(paths, db_path=db_path, json_dir=json_dir, on_file=progress)
    click.echo(summary(report, db_path, json_dir))
    if not report.ok:
        sys.exit(EXIT_SOME_FAILED)


def summary(report: IngestReport, db_path: Path, json_dir: Path) -> str:
    n = len(report.documents)
    lines = [f"Ingested {n} document(s) into {db_path} and {json_dir}/; {len(report.failures)} failed."]
    if n:
        found = ", ".join(f"{name} {count}/{n}" for name, count in report.fields_found().items())
        lines.append(f"Fields found: {found}.")
        codes = report.warning_codes()
        top = ", ".join(f"{code} {count}" for code, count in codes.most_common())
        lines.append(f"Warnings: {sum(codes.values())}" + (f" ({top})." if top else "."))
    for path, reason in report.failures:
        lines.append(f"FAILED {path}: {reason}")
    return "\n".join(lines)
