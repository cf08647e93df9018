"""Leadership-division notices (领导同志工作分工): who holds which post and
answers for which fields and units.

A notice is a run of leader blocks.  A block opens with a header line, in any
of the layouts these notices use:

- ``范某：市政府市长、党组书记``      (name, colon, posts)
- ``副市长 林某：`` / ``常务副市长林某同志：``  (title before the name)
- ``林某 市政府副市长``              (name and post on one line)
- ``林某`` alone, posts on the next line

and goes on with duty sentences, read clause by clause on the verbs of
``vocab/verbs.yaml``: 负责/主持 (fields of work), 分管 / 分管和联系单位 /
增加分管 (units overseen), 协助分管 (units co-overseen), 联系 (bodies or
areas liaised with), 协助市长 / 协助某某同志工作 (the person assisted).
A change notice (``副市长周某同志，增加分管市体育局``) is a header and a
clause in one sentence.
"""
from __future__ import annotations

import re
from functools import lru_cache
from dataclasses import dataclass, field, replace

from .chars import HAN
from . import evidence, names, units, vocab
from .model import (ASSISTS, CO_OVERSEES, LIAISES, OVERSEES, RESPONSIBLE_FOR, Group, Membership,
                    Oversight, Post)
from .normalise import Normalised


@dataclass
class _Leader:
    name: str
    header: tuple[int, int]  # span of the header in the normalised text
    posts: list[tuple[str, int, int]] = field(default_factory=list)
    duties: list[tuple[int, int]] = field(default_factory=list)  # spans of duty text
    # cells of a table column headed by a cue (分管单位): (cue, start, end)
    cells: list[tuple[str, int, int]] = field(default_factory=list)
    # a label alone on its line over numbered items: (cue, items joined by 、, start, end)
    lists: list[tuple[str, str, int, int]] = field(default_factory=list)
    # duties moved to this leader (…，调整由某某同志分管): (verb, what, start, end)
    moved: list[tuple[str, str, int, int]] = field(default_factory=list)


# a posts line may be labelled: 职务：市委常委、副市长
_POSTS_LABEL = re.compile(r"^\s*(?:现任职务|职务|现任|职\s+务)\s*[：:]\s*")
_POST_SPLIT = re.compile(r"[、，,；\s]+")


def _posts_of(text: str) -> list[str]:
    """Posts split at 、，; a note (（挂职）, （兼）) and a leading 兼 are no part
    of a post: 副市长（挂职）, 兼市公安局局长 → 副市长, 市公安局局长."""
    text = re.sub(r"[（(][^（）()]{1,6}[）)]", "", text.strip("：:。 "))
    out = []
    for p in _POST_SPLIT.split(text):
        p = re.sub(r"^(?:兼任|兼)", "", p)
        # 副县长兼县公安局局长: two posts, 兼 between them as 、 would be
        parts = [q for q in re.split(r"兼任|兼", p) if q]
        out += parts if len(parts) > 1 and all(names.is_post(q) for q in parts) else [p] if p else []
    return out


def _all_posts(text: str) -> bool:
    ps = _posts_of(text)
    return bool(ps) and all(names.is_post(p) for p in ps)


@dataclass
class _Head:
    name: str
    posts: str  # the posts written in the header ('' when none)
    duties: int  # index in the line where duties written on it begin (-1: none)


# under 联系园区及企业： a park and the enterprises in it (某某产业园：甲公司、乙公司。)
_KEYED_ITEMS = re.compile(r"^\s*([^：:，。；、\s]{2,20}(?:园|园区|基地|片区|镇|乡|街道|社区|村))[：:]\s*([^：:]+?)[。；]?\s*$")


def _bare_units_line(line: str):
    """A line of units alone under a label (a web page's list items: 分管： /
    市审计局 / 市水利局、林业局): a match whose group 1 is the line's list."""
    m = re.fullmatch(r"\s*([^，。；：:\s（）()]{2,80}?)[；;。]?\s*", line)
    if not m or _cue_re().match(m.group(1)):  # 协助常务副市长分管…: a clause of its own
        return None
    found = units.items(m.group(1))
    # (a heading, 联系单位, names no unit)
    return m if found and all(units.is_body(it.text) and not it.text.endswith(("单位", "部门"))
                              for it in found) else None


# one numbered item of a list written one per line: （1）县财政局； / 2.县税务局
_ITEM_LINE = re.compile(r"^\s*(?:[（(]\d{1,2}[）)]|\d{1,2}[.、．])\s*([^，。；：\s]{2,40}?)[；;。，]?\s*$")


def _cells(line: str, lpos: int) -> list[tuple[str, int, int]]:
    """The tab-separated cells of a table row: (text, start, end)."""
    out, pos = [], lpos
    for cell in line.split("\t"):
        lead = len(cell) - len(cell.lstrip())
        out.append((cell.strip(), pos + lead, pos + lead + len(cell.strip())))
        pos += len(cell) + 1
    return out


def _field_kind(label: str) -> str:
    """'name', 'posts' or 'duties' for a field's label (姓名, 职务, 工作分工), else ''."""
    label = re.sub(r"\s+", "", label)
    return next((k for k, words in vocab.load("verbs")["table_columns"].items() if label in words), "")


def _table_columns(line: str) -> list[str] | None:
    """A division table's header row (姓名 职务 工作分工 分管单位 联系单位):
    per column 'name', 'posts', 'duties', a cue, or ''; None for any other line."""
    if "\t" not in line:
        return None
    kinds = vocab.load("verbs")["table_columns"]
    cols = []
    for cell in line.split("\t"):
        c = re.sub(r"\s+", "", cell)
        kind = next((k for k, words in kinds.items() if c in words), "")
        cue = re.sub(r"[（(）)]", "", c)  # 联系乡（镇） → 联系乡镇
        if not kind and cue not in _cue_table() and re.search(r"分管|联系|协管", c):
            kind = "duties"  # 分管单位和联系单位: its cells say which by their labels (分管：…；联系：…)
        cols.append(kind or (cue if cue in _cue_table() else ""))
    if "name" not in cols or not any(c not in ("", "name", "posts", "previous") for c in cols):
        return None
    return cols


def _bare_label(label: str) -> str:
    """A leader column's label without its level word or note: 分管县领导 →
    分管领导, 包村（社区）领导 → 包村领导."""
    label = re.sub(r"[（(][^（）()]*[）)]", "", re.sub(r"\s+", "", label))
    return re.sub(r"^(分管|协管|协助分管|联系|挂钩联系|挂钩|包村|包片|挂点|包联)"
                  r"(?:省|市|州|县|区|旗|盟|镇|乡)(领导)", r"\1\2", label)


def _unit_table_columns(line: str) -> list[str] | None:
    """A header row of a table keyed by the unit (部门（单位） 分管县领导 协管县领导):
    per column 'unit', a relation, or ''; None for any other line."""
    if "\t" not in line:
        return None
    spec = vocab.load("verbs")["unit_table"]
    cols = []
    for cell in line.split("\t"):
        c = re.sub(r"^序号", "", re.sub(r"\s+", "", cell))  # (序号 单位 run together in one cell)
        cols.append("unit" if c in spec["unit"] else spec["leaders"].get(_bare_label(c), ""))
    if cols.count("unit") != 1 or not any(c not in ("", "unit", "previous") for c in cols):
        return None
    return cols


# the legend of a table that marks who oversees what (注：“●”表示分管，“○”表示联系)
_LEGEND = re.compile(r"[“\"‘']?([●◎○■□▲△★☆√✓◆◇])[”\"’']?\s*(?:表示|代表|为)\s*([^，。；、\s“”]{2,6})")


def _legend(text: str) -> dict[str, str]:
    """mark → relation of a marks table's legend."""
    found = {}
    for m in _LEGEND.finditer(text):
        cue = m.group(2)
        if cue in _cue_table() and _cue_info(cue)["relation"] in (OVERSEES, CO_OVERSEES, LIAISES):
            found[m.group(1)] = _cue_info(cue)["relation"]
    return found


def _matrix_header(lines, i: int):
    """A table of units against leaders (部门（单位） | 甲 | 乙 | … over a row of
    their posts), its cells marked (●, ○): (unit column, column → leader,
    leader → posts, the index of its last header line), or None."""
    spec = vocab.load("verbs")["unit_table"]
    cells = lines[i][1].split("\t")
    unit_col = next((k for k, c in enumerate(cells) if re.sub(r"\s+", "", c) in spec["unit"]), None)
    if unit_col is None or i + 1 >= len(lines):
        return None
    row = lines[i + 1][1].split("\t")
    who = {k: re.sub(r"\s+", "", c) for k, c in enumerate(row) if k > unit_col and c.strip()}
    if len(who) < 2 or any(c.strip() for c in row[:unit_col + 1]) or not all(
            names.is_name(n) or names.is_listed_name(n) for n in who.values()):
        return None
    posts, last = {}, i + 1
    if i + 2 < len(lines):
        prow = lines[i + 2][1].split("\t")
        given = {k: c.strip() for k, c in enumerate(prow) if k in who and c.strip()}
        if given and all(_all_posts(p) for p in given.values()):
            posts = {who[k]: (p, lines[i + 2][0]) for k, p in given.items()}
            last = i + 2
    return unit_col, who, posts, last


def _matrix_row(matrix, legend: dict, line: str, lpos: int, reader) -> bool:
    unit_col, who, _, _ = matrix
    cells = line.split("\t")
    if len(cells) <= unit_col:
        return False
    unit = re.sub(r"\s+", "", cells[unit_col]).strip('"')
    if not units.is_body(unit):
        return False
    for k, c in enumerate(cells):
        rel = legend.get(c.strip())
        if k in who and rel:
            reader.leader(who[k], (lpos, lpos + len(line)))
            reader.add(who[k], rel, unit, "unit", lpos, lpos + len(line))
    return True


_UNIT_LEADERS = re.compile(r"^\s*\d{1,3}[.、．]\s*(.+)[（(]([^（）()]+)[）)]\s*[；;。]?\s*$")
_REL_WORD = {"分管": OVERSEES, "协管": CO_OVERSEES, "联系": LIAISES}


def _unit_leaders_item(line: str, lpos: int, rel: str, reader) -> bool:
    """1.县财政局、统计局（常务副县长某某） / 5.县应急管理局（甲分管，乙协管）: the
    leaders in the closing bracket answer for the units before it."""
    m = _UNIT_LEADERS.match(line)
    if not m:
        return False
    listed = [it.text for it in units.items(m.group(1), places=reader.places)]
    if not listed or not all(units.is_body(u) for u in listed):
        return False
    done = False
    for part in re.split(r"[，,；;]", m.group(2)):
        part, this = part.strip(), rel
        word = re.search(r"(分管|协管|联系)$", part)
        if word:
            part, this = part[:word.start()], _REL_WORD[word.group(1)]
        tn = names.split_title_name(part)
        if tn:
            title, who = tn
        elif names.is_title(part):  # （县长）: the post says who
            title, who = part, reader.resolve(part)
        else:
            title, who = "", names.strip_comrade(part)
            if not (names.is_name(who) or names.is_listed_name(who)):
                continue
        if not who:
            continue
        leader = reader.leader(who, (lpos, lpos + len(line)))
        have = {p for p, _, _ in leader.posts}
        leader.posts.extend((p, lpos, lpos + len(line)) for p in _posts_of(title) if p not in have)
        for u in listed:
            reader.add(who, this, u, "unit", lpos, lpos + len(line))
        done = True
    return done


def _leader_column(line: str) -> int | None:
    """The column of a task or project table's header (项目名称 | 联系市领导 | 牵头
    单位) that names each row's leader; None for any other line."""
    cells = [re.sub(r"\s+", "", c) for c in line.split("\t")]
    labels, task_words = _task_table_words()
    col = next((k for k, c in enumerate(cells) if c in labels), None)
    return col if col is not None and any(c in task_words for c in cells) else None


@lru_cache(maxsize=1)
def _task_table_words() -> tuple[frozenset, frozenset]:
    # (looked up for every tab-separated line of a notice: made once)
    return (frozenset(vocab.words("verbs", "task_leader_labels")),
            frozenset(w for ws in vocab.load("verbs")["task_columns"].values() for w in ws))


def _leader_cell(line: str, lpos: int, col: int, reader) -> bool:
    """A row's leader cell (市委常委、常务副市长 某某；副市长 某某): the posts of
    each leader named; the row gives no oversight.  False if none is named."""
    cells = _cells(line, lpos)
    if col >= len(cells) or not cells[col][0]:
        return False
    text, s, e = cells[col]
    done = False
    for part in re.split(r"[；;]", text):
        part = part.strip()
        tn = names.split_title_name(part) if part else None
        if not tn:
            continue
        leader = reader.leader(tn[1], (s, e))
        have = {p for p, _, _ in leader.posts}
        leader.posts.extend((p, s, e) for p in _posts_of(tn[0]) if p not in have)
        done = True
    return done


