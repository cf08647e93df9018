"""Normalising a decoded text before extraction, keeping a map back to the
original offsets.

Extractors match on one spelling of everything: simplified characters,
full-width CJK punctuation, names without inner spaces (``周 敏`` → ``周敏``),
lists and brackets that a PDF page break cut in two joined again.  Evidence,
though, must quote the source as printed, so every character of the
normalised text remembers the offset of the original character it came from
(:meth:`Normalised.original_span`).

Each step is a regular expression with a replacement; the offset map is
rebuilt from slices, so unchanged stretches cost C speed, not Python loops.
"""
from __future__ import annotations

import collections
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from . import dumps, names, vocab
from .chars import HAN
from .edits import SHORT as _SHORT, Literals as _Literals, sub as _sub, width as _width

CJK = HAN + "\uf900-\ufaff〇○"  # (and the compatibility ideographs, 〇)
_CJK_RE = f"[{CJK}]"
_CJK_ONE = re.compile(_CJK_RE)  # (compiled once: tested character by character)


@dataclass
class Normalised:
    text: str
    offsets: list  # offsets[i]: index in ``original`` of text[i]; one extra at the end
    original: str

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """The original span that normalised ``text[start:end]`` came from."""
        if end <= start:
            o = self.offsets[start]
            return o, o
        first, last = self.offsets[start], self.offsets[end - 1]
        if last < first:  # a grid table's cell gathered from several lines
            span = self.offsets[start:end]
            first, last = min(span), max(span)
        return first, last + 1


# --- characters -----------------------------------------------------------

_INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]|\r(?=\n)")
_SPACES = re.compile("[\u3000\u00a0\u2002-\u200a\u202f\u205f\f\v]")
# full-width forms, CJK compatibility ideographs, Kangxi and CJK radicals:
# NFKC gives the ordinary character (＋ → +, ⼀ → 一, ，→ ,).  Full-width
# digits and Latin letters stay as printed (〔２０２５〕１２号, ５Ｇ): names and
# task headings are quoted as written, and \d matches them anyway
# (the full-width CJK punctuation itself — ，：；（）！？ — is already canonical)
_COMPAT = re.compile("[\uff02-\uff07\uff0a\uff0b\uff0d-\uff0f\uff1c-\uff1e\uff20\uff3b-\uff40\uff5b-\uff5e"
                     "\uf900-\ufaff\u2f00-\u2fdf\u2e80-\u2eff\u2460-\u24ff\u3200-\u32ff]")


# Enumeration marks inside a list (分管：①县财政局②县统计局, ⑴县税务局⑵…,
# （1）…（2）…): a mark after a name separates it from the next item like 、;
# after a colon or at a line start it is dropped.  Circled and parenthesised
# numbers are read before NFKC would turn them into plain digits.
# (each pattern starts with a character class, not a look-behind: the
# regular expression engine then skips ahead instead of trying every position)
_MARKS = "[\u2460-\u249b\u24eb-\u24f4\u2776-\u2793]"
_ENUM_MARK = re.compile("[；;，,] *" + _MARKS + "|" + _MARKS)
_ENUM_PAREN = re.compile(r"[；，] *[（(]\d{1,2}[）)](?=" + _CJK_RE + r")|[（(]\d{1,2}[）)](?=" + _CJK_RE + ")")


# notes below a table or a list, each opened by its mark (注：/ ①挂职 / ②兼任…)
_FOOTNOTES = re.compile(r"^[ \t\u3000]*注[：:][ \t\u3000]*(?:\n[ \t\u3000]*)?" + _MARKS + r"\S", re.M)


def _enum_mark(m: re.Match, footnoted: bool = False) -> str:
    if m.group(0)[0] in "；;，,":  # ①县教育局；②县民政局: the list goes on
        return "、"
    text, i = m.string, m.start()
    if footnoted:
        return ""  # 侯某（副县长）①: a mark pointing to a note below, no list
    j = i - 1
    while j >= 0 and text[j] in " \t":
        j -= 1
    prev = text[j] if j >= 0 else "\n"
    return "、" if _CJK_ONE.match(prev) or prev in "）)" else ""


def _enum_paren(m: re.Match) -> str:
    """Only in a line that enumerates (two marks or more); a lone （1） is a heading."""
    text = m.string
    ls = text.rfind("\n", 0, m.start()) + 1
    le = text.find("\n", m.end())
    line = text[ls:le if le != -1 else len(text)]
    if len(_ENUM_PAREN.findall(line)) < 2:
        return m.group(0)
    return _enum_mark(m)


# a space next to CJK punctuation means nothing (PDF text spaced letter by
# letter: 工 作 。 分 管 市 财 政 局 、 市 统 计 局)
_PUNCT_SPACE = re.compile(rf" +(?=[、，。；：）])|[、，。；：（] +(?={_CJK_RE})")


def _punct_space(m: re.Match) -> str:
    if m.group(0)[0] != " ":
        return m.group(0)[0]  # the punctuation stays, the spaces after it go
    before = m.string[m.start() - 1] if m.start() else ""
    return "" if _CJK_ONE.match(before) else m.group(0)


def _nfkc(m):
    c = m.group(0)
    # a radical printed for the character (⺠ for 民): Unicode's own table, as
    # NFKC leaves most of the CJK Radicals Supplement alone
    return vocab.radicals().get(c) or unicodedata.normalize("NFKC", c)


@lru_cache(maxsize=1)
def _t2s():
    try:
        import opencc
    except ImportError:  # pragma: no cover - a declared dependency
        return None
    return opencc.OpenCC("t2s").convert


def _to_simplified(text: str, offsets: list) -> tuple[str, list]:
    conv = _t2s()
    if conv is None:
        return text, offsets
    new = conv(text)
    if len(new) != len(text):
        # a phrase conversion changed a length somewhere: go character by character
        new = "".join(conv(c) if len(conv(c)) == 1 else c for c in text)
    if new != text and _ASTRAL.search(new):
        # a rare character simplified by analogy only into a supplementary
        # plane (濆 → 𣸣) is no traditional spelling: simplified texts print it
        # as it is (the analogical form is in no standard list and few fonts)
        new = "".join(n if ord(n) <= 0xFFFF or ord(o) > 0xFFFF else o for o, n in zip(text, new))
    return new, offsets


_ASTRAL = re.compile("[\U00010000-\U0010FFFF]")


