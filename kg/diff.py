"""`kg diff`: what changed in a jurisdiction's leadership between two
division notices.

Each end is a document (its number, e.g. 青政〔2024〕7号) or a date
(YYYY-MM-DD: the division notice in force then, per jurisdiction); or two
graph folders, each at its latest notice (or at --from / --to).  Reported,
per jurisdiction:

- ``moved``: units whose overseers (分管) differ, with the officials before
  and after (a unit newly listed has none before, one dropped none after);
- ``arrived`` / ``left``: officials named in one notice only, with their posts;
- ``posts`` / ``areas``: posts held and fields of work (负责…工作) gained or
  lost by an official named in both;
- ``groups``: groups of the jurisdiction whose leaders (组长, 副组长, …) differ
  between the two dates, each group read from its latest roster by then.
"""
from __future__ import annotations

import html
from collections import defaultdict
from dataclasses import dataclass, field

from .analysis import OVERSIGHT
from .errors import UsageError
from .queries import run
from .timeline import ISO_DATE, Doc, check_date, documents, find, in_force
from .vocab import PROPERTY_RELATION

LEADER_ROLES = ("组长", "常务副组长", "副组长", "召集人", "副召集人")

# the same oversight facts kg analyse reads
FACTS = OVERSIGHT

POSTS = """
SELECT DISTINCT ?doc ?official ?post WHERE {
  GRAPH ?doc { ?x a org:Post ; skos:prefLabel ?post ; org:heldBy ?p . ?p foaf:name ?official . }
}"""

LEADERS = """
SELECT DISTINCT ?doc ?group ?role ?member WHERE {
  GRAPH ?doc {
    ?m a org:Membership ; org:organization ?g ; org:member ?who ; org:role ?r .
    ?g skos:prefLabel ?group .
    ?r skos:prefLabel ?role .
    OPTIONAL { ?who foaf:name ?name }
    OPTIONAL { ?who skos:prefLabel ?label }
  }
  BIND(COALESCE(?name, ?label, "") AS ?member)
}"""


@dataclass
class Snapshot:
    """One jurisdiction's leadership by one notice (and its groups by a date)."""
    notice: Doc | None
    overseers: dict = field(default_factory=lambda: defaultdict(set))  # unit → officials
    areas: dict = field(default_factory=lambda: defaultdict(set))      # official → areas
    posts: dict = field(default_factory=lambda: defaultdict(set))      # official → posts
    officials: set = field(default_factory=set)
    groups: dict = field(default_factory=dict)   # group → {role: [members]}


class _Graph:
    """The rows of one graph folder that a diff reads, fetched once."""

    def __init__(self, out):
        self.out = out
        self.docs = documents(out)
        self.by_iri = {d.iri: d for d in self.docs}
        self.facts = self._rows(FACTS)
        self.posts = self._rows(POSTS)
        self.leaders = [r for r in self._rows(LEADERS) if r["role"] in LEADER_ROLES]

    def _rows(self, sparql):
        t = run(self.out, sparql)
        return [dict(zip(t.columns, r)) for r in t.rows]

    def snapshot(self, jurisdiction: str, notice: Doc | None, date: str | None) -> Snapshot:
        s = Snapshot(notice)
        if notice is not None:
            for r in self.facts:
                if r["doc"] != notice.iri:
                    continue
                relation = PROPERTY_RELATION.get(r["rel"], r["rel"])
                s.officials.add(r["official"])
                if relation == "oversees" and r["kind"] == "unit":
                    s.overseers[r["canonical"]].add(r["official"])
                elif relation == "responsible_for":
                    s.areas[r["official"]].add(r["canonical"])
            for r in self.posts:
                if r["doc"] == notice.iri:
                    s.officials.add(r["official"])
                    s.posts[r["official"]].add(r["post"])
        # each group by its latest roster (of this jurisdiction) dated by then
        rosters: dict = defaultdict(lambda: defaultdict(lambda: defaultdict(set)))
        for r in self.leaders:
            doc = self.by_iri.get(r["doc"])
            if doc is None or doc.jurisdiction != jurisdiction:
                continue
            if date is not None and (not doc.date or doc.date > date):
                continue
            rosters[r["group"]][doc][r["role"]].add(r["member"])
        for group, by_doc in rosters.items():
            latest = max(by_doc)
            s.groups[group] = {role: sorted(names) for role, names in
                               sorted(by_doc[latest].items(),
                                      key=lambda kv: LEADER_ROLES.index(kv[0]))}
        return s


def _resolve(graph: _Graph, ref: str | None, jurisdiction: str | None) -> dict:
    """jurisdiction → (notice, date) for one end of the diff."""
    if ref is not None and ISO_DATE.match(ref):
        check_date(ref, "diff: --from/--to")
    if ref is None or ISO_DATE.match(ref):
        return {j: (d, ref if ref else None) for j, d in in_force(graph.docs, ref).items()
                if jurisdiction in (None, j)}
    doc = find(graph.docs, ref)
    if jurisdiction not in (None, doc.jurisdiction):
        raise UsageError(f"diff: {ref} is a document of {doc.jurisdiction}, not {jurisdiction}")
    return {doc.jurisdiction: (doc, doc.date or None)}


