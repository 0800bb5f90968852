"""Engines: where the files of an ingest are read. An engine is called with the files to read and the limits per file
and yields one ``Outcome`` per file, in the order of the files, so that the single writer (``ingest``) writes the same
database and the same JSON whatever engine read them (which of two files with one name gets the plain JSON name, and
every row's rowid, depend on that order).

- ``local``: worker processes on this machine (``ingest.local_engine``), the default.
- ``dask``: the tasks of a Dask cluster, an existing one (``scheduler``, ``tcp://host:8786``) or a ``LocalCluster``
  of ``workers`` processes. Only paths go out and only the parsed document comes back, pickled once, fetched from the
  worker directly (not through the scheduler); results are collected as they complete and handed
  to the writer in order, with a bounded number of files in flight or waiting for an earlier one.

On a Dask worker each task thread reads through a child process of its own, started like a local worker
(``ingest._start_worker``): the file is read in that process's main thread, so the time limit (a signal) and the
memory limit (RLIMIT_AS of that process alone) apply as they do locally, and a file that crashes its reader kills
the child, not the Dask worker; the file fails with ``WORKER_DIED`` and the next file gets a fresh child. Every
failure is recorded with the reason the local engine gives; a Dask worker lost with its task (a machine down) fails
the file with a reason that is not the file's own, so the next run reads it again.

Dask (``pip install 'kehoach[dask]'``) is imported only when the Dask engine runs.
"""

from __future__ import annotations

import multiprocessing
import os
import pickle
import threading
import time
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from contextlib import suppress
from pathlib import Path
from typing import Callable, Iterator

from .errors import PipelineError
from .ingest import WORKER_DIED, Engine, Limits, Outcome, _start_worker, safe_process
from .outputs.load import pipeline_version
from .stages.registry import user_folder

# Files submitted or done and waiting for an earlier one, per worker. More than the local pool's: a slow file (a long
# scan) holds the writer, and the workers go on reading until this many documents wait behind it; a waiting document
# is held pickled (40-700 KiB for the samples).
DASK_IN_FLIGHT_PER_WORKER = 32
# How often a run that receives nothing checks that its cluster still has workers, and how long it waits for one.
CHECK_SECONDS = 5.0
NO_WORKERS_SECONDS = 120.0
# The Dask worker lost the task (its process or machine died, or the connection to it): not the file's fault.
WORKER_LOST = "the Dask worker reading it was lost (its process or machine died, or the connection to it)"

Read = Callable[[Path, Limits], Outcome]


def dask_engine(scheduler: str | None = None, workers: int | None = None, processes: bool = True,
                read: Read = safe_process) -> Engine:
    """Read on the Dask cluster at ``scheduler``, or on a LocalCluster of ``workers`` workers (default: the number of
    cores; ``processes=False`` makes them threads of this process, each still reading through a child process).
    ``read`` is what a reader process runs on each file."""

    def run(paths: list[Path], limits: Limits) -> Iterator[Outcome]:
        if not paths:
            return
        registry_dir = user_folder()
        with _client(scheduler, workers, processes) as client:
            _check_workers(client, scheduler or "LocalCluster", registry_dir)
            in_flight = DASK_IN_FLIGHT_PER_WORKER * max(1, len(client.scheduler_info(n_workers=-1)["workers"]))
            try:
                yield from _in_order(client, paths, limits, registry_dir, read, in_flight, scheduler or "LocalCluster")
            finally:
                with suppress(Exception):  # best effort (a lost cluster must not hide why): readers die with workers
                    client.run(_close_readers)

    return run


class _client:
    """A Dask client on the scheduler at ``address``, or on a LocalCluster it starts and stops."""

    def __init__(self, address: str | None, workers: int | None, processes: bool):
        self.address, self.workers, self.processes = address, workers, processes
        self.cluster = None

    def __enter__(self):
        try:
            import dask
            from distributed import Client, LocalCluster
        except ImportError:
            raise PipelineError("--engine dask", "Dask is not installed: pip install 'kehoach[dask]'") from None
        import logging

        if self.address is None:
            # reader processes are children of the Dask workers, which Dask otherwise starts (and restarts) as daemons,
            # which may have no children: set for as long as the cluster lives
            self.settings = dask.config.set({"distributed.worker.daemon": False})
            # the scheduler's HTTP server starts whatever the dashboard: on a free port (8787 may be another's);
            # a worker's heartbeat racing the close is not news (silence_logs)
            self.cluster = LocalCluster(n_workers=self.workers or os.cpu_count() or 1, threads_per_worker=1,
                                        processes=self.processes, dashboard_address=":0", worker_dashboard_address=None,
                                        silence_logs=logging.CRITICAL)
        try:
            # results are fetched from the workers that hold them, not relayed by the scheduler
            self.client = Client(self.cluster or self.address, direct_to_workers=True)
        except (OSError, TimeoutError) as error:
            self._close_cluster()
            raise PipelineError(self.address, f"cannot reach the Dask scheduler: {error}") from None
        return self.client

    def __exit__(self, *exc) -> None:
        self.client.close()
        self._close_cluster()

    def _close_cluster(self) -> None:
        if self.cluster is not None:
            self.cluster.close()
            self.settings.__exit__(None, None, None)


