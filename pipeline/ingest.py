"""Ingest: files -> documents -> database and JSON. The library function behind ``kehoach ingest``.

- Paths are stored absolute, so a run does not depend on the folder it starts in; folders are walked without
  following symbolic links that lead outside the folders given, and a folder that cannot be read is reported.
- Parsing is ``run.process``, a pure function from a file to a Document, run by an engine: worker processes
  (``workers``, the default) or a Dask cluster (pipeline/engines.py), each file under a time and memory limit
  (``Limits``); a worker dies with the process that started it. The engine hands the documents back in the order of
  the files, and this process alone writes the database.
- A document's rows and its JSON are written together: the JSON first, then the transaction that records it is
  committed, so a killed run leaves every document complete or absent, and a file whose JSON is missing is read
  again. Documents are committed in batches (``BATCH_DOCUMENTS``, ``BATCH_SECONDS``).
- A file whose path, size and modification time (or, failing those, content hash) and pipeline version are
  already in the database is skipped without being read again; so is a file that failed for a reason of its own
  (empty, corrupt …) until it or the pipeline changes, or ``retry_failed``.
- A file that cannot be read, or whose JSON cannot be written, gets a one-line reason in ``ingest_errors`` and in
  the report; the run goes on. A database that cannot be written stops the run with OutputError naming it.
- The corrections file (``corrections``) is applied to every document read, after the stages and before it is
  stored, so the database and the JSON both hold the corrected values; a document whose corrections changed since it
  was stored is read again. The registry folder (``registry_dir``) is merged with the package's registry in this
  process and in every worker.
"""

from __future__ import annotations

import csv
import gc
import hashlib
import os
import pickle
import signal
import stat as stat_module
import tempfile
import threading
import time
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from functools import partial
from pathlib import Path, PurePath
from typing import TYPE_CHECKING, Callable, Iterable, Iterator

import parsers

from .stages import corrections as corrections_module
from .errors import MissingProgram, OutputError, PipelineError, TimeLimitExceeded
from .outputs.export import JsonlLines, json_name_for, sweep_temporary_files, update_jsonl, write_text_atomically
from .outputs.load import (SourceFile, begin, correction_rows, database_error_types, describe, forget_error, insert_rows,
                   is_postgres, json_name_taken, known_failures, known_files, load_many, open_db, pipeline_version, prepare,
                   Prepared, record_error,
                   remove_source, shown_db, stored_json_name, touch, transaction)
from .stages.registry import use_user_folder, user_folder
from .stages.window import Window

if TYPE_CHECKING:  # the model (pydantic) is not imported by a run that finds nothing to read
    from .model import Document

METADATA_FIELDS = ("doc_type", "number", "issued_date", "place", "issuer", "title", "signer", "recipients")
MAX_FILE_BYTES = 100 * 1024 * 1024
IN_FLIGHT_PER_WORKER = 4
# A batch of documents is committed when it holds this many documents or is this old, whichever comes first.
BATCH_DOCUMENTS = 200
BATCH_SECONDS = 1.0
# The rows of this many documents are written together (one statement per table), in the batch's transaction.
FLUSH_DOCUMENTS = 32
# While documents are written, the cyclic garbage collector looks at new objects once this many more are alive (Python's
# default: 700): the rows of the documents queued are thousands of short-lived tuples of strings and numbers, which
# the default traversed again and again for nothing (3-7% of the writer's CPU on the text samples).
WRITER_GC_OBJECTS = 20000


@dataclass(frozen=True)
class Limits:
    """What one file may take in a worker; a file over a limit fails with that reason, the run goes on."""

    seconds: float = 600.0  # wall-clock time to read and process it
    memory_mb: int = 4096  # address space it may add to the worker's (RLIMIT_AS), Linux


@dataclass(frozen=True)
class Ingested:
    """What the report keeps of an ingested document: a few names, not the document (a run of thousands
    of files would otherwise hold every document in memory until it ends)."""

    id: str  # documents.id, the file's SHA-256
    path: str
    name: str
    fields: tuple[str, ...]  # the metadata fields found
    warning_codes: tuple[str, ...]

    @classmethod
    def of(cls, doc: Document) -> Ingested:
        meta = doc.metadata
        present = {} if meta is None else {
            "doc_type": meta.doc_type, "number": meta.number, "issued_date": meta.issued_date, "place": meta.place,
            "issuer": meta.issuer.name, "title": meta.title, "signer": meta.signer.name, "recipients": meta.recipients,
        }
        return cls(doc.origin.sha256, doc.origin.path, doc.origin.name, tuple(name for name, value in present.items() if value),
                   tuple(w.code for w in doc.warnings))


