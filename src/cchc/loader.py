"""Files → one immutable `Dataset` plus every `Problem` found; never raises for bad data.

One pass: the `plan/` files first (they define what tasks and targets may refer to), then each task and
target file is read, validated against its model and checked against those references while its YAML
node tree is still at hand for positions; the nodes are then dropped so memory stays flat on large
datasets.
"""

from __future__ import annotations

import datetime as dt
import gc
import os
import sys
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from pydantic import ValidationError

from cchc import checks
from cchc.checks import Finding, References
from cchc.dataset import Dataset, natural_key
from cchc.model import (
    AgenciesFile,
    AreasFile,
    EventsFile,
    Plan,
    Record,
    ScalesFile,
    Target,
    Task,
)
from cchc.problems import Problem
from cchc.schemaerrors import describe
from cchc.yaml import YamlDocument, read_yaml_file

MARKER = Path("plan") / "plan.yaml"
ENV_ROOT = "CCHC_ROOT"

R = TypeVar("R", bound=Record)


class DatasetNotFoundError(Exception):
    """No dataset at the given place; the message is one line for a person."""

    def __init__(self, message: str, message_en: str) -> None:
        super().__init__(message)
        self.message_en = message_en


def find_root(explicit: Path | None, environ: Mapping[str, str], cwd: Path) -> Path:
    """Like git finds `.git`: `--root`, else `CCHC_ROOT`, else the nearest folder upward from `cwd`
    that holds `plan/plan.yaml`."""
    chosen = (
        explicit
        if explicit is not None
        else (Path(environ[ENV_ROOT]) if environ.get(ENV_ROOT) else None)
    )
    if chosen is not None:
        root = chosen if chosen.is_absolute() else cwd / chosen
        if (root / MARKER).is_file():
            return root
        source = "--root" if explicit is not None else ENV_ROOT
        raise DatasetNotFoundError(
            f"{source} = {chosen}: không có plan/plan.yaml ở thư mục này",
            f"{source} = {chosen}: no plan/plan.yaml in that folder",
        )
    for folder in (cwd, *cwd.parents):
        if (folder / MARKER).is_file():
            if not _trusted_owner(folder):
                raise DatasetNotFoundError(
                    f"tìm thấy plan/plan.yaml ở {folder} nhưng thư mục này thuộc người dùng khác, "
                    "nên không dùng; nếu tin tưởng bộ dữ liệu đó, chạy với --root "
                    f"{folder}",
                    f"found plan/plan.yaml in {folder}, but that folder belongs to another user, "
                    f"so it is not used; if you trust that dataset, pass --root {folder}",
                )
            return folder
    raise DatasetNotFoundError(
        "không tìm thấy bộ dữ liệu: không có plan/plan.yaml ở thư mục này hay thư mục cha nào; "
        "chạy trong thư mục dữ liệu hoặc dùng --root THƯ_MỤC",
        "no dataset found: no plan/plan.yaml here or in any parent folder; "
        "run inside the dataset or pass --root DIR",
    )


def _trusted_owner(folder: Path) -> bool:
    """Whether a folder found by walking upward may be used: it belongs to the user running cchc
    (or to the system). Like git's `safe.directory`: a `plan/plan.yaml` planted in a shared parent
    folder (`/tmp`) by someone else must not bring its data and templates into this user's run.
    `--root` and `CCHC_ROOT` name a folder explicitly and are not checked. Where the system has no
    owners (Windows), every folder is trusted."""
    getuid = getattr(os, "getuid", None)
    if getuid is None:
        return True
    try:
        owner = folder.stat().st_uid
    except OSError:
        return False
    return owner in (getuid(), 0)


@dataclass(frozen=True)
class LoadResult:
    dataset: Dataset | None  # None only when plan/plan.yaml itself cannot be used
    problems: list[Problem]
    files: int

    @property
    def ok(self) -> bool:
        return not any(p.level == "error" for p in self.problems)


# YAML problems after which the data still means what the editor meant, so schema checks can go on.
_SOFT_YAML_RULES = frozenset({"yaml-duplicate-key", "yaml-ambiguous-bool"})


