"""The `kg` command.  Each command is a thin wrapper over the library
function of the same name; this module alone prints.

Errors are one line on stderr, ``kg: <file>: <reason>``, never a traceback
(unless ``--debug``).  Exit codes: 0 ok, 1 a problem found, 2 wrong usage.
"""
from __future__ import annotations

import contextlib
import functools
import json
import signal
import sys
from pathlib import Path
from typing import List, Optional

import typer

from .errors import KgError, UsageError

app = typer.Typer(
    name="kg",
    help="Build and query a knowledge graph of who oversees what, read from government "
         "gazettes.",
    epilog="Example: kg build examples/ -o out/demo && kg query out/demo --name groups",
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)

_state = {"debug": False}


def _err(message: str) -> None:
    typer.echo(f"kg: {message}", err=True)


def _fail(message: str, code: int) -> None:
    _err(message)
    raise typer.Exit(code)


def command(*, example: str, **kwargs):
    """A command whose KgErrors (and, without --debug, any error) become
    one stderr line and an exit code."""
    def wrap(fn):
        @functools.wraps(fn)
        def run(*args, **kw):
            try:
                return fn(*args, **kw)
            except (typer.Exit, typer.Abort, SystemExit):
                raise
            except KgError as err:
                if _state["debug"]:
                    raise
                _fail(_one_line(err), err.exit_code)
            except Exception as err:  # an unexpected failure is still one line
                if _state["debug"]:
                    raise
                _fail(f"{type(err).__name__}: {_one_line(err)} (run with --debug for details)", 1)
        return app.command(epilog=f"Example: {example}", **kwargs)(run)
    return wrap


def _one_line(err) -> str:
    return " ".join(str(err).split())


@app.callback()
def main(debug: bool = typer.Option(False, "--debug", help="Show tracebacks on errors.")):
    """Build and query a knowledge graph of who oversees what in government gazettes."""
    _state["debug"] = debug


@command(example="kg build examples/ gazette-2021-09.txt -o out/demo")
def build(
    inputs: List[Path] = typer.Argument(..., help="Gazette files (.txt .pdf .html .docx) or folders."),
    out: Path = typer.Option(..., "-o", "--out", help="The graph folder to write (or update)."),
    quiet: bool = typer.Option(False, "-q", "--quiet", help="Print nothing but errors."),
    prune: bool = typer.Option(False, "--prune", help="Drop the sources of OUT that are not "
                                                      "among the inputs (deleted files)."),
    jobs: Optional[int] = typer.Option(None, "--jobs", "-j", min=1,
                                       help="Processes that read the inputs (default: one "
                                            "per core)."),
):
    """Read gazettes, extract who oversees what, and write the graph folder OUT.

    Building into an existing OUT adds new sources and replaces the facts of
    sources built before; inputs whose bytes did not change since are not read
    again, and the result equals a clean build.  An input that cannot be read
    is reported and the others are still built (exit 1).  OUT/report.json
    lists every input with its status, documents, facts and warnings."""
    from .builder import build as _build
    with _progress_bar(quiet) as progress:
        report = _build(inputs, out, prune=prune, jobs=jobs, progress=progress)
    for error in report.get("errors", []):
        _err(error)
    if not quiet and "facts" in report:
        facts = report["facts"]
        kinds = ", ".join(f"{facts.get(k, 0)} {k}" for k in
                          ("oversight", "posts", "memberships", "tasks"))
        built = sum(1 for r in report["inputs"] if r["status"] in ("ok", "unchanged"))
        typer.echo(f"built {out}: {_n(report['documents'], 'document')} from "
                   f"{_n(built, 'input')}; {kinds}; "
                   f"{_n(len(report.get('warnings', [])), 'warning')}")
    if report.get("errors"):
        raise typer.Exit(1)


