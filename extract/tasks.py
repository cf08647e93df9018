"""Policy tasks and the units responsible for them (issue: accountability)."""
from __future__ import annotations


def extract(norm, start, end, source, jurisdiction):
    return []
