"""Network exports for Gephi and friends: the official–unit–group network."""
from __future__ import annotations

from pathlib import Path

import networkx as nx

from ..network import network


def write_network(out, fmt: str, path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    g = network(out)
    if fmt == "gexf":
        nx.write_gexf(g, path)
    else:
        nx.write_graphml(g, path)
    return path
