"""The problems of a run, kept up to the caps and counted beyond them.

A file can hold 180,000 bad entries in 2 MiB; a run can hold ten thousand such files. Building,
locating, sorting and printing every one of those problems would cost gigabytes and help nobody:
a person fixes the first screenful and runs again. So at most `PER_FILE` problems are kept for a
file and `PER_RUN` for the run, and the rest are only counted, by level, so the summary still
says how many errors there are and the listing ends with how many more were found. Callers ask
`room(path)` before building problems and `skip(...)` what does not fit; nothing past the caps is
ever built as a `Problem`.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import NamedTuple

from cchc.i18n import Message
from cchc.problems import PER_FILE, PER_RUN, Level, Problem

__all__ = ["Omitted", "ProblemLog"]


class Omitted(NamedTuple):
    """Problems found but not kept, by level."""

    errors: int = 0
    warnings: int = 0

    @property
    def total(self) -> int:
        return self.errors + self.warnings


class ProblemLog:
    """The problems kept so far, at most `per_file` of one file and `per_run` in all, and the
    count of those that were not kept."""

    def __init__(self, per_file: int = PER_FILE, per_run: int = PER_RUN) -> None:
        self.per_file = per_file
        self.per_run = per_run
        self.problems: list[Problem] = []
        self._kept: dict[str, int] = {}
        self._omitted_errors = 0
        self._omitted_warnings = 0

    def room(self, path: str) -> int:
        """How many more problems of `path` may be kept."""
        return max(
            0, min(self.per_file - self._kept.get(path, 0), self.per_run - len(self.problems))
        )

    def add(
        self, path: str, line: int, column: int, level: Level, message: Message, rule: str
    ) -> None:
        """Keep one problem, or count it when there is no room."""
        if self.room(path):
            self.problems.append(Problem(path, line, column, level, message, rule))
            self._kept[path] = self._kept.get(path, 0) + 1
        else:
            self.skip(level)

    def skip(self, level: Level, count: int = 1) -> None:
        """Count `count` problems of `level` that are not kept."""
        if level == "error":
            self._omitted_errors += count
        else:
            self._omitted_warnings += count

    def skip_levels(self, levels: Iterable[Level]) -> None:
        for level in levels:
            self.skip(level)

    @property
    def omitted(self) -> Omitted:
        return Omitted(self._omitted_errors, self._omitted_warnings)
