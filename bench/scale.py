"""The benchmark at scale behind `make bench-scale`: ten thousand documents through `kehoach ingest --engine dask` on
this machine. Writes its section of bench/RESULTS.md ("At scale"), leaving the rest of the file as it is.

    .venv/bin/python bench/scale.py [--docs 10000] [--workers 2]
                                    [--db output/bench/scale/plans.db | postgresql://… | local-postgresql]
                                    [--scheduler tcp://host:8786] [--noop-tasks 1000] [--out bench/RESULTS.md]

The corpus (output/bench/scale_<docs>/, kept between runs) is made as `make bench` makes its own (bench/run.py):
unique copies of the five samples as text, HTML, DOCX and text PDF and of the real files of ../shared/realdocs and
../shared/realdocs2, mostly text, HTML and DOCX with 1% text PDFs (scans are timed by `make bench`: at a second or more
a page a few of them would hide everything else). Measured:

- throughput: documents/s of the whole ingest (wall time, start-up of the cluster included) and CPU seconds per
  document, summed over every process of the run (the figure that holds on a loaded machine);
- peak resident memory of each process: the writer (this process, with the client and, for a local cluster, the
  scheduler), each Dask worker, each reader process under a worker;
- the cost of the engine per task: a no-op task through submit and as_completed, and a no-op read through the
  whole path of a file (worker, reader process, pickled outcome back), against the time a document takes;
- the writer's share: the time the single writer spends writing (rows and JSON) against the time of the run.

--db is handed to the ingest as given: a SQLite file (made afresh), or the URL of an empty PostgreSQL database; the
word ``local-postgresql`` starts a throw-away local server for the run (pipeline.outputs.pglocal) and counts its CPU
time too. Each backend has its section ("At scale, SQLite", "At scale, PostgreSQL").
"""

from __future__ import annotations

import argparse
import os
import shutil
import signal
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from run import REALDOCS, SCALE_SECTION as SECTION, WORK, build_corpus, machine, readable, sources  # noqa: E402

from pipeline.ingest import Limits, Outcome, ingest  # noqa: E402

REALDOCS2 = REALDOCS.parent / "realdocs2"
MIX = {"txt": 0.45, "html": 0.32, "docx": 0.22, "pdf": 0.01}
PAGE_SIZE = os.sysconf("SC_PAGE_SIZE")
TICKS = os.sysconf("SC_CLK_TCK")


def scale_sources() -> dict[str, list[Path]]:
    by_format = sources()
    by_format["html"] += [p for p in sorted(REALDOCS2.glob("*.html")) if readable(p)]
    return by_format


# ---------------------------------------------------------------------------------------------------
# Processes of the run, sampled from /proc


def process_stats() -> dict[int, list[str]]:
    """The fields of /proc/<pid>/stat after the command's name, by pid, for every process of this machine."""
    stats = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            stats[int(stat.parent.name)] = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
    return stats


class Sampler(threading.Thread):
    """Every ``interval`` seconds, the resident memory and CPU time of this process and of every process under it;
    keeps each process's peak memory and last CPU time, and its depth under this process (1: a Dask worker of a
    local cluster, 2: a reader process under it)."""

    def __init__(self, interval: float = 0.5, root: int | None = None):
        super().__init__(daemon=True)
        self.interval = interval
        self.root = root or os.getpid()
        self.peak_kib: dict[int, int] = {}
        self.cpu_s: dict[int, float] = {}
        self.depth: dict[int, int] = {}
        self.stopped = threading.Event()

    def run(self) -> None:
        while not self.stopped.wait(self.interval):
            self.sample()

    def stop(self) -> None:
        self.stopped.set()
        self.join()
        self.sample()

    def sample(self) -> None:
        stats = process_stats()
        parents = {pid: int(fields[1]) for pid, fields in stats.items()}
        me = self.root
        for pid, fields in stats.items():
            depth, up = 0, pid
            while up != me and up in parents and depth < 8:
                up, depth = parents[up], depth + 1
            if up != me and pid != me:
                continue
            rss_kib = int(fields[21]) * PAGE_SIZE // 1024
            self.peak_kib[pid] = max(self.peak_kib.get(pid, 0), rss_kib)
            self.cpu_s[pid] = (int(fields[11]) + int(fields[12])) / TICKS  # utime + stime
            self.depth[pid] = depth

    def by_depth(self, depth: int) -> list[int]:
        return sorted(self.peak_kib[pid] for pid, d in self.depth.items() if d == depth and self.peak_kib[pid] > 20 * 1024)