# ASCII punctuation as it appears in CJK prose → the full-width form the
# extractors match.  Digits keep theirs (1,000  8:20  0.5%).
_ASCII_PUNCT = re.compile(r"[,:](?<!\d[,:])(?!\d)|[;()!?\[\]]|\.(?<=" + _CJK_RE + r"\.)(?=\s|$|" + _CJK_RE + ")",
                          re.M)
_PUNCT_MAP = {",": "，", ":": "：", ";": "；", "(": "（", ")": "）", "!": "！", "?": "？",
              "[": "〔", "]": "〕", ".": "。", "【": "〔", "】": "〕"}

# Text copied from a web page or a chat article keeps its markup: bold
# markers around a name (**王某**：副市长), heading hashes, and rule lines
# drawn with box or dash characters.  None of it is text.
_MARKUP = re.compile(r"\*\*|__(?=\S)|__(?<=\S__)|^#{1,6}[ \t]+|^[ \t]*[━─═—\-_*=~·•]{3,}[ \t]*$", re.M)

# A bullet opening a line (◆副县长 某某, ■分管单位：…) marks an item, as a
# number would: it goes, the line's indent stays.
_BULLETS = "◆◇■□●★☆▲△▶►▪▫◎※➢➤❖♦"
_BULLET = re.compile(f"^([ \t]*)[{_BULLETS}]+[ \t]*", re.M)
_BULLET_ANY = re.compile(f"[{_BULLETS}]")

# a cell of a table pasted from a spreadsheet, quoted because it holds a line break
_QUOTED_CELL = re.compile(r'(?:(?<=\t)|(?<=^))"([^"\t\n]{1,40}?)[ \t]*\n(?:[ \t]*\n)*[ \t]*([^"\t\n]{1,40})"(?=\t|$)',
                          re.M)
_QUOTE = re.compile('"')

# A field label in lenticular brackets (【牵头单位】市商务局　【配合单位】…)
# reads as the label with a colon, apart from what stands before it
@lru_cache(maxsize=1)
def _bracket_label_re() -> re.Pattern:
    # a label in lenticular brackets: a field's (【牵头单位】, 【完成时限】) or a
    # division's cue (【分管】县财政局。【联系】…, 【挂钩镇】…)
    cues = "|".join(vocab.longest_first(c["cue"] for c in vocab.load("verbs")["division_cues"]))
    return re.compile(r"【((?:[^【】\s：:，。；]{2,8}?)?(?:单位|部门|领导|时限|时间|目标|任务|节点|指标|要求|措施|职责|分工)"
                      r"|(?:" + cues + r"))】[ \t]*[：:]?")
_BRACKET_LABEL_ANY = re.compile("【")


def _bracket_label(m: re.Match) -> str:
    before = m.string[m.start() - 1] if m.start() else "\n"
    return ("" if before in "\n \t" else " ") + m.group(1) + "："


# Text read from a scan by OCR misreads a few marks the same way each time:
# 。 as the letter o, 、 as 丶, 0 as O and 1 as l in numbers, 日 as 曰 after a
# digit, 人民 as 入民, a 厅 closing a unit as 斤, a dash of a page footer as 一,
# a rule at a line's start as |.  Repaired only where the text shows the
# first two (a clean text keeps every letter o and every 斤).
_OCR_SIGN = re.compile(f"(?<={_CJK_RE})o(?={_CJK_RE}|\\s|$)|丶", re.M)
_OCR_SLIPS = re.compile(f"(?<={_CJK_RE})o(?={_CJK_RE}|\\s|$)|丶|(?<=\\d)[Ol]|[Ol](?=\\d)|(?<=第)l"
                        f"|(?<=\\d)曰|入(?=民政府|民银行|民法院|民检察院)"
                        f"|(?<=[\u4e00-\u9fff]{{2}})斤(?=[、，。；o\\s]|$)"
                        r"|^\|(?=[^|\n]*$)|^(\s*)一(?=\s*\d{1,3}\s*一\s*$)|(?<=\d)(\s*)一(?=\s*$)", re.M)
_OCR_FIX = {"o": "。", "丶": "、", "O": "0", "l": "1", "曰": "日", "入": "人", "斤": "厅", "|": "", "一": "—"}


def _ocr_text(text: str) -> bool:
    if "丶" not in text and text.count("o") < 3:  # (most texts: no scan)
        return False
    return len(_OCR_SIGN.findall(text, 0, 200_000)) >= 3


def _ocr_fix(m: re.Match) -> str:
    found = m.group(0)
    if found.endswith("一"):  # 一 3 一: a page footer's dashes
        return found[:-1] + "—"
    return _OCR_FIX.get(found, found)


# A note on the order of a list (（以下按姓氏笔画排序）, （排名不分先后）) says
# nothing of who is in it; in a role label (委　员（按姓氏笔画排序）：) it hides the role.
_ORDER_NOTE = re.compile(r"[（(](?:以[上下])?(?:按|以)?(?:姓氏笔画|姓氏笔划|笔画)(?:排序|为序|排列|顺序)?[）)]"
                         r"|[（(](?:以[上下])?(?:排名|排序)不分先后(?:顺序)?[）)]")
_ORDER_NOTE_ANY = _Literals("笔画", "笔划", "不分先后")

# A transliterated name's parts are joined by a middle dot, typed as any dot
# that looks like one (艾某•吐某, 艾某．吐某, 艾某・吐某): one form, so that the
# person is one node.  ASCII '.' is left to _ASCII_PUNCT (a full stop).
_NAME_DOT = re.compile(f"(?<={_CJK_RE})[•・‧･．∙⋅](?={_CJK_RE})")

# the characters each of these patterns' matches contains (see _sub)
_NAME_DOT_ANY = re.compile("[•・‧･．∙⋅]")
_INVISIBLE_ANY = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad\r]")
_MARKS_ANY = re.compile(_MARKS)
_ASCII_PUNCT_ANY = re.compile(r"[,:;()!?\[\].]")
_MARKUP_ANY = re.compile(r"[*_#━─═—\-=~·•]")
_TWO_SPACES = re.compile("  ")
_ENUM_PAREN_ANY = re.compile(r"[（(]\d")
_PUNCT_SPACE_ANY = (re.compile("[、，。；：（] "), re.compile(" [、，。；：）]"))

# --- white space ------------------------------------------------------------

