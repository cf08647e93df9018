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

import pyoxigraph
from pyoxigraph import Literal, Quad

from . import ids, trig
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
    return _canonical(_canonicaliser(), name, jurisdiction)


@lru_cache(maxsize=1 << 14)  # every unit of every fact: the same few hundred names per gazette
def _canonical(canonicaliser, name: str, jurisdiction: str) -> str:
    # (keyed by the canonicaliser too, so that replacing it takes effect)
    return clean(canonicaliser(name, jurisdiction)) or name


def _lit(value) -> str:
    if type(value) is str:
        return trig.string(value)
    return trig.term(Literal(value))  # what pyoxigraph makes of a number or a flag


def _int(value: int) -> str:
    return trig.term(Literal(str(int(value)), datatype=XSD.integer))


class _Written:
    """A vocabulary's terms as graph.trig writes them, each made once."""

    def __init__(self, ns):
        self._ns = ns

    def __getattr__(self, local: str) -> str:
        if local.startswith("__"):
            raise AttributeError(local)
        written = trig.term(getattr(self._ns, local))
        setattr(self, local, written)
        return written


_dct, _foaf, _kgo, _org = _Written(DCTERMS), _Written(FOAF), _Written(KGO), _Written(ORG)
_prov, _rdf, _rdfs, _skos = _Written(PROV), _Written(RDF), _Written(RDFS), _Written(SKOS)
_TRUE = trig.term(Literal("true", datatype=XSD.boolean))
_FALSE = trig.term(Literal("false", datatype=XSD.boolean))
_iri = trig.iri


