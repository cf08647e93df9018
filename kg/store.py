"""The graph folder OUT.

    OUT/graph.trig   canonical, sorted TriG: the source of truth, diffable
    OUT/store/       a pyoxigraph on-disk store of the same quads, for SPARQL
    OUT/report.json  what the builds read and found

Writes are atomic even against SIGKILL: each build writes a new generation
``OUT/.gen-<n>/`` and then swaps one symlink, ``OUT/current``, with
``os.replace`` (a single rename, atomic on POSIX).  ``graph.trig``,
``store`` and ``report.json`` in OUT are fixed relative links through
``current``, so a reader sees the previous graph or the new one, never a mix,
and a build killed at any point leaves the previous graph as it was (its
half-written generation is removed by the next build).
"""
from __future__ import annotations

import json
import os
import shutil
import threading
from pathlib import Path

import pyoxigraph
from pyoxigraph import RdfFormat, Store

from . import search
from .errors import GraphError, UsageError
from .trig import head as trig_head, node as trig_node, pieces as trig_pieces, trig
from .vocab import KGO

GRAPH_FILE = "graph.trig"
STORE_DIR = "store"
REPORT_FILE = "report.json"


def is_graph_folder(out: Path) -> bool:
    return (Path(out) / GRAPH_FILE).is_file()


def require_graph_folder(out) -> Path:
    out = Path(out)
    if not out.exists():
        raise GraphError(f"{out}: no such graph folder; create it with `kg build INPUT -o {out}`")
    if not is_graph_folder(out) or not (out / STORE_DIR).is_dir():
        raise GraphError(f"{out}: not a kg graph folder (no {GRAPH_FILE} or {STORE_DIR}/); "
                         f"create it with `kg build INPUT -o {out}`")
    return out


def read_quads(out) -> set:
    """The quads of an existing graph folder, read from its graph.trig."""
    path = require_graph_folder(out) / GRAPH_FILE
    try:
        return set(pyoxigraph.parse(path=str(path), format=RdfFormat.TRIG))
    except (SyntaxError, OSError) as err:
        raise GraphError(f"{path}: cannot be read ({err})") from err


def read_report(out) -> dict:
    path = Path(out) / REPORT_FILE
    if not path.is_file():
        return {}
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}  # the report is informative; a damaged one is rebuilt


def sources_of(quads) -> dict:
    """named graph → the source file name its document came from."""
    return {q.graph_name: q.object.value for q in quads
            if q.predicate == KGO.sourceFile and q.subject == q.graph_name}


def replace_sources(old_quads, new_quads, rebuilt: set[str]) -> set:
    """Keep the graphs of sources not rebuilt; drop those of rebuilt sources
    (all of them: a source that now has fewer documents leaves none behind)."""
    stale = {g for g, src in sources_of(old_quads).items() if src in rebuilt}
    return {q for q in old_quads if q.graph_name not in stale} | set(new_quads)


def generation(out) -> Path | None:
    """The live generation folder of OUT (where its store and label index are)."""
    current = _current(Path(out))
    return current.resolve() if current is not None else None


def open_store(out) -> Store:
    """The read-only SPARQL store of a graph folder."""
    path = require_graph_folder(out) / STORE_DIR
    try:
        return Store.read_only(str(path))
    except OSError as err:
        raise GraphError(f"{path}: cannot open the store ({err})") from err


def _write_store(path: Path, quads) -> None:
    store = Store(str(path))
    store.bulk_extend(sorted(quads, key=str))
    store.flush()
    del store  # releases the RocksDB lock before the folder is renamed


CURRENT = "current"
_LINKS = (GRAPH_FILE, STORE_DIR, REPORT_FILE)


def _generations(out: Path) -> list[Path]:
    return sorted((p for p in out.glob(".gen-*") if p.is_dir()),
                  key=lambda p: int(p.name[5:]) if p.name[5:].isdigit() else -1)


def _current(out: Path) -> Path | None:
    link = out / CURRENT
    return (out / os.readlink(link)) if link.is_symlink() else None


def write(out, quads, report: dict) -> Path:
    """Write a complete new generation of the graph folder OUT and switch to it."""
    def fill(gen: Path) -> None:
        from .variants import rows_of
        (gen / GRAPH_FILE).write_text(trig(quads), encoding="utf-8")
        _write_store(gen / STORE_DIR, quads)
        search.write(gen, rows_of(quads))
    return _write_generation(out, fill, report)


def write_chunks(out, chunks: dict, report: dict) -> Path:
    """Write a new generation from the TriG chunks of the document graphs
    (:func:`kg.trig.chunks`): the store bulk-loaded from them, the derived
    graph (:mod:`kg.variants`) computed over the store and added to it, and
    graph.trig written once with all of it."""
    gen = begin(out)
    try:
        gen.load(chunks)
        return gen.commit(chunks, report)
    except BaseException:
        gen.abort()
        raise


