"""Hostile data, class 4: what `validate` prints. A value or a file name may hold a newline, ESC,
BEL, a C1 control or a right-to-left override; text and GitHub output write them as escapes, so
no value can forge a problem line, clear the screen or reorder what a reviewer reads; JSON stays
exact and valid (issue #16, defect 5, the output part)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from cchc.i18n import msg
from cchc.problems import Problem, excerpt, format_github, format_line, printable
from conftest import SAMPLE, run_cli

AS_OF = "2021-06-30"
LINE = re.compile(r"^[^:\n]+:\d+:\d+: (error|warning): .* \[[a-z0-9-]+\]$")
FORGED = "tasks/T02.yaml:1:1: error: FORGED [x]"

# Values a YAML double-quoted string can carry (escapes), each with what must not be printed raw.
VALUES = {
    "newline": ("x\\n" + FORGED, "\n" + FORGED),
    "carriage-return": ("x\\r" + FORGED, "\r"),
    "escape-clear-screen": ("\\e[2J\\e[H", "\x1b"),
    "bell": ("x\\a", "\x07"),
    "c1-csi": ("x\\x9b2J", "\x9b"),
    "right-to-left-override": ("abc\\u202Efdp.exe", "\u202e"),
    "line-separator": ("x\\u2028y", "\u2028"),
}
HEAD = "id: K99\nkind: key\narea: I\ntitle: Thử\nlead: [snv]\nsource: s\n"


def _write(root: Path, value: str) -> None:
    # An invalid document number quotes its value in the message.
    (root / "tasks" / "K99.yaml").write_text(
        HEAD
        + f'updates:\n  - date: 2017-01-01\n    status: done\n    evidence: {{number: "{value}", '
        "date: 2017-01-01}\n",
        encoding="utf-8",
    )


def _outputs(root: Path) -> dict[str, str]:
    return {
        fmt: run_cli("validate", "--root", str(root), "--as-of", AS_OF, "--format", fmt).out
        for fmt in ("text", "github", "json")
    }


@pytest.mark.parametrize("name", sorted(VALUES))
def test_an_escaped_control_character_is_refused_in_one_safe_line(sample: Path, name: str) -> None:
    value, raw = VALUES[name]
    _write(sample, value)
    outputs = _outputs(sample)
    text = outputs["text"]
    assert raw not in text and raw not in outputs["github"]
    lines = text.splitlines()
    assert lines and all(LINE.match(line) for line in lines), lines  # one line per escape
    assert not any(line.startswith("tasks/T02.yaml") for line in text.splitlines())
    assert len(outputs["github"].splitlines()) == len(lines)
    records = json.loads(outputs["json"])
    assert len(records) == len(lines)
    # The YAML layer refuses the escape itself: the value never becomes data to be quoted.
    assert records[0]["rule"] == "yaml-control-char"


@pytest.mark.parametrize(
    "name", ["K9\n9.yaml", "K\x1b[2J.yaml", "K\u202e99.yaml", "x\nT02.yaml:1:1: FORGED.txt"]
)
def test_a_file_name_with_control_characters_is_escaped(sample: Path, name: str) -> None:
    (sample / "tasks" / name).write_text(HEAD, encoding="utf-8")
    outputs = _outputs(sample)
    for fmt in ("text", "github"):
        out = outputs[fmt]
        assert not any(ch in out for ch in "\x1b\u202e"), fmt
        assert len(out.splitlines()) == 1, (fmt, out)  # id-filename, or ignored-file
        assert "FORGED" not in out or "\\n" in out
    paths = {record["path"] for record in json.loads(outputs["json"])}
    assert f"tasks/{name}" in paths  # JSON keeps the exact name


def test_printable_escapes_controls_and_bidi_and_keeps_vietnamese() -> None:
    assert printable("Sở Tư pháp – Quý III") == "Sở Tư pháp – Quý III"
    assert printable("a\nb\tc\rd") == "a\\nb\\tc\\rd"
    assert printable("\x1b[31m\x07\x7f\x9b") == "\\x1b[31m\\x07\\x7f\\x9b"
    assert printable("\u202e\u2066\u200f\u061c\u2028") == "\\u202e\\u2066\\u200f\\u061c\\u2028"


def test_every_format_escapes_the_path_and_the_message() -> None:
    problem = Problem(
        "tasks/a\nb.yaml", 1, 2, "error", msg("schema.doc-number", value="x\x1by"), "doc-number"
    )
    line = format_line(problem)
    assert "\n" not in line and "\x1b" not in line
    assert line.startswith("tasks/a\\nb.yaml:1:2: error: số văn bản 'x\\x1by'")
    annotation = format_github(problem)
    assert annotation.startswith("::error file=tasks/a\\nb.yaml,line=1,col=2,title=doc-number::")
    assert "\x1b" not in annotation


def test_the_excerpt_escapes_the_line_and_puts_the_caret_under_the_column() -> None:
    # Column 12 is the 'a'; before it, ESC takes four characters once escaped.
    assert excerpt("title: \x1b[2Jabc\n", 12) == "    title: \\x1b[2Jabc\n" + " " * 18 + "^"
    assert excerpt("a: b", 4) == "    a: b\n       ^"


_RAW = {
    "escape": "\x1b[31m",
    "c1-csi": "\x9b2J",
    "right-to-left-override": "\u202e",
    "isolate": "\u2066",
    "bell": "\x07",
}


@pytest.mark.parametrize("name", sorted(_RAW))
def test_an_argument_echoed_in_an_error_is_escaped(name: str) -> None:
    # The error quotes what was typed (`--agency`); a control or bidi character in it, pasted or
    # passed on by a script, is shown as its escape, in one line.
    raw = _RAW[name]
    run = run_cli("overdue", "--root", str(SAMPLE), "--agency", f"x{raw}y")
    assert run.code == 2
    assert raw not in run.err and printable(raw) in run.err
    assert len(run.err.splitlines()) == 1


@pytest.mark.parametrize("name", sorted(_RAW))
def test_a_table_cell_never_carries_a_control_or_bidi_character(name: str) -> None:
    from cchc.render.tables import Column, Table, render

    raw = _RAW[name]
    table = Table(title=msg("overdue"), columns=(Column("x"),), rows=({"x": f"a{raw}b"},))
    for fmt, terminal in (("table", True), ("table", False), ("md", False)):
        shown = render([table], fmt, "vi", terminal=terminal, color=False, width=80)
        assert raw[0] not in shown and "a\ufffd" in shown
