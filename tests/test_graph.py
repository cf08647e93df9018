"""Documents → quads: one named graph per document, stable IRIs, evidence on
every fact."""
from __future__ import annotations

import dataclasses

import pyoxigraph
import pytest
from pyoxigraph import Literal, NamedNode

import docs_factory
from kg import graph, ids
from kg.errors import GraphError
from kg.graph import document_quads, documents_to_dataset, documents_to_quads
from kg.trig import trig
from kg.vocab import FOAF, KGO, ORG, PROV, RDF, SKOS


def objects(quads, s, p):
    return {q.object for q in quads if q.subject == s and q.predicate == p}


def test_one_named_graph_per_document(docs):
    quads = documents_to_quads(docs)
    graphs = {q.graph_name for q in quads}
    assert graphs == {NamedNode(ids.document(d.source, d.index)) for d in docs}
    for d in docs:
        g = NamedNode(ids.document(d.source, d.index))
        assert (g, RDF.type, KGO.Document) in {(q.subject, q.predicate, q.object) for q in quads}


def test_document_metadata():
    d = docs_factory.division()
    quads = document_quads(d)
    doc = NamedNode(ids.document(d.source, d.index))
    from kg.vocab import DCTERMS, XSD
    assert objects(quads, doc, DCTERMS.identifier) == {Literal("测政〔2024〕1号")}
    assert objects(quads, doc, DCTERMS.issued) == {Literal("2024-01-15", datatype=XSD.date)}
    assert objects(quads, doc, KGO.jurisdiction) == {Literal("测试市")}
    assert objects(quads, doc, KGO.sourceFile) == {Literal(docs_factory.SOURCE)}
    (publisher,) = objects(quads, doc, DCTERMS.publisher)
    assert objects(quads, publisher, SKOS.prefLabel) == {Literal("测试市人民政府")}


def test_same_input_same_iris(docs):
    assert documents_to_quads(docs) == documents_to_quads([dataclasses.replace(d) for d in docs])
    assert ids.person("测试市", "赵一鸣") == ids.person("测试市", "赵一鸣")
    assert ids.mint("x", "ab", "c") != ids.mint("x", "a", "bc")


def test_persons_are_scoped_by_jurisdiction():
    assert ids.person("测试市", "李四") != ids.person("测试县", "李四")
    quads = documents_to_quads([docs_factory.division(), docs_factory.groups_doc()])
    people = {q.subject for q in quads if q.predicate == RDF.type and q.object == FOAF.Person}
    assert NamedNode(ids.person("测试县", "李四")) in people
    assert NamedNode(ids.person("测试市", "李四")) not in people


def test_names_lose_inner_whitespace_but_evidence_keeps_it():
    quads = document_quads(docs_factory.division())
    names = {q.object.value for q in quads if q.predicate == FOAF.name}
    assert "钱二" in names and "钱 二" not in names
    texts = {q.object.value for q in quads if q.predicate == PROV.value}
    assert any("钱 二同志" in t for t in texts)


def test_oversight_is_reified_and_direct():
    quads = document_quads(docs_factory.division())
    person = NamedNode(ids.person("测试市", "赵一鸣"))
    unit = NamedNode(ids.unit("测试市", "测试市测试局"))  # keyed by the canonical name
    triples = {(q.subject, q.predicate, q.object) for q in quads}
    assert (person, KGO.oversees, unit) in triples
    facts = [s for s, p, o in triples if p == KGO.target and o == unit]
    assert len(facts) == 1
    (fact,) = facts
    assert objects(quads, fact, KGO.official) == {person}
    assert objects(quads, fact, KGO.relation) == {KGO.oversees}
    (ev,) = objects(quads, fact, PROV.wasDerivedFrom)
    assert objects(quads, ev, RDF.type) == {KGO.Evidence}
    assert objects(quads, ev, KGO.start) == {Literal("10", datatype=pyoxigraph.NamedNode(
        "http://www.w3.org/2001/XMLSchema#integer"))}


def test_every_fact_has_evidence(docs):
    quads = documents_to_quads(docs)
    fact_classes = {KGO.Oversight, ORG.Membership, KGO.Task, KGO.Warning}
    facts = {q.subject for q in quads if q.predicate == RDF.type and q.object in fact_classes}
    assert facts
    for f in facts:
        assert objects(quads, f, PROV.wasDerivedFrom), f