@dataclass
class IngestReport:
    documents: list[Ingested] = field(default_factory=list)  # one per file ingested in this run
    json_written: set[str] = field(default_factory=set)  # the JSON documents written in this run (names)
    failures: list[tuple[str, str]] = field(default_factory=list)  # (path, reason)
    skipped: int = 0  # unchanged since the last run
    failed_before: int = 0  # failed in an earlier run for a reason of their own, unchanged since: not read again
    pruned: int = 0
    seconds: float = 0.0
    stored_documents: int = 0  # what the database holds after the run: distinct contents …
    stored_files: int = 0  # … and the files they were read from (identical files are one document)
    # agency names of the whole database that did not resolve: (name, occurrences), most frequent first
    unresolved_agencies: list[tuple[str, int]] = field(default_factory=list)
    # the corrections file, after the run: lines applied, and the others as (line, field, file or sha256, detail)
    corrections_applied: int = 0
    corrections_not_applied: list[tuple[int, str, str, str]] = field(default_factory=list)
    # documents whose links (document_links, their JSON) changed after the run, and those read again because the
    # citations of the database now give (or no longer give) a number or day their page does not show
    relinked: int = 0
    evidence_changed: list[str] = field(default_factory=list)  # their paths
    links_failed: bool = False  # a JSON document could not take its links: the next run's link step tries again

    @property
    def ok(self) -> bool:
        return not self.failures

    def fields_found(self) -> dict[str, int]:
        counts = Counter(name for doc in self.documents for name in doc.fields)
        return {name: counts[name] for name in METADATA_FIELDS}

    def warning_codes(self) -> Counter[str]:
        """The warnings of each document once: files with identical bytes are one document, stored once with its
        warnings, however many of its copies this run read."""
        distinct = {doc.id: doc for doc in self.documents}.values()
        return Counter(code for doc in distinct for code in doc.warning_codes)


@dataclass(frozen=True)
class Outcome:
    """What parsing one file gave: a document, or the reason it failed. A document comes as what the writer writes
    (its rows and JSON, ``prepared``) and what the report keeps (``summary``); the Document itself comes pickled, and
    the writer unpickles it only when it must change it (corrections): unpickling a document costs the one writing
    process more than writing it."""

    path: Path
    reason: str | None = None
    prepared: Prepared | None = None  # the document's rows and JSON, built in the worker (load.prepare)
    summary: Ingested | None = None
    pickled_doc: bytes | None = None
    # the failure comes from the file itself (corrupt, empty, over a limit …), not from this machine: it is
    # remembered and the file is not read again until it or the pipeline changes
    own_fault: bool = False

    def document(self) -> Document:
        return pickle.loads(self.pickled_doc)


def write_unresolved_report(db, path: Path) -> None:
    """The agency names that did not resolve, with counts and where they occur: the list a clerk works through to
    add aliases (aliases.csv) or bodies (agencies.csv) to the registry folder beside the database. Written for
    spreadsheets: a byte-order mark, and cells a spreadsheet would run as formulas defused."""
    from .outputs.spreadsheet import defused_row, open_csv

    rows = list(db.query("SELECT * FROM unresolved_agencies"))
    path.parent.mkdir(parents=True, exist_ok=True)
    with open_csv(path) as handle:
        writer = csv.DictWriter(handle, fieldnames=["name", "occurrences", "documents", "reason", "files", "first_places"])
        writer.writeheader()
        writer.writerows(defused_row(row) for row in rows)


# ---------------------------------------------------------------------------------------------------
# Finding the files


def absolute(path: Path | str) -> Path:
    """The path made absolute without resolving symbolic links ("corpus/../x" -> "/home/…/x")."""
    return Path(os.path.abspath(path))


def path_key(path: Path) -> str:
    """How a path is stored: its text, with bytes that are not UTF-8 (file names from old archives) escaped as
    \\xNN, which SQLite and JSON can hold."""
    return os.fsencode(path).decode("utf-8", "backslashreplace")


@dataclass
class Found:
    """The files under the paths given, and what could not be looked at."""

    files: list[Path] = field(default_factory=list)  # absolute, in a stable order
    problems: list[tuple[str, str]] = field(default_factory=list)  # (path, reason): folders not read, links not followed
    roots: list[Path] = field(default_factory=list)  # the paths given, absolute
    folders: list[Path] = field(default_factory=list)  # those that are folders
    unreadable: list[Path] = field(default_factory=list)  # folders whose files could not be listed
    seen: set[str] = field(default_factory=set)  # path keys of every file met, read or not

    def covers(self, key: str) -> bool:
        """Whether a stored path is one this run looked for: under a folder given (and not in a folder that could
        not be read), or a file given. A folder given that no longer exists covers nothing: an unmounted disk
        must not empty the database."""
        path = PurePath(key)
        if any(path.is_relative_to(folder) for folder in self.unreadable):
            return False
        return path in self.roots or any(path.is_relative_to(folder) for folder in self.folders)


