"""`kg build`: inputs → documents → graph folder.

An input that cannot be read is reported and skipped; the others are built.
"""
from __future__ import annotations

from pathlib import Path

from . import counts, ids, store, variants
from .errors import InputError
from .graph import documents_to_quads

SUFFIXES = (".txt", ".pdf", ".html", ".htm", ".docx", ".csv")


def discover(inputs) -> tuple[list[Path], list[InputError]]:
    """Files to read (folders expanded, sorted) and the inputs that do not exist."""
    files, errors = [], []
    for raw in inputs:
        path = Path(raw)
        if path.is_dir():
            found = sorted(p for p in path.rglob("*")
                           if p.is_file() and p.suffix.lower() in SUFFIXES
                           and not any(part.startswith(".")
                                       for part in p.relative_to(path).parts))
            if not found:
                errors.append(InputError(path, "folder holds no gazette files ("
                                         + ", ".join(SUFFIXES) + ")"))
            files += found
        elif path.exists():
            files.append(path)
        else:
            errors.append(InputError(path, "no such file or directory"))
    return _distinct(files, errors), errors


def _distinct(files, errors) -> list[Path]:
    """Each file once; sources are known by file name (so that a rebuild
    replaces them), hence two different files may not share one."""
    by_name: dict[str, Path] = {}
    kept = []
    for path in files:
        first = by_name.setdefault(ids.source_name(path), path)
        if first is path:
            kept.append(path)
        elif first.resolve() != path.resolve():
            errors.append(InputError(path, f"has the same file name as {first}; kg knows "
                                           "sources by file name, rename one of them"))
    return kept


def _extract_file(path):
    import extract  # late: `import kg` must not pull in the extractor and its models
    return extract.extract_file(path)


def build(inputs, out, *, extract_file=None, prune=False, jobs=None, progress=None) -> dict:
    """Read ``inputs`` (files or folders) and write the graph folder ``out``.

    Returns the report (also written to ``out/report.json``); its ``errors``
    names the inputs that could not be read.  Nothing is written when no
    input could be read, so OUT keeps what it held.

    Incremental (kg.batch): an input whose bytes are unchanged since the
    build that made OUT is not read again; ``prune`` drops the sources of
    OUT that are not among the inputs.  ``jobs`` processes extract (default:
    one per core); ``progress(done, total, path)`` is called per file read."""
    from . import batch
    files, errors = discover(inputs)
    report = batch.build(files, errors, out, extract_file=extract_file, prune=prune,
                         jobs=jobs, progress=progress)
    report["errors"] = [str(e) for e in errors]
    return report


def write_documents(documents, out, sources=(), input_rows=None) -> dict:
    """Write ``documents`` into ``out``: graphs of their sources (and of
    ``sources``) are replaced if ``out`` already holds them, all others kept."""
    documents = list(documents)
    sources = set(sources) | {ids.source_name(d.source) for d in documents}
    old = store.read_quads(out) if store.is_graph_folder(out) else set()
    quads = store.replace_sources(old, documents_to_quads(documents), sources)
    # facts that depend on several documents are recomputed from all of them
    quads = variants.with_derived(quads)
    if input_rows is None:
        input_rows = [{"input": s, "status": "ok",
                       "documents": sum(ids.source_name(d.source) == s for d in documents)}
                      for s in sorted(sources)]
    kept = [r for r in store.read_report(out).get("inputs", [])
            if ids.source_name(r.get("input", "")) not in sources]
    summary = counts.summary(quads)
    report = {
        "inputs": sorted(kept + input_rows, key=lambda r: r["input"]),
        "documents": summary["documents"],
        "facts": summary["facts"],
        "warnings": counts.warnings(quads),
    }
    store.write(out, quads, report)
    return report
