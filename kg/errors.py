"""One exception family.  Every error says what went wrong and how to fix it;
the CLI prints ``str(error)`` as one line on stderr, never a traceback
(unless ``--debug``)."""
from __future__ import annotations


class KgError(Exception):
    """Base of every error kg raises on purpose."""

    exit_code = 1


class InputError(KgError):
    """An input file that cannot be read (missing, unreadable, undecodable,
    of a kind kg does not know).  The other inputs of the run are still built."""

    def __init__(self, path, reason: str):
        self.path = str(path)
        self.reason = reason
        super().__init__(f"{self.path}: {reason}")


class UsageError(KgError):
    """The command was called wrongly (exit 2)."""

    exit_code = 2


class GraphError(KgError):
    """The graph folder is missing or unusable."""


class QueryError(KgError):
    """A SPARQL query that is malformed, or not read-only."""
