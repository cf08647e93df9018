"""The CSV tables of interface.md, read from the graph store with SPARQL
(not from extractor objects, so a graph built long ago exports the same way).

Rows are sorted so that the same graph always gives the same bytes.
"""
from __future__ import annotations

import csv
from collections import defaultdict
from pathlib import Path

from .. import ids
from ..queries import run
from ..vocab import PROPERTY_RELATION

HEADERS = {
    "officials.csv": ["official_id", "name", "variants"],
    "oversight.csv": ["official", "relation", "target", "target_canonical", "document",
                      "date", "evidence"],
    "posts.csv": ["official", "post", "organisation", "document", "date"],
    "memberships.csv": ["group", "member", "role", "affiliation", "document", "date"],
    "groups.csv": ["group", "jurisdiction", "office_host", "document", "date"],
    "assignments.csv": ["document", "task", "unit", "unit_canonical", "overseen_by"],
    # beyond interface.md: what each unit is charged with in 职责分工 annexes
    "duties.csv": ["document", "unit", "unit_canonical", "duty", "evidence"],
}

# every per-document query binds ?document and ?date from the graph's document
_DOC = """
    OPTIONAL { ?doc dcterms:identifier ?number }
    OPTIONAL { ?doc dcterms:title ?title }
    OPTIONAL { ?doc dcterms:issued ?issued }
    OPTIONAL { ?doc kgo:jurisdiction ?doc_jurisdiction }
    OPTIONAL { ?doc dcterms:type ?doc_kind }
  }
  BIND(COALESCE(?number, ?title, "") AS ?document)
  BIND(COALESCE(STR(?issued), "") AS ?date)
"""

OFFICIALS = """
SELECT ?person ?name ?variant WHERE {
  ?person a foaf:Person ; foaf:name ?name .
  OPTIONAL { ?person kgo:candidateVariantOf/foaf:name ?variant }
}"""

OVERSIGHT = """
SELECT ?doc ?fact ?official ?rel ?target ?canonical ?document ?date ?start ?text
       ?doc_jurisdiction ?doc_kind WHERE {
  GRAPH ?doc {
    ?fact a kgo:Oversight ; kgo:official ?p ; kgo:relation ?rel ; kgo:target ?t ;
          prov:wasDerivedFrom ?ev .
    ?p foaf:name ?official .
    ?ev prov:value ?text ; kgo:start ?start .
    OPTIONAL { ?fact kgo:writtenAs ?written }
    OPTIONAL { ?t foaf:name ?tname }
    OPTIONAL { ?t skos:prefLabel ?tlabel }
""" + _DOC + """
  BIND(COALESCE(?written, ?tname, ?tlabel, "") AS ?target)
  # a unit's skos:prefLabel is its canonical name
  BIND(IF(STRSTARTS(STR(?t), "UNIT_NS"), ?tlabel, ?target) AS ?canonical)
}""".replace("UNIT_NS", ids.BASE + "unit/")

POSTS = """
SELECT DISTINCT ?official ?post ?organisation ?document ?date WHERE {
  GRAPH ?doc {
    ?x a org:Post ; skos:prefLabel ?post ; org:heldBy ?p .
    ?p foaf:name ?official .
    OPTIONAL { ?x org:postIn ?o . ?o skos:prefLabel ?org }
""" + _DOC + """
  BIND(COALESCE(?org, "") AS ?organisation)
}"""

MEMBERSHIPS = """
SELECT DISTINCT ?group ?member ?role ?affiliation ?document ?date WHERE {
  GRAPH ?doc {
    ?m a org:Membership ; org:organization ?g ; org:member ?who ; org:role ?r .
    ?g skos:prefLabel ?group .
    ?r skos:prefLabel ?role .
    OPTIONAL { ?m kgo:writtenAs ?written }
    OPTIONAL { ?who foaf:name ?name }
    OPTIONAL { ?who skos:prefLabel ?label }
    OPTIONAL { ?m kgo:affiliation ?aff }
""" + _DOC + """
  BIND(COALESCE(?written, ?name, ?label, "") AS ?member)
  BIND(COALESCE(?aff, "") AS ?affiliation)
}"""

GROUPS = """
SELECT DISTINCT ?group ?jurisdiction ?office_host ?document ?date WHERE {
  VALUES ?class { kgo:LeadingGroup kgo:JointMeeting kgo:Committee kgo:GroupOffice }
  GRAPH ?doc {
    ?g a ?class ; skos:prefLabel ?group .
    OPTIONAL { ?g kgo:jurisdiction ?j }
    OPTIONAL { ?g kgo:officeHost ?h . ?h skos:prefLabel ?host }
""" + _DOC + """
  BIND(COALESCE(?j, "") AS ?jurisdiction)
  BIND(COALESCE(?host, "") AS ?office_host)
}"""

ASSIGNMENTS = """
SELECT ?doc ?document ?date ?task ?unit ?canonical ?start ?doc_jurisdiction WHERE {
  GRAPH ?doc {
    ?t a kgo:Task ; skos:prefLabel ?task .
    ?r a kgo:Responsibility ; kgo:task ?t ; kgo:unit ?u ; kgo:writtenAs ?unit .
    OPTIONAL { ?u skos:prefLabel ?ucanonical }
    OPTIONAL { ?t prov:wasDerivedFrom/kgo:start ?start }
""" + _DOC + """
  BIND(COALESCE(?ucanonical, ?unit) AS ?canonical)
}"""


