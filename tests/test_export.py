"""Exports: the CSV tables of interface.md (exact headers, sorted rows,
identical bytes for identical input), RDF and network formats."""
from __future__ import annotations

import csv
import dataclasses
import json

import networkx as nx
import pyoxigraph
import pytest
import rdflib

import docs_factory
from docs_factory import ev
from extract.model import Assignment, Document, Oversight
from kg import export, store
from kg.builder import write_documents
from kg.errors import UsageError
from kg.exporters.csv import HEADERS

SPEC_HEADERS = {
    "officials.csv": "official_id,name,variants",
    "oversight.csv": "official,relation,target,target_canonical,document,date,evidence",
    "posts.csv": "official,post,organisation,document,date",
    "memberships.csv": "group,member,role,affiliation,document,date",
    "groups.csv": "group,jurisdiction,office_host,document,date",
    "assignments.csv": "document,task,unit,unit_canonical,overseen_by",
}


def read(folder, name):
    with (folder / name).open(encoding="utf-8", newline="") as fh:
        return list(csv.reader(fh))


@pytest.fixture
def tables(built, tmp_path):
    return export(built, "csv", tmp_path / "tables")


def test_headers_are_those_of_the_spec(tables):
    # every table of interface.md, exactly; duties.csv is kg's one addition
    assert {name: ",".join(h) for name, h in HEADERS.items() if name != "duties.csv"} == SPEC_HEADERS
    assert HEADERS["duties.csv"] == ["document", "unit", "unit_canonical", "duty", "evidence"]
    for name, header in SPEC_HEADERS.items():
        assert (tables / name).read_text(encoding="utf-8").splitlines()[0] == header


def test_oversight_rows(tables):
    s1 = "赵一鸣同志负责市政府全面工作，分管市测试局、市财政局。"
    s2 = "钱 二同志协助赵一鸣同志工作，负责金融工作，联系市人大。"
    d = ["测政〔2024〕1号", "2024-01-15"]
    assert read(tables, "oversight.csv")[1:] == [
        # target as written; target_canonical with the jurisdiction spelled out
        ["赵一鸣", "oversees", "市测试局", "测试市测试局", *d, s1],
        ["赵一鸣", "oversees", "市财政局", "测试市财政局", *d, s1],
        ["赵一鸣", "responsible_for", "市政府全面工作", "市政府全面工作", *d, s1],
        ["钱二", "assists", "赵一鸣", "赵一鸣", *d, s2],
        ["钱二", "liaises", "市人大", "测试市人大", *d, s2],
        ["钱二", "responsible_for", "金融", "金融", *d, s2],
    ]


def test_other_tables(tables):
    doc = ["测县政办〔2024〕2号", "2024-02-01"]
    assert read(tables, "posts.csv")[1:] == [
        ["赵一鸣", "市政府市长", "测试市人民政府", "测政〔2024〕1号", "2024-01-15"]]
    assert read(tables, "memberships.csv")[1:] == [
        ["测试县某某工作领导小组", "孙三", "组长", "县政府副县长", *doc],
        ["测试县某某工作领导小组", "李四", "成员", "县测试局局长", *doc],
        ["测试县某某工作领导小组办公室", "李四", "办公室主任", "", *doc],
    ]
    assert read(tables, "groups.csv")[1:] == [
        ["测试县某某工作领导小组", "测试县", "测试县测试局", *doc],
        ["测试县某某工作领导小组办公室", "测试县", "测试县测试局", *doc],
    ]
    assert read(tables, "assignments.csv")[1:] == [
        ["测县政办〔2024〕2号", "加强测试工作", "县测试局", "测试县测试局", ""]]
    officials = read(tables, "officials.csv")[1:]
    assert sorted(r[1] for r in officials) == ["孙三", "李四", "赵一鸣", "钱二"]
    assert all(r[0].startswith("https://w3id.org/kg-gov/id/person/") for r in officials)


def test_identical_input_gives_identical_csv(tmp_path, docs):
    for name in ("a", "b"):
        write_documents(docs if name == "a" else docs[::-1], tmp_path / name)
        export(tmp_path / name, "csv", tmp_path / f"{name}-tables")
    for table in SPEC_HEADERS:
        assert (tmp_path / "a-tables" / table).read_bytes() == \
               (tmp_path / "b-tables" / table).read_bytes()


