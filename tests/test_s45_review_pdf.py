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


# -- 2: family names whose letters without marks are common words sign no name written without marks -------------------

SIGNATURE_TEXT = """ỦY BAN NHÂN DÂN
XÃ THANH GIANG
Số: 12/KH-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Thanh Giang, ngày 05 tháng 3 năm 2026
KẾ HOẠCH
Tổ chức các hoạt động hưởng ứng Ngày Sách và Văn hóa đọc Việt Nam năm 2024
Căn cứ Kế hoạch số 45/KH-UBND ngày 01 tháng 3 năm 2024 của Ủy ban nhân dân Thành phố;
I. MỤC ĐÍCH, YÊU CẦU
1. Nâng cao nhận thức của cán bộ, công chức về vai trò của sách.
II. NỘI DUNG
1. Tổ chức hội sách tại trụ sở.
III. TỔ CHỨC THỰC HIỆN
Phòng Văn hóa và Thông tin chủ trì thực hiện Kế hoạch này./.
Nơi nhận:
- UBND Thành phố;
- Lưu: VT.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
{signer}
"""


def _signer_of(tmp_path, signer: str):
    path = tmp_path / "plan.txt"
    path.write_text(SIGNATURE_TEXT.format(signer=signer), encoding="utf-8")
    doc = process(path)
    return doc.metadata.signer.name, [w.code for w in doc.warnings]


@pytest.mark.parametrize("label", ["Ký bởi: Xa Thanh Giang\nThời gian ký: 05.03.2026 08:12:00 +07:00",
                                   "Ký bởi: Xa Phu Quang\nThời gian ký: 05.03.2026 08:12:00 +07:00"])
def test_a_commune_s_stamp_without_marks_signs_no_name(tmp_path, label):
    name, warned = _signer_of(tmp_path, label)
    assert name is None and "missing_signer_name" in warned


@pytest.mark.parametrize("who", ["Thanh Giang", "Phu Quang", "Song Cam", "Mua Xuan", "Lau Dai", "Sung Duc", "Hoa Giang",
                                 "Van Tong", "Thao Nguyen Vien"])
def test_words_without_marks_that_fold_as_a_highland_family_name_are_no_signer(who):
    from pipeline.stages.metadata import _stamp_signer

    assert _stamp_signer(f"Ký bởi: {who}") is None


@pytest.mark.parametrize("who", ["Nguyen Van Hung", "Hung Van Nguyen", "Giàng A Chu", "Cầm Thị Hoa"])
def test_names_written_without_marks_by_a_common_family_name_or_with_marks_still_sign(who):
    from pipeline.stages.metadata import _stamp_signer

    assert _stamp_signer(f"Ký bởi: {who}") == who


# -- 3: the one-letter middle name only after a family name ---------------------------------------------------------------

@pytest.mark.parametrize("place", ["Huyện A Lưới", "Sở A Lưới", "Bản A Pa Chải", "Đồn A Pa Chải", "Xã A Xan", "Phường A Nam"])
def test_a_place_with_the_letter_a_under_the_signature_is_no_signer(tmp_path, place):
    from pipeline.stages.metadata import signer_name

    assert signer_name(place) is None
    name, warned = _signer_of(tmp_path, place)
    assert name is None


@pytest.mark.parametrize("name", ["Giàng A Chu", "Vàng A Dình", "Nguyễn A Vũ"])
def test_a_family_name_then_the_letter_a_is_a_name(tmp_path, name):
    assert _signer_of(tmp_path, name)[0] == name


# -- 5: no two family names that the repair of a misread one matches fold alike -------------------------------------------

def test_no_two_family_names_matched_by_their_letters_fold_alike():
    from pipeline.stages.metadata import _surnames_folded_alone
    from pipeline.text import fold

    folded = [fold(surname) for surname in _surnames_folded_alone()]
    assert len(folded) == len(set(folded))


@pytest.mark.parametrize("read, wanted", [("Lưỡng Văn Hùng", "Lương Văn Hùng"), ("Lượng Thị Hoa", "Lương Thị Hoa"),
                                          ("Hoằng Chí Hiền", "Hoàng Chí Hiền")])
