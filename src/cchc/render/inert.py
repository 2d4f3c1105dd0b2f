"""Text from the data made inert for where it is printed: a terminal (`visible`: no control
codes, no bidirectional overrides) and Markdown (`md_escape`, `md_paragraph`: no markup)."""

from __future__ import annotations

import re
import unicodedata

__all__ = ["md_escape", "md_paragraph", "visible"]

# Terminal control codes and the bidirectional formatting characters (an override can make a
# cell read backwards, `cchc.problems.printable` lists the same set). As text: only a cell that
# is not printable needs them, and the `re` module compiles them then, once.
_CONTROL = "[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]"
_NEWLINE = r"\r\n|\r|\n|\u2028|\u2029|\x85"


def visible(text: str) -> str:
    """No terminal control codes (ESC could recolour or rewrite the screen) and no bidirectional
    formatting characters: each becomes ``�``;
    a tab becomes a space; text is NFC."""
    if text.isprintable():  # no control code, tab or line break: the common case, checked in C
        return unicodedata.normalize("NFC", text)
    text = unicodedata.normalize("NFC", text).replace("\t", " ")
    return re.sub(_CONTROL, "\ufffd", re.sub(_NEWLINE, "\n", text))


_MD_SPECIAL = re.compile(r"[\\|*_`\[\]~#]")
_ENTITY = re.compile(r"&(?=#[0-9]+;|#[xX][0-9a-fA-F]+;|[A-Za-z][A-Za-z0-9]*;)")
_BLOCK_START = re.compile(r"^(\s*[0-9]*)([-+=.)])")


def md_escape(text: str) -> str:
    """Make `text` inert inside a Markdown table cell or heading: one line (newlines → spaces),
    ``\\ | * _ ` [ ] ~ #`` backslash-escaped, ``<`` ``>`` as ``&lt;`` ``&gt;``, and an ``&`` that
    would start an entity as ``&amp;`` (a lone ``&`` stays readable). Control codes → ``�``."""
    text = visible(text).replace("\n", " ")
    text = _MD_SPECIAL.sub(lambda m: "\\" + m.group(0), text)
    text = _ENTITY.sub("&amp;", text)
    return text.replace("<", "&lt;").replace(">", "&gt;")


def md_paragraph(text: str) -> str:
    """`md_escape` for a line of its own: also stop it from starting a list or a rule
    (``- x`` → ``\\- x``, ``1. x`` → ``1\\. x``); quotes and headings are already inert."""
    return _BLOCK_START.sub(lambda m: m.group(1) + "\\" + m.group(2), md_escape(text).strip(), 1)
