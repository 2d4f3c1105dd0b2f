"""Rules of reading the dataset: how a file is written (the YAML layer, `cchc.yaml`, names
them by id), files and folders, the templates a dataset brings (`cchc.templating`, by id), and
the run itself."""

from __future__ import annotations

from cchc.rules.registry import error_rule as _error
from cchc.rules.registry import warning_rule as _warning

__all__ = ["IGNORED_FILE", "MISSING_FILE", "SYMLINK", "TOO_MANY_PROBLEMS"]

# ----------------------------------------------------------------------------------------- YAML
# Emitted by the YAML layer (`cchc.yaml`), which names them by id.

for _id, _vi, _doc in (
    (
        "yaml-syntax",
        "Lỗi cú pháp YAML",
        "The file is not well-formed YAML (an unclosed quote or "
        "bracket, a bad indentation, a stray colon); the message names what the parser expected.",
    ),
    (
        "yaml-encoding",
        "Không phải UTF-8",
        "The file is not UTF-8 (Windows-1258, TCVN3/ABC, "
        "UTF-16); the position is the first byte that is not. Save the file as UTF-8.",
    ),
    (
        "yaml-control-char",
        "Ký tự điều khiển",
        "A control character (NUL, ESC, a C1 code, a "
        "Unicode line separator) that editors do not show and that would shift every position.",
    ),
    (
        "yaml-tab",
        "Ký tự tab",
        "A tab in indentation: YAML forbids it, and editors show it at "
        "different widths. Indent with spaces.",
    ),
    (
        "yaml-duplicate-key",
        "Khóa bị lặp",
        "The same key twice in one mapping: YAML parsers "
        "silently keep one of them, so one of the values would be lost.",
    ),
    (
        "yaml-alias",
        "Anchor/alias",
        "Anchors (`&a`) and aliases (`*a`) are refused: they make a "
        "value appear in several places and can multiply a small file into a huge one.",
    ),
    (
        "yaml-ambiguous-bool",
        "Giá trị đúng/sai mơ hồ",
        "`yes`, `no`, `on`, `off` and their "
        "spellings mean true/false to some YAML readers and text to others; write true/false, or "
        "quote the text.",
    ),
    (
        "yaml-tag",
        "Thẻ YAML",
        "An explicit tag (`!!str`, `!custom`): the data must mean the same "
        "to every reader, so no tags are accepted.",
    ),
    (
        "yaml-key-type",
        "Khóa không phải chữ",
        "A mapping key that is not text or a whole number (a list, a mapping, true/false, a date).",
    ),
    (
        "yaml-nan",
        "Giá trị NaN",
        "`.nan` is not a number anyone can report; leave the value out or write the figure.",
    ),
    (
        "yaml-multi-document",
        "Nhiều tài liệu trong một tệp",
        "A `---` or `...` line starts a second YAML document; each file holds one record.",
    ),
    (
        "yaml-too-deep",
        "Lồng nhau quá sâu",
        "Data nested more than 64 levels deep; real records nest three or four levels.",
    ),
    (
        "yaml-too-large",
        "Tệp quá lớn",
        "A file over 2 MiB is refused without being read: a record is a few kilobytes.",
    ),
    (
        "yaml-not-a-file",
        "Không phải tệp thường",
        "A folder, pipe or device named like a data "
        "file (`tasks/T01.yaml/`); it cannot be read as a record.",
    ),
    (
        "yaml-unreadable",
        "Không đọc được tệp",
        "The file exists but cannot be read (permission "
        "denied, a socket, an I/O error); the message gives the system's reason.",
    ),
):
    _error(_id, "yaml", _vi, _doc)

# ---------------------------------------------------------------------------- files and folders

MISSING_FILE = _error(
    "missing-file",
    "files",
    "Thiếu tệp",
    "`plan/areas.yaml` or "
    "`plan/agencies.yaml` is missing (`plan/plan.yaml` is what makes a "
    "folder a dataset).",
)
SYMLINK = _error(
    "symlink",
    "files",
    "Liên kết ra ngoài",
    "A data file, or the `plan`, `tasks` "
    "or `targets` folder, that is a symbolic link pointing outside the dataset, "
    "nowhere, or to itself: it is not followed, so no file outside the dataset is "
    "read or quoted.",
)
IGNORED_FILE = _warning(
    "ignored-file",
    "files",
    "Tệp không được đọc",
    "A file in `tasks/` or `targets/` that does not end in `.yaml`, so it is not read.",
)

# ------------------------------------------------------------------------------------ templates
# Emitted by `cchc.templating`, which names them by id.

for _id, _vi, _doc in (
    (
        "template-file",
        "Tệp mẫu không dùng được",
        "A template in the dataset's `templates/` that "
        "is a symlink, not a regular file, not UTF-8 or too large.",
    ),
    ("template-syntax", "Lỗi cú pháp mẫu", "A template that Jinja cannot compile."),
    (
        "template-render",
        "Mẫu không hiển thị được",
        "A template that fails to render the report "
        "of the plan's first year, or uses what the sandbox forbids.",
    ),
):
    _error(_id, "templates", _vi, _doc)

# ------------------------------------------------------------------------------------------ run

TOO_MANY_PROBLEMS = _warning(
    "too-many-problems",
    "run",
    "Quá nhiều lỗi",
    "At most 100 problems "
    "are listed for one file and 1,000 for a run; the last line says "
    "how many more were found. Fix the ones listed and run again.",
)
