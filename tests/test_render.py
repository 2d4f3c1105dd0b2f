"""Renderers: exact output for every format, escaping, NO_COLOR, determinism, lazy Rich."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import os
import re
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cchc.console import color_enabled, render_rich_table, stdout_is_tty, terminal_width
from cchc.render import FORMATS, Column, Table, bar, md_escape, render

HOSTILE = "<script>alert(1)</script> | x"
ANSI = re.compile(r"\x1b\[")
BOX_DRAWING = re.compile(r"[\u2500-\u257f]")


def sample() -> Table:
    return Table(
        title_vi=HOSTILE,
        title_en="Overdue tasks",
        columns=(
            Column("id", "Mã", "ID"),
            Column("title", "Nhiệm vụ", "Task"),
            Column("lead", "Đơn vị chủ trì", "Lead", "list"),
            Column("due", "Hạn", "Due", "date"),
            Column("days_overdue", "Số ngày quá hạn", "Days overdue", "int"),
            Column("on_time_rate", "Tỷ lệ đúng hạn", "On-time rate", "percent"),
            Column("completion_rate", "Tỷ lệ hoàn thành", "Completion rate", "bar"),
        ),
        rows=(
            {
                "id": "T06",
                "title": "Đề án Trung tâm Dịch vụ hành chính công cấp tỉnh",
                "lead": ["Sở Nội vụ", "Văn phòng UBND tỉnh"],
                "due": dt.date(2017, 12, 31),
                "days_overdue": 1234,
                "on_time_rate": 0.8333,
                "completion_rate": 0.5,
            },
            {
                "id": "T13",
                "title": HOSTILE,
                "lead": [],
                "due": None,
                "days_overdue": None,
                "on_time_rate": None,
                "completion_rate": None,
            },
            {
                "id": "T21",
                "title": "Dòng 1\nDòng *2* [a](b) C:\\x",
                "lead": ["Ban Tổ chức Tỉnh ủy"],
                "due": dt.date(2016, 6, 30),
                "days_overdue": 7,
                "on_time_rate": 1.0,
                "completion_rate": 1,
            },
        ),
        notes_vi=("Tính đến ngày 30/06/2017.",),
        notes_en=("As of 2017-06-30.",),
    )


def small(key: str = "", title: str = "Tiến độ theo đơn vị") -> Table:
    return Table(
        title_vi=title,
        title_en="Progress by agency",
        columns=(Column("name", "Tên", "Name"), Column("total", "Tổng số", "Total", "int")),
        rows=({"name": "Sở Nội vụ", "total": 3}, {"name": "Sở Tư pháp", "total": 12}),
        key=key,
    )


def empty() -> Table:
    return Table(
        title_vi="Nhiệm vụ quá hạn",
        title_en="Overdue tasks",
        columns=(Column("id", "Mã", "ID"), Column("days", "Số ngày", "Days", "int")),
        rows=(),
    )


# ----------------------------------------------------------------------------------- json

JSON_VI = """\
[
  {
    "id": "T06",
    "title": "Đề án Trung tâm Dịch vụ hành chính công cấp tỉnh",
    "lead": [
      "Sở Nội vụ",
      "Văn phòng UBND tỉnh"
    ],
    "due": "2017-12-31",
    "days_overdue": 1234,
    "on_time_rate": 0.8333,
    "completion_rate": 0.5
  },
  {
    "id": "T13",
    "title": "<script>alert(1)</script> | x",
    "lead": [],
    "due": null,
    "days_overdue": null,
    "on_time_rate": null,
    "completion_rate": null
  },
  {
    "id": "T21",
    "title": "Dòng 1\\nDòng *2* [a](b) C:\\\\x",
    "lead": [
      "Ban Tổ chức Tỉnh ủy"
    ],
    "due": "2016-06-30",
    "days_overdue": 7,
    "on_time_rate": 1.0,
    "completion_rate": 1.0
  }
]
"""


def test_json_one_table_is_an_array_of_rows_in_column_order() -> None:
    out = render([sample()], "json")
    assert out == JSON_VI
    assert render([sample()], "json", "en") == JSON_VI  # data, not labels: same in any language
    assert list(json.loads(out)[0]) == [c.key for c in sample().columns]


def test_json_several_tables_by_key_or_title() -> None:
    out = render([small(key="by_agency"), small(), small()], "json", "en")
    assert list(json.loads(out)) == ["by_agency", "Progress by agency", "Progress by agency (2)"]
    assert out.startswith('{\n  "by_agency": [\n    {\n      "name": "Sở Nội vụ",\n')


def test_json_percent_rounded_and_odd_values() -> None:
    table = Table(
        "t",
        "t",
        (
            Column("p", "p", "p", "percent"),
            Column("f", "f", "f", "float"),
            Column("d", "d", "d", "date"),
            Column("x", "x", "x"),
        ),
        (
            {"p": 2 / 3, "f": float("nan"), "d": dt.datetime(2017, 5, 10, 13, 45), "x": True},
            {"p": float("inf"), "f": 12.6, "d": "2017", "extra": "ignored"},
        ),
    )
    assert json.loads(render([table], "json")) == [
        {"p": 0.6667, "f": None, "d": "2017-05-10", "x": True},
        {"p": None, "f": 12.6, "d": "2017", "x": None},
    ]


def test_json_empty_and_no_tables() -> None:
    assert render([empty()], "json") == "[]\n"
    assert render([], "json") == "{}\n"


# ------------------------------------------------------------------------------------ csv

CSV_ROWS = [
    "id,title,lead,due,days_overdue,on_time_rate,completion_rate",
    "T06,Đề án Trung tâm Dịch vụ hành chính công cấp tỉnh,Sở Nội vụ; Văn phòng UBND tỉnh,"
    "2017-12-31,1234,0.8333,0.5",
    "T13,<script>alert(1)</script> | x,,,,,",
    'T21,"Dòng 1\nDòng *2* [a](b) C:\\x",Ban Tổ chức Tỉnh ủy,2016-06-30,7,1.0,1.0',
]
CSV_VI = "\r\n".join(CSV_ROWS) + "\r\n"


def test_csv_golden() -> None:
    assert render([sample()], "csv") == CSV_VI
    assert render([sample()], "csv", "en") == CSV_VI


def test_csv_bom_for_excel() -> None:
    out = render([sample()], "csv", csv_bom=True)
    assert out == "\ufeff" + CSV_VI
    assert out.encode("utf-8").startswith(b"\xef\xbb\xbfid,title,")


def test_csv_reads_back_with_the_csv_module() -> None:
    rows = list(csv.reader(io.StringIO(render([sample()], "csv"), newline="")))
    assert rows[3][1] == "Dòng 1\nDòng *2* [a](b) C:\\x"
    assert rows[2] == ["T13", HOSTILE, "", "", "", "", ""]


def test_csv_sections_and_empty() -> None:
    assert render([empty()], "csv") == "id,days\r\n"
    assert render([small(), empty()], "csv") == (
        "name,total\r\nSở Nội vụ,3\r\nSở Tư pháp,12\r\n\r\nid,days\r\n"
    )
    assert render([], "csv") == ""


# ------------------------------------------------------------------------------------- md

MD_VI = r"""### &lt;script&gt;alert(1)&lt;/script&gt; \| x

