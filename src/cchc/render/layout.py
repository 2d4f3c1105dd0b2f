"""The one table layout: column widths, and every cell wrapped and padded to its column.

Both writers of a `table` use it: Rich draws the laid-out cells on a terminal (`cchc.console`), the
plain writer joins them for pipes, files and long tables (`cchc.render.plain`). Neither decides a
width or a line break itself, so a table prints the same on a screen and into a file.

The conventions: title above and notes below (wrapped at spaces to the width), labels over a row of
dashes, columns three spaces apart, numbers
right-aligned, labels at the bottom of the header (right over their values), long text wrapped at
spaces within its column (a word longer than the column is cut), no trailing spaces.

Widths: every column is as wide as its widest value and its label, when that fits. Otherwise the
one-line columns (numbers, dates, bars) keep their values whole and their labels wrap at spaces, and
the text columns share what is left, narrowest first, each taking its natural width or an equal
share. When that would leave a text column fewer than `TEXT_LEAST` cells, every column shares the
width and folds, so a table never runs past the width unless the width is less than a cell per
column.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Sequence
from itertools import chain
from typing import Literal

__all__ = [
    "GAP",
    "TEXT_LEAST",
    "Justify",
    "Measure",
    "block",
    "cell_len",
    "column_widths",
    "fit",
    "measure",
    "wrap",
]

GAP = "   "
TEXT_LEAST = 8

Justify = Literal["left", "right"]
Measure = Callable[[str], int]
"""Terminal cells a text takes."""

# Below U+2E80 no character takes two cells except the rare standalone Hangul Jamo (U+1100-115F),
# so one search in C tells most texts apart; Vietnamese (up to U+1EF9) is always narrow. In UTF-8,
# every character from U+2E80 on starts with a byte E3-F4, or E2 and then BA-BF, and none below it
# does; searching the bytes needs neither `max()`, which makes an object of every character (13 ms
# over 5,000 rows), nor a pattern of the wide range, which takes 10-46 M instructions to compile.
_WIDE_UTF8 = re.compile(rb"[\xe3-\xff]|\xe2[\xba-\xbf]")


def _maybe_wide(text: str) -> bool:
    return _WIDE_UTF8.search(text.encode("utf-8", "surrogatepass")) is not None


def cell_len(text: str) -> int:
    """Terminal cells: Vietnamese (NFC) is one cell a character; East Asian wide ones take two."""
    if not _maybe_wide(text):
        return len(text)
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def measure(labels: Sequence[str], rows: Sequence[Sequence[str]]) -> Measure:
    """`len` when no text of the table can be wide (one pass in C over all of it: Vietnamese never
    reaches the wide range), else `cell_len`."""
    wide = _maybe_wide("".join(labels)) or _maybe_wide("".join(chain.from_iterable(rows)))
    return cell_len if wide else len


def text_width(text: str, measure: Measure) -> int:
    """The cells `text` takes: its longest line (a value may hold line breaks)."""
    if "\n" not in text:
        return measure(text)
    return max(measure(line) for line in text.split("\n"))


def column_widths(
    labels: Sequence[str],
    rows: Sequence[Sequence[str]],
    one_line: Sequence[bool],
    width: int,
    measure: Measure,
) -> list[int]:
    """The width of each column (see the module docstring)."""
    count = len(labels)
    widest = [max((text_width(row[i], measure) for row in rows), default=0) for i in range(count)]
    natural = [max(widest[i], text_width(labels[i], measure), 1) for i in range(count)]
    room = width - len(GAP) * max(count - 1, 0)
    if sum(natural) <= room:
        return natural
    label_word = [_longest_word([labels[i]], measure) for i in range(count)]
    one = [i for i in range(count) if one_line[i]]
    shared = [i for i in range(count) if not one_line[i]]
    # One-line columns keep their values whole; failing that, they wrap their values at spaces
    # (a bar above its percent); failing that too, every column shares the width and folds.
    fixed = {i: max(widest[i], label_word[i], 1) for i in one}
    least = TEXT_LEAST
    if sum(fixed.values()) + TEXT_LEAST * len(shared) > room:
        fixed = {
            i: max(_longest_word([row[i] for row in rows], measure), label_word[i], 1) for i in one
        }
    if sum(fixed.values()) + TEXT_LEAST * len(shared) > room:
        fixed, shared, least = {}, list(range(count)), 1
    left = room - sum(fixed.values())
    result = [fixed.get(i, 0) for i in range(count)]
    pending = sorted(shared, key=lambda i: natural[i])
    while pending:
        share = max(left // len(pending), least, _widest_char(pending[0], labels, rows, measure))
        index = pending.pop(0)
        result[index] = min(natural[index], share)
        left -= result[index]
    return result


def _widest_char(
    index: int, labels: Sequence[str], rows: Sequence[Sequence[str]], measure: Measure
) -> int:
    """The cells of the widest character of a column: it cannot be narrower than that."""
    if measure is len:
        return 1
    texts = [labels[index], *(row[index] for row in rows)]
    return max((measure(char) for text in texts for char in set(text)), default=1)


def words(text: str) -> list[str]:
    """The words a line may break between: at spaces, except before a percent sign (``83,3 %``)."""
    found = text.split()
    if "%" not in text:
        return found
    glued: list[str] = []
    for word in found:
        if glued and word.startswith("%"):
            glued[-1] = f"{glued[-1]} {word}"
        else:
            glued.append(word)
    return glued


def _longest_word(texts: Sequence[str], measure: Measure) -> int:
    return max((measure(word) for text in texts for word in words(text)), default=1)


def wrap(text: str, width: int, measure: Measure) -> list[str]:
    """Greedy word wrap at spaces (textwrap's general machinery cost most of the layout time); a
    word longer than `width` is cut, and a line break in the text starts a new line."""
    if "\n" in text:
        return [line for part in text.split("\n") for line in wrap(part, width, measure)]
    lines: list[str] = []
    current, used = "", 0
    for word in words(text):
        size = measure(word)
        while size > width:
            if current:
                lines.append(current)
                current, used = "", 0
            cut = _fitting(word, width, measure)
            lines.append(word[:cut])
            word = word[cut:]
            size = measure(word)
        if not current:
            current, used = word, size
        elif used + 1 + size <= width:
            current, used = f"{current} {word}", used + 1 + size
        else:
            lines.append(current)
            current, used = word, size
    if current:
        lines.append(current)
    return lines or [""]


def fit(text: str, width: int, measure: Measure) -> list[str]:
    """`text` as lines of at most `width` cells: itself when it fits, else wrapped."""
    if "\n" not in text and measure(text) <= width:
        return [text]
    return wrap(text, width, measure)


def _fitting(word: str, width: int, measure: Measure) -> int:
    """How many characters of `word` fit in `width` cells (at least one, so a cut always moves on)."""
    if measure is len:
        return max(width, 1)
    used = 0
    for index, char in enumerate(word):
        used += measure(char)
        if used > width:
            return max(index, 1)
    return len(word)


def block(
    cells: Sequence[str],
    widths: Sequence[int],
    justify: Sequence[Justify],
    measure: Measure,
    *,
    bottom: bool = False,
) -> list[list[str]]:
    """One row (or, with `bottom`, the header) laid out: for each cell its lines, each padded to the
    column's width, and blank lines added (below, or above with `bottom`) so every cell of the row
    has as many lines as the tallest."""
    columns: list[list[str]] = []
    for text, width, side in zip(cells, widths, justify, strict=True):
        if measure is len:
            if "\n" not in text and len(text) <= width:  # most cells: one line, as it is
                columns.append([text.rjust(width) if side == "right" else text.ljust(width)])
                continue
            lines = wrap(text, width, measure)
            padded = [line.rjust(width) if side == "right" else line.ljust(width) for line in lines]
        else:
            lines = fit(text, width, measure)
            padded = []
            for line in lines:
                pad = " " * max(width - measure(line), 0)
                padded.append(pad + line if side == "right" else line + pad)
        columns.append(padded)
    height = max((len(lines) for lines in columns), default=1)
    if height > 1:
        for i, lines in enumerate(columns):
            blank = [" " * widths[i]] * (height - len(lines))
            columns[i] = blank + lines if bottom else lines + blank
    return columns
