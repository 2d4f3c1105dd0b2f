"""The plain writer: a laid-out table as text, for pipes, files and long tables, without Rich.

Rich spends tens of microseconds on every cell: a national roll-up's `cchc overdue` (5,000 rows)
took seconds to draw (see `bench/RESULTS.md`). Output that goes to a pipe, a file or a script, and
any table longer than `LONG_TABLE_ROWS` rows (a pager's job anyway), is written here in one pass
from the same layout (`cchc.render.layout`), so it is the very text Rich would draw.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

from cchc.render.layout import GAP, Justify, Measure, block, column_widths, fit, measure

__all__ = ["LONG_TABLE_ROWS", "TableText", "render_plain_table"]

LONG_TABLE_ROWS = 300
_BOLD, _RESET = "\x1b[1m", "\x1b[0m"


class TableText(NamedTuple):
    """One table in words, in the reader's language, as both writers take it: the title, the column
    labels and how each column is justified, the rows of cell texts, the notes below, what to say
    when there are no rows, and which columns keep their values on one line."""

    title: str
    headers: Sequence[tuple[str, Justify]]
    rows: Sequence[Sequence[str]]
    notes: Sequence[str] = ()
    empty: str = ""
    no_wrap: Sequence[bool] = ()

    @property
    def labels(self) -> list[str]:
        return [label for label, _ in self.headers]

    @property
    def justify(self) -> list[Justify]:
        return [side for _, side in self.headers]

    def measure(self) -> Measure:
        """How to measure this table's text: every text it prints counts (a wide title wraps
        by cells too), so both writers wrap it the same way."""
        return measure([self.title, *self.labels, *self.notes, self.empty], self.rows)

    def widths(self, width: int, measure: Measure) -> list[int]:
        one_line = [i < len(self.no_wrap) and self.no_wrap[i] for i in range(len(self.headers))]
        return column_widths(self.labels, self.rows, one_line, width, measure)

    def rule(self, widths: Sequence[int]) -> int:
        """The length of the line of dashes under the header: the table's full width."""
        return sum(widths) + len(GAP) * max(len(widths) - 1, 0)


def _lines(columns: list[list[str]]) -> list[str]:
    if not columns:
        return [""]
    if len(columns[0]) == 1:
        return [GAP.join([column[0] for column in columns]).rstrip()]
    return [GAP.join(parts).rstrip() for parts in zip(*columns, strict=True)]


def render_plain_table(table: TableText, width: int, measure: Measure, *, color: bool) -> str:
    """`table` laid out for `width` cells; with `color`, the title and the header in bold."""
    widths = table.widths(width, measure)
    justify = table.justify
    head = _lines(block(table.labels, widths, justify, measure, bottom=True))
    if color:
        head = [f"{_BOLD}{line}{_RESET}" for line in head]
    title = fit(table.title, width, measure)
    out = [f"{_BOLD}{line}{_RESET}" for line in title] if color else title
    out += head
    out.append("-" * table.rule(widths))
    for row in table.rows:
        out.extend(_lines(block(row, widths, justify, measure)))
    if not table.rows and table.empty:
        out.extend(fit(table.empty, width, measure))
    for note in table.notes:
        out.extend(fit(note, width, measure))
    return "".join(line.rstrip() + "\n" for line in out)
