"""Leading-group rosters (领导小组成员名单) and their offices.

A roster is a heading naming the group (``…工作领导小组成员名单``), then role
lines: ``组长：周某（县政府副县长）`` with more members of the same role on
the lines below, until the next role.  A member is written
``NAME（AFFILIATION）``, ``NAME AFFILIATION``, a bare name, a post
(``负责住房和城乡建设工作的副县长``) or a unit.  After the roster, the office:
``办公室设在…`` / ``下设办公室（设在…）`` / ``不设办公室``, its director
(``某某同志兼办公室主任``, ``办公室主任由某某同志兼任``) and deputies.

Joint meetings (联席会议) are read by :mod:`extract.joint_meeting`.
"""
from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from .chars import HAN
from . import evidence, joint_meeting, names, units, vocab
from .model import Group, Membership, Warning
from .normalise import Normalised
from .segment import _cn_number

_TRAILERS = ("组成人员名单", "成员名单", "组成名单", "人员名单", "名单", "组成人员", "成员")


_ROLE_RE = None


def _role_re():
    """A roster line: a role word, then a colon — or a space, as in a table
    flattened from a web page (组长	某某	市政府副市长)."""
    global _ROLE_RE
    if _ROLE_RE is None:
        roles = "|".join(re.escape(r) for r in vocab.roster_roles())
        # (the role alone on its line, members below it: 主　任 / 龙某　县长)
        # (or glued to a two-character name a PDF spaced apart: 成员罗杰 县某局局长)
        # (a count may follow the role: 成员单位（33个）：)
        _ROLE_RE = re.compile(r"^(" + roles + r")(?:[（(]\d{1,3}[个人名][）)](?=\s*[：:]))?"
                              r"(?:\s*[：:]\s*|\s+|$|(?=[" + HAN + r"]{2,4}(?:\s|[（(])))(.*)$")
    return _ROLE_RE


def _role_match(line: str):
    """The role line match of ``line``, None if it is none (a word glued to
    a role word must be a name: 委员会办公室 is no 委员)."""
    m = _role_re().match(line.strip())
    if m and re.match(r"[" + HAN + r"]", line.strip()[len(m.group(1)):]):  # glued, no separator
        first = re.split(r"[\s（(]", m.group(2))[0]
        if not names.is_name(first):
            return None
    return m


_INLINE_ROLE = None


_NUMBERED_MEMBER = re.compile(r"^(\s*)([（(]\d{1,3}[）)]|\d{1,3}[.．、])(\s*)(?=\S)")
_NUMBERED_ROLE_HEAD = re.compile(r"^(\s*)([（(][一二三四五六七八九十]{1,3}[）)]|[一二三四五六七八九十]{1,3}、)(\s*)(?=\S)")


@lru_cache(maxsize=1)
def _numbered_role():
    roles = "|".join(re.escape(r) for r in vocab.roster_roles())
    return re.compile(r"(?:" + roles + r")\s*[：:]?\s*$")


def _unnumbered(line: str) -> str:
    """A roster as a numbered list (1.顾问 / （1）某某　市人大常委会主任): the
    numbers blanked out, the line keeping its length.  A number before
    anything but a role or a member is left."""
    m = _NUMBERED_MEMBER.match(line)
    if not m:
        # （一）组长 / （二）副组长 alone on their lines: headings of the roster's roles
        cm = _NUMBERED_ROLE_HEAD.match(line)
        if cm and _numbered_role().match(line[cm.end():]):
            return cm.group(1) + " " * (len(cm.group(2)) + len(cm.group(3))) + line[cm.end():]
        return line
    rest = line[m.end():]
    # (a member's item is short and no sentence: a task's numbered paragraph is
    # never read as one, which would cost a member parse per item)
    if _numbered_role().match(rest) or (m.group(2).startswith(("（", "(")) and len(rest) <= 60
                                        and "。" not in rest.rstrip("。") and _members(rest)):
        return m.group(1) + " " * (len(m.group(2)) + len(m.group(3))) + rest
    return line


@lru_cache(maxsize=1)
def _body_role():
    roles = "|".join(re.escape(r) for r in vocab.roster_roles())
    return re.compile(r"^(\s*)(领导小组|指挥部|委员会|工作专班|专班|工作组|小组)(?=(" + roles
                      + r")\s*[：:])")


def _unprefixed(line: str) -> str:
    """A role label that names its body (领导小组组长：某某, 领导小组办公室主任：
    某某): the body's word blanked out, the line keeping its length."""
    if not line.lstrip().startswith(("领", "指", "委", "工", "专", "小")):
        return line
    m = _body_role().match(line)
    # (专班组长 is a role of its own, left as written; a joint meeting's 联席会议成员单位：
    # is read as a joint meeting's list)
    if not m or m.group(2) + m.group(3) in vocab.roster_roles():
        return line
    return m.group(1) + "　" * len(m.group(2)) + line[m.end():]


def _split_inline_roles(line: str, pos: int) -> list[tuple[int, str]]:
    """A roster on one line (组长：某（县长） 副组长：某、某 成员：…) is read as
    one line per role."""
    global _INLINE_ROLE
    if _INLINE_ROLE is None:
        roles = "|".join(re.escape(r) for r in vocab.roster_roles())
        # (the role word first, what stands before it checked after: a
        # look-behind first would be tried at every position of every line)
        _INLINE_ROLE = re.compile(r"(?:" + roles + r")(?:\s*[：:]|(?=[" + HAN + r"]{2,4}[（(]|由))")
    starts = []
    # 领导小组组长由…兼任，副组长由…兼任，成员由…组成: the body's own name
    # before the first role is no part of the roster
    body = re.match(r"^\s*(?:领导小组|工作小组|小组|指挥部|委员会|联席会议|专班)(?=\S{2,6}?由)", line)
    skip = body.end() if body else 0
    # (a sentence of roles, 组长由…，副组长由…: a comma parts them too, when
    # the line opens with one)
    by_verb = bool(skip) or bool(_INLINE_ROLE.match(line.lstrip())) and "由" in line[:12]
    for m in _INLINE_ROLE.finditer(line, skip):
        before = line[m.start() - 1] if m.start() > skip else ""
        colon = line[m.end() - 1] in "：:"
        if (before == "" and (colon or skip or by_verb)) or \
                (before and before in (" \t\u3000；;。：" if colon else "；;：:，," if by_verb else "；;：:")):
            starts.append(m.start())
        elif colon and starts and line[:m.start()].endswith(vocab.post_endings()):
            # a roster table run into one line: the member before closed on his
            # post (…市委副书记、市长副组长：…)
            starts.append(m.start())
    # (办公室设在…。办公室主任由甲兼任；副主任由乙兼任: the office's people, no roster)
    if starts and "办公室" in line[:starts[0]]:
        return [(pos, line)]
    if skip and starts and starts[0] == skip:
        cuts = starts + [len(line)]
        return [(pos + a, line[a:b].rstrip(" \t；;，,")) for a, b in zip(cuts, cuts[1:]) if line[a:b].strip()]
    if len(starts) < 2:
        return [(pos, line)]
    cuts = ([0] if starts[0] > 0 else []) + starts + [len(line)]
    return [(pos + a, line[a:b].rstrip(" \t；;，,")) for a, b in zip(cuts, cuts[1:]) if line[a:b].strip()]


_BY_VERB = None


def _role_by_verb(line: str) -> str:
    """A roster written role by role as sentences (主任由县长某某同志担任；
    副主任由甲（副县长）、乙同志担任；委员由…组成：) read as role lines: the
    由 becomes the colon and the closing verb blanks out, so the line keeps
    its length and every member its offset."""
    global _BY_VERB
    if _BY_VERB is None:
        roles = "|".join(re.escape(r) for r in vocab.roster_roles() if not r.startswith("办公室"))
        # (what follows the sentence, 领导小组办公室设在…, is no member)
        _BY_VERB = re.compile(r"^(\s*(?:" + roles + r"))由([^；;。]+?)((?:同志)?(?:担任|兼任)[；;。]?(?:(?<=。).*)?"
                              r"|组成[：:；;。]?(?:(?<=[。；;]).*)?)$")
    m = _BY_VERB.match(line)
    if not m:
        return line
    rest, close = m.group(2), m.group(3)
    if rest.endswith("负责") and close.startswith("同志"):
        rest, close = rest + "同志", close[2:]  # (…主要负责同志担任: the qualifier stays whole)
    if m.group(3).startswith("组成") and m.group(3)[2:3] in ("：", ":"):
        rest = " " * len(rest)  # 委员由有关部门主要负责同志组成： the members follow
    elif "组成" in m.group(3) and not re.search(r"[、，]|县|市|区|局|委|办", rest):
        rest = " " * len(rest)  # 委员由有关部门负责同志组成。 names no one
    return m.group(1) + "：" + rest + " " * len(close)


# the header row of a table (成员单位 | 姓名 | 职务) names columns, no role
_HEADER_CELLS = {"序号", "职务", "姓名", "单位", "成员单位", "单位及职务", "工作单位及职务", "工作单位", "单位职务",
                 "备注", "联系电话", "电话", "手机", "职位", "现任职务", "组内职务", "小组职务", "性别"}


def _header_key(line: str) -> str:
    """The header row's cells (tab- or space-separated) joined, '' for any other line."""
    cells = [c for c in re.split(r"[\t ]+", line.strip()) if c]
    return "|".join(cells) if len(cells) >= 2 and all(c in _HEADER_CELLS for c in cells) else ""


def _columns(key: str) -> dict:
    """A roster table's header → which column holds the name, unit, post
    or whole affiliation (单位|姓名|职务 → {unit: 0, name: 1, post: 2})."""
    cols = {}
    for i, c in enumerate(key.split("|")):
        kind = ("name" if c == "姓名" else "unit" if c in ("单位", "工作单位", "成员单位")
                else "post" if c in ("职务", "职位", "现任职务") else "affiliation" if "单位及职务" in c else "")
        if kind and kind not in cols:
            cols[kind] = i
    # (职务 beside 单位及职务 is the role column: such a table is read line by line)
    return cols if "name" in cols and "unit" in cols and "affiliation" not in cols else {}


def _by_columns(line: str, cols: dict, last_unit: str):
    """One row of a roster table read by its header's columns:
    [(name, 'person', affiliation, start, end, unit)]; an empty unit cell
    repeats the unit of the row above (a merged cell)."""
    cells, pos = [], 0
    for cell in line.split("\t"):
        cells.append((cell.strip(), pos, pos + len(cell)))
        pos += len(cell) + 1
    get = lambda k: cells[cols[k]][0] if k in cols and cols[k] < len(cells) else ""
    who = names.strip_comrade(re.sub(r"\s+", "", get("name")))
    if not names.is_name(who, known_surname=False):
        return []
    unit = get("unit") or last_unit
    aff = get("affiliation") or (unit + get("post"))
    return [(who, "person", aff, 0, len(line), get("unit") or last_unit)]


def _unit_post_columns(key: str) -> bool:
    """A header of seats named by unit and post, no name column (小组职务 |
    工作单位 | 单位职务)."""
    cells = key.split("|") if key else []
    return ("工作单位" in cells or "单位" in cells) and ("单位职务" in cells or "职务" in cells) \
        and "姓名" not in cells and not any("单位及职务" in c for c in cells)


def _unit_post_member(s: str, last_unit: str):
    """One seat of such a table: the unit's post (市民政局 | 局长 → 市民政局局长,
    a post member), the unit when the post is its heads' (分管负责同志: the unit
    stands for them), an empty unit cell the unit above: [(member, kind, '',
    start, end, unit)]."""
    # (a unit or a post holds no space: any gap parts the cells, one space
    # where a long unit's name left little of the column's padding)
    cells = [c for c in re.split(r"[\t \u3000]+", s.strip()) if c.strip()]
    if len(cells) == 2:
        unit, post = (re.sub(r"\s+", "", c) for c in cells)
    elif len(cells) == 1 and last_unit and names.is_post(re.sub(r"\s+", "", cells[0])):
        unit, post = last_unit, re.sub(r"\s+", "", cells[0])
    else:
        return []
    if not (units.is_body(unit) or units.is_collective_place(unit) or unit.startswith("各")):
        return []
    if _REPRESENTED.fullmatch(post):
        return [(unit, "unit", "", 0, len(s), unit)]
    return [(unit + post, "post", "", 0, len(s), unit)]


def _is_header(line: str) -> bool:
    return bool(_header_key(line))


def _unit_then_person(line: str):
    """(name, unit + post) of a member line ``UNIT：NAME（POST）``, else None."""
    m = re.fullmatch(r"([^：:\s，。；]{2,20})[：:]\s*(\S{2,4}?)(?:同志)?[（(]([^（）()]+)[）)][。；;]?", line.strip()) \
        or re.fullmatch(r"([^：:\s，。；]{2,30})[：:]\s*(\S{2,4}?)(?:同志)?\s+(\S[^：:（）()]{1,40}?)[。；;]?", line.strip())
    # (市财政局：龚某　局长 — the post after the name, apart by a gap)
    if not m or not units.is_body(m.group(1)) or not names.is_post(m.group(3).split("、")[0]):
        return None
    who = names.strip_comrade(re.sub(r"\s+", "", m.group(2)))
    return (who, m.group(1) + m.group(3)) if names.is_name(who) or names.is_name(who, known_surname=False) \
        else None


def _heads_duties(rm, lines, i) -> bool:
    """秘书长 某某 / 协助主席处理…: a role word that is also a post, heading a
    leader's duties in a division notice, starts no roster."""
    if not names.is_title(rm.group(1)):
        return False
    from .division import _cue_re
    nxt = next((l.strip() for _, l in lines[i + 1:i + 3] if l.strip()), "")
    return bool(_cue_re().match(nxt))


def is_role_line(line: str) -> bool:
    """A roster's role line (组长：…) — not a working team's labels (牵头领导：,
    协助领导：), which a division by sector writes too."""
    m = _role_match(line)
    return bool(m) and m.group(1) not in vocab.load("roles")["team_roles"] and not _is_header(line)


def group_kind(name: str) -> str:
    if name.endswith("联席会议"):
        return "joint_meeting"
    if name.endswith(("委员会", "编委会")):
        return "committee"
    if name.endswith("办公室"):
        return "office"
    return "leading_group"


def _with_jurisdiction(name: str, jurisdiction: str) -> str:
    """Prefix the issuing jurisdiction to a group name that has none
    (农田灌溉…领导小组 in a county notice → 某某县农田灌溉…领导小组); a
    bare 市/县 prefix is replaced by it (市融资担保…联席会议)."""
    if not jurisdiction or name.startswith(jurisdiction):
        return name
    stem = units.place_stem(jurisdiction)
    if len(stem) >= 2 and name.startswith(stem):
        return name
    # (自治区数字政府建设领导小组 in a region's notice: the generic word is the region)
    for generic in ("自治区", "自治州", "自治县"):
        if name.startswith(generic) and jurisdiction.endswith(generic):
            return jurisdiction + name[len(generic):]
    level = jurisdiction[-1]
    if name.startswith(level) and not name.startswith(level + level):
        return jurisdiction + name[1:]
    if re.match(r"^[" + HAN + r"]{2,6}?(?:省|自治区|市|自治州|县|自治县|区|旗)", name) and not name.startswith(
            ("全", "城乡", "城区", "社区", "市场", "市县", "县乡", "县域", "区域", "各")):
        return name
    return jurisdiction + name


