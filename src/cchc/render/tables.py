"""The table value every query command returns, and its renderers (terminal, JSON, CSV, Markdown).

A command builds `Table` values (plain data, no formatting) and hands them to `render`, which
formats them for one `OutputFormat`. The same input always gives the same bytes: nothing here
reads the clock, the locale or the environment (except `color=None`, which asks the terminal).

Formats, for a list of tables:

- ``table``: for people at a terminal. Title, a Rich table, notes. Without colour (``NO_COLOR``,
  a pipe, a file) there are no escape codes and no box-drawing characters, only a line of ``-``
  under the header, so the text pastes cleanly into an e-mail or a log.
- ``json``: for scripts. One table → an array of row objects; several → an object
  ``{table key: rows}``. Keys are the column keys in column order; dates ISO, ``None`` → null,
  percents and bars a ratio rounded to 4 places; indent 2, UTF-8 (not ``\\u`` escapes).
- ``csv``: for spreadsheets. Header of column keys, then rows, ``\\r\\n`` line ends (RFC 4180);
  dates ISO, lists joined by ``"; "``, ``None`` empty, percents a ratio. Several tables are
  sections separated by an empty line (`cchc export` writes one table per file). ``csv_bom=True``
  prefixes a UTF-8 BOM so Excel reads the Vietnamese correctly. Write the result with
  ``newline=""`` so the ``\\r\\n`` survive unchanged. **Formula injection** (issue #16,
  defect 4): a text cell that begins with ``=``, ``+``, ``-``, ``@``, a tab or a CR would be run
  as a formula by Excel or LibreOffice (``=cmd|' /C calc'!A0``), so it is written with a leading
  apostrophe (``'=cmd…``), as OWASP advises; spreadsheets show the text without it. That applies
  to every text, also the plan's many that begin with ``"- "`` (``'- Báo cáo…``): a spreadsheet
  would read those as a broken formula too. Numbers are never changed (``-2`` stays ``-2``). The
  other formats are not for spreadsheets and keep the text as it is (JSON, Markdown); the
  ``.xlsx`` export stores such text as a string cell instead (`cchc.render.workbook`).
- ``md``: GitHub-flavoured Markdown for git and review. ``### title``, a pipe table labelled in
  `lang`, numbers right-aligned, formatted as in `cchc.i18n`; a bar is 10 cells of ``█``/``░``
  followed by the percent. Every piece of data is escaped (see `md_escape`), so no value can
  break the table, start a link or an image, or smuggle HTML (``<script>`` → ``&lt;script&gt;``).

Every output ends with a line end (or is empty for no tables, except JSON's ``{}``).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import math
import os
from collections.abc import Callable, Mapping, Sequence
from decimal import ROUND_HALF_UP, Decimal
from typing import TYPE_CHECKING, Literal, NamedTuple, get_args

from cchc.i18n import MISSING, Message, fmt_date, fmt_number, fmt_percent, lang_of, msg, t
from cchc.render.inert import md_escape, md_paragraph, visible

if TYPE_CHECKING:
    from cchc.render.plain import TableText

__all__ = [
    "FORMATS",
    "FORMULA_STARTS",
    "KINDS",
    "RENDERERS",
    "Column",
    "ColumnKind",
    "OutputFormat",
    "RenderOptions",
    "Renderer",
    "Table",
    "bar",
    "clip",
    "display_value",
    "md_escape",
    "render",
    "spreadsheet_text",
    "table_text",
]

ColumnKind = Literal["text", "int", "float", "percent", "date", "bar", "list"]
KINDS: tuple[ColumnKind, ...] = get_args(ColumnKind)
OutputFormat = Literal["table", "json", "csv", "md"]
FORMATS: tuple[OutputFormat, ...] = get_args(OutputFormat)
Audience = Literal["all", "people", "machines"]
_FOR_PEOPLE = frozenset({"table", "md"})

_NUMERIC_KINDS = frozenset({"int", "float", "percent"})
_ONE_LINE_KINDS = frozenset({"int", "float", "percent", "date", "bar"})
BAR_CELLS = 10
LIST_SEPARATOR = "; "


class _ColumnFields(NamedTuple):
    key: str
    kind: ColumnKind
    label: Message | None
    shown: Audience
    clip: int | None
    field: str


# Column and Table are NamedTuples that check themselves when made (`__new__`), not dataclasses: a
# dataclass costs about a millisecond to define (`dataclasses` compiles each generated method),
# which every command pays at start-up.
class Column(_ColumnFields):
    """One column: a stable machine `key` (JSON key, CSV header; snake_case ASCII), the `kind` that
    decides how values are shown, and its `label`, a catalogue message (by default the label whose
    key is the column's key: ``Column("due")`` is labelled "Hạn" / "Due"):

    - ``text``: as is; ``int``/``float``: grouped numbers (use ``text`` for years and codes, so
      2017 does not print as ``2.017``); ``percent``: a ratio 0..1 (or None) shown as a percent;
      ``date``: a `datetime.date`; ``bar``: a ratio 0..1 drawn as a bar in terminal and Markdown,
      a number in JSON and CSV; ``list``: a list of strings.

    A value whose type does not fit its column's kind is shown as plain text, never an error.

    `shown` says who reads the column: ``people`` (the terminal table and Markdown only: agency
    names, a state in words with its days), ``machines`` (JSON and CSV only: ids, codes), or
    ``all``; a people's and a machines' column may share a key (names for people, ids for
    scripts), one of them reading its values from another `field` of the rows. `clip` (terminal table only) cuts a longer text to that many cells, on one line,
    ending in ``…``: a long free-text note would otherwise fill the screen; every other format
    keeps the whole text.
    """

    __slots__ = ()

    def __new__(
        cls,
        key: str,
        kind: ColumnKind = "text",
        label: Message | None = None,
        shown: Audience = "all",
        clip: int | None = None,
        field: str = "",
    ) -> Column:
        if kind not in KINDS:
            raise ValueError(f"column {key!r}: unknown kind {kind!r}")
        return super().__new__(cls, key, kind, label, shown, clip, field)

    def value(self, row: Mapping[str, object]) -> object:
        """The column's value in `row`: the row's `field` (by default the column's key)."""
        return row.get(self.field or self.key)

    def heading(self, lang: str) -> str:
        """The label in `lang`."""
        return (self.label or msg(self.key)).text(lang)


class _TableFields(NamedTuple):
    title: Message
    columns: tuple[Column, ...]
    rows: tuple[Mapping[str, object], ...]
    notes: tuple[Message, ...]
    key: str


class Table(_TableFields):
    """A titled table of rows. Row values: ``str | int | float | datetime.date | None |
    list[str]``; a key missing from a row is ``None``, keys without a column are ignored. The
    `title` and the `notes` are catalogue messages, worded in the reader's language when rendered;
    row values are data, shown as they are. `key` (optional) names the table in multi-table JSON;
    the title in the reader's language is used otherwise."""

    __slots__ = ()

    def __new__(
        cls,
        title: Message,
        columns: tuple[Column, ...],
        rows: tuple[Mapping[str, object], ...],
        notes: tuple[Message, ...] = (),
        key: str = "",
    ) -> Table:
        # A people's column and a machines' column may share a key: `lead` is names in a
        # terminal table and ids in JSON.
        duplicates = sorted(
            {
                c.key
                for reader in ("people", "machines")
                for c in columns
                if c.shown != reader
                and sum(1 for d in columns if d.key == c.key and d.shown != reader) > 1
            }
        )
        if duplicates:
            raise ValueError(f"table {title.key!r}: duplicate column keys {duplicates}")
        return super().__new__(cls, title, columns, rows, notes, key)

    def for_audience(self, people: bool) -> Table:
        """The table with only the columns that people (or machines) read."""
        hidden = "machines" if people else "people"
        if all(c.shown != hidden for c in self.columns):
            return self
        return self._replace(columns=tuple(c for c in self.columns if c.shown != hidden))


class RenderOptions(NamedTuple):
    lang: str = "vi"
    width: int = 100
    color: bool = False
    csv_bom: bool = False
    terminal: bool = True


Renderer = Callable[[Sequence[Table], RenderOptions], str]


# ------------------------------------------------------------------------------ values


def _is_number(value: object) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def _ratio(value: object) -> float | None:
    """A finite ratio, or None when the value is missing or not a number."""
    if not _is_number(value):
        return None
    ratio = float(value)  # type: ignore[arg-type]
    return ratio if math.isfinite(ratio) else None


def bar(ratio: float | None, lang: str, cells: int = BAR_CELLS) -> str:
    """``████████░░ 83,3 %``: `cells` cells filled in proportion (clamped to 0..1), then the
    percent (not clamped). None → ``—``."""
    if ratio is None or not math.isfinite(ratio):
        return MISSING
    clamped = min(max(ratio, 0.0), 1.0)
    filled = int((Decimal(repr(clamped)) * cells).quantize(Decimal(1), rounding=ROUND_HALF_UP))
    return "█" * filled + "░" * (cells - filled) + " " + fmt_percent(ratio, lang)


def _text(value: object) -> str:
    if isinstance(value, str):
        return value
    if isinstance(value, list | tuple):
        return LIST_SEPARATOR.join(_text(item) for item in value)
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def display_value(value: object, kind: ColumnKind, lang: str) -> str:
    """How a value is shown to people (terminal, Markdown, reports), in `lang`."""
    if type(value) is str:  # most cells: shown as they are, before the checks for other kinds
        return value
    if value is None:
        return MISSING
    if isinstance(value, bool):
        return t("yes" if value else "no", lang)
    if isinstance(value, list | tuple):
        return LIST_SEPARATOR.join(display_value(v, "text", lang) for v in value)
    if isinstance(value, dt.date):
        return fmt_date(value, lang)
    if _is_number(value):
        if kind == "percent":
            return fmt_percent(_ratio(value), lang)
        if kind == "bar":
            return bar(_ratio(value), lang)
        if kind in ("int", "float"):
            return fmt_number(value, lang)  # type: ignore[arg-type]
        return str(value)
    return _text(value)


def _machine_value(value: object, kind: ColumnKind) -> object:
    """A JSON-ready value: str, int, float, bool, None or a list of str."""
    if value is None or isinstance(value, bool | str):
        return value
    if isinstance(value, list | tuple):
        return [_text(v) for v in value]
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if _is_number(value):
        if kind in ("percent", "bar"):
            ratio = _ratio(value)
            return None if ratio is None else round(ratio, 4)
        if isinstance(value, float) and not math.isfinite(value):
            return None
        return value
    return str(value)


FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
"""What a spreadsheet reads as the start of a formula (OWASP, "CSV injection")."""


def spreadsheet_text(text: str) -> str:
    """`text` as a spreadsheet keeps it text: a leading apostrophe when it would start a formula."""
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def _csv_value(value: object, kind: ColumnKind) -> str:
    machine = _machine_value(value, kind)
    if machine is None:
        return ""
    if isinstance(machine, bool):
        return "true" if machine else "false"
    if isinstance(machine, list):
        return spreadsheet_text(LIST_SEPARATOR.join(machine))
    if isinstance(machine, float):
        return repr(machine)
    if isinstance(machine, str):
        return spreadsheet_text(machine)
    return str(machine)


def _cells(table: Table) -> list[list[tuple[object, ColumnKind]]]:
    return [[(c.value(row), c.kind) for c in table.columns] for row in table.rows]


# ---------------------------------------------------------------------------- renderers


def _render_json(tables: Sequence[Table], options: RenderOptions) -> str:
    import json  # only this output needs it: not imported at start-up

    def rows(table: Table) -> list[dict[str, object]]:
        return [
            {c.key: _machine_value(c.value(row), c.kind) for c in table.columns}
            for row in table.rows
        ]

    document: object
    if len(tables) == 1:
        document = rows(tables[0])
    else:
        named: dict[str, object] = {}
        for table in tables:
            name = table.key or table.title.text(options.lang)
            unique, n = name, 1
            while unique in named:
                n += 1
                unique = f"{name} ({n})"
            named[unique] = rows(table)
        document = named
    return json.dumps(document, ensure_ascii=False, indent=2, allow_nan=False) + "\n"


def _render_csv(tables: Sequence[Table], options: RenderOptions) -> str:
    sections = []
    for table in tables:
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
        writer.writerow([c.key for c in table.columns])
        writer.writerows([_csv_value(v, k) for v, k in row] for row in _cells(table))
        sections.append(buffer.getvalue())
    out = "\r\n".join(sections)
    return ("\ufeff" + out) if options.csv_bom else out


def _render_md(tables: Sequence[Table], options: RenderOptions) -> str:
    lang = options.lang
    blocks = []
    for table in tables:
        lines = [f"### {md_escape(table.title.text(lang)).strip()}", ""]
        lines.append("| " + " | ".join(md_escape(c.heading(lang)) for c in table.columns) + " |")
        lines.append(
            "| "
            + " | ".join("---:" if c.kind in _NUMERIC_KINDS else "---" for c in table.columns)
            + " |"
        )
        for row in _cells(table):
            lines.append(
                "| " + " | ".join(md_escape(display_value(v, k, lang)) for v, k in row) + " |"
            )
        after = [note.text(lang) for note in table.notes]
        if not table.rows:
            after.insert(0, t("none", lang))
        for note in after:
            lines += ["", md_paragraph(note)]
        blocks.append("\n".join(lines) + "\n")
    return "\n".join(blocks)


def clip(text: str, cells: int) -> str:
    """`text` on one line of at most `cells` terminal cells, cut at a word when one ends in the
    last third, ending in ``…`` when anything was cut."""
    from cchc.render.layout import cell_len

    line = " ".join(text.split())
    size = cell_len(line)
    if size <= cells:
        return line
    if size == len(line):  # every character one cell (Vietnamese): the cut needs no count
        cut = max(cells - 1, 0)
    else:
        cut, used = 0, 0
        for index, char in enumerate(line):
            used += cell_len(char)
            if used > cells - 1:
                break
            cut = index + 1
    head = line[:cut]
    space = head.rfind(" ")
    if space >= cells * 2 // 3:
        head = head[:space]
    return head.rstrip() + "…"


def _person_cell(value: object, column: Column, lang: str) -> str:
    text = visible(display_value(value, column.kind, lang))
    return clip(text, column.clip) if column.clip is not None else text


def table_text(table: Table, lang: str) -> TableText:
    """`table` in words for a terminal or a pipe: labels, titles and notes in `lang`, values as
    people read them (clipped where a column says so), control codes made visible (see
    `cchc.render.inert.visible`)."""
    from cchc.render.plain import TableText

    return TableText(
        visible(table.title.text(lang)),
        [
            (visible(c.heading(lang)), "right" if c.kind in _NUMERIC_KINDS else "left")
            for c in table.columns
        ],
        [[_person_cell(c.value(row), c, lang) for c in table.columns] for row in table.rows],
        notes=[visible(note.text(lang)) for note in table.notes],
        empty=t("none", lang),
        no_wrap=[c.kind in _ONE_LINE_KINDS for c in table.columns],
    )


def _render_terminal(tables: Sequence[Table], options: RenderOptions) -> str:
    from cchc.render.plain import LONG_TABLE_ROWS, render_plain_table

    blocks = []
    for table in tables:
        text = table_text(table, options.lang)
        # Rich draws a table a person reads on a terminal; a pipe or a file, or a table of more
        # than a few hundred rows, gets the same layout written in one pass.
        if options.terminal and len(text.rows) <= LONG_TABLE_ROWS:
            from cchc.console import render_rich_table  # Rich is imported only for a terminal

            blocks.append(render_rich_table(text, options.width, color=options.color))
        else:
            measured = text.measure()
            blocks.append(render_plain_table(text, options.width, measured, color=options.color))
    return "\n".join(blocks)


RENDERERS: dict[str, Renderer] = {
    "table": _render_terminal,
    "json": _render_json,
    "csv": _render_csv,
    "md": _render_md,
}
"""Format name → renderer; every renderer is a pure function of the tables and the options."""


def render(
    tables: Sequence[Table],
    fmt: OutputFormat,
    lang: str = "vi",
    *,
    width: int | None = None,
    color: bool | None = None,
    csv_bom: bool = False,
    terminal: bool = True,
) -> str:
    """`tables` as one string in `fmt` (see the module docstring).

    `terminal=False` (output to a pipe or a file) lays a `table` out in one streaming pass
    without Rich: same conventions, a fraction of the cost, and no Rich import at all.

    `width` (terminal only) defaults to 100 columns, not to the terminal's: pass
    `cchc.console.terminal_width(os.environ)` for that. `color=None` means "ask": colour when
    `cchc.console.color_enabled` says so for this process; tests should pass True or False.
    """
    renderer = RENDERERS.get(fmt)
    if renderer is None:
        raise ValueError(f"unknown output format {fmt!r}; expected one of {', '.join(RENDERERS)}")
    if color is None and fmt == "table":
        from cchc.console import color_enabled, stdout_is_tty

        color = color_enabled(os.environ, stdout_is_tty())
    people = fmt in _FOR_PEOPLE
    tables = [table.for_audience(people) for table in tables]
    options = RenderOptions(
        lang=lang_of(lang),
        width=width if width is not None and width > 0 else 100,
        color=bool(color),
        csv_bom=csv_bom,
        terminal=terminal,
    )
    return renderer(list(tables), options)
