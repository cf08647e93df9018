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

from . import ids
from .vocab import PREFIXES, RDF

_LOCAL = re.compile(r"^[A-Za-z0-9_]+$")
_XSD = "http://www.w3.org/2001/XMLSchema#"
_ESCAPES = {"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r", "\t": "\\t",
            "\b": "\\b", "\f": "\\f"}
_ESCAPE_RE = re.compile(r'[\\"\n\r\t\b\f]')
# longest namespace first, so that 'id/person/' wins over a shorter match
_BY_LENGTH = sorted(PREFIXES.items(), key=lambda kv: -len(kv[1]))
# kg's own IRIs (ids.mint: BASE + kind + '/' + hash) are most of what is
# written; no other namespace is a prefix of theirs, so their prefix is found
# by one split instead of the loop (the same answer, as a fast path)
_ID_BASE = ids.BASE
_ID_PREFIX = {ns[len(_ID_BASE):-1]: p for p, ns in PREFIXES.items()
              if ns.startswith(_ID_BASE) and ns.endswith("/") and "/" not in ns[len(_ID_BASE):-1]}


@lru_cache(maxsize=1 << 16)
def _iri(value: str) -> str:
    if value.startswith(_ID_BASE):
        kind, slash, local = value[len(_ID_BASE):].partition("/")
        prefix = _ID_PREFIX.get(kind) if slash else None
        if prefix is not None and _LOCAL.match(local):
            return f"{prefix}:{local}"
    for prefix, ns in _BY_LENGTH:
        if value.startswith(ns) and _LOCAL.match(value[len(ns):]):
            return f"{prefix}:{value[len(ns):]}"
    return f"<{value}>"


def _string(value: str) -> str:
    return '"' + _ESCAPE_RE.sub(lambda m: _ESCAPES[m.group()], value) + '"'


# the writer's forms of an IRI and of a plain string, for callers that build
# TriG text without making pyoxigraph terms first (kg.graph's hot path)
iri = _iri
string = _string


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
    return _blocks(by_subject, indent)


_RDF_TYPE = _iri(RDF.type.value)


def _blocks(by_subject, indent: str) -> list[str]:
    """subject → predicate → objects, all written already → the lines."""
    lines = []
    sep = f" ;\n{indent}    "
    for s in sorted(by_subject):
        preds = by_subject[s]
        parts = [f"{p} {' , '.join(sorted(preds[p]))}" for p in sorted(preds) if p != _RDF_TYPE]
        if _RDF_TYPE in preds:  # rdf:type first ('a'), then the rest in order
            parts.insert(0, f"a {' , '.join(sorted(preds[_RDF_TYPE]))}")
        lines.append(f"{indent}{s} " + sep.join(parts) + " .")
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


def written_chunk(g: str, by_subject) -> str:
    """``chunk`` of the named graph ``g`` from its triples already written as
    terms (subject → predicate → set of objects)."""
    return "\n".join([f"{g} {{"] + _blocks(by_subject, "    ") + ["}", ""])


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


def node(key: str) -> NamedNode:
    """The graph named by ``key`` (a graph's key in ``chunks``: its IRI as written)."""
    if key.startswith("<") and key.endswith(">"):
        return NamedNode(key[1:-1])
    prefix, _, local = key.partition(":")
    return NamedNode(PREFIXES[prefix] + local)


def turtle(triples) -> str:
    """Triples (the merged graph) → canonical Turtle text."""
    return "\n".join(_prefix_block() + _subject_blocks(triples, "") + [""])
