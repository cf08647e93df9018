"""The `kg viz` page: one self-contained HTML file a researcher can open from
disk with the network off.

* vis-network (pyvis' bundled copy) and its stylesheet are inlined; nothing
  is fetched from anywhere (no Bootstrap, no tom-select, no fonts).
* Node kinds (official, post, unit, group, area, document, task) have their
  own colour *and* shape, with a legend; edge kinds have their own colour and
  label, each with a checkbox to hide or show it.
* A search box finds a node by any spelling: a substring of its label, of an
  alternate label (each spelling a unit was written with), or of either in
  traditional characters.
* Clicking a node or an edge lists its facts with the evidence sentence, the
  document number and date.  The page builds that panel with ``textContent``
  only, and the data is embedded as JSON with ``<``, ``>`` and ``&`` escaped,
  so a name read from a gazette is always text, never markup.
* Positions are computed here, before writing: a force layout for small
  components, a radial layout for huge ones; above ``PHYSICS_MAX_NODES`` the
  browser runs no physics at all, so a 5,000-node page paints in seconds.
"""
from __future__ import annotations

import html
import json
import math
import re
from collections import defaultdict
from functools import lru_cache
from importlib import resources
from pathlib import Path

import networkx as nx

from . import ids
from .errors import UsageError

KINDS = ("oversight", "groups", "accountability", "all")
PHYSICS_MAX_NODES = 500  # above this the page is drawn from the Python layout alone

# kind: (legend label, colour, vis shape)
NODE_STYLE = {
    "official": ("official 领导", "#e15759", "dot"),
    "post": ("post 职务", "#b07aa1", "triangle"),
    "unit": ("unit 单位", "#4e79a7", "box"),
    "group": ("leading group 领导小组", "#59a14f", "diamond"),
    "area": ("area of work 工作领域", "#f28e2b", "ellipse"),
    "document": ("document 公文", "#7f7f7f", "square"),
    "task": ("task 任务", "#edc948", "star"),
}

# kind: (label, colour, dashed, which --kind views show it)
EDGE_STYLE = {
    "oversees": ("分管 oversees", "#c0392b", False, "oversight"),
    "co_oversees": ("协助分管 co-oversees", "#e67e22", False, "oversight"),
    "liaises": ("联系 liaises", "#8e44ad", True, "oversight"),
    "assists": ("协助 assists", "#d35400", True, "oversight"),
    "responsible_for": ("负责 responsible for", "#f1a340", False, "oversight"),
    "holds": ("任职 holds post", "#b07aa1", True, "oversight"),
    "post_in": ("职务所在 post in", "#9c755f", True, "oversight"),
    "member_of": ("成员 member of (role)", "#2e8b57", False, "groups"),
    "unit_of": ("办公室 office of", "#1b5e20", True, "groups"),
    "office_host": ("办公室设在 office hosted by", "#76b7b2", True, "groups"),
    "sets_up": ("成立 sets up", "#555555", True, "groups"),
    "lead": ("牵头 leads task", "#b8860b", False, "accountability"),
    "responsible": ("负责 responsible for task", "#d4b200", True, "accountability"),
    "contains": ("含任务 contains task", "#999999", True, "accountability"),
    "issued": ("发文 issued", "#555555", True, "accountability"),
}

_ID_KIND = {"person": "official", "unit": "unit", "group": "group", "area": "area",
            "post": "post", "seat": "post", "task": "task", "document": "document"}

_RELATION = {"oversees": "oversees", "coOversees": "co_oversees",
             "liaisesWith": "liaises", "assists": "assists",
             "responsibleFor": "responsible_for"}

DOCS = """SELECT ?doc ?title ?num ?date ?src ?publisher WHERE { GRAPH ?doc {
  ?doc a kgo:Document ; kgo:sourceFile ?src .
  OPTIONAL { ?doc dcterms:title ?title } OPTIONAL { ?doc dcterms:identifier ?num }
  OPTIONAL { ?doc dcterms:issued ?date } OPTIONAL { ?doc dcterms:publisher ?publisher } } }"""
