"""Lists of units and fields: where one item ends and what it is.

The one place that knows how Chinese official prose writes a list:
items separated by 、 ， , and by 及 / 和 / 与 when the left side is already a
whole body; brackets (``各县〔市、区〕政府``) are never split; a bracketed
alias after a unit (``市发展和改革委员会（市物价局）``) belongs to it; the
jurisdiction prefix of the first item carries over to the bare department
names after it (``市商务局、财政局`` → ``市财政局``).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .chars import HAN
from . import ordinals, vocab

_OPEN, _CLOSE = "（〔(《“", "）〕)》”"
# (a slash parts units as 、 does: 市税务局/人民银行某市中心支行)
_SEPARATORS = "、，,/"


@dataclass(frozen=True)
class Item:
    text: str  # as it will be reported (prefix carried over, alias removed)
    start: int  # offsets of the written item in the string that was split
    end: int
    alias: str = ""  # the bracketed alias written after it, if any
    mark: str = ""  # a relation mark written after it (（联系）, （协管）: vocab verbs.yaml item_marks)


def is_body(name: str) -> bool:
    """Does ``name`` end like the name of a body (局, 委员会, 公司, …)?"""
    name = strip_alias(name)[0]
    return name.endswith(vocab.body_suffixes()) and not name.endswith(
        vocab.words("body_suffixes", "post_like_endings"))


# 各镇（街道）, 各乡镇, 各县（市、区）: every place of a level, a collective member
_COLLECTIVE_PLACE = re.compile(r"各[" + HAN + r"]{0,3}(?:乡|镇|街道|县|市|区|村|社区|旗|苏木)"
                               r"(?:[（(][^（）()]{1,8}[）)])?")


def is_collective_place(name: str) -> bool:
    return bool(_COLLECTIVE_PLACE.fullmatch(name))


def is_department(name: str) -> bool:
    return strip_alias(name)[0].endswith(vocab.department_suffixes())


def strip_alias(name: str) -> tuple[str, str]:
    """``市发展和改革委员会（市物价局）`` → (``市发展和改革委员会``, ``市物价局``).
    A bracket that is part of the name (``各县（市、区）政府``) stays."""
    if not name.endswith(("）", ")", "〕")):
        return name, ""
    # (省委督查室〔省政府督查室〕: a bracket inside a bracket is written 〔〕; 各市〔州〕
    # 人民政府 keeps its own, which is no body's name)
    depth, open_at = 0, -1
    for i in range(len(name) - 1, -1, -1):  # the bracket that closes at the end, nested ones inside
        if name[i] in "）)〕":
            depth += 1
        elif name[i] in "（(〔":
            depth -= 1
            if depth == 0:
                open_at = i
                break
    if open_at <= 0:
        return name, ""
    head, inner = name[:open_at], name[open_at + 1:-1]
    if not is_body_plain(head):
        return name, ""
    if inner.startswith(("含", "包括", "不含")):  # 市生态环境局（含各县区分局）: a note on its scope
        return head, ""
    # other notes on the scope: a second name it bears (挂…牌子), the part of its
    # work meant (项目建设方面), or what is left out (食品安全工作除外)
    # where it sits or whom it shares offices with (设在县安监局, 与县农业局合署办公)
    # (区自然资源局（筹）, 区行政审批服务局（暂定名）: a body being set up, its status noted)
    if re.fullmatch(r"筹|筹建|筹备|筹建中|暂定名|待挂牌|试运行", inner):
        return head, ""
    # (…、区农业农村局（列第一位为牵头单位，下同）: a note on the list, after its last unit)
    if re.search(r"下同|为牵头单位|排名不分先后|按姓氏笔画", inner):
        return head, ""
    if re.fullmatch(r"挂.{2,30}牌子|.{1,20}方面(?:工作)?|.{2,30}除外|仅限.{2,30}|.{2,30}工作(?:部分)?"
                    r"|设在.{2,30}|与.{2,30}合署办公|.{2,30}代管", inner):
        return head, ""
    # (各区县政府（功能区管委会）: bodies of every place and, beside them, those of
    # a kind like them — no second name of one body; the unit as written)
    if head.startswith("各"):
        return name, ""
    # 市发展和改革委员会（市粮食和物资储备局（市国防动员办公室））: other names, nested or listed
    flat = re.sub(r"[（(][^（）()]*[）)]", "", inner)
    if flat and all(is_body_plain(part) for part in re.split(r"[、，,]", flat) if part):
        return head, inner
    return name, ""


def is_body_plain(name: str) -> bool:
    # 社会 ends like 学会 but is society, no body (社会和法制委员会 is one name)
    return name.endswith(vocab.body_suffixes()) and not name.endswith(("社会", "机会"))


def _split_top(text: str, seps: str) -> list[tuple[int, int]]:
    """Spans of ``text`` between separators at bracket depth 0."""
    spans, depth, start = [], 0, 0
    for i, c in enumerate(text):
        if c in _OPEN:
            depth += 1
        elif c in _CLOSE:
            depth = max(0, depth - 1)
        elif c in seps and depth == 0:
            spans.append((start, i))
            start = i + 1
    spans.append((start, len(text)))
    return spans


def _split_conjunctions(text: str, start: int, end: int, bodies_only: bool) -> list[tuple[int, int]]:
    """Split one item at 及/和/与 where the left side is a whole body
    (工会和部属企业 → 工会 | 部属企业; 住房和城乡建设局 stays whole)."""
    conj = vocab.words("verbs", "conjunctions")
    out, s = [], start
    i = start
    while i < end:
        for c in conj:
            if text.startswith(c, i) and i > s:
                # a body with its other name in brackets (市发展和改革委员会（市物价局）及…)
                left = re.sub(r"[（(][^（）()]*[）)]$", "", text[s:i])
                # a named place (桐江市和白溪州, liaised with) splits like a body
                # (and a sector of a political consultative conference: 少数民族界及妇联界)
                place = len(left) >= 3 and left.endswith(("市", "州", "县", "区", "旗", "盟", "界"))
                if is_body_plain(left) or place or (
                        not bodies_only and left in vocab.words("body_suffixes", "short_bodies")):
                    out.append((s, i))
                    s = i + len(c)
                    i = s - 1
                break
        i += 1
    out.append((s, end))
    return out



def _merge_shared_head(spans, text):
    """部属、省属企业: a short modifier whose head noun is written once, on the
    next item, is one item with it ('coordinated modifiers')."""
    out = []
    i = 0
    while i < len(spans):
        s, e = spans[i]
        if i + 1 < len(spans):
            a = text[s:e].strip()
            ns, ne = spans[i + 1]
            b = text[ns:ne].strip()
            # (县委、县政府督查室: an office the Party committee and the government
            # share is one unit; 县委、县政府 alone are two)
            if re.fullmatch(r"[省市县区州旗]委", a) and b.startswith(a[0] + "政府") and len(b) > 3 \
                    and is_body_plain(b):
                out.append((s, ne))
                i += 2
                continue
            # (市、旗区两级财政部门: the bodies of two levels, one item as written)
            if re.fullmatch(r"[省市县区旗州盟]", a) and re.match(r"^[省市县区旗州盟乡镇]{1,2}(?:两|三)级", b):
                out.append((s, ne))
                i += 2
                continue
            # (a township is a place, never a modifier: 石门镇、双河镇人大主席团)
            if 1 < len(a) <= 3 and len(b) > len(a) and b[len(a) - 1] == a[-1] and not is_body_plain(a) \
                    and not a.endswith(("乡", "镇", "街道")):
                out.append((s, ne))
                i += 2
                continue
        out.append((s, e))
        i += 1
    return out


def _merge_collective(spans, text):
    """各区、县（市）人民政府: a collective phrase whose 各 covers several
    levels is one item, up to the item that ends like a body."""
    out, i = [], 0
    while i < len(spans):
        s, e = spans[i]
        j = i
        item = text[s:e].strip()
        # (各镇（街道）: its bracket closes the places it covers, an item of its own)
        if item.startswith("各") and not is_body_plain(item) and not item.endswith(("）", ")")):
            while j + 1 < len(spans) and not is_body_plain(text[spans[j][0]:spans[j][1]].strip()) \
                    and j - i < 3:
                j += 1
            if not is_body_plain(text[spans[j][0]:spans[j][1]].strip()):
                j = i
        out.append((s, spans[j][1]))
        i = j + 1
    return out


def _split_spaces(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """An item that is bodies apart by spaces (a table cell's lines:
    建设管理处 公路管理处 应急管理处) is that many items."""
    parts = [(m.start(), m.end()) for m in re.finditer(r"\S+", text[start:end])]
    if len(parts) > 1 and all(is_body_plain(text[start + a:start + b]) for a, b in parts):
        return [(start + a, start + b) for a, b in parts]
    return [(start, end)]


def split_list(text: str, *, bodies_only: bool = False) -> list[tuple[int, int]]:
    """Spans of the items of a written list (before prefix carry-over)."""
    spans = []
    for s, e in _split_top(text, _SEPARATORS):
        for s2, e2 in _split_spaces(text, s, e):
            spans.extend(_split_conjunctions(text, s2, e2, bodies_only))
    spans = _merge_shared_head(spans, text)
    spans = _merge_collective(spans, text)
    out = []
    for s, e in spans:
        while s < e and text[s] in " 　":
            s += 1
        while e > s and text[e - 1] in " 　。；;":
            e -= 1
        if e > s:
            out.append((s, e))
    return out


_LEVEL_END = re.compile(r"(市|县|地区|区|省|自治州|州|旗|盟|镇|乡|街道)$")


# the peoples an autonomous place is named for (某某苗族侗族自治州, 某某维吾尔自治区)
_PEOPLES = re.compile(r"^([" + HAN + r"]{2,}?)(?:(?:[" + HAN + r"]{1,3}族)+|维吾尔)$")


def place_stem(jurisdiction: str) -> str:
    """A jurisdiction without its level word: 某某县 → 某某, 杭州市 → 杭州,
    某某自治区 → 某某 (an autonomous level is one word), and an autonomous
    place without its peoples too (某某苗族侗族自治州 → 某某: its bodies are
    named so, 某某供电局)."""
    auto = re.sub(r"(?:自治区|自治州|自治县|自治旗)$", "", jurisdiction)
    if auto == jurisdiction:
        return _LEVEL_END.sub("", jurisdiction)
    m = _PEOPLES.match(auto)
    return m.group(1) if m else auto


def places(jurisdiction: str) -> tuple[str, ...]:
    """The names a jurisdiction's own bodies may carry (某某县, 某某), for
    telling an item that names its own place from a bare one."""
    return tuple(p for p in (jurisdiction, place_stem(jurisdiction)) if len(p) >= 2)


def _prefixes():
    return vocab.words("jurisdictions", "bare_prefixes")


def bare_prefix(name: str) -> str:
    """The bare jurisdiction prefix a name starts with (市商务局 → 市)."""
    for p in _prefixes():
        if name.startswith(p) and len(name) > len(p) + 1:
            if name.startswith(tuple(vocab.load("jurisdictions")["not_prefixes"])) and \
                    not name[len(p):].startswith(tuple(vocab.load("jurisdictions")["not_prefixes"])):
                return ""
            return p
    return ""


def names_place(name: str, places: tuple[str, ...] = ()) -> bool:
    """Does the item name its own place or system (青川银保监分局,
    国家统计局…, 各县〔市、区〕政府), so that no prefix may be added?"""
    if name.startswith(vocab.words("jurisdictions", "collective_starts") + vocab.words("jurisdictions", "national_starts")
                       + vocab.words("jurisdictions", "indefinite_starts")):
        return True
    if any(p and p in name for p in places):
        return True
    # 城关镇人民政府: a township's own government names its place
    # (and a township or street alone, 西岭街道: a place, never 市西岭街道)
    if re.match(r"^[" + HAN + r"]{2,4}(?:镇|乡|街道|苏木)(?:人民政府|政府|党委|办事处)?$", name) \
            and not name.startswith(("各", "乡镇", "镇村")):
        return True
    for ending in vocab.words("jurisdictions", "place_named_endings"):
        if name.endswith(ending):
            head = name[:-len(ending)]
            if len(head) >= 2 and not bare_prefix(name) and not head.endswith(("省", "市", "县", "区")):
                return True
            break
    # 团市委, 中共某县委: the level is written inside the name
    if re.search(r"(?<=.)(?:市|县|区|省|州|旗|地|乡|镇)(?:委|人大|政协)", name):
        return True
    levels = vocab.words("jurisdictions", "place_levels")
    # a named place: two or more characters then a level word, before the end
    return bool(re.search(r"[" + HAN + r"]{2,}(?:" + "|".join(levels) + r")(?=.)", name)
                and not bare_prefix(name))


def with_prefix(name: str, jurisdiction: str, places: tuple[str, ...] = ()) -> str:
    """A lone bare department (办公室设在税务局) gets the level prefix of the
    issuing jurisdiction (县税务局 in a county notice)."""
    if jurisdiction and is_department(name) and not bare_prefix(name) and not names_place(name, places):
        return jurisdiction[-1] + name
    return name


# a higher body's branch in a place, named after it: 市公安局高新分局, 市自然资源和规划局高新分局
_BRANCH = re.compile(r"^[省市州]\S{1,20}?(?:局|委|厅)[" + HAN + r"]{2,4}分局$")


def carry_prefix(names: list[str], places: tuple[str, ...] = (), abbreviated: bool = False) -> list[str]:
    """Give the list's jurisdiction prefix to the bare names after the first
    item, when the list is written in that abbreviated style (most later
    items bare, or a kind of list always so written: responsibility brackets,
    member units); a list that spells every prefix keeps what it says."""
    if not names:
        return names
    own = [bare_prefix(n) or _organ_prefix(n) for n in names]
    if not own[0] and is_body_plain(names[0]) and not names_place(names[0], places):
        # 分管部门：审计局、财政局、市政府法制办公室: a list that opens bare is
        # written without prefixes (市政府 is an organ's name there, no prefix)
        return names
    return _carry(names, own, places, abbreviated)


def opens_bare(text: str, places: tuple[str, ...] = ()) -> bool | None:
    """Does a list open with a body written without any prefix (审计局、…)?
    None when its first item is no body (a field of work, a person)."""
    spans = split_list(text)
    if not spans:
        return None
    first = text[spans[0][0]:spans[0][1]].strip()
    level = bare_prefix(first)
    if not is_body_plain(first) or names_place(first, places) or (_organ_prefix(first) and not level) \
            or level and first[len(level):].startswith(("政府", "人民政府", "委", "人大", "政协")):
        return None  # (a body naming its place, or an organ's own name: 市政府办公室, says nothing)
    return not level


def _carry(names, own, places, abbreviated):
    # (市公安局高新分局、社会事业局: a higher body's branch named after the place
    # keeps its name and lends no prefix: the bare bodies after it are the place's own)
    lends = [bool(p) and not _BRANCH.match(n) for p, n in zip(own, names)]
    prefix = next((p for p, lend in zip(own, lends) if lend), "")
    if not prefix:
        return names
    internal = vocab.words("body_suffixes", "internal_endings")
    # (…、各乡（镇）人民政府、街道办事处: the bodies of a lower level take no county's or city's prefix)
    bare = [i for i, n in enumerate(names[1:], 1) if not own[i] and not names_place(n, places)
            and not n.endswith(internal) and not n.startswith(vocab.words("body_suffixes", "lower_level_bodies"))]
    explicit = sum(1 for p in own[1:] if p)
    # a bare government body (…、体育局, …及机关事务服务中心) is the list's own;
    # a bare enterprise (某某酒店管理集团) only when the list is written abbreviated
    whole_list = abbreviated or (len(bare) > explicit and len(bare) >= 2)
    out = list(names)
    for i in bare:
        if whole_list or (is_body_plain(names[i]) and not names[i].endswith(vocab.enterprise_suffixes())):
            # the prefix of the nearest item before it that has one (行署办公室、研究室，
            # 盟财政局、统计局: 行署研究室, 盟统计局)
            at = next((j for j in range(i - 1, -1, -1) if lends[j]), None)
            if at is None and any(own[:i]):
                continue  # only a branch before it: the place's own body, bare
            near = own[at] if at is not None else prefix
            if at is not None and _party_organ(names[at], near, names[i]):
                near += "委"  # 市委宣传部、统战部: 市委统战部
            out[i] = near + names[i]
    return out


def _party_organ(before: str, prefix: str, bare: str) -> bool:
    """Is ``bare``, written after ``before`` (市委宣传部), an organ of the same
    party committee?"""
    d = vocab.load("jurisdictions")
    return before.startswith(prefix + "委") and not before.startswith(prefix + "委员会") \
        and bare.endswith(tuple(d["party_organ_endings"])) and not bare.endswith(tuple(d["not_party_organs"]))


def _organ_prefix(name: str) -> str:
    """The government organ a name starts with, carried like a jurisdiction
    prefix (行署办公室 → 行署: a 盟's or 地区's administrative office)."""
    for p in vocab.words("jurisdictions", "organ_prefixes"):
        if name.startswith(p) and len(name) > len(p) + 1:
            return p
    return ""


_PLACE_ONLY = re.compile(r"^[" + HAN + r"]{1,6}?(?:乡|镇|街道)$")
_PLACE_BODY = re.compile(r"^([" + HAN + r"]{1,6}?(?:乡|镇|街道))([" + HAN + r"]{2,10})$")


_PLACE_WORD = re.compile(r"^([" + HAN + r"]{2,3}?)(社区|村|嘎查)$")


def _shared_tail(written: list[str]) -> list[str]:
    """城关镇、青山乡人大主席团: the body written once, on the last place, is
    every place's (城关镇人大主席团); 青石、柳巷社区: the level word written
    once, on the last place, is every bare place name's (青石社区)."""
    if len(written) < 2:
        return written
    last_place = _PLACE_WORD.match(written[-1].strip())
    if last_place and all(re.fullmatch(r"[" + HAN + r"]{2,3}", w.strip()) and not is_body_plain(w.strip())
                          and not _LEVEL_END.search(w.strip())
                          and not re.search(r"(?:社区|村|嘎查|苏木)$", w.strip()) for w in written[:-1]):
        return [w.strip() + last_place.group(2) for w in written[:-1]] + [written[-1]]
    last = _PLACE_BODY.match(written[-1].strip())
    if not last or not is_body_plain(last.group(2)) or not all(
            _PLACE_ONLY.match(w.strip()) for w in written[:-1]):
        return _shared_ending(written)
    return [w.strip() + last.group(2) for w in written[:-1]] + [written[-1]]


