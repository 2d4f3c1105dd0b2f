"""`cchc.render.layout` and the plain writer: one layout for every table, drawn by Rich on a
terminal and written in one pass for pipes, files and long tables, byte for byte the same."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st
from rich.cells import cell_len as rich_cell_len

from cchc.console import render_rich_table
from cchc.i18n import msg
from cchc.render import Column, Table, render
from cchc.render.layout import cell_len, column_widths, measure, wrap
from cchc.render.plain import LONG_TABLE_ROWS, TableText, render_plain_table

ANSI = re.compile(r"\x1b\[")
BOX_DRAWING = re.compile(r"[\u2500-\u257f]")

# ------------------------------------------------------------------------------------- widths


def test_columns_keep_their_natural_width_when_they_fit() -> None:
    labels, rows = ["Mã", "Tên"], [["T06", "Sở Nội vụ"]]
    assert column_widths(labels, rows, [False, False], 100, len) == [3, 9]


def test_numbers_stay_whole_and_text_shares_what_is_left() -> None:
    labels = ["Tên", "Số ngày quá hạn"]
    rows = [["Đề án Trung tâm Dịch vụ hành chính công cấp tỉnh", "1.234"]]
    # 30 cells: the number column keeps "1.234" and its label's longest word ("ngày", 4 cells).
    assert column_widths(labels, rows, [False, True], 30, len) == [22, 5]


def test_a_screen_too_narrow_for_whole_values_wraps_them_at_spaces() -> None:
    labels = ["Tên", "Tỷ lệ hoàn thành"]
    rows = [["Sở Nội vụ", "█████░░░░░ 50,0 %"]]
    widths = column_widths(labels, rows, [False, True], 21, len)
    assert widths == [8, 10]  # the bar above its percent, "50,0 %" kept together
    lines = wrap("█████░░░░░ 50,0 %", widths[1], len)
    assert lines == ["█████░░░░░", "50,0 %"]


def test_when_nothing_fits_every_column_folds_to_the_width() -> None:
    labels = [f"Cột {i}" for i in range(6)]
    rows = [["2017-12-31"] * 6]
    widths = column_widths(labels, rows, [True] * 6, 40, len)
    assert sum(widths) + 3 * 5 <= 40


def test_wrap_cuts_a_word_longer_than_the_column_and_keeps_line_breaks() -> None:
    assert wrap("<script>alert(1)</script>", 10, len) == ["<script>al", "ert(1)</sc", "ript>"]
    assert wrap("Dòng 1\nDòng 2 dài", 20, len) == ["Dòng 1", "Dòng 2 dài"]
    assert wrap("東京都庁東京", 5, cell_len) == ["東京", "都庁", "東京"]


def test_wide_characters_take_two_cells_and_vietnamese_one() -> None:
    assert cell_len("Đặng Thị Ngọc Thịnh") == len("Đặng Thị Ngọc Thịnh")
    assert cell_len("東京") == 4
    assert measure(["Mã"], [["Sở Nội vụ"]]) is len
    assert measure(["Mã"], [["東京"]]) is cell_len


def test_every_character_from_u2e80_on_is_measured_and_none_below() -> None:
    """The quick test for a possibly wide text looks at UTF-8 bytes: checked at every boundary
    of the encoding and at every 97th code point, a text is measured by character exactly when
    it holds one from U+2E80 on (the first wide block), so no wide character is counted as one
    cell."""
    points = {*range(0, 0x110000, 97), 0x7FF, 0x800, 0x1EF9, 0x2E7F, 0x2E80, 0xFFFF, 0x10000}
    for point in sorted(points - set(range(0xD800, 0xE000))):
        text = f"Sở {chr(point)}"
        assert (measure([], [[text]]) is cell_len) == (point >= 0x2E80), hex(point)
    assert measure([], [["Sở \udc80"]]) is cell_len  # a lone surrogate: measured, not an error


# ----------------------------------------------------------------------- Rich = plain writer

# What the tables hold: Vietnamese (NFC), ASCII, digits and punctuation, the bars and dashes the
# renderers draw, and East Asian wide characters; the two measures agree on every one of them.
ALPHABET = (
    "aăâbcdđeêghiklmnoôơpqrstuưvxyAĂÂĐÊÔƠƯáàảãạấầẩẫậếềểễệốồổỗộớờởỡợứừửữựíìỉĩịýỳỷỹỵ"
    "0123456789.,;:()/-–—%<>|*_[]\\#&'\"█░÷−東京都庁"
)
words = st.text(alphabet=ALPHABET, min_size=1, max_size=14)
cells = st.lists(words, max_size=6).map(" ".join) | st.lists(words, max_size=3).map("\n".join)


@st.composite
def tables(draw: st.DrawFn) -> tuple[TableText, int]:
    count = draw(st.integers(1, 7))
    headers = [(draw(cells) or "x", draw(st.sampled_from(["left", "right"]))) for _ in range(count)]
    rows = draw(st.lists(st.lists(cells, min_size=count, max_size=count), max_size=6))
    table = TableText(
        draw(cells),
        headers,  # type: ignore[arg-type]
        rows,
        notes=draw(st.lists(cells, max_size=2)),
        empty="(không có)",
        no_wrap=draw(st.lists(st.booleans(), min_size=count, max_size=count)),
    )
    return table, draw(st.integers(20, 140))


def test_the_two_measures_agree_on_the_alphabet() -> None:
    assert all(cell_len(char) == rich_cell_len(char) for char in ALPHABET + " ")


@settings(max_examples=150, deadline=None)
@given(tables())
def test_rich_draws_exactly_what_the_plain_writer_writes(case: tuple[TableText, int]) -> None:
    table, width = case
    plain = render_plain_table(table, width, table.measure(), color=False)
    assert render_rich_table(table, width, color=False) == plain


# -------------------------------------------------------------------------------- long tables


def test_long_tables_are_written_with_the_same_conventions() -> None:
    """Past LONG_TABLE_ROWS rows even a terminal gets the plain writer (Rich is too slow for a
    national roll-up): title, labels over dashes, wrapped text, numbers right-aligned."""
    columns = (Column("id"), Column("title"), Column("days_overdue", "int"))
    rows = tuple(
        {
            "id": f"T{i:04d}",
            "title": "Đề án Trung tâm Dịch vụ hành chính công " * (i % 3),
            "days_overdue": i,
        }
        for i in range(LONG_TABLE_ROWS + 50)
    )
    table = Table(msg("table.overdue"), columns, rows)
    out = render([table], "table", width=60, color=False)
    lines = out.splitlines()
    assert lines[0] == "Nhiệm vụ quá hạn"
    assert all(len(line) <= 60 and line == line.rstrip() for line in lines)
    assert not ANSI.search(out) and not BOX_DRAWING.search(out)
    assert [line.split()[0] for line in lines if line.startswith("T")] == [r["id"] for r in rows]
    last = next(line for line in reversed(lines) if line.startswith("T0349"))
    assert last.endswith("   349")  # right-aligned under its label
    assert out == render([table], "table", width=60, color=False, terminal=False)
    assert ANSI.search(render([table], "table", width=60, color=True))


def test_long_tables_with_wide_characters_stay_aligned() -> None:
    """East Asian wide characters take two terminal cells: a table holding any of them is measured
    cell by cell, so its columns still line up on screen."""
    columns = (Column("id"), Column("title"), Column("days", "int"))
    rows = tuple(
        {"id": f"T{i:04d}", "title": ("東京都庁 " if i % 2 else "Đề án ") * (i % 7 + 1), "days": i}
        for i in range(LONG_TABLE_ROWS + 1)
    )
    out = render([Table(msg("table.overdue"), columns, rows)], "table", width=40, color=False)
    lines = out.splitlines()
    assert all(cell_len(line) <= 40 for line in lines)
    ends = {cell_len(line) for line in lines if line.startswith("T")}
    assert len(ends) == 1  # every row's number ends in the same terminal column