@contextlib.contextmanager
def _progress_bar(quiet: bool):
    """A progress bar over the files on stderr, when stderr is a terminal."""
    if quiet or not sys.stderr.isatty():
        yield None
        return
    from rich.console import Console
    from rich.progress import (BarColumn, MofNCompleteColumn, Progress, TextColumn,
                               TimeElapsedColumn, TimeRemainingColumn)
    bar = Progress(TextColumn("reading"), BarColumn(), MofNCompleteColumn(),
                   TimeElapsedColumn(), TimeRemainingColumn(),
                   console=Console(stderr=True), transient=True)
    task = None

    def advance(done, total, path):
        nonlocal task
        if task is None:
            bar.start()
            task = bar.add_task("files", total=total)
        bar.update(task, completed=done)

    try:
        yield advance
    finally:
        if task is not None:
            bar.stop()


def _n(count: int, noun: str) -> str:
    return f"{count} {noun}{'' if count == 1 else 's'}"


def _params(values: List[str]) -> dict:
    params = {}
    for item in values:
        key, sep, value = item.partition("=")
        if not sep or not key:
            raise UsageError(f"query: --param takes key=value, not {item!r}")
        params[key] = value
    return params


@command(example="kg query out/demo --name oversight --param unit=财政局")
def query(
    out: Optional[Path] = typer.Argument(None, help="The graph folder (not needed with "
                                                    "--endpoint)."),
    sparql: Optional[str] = typer.Argument(None, help="A read-only SPARQL query."),
    name: Optional[str] = typer.Option(None, "--name", "-n",
                                       help="A named query: oversight, portfolio, groups, "
                                            "accountability."),
    param: List[str] = typer.Option([], "--param", "-p", help="key=value for a named query."),
    fmt: str = typer.Option("table", "--format", "-f", help="table, csv or json."),
    as_of: Optional[str] = typer.Option(
        None, "--as-of", metavar="YYYY-MM-DD",
        help="With --name oversight or portfolio: answer with, for each jurisdiction, the "
             "division notice in force at that date (the latest dated on or before it), "
             "leaving out documents issued later."),
    endpoint: Optional[str] = typer.Option(
        None, "--endpoint", metavar="URL",
        help="Ask this SPARQL 1.1 query endpoint instead of OUT's store (see `kg push`)."),
    allow_service: bool = typer.Option(
        False, "--allow-service",
        help="Let the query call other endpoints with SERVICE (refused by default)."),
):
    """Run a read-only SPARQL query, or a named query shipped with kg.

    Updates (INSERT, DELETE, LOAD, ...) and SERVICE are refused.  The default
    graph is the union of all documents; GRAPH ?doc gives the document.
    Every fact is dated by its document: --as-of DATE shows who oversaw what
    at that date."""
    from .queries import query as _query
    from .render import FORMATS, render
    if fmt not in FORMATS:
        raise UsageError(f"query: --format must be one of {', '.join(FORMATS)}")
    if endpoint is not None:
        from .remote import query as _remote
        if sparql is None and out is not None and not out.exists() and name is None:
            sparql, out = str(out), None  # kg query --endpoint URL 'SELECT ...'
        if as_of is not None:
            raise UsageError("query: --as-of works on a graph folder, not with --endpoint")
        table = _remote(endpoint, sparql, name=name, params=_params(param))
    else:
        if out is None:
            raise UsageError("query: give the graph folder OUT (or --endpoint URL)")
        table = _query(out, sparql, name=name, params=_params(param), as_of=as_of,
                       allow_service=allow_service)
    typer.echo(render(table.columns, table.rows, fmt), nl=False)


@command(example="kg push out/demo --endpoint http://localhost:7878/store")
def push(
    out: Path = typer.Argument(..., help="The graph folder."),
    endpoint: str = typer.Option(..., "--endpoint", metavar="URL",
                                 help="The server's SPARQL 1.1 Graph Store endpoint "
                                      "(user:password@ in the URL for HTTP Basic)."),
    graph_per_document: bool = typer.Option(
        False, "--graph-per-document",
        help="PUT each document's named graph (replacing it on the server) instead of "
             "POSTing the dataset as TriG."),
):
    """Send the graph to a SPARQL 1.1 server (Oxigraph, Apache Jena Fuseki,
    GraphDB, ...) by the Graph Store HTTP Protocol; then query it there with
    `kg query --endpoint URL`."""
    from .remote import push as _push
    sent = _push(out, endpoint, graph_per_document=graph_per_document)
    typer.echo(f"pushed {_n(sent['graphs'], 'graph')} to {endpoint} in "
               f"{_n(sent['requests'], 'request')} ({sent['bytes'] / 1e6:.1f} MB)")


