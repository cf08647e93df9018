"""Policy tasks and the units responsible for them.

Implementation opinions list tasks, each closed by a bracket naming who does
it: ``（市商务局、财政局和各县〔市、区〕政府按职责分工负责）``,
``（责任单位：…）``, ``（牵头单位：…；配合单位：…）``, or prose
``由…牵头，…配合``.  The task is the item's heading: the first sentence of an
enumerated item (``（一）加快全域旅游发展。…``) or, when the bracket closes a
paragraph under a heading line of its own (``（十）放宽反担保要求`` followed by
``1. …``), that heading.  The first unit of a ``按职责分工负责`` list is the
lead, by the convention of these documents; 牵头 names the lead explicitly.
"""
from __future__ import annotations

import re

from .chars import HAN
from . import evidence, names, units, vocab
from .model import Assignment
from .normalise import Normalised

# (一是…，二是…: the items of a speech or a report, numbered in words)
# (第一条　…: the articles of a set of measures)
_ENUM = re.compile(r"^\s*(?:[（(][一二三四五六七八九十百]+[）)]|[一二三四五六七八九十百]+、|\d+[.、．]|[（(]\d+[）)]"
                   r"|[一二三四五六七八九十]+是(?=[^，,、]{2,40}[。；])|第[一二三四五六七八九十百零〇\d]+条)\s*")
_TOP_ENUM = re.compile(r"^\s*(?:[（(][一二三四五六七八九十百]+[）)]|[一二三四五六七八九十百]+、)\s*")
_BRACKET = re.compile(
    r"（((?:[^（）〔〕]|〔[^〕]*〕|（[^（）]*）)+?)(?:(?:按照?|依照?|根据)职责(?:分工)?负责|分工负责|分别负责|负责"
    r"|牵头落实|落实)"
    # (…按职责分工负责，相关单位配合): the units that help, after it (…负责，各市、州人民政府落实,
    # …负责，X指导，Y、Z配合), and a deadline closing the bracket (；完成时间：…)
    r"(?:[，,；;]((?:[^（）〔〕；;]|〔[^〕]*〕){2,120}?)(?:配合|参与|协助|支持|落实|负责|指导))?"
    r"(?:[；;，,]\s*(?:完成时限|完成时间|时间节点|时限)[：:][^（）]*)?）")
_ITEMS = r"(?:[^（）〔〕]|〔[^〕]*〕|（[^（）]*）)+?"
# the labels of a task's units (vocab/verbs.yaml task_unit_labels)
_UNIT_LABELS = vocab.load("verbs")["task_unit_labels"]
LEAD_LABELS = frozenset(_UNIT_LABELS["lead"])


def _labels(*kinds: str) -> str:
    return "|".join(vocab.longest_first(w for k in kinds for w in _UNIT_LABELS[k]))


# a leader named first (牵头市领导：某某；) is dropped: the units follow
_LEADER_LABEL = r"(?:(?:" + "|".join(vocab.words("verbs", "task_leader_labels")) + r")[：:][^；;，,（）]*[；;，,])?"
# (与市乡村振兴局共同牵头；配合单位：…: a co-lead named before the labels)
_CO_LEAD = r"(?:与[^；;，,（）：:]{2,40}?共同牵头[；;，,])?"
_LABELLED = re.compile(r"（" + _LEADER_LABEL + _CO_LEAD + r"(" + _labels("lead", "responsible", "support") + r")[：:](" + _ITEMS + r")"
                       r"(?:(?:[；;，,]|\s+)(?:" + _labels("lead", "support", "responsible") + r")[：:](" + _ITEMS + r"))?"
                       # (a third field: …；监督单位：各苏木乡镇人民政府)
                       r"(?:(?:[；;，,]|\s+)(?:" + _labels("lead", "support", "responsible") + r")[：:](" + _ITEMS + r"))?）")
SUPPORT_LABELS = frozenset(_UNIT_LABELS["support"])
# 责任单位：市工商联牵头，市发展改革委、市工业和信息化局配合
_LEAD_SUPPORT = re.compile(r"^(.+?)(?:牵头|为主)[，,；;](.+?)(?:配合|参与|协同)$")
_SUPPORT_END = r"(?:配合|参与|协同|按照?职责分工负责|分工负责|负责|落实|按照?职责分工(?=[，,]))"
# （市科技局牵头，市教育局、人社局配合）, （X牵头组织实施，Y配合，Z落实）; inside a
# bracket 支持 is one more helper's verb (in prose, 争取某集团支持 is no unit's)
_BRACKET_LEAD = re.compile(r"（(" + _ITEMS + r")牵头(?:组织实施|组织|实施|推进)?[，,；;](" + _ITEMS + r")"
                           + _SUPPORT_END[:-1] + r"|支持)）")
_LEAD_PROSE = re.compile(r"(?:由|(?:^|(?<=[，,。；]))\s*)((?:[^，。；〔〕]|〔[^〕]*〕){2,60}?)(?:共同)?牵头[，,]"
                         r"((?:[^，。；〔〕]|〔[^〕]*〕){2,200}?)" + _SUPPORT_END
                         # (…配合，各县区人民政府抓好落实: who carries it out)
                         + r"(?:[，,]((?:[^，。；〔〕]|〔[^〕]*〕){2,40}?)(?:抓好落实|负责落实|具体落实|落实))?")
# 由X牵头，会同Y制定…: Y works with X (the units the clause begins with)
_LEAD_WITH = re.compile(r"由((?:[^，。；〔〕]|〔[^〕]*〕){2,60}?)牵头[，,]\s*会同([^，。；]{2,80})")
# …；县城市管理局要提前做好…: a unit given work of its own in the same item
_UNIT_MUST = re.compile(r"(?:^|(?<=[，,。；]))\s*([^，,。；：]{2,30}?)(?:要|须|必须|应当)(?=[^，。；]{2,})")
# （以下各项均需各县（市、区）政府落实，不再单独列出）: units for every later task
_STANDING = re.compile(r"（以下[^，。（）]*?(?:均需|均由|均要|需要|需)((?:[^（）]|（[^（）]*）)+?)"
                       r"(?:落实|负责|参与|配合)[，,]?不再(?:单独|一一)?列出）")


# a unit list in hexagonal brackets, as a document number is written (〔责任单位：
# 县财政局、…〕, 〔县农业农村局等按职责分工负责〕); a number's 〔2023〕 is none
_HEX_UNITS = re.compile(r"〔((?:" + _labels("lead", "responsible") + r")[：:](?:[^〔〕]|〔[^〔〕]*〕)*"
                        r"|(?:[^〔〕]|〔[^〔〕]*〕)*?(?:按照?职责分工负责|分工负责))〕")

