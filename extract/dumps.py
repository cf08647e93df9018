"""Texts as tools dump them, read back to the text they hold: a two-column
page as `pdftotext -layout` prints it, Word's own text of a document (its
COM Range.Text), a text browser's dump of a page (lynx -dump), the Markdown
a PDF converter writes (inline LaTeX), an e-mail reply quoting a notice and
a page whose rarer characters a site glossed in pinyin.
Each step takes and returns (text, offsets), as :mod:`extract.edits` does;
:func:`extract.normalise.normalise` runs them first."""
from __future__ import annotations

import collections
import re

from .chars import HAN
from .edits import SHORT as _SHORT, sub as _sub, width as _width


# A page printed in two columns, as `pdftotext -layout` gives it: each line
# holds a piece of the left column, a gutter of spaces, a piece of the right
# one.  Read column by column, page by page (pages apart by form feeds).
GUTTER = re.compile(r"\S {3,}\S")
_PAGE_MARK = re.compile(r"^\s*(?:[·•—\-－–]\s*\d{1,4}\s*[·•—\-－–]|第\s*\d{1,4}\s*页)|"
                        r"(?:[·•—\-－–]\s*\d{1,4}\s*[·•—\-－–]|第\s*\d{1,4}\s*页)\s*$")


def columns(text: str, offsets: list) -> tuple[str, list, set]:
    """(text, offsets, wrapped ends) with two-column pages read a column at a
    time; pages without a steady gutter are left as they are."""
    out, omap, wraps, pos, col = [], [], set(), 0, None
    for page in text.split("\f"):
        got = _page_columns(page, pos, offsets, col)
        col = got[3] if got else None
        if got is None:
            out.append(page)
            omap.extend(offsets[pos:pos + len(page)])
        else:
            ptext, pmap, pwraps, _ = got
            out.append(ptext)
            omap.extend(pmap)
            wraps |= pwraps
        pos += len(page)
        if pos < len(text):  # the form feed
            out.append("\f")
            omap.append(offsets[pos])
            pos += 1
    if not wraps and "".join(out) == text:
        return text, offsets, set()
    return "".join(out), omap, wraps


_PROSE_MARK = re.compile("[，。、；,;]")


def _page_columns(page: str, base: int, offsets: list, before: int | None):
    """The page read column by column, or None; ``before``: the gutter of the
    page before, if it had two columns (a short last page keeps the layout)."""
    lines, at = [], base
    for line in page.split("\n"):
        lines.append((line, at))
        at += len(line) + 1
    starts = []  # the printed column where the text after each gutter begins
    for line, _ in lines:
        for m in re.finditer(r"(?<=\S) {3,}(?=\S)", line):
            starts.append(_width(line[:m.end()]))
    filled = [ln for ln, _ in lines if ln.strip()]
    if not starts:
        return None
    counts = collections.Counter(starts)
    col = max(counts, key=lambda c: sum(counts[v] for v in range(c, c + 5)))
    near = sum(counts[v] for v in range(col, col + 5))
    if near < 8 or near < 0.4 * len(filled):
        if before is None or sum(counts[v] for v in range(before, before + 5)) < 2:
            return None
        col, near = before, sum(counts[v] for v in range(before, before + 5))
    # prose on both sides of the gutter (a table aligned by spaces has none)
    prose = 0
    for line, _ in lines:
        for m in re.finditer(r"(?<=\S) {3,}(?=\S)", line):
            if col <= _width(line[:m.end()]) <= col + 4 and _PROSE_MARK.search(line[:m.start()]) \
                    and _PROSE_MARK.search(line[m.end():]):
                prose += 1
    if prose < 0.5 * near:
        return None
    left, right = [], []  # (text, its start offset)
    for k, (line, at) in enumerate(lines):
        if not line.strip():
            continue
        if (k <= 1 or k >= len(lines) - 2) and _PAGE_MARK.search(line.strip()):
            continue  # the running head or foot with its page number
        cut = None
        for m in re.finditer(r" {2,}", line):
            if m.start() > 0 and line[:m.start()].strip() and col - 1 <= _width(line[:m.end()]) <= col + 5:
                cut = m
        lead = len(line) - len(line.lstrip(" "))
        if cut is not None:
            left.append((line[:cut.start()], at))
            right.append((line[cut.end():], at + cut.end()))
        elif _width(line[:lead]) >= col - 1:
            right.append((line[lead:], at + lead))
        else:
            left.append((line, at))
    out, omap, wraps = [], [], set()
    for column in (left, right):
        widths = [_width(piece.strip()) for piece, _ in column]
        full = max(widths, default=0)
        for piece, at in column:
            piece = piece.rstrip()
            out.append(piece + "\n")
            omap.extend(offsets[at:at + len(piece)])
            omap.append(offsets[at + len(piece)] if at + len(piece) < len(offsets) else offsets[-1])
            if piece and _width(piece.strip()) >= full - _SHORT:
                wraps.add(offsets[at + len(piece) - 1])
    return "".join(out), omap, wraps, col


