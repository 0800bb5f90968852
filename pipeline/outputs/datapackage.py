"""A Frictionless Data Package of the database: one CSV per table and view, described by ``datapackage.json``.

Tools that speak the standard (frictionless, Open Refine, R's ``frictionless``, CKAN …) load the tables with
their types, primary keys and foreign keys, without code. The descriptor follows the Tabular Data Package
profile (v1); field types come from the SQLite column types (ISO dates as ``date``, 0/1 columns as ``boolean``; a
view's computed column by the values it holds), keys from the database's own keys, and each table's and column's
description from docs/schema.md (when the package runs from a checkout that has it). The CSV files are data that
programs read: every cell holds the value as stored ("=" a comparator, "-5%" a change), never the apostrophe a
spreadsheet's formula guard would put before it, which a program would take for part of the value; a spreadsheet is
``kehoach export --xlsx`` (formula-like text kept as text cells there). The files start with a byte-order mark, which
the descriptor declares (``utf-8-sig``) and which lets Excel read their Vietnamese when someone opens one anyway.
"""

from __future__ import annotations

import re
from pathlib import Path

from .dbschema import BOOLEAN_COLUMNS, DATE_COLUMNS
from .export import data_bytes
from .reading import columns, foreign_keys, open_for_reading, primary_key, table_names, view_names
from .spreadsheet import CSV_ENCODING, open_csv

# SQLite declared type -> Table Schema field type
FIELD_TYPES = {"TEXT": "string", "INTEGER": "integer", "FLOAT": "number", "REAL": "number"}
# SQLite typeof() of every value of a computed column -> Table Schema field type
VALUE_TYPES = {frozenset({"integer"}): "integer", frozenset({"real"}): "number", frozenset({"integer", "real"}): "number"}
CSV_QUOTED = re.compile('[,"\\r\\n]')  # what csv's minimal quoting quotes
ROW_QUOTED = re.compile('["\\r\\n]')  # the same in a row's values joined by commas
CSV_BATCH = 2000  # rows read and written at a time: a large table is never held whole
SCHEMA_DOC = Path(__file__).resolve().parent.parent.parent / "docs" / "schema.md"


def descriptions(text: str) -> dict[str, tuple[str, dict[str, str]]]:
    """From docs/schema.md: table or view -> (its description, column -> meaning)."""
    out = {}
    for match in re.finditer(r"^### (\w+)\n(.*?)(?=^##|\Z)", text, re.S | re.M):
        body = match.group(2)
        intro = " ".join(line.strip() for line in body.split("\n|", 1)[0].splitlines() if line.strip())
        columns = dict(re.findall(r"^\| `(\w+)` \| (.*?) \|$", body, re.M))
        out[match.group(1)] = (intro, columns)
    return out


# Python's type of a value sqlite3 returns -> SQLite's typeof() of it
SQLITE_TYPES = {int: "integer", float: "real", str: "text", bytes: "blob"}


def declared_type(column) -> str | None:
    """A column's field type from its name or declared type; None for a computed column (a view's), typed by the
    values it holds (``field_type``)."""
    if column.name in DATE_COLUMNS:
        return "date"
    if column.name in BOOLEAN_COLUMNS:
        return "boolean"
    if column.type:
        return FIELD_TYPES.get(column.type.upper(), "string")
    return None


def field_type(column, values: set[type]) -> str:
    """A column's field type: declared, or that of the values it holds (their Python types, as read)."""
    found = frozenset(SQLITE_TYPES.get(kind, "text") for kind in values if kind is not type(None))
    return declared_type(column) or VALUE_TYPES.get(found, "string")


def csv_cell(value) -> str:
    """A value as csv.writer's default dialect writes it: None empty; quoted, its quotes doubled, where it holds a
    comma, a quote or a line break."""
    if value is None:
        return ""
    text = str(value)
    return '"' + text.replace('"', '""') + '"' if CSV_QUOTED.search(text) else text


