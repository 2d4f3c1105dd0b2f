"""`cchc.render.tables`: the `Table` value and its output in every format — exact output,
escaping, NO_COLOR, determinism."""

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

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cchc.i18n import Message, msg
from cchc.render import FORMATS, Column, Table, bar, md_escape, render

HOSTILE = "<script>alert(1)</script> | x"
ANSI = re.compile(r"\x1b\[")
BOX_DRAWING = re.compile(r"[\u2500-\u257f]")


def literal(text: str) -> Message:
    """A message shown exactly as written (the catalogue gives back a key it does not know)."""
    return msg(text)


def sample() -> Table:
    """Every column kind, hostile text in the title (a data value inside a catalogue message) and
    in the cells, missing values, a line break in a cell."""
    return Table(
        title=msg("table.task", id=HOSTILE),
        columns=(
            Column("id"),
            Column("title"),
            Column("lead", "list"),
            Column("due", "date"),
            Column("days_overdue", "int"),
            Column("on_time_rate", "percent"),
            Column("completion_rate", "bar"),
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
        notes=(msg("note.rates"),),
    )


def small(key: str = "") -> Table:
    return Table(
        title=msg("table.by-agency"),
        columns=(Column("name"), Column("total", "int")),
        rows=({"name": "Sở Nội vụ", "total": 3}, {"name": "Sở Tư pháp", "total": 12}),
        key=key,
    )


def empty() -> Table:
    return Table(
        title=msg("table.overdue"),
        columns=(Column("id"), Column("days", "int")),
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
    assert list(json.loads(out)) == [
        "by_agency",
        "Progress by lead agency",
        "Progress by lead agency (2)",
    ]
    assert out.startswith('{\n  "by_agency": [\n    {\n      "name": "Sở Nội vụ",\n')


def test_json_percent_rounded_and_odd_values() -> None:
    table = Table(
        msg("table.targets"),
        (Column("p", "percent"), Column("f", "float"), Column("d", "date"), Column("x")),
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

MD_VI = r"""### Nhiệm vụ &lt;script&gt;alert(1)&lt;/script&gt; \| x

| Mã | Nhiệm vụ | Đơn vị chủ trì | Hạn | Số ngày quá hạn | Tỷ lệ đúng hạn | Tỷ lệ hoàn thành |
| --- | --- | --- | --- | ---: | ---: | --- |
| T06 | Đề án Trung tâm Dịch vụ hành chính công cấp tỉnh | Sở Nội vụ; Văn phòng UBND tỉnh | 31/12/2017 | 1.234 | 83,3 % | █████░░░░░ 50,0 % |
| T13 | &lt;script&gt;alert(1)&lt;/script&gt; \| x |  | — | — | — | — |
| T21 | Dòng 1 Dòng \*2\* \[a\](b) C:\\x | Ban Tổ chức Tỉnh ủy | 30/06/2016 | 7 | 100,0 % | ██████████ 100,0 % |

Tỷ lệ hoàn thành = hoàn thành ÷ (tổng số − đã hủy); tỷ lệ đúng hạn = hoàn thành đúng hạn ÷ số nhiệm vụ đã đến hạn.
"""

MD_EN = r"""### Task &lt;script&gt;alert(1)&lt;/script&gt; \| x

| ID | Task | Lead | Due | Days overdue | On-time rate | Completion rate |
| --- | --- | --- | --- | ---: | ---: | --- |
| T06 | Đề án Trung tâm Dịch vụ hành chính công cấp tỉnh | Sở Nội vụ; Văn phòng UBND tỉnh | 2017-12-31 | 1,234 | 83.3% | █████░░░░░ 50.0% |
| T13 | &lt;script&gt;alert(1)&lt;/script&gt; \| x |  | — | — | — | — |
| T21 | Dòng 1 Dòng \*2\* \[a\](b) C:\\x | Ban Tổ chức Tỉnh ủy | 2016-06-30 | 7 | 100.0% | ██████████ 100.0% |

Completion rate = done ÷ (total − cancelled); on-time rate = done on time ÷ tasks due so far.
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
        msg("table.task", id=cell),
        (Column("a", label=msg("table.area", id=cell)), Column("b")),
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
    notes = tuple(literal(text) for text in ("- x", "1. y", "> z"))
    table = Table(msg("table.overdue"), (Column("a"),), ({"a": 1},), notes=notes)
    assert render([table], "md").endswith("| 1 |\n\n\\- x\n\n1\\. y\n\n&gt; z\n")


# ---------------------------------------------------------------------------- terminal

TABLE_VI_80 = """\
Nhiệm vụ <script>alert(1)</script> | x
                                                       Số
                                                     ngày     Tỷ lệ
                       Đơn vị chủ                     quá      đúng   Tỷ lệ hoàn
Mã    Nhiệm vụ         trì             Hạn            hạn       hạn   thành
--------------------------------------------------------------------------------
T06   Đề án Trung      Sở Nội vụ;      31/12/2017   1.234    83,3 %   █████░░░░░
      tâm Dịch vụ      Văn phòng                                      50,0 %
      hành chính       UBND tỉnh
      công cấp tỉnh
T13   <script>alert(                   —                —         —   —
      1)</script> |
      x
T21   Dòng 1           Ban Tổ chức     30/06/2016       7   100,0 %   ██████████
      Dòng *2*         Tỉnh ủy                                        100,0 %
      [a](b) C:\\x
Tỷ lệ hoàn thành = hoàn thành ÷ (tổng số − đã hủy); tỷ lệ đúng hạn = hoàn thành
đúng hạn ÷ số nhiệm vụ đã đến hạn.
"""

TABLE_EN_100 = """\
Task <script>alert(1)</script> | x
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
Completion rate = done ÷ (total − cancelled); on-time rate = done on time ÷ tasks due so far.
"""


def test_terminal_golden_without_colour() -> None:
    assert render([sample()], "table", width=80, color=False) == TABLE_VI_80
    assert render([sample()], "table", "en", width=100, color=False) == TABLE_EN_100


@pytest.mark.parametrize("width", [20, 45, 80, 100, 160])
def test_a_terminal_and_a_pipe_get_the_same_table(width: int) -> None:
    """Rich draws on a terminal, the plain writer writes to a pipe: one layout, the same text."""
    tables = [sample(), small(), empty()]
    for lang in ("vi", "en"):
        on_screen = render(tables, "table", lang, width=width, color=False, terminal=True)
        assert on_screen == render(tables, "table", lang, width=width, color=False, terminal=False)


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
        literal("[bold]Tiêu đề[/]"),
        (Column("a", label=literal("[red]Cột")),),
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
        Tiến độ theo đơn vị chủ trì
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
    assert render([small()], "table", width=20, color=False).splitlines() == [
        "Tiến độ theo đơn vị",  # the title wraps too
        "chủ trì",
        "Tên          Tổng số",
        "--------------------",
        "Sở Nội vụ          3",
        "Sở Tư pháp        12",
    ]


def test_colour_none_asks_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.setenv("FORCE_COLOR", "1")
    assert ANSI.search(render([small()], "table"))
    monkeypatch.setenv("NO_COLOR", "1")
    assert not ANSI.search(render([small()], "table"))


# ----------------------------------------------------------------------- determinism, api


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("lang", ["vi", "en"])
def test_render_twice_gives_the_same_string(fmt: str, lang: str) -> None:
    tables = [sample(), small(), empty()]
    first = render(tables, fmt, lang, width=90, color=False)  # type: ignore[arg-type]
    assert first == render(tables, fmt, lang, width=90, color=False)  # type: ignore[arg-type]


SCRIPT = """
import datetime as dt, sys
from cchc.i18n import msg
from cchc.render import Column, Table, render
t = Table(msg("table.targets"), (Column("a"), Column("d", "date"), Column("p", "percent")),
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


def test_unknown_format_and_bad_tables_are_programming_errors() -> None:
    with pytest.raises(ValueError, match="unknown output format 'html'"):
        render([small()], "html")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="duplicate column keys"):
        Table(msg("table.overdue"), (Column("a"), Column("a", "int")), ())
    with pytest.raises(ValueError, match="unknown kind"):
        Column("a", "money")  # type: ignore[arg-type]


def test_a_column_is_labelled_by_its_key_unless_told_otherwise() -> None:
    column = Column("due", "date")
    assert [column.heading(lang) for lang in ("vi", "en", "fr")] == ["Hạn", "Due", "Hạn"]
    named = Column("due", "date", label=msg("done_on"))
    assert [named.heading(lang) for lang in ("vi", "en")] == ["Ngày hoàn thành", "Done on"]
    out = render([Table(msg("table.overdue"), (named,), ())], "md", "en")
    assert out.startswith("### Overdue tasks\n\n| Done on |")


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


# ---------------------------------------------------------------------------- sanitising


@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=40))
def test_visible_text_has_no_control_codes_and_is_nfc(text: str) -> None:
    """What reaches a terminal cell: NFC, tabs as spaces, line breaks as \\n, every other control
    code as U+FFFD, and nothing else changed."""
    import unicodedata

    from cchc.render.inert import visible

    expected = unicodedata.normalize("NFC", text).replace("\t", " ")
    expected = re.sub(r"\r\n|\r|\n|\u2028|\u2029|\x85", "\n", expected)
    expected = re.sub(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]", "\ufffd", expected)
    assert visible(text) == expected