# a paragraph's number before a heading: 二、, 2.1 / 2.4.1 (a plan's decimal
# outline), 3., （四）
_NUMBER = r"(?:[一二三四五六七八九十]+、|\d+(?:[.．]\d+)+|\d+[.、．]|[（(][一二三四五六七八九十\d]+[）)])"
_HEAD_NUMBER = re.compile("^" + _NUMBER)


def _heading_group(line: str) -> str:
    """The group a roster heading names, or ''."""
    s = re.sub(r"\s+", "", line)
    s = re.sub(r"^(?:附件\d*[：:]?)", "", s)
    for t in _TRAILERS:
        if s.endswith(t) and len(s) > len(t):
            s = s[: -len(t)]
            break
    s = s.rstrip("（）()：:")
    if len(s) > 60 or re.search(r"[，。；：]", s):
        return ""
    s = _HEAD_NUMBER.sub("", s)
    # a title's line (关于成立某县…领导小组 / 和建立…的通知): the verbs go
    s = re.sub(r"^(?:\S*?关于)?(?:调整|成立|建立|充实|印发|公布)+", "", s)
    if s in vocab.group_endings():  # 一、领导小组组成人员: a section heading, no name
        return ""
    # a group's office with a roster of its own: 某县…领导小组办公室成员名单
    core = s[:-3] if s.endswith("办公室") else s
    for e in vocab.group_endings():
        if core.endswith(e) and core != e:
            return s
    return ""


# a working team under a group, headed alone on its line: （一）综合协调组
_SUB_HEADING = re.compile("^" + _NUMBER + r"?([^\s，。；：、（）]{2,12}?(?:工作组|专项组|小组|专班|组))[：:。]?$")


def _sub_group(lines, i, groups, title, jurisdiction):
    """(name, heading line, parent) of a working team set up under the document's
    group (领导小组下设综合协调组…: （一）综合协调组 / 组长：… / 成员：…),
    named after its parent: 某县…领导小组综合协调组."""
    for j in range(i - 1, max(-1, i - 3), -1):
        m = _SUB_HEADING.match(re.sub(r"\s+", "", lines[j][1]))
        if not m:
            continue
        name = m.group(1)
        # (a body of its own, 委员会/指挥部, is no team; a team's name may end like an
        # inspection group's, 督导检查组, and is one under a parent group)
        if name.endswith(tuple(e for e in vocab.group_endings() if not e.endswith("组"))) or "领导" in name:
            return None
        parent = next((g.name for g in reversed(groups) if g.kind != "office" and not g.parent), "")
        if not parent:
            mentioned = _mentioned_group(title)
            parent = _with_jurisdiction(mentioned, jurisdiction) if mentioned else ""
        return (parent + name, lines[j], parent) if parent else None
    return None


# groups set up zone by zone: a section heading names the kind (二、片区防汛责任组),
# each zone's heading its zone (（一）东片区（辖甲村、乙村）): 东片区防汛责任组
_ZONE_HEAD = re.compile(r"^\s*(?:[（(][一二三四五六七八九十]+[）)]|\d+(?:[.．]\d+)+|\d+[.、．])?\s*([^\s，。；：、（）()]{1,6}片区?)"
                        r"(?:[（(][^（）()]*[）)])?\s*$")
_ZONE_KIND = re.compile(r"^\s*(?:[一二三四五六七八九十]+、)?\s*(片区?)([^\s，。；：、（）()]{2,12}组)\s*$")


def _zone_group(lines, i, groups, jurisdiction):
    """(name, heading line, parent) of a zone's group, or None."""
    zone = next(((j, _ZONE_HEAD.match(lines[j][1])) for j in range(i - 1, max(-1, i - 3), -1)
                 if _ZONE_HEAD.match(lines[j][1])), None)
    if not zone:
        return None
    j, zm = zone
    kind = next((_ZONE_KIND.match(lines[k][1]) for k in range(j - 1, max(-1, j - 20), -1)
                 if _ZONE_KIND.match(lines[k][1])), None)
    if not kind:
        return None
    parent = next((g.name for g in reversed(groups) if g.kind != "office" and not g.parent), "")
    # (东片区 names a part of the jurisdiction, not a place of its own: the jurisdiction goes first)
    name = zm.group(1) + kind.group(2)
    return (name if not jurisdiction or name.startswith(jurisdiction) else jurisdiction + name), lines[j], parent


_ALIAS = re.compile(r"([^，。；：（）《》]{4,80}?)[（(]以下简称[“\"]?([^）)”\"]{2,12})[”\"]?[）)]")


def _aliases(text: str, generic: bool = False) -> dict:
    """Short names a document defines for groups: 县食品安全工作领导小组办公室
    （以下简称县食安办） → {县食安办: 县食品安全工作领导小组办公室}.  With
    ``generic``, a short name that is only the kind of body (（以下简称领导小组）)
    too: a heading 一、领导小组 then names the group the document defined."""
    ends = "|".join(re.escape(e) for e in vocab.group_endings())
    out = {}
    name_re = re.compile(r"(?:" + "|".join(("自治区", "自治州", "自治县", "县", "市", "区", "省", "州", "旗", "盟", "镇",
                                            "乡")) + r")[^，。；、]{1,40}?(?:" + ends + r")(?:办公室)?")
    for m in _ALIAS.finditer(text):
        before = re.sub(r"(?:工作)?制度$", "", m.group(1))  # (建立…联席会议制度（以下简称联席会议）)
        # the shortest name that ends there (…局长某某同志不再担任某县食品安全委员会
        # → 县食品安全委员会, not all from the first 县; 自治区… whole)
        at = next((i for i in range(len(before) - 2, -1, -1)
                   if before[i] in "县市区省州旗盟镇乡自" and name_re.fullmatch(before, i)), None)
        if at is not None and at >= 2 and before[at - 2:at] == "自治" and name_re.fullmatch(before, at - 2):
            at -= 2
        g = name_re.fullmatch(before, at) if at is not None else None
        if m.group(2) in vocab.group_endings():
            # (决定成立某县创建国家卫生县城指挥部（以下简称指挥部）: a short name that is
            # only the kind stands for the whole body the verb sets up, not for 县城指挥部)
            verbs = list(re.finditer(r"成立|建立|设立|组建|调整", before))
            g = re.compile(r"[^，。；、]{2,60}?(?:" + ends + r")").fullmatch(before, verbs[-1].end()) \
                if generic and verbs else None
        if g:
            out[m.group(2)] = g.group(0)
    return out


def _alias_heading(line: str, aliases: dict) -> str:
    """A heading naming a group by its defined short name (一、县食安办组成人员)."""
    if not aliases:
        return ""
    s = re.sub(r"\s+", "", line)
    s = _HEAD_NUMBER.sub("", s)
    for t in _TRAILERS:
        if s.endswith(t):
            s = s[: -len(t)]
            break
    return aliases.get(s, "")


_ONE_ROSTER = re.compile(r"一套人马|组成人员相同|成员相同|人员相同")


def _twin_groups(title: str, text: str, jurisdiction: str) -> list[str]:
    """The groups a title names together (调整A和B组成人员) when the text says
    they have one roster (两块牌子、一套人马, 组成人员相同); [] otherwise."""
    if "和" not in title or not _ONE_ROSTER.search(text):
        return []
    ends = "|".join(re.escape(e) for e in vocab.group_endings())
    s = re.sub(r"\s+", "", title)
    cut = "|".join(r"(?<=" + re.escape(e) + r")和" for e in vocab.group_endings())
    found = [_mentioned_group(part) for part in re.split(cut, s)]
    found = [_with_jurisdiction(f, jurisdiction) for f in found if f and re.search(ends + "$", f)]
    return found if len(found) >= 2 else []


def _twin_offices(text: str, twins: list[str]) -> list:
    """(host, people, spans) of each twin group's office, in the order the
    groups are named: hosts 分别设在A、B, people in the clauses that name its
    short name (以下分别简称X、Y); [] when the text does not say so."""
    hosts = re.search(r"分别设在([^，。；]+)", text)
    short = re.search(r"以下分别简称([^）)]+)[）)]", text)
    if not hosts:
        return []
    hosts = [h.strip() for h in hosts.group(1).split("、") if h.strip()]
    names = [n.strip("“”\"") for n in re.split(r"[、，,]", short.group(1))] if short else []
    if len(hosts) != len(twins):
        return []
    out = []
    for k, twin in enumerate(twins):
        people = []
        if len(names) == len(twins):
            # the clauses about its office, the others blanked out (offsets kept)
            own = "".join(c if names[k] + "办公室" in c else re.sub(r"[^\n]", " ", c)
                          for c in re.split(r"(?<=[；。])", text))
            people = _office(own, twin)[1]
        out.append((hosts[k], people, []))
    return out


def _mentioned_group(line: str) -> str:
    """A group named inside a sentence or a title: 现将调整后的柳溪县食品安全
    工作领导小组成员名单通知如下 → 柳溪县食品安全工作领导小组."""
    s = re.sub(r"\s+", "", line)
    ends = "|".join(re.escape(e) for e in vocab.group_endings())
    found = ""
    for m in re.finditer(r"([^，。；：:、（）《》]{2,50}?(?:" + ends + r")(?:办公室)?)(?:(?:部分)?成员|组成人员|名单|的通知|制度|和|及|与|[，。；]|$)",
                         s):
        name = m.group(1)
        # drop the verbs in front of the name: 关于调整, 现将调整后的, 成立
        # (将X更名为Y: the group's name is the new one)
        name = re.split(r"关于|现将|调整后的|调整|成立|建立健全|建立|充实|印发|公布|的|决定对|现对|决定|研究对"
                        r"|更名为|改名为|变更为", name)[-1]
        if re.search(r"简称|以下|确定|同志", name):  # （以下简称联席会议）: no name
            continue
        # (经区政府同意，对某区…领导小组组成人员进行调整: 对 is the verb's, 对外/对口/对台 the name's)
        if name.startswith("对") and not name.startswith(("对外", "对口", "对台")) and re.match(
                r"对[" + HAN + r"]{2,8}?(?:省|市|县|区|州|旗|盟)", name):
            name = name[1:]
        if len(name) >= 4 and name not in vocab.group_endings():  # 领导小组 alone names nothing
            found = name
            break  # the first named: 成立X领导小组，同时建立Y联席会议 — a roster belongs to X
    return found


def _affiliation(text: str) -> str:
    """The affiliation in a member's bracket, without the notes after a comma
    (县政府副县长，兼办公室主任 / 县农业农村局局长，常务 → the first part)."""
    parts = [p.strip() for p in re.split(r"[，,；;]", text.strip()) if p.strip()]
    if not parts:
        return ""
    kept = [parts[0]] + [p for p in parts[1:] if not p.startswith("兼") and len(p) > 3 and names.is_post(p)
                         and not _RANK.fullmatch(p)]
    return "，".join(kept)


# a grade or rank written beside a post (四级调研员, 正科级) and other notes on
# a member (（兼）, （挂职）, （女）): no part of the affiliation
_RANK = re.compile(r"[一二三四]级(?:调研员|主任科员|巡视员|科员|高级主办)|[正副](?:科|处|厅|局|县|乡)级(?:干部)?")
_NOTE = r"(?:挂职|援藏|援疆|援青|援派|兼|兼职|女|男|[" + HAN + r"]{1,3}族|新增|调整|留任|" + _RANK.pattern + r")"
_NOTE_AFTER_NAME = re.compile(r"^(\S{2,4}?)[（(]" + _NOTE + r"[）)](?=\s|[，,])")
_NOTE_AFTER_AFF = re.compile(r"[（(]" + _NOTE + r"[）)]\s*$|(?<=[）)])兼任?[^，。；、（）\s]{2,12}$"
                             # (某某（区文旅局局长）（兼委员会办公室主任）: the office held besides)
                             r"|(?<=[）)])[（(]兼任?[^（）()]{2,20}[）)]\s*$")


_ORDER_NOTE = re.compile(r"^\s*[（(](?:按|以)?(?:姓氏)?笔画[^（）()]{0,6}[）)]|^\s*[（(]排名不分先后[）)]")

# (县委常委、常务副县长 郑某、副县长 吴某, or ，/； between them)
_AFF_NAME = re.compile(r"[、，,；;]?(\S+?)\s+([^\s、，,；;]{2,4})(?:同志)?(?=[、，,；;]|$)")

# a category of member units under 成员单位： (（一）县委部门（6个）：县委办公室、…；)
_CATEGORY_UNITS = re.compile(r"^(?:[（(][一二三四五六七八九十\d]{1,3}[）)]|[一二三四五六七八九十]{1,3}、)"
                             r"[^：:，。；（）()]{2,16}(?:[（(]\d{1,3}个[）)])?[：:](.+)$")
# the members of a roster written as a sentence after its role lines
_MADE_OF = re.compile(r"^[^，。；：:]{0,20}?成员(?:单位)?由(.+)(?:组成|构成)\s*(?:[（(]([^（）()]*)[）)])?[。；]?$")
_STATED = re.compile(r"[，,。]?\s*(?:共|合计|计)(\d+|[一二三四五六七八九十]{1,3})个(?:成员)?(?:单位|部门)。?\s*$")

# NAME（AFFILIATION）, the name plain or transliterated (艾某·库某（市政府副市长）)
_MEMBER_BRACKET = re.compile(r"(" + names.DOTTED + r"|[^\s、，,；;（）()·]{2,5}?)\s*（([^（）]*(?:（[^（）]*）[^（）]*)*)）")


# a contact table's last column: a telephone number is no part of an affiliation
_PHONE = re.compile(r"(?:\s+|\t)(?:[(（]?0\d{2,3}[)）]?[-－—]?\d{7,8}|1[3-9]\d{9})(?:[-－]\d{1,5})?\s*$")


_CATEGORY = re.compile(r"^([^：:，。；、（）()\s]{2,10})[：:]\s*(\S.*)$")


def _category_members(line: str, role: str):
    """The people of a line ``CATEGORY：members`` under a role (市人大代表：
    甲（…）、乙（…）), [] when its label is a role, a field that ends a roster
    (抄送, 工作人员, 联络员) or what follows names no one."""
    m = _CATEGORY.match(line)
    if not role or not m or m.group(1) in vocab.roster_roles() \
            or m.group(1).endswith(vocab.words("roles", "roster_stops")):
        return []
    got = _members(m.group(2))
    if not got or any(kind != "person" for _, kind, _, _, _ in got):
        return []
    return [(who, kind, aff, m.start(2) + s_, m.start(2) + e_) for who, kind, aff, s_, e_ in got]


_AFF_NAME_BRACKET = re.compile(r"([^（）()]+?)[（(]([^（）()]{2,8})[）)]")


def _aff_then_bracketed_names(s: str, lead: int):
    """Members written AFFILIATION（NAME）, apart by 、 (a 、 inside the
    affiliation stays); what follows the last of them (各村党支部书记) is read
    as members in its own right.  [] unless the line opens so."""
    out, pos = [], 0
    for m in _AFF_NAME_BRACKET.finditer(s):
        if m.start() != pos:
            break
        aff, who = m.group(1).lstrip("、，, "), names.strip_comrade(m.group(2))
        if not names.is_post(aff) or re.search(r"[，,；;：:]", aff) or _RANK.fullmatch(who) \
                or names.is_post(who) or not (names.is_name(who) or names.is_name(who, known_surname=False)):
            break  # (甲，县某局局长（正科级）: a rank in the bracket, a name before the comma)
        out.append((who, "person", aff, lead + m.start(), lead + m.end()))
        pos = m.end()
    if not out:
        return []
    rest = s[pos:].lstrip("、，, ")
    if rest:
        more = _members(rest)
        if not more:
            return []
        at = len(s) - len(rest)
        out += [(w, k, a, lead + at + s_, lead + at + e_) for w, k, a, s_, e_ in more]
    return out


