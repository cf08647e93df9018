"""Stable IRIs.  An IRI is the kind of thing plus a short hash of the key that
identifies it, so the same input always gives the same IRIs (and so the same
bytes in ``graph.trig``), and nothing depends on build order."""
from __future__ import annotations

import hashlib
from functools import lru_cache
from pathlib import PurePath

BASE = "https://w3id.org/kg-gov/id/"
ONT = "https://w3id.org/kg-gov/ont#"

_SEP = "\x1f"  # cannot occur in names, so ('a', 'bc') and ('ab', 'c') differ


def mint(kind: str, *key) -> str:
    digest = hashlib.sha1(_SEP.join(str(k) for k in key).encode("utf-8")).hexdigest()
    return f"{BASE}{kind}/{digest[:16]}"


@lru_cache(maxsize=1 << 12)  # called for every evidence node: a PurePath each time is costly
def source_name(source: str) -> str:
    """Sources are known by file name, so building ``examples/a.txt`` and
    ``/abs/examples/a.txt`` gives the same graph."""
    return PurePath(str(source)).name or str(source)


def person(jurisdiction: str, name: str) -> str:
    # names are unique only within a jurisdiction: 张伟 of one county is not 张伟 of another
    return mint("person", jurisdiction, name)


def unit(jurisdiction: str, name: str) -> str:
    return mint("unit", jurisdiction, name)


def group(name: str) -> str:
    # a group's name carries its jurisdiction (渑池县……领导小组)
    return mint("group", name)


def area(name: str) -> str:
    return mint("area", name)


def role(name: str) -> str:
    return mint("role", name)


def document(source: str, index: int) -> str:
    # keyed by file and position, not by number: two sources may reprint one
    # number, and rebuilding a source must replace exactly its own graphs
    return mint("document", source_name(source), index)


def evidence(source: str, start: int, end: int) -> str:
    return mint("evidence", source_name(source), start, end)


def fact(kind: str, *content) -> str:
    return mint(kind, *content)