EVIDENCE = """SELECT ?doc ?f ?text ?start ?end WHERE { GRAPH ?doc {
  ?f prov:wasDerivedFrom ?ev . ?ev prov:value ?text ; kgo:start ?start ; kgo:end ?end } }"""
LABELS = """SELECT DISTINCT ?n ?label ?alt WHERE {
  { ?n foaf:name ?label } UNION { ?n skos:prefLabel ?label } UNION { ?n skos:altLabel ?alt } }"""
OVERSIGHT = """SELECT ?doc ?f ?a ?rel ?b WHERE { GRAPH ?doc {
  ?f a kgo:Oversight ; kgo:official ?a ; kgo:relation ?rel ; kgo:target ?b } }"""
MEMBERS = """SELECT ?doc ?f ?m ?g ?role ?aff WHERE { GRAPH ?doc {
  ?f a org:Membership ; org:member ?m ; org:organization ?g ; org:role ?r .
  ?r skos:prefLabel ?role . OPTIONAL { ?f kgo:affiliation ?aff } } }"""
POSTS = """SELECT ?doc ?f ?h ?label ?org WHERE { GRAPH ?doc {
  ?f a org:Post ; org:heldBy ?h ; skos:prefLabel ?label . OPTIONAL { ?f org:postIn ?org } } }"""
GROUPS = """SELECT ?doc ?g ?parent ?host WHERE { GRAPH ?doc {
  ?g prov:wasDerivedFrom ?ev ; skos:prefLabel ?l .
  FILTER(STRSTARTS(STR(?g), "%sgroup/"))
  OPTIONAL { ?g org:unitOf ?parent } OPTIONAL { ?g kgo:officeHost ?host } } }""" % ids.BASE
TASKS = """SELECT ?doc ?t ?u ?lead WHERE { GRAPH ?doc {
  ?t a kgo:Task ; kgo:responsibleUnit ?u .
  BIND(EXISTS { ?t kgo:leadUnit ?u } AS ?lead) } }"""


def node_kind(iri: str) -> str:
    if iri.startswith("post:"):
        return "post"
    if iri.startswith(ids.BASE):
        return _ID_KIND.get(iri[len(ids.BASE):].split("/", 1)[0], "unit")
    return "unit"


class Network:
    """Nodes and typed edges, each edge with the facts (evidence) behind it."""

    def __init__(self):
        self.nodes: dict[str, dict] = {}  # id → {label, kind, alt: set, facts: list}
        self.edges: dict[tuple, dict] = {}  # (from, to, kind, label) → {facts: list}
        self.docs: dict[str, dict] = {}  # document IRI → metadata

    def node(self, iri: str, label: str = "", kind: str | None = None) -> str:
        n = self.nodes.get(iri)
        if n is None:
            n = self.nodes[iri] = {"label": label or iri, "kind": kind or node_kind(iri),
                                   "alt": set(), "facts": []}
        elif label and n["label"] == iri:
            n["label"] = label
        return iri

    def edge(self, a: str, b: str, kind: str, label: str | None = None, fact=None):
        key = (a, b, kind, label or EDGE_STYLE[kind][0].split()[0])
        e = self.edges.setdefault(key, {"facts": []})
        if fact is not None and fact not in e["facts"]:
            e["facts"].append(fact)

    def graph(self) -> nx.Graph:
        g = nx.Graph()
        g.add_nodes_from(self.nodes)
        g.add_edges_from((a, b) for a, b, _, _ in self.edges)
        return g

    def restrict(self, keep: set) -> "Network":
        sub = Network()
        sub.docs = self.docs
        sub.nodes = {n: d for n, d in self.nodes.items() if n in keep}
        sub.edges = {k: e for k, e in self.edges.items() if k[0] in keep and k[1] in keep}
        return sub


