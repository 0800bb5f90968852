"""A second blind round of lying text layers (s45), on a plan built here (another province, issuer, title and signer
than the earlier rounds'): each layer is read right, repaired and said, refused (its page read by OCR), or left null
with a warning naming the page; never read as a confident wrong value.
The layers: legacy fonts in the header only over a Unicode body; tone marks as separate combining glyphs after their
letter (NFD) or before it; words drawn as separate objects without spaces, each letter an object of its own; a Type3
font with no ToUnicode map; a scan under a good invisible OCR layer (kept, not read again) or a poor one (marks dropped,
"rn" for "m": refused); signature widgets that draw the number and day over the layer's blanks, the signer's name and
signing time only, or a stamp's picture with no text; a Tờ trình with the plan it submits and a Quyết định with the
plan it issues in one PDF (the file's metadata is the first document's, the others listed as parts); pages turned by
90° or 180° and a landscape annex page."""

from __future__ import annotations

import io
import unicodedata

import pytest
from pypdf import PdfReader, PdfWriter
from pypdf.generic import NameObject, NumberObject

from parsers import ocr
from pdfmaker import DEJAVU_SERIF, SERIF, image_page, ocr_layer_pdf, stacked, text_pdf, with_font_names, with_widgets
from pipeline.run import process
from test_textlayer_s36 import _legacy_layer
from textlayer_plan import SIZE, fields, first_page, no_ocr, second_page, two_pages, wrong

LEFT = ["ỦY BAN NHÂN DÂN", "TỈNH ĐIỆN BIÊN", "", "Số: 143/KH-UBND"]
RIGHT = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "", "Điện Biên, ngày 21 tháng 4 năm 2026"]
TITLE = "Phát triển du lịch cộng đồng gắn với bảo tồn văn hóa các dân tộc năm 2026"
FIRST = ["KẾ HOẠCH", TITLE,
         "Căn cứ Nghị quyết số 25/NQ-HĐND ngày 10 tháng 12 năm 2025 của Hội đồng nhân dân tỉnh,",
         "Ủy ban nhân dân tỉnh ban hành Kế hoạch thực hiện như sau:", "I. MỤC ĐÍCH, YÊU CẦU",
         "1. Khai thác hiệu quả tiềm năng du lịch của các bản làng, gắn với giữ gìn bản sắc văn hóa.",
         "2. Tạo việc làm, tăng thu nhập cho người dân vùng đồng bào dân tộc thiểu số.",
         "II. NHIỆM VỤ VÀ GIẢI PHÁP",
         "1. Sở Văn hóa, Thể thao và Du lịch chủ trì, phối hợp với các sở, ngành xây dựng sản phẩm du lịch.",
         "2. Ủy ban nhân dân các xã hướng dẫn hộ gia đình làm dịch vụ lưu trú tại nhà dân."]
BODY = ["III. TỔ CHỨC THỰC HIỆN",
        "Các sở, ban, ngành, Ủy ban nhân dân các xã, phường căn cứ Kế hoạch này xây dựng kế hoạch cụ thể,",
        "báo cáo kết quả thực hiện về Sở Văn hóa, Thể thao và Du lịch trước ngày 20 tháng 11 năm 2026.",
        "Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các đơn vị kịp thời phản ánh để xem xét.",
        "Nơi nhận:", "- Bộ Văn hóa, Thể thao và Du lịch;", "- TT Tỉnh ủy, TT HĐND tỉnh;", "- Lưu: VT, KGVX."]
SIGNATURE = ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Lò Văn Thắng"]
WANTED = {"doc_type": "Kế hoạch", "number": "143/KH-UBND", "issued_date": "2026-04-21", "issuer": "ỦY BAN NHÂN DÂN TỈNH ĐIỆN BIÊN",
          "title": TITLE, "signer": "Lò Văn Thắng", "signer_title": "Phó Chủ tịch", "authority": ["TM.", "KT."]}
LAYER_CODES = {"page_read_by_ocr", "text_layer_remapped", "text_layer_legacy_font", "text_layer_letters_repaired"}


