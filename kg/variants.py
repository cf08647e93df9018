"""Candidate name variants: one person printed two ways.

Gazettes misprint names (常清 / 常青 in two rosters six days apart).  Two
names of one jurisdiction, of equal length and one character apart, that
hold the same post or the same affiliation are probably one person.  kg
never merges or splits them silently: it states ``kgo:candidateVariantOf``
between the two persons in a derived graph, and `kg stats` and
``officials.csv`` report the pair for a human to decide.
"""
from __future__ import annotations

from collections import defaultdict
from itertools import combinations

from pyoxigraph import NamedNode, Quad

from . import ids
from .vocab import FOAF, KGO, ORG, RDF, SKOS

DERIVED = NamedNode(ids.BASE + "derived")


def _one_apart(a: str, b: str) -> bool:
    return len(a) == len(b) and sum(x != y for x, y in zip(a, b)) == 1


def candidate_pairs(quads) -> list[tuple[str, str, str]]:
    """(person IRI, person IRI, what they share), sorted, each pair once."""
    name, place = {}, {}
    roles = defaultdict(set)  # person → {affiliation or post label}
    membership_member, membership_aff = {}, {}
    post_holder, post_label = {}, {}
    for q in quads:
        s, p, o = q.subject.value, q.predicate, q.object
        if p == FOAF.name:
            name[s] = o.value
        elif p == KGO.jurisdiction:
            place[s] = o.value
        elif p == ORG.member:
            membership_member[s] = o.value
        elif p == KGO.affiliation:
            membership_aff[s] = o.value
        elif p == ORG.heldBy:
            post_holder[s] = o.value
        elif p == SKOS.prefLabel:
            post_label[s] = o.value
    for m, person in membership_member.items():
        if m in membership_aff:
            roles[person].add(membership_aff[m])
    for post, person in post_holder.items():
        if post in post_label:
            roles[person].add(post_label[post])
    by_place = defaultdict(list)
    for person, n in name.items():
        by_place[place.get(person, "")].append(person)
    pairs = set()
    for people in by_place.values():
        # names one character apart share a key with that character masked:
        # linear in the number of people, not quadratic
        buckets = defaultdict(list)
        for p in people:
            n = name[p]
            for i in range(len(n)):
                buckets[(len(n), i, n[:i], n[i + 1:])].append(p)
        for group in buckets.values():
            for a, b in combinations(sorted(group, key=lambda p: (name[p], p)), 2):
                if _one_apart(name[a], name[b]):
                    shared = sorted(roles[a] & roles[b])
                    if shared:
                        pairs.add((a, b, shared[0]))
    return sorted(pairs)


_UNIT = ids.BASE + "unit/"


def label_index(quads) -> set[Quad]:
    """Every unit once with every name it is known by (``kgo:searchLabel``):
    the document graphs restate a unit's labels in each graph that mentions
    it, so a search by part of a name scans this small graph instead."""
    out = set()
    for q in quads:
        if q.predicate in (SKOS.prefLabel, SKOS.altLabel) and q.subject.value.startswith(_UNIT):
            out.add(Quad(q.subject, KGO.searchLabel, q.object, DERIVED))
    return out


def derived_quads(quads) -> set[Quad]:
    """The derived graph: candidate-variant links between persons, and the
    unit label index."""
    quads = list(quads)
    out = label_index(quads)
    for a, b, _ in candidate_pairs(quads):
        for x, y in ((a, b), (b, a)):
            out.add(Quad(NamedNode(x), KGO.candidateVariantOf, NamedNode(y), DERIVED))
        for x in (a, b):
            out.add(Quad(NamedNode(x), RDF.type, FOAF.Person, DERIVED))
    return out


def with_derived(quads) -> set[Quad]:
    """``quads`` with the derived graph recomputed from the documents' graphs."""
    base = {q for q in quads if q.graph_name != DERIVED}
    return base | derived_quads(base)
