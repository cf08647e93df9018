"""Change over time: every fact is dated by its document, and for each
jurisdiction the leadership-division notice (dcterms:type ``division``) in
force at a date is the latest one issued on or before that date.

Shared by ``kg query --as-of``, ``kg analyse`` and ``kg diff``.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from .errors import UsageError
from .queries import run

ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")

DOCUMENTS = """
SELECT DISTINCT ?doc ?number ?title ?date ?jurisdiction ?kind WHERE {
  GRAPH ?doc {
    ?doc a kgo:Document .
    OPTIONAL { ?doc dcterms:identifier ?number }
    OPTIONAL { ?doc dcterms:title ?title }
    OPTIONAL { ?doc dcterms:issued ?issued }
    OPTIONAL { ?doc kgo:jurisdiction ?jurisdiction }
    OPTIONAL { ?doc dcterms:type ?kind }
  }
  BIND(COALESCE(STR(?issued), "") AS ?date)
}"""


@dataclass(frozen=True, order=True)
class Doc:
    date: str          # ISO date, '' when the document has none
    number: str        # the document number as printed, '' when none
    iri: str
    title: str
    jurisdiction: str
    kind: str

    @property
    def name(self) -> str:
        """How the tables name a document: its number, else its title."""
        return self.number or self.title

    @property
    def is_division(self) -> bool:
        return self.kind == "division"

    def as_dict(self) -> dict:
        return {"document": self.name, "date": self.date, "jurisdiction": self.jurisdiction,
                "iri": self.iri}


def check_date(value: str, what: str = "--as-of") -> str:
    try:
        if ISO_DATE.match(value or ""):
            date.fromisoformat(value)
            return value
    except ValueError:
        pass
    raise UsageError(f"{what} takes a date YYYY-MM-DD, not {value!r}")


def documents(out) -> list[Doc]:
    """Every document of OUT, oldest first (undated ones first)."""
    table = run(out, DOCUMENTS)
    docs = {}
    for r in (dict(zip(table.columns, row)) for row in table.rows):
        docs[r["doc"]] = Doc(r["date"], r["number"], r["doc"], r["title"],
                             r["jurisdiction"], r["kind"])
    return sorted(docs.values())


def notices(docs: list[Doc]) -> dict[str, list[Doc]]:
    """jurisdiction → its dated division notices, oldest first."""
    result: dict[str, list[Doc]] = {}
    for d in sorted(docs):
        if d.is_division and d.date:
            result.setdefault(d.jurisdiction, []).append(d)
    return result


def in_force(docs: list[Doc], date: str | None = None) -> dict[str, Doc]:
    """jurisdiction → the division notice in force at ``date`` (the latest
    dated on or before it; the latest of all when ``date`` is None).  A
    jurisdiction with no notice that old is absent."""
    result = {}
    for place, items in notices(docs).items():
        current = [d for d in items if date is None or d.date <= date]
        if current:
            result[place] = current[-1]
    return result


def excluded(docs: list[Doc], date: str) -> list[Doc]:
    """Documents whose facts do not hold at ``date``: issued after it, undated
    division notices, and division notices superseded by then."""
    keep = {d.iri for d in in_force(docs, date).values()}
    return [d for d in docs
            if (d.date and d.date > date) or (d.is_division and d.iri not in keep)]


def find(docs: list[Doc], ref: str) -> Doc:
    """A document by its number (spaces ignored), IRI or exact title."""
    key = "".join(ref.split())
    hits = [d for d in docs if key in (d.number, d.iri, "".join(d.title.split()))]
    if not hits:
        raise UsageError(f"no document {ref!r} in the graph (give a document number such as "
                         f"{docs[0].name if docs else '青政〔2024〕7号'} or a date YYYY-MM-DD)")
    if len(hits) > 1:
        raise UsageError(f"{ref!r} names {len(hits)} documents; give its IRI")
    return hits[0]