def _first(left=LEFT, right=RIGHT, first=FIRST) -> list[tuple]:
    return first_page(left, right, first)


def _second() -> list[tuple]:
    return second_page(BODY, SIGNATURE)


def _pdf(first=None, second=None, font=SERIF, bold=frozenset()) -> bytes:
    return two_pages(first or _first(), second or _second(), font, bold)


def _wrong(doc, wanted=WANTED) -> dict:
    return wrong(doc, wanted)


def _pages_warned(doc, codes=LAYER_CODES) -> list[int]:
    return sorted({w.where["page"] for w in doc.warnings if w.code in codes and w.where})


_fields, _no_ocr = fields, no_ocr


def _ocr_asked(monkeypatch) -> list:
    """OCR replaced by a reader that reads nothing and notes what it was asked: the page numbers (read_page) or "all"
    (read_pdf). A page refused and read by nothing leaves its fields null, never garbled."""
    from pipeline.model import Document, Origin

    asked: list = []

    def page(_page, page_no, _path, _warnings=None):
        asked.append(page_no)
        return []

    def whole(path, data, _pdf, reason):
        asked.append("all")
        return Document(origin=Origin(path=str(path), name=path.name, format="pdf-ocr", sha256="0" * 64, size=len(data)), blocks=[])

    monkeypatch.setattr(ocr, "read_page", page)
    monkeypatch.setattr(ocr, "read_pdf", whole)
    return asked


def _run(tmp_path, data: bytes, name: str = "plan.pdf"):
    (path := tmp_path / name).write_bytes(data)
    return process(path)


def _run_refused(tmp_path, data: bytes):
    """The document, or None where every page was refused and the stand-in OCR read nothing (no document to read)."""
    from pipeline.errors import NotADocument

    try:
        return _run(tmp_path, data)
    except NotADocument:
        return None


def _wrong_or_none(doc) -> dict:
    return {} if doc is None else _wrong(doc)


def test_the_good_layer_reads_the_plan(tmp_path, monkeypatch):
    _no_ocr(monkeypatch)
    doc = _run(tmp_path, _pdf())
    assert _fields(doc) == WANTED and not _pages_warned(doc)


# -- Legacy fonts in the header only: the body is Unicode -------------------------------------------------------------

HEADER = frozenset(t for t in [*LEFT, *RIGHT] if t)


def _header_legacy(key: str) -> list[tuple]:
    return [(x, top, _legacy_layer(key, text) if text in HEADER else text) for x, top, text in _first()]


@pytest.mark.parametrize("key, names", [
    ("tcvn3", {"LiberationSerif-Bold": ".VnTimeH"}),
    ("vni", {"LiberationSerif-Bold": "VNI-Times"}),
    ("vni", {"LiberationSerif-Bold": "VNI-Helve"}),
], ids=["tcvn3-capitals-font", "vni-times", "vni-helve"])
def test_a_header_typed_in_a_legacy_font_over_a_unicode_body_is_converted(tmp_path, monkeypatch, key, names):
    _no_ocr(monkeypatch)
    bold = frozenset(_legacy_layer(key, t) for t in HEADER)
    doc = _run(tmp_path, with_font_names(_pdf(_header_legacy(key), bold=bold), names))
    assert _fields(doc) == WANTED
    assert _pages_warned(doc, {"text_layer_legacy_font"}) == [1]
    text = "\n".join(b.text or "" for b in doc.blocks)
    assert "du lịch cộng đồng" in text and "Thắng" in text  # the Unicode body left as it was


# -- Tone marks as separate glyphs --------------------------------------------------------------------------------------

def _decomposed(lines: list[tuple], before: bool = False) -> list[tuple]:
    """Each line in NFD (a letter, then its marks), or each mark drawn before its letter (``before``)."""
    out = []
    for x, top, text in lines:
        text = unicodedata.normalize("NFD", text)
        if before:
            letters: list[str] = []
            for c in text:
                if unicodedata.combining(c) and letters:
                    base = letters.pop()
                    k = len(letters)
                    while k and unicodedata.combining(letters[k - 1]):
                        k -= 1
                    letters.insert(k, c)
                    letters.append(base)
                else:
                    letters.append(c)
            text = "".join(letters)
        out.append((x, top, text))
    return out


