"""Corrections: a person's fix of one field, kept in a CSV file beside the database and applied after parsing on
every ingest, so that it survives the next ingest instead of being overwritten by it.

The file (``corrections.csv`` beside the database; ``--corrections``) is UTF-8 (a spreadsheet's BOM is fine) with
the header ``file,sha256,field,value,was,note,who,when``:

- ``file`` the source file's path (absolute, or relative to the folder the ingest runs in) and/or ``sha256`` the
  SHA-256 of its bytes when the correction was made (``documents.id``);
- ``field`` a path into the JSON document: ``document.number``, ``document.issued_date``, ``document.issuer.name``,
  ``tasks[12].lead`` (an index into ``tasks`` counted from 0, as jq counts, or a task's id:
  ``tasks[table_1__task_3].deadline``), ``indicators[4].target`` (``FIELDS`` lists them all);
- ``value`` the right value ('' clears the field; agencies separated by ";"; a date as YYYY-MM-DD);
- ``was`` the value the field read when the correction was made ('' when it was empty);
- ``note``, ``who``, ``when`` for the people who read it later.

A correction is applied only while its target is what it was: the same bytes when ``sha256`` is given (a re-issued
file is reported: ``target_changed``) and the same reading of the field (``was``; otherwise ``value_changed``).
Nothing is applied blindly; what is not applied is said in the ingest's summary, the ``corrections`` table, the
review queue and the report. ``kehoach correct`` writes a line with ``sha256`` and ``was`` filled in.
"""

from __future__ import annotations

import csv
import getpass
import hashlib
import json
import os
import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from functools import cache
from typing import TYPE_CHECKING, Any, Callable, Iterable, get_args

from ..errors import PipelineError
from ..text import normalise

if TYPE_CHECKING:
    from ..model import Document

COLUMNS = ("file", "sha256", "field", "value", "was", "note", "who", "when")
CORRECTIONS_FILE = "corrections.csv"  # beside the database

# What a correction may change, and how its value is read: text, a required text, an ISO date, a number, a list of
# agencies (";"-separated, resolved in the document's jurisdiction), a deadline (read as a deadline cell is), one of
# the words a field takes (``choices``) or a period ("2026", "2026-2030"). An indicator's target_printed, target_from
# and values are what the table printed and where the target was read: evidence, not corrected.
DOCUMENT_FIELDS = {"doc_type": "text", "number": "text", "issued_date": "date", "place": "text", "title": "text",
                   "issuer.name": "text", "signer.name": "text", "signer.title": "text"}
TASK_FIELDS = {"number": "text", "content": "required", "output": "text", "note": "text", "deadline": "deadline",
               "status": "status", "status_text": "text", "result": "text", "lead": "agencies", "support": "agencies", "implementer": "agencies", "submitter": "agencies"}
INDICATOR_FIELDS = {"code": "text", "name": "required", "max_score": "number", "previous_result": "number",
                    "target": "number", "target_high": "number", "comparator": "comparator", "change": "change",
                    "unit": "text", "target_period": "period", "lead": "agencies"}


def _words(annotation: Any) -> tuple[str, ...]:
    """The words a Literal field takes (an optional one's too)."""
    args = get_args(annotation)
    return tuple(w for a in args for w in (_words(a) if get_args(a) else (a,)) if isinstance(w, str))


# the kinds whose values are the words the model's field takes (read from the model when first asked: a run that
# reads no file imports no model)
CHOICE_KINDS = ("comparator", "change", "status")


@cache
def choices(kind: str) -> tuple[str, ...]:
    from ..model import Indicator, Task

    return _words({**Indicator.model_fields, **Task.model_fields}[kind].annotation)
_PERIOD = re.compile(r"\d{4}(?:-\d{4})?")
FIELDS = {"document": DOCUMENT_FIELDS, "tasks": TASK_FIELDS, "indicators": INDICATOR_FIELDS}
# document.sources names a field by its first word
_SOURCE_KEY = {"issuer.name": "issuer", "signer.name": "signer", "signer.title": "signer"}