@command(example="kg viz out/demo -o out/demo.html --focus 财政局 --depth 2")
def viz(
    out: Path = typer.Argument(..., help="The graph folder."),
    html: Path = typer.Option(..., "-o", "--out", help="The HTML page to write."),
    focus: Optional[str] = typer.Option(None, help="Only the part around this official, unit "
                                                   "or group."),
    depth: int = typer.Option(2, help="Steps from the focus to show."),
    kind: str = typer.Option("all", "--kind", "-k",
                             help="Which facts: oversight, groups, accountability or all."),
):
    """Write an interactive network page: one self-contained HTML file that
    works offline, with a search box, edge filters and the evidence of each
    fact one click away."""
    from .viz_page import viz as _viz
    _viz(out, html, focus=focus, depth=depth, kind=kind)


@command(example="kg show examples/demo_gazette.txt -o out/demo-evidence.html")
def show(
    source: Path = typer.Argument(..., help="One gazette file (.txt .pdf .html .docx)."),
    html: Path = typer.Option(..., "-o", "--out", help="The HTML page to write."),
):
    """Write the source text with every span a fact was read from highlighted
    by kind (oversight, post, group, member, task, warning), and the facts
    listed under it."""
    from .evidence_page import show as _show
    _show(source, html)


@command(example="kg export out/demo --format csv -o out/tables")
def export(
    out: Path = typer.Argument(..., help="The graph folder."),
    fmt: str = typer.Option(..., "--format", "-f",
                            help="csv (a folder of tables), gexf, graphml, jsonld, ttl or trig."),
    path: Path = typer.Option(..., "-o", "--out", help="Where to write."),
):
    """Export the graph: CSV tables, Gephi networks or RDF."""
    from .exporters import export as _export
    _export(out, fmt, path)


@command(example="kg validate out/demo")
def validate(out: Path = typer.Argument(..., help="The graph folder.")):
    """Check the graph against the SHACL shapes; exit 1 on violations."""
    from .validation import validate as _validate
    result = _validate(out)
    if result["conforms"]:
        typer.echo(f"{out}: conforms to the shapes")
        return
    for v in result["violations"]:
        path = f" {v['path']}" if v["path"] else ""
        typer.echo(f"{v['focus']}{path}: {_one_line(v['message'])}")
    _fail(f"{out}: {len(result['violations'])} SHACL violations", 1)


@command(name="eval",
         example="kg eval out/seed --gold ../shared/gold/000_e50f60dcf0432a7e.json")
def evaluate(
    out: Path = typer.Argument(..., help="The graph folder."),
    gold: Path = typer.Option(..., help="A gold JSON file (shared/gold/README.md)."),
    tasks: Optional[Path] = typer.Option(None, help="A tasks gold file (.tasks.json)."),
    fmt: str = typer.Option("table", "--format", "-f", help="table, csv or json."),
):
    """Precision, recall and F1 per relation against a gold file."""
    from .evaluation import evaluate as _evaluate
    from .render import FORMATS, render
    if fmt not in FORMATS:
        raise UsageError(f"eval: --format must be one of {', '.join(FORMATS)}")
    scores = _evaluate(out, gold, tasks)
    columns = ["relation", "precision", "recall", "f1", "tp", "gold", "found"]
    rows = [[rel, f"{s['precision']:.3f}", f"{s['recall']:.3f}", f"{s['f1']:.3f}",
             str(s["tp"]), str(s["gold"]), str(s["found"])] for rel, s in scores.items()]
    typer.echo(render(columns, rows, fmt), nl=False)