def _unit_table_row(cols, line: str, lpos: int, reader, above: dict | None = None) -> bool:
    """One row of a table keyed by the unit: each leader in its relation
    columns answers for the row's unit.  False if the line is no such row.
    ``above``: each column's last cell, for a cell that repeats it (〃, 同上)."""
    if "\t" not in line:
        return False
    cells = _cells(line, lpos)
    by_col = dict(zip(cols, cells))
    unit = by_col.get("unit")
    spec = vocab.load("verbs")["unit_table"]
    name = re.sub(r"^\d{1,3}\s*", "", unit[0].replace(" ", "")) if unit else ""  # (its row number before it)
    if not unit or not (units.is_body(name) or name.endswith(tuple(spec["places"]))):
        return False
    above = {} if above is None else above
    previous = next((text for rel, (text, _, _) in zip(cols, cells) if rel == "previous"), "")
    unchanged = set(vocab.words("verbs", "unchanged_cells"))
    for k, (rel, (text, s, e)) in enumerate(zip(cols, cells)):
        if text.strip() in spec["ditto"] and k in above:
            text = above[k]  # the cell above, written again
        elif text.strip():
            above[k] = text
        if rel in ("", "unit", "previous") or not text.strip():
            continue
        if text.strip() in unchanged:
            text = previous  # 不变: the leader of the old column still answers for it
        _leaders_in(text, rel, name, s, e, lpos, lpos + len(line), reader)
    above["_row"] = (cols, name, lpos, line)
    return True


def _leaders_in(text: str, rel: str, unit: str, s: int, e: int, rs: int, re_: int, reader) -> None:
    """Each leader named in a cell (甲、乙（协助）) answers for ``unit``; one
    marked （协助） co-oversees it."""
    for who in re.split(r"[、，,；\s]+", text.strip()):
        this = rel
        if re.search(r"[（(]协助[）)]$", who):
            who, this = re.sub(r"[（(]协助[）)]$", "", who), CO_OVERSEES if rel == OVERSEES else rel
        who = names.strip_comrade(who)
        if not (names.is_name(who) or names.is_name(who, known_surname=False) or names.is_long_name(who)):
            continue
        reader.leader(who, (s, e))
        reader.add(who, this, unit, "unit", rs, re_)


# the cells of a row whose cells carry their labels: each label starts one
# (the wide gaps between them are one space once normalised)
_LABEL_AHEAD = re.compile(r"[ \t]+(?=[^\s：:，。；、（）()]{2,12}[：:])")
_LABELLED_CELL = re.compile(r"([^\s：:]{2,12}?)[：:]\s*(\S.*)")
# a heading naming the head of the area whose rows follow: （一）东片（片区长：某某）
_AREA_HEAD = re.compile(r"[（(]([^（）()：:\s]{2,6})[：:]\s*([^（）()：:，,、\s]{2,12})[）)]\s*$")


def _label_cells(line: str, lpos: int) -> list[tuple[str, int, int]]:
    cells, start = [], 0
    for m in [*_LABEL_AHEAD.finditer(line), None]:
        end = m.start() if m else len(line)
        text = line[start:end]
        if text.strip():
            lead = len(text) - len(text.lstrip())
            cells.append((text.strip(), lpos + start + lead, lpos + start + lead + len(text.strip())))
        start = m.end() if m else len(line)
    return cells


# places first, the leaders who liaise with them after the colon (柘溪镇、龙门乡：某某)
_PLACE = r"[" + HAN + r"]{1,10}?(?:镇|乡|街道|苏木|社区|村|市|县|区|自治州|州|自治县|旗|盟)"
# (or after a dash: 城关镇、县经济开发区——某某)
_PLACES_LEADERS = re.compile(r"^\s*(" + _PLACE + r"(?:[、，,]" + _PLACE + r")*)(?:[：:]|——|—|－－|--)\s*"
                             r"([^：:。；—]{2,40}?)[。；]?\s*$")


def _places_then_leaders(line: str, lpos: int, reader) -> bool:
    """城关镇：某某 / 柘溪镇、龙门乡：甲、乙: each leader named (one already
    read) liaises with each place.  False if the line is no such row."""
    m = _PLACES_LEADERS.match(line)
    if not m:
        return False
    known = {l.name for l in reader.leaders}
    who = [names.strip_comrade(w.strip()) for w in re.split(r"[、，,]", m.group(2))]
    if not who or not all(w in known for w in who):
        return False
    for w in who:
        for place in re.split(r"[、，,]", m.group(1)):
            reader.add(w, LIAISES, place.strip(), "unit", lpos, lpos + len(line))
    return True


def _leader_named(who: str, reader) -> bool:
    """Does ``who`` read as a leader's name in a place row (a name, whatever
    its surname, a name the list of names holds, or a leader already read)?"""
    return names.is_name(who, known_surname=False) or names.is_listed_name(who) \
        or any(l.name == who for l in reader.leaders)


def _area_head(line: str, reader) -> tuple[str, str] | None:
    """(leader, relation) of a heading over place rows (（一）东片（片区长：某某）)."""
    m = _AREA_HEAD.search(line)
    rel = vocab.load("verbs")["unit_table"]["area_heads"].get(m.group(1)) if m else None
    if not rel:
        return None
    who = names.strip_comrade(m.group(2))
    if not _leader_named(who, reader):
        return None
    return who, rel


def _labelled_unit_row(line: str, lpos: int, reader, area_heads) -> bool:
    """甲村　　包村领导：某某、某某（重点村）　　包村干部：…: each leader under a
    leader label (and the head of the area above) answers for the row's place
    or unit.  False if the line is no such row."""
    cells = _label_cells(line, lpos)
    if len(cells) < 2:
        return False
    spec = vocab.load("verbs")["unit_table"]
    key = cells[0][0].replace(" ", "")
    if not (units.is_body(key) or key.endswith(tuple(spec["places"]))) or len(key) > 30:
        return False
    found = []
    for text, s, e in cells[1:]:
        m = _LABELLED_CELL.fullmatch(text)
        rel = spec["leaders"].get(_bare_label(m.group(1))) if m else None
        if rel:
            found.append((rel, m.group(2), s, e))
    if not found:
        return False
    span = (lpos, lpos + len(line))
    for rel, value, s, e in found:
        value = re.sub(r"[（(][^（）()]*[）)]", "", value)  # a note (重点帮扶村) names no one
        for who in re.split(r"[、，,；;]", value):
            who = names.strip_comrade(who.strip())
            if _leader_named(who, reader):
                reader.leader(who, (s, e))
                reader.add(who, rel, key, "unit", *span)
    for who, rel in area_heads:
        reader.add(who, rel, key, "unit", *span)
    return True


# 联村领导：某某（甲村、乙村）、某某（丙村）: each leader, the places in his bracket
_LEADERS_PLACES = re.compile(r"^\s*([^\s：:，。；、（）()]{2,10})[：:]\s*((?:[^\s：:，。；、（）()]{2,12}[（(][^（）()]+[）)][、，,]?\s*)+)[。；;]?\s*$")
_LEADER_PLACES = re.compile(r"([^\s：:，。；、（）()]{2,12})[（(]([^（）()]+)[）)]")


def _leaders_with_places(line: str, lpos: int, reader, area_heads) -> bool:
    """联村领导：某某（甲村、乙村）、某某（丙村）: each leader under a leader
    label answers for the places in his bracket (and the head of the area
    above, for all of them).  False if the line is no such row: a label that
    names no leader (农村工作指导员), a bracket holding anything but places."""
    m = _LEADERS_PLACES.match(line)
    if not m:
        return False
    spec = vocab.load("verbs")["unit_table"]
    rel = spec["leaders"].get(_bare_label(m.group(1)))
    if not rel:
        return False
    rows = []
    for who, inside in _LEADER_PLACES.findall(m.group(2)):
        who = names.strip_comrade(who)
        places = [p.strip() for p in re.split(r"[、，,]", inside) if p.strip()]
        if not _leader_named(who, reader):
            return False
        if not places or not all(p.endswith(tuple(spec["places"])) for p in places):
            return False
        rows.append((who, places))
    span = (lpos, lpos + len(line))
    for who, places in rows:
        reader.leader(who, span)
        for place in places:
            reader.add(who, rel, place, "unit", *span)
            for head, head_rel in area_heads:
                reader.add(head, head_rel, place, "unit", *span)
    return True


# 原分工：… / 调整后：… — a change notice's pair of lines for one leader
_BEFORE = re.compile(r"^\s*(?:原分工|调整前|原工作分工)[：:]\s*")
_AFTER = re.compile(r"^\s*(?:调整后|现分工|调整为)[：:]\s*")

# 协助：市政府副秘书长某某，联系甲局、乙局；/ 市政府副秘书长某某，联系… — the
# officials who assist the leader of the block, each with the bodies he
# himself liaises with (a deputy secretary-general under a vice-mayor)
_ASSISTANT_LABEL = re.compile(r"^\s*协助[：:]\s*")
_ASSISTANT = re.compile(r"^([^，,；;。：:]{3,30}?)(?:[，,]\s*联系([^；;。]+))?[；;。]?$")


def _assistants(line: str, lpos: int, current, reader, continued: bool) -> bool:
    """Read a line of a block's assistants; False if the line is none."""
    label = _ASSISTANT_LABEL.match(line)
    if not label and not continued:
        return False
    body = line[label.end():] if label else line.lstrip()
    at = lpos + len(line) - len(body)
    found = []
    for part in re.split(r"(?<=[；;])", body):
        if not part.strip():
            continue
        m = _ASSISTANT.match(part.strip())
        tn = names.split_title_name(m.group(1).strip()) if m else None
        if not tn:
            return False
        found.append((tn, m.group(2) or ""))
    if not found:
        return False
    span = (at, lpos + len(line))
    for (title, who), liaised in found:
        helper = reader.leader(who, span)
        have = {p for p, _, _ in helper.posts}
        helper.posts.extend((p, *span) for p in _posts_of(title) if p not in have)
        reader.add(who, ASSISTS, current.name, "person", *span)
        for it in reader.items(liaised.strip()):
            reader.add(who, LIAISES, it.text, "unit", *span)
    return True


def _table_row(cols, line: str, lpos: int) -> _Leader | None:
    """One leader's row of a division table, read by its header's columns."""
    cells = _cells(line, lpos)
    if len(cells) <= cols.index("name"):
        return None
    name_cell, ns, ne = cells[cols.index("name")]
    name = names.strip_comrade(name_cell.replace(" ", ""))
    cell_posts = ""
    two = name_cell.split(None, 1)
    # a name cell holding the posts below the name (应某<br>县委副书记、县长)
    if not names.is_name(name, known_surname=False) and len(two) == 2 and _all_posts(two[1]):
        name, cell_posts = names.strip_comrade(two[0]), two[1]
    if not (names.is_name(name) or names.is_name(name, known_surname=False)):
        return None
    leader = _Leader(name, (lpos, lpos + len(line)))
    if cell_posts and "posts" not in cols:
        leader.posts.extend((p, ns, ne) for p in _posts_of(cell_posts))
    by_kind = {kind: cell for kind, cell in zip(cols, cells)}
    unchanged = vocab.load("verbs")["unchanged_cells"]
    if "previous" in by_kind and by_kind.get("duties", ("",))[0].rstrip("。") in unchanged:
        # 不变: the division before the change stands, and is what the row states
        cols = ["duties" if k == "previous" else ("" if k == "duties" else k) for k in cols]
    for kind, (text, s, e) in zip(cols, cells):
        if not text or kind in ("", "name", "previous"):
            continue
        if kind == "posts":
            leader.posts.extend((p, s, e) for p in _posts_of(text))
        elif kind == "duties" and _cue_re().match(text):
            leader.duties.append((s, e))
        elif kind == "duties":  # fields alone (审计、机构编制): what the leader is responsible for
            leader.cells.append(("负责", s, e))
        else:
            leader.cells.append((kind, s, e))
    return leader


# a name, perhaps a bracketed note, then its bio: sex or a birth month
_BIO = re.compile(r"([^\s，。；：（）]{2,4}?)(?:[（(][^（）()]{1,20}[）)])?[，,]\s*"
                  r"(?=(?:男|女)[，,]|(?:[^，。]{0,12}[，,])?(?:19|20)\d{2}年\d{1,2}月(?:出)?生)"
                  r"|([^\s，。；：（）]{2,4}?)[（(](?:男|女)[^（）()]{0,20}[）)][，,]")
