"""Bounds that keep every output printable and every run bounded: the size of a figure, the
length of a list. The models use them; a value outside is a problem (`range`,
`too-many-entries`), never a crash in a table or a report three commands later.
"""

import math
from decimal import Decimal
from typing import Annotated, Any

from pydantic import AfterValidator, BeforeValidator, Field
from pydantic_core import PydanticCustomError

__all__ = [
    "MAX_ENTRIES",
    "MAX_FIGURE",
    "MAX_PLAN_ENTRIES",
    "MIN_FIGURE",
    "Figure",
    "WholeFigure",
    "check_figure",
    "figure_text",
]

MAX_FIGURE = 10**15
"""The largest size of any number in the data: every table, chart and report prints it."""
MIN_FIGURE = 1e-6
"""The smallest size of a number other than 0: a ratio of two figures stays printable."""


def figure_text(value: float | int) -> str:
    """A number as a message shows it, whatever its size (a 400-digit int included)."""
    if isinstance(value, float) and not math.isfinite(value):
        return str(value)
    if abs(value) < 10**12:
        return f"{value:g}" if isinstance(value, float) else str(value)
    return f"{Decimal(value):.3e}".replace("E", "e")


def check_figure(value: Any) -> Any:
    """Numbers (not text, not booleans) are finite and sized between MIN_FIGURE and MAX_FIGURE."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return value
    size = abs(value)
    if not size <= MAX_FIGURE or (size and size < MIN_FIGURE):  # `not <=` is also true for NaN
        raise PydanticCustomError(
            "figure_range",
            "a number must be finite, at most 10^15 and, unless 0, at least 10^-6 in size",
            {"value": figure_text(value)},
        )
    return value


_FIGURE_BOUNDS = {"minimum": -MAX_FIGURE, "maximum": MAX_FIGURE}
# Checked before the float conversion too: an int of 400 digits does not convert to a float.
Figure = Annotated[float, BeforeValidator(check_figure), Field(json_schema_extra=_FIGURE_BOUNDS)]
WholeFigure = Annotated[int, AfterValidator(check_figure), Field(json_schema_extra=_FIGURE_BOUNDS)]

# pydantic stops at the first entry past a list's cap: a 2 MiB list of bad entries costs one error.
MAX_ENTRIES = 1000
"""The longest list in a task or target file (updates, measurements, leads); a real one has tens."""
MAX_PLAN_ENTRIES = 10_000
"""The longest list in a plan file (agencies, areas, events, scales, a group's members)."""
