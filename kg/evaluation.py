"""`kg eval`: precision, recall and F1 per relation against a gold file
(format: shared/gold/README.md).

The graph is exported to CSV in a temporary folder and the tables are scored
with the matching rules of the reference scorer (shared/eval/score.py), so the
numbers are the ones the project is measured by: names compared without
whitespace, in simplified characters, with bracket variants unified; posts
matched by suffix; areas by containment; groups by character-bigram overlap.
"""
from __future__ import annotations

import csv
import json
import re
import tempfile
from functools import lru_cache
from pathlib import Path

from .errors import InputError

_WS = re.compile(r"\s+")
_BRACKETS = str.maketrans({"(": "（", ")": "）", ":": "：", "〔": "（", "〕": "）",
                           "[": "（", "]": "）"})
GROUP_ROLES = {"组长", "副组长", "成员"}  # rows of unmatched groups that count as wrong


@lru_cache(maxsize=None)
def _t2s():
    try:
        import opencc
        return opencc.OpenCC("t2s").convert
    except Exception:  # OpenCC missing or broken: compare as written
        return lambda s: s


def norm(s) -> str:
    s = _WS.sub("", s or "").replace("&nbsp;", "").replace("&nbsp", "")
    return _t2s()(s).translate(_BRACKETS)


def prf(gold: set, found: set) -> dict:
    tp = len(gold & found)
    if not gold and not found:
        p = r = f = 1.0
    else:
        p = tp / len(found) if found else 0.0
        r = tp / len(gold) if gold else 1.0
        f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": p, "recall": r, "f1": f, "tp": tp, "gold": len(gold),
            "found": len(found)}


def _bigrams(s: str) -> set:
    return {s[i:i + 2] for i in range(len(s) - 1)} or {s}


def best_match(name: str, candidates, floor: float = 0.5):
    """The candidate sharing most character bigrams with ``name`` (Jaccard > floor)."""
    target, best, best_score = _bigrams(norm(name)), None, floor
    for c in candidates:
        b = _bigrams(norm(c))
        score = len(target & b) / len(target | b)
        if score > best_score:
            best, best_score = c, score
    return best


def _read(tables: Path, name: str) -> list[dict]:
    path = tables / name
    if not path.exists():
        return []
    with path.open(encoding="utf-8-sig", newline="") as fh:
        return list(csv.DictReader(fh))


def _pairs(officials, key) -> set:
    return {(norm(o["name"]), norm(v)) for o in officials for v in o.get(key, [])}


def _found(oversight, relation) -> set:
    return {(norm(r["official"]), norm(r["target"])) for r in oversight
            if r.get("relation") == relation}


def _contained(gold: set, found_rows, min_len: int = 1, suffix: bool = False) -> set:
    """Found (name, phrase) pairs, each replaced by the gold pairs it hits:
    by containment either way, or (posts) by the gold ending with it."""
    result = set()
    for name, phrase in found_rows:
        if suffix:
            hits = {(n, g) for n, g in gold if n == name and len(phrase) >= min_len
                    and g.endswith(phrase)}
        else:
            hits = {(n, g) for n, g in gold if n == name and phrase
                    and (g in phrase or phrase in g)}
        result |= hits or {(name, phrase)}
    return result


def score_division(tables: Path, division: dict) -> dict:
    officials = division["officials"]
    oversight = _read(tables, "oversight.csv")
    out = {"oversees": prf(_pairs(officials, "oversees"), _found(oversight, "oversees"))}
    for relation in ("co_oversees", "liaises"):
        gold = _pairs(officials, relation)
        if gold:
            out[relation] = prf(gold, _found(oversight, relation))
    areas = _pairs(officials, "areas")
    if areas:
        out["areas"] = prf(areas, _contained(areas, _found(oversight, "responsible_for")))
    out["assists"] = prf(_pairs(officials, "assists"), _found(oversight, "assists"))
    posts = _pairs(officials, "posts")
    found_posts = [(norm(r["official"]), norm(r["post"])) for r in _read(tables, "posts.csv")]
    out["posts"] = prf(posts, _contained(posts, found_posts, min_len=2, suffix=True))
    return out


def score_groups(tables: Path, groups: dict) -> dict:
    rows = _read(tables, "memberships.csv")
    found_names = sorted({r["group"] for r in rows})
    gold, found, matched = set(), set(), set()
    for grp in groups["groups"]:
        name = norm(grp["name"])
        gold |= {(name, norm(m["name"]), norm(m["role"])) for m in grp["members"]}
        match = best_match(grp["name"], found_names)
        matched.add(match)
        if match:
            found |= {(name, norm(r["member"]), norm(r["role"])) for r in rows
                      if r["group"] == match}
    found |= {("?" + norm(r["group"]), norm(r["member"]), norm(r["role"])) for r in rows
              if r["group"] not in matched and norm(r["role"]) in GROUP_ROLES}
    aff_gold = {(norm(m["name"]), norm(m["affiliation"]))
                for grp in groups["groups"] for m in grp["members"]}
    members = {n for n, _ in aff_gold}
    aff_found = {(norm(r["member"]), norm(r["affiliation"])) for r in rows
                 if norm(r["member"]) in members}
    return {"members": prf(gold, found), "affiliations": prf(aff_gold, aff_found)}


def _same_document(gold_doc: str, found_doc: str) -> bool:
    g, f = norm(gold_doc), norm(found_doc)
    return not g or not f or g in f or f in g


def score_assignments(tables: Path, assignments: list) -> dict:
    gold = {(i, norm(u)) for i, t in enumerate(assignments) for u in t["units"]}
    found = set()
    for r in _read(tables, "assignments.csv"):
        task, doc = norm(r["task"]), norm(r["document"])
        hit = next((i for i, t in enumerate(assignments)
                    if _same_document(t["document"], doc) and norm(t["task"])
                    and (norm(t["task"]) in task or (len(task) >= 4 and task in norm(t["task"])))),
                   None)
        found.add((hit if hit is not None else "?" + task, norm(r["unit"])))
    return {"assignments": prf(gold, found)}


def _load(path) -> dict:
    try:
        return json.loads(Path(path).read_text(encoding="utf-8"))
    except OSError as err:
        raise InputError(path, f"cannot read the gold file ({err.strerror or err})") from err
    except ValueError as err:
        raise InputError(path, f"not a JSON gold file ({err})") from err


def score_tables(tables, gold_path, tasks_path=None) -> dict:
    """relation → {precision, recall, f1, tp, gold, found} for a folder of CSV tables."""
    tables, gold = Path(tables), _load(gold_path)
    result = {}
    if gold.get("division"):
        result.update(score_division(tables, gold["division"]))
    if gold.get("groups"):
        result.update(score_groups(tables, gold["groups"]))
    if tasks_path:
        tasks = _load(tasks_path)
        if "assignments" not in tasks:
            raise InputError(tasks_path, "not a tasks gold file (no 'assignments')")
        result.update(score_assignments(tables, tasks["assignments"]))
    return result


def evaluate(out, gold, tasks=None) -> dict:
    from .exporters.csv import write_tables

    with tempfile.TemporaryDirectory(prefix="kg-eval-") as tmp:
        write_tables(out, Path(tmp))
        return score_tables(tmp, gold, tasks)
