"""PDF → text, from the PDF's text layer (pypdfium2).  Pages are joined by
a line break and a form feed (the normaliser reads two-column pages page by
page, then treats the form feed like any blank space)."""
from __future__ import annotations

from kg.errors import InputError


def read(data: bytes, path="<pdf>") -> str:
    try:
        import pypdfium2 as pdfium
    except ImportError:  # pragma: no cover - a dependency of kg
        raise InputError(path, "reading PDF needs pypdfium2 (pip install pypdfium2)") from None
    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as err:
        raise InputError(path, _reason(err)) from None
    try:
        pages = []
        for i in range(len(pdf)):
            page = pdf[i]
            try:
                textpage = page.get_textpage()
                pages.append(textpage.get_text_range())
                textpage.close()
            except pdfium.PdfiumError as err:
                raise InputError(path, f"page {i + 1} cannot be read ({err})") from None
            finally:
                page.close()
    finally:
        pdf.close()
    # (a page's text ends with its last line, no line break after it: the
    # break is put back, or that line and the next page's first would be one)
    text = "\n\f".join(p.replace("\r\n", "\n").replace("\r", "\n").rstrip("\n") for p in pages)
    if not text.strip():
        raise InputError(path, "PDF has no text layer (scanned?); OCR is not supported")
    return text


def _reason(err) -> str:
    message = str(err)
    low = message.lower()
    if "password" in low or "security" in low:
        return "PDF is encrypted (password required); decrypt it first"
    if "format" in low or "not found" in low or "corrupt" in low:
        return "PDF is damaged or truncated and cannot be opened"
    return f"PDF cannot be opened ({message})"