def test_a_misread_family_name_is_repaired_to_the_one_it_folds_as(read, wanted):
    from pipeline.model import Block, Provenance
    from pipeline.stages.metadata import _name_by_its_family_name

    block = Block(id="b1", orig=read, text=read, prov=Provenance(reader="ocr", page=2, bbox=(300, 500, 500, 514),
                                                                 ocr_confidence=90.0))
    found = _name_by_its_family_name([block])
    assert found is not None and found[1] == wanted


# -- 6: "Q." ends the header's issuer only before a position, never before a district's name ------------------------------

def _issuer_of(tmp_path, district: str) -> tuple[str | None, list[str]]:
    text = SIGNATURE_TEXT.format(signer="Nguyễn Văn An").replace("XÃ THANH GIANG", district, 1)
    path = tmp_path / "plan.txt"
    path.write_text(text, encoding="utf-8")
    doc = process(path)
    issuer = doc.metadata.issuer
    return getattr(issuer, "name", issuer), [w.code for w in doc.warnings]


@pytest.mark.parametrize("district", ["Q. BÌNH THẠNH", "Q. TÂN BÌNH", "Q. HOÀN KIẾM", "Q.BÌNH THẠNH"])
def test_a_district_written_q_dot_is_the_issuer_s_line(tmp_path, district):
    issuer, warned = _issuer_of(tmp_path, district)
    assert issuer == f"ỦY BAN NHÂN DÂN {district}" and "issuer_incomplete" not in warned


@pytest.mark.parametrize("line, opens", [("Q. GIÁM ĐỐC", True), ("Q. CHỦ TỊCH", True), ("QUYỀN GIÁM ĐỐC", True),
                                         ("TM. ỦY BAN NHÂN DÂN", True), ("KT. CHỦ TỊCH", True),
                                         ("Q. BÌNH THẠNH", False), ("Q. TÂN BÌNH", False)])
def test_an_acting_mark_opens_a_signature_only_before_a_position(line, opens):
    from pipeline.stages.metadata import _opens_a_signature

    assert _opens_a_signature(line) is opens


# -- 8: a scan under a good OCR layer, shown turned by /Rotate, is checked against its image turned upright ---------------

@pytest.mark.parametrize("degrees", [90, 180, 270])
def test_a_turned_scan_under_a_good_layer_keeps_its_number_and_day(tmp_path, monkeypatch, degrees):
    from parsers import ocr

    if ocr.tesseract_problem():
        pytest.skip("the layer's number and day lines are confirmed by Tesseract")
    blind._no_ocr(monkeypatch)
    scan = blind._scan_with_layer(blind._first(), blind._second())
    doc = blind._run(tmp_path, blind._rotated(scan, {0: degrees, 1: degrees}))
    assert blind._fields(doc) == blind.WANTED


# -- 7: a blank number on a page whose widgets draw text apart from its lines is unread, no draft's ------------------------

WIDGETS = [((54, 842 - 102, 77, 842 - 89), "143"), ((322, 842 - 102, 340, 842 - 89), "21")]


@pytest.mark.parametrize("degrees", [0, 90, 180, 270])
def test_widgets_on_a_turned_page_never_make_it_a_draft(tmp_path, monkeypatch, degrees):
    blind._no_ocr(monkeypatch)
    data = blind._signed(WIDGETS)
    doc = blind._run(tmp_path, blind._rotated(data, {0: degrees}) if degrees else data)
    codes = [w.code for w in doc.warnings]
    assert "unnumbered_draft" not in codes
    assert doc.metadata.number in (None, "143/KH-UBND")
    if doc.metadata.number is None:
        assert "number_unreadable" in codes


def test_a_blank_number_with_no_widget_is_still_a_draft(tmp_path, monkeypatch):
    blind._no_ocr(monkeypatch)
    doc = blind._run(tmp_path, blind._rotated(blind._signed([]), {0: 90}))
    assert doc.metadata.number is None and "unnumbered_draft" in [w.code for w in doc.warnings]
