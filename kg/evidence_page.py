"""The `kg show` page: a source text with every span a fact was read from
highlighted by kind (spaCy's displaCy, span style), and the facts listed
under it.

Offsets are those of ``extract``: each fact's ``evidence.start``/``end``
index the decoded original text, so what is underlined is exactly what the
graph cites.  Every piece of source text goes through an HTML escape (displaCy
escapes its tokens; the headings and the fact table use ``html.escape``) and
the page fetches nothing.
"""
from __future__ import annotations

import html
from collections import defaultdict
from pathlib import Path

# label: (colour, legend)
KIND_STYLE = {
    "OVERSIGHT": ("#f4a3a3", "分工 oversight (分管/协助/联系/负责)"),
    "POST": ("#d9b8e0", "职务 post"),
    "GROUP": ("#9fd39a", "领导小组 group"),
    "MEMBER": ("#c8e6c0", "成员 membership"),
    "TASK": ("#f6df8a", "任务 task"),
    "WARNING": ("#ffb266", "提示 warning"),
}

_RELATION = {"oversees": "分管", "co_oversees": "协助分管", "liaises": "联系",
             "assists": "协助", "responsible_for": "负责"}


def facts(doc) -> list[tuple[str, str, object]]:
    """(label, one-line summary, evidence) for every fact of one document."""
    out = []
    for p in doc.posts:
        org = f" ({p.organisation})" if p.organisation else ""
        out.append(("POST", f"{p.official}: {p.post}{org}", p.evidence))
    for o in doc.oversight:
        out.append(("OVERSIGHT", f"{o.official} {_RELATION.get(o.relation, o.relation)} "
                                 f"{o.target} [{o.target_kind}]", o.evidence))
    for g in doc.groups:
        host = f"; office at {g.office_host}" if g.office_host else ""
        out.append(("GROUP", f"{g.name} ({g.kind}{host})", g.evidence))
    for m in doc.memberships:
        aff = f", {m.affiliation}" if m.affiliation else ""
        out.append(("MEMBER", f"{m.member}{aff}: {m.role} of {m.group}", m.evidence))
    for a in doc.assignments:
        out.append(("TASK", f"{a.unit} {'牵头' if a.lead else '负责'}: {a.task}", a.evidence))
    for w in doc.warnings:
        out.append(("WARNING", w.message, w.evidence))
    return out


def spans(docs) -> list[dict]:
    """One highlighted span per (start, end, kind), however many facts share it."""
    merged = defaultdict(list)
    for doc in docs:
        for label, summary, ev in facts(doc):
            if ev.end > ev.start:
                merged[ev.start, ev.end, label].append(summary)
    return [{"start": s, "end": e, "label": label, "facts": f}
            for (s, e, label), f in sorted(merged.items())]


def _line_markup(text: str, line_start: int, line_spans: list[dict]) -> str:
    """displaCy markup of one line: characters inside a span are tokens of
    their own (so spans can start and end anywhere, and wrap); the text
    between spans is one token."""
    from spacy import displacy

    end = line_start + len(text)
    if not text.strip():
        return '<div class="blank"></div>'
    if not line_spans:
        return f'<div class="plain">{html.escape(text)}</div>'
    covered = [False] * len(text)
    for s in line_spans:
        for i in range(max(s["start"], line_start) - line_start, min(s["end"], end) - line_start):
            covered[i] = True
    tokens, token_at = [], {}
    i = 0
    while i < len(text):
        if covered[i]:
            token_at[i] = len(tokens)
            tokens.append(text[i])
            i += 1
        else:
            j = i
            while j < len(text) and not covered[j]:
                j += 1
            token_at[i] = len(tokens)
            tokens.append(text[i:j])
            i = j
    token_at[len(text)] = len(tokens)
    parsed_spans = []
    for s in line_spans:
        a, b = max(s["start"], line_start) - line_start, min(s["end"], end) - line_start
        if b > a:
            parsed_spans.append({"start_token": token_at[a], "end_token": token_at[b],
                                 "label": s["label"]})
    colours = {k: v[0] for k, v in KIND_STYLE.items()}
    return displacy.render({"text": text, "tokens": tokens, "spans": parsed_spans},
                           style="span", manual=True, minify=True,
                           options={"colors": colours})