def _titled_sharing_units(s: str, lead: int):
    """TITLE NAME，… where one unit holds two (市财政局局长甲、副局长乙): the
    second takes the first one's unit before its post (市财政局副局长); a
    posts list stays whole (市农业局局长、党组书记丙).  [] unless every
    item reads so (or is a post, the last: 各县（市、区）人民政府分管负责同志)."""
    out, pos = [], 0
    items = re.split(r"[，,]", s.rstrip("。；"))
    for k, item in enumerate(items):
        at = lead + s.find(item, pos)
        pos = at - lead + len(item)
        parts = item.split("、")
        first = names.split_title_name(parts[0]) if len(parts) > 1 else None
        rest = [names.split_title_name(p) for p in parts[1:]]
        if first and rest and all(r and r[0] in vocab.post_endings() for r in rest):
            unit = first[0][:-len(next(e for e in vocab.post_endings() if first[0].endswith(e)))]
            out.append((first[1], "person", first[0], at, at + len(item)))
            out += [(r[1], "person", unit + r[0], at, at + len(item)) for r in rest]
            continue
        tn = names.split_title_name(item)
        if tn:
            out.append((tn[1], "person", tn[0], at, at + len(item)))
            continue
        if k == len(items) - 1 and (names.is_post(item) or _REPRESENTED.search(item)):
            out.append((item, "post", "", at, at + len(item)))
            continue
        return []
    return out if len(out) >= 2 else []


def _padded_name(norm, at: int) -> bool:
    """Was the line at ``at`` printed with a two-character name padded to
    three (溥　川溋州市副市长: the name ends after the space's neighbour)?"""
    o = norm.offsets[at] if at < len(norm.offsets) else None
    raw = norm.original[o:o + 3] if o is not None else ""
    return len(raw) == 3 and raw[1] in " \u3000" and names.is_name(raw[0] + raw[2])


def _members(text: str, *, padded: bool = False):
    """Members written on one line: [(member, kind, affiliation, start, end)]."""
    out = []
    text = _PHONE.sub("", text)
    # 组员：甲局、乙局。主要负责…: the list ends at its full stop, what follows says
    # what the team does
    stop = text.find("。")
    if stop != -1 and re.match(r"\s*(?:主要)?(?:负责|承担|职责)", text[stop + 1:]):
        text = text[:stop + 1]
    # 某某（挂职）　县某局副局长 / 县某局副局长（兼）: the notes go, the lengths stay
    nm = _NOTE_AFTER_NAME.match(text.strip())
    if nm:
        lead_ws = len(text) - len(text.lstrip())
        text = text[:lead_ws] + nm.group(1) + " " * (nm.end() - nm.end(1)) + text.strip()[nm.end():]
    text = _NOTE_AFTER_AFF.sub(lambda m: " " * len(m.group(0)), text)
    # a table row NAME | AFFILIATION | notes…: the cells after the affiliation
    # (备注, 联系电话) are no part of it
    cells = text.strip().split("\t")
    # AFFILIATION <gap> NAME (the name in a right-hand column): one member
    if len(cells) == 2 and names.is_post(cells[0].strip()) and names.is_name(
            names.strip_comrade(cells[1].replace(" ", ""))):
        return [(names.strip_comrade(cells[1].replace(" ", "")), "person", cells[0].strip(), 0, len(text))]
    # a vacant seat whose work another holds for now (县某局局长　（空缺，暂由副局长某某负责）)
    stand = re.fullmatch(r"[（(]空缺[，,]\s*暂由(\S{3,14}?)(?:同志)?(?:负责|代理|主持)[^（）()]*[）)]",
                         cells[1].strip()) if len(cells) == 2 else None
    tn = names.split_title_name(stand.group(1)) if stand else None
    if tn and names.is_post(cells[0].strip()):
        post = cells[0].strip()
        unit = post[:-len(next(e for e in vocab.post_endings() if post.endswith(e)))]
        return [(tn[1], "person", unit + tn[0], 0, len(text))]
    if len(cells) >= 3 and names.is_name(names.strip_comrade(cells[0].replace(" ", ""))):
        text = text[:len(text) - len(text.lstrip())] + cells[0] + "\t" + cells[1]
    elif len(cells) >= 2 and not names.is_name(names.strip_comrade(cells[0].replace(" ", ""))):
        # members printed in columns (县财政局局长 <gap> 县商务局局长 某某): each column's own
        got, at = [], text.index(cells[0])
        for cell in cells:
            one = _members(cell) if cell.strip() else []
            if cell.strip() and not one:
                got = []
                break
            got += [(w, k, a, at + s_, at + e_) for w, k, a, s_, e_ in one]
            at += len(cell) + 1
        if got:
            return got
    s = text.strip().rstrip("。；;")  # the end of the list's sentence is no part of the last member
    if not s:
        return out
    lead = len(text) - len(text.lstrip())
    # 郇某书记, 郏某主任: a name and the bare title he is addressed by, run
    # together: the title names no post of any body, and is no affiliation
    addressed = re.fullmatch(r"(\S{2,4}?)(书记|主任|局长|部长|处长|科长|组长)", s)
    if addressed and names.is_name(addressed.group(1)):
        return [(addressed.group(1), "person", "", lead, lead + len(s))]
    # a roster table run into one string: 甲某市委常委、常务副市长乙某副市长…
    run = _fused_run(s) if len(s) > 16 and not re.search(r"[\s，,；;]", s) else None
    if run:
        return [(w, k, a, lead + s_, lead + e_) for w, k, a, s_, e_ in run]
    # 甲、乙、丙（均为市人大常委会委员）: one bracket for every name before it
    shared = re.fullmatch(r"(.+?)\s*[（(]均[为系是]([^（）()]+)[）)]", s) if "均" in s else None
    if shared:
        who = [names.strip_comrade(w) for w in re.split(r"[、，,\s]+", shared.group(1)) if w]
        if who and all(names.is_name(w) for w in who):
            return [(w, "person", shared.group(2).strip(), lead, lead + len(s)) for w in who]
    # (各村（社区）: a collective's own bracket, no member's)
    found = [m for m in _MEMBER_BRACKET.finditer(s) if not m.group(1).lstrip(" 、，,").startswith("各")]
    def person(m):  # a rare surname passes when the bracket holds a post
        who = names.strip_comrade(m.group(1))
        return names.is_name(who) or (names.is_name(who, known_surname=False)
                                      and names.is_post(m.group(2).strip()))

    rest = "".join(s[a:b] for a, b in zip([0] + [m.end() for m in found], [m.start() for m in found] + [len(s)])
                   ).strip(" 、，,。；") if found else ""
    # (…、佘某（区政务服务局局长）、各街道办事处和各地区办事处主要负责同志: the
    # units whose heads are members close the list of persons)
    closing = _unit_members(rest, 0) if rest and s.endswith(rest) and re.search(
        r"(?:负责同志|负责人|主要领导)$", rest) else []
    # (…、覃某（某所所长）　各村（社区）党总支书记: a post of every place closes it)
    if not closing and rest and s.endswith(rest) and rest.startswith("各") and _POST_END.search(rest):
        closing = [(rest, "post", "", 0, len(rest))]
    if found and all(person(m) for m in found) and (not rest or closing and all(
            c[1] in ("unit", "post") for c in closing)):
        for m in found:
            out.append((names.strip_comrade(m.group(1)), "person", _affiliation(m.group(2)), lead + m.start(),
                        lead + m.end()))
        at = lead + len(s) - len(rest)
        out += [(w, k, a, at, at + len(rest)) for w, k, a, _, _ in closing]
        return out
    # the affiliation, then the name in brackets (党委委员、副乡长（熊某）、武装部长（钟某）)
    if "（" in s or "(" in s:
        got = _aff_then_bracketed_names(s, lead)
        if got:
            return got
    # members as prose, 同志 closing each: 县委办公室副主任甲同志，县财政局局长乙同志
    # (or 、 between them; the last one's 同志 may have gone with 担任)
    parts = [p.strip() for p in re.split(r"[，；]|(?<=同志)、", s.rstrip("。；，")) if p.strip()]
    if len(parts) >= 2 and all(p.endswith("同志") for p in parts[:-1]) and (
            parts[-1].endswith("同志") or "、" in s):
        parts = [p if p.endswith("同志") else p + "同志" for p in parts]
        found, pos = [], 0
        for p in parts:
            core = p[:-2]
            # (a post before it says a name stands, whatever its surname: 副旗长朝鲁同志)
            hit = next(((core[-n:], core[:-n]) for n in (3, 2, 4) if len(core) >= n
                        and (names.is_name(core[-n:]) and (not core[:-n] or names.is_post(core[:-n]))
                             or core[:-n] and names.is_post(core[:-n])
                             and names.is_name(core[-n:], known_surname=False))), None)
            if hit is None:
                break
            at = s.find(p, pos)
            found.append((hit[0], "person", hit[1], lead + at, lead + at + len(p)))
            pos = at + len(p)
        else:
            return found
    # NAME，AFFILIATION items apart by ； (a data portal's 成员: 赵某, 县财政局局长; 孙某, …)
    items = [p.strip() for p in s.rstrip("。；.").split("；") if p.strip()]
    if len(items) >= 2:
        pairs = [re.fullmatch(r"(\S{2,4}?)(?:同志)?[，,]\s*(\S.*)", p) for p in items]
        if all(pm and names.is_name(pm.group(1), known_surname=False) and names.is_post(
                re.sub(r"[（(][^（）()]{1,6}[）)]$", "", pm.group(2))) for pm in pairs):
            pos = 0
            for p, pm in zip(items, pairs):
                at = s.find(p, pos)
                out.append((pm.group(1), "person", _NOTE_AFTER_AFF.sub("", pm.group(2)).strip(),
                            lead + at, lead + at + len(p)))
                pos = at + len(p)
            return out
    # two members of one role on one line, spaces between: name before post
    # (张某 县财政局局长　李某 县教育局局长) or post before name (组长：县委书记 钟某　县长 邱某)
    pairs = _token_pairs(s, lead)
    if pairs:
        return pairs
    # 甲和乙　副市长, 甲、乙　副市长: people of one role and one affiliation
    pair = re.fullmatch(r"((?:\S{2,4}?[和、])+\S{2,4}?)\s+(\S+)", s)
    if pair:
        who = re.split(r"[和、]", pair.group(1))
        aff = _scope_note_gone(pair.group(2))
        if all(names.is_name(w) for w in who) and names.is_post(aff):
            return [(w, "person", aff, lead, lead + len(s)) for w in who]
    # (or a transliterated name, its parts joined by a middle dot: 别某·努某 地区农业局局长;
    # or one without a surname, 尼玛次仁, where a gap and a post say a name stands;
    # two of one name told apart as printed, 达瓦（大）/ 达瓦（小）: the mark is the name's)
    m = re.fullmatch(r"([^\s，,（）()]{2,8}?(?:[（(][大小][）)])?|" + names.DOTTED + r")(?:同志)?"
                     r"(?:\s+|[，,]\s*)(\S.*)", s)
    bare = re.sub(r"[（(][大小][）)]$", "", m.group(1)) if m else ""
    if m and (names.is_name(bare) or (names.is_name(bare, known_surname=False)
                                      or s[len(m.group(1)):len(m.group(1)) + 1].isspace()
                                      and names.is_listed_name(bare) and not units.is_body(bare))
              and names.is_post(m.group(2))) and not names.is_name(re.split(r"[\s，,、]", m.group(2))[0]) \
            and (not re.match(r"[，,]", s[len(m.group(1)):].lstrip("同志")) or names.is_post(m.group(2))):
        # 韦某，男，瑶族，县委常委: sex and ethnicity are no part of the affiliation
        aff = re.sub(r"^[，,]?\s*(?:(?:男|女|[" + HAN + r"]{1,3}族)[，,]\s*)+", "", m.group(2).strip())
        aff = _scope_note_gone(aff)
        return [(m.group(1), "person", aff, lead, lead + len(s))]
    # several members written affiliation first on one line, 、 between them
    # (县委常委、常务副县长 郑某、副县长 吴某): the affiliation may hold a 、 itself
    pairs = list(_AFF_NAME.finditer(s))
    if len(pairs) >= 2 and "".join(p.group(0) for p in pairs) == s and all(
            names.is_post(p.group(1)) and (names.is_name(p.group(2)) or names.is_name(p.group(2), known_surname=False))
            for p in pairs):
        return [(p.group(2), "person", p.group(1), lead + p.start(), lead + p.end()) for p in pairs]
    # the affiliation before the name: 县委常委、常务副县长 林某 / 县政府副县长林某
    m = re.fullmatch(r"(\S.*?)\s+(\S{2,4}?)(?:同志)?", s)
    if m and names.is_name(m.group(2)) and names.is_post(m.group(1)):
        return [(m.group(2), "person", m.group(1), lead, lead + len(s))]
    tn = names.split_title_name(s) if len(s) <= 40 else None
    if tn and not re.search(r"[、，,]\S", s[len(tn[0]):]):
        return [(tn[1], "person", tn[0], lead, lead + len(s))]
    fused = _fused_name_affiliation(s, padded) if len(s) <= 50 and not re.search(r"[\s，,；;（(]", s) else None
    if fused:
        return [(fused[0], "person", fused[1], lead, lead + len(s))]
    shared = _titled_sharing_units(s, lead) if "，" in s and "、" in s else []
    if shared:
        return shared
    titled = _titled_or_posts(s, lead) if "，" in s or "；" in s else []
    if titled:
        return titled
    # posts and named people in one list (县政府分管副县长、鲁某（县政府办公室主任）)
    mixed = _mixed_members(s, lead)
    if mixed:
        return mixed
    # names alone: 甲、乙（女）、丙 — a note in brackets after a name is no part of it
    parts = [re.sub(r"[（(][^（）()]{1,6}[）)]$", "", p) for p in re.split(r"[、，,\s]+", s) if p]
    if parts and all(names.is_name(names.strip_comrade(p)) for p in parts):
        pos = 0
        for p in parts:
            i = s.find(p, pos)
            out.append((names.strip_comrade(p), "person", "", lead + i, lead + i + len(p)))
            pos = i + len(p)
        return out
    if not re.search(r"[、，；]", s) and (re.search(r"(?:的|分管|负责).{0,20}(?:长|主任|书记)$", s)
                                      or names.is_post(s) and not units.is_body(s)):
        return [(s.rstrip("。；"), "post", "", lead, lead + len(s))]
    return _unit_members(s.rstrip("。；"), lead)


def _fused_run(s: str):
    """Members run together with nothing between them (a roster table pasted
    as one string): 钟某市政府副秘书长、市政府办公室主任戴某市发展改革委主任….
    A member ends where his affiliation has closed on a post and the next
    name begins an affiliation of its own; the units whose heads are members
    may close the run.  None unless it reads as two members or more."""
    if not _next_member(s, 0):
        return None  # (a list of units, 县发改局、县财政局…: no name opens it)
    out, start = [], 0
    while start < len(s):
        cut = None
        for k in range(start + 5, len(s) + 1):
            got = _fused_name_affiliation(s[start:k])
            if got and (k == len(s) or _next_member(s, k)):
                cut = k
                break
        if cut is None:
            rest = _unit_members(s[start:], start) if out else []
            if not rest:
                return None
            out += rest
            break
        name, aff = _fused_name_affiliation(s[start:cut])
        out.append((name, "person", aff, start, cut))
        start = cut
    return out if len(out) >= 2 else None


