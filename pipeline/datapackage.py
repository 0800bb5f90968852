"""A Frictionless Data Package of the database: one CSV per table and view, described by ``datapackage.json``.

Tools that speak the standard (frictionless, Open Refine, R's ``frictionless``, CKAN …) load the tables with
their types, primary keys and foreign keys, without code. The descriptor follows the Tabular Data Package
profile (v1); field types come from the SQLite column types, keys from the database's own keys. The CSV files
are for spreadsheets too: a text cell a spreadsheet would run as a formula is defused (``spreadsheet.defused``).
"""

from __future__ import annotations

import csv
import json
from pathlib import Path

from .load import open_db
from .spreadsheet import defused

# SQLite declared type -> Table Schema field type
FIELD_TYPES = {"TEXT": "string", "INTEGER": "integer", "FLOAT": "number", "REAL": "number"}


def write_datapackage(db_path: Path, out_dir: Path) -> Path:
    """Write ``<out_dir>/<table>.csv`` for every table and view of the database, and ``<out_dir>/datapackage.json``."""
    db = open_db(db_path)
    out_dir.mkdir(parents=True, exist_ok=True)
    resources = []
    names = [t for t in db.table_names() if "_fts" not in t and t != "registry_version"] + db.view_names()
    for name in names:
        source = db[name]
        columns = [c.name for c in source.columns]
        with (out_dir / f"{name}.csv").open("w", encoding="utf-8", newline="") as handle:
            writer = csv.writer(handle)
            writer.writerow(columns)
            for row in db.execute(f"SELECT * FROM [{name}]"):
                writer.writerow(["" if value is None else defused(value) for value in row])
        schema: dict = {"fields": [{"name": c.name, "type": FIELD_TYPES.get(c.type.upper(), "string")}
                                   for c in source.columns], "missingValues": [""]}
        if name in db.table_names():
            table = db[name]
            if table.pks != ["rowid"]:
                schema["primaryKey"] = table.pks
            schema["foreignKeys"] = [{"fields": [k.column], "reference": {"resource": k.other_table, "fields": [k.other_column]}}
                                     for k in table.foreign_keys]
        resources.append({"name": name, "path": f"{name}.csv", "profile": "tabular-data-resource", "format": "csv",
                          "mediatype": "text/csv", "encoding": "utf-8", "schema": schema})
    db.close()
    descriptor = {
        "profile": "tabular-data-package",
        "name": "kehoach-plans",
        "title": "Vietnamese government plans as structured data",
        "description": "Documents, section trees, task and indicator tables, agencies and assignments extracted by "
                       "kehoach; every column is documented in docs/schema.md. A text cell that starts with =, +, -, @, "
                       "a tab or a carriage return has an apostrophe put before it, so that spreadsheets do not run "
                       "it as a formula; the database and the JSON documents keep the text as printed.",
        "resources": resources,
    }
    path = out_dir / "datapackage.json"
    path.write_text(json.dumps(descriptor, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return path
