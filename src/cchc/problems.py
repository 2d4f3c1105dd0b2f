"""Problems are values: every finding about the data is a `Problem`, collected, sorted and formatted.

Validation never stops at the first problem; the loader and the checks return lists of these, and the
CLI turns them into one greppable line each (`path:line:col: error: message [rule]`), GitHub workflow
annotations, or JSON. A problem's message is a `Message` (a catalogue key and its values), worded
only when printed, in the reader's language.

What a problem quotes comes from the data, and data can hold anything YAML escapes allow (a newline,
ESC, a right-to-left override), as can a file name. Every line printed for a person goes through
`printable`, so no value can forge a problem line, move the cursor or reorder the text on screen.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import Literal, NamedTuple

from cchc.i18n import Message, msg

__all__ = [
    "PER_FILE",
    "PER_RUN",
    "Level",
    "Problem",
    "count_levels",
    "excerpt",
    "format_github",
    "format_json",
    "format_line",
    "format_more",
    "listing",
    "printable",
]

Level = Literal["error", "warning"]

PER_FILE = 100
"""The most problems listed for one file: a screenful, enough to act on."""
PER_RUN = 1000
"""The most problems listed for one run; the rest are counted (`format_more`)."""


class Problem(NamedTuple):
    """One finding about one place in one file. Paths are relative to the dataset root, with '/'.

    Problems sort by path, line, column, level, then the Vietnamese text and the rule, so that the
    output of a run does not depend on the order the checks ran in."""

    path: str
    line: int
    column: int
    level: Level
    message: Message
    rule: str

    def text(self, lang: str = "vi") -> str:
        return self.message.text(lang)

    def sort_key(self) -> tuple[str, int, int, str, str, str]:
        return (self.path, self.line, self.column, self.level, self.text("vi"), self.rule)

    # A tuple would order by the fields, and a `Message` has no order: every comparison goes
    # through the sort key.
    def __lt__(self, other: object) -> bool:
        if not isinstance(other, Problem):
            return NotImplemented
        return self.sort_key() < other.sort_key()

    def __le__(self, other: object) -> bool:
        if not isinstance(other, Problem):
            return NotImplemented
        return self.sort_key() <= other.sort_key()

    def __gt__(self, other: object) -> bool:
        if not isinstance(other, Problem):
            return NotImplemented
        return self.sort_key() > other.sort_key()

    def __ge__(self, other: object) -> bool:
        if not isinstance(other, Problem):
            return NotImplemented
        return self.sort_key() >= other.sort_key()


def count_levels(problems: Iterable[Problem]) -> tuple[int, int]:
    """(errors, warnings)."""
    errors = warnings = 0
    for problem in problems:
        if problem.level == "error":
            errors += 1
        else:
            warnings += 1
    return errors, warnings


# C0 and C1 controls, DEL, the Unicode line and paragraph separators, and the bidirectional
# formatting characters (LRM/RLM, embeddings, overrides, isolates, the Arabic letter mark).
# Patterns as text, compiled by the first problem printed (the `re` module caches them): a run
# that finds nothing does not pay for them at start-up.
_UNSAFE = "[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]"
_NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}
# What JSON's own escaping (of C0 controls, inside strings) leaves for a terminal to act on.
_JSON_UNSAFE = "[\x7f-\x9f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]"


def _escape(match: re.Match[str]) -> str:
    char = match.group()
    code = ord(char)
    return _NAMED.get(char) or (f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}")


def printable(text: str) -> str:
    """`text` with every control and bidirectional formatting character written as an escape
    (`\\n`, `\\x1b`, `\\u202e`): one line, shown as it is stored."""
    return re.sub(_UNSAFE, _escape, text)


def format_line(problem: Problem, lang: str = "vi") -> str:
    """The one-line form every editor and `grep` understands; the level word stays English on purpose."""
    return (
        f"{printable(problem.path)}:{problem.line}:{problem.column}: {problem.level}: "
        f"{printable(problem.text(lang))} [{problem.rule}]"
    )


def _github_escape(value: str, *, prop: bool) -> str:
    # GitHub's workflow-command escaping: % first, then line breaks; properties also escape ':' and ','.
    value = value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
    if prop:
        value = value.replace(":", "%3A").replace(",", "%2C")
    return value


def format_github(problem: Problem, lang: str = "vi") -> str:
    """A workflow annotation, shown inline on the pull request's diff."""
    props = ",".join(
        [
            f"file={_github_escape(printable(problem.path), prop=True)}",
            f"line={problem.line}",
            f"col={problem.column}",
            f"title={_github_escape(problem.rule, prop=True)}",
        ]
    )
    return f"::{problem.level} {props}::{_github_escape(printable(problem.text(lang)), prop=False)}"


def _json_escape(match: re.Match[str]) -> str:
    return f"\\u{ord(match.group()):04x}"


def format_json(problems: Sequence[Problem], lang: str = "vi", *, more: int = 0) -> str:
    """A JSON array of problem records. When problems were found but not listed (`more`, see
    `cchc.loader.caps`), a last record says how many, with `"rule": "too-many-problems"`, no path
    and `"count"`. Strings are exact; the characters a terminal would act on are `\\u` escapes."""
    import json  # only this output needs it: not imported at start-up

    records: list[dict[str, object]] = [
        {
            "path": p.path,
            "line": p.line,
            "column": p.column,
            "level": p.level,
            "rule": p.rule,
            "message": p.text(lang),
        }
        for p in problems
    ]
    if more:
        records.append(
            {
                "path": None,
                "line": None,
                "column": None,
                "level": "warning",
                "rule": "too-many-problems",
                "message": more_message(more).text(lang),
                "count": more,
            }
        )
    return re.sub(_JSON_UNSAFE, _json_escape, json.dumps(records, ensure_ascii=False, indent=2))


def more_message(count: int) -> Message:
    return msg("problems.more", count=count, per_file=PER_FILE, per_run=PER_RUN)


def format_more(count: int, lang: str = "vi", *, github: bool = False) -> str:
    """The last line of a capped listing: how many more problems were found but not listed."""
    text = more_message(count).text(lang)
    if github:
        return f"::warning title=too-many-problems::{_github_escape(text, prop=False)}"
    return f"{text} [too-many-problems]"


def excerpt(source_line: str, column: int) -> str:
    """The offending source line with a caret under the column, for people on a terminal. The
    line is escaped like a message (a raw ESC in a file must not reach the terminal), and the
    caret counts the escapes before it."""
    line = source_line.rstrip("\n")
    before = printable(line[: max(column - 1, 0)])
    caret = " " * len(before) + "^"
    return f"    {printable(line)}\n    {caret}"


def listing(
    problems: Sequence[Problem],
    fmt: str,
    lang: str = "vi",
    more: int = 0,
    sources: Mapping[tuple[str, int], str] | None = None,
) -> Iterator[str]:
    """The lines `cchc validate` prints for `problems` in `fmt` (text, github, json), then, when
    `more` problems were found but not listed, the line that says so. With `sources` (a
    terminal), each text line is followed by its source line and a caret."""
    if fmt == "json":
        yield format_json(problems, lang, more=more)
        return
    for problem in problems:
        if fmt == "github":
            yield format_github(problem, lang)
            continue
        yield format_line(problem, lang)
        source = sources.get((problem.path, problem.line)) if sources else None
        if source is not None:
            yield excerpt(source, problem.column)
    if more:
        yield format_more(more, lang, github=fmt == "github")