class TimedEngine:
    """An engine whose waits are timed: what the writer spends outside them is writing. Times are taken from the
    first outcome on (the start of the cluster is timed apart), CPU time is the writer's thread's."""

    def __init__(self, engine):
        self.engine = engine
        self.waited = 0.0
        self.called = self.first = self.last = None
        self.cpu_first = self.cpu_last = 0.0
        self.count = 0  # outcomes handed to the writer

    def __call__(self, paths, limits):
        self.called = time.perf_counter()
        outcomes = self.engine(paths, limits)
        while True:
            start = time.perf_counter()
            try:
                outcome = next(outcomes)
            except StopIteration:
                return
            finally:
                self.last, self.cpu_last = time.perf_counter(), time.thread_time()
                if self.first is None:
                    self.first, self.cpu_first = self.last, self.cpu_last
                else:
                    self.waited += self.last - start
            self.count += 1
            yield outcome

    @property
    def writing(self) -> float:
        return (self.last - self.first) - self.waited


# ---------------------------------------------------------------------------------------------------
# The engine's own cost per task


def noop(index: int) -> int:
    return index


def empty_read(path: Path, limits: Limits) -> Outcome:
    return Outcome(path, reason="not read (benchmark)")


def task_costs(scheduler: str | None, workers: int, tasks: int, paths: list[Path]) -> dict:
    """Seconds per task of a no-op Dask task (submit, run, as_completed, release) and of a no-op read through the
    engine (the same, plus the reader process and the pickled outcome)."""
    import logging

    import dask
    from distributed import Client, LocalCluster, as_completed

    from pipeline.engines import dask_engine
    # by their module's name, not __main__'s: the workers and the reader processes import it (bench/ is on the path)
    from scale import empty_read, noop

    with dask.config.set({"distributed.worker.daemon": False}):
        cluster = None if scheduler else LocalCluster(n_workers=workers, threads_per_worker=1, dashboard_address=":0",
                                                      silence_logs=logging.CRITICAL)
    with Client(cluster or scheduler, direct_to_workers=True) as client:
        client.submit(noop, -1).result()  # connections open
        start = time.perf_counter()
        for future in as_completed([client.submit(noop, i, pure=False) for i in range(tasks)]):
            future.result()
            future.release()
        dask_task = (time.perf_counter() - start) / tasks
    if cluster is not None:
        cluster.close()
    engine = dask_engine(scheduler, workers, read=empty_read)
    seen = [time.perf_counter() for _ in engine(paths[:tasks], Limits())]  # from the first outcome: no start-up
    engine_task = (seen[-1] - seen[0]) / (len(seen) - 1)
    return {"dask_task_ms": 1000 * dask_task, "engine_task_ms": 1000 * engine_task, "tasks": tasks}


# ---------------------------------------------------------------------------------------------------


def server_cpu_s(folder: Path | None) -> float:
    """CPU seconds of a local PostgreSQL server so far: its postmaster with the backends it has reaped, and those
    still running (0 without a local server)."""
    if folder is None:
        return 0.0
    postmaster = int((folder / "data" / "postmaster.pid").read_text().split()[0])
    total = 0.0
    for pid, fields in process_stats().items():
        if pid == postmaster:  # utime, stime, cutime, cstime
            total += sum(int(f) for f in fields[11:15]) / TICKS
        elif int(fields[1]) == postmaster:
            total += (int(fields[11]) + int(fields[12])) / TICKS
    return total