_PATH = re.compile(r"^(?:document\.(?P<field>[a-z_]+(?:\.[a-z_]+)?)|(?P<list>tasks|indicators)\[(?P<key>[^\]]+)\]\.(?P<attr>[a-z_]+))$")
_SHA256 = re.compile(r"^[0-9a-f]{64}$")


class CorrectionsError(PipelineError):
    """Raised when the corrections file cannot be read at all (not UTF-8, no header): nothing is ingested, so that
    no document loses its corrections."""


class InvalidCorrection(ValueError):
    """A line that names a field no correction can change, an item the document does not have, or a value the field
    cannot take."""


@dataclass(frozen=True)
class FieldPath:
    """``document.number`` -> ("document", None, "number"); ``tasks[3].lead`` -> ("tasks", "3", "lead")."""

    part: str
    key: str | None
    name: str

    @property
    def kind(self) -> str:
        return FIELDS[self.part][self.name]

    def __str__(self) -> str:
        return f"document.{self.name}" if self.part == "document" else f"{self.part}[{self.key}].{self.name}"


def parse_path(text: str) -> FieldPath:
    match = _PATH.match(text.strip())
    if not match:
        raise InvalidCorrection(f"'{text}' is not a field path (document.number, tasks[12].lead, indicators[3].target …)")
    path = (FieldPath("document", None, match["field"]) if match["field"]
            else FieldPath(match["list"], match["key"].strip(), match["attr"]))
    if path.name not in FIELDS[path.part]:
        allowed = ", ".join(FIELDS[path.part])
        raise InvalidCorrection(f"{path} cannot be corrected (in {path.part}: {allowed})")
    return path


@dataclass(frozen=True)
class Row:
    """A line of the corrections file."""

    line: int
    file: str | None  # absolute, as source_files.path stores paths
    sha256: str | None
    field: str
    value: str
    was: str
    note: str | None = None
    who: str | None = None
    when: str | None = None
    # set when the line cannot be applied whatever the document says (its file is gone, its bytes changed …)
    status: str | None = None
    detail: str | None = None


def digest_of(corrections: Iterable[Any]) -> str | None:
    """A hash of the lines aimed at one document (Rows, or the model's Corrections made from them): a document is read
    again when it changes. None without corrections."""
    items = [[c.line, c.file, c.sha256, c.field, c.value, c.was, c.note, c.who, c.when] for c in corrections]
    if not items:
        return None
    return hashlib.sha256(json.dumps(items, ensure_ascii=False).encode("utf-8")).hexdigest()[:16]


def _path_key(text: str) -> str:
    from ..ingest import absolute, path_key

    return path_key(absolute(text))


