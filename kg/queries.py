"""Read-only SPARQL over a graph folder, and the named queries shipped in
``kg/queries/*.rq``.

A named query marks where its parameters go with a ``#PARAMS`` line; kg
replaces it with a ``VALUES`` block of literals written by pyoxigraph's own
N-Triples escaping, so a parameter value is always one literal and never
becomes SPARQL syntax.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from importlib import resources

from pyoxigraph import Literal, QueryBoolean, QuerySolutions, QueryTriples

from . import search, store
from .errors import QueryError, UsageError
from .vocab import PREFIXES, sparql_prologue

_PARAM_DECL = re.compile(r"^#\s*param\s+(\w+):.*?\((required|optional)", re.M)

# stripped before looking for keywords, so that a string or IRI that merely
# contains 'INSERT' or 'SERVICE' is not refused
_NOT_KEYWORDS = re.compile(
    r'"""[\s\S]*?"""|\'\'\'[\s\S]*?\'\'\'|"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)*\''
    r"|<[^<>\"{}|^`\\\s]*>|#[^\n]*|[?$]\w+|\w*:[\w.-]*")
_UPDATE = re.compile(r"\b(INSERT|DELETE|LOAD|CLEAR|DROP|CREATE|ADD|MOVE|COPY|WITH)\b", re.I)
_SERVICE = re.compile(r"\bSERVICE\b", re.I)


@dataclass
class Table:
    columns: list[str]
    rows: list[list[str]]


def check_read_only(sparql: str, *, allow_service: bool = False) -> None:
    """Refuse SPARQL Update, and federated queries (SERVICE) unless asked for,
    before parsing."""
    bare = _NOT_KEYWORDS.sub(" ", sparql)
    found = _UPDATE.search(bare)
    if found:
        raise QueryError(f"query: SPARQL Update ({found.group(1).upper()}) is refused: "
                         "kg query is read-only; rebuild with `kg build` to change the graph")
    if _SERVICE.search(bare) and not allow_service:
        raise QueryError("query: SERVICE is refused: kg query reads the local graph only "
                         "(pass --allow-service to let a query call other endpoints)")


def _value(term) -> str:
    if term is None:
        return ""
    return getattr(term, "value", str(term))


def run(out, sparql: str, *, allow_service: bool = False, sort_here: bool = False) -> Table:
    """Run a read-only SPARQL query over the union of OUT's named graphs.
    ``sort_here``: a final ``ORDER BY`` of projected variables is done in
    Python (:func:`_sorted`)."""
    check_read_only(sparql, allow_service=allow_service)
    db = store.open_store(out)
    try:
        if sort_here:
            return _sorted(db, sparql)
        return _table(_query(db, sparql))
    except SyntaxError as err:
        raise QueryError(f"query: not valid SPARQL ({err})") from err
    except OSError as err:  # also raised while the results are read (a SERVICE call)
        raise QueryError(f"query: failed ({err})") from err


def _table(result) -> Table:
    if isinstance(result, QueryBoolean):
        return Table(["ask"], [["true" if bool(result) else "false"]])
    if isinstance(result, QueryTriples):
        return Table(["subject", "predicate", "object"],
                     [[_value(t.subject), _value(t.predicate), _value(t.object)] for t in result])
    assert isinstance(result, QuerySolutions)
    columns = [v.value for v in result.variables]
    return Table(columns, [[_value(sol[c]) for c in columns] for sol in result])


# a query's last clause when it orders by projected variables alone
_ORDER_BY = re.compile(r"^[ \t]*ORDER[ \t]+BY((?:[ \t]+\?\w+)+)[ \t]*\n?\Z", re.M | re.I)
_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"


def _sortable(term) -> bool:
    # unbound, or a plain string: SPARQL orders those as Python orders str
    # (code points, unbound first); any other term leaves the sort to SPARQL
    return term is None or (isinstance(term, Literal) and term.datatype.value == _XSD_STRING)


def _sorted(db, sparql: str) -> Table:
    """The rows of ``sparql`` with its final ``ORDER BY ?a ?b …`` done here.

    Oxigraph compares strings by looking each one up in the store, so
    sorting 5,000 rows by four strings takes it ~0.4 s; Python sorts the same
    strings in a few milliseconds.  The order is SPARQL's for plain string
    literals (code point order, unbound first); a query whose keys hold any
    other kind of term, or an unprojected variable, is sorted by the engine."""
    m = _ORDER_BY.search(sparql)
    if m is None:
        return _table(_query(db, sparql))
    result = _query(db, sparql[:m.start()])
    if not isinstance(result, QuerySolutions):
        return _table(_query(db, sparql))
    columns = [v.value for v in result.variables]
    keys = [k[1:] for k in m.group(1).split()]
    if not set(keys) <= set(columns):
        return _table(_query(db, sparql))
    at = [columns.index(k) for k in keys]
    rows = [[sol[c] for c in columns] for sol in result]
    if not all(_sortable(row[i]) for row in rows for i in at):
        return _table(_query(db, sparql))
    rows.sort(key=lambda row: [(row[i] is not None, _value(row[i])) for i in at])
    return Table(columns, [[_value(t) for t in row] for row in rows])


def _query(db, sparql: str):
    # kg's prefixes are predeclared; passed apart from the text so that syntax
    # errors point at the user's own line numbers (older pyoxigraph: prepended)
    try:
        return db.query(sparql, use_default_graph_as_union=True, prefixes=dict(PREFIXES))
    except TypeError:
        return db.query(sparql_prologue() + sparql, use_default_graph_as_union=True)


def names() -> list[str]:
    folder = resources.files("kg").joinpath("queries")
    return sorted(p.name[:-3] for p in folder.iterdir() if p.name.endswith(".rq"))


def text(name: str) -> str:
    if name not in names():
        raise UsageError(f"query: no named query {name!r}; choose one of {', '.join(names())}")
    return resources.files("kg").joinpath("queries", f"{name}.rq").read_text(encoding="utf-8")


def parameters(name: str) -> dict[str, bool]:
    """param → required?, as declared in the query's header."""
    return {p: req == "required" for p, req in _PARAM_DECL.findall(text(name))}