def find_files(paths: Iterable[Path | str]) -> Found:
    """Files named, and the files with a supported suffix under folders named (searched recursively). A symbolic
    link is followed only when it leads to a file inside the folders given; the others are reported."""
    found = Found(roots=list(dict.fromkeys(absolute(p) for p in paths)))
    found.folders = [root for root in found.roots if root.is_dir()]
    inside = [Path(os.path.realpath(folder)) for folder in found.folders]
    files: dict[Path, None] = {}
    for root in found.roots:
        if root not in found.folders:
            files[root] = None  # a file named is read even through a link; a missing one fails with its reason
            continue
        in_root: list[Path] = []

        def unreadable(error: OSError) -> None:
            folder = Path(error.filename or root)
            found.unreadable.append(folder)
            found.problems.append((path_key(folder), f"cannot read folder: {describe(error)}"))

        for folder, subfolders, names in os.walk(root, onerror=unreadable):
            for name in subfolders:  # os.walk does not enter linked folders; one leading outside is reported
                link = Path(folder, name)
                if link.is_symlink() and not _within(link, inside):
                    found.problems.append((path_key(link), f"symbolic link to a folder outside the folders given "
                                                           f"({os.path.realpath(link)}): not followed"))
            for name in names:
                path = Path(folder, name)
                if path.suffix.lower() not in parsers.READERS:
                    continue
                found.seen.add(path_key(path))
                if path.is_symlink() and not _within(path, inside):
                    found.problems.append((path_key(path), f"symbolic link to a file outside the folders given "
                                                           f"({os.path.realpath(path)}): not followed"))
                    continue
                in_root.append(path)
        files.update(dict.fromkeys(sorted(in_root)))
    found.files = list(files)
    found.seen.update(path_key(p) for p in found.files)
    return found


def _within(link: Path, folders: list[Path]) -> bool:
    target = Path(os.path.realpath(link))
    return any(target.is_relative_to(folder) for folder in folders)


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


# ---------------------------------------------------------------------------------------------------
# Parsing, in workers, each file under its limits


def safe_process(path: Path, limits: Limits = Limits()) -> Outcome:
    """``process`` for a worker: a failure is returned with its reason, never raised."""
    from .run import pipeline_stages, process  # the stages and readers are imported where files are parsed, not by every command

    pipeline_stages()  # their modules imported outside a file's limits, as the readers' libraries are
    try:
        info = path.stat()
        if not stat_module.S_ISREG(info.st_mode):
            return Outcome(path, reason="not a regular file (a device, pipe or socket)")
        if info.st_size > MAX_FILE_BYTES:
            raise PipelineError(str(path), f"file too large ({info.st_size / 2**20:.0f} MB > {MAX_FILE_BYTES / 2**20:.0f} MB)")
        parsers.import_reader(path)  # the libraries a reader imports are not the file's: loaded outside its limits
        with file_limits(limits):
            return parsed_outcome(path, process(path))
    except FileNotFoundError:
        return Outcome(path, reason="no such file")
    except MissingProgram as error:
        return Outcome(path, reason=error.reason)
    except PipelineError as error:
        return Outcome(path, reason=error.reason, own_fault=True)
    except TimeLimitExceeded:
        return Outcome(path, reason=f"took longer than {limits.seconds:g} s, the time limit per file (--time-limit)",
                       own_fault=True)
    except MemoryError:
        return Outcome(path, reason=f"needed more than {limits.memory_mb} MiB, the memory limit per file (--memory-limit)",
                       own_fault=True)
    except RecursionError:
        return Outcome(path, reason="nested too deeply to read", own_fault=True)
    except OSError as error:
        return Outcome(path, reason=f"cannot read the file: {describe(error)}")
    except Exception as error:  # a reader's bug on an input nobody foresaw fails that file, not the run
        return Outcome(path, reason=f"could not be read: {type(error).__name__}: {error}", own_fault=True)


def parsed_outcome(path: Path, doc: Document) -> Outcome:
    """What a worker sends the writer for a document it parsed: the document stored under its path's key (a file name
    that is not UTF-8 is stored escaped), its rows, JSON and summary, and the document pickled."""
    key = path_key(path)
    if doc.origin.path != key:
        doc = doc.model_copy(update={"origin": doc.origin.model_copy(update={"path": key, "name": PurePath(key).name})})
    return Outcome(path, prepared=prepare(doc), summary=Ingested.of(doc),
                   pickled_doc=pickle.dumps(doc, protocol=pickle.HIGHEST_PROTOCOL))


@contextmanager
def file_limits(limits: Limits) -> Iterator[None]:
    """The time limit (SIGALRM raising TimeLimitExceeded) and the memory limit (RLIMIT_AS: the worker's address
    space now, plus ``memory_mb``; children such as Tesseract inherit it) for one file, lifted afterwards. The
    time limit needs the main thread (signals); elsewhere only the memory limit applies."""
    timed = threading.current_thread() is threading.main_thread() and limits.seconds > 0
    reading = [True]

    def expired(signum, frame):
        if reading[0]:
            raise TimeLimitExceeded()

    # the memory limit first and the clock inside the try: an alarm that rang before the try (a 0.01 s limit on a
    # busy machine) left the timer ringing every tenth of a second after the file, in whatever ran next
    previous_memory = _limit_memory(limits.memory_mb)
    previous_handler = None
    try:
        if timed:
            previous_handler = signal.signal(signal.SIGALRM, expired)
            # and again every tenth of a second (or of the limit) until the file stops: an exception the handler
            # raises while a finalizer or a gc callback runs is lost ("Exception ignored in …"), and the file would
            # read on
            signal.setitimer(signal.ITIMER_REAL, limits.seconds, min(limits.seconds, 0.1))
        yield
    finally:
        reading[0] = False
        if timed:
            signal.setitimer(signal.ITIMER_REAL, 0)
            if previous_handler is not None:
                signal.signal(signal.SIGALRM, previous_handler)
        if previous_memory is not None:
            import resource

            resource.setrlimit(resource.RLIMIT_AS, previous_memory)


