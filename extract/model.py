"""The facts the extractors hand to the graph builder.

Plain dataclasses, so that extraction can be tested without RDF and the graph
layer (``kg.graph``) has one narrow input.  Every fact carries an
:class:`Evidence`: the sentence it was read from, as it stands in the original
file (traditional characters, odd spaces and all), and its character span in
that original text.
"""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Evidence:
    source: str  # the input file's name as given to ``kg build``
    start: int  # character offsets into the *original* decoded text
    end: int
    text: str  # original[start:end]


# relations of a leader to what they answer for (oversight.csv ``relation``)
OVERSEES = "oversees"  # 分管 / 分管和联系单位 / 增加分管 a unit
CO_OVERSEES = "co_oversees"  # 协助分管 a unit
LIAISES = "liaises"  # 联系 a body or an area
ASSISTS = "assists"  # 协助市长 / 协助XX同志工作: target is a person
RESPONSIBLE_FOR = "responsible_for"  # 负责/主持 … 工作: target is a field of work
RELATIONS = (OVERSEES, CO_OVERSEES, LIAISES, ASSISTS, RESPONSIBLE_FOR)


@dataclass(frozen=True)
class Post:
    official: str  # simplified, no inner whitespace
    post: str  # as written: 市政府常务副市长, 党组成员
    organisation: str  # the body the post is in, '' when unknown
    evidence: Evidence


@dataclass(frozen=True)
class Oversight:
    official: str
    relation: str  # one of RELATIONS
    target: str  # unit / area / person, jurisdiction prefix carried over
    target_kind: str  # 'unit' | 'area' | 'person' | 'body'
    evidence: Evidence


@dataclass(frozen=True)
class Group:
    name: str  # with its jurisdiction: 某某县……工作领导小组
    kind: str  # 'leading_group' | 'joint_meeting' | 'committee' | 'office'
    jurisdiction: str
    office_host: str  # unit hosting the office, '' when none / not stated
    stated_count: int | None  # 'X个单位组成' when the text states it
    parent: str  # for an office: the group it belongs to, else ''
    evidence: Evidence


@dataclass(frozen=True)
class Membership:
    group: str
    member: str  # a person's name, or a unit for unit members
    member_kind: str  # 'person' | 'unit' | 'post'
    role: str  # as written without spaces: 组长, 副组长, 成员, 办公室主任, 召集人, 成员单位
    affiliation: str  # 县农业农村局局长, '' when none
    evidence: Evidence


@dataclass(frozen=True)
class Assignment:
    task: str
    unit: str  # jurisdiction prefix carried over
    lead: bool  # 牵头 units vs supporting ones
    evidence: Evidence


@dataclass(frozen=True)
class Duty:
    unit: str  # 县特色产业发展中心, jurisdiction prefix as written
    duty: str  # the unit's duties, its first sentence (负责… kept)
    evidence: Evidence


@dataclass(frozen=True)
class Warning:
    message: str
    evidence: Evidence


@dataclass
class Document:
    source: str
    index: int  # position of the document in its source file
    title: str
    number: str  # 三政〔2021〕15号 as printed (spaces removed), '' when none
    issuer: str  # 青川市人民政府
    date: str  # ISO YYYY-MM-DD, '' when not found
    jurisdiction: str  # 青川市 / 柳溪县: the issuer's jurisdiction
    kind: str  # 'division' | 'roster' | 'notice' | 'other'
    start: int
    end: int
    addressees: str = ""  # 各县（市、区）人民政府，市人民政府各部门
    annexes: list[str] = field(default_factory=list)  # titles of 附件 1, 2 …
    posts: list[Post] = field(default_factory=list)
    oversight: list[Oversight] = field(default_factory=list)
    groups: list[Group] = field(default_factory=list)
    memberships: list[Membership] = field(default_factory=list)
    assignments: list[Assignment] = field(default_factory=list)
    duties: list[Duty] = field(default_factory=list)
    warnings: list[Warning] = field(default_factory=list)

    def facts(self):
        return [*self.posts, *self.oversight, *self.groups, *self.memberships,
                *self.assignments, *self.duties, *self.warnings]