def csv_rows_text(rows) -> str:
    """The rows as ``csv.writer`` writes them (its default dialect, "\\r\\n" after each row), the same text,
    cheaper: csv scans each character of a value against its line terminator apart (a third of ``kehoach
    datapackage``'s instructions on the registry's 12,000 agencies). A row with no None, comma, quote or line break
    in its values is joined in C; the others value by value."""
    lines = []
    for row in rows:
        line = ",".join(map(str, row)) if None not in row else None
        if line is None or line.count(",") != len(row) - 1 or ROW_QUOTED.search(line):
            line = ",".join(map(csv_cell, row))
        lines.append(line or '""')  # csv quotes a row's lone empty value
    return "\r\n".join(lines) + "\r\n" if lines else ""  # one join: a line's end added to each line cost a tenth


def write_datapackage(db_path: Path, out_dir: Path) -> Path:
    """Write ``<out_dir>/<table>.csv`` for every table and view of the database, and ``<out_dir>/datapackage.json``.
    Raises DatabaseVersionError for a file that is not a database of this layout."""
    db = open_for_reading(db_path)
    documented = descriptions(SCHEMA_DOC.read_text(encoding="utf-8")) if SCHEMA_DOC.is_file() else {}
    out_dir.mkdir(parents=True, exist_ok=True)
    resources = []
    tables = table_names(db)
    names = [t for t in tables if "_fts" not in t and t != "registry_version"] + view_names(db)
    for name in names:
        fields_of = columns(db, name)
        # the kinds of value of each computed column, seen while its rows are written (no query of its own)
        computed = {i: set() for i, c in enumerate(fields_of) if declared_type(c) is None}
        with open_csv(out_dir / f"{name}.csv") as handle:
            handle.write(csv_rows_text([[c.name for c in fields_of]]))
            cursor = db.execute(f"SELECT * FROM [{name}]")
            # None as an empty cell, the package's missing value; text as stored, not defused
            while rows := cursor.fetchmany(CSV_BATCH):
                for i, kinds in computed.items():
                    kinds.update({type(row[i]) for row in rows})
                handle.write(csv_rows_text(rows))
        about, meanings = documented.get(name, ("", {}))
        fields = []
        for i, c in enumerate(fields_of):
            field = {"name": c.name, "type": field_type(c, computed.get(i, set()))}
            if field["type"] == "boolean":
                field.update(trueValues=["1"], falseValues=["0"])
            if c.name in meanings:
                field["description"] = meanings[c.name]
            fields.append(field)
        schema: dict = {"fields": fields, "missingValues": [""]}
        if name in tables:
            if key := primary_key(db, name):
                schema["primaryKey"] = key
            schema["foreignKeys"] = [{"fields": fields, "reference": {"resource": other, "fields": other_fields}}
                                     for fields, other, other_fields in foreign_keys(db, name)]
        resource = {"name": name, "path": f"{name}.csv", "profile": "tabular-data-resource", "format": "csv",
                    "mediatype": "text/csv", "encoding": CSV_ENCODING, "schema": schema}
        if about:
            resource["description"] = about
        resources.append(resource)
    db.close()
    descriptor = {
        "profile": "tabular-data-package",
        "name": "kehoach-plans",
        "title": "Vietnamese government plans as structured data",
        "description": "Documents, section trees, task and indicator tables, agencies and assignments extracted by "
                       "kehoach; every column is documented in docs/schema.md. Cells hold the values as stored in the "
                       "database (a text starting with =, +, - or @ included, as printed): open the files with a data "
                       "tool, not a spreadsheet, which may run such a cell as a formula (kehoach export --xlsx writes "
                       "a spreadsheet). The files start with a UTF-8 byte-order mark.",
        "resources": resources,
    }
    path = out_dir / "datapackage.json"
    path.write_bytes(data_bytes(descriptor))  # json.dumps(…, ensure_ascii=False, indent=2)'s bytes, in C
    return path
