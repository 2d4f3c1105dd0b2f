"""Two revisions' files → a `Diff`: load what is needed of each, then compare record by record.

Speed: a record's state depends on its own file and on the plan's files (`plan/`: the plan's
dates, the events a deadline waits for, the scales), never on another task or target. So when
`plan/` is the same in both revisions, only the files that differ are loaded (with `plan/`), and
a dataset of 10,000 tasks with 100 changed files diffs in the time it takes to load 100 files.
When `plan/` differs, every record's state may change with it: HEAD is loaded whole, BASE from
`plan/` and the changed files, its other records borrowed from HEAD (the same bytes make the
same record). The errors counted are those of what was read (`Side.whole`).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cchc.changes.compare import (
    compare_plan,
    compare_report,
    compare_target,
    compare_task,
    report_details,
    target_summary,
    task_summary,
)
from cchc.changes.model import GROUPS, KINDS, RECORDS, Change, Details, Diff, Side
from cchc.dataset import Dataset, natural_key
from cchc.loader import LoadResult, load_dataset
from cchc.revisions import (
    WORKTREE,
    RevisionFile,
    changed_paths,
    memory_source,
    read_revision,
    revision_pair,
)

__all__ = [
    "RevisionPair",
    "diff_files",
    "diff_pair",
    "diff_revisions",
    "load_revision",
    "read_pair",
]

_KIND_ORDER = {kind: i for i, kind in enumerate(KINDS)}
_GROUP_ORDER = {kind: i for i, group in enumerate(GROUPS) for kind in group}
_RECORD_ORDER = {record: i for i, record in enumerate(RECORDS)}


def load_revision(root: Path, files: Mapping[str, RevisionFile], checked_on: dt.date) -> LoadResult:
    """A revision's files loaded as the dataset they make (a link stays a link, and is refused)."""
    return load_dataset(root, today=checked_on, files=memory_source(root, files))


@dataclass(frozen=True)
class RevisionPair:
    """The two revisions `cchc diff` compares, read once: their names and commits (`Side`) and
    their files (what `diff_files`, and the history check of `--check`, take)."""

    base: Side
    head: Side
    base_files: Mapping[str, RevisionFile]
    head_files: Mapping[str, RevisionFile]


def read_pair(root: Path, base: str | None, head: str | None) -> RevisionPair:
    """`BASE` and `HEAD` of `cchc diff` resolved as `git diff` reads them
    (`cchc.revisions.revision_pair`; `WORKTREE` is the files on disk), and read."""
    base_commit, head_commit = revision_pair(root, base, head)
    base_name = base if base is not None else base_commit
    head_name = head if head is not None else WORKTREE
    if base is not None and ".." in base and base != WORKTREE:
        # `A..B`: A; `A...B`: the merge base of A, written `A...`.
        left, dots, right = base.partition("...") if "..." in base else base.partition("..")
        base_name = f"{left or 'HEAD'}..." if dots == "..." else left or "HEAD"
        head_name = right or "HEAD"
    return RevisionPair(
        Side(base_name, None if base_commit == WORKTREE else base_commit),
        Side(head_name, None if head_commit == WORKTREE else head_commit),
        read_revision(root, base_commit),
        read_revision(root, head_commit),
    )


def diff_revisions(
    root: Path, base: str | None, head: str | None, on: dt.date, checked_on: dt.date
) -> Diff:
    """`cchc diff BASE HEAD` on the dataset at `root` (`read_pair`, then `diff_pair`)."""
    return diff_pair(root, read_pair(root, base, head), on, checked_on)


def diff_pair(root: Path, pair: RevisionPair, on: dt.date, checked_on: dt.date) -> Diff:
    return diff_files(root, pair.base, pair.head, pair.base_files, pair.head_files, on, checked_on)


def _errors_in(result: LoadResult) -> set[str]:
    return {p.path for p in result.problems if p.level == "error"}


def diff_files(
    root: Path,
    base: Side,
    head: Side,
    base_files: Mapping[str, RevisionFile],
    head_files: Mapping[str, RevisionFile],
    on: dt.date,
    checked_on: dt.date,
) -> Diff:
    """What changed from `base_files` to `head_files`, as of `on`. `checked_on` is the day nothing
    may be dated after (the real today, or `on` when later), as for `cchc validate`."""
    added, removed, changed = changed_paths(dict(base_files), dict(head_files))
    touched = {*added, *removed, *changed}
    plan_changed = any(path.startswith("plan/") for path in touched)

    def subset(files: Mapping[str, RevisionFile]) -> dict[str, RevisionFile]:
        return {p: f for p, f in files.items() if p.startswith("plan/") or p in touched}

    base_read, head_read = (
        subset(base_files),
        (dict(head_files) if plan_changed else subset(head_files)),
    )
    old = load_revision(root, base_read, checked_on)
    new = load_revision(root, head_read, checked_on)
    base = Side(base.name, base.commit, old.counts()[0], whole=False)
    head = Side(head.name, head.commit, new.counts()[0], whole=plan_changed)
    changes: list[Change] = []
    for side, result in (("base", old), ("head", new)):
        errors = result.counts()[0]
        if errors or result.dataset is None:
            changes.append(Change("invalid", "revision", side, after=errors))
    if old.dataset is not None and new.dataset is not None:
        before = old.dataset
        if plan_changed:
            # Every state may change with plan/: BASE's unchanged records are HEAD's, the same
            # bytes, so they are borrowed rather than read a second time.
            before = _borrow(before, new.dataset, touched)
        broken = {"base": _errors_in(old), "head": _errors_in(new)}
        files = {"base": base_files, "head": head_files}
        changes += _compare(before, new.dataset, broken, files, on)
        for side, dataset in (("base", old.dataset), ("head", new.dataset)):
            changes += _unreadable(dataset, broken[side] & touched, changes, side)
    changes.sort(
        key=lambda c: (
            _GROUP_ORDER[c.kind],
            _RECORD_ORDER[c.record],
            natural_key(c.id),
            _KIND_ORDER[c.kind],
        )
    )
    return Diff(base, head, on, tuple(changes))


