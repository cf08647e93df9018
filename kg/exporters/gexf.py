"""GEXF (Gephi) export of the official–unit–group network."""
from __future__ import annotations

from pathlib import Path

import networkx as nx

from ..network_graph import to_networkx


def write(out, path) -> Path:
    """Write OUT's network (``kg.network_graph.to_networkx``) as GEXF 1.2."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    nx.write_gexf(to_networkx(out), path)
    return path
