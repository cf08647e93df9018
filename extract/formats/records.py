"""A web service's answer saved as JSON (a portal's list of leaders:
``{"data": {"list": [{"XM": "某某", "ZW": "副市长", "FGGZ": "<p>分管：…</p>"}]}}``).

The longest list of records becomes a table, one record a row and its
fields apart by tabs, the way a spreadsheet's rows are read
(:mod:`extract.formats.spreadsheet`); the header is the fields' labels
where the answer names them (``"fieldNames": {"XM": "姓名"}``), else their
keys, and above it the short texts of the objects around the list
(``"siteName": "某某市人民政府"``: whose leaders they are).  HTML inside a value is read as a page is (:mod:`extract.formats.html`)
and a value's lines are joined by a space.  A record of someone no longer in
office (a field saying 离任) is no part of the list a reader sees.
"""
from __future__ import annotations

import json
import re

GONE = {"离任", "已离任", "免职", "已免职", "调离", "已调离"}


def _lists(node, found, above=()):
    """Every list of records, with the objects it lies in (outermost first)."""
    if isinstance(node, list):
        if node and all(isinstance(x, dict) for x in node):
            found.append((node, above))
        for x in node:
            _lists(x, found, above)
    elif isinstance(node, dict):
        for x in node.values():
            _lists(x, found, above + (node,))


_CJK = re.compile("[\u3400-\u9fff]")


def _context(above) -> list[str]:
    """The short texts of the objects around the records (siteName: 某某市人民政府,
    channelName: 市政府领导): what the page they fed said above its list."""
    return [v.strip() for obj in above for v in obj.values()
            if isinstance(v, str) and 0 < len(v.strip()) <= 40 and _CJK.search(v)]


def _labels(node, keys: set, records: list) -> dict:
    """A mapping of field keys to their labels, if the answer holds one (a
    record itself is none)."""
    best: dict = {}
    stack = [node]
    own = {id(r) for r in records}
    while stack:
        n = stack.pop()
        if isinstance(n, dict):
            if (id(n) not in own and len(keys & set(n)) >= 3
                    and all(isinstance(v, str) and 0 < len(v) <= 12 for v in n.values())
                    and len(keys & set(n)) > len(keys & set(best))):
                best = n
            stack.extend(n.values())
        elif isinstance(n, list):
            stack.extend(n)
    return best


def _cell(value) -> str:
    if isinstance(value, (dict, list)) or value is None:
        return ""
    text = str(value)
    if "<" in text and ">" in text:
        from . import html
        text = html.to_text(text)
    return " ".join(part.strip() for part in text.splitlines() if part.strip())


def read(text: str) -> str | None:
    """The table of ``text``'s records, or None if it is no JSON list of records."""
    start = text.lstrip("\ufeff \t\r\n")[:1]
    if start not in ("{", "["):
        return None
    try:
        data = json.loads(text.lstrip("\ufeff"))
    except ValueError:
        return None
    found: list = []
    _lists(data, found)
    if not found:
        return None
    records, above = max(found, key=lambda f: len(f[0]))
    keys: list = []
    for r in records:
        keys += [k for k in r if k not in keys and not isinstance(r[k], (dict, list))]
    labels = _labels(data, set(keys), records)
    rows = _context(above) + ["\t".join(str(labels.get(k, k)) for k in keys)]
    for r in records:
        if any(isinstance(v, str) and v.strip() in GONE for v in r.values()):
            continue
        rows.append("\t".join(_cell(r.get(k)) for k in keys))
    return "\n".join(rows) + "\n"
