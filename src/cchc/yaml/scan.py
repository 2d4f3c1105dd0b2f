"""Scans of the text before anything is read from it: tabs line by line, and cheap over-estimates
of depth and size that say whether the event scan (`events`) must look. No PyYAML here."""

from __future__ import annotations

import re

from cchc.i18n import msg
from cchc.yaml.decode import first_per_line
from cchc.yaml.limits import MAX_DEPTH, MAX_NODES
from cchc.yaml.problem import YamlProblem

_TAB_RE = re.compile("\t")


def tab_problems(text: str) -> list[YamlProblem]:
    """The first tab of each line (at most MAX_PER_RULE lines)."""
    return [
        YamlProblem(line, column, msg("yaml.tab"), "yaml-tab")
        for line, column, _ in first_per_line(_TAB_RE, text)
    ]


def might_nest_deeply(text: str) -> bool:
    """Cheap over-estimate of nesting depth, to decide whether the event-stream check is needed.

    Every level of nesting that costs only a character or two is opened by '[', '{', '- ' or '? '
    (or those indicators followed by a tab). Nesting by indentation alone costs quadratically many
    spaces, so the file-size limit keeps it within what the recursive composer survives; when it
    still goes too deep, the composer's failure sends the file back here for the position.
    """
    count = text.count("[") + text.count("{")
    if count > MAX_DEPTH:
        return True
    count += text.count("- ") + text.count("? ")
    if count > MAX_DEPTH:
        return True
    if "\t" in text:
        count += text.count("-\t") + text.count("?\t")
    return count > MAX_DEPTH


def might_have_too_many_values(text: str) -> bool:
    """Cheap over-estimate of the number of values, to decide whether the event scan must count.

    A value starts after the start of the text or after a line break, ',', ':', '-', '[', '{' or
    '?', and each of those starts at most two (a block collection and its first entry), so a text
    with few of them cannot hold MAX_NODES values; a text shorter than MAX_NODES / 2 never can.
    """
    if len(text) < MAX_NODES // 2:
        return False
    starts = 1
    for separator in ("\n", ",", ":", "-", "[", "{", "?"):
        starts += text.count(separator)
    return 2 * starts > MAX_NODES
