"""Lists that write a shared part once: ordinals (第一、第二纪检监察室), ranges
(派驻第一至第三纪检监察组), counted places (城关、河口、石门3个镇纪委) and
numbered sibling sections (财政审计一处、二处; 经济责任审计一、二、三处).

Each item of such a list is a unit of its own (第一纪检监察室, 第二纪检监察室);
the list writes the noun once, on the last ordinal, and the prefix once, on
the first.  :func:`expand` takes the written items of a list with their spans
and returns every unit, each with the span of what was written for it."""
from __future__ import annotations

import re

from .chars import HAN

_DIGITS = "零一二三四五六七八九"
_CN = "一二三四五六七八九十"


def number(word: str) -> int:
    """一 → 1, 十二 → 12, 二十 → 20, 3 → 3; 0 when it is none."""
    if word.isdigit():
        return int(word)
    word = word.replace("两", "二")
    if not word or any(c not in _DIGITS + "十" for c in word):
        return 0
    if "十" not in word:
        return _DIGITS.index(word) if len(word) == 1 else 0
    tens, _, ones = word.partition("十")
    return (_DIGITS.index(tens) if tens else 1) * 10 + (_DIGITS.index(ones) if ones else 0)


def numeral(n: int) -> str:
    """1 → 一, 12 → 十二, 20 → 二十 (1–99)."""
    if n < 10:
        return _DIGITS[n]
    tens, ones = divmod(n, 10)
    return ("" if tens == 1 else _DIGITS[tens]) + "十" + (_DIGITS[ones] if ones else "")


_BARE = re.compile(rf"^(.*?)第([{_CN}]+)$")  # 县委第一 / 第二: the noun comes later
_FULL = re.compile(rf"^(.*?)第([{_CN}]+)([{HAN}].*)$")  # 第三巡察组
_RANGE = re.compile(rf"^(.*?)第([{_CN}]+)(?:至|到|—|－|-|~|～)第([{_CN}]+)([{HAN}].*)$")
_COUNTED = re.compile(rf"^([{HAN}]{{2,4}}?)(\d{{1,2}}|[两{_CN}]{{1,3}})个(乡镇|镇|乡|街道|村|社区|嘎查|苏木)([{HAN}]*)$")
_PLACE = re.compile(rf"^[{HAN}]{{2,4}}$")
_AND = re.compile(r"(?:和|及|以及)(?=[^和及]+$)")


def expand(written: list[str], spans: list) -> tuple[list[str], list]:
    """(items, spans) with ordinal runs, ranges and counted places written
    out; a list without them comes back as it was."""
    if not any("第" in w or "个" in w or _SIBLING_BARE.match(w.strip()) for w in written):
        return written, spans
    items = [(w.strip(), s) for w, s in zip(written, spans)]
    items = _siblings(items)
    items = _split_and(items)
    items = _counted(items)
    items = _ranges(items)
    items = _ordinals(items)
    return [w for w, _ in items], [s for _, s in items]


# sections numbered without 第 (财政审计一处, 二处): the numeral, then the section's noun
_SECTION_NOUNS = "处|科|室|股|组|庭|队|大队|中队|分队|所|站"
_SIBLING_FULL = re.compile(rf"^(.*[{HAN}])([{_CN}]{{1,3}})({_SECTION_NOUNS})$")
_SIBLING_BARE = re.compile(rf"^([{_CN}]{{1,3}})({_SECTION_NOUNS})?$")


