"""Nodes → plain Python data, with YAML 1.2 core-schema resolution (`plain`), and the problems only the
composed tree shows: duplicate keys, YAML 1.1 booleans, ``.nan``, tags, keys that are not words,
and control characters from escapes.

One walk over the tree; recursion is safe: it never goes deeper than MAX_DEPTH + 1 levels. Every
check costs O(1) per node, so a file of 20,000 duplicate keys is as cheap as one of 20,000 keys.

Every string value is interned (`sys.intern`), at each place the walk makes one: the records keep
these very strings, and a plan repeats the same agency ids, sources and notes in thousands of files,
which then take the memory of one each (half a loaded task's strings at 100,000 tasks, `bench/`).
"""

from __future__ import annotations

import re
from sys import intern
from typing import Any

from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from cchc.i18n import msg
from cchc.yaml.compose import IMPLICIT, too_deep_problem
from cchc.yaml.decode import BIDI_CONTROLS, REFUSED
from cchc.yaml.limits import MAX_DEPTH, MAX_PER_RULE
from cchc.yaml.plain import NUMBER_START, PLAIN_WORDS, is_text_word, resolve_plain
from cchc.yaml.problem import LineCounter, YamlProblem, node_position, show


def scalar_key(key_node: ScalarNode) -> tuple[str | int, str | None]:
    """Resolve a mapping key: a str or int, else its source text plus the rule it breaks.

    Null, bool and float keys are not allowed (``True`` would even collide with ``1`` in a dict), so
    they are kept as their text; the same function serves `locate` so both agree on key identity.
    """
    text: str = key_node.value
    if key_node.style or key_node.tag != IMPLICIT:
        return text, None
    value, rule = resolve_plain(text)
    if rule is not None:
        return text, rule
    if isinstance(value, str) or (isinstance(value, int) and not isinstance(value, bool)):
        return value, None
    return text, "yaml-key-type"


# ------------------------------------------------------------- control characters that escapes make
# The raw text cannot hold such characters (`decode` refuses them), so escapes in double-quoted
# scalars are the one way left for them to reach a value, and only a text with a backslash needs
# this check. The package docstring says what is refused and why.

# One escape: a hex escape, or the one character after the backslash (an escaped backslash is
# consumed whole, so "\\n" is a backslash and an n). A raw tab after a backslash is left to the
# tab rule; an escaped line break is a line continuation and makes nothing. Compiled by the
# first file with a backslash (re caches it), not at start-up.
_ESCAPE = r"\\(x[0-9A-Fa-f]{2}|u[0-9A-Fa-f]{4}|U[0-9A-Fa-f]{8}|.)"
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


def _made(escape: str) -> str | None:
    """The character an escape (without its backslash) makes, if one we refuse."""
    char = _NAMED.get(escape)
    if char is None and len(escape) > 1:
        code = int(escape[1:], 16)
        char = chr(code) if code <= 0x10FFFF else None
    return char if char in REFUSED else None


def escape_problems(text: str, node: ScalarNode, limit: int) -> list[YamlProblem]:
    """Up to ``limit`` problems for the refused escapes of one double-quoted scalar."""
    start = node.start_mark
    source = text[start.index : node.end_mark.index]
    problems: list[YamlProblem] = []
    lines = LineCounter(source, start.line + 1, -start.column)
    for match in re.finditer(_ESCAPE, source, re.DOTALL):
        char = _made(match.group(1))
        if char is None:
            continue
        line, column = lines.position(match.start())
        key = "yaml.escape-bidi" if char in BIDI_CONTROLS else "yaml.escape-control"
        message = msg(key, escape=match.group(), code=f"U+{ord(char):04X}")
        problems.append(YamlProblem(line, column, message, "yaml-control-char"))
        if len(problems) >= limit:
            break
    return problems


# ----------------------------------------------------------------------------------------- building

_YAML_PREFIX = "tag:yaml.org,2002:"


_SLOW = object()
"""What `Builder.fast_value` returns for an entry that needs the general walk."""


def tag_problem(node: Node) -> YamlProblem:
    tag: str = node.tag
    if tag == IMPLICIT:  # the non-specific tag '!', see Builder.bang_tagged
        tag = "!"
    elif tag.startswith(_YAML_PREFIX):
        tag = "!!" + tag[len(_YAML_PREFIX) :]
    return YamlProblem(*node_position(node), msg("yaml.tag", tag=show(tag)), "yaml-tag")


def scalar_problem(node: Node, rule: str, value: str) -> YamlProblem:
    """The problem of a plain scalar that `resolve_plain` flagged."""
    if rule == "yaml-ambiguous-bool":
        return YamlProblem(*node_position(node), msg("yaml.ambiguous-bool", word=value), rule)
    return YamlProblem(*node_position(node), msg("yaml.nan"), rule)


