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


class MissingProgram(ReaderError):
    """Raised when a file needs a program this machine lacks (Tesseract, LibreOffice): the failure is the
    machine's, not the file's, so the file is read again on the next run."""


class ProgramTimedOut(MissingProgram):
    """Raised when a program the pipeline runs (Tesseract) did not finish within its time limit. An overloaded
    machine as often as the file, so the file is read again on the next run, as for a missing program."""


class SourceMissing(ReaderError):
    """Raised when a stage asks for a part of a page image again (a scan's signature or title cropped and read alone)
    and the document's file is no longer where it was read from: the stage says so in a warning."""


class SlowProgram(Exception):
    """Raised by a call of an outside program that ran over its time limit. It knows no file: ``pipeline.run.process``
    turns it into ProgramTimedOut, naming the file."""


class StageError(PipelineError):
    """Raised by the runner when a stage fails or breaks its contract; names the stage."""


class NotADocument(PipelineError):
    """Raised when a file holds text but nothing of an administrative document (no type, number or date)."""


class DatabaseVersionError(PipelineError):
    """Raised when the output database was written with another layout; ``path`` is the database."""


class OutputError(PipelineError):
    """Raised when the database or an output file cannot be written (disk full, read-only folder, another ingest
    holding the database); ``path`` is what could not be written. The run stops: every later file would fail too."""


class TimeLimitExceeded(BaseException):
    """Raised inside a worker when a file takes longer than the time limit per file. A BaseException, like
    KeyboardInterrupt, so that no reader's ``except Exception`` swallows it."""
