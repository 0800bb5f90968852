"""Write pipeline/data/communes.csv: the 3,321 communes, wards and special zones (xã, phường, đặc khu) of the 34
provinces since 1 July 2025, from the pinned wheel of ``vietnamadminunits`` (MIT licence, © 2025 Tran Ngoc Minh Hieu;
its ``data/dataset.db``, table ``admin_units``). The package is not a dependency: this script reads the wheel once and
the CSV it writes is committed.

    pip download --no-deps vietnamadminunits==1.0.4 -d /tmp/vau
    .venv/bin/python scripts/communes.py /tmp/vau/vietnamadminunits-1.0.4-py3-none-any.whl

The wheel's SHA-256 is checked, so the committed file is what this exact version gives.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import io
import sqlite3
import sys
import tempfile
import unicodedata
from collections import Counter
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipeline.resources import csv_rows  # noqa: E402
from pipeline.text import fold  # noqa: E402

VERSION = "1.0.4"
WHEEL_SHA256 = "737ee3662e877290386c1c45ed4d71f2e5fae34ab6fb9c64bfb4cb74b216ea35"
OUTPUT = ROOT / "pipeline" / "data" / "communes.csv"
KINDS = {"Xã": "xã", "Phường": "phường", "Đặc khu": "đặc khu"}
HEADER = f"""\
# The communes, wards and special zones (xã, phường, đặc khu) of the 34 provinces since 1 July 2025 (Luật Tổ chức chính
# quyền địa phương số 72/2025/QH15; the Standing Committee's resolutions per province): one row each; lines starting
# with "#" are comments. Written by scripts/communes.py from vietnamadminunits {VERSION} (PyPI; MIT licence,
# Copyright (c) 2025 Tran Ngoc Minh Hieu; its data/dataset.db, table admin_units): do not edit by hand, run the script.
# id: the commune's jurisdiction id (agency ids add "/<body>"; the code is added where two names of one province differ
# only in tone marks); name: as printed after the kind word ("Di Linh");
# kind: xã | phường | đặc khu; province: the id of its province in jurisdictions.csv; code: the official code
# (mã đơn vị hành chính). Every body of the "*xã" rows of agencies.csv exists in each one; it is made when a plan
# names it ("Ủy ban nhân dân xã Di Linh"), not before.
"""


def slug(text: str) -> str:
    return "-".join("".join(c if c.isalnum() else " " for c in fold(text)).split())


def rows_from(wheel: Path) -> list[dict[str, str]]:
    digest = hashlib.sha256(wheel.read_bytes()).hexdigest()
    if digest != WHEEL_SHA256:
        sys.exit(f"{wheel}: SHA-256 {digest}, expected {WHEEL_SHA256} (vietnamadminunits {VERSION})")
    provinces = {fold(row["name"]): row["id"] for row in csv_rows("jurisdictions.csv")
                 if row["level"] == "tỉnh" and not row["valid_until"]}
    with zipfile.ZipFile(wheel) as archive, tempfile.TemporaryDirectory() as folder:
        database = Path(folder) / "dataset.db"
        database.write_bytes(archive.read("vietnamadminunits/data/dataset.db"))
        connection = sqlite3.connect(database)
        found = connection.execute("SELECT provinceShort, wardShort, wardType, wardCode FROM admin_units").fetchall()
        connection.close()
    rows = []
    for province_name, name, kind, code in found:
        province = provinces.get(fold(province_name))
        if province is None:
            sys.exit(f"{wheel}: province {province_name!r} is not one of jurisdictions.csv's 34")
        name = unicodedata.normalize("NFC", name.strip())
        kind = KINDS[kind]
        rows.append({"id": f"{province}.{slug(kind)}-{slug(name)}", "name": name, "kind": kind,
                     "province": province, "code": code})
    rows.sort(key=lambda r: (r["province"], r["code"]))
    # names that differ only in tone marks in one province ("Sơn Hà", "Sơn Hạ" of Quảng Ngãi): the code tells them apart
    seen = Counter(r["id"] for r in rows)
    for row in rows:
        if seen[row["id"]] > 1:
            row["id"] += f"-{row['code']}"
    return rows


def write_from_wheel(description: str, read_rows, output: Path, header: str, what: str) -> None:
    """The command line of a script that writes one data file from the wheel: its rows under ``header``."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("wheel", type=Path, help=f"vietnamadminunits-{VERSION}-py3-none-any.whl")
    rows = read_rows(parser.parse_args().wheel)
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=list(rows[0]), lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    output.write_text(header + out.getvalue(), encoding="utf-8")
    print(f"{output.relative_to(ROOT)}: {len(rows)} {what} of {len({r['province'] for r in rows})} provinces")


def main() -> None:
    write_from_wheel(__doc__.split("\n\n")[0], rows_from, OUTPUT, HEADER, "communes")


if __name__ == "__main__":
    main()
