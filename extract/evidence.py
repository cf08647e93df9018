"""Evidence: the sentence a fact was read from, quoted from the original."""
from __future__ import annotations

import re

from .model import Evidence
from .normalise import Normalised

_SENTENCE_END = re.compile(r"[。；！？\n]")


def sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence of normalised ``text`` around ``[start, end)``."""
    s = start
    while s > 0 and not _SENTENCE_END.match(text[s - 1]):
        s -= 1
    m = _SENTENCE_END.search(text, max(end, start))
    e = m.end() if m and m.group(0) != "\n" else (m.start() if m else len(text))
    return s, e


def make(norm: Normalised, source: str, start: int, end: int, *, sentence: bool = True) -> Evidence:
    """Evidence for the normalised span, widened to its sentence, quoted from
    the original text (traditional characters and odd spaces as printed)."""
    if sentence:
        start, end = sentence_bounds(norm.text, start, end)
    os_, oe = norm.original_span(start, end)
    return Evidence(source, os_, oe, norm.original[os_:oe])
