"""Command line: ``kehoach`` / ``python -m pipeline``. Each command parses its options, calls one library
function and prints; the options are the function's keyword arguments."""

from __future__ import annotations

import gc
import os
import sys
import unicodedata
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

import click

from . import __version__
from .errors import DatabaseVersionError, OutputError, PipelineError

EXIT_SOME_FAILED = 3
EXIT_OUTPUT_FAILED = 4  # the database or an output file could not be written: disk full, read-only, locked
EXIT_BAD_INPUT = 2  # wrong usage, or a corrections file or registry folder that cannot be used


class OutputFailed(click.ClickException):
    exit_code = EXIT_OUTPUT_FAILED


class BadInput(click.ClickException):
    exit_code = EXIT_BAD_INPUT


EXAMPLES = """Examples:

\b
  kehoach ingest corpus/
      read every document under corpus/ into output/plans.db, output/json/
  kehoach report
      a page per document to review: output/report/index.html
  kehoach correct corpus/004_bb67436c3e8d90f2.txt document.number 15/KH-UBND
      a correction, which every later ingest applies
  kehoach export --xlsx output/plans.xlsx
      the database as a spreadsheet
  kehoach datapackage
      every table and view as CSV, with datapackage.json
  kehoach schema > plan.schema.json
      the JSON Schema of the JSON documents

Each command's options: kehoach COMMAND --help. The database is output/plans.db unless --db or KEHOACH_DB names
another."""


@click.group(context_settings={"help_option_names": ["-h", "--help"]}, epilog=EXAMPLES)
@click.version_option(__version__, prog_name="kehoach")
def main() -> None:
    """Turn Vietnamese government plan documents into a SQLite database and JSON files."""


UNRESOLVED_REPORT = "unresolved-agencies.csv"  # written beside the database
REGISTRY_DIR = "registry"  # the clerk's registry folder, beside the database
DEFAULT_DB = "output/plans.db"


def _sqlite_file(ctx: click.Context, param: click.Parameter, value: str) -> Path:
    """The --db of a command that reads a SQLite file. A PostgreSQL URL (from KEHOACH_DB, as ingest takes it) is
    refused with the reason, not read as a file name that does not exist."""
    from .outputs.reading import is_postgres, shown_db

    if is_postgres(value):
        raise click.BadParameter(f"{shown_db(value)} is a PostgreSQL database; kehoach {ctx.info_name} reads a SQLite "
                                 "file: give it with --db, or query PostgreSQL's tables and views with any client")
    return Path(value)


def sqlite_db_option(help_text: str):
    """--db of the commands that read the database ingest wrote: the same default and environment variable."""
    return click.option("--db", "db_path", default=DEFAULT_DB, show_default=True, envvar="KEHOACH_DB",
                        callback=_sqlite_file, help=f"{help_text} [env: KEHOACH_DB]")


@main.command("ingest")
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--db", "db_target", default=DEFAULT_DB, show_default=True, envvar="KEHOACH_DB",
              help="SQLite database file to write, or a PostgreSQL database as a URL (postgresql://user@host/name); "
                   "created if missing; documents already in it are replaced, never duplicated [env: KEHOACH_DB].")
@click.option("--json-dir", default=Path("output/json"), show_default=True, type=click.Path(path_type=Path),
              help="Folder for one JSON document per source file, named <source file name>.json.")
@click.option("--jsonl", "jsonl_path", default=None, type=click.Path(path_type=Path),
              help="All documents of the database in one file, one JSON document per line, rewritten each run "
                   "[default: plans.jsonl beside the database, or beside the JSON folder for PostgreSQL].")
@click.option("--workers", type=click.IntRange(min=1), default=None,
              help="Processes that parse in parallel (default: the number of cores), with --engine dask the workers of the "
                   "local cluster; one writer writes the database.")
@click.option("--prune", "prune_missing", is_flag=True,
              help="Remove from the database, and delete the JSON documents of, the files that no longer exist under "
                   "the PATHS given.")
