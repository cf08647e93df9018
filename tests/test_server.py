"""A real SPARQL 1.1 server (Oxigraph's own, from the `oxigraph` package):
`kg push` sends the graph by the Graph Store protocol and the named queries
give the same rows there as on the local store."""
from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kg import builder, remote
from kg.cli import app
from kg.queries import query as local_query

DEMO = Path(__file__).resolve().parents[1] / "examples" / "demo_gazette.txt"
QUERIES = [("oversight", {"unit": "财政局"}), ("oversight", {"unit": "教育"}),
           ("portfolio", {"official": "葛振华"}), ("groups", {})]


def _oxigraph() -> str | None:
    beside = Path(sys.executable).with_name("oxigraph")
    return str(beside) if beside.exists() else shutil.which("oxigraph")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    binary = _oxigraph()
    if binary is None:
        pytest.skip("the oxigraph server is not installed (pip install oxigraph)")
    port = _free_port()
    location = tmp_path_factory.mktemp("oxigraph")
    proc = subprocess.Popen([binary, "serve", "--location", str(location),
                             "--bind", f"127.0.0.1:{port}"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                urllib.request.urlopen(f"{base}/query?query=ASK%7B%7D", timeout=1).read()
                break
            except OSError:
                if proc.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError("oxigraph serve did not start: "
                                       + proc.stderr.read().decode(errors="replace"))
                time.sleep(0.1)
        yield base
    finally:
        proc.kill()
        proc.wait(timeout=10)


@pytest.fixture(scope="module")
def demo_out(tmp_path_factory):
    out = tmp_path_factory.mktemp("demo") / "out"
    builder.build([DEMO], out, jobs=1)
    return out


def _clear(server):
    req = urllib.request.Request(f"{server}/update", method="POST", data=b"DROP ALL",
                                 headers={"Content-Type": "application/sparql-update"})
    urllib.request.urlopen(req, timeout=10).read()


@pytest.mark.parametrize("per_document", [False, True])
def test_named_queries_give_the_same_rows_on_the_server(server, demo_out, per_document):
    _clear(server)
    sent = remote.push(demo_out, f"{server}/store", graph_per_document=per_document)
    assert sent["graphs"] >= 6
    for name, params in QUERIES:
        here = local_query(demo_out, name=name, params=params)
        there = remote.query(f"{server}/query", name=name, params=params)
        assert here.rows, (name, params)
        assert (there.columns, there.rows) == (here.columns, here.rows), (name, params)
    # pushing again adds nothing twice
    remote.push(demo_out, f"{server}/store", graph_per_document=per_document)
    count = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"
    local_n = local_query(demo_out, count).rows
    assert remote.query(f"{server}/query", count).rows == local_n


def test_push_and_query_from_the_command_line(server, demo_out):
    _clear(server)
    runner = CliRunner()
    pushed = runner.invoke(app, ["push", str(demo_out), "--endpoint", f"{server}/store"])
    assert pushed.exit_code == 0, pushed.output
    assert pushed.stdout.startswith("pushed ")
    here = runner.invoke(app, ["query", str(demo_out), "--name", "groups", "-f", "csv"])
    there = runner.invoke(app, ["query", "--endpoint", f"{server}/query", "--name", "groups",
                                "-f", "csv"])
    assert there.exit_code == 0, there.output
    assert there.stdout == here.stdout
    ask = runner.invoke(app, ["query", "--endpoint", f"{server}/query",
                              "ASK { GRAPH ?g { ?s a kgo:Oversight } }"])
    assert ask.exit_code == 0 and "true" in ask.stdout
    refused = runner.invoke(app, ["query", "--endpoint", f"{server}/query",
                                  "DELETE WHERE { ?s ?p ?o }"])
    assert refused.exit_code == 1 and "read-only" in refused.stderr


def test_an_unreachable_server_is_one_line(demo_out):
    runner = CliRunner()
    port = _free_port()
    result = runner.invoke(app, ["push", str(demo_out), "--endpoint",
                                 f"http://127.0.0.1:{port}/store"])
    assert result.exit_code == 1
    assert "cannot reach the server" in result.stderr and "Traceback" not in result.stderr
