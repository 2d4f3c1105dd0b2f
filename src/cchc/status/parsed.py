"""The period cache task and target state share."""

from __future__ import annotations

from functools import lru_cache

from cchc.periods import Period, parse_period


@lru_cache(maxsize=4096)
def period(value: int | str) -> Period:
    """Parsed once per distinct spelling: ten thousand tasks share a handful of deadlines."""
    return parse_period(value)
