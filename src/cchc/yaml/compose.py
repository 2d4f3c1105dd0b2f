"""Text → one node tree: libyaml's C composer when available, PyYAML's pure-Python one otherwise;
and a parser error → one positioned problem that says what is wrong and how to fix it.

Neither expands an alias (the composed tree reuses the anchored node), and neither resolves a
scalar: our resolver hook gives every untagged node the same placeholder tag, and `build` applies
the YAML 1.2 core schema itself.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

import yaml
from yaml.composer import Composer
from yaml.events import Event, StreamEndEvent
from yaml.nodes import Node, ScalarNode
from yaml.parser import Parser
from yaml.reader import Reader
from yaml.scanner import Scanner

from cchc.i18n import Message, msg
from cchc.yaml.limits import MAX_DEPTH
from cchc.yaml.problem import YamlProblem, event_position

IMPLICIT = "\x00"
"""Tag our resolver gives every untagged node, so any other tag on a node was written in the file.
The few spellings that reach the resolver anyway (the non-specific '!', an escaped NUL) leave a
'!' at the node's start, which the builder checks."""


class _NoResolve:
    """Resolver hooks the composers call; we resolve scalars ourselves (YAML 1.2) while building.

    Returning a constant also skips PyYAML's regex-based YAML 1.1 resolver, which is about 40 % of
    the cost of composing a typical file.
    """

    __slots__ = ()  # the C composer's instances need no dict

    # The composer calls these two around every node and ignores what they return: builtin types
    # that accept the same arguments cost no Python frame (about 5 % of composing a typical file),
    # and a type is not bound to the instance it is looked up on, so needs no staticmethod.
    descend_resolver = slice  # (current_node, current_index)
    ascend_resolver = tuple  # ()

    def resolve(self, kind: object, value: object, implicit: object) -> str:
        return IMPLICIT


class PyComposer(Reader, Scanner, Parser, Composer, _NoResolve):
    """Fallback when PyYAML was built without libyaml: same interface, pure Python, slower."""

    def __init__(self, stream: str) -> None:
        Reader.__init__(self, stream)
        Scanner.__init__(self)
        Parser.__init__(self)
        Composer.__init__(self)


class ParserLike(Protocol):
    def check_node(self) -> bool: ...
    def get_node(self) -> Node | None: ...
    def get_event(self) -> Event | None: ...
    def peek_event(self) -> Event | None: ...
    def dispose(self) -> None: ...


new_parser: Callable[[str], ParserLike]
"""A composer over a text (the tests swap in `PyComposer` to check that both agree)."""
try:
    from yaml._yaml import CParser as _CParser

    class _CComposer(_CParser, _NoResolve):
        """libyaml's composer with our no-op resolver and nothing from PyYAML's constructors."""

        __slots__ = ()

    new_parser = _CComposer
except ImportError:  # pragma: no cover - depends on how PyYAML was built
    new_parser = PyComposer


# ------------------------------------------------------------------------------------ parser errors

# (needle in PyYAML's problem text, rule, catalogue key), first match wins. The needles are
# libyaml's wording; the pure-Python parser's other ones fall to the general "yaml.syntax".
SYNTAX_MESSAGES: tuple[tuple[str, str, str], ...] = (
    ("exceeded maximum nesting depth", "yaml-too-deep", "yaml.too-deep"),
    ("alias", "yaml-alias", "yaml.syntax.alias"),
    ("anchor", "yaml-alias", "yaml.syntax.anchor"),
    ("undefined tag handle", "yaml-tag", "yaml.syntax.tag-handle"),
    ("tab character", "yaml-syntax", "yaml.syntax.tab-indent"),
    ("cannot start any token", "yaml-syntax", "yaml.syntax.bad-start"),
    ("mapping values are not allowed", "yaml-syntax", "yaml.syntax.colon-space"),
    ("could not find expected ':'", "yaml-syntax", "yaml.syntax.missing-colon"),
    ("did not find expected key", "yaml-syntax", "yaml.syntax.key-indent"),
    ("did not find expected '-' indicator", "yaml-syntax", "yaml.syntax.item-indent"),
    ("did not find expected ',' or ']'", "yaml-syntax", "yaml.syntax.unclosed-list"),
    ("did not find expected ',' or '}'", "yaml-syntax", "yaml.syntax.unclosed-mapping"),
    ("found unexpected end of stream", "yaml-syntax", "yaml.syntax.unclosed-end"),
    ("unknown escape character", "yaml-syntax", "yaml.syntax.bad-escape"),
    ("block sequence entries are not allowed", "yaml-syntax", "yaml.syntax.item-here"),
    ("did not find expected node content", "yaml-syntax", "yaml.syntax.missing-value"),
    ("unexpected document indicator", "yaml-syntax", "yaml.syntax.marker-in-text"),
    ("directive", "yaml-syntax", "yaml.syntax.directive"),
    ("did not find expected <document start>", "yaml-syntax", "yaml.syntax.after-end"),
)