# notes on a person, not posts, in the bracket after a name (女, 挂职, 正处级)
_PERSON_NOTES = r"女|男|挂职|兼职|兼|援藏|援疆|正处级|副处级|正科级|副科级|新任|新提任|[^\s，,（）]{1,3}族"
_NAME_NOTE = re.compile(r"(\S{2,4}?(?:同志)?)[（(]([^（）()]{1,30})[）)](?=\s*[：:])")


# a name as a head writes it: two to four characters, or a transliterated name
# whose parts a middle dot joins (麦某·吾某)
_NAME_SHAPE = r"\S{2,4}?|" + names.DOTTED


def _header(line: str) -> _Head | None:
    """The leader a line opens a block for, in any of the header layouts."""
    s = line.rstrip()
    # (an explainer's answer, 答：市长某某同志主持…, is read as the line it answers with)
    body = re.sub(r"^\s*(?:[一二三四五六七八九十]+、|\d+[、．.]|[（(][一二三四五六七八九十\d]+[）)]|答[：:])\s*", "", s)
    skip = len(s) - len(body)
    # (副县长　某某同志（新任）: a note on the head, after the name)
    body = re.sub(r"(?<=同志)[（(](?:" + _PERSON_NOTES + r")[）)]\s*$", "", body)
    # 姓名：某某　职务：区委副书记、区长 — a form's two fields
    form = re.match(r"姓\s*名[：:]\s*(\S{2,8}?)\s*职\s*务[：:]\s*(\S.*?)\s*$", body)
    if form:
        who = names.strip_comrade(form.group(1))
        if (names.is_name(who) or names.is_name(who, known_surname=False)) and _all_posts(form.group(2)):
            return _Head(who, form.group(2), -1)
    # 负责领导：县长　某某 — a sector's leader, named under a label (a notice by sector)
    led = re.match(r"(?:负责领导|牵头领导|责任领导)[：:]\s*", body)
    if led:
        tn = names.split_title_name(body[led.end():].strip())
        if tn:
            return _Head(tn[1], tn[0], -1)
    # the name in brackets, the posts after it (【某某】市委常委、副市长; 【】 is
    # 〔〕 once normalised): read as NAME：POSTS, the line keeping its length
    br = re.match(r"〔([^〔〕\s]{2,6})〕(?=\S)", body)
    if br and (names.is_name(br.group(1)) or names.is_name(br.group(1), known_surname=False)):
        body = " " + br.group(1) + "：" + body[br.end():]
    # the posts in brackets, the name after them (【县委副书记、县长】某某)
    pb = re.fullmatch(r"〔([^〔〕]{2,40})〕\s*(\S{2,8})", body.strip())
    if pb and _all_posts(pb.group(1)):
        who = names.strip_comrade(pb.group(2))
        if names.is_name(who) or names.is_listed_name(who):
            return _Head(who, pb.group(1), -1)
    # the posts, then the name in brackets (党组成员、副局长（挂职）（某某）), a note
    # on the posts between them
    pn = re.fullmatch(r"([^（）()：:]{2,60}?)(?:[（(][^（）()]{1,6}[）)])?[（(]([^（）()]{2,8})[）)]", body.strip())
    if pn:
        who = names.strip_comrade(pn.group(2))
        posts = pn.group(1).replace("，", "、").replace(",", "、")
        if (names.is_name(who) or names.is_listed_name(who)) and _all_posts(posts):
            return _Head(who, posts, -1)
    # a note after the name (王某（女）：, 李某（挂职，2025年1月至2026年12月）：)
    # is blanked out, keeping the line's length; a bracket of posts stays
    note = _NAME_NOTE.match(body)
    if note and not _all_posts(note.group(2)):
        # (某某（女，乡党委副书记）, 某某（副乡长，挂职）: the notes go, the posts stay,
        # each note blanked where it stood)
        kept = re.sub(r"(?:^|(?<=[，,]))(?:" + _PERSON_NOTES + r")(?:[，,]|$)",
                      lambda m: " " * len(m.group(0)), note.group(2))
        if kept.strip(" ，,") and kept != note.group(2) and _all_posts(kept.strip(" ，,")):
            body = body[:note.start(2)] + kept + body[note.end(2):]
            note = None
    if note and names.is_name(names.strip_comrade(note.group(1)), known_surname=False) \
            and not _all_posts(note.group(2)):
        body = note.group(1) + " " * (note.end() - note.end(1)) + body[note.end():]
    # 某某同志，现任县委常委、常务副县长，负责… / 某某同志任市长，主持…
    xr = re.match(r"([^\s，。；：（）]{2,4}?)同志[，,]?\s*(?:现任|任|系|担任)([^，。；]{2,60}?)[，,。；]", body)
    if xr and (names.is_name(xr.group(1)) or names.is_name(xr.group(1), known_surname=False)) \
            and _all_posts(xr.group(2)):
        return _Head(xr.group(1), xr.group(2), skip + xr.end())
    # NAME，POSTS。duties — the posts apart by 、 or ， (甲，副市长，市公安局局长。负责…)
    nc = re.match(r"(" + _NAME_SHAPE + r")[，,]\s*([^。；：:]{2,60}?)。", body)
    if nc and (names.is_name(nc.group(1)) or names.is_name(nc.group(1), known_surname=False)) \
            and _all_posts(nc.group(2)):
        return _Head(nc.group(1), nc.group(2).replace("，", "、").replace(",", "、"),
                     skip + nc.end() if body[nc.end():].strip() else -1)
    # a short bio before the duties: 王某，男，1975年5月生，…，区委常委、常务副区长。负责…
    bio = _BIO.match(body)
    who = (bio.group(1) or bio.group(2)) if bio else ""
    if bio and (names.is_name(who) or names.is_name(who, known_surname=False)):
        dot = body.find("。", bio.end())
        if dot != -1:
            posts = re.split(r"[，,]", body[:dot])[-1]
            if _all_posts(posts):
                return _Head(who, posts, skip + dot + 1 if body[dot + 1:].strip() else -1)
    # NAME：POSTS  /  TITLE NAME：duties  /  NAME同志：
    # (a bracket in the head may hold a comma: 某某（副省长，兼省公安厅厅长）：)
    m = re.match(r"((?:[^：:，。；（(]|[（(][^（）()：:]*[）)]){2,40}?)\s*[：:]\s*", body)
    if m:
        head, rest = m.group(1).strip(), body[m.end():]
        at = skip + m.end()
        # NAME（POSTS）：duties
        nb = re.fullmatch(r"(" + _NAME_SHAPE + r")(?:同志)?\s*[（(]([^（）()]+)[）)]", head)
        if nb and names.is_name(nb.group(1)) and _all_posts(nb.group(2)):
            return _Head(nb.group(1), nb.group(2), at if rest.strip() else -1)
        who = names.strip_comrade(head.replace(" ", ""))
        first = re.split(r"[。；]", rest, 1)[0]
        if names.is_name(who) or (names.is_name(who, known_surname=False) and rest.strip()
                                  and _all_posts(first)):
            if not rest.strip():
                return _Head(who, "", -1)
            if _all_posts(first):
                after = rest[len(first):].lstrip("。；")
                return _Head(who, first, at + len(rest) - len(after) if after.strip() else -1)
            return _Head(who, "", at)
        tn = names.split_title_name(head)
        if tn:
            return _Head(tn[1], tn[0], at if rest.strip() else -1)
        nt = names.split_name_title(head)
        if nt:
            return _Head(nt[0], nt[1], at if rest.strip() else -1)
        # POSTS：NAME (副市长：王某)
        rest_name = names.strip_comrade(rest.strip().replace(" ", ""))
        if _all_posts(head) and (names.is_name(rest_name) or names.is_name(rest_name, known_surname=False)):
            return _Head(rest_name, head, -1)
        # a post instead of a name (常务副市长：负责…): the post is who answers
        post = re.sub(r"[（(][^（）()]{1,6}[）)]", "", head.replace(" ", ""))
        if names.is_title(post) and len(post) <= 12 and _cue_re().match(rest.strip()):
            return _Head(post, post, at)
        return None
    # prose: 市长赵某主持市政府全面工作… / 张某副市长主要负责…
    for m in _cue_any().finditer(body, 0, 24):
        if m.start() < 2:
            continue
        if body.startswith("的", m.end()):
            break  # 某某同志联系的重点项目待…: a relative clause names, no head opens here
        # (区长某某同志，直接分管…: the adverb and the comma are no part of the head)
        head = re.sub(r"[，,]?\s*(?:直接|并|同时|另)*$", "", body[:m.start()]).rstrip("，, ")
        tn = names.split_title_name(head)
        if not tn and re.search(r"[，,]", head):
            # (会议明确，市长某某领导…: a lead-in clause before the title and name)
            tn = names.split_title_name(re.split(r"[，,]", head)[-1])
            if tn:
                return _Head(tn[1], tn[0], skip + m.start())
        nt = None if tn else names.split_name_title(head)
        if tn:
            return _Head(tn[1], tn[0], skip + m.start())
        if nt:
            return _Head(nt[0], nt[1], skip + m.start())
        # 某某同志负责…: 同志 says a name stands here, whatever its surname
        if head.endswith("同志") and names.is_name(head[:-2], known_surname=False):
            return _Head(head[:-2], "", skip + m.start())
        break
    # a table row flattened to one line: NAME  POSTS  DUTIES (姓名 职务 分工)
    cells = body.split()
    if len(cells) >= 3 and names.is_name(names.strip_comrade(cells[0])) and _all_posts(cells[1]) \
            and _cue_re().match(cells[2]):
        return _Head(names.strip_comrade(cells[0]), cells[1], skip + body.index(cells[2], len(cells[0])))
    if len(body) > 40:
        return None
    # NAME（POSTS）: 鲁某同志（区委常委、副区长）
    m = re.fullmatch(r"(" + _NAME_SHAPE + r")(?:同志)?[（(]([^（）()]+)[）)]", body.strip())
    if m and names.is_name(m.group(1)) and _all_posts(m.group(2)):
        return _Head(m.group(1), m.group(2), -1)
    # NAME POSTS on one line (a note after the name, 某某（挂职）, no part of either)
    m = re.fullmatch(r"(\S{2,4}?)(?:同志)?(?:[（(][^（）()]{1,6}[）)])?\s+(\S.*)", body)
    if m and (names.is_name(m.group(1)) or names.is_name(m.group(1), known_surname=False)) \
            and _all_posts(m.group(2)):
        return _Head(m.group(1), m.group(2), -1)
    # POSTS（兼POST）　NAME: a post held besides, in a bracket before the name
    pj = re.fullmatch(r"([^（）()\s]{2,40})[（(]兼(?:任)?([^（）()]{2,30})[）)]\s*(\S{2,4})(?:同志)?", body.strip())
    if pj and (names.is_name(pj.group(3)) or names.is_name(pj.group(3), known_surname=False)) \
            and _all_posts(pj.group(1)) and _all_posts(pj.group(2)):
        return _Head(pj.group(3), pj.group(1) + "、" + pj.group(2), -1)
    # TITLE NAME on one line, no colon
    # (一、党工委书记某某同志: run together, when 同志 or a number marks the head)
    tn = names.split_title_name(body)
    if tn and (re.search(r"\s", body.strip()) or body.rstrip().endswith("同志") or skip):
        return _Head(tn[1], tn[0], -1)
    # NAME and POSTS run together, nothing between (a web page's two spans:
    # 顾某某市委副书记、市长)
    if not re.search(r"[，。；：:\s]", body.strip()):
        nt = names.split_name_title(body.strip())
        if nt and _all_posts(nt[1]):
            return _Head(nt[0], nt[1], -1)
    # a name alone on its line
    who = names.strip_comrade(body.strip())
    if names.is_name(who) and len(body.strip()) <= 6:
        return _Head(who, "", -1)
    return None


@lru_cache(maxsize=1)
def _cues() -> tuple:
    return tuple(sorted(vocab.load("verbs")["division_cues"], key=lambda c: -len(c["cue"])))


@lru_cache(maxsize=1)
def _cue_table() -> dict:
    return {c["cue"]: c for c in _cues()}


def _cue_alt(cue: dict) -> str:
    """A cue as a pattern: its words, not before a word that makes it a noun
    (``not_before``: 领导 but not 领导干部)."""
    alt = re.escape(cue["cue"])
    if cue.get("not_before"):
        alt += "(?!" + "|".join(map(re.escape, cue["not_before"])) + ")"
    return alt


@lru_cache(maxsize=1)
def _cue_re():
    """A cue at the start of a clause (after punctuation, a space or a closing
    bracket), with the adverbs that may stand before it."""
    alts = "|".join(_cue_alt(c) for c in _cues())
    # a numbered duty line (1.主持…, ①负责…) starts a clause after its number
    return re.compile(r"(?:^|(?<=[，、,：:；。\s）).．\d]))(?:并|同时|还|兼|另|主要|具体|重点|此外|另外|并且|改为|调整为|直接)*("
                      + alts + ")")


