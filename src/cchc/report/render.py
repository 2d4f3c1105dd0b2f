"""Rendering a report's values with the Markdown or HTML template, through the template sandbox
(`cchc.templating`): a template in the dataset's own `templates/` wins over the packaged one of
the same name, and renders sandboxed. Jinja is imported only here, when a report is rendered.
The Word document (`docx`) is built from the same values by `cchc.report.word`, on the dataset's
own `templates/report.docx` when it has one (`cchc.report.wordbase`)."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Literal

from cchc.dataset import Dataset
from cchc.problems import Problem
from cchc.report.values import ReportContext
from cchc.status import period

__all__ = [
    "TEMPLATE_NAMES",
    "DocumentFormat",
    "ReportFormat",
    "render_document",
    "render_report",
    "template_problems",
]

ReportFormat = Literal["md", "html"]
DocumentFormat = Literal["md", "html", "docx"]
TEMPLATE_NAMES: Mapping[str, str] = {"md": "report.md.j2", "html": "report.html.j2"}


def render_report(context: ReportContext, fmt: ReportFormat, root: Path | None) -> str:
    """Render `context` as Markdown or standalone HTML."""
    from cchc.templating import render_template

    text = render_template(TEMPLATE_NAMES[fmt], {"r": context}, root)
    return text.rstrip("\n") + "\n"


def render_document(context: ReportContext, fmt: DocumentFormat, root: Path | None) -> bytes:
    """The report file's bytes: UTF-8 Markdown or HTML, or a Word document."""
    if fmt == "docx":
        from cchc.report.word import render_docx
        from cchc.report.wordbase import office_base

        return render_docx(context, office_base(root))
    return render_report(context, fmt, root).encode("utf-8")


def template_problems(root: Path, dataset: Dataset | None) -> list[Problem]:
    """`cchc validate`'s check of the templates a dataset brings: real files that compile and,
    when the data is valid (`dataset` given), render the report of the plan's first year."""
    from cchc.report.context import build_context
    from cchc.templating import check_templates

    def values() -> dict[str, object]:
        assert dataset is not None
        first = period(period(dataset.plan.period).start.year)
        return {"r": build_context(dataset, first, first.end, "vi")}

    failures = check_templates(
        root, values if dataset is not None else None, list(TEMPLATE_NAMES.values())
    )
    from cchc.report.wordbase import office_base
    from cchc.templating import TemplateFailure

    try:
        office_base(root)
    except TemplateFailure as failure:
        failures.append(failure)
    return [Problem(f.path, f.line, 1, "error", f.message, f.rule) for f in failures]
