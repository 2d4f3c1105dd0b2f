"""The period reader task and target state share.

`period` is `cchc.periods.parse_period`, which remembers each spelling it has read: ten thousand
tasks share a handful of deadlines, and the checks and the state read the same ones.
"""

from __future__ import annotations

from cchc.periods import parse_period as period

__all__ = ["period"]