_ABBREVIATED = re.compile(r"^[省市县区]?[\u3400-\u4dbf\u4e00-\u9fff]{2,4}$")


def _shared_ending(written: list[str]) -> list[str]:
    """县发改、财政、统计、物价局: the ending written once, on the last of a run
    of abbreviated names, is each one's (县发改局, 县财政局 …)."""
    out = list(written)
    endings = vocab.words("body_suffixes", "shared_endings")
    short = set(vocab.words("body_suffixes", "short_bodies"))  # 人大、政协: bodies by themselves
    k = len(out) - 1
    while k > 0:
        w = out[k].strip()
        ending = next((e for e in endings if w.endswith(e)), "")
        stem = w[:-len(ending)] if ending else ""
        stem = stem[1:] if stem[:1] in "省市县区" else stem
        j = k
        if ending and 2 <= len(stem) <= 4:
            while j > 0 and _ABBREVIATED.match(out[j - 1].strip()) and not is_body(out[j - 1].strip()) \
                    and out[j - 1].strip().lstrip("省市县区") not in short \
                    and not _LEVEL_END.search(out[j - 1].strip()):
                j -= 1
            for i in range(j, k):
                out[i] = out[i].strip() + ending
            # (县供电、电信公司: one name cut in two, the prefix of its first part is the rest's)
            lead = out[j].strip()[:1] if j < k else ""
            if lead in ("省", "市", "县", "区"):
                for i in range(j + 1, k + 1):
                    if not out[i].strip().startswith(lead):
                        out[i] = lead + out[i].strip()
        k = j - 1 if j < k else k - 1
    return _zone_committees(out)


