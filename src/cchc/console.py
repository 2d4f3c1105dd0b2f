"""The terminal: is it one, may we colour it, how wide is it, and the one place that uses Rich.

This is the only module that imports Rich, and it does so inside functions, so ``import
cchc.console`` (and every command that prints JSON, CSV or Markdown) never pays for Rich.
"""

from __future__ import annotations

import io
import os
import sys
from collections.abc import Mapping
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from rich.box import Box

    from cchc.render.plain import TableText

__all__ = [
    "DEFAULT_WIDTH",
    "color_enabled",
    "render_rich_table",
    "stdout_is_tty",
    "terminal_width",
]

DEFAULT_WIDTH = 100
MIN_WIDTH = 20


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


def _plain_box() -> Box:
    """No lines but one row of ASCII dashes under the header: clean when pasted anywhere."""
    from rich.box import Box

    return Box("    \n    \n -- \n    \n    \n -- \n    \n    \n", ascii=True)


def render_rich_table(table: TableText, width: int = DEFAULT_WIDTH, *, color: bool = False) -> str:
    """`table` drawn by Rich: the title, the table, then `table.empty` if there are no rows, then
    the notes.

    The layout is `cchc.render.layout`'s, measured with Rich's own cell widths: Rich gets each
    column's width and each cell already wrapped and padded, so it draws exactly what the plain
    writer writes (a test holds them equal) and cannot lay the table out differently. Every string
    is shown literally (never parsed as Rich markup or emoji codes). Without colour the output holds
    no escape codes and no box-drawing characters; with colour it uses the 16 standard colours, a
    bold title and header, a ``─`` rule under the header and dim notes. Lines carry no trailing
    white space.
    """
    from rich import box
    from rich.cells import cell_len
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    from cchc.render.layout import block, fit

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
        legacy_windows=False,
        force_jupyter=False,
        force_interactive=False,
        _environ={},  # nothing from the environment may change the output
    )
    grid = Table(
        box=box.SIMPLE_HEAD if color else _plain_box(),
        show_edge=False,
        header_style="bold" if color else "",
        title=None,
        pad_edge=False,
        expand=False,
    )
    widths = table.widths(width, cell_len)
    justify = table.justify
    header = block(table.labels, widths, justify, cell_len, bottom=True)
    for lines, column_width in zip(header, widths, strict=True):
        grid.add_column(Text("\n".join(lines)), width=column_width, no_wrap=True, overflow="ignore")
    for row in table.rows:
        grid.add_row(*(Text("\n".join(lines)) for lines in block(row, widths, justify, cell_len)))
    # The table may be wider than the screen when the screen has less than a cell per column: the
    # console is as wide as the table then, so Rich does not squeeze it.
    console.width = max(width, table.rule(widths))

    def wrapped(text: str, style: str) -> None:
        for line in fit(text, width, cell_len):
            console.print(Text(line, style=style if color else ""), soft_wrap=True)

    wrapped(table.title, "bold")
    console.print(grid)
    if not table.rows and table.empty:
        wrapped(table.empty, "dim")
    for note in table.notes:
        wrapped(note, "dim")
    return "".join(line.rstrip() + "\n" for line in buffer.getvalue().splitlines())
