"""Named queries, read-only SPARQL, and parameters that cannot change a query."""
from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kg import queries
from kg.errors import QueryError, UsageError
from kg.queries import bind, check_read_only, named, query, run


def test_named_queries_are_shipped():
    assert queries.names() == ["accountability", "groups", "oversight", "portfolio"]
    assert queries.parameters("oversight") == {"unit": True}
    assert queries.parameters("groups") == {"official": False}


def test_oversight_by_part_of_a_name(built):
    t = named(built, "oversight", {"unit": "财政"})
    assert t.columns == ["official", "relation", "unit", "document", "date"]
    assert t.rows == [["赵一鸣", "oversees", "市财政局", "测政〔2024〕1号", "2024-01-15"]]


def test_oversight_includes_liaison(built):
    assert named(built, "oversight", {"unit": "人大"}).rows == [
        ["钱二", "liaises", "市人大", "测政〔2024〕1号", "2024-01-15"]]


def test_oversight_matches_canonical_names(tmp_path, monkeypatch):
    import extract.units
    import docs_factory
    from kg import graph
    from kg.builder import write_documents
    monkeypatch.setattr(extract.units, "canonical",
                        lambda n, j="": "市测试管理局" if n == "市测试局" else n, raising=False)
    graph._canonicaliser.cache_clear()
    try:
        write_documents([docs_factory.division()], tmp_path / "out")
    finally:
        graph._canonicaliser.cache_clear()
    rows = named(tmp_path / "out", "oversight", {"unit": "测试管理"}).rows
    assert [r[:3] for r in rows] == [["赵一鸣", "oversees", "市测试局"]]


def test_portfolio(built):
    t = named(built, "portfolio", {"official": "钱二"})
    assert t.columns == ["relation", "target", "document"]
    assert t.rows == [["assists", "赵一鸣", "测政〔2024〕1号"],
                      ["liaises", "市人大", "测政〔2024〕1号"],
                      ["responsible_for", "金融", "测政〔2024〕1号"]]


def test_groups_all_and_by_official(built):
    doc = "测县政办〔2024〕2号"
    everyone = named(built, "groups")
    assert everyone.columns == ["group", "member", "role", "affiliation", "document"]
    assert everyone.rows == [
        ["测试县某某工作领导小组", "孙三", "组长", "县政府副县长", doc],
        ["测试县某某工作领导小组", "李四", "成员", "县测试局局长", doc],
        ["测试县某某工作领导小组办公室", "李四", "办公室主任", "", doc],
    ]
    assert named(built, "groups", {"official": "孙三"}).rows == everyone.rows[:1]


def test_accountability(built):
    t = named(built, "accountability", {"task": "测试"})
    assert t.columns == ["task", "unit", "lead", "official", "task_document", "division_document"]
    assert t.rows == [["加强测试工作", "县测试局", "lead", "", "测县政办〔2024〕2号", ""]]
    assert named(built, "accountability", {"task": "没有这个任务"}).rows == []


def test_parameters_are_checked(built):
    with pytest.raises(UsageError, match="required"):
        named(built, "oversight", {})
    with pytest.raises(UsageError, match="unknown parameter"):
        named(built, "oversight", {"unit": "x", "year": "2021"})
    with pytest.raises(UsageError, match="no named query"):
        named(built, "nope", {})
    with pytest.raises(UsageError):
        query(built)
    with pytest.raises(UsageError):
        query(built, "SELECT * {}", name="groups")


INJECTIONS = [
    '财政" ) } UNION { ?x ?y ?z } #',
    "'} UNION { ?a ?b ?c }",
    '"""\n} } SELECT * WHERE { ?s ?p ?o } #',
    '\\" . } DROP ALL ; #',
    "{}{}}}{{",
    "财政\u0000\n\r\t",
]


@pytest.mark.parametrize("value", INJECTIONS)
def test_parameter_values_cannot_change_the_query(built, value):
    sparql = bind("oversight", {"unit": value})
    # the value appears as literals inside the one VALUES block (the value and
    # its canonical spelling), never as query text
    assert sparql.count("VALUES (?unit_param ?unit_canonical_param)") == 1
    assert named(built, "oversight", {"unit": value}).rows == []


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(value=st.text(max_size=12))
def test_any_parameter_value_is_one_literal(built, value):
    from extract.units import canonical
    rows = named(built, "oversight", {"unit": value}).rows
    # only units whose name, as written or canonical, contains it
    assert all(value in r[2] or value in canonical(r[2], "测试市") or canonical(value) in canonical(r[2], "测试市")
               for r in rows)


