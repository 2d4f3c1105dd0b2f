"""Pydantic's validation errors, said for people: a catalogue message with the fix, and its rule.

Pydantic reports `{'type': 'extra_forbidden', 'loc': ('updates', 0, 'stauts'), ...}`; staff need
"trường 'stauts' không có trong mẫu (có phải 'status'?); các trường hợp lệ: date, status, note, …".
This module owns that translation, including finding which model a `loc` points into so an unknown
key can name the keys that are allowed there, and the one a typo meant.
"""

from __future__ import annotations

import datetime as dt
import re
import types
import typing
from collections.abc import Callable, Sequence
from functools import lru_cache
from typing import Any, NamedTuple

from pydantic import BaseModel
from pydantic.dataclasses import is_pydantic_dataclass
from pydantic.fields import FieldInfo
from pydantic_core import ErrorDetails

from cchc import rules
from cchc.bounds import figure_text
from cchc.hints import decimal_point, did_you_mean, quoted
from cchc.i18n import Message, msg
from cchc.model import STATUS_WORDS, Status, duration_problem, file_models, period_problem
from cchc.periods import no_such_day
from cchc.rules import Rule

__all__ = ["Described", "describe", "known_fields", "model_at"]


class Described(NamedTuple):
    """One pydantic error, said for people: the message, its rule, and whether it belongs at the
    key (an unknown field) rather than at the value."""

    message: Message
    rule: Rule
    at_key: bool = False


Shape = type[Any]
"""A file model (a pydantic `BaseModel`) or a part of one (a pydantic dataclass)."""


def _fields_of(shape: Shape) -> dict[str, FieldInfo]:
    if isinstance(shape, type) and issubclass(shape, BaseModel):
        return dict(shape.model_fields)
    return dict(getattr(shape, "__pydantic_fields__", {}))


def _is_shape(value: Any) -> bool:
    return isinstance(value, type) and (
        issubclass(value, BaseModel) or is_pydantic_dataclass(value)
    )


def _models_in(annotation: Any) -> list[Shape]:
    """Every model or part reachable inside a type annotation (through Optional, list, unions)."""
    found: list[Shape] = []
    stack = [annotation]
    while stack:
        current = stack.pop()
        if _is_shape(current):
            found.append(current)
            continue
        origin = typing.get_origin(current)
        if origin is typing.Annotated:
            stack.append(typing.get_args(current)[0])
        elif origin in (typing.Union, types.UnionType, list, tuple, dict):
            stack.extend(typing.get_args(current))
    return found


def _field_names(shape: Shape) -> list[str]:
    return [info.alias or name for name, info in _fields_of(shape).items()]


@lru_cache(maxsize=1)
def known_fields() -> frozenset[str]:
    """Every field name (and alias) of every file kind, at any depth."""
    names: set[str] = set()
    seen: set[Shape] = set()
    stack: list[Shape] = list(file_models().values())
    while stack:
        shape = stack.pop()
        if shape in seen:
            continue
        seen.add(shape)
        for name, info in _fields_of(shape).items():
            names.update((name, info.alias) if info.alias else (name,))
            stack.extend(_models_in(info.annotation))
    return frozenset(names)


def model_at(root: Shape, loc: Sequence[str | int]) -> Shape | None:
    """The model (or part) whose field `loc[-1]` is, following `loc[:-1]` down from `root`."""
    candidates: list[Shape] = [root]
    for element in loc[:-1]:
        if not isinstance(element, str):
            continue  # list index: stays with the list's item models
        owner = next(
            (
                info
                for shape in candidates
                for name, info in _fields_of(shape).items()
                if element in (name, info.alias)
            ),
            None,
        )
        if owner is not None:
            candidates = _models_in(owner.annotation)
        else:
            # A union tag such as 'window' picks the member whose class name matches.
            tagged = [m for m in candidates if m.__name__.lower() == element.lower()]
            if tagged:
                candidates = tagged
        if not candidates:
            return None
    return candidates[0] if candidates else None


def _show(value: Any) -> str:
    """A value as a message quotes it: text as is, numbers of any size, the rest by repr."""
    if isinstance(value, str):
        text = value
    elif isinstance(value, int | float) and not isinstance(value, bool):
        text = figure_text(value)
    else:
        text = repr(value)
    return text if len(text) <= 60 else text[:57] + "…"


_ISO_SHAPE = re.compile(r"([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})")
_DAY_FIRST = re.compile(r"([0-9]{1,2})/([0-9]{1,2})/([0-9]{4})")


def _date_message(value: Any) -> Message:
    """A date pydantic refused: a day that does not exist says so; `31/5/2017` gets its ISO
    spelling; anything else gets the format."""
    text = value.strip() if isinstance(value, str) else ""
    if match := _ISO_SHAPE.fullmatch(text):
        year, month, day = (int(part) for part in match.groups())
        if not 1 <= month <= 12:
            return msg("schema.no-such-day", value=text, reason=msg("period.reason.month"))
        try:
            dt.date(year, month, day)
        except ValueError:
            return msg("schema.no-such-day", value=text, reason=no_such_day(year, month, day))
    elif match := _DAY_FIRST.fullmatch(text):
        day, month, year = (int(part) for part in match.groups())
        try:
            iso = dt.date(year, month, day).isoformat()
        except ValueError:
            return msg("schema.no-such-day", value=text, reason=_day_reason(year, month, day))
        return msg("schema.date-iso", value=text, iso=iso)
    return msg("schema.date", value=_show(value))


