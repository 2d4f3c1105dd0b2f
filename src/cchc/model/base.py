"""What every file model shares: the `Record` base, the configs of the parts inside a file, and
the validated scalars (identifiers, document numbers, periods, durations, figures) and `Document`.

Custom errors use `PydanticCustomError` with our own type names; `schemaerrors` turns them, and
pydantic's built-in errors, into catalogue messages.
"""

import datetime as dt
import re
from functools import lru_cache
from typing import Annotated

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, StringConstraints
from pydantic.dataclasses import dataclass
from pydantic_core import PydanticCustomError

from cchc.bounds import MAX_ENTRIES, check_figure
from cchc.i18n import Message
from cchc.periods import DurationError, PeriodError, parse_duration, parse_period


class Record(BaseModel):
    """Base of every file model: strict about keys, immutable once loaded."""

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True, defer_build=True)


PART_CONFIG = ConfigDict(extra="forbid", populate_by_name=True, defer_build=True)
"""The parts every task or target holds (an update, a measurement, a document, a deadline) are
frozen, slotted pydantic dataclasses with this config, validated inside their file's model: strict
about keys like a `Record`, but without a model's per-object dict and set of the fields set, they
take a fifth of the memory — and 100,000 tasks hold half a million parts.

The plan's own parts (areas, agencies, groups, events, scales) are few, so they are `Record`s: a
model class is about a millisecond cheaper to define than a slotted pydantic dataclass, which every
command pays at start-up."""

Slug = Annotated[
    str,
    StringConstraints(pattern=r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$"),
    Field(
        description="Short ASCII identifier: letters, digits, '-', '_', '.' (T06, snv, ubnd-quy-nhon)"
    ),
]
Text = Annotated[str, StringConstraints(min_length=1)]

ENTRY_CONFIG = ConfigDict(
    extra="forbid",
    populate_by_name=True,
    defer_build=True,
    # A correction names what it corrects and says why; JSON Schema can say both go together.
    json_schema_extra={"dependentRequired": {"corrects": ["reason"], "reason": ["corrects"]}},
)
"""Config of a log entry (an update, a measurement), which may be a correction."""

Corrects = Annotated[
    int,
    Field(
        ge=1,
        le=MAX_ENTRIES,
        description="This entry is a correction: it replaces entry N of the same list (1 is the "
        "first), which stays in the file; the report and the state use the correction",
    ),
]
Reason = Annotated[Text, Field(description="Why a correction was needed (with `corrects`)")]

# Vietnamese document numbers: `số/KÝ-HIỆU`, e.g. 536/QĐ-UBND, 05-CTr/TU, 873/TTr-SNV, 108/2014/NĐ-CP,
# 36a/NQ-CP. The number part may carry a letter or a dash-suffix; an optional year follows it.
_DOC_NUMBER = re.compile(
    r"^[0-9]+[a-zđ]?(?:-[A-Za-zĐđ]+)?(?:/[0-9]{4})?/[A-ZĐ][A-Za-zĐđ0-9]*(?:-[A-ZĐa-zđ0-9]+)*$"
)


def _check_doc_number(value: str) -> str:
    if not _DOC_NUMBER.match(value):
        raise PydanticCustomError(
            "doc_number",
            "malformed document number '{value}'",
            {"value": value},
        )
    return value


DocNumber = Annotated[
    str,
    AfterValidator(_check_doc_number),
    Field(
        description="Vietnamese document number `số/KÝ-HIỆU`, e.g. 536/QĐ-UBND, 05-CTr/TU",
        json_schema_extra={"pattern": _DOC_NUMBER.pattern},
    ),
]


@lru_cache(maxsize=4096)
def period_problem(value: int | str) -> Message | None:
    """Why `value` is not a period, or None. Cached: ten thousand files share a handful of period
    spellings (and `schemaerrors` asks again for the words of the error)."""
    try:
        parse_period(value)
    except PeriodError as error:
        return error.as_message()
    return None


def _check_period(value: int | str) -> int | str:
    problem = period_problem(value)
    if problem is not None:
        raise PydanticCustomError("period", "{reason}", {"reason": problem.text("en")})
    return value


PeriodText = Annotated[
    int | str,
    AfterValidator(_check_period),
    Field(description="A period: 2017, 2017H1, 2017Q3, 2017-05, 2017-05-10, 2016..2020"),
]


def duration_problem(value: int | str) -> Message | None:
    """Why `value` is not a duration, or None."""
    try:
        parse_duration(value)
    except DurationError as error:
        return error.as_message()
    return None


def _check_duration(value: int | str) -> int | str:
    problem = duration_problem(value)
    if problem is not None:
        raise PydanticCustomError("duration", "{reason}", {"reason": problem.text("en")})
    return value


DurationText = Annotated[
    int | str,
    AfterValidator(_check_duration),
    Field(description="A duration: 30d, 8w, 6m, 1y, '6 tháng'"),
]


FigureOrText = Annotated[float | int | Text, AfterValidator(check_figure)]
"""A measured or promised value: a number (within the figure bounds) or a scale's level."""


@dataclass(frozen=True, slots=True, kw_only=True, config=PART_CONFIG)
class Document:
    """An official document: a decision, a plan, a report — the evidence a task was done."""

    number: DocNumber
    date: dt.date
    issuer: Text | None = None
    title: Text | None = None
    url: Text | None = None
    signer: Text | None = None
    signer_title: Text | None = None