def test_sparql_runs_over_the_union(built):
    t = run(built, "SELECT ?name WHERE { ?p a foaf:Person ; foaf:name ?name } ORDER BY ?name")
    assert [r[0] for r in t.rows] == ["孙三", "李四", "赵一鸣", "钱二"]
    t = run(built, "SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")
    assert t.rows == [["3"]]  # two documents and the derived graph (label index)
    assert run(built, "ASK { ?p foaf:name '赵一鸣' }").rows == [["true"]]


@pytest.mark.parametrize("update", [
    'INSERT DATA { <urn:a> <urn:b> "c" }',
    "DELETE WHERE { ?s ?p ?o }",
    "delete { ?s ?p ?o } where { ?s ?p ?o }",
    "LOAD <http://example.org/x.ttl>",
    "CLEAR ALL",
    "DROP GRAPH <urn:g>",
    "CREATE GRAPH <urn:g>",
    "PREFIX ex: <urn:x#>\nWITH <urn:g> DELETE { ?s ?p ?o } WHERE { ?s ?p ?o }",
    "ADD <urn:a> TO <urn:b>",
])
def test_updates_are_refused(built, update):
    before = (built / "graph.trig").read_bytes()
    with pytest.raises(QueryError, match="read-only"):
        run(built, update)
    assert run(built, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }").rows != [["0"]]
    assert (built / "graph.trig").read_bytes() == before


def test_service_is_refused(built):
    with pytest.raises(QueryError, match="SERVICE"):
        run(built, "SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }")


def test_keywords_inside_strings_iris_and_names_are_fine():
    check_read_only('SELECT ?delete WHERE { ?s ?p "INSERT DATA" . ?s <urn:drop> ?delete }')
    check_read_only("PREFIX load: <urn:l#> SELECT * WHERE { ?s load:clear ?o } # DROP ALL")


def test_malformed_sparql_is_a_query_error(built):
    with pytest.raises(QueryError, match="not valid SPARQL"):
        run(built, "SELEC ?x WHERE {")


def test_service_is_refused_unless_allowed(built):
    q = "SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }"
    with pytest.raises(QueryError, match="--allow-service"):
        run(built, q)
    # allowed, it goes as far as the store (which has no HTTP client here, or
    # finds nothing listening): the refusal is gone either way
    try:
        run(built, q, allow_service=True)
    except QueryError as err:
        assert "refused" not in str(err)


# --- sorting the rows of a local named query in Python (queries._sorted) ---

def _store_of(values):
    from pyoxigraph import Literal, NamedNode, Quad, Store
    db = Store()
    for i, v in enumerate(values):
        s = NamedNode(f"http://example.org/r{i}")
        if v is not None:
            db.add(Quad(s, NamedNode("http://example.org/v"), v))
        db.add(Quad(s, NamedNode("http://example.org/i"), Literal(i)))
    return db


_BY_VALUE = ("SELECT ?s ?v WHERE { ?s <http://example.org/i> ?i "
             "OPTIONAL { ?s <http://example.org/v> ?v } }\nORDER BY ?v ?s\n")


@settings(max_examples=60, deadline=None)
@given(st.lists(st.one_of(st.none(), st.text(max_size=4)), max_size=12))
def test_python_sort_is_the_engines_order_for_strings(values):
    from pyoxigraph import Literal
    db = _store_of([None if v is None else Literal(v) for v in values])
    engine = queries._table(queries._query(db, _BY_VALUE))
    assert queries._sorted(db, _BY_VALUE) == engine


def test_terms_other_than_strings_are_left_to_the_engine():
    from pyoxigraph import Literal
    # numbers sort by value in SPARQL, "10" before "9" as strings
    db = _store_of([Literal(10), Literal(9), Literal("x", language="zh")])
    rows = queries._sorted(db, _BY_VALUE).rows
    assert [r[1] for r in rows] == ["9", "10", "x"]
    # a key that is not a column: the engine sorts
    unprojected = ("SELECT ?s WHERE { ?s <http://example.org/i> ?i }\nORDER BY DESC(?i)\n")
    assert queries._sorted(db, unprojected).rows[0] == ["http://example.org/r2"]
    hidden = "SELECT ?s WHERE { ?s <http://example.org/i> ?i }\nORDER BY ?i\n"
    assert [r[0][-1] for r in queries._sorted(db, hidden).rows] == ["0", "1", "2"]


def test_the_embedded_store_gets_its_own_form_of_a_query():
    local = bind("accountability", {"task": "x"}, embedded=True)
    portable = bind("accountability", {"task": "x"})
    assert "LATERAL {" in local and "LATERAL {" not in portable
    assert "#EMBEDDED" not in local + portable and "#PORTABLE" not in local + portable
