"""`cchc.cli.main()`: the exit-code funnel, one-line errors in the reader's language, dataset
discovery, and the garbage-collector pause."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from conftest import REPO, SAMPLE, Run


def test_outside_any_dataset_one_line_exit_2(
    cli: Callable[..., Run], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    result = cli("validate")
    assert result.code == 2
    assert result.out == ""
    assert result.err.count("\n") == 1
    assert result.err.startswith("cchc: không tìm thấy bộ dữ liệu")


def test_root_option_that_is_not_a_dataset(cli: Callable[..., Run], tmp_path: Path) -> None:
    result = cli("overdue", "--root", str(tmp_path), "--lang", "en")
    assert result.code == 2
    assert result.err == f"cchc: --root = {tmp_path}: no plan/plan.yaml in that folder\n"


def test_found_upward_from_a_subfolder(
    cli: Callable[..., Run], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(SAMPLE / "tasks")
    assert cli("validate", "--as-of", "2021-01-01").code == 0


def test_found_through_environment(
    cli: Callable[..., Run], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("CCHC_ROOT", str(SAMPLE))
    assert cli("validate", "--as-of", "2021-01-01").code == 0


def test_usage_errors_exit_2_in_one_line(cli: Callable[..., Run]) -> None:
    for args in (
        ("validate", "--format", "xml"),
        ("overdue", "--bogus"),
        ("nosuchcommand",),
        ("overdue", "--root", str(SAMPLE), "--as-of", "2017-13-01"),
        ("due", "--root", str(SAMPLE), "--within", "soon"),
    ):
        result = cli(*args)
        assert result.code == 2, args
        assert result.err.count("\n") == 1, (args, result.err)
        assert "Traceback" not in result.err


def test_unexpected_error_is_one_line_exit_3(
    cli: Callable[..., Run], monkeypatch: pytest.MonkeyPatch
) -> None:
    import cchc.loader.files

    def explode(*_: object, **__: object) -> None:
        raise RuntimeError("boom")

    monkeypatch.setattr(cchc.loader.files, "read_yaml_file", explode)
    result = cli("validate", "--root", str(SAMPLE))
    assert result.code == 3
    assert result.err == (
        "cchc: lỗi nội bộ (RuntimeError: boom); chạy lại với --debug và báo cho nhóm phát triển\n"
    )


def test_debug_shows_the_traceback(
    cli: Callable[..., Run], monkeypatch: pytest.MonkeyPatch
) -> None:
    import cchc.loader.files

    def explode(*_: object, **__: object) -> None:
        raise RuntimeError("boom")

    monkeypatch.setattr(cchc.loader.files, "read_yaml_file", explode)
    result = cli("validate", "--root", str(SAMPLE), "--debug")
    assert result.code == 3
    assert "Traceback" in result.err


def test_help_and_version(cli: Callable[..., Run]) -> None:
    result = cli("--help")
    assert result.code == 0
    assert "validate" in result.out
    version = cli("--version")
    assert version.code == 0
    assert version.out.startswith("cchc ")


@pytest.mark.parametrize("argv", [["--version"], ["--help"]])
def test_help_and_version_start_without_the_models(argv: list[str]) -> None:
    # Building the pydantic models is the start-up's largest cost; only commands that read a
    # dataset (or write a record) pay it.
    code = (
        "import sys; from cchc.cli import main; "
        f"main({argv!r}); "
        "print(sorted(m for m in sys.modules if m.startswith(('cchc.model', 'pydantic'))))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, check=True, text=True)
    assert done.stdout.splitlines()[-1] == "[]"


@pytest.mark.parametrize(
    ("argv", "target_side"),
    [
        (["overdue", "--as-of", "2018-01-01"], []),
        (["progress", "--by", "agency", "--as-of", "2018-01-01"], []),
        (["targets", "--as-of", "2018-01-01"], ["cchc.model.scales", "cchc.model.targets"]),
    ],
)
def test_a_task_command_leaves_the_target_side_undefined(
    argv: list[str], target_side: list[str]
) -> None:
    # A task command reads neither targets/ nor plan/scales.yaml, so it does not define their
    # models either (about 5 ms of every task command's start-up); `targets` does.
    code = (
        "import sys; from cchc.cli import main; "
        f"code = main({[*argv, '--root', str(SAMPLE)]!r}); "
        "print(code, sorted(m for m in sys.modules if m in "
        "('cchc.model.scales', 'cchc.model.targets')))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, check=True, text=True)
    assert done.stdout.splitlines()[-1] == f"0 {target_side}"


def test_main_leaves_the_garbage_collector_as_it_found_it(cli: Callable[..., Run]) -> None:
    """The collector is paused while a command runs, and only then: a program (or a test run)
    that calls main() keeps collecting afterwards, even when the command fails."""
    import gc

    assert gc.isenabled()
    assert cli("overdue", "--root", str(SAMPLE), "--as-of", "2018-01-01").code == 0
    assert gc.isenabled()
    assert cli("overdue", "--as-of", "not-a-date", "--root", str(SAMPLE)).code == 2
    assert gc.isenabled()
    gc.disable()
    try:
        cli("--version")
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_the_program_exits_with_mains_code(monkeypatch: pytest.MonkeyPatch) -> None:
    """`cchc` (and `python -m cchc`) is run(): main(), then exit with its code."""
    import gc

    from cchc.program import run

    for argv, code in ((["--version"], 0), (["no-such-command"], 2)):
        monkeypatch.setattr("sys.argv", ["cchc", *argv])
        try:
            with pytest.raises(SystemExit) as stop:
                run()
        finally:
            # run() pauses the collector and freezes everything for the interpreter's exit; this
            # process goes on.
            gc.unfreeze()
            gc.enable()
        assert stop.value.code == code


def test_the_program_pauses_the_collector_before_importing_the_command_line() -> None:
    """`cchc.program` imports only the standard library, so its pause covers every import."""
    code = "import sys, cchc.program; print(sorted(m for m in sys.modules if m.startswith(('cchc.', 'typer', 'pydantic'))))"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "['cchc.program']"


def test_a_user_error_is_one_line_in_the_readers_language(cli: Callable[..., Run]) -> None:
    """Every refusal is a catalogue message, worded once by main() in the language asked for."""
    for lang, expected in (
        ("vi", "cchc: --as-of cần một ngày (YYYY-MM-DD), không phải '2017H1'\n"),
        ("en", "cchc: --as-of needs a day (YYYY-MM-DD), not '2017H1'\n"),
    ):
        result = cli("overdue", "--root", str(SAMPLE), "--as-of", "2017H1", "--lang", lang)
        assert (result.code, result.out, result.err) == (2, "", expected)


def test_an_unknown_option_points_at_the_commands_help(cli: Callable[..., Run]) -> None:
    vi = cli("overdue", "--no-such-option")
    assert vi.code == 2 and vi.err.endswith("(xem 'cchc overdue --help')\n")
    en = cli("overdue", "--no-such-option", "--lang", "en")
    assert en.code == 2 and en.err.endswith("(see 'cchc overdue --help')\n")


def test_invalid_data_is_refused_with_its_first_problems(
    cli: Callable[..., Run], sample: Path
) -> None:
    path = sample / "tasks" / "K01.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("kind: key", "kind: keyy"), "utf-8")
    result = cli("overdue", "--root", str(sample), "--lang", "en")
    assert result.code == 1
    assert result.out == ""
    first, last = result.err.splitlines()
    assert first.startswith("tasks/K01.yaml:3:7: error: invalid value 'keyy' for 'kind'")
    assert last == (
        "cchc: the data has 1 error(s); run 'cchc validate' to see them all and fix them"
    )


_BUNDLED_COMMANDS = [
    ["export", "--as-of", "2019-01-01"],
    ["report", "--period", "2017H1"],
    ["overdue", "--as-of", "2019-01-01", "--format", "csv"],
    ["calendar", "--as-of", "2019-01-01"],
]


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full (Linux)")
@pytest.mark.parametrize("args", _BUNDLED_COMMANDS, ids=lambda args: args[0])
def test_a_full_disk_on_standard_output_is_one_line_exit_2(args: list[str]) -> None:
    with open("/dev/full", "wb") as full:
        done = subprocess.run(
            [sys.executable, "-m", "cchc", *args, "--root", str(REPO)],
            stdout=full,
            stderr=subprocess.PIPE,
            check=False,
        )
    lines = done.stderr.decode("utf-8").splitlines()
    assert done.returncode == 2
    assert len(lines) == 1 and "đầu ra chuẩn" in lines[0] and "-o" in lines[0]


@pytest.mark.parametrize("args", _BUNDLED_COMMANDS, ids=lambda args: args[0])
def test_a_closed_pipe_ends_the_command_quietly(args: list[str]) -> None:
    read_end, write_end = os.pipe()
    os.close(read_end)
    try:
        done = subprocess.run(
            [sys.executable, "-m", "cchc", *args, "--root", str(REPO)],
            stdout=write_end,
            stderr=subprocess.PIPE,
            check=False,
        )
    finally:
        os.close(write_end)
    assert done.stderr == b""
    assert done.returncode in (0, 1)