def read_rows(path: Path) -> list[Row]:
    """The lines of the corrections file; none when there is no file. Raises CorrectionsError naming the file when it
    cannot be read at all; a line that is wrong is kept with status ``invalid`` and the reason."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        return []
    except (OSError, UnicodeDecodeError) as error:
        raise CorrectionsError(str(path), f"cannot read the corrections file: {error}") from None
    reader = csv.DictReader(text.splitlines())
    header = [name.strip() for name in reader.fieldnames or []]
    missing = [name for name in ("field", "value", "was") if name not in header]
    if missing or not {"file", "sha256"} & set(header):
        raise CorrectionsError(str(path), f"the first line must name the columns {','.join(COLUMNS)} "
                                          f"(found: {','.join(header) or 'nothing'})")
    reader.fieldnames = header
    rows = []
    for number, raw in enumerate(reader, start=2):
        cells = {name: normalise(raw.get(name) or "") for name in COLUMNS}
        if not any(cells.values()):
            continue  # an empty line
        sha = cells["sha256"].lower() or None
        row = Row(line=number, file=_path_key(cells["file"]) if cells["file"] else None, sha256=sha,
                  field=cells["field"], value=cells["value"], was=cells["was"], note=cells["note"] or None,
                  who=cells["who"] or None, when=cells["when"] or None)
        problem = None
        if not (row.file or row.sha256):
            problem = "names neither a file nor a sha256"
        elif sha and not _SHA256.match(sha):
            problem = f"'{sha}' is not a SHA-256 (64 hexadecimal digits)"
        else:
            try:
                parse_path(row.field)
            except InvalidCorrection as error:
                problem = str(error)
        rows.append(row if problem is None else _with(row, "invalid", problem))
    return rows


def _with(row: Row, status: str, detail: str) -> Row:
    return Row(**{**row.__dict__, "status": status, "detail": detail})


@dataclass
class Aimed:
    """The lines of the corrections file by the document (sha256) they are aimed at, and those aimed at none."""

    by_document: dict[str, list[Row]] = field(default_factory=dict)
    nowhere: list[Row] = field(default_factory=list)

    def rows_for(self, sha256: str | None) -> list[Row]:
        return self.by_document.get(sha256, []) if sha256 else []


def aim(rows: list[Row], sha_of_file: Callable[[str], str | None]) -> Aimed:
    """Aim each line at the document it corrects: the bytes now at its file (``sha_of_file``), or the bytes its
    sha256 names. A line whose file now holds other bytes than its sha256 is aimed at the file's document as
    ``target_changed`` (the file was re-issued), so that the document's report says so."""
    aimed = Aimed()
    for row in rows:
        target = row.sha256
        if row.file:
            target = sha_of_file(row.file)
            if target is None and row.status is None:
                row = _with(row, "no_document", "no such file")
            elif target and row.status is None and row.sha256 and row.sha256 != target:
                row = _with(row, "target_changed", f"the file's bytes changed since the correction was made (sha256 "
                                                   f"{row.sha256[:12]}…, now {target[:12]}…): re-issued? Check the "
                                                   f"field and correct it again")
        if target is None:
            aimed.nowhere.append(row)
        else:
            aimed.by_document.setdefault(target, []).append(row)
    return aimed


# ---------------------------------------------------------------------------------------------------
# Reading and writing one field of a document (the model, or its JSON document as a dict)


def _get(item: Any, name: str) -> Any:
    if isinstance(item, dict):
        return item[name]
    return getattr(item, "metadata" if name == "document" and hasattr(item, "origin") else name)


def _index(items: list, key: str, path: FieldPath) -> int:
    if key.isdecimal():
        if int(key) < len(items):
            return int(key)
        raise InvalidCorrection(f"{path}: the document has {len(items)} {path.part} (counted from 0)")
    for i, item in enumerate(items):
        if _get(item, "id") == key:
            return i
    raise InvalidCorrection(f"{path}: the document has no item with the id '{key}'")


def _target(root: Any, path: FieldPath) -> Any:
    """The object that holds the field (the metadata, a task, an indicator)."""
    if path.part == "document":
        holder = _get(root, "document")
        if holder is None:
            raise InvalidCorrection(f"{path}: the document has no metadata")
        *parents, _ = path.name.split(".")
        for name in parents:
            holder = _get(holder, name)
        return holder
    items = _get(root, path.part)
    return items[_index(items, path.key, path)]


def as_text(value: Any) -> str:
    """How a field reads in a correction's ``was`` and ``value``: agencies by name, "; "-separated, a deadline by its
    text, a number without a trailing ".0", nothing as ''."""
    if value is None:
        return ""
    if isinstance(value, list):
        return "; ".join(as_text(item) for item in value)
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return str(int(value)) if float(value).is_integer() else repr(float(value))
    if isinstance(value, str):
        return value
    for name in ("name", "text"):  # an agency mention, a deadline (a model or a dict)
        try:
            return as_text(_get(value, name))
        except (KeyError, AttributeError):
            continue
    return str(value)


def reading(root: Any, path: FieldPath) -> str:
    """The field as it reads now, in ``root``: a Document or its JSON document (a dict)."""
    return as_text(_get(_target(root, path), path.name.split(".")[-1]))


# One separator between at most three digits and exactly three: Vietnamese thousands ("1.200" hồ sơ) or a decimal
# ("1.200" as an English reader writes 1.2), or the other way round for a comma: refused, never guessed.
_EITHER_WAY = re.compile(r"[1-9]\d{0,2}[.,]\d{3}")  # "0.125" is a decimal either way
_DECIMAL = re.compile(r"-?\d+(?:[.,]\d+)?")


