"""The weekly questions: overdue, due, progress, targets, show, export. Each parses options, calls
the core, and prints one rendering of plain tables."""

import os
import sys
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from cchc.cli.common import (
    AsOfOption,
    LangOption,
    RevOption,
    RootOption,
    app,
    check_filters,
    duration_option,
    open_dataset,
)
from cchc.cli.helptext import option
from cchc.enums import Status, TaskKind
from cchc.errors import USAGE, UserError
from cchc.i18n import msg

if TYPE_CHECKING:
    from cchc.render.tables import Table

# The core and the renderers are imported inside each command, so `cchc validate` and
# `cchc --help` never pay for them.


class OutputFormat(StrEnum):
    table = "table"
    json = "json"
    csv = "csv"
    md = "md"


class ExportFormat(StrEnum):
    json = "json"
    csv = "csv"
    xlsx = "xlsx"


class Records(StrEnum):
    tasks = "tasks"
    targets = "targets"
    measurements = "measurements"
    agencies = "agencies"
    all = "all"


class By(StrEnum):
    area = "area"
    agency = "agency"
    plan = "plan"


FormatOption = Annotated[OutputFormat, typer.Option("--format", help="table | json | csv | md")]
AgencyOption = Annotated[str | None, option("--agency", help_key="help.agency")]
AreaOption = Annotated[str | None, option("--area", help_key="help.area")]
StatusOption = Annotated[
    Status | None, typer.Option("--status", help=" | ".join(status.value for status in Status))
]
KindOption = Annotated[TaskKind | None, option("--kind", help_key="help.kind")]


def emit(tables: "list[Table]", fmt: str, lang: str, *, csv_bom: bool = False) -> None:
    from cchc.console import color_enabled, terminal_width
    from cchc.render.tables import render

    tty = sys.stdout.isatty()
    text = render(
        tables,
        fmt,  # type: ignore[arg-type]
        lang,
        width=terminal_width(os.environ),
        color=color_enabled(os.environ, tty),
        csv_bom=csv_bom,
        terminal=tty,
    )
    sys.stdout.write(text if text.endswith("\n") else text + "\n")


@app.command()
def overdue(
    root: RootOption = None,
    as_of: AsOfOption = None,
    rev: RevOption = None,
    format: FormatOption = OutputFormat.table,
    lang: LangOption = "vi",  # type: ignore[assignment]
    agency: AgencyOption = None,
    area: AreaOption = None,
    kind: KindOption = None,
    status: StatusOption = None,
    fail_on_any: Annotated[
        bool, option("--fail-on-any", help_key="help.overdue.fail-on-any")
    ] = False,
) -> int:
    from cchc import views
    from cchc.status import task_states

    language, on, dataset = open_dataset(root, lang, as_of, with_targets=False, rev=rev)
    agency, area = check_filters(dataset, agency, area)
    states = views.filter_states(
        dataset, task_states(dataset, on), agency=agency, area=area, kind=kind, status=status
    )
    table = views.overdue_table(dataset, states, language)
    emit([table], format.value, language)
    return 1 if fail_on_any and table.rows else 0


@app.command()
def due(
    root: RootOption = None,
    as_of: AsOfOption = None,
    rev: RevOption = None,
    within: Annotated[str | None, option("--within", help_key="help.due.within")] = None,
    format: FormatOption = OutputFormat.table,
    lang: LangOption = "vi",  # type: ignore[assignment]
    agency: AgencyOption = None,
    area: AreaOption = None,
    kind: KindOption = None,
    status: StatusOption = None,
) -> int:
    from cchc import views
    from cchc.periods import add_duration
    from cchc.status import task_states

    language, on, dataset = open_dataset(root, lang, as_of, with_targets=False, rev=rev)
    agency, area = check_filters(dataset, agency, area)
    span = duration_option("--within", within if within is not None else dataset.plan.due_soon_days)
    until = add_duration(on, span)
    states = views.filter_states(
        dataset, task_states(dataset, on), agency=agency, area=area, kind=kind, status=status
    )
    emit([views.due_table(dataset, states, on, until, language)], format.value, language)
    return 0