class _FileReader:
    """Reads one file into a model, turning every YAML and schema problem into a located Problem."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.resolved_root = root.resolve()
        self.problems: list[Problem] = []
        self.files = 0

    def relative(self, path: Path) -> str:
        try:
            return path.relative_to(self.root).as_posix()
        except ValueError:
            return path.as_posix()

    def read_entry(
        self, folder: str, entry: os.DirEntry[str], model: type[R]
    ) -> tuple[R | None, YamlDocument | None]:
        """A records folder's file: path and symlink flag come from the directory scan, which costs
        no extra system call per file (this is the hot path of a 10,000-file dataset)."""
        return self.read(entry.path, model, rel=f"{folder}/{entry.name}", link=entry.is_symlink())

    def problem(self, rel: str, line: int, column: int, finding: Finding) -> None:
        self.problems.append(
            Problem(
                rel, line, column, finding.level, finding.message, finding.rule, finding.message_en
            )
        )

    def read(
        self, path: Path | str, model: type[R], *, rel: str | None = None, link: bool | None = None
    ) -> tuple[R | None, YamlDocument | None]:
        rel = self.relative(Path(path)) if rel is None else rel
        self.files += 1
        if os.path.islink(path) if link is None else link:
            try:
                target = Path(path).resolve(strict=True)
                inside = target.is_relative_to(self.resolved_root)
            except OSError:
                inside = False
            if not inside:
                self.problems.append(
                    Problem(
                        rel,
                        1,
                        1,
                        "error",
                        "tệp là liên kết (symlink) trỏ ra ngoài bộ dữ liệu hoặc tới nơi không có; "
                        "không đọc — chép tệp thật vào đây",
                        "symlink",
                        "the file is a symlink pointing outside the dataset or nowhere; "
                        "not followed — copy the real file here",
                    )
                )
                return None, None
        document, yaml_problems = read_yaml_file(path)
        for yp in yaml_problems:
            self.problems.append(
                Problem(
                    rel,
                    yp.line,
                    yp.column,
                    "error",
                    yp.message.text("vi"),
                    yp.rule,
                    yp.message.text("en"),
                )
            )
        if document is None or any(p.rule not in _SOFT_YAML_RULES for p in yaml_problems):
            return None, None
        # A document with YAML problems (a duplicate key, `no` for false) is still checked against
        # the schema, so one run shows everything; it is never handed on as a valid record.
        if document.data is None:
            self.problems.append(
                Problem(
                    rel,
                    1,
                    1,
                    "error",
                    "tệp rỗng; cần nội dung theo mẫu",
                    "empty-file",
                    "the file is empty; it needs content in the expected shape",
                )
            )
            return None, None
        try:
            record = model.model_validate(document.data)
        except ValidationError as error:
            for detail in error.errors(include_url=False):
                vi, en, rule, at_key = describe(detail, model)
                loc = tuple(detail["loc"])
                line, column = document.locate_key(loc) if at_key else document.locate(loc)
                self.problems.append(Problem(rel, line, column, "error", vi, rule, en))
            return None, document
        if yaml_problems:
            return None, document
        return record, document

    def report(self, rel: str, document: YamlDocument, findings: Iterable[Finding]) -> None:
        for finding in findings:
            line, column = (
                document.locate_key(finding.loc) if finding.at_key else document.locate(finding.loc)
            )
            self.problem(rel, line, column, finding)


def _record_files(folder: Path, reader: _FileReader) -> Iterator[os.DirEntry[str]]:
    """The `*.yaml` files of a records folder, in natural order; anything else there is a warning,
    because a file staff think is loaded but is not would silently drop a task."""
    if not folder.is_dir():
        return
    paths: list[os.DirEntry[str]] = []
    with os.scandir(folder) as entries:
        found = list(entries)
    for entry in found:
        name = entry.name
        if name.startswith(".") or name in ("README.md", "README"):
            continue
        if name.endswith(".yaml"):
            paths.append(entry)
        else:
            reader.problems.append(
                Problem(
                    f"{folder.name}/{name}",
                    1,
                    1,
                    "warning",
                    "tệp không có đuôi .yaml nên không được đọc; đổi tên thành ….yaml nếu là dữ liệu",
                    "ignored-file",
                    "not a .yaml file, so it is not read; rename it to ….yaml if it is data",
                )
            )
    paths.sort(key=lambda p: natural_key(p.name))
    yield from paths


def load_dataset(root: Path, *, today: dt.date, with_targets: bool = True) -> LoadResult:
    """Read and check the whole dataset under `root`. `today` bounds what may already have happened.

    `with_targets=False` leaves `targets/` unread (the dataset then has no targets): the task
    commands (overdue, due, progress, calendar) do not need them, and on a national roll-up they
    are a tenth of the files. `cchc validate` always reads everything.

    The cyclic garbage collector is paused while loading: every file allocates a burst of YAML nodes
    that reference counting frees at once (they hold no cycles), yet the collector would rescan the
    growing heap of loaded records on every burst, which made loading 10,000 files 3-4x slower.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        return _load_dataset(root, today, with_targets)
    finally:
        if enabled:
            gc.enable()


