"""Metadata leftovers of s39 (s40-meta).

- A header line in capitals glued where the syllable rules cannot cut it, a one-letter word ("BỘYTẾ") or an
  abbreviation glued to a word ("UBNDTỈNH QUẢNG NAM"), lost the issuer and the number: cut into the words of the
  registry's names where they cut it one way only.
- "Các bộ, ngành" (and "…, địa phương"), marked or not, was no body of the registry: a collective of its own.
"""

import pytest

from pipeline.run import process

FORMS = ["text", "html", "docx"]
MOTTO_AND_DATE = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Hà Nội, ngày 3 tháng 3 năm 2026"]
BODY = ["KẾ HOẠCH", "Phát triển nguồn nhân lực năm 2026", "I. MỤC ĐÍCH, YÊU CẦU", "Nâng cao chất lượng.", "Nơi nhận:",
        "- Như trên;", "- Lưu: VT.", "CHỦ TỊCH", "Nguyễn Văn An"]


def _read(tmp_path, lines: list[str], form: str):
    from conftest import write_in_form

    return process(write_in_form(tmp_path, lines, form))


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("glued, issuer, agency_id", [
    (["BỘYTẾ"], "BỘ Y TẾ", "viet-nam/bo-y-te"),
    (["UBNDTỈNH QUẢNG NAM"], "UBND TỈNH QUẢNG NAM", "quang-nam/uy-ban-nhan-dan"),
    (["UBNDHUYỆN ĐIỆN BIÊN"], "UBND HUYỆN ĐIỆN BIÊN", "dien-bien.huyen-dien-bien/uy-ban-nhan-dan"),
    (["UBND TỈNH LÀO CAI", "SỞYTẾ"], "SỞ Y TẾ", "lao-cai/so-y-te"),
    (["HĐNDTỈNH LÂM ĐỒNG"], "HĐND TỈNH LÂM ĐỒNG", "lam-dong/hoi-dong-nhan-dan"),
])
def test_a_glued_header_line_the_syllables_cannot_cut_is_cut_by_the_registry_s_words(tmp_path, glued, issuer, agency_id, form):
    doc = _read(tmp_path, [*glued, "Số: 41/KH-UBND", *MOTTO_AND_DATE, *BODY], form)
    assert (doc.metadata.issuer.name, doc.metadata.issuer.agency.agency_id) == (issuer, agency_id)
    assert doc.metadata.number == "41/KH-UBND"
    assert "words_unglued" in {w.code for w in doc.warnings}


@pytest.mark.parametrize("glued", [
    "YÊUNƯỚC THI ĐUA",  # "yêu" names no body
    "MỪNGĐẢNG MỪNG XUÂN",  # "mừng" neither
])
def test_a_glued_line_of_other_words_is_kept_as_printed(tmp_path, glued):
    doc = _read(tmp_path, [glued, "UBND TỈNH LÀO CAI", "Số: 41/KH-UBND", *MOTTO_AND_DATE, *BODY], "text")
    assert glued in [b.text for b in doc.blocks]
    assert "words_unglued" not in {w.code for w in doc.warnings}
    assert doc.metadata.issuer.agency.agency_id == "lao-cai/uy-ban-nhan-dan"


# --- "các bộ, ngành": a collective the registry lacked, with marks or without (a site's copy)

def _unmarked(text: str) -> str:
    import unicodedata

    return "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c)).replace("đ", "d").replace("Đ", "D")


@pytest.mark.parametrize("printed, agency_id", [
    ("Các Bộ, ngành", "viet-nam/cac-bo-nganh"),
    ("các bộ, ngành Trung ương", "viet-nam/cac-bo-nganh"),
    ("CÁC BỘ, NGÀNH", "viet-nam/cac-bo-nganh"),
    ("Các bộ, ngành, địa phương", "viet-nam/cac-bo-nganh-va-dia-phuong"),
    ("Các Bộ, ngành và địa phương liên quan", "viet-nam/cac-bo-nganh-va-dia-phuong"),
])
@pytest.mark.parametrize("marks", [True, False])
@pytest.mark.parametrize("place", ["viet-nam", "lao-cai"])
def test_the_ministries_and_sectors_resolve_with_marks_or_without(printed, agency_id, marks, place):
    from pipeline.stages.agencies import resolve_all

    name = printed if marks else _unmarked(printed)
    assert [m.agency_id for m in resolve_all(name, place)] == [agency_id]


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("marks", [True, False])
def test_a_ministry_s_recipients_name_the_ministries_and_sectors(tmp_path, form, marks):
    lines = ["BỘ TƯ PHÁP", "Số: 7/KH-BTP", *MOTTO_AND_DATE, *BODY[:5], "- Các Bộ, ngành;", "- Bộ Nội vụ;", "- Lưu: VT.",
             "BỘ TRƯỞNG", "Trần Văn Hải"]
    doc = _read(tmp_path, lines if marks else [_unmarked(line) for line in lines], form)
    assert [a.agency_id for a in doc.metadata.recipient_agencies] == ["viet-nam/cac-bo-nganh", "viet-nam/bo-noi-vu"]
    assert "unresolved_agency" not in {w.code for w in doc.warnings}
