"""The one kind of error a person can fix: `UserError`, a message and the exit code it means.

Anything below the command line that finds a usage or data problem it cannot turn into a value
raises `UserError`; `cchc.cli.main()` catches it in one place, prints its one line in the reader's
language and exits with its code (1 invalid data or a requested failure, 2 usage).
"""

from __future__ import annotations

from cchc.i18n import Message

__all__ = ["DATA", "USAGE", "UserError"]

DATA = 1
USAGE = 2


class UserError(Exception):
    """One line for a person (`message`, in any language) and the exit code it means."""

    def __init__(self, message: Message, code: int = USAGE) -> None:
        super().__init__(message.key)
        self.message = message
        self.code = code

    def text(self, lang: str) -> str:
        return self.message.text(lang)
