"""A bounded window of work on an executor: results in order, at most ``size`` items in flight.

Used where the items are costly to hold: files parsed by worker processes (``ingest``), pages rendered for OCR
(``parsers.ocr``). The next item is taken from its iterator only when the oldest result is collected, so a
generator that makes the items (renders a page) runs in the caller's thread, one item at a time, and never more
than ``size`` of them are alive. ``Executor.map`` would take every item at once.
"""

from __future__ import annotations

from collections import deque
from concurrent.futures import Executor, Future
from typing import Callable, Generic, Iterable, Iterator, TypeVar

Item = TypeVar("Item")
Result = TypeVar("Result")


class Window(Generic[Item, Result]):
    def __init__(self, executor: Executor, work: Callable[[Item], Result], items: Iterable[Item], size: int):
        self.executor = executor
        self.work = work
        self.items = iter(items)
        self.size = max(1, size)
        # the items handed out and not yet collected, oldest first: what was lost if the executor broke
        self.in_flight: deque[tuple[Item, Future]] = deque()

    def __iter__(self) -> Iterator[Result]:
        for item in self.items:
            self.in_flight.append((item, self.executor.submit(self.work, item)))
            if len(self.in_flight) >= self.size:
                yield self._collect()
        while self.in_flight:
            yield self._collect()

    def _collect(self) -> Result:
        result = self.in_flight[0][1].result()
        self.in_flight.popleft()
        return result
