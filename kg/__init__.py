"""kg: a knowledge graph of who oversees what, read from government gazettes.

The public API is a set of thin functions that import their module on call,
so that ``import kg`` (and ``import extract`` → ``kg.errors``) stays cheap
and free of import cycles.  Library functions return data; they never print.
"""
from __future__ import annotations

__version__ = "0.1.0"
__all__ = ["build", "query", "export", "validate", "evaluate", "stats", "viz"]


def build(inputs, out, **kwargs) -> dict:
    """Read gazette files/folders and write the graph folder ``out``; returns the report."""
    from .builder import build as _build
    return _build(inputs, out, **kwargs)


def query(out, sparql: str | None = None, *, name: str | None = None, params=None):
    """Run read-only SPARQL or a named query; returns a ``Table`` (columns, rows)."""
    from .queries import query as _query
    return _query(out, sparql, name=name, params=params)


def export(out, fmt: str, path):
    """Write ``out`` as csv tables (a folder), ttl, trig, jsonld, gexf or graphml."""
    from .exporters import export as _export
    return _export(out, fmt, path)


def validate(out) -> dict:
    """Check ``out`` against the SHACL shapes: ``{"conforms": bool, "violations": [...]}``."""
    from .validation import validate as _validate
    return _validate(out)


def evaluate(out, gold, tasks=None) -> dict:
    """Precision/recall/F1 per relation of ``out`` against a gold JSON file."""
    from .evaluation import evaluate as _evaluate
    return _evaluate(out, gold, tasks)


def stats(out) -> dict:
    """Counts of documents, officials, units, groups, facts and warnings in ``out``."""
    from .counts import stats as _stats
    return _stats(out)


def viz(out, html, *, focus: str | None = None, depth: int = 2):
    """Write an interactive network page of ``out`` to ``html``."""
    from .network import viz as _viz
    return _viz(out, html, focus=focus, depth=depth)
