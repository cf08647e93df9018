"""notebooks/explore.ipynb runs from top to bottom (nbclient): a failing cell
fails the test."""
from __future__ import annotations

import time
from pathlib import Path

import pytest

nbformat = pytest.importorskip("nbformat", reason="pip install -e '.[test]' for nbformat")
nbclient = pytest.importorskip("nbclient", reason="pip install -e '.[test]' for nbclient")

NOTEBOOK = Path(__file__).parents[1] / "notebooks" / "explore.ipynb"


def test_notebook_runs():
    nb = nbformat.read(NOTEBOOK, as_version=4)
    client = nbclient.NotebookClient(nb, timeout=120, kernel_name="python3",
                                     resources={"metadata": {"path": str(NOTEBOOK.parent)}})
    started = time.monotonic()
    client.execute()  # raises CellExecutionError at the first failing cell
    elapsed = time.monotonic() - started
    outputs = [o for cell in nb.cells if cell.cell_type == "code" for o in cell.outputs]
    assert not [o for o in outputs if o.output_type == "error"]
    data = [o.get("data", {}) for o in outputs]
    assert any("image/png" in d for d in data), "no plot"
    assert any("<iframe" in d.get("text/html", "") for d in data), "no viz page"
    assert any("顾宁" in d.get("text/html", "") for d in data), "no portfolio table"
    assert elapsed < 90, f"the notebook took {elapsed:.0f} s"