# chunks are bulk-loaded by a thread of their own, each load taking all that
# arrived during the one before (at least this many characters): the loads
# overlap the extraction from the start, and grow as it outpaces them — each
# load leaves files the store must merge, and fewer, bigger ones cost less CPU
LOAD_MIN = 4_000_000


class Generation:
    """A new generation of the graph folder OUT while it is being written
    (:func:`begin`).  Its store is filled while the inputs are still being
    read (:meth:`load`, :meth:`drop`); :meth:`commit` adds the derived graph,
    writes graph.trig and the report and switches OUT to it; :meth:`abort`
    (or a crash at any point) leaves the previous generation live."""

    def __init__(self, out: Path, gen: Path, live: Path | None, created: bool, db: Store):
        self.out, self.path, self.live, self.created = out, gen, live, created
        self.db = db
        self.pending: list[str] = []
        self.pending_size = 0
        # the loader thread (pyoxigraph lets go of the GIL while it loads)
        self._cv = threading.Condition()
        self._thread: threading.Thread | None = None
        self._closing = self._abandon = False
        self._error: BaseException | None = None

    def load(self, chunks: dict) -> None:
        """Add the graphs of ``chunks`` (graph key → TriG chunk) to the store."""
        with self._cv:
            self._raise()
            for text in chunks.values():
                self.pending.append(text)
                self.pending_size += len(text)
            if self._thread is None:
                self._thread = threading.Thread(target=self._loader, name="kg-store-loader",
                                                daemon=True)
                self._thread.start()
            self._cv.notify()

    def _loader(self) -> None:
        while True:
            with self._cv:
                while not (self._closing or self._abandon) and self.pending_size < LOAD_MIN:
                    self._cv.wait()
                if self._abandon or not self.pending:
                    return
                texts, self.pending, self.pending_size = self.pending, [], 0
            try:
                _load_store(self.db, texts)
            except BaseException as err:  # handed to the build's thread by flush()/load()
                with self._cv:
                    self._error = err
                return

    def _raise(self) -> None:
        if self._error is not None:
            raise self._error

    def _stop(self, *, abandon: bool) -> None:
        thread = self._thread
        if thread is None:
            return
        with self._cv:
            self._closing, self._abandon = True, abandon
            self._cv.notify_all()
        thread.join()
        self._thread, self._closing, self._abandon = None, False, False

    def flush(self) -> None:
        """Wait until everything given to :meth:`load` is in the store."""
        self._stop(abandon=False)
        self._raise()
        if self.pending:
            texts, self.pending, self.pending_size = self.pending, [], 0
            _load_store(self.db, texts)

    def drop(self, keys) -> None:
        """Remove the graphs written as ``keys`` (a copied store's stale graphs)."""
        self.flush()  # no removal while the loader writes
        for key in keys:
            self.db.remove_graph(trig_node(key))

    def commit(self, chunks: dict, report: dict, rows=None) -> Path:
        """Finish the store (the derived graph recomputed from the documents'
        graphs, or from ``rows`` the workers gathered from all of them:
        :func:`kg.variants.collect`), write graph.trig from ``chunks`` and the
        derived graph, and the label index (:mod:`kg.search`), and switch OUT
        to this generation."""
        from .variants import DERIVED, store_rows
        if rows is None:  # read from the store: once all is loaded
            self.flush()
            self.db.remove_graph(DERIVED)  # a copied store's, recomputed below
            rows = store_rows(self.db)
            derived = _derived(rows)
            self.load(derived)
        else:  # from the workers: while the loader still works
            derived = _derived(rows)
            self.load(derived)
        # graph.trig and the label index need no store: written meanwhile
        _write_pieces(self.path / GRAPH_FILE, trig_pieces({**chunks, **derived}))
        search.write(self.path, rows)
        self.flush()
        self.db.flush()
        self._close()
        _switch(self.out, self.path, self.live, self.created, report)
        return self.out

    def abort(self) -> None:
        self._stop(abandon=True)
        self._close()
        _discard(self.out, self.path, self.created)

    def _close(self) -> None:
        self.db = None  # releases the RocksDB lock (the store has no close())


def begin(out, *, copy_live: bool = False) -> Generation:
    """Start a new generation of OUT.  ``copy_live``: its store starts as a
    copy of the live one (a RocksDB checkpoint: hard links, no reload), for
    a rebuild that changes a few graphs; else it starts empty."""
    out, gen, live, created = _prepare(out)
    try:
        target = gen / STORE_DIR
        if copy_live and live is not None and (live / STORE_DIR).is_dir():
            Store.read_only(str(live / STORE_DIR)).backup(str(target))
        db = Store(str(target))
    except BaseException:
        _discard(out, gen, created)
        raise
    return Generation(out, gen, live, created, db)


