"""The terminal: is it one, may we colour it, how wide is it, and the one place that uses Rich.

This is the only module that imports Rich, and it does so inside functions, so ``import
cchc.console`` (and every command that prints JSON, CSV or Markdown) never pays for Rich.
"""

from __future__ import annotations

import io
import os
import sys
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    from rich.box import Box

__all__ = [
    "DEFAULT_WIDTH",
    "Justify",
    "color_enabled",
    "render_rich_table",
    "stdout_is_tty",
    "terminal_width",
]

DEFAULT_WIDTH = 100
MIN_WIDTH = 20
_TEXT_SHARE = 24  # cells a text column may keep before numbers' headers get a whole line
_TEXT_LEAST = 8  # below this per text column, one-line columns give up their fixed width

Justify = Literal["left", "right", "center"]


def stdout_is_tty() -> bool:
    """True when standard output is an interactive terminal (False if it is closed or missing)."""
    stream = sys.stdout
    if stream is None:
        return False  # pythonw, detached processes
    try:
        return stream.isatty()
    except (AttributeError, ValueError, OSError):
        return False


def color_enabled(environ: Mapping[str, str], isatty: bool) -> bool:
    """Whether to colour output, decided in this order:

    1. ``NO_COLOR`` set to anything non-empty → no colour (https://no-color.org);
    2. ``FORCE_COLOR`` set to anything non-empty except ``0`` → colour, even into a pipe;
    3. ``TERM=dumb`` → no colour;
    4. otherwise colour exactly when stdout is a terminal.
    """
    if environ.get("NO_COLOR", ""):
        return False
    force = environ.get("FORCE_COLOR", "")
    if force and force != "0":
        return True
    if environ.get("TERM", "") == "dumb":
        return False
    return isatty


def terminal_width(environ: Mapping[str, str]) -> int:
    """Columns to render for: ``COLUMNS`` when it is a positive integer, else the width of the
    terminal on stdout, else 100. Never less than 20."""
    columns = environ.get("COLUMNS", "").strip()
    if columns.isdigit() and int(columns) > 0:
        return max(int(columns), MIN_WIDTH)
    stream = sys.__stdout__
    try:
        if stream is not None:
            size = os.get_terminal_size(stream.fileno()).columns
            if size > 0:
                return max(size, MIN_WIDTH)
    except (AttributeError, ValueError, OSError):
        pass
    return DEFAULT_WIDTH


def _overhead(columns: int) -> int:
    """Cells a table spends between its columns: padding, a blank divider, padding."""
    return 3 * max(columns - 1, 0)


def _fixed_widths(
    labels: Sequence[str],
    rows: Sequence[Sequence[str]],
    one_line: Sequence[bool],
    width: int,
    *,
    overhead: int,
) -> list[int | None]:
    """Widths for the one-line columns (None for the others, which Rich sizes and wraps).

    A one-line column is as wide as its widest value and its header's longest word; its header
    grows to one line when that still leaves every text column its content or `_TEXT_SHARE`
    cells, column by column from the left. If the values would leave a text column fewer than
    `_TEXT_LEAST` cells, nothing is fixed and Rich folds what it must.
    """
    from rich.cells import cell_len

    def longest_word(text: str) -> int:
        return max((cell_len(word) for word in text.split()), default=0)

    def widest(index: int) -> int:
        return max((cell_len(row[index]) for row in rows if index < len(row)), default=0)

    count = len(labels)
    keep = [index < len(one_line) and one_line[index] for index in range(count)]
    fixed: list[int | None] = [None] * count
    text_least = text_share = 0
    for index in range(count):
        if keep[index]:
            fixed[index] = max(widest(index), longest_word(labels[index]), 1)
        else:
            natural = max(widest(index), cell_len(labels[index]), 1)
            text_least += min(natural, _TEXT_LEAST)
            text_share += min(natural, _TEXT_SHARE)
    room = width - overhead - sum(w for w in fixed if w is not None)
    if room < text_least:
        return [None] * count
    budget = room - text_share
    for index in range(count):
        current = fixed[index]
        if current is not None and budget > 0:
            grow = min(max(cell_len(labels[index]) - current, 0), budget)
            fixed[index] = current + grow
            budget -= grow
    return fixed


def _plain_box() -> Box:
    """No lines but one row of ASCII dashes under the header: clean when pasted anywhere."""
    from rich.box import Box

    return Box("    \n    \n -- \n    \n    \n -- \n    \n    \n", ascii=True)


def render_rich_table(
    title: str,
    headers: Sequence[tuple[str, Justify]],
    rows: Sequence[Sequence[str]],
    *,
    notes: Sequence[str] = (),
    empty: str = "",
    width: int = DEFAULT_WIDTH,
    color: bool = False,
    no_wrap: Sequence[bool] = (),
) -> str:
    """One table as text: `title` above, the table, then `empty` if there are no rows, then `notes`.

    Every string is shown literally (never parsed as Rich markup or emoji codes). With
    ``color=False`` the output holds no escape codes and no box-drawing characters; with
    ``color=True`` it uses the 16 standard colours, a bold header and a ``─`` rule under it;
    both have the same layout. Lines carry no trailing white space. `no_wrap[i]` keeps the values of column *i* on one line (numbers, dates, bars);
    its header may still wrap, so long labels over short numbers do not eat the width.
    """
    from rich import box
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    width = max(width, MIN_WIDTH)
    buffer = io.StringIO()
    console = Console(
        file=buffer,
        width=width,
        force_terminal=color,
        no_color=not color,
        color_system="standard" if color else None,
        highlight=False,
        emoji=False,
        markup=False,
        soft_wrap=False,
        legacy_windows=False,
        force_jupyter=False,
        force_interactive=False,
        _environ={},  # nothing from the environment may change the output
    )
    table = Table(
        box=box.SIMPLE_HEAD if color else _plain_box(),
        show_edge=False,
        header_style="bold" if color else "",
        title=None,
        pad_edge=False,
        expand=False,
    )
    widths = _fixed_widths(
        [label for label, _ in headers], rows, no_wrap, width, overhead=_overhead(len(headers))
    )
    for index, (label, justify) in enumerate(headers):
        table.add_column(Text(label), justify=justify, overflow="fold", width=widths[index])
    for row in rows:
        table.add_row(*(Text(cell) for cell in row))
    console.print(Text(title, style="bold" if color else ""))
    console.print(table)
    if not rows and empty:
        console.print(Text(empty, style="dim" if color else ""))
    for note in notes:
        console.print(Text(note, style="dim" if color else ""))
    lines = buffer.getvalue().splitlines()
    return "".join(line.rstrip() + "\n" for line in lines)