def _limit_memory(memory_mb: int) -> tuple[int, int] | None:
    """Lower the soft RLIMIT_AS to the current address space plus ``memory_mb``; the limit it replaced, or None
    where it cannot be set (not Linux)."""
    try:
        import resource

        with open("/proc/self/statm") as statm:
            current = int(statm.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")
        previous = resource.getrlimit(resource.RLIMIT_AS)
        wanted = current + memory_mb * 2**20
        if previous[1] != resource.RLIM_INFINITY:
            wanted = min(wanted, previous[1])
        resource.setrlimit(resource.RLIMIT_AS, (wanted, previous[1]))
        return previous
    except (ImportError, OSError, ValueError):
        return None


def _start_worker(parent: int, registry_dir: Path | None = None) -> None:
    """A worker dies with the process that started it (kill -9 included), then is readied to parse with the
    registry the ingest uses."""
    from .run import prepare_worker

    die_with_parent(parent)
    use_user_folder(registry_dir)
    prepare_worker()


def die_with_parent(parent: int) -> None:
    """Ask the kernel to kill this process when its parent dies (Linux ``PR_SET_PDEATHSIG``); a parent already
    gone means exit now. Elsewhere a no-op."""
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        PR_SET_PDEATHSIG = 1
        if libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL) != 0:
            return
    except (OSError, AttributeError):
        return
    if os.getppid() != parent:
        os._exit(1)


def _pool(workers: int) -> ProcessPoolExecutor:
    return ProcessPoolExecutor(max_workers=workers, initializer=_start_worker, initargs=(os.getpid(), user_folder()))


WORKER_DIED = "the process reading it died (a crash in a library, or killed by the system for memory)"


def _parsed(paths: list[Path], workers: int, limits: Limits) -> Iterator[Outcome]:
    """Outcomes in the order of ``paths``, a bounded window of files in flight (parsed documents never pile up in
    memory behind one slow file). A worker that dies breaks its pool: the files that were in flight are read again
    one at a time, each in a fresh process, so that only the file that kills a process fails; then a new pool
    takes the rest."""
    if workers <= 1 or len(paths) <= 1:
        if paths:
            from .run import prepare_worker

            prepare_worker()
        for path in paths:
            yield safe_process(path, limits)
        return
    remaining = iter(paths)
    while True:
        with _pool(workers) as pool:
            window = Window(pool, partial(safe_process, limits=limits), remaining, IN_FLIGHT_PER_WORKER * workers)
            try:
                yield from window
                return
            except BrokenProcessPool:
                pass
        for path, future in window.in_flight:
            if future.done() and not future.exception():
                yield future.result()
            else:
                yield _alone(path, limits)


# An engine reads the files of an ingest: called with the files to read and the limits per file, it yields one
# Outcome per file, in the order of the files. ``local_engine`` is the default; pipeline/engines.py has Dask's.
Engine = Callable[[list[Path], Limits], Iterator[Outcome]]


def local_engine(workers: int | None = None) -> Engine:
    """Worker processes on this machine (default: one per core)."""
    count = (os.cpu_count() or 1) if workers is None else workers
    return lambda paths, limits: _parsed(paths, count, limits)


def _alone(path: Path, limits: Limits) -> Outcome:
    with _pool(1) as pool:
        try:
            return pool.submit(safe_process, path, limits).result()
        except BrokenProcessPool:
            return Outcome(path, reason=WORKER_DIED, own_fault=True)


# ---------------------------------------------------------------------------------------------------
# Writing


