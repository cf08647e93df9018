"""Fixtures for the graph-side tests: graph folders built from hand-made
documents (tests/docs_factory.py), no extractor involved."""
from __future__ import annotations

import pytest

import docs_factory
from kg.builder import write_documents


@pytest.fixture
def docs():
    return [docs_factory.division(), docs_factory.groups_doc()]


@pytest.fixture
def built(tmp_path, docs):
    out = tmp_path / "out"
    write_documents(docs, out)
    return out
