"""The end of a message that says the fix: "did you mean 'stp'?", "write 45.5".

A hint is a `Message` to put in a message's `{hint}` (or the empty string when there is none), so
the schema messages and the checks word it the same way in both languages.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from cchc.i18n import Message, msg
from cchc.suggest import suggest

__all__ = ["decimal_point", "did_you_mean", "quoted"]

_DECIMAL_COMMA = re.compile(r"[+-]?[0-9]+,[0-9]+")


def quoted(values: Iterable[str]) -> str:
    """`'a', 'b'`: ids as a message lists them."""
    return ", ".join(f"'{value}'" for value in values)


def did_you_mean(
    word: object, choices: Mapping[str, Iterable[str]] | Iterable[str] | None
) -> Message | str:
    """The hint " (did you mean 'stp'?)" when `word` is close to one of `choices` (ids, or ids
    mapped to their names), else "" (also when the choices are unknown: None)."""
    if not isinstance(word, str) or choices is None:
        return ""
    found = suggest(word, choices)
    return msg("hint.did-you-mean", choices=quoted(found)) if found else ""


def decimal_point(value: object) -> Message | str:
    """ "; write decimals with a point: 45.5" for `45,5`, else ""."""
    if isinstance(value, str) and _DECIMAL_COMMA.fullmatch(value.strip()):
        return msg("hint.decimal-point", value=value.strip().replace(",", "."))
    return ""
