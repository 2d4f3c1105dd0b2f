"""The message catalogue (issue #12): one mechanism, every key in both languages with the same
placeholders, every key the code asks for defined, and no key defined twice."""

from __future__ import annotations

import re
import string
from pathlib import Path

import pytest

from cchc import i18n
from cchc.i18n import CATALOGUE, msg, t

SRC = Path(i18n.__file__).parents[1]


def _fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


@pytest.mark.parametrize("key", sorted(CATALOGUE))
def test_every_key_speaks_both_languages_with_the_same_placeholders(key: str) -> None:
    vi, en = CATALOGUE[key]
    assert vi.strip() or key.endswith("_gloss"), f"{key}: no Vietnamese"
    assert en.strip(), f"{key}: no English"
    assert _fields(vi) == _fields(en), key


def test_no_key_is_defined_twice() -> None:
    seen: dict[str, str] = {}
    for part in i18n._PARTS:
        for key in part.MESSAGES:
            assert key not in seen, f"{key} in {part.__name__} and {seen[key]}"
            seen[key] = part.__name__


_ASKED = re.compile(r"""\b(?:t|msg)\(\s*["']([A-Za-z0-9_.:-]+)["']""")


def test_every_key_the_code_asks_for_exists() -> None:
    missing = []
    for path in sorted(SRC.rglob("*.py")):
        for key in _ASKED.findall(path.read_text(encoding="utf-8")):
            if key not in CATALOGUE:
                missing.append(f"{path.relative_to(SRC)}: {key}")
    assert not missing


def test_a_message_is_worded_when_printed() -> None:
    message = msg("overdue")
    assert message.text("vi") == "Quá hạn"
    assert message.text("en") == "Overdue"
    assert t("no-such-key", "en") == "no-such-key"


# Code outside `cchc.i18n` asks the catalogue; it never compares a language nor keeps texts in
# language-named pairs (`title_vi`/`title_en`, `message_en`, `reason_vi` …).
_LANGUAGE_CHOICE = re.compile(
    r"""[!=]=\s*["'](?:en|vi)["']|["'](?:en|vi)["']\s*[!=]=|\b[a-z]\w*_(?:en|vi)\b"""
)

# Modules other engineers are moving to the catalogue in parallel (issue #12): the validation
# stack, the YAML layer, periods, the report and the templates. Each entry must still need its
# exemption (the second test), so the list can only shrink; empty it as they land.
PENDING: set[str] = set()


def _choosers() -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for path in sorted(SRC.rglob("*.py")):
        relative = path.relative_to(SRC).as_posix()
        if relative.startswith("i18n/"):
            continue
        hits = _LANGUAGE_CHOICE.findall(path.read_text(encoding="utf-8"))
        if hits:
            found[relative] = hits
    return found


def test_no_code_outside_the_catalogue_chooses_a_language() -> None:
    offenders = {name: hits for name, hits in _choosers().items() if name not in PENDING}
    assert offenders == {}


def test_every_pending_exemption_is_still_needed() -> None:
    assert sorted(PENDING - set(_choosers())) == []
