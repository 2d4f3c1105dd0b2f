"""Recording one entry in the dataset, end to end: the record an id names, the entry appended
with every other byte of its file kept, the whole dataset validated with the new bytes, and
only then the atomic write. `cchc update` and `cchc measure` are these functions with options.

Refusals, in the order they are checked (nothing is written on any of them):
1. the id names no task (target): "did you mean …" (exit 2);
2. the record's file has problems already, or another file of the dataset has errors (exit 1):
   an entry appended to a broken dataset would be checked against a guess — fix it first;
3. the entry cannot follow the record's history (`cchc.recording`: before the last entry, after
   `done` without a reopening);
4. the file's shape does not allow a byte-preserving append (`cchc.append`);
5. the dataset with the new bytes has errors: `Refused` carries them, to be shown as
   `cchc validate` shows them (exit 1);
6. the file changed on disk between reading and writing (exit 1: run again).
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Generic, Literal, TypeVar, cast

from cchc.append import AppendError, Insertion, Value, append_entry
from cchc.dataset import Dataset
from cchc.errors import DATA, USAGE, UserError
from cchc.hints import did_you_mean
from cchc.i18n import Message, msg
from cchc.loader import load_dataset
from cchc.loader.files import DiskSource, OverlaySource
from cchc.model import Target, Task
from cchc.problems import Problem, printable
from cchc.recording import MeasurementInput, UpdateInput, measurement_entry, update_entry
from cchc.suggest import match_id
from cchc.writer import write_file
from cchc.yaml.limits import MAX_FILE_BYTES

__all__ = [
    "Change",
    "Opened",
    "Refused",
    "diff_lines",
    "open_target",
    "open_task",
    "prepare",
    "record_measurement",
    "record_update",
    "write",
]

Kind = Literal["task", "target"]
R = TypeVar("R", Task, Target)

_FOLDER: Mapping[Kind, str] = {"task": "tasks", "target": "targets"}
_KEY: Mapping[Kind, str] = {"task": "updates", "target": "measurements"}


class Refused(UserError):
    """The dataset with the new bytes has errors: `problems` (and `more` not listed), shown as
    `cchc validate` shows them, then this one line."""

    def __init__(self, message: Message, problems: Sequence[Problem], more: int) -> None:
        super().__init__(message, DATA)
        self.problems = tuple(problems)
        self.more = more


@dataclass(frozen=True)
class Opened(Generic[R]):
    """A record named on the command line, and its file as it is on disk."""

    root: Path
    dataset: Dataset
    record: R
    kind: Kind
    rel: str  # "tasks/T06.yaml"
    old: bytes
    before: tuple[Problem, ...]  # the file's problems now (warnings: it has no errors)


@dataclass(frozen=True)
class Change:
    """What a write command is about to write: validated, not yet written."""

    root: Path
    rel: str
    old: bytes
    new: bytes
    insertion: Insertion
    warnings: tuple[Problem, ...]  # warnings the entry brings (shown; they do not block)

    @property
    def path(self) -> Path:
        return self.root / self.rel


# --------------------------------------------------------------------------------- the record


def open_task(root: Path, word: str, today: dt.date) -> Opened[Task]:
    """The task `word` names (case and diacritics aside), ready to take an entry."""
    return _open(root, word, today, "task", Task)


def open_target(root: Path, word: str, today: dt.date) -> Opened[Target]:
    return _open(root, word, today, "target", Target)


def _open(root: Path, word: str, today: dt.date, kind: Kind, model: type[R]) -> Opened[R]:
    result = load_dataset(root, today=today)
    dataset = result.dataset
    if dataset is None:
        raise UserError(msg("record.dataset-invalid", errors=result.counts()[0]), DATA)
    records: Mapping[str, Task | Target] = dataset.tasks if kind == "task" else dataset.targets
    folder = _FOLDER[kind]
    # A record whose file has errors did not load: it is still what the id names (so the
    # refusal says its file must be fixed, not that it does not exist).
    files = {rid: dataset.paths[f"{kind}:{rid}"] for rid in records}
    for problem in result.problems:
        stem = problem.path.removeprefix(f"{folder}/").removesuffix(".yaml")
        if problem.path == f"{folder}/{stem}.yaml" and "/" not in stem:
            files.setdefault(stem, problem.path)
    found = match_id(word, list(files))
    if found is None:
        raise _unknown(word, kind, files, dataset)
    rel = files[found]
    errors, _ = result.counts()
    own = tuple(p for p in result.problems if p.path == rel)
    if any(p.level == "error" for p in own) or found not in records:
        raise UserError(msg("record.file-invalid", path=rel), DATA)
    if errors:
        first = next((p for p in result.problems if p.level == "error"), None)
        if first is None:  # all of them past the listing caps
            raise UserError(msg("record.dataset-invalid", errors=errors), DATA)
        raise UserError(
            msg("record.dataset-invalid-at", errors=errors, path=first.path, line=first.line),
            DATA,
        )
    source = DiskSource(root)
    if source.kind(rel) == "link":  # refused before anything is shown as about to be written
        raise UserError(msg("write.symlink", path=rel), USAGE)
    old = source.data(rel)
    if old is None:
        raise UserError(msg("record.file-invalid", path=rel), DATA)
    record = records[found]
    assert isinstance(record, model)
    return Opened(root, dataset, record, kind, rel, old, own)


def _unknown(word: str, kind: Kind, files: Mapping[str, str], dataset: Dataset) -> UserError:
    other: Mapping[str, object] = dataset.targets if kind == "task" else dataset.tasks
    elsewhere = match_id(word, list(other))
    if elsewhere is not None:
        return UserError(msg(f"record.is-{kind}-not", id=elsewhere), USAGE)
    hint = did_you_mean(word, list(files))
    # The word is echoed as typed; the error line escapes it (`cchc.cli.common.say_error`).
    return UserError(msg(f"record.unknown-{kind}", id=word, hint=hint), USAGE)


# ---------------------------------------------------------------------------------- the entry


def record_update(root: Path, word: str, given: UpdateInput, today: dt.date) -> Change:
    """The validated change that appends `given` to the task `word` names."""
    opened = open_task(root, word, today)
    return prepare(opened, update_entry(opened.record, given), today)


def record_measurement(root: Path, word: str, given: MeasurementInput, today: dt.date) -> Change:
    opened = open_target(root, word, today)
    return prepare(opened, measurement_entry(given), today)


def prepare(
    opened: Opened[Task] | Opened[Target], entry: Mapping[str, object], today: dt.date
) -> Change:
    """`entry` appended to the record's list, and the whole dataset validated with the new bytes."""
    text = opened.old.decode("utf-8")  # the file loaded without problems: it is UTF-8
    # A value bigger than a file may be is refused before the YAML layer composes it.
    if len(opened.old) + sum(len(str(v).encode()) for v in entry.values()) > MAX_FILE_BYTES:
        raise UserError(msg("record.too-large", path=opened.rel), USAGE)
    try:
        # The entry builders (`cchc.recording`) give only the values `cchc.append` writes.
        insertion = append_entry(text, _KEY[opened.kind], cast("Mapping[str, Value]", entry))
    except AppendError as refused:
        raise UserError(
            msg("record.cannot-append", path=opened.rel, reason=msg(refused.key)), DATA
        ) from None
    new = insertion.text.encode("utf-8")
    source = OverlaySource(DiskSource(opened.root), {opened.rel: new})
    result = load_dataset(opened.root, today=today, files=source)
    errors = [p for p in result.problems if p.level == "error"]
    if errors or result.omitted.errors:
        count = len(errors) + result.omitted.errors
        raise Refused(
            msg("record.refused", path=opened.rel, errors=count), errors, result.omitted.errors
        )
    return Change(
        opened.root, opened.rel, opened.old, new, insertion, _new_warnings(opened, result.problems)
    )