def check_writable(folder: Path) -> None:
    """Fail before reading anything when an output folder cannot be created or written to."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=folder, prefix=".kehoach-probe-"):  # removed when closed
            pass
    except OSError as error:
        raise OutputError(str(folder), f"cannot write to this folder: {describe(error)}") from None


@contextmanager
def database_errors(db_path: Path | str) -> Iterator[None]:
    """A database error while writing (disk full, file removed, I/O error, server gone) as OutputError naming the
    database."""
    try:
        yield
    except database_error_types() as error:
        raise OutputError(shown_db(db_path), f"cannot write the database: {describe(error)}") from None


@contextmanager
def ingest_lock(db_path: Path) -> Iterator[None]:
    """One ingest at a time per database: a second one stops at once with a clear message instead of failing
    half-way on a locked database. The lock is an flock on the database file itself (SQLite's own locks are
    fcntl locks, which do not interact with it); it is taken before SQLite opens the file and released after
    SQLite closed it, so closing this descriptor never drops SQLite's locks. (A PostgreSQL database is locked
    when it is opened: postgres.open_db.)"""
    if str(db_path) == ":memory:" or is_postgres(db_path):
        yield
        return
    import fcntl

    try:
        db_path.parent.mkdir(parents=True, exist_ok=True)
        handle = os.open(db_path, os.O_RDWR | os.O_CREAT, 0o644)
    except OSError as error:
        raise OutputError(str(db_path), f"cannot open or create the database: {describe(error)}") from None
    try:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise OutputError(str(db_path), "another kehoach ingest is writing this database; wait for it to finish, "
                                            "or write to another database with --db") from None
        yield
    finally:
        os.close(handle)


class Batch:
    """Documents written in one transaction until the batch is full or old (``BATCH_DOCUMENTS``, ``BATCH_SECONDS``):
    one commit, one sync of the disk, for many documents. A document's JSON is written when it is added (``store``)
    and its rows with those of the documents added after it (``load_many``, every ``FLUSH_DOCUMENTS`` and at each
    commit): a document whose JSON cannot be written leaves no row, and a JSON is always written before the commit
    that records it. Leaving the batch on an error rolls back what it holds. The plans.jsonl line of each JSON
    written is kept in ``lines`` when given."""

    def __init__(self, db, lines: JsonlLines | None = None):
        self.db = db
        self.lines = lines
        self.size = 0
        self.started = 0.0
        self.pending: list[tuple[SourceFile, Prepared]] = []  # JSON written, rows not yet
        self.json_names: dict[str, str] = {}  # path -> JSON name, for the documents of this batch
        self.names_taken: dict[bytes, str] = {}  # those names without case (``_folded_name``) -> path

    def __enter__(self) -> Batch:
        return self

    def add(self) -> None:
        """Count one more document, opening a transaction if none is open."""
        if not self.db.conn.in_transaction:
            begin(self.db)
            self.size, self.started = 0, time.monotonic()
        self.size += 1

    def store(self, prepared: Prepared, key: str, info: os.stat_result, json_dir: Path | None) -> str:
        """A document read from the file ``key``: its JSON written now, its rows queued. An OSError writing the JSON
        is raised and nothing of the document is kept. Returns the JSON document's name."""
        if any(queued.doc_id == prepared.doc_id for _, queued in self.pending):
            # the same bytes again (another path): written in turn, as a run whose batches end elsewhere writes it
            self.flush()
        name = (self.json_names.get(key) or stored_json_name(self.db, key)
                or json_name_for(key, lambda candidate: self._json_name_taken(candidate, key)))
        if json_dir is not None:
            write_text_atomically(json_dir / name, prepared.json_bytes)
            if self.lines is not None:
                self.lines.keep(json_dir / name, prepared.jsonl_line)
        self.pending.append((SourceFile(key, info.st_size, info.st_mtime_ns, name),
                             replace(prepared, json_bytes=None, jsonl_line=None)))
        self.json_names[key] = name
        self.names_taken[_folded_name(name)] = key
        if len(self.pending) >= FLUSH_DOCUMENTS:
            self.flush()
        return name

    def _json_name_taken(self, name: str, path: str) -> bool:
        return self.names_taken.get(_folded_name(name), path) != path or json_name_taken(self.db, name, path)

    def flush(self) -> None:
        """Write the rows of the documents queued."""
        if self.pending:
            load_many(self.db, self.pending)
            self.pending.clear()

    def commit_if_due(self) -> None:
        if self.size >= BATCH_DOCUMENTS or time.monotonic() - self.started >= BATCH_SECONDS:
            self.commit()

    def commit(self) -> None:
        self.flush()
        self.forget_names()
        self.db.conn.commit()

    def forget_names(self) -> None:
        """The batch's JSON names are the database's once committed (or gone, rolled back)."""
        self.json_names.clear()
        self.names_taken.clear()

    def __exit__(self, kind, error, trace) -> None:
        if kind is not None:
            self.pending.clear()
            self.forget_names()
        if self.db.conn.in_transaction:
            self.commit() if kind is None else self.db.conn.rollback()


def _folded_name(name: str) -> bytes:
    """A JSON name with its ASCII letters in lower case, as ``load.json_name_taken`` compares names."""
    return name.encode("utf-8", "surrogateescape").lower()


def store(db, doc: Document | None, key: str, info: os.stat_result, json_dir: Path | None,
          prepared: Prepared | None = None) -> str:
    """One document's rows and its JSON (``prepared`` in a worker, or built here from ``doc``), written at once: an
    OSError writing the JSON leaves no row and is raised. Returns the JSON document's name."""
    batch = Batch(db)
    name = batch.store(prepared or prepare(doc, with_json=json_dir is not None), key, info, json_dir)
    batch.flush()
    return name