_HSPACE_RUN = re.compile(r"[ ]{2,}")
_COLUMN_GAP = re.compile(r"(?<=[^\s])[ ]{6,}(?=[^\s])")
# a wider gap after characters spaced one by one (副　区　长　　王　敏: the post
# padded to a width, then the name): the column's edge, kept as a tab
# (three characters or more: a padded two-character name, 程　洁, is no post)
_SPACED_GAP = re.compile(rf"(?<={_CJK_RE} {_CJK_RE} {_CJK_RE})[ ]{{2,3}}(?={_CJK_RE})")
_FOUR_SPACES = _Literals(" " * 6)
_BR_TAG = re.compile(r"<br\s*/?>", re.I)
# a text table drawn with pipes (| 组长 | 某某 | 县长 |): its cells become
# tab-separated fields, the outer pipes go
_PIPE = re.compile(r"[ \t]*[|｜][ \t]*")
_PIPED_ROW = re.compile(r"^[^\n|｜]*\S [|｜] \S", re.M)


def _pipe_cell(m: re.Match, many: bool = False) -> str:
    text = m.string
    ls = text.rfind("\n", 0, m.start()) + 1
    le = text.find("\n", m.end())
    le = len(text) if le == -1 else le
    line = text[ls:le].strip()
    framed = line.startswith(("|", "｜")) and line.endswith(("|", "｜")) and len(line) > 2
    # a row written without its outer pipes (4 | 某某 | 副县长 | 副主任): three or more
    # pipes apart by spaces make it one
    if not framed and len(re.findall(r" [|｜] ", line)) < (1 if many else 3):
        return m.group(0)
    if not text[ls:m.start()].strip() or not text[m.end():le].strip():
        return ""  # the outer pipes
    return "\t"


# A grid table drawn in text (+----+----+ borders, | between cells) whose
# cells run over several lines: each row between two borders becomes one line,
# its cells joined line by line and kept apart by tabs.
_BORDER = re.compile(r"^[ \t]*\+[-=+: ]*\+[ \t]*$")


def _grid_tables(text: str, offsets: list) -> tuple[str, list]:
    if "+-" not in text and "+=" not in text:
        return text, offsets

    def extent(lines, i):
        j = i
        if _BORDER.match(lines[i][1]):
            while j + 1 < len(lines) and (_BORDER.match(lines[j + 1][1])
                                          or lines[j + 1][1].strip().startswith("|")):
                j += 1
        return j
    return _table_blocks(text, offsets, extent, _grid_rows)


def _table_blocks(text: str, offsets: list, extent, read) -> tuple[str, list]:
    """Each block of lines ``extent(lines, i)`` finds from line i (to index j)
    that ``read(block)`` takes for a table is replaced by its rows, one line
    each ((text, indexes into ``text``) of its chars); other lines stay."""
    lines, pos = [], 0
    for line in text.split("\n"):
        lines.append((pos, line))
        pos += len(line) + 1
    out, omap = [], []
    i = 0
    while i < len(lines):
        pos, line = lines[i]
        j = extent(lines, i)
        rows = read(lines[i:j + 1]) if j > i else None
        if rows is None:
            out.append(line + "\n")
            omap.extend(offsets[pos:pos + len(line) + 1])
            i += 1
            continue
        for chars, offs in rows:
            out.append(chars + "\n")
            omap.extend([offsets[o] for o in offs] + [offsets[offs[-1]] if offs else offsets[pos]])
        i = j + 1
    new = "".join(out)
    if not text.endswith("\n"):
        new = new[:-1]
    return new, omap[:len(new)]


def _grid_rows(block):
    """The rows of a grid table as (text, offsets), or None if the block is
    not one (its lines do not all hold the same number of cells)."""
    rows, current, ncols = [], None, None
    for pos, line in block:
        if _BORDER.match(line):
            if current:
                rows.append(current)
            current = None
            continue
        stripped = line.strip()
        if not stripped.endswith("|"):
            return None
        lead = line.index("|")
        cells, at = [], lead + 1
        for cell in stripped[1:-1].split("|"):
            cells.append((cell, pos + at))
            at += len(cell) + 1
        if ncols is None:
            ncols = len(cells)
        if len(cells) != ncols:
            return None
        if current is None:
            current = [[] for _ in range(ncols)]
        for k, (cell, cpos) in enumerate(cells):
            c = cell.strip()
            if c:
                current[k].append((c, cpos + cell.index(c)))
    if current:
        rows.append(current)
    if len(rows) < 2:
        return None
    return [_row_text(row) for row in rows]


# A table drawn with box-drawing characters (a Word table saved as text):
# rows between rule lines, cells between vertical bars.  A cell merged over
# several rows shows in a rule line as a segment without rule characters
# (├───┼────┤  某某  ├───┤), and its text may stand on any of its lines,
# the rule lines included; it is repeated in every row it covers.
_BOX_BARS = "│┃║"
_BOX_JOINTS = "┌┐└┘├┤┬┴┼╔╗╚╝╠╣╦╩╬╟╢╤╧╪╫┏┓┗┛┣┫┳┻╋" + _BOX_BARS
_BOX_RULE = set("─━═╌╍┄┅┈┉-")
_BOX_SPLIT = re.compile(f"[{_BOX_JOINTS}]")


def _is_box_line(line: str) -> bool:
    s = line.strip()
    return len(s) > 2 and s[0] in _BOX_JOINTS and s[-1] in _BOX_JOINTS


def _box_tables(text: str, offsets: list) -> tuple[str, list]:
    if not any(b in text for b in _BOX_BARS):
        return text, offsets

    def extent(lines, i):
        j = i
        while j + 1 < len(lines) and _is_box_line(lines[j][1]) and _is_box_line(lines[j + 1][1]):
            j += 1
        return j
    return _table_blocks(text, offsets, extent, _box_rows)


