"""`kg validate`: the merged graph of OUT against ``ontology/shapes.ttl``."""
from __future__ import annotations

import rdflib
from rdflib.namespace import SH

import ontology

from . import store
from .rdfterms import to_rdflib_graph


def _graph(name: str) -> rdflib.Graph:
    return rdflib.Graph().parse(data=ontology.read(name), format="turtle")


def check(data: rdflib.Graph) -> dict:
    import pyshacl

    # the ontology gives the subclass axioms (kgo:LeadingGroup ⊑ org:Organization)
    # that sh:targetClass and sh:class follow; no other inference is wanted
    conforms, results, _ = pyshacl.validate(
        data, shacl_graph=_graph("shapes.ttl"), ont_graph=_graph("kg.ttl"),
        inference="none", abort_on_first=False, allow_warnings=False)
    violations = []
    for result in results.subjects(rdflib.RDF.type, SH.ValidationResult):
        def value(p):
            v = results.value(result, p)
            return "" if v is None else str(v)
        violations.append({
            "focus": value(SH.focusNode),
            "path": value(SH.resultPath),
            "value": value(SH.value),
            "message": value(SH.resultMessage),
            "shape": value(SH.sourceShape) if isinstance(results.value(result, SH.sourceShape),
                                                        rdflib.URIRef) else "",
        })
    violations.sort(key=lambda v: (v["focus"], v["path"], v["message"]))
    return {"conforms": bool(conforms), "violations": violations}


def validate(out) -> dict:
    return check(to_rdflib_graph(store.read_quads(out)))