def _unchanged(path: Path, info: os.stat_result, seen: dict | None, json_dir: Path | None,
               aimed: corrections_module.Aimed | None = None) -> str | None:
    """How a file is known to be as it was last read: "same" (size and time), "touched" (same bytes), or None.
    A file whose JSON went missing is read again (the database and the JSON folder are reconciled); so is one whose
    corrections changed, and one whose reading a time limit cut short (the next run may have the time)."""
    if seen is None or seen["pipeline_version"] != pipeline_version() or seen["size"] != info.st_size:
        return None
    if seen.get("cut_short"):
        return None
    if aimed is not None and seen.get("corrections_digest") != corrections_module.digest_of(aimed.rows_for(seen["id"])):
        return None
    if json_dir is not None and seen["json_name"] is not None and not (json_dir / seen["json_name"]).exists():
        return None
    if seen["mtime_ns"] == info.st_mtime_ns:
        return "same"
    return "touched" if sha256_of(path) == seen["id"] else None


def ingest(
    paths: Iterable[Path],
    db_path: Path,
    json_dir: Path | None,
    workers: int | None = None,
    prune_missing: bool = False,
    jsonl_path: Path | None = None,
    unresolved_path: Path | None = None,
    on_file: Callable[[int, int, Path, Ingested | None, str | None], None] | None = None,
    limits: Limits = Limits(),
    retry_failed: bool = False,
    corrections_path: Path | None = None,
    registry_dir: Path | None = None,
    engine: Engine | None = None,
) -> IngestReport:
    """Ingest files and folders into ``db_path`` and ``json_dir``, applying the corrections file ``corrections_path``
    and reading agencies with the registry folder ``registry_dir`` merged in; the files are read by ``engine``
    (default: ``local_engine(workers)``). Raises OutputError (naming the path) when the database or an output folder
    cannot be written, DatabaseVersionError for a database of another layout, CorrectionsError and RegistryError for a
    corrections file or a registry folder that cannot be read (before anything is written), PipelineError from the
    engine (a Dask scheduler that cannot be reached, a worker of another version)."""
    from . import links

    start = time.perf_counter()
    db_path = str(db_path) if is_postgres(db_path) else Path(db_path)  # a URL is not a path
    json_dir = None if json_dir is None else Path(json_dir)
    report = IngestReport()
    use_user_folder(registry_dir)
    rows = corrections_module.read_rows(Path(corrections_path)) if corrections_path is not None else []
    found = find_files(paths)
    if json_dir is not None:
        check_writable(json_dir)
    with ingest_lock(db_path):
        if json_dir is not None:
            sweep_temporary_files(json_dir)
        db = open_db(db_path)
        lines = _jsonl_lines(jsonl_path) if jsonl_path is not None and json_dir is not None else None
        try:
            with database_errors(db_path):
                aimed = corrections_module.aim(rows, _hashes())
                links_pending = links.begin_run(db)
                _ingest_into(db, found, json_dir, engine or local_engine(workers), prune_missing, on_file, limits,
                             retry_failed, report, aimed, lines)
                _record_corrections_aimed_nowhere(db, aimed, report)
                if links_pending or report.documents or report.pruned:
                    link_documents(db, json_dir, aimed, limits, report, lines)
                if not report.links_failed:  # else the next run's link step tries again
                    links.end_run(db)
                changed = bool(report.documents or report.pruned or report.relinked or report.evidence_changed)  # a no-change run rewrites nothing
                if jsonl_path is not None and json_dir is not None and (changed or not Path(jsonl_path).exists()):
                    _output(Path(jsonl_path), lambda target: _write_jsonl(db, json_dir, target, report.json_written,
                                                                          lines))
                if unresolved_path is not None and (changed or not Path(unresolved_path).exists()):
                    _output(Path(unresolved_path), lambda target: write_unresolved_report(db, target))
                report.unresolved_agencies = [(row["name"], row["occurrences"]) for row in db.query(
                    "SELECT name, occurrences FROM unresolved_agencies")]
                report.stored_documents = db.execute("SELECT count(*) FROM documents").fetchone()[0]
                report.stored_files = db.execute("SELECT count(*) FROM source_files").fetchone()[0]
        finally:
            if lines is not None:
                lines.close()
            db.close()
    report.seconds = time.perf_counter() - start
    return report


def _jsonl_lines(jsonl_path: Path) -> JsonlLines | None:
    """Where the run keeps the plans.jsonl lines of the JSON documents it writes; None (the lines are made from the
    JSON files at the end) when no temporary file can be made beside plans.jsonl: writing plans.jsonl reports that."""
    try:
        return JsonlLines(Path(jsonl_path).parent)
    except OSError:
        return None


def _hashes() -> Callable[[str], str | None]:
    """The SHA-256 of a file by its stored path, hashed once; None when there is no such file."""
    seen: dict[str, str | None] = {}

    def sha_of(key: str) -> str | None:
        if key not in seen:
            try:
                seen[key] = sha256_of(Path(key))
            except OSError:
                seen[key] = None
        return seen[key]

    return sha_of