def _zone_committees(written: list[str]) -> list[str]:
    """某某高新区、经开区管委会: zones named before one 管委会 each have it, the
    place written on the first zone being every zone's."""
    if len(written) < 2 or not any(w.endswith("管委会") for w in written):
        return written
    zones = vocab.words("body_suffixes", "zone_words")
    out = list(written)
    for last in range(1, len(out)):
        w = out[last].strip()
        if not (w.endswith("管委会") and w[:-3].endswith(zones)):
            continue
        k = last
        while k > 0 and out[k - 1].strip().endswith(zones):
            k -= 1
        if k == last:
            continue
        first = out[k].strip()
        place = first[:-len(next(z for z in zones if first.endswith(z)))]
        for i in range(k, last + 1):
            item = out[i].strip()
            item = item if item.endswith("管委会") else item + "管委会"
            if place and not item.startswith(place) and item.startswith(zones):
                item = place + item
            out[i] = item
    return out


_KIND_TAIL = re.compile(r"^(.+?)等[^、，,]{0,10}?(?:机构|企业|单位|部门|组织|行业)$")


def _without_kinds(written: list[str], spans: list) -> tuple[list[str], list]:
    """银行、保险、证券等金融机构 / 供水、供电等公用事业企业: kinds of business
    closed by 等 and their class name no body; the bodies before them stay."""
    if not any("等" in w for w in written):
        return written, spans
    drop = set()
    for k, w in enumerate(written):
        m = _KIND_TAIL.match(w.strip())
        if not m or is_body(m.group(1)) or is_body_plain(m.group(1)) or bare_prefix(m.group(1)):
            continue
        j = k
        # (a kind of two characters, 银行, reads like a body: no name stands before it)
        while j > 0 and len(written[j - 1].strip()) <= 4 and not bare_prefix(written[j - 1].strip()) \
                and (len(written[j - 1].strip()) <= 2 or not is_body(written[j - 1].strip())):
            j -= 1
        drop.update(range(j, k + 1))
    if not drop:
        return written, spans
    keep = [k for k in range(len(written)) if k not in drop]
    return [written[k] for k in keep], [spans[k] for k in keep]


