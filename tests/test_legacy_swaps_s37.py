"""A letter a font's map swapped ("HÕA" for "HÒA" beside "ƣ") is put back only where the repaired word is read as a
name's (with the word beside it, or a word no Vietnamese text writes as read): a right word with the letter ("gõ",
"lõng") is never changed, though the letter swapped back gives a name's word ("Gò Vấp", "Ba Lòng")."""

from __future__ import annotations

import pytest

from pipeline.legacy_fonts import swapped_letters_repaired

# Each text holds "ƣ": the page's layer is of the broken font, where swaps are read.
KEPT = {
    "a verb in small letters": "Tổ trƣởng gõ cửa từng nhà để tuyên truyền",
    "the verb opening a sentence": "Gõ kẻng báo động khi có cháy; thƣờng xuyên kiểm tra",
    "the verb in capitals": "GÕ KẺNG BÁO ĐỘNG THƢỜNG XUYÊN",
    "a word whose letter swapped gives another name's word": "nƣớc ngập lõng bõng trên đƣờng",
    "the word at a line's end": "Tổ dân phố gõ\nkẻng khi có lũ, thƣờng xuyên",
}
REPAIRED = {
    "a district beside its name's other word": ("Ủy ban nhân dân quận Gõ Vấp; đƣợc giao", "Ủy ban nhân dân quận Gò Vấp; đƣợc giao"),
    "a district in capitals": ("HUYỆN GÕ CÔNG TÂY\nTHƢƠNG", "HUYỆN GÒ CÔNG TÂY\nTHƢƠNG"),
    "a name's words across a line break": ("Ủy ban nhân dân xã Gõ\nDầu, tỉnh Tây Ninh; đƣợc giao",
                                           "Ủy ban nhân dân xã Gò\nDầu, tỉnh Tây Ninh; đƣợc giao"),
    "a name whose other word comes first": ("Ủy ban nhân dân thành phố Cửa Lõ, nghệ An; đƣợc giao",
                                            "Ủy ban nhân dân thành phố Cửa Lò, nghệ An; đƣợc giao"),
    "a word no text writes as read": ("Cục Thuế tỉnh Khánh Hõa; nhƣ sau", "Cục Thuế tỉnh Khánh Hòa; nhƣ sau"),
}


@pytest.mark.parametrize("text", KEPT.values(), ids=KEPT.keys())
def test_a_right_word_with_the_swapped_letter_is_kept(text):
    assert swapped_letters_repaired(text) == text


@pytest.mark.parametrize("read, printed", REPAIRED.values(), ids=REPAIRED.keys())
def test_a_name_s_word_with_the_swapped_letter_is_put_back(read, printed):
    assert swapped_letters_repaired(read) == printed