class Builder:
    """One walk over the composed node tree: values out, problems collected, depth bounded."""

    __slots__ = (
        "escapes",
        "escapes_left",
        "fast",
        "first_keys",
        "has_bang",
        "problems",
        "seen",
        "text",
        "too_deep",
    )

    def __init__(self, text: str, problems: list[YamlProblem], may_share: bool) -> None:
        self.text = text
        self.has_bang = "!" in text
        self.problems = problems
        # Only a file with '&' can contain aliases (the composer refuses undefined ones), so only
        # then is the cost of remembering every node paid. A node met twice is an alias: skipped.
        self.seen: set[int] | None = set() if may_share else None
        self.too_deep = False
        self.first_keys: dict[int, dict[str | int, Node]] | None = None  # see first_node
        # Only a file with a backslash can hold escapes; their problems are capped per file.
        self.escapes = "\\" in text
        self.escapes_left = MAX_PER_RULE
        # A file with no "!", "&" or "\" has no tag, alias or escape to check: its entries take
        # `fast_value`, one call each instead of `build`'s general checks.
        self.fast = not may_share and not self.has_bang and not self.escapes

    def build(self, node: Node, depth: int) -> Any:
        seen = self.seen
        if seen is not None:
            if id(node) in seen:
                return None
            seen.add(id(node))
        tagged = node.tag != IMPLICIT or (self.has_bang and self.bang_tagged(node))
        if tagged:
            self.problems.append(tag_problem(node))
        if isinstance(node, ScalarNode):
            value: str = node.value
            if node.style or tagged:  # quoted, block or tagged: always text
                if self.escapes and node.style == '"':
                    self.check_escapes(node)
                return intern(value)
            result, rule = resolve_plain(value)
            if rule is not None:
                self.problems.append(scalar_problem(node, rule, value))
            return intern(result) if type(result) is str else result
        if depth >= MAX_DEPTH:
            if not self.too_deep:
                self.too_deep = True
                self.problems.append(too_deep_problem(*node_position(node)))
            return None
        if isinstance(node, SequenceNode):
            return self.build_sequence(node, depth + 1)
        if isinstance(node, MappingNode):
            return self.build_mapping(node, depth + 1)
        return None  # pragma: no cover - the composer makes no other node kinds

    def build_sequence(self, node: SequenceNode, depth: int) -> list[Any]:
        result: list[Any] = []
        fast = self.fast
        for item in node.value:
            if fast:
                value = self.fast_value(item, depth)
                if value is not _SLOW:
                    result.append(value)
                    continue
            result.append(self.build(item, depth))
        return result

    def build_mapping(self, node: MappingNode, depth: int) -> dict[str | int, Any]:
        result: dict[str | int, Any] = {}
        fast = self.fast
        for key_node, value_node in node.value:
            key: str | int | None
            if fast and type(key_node) is ScalarNode and key_node.tag == IMPLICIT:
                text: str = key_node.value
                plain_word = not key_node.style and text not in PLAIN_WORDS
                key = text if plain_word and text[0] not in NUMBER_START else self.key(key_node)
            else:
                key = self.key(key_node)
            value: Any = self.fast_value(value_node, depth) if fast else _SLOW
            if value is _SLOW:
                value = self.build(value_node, depth)
            if key is None:
                continue
            if key in result:
                self.problems.append(_duplicate_problem(key_node, key, self.first_node(node, key)))
                continue
            result[key] = value
        return result

    def fast_value(self, node: Node, depth: int) -> Any:
        """The value of an entry of a file without tags, anchors or escapes (`fast`), made
        without `build`'s general checks; `_SLOW` when it needs them. Nearly every entry of a
        record is a plain word, a date or a small collection (about 14 % of the walk's instructions
        saved, callgrind)."""
        if node.tag != IMPLICIT:
            return _SLOW
        if type(node) is ScalarNode:
            text: str = node.value
            if node.style or is_text_word(text):
                return intern(text)
            return _SLOW
        if depth >= MAX_DEPTH:
            return _SLOW
        if type(node) is MappingNode:
            return self.build_mapping(node, depth + 1)
        if type(node) is SequenceNode:
            return self.build_sequence(node, depth + 1)
        return _SLOW  # pragma: no cover - the composer makes no other node kinds

    def first_node(self, mapping: MappingNode, key: str | int) -> Node:
        """Where a duplicated key first appears: the mapping's keys are indexed at its first
        duplicate, so every later one costs a dict look-up."""
        if self.first_keys is None:
            self.first_keys = {}
        keys = self.first_keys.get(id(mapping))
        if keys is None:
            keys = self.first_keys[id(mapping)] = _first_key_nodes(mapping)
        return keys[key]

    def bang_tagged(self, node: Node) -> bool:
        # The non-specific tag '!' reaches the resolver like no tag at all; but no untagged node can
        # start with '!', so a '!' at the node's start is that tag.
        index = node.start_mark.index
        return index < len(self.text) and self.text[index] == "!"

    def check_escapes(self, node: ScalarNode) -> None:
        if self.escapes_left > 0:
            found = escape_problems(self.text, node, self.escapes_left)
            self.escapes_left -= len(found)
            self.problems.extend(found)

    def key(self, key_node: Node) -> str | int | None:
        """The dict key for a key node; None (after a problem) when it cannot be one."""
        if not isinstance(key_node, ScalarNode):
            self.problems.append(
                YamlProblem(
                    *node_position(key_node), msg("yaml.key-type.collection"), "yaml-key-type"
                )
            )
            return None
        if self.escapes and key_node.style == '"':
            self.check_escapes(key_node)
        key, problem = scalar_key(key_node)
        if key_node.tag != IMPLICIT or (self.has_bang and self.bang_tagged(key_node)):
            self.problems.append(tag_problem(key_node))
        elif problem in ("yaml-ambiguous-bool", "yaml-nan"):
            self.problems.append(scalar_problem(key_node, problem, key_node.value))
        elif problem is not None:
            message = msg("yaml.key-type.scalar", key=show(key))
            self.problems.append(YamlProblem(*node_position(key_node), message, "yaml-key-type"))
        return key


def _first_key_nodes(mapping: MappingNode) -> dict[str | int, Node]:
    """Each key of a mapping → the node where it first appears, in one pass."""
    first: dict[str | int, Node] = {}
    for key_node, _ in mapping.value:
        if isinstance(key_node, ScalarNode):
            first.setdefault(scalar_key(key_node)[0], key_node)
    return first


def _duplicate_problem(key_node: Node, key: str | int, first: Node) -> YamlProblem:
    message = msg("yaml.duplicate-key", key=show(key), first_line=first.start_mark.line + 1)
    return YamlProblem(*node_position(key_node), message, "yaml-duplicate-key")
