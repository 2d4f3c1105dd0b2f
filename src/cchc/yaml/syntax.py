"""A PyYAML parser error → one positioned problem that says what is wrong and how to fix it."""

from __future__ import annotations

import yaml

from cchc.i18n import Message, msg
from cchc.yaml.limits import MAX_DEPTH
from cchc.yaml.problem import YamlProblem

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
