"""Duty-division annexes (职责分工): which unit does what.

An annex titled ``…相关部门职责分工`` lists units as headings, each followed by
its duties::

    一、县特色产业发展中心
    负责联系县农业农村局、自然资源局……，定期监测渠道……。

Each heading that names a body gives one Duty: the unit and the first
sentence of its duties (the evidence keeps the whole paragraph's sentence).
"""
from __future__ import annotations

import re

from . import evidence, units
from .model import Duty
from .normalise import Normalised

_TITLE = re.compile(r"(?:职责分工|部门职责|工作职责|任务分工)\s*$")
_UNIT_HEADING = re.compile(r"^\s*(?:[一二三四五六七八九十]+、|\d+[.、．]|[（(][一二三四五六七八九十\d]+[）)])\s*(\S{2,40})\s*$")


def extract(norm: Normalised, start: int, end: int, source: str, jurisdiction: str) -> list[Duty]:
    text = norm.text
    lines, pos = [], start
    for line in text[start:end].split("\n"):
        lines.append((pos, line))
        pos += len(line) + 1
    out: list[Duty] = []
    inside = False
    for i, (lpos, line) in enumerate(lines):
        s = line.strip()
        if _TITLE.search(s) and len(s) <= 60 and not s.startswith("附件："):
            inside = True
            continue
        if not inside:
            continue
        if s.startswith("附件") or re.search(r"(?:成员名单|领导小组)$", s):
            inside = False
            continue
        m = _UNIT_HEADING.match(s)
        if not m or not units.is_body(m.group(1)) or i + 1 >= len(lines):
            continue
        unit = m.group(1)
        npos, body = lines[i + 1]
        first = re.split(r"[。；]", body.strip(), 1)[0]
        if not first.startswith(("负责", "牵头", "会同", "协助", "配合", "指导", "承担")):
            continue
        duty = first if len(first) <= 80 else first.split("，", 1)[0]
        out.append(Duty(unit, duty, evidence.make(norm, source, npos, npos + len(first))))
    return out