# Word's own text of a document (its COM Range.Text, a macro's dump): a
# paragraph ends with CR, a table cell with CR + BEL, and a row with one
# more CR + BEL after its last cell
_WORD_MARK = re.compile("\r\x07\r\x07|\r\x07|\r|\x07")


def word_cells(text: str, offsets: list) -> tuple[str, list]:
    """Cells apart by tabs, a row a line; a paragraph break inside a cell
    joins its paragraphs (县人民政府办公室 / 副主任 is one affiliation)."""
    in_row = False

    def mark(m):
        nonlocal in_row
        found = m.group(0)
        if found == "\r\x07\r\x07":
            in_row = False
            return "\n"
        if found == "\r\x07":
            in_row = True
            return "\t"
        if found == "\r":
            return "" if in_row else "\n"
        return ""
    return _sub(text, offsets, _WORD_MARK, mark)


# inline LaTeX in the Markdown a PDF converter writes (到 $2 0 2 7$ 年,
# $5 \mathrm { G }$, $2 5 \%$): the number or word as printed, the spaces
# the converter put around and inside it gone
LATEX = re.compile(r"[ \t]?\$([^$\n]{1,80}?)\$[ \t]?")
_LATEX_COMMAND = re.compile(r"\\(?:mathrm|text|mathbf|rm|mathit)\s*\{([^{}]*)\}")


def latex(m: re.Match) -> str:
    inner = _LATEX_COMMAND.sub(r"\1", m.group(1))
    inner = re.sub(r"\\([%&#_$])", r"\1", inner)
    if "\\" in inner or "^" in inner:
        return m.group(0)  # a formula, not a number: left as written
    return re.sub(r"\s+", "", inner)


# a text browser's dump of a page (lynx -dump, w3m): each link numbered in
# brackets where it stands ([14]甘某, 区[17]财政局), the numbers counting up
LINK_MARK = re.compile(r"\[(\d{1,4})\]")


def link_numbered(text: str) -> bool:
    numbers = [int(n) for n in LINK_MARK.findall(text[:200_000])]
    if len(numbers) < 5:
        return False
    rising = sum(1 for a, b in zip(numbers, numbers[1:]) if b == a + 1)
    return numbers[0] <= 2 and rising >= 0.8 * (len(numbers) - 1)


# an e-mail's quoted lines (> …, >> … for the mail quoted in it): the marks
# go, so that a notice pasted into a reply reads as printed
QUOTE_MARK = re.compile(r"^>[> ]*", re.M)


def quoted_mail(text: str) -> bool:
    return text.count("\n>") >= 3


# Some sites serve a page with the reading of rarer characters glossed in
# pinyin after them (衛(wèi)生, 聯(lián)系, 產(chǎn)業), which breaks every word
# they fall in.  A gloss holds a tone mark; a bracket of letters without one
# (PPP, ETC) is a word of the text and stays.
_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ"
PINYIN_GLOSS = re.compile(rf"(?<=[{HAN}])[(（][a-zü]*[{_TONED}][a-zü]*[)）]")
TONED = re.compile(f"[{_TONED}]")


# A division notice printed as a table of four columns (姓名 | 职务 | 项目 |
# 内容), as `pdftotext -layout` prints it: each leader's row spans several
# lines, the name and the posts set in the middle of it, the posts wrapped
# mid-word (县委常委、组 / 织部部长), one line per field label (工作分工,
# 分管部门, 联系单位) and its content running on below, rows apart by blank
# lines.  Read back as NAME：POSTS and LABEL：CONTENT lines.
_LAYOUT_HEAD = re.compile(r"^[ \t\u3000]*姓[ \u3000]*名[ \t\u3000]{2,}职[ \u3000]*务[ \t\u3000]{2,}"
                          r"(?:项[ \u3000]*目|类[ \u3000]*别|事[ \u3000]*项)[ \t\u3000]{2,}(?:具体)?内[ \u3000]*容[ \t\u3000]*$",
                          re.M)