def render(text: str, docs, title: str = "kg show") -> str:
    """The page: legend, the highlighted text (a heading where each document
    starts), then the facts of each document with their offsets."""
    all_spans = spans(docs)
    doc_starts = {d.start: d for d in docs}
    pos = 0
    body = []
    lines = text.splitlines(keepends=True)
    k = 0  # spans sorted by start: walk them along the lines
    active = []
    for line in lines:
        content = line.rstrip("\r\n")
        end = pos + len(content)
        for start in sorted(s for s in doc_starts if pos <= s < pos + len(line)):
            body.append(_doc_heading(doc_starts.pop(start)))
        while k < len(all_spans) and all_spans[k]["start"] < end:
            active.append(all_spans[k])
            k += 1
        active = [s for s in active if s["end"] > pos]
        here = [s for s in active if s["start"] < end and s["end"] > pos]
        body.append(_line_markup(content, pos, here))
        pos += len(line)
    for d in doc_starts.values():  # a document starting past the last line break
        body.append(_doc_heading(d))

    counts = defaultdict(int)
    for doc in docs:
        for label, _, _ in facts(doc):
            counts[label] += 1
    legend = "".join(
        f'<span class="key" style="background:{colour}">{html.escape(name)} '
        f'({counts.get(label, 0)})</span>' for label, (colour, name) in KIND_STYLE.items())
    tables = []
    for doc in docs:
        rows = "".join(
            f'<tr><td><span class="key" style="background:{KIND_STYLE[label][0]}">{label}'
            f'</span></td><td>{html.escape(summary)}</td><td class="ev">'
            f'{html.escape(ev.text)}</td><td class="off">{ev.start}–{ev.end}</td></tr>'
            for label, summary, ev in facts(doc))
        if rows:
            tables.append(f"{_doc_heading(doc, 'h3')}<table><tr><th>kind</th><th>fact</th>"
                          f"<th>evidence</th><th>offsets</th></tr>{rows}</table>")
    return _PAGE.format(title=html.escape(title), legend=legend,
                        n_facts=sum(counts.values()), n_docs=len(docs),
                        n_spans=len(all_spans), text="\n".join(body),
                        tables="\n".join(tables) or "<p>No facts found.</p>")


def _doc_heading(doc, tag: str = "h2") -> str:
    bits = [b for b in (doc.title.strip(), doc.number.strip(), doc.date) if b]
    return f'<{tag} class="doc">{html.escape(" · ".join(bits) or "(untitled document)")}</{tag}>'


def show(source, html_path) -> Path:
    """Write the evidence page of one source file to ``html_path``."""
    from extract import extract_file
    from extract.reader import read

    source = Path(source)
    docs = extract_file(source)
    text = read(source)
    path = Path(html_path)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(render(text, docs, title=f"kg show: {source.name}"), encoding="utf-8")
    return path


_PAGE = """<!DOCTYPE html>
<html lang="zh">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>{title}</title>
<style>
body {{ font-family: "Noto Sans CJK SC", "WenQuanYi Micro Hei", sans-serif; margin: 16px 24px;
        max-width: 1100px; }}
.key {{ display: inline-block; padding: 1px 6px; margin: 2px 4px 2px 0; border-radius: 3px;
        font-size: 12px; }}
.spans {{ font-weight: normal; }}
.spans > span {{ font-weight: normal !important; }}
.plain {{ line-height: 2.5; }}
.blank {{ height: 0.8em; }}
h2.doc {{ font-size: 15px; border-top: 1px solid #ccc; padding-top: 8px; margin-top: 18px; }}
table {{ border-collapse: collapse; font-size: 13px; margin-bottom: 12px; }}
td, th {{ border: 1px solid #ddd; padding: 2px 6px; vertical-align: top; text-align: left; }}
td.ev {{ color: #444; max-width: 420px; }}
td.off {{ white-space: nowrap; color: #777; }}
</style>
</head>
<body>
<h1>{title}</h1>
<p>{n_docs} documents, {n_facts} facts on {n_spans} highlighted spans.</p>
<p>{legend}</p>
<div id="text">
{text}
</div>
<h2>Facts</h2>
{tables}
</body>
</html>
"""