def _load_dataset(root: Path, today: dt.date, with_targets: bool) -> LoadResult:
    reader = _FileReader(root)
    plan_dir = root / "plan"

    plan, plan_doc = reader.read(plan_dir / "plan.yaml", Plan)
    areas_file = _optional(reader, plan_dir / "areas.yaml", AreasFile, required=True)
    agencies_file = _optional(reader, plan_dir / "agencies.yaml", AgenciesFile, required=True)
    events_file = _optional(reader, plan_dir / "events.yaml", EventsFile, required=False)
    scales_file = _optional(reader, plan_dir / "scales.yaml", ScalesFile, required=False)

    areas = {a.id: a for a in areas_file[0].areas} if areas_file[0] else {}
    agencies = {a.id: a for a in agencies_file[0].agencies} if agencies_file[0] else {}
    groups = {g.id: g for g in agencies_file[0].groups} if agencies_file[0] else {}
    events = {e.id: e for e in events_file[0].events} if events_file[0] else {}
    scales = {s.id: s for s in scales_file[0].scales} if scales_file[0] else {}
    refs = References(
        agencies=frozenset(agencies) | frozenset(groups),
        areas=frozenset(areas),
        events=frozenset(events),
        scales=scales,
        today=today,
    )

    if plan is not None and plan_doc is not None:
        reader.report("plan/plan.yaml", plan_doc, checks.check_plan(plan, refs))
    if areas_file[0] is not None and areas_file[1] is not None:
        reader.report("plan/areas.yaml", areas_file[1], checks.check_areas(areas_file[0], refs))
    if agencies_file[0] is not None and agencies_file[1] is not None:
        reader.report(
            "plan/agencies.yaml", agencies_file[1], checks.check_agencies(agencies_file[0])
        )
    if events_file[0] is not None and events_file[1] is not None:
        reader.report(
            "plan/events.yaml", events_file[1], checks.check_events(events_file[0], today)
        )
    if scales_file[0] is not None and scales_file[1] is not None:
        reader.report("plan/scales.yaml", scales_file[1], checks.check_scales(scales_file[0]))

    tasks = _read_records(reader, root / "tasks", Task, refs, checks.check_task)
    targets = (
        _read_records(reader, root / "targets", Target, refs, checks.check_target)
        if with_targets
        else {}
    )

    problems = sorted(reader.problems)
    if plan is None:
        return LoadResult(None, problems, reader.files)
    paths = {f"task:{k}": v for k, (_, v) in tasks.items()}
    paths.update({f"target:{k}": v for k, (_, v) in targets.items()})
    dataset = Dataset(
        root=root,
        plan=plan,
        areas=areas,
        agencies=agencies,
        groups=groups,
        events=events,
        scales=scales,
        tasks={k: t for k, (t, _) in tasks.items()},
        targets={k: t for k, (t, _) in targets.items()},
        paths=paths,
    )
    return LoadResult(dataset, problems, reader.files)


def _optional(
    reader: _FileReader, path: Path, model: type[R], *, required: bool
) -> tuple[R | None, YamlDocument | None]:
    if not path.exists() and not path.is_symlink():
        if required:
            reader.problems.append(
                Problem(
                    reader.relative(path),
                    1,
                    1,
                    "error",
                    f"thiếu tệp {reader.relative(path)}",
                    "missing-file",
                    f"missing file {reader.relative(path)}",
                )
            )
        return None, None
    return reader.read(path, model)