def _next_member(s: str, k: int) -> bool:
    """Does a name begin at ``s[k]``, followed by an affiliation (a level, a
    title, a place), or the units whose heads are members (各县（市、区）…)?"""
    if s.startswith("各", k):
        return True
    for n in (3, 2, 4):
        name, after = s[k:k + n], s[k + n:k + n + 8]
        if (n < 4 or name[:2] in vocab.surnames()[1]) and names.is_name(name) and after and (
                _AFF_LEVEL.match(after) or _AFF_PLACE.match(after) or names.is_title(after[:3])
                or names.is_title(after[:4]) or after.startswith(("副", "常务"))):
            return True
    return False


# where an affiliation may begin: a level (省委…, 市政府…), a national or Party
# body (国家税务总局…, 中科院…, 中国铁塔…), else a place and its level (溋州市…)
_AFF_LEVEL = re.compile(r"^(?:[省市县区]|中共|中国|中央|国家|中科院|人民银行)")
# (a city named by one character and 州, 某州日报社, as well)
_AFF_PLACE = re.compile(r"^(?:[\u3400-\u9fff]{2,3}?(?:省|市|县|区|州|盟|旗)|[\u3400-\u9fff]州)")


def _fused_name_affiliation(s: str, padded: bool = False):
    """(name, affiliation) of a name and its affiliation run together with
    nothing between (芮某某省委常委、常务副省长, 司徒某某省能源局局长): where
    a name ends and an affiliation ending in a post begins, the surest sign
    first (a level word or a title, then a place, then a body's own name),
    a three-character name before a two-character one (the commoner), a
    four-character one only with a compound surname."""
    if s.startswith(("国网", "中国", "国家", "中共", "中央", "中科院")):
        return None  # 国网某县供电公司总经理: a post, no name run into it
    def split(n):
        name, aff = s[:n], s[n:]
        if n == 4 and name[:2] not in vocab.surnames()[1]:
            return None
        return (name, aff) if names.is_name(name) and names.is_post(aff) else None

    if padded and split(2):  # the space that padded the name said where it ends
        return split(2)
    tests = ((lambda a: _AFF_LEVEL.match(a) or names.is_title(a)), (2, 3, 4)), \
            ((lambda a: _AFF_PLACE.match(a)), (3, 2, 4)), \
            ((lambda a: any(units.is_body(a[:k]) for k in range(4, min(len(a), 30)))), (3, 2, 4))
    for test, order in tests:
        for n in order:
            got = split(n)
            if got and test(got[1]):
                return got
    return None


_POST_END = re.compile(r"(?:书记|长|主任|委员|总经理|董事长|负责人)$")
# the heads a unit member stands for: 县财政局主要负责同志 is the unit 县财政局
_REPRESENTED = re.compile(r"(?:的)?(?:有关|相关)?(?:主要负责同志|主要负责人|分管负责同志|分管负责人|负责同志|负责人|"
                         r"主要领导)$")


def _token_pairs(s: str, lead: int):
    """Members as space-separated (name, post) or (post, name) token pairs:
    [(member, kind, affiliation, start, end)], else []."""
    tokens = s.split()
    if len(tokens) < 4 or len(tokens) % 2:
        return []
    heads, tails = tokens[0::2], tokens[1::2]
    if all(names.is_name(names.strip_comrade(h)) and names.is_post(t) and not names.is_name(t)
           for h, t in zip(heads, tails)):
        name_first = True
    elif all(names.is_post(h) and names.is_name(names.strip_comrade(t)) for h, t in zip(heads, tails)):
        name_first = False
    else:
        return []
    out, pos = [], 0
    for h, t in zip(heads, tails):
        a = s.find(h, pos)
        b = s.find(t, a + len(h)) + len(t)
        who, post = (h, t) if name_first else (t, h)
        out.append((names.strip_comrade(who), "person", post, lead + a, lead + b))
        pos = b
    return out


def _mixed_members(s: str, lead: int):
    """A list whose items are each a NAME（AFF） or a post, at least one of
    each: [(member, kind, affiliation, start, end)], else []."""
    items, depth, start = [], 0, 0
    for i, ch in enumerate(s + "、"):
        if ch in "（(":
            depth += 1
        elif ch in "）)":
            depth -= 1
        elif ch in "、，" and depth == 0:
            items.append((start, s[start:i]))
            start = i + 1
    out = []
    for at, item in items:
        bm = re.fullmatch(r"(\S{2,6}?)(?:同志)?[（(]([^（）()]+)[）)]", item.strip())
        if bm and (names.is_name(bm.group(1)) or _named_by_post(bm.group(1), bm.group(2))):
            out.append((bm.group(1), "person", _affiliation(bm.group(2)), lead + at, lead + at + len(item)))
        elif names.is_post(item.strip()) and not units.is_body(item.strip()) and len(item.strip()) <= 12:
            out.append((item.strip(), "post", "", lead + at, lead + at + len(item)))
        else:
            return []
    kinds = {o[1] for o in out}
    return out if kinds == {"person", "post"} else []


def _named_by_post(who: str, bracket: str) -> bool:
    """某某（县财政局局长）: a bracket holding a post says a name stands before
    it, whatever its surname (Yi, Mongolian, Tibetan names)."""
    return bool(re.fullmatch(r"[" + HAN + r"]{2,6}", who)) and names.is_post(bracket.strip()) \
        and not names.is_post(who) and not units.is_body(who) and not (len(who) > 4 and not names.is_long_name(who))


def _titled_or_posts(s: str, lead: int):
    """Members apart by ，: each a title and name run together (副县长、县公安局局长
    某某) or a post alone (县人武部部长), at least one a person; else []."""
    out, pos = [], 0
    for part in re.split(r"[，；]", s):
        at = s.find(part, pos)
        pos = at + len(part)
        item = part.strip()
        if not item:
            continue
        tn = names.split_title_name(item)
        if tn and names.is_post(tn[0]):
            out.append((tn[1], "person", tn[0], lead + at, lead + at + len(part)))
        elif names.is_post(item) and not units.is_body(item) and "、" not in item:
            out.append((item, "post", "", lead + at, lead + at + len(part)))
        else:
            return []
    return out if len(out) >= 2 and any(o[1] == "person" for o in out) else []


def _unit_members(s: str, lead: int):
    """Units (and posts) as members: 县委办、县政府办、县发改局、财政局主要负责同志，
    县委组织部分管负责同志，各乡镇（街道）党（工）委书记."""
    found, pieces, pos = [], [], 0
    # 县水利局主要负责同志和县总工会分管负责同志: each qualifier closes its own run
    s = re.sub(r"(?:主要|分管)?负责(?:同志|人)[和及与]", lambda m: "、" + " " * (len(m.group(0)) - 1), s)
    for part in re.split(r"([，；])", s):
        if part in ("，", "；"):
            pos += 1
            continue
        pieces.append((pos, part))
        pos += len(part)
    written, posts_at = [], {}
    indefinite = tuple(vocab.words("jurisdictions", "indefinite_starts"))
    for at, part in pieces:
        core = _REPRESENTED.sub("", part.strip())
        if not core:
            return []
        # (…及区直有关部门 closing a list: no unit in particular, the rest stand)
        core = re.sub(r"(?:[、，,]|及|和|以及)[^、，,及和]*?(?:有关|相关)(?:单位|部门)[^、，,]*$", "", core)
        if re.search(r"有关(?:单位|部门)|相关(?:单位|部门)", core) or \
                core.startswith(indefinite):
            continue  # 县直有关单位主要负责同志, 事发地乡（镇）人民政府: no unit in particular, no member
        if core == part.strip() and re.search(r"(?:书记|长|主任)$", core) and not units.is_body(core) \
                and not re.search(r"[、，]", core):
            posts_at[at] = part  # 各乡（镇）长: a post, kept out of the units' list
            continue
        written.append((at, part, core))
    # one list for the prefix: 县委办、…、财政局 → 县财政局
    joined = "、".join(core for _, _, core in written)
    items = units.items(joined, abbreviated=True)
    by_core = iter(items)
    for at, part, core in written:
        n = len(units.split_list(core))
        group = [next(by_core, None) for _ in range(n)]
        if all(i is not None and (units.is_body(i.text) or units.is_collective_place(i.text)) for i in group):
            found.extend((i.text, "unit", "", lead + at, lead + at + len(part)) for i in group
                         if not i.text.startswith(indefinite))
        elif core == part.strip() and len(group) > 1 and all(
                i is not None and _POST_END.search(i.text) and not units.is_body(i.text) for i in group):
            # 县应急管理局局长、县发展和改革局局长、各乡（镇）乡（镇）长: posts, each a member
            written_items = units.split_list(core)
            for (a, b) in written_items:
                found.append((core[a:b].strip(), "post", "", lead + at + a, lead + at + b))
        elif re.search(r"(?:书记|长|主任|负责人|负责同志)$", part.strip()) and not units.is_body(part.strip()):
            found.append((part.strip(), "post", "", lead + at, lead + at + len(part)))
        else:
            return []
    for at, part in posts_at.items():
        found.append((part.strip(), "post", "", lead + at, lead + at + len(part)))
    return sorted(found, key=lambda f: f[3])


_SCOPE_NOTE = re.compile(r"[（(](?:分管|负责|主管|协管|联系)[^（）()]{1,30}[）)]$")


def _scope_note_gone(aff: str) -> str:
    """区政府副区长（分管城乡建设） → 区政府副区长: what he oversees is a note on
    the post, no part of it."""
    return _SCOPE_NOTE.sub("", aff) if aff.endswith(("）", ")")) else aff


def _name_then_affiliation(line: str, nxt: str) -> str:
    """The name on ``line`` when it is a name alone and ``nxt`` the
    affiliation alone (巴某 / 旗委副书记、旗长), else ''."""
    who = names.strip_comrade(line.replace(" ", ""))
    if not nxt or not re.fullmatch(r"[" + HAN + r"·]{2,8}", who) or names.is_post(who) or units.is_body(who) \
            or is_role_line(who) or not (names.is_name(who, known_surname=False) or names.is_long_name(who)
                                         or names.is_name(who)):
        return ""
    if is_role_line(nxt) or re.search(r"[：:。；]", nxt) or not names.is_post(nxt):
        return ""
    if names.is_name(names.strip_comrade(nxt.replace(" ", ""))):
        return ""
    return who


def _person_in(phrase: str) -> str:
    """The name in ``某某同志`` or ``统计局副局长某某`` (an affiliation before it)."""
    return _person_and_post(phrase)[0]


def _person_and_post(phrase: str) -> tuple[str, str]:
    """(name, the post written before it) of ``统计局副局长某某同志``;
    (name, '') of ``某某同志``; ('', '') when no name is found."""
    phrase = names.strip_comrade(phrase.strip())
    if names.is_name(phrase):
        return phrase, ""
    if re.fullmatch(r"\S{2,4}[（(][大小][）)]", phrase):  # 达瓦（大）同志: two of one name, as printed
        return phrase, ""
    # 某某同志（省政务服务管理局副局长）: the post in a bracket after the name
    nb = re.fullmatch(r"(\S{2,4}?)(?:同志)?[（(]([^（）()]{2,40})[）)]", phrase)
    if nb and names.is_name(nb.group(1)) and names.is_post(nb.group(2)):
        return nb.group(1), nb.group(2)
    tn = names.split_title_name(phrase)
    if tn:
        return tn[1], tn[0]
    for n in (3, 2, 4):
        if len(phrase) > n and phrase[:-n].endswith(vocab.post_endings()) and names.is_name(phrase[-n:]):
            return phrase[-n:], phrase[:-n]
    return "", ""


def _own_office_text(text: str, group: str) -> str:
    """``text`` with the sentences about another body's office blanked out
    (same length), when it speaks of the offices of several kinds of body
    (领导小组办公室设在A…。联席会议办公室设在B，某某同志任办公室主任。)."""
    kinds = [k for k in ("领导小组", "联席会议", "指挥部", "委员会", "工作专班") if k + "办公室" in text]
    own = next((k for k in kinds if group.endswith(k)), "")
    if len(kinds) < 2 or not own:
        return text
    others = [k for k in kinds if k != own]
    out, about = [], own  # (a sentence naming no body speaks of the office named last)
    for sentence in re.split(r"(?<=。)", text):
        if own + "办公室" in sentence:
            about = own
        elif any(k + "办公室" in sentence for k in others):
            about = ""
        out.append(sentence if about else re.sub(r"[^\n]", " ", sentence))
    return "".join(out)


def _office(text: str, group: str):
    """(host, [(name, role, start, end)], sentence spans) from the sentences
    after a roster."""
    host, people, seen = "", [], set()
    text = _own_office_text(text, group)
    m = re.search(r"不设办公室", text)
    if m:
        return "", [], [m.span()]
    spans = []
    hm = (re.search(r"办公室(?:仍|继续|统一)?设在([^，。；（）,]+?)(?:[，。；,，]|$|）|\))", text)
          or re.search(r"下设办公室[（(]设在([^）)]+)[）)]", text))
    if hm:
        host = hm.group(1).strip()
        spans.append(hm.span())
    # 某某同志兼办公室主任 / 办公室主任由某某同志兼任 / 办公室主任由统计局副局长某某兼任.
    # Anchored on the role words, the names read back to the clause start:
    # a lazy scan from every position would cost a pass per character.
    if "办公室" not in text:
        return host, people, spans
    found = []
    for m in re.finditer(r"(?:兼任|兼|任|担任)(?:领导小组)?办公室(副)?主任", text):
        clause = max(text.rfind(c, 0, m.start()) for c in "，。；\n") + 1
        if m.start() - clause >= 2:
            found.append(("办公室副主任" if m.group(1) else "办公室主任", clause, m.start()))
    for m in re.finditer(r"办公室(副)?主任由([^。；]{2,120}?)(?:同志)?(?:兼任|担任)", text):
        found.append(("办公室副主任" if m.group(1) else "办公室主任", m.start(2), m.end(2)))
    # …办公室主任由某某兼任，副主任由某某担任: the office is understood
    for m in re.finditer(r"办公室[^。；]{0,60}?[，,；]副主任由([^。；]{2,120}?)(?:同志)?(?:兼任|担任)", text):
        found.append(("办公室副主任", m.start(1), m.end(1)))
    for role, s, e in sorted(found, key=lambda f: (f[0] != "办公室主任", f[1])):
        for who in re.split(r"[、，,]", text[s:e]):
            # (区水利局局长某某同志任办公室副主任: the post he is named by)
            who, post = _person_and_post(re.sub(r"^由|同志$", "", who.strip()))
            if who and (who, role) not in seen:
                seen.add((who, role))
                people.append((who, role, s, e, post))
    return host, people, spans


