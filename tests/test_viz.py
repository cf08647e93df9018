"""`kg viz` and `kg show` pages without a browser: self-contained, escaped,
the right facts for each --kind, and evidence spans where extract put them."""
from __future__ import annotations

import json
import math
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

import docs_factory
from extract.model import Document, Evidence, Membership, Oversight
from kg import viz_page
from kg.builder import write_documents
from kg.cli import app
from kg.evidence_page import render, spans

ROOT = Path(__file__).resolve().parents[1]
XSS = '<img/src="x"/onerror="window.__xss=1;alert(1)">'
XSS_UNIT = "市</script><script>window.__xss=2</script>局"

runner = CliRunner()


def xss_docs() -> list[Document]:
    s = f"{XSS}同志分管{XSS_UNIT}，联系市&amp;人大。"
    ev = Evidence(docs_factory.SOURCE, 0, len(s), s)
    return [Document(
        source=docs_factory.SOURCE, index=0, title=f"关于{XSS}工作分工的通知",
        number="测政〔2024〕9号", issuer="测试市人民政府", date="2024-03-01",
        jurisdiction="测试市", kind="division", start=0, end=len(s),
        oversight=[Oversight(XSS, "oversees", XSS_UNIT, "unit", ev),
                   Oversight(XSS, "liaises", "市&amp;人大", "body", ev)],
        memberships=[Membership("测试市<b>某某</b>领导小组", XSS, "person", "组长", "", ev)])]


@pytest.fixture
def xss_out(tmp_path):
    out = tmp_path / "xss"
    write_documents(xss_docs(), out)
    return out


def embedded(page: str) -> dict:
    m = re.search(r'<script type="application/json" id="kg-data">(.*?)</script>', page, re.S)
    return json.loads(m.group(1))


def spellings(data: dict, node: str) -> list[str]:
    label = {n["id"]: n["label"] for n in data["nodes"]}[node]
    return [label, *data["info"][node]["alt"]]


def test_page_is_self_contained(built, tmp_path):
    path = viz_page.viz(built, tmp_path / "p.html")
    page = path.read_text(encoding="utf-8")
    assert not re.search(r"<(script|link|img|iframe)\b[^>]*(src|href)\s*=", page, re.I)
    assert not re.search(r"@import|url\(\s*['\"]?https?:", page, re.I)
    assert "bootstrap" not in page.lower() and "tom-select" not in page.lower()
    assert "vis.Network" in page and "new vis.DataSet" in page
    data = embedded(page)
    net = viz_page.network(built)
    assert len(data["nodes"]) == len(net.nodes) and len(data["edges"]) == len(net.edges)
    assert {n["group"] for n in data["nodes"]} >= {"official", "unit", "group", "area",
                                                    "document", "task", "post"}
    for n in data["nodes"]:
        assert math.isfinite(n["x"]) and math.isfinite(n["y"])


def test_edges_carry_evidence_document_number_and_date(built, tmp_path):
    data = embedded(viz_page.viz(built, tmp_path / "p.html").read_text(encoding="utf-8"))
    labels = {n["id"]: n["label"] for n in data["nodes"]}
    [edge] = [e for e in data["edges"] if e["kind"] == "oversees"
              and labels[e["from"]] == "赵一鸣" and "市财政局" in spellings(data, e["to"])]
    [fact] = [data["facts"][i] for i in edge["facts"]]
    assert fact["text"] == "赵一鸣同志负责市政府全面工作，分管市测试局、市财政局。"
    doc = data["docs"][fact["doc"]]
    assert (doc["number"], doc["date"]) == ("测政〔2024〕1号", "2024-01-15")
    [member] = [e for e in data["edges"] if e["kind"] == "member_of" and labels[e["from"]] == "孙三"]
    assert member["label"] == "组长"


@pytest.mark.parametrize("kind, present, absent", [
    ("oversight", {"oversees", "assists", "liaises", "holds"}, {"member_of", "lead"}),
    ("groups", {"member_of", "unit_of", "office_host"}, {"oversees", "lead"}),
    ("accountability", {"lead", "contains"}, {"oversees", "member_of"}),
    ("all", {"oversees", "member_of", "lead"}, set()),
])
def test_kinds(built, kind, present, absent):
    kinds = {k for _, _, k, _ in viz_page.network(built, kind).edges}
    assert present <= kinds and not (absent & kinds)


