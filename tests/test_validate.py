"""`cchc validate` over a corpus of broken datasets: each case is the sample dataset with a few files
replaced (tests/data/invalid/CASE/), and `expected.txt` holds the exact problem lines it must print."""

from __future__ import annotations

import contextlib
import io
import json
import os
import re
import shutil
import socket
import unicodedata
from pathlib import Path

import pytest

from cchc.cli import main
from conftest import DATA, REPO, SAMPLE, run_cli

INVALID = DATA / "invalid"
# A `history-*` case compares two revisions: tests/test_history_cases.py runs it.
CASES = sorted(
    p.name for p in INVALID.iterdir() if p.is_dir() and not p.name.startswith("history-")
)
AS_OF = "2021-06-30"
UPDATE = os.environ.get("UPDATE_GOLDEN") == "1"  # rewrite expected.txt, then review `git diff`


SECRET = "id: SECRET-FROM-OUTSIDE\n"
"""What a file outside the dataset holds: no message may quote it."""


def build_case(case: str, tmp_path: Path) -> Path:
    """The sample dataset under `tmp_path/CASE`, with the case's files laid over it, then the
    actions of its `setup.txt` (what a plain file cannot express), one a line:
    `link PATH TARGET` (a symlink), `outside NAME` (a file, or a folder holding K99.yaml when NAME
    ends in '/', beside the dataset, holding SECRET), `remove PATH`, `mkdir PATH`, `fifo PATH`,
    `socket PATH` (a bound Unix socket), `sparse PATH BYTES`."""
    root = tmp_path / case
    shutil.copytree(SAMPLE, root)
    overlay = INVALID / case
    for path in overlay.rglob("*"):
        if path.is_file() and path.name not in ("expected.txt", "setup.txt"):
            target = root / path.relative_to(overlay)
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(path, target)
    manifest = overlay / "setup.txt"
    if manifest.is_file():
        for line in manifest.read_text(encoding="utf-8").splitlines():
            _setup(root, *line.split())
    return root


def _setup(root: Path, action: str, name: str, *args: str) -> None:
    path = root / name
    if action == "link":
        path.symlink_to(args[0])
    elif action == "outside":
        outside = root.parent / name
        if name.endswith("/"):
            outside.mkdir()
            (outside / "K99.yaml").write_text(SECRET, encoding="utf-8")
        else:
            outside.write_text(SECRET, encoding="utf-8")
    elif action == "remove":
        shutil.rmtree(path) if path.is_dir() else path.unlink()
    elif action == "mkdir":
        path.mkdir()
    elif action == "fifo":
        os.mkfifo(path)
    elif action == "socket":
        # A socket's path must be short (108 bytes): bind it by its name in its own folder.
        here = Path.cwd()
        os.chdir(path.parent)
        try:
            with socket.socket(socket.AF_UNIX) as server:
                server.bind(path.name)
        finally:
            os.chdir(here)
    elif action == "sparse":
        with path.open("wb") as handle:
            handle.truncate(int(args[0]))
    else:  # pragma: no cover - a typo in a setup.txt
        raise ValueError(f"unknown setup action {action!r}")


@pytest.mark.parametrize("case", CASES)
def test_invalid_case_prints_exact_problem_lines(case: str, tmp_path: Path) -> None:
    root = build_case(case, tmp_path)
    result = run_cli("validate", "--root", str(root), "--as-of", AS_OF)
    expected_file = INVALID / case / "expected.txt"
    if UPDATE:
        expected_file.write_text(result.out, encoding="utf-8")
    expected = expected_file.read_text(encoding="utf-8")
    assert result.out == expected
    assert "Traceback" not in result.out + result.err
    has_error = any(": error: " in line for line in expected.splitlines())
    assert result.code == (1 if has_error else 0)


def test_every_case_has_expected_lines() -> None:
    for case in CASES:
        assert (INVALID / case / "expected.txt").is_file(), case


def test_sample_and_bundled_datasets_are_valid() -> None:
    # The bundled dataset records a figure published in 2022, so it is checked as of a later day.
    for root, day in ((SAMPLE, AS_OF), (REPO, "2026-01-01")):
        result = run_cli("validate", "--root", str(root), "--as-of", day)
        assert result.code == 0, result.out
        assert result.out == ""
        assert "0 lỗi, 0 cảnh báo" in result.err