@lru_cache(maxsize=1)
def _cue_any():
    """A cue anywhere (for a header run into its first duty: 市长赵某主持…)."""
    alts = "|".join(_cue_alt(c) for c in _cues())
    return re.compile(r"(?:主要|具体|同时)?(?:" + alts + ")")


def _cue_info(cue: str) -> dict:
    return _cue_table()[cue]


class _Reader:
    """Reads the duty sentences of one notice into facts."""

    def __init__(self, norm: Normalised, source: str, jurisdiction: str):
        self.norm, self.source, self.jurisdiction = norm, source, jurisdiction
        self.places = units.places(jurisdiction)
        self.facts: list[Oversight] = []
        self.leaders: list[_Leader] = []
        # (leader, relation, what) a change notice takes from his division (不再分管…)
        self.removed: list[tuple[str, str, str]] = []
        # post → (its one holder, …) as the lists of leaders give them (_holders)
        self.holders: dict[str, tuple] = {}
        self.carry: dict[str, str] = {}  # leader → the cue a span ended on (联系市（州）：)
        self.carry_list: dict[str, str] = {}  # leader → the label of the list a span ended with
        self.groups: dict[str, Group] = {}  # bodies a leader holds a role in (group_roles)
        self.members: list[Membership] = []
        # the notice's way with prefixes: lists seen opening with a bare body
        # (审计局、…) and with a prefixed one (市审计局、…)
        self.bare_lists = self.prefixed_lists = 0

    def items(self, text: str) -> list:
        """The units of a list, a prefix carried over unless the notice writes
        its units without prefixes (more of its lists so far opening bare than
        prefixed: 市政府办公室、民政局 is then 民政局, 市政府 being an organ's
        name, no prefix)."""
        bare = units.opens_bare(text, self.places)
        if bare is not None:
            self.bare_lists += bare
            self.prefixed_lists += not bare
        # (a list that writes its own prefix, 县发展和改革局、财政局, carries it whatever the rest do)
        carry = bare is False or self.bare_lists <= self.prefixed_lists
        return units.items(text, places=self.places, carry=carry)

    def leader(self, name: str, span: tuple[int, int]) -> "_Leader":
        """The leader of that name, made (with ``span`` as its head) if new."""
        found = next((l for l in self.leaders if l.name == name), None)
        if found is None:
            found = _Leader(name, span)
            self.leaders.append(found)
        return found

    # --- references to people -------------------------------------------------
    def resolve(self, ref: str) -> str:
        """市长 / 常务副市长 / 万某同志 → the leader's name ('' if unknown)."""
        ref = names.strip_comrade(ref)
        if names.is_name(ref) and any(l.name == ref for l in self.leaders):
            return ref
        if names.is_name(ref):
            return ref
        for l in self.leaders:
            for p, _, _ in l.posts:
                if p.endswith(ref) and not (ref.endswith("长") and p.endswith("副" + ref) and not ref.startswith("副")):
                    return l.name
        # (a post only a list of the leaders binds to a name, an annex 名单 after the notice)
        holder = self.holders.get(ref)
        if holder:
            return holder[0]
        return self._by_surname(ref)

    def _by_surname(self, ref: str) -> str:
        """韦县长, 蒙常务副县长: the one leader of that surname holding that post
        (韦丽娟副县长: the leader so named)."""
        known = {l.name for l in self.leaders}
        for n in (4, 3, 2):
            if ref[:n] in known and names.is_post(ref[n:]):
                return ref[:n]
        single, compound = vocab.surnames()
        for n in (2, 1):
            surname, post = ref[:n], ref[n:]
            if not post or surname not in (compound if n == 2 else single) or not names.is_post(post):
                continue
            found = {l.name for l in self.leaders if l.name.startswith(surname) and any(
                p.endswith(post) and not (post.endswith("长") and p.endswith("副" + post) and not post.startswith("副"))
                for p, _, _ in l.posts)}
            if len(found) == 1:
                return found.pop()
        return ""

    def add(self, official, relation, target, kind, start, end):
        target = target.strip(" ：:，,。、")
        if not target or target in ("工作", "有关工作", "日常工作") and kind == "area":
            return
        ev = evidence.make(self.norm, self.source, start, end)
        self.facts.append(Oversight(official, relation, target, kind, ev))

    # --- one clause -------------------------------------------------------------
    def clause(self, who: str, cue: str, obj: str, ostart: int, cstart: int, cend: int):
        info = _cue_info(cue)
        rel = info["relation"]
        if rel in ("drop", "none"):  # 不再分管…: what a leader no longer does is no fact
            return
        if rel == "group_roles":  # 议事协调机构兼职：县安委会主任、…
            return self.group_roles(who, obj, cstart, cend)
        if rel == "post":  # 兼任市公安局局长
            leader = next((l for l in self.leaders if l.name == who), None)
            post = obj.strip().rstrip("。；，")
            if leader is not None and names.is_post(post):
                leader.posts.append((post, cstart, cend))
            return
        if obj.startswith("的") and not cue.endswith(("单位", "部门")):
            return  # 某某同志代管的市某局，…: a relative clause names, it does not assign
        obj = obj.lstrip("：: \t")  # 分管：… / a table's category cell, then its content cell
        if rel == ASSISTS:  # 协助镇长分管：镇财政所 — the colon after the verb is a label's
            obj = re.sub(r"^(\S{1,12}?(?:分管|负责|联系))[：:]\s*", r"\1", obj)
        else:
            # 联系市（州）：甲市、乙州 / 联系省属国有企业：…: a label of what kind is listed
            obj = re.sub(r"^[^：:，。；、\s]{1,10}[：:]\s*", "", obj)
        if obj.rstrip("。；， ").strip("（）()") in ("无", "暂无", "—", "-", "／", "/"):
            return  # 联系单位：无 — nothing is liaised with
        ostart_adj = cend - len(obj.rstrip("，,、。；"))
        obj = obj.rstrip("，,、。；")
        if not obj:
            return
        if rel == ASSISTS:
            return self.assist(who, obj, ostart_adj, cstart, cend)
        liaison = re.fullmatch(r"\s*与(.{2,80}?)(?:的工作|的)?联系(?:工作)?[。；，]?\s*", obj) if rel == RESPONSIBLE_FOR else None
        if liaison:  # 负责与市人大常委会、市政协联系: the bodies are liaised with
            for it in self.items(liaison.group(1)):
                self.add(who, LIAISES, it.text, "body" if units.is_body(it.text) else "area", cstart, cend)
            return
        if cue == "协调":
            # 协调省法院、省检察院工作: bodies he coordinates are bodies he liaises
            # with (…与省政府办公厅的工作联系: the other party is none of them)
            bodies = re.sub(r"(?:与[^，。；]{2,20}?的工作联系|的?工作)$", "", obj)
            found = [it.text for it in self.items(bodies)]
            if found and all(units.is_body(u) or units.bare_prefix(u) or units.names_place(u, self.places)
                             for u in found):
                for u in found:
                    self.add(who, LIAISES, u, "unit", cstart, cend)
                return
        obj = units.strip_list_tail(obj)
        if info.get("inner"):  # 东片区（甲村、乙村）: what the bracket lists
            inner = re.search(r"（([^（）]+)）", obj)
            obj = inner.group(1) if inner else obj
        if info.get("list_of") == "units":
            # 分管和联系单位：… are overseen; 联系单位：… are liaised with
            for it in self.items(obj):
                if it.text.startswith(("暂不", "暂无", "不再", "无")):
                    continue  # 暂不安排联系企业: nothing is liaised with
                # (县人武部（联系）: the unit's own mark says its relation, whatever the label)
                marked = vocab.load("verbs")["item_marks"].get(it.mark, "")
                self.add(who, marked or rel, it.text, "unit", cstart, cend)
            return
        if info.get("verb_in_field") and obj.endswith("工作") and not all(
                units.is_body(it.text) for it in self.items(units.strip_field_tail(obj, True))):
            # 负责联系服务专家人才工作: a field of work named with the verb
            return self.objects(who, RESPONSIBLE_FOR, cue[len("负责"):] + obj, cstart, cend)
        if rel == LIAISES:
            # 联系…工作: the 工作 is never part of what is liaised with
            obj2 = units.strip_field_tail(obj, True)
            for it in self.items(obj2):
                if it.text.startswith(("暂不", "暂无", "不再")):
                    continue
                self.add(who, LIAISES, it.text, "body" if units.is_body(it.text) else "area", cstart, cend)
            return
        self.objects(who, rel, obj, cstart, cend)

    def group_roles(self, who: str, obj: str, cstart: int, cend: int):
        """BODY+ROLE items (县安全生产委员会常务副主任、县河长制工作领导小组副组长
        兼办公室主任): a membership of each body, named with the jurisdiction;
        兼办公室主任 heads the body's office."""
        from .roster import _with_jurisdiction, group_kind
        bodies = "|".join(map(re.escape, vocab.group_endings()))
        roles = "|".join(map(re.escape, vocab.roster_roles()))
        item_re = re.compile(rf"(.+?(?:{bodies}))((?:{roles})(?:兼(?:任)?(?:办公室)?(?:副)?主任)?)")
        ev = evidence.make(self.norm, self.source, cstart, cend)
        for s_, e_ in units.split_list(obj.strip("：: ").rstrip("。；，")):
            m = item_re.fullmatch(obj.strip("：: ").rstrip("。；，")[s_:e_].strip())
            if not m:
                continue
            group = _with_jurisdiction(m.group(1), self.jurisdiction)
            role, _, office = m.group(2).partition("兼")
            self.groups.setdefault(group, Group(group, group_kind(group), self.jurisdiction, "", None,
                                                "", ev))
            self.members.append(Membership(group, who, "person", role, "", ev))
            if office:
                oname = group + "办公室"
                self.groups.setdefault(oname, Group(oname, "office", self.jurisdiction, "", None,
                                                    group, ev))
                orole = "副主任" if "副主任" in office else "主任"
                self.members.append(Membership(oname, who, "person", orole, "", ev))

    def others_part(self, who: str, m: re.Match, s0: int):
        """其中X由乙同志(协助)负责 in 甲's duties: 乙 answers for X (and assists 甲)."""
        ref = m.group(2)
        tn = names.split_title_name(ref)
        other = tn[1] if tn else names.strip_comrade(ref)
        if not (names.is_name(other) or names.is_name(other, known_surname=False)):
            return
        start, end = s0 + m.start() + 1, s0 + m.end()
        if m.group(3):
            self.add(other, ASSISTS, who, "person", start, end)
        rel = RESPONSIBLE_FOR if m.group(4) == "负责" else OVERSEES
        self.objects(other, CO_OVERSEES if m.group(3) and rel == OVERSEES else rel,
                     m.group(1), start, end)

    def objects(self, who, rel, obj, cstart, cend):
        """Units or fields after 分管 / 负责 / 协助分管: a body is overseen,
        a field of work is what the leader is responsible for."""
        # (分管县公安局、县应急管理局工作: the 工作 closes the list of bodies, it is no
        # part of the last one; 县委农村工作办公室 keeps its own)
        if obj.endswith("工作") and units.is_body(re.split(r"[、，,]|和|及", obj[:-2])[-1]):
            obj = obj[:-2]
        many = bool(re.search(r"[、，,]", obj))
        # (分管市政府办公室和机构编制、财政工作: the body first, fields after it)
        found = self.items(obj) if rel in (OVERSEES, CO_OVERSEES) else []
        if found and (units.is_body(obj.split("、")[0]) or units.is_body(obj) or units.is_body(found[0].text)):
            marks = vocab.load("verbs")["item_marks"]
            for it in found:
                if units.is_body(it.text):
                    # (卫生院（业务指导）: the unit's own mark says its relation)
                    self.add(who, marks.get(it.mark, "") or rel, it.text, "unit", cstart, cend)
                else:  # a field as written: no prefix carried onto it (机构编制, not 市机构编制)
                    written = obj[it.start:it.end].strip() if it.end > it.start else it.text
                    for f in _fields(units.strip_field_tail(written, True)):
                        self.add(who, RESPONSIBLE_FOR, f, "area", cstart, cend)
            return
        fields = units.strip_field_tail(obj, many)
        for s, e in units.split_list(fields, bodies_only=True):
            f = units.strip_field_tail(fields[s:e], True) if many else fields[s:e]
            for one in _fields(f):
                self.add(who, RESPONSIBLE_FOR, one, "area", cstart, cend)

    def assist(self, who, obj, ostart, cstart, cend):
        """协助市长分管审计方面工作 / 协助万某同志工作 / 协助常务副市长处理…"""
        verbs = vocab.words("titles", "post_endings")
        averbs = "|".join(vocab.words("verbs", "assist_verbs"))
        # 协助副省长甲同志、副省长乙同志工作: each one assisted, the rest shared
        # (协助市长和常务副市长负责…: 和 joins the two as 、 does)
        item = r"(?:(?!" + averbs + r")[^、，。；和]){2,14}?"
        many = re.match(r"^((?:" + item + r"[、和])+" + item + r")((?:同志)?(?:" + averbs + r"|工作).*)$", obj)
        if many and all(names.split_title_name(r) or names.is_name(names.strip_comrade(r))
                        or r.endswith(verbs) for r in re.split(r"[、和]", many.group(1))):
            for ref in re.split(r"[、和]", many.group(1)):
                self.assist(who, names.strip_comrade(ref) + many.group(2), ostart, cstart, cend)
            return
        # 协助负责财政、审计方面工作 / 协助管理法制工作: no one named, the work is his
        bare = re.match(r"^(" + averbs + r")(.+)$", obj.strip())
        if bare:
            rel = CO_OVERSEES if bare.group(1) in ("分管", "管理") else RESPONSIBLE_FOR
            self.objects(who, rel, bare.group(2), cstart, cend)
            return
        m = re.match(r"^(\S{2,12}?)(?:同志)?(?:(" + averbs + r")(.*)|(工作)?$)", obj)
        if not m:
            return
        ref = m.group(1)
        tn = names.split_title_name(ref)  # 协助常务副市长某某同志…: the name says who
        if not tn and obj[len(ref):].startswith("同志"):
            # (对口服务副县长更登罗藏同志: 同志 says a name ends there, whatever its surname)
            tn = next(((ref[:k.end()], ref[k.end():]) for k in names.post_end_matches(ref)
                       if names.is_title(ref[:k.end()]) and re.fullmatch(r"[" + HAN + r"·]{2,8}", ref[k.end():])),
                      None)
        if tn:
            ref = tn[1]
        titled = ref.endswith(verbs)
        target = self.resolve(ref) if (titled or names.is_name(names.strip_comrade(ref))) else ""
        target = target or (ref if tn else "")  # (a name the title and 同志 mark, whatever its surname)
        if not target and not titled:
            return
        # (a post no leader of the notice holds, 协助常务副市长分管X: whom he
        # assists is unknown, but X is co-overseen all the same)
        if target:
            self.add(who, ASSISTS, target, "person", cstart, cend)
        rest = (m.group(3) or "").strip()
        if rest and rest != "工作" and m.group(2) == "联系":
            # (协助县长联系县人大常委会、县政协: liaised with, as 联系 alone)
            for it in self.items(units.strip_field_tail(rest, True)):
                self.add(who, LIAISES, it.text, "body" if units.is_body(it.text) else "area", cstart, cend)
            return
        if rest and rest != "工作":
            # (协助市长管理市政府办公室: a body he helps run is co-overseen)
            rel = CO_OVERSEES if m.group(2) in ("分管", "管理") else RESPONSIBLE_FOR
            self.objects(who, rel, rest, cstart, cend)

    # --- a block of duties ------------------------------------------------------
    def duties(self, who: str, start: int, end: int):
        text = self.norm.text
        label = None  # 负责：甲工作；乙、丙工作 — a labelled cue runs on past ；
        # a list begun at the end of the span before (…联系市（州）：) runs on here
        label = self.carry.pop(who, None)
        colon_last = label is not None
        # a labelled list that ended the span before runs on to a line of bodies
        # (分管部门：甲局　乙局 / 丙局　丁局)
        listed = self.carry_list.pop(who, None)
        if label is None and listed:
            label = listed
        soft = None  # 联系甲；乙、丙；丁 — a list of bodies runs on past ；
        for sm in re.finditer(r"[^。；\n]+", text[start:end]):
            s0 = start + sm.start()
            sent = sm.group(0)
            other = _OTHERS_PART.search(sent)
            if other:
                # …工作，其中X工作由副区长乙同志协助负责: a fact of 乙's, not of this leader's
                self.others_part(who, other, s0)
                sent = sent[:other.start()]
            cues = list(_cue_re().finditer(sent))
            if not cues and label and (text[s0 - 1:s0] == "；" or colon_last or label == listed and all(
                    units.is_body(it.text) for it in units.items(sent.strip(), places=self.places))):
                self.clause(who, label, sent, s0, s0, s0 + len(sent))
                colon_last = False
                continue
            listed = None
            if not cues and soft and text[s0 - 1:s0] == "；" and all(
                    units.is_body(it.text) for it in units.items(sent.strip(), places=self.places)):
                self.clause(who, soft, sent, s0, s0, s0 + len(sent))
                continue
            label = None
            soft = cues[-1].group(1) if cues and _cue_info(cues[-1].group(1))["relation"] in (
                LIAISES, OVERSEES, CO_OVERSEES) else None
            if cues and cues[0].start() <= 2 and sent[cues[0].end():cues[0].end() + 1] in ("：", ":", "\t"):
                label = cues[0].group(1)
            # 联系市（州）：| 甲市、乙州 — a list begun at a line's end runs on below it
            colon_last = bool(cues) and sent.rstrip().endswith(("：", ":"))
            if colon_last:
                label = cues[-1].group(1)
            for i, cm in enumerate(cues):
                cend = cues[i + 1].start() if i + 1 < len(cues) else len(sent)
                obj = sent[cm.end():cend]
                self.clause(who, cm.group(1), obj, s0 + cm.end(), s0 + cm.start(), s0 + cend)
        if colon_last and label:
            self.carry[who] = label
        elif label:
            self.carry_list[who] = label