def layout_table(text: str, offsets: list) -> tuple[str, list, set]:
    """(text, offsets, ends) with such tables read row by row, ``ends`` the
    offsets of the last character of each field (a line's end that no longer
    runs on); others unchanged."""
    heads = list(_LAYOUT_HEAD.finditer(text))
    if not heads:
        return text, offsets, set()
    out, omap, pos, ends = [], [], 0, set()
    lines = []  # (start, line) of the whole text
    at = 0
    for line in text.split("\n"):
        lines.append((at, line))
        at += len(line) + 1
    head_at = {m.start() + len(m.group(0)) - len(m.group(0).lstrip()) for m in heads}
    k = 0
    while k < len(lines):
        start, line = lines[k]
        if start + len(line) - len(line.lstrip()) not in head_at:
            k += 1
            continue
        # the columns where the header's four words begin
        # (columns as printed: a CJK character two wide, as the layout was set)
        at_char = [line.index(c) for c in ("姓", "职")] + [
            re.search(r"[项类事](?=[ \u3000]*[目别项])", line).start(), re.search(r"(?:具体)?内(?=[ \u3000]*容)", line).start()]
        cols = [_width(line[:a]) for a in at_char]
        rows, row, j = [], None, k + 1
        while j < len(lines):
            s_, l_ = lines[j]
            if not l_.strip():
                row = None  # a blank line ends a row
                j += 1
                continue
            if _LAYOUT_HEAD.match(l_) or _PAGE_MARK.search(l_.strip()) and len(l_.strip()) < 12:
                j += 1  # the header again atop a page, a page's number
                continue
            # each column's characters, by where they are printed
            edges, w = [], 0
            for ch in l_:
                edges.append(w)
                w += _width(ch)
            # (the character each column starts at, on this line)
            l_cols = [next((i for i, e in enumerate(edges) if e >= c), len(l_)) for c in cols]
            cells = [l_[a:b] for a, b in zip(l_cols, l_cols[1:] + [len(l_)])]
            if not any(c.strip() for c in cells[:2]) and not cells[2].strip() and not cells[3].strip():
                break
            if any(0 < b < len(l_) and l_[b - 1].strip() and l_[b].strip() for b in l_cols[1:]):
                break  # text running across a column's edge: prose after the table
            if re.sub(r"\s+", "", cells[0]) == "姓名":
                j += 1  # the header again, atop a new page
                continue
            if row is None:
                row = {"name": [], "posts": [], "fields": []}
                rows.append(row)
            for key, c, a in (("name", cells[0], l_cols[0]), ("posts", cells[1], l_cols[1])):
                if c.strip():
                    lead = len(c) - len(c.lstrip())
                    row[key].append((s_ + a + lead, c.strip()))
            label, content = cells[2].strip(), cells[3]
            if label:
                row["fields"].append([(s_ + l_cols[2] + len(cells[2]) - len(cells[2].lstrip()), label), []])
            if content.strip() and row["fields"]:
                lead = len(content) - len(content.lstrip())
                row["fields"][-1][1].append((s_ + l_cols[3] + lead, content.strip()))
            j += 1
        if not rows or not all(r["name"] and r["fields"] for r in rows):
            k += 1
            continue
        # the text before the table, then each row as lines
        table_start = lines[k][0]
        table_end = lines[j - 1][0] + len(lines[j - 1][1])
        out.append(text[pos:table_start])
        omap.extend(offsets[pos:table_start])

        def put(pieces):
            for s_, piece in pieces:
                out.append(piece)
                omap.extend(offsets[s_:s_ + len(piece)])
            if pieces:
                ends.add(offsets[pieces[-1][0] + len(pieces[-1][1]) - 1])
        for r in rows:
            put(r["name"])
            out.append("：")
            omap.append(offsets[r["posts"][0][0]] if r["posts"] else offsets[r["name"][-1][0]])
            put(r["posts"])
            out.append("\n")
            omap.append(offsets[r["name"][-1][0]])
            for (ls, label), content in r["fields"]:
                out.append(label + "：")
                omap.extend(offsets[ls:ls + len(label)] + [offsets[ls + len(label) - 1]])
                put(content)
                out.append("\n")
                omap.append(offsets[ls])
        pos = table_end
        k = j
    if not out:
        return text, offsets, set()
    out.append(text[pos:])
    omap.extend(offsets[pos:])
    return "".join(out), omap, ends
