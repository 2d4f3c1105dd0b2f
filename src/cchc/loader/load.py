"""The pipeline: files → one immutable `Dataset` plus every `Problem` found; never raises for bad data.

Each file goes through the four steps, each in its own module: **parse** (YAML → data and
document, `parse`), **validate** (data → pydantic record, `validate`), **check** (the record
against the plan and the records before it, `check`) and **locate** (a problem's place in the
record → line and column, `locate`, only for problems that are listed). The `plan/` files come
first: they define what tasks and targets may refer to. A file's YAML nodes are dropped as soon as
its checks have run, so memory stays flat on large datasets; problems are kept up to the caps of
`caps` and counted beyond them.
"""

from __future__ import annotations

import datetime as dt
import gc
from collections.abc import Callable, Iterator, Mapping
from functools import partial
from pathlib import Path
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, NamedTuple, TypeVar

from pydantic import BaseModel

from cchc import checks, rules
from cchc.checks import Finding, References
from cchc.dataset import Dataset, natural_key
from cchc.i18n import msg
from cchc.loader.caps import Omitted, ProblemLog
from cchc.loader.check import check_record, reference_hint, references
from cchc.loader.files import DiskSource, FileSource
from cchc.loader.locate import report
from cchc.loader.parse import parse_file
from cchc.loader.reports import Found, read_reports
from cchc.loader.source import source_lines
from cchc.loader.validate import FieldSets, validate_record
from cchc.model import AgenciesFile, AreasFile, EventsFile, Plan, Task
from cchc.problems import Problem, count_levels
from cchc.yaml import YamlDocument

if TYPE_CHECKING:  # the target side is imported only when it is read (`cchc.model`)
    from cchc.model import Target

__all__ = ["LoadResult", "RecordPaths", "load_dataset"]

R = TypeVar("R", bound=BaseModel)


class LoadResult(NamedTuple):
    dataset: Dataset | None  # None only when plan/plan.yaml itself cannot be used
    problems: list[Problem]  # sorted; at most PER_FILE a file and PER_RUN in all
    files: int
    omitted: Omitted = Omitted()  # found beyond the caps: counted
    sources: Mapping[tuple[str, int], str] = MappingProxyType({})  # with_source=True

    @property
    def ok(self) -> bool:
        return self.omitted.errors == 0 and not any(p.level == "error" for p in self.problems)

    def counts(self) -> tuple[int, int]:
        """(errors, warnings) found, listed or not."""
        errors, warnings = count_levels(self.problems)
        return errors + self.omitted.errors, warnings + self.omitted.warnings