def _record_corrections_aimed_nowhere(db, aimed: corrections_module.Aimed, report: IngestReport) -> None:
    """The lines of the corrections file no document takes (no such file, no document with those bytes) are recorded
    without a document, rewritten only when they changed; then the report counts what the corrections table holds."""
    known = {row[0] for row in db.execute("SELECT id FROM documents")}
    nowhere = list(aimed.nowhere) + [
        corrections_module.Row(**{**row.__dict__, "status": "no_document",
                                  "detail": "no document in the database has these bytes (sha256)"})
        for sha, rows in aimed.by_document.items() if sha not in known for row in rows]
    wanted = correction_rows(None, sorted(nowhere, key=lambda r: r.line))
    stored = [dict(row) for row in db.query("SELECT * FROM corrections WHERE document_id IS NULL ORDER BY line")]
    if stored != wanted:
        with transaction(db):
            db.execute("DELETE FROM corrections WHERE document_id IS NULL")
            insert_rows(db, "corrections", wanted)
    for row in db.query("SELECT c.line, c.field, coalesce(s.path, c.file, c.sha256) AS target, c.status, c.detail "
                        "FROM corrections c LEFT JOIN documents d ON d.id = c.document_id "
                        "LEFT JOIN source_files s ON s.path = d.source_path ORDER BY c.line"):
        if row["status"] == "applied":
            report.corrections_applied += 1
        else:
            report.corrections_not_applied.append((row["line"], row["field"], row["target"],
                                                   f"{row['status']}: {row['detail']}"))


def _ingest_into(db, found: Found, json_dir: Path | None, engine: Engine, prune_missing: bool,
                 on_file, limits: Limits, retry_failed: bool, report: IngestReport,
                 aimed: corrections_module.Aimed, lines: JsonlLines | None = None) -> None:
    known = known_files(db)
    failed_before = {} if retry_failed else known_failures(db)
    todo: list[Path] = []
    infos: dict[Path, os.stat_result] = {}
    with transaction(db):
        for path, reason in found.problems:
            report.failures.append((path, reason))
            record_error(db, path, reason)
        for path in found.files:
            key = path_key(path)
            try:
                info = infos[path] = path.stat()
            except OSError:
                todo.append(path)  # fails with its reason when read
                continue
            state = _unchanged(path, info, known.get(key), json_dir, aimed)
            if state is None and key in failed_before:
                state = _unchanged(path, info, failed_before[key], None)
                if state is not None:
                    report.failed_before += 1
                    continue
            if state is None:
                todo.append(path)
                continue
            report.skipped += 1
            if state == "touched":
                touch(db, key, info.st_mtime_ns)
    with db.references_unchecked(), Batch(db, lines) as batch, _collections_every(WRITER_GC_OBJECTS):
        for index, outcome in enumerate(engine(todo, limits), start=1):
            path, summary, prepared, reason = outcome.path, outcome.summary, outcome.prepared, outcome.reason
            key = path_key(path)
            batch.add()
            if summary is not None:
                if corrections := aimed.rows_for(summary.id):  # the only case the writer needs the document itself
                    doc = corrections_module.apply(outcome.document(), corrections)
                    prepared, summary = prepare(doc, with_json=json_dir is not None), Ingested.of(doc)
                try:
                    report.json_written.add(batch.store(prepared, key, infos.get(path) or path.stat(), json_dir))
                except OSError as error:
                    summary, reason = None, f"cannot write its JSON document in {json_dir}: {describe(error)}"
            if summary is None:
                reason = reason or "unknown error"
                report.failures.append((key, reason))
                record_error(db, key, reason, _fingerprint(path, infos.get(path)) if outcome.own_fault else None)
            else:
                forget_error(db, key)
                report.documents.append(summary)
            batch.commit_if_due()
            if on_file:
                on_file(index, len(todo), Path(key), summary, reason)
    if prune_missing:
        with transaction(db):
            report.pruned = prune(db, found, json_dir)


@contextmanager
def _collections_every(objects: int) -> Iterator[None]:
    """The cyclic garbage collector's first threshold raised to ``objects`` for a while (set back afterwards; left
    alone when collection is off): cycles are still collected, less often. The objects alive when it starts (modules,
    the registry a new database was given) are left out of collections meanwhile (``gc.freeze``, undone at the end, so
    nothing stays uncollectable), unless something froze objects before: their full collections were a percent of the
    writer's instructions per document (bench/writer_instructions.py --ingest)."""
    before = gc.get_threshold()
    freeze = bool(before[0]) and gc.get_freeze_count() == 0
    if before[0]:
        gc.set_threshold(max(objects, before[0]), *before[1:])
    if freeze:
        gc.freeze()
    try:
        yield
    finally:
        if freeze:
            gc.unfreeze()
        gc.set_threshold(*before)


