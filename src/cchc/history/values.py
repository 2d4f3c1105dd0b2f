"""Loaded values compared by meaning, and spelled for a message.

Two revisions of a file are compared as the strict YAML layer loads them (`cchc.yaml`), never as
text: indentation, comments, key order, line ends, a BOM, NFD text and quoting style that loads
to the same value are not changes. One spelling difference is not a change either: a whole number
and the text of its digits (`deadline: 2017` and `deadline: "2017"`), which every field that
takes both (periods) reads alike. `true` is not `1`, and text is never a number otherwise.
"""

from __future__ import annotations

import re
from typing import Any

__all__ = ["Canon", "canon", "same", "spell"]

Canon = tuple[Any, ...]
_WHOLE = re.compile(r"-?(?:0|[1-9][0-9]{0,17})")


def canon(value: object) -> Canon:
    """A hashable key that two values share exactly when they mean the same."""
    if isinstance(value, bool):
        return ("b", value)
    if isinstance(value, int | float):
        return ("n", value)  # 30 and 30.0 hash and compare alike
    if isinstance(value, str):
        return ("n", int(value)) if _WHOLE.fullmatch(value) else ("s", value)
    if isinstance(value, dict):
        return ("d", tuple(sorted((canon(k), canon(v)) for k, v in value.items())))
    if isinstance(value, list):
        return ("l", tuple(canon(item) for item in value))
    return ("z", repr(value))


def same(a: object, b: object) -> bool:
    return canon(a) == canon(b)


def spell(value: object, limit: int = 60) -> str:
    """A value as a reader would write it in YAML's flow style, on one line, cut at `limit`."""
    text = _spell(value)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _spell(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return repr(value)  # repr escapes line breaks: a message stays one line
    if isinstance(value, dict):
        return "{" + ", ".join(f"{k}: {_spell(v)}" for k, v in value.items()) + "}"
    if isinstance(value, list):
        return "[" + ", ".join(_spell(v) for v in value) + "]"
    if value is None:
        return "null"
    return str(value)