class _DocumentGraph:
    """Collects the triples of one document's named graph, written as TriG
    terms: the workers of a build turn them into graph.trig's text without
    making an RDF object per term (:func:`document_chunk`), and
    :func:`document_quads` reads that text back.

    Nodes are handled as IRI strings (their hash keys are IRIs).  A node
    mentioned again in the same document states the same triples again, so
    it is made once per document (``_seen``)."""

    def __init__(self, doc):
        self.doc = doc
        self.iri = ids.document(doc.source, doc.index)
        self.jurisdiction = clean(doc.jurisdiction)
        self.triples: dict[str, dict[str, set[str]]] = {}
        self.groups: dict[str, bool] = {}  # group → typed by a Group fact here
        self._seen: dict = {}

    def add(self, s: str, p: str, o: str):
        """One triple: subject written (``_iri``), predicate and object written."""
        preds = self.triples.get(s)
        if preds is None:
            preds = self.triples[s] = {}
        objs = preds.get(p)
        if objs is None:
            preds[p] = {o}
        else:
            objs.add(o)

    # ---- nodes, restated in every graph that mentions them

    def person(self, name: str) -> str:
        name = clean(name)
        node = self._seen.get(("person", name))
        if node is None:
            node = self._seen[("person", name)] = ids.person(self.jurisdiction, name)
            s = _iri(node)
            self.add(s, _rdf.type, _foaf.Person)
            self.add(s, _foaf.name, _lit(name))
            if self.jurisdiction:
                self.add(s, _kgo.jurisdiction, _lit(self.jurisdiction))
        return node

    def unit(self, name: str) -> str:
        """One node per unit of a jurisdiction, whatever the spelling: keyed
        by its canonical name (市发展改革委 and 市发展和改革委员会 are one),
        each spelling seen kept as a skos:altLabel."""
        name = clean(name)
        node = self._seen.get(("unit", name))
        if node is None:
            canon = canonical(name, self.jurisdiction)
            node = self._seen[("unit", name)] = ids.unit(self.jurisdiction, canon)
            s = _iri(node)
            self.add(s, _rdf.type, _org.Organization)
            self.add(s, _skos.prefLabel, _lit(canon))
            if name != canon:
                self.add(s, _skos.altLabel, _lit(name))
            # (skos:prefLabel is the canonical name; a kgo:canonicalName
            # repeating it cost 3% of a build's store and nothing more)
            if self.jurisdiction:
                self.add(s, _kgo.jurisdiction, _lit(self.jurisdiction))
        return node

    def group(self, name: str, cls=None) -> str:
        name = clean(name)
        node = self._seen.get(("group", name))
        if node is None:
            node = self._seen[("group", name)] = ids.group(name)
            self.add(_iri(node), _skos.prefLabel, _lit(name))
        if cls is not None:
            self.add(_iri(node), _rdf.type, trig.term(cls))
        self.groups[node] = self.groups.get(node, False) or cls is not None
        return node

    def finish(self) -> dict[str, dict[str, set[str]]]:
        # a group only mentioned here (its members listed, not its setting-up)
        # is known to be an organisation, no more
        for node, typed in self.groups.items():
            if not typed:
                self.add(_iri(node), _rdf.type, _org.Organization)
        return self.triples

    def _labelled(self, kind: str, name: str, cls: str, mint) -> str:
        """A node of a kind known by its name alone, typed and labelled."""
        name = clean(name)
        node = self._seen.get((kind, name))
        if node is None:
            node = self._seen[(kind, name)] = mint(name)
            s = _iri(node)
            self.add(s, _rdf.type, cls)
            self.add(s, _skos.prefLabel, _lit(name))
        return node

    def area(self, name: str) -> str:
        return self._labelled("area", name, _kgo.Area, ids.area)

    def role(self, name: str) -> str:
        return self._labelled("role", name, _org.Role, ids.role)

    def seat(self, name: str) -> str:
        """A post named as a member without its holder (县政府办公室主任)."""
        return self._labelled("seat", name, _org.Post,
                              lambda n: ids.fact("seat", self.jurisdiction, n))

    def evidence(self, ev) -> str:
        key = ("evidence", ev.source, ev.start, ev.end, ev.text)
        node = self._seen.get(key)
        if node is None:
            node = self._seen[key] = ids.evidence(ev.source, ev.start, ev.end)
            s = _iri(node)
            self.add(s, _rdf.type, _kgo.Evidence)
            self.add(s, _prov.value, _lit(ev.text))
            self.add(s, _kgo.start, _int(ev.start))
            self.add(s, _kgo.end, _int(ev.end))
            # the source file is the document's (dcterms:isPartOf): said once there
            self.add(s, _dct.isPartOf, _iri(self.iri))
        return node

    def derived(self, node, ev):
        self.add(_iri(node), _prov.wasDerivedFrom, _iri(self.evidence(ev)))

    # ---- the document and its facts

    def metadata(self):
        d, s = self.doc, _iri(self.iri)
        self.add(s, _rdf.type, _kgo.Document)
        self.add(s, _kgo.sourceFile, _lit(ids.source_name(d.source)))
        self.add(s, _kgo.start, _int(d.start))
        self.add(s, _kgo.end, _int(d.end))
        if d.kind:
            self.add(s, _dct.type, _lit(d.kind))
        if clean(d.number):
            self.add(s, _dct.identifier, _lit(clean(d.number)))
        if d.title.strip():
            self.add(s, _dct.title, _lit(d.title.strip()))
        if _ISO_DATE.match(d.date or ""):
            self.add(s, _dct.issued, trig.term(Literal(d.date, datatype=XSD.date)))
        if self.jurisdiction:
            self.add(s, _kgo.jurisdiction, _lit(self.jurisdiction))
        if clean(d.issuer):
            self.add(s, _dct.publisher, _iri(self.unit(d.issuer)))
        if getattr(d, "addressees", "").strip():
            self.add(s, _dct.audience, _lit(d.addressees.strip()))
        for title in getattr(d, "annexes", ()):
            self.add(s, _kgo.annexTitle, _lit(title.strip()))

    def target(self, kind: str, name: str) -> str:
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
        node = ids.fact("oversight", self.iri, official, prop.value, target)
        s, written_prop = _iri(node), trig.term(prop)
        self.add(s, _rdf.type, _kgo.Oversight)
        self.add(s, _kgo.official, _iri(official))
        self.add(s, _kgo.relation, written_prop)
        self.add(s, _kgo.target, _iri(target))
        # the target as this document writes it (the unit node has one canonical name)
        self.add(s, _kgo.writtenAs, _lit(clean(o.target)))
        self.derived(node, o.evidence)
        # the direct triple, so that SPARQL users need not know the reification
        self.add(_iri(official), written_prop, _iri(target))

    def post(self, p):
        holder = self.person(p.official)
        org = clean(p.organisation)
        node = ids.fact("post", self.iri, holder, clean(p.post), org)
        s = _iri(node)
        self.add(s, _rdf.type, _org.Post)
        self.add(s, _skos.prefLabel, _lit(clean(p.post)))
        self.add(s, _org.heldBy, _iri(holder))
        self.add(_iri(holder), _org.holds, s)
        if org:
            self.add(s, _org.postIn, _iri(self.unit(org)))
        self.derived(node, p.evidence)

    def group_fact(self, g):
        node = self.group(g.name, GROUP_CLASS.get(g.kind, ORG.Organization))
        s = _iri(node)
        jurisdiction = clean(g.jurisdiction) or self.jurisdiction
        if jurisdiction:
            self.add(s, _kgo.jurisdiction, _lit(jurisdiction))
        if clean(g.office_host):
            self.add(s, _kgo.officeHost, _iri(self.unit(g.office_host)))
        if g.stated_count is not None:
            self.add(s, _kgo.statedCount, _int(g.stated_count))
        if clean(g.parent):
            parent = _iri(self.group(g.parent))
            # an office is a unit of its group: org:unitOf implies subOrganizationOf,
            # stated too because kg does not run a reasoner
            self.add(s, _org.unitOf, parent)
            self.add(s, _org.subOrganizationOf, parent)
            self.add(parent, _org.hasUnit, s)
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
        node = ids.fact("membership", self.iri, group, member, role, affiliation)
        s = _iri(node)
        self.add(s, _rdf.type, _org.Membership)
        self.add(s, _org.member, _iri(member))
        self.add(s, _org.organization, _iri(group))
        self.add(s, _org.role, _iri(self.role(role)))
        self.add(s, _kgo.writtenAs, _lit(clean(m.member)))
        if affiliation:
            self.add(s, _kgo.affiliation, _lit(affiliation))
        self.derived(node, m.evidence)

    def assignment(self, a):
        title = a.task.strip()
        node = ids.fact("task", self.iri, title)
        s = _iri(node)
        self.add(s, _rdf.type, _kgo.Task)
        self.add(s, _skos.prefLabel, _lit(title))
        unit = self.unit(a.unit)
        u = _iri(unit)
        self.add(s, _kgo.responsibleUnit, u)
        if a.lead:
            self.add(s, _kgo.leadUnit, u)
        # one responsibility node per (task, unit) keeps the spelling this task used
        r = _iri(ids.fact("responsibility", node, unit))
        self.add(r, _rdf.type, _kgo.Responsibility)
        self.add(r, _kgo.task, s)
        self.add(r, _kgo.unit, u)
        self.add(r, _kgo.writtenAs, _lit(clean(a.unit)))
        self.add(r, _kgo.lead, _TRUE if a.lead else _FALSE)
        self.derived(node, a.evidence)

    def duty(self, d):
        """A unit's duties from a 职责分工 annex."""
        unit = self.unit(d.unit)
        node = ids.fact("duty", self.iri, unit, d.duty)
        s = _iri(node)
        self.add(s, _rdf.type, _kgo.Duty)
        self.add(s, _kgo.unit, _iri(unit))
        self.add(s, _kgo.writtenAs, _lit(clean(d.unit)))
        self.add(s, _skos.prefLabel, _lit(d.duty.strip()))
        self.derived(node, d.evidence)

    def warning(self, w):
        ev = self.evidence(w.evidence)
        node = ids.fact("warning", self.iri, w.message, ev)
        s = _iri(node)
        self.add(s, _rdf.type, _kgo.Warning)
        self.add(s, _rdfs.comment, _lit(w.message))
        self.add(s, _prov.wasDerivedFrom, _iri(ev))