def link_documents(db, json_dir: Path | None, aimed: corrections_module.Aimed, limits: Limits,
                   report: IngestReport, lines: JsonlLines | None = None) -> None:
    """After the files of a run are stored, over the whole database (pipeline/links.py): the documents whose number or
    day filled from citations is not what the database's citations give now are read again and stored with that
    evidence (their corrections applied first: a correction wins); then the links of every citation are brought up
    to date, rows and JSON together, from the database alone. Run after a run that stored or pruned documents, and
    after one that follows a run that stopped before this step was done (``links_pending``). The plans.jsonl lines
    kept (``lines``) of the JSON documents it writes again are forgotten."""
    from . import links

    def rewriting(names: Iterable[str | None]) -> None:  # before a JSON is written again: a failed write may change it
        if lines is not None and json_dir is not None:
            for name in filter(None, names):
                lines.forget(json_dir / name)

    for fill in links.evidence_changes(db):
        outcome = safe_process(Path(fill.path), limits)
        doc = outcome.document() if outcome.pickled_doc is not None else None
        if doc is None:  # kept as it is stored, and tried again by the next run
            report.failures.append((fill.path, f"cannot be read again for the evidence of its citations: {outcome.reason}"))
            report.links_failed = True
            continue
        if doc.origin.sha256 != fill.doc_id:
            continue  # changed since it was stored: the next run over its folder reads it as any changed file
        doc = links.with_database_evidence(db, corrections_module.apply(doc, aimed.rows_for(fill.doc_id)))
        paths = [row["path"] for row in db.query("SELECT path FROM source_files WHERE document_id = ? ORDER BY path",
                                                 [fill.doc_id])]
        with transaction(db):
            for key in paths:  # every path of the document: each has its JSON
                origin = doc.origin.model_copy(update={"path": key, "name": PurePath(key).name})
                rewriting([stored_json_name(db, key)])
                try:
                    report.json_written.add(store(db, doc.model_copy(update={"origin": origin}), key, Path(key).stat(),
                                                  json_dir))
                except OSError as error:
                    reason = f"cannot write its JSON document in {json_dir}: {describe(error)}"
                    report.failures.append((key, reason))
                    record_error(db, key, reason)
                    report.links_failed = True
        report.evidence_changed.append(fill.path)
    changes = links.link_changes(db)
    with transaction(db):
        for doc_id, ordinal in changes.stale:
            db.execute("DELETE FROM document_links WHERE document_id = ? AND ordinal = ?", [doc_id, ordinal])
        # the rows of documents whose JSON keeps its links (new documents, mostly) are written together, the others
        # each with their JSON documents; all in the order of the documents (the rows' order on disk, as before)
        quiet: list[dict] = []
        for doc_id, rows in changes.rows.items():
            if doc_id not in changes.json:
                quiet += rows
                continue
            links.write_links(db, quiet, [], {})
            quiet = []
            files = {row["path"]: row["json_name"] for row in db.query(
                "SELECT path, json_name FROM source_files WHERE document_id = ? ORDER BY path", [doc_id])}
            names = list(files.values()) if json_dir is not None else []
            rewriting(names)
            try:
                with db.atomic():  # rows and JSON together: a JSON not written leaves the rows as they were
                    links.write_links(db, rows, [json_dir / name for name in names], changes.json[doc_id])
            except OSError as error:
                report.failures.append((next(iter(files), doc_id),
                                        f"cannot write the links into its JSON document: {describe(error)}"))
                report.links_failed = True
                continue
            report.relinked += 1
            report.json_written.update(names)
        links.write_links(db, quiet, [], {})


def _output(target: Path, write: Callable[[Path], None]) -> None:
    try:
        write(target)
    except OSError as error:
        raise OutputError(str(target), f"cannot write: {describe(error)}") from None


def _fingerprint(path: Path, info: os.stat_result | None) -> dict | None:
    """Size, modification time and hash of a file that failed for a reason of its own; None if it cannot be read."""
    try:
        info = info or path.stat()
        return {"size": info.st_size, "mtime_ns": info.st_mtime_ns, "sha256": sha256_of(path)}
    except OSError:
        return None


def prune(db, found: Found, json_dir: Path | None) -> int:
    """Forget the files this run looked for and did not find (``Found.covers``), and delete their JSON documents.
    Failures recorded for such files go too. Returns how many files were forgotten."""
    gone = [row for row in db.query("SELECT path, json_name FROM source_files")
            if row["path"] not in found.seen and found.covers(row["path"])]
    for row in gone:
        remove_source(db, row["path"])
        if json_dir is not None and row["json_name"]:
            target = json_dir / row["json_name"]
            try:
                target.unlink(missing_ok=True)  # inside the transaction: a JSON that stays keeps its row
            except OSError as error:
                raise OutputError(str(target), f"cannot delete: {describe(error)}") from None
    for row in list(db.query("SELECT source_path FROM ingest_errors")):
        if row["source_path"] not in found.seen and found.covers(row["source_path"]) and not Path(row["source_path"]).is_dir():
            forget_error(db, row["source_path"])
    return len(gone)


def _write_jsonl(db, json_dir: Path, target: Path, written: set[str], lines: JsonlLines | None = None) -> None:
    """Every document of the database (the JSON of its first path), one per line, brought up to date; the lines of
    the JSON documents written in this run are replaced (by those ``lines`` kept, else made from the files)."""
    update_jsonl(target, {(row["source_path"], row["id"]): json_dir / row["json_name"] for row in db.query(
        "SELECT d.source_path, d.id, s.json_name FROM documents d JOIN source_files s ON s.path = d.source_path "
        "ORDER BY d.source_path")}, {json_dir / name for name in written}, lines.line if lines is not None else None)