def _box_rows(block):
    """The rows of a box-drawn table as (text, indexes into the text), cells
    apart by tabs; None if the block is not one."""
    ncols = None
    open_: list = []
    rows, current = [], None
    for pos, line in block:
        lead = len(line) - len(line.lstrip())
        parts, at = [], pos + lead
        for piece in _BOX_SPLIT.split(line.strip())[1:-1]:
            at += 1
            parts.append((piece, at))
            at += len(piece)
        if ncols is None:
            ncols = len(parts)
            open_ = [None] * ncols
        content = line.strip()[0] in _BOX_BARS
        if content and len(parts) == 1 and ncols > 1:
            # a row spanning the table (│一、降低经营成本│): a line of its own
            if current is not None:
                rows.append(current)
                current = None
            bare = parts[0][0].strip()
            if bare:
                rows.append([[(bare, parts[0][1] + parts[0][0].index(bare), False)]])
            open_ = [None] * ncols
            continue
        if len(parts) != ncols or not ncols:
            return None
        if content and current is None:
            open_ = [c if c is not None else [] for c in open_]
            current = list(open_)
        for k, (piece, at) in enumerate(parts):
            rule = bool(piece) and set(piece) <= _BOX_RULE
            if rule and not content:
                open_[k] = None  # the cell ends here
                continue
            bare = piece.strip()
            if bare:
                if open_[k] is None:
                    open_[k] = []
                # (padded: the line ends before its column does, so the next
                # line of the cell starts a new item, not the rest of a word)
                open_[k].append((bare, at + piece.index(bare), piece.rstrip() != piece))
        if not content and current is not None and any(c is None for c in open_):
            rows.append(current)
            current = None
    if current is not None:
        rows.append(current)
    if len(rows) < 2:
        return None
    return [_row_text(row) for row in rows]


# A table laid out by spaces, as pdftotext -layout prints one: a header row
# of known column labels starting with 序号, each row opened by its number,
# its cells wrapped over the lines below at the columns' positions.  Each row
# becomes one line of tab-separated cells; page furniture and a header
# repeated on the next page inside it go.
_TOKEN = re.compile(r"\S(?:\S| (?! ))*")
_PAGE_LINE = re.compile(r"^\s*(?:[—\-－]\s*\d{1,3}\s*[—\-－]|第\s*\d+\s*页.*|\d{1,3})\s*$")
_CATEGORY = re.compile(r"^[一二三四五六七八九十]+、\S+$")


@lru_cache(maxsize=1)
def _column_labels() -> frozenset:
    verbs = vocab.load("verbs")
    words = {w for ws in verbs["task_columns"].values() for w in ws}
    words |= {w for ws in verbs["table_columns"].values() for w in ws}
    words |= set(verbs["unit_table"]["unit"])
    return frozenset(words | {"序号", "完成时限", "完成时间", "时限要求", "时间节点", "备注"})


def _display_tokens(line: str) -> list[tuple[int, int, str]]:
    """(display column, index, text) of each run of text apart from the next
    by two spaces or more: columns counted as printed, a CJK character two."""
    out, col, last = [], 0, 0
    for m in _TOKEN.finditer(line):
        col += _width(line[last:m.start()])
        out.append((col, m.start(), m.group()))
        col += _width(m.group())
        last = m.end()
    return out


def _layout_header(line: str):
    if "\t" in line:  # cells apart by tabs are a table already
        return None
    tokens = [(col, t) for col, _, t in _display_tokens(line)]
    if len(tokens) < 3 or tokens[0][1] != "序号":
        return None
    known = sum(1 for _, t in tokens if t.replace(" ", "") in _column_labels())
    return tokens if known >= 3 else None


def _layout_tables(text: str, offsets: list) -> tuple[str, list]:
    if "序号" not in text or "   " not in text:
        return text, offsets
    lines, pos = [], 0
    for line in text.split("\n"):
        lines.append((pos, line))
        pos += len(line) + 1
    out, omap = [], []

    def emit(pieces):  # pieces: [(text, start index in text)] → one output line
        for piece, at in pieces:
            out.append(piece)
            omap.extend(offsets[at:at + len(piece)] if at >= 0 else [omap[-1] if omap else 0] * len(piece))
        out.append("\n")
        omap.append(omap[-1] if omap else 0)

    i = 0
    while i < len(lines):
        lpos, line = lines[i]
        head = _layout_header(line)
        if head is None:
            out.append(line + "\n")
            omap.extend(offsets[lpos:lpos + len(line) + 1])
            i += 1
            continue
        starts = [st for st, _ in head]
        names = [t for _, t in head]
        cells_of = lambda: [[] for _ in starts]  # noqa: E731
        emit(_joined([[(m.group(), lpos + m.start())] for m in _TOKEN.finditer(line)]))
        row, j = None, i + 1
        while j < len(lines):
            p, ln = lines[j]
            shown = _display_tokens(ln)
            if len(shown) >= 2 and shown[0][0] < starts[0] - 1 and re.fullmatch(r"\d{1,3}", shown[0][2]) \
                    and re.fullmatch(r"\d{1,3}", shown[1][2]):
                shown = shown[1:]  # a printed index before the 序号 column (a data frame's): no cell
            tokens = [(col, t) for col, _, t in shown]
            if not tokens or _PAGE_LINE.match(ln) or [t for _, t in tokens] == names \
                    or (len(tokens) == 1 and tokens[0][1] == "附件"):
                j += 1
                continue
            first_at, first = tokens[0]
            if first_at < starts[1] - 2 and re.fullmatch(r"\d{1,3}", first):
                if row:
                    emit(_joined(row))
                row = cells_of()
            elif len(tokens) == 1 and _CATEGORY.match(first) and first_at < starts[2]:
                if row:
                    emit(_joined(row))
                row = None
                emit([(first, p + shown[0][1])])
                j += 1
                continue
            elif row is None or first_at < starts[1] - 2:
                break  # prose after the table
            if len(shown) == len(starts) and re.fullmatch(r"\d{1,3}", first) and not any(row[1:]):
                # a whole row, one token a column: in order, wherever alignment put them
                for k, (at, index, tok) in enumerate(shown):
                    row[k].append((tok, p + index))
                j += 1
                continue
            for at, index, tok in shown:
                k = max(c for c, st in enumerate(starts) if st <= at + 2) if at + 2 >= starts[0] else 0
                row[k].append((tok, p + index))
            j += 1
        if row:
            emit(_joined(row))
        i = j
    new = "".join(out)
    if not text.endswith("\n"):
        new = new[:-1]
    return new, omap[:len(new)]


def _joined(cells) -> list:
    """Cells of (token, index) pieces → the pieces of one tab-separated line."""
    out = []
    for k, pieces in enumerate(cells):
        if k:
            out.append(("\t", -1))
        out.extend(pieces)
    return out


def _whole_item(text: str) -> bool:
    """Does a cell's line end with a whole body or post (市金融办, 县委副书记),
    not in the middle of one (县农业农村 / 局)?"""
    return text.endswith(vocab.body_suffixes()) or text.endswith(vocab.post_endings())


