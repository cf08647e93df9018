"""RDF exports: Turtle (the union of the named graphs), TriG (per document)
and JSON-LD (with a context of kg's prefixes)."""
from __future__ import annotations

import shutil
from pathlib import Path

from .. import store
from ..rdfterms import to_rdflib_graph
from ..trig import turtle
from ..vocab import PREFIXES


def write_rdf(out, fmt: str, path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if fmt == "trig":
        shutil.copyfile(store.require_graph_folder(out) / store.GRAPH_FILE, path)
        return path
    quads = store.read_quads(out)
    if fmt == "ttl":
        triples = {(q.subject, q.predicate, q.object) for q in quads}
        path.write_text(turtle(triples), encoding="utf-8")
        return path
    graph = to_rdflib_graph(quads)
    text = graph.serialize(format="json-ld", context=dict(PREFIXES), indent=2, auto_compact=True)
    path.write_text(text, encoding="utf-8")
    return path