def network(out, kind: str = "all") -> Network:
    """The network of graph folder OUT for one view (``KINDS``)."""
    from .queries import run
    if kind not in KINDS:
        raise UsageError(f"viz: --kind must be one of {', '.join(KINDS)}")
    wanted = {k for k, s in EDGE_STYLE.items() if kind == "all" or s[3] == kind}
    net = Network()

    labels, alts = {}, defaultdict(set)
    for n, label, alt in run(out, LABELS).rows:
        if label:
            labels.setdefault(n, label)
        if alt:
            alts[n].add(alt)
    for doc, title, num, date, src, publisher in run(out, DOCS).rows:
        net.docs[doc] = {"title": title, "number": num, "date": date, "source": src,
                         "publisher": publisher}
    evidence = defaultdict(list)  # (doc, fact) → [evidence]
    for doc, f, text, start, end in sorted(run(out, EVIDENCE).rows,
                                           key=lambda r: (r[0], r[1], int(r[3] or 0))):
        evidence[doc, f].append({"doc": doc, "text": text, "start": int(start), "end": int(end)})

    def facts(doc, f, **extra):
        found = evidence.get((doc, f)) or [{"doc": doc, "text": "", "start": None, "end": None}]
        return [{**ev, **{k: v for k, v in extra.items() if v}} for ev in found]

    def add(a, b, edge_kind, doc, f, label=None, **extra):
        if edge_kind not in wanted:
            return
        net.node(a, labels.get(a, ""))
        net.node(b, labels.get(b, ""))
        for fact in facts(doc, f, **extra):
            net.edge(a, b, edge_kind, label, _freeze(fact))

    for doc, f, a, rel, b in run(out, OVERSIGHT).rows:
        add(a, b, _RELATION.get(rel.rsplit("#", 1)[-1], "oversees"), doc, f)
    for doc, f, m, g, role, aff in run(out, MEMBERS).rows:
        add(m, g, "member_of", doc, f, label=role or "成员", role=role, affiliation=aff)
    for doc, f, h, label, org in run(out, POSTS).rows:
        post = f"post:{h}|{label}|{org}"
        labels[post] = label
        add(h, post, "holds", doc, f)
        if org:
            add(post, org, "post_in", doc, f)
    for doc, g, parent, host in run(out, GROUPS).rows:
        add(doc, g, "sets_up", doc, g)
        if parent:
            add(g, parent, "unit_of", doc, g)
        if host:
            add(g, host, "office_host", doc, g)
    for doc, t, u, lead in run(out, TASKS).rows:
        add(t, u, "lead" if lead == "true" else "responsible", doc, t)
        add(doc, t, "contains", doc, t)
    for doc, meta in net.docs.items():
        labels[doc] = meta["number"] or meta["title"][:24] or meta["source"]
        if meta["publisher"]:
            add(meta["publisher"], doc, "issued", doc, doc)

    for n, d in net.nodes.items():
        d["label"] = labels.get(n, d["label"])
        d["alt"] = sorted(alts.get(n, ()))
        if d["kind"] == "document":
            meta = net.docs.get(n, {})
            d["alt"] = [v for v in (meta.get("title"), meta.get("source")) if v]
    return net


def _freeze(fact: dict) -> tuple:
    return tuple(sorted(fact.items()))


def neighbourhood(net: Network, name: str, depth: int) -> Network:
    """The part of ``net`` within ``depth`` steps of the nodes named ``name``
    (label or alternate label, exactly; else containing it)."""
    if depth < 0:
        raise UsageError("viz: --depth must be 0 or more")

    def names(d):
        return [d["label"], *d["alt"]]
    starts = [n for n, d in net.nodes.items() if name in names(d)] or \
             [n for n, d in net.nodes.items() if any(name in s for s in names(d))]
    if not starts:
        raise UsageError(f"viz: no official, unit or group named {name!r} in the graph")
    g = net.graph()
    keep = set()
    for s in starts:
        keep |= set(nx.single_source_shortest_path_length(g, s, cutoff=depth))
    return net.restrict(keep)