def _row_text(row):
    """A row's cells apart by tabs.  A cell's lines join as written, but a
    line that stops short of its column's end (a box cell padded with spaces)
    and ends with a whole body or post ended an item of a list, so 、 parts it
    from the next (市金融办 / 人行某某中心支行 in one lead cell)."""
    chars, offs = [], []
    for k, pieces in enumerate(row):
        if k:
            chars.append("\t")
            offs.append(offs[-1] if offs else 0)
        prev = None
        for piece in pieces:
            text, at = piece[0], piece[1]
            if prev is not None and len(prev) > 2 and prev[2] and _whole_item(prev[0]) \
                    and not re.match(r"[、，。；）)]", text):
                chars.append("、")
                offs.append(offs[-1])
            chars.append(text)
            offs.extend(range(at, at + len(text)))
            prev = piece
    return "".join(chars), offs


# a tab separates fields (table cells of a web page or a Word file): kept, one
# per cell boundary, so an empty cell keeps the columns after it in place
_TAB_RUN = re.compile(r"[ ]*\t[ ]*")
# edges of a line go, but a leading tab in a row of cells is its empty first
# cell (a tab alone before text is an indent)
_LINE_EDGE = re.compile(r"^[ \t]+(?=[^\t\n]*[ \t]*$)|^[ ]+|[ \t]+$", re.M)


def _line_edges(text: str, offsets: list) -> tuple[str, list]:
    """``_sub(text, offsets, _LINE_EDGE, lambda m: "")``, line by line: the
    pattern's unanchored last branch made the regex engine try every space of
    the text (a tenth of the normaliser's time)."""
    out, omap, pos, base = [], [], 0, 0
    for line in text.split("\n"):
        n = len(line)
        end = len(line.rstrip(" \t"))
        if end == 0:
            cut, end = n, n  # a blank line's spaces all go
        else:
            cut = n - len(line.lstrip(" \t"))
            if cut and "\t" in line[cut:end]:
                cut = n - len(line.lstrip(" "))  # a leading tab is an empty first cell
        if cut:
            out.append(text[pos:base])
            omap.extend(offsets[pos:base])
            pos = base + cut
        if end < n:
            out.append(text[pos:base + end])
            omap.extend(offsets[pos:base + end])
            pos = base + n
        base += n + 1
    if not out:
        return text, offsets
    out.append(text[pos:])
    omap.extend(offsets[pos:])
    return "".join(out), omap
# A space inside a word, as PDF text prints names and role words (周 敏,
# 组 长, 领 导 小 组, 欧阳 明, 王  刚), goes; a space between words stays
# (某某市人民政府 关于…, 周 敏 县林业局局长 → 周敏 县林业局局长).  Decided per
# space on the runs of CJK characters either side of it:
#   lone | lone                      → one word (周 敏, 组 长)
#   run of ≤3 | lone                 → a name with its last character apart (欧阳 明)
#   lone at a line/clause start | any → a surname apart from its given name (王 小明,
#                                     周 敏同志兼任…)
_INNER_SPACE = re.compile(rf" (?<={_CJK_RE} )(?={_CJK_RE})")
_RUN_BREAK = " ：:（(，、）)；;。\n"


def _run_left(text: str, i: int) -> tuple[int, str]:
    """(length of the CJK run ending at i-1, the character before it)."""
    j = i
    while j > 0 and _CJK_ONE.match(text, j - 1):
        j -= 1
    return i - j, (text[j - 1] if j > 0 else "\n")


def _run_right(text: str, i: int) -> int:
    j = i
    while j < len(text) and _CJK_ONE.match(text, j):
        j += 1
    return j - i


def _inner_space(m: re.Match) -> str:
    text, i = m.string, m.start()
    left, before = _run_left(text, i)
    right = _run_right(text, i + 1)
    if left == 1 and right == 1:
        return ""
    # the lone character on the right pairs with a lone one after it (a grid
    # of three-character cells: 范立群　田　野 — 田野 is one padded name)
    after = i + 1 + right
    pairs_on = right == 1 and text[after:after + 1] == " " and _run_right(text, after + 1) == 1
    if right == 1 and left <= 3 and not pairs_on:
        return ""
    if left == 1 and before not in " \t":
        return ""
    return " "

# --- lines -----------------------------------------------------------------

# a line that is only a page number: '— 3 —', '-12-', '3', '第 2 页 共 4 页', '2/4'
_PAGE_NUMBER = re.compile(r"^[ —\-－–―~]*\d{1,4}[ —\-－–―~]*$"
                          r"|^\s*第\s*\d{1,4}\s*页\s*[，,]?\s*(?:共\s*\d{1,4}\s*页)?\s*$"
                          r"|^\s*\d{1,4}\s*/\s*\d{1,4}\s*$")
_HEADING = re.compile(r"^(?:[（(]?[一二三四五六七八九十百]+[、）)．.]|[（(]\d+[）)]|\d+[、．.]|附件|附 件|第[一二三四五六七八九十百]+[章条节])")
# prose has sentence punctuation; a title or a table-of-contents line has none
_PROSE = re.compile("[，。；]")
# running text, a list of units included (…、县统计局、县国有资产服): a line a
# page's width may cut
_RUNNING = re.compile("[，。；、,;]")
# lines that always stand alone: a document number or a date
_STANDALONE = re.compile(r"^\S{1,12}?〔\d{4}〕\d+号$|^\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日$")
# a roster line (组长：…) never continues the line above
_ROLE_LINE = re.compile(r"^\S{1,6}[：:]")
_TERMINAL = "。！？；：…）」』”〕"
_NO_LINE_START = ("、", "，", "。", "；", "）", "〕", "」", "』", "》")
_LIST_OPEN = ("、", "，", "（", "〔", "和", "及", "与")
_DANGLING = ("副", "常务", "协助", "负责", "分管", "联系", "主持", "牵头")


def _bracket_depth(line: str) -> int:
    return (line.count("（") + line.count("〔")) - (line.count("）") + line.count("〕"))


_TITLE_ENDS = ("通知", "决定", "意见", "方案", "办法", "批复", "通报", "名单", "规定", "细则")


_CLAUSE_MARK = re.compile(r"[、，。；：]")


