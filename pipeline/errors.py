"""Named exceptions. Each carries the file it concerns, so a message always names the file and the reason."""

from __future__ import annotations


class PipelineError(Exception):
    """Base class: something about one input file that stops it being ingested."""

    def __init__(self, path: str, reason: str):
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


class UnsupportedFormat(PipelineError):
    """Raised when no reader handles the file's suffix."""


class ReaderError(PipelineError):
    """Raised by a reader when the file cannot be read (empty, undecodable, corrupt)."""


class StageError(PipelineError):
    """Raised by the runner when a stage fails or breaks its contract; names the stage."""


class NotADocument(PipelineError):
    """Raised when a file holds text but nothing of an administrative document (no type, number or date)."""


class DatabaseVersionError(PipelineError):
    """Raised when the output database was written with another layout; ``path`` is the database."""