@click.option("--time-limit", "time_limit", type=click.FloatRange(min=1), default=600, show_default=True,
              help="Seconds one file may take; a file over it fails with that reason and the run goes on.")
@click.option("--memory-limit", "memory_limit", type=click.IntRange(min=64), default=4096, show_default=True,
              help="MiB of memory one file may take in its worker (Linux); a file over it fails with that reason.")
@click.option("--retry-failed", is_flag=True,
              help="Read again the files that failed in an earlier run and have not changed since (they are skipped "
                   "otherwise, until the file or kehoach changes).")
@click.option("--corrections", "corrections_path", default=None, type=click.Path(dir_okay=False, path_type=Path),
              help="Corrections file applied after parsing, each line only while its file and field are as they were "
                   "when it was made [default: corrections.csv beside the database].")
@click.option("--registry-dir", default=None, type=click.Path(file_okay=False, path_type=Path),
              help="Folder of registry additions (aliases.csv, agencies.csv …) merged with the package's agency "
                   "registry [default: registry/ beside the database].")
@click.option("--engine", type=click.Choice(["local", "dask"]), default="local", show_default=True,
              help="What reads the files: worker processes on this machine (local), or a Dask cluster (dask: the one at "
                   "--scheduler, or a local cluster of --workers processes; pip install 'kehoach[dask]').")
@click.option("--scheduler", default=None, metavar="ADDRESS",
              help="Address of a running Dask scheduler (tcp://host:8786) for --engine dask; every worker must see the "
                   "files at the same paths [default: start a local cluster].")
@click.option("--ocr-cache", "ocr_cache", default=None, type=click.Path(file_okay=False, path_type=Path),
              help="Folder where Tesseract's output is kept, by image, options and Tesseract's version: a scan read "
                   "again (after an upgrade of kehoach, or a run cut short) is not OCR'd again; the environment "
                   "variable KEHOACH_OCR_CACHE does the same [default: off]. Seen by the local engine's workers.")
def ingest_command(paths: tuple[Path, ...], db_target: str, json_dir: Path, jsonl_path: Path | None,
                   workers: int | None, prune_missing: bool, time_limit: float, memory_limit: int,
                   retry_failed: bool, corrections_path: Path | None, registry_dir: Path | None, engine: str,
                   scheduler: str | None, ocr_cache: Path | None) -> None:
    """Ingest files, and folders of files, into the database and JSON.

    Files unchanged since the last run are skipped. A file that cannot be read is reported with its
    reason (also in the ingest_errors table) and skipped; exit status 3 then says that some files
    failed (0: all ingested); 4 says that the database or an output file could not be written; 2 that
    the corrections file or the registry folder cannot be used (nothing is written then).
    """
    from .stages.corrections import CORRECTIONS_FILE
    from .ingest import Limits, ingest
    from .outputs.load import is_postgres, shown_db

    # the files kept beside the database: beside the JSON folder when the database is a server's
    db_path = db_target if is_postgres(db_target) else Path(db_target)
    beside = json_dir.parent if is_postgres(db_target) else db_path.parent
    if scheduler is not None and engine != "dask":
        raise BadInput("--scheduler is the address of a Dask scheduler: use it with --engine dask")
    if ocr_cache is not None:  # read by parsers/tesseract.py, in this process and the workers it starts
        from parsers.tesseract import OCR_CACHE_VARIABLE

        os.environ[OCR_CACHE_VARIABLE] = str(ocr_cache.resolve())
    progress = Progress(sys.stderr.isatty())
    try:
        report = ingest(paths, db_path=db_path, json_dir=json_dir, workers=workers, prune_missing=prune_missing,
                        jsonl_path=jsonl_path or beside / "plans.jsonl",
                        unresolved_path=beside / UNRESOLVED_REPORT, on_file=progress,
                        limits=Limits(seconds=time_limit, memory_mb=memory_limit), retry_failed=retry_failed,
                        corrections_path=corrections_path or beside / CORRECTIONS_FILE,
                        registry_dir=registry_dir or beside / REGISTRY_DIR,
                        engine=chosen_engine(engine, workers, scheduler))
    except DatabaseVersionError as error:
        raise click.ClickException(shown(error)) from None
    except OutputError as error:
        progress.done()
        raise OutputFailed(f"cannot write {shown(error.path)}: {error.reason}") from None
    except PipelineError as error:  # the corrections file or the registry folder
        progress.done()
        raise BadInput(f"{shown(error.path)}: {shown(error.reason)}") from None
    progress.done()
    click.echo(summary(report, shown_db(db_path), json_dir, beside / UNRESOLVED_REPORT))
    if not report.ok:
        sys.exit(EXIT_SOME_FAILED)


