"""Numbers whose hyphens were lost: "Số: 1961/QĐUBND", "Nghị định số 61/2018/NĐCP".

Sites that publish the text of a PDF (document-sharing sites, some portals' "nội dung" tab) take it from a text
layer whose hyphen glyph maps to nothing: every hyphen of the page is gone, in the motto ("Độc lập  Tự do  Hạnh
phúc") and in every number. The number was kept as printed ("QĐUBND"), so it matched no other copy of the document
and no citation of it. A hyphen is put back only where the text itself names the type the symbol starts with (the
heading over the title, the word before a cited number) and no longer type abbreviation starts it; the body codes
after it are split only where known codes spell them whole. Anything else is kept as printed.
"""

import pytest

from conftest import write_in_form
from pipeline.run import process
from pipeline.stages.citations import hyphen_restored


@pytest.mark.parametrize(("symbol", "doc_type", "expected"), [
    ("QĐUBND", "Quyết định", "QĐ-UBND"),
    ("NĐCP", "Nghị định", "NĐ-CP"),
    ("QĐTTg", "Quyết định", "QĐ-TTg"),
    ("TTVPCP", "Thông tư", "TT-VPCP"),
    ("TTLTBNVBTC", "Thông tư liên tịch", "TTLT-BNV-BTC"),  # two ministries' codes, each known
    ("KHUBNDMTTQ", "Kế hoạch", "KH-UBND-MTTQ"),
    ("NQUBTVQH15", "Nghị quyết", "NQ-UBTVQH15"),  # a code with the legislature's number: not split
    ("CTrSNV", "Chương trình", "CTr-SNV"),  # a department's code no list holds: kept whole after the type
    ("KHSYTXYZ", "Kế hoạch", "KH-SYTXYZ"),  # no known codes spell the rest: kept whole
    ("TTrUBND", "Thông tư", None),  # "TTr" (Tờ trình) is the longer abbreviation it starts with, not Thông tư's
    ("TTLTBNVBTC", "Thông tư", None),
    ("KHUBND", "Quyết định", None),  # the type the text names is another
    ("QĐ-UBND", "Quyết định", None),  # has its hyphen
    ("UBNDVX", None, None),  # a công văn's symbol: no type to go by
    ("QĐ", "Quyết định", None),  # nothing after the type
    ("QĐubnd", "Quyết định", None),  # what follows is no code
])
def test_a_hyphen_is_put_back_only_after_the_type_the_text_names(symbol, doc_type, expected):
    assert hyphen_restored(symbol, doc_type) == expected


def _plan_lines(number: str, heading: str = "KẾ HOẠCH") -> list[str]:
    return [
        "ỦY BAN NHÂN DÂN", "TỈNH ĐỒNG THÁP", f"Số: {number}",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập  Tự do  Hạnh phúc", "Đồng Tháp, ngày 05 tháng 3 năm 2024",
        heading, "Thực hiện chuyển đổi số trong cơ quan nhà nước năm 2024",
        "Căn cứ Nghị định số 45/2020/NĐCP ngày 08 tháng 4 năm 2020 của Chính phủ về thực hiện thủ tục hành chính;",
        "Căn cứ Quyết định số 318/QĐUBND ngày 17 tháng 02 năm 2023 của Ủy ban nhân dân tỉnh;",
        "I. MỤC ĐÍCH, YÊU CẦU", "Nâng cao chất lượng phục vụ người dân và doanh nghiệp.", ""]


@pytest.mark.parametrize("form", ["text", "html", "docx", "pdf"])
def test_a_page_that_lost_every_hyphen_gives_the_numbers_with_them(tmp_path, form):
    result = process(write_in_form(tmp_path, _plan_lines("87/KHUBND"), form))
    meta = result.metadata
    assert (meta.number, meta.symbol, meta.doc_type) == ("87/KH-UBND", "KH-UBND", "Kế hoạch")
    assert [c.number for c in meta.cited_documents] == ["45/2020/NĐ-CP", "318/QĐ-UBND"]
    warning = next(w for w in result.warnings if w.code == "number_typo_normalised")
    assert "87/KHUBND" in next(b.text for b in result.blocks if b.id == warning.where["block"])  # where to look
    assert meta.sources["number"].where["block"] == warning.where["block"]


def test_a_normative_number_keeps_its_year(tmp_path):
    meta = process(write_in_form(tmp_path, _plan_lines("12/2024/QĐUBND", "QUYẾT ĐỊNH"), "text")).metadata
    assert (meta.number, meta.symbol) == ("12/2024/QĐ-UBND", "QĐ-UBND")


@pytest.mark.parametrize(("number", "heading"), [
    ("87/KHSNV", "QUYẾT ĐỊNH"),  # the heading names another type: which is wrong cannot be told
    ("87/KH-UBND", "KẾ HOẠCH"),  # printed with its hyphen: nothing to do
])
def test_otherwise_the_number_is_kept_as_printed(tmp_path, number, heading):
    result = process(write_in_form(tmp_path, _plan_lines(number, heading), "text"))
    assert result.metadata.number == number
    assert not [w for w in result.warnings if w.code == "number_typo_normalised"]
