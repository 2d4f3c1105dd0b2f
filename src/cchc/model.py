"""The pydantic schema of every file kind (SPEC §2).

The models only describe the shape of one file; rules that need more than one record (does this agency
exist? are the updates in order?) live in `checks`. Every model forbids unknown keys, so a typo such as
`deadlne:` is an error that names the allowed keys instead of a value silently ignored.

Custom errors use `PydanticCustomError` with our own type names; `loader` turns them, and pydantic's
built-in errors, into Vietnamese and English messages.
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
from pydantic_core import PydanticCustomError

# The enums live apart so the command line can use them without pydantic; re-exported here for
# the modules that take every record type from the model.
from cchc.enums import Op as Op
from cchc.enums import Status as Status
from cchc.enums import TaskKind as TaskKind
from cchc.enums import Unit as Unit
from cchc.periods import DurationError, PeriodError, parse_duration, parse_period


class Record(BaseModel):
    """Base of every file model: strict about keys, immutable once loaded."""

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True, defer_build=True)


Slug = Annotated[
    str,
    StringConstraints(pattern=r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$"),
    Field(
        description="Short ASCII identifier: letters, digits, '-', '_', '.' (T06, snv, ubnd-quy-nhon)"
    ),
]
Text = Annotated[str, StringConstraints(min_length=1)]

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
def _period_problem(value: int | str) -> str | None:
    """Cached: ten thousand files share a handful of period spellings."""
    try:
        parse_period(value)
    except PeriodError as error:
        return str(error)
    return None


def _check_period(value: int | str) -> int | str:
    problem = _period_problem(value)
    if problem is not None:
        raise PydanticCustomError("period", "{reason}", {"reason": problem})
    return value


PeriodText = Annotated[
    int | str,
    AfterValidator(_check_period),
    Field(description="A period: 2017, 2017H1, 2017Q3, 2017-05, 2017-05-10, 2016..2020"),
]


def _check_duration(value: int | str) -> int | str:
    try:
        parse_duration(value)
    except DurationError as error:
        raise PydanticCustomError("duration", "{reason}", {"reason": str(error)}) from None
    return value


DurationText = Annotated[
    int | str,
    AfterValidator(_check_duration),
    Field(description="A duration: 30d, 8w, 6m, 1y, '6 tháng'"),
]


class Document(Record):
    """An official document: a decision, a plan, a report — the evidence a task was done."""

    number: DocNumber
    date: dt.date
    issuer: Text | None = None
    title: Text | None = None
    url: Text | None = None
    signer: Text | None = None
    signer_title: Text | None = None


# ---------------------------------------------------------------------------------------------- plan


class Reporting(Record):
    """The plan's reporting duty (IV.1): which periods are reported, and who consolidates."""

    every: list[Literal["quarter", "half", "year"]] = Field(min_length=1)
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
    objectives: list[Text] = []
    requirements: list[Text] = []
    funding: list[Text] = []
    reporting: Reporting | None = None
    report: ReportHeading | None = None
    due_soon_days: int = Field(default=30, ge=0, le=366)
    source: Text | None = None


# --------------------------------------------------------------------------------- areas, agencies


class Area(Record):
    id: Slug
    title: Text
    appendix_title: Text | None = None
    lead: Slug | None = None
    lead_source: Text | None = None
    source: Text | None = None


class AreasFile(Record):
    """`plan/areas.yaml`."""

    areas: list[Area]


AgencyKind = Literal["province", "department", "office", "party", "media", "district", "other"]


class Agency(Record):
    id: Slug
    name: Text
    short_name: Text | None = None
    kind: AgencyKind = "other"
    duties: list[Text] = []
    source: Text | None = None
    note: Text | None = None
    reports: bool = Field(
        default=False,
        description="The agency reports to the plan's coordinator every reporting period (IV.1)",
    )
    heading: AgencyHeading | None = None


class Group(Record):
    """The plan's collective wording ("UBND cấp huyện"). Closed groups list every member; open ones
    ("các sở, ngành có liên quan") cannot, and never expand in roll-ups beyond the members they list."""

    id: Slug
    name: Text
    aliases: list[Text] = []
    members: list[Slug] = []
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

    agencies: list[Agency]
    groups: list[Group] = []


# ------------------------------------------------------------------------------------------ events


class Event(Record):
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

    events: list[Event] = []


# ------------------------------------------------------------------------------------------ scales


class Level(Record):
    label: Text
    min: float | None = None


class Scale(Record):
    """An ordinal scale, best level first (PCI groups, PAPI groups, PAR Index levels)."""

    id: Slug
    name: Text
    levels: list[Text | Level] = Field(min_length=2)
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

    scales: list[Scale] = []


# -------------------------------------------------------------------------------------- deadlines


class Window(Record):
    """Active from the first period, due at the end of the last."""

    from_: PeriodText = Field(alias="from")
    to: PeriodText


class Conditional(Record):
    """Due `within` after an outside event; pending while the event is."""

    after: Slug
    within: DurationText | None = None


class Recurrence(Record):
    """Due every year from `from` to `to`, each year on its own."""

    every: Literal["year"]
    from_: int = Field(alias="from", ge=1900, le=2199)
    to: int = Field(ge=1900, le=2199)

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


class Update(Record):
    """One entry of a task's append-only progress log."""

    date: dt.date
    status: Status
    note: Text | None = None
    evidence: Document | None = None
    period: PeriodText | None = Field(
        default=None, description="For a recurring task: the occurrence (year) this update is for"
    )


class Task(Record):
    """`tasks/ID.yaml`: a key task of the appendix or a lettered solution of part II."""

    id: Slug
    kind: Literal[TaskKind.KEY, TaskKind.SOLUTION]
    number: int | None = Field(default=None, ge=1)
    area: Slug
    title: Text
    lead: list[Slug] = Field(min_length=1)
    lead_text: Text | None = None
    support: list[Slug] = []
    support_text: Text | None = None
    product: Text | None = None
    deadline: Deadline | None = None
    deadline_text: Text | None = None
    source: Text
    note: Text | None = None
    updates: list[Update] = []


# ----------------------------------------------------------------------------------------- targets


class Goal(Record):
    op: Op
    value: float | int | Text
    change: Literal["decrease", "increase"] | None = Field(
        default=None,
        description="The goal is a change in percent against the baseline (measurements are absolute)",
    )


class Baseline(Record):
    period: PeriodText
    value: float | None = None
    unit: Unit | None = None
    source: Text | None = None


class Measurement(Record):
    period: PeriodText
    value: float | int | Text
    source: Text
    date: dt.date | None = Field(default=None, description="When the figure was published")
    rank: int | None = None
    score: float | None = None
    note: Text | None = None


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
    measurements: list[Measurement] = []
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