def test_a_layer_in_nfd_reads_as_printed(tmp_path, monkeypatch):
    _no_ocr(monkeypatch)
    doc = _run(tmp_path, _pdf(_decomposed(_first()), _decomposed(_second()), font=DEJAVU_SERIF))
    assert _fields(doc) == WANTED


@pytest.mark.parametrize("pages", [[1], [1, 2]], ids=["page-1", "both-pages"])
def test_marks_drawn_before_their_letters_are_never_read_as_other_words(tmp_path, monkeypatch, pages):
    """A mark before its letter joins the letter before it: "Kế" would read "Ḱê"-like garbage. The page is refused
    (OCR) or its marks put back on their letters: no field read otherwise than printed."""
    asked = _ocr_asked(monkeypatch)
    first = _decomposed(_first(), before=True) if 1 in pages else _first()
    second = _decomposed(_second(), before=True) if 2 in pages else _second()
    doc = _run_refused(tmp_path, _pdf(first, second, font=DEJAVU_SERIF))
    assert _wrong_or_none(doc) == {}
    if asked:
        assert asked == (["all"] if pages == [1, 2] else pages)
    else:
        assert _fields(doc) == WANTED


# -- Spaces: words as separate objects without spaces, each letter an object ------------------------------------------

def _split(lines: list[tuple], unit: str) -> list[tuple]:
    """Each line drawn a word (``unit`` "word") or a letter ("letter") at a time, no space character drawn: the gaps
    between the objects are the only spaces."""
    from PIL import ImageFont

    font = ImageFont.truetype(str(SERIF), SIZE)
    out = []
    for x, top, text in lines:
        at = x
        for word in text.split(" "):
            if unit == "word":
                out.append((at, top, word))
            else:
                pos = at
                for letter in word:
                    out.append((pos, top, letter))
                    pos += font.getlength(letter)
            at += font.getlength(word + " ")
    return out


@pytest.mark.parametrize("unit", ["word", "letter"])
def test_a_layer_drawn_in_pieces_without_spaces_reads_as_printed(tmp_path, monkeypatch, unit):
    _no_ocr(monkeypatch)
    doc = _run(tmp_path, _pdf(_split(_first(), unit), _split(_second(), unit)))
    assert _fields(doc) == WANTED


def test_a_layer_whose_spaces_are_lost_is_never_read_as_glued_values(tmp_path, monkeypatch):
    """Words run together with no gap ("KẾHOẠCH", "ỦYBANNHÂNDÂN"): split back by the spelling rules or left; never a
    title or an issuer of glued words."""
    asked = _ocr_asked(monkeypatch)
    glued = [(x, top, t.replace(" ", "")) for x, top, t in _first()]
    doc = _run_refused(tmp_path, _pdf(glued, [(x, top, t.replace(" ", "")) for x, top, t in _second()]))
    assert _wrong_or_none(doc) == {}
    assert asked == ["all"] or _fields(doc) == WANTED


# -- A Type3 font with no ToUnicode ------------------------------------------------------------------------------------

