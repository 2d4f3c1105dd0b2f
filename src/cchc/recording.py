"""What `cchc update` and `cchc measure` append: one progress entry or one measurement, built from
what a clerk types and checked against the record's history before any file is touched.

Pure functions of the loaded record and the typed values; the command line asks for the values
(or takes them as options) and `cchc.append` / `cchc.writer` write the entry.

Decisions (where the issue is silent):
- Status words: the English codes and the words staff say — "chưa thực hiện"/"chưa triển khai"
  (not_started), "đang thực hiện"/"đang làm" (in_progress), "xong"/"hoàn thành"/"đã hoàn thành"
  (done), "hủy"/"huỷ"/"đã hủy"/"bỏ" (cancelled) — in any case, with or without diacritics.
- Dates: ISO (`2017-10-20`) or the way people write them (`20/10/2017`, `20/10/17` is refused:
  the century would be a guess); never after today.
- A value with a decimal comma (`45,5`) is 45.5, as Vietnamese writes it; `1,234` (a comma then
  three digits) is refused as ambiguous (a thousands separator in English).
- An entry dated before the log's last entry is refused (the log is in date order); after `done`
  only a reopening (`in_progress` with a note saying why) may follow, as `validate` requires.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from cchc.corrections import Entry, effective
from cchc.errors import DATA, USAGE, UserError
from cchc.i18n import msg
from cchc.model import Measurement, Recurrence, Scale, Status, Target, Task, Update
from cchc.suggest import fold, suggest

__all__ = [
    "STATUS_WORDS",
    "MeasurementInput",
    "UpdateInput",
    "correction_target",
    "measurement_entry",
    "parse_day",
    "parse_status",
    "parse_value",
    "update_entry",
    "with_correction",
]

STATUS_WORDS: Mapping[str, Status] = {
    "not_started": Status.NOT_STARTED,
    "chưa thực hiện": Status.NOT_STARTED,
    "chưa triển khai": Status.NOT_STARTED,
    "chưa làm": Status.NOT_STARTED,
    "in_progress": Status.IN_PROGRESS,
    "đang thực hiện": Status.IN_PROGRESS,
    "đang triển khai": Status.IN_PROGRESS,
    "đang làm": Status.IN_PROGRESS,
    "done": Status.DONE,
    "xong": Status.DONE,
    "hoàn thành": Status.DONE,
    "đã hoàn thành": Status.DONE,
    "cancelled": Status.CANCELLED,
    "hủy": Status.CANCELLED,
    "huỷ": Status.CANCELLED,
    "đã hủy": Status.CANCELLED,
    "bỏ": Status.CANCELLED,
}
_BY_FOLD = {fold(word): status for word, status in STATUS_WORDS.items()}
_BY_FOLD.update({fold(s.value): s for s in Status})


def parse_status(word: str) -> Status:
    """A status from its code or a Vietnamese word; a usage error with the likely word otherwise."""
    found = _BY_FOLD.get(fold(word))
    if found is not None:
        return found
    guesses = suggest(word, list(STATUS_WORDS))
    raise UserError(
        msg(
            "record.unknown-status",
            value=word,
            hint=", ".join(guesses) if guesses else "đang thực hiện, xong, hủy",
        ),
        USAGE,
    )


_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
_DMY = re.compile(r"(\d{1,2})/(\d{1,2})/(\d{4})")


def parse_day(text: str, *, today: dt.date, field: str) -> dt.date:
    """`2017-10-20` or `20/10/2017` (a day that exists, not after `today`)."""
    value = text.strip()
    iso, dmy = _ISO.fullmatch(value), _DMY.fullmatch(value)
    if iso is None and dmy is None:
        raise UserError(msg("record.bad-date", field=field, value=text), USAGE)
    year, month, day = (
        (int(iso[1]), int(iso[2]), int(iso[3]))
        if iso is not None
        else (int(dmy[3]), int(dmy[2]), int(dmy[1]))  # type: ignore[index]
    )
    try:
        day_value = dt.date(year, month, day)
    except ValueError:
        raise UserError(msg("record.no-such-day", field=field, value=text), USAGE) from None
    if day_value > today:
        raise UserError(msg("record.future-date", field=field, value=day_value.isoformat()), USAGE)
    return day_value


_NUMBER = re.compile(r"[-+]?\d+(?:[.,]\d+)?")


def parse_value(text: str, target: Target, scale: Scale | None) -> float | int | str:
    """A measurement value: a level of the target's scale (matched like an id), or a number."""
    value = text.strip()
    if scale is not None:
        labels = scale.labels()
        for label in labels:
            if fold(label) == fold(value):
                return label
        if not _NUMBER.fullmatch(value):
            guesses = suggest(value, labels)
            raise UserError(
                msg(
                    "record.unknown-level",
                    value=text,
                    scale=scale.id,
                    levels=", ".join(guesses or labels),
                ),
                USAGE,
            )
    if not _NUMBER.fullmatch(value):
        raise UserError(msg("record.bad-number", value=text), USAGE)
    if "," in value:
        whole, _, decimals = value.partition(",")
        if len(decimals) == 3:
            raise UserError(msg("record.ambiguous-comma", value=text), USAGE)
        value = f"{whole}.{decimals}"
    number = float(value)
    if not math.isfinite(number):
        raise UserError(msg("record.bad-number", value=text), USAGE)
    return int(number) if "." not in value and abs(number) < 2**53 else number


# ------------------------------------------------------------------------------------ updates


