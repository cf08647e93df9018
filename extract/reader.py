"""Reading an input file into text: the encoding is detected from the bytes
(UTF-8 with or without BOM, GB18030/GBK, UTF-16), not guessed from the name."""
from __future__ import annotations

from pathlib import Path

from kg.errors import InputError

TEXT_SUFFIXES = {".txt", ".text", ""}


def decode(data: bytes, path="<bytes>") -> str:
    if not data.strip():
        raise InputError(path, "the file is empty")
    for bom, enc in ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16")):
        if data.startswith(bom):
            return data.decode(enc)
    try:
        return data.decode("utf-8")
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
        return data.decode(enc)
    except (UnicodeDecodeError, LookupError) as e:
        raise InputError(path, f"cannot decode as {enc}: {e}") from None


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
    return decode(data, path)