# a task's units on labelled lines of their own below its paragraph
# (牵头单位：县水利局 / 责任单位：县财政局、… / 完成时限：…)
_LABEL_LINE = re.compile(r"^\s*(" + _labels("lead", "responsible", "support") + r")\s*[：:]\s*(.+?)[。；;]?$")


_TOP_NUMBER = re.compile(r"^\s*[一二三四五六七八九十]+、")
# a top-level section heading (四、保障措施)
_SECTION = re.compile(r"^\s*[一二三四五六七八九十]+、\s*([^。，；]{2,20})")

# the same labels written inside an item's paragraph, no bracket around them
# (（一）标题。正文。牵头单位：县民政局；配合单位：县财政局、…。): each list runs to
# the next ；, 。 or label
_CHAIN_LABEL = re.compile(r"(?:^|(?<=[。；;，,\s—-]))\s*(" + _labels("lead", "responsible", "support") + r")\s*[：:]")
_CHAIN_END = re.compile(r"[。；;]|[，,\s]\s*(?=(?:牵头|责任|配合|协同|参与|完成|时限)[^，,。；;\s]{0,4}[：:])")
# units first (1.县人社局、县民政局：开展…行动。…): the units before the colon do
# the task after it
_UNITS_FIRST = re.compile(r"^([^：:。；，]{3,80}?)[：:]([^。；]{4,60})[。；]")


def _label_chain(line: str) -> list[tuple[bool, str, int, int]]:
    """(lead?, the list, start, end) of each label inside ``line``."""
    out = []
    for m in _CHAIN_LABEL.finditer(line):
        if m.start() == 0 or not line[:m.start()].strip():
            continue  # a label opening its line is _LABEL_LINE's
        end = _CHAIN_END.search(line, m.end())
        stop = end.start() if end else len(line)
        out.append((m.group(1) in LEAD_LABELS, line[m.end():stop], m.start(), stop))
    return out


_ANY_LABEL = re.compile(r"(?:^|(?<=[\s；;，,。—-]))(" + _labels("lead", "responsible", "support") + "|"
                        + "|".join(vocab.words("verbs", "task_leader_labels") + vocab.words("verbs", "task_note_labels"))
                        + r")\s*[：:]")


def _label_segments(line: str) -> list[tuple[str, str]]:
    """A line of labels alone (牵头单位：X　配合单位：Y、Z　完成时限：…), its
    first label opening it: (label, list) of each unit label, the others
    (牵头市领导, 完成时限) dropped; [] for any other line."""
    found = list(_ANY_LABEL.finditer(line))
    # (a dash may open the line: ——责任领导：…；责任单位：…)
    if not found or line[:found[0].start()].strip().strip("—-"):
        return []
    out = []
    for k, m in enumerate(found):
        value = line[m.end():found[k + 1].start() if k + 1 < len(found) else len(line)]
        if _LABEL_LINE.match(m.group(1) + "：x"):
            out.append((m.group(1), value.strip().rstrip("。；;，,")))
    return out


# 以上任务由X牵头，Y、Z配合 / 本部分任务由X、Y按职责分工负责: the units of every
# numbered item of the section (（一）…) it closes or opens
_CLOSER = re.compile(r"(?:^|(?<=[。；]))\s*(?:以上|上述|本部分|本项)(?:各项)?任务(?:均)?由"
                     r"((?:[^，。；〔〕]|〔[^〕]*〕){2,80}?)(?:牵头[，,]((?:[^，。；〔〕]|〔[^〕]*〕){2,200}?)"
                     r"(?:配合|参与|协同)|(?:按照?职责分工)?负责)")
_EXCEPT = re.compile(r"第(\d{1,2})项由((?:[^，。；〔〕]|〔[^〕]*〕){2,40}?)牵头")
_SECTION_HEAD = re.compile(r"^\s*[（(][一二三四五六七八九十]+[）)]")
_ITEM = re.compile(r"^\s*(\d{1,2})[.、．]\s*")


def _section_closers(norm, lines, places, source):
    """Assignments of the sections whose units are given once for all their
    numbered items, and the indexes of the lines that give them."""
    out, used = [], set()
    k = 0
    while k < len(lines):
        if not _SECTION_HEAD.match(lines[k][1]):
            k += 1
            continue
        end = next((j for j in range(k + 1, len(lines))
                    if _SECTION_HEAD.match(lines[j][1]) or _TOP_NUMBER.match(lines[j][1])), len(lines))
        items = [(int(m.group(1)), _heading(re.split(r"[。；]", _ITEM.sub("", ln), 1)[0]))
                 for _, ln in lines[k + 1:end] for m in [_ITEM.match(ln)] if m]
        for j in range(k, end):
            lpos, ln = lines[j]
            m = _CLOSER.search(ln)
            if not m or not items:
                continue
            lead = _units(m.group(1), places)
            support = _units(m.group(2), places) if m.group(2) else []
            if not lead or not units.is_body(lead[0]):
                continue
            leads = set(lead) if m.group(2) else set(lead[:1])
            special = {int(e.group(1)): _units(e.group(2), places) for e in _EXCEPT.finditer(ln[m.end():])}
            ev = evidence.make(norm, source, lpos + m.start(), lpos + len(ln), sentence=False)
            for number, title in items:
                own_lead = special.get(number) or lead
                seen = set()
                for u in own_lead + [u for u in support if u not in own_lead]:
                    if u not in seen:
                        seen.add(u)
                        out.append(Assignment(title, u, u in own_lead if number in special else u in leads, ev))
            used.add(j)
        k = end
    return out, used


def _block_heading(lines, idx) -> str:
    """The enumerated heading line of the block a labelled line closes."""
    for j in range(idx - 1, max(-1, idx - 10), -1):
        s = lines[j][1]
        if _LABEL_LINE.match(s):
            continue
        if _ENUM.match(s):
            title = _heading(re.split(r"[。；]", _ENUM.sub("", s), 1)[0]).rstrip("。")
            # （一）综合协调专班 / 牵头单位：…: a working team's lead unit, no task
            return "" if re.search(r"(?:专班|组|指挥部|委员会|办公室)$", title) else title
    return ""


def _heading(sentence: str) -> str:
    """An item's heading is its first sentence, or its first clause when the
    sentence runs on (发挥城区消费辐射、引领、带动作用，围绕居民生活需要，…)."""
    sentence = sentence.strip()
    if len(sentence) > 30:
        return sentence.split("，", 1)[0]
    return sentence


# a bracket alone on its line: （…单位：…）, （…负责）, （X牵头，Y配合）
_BRACKET_ALONE = re.compile(r"^\s*[（(〔](?:[^）)〕]*(?:单位|部门|" + _labels("lead", "responsible", "support") + r")[：:]"
                            r"|(?:[^（(〔）)〕]|[（(][^）)]*[）)])*(?:负责|牵头|配合|参与|协助)[）)〕][。；]?\s*$)")


