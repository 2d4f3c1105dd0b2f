"""The plan's own files (SPEC §2): `plan/plan.yaml` (the decision, its period, the reporting duty
and report headings), `plan/areas.yaml`, `plan/agencies.yaml` (agencies and groups),
and `plan/events.yaml`. `plan/scales.yaml` is the target side's (`cchc.model.scales`)."""

import datetime as dt
from typing import Annotated, Literal

from pydantic import Field, model_validator
from pydantic_core import PydanticCustomError

from cchc.bounds import MAX_ENTRIES, MAX_PLAN_ENTRIES
from cchc.model.base import Document, PeriodText, Record, Slug, Text


class Reporting(Record):
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


class Area(Record):
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


class Agency(Record):
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


class Group(Record):
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

    events: list[Event] = Field(default=[], max_length=MAX_PLAN_ENTRIES)