@app.command()
def progress(
    root: RootOption = None,
    as_of: AsOfOption = None,
    rev: RevOption = None,
    by: Annotated[By, typer.Option("--by", help="area | agency | plan")] = By.area,
    format: FormatOption = OutputFormat.table,
    lang: LangOption = "vi",  # type: ignore[assignment]
    kind: KindOption = None,
) -> int:
    from cchc import views
    from cchc.status import rollup_by_agency, rollup_by_area, rollup_plan, task_states

    language, on, dataset = open_dataset(root, lang, as_of, with_targets=False, rev=rev)
    states = views.filter_states(dataset, task_states(dataset, on), kind=kind)
    if by is By.area:
        rollups = rollup_by_area(dataset, states, on)
    elif by is By.agency:
        rollups = rollup_by_agency(dataset, states, on)
    else:
        rollups = [rollup_plan(dataset, states, on)]
    emit([views.rollup_table(rollups, by.value)], format.value, language)
    return 0


@app.command()
def targets(
    root: RootOption = None,
    as_of: AsOfOption = None,
    rev: RevOption = None,
    format: FormatOption = OutputFormat.table,
    lang: LangOption = "vi",  # type: ignore[assignment]
    area: AreaOption = None,
    stretch: Annotated[
        bool | None, option("--stretch/--no-stretch", help_key="help.targets.stretch")
    ] = None,
) -> int:
    from cchc import views
    from cchc.status import target_states

    language, on, dataset = open_dataset(root, lang, as_of, rev=rev)
    _, area = check_filters(dataset, None, area)
    states = [
        s
        for s in target_states(dataset, on)
        if (area is None or s.target.area == area)
        and (stretch is None or s.target.stretch == stretch)
    ]
    emit([views.targets_table(states, language)], format.value, language)
    return 0


@app.command()
def show(
    record_id: Annotated[str, typer.Argument(metavar="ID", help="T06, M01, snv, III …")],
    root: RootOption = None,
    as_of: AsOfOption = None,
    rev: RevOption = None,
    format: FormatOption = OutputFormat.table,
    lang: LangOption = "vi",  # type: ignore[assignment]
) -> int:
    from cchc import views
    from cchc.lookup import resolve_record

    language, on, dataset = open_dataset(root, lang, as_of, rev=rev)
    tables = views.show_tables(dataset, resolve_record(dataset, record_id), on, language)
    if tables is None:
        raise UserError(msg("lookup.unknown-id", id=record_id, hint=""), USAGE)
    emit(tables, format.value, language)
    return 0


@app.command()
def export(
    root: RootOption = None,
    as_of: AsOfOption = None,
    rev: RevOption = None,
    format: Annotated[
        ExportFormat, typer.Option("--format", help="json | csv | xlsx")
    ] = ExportFormat.json,
    lang: LangOption = "vi",  # type: ignore[assignment]
    bom: Annotated[bool, option("--bom", help_key="help.export.bom")] = False,
    records: Annotated[Records | None, option("--records", help_key="help.export.records")] = None,
    output: Annotated[
        Path | None, option("-o", "--output", help_key="help.export.output", show_default=False)
    ] = None,
) -> int:
    from cchc import exports, views
    from cchc.status import target_states, task_states

    language, on, dataset = open_dataset(root, lang, as_of, rev=rev)
    # A CSV file is one sheet: it holds one kind of record, tasks unless another is named.
    if format is ExportFormat.csv and records is Records.all:
        raise UserError(msg("cli.export-csv-all"), USAGE)
    chosen = records or (Records.tasks if format is ExportFormat.csv else Records.all)
    kinds = exports.EXPORT_KINDS if chosen is Records.all else (chosen.value,)
    tables = []
    for kind in kinds:
        if kind == "tasks":
            tables.append(views.task_export_table(dataset, task_states(dataset, on), language))
        elif kind == "targets":
            tables.append(views.target_export_table(target_states(dataset, on), language))
        elif kind == "measurements":
            tables.append(exports.measurement_export_table(dataset))
        else:
            tables.append(exports.agency_export_table(dataset))
    if format is ExportFormat.xlsx:
        from cchc.render.workbook import workbook_bytes

        data = workbook_bytes(tables, language)
    elif output is None:
        emit(tables, format.value, language, csv_bom=bom)
        return 0
    else:
        from cchc.render.tables import render

        text = render(tables, format.value, language, csv_bom=bom)  # type: ignore[arg-type]
        data = text.encode("utf-8")
    if output is not None:
        from cchc.writer import write_file

        write_file(output, data, root=dataset.root)
    elif sys.stdout.isatty():
        raise UserError(msg("cli.binary-to-terminal", format=format.value), USAGE)
    else:
        sys.stdout.flush()
        sys.stdout.buffer.write(data)
    return 0