def _document_graph(doc) -> _DocumentGraph:
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
    g.finish()
    return g


def document_chunk(doc, rows: dict | None = None) -> tuple[str, str]:
    """(graph key, TriG chunk) of one document's named graph: what
    ``kg.trig.chunks(document_quads(doc))`` gives, made directly.  ``rows``
    (:func:`kg.variants.new_rows`) gathers what the derived graph is read from."""
    g = _document_graph(doc)
    key = _iri(g.iri)
    if rows is not None:
        from .variants import collect
        collect(g.triples, rows)
    return key, trig.written_chunk(key, g.triples)


def document_quads(doc) -> set[Quad]:
    """The named graph of one document (its chunk read back: one writer of
    the triples, so the quads and graph.trig cannot disagree)."""
    _, text = document_chunk(doc)
    return set(pyoxigraph.parse(trig.head() + "\n\n" + text, format=pyoxigraph.RdfFormat.TRIG))


def documents_to_quads(docs) -> set[Quad]:
    quads: set[Quad] = set()
    for doc in docs:
        quads |= document_quads(doc)
    return quads


def documents_to_dataset(docs):
    """The same quads as an ``rdflib.Dataset``, for users who live in rdflib."""
    from .rdfterms import to_rdflib_dataset
    return to_rdflib_dataset(documents_to_quads(docs))
