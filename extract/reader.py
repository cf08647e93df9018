"""Reading an input file into text.  The format is told by the content
(``%PDF``, a zip holding ``word/document.xml``, ``<html``/``<!DOCTYPE``),
the suffix only a hint; a text's encoding is detected from the bytes
(UTF-8 with or without BOM, GB18030/GBK, UTF-16), not guessed from the name.
The readers of PDF, HTML and DOCX are in :mod:`extract.formats`."""
from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path

from kg.errors import InputError

TEXT_SUFFIXES = {".txt", ".text", ""}
HTML_SUFFIXES = {".html", ".htm", ".xhtml", ".shtml"}

# formats kg does not read, told by their first bytes
_OTHER_BINARY = [
    (b"\xd0\xcf\x11\xe0", "an old Word/Excel (OLE2) file; save it as .docx"),
    (b"{\\rtf", "an RTF file; save it as .docx or .txt"),
    (b"\x89PNG", "a PNG image; OCR is not supported"),
    (b"\xff\xd8\xff", "a JPEG image; OCR is not supported"),
    (b"GIF8", "a GIF image; OCR is not supported"),
    (b"II*\x00", "a TIFF image; OCR is not supported"),
    (b"MM\x00*", "a TIFF image; OCR is not supported"),
    (b"\x1f\x8b", "a gzip archive; unpack it first"),
    (b"Rar!", "a RAR archive; unpack it first"),
    (b"7z\xbc\xaf", "a 7z archive; unpack it first"),
]
_MARKUP = re.compile(rb"^(?:\s|<!--.*?-->|<\?xml[^>]*>)*<(?:!doctype\s+html|html[\s>]|head[\s>]|body[\s>])",
                     re.I | re.S)


def decode(data: bytes, path="<bytes>") -> str:
    if not data.strip():
        raise InputError(path, "the file is empty")
    for bom, enc in ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe\x00\x00", "utf-32"),
                     (b"\x00\x00\xfe\xff", "utf-32"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16")):
        if data.startswith(bom):
            try:
                return _textual(data.decode(enc), path)
            except UnicodeDecodeError as e:
                raise InputError(path, f"starts like {enc} but is not: {e.reason}") from None
    try:
        return _textual(data.decode("utf-8"), path)
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes
    best = from_bytes(data).best()
    if best is None or b"\x00" in data[:4096] and best.encoding not in ("utf_16", "utf_16_le", "utf_16_be"):
        raise InputError(path, "not text in a known encoding (binary data?)")
    enc = best.encoding
    # charset-normalizer names the GB family variously; GB18030 is the superset
    if enc in ("gb2312", "gbk", "gb18030", "hz", "big5", "cp936"):
        enc = "gb18030" if enc != "big5" else enc
    try:
        return _textual(data.decode(enc), path)
    except (UnicodeDecodeError, LookupError) as e:
        raise InputError(path, f"cannot decode as {enc}: {e}") from None


# (BEL is Word's end of a table cell in its own text of a document: structure, not binary)
_CONTROL = re.compile("[\x00-\x06\x08\x0e-\x1f\x7f]")


def _textual(text: str, path) -> str:
    """Decoded bytes that are mostly control characters are binary data that
    happened to decode (a run of NULs is valid UTF-8)."""
    sample = text[:100_000]
    if sample and len(_CONTROL.findall(sample)) > max(8, len(sample) // 100):
        raise InputError(path, "binary data, not text (control characters throughout)")
    return text


def read(path: Path) -> str:
    path = Path(path)
    if not path.exists():
        raise InputError(path, "no such file")
    if path.is_dir():
        raise InputError(path, "is a folder (give the files inside it)")
    try:
        data = path.read_bytes()
    except OSError as e:
        raise InputError(path, f"cannot read: {e.strerror}") from None
    return from_bytes(data, path)


def sniff(data: bytes, suffix: str = "") -> str:
    """'pdf', 'docx', 'html', 'text' or 'zip' from the content; the suffix
    decides only between HTML and text when the content does not."""
    head = data[:1024]
    if head.startswith(b"%PDF") or b"%PDF-" in head:
        return "pdf"
    if head.startswith(b"PK\x03\x04"):
        try:
            with zipfile.ZipFile(io.BytesIO(data)) as z:
                return "docx" if "word/document.xml" in z.namelist() else "zip"
        except zipfile.BadZipFile:
            return "docx" if suffix == ".docx" else "zip"
    body = head
    for bom in (b"\xef\xbb\xbf",):
        if body.startswith(bom):
            body = body[len(bom):]
    if _MARKUP.match(body):
        return "html"
    if suffix in HTML_SUFFIXES and b"<" in head:
        return "html"
    return "text"


def from_bytes(data: bytes, path="<bytes>") -> str:
    """The text of a file's bytes, read as the format its content shows."""
    suffix = Path(str(path)).suffix.lower()
    if not data.strip():
        raise InputError(path, "the file is empty")
    kind = sniff(data, suffix)
    if kind == "pdf":
        from .formats import pdf
        return pdf.read(data, path)
    if kind == "docx":
        from .formats import docx
        return docx.read(data, path)
    if kind == "zip":
        raise InputError(path, "a zip archive that is not a .docx (no word/document.xml); "
                               "unpack it first")
    if kind == "html":
        from .formats import html
        return html.read(data, path)
    for magic, what in _OTHER_BINARY:
        if data.startswith(magic):
            raise InputError(path, f"{what}")
    if suffix == ".pdf":
        raise InputError(path, "not a PDF (no %PDF header): damaged or misnamed")
    if suffix == ".docx":
        raise InputError(path, "not a DOCX (not a zip archive): damaged or misnamed")
    text = decode(data, path)
    # a web service's answer saved as JSON: its records as rows
    if text.lstrip("\ufeff \t\r\n")[:1] in ("{", "["):
        from .formats import records
        table = records.read(text)
        if table:
            return table
    # a table a spreadsheet saved as CSV (whatever its suffix): its records as rows
    if "," in text[:4000] and ('"' in text[:4000] or suffix == ".csv"):
        from .formats import spreadsheet
        return spreadsheet.read(text) or text
    return _html_tables(text)


# an HTML table inside a text (the Markdown a PDF converter writes, MinerU's
# <table><tr><td>…): its rows as lines, its cells apart by tabs
_HTML_TABLE = re.compile(r"<table\b.*?</table>", re.S | re.I)


def _html_tables(text: str) -> str:
    if "<table" not in text.lower():
        return text
    from .formats import html
    return _HTML_TABLE.sub(lambda m: "\n" + html.to_text(m.group(0)) + "\n", text)
