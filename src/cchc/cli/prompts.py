"""Asking a person for the fields a write command still needs, like `hledger add`: one question a
line, in the reader's language, with the choices and the default shown; Enter takes the default;
a wrong answer is explained in one line and the question asked again; end of input (Ctrl-D)
stops without writing anything.

Used only when a terminal is attached: without one, a missing field is a usage error (the caller
decides). Questions go to stderr, so stdout keeps only the command's result.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Generic, TextIO, TypeVar

from cchc.errors import UserError
from cchc.i18n import msg, t

__all__ = ["Question", "ask"]

T = TypeVar("T")


@dataclass(frozen=True)
class Question(Generic[T]):
    """One field: its label key, the default shown and taken on Enter (None: the field must be
    answered, unless `optional`), the choices shown, and how the answer is read."""

    label: str
    read: Callable[[str], T]
    default: str | None = None
    choices: tuple[str, ...] = ()
    optional: bool = False
    params: tuple[tuple[str, object], ...] = ()


class Stop(Exception):
    """The person ended the input (Ctrl-D): nothing is written."""


def ask(question: Question[T], lang: str, stdin: TextIO, stderr: TextIO) -> T | None:
    """The answer to `question`, read and checked; None for an optional field left empty."""
    label = t(question.label, lang, **dict(question.params))
    hints = []
    if question.choices:
        hints.append(" / ".join(question.choices))
    shown = f"{label} [{'; '.join(hints)}]" if hints else label
    if question.default is not None:
        shown += f" ({question.default})"
    elif question.optional:
        shown += f" ({t('prompt.optional', lang)})"
    while True:
        stderr.write(f"{shown}: ")
        stderr.flush()
        line = stdin.readline()
        if not line:
            stderr.write("\n")
            raise Stop
        answer = line.strip()
        if not answer:
            if question.default is not None:
                answer = question.default
            elif question.optional:
                return None
            else:
                stderr.write(t("prompt.required", lang) + "\n")
                continue
        try:
            return question.read(answer)
        except UserError as error:
            stderr.write(f"  {error.text(lang)}\n")


def stop_error() -> UserError:
    """What a stopped dialogue exits with (130, as an interrupt)."""
    return UserError(msg("prompt.stopped"), 130)
