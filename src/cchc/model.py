"""The pydantic schema of every file kind (SPEC §2).

The models only describe the shape of one file; rules that need more than one record (does this agency
exist? are the updates in order?) live in `checks`. Every model forbids unknown keys, so a typo such as
`deadlne:` is an error that names the allowed keys instead of a value silently ignored.

Custom errors use `PydanticCustomError` with our own type names; `schemaerrors` turns them, and
pydantic's built-in errors, into catalogue messages.

Numbers are `Figure`s and lists are capped (`cchc.bounds`), so what validates can be printed.
"""

import datetime as dt
import re
from functools import lru_cache
from typing import Annotated, Any, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Discriminator,
    Field,
    StringConstraints,
    Tag,
    model_validator,
)
from pydantic.dataclasses import dataclass
from pydantic_core import PydanticCustomError

from cchc.bounds import (
    MAX_ENTRIES,
    MAX_FIGURE,
    MAX_PLAN_ENTRIES,
    Figure,
    WholeFigure,
    check_figure,
)

# The enums live apart so the command line can use them without pydantic; re-exported here for
# the modules that take every record type from the model.
from cchc.enums import Op as Op
from cchc.enums import Status as Status
from cchc.enums import TaskKind as TaskKind
from cchc.enums import Unit as Unit
from cchc.i18n import Message
from cchc.periods import DurationError, PeriodError, parse_duration, parse_period


class Record(BaseModel):
    """Base of every file model: strict about keys, immutable once loaded."""

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True, defer_build=True)


PART_CONFIG = ConfigDict(extra="forbid", populate_by_name=True, defer_build=True)
"""The parts of a file (an update, a document, a deadline, an agency) are frozen, slotted pydantic
dataclasses with this config, validated inside their file's model: strict about keys like a
`Record`, but without a model's per-object dict and set of the fields set, they take a fifth of
the memory — and 100,000 tasks hold half a million parts."""

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


# ---------------------------------------------------------------------------------------------- plan


@dataclass(frozen=True, slots=True, kw_only=True, config=PART_CONFIG)
class Reporting:
    """The plan's reporting duty (IV.1): which periods are reported, and who consolidates."""

    every: Annotated[
        list[Literal["quarter", "half", "year"]], Field(min_length=1, max_length=MAX_ENTRIES)
    ]
    coordinator: Slug
    text: Text | None = None
    source: Text | None = None
    due_days: int | None = Field(
        default=None,
        ge=-366,
        le=366,
        description="Days after a period's last day by which each agency's report is due "
        "(negative: before it); unset when the plan fixes no day, and then no report is late",
    )
    duties: list[Text] = Field(
        default=[],
        description="What every agency that reports must do (IV.1), in the plan's words",
    )


class Signature(Record):
    """Who a report is addressed to, who gets copies, and who signs it. Unset fields take the
    defaults of `cchc.report` (right for Sở Nội vụ's report to UBND tỉnh)."""

    addressees: list[Text] = Field(default=[], description='"Kính gửi": the bodies addressed')
    distribution: list[Text] = Field(
        default=[], description='"Nơi nhận": every line of the distribution list'
    )
    signer_authority: Text | None = Field(
        default=None, description="The line above the title: KT. GIÁM ĐỐC, TM. ỦY BAN NHÂN DÂN"
    )
    signer_title: Text | None = Field(default=None, description="GIÁM ĐỐC, PHÓ GIÁM ĐỐC …")
    signer: Text | None = Field(default=None, description="The signer's full name")


class ReportHeading(Signature):
    """What the heading of a Vietnamese administrative report needs."""

    parent_body: Text
    issuing_body: Text
    place: Text
    number: Text | None = None


class AgencyHeading(Signature):
    """How an agency's own reports are headed; unset fields come from its name and kind."""

    parent_body: Text | None = None
    issuing_body: Text | None = None
    number: Text | None = Field(default=None, description='The number line: "Số:     /BC-STP"')


