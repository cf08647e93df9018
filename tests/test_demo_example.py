"""The shipped example, ``examples/demo_gazette.txt``: an invented gazette issue of the
invented city 青川市 and county 柳溪县.  These tests check a handful of the facts that
were written into it (every name there is made up)."""
from __future__ import annotations

from pathlib import Path

import pytest

from extract import extract_text

DEMO = Path(__file__).resolve().parent.parent / "examples" / "demo_gazette.txt"

DIVISION = "青政〔2024〕7号"
ROSTER = "柳政办〔2024〕3号"
ROSTER_GROUP = "柳溪县农田灌溉渠道清淤整治工作领导小组"


@pytest.fixture(scope="module")
def docs():
    return extract_text(DEMO.read_text(encoding="utf-8"), source=DEMO.name)


def doc(docs, number):
    (found,) = [d for d in docs if d.number == number]
    return found


def test_documents(docs):
    assert [(d.number, d.date) for d in docs] == [
        ("青政〔2024〕5号", "2024-02-28"),
        ("青政〔2024〕7号", "2024-03-12"),
        ("青政办〔2024〕11号", "2024-03-18"),
        ("柳政办〔2024〕3号", "2024-03-20"),
        ("柳政办〔2024〕4号", "2024-03-25"),
        ("柳政办〔2024〕5号", "2024-03-28"),
    ]


def test_division_notice_fields(docs):
    d = doc(docs, DIVISION)
    assert (d.issuer, d.jurisdiction, d.kind) == ("青川市人民政府", "青川市", "division")


def test_mayor_posts(docs):
    d = doc(docs, DIVISION)
    assert {p.post for p in d.posts if p.official == "沈立川"} == {"市政府市长", "党组书记"}


def test_oversees(docs):
    pairs = {(o.official, o.target) for o in doc(docs, DIVISION).oversight if o.relation == "oversees"}
    assert {
        ("沈立川", "市审计局"),
        ("顾宁", "市发展和改革委员会"),  # written 顾 宁, unit with a bracketed alias
        ("杜岚", "市城市管理局"),  # before the page break
        ("杜岚", "市水利局"),  # after the page break ('— 3 —')
        ("杜岚", "市供销合作社"),
        ("葛振华", "市政府驻外机构"),
    } <= pairs
    # the alias in brackets is not a unit of its own
    assert ("顾宁", "市粮食和物资储备局") not in pairs
    # the closing sentence ('…分别由相应领导分管') names no official
    assert {o for o, _ in pairs} <= {"沈立川", "顾宁", "许文澜", "邵一鸣", "杜岚", "葛振华", "韦承志"}


def test_assists_and_liaises(docs):
    ov = doc(docs, DIVISION).oversight
    assists = {(o.official, o.target) for o in ov if o.relation == "assists"}
    assert {("葛振华", "沈立川"), ("韦承志", "顾宁")} <= assists
    liaises = {(o.official, o.target) for o in ov if o.relation == "liaises"}
    assert {("顾宁", "人大"), ("顾宁", "政协"), ("顾宁", "工会"),
            ("邵一鸣", "军分区"), ("邵一鸣", "法院"), ("邵一鸣", "检察院")} <= liaises


def test_roster_leader_and_office_director(docs):
    ms = {(m.group, m.member, m.role, m.affiliation) for m in doc(docs, ROSTER).memberships}
    assert (ROSTER_GROUP, "闻少卿", "组长", "县政府副县长") in ms
    assert (ROSTER_GROUP, "聂长河", "副组长", "县水利局局长") in ms  # a continuation line
    assert (ROSTER_GROUP, "柴明轩", "成员", "河口乡人民政府乡长") in ms  # the last member
    director = {(g, m, r) for g, m, r, _ in ms if r == "办公室主任"}
    assert director == {(ROSTER_GROUP + "办公室", "聂长河", "办公室主任")}
    deputies = {m for g, m, r, _ in ms if r == "办公室副主任"}
    assert deputies == {"栾志远", "蒲文静"}


def test_roster_size(docs):
    ms = doc(docs, ROSTER).memberships
    assert len({m.member for m in ms if m.group == ROSTER_GROUP}) == 11  # 1 + 2 + 8


def test_joint_meeting_count_matches_its_stated_count(docs):
    d = doc(docs, "柳政办〔2024〕4号")
    (meeting,) = [g for g in d.groups if g.kind == "joint_meeting"]
    assert meeting.stated_count == 10
    assert meeting.office_host == "县财政局"
    units = {m.member for m in d.memberships if m.group == meeting.name and m.member_kind == "unit"}
    assert len(units) == meeting.stated_count
    assert {"县教体局", "县民政局", "县人力资源和社会保障局", "县卫生健康委", "县残联"} <= units


def test_roster_heading_without_county_gets_the_county(docs):
    d = doc(docs, "柳政办〔2024〕5号")
    group = "柳溪县城乡居民养老保险扩面工作领导小组"
    assert group in {g.name for g in d.groups}
    ms = {(m.group, m.member, m.role, m.affiliation) for m in d.memberships}
    assert (group, "蓝振宇", "组长", "县委常委、常务副县长") in ms
    assert (group, "单丽", "成员", "县财政局副局长") in ms


def test_task_assignments_carry_the_prefix(docs):
    d = doc(docs, "青政办〔2024〕11号")
    units = {a.unit for a in d.assignments if "现代物流" in a.task}
    assert {"市商务局", "市交通运输局"} <= units
    units = {a.unit for a in d.assignments if "养老托育" in a.task}
    assert {"市民政局", "市卫生健康委员会", "市财政局"} <= units
