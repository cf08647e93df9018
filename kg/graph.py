"""Extracted documents → RDF quads.

Each document gets one named graph (named by the document's IRI) holding its
metadata and every fact read from it, each fact with its evidence.  Nodes
shared between documents (a person, a unit) are restated in every graph that
mentions them, so one graph alone is self-describing and dropping it (when its
source is rebuilt) never orphans the facts of another document.
"""
from __future__ import annotations

import importlib
import re
from functools import lru_cache

from pyoxigraph import Literal, NamedNode, Quad

from . import ids
from .errors import GraphError
from .vocab import (DCTERMS, FOAF, KGO, ORG, PROV, RDF, RDFS, RELATION_PROPERTY,
                    SKOS, XSD)

_WS = re.compile(r"\s+")
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")

GROUP_CLASS = {
    "leading_group": KGO.LeadingGroup,
    "joint_meeting": KGO.JointMeeting,
    "committee": KGO.Committee,
    "office": KGO.GroupOffice,
}


def clean(name: str) -> str:
    """Names carry no inner whitespace (``鲜 玉`` is ``鲜玉``); evidence keeps it."""
    return _WS.sub("", name or "")


@lru_cache(maxsize=None)
def _canonicaliser():
    # extract.units.canonical is written by the extraction side later; until
    # then a unit's canonical name is its name as written.
    try:
        module = importlib.import_module("extract.units")
    except ModuleNotFoundError as err:
        if err.name not in ("extract.units", "extract"):
            raise
        return lambda name: name
    return getattr(module, "canonical", lambda name, jurisdiction="": name)


def canonical(name: str, jurisdiction: str = "") -> str:
    return clean(_canonicaliser()(name, jurisdiction)) or name


def _lit(value) -> Literal:
    return Literal(value)


def _int(value: int) -> Literal:
    return Literal(str(int(value)), datatype=XSD.integer)