class Plan(Record):
    """`plan/plan.yaml`: the decision, its period and reporting cadence."""

    id: Slug
    title: Text
    province: Text
    decision: Document
    implements: Document | None = None
    submission: Document | None = None
    period: PeriodText
    objectives: list[Text] = Field(default=[], max_length=MAX_PLAN_ENTRIES)
    requirements: list[Text] = Field(default=[], max_length=MAX_PLAN_ENTRIES)
    funding: list[Text] = Field(default=[], max_length=MAX_PLAN_ENTRIES)
    reporting: Reporting | None = None
    report: ReportHeading | None = None
    due_soon_days: int = Field(default=30, ge=0, le=366)
    source: Text | None = None


# --------------------------------------------------------------------------------- areas, agencies


@dataclass(frozen=True, slots=True, kw_only=True, config=PART_CONFIG)
class Area:
    id: Slug
    title: Text
    appendix_title: Text | None = None
    lead: Slug | None = None
    lead_source: Text | None = None
    source: Text | None = None


class AreasFile(Record):
    """`plan/areas.yaml`."""

    areas: list[Area] = Field(max_length=MAX_PLAN_ENTRIES)


AgencyKind = Literal["province", "department", "office", "party", "media", "district", "other"]


@dataclass(frozen=True, slots=True, kw_only=True, config=PART_CONFIG)
class Agency:
    id: Slug
    name: Text
    short_name: Text | None = None
    kind: AgencyKind = "other"
    duties: list[Text] = Field(default=[], max_length=MAX_ENTRIES)
    source: Text | None = None
    note: Text | None = None
    reports: bool = Field(
        default=False,
        description="The agency reports to the plan's coordinator every reporting period (IV.1)",
    )
    heading: AgencyHeading | None = None


@dataclass(frozen=True, slots=True, kw_only=True, config=PART_CONFIG)
class Group:
    """The plan's collective wording ("UBND cấp huyện"). Closed groups list every member; open ones
    ("các sở, ngành có liên quan") cannot, and never expand in roll-ups beyond the members they list."""

    id: Slug
    name: Text
    aliases: list[Text] = Field(default=[], max_length=MAX_ENTRIES)
    members: list[Slug] = Field(default=[], max_length=MAX_PLAN_ENTRIES)
    open: bool = False
    source: Text | None = None
    note: Text | None = None

    @model_validator(mode="after")
    def _closed_groups_have_members(self) -> "Group":
        if not self.open and not self.members:
            raise PydanticCustomError(
                "group_members", "a closed group needs members (or say open: true)", {}
            )
        return self


class AgenciesFile(Record):
    """`plan/agencies.yaml`."""

    agencies: list[Agency] = Field(max_length=MAX_PLAN_ENTRIES)
    groups: list[Group] = Field(default=[], max_length=MAX_PLAN_ENTRIES)


# ------------------------------------------------------------------------------------------ events


@dataclass(frozen=True, slots=True, kw_only=True, config=PART_CONFIG)
class Event:
    """An outside happening some deadlines wait for. Pending until `happened_on` is recorded."""

    id: Slug
    title: Text
    description: Text | None = None
    source: Text | None = None
    happened_on: dt.date | None = None
    reference: Text | None = None
    note: Text | None = None


class EventsFile(Record):
    """`plan/events.yaml`."""

    events: list[Event] = Field(default=[], max_length=MAX_PLAN_ENTRIES)


# ------------------------------------------------------------------------------------------ scales


@dataclass(frozen=True, slots=True, kw_only=True, config=PART_CONFIG)
class Level:
    label: Text
    min: Figure | None = None