def test_all_problems_of_several_broken_files_in_one_run(tmp_path: Path) -> None:
    root = build_case("unknown-agency", tmp_path)
    for case in (
        "yaml-ambiguous-bool",
        "value-range",
        "cancelled-without-note",
        "yaml-duplicate-key",
    ):
        overlay = INVALID / case
        for path in overlay.rglob("*.yaml"):
            shutil.copyfile(path, root / path.relative_to(overlay))
    result = run_cli("validate", "--root", str(root), "--as-of", AS_OF)
    rules = {line.rsplit("[", 1)[1].rstrip("]") for line in result.out.splitlines()}
    assert rules == {
        "unknown-agency",
        "yaml-ambiguous-bool",
        "value-range",
        "cancelled-without-note",
        "yaml-duplicate-key",
    }
    assert result.code == 1
    assert "lỗi" in result.err


def test_github_annotations(tmp_path: Path) -> None:
    root = build_case("unknown-area", tmp_path)
    result = run_cli("validate", "--root", str(root), "--format", "github", "--as-of", AS_OF)
    assert result.out.splitlines() == [
        "::error file=tasks/K01.yaml,line=3,col=7,title=unknown-area::"
        "không có lĩnh vực 'VIII' trong plan/areas.yaml (có phải 'II'?)"
    ]


def test_json_format_in_english(tmp_path: Path) -> None:
    root = build_case("unknown-area", tmp_path)
    result = run_cli(
        "validate", "--root", str(root), "--format", "json", "--lang", "en", "--as-of", AS_OF
    )
    assert json.loads(result.out) == [
        {
            "path": "tasks/K01.yaml",
            "line": 3,
            "column": 7,
            "level": "error",
            "rule": "unknown-area",
            "message": "no area 'VIII' in plan/areas.yaml (did you mean 'II'?)",
        }
    ]


def test_symlink_out_of_dataset_is_not_followed(tmp_path: Path) -> None:
    root = build_case("unknown-area", tmp_path)
    outside = tmp_path / "secret.yaml"
    outside.write_text("id: K99\n", encoding="utf-8")
    (root / "tasks" / "K99.yaml").symlink_to(outside)
    result = run_cli("validate", "--root", str(root), "--as-of", AS_OF)
    assert "tasks/K99.yaml:1:1: error:" in result.out
    assert "[symlink]" in result.out


def test_missing_required_plan_file(tmp_path: Path) -> None:
    root = build_case("unknown-area", tmp_path)
    os.remove(root / "plan" / "areas.yaml")
    result = run_cli("validate", "--root", str(root), "--as-of", AS_OF)
    assert "plan/areas.yaml:1:1: error: thiếu tệp plan/areas.yaml [missing-file]" in result.out
    assert result.code == 1


def test_crlf_bom_and_nfd_are_accepted(tmp_path: Path) -> None:
    root = build_case("unknown-area", tmp_path)
    shutil.copyfile(SAMPLE / "tasks" / "K01.yaml", root / "tasks" / "K01.yaml")
    path = root / "tasks" / "K03.yaml"
    text = unicodedata.normalize("NFD", path.read_text(encoding="utf-8"))
    path.write_bytes(b"\xef\xbb\xbf" + text.replace("\n", "\r\n").encode("utf-8"))
    before = path.read_bytes()
    result = run_cli("validate", "--root", str(root), "--as-of", AS_OF)
    assert result.code == 0, result.out
    assert path.read_bytes() == before  # accepted, normalised in memory, never rewritten


# ------------------------------------------------------------------------------ English output

# What an English message must say in Vietnamese: examples of the accepted spellings of periods
# and document numbers, and the name of the letter Đ.
_VIETNAMESE_EXAMPLES = ("Năm 2017", "6 tháng đầu năm 2017", "536/QĐ-UBND", "its Đ")
_QUOTED = re.compile(r"(?<![A-Za-z])'[^'\n]*'(?![A-Za-z])")


