"""Step 4, locate: a finding's place in the record (`loc`) → its line and column in the file.

Only findings that will be listed are located (see `caps`): positions cost a walk of the YAML
nodes, and a file with 180,000 problems must not pay it 180,000 times.
"""

from __future__ import annotations

from collections.abc import Iterable

from cchc.checks import Finding
from cchc.loader.caps import ProblemLog
from cchc.yaml import YamlDocument

__all__ = ["report"]


def report(log: ProblemLog, rel: str, document: YamlDocument, findings: Iterable[Finding]) -> None:
    """Locate and keep each finding while `rel` has room; count the rest."""
    for found in findings:
        if not log.room(rel):
            log.skip(found.level)
            continue
        line, column = (
            document.locate_key(found.loc) if found.at_key else document.locate(found.loc)
        )
        log.add(rel, line, column, found.level, found.message, found.rule)