@dataclass(frozen=True, slots=True, kw_only=True, config=PART_CONFIG)
class Scale:
    """An ordinal scale, best level first (PCI groups, PAPI groups, PAR Index levels)."""

    id: Slug
    name: Text
    levels: Annotated[list[Text | Level], Field(min_length=2, max_length=MAX_ENTRIES)]
    note: Text | None = None
    source: Text | None = None

    def labels(self) -> list[str]:
        return [level if isinstance(level, str) else level.label for level in self.levels]

    def level_for(self, value: float) -> str | None:
        """The level a published number falls in, when every level has its cut-off (`min`, best
        first); None while the cut-offs are not all known (the plan often gives none)."""
        bands = [(level.label, level.min) for level in self.levels if isinstance(level, Level)]
        if len(bands) != len(self.levels) or any(cut is None for _, cut in bands[:-1]):
            return None
        for label, cut in bands:
            if cut is None or value >= cut:
                return label
        return None


class ScalesFile(Record):
    """`plan/scales.yaml`."""

    scales: list[Scale] = Field(default=[], max_length=MAX_PLAN_ENTRIES)


# -------------------------------------------------------------------------------------- deadlines


@dataclass(frozen=True, slots=True, kw_only=True, config=PART_CONFIG)
class Window:
    """Active from the first period, due at the end of the last."""

    from_: Annotated[PeriodText, Field(alias="from")]
    to: PeriodText


@dataclass(frozen=True, slots=True, kw_only=True, config=PART_CONFIG)
class Conditional:
    """Due `within` after an outside event; pending while the event is."""

    after: Slug
    within: DurationText | None = None


@dataclass(frozen=True, slots=True, kw_only=True, config=PART_CONFIG)
class Recurrence:
    """Due every year from `from` to `to`, each year on its own."""

    every: Literal["year"]
    from_: Annotated[int, Field(alias="from", ge=1900, le=2199)]
    to: Annotated[int, Field(ge=1900, le=2199)]

    @model_validator(mode="after")
    def _ordered(self) -> "Recurrence":
        if self.to < self.from_:
            raise PydanticCustomError("recurrence_order", "'to' is before 'from'", {})
        return self


def _deadline_tag(value: Any) -> str | None:
    if isinstance(value, dict):
        if "every" in value:
            return "every"
        if "after" in value:
            return "after"
        return "window"
    if isinstance(value, Window):
        return "window"
    if isinstance(value, Conditional):
        return "after"
    if isinstance(value, Recurrence):
        return "every"
    return "period"


Deadline = Annotated[
    Annotated[PeriodText, Tag("period")]
    | Annotated[Window, Tag("window")]
    | Annotated[Conditional, Tag("after")]
    | Annotated[Recurrence, Tag("every")],
    Discriminator(_deadline_tag),
]


# ------------------------------------------------------------------------------------------- tasks


STATUS_WORDS: dict[Status, tuple[str, ...]] = {
    Status.NOT_STARTED: ("chưa thực hiện", "chưa triển khai", "chưa làm"),
    Status.IN_PROGRESS: ("đang thực hiện", "đang triển khai", "đang làm"),
    Status.DONE: ("xong", "hoàn thành", "đã hoàn thành", "đã xong"),
    Status.CANCELLED: ("hủy", "huỷ", "đã hủy", "bỏ"),
}
"""The words staff say for each status, for "did you mean …" (`status: xong` → done)."""


@dataclass(frozen=True, slots=True, kw_only=True, config=ENTRY_CONFIG)
class Update:
    """One entry of a task's append-only progress log, or with `corrects` a correction of one
    (`cchc.corrections`)."""

    date: dt.date
    status: Status
    note: Text | None = None
    evidence: Document | None = None
    period: PeriodText | None = Field(
        default=None, description="For a recurring task: the occurrence (year) this update is for"
    )
    corrects: Corrects | None = None
    reason: Reason | None = None


class Task(Record):
    """`tasks/ID.yaml`: a key task of the appendix or a lettered solution of part II."""

    id: Slug
    kind: Literal[TaskKind.KEY, TaskKind.SOLUTION]
    number: int | None = Field(default=None, ge=1, le=MAX_FIGURE)
    area: Slug
    title: Text
    lead: list[Slug] = Field(min_length=1, max_length=MAX_ENTRIES)
    lead_text: Text | None = None
    support: list[Slug] = Field(default=[], max_length=MAX_ENTRIES)
    support_text: Text | None = None
    product: Text | None = None
    deadline: Deadline | None = None
    deadline_text: Text | None = None
    source: Text
    note: Text | None = None
    updates: list[Update] = Field(default=[], max_length=MAX_ENTRIES)


