"""The `kg` command: help on every command, exact output for small cases,
one-line errors and the exit codes of interface.md (0 ok, 1 problem, 2 usage)."""
from __future__ import annotations

import json
import re

import pytest
from typer.testing import CliRunner

import docs_factory
from kg import builder as kg_builder
from kg.cli import app
from kg.errors import InputError

runner = CliRunner()
COMMANDS = ["build", "query", "push", "viz", "show", "export", "validate", "eval", "stats",
            "analyse", "diff"]


def cli(*args):
    return runner.invoke(app, [str(a) for a in args])


@pytest.fixture
def fake_extractor(monkeypatch):
    """Documents for any readable file; binary files are refused."""
    def extract_file(path):
        if path.read_bytes().startswith(b"\x00"):
            raise InputError(path, "not text in a known encoding (binary data?)")
        return [docs_factory.division(path.name, 0), docs_factory.groups_doc(path.name, 1)]
    monkeypatch.setattr(kg_builder, "_extract_file", extract_file)


def test_every_command_has_help_with_an_example():
    registered = sorted(c.name or c.callback.__name__ for c in app.registered_commands)
    assert registered == sorted(COMMANDS)
    for name in COMMANDS:
        result = cli(name, "--help")
        assert result.exit_code == 0, name
        assert "Example: kg " + name in result.stdout, name
        doc = next(c for c in app.registered_commands if (c.name or c.callback.__name__) == name)
        assert (doc.callback.__doc__ or "").strip(), name
    assert "Example:" in cli("--help").stdout


def test_build_summary(tmp_path, fake_extractor):
    src = tmp_path / "a.txt"
    src.write_text("公报", encoding="utf-8")
    result = cli("build", src, "-o", tmp_path / "out")
    assert result.exit_code == 0
    assert result.stdout == (f"built {tmp_path / 'out'}: 2 documents from 1 input; 6 oversight, "
                             "1 posts, 3 memberships, 1 tasks; 1 warning\n")
    assert result.stderr == ""
    quiet = cli("build", src, "-o", tmp_path / "out", "--quiet")
    assert (quiet.exit_code, quiet.stdout) == (0, "")


def test_unreadable_inputs_get_one_line_each_and_the_rest_is_built(tmp_path, fake_extractor):
    good = tmp_path / "good.txt"
    good.write_text("公报", encoding="utf-8")
    binary = tmp_path / "binary.txt"
    binary.write_bytes(b"\x00\x01\x02")
    missing = tmp_path / "missing.txt"
    result = cli("build", good, missing, binary, "-o", tmp_path / "out")
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [
        f"kg: {missing}: no such file or directory",
        f"kg: {binary}: not text in a known encoding (binary data?)",
    ]
    assert "2 documents from 1 input" in result.stdout
    assert cli("stats", tmp_path / "out", "--format", "json").exit_code == 0


def test_build_with_the_real_extractor(tmp_path):
    """Through extract.extract_file: a missing file and a binary one beside a real gazette."""
    from pathlib import Path
    demo = Path(__file__).resolve().parents[1] / "examples" / "demo_gazette.txt"
    binary = tmp_path / "binary.txt"
    binary.write_bytes(bytes(range(256)) * 4)
    result = cli("build", demo, tmp_path / "missing.txt", binary, "-o", tmp_path / "out")
    assert result.exit_code == 1
    lines = result.stderr.splitlines()
    assert len(lines) == 2
    assert lines[0] == f"kg: {tmp_path / 'missing.txt'}: no such file or directory"
    assert lines[1].startswith(f"kg: {binary}: ")
    assert "Traceback" not in result.stderr
    assert re.match(r"built .*: \d+ documents from 1 input", result.stdout)


def test_query_outputs(built):
    table = cli("query", built, "--name", "oversight", "--param", "unit=财政局")
    assert table.exit_code == 0
    assert table.stdout == (
        "official  relation  unit      document         date\n"
        "--------  --------  --------  ---------------  ----------\n"
        "赵一鸣    oversees  市财政局  测政〔2024〕1号  2024-01-15\n")
    as_csv = cli("query", built, "-n", "oversight", "-p", "unit=财政局", "--format", "csv")
    assert as_csv.stdout == ("official,relation,unit,document,date\n"
                             "赵一鸣,oversees,市财政局,测政〔2024〕1号,2024-01-15\n")
    as_json = cli("query", built, "-n", "oversight", "-p", "unit=财政局", "-f", "json")
    assert json.loads(as_json.stdout) == [{"official": "赵一鸣", "relation": "oversees",
                                           "unit": "市财政局", "document": "测政〔2024〕1号",
                                           "date": "2024-01-15"}]
    sparql = cli("query", built, "SELECT ?n WHERE { ?p foaf:name ?n } ORDER BY ?n", "-f", "csv")
    assert sparql.stdout == "n\n孙三\n李四\n赵一鸣\n钱二\n"


def test_query_refuses_updates(built):
    result = cli("query", built, "DELETE WHERE { ?s ?p ?o }")
    assert result.exit_code in (1, 2)
    assert result.stderr.count("\n") == 1 and "read-only" in result.stderr
    assert cli("query", built, "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }", "-f", "csv").stdout != "n\n0\n"


