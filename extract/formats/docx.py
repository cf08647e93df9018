"""DOCX → text (python-docx): body paragraphs in document order, each one
line, and each table row one line with its cells apart.  A merged cell is written once (the XML holds a
horizontally merged cell once; a vertical merge's continuations are skipped)."""
from __future__ import annotations

import io
import zipfile

from kg.errors import InputError

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def read(data: bytes, path="<docx>") -> str:
    try:
        import docx
    except ImportError:  # pragma: no cover - a dependency of kg
        raise InputError(path, "reading DOCX needs python-docx (pip install python-docx)") from None
    try:
        document = docx.Document(io.BytesIO(data))
    except (zipfile.BadZipFile, KeyError, ValueError, OSError) as err:
        raise InputError(path, f"DOCX is damaged and cannot be opened ({err})") from None
    except Exception as err:  # lxml and python-docx raise their own kinds
        raise InputError(path, f"DOCX cannot be read ({type(err).__name__}: {err})") from None
    lines: list[str] = []
    _block(document.element.body, lines)
    text = "\n".join(lines)
    if not text.strip():
        raise InputError(path, "the DOCX holds no text")
    return text


def _block(element, lines: list[str]) -> None:
    for child in element.iterchildren():
        if child.tag == _W + "p":
            lines.append(_paragraph(child))
        elif child.tag == _W + "tbl":
            for row in child.iter(_W + "tr"):
                if _enclosing_table(row) is not child:
                    continue  # a nested table's row, written with its cell
                # a row is one line, its cells apart (组长  某某  市政府副市长); a
                # cell continuing a vertical merge is left empty, as it prints
                cells = []
                for cell in row.iterchildren(_W + "tc"):
                    inner: list[str] = []
                    if not _continues_merge(cell):
                        _block(cell, inner)
                    cells.append(" ".join(x.strip() for x in inner if x.strip()))
                if any(cells):
                    lines.append("\t".join(cells))
        elif child.tag == _W + "sdt":  # content controls wrap ordinary blocks
            content = child.find(_W + "sdtContent")
            if content is not None:
                _block(content, lines)


def _enclosing_table(row):
    parent = row.getparent()
    while parent is not None and parent.tag != _W + "tbl":
        parent = parent.getparent()
    return parent


def _continues_merge(cell) -> bool:
    """A cell under a vertically merged one (w:vMerge without restart)."""
    props = cell.find(_W + "tcPr")
    if props is None:
        return False
    vmerge = props.find(_W + "vMerge")
    return vmerge is not None and vmerge.get(_W + "val") in (None, "continue")


def _paragraph(p) -> str:
    parts = []
    for node in p.iter(_W + "t", _W + "tab", _W + "br", _W + "cr"):
        if node.tag == _W + "t":
            parts.append(node.text or "")
        elif node.tag == _W + "tab":
            parts.append("\t")
        else:
            parts.append("\n")
    return "".join(parts)
