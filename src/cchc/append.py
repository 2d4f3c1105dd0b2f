"""Append one entry to a list of a YAML file (a task's `updates`, a target's `measurements`) and
keep every other byte: comments, key order, quoting, blank lines, line ends, the editor modeline.

The new text is always the old text with one piece inserted at one place, so `git diff` shows only
added lines and a reviewer sees exactly what was recorded:

- the list exists in block style (`updates:` then `- date: …` lines): the entry goes after the
  last line of the last item (after a comment on that line, before any blank line or comment that
  follows), indented like the existing items;
- the list exists in flow style (`updates: []`, `[{…}]`): the entry goes before the `]`, as a flow
  mapping;
- the key is absent: `key:` and the entry go at the end of the file (after a line end, added when
  the file has none).

Values are written so the strict reader reads them back exactly: plain where YAML 1.2 would read
the same text back (dates, codes, ordinary Vietnamese prose), double-quoted (JSON escapes, valid
YAML) otherwise; a text with line breaks becomes a literal block (`|-`) — and is refused where a
literal block cannot hold it (inside a flow list, or lines that begin or end with spaces), since
the strict reader refuses a line break made by an escape. Line ends follow the
file's (CRLF if it has any). The caller validates the result before anything is written.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

__all__ = ["AppendError", "Insertion", "append_entry", "scalar"]

Value = str | int | float | bool | dt.date | Mapping[str, "Value"] | None


class AppendError(Exception):
    """The file's shape does not allow a byte-preserving append (message key for `cchc.i18n`)."""

    def __init__(self, key: str) -> None:
        super().__init__(key)
        self.key = key


@dataclass(frozen=True)
class Insertion:
    """`text` is `old[:at] + inserted + old[at:]`."""

    text: str
    at: int
    inserted: str


_PLAIN_START = re.compile(r"[A-Za-z0-9À-ỹĐđ(\"'«“]")
_RESERVED = re.compile(
    r"(?i:true|false|null|~|yes|no|on|off|y|n|[-+]?(\.inf|\.nan)|[-+]?[0-9][0-9_.:eE+-]*)"
)


def _needs_quotes(text: str) -> bool:
    if not text or text != text.strip() or not _PLAIN_START.match(text):
        return True
    if text[0] in "\"'":
        return True
    if _RESERVED.fullmatch(text):
        return True
    if ": " in text or " #" in text or text.endswith(":"):
        return True
    return any(ch in text for ch in "\t\r\n{}[],&*!|>%@`") or not text.isprintable()


def scalar(value: str | int | float | bool | dt.date | None, *, flow: bool = False) -> str:
    """One value as YAML text the strict reader reads back as the same value."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return repr(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    if "\n" in value or "\r" in value:
        # A line break may only be a real one (an escape would make a control character the
        # strict reader refuses), and only a literal block holds real ones.
        raise AppendError("append.multiline")
    if flow or _needs_quotes(value):
        return _quoted(value)
    return value


def _quoted(value: str) -> str:
    """A double-quoted scalar in which every character is printable: JSON escapes the C0
    controls; the rest (C1 controls, line and paragraph separators, bidirectional marks, …) are
    `\\u` escapes too, which YAML reads back as the same character. (The strict reader then
    refuses a control character by rule, with its place: a refusal the validation shows.)"""
    return "".join(
        ch
        if ch.isprintable()
        else f"\\u{ord(ch):04x}"
        if ord(ch) < 0x10000
        else f"\\U{ord(ch):08x}"
        for ch in json.dumps(value, ensure_ascii=False)
    )


def _literal_block(value: str) -> bool:
    """A text with line breaks reads best as a literal block, when its lines can be one."""
    if "\n" not in value or not value.strip():
        return False
    lines = value.split("\n")
    return all(
        line == line.strip() and not _needs_quotes_in_block(line) for line in lines
    ) and bool(lines[0])


def _needs_quotes_in_block(line: str) -> bool:
    return "\r" in line or "\t" in line or not line.isprintable()


def _block_lines(entry: Mapping[str, Value], indent: int) -> list[str]:
    """The entry's `key: value` lines at `indent` (nested mappings below, 2 deeper)."""
    lines: list[str] = []
    pad = " " * indent
    for key, value in entry.items():
        if isinstance(value, Mapping):
            lines.append(f"{pad}{key}:")
            lines.extend(_block_lines(value, indent + 2))
        elif isinstance(value, str) and _literal_block(value):
            body = value.split("\n")
            lines.append(f"{pad}{key}: |-")
            lines.extend(f"{pad}  {line}" if line else "" for line in body)
        else:
            lines.append(f"{pad}{key}: {scalar(value)}")
    return lines


