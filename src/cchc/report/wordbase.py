"""The Word document a `.docx` report starts from: python-docx's blank document, or an office's
own `templates/report.docx` in the dataset, which wins (like the report's other templates).

An office's `.docx` is untrusted input (a dataset is: SPEC §1, `cchc.templating`) and it is not
rendered — nothing in it is evaluated. It is a *style base*:

- **What it can do.** Set the look of every named style the report uses (fonts, sizes, spacing,
  colours of "Normal", "Heading 1" … "Heading 3", "Title", "Table Grid", the "CCHC …" styles);
  the page size and margins (its last section); its own headers and footers (a letterhead, a
  logo, page numbers: when it has any, the report's page-number header is not added).
- **What it cannot do.** Add, remove or change a word of the report: its body is thrown away and
  the report is written into it from the data. Run anything or reach outside: a file with macros
  (a `.docm`, a `vbaProject` part), embedded or ActiveX objects, an `altChunk`, a field other
  than the page numbers (`INCLUDETEXT`, `INCLUDEPICTURE`, `DDE` … read files or run programs when
  Word updates them), a link to anything outside the file (an external relationship: a remote
  template, a linked picture) or an XML part with a document type declaration (entities) is
  refused with one line naming the file. It is read only when it is a real file inside the
  dataset (`cchc.templating.read_dataset_file`: no symlink on the way, a regular file) of at most
  `MAX_BASE_BYTES`, a zip of at most `MAX_PARTS` entries and `MAX_UNPACKED_BYTES` unpacked.

The simplest way to make one: generate a report with `--format docx`, change its styles in Word
(Home → Styles → Modify), and save it as `templates/report.docx`; its body does not matter.
"""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path

from cchc.i18n import msg
from cchc.templating import TEMPLATE_DIR, TemplateFailure, read_dataset_file

__all__ = [
    "BASE_NAME",
    "MAX_BASE_BYTES",
    "MAX_PARTS",
    "MAX_UNPACKED_BYTES",
    "check_base",
    "office_base",
]

BASE_NAME = "report.docx"
MAX_BASE_BYTES = 5 * 1024 * 1024
"""A letterhead with a logo is some hundred KB; python-docx's blank document is 37 KB."""
MAX_PARTS = 500
MAX_UNPACKED_BYTES = 64 * 1024 * 1024

_DOCUMENT_TYPE = b"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
_ACTIVE = re.compile(rb"vbaProject|vbaData|macroEnabled|activeX|oleObject|/embeddings/", re.I)
_EXTERNAL = re.compile(rb"""TargetMode\s*=\s*["']External["']""", re.I)
_DOCTYPE = re.compile(rb"<!DOCTYPE|<!ENTITY", re.I)
_ALT_CHUNK = re.compile(rb"<w:altChunk\b")
_FIELD = re.compile(rb"""<w:instrText\b[^>]*>([^<]*)<|\bw:instr\s*=\s*["']([^"']*)["']""")
_ALLOWED_FIELDS = frozenset({b"PAGE", b"NUMPAGES", b"SECTIONPAGES"})


def _refuse(key: str, **params: object) -> TemplateFailure:
    return TemplateFailure(f"{TEMPLATE_DIR}/{BASE_NAME}", 1, "template-file", msg(key, **params))


def check_base(data: bytes) -> None:
    """Raise a `TemplateFailure` when `data` may not be used as the report's Word base (see the
    module docstring); return when it may."""
    if len(data) > MAX_BASE_BYTES:
        raise _refuse("word.too-large", size=len(data), limit=MAX_BASE_BYTES)
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        entries = archive.infolist()
    except (zipfile.BadZipFile, ValueError, OSError):
        raise _refuse("word.not-docx") from None
    if len(entries) > MAX_PARTS or sum(e.file_size for e in entries) > MAX_UNPACKED_BYTES:
        raise _refuse("word.too-many-parts", parts=MAX_PARTS, limit=MAX_UNPACKED_BYTES)
    if "[Content_Types].xml" not in {e.filename for e in entries}:
        raise _refuse("word.not-docx")
    with archive:
        for entry in entries:
            if _ACTIVE.search(entry.filename.encode("utf-8")):
                raise _refuse("word.active", part=entry.filename)
            try:
                content = archive.read(entry)
            except (zipfile.BadZipFile, ValueError, OSError, NotImplementedError):
                raise _refuse("word.not-docx") from None
            if entry.filename.endswith((".xml", ".rels")):
                _check_part(entry.filename, content)
            if entry.filename == "[Content_Types].xml" and _DOCUMENT_TYPE not in content:
                raise _refuse("word.not-docx")  # a template (.dotx), a workbook, anything else


def _check_part(name: str, content: bytes) -> None:
    if _DOCTYPE.search(content):
        raise _refuse("word.doctype", part=name)
    if name == "[Content_Types].xml" and _ACTIVE.search(content):
        raise _refuse("word.active", part=name)
    if name.endswith(".rels") and _EXTERNAL.search(content):
        raise _refuse("word.external", part=name)
    if _ALT_CHUNK.search(content):
        raise _refuse("word.active", part=name)
    for inline, simple in _FIELD.findall(content):
        words = (inline or simple).split()
        if words and words[0].upper() not in _ALLOWED_FIELDS:
            field = words[0].decode("utf-8", "replace")
            raise _refuse("word.field", part=name, field=field)


def office_base(root: Path | None) -> bytes | None:
    """The bytes of the dataset's `templates/report.docx`, checked; None when it has none."""
    if root is None:
        return None
    data = read_dataset_file(root, BASE_NAME, MAX_BASE_BYTES)
    if data is None:
        return None
    check_base(data)
    return data
