"""`kg analyse`: network analysis of who oversees what.

- officials ranked by the number of units they oversee (分管 or 协助分管,
  distinct canonical units) and by betweenness centrality in the
  official–unit–group graph;
- the official–official network of shared group memberships (an edge per
  pair of officials in the same group, weighted by the number of groups they
  share; a group's office counts as its group);
- units with no overseer (units named as a target, group member, office host
  or task's responsible unit that no official of their jurisdiction 分管,
  协助分管 or 联系) and units overseen (分管) by more than one official.

Facts are those in force: for each jurisdiction only its latest division
notice (or the one in force at ``as_of``), and with ``as_of`` no document
issued after that date; each group by its latest roster.  The result is plain JSON-ready data.
"""
from __future__ import annotations

from collections import defaultdict
from itertools import combinations

import networkx as nx

from . import ids
from .queries import run
from .timeline import check_date, documents, excluded, in_force
from .vocab import PROPERTY_RELATION

OVERSIGHT = """
SELECT DISTINCT ?doc ?p ?official ?rel ?target ?canonical ?kind WHERE {
  GRAPH ?doc {
    ?f a kgo:Oversight ; kgo:official ?p ; kgo:relation ?rel ; kgo:target ?t .
    ?p foaf:name ?official .
    OPTIONAL { ?t foaf:name ?tname }
    OPTIONAL { ?t skos:prefLabel ?tlabel }
    OPTIONAL { ?t a kgo:Area . BIND("area" AS ?isarea) }
    OPTIONAL { ?t a foaf:Person . BIND("official" AS ?isperson) }
  }
  BIND(COALESCE(?tname, ?tlabel, "") AS ?target)
  BIND(?target AS ?canonical)  # a unit's skos:prefLabel is its canonical name
  BIND(COALESCE(?isarea, ?isperson, "unit") AS ?kind)
}"""

MEMBERSHIPS = """
SELECT DISTINCT ?doc ?p ?official ?g ?group ?parent ?pgroup WHERE {
  GRAPH ?doc {
    ?m a org:Membership ; org:organization ?g ; org:member ?p .
    ?p a foaf:Person ; foaf:name ?official .
    ?g skos:prefLabel ?group .
    OPTIONAL { ?g org:unitOf ?parent . ?parent skos:prefLabel ?pgroup }
  }
}"""

UNITS = """
SELECT DISTINCT ?doc ?u ?label ?canonical WHERE {
  GRAPH ?doc {
    ?x kgo:target|org:member|kgo:officeHost|kgo:responsibleUnit ?u .
    ?u a org:Organization ; skos:prefLabel ?label .
  }
  FILTER(STRSTARTS(STR(?u), "%s"))
  BIND(?label AS ?canonical)  # a unit's skos:prefLabel is its canonical name
}""" % (ids.mint("unit").rsplit("/", 1)[0] + "/")

OVERSEES = ("oversees", "co_oversees")
ANSWERS_FOR = ("oversees", "co_oversees", "liaises")


def _select(out, sparql) -> list[dict]:
    t = run(out, sparql)
    return [dict(zip(t.columns, r)) for r in t.rows]