| Mã | Nhiệm vụ | Đơn vị chủ trì | Hạn | Số ngày quá hạn | Tỷ lệ đúng hạn | Tỷ lệ hoàn thành |
| --- | --- | --- | --- | ---: | ---: | --- |
| T06 | Đề án Trung tâm Dịch vụ hành chính công cấp tỉnh | Sở Nội vụ; Văn phòng UBND tỉnh | 31/12/2017 | 1.234 | 83,3 % | █████░░░░░ 50,0 % |
| T13 | &lt;script&gt;alert(1)&lt;/script&gt; \| x |  | — | — | — | — |
| T21 | Dòng 1 Dòng \*2\* \[a\](b) C:\\x | Ban Tổ chức Tỉnh ủy | 30/06/2016 | 7 | 100,0 % | ██████████ 100,0 % |

Tính đến ngày 30/06/2017.
"""

MD_EN = r"""### Overdue tasks

| ID | Task | Lead | Due | Days overdue | On-time rate | Completion rate |
| --- | --- | --- | --- | ---: | ---: | --- |
| T06 | Đề án Trung tâm Dịch vụ hành chính công cấp tỉnh | Sở Nội vụ; Văn phòng UBND tỉnh | 2017-12-31 | 1,234 | 83.3% | █████░░░░░ 50.0% |
| T13 | &lt;script&gt;alert(1)&lt;/script&gt; \| x |  | — | — | — | — |
| T21 | Dòng 1 Dòng \*2\* \[a\](b) C:\\x | Ban Tổ chức Tỉnh ủy | 2016-06-30 | 7 | 100.0% | ██████████ 100.0% |