def too_deep_problem(line: int, column: int) -> YamlProblem:
    return YamlProblem(
        line, column, msg("yaml.too-deep", levels=MAX_DEPTH, where=""), "yaml-too-deep"
    )


def clamp(text: str, line0: int, column0: int) -> tuple[int, int]:
    """1-based position inside ``text`` from a (possibly past-the-end) 0-based parser mark."""
    lines = text.split("\n")
    line = min(max(line0, 0), len(lines) - 1)
    column = min(max(column0, 0), len(lines[line]))
    return line + 1, column + 1


def from_yaml_error(exc: yaml.YAMLError, text: str) -> YamlProblem:
    """Turn a PyYAML exception into a positioned, explained problem (problem mark, else context)."""
    problem = str(getattr(exc, "problem", None) or exc)
    context = str(getattr(exc, "context", None) or "")
    mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
    line, column = clamp(text, mark.line, mark.column) if mark is not None else (1, 1)
    start = getattr(exc, "context_mark", None)
    where: Message | str = ""
    if start is not None and start.line + 1 != line:
        where = msg("yaml.started-at", line=start.line + 1)
    haystack = problem + " " + context
    for needle, rule, key in SYNTAX_MESSAGES:
        if needle in haystack:
            if rule == "yaml-too-deep":
                return YamlProblem(line, column, msg(key, levels=MAX_DEPTH, where=where), rule)
            return YamlProblem(line, column, msg(key, where=where), rule)
    detail = " ".join(f"{context} {problem}".split())
    return YamlProblem(line, column, msg("yaml.syntax", detail=detail, where=where), "yaml-syntax")


# ---------------------------------------------------------------------------------------- composing


class TooDeepError(Exception):
    """The composer itself gave up on depth: only the event scan can say where."""


def multi_document_problem(line: int, column: int) -> YamlProblem:
    return YamlProblem(line, column, msg("yaml.multi-document"), "yaml-multi-document")


def compose_document(
    text: str, problems: list[YamlProblem], scanned: bool
) -> tuple[bool, Node | None]:
    """(composed, root): whether the text could be composed (a syntax error is then in
    ``problems``), and the first document's root node, None for an empty file. A second document
    is reported and left alone. Raises `TooDeepError` when nesting by indentation alone was too
    deep for the composer and the event scan has not looked at this text yet (not ``scanned``)."""
    parser = new_parser(text)
    try:
        if not parser.check_node():
            return True, None
        root = parser.get_node()
        try:
            following = parser.peek_event()
        except yaml.YAMLError as exc:  # after a '...' end: the first document itself is fine
            problem = from_yaml_error(exc, text)
            if "document start" in str(exc):  # libyaml wants '---' before a second document
                problem = multi_document_problem(problem.line, problem.column)
            problems.append(problem)
        else:
            if following is not None and not isinstance(following, StreamEndEvent):
                problems.append(multi_document_problem(*event_position(following)))
    except yaml.YAMLError as exc:
        problem = from_yaml_error(exc, text)
        if problem.rule != "yaml-too-deep" or scanned:
            problems.append(problem)
            return False, None
        raise TooDeepError from None  # libyaml's own limit (1000 levels), by deep indentation
    except RecursionError:  # the pure-Python composer recurses in Python, and hits its limit
        raise TooDeepError from None
    finally:
        parser.dispose()
    if root is None or (
        isinstance(root, ScalarNode)
        and root.value == ""
        and not root.style
        and root.tag == IMPLICIT
    ):
        return True, None  # a lone '---' gives an empty node positioned past the end: empty file
    return True, root
