"""GEXF and GraphML exports (kg.network_graph.to_networkx): they load back in
networkx with the same nodes, edges and attributes, on the examples and on
the shared seed."""
from __future__ import annotations

from pathlib import Path

import networkx as nx
import pytest

from kg import build, export
from kg.network import network
from kg.network_graph import to_networkx

ROOT = Path(__file__).parents[1]
SEEDS = ROOT.parent / "shared" / "seeds"
READERS = {"gexf": nx.read_gexf, "graphml": nx.read_graphml}
NODE_ATTRS = {"kind", "label", "jurisdiction", "first_date", "last_date", "documents"}
EDGE_ATTRS = {"relation", "label", "role", "document", "date"}


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    out = tmp_path_factory.mktemp("net") / "demo"
    build([ROOT / "examples"], out)
    return out


@pytest.fixture(scope="module")
def seed(tmp_path_factory):
    if not SEEDS.is_dir():
        pytest.skip(f"{SEEDS} is absent (the shared seed is not checked out here)")
    out = tmp_path_factory.mktemp("net") / "seed"
    build([SEEDS], out)
    return out


def roundtrip(out, tmp_path, fmt):
    g = to_networkx(out)
    back = READERS[fmt](export(out, fmt, tmp_path / f"g.{fmt}"))
    assert back.number_of_nodes() == g.number_of_nodes() > 0
    assert back.number_of_edges() == g.number_of_edges() > 0
    for n, d in back.nodes(data=True):
        assert NODE_ATTRS <= set(d), (n, d)
        assert {k: str(v) for k, v in d.items() if k in NODE_ATTRS} == \
            {k: str(v) for k, v in g.nodes[n].items() if k in NODE_ATTRS}
    for a, b, d in back.edges(data=True):
        assert EDGE_ATTRS <= set(d), (a, b, d)
    return g, back


@pytest.mark.parametrize("fmt", sorted(READERS))
def test_examples_roundtrip(demo, tmp_path, fmt):
    g, back = roundtrip(demo, tmp_path, fmt)
    # the same network as the viz page draws
    assert set(g.edges) == set(network(demo).edges)
    labels = {d["label"]: d for _, d in back.nodes(data=True)}
    assert labels["顾宁"]["kind"] == "official"
    assert labels["顾宁"]["jurisdiction"] == "青川市"
    assert labels["顾宁"]["first_date"] == "2024-03-12"
    edges = [d for _, _, d in back.edges(data=True) if d["role"] == "组长"]
    assert edges and all(d["document"] and d["date"] for d in edges)
    oversees = [d for _, _, d in back.edges(data=True) if d["relation"] == "oversees"]
    assert {d["document"] for d in oversees} == {"青政〔2024〕7号"}
    assert {d["date"] for d in oversees} == {"2024-03-12"}


@pytest.mark.parametrize("fmt", sorted(READERS))
def test_seed_roundtrip(seed, tmp_path, fmt):
    roundtrip(seed, tmp_path, fmt)