class _DocumentGraph:
    """Collects the quads of one document's named graph."""

    def __init__(self, doc):
        self.doc = doc
        self.iri = NamedNode(ids.document(doc.source, doc.index))
        self.jurisdiction = clean(doc.jurisdiction)
        self.quads: set[Quad] = set()
        self.groups: dict[NamedNode, bool] = {}  # group → typed by a Group fact here

    def add(self, s, p, o):
        self.quads.add(Quad(s, p, o, self.iri))

    # ---- nodes, restated in every graph that mentions them

    def person(self, name: str) -> NamedNode:
        name = clean(name)
        node = NamedNode(ids.person(self.jurisdiction, name))
        self.add(node, RDF.type, FOAF.Person)
        self.add(node, FOAF.name, _lit(name))
        if self.jurisdiction:
            self.add(node, KGO.jurisdiction, _lit(self.jurisdiction))
        return node

    def unit(self, name: str) -> NamedNode:
        """One node per unit of a jurisdiction, whatever the spelling: keyed
        by its canonical name (市发展改革委 and 市发展和改革委员会 are one),
        each spelling seen kept as a skos:altLabel."""
        name = clean(name)
        canon = canonical(name, self.jurisdiction)
        node = NamedNode(ids.unit(self.jurisdiction, canon))
        self.add(node, RDF.type, ORG.Organization)
        self.add(node, SKOS.prefLabel, _lit(canon))
        if name != canon:
            self.add(node, SKOS.altLabel, _lit(name))
        self.add(node, KGO.canonicalName, _lit(canon))
        if self.jurisdiction:
            self.add(node, KGO.jurisdiction, _lit(self.jurisdiction))
        return node

    def group(self, name: str, cls=None) -> NamedNode:
        name = clean(name)
        node = NamedNode(ids.group(name))
        if cls is not None:
            self.add(node, RDF.type, cls)
        self.groups[node] = self.groups.get(node, False) or cls is not None
        self.add(node, SKOS.prefLabel, _lit(name))
        return node

    def finish(self) -> set[Quad]:
        # a group only mentioned here (its members listed, not its setting-up)
        # is known to be an organisation, no more
        for node, typed in self.groups.items():
            if not typed:
                self.add(node, RDF.type, ORG.Organization)
        return self.quads

    def area(self, name: str) -> NamedNode:
        name = clean(name)
        node = NamedNode(ids.area(name))
        self.add(node, RDF.type, KGO.Area)
        self.add(node, SKOS.prefLabel, _lit(name))
        return node

    def role(self, name: str) -> NamedNode:
        name = clean(name)
        node = NamedNode(ids.role(name))
        self.add(node, RDF.type, ORG.Role)
        self.add(node, SKOS.prefLabel, _lit(name))
        return node

    def seat(self, name: str) -> NamedNode:
        """A post named as a member without its holder (县政府办公室主任)."""
        name = clean(name)
        node = NamedNode(ids.fact("seat", self.jurisdiction, name))
        self.add(node, RDF.type, ORG.Post)
        self.add(node, SKOS.prefLabel, _lit(name))
        return node

    def evidence(self, ev) -> NamedNode:
        node = NamedNode(ids.evidence(ev.source, ev.start, ev.end))
        self.add(node, RDF.type, KGO.Evidence)
        self.add(node, PROV.value, _lit(ev.text))
        self.add(node, KGO.start, _int(ev.start))
        self.add(node, KGO.end, _int(ev.end))
        self.add(node, KGO.sourceFile, _lit(ids.source_name(ev.source)))
        self.add(node, DCTERMS.isPartOf, self.iri)
        return node

    def derived(self, node, ev):
        self.add(node, PROV.wasDerivedFrom, self.evidence(ev))

    # ---- the document and its facts

    def metadata(self):
        d, node = self.doc, self.iri
        self.add(node, RDF.type, KGO.Document)
        self.add(node, KGO.sourceFile, _lit(ids.source_name(d.source)))
        self.add(node, KGO.start, _int(d.start))
        self.add(node, KGO.end, _int(d.end))
        if d.kind:
            self.add(node, DCTERMS.type, _lit(d.kind))
        if clean(d.number):
            self.add(node, DCTERMS.identifier, _lit(clean(d.number)))
        if d.title.strip():
            self.add(node, DCTERMS.title, _lit(d.title.strip()))
        if _ISO_DATE.match(d.date or ""):
            self.add(node, DCTERMS.issued, Literal(d.date, datatype=XSD.date))
        if self.jurisdiction:
            self.add(node, KGO.jurisdiction, _lit(self.jurisdiction))
        if clean(d.issuer):
            self.add(node, DCTERMS.publisher, self.unit(d.issuer))
        if getattr(d, "addressees", "").strip():
            self.add(node, DCTERMS.audience, _lit(d.addressees.strip()))
        for title in getattr(d, "annexes", ()):
            self.add(node, KGO.annexTitle, _lit(title.strip()))

    def target(self, kind: str, name: str) -> NamedNode:
        if kind == "person":
            return self.person(name)
        if kind == "area":
            return self.area(name)
        return self.unit(name)  # 'unit' and 'body' (人大, 政协) are both organisations

    def oversight(self, o):
        official = self.person(o.official)
        prop = RELATION_PROPERTY.get(o.relation)
        if prop is None:
            raise GraphError(f"{o.evidence.source}: unknown relation {o.relation!r} "
                             f"(known: {', '.join(RELATION_PROPERTY)})")
        target = self.target(o.target_kind, o.target)
        node = NamedNode(ids.fact("oversight", self.iri.value, official.value, prop.value, target.value))
        self.add(node, RDF.type, KGO.Oversight)
        self.add(node, KGO.official, official)
        self.add(node, KGO.relation, prop)
        self.add(node, KGO.target, target)
        # the target as this document writes it (the unit node has one canonical name)
        self.add(node, KGO.writtenAs, _lit(clean(o.target)))
        self.derived(node, o.evidence)
        # the direct triple, so that SPARQL users need not know the reification
        self.add(official, prop, target)

    def post(self, p):
        holder = self.person(p.official)
        org = clean(p.organisation)
        node = NamedNode(ids.fact("post", self.iri.value, holder.value, clean(p.post), org))
        self.add(node, RDF.type, ORG.Post)
        self.add(node, SKOS.prefLabel, _lit(clean(p.post)))
        self.add(node, ORG.heldBy, holder)
        self.add(holder, ORG.holds, node)
        if org:
            self.add(node, ORG.postIn, self.unit(org))
        self.derived(node, p.evidence)

    def group_fact(self, g):
        node = self.group(g.name, GROUP_CLASS.get(g.kind, ORG.Organization))
        jurisdiction = clean(g.jurisdiction) or self.jurisdiction
        if jurisdiction:
            self.add(node, KGO.jurisdiction, _lit(jurisdiction))
        if clean(g.office_host):
            self.add(node, KGO.officeHost, self.unit(g.office_host))
        if g.stated_count is not None:
            self.add(node, KGO.statedCount, _int(g.stated_count))
        if clean(g.parent):
            parent = self.group(g.parent)
            # an office or a working team is a unit of its group: org:unitOf implies
            # subOrganizationOf,
            # stated too because kg does not run a reasoner
            self.add(node, ORG.unitOf, parent)
            self.add(node, ORG.subOrganizationOf, parent)
            self.add(parent, ORG.hasUnit, node)
        self.derived(node, g.evidence)

    def membership(self, m):
        group = self.group(m.group)
        if m.member_kind == "person":
            member = self.person(m.member)
        elif m.member_kind == "post":
            member = self.seat(m.member)
        else:
            member = self.unit(m.member)
        role, affiliation = clean(m.role), clean(m.affiliation)
        node = NamedNode(ids.fact("membership", self.iri.value, group.value, member.value,
                                  role, affiliation))
        self.add(node, RDF.type, ORG.Membership)
        self.add(node, ORG.member, member)
        self.add(node, ORG.organization, group)
        self.add(node, ORG.role, self.role(role))
        self.add(node, KGO.writtenAs, _lit(clean(m.member)))
        if affiliation:
            self.add(node, KGO.affiliation, _lit(affiliation))
        self.derived(node, m.evidence)

    def assignment(self, a):
        title = a.task.strip()
        node = NamedNode(ids.fact("task", self.iri.value, title))
        self.add(node, RDF.type, KGO.Task)
        self.add(node, SKOS.prefLabel, _lit(title))
        unit = self.unit(a.unit)
        self.add(node, KGO.responsibleUnit, unit)
        if a.lead:
            self.add(node, KGO.leadUnit, unit)
        # one responsibility node per (task, unit) keeps the spelling this task used
        resp = NamedNode(ids.fact("responsibility", node.value, unit.value))
        self.add(resp, RDF.type, KGO.Responsibility)
        self.add(resp, KGO.task, node)
        self.add(resp, KGO.unit, unit)
        self.add(resp, KGO.writtenAs, _lit(clean(a.unit)))
        self.add(resp, KGO.lead, Literal("true" if a.lead else "false", datatype=XSD.boolean))
        self.derived(node, a.evidence)

    def duty(self, d):
        """A unit's duties from a 职责分工 annex."""
        unit = self.unit(d.unit)
        node = NamedNode(ids.fact("duty", self.iri.value, unit.value, d.duty))
        self.add(node, RDF.type, KGO.Duty)
        self.add(node, KGO.unit, unit)
        self.add(node, KGO.writtenAs, _lit(clean(d.unit)))
        self.add(node, SKOS.prefLabel, _lit(d.duty.strip()))
        self.derived(node, d.evidence)

    def warning(self, w):
        ev = self.evidence(w.evidence)
        node = NamedNode(ids.fact("warning", self.iri.value, w.message, ev.value))
        self.add(node, RDF.type, KGO.Warning)
        self.add(node, RDFS.comment, _lit(w.message))
        self.add(node, PROV.wasDerivedFrom, ev)


def document_quads(doc) -> set[Quad]:
    """The named graph of one document."""
    g = _DocumentGraph(doc)
    g.metadata()
    for p in doc.posts:
        g.post(p)
    for o in doc.oversight:
        g.oversight(o)
    for grp in doc.groups:
        g.group_fact(grp)
    for m in doc.memberships:
        g.membership(m)
    for a in doc.assignments:
        g.assignment(a)
    for d in getattr(doc, "duties", ()):
        g.duty(d)
    for w in doc.warnings:
        g.warning(w)
    return g.finish()


def documents_to_quads(docs) -> set[Quad]:
    quads: set[Quad] = set()
    for doc in docs:
        quads |= document_quads(doc)
    return quads


def documents_to_dataset(docs):
    """The same quads as an ``rdflib.Dataset``, for users who live in rdflib."""
    from .rdfterms import to_rdflib_dataset
    return to_rdflib_dataset(documents_to_quads(docs))
