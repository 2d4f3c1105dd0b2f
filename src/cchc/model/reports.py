"""`reports/PERIOD/AGENCY.yaml`: an agency's narrative report for a reporting period."""

import datetime as dt

from pydantic import Field

from cchc.model.base import DocNumber, Record, Slug, Text


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
