"""The event scan: anchors, aliases, nesting depth and the number of values, from libyaml's event
stream before anything is composed (the event stream needs no recursion, so any depth is safe to
look at). Part of the full way of reading a file."""

from __future__ import annotations

import yaml
from yaml.events import (
    AliasEvent,
    DocumentEndEvent,
    DocumentStartEvent,
    Event,
    MappingEndEvent,
    MappingStartEvent,
    SequenceEndEvent,
    SequenceStartEvent,
    StreamEndEvent,
    StreamStartEvent,
)

from cchc.i18n import msg
from cchc.yaml import compose
from cchc.yaml.compose import from_yaml_error, too_deep_problem
from cchc.yaml.limits import MAX_DEPTH, MAX_NODES, MAX_PER_RULE
from cchc.yaml.problem import YamlProblem, event_position


def too_many_values_problem(event: Event) -> YamlProblem:
    message = msg("yaml.too-many-values", limit=MAX_NODES)
    return YamlProblem(*event_position(event), message, "yaml-too-large")


def alias_problem(line: int, column: int, sigil: str, name: str) -> YamlProblem:
    message = msg("yaml.anchor", name=name) if sigil == "&" else msg("yaml.alias", name=name)
    return YamlProblem(line, column, message, "yaml-alias")


def scan_events(text: str, problems: list[YamlProblem]) -> bool:
    """Check depth and size, and find anchors/aliases in the event stream, before anything is
    composed.

    libyaml produces events iteratively (no recursion), so a million-deep ``[[[[`` is refused here
    at level MAX_DEPTH + 1 instead of reaching the recursive composer, and a million values at the
    value MAX_NODES + 1. Aliases get their own position here, which the composed nodes cannot give
    (an alias *is* the anchored node). Returns whether composing is still worth doing.
    """
    parser = compose.new_parser(text)
    values = 0
    depth = 0
    documents = 0
    reported = 0
    try:
        while True:
            event = parser.get_event()
            kind = type(event)
            if event is None or kind is StreamEndEvent:
                return True
            if kind is DocumentStartEvent:
                documents += 1
                if documents > 1:  # the composing pass reports it
                    return True
                continue
            if kind is SequenceEndEvent or kind is MappingEndEvent:
                depth -= 1
                continue
            if kind is StreamStartEvent or kind is DocumentEndEvent:
                continue
            values += 1  # a scalar, an alias or the start of a collection
            if values > MAX_NODES:
                problems.append(too_many_values_problem(event))
                return False
            line, column = event_position(event)
            anchor: object = getattr(event, "anchor", None)
            if anchor is not None and reported < MAX_PER_RULE:
                sigil = "*" if kind is AliasEvent else "&"
                problems.append(alias_problem(line, column, sigil, str(anchor)))
                reported += 1
            if kind is SequenceStartEvent or kind is MappingStartEvent:
                depth += 1
                if depth > MAX_DEPTH:
                    problems.append(too_deep_problem(line, column))
                    return False
    except yaml.YAMLError as exc:
        problem = from_yaml_error(exc, text)
        mark = getattr(exc, "problem_mark", None)
        if problem.rule == "yaml-too-deep" and mark is not None and 0 < mark.index < len(text):
            # libyaml scans ahead over a run of '[' (each one might open a key) and stops at its
            # own limit (1000 levels) before handing out a single event. Cut there, the text still
            # holds the level where it first went too deep, and the scanner reaches its end.
            retry: list[YamlProblem] = []
            if not scan_events(text[: mark.index], retry) and retry[-1].rule == "yaml-too-deep":
                problem = retry[-1]
        problems.append(problem)
        return False
    finally:
        parser.dispose()
