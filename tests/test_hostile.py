"""Hostile and hurried input: every file a pull request could contain is refused with a located
error and no traceback; mutated valid files never crash `cchc validate`; read commands never write."""

from __future__ import annotations

import os
import re
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import SAMPLE, Run, run_cli
from yaml_support import normalised_lines

AS_OF = "2021-06-30"
LINE = re.compile(
    r"^(?P<path>[^:]+):(?P<line>\d+):(?P<col>\d+): (error|warning): .+ \[[a-z0-9-]+\]$"
)


def validate(root: Path) -> Run:
    return run_cli("validate", "--root", str(root), "--as-of", AS_OF)


def assert_located(result: Run, root: Path) -> None:
    """Exit 0 or 1, never a traceback, and every line points inside its file."""
    assert result.code in (0, 1), result.err
    assert "Traceback" not in result.out + result.err
    for line in result.out.splitlines():
        match = LINE.match(line)
        assert match, line
        path = root / match["path"]
        number, column = int(match["line"]), int(match["col"])
        assert number >= 1 and column >= 1
        if path.is_file() and path.stat().st_size < 2 * 1024 * 1024:
            lines = normalised_lines(path.read_bytes())  # a lone CR ends a line too
            assert number <= max(len(lines), 1), line
            assert column <= len(lines[number - 1]) + 1 if number <= len(lines) else True, line


@pytest.fixture
def root(tmp_path: Path) -> Path:
    target = tmp_path / "ds"
    shutil.copytree(SAMPLE, target)
    return target


HOSTILE: dict[str, Callable[[Path], None]] = {
    "alias-bomb": lambda p: p.write_text(
        "a: &a [x, x, x, x, x, x, x, x, x]\n"
        + "".join(
            f"{chr(98 + i)}: &{chr(98 + i)} [{', '.join(['*' + chr(97 + i)] * 9)}]\n"
            for i in range(8)
        ),
        encoding="utf-8",
    ),
    "deep-nesting": lambda p: p.write_text(
        "id: " + "[" * 1000 + "]" * 1000 + "\n", encoding="utf-8"
    ),
    "very-deep-nesting": lambda p: p.write_text("x: " + "[" * 200_000 + "\n", encoding="utf-8"),
    "16-mb-line": lambda p: p.write_text(
        "title: " + "x" * (16 * 1024 * 1024) + "\n", encoding="utf-8"
    ),
    "binary-garbage": lambda p: p.write_bytes(bytes(range(256)) * 40),
    "utf16": lambda p: p.write_bytes("id: K99\n".encode("utf-16")),
}


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_hostile_file_is_refused_with_a_location(root: Path, name: str) -> None:
    path = root / "tasks" / "K99.yaml"
    HOSTILE[name](path)
    result = validate(root)
    assert result.code == 1
    assert any(line.startswith("tasks/K99.yaml:") for line in result.out.splitlines())
    assert_located(result, root)


ESCAPED_VALUES = {
    "clear-screen": r'title: "\e[2J\e[H"',
    "hex-escape": r'title: "\x1b]0;pwned\x07"',
    "forged-line": r'title: "x\ntasks/K01.yaml:1:1: error: FORGED [x]"',
    "carriage-return": r'title: "ok\r     "',
    "right-to-left": r'title: "abc\u202Edef"',
    "isolate-in-a-key": r'"ti\u2066tle": x',
    "long-escape": r'title: "\U0000202E"',
    "next-line": r'title: "a\Nb"',
}


@pytest.mark.parametrize("name", sorted(ESCAPED_VALUES))
def test_escapes_cannot_put_control_characters_into_output(root: Path, name: str) -> None:
    source = (SAMPLE / "tasks" / "K03.yaml").read_text(encoding="utf-8")
    line = ESCAPED_VALUES[name]
    source = source.replace("title: Kế hoạch đào tạo, bồi dưỡng", line)
    (root / "tasks" / "K03.yaml").write_text(source, encoding="utf-8")
    for lang in ("vi", "en"):
        result = run_cli("validate", "--root", str(root), "--as-of", AS_OF, "--lang", lang)
        assert result.code == 1
        problems = result.out.splitlines()
        number = source.splitlines().index(line) + 1
        first = f"tasks/K03.yaml:{number}:{line.index(chr(92)) + 1}: error: "
        assert problems[0].startswith(first)  # at the first backslash
        assert all(p.endswith("[yaml-control-char]") for p in problems)
        assert_located(result, root)
        printed = result.out + result.err
        assert not any((ord(c) < 32 and c != "\n") or 0x7F <= ord(c) <= 0x9F for c in printed)
        assert not any(c in printed for c in "\u202e\u2066")