# a section heading naming the lead of its tasks: 一、市发展和改革局牵头（4项）
_SECTION_LEAD = re.compile(r"^\s*[一二三四五六七八九十]+、\s*((?:[^，。；：（）]|（[^（）]*）){2,60}?)(?:共同)?牵头"
                           r"(?:[（(][^（）()]{0,12}项[）)])?\s*$")
# a bracket of unit names alone, closing a task's paragraph after its full
# stop or on a line of its own: （区交通运输局、区商务局、区财政局）
_BARE_UNITS = re.compile(r"(?:(?<=。)|^\s*)（((?:[^（）]|（[^（）]*）){2,200})）[。；]?\s*$")
_BARE_ALONE = re.compile(r"^\s*（[^：:；;。]{2,200}）[。；]?\s*$")
# what a bracket that names no responsible units says (notes, scopes, aliases)
_NOT_BARE = re.compile(r"[：:；;。]|负责|牵头|配合|参与|协助|含|包括|简称|以下|设在|除外|试行|年")


def _bare_units(inner: str, places) -> list[str]:
    """The units of a bracket that holds nothing but unit names, [] if it
    holds anything else."""
    if _NOT_BARE.search(inner):
        return []
    us = _units(inner, places)
    ok = all(units.is_body(u) or units.bare_prefix(u) or u.startswith("各") or re.match(r"[省市县区旗州]直", u)
             for u in us)
    return us if us and ok else []


# Responsibility given unit by unit after the tasks, by their numbers:
#   （二）镇规划建设办：牵头第1、4项任务；与镇国土所共同牵头第5项任务；配合第3项任务。
#   （八）各村（社区）：负责第1至8项任务在本村的具体实施。
_KEYED_HINT = re.compile(r"第\d{1,2}(?:[、，,至—－~～-]第?\d{1,2})*项")
_KEYED_LINE = re.compile(r"^\s*(?:[（(][一二三四五六七八九十]+[）)]|\d+[.、．])?\s*([^：:，。；\s]{2,30})[：:](.+)$")
_KEYED_ITEM = re.compile(r"^\s*(\d{1,2})[.、．]\s*(\S.*)$")


def _unit_keyed(norm, lines, places, source):
    """Assignments of a section that gives each unit its task numbers, and the
    indexes of its lines; the tasks are the numbered items of the document."""
    items = {}
    for _, line in lines:
        m = _KEYED_ITEM.match(line)
        if m and int(m.group(1)) not in items:
            items[int(m.group(1))] = _heading(re.split(r"[。；]", m.group(2), 1)[0])
    out, used = [], set()
    if not items:
        return out, used
    for idx, (lpos, line) in enumerate(lines):
        m = _KEYED_LINE.match(line)
        if not m or not _KEYED_HINT.search(m.group(2)):
            continue
        unit = m.group(1)
        if not (units.is_body(unit) or unit.startswith("各")):
            continue
        ev = evidence.make(norm, source, lpos, lpos + len(line), sentence=False)
        for part in re.split(r"[；;。]", m.group(2)):
            if not re.search(r"牵头|配合|负责|参与|协助|承担", part):
                continue
            lead = "牵头" in part and "配合" not in part
            numbers = []
            for cited in _KEYED_HINT.finditer(part):
                # 第1、4项 / 第4至7项 / 第1—4项: every number a 、 lists, every range spans
                for piece in re.split(r"[、，,]", cited.group(0).strip("第项")):
                    ends = [int(n) for n in re.findall(r"\d{1,2}", piece)]
                    numbers += list(range(ends[0], ends[-1] + 1)) if ends and ends[-1] >= ends[0] else ends
            for n in dict.fromkeys(numbers):
                if n in items:
                    out.append(Assignment(items[n], unit, lead, ev))
                    used.add(idx)
    return out, used


# 该项任务责任单位为X，配合单位为Y、Z。: a task's labels written as a sentence
_COPULA = re.compile(r"(?:该项|本项)?(?:任务的?)?(?:责任单位|牵头单位)为([^，。；]+?)(?:[，,；;]\s*(?:配合单位|参与单位|协同单位)为"
                     r"([^。；]+?))?[。；]")
# （以上两项由X牵头，Y配合）, or a sentence of its own: 以上两项任务由X为主，Y配合。
_ABOVE_ITEMS = re.compile(r"^\s*(?:[（(]以上(两|二|三|四|五|六|七|八|九|\d)项(?:任务)?(?:均)?由(.+?)[）)]"
                          r"|以上(两|二|三|四|五|六|七|八|九|\d)项任务(?:均)?由([^（）()]+?))[。；]?\s*$")
