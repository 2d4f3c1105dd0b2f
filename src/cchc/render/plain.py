"""A streaming table layout for long tables, without Rich.

Rich lays out a table for people reading a screen, and spends tens of microseconds on every cell:
a national roll-up's `cchc overdue` (5,000 rows) took 3.6 s to lay out, where the data took 0.6 s.
Past `LONG_TABLE_ROWS` rows the output is going to a pager, a file or a script anyway, so this
module lays it out in one pass with the same conventions as the Rich layout (title above, labels
over a row of dashes, columns three spaces apart, numbers right-aligned, long text wrapped within
its column, no trailing spaces), at a small fraction of the cost.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Sequence
from typing import Literal

LONG_TABLE_ROWS = 300
GAP = "   "
_TEXT_LEAST = 8
_BOLD, _RESET = "\x1b[1m", "\x1b[0m"

Justify = Literal["left", "right", "center"]


# Below U+2E80 no character takes two cells except the rare standalone Hangul Jamo (U+1100-115F),
# so one `max()` in C tells most texts apart; Vietnamese (up to U+1EF9) is always narrow.
_FIRST_WIDE = "\u2e80"


def _maybe_wide(text: str) -> bool:
    return bool(text) and max(text) >= _FIRST_WIDE


def cell_len(text: str) -> int:
    """Terminal cells: Vietnamese (NFC) is one cell a character; East Asian wide ones take two."""
    if not _maybe_wide(text):
        return len(text)
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _widths(
    labels: Sequence[str],
    rows: Sequence[Sequence[str]],
    one_line: Sequence[bool],
    width: int,
    measure: Callable[[str], int],
) -> list[int]:
    count = len(labels)
    widest = [max((measure(row[i]) for row in rows), default=0) for i in range(count)]
    natural = [max(widest[i], measure(labels[i]), 1) for i in range(count)]
    room = width - len(GAP) * max(count - 1, 0)
    if sum(natural) <= room:
        return natural
    # One-line columns keep their values whole (their label may wrap); text columns share the rest.
    fixed = {
        i: max(widest[i], max((measure(w) for w in labels[i].split()), default=1), 1)
        for i in range(count)
        if one_line[i]
    }
    text = [i for i in range(count) if i not in fixed]
    left = room - sum(fixed.values())
    result = [fixed.get(i, 0) for i in range(count)]
    pending = sorted(text, key=lambda i: natural[i])
    while pending:
        share = max(left // len(pending), _TEXT_LEAST)
        index = pending.pop(0)
        result[index] = min(natural[index], share)
        left -= result[index]
    return result


def _wrap_measured(text: str, width: int, measure: Callable[[str], int]) -> list[str]:
    """Greedy word wrap (textwrap's general machinery cost most of the layout time)."""
    lines: list[str] = []
    current, used = "", 0
    for word in text.split():
        size = measure(word)
        while size > width:  # a word longer than the column is cut
            if current:
                lines.append(current)
                current, used = "", 0
            lines.append(word[:width])
            word = word[width:]
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


def _block(
    cells: Sequence[str],
    widths: Sequence[int],
    justify: Sequence[Justify],
    *,
    bottom: bool,
    narrow: bool,
) -> list[str]:
    """One row (or the header) as lines: each cell wrapped in its column and padded to it. With
    `narrow` (no cell of the table can be wide) a character is a cell; otherwise each cell is
    measured as narrow or wide once, not line by line."""
    columns: list[list[str]] = []
    for text, width, side in zip(cells, widths, justify, strict=True):
        if narrow or not _maybe_wide(text):
            lines = [text] if len(text) <= width else _wrap_measured(text, width, len)
            if side == "right":
                columns.append([line.rjust(width) for line in lines])
            else:
                columns.append([line.ljust(width) for line in lines])
            continue
        lines = [text] if cell_len(text) <= width else _wrap_measured(text, width, cell_len)
        padded = []
        for line in lines:
            pad = " " * max(width - cell_len(line), 0)
            padded.append(pad + line if side == "right" else line + pad)
        columns.append(padded)
    height = max(len(lines) for lines in columns)
    if height == 1:
        return [GAP.join(column[0] for column in columns).rstrip()]
    for i, lines in enumerate(columns):
        blank = [" " * widths[i]] * (height - len(lines))
        columns[i] = blank + lines if bottom else lines + blank
    return [GAP.join(column[r] for column in columns).rstrip() for r in range(height)]


def render_plain_table(
    title: str,
    headers: Sequence[tuple[str, Justify]],
    rows: Sequence[Sequence[str]],
    *,
    notes: Sequence[str] = (),
    empty: str = "",
    width: int = 100,
    color: bool = False,
    no_wrap: Sequence[bool] = (),
) -> str:
    labels = [label for label, _ in headers]
    justify = [side for _, side in headers]
    one_line = [i < len(no_wrap) and no_wrap[i] for i in range(len(headers))]
    # One pass in C over all the text: Vietnamese never reaches the wide range, so most tables
    # are measured with len() alone.
    narrow = not _maybe_wide("".join(labels) + "".join("".join(row) for row in rows))
    widths = _widths(labels, rows, one_line, width, len if narrow else cell_len)
    # Labels sit at the bottom of the header, as Rich puts them, right over their values.
    head = _block(labels, widths, justify, bottom=True, narrow=narrow)
    if color:
        head = [f"{_BOLD}{line}{_RESET}" for line in head]
    out = [f"{_BOLD}{title}{_RESET}" if color else title, *head]
    out.append("-" * (sum(widths) + len(GAP) * max(len(widths) - 1, 0)))
    for row in rows:
        out.extend(_block(row, widths, justify, bottom=False, narrow=narrow))
    if not rows and empty:
        out.append(empty)
    out.extend(notes)
    return "".join(line.rstrip() + "\n" for line in out)
