"""What ships: the wheel carries the ontology, shapes, named queries and
vocabularies, and an installed `kg` works away from the source tree."""
from __future__ import annotations

import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT.parent / "shared" / "seeds"


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run([sys.executable, "-m", "pip", "wheel", str(ROOT), "--no-deps", "-q",
                    "-w", str(out)], check=True, capture_output=True)
    (path,) = out.glob("kg-*.whl")
    return path


def test_wheel_contents(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    for required in ("ontology/__init__.py", "ontology/kg.ttl", "ontology/shapes.ttl",
                     "kg/cli.py", "extract/__init__.py", "extract/model.py"):
        assert required in names, required
    queries = {n for n in names if n.startswith("kg/queries/") and n.endswith(".rq")}
    assert {f"kg/queries/{q}.rq" for q in ("oversight", "portfolio", "groups",
                                           "accountability")} <= queries
    shipped_vocab = {n for n in names if n.startswith("extract/vocab/")}
    source_vocab = {f"extract/vocab/{p.name}" for p in (ROOT / "extract" / "vocab").iterdir()
                    if p.is_file()}
    assert source_vocab and source_vocab <= shipped_vocab
    (entry_points,) = [n for n in names if n.endswith(".dist-info/entry_points.txt")]
    assert "kg = kg.cli:run" in zipfile.ZipFile(wheel).read(entry_points).decode()
    assert not any(n.startswith("tests/") for n in names)


def test_installed_wheel_runs_outside_the_source_tree(wheel, tmp_path):
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", "--system-site-packages",
                    str(venv)], check=True)
    # the dependencies come from the test environment (a path entry: its own
    # .pth files, among them the editable install of kg, are not processed)
    site = Path(subprocess.run([str(venv / "bin" / "python"), "-c",
                                "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                               check=True, capture_output=True, text=True).stdout.strip())
    (site / "deps.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    subprocess.run([sys.executable, "-m", "pip", "--python", str(venv / "bin" / "python"),
                    "install", "--no-deps", "-q", str(wheel)], check=True, capture_output=True)
    kg = str(venv / "bin" / "kg")
    inputs = SEEDS if SEEDS.is_dir() else ROOT / "examples"

    def run(*args):
        return subprocess.run([*args], cwd=tmp_path, capture_output=True, text=True,
                              env={"PATH": "/usr/bin:/bin", "HOME": str(tmp_path)})

    where = run(str(venv / "bin" / "python"), "-c", "import kg, ontology; print(kg.__file__)")
    assert where.returncode == 0, where.stderr
    assert where.stdout.startswith(str(venv)), where.stdout
    built = run(kg, "build", str(inputs), "-o", "out")
    assert built.returncode == 0, built.stderr
    assert built.stdout.startswith("built out: ")
    for args in (["query", "out", "--name", "groups", "-f", "csv"], ["validate", "out"],
                 ["viz", "out", "-o", "out.html"], ["export", "out", "--format", "csv",
                                                    "-o", "tables"]):
        result = run(kg, *args)
        assert result.returncode == 0, (args, result.stderr)
    assert (tmp_path / "tables" / "oversight.csv").is_file()


def test_public_api_is_lazy_and_callable():
    code = ("import extract, kg, sys; "
            "assert 'kg.builder' not in sys.modules and 'pyoxigraph' not in sys.modules; "
            "import kg.builder, kg.queries, kg.exporters, kg.validation, kg.evaluation, "
            "kg.counts, kg.network, kg.cli; "
            "assert all(callable(getattr(kg, n)) and getattr(kg, n).__module__ == 'kg' "
            "for n in kg.__all__), kg.__all__")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            cwd=ROOT)
    assert result.returncode == 0, result.stderr


def test_ontology_and_shapes_parse():
    import rdflib
    import ontology
    onto = rdflib.Graph().parse(data=ontology.read("kg.ttl"), format="turtle")
    shapes = rdflib.Graph().parse(data=ontology.read("shapes.ttl"), format="turtle")
    kgo = rdflib.Namespace("https://w3id.org/kg-gov/ont#")
    for term in ("oversees", "coOversees", "liaisesWith", "assists", "responsibleFor",
                 "LeadingGroup", "JointMeeting", "Task", "Evidence", "Warning", "Area"):
        assert (kgo[term], rdflib.RDFS.comment, None) in onto, term
    assert len(shapes) > 50
