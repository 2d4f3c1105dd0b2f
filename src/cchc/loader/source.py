"""The source lines a terminal listing shows under each problem (`cchc validate` on a terminal).

The YAML layer decodes each file (BOM, CRLF, NFC) to compute positions but keeps no text, so the
lines are read here once more, only for files with listed problems and only when asked (a
terminal is attached): `source_text` is the one function to replace once the YAML layer hands
back the text it decoded. The text is normalised the same way, so a caret falls on the column
the problem names; only the lines that are shown are kept.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Collection, Iterable, Mapping

from cchc.loader.files import FileSource
from cchc.problems import Problem
from cchc.yaml import MAX_FILE_BYTES

__all__ = ["source_lines", "source_text"]


def source_text(source: FileSource, rel: str) -> str | None:
    """A file's text as the YAML layer saw it, or None (not a regular file, too big, not there).
    Never follows a link out of the dataset: only files the loader read get here."""
    raw = source.data(rel)
    if raw is None or len(raw) > MAX_FILE_BYTES:
        return None
    text = raw.decode("utf-8-sig", errors="replace")
    return unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))


def source_lines(
    source: FileSource, problems: Iterable[Problem], read: Collection[str]
) -> Mapping[tuple[str, int], str]:
    """(path, line) → the text of that line, for each problem in a file the loader `read` as
    data: a file it did not read (a link out of the dataset, an ignored file) is never quoted."""
    wanted: dict[str, set[int]] = {}
    for problem in problems:
        if problem.path in read:
            wanted.setdefault(problem.path, set()).add(problem.line)
    found: dict[tuple[str, int], str] = {}
    for path, numbers in wanted.items():
        text = source_text(source, path)
        if text is None:
            continue
        lines = text.split("\n")
        for number in numbers:
            if 1 <= number <= len(lines):
                found[(path, number)] = lines[number - 1]
    return found