# …，其中政府债务管理工作由副区长某某同志协助负责
_OTHERS_PART = re.compile(r"[，,]\s*其中([^，。；]{2,30}?)由([^，。；]{2,20}?)同志(协助)?(负责|分管)$")

_CHANGE = re.compile(r"(?:^|(?<=[。；\n，]))([^。；\n，：]{0,16}?)同志[，,]?\s*(?:调整后|今后|现|改为|同时)?"
                     r"(?=增加|不再|分管|协助|负责|联系)")

# Duties moved from one leader to another, the new holder written after 由:
#   原由甲同志分管的县教育局、县卫生健康局，调整由乙同志分管
#   县统计局原由甲同志分管，现调整由乙同志分管
#   甲同志不再分管县财政局，县财政局由乙同志分管
#   （甲同志调离后，）其分管的县民政局由乙同志分管
# What the former holder did is no fact of this notice; the new holder's is.
_VERBS = r"(分管|联系|负责|协助分管|协管)"
_MOVED_FIRST = re.compile(r"原由[^，。；]{1,30}?同志" + _VERBS + r"的([^，。；]{2,80}?)(?:[，,]\s*|(?=调整为由|改为由))"
                          r"(?:现)?(?:调整为|改为|调整|改|暂|一并交|交)?由"
                          r"([^，。；]{2,20}?)同志((?:协助[^，。；]{2,20}?)?" + _VERBS + r")(?!调整为|改为)")
_MOVED_AFTER = re.compile(r"(?:^|(?<=[，。；\n]))\s*(?:[（(][一二三四五六七八九十\d]{1,3}[）)]|[一二三四五六七八九十]+、)?"
                          r"(?:其(?:原)?(?:分管|负责|联系)的)?([^，。；\n]{2,60}?)"
                          r"(?:原由[^，。；]{1,30}?同志\S{2,4}[，,]\s*|[，,]\s*)?(?:现|仍然|仍|继续)?(?:调整|改|暂|一并交|交)?(?<!原)由"
                          r"([^，。；]{2,20}?)同志((?:协助[^，。；]{2,20}?)?" + _VERBS + r")(?!调整为|改为)")


# 新增甲同志协助分管县自然资源局: a duty added to one leader's
_ADDED = re.compile(r"(?:新增|增加|增设)(?:由)?([^，。；、]{2,20}?)同志((?:协助[^，。；]{0,20}?)?" + _VERBS
                    + r")([^，。；]{2,80})")

# the former holder in a change: 原由市长甲同志分管
_FORMER = re.compile(r"原由([^，。；、（）]{3,30}?)同志")

# 甲同志不再分管县统计局、县审计局，改由县长乙同志分管: the units go to 乙
_MOVED_DROP = re.compile(r"同志不再" + _VERBS + r"([^，。；]{2,80}?)[，,]\s*(?:改由|调整由|转由)"
                         r"([^，。；]{2,30}?)同志((?:协助[^，。；]{2,20}?)?" + _VERBS + r")")
# 在副市长甲同志…学习期间，其分管的X由乙同志代管: a stand-in for a leader who
# keeps his portfolio: X stays his (he is named with it), the stand-in gets nothing
_ABSENCE = re.compile(r"(?:在)?([^，。；（）()]{2,20}?)同志[^，。；]{0,60}?(?:期间|外出|休假)[^。]*?")
_KEPT = re.compile(r"其(分管|联系|负责)的([^，。；]{2,80}?)(?:[，,]\s*)?由[^，。；]{2,20}?同志"
                   r"(?:代管|代为负责|代为联系|代为分管|临时负责)")

# 市统计局由甲同志分管调整为由乙同志分管
_MOVED_TO = re.compile(r"(?:^|(?<=[，。；：\n]))(?:[一二三四五六七八九十]+是)?([^，。；：\n]{2,40}?)由[^，。；]{1,20}?同志"
                       + _VERBS + r"(?:调整为|改为)由([^，。；]{2,20}?)同志((?:协助[^，。；]{2,20}?)?" + _VERBS + r")")


def _moved(text: str, start: int, end: int):
    """(new holder, cue, what, span) of every duty a change notice moves."""
    out, taken = [], []
    for rx in (_MOVED_DROP, _MOVED_TO, _MOVED_FIRST, _MOVED_AFTER, _ADDED):
        for m in rx.finditer(text, start, end):
            if any(a <= m.start() < b for a, b in taken):
                continue
            if rx is _MOVED_DROP:
                what, who, verb = m.group(2), m.group(3), m.group(4)
            elif rx is _MOVED_FIRST:
                what, who, verb = m.group(2), m.group(3), m.group(4)
            elif rx is _MOVED_TO:
                what, who, verb = m.group(1), m.group(3), m.group(4)
            elif rx is _ADDED:
                who, verb, what = m.group(1), m.group(2), m.group(4)
            else:
                what, who, verb = m.group(1), m.group(2), m.group(3)
            what = re.sub(r"^(?:答[：:])?(?:其(?:原)?(?:分管|负责|联系)的)?", "", what.strip())
            tn = names.split_title_name(who)
            who = tn[1] if tn else names.strip_comrade(who)
            if not names.is_name(who, known_surname=False) or "同志" in what \
                    or what.startswith(("以上", "上述")):  # 以上工作由某某同志负责: a block's close
                continue
            taken.append(m.span())
            out.append((who, verb, what, m.span(), tn[0] if tn else ""))
            # (…改由甲同志分管，副市长乙同志协助分管: 乙 co-oversees the same units)
            helper = _MOVED_HELPER.match(text, m.end(), end)
            if helper:
                htn = names.split_title_name(helper.group(1))
                hwho = htn[1] if htn else names.strip_comrade(helper.group(1))
                if names.is_name(hwho, known_surname=False):
                    out.append((hwho, "协助分管", what, (m.start(), helper.end()), htn[0] if htn else ""))
    return out


_MOVED_HELPER = re.compile(r"[，,]\s*([^，。；]{2,24}?)同志协助(?:分管|负责)")


