"""Conversions between pyoxigraph terms (kg's working form) and rdflib terms
(what pyshacl and rdflib's JSON-LD writer take)."""
from __future__ import annotations

import rdflib
from pyoxigraph import BlankNode, DefaultGraph, Literal, NamedNode

_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"


def to_rdflib(term):
    if isinstance(term, NamedNode):
        return rdflib.URIRef(term.value)
    if isinstance(term, BlankNode):
        return rdflib.BNode(term.value)
    if isinstance(term, Literal):
        if term.language:
            return rdflib.Literal(term.value, lang=term.language)
        dt = term.datatype.value
        return rdflib.Literal(term.value, datatype=None if dt == _XSD_STRING else rdflib.URIRef(dt))
    raise TypeError(f"unsupported RDF term {term!r}")


def to_rdflib_graph(quads) -> rdflib.Graph:
    """All quads merged into one graph (the union of the named graphs)."""
    g = rdflib.Graph()
    for q in quads:
        g.add((to_rdflib(q.subject), to_rdflib(q.predicate), to_rdflib(q.object)))
    return g


def to_rdflib_dataset(quads) -> rdflib.Dataset:
    ds = rdflib.Dataset()
    for q in quads:
        graph = None if isinstance(q.graph_name, DefaultGraph) else to_rdflib(q.graph_name)
        ds.add((to_rdflib(q.subject), to_rdflib(q.predicate), to_rdflib(q.object), graph))
    return ds