_SAME_AS_ABOVE = re.compile(r"[（(](?:责任单位|牵头单位|责任部门)?[：:]?\s*同上[）)]")
_CN_COUNT = {"两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}


# 以上第（一）至（三）项任务由X牵头，Y配合 / 第（八）项任务由…: the units of the
# tasks named by their numbers above
_NUMBERED_ABOVE = re.compile(r"^\s*(?:以上)?第((?:[（(][一二三四五六七八九十]{1,3}[）)](?:至|、|和|—|－)?){1,12})"
                             r"项(?:任务)?(?:均)?由(.+?)[。；]?\s*$")


def _numbered_above(norm, lines, idx, m, places, source):
    from .ordinals import number
    nums, ranged = [], False
    for part in re.finditer(r"[（(]([一二三四五六七八九十]{1,3})[）)](至|—|－)?", m.group(1)):
        n = number(part.group(1))
        if ranged and nums:
            nums += list(range(nums[-1] + 1, n + 1))
        else:
            nums.append(n)
        ranged = bool(part.group(2))
    got = _clause_units(m.group(2), places)
    us, lead = got if got else (_units(m.group(2), places), set())
    titles = {}
    for j in range(idx - 1, max(-1, idx - 60), -1):
        head = re.match(r"^\s*[（(]([一二三四五六七八九十]{1,3})[）)]", lines[j][1])
        if head and number(head.group(1)) in nums and number(head.group(1)) not in titles:
            titles[number(head.group(1))] = _title(lines, j)
    lpos, line = lines[idx]
    ev = evidence.make(norm, source, lpos, lpos + len(line), sentence=False)
    return [Assignment(titles[n], u, u in lead, ev) for n in sorted(titles) if titles[n] for u in us]


def _above_items(norm, lines, idx, m, places, source):
    """（以上两项由X牵头，Y配合）: X leads and Y helps in each of the numbered
    items just above the bracket."""
    count, body = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
    n = _CN_COUNT.get(count) or int(count)
    ls = _LEAD_SUPPORT.match(re.sub(r"(?:按照?职责分工)?负责$", "", body))
    if ls:
        lead, support = _units(ls.group(1), places), _units(ls.group(2), places)
    else:
        lead, support = _units(body, places), []
        lead, support = lead[:1], lead[1:]
    titles = []
    for j in range(idx - 1, max(-1, idx - 12), -1):
        if _ENUM.match(lines[j][1]):
            titles.append(_title(lines, j))
            if len(titles) == n:
                break
    lpos, line = lines[idx]
    ev = evidence.make(norm, source, lpos, lpos + len(line), sentence=False)
    return [Assignment(t, u, u in lead, ev) for t in reversed(titles) for u in lead + support]


def _title(lines, idx) -> str:
    """The task heading for the paragraph at ``lines[idx]``."""
    text = lines[idx][1]
    if text.lstrip().startswith("——"):  # a sub-bullet with its own bracket is the task
        return _heading(re.split(r"[。；（]", text.lstrip().lstrip("—"), 1)[0])
    if _BRACKET_ALONE.match(text) or _BARE_ALONE.match(text):
        # a bracket alone on its line closes the numbered item above it
        for j in range(idx - 1, max(-1, idx - 12), -1):
            s = lines[j][1]
            if _ENUM.match(s) and not s.lstrip().startswith("——"):
                return _heading(re.split(r"[。；]", _ENUM.sub("", s), 1)[0])
    if _TOP_ENUM.match(text):
        body = _TOP_ENUM.sub("", text)
        return _heading(re.split(r"[。；]", body, 1)[0])
    if _ENUM.match(text):
        # 1.开展污水现状排查（X为主，Y配合）: a heading closed by its bracket, the body below
        closed = re.match(r"^([^。；（(]{2,30})[（(].*[）)][。；]?$", _ENUM.sub("", text).strip())
        if closed:
            return closed.group(1).strip()
        alone = _ENUM.sub("", text).strip().rstrip("。")
        if 2 <= len(alone) <= 30 and not re.search(r"[。；，（(：]", alone):
            return alone  # 8.落实运维资金保障 — a heading alone on its line, its body below
        # 1.促进汽车消费。…: a numbered item with a short title sentence of its own
        first = re.split(r"[。；]", _ENUM.sub("", text), 1)[0].strip()
        if 2 <= len(first) <= 20 and "：" not in first and len(first) < len(_ENUM.sub("", text)) - 1:
            return first
        # 1.全年地区生产总值增长8%左右，…。（责任单位：…）: a numbered item that is
        # one long task sentence with its own bracket: its first clause
        if _ITEM.match(text) and len(first) > 20 and "（" not in first[:20] and "：" not in first:
            return _heading(first)
    if idx > 0 and not _ENUM.match(text):
        # a numbered item's title alone on the line above its paragraph (a
        # converter made it a heading: # 2.推动5G网络设备更新。)
        above = lines[idx - 1][1].strip()
        head = _ENUM.sub("", above).strip().rstrip("。")
        if _ENUM.match(above) and not _TOP_ENUM.match(above) and 2 <= len(head) <= 30 \
                and not re.search(r"[。；，（(：]", head):
            return head
    for j in range(idx - 1, max(-1, idx - 12), -1):
        s = lines[j][1].strip()
        if _TOP_ENUM.match(s) and not re.search(r"[。；]", s[:-1] if s.endswith("。") else s) and len(s) <= 60:
            return _TOP_ENUM.sub("", s).rstrip("。").strip()
        if _TOP_ENUM.match(s):
            return _heading(re.split(r"[。；]", _TOP_ENUM.sub("", s), 1)[0])
    body = _ENUM.sub("", text)
    return _heading(re.split(r"[。；]", body, 1)[0])


# a mark on the lead units of a list (县商务局★、县财政局: 标★的为牵头单位), or
# a note after one (县商务局（牵头）、县财政局)
_LEAD_MARKS = ("★", "☆", "（牵头）", "(牵头)", "（牵头单位）")
_LEAD_MARK_RE = re.compile("|".join(re.escape(m) for m in _LEAD_MARKS))


_LIST_VERB = re.compile(r"(?:按照?职责分工负责|按职责负责|分工负责)[。；]?$")


def _has_mark(text: str) -> bool:
    return ("★" in text or "☆" in text or "牵头" in text) and bool(_LEAD_MARK_RE.search(text))


# a decision of a meeting's minutes, the units it charges in its clauses
_DECIDED = re.compile(r"^\s*会议(?:明确|要求|决定|强调|指出|议定|同意)[，,：:]")
_CHARGED = re.compile(r"^(?:[一二三四五六七八九十]是)?\s*(?:由)?((?:[^，。；：、]{2,24}?、)*[^，。；：、]{2,24}?)"
                      r"(具体负责|牵头负责|负责|配合|要|按照?职责分工|牵头|承担)")


def _decided_units(line: str, places) -> tuple[list[str], set, tuple[int, int]]:
    """The units a decision of the minutes charges, in the order written, the
    ones that lead (具体负责, 牵头, the first 由…负责) apart; a leader who
    coordinates (由副县长某某同志牵头协调) and a unit that only reported or
    proposed (会议听取了X汇报, 同意X提出的) are none of them."""
    out, leads, first, last = [], set(), None, None
    body = _DECIDED.match(line)
    pos = body.end()
    for part in re.finditer(r"[^，。；：]+", line[pos:]):
        clause = part.group(0).strip()
        m = _CHARGED.match(clause)
        if not m or "同志" in m.group(1):
            continue
        items = _units(m.group(1), places)
        if not items or not all(units.is_body(u) for u in items):
            continue
        for u in items:
            if u not in out:
                out.append(u)
        if m.group(2) in ("具体负责", "牵头负责", "牵头") or (m.group(2) == "负责" and not leads):
            leads.update(items)
        first = pos + part.start() if first is None else first
        last = pos + part.end()
    return out, leads, (first or 0, last or 0)


# phrases that name no unit in particular (各有关部门, 相关单位, …等部门 as a tail)
_GENERIC = re.compile(r"(?:(?<=^)|(?<=[、，,和及与]))(?:各|其他|其它)?(?:有关|相关)(?:部门|单位)(?:和单位)?"
                      r"(?=$|[、，,和及与])|(?<=[^、，,])(?:等|及|和)(?:其他|其它)?(?:有关|相关)?(?:部门|单位)$"
                      r"|(?<=[^、，,])等(?:有关|相关)?(?:部门|单位)(?=$|[、，,])")


# another field of a bracket after the units (；兑现方式：依申请兑现, ；咨询电话：…)
_OTHER_FIELD = re.compile(r"[；;]\s*[^：:；;，,、（）\s]{2,6}[：:]")


# the verbs that close one clause of units in a list (…配合，…落实；…): two characters
# each, so that the split can look behind for them
_CLAUSE_END = "配合|参与|协同|协助|支持|落实|负责|指导|牵头"


def _units(lst: str, places) -> list[str]:
    # (市体育局会同市教育局、市财政局负责: the lead, then the units it works with)
    if "会同" in lst:
        lst = re.sub(r"(?<=[局委办厅院府室心站所队])会同", "、", lst)
    # 责任单位：X、Y按职责分工负责: the list without the verb after it
    lst = _LIST_VERB.sub("", lst)
    lst = re.sub(r"(?:具体|共同|属地)$", "", lst)  # (各县（市）区政府具体落实: the adverb is no part of the unit)
    lst = re.sub(r"(?<=[局委办院厅府])等$", "", lst)  # (…、市生态环境局等按职责分工负责: the units written)
    if "/" in lst.strip("/ "):
        lst = re.sub(r"\s*/\s*", "、", lst)  # 市邮政管理局/市商务局: a slash parts units as 、 does
    if "：" in lst or ":" in lst:
        lst = _OTHER_FIELD.split(lst, 1)[0]
    # (…，各区、县（市）政府。列第一位的为牵头单位，下同): the list ends at its full stop
    lst = lst.split("。", 1)[0]
    # (…、市农业农村局配合；各县（市、区）人民政府负责落实, …省水利厅配合，各市〔州〕
    # 人民政府落实): each clause's units, its verb gone
    clauses = re.split(r"[；;]|(?<=" + _CLAUSE_END + r")[，,]", lst)
    if len(clauses) > 1 or re.search(r"(?:分别|共同)牵头$", lst):
        # (…，各县区政府属地负责: the adverb goes with the verb; X、Y分别牵头，Z)
        lst = "、".join(re.sub(r"(?:具体|共同|属地|分别)?(?:按照?职责分工)?(?:负责落实|" + _CLAUSE_END + r")$",
                              "", part.strip())
                       for part in clauses if part.strip())
    if "有关" in lst or "相关" in lst or "等" in lst:
        lst = _GENERIC.sub("", lst).strip("、，, ")
        lst = re.sub(r"[、，,]{2,}", "、", lst)
    if _has_mark(lst):
        lst = _LEAD_MARK_RE.sub("", lst)
    out = [it.text for it in units.items(lst, places=places, abbreviated=True)]
    # a leader beside the units (市政府分管领导, 副市长某某) is no unit; a cell
    # saying none (/, —, 无) names none
    # (管护主体：受益农牧户 / 经营业主: private parties, no unit)
    private = vocab.words("body_suffixes", "private_parties")
    # (相关街道办事处, 有关乡镇: which ones is not said, no unit)
    return [u for u in out if u and not _leader(u) and re.search(r"[" + HAN + r"]", u) and u != "无"
            and not u.endswith(private) and not u.startswith(tuple(vocab.words("jurisdictions", "indefinite_starts")))]


_PART_LABELS = "|".join(vocab.words("verbs", "task_leader_labels") + vocab.words("verbs", "task_note_labels"))
# a deadline closing a bracket, no label before it (…配合，2023年12月底前完成）, …，持续推进）)
_DEADLINE = r"(?:\d{4}年[^，,；;（）()]{0,14}?(?:前|底|内)[^，,；;（）()]{0,6}|持续推进|长期坚持|长期推进|持续开展|常态推进)"
_PART_HINT = re.compile(_PART_LABELS + r"|前完成|底前|月前|持续推进|长期坚持|长期推进|持续开展|常态推进")
_LEADER_PART = re.compile(r"[，,；;]\s*" + _DEADLINE + r"(?=[）)])"
                          r"|(?:[；;，,]|\s)\s*(?:" + _PART_LABELS + r")[：:][^；;（）()]*?(?=[）)])"
                          r"|(?<=[（(])(?:" + _PART_LABELS + r")[：:][^；;（）()]*?(?:[；;，,]\s*|\s+(?=(?:"
                          + _labels("lead", "responsible", "support") + r")[：:]))")


def _without_leaders(line: str):
    """``line`` without the leader parts of its brackets, and a map from an
    index of the result to the index in ``line``."""
    if not _PART_HINT.search(line):  # most lines name no leader or deadline: no scan
        return line, lambda i: i
    cuts = [m.span() for m in _LEADER_PART.finditer(line)]
    if not cuts:
        return line, lambda i: i
    kept, starts = [], []  # kept pieces and where each starts in ``line``
    pos = 0
    for a, b in cuts:
        kept.append(line[pos:a])
        starts.append(pos)
        pos = b
    kept.append(line[pos:])
    starts.append(pos)
    offsets, acc = [], 0
    for piece, st in zip(kept, starts):
        offsets.append((acc, st))
        acc += len(piece)

    def at(i):
        for new_start, old_start in reversed(offsets):
            if i >= new_start:
                return old_start + (i - new_start)
        return i
    return "".join(kept), at


def _marked(unit: str, span: str) -> bool:
    """Does ``span`` write ``unit`` (or its bare form, 农业农村局 for 县农业农村局)
    next to a lead mark?"""
    for k in range(0, min(4, len(unit) - 2)):
        w = unit[k:]
        if any(m + w in span or w + m in span for m in _LEAD_MARKS):
            return True
    return False


# a speaker's own body (我厅, 我委, 我局) in a transcript: the body among the
# posts of the speaker's label above (省某某厅党组书记、厅长　某某：)
_SELF = re.compile(r"^(?:我|本)(厅|委|局|办|部|院|署|中心|公司)$")
_SPEAKER = re.compile(r"^\s*(?:(\S[^：:]{1,60}?)[\s\u3000]+)?([^\s：:]{2,4})[：:]\s*$")


def _own_unit(unit: str, lines, idx: int) -> str:
    m = _SELF.match(unit)
    if not m:
        return unit
    labels = {}  # name → posts, from the full labels (a later turn gives the name alone)
    speaker = None
    for j in range(idx + 1):
        sm = _SPEAKER.match(lines[j][1])
        if sm and names.is_name(sm.group(2)):
            if sm.group(1):
                labels[sm.group(2)] = sm.group(1)
            speaker = sm.group(2)
    for post in labels.get(speaker, "").split("、"):
        for k in range(len(post), 1, -1):
            if post[:k].endswith(m.group(1)) and units.is_body(post[:k]):
                return post[:k]
    return unit


def _leader(item: str) -> bool:
    if item.endswith("领导"):
        return True
    if names.is_name(names.strip_comrade(item)):
        # (区供销社, 区法院 read like names, 区 being a surname: a body's ending after
        # a level prefix says they are none; 李文科 stays a name)
        return not ((len(item) >= 4 or units.bare_prefix(item)) and units.is_body(item))
    tn = names.split_title_name(item)
    return bool(tn) and not units.is_body(item)


def _column_kinds() -> dict:
    """A task table's column words by kind: the unit columns, then the others."""
    verbs = vocab.load("verbs")
    return {**verbs["task_columns"], **verbs["task_other_columns"]}


def _table_columns(line: str) -> dict | None:
    """A task table's header row: column index → 'task' | 'lead' | 'support'
    (| 'time' | 'number')."""
    if "\t" not in line:
        return None
    kinds = _column_kinds()
    cols = {}
    for k, cell in enumerate(line.split("\t")):
        c = re.sub(r"\s+", "", cell)
        kind = next((kind for kind, words in kinds.items() if c in words), None)
        if kind and kind not in cols.values():
            cols[k] = kind
    if "task" in cols.values() and ("lead" in cols.values() or "support" in cols.values()):
        return cols
    return None


_DEADLINE = re.compile(r"\d{4}年|\d{1,2}月|底前|年底|前完成|持续推进|长期坚持|长期|持续|常态化")
# a row of a table copied out of a PDF viewer, its cells apart by one space:
# 1 编制…规划 省通信管理局、省自然资源厅 省住房城乡建设厅 2019年12月底前
_SPACED_ROW = re.compile(r"^\s*\d{1,3} \S")


def _spaced_table(lines, idx):
    """``lines`` with the task table whose header is line ``idx`` laid out by
    tabs, when its cells are apart by single spaces (序号 重点任务 牵头单位
    配合单位 完成时限): each space of the header and of its rows becomes a tab,
    the lines keeping their length (and so every offset).  None when line
    ``idx`` is no such header."""
    head = lines[idx][1].strip()
    kinds = _column_kinds()
    words = head.split(" ")
    known = [next((kind for kind, ws in kinds.items() if w in ws), None) for w in words]
    if len(words) < 3 or None in known or "task" not in known or not ({"lead", "support"} & set(known)):
        return None
    out = list(lines)
    out[idx] = (lines[idx][0], lines[idx][1].replace(" ", "\t"))
    for k in range(idx + 1, len(lines)):
        pos, line = lines[k]
        if _SPACED_ROW.match(line) or line.strip() == head:
            out[k] = (pos, re.sub(r"(?<=\S) (?=\S)", "\t", line))
        elif not line.strip() or _TOP_NUMBER.match(line) or len(line.strip()) <= 30:
            continue  # a category row, a page line, a cell's end on its own line
        else:
            break
    return out


def _table_rows(norm, lines, idx, cols, places, source) -> tuple[list[Assignment], int]:
    """The assignments of the rows below a task table's header, and the index
    of the first line after the table."""
    out = []
    k = idx + 1
    last_lead = ""  # an empty lead cell is one merged with the cell above (Word)
    open_row = None  # (task, column, evidence) of a row whose last unit cell ends with 、
    while k < len(lines) and ("\t" in lines[k][1] or open_row is not None or (
            _TOP_NUMBER.match(lines[k][1]) and k + 1 < len(lines) and "\t" in lines[k + 1][1])):
        lpos, line = lines[k]
        if "\t" not in line:
            # the end of a cell the row above left open (…、 / 各市（州）人民政府): its units;
            # else a category row across the table (一、充电设施建设)
            if open_row and not _TOP_NUMBER.match(line):
                title, kind, ev = open_row
                for u in _units(line.strip(), places):
                    out.append(Assignment(title, u, kind == "lead", ev))
            open_row = None
            k += 1
            continue
        header = _table_columns(line)
        if header:  # a second part of the table with its own header (二、市政协委员提案)
            cols, last_lead = header, ""
            k += 1
            continue
        cells = line.split("\t")
        at, spans = lpos, []
        for cell in cells:
            spans.append((at, at + len(cell)))
            at += len(cell) + 1
        time_col = next((c for c, kind in cols.items() if kind == "time"), None)
        if time_col is not None and len(cells) <= time_col and _DEADLINE.search(cells[-1]):
            # (a row of a table laid out by spaces, an empty cell left no trace:
            # its deadline is the time column's, the cells before it are empty)
            gap = time_col - len(cells) + 1
            cells = cells[:-1] + [""] * gap + cells[-1:]
            spans = spans[:-1] + [(spans[-1][0], spans[-1][0])] * gap + spans[-1:]
        # (a cell missing at the row's end is an empty one: trailing tabs are trimmed)
        got = {kind: ((cells[c].strip(), spans[c]) if c < len(cells) else ("", None)) for c, kind in cols.items()
               if kind in ("task", "lead", "support")}
        title = got.get("task", ("", None))[0]
        if "lead" in got:
            last_lead = got["lead"][0] or last_lead
        if title:
            lead = _units(last_lead, places) if "lead" in got else []
            support = _units(got["support"][0], places) if "support" in got else []
            ev = evidence.make(norm, source, lpos, lpos + len(line), sentence=False)
            seen = set()
            for u in lead + support:
                if u not in seen:
                    seen.add(u)
                    out.append(Assignment(title.rstrip("。"), u, u in lead, ev))
            open_row = next(((title.rstrip("。"), kind, ev) for kind in ("support", "lead")
                             if got.get(kind, ("",))[0].endswith("、")), None)
        k += 1
    return out, k


# A bracket closing a task line whose every clause is UNITS + what they do
# (（X牵头，Y、Z按职能分工负责，各街道办事处按照属地管理原则负责）, （X负责资金
# 筹措和监管，Y负责审计监督）, （X落实属地责任，Y、Z督导）): each clause's units
# are the ones before its first role word.
_CLAUSE_BRACKET = re.compile(r"（((?:[^（）]|（[^（）]*）)+)）[。；]?\s*$")
# (X为主，Y配合: 为主 marks the lead, as 牵头 does)
_CLAUSE_VERB = re.compile(r"牵头|为主|负责|配合|参与|协助|协同|支持|落实|指导|督导|统筹|做好|承担|按照?|依照?|根据|具体|共同|属地")
_CLAUSE_SPLIT = re.compile(r"[，,；;](?![^（）]*）)")


def _clause_units(inner: str, places) -> tuple[list[str], set] | None:
    """(units, lead units) of a bracket of clauses, None unless every clause
    names units (a deadline clause, 2023年底前完成, closes it and names none)."""
    clauses = [c.strip() for c in _CLAUSE_SPLIT.split(inner) if c.strip()]
    if len(clauses) < 2:
        return None  # one clause: the bracket patterns read it
    out, lead, any_lead = [], set(), False
    carried = []  # (区农业农村局、区水务局，各镇街配合: units before a comma share the next verb)
    for k, clause in enumerate(clauses):
        if re.match(r"^(?:完成时限|完成时间|时间节点|时限)[：:]|^\d{4}年|^持续推进|^长期", clause):
            continue
        verb = _CLAUSE_VERB.search(clause)
        if not verb and k + 1 < len(clauses):
            bare = _units(clause, places)
            if bare and all(units.is_body(u) or u.startswith("各") for u in bare):
                carried += bare
                continue
        if not verb or verb.start() < 2:
            return None
        us = carried + _units(clause[:verb.start()], places)
        carried = []
        # (区级有关部门配合: the departments of a level, a unit as written)
        if not us or not all(units.is_body(u) or units.bare_prefix(u) or u.startswith("各") or re.match(r"[省市县区旗州]级", u)
                             for u in us):
            # (…，行业主管部门按职责做好…: a kind of body, no unit, after the units)
            if k:
                continue
            return None
        if verb.group(0) in ("牵头", "为主"):
            lead.update(us)
            any_lead = True
        out += [u for u in us if u not in out]
    if not out:
        return None
    return out, lead if any_lead else {out[0]}


def extract(norm: Normalised, start: int, end: int, source: str, jurisdiction: str) -> list[Assignment]:
    text = norm.text
    places = units.places(jurisdiction)
    lines, pos = [], start
    for line in text[start:end].split("\n"):
        lines.append((pos, line))
        pos += len(line) + 1
    out: list[Assignment] = []
    standing: list[str] = []
    table_end = -1
    section = ""  # the heading of the top-level section (二、重点任务)
    closed, skip = _section_closers(norm, lines, places, source)
    out += closed
    if _KEYED_HINT.search(text, start, end):  # (第1、4项任务: only where a task is cited by number)
        keyed, keyed_lines = _unit_keyed(norm, lines, places, source)
        out += keyed
        skip = skip | keyed_lines
    section_lead: list[str] = []  # 一、市发展和改革局牵头（4项）: the lead of every task below
    for idx, (lpos, line) in enumerate(lines):
        if idx < table_end or idx in skip:
            continue
        if _TOP_NUMBER.match(line):
            sl = _SECTION_LEAD.match(line)
            section_lead = [u for u in _units(sl.group(1), places) if units.is_body(u) or u.startswith("各")] \
                if sl else []
            if section_lead:
                continue
        elif section_lead and _ENUM.match(line) and "（" not in line:
            # a task of the section with no bracket of its own: the section's lead alone
            # (its title: its first sentence, the whole item when it is one)
            title = _heading(re.split(r"[。；]", _ENUM.sub("", line), 1)[0].strip())
            if title:
                ev = evidence.make(norm, source, lpos, lpos + len(line), sentence=False)
                out += [Assignment(title, u, True, ev) for u in section_lead]
            continue
        if not ("（" in line or "牵头" in line or "：" in line or ":" in line or "\t" in line or "以上" in line
                or "单位为" in line):
            # no bracket, label, table cell or 牵头: no units here (most prose lines)
            top = _SECTION.match(line)
            if top:
                section = top.group(1).strip()
            if _TOP_NUMBER.match(line):
                standing = []
            continue
        cols = _table_columns(line)
        if not cols and " " in line and "\t" not in line:
            spaced = _spaced_table(lines, idx)
            if spaced:
                cols, lines = _table_columns(spaced[idx][1]), spaced
        if cols:
            rows, table_end = _table_rows(norm, lines, idx, cols, places, source)
            out += rows
            continue
        segments = _label_segments(line)
        if segments:
            title = _block_heading(lines, idx)
            if title:
                ev = evidence.make(norm, source, lpos, lpos + len(line), sentence=False)
                done = {a.unit for a in out if a.task == title}
                for label, value in segments:
                    marked = _has_mark(value)
                    for u in _units(value, places):
                        if u not in done:
                            done.add(u)
                            out.append(Assignment(title, u, label in LEAD_LABELS or
                                                  (marked and _marked(u, value)), ev))
            continue
        cop = _COPULA.search(line) if "单位为" in line else None
        if cop:
            # 该项任务责任单位为X，配合单位为Y、Z。: the labels written as a sentence
            title = _title(lines, idx)
            lead, support = _units(cop.group(1), places), _units(cop.group(2) or "", places)
            if title and lead:
                ev = evidence.make(norm, source, lpos, lpos + len(line), sentence=False)
                out += [Assignment(title, u, u in lead, ev) for u in lead + [u for u in support if u not in lead]]
                continue
        numbered = _NUMBERED_ABOVE.match(line) if "项" in line and "第" in line else None
        if numbered:
            out += _numbered_above(norm, lines, idx, numbered, places, source)
            continue
        above = _ABOVE_ITEMS.match(line) if "以上" in line else None
        if above:
            # （以上两项由X牵头，Y配合）: the units of the items above it
            out += _above_items(norm, lines, idx, above, places, source)
            continue
        if "同上" in line and _SAME_AS_ABOVE.search(line) and out:
            # （责任单位：同上）: the units of the task before
            title = _title(lines, idx)
            last = out[-1].task
            ev = evidence.make(norm, source, lpos, lpos + len(line), sentence=False)
            out += [Assignment(title, a.unit, a.lead, ev) for a in list(out) if a.task == last]
            continue
        if "〔" in line:
            # the units in the brackets of a document number (〔责任单位：…〕):
            # read as （…）, the line keeping its length
            line = _HEX_UNITS.sub(lambda m: "（" + m.group(1) + "）", line)
        # a leader named inside a task's bracket (；责任县领导：某某 / 责任县领导：某某；)
        # is cut out before the units are read; spans map back through ``at``
        line, at = _without_leaders(line)
        found = []  # (units, lead units, span)

        def free(m):
            return not any(s <= m.start() < e for _, _, (s, e) in found)

        for m in _LABELLED.finditer(line):
            ls = _LEAD_SUPPORT.match(m.group(2)) if not m.group(3) else None
            if ls:
                lead, support = _units(ls.group(1), places), _units(ls.group(2), places)
                leads = set(lead)
            elif m.group(1) in SUPPORT_LABELS and m.group(3):
                # （参与单位：甲、乙；主责单位：丙）: the helpers written first
                lead, support = _units(m.group(3), places), _units(m.group(2), places)
                leads = set(lead[:1])
            else:
                lead = _units(m.group(2), places)
                support = _units(m.group(3), places) if m.group(3) else []
                # 牵头单位 names the leads; a plain 责任单位 list leads with its first
                leads = set(lead) if m.group(1) in LEAD_LABELS else set(lead[:1])
            if m.group(4):
                support += [u for u in _units(m.group(4), places) if u not in lead + support]
            co = re.match(r"（(?:[^（）]*?[；;，,])?与([^；;，,（）：:]{2,40}?)共同牵头", m.group(0))
            if co:
                colead = _units(co.group(1), places)
                # (…；配合单位：… after it: those help, the co-lead leads)
                kept = leads if m.group(1) not in SUPPORT_LABELS else set()
                lead, leads = colead + [u for u in lead if u not in colead], kept | set(colead)
            found.append((lead + support, leads, m.span()))
        for m in _CLAUSE_BRACKET.finditer(line):
            got = _clause_units(m.group(1), places) if free(m) else None
            if got:
                found.append((got[0], got[1], m.span()))
        if (_ENUM.match(line) or _BARE_ALONE.match(line)) and "（" in line:
            # a task's paragraph closed by a bracket of unit names alone (the first leads)
            for m in _BARE_UNITS.finditer(line):
                us = _bare_units(m.group(1), places) if free(m) else []
                if us:
                    found.append((us, {us[0]}, m.span()))
        for m in _BRACKET_LEAD.finditer(line):
            lead, support = _units(m.group(1), places), _units(m.group(2), places)
            if free(m) and lead and units.is_body(lead[0]):
                found.append((lead + support, set(lead), m.span()))
        for m in _BRACKET.finditer(line):
            if not free(m):
                continue
            us = _units(m.group(1), places)
            if not us or not units.is_body(us[0]):
                continue
            helpers = [u for u in (_units(m.group(2), places) if m.group(2) else []) if u not in us]
            found.append((us + helpers, {us[0]}, m.span()))
        # prose (由X牵头，Y配合) assigns only in an enumerated task item: in an
        # intro paragraph it reports past work, and under 保障措施 it says how
        # the plan is run (由市住建局牵头，会同市政府督查室定期督导), no task
        top = _SECTION.match(line)
        if top:
            section = top.group(1).strip()
        prose_ok = (bool(_ENUM.match(line)) or any(
            _TOP_ENUM.match(lines[j][1]) for j in range(max(0, idx - 12), idx))) and \
            not section.startswith(vocab.words("verbs", "task_free_sections"))
        for m in (_LEAD_WITH.finditer(line) if prose_ok else ()):
            lead = _units(m.group(1), places)
            rest = m.group(2)
            cut = next((k for k in range(len(rest), 1, -1) if units.is_body(rest[:k])), 0)
            support = _units(rest[:cut], places) if cut else []
            if free(m) and lead and units.is_body(lead[0]):
                found.append((lead + support, set(lead), m.span()))
        for m in (_LEAD_PROSE.finditer(line) if prose_ok else ()):
            sentence = line[max(line.rfind("。", 0, m.start()), 0):m.start()]
            if re.search(r"(?:成立|建立|组建)[^。]*?(?:专班|小组|指挥部|联席会议)", sentence):
                continue  # 成立…工作专班，由X牵头: how a team is made up, no task
            # (这项任务由我厅牵头: the units after the last 由; 我厅 is the speaker's)
            lead = [_own_unit(u, lines, idx) for u in _units(re.sub(r"^.*由", "", m.group(1)), places)]
            support = _units(m.group(2), places) + (_units(m.group(3), places) if m.group(3) else [])
            if free(m) and lead and units.is_body(lead[0]):
                found.append((lead + support, set(lead), m.span()))
        if not found and prose_ok and _DECIDED.match(line):
            # minutes: 会议明确，由副县长某某同志牵头协调，县教育局具体负责，县财政局配合
            us, leads, span = _decided_units(line, places)
            if us:
                found.append((us, leads, span))
        if found and prose_ok and not _ENUM.match(line) and not (
                _BRACKET.search(line) or _LABELLED.search(line) or _BRACKET_LEAD.search(line)):
            # in the same paragraph, a unit given work of its own (县城管局要…),
            # when the paragraph names its units in prose: a bracket that names
            # them is the whole list (银行业金融机构要…（市金融局…负责）)
            for m in _UNIT_MUST.finditer(line):
                u = _units(m.group(1), places)
                if free(m) and len(u) == 1 and units.is_body(u[0]) and not _leader(u[0]):
                    found.append((u, set(), m.span()))
        if not found and _ENUM.match(line):
            # labels inside the paragraph: the leads first, then the rest as written
            chain = _label_chain(line)
            lead = [u for is_lead, lst, _, _ in chain if is_lead for u in _units(lst, places)]
            rest = [u for is_lead, lst, _, _ in chain if not is_lead for u in _units(lst, places)]
            if (lead or rest) and units.is_body((lead + rest)[0]):
                found.append((lead + rest, set(lead) if lead else set(rest[:1]),
                              (chain[0][2], chain[-1][3])))
        if not found and _ENUM.match(line) and not section.startswith(vocab.words("verbs", "task_free_sections")):
            uf = _UNITS_FIRST.match(_ENUM.sub("", line))
            if uf and uf.group(2).startswith(("负责", "承担", "牵头", "参与", "配合", "协助")):
                uf = None  # 1.市商务局：负责联席会议日常工作: a member unit's standing duty
            items = [it.text for it in units.items(uf.group(1), places=places, abbreviated=True)] if uf else []
            if items and all(units.is_body(u) and not _leader(u) for u in items):
                off = len(line) - len(_ENUM.sub("", line))
                ev = evidence.make(norm, source, lpos + at(off), lpos + at(off + uf.end() - 1) + 1,
                                   sentence=False)
                title = uf.group(2).strip()
                out += [Assignment(title, u, i == 0, ev) for i, u in enumerate(dict.fromkeys(items))]
                continue
        note = _STANDING.search(line)
        if note:
            standing = _units(note.group(1), places)
        elif _TOP_NUMBER.match(line):
            standing = []  # a note's 以下各项 are the items of its own section
        if section_lead and _ENUM.match(line):
            # (under 一、X牵头: X leads each task, the bracket's units help it)
            found = [(section_lead + [u for u in us if u not in section_lead], set(section_lead) | (
                leads if any(w in line[sp[0]:sp[1]] for w in ("共同牵头", "牵头单位")) else set()), sp)
                for us, leads, sp in found] or [(list(section_lead), set(section_lead), (0, len(line)))]
        if not found:
            continue
        title = _title(lines, idx)
        if not title:
            continue
        for us, leads, (s, e) in found:
            span = line[s:e]
            if _has_mark(span):  # the marked units lead, whatever the order
                leads = {u for u in us if _marked(u, span)}
            ev = evidence.make(norm, source, lpos + at(s), lpos + at(e - 1) + 1, sentence=False)
            seen = set()
            for u in us + [u for u in standing if u not in us]:
                if u in seen:
                    continue
                seen.add(u)
                out.append(Assignment(title, u, u in leads, ev))
    return out
