"""Telling a person's name from a post, a role word or a unit.

A name is two to four characters (five for some compound or minority names),
starts with a surname, and is not itself a post, a role, a body or a common
word of these documents.  ``XX同志`` marks a name explicitly.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .chars import HAN
from . import vocab

# characters that never occur inside a personal name in these documents
# but are common in the words around one
_NOT_IN_NAME = set("的及与或等在对于工作务管负责联系协单位部门组副局委办室府市县区省镇兼各附件"
                   "：，。、（）()〔〕《》“”")


def is_name(s: str, *, known_surname: bool = True) -> bool:
    """Could ``s`` (normalised, no spaces) be a person's name?  Without
    ``known_surname`` (where the layout itself says a name stands here, as
    before ``：市政府副市长``) a rare surname missing from the list is accepted."""
    if "·" in s:
        return _is_transliterated(s)
    if not 2 <= len(s) <= 4 or not re.fullmatch(r"[" + HAN + r"]+", s):
        return False
    single, compound = vocab.surnames()
    if known_surname and not (s[0] in single or s[:2] in compound):
        return False
    if not known_surname and (s[0] in _NOT_IN_NAME or len(s) > 3):
        return False
    # (各 ends some four-character Yi names, 沙马伍各; elsewhere it is 各单位; a
    # compound surname, 单于, may hold a character no given name does)
    given = s[2:] if s[:2] in compound else s[1:]
    checked = given[:-1] if len(s) == 4 and s[-1] == "各" else given
    # (省 opens some given names, 甘省吾, 李省三: never before a post's or a level's character)
    if len(s) == 3 and checked[:1] == "省" and s[2] not in "长委厅府级内外市县区":
        checked = checked[1:]
    if any(c in _NOT_IN_NAME for c in checked):
        return False
    if s.endswith(vocab.post_endings()) or s in vocab.roster_roles():
        return False
    if len(s) == 4 and s.endswith(("共同", "同时", "分别", "统一", "具体")):  # 宁远共同联系…
        return False
    if s in _cue_words():  # 包片：东片区… is a label, not a leader named 包片
        return False
    if s.startswith(_cue_starts()):  # 二、包村安排: a heading led by a cue word
        return False
    return not any(w in s for w in vocab.not_names())


# a transliterated name, its parts joined by a middle dot (艾某·吐某)
DOTTED = r"[" + HAN + r"]{1,10}(?:·[" + HAN + r"]{1,10}){1,3}"
_TRANSLITERATED = re.compile(DOTTED)


def _is_transliterated(s: str) -> bool:
    """A Uyghur, Kazakh, Tibetan or foreign name written in characters, its
    parts joined by a middle dot (艾某·吐某): the dot marks it as a name, so
    no surname is looked for, but it holds no word of the text around it."""
    if not _TRANSLITERATED.fullmatch(s) or len(s) > 20:
        return False
    if any(c in _NOT_IN_NAME for c in s) or s.endswith(vocab.post_endings()):
        return False
    return not any(w in s for w in vocab.not_names())


@lru_cache(maxsize=1)
def _cue_starts() -> tuple:
    return tuple(c for c in _cue_words() if len(c) > 1)


@lru_cache(maxsize=1)
def _cue_words() -> frozenset:
    return frozenset(vocab.cue_words())


def strip_comrade(s: str) -> str:
    """``林晓东同志`` → ``林晓东``."""
    return s[:-2] if s.endswith("同志") else s


def is_long_name(s: str) -> bool:
    """A name of five to eight characters without a surname (Mongolian and
    Tibetan names: 孟和巴雅尔, 额尔敦毕力格), accepted only where the layout
    says a name stands (after a title and a space, or in a list of leaders)."""
    if not 5 <= len(s) <= 8 or not re.fullmatch(r"[" + HAN + r"]+", s):
        return False
    if any(c in _NOT_IN_NAME for c in s) or s.endswith(vocab.post_endings()):
        return False
    return not any(w in s for w in vocab.not_names())


_NOT_IN_LISTED = set("的及与或等在对于工作负责联系单位兼各附件：，。、（）()〔〕《》“”")


def is_listed_name(s: str) -> bool:
    """A name where the layout alone says one stands — after a title and a
    space (副盟长　图门：), or in a list of leaders with their titles — of any
    origin: two to eight characters, or dotted, that are no post, role or body
    word.  Looser than :func:`is_name` (图门, 孟和巴特尔 have no surname)."""
    if "·" in s:
        return _is_transliterated(s)
    if not 2 <= len(s) <= 8 or not re.fullmatch(r"[" + HAN + r"]+", s):
        return False
    if any(c in _NOT_IN_LISTED for c in s) or s.endswith(vocab.post_endings()):
        return False
    # the tail of a body's name cut from its title (县人大常委 | 会领导)
    if s[0] in "会局委办院部厅处科组队站所室" or "领导" in s \
            or s.endswith(("同志", "成员", "干部", "共同", "同时", "分别", "具体", "统一")):
        return False
    if s in vocab.roster_roles() or s in _cue_words():
        return False
    from .units import is_body
    return not is_body(s) and not any(w in s for w in vocab.not_names())


def split_title_name(s: str) -> tuple[str, str] | None:
    """``常务副市长林晓东`` / ``副市长 林晓东`` → (title, name)."""
    s = strip_comrade(s.strip())
    m = re.fullmatch(r"(.+?)\s+(\S+)", s)
    if m and is_title(m.group(1)) and (is_name(strip_comrade(m.group(2)))
                                       or is_listed_name(strip_comrade(m.group(2)))):
        return m.group(1), strip_comrade(m.group(2))
    # a note on the title is not part of it: 副县长（挂职）, 副市长（兼）
    s = re.sub(r"[（(][^（）()]{1,6}[）)]", "", s.replace(" ", ""))
    for n in (4, 3, 2):
        if len(s) > n:
            title, name = s[:-n], s[-n:]
            if is_title(title) and is_name(name):
                return title, name
    # a name without a surname after a whole title (县长扎西次仁, 副县长格桑卓玛):
    # tried where a post word ends, the longest name first
    for m in _post_ends().finditer(s):
        title, name = s[:m.end()], s[m.end():]
        if 2 <= len(name) <= 8 and is_title(title) and is_listed_name(name):
            return title, name
    return None


def post_end_matches(s: str):
    """Where a post word ends in ``s`` (县长, 副县长 …), left to right."""
    return _post_ends().finditer(s)


@lru_cache(maxsize=1)
def _post_ends():
    return re.compile("|".join(re.escape(p) for p in vocab.post_endings()))


def is_post(s: str) -> bool:
    # (某市人民政府关于调整市长: a title's line cut after a post word is no post)
    return bool(s) and s.endswith(vocab.post_endings()) and "关于" not in s


def is_title(s: str) -> bool:
    """A whole title standing next to a name: a post word itself
    (副市长) or one qualified by its body (市政府副市长, 常务副市长)."""
    if re.search(r"[，。；：:,由]", s):  # a clause, not a title (区长外出期间，由常务副区长; 县财政局由副县长)
        return False
    return s in vocab.post_endings() or (is_post(s) and s.startswith(vocab.words("titles", "title_starts")))


def split_name_title(s: str) -> tuple[str, str] | None:
    """``张某副市长`` / ``张某 副市长`` / ``张某同志`` → (name, title)."""
    s = s.strip().replace(" ", "")
    for n in (2, 3, 4):
        name, title = s[:n], s[n:]
        if is_name(name) and (is_title(title) or title == "同志"):
            return name, "" if title == "同志" else title
    # a name without a surname before a whole title (扎西副主席, 格桑卓玛副县长)
    if s.startswith(_cue_starts()) or is_title(s) or is_post(s[:2]):
        return None  # 协助常务副主席…: a clause; 常务副市长: a title alone, no name
    for n in (2, 3, 4):
        name, title = s[:n], s[n:]
        if is_listed_name(name) and title in vocab.post_endings():
            return name, title
    return None
