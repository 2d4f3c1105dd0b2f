"""Text → one node tree: libyaml's C composer when available, PyYAML's pure-Python one otherwise.

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

from cchc.i18n import msg
from cchc.yaml.problem import YamlProblem, event_position
from cchc.yaml.syntax import from_yaml_error

IMPLICIT = "\x00"
"""Tag our resolver gives every untagged node, so any other tag on a node was written in the file.
The few spellings that reach the resolver anyway (the non-specific '!', an escaped NUL) leave a
'!' at the node's start, which the builder checks."""


class _NoResolve:
    """Resolver hooks the composers call; we resolve scalars ourselves (YAML 1.2) while building.

    Returning a constant also skips PyYAML's regex-based YAML 1.1 resolver, which is about 40 % of
    the cost of composing a typical file.
    """

    def descend_resolver(self, current_node: object, current_index: object) -> None:
        return None

    def ascend_resolver(self) -> None:
        return None

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

    new_parser = _CComposer
except ImportError:  # pragma: no cover - depends on how PyYAML was built
    new_parser = PyComposer


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
