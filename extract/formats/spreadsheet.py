"""Text exported from a spreadsheet as CSV (a division table saved from
Excel or WPS: ``序号,姓名,职务,分管工作,…``, cells in double quotes that may
hold commas, ``""`` and line breaks).

Each record becomes one line with its cells apart by tabs, the way a Word or
HTML table is read (:mod:`extract.formats.docx`), and a cell's own lines are
joined by a space, as they print.  Read with the standard library's csv
module, which knows the quoting rules; a text is taken for CSV only when
every record has the same number of fields (at least three), as a
spreadsheet writes them, so prose with ASCII commas is never cut into cells.
"""
from __future__ import annotations

import csv
import io

MIN_FIELDS = 3
MIN_RECORDS = 4


def records(text: str) -> list[list[str]] | None:
    """The records of ``text`` if it is a spreadsheet's CSV, else None."""
    if "," not in text[:4000]:
        return None
    try:
        rows = [r for r in csv.reader(io.StringIO(text.lstrip("\ufeff"), newline=""), strict=True)
                if any(c.strip() for c in r)]
    except csv.Error:
        return None
    if len(rows) < MIN_RECORDS:
        return None
    width = len(rows[0])
    if width < MIN_FIELDS or any(len(r) != width for r in rows):
        return None
    return rows


def to_text(rows: list[list[str]]) -> str:
    lines = []
    for row in rows:
        cells = [" ".join(part.strip() for part in c.splitlines() if part.strip()) for c in row]
        # a record with one filled cell (a title, a note, a signature) is a
        # line of text, not a table row
        filled = [c for c in cells if c]
        lines.append(filled[0] if len(filled) == 1 else "\t".join(cells).rstrip("\t"))
    return "\n".join(lines) + "\n"


def read(text: str) -> str | None:
    """``text`` as table rows if it is a spreadsheet's CSV, else None."""
    rows = records(text)
    return to_text(rows) if rows is not None else None
