"""Office Open XML packages (.docx, .xlsx) with the same bytes for the same content.

python-docx and openpyxl write their zip with the clock's time on every entry, and openpyxl (and
python-docx, for a document without one) stamps "created" and "modified" in
`docProps/core.xml` with the current time. `deterministic` rewrites a saved package so that the
same data gives byte-identical files, as the Markdown and HTML reports do:

- every entry keeps its name, its order (`[Content_Types].xml` first, as the writers put it) and
  its bytes, and gets a fixed time (1980-01-01 00:00, the zip format's first day), fixed
  permission bits and the same compression level;
- the `dcterms:created` and `dcterms:modified` elements of `docProps/core.xml` are removed (both
  are optional in OPC); a report's date is on its date line, not in its metadata.

What a package brought by a dataset (an office's `templates/report.docx`) may not contain before
cchc opens it is `cchc.report.wordbase`'s business.
"""

from __future__ import annotations

import io
import re
import zipfile

__all__ = ["FIXED_TIME", "deterministic"]

FIXED_TIME = (1980, 1, 1, 0, 0, 0)
_CORE = "docProps/core.xml"
_STAMPS = re.compile(rb"<dcterms:(created|modified)\b[^>]*?(?:/>|>[^<]*</dcterms:\1>)")


def deterministic(data: bytes) -> bytes:
    """`data` (a zip package) rewritten with fixed times and without creation stamps."""
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(data)) as source,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target,
    ):
        for entry in source.infolist():
            content = source.read(entry)
            if entry.filename == _CORE:
                content = _STAMPS.sub(b"", content)
            info = zipfile.ZipInfo(entry.filename, date_time=FIXED_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.create_system = 3  # Unix, whatever system wrote it
            info.external_attr = 0o644 << 16
            target.writestr(info, content, compresslevel=6)
    return out.getvalue()
