"""Edits of a text that keep, for each character, the offset of the
original character it came from (:class:`extract.normalise.Normalised`):
every step of the normaliser is one of these, so evidence always points
at the source as printed.  Also the printed width of a line, which the
steps that read a page's layout measure."""
from __future__ import annotations

import re


def sub(text: str, offsets: list, pattern: re.Pattern, repl,
         *triggers) -> tuple[str, list]:
    """``pattern.sub(repl, text)`` that also rebuilds the offset map.

    ``repl(match)`` returns the replacement string; its k-th character maps to
    the original of the match's k-th character (or the last one).
    ``triggers``: simple patterns one of which every match of ``pattern``
    contains; a text without any is left alone at once (a character-class
    scan is many times faster than an alternation with look-arounds, which
    the regex engine tries at every position)."""
    if triggers and not any(t.search(text) for t in triggers):
        return text, offsets
    out, omap, pos = [], [], 0
    for m in pattern.finditer(text):
        s, e = m.span()
        new = repl(m)
        if new == m.group(0):
            continue
        out.append(text[pos:s])
        omap.extend(offsets[pos:s])
        out.append(new)
        if e > s:
            omap.extend(offsets[s + min(k, e - s - 1)] for k in range(len(new)))
        else:
            omap.extend(offsets[s] for _ in new)
        pos = e
    if not out:
        return text, offsets
    out.append(text[pos:])
    omap.extend(offsets[pos:])
    return "".join(out), omap


class Literals:
    """A trigger made of plain strings: found by str's own search, which is
    many times faster than the regex engine's scan."""

    def __init__(self, *words: str):
        self.words = words

    def search(self, text: str) -> bool:
        return any(w in text for w in self.words)


SHORT = 6  # columns: three CJK characters (a lost two-character indent and a squeezed mark)


def width(text: str) -> int:
    """Printed columns: East Asian wide and full-width characters take two."""
    return len(text) + len(_WIDE.findall(text))


# the East Asian wide and full-width blocks (unicodedata.east_asian_width W/F,
# as ranges: a character class counts them at C speed)
_WIDE = re.compile("[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf"
                   "\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6"
                   "\U0001f300-\U0001f64f\U00020000-\U0003fffd]")