# a search block of a named query (see oversight.rq): the portable scan
# between #SEARCH and #INDEXED (or #END), and the pattern that follows the
# nodes found when they come from the graph folder's label index
_SEARCH = re.compile(r"^[ \t]*#SEARCH[ \t]+(\w+)[ \t]+\?(\w+)((?:[ \t]+\w+)*)[ \t]*\n"
                     r"(.*?)(?:^[ \t]*#INDEXED[ \t]*\n(.*?))?^[ \t]*#END[ \t]*\n", re.M | re.S)


def _searched(sparql: str, params: dict[str, str], index) -> str:
    """Each search block of ``sparql``: the nodes found in the label index of
    the generation folder ``index`` when it has one and the block's
    parameters are given, else the scan."""
    def one(m: re.Match) -> str:
        kind, var, names, scan, after = m.groups()
        texts = [params[p] for p in names.split() if params.get(p)]
        nodes = search.find(index, kind, *texts) if index is not None and texts else None
        if nodes is None:
            return scan
        values = f"VALUES ?{var} {{ {' '.join(f'<{n}>' for n in nodes)} }}"
        if after is None:
            return f"  {values}\n"
        return after.replace("#NODES", values, 1)
    return _SEARCH.sub(one, sparql)


# a block of a named query written twice (see accountability.rq): after
# #EMBEDDED for kg's own store (Oxigraph, whose extensions it may use), after
# #PORTABLE in standard SPARQL 1.1 for any other endpoint
_ENGINE = re.compile(r"^[ \t]*#EMBEDDED[ \t]*\n(.*?)^[ \t]*#PORTABLE[ \t]*\n(.*?)"
                     r"^[ \t]*#END[ \t]*\n", re.M | re.S)


def bind(name: str, params: dict[str, str], *, index=None, embedded: bool = False) -> str:
    """The named query with ``params`` bound as literals.  ``index``: a graph
    folder's generation whose label index (:mod:`kg.search`) may answer the
    query's text searches.  ``embedded``: the query runs on kg's embedded
    Oxigraph store, not on a remote endpoint."""
    declared = parameters(name)
    unknown = sorted(set(params) - set(declared))
    if unknown:
        raise UsageError(f"query {name}: unknown parameter {unknown[0]!r}; "
                         f"it takes {', '.join(declared) or 'none'}")
    missing = [p for p, required in declared.items() if required and p not in params]
    if missing:
        raise UsageError(f"query {name}: parameter {missing[0]!r} is required "
                         f"(--param {missing[0]}=VALUE)")
    params = dict(params)
    if "unit" in params and "?unit_canonical_param" in text(name):
        # any spelling finds the unit: 发展改革委 is looked up as 发展和改革委员会 too
        from extract.units import canonical
        params["unit_canonical"] = canonical(params["unit"])
    given = sorted(params)
    values = ""
    if given:
        variables = " ".join(f"?{p}_param" for p in given)
        literals = " ".join(str(Literal(str(params[p]))) for p in given)
        values = f"VALUES ({variables}) {{ ({literals}) }}"
    sparql = _ENGINE.sub(lambda m: m.group(1 if embedded else 2), text(name))
    return _searched(sparql, params, index).replace("#PARAMS", values, 1)


def named(out, name: str, params: dict[str, str] | None = None, *,
          as_of: str | None = None) -> Table:
    sparql = bind(name, params or {}, index=store.generation(out), embedded=True)
    if as_of is not None:
        sparql = as_of_filter(out, name, sparql, as_of)
    return run(out, sparql, sort_here=True)


# the named queries that take --as-of: their facts come from division notices
AS_OF_QUERIES = ("oversight", "portfolio")
_WHERE = re.compile(r"\bWHERE\s*\{", re.I)


def as_of_filter(out, name: str, sparql: str, as_of: str) -> str:
    """``sparql`` (a named query over ``GRAPH ?doc``) restricted to the facts
    that hold at ``as_of``: for each jurisdiction the division notice in force
    then (the latest dated on or before it), and no document issued later."""
    from .timeline import check_date, documents, excluded
    if name not in AS_OF_QUERIES:
        raise UsageError(f"query: --as-of goes with --name {' or '.join(AS_OF_QUERIES)}, "
                         f"not {name}")
    check_date(as_of)
    dropped = excluded(documents(out), as_of)
    if not dropped:
        return sparql
    iris = ", ".join(f"<{d.iri}>" for d in dropped)
    return _WHERE.sub(lambda m: f"{m.group(0)}\n  FILTER(?doc NOT IN ({iris}))", sparql, count=1)


def query(out, sparql: str | None = None, *, name: str | None = None,
          params: dict[str, str] | None = None, as_of: str | None = None,
          allow_service: bool = False) -> Table:
    """`kg query`: either a SPARQL text or a named query with parameters.

    ``as_of`` (YYYY-MM-DD, named queries oversight and portfolio) answers
    with, for each jurisdiction, the division notice in force at that date."""
    if (sparql is None) == (name is None):
        raise UsageError("query: give either a SPARQL query or --name NAME, not both")
    if name is not None:
        return named(out, name, params, as_of=as_of)
    if params:
        raise UsageError("query: --param only goes with --name")
    if as_of is not None:
        raise UsageError("query: --as-of only goes with --name oversight or portfolio")
    return run(out, sparql, allow_service=allow_service)