def test_a_100_mb_file_is_refused_without_reading_it(root: Path) -> None:
    path = root / "tasks" / "K99.yaml"
    with path.open("wb") as handle:  # sparse: costs no disk and no time to write
        handle.truncate(100 * 1024 * 1024)
    result = validate(root)
    assert result.code == 1
    assert "tasks/K99.yaml:1:1: error:" in result.out
    assert "[yaml-too-large]" in result.out


def test_directory_named_like_a_yaml_file(root: Path) -> None:
    (root / "tasks" / "K99.yaml").mkdir()
    result = validate(root)
    assert result.code == 1
    assert "tasks/K99.yaml:1:1: error:" in result.out


def test_symlink_outside_is_not_followed(root: Path, tmp_path: Path) -> None:
    secret = tmp_path / "outside.yaml"
    secret.write_text("id: K99\n", encoding="utf-8")
    (root / "tasks" / "K99.yaml").symlink_to(secret)
    result = validate(root)
    assert "tasks/K99.yaml:1:1: error:" in result.out and "[symlink]" in result.out


def test_dataset_with_no_tasks_and_no_targets(root: Path) -> None:
    shutil.rmtree(root / "tasks")
    shutil.rmtree(root / "targets")
    assert validate(root).code == 0
    for command in ("overdue", "due", "progress", "targets", "export"):
        result = run_cli(command, "--root", str(root), "--as-of", AS_OF, "--format", "json")
        assert result.code == 0, (command, result.err)


# ------------------------------------------------------------------------------------ fuzzing

VALID_FILES = sorted(
    [p.relative_to(SAMPLE) for p in (SAMPLE / "tasks").glob("*.yaml")]
    + [p.relative_to(SAMPLE) for p in (SAMPLE / "targets").glob("*.yaml")]
)


def _lines(path: Path) -> list[str]:
    return (SAMPLE / path).read_text(encoding="utf-8").splitlines(keepends=True)


@st.composite
def mutated(draw: st.DrawFn) -> tuple[Path, bytes]:
    rel = draw(st.sampled_from(VALID_FILES))
    lines = _lines(rel)
    mutation = draw(
        st.sampled_from(["delete", "duplicate", "retype", "swap", "truncate", "unicode", "indent"])
    )
    i = draw(st.integers(0, len(lines) - 1))
    j = draw(st.integers(0, len(lines) - 1))
    if mutation == "delete":
        del lines[i]
    elif mutation == "duplicate":
        lines.insert(j, lines[i])
    elif mutation == "retype":
        key, sep, _ = lines[i].partition(":")
        value = draw(
            st.sampled_from(["[]", "{}", "~", "12", "-3.5", "no", "'x'", "[a, b]", "2017-99-99"])
        )
        lines[i] = f"{key}{sep} {value}\n" if sep else lines[i]
    elif mutation == "swap":
        lines[i], lines[j] = lines[j], lines[i]
    elif mutation == "indent":
        lines[i] = " " * draw(st.integers(1, 5)) + lines[i]
    data = "".join(lines).encode("utf-8")
    if mutation == "truncate":
        data = data[: draw(st.integers(0, len(data)))]
    if mutation == "unicode":
        text = draw(st.text(min_size=1, max_size=8))
        cut = draw(st.integers(0, len(data)))
        data = data[:cut] + text.encode("utf-8", errors="surrogatepass") + data[cut:]
    return rel, data


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(case=mutated())
def test_mutated_files_never_crash_validate(root: Path, case: tuple[Path, bytes]) -> None:
    rel, data = case
    path = root / rel
    original = path.read_bytes()
    try:
        path.write_bytes(data)
        assert_located(validate(root), root)
    finally:
        path.write_bytes(original)


# ------------------------------------------------------------------------------- read-only

READ_COMMANDS = [
    ("validate",),
    ("overdue",),
    ("due", "--within", "1y"),
    ("progress", "--by", "agency"),
    ("targets",),
    ("show", "K01"),
    ("export", "--format", "csv"),
    ("schema", "task"),
    ("calendar",),
    ("report", "--period", "2017H1"),
]


def snapshot(root: Path) -> dict[str, tuple[bytes, int]]:
    return {
        str(p.relative_to(root)): (p.read_bytes(), p.stat().st_mtime_ns)
        for p in sorted(root.rglob("*"))
        if p.is_file()
    }


def test_read_commands_never_write(root: Path) -> None:
    before = snapshot(root)
    for command in READ_COMMANDS:
        result = (
            run_cli(*command, "--root", str(root)) if command[0] != "schema" else run_cli(*command)
        )
        assert result.code in (0, 1, 2), (command, result.err)
        assert "Traceback" not in result.err
    assert snapshot(root) == before
    assert sorted(os.listdir(root)) == sorted(before_dirs(before))


def before_dirs(before: dict[str, tuple[bytes, int]]) -> set[str]:
    return {name.split(os.sep)[0] for name in before}