def test_focus_by_any_spelling_and_depth(built):
    net = viz_page.network(built)
    small = viz_page.neighbourhood(net, "钱二", 1)
    names = {s for d in small.nodes.values() for s in [d["label"], *d["alt"]]}
    assert names >= {"钱二", "赵一鸣", "金融", "市人大"} and "孙三" not in names
    # a unit found by the spelling a document used (its alternate label)
    around = viz_page.neighbourhood(net, "市财政局", 1)
    assert {d["label"] for d in around.nodes.values()} >= {"赵一鸣", "测试市财政局"}
    with pytest.raises(Exception, match="无此人"):
        viz_page.neighbourhood(net, "无此人", 1)


def test_source_text_is_escaped(xss_out, tmp_path):
    page = viz_page.viz(xss_out, tmp_path / "x.html").read_text(encoding="utf-8")
    assert "<img" not in page and "window.__xss=2</script>" not in page
    assert page.count("</script>") == 3  # the data block, vis-network, the page's script
    data = embedded(page)  # and the names are intact once parsed
    names = {s for n in data["nodes"] for s in spellings(data, n["id"])}
    assert XSS in names and any(XSS_UNIT in s for s in names)


def test_search_keys_include_both_scripts(built):
    data = viz_page.page_data(viz_page.network(built))
    [zhao] = [n["id"] for n in data["nodes"] if n["label"] == "赵一鸣"]
    assert "趙一鳴" in data["info"][zhao]["search"]


def test_layout_of_many_components_and_a_big_one():
    import networkx as nx
    g = nx.disjoint_union(nx.path_graph(1200), nx.star_graph(20))
    g.add_nodes_from(["lonely"])
    pos = viz_page.layout(g)
    assert set(pos) == set(g)
    assert len(set(pos.values())) == len(pos)  # no two nodes on one spot


def test_evidence_spans_cover_the_facts():
    docs = [docs_factory.division(), docs_factory.groups_doc()]
    found = spans(docs)
    assert {s["label"] for s in found} == {"OVERSIGHT", "POST", "GROUP", "MEMBER", "TASK",
                                           "WARNING"}
    # one span however many facts share the sentence
    [s1] = [s for s in found if s["label"] == "OVERSIGHT" and s["start"] == 10]
    assert len(s1["facts"]) == 3


def test_evidence_page_highlights_and_escapes():
    s = f"{XSS}同志分管{XSS_UNIT}，联系市&amp;人大。"
    text = "标题\n\n" + s + "\n"
    docs = xss_docs()
    shifted = [Document(**{**d.__dict__, "oversight": [
        Oversight(o.official, o.relation, o.target, o.target_kind,
                  Evidence(o.evidence.source, 4, 4 + len(s), s)) for o in d.oversight],
        "memberships": []}) for d in docs]
    page = render(text, shifted)
    assert "<img" not in page and "<script" not in page and "<b>" not in page
    assert "&lt;img/src=&quot;x&quot;" in page and "&amp;amp;" in page
    assert "OVERSIGHT" in page


def test_cli_show_and_viz(tmp_path):
    example = ROOT / "examples" / "demo_gazette.txt"
    page = tmp_path / "doc.html"
    result = runner.invoke(app, ["show", str(example), "-o", str(page)])
    assert result.exit_code == 0, result.output
    html = page.read_text(encoding="utf-8")
    assert "OVERSIGHT" in html and "http" not in html.replace("http-equiv", "")
    missing = runner.invoke(app, ["show", str(tmp_path / "none.txt"), "-o", str(page)])
    assert missing.exit_code == 1 and "none.txt" in missing.stderr
    bad = runner.invoke(app, ["viz", str(tmp_path), "-o", str(page), "--kind", "nope"])
    assert bad.exit_code == 2 and "--kind" in bad.stderr
