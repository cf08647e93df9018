"""The kg ontology (``kg.ttl``) and its SHACL shapes (``shapes.ttl``), shipped
as package data so that an installed ``kg`` finds them without the source tree."""
from importlib import resources


def path(name: str):
    """A traversable for ``ontology/<name>`` inside the installed package."""
    return resources.files(__name__).joinpath(name)


def read(name: str) -> str:
    return path(name).read_text(encoding="utf-8")