def _type3_page(lines: list[str]) -> bytes:
    """A one-page PDF whose text is drawn in a Type3 font of boxes, its codes 0x21… given by order of first sight, with
    no ToUnicode and glyph names of no meaning: the page shows glyphs, its layer reads codes that say nothing."""
    codes: dict[str, int] = {}
    for line in lines:
        for c in line:
            if c != " " and c not in codes:
                codes[c] = 0x21 + len(codes)
    stream = ["BT /T3 11 Tf"]
    for k, line in enumerate(lines):
        encoded = "".join(" " if c == " " else chr(codes[c]) for c in line)
        escaped = encoded.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
        stream.append(f"1 0 0 1 60 {780 - 18 * k} Tm ({escaped}) Tj")
    stream.append("ET")
    content = "\n".join(stream).encode("latin-1")
    names = " ".join(f"/g{n}" for n in range(len(codes)))
    procs = " ".join(f"/g{n} 9 0 R" for n in range(len(codes)))
    glyph = b"500 0 0 0 450 700 d1 0 0 450 700 re f"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /T3 5 0 R >> >> /Contents 4 0 R >>",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
        (f"<< /Type /Font /Subtype /Type3 /FontBBox [0 0 500 700] /FontMatrix [0.001 0 0 0.001 0 0] "
         f"/CharProcs 6 0 R /Encoding 7 0 R /FirstChar 32 /LastChar {0x20 + len(codes)} /Widths 8 0 R >>").encode(),
        f"<< {procs} >>".encode(),
        f"<< /Type /Encoding /Differences [32 /space {names}] >>".encode(),
        ("[" + " ".join(["250"] + ["500"] * len(codes)) + "]").encode(),
        b"<< /Length %d >>\nstream\n" % len(glyph) + glyph + b"\nendstream",
    ]
    out, offsets = io.BytesIO(), []
    out.write(b"%PDF-1.7\n")
    for n, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % n + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    out.write(b"".join(b"%010d 00000 n \n" % o for o in offsets))
    out.write(b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref))
    return out.getvalue()


def test_a_type3_font_without_a_map_is_refused_on_its_page(tmp_path, monkeypatch):
    asked = _ocr_asked(monkeypatch)
    first = [text for _, _, text in sorted(_first(), key=lambda line: (line[1], line[0]))]
    doc = _run(tmp_path, stacked([_type3_page(first), text_pdf([_second()], size=SIZE)]))
    assert asked == [1]
    assert _wrong(doc) == {}
    assert [w.where["page"] for w in doc.warnings if w.code == "page_read_by_ocr"] == [1]


def test_a_type3_font_without_a_map_on_every_page_is_read_by_ocr(tmp_path, monkeypatch):
    asked = _ocr_asked(monkeypatch)
    doc = _run_refused(tmp_path, stacked([_type3_page([t for _, _, t in _first()]), _type3_page([t for _, _, t in _second()])]))
    assert asked == ["all"] and _wrong_or_none(doc) == {}


# -- A scan under an invisible OCR layer: a good one kept, a poor one refused -------------------------------------------

def _scan_with_layer(first_layer: list[tuple], second_layer: list[tuple]) -> bytes:
    pages = [ocr_layer_pdf(image_page(lines, size=SIZE, dpi=150), layer, size=SIZE)
             for lines, layer in ((_first(), first_layer), (_second(), second_layer))]
    return stacked(pages)


def test_a_scan_under_a_good_ocr_layer_is_read_from_the_layer(tmp_path, monkeypatch):
    _no_ocr(monkeypatch)
    monkeypatch.setattr("parsers.pdf._hidden_layer_check", lambda *a, **k: {})  # no Tesseract to confirm lines here
    doc = _run(tmp_path, _scan_with_layer(_first(), _second()))
    assert _fields(doc) == WANTED


def _poor(text: str) -> str:
    """An old OCR's reading: most marks dropped (a few kept), "m" read "rn", "đ" read "d"."""
    from pipeline.text import fold

    words = []
    for k, word in enumerate(text.split(" ")):
        bare = word if k % 5 == 0 else "".join(c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c))
        words.append(unicodedata.normalize("NFC", bare).replace("m", "rn").replace("đ", "d").replace("Đ", "D"))
    return " ".join(words) if fold(text) else text


@pytest.mark.parametrize("pages", [[1], [2], [1, 2]], ids=["page-1", "page-2", "both-pages"])
def test_a_scan_under_a_poor_ocr_layer_is_refused(tmp_path, monkeypatch, pages):
    asked = _ocr_asked(monkeypatch)
    first = [(x, top, _poor(t)) for x, top, t in _first()] if 1 in pages else _first()
    second = [(x, top, _poor(t)) for x, top, t in _second()] if 2 in pages else _second()
    monkeypatch.setattr("parsers.pdf._hidden_layer_check", lambda *a, **k: {})
    doc = _run_refused(tmp_path, _scan_with_layer(first, second))
    assert asked == (["all"] if pages == [1, 2] else pages)
    assert _wrong_or_none(doc) == {}


