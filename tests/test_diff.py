"""Change over time: `kg diff` between two division notices of an invented
city (岚桥市), and `kg query --as-of` picking the notice in force.

The second notice moves 市体育局 from 孟书婷 to 林远航 and 市水利局 from 韩启明
to 孟书婷, replaces 韩启明 by 欧阳澈 (who takes his other two units), makes
孟书婷 常务副市长 and gives her 文化旅游; each year also has a roster of the
flood-control leading group, whose 副组长 goes from 韩启明 to 欧阳澈.
"""
from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from kg import build, diff, query
from kg.cli import app
from kg.diff import rows
from kg.errors import UsageError

NOTICE_2023 = """岚桥市人民政府 关于市政府领导同志工作分工的通知

岚政〔2023〕3号

各县（市、区）人民政府，市人民政府各部门：

根据人事变动和工作需要，经研究，现将市政府领导同志的工作分工通知如下：

林远航：市政府市长、党组书记

主持市政府全面工作，负责审计方面工作。

分管市审计局。

孟书婷：市政府副市长、党组成员

负责教育、卫生健康等方面的工作。

分管和联系单位：市教育局、市卫生健康委员会、市体育局。

韩启明：市政府副市长、党组成员

负责自然资源、农业农村等方面的工作。

分管和联系单位：市自然资源和规划局、市农业农村局、市水利局。

岚桥市人民政府

2023年2月10日

岚桥市人民政府办公室 关于成立岚桥市防汛抗旱工作领导小组的通知

岚政办〔2023〕8号

各县（市、区）人民政府，市人民政府各部门：

为加强防汛抗旱工作，市政府决定成立岚桥市防汛抗旱工作领导小组。现将成员名单通知如下：

组 长：林远航（市政府市长）

副组长：韩启明（市政府副市长）

成 员：简如松（市水利局局长）

 石可为（市应急管理局局长）

领导小组下设办公室，办公室设在市水利局，简如松同志兼办公室主任。

岚桥市人民政府办公室

2023年3月1日
"""

NOTICE_2024 = """岚桥市人民政府 关于调整市政府领导同志工作分工的通知

岚政〔2024〕9号

各县（市、区）人民政府，市人民政府各部门：

根据人事变动和工作需要，经研究，现将市政府领导同志的工作分工通知如下：

林远航：市政府市长、党组书记

主持市政府全面工作，负责审计方面工作。

分管市审计局、市体育局。

孟书婷：市政府常务副市长、党组成员

负责教育、卫生健康、文化旅游等方面的工作。

分管和联系单位：市教育局、市卫生健康委员会、市水利局。

欧阳澈：市政府副市长、党组成员

负责自然资源、农业农村等方面的工作。

分管和联系单位：市自然资源和规划局、市农业农村局。

岚桥市人民政府

2024年5月20日

岚桥市人民政府办公室 关于调整岚桥市防汛抗旱工作领导小组成员的通知

岚政办〔2024〕12号

各县（市、区）人民政府，市人民政府各部门：

因人事变动，经市政府同意，现将调整后的岚桥市防汛抗旱工作领导小组成员名单通知如下：

组 长：林远航（市政府市长）

副组长：欧阳澈（市政府副市长）

成 员：简如松（市水利局局长）

 石可为（市应急管理局局长）

领导小组下设办公室，办公室设在市水利局，简如松同志兼办公室主任。

岚桥市人民政府办公室

2024年6月3日
"""

J = "岚桥市"
POSTS = "党组成员;市政府副市长"
# every change between the two notices, and nothing else
NOTICE_CHANGES = [
    [J, "unit moved", "岚桥市体育局", "孟书婷", "林远航"],
    [J, "unit moved", "岚桥市农业农村局", "韩启明", "欧阳澈"],
    [J, "unit moved", "岚桥市水利局", "韩启明", "孟书婷"],
    [J, "unit moved", "岚桥市自然资源和规划局", "韩启明", "欧阳澈"],
    [J, "official arrived", "欧阳澈", "", POSTS],
    [J, "official left", "韩启明", POSTS, ""],
    [J, "post gained", "孟书婷", "", "市政府常务副市长"],
    [J, "post lost", "孟书婷", "市政府副市长", ""],
    [J, "area gained", "孟书婷", "", "文化旅游"],
]
GROUP = "岚桥市防汛抗旱工作领导小组"