def items(text: str, *, places: tuple[str, ...] = (), bodies_only: bool = False,
          abbreviated: bool = False, carry: bool = True) -> list[Item]:
    """The items of a list of units, prefix carried over (unless ``carry`` is
    false: a notice that writes its units without prefixes) and aliases split off."""
    spans = split_list(text, bodies_only=bodies_only)
    # (第一、第二纪检监察室, 第一至第三…组, 城关、石门2个镇纪委: one unit each)
    written, spans = ordinals.expand([text[s:e] for s, e in spans], spans)
    written, spans = _without_kinds(written, spans)
    written = _shared_tail(written)
    names, aliases, marks, extra = [], [], [], []
    # (区卫生健康局及所属医疗卫生单位: what belongs to a body is no body of the list)
    kept = [k for k, w in enumerate(written) if not w.strip().startswith(("所属", "下属", "其所属", "其下属"))]
    written, spans = [written[k] for k in kept], [spans[k] for k in kept]
    if any("口" in w for w in written):
        written, spans = _sectors(text, written, spans)
    for w in written:
        # (分管原区国土资源局: the former body, named as it was)
        if w.startswith("原") and bare_prefix(w[1:].strip()) and is_body(w[1:].strip()):
            w = w[1:]
        w, mark = _strip_mark(w)
        w, included = _included(w)
        n, a = strip_alias(w)
        names.append(n)
        aliases.append(a)
        marks.append(mark)
        extra.append(included)
    names = carry_prefix(names, places, abbreviated) if carry else names
    out = []
    for n, (s, e), a, k, inc in zip(names, spans, aliases, marks, extra):
        out.append(Item(n, s, e, a, k))
        out += [Item(b, s, e, "", k) for b in inc]
    return out