def _task_doc(date: str, units=("市测试局", "市其他局")) -> Document:
    e = ev("（" + "、".join(units) + "按职责分工负责）", 500)
    return Document(source="任务.txt", index=0, title="测试市实施方案", number="测政办〔2024〕9号",
                    issuer="测试市人民政府办公室", date=date, jurisdiction="测试市", kind="notice",
                    start=490, end=600,
                    assignments=[Assignment("推进测试", u, i == 0, e) for i, u in enumerate(units)])


def test_assignments_are_overseen_by_the_notice_in_force(tmp_path):
    old = docs_factory.division("old.txt", 0)
    old.date = "2023-01-01"
    old.oversight = [Oversight("孙旧", "oversees", "市测试局", "unit", ev("孙旧分管市测试局", 5, "old.txt"))]
    new = docs_factory.division("new.txt", 0)  # 2024-01-15: 赵一鸣 oversees 市测试局
    write_documents([old, new, _task_doc("2024-03-01")], tmp_path / "out")
    rows = read(export(tmp_path / "out", "csv", tmp_path / "t"), "assignments.csv")[1:]
    assert rows == [["测政办〔2024〕9号", "推进测试", "市其他局", "测试市其他局", ""],
                    ["测政办〔2024〕9号", "推进测试", "市测试局", "测试市测试局", "赵一鸣"]]
    # a task of 2023 answers to the notice in force then
    write_documents([old, new, _task_doc("2023-06-01")], tmp_path / "out2")
    rows = read(export(tmp_path / "out2", "csv", tmp_path / "t2"), "assignments.csv")[1:]
    assert rows[1][-1] == "孙旧"


def test_earliest_evidence_is_shown(tmp_path):
    d = docs_factory.division()
    o = d.oversight[1]
    d.oversight.append(dataclasses.replace(o, evidence=ev("重复的句子：分管市测试局。", 5)))
    write_documents([d], tmp_path / "out")
    rows = read(export(tmp_path / "out", "csv", tmp_path / "t"), "oversight.csv")[1:]
    assert [r[-1] for r in rows if r[2] == "市测试局"] == ["重复的句子：分管市测试局。"]


def test_ttl_is_the_union_of_the_graphs(built, tmp_path):
    path = export(built, "ttl", tmp_path / "g.ttl")
    triples = {(t.subject, t.predicate, t.object)
               for t in pyoxigraph.parse(path=str(path), format=pyoxigraph.RdfFormat.TURTLE)}
    assert triples == {(q.subject, q.predicate, q.object) for q in store.read_quads(built)}


def test_trig_and_jsonld(built, tmp_path):
    trig = export(built, "trig", tmp_path / "g.trig")
    assert trig.read_bytes() == (built / "graph.trig").read_bytes()
    jsonld = export(built, "jsonld", tmp_path / "g.jsonld")
    data = json.loads(jsonld.read_text(encoding="utf-8"))
    assert data["@context"]["kgo"] == "https://w3id.org/kg-gov/ont#"
    g = rdflib.Graph().parse(jsonld, format="json-ld")
    assert len(g) == len({(q.subject, q.predicate, q.object) for q in store.read_quads(built)})


@pytest.mark.parametrize("fmt,reader", [("gexf", nx.read_gexf), ("graphml", nx.read_graphml)])
def test_network_exports(built, tmp_path, fmt, reader):
    g = reader(export(built, fmt, tmp_path / f"g.{fmt}"))
    labels = {d["label"]: d["kind"] for _, d in g.nodes(data=True)}
    assert labels["赵一鸣"] == "official"
    assert labels["测试市测试局"] == "unit"  # a unit's label is its canonical name
    assert labels["金融"] == "area"
    assert labels["测试县某某工作领导小组"] == "group"
    relations = {d["relation"] for _, _, d in g.edges(data=True)}
    assert {"oversees", "liaises", "assists", "responsible_for", "组长"} <= relations


def test_unknown_format(built, tmp_path):
    with pytest.raises(UsageError, match="unknown format"):
        export(built, "xlsx", tmp_path / "x")