def _new_warnings(
    opened: Opened[Task] | Opened[Target], after: Sequence[Problem]
) -> tuple[Problem, ...]:
    """The file's warnings that were not there before (lines move, so compared by rule and text)."""
    seen = Counter((p.rule, p.text("vi")) for p in opened.before)
    fresh = []
    for problem in after:
        if problem.path != opened.rel or problem.level != "warning":
            continue
        key = (problem.rule, problem.text("vi"))
        if seen[key]:
            seen[key] -= 1
        else:
            fresh.append(problem)
    return tuple(fresh)


def write(change: Change) -> None:
    """Write the change, atomically, unless the file changed since it was read."""
    if DiskSource(change.root).data(change.rel) != change.old:
        raise UserError(msg("record.changed", path=change.rel), DATA)
    write_file(change.path, change.new, root=change.root, owns_records=True)


# ----------------------------------------------------------------------------------- the diff


def diff_lines(change: Change, context: int = 2) -> list[str]:
    """What was appended, as a unified diff of the file (one hunk, a little context), each line
    made printable: a value cannot move the cursor or forge a line."""
    old = change.old.decode("utf-8")
    new = change.insertion.text
    at, inserted = change.insertion.at, change.insertion.inserted
    start = old.rfind("\n", 0, at) + 1  # the start of the line the entry goes into
    if at == start and inserted.endswith("\n"):
        end = start  # whole lines inserted between two lines: nothing removed
    else:
        found = old.find("\n", at)
        end = len(old) if found < 0 else found + 1
    old_lines = old.splitlines(keepends=True)
    first = old.count("\n", 0, start)
    removed = old[start:end].splitlines(keepends=True)
    added = new[start : end + len(inserted)].splitlines(keepends=True)
    before = old_lines[max(first - context, 0) : first]
    after = old_lines[first + len(removed) : first + len(removed) + context]
    old_count = len(before) + len(removed) + len(after)
    new_count = len(before) + len(added) + len(after)
    old_start = first - len(before) + (1 if old_count else 0)
    new_start = first - len(before) + (1 if new_count else 0)
    shown = printable(change.rel)
    lines = [
        f"--- a/{shown}",
        f"+++ b/{shown}",
        f"@@ -{old_start},{old_count} +{new_start},{new_count} @@",
    ]
    for mark, chunk in ((" ", before), ("-", removed), ("+", added), (" ", after)):
        for line in chunk:
            lines.append(mark + printable(line.rstrip("\r\n")))
            if not line.endswith("\n"):
                lines.append("\\ No newline at end of file")
    return lines
