"""What the blind page samples (tests/test_pages_s23_blind.py, tests/test_pages_s24_blind.py) share: the forms a page's
fixture is read in, a field of the metadata by name, and whether it is right (as printed, folded; one of a tuple). The
recipients and the addressees are lists of names as printed, the cited documents a list of (type, number, date), those cited by name alone (type, text, date)."""

from __future__ import annotations

from conftest import write_in_form
from pipeline.errors import NotADocument
from pipeline.run import process
from pipeline.text import fold


def processed(tmp_path, lines: list[str], form: str):
    return process(write_in_form(tmp_path, lines, form))


def forms_of(lines: list[str]) -> list[str]:
    """A page copied with its table's cell borders ("| … |") is a text copy; the others are read as HTML too."""
    return ["text"] if any("|" in line for line in lines) else ["text", "html"]


def field_of(meta, field: str):
    return {"doc_type": meta.doc_type, "number": meta.number, "issued_date": meta.issued_date, "place": meta.place,
            "issuer": meta.issuer.name, "title": meta.title, "signer": meta.signer.name, "position": meta.signer.title,
            "authority": list(meta.signer.authority), "joint": len(meta.issuer.joint),
            "agency": meta.issuer.agency.agency_id if meta.issuer.agency else None,
            "recipients": list(meta.recipients), "addressees": [a.name for a in meta.addressees],
            # the numbered citations the pages' truth lists; the laws cited by name and date alone, no number (read
            # since s35), apart
            "cited": [(c.doc_type, c.number, c.issued_date) for c in meta.cited_documents if c.number],
            "cited_by_name": [(c.doc_type, c.text, c.issued_date) for c in meta.cited_documents if not c.number]}[field]


def is_right(got, want) -> bool:
    allowed = want if isinstance(want, tuple) else (want,)
    if isinstance(got, str):
        return any(isinstance(a, str) and fold(" ".join(got.split())) == fold(" ".join(a.split())) for a in allowed)
    return got in allowed


def wrong_fields(meta, expected: dict) -> dict:
    """The expected fields the metadata does not give right: {field: (got, wanted)}."""
    return {field: (field_of(meta, field), want) for field, want in expected.items() if not is_right(field_of(meta, field), want)}


# fields compared exactly as stored, apart from field_of's folded comparison: the issuer's parent, the jurisdiction
EXACT = {"parent": lambda meta: meta.issuer.parent, "jurisdiction": lambda meta: meta.jurisdiction}


def wrong_or_apart(meta, expected: dict) -> dict:
    """wrong_fields, and the EXACT fields expected that the metadata does not hold as given: {field: (got, wanted)}."""
    wrong = wrong_fields(meta, {field: want for field, want in expected.items() if field not in EXACT})
    return wrong | {field: (EXACT[field](meta), want) for field, want in expected.items()
                    if field in EXACT and EXACT[field](meta) != want}


def wrong_or_unwarned(tmp_path, case: tuple[list[str], dict, str], form: str) -> dict:
    """A case of (lines, expected, warning code) the input cannot prove a value of, read in ``form``: wrong_or_apart of
    its fields, and {"warning": code} when the document does not carry that warning."""
    lines, expected, code = case
    document = processed(tmp_path, lines, form)
    warned = code in {warning.code for warning in document.warnings}
    return wrong_or_apart(document.metadata, expected) | ({} if warned else {"warning": code})


def cases(table: dict) -> list[tuple[str, str]]:
    """(name, form) for each page of a round's table of (lines, expected) and each form it is read in (forms_of)."""
    return [(name, form) for name, (lines, _) in table.items() for form in forms_of(lines)]


def cases_with_variants(pages: dict, variants: dict) -> list[tuple[str, str]]:
    """cases() of a round's pages and of its variants, the variants read as DOCX and PDF too."""
    return cases(pages) + cases(variants) + [(name, form) for name in variants for form in ("docx", "pdf")]


def wrong_in_form(tmp_path, page: tuple[list[str], dict], form: str) -> dict:
    """A page's (lines, expected) read in ``form``: the expected fields it does not give right (wrong_fields)."""
    lines, expected = page
    return wrong_fields(processed(tmp_path, lines, form).metadata, expected)


def wrong_unless_refused(tmp_path, page: tuple[list[str], dict], form: str) -> dict:
    """As wrong_in_form, for a site's post about a document: none when the reader refuses it as no document."""
    try:
        return wrong_in_form(tmp_path, page, form)
    except NotADocument:
        return {}
