"""The graph folder: deterministic bytes, atomic writes, rebuilding sources."""
from __future__ import annotations

import json

import pytest

import docs_factory
from kg import store
from kg.builder import build, write_documents
from kg.errors import InputError, UsageError


def files(out):
    return {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()}


def test_layout(built):
    assert (built / "graph.trig").is_file()
    assert (built / "store").is_dir()
    report = json.loads((built / "report.json").read_text(encoding="utf-8"))
    assert report["documents"] == 2
    assert report["facts"]["oversight"] == 6
    assert report["facts"]["memberships"] == 3
    assert report["warnings"] == ["李四 and 李 四 may be one person"]
    assert report["inputs"] == [{"input": docs_factory.SOURCE, "status": "ok", "documents": 2}]


def test_same_input_twice_gives_identical_bytes(tmp_path, docs):
    write_documents(docs, tmp_path / "a")
    write_documents(list(reversed(docs)), tmp_path / "b")
    assert files(tmp_path / "a") == files(tmp_path / "b")


def test_rebuilding_a_source_replaces_never_duplicates(tmp_path, docs):
    out = tmp_path / "out"
    write_documents(docs, out)
    first = files(out)
    write_documents(docs, out)
    assert files(out) == first


def test_other_sources_are_kept_and_stale_graphs_dropped(tmp_path):
    out = tmp_path / "out"
    write_documents([docs_factory.division("a.txt", 0), docs_factory.groups_doc("a.txt", 1)], out)
    write_documents([docs_factory.division("b.txt", 0)], out)
    assert sorted(store.sources_of(store.read_quads(out)).values()) == ["a.txt", "a.txt", "b.txt"]
    # a.txt rebuilt with one document fewer: its second graph goes
    write_documents([docs_factory.division("a.txt", 0)], out)
    assert sorted(store.sources_of(store.read_quads(out)).values()) == ["a.txt", "b.txt"]
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    assert [r["input"] for r in report["inputs"]] == ["a.txt", "b.txt"]
    # the result equals a fresh build of the same sources
    fresh = tmp_path / "fresh"
    write_documents([docs_factory.division("a.txt", 0), docs_factory.division("b.txt", 0)], fresh)
    assert (out / "graph.trig").read_bytes() == (fresh / "graph.trig").read_bytes()


def test_failed_build_leaves_previous_out_intact(tmp_path, docs, monkeypatch):
    out = tmp_path / "out"
    write_documents(docs[:1], out)
    before = files(out)

    def broken(path, quads):
        raise RuntimeError("disk full")

    monkeypatch.setattr(store, "_write_store", broken)
    with pytest.raises(RuntimeError):
        write_documents(docs, out)
    assert files(out) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out"]  # no temporary left behind


def test_failed_first_build_leaves_nothing(tmp_path, docs, monkeypatch):
    monkeypatch.setattr(store, "_write_store", lambda p, q: (_ for _ in ()).throw(OSError("x")))
    with pytest.raises(OSError):
        write_documents(docs, tmp_path / "out")
    assert list(tmp_path.iterdir()) == []


def test_refuses_to_overwrite_a_folder_that_is_not_a_graph(tmp_path, docs):
    out = tmp_path / "precious"
    out.mkdir()
    (out / "thesis.tex").write_text("x")
    with pytest.raises(UsageError):
        write_documents(docs, out)
    assert (out / "thesis.tex").read_text() == "x"


def test_build_reports_unreadable_inputs_and_builds_the_others(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text("x", encoding="utf-8")
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\x00\x01")

    def fake_extract(path):
        if path.name == "bad.txt":
            raise InputError(path, "binary file, not a gazette")
        return [docs_factory.division(path.name, 0)]

    report = build([good, bad, tmp_path / "missing.txt"], tmp_path / "out",
                   extract_file=fake_extract)
    assert report["errors"] == [f"{tmp_path / 'missing.txt'}: no such file or directory",
                                f"{bad}: binary file, not a gazette"]
    assert report["documents"] == 1
    assert store.sources_of(store.read_quads(tmp_path / "out")) != {}


def test_build_expands_folders(tmp_path):
    (tmp_path / "in" / "sub").mkdir(parents=True)
    for name in ("b.txt", "sub/a.htm", "notes.md"):
        (tmp_path / "in" / name).write_text("x", encoding="utf-8")
    seen = []
    build([tmp_path / "in"], tmp_path / "out",
          extract_file=lambda p: seen.append(p.name) or [docs_factory.division(p.name, 0)])
    assert seen == ["b.txt", "a.htm"]


def test_nothing_readable_writes_nothing(tmp_path):
    report = build([tmp_path / "missing.txt"], tmp_path / "out",
                   extract_file=lambda p: [])
    assert report["errors"] and not (tmp_path / "out").exists()


def test_graph_folder_required(tmp_path):
    from kg.errors import GraphError
    with pytest.raises(GraphError, match="no such graph folder"):
        store.open_store(tmp_path / "nope")
    (tmp_path / "empty").mkdir()
    with pytest.raises(GraphError, match="not a kg graph folder"):
        store.read_quads(tmp_path / "empty")


def test_same_file_twice_is_read_once_and_name_clashes_are_reported(tmp_path):
    for folder in ("a", "b"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "x.txt").write_text("x", encoding="utf-8")
    seen = []
    report = build([tmp_path / "a", tmp_path / "a" / "x.txt", tmp_path / "b" / "x.txt"],
                   tmp_path / "out",
                   extract_file=lambda p: seen.append(p) or [docs_factory.division(p.name, 0)])
    assert seen == [tmp_path / "a" / "x.txt"]
    assert report["errors"] == [f"{tmp_path / 'b' / 'x.txt'}: has the same file name as "
                                f"{tmp_path / 'a' / 'x.txt'}; kg knows sources by file name, "
                                "rename one of them"]
