"""A seal's ring laid over a signer's family name hides its tone mark: the column read alone gives "Hoằng Chí Hiền" in one
reading and "Hoàng Chí Hiền" with "Hoàng" read unsure in the other (realdocs2 114, whose text layer is mojibake and is
read by OCR). Family names are a closed list in which no two have the same letters (task_tables.json surnames): the
one whose letters the readings give is the family name; the given names must still be read with confidence and alike
in every reading. The pages are drawn here; the column's readings are those Tesseract gives, with the family name's
mark misread as the seal made it."""

from __future__ import annotations

import pytest

import parsers
from parsers import ocr
from pipeline.run import run_stages
from tests.test_signature_scan import FONTS, draw_page, save, without_signature_column

needs_tesseract = pytest.mark.skipif(ocr.tesseract_problem() is not None, reason=str(ocr.tesseract_problem()))


def read_with_family_name(monkeypatch, name: str, readings_of_family: list[tuple[str, bool]], given: list[str] | None = None):
    """``read_region`` as if the seal had hidden the family name's mark: reading ``k`` gives the family name as
    ``readings_of_family[k]`` (its text, and whether Tesseract was unsure of it), and its given names as ``given[k]``."""
    read_region = ocr.read_region
    family, rest = name.split(" ", 1)

    def misread(*args):
        readings = read_region(*args)
        changed = []
        for k, reading in enumerate(readings):
            text, unsure = readings_of_family[k % len(readings_of_family)]
            printed = f"{text} {given[k % len(given)] if given else rest}"
            changed.append([b.model_copy(update={"orig": b.orig.replace(name, printed),
                                                 "prov": b.prov.model_copy(update={"ocr_unsure": [*b.prov.ocr_unsure, text] if unsure and name in b.orig else b.prov.ocr_unsure})})
                            for b in reading])
        return changed

    monkeypatch.setattr(ocr, "read_region", misread)


@needs_tesseract
@pytest.mark.parametrize("font, name, family_readings", [
    ("liberation", "Hoàng Chí Hiền", [("Hoằng", False), ("Hoàng", True)]),
    ("dejavu", "Nguyễn Thị Mai", [("Nguyên", False), ("Nguyễn", True)]),
    ("liberation", "Đặng Văn Tú", [("Đẳng", True), ("Đăng", False)]),
])
def test_a_family_name_whose_mark_a_seal_hid_is_the_known_one_with_its_letters(tmp_path, monkeypatch, font, name,
                                                                              family_readings):
    doc = without_signature_column(parsers.read(save(draw_page(FONTS[font], ["GIÁM ĐỐC"], name), tmp_path / "page.png")))
    read_with_family_name(monkeypatch, name, family_readings)
    result = run_stages(doc)
    assert result.metadata.signer.name == name
    assert "signature_read_again" in {w.code for w in result.warnings}


@needs_tesseract
@pytest.mark.parametrize("family_readings, given", [
    ([("Hzàng", False), ("Hpàng", True)], None),  # letters of no family name in any reading: none is made up
    ([("Hoằng", False), ("Hoàng", True)], ["Chí Hiền", "Chí Hiến"]),  # the given names read otherwise: which is printed?
])
def test_a_family_name_is_not_guessed_from_other_letters_nor_with_given_names_in_doubt(tmp_path, monkeypatch, family_readings,
                                                                                      given):
    name = "Hoàng Chí Hiền"
    doc = without_signature_column(parsers.read(save(draw_page(FONTS["liberation"], ["GIÁM ĐỐC"], name), tmp_path / "page.png")))
    read_with_family_name(monkeypatch, name, family_readings, given)
    result = run_stages(doc)
    assert result.metadata.signer.name is None
    assert "missing_signer_name" in {w.code for w in result.warnings}