# a sector of government named with its bodies: 农口（县农业局、畜牧局）, 政法口（…）
_SECTOR = re.compile(r"^\s*[^\s（）()、，,]{1,4}口[（(](.+)[）)]\s*$")


def _sectors(text: str, written: list[str], spans: list) -> tuple[list[str], list]:
    """The bodies a sector's bracket lists, in place of the sector (the label
    is neither a body nor a field)."""
    out_w, out_s = [], []
    for w, (s, e) in zip(written, spans):
        m = _SECTOR.match(w)
        if not m:
            out_w.append(w)
            out_s.append((s, e))
            continue
        inner_at = s + w.index(m.group(1))
        for a, b in split_list(m.group(1)):
            out_w.append(m.group(1)[a:b])
            out_s.append((inner_at + a, inner_at + b))
    return out_w, out_s


_SCOPE = re.compile(r"^(.+?)\s*[（(](含|包括|不含)([^（）()]+)[）)]$")


def scope(item: str) -> tuple[str, list[str]] | None:
    """(what is named, what it is said to include) of an item closed by a
    scope note: 市发展和改革委员会（含市物价局）, 民政（含双拥、老龄）;
    （不含…） leaves out and includes nothing; None without such a note."""
    m = _SCOPE.match(item.strip()) if item.endswith(("）", ")")) else None
    if not m:
        return None
    if m.group(2) == "不含":
        return m.group(1), []
    inner = m.group(3)  # (split as a list is: 和 inside 政务服务和公共资源交易服务中心 splits nothing)
    return m.group(1), [inner[a:b].strip() for a, b in split_list(inner) if inner[a:b].strip()]