def extract(norm: Normalised, start: int, end: int, source: str, jurisdiction: str, title: str = ""):
    """Groups, memberships and warnings of the rosters in one document."""
    text = norm.text
    groups: list[Group] = []
    members: list[Membership] = []
    warnings: list[Warning] = []
    lines, pos = [], start
    for line in text[start:end].split("\n"):
        line = _unprefixed(_unnumbered(line))
        lines.extend((p, _role_by_verb(piece)) for p, piece in _split_inline_roles(_role_by_verb(line), pos))
        pos += len(line) + 1
    aliases = None  # （以下简称县食安办）: short names the document defines, read when needed
    i = 0
    while i < len(lines):
        lpos, line = lines[i]
        if _CHANGE_HEAD.match(line):  # a change table's rows: read by _change_table_rosters
            i += 1
            while i < len(lines) and _role_match(lines[i][1]):
                i += 1
            continue
        rm = _role_match(line)
        if not rm or _is_header(line) or _heads_duties(rm, lines, i):
            i += 1
            continue
        # a roster starts here: its group is named by the nearest heading above
        group = ""
        if aliases is None:
            aliases = _aliases(text[start:end], generic=True)
        sub = _zone_group(lines, i, groups, jurisdiction) or _sub_group(lines, i, groups, title, jurisdiction)
        if sub:
            group, heading, _ = sub
        elif rm.group(1) in vocab.load("roles")["team_roles"]:  # a task's lead unit or leader, not a team's
            i += 1
            continue
        for j in range(i - 1, max(-1, i - 6) if not group else i, -1):
            group = _heading_group(lines[j][1]) or _alias_heading(lines[j][1], aliases)
            # (一、区指挥部组成人员: a short name the document defined, 以下简称区指挥部)
            group = aliases.get(group, group)
            if group:
                heading = lines[j]
                # a heading printed on two lines (某省打击…工作 / 厅际联席会议成员名单)
                above = lines[j - 1][1].strip() if j > 0 else ""
                whole = _heading_group(above + lines[j][1].strip()) if above and len(above) <= 40 \
                    and not re.search(r"[，。；：、]|\d|关于|通知|决定|意见|方案", above) \
                    and not _heading_group(above) and not _ENUM_HEAD.match(lines[j][1]) else ""
                if len(whole) > len(group):
                    group, heading = whole, lines[j - 1]
                break
        if not group:
            # no heading line: the lead-in sentence or the title names the group
            for j in range(i - 1, max(-1, i - 4), -1):
                group = _mentioned_group(lines[j][1])
                if group:
                    heading = lines[j]
                    break
        if not group:
            group = _mentioned_group(title)
            heading = lines[0]
        if not group:
            i += 1
            continue
        group = _with_jurisdiction(group, jurisdiction)
        gstart = heading[0]
        role = ""
        units_role = False
        stated = None
        headers_above = {_header_key(lines[j][1]) for j in range(max(0, i - 3), i)} - {""}
        # a table of seats by unit and post, no names (小组职务 | 工作单位 | 单位职务)
        unit_post = any(_unit_post_columns(key) for key in headers_above)
        columns, last_unit = {}, ""  # a table's columns under a role line, and the unit above
        roster = []  # (member, kind, role, affiliation, start, end)
        k = i
        while k < len(lines):
            kpos, kline = lines[k]
            stripped = kline.strip()
            lead = len(kline) - len(kline.lstrip())
            rm = _role_match(stripped) if not _is_header(stripped) else None
            made = _MADE_OF.match(stripped) if "成员" in stripped and not rm else None
            if made:
                # 指挥部成员由县委宣传部、…主要负责同志组成（共24个成员单位）: after
                # the roster's role lines, its members written as one sentence
                found = _unit_members(made.group(1), 0)
                if not found:
                    break
                role = "成员"
                cm = _STATED.search(made.group(2) or "")
                if cm:
                    stated = _cn_number(cm.group(1))
                offset = kpos + lead + made.start(1)
                roster += [(who, kind, role, aff, offset + s_, offset + e_) for who, kind, aff, s_, e_ in found]
                k += 1
                continue
            if _is_header(stripped):
                # the table's header printed again atop a new page, or the
                # header of the table under a role line (组长 / 单位 姓名 职务):
                # the roster goes on, read by the header's columns
                key = _header_key(stripped)
                if key in headers_above or (role and not any(r[2] == role for r in roster)):
                    columns, last_unit = _columns(key), ""
                    k += 1
                    continue
                break
            if rm:
                role = rm.group(1)
                # 成员：（按姓氏笔画为序） the order is a note, the names follow
                rest = _ORDER_NOTE.sub("", rm.group(2))
                cm = _STATED.search(rest)
                if cm:  # 成员单位：…，共12个成员单位
                    stated = _cn_number(cm.group(1))
                    rest = rest[:cm.start()]
                offset = kpos + lead + rm.start(2)
                found = _unit_post_member(rest, last_unit) if unit_post else _members(rest)
                if unit_post and found:
                    last_unit = found[0][5]
                    found = [f[:5] for f in found]
                units_role = role.endswith("单位") or any(f[1] == "unit" for f in found)
            elif units_role and _CATEGORY_UNITS.match(stripped):
                # 成员单位： / （一）县委部门（6个）：县委办公室、…； the units of each category
                cm_ = _CATEGORY_UNITS.match(stripped)
                found_ = _unit_members(cm_.group(1).rstrip("。；;"), 0)
                if not found_:
                    break
                at_ = kpos + lead + cm_.start(1)
                roster += [(w, kd, role, af, at_ + s_, at_ + e_) for w, kd, af, s_, e_ in found_]
                k += 1
                continue
            elif re.fullmatch(r"([^：:\s，。；]{2,30})[：:]\s*(?:主要|分管)?负责(?:同志|人)[。；;]?", stripped) and (
                    units.is_body(stripped.split("：")[0].split(":")[0]) or stripped.startswith("各")):
                # 各县（市、区）人民政府：分管负责同志 — the unit, its heads standing for it
                unit = re.split(r"[：:]", stripped)[0]
                roster.append((unit, "unit", role, "", kpos + lead, kpos + lead + len(unit)))
                k += 1
                continue
            elif _unit_then_person(stripped):
                # 县财政局：严峻（局长） — a member given under the unit he heads
                who, aff = _unit_then_person(stripped)
                roster.append((who, "person", role, aff, kpos + lead, kpos + lead + len(stripped)))
                k += 1
                continue
            elif _category_members(stripped, role):
                # 成员： / 常委会组成人员：甲、乙（均为…） / 特邀专家：丙（…）: a category
                # of the role's members, no role of its own
                for who, kind, aff, s_, e_ in _category_members(stripped, role):
                    roster.append((who, kind, role, aff, kpos + lead + s_, kpos + lead + e_))
                k += 1
                continue
            elif re.match(r"^[^：:，。；、（）\s]{1,6}[：:]", stripped):
                break  # another field's label (抄送：, 联系人：): the roster has ended
            elif re.search(r"办公室(?:仍|继续|统一)?设在|下设办公室", stripped):
                break  # the office's sentence after the roster (办公室设在…，某某兼任办公室主任)
            elif re.match(r"^\d+(?:[.．]\d+)+(?!\d)", stripped):
                break  # a section of a plan numbered 2.2 (县指挥部办公室): the roster has ended
            elif role and re.fullmatch(r"[（(][一二三四五六七八九十]+[）)]\s*[^\s，。；：:]{2,10}", stripped) and \
                    k + 1 < len(lines) and (_members(lines[k + 1][1].strip()) or [("", "")])[0][1] == "person":
                k += 1  # （一）县直部门 over the members of that kind: a category, no role nor member
                continue
            elif (roster and roster[-1][1] == "person" and roster[-1][3] and len(stripped) <= 12
                  and not re.search(r"\s|[：:（）()]", stripped)
                  and not lines[k - 1][1].rstrip().endswith(("）", ")", "。", "；"))
                  and not re.match(r"^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[）)]|\d+(?:[.．]\d+)+|\d+[.、．]|附件)",
                                   stripped) and not re.search(r"\d", stripped)
                  and not _person_in(re.split(r"[、，]", stripped)[-1].rstrip("。；"))
                  and not names.is_name(re.split(r"[、，]", stripped)[0])
                  and not units.is_body(re.split(r"[、，]", stripped)[0])
                  and not _fused_name_affiliation(stripped)
                  and not stripped.startswith("各")  # 各连队连长: a post of every unit, a member of its own
                  # (局属各单位主要负责人: the units whose heads are members, a member of its own)
                  and not re.search(r"(?:主要负责人|负责同志|主要领导)$", stripped)
                  and not (names.is_post(stripped) and any(units.is_body(stripped[:k])
                                                           for k in range(4, len(stripped))))
                  and not _name_then_affiliation(stripped, lines[k + 1][1].strip() if k + 1 < len(lines) else "")):
                # the end of the member above, wrapped onto a line of its own
                # (县住房和城乡建设局党组书 / 记、局长)
                who, kind, role_, aff, s_, e_ = roster[-1]
                roster[-1] = (who, kind, role_, aff + stripped.rstrip("。；"), s_, kpos + lead + len(stripped))
                k += 1
                continue
            else:
                pair = _name_then_affiliation(stripped, lines[k + 1][1].strip() if k + 1 < len(lines) else "")
                if role and not columns and pair:
                    # a member on two lines, the name above the affiliation
                    # (a web page's definition list): read as one
                    npos, nline = lines[k + 1]
                    roster.append((pair, "person", role, nline.strip(), kpos + lead,
                                   npos + len(nline.rstrip())))
                    k += 2
                    continue
                if re.search(r"[（(]空缺[）)]\s*$", stripped):
                    k += 1  # a vacant seat: no member
                    continue
                found = _by_columns(kline, columns, last_unit) if columns else \
                    _unit_post_member(stripped, last_unit) if unit_post else \
                    _members(stripped, padded=_padded_name(norm, kpos + lead))
                offset = kpos if columns else kpos + lead
                if unit_post and found:
                    last_unit = found[0][5]
                    found = [f[:5] for f in found]
                if not found or (not units_role and any(f[1] == "unit" for f in found)
                                 and not re.search(r"负责同志|负责人|主要领导", stripped)):
                    break
                if columns and found[0][5]:
                    last_unit = found[0][5]
                found = [f[:5] for f in found]
            for who, kind, aff, s, e in found:
                roster.append((who, kind, role, aff, offset + s, offset + e))
            k += 1
        rend = lines[k - 1][0] + len(lines[k - 1][1])
        # the office: in the sentences right after the roster, else anywhere in the document
        after_end = lines[min(k + 2, len(lines) - 1)][0] + len(lines[min(k + 2, len(lines) - 1)][1])
        tail = text[rend:after_end]
        # (a working team's roster is followed by its parent's office, not its own)
        host, office, ospans = _office(tail, group) if not sub else ("", [], [])
        base = rend
        if not host and not office and not sub:
            whole = text[start:end]
            host, office, ospans = _office(whole, group)
            base = start
        # (A和B…实行“两块牌子、一套人马”，组成人员相同: one roster for both groups,
        # their offices 分别设在X、Y and named by their short names)
        twins = _twin_groups(title, text[start:end], jurisdiction) if not sub else []
        twin_offices = []
        if twins and twins[0] == group:
            twin_offices = _twin_offices(text[start:end], twins)
            if twin_offices:
                host, office, ospans = twin_offices[0]
                base = start
        host = units.with_prefix(host, jurisdiction) if host else host
        ev_group = evidence.make(norm, source, gstart, gstart + len(heading[1]), sentence=False)
        groups.append(Group(group, group_kind(group), jurisdiction, host, stated,
                            sub[2] if sub else "", ev_group))
        n_units = sum(1 for r in roster if r[1] == "unit")
        if stated is not None and stated != n_units:
            warnings.append(Warning(f"{group}: the text states {stated} member units, {n_units} were read",
                                    ev_group))
        affiliation = {}
        listed_office = []  # rows of the office in the roster's own table (办公室主任 | 某某 | …)
        units_in = set()
        for who, kind, role_, aff, s, e in roster:
            if role_.startswith("办公室"):
                listed_office.append((who, role_, aff, s, e))
                continue
            if kind == "unit":  # a lead unit listed again among the member units: once, as lead
                if who in units_in:
                    continue
                units_in.add(who)
            affiliation.setdefault(who, aff)
            members.append(Membership(group, who, kind, role_, aff,
                                      evidence.make(norm, source, s, e, sentence=False)))
        if listed_office:
            oname = group + "办公室"
            if not office:
                groups.append(Group(oname, "office", jurisdiction, host, None, group, ev_group))
            for who, orole, aff, s, e in listed_office:
                if (who, orole) not in {(o[0], o[1]) for o in office}:
                    members.append(Membership(oname, who, "person", orole, affiliation.get(who, aff),
                                              evidence.make(norm, source, s, e, sentence=False)))
        if office:
            oname = group + "办公室"
            ev = evidence.make(norm, source, base + ospans[0][0], base + ospans[0][1]) if ospans else ev_group
            groups.append(Group(oname, "office", jurisdiction, host, None, group, ev))
            for who, orole, s, e, post in office:
                members.append(Membership(oname, who, "person", orole, affiliation[who] if who in affiliation else post,
                                          evidence.make(norm, source, base + s, base + e)))
        if twins and twins[0] == group:
            read = [m for m in members if m.group == group]
            for t, twin in enumerate(twins[1:], 1):
                thost, toffice, _ = twin_offices[t] if t < len(twin_offices) else ("", [], [])
                thost = units.with_prefix(thost, jurisdiction) if thost else thost
                groups.append(Group(twin, group_kind(twin), jurisdiction, thost, stated, "", ev_group))
                members.extend(replace(m, group=twin) for m in read)
                if toffice:
                    groups.append(Group(twin + "办公室", "office", jurisdiction, thost, None, twin, ev_group))
                    for who, orole, s, e, post in toffice:
                        members.append(Membership(twin + "办公室", who, "person", orole,
                                                  affiliation[who] if who in affiliation else post,
                                                  evidence.make(norm, source, start + s, start + e)))
        if not roster:
            warnings.append(Warning(f"roster of {group} has no members", ev_group))
        i = k
    bg, bm = _bracket_role_rosters(norm, start, end, source, jurisdiction, title, {g.name for g in groups})
    groups += bg
    members += bm
    cg, cm = _change_rosters(norm, start, end, source, jurisdiction, {g.name for g in groups})
    groups += cg
    members += cm
    cg, cm = _change_table_rosters(norm, start, end, source, jurisdiction, title, {g.name for g in groups})
    groups += cg
    members += cm
    xg, xm = _leader_matrix(norm, start, end, source, jurisdiction, {g.name for g in groups})
    groups += xg
    members += xm
    tg, tm = _body_table(norm, start, end, source, jurisdiction, {g.name for g in groups})
    groups += tg
    members += tm
    ug, um = _unit_post_role_rosters(norm, start, end, source, jurisdiction, title, {g.name for g in groups})
    groups += ug
    members += um
    rg, rm = _role_column_rosters(norm, start, end, source, jurisdiction, title, {g.name for g in groups})
    groups += rg
    members += rm
    sg, sm = _successions(norm, start, end, source, jurisdiction, {g.name for g in groups})
    groups += sg
    members += sm
    pg, pm = _prose_rosters(norm, start, end, source, jurisdiction, title, {g.name for g in groups},
                            {(m.group, m.member) for m in members})
    groups += pg
    members += pm
    ag, am = _apposition_rosters(norm, start, end, source, jurisdiction, title, {g.name for g in groups})
    groups += ag
    members += am
    jg, jm, jw = joint_meeting.extract(norm, start, end, source, jurisdiction, title)
    members = [replace(m, member=_own_place_named(m.member, jurisdiction)) if m.member_kind == "unit" else m
               for m in members]
    groups, members = _merged(groups + jg, members + jm)
    # an office's director listed elsewhere in the document (a joint meeting's
    # table) takes the affiliation written there
    known = {}
    for m in members:
        if m.member_kind == "person" and m.affiliation and not m.role.startswith("办公室"):
            known.setdefault(m.member, m.affiliation)
    members = [replace(m, affiliation=known[m.member])
               if m.role.startswith("办公室") and not m.affiliation and m.member in known else m
               for m in members]
    return groups, members, warnings + jw