def _number(path: FieldPath, value: str) -> float:
    """A number as a clerk writes it: "95", "1,5" or "1.5", "1200", "1.200,5" (Vietnamese: dots group thousands,
    a comma before the decimals)."""
    from .indicators import parse_vn_number

    if _EITHER_WAY.fullmatch(value):
        raise InvalidCorrection(f"{path}: '{value}' reads two ways (thousands or decimals): write it without the "
                                f"thousands' dot ('{value.replace('.', '').replace(',', '')}'), or with more decimals")
    if _DECIMAL.fullmatch(value):
        return float(value.replace(",", "."))
    number = parse_vn_number(value) if "." in value and "%" not in value else None
    if number is None:
        raise InvalidCorrection(f"{path}: '{value}' is not a number")
    return number


def _converted(path: FieldPath, value: str, doc: Document) -> Any:
    kind = path.kind
    if kind == "required" and not value:
        raise InvalidCorrection(f"{path} cannot be empty")
    if not value:
        return [] if kind == "agencies" else None
    if kind == "date":
        try:
            if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
                return date.fromisoformat(value).isoformat()
        except ValueError:
            pass
        raise InvalidCorrection(f"{path}: '{value}' is not a date written YYYY-MM-DD")
    if kind in CHOICE_KINDS:
        if value not in choices(kind):
            raise InvalidCorrection(f"{path}: '{value}' is not one of {', '.join(choices(kind))}")
        return value
    if kind == "period":
        if not _PERIOD.fullmatch(value):
            raise InvalidCorrection(f"{path}: '{value}' is not a year or a span of years (2026, 2026-2030)")
        return value
    if kind == "number":
        return _number(path, value)
    if kind == "agencies":
        from .agencies import resolve_all

        place = doc.metadata.jurisdiction if doc.metadata else None
        return [m for name in value.split(";") if name.strip() for m in resolve_all(name.strip(), place)]
    if kind == "deadline":
        from .deadlines import parse_deadline

        meta = doc.metadata
        issued = (meta.issued_date or meta.issued_date_partial) if meta else None
        return parse_deadline(value, int(issued[:4]) if issued else None)
    return value


def _set(doc: Document, path: FieldPath, value: Any, line: int) -> Document:
    """The document with one field changed (models are never changed in place: copies all the way up)."""
    if path.part != "document":
        items = list(getattr(doc, path.part))
        i = _index(items, path.key, path)
        items[i] = items[i].model_copy(update={path.name: value})
        return doc.model_copy(update={path.part: items})
    from .agencies import resolve
    from ..model import FieldSource

    meta = doc.metadata
    *parents, name = path.name.split(".")
    update: dict[str, Any] = {name: value}
    if path.name == "number":
        update["symbol"] = value.split("/", 1)[1] if value and "/" in value else meta.symbol
    elif path.name == "issued_date":
        update["issued_date_partial"] = None
    elif path.name == "issuer.name":
        update["agency"] = resolve(value, meta.jurisdiction) if value else None
    if parents:
        parent = getattr(meta, parents[0])
        update = {parents[0]: parent.model_copy(update=update)}
    key = _SOURCE_KEY.get(path.name, path.name)
    before = meta.sources.get(key)
    source = FieldSource(source="correction", confidence=1.0, where={**((before.where if before else None) or {}),
                                                                    "correction": line})
    return doc.model_copy(update={"metadata": meta.model_copy(update={**update, "sources": {**meta.sources, key: source}})})