def _vietnamese_outside_data(text: str) -> list[str]:
    """Lines of `text` with Vietnamese letters outside quoted values and the accepted forms."""
    leaks = []
    for line in text.splitlines():
        words = _QUOTED.sub("", line)
        for example in _VIETNAMESE_EXAMPLES:
            words = words.replace(example, "")
        if any(not ch.isascii() and ch.isalpha() for ch in words):
            leaks.append(line)
    return leaks


@pytest.mark.parametrize("case", CASES)
def test_english_output_has_no_vietnamese_but_the_data(case: str, tmp_path: Path) -> None:
    root = build_case(case, tmp_path)
    result = run_cli("validate", "--root", str(root), "--as-of", AS_OF, "--lang", "en")
    vietnamese = run_cli("validate", "--root", str(root), "--as-of", AS_OF)
    assert result.code == vietnamese.code
    assert len(result.out.splitlines()) == len(vietnamese.out.splitlines())
    assert not _vietnamese_outside_data(result.out + result.err)


def test_the_leak_check_finds_vietnamese_words() -> None:
    assert _vietnamese_outside_data("x.yaml:1:1: error: không có 'VIII' [r]")
    assert not _vietnamese_outside_data("x.yaml:1:1: error: no area 'Cải cách' here [r]")
    assert not _vietnamese_outside_data("a yearly task's 'done' update needs 'period'")


def test_period_errors_are_worded_in_english(tmp_path: Path) -> None:
    result = run_cli(
        "validate", "--root", str(build_case("period", tmp_path)), "--as-of", AS_OF, "--lang", "en"
    )
    assert "cannot read period '2017H3' (only H1 or H2 exist); use: 2017, 2017H1" in result.out
    assert "không hiểu" not in result.out


# ------------------------------------------------------------------------ the terminal excerpt


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def _on_a_terminal(*args: str) -> str:
    out = _Terminal()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(io.StringIO()):
        main(list(args))
    return out.getvalue()


def test_a_terminal_shows_each_problems_source_line_with_a_caret(tmp_path: Path) -> None:
    root = build_case("unknown-area", tmp_path)
    lines = _on_a_terminal("validate", "--root", str(root), "--as-of", AS_OF).splitlines()
    assert lines[0].startswith("tasks/K01.yaml:3:7: error:")
    assert lines[1:3] == ["    area: VIII", "          ^"]


def test_the_source_line_is_the_normalised_text_the_columns_count(tmp_path: Path) -> None:
    # NFD text and CRLF line ends: the column counts NFC characters, and so does the caret.
    root = build_case("unknown-area", tmp_path)
    path = root / "tasks" / "K01.yaml"
    text = path.read_text(encoding="utf-8").replace("title: ", "title: Điều ")
    path.write_bytes(unicodedata.normalize("NFD", text).replace("\n", "\r\n").encode("utf-8"))
    out = _on_a_terminal("validate", "--root", str(root), "--as-of", AS_OF)
    assert "    area: VIII\n          ^\n" in out
    assert "\r" not in out


def test_a_source_line_with_control_characters_is_escaped(tmp_path: Path) -> None:
    root = build_case("yaml-control-char", tmp_path)
    out = _on_a_terminal("validate", "--root", str(root), "--as-of", AS_OF)
    assert "\x07" not in out
    lines = out.splitlines()
    at = next(i for i, line in enumerate(lines) if line.startswith("tasks/K99.yaml:5:16:"))
    _, source, caret = lines[at : at + 3]
    assert source == "    title: Nhiệm vụ\\x07thử"
    assert caret.index("^") == source.index("\\x07")


def test_no_source_line_is_quoted_from_a_file_outside_the_dataset(tmp_path: Path) -> None:
    for case in ("symlink", "symlink-folder"):
        root = build_case(case, tmp_path / case)
        out = _on_a_terminal("validate", "--root", str(root), "--as-of", AS_OF)
        assert "[symlink]" in out
        assert "SECRET" not in out
        assert not any(line.startswith("    ") for line in out.splitlines())


def test_without_a_terminal_no_source_line_is_printed(tmp_path: Path) -> None:
    result = run_cli(
        "validate", "--root", str(build_case("unknown-area", tmp_path)), "--as-of", AS_OF
    )
    assert all(not line.startswith("    ") for line in result.out.splitlines())