@command(example="kg stats out/demo --format json")
def stats(
    out: Path = typer.Argument(..., help="The graph folder."),
    fmt: str = typer.Option("table", "--format", "-f", help="table or json."),
):
    """Counts of documents, officials, units, groups, facts and warnings."""
    from .counts import stats as _stats
    result = _stats(out)
    if fmt == "json":
        typer.echo(json.dumps(result, ensure_ascii=False, indent=2, sort_keys=True))
        return
    if fmt != "table":
        raise UsageError("stats: --format must be table or json")
    for key, value in result.items():
        if isinstance(value, dict):
            for sub, n in value.items():
                typer.echo(f"{key}.{sub}: {n}")
        elif isinstance(value, list):
            typer.echo(f"{key}: {len(value)}")
            for line in value:
                typer.echo(f"  {line}")
        else:
            typer.echo(f"{key}: {value}")


@command(name="analyse", example="kg analyse out/seed --format json")
def analyse(
    out: Path = typer.Argument(..., help="The graph folder."),
    fmt: str = typer.Option("table", "--format", "-f", help="table or json."),
    as_of: Optional[str] = typer.Option(None, "--as-of", metavar="YYYY-MM-DD",
                                        help="Use the division notices in force at this date."),
):
    """Network analysis: officials ranked by units overseen and by betweenness
    centrality, officials sharing groups, units with no or several overseers.

    Oversight facts are those of each jurisdiction's latest division notice
    (or the one in force at --as-of)."""
    from .analysis import analyse as _analyse, tables
    from .render import render
    if fmt not in ("table", "json"):
        raise UsageError("analyse: --format must be table or json")
    result = _analyse(out, as_of=as_of)
    if fmt == "json":
        typer.echo(json.dumps(result, ensure_ascii=False, indent=2))
        return
    for i, (title, columns, rows) in enumerate(tables(result)):
        typer.echo(f"{'' if i == 0 else chr(10)}## {title} ({len(rows)})")
        if rows:
            typer.echo(render(columns, rows, "table"), nl=False)


@command(name="diff", example="kg diff out/city --from 2023-06-01 --to 2024-07-01 "
                              "--html out/diff.html")
def diff_command(
    out: Path = typer.Argument(..., help="The graph folder."),
    out_b: Optional[Path] = typer.Argument(None, help="A second graph folder to compare "
                                                       "OUT with."),
    frm: Optional[str] = typer.Option(None, "--from", help="A document number or a date "
                                                           "YYYY-MM-DD (in OUT)."),
    to: Optional[str] = typer.Option(None, "--to", help="A document number or a date "
                                                        "YYYY-MM-DD (in OUT_B if given)."),
    jurisdiction: Optional[str] = typer.Option(None, "--jurisdiction", "-j",
                                               help="Only this jurisdiction."),
    fmt: str = typer.Option("table", "--format", "-f", help="table, csv or json."),
    html: Optional[Path] = typer.Option(None, "--html", help="Also write an HTML page."),
):
    """What changed between two division notices: units that moved between
    officials, officials who arrived or left, posts and areas gained or lost,
    groups whose leaders (组长/副组长) changed.

    A date stands for the division notice in force then, per jurisdiction;
    groups are read from their latest roster by each date.  With OUT_B, the
    latest notices of OUT and OUT_B are compared."""
    from .diff import COLUMNS, diff as _diff, rows, to_html
    from .render import FORMATS, render
    if fmt not in FORMATS:
        raise UsageError(f"diff: --format must be one of {', '.join(FORMATS)}")
    result = _diff(out, frm, to, out_b=out_b, jurisdiction=jurisdiction)
    if html is not None:
        html.parent.mkdir(parents=True, exist_ok=True)
        html.write_text(to_html(result, title=f"kg diff: {out.name}"), encoding="utf-8")
    if fmt == "json":
        typer.echo(json.dumps(result, ensure_ascii=False, indent=2))
        return
    typer.echo(render(COLUMNS, rows(result), fmt), nl=False)


def run() -> None:
    """The console command: `kg query … | head` ends quietly when the pipe
    closes, as any Unix tool does (set here, not in the library or tests)."""
    if hasattr(signal, "SIGPIPE"):
        signal.signal(signal.SIGPIPE, signal.SIG_DFL)
    app(prog_name="kg")


if __name__ == "__main__":  # python -m kg.cli
    sys.exit(app())