# -- Signature widgets ---------------------------------------------------------------------------------------------------

BLANK_LEFT = [*LEFT[:3], "Số:        /KH-UBND"]
BLANK_RIGHT = [*RIGHT[:3], "Điện Biên, ngày       tháng 4 năm 2026"]


def _signed(widgets, left=BLANK_LEFT, right=BLANK_RIGHT, signed_at=None) -> bytes:
    """The plan on one page, header blanks, widgets of (rect, text) over it."""
    body = _first(left, right) + [(50, 330 + 18 * k, t) for k, t in enumerate(BODY)] + \
        [(330, 480 + 18 * k, t) for k, t in enumerate(SIGNATURE)]
    return with_widgets(text_pdf([body], size=SIZE), widgets, signed_at=signed_at)


def test_widgets_drawing_the_number_and_day_over_the_blanks_give_them(tmp_path, monkeypatch):
    _no_ocr(monkeypatch)
    # the blanks' places: after "Số:" (x 54-78) and between "ngày" and "tháng" (x 322-341); rects bottom-up
    doc = _run(tmp_path, _signed([((54, 842 - 102, 77, 842 - 89), "143"), ((322, 842 - 102, 340, 842 - 89), "21")]))
    assert _fields(doc) == WANTED


def test_a_widget_of_only_the_signers_name_and_time_gives_no_number(tmp_path, monkeypatch):
    """The signing time is evidence for the day (with a warning), never a number; the name is no issuer or title."""
    _no_ocr(monkeypatch)
    doc = _run(tmp_path, _signed([((330, 200, 560, 230), "Lo Van Thang 22.04.2026 08:12")], signed_at="D:20260422081200+07'00'"))
    assert _wrong(doc, {**WANTED, "number": None, "issued_date": "2026-04-22"}) == {}
    assert doc.metadata.number is None
    if doc.metadata.issued_date:
        assert doc.metadata.sources["issued_date"].source == "signature"


def test_a_widget_of_only_the_signers_time_never_overrides_a_printed_day(tmp_path, monkeypatch):
    _no_ocr(monkeypatch)
    doc = _run(tmp_path, _signed([((330, 200, 560, 230), "Ky boi: Lo Van Thang 23.04.2026 08:12")], left=LEFT, right=RIGHT,
                                 signed_at="D:20260423081200+07'00'"))
    assert _fields(doc) == WANTED


def test_a_stamp_picture_with_no_text_leaves_the_layer_as_it_reads(tmp_path, monkeypatch):
    _no_ocr(monkeypatch)
    doc = _run(tmp_path, _signed([((300, 440, 420, 560), None)], left=LEFT, right=RIGHT))
    assert _fields(doc) == WANTED


# -- Several documents in one PDF: the first one's metadata, the others as parts -----------------------------------------

SUBMISSION_LEFT = ["SỞ VĂN HÓA, THỂ THAO", "VÀ DU LỊCH", "", "Số: 58/TTr-SVHTTDL"]
SUBMISSION_RIGHT = [*RIGHT[:3], "Điện Biên, ngày 02 tháng 4 năm 2026"]
SUBMISSION = ["TỜ TRÌNH", "Về việc ban hành Kế hoạch phát triển du lịch cộng đồng năm 2026",
              "Kính gửi: Ủy ban nhân dân tỉnh Điện Biên.",
              "Sở Văn hóa, Thể thao và Du lịch kính trình Ủy ban nhân dân tỉnh xem xét, ban hành Kế hoạch (dự thảo kèm theo).",
              "Kính trình Ủy ban nhân dân tỉnh xem xét, quyết định./."]
