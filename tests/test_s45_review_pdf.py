"""s45 review of the turned pages (parsers/pdf.py upright_turn, _page_pieces) and of the signer's names
(pipeline/stages/metadata.py): the reviewer's inputs and variants. tests/data/s45_review_pdf holds two task tables
LibreOffice printed (land.pdf: a landscape page, portvert3.pdf: a portrait one with a header turned to run up its
cells), their second page the table."""
from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from pypdf import PdfReader, PdfWriter
from pypdf.generic import NameObject, NumberObject

from pdfmaker import drawn_over, stacked, text_pdf
from pipeline.outputs.export import dumps
from pipeline.run import process
import test_textlayer_blind_s45 as blind

DATA = Path(__file__).parent / "data" / "s45_review_pdf"
STAMP = ["Ký bởi: Ủy ban nhân dân tỉnh Điện Biên", "Email: ubnd@dienbien.gov.vn", "Cơ quan: Tỉnh Điện Biên",
         "Thời gian ký: 21.04.2026 15:20:11 +07:00"]


def _turned(data: bytes, degrees: int, pages=slice(1, None)) -> bytes:
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(data)))
    for page in writer.pages[pages]:
        page[NameObject("/Rotate")] = NumberObject(degrees)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _tasks(tmp_path, data: bytes) -> list[dict]:
    path = tmp_path / "plan.pdf"
    path.write_bytes(data)
    found = json.loads(dumps(process(path))).get("tasks") or []
    names = lambda v: [x.get("name") for x in v] if isinstance(v, list) else v  # noqa: E731
    return [{"content": t.get("content"), "lead": names(t.get("lead")), "support": names(t.get("support"))} for t in found]


# -- 1: a table on a page turned by a /Rotate a viewer added: its cells' lines never read bottom-up ---------------------

@pytest.mark.parametrize("name", ["land.pdf", "portvert3.pdf"])
@pytest.mark.parametrize("degrees, pages", [(90, slice(1, None)), (180, slice(1, None)), (270, slice(1, None)),
                                            (90, slice(None)), (270, slice(None))],
                         ids=["viewer90", "viewer180", "viewer270", "all90", "all270"])
def test_a_turned_table_page_gives_its_tasks_as_printed_or_none(tmp_path, monkeypatch, name, degrees, pages):
    blind._no_ocr(monkeypatch)
    data = (DATA / name).read_bytes()
    upright = _tasks(tmp_path, data)
    assert len(upright) == 3 and upright[0]["content"] == "Xây dựng kho dữ liệu dùng chung của tỉnh"
    turned = _tasks(tmp_path, _turned(data, degrees, pages))
    assert turned in ([], upright)


# -- 4: a turn needs a clear share of the page's characters, a stamp along the margin counting for none -----------------

def _signature_page(degrees: int) -> bytes:
    """A sparse last page (recipients and the signature) with a signing stamp of four lines drawn turned along the
    margin: more of its characters are the stamp's than the page's."""
    sig = [(330, 200 + 18 * k, t) for k, t in enumerate(blind.SIGNATURE)] + \
        [(50, 200, "Nơi nhận:"), (50, 218, "- Như trên;"), (50, 236, "- Lưu: VT.")]
    second = drawn_over(text_pdf([sig], size=blind.SIZE), (570, 780), STAMP, degrees=degrees, size=8)
    body = text_pdf([[(50, 50 + 18 * k, t) for k, t in enumerate(blind.BODY[:4])]], size=blind.SIZE)
    return stacked([text_pdf([blind._first()], size=blind.SIZE), body, second])


@pytest.mark.parametrize("degrees", [90, 270])
def test_a_long_stamp_along_a_sparse_last_page_does_not_turn_it(tmp_path, monkeypatch, degrees):
    blind._no_ocr(monkeypatch)
    doc = blind._run(tmp_path, _signature_page(degrees))
    assert doc.metadata.signer.name == "Lò Văn Thắng"


@pytest.mark.parametrize("copies", [2, 3])
def test_an_upright_stamp_on_a_turned_annex_leaves_the_annex_in_order(tmp_path, monkeypatch, copies):
    blind._no_ocr(monkeypatch)
    annex = drawn_over(blind._turned_annex(), (40, 40), STAMP * copies, degrees=0, size=8)
    doc = blind._run(tmp_path, stacked([text_pdf([blind._first()], size=blind.SIZE),
                                        text_pdf([blind._second()], size=blind.SIZE), annex]))
    assert blind._fields(doc) == blind.WANTED
    third = [b.text for b in doc.blocks if b.prov.page == 3]
    assert [t for t in third if t in blind.ANNEX] == blind.ANNEX
    assert third.index(blind.ANNEX[0]) < third.index(blind.ANNEX[1]) < third.index(blind.ANNEX[2])


def test_a_stamp_along_the_first_page_does_not_turn_it(tmp_path, monkeypatch):
    blind._no_ocr(monkeypatch)
    first = drawn_over(text_pdf([blind._first()], size=blind.SIZE), (570, 780), STAMP * 2, degrees=90, size=8)
    doc = blind._run(tmp_path, stacked([first, text_pdf([blind._second()], size=blind.SIZE)]))
    assert blind._wrong(doc) == {}