def _own_place_named(name: str, jurisdiction: str) -> str:
    """A unit named after the document's own place takes no level prefix
    carried to it (县广播电视台、某某供电局 in 某某县's roster: 某某供电局)."""
    level = units.bare_prefix(name)
    rest = name[len(level):]
    if level and any(len(p) >= 2 and rest.startswith(p) for p in units.places(jurisdiction)):
        return rest
    return name


def _merged(groups: list[Group], members: list[Membership]) -> tuple[list[Group], list[Membership]]:
    """One group per name, one membership per (group, member, role): a body
    read by two readers (a joint meeting's prose and its list) is stated
    once, with what either read of it (its office's host, its stated count)."""
    by_name: dict[str, Group] = {}
    for g in groups:
        old = by_name.get(g.name)
        by_name[g.name] = g if old is None else replace(
            old, office_host=old.office_host or g.office_host,
            stated_count=old.stated_count if old.stated_count is not None else g.stated_count)
    seen, kept = set(), []
    for m in members:
        if (m.group, m.member, m.role) not in seen:
            seen.add((m.group, m.member, m.role))
            kept.append(m)
    return list(by_name.values()), kept


# Rosters written as prose:
#   成立以林某为组长，周某、欧阳某为副组长，县财政局等单位主要负责人为成员的…领导小组
#   领导小组由县长林某任组长，副县长周某任副组长，…为成员
_PROSE_ROLES = ("常务副组长", "副组长", "组长", "成员", "副召集人", "召集人", "常务副总指挥", "副总指挥", "总指挥",
                "副指挥长", "指挥长")
_PROSE_ROLE = re.compile(r"([^，。；：]{2,80}?)(?:同志)?(?:任|为|担任)(" + "|".join(_PROSE_ROLES) + r")(?=[，、；。的]|$)")
# …，成员由县委宣传部、…有关负责同志组成，共16个成员单位: the members after the roles
_PROSE_MADE_OF = re.compile(r"(?:^|(?<=[，。；]))[^，。；]{0,12}?成员(?:单位)?(?:由([^。；]+?)(?:组成|构成)"
                            # …，成员单位包括县民政局、县财政局…: the list, no closing verb
                            r"|单位(?:包括|为|有)[：:]?([^。；]+))")
_RESPECTIVELY = re.compile(r"(?:^|(?<=[；;。]))\s*([^；;。]{2,160}?)分别(?:兼任|担任|任)((?:" + "|".join(_PROSE_ROLES)
                           + r")(?:、(?:" + "|".join(_PROSE_ROLES) + r"))+)")
# 联席会议由县民政局、县财政局…等12个部门和单位组成: the body made of its member units
_BODY_MADE_OF = re.compile(r"(?:^|(?<=[，。；]))\s*(?:联席会议|领导小组|指挥部|委员会|工作专班)由([^。；，任]+?)"
                           r"(?:等\d{1,3}个(?:部门和单位|部门|单位|成员单位))?(?:组成|构成)")
# 组长为县委副书记、县长某某同志，副组长为甲同志和乙同志: the role, then its holders
_ROLE_IS = re.compile(r"(?:^|(?<=[，；。]))[^，。；]{0,16}?(" + "|".join(_PROSE_ROLES) + r")为([^，。；]{2,80}?同志)"
                      r"(?=[，；。]|$)")
_PROSE_GROUP_AFTER = re.compile(r"^的([^，。；]{2,60}?(?:领导小组|工作小组|指挥部|委员会))")


def _comrades(phrase: str) -> list[str]:
    """The people of a phrase whose posts run before each name, 、 between
    posts (省委副书记、省长某某; 常务副省长甲同志和副省长乙同志): one piece
    each, posts and name, where splitting at every 、 would make posts into
    members; [] for any other phrase."""
    p = re.sub(r"^(?:以|由)", "", phrase.strip())
    pieces = [x for x in re.split(r"同志(?:和|、|及|与|，|,)?", p) if x]
    if not pieces or (len(pieces) == 1 and "、" not in p):
        return []
    for piece in pieces:
        tn = names.split_title_name(piece)
        if not (names.is_name(piece) or tn and all(names.is_post(t) for t in tn[0].split("、"))):
            return []
    return pieces


# A report of a group's meeting names its members by their role among their
# posts, no roster printed: 区委副书记、区长、领导小组组长某某主持会议;
# 副区长、领导小组副组长甲、乙出席; 领导小组成员、区财政局局长某某发言.
_APPOSITION_ROLES = ("常务副组长", "副组长", "组长", "成员")
_GROUP_WORD = r"(?:领导小组|工作小组|指挥部)"
_APPOSITION = re.compile(r"(?:^|(?<=[，。；：\n]))([^，。；：\n]*?)([^，。；：、\n]{0,30}?" + _GROUP_WORD + r")("
                         + "|".join(_APPOSITION_ROLES) + r")(?!单位)([^，。；：\n]*)")
_NAMED_GROUP = re.compile(r"([^\s，。、；：“”《》（）]{2,30}?" + _GROUP_WORD + r")(?:" + "|".join(_APPOSITION_ROLES)
                          + r"|办公室|\d{4}年|第[一二三四五六七八九十]+次|全体|会议)")


# what follows a name in a report (甲、乙出席会议, 甲同志主持, 甲通报…)
_AFTER_NAME = ("、", "和", "及", "同志", "出席", "主持", "通报", "汇报", "讲话", "参加", "作", "介绍", "指出",
               "强调", "要求", "表示", "分别", "陪同", "等", "在", "带队", "调研", "部署", "宣读", "传达")


def _names_before_verb(text: str) -> list[str]:
    """The names that open ``text`` (甲、乙出席会议 → 甲, 乙), [] if it opens with none."""
    out, pos = [], 0
    while pos < len(text):
        for n in (4, 3, 2):
            who = text[pos:pos + n]
            if len(who) == n and names.is_name(who) and (
                    pos + n == len(text) or text.startswith(_AFTER_NAME, pos + n)):
                break
        else:
            break
        out.append(who)
        pos += len(who)
        if text[pos:pos + 2] == "同志":
            pos += 2
        if pos < len(text) and text[pos] in "、和及":
            pos += 1
        else:
            break
    return out


def _apposition_rosters(norm, start, end, source, jurisdiction, title, listed):
    text = norm.text[start:end]
    if not re.search(_GROUP_WORD + "(?:" + "|".join(_APPOSITION_ROLES) + ")", text):
        return [], []
    named = [m.group(1) for m in _NAMED_GROUP.finditer(title + "\n" + text)]
    named = [re.split(r"召开|成立|调整|举行|印发|同志|担任|任|为", n)[-1] for n in named]
    named = [n for n in named if n not in vocab.group_endings() and n not in ("领导小组", "工作小组", "指挥部")]
    if not named:
        return [], []
    group = _with_jurisdiction(max(named, key=len), jurisdiction)
    if group in listed:
        return [], []
    members, seen = [], set()
    for m in _APPOSITION.finditer(text):
        before, role, after = m.group(1), m.group(3), m.group(4)
        if re.search(r"不再|免去|接替|担任|任$|为$", before + m.group(2)):
            continue  # 由甲同志接替乙同志任领导小组常务副组长: a change, told elsewhere
        # (原领导小组成员甲、乙同志因工作变动，不再担任领导小组成员: former members)
        sentence_end = text.find("。", m.end())
        if before.endswith("原") or re.search(r"不再担任|不再任|免去", text[m.start():sentence_end
                                                                      if sentence_end != -1 else len(text)]):
            continue
        if after.startswith("、"):  # 领导小组成员、区财政局局长某某(作发言)
            rest = after[1:]
            tn = next((names.split_title_name(rest[:k]) for k in range(len(rest), 3, -1)
                       if (k == len(rest) or rest.startswith(_AFTER_NAME, k)) and names.split_title_name(rest[:k])),
                      None)
            people = [(tn[1], tn[0])] if tn else []
        else:
            posts = before.strip("、 ")
            if posts and not all(names.is_post(p) for p in posts.split("、")):
                continue
            people = [(who, posts) for who in _names_before_verb(after)]
        for who, aff in people:
            if (who, role) in seen:
                continue
            seen.add((who, role))
            s_, e_ = start + m.start(), start + m.end()
            members.append(Membership(group, who, "person", role, aff,
                                      evidence.make(norm, source, s_, e_, sentence=False)))
    if not members:
        return [], []
    ev = members[0].evidence
    return [Group(group, group_kind(group), jurisdiction, "", None, "", ev)], members


# a paragraph's number: 二、, 2.1, 3., （四）, and a rule's article (第三条 of a 制度 or 办法)
_ENUM_HEAD = re.compile(r"^\s*(?:第[一二三四五六七八九十百零〇]+条|" + _NUMBER + r")\s*")


def _prose_people(roles) -> list[tuple[str, str, str, str]]:
    """(member, kind, role, affiliation) of each (phrase, role) of a prose roster."""
    out = []
    for phrase, role in roles:
        if re.search(r"成立|建立|决定", phrase) or phrase.startswith(("以", "由")):
            phrase = re.sub(r"^.*?(?:以|由)", "", phrase)
        phrase = re.sub(r"^[^，。；]*?(?:领导小组|工作小组|指挥部|委员会|联席会议)由", "", phrase)
        phrase = units.strip_list_tail(re.sub(r"(?:主要负责人|主要负责同志|主要负责|负责人|负责同志)$", "", phrase))
        shared_title = ""
        parts = _comrades(phrase) or [phrase[s_:e_] for s_, e_ in units.split_list(phrase)]
        if len(parts) > 1 and all(units.is_body(p) for p in parts):
            # 县发展和改革局、财政局、水利局主要负责同志: the list's prefix carries
            parts = units.carry_prefix(parts, abbreviated=True)
        for part in parts:
            got = _prose_member(part)
            if got:
                who, kind, aff = got
                # 副县长周某、欧阳某: the title is written once for both
                if kind == "person":
                    shared_title = aff or shared_title
                    aff = aff or shared_title
                out.append((who, kind, role, aff))
    return out


def _prose_member(item: str):
    """(member, kind, affiliation) of one item of a prose roster."""
    item = re.sub(r"^(?:以|由)", "", item.strip())
    who = names.strip_comrade(item)
    if names.is_name(who):
        return who, "person", ""
    tn = names.split_title_name(item)
    if tn:
        return tn[1], "person", tn[0]
    if re.search(r"(?:长|主任|书记|负责人|负责同志)$", item):
        return item, "post", ""
    if units.is_body(item):
        return item, "unit", ""
    return None


def _respectively(line: str) -> tuple[str, list]:
    """``line`` with its 分别任 clauses blanked out, and the (person phrase,
    role, start, end) each names: 甲，乙分别任组长、常务副组长 pairs the
    people and the roles in order (nothing when their numbers differ)."""
    pairs = []
    for m in _RESPECTIVELY.finditer(line):
        roles = m.group(2).split("、")
        people = [p for p in re.split(r"[，,]", m.group(1)) if p.strip()]
        if len(people) != len(roles):
            people = [p for p in re.split(r"[、，,]", m.group(1)) if p.strip()]
        if len(people) == len(roles):
            pairs += [(p, r, m.start(), m.end()) for p, r in zip(people, roles)]
            line = line[:m.start()] + " " * (m.end() - m.start()) + line[m.end():]
    return line, pairs


def _prose_rosters(norm, start, end, source, jurisdiction, title, listed, known=frozenset()):
    """Rosters written as prose; ``known``: the (group, member) pairs already
    read from a roster, which a sentence of roles beside it completes."""
    groups, members = [], []
    text = norm.text
    aliases = None  # the short names the document defines, read when needed
    for line_start, line in _lines_of(text, start, end):
        if ("任" not in line and "为" not in line) or not any(r in line for r in _PROSE_ROLES):
            continue
        line, pairs = _respectively(line) if "分别" in line else (line, [])
        # (组长为县长某某同志，副组长为甲同志和乙同志: the role first)
        pairs += [(m.group(2), m.group(1), m.start(), m.end()) for m in _ROLE_IS.finditer(line)]
        found = [m for m in _PROSE_ROLE.finditer(line)
                 if not any(a <= m.start() < b for _, _, a, b in pairs)]
        made = (_PROSE_MADE_OF.search(line) or _BODY_MADE_OF.search(line)) if found else None
        # (联席会议由…组成，某某担任召集人: one role and the units, which the joint
        # meetings' reader takes; a 成员 list counts as a role of its own)
        listed_role = {"成员"} if made and made.re is not _BODY_MADE_OF else set()
        if len({m.group(2) for m in found} | {r for _, r, _, _ in pairs} | listed_role) < 2:
            continue  # one role word is no roster
        after = _PROSE_GROUP_AFTER.match(line[found[-1].end():]) if found else None
        group = after.group(1) if after else ""
        if not group:
            # …领导小组由县长某某任组长 / 成立…领导小组，由县长某某任组长
            m = re.search(r"([^，。；]{0,60}?(?:领导小组|工作小组|指挥部|委员会|联席会议|工作专班|专班))(?:[，,]\s*)?由", line)
            group = _ENUM_HEAD.sub("", m.group(1)) if m else ""  # (二、联席会议由…: the number goes)
            # (县领导小组组长为…: the body the sentence opens with, by its short name)
            head = re.match(r"^\s*([^，。；\s]{0,30}?(?:领导小组|工作小组|指挥部|委员会|联席会议|工作专班|专班))"
                            r"(?=(?:" + "|".join(_PROSE_ROLES) + r")为)", line) if not group else None
            if head:
                group = head.group(1)
                if aliases is None:
                    aliases = _aliases(text[start:end], generic=True)
                group = aliases.get(group, group)
            if group in vocab.group_endings():  # （以下简称联席会议）: the name it stands for, or the title's
                if aliases is None:
                    aliases = _aliases(text[start:end], generic=True)
                group = aliases.get(group, "")
            group = group or _mentioned_group(title)
        group = re.split(r"成立|建立|调整", group)[-1]
        if not group:
            continue
        group = _with_jurisdiction(group, jurisdiction)
        spans = [m.span() for m in found] + [(a, b) for _, _, a, b in pairs]
        ev = evidence.make(norm, source, line_start + min(a for a, _ in spans), line_start + max(b for _, b in spans))
        roles = [(m.group(1), m.group(2)) for m in found] + [(p, r) for p, r, _, _ in pairs]
        if group in listed:
            # the roster lists it: that is the record, and this sentence gives
            # only the people it does not list (组长…任…；成员：… on the next line)
            # (a person named with posts: a bare word that reads as a name, 水利
            # in 县农业农村、水利等部门负责人, is none)
            for who, kind, role, aff in _prose_people(roles):
                if kind == "person" and aff and (group, who) not in known:
                    members.append(Membership(group, who, kind, role, aff, ev))
            continue
        # …，成员由以下同志组成： the members follow, one per line
        listed_after = []
        if re.search(r"成员(?:由以下同志组成|名单如下|如下|为|包括)[：:]$", line.strip()):
            pos = line_start + len(line) + 1
            while pos < end:
                nl = text.find("\n", pos)
                nl = end if nl == -1 or nl > end else nl
                got = _members(text[pos:nl])
                # (a member named by his post alone, 县人武部政委, among them)
                if not got or any(g[1] not in ("person", "post") for g in got) or (
                        all(g[1] == "post" for g in got) and not listed_after):
                    break
                listed_after += [(who, kind, aff, pos + s_, pos + e_) for who, kind, aff, s_, e_ in got]
                pos = nl + 1
        people = _prose_people(roles)
        if not listed_after and not any(kind == "person" for _, kind, _, _ in people) \
                and group_kind(group) != "joint_meeting":
            # (成立…领导小组，由市政府分管副市长任组长，…分管负责同志为成员: a group
            # named by posts alone, in a plan's 保障措施, is no roster)
            continue
        host, office, ospans = _office(text[start:end], group)
        host = units.with_prefix(host, jurisdiction) if host else host
        groups.append(Group(group, group_kind(group), jurisdiction, host, None, "", ev))
        listed = listed | {group}
        for who, kind, role, aff in people:
            members.append(Membership(group, who, kind, role, aff, ev))
        for who, kind, aff, s_, e_ in listed_after:
            members.append(Membership(group, who, kind, "成员", aff,
                                      evidence.make(norm, source, s_, e_, sentence=False)))
        if made:
            g = 1 if made.group(1) is not None else 2
            # (a joint meeting's units, listed as its 成员单位 or as what it is made of,
            # have that role, as in its lists: 成员单位)
            unit_role = "成员单位" if group_kind(group) == "joint_meeting" and (
                g == 2 or made.re is _BODY_MADE_OF) else "成员"
            for who, kind, aff, s_, e_ in _unit_members(made.group(g), 0):
                members.append(Membership(group, who, kind, unit_role if kind == "unit" else "成员", aff, evidence.make(
                    norm, source, line_start + made.start(g) + s_, line_start + made.start(g) + e_)))
        if office:
            oname = group + "办公室"
            groups.append(Group(oname, "office", jurisdiction, host, None, group, ev))
            # (a member keeps the affiliation the roster gives him, even none: the post
            # an office sentence names is for one on no roster)
            known = {m.member: m.affiliation for m in members if m.group == group}
            for who, orole, s_, e_, post in office:
                members.append(Membership(oname, who, "person", orole, known[who] if who in known else post,
                                          evidence.make(norm, source, start + s_, start + e_)))
    return groups, members


