"""What a report template sees: frozen dataclasses of strings, already worded and formatted.

Nothing here computes; `cchc.report.context` fills these in. They import nothing of cchc's data
model (no pydantic), so the child process that renders a dataset's own templates stays light, and
any other writer (a Word document, issue #14) can walk the same values: a `ReportContext` is a
heading, the body's `Section`s (each with figures in words and the author's `Narrative`), the
`Closing` (recipients and signature) and the `Appendix` of `DataTable`s (columns and rows of
text, as a Word table wants them) with their SVG charts.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Literal

from markupsafe import Markup

__all__ = [
    "Appendix",
    "AppendixPart",
    "Closing",
    "Column",
    "DataTable",
    "Figure",
    "Heading",
    "Narrative",
    "ReportContext",
    "ReportKind",
    "Section",
    "Subsection",
    "SummaryRow",
]

ReportKind = Literal["consolidated", "agency"]


@dataclass(frozen=True)
class Heading:
    """The heading block of a Vietnamese administrative report (Nghị định 30/2020/NĐ-CP)."""

    parent_body: str  # "UBND TỈNH BÌNH ĐỊNH"; "" for a body with none above it (a district)
    issuing_body: str  # "SỞ NỘI VỤ"
    number: str  # "Số: 45/BC-SNV", or "Số:     /BC-SNV" until issued
    country: str
    motto: str
    place_date: str  # "Bình Định, ngày 30 tháng 6 năm 2017"
    title: str  # "BÁO CÁO"
    subtitle: str  # "Kết quả thực hiện Kế hoạch cải cách hành chính 6 tháng đầu năm 2017"
    as_of_line: str  # "(Số liệu tính đến ngày 30/06/2017)"
    addressees_label: str  # "Kính gửi:"
    addressees: tuple[str, ...]
    basis: str  # the opening sentence: under which decision, who reports


@dataclass(frozen=True)
class Narrative:
    """One section's text as its author wrote it in `reports/PERIOD/AGENCY.yaml`, in paragraphs;
    when the author has not written it, no paragraph and a visible `placeholder` saying who
    writes what, where."""

    paragraphs: tuple[str, ...]
    placeholder: str


@dataclass(frozen=True)
class Subsection:
    number: str  # "1"
    title: str
    figures: tuple[str, ...]  # sentences with the computed figures
    text: Narrative


@dataclass(frozen=True)
class Section:
    """A part of the report's body: I. direction and organisation … V. proposals (SPEC §6)."""

    number: str  # "I"
    title: str
    figures: tuple[str, ...]
    text: Narrative | None  # None for a section made only of subsections
    parts: tuple[Subsection, ...] = ()


@dataclass(frozen=True)
class Column:
    label: str
    numeric: bool = False  # right-aligned
    nowrap: bool = False  # a short word that must stay on one line ("Chưa có số liệu")


@dataclass(frozen=True)
class Figure:
    """A chart (SVG markup, every label escaped) and its caption; `chart` is None when there is
    nothing to draw, and then `empty` says so."""

    chart: Markup | None
    caption: str
    empty: str


@dataclass(frozen=True)
class DataTable:
    """A table of the appendix: the same shape in Markdown, HTML and (issue #14) Word."""

    number: str  # "5.1"; "" for the only table of its part
    title: str
    columns: tuple[Column, ...]
    rows: tuple[tuple[str, ...], ...]
    empty: str  # shown instead of the table when there is no row
    notes: tuple[str, ...] = ()
    chart: Figure | None = None
    figures: tuple[Figure, ...] = ()  # only the rows with something to draw
    style: str = ""  # what kind of table: "summary", "rollup", "tasks", "targets", "submissions"
    undrawn: str = ""  # one line naming the rows with nothing to draw yet; "" when none


@dataclass(frozen=True)
class AppendixPart:
    number: str
    title: str
    tables: tuple[DataTable, ...]


@dataclass(frozen=True)
class Appendix:
    title: str  # "PHỤ LỤC"
    subtitle: str
    attached: str  # "(Kèm theo Báo cáo số … của Sở Nội vụ)"
    parts: tuple[AppendixPart, ...]


@dataclass(frozen=True)
class Closing:
    recipients_label: str  # "Nơi nhận:"
    recipients: tuple[str, ...]
    signer_authority: str  # "KT. GIÁM ĐỐC", "" when the head signs
    signer_title: str
    signer_hint: str
    signer_name: str  # "" until known: the space is left to sign in
    placeholder_note: str


@dataclass(frozen=True)
class SummaryRow:
    label: str
    in_period: str  # the count of the period (the size of the list the label names)


@dataclass(frozen=True)
class ReportContext:
    """Everything a report template shows, already worded and formatted in `lang`."""

    lang: str
    kind: ReportKind
    period: str
    period_label: str
    as_of: str
    document_title: str
    heading: Heading
    labels: Mapping[str, str]
    summary: tuple[SummaryRow, ...]
    sections: tuple[Section, ...]
    closing: Closing
    appendix: Appendix