def analyse(out, as_of: str | None = None) -> dict:
    """The analysis of graph folder ``out`` (see the module docstring)."""
    docs = documents(out)
    if as_of is not None:
        check_date(as_of)
    dropped = {d.iri for d in excluded(docs, as_of or "9999-12-31")}
    place = {d.iri: d.jurisdiction for d in docs}
    kept = lambda rows: [r for r in rows if r["doc"] not in dropped]  # noqa: E731

    facts = kept(_select(out, OVERSIGHT))
    for r in facts:
        r["relation"] = PROPERTY_RELATION.get(r["rel"], r["rel"])
    # each group by its latest roster: a later list of members replaces an earlier one
    members = kept(_select(out, MEMBERSHIPS))
    order = {d.iri: (d.date, d.iri) for d in docs}
    latest: dict = {}
    for r in members:
        if r["g"] not in latest or order[r["doc"]] > order[latest[r["g"]]]:
            latest[r["g"]] = r["doc"]
    members = [r for r in members if latest[r["g"]] == r["doc"]]
    units_seen = kept(_select(out, UNITS))

    # ---- who oversees what
    official_of = {}                                   # person IRI → (name, jurisdiction)
    oversees: dict = defaultdict(set)                  # person → {unit key}
    overseers: dict = defaultdict(lambda: defaultdict(set))  # unit key → relation → names
    for r in facts:
        official_of[r["p"]] = (r["official"], place[r["doc"]])
        if r["kind"] != "unit":
            continue
        key = (place[r["doc"]], r["canonical"])
        overseers[key][r["relation"]].add(r["official"])
        if r["relation"] in OVERSEES:
            oversees[r["p"]].add(key)
    for r in members:
        official_of.setdefault(r["p"], (r["official"], place[r["doc"]]))

    # ---- the official–unit–group graph
    g = nx.Graph()
    for p, (name, j) in official_of.items():
        g.add_node(p, kind="official", label=name, jurisdiction=j)
    for r in facts:
        if r["kind"] == "unit" and r["relation"] in ANSWERS_FOR:
            key = (place[r["doc"]], r["canonical"])
            g.add_node(key, kind="unit", label=r["canonical"], jurisdiction=key[0])
            g.add_edge(r["p"], key)
    group_of = {}
    for r in members:
        group = (r["parent"], r["pgroup"]) if r["parent"] else (r["g"], r["group"])
        group_of[r["g"]] = group
        g.add_node(group[0], kind="group", label=group[1], jurisdiction=place[r["doc"]])
        g.add_edge(r["p"], group[0])
    betweenness = nx.betweenness_centrality(g) if g.number_of_nodes() > 2 else {}

    # ---- shared group memberships
    groups_of: dict = defaultdict(set)          # person → {group label}
    for r in members:
        groups_of[r["p"]].add(group_of[r["g"]][1])
    pairs = []
    for a, b in combinations(sorted(groups_of), 2):
        shared = groups_of[a] & groups_of[b]
        if shared:
            first, second = sorted((official_of[a][0], official_of[b][0]))
            pairs.append({"a": first, "b": second,
                          "jurisdiction": official_of[a][1], "weight": len(shared),
                          "groups": sorted(shared)})
    pairs.sort(key=lambda e: (-e["weight"], e["a"], e["b"]))

    officials = [{
        "official": name, "jurisdiction": j,
        "units": len(oversees[p]),
        "unit_names": sorted(u for _, u in oversees[p]),
        "groups": len(groups_of[p]),
        "betweenness": round(betweenness.get(p, 0.0), 6),
    } for p, (name, j) in official_of.items()]

    # ---- units without an overseer, units with several
    all_units = {(place[r["doc"]], r["canonical"]) for r in units_seen}
    all_units |= set(overseers)
    unoverseen = sorted(k for k in all_units
                        if not any(overseers.get(k, {}).get(rel) for rel in ANSWERS_FOR))
    shared_units = sorted(
        ({"unit": u, "jurisdiction": j, "officials": sorted(rels["oversees"]),
          "co_overseers": sorted(rels.get("co_oversees", ()))}
         for (j, u), rels in overseers.items() if len(rels.get("oversees", ())) > 1),
        key=lambda r: (r["jurisdiction"], r["unit"]))

    return {
        "as_of": as_of or "",
        "notices": [d.as_dict() for _, d in sorted(in_force(docs, as_of).items())],
        "graph": {"nodes": g.number_of_nodes(), "edges": g.number_of_edges(),
                  "officials": len(official_of),
                  "units": sum(1 for _, d in g.nodes(data=True) if d["kind"] == "unit"),
                  "groups": sum(1 for _, d in g.nodes(data=True) if d["kind"] == "group")},
        "by_units": sorted(officials, key=lambda o: (-o["units"], o["jurisdiction"],
                                                      o["official"])),
        "by_betweenness": sorted(officials, key=lambda o: (-o["betweenness"], o["jurisdiction"],
                                                            o["official"])),
        "co_membership": pairs,
        "unoverseen_units": [{"unit": u, "jurisdiction": j} for j, u in unoverseen],
        "shared_units": shared_units,
    }


def tables(result: dict) -> list[tuple[str, list[str], list[list[str]]]]:
    """The analysis as (title, columns, rows) tables, for `kg analyse`."""
    ranked = [[o["official"], o["jurisdiction"], str(o["units"]), str(o["groups"]),
               f"{o['betweenness']:.4f}"] for o in result["by_units"]]
    central = [[o["official"], o["jurisdiction"], f"{o['betweenness']:.4f}", str(o["units"]),
                str(o["groups"])] for o in result["by_betweenness"]]
    return [
        ("notices in force", ["jurisdiction", "document", "date"],
         [[n["jurisdiction"], n["document"], n["date"]] for n in result["notices"]]),
        ("officials by units overseen", ["official", "jurisdiction", "units", "groups",
                                         "betweenness"], ranked),
        ("officials by betweenness centrality", ["official", "jurisdiction", "betweenness",
                                                 "units", "groups"], central),
        ("officials sharing groups", ["official", "official", "shared_groups", "groups"],
         [[e["a"], e["b"], str(e["weight"]), ";".join(e["groups"])]
          for e in result["co_membership"]]),
        ("units with no overseer", ["unit", "jurisdiction"],
         [[u["unit"], u["jurisdiction"]] for u in result["unoverseen_units"]]),
        ("units overseen by more than one official", ["unit", "jurisdiction", "officials",
                                                       "co_overseers"],
         [[u["unit"], u["jurisdiction"], ";".join(u["officials"]), ";".join(u["co_overseers"])]
          for u in result["shared_units"]]),
    ]