@pytest.fixture(scope="module")
def graphs(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("diff")
    (tmp / "2023.txt").write_text(NOTICE_2023, encoding="utf-8")
    (tmp / "2024.txt").write_text(NOTICE_2024, encoding="utf-8")
    for name, inputs in (("both", ["2023.txt", "2024.txt"]), ("a", ["2023.txt"]),
                         ("b", ["2024.txt"])):
        report = build([tmp / i for i in inputs], tmp / name)
        assert not report.get("errors"), report
    return tmp


def test_the_notices_are_read_as_division_notices(graphs):
    t = query(graphs / "both", "SELECT ?n ?d WHERE { ?doc dcterms:type 'division' ; "
                               "dcterms:identifier ?n ; dcterms:issued ?d } ORDER BY ?d")
    assert t.rows == [["岚政〔2023〕3号", "2023-02-10"], ["岚政〔2024〕9号", "2024-05-20"]]


def test_diff_between_two_notices(graphs):
    result = diff(graphs / "both", "岚政〔2023〕3号", "岚政 〔2024〕9号")
    assert [(d["jurisdiction"], d["from"]["document"], d["to"]["document"]) for d in result] \
        == [(J, "岚政〔2023〕3号", "岚政〔2024〕9号")]
    # the group's roster of 2023-03-01 is after the first notice and its 2024
    # roster after the second: by these dates the group was set up, no more
    assert rows(result) == NOTICE_CHANGES + [
        [J, "group leaders changed", GROUP, "", "组长:林远航; 副组长:韩启明"]]
    d = result[0]
    assert d["moved"][0] == {"unit": "岚桥市体育局", "from": ["孟书婷"], "to": ["林远航"]}
    assert d["arrived"] == [{"official": "欧阳澈", "posts": ["党组成员", "市政府副市长"]}]
    assert d["areas"] == [{"official": "孟书婷", "gained": ["文化旅游"], "lost": []}]


def test_diff_between_dates_sees_the_group_leader_replaced(graphs):
    result = diff(graphs / "both", "2023-06-01", "2024-07-01")
    assert rows(result) == NOTICE_CHANGES + [
        [J, "group leaders changed", GROUP, "组长:林远航; 副组长:韩启明",
         "组长:林远航; 副组长:欧阳澈"]]
    assert result[0]["groups"] == [{"group": GROUP,
                                    "from": {"组长": ["林远航"], "副组长": ["韩启明"]},
                                    "to": {"组长": ["林远航"], "副组长": ["欧阳澈"]}}]


def test_diff_of_two_graph_folders(graphs):
    assert rows(diff(graphs / "a", out_b=graphs / "b")) == rows(
        diff(graphs / "both", "2023-06-01", "2024-07-01"))


def test_no_change_and_bad_ends(graphs):
    assert rows(diff(graphs / "both", "2024-07-01", "2024-12-31")) == []
    # the group's new roster (2024-06-03) falls between these dates
    assert [r[1] for r in rows(diff(graphs / "both", "2024-06-01", "2024-12-31"))] == [
        "group leaders changed"]
    with pytest.raises(UsageError, match="no jurisdiction has a division notice"):
        diff(graphs / "both", "2020-01-01", "2024-12-31")
    with pytest.raises(UsageError, match="no document"):
        diff(graphs / "both", "岚政〔1999〕1号", "2024-12-31")
    with pytest.raises(UsageError, match="--from and --to"):
        diff(graphs / "both", "2024-01-01")


def cli(*args):
    return CliRunner().invoke(app, [str(a) for a in args])


def test_diff_command_table_json_and_html(graphs, tmp_path):
    page = tmp_path / "diff.html"
    r = cli("diff", graphs / "both", "--from", "2023-06-01", "--to", "2024-07-01",
            "--html", page)
    assert r.exit_code == 0, r.output
    lines = r.stdout.splitlines()
    assert lines[0].split() == ["jurisdiction", "change", "subject", "from", "to"]
    assert len(lines) == 2 + len(NOTICE_CHANGES) + 1
    assert "group leaders changed" in lines[-1]

    r = cli("diff", graphs / "a", graphs / "b", "--format", "json")
    assert r.exit_code == 0, r.output
    data = json.loads(r.stdout)
    assert [m["unit"] for m in data[0]["moved"]] == [row[2] for row in NOTICE_CHANGES[:4]]

    text = page.read_text(encoding="utf-8")
    assert text.startswith("<!DOCTYPE html>") and "<script" not in text
    assert "欧阳澈" in text and "http" not in text

    r = cli("diff", graphs / "both", "--from", "2024-13-45", "--to", "2024-07-01")
    assert r.exit_code == 2 and "kg: " in r.stderr


def test_html_is_escaped():
    from kg.diff import to_html
    result = [{"jurisdiction": "<b>J</b>", "from": {"document": "<x>", "date": ""},
               "to": {"document": "&", "date": ""}, "arrived": [],
               "moved": [{"unit": "<script>alert(1)</script>", "from": [], "to": ["A&B"]}],
               "left": [], "posts": [], "areas": [], "groups": []}]
    page = to_html(result, title="<t>")
    assert "<script>" not in page and "&lt;script&gt;" in page and "A&amp;B" in page
    assert "<b>J</b>" not in page


@pytest.mark.parametrize("as_of,expected", [
    ("2023-02-10", [["韩启明", "oversees", "市水利局", "岚政〔2023〕3号", "2023-02-10"]]),
    ("2024-05-19", [["韩启明", "oversees", "市水利局", "岚政〔2023〕3号", "2023-02-10"]]),
    ("2024-05-20", [["孟书婷", "oversees", "市水利局", "岚政〔2024〕9号", "2024-05-20"]]),
    ("2030-01-01", [["孟书婷", "oversees", "市水利局", "岚政〔2024〕9号", "2024-05-20"]]),
    ("2023-02-09", []),
])
def test_as_of_picks_the_notice_in_force(graphs, as_of, expected):
    t = query(graphs / "both", name="oversight", params={"unit": "水利局"}, as_of=as_of)
    assert t.rows == expected


def test_without_as_of_every_notice_answers(graphs):
    t = query(graphs / "both", name="oversight", params={"unit": "水利局"})
    assert sorted(r[0] for r in t.rows) == ["孟书婷", "韩启明"]


def test_as_of_portfolio_and_its_errors(graphs):
    def portfolio(as_of):
        t = query(graphs / "both", name="portfolio", params={"official": "孟书婷"}, as_of=as_of)
        return sorted((r[0], r[1]) for r in t.rows)
    assert portfolio("2023-12-31") == [("oversees", "市体育局"), ("oversees", "市卫生健康委员会"),
                                       ("oversees", "市教育局"), ("responsible_for", "卫生健康"),
                                       ("responsible_for", "教育")]
    assert ("responsible_for", "文化旅游") in portfolio("2024-06-01")
    assert ("oversees", "市体育局") not in portfolio("2024-06-01")
    with pytest.raises(UsageError, match="--as-of goes with"):
        query(graphs / "both", name="groups", as_of="2024-01-01")
    with pytest.raises(UsageError, match="YYYY-MM-DD"):
        query(graphs / "both", name="portfolio", params={"official": "孟书婷"}, as_of="2024")
    r = cli("query", graphs / "both", "-n", "oversight", "-p", "unit=体育局",
            "--as-of", "2024-06-01", "-f", "csv")
    assert r.exit_code == 0, r.output
    assert r.stdout.splitlines()[1:] == ["林远航,oversees,市体育局,岚政〔2024〕9号,2024-05-20"]
