"""Candidate name variants: one person printed two ways.

Gazettes misprint names (常清 / 常青 in two rosters six days apart).  Two
names of one jurisdiction, of equal length and one character apart, that
hold the same post or the same affiliation are probably one person.  kg
never merges or splits them silently: it states ``kgo:candidateVariantOf``
between the two persons in a derived graph, and `kg stats` and
``officials.csv`` report the pair for a human to decide.
"""
from __future__ import annotations

import re
from collections import defaultdict
from itertools import combinations

from pyoxigraph import Literal, NamedNode, Quad

from . import ids
from .vocab import FOAF, KGO, ORG, RDF, SKOS

DERIVED = NamedNode(ids.BASE + "derived")


def _one_apart(a: str, b: str) -> bool:
    return len(a) == len(b) and sum(x != y for x, y in zip(a, b)) == 1


def candidate_pairs(quads) -> list[tuple[str, str, str]]:
    """(person IRI, person IRI, what they share), sorted, each pair once."""
    return pairs(*inputs(rows_of(quads))[:3])


# what the derived graph is read from
READ = (FOAF.name, KGO.jurisdiction, ORG.member, KGO.affiliation, ORG.heldBy,
        SKOS.prefLabel, SKOS.altLabel)
_UNIT = ids.BASE + "unit/"


def rows_of(quads) -> dict[str, list]:
    rows: dict[str, list] = {p.value: [] for p in READ}
    for q in quads:
        found = rows.get(q.predicate.value)
        if found is not None:
            found.append((q.subject.value, q.object))
    return rows


def inputs(rows: dict[str, list]) -> tuple[dict, dict, dict, set]:
    """The (subject IRI, object) pairs of each predicate of ``READ`` (by its
    IRI) in the document graphs → person → name, person → jurisdiction,
    person → {affiliation or post label} (:func:`pairs`), and the unit
    labels {(unit IRI, label)} (the derived graph's ``kgo:searchLabel``)."""
    def values(p):  # a plain string may come as a str
        # a subject with two values gets the greatest, whatever the order the
        # rows came in (the workers' order, or the store's)
        found: dict = {}
        for s, o in rows[p.value]:
            o = o if type(o) is str else o.value
            if s not in found or o > found[s]:
                found[s] = o
        return found
    name, place = values(FOAF.name), values(KGO.jurisdiction)
    roles = defaultdict(set)  # person → {affiliation or post label}
    affiliation, label = values(KGO.affiliation), values(SKOS.prefLabel)
    for m, person in values(ORG.member).items():
        if m in affiliation:
            roles[person].add(affiliation[m])
    for post, person in values(ORG.heldBy).items():
        if post in label:
            roles[person].add(label[post])
    labels = {(s, Literal(o) if type(o) is str else o)
              for p in (SKOS.prefLabel, SKOS.altLabel) for s, o in rows[p.value]
              if s.startswith(_UNIT)}
    return name, place, roles, labels


def pairs(name: dict, place: dict, roles: dict) -> list[tuple[str, str, str]]:
    """Persons of one jurisdiction whose names are one character apart and
    who share an affiliation or a post label: (IRI, IRI, what they share)."""
    by_place = defaultdict(list)
    for person, n in name.items():
        by_place[place.get(person, "")].append(person)
    found = set()
    for people in by_place.values():
        # names one character apart share a key with that character masked:
        # linear in the number of people, not quadratic
        buckets = defaultdict(list)
        for p in people:
            n = name[p]
            for i in range(len(n)):
                buckets[(len(n), i, n[:i], n[i + 1:])].append(p)
        for group in buckets.values():
            if len(group) < 2:
                continue
            for a, b in combinations(sorted(group, key=lambda p: (name[p], p)), 2):
                if _one_apart(name[a], name[b]):
                    shared = sorted(roles.get(a, set()) & roles.get(b, set()))
                    if shared:
                        found.add((a, b, shared[0]))
    return sorted(found)


def _graph(labels, found) -> set[Quad]:
    """The derived graph from the unit labels and the candidate pairs."""
    out = {Quad(NamedNode(unit), KGO.searchLabel, label, DERIVED) for unit, label in labels}
    for a, b, _ in found:
        for x, y in ((a, b), (b, a)):
            out.add(Quad(NamedNode(x), KGO.candidateVariantOf, NamedNode(y), DERIVED))
        for x in (a, b):
            out.add(Quad(NamedNode(x), RDF.type, FOAF.Person, DERIVED))
    return out


def _derive(rows) -> set[Quad]:
    name, place, roles, labels = inputs(rows)
    return _graph(labels, pairs(name, place, roles))


def derived_chunks(rows) -> dict[str, str]:
    """The derived graph from ``rows`` as graph.trig's chunk ({} when it is
    empty): what ``kg.trig.chunks(_derive(rows))`` gives, written directly
    (a build's path: some 70,000 quads per 1,000 gazettes)."""
    from . import trig
    name, place, roles, labels = inputs(rows)
    found = pairs(name, place, roles)
    if not labels and not found:
        return {}
    by_subject: dict[str, dict[str, set[str]]] = {}

    def add(s: str, p: str, o: str) -> None:
        by_subject.setdefault(trig.iri(s), {}).setdefault(p, set()).add(o)
    search = trig.term(KGO.searchLabel)
    for unit, label in labels:
        add(unit, search, trig.string(label.value) if _plain(label) else trig.term(label))
    variant, a_type, person = (trig.term(KGO.candidateVariantOf), trig.term(RDF.type),
                               trig.term(FOAF.Person))
    for a, b, _ in found:
        add(a, variant, trig.iri(b))
        add(b, variant, trig.iri(a))
        add(a, a_type, person)
        add(b, a_type, person)
    key = trig.term(DERIVED)
    return {key: trig.written_chunk(key, by_subject)}


