"""A `Diff` in words, as sections of rows: what the text and Markdown writers lay out. One
section per subject (state changes, new updates …), each a table with fixed columns; a section
with no rows is left out."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from cchc.changes.model import Change, Diff, Side, Value
from cchc.i18n import MISSING, fmt_date, fmt_number, t
from cchc.periods import PeriodError, parse_duration, parse_period

__all__ = ["Section", "heading", "notes", "revision_name", "sections", "value_words"]


@dataclass(frozen=True)
class Section:
    key: str
    title: str
    columns: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]


def revision_name(side: Side, lang: str) -> str:
    """`v2017H1 (1a2b3c4)`, `1a2b3c4`, or the working tree."""
    if side.commit is None:
        return t("diff.worktree", lang)
    short = side.commit[:7]
    return short if side.commit.startswith(side.name) else f"{side.name} ({short})"


def heading(diff: Diff, lang: str) -> str:
    return t(
        "diff.heading",
        lang,
        base=revision_name(diff.base, lang),
        head=revision_name(diff.head, lang),
        date=fmt_date(diff.on, lang),
    )


def _validate_command(side: Side) -> str:
    return "cchc validate" if side.commit is None else f"cchc validate --rev {side.name}"


def notes(diff: Diff, lang: str) -> list[str]:
    """The lines above the tables: an invalid revision, then how many changes of each kind."""
    lines = []
    for change in diff.changes:
        if change.kind != "invalid":
            continue
        side = diff.base if change.id == "base" else diff.head
        scope = "" if side.whole else t("diff.invalid-scope", lang)
        lines.append(
            t(
                "diff.invalid",
                lang,
                revision=revision_name(side, lang),
                errors=change.after,
                scope=scope,
                command=_validate_command(side),
            )
        )
    counted = sections(diff, lang)
    total = sum(len(s.rows) for s in counted)
    if total == 0:
        lines.append(t("diff.none", lang))
    else:
        parts = "; ".join(t("diff.part", lang, title=s.title, count=len(s.rows)) for s in counted)
        lines.append(t("diff.count", lang, count=total, parts=parts))
    return lines


def _period_words(value: Value, lang: str) -> str:
    try:
        return parse_period(value).label(lang)  # type: ignore[arg-type]
    except (PeriodError, TypeError):
        return str(value)


def deadline_words(value: Value, lang: str) -> str:
    """A deadline as the YAML holds it, in words: a period, a window, after an event, yearly."""
    if value is None:
        return t("ongoing", lang)
    if isinstance(value, dict):
        if "after" in value:
            within = value.get("within")
            try:
                extra = f" + {parse_duration(within).label(lang)}" if within else ""  # type: ignore[arg-type]
            except Exception:
                extra = f" + {within}"
            return f"{t('after_event', lang)} {value['after']}{extra}"
        if "every" in value:
            return f"{t('yearly', lang)} {value.get('from')} – {value.get('to')}"
        return _period_words(f"{value.get('from')}..{value.get('to')}", lang)
    return _period_words(value, lang)


def value_words(value: Value, lang: str, unit: Value = None) -> str:
    """Any field's value for a reader: a list joined, a number in the language's style."""
    if value is None or value == "" or value == []:
        return MISSING
    if isinstance(value, bool):
        return t("yes" if value else "no", lang)
    if isinstance(value, int | float):
        return fmt_number(value, lang) + ("%" if unit == "percent" else "")
    if isinstance(value, list):
        return "; ".join(value_words(v, lang) for v in value)
    if isinstance(value, dict):
        return ", ".join(f"{k}: {value_words(v, lang)}" for k, v in value.items())
    return str(value)


def _day(value: Value, lang: str) -> str:
    return fmt_date(dt.date.fromisoformat(value), lang) if isinstance(value, str) else MISSING


def _state_words(change: Change, state: Value, lang: str) -> str:
    words = t(str(state), lang)
    days = change.detail("days")
    if change.after == state and state in ("done_late", "overdue") and isinstance(days, int):
        words += f" ({t('diff.days', lang, days=days)})"
    return words


def _field_value(change: Change, value: Value, lang: str) -> str:
    if change.kind == "deadline" and change.record == "task":
        return deadline_words(value, lang)
    if change.kind == "deadline":
        return _period_words(value, lang)
    return value_words(value, lang)


def _record(change: Change, lang: str) -> str:
    return t(f"diff.record.{change.record}", lang)


def _records_row(change: Change, lang: str) -> tuple[str, ...]:
    state = change.detail("state")
    if state is not None:
        key = "diff.added-state" if change.kind == "added" else "diff.removed-state"
        what = t(key, lang, state=t(str(state), lang))
    else:
        what = t(f"diff.{change.kind}", lang)
    return (_record(change, lang), change.id, change.title, what)


def _report_row(change: Change, lang: str) -> tuple[str, ...]:
    period_id, _, _ = change.id.partition("/")
    number, date = change.detail("number"), change.detail("date")
    if change.kind == "report-added":
        what = t("diff.report-filed" if number and date else "diff.report-added", lang)
    elif change.kind == "report-changed":
        fields = change.before if isinstance(change.before, list) else []
        what = t("diff.report-changed", lang, fields=", ".join(str(f) for f in fields))
    else:
        what = t(f"diff.{change.kind}", lang)
    return (
        _period_words(period_id, lang),
        change.title,
        what,
        value_words(number, lang),
        _day(date, lang),
    )


def _unreadable_row(change: Change, diff: Diff, lang: str) -> tuple[str, ...]:
    side = diff.base if change.field == "base" else diff.head
    return (
        change.path,
        _record(change, lang),
        change.id,
        t("diff.unreadable", lang, revision=revision_name(side, lang)),
    )


Row = Callable[[Change], tuple[str, ...]]


def _with_correction(change: Change, words: str, lang: str) -> str:
    """`words` of a new entry, led by what it corrects when it is a correction."""
    corrects = change.detail("corrects")
    if corrects is None:
        return words
    said = t("correction.corrects", lang, n=corrects, reason=change.detail("reason") or "")
    return said if words == MISSING else f"{said}; {words}"


def sections(diff: Diff, lang: str) -> list[Section]:
    """The diff's sections in their fixed order, each with its rows in the diff's order."""

    def col(*keys: str) -> tuple[str, ...]:
        return tuple(t(f"diff.col.{key}", lang) for key in keys)

    def field_row(change: Change) -> tuple[str, ...]:
        if change.kind == "lead":  # the agencies by name, as the plan names them
            before, after = change.detail("before_names"), change.detail("after_names")
        else:
            before, after = change.before, change.after
        return (
            _record(change, lang),
            change.id,
            str(change.field or ""),
            _field_value(change, before, lang),
            _field_value(change, after, lang),
        )

    def entry_row(change: Change) -> tuple[str, ...]:
        if change.kind == "update-removed":
            return (
                change.id,
                t("diff.update-removed", lang),
                _day(change.detail("date"), lang),
                t(str(change.detail("status")), lang),
                value_words(change.detail("evidence") or change.detail("note"), lang),
            )
        return (
            change.id,
            t("diff.measurement-removed", lang),
            _period_words(change.detail("period"), lang),
            value_words(change.detail("value"), lang, change.detail("unit")),
            value_words(change.detail("source"), lang),
        )

    plan: list[tuple[str, tuple[str, ...], frozenset[str], Row]] = [
        (
            "unreadable",
            col("file", "record", "id", "change"),
            frozenset({"unreadable"}),
            lambda c: _unreadable_row(c, diff, lang),
        ),
        (
            "records",
            col("record", "id", "title", "change"),
            frozenset({"added", "removed"}),
            lambda c: _records_row(c, lang),
        ),
        (
            "state",
            col("id", "title", "before", "after", "evidence"),
            frozenset({"state"}),
            lambda c: (
                c.id,
                c.title,
                _state_words(c, c.before, lang),
                _state_words(c, c.after, lang),
                value_words(c.detail("evidence"), lang),
            ),
        ),
        (
            "target-state",
            col("id", "title", "before", "after", "value"),
            frozenset({"target-state"}),
            lambda c: (
                c.id,
                c.title,
                t(str(c.before), lang),
                t(str(c.after), lang),
                value_words(c.detail("value"), lang, c.detail("unit")),
            ),
        ),
        (
            "update",
            col("id", "date", "status", "note", "evidence"),
            frozenset({"update"}),
            lambda c: (
                c.id,
                _day(c.detail("date"), lang),
                t(str(c.detail("status")), lang),
                _with_correction(c, value_words(c.detail("note"), lang), lang),
                value_words(c.detail("evidence"), lang),
            ),
        ),
        (
            "measurement",
            col("id", "period", "value", "source", "date"),
            frozenset({"measurement"}),
            lambda c: (
                c.id,
                _period_words(c.detail("period"), lang),
                value_words(c.detail("value"), lang, c.detail("unit")),
                _with_correction(c, value_words(c.detail("source"), lang), lang),
                _day(c.detail("date"), lang),
            ),
        ),
        (
            "history",
            col("id", "entry", "when", "what", "source"),
            frozenset({"update-removed", "measurement-removed"}),
            entry_row,
        ),
        (
            "schedule",
            col("record", "id", "field", "before", "after"),
            frozenset({"deadline", "lead"}),
            field_row,
        ),
        ("text", col("record", "id", "field", "before", "after"), frozenset({"text"}), field_row),
        ("field", col("record", "id", "field", "before", "after"), frozenset({"field"}), field_row),
        (
            "report",
            col("period", "agency", "change", "number", "date"),
            frozenset({"report-added", "report-issued", "report-changed", "report-removed"}),
            lambda c: _report_row(c, lang),
        ),
    ]
    found: list[Section] = []
    for key, columns, kinds, row in plan:
        rows = tuple(row(c) for c in diff.changes if c.kind in kinds)
        if rows:
            found.append(Section(key, t(f"diff.section.{key}", lang), columns, rows))
    return found