def _write_pieces(path: Path, pieces) -> None:
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        for piece in pieces:
            fh.write(piece)


def _load_store(db: Store, texts: list[str]) -> None:
    """Bulk-load TriG chunks (each self-contained but for the prefixes)."""
    data = trig_head() + "\n\n" + "\n\n".join(texts)
    # kg wrote every chunk itself (kg.trig: IRIs minted or checked, literals
    # escaped), so the loader need not validate IRIs again: ~10% less CPU
    try:
        db.bulk_load(data, format=RdfFormat.TRIG, lenient=True)
    except TypeError:  # a pyoxigraph without the option
        db.bulk_load(data, format=RdfFormat.TRIG)


def _derived(rows) -> dict[str, str]:
    """kg.variants' derived graph as a TriG chunk ({} if empty), from what it
    is read from (:func:`kg.variants.new_rows`)."""
    from . import variants
    return variants.derived_chunks(rows)


def write_report(out, report: dict) -> None:
    """Replace the live generation's report alone (a rebuild that changed no graph)."""
    path = (Path(out) / REPORT_FILE).resolve()
    tmp = path.with_name(f".{REPORT_FILE}.tmp-{os.getpid()}")
    tmp.write_text(json.dumps(report, ensure_ascii=False, indent=2, sort_keys=True) + "\n",
                   encoding="utf-8")
    os.replace(tmp, path)


def _write_generation(out, fill, report: dict) -> Path:
    out, gen, live, created = _prepare(out)
    try:
        fill(gen)
    except BaseException:
        _discard(out, gen, created)
        raise
    return _switch(out, gen, live, created, report)


def _prepare(out) -> tuple[Path, Path, Path | None, bool]:
    """A new, empty generation folder in OUT: (OUT, it, the live one, whether OUT was created)."""
    out = Path(out)
    if out.exists() and not is_graph_folder(out):
        if out.is_file() or any(out.iterdir()):
            raise UsageError(f"{out}: exists and is not a kg graph folder; choose another -o")
    created = not out.exists()
    out.mkdir(parents=True, exist_ok=True)
    live = _current(out)
    gens = _generations(out)
    # a generation nobody points to is left over from a killed build
    for g in gens:
        if live is None or g.resolve() != live.resolve():
            shutil.rmtree(g, ignore_errors=True)
    n = max([int(g.name[5:]) for g in gens if g.name[5:].isdigit()] + [0]) + 1
    gen = out / f".gen-{n}"
    try:
        gen.mkdir()
    except BaseException:
        _discard(out, gen, created)
        raise
    return out, gen, live, created


def _discard(out: Path, gen: Path, created: bool) -> None:
    """Remove a generation that did not become live (and OUT, if a failed first build made it)."""
    if _current(out) is None or _current(out).resolve() != gen.resolve():
        shutil.rmtree(gen, ignore_errors=True)
    if created and _current(out) is None:
        shutil.rmtree(out, ignore_errors=True)  # a failed first build leaves nothing


def _switch(out: Path, gen: Path, live: Path | None, created: bool, report: dict) -> Path:
    """Write the report, make the generation durable and switch OUT to it."""
    try:
        (gen / REPORT_FILE).write_text(
            json.dumps(report, ensure_ascii=False, indent=2, sort_keys=True) + "\n",
            encoding="utf-8")
        _fsync_tree(gen)
        tmp_link = out / f".{CURRENT}.tmp-{os.getpid()}"
        if tmp_link.is_symlink() or tmp_link.exists():
            tmp_link.unlink()
        os.symlink(gen.name, tmp_link)
        os.replace(tmp_link, out / CURRENT)  # the one atomic switch
        for name in _LINKS:
            link = out / name
            if not link.is_symlink():
                if link.is_dir():
                    shutil.rmtree(link)
                elif link.exists():
                    link.unlink()
                os.symlink(f"{CURRENT}/{name}", link)
    except BaseException:
        _discard(out, gen, created)
        raise
    if live is not None and live.resolve() != gen.resolve():
        shutil.rmtree(live, ignore_errors=True)
    return out


def _fsync_tree(folder: Path) -> None:
    """Data on disk before the switch, so a crash cannot expose empty files."""
    for path in folder.rglob("*"):
        if path.is_file():
            try:
                fd = os.open(path, os.O_RDONLY)
                os.fsync(fd)
                os.close(fd)
            except OSError:
                pass
