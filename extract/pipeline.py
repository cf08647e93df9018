"""From a decoded text to documents with facts: normalise, segment, then run
each extractor over each document."""
from __future__ import annotations

import re
from pathlib import Path

from . import division, reader, units
from .model import Document, Warning
from . import corrections
from .normalise import normalise
from .segment import addressees_and_annexes, segment


def _kind(title: str, body: str) -> str:
    if re.search(r"工作分工|分工的通知|分工调整|调整.*分工|(?:班子成员|领导同志|领导)分工", title):
        return "division"
    # 关于调整市长、副市长分管工作的通知 / 关于明确县政府领导分管工作的通知
    if re.search(r"分管工作(?:的通知|的决定|调整)|(?:调整|明确)[^，。]{0,20}分管工作", title):
        return "division"
    # 关于班子成员包村（包片）安排的通知, 联片联村, 挂村: who answers for which village
    if re.search(r"包村|包片|联村|联片|挂村|驻村联系", title):
        return "division"
    # 县领导联系乡镇和重点项目: who liaises with which places is part of the division
    if re.search(r"领导(?:同志)?(?:挂点)?联系(?:乡|镇|村|社区|街道|企业|县|区|市|重点项目|项目)", title):
        return "division"
    # 关于明确县政府领导同志分管、协管和联系部门的通知: which leader oversees which unit
    if re.search(r"领导(?:同志)?(?:的)?(?:分管|协管|联系)", title) and re.search(r"部门|单位", title):
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


_MOVED = re.compile(r"(?:改由|调整由|调整为由)[^。\n]{1,24}?同志(?:分管|负责|联系)")
_DUTY_COLUMN = re.compile(r"(?m)(?:^|\t)[ \t]*(?:工作分工|分工|分管工作)[ \t]*(?:\t|$)|\t(?:联系|牵头|责任)[市县区省]?领导\t")
# a leader's profile on a government site: 副县长 某某 / 工作分工：负责…
_DUTY_LABEL = re.compile(r"(?m)^[ \t]*(?:工作分工|职责分工|分管工作|主要分工|工作职责|分工)[ \t]*[：:]")
# a meeting's report that settles who does what (会议明确，市长某某领导…，分管…)
_MEETING_DIVISION = re.compile(r"会议(?:明确|确定|决定)[，,：:]?[^。\n]{0,60}?(?:分管|协助)")
_QUOTED_DIVISION = re.compile(r"《[^》\n]{0,40}(?:工作分工|领导分工|分工的通知)[^》\n]{0,12}》")


def _divides_work(text: str) -> bool:
    """Does a document not titled a division still divide work?  Minutes or
    notices that move duties (县司法局改由副县长某某同志分管, 增加分管,
    协助分管), a table with a column of duties (工作分工 | …), a reply, a
    yearbook or an explainer quoting a division notice (《…工作分工的通知》).
    (Literal checks first: this runs on every document.)"""
    if "增加分管" in text or "协助分管" in text:
        return True
    if "由" in text and _MOVED.search(text):
        return True
    if "\t" in text and _DUTY_COLUMN.search(text):
        return True
    if "分" in text and _DUTY_LABEL.search(text):
        return True
    if "会议" in text and _MEETING_DIVISION.search(text):
        return True
    return "《" in text and "分工" in text and bool(_QUOTED_DIVISION.search(text))


# A long text (a year of gazettes in one file, a 100 MB scrape) is read in
# pieces cut where a document begins, so memory stays bounded by the piece.
CHUNK_CHARS = 2_000_000
_DOC_START = re.compile(r"^[^\n]{0,40}关于[^\n]{2,80}\n(?:\s*\n)*\s*\S{1,12}[〔［\[(（]\s*[12１２][09０９]\d{2}\s*[〕］\])）]\s*\d+\s*[号號]",
                        re.M)