# ---------------------------------------------------------------- layout

def _force(n: int, edges: list[tuple[int, int]], iterations: int = 60, seed: int = 7):
    """Fruchterman–Reingold in plain numpy (dense; for components up to ~800
    nodes), positions in about [-1, 1]."""
    import numpy as np
    rng = np.random.default_rng(seed)
    if n == 1:
        return np.zeros((1, 2))
    pos = rng.uniform(-1, 1, (n, 2))
    k = 2.0 / math.sqrt(n)
    e = np.array(edges, dtype=int).reshape(-1, 2)
    t = 0.2
    for _ in range(iterations):
        delta = pos[:, None, :] - pos[None, :, :]
        dist = np.sqrt((delta ** 2).sum(-1)) + 1e-9
        disp = (delta * (k * k / dist ** 2)[..., None]).sum(1)
        if len(e):
            d = pos[e[:, 0]] - pos[e[:, 1]]
            dl = np.sqrt((d ** 2).sum(-1))[:, None] + 1e-9
            f = d * dl / k
            np.add.at(disp, e[:, 0], -f)
            np.add.at(disp, e[:, 1], f)
        length = np.sqrt((disp ** 2).sum(-1))[:, None] + 1e-9
        pos += disp / length * np.minimum(length, t)
        pos -= pos.mean(0)
        t *= 0.95
    scale = np.abs(pos).max() or 1.0
    return pos / scale


def _radial(g: nx.Graph):
    """Rings by distance from the best-connected node, each node placed near
    its parent's angle: O(nodes + edges), for components too big to force."""
    root = max(g.degree, key=lambda x: (x[1], str(x[0])))[0]
    parent, rings = {root: None}, [[root]]
    while True:
        ring = []
        for u in rings[-1]:
            for v in sorted(g[u], key=str):
                if v not in parent:
                    parent[v] = u
                    ring.append(v)
        if not ring:
            break
        rings.append(ring)
    angle, pos = {root: 0.0}, {root: (0.0, 0.0)}
    for r, ring in enumerate(rings[1:], start=1):
        ring.sort(key=lambda v: angle[parent[v]])
        for i, v in enumerate(ring):
            a = 2 * math.pi * (i + 0.5) / len(ring)
            angle[v] = a
            pos[v] = (r * math.cos(a), r * math.sin(a))
    rmax = max(len(rings) - 1, 1)
    return {v: (x / rmax, y / rmax) for v, (x, y) in pos.items()}


def layout(g: nx.Graph, spacing: float = 90.0) -> dict:
    """Pixel positions: each connected component laid out on its own (force
    for up to 800 nodes, radial beyond), then packed on shelves."""
    comps = sorted((sorted(c, key=str) for c in nx.connected_components(g)),
                   key=lambda c: (-len(c), str(c[0])))
    placed, boxes = {}, []
    for comp in comps:
        size = len(comp)
        if size <= 800:
            index = {v: i for i, v in enumerate(comp)}
            edges = [(index[a], index[b]) for a, b in g.subgraph(comp).edges() if a != b]
            xy = _force(size, edges, iterations=60 if size <= 300 else 35)
            local = {v: (float(xy[i][0]), float(xy[i][1])) for v, i in index.items()}
        else:
            local = _radial(g.subgraph(comp))
        radius = spacing * max(0.6, math.sqrt(size) * 0.75)
        boxes.append((comp, local, radius))
    # shelf packing, roughly square overall
    total = sum((2 * r + spacing) ** 2 for _, _, r in boxes)
    width = max(math.sqrt(total), 2 * boxes[0][2] + spacing) if boxes else 0
    x = y = shelf = 0.0
    for comp, local, r in boxes:
        side = 2 * r + spacing
        if x > 0 and x + side > width:
            x, y, shelf = 0.0, y + shelf, 0.0
        cx, cy = x + side / 2, y + side / 2
        for v in comp:
            lx, ly = local[v]
            placed[v] = (round(cx + lx * r, 1), round(cy + ly * r, 1))
        x += side
        shelf = max(shelf, side)
    return placed


