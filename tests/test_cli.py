"""The exit-code funnel and dataset discovery, through the real `main()`."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from conftest import SAMPLE, Run


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
    import cchc.loader

    def explode(*_: object, **__: object) -> None:
        raise RuntimeError("boom")

    monkeypatch.setattr(cchc.loader.parse, "read_yaml_file", explode)
    result = cli("validate", "--root", str(SAMPLE))
    assert result.code == 3
    assert result.err == (
        "cchc: lỗi nội bộ (RuntimeError: boom); chạy lại với --debug và báo cho nhóm phát triển\n"
    )


def test_debug_shows_the_traceback(
    cli: Callable[..., Run], monkeypatch: pytest.MonkeyPatch
) -> None:
    import cchc.loader

    def explode(*_: object, **__: object) -> None:
        raise RuntimeError("boom")

    monkeypatch.setattr(cchc.loader.parse, "read_yaml_file", explode)
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


def _whole_app(*args: str) -> str:
    """What the full command tree prints for `args` (the path `main()` takes for --help)."""
    import contextlib
    import io

    from cchc.cli import app

    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        app(args=list(args), prog_name="cchc", standalone_mode=False)
    return out.getvalue()


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_a_command_built_alone_behaves_as_in_the_whole_app(
    cli: Callable[..., Run], lang: str
) -> None:
    """main() builds only the command being run; its help, usage and errors must not change."""
    from cchc.cli import app, app_for
    from cchc.cli.helptext import apply_language, command_name, command_names

    names = command_names(app)
    for name in names:
        alone = cli("--lang", lang, name, "--help")
        assert alone.code == 0
        apply_language(app, lang)
        assert alone.out == _whole_app("--lang", lang, name, "--help")
        assert [command_name(c) for c in app_for(["--lang", lang, name]).registered_commands] == [
            name
        ]
    # Anything that is not "run this command" gets the whole app, so every command is listed.
    assert app_for(["--help"]) is app
    assert app_for(["--lang", "en", "--version"]) is app
    assert app_for(["no-such-command"]) is app
    listing = cli("--lang", lang, "--help")
    assert all(name in listing.out for name in names)
    wrong = cli("overdue", "--no-such-option")
    assert wrong.code == 2 and "cchc overdue --help" in wrong.err


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

    from cchc.cli import run

    for argv, code in ((["--version"], 0), (["no-such-command"], 2)):
        monkeypatch.setattr("sys.argv", ["cchc", *argv])
        try:
            with pytest.raises(SystemExit) as stop:
                run()
        finally:
            gc.unfreeze()  # run() freezes everything for the interpreter's exit; this one goes on
        assert stop.value.code == code