def extract(norm: Normalised, start: int, end: int, source: str, jurisdiction: str,
            organisation: str) -> tuple[list[Post], list[Oversight], list[Group], list[Membership]]:
    text = norm.text
    reader = _Reader(norm, source, jurisdiction)
    lines, pos = [], start
    for line in text[start:end].split("\n"):
        lines.extend(_leader_clauses(line, pos))
        pos += len(line) + 1
    current = None
    pending_posts = False
    holders, listed = _holders(text, start, end)
    reader.holders = holders
    roll = _post_roll(text, start, end)
    from .roster import is_role_line
    table = None  # the columns of a division table, once its header row is read
    unit_table = None  # the columns of a table keyed by the unit (部门 | 分管领导 | …)
    unit_above: dict = {}  # its cells of the row above, for a cell that repeats them (〃)
    leader_col = None  # a task table's column naming each task's leader (联系市领导)
    legend = _legend(text[start:end])  # its marks, when a table marks who does what (●, ○)
    matrix = None  # such a table's columns, once its header rows are read
    item_rel = None  # under 一、分管部门: the relation of its units' leaders
    area_heads: list[tuple[str, str]] = []  # under （一）东片（片区长：某某）: who answers for its rows
    section_posts = ""  # 二、省政府副秘书长 over several NAME： blocks: their posts
    skip_to = 0  # lines read already as the items of a label's list
    assisting = False  # the line above named a leader's assistants (协助：…；) and runs on
    original = None  # the span of the line 原分工：… above a 调整后：… line
    for i, (lpos, line) in enumerate(lines):
        if i < skip_to:
            continue
        if assisting and current is not None and _assistants(line, lpos, current, reader, True):
            assisting = line.rstrip().endswith(("；", ";", "，", ","))
            continue  # (the assistants' list runs on: no head of a block of its own)
        if "—" in line and _dash_row(line, lpos, reader):
            continue  # 1.项目名称—某某（副县长）—责任单位: a leader named in a row, his posts only
        if re.search(r"分工(?:不作调整|不变|保持不变|不再调整)|关系不变", line) and not _AFTER.match(line):
            current = None  # 市长某某同志…，分工不作调整: what stays as it was is no fact of this notice
            continue
        if re.match(r"^\s*(?:\d+[.、．]\s*)?问[：:]", line):
            current = None  # an explainer's question states nothing; its answer does
            continue
        sm = re.match(r"^\s*[一二三四五六七八九十]+、\s*(\S{2,30})$", line)
        if sm and roll.get(sm.group(1)):
            # 三、副县长 — its holder is the next one the closing list names for that post
            who = roll[sm.group(1)].pop(0)
            current = reader.leader(who, (lpos, lpos + len(line)))
            if sm.group(1) not in {p for p, _, _ in current.posts}:
                current.posts.append((sm.group(1), lpos, lpos + len(line)))
            continue
        if sm and _all_posts(sm.group(1)) and not names.split_title_name(sm.group(1)):
            nxt = next((l for _, l in lines[i + 1:] if l.strip()), "")
            nh = _header(nxt)
            if nh and not nh.posts:
                section_posts, current = sm.group(1), None
                continue
        # 一、分管部门（单位） over 1.县审计局（县长某某）: the units, each with its leaders
        sec = re.match(r"^\s*[一二三四五六七八九十]+、\s*(分管|协管|联系)(?:的)?(?:部门|单位)", line)
        if sec:
            item_rel, current = {"分管": OVERSEES, "协管": CO_OVERSEES, "联系": LIAISES}[sec.group(1)], None
            continue
        if item_rel and _unit_leaders_item(line, lpos, item_rel, reader):
            current = None
            continue
        if matrix is not None:
            if "\t" in line and _matrix_row(matrix, legend, line, lpos, reader):
                continue
            if re.match(r"^\s*[一二三四五六七八九十]+、\S{2,20}$", line):
                continue  # a section row of the table (二、市政府直属事业单位)
            matrix = None
        if "\t" in line and legend:
            mx = _matrix_header(lines, i)
            if mx:
                matrix, skip_to = mx, mx[3] + 1
                for name, (post, ppos) in mx[2].items():
                    leader = reader.leader(name, (ppos, ppos))
                    leader.posts.extend((p, ppos, ppos + len(post)) for p in _posts_of(post))
                continue
        if ("：" in line or "—" in line) and _places_then_leaders(line, lpos, reader):
            current = None
            continue
        head = _area_head(line, reader)
        if head:
            area_heads, current = [head], None
            continue
        if re.match(r"^\s*(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[）)])", line):
            area_heads = []  # another heading: the rows below it are no longer that area's
        if ("：" in line or ":" in line) and (_labelled_unit_row(line, lpos, reader, area_heads)
                                              or _leaders_with_places(line, lpos, reader, area_heads)):
            current = None
            continue
        if "\t" in line:
            lc = _leader_column(line)
            if lc is not None:
                leader_col = lc
                continue
            if leader_col is not None and _leader_cell(line, lpos, leader_col, reader):
                continue
        ucols = _unit_table_columns(line)
        if ucols:
            unit_table, current, unit_above = ucols, None, {}
            continue
        if unit_table:
            if _unit_table_row(unit_table, line, lpos, reader, unit_above):
                continue
            row = unit_above.get("_row")
            if row and "\t" not in line and row[3].rstrip().endswith("、") and re.fullmatch(r"[^\s，。；：:]{2,20}", line.strip()):
                # the last cell of the row above wrapped after its 、 (鄂某、 / 阚某（协助）)
                rel = next((c for c in reversed(row[0]) if c not in ("", "unit", "previous")), None)
                if rel:
                    _leaders_in(line.strip(), rel, row[1], lpos, lpos + len(line), row[2], lpos + len(line), reader)
                    continue
            unit_table = None
        cols = _table_columns(line)
        if cols:
            table, current = cols, None
            continue
        # a leader's own small table, key beside value (姓名 | 某某 / 职务 | … / 工作分工 | …)
        kv = re.match(r"^\s*([^\t]{2,8})\t([^\t]+?)\s*$", line)
        key = _field_kind(kv.group(1)) if kv else ""
        if key == "name" and names.is_name(names.strip_comrade(re.sub(r"\s+", "", kv.group(2))), known_surname=False):
            current = _Leader(names.strip_comrade(re.sub(r"\s+", "", kv.group(2))), (lpos, lpos + len(line)))
            reader.leaders.append(current)
            continue
        if key and current is not None and key != "name":
            vs = lpos + kv.start(2)
            if key == "posts":
                current.posts.extend((p, vs, vs + len(kv.group(2))) for p in _posts_of(kv.group(2)))
            else:
                current.duties.append((vs, vs + len(kv.group(2))))
            continue
        if table and "\t" in line:
            row = _table_row(table, line, lpos)
            if row:
                reader.leaders.append(row)
                current = row  # a cell's text may run on below the row (a soft line break)
                continue
        # a vacant post (【副县长】（暂缺）): its duties are the acting holder's,
        # named below (上述工作暂由副县长某某同志代管)
        if _VACANT.match(line):
            current = None
            for _, ahead in lines[i + 1:i + 12]:
                if _VACANT.match(ahead) or re.match(r"^\s*〔[^〔〕]{2,40}〕\s*\S{2,8}\s*$", ahead):
                    break
                am = re.search(r"暂由([^，。；]{2,30}?)同志(?:代管|负责|兼管)", ahead)
                if am:
                    tn = names.split_title_name(am.group(1))
                    who = tn[1] if tn else names.strip_comrade(am.group(1))
                    if names.is_name(who) or names.is_listed_name(who) \
                            or any(l.name == who for l in reader.leaders):
                        current = reader.leader(who, (lpos, lpos + len(line)))
                    break
            continue
        # a post alone as a head (盟长：), its holder named in the list of leaders
        pm = re.match(r"^\s*([^\s：:，。；]{2,12})[：:]\s*$", line)
        if pm and pm.group(1) in holders:
            who, posts, (ps, pe) = holders[pm.group(1)]
            current = _Leader(who, (lpos, lpos + len(line)))
            current.posts.extend((p, ps, pe) for p in posts)
            reader.leaders.append(current)
            continue
        pair = _PAIR_HEAD.match(line)
        if pair and _shared_block(line, lpos, pair, reader):
            current = None
            continue
        # a roster (组长：…) or an annex that is no division list ends the notice's leaders
        h = _header(line)
        if is_role_line(line) and not _leader_not_role(h, reader.leaders, lines, i):
            break
        if line.strip().startswith("附件") and not legend and not any(
                "分工" in l or "分管" in l
                or ("\t" in l and (_leader_column(l) is not None or _unit_table_columns(l)))
                for _, l in lines[i:i + 4]):
            break
        if h:
            current = _Leader(h.name, (lpos, lpos + len(line)))
            reader.leaders.append(current)
            if not h.posts and section_posts:
                h = _Head(h.name, section_posts, h.duties)
            for p in _posts_of(h.posts):
                current.posts.append((p, lpos, lpos + len(line)))
            pending_posts = not h.posts and h.duties < 0
            if h.duties >= 0:
                current.duties.append((lpos + h.duties, lpos + len(line)))
            continue
        if current is None:
            continue
        # what all the leaders must do (市政府领导同志要履行“一岗双责”，抓好分管部门…)
        # and who stands in for whom (区长外出期间，由常务副区长主持…) is no duty
        # of the last one named
        if _ALL_LEADERS.match(line):
            current = None
            continue
        # a new top-level section that heads no leader (二、联系市（州）工作要求)
        # ends the last leader's block
        top = re.match(r"^\s*[一二三四五六七八九十]+、\s*", line)
        if top and (not re.search(r"[，。；：]", line) or not _cue_re().match(line[top.end():])):
            current = None
            continue
        # 分管单位： alone (or a heading （二）分管部门), then （1）县财政局 / 2.县统计局 …, one per line
        lm = re.match(r"^\s*(?:[（(][一二三四五六七八九十]+[）)]|[一二三四五六七八九十]+、)?\s*([^：:\s（）()]{2,8})[：:]?\s*$", line)
        labelled = bool(lm) and line.rstrip().endswith(("：", ":"))
        keyed = labelled and lm.group(1) not in _cue_table() and \
            re.fullmatch(r"(联系|分管|挂钩联系|包联)[^：:，。；、]{1,6}", lm.group(1))
        if lm and (lm.group(1) in _cue_table() or keyed):
            items, j = [], i + 1
            while j < len(lines):
                im = _ITEM_LINE.match(lines[j][1]) or _bare_units_line(lines[j][1])
                km = _KEYED_ITEMS.match(lines[j][1]) if keyed and not im else None
                if km:  # 光电信息产业园：甲公司、乙公司。 the park, then its enterprises
                    items.append(km.group(1) + "、" + km.group(2))
                    j += 1
                    continue
                if not im:
                    break
                items.append(im.group(1))
                j += 1
            if keyed and items:
                lm_cue = keyed.group(1)
                current.lists.append((lm_cue, "、".join(items), lpos, lines[j - 1][0] + len(lines[j - 1][1])))
                skip_to = j
                continue
            if items:
                current.lists.append((lm.group(1), "、".join(items), lpos, lines[j - 1][0] + len(lines[j - 1][1])))
                skip_to = j
                continue
            if labelled and j < len(lines) and re.search(r"[，。]", lines[j][1]) \
                    and not _cue_re().match(lines[j][1].strip()):
                continue  # 联系：(nothing) then a sentence of the notice: an empty label states nothing
        label = _POSTS_LABEL.sub("", line)
        if (pending_posts or label != line) and _all_posts(label):
            for p in _posts_of(label):
                current.posts.append((p, lpos, lpos + len(line)))
            pending_posts = False
            continue
        pending_posts = False
        # a closing sentence or the signature ends the last block
        if re.match(r"^[^\s，。；：:、]*(?:人民政府|政府|办公室|办公厅)$", line.strip()) or re.match(r"^\d{4}\s*年", line.strip()):
            current = None
            continue
        # 原分工：… / 调整后：… — a change notice's pair of lines for one leader:
        # the new division is the second, the first counts only where the second
        # builds on it (在原分工基础上，增加… / 不再…，其余分工不变)
        before = _BEFORE.match(line)
        if before:
            original = None if re.match(r"\s*无\s*[。；]?\s*$", line[before.end():]) else (lpos + before.end(),
                                                                                    lpos + len(line))
            continue
        after = _AFTER.match(line)
        if after and original is not None:
            rest = line[after.end():]
            if rest.startswith(("在原分工基础上", "在原有分工基础上")) or re.search(r"其[余他]分工不变", rest):
                current.duties.append(original)
                for verb, what in re.findall(r"不再(负责|分管|联系)([^，。；]+)", rest):
                    reader.removed.append((current.name, {"负责": RESPONSIBLE_FOR, "分管": OVERSEES,
                                                          "联系": LIAISES}[verb], what))
            original = None
        if _assistants(line, lpos, current, reader, assisting):
            assisting = line.rstrip().endswith(("；", ";", "，", ","))
            continue
        assisting = False
        if table and current.duties:
            # a table row whose leading cells continue a merged one (a Word
            # table converted from a PDF; the empty cells gone with the line's
            # edge): its list goes on from the row above
            # (…、市城市管理局、 / 交通运输局、市公用事业服务中心。 联系：…)
            ps, pe = current.duties[-1]
            prev = text[ps:pe].rstrip()
            cue = [m for m in _cue_any().finditer(prev) if not re.search(r"[。；]", prev[m.end():])]
            body = line.lstrip("\t ")
            at = lpos + len(line) - len(body)
            first = re.match(r"[^。；：:]+[。；]?", body)
            if prev.endswith("、") and cue and first and not _cue_re().match(body):
                # the bare items take the prefix of the list they continue
                before = units.bare_prefix(prev.rstrip("、").rsplit("、", 1)[-1].split("：")[-1])
                rest = [it.text if not before or units.bare_prefix(it.text) or units.names_place(it.text)
                        else before + it.text for it in units.items(first.group(0).rstrip("。；"))]
                current.lists.append((cue[-1].group(0), "、".join(rest), at, at + first.end()))
                if body[first.end():].strip():
                    current.duties.append((at + first.end(), lpos + len(line)))
                continue
        current.duties.append((lpos, lpos + len(line)))
    # blocks of duties closed by who answers for them (…。以上工作由副县长某某同志负责。)
    _attributed_blocks(lines, reader)
    shared = _shared_duties(lines)  # 副市长甲、乙共同联系市工商联
    # change notices written as prose: 副市长周某同志，增加分管…
    seen = {l.name for l in reader.leaders}
    for m in _CHANGE.finditer(text, start, end):
        head = re.sub(r"^[一二三四五六七八九十]+、", "", m.group(1).strip())
        if head.startswith(("原由", "由", "以上", "上述")) or text[m.end():m.end() + 4].startswith(("分管的", "联系的", "负责的")):
            continue  # 原由甲同志分管的…: a reference to the former holder, no assignment
        tn = names.split_title_name(head) or (("", head) if names.is_name(head) else None)
        if not tn or tn[1] in seen:
            continue
        leader = _Leader(tn[1], m.span())
        for p in _posts_of(tn[0]):
            leader.posts.append((p, m.start(), m.end()))
        # one leader's changes run to the end of the clause (甲…；乙…。), and on
        # past a ； that opens another duty of the same leader (…；分管…；联系…)
        s_end = re.compile(r"[。；\n]").search(text, m.end(), end)
        while s_end and s_end.group() == "；" and _cue_re().match(text, s_end.end()):
            s_end = re.compile(r"[。；\n]").search(text, s_end.end(), end)
        leader.duties.append((m.end(), s_end.start() if s_end else end))
        reader.leaders.append(leader)
    # duties moved to a new holder (…，调整由乙同志分管)
    moved = _moved(text, start, end)
    for who, verb, what, (ms, me), title in moved:
        leader = next((l for l in reader.leaders if l.name == who), None)
        if leader is None:
            leader = _Leader(who, (ms, me))
            reader.leaders.append(leader)
        # 调整由县委常委、常务副县长某某同志分管: the posts before the name
        have = {p for p, _, _ in leader.posts}
        leader.posts.extend((p, ms, me) for p in _posts_of(title) if p not in have)
        leader.moved.append((verb, what, ms, me))
    # a leader away for a while keeps what the notice names as his
    stand_in = "代管" in text[start:end] or "代为" in text[start:end]  # most notices: no stand-in
    for m in (_ABSENCE.finditer(text, start, end) if stand_in else ()):
        sent_end = re.compile(r"[。\n]").search(text, m.end(), end)
        sentence = text[m.start():sent_end.start() if sent_end else end]
        tn = names.split_title_name(m.group(1))
        who = tn[1] if tn else names.strip_comrade(m.group(1))
        if not (tn or names.is_name(who)) or not re.search(r"代管|代为", sentence):
            continue
        leader = reader.leader(who, m.span(1))
        have = {p for p, _, _ in leader.posts}
        leader.posts.extend((p, m.start(1), m.end(1)) for p in _posts_of(tn[0] if tn else "") if p not in have)
        for km in _KEPT.finditer(sentence):
            at = m.start() + km.start()
            leader.moved.append((km.group(1), km.group(2), at, at + len(km.group(0))))
    # a former holder named with his post (（原由市长甲同志分管）) still holds
    # that post unless the text says he has left (已调离的副市长乙)
    for m in _FORMER.finditer(text, start, end):
        tn = names.split_title_name(m.group(1))
        if not tn or re.search(r"调离|离任|免去|退休|原任", tn[0]):
            continue
        stop = re.compile(r"[。；\n]").search(text, m.end(), end)
        if re.search(re.escape(tn[1]) + r"(?:同志)?(?:因)?(?:工作)?(?:调动|调离|离任|退休)",
                     text[m.start():stop.start() if stop else end]):
            continue  # 因柴某同志工作调动: no longer in office
        leader = reader.leader(tn[1], m.span(1))
        if not leader.posts:
            leader.posts.extend((p, m.start(1), m.end(1)) for p in _posts_of(tn[0]))
    # posts stated apart from the blocks (（甲任县长，乙、丙任副县长）), known
    # before the duties are read: 协助常务副县长 is resolved by them
    appointed = _appointments(text, start, end)
    for leader in reader.leaders:
        if not leader.posts and leader.name in appointed:
            leader.posts.extend(appointed[leader.name])
        if not leader.posts:  # …对常务副县长甲、副县长乙同志的工作分工进行调整
            leader.posts.extend(_titled_mention(text, start, end, leader.name))
    for who, cue, obj, s, e in shared:
        reader.clause(who, cue, obj, s, s, e)
    for leader in reader.leaders:
        for s, e in leader.duties:
            reader.duties(leader.name, s, e)
        for cue, s, e in leader.cells:
            # the column's cue holds for the cell's first clause; a later one
            # says its own (县财政所、林业站；协助镇长分管镇财政所)
            cut = re.search(r"[；;。]", text[s:e])
            first_end = s + cut.start() if cut else e
            reader.clause(leader.name, cue, text[s:first_end], s, s, first_end)
            if cut:
                reader.duties(leader.name, s + cut.end(), e)
        for cue, items, s, e in leader.lists:
            reader.clause(leader.name, cue, items, s, s, e)
        for verb, what, s, e in leader.moved:
            if verb.startswith("协助") and verb != "协助分管":
                # 改由乙同志协助丙同志分管: 乙 assists 丙 with it
                reader.clause(leader.name, "协助", verb[2:] + what, s, s, e)
            else:
                reader.clause(leader.name, verb, what, s, s, e)
    # a notice by sector: 负责领导：… / 协助领导：副县长　某某 / 工作范围：… / 分管部门：…
    # — the helper assists the sector's leader with its fields and co-oversees its units
    for m in _SECTOR_HELPER.finditer(text, start, end):
        lead, helper = names.split_title_name(m.group(1).strip()), names.split_title_name(m.group(2).strip())
        if not lead or not helper:
            continue
        s_, e_ = m.span()
        reader.leader(helper[1], m.span(2)).posts.extend(
            (p, m.start(2), m.end(2)) for p in helper[0].split("、")
            if p not in {q for q, _, _ in reader.leader(helper[1], m.span(2)).posts})
        reader.add(helper[1], ASSISTS, lead[1], "person", s_, e_)
        for label, value in re.findall(r"(工作范围|分管部门)[：:]\s*([^\n]+)", m.group(3)):
            value = value.strip().rstrip("。")
            if label == "分管部门":
                reader.objects(helper[1], CO_OVERSEES, value, s_, e_)
            else:
                for part in re.split(r"[；;]", value):
                    part = re.sub(r"^(?:负责|领导)", "", part.strip())
                    if part:
                        reader.objects(helper[1], RESPONSIBLE_FOR, part, s_, e_)
    # the posts a list of leaders gives a leader whose head names fewer
    for leader in reader.leaders:
        if leader.name in listed:
            have = {p for p, _, _ in leader.posts}
            more, (ls, le) = listed[leader.name]
            leader.posts.extend((p, ls, le) for p in more if p not in have)
    posts = []
    for leader in reader.leaders:
        for p, s, e in leader.posts:
            posts.append(Post(leader.name, p, _organisation(p, jurisdiction, organisation),
                              evidence.make(norm, source, s, e)))
    return posts, _without_removed(reader), list(reader.groups.values()), reader.members