@dataclass(frozen=True)
class _Kind:
    """How one kind of record file is compared: where its records are, what a reader calls one,
    what is said of one added or removed, and how two versions of one compare."""

    record: str  # "task", "target", "report"
    added: str  # the kind of change for a new record
    removed: str
    records: Callable[[Dataset], Mapping[Any, Any]]
    key: Callable[[Any], str]  # a record's id in the changes ("K01", "2017H1/stp")
    title: Callable[[Dataset, Any, Any], str]  # (dataset, key, record) → what a reader calls it
    summary: Callable[[Any, Dataset], Details]
    compare: Callable[[str, Any, Any, Dataset, Dataset, str], list[Change]]


def _kinds(on: dt.date) -> tuple[_Kind, ...]:
    return (
        _Kind(
            "task",
            "added",
            "removed",
            lambda d: d.tasks,
            str,
            lambda d, k, r: r.title,
            lambda r, d: task_summary(r, d, on),
            lambda k, b, a, base, head, path: compare_task(b, a, base, head, on, path),
        ),
        _Kind(
            "target",
            "added",
            "removed",
            lambda d: d.targets,
            str,
            lambda d, k, r: r.indicator,
            lambda r, d: target_summary(r, d, on),
            lambda k, b, a, base, head, path: compare_target(b, a, base, head, on, path),
        ),
        _Kind(
            "report",
            "report-added",
            "report-removed",
            lambda d: d.reports,
            lambda k: f"{k[0]}/{k[1]}",
            lambda d, k, r: d.agency_name(k[1]),
            lambda r, d: report_details(r),
            lambda k, b, a, base, head, path: compare_report(k, b, a, path),
        ),
    )


_FOLDERS = {"tasks": "task", "targets": "target", "reports": "report"}


def _unreadable(dataset: Dataset, broken: set[str], found: list[Change], side: str) -> list[Change]:
    """The changed record files of a revision that gave no record there (a YAML or schema error, a
    link, not UTF-8 …) and that no change names yet: each is said, never silently left out."""
    loaded = {dataset.paths[key] for key in dataset.paths}
    named = {c.path for c in found if c.kind == "unreadable" and c.field == side}
    changes = []
    for path in sorted(broken - loaded - named):
        folder, _, rest = path.partition("/")
        if folder in _FOLDERS and rest.endswith(".yaml"):
            changes.append(Change("unreadable", _FOLDERS[folder], rest[:-5], path, field=side))
    return changes


def _borrow(base: Dataset, head: Dataset, touched: set[str]) -> Dataset:
    """BASE's dataset, read from plan/ and the changed files only, completed with HEAD's records
    whose files did not change."""

    def kept(kind: str, records: Mapping[Any, Any], name: Callable[[Any], str]) -> dict[Any, Any]:
        return {
            key: record
            for key, record in records.items()
            if head.paths.get(f"{kind}:{name(key)}") not in touched
        }

    return base._replace(
        tasks={**kept("task", head.tasks, str), **base.tasks},
        targets={**kept("target", head.targets, str), **base.targets},
        reports={**kept("report", head.reports, lambda k: f"{k[0]}/{k[1]}"), **base.reports},
    )


def _compare(
    before: Dataset,
    after: Dataset,
    broken: Mapping[str, set[str]],
    files: Mapping[str, Mapping[str, RevisionFile]],
    on: dt.date,
) -> list[Change]:
    changes = compare_plan(before, after)
    # When what every state depends on changed, every record is compared, changed or not.
    everything = _plan_changed(before, after)

    def alone(kind: _Kind, key: Any, record: Any, dataset: Dataset, side: str) -> Change:
        """A record in one revision only: added or removed — unless its file is in the other
        revision too but could not be read there, which is no removal."""
        other = "base" if side == "head" else "head"
        name = kind.key(key)
        path = dataset.paths.get(f"{kind.record}:{name}", "")
        title = kind.title(dataset, key, record)
        if path in files[other] and path in broken[other]:
            return Change("unreadable", kind.record, name, path, title, field=other)
        change = kind.added if side == "head" else kind.removed
        return Change(change, kind.record, name, path, title, details=kind.summary(record, dataset))

    for kind in _kinds(on):
        earlier, later = kind.records(before), kind.records(after)
        for key, record in later.items():
            if key not in earlier:
                changes.append(alone(kind, key, record, after, "head"))
            elif everything or earlier[key] != record:
                name = kind.key(key)
                path = after.paths.get(f"{kind.record}:{name}", "")
                title = kind.title(after, key, record)
                found = kind.compare(name, earlier[key], record, before, after, path)
                changes += [dataclasses.replace(c, title=title) for c in found]
        changes += [alone(kind, k, r, before, "base") for k, r in earlier.items() if k not in later]
    return changes


def _plan_changed(before: Dataset, after: Dataset) -> bool:
    """Whether what a record's state depends on, beyond its own file, differs."""
    return (
        before.plan != after.plan or before.events != after.events or before.scales != after.scales
    )
