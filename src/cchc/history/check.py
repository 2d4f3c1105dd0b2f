"""`check_history`: every rewrite of history between two revisions of the dataset's files."""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from cchc import rules
from cchc.history.entries import EntryChange, changed_fields, diff_entries
from cchc.history.policy import ENTRY_LISTS, PLAN_LISTS, RECORD_FIELDS, Guard, file_kind
from cchc.history.values import canon, spell
from cchc.i18n import Message, msg
from cchc.problems import Problem
from cchc.revisions import RevisionFile
from cchc.rules import Rule
from cchc.yaml import YamlDocument, load_yaml

__all__ = ["base_path", "check_history"]

Loc = tuple[str | int, ...]


def base_path(label: str, path: str) -> str:
    """How a place in BASE is named: git's own spelling of a file at a revision, `REV:PATH`
    (`git show origin/main:tasks/T06.yaml` shows it)."""
    return f"{label}:{path}"


@dataclass(frozen=True)
class _Side:
    """One revision of one file, parsed, and the path its problems are reported under."""

    path: str
    document: YamlDocument
    prefix: Loc = ()  # inside one entry of a list: the entry's path

    @property
    def data(self) -> Any:
        return _get(self.document.data, self.prefix)[1]

    def inside(self, prefix: Loc) -> _Side:
        return _Side(self.path, self.document, (*self.prefix, *prefix))

    def problem(self, rule: Rule, loc: Loc, message: Message) -> Problem:
        line, column = self.document.locate((*self.prefix, *loc))
        return Problem(self.path, line, column, rule.level, message, rule.id)


def check_history(
    base: Mapping[str, RevisionFile],
    head: Mapping[str, RevisionFile],
    *,
    base_label: str = "BASE",
) -> list[Problem]:
    """One `Problem` per rewrite of history from `base` to `head` (both `read_revision` maps),
    sorted. A problem's place is in HEAD (`tasks/T06.yaml:12:11`), or for what HEAD no longer
    has, in BASE under `base_path(base_label, path)` (`origin/main:tasks/T06.yaml:9:5`); the CLI
    passes the revision as the user named it. Only files whose bytes differ are parsed; a file
    that is a symlink or does not load cleanly in either revision is skipped (`validate` says
    why)."""
    problems: list[Problem] = []
    for path, before in base.items():
        kind = file_kind(path)
        after = head.get(path)
        if kind is None or before.link or (after is not None and after == before):
            continue
        old = _parse(base_path(base_label, path), before)
        if old is None:
            continue
        if after is None:
            problems += _removed_file(kind, old)
            continue
        new = _parse(path, after) if not after.link else None
        if new is not None:
            problems += _changed_file(kind, old, new)
    return sorted(problems)


def _parse(path: str, file: RevisionFile) -> _Side | None:
    document, problems = load_yaml(file.data)
    if document is None or problems or not isinstance(document.data, dict):
        return None
    return _Side(path, document)


# ------------------------------------------------------------------------------ removed files


def _removed_file(kind: str, old: _Side) -> list[Problem]:
    name = old.path.split(":", 1)[1]
    if kind == "report":
        if not _issued(old.data):
            return []  # a draft may be withdrawn
        text = msg("history.report-removed", number=spell(old.data["number"]))
        return [old.problem(rules.HISTORY_REPORT_ISSUED, ("number",), text)]
    if kind in ("tasks", "targets"):
        text = msg("history.record-removed", path=name, id=spell(old.data.get("id")))
    else:
        text = msg("history.file-removed", path=name)
    return [old.problem(rules.HISTORY_RECORD_REMOVED, ("id",), text)]


# ------------------------------------------------------------------------------ changed files


def _changed_file(kind: str, old: _Side, new: _Side) -> Iterator[Problem]:
    if kind == "report":
        yield from _report(old, new)
        return
    for field, guard in RECORD_FIELDS.get(kind, {}).items():
        yield from _guarded(old, new, field, guard)
    entries = ENTRY_LISTS.get(kind)
    if entries is not None:
        yield from _entries(old, new, entries)
    for key, guarded in PLAN_LISTS.get(kind, {}).items():
        yield from _plan_list(old, new, key, guarded)


def _get(data: Any, field: Sequence[str | int]) -> tuple[bool, Any]:
    """(found, value) at a path of keys and list positions."""
    for key in field:
        if isinstance(data, list):
            found = isinstance(key, int) and 0 <= key < len(data)
        else:
            found = isinstance(data, dict) and key in data
        if not found:
            return False, None
        data = data[key]
    return True, data


_GUARD_RULES: Mapping[Guard, tuple[Rule, str]] = {
    "text": (rules.HISTORY_PLAN_TEXT, "history.plan-text"),
    "deadline": (rules.HISTORY_DEADLINE, "history.deadline"),
    "goal": (rules.HISTORY_GOAL, "history.goal"),
    "additive-goal": (rules.HISTORY_GOAL, "history.goal"),
    "recorded": (rules.HISTORY_ENTRY_EDITED, "history.recorded"),
}


