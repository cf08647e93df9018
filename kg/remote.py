"""A SPARQL 1.1 server as the store: `kg push` sends a graph folder there
by the Graph Store HTTP Protocol, `kg query --endpoint` queries it by the
SPARQL protocol.  Plain urllib; credentials may ride in the URL
(``http://user:password@host/...``, sent as HTTP Basic).

- ``push OUT URL``: the whole dataset as TriG, POSTed to the Graph Store
  endpoint in batches of documents (the server adds the quads);
- ``push OUT URL --graph-per-document``: each named graph PUT to
  ``URL?graph=IRI`` as N-Triples, which replaces that graph on the server,
  so a source rebuilt and pushed again leaves no stale facts there.
"""
from __future__ import annotations

import base64
import json
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

from pyoxigraph import NamedNode, RdfFormat, parse, serialize

from . import store, trig
from .errors import KgError, QueryError, UsageError
from .queries import Table, bind, check_read_only
from .vocab import sparql_prologue

BATCH_BYTES = 16 << 20
TIMEOUT = 600


class RemoteError(KgError):
    """The server could not be reached or refused the request."""


def _request(url: str, *, method: str, data: bytes | None = None,
             headers: dict | None = None) -> bytes:
    parts = urllib.parse.urlsplit(url)
    if parts.scheme not in ("http", "https"):
        raise UsageError(f"--endpoint must be an http(s) URL, not {url!r}")
    headers = dict(headers or {})
    if parts.username is not None:
        creds = f"{urllib.parse.unquote(parts.username)}:{urllib.parse.unquote(parts.password or '')}"
        headers["Authorization"] = "Basic " + base64.b64encode(creds.encode()).decode()
        netloc = parts.hostname + (f":{parts.port}" if parts.port else "")
        url = urllib.parse.urlunsplit(parts._replace(netloc=netloc))
    req = urllib.request.Request(url, data=data, method=method, headers=headers)
    try:
        with urllib.request.urlopen(req, timeout=TIMEOUT) as resp:
            return resp.read()
    except urllib.error.HTTPError as err:
        body = err.read().decode("utf-8", "replace").strip().splitlines()
        reason = body[0][:300] if body else err.reason
        raise RemoteError(f"{url}: the server answered {err.code} ({reason})") from None
    except urllib.error.URLError as err:
        raise RemoteError(f"{url}: cannot reach the server ({err.reason})") from None
    except OSError as err:
        raise RemoteError(f"{url}: {err}") from None


def _with_graph(url: str, graph: str) -> str:
    sep = "&" if urllib.parse.urlsplit(url).query else "?"
    return f"{url}{sep}graph={urllib.parse.quote(graph, safe='')}"


def _graph_chunks(out) -> dict[str, str]:
    path = store.require_graph_folder(out) / store.GRAPH_FILE
    text = path.read_text(encoding="utf-8")
    chunks = trig.split(text)
    if chunks is None:  # not kg's own layout: re-chunk from the quads
        chunks = trig.chunks(store.read_quads(out))
    return chunks


def push(out, endpoint: str, *, graph_per_document: bool = False) -> dict:
    """Send OUT's graphs to the Graph Store endpoint; returns counts."""
    out = Path(out)
    chunks = _graph_chunks(out)
    head = trig.head() + "\n\n"
    sent = {"graphs": 0, "requests": 0, "bytes": 0}
    if graph_per_document:
        for key in sorted(chunks):
            quads = list(parse(head + chunks[key], format=RdfFormat.TRIG))
            if not quads:
                continue
            graph = quads[0].graph_name
            if not isinstance(graph, NamedNode):
                raise UsageError(f"{out}: kg push --graph-per-document needs named graphs")
            body = serialize((q.triple for q in quads), format=RdfFormat.N_TRIPLES)
            _request(_with_graph(endpoint, graph.value), method="PUT", data=body,
                     headers={"Content-Type": "application/n-triples"})
            sent["graphs"] += 1
            sent["requests"] += 1
            sent["bytes"] += len(body)
        return sent
    batch: list[str] = []
    size = 0

    def flush():
        nonlocal batch, size
        if not batch:
            return
        body = (head + "\n\n".join(batch)).encode("utf-8")
        _request(endpoint, method="POST", data=body,
                 headers={"Content-Type": "application/trig"})
        sent["requests"] += 1
        sent["bytes"] += len(body)
        batch, size = [], 0

    for key in sorted(chunks):
        batch.append(chunks[key])
        size += len(chunks[key].encode("utf-8"))
        sent["graphs"] += 1
        if size >= BATCH_BYTES:
            flush()
    flush()
    return sent


def run(endpoint: str, sparql: str) -> Table:
    """A read-only query at a SPARQL endpoint (POST form), as a Table."""
    check_read_only(sparql)
    body = urllib.parse.urlencode({"query": sparql_prologue() + sparql}).encode("utf-8")
    try:
        data = _request(endpoint, method="POST", data=body, headers={
            "Content-Type": "application/x-www-form-urlencoded",
            "Accept": "application/sparql-results+json, application/n-triples;q=0.5"})
    except RemoteError as err:
        raise QueryError(f"query: {err}") from None
    text = data.decode("utf-8")
    if text.lstrip().startswith("{"):
        result = json.loads(text)
        if "boolean" in result:
            return Table(["ask"], [["true" if result["boolean"] else "false"]])
        columns = result["head"].get("vars", [])
        rows = [[b.get(c, {}).get("value", "") for c in columns]
                for b in result["results"]["bindings"]]
        return Table(columns, rows)
    triples = parse(data, format=RdfFormat.N_TRIPLES)
    return Table(["subject", "predicate", "object"],
                 [[t.subject.value, t.predicate.value, t.object.value] for t in triples])


def query(endpoint: str, sparql: str | None = None, *, name: str | None = None,
          params: dict | None = None) -> Table:
    if (sparql is None) == (name is None):
        raise UsageError("query: give either a SPARQL query or --name NAME, not both")
    if name is not None:
        return run(endpoint, bind(name, params or {}))
    if params:
        raise UsageError("query: --param only goes with --name")
    return run(endpoint, sparql)
