"""Joint meetings (联席会议): the convener, the office and the member units.

Written as prose:
``联席会议由县教体局、民政局、……等18个单位组成，县财政局主要负责同志担任召集人。
联席会议办公室设在县财政局`` or
``建立由市金融局牵头，……等部门为成员单位的市融资担保业务监管联席会议制度``.
Member units carry the list's jurisdiction prefix (``县教体局、民政局`` →
``县民政局``).  When the text states a count (``等18个单位组成``) it is
compared with the units read, and a difference is recorded as a warning.
"""
from __future__ import annotations

import re

from . import evidence, units
from .model import Group, Membership, Warning
from .normalise import Normalised
from .segment import _cn_number

# a qualified meeting name: 某某县就业工作联席会议, 惠民惠农财政补贴资金“一卡通”管理工作联席会议
_NAME = re.compile(r"((?:[^，。；：:、（）《》“”\s]|“[^”]{1,20}”){2,60}?联席会议)")
_LEAD_VERBS = re.compile(r"^.*?(?:关于调整|关于建立|关于成立|调整后的|建立健全|建立|成立|完善|调整|对|的)(?=.{4,})")
_COMPOSED = re.compile(r"联席会议由((?:[^。；〔〕]|〔[^〕]*〕)+?)等?(\d+|[一二三四五六七八九十]{1,3})个(?:单位|部门|成员单位)组成")
_LISTED = re.compile(r"联席会议(?:的)?成员单位(?:为|是|包括|[：:])\s*((?:[^。；〔〕]|〔[^〕]*〕)+)")
# 联席会议成员单位由A、B、C组成，共18个成员单位
_UNITS_MADE_OF = re.compile(r"联席会议(?:的)?成员单位由((?:[^。；〔〕]|〔[^〕]*〕)+?)等?(?:(\d+|[一二三四五六七八九十]{1,3})个"
                            r"(?:单位|部门|成员单位))?组成(?:[，,]\s*共(\d+|[一二三四五六七八九十]{1,3})个(?:成员)?单位)?")
_AS_MEMBERS = re.compile(r"由([^。；，]{2,30}?)牵头[，,]((?:[^。；〔〕]|〔[^〕]*〕)+?)等?(?:(\d+)个)?(?:部门|单位)为成员单位的"
                         r"((?:[^，。；、（）《》\s]|“[^”]{1,20}”){2,60}?联席会议)")
_CONVENER = re.compile(r"([^，。；]{2,30}?)(?:主要负责同志|主要负责人|负责同志|分管负责同志)?(?:担任|任)召集人|召集人由([^，。；]{2,30}?)(?:主要负责同志|主要负责人)?担任")
_OFFICE = re.compile(r"联席会议办公室设在([^，。；]+)")


# words of a sentence about the meeting, never of its name (（以下简称联席会议）,
# 各成员单位确定一名负责同志为联席会议成员)
_NOT_A_NAME = re.compile(r"简称|以下|确定|同志|为联席会议$")


def _qualified(name: str) -> str:
    name = re.sub(r"\s+", "", name)
    name = _LEAD_VERBS.sub("", name)
    if _NOT_A_NAME.search(name):
        return ""
    return name if len(name) > len("联席会议") else ""


def _member_table(text: str, pos: int, end: int):
    """The table after ``pos`` listing each member unit with its person
    (成员单位 | 姓名 | 职务): [(unit, name, post, start, end)]."""
    rows, header, cols = [], None, {}
    line_start = text.find("\n", pos)
    for _ in range(60):
        if line_start == -1 or line_start >= end:
            break
        ls = line_start + 1
        le = text.find("\n", ls)
        le = end if le == -1 or le > end else le
        line = text[ls:le]
        line_start = le if le < end else -1
        if header is None:
            cells = [re.sub(r"\s+", "", c) for c in line.split("\t")]
            if "\t" in line and any(c in ("成员单位", "单位") for c in cells) and "姓名" in cells:
                header = cells
                cols = {"unit": next(i for i, c in enumerate(cells) if c in ("成员单位", "单位")),
                        "name": cells.index("姓名")}
                post = [i for i, c in enumerate(cells) if c in ("职务", "职位", "现任职务")]
                if post:
                    cols["post"] = post[0]
                continue
            if rows or len(line.strip()) > 80:
                break
            continue
        if "\t" not in line:
            break
        cells = line.split("\t")
        get = lambda k: cells[cols[k]].strip() if k in cols and cols[k] < len(cells) else ""
        if get("unit"):
            rows.append((get("unit"), re.sub(r"\s+", "", get("name")), get("post"), ls, le))
    return rows