def _included(item: str) -> tuple[str, list[str]]:
    """A body and the bodies it includes, each overseen with it (what names
    no single body, 含各县区分局, adds nothing)."""
    got = scope(item)
    if not got or not is_body_plain(got[0]) and not is_body(got[0]):
        return item, []
    return got[0], [p for p in got[1] if is_body_plain(p) and not p.startswith("各")]


_MARK = None


def _strip_mark(item: str) -> tuple[str, str]:
    """(item, mark) of an item closed by a relation mark (县人武部（联系）), the
    mark being a key of vocab verbs.yaml ``item_marks``; (item, '') if none."""
    global _MARK
    if not item.endswith(("）", ")")):
        return item, ""
    if _MARK is None:
        _MARK = re.compile(r"^(.+?)\s*[（(](" + "|".join(vocab.longest_first(vocab.load("verbs")["item_marks"]))
                           + r")[）)]$")
    m = _MARK.match(item.strip())
    return (m.group(1), m.group(2)) if m else (item, "")


def strip_field_tail(text: str, many: bool) -> str:
    """``审计、金融方面工作`` → ``审计、金融``.  A single field keeps a plain
    trailing 工作 (``市政府全面工作``); a list shares it, so it goes."""
    tails = vocab.words("verbs", "field_tails")
    for t in tails:
        if text.endswith(t) and len(text) > len(t):
            if t == "工作" and not many:
                return text
            return text[: -len(t)]
    return text


