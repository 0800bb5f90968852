"""Metadata leftovers of s39 (s40-meta).

- A header line in capitals glued where the syllable rules cannot cut it, a one-letter word ("BỘYTẾ") or an
  abbreviation glued to a word ("UBNDTỈNH QUẢNG NAM"), lost the issuer and the number: cut into the words of the
  registry's names where they cut it one way only.
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

