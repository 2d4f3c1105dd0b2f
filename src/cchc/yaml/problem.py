"""`YamlProblem`, and the small helpers every part uses to position and show things in one."""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

from cchc.i18n import Message

if TYPE_CHECKING:  # PyYAML is loaded only by the full way of reading a file
    from yaml.events import Event
    from yaml.nodes import Node


class YamlProblem(NamedTuple):
    """One thing wrong with a YAML file, positioned for ``path:line:col`` output.

    ``column`` counts characters (not bytes) of the NFC-normalised text, which is what editors show.
    The message is worded when printed, in the reader's language; every value in it is one line.
    An immutable value; a named tuple rather than a dataclass because it costs a third as much to
    define at start-up and less to make by the thousand.
    """

    line: int
    column: int
    message: Message
    rule: str


def node_position(node: Node) -> tuple[int, int]:
    """1-based (line, column) where a node starts."""
    mark = node.start_mark
    return mark.line + 1, mark.column + 1


def event_position(event: Event) -> tuple[int, int]:
    """1-based (line, column) where a parser event starts."""
    mark = event.start_mark
    return (mark.line + 1, mark.column + 1) if mark is not None else (1, 1)


def show(value: object, limit: int = 40) -> str:
    """A value quoted for a message: ``repr`` escapes line breaks and control characters, so a
    message stays one line whatever the file holds."""
    text = str(value)
    return repr(text if len(text) <= limit else text[: limit - 1] + "…")


class LineCounter:
    """1-based (line, column) of offsets into a text, asked for in increasing order: each part of
    the text is counted once, so positioning any number of problems costs O(len(text)) in all.

    ``line`` and ``line_start`` say where the text begins: a slice of a bigger text starts on its
    line ``line``, ``-line_start`` characters into it."""

    __slots__ = ("counted", "line", "line_start", "text")

    def __init__(self, text: str, line: int = 1, line_start: int = 0) -> None:
        self.text = text
        self.line = line
        self.line_start = line_start
        self.counted = 0

    def position(self, at: int) -> tuple[int, int]:
        breaks = self.text.count("\n", self.counted, at)
        if breaks:
            self.line += breaks
            self.line_start = self.text.rfind("\n", self.counted, at) + 1
        self.counted = at
        return self.line, at - self.line_start + 1