As of 2017-06-30.
"""


def test_md_golden_vi_and_en() -> None:
    assert render([sample()], "md") == MD_VI
    assert render([sample()], "md", "en") == MD_EN


def test_md_empty_table_says_none() -> None:
    assert render([empty()], "md") == (
        "### Nhiệm vụ quá hạn\n\n| Mã | Số ngày |\n| --- | ---: |\n\n(không có)\n"
    )
    assert render([empty()], "md", "en").endswith("| --- | ---: |\n\n(none)\n")


def test_md_several_tables_separated_by_a_blank_line() -> None:
    out = render([small(), empty()], "md")
    assert "| Sở Tư pháp | 12 |\n\n### Nhiệm vụ quá hạn\n" in out


@pytest.mark.parametrize(
    ("raw", "escaped"),
    [
        ("a | b", r"a \| b"),
        ("C:\\dir\\|x", r"C:\\dir\\\|x"),
        ("<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;"),
        ("<img src=x onerror=alert(1)>", "&lt;img src=x onerror=alert(1)&gt;"),
        ("dòng 1\ndòng 2\r\ndòng 3", "dòng 1 dòng 2 dòng 3"),
        ("![ảnh](http://x/y.png)", r"!\[ảnh\](http://x/y.png)"),
        ("**đậm** _nghiêng_ `mã` ~~gạch~~", r"\*\*đậm\*\* \_nghiêng\_ \`mã\` \~\~gạch\~\~"),
        ("&lt; and R&D", "&amp;lt; and R&D"),
        ("# tiêu đề", r"\# tiêu đề"),
        ("- gạch đầu dòng", "- gạch đầu dòng"),
        ("màu\x1b[31m đỏ", "màu\ufffd\\[31m đỏ"),
        ("Sở Nội vụ", "Sở Nội vụ"),
    ],
)
def test_md_escape(raw: str, escaped: str) -> None:
    assert md_escape(raw) == escaped


HOSTILE_CELLS = [
    "a|b|c",
    "\\|",
    "\\\\|",
    "x\n| y | z |\n| --- |",
    "`|`",
    "<b>|</b>",
    "[x](javascript:alert(1))",
    "|",
    "\r\n\r\n",
    "\\",
]


def _unescaped_pipes(line: str) -> int:
    return len(re.findall(r"(?<!\\)(?:\\\\)*\|", line))


@pytest.mark.parametrize("cell", HOSTILE_CELLS)
def test_md_data_cannot_break_the_table(cell: str) -> None:
    table = Table(
        cell,
        cell,
        (Column("a", cell, cell), Column("b", "b", "b")),
        ({"a": cell, "b": [cell, cell]},),
    )
    lines = render([table], "md").splitlines()
    assert lines[0].startswith("### ")
    assert lines[1] == ""
    body = lines[2:5]
    assert len(lines) == 5
    assert [_unescaped_pipes(line) for line in body] == [3, 3, 3]
    assert "<" not in "\n".join(lines)


def test_md_notes_cannot_start_block_constructs() -> None:
    table = Table("t", "t", (Column("a", "a", "a"),), ({"a": 1},), notes_vi=("- x", "1. y", "> z"))
    assert render([table], "md").endswith("| 1 |\n\n\\- x\n\n1\\. y\n\n&gt; z\n")


# ---------------------------------------------------------------------------- terminal

TABLE_VI_80 = """\
<script>alert(1)</script> | x
                                               Số
                                             ngày     Tỷ lệ
                   Đơn vị                     quá      đúng
Mã    Nhiệm vụ     chủ trì     Hạn            hạn       hạn   Tỷ lệ hoàn thành
--------------------------------------------------------------------------------
T06   Đề án        Sở Nội      31/12/2017   1.234    83,3 %   █████░░░░░ 50,0 %
      Trung tâm    vụ; Văn
      Dịch vụ      phòng
      hành chính   UBND tỉnh
      công cấp
      tỉnh
