"""Incremental builds: unchanged inputs are not read again, changed ones
replace their facts, --prune drops deleted ones, and the result is the same
bytes as a clean build.  A build that fails at any point leaves the
previous graph folder as it was."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import pyoxigraph
import pytest

from kg import batch, builder, store
from kg.exporters import export

DEMO = Path(__file__).resolve().parents[1] / "examples" / "demo_gazette.txt"


def gazette(n: int) -> str:
    """The demo gazette with its officials renamed, so that each file differs."""
    text = DEMO.read_text(encoding="utf-8")
    return text.replace("林", "林甲乙丙丁戊己庚"[n % 8]).replace("沈立川", f"沈立{'川山水木'[n % 4]}")


def folder_bytes(out: Path, tmp: Path) -> dict:
    tables = tmp / f"csv-{out.name}"
    shutil.rmtree(tables, ignore_errors=True)
    export(out, "csv", tables)
    found = {"graph.trig": (out / "graph.trig").read_bytes()}
    found.update({p.name: p.read_bytes() for p in sorted(tables.iterdir())})
    return found


@pytest.fixture
def corpus(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    for i in range(4):
        (src / f"g{i}.txt").write_text(gazette(i), encoding="utf-8")
    return src


@pytest.fixture
def counted(monkeypatch):
    """The inputs each build reads (in this process: the build runs with jobs=1)."""
    seen: list[str] = []
    real = builder._extract_file

    def extract_file(path):
        seen.append(Path(path).name)
        return real(path)
    monkeypatch.setattr(builder, "_extract_file", extract_file)
    return seen


def clean_build(src: Path, out: Path) -> Path:
    builder.build([src], out, jobs=1)
    return out


def test_unchanged_changed_pruned_equal_a_clean_build(corpus, tmp_path, counted):
    out = tmp_path / "out"
    first = builder.build([corpus], out, jobs=1)
    assert counted == ["g0.txt", "g1.txt", "g2.txt", "g3.txt"]
    assert [r["status"] for r in first["inputs"]] == ["ok"] * 4
    row = first["inputs"][0]
    assert set(row) >= {"input", "status", "documents", "facts", "warnings", "sha256"}
    assert row["facts"]["oversight"] > 0

    # nothing changed: nothing read, the graph untouched
    counted.clear()
    before = (out / "graph.trig").read_bytes()
    again = builder.build([corpus], out, jobs=1)
    assert counted == []
    assert [r["status"] for r in again["inputs"]] == ["unchanged"] * 4
    assert (out / "graph.trig").read_bytes() == before
    assert again["facts"] == first["facts"] and again["documents"] == first["documents"]

    # one changed, one deleted (kept without --prune), one added
    (corpus / "g1.txt").write_text(gazette(5), encoding="utf-8")
    (corpus / "g2.txt").unlink()
    (corpus / "g4.txt").write_text(gazette(6), encoding="utf-8")
    counted.clear()
    builder.build([corpus], out, jobs=1)
    assert counted == ["g1.txt", "g4.txt"]
    names = sorted(store.sources_of(store.read_quads(out)).values())
    assert set(names) == {"g0.txt", "g1.txt", "g2.txt", "g3.txt", "g4.txt"}

    # --prune drops g2's graphs
    counted.clear()
    pruned = builder.build([corpus], out, jobs=1, prune=True)
    assert counted == [] and pruned["pruned"] == ["g2.txt"]
    assert "g2.txt" not in store.sources_of(store.read_quads(out)).values()

    fresh = clean_build(corpus, tmp_path / "fresh")
    assert folder_bytes(out, tmp_path) == folder_bytes(fresh, tmp_path)
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    assert report["facts"] == json.loads((fresh / "report.json").read_text())["facts"]


def test_parallel_build_equals_serial_build(corpus, tmp_path):
    builder.build([corpus], tmp_path / "serial", jobs=1)
    report = builder.build([corpus], tmp_path / "parallel", jobs=2)
    assert report["errors"] == []
    assert ((tmp_path / "serial" / "graph.trig").read_bytes()
            == (tmp_path / "parallel" / "graph.trig").read_bytes())


def test_a_changed_extractor_rereads_everything(corpus, tmp_path, counted, monkeypatch):
    out = tmp_path / "out"
    builder.build([corpus], out, jobs=1)
    monkeypatch.setattr(batch, "fingerprint", lambda: "another-extractor")
    counted.clear()
    builder.build([corpus], out, jobs=1)
    assert len(counted) == 4


def test_a_folder_written_by_write_documents_is_updated_alike(corpus, tmp_path):
    """An OUT whose report does not tell its graphs is read from graph.trig."""
    import extract
    out = tmp_path / "out"
    builder.write_documents(extract.extract_file(corpus / "g0.txt"), out)
    builder.build([corpus / "g1.txt"], out, jobs=1)
    fresh = tmp_path / "fresh"
    builder.build([corpus / "g0.txt", corpus / "g1.txt"], fresh, jobs=1)
    assert (out / "graph.trig").read_bytes() == (fresh / "graph.trig").read_bytes()


@pytest.mark.parametrize("where", ["extract", "graph", "store", "derived"])
def test_a_failed_build_leaves_the_previous_graph(corpus, tmp_path, monkeypatch, where):
    out = tmp_path / "out"
    builder.build([corpus], out, jobs=1)
    before = {p: (out / p).read_bytes() for p in ("graph.trig", "report.json")}
    answer = builder.build  # noqa: F841 - the previous OUT still answers queries below
    (corpus / "g0.txt").write_text(gazette(7), encoding="utf-8")

    def boom(*args, **kwargs):
        raise RuntimeError("power cut")
    target = {"extract": (batch, "extract_one"), "graph": (store, "_write_pieces"),
              "store": (store, "_load_store"), "derived": (store, "_derived")}[where]
    monkeypatch.setattr(*target, boom)
    with pytest.raises(RuntimeError):
        builder.build([corpus], out, jobs=1)
    assert {p: (out / p).read_bytes() for p in before} == before
    from kg.queries import query
    assert query(out, name="groups").rows
    monkeypatch.undo()
    builder.build([corpus], out, jobs=1)  # and the next build goes through
    fresh = clean_build(corpus, tmp_path / "fresh")
    assert (out / "graph.trig").read_bytes() == (fresh / "graph.trig").read_bytes()


def store_quads(out: Path) -> set:
    db = pyoxigraph.Store.read_only(str((out / "store").resolve()))
    return set(db)


@pytest.mark.parametrize("share", [0.0, 1.0], ids=["reload-all", "copy-live-store"])
def test_a_rebuild_by_either_store_path_equals_a_clean_build(corpus, tmp_path, monkeypatch,
                                                             share):
    """A rebuild either reloads every graph into an empty store or patches a
    copy of the live store (drops the changed graphs, loads their new ones);
    both give the store and graph.trig of a clean build."""
    out = tmp_path / "out"
    builder.build([corpus], out, jobs=1)
    monkeypatch.setattr(batch, "REUSE_SHARE", share)
    began = []
    real_begin = store.begin

    def begin(out, **kwargs):
        began.append(kwargs.get("copy_live", False))
        return real_begin(out, **kwargs)
    monkeypatch.setattr(store, "begin", begin)

    (corpus / "g1.txt").write_text(gazette(5), encoding="utf-8")  # changed
    (corpus / "g2.txt").unlink()  # pruned
    (corpus / "g4.txt").write_text(gazette(6), encoding="utf-8")  # added
    (corpus / "g3.txt").write_text("", encoding="utf-8")  # unreadable now: its facts stay
    report = builder.build([corpus], out, jobs=1, prune=True)
    assert began == [share > 0]
    assert report["pruned"] == ["g2.txt"]
    assert [r["status"] for r in report["inputs"]] == ["unchanged", "ok", "error", "ok"]

    (corpus / "g3.txt").write_text(gazette(3), encoding="utf-8")  # as it was
    fresh = tmp_path / "fresh"
    builder.build([corpus], fresh, jobs=1)
    assert (out / "graph.trig").read_bytes() == (fresh / "graph.trig").read_bytes()
    assert store_quads(out) == store_quads(fresh)
    assert len(list(out.glob(".gen-*"))) == 1  # the previous generation is gone