def apply(doc: Document, rows: list[Row]) -> Document:
    """The document with the lines aimed at it applied, each only if the field still reads what it read when the
    correction was made; ``doc.corrections`` says, line by line, what was applied and why the rest was not."""
    if not rows:
        return doc
    from ..model import Correction

    original = doc
    last_line = {}
    for row in rows:
        if row.status is None:
            last_line[str(parse_path(row.field))] = row.line
    results = []
    for row in sorted(rows, key=lambda r: r.line):
        status, detail = row.status, row.detail
        if status is None:
            path = parse_path(row.field)
            try:
                now = reading(original, path)
                if last_line[str(path)] != row.line:
                    status, detail = "superseded", f"line {last_line[str(path)]} corrects the same field"
                elif normalise(now) != row.was:
                    status, detail = "value_changed", (f"the field now reads '{now}'; the correction was made when it "
                                                       f"read '{row.was}': check it and correct it again")
                else:
                    doc = _set(doc, path, _converted(path, row.value, original), row.line)
                    status = "applied"
            except InvalidCorrection as error:
                status, detail = "invalid", str(error)
        results.append(Correction(line=row.line, file=row.file, sha256=row.sha256, field=row.field, value=row.value,
                                  was=row.was, note=row.note, who=row.who, when=row.when, status=status, detail=detail))
    return doc.model_copy(update={"corrections": results})


# ---------------------------------------------------------------------------------------------------
# Writing a line (``kehoach correct``)


def append(path: Path, row: dict[str, str]) -> int:
    """Add a line to the corrections file (created with its header, and a BOM for spreadsheets, when missing).
    Returns the line's number."""
    new = not path.exists() or path.stat().st_size == 0
    lines = 0 if new else len(path.read_text(encoding="utf-8-sig").splitlines())
    path.parent.mkdir(parents=True, exist_ok=True)
    if not new and not path.read_bytes().endswith(b"\n"):
        with path.open("a", encoding="utf-8") as handle:
            handle.write("\n")
    with path.open("a", encoding="utf-8-sig" if new else "utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=COLUMNS)
        if new:
            writer.writeheader()
            lines = 1
        writer.writerow({name: row.get(name) or "" for name in COLUMNS})
    return lines + 1


def now_iso() -> str:
    from datetime import datetime

    return datetime.now().astimezone().isoformat(timespec="seconds")


def default_who() -> str:
    """Who is logged in (under sudo, the person, not root); else the account's name: a cron job, a container or a
    service has no terminal to ask and often no USER, and a line that names no one loses its audit trail."""
    try:
        return os.getlogin()
    except OSError:
        pass
    try:
        return getpass.getuser()  # LOGNAME, USER …, else the password database's name of this user id
    except (OSError, KeyError):  # a user id with no name
        return ""


def check_value(path: FieldPath, value: str) -> None:
    """Raise InvalidCorrection for a value the field cannot take (agencies and deadlines take any text)."""
    if path.kind in ("date", "number", "required", "period", *CHOICE_KINDS):
        _converted(path, value, None)


def add(db_path: Path, json_dir: Path, corrections_path: Path, document: str, field_path: str, value: str,
        note: str = "", who: str | None = None) -> tuple[int, str]:
    """Write a correction of ``field_path`` of ``document`` (a source file's path, or the SHA-256 of its bytes) into
    the corrections file, with the file's path and sha256 and the value the field was read with (``was``: for a field
    already corrected, the value read before that correction). Returns the line written and ``was``. Raises
    InvalidCorrection for a field or a value that cannot be, PipelineError for a document the database does not have."""
    from ..outputs.load import read_db

    path = parse_path(field_path)
    value = normalise(value)
    check_value(path, value)
    db = read_db(db_path)
    try:
        key = document.lower() if _SHA256.match(document.lower()) else _path_key(document)
        row = db.execute("SELECT s.path, s.document_id, s.json_name FROM source_files s WHERE s.path = ? OR s.document_id = ? "
                         "ORDER BY s.path LIMIT 1", [key, key]).fetchone()
    finally:
        db.close()
    if row is None:
        raise PipelineError(document, f"not in {db_path}: ingest it first, or give the path it was ingested from")
    file, sha, json_name = row
    try:
        exported = json.loads((json_dir / json_name).read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise PipelineError(str(json_dir / json_name), f"cannot read its JSON document: {error}") from None
    earlier = [c for c in exported.get("corrections", [])
               if c["status"] == "applied" and str(parse_path(c["field"])) == str(path)]
    was = earlier[-1]["was"] if earlier else reading(exported, path)
    line = append(corrections_path, {"file": file, "sha256": sha, "field": str(path), "value": value, "was": was,
                                     "note": note, "who": who if who is not None else default_who(), "when": now_iso()})
    return line, was