def test_target_kinds():
    quads = document_quads(docs_factory.division())
    types = {}
    for q in quads:
        if q.predicate == RDF.type:
            types.setdefault(q.subject, set()).add(q.object)
    targets = {q.object for q in quads if q.predicate == KGO.target}
    kinds = {frozenset(types[t]) for t in targets}
    assert frozenset({KGO.Area}) in kinds
    assert frozenset({FOAF.Person}) in kinds
    assert frozenset({ORG.Organization}) in kinds


def test_group_office_is_a_unit_of_its_group():
    quads = document_quads(docs_factory.groups_doc())
    group = NamedNode(ids.group("测试县某某工作领导小组"))
    office = NamedNode(ids.group("测试县某某工作领导小组办公室"))
    assert objects(quads, group, RDF.type) == {KGO.LeadingGroup}
    assert objects(quads, office, RDF.type) == {KGO.GroupOffice}
    assert objects(quads, office, ORG.subOrganizationOf) == {group}
    assert objects(quads, office, ORG.unitOf) == {group}


def test_group_only_mentioned_is_an_organisation():
    d = docs_factory.groups_doc()
    d.groups = []
    quads = document_quads(d)
    group = NamedNode(ids.group("测试县某某工作领导小组"))
    assert objects(quads, group, RDF.type) == {ORG.Organization}


def test_canonical_name_defaults_to_name_and_uses_extract_units(monkeypatch):
    import extract.units
    quads = document_quads(docs_factory.division())
    # a unit's node is keyed by its canonical name, its jurisdiction spelled out
    unit = NamedNode(ids.unit("测试市", "测试市测试局"))
    assert objects(quads, unit, SKOS.prefLabel) == {Literal("测试市测试局")}
    assert objects(quads, unit, KGO.canonicalName) == set()  # prefLabel is the canonical name
    assert objects(quads, unit, SKOS.altLabel) == {Literal("市测试局")}
    monkeypatch.setattr(extract.units, "canonical", lambda n, j="": n.replace("测试", "检测"),
                        raising=False)
    graph._canonicaliser.cache_clear()
    try:
        quads = document_quads(docs_factory.division())
        unit = NamedNode(ids.unit("测试市", "市检测局"))
        assert objects(quads, unit, SKOS.prefLabel) == {Literal("市检测局")}
    finally:
        graph._canonicaliser.cache_clear()


def test_trig_round_trips(docs):
    quads = documents_to_quads(docs)
    text = trig(quads)
    assert set(pyoxigraph.parse(text, format=pyoxigraph.RdfFormat.TRIG)) == quads


def test_trig_escapes_awkward_literals():
    d = docs_factory.division()
    d.title = 'a "quoted"\ttitle\nwith \\ backslash'
    quads = document_quads(d)
    assert set(pyoxigraph.parse(trig(quads), format=pyoxigraph.RdfFormat.TRIG)) == quads


def test_rdflib_dataset(docs):
    ds = documents_to_dataset(docs)
    named = {g.identifier for g in ds.graphs() if len(g)}
    assert len(named) == 2


def test_unknown_relation_is_an_error():
    d = docs_factory.division()
    d.oversight[0] = dataclasses.replace(d.oversight[0], relation="rules")
    with pytest.raises(GraphError, match="unknown relation 'rules'"):
        document_quads(d)


def test_counts_from_documents_equal_counts_from_quads():
    # the build's report counts facts from the documents; the graph's own count must agree
    from pathlib import Path
    from extract import extract_file
    from kg import counts
    root = Path(__file__).parents[1]
    docs = [d for f in sorted((root / "tests" / "unseen").glob("*.txt")) for d in extract_file(f)]
    docs += extract_file(root / "examples" / "demo_gazette.txt")
    quads = documents_to_quads(docs)
    assert counts.document_counts(docs) == (counts.fact_counts(quads), counts.warnings(quads))


def test_a_documents_chunk_is_what_the_writer_makes_of_its_quads(docs):
    """kg build writes a document's chunk straight from the graph builder;
    the general writer (kg.trig over pyoxigraph terms) gives the same text."""
    from kg import graph as graph_module
    from kg import trig as trig_module
    d = docs_factory.division()
    d.title = 'a "quoted"\ttitle\nwith \\ backslash'
    for doc in docs + [d]:
        key, text = graph_module.document_chunk(doc)
        assert trig_module.chunks(document_quads(doc)) == {key: text}