def _check_workers(client, where: str, registry_dir: Path | None) -> None:
    """Every worker must run this kehoach (the same pipeline version, registry folder included) and may start
    processes; otherwise the run stops before reading anything, naming the worker."""
    mine = pipeline_version()
    facts = client.run(_worker_facts, registry_dir)
    if not facts:
        raise PipelineError(where, "the Dask cluster has no workers")
    for address, (version, daemon) in sorted(facts.items()):
        if version != mine:
            raise PipelineError(where, f"the Dask worker {address} runs kehoach {version}, this process {mine}: install "
                                       "the same version (and give it the same registry folder) on every worker")
        if daemon:
            raise PipelineError(where, f"the Dask worker {address} is a daemon process, which cannot start the processes "
                                       "that read files: start the workers with DASK_DISTRIBUTED__WORKER__DAEMON=False")


def _worker_facts(registry_dir: Path | None) -> tuple[str, bool]:
    from .stages.registry import use_user_folder

    use_user_folder(registry_dir)
    return pipeline_version(), bool(multiprocessing.current_process().daemon)


def _in_order(client, paths: list[Path], limits: Limits, registry_dir: Path | None, read: Read, size: int,
              where: str) -> Iterator[Outcome]:
    """Submit the files, at most ``size`` of them in flight or done and waiting for an earlier one; collect them as
    they complete (freeing each on its worker) and yield the outcomes in the order of ``paths``. A cluster left without
    workers for NO_WORKERS_SECONDS stops the run (PipelineError) instead of waiting for ever."""
    from distributed import wait

    remaining = iter(enumerate(paths))
    pending: dict = {}  # future -> (index, path)
    done: dict[int, bytes | Outcome] = {}  # an outcome as it came back: pickled, or the failure of its task
    following = 0  # the index of the next outcome to yield
    no_workers_since = None

    def submit_more() -> None:
        while len(pending) + len(done) < size and (item := next(remaining, None)) is not None:
            pending[client.submit(_read_on_worker, str(item[1]), limits, registry_dir, read, pure=False)] = item

    submit_more()
    while pending:
        try:
            completed = wait(list(pending), timeout=CHECK_SECONDS, return_when="FIRST_COMPLETED").done
        except TimeoutError:  # nothing finished lately: slow files, or no worker left to read them
            if client.scheduler_info(n_workers=-1)["workers"]:
                no_workers_since = None
            elif (no_workers_since := no_workers_since or time.monotonic()) < time.monotonic() - NO_WORKERS_SECONDS:
                raise PipelineError(where, f"the Dask cluster has had no workers for {NO_WORKERS_SECONDS:g} s; "
                                           "the files not written are read by the next run") from None
            continue
        for future in completed:
            index, path = pending.pop(future)
            done[index] = _outcome(future, path)
            future.release()
        while following in done:
            outcome = done.pop(following)
            yield pickle.loads(outcome) if isinstance(outcome, bytes) else outcome
            following += 1
        submit_more()


def _outcome(future, path: Path) -> bytes | Outcome:
    from distributed import KilledWorker

    try:
        # a result can be lost after its task finished (its worker gone): Dask would compute it again, if a worker is left
        return future.result(timeout=NO_WORKERS_SECONDS)
    except (KilledWorker, TimeoutError):
        return Outcome(path, reason=WORKER_LOST)
    except Exception as error:  # the task itself failed on the worker, outside the reader: not the file's fault
        return Outcome(path, reason=f"could not be read: {type(error).__name__}: {error}")


# ---------------------------------------------------------------------------------------------------
# On a Dask worker: one reader process per task thread

_readers: dict[int, tuple[Path | None, ProcessPoolExecutor]] = {}  # thread id -> (registry folder, its reader)
_readers_lock = threading.Lock()


def _read_on_worker(path: str, limits: Limits, registry_dir: Path | None, read: Read) -> bytes:
    """The outcome of reading ``path`` in this thread's reader process, pickled there (the worker passes bytes on)."""
    try:
        future = _reader(registry_dir).submit(_pickled, read, Path(path), limits)
    except BrokenProcessPool:  # the reader died before this file (with a file before it): not this file's fault
        _close_readers(threading.get_ident())
        future = _reader(registry_dir).submit(_pickled, read, Path(path), limits)
    try:
        return future.result()
    except BrokenProcessPool:
        _close_readers(threading.get_ident())  # the next file gets a fresh process
        return pickle.dumps(Outcome(Path(path), reason=WORKER_DIED, own_fault=True), protocol=pickle.HIGHEST_PROTOCOL)


def _pickled(read: Read, path: Path, limits: Limits) -> bytes:
    return pickle.dumps(read(path, limits), protocol=pickle.HIGHEST_PROTOCOL)


def _reader(registry_dir: Path | None) -> ProcessPoolExecutor:
    thread = threading.get_ident()
    with _readers_lock:
        folder, pool = _readers.get(thread, (None, None))
        if pool is not None and folder == registry_dir:
            return pool
    if pool is not None:
        _close_readers(thread)
    # spawned, not forked: a Dask worker runs threads, and a fork copies their locks in whatever state they are
    pool = ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context("spawn"),
                               initializer=_start_worker, initargs=(os.getpid(), registry_dir))
    with _readers_lock:
        _readers[thread] = (registry_dir, pool)
    return pool


def _close_readers(thread: int | None = None) -> None:
    """Stop the reader process of one task thread, or all of this worker's (at the end of a run)."""
    with _readers_lock:
        closing = [_readers.pop(key)[1] for key in list(_readers) if thread is None or key == thread]
    for pool in closing:
        pool.shutdown(wait=False, cancel_futures=True)