def _flow(entry: Mapping[str, Value]) -> str:
    parts = []
    for key, value in entry.items():
        shown = _flow(value) if isinstance(value, Mapping) else scalar(value, flow=True)
        parts.append(f"{key}: {shown}")
    return "{" + ", ".join(parts) + "}"


def _item(entry: Mapping[str, Value], dash: int, nl: str) -> str:
    """A block sequence item: `- first: …` at `dash`, the other keys under the first."""
    lines = _block_lines(entry, dash + 2)
    first = " " * dash + "- " + lines[0][dash + 2 :]
    return nl.join([first, *lines[1:]]) + nl


def _last_node(node: Node) -> Node:
    while True:
        if isinstance(node, MappingNode) and node.value:
            node = node.value[-1][1]
        elif isinstance(node, SequenceNode) and node.value and not node.flow_style:
            node = node.value[-1]
        else:
            return node


def _line_end(text: str, index: int) -> int:
    """The index just after the line end at or after `index` (a block scalar may already end
    after its line end); len(text) when the last line has none."""
    if index > 0 and text[index - 1] == "\n":
        return index
    found = text.find("\n", index)
    return len(text) if found < 0 else found + 1


def _dash_column(text: str, item: Node) -> int:
    start = item.start_mark.index
    line_start = text.rfind("\n", 0, start) + 1
    prefix = text[line_start:start]
    dash = prefix.rfind("-")
    if dash >= 0 and not prefix[:dash].strip():
        return dash
    return max(item.start_mark.column - 2, 0)


def append_entry(text: str, key: str, entry: Mapping[str, Value]) -> Insertion:
    """Insert `entry` as the last item of the list under top-level `key` of the YAML `text`.

    The result is checked: read back, everything the file said before is unchanged and the list
    has one more item. (One shape cannot take an entry: a file whose last line is a `|` block
    with no line end after it — the line end the entry needs would become part of that text.)"""
    insertion = _insert(text, key, entry)
    before = _as_text(text)
    try:
        after = _as_text(insertion.text)
    except yaml.YAMLError:  # a backstop: `scalar` writes only what YAML reads
        raise AppendError("append.would-change") from None
    items = after.get(key) if isinstance(after, dict) else None
    if (
        not isinstance(before, dict)
        or not isinstance(items, list)
        or {k: v for k, v in after.items() if k != key}
        != {k: v for k, v in before.items() if k != key}
        or items[:-1] != before.get(key, [])
    ):
        raise AppendError("append.would-change")
    return insertion


def _as_text(text: str) -> Any:
    """The document with every scalar as its text (no type guessing): enough to compare."""
    # BaseLoader builds only str, list and dict: nothing is resolved or constructed.
    return yaml.load(text, Loader=yaml.BaseLoader)


def _insert(text: str, key: str, entry: Mapping[str, Value]) -> Insertion:
    if not entry:
        raise AppendError("append.empty")
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError:
        raise AppendError("append.unreadable") from None
    if not isinstance(root, MappingNode):
        raise AppendError("append.not-a-mapping")
    nl = "\r\n" if "\r\n" in text else "\n"
    found: Node | None = None
    for key_node, value_node in root.value:
        if isinstance(key_node, ScalarNode) and key_node.value == key:
            found = value_node
    if found is None:
        at = len(text)
        lead = "" if not text or text.endswith("\n") else nl
        inserted = f"{lead}{key}:{nl}{_item(entry, 2, nl)}"
        return Insertion(text[:at] + inserted + text[at:], at, inserted)
    if not isinstance(found, SequenceNode):
        raise AppendError("append.not-a-list")
    if found.flow_style:
        close = found.end_mark.index - 1  # the `]`
        if close < 0 or text[close] != "]":
            raise AppendError("append.unreadable")
        inserted = (", " if found.value else "") + _flow(entry)
        return Insertion(text[:close] + inserted + text[close:], close, inserted)
    last = _last_node(found.value[-1])
    at = _line_end(text, last.end_mark.index)
    lead = "" if text[:at].endswith("\n") else nl
    inserted = lead + _item(entry, _dash_column(text, found.value[0]), nl)
    return Insertion(text[:at] + inserted + text[at:], at, inserted)


def inserted_lines(insertion: Insertion) -> Sequence[str]:
    """The added lines, for the diff a write command prints."""
    return insertion.inserted.strip("\r\n").splitlines()
