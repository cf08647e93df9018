"""HTML → text with the standard library's HTML parser: tags dropped,
entities resolved, scripts and styles gone; block elements, list items,
table rows and ``<br>`` end a line (a row's cells stay on it, apart).  The bytes are decoded by the page's
own declaration (BOM, ``<meta charset>``, ``http-equiv`` or the XML
declaration), else by detection."""
from __future__ import annotations

import re
from html.parser import HTMLParser

from kg.errors import InputError

# elements whose content is not text of the page
_SKIP = {"script", "style", "head", "template", "noscript", "svg", "math", "object", "iframe",
         "select", "button"}
_BLOCK = {"address", "article", "aside", "blockquote", "body", "caption", "center", "dd",
          "details", "dialog", "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure",
          "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr",
          "html", "legend", "li", "main", "menu", "nav", "ol", "p", "pre", "section",
          "summary", "table", "tbody", "tfoot", "thead", "title", "tr", "ul"}
# elements a reader does not see, or sees struck out: deleted text (<del>,
# Word's tracked deletions), hidden blocks, and a Word page's comments (the
# [LY1] anchor inside the text and the comment list at its foot)
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden|mso-hide\s*:\s*all"
                           r"|mso-element\s*:\s*comment", re.I)
_HIDDEN_CLASSES = {"msocomanchor", "msocomoff", "msocomtxt", "msoDel"}


def _hidden(tag: str, attrs) -> bool:
    if tag == "del":
        return True
    a = dict(attrs)
    if "hidden" in a or _HIDDEN_STYLE.search(a.get("style") or ""):
        return True
    return bool(_HIDDEN_CLASSES.intersection((a.get("class") or "").split()))


_IN_HEAD = {"base", "link", "meta", "noscript", "script", "style", "template", "title"}
_VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param",
         "source", "track", "wbr"}

_DECLARED = [
    re.compile(rb"<meta[^>]+charset\s*=\s*[\"']?\s*([A-Za-z0-9_.:-]+)", re.I),
    re.compile(rb"<\?xml[^>]+encoding\s*=\s*[\"']([A-Za-z0-9_.:-]+)", re.I),
]
_CJK = "\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef"
# a line break inside running Chinese text is no space
_WRAP = re.compile(f"(?<=[{_CJK}])[ \\t\\r\\n\\f]*\\n[ \\t\\r\\n\\f]*(?=[{_CJK}])")
_SPACE = re.compile(r"[ \t\r\n\f]+")
_ROW_TAGS = {"tr", "table", "thead", "tbody", "tfoot"}
# inline elements a page may use as fields (<span class="name">, <span
# class="post">): two of them side by side are two words, as a stylesheet
# that adds the 、 or the gap between them shows; Word's own classes mark
# spelling and grammar inside a word and part nothing
_INLINE = {"span", "em", "strong", "b", "i", "a", "font", "label", "small", "big", "u", "cite", "code"}
_WORD_CLASSES = ("Mso", "GramE", "SpellE", "msoIns", "msoDel")
_LINE = "\x1e"  # a line break inside a table cell, decided when the cell closes
_CELL = "\x1f"  # between a row's cells; a tab once the source's own white space is folded


def declared_encoding(data: bytes) -> str | None:
    head = data[:4096]
    for pattern in _DECLARED:
        found = pattern.search(head)
        if found:
            name = found.group(1).decode("ascii").lower()
            if name in ("gb2312", "gbk", "gb_2312-80", "x-gbk", "cp936", "euc-cn"):
                return "gb18030"
            return name
    return None


