"""Reading gazettes and extracting who-oversees-what facts from them.

The public entry points:

- :func:`extract_text` — a decoded text → its documents with their facts;
- :func:`extract_file` — a file on disk (any supported format) → the same.
"""
from __future__ import annotations

from .model import (Assignment, Document, Evidence, Group, Membership, Oversight,
                    Post, Warning)

__all__ = ["extract_text", "extract_file", "Document", "Evidence", "Post", "Oversight",
           "Group", "Membership", "Assignment", "Warning"]


def extract_text(text: str, source: str = "<text>") -> list[Document]:
    """Split ``text`` into documents and run every extractor over each."""
    from .pipeline import extract_text as _run
    return _run(text, source)


def extract_file(path) -> list[Document]:
    """Read ``path`` (encoding detected) and extract it; raises
    :class:`kg.errors.InputError` naming the file and the reason."""
    from .pipeline import extract_file as _run
    return _run(path)