@dataclass(frozen=True)
class UpdateInput:
    """What the clerk gave for one progress entry (already parsed)."""

    status: Status
    date: dt.date
    note: str | None = None
    evidence_number: str | None = None
    evidence_date: dt.date | None = None
    year: int | None = None
    evidence_title: str | None = None


def update_entry(task: Task, given: UpdateInput, *, correcting: bool = False) -> dict[str, object]:
    """The entry to append to `task.updates`, in the file's key order; a `UserError` (exit 1:
    the record's history does not allow it) when it cannot follow the log as it stands.

    `correcting`: the entry is a correction (`with_correction`), which stands in the place of an
    earlier entry, not after the last one, so it need not follow the log; the whole corrected log
    is validated before anything is written."""
    log = effective(task.updates)  # a corrected entry follows as corrected
    if not correcting and log and given.date < log[-1].date:
        raise UserError(
            msg(
                "record.before-last",
                task=task.id,
                date=given.date.isoformat(),
                last=log[-1].date.isoformat(),
            ),
            DATA,
        )
    recurring = isinstance(task.deadline, Recurrence)
    reopening = given.status is Status.IN_PROGRESS and bool(given.note)
    after_done = log and log[-1].status is Status.DONE and not recurring and not reopening
    if after_done and not correcting:
        raise UserError(msg("record.after-done", task=task.id), DATA)
    entry: dict[str, object] = {"date": given.date, "status": given.status.value}
    if recurring and (given.status is Status.DONE or given.year is not None):
        year = given.year
        if year is None:
            raise UserError(msg("record.year-needed", task=task.id), USAGE)
        assert isinstance(task.deadline, Recurrence)
        if not task.deadline.from_ <= year <= task.deadline.to:
            raise UserError(
                msg(
                    "record.year-outside",
                    task=task.id,
                    year=year,
                    first=task.deadline.from_,
                    last=task.deadline.to,
                ),
                USAGE,
            )
        entry["period"] = year
    elif given.year is not None:
        # A year given for a task that is not yearly would be silently dropped: say so.
        raise UserError(msg("record.not-yearly", task=task.id), USAGE)
    if given.note:
        entry["note"] = given.note
    if given.status is Status.CANCELLED and not given.note:
        raise UserError(msg("record.cancel-needs-note"), USAGE)
    if given.status is Status.DONE:
        if not given.evidence_number:
            raise UserError(msg("record.evidence-needed"), USAGE)
        evidence: dict[str, object] = {
            "number": given.evidence_number,
            "date": given.evidence_date or given.date,
        }
        if given.evidence_title:
            evidence["title"] = given.evidence_title
        entry["evidence"] = evidence
    return entry


# ------------------------------------------------------------------------------- measurements


@dataclass(frozen=True)
class MeasurementInput:
    period: str
    value: float | int | str
    source: str
    date: dt.date | None = None
    note: str | None = None


def measurement_entry(given: MeasurementInput) -> dict[str, object]:
    """The entry to append to `target.measurements`."""
    if not given.source.strip():
        raise UserError(msg("record.source-needed"), USAGE)
    period: object = int(given.period) if given.period.isdigit() else given.period
    entry: dict[str, object] = {"period": period, "value": given.value, "source": given.source}
    if given.date is not None:
        entry["date"] = given.date
    if given.note:
        entry["note"] = given.note
    return entry


# -------------------------------------------------------------------------------- corrections


def correction_target(entries: Sequence[Entry], position: int, record_id: str) -> Entry:
    """Entry `position` (1-based, as `corrects:` counts) of a record's list, which a correction
    may name: an existing original entry, never a correction (correct the original again)."""
    if not 1 <= position <= len(entries):
        raise UserError(
            msg("record.correct-none", id=record_id, n=position, count=len(entries)), USAGE
        )
    entry = entries[position - 1]
    if entry.corrects is not None:
        raise UserError(
            msg("record.correct-correction", id=record_id, n=position, original=entry.corrects),
            USAGE,
        )
    return entry


# What an entry can hold that the write commands have no option for, carried over from the
# entry a correction replaces as long as what they describe is unchanged: the evidence's issuer,
# link and signer while its number stays; a figure's rank and score while its value stays.
_EVIDENCE_EXTRAS = ("issuer", "url", "signer", "signer_title")
_FIGURE_EXTRAS = ("rank", "score")


def with_correction(
    entry: Mapping[str, object], original: Update | Measurement, position: int, reason: str
) -> dict[str, object]:
    """`entry` as the correction of `original`, entry `position`: `corrects` and `reason` right
    after the first field, where a reader of the file looks first (`cchc.corrections`), and the
    fields no option sets carried over from `original` (see `_EVIDENCE_EXTRAS`)."""
    if not reason.strip():
        raise UserError(msg("record.reason-needed"), USAGE)
    items = list(entry.items())
    corrected = dict([*items[:1], ("corrects", position), ("reason", reason.strip()), *items[1:]])
    if isinstance(original, Update):
        evidence = corrected.get("evidence")
        old = original.evidence
        if isinstance(evidence, dict) and old is not None and evidence["number"] == old.number:
            for name in _EVIDENCE_EXTRAS:
                if getattr(old, name) is not None and name not in evidence:
                    evidence[name] = getattr(old, name)
    elif corrected.get("value") == original.value:
        for name in _FIGURE_EXTRAS:
            if getattr(original, name) is not None:
                corrected[name] = getattr(original, name)
    return corrected