def decode(data: bytes, path="<html>") -> str:
    from ..reader import decode as detect
    for bom in (b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff"):
        if data.startswith(bom):
            return detect(data, path)
    encoding = declared_encoding(data)
    if encoding:
        try:
            return data.decode(encoding)
        except LookupError:
            pass  # an unknown name: detect instead
        except UnicodeDecodeError:
            pass  # the page lies about itself (common): detect instead
    return detect(data, path)


class _Text(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.lines: list[str] = []
        self.current: list[str] = []
        self.skip: list[str] = []
        self.pre = 0
        self.cell = False  # inside a table cell
        self.cell_from = 0  # where the open cell's text begins in "".join(current)
        # a cell spanning rows (rowspan="3") is printed again in each row it
        # covers, so the columns after it keep their place: column → (rows left, text)
        self.col = 0
        self.spans: dict[int, tuple[int, str]] = {}
        self.span_here = 0  # the open cell's rowspan
        self.inline: list[bool] = []  # open inline elements: has it a class of its own?
        self.after_field = False  # a classed inline element has just closed, no text since
        # the next line opens a block (<p>, <div>, <li>…), not a <br>'s next line
        self.opens = True
        self.starts: set[int] = set()  # the lines that open one

    # A <br> or <p> inside a table cell is marked _LINE and decided when the
    # cell closes: in a small cell (a name and posts, a duty or two) it is a
    # space and the row stays one line; in a cell that lays out a page (a
    # navigation column, a whole notice in one cell) it ends a line, and the
    # cell starts on a line of its own.
    def _close_cell(self):
        if not self.cell:
            return
        self.cell = False
        text = "".join(self.current)
        head, body = text[:self.cell_from], text[self.cell_from:]
        if self.span_here > 1:
            self.spans[self.col] = (self.span_here - 1, _SPACE.sub(" ", body.replace(_LINE, " ")).strip())
        self.col += 1
        if sum(1 for part in body.split(_LINE) if part.strip()) <= 3 and len(body) <= 150:
            body = body.replace(_LINE, " ")
        elif head.endswith(_CELL):
            head = head[:-1] + _LINE
        self.current = [head + body]

    def _break(self, block: bool = False):
        self._close_cell()
        text = "".join(self.current)
        self.current = []
        for piece in text.split(_LINE):
            if not self.pre:
                # (a full-width space is text a page shows, as a paragraph's indent: kept)
                piece = _SPACE.sub(" ", _WRAP.sub("", piece)).strip(" \t\r\n\f")
            piece = re.sub(" ?\x1f ?", "\t", piece)
            if piece.strip():
                # (a block's first line: see text())
                if self.opens and not self.pre and "\t" not in piece:
                    self.starts.add(len(self.lines))
                self.opens = False
                self.lines.append(piece)
        if block:
            self.opens = True

    def _spanned_cells(self):
        """The cells a rowspan above still covers at this column, printed again."""
        while self.col in self.spans:
            left, text = self.spans.pop(self.col)
            if left > 1:
                self.spans[self.col] = (left - 1, text)
            if "".join(self.current).strip():
                self.current.append(_CELL)
            self.current.append(text)
            self.col += 1

    def _end_row(self):
        self._close_cell()
        if self.col:  # spanned cells at the row's end
            self._spanned_cells()
        self.col = 0

    def _line_in_cell(self, tag) -> bool:
        """Mark a line break inside an open cell (decided when it closes)."""
        if self.cell and tag not in _ROW_TAGS and (tag == "br" or tag in _BLOCK):
            self.current.append(_LINE)
            return True
        return False

    def handle_starttag(self, tag, attrs):
        if self.skip == ["head"] and tag not in _IN_HEAD:
            self.skip = []  # </head> left out: the body has begun
        if self.skip:
            # (an element named like the one skipped nests in it: its end is not the skip's)
            if (tag in _SKIP or tag in self.skip) and tag not in _VOID:
                self.skip.append(tag)
            return
        if tag not in _VOID and _hidden(tag, attrs):
            self.skip.append(tag)
            return
        if tag in _INLINE:
            cls = (dict(attrs).get("class") or "").strip()
            field = bool(cls) and not cls.startswith(_WORD_CLASSES)
            if field and self.after_field:
                self.current.append(" ")  # <span class="name">甲</span><span class="post">副市长</span>
            self.inline.append(field)
            self.after_field = False
            return
        self.after_field = False
        if tag in _SKIP:
            self.skip.append(tag)
        elif tag == "br" and self.pre:
            self.current.append("\n")
        elif tag in ("td", "th"):
            # a table row is one line, its cells apart (组长  某某  市政府副市长)
            self._close_cell()
            self._spanned_cells()
            if "".join(self.current).strip():
                self.current.append(_CELL)
            self.cell = True
            self.cell_from = len("".join(self.current))
            span = dict(attrs).get("rowspan") or "1"
            self.span_here = int(span) if span.strip().isdigit() else 1
        elif tag == "tr":
            self._end_row()
            self._break()
        elif self._line_in_cell(tag):
            pass
        elif tag == "br" or tag in _BLOCK:
            self._break(block=tag != "br")
            if tag == "pre":
                self.pre += 1

    def handle_startendtag(self, tag, attrs):
        if self.skip or self._line_in_cell(tag):
            return
        if tag == "br" or tag in _BLOCK:
            self._break(block=tag != "br")

    def handle_endtag(self, tag):
        if self.skip:
            if tag == self.skip[-1]:
                self.skip.pop()
            elif tag in self.skip:  # an unclosed element inside the skipped one
                del self.skip[self.skip.index(tag):]
            return
        if tag in _INLINE:
            self.after_field = self.inline.pop() if self.inline else False
            return
        self.after_field = False
        if tag in ("td", "th"):
            self._close_cell()
        elif tag == "tr":
            self._end_row()
            self._break()
        elif tag == "table":
            self._end_row()
            self.spans = {}
            self._break(block=True)
        elif self._line_in_cell(tag):
            pass
        elif tag in _BLOCK:
            self._break(block=True)
            if tag == "pre" and self.pre:
                self.pre -= 1

    def handle_data(self, data):
        if not self.skip:
            self.current.append(data)
            if data.strip():
                self.after_field = False

    def text(self) -> str:
        """The page's lines.  A block's first line is a paragraph's, which a
        page shows by its style (text-indent: 2em), not by the spaces a
        printed page has: it gets those, so that the normaliser, which joins
        long lines a PDF cut, never joins two paragraphs (副总指挥：… / 成员由…).
        Not on a page of PDF text pasted a line per block: its lines are cut
        at one width (as the normaliser measures it), and they run on."""
        self._break()
        from ..normalise import wrapped_ends
        lines = self.lines
        if len(lines) < 2 or not self.starts or wrapped_ends("\n".join(lines)):
            return "\n".join(lines)
        return "\n".join("\u3000\u3000" + line if k in self.starts and not line.startswith("\u3000\u3000")
                         else line for k, line in enumerate(lines))


def to_text(markup: str) -> str:
    parser = _Text()
    parser.feed(markup)
    parser.close()
    return parser.text()


def read(data: bytes, path="<html>") -> str:
    text = to_text(decode(data, path))
    if not text.strip():
        raise InputError(path, "the HTML page holds no text")
    return text
