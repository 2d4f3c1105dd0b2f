"""Control and bidi characters that escapes put into double-quoted text (``"\\e[2J"``,
``"x\\ny"``, ``"\\u202e"``), found at the backslash that makes them.

The raw text cannot hold such characters (`decode` refuses them), so escapes in double-quoted
scalars are the one way left for them to reach a value, and only a text with a backslash needs
this check. The package docstring says what is refused and why.
"""

from __future__ import annotations

import re

from yaml.nodes import ScalarNode

from cchc.i18n import msg
from cchc.yaml.decode import BIDI_CONTROLS, LINE_BREAKS
from cchc.yaml.problem import LineCounter, YamlProblem

# One escape: a hex escape, or the one character after the backslash (an escaped backslash is
# consumed whole, so "\\n" is a backslash and an n). A raw tab after a backslash is left to the
# tab rule; an escaped line break is a line continuation and makes nothing.
_ESCAPE_RE = re.compile(r"\\(x[0-9A-Fa-f]{2}|u[0-9A-Fa-f]{4}|U[0-9A-Fa-f]{8}|.)", re.DOTALL)
_NAMED = {
    "0": "\x00",
    "a": "\x07",
    "b": "\x08",
    "t": "\t",
    "n": "\n",
    "v": "\x0b",
    "f": "\x0c",
    "r": "\r",
    "e": "\x1b",
    "N": "\x85",
    "L": "\u2028",
    "P": "\u2029",
}
_REFUSED_RE = re.compile(f"[\x00-\x1f\x7f-\x9f{LINE_BREAKS}\ufffe\uffff{BIDI_CONTROLS}]")
_BIDI_RE = re.compile(f"[{BIDI_CONTROLS}]")


def _made(escape: str) -> str | None:
    """The character an escape (without its backslash) makes, if one we refuse."""
    char = _NAMED.get(escape)
    if char is None and len(escape) > 1:
        code = int(escape[1:], 16)
        char = chr(code) if code <= 0x10FFFF else None
    return char if char is not None and _REFUSED_RE.match(char) else None


def escape_problems(text: str, node: ScalarNode, limit: int) -> list[YamlProblem]:
    """Up to ``limit`` problems for the refused escapes of one double-quoted scalar."""
    start = node.start_mark
    source = text[start.index : node.end_mark.index]
    problems: list[YamlProblem] = []
    lines = LineCounter(source, start.line + 1, -start.column)
    for match in _ESCAPE_RE.finditer(source):
        char = _made(match.group(1))
        if char is None:
            continue
        line, column = lines.position(match.start())
        key = "yaml.escape-bidi" if _BIDI_RE.match(char) else "yaml.escape-control"
        message = msg(key, escape=match.group(), code=f"U+{ord(char):04X}")
        problems.append(YamlProblem(line, column, message, "yaml-control-char"))
        if len(problems) >= limit:
            break
    return problems