SUBMISSION_END = [(50, 330, "Nơi nhận:"), (50, 348, "- Như trên;"), (50, 366, "- Lưu: VT."),
                  (330, 330, "GIÁM ĐỐC"), (330, 400, "Quàng Văn Pâng")]


def _submission_page() -> bytes:
    return text_pdf([_first(SUBMISSION_LEFT, SUBMISSION_RIGHT, SUBMISSION) + SUBMISSION_END], size=SIZE)


def test_a_submission_and_the_plan_it_submits_give_the_submissions_metadata_and_two_parts(tmp_path, monkeypatch):
    _no_ocr(monkeypatch)
    doc = _run(tmp_path, stacked([_submission_page(), text_pdf([_first()], size=SIZE), text_pdf([_second()], size=SIZE)]))
    meta = doc.metadata
    assert (meta.doc_type, meta.number, meta.issued_date, meta.signer.name) == ("Tờ trình", "58/TTr-SVHTTDL", "2026-04-02", "Quàng Văn Pâng")
    assert [(p.relation, p.doc_type, p.number, p.page_start) for p in meta.parts] == [
        ("main", "Tờ trình", "58/TTr-SVHTTDL", 1), ("attached", "Kế hoạch", "143/KH-UBND", 2)]
    assert meta.parts[1].issued_date == "2026-04-21" and meta.parts[1].title == TITLE


DECISION_LEFT = ["ỦY BAN NHÂN DÂN", "TỈNH ĐIỆN BIÊN", "", "Số: 712/QĐ-UBND"]
DECISION = ["QUYẾT ĐỊNH", "Ban hành Kế hoạch phát triển du lịch cộng đồng năm 2026", "ỦY BAN NHÂN DÂN TỈNH ĐIỆN BIÊN",
            "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;", "QUYẾT ĐỊNH:",
            "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch phát triển du lịch cộng đồng năm 2026.",
            "Điều 2. Quyết định này có hiệu lực kể từ ngày ký./."]
DECISION_END = [(50, 330, "Nơi nhận:"), (50, 348, "- Như Điều 2;"), (50, 366, "- Lưu: VT."),
                (330, 330, "TM. ỦY BAN NHÂN DÂN"), (330, 348, "CHỦ TỊCH"), (330, 420, "Mùa A Vảng")]


def test_a_decision_and_the_plan_after_it_give_the_decisions_metadata(tmp_path, monkeypatch):
    _no_ocr(monkeypatch)
    decision = text_pdf([_first(DECISION_LEFT, RIGHT, DECISION) + DECISION_END], size=SIZE)
    doc = _run(tmp_path, stacked([decision, text_pdf([_first()], size=SIZE), text_pdf([_second()], size=SIZE)]))
    meta = doc.metadata
    assert (meta.doc_type, meta.number, meta.signer.name) == ("Quyết định", "712/QĐ-UBND", "Mùa A Vảng")
    assert meta.title == "Ban hành Kế hoạch phát triển du lịch cộng đồng năm 2026"
    assert [p.number for p in meta.parts] == ["712/QĐ-UBND", "143/KH-UBND"]


# -- Pages turned: /Rotate 90 or 180, a landscape annex -------------------------------------------------------------------

def _rotated(data: bytes, degrees: dict[int, int]) -> bytes:
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(data)))
    for index, angle in degrees.items():
        writer.pages[index][NameObject("/Rotate")] = NumberObject(angle)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


@pytest.mark.parametrize("degrees", [{0: 90}, {0: 180}, {1: 270}, {0: 180, 1: 180}], ids=["p1-90", "p1-180", "p2-270", "both-180"])
def test_a_page_shown_turned_reads_its_layer(tmp_path, monkeypatch, degrees):
    _no_ocr(monkeypatch)
    doc = _run(tmp_path, _rotated(_pdf(), degrees))
    assert _fields(doc) == WANTED


ANNEX = ["Phụ lục", "DANH MỤC NHIỆM VỤ PHÁT TRIỂN DU LỊCH CỘNG ĐỒNG NĂM 2026",
         "(Kèm theo Kế hoạch số 143/KH-UBND ngày 21 tháng 4 năm 2026 của Ủy ban nhân dân tỉnh)"]


