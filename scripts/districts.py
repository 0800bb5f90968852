"""Write pipeline/data/districts.csv: the 696 districts (huyện, quận, thị xã, thành phố thuộc tỉnh) of the 63 provinces
as they stood before 1 July 2025, when the district level ended, from the pinned wheel of ``vietnamadminunits`` (MIT
licence, © 2025 Tran Ngoc Minh Hieu; its ``data/dataset.db``, table ``admin_units_legacy``, and
``data/converter_2025.json`` for the province each old province went into). The package is not a dependency: this
script reads the wheel once and the CSV it writes is committed (as scripts/communes.py does for the communes).

    pip download --no-deps vietnamadminunits==1.0.4 -d /tmp/vau
    .venv/bin/python scripts/districts.py /tmp/vau/vietnamadminunits-1.0.4-py3-none-any.whl
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
import sys
import tempfile
import unicodedata
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipeline.resources import csv_rows  # noqa: E402
from pipeline.text import fold  # noqa: E402
from scripts.communes import VERSION, WHEEL_SHA256, slug, write_from_wheel  # noqa: E402

OUTPUT = ROOT / "pipeline" / "data" / "districts.csv"
KINDS = {"Huyện": "huyện", "Quận": "quận", "Thị xã": "thị xã", "Thành phố": "thành phố"}
ENDED = "2025-06-30"  # Luật Tổ chức chính quyền địa phương số 72/2025/QH15, in force 1 July 2025
HEADER = f"""\
# The districts (huyện, quận, thị xã, thành phố thuộc tỉnh) of the 63 provinces before the two-level reform: one row
# each; lines starting with "#" are comments. Written by scripts/districts.py from vietnamadminunits {VERSION} (PyPI; MIT
# licence, Copyright (c) 2025 Tran Ngoc Minh Hieu; its data/dataset.db, table admin_units_legacy, the 696 districts of
# the first half of 2025, and data/converter_2025.json): do not edit by hand, run the script. Districts merged before
# 2025 (huyện Kỳ Sơn of Hòa Bình, huyện Nam Đông of Huế …) are not in it: the data gives their names folded, without
# their marks or their dates.
# id: the district's jurisdiction id (agency ids add "/<body>"); name: as printed after the kind word ("Bắc Quang");
# kind: huyện | quận | thị xã | thành phố; province: its province then (jurisdictions.csv); province_2025: the province
# its area went into on 1 July 2025; code: the official code (mã đơn vị hành chính); valid_until: the district level
# ended on {ENDED} (Luật 72/2025/QH15). Every body of the "*huyện" rows of agencies.csv exists in each one; it is made
# when a plan names it ("Ủy ban nhân dân huyện Bắc Quang"), not before. A district jurisdictions.csv lists (quận Bình
# Tân) is that row's, not this file's.
"""


def rows_from(wheel: Path) -> list[dict[str, str]]:
    digest = hashlib.sha256(wheel.read_bytes()).hexdigest()
    if digest != WHEEL_SHA256:
        sys.exit(f"{wheel}: SHA-256 {digest}, expected {WHEEL_SHA256} (vietnamadminunits {VERSION})")
    provinces = {fold(row["name"]).replace(" ", ""): row["id"] for row in csv_rows("jurisdictions.csv")
                 if row["level"] == "tỉnh" and row["valid_until"] != "2024-12-31"}
    with zipfile.ZipFile(wheel) as archive, tempfile.TemporaryDirectory() as folder:
        database = Path(folder) / "dataset.db"
        database.write_bytes(archive.read("vietnamadminunits/data/dataset.db"))
        merged_into = json.loads(archive.read("vietnamadminunits/data/converter_2025.json"))["DICT_PROVINCE"]
        connection = sqlite3.connect(database)
        # the full name ("Huyện Kỳ Anh"), not districtShort ("Kỳ Anh (Huyện)" where a thị xã shares the name)
        found = connection.execute("SELECT DISTINCT provinceShort, provinceKey, district, districtType, districtCode "
                                   "FROM admin_units_legacy").fetchall()
        new_keys = dict(connection.execute("SELECT DISTINCT provinceKey, provinceShort FROM admin_units").fetchall())
        connection.close()
    successor = {old: new_keys[new] for new, olds in merged_into.items() for old in olds}

    def province_id(name: str) -> str:
        if (found_id := provinces.get(fold(name).replace(" ", ""))) is None:
            sys.exit(f"{wheel}: province {name!r} is not in jurisdictions.csv")
        return found_id

    rows = []
    for province_name, province_key, name, kind, code in found:
        province = province_id(province_name)
        if not name.lower().startswith(f"{kind.lower()} "):
            sys.exit(f"{wheel}: district {name!r} does not start with its type {kind!r}")
        name = unicodedata.normalize("NFC", name[len(kind):].strip())
        kind = KINDS[kind]
        rows.append({"id": f"{province}.{slug(kind)}-{slug(name)}", "name": name, "kind": kind, "province": province,
                     "province_2025": province_id(successor[province_key]), "code": code, "valid_until": ENDED})
    rows.sort(key=lambda r: r["code"])
    if len({r["id"] for r in rows}) != len(rows):
        sys.exit(f"{wheel}: two districts of one province share a kind and a name")
    return rows


def main() -> None:
    write_from_wheel(__doc__.split("\n\n")[0], rows_from, OUTPUT, HEADER, "districts")

if __name__ == "__main__":
    main()
