"""`kg build` over a whole archive: extraction spread over the machine's
cores, incremental rebuilds, and the graph folder written from per-document
TriG chunks.

Every document is one named graph, and its chunk of ``graph.trig`` depends on
that graph alone (:func:`kg.trig.chunks`).  So the workers turn their files
into finished chunks, the chunks of inputs whose bytes did not change are
taken over from the previous ``graph.trig`` as they are, and the result is
the same bytes as a clean build of the same inputs.  The derived graph
(:mod:`kg.variants`), which reads all documents, is recomputed each time.

The new generation's store is filled while the workers read (the main
process is otherwise idle): chunks are bulk-loaded in batches as they
arrive, and a rebuild that changes few inputs patches a copy of the live
store instead of loading every graph again (:class:`_Writer`).

What the previous build saw is in ``report.json``: per input its sha256, its
number of documents (whose graph IRIs follow from the file name), facts and
warnings, and the fingerprint of the extractor that read it; a rebuild by a
changed extractor re-reads every input it is given.
"""
from __future__ import annotations

import hashlib
import multiprocessing
import os
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from pyoxigraph import NamedNode

from . import counts, ids, store, trig
from .errors import InputError

OK_STATUSES = ("ok", "unchanged")


# ---- the extractor's fingerprint


def fingerprint() -> str:
    """A hash of the code and vocabularies that turn a file into chunks."""
    import extract
    digest = hashlib.sha256()
    roots = [Path(extract.__file__).parent]
    here = Path(__file__).parent
    files = [p for root in roots for p in sorted(root.rglob("*"))
             if p.is_file() and p.suffix in (".py", ".yaml", ".txt", ".json")
             and "__pycache__" not in p.parts]
    files += [here / n for n in ("graph.py", "ids.py", "vocab.py", "trig.py", "variants.py",
                                 "counts.py", "batch.py")]
    for path in files:
        if path.is_file():
            digest.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()[:16]


def sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


# ---- one input → its chunks (run in a worker)

def _default_extract(path):
    from . import builder
    return builder._extract_file(path)


def extract_one(path, extract_file=None):
    """("ok", row, chunks, derived rows) or ("error", reason, None, None) for
    one input file; the derived rows are what :mod:`kg.variants` reads from
    its graphs."""
    extract_file = extract_file or _default_extract
    try:
        docs = extract_file(path)
    except InputError as err:
        return ("error", err.reason, None, None)
    from .graph import document_chunk
    from .variants import new_rows
    rows = new_rows()
    chunks = dict(document_chunk(doc, rows) for doc in docs)  # one graph per document
    facts, warnings = counts.document_counts(docs)
    row = {"documents": len(docs), "facts": facts, "warnings": warnings}
    return ("ok", row, chunks, rows)


def _work(path):
    return extract_one(path)


def _exit_with(parent: int) -> None:
    """Run in each worker: exit once the build that forked it is gone.  A
    build killed with SIGKILL cannot stop its pool, and its workers would
    otherwise wait for work forever."""
    import threading
    import time

    def watch():
        while os.getppid() == parent:
            time.sleep(0.5)
        os._exit(1)
    threading.Thread(target=watch, daemon=True).start()


def _jobs(jobs) -> int:
    if jobs:
        return max(1, int(jobs))
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # pragma: no cover - not Linux
        return max(1, os.cpu_count() or 1)