def _day_reason(year: int, month: int, day: int) -> Message:
    return no_such_day(year, month, day) if 1 <= month <= 12 else msg("period.reason.month")


def _choice_hint(field: str, value: Any, expected: list[str]) -> Message | str:
    if field == "status":
        words = {status.value: STATUS_WORDS[status] for status in Status}
        return did_you_mean(value, words)
    return did_you_mean(value, expected)


_DATE_KINDS = frozenset(
    {"date_parsing", "date_from_datetime_parsing", "date_type", "date_from_datetime_inexact"}
)
_RANGE_KINDS = {
    "greater_than_equal": ("schema.range.ge", "ge"),
    "greater_than": ("schema.range.gt", "gt"),
    "less_than_equal": ("schema.range.le", "le"),
    "less_than": ("schema.range.lt", "lt"),
}
_FIXED = {
    "group_members": ("schema.group-members", rules.GROUP_MEMBERS),
    "unit_or_scale": ("schema.unit-or-scale", rules.UNIT_OR_SCALE),
    "change_needs_baseline": ("schema.baseline", rules.BASELINE),
    "recurrence_order": ("schema.recurrence", rules.RECURRENCE),
}


def describe(
    error: ErrorDetails,
    root: Shape,
    id_hint: Callable[[tuple[str | int, ...], object], Message | str] | None = None,
) -> Described:
    """One pydantic error of a `root` file, said for people. `id_hint` says what an id that is not
    well-formed may have meant (the loader knows the ids the plan defines)."""
    kind = error["type"]
    loc = error["loc"]
    field = next((str(e) for e in reversed(loc) if isinstance(e, str)), "")
    value = error.get("input")
    ctx = error.get("ctx") or {}

    if kind in ("missing", "missing_argument"):
        return Described(msg("schema.missing", field=field), rules.MISSING_FIELD)
    if kind in ("extra_forbidden", "unexpected_keyword_argument"):
        model = model_at(root, loc)
        allowed = _field_names(model) if model else []
        hint = did_you_mean(field, allowed)
        text = msg("schema.unknown-field", field=field, hint=hint, allowed=", ".join(allowed))
        return Described(text, rules.UNKNOWN_FIELD, at_key=True)
    if kind == "doc_number":
        return Described(msg("schema.doc-number", value=_show(value)), rules.DOC_NUMBER)
    if kind in ("period", "duration"):
        problem = (period_problem if kind == "period" else duration_problem)(value)
        reason = str(ctx.get("reason", ""))
        text = problem if problem is not None else msg("schema.reason", reason=reason)
        return Described(text, rules.PERIOD if kind == "period" else rules.DURATION)
    if kind in _DATE_KINDS:
        return Described(_date_message(value), rules.DATE)
    if kind in ("literal_error", "enum"):
        expected = re.findall(r"'([^']*)'", str(ctx.get("expected", "")))
        text = msg(
            "schema.invalid-value",
            value=_show(value),
            field=field,
            hint=_choice_hint(field, value, expected),
            expected=quoted(expected) if expected else str(ctx.get("expected", "")),
        )
        return Described(text, rules.INVALID_VALUE)
    if kind == "string_pattern_mismatch":
        meant = id_hint(tuple(loc), value) if id_hint is not None else ""
        text = msg("schema.invalid-id", value=_show(value), field=field, hint=meant)
        return Described(text, rules.INVALID_ID)
    if kind in ("too_short", "string_too_short"):
        return Described(msg("schema.empty", field=field), rules.EMPTY)
    if kind == "too_long":
        count = ctx.get("actual_length")
        text = msg(
            "schema.too-many-entries",
            field=field,
            count=count if isinstance(count, int) else "?",
            limit=ctx.get("max_length", "?"),
        )
        return Described(text, rules.TOO_MANY_ENTRIES)
    if kind in ("int_type", "int_parsing", "int_from_float"):
        return Described(msg("schema.whole-number", field=field, value=_show(value)), rules.TYPE)
    if kind in ("float_type", "float_parsing"):
        hint = decimal_point(value)
        return Described(
            msg("schema.number", field=field, value=_show(value), hint=hint), rules.TYPE
        )
    if kind == "string_type":
        return Described(msg("schema.text", field=field, value=_show(value)), rules.TYPE)
    if kind in ("bool_type", "bool_parsing"):
        return Described(msg("schema.bool", field=field), rules.TYPE)
    if kind == "list_type":
        return Described(msg("schema.list", field=field), rules.TYPE)
    if kind in ("model_type", "model_attributes_type", "dict_type", "dataclass_type"):
        if not field:
            return Described(msg("schema.file-mapping"), rules.TYPE)
        return Described(msg("schema.mapping", field=field), rules.TYPE)
    if kind in _RANGE_KINDS:
        key, bound = _RANGE_KINDS[kind]
        text = msg(key, field=field, value=_show(value), bound=_show(ctx.get(bound, "")))
        return Described(text, rules.RANGE)
    if kind == "figure_range":
        return Described(msg("schema.figure-range", field=field, value=_show(value)), rules.RANGE)
    if kind in _FIXED:
        key, fixed_rule = _FIXED[kind]
        return Described(msg(key), fixed_rule)
    if kind in ("union_tag_invalid", "union_tag_not_found"):
        return Described(msg("schema.invalid-form", field=field), rules.TYPE)
    return Described(
        msg("schema.other", field=field, reason=str(error.get("msg", kind))), rules.INVALID_VALUE
    )
