"""Network exports for Gephi and friends: the official–unit–group network.
Kept for callers of ``write_network``; each format has its own module."""
from __future__ import annotations

from pathlib import Path


def write_network(out, fmt: str, path: Path) -> Path:
    if fmt == "gexf":
        from .gexf import write
    else:
        from .graphml import write
    return write(out, path)
