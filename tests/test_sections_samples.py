"""The section tree of each sample, checked by hand against the document: the top-level parts and how
many numbered children each has (line numbers of the parts in the comments)."""

import pytest

EXPECTED = {
    # Sample 000: I (line 81) 1-2; II (97) 1-4; III (153) 1-6; Nơi nhận (197); the BIỂU TỔNG HỢP annex (245).
    "000": [("opening", 0), ("sec_I", 2), ("sec_II", 4), ("sec_III", 6), ("closing", 0), ("annex_1", 1)],
    # Sample 001: I (12) 1-2; no II; III (23) 1-7; IV (31) 1-4; V (37) 1-3; "Trên đây là …" (50); four annexes.
    "001": [("opening", 0), ("sec_I", 2), ("sec_III", 7), ("sec_IV", 4), ("sec_V", 3), ("closing", 0),
            ("annex_1", 1), ("annex_2", 1), ("annex_3", 1), ("annex_4", 1)],
    # Sample 002: I (32) 1-2; II (62-63, wrapped) 1-6; III (309-310, wrapped) 1-6; "Trong quá trình …" (371).
    "002": [("opening", 0), ("sec_I", 2), ("sec_II", 6), ("sec_III", 6), ("closing", 0)],
    # Sample 003: Điều 1-3 (31-35); Nơi nhận (40); the plan (65) with its own tree; PHỤ LỤC (234).
    "003": [("opening", 0), ("art_1", 0), ("art_2", 0), ("art_3", 0), ("closing", 0), ("attached_1", 7), ("annex_1", 1)],
    # Sample 004: I (4) 1-3; II (8) 1, 2, 3, 3, 4, 5, 6; III (22) 1-3; Nơi nhận (30).
    "004": [("opening", 0), ("sec_I", 3), ("sec_II", 7), ("sec_III", 3), ("closing", 0)],
}


@pytest.mark.parametrize("sample", sorted(EXPECTED))
def test_top_level_parts_and_child_counts(corpus_docs, sample):
    assert [(s.id, len(s.children)) for s in corpus_docs[sample].sections] == EXPECTED[sample]


def test_plan_attached_to_the_decision_has_its_own_tree(corpus_docs):
    plan = next(s for s in corpus_docs["003"].sections if s.id == "attached_1")
    assert plan.heading == "CẢI CÁCH HÀNH CHÍNH NHÀ NƯỚC NĂM 2021 CỦA THÀNH PHỐ HÀ NỘI"
    # I (70) 1-3; II (96) 1-6; III (162) 1-3; IV (178) none; V (182) 1-4; "Trên đây là …" (230)
    assert [(c.id, len(c.children)) for c in plan.children] == [
        ("attached_1__opening", 0), ("attached_1__sec_I", 3), ("attached_1__sec_II", 6), ("attached_1__sec_III", 3),
        ("attached_1__sec_IV", 0), ("attached_1__sec_V", 4), ("attached_1__closing", 0)]
    assert all(c.level == 2 for c in plan.children)


def test_wrapped_headings_are_joined(corpus_docs):
    headings = [s.heading for s in corpus_docs["002"].sections if s.kind == "roman"]
    assert headings == ["MỤC ĐÍCH YÊU CẦU", "NHIỆM VỤ VÀ GIẢI PHÁP", "TỔ CHỨC THỰC HIỆN"]


def test_sample_anomalies(corpus_docs):
    def numbering(sample):
        return [(w.code, w.where["line"]) for w in corpus_docs[sample].warnings if w.code.startswith("numbering")]

    assert numbering("001") == [("numbering_skipped", 23)]  # III. after I.
    assert numbering("004") == [("numbering_repeated", 14)]  # the second "3."
    assert numbering("000") == numbering("002") == numbering("003") == []


def test_annex_links(corpus_docs):
    links = [(s.label, s.attached_to["number"], s.attached_to["issued_date"]) for s in corpus_docs["001"].sections if s.kind == "annex"]
    assert links == [("PHỤ LỤC 1", "159/KH-UBND", "2025-05-09"), ("PHỤ LỤC 2", "159/KH-UBND", "2025-06-09"),
                     ("PHỤ LỤC 3", "159/KH-UBND", "2025-06-09"), ("PHỤ LỤC 4", "159/KH-UBND", None)]


def test_node_provenance_and_ids(corpus_docs):
    doc = corpus_docs["004"]
    nodes = [n for top in doc.sections for n in top.walk()]
    assert len({n.id for n in nodes}) == len(nodes)
    item = next(n for n in nodes if n.id == "sec_II__item_3_2")
    assert (item.line_start, item.line_end) == (14, 18)
    assert item.heading == "Tiếp tục rà soát, sắp xếp, kiện toàn tổ chức bộ máy, thực hiện công tác tinh giản biên chế"
