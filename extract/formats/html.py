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
        self.cell = False  # inside a table cell: its <br> and <p> do not end the row

    def _break(self):
        text = "".join(self.current)
        self.current = []
        if not self.pre:
            text = _SPACE.sub(" ", _WRAP.sub("", text)).strip()
        text = re.sub(" ?\x1f ?", "\t", text)
        if text.strip():
            self.lines.append(text)

    def handle_starttag(self, tag, attrs):
        if self.skip == ["head"] and tag not in _IN_HEAD:
            self.skip = []  # </head> left out: the body has begun
        if self.skip:
            if tag in _SKIP and tag not in _VOID:
                self.skip.append(tag)
            return
        if tag in _SKIP:
            self.skip.append(tag)
        elif tag == "br":
            if self.pre:
                self.current.append("\n")
            elif self.cell:
                self.current.append(" ")
            else:
                self._break()
        elif tag in ("td", "th"):
            # a table row is one line, its cells apart (组长  某某  市政府副市长)
            if "".join(self.current).strip():
                self.current.append(_CELL)
            self.cell = True
        elif tag in _BLOCK and self.cell and tag not in _ROW_TAGS:
            self.current.append(" ")  # a paragraph inside a cell: the row goes on
        elif tag in _BLOCK:
            if tag in _ROW_TAGS:
                self.cell = False
            self._break()
            if tag == "pre":
                self.pre += 1

    def handle_startendtag(self, tag, attrs):
        if not self.skip and self.cell and tag == "br":
            self.current.append(" ")
        elif not self.skip and (tag == "br" or tag in _BLOCK):
            self._break()

    def handle_endtag(self, tag):
        if self.skip:
            if tag == self.skip[-1]:
                self.skip.pop()
            elif tag in self.skip:  # an unclosed element inside the skipped one
                del self.skip[self.skip.index(tag):]
            return
        if tag in ("td", "th"):
            self.cell = False
        if tag in _BLOCK and self.cell and tag not in _ROW_TAGS:
            self.current.append(" ")
        elif tag in _BLOCK:
            if tag in _ROW_TAGS:
                self.cell = False
            self._break()
            if tag == "pre" and self.pre:
                self.pre -= 1

    def handle_data(self, data):
        if not self.skip:
            self.current.append(data)

    def text(self) -> str:
        self._break()
        return "\n".join(self.lines)


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