# ----------------------------------------------------------------------------------------- targets


@dataclass(frozen=True, slots=True, kw_only=True, config=PART_CONFIG)
class Goal:
    op: Op
    value: FigureOrText
    change: Literal["decrease", "increase"] | None = Field(
        default=None,
        description="The goal is a change in percent against the baseline (measurements are absolute)",
    )


@dataclass(frozen=True, slots=True, kw_only=True, config=PART_CONFIG)
class Baseline:
    period: PeriodText
    value: Figure | None = None
    unit: Unit | None = None
    source: Text | None = None


@dataclass(frozen=True, slots=True, kw_only=True, config=ENTRY_CONFIG)
class Measurement:
    """One entry of a target's append-only list of figures, or with `corrects` a correction."""

    period: PeriodText
    value: FigureOrText
    source: Text
    date: dt.date | None = Field(default=None, description="When the figure was published")
    rank: WholeFigure | None = None
    score: Figure | None = None
    note: Text | None = None
    corrects: Corrects | None = None
    reason: Reason | None = None


class Target(Record):
    """`targets/ID.yaml`: one atomic measurable promise of the plan."""

    id: Slug
    area: Slug | None = None
    indicator: Text
    quote: Text
    source: Text
    owner: Slug
    unit: Unit | None = None
    scale: Slug | None = None
    goal: Goal
    baseline: Baseline | None = None
    stretch: bool = False
    due: PeriodText
    recurring: Recurrence | None = None
    measurements: list[Measurement] = Field(default=[], max_length=MAX_ENTRIES)
    note: Text | None = None

    @model_validator(mode="after")
    def _unit_or_scale(self) -> "Target":
        if (self.unit is None) == (self.scale is None):
            raise PydanticCustomError("unit_or_scale", "give exactly one of 'unit' or 'scale'", {})
        if self.goal.change is not None and self.baseline is None:
            raise PydanticCustomError(
                "change_needs_baseline", "a goal with 'change' needs a 'baseline'", {}
            )
        return self


# ----------------------------------------------------------------------------- narrative reports


class NarrativeReport(Record):
    """`reports/PERIOD/AGENCY.yaml`: what an agency writes for a reporting period (the folder names
    the period, the file the agency), and once issued the report's number and date. Every text is
    optional: the report shows a visible placeholder for a missing one, never an invented sentence.
    A text is paragraphs: a blank line, or a line starting with "- " or "+ ", begins a new one."""

    number: DocNumber | None = Field(default=None, description="Once issued: 45/BC-STP")
    date: dt.date | None = Field(default=None, description="Once issued: the report's date")
    signer: Text | None = None
    signer_title: Text | None = None
    signer_authority: Text | None = None
    areas: dict[Slug, Text] = Field(
        default={},
        description="Results by reform area, keyed by area id; the plan's first area (I) is the "
        "report's section I, direction and organisation of the reform work",
    )
    strengths: Text | None = Field(default=None, description="Ưu điểm")
    shortcomings: Text | None = Field(default=None, description="Tồn tại, hạn chế")
    causes: Text | None = Field(default=None, description="Nguyên nhân")
    next_period: Text | None = Field(
        default=None, description="Phương hướng, nhiệm vụ kỳ tới (direction for the next period)"
    )
    proposals: Text | None = Field(default=None, description="Đề xuất, kiến nghị")
    note: Text | None = Field(default=None, description="For the authors; not printed")


# The file kinds, by name, for `cchc schema KIND` and the loader.
FILE_MODELS: dict[str, type[Record]] = {
    "plan": Plan,
    "areas": AreasFile,
    "agencies": AgenciesFile,
    "events": EventsFile,
    "scales": ScalesFile,
    "task": Task,
    "target": Target,
    "report": NarrativeReport,
}