def _plain(literal) -> bool:
    return literal.language is None and literal.datatype.value.endswith("#string")


def derived_quads(quads) -> set[Quad]:
    """The derived graph: candidate-variant links between persons, and the
    unit label index."""
    return _derive(rows_of(quads))


def with_derived(quads) -> set[Quad]:
    """``quads`` with the derived graph recomputed from the documents' graphs."""
    base = {q for q in quads if q.graph_name != DERIVED}
    return base | derived_quads(base)


# ---- the same graph, from a build's workers

def new_rows() -> dict[str, list]:
    return {p.value: [] for p in READ}


_WRITTEN_READ = None


def collect(triples, rows: dict[str, list]) -> None:
    """Add to ``rows`` (:func:`new_rows`) the (subject IRI, object) pairs of
    ``READ`` in one document's triples as kg.graph writes them (TriG terms),
    so that a clean build derives its graph from what the workers read
    instead of querying the whole store again."""
    global _WRITTEN_READ
    from . import trig
    if _WRITTEN_READ is None:
        _WRITTEN_READ = {trig.term(p): p.value for p in READ}
    for s, preds in triples.items():
        for p, objs in preds.items():
            found = _WRITTEN_READ.get(p)
            if found is not None:
                subject = trig.node(s).value
                rows[found].extend((subject, _unwritten(o)) for o in objs)


def _unwritten(text: str):
    """A TriG term as kg.trig writes it → a str (a plain string) or a term."""
    if len(text) >= 2 and text[0] == '"' and text[-1] == '"':
        return _unescape(text[1:-1])
    if text.startswith("<") or (":" in text and '"' not in text):
        from . import trig
        return trig.node(text)
    import pyoxigraph  # a typed literal (written with kg's prefixes): not among READ's
    from . import trig
    return next(iter(pyoxigraph.parse(f"{trig.head()}\n<x:s> <x:p> {text} .",
                                      format=pyoxigraph.RdfFormat.TURTLE))).object


def merge_rows(found) -> dict[str, list]:
    """Several workers' rows as one."""
    rows = new_rows()
    for part in found:
        for p, pairs_ in part.items():
            rows[p].extend(pairs_)
    return rows


# ---- the same graph, read from a store (a build's path)

def store_derived(db) -> set[Quad]:
    """:func:`derived_quads` of the document graphs of a pyoxigraph store.

    Each predicate of ``READ`` is one SPARQL query for its distinct (subject,
    object) pairs; they run on two threads (a query's results are written
    out as TSV without holding the GIL) and the joins are made here, as for
    quads: a join in SPARQL costs an index lookup per row, a single pattern
    only a scan."""
    return _derive(store_rows(db))


def store_rows(db) -> dict[str, list]:
    """What the derived graph is read from (:func:`new_rows`), read from the
    document graphs of a pyoxigraph store."""
    from concurrent.futures import ThreadPoolExecutor
    with ThreadPoolExecutor(2) as pool:
        return dict(pool.map(lambda p: (p.value, _read_tsv(_pairs_of(db, p))), READ))


def _pairs_of(db, predicate) -> bytes:
    from pyoxigraph import QueryResultsFormat
    sparql = (f"SELECT DISTINCT ?s ?o WHERE {{ GRAPH ?g {{ ?s <{predicate.value}> ?o }} "
              f"FILTER(?g != <{DERIVED.value}>) }}")
    return db.query(sparql).serialize(format=QueryResultsFormat.TSV)


_ESCAPE = re.compile(r"\\(?:u([0-9A-Fa-f]{4})|U([0-9A-Fa-f]{8})|(.))", re.S)
_ECHAR = {"t": "\t", "b": "\b", "n": "\n", "r": "\r", "f": "\f", '"': '"', "'": "'", "\\": "\\"}


def _unescape(text: str) -> str:
    if "\\" not in text:
        return text
    return _ESCAPE.sub(lambda m: chr(int(m.group(1) or m.group(2), 16)) if m.group(3) is None
                       else _ECHAR[m.group(3)], text)


def _term(text: str):
    """A term as SPARQL TSV writes it: IRIs and plain strings read here,
    anything else (a datatype, a language) by pyoxigraph."""
    if text.startswith("<") and text.endswith(">"):
        return NamedNode(text[1:-1])
    if len(text) >= 2 and text.startswith('"') and text.endswith('"'):
        return Literal(_unescape(text[1:-1]))
    import pyoxigraph
    return next(iter(pyoxigraph.parse(f"<x:s> <x:p> {text} .", format=pyoxigraph.RdfFormat.TURTLE))).object


# the rows of a two-column TSV result that most are: an IRI and a plain
# string without escapes, or two IRIs; read by one regular expression each
_PLAIN_ROW = re.compile(r'^<([^>\t\n]*)>\t"([^"\\\t\n]*)"$', re.M)
_IRI_ROW = re.compile(r'^<([^>\t\n]*)>\t<([^>\t\n]*)>$', re.M)


def _read_tsv(data: bytes) -> list:
    """(subject IRI, object) of a two-column TSV result: the object a str
    when it is a plain string, else a term."""
    text = data.decode("utf-8")
    found = _PLAIN_ROW.findall(text)
    found += [(s, NamedNode(o)) for s, o in _IRI_ROW.findall(text)]
    if len(found) < text.count("\n") - 1:  # some other rows: read them one by one
        found = []
        for line in text.split("\n")[1:]:  # the first names the variables
            if line:
                s, o = line.split("\t")
                found.append((s[1:-1], _term(o)))
    return found
