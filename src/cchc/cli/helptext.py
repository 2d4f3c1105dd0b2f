"""The help of `cchc`, of every command and of every option, in the reader's language.

The texts are catalogue entries (`cchc.i18n.helptexts`): `help.COMMAND` for a command, and for an
option the key given to `option()` / `argument()` here, which declare a Typer option or argument
and remember its key. `main()` calls `apply_language(app, lang)` with the language it reads from
`--lang` / `CCHC_LANG` before the app runs, because Typer builds the Click commands (and their
help) only then: `cchc --help`, `cchc overdue --help` and the command list all speak the chosen
language. An option whose help is only codes (``table | json | csv | md``) keeps a plain string.
"""

from __future__ import annotations

from typing import Any

import typer

from cchc.i18n import Message, msg, t

__all__ = ["apply_language", "argument", "command_name", "command_names", "option"]

# Every option and argument declared with a help key, and that key, to word on each run.
_WORDED: list[tuple[Any, Message]] = []


def option(*declarations: str, help_key: str, **params: Any) -> Any:
    """`typer.Option(*declarations, **params)` whose help is the catalogue entry `help_key`."""
    info = typer.Option(*declarations, **params)
    _WORDED.append((info, msg(help_key)))
    return info


def argument(*, help_key: str, help_params: dict[str, object] | None = None, **params: Any) -> Any:
    """`typer.Argument(**params)` whose help is the catalogue entry `help_key` (with its values)."""
    info = typer.Argument(**params)
    _WORDED.append((info, msg(help_key, **(help_params or {}))))
    return info


def command_name(info: typer.models.CommandInfo) -> str:
    return info.name or (info.callback.__name__ if info.callback is not None else "")


def command_names(app: typer.Typer) -> list[str]:
    return [command_name(info) for info in app.registered_commands]


def apply_language(app: typer.Typer, lang: str) -> None:
    """Word the help of the app, of every registered command and of every declared option in
    `lang`. Called before the app runs, because Typer builds the Click commands at run time."""
    app.info.help = t("help.cchc", lang)
    for info in app.registered_commands:
        info.help = t(f"help.{command_name(info)}", lang)
    for declared, message in _WORDED:
        declared.help = message.text(lang)
