"""`cchc report --period P [--agency ID]`: the periodic report in Markdown, standalone HTML or
Word (SPEC §6).

The command parses options, checks the period (`cchc.report.check_period`), builds the values
(`cchc.report.build_context`), renders them, and writes them to stdout or to the one file `-o`
names (through `cchc.writer`: atomic, never through a symlink): nothing else is written. For a
group (`--agency ubnd-cap-huyen`) it writes one report per member into the folder `-o` names,
`<member id>.md`, `.html` or `.docx`. A Word document is not text: to a terminal it is refused
(use `-o`), to a pipe it is written as bytes.
"""

import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated

from cchc.cli.common import (
    LangOption,
    RevOption,
    RootOption,
    app,
    load_valid,
    parse_as_of,
    period_option,
    say,
    today,
)
from cchc.cli.helptext import option
from cchc.errors import DATA, USAGE, UserError
from cchc.i18n import msg, t

# `cchc.report` and `cchc.templating` (and Jinja with them) are imported inside the command, so
# other commands never pay for them.


class ReportFormat(StrEnum):
    md = "md"
    html = "html"
    docx = "docx"


_EXTENSIONS = {".md": "md", ".markdown": "md", ".html": "html", ".htm": "html", ".docx": "docx"}


def _format_for(fmt: ReportFormat | None, output: Path | None, folder: bool) -> str:
    if fmt is not None:
        return fmt.value
    if output is None or folder:
        return "md"
    chosen = _EXTENSIONS.get(output.suffix.lower())
    if chosen is None:
        raise UserError(msg("cli.report-format", path=output), USAGE)
    return chosen


# The help text (Vietnamese, English, an example) is `help.report` in the catalogue.
@app.command()
def report(
    period: Annotated[str, option("--period", help_key="help.report.period", show_default=False)],
    agency: Annotated[
        str | None, option("--agency", help_key="help.report.agency", show_default=False)
    ] = None,
    format: Annotated[
        ReportFormat | None,
        option("--format", help_key="help.report.format", show_default=False),
    ] = None,
    output: Annotated[
        Path | None,
        option("-o", "--output", help_key="help.report.output", show_default=False),
    ] = None,
    as_of: Annotated[
        str | None, option("--as-of", help_key="help.report.as-of", show_default=False)
    ] = None,
    outside_plan: Annotated[
        bool, option("--outside-plan", help_key="help.report.outside-plan")
    ] = False,
    root: RootOption = None,
    rev: RevOption = None,
    lang: LangOption = "vi",  # type: ignore[assignment]
) -> int:
    from cchc.report import build_context, check_period, default_as_of, members_of
    from cchc.report.render import render_document
    from cchc.templating import TemplateFailure
    from cchc.templating.revision import template_root
    from cchc.writer import write_file

    language = str(lang)
    chosen = period_option("--period", period)
    on = parse_as_of(as_of) if as_of is not None else default_as_of(chosen, today())
    dataset = load_valid(root, language, on, rev=rev)
    check_period(dataset, chosen, on, outside_plan=outside_plan)
    if agency is not None:
        from cchc.lookup import resolve_agency

        agency = resolve_agency(dataset, agency)
    agencies: list[str | None] = list(members_of(dataset, agency)) if agency is not None else [None]
    group = agency is not None and agency not in dataset.agencies
    if group and output is None:
        members = ", ".join(a for a in agencies if a)
        raise UserError(
            msg("report.group-needs-folder", group=agency, count=len(agencies), members=members),
            USAGE,
        )
    fmt = _format_for(format, output, group)
    if fmt == "docx" and output is None and sys.stdout.isatty():
        raise UserError(msg("cli.binary-to-terminal", format=fmt), USAGE)
    texts: list[tuple[str | None, bytes]] = []
    with template_root(dataset.root, rev) as templates:
        for agency_id in agencies:
            context = build_context(dataset, chosen, on, language, agency_id)
            try:
                text = render_document(context, fmt, templates)  # type: ignore[arg-type]
            except TemplateFailure as failure:
                say(
                    f"{failure.path}:{failure.line}:1: error: {failure.message.text(language)} "
                    f"[{failure.rule}]"
                )
                return DATA
            texts.append((agency_id, text))
    if output is None:
        if fmt == "docx":
            sys.stdout.flush()
            sys.stdout.buffer.write(texts[0][1])
        else:
            sys.stdout.write(texts[0][1].decode("utf-8"))
        return 0
    if not group:
        write_file(output, texts[0][1], root=dataset.root)
        return 0
    try:
        output.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        reason = error.strerror or type(error).__name__
        raise UserError(msg("cli.cannot-write-output", path=output, reason=reason), USAGE) from None
    for agency_id, text in texts:
        path = output / f"{agency_id}.{fmt}"
        write_file(path, text, root=dataset.root)
        say(t("report.wrote", language, path=str(path)))
    return 0
