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


def document_counts(docs) -> tuple[dict, list[str]]:
    """The same counts as :func:`fact_counts` and :func:`warnings`, from the
    extracted documents rather than their quads (a build's hot path): one per
    distinct fact node of each document, as kg.graph mints them."""
    from .graph import canonical, clean
    counts: Counter = Counter()
    messages = set()
    for d in docs:
        place = clean(d.jurisdiction)
        oversight = {(clean(o.official), o.relation, o.target_kind, clean(o.target)) for o in d.oversight}
        for _, rel, _, _ in oversight:
            counts["oversight"] += 1
            counts[f"oversight:{rel}"] += 1
        counts["memberships"] += len({(clean(m.group), m.member_kind, clean(m.member), clean(m.role),
                                       clean(m.affiliation)) for m in d.memberships})
        counts["posts"] += len({(clean(p.official), clean(p.post), clean(p.organisation)) for p in d.posts})
        counts["tasks"] += len({a.task.strip() for a in d.assignments})
        counts["assignments"] += len({(a.task.strip(), canonical(clean(a.unit), place)) for a in d.assignments})
        messages |= {w.message for w in d.warnings}
    return {k: v for k, v in sorted(counts.items()) if v}, sorted(messages)


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


def variant_pairs(quads) -> list[str]:
    """Candidate name variants (kg.variants), as ``常清 ~ 常青 (what they share)``."""
    from .variants import candidate_pairs
    names = {q.subject.value: q.object.value for q in quads if q.predicate == FOAF.name}
    return [f"{names[a]} ~ {names[b]} ({shared})" for a, b, shared in candidate_pairs(quads)]


def count_checks(quads) -> list[str]:
    """Each group whose text states its number of member units, against the
    number read: ``name: stated 18, read 18 (ok)``."""
    from .vocab import SKOS
    stated, label = {}, {}
    members: Counter = Counter()
    org_of, role_of = {}, {}
    for q in quads:
        if q.predicate == KGO.statedCount:
            stated[q.subject.value] = int(q.object.value)
        elif q.predicate == SKOS.prefLabel:
            label[q.subject.value] = q.object.value
        elif q.predicate == ORG.organization:
            org_of[q.subject.value] = q.object.value
        elif q.predicate == ORG.role:
            role_of[q.subject.value] = q.object.value
    for m, group in org_of.items():
        if label.get(role_of.get(m, ""), "").endswith("成员单位"):
            members[group] += 1
    out = []
    for group, n in sorted(stated.items(), key=lambda kv: label.get(kv[0], kv[0])):
        read = members[group]
        verdict = "ok" if read == n else "MISMATCH"
        out.append(f"{label.get(group, group)}: stated {n}, read {read} ({verdict})")
    return out


def stats(out) -> dict:
    from . import store
    quads = store.read_quads(out)
    result = summary(quads)
    result["variants"] = variant_pairs(quads)
    result["count_checks"] = count_checks(quads)
    result["warning_messages"] = warnings(quads)
    return result