def _name_before(text: str, start: int, pos: int, title: str) -> str:
    """The nearest qualified meeting name above ``pos``, else the title's."""
    best = ""
    for m in _NAME.finditer(text, start, pos):
        q = _qualified(m.group(1))
        if q:
            best = q
    if not best:
        for m in _NAME.finditer(title):
            best = _qualified(m.group(1)) or best
    return best


def _prefixed(name: str, jurisdiction: str) -> str:
    from .roster import _with_jurisdiction
    return _with_jurisdiction(name, jurisdiction)


def extract(norm: Normalised, start: int, end: int, source: str, jurisdiction: str, title: str = ""):
    text = norm.text
    groups, members, warnings = [], [], []
    places = units.places(jurisdiction)
    statements = []  # (match, list group, stated count, convener, name)
    for m in _COMPOSED.finditer(text, start, end):
        statements.append((m, 1, int(_cn_number(m.group(2))), "", ""))
    for m in _LISTED.finditer(text, start, end):
        statements.append((m, 1, None, "", ""))
    for m in _UNITS_MADE_OF.finditer(text, start, end):
        count = m.group(2) or m.group(3)
        statements.append((m, 1, int(_cn_number(count)) if count else None, "", ""))
    for m in _AS_MEMBERS.finditer(text, start, end):
        statements.append((m, 2, int(m.group(3)) if m.group(3) else None, m.group(1), _qualified(m.group(4))))
    for m, gi, stated, convener, name in sorted(statements, key=lambda t: t[0].start()):
        name = name or _name_before(text, start, m.start(), title)
        if not name:
            continue
        name = _prefixed(name, jurisdiction)
        # the paragraph of the statement and the next one hold convener and office
        para_end = text.find("\n", m.end())
        nxt = text.find("\n", para_end + 1) if para_end != -1 else -1
        body_start = text.rfind("\n", start, m.start()) + 1
        body = text[body_start:min(end, nxt if nxt != -1 else end)]
        found = []
        # 由县发展改革局牵头，县财政局、…等12个部门组成: the lead is a member too
        listed = re.sub(r"牵头[，,、]", "、", m.group(gi).strip().rstrip("。"))
        people = []
        if listed in ("以下", "下列", "如下"):  # 由以下14个成员单位组成: a table follows
            for unit, who, post, s, e in _member_table(text, m.end(), end):
                found.append((unit, s, e))
                if who:
                    people.append((who, unit + post, s, e))
        else:
            for it in units.items(listed, places=places, abbreviated=True):
                found.append((it.text, m.start(gi) + it.start, m.start(gi) + it.end))
        cm = _CONVENER.search(body)
        if cm:
            convener = (cm.group(1) or cm.group(2) or "").strip()
        host = ""
        om = _OFFICE.search(body)
        if om:
            host = units.with_prefix(om.group(1).strip(), jurisdiction, places)
        ev = evidence.make(norm, source, m.start(), m.end())
        groups.append(Group(name, "joint_meeting", jurisdiction, host, stated, "", ev))
        for unit, s, e in found:
            members.append(Membership(name, unit, "unit", "成员单位", "", evidence.make(norm, source, s, e)))
        for who, affiliation, s, e in people:  # each unit's person on the meeting
            members.append(Membership(name, who, "person", "成员", affiliation,
                                      evidence.make(norm, source, s, e, sentence=False)))
        if convener:
            # a person (县发展改革局局长某某同志) or a unit (县财政局主要负责同志)
            from .roster import _person_in
            phrase = re.sub(r"同志$", "", convener.strip())
            person = _person_in(phrase)
            if person:
                affiliation = phrase[: -len(person)] if phrase.endswith(person) else ""
                members.append(Membership(name, person, "person", "召集人", affiliation,
                                          evidence.make(norm, source, body_start + cm.start(), body_start + cm.end())
                                          if cm else ev))
                convener = ""
        if convener:
            members.append(Membership(name, units.with_prefix(convener, jurisdiction, places), "unit", "召集人",
                                      "", evidence.make(norm, source, body_start + cm.start(), body_start + cm.end())
                                      if cm else ev))
        if stated is not None and stated != len(found):
            warnings.append(Warning(f"{name}: the text states {stated} member units, {len(found)} were read", ev))
    return groups, members, warnings