def load_dataset(
    root: Path,
    *,
    today: dt.date,
    with_targets: bool = True,
    with_source: bool = False,
    files: FileSource | None = None,
) -> LoadResult:
    """Read and check the whole dataset under `root`. `today` bounds what may already have happened.

    `files` is where the files come from (`cchc.loader.files`): the folder on disk by default, a
    git revision's files, or the folder with the files a write command is about to write.

    `with_targets=False` leaves the target side unread: `targets/` and `plan/scales.yaml` (the
    dataset then has no targets and no scales). The task commands (overdue, due, progress, list,
    calendar, submissions) do not need them, on a national roll-up they are a tenth of the files,
    and the target models are then never even defined. `cchc validate` always reads everything.
    `with_source=True` also keeps the source line of each listed problem (`LoadResult.sources`),
    for a terminal.

    The cyclic garbage collector is paused while loading, here rather than by each program that
    loads: every file allocates a burst of YAML nodes that reference counting frees at once (they
    hold no cycles), yet the collector would rescan the growing heap of loaded records on every
    burst, which made loading 10,000 files 3-4x slower. When the caller has paused it already
    (`cchc.cli.main` does, for the whole command), this changes nothing.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        return _Load(files or DiskSource(root), today).run(with_targets, with_source)
    finally:
        if enabled:
            gc.enable()


class RecordPaths(Mapping[str, str]):
    """`Dataset.paths` ("task:T06" → "tasks/T06.yaml") without a string per record: a record's
    file is named after its id, except where `id-filename` found otherwise (`moved`)."""

    def __init__(self, kinds: Mapping[str, tuple[str, Mapping[str, Any]]], moved: dict[str, str]):
        self._kinds = kinds  # "task" → ("tasks", the records by id)
        self._moved = moved

    def __getitem__(self, key: str) -> str:
        if key in self._moved:
            return self._moved[key]
        kind, _, record_id = key.partition(":")
        folder, records = self._kinds.get(kind, ("", {}))
        if record_id not in records:
            raise KeyError(key)
        return f"{folder}/{record_id}.yaml"

    def __iter__(self) -> Iterator[str]:
        for kind, (_, records) in self._kinds.items():
            for record_id in records:
                yield f"{kind}:{record_id}"

    def __len__(self) -> int:
        return sum(len(records) for _, records in self._kinds.values())


class _Load:
    """One run of the pipeline over one dataset."""

    def __init__(self, source: FileSource, today: dt.date) -> None:
        self.source = source
        self.root = source.root
        self.today = today
        self.log = ProblemLog()
        self.files = 0
        # The files handed to the YAML layer, kept only for a terminal's source lines: a file
        # the loader did not read (a link out, an ignored file) is never quoted.
        self.read: set[str] | None = None
        self.moved: dict[str, str] = {}
        self.field_sets = FieldSets()

    def run(self, with_targets: bool, with_source: bool) -> LoadResult:
        self.read = set() if with_source else None
        plan = areas = agencies = events = scales = None
        tasks: dict[str, Task] = {}
        targets: dict[str, Target] = {}
        reports: Found = {}
        if self.folder_ok("plan"):
            plan = self.plan_file("plan.yaml", Plan, required=True)
            areas = self.plan_file("areas.yaml", AreasFile, required=True)
            agencies = self.plan_file("agencies.yaml", AgenciesFile, required=True)
            events = self.plan_file("events.yaml", EventsFile, required=False)
            known_scales = None  # a task command checks nothing against the scales
            if with_targets:
                from cchc.model.scales import ScalesFile

                scales = self.plan_file("scales.yaml", ScalesFile, required=False)
                known_scales = _record(scales) if scales is not None else ScalesFile()
            refs = references(
                _record(areas),
                _record(agencies),
                _record(events) if events is not None else EventsFile(),
                known_scales,
                self.today,
            )
            self.check_plan_file("plan.yaml", plan, lambda p: checks.check_plan(p, refs))
            self.check_plan_file("areas.yaml", areas, lambda a: checks.check_areas(a, refs))
            self.check_plan_file("agencies.yaml", agencies, checks.check_agencies)
            self.check_plan_file(
                "events.yaml", events, lambda e: checks.check_events(e, self.today)
            )
            self.check_plan_file("scales.yaml", scales, checks.check_scales)
            tasks = self.records("tasks", Task, refs, checks.check_task)
            if with_targets:
                from cchc.model.targets import Target

                targets = self.records("targets", Target, refs, checks.check_target)
            agency_record = _record(agencies)
            if agency_record is not None:
                reports = read_reports(
                    self,
                    refs,
                    {a.id: a for a in agency_record.agencies},
                    frozenset(g.id for g in agency_record.groups),
                )
        problems = sorted(self.log.problems, key=Problem.sort_key)
        sources = source_lines(self.source, problems, self.read) if self.read is not None else {}
        plan_record = _record(plan)
        if plan_record is None:
            return LoadResult(None, problems, self.files, self.log.omitted, sources)
        area_file, agency_file = _record(areas), _record(agencies)
        event_file, scale_file = _record(events), _record(scales)
        dataset = Dataset(
            root=self.root,
            plan=plan_record,
            areas={a.id: a for a in area_file.areas} if area_file else {},
            agencies={a.id: a for a in agency_file.agencies} if agency_file else {},
            groups={g.id: g for g in agency_file.groups} if agency_file else {},
            events={e.id: e for e in event_file.events} if event_file else {},
            scales={s.id: s for s in scale_file.scales} if scale_file else {},
            tasks=tasks,
            targets=targets,
            paths=RecordPaths(
                {"task": ("tasks", tasks), "target": ("targets", targets)},
                {**self.moved, **{f"report:{p}/{a}": rel for (p, a), (_, rel) in reports.items()}},
            ),
            reports={key: record for key, (record, _) in reports.items()},
        )
        return LoadResult(dataset, problems, self.files, self.log.omitted, sources)

    # ------------------------------------------------------------------------------ the steps

    def parse(self, rel: str, link: bool) -> tuple[YamlDocument | None, bool]:
        self.files += 1
        document, clean = parse_file(self.log, self.source, rel, link=link)
        if self.read is not None and (not link or self.source.link_inside(rel)):
            self.read.add(rel)
        return document, clean

    def folder_ok(self, name: str) -> bool:
        """A `plan`, `tasks` or `targets` folder that is a link must lead inside the dataset, like
        a linked file: otherwise none of its files is read, and nothing of them is quoted."""
        if self.source.kind(name) == "link" and not self.source.link_inside(name):
            symlink = rules.SYMLINK
            self.log.add(
                name, 1, 1, symlink.level, msg("loader.symlink-folder", folder=name), symlink.id
            )
            return False
        return True

    def plan_file(
        self, name: str, model: type[R], *, required: bool
    ) -> tuple[R | None, YamlDocument | None] | None:
        """(record, document) of a `plan/` file; None when it is absent."""
        rel = f"plan/{name}"
        kind = self.source.kind(rel)
        if kind == "missing":
            if required:
                missing = rules.MISSING_FILE
                self.log.add(
                    rel, 1, 1, missing.level, msg("loader.missing-file", path=rel), missing.id
                )
            return None
        document, clean = self.parse(rel, kind == "link")
        if document is None:
            return None, None
        record = validate_record(self.log, rel, document, model)
        return (record if clean else None), document

    def check_plan_file(
        self,
        name: str,
        loaded: tuple[Any, YamlDocument | None] | None,
        check: Callable[[Any], Iterator[Finding]],
    ) -> None:
        if loaded is None:
            return
        record, document = loaded
        if document is None:
            return
        if record is not None:
            report(self.log, f"plan/{name}", document, check(record))
        document.drop_nodes()

    def records(
        self,
        folder: str,
        model: type[R],
        refs: References,
        check: Callable[[Any, References], Iterator[Finding]],
    ) -> dict[str, R]:
        """Every record of `tasks/` or `targets/`, by id; the first of two with one id wins."""
        records: dict[str, R] = {}
        kind = folder.removesuffix("s")
        hint = partial(reference_hint, refs)
        names, links = self.entries(folder)
        for name in names:
            link = name in links
            rel = f"{folder}/{name}"
            document, clean = self.parse(rel, link)
            if document is None:
                continue
            record = validate_record(self.log, rel, document, model, hint)
            if record is not None and clean:
                self.field_sets.share(record)
                record_id: str = record.id  # type: ignore[attr-defined]
                stem = name[:-5]  # without ".yaml"
                seen = record_id in records
                first = (
                    self.moved.get(f"{kind}:{record_id}", f"{folder}/{record_id}.yaml")
                    if seen
                    else None
                )
                check_record(
                    self.log,
                    rel,
                    document,
                    check(record, refs),
                    record_id=record_id,
                    stem=stem,
                    first=first,
                )
                if not seen:
                    records[record_id] = record
                    if stem != record_id:
                        self.moved[f"{kind}:{record_id}"] = rel
            document.drop_nodes()
        return records

    def entries(self, folder: str) -> tuple[list[str], set[str]]:
        """The `*.yaml` files of a records folder in natural order, and those that are links;
        anything else there is a warning, because a file staff think is loaded but is not would
        silently drop a task. The scan gives each entry's kind without a system call per file."""
        found: list[str] = []
        links: set[str] = set()
        if not self.folder_ok(folder) or self.source.kind(folder) not in ("dir", "link"):
            return found, links
        for name, kind in self.source.entries(folder):
            if name.startswith(".") or name in ("README.md", "README"):
                continue
            if name.endswith(".yaml"):
                found.append(name)
                if kind == "link":
                    links.add(name)
            else:
                ignored = rules.IGNORED_FILE
                self.log.add(
                    f"{folder}/{name}",
                    1,
                    1,
                    ignored.level,
                    msg("loader.ignored-file"),
                    ignored.id,
                )
        found.sort(key=natural_key)
        return found, links


def _record(loaded: tuple[R | None, YamlDocument | None] | None) -> R | None:
    return loaded[0] if loaded is not None else None