def _guarded(old: _Side, new: _Side, field: Loc, guard: Guard) -> Iterator[Problem]:
    """A guarded field BASE had: unchanged in HEAD, or one problem (at HEAD's value, or at
    BASE's when HEAD dropped it)."""
    had, before = _get(old.data, field)
    if not had:
        return
    has, after = _get(new.data, field)
    if guard == "additive-goal" and has and isinstance(before, dict) and isinstance(after, dict):
        for key in before:
            yield from _guarded(old, new, (*field, key), "goal")
        return
    rule, key = _GUARD_RULES[guard]
    name = ".".join(str(part) for part in field)
    if not has:
        yield old.problem(rule, field, msg(f"{key}-removed", field=name, old=spell(before)))
    elif canon(before) != canon(after):
        text = msg(key, field=name, old=spell(before), new=spell(after))
        yield new.problem(rule, (*field, *_first_difference(before, after)), text)


def _first_difference(before: object, after: object) -> Loc:
    """Where inside two differing values they first differ, to point at it (`goal.value`)."""
    if isinstance(before, dict) and isinstance(after, dict):
        for key in (*before, *(k for k in after if k not in before)):
            if key not in after:
                return ()
            if key not in before or canon(before[key]) != canon(after[key]):
                return (key, *_first_difference(before.get(key), after[key]))
    return ()


def _entries(old: _Side, new: _Side, key: str) -> Iterator[Problem]:
    before = old.data.get(key, [])
    after = new.data.get(key, [])
    if not isinstance(before, list) or not isinstance(after, list):
        return
    entry = msg(f"history.entry.{key}")
    for change in diff_entries(before, after):
        yield _entry_problem(old, new, key, entry, change, before, after)


def _label(entry: object) -> str:
    """What names an entry for a person: an update's date, a measurement's period."""
    if isinstance(entry, dict):
        for key in ("date", "period"):
            if key in entry:
                return spell(entry[key])
    return "?"


def _entry_problem(
    old: _Side,
    new: _Side,
    key: str,
    entry: Message,
    change: EntryChange,
    before: list[Any],
    after: list[Any],
) -> Problem:
    if change.kind == "removed":
        assert change.base is not None
        i = change.base
        text = msg("history.entry-removed", entry=entry, n=i + 1, label=_label(before[i]))
        return old.problem(rules.HISTORY_ENTRY_REMOVED, (key, i), text)
    assert change.head is not None
    j = change.head
    if change.kind == "moved":
        assert change.base is not None
        text = msg("history.entry-moved", entry=entry, n=change.base + 1, now=j + 1)
        return new.problem(rules.HISTORY_ENTRY_ORDER, (key, j), text)
    if change.kind == "inserted":
        text = msg("history.entry-inserted", entry=entry, now=j + 1, label=_label(after[j]))
        return new.problem(rules.HISTORY_ENTRY_ORDER, (key, j), text)
    assert change.base is not None
    n = change.base + 1
    if change.kind == "evidence":
        was, now = before[change.base]["evidence"]["number"], after[j]["evidence"]["number"]
        text = msg("history.evidence-number", n=n, old=spell(was), new=spell(now))
        return new.problem(rules.HISTORY_EVIDENCE_NUMBER, (key, j, "evidence", "number"), text)
    fields = change.fields
    text = msg("history.entry-edited", entry=entry, n=n, fields=", ".join(fields) or "?")
    return new.problem(rules.HISTORY_ENTRY_EDITED, (key, j, *fields[:1]), text)


def _plan_list(old: _Side, new: _Side, key: str, guarded: Mapping[str, Guard]) -> Iterator[Problem]:
    """A plan file's list of entries by id: none removed, the guarded fields of each kept."""
    before, after = old.data.get(key, []), new.data.get(key, [])
    if not isinstance(before, list) or not isinstance(after, list):
        return
    now: dict[object, int] = {}
    for j, item in enumerate(after):
        if isinstance(item, dict) and "id" in item:
            now.setdefault(canon(item["id"]), j)
    for i, item in enumerate(before):
        if not isinstance(item, dict) or "id" not in item:
            continue
        j_or_none = now.get(canon(item["id"]))
        if j_or_none is None:
            text = msg("history.plan-entry-removed", list=key, id=spell(item["id"]))
            yield old.problem(rules.HISTORY_RECORD_REMOVED, (key, i, "id"), text)
            continue
        for field, guard in guarded.items():
            yield from _guarded(old.inside((key, i)), new.inside((key, j_or_none)), (field,), guard)


# ---------------------------------------------------------------------------- narrative reports


def _issued(data: Any) -> bool:
    return isinstance(data, dict) and bool(data.get("number")) and bool(data.get("date"))


def _report(old: _Side, new: _Side) -> Iterator[Problem]:
    """A draft report may change; an issued one (a number and a date) is what was sent."""
    if not _issued(old.data) or canon(old.data) == canon(new.data):
        return
    changed = changed_fields(old.data, new.data)
    number = spell(old.data["number"])
    text = msg("history.report-issued", number=number, fields=", ".join(changed))
    first = next(key for key in (*old.data, *new.data) if str(key) == changed[0])
    side = new if first in new.data else old
    yield side.problem(rules.HISTORY_REPORT_ISSUED, (first,), text)
