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

_NAME = re.compile(r"(?:建立|成立|建立健全|完善)(?:由[^。；]{0,400}?的)?([^，。；、“”]{0,40}(?:“[^”]{1,20}”)?[^，。；、]{0,40}?联席会议)(?:制度)?")
_COMPOSED = re.compile(r"联席会议由([^。；]+?)等?(\d+|[一二三四五六七八九十]{1,3})个(?:单位|部门|成员单位)组成")
_AS_MEMBERS = re.compile(r"由([^。；，]{2,30}?)牵头[，,]([^。；]+?)等?(?:(\d+)个)?(?:部门|单位)为成员单位的")
_CONVENER = re.compile(r"([^，。；]{2,30}?)(?:主要负责同志|主要负责人|负责同志|分管负责同志)?担任召集人|召集人由([^，。；]{2,30}?)(?:主要负责同志|主要负责人)?担任")
_OFFICE = re.compile(r"联席会议办公室设在([^，。；]+)")


def _prefixed(name: str, jurisdiction: str) -> str:
    from .roster import _with_jurisdiction
    return _with_jurisdiction(name, jurisdiction)


def extract(norm: Normalised, start: int, end: int, source: str, jurisdiction: str):
    text = norm.text
    groups, members, warnings = [], [], []
    stem = re.sub(r"(市|县|区|省|自治州|州|旗)$", "", jurisdiction)
    places = tuple(p for p in (jurisdiction, stem) if len(p) >= 2)
    for nm in _NAME.finditer(text, start, end):
        name = re.sub(r"\s+", "", nm.group(1))
        name = _prefixed(name, jurisdiction)
        # the paragraph that describes this meeting: from the name to the next heading
        para_end = text.find("\n", nm.end())
        nxt = text.find("\n", para_end + 1) if para_end != -1 else -1
        scope_end = min(end, nxt if nxt != -1 else end)
        scope = (nm.start(), scope_end)
        body = text[scope[0]:scope[1]]
        found, stated, convener, host = [], None, "", ""
        m = _COMPOSED.search(body) or _AS_MEMBERS.search(body)
        m_start = m_end = None
        if m and m.re is _COMPOSED:
            lst, stated = m.group(1), _cn_number(m.group(2))
            m_start, m_end = m.start(1), m.end(1)
        elif m:
            lst = m.group(2)
            stated = int(m.group(3)) if m.group(3) else None
            convener = m.group(1)
            m_start, m_end = m.start(2), m.end(2)
        if m:
            for it in units.items(lst, places=places, abbreviated=True):
                found.append((it.text, scope[0] + m_start + it.start, scope[0] + m_start + it.end))
        cm = _CONVENER.search(body)
        if cm:
            convener = (cm.group(1) or cm.group(2) or "").strip()
            convener = re.sub(r"^[，。]", "", convener)
        om = _OFFICE.search(body)
        if om:
            host = om.group(1).strip()
        if not found and not convener:
            continue
        ev = evidence.make(norm, source, nm.start(), nm.end())
        groups.append(Group(name, "joint_meeting", jurisdiction, host, stated, "", ev))
        for unit, s, e in found:
            members.append(Membership(name, unit, "unit", "成员单位", "", evidence.make(norm, source, s, e)))
        if convener:
            members.append(Membership(name, convener, "unit", "召集人", "", ev))
        if stated is not None and stated != len(found):
            warnings.append(Warning(f"{name}: the text states {stated} member units, {len(found)} were read", ev))
    return groups, members, warnings