@contextmanager
def _start_up() -> Iterator[None]:
    """Imports and the registry of a command that reads one file, with the cyclic garbage collector off, then kept out
    of its collections (``gc.freeze``): the model's classes, the stages' patterns and the registry's 58,000 objects
    live as long as the process, and collections set off while they were made scanned them again and again (6% of
    ``kehoach akn``'s instructions on a source file). What the command then reads is collected as usual."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        if enabled:
            gc.enable()


@main.command("akn")
@click.argument("path", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--out", "out_path", default=None, type=click.Path(dir_okay=False, path_type=Path),
              help="File to write (default: standard output).")
def akn_command(path: Path, out_path: Path | None) -> None:
    """Print one document as Akoma Ntoso 3.0 XML: metadata and the section tree as hcontainers.

    PATH is a source file (read as kehoach ingest reads it) or a JSON document kehoach ingest wrote (converted as
    it is, corrections included, without reading the source again).
    """
    with _start_up():
        from .outputs.akn import STAGES, akn_of_json_file, to_akn

    try:
        if path.suffix.lower() == ".json":
            xml = akn_of_json_file(path)
        else:
            with _start_up():  # the model, the stages akn runs and the registry, before the file is read
                from .run import pipeline_stages, process
                from .stages.registry import registry

                pipeline_stages(STAGES)
                registry()
            xml = to_akn(process(path, STAGES))
    except PipelineError as error:
        raise click.ClickException(shown(error)) from None
    except OSError as error:
        raise click.ClickException(f"{shown(path)}: cannot read it: {error.strerror or error}") from None
    if out_path is None:
        click.echo(xml.decode("utf-8"), nl=False)
    else:
        out_path.write_bytes(xml)


@main.command("datapackage")
@sqlite_db_option("The database to describe.")
@click.option("--out", "out_dir", default=Path("output/datapackage"), show_default=True,
              type=click.Path(file_okay=False, path_type=Path), help="Folder for the CSV files and datapackage.json.")
def datapackage_command(db_path: Path, out_dir: Path) -> None:
    """Write every table and view as CSV with a Frictionless datapackage.json (types, primary and foreign keys)."""
    from .outputs.datapackage import write_datapackage

    try:
        path = write_datapackage(db_path, out_dir)
    except DatabaseVersionError as error:
        raise click.ClickException(shown(error)) from None
    except OutputError as error:
        raise OutputFailed(f"cannot write {shown(error.path)}: {error.reason}") from None
    except OSError as error:
        raise OutputFailed(f"cannot write {shown(error.filename or out_dir)}: {error.strerror or error}") from None
    click.echo(f"Wrote {path} and the CSV files beside it.")


@main.command("correct")
@click.argument("document")
@click.argument("field")
@click.argument("value")
@click.option("--note", default="", help="Why, or where the right value comes from (the signed original, a phone call …).")
@click.option("--who", default=None, help="Who corrects it [default: the user's login name].")
@sqlite_db_option("The database the document was ingested into.")
@click.option("--json-dir", default=Path("output/json"), show_default=True, type=click.Path(path_type=Path),
              help="Its JSON documents (the field's value is read there).")
@click.option("--corrections", "corrections_path", default=None, type=click.Path(dir_okay=False, path_type=Path),
              help="The corrections file to add the line to [default: corrections.csv beside the database].")
def correct_command(document: str, field: str, value: str, note: str, who: str | None, db_path: Path, json_dir: Path,
                    corrections_path: Path | None) -> None:
    """Correct a field of a document: add a line to the corrections file, which every later ingest applies.

    DOCUMENT is a source file's path (or the SHA-256 of its bytes); FIELD a path into its JSON document
    (document.number, document.issued_date, tasks[12].lead, indicators[3].target …); VALUE the right value
    ('' clears the field; agencies separated by ';'; dates as YYYY-MM-DD). The line keeps the file's sha256 and
    the value the field reads now, so that it is not applied to a re-issued file or a field that reads otherwise
    later. Run kehoach ingest again to apply it.
    """
    from .stages.corrections import CORRECTIONS_FILE, InvalidCorrection, add

    target = corrections_path or db_path.with_name(CORRECTIONS_FILE)
    try:
        line, was = add(db_path, json_dir, target, document, field, value, note=note, who=who)
    except InvalidCorrection as error:
        raise BadInput(str(error)) from None
    except PipelineError as error:
        raise BadInput(f"{shown(error.path)}: {shown(error.reason)}") from None
    except OSError as error:
        raise OutputFailed(f"cannot write {shown(target)}: {error.strerror or error}") from None
    click.echo(f"Line {line} of {shown(target)}: {field} = '{value}' (it read '{was}'). "
               "kehoach ingest applies it.")


@main.command("report")
@click.argument("documents", nargs=-1)
@sqlite_db_option("The database to report on.")
@click.option("--out", "out_dir", default=Path("output/report"), show_default=True,
              type=click.Path(file_okay=False, path_type=Path), help="Folder for index.html and one page per document.")
@click.option("--markdown", is_flag=True, help="Print the DOCUMENTS' reports as Markdown instead of writing HTML pages.")
def report_command(documents: tuple[str, ...], db_path: Path, out_dir: Path, markdown: bool) -> None:
    """Report on documents for review: metadata with where each value came from, what to review, warnings beside
    their source text (and a crop of the page for scans), corrections, uncertain rows, agencies, sections and tasks.

    DOCUMENTS are source files' paths (or SHA-256s) as ingested; none means every document. Writes
    index.html (every document with its number of items to review) and one page per document.
    """
    from .outputs.report import markdown_report, write_report

    if markdown and not documents:
        raise BadInput("--markdown prints the documents named: give one or more")
    try:
        if markdown:
            click.echo(markdown_report(db_path, list(documents)))
            return
        index = write_report(db_path, out_dir, list(documents))
    except PipelineError as error:  # no such database or document
        raise BadInput(f"{shown(error.path)}: {shown(error.reason)}") from None
    except OSError as error:
        raise OutputFailed(f"cannot write {shown(error.filename or out_dir)}: {error.strerror or error}") from None
    click.echo(f"Wrote {shown(index)} and the documents' pages beside it.")


@main.command("export")
@sqlite_db_option("The database to export.")
@click.option("--xlsx", "xlsx_path", default=None, type=click.Path(dir_okay=False, path_type=Path),
              help="Write a spreadsheet: documents, tasks with their agencies, indicators and the review queue as "
                   "sheets with filters and frozen headers.")
def export_command(db_path: Path, xlsx_path: Path | None) -> None:
    """Export the database for people: a spreadsheet (--xlsx). (kehoach datapackage writes CSV files.)"""
    from .outputs.xlsx import write_xlsx

    if xlsx_path is None:
        raise BadInput("say what to write: --xlsx FILE")
    try:
        write_xlsx(db_path, xlsx_path)
    except PipelineError as error:
        raise BadInput(f"{shown(error.path)}: {shown(error.reason)}") from None
    except OSError as error:
        raise OutputFailed(f"cannot write {shown(error.filename or xlsx_path)}: {error.strerror or error}") from None
    click.echo(f"Wrote {shown(xlsx_path)}.")


@main.command("schema")
def schema_command() -> None:
    """Print the JSON Schema of the JSON documents (also committed as schema/plan.schema.json)."""
    from .outputs.schema import json_schema_text

    click.echo(json_schema_text(), nl=False)


def chosen_engine(name: str, workers: int | None, scheduler: str | None):
    """None for the local worker pool (ingest's default); the Dask engine is imported only when chosen."""
    if name == "local":
        return None
    from .engines import dask_engine

    return dask_engine(scheduler, workers)


class Progress:
    """A progress bar (click's, with the files done, the time left and the file just read) on a terminal; one plain
    line per file otherwise (logs). A file that failed is reported on a line of its own either way."""

    def __init__(self, terminal: bool):
        self.terminal = terminal
        self.bar = None

    def __call__(self, index: int, total: int, path: Path, ingested, reason: str | None) -> None:
        """``ingested``: what the report keeps of the document (``ingest.Ingested``), None for a file that failed."""
        if not self.terminal:
            click.echo(f"FAILED {shown(path)}: {shown(reason)}" if reason else
                       f"[{index}/{total}] {shown(path)}: ok, {len(ingested.warning_codes)} warnings", err=True)
            return
        if self.bar is None:
            self.bar = click.progressbar(length=total, label="Reading", file=sys.stderr, show_pos=True, show_eta=True,
                                         item_show_func=lambda item: shown(item.name) if item else None)
        if reason:
            click.echo(f"\r\033[KFAILED {shown(path)}: {shown(reason)}", err=True)
        self.bar.update(1, path)

    def done(self) -> None:
        if self.bar is not None:
            self.bar.render_finish()
            self.bar = None


UNPRINTABLE = frozenset(("Cc", "Cs", "Zl", "Zp"))  # controls, lone surrogates (bytes not UTF-8), line separators


def shown(value) -> str:
    """A path or message as one printable line: a path under the working folder relative to it; control
    characters (a newline in a file name would forge a log line), line separators and bytes that are not UTF-8
    escaped as \\n, \\u2028, \\udcff."""
    text = str(value)
    if os.path.isabs(text) and not (relative := os.path.relpath(text)).startswith(".."):
        text = relative
    return "".join(char.encode("unicode_escape").decode("ascii") if unicodedata.category(char) in UNPRINTABLE else char
                   for char in text)


def summary(report, db_name: str, json_dir: Path, unresolved_path: Path) -> str:
    n = len(report.documents)
    lines = [f"Ingested {n} file(s) into {shown(db_name)} and {shown(json_dir)}/; {report.skipped} unchanged, skipped; "
             f"{len(report.failures)} failed" + (f"; {report.failed_before} failed before and unchanged, skipped "
                                                 f"(--retry-failed reads them again)" if report.failed_before else "")
             + (f"; {report.pruned} pruned" if report.pruned else "") + f" ({report.seconds:.1f} s)."]
    if report.stored_files != report.stored_documents:
        lines.append(f"The database holds {report.stored_documents} document(s) read from {report.stored_files} files "
                     "(files with identical bytes are one document).")
    if n:
        found = ", ".join(f"{name} {count}/{n}" for name, count in report.fields_found().items())
        lines.append(f"Fields found: {found}.")
        codes = report.warning_codes()
        top = ", ".join(f"{code} {count}" for code, count in codes.most_common())
        lines.append(f"Warnings: {sum(codes.values())}" + (f" ({top})." if top else "."))
    if report.unresolved_agencies:
        total = sum(count for _, count in report.unresolved_agencies)
        top = "; ".join(f"{shown(name)} ({count})" for name, count in report.unresolved_agencies[:5])
        lines.append(f"Agency names not resolved: {len(report.unresolved_agencies)} names, {total} mentions "
                     f"(most frequent: {top}); all of them in {shown(unresolved_path)}.")
    if report.corrections_applied or report.corrections_not_applied:
        lines.append(f"Corrections: {report.corrections_applied} applied, {len(report.corrections_not_applied)} not "
                     "applied" + (" (the corrections table and the review queue list them):" if report.corrections_not_applied else "."))
        for line, field, target, why in report.corrections_not_applied[:10]:
            lines.append(f"  line {line}, {shown(field)} of {shown(target)}: {shown(why)}")
    for path, reason in report.failures:
        lines.append(f"FAILED {shown(path)}: {shown(reason)}")
    return "\n".join(lines)
