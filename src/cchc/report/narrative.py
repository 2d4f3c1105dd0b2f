"""The author's words: the texts of `reports/PERIOD/AGENCY.yaml`, in the report's sections.

A text becomes paragraphs: a blank line ends one, and a line starting with a bullet ("- ", "+ ",
"• ") starts one, as Vietnamese reports list results; other line breaks inside a paragraph are
the author's wrapping and become spaces. A section the author has not written shows a visible
placeholder that says who writes what, under which key of which file: the report never makes up
a sentence for them.
"""

from __future__ import annotations

import re

from cchc.i18n import t
from cchc.model import NarrativeReport
from cchc.report.values import Narrative

__all__ = ["SECTION_KEYS", "Author", "paragraphs"]

SECTION_KEYS = ("strengths", "shortcomings", "causes", "next_period", "proposals")
_BULLET = re.compile(r"^(?:[-+•]|\d+[.)]|[a-zđ]\))\s")


def paragraphs(text: str | None) -> tuple[str, ...]:
    if not text:
        return ()
    result: list[str] = []
    current: list[str] = []
    for raw in text.splitlines():
        line = " ".join(raw.split())
        if not line or _BULLET.match(line):
            if current:
                result.append(" ".join(current))
            current = [line] if line else []
            continue
        current.append(line)
    if current:
        result.append(" ".join(current))
    return tuple(result)


class Author:
    """Who writes a report's texts, and where: the narrative file of one agency and period."""

    def __init__(self, name: str, path: str, report: NarrativeReport | None, lang: str) -> None:
        self.name, self.path, self.report, self.lang = name, path, report, lang

    def _text(self, words: str | None, section: str, key: str) -> Narrative:
        found = paragraphs(words)
        if found:
            return Narrative(found, "")
        return Narrative(
            (),
            t(
                "report.placeholder",
                self.lang,
                who=self.name,
                section=section,
                key=key,
                path=self.path,
            ),
        )

    def area(self, area_id: str, title: str) -> Narrative:
        words = self.report.areas.get(area_id) if self.report is not None else None
        return self._text(words, title, f"areas: {area_id}")

    def section(self, key: str, title: str) -> Narrative:
        words: str | None = getattr(self.report, key) if self.report is not None else None
        return self._text(words, title, key)