def extract_all(paths, *, extract_file=None, jobs=None, progress=None):
    """``extract_one`` over ``paths``, in their order; over several
    processes when there are several inputs and cores."""
    jobs = min(_jobs(jobs), len(paths))
    done = 0
    if (jobs <= 1 or extract_file is not None
            or "fork" not in multiprocessing.get_all_start_methods()):
        for path in paths:
            result = extract_one(path, extract_file)
            done += 1
            if progress:
                progress(done, len(paths), path)
            yield path, result
        return
    import extract  # noqa: F401 - loaded once, before the workers fork
    # fork: the workers inherit the loaded extractor (and a monkeypatched one)
    with ProcessPoolExecutor(jobs, mp_context=multiprocessing.get_context("fork"),
                             initializer=_exit_with, initargs=(os.getpid(),)) as pool:
        chunksize = max(1, min(8, len(paths) // (jobs * 8)))
        for path, result in zip(paths, pool.map(_work, paths, chunksize=chunksize)):
            done += 1
            if progress:
                progress(done, len(paths), path)
            yield path, result


# ---- the previous build


def _document_keys(source: str, n: int) -> list[str]:
    return [trig.term(NamedNode(ids.document(source, i))) for i in range(n)]


def previous(out) -> tuple[dict, dict, dict]:
    """(chunks by graph key, report rows by source name, graph keys by
    source name) of the graph folder OUT; empty when there is none."""
    out = Path(out)
    if not store.is_graph_folder(out):
        return {}, {}, {}
    report = store.read_report(out)
    rows = {ids.source_name(r["input"]): r for r in report.get("inputs", [])
            if isinstance(r, dict) and "input" in r}
    text = (out / store.GRAPH_FILE).read_text(encoding="utf-8")
    chunks = trig.split(text)
    derived = trig.term(_derived_graph())
    keys = {}
    if chunks is not None:
        chunks.pop(derived, None)
        for name, row in rows.items():
            n = row.get("documents")
            if isinstance(n, int) and "facts" in row and "warnings" in row and n:
                keys[name] = _document_keys(name, n)
        claimed = {k for ks in keys.values() for k in ks}
        if claimed == set(chunks) and all(k in chunks for k in claimed):
            return chunks, rows, keys
    return _previous_from_quads(out, rows)


def _previous_from_quads(out, rows):
    """The slow way, for a folder whose report does not tell its graphs
    (written by ``write_documents`` or an older kg): parse graph.trig."""
    quads = store.read_quads(out)
    derived = _derived_graph()
    quads = {q for q in quads if q.graph_name != derived}
    chunks = trig.chunks(quads)
    by_graph: dict = {}
    for q in quads:
        by_graph.setdefault(q.graph_name, set()).add(q)
    keys: dict = {}
    rows = {name: dict(row) for name, row in rows.items()}
    per_source: dict = {}
    for graph, source in store.sources_of(quads).items():
        keys.setdefault(source, []).append(trig.term(graph))
        per_source.setdefault(source, set()).update(by_graph.get(graph, ()))
    for source, qs in per_source.items():
        row = rows.setdefault(source, {"input": source, "status": "ok"})
        row.update(documents=len(keys[source]), facts=counts.fact_counts(qs),
                   warnings=counts.warnings(qs))
        row.pop("sha256", None)  # not known to match these graphs: re-read next time
    return chunks, rows, keys


def _derived_graph() -> NamedNode:
    from . import variants
    return variants.DERIVED


# ---- the build


def build(files, errors, out, *, extract_file=None, prune=False, jobs=None,
          progress=None) -> dict:
    """Files (already discovered) → the graph folder OUT, incrementally."""
    out = Path(out)
    old_chunks, old_rows, old_keys = previous(out)
    print_ = fingerprint()
    same_extractor = extract_file is None and all(
        r.get("extractor") == print_ for r in old_rows.values() if r.get("sha256"))
    rows: dict[str, dict] = {}
    error_rows = [{"input": e.path, "status": "error", "reason": e.reason} for e in errors]
    todo, hashes = [], {}
    for path in files:
        name = ids.source_name(path)
        try:
            hashes[name] = sha256(path)
        except OSError as err:
            errors.append(InputError(path, f"cannot read: {err.strerror}"))
            error_rows.append({"input": str(path), "status": "error",
                               "reason": f"cannot read: {err.strerror}"})
            continue
        old = old_rows.get(name)
        if (same_extractor and old and old.get("status") in OK_STATUSES
                and old.get("sha256") == hashes[name] and name in old_keys):
            rows[name] = dict(old, input=str(path), status="unchanged")
        else:
            todo.append(path)
    # the sources --prune will drop: known before reading, as every input
    # listed now gets a row (read, unchanged or failed)
    listed = set(hashes) | {ids.source_name(p) for p in todo}
    to_prune = sorted(name for name in set(old_rows) - listed
                      if prune and not any(r["input"] == old_rows[name].get("input")
                                           for r in error_rows))
    chunks = dict(old_chunks)
    writer = _Writer(out, old_chunks, old_keys, todo, to_prune)
    # what the derived graph is read from, as the workers found it: enough
    # when every graph of the new generation was read now (a clean build)
    fresh_rows, fresh_keys = [], set()
    try:
        changed = False
        for path, (status, info, new_chunks, rows_) in extract_all(
                todo, extract_file=extract_file, jobs=jobs, progress=progress):
            name = ids.source_name(path)
            if status == "error":
                errors.append(InputError(path, info))
                row = {"input": str(path), "status": "error", "reason": info}
                if name in old_keys:  # the previous facts stay until it can be read
                    old = old_rows[name]
                    row.update(documents=old["documents"], facts=old["facts"],
                               warnings=old["warnings"], note="facts of the previous build kept")
                    writer.keep(old_keys[name])
                rows[name] = row
                continue
            stale = old_keys.pop(name, ())
            for key in stale:
                chunks.pop(key, None)
            chunks.update(new_chunks)
            fresh_rows.append(rows_)
            fresh_keys.update(new_chunks)
            writer.replace(stale, new_chunks)
            changed = True
            rows[name] = dict(info, input=str(path), status="ok", sha256=hashes[name],
                              extractor=print_)
        pruned = []
        for name in sorted(set(old_rows) - set(rows)):
            if name in to_prune:
                for key in old_keys.get(name, ()):
                    chunks.pop(key, None)
                writer.drop(old_keys.get(name, ()))
                pruned.append(name)
                changed = True
            else:
                rows[name] = old_rows[name]
        built = [r for r in rows.values() if r.get("status") in OK_STATUSES]
        inputs = sorted(list(rows.values()) + error_rows, key=lambda r: r["input"])
        facts: dict = {}
        warnings: set = set()
        for row in rows.values():
            if "facts" in row:
                for k, v in row["facts"].items():
                    facts[k] = facts.get(k, 0) + v
                warnings.update(row.get("warnings", ()))
        report = {"inputs": inputs, "documents": len(chunks),
                  "facts": dict(sorted(facts.items())), "warnings": sorted(warnings)}
        if pruned:
            report["pruned"] = pruned
        if not built and not pruned:
            writer.abort()
            return {"inputs": inputs}  # nothing could be read: OUT keeps what it held
        if changed or not store.is_graph_folder(out):
            from .variants import merge_rows
            writer.commit(chunks, report,
                          merge_rows(fresh_rows) if fresh_keys.issuperset(chunks) else None)
        else:
            writer.abort()
            store.write_report(out, report)  # nothing new: the graph stays as it is
    except BaseException:
        writer.abort()
        raise
    return report


# chunks replaced in a live store copied, rather than all of them reloaded,
# while at most this share of the previous graphs changes: removing a graph
# costs more per quad than loading one
REUSE_SHARE = 0.25


class _Writer:
    """The new generation's store, filled while the inputs are read.

    A first build, or one that replaces many graphs, bulk-loads every chunk
    into an empty store (the unchanged ones from the previous graph.trig as
    soon as the reading has started).  A rebuild that replaces a few starts
    from a copy of the live store (hard links) and swaps those graphs alone.
    Both give the same quads: a set, whatever the order of loading.  The
    generation is begun at the first graph to write, so that a build that
    changes nothing writes none."""

    def __init__(self, out, old_chunks: dict, old_keys: dict, todo, to_prune):
        self.out = out
        self.old_chunks = old_chunks
        replaced = sum(len(old_keys.get(ids.source_name(p), ())) for p in todo)
        replaced += sum(len(old_keys.get(name, ())) for name in to_prune)
        self.copy = bool(old_chunks) and replaced <= REUSE_SHARE * len(old_chunks)
        # for an empty start: the old graphs to load, all but those of the
        # sources read again (kept with keep() if one fails) or pruned
        gone = {k for p in todo for k in old_keys.get(ids.source_name(p), ())}
        gone |= {k for name in to_prune for k in old_keys.get(name, ())}
        self.unchanged = [k for k in old_chunks if k not in gone]
        self.gen = None

    def _begin(self):
        if self.gen is None:
            if self.copy:
                try:
                    self.gen = store.begin(self.out, copy_live=True)
                    return self.gen
                except OSError:
                    self.copy = False  # no usable live store: load everything
            self.gen = store.begin(self.out)
            self.gen.load({k: self.old_chunks[k] for k in self.unchanged})
        return self.gen

    def replace(self, stale, new_chunks: dict) -> None:
        gen = self._begin()
        if self.copy:
            gen.drop(stale)
        gen.load(new_chunks)

    def keep(self, keys) -> None:
        """The previous graphs of a source that could not be read again
        (no generation is begun for them: they alone change nothing)."""
        kept = [k for k in keys if k in self.old_chunks]
        self.unchanged += kept
        if self.gen is not None and not self.copy:
            self.gen.load({k: self.old_chunks[k] for k in kept})

    def drop(self, keys) -> None:
        gen = self._begin()
        if self.copy:
            gen.drop(keys)

    def commit(self, chunks: dict, report: dict, rows=None) -> None:
        self._begin().commit(chunks, report, rows)
        self.gen = None

    def abort(self) -> None:
        if self.gen is not None:
            self.gen.abort()
            self.gen = None
