"""Where a report template comes from: a name resolves to a real file inside the dataset's
`templates/`, or to the packaged copy (see the package docstring for the rules)."""

from __future__ import annotations

import dataclasses
import os
import re
import stat
from collections.abc import Iterator
from pathlib import Path

from cchc.i18n import Message, msg

TEMPLATE_DIR = "templates"
MAX_TEMPLATE_BYTES = 512 * 1024
"""The packaged report templates are about 10 KB; a template this big is a mistake or an attack."""
MAX_OUTPUT_CHARS = 20_000_000
"""A report of 100,000 tasks is about 40 MB of HTML … in a dataset's template, far less is sane."""
RENDER_SECONDS = 10.0
RENDER_MEMORY = 1024 * 1024 * 1024
MAX_NUMBER = 100_000
"""The largest number a template may hand to `*`, `**` or a filter (a width, a count)."""

_NAME = re.compile(r"[A-Za-z0-9_][A-Za-z0-9_.-]*(?:/[A-Za-z0-9_][A-Za-z0-9_.-]*)*")


class TemplateFailure(Exception):
    """A template that cannot be used: `path` relative to the dataset root (or the package), the
    line, the rule id and what to say."""

    def __init__(self, path: str, line: int, rule: str, message: Message) -> None:
        super().__init__(message.key)
        self.path, self.line, self.rule, self.message = path, line, rule, message


def package_templates() -> Path:
    """The templates shipped inside the package: trusted, and the fallback for every name."""
    return Path(__file__).parent.parent / "templates"


@dataclasses.dataclass(frozen=True)
class TemplateSource:
    """One template resolved: its text, where it came from, and whether the dataset brought it."""

    name: str
    text: str
    path: str  # for messages: "templates/report.md.j2", or the packaged file's name
    trusted: bool


def _failure(where: str, line: int, rule: str, key: str, **params: object) -> TemplateFailure:
    return TemplateFailure(where, line, rule, msg(key, **params))


def _bad_name(name: str) -> TemplateFailure | None:
    if _NAME.fullmatch(name) is None or ".." in name.split("/"):
        return _failure(
            f"{TEMPLATE_DIR}/{name}",
            1,
            "template-file",
            "template.bad-name",
            name=name,
        )
    return None


def read_dataset_file(root: Path, name: str, limit: int = MAX_TEMPLATE_BYTES) -> bytes | None:
    """The bytes of `templates/<name>` when it is a real file inside the dataset; None when there
    is no such file; a TemplateFailure when there is one that must not be read (a symlink, a
    folder, a device, larger than `limit` bytes). The Word base `report.docx` is read this way
    too, with its own limit (`cchc.report.wordbase`)."""
    rel = f"{TEMPLATE_DIR}/{name}"
    current = root
    parts = [TEMPLATE_DIR, *name.split("/")]
    for index, part in enumerate(parts):
        current = current / part
        try:
            info = os.lstat(current)
        except FileNotFoundError:
            return None
        except OSError as error:
            raise _unreadable(rel, error) from None
        last = index == len(parts) - 1
        if stat.S_ISLNK(info.st_mode):
            raise _failure(
                rel,
                1,
                "template-file",
                "template.symlink",
                path="/".join(parts[: index + 1]),
            )
        if not last and not stat.S_ISDIR(info.st_mode):
            return None
    if not stat.S_ISREG(info.st_mode):
        raise _failure(
            rel,
            1,
            "template-file",
            "template.not-a-file",
        )
    if info.st_size > limit:
        raise _failure(
            rel,
            1,
            "template-file",
            "template.too-large",
            size=info.st_size,
            limit=limit,
        )
    flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_BINARY", 0)
    try:
        handle = os.open(current, flags)
    except OSError as error:
        raise _unreadable(rel, error) from None
    try:
        chunks: list[bytes] = []
        while (size := sum(map(len, chunks))) <= limit and (
            chunk := os.read(handle, limit + 1 - size)
        ):
            chunks.append(chunk)
        return b"".join(chunks)[:limit]
    finally:
        os.close(handle)


def _unreadable(rel: str, error: OSError) -> TemplateFailure:
    reason = error.strerror or type(error).__name__
    return _failure(
        rel,
        1,
        "template-file",
        "template.unreadable",
        reason=reason,
    )


def _decode(rel: str, data: bytes) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        raise _failure(
            rel,
            line,
            "template-file",
            "template.not-utf8",
        ) from None


def resolve(name: str, root: Path | None) -> TemplateSource:
    """Where template `name` comes from for the dataset at `root` (None: the package only)."""
    bad = _bad_name(name)
    if bad is not None:
        raise bad
    packaged = package_templates() / name
    packaged_bytes = packaged.read_bytes() if packaged.is_file() else None
    if root is not None:
        data = read_dataset_file(root, name)
        if data is not None and data != packaged_bytes:
            rel = f"{TEMPLATE_DIR}/{name}"
            return TemplateSource(name, _decode(rel, data), rel, trusted=False)
    if packaged_bytes is None:
        raise _failure(
            f"{TEMPLATE_DIR}/{name}",
            1,
            "template-file",
            "template.missing",
            name=name,
        )
    return TemplateSource(name, packaged_bytes.decode("utf-8"), name, trusted=True)


def dataset_templates(root: Path) -> Iterator[str]:
    """The names of the template files a dataset brings (`templates/*.j2`, one folder deep)."""
    folder = root / TEMPLATE_DIR
    try:
        if stat.S_ISLNK(os.lstat(folder).st_mode):
            yield ""  # the folder itself is a link: `resolve` refuses every name below it
            return
        entries = sorted(os.scandir(folder), key=lambda e: e.name)
    except OSError:
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        if entry.is_dir(follow_symlinks=False):
            for inner in sorted(os.scandir(entry.path), key=lambda e: e.name):
                if inner.name.endswith(".j2"):
                    yield f"{entry.name}/{inner.name}"
        elif entry.name.endswith(".j2"):
            yield entry.name
