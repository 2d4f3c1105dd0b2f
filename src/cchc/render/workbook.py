"""`cchc export --format xlsx`: the export's tables as one Excel workbook, a sheet per record kind.

Each sheet is named by its table's title in the reader's language ("Nhiệm vụ", "Chỉ tiêu", "Số
liệu", "Cơ quan"); row 1 holds the column labels in that language, bold, frozen and with an
auto-filter; each cell gets a type from its value, never from its text:

- a date is a date cell, shown ``dd/mm/yyyy`` (vi) or ``yyyy-mm-dd`` (en);
- a number is a number; a `percent` column's ratio, and a value or goal of a target measured in
  percent (``unit`` = ``percent``: 80 means 80 %), is a number 0..1 shown as a percent;
- a list is its items joined by ``"; "``; a yes/no is the word of the language;
- any other value is a **string cell**, never a formula: openpyxl reads a string that begins with
  ``=`` as a formula, so every string cell is typed as a string after it is set, and a string
  that a spreadsheet would evaluate once edited (``=``, ``+``, ``-``, ``@``, tab, CR first: issue
  #16, defect 4) also gets Excel's quote prefix, which keeps it text when a person edits the cell.
  The text itself is unchanged: no apostrophe is added, unlike the CSV (`cchc.render.tables`).

Column widths fit the longest text of the column (Vietnamese letters counted as one character
each, in NFC), within 8 and 60 characters; longer cells wrap. The same tables give the same bytes
(`cchc.ooxml.deterministic`).
"""

from __future__ import annotations

import datetime as dt
import io
import math
import unicodedata
from collections.abc import Sequence

from openpyxl import Workbook
from openpyxl.cell.cell import Cell
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter

from cchc.i18n import t
from cchc.ooxml import deterministic
from cchc.render.tables import FORMULA_STARTS, LIST_SEPARATOR, Table

__all__ = ["workbook_bytes"]

_PERCENT_UNIT_COLUMNS = frozenset({"value", "goal_value"})
_MIN_WIDTH, _MAX_WIDTH = 8, 60
_SHEET_NAME = str.maketrans(dict.fromkeys("[]:*?/\\", " "))


def _text(value: object, lang: str) -> str:
    if isinstance(value, bool):
        return t("yes" if value else "no", lang)
    if isinstance(value, list | tuple):
        return LIST_SEPARATOR.join(str(item) for item in value)
    return unicodedata.normalize("NFC", str(value))


def _set(cell: Cell, value: object, kind: str, percent_unit: bool, lang: str) -> str:
    """Put `value` in `cell` with its type and format; returns the text it shows (for widths)."""
    if value is None:
        return ""
    if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        cell.value = value
        cell.number_format = t("xlsx.date_format", lang)
        return "0000-00-00"
    if isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value):
        if kind == "percent" or percent_unit:
            ratio = float(value) if kind == "percent" else float(value) / 100
            cell.value = ratio
            cell.number_format = "0.0%"
            return f"{ratio * 100:.1f} %"
        cell.value = value
        if kind == "int":
            cell.number_format = "#,##0"
        return str(value)
    text = _text(value, lang)
    if not text:
        return ""
    cell.value = text
    cell.data_type = "s"  # a string, even when it starts with "=": never a formula
    if text.startswith(FORMULA_STARTS):
        cell.quotePrefix = True
    return text


def _width(texts: Sequence[str]) -> float:
    longest = max((len(line) for text in texts for line in text.split("\n")), default=0)
    return float(min(max(longest + 2, _MIN_WIDTH), _MAX_WIDTH))


def workbook_bytes(tables: Sequence[Table], lang: str) -> bytes:
    """`tables` as an .xlsx file (see the module docstring)."""
    book = Workbook()
    book.remove(book.active)  # type: ignore[arg-type]
    for table in tables:
        title = table.title.text(lang).translate(_SHEET_NAME)[:31] or table.key
        sheet = book.create_sheet(title)
        keys = [c.key for c in table.columns]
        shown: list[list[str]] = [[c.heading(lang)] for c in table.columns]
        for index, column in enumerate(table.columns, start=1):
            cell = sheet.cell(row=1, column=index, value=column.heading(lang))
            cell.data_type = "s"
            cell.font = Font(bold=True)
            cell.alignment = Alignment(vertical="top", wrap_text=True)
        for number, row in enumerate(table.rows, start=2):
            percent_row = row.get("unit") == "percent" and "unit" in keys
            for index, column in enumerate(table.columns, start=1):
                cell = sheet.cell(row=number, column=index)
                percent = percent_row and column.key in _PERCENT_UNIT_COLUMNS
                text = _set(cell, column.value(row), column.kind, percent, lang)
                shown[index - 1].append(text)
                if len(text) > _MAX_WIDTH - 2:
                    cell.alignment = Alignment(vertical="top", wrap_text=True)
        for index, texts in enumerate(shown, start=1):
            sheet.column_dimensions[get_column_letter(index)].width = _width(texts)
        sheet.freeze_panes = "A2"
        last = get_column_letter(max(len(table.columns), 1))
        sheet.auto_filter.ref = f"A1:{last}{max(len(table.rows) + 1, 1)}"
    if not book.sheetnames:
        book.create_sheet("-")
    out = io.BytesIO()
    book.save(out)
    return deterministic(out.getvalue())