def _without_removed(reader) -> list[Oversight]:
    """The facts, less those a change notice takes away (不再分管X，其余分工不变)."""
    if not reader.removed:
        return reader.facts
    gone = []
    for who, rel, what in reader.removed:
        items = [it.text for it in reader.items(units.strip_field_tail(what.strip(), True))] if rel != RESPONSIBLE_FOR \
            else [re.sub(r"(?:方面)?(?:的)?工作$", "", w) for w in re.split(r"[、和及]", what.strip())]
        gone += [(who, rel, t) for t in items if t]
    out = []
    for f in reader.facts:
        for who, rel, t in gone:
            if f.official != who or f.relation != rel:
                continue
            if f.target == t:
                f = None
                break
            if rel == RESPONSIBLE_FOR and t in f.target:
                # (负责县政府日常工作和招商引资工作, less 招商引资: 县政府日常工作)
                rest = re.sub(r"(?:[、和及]|以及)?" + re.escape(t), "", f.target).strip("、和及")
                f = replace(f, target=rest) if rest else None
                if f is None:
                    break
        if f is not None:
            out.append(f)
    return out


_SECTOR_HELPER = re.compile(r"负责领导[：:]\s*([^\n]+)\n\s*协助领导[：:]\s*([^\n]+)\n"
                            r"((?:[ \t\u3000]*(?:工作范围|分管部门|联系单位)[：:][^\n]*(?:\n|$))+)")
_ATTRIBUTION = re.compile(r"(?:^|(?<=。))\s*(?:(?:以上|上述)(?:工作|分工|各项工作)?由([^，。；]{2,30}?)同志"
                          r"(?:负责|分管|承担)(?:[，,]\s*(?:并|同时)?(.+?))?[。；]?"
                          # or signed after a dash: ——市委副书记、市长 某某
                          r"|——\s*([^，。；—“”]{2,30}?))\s*$")
_BLOCK_START = re.compile(r"^\s*(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)])")


def _attributed_blocks(lines, reader) -> None:
    """Numbered blocks of duties, each closed by the sentence that names who
    does them (以上工作由县委副书记、县长某某同志负责。): a leader per block."""
    found = [(k, m) for k, (_, ln) in enumerate(lines) if "由" in ln or "——" in ln
             for m in [_ATTRIBUTION.search(ln)] if m]
    if len(found) < 2:
        return
    prev = -1
    for k, m in found:
        first = next((j for j in range(prev + 1, k) if _BLOCK_START.match(lines[j][1])), None)
        prev = k
        if first is None:
            continue
        ref = m.group(1) or m.group(3)
        tn = names.split_title_name(ref)
        title, who = tn if tn else ("", names.strip_comrade(ref))
        if not (names.is_name(who) or names.is_listed_name(who)):
            continue
        lpos = lines[k][0]
        leader = reader.leader(who, (lpos, lpos + len(lines[k][1])))
        leader.posts.extend((p, lpos, lpos + len(lines[k][1])) for p in _posts_of(title))
        start = lines[first][0] + len(_BLOCK_START.match(lines[first][1]).group(0))
        leader.duties.append((start, lpos + m.start()))  # up to the closing sentence
        if m.group(2):  # …负责，并协助县长处理县政府日常工作
            leader.duties.append((lpos + m.start(2), lpos + m.end(2)))


_SHARED = re.compile(r"(?:^|(?<=[。；]))\s*([^，。；]{4,60}?)共同(负责|分管|联系|协调)([^，。；]+)")


def _shared_duties(lines) -> list[tuple[str, str, str, int, int]]:
    """(leader, cue, object, span) of each leader named in a duty several
    share (副市长甲、乙共同联系市工商联): each of them states it."""
    out = []
    for lpos, line in lines:
        if "共同" not in line:  # (most lines: no scan)
            continue
        for m in _SHARED.finditer(line):
            people, title = [], ""
            for part in m.group(1).split("、"):
                tn = names.split_title_name(part)
                if tn:
                    title, who = tn
                else:
                    who = names.strip_comrade(part)
                    if not (names.is_name(who) or names.is_listed_name(who)):
                        people = []
                        break
                people.append(who)
            cue = "负责" if m.group(2) == "协调" else m.group(2)
            for who in people:
                out.append((who, cue, m.group(3), lpos + m.start(3), lpos + m.end(3)))
    return out


_VACANT = re.compile(r"^\s*〔[^〔〕]{2,40}〕\s*[（(](?:暂缺|空缺|缺)[）)]\s*$")


def _leaders_line(line: str) -> list[tuple[str, list[str]]] | None:
    """A sentence listing the leaders, each with the titles before the name
    (市委副书记、市长甲，常务副市长乙，副市长丙、丁): [(name, posts)], or None
    if any of its items is not such a pair."""
    body = line.strip().rstrip("。；")
    body = re.sub(r"^[^，。；：]{2,20}[：:]", "", body)  # 县人民政府领导同志：县长甲，…
    # …，现将县长甲，常务副县长乙，…丙分管、协管和联系的部门明确如下: the list inside
    inner = re.search(r"(?:现将|现对|现就)([^。；]+?)(?:分管|协管|联系|负责)(?:、|和|的)", body)
    if inner and "，" in inner.group(1):
        body = inner.group(1)
    items = body.split("，")
    if len(items) < 2:
        return None
    found = []
    endings = vocab.post_endings()
    for item in items:
        for k in range(len(item) - 2, 1, -1):
            title, rest = item[:k], item[k:]
            if not title.endswith(endings) or not names.is_title(title.split("、")[-1]):
                continue
            people = rest.split("、")
            if all(names.is_name(p) or names.is_listed_name(p) for p in people):
                found += [(p, _posts_of(title)) for p in people]
                break
        else:
            return None
    return found


