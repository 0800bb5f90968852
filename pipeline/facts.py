"""Facts about a document's texts that more than one stage reads (a task item's labelled fields, read by the tasks
stage and again by the assignments): each worked out once a document. The runner forgets them when the next
document starts (``forget``), so what is kept is one document's, and a file read again is worked out afresh."""

from __future__ import annotations

from functools import lru_cache
from typing import Callable, TypeVar

Fact = TypeVar("Fact", bound=Callable)

_MAX_TEXTS = 8192  # a stage called without the runner (a test, a script) forgets nothing: kept bounded all the same
_KEPT: list = []


def per_document(function: Fact) -> Fact:
    """``function`` (pure, of hashable arguments; its value never changed by a caller) remembered until ``forget``."""
    remembered = lru_cache(maxsize=_MAX_TEXTS)(function)
    _KEPT.append(remembered)
    return remembered  # type: ignore[return-value]


def forget() -> None:
    for remembered in _KEPT:
        remembered.cache_clear()
