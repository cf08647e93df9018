"""Correction notices (更正通知) applied to the documents they correct.

A 更正 says the first text was never right: ``文中“甲”均更正为“乙”``,
``“分管：A、B”更正为“分管：A、C”``, ``删去成员“某某（…）”``.  When the document it
names (by its number) is in the same input, the corrections are made in that
document's text before anything is read from it, so that only the corrected
text states facts; the 更正 itself states none.  Each corrected span keeps the
offsets of the text it replaces, so evidence still points at the page.
"""
from __future__ import annotations

import re

from .normalise import Normalised

_TITLE = re.compile(r"更正")
# 一、某政〔2025〕6号: the corrections below are of that document
_TARGET = re.compile(r"^\s*(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)])?\s*"
                     r"([^\s，。；：、“”]{1,12}?〔\d{4}〕\d+号)\s*$")
_CITED = re.compile(r"《[^》]{4,80}》[（(]([^（）()]{1,12}?〔\d{4}〕\d+号)[）)]")
_REPLACE = re.compile(r"“([^“”]{1,120})”(均)?(?:更正|改正|修改)为“([^“”]{0,120})”")
_DELETE = re.compile(r"删(?:去|除)[^“”，。；]{0,6}“([^“”]{1,120})”")


def is_correction(title: str) -> bool:
    return bool(_TITLE.search(title))


def corrections(text: str, start: int, end: int, own: str = "") -> list[tuple[str, str, str]]:
    """(number of the document corrected, wrong text, right text) of the
    correction notice in ``text[start:end]`` (right text '' for a deletion)."""
    body = text[start:end]
    cited = _CITED.findall(body)
    target = cited[0] if len(set(cited)) == 1 else ""
    out = []
    for line in body.split("\n"):
        tm = _TARGET.match(line)
        if tm:
            if tm.group(1) != own:  # (the notice's own number under its title)
                target = tm.group(1)
            continue
        if not target:
            continue
        for m in _REPLACE.finditer(line):
            out.append((target, m.group(1), m.group(3)))
        for m in _DELETE.finditer(line):
            out.append((target, m.group(1), ""))
    return out


def number_read(norm: Normalised, seg) -> str:
    """A segment's number as the normalised text reads it: the number kept
    as printed (薊政〔2025〕6號, 某政[2025]6号) is matched against the numbers
    a notice cites, which are read from the normalised text."""
    if seg.number_span is None:
        return seg.number
    return re.sub(r"\s+", "", norm.text[slice(*seg.number_span)])


def apply(norm: Normalised, segments) -> Normalised | None:
    """``norm`` with the corrections of its 更正 notices made in the documents
    they name; None when there is nothing to correct."""
    by_number = {number_read(norm, s): s for s in segments if s.number}
    edits = []  # (start, end, replacement) in norm.text
    for seg in segments:
        if not _TITLE.search(seg.title):
            continue
        for number, wrong, right in corrections(norm.text, seg.start, seg.end, number_read(norm, seg)):
            doc = by_number.get(number)
            if doc is None or doc is seg or not wrong:
                continue
            at = norm.text.find(wrong, doc.start, doc.end)
            while at != -1 and at + len(wrong) <= doc.end:
                a, b = at, at + len(wrong)
                if not right:  # a deleted list item takes one of its separators along
                    if norm.text[b:b + 1] == "、":
                        b += 1
                    elif norm.text[a - 1:a] == "、":
                        a -= 1
                edits.append((a, b, right))
                at = norm.text.find(wrong, at + len(wrong), doc.end)
    if not edits:
        return None
    edits.sort()
    text, offsets = [], []
    pos = 0
    for a, b, right in edits:
        if a < pos:
            continue  # overlapping corrections: the first one stands
        text.append(norm.text[pos:a])
        offsets.extend(norm.offsets[pos:a])
        text.append(right)
        span = norm.offsets[a:b] or [norm.offsets[a]]
        offsets.extend(span[min(k, len(span) - 1)] for k in range(len(right)))
        pos = b
    text.append(norm.text[pos:])
    offsets.extend(norm.offsets[pos:])
    return Normalised("".join(text), offsets, norm.original)