DUTIES = """
SELECT DISTINCT ?document ?unit ?unit_canonical ?duty ?evidence WHERE {
  GRAPH ?doc {
    ?d a kgo:Duty ; kgo:unit ?u ; kgo:writtenAs ?unit ; skos:prefLabel ?duty ;
       prov:wasDerivedFrom/prov:value ?evidence .
    ?u skos:prefLabel ?unit_canonical .
""" + _DOC + """
}"""


def _select(out, sparql) -> list[dict]:
    t = run(out, sparql)
    return [dict(zip(t.columns, r)) for r in t.rows]


def officials(out) -> list[list[str]]:
    by_person: dict = defaultdict(set)
    names = {}
    for r in _select(out, OFFICIALS):
        names[r["person"]] = r["name"]
        if r["variant"]:
            by_person[r["person"]].add(r["variant"])
    return sorted([p, n, ";".join(sorted(by_person[p]))] for p, n in names.items())


def _oversight_facts(out) -> list[dict]:
    """One dict per oversight fact, with its earliest evidence."""
    facts: dict = {}
    for r in _select(out, OVERSIGHT):
        key = (r["doc"], r["fact"])
        if key not in facts or int(r["start"]) < int(facts[key]["start"]):
            facts[key] = r
    for r in facts.values():
        r["relation"] = PROPERTY_RELATION.get(r["rel"], r["rel"])
    return list(facts.values())


def oversight(out, facts=None) -> list[list[str]]:
    facts = facts if facts is not None else _oversight_facts(out)
    return sorted([r["official"], r["relation"], r["target"], r["canonical"], r["document"],
                   r["date"], r["text"]] for r in facts)


def _in_force(facts) -> dict:
    """jurisdiction → [(date, doc, {canonical unit → officials who oversee it})].

    Division notices (dcterms:type 'division') when the jurisdiction has any,
    else every document with 分管 facts."""
    per_doc: dict = defaultdict(lambda: defaultdict(set))
    meta = {}
    for r in facts:
        if r["relation"] == "oversees":
            per_doc[r["doc"]][r["canonical"]].add(r["official"])
            meta[r["doc"]] = (r["doc_jurisdiction"], r["date"], r["doc_kind"])
    by_place: dict = defaultdict(list)
    for doc, (place, date, kind) in meta.items():
        by_place[place].append((kind == "division", date, doc, per_doc[doc]))
    result = {}
    for place, docs in by_place.items():
        divisions = [d for d in docs if d[0]] or docs
        result[place] = sorted((date, doc, units) for _, date, doc, units in divisions)
    return result


def _overseers(notices, date: str, canonical: str) -> str:
    """Officials overseeing ``canonical`` by the latest notice issued on or
    before ``date`` (the latest of all when none is that old)."""
    if not notices:
        return ""
    current = [n for n in notices if n[0] and date and n[0] <= date] or notices
    return ";".join(sorted(current[-1][2].get(canonical, ())))


def assignments(out, facts=None) -> list[list[str]]:
    facts = facts if facts is not None else _oversight_facts(out)
    notices = _in_force(facts)
    rows: dict = {}
    for r in _select(out, ASSIGNMENTS):
        key = (r["doc"], r["task"], r["unit"])
        start = int(r["start"] or 0)
        if key in rows and rows[key][0] <= start:
            continue
        overseen = _overseers(notices.get(r["doc_jurisdiction"], []), r["date"], r["canonical"])
        rows[key] = (start, [r["document"], r["task"], r["unit"], r["canonical"], overseen])
    # tasks in the order written within each document, then by unit
    ordered = sorted(rows.values(), key=lambda sr: (sr[1][0], sr[0], sr[1][1], sr[1][2]))
    return [row for _, row in ordered]


def _rows(out, sparql, columns) -> list[list[str]]:
    return sorted([r[c] for c in columns] for r in _select(out, sparql))


def tables(out) -> dict[str, list[list[str]]]:
    """file name → rows (without header), for every table of interface.md."""
    facts = _oversight_facts(out)
    return {
        "officials.csv": officials(out),
        "oversight.csv": oversight(out, facts),
        "posts.csv": _rows(out, POSTS, HEADERS["posts.csv"]),
        "memberships.csv": _rows(out, MEMBERSHIPS, HEADERS["memberships.csv"]),
        "groups.csv": _rows(out, GROUPS, HEADERS["groups.csv"]),
        "assignments.csv": assignments(out, facts),
        "duties.csv": _rows(out, DUTIES, HEADERS["duties.csv"]),
    }


def write_tables(out, folder: Path) -> Path:
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    for name, rows in tables(out).items():
        with (folder / name).open("w", encoding="utf-8", newline="") as fh:
            writer = csv.writer(fh, lineterminator="\n")
            writer.writerow(HEADERS[name])
            writer.writerows(rows)
    return folder
