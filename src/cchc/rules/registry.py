"""The registry's machinery: a `Rule`, the groups, and the one list every rule is added to.

The rules are defined by group in the sibling modules (`reading`, `shape`, `consistency`,
`history`); `cchc.rules` imports them in the README table's order and gathers them.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Literal, NamedTuple

from cchc.problems import Level

__all__ = ["ALL", "GROUPS", "Group", "Rule", "error_rule", "warning_rule"]

Group = Literal["yaml", "shape", "consistency", "history", "files", "templates", "run"]

GROUPS: Mapping[Group, str] = {
    "yaml": "YAML (how a file is written)",
    "shape": "Shape (one file against its schema)",
    "consistency": "Consistency (records against each other and the plan)",
    "history": "History (two revisions: `cchc diff --check`)",
    "files": "Files and folders",
    "templates": "Report templates a dataset brings",
    "run": "The run itself",
}


class Rule(NamedTuple):
    id: str
    level: Level
    group: Group
    title: str  # in Vietnamese: the README table shows it beside the English doc
    doc: str


ALL: list[Rule] = []
"""Every rule, in the order defined (the README table's order within a group)."""


def _rule(rule_id: str, level: Level, group: Group, title: str, doc: str) -> Rule:
    registered = Rule(rule_id, level, group, title, " ".join(doc.split()))
    ALL.append(registered)
    return registered


def error_rule(rule_id: str, group: Group, title: str, doc: str) -> Rule:
    return _rule(rule_id, "error", group, title, doc)


def warning_rule(rule_id: str, group: Group, title: str, doc: str) -> Rule:
    return _rule(rule_id, "warning", group, title, doc)
