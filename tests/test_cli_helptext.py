"""`cchc.cli.helptext`: the help of the app, of every command and of every option, in the
reader's language (`--lang` before or after the command, or CCHC_LANG)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from conftest import SAMPLE, Run, run_cli


def _commands() -> list[str]:
    result = run_cli("--help")
    assert result.code == 0
    section = result.out.split("Commands:", 1)[1]
    names = [line.split()[0] for line in section.splitlines() if line.startswith("  ")]
    assert names
    return names


COMMANDS = _commands()


def test_every_expected_command_is_registered() -> None:
    expected = {"validate", "overdue", "due", "progress", "targets", "show", "export", "schema"}
    expected |= {"calendar", "init", "list", "update", "measure"}
    assert expected <= set(COMMANDS)


@pytest.mark.parametrize("command", COMMANDS)
def test_help_in_both_languages_with_an_example(
    command: str, cli: Callable[..., Run], monkeypatch: pytest.MonkeyPatch
) -> None:
    vi = cli(command, "--help", "--lang", "vi")
    en = cli(command, "--help", "--lang", "en")
    assert vi.code == en.code == 0
    assert vi.out != en.out
    assert "Ví dụ:" in vi.out and "Example:" not in vi.out
    assert "Example:" in en.out and "Ví dụ:" not in en.out
    monkeypatch.setenv("CCHC_LANG", "en")
    by_env = cli(command, "--help").out
    assert by_env.split("Options:")[0] == en.out.split("Options:")[0]


def test_top_level_help_follows_the_language(
    cli: Callable[..., Run], monkeypatch: pytest.MonkeyPatch
) -> None:
    vi = cli("--help")
    en = cli("--lang", "en", "--help")
    assert "Ví dụ:" in vi.out and "Example:" in en.out
    assert "--install-completion" in vi.out  # shell completion, documented in docs/ecosystem.md
    monkeypatch.setenv("CCHC_LANG", "en")
    assert cli("--help").out == en.out
    assert cli("--version").out.startswith("cchc ")


def test_language_before_the_command_applies_to_it(cli: Callable[..., Run]) -> None:
    result = cli("--lang", "en", "validate", "--root", str(SAMPLE), "--as-of", "2021-06-30")
    assert result.code == 0
    assert "files checked" in result.err


def test_option_help_speaks_only_the_readers_language(cli: Callable[..., Run]) -> None:
    vi = cli("overdue", "--help", "--lang", "vi").out
    en = cli("overdue", "--help", "--lang", "en").out
    assert "Mã cơ quan hoặc nhóm" in vi
    assert "agency or group" not in vi.lower()
    assert "Agency or group id" in en
    assert "Mã cơ quan" not in en
