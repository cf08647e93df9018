"""The label index: which units and tasks have a label containing a string.

Oxigraph has no text index, so a named query that looks a unit up by part of
its name (``oversight``) or a task by part of its title (``accountability``)
scans every label with ``CONTAINS``: about 0.1 s for the units and 0.3 s for
the tasks of 1,000 gazettes.  Each build therefore writes, beside the store of
the same generation, ``labels.tsv``: one line per kind and distinct label with
the nodes that carry it.  A local named query finds its nodes there (a
substring search over a few MB of text) and runs with them as a ``VALUES``
block instead of the scan; the rows are the same, as the file is written from
the same labels as the derived graph's ``kgo:searchLabel`` and the tasks'
``skos:prefLabel``.  A remote endpoint, or a folder built before the index
existed, runs the scan (:mod:`kg.queries`).

Line format: ``KIND<TAB>LABEL<TAB>LOCAL LOCAL …`` where LOCAL is the node's
IRI after ``ids.BASE + KIND + '/'``; lines sorted, so the file is the same
bytes for the same graph.
"""
from __future__ import annotations

from collections import defaultdict
from pathlib import Path

from . import ids
from .vocab import SKOS

LABELS_FILE = "labels.tsv"
# kind → the label predicates indexed for it (the queries' own patterns)
KINDS = {"unit": (SKOS.prefLabel.value, SKOS.altLabel.value),
         "task": (SKOS.prefLabel.value,)}


def lines(rows: dict[str, list]) -> list[str]:
    """The index's lines from the derived graph's rows
    (:func:`kg.variants.new_rows`: predicate IRI → (subject IRI, object))."""
    found: dict[tuple[str, str], set[str]] = defaultdict(set)
    for kind, predicates in KINDS.items():
        base = f"{ids.BASE}{kind}/"
        for p in predicates:
            for s, o in rows.get(p, ()):
                if s.startswith(base):
                    label = o if type(o) is str else o.value
                    found[(kind, _escape(label))].add(s[len(base):])
    return sorted(f"{kind}\t{label}\t{' '.join(sorted(nodes))}\n"
                  for (kind, label), nodes in found.items())


_ESCAPES = {"\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r"}


def _escape(label: str) -> str:
    if "\\" in label or "\t" in label or "\n" in label or "\r" in label:
        return "".join(_ESCAPES.get(c, c) for c in label)
    return label


def _unescape(label: str) -> str:
    if "\\" not in label:
        return label
    out, chars = [], iter(label)
    for c in chars:
        if c == "\\":
            c = {"t": "\t", "n": "\n", "r": "\r"}.get(next(chars, ""), "\\")
        out.append(c)
    return "".join(out)


def write(folder: Path, rows: dict[str, list]) -> None:
    with open(Path(folder) / LABELS_FILE, "w", encoding="utf-8", newline="\n") as fh:
        fh.writelines(lines(rows))


def find(folder: Path, kind: str, *texts: str) -> list[str] | None:
    """IRIs of the nodes of ``kind`` with a label containing any of ``texts``
    (sorted); None when ``folder`` has no index."""
    path = Path(folder) / LABELS_FILE
    try:
        data = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return None
    head = f"{kind}\t"
    nodes: set[str] = set()
    for text in {t for t in texts if t}:
        written = _escape(text)
        at = data.find(written)
        while at != -1:
            start = data.rfind("\n", 0, at) + 1
            end = data.find("\n", at)
            end = len(data) if end == -1 else end
            line = data[start:end]
            at = data.find(written, end)
            if not line.startswith(head):
                continue
            label, _, locals_ = line[len(head):].partition("\t")
            if text in _unescape(label):
                nodes.update(locals_.split())
    base = f"{ids.BASE}{kind}/"
    return sorted(base + n for n in nodes)
