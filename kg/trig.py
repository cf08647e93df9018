"""A canonical TriG/Turtle writer.

Off-the-shelf serialisers do not promise an order, and ``graph.trig`` must be
byte-identical for identical input (so that builds can be diffed and cached).
kg mints no blank nodes, which makes a sorted, prefixed writing canonical.
"""
from __future__ import annotations

import re
from collections import defaultdict
from functools import lru_cache

from pyoxigraph import BlankNode, DefaultGraph, Literal, NamedNode

from .vocab import PREFIXES, RDF

_LOCAL = re.compile(r"^[A-Za-z0-9_]+$")
_XSD = "http://www.w3.org/2001/XMLSchema#"
_ESCAPES = {"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r", "\t": "\\t",
            "\b": "\\b", "\f": "\\f"}
_ESCAPE_RE = re.compile(r'[\\"\n\r\t\b\f]')
# longest namespace first, so that 'id/person/' wins over a shorter match
_BY_LENGTH = sorted(PREFIXES.items(), key=lambda kv: -len(kv[1]))


@lru_cache(maxsize=1 << 16)
def _iri(value: str) -> str:
    for prefix, ns in _BY_LENGTH:
        if value.startswith(ns) and _LOCAL.match(value[len(ns):]):
            return f"{prefix}:{value[len(ns):]}"
    return f"<{value}>"


def _string(value: str) -> str:
    return '"' + _ESCAPE_RE.sub(lambda m: _ESCAPES[m.group()], value) + '"'


def term(t) -> str:
    if isinstance(t, NamedNode):
        return _iri(t.value)
    if isinstance(t, BlankNode):
        return f"_:{t.value}"
    if isinstance(t, Literal):
        if t.language:
            return f"{_string(t.value)}@{t.language}"
        dt = t.datatype.value
        if dt == _XSD + "string":
            return _string(t.value)
        if dt == _XSD + "integer" and re.fullmatch(r"-?\d+", t.value):
            return t.value
        return f"{_string(t.value)}^^{_iri(dt)}"
    raise TypeError(f"cannot write {t!r}")


def _prefix_block() -> list[str]:
    return [f"@prefix {p}: <{ns}> ." for p, ns in PREFIXES.items()] + [""]


def _subject_blocks(triples, indent: str) -> list[str]:
    by_subject: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for s, p, o in triples:
        by_subject[term(s)][term(p)].add(term(o))
    lines = []
    rdf_type = term(RDF.type)
    for s in sorted(by_subject):
        preds = by_subject[s]
        # rdf:type first ('a'), then the rest in order
        order = sorted(preds, key=lambda p: (p != rdf_type, p))
        parts = []
        for p in order:
            shown = "a" if p == rdf_type else p
            parts.append(f"{shown} {' , '.join(sorted(preds[p]))}")
        lines.append(f"{indent}{s} " + f" ;\n{indent}    ".join(parts) + " .")
    return lines


def trig(quads) -> str:
    """Quads → canonical TriG text."""
    return join(chunks(quads))


def chunks(quads) -> dict[str, str]:
    """Quads → graph key (the graph as written, '' for the default graph) →
    its TriG chunk.  ``join`` of them is ``trig(quads)``; a chunk depends on
    its own graph alone, so chunks can be made apart and kept between builds."""
    graphs: dict = defaultdict(list)
    for q in quads:
        g = "" if isinstance(q.graph_name, DefaultGraph) else term(q.graph_name)
        graphs[g].append((q.subject, q.predicate, q.object))
    return {g: chunk(g, triples) for g, triples in graphs.items()}


def chunk(g: str, triples) -> str:
    if g == "":
        return "\n".join(_subject_blocks(triples, "") + [""])
    return "\n".join([f"{g} {{"] + _subject_blocks(triples, "    ") + ["}", ""])


def head() -> str:
    """The prefix lines every TriG file starts with."""
    return "\n".join(_prefix_block())


def join(graph_chunks: dict[str, str]) -> str:
    return "".join(pieces(graph_chunks))


def pieces(graph_chunks: dict[str, str]):
    """The text of ``join`` in pieces, for writing without holding it whole."""
    yield head()
    for g in sorted(graph_chunks):
        yield "\n\n"
        yield graph_chunks[g]


def split(text: str) -> dict[str, str] | None:
    """``join``'s text back into chunks; None if it is not such a text (a
    default graph, another writer, another prefix block)."""
    start = head()
    if not text.startswith(start):
        return None
    found: dict[str, str] = {}
    rest = text[len(start):]
    if not rest:
        return found
    if not rest.startswith("\n\n") or not rest.endswith("}\n"):
        return None
    for piece in rest[2:-2].split("}\n\n\n"):
        header, nl, _ = piece.partition("\n")
        if not nl or not header.endswith(" {") or header.startswith(" "):
            return None
        found[header[:-2]] = piece + "}\n"
    return found


def turtle(triples) -> str:
    """Triples (the merged graph) → canonical Turtle text."""
    return "\n".join(_prefix_block() + _subject_blocks(triples, "") + [""])