_LIST_TAIL = re.compile(r"等(?:\d+个|[一二三四五六七八九十]+个)?(?:单位|部门|机构|企业)?(?:的)?(?:工作)?$")


# 等 closing a run of the list before one more item: 市残联等群众团体和部队
_MID_TAIL = re.compile(r"等(?:群众团体|人民团体|社会团体|团体|单位|部门|机构|企业)(?=和|及|以及)")


def strip_list_tail(text: str) -> str:
    """``市工业和信息化局、市大数据局等单位`` → without ``等单位``;
    ``市残联等群众团体和部队`` → ``市残联和部队``."""
    stripped = _LIST_TAIL.sub("", _MID_TAIL.sub("", text))
    return stripped if stripped else text


def _full_names() -> dict:
    return vocab.load("abbreviations")["full_names"]


def _key(stem: str) -> str:
    """Spellings that differ only by 和/与 or 委/委员会 share one key."""
    k = stem.replace("和", "").replace("与", "")
    return k[:-3] + "委" if k.endswith("委员会") else k


def _full_by_key() -> dict:
    global _FULL_BY_KEY
    if _FULL_BY_KEY is None:
        table = {}
        for short, full in _full_names().items():
            table[_key(short)] = full
            table.setdefault(_key(full), full)
        _FULL_BY_KEY = table
    return _FULL_BY_KEY