# A notice that adjusts groups by stating changes only:
#   （一）某县安全生产委员会：县长甲同志任主任，不再担任常务副主任；增补乙（县水利局局长）为成员；
#   丙同志接替丁同志任副指挥长；组长由县委常委、常务副县长戊同志担任（原由己同志担任）。
# What a person newly holds is a membership; 不再担任 states nothing held.
_CHANGED_GROUP = None


def _changed_group_re():
    global _CHANGED_GROUP
    if _CHANGED_GROUP is None:
        ends = "|".join(re.escape(e) for e in vocab.group_endings())
        _CHANGED_GROUP = re.compile(r"^\s*(?:[（(][一二三四五六七八九十\d]+[）)]|\d+(?:[.．]\d+)+|\d+[.、．])?\s*"
                                    r"([^：:，。；\s]{2,40}?(?:" + ends + r"))[：:](.+)$")
    return _CHANGED_GROUP


@lru_cache(maxsize=1)
def _roles_alt() -> str:
    return "|".join(re.escape(r) for r in vocab.roster_roles())


def _change_rosters(norm, start, end, source, jurisdiction, listed):
    groups, members = [], []
    text = norm.text
    roles = _roles_alt()
    add_re = re.compile(r"增补(.+?)(?:同志)?为(" + roles + r")")
    take_re = re.compile(r"^(.+?)(?:同志)?(?:接替[^，。；]{2,12}?同志)?(?<![担兼])任(" + roles + r")$")
    by_re = re.compile(r"^(" + roles + r")(?:改)?由(.+?)(?:同志)?(?:担任|兼任)")
    for line_start, line in _lines_of(text, start, end):
        m = _changed_group_re().match(line)
        if not m or not re.search(r"(?<![担兼])任|增补|由", m.group(2)):
            continue
        group = _with_jurisdiction(m.group(1), jurisdiction)
        if group in listed:
            continue
        found = []
        rest_at = line_start + m.start(2)
        for cm in re.finditer(r"[^；;。，,]+", m.group(2)):
            clause = re.sub(r"[（(]原由[^）)]*[）)]", "", cm.group(0)).strip()
            at = rest_at + cm.start()
            am = add_re.search(clause)
            if am:
                for item in re.split(r"、", am.group(1)):
                    bm = re.fullmatch(r"(\S{2,4}?)(?:同志)?[（(]([^（）()]+)[）)]", item.strip())
                    who, aff = (bm.group(1), bm.group(2)) if bm else (_person_in(item), "")
                    if who and not aff and item.strip() != who:
                        aff = re.sub(r"(?:同志)?$", "", item.strip())[: -len(who)]
                    if who:
                        found.append((who, am.group(2), aff, at, at + len(cm.group(0))))
                continue
            tm = take_re.match(clause) or by_re.match(clause)
            if not tm:
                continue
            role, phrase = (tm.group(2), tm.group(1)) if tm.re is take_re else (tm.group(1), tm.group(2))
            who = _person_in(phrase)
            if who and not role.startswith("办公室"):
                aff = phrase[: phrase.rfind(who)] if who in phrase else ""
                found.append((who, role, aff, at, at + len(cm.group(0))))
        if not found:
            continue
        ev = evidence.make(norm, source, line_start, line_start + len(line), sentence=False)
        groups.append(Group(group, group_kind(group), jurisdiction, "", None, "", ev))
        listed = listed | {group}
        for who, role, aff, s_, e_ in found:
            members.append(Membership(group, who, "person", role, aff,
                                      evidence.make(norm, source, s_, e_, sentence=False)))
    return groups, members


# A change table: 职务 | 调整前 | 调整后 | 备注, a row a seat — its role, the one
# who leaves it, the one who holds it now (— : no one), a note (职务变动, 增补)
_CHANGE_HEAD = re.compile(r"^\s*(?:职\s*务|职\s*位|组内职务|小组职务)\s+(?:调整前|原任|原)\s+(?:调整后|现任|现)"
                          r"(?:\s+备\s*注)?\s*$")
_SEAT_HOLDER = re.compile(r"(\S{2,4}?)(?:同志)?(?:[（(]([^（）()]+)[）)])?")


def _change_table_rosters(norm, start, end, source, jurisdiction, title, listed):
    """The seats of a change table: its group's members are the holders of
    the 调整后 column (those who leave are no members of it now)."""
    text = norm.text
    body = text[start:end]
    if "调整后" not in body and "现任" not in body and not re.search(r"原\s+现", body):
        return [], []
    lines = list(_lines_of(text, start, end))
    groups, members = [], []
    roles = set(vocab.roster_roles())
    for k, (_, line) in enumerate(lines):
        if not _CHANGE_HEAD.match(line):
            continue
        group = next((g for g in (_mentioned_group(above) for _, above in reversed(lines[max(0, k - 3):k])) if g),
                     "") or _mentioned_group(title)
        if not group:
            continue
        group = _with_jurisdiction(group, jurisdiction)
        if group in listed:
            continue
        found = []
        for ls, row in lines[k + 1:]:
            cells = row.split()
            role = re.sub(r"\s+", "", cells[0]) if cells else ""
            if role not in roles or len(cells) < 3:
                break
            m = _SEAT_HOLDER.fullmatch(cells[2])
            who = names.strip_comrade(m.group(1)) if m else ""
            if who and (names.is_name(who) or names.is_listed_name(who)):
                at = ls + row.index(cells[2], len(row) - len(row.lstrip()) + len(cells[0]) + len(cells[1]))
                found.append((who, role, m.group(2) or "", at, at + len(cells[2])))
        if not found:
            continue
        head_at = lines[k][0]
        ev = evidence.make(norm, source, head_at, head_at + len(lines[k][1]), sentence=False)
        host, office, _ = _office(text[head_at:end], group)
        host = units.with_prefix(host, jurisdiction) if host else host
        groups.append(Group(group, group_kind(group), jurisdiction, host, None, "", ev))
        listed = listed | {group}
        affiliation = {}
        for who, role, aff, s_, e_ in found:
            affiliation.setdefault(who, aff)
            members.append(Membership(group, who, "person", role, aff,
                                      evidence.make(norm, source, s_, e_, sentence=False)))
        if office:
            oname = group + "办公室"
            groups.append(Group(oname, "office", jurisdiction, host, None, group, ev))
            for who, orole, s_, e_, post in office:
                members.append(Membership(oname, who, "person", orole, affiliation.get(who, post),
                                          evidence.make(norm, source, head_at + s_, head_at + e_)))
    return groups, members


# Adjustments written by person: 甲同志不再担任G1R1、G2R2，由POSTS乙同志接任 —
# the successor takes each role named (分别…分别: one each, in order); also
# G R由乙同志接任, 乙同志由G R1改任G R2, 增补乙同志为G R.  A role given up is
# no fact.
_LEAVES = re.compile(r"([^，。；]{2,40}?)同志(?:[（(][^（）()]*[）)])?(分别)?不再(?:担任|兼任)([^，。；]+)"
                     r"[，,]\s*(?:分别)?由([^，。；]+?)同志(?:[（(]([^（）()]*)[）)])?接任")
_TAKES = re.compile(r"(?:^|(?<=[；;。，,]))(?:其)?([^，。；]{4,60}?)(?:职务)?由([^，。；]+?)同志(?:[（(]([^（）()]*)[）)])?(?:接任|兼任)")
_MOVES = re.compile(r"([^，。；]{2,40}?)同志由[^，。；]{2,40}?改任([^，。；]{4,60}?)(?=[，,。；]|$)")
_ADDS = re.compile(r"增补([^，。；]{2,40}?)同志为([^，。；]{4,60}?)(?=[，,。；]|$)")


@lru_cache(maxsize=1)
def _matrix_role_re() -> re.Pattern:
    roles = "|".join(re.escape(r) for r in vocab.roster_roles() if not r.startswith("办公室"))
    return re.compile(rf"({roles})(兼(?:任)?办公室(副)?主任)?")


def _leader_matrix(norm, start, end, source, jurisdiction, listed):
    """A table of leaders against bodies (姓名 | 职务 | 县安委会 | 县防指 | …), each
    cell the role the row's leader holds in the column's body (— or empty:
    none): a membership per role, the posts cell its affiliation."""
    text = norm.text
    ends = tuple(vocab.group_endings())
    name_words = set(vocab.load("verbs")["table_columns"]["name"])
    post_words = set(vocab.load("verbs")["table_columns"]["posts"])
    role_re = _matrix_role_re()
    groups: dict[str, Group] = {}
    members: list[Membership] = []
    header = None
    for line_start, line in _lines_of(text, start, end):
        if "\t" not in line:
            header = None
            continue
        cells = [re.sub(r"\s+", "", c) for c in line.split("\t")]
        if header is None:
            bodies = {k: c for k, c in enumerate(cells) if c.endswith(ends)}
            name_col = next((k for k, c in enumerate(cells) if c in name_words), None)
            if name_col is not None and len(bodies) >= 2:
                post_col = next((k for k, c in enumerate(cells) if c in post_words), None)
                header = (name_col, post_col, bodies)
            continue
        name_col, post_col, bodies = header
        if len(cells) <= name_col:
            continue
        who = names.strip_comrade(cells[name_col])
        if not (names.is_name(who) or names.is_listed_name(who)):
            continue
        aff = cells[post_col] if post_col is not None and post_col < len(cells) else ""
        aff = re.sub(r"[（(][^（）()]{1,6}[）)]$", "", aff)  # 副县长（挂职）: a note on the post
        ev = evidence.make(norm, source, line_start, line_start + len(line), sentence=False)
        for k, body in bodies.items():
            rm = role_re.fullmatch(cells[k]) if k < len(cells) else None
            if not rm:
                continue
            group = _with_jurisdiction(body, jurisdiction)
            if group in listed:
                continue
            groups.setdefault(group, Group(group, group_kind(group), jurisdiction, "", None, "", ev))
            members.append(Membership(group, who, "person", rm.group(1), aff, ev))
            if rm.group(2):
                oname = group + "办公室"
                groups.setdefault(oname, Group(oname, "office", jurisdiction, "", None, group, ev))
                members.append(Membership(oname, who, "person", "副主任" if rm.group(3) else "主任",
                                          aff, ev))
    return list(groups.values()), members


# A table of bodies, one row each, its columns the roles (机构名称 | 组长（主任、
# 指挥长、召集人） | 副组长（…） | 办公室设在 | 办公室主任 | 备注).  A role
# column's label may offer a word per kind of body: each row takes the one
# its body's name calls for (a 委员会's 主任, a 指挥部's 指挥长).
_BODY_COLUMN = {"机构名称", "议事协调机构名称", "议事协调机构", "名称", "机构", "领导小组名称"}
_KIND_ROLES = (("委员会", "主任"), ("指挥部", "指挥长"), ("联席会议", "召集人"))
_DROPPED = re.compile(r"撤销|取消|不再保留")


def _role_for(label: str, group: str) -> str:
    """The role of a column headed ``label`` (组长（主任、指挥长、召集人）) in ``group``."""
    m = re.fullmatch(r"([^（(]+)(?:[（(]([^）)]+)[）)])?", label)
    words = [m.group(1)] + (re.split(r"[、，,/]", m.group(2)) if m and m.group(2) else []) if m else [label]
    for ending, base in _KIND_ROLES:
        if group.endswith(ending):
            pick = next((w for w in words if w.endswith(base)), None)
            if pick:
                return pick
    return words[0]


def _body_table(norm, start, end, source, jurisdiction, listed):
    text = norm.text
    roles = set(vocab.roster_roles())
    groups, members = [], []
    header = None
    for line_start, line in _lines_of(text, start, end):
        if "\t" not in line:
            header = None
            continue
        cells = [c.strip() for c in line.split("\t")]
        if header is None:
            plain = [re.sub(r"\s+", "", c) for c in cells]
            body = next((k for k, c in enumerate(plain) if c in _BODY_COLUMN), None)
            role_cols = {k: c for k, c in enumerate(plain) if re.split(r"[（(]", c)[0] in roles
                         and not c.startswith("办公室")}
            if body is not None and role_cols:
                host = next((k for k, c in enumerate(plain) if c in ("办公室设在", "办公室所在单位")), None)
                director = next((k for k, c in enumerate(plain) if c == "办公室主任"), None)
                note = next((k for k, c in enumerate(plain) if c in ("备注", "说明")), None)
                header = (body, role_cols, host, director, note)
            continue
        body, role_cols, host_col, director_col, note_col = header
        get = lambda k: cells[k] if k is not None and k < len(cells) else ""  # noqa: E731
        name = re.sub(r"[（(]原[^（）()]*[）)]$", "", re.sub(r"\s+", "", get(body)))  # （原…）: its former name
        if not name.endswith(tuple(vocab.group_endings())) or _DROPPED.search(get(note_col)):
            continue  # 撤销: no group any more
        group = _with_jurisdiction(name, jurisdiction)
        if group in listed:
            continue
        ev = evidence.make(norm, source, line_start, line_start + len(line), sentence=False)
        host = units.with_prefix(re.sub(r"\s+", "", get(host_col)), jurisdiction) if get(host_col).strip("—－- ") else ""
        groups.append(Group(group, group_kind(group), jurisdiction, host, None, "", ev))
        for k, label in role_cols.items():
            role = _role_for(label, group)
            for part in re.split(r"[；;]", get(k)):
                part = part.strip()
                if not part or part in ("—", "-", "－", "无"):
                    continue
                for who, kind, aff, _s, _e in _members(part) or [(part, "post", "", 0, 0)]:
                    members.append(Membership(group, who, kind, role, aff, ev))
        director = re.sub(r"[（(][^（）()]{1,6}[）)]$", "", get(director_col).strip())
        if director and director not in ("—", "-", "－"):
            oname = group + "办公室"
            groups.append(Group(oname, "office", jurisdiction, host, None, group, ev))
            kind = "person" if names.is_name(director) or names.is_listed_name(director) else "post"
            known = next((m.affiliation for m in members if m.group == group and m.member == director
                          and m.affiliation), "")  # 眭某（兼）: his post as the row gives it
            members.append(Membership(oname, director, kind, "主任", known, ev))
    return groups, members


