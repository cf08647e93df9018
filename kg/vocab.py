"""The RDF vocabularies kg writes, as pyoxigraph terms, and the prefixes used
wherever kg prints RDF (graph.trig, ttl export, named queries)."""
from __future__ import annotations

from pyoxigraph import NamedNode

from . import ids


class Namespace:
    def __init__(self, base: str):
        self.base = base

    def __getattr__(self, local: str) -> NamedNode:
        if local.startswith("__"):
            raise AttributeError(local)
        node = NamedNode(self.base + local)
        setattr(self, local, node)  # made once: hot loops compare against these
        return node

    def __getitem__(self, local: str) -> NamedNode:
        return NamedNode(self.base + local)


KGO = Namespace(ids.ONT)
ORG = Namespace("http://www.w3.org/ns/org#")
FOAF = Namespace("http://xmlns.com/foaf/0.1/")
SKOS = Namespace("http://www.w3.org/2004/02/skos/core#")
PROV = Namespace("http://www.w3.org/ns/prov#")
DCTERMS = Namespace("http://purl.org/dc/terms/")
RDF = Namespace("http://www.w3.org/1999/02/22-rdf-syntax-ns#")
RDFS = Namespace("http://www.w3.org/2000/01/rdf-schema#")
XSD = Namespace("http://www.w3.org/2001/XMLSchema#")
OWL = Namespace("http://www.w3.org/2002/07/owl#")

# oversight.csv ``relation`` ↔ the property that states it
RELATION_PROPERTY = {
    "oversees": KGO.oversees,
    "co_oversees": KGO.coOversees,
    "liaises": KGO.liaisesWith,
    "assists": KGO.assists,
    "responsible_for": KGO.responsibleFor,
}
PROPERTY_RELATION = {p.value: r for r, p in RELATION_PROPERTY.items()}

# IRIs minted by kg.ids, one prefix per kind, so graph.trig stays readable
ID_KINDS = ("area", "document", "duty", "evidence", "group", "membership", "oversight", "person",
            "post", "responsibility", "role", "seat", "task", "unit", "warning")

PREFIXES = {
    "dcterms": DCTERMS.base,
    "foaf": FOAF.base,
    "kgo": KGO.base,
    "org": ORG.base,
    "owl": OWL.base,
    "prov": PROV.base,
    "rdf": RDF.base,
    "rdfs": RDFS.base,
    "skos": SKOS.base,
    "xsd": XSD.base,
    **{kind: f"{ids.BASE}{kind}/" for kind in ID_KINDS},
}


def sparql_prologue() -> str:
    return "".join(f"PREFIX {p}: <{iri}>\n" for p, iri in PREFIXES.items())
