"""`kg export`: one module per output format."""
from __future__ import annotations

from pathlib import Path

from ..errors import UsageError

FORMATS = ("csv", "ttl", "trig", "jsonld", "gexf", "graphml")


def export(out, fmt: str, path) -> Path:
    """Write graph folder ``out`` as ``fmt`` to ``path`` (a folder for csv)."""
    path = Path(path)
    if fmt == "csv":
        from .csv import write_tables
        return write_tables(out, path)
    if fmt in ("ttl", "trig", "jsonld"):
        from .rdf import write_rdf
        return write_rdf(out, fmt, path)
    if fmt == "gexf":
        from .gexf import write
        return write(out, path)
    if fmt == "graphml":
        from .graphml import write
        return write(out, path)
    raise UsageError(f"export: unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
