"""Leaders named chiefs of a 长制 scheme (链长制, 河长制, 林长制 …).

A scheme's plan names a county's leaders as chiefs of its chains, rivers or
forests: ``链长：某某（县委副书记、县长）``, or in prose ``县委书记甲同志、县长乙
同志任总链长``.  A chief is a role in the scheme, never a post; the posts the
text gives the leader (in the bracket, or before the name) are his, and they
are what this reads: the leaders of the notice with their posts, as a
division notice's list of leaders gives them, and no oversight."""
from __future__ import annotations

import re
from functools import lru_cache

from . import evidence, names, vocab
from .model import Post
from .normalise import Normalised


@lru_cache(maxsize=1)
def _roles() -> str:
    return "|".join(re.escape(r) for r in vocab.longest_first(vocab.load("roles")["chief_roles"]))


@lru_cache(maxsize=1)
def _gate() -> re.Pattern:
    """Any chief's title in a text (链长, 河长 …): one scan before the line reading."""
    return re.compile(_roles())


@lru_cache(maxsize=1)
def _line_re() -> re.Pattern:
    # 链长：某某（县委副书记、县长） / 副链长：甲（…）、乙（…）
    return re.compile(r"^\s*(?:" + _roles() + r")\s*[：:]\s*(.+?)[。；]?\s*$")


_PERSON = re.compile(r"(" + names.DOTTED + r"|[^\s、，,；;（）()·]{2,4}?)(?:同志)?\s*[（(]([^（）()]{2,40})[）)]")


def extract(norm: Normalised, start: int, end: int, source: str, organisation) -> list[Post]:
    """The posts of the leaders a scheme's text names as chiefs;
    ``organisation(post)`` names the body a post is in."""
    text = norm.text
    if not _gate().search(text, start, end):
        return []
    line_re = _line_re()
    prose_re = re.compile(r"((?:[^，。；：、]{2,30}?同志、)*[^，。；：、]{2,30}?同志)(?:分别)?(?:任|担任)(?:"
                          + _roles() + r")")
    found: dict[tuple[str, str], tuple[int, int]] = {}
    pos = start
    for line in text[start:end].split("\n"):
        m = line_re.match(line)
        if m:
            at = pos + m.start(1)
            for pm in _PERSON.finditer(m.group(1)):
                who = names.strip_comrade(pm.group(1))
                posts = [p.strip() for p in re.split(r"[、，,]", pm.group(2)) if p.strip()]
                if (names.is_name(who) or names.is_name(who, known_surname=False)) and posts \
                        and all(names.is_post(p) for p in posts):
                    for p in posts:
                        found.setdefault((who, p), (at + pm.start(), at + pm.end()))
        for m in prose_re.finditer(line):
            at = pos + m.start(1)
            k = 0
            for ref in m.group(1).split("、"):
                tn = names.split_title_name(ref)
                if tn:
                    for p in re.split(r"[、，,]", tn[0]):
                        found.setdefault((tn[1], p), (at + k, at + k + len(ref)))
                k += len(ref) + 1
        pos += len(line) + 1
    return [Post(who, p, organisation(p), evidence.make(norm, source, s, e)) for (who, p), (s, e) in found.items()]
