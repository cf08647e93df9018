"""Splitting a gazette into its documents.

A gazette issue is a cover, a table of contents and a run of documents; each
document is a title (``…关于…的通知``), a document number
(``三政〔2021〕15号``), addressees, a body, a signature (issuer and date) and
annexes.  The number line is the anchor: a table-of-contents entry has a
title but no number.  A text with no number at all is one document (a single
notice saved from a web page, a roster).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .chars import HAN
from . import vocab
from .normalise import Normalised

# 三政〔2021〕15号, 渑政办〔2021〕14号, 三科字[2021]43号 (brackets already normalised)
NUMBER = re.compile(r"^[^\s，。：；]{0,12}?[〔（(\[]\s*[12１２][09０９]\d{2}\s*[〕）)\]]\s*第?\s*\d{1,5}\s*号$")
_TITLE_WORDS = ("关于", "通知", "决定", "意见", "方案", "办法", "规定", "通报", "批复", "公告",
                "名单", "分工", "报告", "决议", "命令", "细则", "规划", "纲要", "纪要", "答复")
_DOC_KINDS = ("通知", "决定", "意见", "方案", "办法", "规定", "通报", "批复", "公告", "名单",
              "报告", "决议", "命令", "细则", "函", "规划", "纲要", "分工", "纪要", "答复")
CN_DIGITS = {"〇": 0, "○": 0, "零": 0, "O": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5,
             "六": 6, "七": 7, "八": 8, "九": 9}
DATE = re.compile(r"([12１２][09０９]\d{2}|[〇○零O一二三四五六七八九]{4})\s*年\s*"
                  r"(\d{1,2}|[一二三四五六七八九十]{1,3})\s*月\s*"
                  r"(\d{1,2}|[一二三四五六七八九十]{1,3})\s*日")
_DATE_LINE = re.compile(r"^\s*" + DATE.pattern + r"\s*$")
# (行政公署: the government of a 地区 or a 盟, 某某盟行政公署)
_ISSUER_END = ("人民政府", "政府", "行政公署", "办公室", "办公厅", "局", "委员会", "委", "厅", "小组",
               "指挥部")


@dataclass
class Segment:
    start: int  # offsets into the normalised text
    end: int
    title: str
    number: str
    number_span: tuple[int, int] | None
    issuer: str
    date: str
    jurisdiction: str
    addressees: str = ""
    annexes: tuple = ()


def _cn_number(s: str) -> int:
    if s.isdigit():
        return int(s)
    if "十" in s:  # 十, 十二, 二十, 二十一
        tens, _, ones = s.partition("十")
        return (CN_DIGITS.get(tens, 1) if tens else 1) * 10 + (CN_DIGITS.get(ones, 0) if ones else 0)
    return int("".join(str(CN_DIGITS.get(c, 0)) for c in s))


def iso_date(m: re.Match) -> str:
    y, mo, d = (_cn_number(g) for g in m.groups())
    if not (1 <= mo <= 12 and 1 <= d <= 31):
        return ""
    return f"{y:04d}-{mo:02d}-{d:02d}"


def jurisdiction_of(issuer: str) -> str:
    """The lowest admin division an issuer names: 青川市人民政府 → 青川市,
    柳溪县人民政府办公室 → 柳溪县."""
    levels = vocab.words("jurisdictions", "levels")
    body = re.split(r"人民政府|政府|行政公署|办公室|办公厅|人大|政协|党委|委员会", issuer)[0] or issuer
    body = re.sub(r"^(?:中共|中国共产党)", "", body)  # 中共某镇委员会 → 某镇
    pat = re.compile(r"[" + HAN + r"]{1,8}?(?:" + "|".join(levels) + ")")
    found, pos = "", 0
    while True:
        m = pat.match(body, pos)
        # (某市住房和城乡建设局: 城乡 is no township, 住房和城乡 no place)
        if not m or m.group(0).endswith("城乡"):
            break
        found, pos = m.group(0), m.end()
        # 杭州市, 徐州市: 州 is part of the city's name when a level follows it
        if found.endswith("州") and body[pos:pos + 1] in ("市", "县", "区"):
            found, pos = found + body[pos], pos + 1
    return found


def _lines(text: str):
    pos = 0
    for line in text.split("\n"):
        yield pos, line
        pos += len(line) + 1


def _is_title_piece(line: str) -> bool:
    s = line.strip()
    return (0 < len(s) <= 90 and not s.endswith(("。", "；", "，", "："))
            and not NUMBER.match(s) and not _DATE_LINE.match(s) and "\t" not in s)


def _title_before(lines, k) -> tuple[str, int]:
    """The title lines just above the number line ``k``: (title, start offset)."""
    pieces, start = [], lines[k][0]
    for j in range(k - 1, max(-1, k - 4), -1):
        pos, line = lines[j]
        if not _is_title_piece(line) or re.search(r"\t|\.{3,}|…{2,}|\s\d+$", line):
            break
        pieces.insert(0, line.strip())
        start = pos
        if "关于" in line or line.strip().startswith(("中共", "中国共产党")) or j == 0:
            # the issuer on its own line above 关于… (某某县人民政府 / 关于…的通知)
            above = lines[j - 1][1].strip() if j > 0 and line.strip().startswith("关于") else ""
            if above and len(above) <= 30 and above.endswith(_ISSUER_END) \
                    and not re.search(r"[，。；：、\s]", above):
                pieces.insert(0, above)
                start = lines[j - 1][0]
            break
        if not any(w in "".join(pieces) for w in _TITLE_WORDS):
            continue
        # a title with its kind word but no 关于 yet: its first line may be above
        if not any(w in lines[j - 1][1] for w in ("关于",)) if j > 0 else True:
            break
    title = re.sub(r"\s+", "", "".join(pieces))
    return title, start


# the masthead of an official document: 某某县人民政府文件, 某某市人民政府办公室文件
_MASTHEAD = re.compile(r"^\S{2,30}(?:文件|函|便函|公报)$")


def _title_after(lines, k) -> str:
    """The title printed below the number line ``k`` (up to three lines, to
    the line that ends with the document's kind word)."""
    pieces = []
    for j in range(k + 1, min(len(lines), k + 4)):
        line = lines[j][1].strip()
        if not _is_title_piece(line) or line.endswith("："):
            break
        pieces.append(line)
        joined = re.sub(r"\s+", "", "".join(pieces))
        if joined.endswith(_DOC_KINDS) and any(w in joined for w in _TITLE_WORDS):
            return joined
    return ""


def _issuer_from_title(title: str) -> str:
    # 某某县人民政府第二十七次常务会议纪要: the government whose meeting it records
    minutes = re.match(r"^(.{2,30}?(?:人民政府|行政公署|政府))(?:第.{1,6}次)?(?:常务|全体|专题|办公)?会议纪要$",
                       title)
    if minutes:
        return minutes.group(1)
    if "关于" in title:
        head = title.split("关于", 1)[0].lstrip("《“\"")  # 《某市人民政府关于…的通知》政策解读
        if head.endswith(_ISSUER_END):
            return head
    return ""


def _signature(text: str, start: int, end: int) -> tuple[str, str]:
    """(issuer, ISO date) of the first signature block after ``start``."""
    prev = ""
    for pos, line in _lines(text[start:end]):
        m = _DATE_LINE.match(line)
        if m:
            date = iso_date(m)
            if date:
                issuer = prev.strip() if prev.strip().endswith(_ISSUER_END) else ""
                return issuer, date
        if line.strip():
            prev = line
    return "", ""


# minutes printed as a series under their masthead (某某县人民政府常务会议纪要 /
# 第14期): the issue is the document's number
_SERIES = re.compile(r"^第\s*\d{1,4}\s*期$")


def _series_number(lines, k: int) -> bool:
    if not _SERIES.match(lines[k][1].strip()):
        return False
    above = next((ln.strip() for _, ln in reversed(lines[max(0, k - 3):k]) if ln.strip()), "")
    return above.endswith("纪要")


def _is_number_line(line: str) -> bool:
    return bool(NUMBER.match(line.strip()) or _SERIES.match(line.strip()))


def _unnumbered(lines, anchors) -> list:
    """Documents printed without a number: a title line (…关于…的通知) right
    above its addressees (各县（市、区）人民政府…：), away from any number line."""
    taken = {k for _, k, _ in anchors}
    near = {j for k in taken for j in range(k - 4, k + 5)}
    out = []
    for j, (pos, line) in enumerate(lines):
        s = line.strip()
        if j in near or "关于" not in s or not _is_title_piece(s) or not s.replace(" ", "").endswith(_DOC_KINDS):
            continue
        if re.search(r"\t|\.{3,}|…{2,}|\s\d+$|^《", s):
            continue  # a table-of-contents entry, or a title quoted in the text
        following = [ln.strip() for _, ln in lines[j + 1:j + 3]]
        if any(_ADDRESSEES.match(f) for f in following):
            out.append((pos, j, re.sub(r"\s+", "", s)))
    return out


def _furniture_start(lines, after: int) -> int | None:
    """The line where a saved web page's trailing furniture begins (相关阅读,
    上一篇, 分享到…), if any, after line ``after`` and a signature date below
    it (the same words in a page's header, above the notice, stay)."""
    marks = vocab.words("page", "trailing_furniture")
    signed = False
    for j in range(after + 1, len(lines)):
        line = lines[j][1].strip()
        if signed and line.startswith(marks):
            return j
        signed = signed or bool(_DATE_LINE.match(line))
    return None


def segment(norm: Normalised) -> list[Segment]:
    text = norm.text
    lines = list(_lines(text))
    anchors = []  # (title start, number line index, title)
    for k, (pos, line) in enumerate(lines):
        s = line.strip()
        if NUMBER.match(s) or _series_number(lines, k):
            title, tstart = _title_before(lines, k)
            masthead = _MASTHEAD.match(re.sub(r"\s+", "", title))
            if masthead or not any(w in title for w in _TITLE_WORDS):
                # the number printed above its title (under a masthead 某某人民政府文件)
                after = _title_after(lines, k)
                if after:
                    title = after
                    tstart = tstart if masthead else pos
            if title and any(w in title for w in _TITLE_WORDS) and not _MASTHEAD.match(title):
                anchors.append((tstart, k, title))
    anchors = sorted(anchors + _unnumbered(lines, anchors))
    # the page's furniture ends the last document (its links name other notices)
    cut = _furniture_start(lines, anchors[-1][1] if anchors else -1)
    if cut is not None:
        text = text[:lines[cut][0]]
        lines = lines[:cut]
    segments = []
    if not anchors:
        title = next((ln.strip() for _, ln in lines if _is_title_piece(ln)
                      and any(w in ln for w in _TITLE_WORDS)), "")
        issuer, date = _signature(text, 0, len(text))
        issuer = _issuer_from_title(title.replace(" ", "")) or issuer
        title = re.sub(r"\s+", "", title)
        segments.append(Segment(0, len(text), title, _reported_number(title, text), None, issuer, date,
                                jurisdiction_of(issuer) or _government_named(text)))
        return segments
    for i, (tstart, k, title) in enumerate(anchors):
        end = anchors[i + 1][0] if i + 1 < len(anchors) else len(text)
        start = 0 if i == 0 and not text[:tstart].strip() else tstart
        npos, nline = lines[k]
        if _is_number_line(nline):
            lead = len(nline) - len(nline.lstrip())
            nspan = (npos + lead, npos + len(nline.rstrip()))
            number = re.sub(r"\s+", "", norm.original[slice(*norm.original_span(*nspan))])
        else:  # a notice printed without a number (a web page, a second notice)
            nspan, number = None, ""
        issuer_sig, date = _signature(text, npos, end)
        issuer = _issuer_from_title(title) or issuer_sig
        segments.append(Segment(start, end, title, number, nspan, issuer, date,
                                jurisdiction_of(issuer) or _government_named(text[start:end])))
    return segments


# a page about one document (its 解读, the transcript of its press conference)
# carries that document's number: 《某某实施方案》（某政办发〔2023〕21号，以下简称…）
_ABOUT = ("解读", "实录", "发布会", "答记者问", "问答")
_CITED = re.compile(r"》[（(]([^\s，,（）()]{1,12}?[〔\[][12]\d{3}[〕\]]\d{1,5}号)")


def _reported_number(title: str, text: str) -> str:
    if "《" not in title or not any(w in title for w in _ABOUT):
        return ""
    cited = {m.group(1) for m in _CITED.finditer(text)}
    return cited.pop() if len(cited) == 1 else ""


_GOVERNMENT = re.compile(r"([" + HAN + r"]{2,8}?(?:自治州|自治县|市|县|区|旗|州|盟))"
                         r"(?:人民政府|政府)")


# words that begin a phrase, never a place's name: what is matched before a
# level (联席会议由县政府…, 经某县人民政府同意) is read from each of its
# characters on, and a reading holding one of these is none
# (a place may hold 和, 本, 全, 将 or 从: 和平县, 本溪市, 全椒县, 将乐县, 从化区)
_NO_PLACE = re.compile(r"^[经在对向请报是按据给把被让使与及并或各其此该]|[由的]")


def _government_named(text: str) -> str:
    """A document that names no issuer (a web service's answer, a page
    without a signature) belongs to the government it names most; a name
    read two ways (经某县, 某县) counts for both, and the longer of two
    equally named wins."""
    counts: dict[str, int] = {}
    cues = vocab.cue_words()
    for m in _GOVERNMENT.finditer(text):
        named = m.group(1)
        seen = set()
        for i in range(len(named) - 2):
            place = jurisdiction_of(named[i:] + "人民政府")
            head = named[i:]
            # (主持区政府全面工作, 协助市政府…: a verb before the level is no place)
            if len(place) < 3 or place in seen or head.startswith(cues) or _NO_PLACE.search(place[:-1]):
                continue
            seen.add(place)
            counts[place] = counts.get(place, 0) + 1
    return max(counts, key=lambda p: (counts[p], len(p))) if counts else ""


_ADDRESSEES = re.compile(r"^[^。；]{2,120}(?:政府|部门|单位|委员会|局|各处室|直属机构|各科室|二级机构)[^。；]{0,40}：$")
_ANNEX = re.compile(r"^附件\s*[:：]?\s*(?:\d+\s*[.、．]\s*)?(\S.{1,80})$")


def addressees_and_annexes(text: str, seg: Segment) -> tuple[str, tuple]:
    """The addressee line after the number, and the annex titles listed
    (附件：1. …  2. …) in a document."""
    lines = text[seg.start:seg.end].split("\n")
    addressees = ""
    after = False
    for line in lines[:8]:
        s = line.strip()
        if seg.number_span and NUMBER.match(s):
            after = True
            continue
        if (after or not seg.number_span) and _ADDRESSEES.match(s):
            addressees = s.rstrip("：")
            break
    annexes, listing = [], False
    for line in lines:
        s = line.strip()
        m = _ANNEX.match(s)
        if m and not s.startswith("附件1") and len(m.group(1)) > 3:
            annexes.append(m.group(1).strip())
            listing = True
            continue
        if listing and re.match(r"^\d+\s*[.、．]\s*\S", s) and len(s) < 90:
            annexes.append(re.sub(r"^\d+\s*[.、．]\s*", "", s))
            continue
        listing = False
    return addressees, tuple(dict.fromkeys(annexes))
