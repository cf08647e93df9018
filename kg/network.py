"""The graph as a network of officials, units, groups and areas (for Gephi
exports and the `kg viz` page).

Nodes carry ``label`` and ``kind``; an edge carries ``relation`` (several
joined by ';' when one pair is related more than one way) and ``label``.
"""
from __future__ import annotations


import networkx as nx

from .errors import UsageError
from .queries import run
from .vocab import PROPERTY_RELATION

RELATION_LABEL = {"oversees": "分管", "co_oversees": "协助分管", "liaises": "联系",
                  "assists": "协助", "responsible_for": "负责"}

EDGES = """
SELECT DISTINCT ?a ?alabel ?akind ?b ?blabel ?bkind ?relation WHERE {
  {
    ?f a kgo:Oversight ; kgo:official ?a ; kgo:relation ?rel ; kgo:target ?b .
    ?a foaf:name ?alabel .
    OPTIONAL { ?b foaf:name ?bname } OPTIONAL { ?b skos:prefLabel ?bl }
    OPTIONAL { ?b a kgo:Area . BIND("area" AS ?isarea) }
    OPTIONAL { ?b a foaf:Person . BIND("official" AS ?isperson) }
    BIND("official" AS ?akind)
    BIND(COALESCE(?bname, ?bl) AS ?blabel)
    BIND(COALESCE(?isarea, ?isperson, "unit") AS ?bkind)
    BIND(STR(?rel) AS ?relation)
  } UNION {
    ?m a org:Membership ; org:member ?a ; org:organization ?b ; org:role ?r .
    ?r skos:prefLabel ?relation .
    ?b skos:prefLabel ?blabel .
    OPTIONAL { ?a foaf:name ?aname } OPTIONAL { ?a skos:prefLabel ?al }
    OPTIONAL { ?a a foaf:Person . BIND("official" AS ?aperson) }
    BIND(COALESCE(?aname, ?al) AS ?alabel)
    BIND(COALESCE(?aperson, "unit") AS ?akind)
    BIND("group" AS ?bkind)
  } UNION {
    ?a org:unitOf ?b ; skos:prefLabel ?alabel . ?b skos:prefLabel ?blabel .
    BIND("group" AS ?akind) BIND("group" AS ?bkind) BIND("unitOf" AS ?relation)
  }
}"""


def network(out) -> nx.DiGraph:
    g = nx.DiGraph()
    for a, alabel, akind, b, blabel, bkind, relation in sorted(run(out, EDGES).rows):
        relation = PROPERTY_RELATION.get(relation, relation)
        g.add_node(a, label=alabel, kind=akind)
        # a unit that is also a group's member keeps 'group' if typed so elsewhere
        g.add_node(b, label=blabel, kind=g.nodes[b].get("kind", bkind) if b in g else bkind)
        if g.has_edge(a, b):
            old = g.edges[a, b]["relation"].split(";")
            relation = ";".join(sorted(set(old) | {relation}))
        label = ";".join(RELATION_LABEL.get(r, r) for r in relation.split(";"))
        g.add_edge(a, b, relation=relation, label=label)
    return g


def neighbourhood(g: nx.DiGraph, name: str, depth: int) -> nx.DiGraph:
    """The part of ``g`` within ``depth`` steps of the nodes labelled ``name``
    (exactly, else containing it)."""
    starts = [n for n, d in g.nodes(data=True) if d["label"] == name] or \
             [n for n, d in g.nodes(data=True) if name in d["label"]]
    if not starts:
        raise UsageError(f"viz: no official, unit or group named {name!r} in the graph")
    undirected = g.to_undirected(as_view=True)
    keep = set()
    for s in starts:
        keep |= set(nx.single_source_shortest_path_length(undirected, s, cutoff=depth))
    return g.subgraph(keep).copy()