def timed_ingest(corpus: Path, db: str, json_dir: Path, scheduler: str | None, workers: int,
                 server: Path | None = None) -> dict:
    from pipeline.engines import dask_engine

    engine = TimedEngine(dask_engine(scheduler, workers))
    sampler = Sampler()
    sampler.start()
    load_before = os.getloadavg()[0]
    server_before = server_cpu_s(server)
    start = time.perf_counter()
    try:
        report = ingest([corpus], db_path=db, json_dir=json_dir, engine=engine, jsonl_path=None, unresolved_path=None)
        documents, failures = len(report.documents), report.failures
    except KeyboardInterrupt:  # stopped (SIGTERM, ^C): the figures of what was read so far
        documents, failures = engine.count, []
    seconds = time.perf_counter() - start
    sampler.stop()
    import resource

    own = resource.getrusage(resource.RUSAGE_SELF)
    server_s = server_cpu_s(server) - server_before
    cpu = own.ru_utime + own.ru_stime + sum(s for pid, s in sampler.cpu_s.items() if pid != os.getpid()) + server_s
    return {"server_cpu_s": server_s, "documents": documents, "failures": len(failures), "seconds": seconds, "cpu_s": cpu,
            "writer_s": engine.writing, "loop_s": engine.last - engine.first, "start_s": engine.first - engine.called,
            "writer_cpu_s": engine.cpu_last - engine.cpu_first, "writer_peak_mib": own.ru_maxrss / 1024,
            "workers_mib": [k / 1024 for k in sampler.by_depth(1)], "readers_mib": [k / 1024 for k in sampler.by_depth(2)],
            "load": (load_before, os.getloadavg()[0]), "reasons": failures[:5]}


def backend(db: str) -> str:
    return "PostgreSQL" if db.startswith(("postgresql", "local-postgresql")) else "SQLite"


def heading(db: str) -> str:
    return f"{SECTION}, {backend(db)}"


def section(args, corpus: Path, costs: dict, run: dict) -> str:
    n = run["documents"] + run["failures"]
    per_doc_ms = 1000 * run["seconds"] / max(1, n)
    lines = [
        heading(args.db), "",
        f"Command: `make bench-scale` (`.venv/bin/python bench/scale.py --docs {args.docs} --workers {args.workers}"
        + (f" --scheduler {args.scheduler}" if args.scheduler else "") + f" --noop-tasks {args.noop_tasks}"
        + (" --resume" if args.resume else "") + (" --db local-postgresql" if args.db == "local-postgresql" else "")
        + f"`), {time.strftime('%Y-%m-%d %H:%M')} UTC, database {backend(args.db)}"
        + (" (a local server on this machine, fsync off; its CPU time is counted in the run's)" if run["server_cpu_s"]
           else "") + ".", "",
        f"Machine: {machine()}. Load average (1 min) {run['load'][0]:.1f} at the start, {run['load'][1]:.1f} at the end: "
        "the machine is shared, so the wall-clock figures are lower bounds of what it does alone; CPU seconds per "
        "document hold either way.", "",
        *([f"Resumed (--resume): {run['stored_before']} documents were in the database from a stopped run and were "
           "skipped; the figures are those of the rest.", ""] if run["stored_before"] else []),
        *([f"**Stopped after {n} of {args.docs - run['stored_before']} documents** (SIGTERM): the figures are those of "
           "the documents read.", ""] if n < args.docs - run["stored_before"] else []),
        f"Corpus: {args.docs} unique files in {corpus.relative_to(ROOT)} "
        f"({', '.join(f'{fmt} {share:.0%}' for fmt, share in MIX.items())}; copies of corpus/ and ../shared/realdocs*).",
        "",
        "| documents | failed | wall, s | documents/s | CPU s/document (all processes) | cluster start, s "
        "| writer busy, s (share of the loop) | writer CPU, ms/document |",
        "|---|---|---|---|---|---|---|---|",
        f"| {run['documents']} | {run['failures']} | {run['seconds']:.0f} | {n / run['seconds']:.1f} | "
        f"{run['cpu_s'] / max(1, n):.3f} | {run['start_s']:.1f} | {run['writer_s']:.0f} "
        f"({run['writer_s'] / run['loop_s']:.0%}) | {1000 * run['writer_cpu_s'] / max(1, n):.0f} |", "",
        "The writer is this one process: it unpickles each document, writes its rows and its JSON (no plans.jsonl in "
        "this run); its CPU per document bounds the throughput of any number of machines (1000 / that figure, "
        "documents/s). Writer busy is the wall time of the reading loop spent outside waiting for the next document.",
        "",
        *([f"The PostgreSQL server's CPU: {1000 * run['server_cpu_s'] / max(1, n):.0f} ms per document (its backend "
           "process and the postmaster's work), on top of the writer's own.", ""] if run["server_cpu_s"] else []),
        f"Peak resident memory: the writer (client{'' if args.scheduler else ' and scheduler'}) "
        f"{run['writer_peak_mib']:.0f} MiB; Dask workers "
        + (", ".join(f"{m:.0f}" for m in run["workers_mib"]) or "(remote)") + " MiB; reader processes under them "
        + (", ".join(f"{m:.0f}" for m in run["readers_mib"]) or "(remote)") + " MiB.", "",
        f"Engine cost per task ({costs['tasks']} tasks, {args.workers} workers): a no-op Dask task "
        f"{costs['dask_task_ms']:.1f} ms, a no-op read through the engine (worker, reader process, outcome back) "
        f"{costs['engine_task_ms']:.1f} ms, against {per_doc_ms:.0f} ms of wall time per document in the run above.",
        "",
    ]
    return "\n".join(lines)


