"""A minimal PDF writer for the tests: one text line per line of the given
text, in a Type0 font (Identity-H) whose ToUnicode map gives the text layer
back.  No font is embedded: viewers substitute one; text extraction needs
only the map."""
from __future__ import annotations

LINES_PER_PAGE = 50


def _obj(n: int, body: bytes) -> bytes:
    return b"%d 0 obj\n" % n + body + b"\nendobj\n"


def _stream(data: bytes) -> bytes:
    return b"<< /Length %d >>\nstream\n" % len(data) + data + b"\nendstream"


def _cmap(chars) -> bytes:
    entries = [f"<{ord(c):04X}> <{ord(c):04X}>" for c in sorted(chars)]
    blocks = []
    for i in range(0, len(entries), 100):
        chunk = entries[i:i + 100]
        blocks.append(f"{len(chunk)} beginbfchar\n" + "\n".join(chunk) + "\nendbfchar")
    text = ("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
            "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
            "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
            "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n"
            + "\n".join(blocks) +
            "\nendcmap\nCMapName currentdict /CMap defineresource pop\nend\nend")
    return text.encode("ascii")


def pdf_bytes(text: str | None, *, encrypt: bool = False) -> bytes:
    """A PDF whose text layer is ``text`` (None: pages without text)."""
    lines = (text or "").split("\n") if text is not None else [""]
    pages = [lines[i:i + LINES_PER_PAGE] for i in range(0, len(lines), LINES_PER_PAGE)] or [[]]
    chars = {c for c in (text or "") if c != "\n" and ord(c) < 0x10000}
    objects: dict[int, bytes] = {}
    font, descendant, tounicode, descriptor = 3, 4, 5, 6
    page_ids = []
    next_id = 7
    for page_lines in pages:
        content = [b"BT", b"/F1 12 Tf", b"14 TL", b"40 800 Td"]
        if text is not None:
            for line in page_lines:
                hexed = "".join(f"{ord(c):04X}" for c in line if ord(c) < 0x10000)
                content.append(b"<%s> Tj T*" % hexed.encode("ascii"))
        content.append(b"ET")
        page_id, content_id = next_id, next_id + 1
        next_id += 2
        objects[content_id] = _stream(b"\n".join(content))
        objects[page_id] = (b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
                            b"/Resources << /Font << /F1 %d 0 R >> >> /Contents %d 0 R >>"
                            % (font, content_id))
        page_ids.append(page_id)
    objects[1] = b"<< /Type /Catalog /Pages 2 0 R >>"
    objects[2] = (b"<< /Type /Pages /Kids [" + b" ".join(b"%d 0 R" % p for p in page_ids)
                  + b"] /Count %d >>" % len(page_ids))
    objects[font] = (b"<< /Type /Font /Subtype /Type0 /BaseFont /SimSun /Encoding /Identity-H "
                     b"/DescendantFonts [%d 0 R] /ToUnicode %d 0 R >>" % (descendant, tounicode))
    objects[descendant] = (b"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /SimSun "
                           b"/CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) "
                           b"/Supplement 0 >> /FontDescriptor %d 0 R /DW 1000 >>" % descriptor)
    objects[tounicode] = _stream(_cmap(chars))
    objects[descriptor] = (b"<< /Type /FontDescriptor /FontName /SimSun /Flags 4 "
                           b"/FontBBox [0 -141 1000 859] /ItalicAngle 0 /Ascent 859 "
                           b"/Descent -141 /CapHeight 700 /StemV 80 >>")
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = {}
    for n in sorted(objects):
        offsets[n] = len(out)
        out += _obj(n, objects[n])
    size = max(objects) + 1
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % size
    for n in range(1, size):
        out += b"%010d 00000 n \n" % offsets[n] if n in offsets else b"0000000000 65535 f \n"
    trailer = b"/Size %d /Root 1 0 R" % size
    if encrypt:
        trailer += (b" /Encrypt << /Filter /Standard /V 1 /R 2 /O <" + b"ab" * 32
                    + b"> /U <" + b"cd" * 32 + b"> /P -4 >> /ID [<" + b"01" * 16 + b"> <"
                    + b"01" * 16 + b">]")
    out += b"trailer\n<< " + trailer + b" >>\nstartxref\n%d\n%%%%EOF\n" % xref
    return bytes(out)


def cut_at_width(text: str, cols: int, *, tables_whole: bool = False) -> str:
    """``text`` with its lines cut at a page's printed width (a CJK character
    two columns, a digit or an ASCII mark one), as a PDF's text layer gives
    them back; a closing mark never opens a line (it hangs at the end of the
    one before).  ``tables_whole``: a table's row (cells apart by tabs, bars
    or wide gaps) is printed whole."""
    from extract.edits import width
    out = []
    for line in text.split("\n"):
        if tables_whole and (width(line) <= cols or "\t" in line or "|" in line or "  " in line.strip()):
            out.append(line)
            continue
        cur = ""
        for ch in line:
            if cur and width(cur + ch) > cols and ch not in "。，、；：）」》！？”,;:)":
                out.append(cur)
                cur = ""
            cur += ch
        out.append(cur)
    return "\n".join(out)