def _successions(norm, start, end, source, jurisdiction, listed):
    text = norm.text
    if "接任" not in text[start:end] and "改任" not in text[start:end]:
        return [], []
    aliases = _aliases(text[start:end])
    ends = "|".join(re.escape(e) for e in sorted(set(vocab.group_endings()) | set(aliases),
                                                key=len, reverse=True))
    roles = "|".join(re.escape(r) for r in vocab.roster_roles() if not r.startswith("办公室"))
    item_re = re.compile(rf"(.*?(?:{ends}))?((?:{roles}))(兼(?:任)?(?:领导小组|指挥部|委员会)?办公室(?:副)?主任)?")
    groups: dict[str, Group] = {}
    members: list[Membership] = []

    def items(phrase: str) -> list[tuple[str, str, bool]]:
        """(group, role, heads its office?) of each BODY+ROLE item; a bare role
        keeps the body before it (县招商引资工作领导小组副组长、成员)."""
        out, body = [], ""
        phrase = re.sub(r"[（(]以下简称[^）)]*[）)]", "", phrase)
        for piece in re.split(r"[、和]", phrase):
            m = item_re.fullmatch(piece.strip())
            if not m:
                return []
            body = m.group(1) or body
            if not body:
                return []
            out.append((body, m.group(2), bool(m.group(3))))
        return out

    def who_of(phrase: str, bracket: str | None):
        """(member, kind, affiliation) of a successor as written."""
        phrase = phrase.strip()
        if phrase.endswith(("主要负责", "主要负责人")):
            unit = re.sub(r"主要负责人?$", "", phrase)
            return (unit, "unit", "") if units.is_body(unit) else None
        tn = names.split_title_name(phrase)
        if tn:
            return tn[1], "person", bracket or tn[0]
        if names.is_name(phrase) or names.is_listed_name(phrase):
            return phrase, "person", bracket or ""
        return None

    def add(group_written, role, office, who, ev):
        if group_written in vocab.group_endings():
            return  # 领导小组组长由…兼任: a roster's own sentence, read with the roster
        group = _with_jurisdiction(aliases.get(group_written, group_written), jurisdiction)
        group = aliases.get(group, group)
        if group in listed:
            return
        groups.setdefault(group, Group(group, group_kind(group), jurisdiction, "", None, "", ev))
        member, kind, aff = who
        members.append(Membership(group, member, kind, role, aff, ev))
        if office and kind == "person":
            oname = group + "办公室"
            groups.setdefault(oname, Group(oname, "office", jurisdiction, "", None, group, ev))
            members.append(Membership(oname, member, kind, "主任", aff, ev))

    for sm in re.finditer(r"[^。\n]+", text[start:end]):
        sent, s0 = sm.group(0), start + sm.start()
        taken = []
        for m in _LEAVES.finditer(sent):
            its = items(m.group(3))
            new = [p for p in re.split(r"、", m.group(4))] if m.group(2) else [m.group(4)]
            people = [who_of(p, m.group(5)) for p in new]
            if not its or not all(people):
                continue
            ev = evidence.make(norm, source, s0 + m.start(), s0 + m.end(), sentence=False)
            for k, (g, r, off) in enumerate(its):
                who = people[k] if m.group(2) and len(people) == len(its) else people[0]
                add(g, r, off, who, ev)
            taken.append(m.span())
        for m in _MOVES.finditer(sent):
            its, who = items(m.group(2)), who_of(m.group(1), None)
            if its and who:
                ev = evidence.make(norm, source, s0 + m.start(), s0 + m.end(), sentence=False)
                for g, r, off in its:
                    add(g, r, off, who, ev)
                taken.append(m.span())
        for m in _ADDS.finditer(sent):
            its, who = items(m.group(2)), who_of(m.group(1), None)
            if its and who and not any(a <= m.start() < b for a, b in taken):
                ev = evidence.make(norm, source, s0 + m.start(), s0 + m.end(), sentence=False)
                for g, r, off in its:
                    add(g, r, off, who, ev)
        for m in _TAKES.finditer(sent):
            if any(a <= m.start() < b for a, b in taken):
                continue
            its, who = items(m.group(1)), who_of(m.group(2), m.group(3))
            if its and who:
                ev = evidence.make(norm, source, s0 + m.start(), s0 + m.end(), sentence=False)
                for g, r, off in its:
                    add(g, r, off, who, ev)
    return list(groups.values()), members


# A roster with no role lines, the role the last field of each member's
# bracket: 韦某（县委副书记、县长，组长）、龙某（县发展和改革局局长，成员）
_BRACKET_ROLE = None


def _bracket_role_re():
    global _BRACKET_ROLE
    if _BRACKET_ROLE is None:
        roles = "|".join(re.escape(r) for r in vocab.roster_roles() if not r.startswith("办公室"))
        _BRACKET_ROLE = re.compile(r"([^\s、，,（）()：:]{2,4}?)[（(]([^（）()]*?)[，,](" + roles
                                   + r")((?:[，,][^（）()]*)?)[）)]")
    return _BRACKET_ROLE


@lru_cache(maxsize=1)
def _bracket_role_hint():
    roles = "|".join(re.escape(r) for r in vocab.roster_roles() if not r.startswith("办公室"))
    return re.compile(r"[，,](?:" + roles + r")[，,）)]")


def _bracket_role_rosters(norm, start, end, source, jurisdiction, title, listed):
    groups, members = [], []
    text = norm.text
    lines = list(_lines_of(text, start, end))
    current, last_line = "", -2
    hint = _bracket_role_hint()
    for idx, (line_start, line) in enumerate(lines):
        if not hint.search(line):  # no role closing a bracket: skip the costly scan
            continue
        found = [m for m in _bracket_role_re().finditer(line) if names.is_name(m.group(1))]
        if not found:
            continue
        if idx != last_line + 1 or not current:
            current = ""
            for j in range(idx - 1, max(-1, idx - 6), -1):
                current = _heading_group(lines[j][1]) or _mentioned_group(lines[j][1])
                if current:
                    break
            current = current or _mentioned_group(title)
            if not current:
                continue
            current = _with_jurisdiction(current, jurisdiction)
            if current in listed:
                current = ""
                continue
            listed = listed | {current}
            groups.append(Group(current, group_kind(current), jurisdiction, "", None, "",
                                evidence.make(norm, source, line_start, line_start + len(line), sentence=False)))
        last_line = idx
        for m in found:
            members.append(Membership(current, m.group(1), "person", m.group(3), _affiliation(m.group(2)),
                                      evidence.make(norm, source, line_start + m.start(), line_start + m.end(),
                                                    sentence=False)))
    return groups, members


def _group_above(lines, i: int, title: str, jurisdiction: str, back: int = 3) -> str:
    """The group a block of roster lines starting at ``lines[i]`` belongs to:
    named by a heading or a sentence just above it, else by the title."""
    group = ""
    for j in range(i - 1, max(-1, i - back - 1), -1):
        group = _heading_group(lines[j][1]) or _mentioned_group(lines[j][1])
        if group:
            break
    group = group or _mentioned_group(title)
    return _with_jurisdiction(group, jurisdiction) if group else ""


def _role_rows(groups, members, group, jurisdiction, ev, member, kind, role, also, aff, row_ev):
    """One roster row's memberships: a role of the office (办公室主任) or one
    held besides (成员兼办公室主任) goes to the group's office, made once."""
    office = group + "办公室"

    def in_office(r: str) -> None:
        if not any(g.name == office for g in groups):
            groups.append(Group(office, "office", jurisdiction, "", None, group, ev))
        members.append(Membership(office, member, kind, r[3:], aff, row_ev))

    if role.startswith("办公室"):  # the office's own row: its director, no member
        in_office(role)
        return
    members.append(Membership(group, member, kind, role, aff, row_ev))
    if also:
        in_office(also)


# A roster table whose role is a column of its own (姓名 | 单位及职务 | 组内职务),
# as PDF text prints one: an affiliation may wrap onto the line below the row,
# or start on the line above it (a cell of three lines, the name on the middle one)
_ROLE_COLUMN = {"组内职务", "小组职务", "领导小组职务", "在领导小组职务", "担任职务", "拟任职务", "职务（组内）"}
_AFF_COLUMN = {"单位及职务", "工作单位及职务", "单位职务", "现任职务", "职务", "工作单位"}


def _role_column_rosters(norm, start, end, source, jurisdiction, title, listed):
    groups, members = [], []
    text = norm.text
    lines = list(_lines_of(text, start, end))
    roles = set(vocab.roster_roles())
    i = 0
    while i < len(lines):
        if "\t" not in lines[i][1] or "职务" not in lines[i][1]:  # most lines: no such header
            i += 1
            continue
        cells = [re.sub(r"\s+", "", c) for c in lines[i][1].split("\t")]
        role_col = next((k for k, c in enumerate(cells) if c in _ROLE_COLUMN), None)
        if role_col is None and "职务" in cells and any("单位及职务" in c or c == "单位职务" for c in cells):
            role_col = cells.index("职务")  # 职务 beside 单位及职务 is the role in the group
        name_col = next((k for k, c in enumerate(cells) if c in ("姓名", "姓　名")), None)
        aff_col = next((k for k, c in enumerate(cells) if c in _AFF_COLUMN and k != role_col), None)
        if role_col is None or name_col is None or aff_col is None:
            i += 1
            continue
        group = _group_above(lines, i, title, jurisdiction)
        if not group or group in listed:
            i += 1
            continue
        ev = evidence.make(norm, source, lines[i][0], lines[i][0] + len(lines[i][1]), sentence=False)
        rows, pending = [], ""  # pending: an affiliation begun on the line above its row
        k = i + 1
        while k < len(lines):
            pos, line = lines[k]
            if "\t" not in line:
                bare = line.strip()
                if re.fullmatch(r"[—\-－–\s\d]*\d[—\-－–\s\d]*", bare):
                    k += 1  # a page's number inside the table
                    continue
                if not bare or re.search(r"[：:。]", bare) or len(bare) > 30:
                    break
                if rows and rows[-1][2].endswith("、"):
                    rows[-1][2] += bare  # the affiliation wrapped below its row
                elif bare.endswith("、"):
                    pending += bare
                else:
                    break
                k += 1
                continue
            c = [x.strip() for x in line.split("\t")]
            if [re.sub(r"\s+", "", x) for x in c] == cells:
                k += 1  # the header printed again on the next page
                continue
            if (len(c) == len(cells) - 1 and rows and cells[0] == "序号" and role_col == 1
                    and c[0].isdigit()):
                # (3 | 某某 | 男 | 副县长: the role cell left empty under the one above, lost
                # with the gap: the row's own cells after its number move one on)
                c = [c[0], rows[-1][1]] + c[1:]
            role = c[-1] if len(c) < len(cells) else (c[role_col] if role_col < len(c) else "")
            base = re.match(r"(" + "|".join(map(re.escape, sorted(roles, key=len, reverse=True))) + r")"
                            r"(?:兼(?:任)?(办公室(?:副)?主任))?$", role)
            if not base:
                break
            who = re.sub(r"\s+", "", c[name_col]) if name_col < len(c) else ""
            aff = pending + (c[aff_col] if aff_col < len(c) and len(c) == len(cells) else "")
            if "性别" in cells:  # (a sex column's 男/女 run into the affiliation with its gap gone)
                aff = re.sub(r"^[男女](?=[" + HAN + r"]{2})", "", aff)
            pending = ""
            rows.append([who, base.group(1), aff, base.group(2), pos, pos + len(line)])
            k += 1
        if len(rows) >= 2:
            groups.append(Group(group, group_kind(group), jurisdiction, "", None, "", ev))
            for who, role, aff, also, s_, e_ in rows:
                person = names.is_name(who) or names.is_listed_name(who) or names.is_name(who, known_surname=False)
                _role_rows(groups, members, group, jurisdiction, ev, who, "person" if person else "post",
                           role, also, aff if person else "", evidence.make(norm, source, s_, e_, sentence=False))
            listed = listed | {group}
        i = k
    return groups, members


# A roster by unit, the role in a bracket closing each line (县财政局：局长　某某（成员）,
# 县水利局：局长　某某（成员兼办公室主任）, 各乡（镇）人民政府：乡（镇）长（成员）)
@lru_cache(maxsize=1)
def _unit_post_role_re():
    roles = "|".join(re.escape(r) for r in vocab.roster_roles())
    return re.compile(
        r"^\s*([^：:，。；\s]{2,30}?)[：:]\s*(\S+?)(?:\s+(\S{1,4}(?:\s\S{1,3})?))??\s*"
        r"(?:[（(][^（）()]{1,6}[）)])?[（(](" + roles + r")(?:兼(?:任)?(办公室(?:副)?主任))?[）)]\s*$")


def _unit_post_role_rosters(norm, start, end, source, jurisdiction, title, listed):
    groups, members = [], []
    text = norm.text
    lines = list(_lines_of(text, start, end))
    rows = []
    for idx, (line_start, line) in enumerate(lines):
        if "：" not in line or not line.rstrip().endswith(("）", ")")):
            continue
        m = _unit_post_role_re().match(line)
        if m:
            rows.append((idx, line_start, line, m))
    blocks, block = [], []
    for row in rows:
        if block and row[0] != block[-1][0] + 1:
            blocks.append(block)
            block = []
        block.append(row)
    if block:
        blocks.append(block)
    for block in blocks:
        if len(block) < 3:
            continue
        group = _group_above(lines, block[0][0], title, jurisdiction)
        if not group or group in listed:
            continue
        ev = evidence.make(norm, source, block[0][1], block[-1][1] + len(block[-1][2]), sentence=False)
        groups.append(Group(group, group_kind(group), jurisdiction, "", None, "", ev))
        for _, line_start, line, m in block:
            unit, post, who, role, also = m.group(1), m.group(2), m.group(3), m.group(4), m.group(5)
            who = re.sub(r"\s+", "", who or "")
            row_ev = evidence.make(norm, source, line_start, line_start + len(line), sentence=False)
            if who and not (names.is_name(who) or names.is_listed_name(who)):
                post, who = post + who, ""
            member, kind = (who, "person") if who else (unit + post, "post")
            _role_rows(groups, members, group, jurisdiction, ev, member, kind, role, also,
                       unit + post if who else "", row_ev)
        listed = listed | {group}
    return groups, members


def _lines_of(text, start, end):
    pos = start
    for line in text[start:end].split("\n"):
        yield pos, line
        pos += len(line) + 1
