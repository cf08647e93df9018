"""Build and query figures for an N-gazette synthetic corpus.

    python -m benchmarks.build [--n 1000] [--seed 1] [--jobs J] [--rdflib-n 40]

Prints: the corpus size; wall time, MB/s and peak RSS (largest process of
the build, workers included) of `kg build`; store size and quads; p50/p95
of each named query over the built store; and the same queries in rdflib's
in-memory Dataset loaded from graph.trig of a smaller corpus (the first
--rdflib-n gazettes), as a ratio to Oxigraph over that same corpus.
Targets (docs/benchmarks.md): build ≤30 s, peak RSS ≤2 GB, query p50
≤50 ms, ≥30× faster than rdflib.
"""
from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

from benchmarks import gazettes

ROOT = Path(__file__).resolve().parents[1]


def _kg() -> list[str]:
    return [sys.executable, "-m", "kg"]


def corpus(n: int, seed: int) -> Path:
    folder = ROOT / "out" / f"bench-corpus-{n}-{seed}"
    done = folder / ".complete"
    if not done.exists():
        shutil.rmtree(folder, ignore_errors=True)
        gazettes.write(folder, n, seed)
        done.write_text("ok\n")
    return folder


def size_of(path: Path) -> int:
    path = path.resolve()
    if path.is_file():
        return path.stat().st_size
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def build(src: Path, out: Path, jobs) -> dict:
    shutil.rmtree(out, ignore_errors=True)
    cmd = _kg() + ["build", str(src), "-o", str(out), "--quiet"]
    if jobs:
        cmd += ["--jobs", str(jobs)]
    t0 = time.perf_counter()
    subprocess.run(cmd, check=True)
    wall = time.perf_counter() - t0
    return {"wall": wall, "rss": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * 1024}


def queries_for(out: Path) -> list[tuple[str, str, dict]]:
    """(label, named query, parameters): each query as a broad search across
    all jurisdictions (a part of a name, 财政局) and, for the searches by
    name, as the lookup of one unit or one task by its full name."""
    from kg.queries import query
    person = query(out, "SELECT ?n WHERE { GRAPH ?g { ?f a kgo:Oversight ; kgo:official ?p . "
                        "?p foaf:name ?n } } LIMIT 1").rows[0][0]
    member = query(out, "SELECT ?n WHERE { GRAPH ?g { ?m a org:Membership ; org:member ?p . "
                        "?p foaf:name ?n } } LIMIT 1").rows[0][0]
    unit = query(out, "SELECT ?l WHERE { GRAPH ?g { ?f a kgo:Oversight ; kgo:target ?u . "
                      "?u skos:prefLabel ?l FILTER(CONTAINS(?l, '财政局')) } } "
                      "ORDER BY DESC(STRLEN(?l)) ?l LIMIT 1").rows[0][0]
    task = query(out, "SELECT ?l WHERE { GRAPH ?g { ?t a kgo:Task ; skos:prefLabel ?l } } "
                      "ORDER BY DESC(STRLEN(?l)) ?l LIMIT 1").rows[0][0]
    return [("oversight", "oversight", {"unit": "财政局"}),
            ("oversight/1", "oversight", {"unit": unit}),
            ("portfolio", "portfolio", {"official": person}),
            ("groups", "groups", {"official": member}),
            ("accountability", "accountability", {"task": "食品安全"}),
            ("accountability/1", "accountability", {"task": task})]


def time_local(out: Path, named, repeat: int) -> dict:
    """Each named query as `kg query --name` runs it (the label index looked
    up, the parameters bound, the rows read), over a store opened once."""
    from kg import queries, store
    db = store.open_store(out)
    index = store.generation(out)
    figures = {}
    for label, name, params in named:
        times, rows = [], 0
        for _ in range(repeat):
            t0 = time.perf_counter()
            sparql = queries.bind(name, params, index=index, embedded=True)
            rows = len(queries._sorted(db, sparql).rows)
            times.append(time.perf_counter() - t0)
        figures[label] = (times, rows)
    return figures


def time_rdflib(out: Path, named, repeat: int) -> dict:
    import rdflib

    from kg import queries
    from kg.vocab import sparql_prologue
    ds = rdflib.Dataset(default_union=True)
    t0 = time.perf_counter()
    ds.parse(str((out / "graph.trig").resolve()), format="trig")
    load = time.perf_counter() - t0
    figures = {"_load": ([load], len(ds))}
    for label, name, params in named:
        sparql = sparql_prologue() + queries.bind(name, params)
        times, rows = [], 0
        for _ in range(repeat):
            t0 = time.perf_counter()
            rows = len(list(ds.query(sparql)))
            times.append(time.perf_counter() - t0)
        figures[label] = (times, rows)
    return figures


def pct(times, q):
    ordered = sorted(times)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--jobs", type=int, default=None)
    parser.add_argument("--repeat", type=int, default=30)
    parser.add_argument("--rdflib-n", type=int, default=40)
    args = parser.parse_args(argv)

    src = corpus(args.n, args.seed)
    files = sorted(src.glob("*.txt"))
    mb = sum(p.stat().st_size for p in files) / 1e6
    print(f"corpus: {len(files)} gazettes, {mb:.1f} MB ({src})")
    print(f"machine: {os.cpu_count()} cores")
    out = ROOT / "out" / f"bench-{args.n}"
    b = build(src, out, args.jobs)
    print(f"kg build: {b['wall']:.1f} s wall, {mb / b['wall']:.2f} MB/s, "
          f"peak RSS {b['rss'] / 1e6:.0f} MB (target ≤30 s, ≤2 GB)")
    from pyoxigraph import Store
    db = Store.read_only(str((out / "store").resolve()))
    n_quads = len(db)
    del db
    print(f"store: {size_of(out / 'store') / 1e6:.0f} MB, {n_quads:,} quads; "
          f"graph.trig {size_of(out / 'graph.trig') / 1e6:.0f} MB")
    t0 = time.perf_counter()
    subprocess.run(_kg() + ["build", str(src), "-o", str(out), "--quiet"], check=True)
    print(f"kg build again (nothing changed): {time.perf_counter() - t0:.1f} s")

    named = queries_for(out)
    local = time_local(out, named, args.repeat)
    for name, (times, rows) in local.items():
        print(f"query {name:<16} p50 {pct(times, .5) * 1e3:7.1f} ms  "
              f"p95 {pct(times, .95) * 1e3:7.1f} ms  ({rows} rows)")

    if args.rdflib_n:
        small_src = corpus(min(args.rdflib_n, args.n), args.seed)
        small = ROOT / "out" / f"bench-{args.rdflib_n}"
        build(small_src, small, args.jobs)
        named_small = queries_for(small)
        ox = time_local(small, named_small, max(5, args.repeat // 3))
        rl = time_rdflib(small, named_small, 1)
        load, quads = rl.pop("_load")
        print(f"rdflib (first {args.rdflib_n} gazettes, {quads:,} quads, "
              f"load {load[0]:.1f} s) vs Oxigraph store on the same:")
        for name in ox:
            o, r = pct(ox[name][0], .5), pct(rl[name][0], .5)
            same = "same rows" if ox[name][1] == rl[name][1] else \
                f"rows {ox[name][1]} vs {rl[name][1]}"
            print(f"  {name:<16} oxigraph {o * 1e3:8.1f} ms  rdflib {r * 1e3:9.1f} ms  "
                  f"{r / o:7.0f}×  ({same})")


if __name__ == "__main__":
    main()
