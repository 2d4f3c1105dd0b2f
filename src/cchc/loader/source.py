"""The source lines a terminal listing shows under each problem (`cchc validate` on a terminal).

The YAML layer decodes each file (BOM, CRLF, NFC) to compute positions but keeps no text, so the
lines are read here once more, only for files with listed problems and only when asked (a
terminal is attached): `source_text` is the one function to replace once the YAML layer hands
back the text it decoded. The text is normalised the same way, so a caret falls on the column
the problem names; only the lines that are shown are kept.
"""

from __future__ import annotations

import os
import stat
import unicodedata
from collections.abc import Collection, Iterable, Mapping
from pathlib import Path

from cchc.problems import Problem
from cchc.yamlsafe import MAX_FILE_BYTES

__all__ = ["source_lines", "source_text"]

_FLAGS = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0)


def source_text(path: Path) -> str | None:
    """A regular file's text as the YAML layer saw it, or None (not a regular file, too big,
    unreadable). Never follows a link out of the dataset: only files the loader read get here."""
    try:
        handle = os.open(path, _FLAGS)
        try:
            info = os.fstat(handle)
            if not stat.S_ISREG(info.st_mode) or info.st_size > MAX_FILE_BYTES:
                return None
            raw = os.read(handle, MAX_FILE_BYTES + 1)
        finally:
            os.close(handle)
    except OSError:
        return None
    text = raw.decode("utf-8-sig", errors="replace")
    return unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))


def source_lines(
    root: Path, problems: Iterable[Problem], read: Collection[str]
) -> Mapping[tuple[str, int], str]:
    """(path, line) → the text of that line, for each problem in a file the loader `read` as
    data: a file it did not read (a link out of the dataset, an ignored file) is never quoted."""
    wanted: dict[str, set[int]] = {}
    for problem in problems:
        if problem.path in read:
            wanted.setdefault(problem.path, set()).add(problem.line)
    found: dict[tuple[str, int], str] = {}
    for path, numbers in wanted.items():
        text = source_text(root / path)
        if text is None:
            continue
        lines = text.split("\n")
        for number in numbers:
            if 1 <= number <= len(lines):
                found[(path, number)] = lines[number - 1]
    return found
