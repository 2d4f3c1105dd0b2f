"""Nodes → plain Python data, with YAML 1.2 core-schema resolution, and the problems only the
composed tree shows: duplicate keys, YAML 1.1 booleans, ``.nan``, tags, keys that are not words,
and control characters from escapes.

One walk over the tree; recursion is safe: it never goes deeper than MAX_DEPTH + 1 levels. Every
check costs O(1) per node, so a file of 20,000 duplicate keys is as cheap as one of 20,000 keys.
"""

from __future__ import annotations

from typing import Any

from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from cchc.i18n import msg
from cchc.yaml.compose import IMPLICIT
from cchc.yaml.escapes import escape_problems
from cchc.yaml.limits import MAX_DEPTH, MAX_PER_RULE
from cchc.yaml.problem import YamlProblem, node_position, show
from cchc.yaml.resolve import NUMBER_START, PLAIN_WORDS, resolve_plain, scalar_key
from cchc.yaml.syntax import too_deep_problem

_YAML_PREFIX = "tag:yaml.org,2002:"


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
        # Only a file with a backslash can hold escapes; their problems are capped per file.
        self.escapes = "\\" in text
        self.escapes_left = MAX_PER_RULE
        # Most scalars in a record are plain words; the loops below turn those into str without
        # a call per node, inlined on purpose (halving the cost of the walk). Files with "!", "&" or "\" take the full
        # path.
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
            if self.escapes and node.style == '"':
                self.check_escapes(node)
            if node.style or tagged:  # quoted, block or tagged: always text
                return value
            result, rule = resolve_plain(value)
            if rule is not None:
                self.problems.append(scalar_problem(node, rule, value))
            return result
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
            if fast and type(item) is ScalarNode and item.tag == IMPLICIT:
                text: str = item.value
                if item.style or (text not in PLAIN_WORDS and text[0] not in NUMBER_START):
                    result.append(text)
                    continue
            result.append(self.build(item, depth))
        return result

    def build_mapping(self, node: MappingNode, depth: int) -> dict[str | int, Any]:
        result: dict[str | int, Any] = {}
        first_keys: dict[str | int, Node] | None = None  # built at the first duplicate
        fast = self.fast
        for key_node, value_node in node.value:
            key: str | int | None
            if (
                fast
                and type(key_node) is ScalarNode
                and key_node.tag == IMPLICIT
                and not key_node.style
                and key_node.value not in PLAIN_WORDS
                and key_node.value[0] not in NUMBER_START
            ):
                key = key_node.value
            else:
                key = self.key(key_node)
            value: Any
            if fast and type(value_node) is ScalarNode and value_node.tag == IMPLICIT:
                text: str = value_node.value
                if value_node.style or (text not in PLAIN_WORDS and text[0] not in NUMBER_START):
                    value = text
                else:
                    value = self.build(value_node, depth)
            else:
                value = self.build(value_node, depth)
            if key is None:
                continue
            if key in result:
                if first_keys is None:
                    first_keys = _first_key_nodes(node)
                self.problems.append(_duplicate_problem(key_node, key, first_keys[key]))
                continue
            result[key] = value
        return result

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
    """Each key of a mapping → the node where it first appears: one pass, done only for a mapping
    that has a duplicate, so that every duplicate after it costs a dict look-up."""
    first: dict[str | int, Node] = {}
    for key_node, _ in mapping.value:
        if isinstance(key_node, ScalarNode):
            first.setdefault(scalar_key(key_node)[0], key_node)
    return first


def _duplicate_problem(key_node: Node, key: str | int, first: Node) -> YamlProblem:
    message = msg("yaml.duplicate-key", key=show(key), first_line=first.start_mark.line + 1)
    return YamlProblem(*node_position(key_node), message, "yaml-duplicate-key")