def write_section(out: Path, text: str) -> None:
    """Replace the section of ``out`` whose heading is the first line of ``text`` (up to the next section of the same
    level), or append it."""
    old = out.read_text(encoding="utf-8") if out.exists() else "# Benchmark results\n"
    title = text.split("\n", 1)[0] + "\n"
    if title in old:
        before, after = old.split(title, 1)
        rest = after.split("\n## ", 1)
        old = before + ("## " + rest[1] if len(rest) > 1 else "")
    out.write_text(old.rstrip("\n") + "\n\n" + text, encoding="utf-8")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=10000)
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--scheduler", default=None, help="a running Dask scheduler (default: a local cluster)")
    parser.add_argument("--db", default=str(WORK / "scale" / "plans.db"),
                        help="SQLite file, postgresql:// URL of an empty database, or local-postgresql")
    parser.add_argument("--json-dir", type=Path, default=WORK / "scale" / "json")
    parser.add_argument("--noop-tasks", type=int, default=1000)
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "RESULTS.md")
    parser.add_argument("--resume", action="store_true",
                        help="keep the database and JSON of a stopped run: what they hold is skipped, the rest timed")
    args = parser.parse_args()
    signal.signal(signal.SIGTERM, signal.default_int_handler)  # a run stopped with kill writes what it measured
    corpus = build_corpus(args.docs, MIX, "scale", scale_sources())
    print(f"corpus: {corpus} ({args.docs} files)", file=sys.stderr)
    costs = task_costs(args.scheduler, args.workers, args.noop_tasks, sorted(corpus.iterdir()))
    print(f"engine cost per task: {costs}", file=sys.stderr)
    stored = 0
    if args.resume:
        stored = sum(1 for _ in args.json_dir.iterdir()) if args.json_dir.exists() else 0
    elif backend(args.db) == "SQLite":
        for leftover in (Path(args.db), *Path(args.db).parent.glob(Path(args.db).name + "-*")):
            leftover.unlink(missing_ok=True)  # a fresh ingest, not a no-change one
    if not args.resume:
        shutil.rmtree(args.json_dir, ignore_errors=True)
    if args.db == "local-postgresql":
        if args.resume:
            parser.error("--resume needs a database that outlives the run: a SQLite file or a postgresql:// URL")
        from pipeline.outputs import pglocal

        with pglocal.throwaway() as server:
            run = timed_ingest(corpus, pglocal.url(server), args.json_dir, args.scheduler, args.workers, server)
    else:
        run = timed_ingest(corpus, args.db, args.json_dir, args.scheduler, args.workers)
    run["stored_before"] = stored
    print(f"ingest: {run}", file=sys.stderr)
    text = section(args, corpus, costs, run)
    write_section(args.out, text)
    print(text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
