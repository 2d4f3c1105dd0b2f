"""The one message catalogue: every label, help text, problem message and report word, in
Vietnamese (the default, the plan's language) and English.

Code asks for a key, never tests the language: ``t("overdue", lang)`` is the label of a state,
``t(key, lang, value="VIII")`` a message with its values filled in, and a
`Message` (a key and its values) is what travels inside a `Problem` or an error until it is
printed in the reader's language. Any language but ``"en"`` is Vietnamese, so a typo never
crashes a report.

The catalogue is split by subject into the modules of this package (`labels`, …), each with a
``MESSAGES`` dict of key → (Vietnamese, English); a key is defined once across all of them. A
message's placeholders are `str.format` fields (``{value}``, ``{days:g}``) and both languages use
the same ones: `tests/test_i18n.py` checks both. A message with a count (``days``, ``amount``)
may have a ``KEY.one`` variant, used when that count is exactly 1 (the English singular).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Literal, NamedTuple

from cchc.i18n import (
    append,
    calendar,
    checks,
    cli,
    diff,
    files,
    helptexts,
    history,
    labels,
    loader,
    office,
    periods,
    recording,
    report,
    revisions,
    schema,
    tables,
    tasklist,
    templating,
    yaml,
)
from cchc.i18n.formats import MISSING, fmt_date, fmt_number, fmt_percent

__all__ = [
    "CATALOGUE",
    "LANGS",
    "MISSING",
    "Lang",
    "Message",
    "Worded",
    "fmt_date",
    "fmt_number",
    "fmt_percent",
    "lang_of",
    "msg",
    "t",
    "worded",
]

Lang = Literal["vi", "en"]
LANGS: tuple[Lang, ...] = ("vi", "en")

_PARTS = (
    labels,
    tables,
    calendar,
    cli,
    helptexts,
    periods,
    schema,
    checks,
    loader,
    files,
    append,
    recording,
    report,
    revisions,
    history,
    diff,
    templating,
    yaml,
    office,
    tasklist,
)


def _merge() -> dict[str, tuple[str, str]]:
    merged: dict[str, tuple[str, str]] = {}
    for part in _PARTS:
        for key, pair in part.MESSAGES.items():
            if key in merged:
                raise ValueError(f"message key {key!r} is defined twice (in {part.__name__})")
            merged[key] = pair
    return merged


CATALOGUE: Mapping[str, tuple[str, str]] = _merge()


def lang_of(value: object) -> Lang:
    """`"en"` for English, `"vi"` for anything else (the default)."""
    return LANGS[_POSITION.get(str(value), 0)]


# The values that count something: when one is exactly 1, a `KEY.one` message is the singular.
_COUNTS = ("days", "amount")

# Where each language's text sits in a catalogue pair; any other language reads Vietnamese.
_POSITION = {"vi": 0, "en": 1}


def t(key: str, lang: str, /, **params: object) -> str:
    """The text of `key` in `lang`, with `params` filled in; a param that is itself a `Message` is
    worded in the same language. An unknown key comes back unchanged (never a KeyError at a user's
    desk; the tests check that every key used exists)."""
    if any(params.get(name) == 1 for name in _COUNTS) and f"{key}.one" in CATALOGUE:
        key = f"{key}.one"  # English says "1 day", not "1 days"; Vietnamese has no plural
    pair = CATALOGUE.get(key)
    if pair is None:
        return key
    text = pair[_POSITION.get(lang, 0)]
    if not params:
        return text
    return text.format(
        **{
            name: value.text(lang) if isinstance(value, _WORDED) else value
            for name, value in params.items()
        }
    )


class Message(NamedTuple):
    """A catalogue key and the values to fill in: a message not yet put into words, so that it
    can be printed in whichever language the reader chose. A value that is itself a `Message`
    (or a `Worded`) is worded in the same language."""

    key: str
    params: tuple[tuple[str, object], ...] = ()

    def text(self, lang: str) -> str:
        return t(self.key, lang, **dict(self.params))


class Worded(NamedTuple):
    """A value that has its own wording in each language (a day, a period's label): a param of a
    `Message` that `t` words in the reader's language."""

    word: Callable[[str], str]

    def text(self, lang: str) -> str:
        return self.word(lang)


# What `t` words in the reader's language when it is a param. Both are NamedTuples, not
# dataclasses: a dataclass costs about a millisecond to define (`dataclasses` compiles each of its
# methods), which every command pays at start-up.
_WORDED = (Message, Worded)


def worded(word: Callable[[str], str]) -> Worded:
    """``msg("…", date=worded(lambda lang: fmt_date(day, lang)))``."""
    return Worded(word)


def msg(key: str, /, **params: object) -> Message:
    """``msg(key, value="VIII")``: a `Message` (params sorted by name)."""
    return Message(key, tuple(sorted(params.items())))
