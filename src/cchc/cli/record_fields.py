"""The fields of `cchc update` and `cchc measure`: each from its option, or asked for on a
terminal (like `hledger add`), or its default; without a terminal a missing field is a usage
error that names its option.

A terminal session asks only when a field the entry needs is missing (`cchc update T06` alone),
and then asks every field not given, optional ones included; a command line that gives every
needed field runs without a question, on a terminal or not.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import TextIO, TypeVar

from cchc.cli.prompts import Question, Stop, ask, stop_error
from cchc.errors import USAGE, UserError
from cchc.i18n import fmt_date, msg, t
from cchc.model import Measurement, Recurrence, Scale, Status, Target, Task, Update
from cchc.recording import MeasurementInput, UpdateInput, parse_day, parse_status, parse_value

__all__ = [
    "Form",
    "MeasureOptions",
    "UpdateOptions",
    "corrected_measure_options",
    "corrected_update_options",
    "measure_needs_asking",
    "measurement_input",
    "update_input",
    "update_needs_asking",
]

T = TypeVar("T")


@dataclass(frozen=True)
class UpdateOptions:
    """`cchc update`'s options as typed (None: not given)."""

    status: str | None = None
    date: str | None = None
    note: str | None = None
    evidence: str | None = None
    evidence_date: str | None = None
    evidence_title: str | None = None
    period: str | None = None


@dataclass(frozen=True)
class MeasureOptions:
    period: str | None = None
    value: str | None = None
    source: str | None = None
    date: str | None = None
    note: str | None = None


class Form:
    """Where each field's value comes from: the option, the person (interactive) or the default."""

    def __init__(self, lang: str, interactive: bool, stdin: TextIO, stderr: TextIO) -> None:
        self.lang = lang
        self.interactive = interactive
        self.stdin = stdin
        self.stderr = stderr

    def get(
        self, option: str, given: str | None, question: Question[T], *, required: bool = False
    ) -> T | None:
        if given is not None:
            return question.read(given)
        if self.interactive:
            try:
                return ask(question, self.lang, self.stdin, self.stderr)
            except Stop:
                raise stop_error() from None
        if required:  # a default shown on a terminal is a suggestion, not an answer
            raise UserError(msg("record.missing-option", option=option), USAGE)
        if question.default is not None:
            return question.read(question.default)
        return None


def _text(value: str) -> str | None:
    return value.strip() or None


def _day(field: str, today: dt.date) -> Callable[[str], dt.date]:
    return lambda text: parse_day(text, today=today, field=field)


def _year(text: str) -> int:
    if not text.strip().isdigit():
        raise UserError(msg("record.bad-year", value=text), USAGE)
    return int(text)


def _year_of(task: Task, deadline: Recurrence) -> Callable[[str], int]:
    """A year of the task's recurrence (asked again, on a terminal, when outside it)."""

    def read(text: str) -> int:
        year = _year(text)
        if not deadline.from_ <= year <= deadline.to:
            first, last = deadline.from_, deadline.to
            raise UserError(
                msg("record.year-outside", task=task.id, year=year, first=first, last=last), USAGE
            )
        return year

    return read


def _reopening(task: Task, status: Status) -> bool:
    last = task.updates[-1].status if task.updates else None
    return (
        status is Status.IN_PROGRESS
        and last is Status.DONE
        and not isinstance(task.deadline, Recurrence)
    )


def update_needs_asking(task: Task, options: UpdateOptions) -> bool:
    """Whether a field the entry needs is missing (then a terminal session asks for it)."""
    if options.status is None:
        return True
    status = parse_status(options.status)
    if status is Status.DONE:
        yearly = isinstance(task.deadline, Recurrence)
        return options.evidence is None or (yearly and options.period is None)
    if status is Status.CANCELLED or _reopening(task, status):
        return options.note is None
    return False