# Large datasets are parsed on two cores: a forked helper parses part of a folder into plain data
# while this process reads the rest (see `prefetch`). Only clean files come back as data; anything
# with a problem is read again here, with positions. Set CCHC_JOBS=1 to stay in one process.
PARALLEL_MIN_FILES = 1000
# This process also validates and checks what the helper parsed, so the helper takes the larger
# share. Loading 10,000 generated tasks (median of 9 processes each): a helper share of 0.45 took
# 0.77 s, 0.5 0.72 s, 0.55 0.71 s, 0.6 0.76 s, 0.65 0.79 s.
HELPER_SHARE = 0.55


def _parallel_ok(count: int) -> bool:
    if count < PARALLEL_MIN_FILES or not sys.platform.startswith("linux"):
        return False
    if os.environ.get("CCHC_JOBS", "").strip() == "1":
        return False
    # A child forked while other threads run may inherit a lock one of them held (in malloc, in
    # logging) and wait on it forever: a program that embeds cchc with threads loads in one process.
    threading = sys.modules.get("threading")
    if threading is not None and threading.active_count() > 1:
        return False
    return len(os.sched_getaffinity(0)) >= 2


def _clean_data(path: str) -> Any:
    """In the helper process: the file's data if it parsed without any problem, else None."""
    document, problems = read_yaml_file(path)
    return document.data if document is not None and not problems else None


def _read_records(
    reader: _FileReader,
    folder: Path,
    model: type[R],
    refs: References,
    check: Any,
) -> dict[str, tuple[R, str]]:
    entries = list(_record_files(folder, reader))
    split = 0  # entries before `split` are read here while the helper parses the rest
    prefetched: list[Any] = []
    records: dict[str, tuple[R, str]] = {}
    if _parallel_ok(len(entries)):
        from cchc.prefetch import Prefetch

        split = len(entries) - round(len(entries) * HELPER_SHARE)
        helper = Prefetch([e.path for e in entries[split:]], _clean_data)
        try:
            records = _read_entries(reader, folder, model, refs, check, entries[:split], [], {})
        except BaseException:
            helper.cancel()
            raise
        prefetched = helper.collect()  # [] if the helper failed: its files are read here
    return _read_entries(reader, folder, model, refs, check, entries[split:], prefetched, records)


def _read_entries(
    reader: _FileReader,
    folder: Path,
    model: type[R],
    refs: References,
    check: Any,
    entries: list[os.DirEntry[str]],
    prefetched: list[Any],
    records: dict[str, tuple[R, str]],
) -> dict[str, tuple[R, str]]:
    for index, entry in enumerate(entries):
        rel = f"{folder.name}/{entry.name}"
        record: R | None = None
        document: YamlDocument | None = None
        data = prefetched[index] if index < len(prefetched) else None
        if data is not None and not entry.is_symlink():
            try:
                record = model.model_validate(data)
                reader.files += 1
            except ValidationError:
                record = None  # read it again below, with positions for the messages
        if record is None:
            record, document = reader.read_entry(folder.name, entry, model)
            if record is None or document is None:
                if document is not None:
                    document.drop_nodes()
                continue
        record_id: str = record.id  # type: ignore[attr-defined]
        stem = entry.name.removesuffix(".yaml")
        findings: list[Finding] = list(checks.id_matches_file(record_id, stem))
        if record_id in records:
            first = records[record_id][1]
            findings.append(
                Finding(
                    ("id",),
                    "error",
                    f"mã '{record_id}' đã dùng ở {first}; mỗi mã chỉ được dùng một lần",
                    f"id '{record_id}' is already used in {first}; each id must be unique",
                    "duplicate-id",
                )
            )
        findings.extend(check(record, refs))
        if findings:
            if document is None:  # parsed in the helper process: parse here for positions
                document, _ = read_yaml_file(entry.path)
            if document is not None:
                reader.report(rel, document, findings)
        if document is not None:
            document.drop_nodes()
        if record_id not in records:
            records[record_id] = (record, rel)
    return records
