"""From a decoded text to documents with facts: normalise, segment, then run
each extractor over each document."""
from __future__ import annotations

import re
from pathlib import Path

from . import division, reader, units
from .model import Document, Warning
from .normalise import normalise
from .segment import addressees_and_annexes, segment


def _kind(title: str, body: str) -> str:
    if re.search(r"工作分工|分工的通知|分工调整|调整.*分工", title):
        return "division"
    if re.search(r"名单|组成人员", title):
        return "roster"
    return "notice"


def _ambiguous_units(doc: Document) -> list[Warning]:
    """A short name that may stand for several bodies (文旅局) is left as
    written and reported, never resolved by guess."""
    seen, out = set(), []
    named = [(o.target, o.evidence) for o in doc.oversight if o.target_kind in ("unit", "body")]
    named += [(a.unit, a.evidence) for a in doc.assignments]
    named += [(m.member, m.evidence) for m in doc.memberships if m.member_kind == "unit"]
    for name, ev in named:
        options = units.ambiguous(name, doc.jurisdiction)
        if options and name not in seen:
            seen.add(name)
            out.append(Warning(f"unit {name} may be {' or '.join(options)}: left as written", ev))
    return out


def extract_text(text: str, source: str = "<text>") -> list[Document]:
    norm = normalise(text)
    docs = []
    for i, seg in enumerate(segment(norm)):
        kind = _kind(seg.title, norm.text[seg.start:seg.end])
        os_, oe = norm.original_span(seg.start, seg.end)
        addressees, annexes = addressees_and_annexes(norm.text, seg)
        doc = Document(source=source, index=i, title=seg.title, number=seg.number, issuer=seg.issuer,
                       date=seg.date, jurisdiction=seg.jurisdiction, kind=kind, start=os_, end=oe,
                       addressees=addressees, annexes=list(annexes))
        if kind == "division" or re.search(r"增加分管|协助分管", norm.text[seg.start:seg.end]):
            posts, oversight = division.extract(norm, seg.start, seg.end, source, seg.jurisdiction,
                                                seg.issuer)
            doc.posts.extend(posts)
            doc.oversight.extend(oversight)
        from . import roster, tasks
        groups, members, warnings = roster.extract(norm, seg.start, seg.end, source, seg.jurisdiction,
                                                   seg.title)
        doc.groups.extend(groups)
        doc.memberships.extend(members)
        doc.warnings.extend(warnings)
        doc.assignments.extend(tasks.extract(norm, seg.start, seg.end, source, seg.jurisdiction))
        doc.warnings.extend(_ambiguous_units(doc))
        docs.append(doc)
    return docs


def extract_file(path) -> list[Document]:
    path = Path(path)
    text = reader.read(path)
    return extract_text(text, source=path.name)
