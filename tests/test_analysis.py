"""`kg analyse`: rankings by units overseen and betweenness, the network of
officials sharing groups, units with no or several overseers."""
from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

import docs_factory
from docs_factory import ev
from extract.model import Membership, Oversight
from kg import analyse, build
from kg.builder import write_documents
from kg.cli import app

EXAMPLES = Path(__file__).parents[1] / "examples"


@pytest.fixture
def graph(tmp_path):
    division = docs_factory.division()
    division = dataclasses.replace(division, oversight=division.oversight + [
        Oversight("钱二", "oversees", "市财政局", "unit", ev("钱二同志分管市财政局。", 60)),
        Oversight("钱二", "co_oversees", "市测试局", "unit", ev("协助分管市测试局。", 70)),
    ])
    groups = docs_factory.groups_doc()
    second = "测试县另一工作领导小组"
    groups = dataclasses.replace(groups, memberships=groups.memberships + [
        Membership(second, "孙三", "person", "组长", "", ev("组长：孙三", 390)),
        Membership(second, "李四", "person", "成员", "", ev("成员：李四", 395)),
        Membership(second, "周五", "person", "成员", "", ev("成员：周五", 398)),
    ])
    out = tmp_path / "out"
    write_documents([division, groups], out)
    return out


def test_rankings_and_units(graph):
    r = analyse(graph)
    # units by their canonical names (with the jurisdiction's prefix)
    assert [(o["official"], o["units"]) for o in r["by_units"]][:2] == [("赵一鸣", 2), ("钱二", 2)]
    assert next(o for o in r["by_units"] if o["official"] == "钱二")["unit_names"] == [
        "测试市测试局", "测试市财政局"]
    assert r["shared_units"] == [{"unit": "测试市财政局", "jurisdiction": "测试市",
                                  "officials": ["赵一鸣", "钱二"], "co_overseers": []}]
    # the task's unit and the office host (测试县) have no overseer
    assert r["unoverseen_units"] == [{"unit": "测试县测试局", "jurisdiction": "测试县"}]
    assert r["notices"] == [{"document": "测政〔2024〕1号", "date": "2024-01-15",
                             "jurisdiction": "测试市", "iri": r["notices"][0]["iri"]}]
    assert r["graph"] == {"nodes": 10, "edges": 10, "officials": 5, "units": 3, "groups": 2}


def test_shared_group_memberships(graph):
    pairs = {(e["a"], e["b"]): e["weight"] for e in analyse(graph)["co_membership"]}
    # the office counts as its group: 李四 shares two groups with 孙三, not three
    assert pairs == {("孙三", "李四"): 2, ("周五", "孙三"): 1, ("周五", "李四"): 1}


def test_betweenness_of_a_bridge(graph):
    r = analyse(graph)
    scores = {o["official"]: o["betweenness"] for o in r["by_betweenness"]}
    # 钱二 alone links 市人大 (联系) to the rest; 赵一鸣 links 市测试局 and 市财政局
    # only as one of two routes
    assert scores["钱二"] > scores["赵一鸣"] > 0
    # 孙三 and 李四 are the two bridges between the two groups
    assert scores["孙三"] == scores["李四"] > scores["周五"] == 0


def test_examples(tmp_path):
    build([EXAMPLES], tmp_path / "demo")
    r = analyse(tmp_path / "demo")
    top = r["by_units"][0]
    assert (top["official"], top["jurisdiction"]) == ("顾宁", "青川市")
    assert top["units"] >= 10
    assert r["by_betweenness"][0]["official"] == "顾宁"
    assert r["graph"]["groups"] >= 2
    assert all(u["jurisdiction"] for u in r["unoverseen_units"])


def test_command(graph):
    runner = CliRunner()
    result = runner.invoke(app, ["analyse", str(graph)])
    assert result.exit_code == 0, result.output
    assert "## officials by units overseen" in result.stdout
    assert "## units overseen by more than one official (1)" in result.stdout
    result = runner.invoke(app, ["analyse", str(graph), "--format", "json"])
    assert json.loads(result.stdout)["shared_units"][0]["unit"] == "测试市财政局"
    result = runner.invoke(app, ["analyse", str(graph), "--format", "xml"])
    assert result.exit_code == 2
