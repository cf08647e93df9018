"""kg: a knowledge graph of who oversees what, read from government gazettes.

The public API is a set of thin functions that import their module on call,
so that ``import kg`` (and ``import extract`` → ``kg.errors``) stays cheap
and free of import cycles.  Library functions return data; they never print.
"""
from __future__ import annotations

__version__ = "0.1.0"
__all__ = ["build", "query", "export", "validate", "evaluate", "stats", "viz", "show", "analyse",
           "diff"]


def build(inputs, out, **kwargs) -> dict:
    """Read gazette files/folders and write the graph folder ``out``; returns the report."""
    from .builder import build as _build
    return _build(inputs, out, **kwargs)


def query(out, sparql: str | None = None, *, name: str | None = None, params=None,
          as_of: str | None = None):
    """Run read-only SPARQL or a named query; returns a ``Table`` (columns, rows).
    ``as_of`` (YYYY-MM-DD; oversight, portfolio): the division notices in force then."""
    from .queries import query as _query
    return _query(out, sparql, name=name, params=params, as_of=as_of)


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


def viz(out, html, *, focus: str | None = None, depth: int = 2, kind: str = "all"):
    """Write the interactive, offline network page of ``out`` to ``html``."""
    from .viz_page import viz as _viz
    return _viz(out, html, focus=focus, depth=depth, kind=kind)


def show(source, html):
    """Write ``source`` with every span a fact was read from highlighted."""
    from .evidence_page import show as _show
    return _show(source, html)


def analyse(out, as_of: str | None = None) -> dict:
    """Network analysis of ``out``: rankings, shared groups, unoverseen and shared units."""
    from .analysis import analyse as _analyse
    return _analyse(out, as_of=as_of)


def diff(out, frm: str | None = None, to: str | None = None, *, out_b=None,
         jurisdiction: str | None = None) -> list:
    """What changed between two division notices (documents or dates), per jurisdiction."""
    from .diff import diff as _diff
    return _diff(out, frm, to, out_b=out_b, jurisdiction=jurisdiction)
