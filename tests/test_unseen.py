"""Accuracy on gazettes in layouts the extractor was not written against.

tests/unseen/ holds invented gazettes whose gold was typed by someone who
had not read the extractor (see tests/unseen/README.md).  Each is built,
exported and scored by `kg eval`'s rules, relation by relation."""
from pathlib import Path

import pytest

import kg

UNSEEN = Path(__file__).parent / "unseen"
FILES = sorted(p.name for p in UNSEEN.iterdir()
               if p.suffix in (".txt", ".html", ".htm", ".docx", ".csv") and p.with_suffix(".json").exists())

# The one known disagreement, kept visible rather than hidden: in c_prose the
# gold counts only the named 组长/副组长 of a roster written as prose, while kg
# also records the units whose heads are its 成员 (interface.md: a member that
# is a unit has the unit as member).  That costs precision on `members`.
EXPECTED_BELOW_ONE = {("c_prose", "members"): 0.6}




@pytest.fixture(scope="module")
def scores(tmp_path_factory):
    """name → its scores, each file built when its test asks (a file that
    cannot be built fails its own test, not all of them)."""
    out = {}

    def score(name):
        if name not in out:
            stem = Path(name).stem
            folder = tmp_path_factory.mktemp(stem) / "out"
            kg.build([UNSEEN / name], folder)
            tasks = UNSEEN / f"{stem}.tasks.json"
            out[name] = kg.evaluate(folder, UNSEEN / f"{stem}.json", tasks if tasks.exists() else None)
        return out[name]
    return score


def test_there_are_unseen_gazettes():
    assert len(FILES) >= 4


@pytest.mark.parametrize("name", FILES)
def test_every_relation_is_read_right(scores, name):
    low = {rel: round(r["f1"], 3) for rel, r in scores(name).items()
           if r["f1"] < EXPECTED_BELOW_ONE.get((Path(name).stem, rel), 0.98)}
    assert low == {}, f"{name}: relations below target: {low}"
