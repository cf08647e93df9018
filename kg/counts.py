"""`kg stats`: what a graph folder holds, counted from its quads."""
from __future__ import annotations

from collections import Counter

from . import ids
from .vocab import FOAF, KGO, ORG, PROPERTY_RELATION, RDF, RDFS

def _types(quads) -> dict:
    """node → its classes (across all graphs)."""
    types: dict = {}
    for q in quads:
        if q.predicate == RDF.type:
            types.setdefault(q.subject, set()).add(q.object)
    return types


def fact_counts(quads) -> dict:
    """Facts per kind; oversight facts also per relation."""
    counts: Counter = Counter()
    for q in quads:
        if q.predicate == KGO.relation:
            counts[f"oversight:{PROPERTY_RELATION.get(q.object.value, q.object.value)}"] += 1
        elif q.predicate == RDF.type:
            if q.object == KGO.Oversight:
                counts["oversight"] += 1
            elif q.object == ORG.Membership:
                counts["memberships"] += 1
            elif q.object == KGO.Task:
                counts["tasks"] += 1
        elif q.predicate == ORG.heldBy:
            counts["posts"] += 1
        elif q.predicate == KGO.responsibleUnit:
            counts["assignments"] += 1
    return dict(sorted(counts.items()))


def warnings(quads) -> list[str]:
    types = _types(quads)
    return sorted({q.object.value for q in quads
                   if q.predicate == RDFS.comment and KGO.Warning in types.get(q.subject, ())})


def summary(quads) -> dict:
    types = _types(quads)

    def count(cls):
        return sum(1 for ts in types.values() if cls in ts)

    def minted(kind):
        return sum(1 for node in types if node.value.startswith(f"{ids.BASE}{kind}/"))

    return {
        "documents": count(KGO.Document),
        "officials": count(FOAF.Person),
        # by IRI kind: a group only mentioned in a document is typed a plain
        # org:Organization there, like a unit
        "units": minted("unit"),
        "groups": minted("group"),
        "areas": count(KGO.Area),
        "facts": fact_counts(quads),
        "warnings": count(KGO.Warning),
    }


def stats(out) -> dict:
    from . import store
    return summary(store.read_quads(out))