def _landscape_annex() -> bytes:
    """A page of A4 turned to landscape (842 x 595) holding the annex's heading and a few rows as lines."""
    # drawn 247 points low on the portrait page: the landscape box keeps its lower 595 points
    data = text_pdf([[(260, 287 + 18 * k, t) for k, t in enumerate(ANNEX)] +
                     [(40, 367, "1. Khảo sát các bản có tiềm năng du lịch cộng đồng - Sở Văn hóa, Thể thao và Du lịch - Quý II/2026")]],
                    size=SIZE)
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(data)))
    page = writer.pages[0]
    page.mediabox.upper_right = (842, 595)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def test_a_landscape_annex_page_leaves_the_plans_metadata(tmp_path, monkeypatch):
    _no_ocr(monkeypatch)
    doc = _run(tmp_path, stacked([text_pdf([_first()], size=SIZE), text_pdf([_second()], size=SIZE), _landscape_annex()]))
    assert _fields(doc) == WANTED
    assert any("DANH MỤC NHIỆM VỤ" in (b.text or "") and b.prov.page == 3 for b in doc.blocks)


def _turned_annex() -> bytes:
    """The annex as Word prints a landscape section: a portrait page turned by /Rotate 90, its lines drawn going up
    the page's own coordinates, so that they read left to right as shown."""
    from pdfmaker import drawn_over

    lines = [*ANNEX, "1. Khảo sát các bản có tiềm năng du lịch cộng đồng - Sở Văn hóa, Thể thao và Du lịch - Quý II/2026"]
    data = drawn_over(text_pdf([[]], size=SIZE), (60, 790), [lines[0]], size=SIZE, degrees=90, font_path=SERIF)
    for k, line in enumerate(lines[1:], start=1):
        data = drawn_over(data, (60 + 18 * k, 790), [line], size=SIZE, degrees=90, font_path=SERIF)
    return _rotated(data, {0: 90})


def test_a_landscape_annex_turned_by_rotate_reads_its_lines_in_order(tmp_path, monkeypatch):
    _no_ocr(monkeypatch)
    doc = _run(tmp_path, stacked([text_pdf([_first()], size=SIZE), text_pdf([_second()], size=SIZE), _turned_annex()]))
    assert _fields(doc) == WANTED
    third = [b.text for b in doc.blocks if b.prov.page == 3]
    assert third[:3] == ANNEX


@pytest.mark.parametrize("degrees", [0, 180])
def test_a_stamp_along_the_margin_does_not_turn_the_page(tmp_path, monkeypatch, degrees):
    """A signing stamp's few lines drawn sideways along the margin: the page's text is upright, read as shown."""
    from pdfmaker import drawn_over

    _no_ocr(monkeypatch)
    stamp = ["Ký bởi: Ủy ban nhân dân tỉnh Điện Biên", "Thời gian ký: 21.04.2026 15:20:11 +07:00"]
    second = drawn_over(text_pdf([_second()], size=SIZE), (570, 700), stamp, degrees=90)
    doc = _run(tmp_path, _rotated(stacked([text_pdf([_first()], size=SIZE), second]), {1: degrees} if degrees else {}))
    assert _wrong(doc) == {} and doc.metadata.signer.name == "Lò Văn Thắng"


@pytest.mark.parametrize("name, read", [("Giàng A Chu", True), ("Sùng A Hồng", True), ("Quàng Văn Pâng", True),
                                        ("Cầm Thị Hoa", True), ("Nguyễn A", False), ("Sở A Tài", False)])
def test_northern_highland_names_are_signers_names(name, read):
    """Mông names with a middle name of one letter, Thái and Mông family names (task_tables.json surnames,
    one_letter_middle_names); a name that ends on the letter, or a body's word before it, is none."""
    from pipeline.stages.metadata import _a_person_s_name, signer_name

    assert (signer_name(name) == name and _a_person_s_name(name)) is read
