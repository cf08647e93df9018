"""The official–unit–group network with the attributes Gephi and Cytoscape
users filter on: `to_networkx(out)`.

The structure (nodes, edges, ``kind``, ``label``, ``relation``) is that of
``kg.network.network``, the network the `kg viz` page draws; this module adds

- to a node: ``jurisdiction`` (';'-joined when several), ``first_date`` and
  ``last_date`` (of the documents it is mentioned in by an edge), ``documents``
  (how many);
- to an edge: ``role`` (the membership role, 组长, 成员, …, '' for oversight),
  ``document`` and ``date`` (of every document stating it, ';'-joined, in
  date order).

Every attribute is a string or an int, so GEXF and GraphML carry them all.
"""
from __future__ import annotations

from collections import defaultdict

import networkx as nx

from .network import network
from .queries import run

EDGE_DOCS = """
SELECT DISTINCT ?a ?b ?role ?document ?date WHERE {
  GRAPH ?doc {
    { ?f a kgo:Oversight ; kgo:official ?a ; kgo:target ?b . }
    UNION { ?m a org:Membership ; org:member ?a ; org:organization ?b ; org:role ?r .
            ?r skos:prefLabel ?role0 . }
    UNION { ?a org:unitOf ?b . }
    OPTIONAL { ?doc dcterms:identifier ?number }
    OPTIONAL { ?doc dcterms:title ?title }
    OPTIONAL { ?doc dcterms:issued ?issued }
  }
  BIND(COALESCE(?role0, "") AS ?role)
  BIND(COALESCE(?number, ?title, "") AS ?document)
  BIND(COALESCE(STR(?issued), "") AS ?date)
}"""

JURISDICTIONS = "SELECT DISTINCT ?n ?j WHERE { ?n kgo:jurisdiction ?j }"


def _joined(values) -> str:
    return ";".join(sorted({v for v in values if v}))


def to_networkx(out) -> nx.DiGraph:
    """The network of OUT (a DiGraph: official → unit/area/official it
    answers for, member → group, office → group) with dated attributes."""
    g = network(out)
    edge_docs: dict = defaultdict(set)    # (a, b) → {(date, document)}
    edge_roles: dict = defaultdict(set)
    for a, b, role, document, date in run(out, EDGE_DOCS).rows:
        if g.has_edge(a, b):
            edge_docs[a, b].add((date, document))
            if role:
                edge_roles[a, b].add(role)
    places: dict = defaultdict(set)
    for n, j in run(out, JURISDICTIONS).rows:
        if n in g:
            places[n].add(j)

    node_dates: dict = defaultdict(set)
    for a, b, d in g.edges(data=True):
        docs = sorted(edge_docs.get((a, b), ()))
        d["role"] = _joined(edge_roles.get((a, b), ()))
        d["document"] = ";".join(dict.fromkeys(doc for _, doc in docs))
        d["date"] = ";".join(dict.fromkeys(date for date, _ in docs if date))
        for pair in docs:
            node_dates[a].add(pair)
            node_dates[b].add(pair)
    for n, d in g.nodes(data=True):
        dates = sorted(date for date, _ in node_dates[n] if date)
        d["jurisdiction"] = _joined(places[n])
        d["first_date"] = dates[0] if dates else ""
        d["last_date"] = dates[-1] if dates else ""
        d["documents"] = len({doc for _, doc in node_dates[n]})
    return g