def _cut_unit_name(line: str, nxt: str) -> bool:
    """A list of units broken inside a name: ``…、市文化广电`` / ``和旅游局、…``.
    The next line's first item ends like a body and is no new clause."""
    # (the checks on the whole line first look at its end: a paragraph being
    # joined grows line by line, and scanning it whole each time is quadratic)
    if not _CJK_ONE.match(line[-1:]) or line.endswith(vocab.post_endings()) or "、" not in line:
        return False
    if line.endswith(_TITLE_ENDS) and "关于" in line:  # a title (关于…党工委、办事处…的通知)
        return False
    if _HEADING.match(nxt) or _STANDALONE.match(nxt) or _ROLE_LINE.match(nxt) or _HEADING.match(line):
        return False
    first = _CLAUSE_MARK.split(nxt, 1)[0]
    if first[:1].isdigit() or " " in first.strip():
        return False  # 2 开放… 省机关事务管理局: a table's numbered row, its cells apart, no unit's tail
    last = line[line.rfind("、") + 1:]
    if re.search(r"\d{4}年|\d{1,2}月|\d{1,2}日", last):
        return False  # …、 2020年6月底前: a deadline closes the row, no unit cut in two
    if len(last) >= 3 and last.endswith(vocab.body_suffixes()):
        return False  # …、商务局 / 市科学技术局: the line ends with a whole body
    if names.is_name(last):
        return False  # 副组长：甲、乙 / 某镇人民政府: a list of people, no unit cut in two
    # a posts line (县委常委、常务副县长) under a name is no unit's tail
    return (not nxt.startswith(_cues()) and first.endswith(vocab.body_suffixes())
            and not first.endswith(vocab.post_endings()))


@lru_cache(maxsize=1)
def _cues() -> tuple[str, ...]:
    return tuple(c["cue"] for c in vocab.load("verbs")["division_cues"])


_GAZETTE_HEADER = re.compile(r"(?:公报|政报|公報|政報)(?:\s*\S{0,12}期\S{0,12})?$|^\S{2,30}文件$")


def _running_header(raw_lines, page, k) -> bool:
    """A gazette's name printed at the top or foot of a page, next to its page
    number (某某区人民政府公报), is no part of the text it interrupts."""
    line = raw_lines[k].strip()
    if len(line) > 40 or not _GAZETTE_HEADER.search(line):
        return False
    for step in (-1, 1):
        j = k + step
        while 0 <= j < len(raw_lines) and not raw_lines[j].strip():
            j += step
        if 0 <= j < len(raw_lines) and page[j]:
            return True
    return False


# A printed line number before every line of the body (a legal draft, a
# PDF with numbered lines): 12  分管市财政局、 — gone, the text after it kept
_LINE_NUMBER = re.compile(r"^[ \t]*\d{1,3}(?:[ \t]{2,}|[ \t]*$)", re.M)


def _numbered_lines(text: str) -> bool:
    """Are most lines of ``text`` led by a line number, counting up?"""
    lines = [ln for ln in text.split("\n") if ln.strip()]
    numbers = []
    for ln in lines:
        m = re.match(r"^[ \t]*(\d{1,3})(?:[ \t]{2,}|[ \t]*$)", ln)
        if m:
            numbers.append(int(m.group(1)))
    if len(numbers) < 8 or len(numbers) < 0.5 * len(lines):
        return False
    rising = sum(1 for a, b in zip(numbers, numbers[1:]) if b == a + 1)
    return rising >= 0.7 * (len(numbers) - 1)


