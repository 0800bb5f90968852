"""The five sample plans, every value read by hand from the document (line numbers in the comments)."""

import pytest

EXPECTED = {
    "000": dict(  # LuatVietnam page: panel lines 30-53, header lines 55-75, signature 229-233
        doc_type="Kế hoạch", number="122/KH-UBND", issued_date="2020-06-11", place="Hà Nội",
        issuer=("ỦY BAN NHÂN DÂN THÀNH PHỐ HÀ NỘI", None),
        title="Cải thiện, nâng cao Chỉ số Hiệu quả quản trị và hành chính công cấp tỉnh (PAPI) của thành phố Hà Nội năm 2020",
        signer=("Nguyễn Đức Chung", "Chủ tịch", ["TM."]), recipients=14, cited=2,
        warnings={"deadline_before_issue",  # annex line 469: "Hoàn thành trước 30/5/2020"
                  "table_row_uncertain",  # annex rows 4.b (line 595) and 6.c (802): several leads in one cell
                  "task_bullets_not_aligned",  # e.g. 1.c (line 311): 4 task bullets, 4 results, 3 implementers
                  "unresolved_agency"},  # "các Báo" (recipients), "Các đơn vị trực thuộc Sở" (tasks 4.a, 4.b)
    ),
    "001": dict(  # header lines 1-8; the signature block stops after "TM. ỦY BAN NHÂN DÂN" (52-53)
        doc_type="Kế hoạch", number="159/KH-UBND", issued_date="2025-06-09", place="Hà Nội",
        issuer=("ỦY BAN NHÂN DÂN", None),
        title="VỀ VIỆC BAN HÀNH KẾ HOẠCH CẢI THIỆN, NÂNG CAO CHỈ SỐ HÀI LÒNG CỦA NGƯỜI DÂN ĐỐI VỚI SỰ PHỤC VỤ CỦA CƠ QUAN "
        "HÀNH CHÍNH NHÀ NƯỚC (SIPAS), CHỈ SỐ CẢI CÁCH HÀNH CHÍNH (PAR INDEX) VÀ CHỈ SỐ HIỆU QUẢ QUẢN TRỊ VÀ HÀNH CHÍNH "
        "CÔNG CẤP TỈNH (PAPI) NĂM 2025 CỦA THÀNH PHỐ HÀ NỘI",
        signer=(None, None, ["TM."]), recipients=0, cited=12,  # 11 numbered and "Luật Tiếp cận thông tin 2016" by name
        warnings={
            "escape_repaired",  # lines 83 and 93
            "issuer_incomplete", "missing_signer_title", "missing_signer_name", "missing_recipients",
            "reference_date_mismatch",  # annex 1 (line 57) says 09/5/2025, the header 09/06/2025
            "reference_date_unreadable",  # annex 4 (line 1856) says "ngày 0/ /2025"
            "numbering_skipped",  # "III." (line 23) follows "I."
            "indicator_sum_mismatch",  # Phụ lục 2 "2 CẢI CÁCH THỂ CHẾ" (line 1214): 9,45 but 3+1,5+1,5+3,53
            "unresolved_agency",  # "Cục thuế Thành phố khu vực I", a regional tax office the registry lacks
        },
    ),
    "002": dict(  # hard-wrapped; header cells lines 1-15, signature 388-389
        doc_type="Kế hoạch", number="461/KH-UBND", issued_date="2018-10-05", place="Bình Tân",
        issuer=("ỦY BAN NHÂN DÂN QUẬN BÌNH TÂN", None),
        title="CẢI THIỆN CHỈ SỐ HIỆU QUẢ QUẢN TRỊ HÀNH CHÍNH CÔNG CẤP TỈNH (PAPI) TRÊN ĐỊA BÀN QUẬN BÌNH TÂN NĂM 2018 - 2019",
        signer=("Lê Văn Thinh", "Chủ tịch", []), recipients=11, cited=13,
        warnings={"unresolved_agency"},  # recipient "Khối Nội chính" (line 383), a party bloc, not a body
    ),
    "003": dict(  # a decision (lines 5-61) carrying a plan (line 65 on)
        doc_type="Quyết định", number="5743/QĐ-UBND", issued_date="2020-12-29", place="Hà Nội",
        issuer=("ỦY BAN NHÂN DÂN THÀNH PHỐ HÀ NỘI", None),
        title="VỀ VIỆC BAN HÀNH KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NHÀ NƯỚC NĂM 2021 CỦA THÀNH PHỐ HÀ NỘI",
        signer=("Chu Ngọc Anh", "Chủ tịch", ["TM."]), recipients=13, cited=20,  # 19 numbered and "Luật Tổ chức chính quyền địa phương năm 2015" by name
        warnings={"signer_title_misspelt",  # line 56 "CHÚ TỊCH"
                  "citation_year_mismatch",  # line 959 "Nghị định số 61/2018/NĐ-CP ngày 23/4/2020"
                  "deadline_before_issue",  # annex VII.2 (line 927): "Quý I/2020" in a plan of 29/12/2020
                  "unresolved_agency"},  # recipient "các Báo: HàNộiMới, KT&ĐT, ANTĐ" (the newspapers as a class)
    ),
    "004": dict(  # the page holds only the body: no header, no signature
        doc_type="Kế hoạch", number=None, issued_date=None, place=None, issuer=(None, None),
        title="THỰC HIỆN CHƯƠNG TRÌNH PHỐI HỢP SỐ 03-CTR/BDVTU-BCSĐUBNDTP NGÀY 29/10/2021 GIỮA BAN DÂN VẬN THÀNH ỦY VÀ "
        "BAN CÁN SỰ ĐẢNG UBND THÀNH PHỐ - NĂM 2022",
        signer=(None, None, []), recipients=11, cited=5,
        warnings={"missing_number", "missing_issue_date", "missing_issuer", "missing_signer",
                  "citation_date_unreadable",  # line 9 "Chỉ thị số 33/CT-TTg ngày 26/1 1/2021"
                  "numbering_repeated"},  # "3." at lines 11 and 14
    ),
}