T13   <script>al               —                —         —   —
      ert(1)</sc
      ript> | x
T21   Dòng 1       Ban Tổ      30/06/2016       7   100,0 %   ██████████ 100,0 %
      Dòng *2*     chức Tỉnh
      [a](b)       ủy
      C:\\x
Tính đến ngày 30/06/2017.
"""

TABLE_EN_100 = """\
Overdue tasks
                                                                  Days   On-time
ID    Task                  Lead                  Due          overdue      rate   Completion rate
----------------------------------------------------------------------------------------------------
T06   Đề án Trung tâm       Sở Nội vụ; Văn        2017-12-31     1,234     83.3%   █████░░░░░ 50.0%
      Dịch vụ hành chính    phòng UBND tỉnh
      công cấp tỉnh
T13   <script>alert(1)</s                         —                  —         —   —
      cript> | x
T21   Dòng 1                Ban Tổ chức Tỉnh ủy   2016-06-30         7    100.0%   ██████████ 100.0%
      Dòng *2* [a](b)
      C:\\x
As of 2017-06-30.
"""


def test_terminal_golden_without_colour() -> None:
    assert render([sample()], "table", width=80, color=False) == TABLE_VI_80
    assert render([sample()], "table", "en", width=100, color=False) == TABLE_EN_100


def test_terminal_default_width_is_100_not_the_terminal() -> None:
    out = render([sample()], "table", "en", color=False)
    assert out == TABLE_EN_100


def test_terminal_no_colour_means_no_escape_codes_and_no_box_lines() -> None:
    out = render([sample(), small(), empty()], "table", width=60, color=False)
    assert not ANSI.search(out)
    assert not BOX_DRAWING.search(out)
    assert all(line == line.rstrip() for line in out.splitlines())


def test_terminal_colour_has_styles_and_the_same_layout() -> None:
    coloured = render([sample()], "table", width=80, color=True)
    assert ANSI.search(coloured)
    plain = ANSI.sub("", re.sub(r"\x1b\[[0-9;]*m", "", coloured)).replace("─", "-")
    assert [line.rstrip() for line in plain.splitlines()] == TABLE_VI_80.splitlines()


def test_terminal_shows_data_literally() -> None:
    table = Table(
        "[bold]Tiêu đề[/]",
        "t",
        (Column("a", "[red]Cột", "a"),),
        ({"a": "[/x] :smile: [link=http://x]y[/link]"}, {"a": "màu\x1b[31mđỏ\x07"}),
    )
    for color in (False, True):
        out = render([table], "table", color=color)
        assert "[bold]Tiêu đề[/]" in out
        assert "[red]Cột" in out
        assert "[/x] :smile: [link=http://x]y[/link]" in out
        assert "\x1b[31mđỏ" not in out
        assert "\x07" not in out
        assert "😄" not in out


def test_terminal_empty_table_says_none() -> None:
    assert render([empty()], "table", color=False) == (
        "Nhiệm vụ quá hạn\nMã   Số ngày\n------------\n(không có)\n"
    )
    assert render([empty()], "table", "en", color=False).endswith("\n(none)\n")


def test_terminal_several_tables_separated_by_a_blank_line() -> None:
    out = render([small(), empty()], "table", color=False)
    assert out == textwrap.dedent(
        """\
        Tiến độ theo đơn vị
        Tên          Tổng số
        --------------------
        Sở Nội vụ          3
        Sở Tư pháp        12

        Nhiệm vụ quá hạn
        Mã   Số ngày
        ------------
        (không có)
        """
    )


def test_terminal_narrow_width_folds_but_never_overflows() -> None:
    out = render([sample()], "table", width=30, color=False)
    assert all(len(line) <= 30 for line in out.splitlines())
    assert render([small()], "table", width=20, color=False).splitlines()[3:] == [
        "Sở Nội vụ          3",
        "Sở Tư pháp        12",
    ]


def test_colour_none_asks_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.setenv("FORCE_COLOR", "1")
    assert ANSI.search(render([small()], "table"))
    monkeypatch.setenv("NO_COLOR", "1")
    assert not ANSI.search(render([small()], "table"))


def test_render_rich_table_directly() -> None:
    out = render_rich_table("T", [("a", "left"), ("b", "right")], [["x", "1"]], notes=["n"])
    assert out == "T\na   b\n-----\nx   1\nn\n"


# ----------------------------------------------------------------------- determinism, api


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("lang", ["vi", "en"])
def test_render_twice_gives_the_same_string(fmt: str, lang: str) -> None:
    tables = [sample(), small(), empty()]
    first = render(tables, fmt, lang, width=90, color=False)  # type: ignore[arg-type]
    assert first == render(tables, fmt, lang, width=90, color=False)  # type: ignore[arg-type]


SCRIPT = """
import datetime as dt, sys
from cchc.render import Column, Table, render
t = Table("Bảng", "Table", (Column("a", "A", "A"), Column("d", "Ngày", "Date", "date"),
          Column("p", "Tỷ lệ", "Rate", "percent")),
          ({"a": "Đặng", "d": dt.date(2017, 1, 2), "p": 0.5}, {"d": None, "a": "Dương", "p": None}))