@pytest.mark.parametrize("args", [
    ["query", "{out}", "--name", "oversight"],  # required parameter missing
    ["query", "{out}", "--name", "oversight", "--param", "unit"],  # not key=value
    ["query", "{out}", "--name", "nope"],
    ["query", "{out}", "-n", "groups", "--format", "xml"],
    ["export", "{out}", "--format", "xlsx", "-o", "{out}.x"],
    ["build", "{out}"],  # no -o
    ["frobnicate"],
])
def test_wrong_usage_exits_2(built, args):
    result = cli(*[a.format(out=built) for a in args])
    assert result.exit_code == 2, result.stdout + result.stderr
    assert "Traceback" not in result.stderr


def test_missing_graph_folder_is_one_line(tmp_path):
    result = cli("stats", tmp_path / "nope")
    assert result.exit_code == 1
    assert result.stderr == (f"kg: {tmp_path / 'nope'}: no such graph folder; "
                             f"create it with `kg build INPUT -o {tmp_path / 'nope'}`\n")


def test_debug_shows_the_exception(tmp_path):
    result = runner.invoke(app, ["--debug", "stats", str(tmp_path / "nope")])
    assert result.exit_code != 0 and result.exception is not None


def test_unexpected_errors_are_one_line(built, monkeypatch):
    from kg import counts
    monkeypatch.setattr(counts, "stats", lambda out: 1 / 0)
    result = cli("stats", built)
    assert result.exit_code == 1
    assert result.stderr == "kg: ZeroDivisionError: division by zero (run with --debug for details)\n"


def test_validate(built, tmp_path):
    ok = cli("validate", built)
    assert (ok.exit_code, ok.stdout) == (0, f"{built}: conforms to the shapes\n")
    from extract.model import Evidence
    from kg.builder import write_documents
    d = docs_factory.division()
    d.posts[0] = d.posts[0].__class__(**{**d.posts[0].__dict__,
                                         "evidence": Evidence("x.txt", 9, 3, "bad")})
    write_documents([d], tmp_path / "broken")
    bad = cli("validate", tmp_path / "broken")
    assert bad.exit_code == 1
    assert "evidence starts at an offset >= 0 and not after its end" in bad.stdout
    assert bad.stderr == f"kg: {tmp_path / 'broken'}: 1 SHACL violations\n"


def test_stats(built):
    result = cli("stats", built, "--format", "json")
    data = json.loads(result.stdout)
    assert (data["documents"], data["officials"], data["groups"], data["warnings"]) == (2, 4, 2, 1)
    assert data["facts"]["oversight"] == 6
    table = cli("stats", built).stdout.splitlines()
    assert table[:2] == ["documents: 2", "officials: 4"]


def test_export_and_viz(built, tmp_path):
    assert cli("export", built, "--format", "csv", "-o", tmp_path / "t").exit_code == 0
    assert (tmp_path / "t" / "oversight.csv").is_file()
    page = tmp_path / "net.html"
    assert cli("viz", built, "-o", page, "--focus", "赵一鸣", "--depth", "1").exit_code == 0
    html = page.read_text(encoding="utf-8")
    assert not re.search(r"<(script|link)\b[^>]*(src|href)=[\"']https?://", html, re.I)
    assert "vis.Network" in html
    missing = cli("viz", built, "-o", page, "--focus", "无此人")
    assert missing.exit_code == 2 and "无此人" in missing.stderr


def test_eval(built, tmp_path):
    gold = {"division": {"officials": [
        {"name": "赵一鸣", "posts": ["市政府市长"], "areas": ["市政府全面工作"],
         "oversees": ["市测试局", "市财政局", "市缺失局"], "assists": [], "liaises": []},
        {"name": "钱 二", "posts": [], "areas": ["金融"], "oversees": [],
         "assists": ["赵一鸣"], "liaises": ["市人大"]}]}}
    path = tmp_path / "gold.json"
    path.write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
    result = cli("eval", built, "--gold", path, "--format", "csv")
    assert result.exit_code == 0
    assert result.stdout.splitlines() == [
        "relation,precision,recall,f1,tp,gold,found",
        "oversees,1.000,0.667,0.800,2,3,2",
        "liaises,1.000,1.000,1.000,1,1,1",
        "areas,1.000,1.000,1.000,2,2,2",
        "assists,1.000,1.000,1.000,1,1,1",
        "posts,1.000,1.000,1.000,1,1,1",
    ]
    bad = cli("eval", built, "--gold", tmp_path / "none.json")
    assert bad.exit_code == 1 and bad.stderr.startswith(f"kg: {tmp_path / 'none.json'}: ")


def test_a_closed_pipe_ends_kg_quietly(tmp_path):
    import subprocess
    import sys
    from pathlib import Path
    root = Path(__file__).resolve().parents[1]
    out = tmp_path / "out"
    assert subprocess.run([sys.executable, "-m", "kg", "build", root / "examples", "-o", out, "-q"]).returncode == 0
    # the reader is gone before kg writes a byte (`true` reads nothing)
    r = subprocess.run(f"'{sys.executable}' -m kg stats '{out}' | true", shell=True, capture_output=True,
                       text=True)
    assert r.stderr == ""