def _wrapped_ends(original: str, numbered: bool) -> set:
    """Offsets (in ``original``) of the last character of lines that a PDF
    cut at a fixed width: most longer lines there have one same length, and
    a line of that length runs on into the next (国有资 / 产监管).

    Failing that, the prose lines alone (sentence marks, no column gaps),
    their widths counted as printed (a CJK character two columns, a digit or
    Latin letter one: 5G-A is as wide as two characters), a line up to three
    characters short of the width still filling it: a paragraph's first line
    lost its indent, a justified line squeezed its punctuation."""
    lines, pos = [], 0
    for line in original.split("\n"):
        kept = line.rstrip()
        lead = (_LINE_NUMBER.match(line) if numbered else None) or dumps.QUOTE_MARK.match(line)
        body = kept[lead.end():] if lead and lead.end() <= len(kept) else kept
        # (a table's row drawn with bars or apart by tabs is no line of the page's text)
        if len(body) >= 12 and not _TABLE_ROW.search(body):
            lines.append((body, pos + len(kept) - 1))
        pos += len(line) + 1
    counted = [(len(body), at) for body, at in lines]
    exact = _full_lines(counted, 0, _NARROWEST)
    # (a line of over a hundred characters is no page's width: counted, not measured)
    prose = [(10_000, at) if len(body) > 100 else (_width(body), at) for body, at in lines
             if len(body) > 100 or _RUNNING.search(body) and not _GAP.search(body.strip())]
    measured = _full_lines(prose, _SHORT, 2 * _NARROWEST)
    if not exact:
        return measured
    # the same page measured: lines holding digits or ASCII punctuation hold
    # more characters in its width, and run on as well
    chars = next(n for n, at in counted if at in exact)
    widths = sorted(w for w, at in prose if at in measured)
    page = widths[len(widths) // 2] if widths else 0
    if page and abs(page - 2 * chars) <= _SHORT:
        # (…, and lines that hold fewer, full as measured: where most lines hold
        # an ASCII mark or two, the commonest count is theirs)
        more = {at for n, at in counted if n > chars}
        full = {at for w, at in prose if w >= page - 2}
        return exact | (measured & (more | full))
    return exact


_TABLE_ROW = re.compile("[|│┃\t]")


# The narrowest page a PDF cuts lines at, in characters: rows of a roster
# (　　　　李某　市水利局局长) are often of one length, and far shorter.
_NARROWEST = 16


def _full_lines(lines: list[tuple[int, int]], short: int, narrowest: int = 0) -> set:
    """The offsets of lines as wide as most (up to ``short`` less), if most
    are and that width is a page's (``narrowest`` or more)."""
    if len(lines) < 5:
        return set()
    counts = collections.Counter(w for w, _ in lines)
    width = max(counts, key=lambda w: (counts[w], w))  # the commonest (the widest, of equals)
    if width < narrowest:
        return set()
    # (a line one over: a closing mark hung at its end, which no line may open)
    hang = max(1, short // 3)
    full = {at for w, at in lines if width - short <= w <= width + hang}
    if len(full) < 5:
        return set()
    # most lines that wide; or, where short lines are many (labelled lines,
    # headings, a roster), hardly a line wider: a page's width no line passes
    over = sum(1 for w, _ in lines if w > width + hang)
    if len(full) < 0.4 * len(lines) and over > max(1, len(lines) // 50):
        return set()
    return full


def wrapped_ends(original: str) -> bool:
    """Are lines of ``original`` cut at a page's width (:func:`_wrapped_ends`)?"""
    return bool(_wrapped_ends(original, _numbered_lines(original)))


_GAP = re.compile("[ \u3000]{2}|\t")
_PARAGRAPH_INDENT = re.compile(r"^(?:>[> ]*)?[ \t]*\u3000\u3000(?=[^\s\u3000])", re.M)


def _paragraph_starts(original: str) -> set:
    """Offsets (in ``original``) of the first character of lines indented by
    two full-width spaces, the typographic mark of a new paragraph: a wrapped
    or cut line never carries it."""
    if "\u3000\u3000" not in original:
        return set()
    return {m.end() for m in _PARAGRAPH_INDENT.finditer(original)}


def _comma_only(text: str) -> bool:
    """A text typed with one comma for both 、 and ， (an old web page in
    ASCII punctuation: 负责审计,机构编制工作,分管县审计局,县编办): no 、 at all,
    and ASCII commas where a text would have many of either."""
    return "、" not in text and text.count(",") >= 8 and text.count(",") > 2 * text.count("，")


@lru_cache(maxsize=1)
def _comma_re() -> re.Pattern:
    # a comma not between digits (1,200); before a cue word (分管, 联系, 负责…)
    # it ends a clause, anywhere else it parts the items of a list
    cues = sorted({c["cue"] for c in vocab.load("verbs")["division_cues"]}, key=len, reverse=True)
    return re.compile(r"(?<!\d),(?!\d)(\s*(?:" + "|".join(map(re.escape, cues)) + r"))?")


def _comma_as(m: re.Match) -> str:
    return ("，" if m.group(1) else "、") + (m.group(1) or "")


def _join_lines(text: str, offsets: list, wrapped: set = frozenset(),
                paragraphs: set = frozenset()) -> tuple[str, list]:
    """Drop blank and page-number lines; join a line to the next when a page
    or line break cut a list, a bracket or a long sentence in two, or when a
    fixed-width wrap cut it (``wrapped``: see :func:`_wrapped_ends`).  A line
    that opens an indented paragraph (``paragraphs``) is joined to the one
    before only where a list, a word (协助常务副 / 市长) or a bracket was cut.""" 
    lines, pos = [], 0
    raw_lines = text.split("\n")
    page = [bool(_PAGE_NUMBER.match(r)) and bool(r.strip()) for r in raw_lines]
    for k, raw in enumerate(raw_lines):
        start, pos = pos, pos + len(raw) + 1
        if raw.strip() and not page[k] and not _running_header(raw_lines, page, k):
            lines.append((raw, start))
    out, omap = [], []

    def _opens_paragraph(k: int) -> bool:
        at = lines[k][1]
        return bool(paragraphs) and at < len(offsets) and offsets[at] in paragraphs

    cur = ""  # the output line so far: joins are decided on it, as a second pass would see it
    # what is known of cur, kept as it grows (not scanned again per line)
    depth, tab, prose = 0, False, False
    for i, (line, start) in enumerate(lines):
        out.append(line)
        omap.extend(offsets[start:start + len(line)])
        cur += line
        depth += _bracket_depth(line)
        tab = tab or "\t" in line
        prose = prose or bool(_PROSE.search(line))
        if i + 1 == len(lines):
            break
        nxt = lines[i + 1][0]
        # a table row (cells apart by tabs) is whole on its line
        join = not tab and "\t" not in nxt and (
                cur.endswith(_LIST_OPEN)
                # a mark no line may begin with (、水利 / 。联系…): a wrap put it there
                or nxt.startswith(_NO_LINE_START)
                # a line cut after a word that cannot end one (协助常务副 / 市长负责…)
                or (cur.endswith(_DANGLING) and not _HEADING.match(nxt)
                    and not _STANDALONE.match(nxt) and not _ROLE_LINE.match(nxt))
                or (wrapped and line and offsets[start + len(line) - 1] in wrapped
                    and not cur.endswith(("。", "：", "；")) and not _HEADING.match(nxt)
                    and not _STANDALONE.match(nxt) and not _opens_paragraph(i + 1))
                or (_cut_unit_name(cur, nxt) and not _opens_paragraph(i + 1))
                or (depth > 0 and _bracket_depth(nxt) < 0 and len(nxt) < 200)
                or (len(cur) >= 40 and prose and not cur.endswith(tuple(_TERMINAL))
                    and not _HEADING.match(nxt) and not _STANDALONE.match(nxt)
                    and not _opens_paragraph(i + 1)))
        if not join:
            out.append("\n")
            omap.append(offsets[start + len(line)] if start + len(line) < len(offsets) else offsets[-1])
            cur, depth, tab, prose = "", 0, False, False
    return "".join(out), omap


# pictographs of a social-media post (🔹 ✅ ▶️ 👉 📢, keycaps 1️⃣): no text; a
# photo placeholder and the caption under it (▲某某主持召开…) state nothing
# (not the marks a table or a list may use: ★ ☆ ✓ ✔ ❖ ➢ ➤)
_EMOJI_CHARS = ("\U0001F000-\U0001FAFF\u2600-\u2604\u2607-\u26FF\u2705\u2728\u274C\u2757\u27A1"
                "\u2B05-\u2B07\u2B50\u2B55\uFE0F\u20E3")
_EMOJI = re.compile("[" + _EMOJI_CHARS + "\u200D]+ ?")
_EMOJI_ANY = re.compile("[" + _EMOJI_CHARS + "]")
_CAPTION = re.compile(r"^[ \t\u3000]*[\[［〔【(（]图片[\]］〕】)）][ \t]*\n[ \t\u3000]*[▲△↑][^\n]*$", re.M)
_CAPTION_ANY = _Literals("图片")
# a name and its posts apart by a bar (陶某｜镇党委副书记、镇长): a space
_ONE_BAR = re.compile(r"^([^\n|｜]{2,12}?)[ \t]*[｜|][ \t]*(?=[^\n|｜]+$)", re.M)


def normalise(original: str) -> Normalised:
    """The normalised text of ``original`` with its offset map."""
    text, offsets = original, list(range(len(original) + 1))
    # the extra final offset stays last through every step below
    end = offsets.pop()
    text, offsets = _sub(text, offsets, _INVISIBLE, lambda m: "", _INVISIBLE_ANY)
    if "\x07" in text:
        text, offsets = dumps.word_cells(text, offsets)
    text, offsets = _sub(text, offsets, re.compile("\r"), lambda m: "\n")
    column_wraps: set = set()
    table_ends: set = set()
    if "职" in text and "姓" in text:  # a division printed as a four-column table
        text, offsets, table_ends = dumps.layout_table(text, offsets)
    if dumps.GUTTER.search(text):
        text, offsets, column_wraps = dumps.columns(text, offsets)
    text, offsets = _sub(text, offsets, _CAPTION, lambda m: "", _CAPTION_ANY)
    text, offsets = _sub(text, offsets, _EMOJI, lambda m: "", _EMOJI_ANY)
    if "$" in text:
        text, offsets = _sub(text, offsets, dumps.LATEX, dumps.latex)
    if dumps.link_numbered(text):
        text, offsets = _sub(text, offsets, dumps.LINK_MARK, lambda m: "")
    if dumps.quoted_mail(text):
        text, offsets = _sub(text, offsets, dumps.QUOTE_MARK, lambda m: "")
    text, offsets = _sub(text, offsets, dumps.PINYIN_GLOSS, lambda m: "", dumps.TONED)
    text, offsets = _sub(text, offsets, _SPACES, lambda m: " ")
    footnoted = bool(_MARKS_ANY.search(text)) and bool(_FOOTNOTES.search(text))
    text, offsets = _sub(text, offsets, _ENUM_MARK, lambda m: _enum_mark(m, footnoted), _MARKS_ANY)
    if _ocr_text(text):
        text, offsets = _sub(text, offsets, _OCR_SLIPS, _ocr_fix)
    text, offsets = _sub(text, offsets, _NAME_DOT, lambda m: "·", _NAME_DOT_ANY)
    text, offsets = _sub(text, offsets, _COMPAT, _nfkc)
    text, offsets = _to_simplified(text, offsets)
    if _comma_only(text):
        text, offsets = _sub(text, offsets, _comma_re(), _comma_as)
    text, offsets = _sub(text, offsets, _ASCII_PUNCT, lambda m: _PUNCT_MAP[m.group(0)],
                         _ASCII_PUNCT_ANY)
    text, offsets = _sub(text, offsets, _bracket_label_re(), _bracket_label, _BRACKET_LABEL_ANY)
    text, offsets = _sub(text, offsets, re.compile("[【】]"), lambda m: _PUNCT_MAP[m.group(0)])
    numbered = _numbered_lines(original)  # decided once, for the stripping and the wrap width
    if numbered:
        text, offsets = _sub(text, offsets, _LINE_NUMBER, lambda m: "")
    text, offsets = _box_tables(text, offsets)
    text, offsets = _grid_tables(text, offsets)
    text, offsets = _layout_tables(text, offsets)
    text, offsets = _sub(text, offsets, _MARKUP, lambda m: "", _MARKUP_ANY)
    text, offsets = _sub(text, offsets, _BULLET, lambda m: m.group(1), _BULLET_ANY)
    text, offsets = _sub(text, offsets, _ORDER_NOTE, lambda m: "", _ORDER_NOTE_ANY)
    if "|" in text or "｜" in text:
        # (a table of two columns, one spaced pipe a row: many such rows make it one)
        many = len(_PIPED_ROW.findall(text)) >= 3
        text, offsets = _sub(text, offsets, _PIPE, lambda m: _pipe_cell(m, many))
        text, offsets = _sub(text, offsets, _ONE_BAR, lambda m: m.group(1) + " ")
    # a line break written as a tag in a markdown table's cell (县委副书记、<br>县长)
    # joins the cell's lines (an HTML page's tags are gone before this)
    text, offsets = _sub(text, offsets, _BR_TAG, lambda m: "", _BR_TAG)
    # items printed in columns (成员: 县财政局局长      县商务局局长): a wide gap
    # inside a line keeps them apart, as a tab does
    text, offsets = _sub(text, offsets, _COLUMN_GAP, lambda m: "\t", _FOUR_SPACES)
    text, offsets = _sub(text, offsets, _SPACED_GAP, lambda m: "\t", _TWO_SPACES)
    text, offsets = _sub(text, offsets, _HSPACE_RUN, lambda m: " ", _TWO_SPACES)
    if "\t" in text:
        text, offsets = _sub(text, offsets, _TAB_RUN, lambda m: "\t")
        # a spreadsheet cell quoted over two lines ("市机关事务\n服务中心"): one cell
        text, offsets = _sub(text, offsets, _QUOTED_CELL, lambda m: m.group(1) + m.group(2), _QUOTE)
    text, offsets = _line_edges(text, offsets)
    text, offsets = _sub(text, offsets, _ENUM_PAREN, _enum_paren, _ENUM_PAREN_ANY)
    text, offsets = _sub(text, offsets, _PUNCT_SPACE, _punct_space, *_PUNCT_SPACE_ANY)
    text, offsets = _sub(text, offsets, _INNER_SPACE, _inner_space)
    wrapped = (_wrapped_ends(original, numbered) | column_wraps) - table_ends
    paragraphs = _paragraph_starts(original)
    # a join can make the next one possible (（甲 / ， / ） → （甲 / ，）→ （甲，）):
    # join until nothing changes, so that normalising twice changes nothing
    for _ in range(4):
        joined, offsets = _join_lines(text, offsets, wrapped, paragraphs)
        if joined == text:
            break
        text = joined
    # a join can put ASCII punctuation next to CJK text it was apart from
    # (and the space after it is then one beside a CJK mark: it goes, as it
    # would on a second pass)
    if _ASCII_PUNCT_ANY.search(text):
        text, offsets = _sub(text, offsets, _ASCII_PUNCT, lambda m: _PUNCT_MAP[m.group(0)],
                             _ASCII_PUNCT_ANY)
        text, offsets = _sub(text, offsets, _PUNCT_SPACE, _punct_space, *_PUNCT_SPACE_ANY)
    offsets.append(end)
    return Normalised(text, offsets, original)
