"""Correction entries: how a genuine mistake in a task's `updates` or a target's `measurements`
is put right without rewriting history (SPEC §2 "History").

A correction is an entry appended to the same list, with `corrects: N` — the 1-based position of
the entry it replaces — and a `reason`, and otherwise the fields of the entry as it should have
been, in full (a correction of an update is a whole update: `date`, `status`, its `note` and
`evidence`)::

    updates:
      - {date: 2017-12-20, status: done, evidence: {number: 1234/QĐ-UBND, date: 2017-12-20}}
      - date: 2017-12-20
        corrects: 1
        reason: Số quyết định ghi nhầm (đúng là 1243/QĐ-UBND)
        status: done
        evidence: {number: 1243/QĐ-UBND, date: 2017-12-20}

Why in the same list, not a separate `corrections:` list: a correction is itself history and is
kept the same way (append-only, checked by `cchc diff --check` like any entry); `cchc update`
and `cchc measure` already append to these lists; one list read top to bottom tells the whole
story. Why a position: the list is append-only, so entry N stays entry N forever, and a position
needs no id that every entry would have to carry. Why in full: a correction that lists only the
changed fields could not remove a field (evidence cited by mistake); a full entry is checked by
the same schema as the entry it replaces.

The effective log (`effective`): each corrected entry is replaced, in its place, by its last
correction; corrections stand nowhere else. Every reader of state — `cchc.status`, and through it
reports, views, calendars, exports — reads the effective log; the file, `cchc show` and
`cchc diff` keep both. A correction's own `date` is the corrected entry's date, so a query
`--as-of` an earlier day sees the corrected value too (what the records say happened then; the
record as it stood then is `--rev`'s). To correct a correction, correct the original again: a
correction names an original entry, never another correction (`correction-target`).
A correction that names no valid entry changes nothing (and `cchc validate` says so).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, TypeVar

from cchc.i18n import Message, msg
from cchc.model import Update

if TYPE_CHECKING:  # the target side is imported only by the commands that read it (`cchc.model`)
    from cchc.model import Measurement

__all__ = ["Entry", "corrected_position", "correction_notes", "effective", "effective_indexed"]

Entry = TypeVar("Entry", Update, "Measurement")


def corrected_position(entries: Sequence[Entry], i: int) -> int | None:
    """The 0-based position entry `i` corrects, when it names an earlier original."""
    corrects = entries[i].corrects
    if corrects is None:
        return None
    target = corrects - 1
    if 0 <= target < i and entries[target].corrects is None:
        return target
    return None


def effective_indexed(entries: Sequence[Entry]) -> list[tuple[int, Entry]]:
    """The effective log with each entry's position in the file (where a corrected entry's
    value now lives: its correction's position)."""
    replaced: dict[int, int] = {}
    for i in range(len(entries)):
        target = corrected_position(entries, i)
        if target is not None:
            replaced[target] = i  # the last correction wins
    return [
        (replaced.get(i, i), entries[replaced.get(i, i)])
        for i, entry in enumerate(entries)
        if entry.corrects is None
    ]


def effective(entries: Sequence[Entry]) -> Sequence[Entry]:
    """The entries in force: originals in their order, each replaced by its last correction."""
    if all(entry.corrects is None for entry in entries):
        return entries  # the common case costs one pass and no copy
    return [entry for _, entry in effective_indexed(entries)]


def correction_notes(entries: Sequence[Entry]) -> list[Message | None] | None:
    """For a history table: what each entry's correction status is ("corrects entry 2: why",
    "corrected by entry 4"), or None when the list holds no correction (no column needed)."""
    if all(entry.corrects is None for entry in entries):
        return None
    notes: list[Message | None] = [None] * len(entries)
    for i, entry in enumerate(entries):
        if entry.corrects is None:
            continue
        notes[i] = msg("correction.corrects", n=entry.corrects, reason=entry.reason or "")
        target = corrected_position(entries, i)
        if target is not None:
            notes[target] = msg("correction.corrected-by", n=i + 1)
    return notes