def _pieces(text: str, size: int):
    """(start, end) pieces of ``text`` of about ``size`` characters, cut
    before a document's title where one is near, else at a line break."""
    start = 0
    while len(text) - start > size:
        cut = None
        for m in _DOC_START.finditer(text, start + size // 2, start + size):
            cut = m.start()
        if cut is None or cut <= start:
            nl = text.rfind("\n", start + size // 2, start + size)
            cut = nl + 1 if nl > start else start + size
        yield start, cut
        start = cut
    yield start, len(text)


def _shift(doc: Document, base: int, index: int) -> Document:
    """A document read from a piece, its offsets made offsets into the whole."""
    from dataclasses import replace

    def ev(fact):
        e = fact.evidence
        return replace(fact, evidence=replace(e, start=e.start + base, end=e.end + base))

    doc.index, doc.start, doc.end = index, doc.start + base, doc.end + base
    for name in ("posts", "oversight", "groups", "memberships", "assignments", "duties", "warnings"):
        setattr(doc, name, [ev(f) for f in getattr(doc, name)])
    return doc


def extract_text(text: str, source: str = "<text>") -> list[Document]:
    if len(text) <= CHUNK_CHARS:
        return _extract(text, source)
    docs = []
    for start, end in _pieces(text, CHUNK_CHARS):
        for doc in _extract(text[start:end], source):
            docs.append(_shift(doc, start, len(docs)))
    return docs


def _extract(text: str, source: str) -> list[Document]:
    norm = normalise(text)
    segments = segment(norm)
    # a 更正 notice bound with the document it corrects: read the corrected text
    fixed = corrections.apply(norm, segments)
    if fixed is not None:
        norm, segments = fixed, segment(fixed)
    docs = []
    for i, seg in enumerate(segments):
        kind = _kind(seg.title, norm.text[seg.start:seg.end])
        if corrections.is_correction(seg.title) and corrections.corrections(
                norm.text, seg.start, seg.end, corrections.number_read(norm, seg)):
            kind = "correction"  # what it quotes is stated by the document it corrects
        os_, oe = norm.original_span(seg.start, seg.end)
        addressees, annexes = addressees_and_annexes(norm.text, seg)
        doc = Document(source=source, index=i, title=seg.title, number=seg.number, issuer=seg.issuer,
                       date=seg.date, jurisdiction=seg.jurisdiction, kind=kind, start=os_, end=oe,
                       addressees=addressees, annexes=list(annexes))
        # (a page of leaders' own field tables, 工作分工 | …, divides work under any title)
        # (…, and minutes or notices that move duties: 县司法局改由副县长某某同志分管)
        if kind == "correction":
            docs.append(doc)
            continue
        if kind == "division" or _divides_work(norm.text[seg.start:seg.end]):
            posts, oversight, groups, members = division.extract(
                norm, seg.start, seg.end, source, seg.jurisdiction, seg.issuer)
            doc.posts.extend(posts)
            doc.oversight.extend(oversight)
            doc.groups.extend(groups)
            doc.memberships.extend(members)
        else:
            # (a 长制 scheme's chiefs: 链长：某某（县委副书记、县长） — the leaders and their posts)
            from . import chiefs
            doc.posts.extend(chiefs.extract(norm, seg.start, seg.end, source,
                                            lambda p: division._organisation(p, seg.jurisdiction, seg.issuer)))
        from . import duties, roster, tasks
        groups, members, warnings = roster.extract(norm, seg.start, seg.end, source, seg.jurisdiction,
                                                   seg.title)
        doc.groups.extend(groups)
        doc.memberships.extend(members)
        doc.warnings.extend(warnings)
        doc.assignments.extend(tasks.extract(norm, seg.start, seg.end, source, seg.jurisdiction))
        doc.duties.extend(duties.extract(norm, seg.start, seg.end, source, seg.jurisdiction))
        doc.warnings.extend(_ambiguous_units(doc))
        docs.append(doc)
    return docs


def extract_file(path) -> list[Document]:
    path = Path(path)
    text = reader.read(path)
    return extract_text(text, source=path.name)
