"""The extraction vocabularies, loaded once from the YAML/text files in
``extract/vocab/`` that ship inside the wheel.  Code asks this module, never
hard-codes a word list, so a newcomer extends the grammar by editing data."""
from __future__ import annotations

from functools import lru_cache
from importlib import resources

import yaml


def _read(name: str) -> str:
    return resources.files("extract").joinpath("vocab", name).read_text(encoding="utf-8")


@lru_cache(maxsize=None)
def load(name: str) -> dict:
    """The parsed YAML file ``vocab/<name>.yaml``."""
    return yaml.safe_load(_read(f"{name}.yaml")) or {}


def longest_first(words) -> tuple[str, ...]:
    return tuple(sorted(set(words), key=lambda w: (-len(w), w)))


@lru_cache(maxsize=None)
def cue_words() -> tuple[str, ...]:
    """The cue words of division notices (verbs.yaml division_cues), longest first."""
    return longest_first(c["cue"] for c in load("verbs")["division_cues"])


@lru_cache(maxsize=None)
def words(name: str, key: str) -> tuple[str, ...]:
    """The word list ``key`` of ``vocab/<name>.yaml``, longest first (cached:
    the extractors ask for the same lists on every item)."""
    return longest_first(load(name)[key])


@lru_cache(maxsize=None)
def surnames() -> tuple[frozenset, frozenset]:
    """(single-character surnames, compound surnames)."""
    single, compound = set(), set()
    for line in _read("surnames.txt").splitlines():
        if line.startswith("#"):
            continue
        for w in line.split():
            (single if len(w) == 1 else compound).add(w)
    return frozenset(single), frozenset(compound)


@lru_cache(maxsize=None)
def body_suffixes() -> tuple[str, ...]:
    d = load("body_suffixes")
    return longest_first([*d["government_department"], *d["other_body"], *d.get("enterprise", [])])


@lru_cache(maxsize=None)
def enterprise_suffixes() -> tuple[str, ...]:
    return longest_first(load("body_suffixes").get("enterprise", []))


@lru_cache(maxsize=None)
def department_suffixes() -> tuple[str, ...]:
    return longest_first(load("body_suffixes")["government_department"])


@lru_cache(maxsize=None)
def post_endings() -> tuple[str, ...]:
    return longest_first(load("titles")["post_endings"])


@lru_cache(maxsize=None)
def roster_roles() -> tuple[str, ...]:
    return longest_first(load("roles")["roster_roles"])


@lru_cache(maxsize=None)
def group_endings() -> tuple[str, ...]:
    return longest_first(load("roles")["group_endings"])


@lru_cache(maxsize=None)
def not_names() -> tuple[str, ...]:
    """Words no personal name contains (有关, 要求): ``vocab/not_names.txt``."""
    return tuple(w for line in _read("not_names.txt").splitlines()
                 if not line.startswith("#") for w in line.split())


@lru_cache(maxsize=None)
def radicals() -> dict[str, str]:
    """Radical code point → the ideograph it stands for (``vocab/radicals.tsv``)."""
    pairs = (line.split("\t") for line in _read("radicals.tsv").splitlines()
             if line and not line.startswith("#"))
    return {radical: ideograph for radical, ideograph in pairs}
