"""A bridge for the errors of modules that do not carry a `Message` yet.

`DatasetNotFoundError` (the loader) holds its text as two strings; `PeriodError`, `DurationError`
(periods) and `TemplateFailure` (templating) word themselves with a `message(lang)` method. The
command line turns each into a `UserError` at one place, with `legacy(error)` as its message (or as
a param of one), so that choosing the language stays inside `cchc.i18n`. When those modules carry a
`Message`, pass it instead and delete this module.
"""

from __future__ import annotations

from dataclasses import dataclass

from cchc.i18n import Message

__all__ = ["legacy"]


@dataclass(frozen=True)
class _Legacy(Message):
    source: object = None

    def text(self, lang: str) -> str:
        worded = getattr(self.source, "message", None)
        if callable(worded):
            return str(worded(lang))
        english = getattr(self.source, "message_en", None)
        if lang == "en" and isinstance(english, str):
            return english
        return str(self.source)


def legacy(error: object) -> Message:
    """A `Message` that words `error` in the reader's language, the way the error itself does."""
    return _Legacy("legacy", (), error)
