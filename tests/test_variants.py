"""The derived graph (kg.variants): candidate name variants and the unit
label index, computed alike from quads (write_documents) and from a store
(kg build)."""
from __future__ import annotations

import pyoxigraph
from pyoxigraph import Literal, NamedNode, Quad

import docs_factory
from kg import ids, variants
from kg.graph import documents_to_quads
from kg.vocab import KGO, SKOS
from extract.model import Membership, Post


def variant_docs():
    """Two rosters six days apart print one member two ways (李四 / 李泗)."""
    first = docs_factory.groups_doc("a.txt", 0)
    second = docs_factory.groups_doc("b.txt", 0)
    g = "测试县某某工作领导小组"
    second.memberships = [Membership(g, "李泗", "person", "成员", "县测试局局长",
                                     docs_factory.ev("成  员：李泗 县测试局局长", 320, "b.txt"))]
    # one character apart, but sharing nothing: no pair
    second.posts = [Post("孙山", "县政府办公室主任", "", docs_factory.ev("孙山", 5, "b.txt"))]
    return [first, second]


def store_of(quads) -> pyoxigraph.Store:
    db = pyoxigraph.Store()
    db.extend(quads)
    return db


def test_a_pair_shares_an_affiliation():
    quads = documents_to_quads(variant_docs())
    pairs = variants.candidate_pairs(quads)
    li, li2 = ids.person("测试县", "李四"), ids.person("测试县", "李泗")
    assert pairs == [(li, li2, "县测试局局长")]  # ordered by name
    derived = variants.derived_quads(quads)
    assert Quad(NamedNode(li), KGO.candidateVariantOf, NamedNode(li2), variants.DERIVED) in derived


def test_the_store_path_equals_the_quad_path():
    docs = variant_docs() + [docs_factory.division(), docs_factory.groups_doc()]
    quads = documents_to_quads(docs)
    db = store_of(quads | {Quad(NamedNode(ids.BASE + "unit/x"), KGO.searchLabel, Literal("stale"),
                                variants.DERIVED)})  # a previous derived graph is not read
    assert variants.store_derived(db) == variants.derived_quads(quads)
    assert variants.store_derived(db)  # not vacuous


def test_awkward_labels_survive_the_store_path():
    """Labels are read back from SPARQL results (TSV): escapes, tabs, a
    language or a datatype come back as the same terms."""
    unit = NamedNode(ids.BASE + "unit/abc")
    g = NamedNode(ids.BASE + "document/1")
    labels = [Literal('市"测试"局'), Literal("a\\b"), Literal("tab\there"), Literal("line\nbreak"),
              Literal("\u2028sep\x0c"), Literal("en", language="en"),
              Literal("5", datatype=NamedNode("http://www.w3.org/2001/XMLSchema#integer"))]
    quads = {Quad(unit, SKOS.prefLabel if i == 0 else SKOS.altLabel, label, g)
             for i, label in enumerate(labels)}
    expected = {Quad(unit, KGO.searchLabel, label, variants.DERIVED) for label in labels}
    assert variants.derived_quads(quads) == expected
    assert variants.store_derived(store_of(quads)) == expected