@pytest.mark.parametrize("sample", sorted(EXPECTED))
def test_sample_metadata(corpus_docs, sample):
    expected = EXPECTED[sample]
    doc = corpus_docs[sample]
    meta = doc.metadata
    assert meta.doc_type == expected["doc_type"]
    assert meta.number == expected["number"]
    assert meta.issued_date == expected["issued_date"]
    assert meta.place == expected["place"]
    assert (meta.issuer.name, meta.issuer.parent) == expected["issuer"]
    assert meta.title == expected["title"]
    assert (meta.signer.name, meta.signer.title, meta.signer.authority) == expected["signer"]
    assert len(meta.recipients) == expected["recipients"]
    assert len(meta.cited_documents) == expected["cited"]
    assert {w.code for w in doc.warnings} == expected["warnings"]


def test_decision_carries_its_plan(corpus_docs):
    (plan,) = corpus_docs["003"].metadata.attached
    assert plan.doc_type == "Kế hoạch"
    assert plan.title == "CẢI CÁCH HÀNH CHÍNH NHÀ NƯỚC NĂM 2021 CỦA THÀNH PHỐ HÀ NỘI"
    assert plan.where["line"] == 65


def test_cited_documents_of_002(corpus_docs):
    cited = {c.number: (c.doc_type, c.issued_date, c.issuer) for c in corpus_docs["002"].metadata.cited_documents}
    assert cited["3897/QĐ-UBND"] == ("Quyết định", "2018-09-10", "Ủy ban nhân dân thành phố")  # line 19-20
    assert cited["619/QĐ-TTg"] == ("Quyết định", "2017-05-08", "Thủ tướng Chính phủ")  # line 78-79
    assert cited["343/2016/TT-BTC"] == ("Thông tư", "2016-12-30", "Bộ Tài chính")  # line 137-139
    assert cited["34/2007/PL-UBTVQH11"][0] == "Pháp lệnh"  # cited twice (lines 67, 69-70), listed once