_FULL_BY_KEY = None


def _split_prefix(name: str, jurisdiction: str) -> tuple[str, str]:
    """(prefix, stem), the prefix spelled out: in a 某某市 document both
    市发展改革委 and 某某市发展改革委 give (某某市, 发展改革委); a prefix of
    another level (县财政局 in a city document) stays bare.  市政府国资委
    keeps 政府 in the stem."""
    if jurisdiction and name.startswith(jurisdiction) and len(name) > len(jurisdiction) + 1:
        return jurisdiction, name[len(jurisdiction):]
    p = bare_prefix(name)
    if p and jurisdiction and jurisdiction.endswith(p):
        return jurisdiction, name[len(p):]
    return p, name[len(p):]


def canonical(name: str, jurisdiction: str = "") -> str:
    """The one name of a unit across documents: its jurisdiction spelled out
    and the full standard name (市发展改革委 in a 某某市 notice → 某某市发展和
    改革委员会).  A name
    that is ambiguous (文旅局) or unknown is returned as written, alias gone."""
    name = strip_alias(re.sub(r"\s+", "", name))[0]
    prefix, stem = _split_prefix(name, jurisdiction)
    if stem in vocab.load("abbreviations").get("ambiguous", {}):
        return prefix + stem
    # the longest known ending: 市政府国资委 → 政府国资委, 县农业农村局 → 农业农村局
    key = _key(stem)
    table = _full_by_key()
    for i in range(len(key)):
        full = table.get(key[i:])
        if full:
            return prefix + stem[: len(stem) - len(_tail_of(stem, key[i:]))] + full
    # 团县委 / 团市委: the Youth League's committee, the level inside its name
    # (共青团某县委员会); 团县委员会 would be no body's name
    m = re.fullmatch(r"团([市县区旗州])委", prefix + stem)
    if m:
        place = jurisdiction if jurisdiction.endswith(m.group(1)) else ""
        return f"共青团{place}委员会" if place else name
    if stem.endswith("委") and is_department(stem):
        return prefix + stem + "员会"
    return prefix + stem


def _tail_of(stem: str, key_tail: str) -> str:
    """The ending of ``stem`` whose key is ``key_tail``."""
    for j in range(len(stem)):
        if _key(stem[j:]) == key_tail:
            return stem[j:]
    return stem


def ambiguous(name: str, jurisdiction: str = "") -> list[str]:
    """The bodies a short name may stand for, when it may stand for several."""
    prefix, stem = _split_prefix(strip_alias(name)[0], jurisdiction)
    return [prefix + c for c in vocab.load("abbreviations").get("ambiguous", {}).get(stem, [])]