def update_input(task: Task, options: UpdateOptions, today: dt.date, form: Form) -> UpdateInput:
    """The entry's fields, from the options or the person."""
    lang = form.lang
    choices = tuple(t("prompt.status-choices", lang).split(" / "))
    status = form.get(
        "--status",
        options.status,
        Question("prompt.status", parse_status, choices=choices),
        required=True,
    )
    assert status is not None
    day = form.get(
        "--date",
        options.date,
        Question("prompt.date", _day("--date", today), fmt_date(today, lang)),
    )
    assert day is not None
    note_needed = status is Status.CANCELLED or _reopening(task, status)
    note = form.get(
        "--note",
        options.note,
        Question("prompt.note", _text, optional=not note_needed),
        required=note_needed,
    )
    number = evidence_day = title = year = None
    if status is Status.DONE:
        number = form.get(
            "--evidence", options.evidence, Question("prompt.evidence", _text), required=True
        )
        evidence_day = form.get(
            "--evidence-date",
            options.evidence_date,
            Question("prompt.evidence-date", _day("--evidence-date", today), fmt_date(day, lang)),
        )
        title = form.get(
            "--evidence-title",
            options.evidence_title,
            Question("prompt.evidence-title", _text, optional=True),
        )
        if isinstance(task.deadline, Recurrence):
            first, last = task.deadline.from_, task.deadline.to
            default = str(min(max(day.year, first), last))
            year = form.get(
                "--period",
                options.period,
                Question(
                    "prompt.year",
                    _year_of(task, task.deadline),
                    default,
                    params=(("first", first), ("last", last)),
                ),
                required=True,
            )
    elif options.period is not None:
        year = _year(options.period)
    return UpdateInput(status, day, note, number, evidence_day, year, title)


def measure_needs_asking(options: MeasureOptions) -> bool:
    return options.period is None or options.value is None or options.source is None


def measurement_input(
    target: Target,
    scale: Scale | None,
    options: MeasureOptions,
    today: dt.date,
    form: Form,
    read_period: Callable[[str], str],
) -> MeasurementInput:
    """The measurement's fields; `read_period` checks a period (the period grammar)."""
    period = form.get(
        "--period", options.period, Question("prompt.period", read_period), required=True
    )
    levels = tuple(scale.labels()) if scale is not None else ()
    value = form.get(
        "--value",
        options.value,
        Question("prompt.value", lambda text: parse_value(text, target, scale), choices=levels),
        required=True,
    )
    source = form.get("--source", options.source, Question("prompt.source", _text), required=True)
    day = form.get(
        "--date",
        options.date,
        Question("prompt.published", _day("--date", today), optional=True),
    )
    note = form.get("--note", options.note, Question("prompt.note", _text, optional=True))
    assert period is not None and value is not None
    if source is None:
        raise UserError(msg("record.source-needed"), USAGE)
    return MeasurementInput(period, value, source, day, note)


# -------------------------------------------------------------------------------- corrections
# A correction is the entry as it should have been, in full (`cchc.corrections`): what the clerk
# gives replaces that field of the entry it corrects, the rest is taken from it as written, and
# an empty option (`--note ""`) leaves a field out. Nothing is asked: every field has a value.


def _given(option: str | None, original: object) -> str | None:
    if option is not None:
        return option
    if original is None:
        return None
    if isinstance(original, dt.date):
        return original.isoformat()
    if isinstance(original, float) and original.is_integer():
        return str(int(original))
    return str(original)


def corrected_update_options(options: UpdateOptions, original: Update) -> UpdateOptions:
    evidence = original.evidence
    return replace(
        options,
        status=_given(options.status, original.status.value),
        date=_given(options.date, original.date),
        note=_given(options.note, original.note),
        evidence=_given(options.evidence, evidence.number if evidence else None),
        evidence_date=_given(options.evidence_date, evidence.date if evidence else None),
        evidence_title=_given(options.evidence_title, evidence.title if evidence else None),
        period=_given(options.period, original.period),
    )


def corrected_measure_options(options: MeasureOptions, original: Measurement) -> MeasureOptions:
    return replace(
        options,
        period=_given(options.period, original.period),
        value=_given(options.value, original.value),
        source=_given(options.source, original.source),
        date=_given(options.date, original.date),
        note=_given(options.note, original.note),
    )
