"""Readers of the binary and markup input formats: each turns the bytes of
one file into plain text, one line per paragraph, list item or table cell.
``extract.reader`` chooses among them by the file's content."""