# a list of leaders a line per post (an annex 领导成员名单): 副县长：甲、乙、丙（挂职）
_NAME_LIST = re.compile(r"^\s*([^\s：:，。；（）()]{2,30})[：:]\s*([^：:，。；]{2,40}?)[。；]?\s*$")


_CHAIRS = re.compile(r"(?:^|(?<=[，。；\s]))([^，。；\s]{4,40}?)主持(?:召开|了)")


def _name_list_line(line: str) -> list[tuple[str, list[str]]] | None:
    """[(name, posts)] of a line that gives a post and its holders (县委常委、
    常务副县长：乙), None for any other line (分管：…, a roster's 组长：…)."""
    m = _NAME_LIST.match(line)
    if not m:
        return None
    posts = _posts_of(m.group(1))
    if not posts or not all(names.is_title(p) for p in posts):
        return None
    people = [names.strip_comrade(re.sub(r"[（(][^（）()]{1,8}[）)]$", "", w.strip()))
              for w in re.split(r"[、，,]", m.group(2))]
    if not people or not all(names.is_name(w) or names.is_listed_name(w) for w in people):
        return None
    return [(w, posts) for w in people]


# a closing list binding posts to names, the entries above headed by posts
# alone (（县长：甲；常务副县长：乙；副县长：丙、丁、戊）)
_POST_ROLL = re.compile(r"^\s*[（(]?\s*((?:[^：:；;（）()]{2,12}[：:][^：:；;（）()]{2,40}[；;]\s*)+"
                        r"[^：:；;（）()]{2,12}[：:][^：:；;（）()]{2,40})[）)]?[。]?\s*$")


def _post_roll(text: str, start: int, end: int) -> dict[str, list[str]]:
    """post → its holders in the order the closing list gives them."""
    roll: dict[str, list[str]] = {}
    for line in text[start:end].split("\n"):
        m = _POST_ROLL.match(line) if "：" in line and "；" in line else None
        if not m:
            continue
        found = {}
        for part in re.split(r"[；;]", m.group(1)):
            post, _, who = part.partition("：") if "：" in part else part.partition(":")
            people = [names.strip_comrade(w.strip()) for w in re.split(r"[、，,]", who)]
            if not names.is_title(post.strip()) or not all(
                    names.is_name(w) or names.is_listed_name(w) for w in people):
                found = {}
                break
            found[post.strip()] = people
        for post, people in found.items():
            roll.setdefault(post, []).extend(people)
    return roll


def _holders(text: str, start: int, end: int) -> tuple[dict, dict]:
    """From the sentences that list a notice's leaders with their titles:
    post → (its one holder, the holder's posts, span) — a post held by
    several (副市长) resolves nobody — and name → (posts, span)."""
    found: dict[str, list] = {}
    people_posts: dict[str, tuple[list[str], tuple[int, int]]] = {}
    pos = start
    for line in text[start:end].split("\n"):
        people = _leaders_line(line) if "，" in line and len(line) < 400 else \
            _name_list_line(line) if ("：" in line or ":" in line) and len(line) < 80 else None
        # (a report of a meeting: 市委副书记、市长某某主持召开… — the posts it names him by)
        if not people and "主持" in line:
            people = [(tn[1], _posts_of(tn[0])) for tn in (
                names.split_title_name(m.group(1)) for m in _CHAIRS.finditer(line)) if tn]
        for name, posts in people or ():
            people_posts.setdefault(name, (posts, (pos, pos + len(line))))
            for p in posts:
                found.setdefault(p, []).append((name, posts, (pos, pos + len(line))))
        pos += len(line) + 1
    return {p: v[0] for p, v in found.items() if len({n for n, _, _ in v}) == 1}, people_posts


def _dash_row(line: str, lpos: int, reader) -> bool:
    """A row of fields apart by —, one field naming leaders with their posts
    (某某（副县长）、某某（…）): the leaders and posts are read, the rest is
    no fact of theirs (a project, its responsible units)."""
    fields, depth, start = [], 0, 0
    for i, ch in enumerate(line):
        depth += ch in "（(" 
        depth -= ch in "）)"
        if ch == "—" and depth == 0 and line[i - 1:i] != "—" and line[i + 1:i + 2] != "—":
            fields.append((start, line[start:i]))
            start = i + 1
    fields.append((start, line[start:]))
    if len(fields) < 3:
        return False
    found = False
    for at, field in fields:
        people = re.findall(r"([^\s、，,（）()]{2,4}?)[（(]([^（）()]+)[）)]", field)
        if people and all(names.is_name(n, known_surname=False) and _all_posts(p) for n, p in people) \
                and not re.sub(r"[^\s、，,（）()]{2,4}?[（(][^（）()]+[）)]", "", field).strip("、， "):
            for n, p in people:
                leader = reader.leader(n, (lpos + at, lpos + at + len(field)))
                for post in _posts_of(p):
                    if post not in [x[0] for x in leader.posts]:
                        leader.posts.append((post, lpos + at, lpos + at + len(field)))
            found = True
    return found


# two leaders heading one block (副区长甲、乙：共同负责…，甲分管…，乙分管…)
_PAIR_HEAD = re.compile(r"^\s*(?:[一二三四五六七八九十]+、)?([^，。；：、\s]{2,30}?)、([^，。；：、\s]{2,4})"
                        r"(?:同志[，,]|(?:同志)?[：:])(.+)$")


_ALL_LEADERS = re.compile(r"^\s*(?:(?:[市县区省州旗镇乡](?:(?:人民)?政府)?)?(?:各位|全体|各)?(?:领导同志|领导班子成员|班子成员|领导成员|分管领导"
                          r"|副[市县区省州旗镇乡]长)"
                          r"(?:要|应|须|务必)|[^，。；\s]{1,12}外出期间[，,])")


def _fields(field: str) -> list[str]:
    """民政（含双拥、老龄）: the field and the fields it is said to include."""
    got = units.scope(field)
    return [got[0], *got[1]] if got else [field]


def _units_respectively(text: str, pair: list, reader, start: int, end: int) -> bool:
    """CUE + as many units as leaders, in their order (分别增加分管甲局、乙局)."""
    cm = _cue_re().match(text)
    if not cm:
        return False
    info = _cue_info(cm.group(1))
    found = reader.items(text[cm.end():].lstrip("：:"))
    if len(found) != len(pair) or info["relation"] not in (OVERSEES, CO_OVERSEES, LIAISES):
        return False
    for who, it in zip(pair, found):
        reader.add(who, info["relation"], it.text, "unit" if units.is_body(it.text) else "area", start, end)
    return True


def _shared_block(line: str, lpos: int, m, reader) -> bool:
    """A block of duties of two leaders: a clause led by one's name is his,
    up to the next ；or 。; any other clause (共同负责…, 共同联系…) is both's."""
    tn = names.split_title_name(m.group(1))
    second = names.strip_comrade(m.group(2))
    if not tn or not (names.is_name(second) or names.is_listed_name(second)):
        return False
    pair = [tn[1], second]
    span = (lpos, lpos + len(line))
    for who in pair:
        leader = reader.leader(who, span)
        have = {p for p, _, _ in leader.posts}
        leader.posts.extend((p, *span) for p in _posts_of(tn[0]) if p not in have)
    who = pair
    at = lpos + m.start(3)
    for cm in re.finditer(r"([^，；。]+)([，；。]?)", m.group(3)):
        clause, s0 = cm.group(1), at + cm.start(1)
        lead = next((w for w in pair if clause.lstrip().startswith(w)), None)
        if lead:
            who = [lead]
            skip = len(clause) - len(clause.lstrip()) + len(lead)
            if clause[skip:].startswith("同志"):
                skip += 2
        else:
            skip = len(clause) - len(clause.lstrip())
            if clause[skip:].startswith("共同"):
                who, skip = pair, skip + 2
            elif clause[skip:].startswith("分别") and _units_respectively(clause[skip + 2:], pair, reader,
                                                                        s0 + skip + 2, s0 + len(clause)):
                continue  # 分别增加分管甲局、乙局: the first leader the first unit, …
        for w in who:  # (read with the other blocks, once every leader's posts are known)
            reader.leader(w, span).duties.append((s0 + skip, s0 + len(clause)))
        if cm.group(2) in ("；", "。"):
            who = pair
    return True


def _leader_clauses(line: str, pos: int) -> list[tuple[int, str]]:
    """A paragraph that divides the work of several leaders, each clause
    opened by a post and a name (县长甲主持…；常务副县长乙负责…；副县长丙…),
    read as one line per leader."""
    if line.count("；") + line.count("。") < 1 or len(line) < 40:
        return [(pos, line)]
    cuts = [0]
    for m in re.finditer(r"[；。]", line):
        h = _header(line[m.end():m.end() + 60]) if m.end() < len(line) else None
        if h and h.posts and h.duties >= 0:
            cuts.append(m.end())
    if len(cuts) == 1:
        return [(pos, line)]
    cuts.append(len(line))
    return [(pos + a, line[a:b]) for a, b in zip(cuts, cuts[1:]) if line[a:b].strip()]


def _leader_not_role(h, leaders, lines, i) -> bool:
    """A roster role word that is also a post (秘书长, 主任, 委员) heads one
    more leader of the list (秘书长 某某, then his duties), not a roster:
    duties follow it."""
    if h is None or not any(names.is_title(p) for p in _posts_of(h.posts)):
        return False
    if h.duties >= 0:
        return True
    nxt = next((l.strip() for _, l in lines[i + 1:] if l.strip()), "")
    return bool(_cue_re().match(nxt))


def _titled_mention(text: str, start: int, end: int, name: str) -> list:
    """[(post, start, end)] from the first place the notice writes the name
    right after a title (常务副县长甲、副县长乙同志…), the longest title that
    ends there."""
    for m in re.finditer(re.escape(name), text[start:end]):
        at = start + m.start()
        before = re.split(r"[，。；（：:\s]|由", text[max(start, at - 40):at])[-1]
        # the posts right before the name (市委常委、常务副市长某某)
        for k in range(len(before)):
            cand = before[k:]
            if cand and ((names.is_title(cand) and "、" not in cand) or (
                    "、" in cand and all(names.is_title(x) for x in cand.split("、")))):
                return [(p, at - len(before) + k, at + len(name)) for p in _posts_of(cand)]
        # a title written once for several names (副市长甲、乙、丙)
        if before.endswith("、"):
            items = before[:-1].split("、")
            tn = names.split_title_name(items[0])
            if tn and all(names.is_name(x) for x in items[1:]):
                return [(p, at - len(before), at + len(name)) for p in _posts_of(tn[0])]
    return []


def _appointments(text: str, start: int, end: int) -> dict:
    """name → [(post, start, end)] from clauses ``甲、乙任副县长`` (the last 任
    before the posts, since a name may begin with 任)."""
    out: dict = {}
    for m in re.finditer(r"[^，,；;（）()。\n]+", text[start:end]):
        clause = m.group(0).strip()
        for i in range(len(clause) - 1, 0, -1):
            if clause[i] != "任":
                continue
            who, what = clause[:i], clause[i + 1:]
            people = [names.strip_comrade(w) for w in re.split(r"[、，,]", who)]
            if _all_posts(what) and all(names.is_name(w, known_surname=False) or names.is_name(w)
                                        for w in people):
                s0 = start + m.start()
                for w in people:
                    out.setdefault(w, []).extend((p, s0, s0 + len(m.group(0))) for p in _posts_of(what))
                break
    return out


def _organisation(post: str, jurisdiction: str, issuer: str) -> str:
    """The body a post is in: 市政府常务副市长 → 青川市人民政府."""
    level = jurisdiction[-1:] if jurisdiction else ""
    if re.match(r"^[市县区省州旗]?(?:人民)?政府", post):
        return f"{jurisdiction}人民政府" if jurisdiction else issuer
    if re.match(r"^[市县区省州旗]委", post):
        return f"中共{jurisdiction}委员会" if jurisdiction else ""
    if post.startswith("党组"):
        return f"{jurisdiction}人民政府党组" if jurisdiction else ""
    if level and post.endswith(("市长", "县长", "区长", "省长", "州长", "旗长", "秘书长")):
        return f"{jurisdiction}人民政府"
    return ""