for fmt in ("json", "csv", "md"):
    sys.stdout.write(render([t, t], fmt))
assert "rich" not in sys.modules, "rendering json/csv/md must not import Rich"
sys.stdout.write(render([t], "table", width=60))
"""


def test_output_is_byte_identical_across_processes_and_hash_seeds() -> None:
    outputs = set()
    for seed in ("0", "1", "12345"):
        env = {**os.environ, "PYTHONHASHSEED": seed, "LC_ALL": "C", "TZ": "Pacific/Apia"}
        env.pop("FORCE_COLOR", None)
        done = subprocess.run(
            [sys.executable, "-c", SCRIPT], env=env, capture_output=True, check=True
        )
        outputs.add(done.stdout)
    assert len(outputs) == 1
    assert b"\x1b[" not in outputs.pop()  # stdout is a pipe: no colour by default


def test_importing_console_and_render_does_not_import_rich() -> None:
    code = "import sys, cchc.console, cchc.render, cchc.i18n, cchc.collate; print('rich' in sys.modules)"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, check=True, text=True)
    assert done.stdout == "False\n"


def test_only_console_imports_rich() -> None:
    src = Path(__file__).resolve().parents[1] / "src" / "cchc"
    offenders = [
        str(path.relative_to(src))
        for path in sorted(src.rglob("*.py"))
        if path.name != "console.py"
        and re.search(r"^\s*(from|import)\s+rich\b", path.read_text("utf-8"), re.M)
    ]
    assert offenders == []


def test_unknown_format_and_bad_tables_are_programming_errors() -> None:
    with pytest.raises(ValueError, match="unknown output format 'html'"):
        render([small()], "html")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="duplicate column keys"):
        Table("t", "t", (Column("a", "a", "a"), Column("a", "b", "b")), ())
    with pytest.raises(ValueError, match="unknown kind"):
        Column("a", "a", "a", "money")  # type: ignore[arg-type]


def test_column_and_table_labels() -> None:
    column = Column("due", "Hạn", "Due", "date")
    assert (column.label("vi"), column.label("en"), column.label("fr")) == ("Hạn", "Due", "Hạn")
    assert (small().title("vi"), small().title("en")) == (
        "Tiến độ theo đơn vị",
        "Progress by agency",
    )


@pytest.mark.parametrize(
    ("ratio", "lang", "shown"),
    [
        (0.0, "vi", "░░░░░░░░░░ 0,0 %"),
        (0.04, "vi", "░░░░░░░░░░ 4,0 %"),
        (0.05, "vi", "█░░░░░░░░░ 5,0 %"),
        (0.8333, "en", "████████░░ 83.3%"),
        (1.0, "en", "██████████ 100.0%"),
        (1.25, "en", "██████████ 125.0%"),
        (-0.1, "en", "░░░░░░░░░░ -10.0%"),
        (None, "vi", "—"),
    ],
)
def test_bar(ratio: float | None, lang: str, shown: str) -> None:
    assert bar(ratio, lang) == shown


# ----------------------------------------------------------------------------- console


@pytest.mark.parametrize(
    ("environ", "isatty", "expected"),
    [
        ({}, True, True),
        ({}, False, False),
        ({"NO_COLOR": "1"}, True, False),
        ({"NO_COLOR": ""}, True, True),
        ({"NO_COLOR": "1", "FORCE_COLOR": "1"}, True, False),
        ({"FORCE_COLOR": "1"}, False, True),
        ({"FORCE_COLOR": "0"}, False, False),
        ({"TERM": "dumb"}, True, False),
        ({"TERM": "dumb", "FORCE_COLOR": "1"}, True, True),
        ({"TERM": "xterm-256color"}, True, True),
    ],
)
def test_color_enabled(environ: dict[str, str], isatty: bool, expected: bool) -> None:
    assert color_enabled(environ, isatty) is expected


def test_terminal_width(monkeypatch: pytest.MonkeyPatch) -> None:
    assert terminal_width({"COLUMNS": "132"}) == 132
    assert terminal_width({"COLUMNS": "5"}) == 20
    monkeypatch.setattr(sys, "__stdout__", io.StringIO())  # no fileno: not a terminal
    assert terminal_width({"COLUMNS": "abc"}) == 100
    assert terminal_width({}) == 100


def test_stdout_is_tty_under_pytest_is_false(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdout", io.StringIO())
    assert stdout_is_tty() is False


def test_long_tables_stream_with_the_same_conventions() -> None:
    """Past LONG_TABLE_ROWS rows the terminal layout is one streaming pass (Rich is too slow for a
    national roll-up): same title, labels over dashes, wrapped text, numbers right-aligned."""
    from cchc.render.plain import LONG_TABLE_ROWS

    columns = (
        Column("id", "Mã", "ID"),
        Column("title", "Nhiệm vụ", "Task"),
        Column("days", "Số ngày quá hạn", "Days overdue", "int"),
    )
    rows = tuple(
        {
            "id": f"T{i:04d}",
            "title": "Đề án Trung tâm Dịch vụ hành chính công " * (i % 3),
            "days": i,
        }
        for i in range(LONG_TABLE_ROWS + 50)
    )
    table = Table("Nhiệm vụ quá hạn", "Overdue tasks", columns, rows)
    out = render([table], "table", width=60, color=False)
    lines = out.splitlines()
    assert lines[0] == "Nhiệm vụ quá hạn"
    assert all(len(line) <= 60 and line == line.rstrip() for line in lines)
    assert not ANSI.search(out) and not BOX_DRAWING.search(out)
    assert [line.split()[0] for line in lines if line.startswith("T")] == [r["id"] for r in rows]
    last = next(line for line in reversed(lines) if line.startswith("T0349"))
    assert last.endswith("   349")  # right-aligned under its label
    assert render([table], "table", width=60, color=False) == out
    assert ANSI.search(render([table], "table", width=60, color=True))


@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=40))
def test_visible_text_has_no_control_codes_and_is_nfc(text: str) -> None:
    """What reaches a terminal cell: NFC, tabs as spaces, line breaks as \\n, every other control
    code as U+FFFD, and nothing else changed."""
    import unicodedata

    from cchc.render.tables import _visible

    expected = unicodedata.normalize("NFC", text).replace("\t", " ")
    expected = re.sub(r"\r\n|\r|\n|\u2028|\u2029|\x85", "\n", expected)
    expected = re.sub(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]", "\ufffd", expected)
    assert _visible(text) == expected


def test_long_tables_with_wide_characters_stay_aligned() -> None:
    """East Asian wide characters take two terminal cells: a table holding any of them is measured
    cell by cell, so its columns still line up on screen."""
    from cchc.render.plain import LONG_TABLE_ROWS, cell_len

    columns = (
        Column("id", "Mã", "ID"),
        Column("title", "Nhiệm vụ", "Task"),
        Column("days", "Số ngày", "Days", "int"),
    )
    rows = tuple(
        {"id": f"T{i:04d}", "title": ("東京都庁 " if i % 2 else "Đề án ") * (i % 7 + 1), "days": i}
        for i in range(LONG_TABLE_ROWS + 1)
    )
    out = render([Table("Bảng", "Table", columns, rows)], "table", width=40, color=False)
    lines = out.splitlines()
    assert all(cell_len(line) <= 40 for line in lines)
    ends = {cell_len(line) for line in lines if line.startswith("T")}
    assert len(ends) == 1  # every row's number ends in the same terminal column