def _siblings(items):
    """财政审计一处、二处: a bare numbered section after a full one is its
    sibling (财政审计二处); 经济责任审计一、二、三处: numerals in a row, the
    noun on the last, the stem on the first (经济责任审计一处 …).  The
    numerals must count up one by one, as such a run does."""
    out = list(items)
    k = 0
    while k < len(out):
        full = _SIBLING_FULL.match(out[k][0])
        if full:  # STEM一处、二处…
            stem, n, noun = full.group(1), number(full.group(2)), full.group(3)
            j = k + 1
            while j < len(out):
                bare = _SIBLING_BARE.match(out[j][0])
                if not (bare and bare.group(2) == noun and number(bare.group(1)) == n + 1):
                    break
                n += 1
                out[j] = (stem + bare.group(1) + noun, out[j][1])
                j += 1
            k = j
            continue
        head = re.match(rf"^(.*[{HAN}])([{_CN}]{{1,3}})$", out[k][0])
        if head and number(head.group(2)):  # STEM一、二、三处
            n, j = number(head.group(2)), k + 1
            run = [head.group(2)]
            while j < len(out):
                bare = _SIBLING_BARE.match(out[j][0])
                if not (bare and number(bare.group(1)) == n + 1):
                    break
                n += 1
                run.append(bare.group(1))
                if bare.group(2):
                    break
                j += 1
            bare = _SIBLING_BARE.match(out[j][0]) if j < len(out) else None
            if bare and bare.group(2) and len(run) >= 2:
                noun = bare.group(2)
                for i, numeral_ in zip(range(k, j + 1), run):
                    out[i] = (head.group(1) + numeral_ + noun, out[i][1])
                k = j + 1
                continue
        k += 1
    return out


def _split_and(items):
    """派驻第一至第三纪检监察组和城关: an ordinal unit and the next list's first
    item joined by 和 are two items."""
    out = []
    for w, span in items:
        m = _AND.search(w)
        if m and "第" in w[:m.start()] and _FULL.match(w[:m.start()]) and w[m.end():]:
            out += [(w[:m.start()], span), (w[m.end():], span)]
        else:
            out.append((w, span))
    return out


def _counted(items):
    """城关、沕水、石门3个镇纪委: the count says how many places before it share
    the level and the body (城关镇纪委 …); 城关、河口2个乡镇 names places alone."""
    out = list(items)
    for k in range(len(out) - 1, -1, -1):
        m = _COUNTED.match(out[k][0])
        if not m:
            continue
        n = number(m.group(2))
        first = k - n + 1
        if n < 2 or first < 0 or not all(_PLACE.match(out[i][0]) for i in range(first, k)):
            continue
        level = "" if m.group(3) == "乡镇" else m.group(3)
        places = [out[i][0] for i in range(first, k)] + [m.group(1)]
        spans = [out[i][1] for i in range(first, k + 1)]
        out[first:k + 1] = [(p + level + m.group(4), s) for p, s in zip(places, spans)]
    return out


def _ranges(items):
    """派驻第一至第三纪检监察组: each ordinal of the range, ends included."""
    out = []
    for w, span in items:
        m = _RANGE.match(w)
        a, b = (number(m.group(2)), number(m.group(3))) if m else (0, 0)
        if m and 0 < a < b <= a + 30:
            out += [(f"{m.group(1)}第{numeral(n)}{m.group(4)}", span) for n in range(a, b + 1)]
        else:
            out.append((w, span))
    return out


def _ordinals(items):
    """县委第一、第二、第三巡察组: the noun of the last ordinal is every bare
    one's, and the prefix of the first is every one's."""
    out = list(items)
    k = 0
    while k < len(out):
        first = _BARE.match(out[k][0])
        if not first:
            k += 1
            continue
        j = k + 1
        while j < len(out) and re.fullmatch(rf"第[{_CN}]+", out[j][0]):
            j += 1
        last = _FULL.match(out[j][0]) if j < len(out) else None
        if not last or last.group(1) and last.group(1) != first.group(1):
            k += 1
            continue
        prefix, noun = first.group(1), last.group(3)
        for i in range(k, j + 1):
            ordinal = re.search(rf"第[{_CN}]+", out[i][0]).group(0)
            out[i] = (prefix + ordinal + noun, out[i][1])
        k = j + 1
    return out