# ---------------------------------------------------------------- the page

def _script_json(data) -> str:
    """JSON safe inside <script>: no '<', '>' or '&' can close or open a tag."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return (text.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")
            .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


@lru_cache(maxsize=None)
def _converters():
    try:
        import opencc
        return (opencc.OpenCC("s2t").convert, opencc.OpenCC("t2s").convert)
    except Exception:  # opencc missing: search as written only
        return ()


def _spellings(labels) -> list[str]:
    """Every spelling to search on: as written, and in traditional and
    simplified characters."""
    out, convs = [], _converters()
    for s in labels:
        for v in [s, *(c(s) for c in convs)]:
            if v and v not in out:
                out.append(v)
    return out


def page_data(net: Network) -> dict:
    """What the page embeds: vis node and edge items (built with pyvis), the
    facts behind them and the documents they cite."""
    from pyvis.edge import Edge
    from pyvis.network import Network as PyvisNetwork

    big = len(net.nodes) > PHYSICS_MAX_NODES
    pos = layout(net.graph())
    pv = PyvisNetwork(directed=True, cdn_resources="in_line")
    docs = sorted(net.docs)
    doc_index = {d: i for i, d in enumerate(docs)}
    order = sorted(net.nodes, key=lambda n: (net.nodes[n]["kind"], net.nodes[n]["label"], n))
    info = {}
    for n in order:
        d = net.nodes[n]
        _, colour, shape = NODE_STYLE.get(d["kind"], NODE_STYLE["unit"])
        x, y = pos.get(n, (0, 0))
        pv.add_node(n, label=d["label"], color=colour, shape=shape, x=x, y=y,
                    group=d["kind"])
        alt = sorted(d["alt"])
        info[n] = {"alt": alt, "search": _spellings([d["label"], *alt])}
    facts, fact_index = [], {}

    def fact_id(fact: tuple) -> int:
        if fact not in fact_index:
            f = dict(fact)
            f["doc"] = doc_index.get(f.get("doc"), -1)
            fact_index[fact] = len(facts)
            facts.append(f)
        return fact_index[fact]

    edge_facts = []
    for i, ((a, b, kind, label), e) in enumerate(sorted(net.edges.items())):
        _, colour, dashed, _ = EDGE_STYLE[kind]
        item = Edge(a, b, True, id=f"e{i}", label=label, color=colour, dashes=dashed,
                    arrows="to", kind=kind).options
        pv.edges.append(item)
        edge_facts.append([fact_id(f) for f in e["facts"]])
    for i, item in enumerate(pv.edges):
        item["facts"] = edge_facts[i]
    return {
        "nodes": pv.nodes,
        "edges": pv.edges,
        "info": info,
        "facts": facts,
        "docs": [{k: v for k, v in net.docs[d].items() if k != "publisher"} | {"id": d}
                 for d in docs],
        "nodeStyle": {k: {"label": v[0], "color": v[1], "shape": v[2]}
                      for k, v in NODE_STYLE.items()},
        "edgeStyle": {k: {"label": v[0], "color": v[1], "dashed": v[2]}
                      for k, v in EDGE_STYLE.items()},
        "physics": not big,
        "big": big,
    }


def _asset(*parts) -> str:
    return resources.files("pyvis").joinpath("templates", "lib", *parts).read_text(
        encoding="utf-8")


def page(net: Network, title: str = "kg") -> str:
    data = page_data(net)
    parts = {
        "TITLE": html.escape(title),
        "VIS_CSS": _asset("vis-9.1.2", "vis-network.css").replace("</style", "<\\/style"),
        "VIS_JS": _asset("vis-9.1.2", "vis-network.min.js").replace("</script", "<\\/script"),
        "DATA": _script_json(data),
    }
    # one pass: a value is never searched again for a placeholder
    return re.sub(r"%%([A-Z_]+)%%", lambda m: parts[m.group(1)], _TEMPLATE)


def viz(out, html_path, *, focus: str | None = None, depth: int = 2,
        kind: str = "all") -> Path:
    """Write the interactive page of OUT (or of the part around ``focus``)."""
    if depth < 0:
        raise UsageError("viz: --depth must be 0 or more")
    net = network(out, kind)
    if focus:
        net = neighbourhood(net, focus, depth)
    path = Path(html_path)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(page(net, title=f"kg: {Path(out).name}"), encoding="utf-8")
    return path


_TEMPLATE = r"""<!DOCTYPE html>
<html lang="zh">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data: blob:; font-src data:; connect-src 'none'">
<title>%%TITLE%%</title>
<style>%%VIS_CSS%%</style>
<style>
html, body { margin: 0; height: 100%; font-family: "Noto Sans CJK SC", "WenQuanYi Micro Hei", sans-serif; font-size: 13px; }
#side { position: absolute; left: 0; top: 0; bottom: 0; width: 330px; overflow-y: auto; padding: 8px 10px; box-sizing: border-box; border-right: 1px solid #ccc; background: #fafafa; }
#net { position: absolute; left: 330px; right: 0; top: 0; bottom: 0; }
h1 { font-size: 15px; margin: 2px 0 6px; }
h2 { font-size: 13px; margin: 10px 0 4px; }
#search { width: 100%; box-sizing: border-box; padding: 4px; font-size: 14px; }
#matches button { display: block; width: 100%; text-align: left; margin: 1px 0; border: 0; background: #eef; cursor: pointer; }
.legend label { display: flex; align-items: center; gap: 6px; margin: 2px 0; cursor: pointer; }
.sw { width: 12px; height: 12px; display: inline-block; flex: none; }
.sw.dot { border-radius: 50%; } .sw.diamond { transform: rotate(45deg) scale(.8); }
.sw.ellipse { border-radius: 50%; width: 16px; height: 10px; }
.sw.triangle { width: 0; height: 0; background: none !important; border-left: 7px solid transparent; border-right: 7px solid transparent; border-bottom: 12px solid var(--c); }
.sw.star { clip-path: polygon(50% 0, 61% 35%, 98% 35%, 68% 57%, 79% 91%, 50% 70%, 21% 91%, 32% 57%, 2% 35%, 39% 35%); }
.line { width: 22px; height: 0; border-top: 3px solid; flex: none; } .line.dashed { border-top-style: dashed; }
#panel .fact { border-left: 3px solid #999; padding: 2px 6px; margin: 6px 0; background: #fff; }
#panel .ev { font-size: 14px; margin: 2px 0; }
#panel .meta { color: #555; font-size: 12px; }
#count { color: #555; font-size: 12px; }
</style>
</head>
<body>
<div id="side">
<h1 id="title">%%TITLE%%</h1>
<div id="count"></div>
<input id="search" type="search" placeholder="搜索 姓名 / 单位 (search a name or unit)" autocomplete="off">
<div id="matches"></div>
<h2>Nodes</h2><div id="node-legend" class="legend"></div>
<h2>Edges</h2><div id="edge-legend" class="legend"></div>
<h2>Facts</h2><div id="panel">Click a node or an edge to see its evidence.</div>
</div>
<div id="net"></div>
<script type="application/json" id="kg-data">%%DATA%%</script>
<script>%%VIS_JS%%</script>
<script>
(function () {
  "use strict";
  var DATA = JSON.parse(document.getElementById("kg-data").textContent);
  var nodes = new vis.DataSet(DATA.nodes);
  var edges = new vis.DataSet(DATA.edges);
  var hiddenNode = {}, hiddenEdge = {};
  var nodeView = new vis.DataView(nodes, {filter: function (n) { return !hiddenNode[n.group]; }});
  var edgeView = new vis.DataView(edges, {filter: function (e) { return !hiddenEdge[e.kind]; }});
  var groups = {};
  Object.keys(DATA.nodeStyle).forEach(function (k) {
    var s = DATA.nodeStyle[k]; groups[k] = {color: s.color, shape: s.shape};
  });
  var options = {
    groups: groups,
    nodes: {font: {size: 14, face: "Noto Sans CJK SC, WenQuanYi Micro Hei, sans-serif"}, size: 12,
            borderWidth: 1},
    edges: {font: {size: 10, align: "middle", face: "Noto Sans CJK SC, WenQuanYi Micro Hei, sans-serif"},
            smooth: DATA.big ? false : {type: "continuous"}, width: 1.2,
            arrows: {to: {enabled: true, scaleFactor: 0.5}}},
    physics: DATA.physics ? {enabled: true, solver: "barnesHut",
                             barnesHut: {gravitationalConstant: -3000, springLength: 110},
                             stabilization: {iterations: 150, fit: true}}
                          : {enabled: false},
    layout: {improvedLayout: false},
    interaction: {hover: !DATA.big, hideEdgesOnDrag: DATA.big, hideEdgesOnZoom: DATA.big,
                  tooltipDelay: 200, multiselect: false}
  };
  var container = document.getElementById("net");
  var network = new vis.Network(container, {nodes: nodeView, edges: edgeView}, options);
  window.kg = {network: network, nodes: nodes, edges: edges, data: DATA, firstPaint: null,
               ready: false};
  network.once("afterDrawing", function () {
    window.kg.firstPaint = performance.now(); window.kg.ready = true;
  });
  if (DATA.physics) {
    network.once("stabilizationIterationsDone", function () {
      network.setOptions({physics: {enabled: false}});
    });
  } else {
    network.fit({animation: false});
  }
  document.getElementById("count").textContent =
    DATA.nodes.length + " nodes, " + DATA.edges.length + " edges" +
    (DATA.physics ? "" : " (layout computed beforehand, physics off)");

  function el(tag, text, cls) {
    var e = document.createElement(tag);
    if (text !== undefined && text !== null) e.textContent = String(text);
    if (cls) e.className = cls;
    return e;
  }

  // ---- legends with checkboxes
  function legend(boxId, styles, present, hidden, view, isEdge) {
    var box = document.getElementById(boxId);
    Object.keys(styles).forEach(function (k) {
      if (!present[k]) return;
      var s = styles[k];
      var label = el("label");
      var cb = el("input"); cb.type = "checkbox"; cb.checked = true;
      cb.dataset.kind = k; cb.className = isEdge ? "edge-filter" : "node-filter";
      cb.addEventListener("change", function () { hidden[k] = !cb.checked; view.refresh(); });
      var sw = el("span", null, isEdge ? "line" + (s.dashed ? " dashed" : "") : "sw " + s.shape);
      if (isEdge) sw.style.borderTopColor = s.color;
      else { sw.style.background = s.color; sw.style.setProperty("--c", s.color); }
      label.appendChild(cb); label.appendChild(sw);
      label.appendChild(el("span", s.label + " (" + present[k] + ")"));
      box.appendChild(label);
    });
  }
  var nodeCount = {}, edgeCount = {};
  DATA.nodes.forEach(function (n) { nodeCount[n.group] = (nodeCount[n.group] || 0) + 1; });
  DATA.edges.forEach(function (e) { edgeCount[e.kind] = (edgeCount[e.kind] || 0) + 1; });
  legend("node-legend", DATA.nodeStyle, nodeCount, hiddenNode, nodeView, false);
  legend("edge-legend", DATA.edgeStyle, edgeCount, hiddenEdge, edgeView, true);

  // ---- the facts panel: textContent only
  var panel = document.getElementById("panel");
  function factBox(f, heading) {
    var box = el("div", null, "fact");
    if (heading) box.appendChild(el("div", heading, "meta"));
    if (f.text) box.appendChild(el("div", "“" + f.text + "”", "ev"));
    var doc = DATA.docs[f.doc] || {};
    var bits = [];
    if (doc.number) bits.push(doc.number);
    if (doc.date) bits.push(doc.date);
    if (doc.title) bits.push(doc.title);
    if (doc.source) bits.push(doc.source + (f.start !== null && f.start !== undefined ?
                                            " [" + f.start + "–" + f.end + "]" : ""));
    if (f.role) bits.push("role: " + f.role);
    if (f.affiliation) bits.push(f.affiliation);
    box.appendChild(el("div", bits.join(" · "), "meta"));
    return box;
  }
  function label(id) { var n = nodes.get(id); return n ? n.label : String(id); }
  function showEdge(id) {
    var e = edges.get(id); if (!e) return;
    panel.replaceChildren();
    panel.appendChild(el("h2", label(e.from) + " —" + e.label + "→ " + label(e.to)));
    panel.appendChild(el("div", DATA.edgeStyle[e.kind].label, "meta"));
    e.facts.forEach(function (i) { panel.appendChild(factBox(DATA.facts[i])); });
  }
  function showNode(id) {
    var n = nodes.get(id); if (!n) return;
    panel.replaceChildren();
    panel.appendChild(el("h2", n.label));
    panel.appendChild(el("div", DATA.nodeStyle[n.group].label, "meta"));
    var info = DATA.info[id] || {};
    if (info.alt && info.alt.length) panel.appendChild(el("div", "also written: " + info.alt.join("、"), "meta"));
    var shown = 0;
    network.getConnectedEdges(id).forEach(function (eid) {
      var e = edges.get(eid); if (!e || shown >= 60) return;
      var other = e.from === id ? "→ " + label(e.to) : "← " + label(e.from);
      e.facts.slice(0, 3).forEach(function (i) {
        if (shown++ < 60) panel.appendChild(factBox(DATA.facts[i], e.label + " " + other));
      });
    });
  }
  network.on("click", function (p) {
    if (p.nodes.length) showNode(p.nodes[0]);
    else if (p.edges.length) showEdge(p.edges[0]);
  });

  // ---- search by any spelling
  function norm(s) { return String(s).replace(/\s+/g, "").toLowerCase(); }
  var index = DATA.nodes.map(function (n) {
    var keys = ((DATA.info[n.id] || {}).search || [n.label]).map(norm);
    return {id: n.id, label: n.label, keys: keys};
  });
  function find(q) {
    q = norm(q); if (!q) return [];
    var exact = [], part = [];
    index.forEach(function (r) {
      if (r.keys.indexOf(q) >= 0) exact.push(r);
      else if (r.keys.some(function (k) { return k.indexOf(q) >= 0; })) part.push(r);
    });
    return exact.concat(part);
  }
  function select(id) {
    var n = nodes.get(id);
    if (hiddenNode[n.group]) {
      hiddenNode[n.group] = false; nodeView.refresh();
      document.querySelectorAll(".node-filter").forEach(function (cb) {
        if (cb.dataset.kind === n.group) cb.checked = true;
      });
    }
    network.selectNodes([id]);
    network.focus(id, {scale: 1.2, animation: false});
    showNode(id);
  }
  var search = document.getElementById("search"), matches = document.getElementById("matches");
  function runSearch(go) {
    var found = find(search.value);
    matches.replaceChildren();
    found.slice(0, 20).forEach(function (r) {
      var b = el("button", r.label + "  (" + DATA.nodeStyle[nodes.get(r.id).group].label + ")");
      b.type = "button";
      b.addEventListener("click", function () { select(r.id); });
      matches.appendChild(b);
    });
    if (found.length > 20) matches.appendChild(el("div", "… " + (found.length - 20) + " more", "meta"));
    if (go && found.length) select(found[0].id);
    return found.map(function (r) { return r.id; });
  }
  search.addEventListener("input", function () { runSearch(false); });
  search.addEventListener("keydown", function (ev) { if (ev.key === "Enter") runSearch(true); });
  window.kg.search = function (q) { search.value = q; return runSearch(true); };
  window.kg.select = select;
})();
</script>
</body>
</html>
"""