def _changes(a: Snapshot, b: Snapshot) -> dict:
    moved = []
    for unit in sorted(set(a.overseers) | set(b.overseers)):
        before, after = a.overseers.get(unit, set()), b.overseers.get(unit, set())
        if before != after:
            moved.append({"unit": unit, "from": sorted(before), "to": sorted(after)})
    arrived = [{"official": o, "posts": sorted(b.posts.get(o, ()))}
               for o in sorted(b.officials - a.officials)]
    left = [{"official": o, "posts": sorted(a.posts.get(o, ()))}
            for o in sorted(a.officials - b.officials)]

    def gained_lost(before: dict, after: dict) -> list:
        rows = []
        for o in sorted(a.officials & b.officials):
            old, new = before.get(o, set()), after.get(o, set())
            if old != new:
                rows.append({"official": o, "gained": sorted(new - old),
                             "lost": sorted(old - new)})
        return rows

    groups = [{"group": g, "from": a.groups.get(g, {}), "to": b.groups.get(g, {})}
              for g in sorted(set(a.groups) | set(b.groups))
              if a.groups.get(g, {}) != b.groups.get(g, {})]
    return {"moved": moved, "arrived": arrived, "left": left,
            "posts": gained_lost(a.posts, b.posts), "areas": gained_lost(a.areas, b.areas),
            "groups": groups}


def _end(notice: Doc | None, date: str | None) -> dict:
    if notice is None:
        return {"document": "", "date": date or "", "iri": ""}
    return {"document": notice.name, "date": notice.date, "iri": notice.iri}


def diff(out, frm: str | None = None, to: str | None = None, *, out_b=None,
         jurisdiction: str | None = None) -> list[dict]:
    """The changes between two ends (see the module docstring), one dict per
    jurisdiction.  With ``out_b``, ``frm`` is read in ``out`` and ``to`` in
    ``out_b`` (each the latest notice when not given)."""
    a = _Graph(out)
    b = _Graph(out_b) if out_b is not None else a
    if out_b is None and (frm is None or to is None):
        raise UsageError("diff: give --from and --to (a document number or a date "
                         "YYYY-MM-DD), or two graph folders")
    ends_a, ends_b = _resolve(a, frm, jurisdiction), _resolve(b, to, jurisdiction)
    places = sorted(set(ends_a) & set(ends_b))
    if not places:
        where = f" for {jurisdiction}" if jurisdiction else ""
        raise UsageError(f"diff: no jurisdiction has a division notice at both ends{where} "
                         f"(from {frm or 'latest'}, to {to or 'latest'})")
    result = []
    for place in places:
        (na, da), (nb, db) = ends_a[place], ends_b[place]
        changes = _changes(a.snapshot(place, na, da), b.snapshot(place, nb, db))
        result.append({"jurisdiction": place, "from": _end(na, da), "to": _end(nb, db),
                       **changes})
    return result


def _roles(leaders: dict) -> str:
    return "; ".join(f"{role}:{'、'.join(names)}" for role, names in leaders.items())


COLUMNS = ["jurisdiction", "change", "subject", "from", "to"]


def rows(result: list[dict]) -> list[list[str]]:
    """The changes as table rows (COLUMNS), in a fixed order."""
    table = []
    for d in result:
        j = d["jurisdiction"]
        for m in d["moved"]:
            table.append([j, "unit moved", m["unit"], ";".join(m["from"]), ";".join(m["to"])])
        for o in d["arrived"]:
            table.append([j, "official arrived", o["official"], "", ";".join(o["posts"])])
        for o in d["left"]:
            table.append([j, "official left", o["official"], ";".join(o["posts"]), ""])
        for kind in ("posts", "areas"):
            noun = kind[:-1]
            for o in d[kind]:
                table.extend([j, f"{noun} gained", o["official"], "", x] for x in o["gained"])
                table.extend([j, f"{noun} lost", o["official"], x, ""] for x in o["lost"])
        for g in d["groups"]:
            table.append([j, "group leaders changed", g["group"], _roles(g["from"]),
                          _roles(g["to"])])
    return table


def to_html(result: list[dict], title: str = "kg diff") -> str:
    """A small self-contained HTML page of the changes; all text escaped."""
    e = html.escape
    parts = [
        "<!DOCTYPE html>", '<html lang="zh"><head><meta charset="utf-8">',
        f"<title>{e(title)}</title>",
        "<style>body{font-family:sans-serif;margin:2em}table{border-collapse:collapse}"
        "td,th{border:1px solid #ccc;padding:.3em .6em;text-align:left}"
        "th{background:#eee}</style></head><body>",
        f"<h1>{e(title)}</h1>",
    ]
    for d in result:
        parts.append(f"<h2>{e(d['jurisdiction'])}</h2>")
        parts.append(f"<p>from {e(d['from']['document'])} ({e(d['from']['date'])}) "
                     f"to {e(d['to']['document'])} ({e(d['to']['date'])})</p>")
        body = rows([d])
        if not body:
            parts.append("<p>no changes</p>")
            continue
        parts.append("<table><thead><tr>" + "".join(f"<th>{e(c)}</th>" for c in COLUMNS[1:])
                     + "</tr></thead><tbody>")
        for r in body:
            parts.append("<tr>" + "".join(f"<td>{e(c)}</td>" for c in r[1:]) + "</tr>")
        parts.append("</tbody></table>")
    parts.append("</body></html>")
    return "\n".join(parts) + "\n"
