"""An annex published on its own (a site's page or a file holding only "PHỤ LỤC …" and its task table): its heading and
title are no issuing body (they were taken as the issuer: a confident wrong value); the issuer is that of the document
the annex goes with, as its "(Kèm theo … của …)" line names it, with a warning saying so."""

from __future__ import annotations

import pytest

from conftest import write_in_form
from pipeline.run import process

_TABLE = ["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Thời gian hoàn thành",
          "1", "Rà soát thủ tục hành chính nội bộ", "Sở Tư pháp", "Quý III/2026",
          "2", "Số hóa hồ sơ một cửa", "Văn phòng UBND tỉnh", "Tháng 10/2026"]


def _annex(heading: str, title: str, reference: str) -> list[str]:
    return [heading, title, reference, *_TABLE]


@pytest.mark.parametrize("form", ["text", "html", "docx", "pdf"])
@pytest.mark.parametrize("heading, title, reference, issuer, agency", [
    ("PHỤ LỤC II", "DANH MỤC NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 2026",
     "(Kèm theo Kế hoạch số 41/KH-UBND ngày 12 tháng 3 năm 2026 của UBND tỉnh Lâm Đồng)",
     "UBND tỉnh Lâm Đồng", "lam-dong/uy-ban-nhan-dan"),
    ("Phụ lục số 1", "CÁC NHIỆM VỤ TRỌNG TÂM",
     "(Kèm theo Quyết định số 902/QĐ-UBND ngày 7/4/2025 của Chủ tịch Ủy ban nhân dân tỉnh Lâm Đồng)",
     "Ủy ban nhân dân tỉnh Lâm Đồng", "lam-dong/uy-ban-nhan-dan"),
])
def test_a_lone_annex_takes_the_issuer_of_the_document_it_goes_with(tmp_path, form, heading, title, reference, issuer, agency):
    doc = process(write_in_form(tmp_path, _annex(heading, title, reference), form))
    assert doc.metadata.issuer.name == issuer
    assert doc.metadata.issuer.agency.agency_id == agency
    assert "issuer_from_parent_document" in {w.code for w in doc.warnings}
    assert doc.metadata.sources["issuer"].where is not None  # the "(Kèm theo …)" line that names it
    assert doc.metadata.number is None  # the annex prints no number of its own: the parent's is not its


@pytest.mark.parametrize("form", ["text", "html"])
def test_a_lone_annex_whose_reference_names_no_issuer_has_none(tmp_path, form):
    lines = _annex("PHỤ LỤC", "DANH MỤC NHIỆM VỤ NĂM 2026", "(Kèm theo Kế hoạch số 41/KH-UBND ngày 12/3/2026)")
    doc = process(write_in_form(tmp_path, lines, form))
    assert doc.metadata.issuer.name is None
    assert "missing_issuer" in {w.code for w in doc.warnings}


@pytest.mark.parametrize("form", ["text", "html"])
def test_an_annex_under_its_own_header_keeps_the_header_issuer(tmp_path, form):
    lines = ["ỦY BAN NHÂN DÂN", "TỈNH LÂM ĐỒNG", "PHỤ LỤC II", "DANH MỤC NHIỆM VỤ NĂM 2026",
             "(Kèm theo Kế hoạch số 41/KH-UBND ngày 12/3/2026 của Sở Nội vụ tỉnh Lâm Đồng)", *_TABLE]
    doc = process(write_in_form(tmp_path, lines, form))
    assert doc.metadata.issuer.name == "ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG"
    assert "issuer_from_parent_document" not in {w.code for w in doc.warnings}


@pytest.mark.parametrize("form", ["text", "html", "docx"])
@pytest.mark.parametrize("reference, issuer", [
    (["(Kèm theo Kế hoạch số 41/KH-UBND ngày 12 tháng 3 năm 2026 của UBND", "tỉnh Lâm Đồng)"], "UBND tỉnh Lâm Đồng"),
    (["(Kèm theo Quyết định số 902/QĐ-UBND ngày 7/4/2025 của", "Ủy ban nhân dân tỉnh Lâm Đồng)"],
     "Ủy ban nhân dân tỉnh Lâm Đồng"),
    (["(Kèm theo Kế hoạch số 41/KH-UBND", "ngày 12/3/2026 của Sở Nội vụ", "tỉnh Lâm Đồng)"], "Sở Nội vụ tỉnh Lâm Đồng"),
])
def test_a_reference_wrapped_inside_its_parenthesis_is_read_whole(tmp_path, form, reference, issuer):
    """Was the first line's part of the name ('UBND': an issuer cut short) or none at all."""
    doc = process(write_in_form(tmp_path, ["PHỤ LỤC II", "DANH MỤC NHIỆM VỤ NĂM 2026", *reference, *_TABLE], form))
    assert doc.metadata.issuer.name == issuer
    assert "issuer_from_parent_document" in {w.code for w in doc.warnings}
