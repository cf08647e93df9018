"""The label index beside the store (kg.search): a local named query that
looks nodes up by part of a label finds them there, and its rows are those
of the portable query that scans every label with CONTAINS."""
from __future__ import annotations

from pathlib import Path

import pytest
from pyoxigraph import Literal

import kg
from kg import queries, search, store, trig, variants
from kg.vocab import SKOS

UNSEEN = Path(__file__).parent / "unseen"


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    out = tmp_path_factory.mktemp("search") / "out"
    kg.build([UNSEEN / "h_tasks_mixed.txt", UNSEEN / "b_city_traditional.txt",
              UNSEEN / "a_county_halfwidth.txt"], out)
    return out


def _scan(out, name, params):
    # the query as sent to a remote endpoint: no index, the CONTAINS scan
    return queries.run(out, queries.bind(name, params))


@pytest.mark.parametrize("name, params", [
    ("oversight", {"unit": "局"}),
    ("oversight", {"unit": "财政"}),
    ("oversight", {"unit": "发展改革委"}),  # found by its canonical name too
    ("oversight", {"unit": "no such unit"}),
    ("oversight", {"unit": "a"}),  # ASCII: found in the nodes' hex, never a label
    ("accountability", {"task": "农"}),
    ("accountability", {"task": "实施"}),
    ("accountability", {"task": "zzz"}),
    ("accountability", {}),
])
def test_indexed_rows_are_the_scanned_rows(archive, name, params):
    local = queries.named(archive, name, params)
    assert local.rows == _scan(archive, name, params).rows
    assert "VALUES ?" in queries.bind(name, params, index=store.generation(archive)) or \
        not params


def test_the_index_is_used_and_not_vacuous(archive):
    index = store.generation(archive)
    assert (index / search.LABELS_FILE).is_file()
    sparql = queries.bind("oversight", {"unit": "局"}, index=index)
    assert "CONTAINS" not in sparql and "<https://w3id.org/kg-gov/id/unit/" in sparql
    assert len(queries.named(archive, "oversight", {"unit": "局"}).rows) >= 10
    assert queries.named(archive, "accountability", {"task": "实施"}).rows


def test_a_folder_without_an_index_scans(archive, tmp_path):
    import shutil
    copy = tmp_path / "copy"
    shutil.copytree(archive, copy, symlinks=True)
    (store.generation(copy) / search.LABELS_FILE).unlink()
    assert "CONTAINS" in queries.bind("oversight", {"unit": "局"}, index=store.generation(copy))
    assert queries.named(copy, "oversight", {"unit": "局"}).rows == \
        queries.named(archive, "oversight", {"unit": "局"}).rows


def test_labels_with_tabs_backslashes_and_newlines_are_found(tmp_path):
    unit = "https://w3id.org/kg-gov/id/unit/"
    rows = variants.new_rows()
    rows[SKOS.prefLabel.value] += [(unit + "a1", "县\t财政局"), (unit + "b2", "县\\t局"),
                                   (unit + "c3", Literal("两行\n名称"))]
    search.write(tmp_path, rows)
    assert search.find(tmp_path, "unit", "\t财政") == [unit + "a1"]
    assert search.find(tmp_path, "unit", "\\t") == [unit + "b2"]  # a backslash and a t
    assert search.find(tmp_path, "unit", "行\n名") == [unit + "c3"]
    assert search.find(tmp_path, "unit", "t") == [unit + "b2"]
    assert search.find(tmp_path, "task", "局") == []
    assert search.find(tmp_path / "none", "unit", "局") is None


def test_the_derived_graph_from_the_workers_is_the_one_read_from_the_store(archive):
    # a clean build derives it from what the workers read; a rebuild that
    # keeps graphs reads the store: both must write the same bytes
    db = store.open_store(archive)
    from_store = variants.derived_chunks(variants.store_rows(db))
    written = trig.split((archive / "graph.trig").read_text(encoding="utf-8"))
    assert from_store and all(written[k] == v for k, v in from_store.items())
    assert from_store == trig.chunks(variants.derived_quads(set(db)))
