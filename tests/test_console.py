"""`cchc.console`: whether to colour, how wide the terminal is, and Rich drawing a laid-out table
(the only module that imports Rich, and only when it draws)."""

from __future__ import annotations

import io
import re
import subprocess
import sys
from pathlib import Path

import pytest

from cchc.console import color_enabled, render_rich_table, stdout_is_tty, terminal_width
from cchc.render.plain import TableText


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


def test_no_stdout_or_a_closed_one_is_not_a_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    """pythonw and detached processes have no stdout; a closed one raises on isatty()."""
    monkeypatch.setattr(sys, "stdout", None)
    assert stdout_is_tty() is False
    closed = io.StringIO()
    closed.close()
    monkeypatch.setattr(sys, "stdout", closed)
    assert stdout_is_tty() is False


def test_rich_draws_the_layout_it_is_given() -> None:
    table = TableText("T", [("a", "left"), ("b", "right")], [["x", "1"]], notes=["n"])
    assert render_rich_table(table) == "T\na   b\n-----\nx   1\nn\n"


def test_rich_in_colour_styles_the_title_header_and_rule() -> None:
    table = TableText("Tiêu đề", [("Mã", "left"), ("Số", "right")], [], empty="(không có)")
    out = render_rich_table(table, color=True)
    assert "\x1b[1mTiêu đề\x1b[0m" in out
    assert "─" in out
    assert "\x1b[2m(không có)\x1b[0m" in out
    assert re.sub(r"\x1b\[[0-9;]*m", "", out).split("\n")[1].rstrip() == "Mã   Số"


def test_importing_console_and_render_does_not_import_rich() -> None:
    code = (
        "import sys, cchc.console, cchc.render, cchc.i18n, cchc.collate; "
        "print('rich' in sys.modules)"
    )
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
