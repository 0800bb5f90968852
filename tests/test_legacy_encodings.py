"""Documents typed in the legacy Vietnamese encodings (TCVN3's ".VnTime" / ".VnTimeH", VNI's "VNI-Times"), in every
form they come in: each variant is our own Unicode fixture encoded with the tables the pipeline converts with
(pipeline/data/legacy_encodings.json, read through pipeline.legacy_fonts), and must give what the Unicode one gives."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest
from docx import Document as Docx
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

import parsers
from conftest import write_in_form
from pipeline.legacy_fonts import legacy_encodings
from pipeline.run import process
from pipeline.stages.clean import clean

# A plan's header, title, headings and closing; no capital with a tone mark inside a line of small letters, which
# TCVN3 cannot type without a capitals font (the DOCX below types it so).
PLAN = [
    "ỦY BAN NHÂN DÂN",
    "TỈNH BẮC GIANG",
    "Số: 45/KH-UBND",
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "Độc lập - Tự do - Hạnh phúc",
    "Bắc Giang, ngày 12 tháng 3 năm 2026",
    "KẾ HOẠCH",
    "Triển khai công tác chuyển đổi số năm 2026",
    "I. MỤC ĐÍCH, YÊU CẦU",
    "1. Mục đích",
    "- Nâng cao hiệu quả quản lý nhà nước; xét duyệt hồ sơ đúng hạn cho người dân.",
    "2. Yêu cầu",
    "- Các sở, ngành triển khai đồng bộ, hiệu quả.",
    "II. TỔ CHỨC THỰC HIỆN",
    "Giao Sở Khoa học và Công nghệ chủ trì, phối hợp các sở, ngành triển khai Kế hoạch này.",
    "Nơi nhận:",
    "- Sở Nội vụ;",
    "- Lưu: VT.",
    "TM. ỦY BAN NHÂN DÂN",
    "KT. CHỦ TỊCH",
    "PHÓ CHỦ TỊCH",
    "Nguyễn Văn Bình",
]

TASK_HEADER = ["STT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành"]
TASK_ROWS = [
    ["1", "Xây dựng cơ sở dữ liệu về đất đai", "Sở Nông nghiệp và Môi trường", "Sở Tài chính", "Quý II/2026"],
    ["2", "Nâng cấp cổng dịch vụ công của tỉnh", "Văn phòng UBND tỉnh", "Sở Khoa học và Công nghệ", "Tháng 9/2026"],
    ["3", "Tập huấn kỹ năng số cho cán bộ, công chức", "Sở Nội vụ", "UBND các huyện", "Năm 2026"],
]


def encode(text: str, key: str, capitals_font: bool = False) -> str:
    """``text`` as the encoding's fonts type it, read as Unicode; a capital TCVN3 has no code point for typed as its
    small letter, which a capitals font (".VnTimeH") draws as the capital."""
    inverse: dict[str, str] = {}
    for sequence, letter in legacy_encodings()[key].letters.items():
        inverse.setdefault(letter, sequence)
    out = []
    for char in text:
        if char in inverse:
            out.append(inverse[char])
        elif char.lower() in inverse:
            assert capitals_font, f"{char!r} has no code point in {key} but in a capitals font"
            out.append(inverse[char.lower()])
        else:
            out.append(char)
    return "".join(out)


def encode_line(line: str, key: str) -> str:
    """A line as a document typed it without telling its fonts: a line in capitals in the capitals font."""
    return encode(line, key, capitals_font=line.isupper())


def summary(doc) -> dict:
    meta = doc.metadata
    return {"type": meta.doc_type, "number": meta.number, "date": meta.issued_date, "issuer": meta.issuer.name,
            "place": meta.place, "title": meta.title, "signer": meta.signer.name,
            "sections": [(s.kind, s.number, s.heading) for s in doc.sections],
            "tasks": [(t.content, [a.name for a in t.lead], [a.name for a in t.support], t.deadline.text if t.deadline else None)
                      for t in doc.tasks]}


def converted_warning(doc) -> list[str]:
    return [w.code for w in doc.warnings if w.code == "legacy_encoding_converted"]


@pytest.mark.parametrize("key", ["tcvn3", "vni"])
@pytest.mark.parametrize("form", ["text", "html", "docx"])
def test_a_plan_typed_in_a_legacy_font_reads_as_the_unicode_one(tmp_path, form, key):
    """Its headings in a capitals font come back in capitals ("KÕ HO¹CH" is "KẾ HOẠCH", not "Kế HOạCH"), its "é" is
    no "Đ", its "ư" (TCVN3's soft hyphen) no hyphen taken out."""
    (tmp_path / "unicode").mkdir()
    (tmp_path / "legacy").mkdir()
    unicode = process(write_in_form(tmp_path / "unicode", PLAN, form))
    legacy = process(write_in_form(tmp_path / "legacy", [encode_line(line, key) for line in PLAN], form))
    assert summary(legacy) == summary(unicode)
    assert [b.text for b in legacy.blocks] == [b.text for b in unicode.blocks]  # "người", "Lưu" too
    assert summary(legacy)["issuer"] == "ỦY BAN NHÂN DÂN TỈNH BẮC GIANG"
    assert converted_warning(legacy) == ["legacy_encoding_converted"]


ANNEX = [
    "PHỤ LỤC",
    "DANH MỤC NHIỆM VỤ CHUYỂN ĐỔI SỐ NĂM 2026",
    "(Kèm theo Kế hoạch số 45/KH-UBND ngày 12/3/2026 của UBND tỉnh Bắc Giang)",
    "1. Xây dựng cơ sở dữ liệu về đất đai, hoàn thành trong quý II.",
    "2. Nâng cấp cổng dịch vụ công của tỉnh, kết nối với Cổng Dịch vụ công quốc gia.",
    "3. Tập huấn kỹ năng số cho cán bộ, công chức cấp xã.",
    "4. Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính còn hiệu lực tại các cơ quan chuyên môn.",
    "5. Triển khai nền tảng họp trực tuyến đến cấp xã, bảo đảm an toàn thông tin mạng.",
    "6. Đánh giá mức độ chuyển đổi số của các sở, ngành, địa phương; báo cáo kết quả trước ngày 15/12/2026.",
]


@pytest.mark.parametrize("key", ["tcvn3", "vni"])
@pytest.mark.parametrize("form", ["text", "docx"])
@pytest.mark.parametrize("legacy_part", ["annex", "plan"])
def test_a_document_half_unicode_half_legacy_is_converted_in_its_legacy_half_only(tmp_path, form, key, legacy_part):
    """A plan typed in Unicode with an annex kept from an older file in TCVN3 or VNI (or the other way round): each
    line as the Unicode document's, none of the Unicode half's "á", "ò" read as a legacy code point."""
    (tmp_path / "unicode").mkdir()
    (tmp_path / "mixed").mkdir()
    lines = [*PLAN, *ANNEX]
    legacy = set(ANNEX if legacy_part == "annex" else PLAN)
    mixed = [encode_line(line, key) if line in legacy else line for line in lines]
    unicode = clean(parsers.read(write_in_form(tmp_path / "unicode", lines, form)))
    converted = clean(parsers.read(write_in_form(tmp_path / "mixed", mixed, form)))
    assert [b.text for b in converted.blocks] == [b.text for b in unicode.blocks]


@pytest.mark.parametrize("line, expected", [
    ("KÕ HO¹CH", "KẾ HOẠCH"),  # typed with capitals in ".VnTimeH"
    ("ñY BAN NH¢N D¢N", "ỦY BAN NHÂN DÂN"),
    ("I. MôC §ÝCH, Y£U CÇU", "I. MỤC ĐÍCH, YÊU CẦU"),
    ("KÕ ho¹ch", "Kế hoạch"),  # small letters: ".VnTime"
    ("Sè: 45/KH-UBND", "Số: 45/KH-UBND"),  # the capitals are the number's: nothing tells a capitals font
    ("Hµ", "Hà"),
])
def test_a_capitals_font_is_told_by_its_capitals_beside_small_accented_letters(cleaned, line, expected):
    doc = cleaned("\n".join([line, "Céng hoµ x· héi chñ nghÜa ViÖt Nam", "§éc lËp - Tù do - H¹nh phóc"]))
    assert doc.blocks[0].text == expected


def _run(paragraph, text: str, font: str) -> None:
    """A run in ``font``; a soft hyphen in ``text`` as Word keeps it, a w:softHyphen between the run's texts."""
    run = paragraph.add_run()
    run.font.name = font
    for k, piece in enumerate(text.split("\xad")):
        if k:
            run._r.append(OxmlElement("w:softHyphen"))
        if piece:
            t = OxmlElement("w:t")
            t.set(qn("xml:space"), "preserve")
            t.text = piece
            run._r.append(t)


def _typed_runs(paragraph, line: str, lower_font: str, capitals_font: str) -> None:
    """A line typed in TCVN3 as a typist does: a line in capitals in the capitals font with its letters typed small
    (the font draws them as capitals), a capital with a tone mark inside a line of small letters in the capitals font
    alone ("Ủy ban": "ñ" in ".VnTimeH", "y ban" in ".VnTime")."""
    if line.isupper():
        _run(paragraph, encode(line.lower(), "tcvn3"), capitals_font)
        return
    typed = set(legacy_encodings()["tcvn3"].letters.values())
    for char in line:
        capital = char.isupper() and not char.isascii() and char not in typed
        _run(paragraph, encode(char.lower() if capital else char, "tcvn3"), capitals_font if capital else lower_font)


def _write_docx(path, lines: list[str], table_font: str | None, legacy: bool, normal_font: str | None = None):
    document = Docx()
    if normal_font:
        document.styles["Normal"].font.name = normal_font
    for line in lines:
        paragraph = document.add_paragraph()
        if legacy:
            _typed_runs(paragraph, line, ".VnTime", ".VnTimeH")
        else:
            _run(paragraph, line, "Times New Roman")
        if line == "1. Mục đích":
            table = document.add_table(rows=len(TASK_ROWS) + 1, cols=len(TASK_HEADER))
            for r, row in enumerate([TASK_HEADER, *TASK_ROWS]):
                for c, text in enumerate(row):
                    cell = table.cell(r, c).paragraphs[0]
                    _run(cell, text if table_font else encode(text, "tcvn3", capitals_font=text.isupper()), table_font or ".VnTime")
    document.save(path)
    return path


def test_a_docx_reads_each_run_in_its_own_font(tmp_path):
    """A header in ".VnTimeH" typed in small letters (only the font tells they are capitals), a body in ".VnTime"
    with a capital in ".VnTimeH" ("Ủy ban") and "ư" kept as Word keeps it, a task table in Unicode Times New Roman:
    the same metadata, sections and tasks as the document typed in Unicode."""
    lines = [*PLAN[:14], "Ủy ban nhân dân các huyện triển khai Kế hoạch này.", *PLAN[14:]]
    unicode = process(_write_docx(tmp_path / "unicode.docx", lines, "Times New Roman", legacy=False))
    legacy = process(_write_docx(tmp_path / "legacy.docx", lines, "Times New Roman", legacy=True))
    assert summary(legacy) == summary(unicode)
    assert len(summary(legacy)["tasks"]) == len(TASK_ROWS)
    assert any(b.text == "Ủy ban nhân dân các huyện triển khai Kế hoạch này." for b in legacy.blocks)
    assert not converted_warning(legacy)  # converted by its fonts, not guessed from its letters


def test_a_task_table_typed_in_tcvn3_is_converted_cell_by_cell(tmp_path):
    """A table whose cells are TCVN3 (its font unknown to the reader, or named so): its tasks as the Unicode table's."""
    unicode = process(_write_docx(tmp_path / "unicode.docx", PLAN, "Times New Roman", legacy=False))
    for table_font in (None, "Times New Roman"):
        path = tmp_path / f"legacy-{table_font}.docx"
        doc = Docx()
        for line in PLAN:
            doc.add_paragraph(encode_line(line, "tcvn3"))
            if line == "1. Mục đích":
                table = doc.add_table(rows=len(TASK_ROWS) + 1, cols=len(TASK_HEADER))
                for r, row in enumerate([TASK_HEADER, *TASK_ROWS]):
                    for c, text in enumerate(row):
                        table.cell(r, c).text = encode_line(text, "tcvn3")
        doc.save(path)
        assert summary(process(path))["tasks"] == summary(unicode)["tasks"]


def test_unicode_in_a_legacy_fonts_style_is_not_converted(tmp_path):
    """A document converted to Unicode long ago keeps ".VnTime" in its styles (real documents do): its Unicode text,
    "µm" and "¸" in it too, stays as typed, in runs of another font and in runs of the style's."""
    lines = [*PLAN[:12], "- Hạt bụi mịn dưới 2,5 µm; góc 45° ¸ 60°.", *PLAN[12:]]
    plain = process(_write_docx(tmp_path / "plain.docx", lines, "Times New Roman", legacy=False))
    styled = process(_write_docx(tmp_path / "styled.docx", lines, "Times New Roman", legacy=False, normal_font=".VnTime"))
    assert [b.text for b in styled.blocks] == [b.text for b in plain.blocks]
    texts = []
    for normal_font in (None, ".VnTime"):
        document = Docx()
        if normal_font:
            document.styles["Normal"].font.name = normal_font
        for line in lines:
            document.add_paragraph(line)  # every run in the style's font
        document.save(tmp_path / "runs.docx")
        texts.append([b.text for b in process(tmp_path / "runs.docx").blocks])
    assert texts[0] == texts[1]
    assert any("µm" in text for text in texts[1])


@pytest.mark.parametrize("text", [
    "The plan covers 2,5 µm particles; angles of 45° ¸ 60°, ±3 %, © 2026 the Province.",  # English, Latin-1 signs
    "| 1 | 2,5 µm | ± 0,3 | 45° |\n| 2 | 3,1 µm | ± 0,2 | 60° |\n| 3 | 1,8 µm | ± 0,1 | 30° |",  # numbers
    "Hạt bụi mịn PM2,5 (dưới 2,5 µm) và góc ¸ 45°: Kế hoạch số 12/KH-UBND © Sở Tài nguyên và Môi trường ±.",
])
def test_unicode_text_with_latin1_signs_is_not_converted(cleaned, text):
    doc = cleaned(text)
    assert not [w for w in doc.warnings if w.code.startswith("legacy_encoding")]
    assert "µ" in " ".join(b.text for b in doc.blocks)


@pytest.mark.parametrize("legacy, unicode", [
    ("bÊt cø", "bất cứ"), ("xÐt duyÖt", "xét duyệt"), ("ng\xadêi d©n", "người dân"),  # TCVN3: "é" is Ð, "ư" 0xAD
    ("saün saøng, nhoû, laúng nghe", "sẵn sàng, nhỏ, lẳng nghe"),  # VNI's ẳ: "aú"
])
def test_letters_the_tables_and_the_normalising_lost(cleaned, legacy, unicode):
    motto = "Céng hoµ x· héi chñ nghÜa ViÖt Nam" if "\xad" in legacy or "Ð" in legacy or "Ê" in legacy \
        else "Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam"
    doc = cleaned(f"{motto}\n{legacy}")
    assert doc.blocks[1].text == unicode


def test_a_pdf_text_layer_s_minus_sign_is_tcvn3_s_u_beside_letters(cleaned):
    doc = cleaned("Céng hoµ x· héi chñ nghÜa ViÖt Nam\nnhµ n−íc, ng−êi d©n: 5 − 3 = 2")
    assert doc.blocks[1].text == "nhà nước, người dân: 5 - 3 = 2"


def test_a_fragment_too_short_to_tell_its_encoding_stays_with_a_warning(tmp_path):
    """Three lines of TCVN3 in a Unicode plan: too little to tell TCVN3 from VISCII, which reads them otherwise. Never
    a guess: left as they are, with a warning."""
    fragment = [encode_line(line, "tcvn3") for line in ANNEX[2:5]]
    doc = clean(parsers.read(write_in_form(tmp_path, [*PLAN, *fragment], "text")))
    assert [b.text for b in doc.blocks][-3:] == fragment
    assert [w.message for w in doc.warnings if w.code == "legacy_encoding_unknown"] == [
        "3 lines read as typed in a legacy Vietnamese font (TCVN3, VNI) whose encoding cannot be told: left as they are "
        "('(KÌm theo KÕ ho¹ch sè 45/KH-UBND ngµy 12/3/2026 cña UBND tØn')"]


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice not installed")
def test_a_doc_typed_in_legacy_fonts_reads_as_its_docx(tmp_path):
    """A .doc (LibreOffice converts it to DOCX) keeps its runs' fonts: the same as the DOCX it was saved from."""
    sys.path.insert(0, str(Path(__file__).parent.parent / "scripts"))
    from make_variants import docx_to

    lines = [*PLAN[:14], "Ủy ban nhân dân các huyện triển khai Kế hoạch này.", *PLAN[14:]]
    docx = _write_docx(tmp_path / "legacy.docx", lines, "Times New Roman", legacy=True)
    docx_to([docx], [tmp_path / "legacy.doc"], "doc")
    from_doc, from_docx = process(tmp_path / "legacy.doc"), process(docx)
    assert summary(from_doc) == summary(from_docx)
    assert summary(from_doc)["issuer"] == "ỦY BAN NHÂN DÂN TỈNH BẮC GIANG"


def _html(lines: list[str], legacy: bool) -> str:
    """A page saved from a file typed in TCVN3: each line a paragraph in the font it was typed in (a line in capitals
    in ".VnTimeH", typed in small letters), and a task table in Unicode Times New Roman."""
    paragraphs = []
    for line in lines:
        if not legacy:
            paragraphs.append(f'<p><span style="font-family:&quot;Times New Roman&quot;">{line}</span></p>')
        elif line.isupper():
            paragraphs.append(f'<p><span style="font-family:.VnTimeH">{encode(line.lower(), "tcvn3")}</span></p>')
        else:
            paragraphs.append(f"<p><font face=\".VnTime\">{encode(line, 'tcvn3')}</font></p>")
        if line == "1. Mục đích":
            rows = "".join("<tr>" + "".join(f"<td>{text}</td>" for text in row) + "</tr>" for row in [TASK_HEADER, *TASK_ROWS])
            paragraphs.append(f'<table style="font-family: \'Times New Roman\', serif">{rows}</table>')
    return "<html><body>" + "".join(paragraphs) + "</body></html>"


def test_a_page_reads_each_element_in_the_font_its_style_names(tmp_path):
    """Headings in ".VnTimeH" typed in small letters (only the style tells they are capitals), the body in
    ".VnTime", a Unicode table: the same as the page typed in Unicode."""
    (tmp_path / "unicode.html").write_text(_html(PLAN, legacy=False), encoding="utf-8")
    (tmp_path / "legacy.html").write_text(_html(PLAN, legacy=True), encoding="utf-8")
    unicode, legacy = process(tmp_path / "unicode.html"), process(tmp_path / "legacy.html")
    assert summary(legacy) == summary(unicode)
    assert summary(legacy)["issuer"] == "ỦY BAN NHÂN DÂN TỈNH BẮC GIANG" and len(summary(legacy)["tasks"]) == len(TASK_ROWS)


# Unicode text set in a legacy font's name: a Word file converted to Unicode keeps its fonts' names, a page saved from
# it says "font-family: .VnTime". Its Latin-1 letters ("Tiêu chí", "Có": á, â, ê, í, ó, ô, which TCVN3 types ỏ, õ, ờ,
# ớ, ú, ụ) are no legacy code points: only a mark Unicode Vietnamese never uses tells a legacy font's text.
CRITERIA_HEADER = ["STT", "Tiêu chí", "Có", "Không", "Ghi chú"]
CRITERIA_ROWS = [[str(k), f"Tiêu chí {k}", "Có", "Không", "Chính"] for k in range(1, 9)]
LEGACY_FONTS = {".VnTime": "tcvn3", ".VnTimeH": "tcvn3", "VNI-Times": "vni"}


def _typed_in(line: str, font: str, legacy: bool) -> tuple[str, str]:
    """(the text, its font) of a line a typist set in ``font``: typed in its encoding where ``legacy`` (TCVN3's lines in
    capitals in its capitals font, their letters typed small, the others in its small letters' font), else Unicode
    under the font's name."""
    key = LEGACY_FONTS.get(font)
    if not legacy or key is None:
        return line, font
    if key == "tcvn3":
        return (encode(line.lower(), key), ".VnTimeH") if line.isupper() else (encode(line, key), ".VnTime")
    return encode(line, key), font


def _criteria_document(form: str, path, plan_font: str, annex_font: str | None, annex_legacy: bool):
    """A plan (Unicode in ``plan_font``) with a table of criteria whose cells hold Latin-1 letters only, and, with an
    ``annex_font``, an annex in it (typed in its encoding where ``annex_legacy``), as a DOCX, a page or a text file
    holding the page's markup."""
    parts = [(line, plan_font, False) for line in PLAN] + [(line, annex_font, annex_legacy) for line in ANNEX if annex_font]
    rows = [CRITERIA_HEADER, *CRITERIA_ROWS]
    if form == "docx":
        document = Docx()
        for line, font, legacy in parts:
            _run(document.add_paragraph(), *_typed_in(line, font, legacy))
            if line == "2. Yêu cầu":
                table = document.add_table(rows=len(rows), cols=len(CRITERIA_HEADER))
                for r, row in enumerate(rows):
                    for c, text in enumerate(row):
                        _run(table.cell(r, c).paragraphs[0], text, plan_font)
        document.save(path.with_suffix(".docx"))
        return path.with_suffix(".docx")
    markup = []
    for line, font, legacy in parts:
        text, font = _typed_in(line, font, legacy)
        markup.append(f'<p style="font-family:&quot;{font}&quot;">{text}</p>')
        if line == "2. Yêu cầu":
            markup.append("<table>" + "".join(
                "<tr>" + "".join(f'<td><span style="font-family:{plan_font}">{text}</span></td>' for text in row) + "</tr>"
                for row in rows) + "</table>")
    suffix = ".html" if form == "html" else ".txt"
    path.with_suffix(suffix).write_text("<html><body>\n" + "\n".join(markup) + "\n</body></html>\n", encoding="utf-8")
    return path.with_suffix(suffix)


@pytest.mark.parametrize("font", list(LEGACY_FONTS))
@pytest.mark.parametrize("form", ["text", "html", "docx"])
def test_unicode_text_under_a_legacy_font_name_stays_as_typed(tmp_path, form, font):
    """'Tiêu chí' is no 'Tiờu chớ', 'Có' no 'Cú': the page under ".VnTime" reads as the page under Times New Roman."""
    plain = process(_criteria_document(form, tmp_path / "plain", "Times New Roman", None, False))
    named = process(_criteria_document(form, tmp_path / "named", font, None, False))
    assert [b.text for b in named.blocks] == [b.text for b in plain.blocks]
    assert summary(named) == summary(plain)
    assert any("Tiêu chí 1" in b.text for b in named.blocks)
    assert not [w for w in named.warnings if w.code.startswith("legacy_encoding")]


@pytest.mark.parametrize("font", list(LEGACY_FONTS))
@pytest.mark.parametrize("form", ["text", "html", "docx"])
def test_a_unicode_plan_with_an_annex_typed_in_a_legacy_font_converts_the_annex_only(tmp_path, form, font):
    """Every part under the legacy font's name, the plan and its criteria in Unicode, the annex typed in the font's
    encoding ("PHô LôC" in TCVN3's capitals font): the same text as the document typed in Unicode throughout."""
    unicode = process(_criteria_document(form, tmp_path / "unicode", font, font, False))
    mixed = process(_criteria_document(form, tmp_path / "mixed", font, font, True))
    assert [b.text for b in mixed.blocks] == [b.text for b in unicode.blocks]
    assert any(b.text == "PHỤ LỤC" for b in mixed.blocks) and any("Tiêu chí 1" in b.text for b in mixed.blocks)


@pytest.mark.parametrize("key", ["tcvn3", "vni"])
def test_a_text_file_half_unicode_keeps_its_latin1_lines(tmp_path, key):
    """No fonts told: a Unicode plan whose criteria lines hold Latin-1 letters only ("Tiêu chí 1: Có"), an annex
    typed in a legacy encoding: the criteria as typed, the annex converted."""
    criteria = [f"Tiêu chí {k}: Có" for k in range(1, 6)]
    lines = [*PLAN[:12], *criteria, *PLAN[12:], *ANNEX]
    mixed = [*PLAN[:12], *criteria, *PLAN[12:], *(encode_line(line, key) for line in ANNEX)]
    (tmp_path / "unicode").mkdir()
    (tmp_path / "mixed").mkdir()
    unicode = clean(parsers.read(write_in_form(tmp_path / "unicode", lines, "text")))
    converted = clean(parsers.read(write_in_form(tmp_path / "mixed", mixed, "text")))
    assert [b.text for b in converted.blocks] == [b.text for b in unicode.blocks]


@pytest.mark.parametrize("form", ["text", "html", "docx"])
def test_soft_hyphens_of_a_mixed_document_s_unicode_lines_are_no_dashes(tmp_path, form):
    """TCVN3 types "ư" with the soft hyphen's code point, which its annex holds ("L\xadu"); the Unicode plan's soft
    hyphens ("chuyển\xadđổi") are hyphenation points, taken out as in any Unicode document."""
    plan = [line.replace("chuyển đổi", "chuyển\xadđổi").replace("Triển khai", "Triển\xadkhai") for line in PLAN]
    assert plan != PLAN
    (tmp_path / "unicode").mkdir()
    (tmp_path / "mixed").mkdir()
    unicode = clean(parsers.read(write_in_form(tmp_path / "unicode", [*plan, *ANNEX], form)))
    mixed = clean(parsers.read(write_in_form(tmp_path / "mixed", [*plan, *(encode_line(line, "tcvn3") for line in ANNEX)], form)))
    assert [b.text for b in mixed.blocks] == [b.text for b in unicode.blocks]
    assert not any("−" in b.text for b in mixed.blocks)


@pytest.mark.parametrize("inner_style", [
    "mso-bidi-font-family:.VnTime",  # Word's font for right-to-left text: not the text's
    "mso-bidi-font-family:&quot;Times New Roman&quot;;mso-ascii-font-family:.VnTime",
    "mso-fareast-font-family:&quot;Times New Roman&quot;",
])
def test_a_page_reads_the_font_family_its_text_is_shown_in_not_word_s_other_fonts(tmp_path, inner_style):
    """A Word page's span names fonts for other scripts ("mso-bidi-font-family"): its text is in the paragraph's
    "font-family", ".VnTimeH" (capitals typed small) or ".VnTime"."""
    for name, legacy in (("legacy", True), ("unicode", False)):
        paragraphs = []
        for line in PLAN:
            text, font = _typed_in(line, ".VnTime" if legacy else "Times New Roman", legacy)
            paragraphs.append(f'<p style="font-family:{font}"><span style="{inner_style}">{text}</span></p>')
        (tmp_path / f"{name}.html").write_text("<html><body>" + "".join(paragraphs) + "</body></html>", encoding="utf-8")
    legacy, unicode = process(tmp_path / "legacy.html"), process(tmp_path / "unicode.html")
    assert [b.text for b in legacy.blocks] == [b.text for b in unicode.blocks]


@pytest.mark.parametrize("body_legacy", [True, False])
def test_a_docx_page_header_typed_in_a_legacy_font_is_converted(tmp_path, body_legacy):
    """The issuer, number, motto and date in Word's page header, typed in ".VnTimeH" and ".VnTime" (the body in them
    too, or in Unicode): read as the document typed in Unicode."""
    docs = {}
    for name, legacy in (("legacy", True), ("unicode", False)):
        document = Docx()
        header = document.sections[0].header
        for k, line in enumerate(PLAN[:6]):
            paragraph = header.paragraphs[0] if k == 0 else header.add_paragraph()
            _run(paragraph, *_typed_in(line, ".VnTime" if legacy else "Times New Roman", legacy))
        for line in PLAN[6:]:
            _run(document.add_paragraph(), *_typed_in(line, ".VnTime" if legacy and body_legacy else "Times New Roman",
                                                    legacy and body_legacy))
        document.save(tmp_path / f"{name}.docx")
        docs[name] = process(tmp_path / f"{name}.docx")
    assert [b.text for b in docs["legacy"].blocks] == [b.text for b in docs["unicode"].blocks]
    assert summary(docs["legacy"]) == summary(docs["unicode"])
    assert summary(docs["legacy"])["issuer"] == "ỦY BAN NHÂN DÂN TỈNH BẮC GIANG"


# A Word page names its paragraphs' font in its style block ("p.MsoNormal {font-family:".VnTime"}") and marks inline
# only the runs in another font: a capital with a tone mark in ".VnTimeH" inside a line of small letters, a heading.
_STYLE_RULES = {
    "p class": ('p.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{{mso-style-parent:""; margin:0cm; font-size:14.0pt;\n\t'
                'font-family:"{font}"; mso-fareast-font-family:"Times New Roman";}}', "p", "MsoNormal"),
    "class alone, unquoted": (".Body {{font-size:13pt; font-family:{font}}}", "p", "Body"),
    "span class": ("span.Van {{font-family:'{font}', serif}}", "span", "Van"),
    "div class": ("div.WordSection1 {{page:WordSection1; font-family:\"{font}\"}}", "div", "WordSection1"),
    "body": ("body {{font-family:{font}; font-size:14pt}}", "p", None),
}


def _capital_spans(line: str, key: str, capitals_font: str | None) -> str:
    """A line typed in ``key``'s encoding, a capital TCVN3 has no code point for in a span of its capitals font."""
    if key == "vni" or line.isupper():
        return encode(line.lower() if key == "tcvn3" else line, key, capitals_font=key == "tcvn3")
    typed = set(legacy_encodings()[key].letters.values())
    return "".join(f'<span style="font-family:{capitals_font}">{encode(char.lower(), key)}</span>'
                   if char.isupper() and not char.isascii() and char not in typed else encode(char, key) for char in line)


def _page_with_a_style_block(lines: list[str], rule: str, font: str, legacy: bool) -> str:
    """Each line a paragraph in the font the page's style block names for its class, element or the body; where
    ``legacy``, typed in the font's encoding (TCVN3's headings in a span of ".VnTimeH", their letters small)."""
    css, tag, name = _STYLE_RULES[rule]
    key = LEGACY_FONTS[font]
    attribute = f' class="{name}"' if name else ""
    paragraphs = []
    for line in lines:
        if not legacy:
            text = line
        elif key == "tcvn3" and line.isupper():
            text = f'<span style="font-family:.VnTimeH">{_capital_spans(line, key, ".VnTimeH")}</span>'
        else:
            text = _capital_spans(line, key, ".VnTimeH")
        if tag == "span":
            paragraphs.append(f"<p><span{attribute}>{text}</span></p>")
        elif tag == "div":
            paragraphs.append(f"<p>{text}</p>")
        else:
            paragraphs.append(f"<p{attribute}>{text}</p>")
    body = "".join(paragraphs)
    if tag == "div":
        body = f"<div{attribute}>{body}</div>"
    style = f"<style>\n<!--\n /* Style Definitions */\n{css.format(font=font)}\n-->\n</style>"
    return f"<html><head>{style}</head><body>{body}</body></html>"


@pytest.mark.parametrize("font", [".VnTime", "VNI-Times"])
@pytest.mark.parametrize("rule", list(_STYLE_RULES))
def test_a_page_s_style_block_names_the_font_of_its_paragraphs(tmp_path, rule, font):
    """The page's blocks as the page typed in Unicode: every one converted (the plain ones by the style block's font,
    not only the ".VnTimeH" spans, which left "Sè: 45", "1. Môc ®Ých" and "Ủy ban nh©n d©n" half-converted)."""
    lines = [*PLAN[:14], "Ủy ban nhân dân các huyện triển khai Kế hoạch này.", *PLAN[14:]]
    pages = {}
    for name, legacy in (("legacy", True), ("unicode", False)):
        (tmp_path / f"{name}.html").write_text(_page_with_a_style_block(lines, rule, font, legacy), encoding="utf-8")
        pages[name] = process(tmp_path / f"{name}.html")
    assert [b.text for b in pages["legacy"].blocks] == [b.text for b in pages["unicode"].blocks]
    assert summary(pages["legacy"]) == summary(pages["unicode"])
    assert not [w for w in pages["legacy"].warnings if w.code.startswith("legacy_encoding")]


@pytest.mark.parametrize("font", [".VnTime", "VNI-Times"])
@pytest.mark.parametrize("rule", ["p class", "body"])
def test_unicode_under_a_style_block_s_legacy_font_stays_as_typed(tmp_path, rule, font):
    """A page saved from a Word file converted to Unicode keeps the legacy font in its style block: its text, Latin-1
    letters alone in the criteria ("Tiêu chí 1: Có"), stays."""
    criteria = [f"Tiêu chí {k}: Có" for k in range(1, 9)]
    lines = [*PLAN[:12], *criteria, *PLAN[12:]]
    (tmp_path / "page.html").write_text(_page_with_a_style_block(lines, rule, font, legacy=False), encoding="utf-8")
    doc = process(tmp_path / "page.html")
    assert [b.text for b in doc.blocks if b.text.startswith("Tiêu chí")] == criteria
    assert not [w for w in doc.warnings if w.code.startswith("legacy_encoding")]


# Unicode lines whose words are no Vietnamese: trademarks, foreign names and places, French and Spanish quotes. Their
# Latin-1 letters and signs ("ñ", "ü", "ø", "®", "«") are marks a legacy font's text holds, but no word of theirs,
# converted, reads as a Vietnamese syllable.
FOREIGN_WORDS = {
    "trademarks": ["- Microsoft® Office 365™, Windows® Server 2022;",  # a list of licences: no Vietnamese letter
                   "- Adobe® Acrobat® Pro, Oracle® Database 19c;",
                   "- Intel® Xeon®, Dell™ PowerEdge™ R750, Cisco® Catalyst® 9300."],
    "names": ["Ông José Núñez, chuyên gia của Ngân hàng Thế giới;",
              "Bà Françoise Müller, Đại sứ quán Thụy Sĩ;",
              "Ông Jürgen Schröder, Søren Ødegård (Na Uy);",
              "Dr. José María Muñoz Peña, Universidad de Sevilla (España)."],
    "quotes": ["Dự án « Développement urbain durable » do AFD tài trợ;",
               "Programa «Ciudades Sostenibles», Señor Ibáñez, Año 2026;",
               "« La coopération décentralisée franco-vietnamienne », Lyon."],
    "places": ["Zürich, Malmö, Göteborg, São Paulo, Curaçao, Düsseldorf, Köln;",
               "Ångström, Ærø, Øresund, Tromsø, Århus, Straße der Einheit."],
}


@pytest.mark.parametrize("form", ["text", "html", "docx", "pdf"])
@pytest.mark.parametrize("kind", [*FOREIGN_WORDS, "all"])
def test_foreign_words_in_a_unicode_plan_are_no_legacy_text(tmp_path, form, kind):
    """No warning that a legacy encoding could not be told ("Microsoft®", "José Núñez" were 'lines read as typed in a
    legacy Vietnamese font'), and every foreign line as typed."""
    foreign = [line for name, lines in FOREIGN_WORDS.items() if kind in (name, "all") for line in lines]
    doc = process(write_in_form(tmp_path, [*PLAN[:12], *foreign, *PLAN[12:]], form))
    assert not [w for w in doc.warnings if w.code.startswith("legacy_encoding")]
    text = "\n".join(b.text for b in doc.blocks)
    for line in foreign:
        assert " ".join(line.split()) in " ".join(text.split())


# A DOCX's footnotes (word/footnotes.xml: the documents a plan rests on) typed in the legacy font its body is in, or
# kept from an older file under a Unicode body.
NOTES = ["Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ;",
         "Quyết định số 45/QĐ-UBND ngày 02/3/2025 của UBND tỉnh về chuyển đổi số."]


def _docx_with_a_footnote(path, body_font: str, note_font: str, legacy_body: bool, legacy_note: bool, notes=NOTES):
    from docx.opc.constants import RELATIONSHIP_TYPE
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    document = Docx()
    for line in PLAN:
        paragraph = document.add_paragraph()
        _run(paragraph, *_typed_in(line, body_font, legacy_body))
        if line == "1. Mục đích":
            paragraph._p.append(parse_xml(f'<w:r {nsdecls("w")}><w:footnoteReference w:id="1"/></w:r>'))

    def run(text: str, font: str) -> str:
        return (f'<w:r><w:rPr><w:rFonts w:ascii="{font}" w:hAnsi="{font}"/></w:rPr>'
                f'<w:t xml:space="preserve">{text}</w:t></w:r>')

    paragraphs = "".join(f"<w:p>{run(*_typed_in(line, note_font, legacy_note))}</w:p>" for line in notes)
    part = (f'<w:footnotes {nsdecls("w")}><w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p>'
            f'</w:footnote><w:footnote w:id="1">{paragraphs}</w:footnote></w:footnotes>')
    document.part.relate_to(Part(PackURI("/word/footnotes.xml"),
                                 "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
                                 part.encode(), document.part.package), RELATIONSHIP_TYPE.FOOTNOTES)
    document.save(path)
    return path


@pytest.mark.parametrize("font", [".VnTime", "VNI-Times"])
@pytest.mark.parametrize("legacy_body", [True, False])
@pytest.mark.parametrize("notes", [NOTES, ["Theo số liệu của Cục Thống kê tỉnh."]], ids=["two", "short"])
def test_a_docx_footnote_typed_in_a_legacy_font_is_converted_by_its_font(tmp_path, font, legacy_body, notes):
    """The footnote's cited documents read as typed in Unicode, with the body (typed in the font too, or in Unicode);
    a short one too, whose encoding its letters alone do not tell."""
    legacy = process(_docx_with_a_footnote(tmp_path / "legacy.docx", font if legacy_body else "Times New Roman", font,
                                           legacy_body, True, notes))
    unicode = process(_docx_with_a_footnote(tmp_path / "unicode.docx", "Times New Roman", "Times New Roman", False, False,
                                            notes))
    assert [b.text for b in legacy.blocks] == [b.text for b in unicode.blocks]
    assert any(b.text.endswith(notes[0]) for b in legacy.blocks)
    assert not [w for w in legacy.warnings if w.code.startswith("legacy_encoding")]


@pytest.mark.parametrize("font", list(LEGACY_FONTS))
def test_a_unicode_footnote_under_a_legacy_font_name_stays(tmp_path, font):
    """A Unicode footnote in a run that still names the legacy font (a file converted long ago) stays as typed."""
    legacy_body = font != ".VnTimeH"
    named = process(_docx_with_a_footnote(tmp_path / "named.docx", font, font, legacy_body, False))
    assert any(b.text.endswith(NOTES[1]) for b in named.blocks)


def _legacy_pdf(pages: list[list[tuple[str, str, bool]]]) -> bytes:
    """A PDF printed from a Word file: each page's (line, font, typed in the font's encoding) drawn in Liberation Serif
    renamed to the font (".VnTime"; its capitals font ".VnTimeH" the bold face, where TCVN3's lines in capitals are
    typed small), its text layer reading the code points as typed ("Céng hoµ")."""
    from pdfmaker import text_pdf, with_font_names

    typed = [[_typed_in(line, font, legacy) for line, font, legacy in lines] for lines in pages]
    faces = {font: ("LiberationSerif-Bold" if font.endswith("H") else "LiberationSerif") for lines in typed for _, font in lines}
    assert len(set(faces.values())) == len(faces), "one face a font"
    names = {face: f"ABCDE{chr(65 + k)}+{font}" for k, (font, face) in enumerate(faces.items()) if font in LEGACY_FONTS}
    drawn = [[(60, 40 + 22 * k, text) for k, (text, _) in enumerate(lines)] for lines in typed]
    bold = frozenset(text for lines in typed for text, font in lines if faces[font].endswith("Bold"))
    return with_font_names(text_pdf(drawn, bold=bold), names)


@pytest.mark.parametrize("font", [".VnTime", "VNI-Times"])
def test_a_pdf_text_layer_typed_in_a_legacy_font_reads_as_the_unicode_one(tmp_path, font):
    """Its layer, "Céng hoµ x· héi" for every line, is no garbage to read by OCR (which read the Latin-1 letters the
    layer's code points are: "Hinh phóc"): converted by its fonts, headings in ".VnTimeH" in capitals."""
    (tmp_path / "legacy.pdf").write_bytes(_legacy_pdf([[(line, font, True) for line in PLAN]]))
    (tmp_path / "unicode.pdf").write_bytes(_legacy_pdf([[(line, "Times New Roman", False) for line in PLAN]]))
    legacy, unicode = process(tmp_path / "legacy.pdf"), process(tmp_path / "unicode.pdf")
    assert [b.text for b in legacy.blocks] == [b.text for b in unicode.blocks]
    assert summary(legacy) == summary(unicode)
    assert summary(legacy)["issuer"] == "ỦY BAN NHÂN DÂN TỈNH BẮC GIANG"
    assert all(b.prov.reader == "pdf" for b in legacy.blocks)
    assert not converted_warning(legacy)  # converted by its fonts, not guessed from its letters


@pytest.mark.parametrize("font", [".VnTime", "VNI-Times"])
def test_a_unicode_pdf_with_a_short_annex_in_a_legacy_font_converts_the_annex(tmp_path, font):
    """A Unicode plan and, on a page of its own, three lines of an annex in ".VnTime" (too few to tell the encoding
    from their letters: the clean stage left them with a warning): converted by the font's name."""
    from pdfmaker import stacked

    (tmp_path / "mixed.pdf").write_bytes(stacked([_legacy_pdf([[(line, "Times New Roman", False) for line in PLAN]]),
                                                  _legacy_pdf([[(line, font, True) for line in ANNEX[2:5]]])]))
    (tmp_path / "unicode.pdf").write_bytes(_legacy_pdf([[(line, "Times New Roman", False) for line in PLAN],
                                                        [(line, "Times New Roman", False) for line in ANNEX[2:5]]]))
    mixed, unicode = process(tmp_path / "mixed.pdf"), process(tmp_path / "unicode.pdf")
    assert [b.text for b in mixed.blocks] == [b.text for b in unicode.blocks]
    assert not [w for w in mixed.warnings if w.code.startswith("legacy_encoding")]


@pytest.mark.parametrize("font", list(LEGACY_FONTS))
def test_unicode_in_a_pdf_font_named_as_a_legacy_one_stays(tmp_path, font):
    """A PDF printed from a Word file converted to Unicode whose fonts kept their names: its criteria, Latin-1 letters
    alone ("Tiêu chí 1: Có"), and the rest as typed."""
    lines = [*PLAN[:12], *(f"Tiêu chí {k}: Có" for k in range(1, 6)), *PLAN[12:]]
    (tmp_path / "named.pdf").write_bytes(_legacy_pdf([[(line, font, False) for line in lines]]))
    (tmp_path / "plain.pdf").write_bytes(_legacy_pdf([[(line, "Times New Roman", False) for line in lines]]))
    named, plain = process(tmp_path / "named.pdf"), process(tmp_path / "plain.pdf")
    assert [b.text for b in named.blocks] == [b.text for b in plain.blocks]
    assert not [w for w in named.warnings if w.code.startswith("legacy_encoding")]
