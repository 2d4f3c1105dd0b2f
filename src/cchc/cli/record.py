"""`cchc update ID` and `cchc measure ID`: append one progress entry or one measurement, print it
as a diff, and write it only when the whole dataset still validates (`cchc.recorder`).

With these two, `init` and `schema --write` are the only commands that write to the dataset.
(No `from __future__ import annotations` here: Typer would evaluate the option annotations
after `apply_language` has worded them, and the help would be empty.)
"""

import sys
from typing import TYPE_CHECKING, Annotated, Any

from cchc.cli.common import LangOption, RootOption, app, period_option, resolve_root, say, today
from cchc.cli.helptext import argument, option
from cchc.i18n import t

if TYPE_CHECKING:
    import datetime as dt

    from cchc.recorder import Change, Opened

# The record fields, the recorder and the models are imported by the commands that use them: every
# other command, `--help` and `--version` start without them.

DryRunOption = Annotated[bool, option("--dry-run", help_key="help.record.dry-run")]
CorrectsOption = Annotated[
    int | None, option("--corrects", help_key="help.record.corrects", metavar="N", min=1)
]
ReasonOption = Annotated[str | None, option("--reason", help_key="help.record.reason")]


def _correcting(corrects: int | None, reason: str | None) -> bool:
    from cchc.errors import USAGE, UserError
    from cchc.i18n import msg

    if corrects is None and reason is not None:
        raise UserError(msg("record.reason-without-corrects"), USAGE)
    if corrects is not None and not (reason or "").strip():
        raise UserError(msg("record.reason-needed"), USAGE)
    return corrects is not None


def _interactive(needed: bool) -> bool:
    """Ask only on a terminal, and only when a needed field is missing."""
    isatty = getattr(sys.stdin, "isatty", None)
    return needed and isatty is not None and bool(isatty())


def _finish(change: "Change", dry_run: bool, lang: str) -> int:
    from cchc.problems import format_line
    from cchc.recorder import diff_lines, write

    for problem in change.warnings:
        say(format_line(problem, lang))
    if not dry_run:
        write(change)
    sys.stdout.write("".join(line + "\n" for line in diff_lines(change)))
    sys.stdout.flush()
    if dry_run:
        say(t("record.dry-run", lang, path=change.rel))
    else:
        lines = len(change.insertion.inserted.strip("\r\n").splitlines())
        say(t("record.wrote", lang, path=change.rel, lines=lines))
    return 0


def _append(
    opened: "Opened[Any]", entry: dict[str, object], day: "dt.date", dry_run: bool, lang: str
) -> int:
    """Validate the dataset with `entry` appended, then write (unless `dry_run`) and print it;
    a refusal prints its problems as `validate` does."""
    from cchc.errors import UserError
    from cchc.recorder import prepare

    try:
        change = prepare(opened, entry, day)
    except UserError as error:
        _refused_listing(error, lang)
        raise
    return _finish(change, dry_run, lang)


def _refused_listing(error: Exception, lang: str) -> None:
    from cchc.problems import listing
    from cchc.recorder import Refused

    if isinstance(error, Refused):
        for line in listing(list(error.problems), "text", lang, error.more):
            say(line)


@app.command()
def update(
    task_id: Annotated[str, argument(metavar="ID", help_key="help.update.id")],
    status: Annotated[str | None, option("--status", help_key="help.update.status")] = None,
    date: Annotated[str | None, option("--date", help_key="help.update.date")] = None,
    note: Annotated[str | None, option("--note", help_key="help.update.note")] = None,
    evidence: Annotated[str | None, option("--evidence", help_key="help.update.evidence")] = None,
    evidence_date: Annotated[
        str | None, option("--evidence-date", help_key="help.update.evidence-date")
    ] = None,
    evidence_title: Annotated[
        str | None, option("--evidence-title", help_key="help.update.evidence-title")
    ] = None,
    period: Annotated[str | None, option("--period", help_key="help.update.period")] = None,
    corrects: CorrectsOption = None,
    reason: ReasonOption = None,
    dry_run: DryRunOption = False,
    root: RootOption = None,
    lang: LangOption = "vi",  # type: ignore[assignment]
) -> int:
    from cchc.cli.record_fields import (
        Form,
        UpdateOptions,
        corrected_update_options,
        update_input,
        update_needs_asking,
    )
    from cchc.recorder import open_task
    from cchc.recording import correction_target, update_entry, with_correction

    language, day = str(lang), today()
    correcting = _correcting(corrects, reason)
    opened = open_task(resolve_root(root), task_id, day)
    options = UpdateOptions(status, date, note, evidence, evidence_date, evidence_title, period)
    if corrects is not None:
        original = correction_target(opened.record.updates, corrects, opened.record.id)
        options = corrected_update_options(options, original)
    interactive = _interactive(update_needs_asking(opened.record, options))
    if interactive:
        task = opened.record
        say(t("record.task-header", language, id=task.id, title=task.title))
    form = Form(language, interactive, sys.stdin, sys.stderr)
    given = update_input(opened.record, options, day, form)
    entry = update_entry(opened.record, given, correcting=correcting)
    if corrects is not None:
        entry = with_correction(entry, original, corrects, reason or "")
    return _append(opened, entry, day, dry_run, language)


@app.command()
def measure(
    target_id: Annotated[str, argument(metavar="ID", help_key="help.measure.id")],
    period: Annotated[str | None, option("--period", help_key="help.measure.period")] = None,
    value: Annotated[str | None, option("--value", help_key="help.measure.value")] = None,
    source: Annotated[str | None, option("--source", help_key="help.measure.source")] = None,
    date: Annotated[str | None, option("--date", help_key="help.measure.date")] = None,
    note: Annotated[str | None, option("--note", help_key="help.measure.note")] = None,
    corrects: CorrectsOption = None,
    reason: ReasonOption = None,
    dry_run: DryRunOption = False,
    root: RootOption = None,
    lang: LangOption = "vi",  # type: ignore[assignment]
) -> int:
    from cchc.cli.record_fields import (
        Form,
        MeasureOptions,
        corrected_measure_options,
        measure_needs_asking,
        measurement_input,
    )
    from cchc.recorder import open_target
    from cchc.recording import correction_target, measurement_entry, with_correction

    language, day = str(lang), today()
    _correcting(corrects, reason)
    opened = open_target(resolve_root(root), target_id, day)
    target = opened.record
    options = MeasureOptions(period, value, source, date, note)
    if corrects is not None:
        original = correction_target(target.measurements, corrects, target.id)
        options = corrected_measure_options(options, original)
    interactive = _interactive(measure_needs_asking(options))
    if interactive:
        say(t("record.target-header", language, id=target.id, title=target.indicator))
    scale = opened.dataset.scales.get(target.scale) if target.scale else None
    form = Form(language, interactive, sys.stdin, sys.stderr)
    given = measurement_input(
        target, scale, options, day, form, lambda text: str(period_option("--period", text))
    )
    entry = measurement_entry(given)
    if corrects is not None:
        entry = with_correction(entry, original, corrects, reason or "")
    return _append(opened, entry, day, dry_run, language)
